"""What the Activation panel adds for a softmax neuron: its group's other probabilities,
their sum, and the training samples placed on the neuron's curve.

A softmax neuron has no curve of its own: p_i = e^z_i / sum_j e^z_j depends on the z of
every softmax neuron of its layer. The panel therefore draws p_i as its own z_i moves with
the others held at their current z (``core.softmax_use.held_softmax``); this overlay draws
the others' probabilities over the same z_i as thin grey lines, their sum (1 at every z) as
a dotted line named "sum = 1", and up to ``MAX_DOTS`` training samples as dots at their z_i
on p_i's curve (at most 40: the 150 of the softmax lesson hid the curve they sit on,
and behind it, they hid behind its 3 px line). Items are created
once (``MAX_OTHERS`` thin lines: the digits' ten outputs) and fed. The thin lines share one
name tag ("p₁ p₃") at the left end of the highest: tags of their own piled up where the
others' probabilities are alike, as they are wherever the neuron's own p is near 0 or 1.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from gui.i18n import translate
from gui.plots import style

MAX_OTHERS = 9              # thin lines; a larger group draws its first nine others
MAX_NAMED = 4               # others named in the tag; more are "p₁ … p₁₀"
MAX_DOTS = 40               # samples drawn as dots: enough to see where they sit
_OTHER_COLOUR = "#8a8a8a"   # grey: context, not the neuron looked at
_DOT_COLOUR = "#3a8fc4"     # the histogram's blue: these are the same samples
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def sub(number: int) -> str:
    """12 -> "₁₂": a neuron's number as a subscript."""
    return str(number).translate(_SUBSCRIPT)


def group_tip() -> str:
    """The paragraph the tooltip of a softmax neuron's plot adds (after a blank line)."""
    return "\n\n" + translate(
        "SoftmaxCurves", "The curve: this neuron's probability as its own z moves while the "
        "other softmax neurons of its layer keep their mean z over the training data. Thin "
        "lines: their probabilities; dotted: the sum of all, 1 at every z. Dots: training "
        "samples at their z, placed on the curve (a sample's real probability also depends "
        "on the other neurons' z for that sample).")


def group_title(index: int, units: list[int]) -> str:
    """The plot title's formula for member ``index`` of a group of neurons ``units``
    (rich text, two lines)."""
    if len(units) == 1:
        return translate("SoftmaxCurves", "alone in its layer:<br>p = e^z / e^z = 1 for every z")
    i = sub(units[index])
    if len(units) == 2:
        text = translate("SoftmaxCurves", "p{i} = e^z{i} / Σ e^zⱼ<br>the other one held at its "
                                          "mean z")
    else:
        others = len(units) - 1     # a plain name: pyside6-lupdate skips a call whose n is not
        text = translate("SoftmaxCurves", "p{i} = e^z{i} / Σ e^zⱼ<br>the other %n held at "
                                          "their mean z", None, others)
    return text.format(i=i)


def spread_sample(z: np.ndarray, limit: int = MAX_DOTS) -> np.ndarray:
    """At most ``limit`` of the values z: (n,), evenly spaced through the array (the same
    ones every frame, so the dots do not flicker while training)."""
    if z.size <= limit:
        return z
    return z[np.linspace(0, z.size - 1, limit).astype(np.intp)]


class SoftmaxOverlay:
    """The group's lines on ``plot`` (a pyqtgraph PlotItem). ``draw(z, P, index, units)``
    with P: (k, n) every member's probability over z: (n,); ``set_dots(z, p)``;
    ``hide()``."""

    def __init__(self, plot: pg.PlotItem):
        self.others = [plot.plot() for _ in range(MAX_OTHERS)]
        self.others_label = pg.TextItem(anchor=(0.0, 1.0), color=_OTHER_COLOUR)
        self.sum_curve = plot.plot()
        # under its line: above it the flat regions' names sit
        self.sum_label = pg.TextItem(translate("SoftmaxCurves", "sum = 1"), anchor=(0.5, 0.0),
                                     color=style.GREY)
        self.dots = pg.ScatterPlotItem(pen=pg.mkPen("#ffffff", width=1),
                                       brush=pg.mkBrush(_DOT_COLOUR))
        plot.addItem(self.dots)
        for label in (self.others_label, self.sum_label):
            plot.addItem(label, ignoreBounds=True)
        for item in (*self.others, self.sum_curve):
            item.setZValue(-1)        # behind the neuron's own curve
        self.dots.setZValue(1)        # on it
        self.hide()

    def hide(self) -> None:
        for item in (*self.others, self.others_label, self.sum_curve, self.sum_label,
                     self.dots):
            item.setVisible(False)

    def draw(self, z: np.ndarray, P: np.ndarray, index: int, units: list[int]) -> None:
        """z: (n,) the plotted z of neuron ``index``; P: (k, n) each member's probability
        there; units: the members' numbers in their layer (1-based, for the names)."""
        others = [j for j in range(len(P)) if j != index]
        for slot, curve in enumerate(self.others):
            curve.setVisible(slot < len(others))
            if slot < len(others):
                curve.setData(z, P[others[slot]])
        self.others_label.setVisible(bool(others))
        if others:
            names = [f"p{sub(units[j])}" for j in others]
            if len(names) > MAX_NAMED:
                names = [names[0], "…", names[-1]]
            top = P[max(others, key=lambda j: P[j][0])][0]
            self.others_label.setText(" ".join(names))
            # under a high line (above it are the flat regions' names), over a low one
            self.others_label.setAnchor((0.0, 0.0 if top > 0.5 else 1.0))
            self.others_label.setPos(z[0], top)
        grouped = len(P) > 1          # alone, the sum is the neuron's own flat line
        self.sum_curve.setVisible(grouped)
        self.sum_label.setVisible(grouped)
        if grouped:
            total = P.sum(axis=0)
            self.sum_curve.setData(z, total)
            # under the line where the highest probability leaves the most room, in the
            # middle of the view (the ends hold the other curves' tag and p's own name)
            lo, hi = int(0.2 * len(z)), int(0.8 * len(z))
            i = lo + int(np.argmin(P[:, lo:hi].max(axis=0)))
            self.sum_label.setPos(z[i], total[i])

    def set_dots(self, z: np.ndarray, p: np.ndarray) -> None:
        """The samples' z: (m,) and the neuron's probability p: (m,) on its curve there."""
        self.dots.setVisible(z.size > 0)
        self.dots.setData(z, p)

    def set_font_scale(self, scale: float) -> None:
        thin = style.pen(_OTHER_COLOUR, width=2.0, scale=scale)
        for curve in self.others:
            curve.setPen(thin)
        self.sum_curve.setPen(style.pen(style.GREY, width=2.0, scale=scale,
                                        style=Qt.PenStyle.DotLine))
        label_font = style.font(style.TICK_PT, scale)
        for label in (self.others_label, self.sum_label):
            label.setFont(label_font)
        self.dots.setSize(8 * max(1.0, scale))

    def dot_data(self) -> tuple[np.ndarray, np.ndarray]:
        """(z, p) of the dots as drawn."""
        x, y = self.dots.getData()
        return np.asarray(x), np.asarray(y)
