"""Parts of the sample browser: activation rows, output bars, images that explain a pixel.

``ActivationRows``: one row of coloured cells per layer (diverging map around 0, each row
scaled to its own largest |a|), the value of a cell on hover. ``OutputBars``: horizontal
bars of class probabilities (true class framed, predicted class blue) or, for regression,
prediction against target. Both are plot items for a GraphicsLayout, created once and fed.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsRectItem

from gui.i18n import number, translate
from gui.plots import colormap, style
from gui.plots.weight_images import nice_limit

OTHER = "#c4c4c4"               # bars of the classes not predicted
CELL_GAP = "#9a9a9a"            # line between neighbouring cells
_ROW_PX = 44                    # preferred height of one layer's row (times the scale)
_CELL_PX = 5                    # image columns per cell at least: the last is the gap
_GAP_RGBA = np.array(pg.mkColor(CELL_GAP).getRgb(), dtype=np.uint8)
_TEXT_MAX = 1.45                # output plot: room right of the bars for values and "true"


def _caption() -> str:
    return translate("SampleOutputs", "Activations: blue +, orange −, each row up to the ± at "
                                      "its right")


def _rows_tip() -> str:
    return translate("SampleOutputs", "The activation a of every neuron for this sample, one "
                     "row per layer. Each row is coloured on its own scale, up to the ± "
                     "written at its right. Hover a cell for its value.")


def _axis_label(kind: str) -> str:
    """The value axis's name for what the bars show ("probability", "output", "value")."""
    return {"probability": translate("SampleOutputs", "probability"),
            "output": translate("SampleOutputs", "output"),
            "value": translate("SampleOutputs", "value")}[kind]


class HoverImage(pg.ImageItem):
    """An ImageItem whose tooltip names the pixel under the mouse.

    ``values``: (rows, cols) numbers behind the picture (one per image pixel block of
    ``block`` columns); ``tooltip(row, col, value) -> str``.
    """

    def __init__(self, tooltip: Callable[[int, int, float], str], block: int = 1):
        super().__init__(axisOrder="row-major")
        self.tooltip, self.block = tooltip, block
        self.values: np.ndarray | None = None
        self.setAcceptHoverEvents(True)

    def hoverEvent(self, ev):
        if ev.isExit() or self.values is None or self.image is None:
            return
        pos = ev.pos()
        r, c = int(pos.y()), int(pos.x()) // self.block
        if 0 <= r < self.values.shape[0] and 0 <= c < self.values.shape[1]:
            self.setToolTip(self.tooltip(r, c, float(self.values[r, c])))


def _plot() -> pg.PlotItem:
    plot = pg.PlotItem()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    plot.invertY(True)
    return plot


def outward(axis: pg.AxisItem, scale: float) -> None:
    """Ticks pointing away from the plot: on a bar chart's category axis the app's inward
    ticks run into the bars and the values written beside them."""
    axis.setStyle(tickLength=int(5 * scale))


def _title(plot: pg.PlotItem, text: str, scale: float) -> None:
    plot.setTitle(text, size=style.css_size(style.LABEL_PT, scale), color=style.FOREGROUND)


