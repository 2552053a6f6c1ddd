"""The training settings panel: data set picker and CSV import, training settings, undo,
validation messages, and how it looks."""

import copy
import math
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QSlider,
    QWidget,
)

from core import datasets, edits, experiment, netfile
from gui.commands import StructureCommand
from gui.csv_import import CsvImportDialog
from gui.document import NetworkDocument
from gui.settings import SettingsPanel


@pytest.fixture
def env(qtbot, tmp_path):
    document = NetworkDocument(netfile.default_document(), path=tmp_path / "net.nsnet")
    stack = QUndoStack()
    panel = SettingsPanel(document, stack)
    qtbot.addWidget(panel)
    panel.resize(380, 1000)
    panel.show()
    qtbot.waitExposed(panel)
    messages = []
    panel.statusMessage.connect(messages.append)
    return SimpleNamespace(doc=document, stack=stack, panel=panel, messages=messages,
                           tmp=tmp_path)


def pick(env, name: str) -> None:
    """Choose an entry of the data set picker as a user does (QComboBox emits activated)."""
    picker = env.panel.data.picker
    index = picker.findData(name if name == "import" else f"builtin:{name}")
    assert index >= 0, name
    picker.setCurrentIndex(index)
    picker.activated.emit(index)


def trains(document) -> float:
    """One mini-batch step on the document as it is; returns the new training loss."""
    trainer = experiment.make_trainer(document.doc, document.path.parent)
    trainer.step_batch()
    loss = trainer.evaluate()["train_loss"]
    assert math.isfinite(loss)
    return loss


def type_into(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def state(document):
    net = document.network
    return (net.theta.copy(), list(net.input_names), net.loss, [net.activations(li) for li in
            range(len(net.sizes))], copy.deepcopy(document.doc.data))


def assert_same(a, b):
    assert np.array_equal(a[0], b[0])
    assert a[1:] == b[1:]


# -- the picker ----------------------------------------------------------------------------
def test_picker_lists_every_builtin_with_an_icon_and_a_description(env):
    picker = env.panel.data.picker
    for name, spec in datasets.BUILTIN.items():
        i = picker.findData(f"builtin:{name}")
        assert i >= 0 and picker.itemText(i) == spec.label
        assert not picker.itemIcon(i).isNull()
        assert picker.itemData(i, Qt.ItemDataRole.ToolTipRole) == spec.description
    assert picker.itemText(picker.findData("import")) == "Import CSV\u2026"
    assert picker.currentData() == "builtin:circle"


def test_thumbnails_are_drawn_once_and_coloured_by_class(env):
    from gui.settings import thumbnails
    pix = thumbnails.thumbnail("gauss")
    assert thumbnails.thumbnail("gauss") is pix
    image = pix.toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 96, 2) for y in range(0, 96, 2)}
    assert "#e66101" in colours and "#2166ac" in colours     # orange and blue points


def test_a_curve_set_thumbnail_draws_its_curve_over_the_points(env):
    from gui import colors
    from gui.settings import thumbnails

    def dark(name):
        image = thumbnails.thumbnail(name).toImage()
        return {(x, y) for x in range(image.width()) for y in range(image.height())
                if image.pixelColor(x, y).lightness() < colors.INK.lightness() + 40}

    assert not dark("circle")                    # points and the grey frame only
    curve = dark("above_abs")                    # the V: x2 = |x1| - 3 on [-6, 6]^2
    assert len(curve) > 100
    # its lowest point is in the middle, 3/4 of the way down the plane (5 px margins)
    bottom = max(y for _, y in curve)
    assert {x for x, y in curve if y == bottom} <= set(range(44, 52))
    assert 5 + 0.75 * 86 - 3 <= bottom <= 5 + 0.75 * 86 + 3


# -- changing the data set ---------------------------------------------------------------
def test_digits_gives_64_inputs_and_10_softmax_outputs_and_still_trains(env):
    pick(env, "digits")
    net = env.doc.network
    assert net.input_names == [f"px{i}" for i in range(64)]
    assert net.sizes[-1] == 10 and net.activations(-1) == ["softmax"] * 10
    assert net.loss == "categorical_crossentropy"
    assert env.doc.doc.data == {"source": "builtin", "name": "digits", "samples": 500,
                                "noise": 0.0, "seed": 7, "normalize": True}
    assert env.stack.count() == 1
    trains(env.doc)
    assert "64 inputs" in env.messages[-1] and "10 outputs" in env.messages[-1]
    # digits ignores samples and noise: the fields say so instead of pretending
    assert not env.panel.data.samples.isEnabled() and not env.panel.data.noise.isEnabled()
    data = env.panel.data
    assert "do not apply" in data.description.text() + data.note.text()


