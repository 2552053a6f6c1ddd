"""The "One sample" panel's "Your own sample": a person types a sample in the data's own
units and steps through its numbers, driven with real keys to the focused widget."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from core import own_sample
from core.explain_text import fmt
from gui import lessons
from gui.explainer.picker import OWN


def _lesson(window, qtbot, name):
    assert window.lessons.open_lesson(lessons.LESSONS_DIR / f"{name}.nsnet")
    panel = window.sample_explainer
    if not panel.active:                  # a lesson that opens another tool panel
        window.sample_action.trigger()
    qtbot.waitUntil(lambda: panel.active and bool(panel.steps))
    return panel


def _choose_own(panel, hands):
    """Keyboard only: the part box, Down to "Your own sample"; the first field gets the
    keys. Returns the data sample (part, index) shown just before."""
    hands.focus(panel.picker.part)
    while panel.picker.part.currentIndex() != OWN:
        shown = panel.picker.current()
        hands.key(Qt.Key.Key_Down)
    assert hands.focused() is panel.picker.form.fields[0]
    return shown


def _type_over(hands, text):
    """Select the focused field's text and type over it."""
    field = hands.focused()
    assert isinstance(field, QLineEdit)
    hands.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    hands.key(Qt.Key.Key_Backspace)
    assert field.text() == ""
    hands.type(text)


def _type_person(panel, hands, height="4", weight="80"):
    _type_over(hands, height)
    hands.key(Qt.Key.Key_Tab)
    assert hands.focused() is panel.picker.form.fields[1]
    _type_over(hands, weight)
    hands.key(Qt.Key.Key_Return)


def test_the_seed_person_typed_in_feet_and_kilograms_gives_z_1_and_a_0_73(window, qtbot,
                                                                         hands):
    panel = _lesson(window, qtbot, "01_one_neuron")
    bundle = window.document.data_bundle()
    part, i = _choose_own(panel, hands)
    form = panel.picker.form
    # prefilled with the data sample shown before, and explained as that sample
    raw = bundle.raw_train if part == "train" else bundle.raw_test
    assert [f.text() for f in form.fields] == [f"{v:.6g}" for v in raw.X[i]]
    X = bundle.train[0] if part == "train" else bundle.test[0]
    np.testing.assert_allclose(panel.explanation.x, X[i], rtol=1e-5)
    assert not panel.picker.number.isVisible() and form.isVisible()
    _type_person(panel, hands)
    np.testing.assert_array_equal(form.row, [4.0, 80.0])
    assert panel.current_step().kind == "z"
    text = panel.formula.text()
    assert "(0.500)(4) + (0.0500)(80) + (−5)" in text and "= 1<" in text + "<"
    assert panel.highlight.tag.text == "z = 1"
    assert "height_ft = 4, weight_kg = 80" in panel.picker.about.text()
    assert not form.note.isVisible()                 # raw units: nothing to normalise
    assert panel.marker.typed and panel.marker.ring.getData()[0][0] == pytest.approx(4.0)
    assert panel.marker.ring.getData()[1][0] == pytest.approx(80.0)
    hands.click(panel.next)                          # Next, exactly as for a data sample
    assert panel.current_step().kind == "a"
    assert "= 0.731" in panel.formula.text() and panel.highlight.tag.text == "a = 0.731"
    assert panel.explanation.output.a[0] == pytest.approx(1 / (1 + np.exp(-1.0)))
    # the class the loss compares with: the seed's person is obese
    hands.focus(form.fields[1])
    hands.key(Qt.Key.Key_Tab)
    assert hands.focused() is form.classes
    hands.type("o")                                  # "obese", chosen by its first letter
    assert form.classes.currentText() == "obese" and form.target == 1
    assert panel.current_step().kind == "a" and "class obese" in panel.picker.about.text()
    hands.click(panel.next)
    assert panel.current_step().kind == "loss"
    assert f"= {fmt(-np.log(1 / (1 + np.exp(-1.0))))}" in panel.formula.text()   # 0.313


@pytest.mark.parametrize("typed, problem", [
    ("tall", "“tall” is not a number"), ("", "the field is empty"),
    ("8 0", "“8 0” is not a number"),            # Space types a space: no training starts
    ("nan", "“nan” is not a finite number"), ("inf", "“inf” is not a finite number")])
def test_bad_input_says_why_and_changes_nothing(window, qtbot, hands, typed, problem):
    panel = _lesson(window, qtbot, "01_one_neuron")
    _choose_own(panel, hands)
    _type_person(panel, hands)
    before = (panel.formula.text(), panel.index, panel.picker.form.row.copy())
    hands.focus(panel.picker.form.fields[0])
    _type_over(hands, "5")
    hands.key(Qt.Key.Key_Tab)
    _type_over(hands, typed)
    hands.key(Qt.Key.Key_Return)
    message = panel.picker.form.message
    assert message.isVisible() and message.text().startswith("weight_kg: ")
    assert problem in message.text() and "Nothing changed" in message.text()
    assert not window.controller.running and window.document.doc.training["epoch"] == 0
    assert (panel.formula.text(), panel.index) == before[:2]
    np.testing.assert_array_equal(panel.picker.form.row, before[2])
    _type_over(hands, "90")                          # fixed: the message goes
    hands.key(Qt.Key.Key_Return)
    assert not message.isVisible() and panel.picker.form.row.tolist() == [5.0, 90.0]


