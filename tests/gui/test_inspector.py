"""The inspector, driven like a user: select, type, press Enter, pick from combos, click."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFocusEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

from core import edits, netfile
from core.network import Network
from gui.commands import StructureCommand, ValueCommand
from gui.document import NetworkDocument
from gui.inspector import Inspector
from gui.inspector.checks import DataProblem, data_problem, diagnose


def make(qtbot, doc=None):
    document = NetworkDocument(doc)
    stack = QUndoStack()
    inspector = Inspector(document, stack)
    qtbot.addWidget(inspector)
    inspector.resize(360, 800)
    inspector.show()
    qtbot.waitExposed(inspector)
    return document, stack, inspector


@pytest.fixture
def setup(qtbot):
    return make(qtbot)


def type_into(qtbot, field, text: str) -> None:
    """Click into ``field``, replace its text with ``text`` and press Enter."""
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.lineEdit(), text)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)


def leave(field) -> None:
    """The field loses focus (the user clicks elsewhere)."""
    QApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusOut,
                                              Qt.FocusReason.MouseFocusReason))


def choose(qtbot, combo: QComboBox, name: str) -> None:
    """Pick the item whose data is ``name`` with the keyboard, as a user would."""
    combo.setFocus()
    target = combo.findData(name)
    assert target >= 0, name
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentData() == name


def tick(qtbot, box) -> None:
    """Click a check box on its indicator (the middle of a wide box may be empty)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def shown(widget) -> bool:
    return widget.isVisibleTo(widget.window())


# -- neuron: values ------------------------------------------------------------------------
def test_selecting_a_neuron_shows_its_values(setup):
    doc, _, ins = setup
    net = doc.network
    net.set_bias(1, 0, 0.375)
    ins.show_selection(("neuron", 1, 0))
    W, b = net.params(1)
    assert shown(ins.neuron) and not shown(ins.layer) and not shown(ins.empty)
    assert ins.neuron.title() == "Neuron h2.1"
    assert ins.neuron.bias.value() == pytest.approx(0.375)
    fields = [f for _, f in ins.neuron.weight_rows if shown(f)]
    labels = [lab.text() for lab, f in ins.neuron.weight_rows if shown(f)]
    assert labels == ["h1.1", "h1.2", "h1.3", "h1.4"]
    assert [f.value() for f in fields] == pytest.approx(list(W[0]))
    assert ins.neuron.activation.currentData() == "tanh"
    assert ins.neuron.activation.currentText() == "Tanh"
    formula = ins.neuron.formula.text().replace("\u00a0", " ")
    assert formula.startswith("z = ") and "h1.4" in formula and "+ 0.38" in formula
    assert "a = Tanh(z)" in formula
    assert "Output range: (-1, 1)" in ins.neuron.about.text()


def test_first_layer_weights_are_labelled_with_input_names(setup):
    doc, _, ins = setup
    ins.show_selection(("neuron", 0, 2))
    labels = [lab.text() for lab, f in ins.neuron.weight_rows if shown(f)]
    assert labels == doc.network.input_names == ["x1", "x2"]


def test_typing_a_bias_and_enter_pushes_one_command_and_undo_restores(qtbot, setup):
    doc, stack, ins = setup
    ins.show_selection(("neuron", 0, 1))
    old = doc.value(("bias", 0, 1))
    type_into(qtbot, ins.neuron.bias, "0.75")
    assert doc.value(("bias", 0, 1)) == 0.75
    assert stack.count() == 1 and isinstance(stack.command(0), ValueCommand)
    assert "+\u00a00.75" in ins.neuron.formula.text()
    stack.undo()
    assert doc.value(("bias", 0, 1)) == old
    assert ins.neuron.bias.value() == pytest.approx(old)


def test_typing_in_steps_merges_until_the_field_loses_focus(qtbot, setup):
    doc, stack, ins = setup
    ins.show_selection(("neuron", 0, 0))
    old = doc.value(("bias", 0, 0))
    field = ins.neuron.bias
    type_into(qtbot, field, "1")
    type_into(qtbot, field, "1.5")
    type_into(qtbot, field, "2")
    assert stack.count() == 1 and doc.value(("bias", 0, 0)) == 2.0
    leave(field)
    type_into(qtbot, field, "3")
    assert stack.count() == 2            # a new interaction after focus-out
    stack.undo()
    assert doc.value(("bias", 0, 0)) == 2.0
    stack.undo()
    assert doc.value(("bias", 0, 0)) == old


