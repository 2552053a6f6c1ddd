"""Loss (and accuracy) against epoch, for runs of any length.

Every value is kept (``GrowingArray``); what is drawn is a min/max decimation of at most
``max_points`` points per curve (``MinMaxDecimator``), so one more epoch costs the same
after 100 epochs or a million. The curves are created once and fed with ``setData`` when
``flush()`` is called (``set_history``, ``clear`` and the log toggle draw at once), however
many rows were appended in between. In the app the frame scheduler (``gui.frames``) calls
``flush`` as the "loss" live view, at its rate while training; the plot keeps no timer.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from gui.i18n import number, translate
from gui.plots import style
from gui.plots.decimate import GrowingArray, MinMaxDecimator
from gui.plots.style import nice_ceiling

TWO_PLOTS_MIN_HEIGHT = 270     # px (at 12-px text): lower, the accuracy plot gives way
# (a 1280x720 window gives the Loss panel about 205 px: two plots were 27 px strips)
LOG_BOX_MIN_HEIGHT = 160       # px (at 12-px text): lower, the check box's row goes too
TEXT_INTERVAL_S = 0.25         # while training, the title and key numbers change this often
FIELDS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")
SERIES = FIELDS[1:]
_DASH = Qt.PenStyle.DashLine
_ACCURACY_TICKS = [[(0.0, "0"), (50.0, "50"), (100.0, "100")], [(25.0, ""), (75.0, "")]]
# The key's line samples, drawn in text: solid for train, dashed for test (as the curves).
_KEY = (("train_loss", style.TRAIN, "\u2501\u2501"),
        ("test_loss", style.TEST, "\u254d\u254d"))
_GAP = "&nbsp;&nbsp;&nbsp; "     # between key entries; the plain space is where it wraps


def _unbroken(text: str) -> str:
    """One key entry never wraps inside (whatever spaces its translation has)."""
    return text.replace(" ", "&nbsp;")


_TOPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def _round_top(x: float) -> float:
    """The loss axis's top: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten,
    close enough above the first loss to use the plot's height, round enough to change
    rarely."""
    return nice_ceiling(x, _TOPS)


class LossAxis(pg.AxisItem):
    """A left axis whose labels never overlap.

    pyqtgraph spaces ticks by the axis length alone (about log(pixels) of them) and always
    labels the major ones: a 60-pixel loss plot (1280x720, projection mode) got 0.2, 0.4,
    0.6 and 0.8 on top of each other. Here major ticks are spread until each label has
    1.8 lines of room; the finer ones stay as grid lines. On a log scale only 1, 2 and 5
    times a power of ten are labelled (pyqtgraph labels 0.2 0.3 ... 0.9).
    """

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or self.logMode:
            return levels
        line = QFontMetricsF(self.style.get("tickFont") or QFont()).height()
        # labels that fit, plus one: the two at the ends are left out when they would
        # stick out of the axis
        most = max(1.0, size / (1.8 * line)) + 1.0
        major = levels[0][0]
        while (maxVal - minVal) / major > most:
            major = nice_ceiling(major * 1.01)               # 0.2 -> 0.5 -> 1 -> 2
        if major == levels[0][0]:
            return levels
        return [(major, 0), (levels[0][0], 0)]

    def logTickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            x = 10.0 ** float(v) * scale
            mantissa = x / 10.0 ** np.floor(np.log10(x)) if x > 0 else 0.0
            out.append(number(x, ".3g") if round(mantissa) in (1, 2, 5) else "")
        return out


class LossPlot(QWidget):
    """Train/test loss against epoch, with accuracy (%) in a small plot below.

    ``set_history(history)`` replaces everything (history: dict of equal-length lists,
    keys as ``core.training.Trainer.history``; None or a missing key means "no value");
    ``append(epoch, train_loss, test_loss, train_acc, test_acc)`` adds one row, drawn at
    the next ``flush()``.
    """

    def __init__(self, parent: QWidget | None = None, max_points: int = 2000):
        super().__init__(parent)
        self._scale = 1.0
        self._classification = True
        self._data = {f: GrowingArray() for f in FIELDS}
        self._decimators = {s: MinMaxDecimator(max(1, (max_points - 1) // 4)) for s in SERIES}
        self._training = False           # see set_training
        self._text_at = -float("inf")    # when the title and its key were last written
        self._dirty = False
        self._epoch_end = None
        self._loss_range = None       # (low, high) of the loss axis, view coordinates
        self._accuracy_shown = True   # the accuracy plot is in the layout (_arrange_plots)

        self.view = style.new_view()
        self.title = style.WrapLabel(points=style.TITLE_PT)
        self.view.addItem(self.title, row=0, col=0)
        self.loss_plot = self.view.addPlot(row=1, col=0,
                                           axisItems={"left": LossAxis("left")})
        self.accuracy_plot = self.view.addPlot(row=2, col=0)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        self.view.ci.layout.setRowStretchFactor(2, 1)
        self.accuracy_plot.setXLink(self.loss_plot)
        self.accuracy_plot.setYRange(-15, 115, padding=0)
        self.accuracy_plot.setMouseEnabled(y=False)
        self.accuracy_plot.getAxis("left").setTicks(_ACCURACY_TICKS)
        self.accuracy_plot.getAxis("left").setStyle(textFillLimits=[(0, 1.0)])
        self.accuracy_plot.setLabel("left", translate("LossPlot", "acc. %"))
        self.accuracy_plot.setLabel("bottom", translate("LossPlot", "epoch"))
        self.loss_plot.setLabel("left", translate("LossPlot", "loss"))
        self.loss_plot.getAxis("bottom").setStyle(showValues=False)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.showGrid(x=True, y=True, alpha=style.GRID_ALPHA)
            plot.setMenuEnabled(False)
            plot.getAxis("left").setWidth(70)
            for axis in ("left", "bottom"):
                plot.getAxis(axis).enableAutoSIPrefix(False)

        # No legend box on the plot: at 1280x720 it covered the curves. The key, with the
        # latest values, is part of the title row above the plots (see _update_title).
        self._curves = {}
        for name in SERIES:
            plot = self.loss_plot if name.endswith("loss") else self.accuracy_plot
            self._curves[name] = plot.plot(connect="finite")

        self.log_box = QCheckBox(translate("LossPlot", "Log scale"))
        self.log_box.setToolTip(translate(
            "LossPlot", "Show loss on a logarithmic axis: small improvements late in training "
            "stay visible. Zero or negative values are skipped."))
        self.log_box.toggled.connect(self.set_log_y)

        controls = QHBoxLayout()
        controls.setContentsMargins(8, 2, 8, 4)
        controls.addWidget(self.log_box)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(controls)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.vb.sigResized.connect(self._fit_axis_names)
        self.set_font_scale(1.0)
        self._push()

    # ------------------------------------------------------------------ data in
    def set_history(self, history: dict) -> None:
        """Replace all data. history: {field: list}, fields as FIELDS, equal lengths."""
        epochs = np.asarray(history.get("epoch", []), dtype=float).ravel()
        n = len(epochs)
        for name in FIELDS:
            values = history.get(name)
            arr = np.full(n, np.nan) if values is None else np.asarray(values, dtype=float)
            if arr.shape != (n,):
                raise ValueError(f"history[{name!r}] has {arr.size} values but there are "
                                 f"{n} epochs")
            self._data[name].clear()
            self._data[name].extend(arr)
        if n:
            acc = np.concatenate([self._data[s].view() for s in SERIES[2:]])
            self.set_classification(bool(np.isfinite(acc).any()))
        self._rebuild()

    def append(self, epoch, train_loss=None, test_loss=None, train_acc=None,
               test_acc=None) -> None:
        """Add one row; None means "no value" (a gap)."""
        row = (epoch, train_loss, test_loss, train_acc, test_acc)
        values = [np.nan if v is None else float(v) for v in row]
        for name, value in zip(FIELDS, values):
            self._data[name].append(value)
        x = values[0]
        for name, value in zip(SERIES, values[1:]):
            self._decimators[name].append(x, self._shown(name, value))
        self._dirty = True

    def set_training(self, on: bool) -> None:
        """While training, the numbers in the title change at most 4 times a second
        (see ``_push``); when it stops, the last rows and numbers are drawn at once. (A
        timer of the plot's own used to flush between frames, and the paint then fought
        the worker for the GIL: the frame scheduler flushes it while the worker waits.)"""
        self._training = bool(on)
        if on:
            self._text_at = -float("inf")   # the first flush writes them
        else:
            self.flush()
            self._update_title()         # the last numbers, which a frame may have skipped

    def flush(self) -> None:
        """Draw the rows appended since the last drawing."""
        if self._dirty:
            self._push()

    def clear(self) -> None:
        for arr in self._data.values():
            arr.clear()
        self._rebuild()

    def history(self) -> dict[str, np.ndarray]:
        """Everything so far: {field: (n,) float array, NaN where there was no value}."""
        return {name: self._data[name].view() for name in FIELDS}

    def __len__(self) -> int:
        return len(self._data["epoch"])

    # ------------------------------------------------------------------ options
    def set_log_y(self, on: bool) -> None:
        on = bool(on)
        if self.log_box.isChecked() != on:
            self.log_box.setChecked(on)  # comes back here through toggled
            return
        self.loss_plot.setLogMode(False, on)
        self._rebuild()

    def log_y(self) -> bool:
        return self.log_box.isChecked()

    def set_classification(self, on: bool) -> None:
        """Show the accuracy plot (classification) or hide it (regression)."""
        on = bool(on)
        if on == self._classification:
            return
        self._classification = on
        self._arrange_plots()
        self._update_title()

    def _arrange_plots(self) -> None:
        """The accuracy plot under the loss plot for classification, unless the widget is
        too low for two plots (a projector's stage): then the loss plot gets all the room
        and the title's key still gives the test accuracy."""
        shown = self._classification and \
            self.height() >= style.text_height(self, TWO_PLOTS_MIN_HEIGHT)
        if shown == self._accuracy_shown:
            return
        self._accuracy_shown = shown      # (the title's words follow at its next update)
        layout = self.view.ci
        if shown:
            layout.addItem(self.accuracy_plot, row=2, col=0)
            layout.layout.setRowStretchFactor(2, 1)
        else:
            layout.removeItem(self.accuracy_plot)
        self.loss_plot.getAxis("bottom").setStyle(showValues=not shown)
        self.loss_plot.setLabel("bottom", None if shown else translate("LossPlot", "epoch"))
        if not shown:
            style.style_axis(self.loss_plot.getAxis("bottom"), self._scale)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange_plots()
        # low: the check box's row goes to the curve (the setting stays as it was)
        self.log_box.setVisible(self.height() >= style.text_height(self, LOG_BOX_MIN_HEIGHT))

    def accuracy_shown(self) -> bool:
        return self._accuracy_shown

    def is_classification(self) -> bool:
        return self._classification

    def set_font_scale(self, factor: float) -> None:
        self._scale = float(factor)
        for plot in (self.loss_plot, self.accuracy_plot):
            style.style_plot(plot, self._scale)
            plot.getAxis("left").setWidth(int(70 * self._scale))
        for name, curve in self._curves.items():
            colour = style.TRAIN if name.startswith("train") else style.TEST
            dash = Qt.PenStyle.SolidLine if name.startswith("train") else _DASH
            curve.setPen(style.pen(colour, scale=self._scale, style=dash))
        style.style_widget_font(self.log_box, self._scale)
        self._fit_axis_names()
        self._update_title()

    def _fit_axis_names(self, *_) -> None:
        """A left axis shows its name ("loss", "acc. %") only where it fits along the axis,
        measured in the language shown (translations run longer, a projected accuracy plot
        is low); the title's key names both curves all the same."""
        for plot in (self.loss_plot, self.accuracy_plot):
            style.fit_axis_label(plot.getAxis("left"), plot.vb.height(), self._scale)
        # alone and low, the loss plot drops "epoch" under it: the title names the epoch
        style.fit_bottom_label(self.loss_plot, self._scale)

    # ------------------------------------------------------------------ display
    def displayed(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) of one curve as fed to the plot (before pyqtgraph's log mapping)."""
        self.flush()
        return self._shown_xy[name]

    def _shown(self, name: str, value: float) -> float:
        if self.log_y() and name.endswith("loss") and not value > 0:
            return np.nan   # log scale: zero, negative (and NaN) values are skipped
        if name.endswith("accuracy"):
            return value * 100.0
        return value

    def _rebuild(self) -> None:
        x = self._data["epoch"].view()
        for name in SERIES:
            y = np.array(self._data[name].view())
            if name.endswith("accuracy"):
                y *= 100.0
            elif self.log_y():
                y[~(y > 0)] = np.nan
            self._decimators[name].set_data(x, y)
        self._push()

    def _push(self) -> None:
        self._dirty = False
        self._shown_xy = {}
        for name in SERIES:
            x, y = self._decimators[name].points()
            self._shown_xy[name] = (x, y)
            self._curves[name].setData(x, y)
        self._fit_epochs()
        self._fit_losses()
        # Numbers that change 15 times a second cannot be read, and writing the three
        # labels was a third of a flush: while training, 4 times a second.
        now = time.perf_counter()
        if not self._training or now - self._text_at >= TEXT_INTERVAL_S:
            self._text_at = now
            self._update_title()
        # fit the y range now rather than when the plot paints: pyqtgraph fits it in its
        # prepare-for-paint step, which then asks for a second paint (every frame, while
        # training, for a loss that keeps falling)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.vb.prepareForPaint()

    def _fit_epochs(self) -> None:
        """The epoch axis ends at a round number (1, 2 or 5 times a power of ten) at or
        above the last epoch, so it changes a few times per decade: re-laying out both
        x axes on every frame was a tenth of a frame's cost while training."""
        n = len(self)
        last = float(self._data["epoch"].view()[-1]) if n else 1.0
        first = float(self._data["epoch"].view()[0]) if n else 0.0
        end = nice_ceiling(max(last, first + 1.0))
        if end != self._epoch_end:
            self._epoch_end = end
            self.loss_plot.setXRange(min(first, 0.0), end, padding=0.02)

    def _fit_losses(self) -> None:
        """The loss axis from 0 (a loss is never negative) to a round number at or above
        the largest loss shown, or on a log scale from decade to decade: it changes a few
        times per decade. Fitted to every new point, the axis and its grid were drawn
        again at nearly every frame while training."""
        shown = [y[np.isfinite(y)] for name, (_, y) in self._shown_xy.items()
                 if name.endswith("loss")]
        values = np.concatenate(shown) if shown else np.empty(0)
        if self.log_y():
            values = values[values > 0]
            if values.size:
                low = float(np.floor(np.log10(values.min())))
                high = max(float(np.ceil(np.log10(values.max()))), low + 1.0)
            else:
                low, high = -3.0, 0.0
        else:
            top = float(values.max()) if values.size else 0.0
            low, high = 0.0, _round_top(top) if top > 0 else 1.0
        if (low, high) != self._loss_range:
            self._loss_range = (low, high)
            self.loss_plot.setYRange(low, high, padding=0.04)

    def _update_title(self) -> None:
        """The title row: epoch, the key (line sample, name, latest loss) and the test
        accuracy. It wraps between entries in a narrow dock, never inside one."""
        n = len(self)
        last = {name: self._data[name].view()[-1] if n else np.nan for name in FIELDS}
        if not n:
            parts = [translate("LossPlot", "Loss: not trained yet")]
        else:
            epoch = float(last["epoch"])
            epoch = number(epoch, ",.0f") if epoch.is_integer() else number(epoch, "g")
            parts = [(translate("LossPlot", "Epoch {epoch}") if self._low() else
                      translate("LossPlot", "Loss after epoch {epoch}")).format(epoch=epoch)]
        for (name, colour, sample), word in zip(_KEY, (translate("LossPlot", "train"),
                                                       translate("LossPlot", "test"))):
            value = last[name]
            value = f"&nbsp;{number(value, '.4g')}" if np.isfinite(value) else ""
            parts.append(f"<span style='color:{colour}'><b>{sample}</b></span>"
                         f"&nbsp;{_unbroken(word)}{value}")
        if n and self._classification and np.isfinite(last["test_accuracy"]):
            accuracy = (translate("LossPlot", "test acc. {accuracy}%") if self._low() else
                        translate("LossPlot", "test accuracy {accuracy}%"))
            parts.append(_unbroken(accuracy.format(
                accuracy=number(100 * last["test_accuracy"], ".1f"))))
        self.title.set_text(_GAP.join(parts), self._scale)

    def _low(self) -> bool:
        """Too low for the accuracy plot (see _arrange_plots): a shorter title too."""
        return self._classification and not self._accuracy_shown

    def key_rect(self):
        """The key's rectangle in scene coordinates (it is the title row)."""
        return self.title.sceneBoundingRect()

    def export_item(self):
        """What export_plot() draws: the whole layout (both plots and the key)."""
        return self.view.ci