def test_arrows_in_a_field_move_the_cursor_and_back_to_data_samples(window, qtbot, hands):
    panel = _lesson(window, qtbot, "01_one_neuron")
    _choose_own(panel, hands)
    _type_person(panel, hands)
    field = hands.focused()
    assert field is panel.picker.form.fields[1]
    field.setCursorPosition(2)
    hands.key(Qt.Key.Key_Left)               # the panel's Back shortcut must not take it
    assert field.cursorPosition() == 1 and panel.index == 0
    hands.focus(panel.picker.part)
    hands.key(Qt.Key.Key_Up)
    hands.key(Qt.Key.Key_Up)
    assert panel.picker.current() == ("train", 0) and panel.picker.number.isVisible()
    assert not panel.picker.form.isVisible() and not panel.marker.typed
    X = window.document.data_bundle().train[0]
    assert f"({fmt(X[0, 1])})" in panel.formula.text()


def test_normalised_data_is_normalised_like_the_bundle_and_says_so(window, qtbot, hands):
    panel = _lesson(window, qtbot, "02_coffee_roasting")
    bundle = window.document.data_bundle()
    _choose_own(panel, hands)
    _type_person(panel, hands, "200", "13")
    x = (np.array([200.0, 13.0]) - bundle.mean) / bundle.std
    np.testing.assert_allclose(panel.explanation.x, x)
    z = window.document.network.forward_layers(x[None])[0][0][0, 0]
    assert f"= {fmt(z)}" in panel.formula.text()
    note = panel.picker.form.note
    assert note.isVisible() and "Normalised" in note.text() and fmt(x[0]) in note.text()
    # another train share: another mean and spread, for the typed sample too
    from gui.commands import SettingCommand

    window.undo_stack.push(SettingCommand(window.document, "training", "train_fraction",
                                          0.7, "Set train share"))
    bundle = window.document.data_bundle()
    x2 = (np.array([200.0, 13.0]) - bundle.mean) / bundle.std
    assert not np.allclose(x2, x)
    qtbot.waitUntil(lambda: np.allclose(panel.explanation.x, x2), timeout=2000)
    assert panel.picker.typing() and fmt(x2[0]) in note.text()


def test_typing_is_not_offered_for_64_digit_pixels(window, qtbot, hands):
    panel = _lesson(window, qtbot, "01_one_neuron")
    _choose_own(panel, hands)
    _type_person(panel, hands)
    panel = _lesson(window, qtbot, "08_digits_brightness")   # typing was on: back to data
    assert panel.picker.current() == ("train", 0) and not panel.picker.form.isVisible()
    assert not panel.marker.typed and "px0 = " in panel.picker.about.text()
    item = panel.picker.part.model().item(OWN)
    assert not item.isEnabled()
    assert "up to 8 features" in item.toolTip() and "has 64" in item.toolTip()
    assert own_sample.MAX_FEATURES == 8


def test_a_multi_layer_network_explains_a_typed_sample_to_the_last_step(window, qtbot,
                                                                       hands):
    panel = window.sample_explainer
    window.sample_action.trigger()                   # the default network: 2 hidden layers
    qtbot.waitUntil(lambda: panel.active and bool(panel.steps))
    _choose_own(panel, hands)
    _type_person(panel, hands, "1.5", "-2")
    layers = window.document.network.forward_layers(np.array([[1.5, -2.0]]))
    panel.go_to(len(panel.steps) - 1)
    assert panel.current_step().kind == "gradient"
    np.testing.assert_allclose(panel.explanation.output.a, layers[-1][1][0])


def test_projected_the_fields_are_large(window, qtbot, hands):
    from PySide6.QtGui import QFontInfo

    window.resize(1280, 720)
    window.projection.set_active(True, full_screen=False)
    panel = _lesson(window, qtbot, "01_one_neuron")
    _choose_own(panel, hands)
    _type_person(panel, hands)
    form = panel.picker.form
    for widget in (*form.fields, form.classes, form.show_button):
        assert widget.isVisible() and QFontInfo(widget.font()).pixelSize() >= 16
    assert panel.highlight.tag.text == "z = 1"
    assert QApplication.focusWidget() is form.fields[1]