class ActivationRows:
    """Every layer's activations for one sample: ``set_layers([a (units,), ...], names)``."""

    def __init__(self):
        self._scale = 1.0
        self.plot = _plot()
        self.caption = style.WrapLabel(_caption())   # above the plot, in the owner's layout
        self.caption.setToolTip(_rows_tip())
        self.plot.setToolTip(_rows_tip())
        self.plot.hideAxis("bottom")
        self.plot.showAxis("right")
        self.images: list[HoverImage] = []
        self._names: list[str] = []
        self._shape: tuple[int, ...] = ()
        self._limits: list[str] = []
        self.set_font_scale(1.0)

    def set_layers(self, layers: list[np.ndarray], names: list[str]) -> None:
        shape = tuple(len(a) for a in layers)
        placed = shape == self._shape and names == self._names
        if not placed:
            self._restructure(shape, names)
            self.caption.set_text(_caption() if shape else "", self._scale)
        limits = []
        for li, (image, a) in enumerate(zip(self.images, layers)):
            m = nice_limit(np.abs(a).max()) if len(a) else 1.0
            limits.append(f"±{number(m, 'g')}")
            cells = colormap.to_rgba(a[None, :], -m, m)                  # (1, units, 4)
            rgba = np.empty((1, len(a), image.block, 4), dtype=np.uint8)
            rgba[:, :, :-1] = cells[:, :, None]
            rgba[:, :, -1] = _GAP_RGBA
            image.setImage(rgba.reshape(1, -1, 4), autoLevels=False)
            image.values = a[None, :]
            if not placed:    # after setImage: a rect maps the image's current pixels
                image.setRect((max(shape) - len(a)) / 2, li - 0.35, len(a), 0.7)
        if limits != self._limits:
            self._limits = limits
            self.plot.getAxis("right").setTicks([list(enumerate(limits)), []])

    def _restructure(self, shape: tuple[int, ...], names: list[str]) -> None:
        self._shape, self._names = shape, list(names)
        while len(self.images) > len(shape):
            self.plot.removeItem(self.images.pop())
        while len(self.images) < len(shape):
            li = len(self.images)
            image = HoverImage(self._tooltip_for(li))
            self.plot.addItem(image)
            self.images.append(image)
        for image, units in zip(self.images, shape):   # few cells: wider, thinner gaps
            image.block = max(_CELL_PX, min(20, 100 // max(units, 1)))
        self.plot.getAxis("left").setTicks(
            [[(li, f"{name} ({units})") for li, (name, units) in enumerate(zip(names, shape))],
             []])
        self._limits = []
        self._fit_height()
        widest = max(shape, default=1)
        self.plot.setRange(xRange=(0, widest), yRange=(-0.5, max(len(shape), 1) - 0.5),
                           padding=0.0)
        self.plot.getAxis("right").setVisible(bool(shape))
        self.plot.getAxis("left").setVisible(bool(shape))

    def _tooltip_for(self, li: int):
        def tooltip(row: int, col: int, value: float) -> str:
            name = self._names[li] if li < len(self._names) else \
                translate("SampleOutputs", "layer {number}").format(number=li + 1)
            return translate("SampleOutputs", "{layer}, neuron {number}: a = {value}").format(
                layer=name, number=col + 1, value=number(float(value), ".4g"))
        return tooltip

    def _fit_height(self) -> None:
        """Rows need little height: leave the rest of the view to input and answer."""
        rows = max(len(self._shape), 1)
        self.plot.setMinimumHeight(rows * 0.5 * _ROW_PX * self._scale + 10)
        self.plot.setPreferredHeight(rows * _ROW_PX * self._scale + 20)
        self.plot.setMaximumHeight(rows * 1.5 * _ROW_PX * self._scale + 20)

    def set_font_scale(self, factor: float) -> None:
        self._scale = float(factor)
        style.style_plot(self.plot, self._scale)
        for side in ("left", "right"):
            outward(self.plot.getAxis(side), self._scale)
        self.caption.set_text(_caption() if self._shape else "", self._scale)
        self._fit_height()


class OutputBars:
    """The network's answer as horizontal bars (one per class, or target and prediction)."""

    def __init__(self):
        self._scale = 1.0
        self.plot = _plot()
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[])
        self.plot.addItem(self.bars)
        self.frame = QGraphicsRectItem()          # around the true class's row
        self.frame.setZValue(5)
        self.plot.addItem(self.frame, ignoreBounds=True)
        self.true_text = pg.TextItem(translate("SampleOutputs", "true", "the true class's row"),
                                     anchor=(1.0, 0.5), color=style.FOREGROUND)
        self.note = pg.TextItem(anchor=(0.5, 0.5), color=style.GREY)
        self.plot.addItem(self.true_text, ignoreBounds=True)
        self.plot.addItem(self.note, ignoreBounds=True)
        self.plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)   # keep "0"
        self.texts: list[pg.TextItem] = []
        self._values = np.empty(0)
        self._marked: tuple[int, int] = (-1, -1)     # (true, predicted) rows
        self._layout: tuple = ()
        self._strings: list[str] = []
        self.plot.vb.sigResized.connect(self._fit)
        self.set_font_scale(1.0)
        self.clear("")

    def values(self) -> np.ndarray:
        return self._values

    def clear(self, note: str) -> None:
        self._values = np.empty(0)
        self.bars.setOpts(x0=[], y=[], width=[], height=0.7)
        self._set_texts([], [], [])
        self._relayout(("empty",), [], (0.0, 1.0), None, "")
        self.frame.setVisible(False)
        self.true_text.setVisible(False)
        self.note.setText(note)
        self.note.setPos(0.5, 0.0)
        self.note.setVisible(bool(note))
        self.note.setTextWidth(max(80.0, 0.9 * self.plot.vb.width()))

    def show_classes(self, values: np.ndarray, names: list[str], true: int, predicted: int,
                     kind: str) -> None:
        """values: (k,) per class; kind "probability" (0..1) or "output" (any range)."""
        values = np.asarray(values, dtype=float)
        self._values = values
        k = len(values)
        if kind == "probability":
            span = (0.0, _TEXT_MAX)
            strings = [translate("SampleOutputs", "{percent}%").format(
                percent=number(100 * v, ".0f")) for v in values]
        else:
            lo, hi = min(0.0, values.min()), max(1.0, values.max())
            span = (lo, hi + (hi - lo) * (_TEXT_MAX - 1))
            strings = [number(float(v), ".3g") for v in values]
        self._reserve(k)
        ticks = [(0, "0"), (0.5, number(0.5)), (1, "1")] if kind == "probability" else None
        self._relayout(("classes", k, kind, tuple(names)), names, span, ticks,
                       _axis_label(kind))
        brushes = [pg.mkBrush(colormap.BLUE if i == predicted else OTHER) for i in range(k)]
        self.bars.setOpts(x0=np.minimum(values, 0), width=np.abs(values), y=np.arange(k),
                          height=0.7, brushes=brushes, pen=pg.mkPen(style.GREY, width=1))
        self._set_texts(strings, np.maximum(values, 0), list(range(k)))
        self.note.setVisible(False)
        inside = 0 <= true < k
        self.frame.setVisible(inside)
        self.true_text.setVisible(inside)
        if inside:
            self.frame.setRect(span[0], true - 0.47, span[1] - span[0], 0.94)
            self.true_text.setPos(span[1], true)
        self._marked = (true, predicted)
        self._fit()

    def show_regression(self, prediction: float, target: float,
                        data_range: tuple[float, float]) -> None:
        values = np.array([target, prediction], dtype=float)
        self._values = values
        lo = min(data_range[0], 0.0, *values)
        hi = max(data_range[1], 0.0, *values)
        hi += 0.35 * (hi - lo or 1.0)
        self._relayout(("regression", lo, hi), [translate("SampleOutputs", "target"),
                                                translate("SampleOutputs", "prediction")],
                       (lo, hi), None, _axis_label("value"))
        self.bars.setOpts(x0=np.minimum(values, 0), width=np.abs(values), y=[0, 1],
                          height=0.7, brushes=[pg.mkBrush(OTHER), pg.mkBrush(colormap.BLUE)],
                          pen=pg.mkPen(style.GREY, width=1))
        self._set_texts([number(float(v), ".3g") for v in values], np.maximum(values, 0),
                        [0, 1])
        self.note.setVisible(False)
        self.frame.setVisible(False)
        self.true_text.setVisible(False)
        self._marked = (0, 1)
        self._fit()

    def _unit(self) -> float:
        """Data units per pixel along x (0 before the view has a size)."""
        (x0, x1), _ = self.plot.vb.viewRange()
        width = self.plot.vb.width()
        return (x1 - x0) / width if width > 0 else 0.0

    def _reserve(self, rows: int) -> None:
        """Ask the layout for a line of text per bar (up to 12 bars) plus the axis."""
        line = QFontMetricsF(style.font(style.TICK_PT, self._scale)).height()
        self.plot.setMinimumHeight(min(rows, 12) * 0.8 * line + 3 * line)

    def _fit(self, *_) -> None:
        """In a small view, write only the values of the true and predicted rows, and
        drop the word "true" when it would run into the value beside it."""
        k = len(self._values)
        if not k:
            return
        metrics = QFontMetricsF(style.font(style.TICK_PT, self._scale))
        dense = self.plot.vb.height() / k < 0.95 * metrics.height()
        for i, text in enumerate(self.texts):
            text.setVisible(not dense or i in self._marked)
        true = self._marked[0]
        if self.frame.isVisible() and 0 <= true < len(self.texts):
            unit = self._unit()
            end = self.texts[true].pos().x() + unit * (
                metrics.horizontalAdvance(self._strings[true]) + 12)
            bold = QFontMetricsF(style.font(style.TICK_PT, self._scale, bold=True))
            word = self.true_text.textItem.toPlainText()        # as translated
            start = self.true_text.pos().x() - unit * (bold.horizontalAdvance(word) + 8)
            self.true_text.setVisible(bool(end < start))   # the view range may be NumPy

    def _relayout(self, key: tuple, names: list[str], span, ticks, label: str) -> None:
        """Axes and ranges; only when what is shown changes kind (not every frame)."""
        if key == self._layout:
            return
        self._layout = key
        left, bottom = self.plot.getAxis("left"), self.plot.getAxis("bottom")
        self.plot.setLabel("bottom", label or None)     # shows the axis: before hiding
        for name in ("left", "bottom"):
            (self.plot.showAxis if names else self.plot.hideAxis)(name)
        left.setTicks([list(enumerate(names)), []])
        bottom.setTicks(None if ticks is None else [ticks, []])
        self.plot.setRange(xRange=span, yRange=(-0.5, max(len(names), 1) - 0.5), padding=0)
        self._style()

    def _set_texts(self, strings: list[str], xs, ys) -> None:
        while len(self.texts) > len(strings):
            self.plot.removeItem(self.texts.pop())
        while len(self.texts) < len(strings):
            text = pg.TextItem(anchor=(0, 0.5), color=style.FOREGROUND)
            text.setFont(style.font(style.TICK_PT, self._scale))
            self.plot.addItem(text, ignoreBounds=True)
            self.texts.append(text)
        self._strings = self._strings[:len(strings)]
        gap = 4 * self._unit()                          # 4 px right of the bar's end
        for i, (text, s, x, y) in enumerate(zip(self.texts, strings, xs, ys)):
            if i >= len(self._strings) or self._strings[i] != s:
                text.setText(s)
            text.setPos(float(x) + gap, y)
        self._strings = list(strings)

    def text_strings(self) -> list[str]:
        return list(self._strings)

    def _style(self) -> None:
        style.style_plot(self.plot, self._scale)
        outward(self.plot.getAxis("left"), self._scale)

    def set_font_scale(self, factor: float) -> None:
        self._scale = float(factor)
        self._style()
        for text in (*self.texts, self.note):
            text.setFont(style.font(style.TICK_PT, self._scale))
        self.true_text.setFont(style.font(style.TICK_PT, self._scale, bold=True))
        self.frame.setPen(style.pen(style.FOREGROUND, width=2.5, scale=self._scale))
        _title(self.plot, translate("SampleOutputs", "network's answer"), self._scale)