def test_arrow_steps_merge_into_one_command(qtbot, setup):
    doc, stack, ins = setup
    ins.show_selection(("neuron", 0, 0))
    field = ins.neuron.weight_rows[1][1]
    old = doc.value(("weight", 0, 0, 1))
    field.setFocus()
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Up)
    assert doc.value(("weight", 0, 0, 1)) == pytest.approx(old + 0.3)
    assert stack.count() == 1
    stack.undo()
    assert doc.value(("weight", 0, 0, 1)) == old


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e999", "abc", ""])
def test_non_finite_text_is_refused_with_a_message(qtbot, setup, text):
    doc, stack, ins = setup
    ins.show_selection(("neuron", 0, 0))
    old = doc.value(("bias", 0, 0))
    type_into(qtbot, ins.neuron.bias, text)
    assert stack.count() == 0 and doc.value(("bias", 0, 0)) == old
    assert shown(ins.message)
    assert "keeps its value" in ins.message.text()
    assert ins.neuron.bias.value() == pytest.approx(old)
    leave(ins.neuron.bias)
    type_into(qtbot, ins.neuron.bias, "0.25")          # a good value clears the message
    assert doc.value(("bias", 0, 0)) == 0.25 and not shown(ins.message)


def test_focus_out_commits_typed_text(qtbot, setup):
    doc, stack, ins = setup
    ins.show_selection(("neuron", 0, 0))
    field = ins.neuron.bias
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "-0.5")
    assert stack.count() == 0            # nothing until Enter or focus-out
    leave(field)
    assert doc.value(("bias", 0, 0)) == -0.5 and stack.count() == 1


def test_training_updates_do_not_overwrite_text_being_typed(qtbot, setup):
    doc, _, ins = setup
    ins.show_selection(("neuron", 0, 0))
    field = ins.neuron.weight_rows[0][1]
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "0.9")
    # a training step arrives
    doc.progress(SimpleNamespace(theta=doc.network.theta * 0.5 + 0.1, epoch=1))
    assert field.lineEdit().text() == "0.9"
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert doc.value(("weight", 0, 0, 0)) == 0.9


# -- neuron: activation, alpha, frozen -----------------------------------------------------
def test_activation_combo_pushes_a_structure_command(qtbot, setup):
    doc, stack, ins = setup
    ins.show_selection(("neuron", 0, 3))
    choose(qtbot, ins.neuron.activation, "relu")
    assert doc.network.activations(0)[3] == "relu"
    assert stack.count() >= 1 and all(isinstance(stack.command(i), StructureCommand)
                                       for i in range(stack.count()))
    assert "a = ReLU(z)" in ins.neuron.formula.text()
    while stack.canUndo():
        stack.undo()
    assert doc.network.activations(0)[3] == "tanh"
    assert ins.neuron.activation.currentData() == "tanh"


def test_activation_items_have_tooltips(setup):
    _, _, ins = setup
    combo = ins.neuron.activation
    tips = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())]
    assert len(tips) == 11 and all(tips)
    assert "Output range" in tips[combo.findData("sigmoid")]


def test_alpha_field_only_for_alpha_activations(setup):
    doc, stack, ins = setup
    ins.show_selection(("neuron", 0, 0))
    assert not shown(ins.neuron.alpha)
    # leaky_relu -> prelu keeps the slope (one family); elu starts at its own default
    for name, label, alpha in [("leaky_relu", "alpha", 0.01), ("prelu", "alpha (learned)", 0.01),
                               ("elu", "alpha", 1.0), ("sigmoid", None, None)]:
        stack.push(StructureCommand(doc, name, edits.set_activation, 0, 0, name))
        assert shown(ins.neuron.alpha) == (alpha is not None), name
        if alpha is not None:
            assert ins.neuron.alpha_label.text() == label
            assert ins.neuron.alpha.value() == pytest.approx(alpha)


def test_alpha_is_edited_through_a_value_command(qtbot, setup):
    doc, stack, ins = setup
    stack.push(StructureCommand(doc, "prelu", edits.set_activation, 0, 0, "prelu"))
    ins.show_selection(("neuron", 0, 0))
    type_into(qtbot, ins.neuron.alpha, "0.1")
    assert doc.network.neurons(0)[0].alpha == pytest.approx(0.1)
    assert isinstance(stack.command(stack.count() - 1), ValueCommand)
    stack.undo()
    assert doc.network.neurons(0)[0].alpha == pytest.approx(0.25)
    assert ins.neuron.alpha.value() == pytest.approx(0.25)