def test_plane_gives_one_linear_output_and_mse(env):
    pick(env, "plane")
    net = env.doc.network
    assert net.activations(-1) == ["linear"] and net.loss == "mse"
    assert net.input_names == ["x1", "x2"]
    assert "Regression" in env.panel.data.problem_text.text()
    trains(env.doc)


def test_back_to_circle_restores_a_2d_network_with_a_sigmoid_output(env):
    pick(env, "coffee")
    assert env.doc.network.input_names == ["temperature", "duration"]
    assert env.doc.doc.data["normalize"] is True
    pick(env, "blobs3")
    assert env.doc.network.input_names == ["x1", "x2"]
    assert env.doc.network.activations(-1) == ["softmax"] * 3
    pick(env, "circle")
    net = env.doc.network
    assert net.input_names == ["x1", "x2"] and net.activations(-1) == ["sigmoid"]
    assert net.loss == "binary_crossentropy" and "normalize" not in env.doc.doc.data
    trains(env.doc)


def test_a_playground_feature_selection_and_its_weights_survive_a_change(env):
    env.stack.push(StructureCommand(env.doc, "inputs", edits.set_inputs, ["x1", "x2", "x1*x2"]))
    W0 = env.doc.network.params(0)[0].copy()
    W_out = env.doc.network.params(2)[0].copy()
    pick(env, "xor")
    net = env.doc.network
    assert net.input_names == ["x1", "x2", "x1*x2"]
    assert np.array_equal(net.params(0)[0], W0) and np.array_equal(net.params(2)[0], W_out)
    trains(env.doc)


def test_undo_of_a_data_change_restores_everything_exactly(env):
    before = state(env.doc)
    pick(env, "digits")
    after = state(env.doc)
    assert after[1] != before[1]
    env.stack.undo()
    assert_same(state(env.doc), before)
    assert env.panel.data.picker.currentData() == "builtin:circle"
    env.stack.redo()
    assert_same(state(env.doc), after)
    assert env.panel.data.picker.currentData() == "builtin:digits"


def test_choosing_the_set_in_use_pushes_nothing(env):
    pick(env, "circle")
    assert env.stack.count() == 0


# -- training settings -----------------------------------------------------------------------
def test_learning_rate_typing_merges_into_one_undo_step(env, qtbot):
    line = env.panel.training.learning_rate.lineEdit()
    type_into(qtbot, line, "0.1")
    type_into(qtbot, line, "0,005")            # a decimal comma is fine
    assert env.doc.doc.training["learning_rate"] == 0.005
    assert env.doc.doc.settings().learning_rate == 0.005
    assert env.stack.count() == 1
    env.stack.undo()
    assert env.doc.doc.training["learning_rate"] == 0.03
    assert line.text() == "0.03"


def test_a_listed_learning_rate_can_be_picked(env):
    combo = env.panel.training.learning_rate
    i = combo.findText("0.00001")
    assert i >= 0
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    assert env.doc.doc.training["learning_rate"] == 0.00001


@pytest.mark.parametrize("text, words", [("abc", "\u201cabc\u201d is not a number"),
                                          ("0", "must be a number in (0, 100]"),
                                          ("inf", "got inf"), ("-1", "(0, 100]"),
                                          ("", "empty")])
def test_a_bad_learning_rate_is_refused_with_a_message(env, qtbot, text, words):
    line = env.panel.training.learning_rate.lineEdit()
    type_into(qtbot, line, "1")
    type_into(qtbot, line, text) if text else (line.clear(),
                                               qtbot.keyClick(line, Qt.Key.Key_Return))
    error = env.panel.training.errors["learning_rate"]
    assert error.isVisible() and words in error.text() and "stays 1" in error.text()
    assert env.doc.doc.training["learning_rate"] == 1.0
    type_into(qtbot, line, "0.3")                        # a good value clears the message
    assert not error.isVisible() and env.doc.doc.training["learning_rate"] == 0.3