def test_regression_data_takes_a_typed_target(window, qtbot, hands):
    from core import netfile
    from core.network import Network

    net = Network(["x1", "x2"], [["tanh"] * 3, ["linear"]], loss="mse", seed=1)
    data = {"source": "builtin", "name": "plane", "samples": 100, "noise": 0.0, "seed": 7}
    window.document.replace(netfile.Document(net, data, {}, {}), None)
    panel = window.sample_explainer
    window.sample_action.trigger()
    qtbot.waitUntil(lambda: panel.active and bool(panel.steps))
    _choose_own(panel, hands)
    form = panel.picker.form
    assert form.target_field.isVisible() and not form.classes.isVisible()
    _type_over(hands, "1")
    hands.key(Qt.Key.Key_Tab)
    _type_over(hands, "2")
    hands.key(Qt.Key.Key_Tab)
    assert hands.focused() is form.target_field
    _type_over(hands, "0.5")
    hands.click(form.show_button)                    # Show, as Enter does
    hands.focus(form.target_field)
    assert form.target == 0.5 and "target 0.5" in panel.picker.about.text()
    panel.go_to(next(k for k, s in enumerate(panel.steps) if s.kind == "loss"))
    a = window.document.network.forward(np.array([[1.0, 2.0]]))[0, 0]
    assert panel.explanation.loss == pytest.approx((a - 0.5) ** 2)
    _type_over(hands, "lots")
    hands.key(Qt.Key.Key_Return)
    assert form.message.text().startswith("target: “lots” is not a number")
    assert form.target == 0.5


def test_a_typed_sample_stays_with_its_lesson(window, qtbot, hands):
    """Lesson 7 opened after a sample typed in lesson 1 starts on training sample 1 with
    its numbers, not on "Your own sample" (it showed L = 8.28 for a point of no sample)."""
    panel = _lesson(window, qtbot, "01_one_neuron")
    _choose_own(panel, hands)
    _type_person(panel, hands)
    assert panel.picker.typing() and panel.picker.form.row.tolist() == [4.0, 80.0]
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)      # Lessons, then 7.
    hands.key_to_menu(Qt.Key.Key_7)
    qtbot.waitUntil(lambda: window.document.doc.meta.get("title") == "Softmax",
                    timeout=3000)
    window.activateWindow()            # as a window manager does when the menu closes
    if not panel.active:
        window.sample_action.trigger()
    picker, bundle = panel.picker, window.document.data_bundle()
    qtbot.waitUntil(lambda: bool(panel.steps) and picker.about.text().startswith("x1 = "))
    assert not picker.typing() and picker.current() == ("train", 0)
    assert picker.number.isVisible() and not picker.form.isVisible()
    assert picker.form.row is None and all(f.text() == "" for f in picker.form.fields)
    assert "(typed in)" not in picker.about.text() and not panel.marker.typed
    np.testing.assert_allclose(panel.explanation.x, bundle.train[0][0])
    net = window.document.network
    p = net.forward(bundle.train[0][:1])[0]
    assert panel.explanation.loss == pytest.approx(-np.log(p[bundle.train[1][0]]), rel=1e-6)
    # choosing "Your own sample" here starts from this lesson's sample, not lesson 1's
    part, i = _choose_own(panel, hands)
    raw = bundle.raw_train if part == "train" else bundle.raw_test
    np.testing.assert_allclose(picker.form.row, raw.X[i], rtol=1e-5)


def test_file_new_forgets_the_typed_sample(window, qtbot, hands):
    panel = _lesson(window, qtbot, "01_one_neuron")
    _choose_own(panel, hands)
    _type_person(panel, hands)
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "x1 = " in panel.picker.about.text())
    assert not panel.picker.typing() and panel.picker.current() == ("train", 0)
    assert panel.picker.form.row is None


def test_undo_of_a_data_change_brings_the_typed_sample_back(window, qtbot, hands):
    """Same document: data with other features has no fields for the typed sample, so the
    panel shows data samples; undo puts the data back and the typed sample with it, redo
    takes it away again. Choosing a part by hand meanwhile is kept."""
    panel = _lesson(window, qtbot, "01_one_neuron")
    picker = panel.picker
    _choose_own(panel, hands)
    _type_person(panel, hands)
    assert window.settings_panel.choose_dataset("coffee")       # temperature, duration
    qtbot.waitUntil(lambda: "temperature = " in picker.about.text())
    assert not picker.typing() and picker.current() == ("train", 0)
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)     # undo
    qtbot.waitUntil(lambda: "height_ft = 4, weight_kg = 80" in picker.about.text())
    assert picker.typing() and picker.form.row.tolist() == [4.0, 80.0]
    assert [f.text() for f in picker.form.fields] == ["4", "80"]
    qtbot.waitUntil(lambda: panel.highlight.tag.text == "z = 1")
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier |
              Qt.KeyboardModifier.ShiftModifier)                       # redo
    qtbot.waitUntil(lambda: "temperature = " in picker.about.text())
    assert not picker.typing()
    hands.focus(picker.part)
    hands.key(Qt.Key.Key_Down)                                         # Test sample
    assert picker.current() == ("test", 0)
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "height_ft = " in picker.about.text())
    assert picker.current() == ("test", 0) and not picker.typing()