def test_frozen_checkbox(qtbot, setup):
    doc, stack, ins = setup
    ins.show_selection(("neuron", 1, 1))
    box = ins.neuron.frozen
    assert "keep their weights while training" in box.toolTip()
    tick(qtbot, box)
    assert doc.network.neurons(1)[1].frozen is True
    assert stack.count() == 1 and "(frozen)" in ins.neuron.title()
    stack.undo()
    assert doc.network.neurons(1)[1].frozen is False and not box.isChecked()


# -- layer ---------------------------------------------------------------------------------
def test_layer_units_spin_resizes_the_layer(qtbot, setup):
    doc, stack, ins = setup
    ins.show_selection(("layer", 0))
    assert shown(ins.layer) and ins.layer.units.value() == 4
    ins.layer.units.setFocus()
    qtbot.keyClick(ins.layer.units, Qt.Key.Key_Up)
    assert doc.network.sizes[0] == 5 and stack.count() == 1
    ins.layer.units.lineEdit().selectAll()
    qtbot.keyClicks(ins.layer.units.lineEdit(), "2")
    qtbot.keyClick(ins.layer.units.lineEdit(), Qt.Key.Key_Return)
    assert doc.network.sizes[0] == 2 and "2 \u00d7 Tanh" in ins.layer.summary.text()
    stack.undo()
    stack.undo()
    assert doc.network.sizes[0] == 4 and ins.layer.units.value() == 4


def test_set_all_activations(qtbot, setup):
    doc, stack, ins = setup
    ins.show_selection(("layer", 1))
    choose(qtbot, ins.layer.all_combo, "leaky_relu")
    assert stack.count() == 0                    # choosing alone changes nothing
    qtbot.mouseClick(ins.layer.apply, Qt.MouseButton.LeftButton)
    assert doc.network.activations(1) == ["leaky_relu", "leaky_relu"]
    assert stack.count() == 1 and "2 \u00d7 Leaky ReLU" in ins.layer.summary.text()
    stack.undo()
    assert doc.network.activations(1) == ["tanh", "tanh"]


# -- input and link ------------------------------------------------------------------------
def test_input_shows_name_and_can_be_switched(qtbot, setup):
    doc, stack, ins = setup
    ins.show_selection(("input", 1))
    assert ins.input.title() == "Input x2" and "Active: yes" in ins.input.state.text()
    ins.show_selection(("feature", "x1^2"))               # Playground data: a spare feature
    assert "Active: no" in ins.input.state.text() and shown(ins.input.use)
    tick(qtbot, ins.input.use)
    assert doc.network.input_names == ["x1", "x2", "x1^2"] and stack.count() == 1
    assert "Active: yes, input 3 of 3" in ins.input.state.text()
    stack.undo()
    assert doc.network.input_names == ["x1", "x2"] and not ins.input.use.isChecked()


def test_link_weight_is_editable(qtbot, setup):
    doc, stack, ins = setup
    ins.show_selection(("link", 1, 0, 2))
    assert ins.link.title() == "Link h1.3 \u2192 h2.1"
    type_into(qtbot, ins.link.weight, "-1.25")
    assert doc.value(("weight", 1, 0, 2)) == -1.25 and stack.count() == 1


# -- network: loss and output --------------------------------------------------------------
def test_loss_mismatch_shows_a_message_and_fix_it_resolves_it(qtbot, setup):
    doc, stack, ins = setup
    net = ins.network
    assert not shown(net.fix) and "fits" in net.status.text()
    choose(qtbot, net.output, "tanh")
    assert doc.network.activations(-1) == ["tanh"]
    assert shown(net.fix)
    assert "binary cross-entropy needs sigmoid output neurons" in net.status.text().lower()
    assert "set every output neuron to sigmoid" in net.status.text()
    qtbot.mouseClick(net.fix, Qt.MouseButton.LeftButton)
    assert doc.network.activations(-1) == ["sigmoid"]
    assert not shown(net.fix) and "fits" in net.status.text()
    stack.undo()                                   # the fix is one undo step
    assert doc.network.activations(-1) == ["tanh"] and shown(net.fix)


def test_loss_combo_pushes_a_setting_command(qtbot, setup):
    doc, stack, ins = setup
    choose(qtbot, ins.network.loss, "mse")
    assert doc.network.loss == "mse" and stack.count() == 1
    assert "fits" in ins.network.status.text()
    choose(qtbot, ins.network.loss, "categorical_crossentropy")
    assert stack.count() == 1                      # consecutive loss changes merge
    assert "needs softmax" in ins.network.status.text()
    stack.undo()
    assert doc.network.loss == "binary_crossentropy"
    assert ins.network.loss.currentData() == "binary_crossentropy"