@pytest.mark.parametrize("text, words", [("0", "from 1 to"), ("2.5", "not a whole number"),
                                          ("ten", "not a number")])
def test_a_bad_batch_size_is_refused(env, qtbot, text, words):
    type_into(qtbot, env.panel.training.batch_size, text)
    error = env.panel.training.errors["batch_size"]
    assert error.isVisible() and words in error.text()
    assert env.doc.doc.training["batch_size"] == 10 and env.stack.count() == 0


def test_bad_text_left_behind_shows_the_value_in_use(env, qtbot):
    field = env.panel.training.seed
    field.setFocus()
    qtbot.keyClicks(field, "x")
    env.panel.training.batch_size.setFocus()              # leave the field
    assert field.text() == "1" and env.panel.training.errors["seed"].isVisible()


def test_momentum_is_shown_only_for_the_momentum_optimizer(env):
    combo = env.panel.training.optimizer
    momentum = env.panel.training.momentum
    assert not momentum.isVisibleTo(env.panel)
    for name, shown in (("momentum", True), ("adam", False), ("sgd", False)):
        i = combo.findData(name)
        combo.setCurrentIndex(i)
        combo.activated.emit(i)
        assert env.doc.doc.training["optimizer"] == name
        assert momentum.isVisibleTo(env.panel) is shown


def test_momentum_out_of_range_is_refused(env, qtbot):
    env.panel.commit_value("training", "optimizer", "momentum")
    type_into(qtbot, env.panel.training.momentum, "1")
    assert "in [0, 1)" in env.panel.training.errors["momentum"].text()
    assert env.doc.doc.training["momentum"] == 0.9


def test_regularization_rate_is_off_until_l1_or_l2(env):
    rate = env.panel.training.regularization_rate
    assert not rate.isEnabled()
    assert env.panel.commit_value("training", "regularization", "l2")
    assert rate.isEnabled()
    assert env.panel.commit_text("training", "regularization_rate", "0.01")
    assert env.doc.doc.settings().regularization_rate == 0.01
    assert not env.panel.commit_text("training", "regularization_rate", "11")


def test_sliders_step_with_the_keyboard_and_merge(env, qtbot):
    slider = env.panel.training.train_share.slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert env.doc.doc.training["train_fraction"] == 0.6
    assert env.panel.training.train_share.value_label.text() == "60 %"
    noise = env.panel.data.noise.slider
    noise.setFocus()
    qtbot.keyClick(noise, Qt.Key.Key_Right)
    assert env.doc.doc.data["noise"] == 0.05
    assert env.stack.count() == 2
    trains(env.doc)


def test_samples_and_data_seed_are_checked_by_core(env, qtbot):
    type_into(qtbot, env.panel.data.samples, "1")      # cannot be split into train and test
    text = env.panel.data.errors["samples"].text()
    assert "Samples: must be a whole number from 2 to 100000" in text and "data." not in text
    type_into(qtbot, env.panel.data.samples, "200")
    type_into(qtbot, env.panel.data.seed, "3")
    assert env.doc.doc.data["samples"] == 200 and env.doc.doc.data["seed"] == 3


