"""One sample at a time: its input, every layer's activations and the network's answer.

For data that is not a 2-D plane (digits, CSV tables) this is the picture of "what the
network does": the input (an 8 x 8 picture when the inputs are pixels, else a bar per
feature), one row of coloured cells per layer, and the class probabilities with the true
class framed and the predicted class in blue. The network runs on the one sample only.
Items are created when a shape changes and fed with setImage/setOpts afterwards.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import analysis
from gui import colors
from gui.i18n import number, translate
from gui.plots import colormap, style
from gui.plots.sample_outputs import ActivationRows, HoverImage, OutputBars, outward
from gui.plots.weight_images import image_side
from gui.wheel_inputs import Slider, SpinBox

SPLITS = ("train", "test")
_MAX_VALUE_TEXTS = 16            # feature bars with their value written beside them


class SampleBrowser(QWidget):
    """Browse the samples of the train or test set and see how the network answers.

    ``set_data(X_train, y_train, X_test, y_test, feature_names, class_names, problem)``
    with X: (n, n_inputs) as fed to the network, y: (n,) class indices or values;
    ``set_network(net)`` (a ``core.network.Network`` the caller does not change while it
    is shown: pass a copy; None clears); ``set_sample(split, index)`` (index clamped).
    ``sampleChanged(split, index)`` is emitted whenever the shown sample changes.
    """

    sampleChanged = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._scale = 1.0
        self._data = {s: (np.empty((0, 0)), np.empty(0)) for s in SPLITS}
        self._features: tuple[str, ...] = ()
        self._classes: tuple[str, ...] = ()
        self._problem = "classification"
        self._range = (0.0, 1.0)          # input values over all samples (picture greys)
        self._split, self._index = "train", 0
        self._net = None
        self._layers: list[np.ndarray] = []   # this sample's activations, (units,) each
        self._title = ""
        self._test_note = ""              # how the test images were changed, if they were
        self._shown = {s: self._data[s][0] for s in SPLITS}   # what the input view draws
        self._make_controls()
        self._make_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.controls)
        layout.addWidget(self.view, 1)
        self.set_font_scale(1.0)
        self._refresh()

    # ------------------------------------------------------------------ construction
    def _make_controls(self) -> None:
        self.train_button = QRadioButton(translate("SampleBrowser", "Train"))
        self.test_button = QRadioButton(translate("SampleBrowser", "Test"))
        self.train_button.setChecked(True)
        self.train_button.setToolTip(translate(
            "SampleBrowser", "Browse the training samples (the network learns from these)."))
        self.test_button.setToolTip(translate(
            "SampleBrowser", "Browse the test samples (never trained on: they show how well "
            "the network generalises)."))
        self.split_group = QButtonGroup(self)
        for button in (self.train_button, self.test_button):
            self.split_group.addButton(button)
        self.split_group.buttonToggled.connect(self._on_split_toggled)
        self.prev_button, self.next_button = QToolButton(), QToolButton()
        self.prev_button.setText("◀")       # text, not an arrow icon: it grows with the font
        self.next_button.setText("▶")
        self.prev_button.setToolTip(translate("SampleBrowser", "Previous sample"))
        self.next_button.setToolTip(translate("SampleBrowser", "Next sample"))
        self.prev_button.clicked.connect(lambda: self._go(self._index - 1))
        self.next_button.clicked.connect(lambda: self._go(self._index + 1))
        self.spin = SpinBox()
        self.spin.setToolTip(translate("SampleBrowser",
                                       "Number of the sample to show (1 is the first)"))
        self.spin.setKeyboardTracking(False)
        self.spin.valueChanged.connect(lambda v: self._go(v - 1))
        self.count = QLabel()
        self.slider = Slider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(translate("SampleBrowser", "Drag to run through the samples"))
        self.slider.valueChanged.connect(self._go)
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(8, 4, 8, 2)
        for w in (self.train_button, self.test_button, self.prev_button, self.spin,
                  self.count, self.next_button):
            self.controls.addWidget(w)
        self.controls.addWidget(self.slider, 1)

    def _make_view(self) -> None:
        self.view = style.new_view()
        self.title = style.WrapLabel(points=style.TITLE_PT)
        self.view.addItem(self.title, row=0, col=0, colspan=2)
        self.input_plot = self.view.addPlot(row=1, col=0)
        self.outputs = OutputBars()
        self.view.addItem(self.outputs.plot, row=1, col=1)
        self.rows = ActivationRows()
        self.view.addItem(self.rows.caption, row=2, col=0, colspan=2)
        self.view.addItem(self.rows.plot, row=3, col=0, colspan=2)
        self.view.ci.layout.setColumnStretchFactor(0, 1)
        self.view.ci.layout.setColumnStretchFactor(1, 1)
        self.view.ci.layout.setRowStretchFactor(1, 3)
        self.view.ci.layout.setRowStretchFactor(3, 1)

        plot = self.input_plot
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.invertY(True)                 # row 0 / feature 1 at the top
        self.input_image = HoverImage(self._pixel_tooltip)
        self.input_bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[])
        plot.addItem(self.input_image)
        plot.addItem(self.input_bars)
        self.value_texts: list[pg.TextItem] = []

    # ------------------------------------------------------------------ input
    def set_data(self, X_train, y_train, X_test=None, y_test=None, feature_names=(),
                 class_names=(), problem: str = "classification", *, shown_train=None,
                 shown_test=None) -> None:
        """X: (n, n_inputs) network inputs, y: (n,); test may be None. Keeps the index
        (clamped) so the same sample stays in view when the data is rebuilt.

        shown_train / shown_test: optional (n, n_inputs) values to *draw* as the input
        instead of X, e.g. ``DataBundle.raw_train.X`` before normalising (pixels 0-16 read
        as a digit; z-scored pixels hardly do). Ignored when the shape differs from X.
        """
        width = None
        self._shown = {}
        for split, X, y, shown in (("train", X_train, y_train, shown_train),
                                   ("test", X_test, y_test, shown_test)):
            X = np.empty((0, 0)) if X is None else np.asarray(X, dtype=float)
            y = np.empty(0) if y is None else np.asarray(y).ravel()
            if X.size and (X.ndim != 2 or len(X) != len(y)):
                raise ValueError(f"{split}: X must be (n, n_inputs) with one target per "
                                 f"row, got X {X.shape} and y {y.shape}")
            if X.size and width is not None and X.shape[1] != width:
                raise ValueError(f"train has {width} features but test has {X.shape[1]}")
            width = X.shape[1] if X.size else width
            self._data[split] = (X, y)
            shown = None if shown is None else np.asarray(shown, dtype=float)
            self._shown[split] = shown if shown is not None and shown.shape == X.shape else X
        n = width or 0
        names = tuple(feature_names)
        self._features = names if len(names) == n else tuple(f"x{i + 1}" for i in range(n))
        self._problem = problem
        self._classes = tuple(class_names)
        filled = [X for X in self._shown.values() if X.size]
        self._range = (min(float(X.min()) for X in filled),
                       max(float(X.max()) for X in filled)) if filled else (0.0, 1.0)
        self._setup_input(n)
        self.test_button.setEnabled(len(self._data["test"][0]) > 0)
        if not len(self._data[self._split][0]) and len(self._data["train"][0]):
            self._split = "train"
        self._go(self._index, force=True)

    def set_test_note(self, text: str) -> None:
        """Words on how the test images were changed (e.g. "brightness −2 (darker)"), said
        in the title of every test sample; "" when they are as loaded."""
        if text != self._test_note:
            self._test_note = text
            self._refresh()

    def set_network(self, net) -> None:
        """The network to run on the shown sample (None: inputs only)."""
        self._net = net
        self._refresh()

    def set_sample(self, split: str, index: int) -> None:
        """Show sample ``index`` (0-based, clamped) of "train" or "test"."""
        if split not in SPLITS:
            raise ValueError(f"split must be 'train' or 'test', got {split!r}")
        if split != self._split and len(self._data[split][0]):
            self._split = split
            self._go(index, force=True)
        else:
            self._go(index)

    # ------------------------------------------------------------------ reading
    def sample(self) -> tuple[str, int]:
        return self._split, self._index

    def layer_values(self) -> list[np.ndarray]:
        """This sample's activations, one (units,) array per layer, as drawn."""
        return list(self._layers)

    def probabilities(self) -> np.ndarray:
        """The values drawn as output bars (class probabilities, or outputs)."""
        return self.outputs.values()

    # ------------------------------------------------------------------ navigation
    def _count(self) -> int:
        return len(self._data[self._split][0])

    def _go(self, index: int, force: bool = False) -> None:
        n = self._count()
        index = int(min(max(int(index), 0), max(n - 1, 0)))
        changed = index != self._index
        self._index = index
        self._sync_controls()
        if changed or force:
            self._refresh()
            if n:
                self.sampleChanged.emit(self._split, self._index)

    def _sync_controls(self) -> None:
        n = self._count()
        for w, value in ((self.spin, self._index + 1), (self.slider, self._index)):
            w.blockSignals(True)
            w.setRange(1 if w is self.spin else 0, max(n, 1) if w is self.spin else
                       max(n - 1, 0))
            w.setValue(value)
            w.blockSignals(False)
        self.count.setText(translate("SampleBrowser", "of {count}", "after the sample's "
                                     "number: 3 of 100").format(count=n))
        button = self.train_button if self._split == "train" else self.test_button
        if not button.isChecked():
            self.split_group.blockSignals(True)
            button.setChecked(True)
            self.split_group.blockSignals(False)
        for w in (self.spin, self.slider):
            w.setEnabled(n > 1)
        self.prev_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < n - 1)

    def _on_split_toggled(self, button, checked: bool) -> None:
        if checked:
            self.set_sample("train" if button is self.train_button else "test", self._index)

    # ------------------------------------------------------------------ drawing
    def _refresh(self) -> None:
        X, y = self._data[self._split]
        if not len(X):
            self._layers = []
            self.input_image.setVisible(False)
            self.input_bars.setVisible(False)
            self.rows.set_layers([], [])
            self.outputs.clear(translate("SampleBrowser", "no data"))
            self._set_title(translate("SampleBrowser", "<b>No data to browse yet.</b> Choose a "
                                                       "data set."))
            return
        x, target = X[self._index], y[self._index]
        self._draw_input(self._shown[self._split][self._index])
        net = self._net
        if net is not None and net.n_inputs != len(x):
            net = None
            note = translate("SampleBrowser", "The network has {inputs} inputs but the data has "
                                              "{features} features.").format(
                inputs=self._net.n_inputs, features=len(x))
        else:
            note = "" if net is not None else translate("SampleBrowser", "No network yet.")
        if net is None:
            self._layers = []
            self.rows.set_layers([], [])
            self.outputs.clear(note)
            self._set_title(self._sample_words(target) + (f"<br>{note}" if note else ""))
            return
        self._layers = [a[0] for _, a in net.forward_layers(x[None, :])]
        names = [translate("SampleBrowser", "hidden {number}", "a row of activations").format(
            number=i + 1) for i in range(len(self._layers) - 1)]
        names.append(translate("SampleBrowser", "output", "a row of activations"))
        self.rows.set_layers(self._layers, names)
        self._set_title(self._sample_words(target, self._answer(net, target)))

    def _answer(self, net, target) -> tuple[str, bool] | None:
        """Shows the network's answer on the bars; (predicted class name, right) for the
        title, None for regression."""
        out = self._layers[-1]
        if self._problem == "regression":
            self.outputs.show_regression(float(out[0]), float(target), self._target_range())
            return None   # the value changes every frame: on its bar, not in the title
        acts = net.activations(-1)
        k = max(len(self._classes), len(out) if len(out) > 1 else 2)
        names = list(self._classes) + [str(i) for i in range(len(self._classes), k)]
        if len(out) == 1:
            tanh = acts == ["tanh"]
            p1 = (out[0] + 1) / 2 if tanh else out[0]
            values, kind = np.array([1.0 - p1, p1]), "probability"
            predicted = int(analysis.predicted_classes(out[None, :], 0.0 if tanh else 0.5)[0])
        else:
            values = out
            kind = "probability" if set(acts) == {"softmax"} else "output"
            predicted = int(analysis.predicted_classes(out[None, :])[0])
        self.outputs.show_classes(values, names[:len(values)], int(target), predicted, kind)
        name = names[predicted] if predicted < len(names) else str(predicted)
        return name, predicted == int(target)

    def _sample_words(self, target, answer: tuple[str, bool] | None = None) -> str:
        """The title (rich text): which sample, its target and the network's ``answer``."""
        if self._split == "train":
            sample = translate("SampleBrowser", "Training sample {index} of {count}")
        elif self._test_note:
            sample = translate("SampleBrowser", "Test sample {index} of {count} ({note})")
        else:
            sample = translate("SampleBrowser", "Test sample {index} of {count}")
        sample = sample.format(index=self._index + 1, count=self._count(), note=self._test_note)
        if self._problem == "regression":
            return translate("SampleBrowser", "{sample}: target {target}").format(
                sample=sample, target=number(float(target), ".3g"))
        t = int(target)
        true = self._classes[t] if t < len(self._classes) else t
        if answer is None:
            text = translate("SampleBrowser", "{sample}: true class <b>{true}</b>")
        elif answer[1]:
            text = translate("SampleBrowser", "{sample}: true class <b>{true}</b> &nbsp; "
                                              "predicted <b>{predicted}</b> (right)")
        else:
            text = translate("SampleBrowser", "{sample}: true class <b>{true}</b> &nbsp; "
                                              "predicted <b>{predicted}</b> (wrong)")
        return text.format(sample=sample, true=true, predicted=answer[0] if answer else "")

    def _target_range(self) -> tuple[float, float]:
        ys = [y for _, y in self._data.values() if len(y)]
        y = np.concatenate(ys).astype(float)
        return float(y.min()), float(y.max())

    def _set_title(self, html: str) -> None:
        if html != self._title:       # a new text relayouts the view: only when it changes
            self._title = html
            self.title.set_text(html, self._scale)

    def _setup_input(self, n: int) -> None:
        side = image_side(n) if n else None
        plot, left = self.input_plot, self.input_plot.getAxis("left")
        self.input_image.setVisible(side is not None)
        self.input_bars.setVisible(side is None and n > 0)
        for name in ("left", "bottom"):
            (plot.showAxis if side is None and n else plot.hideAxis)(name)
        for text in self.value_texts:
            plot.removeItem(text)
        self.value_texts = []
        if side is not None:
            plot.setAspectLocked(True)
            plot.setTitle(translate("SampleBrowser", "input: {side}×{side} pixels").format(
                side=side))
            plot.setRange(xRange=(0, side), yRange=(0, side), padding=0.02)
        else:
            plot.setAspectLocked(False)
            plot.setTitle((translate("SampleBrowser", "input: %n feature", None, n) if n == 1
                           else translate("SampleBrowser", "input: %n features", None, n))
                          if n else "")
            left.setTicks([[(i, name) for i, name in enumerate(self._features)], []])
            lo, hi = min(self._range[0], 0.0), max(self._range[1], 0.0)
            pad = 0.3 * (hi - lo or 1.0)          # room for the values written
            plot.setRange(xRange=(lo - pad, hi + pad), yRange=(-0.6, max(n, 1) - 0.4),
                          padding=0)
            if n <= _MAX_VALUE_TEXTS:
                for _ in range(n):
                    text = pg.TextItem(anchor=(0, 0.5), color=style.FOREGROUND)
                    text.setFont(style.font(style.TICK_PT, self._scale))
                    plot.addItem(text, ignoreBounds=True)
                    self.value_texts.append(text)
        style.style_plot(plot, self._scale)
        outward(left, self._scale)
        self._style_titles()

    def _draw_input(self, x: np.ndarray) -> None:
        lo, hi = self._range
        side = image_side(len(x))
        if side is not None:   # dark ink on white, as the digits were written (light
            # ink on the dark scheme's black); one grey scale for all samples: a lighter
            # or darker image must look it
            grey = colormap.lut_indices(x.reshape(side, side), lo, hi, 256)
            if not colors.current().dark:
                grey = 255 - grey
            rgba = np.empty((side, side, 4), dtype=np.uint8)
            rgba[..., :3] = grey[..., None]
            rgba[..., 3] = 255
            self.input_image.setImage(rgba, autoLevels=False)
            self.input_image.setRect(0, 0, side, side)
            self.input_image.values = x.reshape(side, side)
            return
        m = max(abs(lo), abs(hi)) or 1.0
        colours = colormap.to_rgba(x, -m, m)
        self.input_bars.setOpts(x0=np.minimum(x, 0), width=np.abs(x), y=np.arange(len(x)),
                                height=0.7, brushes=[pg.mkBrush(*c) for c in colours],
                                pen=pg.mkPen(style.GREY, width=1))
        for i, text in enumerate(self.value_texts):
            text.setText(number(float(x[i]), ".3g"))
            text.setAnchor((0, 0.5) if x[i] >= 0 else (1, 0.5))
            text.setPos(x[i], i)

    def _pixel_tooltip(self, row: int, col: int, value: float) -> str:
        side = image_side(len(self._features)) or 1
        return translate("SampleBrowser", "pixel {pixel} (row {row}, column {column}): "
                                          "{value}").format(
            pixel=row * side + col + 1, row=row + 1, column=col + 1,
            value=number(float(value), ".3g"))

    # ------------------------------------------------------------------ look
    def _style_titles(self) -> None:
        size = style.css_size(style.LABEL_PT, self._scale)
        self.input_plot.titleLabel.setText(self.input_plot.titleLabel.text, size=size,
                                           color=style.FOREGROUND)

    def set_font_scale(self, factor: float) -> None:
        self._scale = float(factor)
        for w in (self.train_button, self.test_button, self.spin, self.count,
                  self.prev_button, self.next_button):
            style.style_widget_font(w, self._scale)
        style.style_plot(self.input_plot, self._scale)
        outward(self.input_plot.getAxis("left"), self._scale)
        for text in self.value_texts:
            text.setFont(style.font(style.TICK_PT, self._scale))
        self._style_titles()
        self.outputs.set_font_scale(self._scale)
        self.rows.set_font_scale(self._scale)
        self.title.set_text(self._title, self._scale)

    def export_item(self):
        return self.view.ci