def test_fix_for_categorical_with_one_output_is_one_undo_step(qtbot, setup):
    doc, stack, ins = setup
    choose(qtbot, ins.network.loss, "categorical_crossentropy")
    assert "does this: Give the output layer 2 softmax neurons" in ins.network.status.text()
    qtbot.mouseClick(ins.network.fix, Qt.MouseButton.LeftButton)
    # two classes, and the loss the student chose: one softmax output per class
    assert doc.network.loss == "categorical_crossentropy"
    assert doc.network.activations(-1) == ["softmax", "softmax"]
    assert stack.count() == 2 and "fits" in ins.network.status.text()
    stack.undo()
    assert doc.network.activations(-1) == ["sigmoid"]
    assert doc.network.loss == "categorical_crossentropy"


def test_fix_for_three_classes_makes_three_softmax_outputs(qtbot):
    net = Network(["x1", "x2"], [["tanh"] * 3, ["tanh"]], loss="categorical_crossentropy")
    data = {"source": "builtin", "name": "blobs3", "samples": 90, "noise": 0.0, "seed": 1}
    doc = netfile.Document(net, data, {}, {})
    document, stack, ins = make(qtbot, doc)
    assert "Classification, 3 classes" in ins.network.problem.text()
    assert "3 softmax neurons" in ins.network.fix.toolTip()
    qtbot.mouseClick(ins.network.fix, Qt.MouseButton.LeftButton)
    assert document.network.activations(-1) == ["softmax"] * 3
    assert stack.count() == 1 and "fits" in ins.network.status.text()


def test_output_count_must_match_the_classes(qtbot):
    net = Network([f"px{i}" for i in range(64)], [["relu"] * 5, ["softmax"] * 2],
                  loss="categorical_crossentropy")
    data = {"source": "builtin", "name": "digits", "samples": 90, "noise": 0.0, "seed": 1}
    document, stack, ins = make(qtbot, netfile.Document(net, data, {}, {}))
    assert "has 10 classes but the output layer has 2 neurons" in ins.network.status.text()
    qtbot.mouseClick(ins.network.fix, Qt.MouseButton.LeftButton)
    assert document.network.activations(-1) == ["softmax"] * 10 and stack.count() == 1
    assert not shown(ins.network.fix)


def test_regression_data_asks_for_mse(qtbot):
    net = Network(["x1", "x2"], [["tanh"] * 3, ["sigmoid"]], loss="binary_crossentropy")
    data = {"source": "builtin", "name": "plane", "samples": 90, "noise": 0.0, "seed": 1}
    document, _, ins = make(qtbot, netfile.Document(net, data, {}, {}))
    assert "Regression" in ins.network.problem.text()
    assert "regression problem" in ins.network.status.text()
    qtbot.mouseClick(ins.network.fix, Qt.MouseButton.LeftButton)
    assert document.network.loss == "mse" and not shown(ins.network.fix)


def test_diagnose_without_qt_widgets():
    two = DataProblem("classification", 2, "the data")
    assert diagnose("binary_crossentropy", ["sigmoid"], two).ok
    d = diagnose("binary_crossentropy", ["tanh", "sigmoid"], two)
    assert d.activation == "sigmoid" and d.loss is None and "needs sigmoid" in d.message
    d = diagnose("categorical_crossentropy", ["tanh", "tanh"], two)
    assert d.activation == "softmax" and d.units is None
    d = diagnose("mse", ["sigmoid"], DataProblem("regression", None, "the data"))
    assert d.ok
    d = diagnose("mse", ["linear", "linear"], DataProblem("regression", None, "the data"))
    assert d.units == 1 and "needs 1 output neuron" in d.message
    unknown = DataProblem(None, None, "the CSV file a.csv")
    d = diagnose("categorical_crossentropy", ["softmax"], unknown)
    assert (d.loss, d.activation, d.units) == ("binary_crossentropy", "sigmoid", None)
    inline = {"source": "inline", "X": [[0.0], [1.0]], "y": [0.5, 1.5]}
    assert data_problem(inline).problem == "regression"
    assert data_problem({"source": "csv", "path": "a/b.csv"}).problem is None