# -- CSV -------------------------------------------------------------------------------------
def write_csv(path: Path, bad_row: int | None = None) -> Path:
    rng = np.random.default_rng(0)
    lines = ["height,weight,level,name,kind"]
    for i in range(30):
        h, w = rng.uniform(1.5, 2.0), rng.uniform(50, 120)
        weight = "abc" if i == bad_row else f"{w:.1f}"
        lines.append(f"{h:.2f},{weight},{i % 3},person{i},{'abc'[i % 3]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_csv_import_gives_the_data_dict_and_the_network_adapts(env):
    path = write_csv(env.tmp / "people.csv")
    dialog = env.panel.open_csv_dialog()
    assert isinstance(dialog, CsvImportDialog)
    assert dialog.set_path(path)
    assert dialog.chosen_features() == ["height", "weight", "level"]   # not the text ones
    name_item = dialog.features.item(3)                                  # and it says why
    assert name_item.text() == "name  (text: not an input)"
    assert "Row 2 has \u201cperson0\u201d, which is not a number" in name_item.toolTip()
    assert dialog.ok.isEnabled() and "3 classes" in dialog.status.text()
    assert dialog.set_choice(features=["height", "weight"])
    assert dialog.data() == {"source": "csv", "path": "people.csv",
                             "features": ["height", "weight"], "target": "kind",
                             "problem": "classification", "normalize": True}
    dialog.accept()
    net = env.doc.network
    assert env.doc.doc.data["path"] == "people.csv"
    assert net.input_names == ["height", "weight"]
    assert net.activations(-1) == ["softmax"] * 3 and net.loss == "categorical_crossentropy"
    assert env.panel.data.picker.currentText() == "CSV: people.csv"
    assert env.panel.data.problem.isVisibleTo(env.panel)
    trains(env.doc)
    env.stack.undo()
    assert env.doc.doc.data["name"] == "circle" and net.input_names == ["x1", "x2"]


def test_a_semicolon_csv_with_decimal_commas_previews_its_number_columns(env):
    """Excel in many European languages writes ';' with decimal commas: the preview read
    it with commas, split "125,5;6,5" into other columns and left "length" unticked."""
    path = env.tmp / "fruit.csv"
    rows = ["weight;length;colour;kind"] + [
        f"{120 + i},5;{6 + i % 3},5;{'red' if i % 2 else 'green'};{'apple' if i % 2 else 'pear'}"
        for i in range(20)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dialog = env.panel.open_csv_dialog()
    assert dialog.set_path(path)
    assert dialog.chosen_features() == ["weight", "length"]
    assert dialog.features.item(2).text() == "colour  (text: not an input)"
    assert dialog.ok.isEnabled() and "2 classes" in dialog.status.text()


def test_csv_problem_can_be_switched_and_the_outputs_follow(env):
    path = write_csv(env.tmp / "people.csv")
    dialog = env.panel.open_csv_dialog()
    dialog.set_path(path)
    assert dialog.set_choice(features=["height", "weight"], target="level")
    assert dialog.dataset.problem == "classification"       # whole numbers 0, 1, 2
    dialog.accept()
    assert env.doc.network.activations(-1) == ["softmax"] * 3
    problem = env.panel.data.problem
    i = problem.findData("regression")
    problem.setCurrentIndex(i)
    problem.activated.emit(i)
    assert env.doc.doc.data["problem"] == "regression"
    assert env.doc.network.activations(-1) == ["linear"] and env.doc.network.loss == "mse"
    trains(env.doc)
    env.stack.undo()
    assert env.doc.network.activations(-1) == ["softmax"] * 3
    assert problem.currentData() == "classification"


def test_regression_on_class_names_is_refused_with_the_core_message(env):
    dialog = env.panel.open_csv_dialog()
    dialog.set_path(write_csv(env.tmp / "people.csv"))
    dialog.accept()
    count = env.stack.count()
    assert not env.panel.set_problem("regression")
    error = env.panel.data.errors["problem"]
    assert error.isVisible() and "regression needs numbers in target column 'kind'" in \
        error.text()
    assert env.doc.doc.data["problem"] == "classification" and env.stack.count() == count
    assert env.panel.data.problem.currentData() == "classification"


def test_a_csv_file_outside_the_network_folder_is_stored_absolute(env, tmp_path_factory):
    path = write_csv(tmp_path_factory.mktemp("elsewhere") / "p.csv")
    dialog = CsvImportDialog(env.panel, path, base_dir=env.tmp)
    assert dialog.data()["path"] == str(path.resolve())


def test_a_text_cell_in_a_number_column_shows_the_core_message(env):
    path = write_csv(env.tmp / "bad.csv", bad_row=20)
    before = state(env.doc)
    dialog = env.panel.open_csv_dialog()
    dialog.set_path(path)
    assert not dialog.set_choice(features=["height", "weight"], target="kind")
    assert "bad.csv: row 22, column 'weight': 'abc' is not a number" in dialog.status.text()
    assert not dialog.ok.isEnabled() and dialog.data() is None
    dialog.accept()                              # refused: nothing reaches the document
    assert_same(state(env.doc), before)
    assert env.stack.count() == 0


@pytest.mark.parametrize("content, words", [("", "is empty"),
                                             ("1,2\n3,4\n", "no header row")])
def test_unusable_csv_files_keep_ok_disabled(env, content, words):
    path = env.tmp / "x.csv"
    path.write_text(content, encoding="utf-8")
    dialog = CsvImportDialog(env.panel, path)
    assert words in dialog.status.text() and not dialog.ok.isEnabled()


# -- the document is replaced ------------------------------------------------------------------
def test_a_replaced_document_refreshes_every_field(env, qtbot):
    type_into(qtbot, env.panel.training.batch_size, "zero")
    doc = netfile.default_document()
    doc.data = {"source": "builtin", "name": "spiral", "samples": 300, "noise": 0.2,
                "seed": 4}
    doc.training.update(learning_rate=0.3, batch_size=25, optimizer="momentum",
                        momentum=0.8, regularization="l2", regularization_rate=0.01,
                        seed=9, train_fraction=0.7)
    env.doc.replace(doc, None)
    t, d = env.panel.training, env.panel.data
    assert d.picker.currentData() == "builtin:spiral"
    assert (d.samples.text(), d.seed.text(), d.noise.value()) == ("300", "4", 20)
    assert t.learning_rate.currentText() == "0.3" and t.batch_size.text() == "25"
    assert t.optimizer.currentData() == "momentum" and t.momentum.text() == "0.8"
    assert t.regularization.currentData() == "l2"
    assert t.regularization_rate.currentText() == "0.01" and t.seed.text() == "9"
    assert t.train_share.value() == 70
    assert not t.errors["batch_size"].isVisible()


# -- looks and access ------------------------------------------------------------------------
def test_every_control_has_a_tooltip_and_every_label_a_buddy(env):
    kinds = (QComboBox, QLineEdit, QSlider, QAbstractButton)
    controls = [w for w in env.panel.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) > 12
    assert [w.objectName() for w in controls if not w.toolTip()] == []
    labels = [w for w in env.panel.findChildren(QLabel) if "&" in w.text()]
    assert len(labels) >= 10 and all(w.buddy() is not None for w in labels)


def test_the_font_follows_the_parent(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    panel = SettingsPanel(NetworkDocument(), QUndoStack(), parent)
    assert not panel.commit_text("training", "batch_size", "0")    # a red message line
    font = QFont(parent.font())
    font.setPointSizeF(22)
    parent.setFont(font)
    assert panel.data.samples.font().pointSizeF() == 22
    assert panel.training.errors["batch_size"].font().pointSizeF() == 22
    assert panel.data.heading.font().pointSizeF() > 22


def test_the_panel_renders_tidily(env, qtbot):
    pick(env, "coffee")
    env.panel.commit_value("training", "optimizer", "momentum")
    type_into(qtbot, env.panel.training.learning_rate.lineEdit(), "abc")
    qtbot.wait(20)                               # let the layouts settle, as on screen
    image = env.panel.grab().toImage()
    image.save(str(env.tmp / "settings_panel.png"))
    assert image.width() == 380 and not image.isNull()
    # nothing is cut off: wrapped texts get the height they need, and all fits the height
    for label in (env.panel.data.description, env.panel.data.problem_text,
                  env.panel.training.errors["learning_rate"]):
        assert label.isVisible() and label.height() >= label.heightForWidth(label.width())
    assert not env.panel.message.isVisible()     # the data change is no longer the last step
    scroll_bar = env.panel.findChild(QWidget, "qt_scrollarea_vcontainer")
    assert scroll_bar is None or not scroll_bar.isVisible()


def test_inline_data_offers_the_problem_type_and_the_outputs_follow(qtbot):
    doc = netfile.default_document()
    doc.data = {"source": "inline", "X": [[0, 0], [0, 1], [1, 0], [1, 1]],
                "y": [0, 1, 1, 0]}
    document, stack = NetworkDocument(doc), QUndoStack()
    panel = SettingsPanel(document, stack)
    qtbot.addWidget(panel)
    assert panel.data.picker.currentText() == "Data stored in the file"
    assert not panel.data.samples.isEnabled() and panel.data.note.text()
    assert panel.set_problem("regression")
    assert document.network.activations(-1) == ["linear"] and document.network.loss == "mse"
    assert document.doc.data["problem"] == "regression"
    stack.undo()
    assert document.network.loss == "binary_crossentropy" and "problem" not in document.doc.data


def test_up_and_down_step_a_typed_setting(env, qtbot):
    field = env.panel.training.batch_size
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert env.doc.doc.training["batch_size"] == 11 and env.stack.count() == 1

