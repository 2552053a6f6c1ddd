"""The Linear collapse panel: why an all-linear network is no better than one layer.

For a network whose hidden neurons are all linear it shows the single layer it equals (W and
b as tables named by inputs and outputs, the equation) and the largest difference between
the two on the training and test data, which is only rounding (~1e-15). Otherwise it names
the neurons that prevent the collapse.

"Show on the Map" (checked by default) has the Map draw the single layer's boundary as a
dashed line while this panel is on screen (``gui.live_views``); a sentence under it says
what the line is, or why there is none.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import collapse_boundary as cb
from core import diagnostics as dg
from gui.i18n import number, translate
from gui.inspector.common import readable_font

MAX_EQUATION_INPUTS = 6      # more terms than this do not fit a line; the table shows them


def short_number(x: float) -> str:
    """A weight or bias in 4 significant digits, as the language writes it."""
    return number(x, ".4g")


def equation(c: dg.Collapse, out_names) -> str:
    """One line per output, e.g. 'z1 = 0.5·x1 − 1.2·x2 + 0.3', plain text."""
    if len(c.input_names) > MAX_EQUATION_INPUTS:
        n_out, n_in = c.W.shape
        return translate("LinearCollapse", "z = W x + b   (W: {rows} \u00d7 {columns} numbers "
                         "and b: {rows}, below)").format(rows=n_out, columns=n_in)
    lines = []
    for k, name in enumerate(out_names):
        terms = []
        for w, x in zip(c.W[k], c.input_names):
            sign = "\u2212" if w < 0 else "+"
            terms.append(f"{sign} {short_number(abs(w))}\u00b7{x}")
        sign = "\u2212" if c.b[k] < 0 else "+"
        body = " ".join(terms + [f"{sign} {short_number(abs(c.b[k]))}"])
        body = body[2:] if body.startswith("+ ") else "\u2212" + body[2:]
        lines.append(f"{name} = {body}")
    return "\n".join(lines)


def output_line(c: dg.Collapse, out_names) -> str:
    """How the outputs follow from z, e.g. '\noutput = sigmoid(z)'; '' for linear outputs."""
    kinds = sorted(set(c.output_activations))
    if kinds == ["linear"]:
        return ""
    if len(out_names) == 1:
        return "\n" + translate("LinearCollapse", "output = {activation}({z})").format(
            activation=kinds[0], z=out_names[0])
    if kinds == ["softmax"]:
        return "\n" + translate("LinearCollapse", "outputs = softmax({first} ... {last})"
                                 ).format(first=out_names[0], last=out_names[-1])
    return "\n" + ", ".join(f"{a}({z})" for a, z in zip(c.output_activations, out_names))


def map_note(c: dg.Collapse, bundle) -> str:
    """What the dashed line on the Map is, or why it is not drawn (plain text)."""
    problem = cb.boundary_problem(c, bundle)
    if problem:             # core's sentence (core.collapse_boundary)
        return translate("LinearCollapse", "No line on the Map: {problem}").format(
            problem=problem)
    outputs = c.output_activations
    if len(outputs) == 1:
        return translate("LinearCollapse", "On the Map, the dashed line \u201csingle "
                         "layer\u201d is where this single layer's output crosses {threshold}. "
                         "It lies on the network's own boundary: the same boundary, and it is "
                         "straight.").format(threshold=number(cb.THRESHOLD[outputs[0]], "g"))
    return translate("LinearCollapse", "On the Map, the dashed line \u201csingle layer\u201d "
                     "is where this single layer's two largest outputs are equal. It lies on "
                     "the network's own boundary: the same boundary, and it is straight.")


def largest_difference(net, c: dg.Collapse, X) -> float | None:
    """max |network(X) - single layer(X)| over X: (n, n_inputs), or None without samples."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) == 0 or X.shape[1] != net.n_inputs:
        return None
    with np.errstate(all="ignore"):
        return float(np.max(np.abs(net.forward(X) - c.outputs(X))))


