"""The Network section: problem type, loss, output activation, and whether they fit."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from core import edits, losses
from gui.commands import SettingCommand, StructureCommand
from gui.i18n import translate
from gui.inspector.checks import data_problem, diagnose
from gui.inspector.common import (
    ActivationCombo,
    Section,
    activation_label,
    form_layout,
    select_data,
    shrinkable,
    wrapped_label,
)
from gui.wheel_inputs import ComboBox


def shape_text(net) -> str:
    """"2 inputs → 4 → 2 → 1 output" (arrows between items, not words: no grammar)."""
    n_in, *hidden, n_out = [net.n_inputs] + list(net.sizes)
    parts = [translate("NetworkSection", "%n inputs", None, n_in)] + [str(k) for k in hidden]
    parts.append(translate("NetworkSection", "%n outputs", None, n_out))
    return " \u2192 ".join(parts)


class NetworkSection(Section):
    """Always visible: what the data asks for, the loss, and a "Fix it" when they clash."""

    def __init__(self, inspector, parent=None):
        super().__init__(translate("NetworkSection", "Network"), "networkSection", parent)
        self.inspector = inspector
        self.diagnosis = None
        self.shape = wrapped_label(name="networkShape")
        self.shape.setToolTip(translate("NetworkSection", "Inputs, the units of each hidden "
                                        "layer, and the outputs."))
        self.problem = wrapped_label(name="networkProblem")
        self.problem.setToolTip(translate("NetworkSection", "Classification predicts a class; "
                                          "regression predicts a number. It follows from the "
                                          "data set."))
        self.loss = shrinkable(ComboBox())
        self.loss.setObjectName("networkLoss")
        for name in losses.NAMES:
            self.loss.addItem(losses.label(name), name)
        # a loss cut to "Binäre Kre" says nothing: the whole name, else the row wraps (the
        # form puts the label above a field whose minimum does not fit beside it)
        self.loss.setMinimumContentsLength(max(len(losses.label(n)) for n in losses.NAMES))
        self.loss.setToolTip(translate("NetworkSection", "What training minimises. Binary "
                                       "cross-entropy: one sigmoid output for two classes. "
                                       "Categorical cross-entropy: one softmax output per "
                                       "class. Mean squared error: regression."))
        self.loss.activated.connect(self._choose_loss)
        self.output = ActivationCombo(translate("NetworkSection", "The activation of every "
                                                "output neuron."))
        self.output.setObjectName("networkOutputActivation")
        self.output.chosen.connect(self._choose_output)
        self.status = wrapped_label(name="lossStatus")
        self.status.setToolTip(translate("NetworkSection", "Whether the loss fits the output "
                                         "neurons and the data."))
        self.fix = QPushButton(translate("NetworkSection", "Fix it"))
        self.fix.setObjectName("lossFix")
        self.fix.clicked.connect(self.apply_fix)
        form = form_layout()
        form.addRow(translate("NetworkSection", "Loss"), self.loss)
        form.addRow(translate("NetworkSection", "Output activation"), self.output)
        box = self.box
        box.addWidget(self.shape)
        box.addWidget(self.problem)
        box.addLayout(form)
        box.addWidget(self.status)
        box.addWidget(self.fix, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        doc = self.inspector.document
        net = doc.network
        data = data_problem(doc.doc.data)
        outputs = net.activations(-1)
        self.shape.setText(translate("NetworkSection", "Shape: {shape}").format(
            shape=shape_text(net)))
        self.problem.setText(translate("NetworkSection", "Problem: {problem}. Data: {source}."
                                       ).format(problem=data.describe(), source=data.source))
        select_data(self.loss, net.loss, placeholder=str(net.loss))
        counts = Counter(outputs)
        mixed = ", ".join(f"{k} \u00d7 {activation_label(a)}" for a, k in counts.items())
        select_data(self.output, outputs[0] if len(counts) == 1 else None,
                    placeholder=translate("NetworkSection", "mixed: {activations}").format(
                        activations=mixed))
        self.diagnosis = diagnose(net.loss, outputs, data)
        ok = self.diagnosis.ok
        self.status.setProperty("state", "ok" if ok else "error")
        self.status.setText(self._status_html())
        self.fix.setVisible(not ok)
        if not ok:
            self.fix.setToolTip(translate("NetworkSection", "Make these changes (one undo "
                                          "step takes them back): {changes}").format(
                changes=self.diagnosis.fix))

    def _status_html(self) -> str:
        """The verdict in bold green or red; for a problem, what "Fix it" will do."""
        d = self.diagnosis
        color = self.inspector.state_color(d.ok)
        if d.ok:
            return f"<b style='color:{color}'>\u2714 {html.escape(d.fits)}</b>"
        return (f"<b style='color:{color}'>\u26a0 {html.escape(d.message)}</b><br>"
                + html.escape(translate("NetworkSection", "\u201cFix it\u201d does this: "
                                        "{changes}").format(changes=d.fix)))

    # -- editing ---------------------------------------------------------------------------
    def _choose_loss(self, index: int) -> None:
        name = self.loss.itemData(index)
        if name is not None and name != self.inspector.document.network.loss:
            self.inspector.push_setting("network", "loss", name,
                                        translate("NetworkSection", "Set loss"))

    def _choose_output(self, name: str) -> None:
        net = self.inspector.document.network
        if set(net.activations(-1)) == {name}:
            return
        text = translate("NetworkSection", "Set output neurons to {activation}").format(
            activation=activation_label(name))
        if not self.inspector.push_structure(text, edits.set_layer_activation,
                                             len(net.sizes) - 1, name):
            self.refresh()

    def apply_fix(self) -> bool:
        """Make the change the diagnosis suggests, as one undo step."""
        d = self.diagnosis
        if d is None or d.ok:
            return False
        doc = self.inspector.document
        last = len(doc.network.sizes) - 1
        steps = []
        if d.units is not None and d.units != doc.network.sizes[last]:
            steps.append(lambda: StructureCommand(
                doc, translate("NetworkSection", "Resize output layer"), edits.resize_layer,
                last, d.units, d.activation))
        if d.activation is not None:
            steps.append(lambda: None if set(doc.network.activations(last)) == {d.activation}
                         else StructureCommand(doc, translate("NetworkSection",
                                                              "Set output activation"),
                                               edits.set_layer_activation, last, d.activation))
        if d.loss is not None and d.loss != doc.network.loss:
            steps.append(lambda: SettingCommand(doc, "network", "loss", d.loss,
                                                translate("NetworkSection", "Set loss")))
        return self.inspector.push_steps(
            translate("NetworkSection", "Fix it: {changes}").format(changes=d.fix), steps)
