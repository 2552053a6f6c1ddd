"""One activation function up close: g(z), g'(z) and where a neuron's z values fall.

The histogram of z over the training data sits behind the curves (its own right axis), so
a student sees saturation (z piled up in flat tails) and dead ReLUs (every z below 0).
Regions where |g'(z)| < 0.05 are shaded and named. Items are created once and fed.

A softmax neuron (``set_group``) is drawn as what it is: its probability p_i as its own z_i
moves with the other softmax neurons of its layer held at their mean z over the training
data (the data the histogram shows), their probabilities as thin lines and the sum, 1, as a
dotted one (``gui.plots.softmax_curves``); the slope is dp_i/dz_i = p_i (1 - p_i). A lone
softmax neuron is a flat line at 1 with no slope at all.
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core import activations
from core.activation_overview import one_neuron_curve
from core.diagnostics import RELU_LIKE
from core.softmax_use import held_softmax
from gui.i18n import number, translate
from gui.plots import activation_texts, softmax_curves, style
from gui.plots.activation_texts import FLAT, region_names
from gui.plots.softmax_curves import SoftmaxOverlay, group_title, spread_sample, sub

MAX_REGIONS = 4                 # no activation here has more flat stretches in view
_CURVE_POINTS = 801
_ONE_LINE_TITLE = 36            # characters; longer titles put the formula on a 2nd line
_TOP_BAND = 0.22                # headroom above the curves (share of their span)
_MIN_LABELLED = 0.12            # narrower shaded regions (share of the view) go unnamed
_HIST_BRUSH = (86, 180, 233, 150)
_HIST_PEN = "#3a8fc4"


INFO_MIN_HEIGHT = 230      # px at 12-px text: lower, the lines under the plot give way
# (a 1280x720 or 1366x768 window's bottom band is about 205 px: 43 px of curve were left)
SLOPE_FORMULA_PX = 420     # px of plot at 12-px text: narrower, the slope is named "p′"


class ActivationPlot(QWidget):
    """g(z) and g'(z) of one activation, with a live histogram of a neuron's z values.

    ``set_activation(name, alpha=None)``; ``set_z(z)`` with z: (n_samples,) the neuron's
    pre-activations over the training data (None or empty clears the histogram);
    ``set_group(held, index, units)`` for a softmax neuron (after ``set_activation``).
    """

    def __init__(self, parent: QWidget | None = None, z_range=(-6.0, 6.0), bins: int = 36):
        super().__init__(parent)
        self.bins = int(bins)
        self._scale = 1.0
        self._z = np.empty(0)
        self._name, self._alpha = "tanh", None
        self._group = None           # softmax: (held (k,), index, units), see set_group
        self._title = ""
        self._tip = ""
        self._info_shown = False      # the sample counts under the plot (_fit_decorations)
        self._regions: list[tuple[float, float, str]] = []
        self._short: list[str] = []     # each region's short name (see _place_labels)
        self._counts, self._edges = np.zeros(self.bins, dtype=np.intp), np.zeros(self.bins + 1)

        self.view = style.new_view()
        self.title = style.WrapLabel(points=style.TITLE_PT)
        self.info = style.WrapLabel()      # under the plot (row 2), see _fit_decorations
        self.view.addItem(self.title, row=0, col=0)
        self.plot = self.view.addPlot(row=1, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=style.GRID_ALPHA)
        self.plot.setLabel("bottom", translate("ActivationPlot", "z = w·x + b"))
        self.plot.setLabel("left", translate("ActivationPlot", "g(z) and g′(z)"))
        self.plot.showAxis("right")
        self.plot.setLabel("right", translate("ActivationPlot", "samples"))
        self.plot.getAxis("right").setGrid(False)

        # The histogram lives in a second view box, x-linked, drawn behind the curves.
        self.hist_box = pg.ViewBox(enableMouse=False)
        # No menu, like the plot: its "visible data only" made pyqtgraph index the
        # step-mode histogram with a mask one short (IndexError; found by the monkey test)
        self.hist_box.setMenuEnabled(False)
        self.hist_box.setZValue(-100)
        self.plot.scene().addItem(self.hist_box)
        self.plot.getAxis("right").linkToView(self.hist_box)
        self.hist_box.setXLink(self.plot)
        self.plot.vb.sigResized.connect(self._sync_boxes)
        self.plot.vb.sigResized.connect(self._place_labels)      # long or short names
        self.plot.vb.sigResized.connect(self._fit_axis_names)
        self.hist = pg.PlotDataItem(stepMode="center", fillLevel=0,
                                    brush=pg.mkBrush(*_HIST_BRUSH))
        self.hist_box.addItem(self.hist)

        self.regions, self.region_labels = [], []
        for _ in range(MAX_REGIONS):
            region = pg.LinearRegionItem(movable=False, pen=pg.mkPen(None))
            region.setZValue(-50)    # behind the histogram bars, in the same box
            label = pg.TextItem(anchor=(0.5, 0.0), color=style.GREY)
            self.hist_box.addItem(region, ignoreBounds=True)
            self.plot.addItem(label, ignoreBounds=True)
            self.regions.append(region)
            self.region_labels.append(label)

        # Curves are labelled where they are drawn (no legend box to cover the data).
        self.g_curve = self.plot.plot()
        self.grad_curve = self.plot.plot()
        self.g_label = pg.TextItem(translate("ActivationPlot", "g(z)"), anchor=(0.0, 0.0),
                                   color=style.FOREGROUND)
        self.grad_label = pg.TextItem(translate("ActivationPlot", "g′(z)"), anchor=(0.5, 1.0),
                                      color=style.ACCENT)
        for label in (self.g_label, self.grad_label):
            self.plot.addItem(label, ignoreBounds=True)
        self.group = SoftmaxOverlay(self.plot)
        self.view.addItem(self.info, row=2, col=0)
        self._info_shown = True

        self.plot.setXRange(*z_range, padding=0)
        self.plot.enableAutoRange(x=False, y=False)
        self.plot.setMouseEnabled(x=True, y=False)   # y follows the curves in view
        self.plot.vb.sigXRangeChanged.connect(self._on_x_range)
        self.plot.vb.sigYRangeChanged.connect(self._place_labels)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.set_font_scale(1.0)
        self.set_activation(self._name)

    # ------------------------------------------------------------------ input
    def set_activation(self, name: str, alpha: float | None = None) -> None:
        activations.get(name)     # UnknownActivation names the valid choices, before any change
        self._name, self._alpha, self._group = name, alpha, None
        self._set_title()
        self._redraw()

    def set_group(self, held: np.ndarray, index: int, units: list[int]) -> None:
        """The softmax neuron shown is member ``index`` of its layer's softmax group.

        held: (k,) the members' z to hold (the mean over the training data); units: (k,)
        their numbers in the layer, 1-based. Ignored unless the activation is softmax."""
        if not activations.get(self._name).is_group:
            return
        group = (np.asarray(held, dtype=float).copy(), int(index), [int(u) for u in units])
        old = self._group
        if old is not None and old[1:] == group[1:] and np.array_equal(old[0], group[0]):
            return                   # an unchanged plot is not redrawn
        self._group = group
        if old is None or old[1:] != group[1:]:
            self._set_title()
        self._redraw()

    def _set_title(self) -> None:
        act = activations.get(self._name)
        head = f"<b>{escape(act.label)}</b>"
        if act.has_alpha:
            alpha = act.default_alpha if self._alpha is None else self._alpha
            head = translate("ActivationPlot", "{activation} (alpha = {alpha})").format(
                activation=head, alpha=number(alpha, "g"))
        tip = act.tooltip()
        if act.is_group and self._group is not None:
            self._title = head + "&nbsp;&nbsp;" + group_title(*self._group[1:])
            tip += softmax_curves.group_tip()
        else:
            formula = escape(act.formula)
            if act.is_group:
                formula = translate("ActivationPlot", "{formula}, one other neuron at "
                                                      "z = 0").format(formula=formula)
            long = len(act.label) + len(act.formula) > _ONE_LINE_TITLE or act.has_alpha
            self._title = head + ("<br>" if long else "&nbsp;&nbsp;&nbsp;") + formula
        self.title.set_text(self._title, self._scale)
        self._tip = tip
        self._show_tip()

    def set_z(self, z: np.ndarray | None) -> None:
        """z: (n_samples,) this neuron's z over the training data; None clears."""
        self._z = np.empty(0) if z is None else np.asarray(z, dtype=float).ravel()
        self._update_histogram()
        self._update_dots()
        self._update_info()

    def set_z_range(self, zmin: float, zmax: float) -> None:
        self.plot.setXRange(zmin, zmax, padding=0)

    def z_range(self) -> tuple[float, float]:
        x0, x1 = self.plot.vb.viewRange()[0]
        return float(x0), float(x1)

    def histogram(self) -> tuple[np.ndarray, np.ndarray]:
        """(counts (bins,), edges (bins+1,)) as drawn."""
        return self._counts, self._edges

    def flat_regions(self) -> list[tuple[float, float, str]]:
        """Shaded regions in view as (z_from, z_to, text)."""
        return list(self._regions)

    def group_curves(self) -> dict:
        """A softmax neuron's lines as drawn, each (z, values): "own" (its probability),
        "slope", "others" (a list, group order without the neuron) and "sum"."""
        overlay = self.group
        return {"own": self.g_curve.getData(), "slope": self.grad_curve.getData(),
                "others": [c.getData() for c in overlay.others if c.isVisible()],
                "sum": overlay.sum_curve.getData() if overlay.sum_curve.isVisible()
                else None}

    def dots(self) -> tuple[np.ndarray, np.ndarray]:
        """(z, p) of the sample dots on a softmax neuron's curve; empty otherwise."""
        return self.group.dot_data() if self.group.dots.isVisible() else \
            (np.empty(0), np.empty(0))

    # ------------------------------------------------------------------ drawing
    def _probabilities(self, z: np.ndarray) -> np.ndarray | None:
        """(k, n) every group member's probability over z: (n,) (the shown neuron's z),
        or None when this is not a softmax neuron with a known group."""
        if self._group is None:
            return None
        held, index, _ = self._group
        return held_softmax(z, held, index)

    def _functions(self, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        P = self._probabilities(z)
        if P is not None:   # softmax: p_i with the others held; slope p_i (1 - p_i)
            p = P[self._group[1]]
            return p, p * (1.0 - p)
        # softmax without a known group: one neuron against one other held at z = 0
        return one_neuron_curve(self._name, z, self._alpha, group_size=2)

    def _redraw(self) -> None:
        z0, z1 = self.z_range()
        z = np.linspace(z0, z1, _CURVE_POINTS)
        g, dg = self._functions(z)
        self.g_curve.setData(z, g)
        self.grad_curve.setData(z, dg)
        lo = min(float(np.min(g)), float(np.min(dg)))
        hi = max(float(np.max(g)), float(np.max(dg)))
        P = self._probabilities(z)
        if P is None:
            self.group.hide()
            self.g_label.setText(translate("ActivationPlot", "g(z)"))
            self.grad_label.setText(translate("ActivationPlot", "g′(z)"))
        else:               # probabilities: the whole 0..1, where the sum lies
            lo, hi = min(lo, 0.0), max(hi, 1.0)
            _, index, units = self._group
            self.group.draw(z, P, index, units)
            self.g_label.setText(f"p{sub(units[index])}")
        span = hi - lo if hi > lo else 1.0
        # A free band on top holds the region names, clear of the curves.
        self.plot.setYRange(lo - 0.06 * span, hi + _TOP_BAND * span, padding=0)
        self._place_curve_labels(z, g, dg)
        self._update_regions(z, dg)
        self._update_histogram()
        self._update_dots()
        self._update_info()

    def _update_regions(self, z: np.ndarray, dg: np.ndarray) -> None:
        flat = np.abs(dg) < FLAT
        edges = np.flatnonzero(np.diff(flat.astype(np.int8)))
        starts = [0] + list(edges + 1)
        self._regions = []
        for s, e in zip(starts, list(edges + 1) + [len(z)]):
            if not flat[s]:
                continue
            part = dg[s:e]
            self._regions.append((float(z[s]), float(z[e - 1]), *region_names(part)))
        self._regions = self._regions[:MAX_REGIONS]
        min_width = _MIN_LABELLED * (z[-1] - z[0])
        for i, (region, label) in enumerate(zip(self.regions, self.region_labels)):
            used = i < len(self._regions)
            region.setVisible(used)
            label.setVisible(bool(used and self._regions[i][1] - self._regions[i][0] >= min_width))
            if used:
                lo, hi, text, _, brush = self._regions[i]
                region.setRegion((lo, hi))
                region.setBrush(pg.mkBrush(*brush))
                label.setText(text)
        self._short = [r[3] for r in self._regions]
        self._regions = [r[:3] for r in self._regions]
        self._place_labels()

    def _place_curve_labels(self, z, g, dg) -> None:
        """g(z) below-right of its curve at 80% across (clear of a rising curve); g'(z)
        above its peak in the middle 70%."""
        n = len(z)
        i = int(0.8 * (n - 1))
        self.g_label.setPos(z[i], g[i])
        lo, hi = int(0.15 * n), int(0.85 * n)
        j = lo + int(np.argmax(dg[lo:hi]))
        self.grad_label.setPos(z[j], dg[j])

    def _place_labels(self, *_) -> None:
        """Region names along the top; a region at an edge of the view is named from it.
        A name wider than its region (a narrow plot, projection mode's large text) is
        shortened to "flat", so the two tails' names never overlap."""
        (x0, x1), (_, y1) = self.plot.vb.viewRange()
        eps = 1e-9 * (x1 - x0)
        px_per_z = self.plot.vb.width() / max(x1 - x0, 1e-12)
        if self._group is not None:      # the slope's formula where there is room for it
            wide = self.plot.vb.width() >= SLOPE_FORMULA_PX * self._scale
            self.grad_label.setText(translate("ActivationPlot", "p′ = p(1 − p)") if wide else
                                    translate("ActivationPlot", "p′"))
        for (lo, hi, text), short, label in zip(self._regions, self._short, self.region_labels):
            room = (min(hi, x1) - max(lo, x0)) * px_per_z
            metrics = QFontMetricsF(label.textItem.font())
            fits = metrics.horizontalAdvance(text) + 8 <= room     # the translated name
            label.setText(text if fits else short)
            if lo <= x0 + eps:
                label.setAnchor((0.0, 0.0))
                label.setPos(x0, y1)
            elif hi >= x1 - eps:
                label.setAnchor((1.0, 0.0))
                label.setPos(x1, y1)
            else:
                label.setAnchor((0.5, 0.0))
                label.setPos(0.5 * (lo + hi), y1)

    def _fit_axis_names(self, *_) -> None:
        for side in ("left", "right"):
            style.fit_axis_label(self.plot.getAxis(side), self.plot.vb.height(), self._scale)
        style.fit_bottom_label(self.plot, self._scale)

    def _fit_decorations(self) -> None:
        """Low (a 1280x720 window's bottom band, a projected stage's bottom row), the curve
        gets the room of the two lines of sample counts under it (their text then joins
        the tooltip; the histogram still shows where the samples are)."""
        shown = self.height() >= style.text_height(self, INFO_MIN_HEIGHT)
        if shown == self._info_shown:
            return
        self._info_shown = shown
        if shown:
            self.view.addItem(self.info, row=2, col=0)
        else:
            self.view.ci.removeItem(self.info)
        self._show_tip()

    def _show_tip(self) -> None:
        """The activation's teaching text; while the sample counts are not shown under
        the plot, they follow it."""
        tip = self._tip
        if not self._info_shown and self.info.text:
            tip = f"{tip}<br><br>{self.info.text}"
        self.setToolTip(tip)

    def _update_histogram(self) -> None:
        z0, z1 = self.z_range()
        self._counts, self._edges = np.histogram(self._z, bins=self.bins, range=(z0, z1))
        self.hist.setData(self._edges, self._counts)
        # a round top (1, 2 or 5 times a power of ten), so the count axis changes a few
        # times per decade instead of at every update while training
        top = style.nice_ceiling(max(1, int(self._counts.max(initial=0))) * 1.15)
        self.hist_box.setRange(yRange=(0, top), padding=0)
        # apply the new range now, not when the view paints: pyqtgraph applies it in its
        # prepare-for-paint step, which moves the bars and so asks for a second paint
        self.hist_box.prepareForPaint()
        self.hist.setVisible(self._z.size > 0)

    def _update_dots(self) -> None:
        """A softmax neuron's samples as dots on its curve (at most MAX_DOTS, in view)."""
        if self._group is None:
            self.group.set_dots(np.empty(0), np.empty(0))
            return
        z0, z1 = self.z_range()
        z = spread_sample(self._z)
        z = z[(z >= z0) & (z <= z1)]
        self.group.set_dots(z, self._functions(z)[0])

    def _update_info(self) -> None:
        lone = self._group is not None and len(self._group[2]) == 1
        dg = self._functions(self._z)[1] if self._z.size and not lone else None
        text = activation_texts.sample_text(self._z, dg, self._name in RELU_LIKE,
                                            self.z_range())
        # always two lines, so the plot above keeps its height as the second comes and goes
        self.info.set_text(text if "<br>" in text else text + "<br>&nbsp;", self._scale)
        if not self._info_shown:
            self._show_tip()

    def _on_x_range(self, *_) -> None:
        self._redraw()

    def _sync_boxes(self) -> None:
        self.hist_box.setGeometry(self.plot.vb.sceneBoundingRect())
        self.hist_box.linkedViewChanged(self.plot.vb, self.hist_box.XAxis)

    # ------------------------------------------------------------------ look
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # low: the curve gets the room of the lines of sample counts under it; the
        # histogram still shows where the samples are
        self._fit_decorations()

    def set_font_scale(self, factor: float) -> None:
        self._scale = float(factor)
        style.style_plot(self.plot, self._scale)
        g_pen, grad_pen = style.activation_pens(self._scale)
        self.g_curve.setPen(g_pen)
        self.grad_curve.setPen(grad_pen)
        self.hist.setPen(pg.mkPen(_HIST_PEN, width=max(1.5, 1.5 * self._scale)))
        label_font = style.font(style.TICK_PT, self._scale)
        for label in self.region_labels:
            label.setFont(label_font)
        curve_font = style.font(style.LABEL_PT, self._scale, bold=True)
        for label in (self.g_label, self.grad_label):
            label.setFont(curve_font)
        self.group.set_font_scale(self._scale)
        self.title.set_text(self._title, self._scale)
        # The sample-count axis is as wide as 4 digits whatever it shows: following the
        # numbers, it re-laid out the whole plot (and painted it twice) whenever a count
        # gained or lost a digit, several times a second while training.
        digits = QFontMetricsF(style.font(style.TICK_PT, self._scale)).horizontalAdvance("5000")
        label = QFontMetricsF(style.font(style.LABEL_PT, self._scale)).height()
        self.plot.getAxis("right").setWidth(int(digits + label + 16 * self._scale))
        self._fit_axis_names()
        self._update_info()

    def export_item(self):
        return self.view.ci
