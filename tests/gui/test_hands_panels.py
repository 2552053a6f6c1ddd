"""The Inspector and the Data and training panel under a person's hands (user guide: "The
window", "Weights and biases", "Data and training settings").

A neuron is selected by clicking it on the canvas; the person then clicks into the
panel's fields and types, or moves with Tab and uses the keys. Combo boxes are opened with
a click and answered with the arrows and Return in their popup list, which has the focus.
"""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QTabBar

from core.netfile_validate import TRAINING_DEFAULTS

K = Qt.Key
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def click_neuron(hands, ed, layer, unit):
    hands.focus(ed)
    hands.click(ed, ed.mapFromScene(ed.neuron_item(layer, unit).sceneBoundingRect().center()))
    assert ed.selection() == ("neuron", layer, unit)


def click_field(hands, scroll, widget):
    """Scroll ``widget`` into view as a person would, then click it (a spin box or an
    editable combo: into its text)."""
    scroll.ensureWidgetVisible(widget)
    hands.settle()
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    hands.click(target)
    assert hands.focused() in (widget, target), hands.focused()


def pick_in_combo(hands, combo, text):
    """Click a (non-editable) combo box: its popup list opens with the focus; the arrows
    walk to ``text`` and Return picks it."""
    hands.click(combo)
    view = combo.view()
    hands.qtbot.waitUntil(view.isVisible, timeout=2000)
    assert hands.focused() is view
    for _ in range(combo.count()):
        if view.currentIndex().data() == text:
            break
        hands.key(K.Key_Down)
    assert view.currentIndex().data() == text
    hands.key(K.Key_Return)
    hands.qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)


# -- the inspector ------------------------------------------------------------------------
@pytest.fixture
def inspector(window, hands):
    click_neuron(hands, window.editor, 1, 0)
    section = window.inspector.neuron
    assert section.isVisible() and section.where == (1, 0)
    return window.inspector


def test_inspector_activation_combo_by_keyboard(window, inspector, hands):
    combo = inspector.neuron.activation
    inspector.scroll.ensureWidgetVisible(combo)
    pick_in_combo(hands, combo, "ReLU")
    assert window.document.network.activations(1) == ["relu", "tanh"]
    assert window.undo_stack.count() == 1
    assert hands.focused() is combo
    hands.key(K.Key_Down)                       # a closed combo: the next activation
    assert window.document.network.activations(1)[0] == "leaky_relu"
    assert window.undo_stack.count() == 2 and window.editor.selection() == ("neuron", 1, 0)


def test_inspector_bias_typed_then_arrows_are_one_undo_step(window, inspector, hands):
    field = inspector.neuron.bias
    click_field(hands, inspector.scroll, field)
    hands.key(K.Key_A, CTRL)
    hands.type("0.7")
    hands.key(K.Key_Return)
    assert window.document.value(("bias", 1, 0)) == pytest.approx(0.7)
    hands.key(K.Key_Up)
    hands.key(K.Key_Up)
    assert window.document.value(("bias", 1, 0)) == pytest.approx(0.9)
    assert window.undo_stack.count() == 1                 # one session, one step
    click_neuron(hands, window.editor, 1, 0)              # back on the canvas
    hands.key(K.Key_Z, CTRL)
    assert window.document.value(("bias", 1, 0)) == 0.0


def test_ctrl_z_in_an_inspector_field_after_enter_undoes_the_edit(window, inspector, hands):
    """After Enter the value is the document's: Ctrl+Z there undoes it (the field's own
    text history swallowed the key and nothing happened); while typing it undoes typing."""
    field = inspector.neuron.bias
    click_field(hands, inspector.scroll, field)
    hands.key(K.Key_A, CTRL)
    hands.type("0.7")
    hands.key(K.Key_Return)
    hands.key(K.Key_Z, CTRL)
    assert window.document.value(("bias", 1, 0)) == 0.0
    assert field.text() == "0.0000" and hands.focused() is field
    hands.key(K.Key_Z, CTRL | SHIFT)
    assert window.document.value(("bias", 1, 0)) == pytest.approx(0.7)
    hands.key(K.Key_A, CTRL)
    hands.type("5")
    hands.key(K.Key_Z, CTRL)                              # typing: the text's own undo
    assert window.document.value(("bias", 1, 0)) == pytest.approx(0.7)
    assert window.undo_stack.index() == 1


def test_inspector_weight_field_refuses_text_and_keeps_the_value(window, inspector, hands):
    _label, field = inspector.neuron.weight_rows[2]
    old = window.document.value(field.target)
    click_field(hands, inspector.scroll, field)
    hands.key(K.Key_A, CTRL)
    hands.type("abc")
    hands.key(K.Key_Return)
    assert window.document.value(field.target) == old and window.undo_stack.count() == 0
    assert inspector.message.isVisible() and "keeps its value" in inspector.message.text()
    hands.key(K.Key_A, CTRL)
    hands.type("-1.25")
    hands.key(K.Key_Enter)
    assert window.document.value(field.target) == -1.25 and window.undo_stack.count() == 1