class CollapsePanel(QWidget):
    """``show_network(net, bundle)``: the collapse of ``net``; bundle (a DataBundle or None)
    gives the samples the two are compared on."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("collapsePanel")
        self.collapse: dg.Collapse | None = None
        self.differences: dict[str, float | None] = {}
        self.message = self._label("collapseMessage")
        self.equation = self._label("collapseEquation")
        self.equation.setTextFormat(Qt.TextFormat.PlainText)     # input names are file text
        self.equation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(self)
        self.table.setObjectName("collapseTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setToolTip(translate("LinearCollapse", "The single layer's weights W (one "
                                        "row per output, one column per input) and its bias "
                                        "b"))
        self.check = self._label("collapseCheck")
        self.show_on_map = QCheckBox(translate("LinearCollapse", "Show on the Map"), self)
        self.show_on_map.setObjectName("collapseShowOnMap")
        self.show_on_map.setChecked(True)
        self.show_on_map.setToolTip(translate(
            "LinearCollapse", "Draw this single layer's decision boundary on the Map as a "
            "dashed line, over the network's output, while this panel is shown. Its line lies "
            "on the network's own boundary. Not drawn over a hidden neuron's map."))
        self.map_note = self._label("collapseMapNote")
        self.map_note.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()
        self._apply_fonts()

    def _lay_out(self) -> None:
        # scrolls rather than squeezes: a dock under the editor is low
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(6, 6, 6, 6)
        # the Map's line right under the message: in projection the panel is low, and the
        # line is what the class looks at
        for w in (self.message, self.show_on_map, self.map_note, self.equation, self.table,
                  self.check):
            column.addWidget(w)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        base = readable_font(self)
        for w in (self.message, self.table, self.check, self.show_on_map, self.map_note):
            w.setFont(base)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(base.pointSizeF() * 1.1)
        self.equation.setFont(mono)

    # -- contents --------------------------------------------------------------------------
    def show_network(self, net, bundle) -> None:
        c = self.collapse = dg.linear_collapse(net)
        self.message.setText(dg.collapse_message(c))
        collapses = c.W is not None
        for w in (self.equation, self.table, self.check, self.map_note):
            w.setVisible(collapses)
        self.differences = {}
        if not collapses:
            return
        out_names = [f"z{k + 1}" if len(c.b) > 1 else "z" for k in range(len(c.b))]
        self.equation.setText(equation(c, out_names) + output_line(c, out_names))
        self._fill_table(c, [translate("LinearCollapse", "Output {number}").format(number=k + 1)
                             for k in range(len(c.b))])
        if bundle is not None:
            for part, (X, _) in (("training", bundle.train), ("test", bundle.test)):
                self.differences[part] = largest_difference(net, c, X)
        self.check.setText(self._check_text())
        self.map_note.setText(map_note(c, bundle))

    def _check_text(self) -> str:
        found = {k: v for k, v in self.differences.items() if v is not None}
        if not found:
            return translate("LinearCollapse", "No data to compare the two on.")
        parts = [(translate("LinearCollapse", "training data {difference}") if k == "training"
                  else translate("LinearCollapse", "test data {difference}")).format(
                      difference=number(v, ".2g")) for k, v in found.items()]
        return translate("LinearCollapse", "Largest difference between the network's outputs "
                         "and this single layer's: {differences} (only rounding: they are the "
                         "same function).").format(differences=", ".join(parts))

    def _fill_table(self, c: dg.Collapse, out_names) -> None:
        t = self.table
        t.setRowCount(len(out_names))
        t.setColumnCount(len(c.input_names) + 1)
        t.setHorizontalHeaderLabels([translate("LinearCollapse", "W: {input}").format(input=x)
                                     for x in c.input_names] + ["b"])
        t.setVerticalHeaderLabels(out_names)
        for k in range(len(out_names)):
            for j, value in enumerate([*c.W[k], c.b[k]]):
                item = QTableWidgetItem(short_number(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(k, j, item)
        t.resizeRowsToContents()
        t.resizeColumnsToContents()
        scroll = t.horizontalScrollBar().sizeHint().height()
        t.setFixedHeight(min(400, t.horizontalHeader().sizeHint().height()
                             + t.verticalHeader().length() + 2 * t.frameWidth() + scroll))
