"""Curves against epoch for the Neuron health panel: the gradient size of each layer (log
scale: vanishing gradients show as curves sinking by powers of ten) and each PReLU neuron's
learned alpha.

Both keep their points in NumPy-backed lists and feed curves created once per layout with
``setData``; the owner calls ``flush()`` (throttled) to draw what was appended.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from gui import colors
from gui.i18n import translate
from gui.plots import style
from gui.plots.decimate import GrowingArray
from gui.plots.loss_plot import LossAxis

# The scheme's series colours (gui.colors: Okabe-Ito on light); yellow, the 8th, left
# out: unreadable on white.
SERIES = 7
_DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
_SWATCHES = ("\u2501\u2501", "\u254d\u254d", "\u2505\u2505")   # solid, dashed, dotted
MAX_LEGEND = 16         # entries in the key; more would only be a wall of text
# The key goes beside the plot when the plot is this many times wider than high: under it,
# a wrapping key took the height of a low dock (the gradient plot had none left at 1280x720)
KEY_BESIDE_RATIO = 1.6


def key_html(names, beside: bool = False) -> str:
    """The curves' key as rich text: a coloured line and a name per curve, one per line
    (``beside``) or wrapping to any width."""
    parts = []
    for i, name in enumerate(names[:MAX_LEGEND]):
        colour = colors.current().series[i % SERIES]
        swatch = _SWATCHES[(i // SERIES) % len(_SWATCHES)]
        parts.append(f"<span style='color:{colour}'><b>{swatch}</b></span>&nbsp;"
                     f"{name.replace(' ', '&nbsp;')}")
    if len(names) > MAX_LEGEND:
        # a plain name as n: pyside6-lupdate drops a call whose n is an expression
        hidden = len(names) - MAX_LEGEND
        more = translate("NeuronHealth", "(+%n more)", None, hidden)
        parts.append(more.replace(" ", "&nbsp;"))
    return ("<br>" if beside else " &nbsp; ").join(parts)


def series_pen(i: int, scale: float = 1.0):
    """The i-th curve's pen: Okabe-Ito colours, then the same with dashes."""
    return style.pen(colors.current().series[i % SERIES], scale=scale,
                     style=_DASHES[(i // SERIES) % len(_DASHES)])


MAX_POINTS = 4000       # per curve; see SeriesPlot._thin


class SeriesPlot(QWidget):
    """One plot of several series against epoch; ``set_series(names)`` recreates the curves
    (and forgets the points), ``append(epoch, values (len(names),))``, ``flush()``.
    ``rescaled`` is emitted when its text size changed (the room it needs changed)."""

    rescaled = Signal()

    def __init__(self, y_label: str, log_y: bool, parent=None):
        super().__init__(parent)
        self.view = style.new_view()
        # a log axis labels only 1, 2 and 5 times a power of ten: no overlapping minor labels
        axes = {"left": LossAxis("left")} if log_y else None
        self.plot = self.view.addPlot(row=0, col=0, axisItems=axes)
        self.plot.setLabel("left", y_label)
        self.plot.setLabel("bottom", translate("NeuronHealth", "epoch"))
        self.plot.setLogMode(y=log_y)
        self.plot.showGrid(x=True, y=True, alpha=style.GRID_ALPHA)
        self.plot.setMenuEnabled(False)
        self.plot.getAxis("left").enableAutoSIPrefix(False)   # no "(x0.001)" in the label
        # a key beside or under the plot, not a legend over it: the newest points are at
        # the right edge (see KEY_BESIDE_RATIO)
        self.key = QLabel(self)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_beside = None
        self._scale = 1.0
        self.log_y = log_y
        self.names: tuple[str, ...] = ()
        self.curves: list[pg.PlotDataItem] = []
        self.epochs = GrowingArray()
        self.values: list[GrowingArray] = []
        self._dirty = False
        self._box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self.view, 1)
        self._box.addWidget(self.key)
        self.set_font_scale(1.0)
        self._place_key(False)

    def set_font_scale(self, factor: float) -> None:
        """Axis text and curves ``factor`` times larger (projection mode); the key keeps
        the panel's font, which projection mode enlarges."""
        self._scale = float(factor)
        style.style_plot(self.plot, self._scale)
        self.plot.getAxis("left").setWidth(int(64 * self._scale))
        for i, curve in enumerate(self.curves):
            curve.setPen(series_pen(i, self._scale))
        self.rescaled.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        size = event.size()
        self._place_key(size.width() >= KEY_BESIDE_RATIO * size.height())

    def _place_key(self, beside: bool) -> None:
        if beside == self.key_beside:
            return
        self.key_beside = beside
        self._box.setDirection(QBoxLayout.Direction.LeftToRight if beside else
                               QBoxLayout.Direction.TopToBottom)
        self.key.setWordWrap(not beside)
        self.key.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                              if beside else Qt.AlignmentFlag.AlignCenter)
        self.key.setText(key_html(self.names, beside))

    def chrome_width(self, width: int, height: int) -> int:
        """Pixels this plot needs besides its data area across: the axis at the left, the
        margins and, beside the plot, the key."""
        margins = self.view.ci.layout.getContentsMargins()
        out = int(self.plot.getAxis("left").width() + margins[0] + margins[2]) + 4
        if width >= KEY_BESIDE_RATIO * height and self.names:
            self.key.setWordWrap(False)
            self.key.setText(key_html(self.names, True))
            out += self.key.sizeHint().width() + self._box.spacing()
            self.key.setWordWrap(not self.key_beside)
            self.key.setText(key_html(self.names, bool(self.key_beside)))
        return out

    def chrome_height(self, width: int, height: int) -> int:
        """Pixels this plot needs besides its data area at ``width`` x ``height``: the
        axis under it, the layout's margins and, under the plot, the key."""
        margins = self.view.ci.layout.getContentsMargins()
        axis = self.plot.getAxis("bottom")
        out = int(axis.minimumHeight() + margins[1] + margins[3]) + 4
        if width < KEY_BESIDE_RATIO * height:
            self.key.setWordWrap(True)
            out += self.key.heightForWidth(width)
            self.key.setWordWrap(not self.key_beside)
        return out

    def set_series(self, names) -> None:
        """New curves, one per name, and no points; nothing happens if names are the same."""
        names = tuple(names)
        if names == self.names:
            return
        self.clear()
        for curve in self.curves:
            self.plot.removeItem(curve)
        self.names = names
        self.curves = []
        for i, name in enumerate(names):
            curve = pg.PlotDataItem(pen=series_pen(i, self._scale), connect="finite",
                                    name=name)
            self.plot.addItem(curve)
            self.curves.append(curve)
        self.values = [GrowingArray() for _ in names]
        self.epochs.clear()
        self.key.setText(key_html(names, bool(self.key_beside)))

    def clear(self) -> None:
        self.epochs.clear()
        for v in self.values:
            v.clear()
        for curve in self.curves:
            curve.setData([], [])
        self._dirty = False

    def append(self, epoch: float, values) -> None:
        values = np.asarray(values, dtype=float)
        if self.log_y:      # log of 0: leave a gap rather than an axis down to 1e-300
            values = np.where(values > 0, values, np.nan)
        self.epochs.append(epoch)
        for store, v in zip(self.values, values):
            store.append(v)
        if len(self.epochs) > MAX_POINTS:
            self._thin()
        self._dirty = True

    def _thin(self) -> None:
        """Every other point: memory and drawing stay bounded through a class-long run
        (10 points a second would be 36,000 an hour), and the trend is unchanged."""
        for store in (self.epochs, *self.values):
            kept = store.view()[::2].copy()
            store.clear()
            store.extend(kept)

    def __len__(self) -> int:
        return len(self.epochs)

    def flush(self) -> None:
        """Draw the points appended since the last flush."""
        if not self._dirty:
            return
        self._dirty = False
        x = self.epochs.view()
        for curve, store in zip(self.curves, self.values):
            curve.setData(x, store.view())


class AlphaPlot(QWidget):
    """PReLU alphas against epoch, or one line of text when the network has no PReLU."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.series = SeriesPlot(translate("NeuronHealth", "alpha"), log_y=False, parent=self)
        self.series.setToolTip(translate("NeuronHealth", "The slope alpha each PReLU neuron "
                                         "uses for z < 0, as training learns it. 0: like ReLU; "
                                         "1: linear."))
        self.none = QLabel(translate("NeuronHealth", "The network has no PReLU neuron. Add one "
                                     "to watch its slope alpha for z < 0 being learned."), self)
        self.none.setWordWrap(True)
        self.none.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.series)
        layout.addWidget(self.none)
        self.keys: tuple[tuple[int, int], ...] = ()
        self.series.hide()

    def set_neurons(self, keys, names) -> None:
        """keys: ((layer, unit), ...) of the PReLU neurons; names: their legend entries."""
        keys = tuple(keys)
        if keys != self.keys:
            self.keys = keys
            self.series.set_series(names)
        self.series.setVisible(bool(keys))
        self.none.setVisible(not keys)

    def showing_plot(self) -> bool:
        return bool(self.keys)