def test_inspector_frozen_checkbox_with_tab_and_space(window, inspector, hands):
    click_field(hands, inspector.scroll, inspector.neuron.bias)
    hands.key(K.Key_Tab)
    assert hands.focused() is inspector.neuron.frozen
    hands.key(K.Key_Space)
    assert not window.controller.running                   # Space was the checkbox's
    assert window.document.network.neurons(1)[0].frozen
    assert window.undo_stack.count() == 1
    hands.key(K.Key_Space)
    assert not window.document.network.neurons(1)[0].frozen


def test_inspector_weight_of_a_clicked_link(window, hands):
    ed = window.editor
    hands.focus(ed)
    hands.click(ed, ed.mapFromScene(ed.link_item(1).line(1, 3).pointAt(0.5)))
    assert ed.selection() == ("link", 1, 1, 3)
    section = window.inspector.link
    hands.qtbot.waitUntil(section.isVisible, timeout=2000)
    click_field(hands, window.inspector.scroll, section.weight)
    hands.key(K.Key_A, CTRL)
    hands.type("3")
    hands.key(K.Key_Return)
    assert window.document.value(("weight", 1, 1, 3)) == 3.0
    assert window.undo_stack.count() == 1


def test_inspector_layer_units_and_set_all(window, hands):
    ed = window.editor
    hands.focus(ed)
    head = next(h for h in ed._scene.headers if h.key == ("layer", 0))
    hands.click(ed, ed.mapFromScene(head.sceneBoundingRect().center()))
    section = window.inspector.layer
    hands.qtbot.waitUntil(section.isVisible, timeout=2000)
    click_field(hands, window.inspector.scroll, section.units)
    hands.key(K.Key_A, CTRL)
    hands.type("6")
    hands.key(K.Key_Return)
    assert window.document.network.sizes == [6, 2, 1]
    hands.key(K.Key_Z, CTRL)                  # right after Enter: the resize, not the text
    assert window.document.network.sizes == [4, 2, 1]
    hands.key(K.Key_Z, CTRL | SHIFT)
    assert window.document.network.sizes == [6, 2, 1]
    window.inspector.scroll.ensureWidgetVisible(section.all_combo)
    pick_in_combo(hands, section.all_combo, "ELU")
    hands.key(K.Key_Tab)
    assert hands.focused() is section.apply
    hands.key(K.Key_Space)                                 # presses Apply, not Play
    assert not window.controller.running
    assert window.document.network.activations(0) == ["elu"] * 6
    assert window.undo_stack.count() == 2


# -- the Data and training panel ----------------------------------------------------------
@pytest.fixture
def settings(window, hands):
    """The "Data and training" tab clicked open (it shares the left with the palette)."""
    bar = next(b for b in window.findChildren(QTabBar) if b.isVisible() and any(
        b.tabText(i) == "Data and training" for i in range(b.count())))
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "Data and training")
    hands.click(bar, bar.tabRect(index).center())
    panel = window.settings_panel
    # tabbed docks all stay "visible"; the one on top is the one with something on screen
    hands.qtbot.waitUntil(lambda: not panel.visibleRegion().isEmpty(), timeout=2000)
    assert bar.currentIndex() == index and window.palette.visibleRegion().isEmpty()
    return panel


def scroll_of(panel):
    from PySide6.QtWidgets import QScrollArea
    return panel.findChild(QScrollArea)


def test_choose_a_data_set_by_clicking_and_keys(window, settings, hands):
    pick_in_combo(hands, settings.data.picker, "Exclusive or")
    assert window.document.doc.data["name"] == "xor"
    assert window.undo_stack.count() == 1
    hands.key(K.Key_Z, CTRL)                               # from the panel: undone
    assert window.document.doc.data["name"] == "circle"


def test_noise_and_train_share_sliders_with_tab_and_arrows(window, settings, hands):
    scroll = scroll_of(settings)
    click_field(hands, scroll, settings.data.samples)
    hands.key(K.Key_Tab)
    assert hands.focused() is settings.data.noise.slider
    hands.key(K.Key_Right)
    hands.key(K.Key_Right)
    assert window.document.doc.data["noise"] == pytest.approx(0.10)
    assert settings.data.noise.value_label.text() == "10 %"
    click_field(hands, scroll, settings.training.batch_size)
    hands.key(K.Key_Tab, SHIFT)
    assert hands.focused() is settings.training.train_share.slider
    hands.key(K.Key_Left)
    assert window.document.doc.training["train_fraction"] == pytest.approx(
        TRAINING_DEFAULTS["train_fraction"] - 0.05)


def test_learning_rate_typed_and_picked(window, settings, hands):
    scroll = scroll_of(settings)
    combo = settings.training.learning_rate
    click_field(hands, scroll, combo)
    hands.key(K.Key_A, CTRL)
    hands.type("0.2")
    hands.key(K.Key_Return)
    assert window.document.doc.training["learning_rate"] == 0.2
    hands.key(K.Key_A, CTRL)
    hands.type("-1")
    hands.key(K.Key_Return)
    assert window.document.doc.training["learning_rate"] == 0.2
    assert "Learning rate" in settings.training.errors["learning_rate"].text()