def test_a_lone_softmax_output_is_not_said_to_fit(qtbot):
    """Mean squared error accepts one softmax output, which always outputs 1: the check
    says so, and "Fix it" makes it a sigmoid with binary cross-entropy (one undo step)."""
    two = DataProblem("classification", 2, "the data")
    d = diagnose("mse", ["softmax"], two)
    assert "always outputs 1" in d.message
    assert (d.loss, d.activation, d.units) == ("binary_crossentropy", "sigmoid", None)
    d = diagnose("mse", ["softmax"], DataProblem("regression", None, "the data"))
    assert (d.loss, d.activation) == (None, "linear")
    d = diagnose("mse", ["softmax", "tanh", "tanh"], DataProblem("classification", 3, "x"))
    assert (d.loss, d.activation, d.units) == ("categorical_crossentropy", "softmax", None)
    assert diagnose("mse", ["softmax", "softmax"], two).ok     # a group of two is fine
    net = Network(["x1", "x2"], [["tanh"] * 3, ["softmax"]], loss="mse")
    document, stack, ins = make(qtbot, netfile.Document(net, netfile.default_document().data,
                                                        {}, {}))
    assert "always outputs 1" in ins.network.status.text() and shown(ins.network.fix)
    qtbot.mouseClick(ins.network.fix, Qt.MouseButton.LeftButton)
    assert document.network.activations(-1) == ["sigmoid"]
    assert document.network.loss == "binary_crossentropy" and stack.count() == 1
    assert not shown(ins.network.fix)
    stack.undo()
    assert document.network.activations(-1) == ["softmax"] and document.network.loss == "mse"


# -- following the document ----------------------------------------------------------------
def test_inspector_follows_undo_and_redo(setup):
    doc, stack, ins = setup
    ins.show_selection(("neuron", 0, 0))
    stack.push(ValueCommand(doc, ("bias", 0, 0), 1.5))
    assert ins.neuron.bias.value() == 1.5
    stack.push(StructureCommand(doc, "relu", edits.set_activation, 0, 0, "relu"))
    assert ins.neuron.activation.currentData() == "relu"
    stack.undo()
    assert ins.neuron.activation.currentData() == "tanh"
    stack.undo()
    assert ins.neuron.bias.value() == 0.0
    stack.redo()
    assert ins.neuron.bias.value() == 1.5


def test_selection_that_disappears_is_dropped(setup):
    doc, stack, ins = setup
    ins.show_selection(("neuron", 0, 3))
    stack.push(StructureCommand(doc, "shrink", edits.resize_layer, 0, 2))
    assert ins.selection is None and shown(ins.empty) and not shown(ins.neuron)
    ins.show_selection(("link", 0, 0, 5))                 # no such weight
    assert ins.selection is None


def test_replaced_document_clears_the_selection(setup):
    doc, _, ins = setup
    ins.show_selection(("layer", 0))
    doc.replace(netfile.default_document(), None)
    assert ins.selection is None and shown(ins.empty)


def test_malformed_selection_is_an_error(setup):
    _, _, ins = setup
    with pytest.raises(ValueError):
        ins.show_selection(("neuron", 0))
    with pytest.raises(ValueError):
        ins.show_selection(("weight", 0, 0, 0))


# -- looks ---------------------------------------------------------------------------------
def test_every_control_has_a_tooltip(setup):
    _, _, ins = setup
    for sel in [("neuron", 0, 0), ("layer", 0), ("input", 0), ("link", 0, 0, 0)]:
        ins.show_selection(sel)
        controls = [w for w in ins.findChildren(QWidget)
                    if isinstance(w, (QAbstractSpinBox, QComboBox, QAbstractButton))
                    and shown(w)]
        assert controls
        missing = [w.objectName() or type(w).__name__ for w in controls if not w.toolTip()]
        assert not missing, (sel, missing)


def test_fonts_follow_the_main_window_and_stay_readable(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    small = parent.font()
    small.setPointSizeF(8)
    parent.setFont(small)
    ins = Inspector(NetworkDocument(), QUndoStack(), parent)
    ins.show_selection(("neuron", 0, 0))
    assert ins.neuron.bias.font().pointSizeF() >= 11
    big = parent.font()
    big.setPointSizeF(20)
    parent.setFont(big)                                 # presentation mode
    assert ins.neuron.bias.font().pointSizeF() == pytest.approx(20)
    assert ins.neuron.heading.font().pointSizeF() > 20
    assert ins.minimumWidth() >= 300


def test_the_loss_combo_shows_each_loss_whole_in_a_narrow_projected_inspector(qtbot):
    """At projection size the label column ("Output activation") left the loss combo 130 px:
    "Binary cross-entro". Its row now wraps (label above) to show the whole name."""
    parent = QWidget()
    qtbot.addWidget(parent)
    big = parent.font()
    big.setPointSizeF(15)                               # 20 px: as projected at 720p
    parent.setFont(big)
    Inspector(NetworkDocument(), QUndoStack(), parent)
    parent.resize(380, 800)
    parent.show()
    qtbot.waitExposed(parent)
    combo = parent.findChild(QComboBox, "networkLoss")
    metrics = combo.fontMetrics()
    widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.width() >= widest + 20, (combo.width(), widest)