def test_batch_size_typed_with_enter_and_stepped_with_arrows(window, settings, hands):
    field = settings.training.batch_size
    click_field(hands, scroll_of(settings), field)
    hands.key(K.Key_A, CTRL)
    hands.type("25")
    hands.key(K.Key_Return)
    assert window.document.doc.training["batch_size"] == 25
    hands.key(K.Key_Up)
    assert window.document.doc.training["batch_size"] == 26
    hands.key(K.Key_A, CTRL)
    hands.type("0")
    hands.key(K.Key_Return)
    assert window.document.doc.training["batch_size"] == 26
    assert settings.training.errors["batch_size"].text()


@pytest.mark.parametrize("key, typed, old", [("batch_size", "25", 10),
                                              ("learning_rate", "0.2", 0.03)])
def test_ctrl_z_in_a_settings_field_after_enter_undoes_the_setting(window, settings, hands,
                                                                   key, typed, old):
    field = getattr(settings.training, key)
    click_field(hands, scroll_of(settings), field)
    hands.key(K.Key_A, CTRL)
    hands.type(typed)
    hands.key(K.Key_Return)
    assert window.document.doc.training[key] == float(typed)
    hands.key(K.Key_Z, CTRL)
    assert window.document.doc.training[key] == old
    assert window.undo_stack.index() == 0
    hands.key(K.Key_Tab)                                  # leaving commits nothing new
    assert window.document.doc.training[key] == old and window.undo_stack.index() == 0


def test_optimizer_picked_shows_momentum(window, settings, hands):
    combo = settings.training.optimizer
    scroll_of(settings).ensureWidgetVisible(combo)
    pick_in_combo(hands, combo, "SGD with momentum")
    assert window.document.doc.training["optimizer"] == "momentum"
    hands.qtbot.waitUntil(settings.training.momentum.isVisible, timeout=2000)
    hands.key(K.Key_Down)                                  # the closed combo: next one
    assert window.document.doc.training["optimizer"] == "adam"
    assert QApplication.focusWidget() is combo


def test_space_on_normalize_inputs_ticks_it_and_does_not_train(window, settings, hands):
    click_field(hands, scroll_of(settings), settings.data.seed)
    hands.key(K.Key_Tab)
    assert hands.focused() is settings.data.normalize
    hands.key(K.Key_Space)
    assert not window.controller.running
    assert window.document.doc.data.get("normalize") is True


def test_choose_points_above_a_sine_by_clicking_and_keys(window, settings, hands):
    """The curve data sets are in the picker with their curve in the thumbnail; the Map
    shows the points, blue above the sine and orange below it."""
    import numpy as np

    from core import curve_data, datasets
    from gui.plots.decision_plot import class_colours

    pick_in_combo(hands, settings.data.picker, "Above or below a sine")
    assert window.document.doc.data["name"] == "above_sine"
    assert window.undo_stack.count() == 1
    section = settings.data
    assert section.description.text() == datasets.BUILTIN["above_sine"].description
    assert "x2 = 3 sin(x1)" in section.description.text()
    assert not section.preview.pixmap().isNull() and section.samples.isEnabled()
    net = window.document.network              # the default 2-input network fits already
    assert net.input_names == ["x1", "x2"] and net.activations(-1) == ["sigmoid"]
    hands.settle()
    train = window.live.bundle.raw_train
    xs, ys = window.surface.plot.train_scatter.getData()
    np.testing.assert_array_equal(np.column_stack([xs, ys]), train.X)
    above = curve_data.above_label("sine", train.X[:, 0], train.X[:, 1])
    assert 0.4 < above.mean() < 0.6
    orange, blue = class_colours(2)
    brushes = [spot.brush().color().name() for spot in
               window.surface.plot.train_scatter.points()]
    assert brushes == [(blue if a else orange).lower() for a in above]
    # the curve itself, solid over the points, named in the legend; cut at the plane's top
    plot = window.surface.plot
    drawn = plot.true_curve_points()
    xmin, xmax, ymin, ymax = window.live.extent
    np.testing.assert_allclose(drawn[[0, -1], 0], [xmin, xmax])
    on = np.isfinite(drawn[:, 1])
    np.testing.assert_allclose(drawn[on, 1], 3 * np.sin(drawn[on, 0]), atol=1e-12)
    assert on.mean() > 0.99
    assert [label.text for _, label in plot.legend.items] == ["x2 = 3 sin(x1)"]
    assert plot.curve_box.isVisible() and plot.curve_box.isChecked()
    hands.click(plot.curve_box, QPoint(8, plot.curve_box.height() // 2))   # its indicator
    assert plot.true_curve_points() is None and not plot.legend.isVisible()
    hands.click(plot.curve_box, QPoint(8, plot.curve_box.height() // 2))
    assert plot.true_curve_points() is not None and plot.legend.isVisible()
    hands.key(K.Key_Z, CTRL)                               # from the panel: undone
    assert window.document.doc.data["name"] == "circle"
    hands.settle()
    assert plot.true_curve_points() is None and not plot.curve_box.isVisible()
