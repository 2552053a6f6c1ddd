"""Views that work for any data, and the only ones for data without a plane (digits, CSV):
first-layer weights as images, one sample's numbers through the network, the confusion
matrix. Fed by ``LiveViews`` once per frame, and only while this panel is visible.

For pixel inputs (a square image, e.g. the 8 x 8 digits) the panel also has test-time
**Brightness** and **Contrast** sliders: they change the *raw* test images as a lighter,
darker or flatter scan would, before the file's own input pipeline (``bundle.inputs``:
feature transform, then normalisation with the training data's mean and std) maps them to
network inputs -- the order real use would have. With raw pixels in [lo, hi] (digits:
0 = paper, 16 = ink, drawn dark on white) the change is

    x' = clip(contrast * (x - mid) + mid - brightness * step, lo, hi),
    mid = (lo + hi) / 2, step = (hi - lo) / 16 (one of the digits' 16 ink levels),

so brightness +4 takes four levels of ink off every pixel (lighter) and -2 adds two (the
paper turns grey); contrast scales the distance from mid-grey. Training images never
change. The test accuracy at the setting is shown next to the sliders, and the sample
browser and the confusion matrix show the changed test images. Other views measure a
network on the same changed images through ``DataViews.test_accuracy`` (the Compare
trials table does, for each trial) and follow ``testImagesChanged``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import analysis
from gui.i18n import number, translate
from gui.plots import style
from gui.plots.confusion import ConfusionMatrix
from gui.plots.sample_browser import SampleBrowser
from gui.plots.weight_images import WeightImages, image_side
from gui.wheel_inputs import Slider

LEVELS = 16                     # brightness steps across the pixel range (digits: 0..16)
MAX_BRIGHTNESS = 8              # slider: -8 .. +8 steps
CONTRAST_RANGE = (25, 200)      # slider in percent
WIDE_PX = 560                   # from this width (more for larger text): sliders on one row


def adjust_images(X: np.ndarray, brightness: float, contrast: float, lo: float,
                  hi: float) -> np.ndarray:
    """X: (n, n_pixels) raw pixels in [lo, hi] -> (n, n_pixels) as a scan ``brightness``
    steps lighter (negative: darker) with ``contrast`` times the contrast (module doc)."""
    mid, step = (lo + hi) / 2.0, (hi - lo) / LEVELS
    return np.clip(contrast * (np.asarray(X, dtype=float) - mid) + mid - brightness * step,
                   lo, hi)


def threshold_for(net) -> float:
    """Where a single output says "class 1": 0 for a tanh output, else 0.5."""
    return 0.0 if net.activations(-1) == ["tanh"] else 0.5


def brightness_words(brightness: int, contrast: float) -> str:
    """"darker by 2, contrast ×1.50"; "" when the images are unchanged."""
    parts = []
    if brightness > 0:
        parts.append(translate("DataViews", "lighter by {steps}").format(steps=brightness))
    elif brightness < 0:
        parts.append(translate("DataViews", "darker by {steps}").format(steps=-brightness))
    if contrast != 1.0:
        parts.append(translate("DataViews", "contrast \u00d7{factor}").format(
            factor=number(contrast, ".2f")))
    return translate("DataViews", ", ").join(parts)


class TestImageAdjust(QWidget):
    """Brightness and contrast sliders, a reset button, the test accuracy at the setting
    and a sentence on normalisation. ``changed()`` when a slider moves."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("testImageAdjust")
        self.brightness = Slider(Qt.Orientation.Horizontal)
        self.brightness.setRange(-MAX_BRIGHTNESS, MAX_BRIGHTNESS)
        self.brightness.setToolTip(
            translate("DataViews", "Make the test images lighter (right: less ink) or darker "
                      "(left: more ink, grey paper), as a different scan would. Training "
                      "images do not change."))
        self.contrast = Slider(Qt.Orientation.Horizontal)
        self.contrast.setRange(*CONTRAST_RANGE)
        self.contrast.setValue(100)
        self.contrast.setToolTip(
            translate("DataViews", "Contrast of the test images: left flattens every pixel "
                      "towards mid-grey, right pushes ink and paper apart. Training images do "
                      "not change."))
        for slider in (self.brightness, self.contrast):
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.valueChanged.connect(self._moved)
        self.contrast.setTickInterval(25)
        self.brightness_value, self.contrast_value = QLabel(), QLabel()
        self.reset = QPushButton(translate("DataViews", "Reset"))
        self.reset.setToolTip(translate("DataViews", "Back to the unchanged test images"))
        self.reset.clicked.connect(self.reset_values)
        self.accuracy = QLabel()
        self.accuracy.setToolTip(translate("DataViews", "Share of the test samples the network "
                                           "gets right with the images as changed here"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self._scale = 1.0
        self._layout()
        self.set_font_scale(1.0)
        self._moved()

    def _layout(self) -> None:
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 4, 8, 6)
        self.labels = [QLabel(translate("DataViews", "Brightness")),
                       QLabel(translate("DataViews", "Contrast"))]
        self._wide = None
        self._arrange(False)

    def _arrange(self, wide: bool) -> None:
        """Both sliders on one row when the panel is wide (a projector's large text needs
        every line of height the pictures can get), else one row each."""
        if wide == self._wide:
            return
        self._wide = wide
        grid = self.grid
        rows = ((self.labels[0], self.brightness, self.brightness_value),
                (self.labels[1], self.contrast, self.contrast_value))
        for r, row in enumerate(rows):       # wide: column 3 is a gap between the two
            for c, w in enumerate(row):
                grid.addWidget(w, 0 if wide else r, c + (4 * r if wide else 0))
        for c in range(7):
            grid.setColumnStretch(c, 1 if c in ((1, 5) if wide else (1,)) else 0)
        grid.setColumnMinimumWidth(3, 24 if wide else 0)
        top, last = (1, 6) if wide else (2, 2)
        grid.addWidget(self.accuracy, top, 0, 1, last)
        grid.addWidget(self.reset, top, last)
        grid.addWidget(self.explain, top + 1, 0, 1, last + 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width() >= WIDE_PX + 150 * max(0.0, self._scale - 1.0))

    def values(self) -> tuple[int, float]:
        """(brightness in steps, contrast factor)."""
        return self.brightness.value(), self.contrast.value() / 100.0

    def set_values(self, brightness: int, contrast: float) -> None:
        self.brightness.setValue(int(brightness))
        self.contrast.setValue(int(round(contrast * 100)))

    def reset_values(self) -> None:
        self.set_values(0, 1.0)

    def _moved(self, *_) -> None:
        b, c = self.values()
        if b > 0:
            text = translate("DataViews", "+{steps} lighter").format(steps=b)
        elif b < 0:
            text = translate("DataViews", "\u2212{steps} darker").format(steps=-b)
        else:
            text = translate("DataViews", "0 unchanged")
        self.brightness_value.setText(text)
        self.contrast_value.setText(f"\u00d7{number(c, '.2f')}")
        self.reset.setEnabled(b != 0 or c != 1.0)
        self.changed.emit()

    def set_accuracy(self, changed: float | None, unchanged: float | None) -> None:
        if changed is None:
            self.accuracy.setText(translate("DataViews", "Test accuracy: train the network "
                                            "first"))
        elif self.values() == (0, 1.0):
            self.accuracy.setText(translate("DataViews", "<b>Test accuracy {accuracy} %</b> "
                                            "(images unchanged)").format(
                accuracy=number(100 * changed, ".1f")))
        else:
            self.accuracy.setText(translate("DataViews", "<b>Test accuracy {accuracy} %</b> "
                                            "with these images ({unchanged} % unchanged)")
                                  .format(accuracy=number(100 * changed, ".1f"),
                                          unchanged=number(100 * unchanged, ".1f")))

    def set_data_range(self, lo: float, hi: float, normalised: bool) -> None:
        self.explain.setText(
            translate("DataViews", "Normalised inputs: each changed pixel is then rescaled by "
                      "its mean and spread in the training data.") if normalised else
            translate("DataViews", "Not normalised: the network gets the changed pixels ({low} "
                      "to {high}) as they are.").format(low=number(lo), high=number(hi)))

    def set_font_scale(self, factor: float) -> None:
        self._scale = float(factor)
        for w in (*self.labels, self.brightness_value, self.contrast_value, self.reset,
                  self.accuracy, self.explain):
            style.style_widget_font(w, self._scale)
        widest_words = max((translate("DataViews", "+{steps} lighter").format(steps=4),
                            translate("DataViews", "\u2212{steps} darker").format(steps=4),
                            translate("DataViews", "0 unchanged")), key=len)
        for label, widest in ((self.brightness_value, widest_words),
                              (self.contrast_value, "\u00d70.00")):
            # a fixed width: "+4 lighter" replacing "0 unchanged" must not resize the dock
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(widest) + 4)
        if self.width() > 0:
            self._arrange(self.width() >= WIDE_PX + 150 * max(0.0, self._scale - 1.0))


class DataViews(QWidget):
    """Tabs Weights / Sample / Confusion, with the test-image sliders below them for
    pixel inputs. Forwards the tab widget's API (``currentWidget``, ``setCurrentWidget``,
    ``currentIndex``, ``tabText``, ``currentChanged``). ``testImagesChanged`` when the
    test images the sliders make changed (a slider moved, or other data)."""

    testImagesChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.currentChanged = self.tabs.currentChanged
        self.weights = WeightImages(self)
        self.samples = SampleBrowser(self)
        self.confusion = ConfusionMatrix(self)
        self.tabs.addTab(self.weights, translate("DataViews", "Weights"))
        self.tabs.addTab(self.samples, translate("DataViews", "Sample"))
        self.tabs.addTab(self.confusion, translate("DataViews", "Confusion"))
        self.tabs.setTabToolTip(0, translate("DataViews", "Each first-layer neuron's incoming "
                                             "weights, drawn as a picture when the inputs form "
                                             "one (8x8 digits)"))
        self.tabs.setTabToolTip(1, translate("DataViews", "One sample through the network: "
                                             "every neuron's activation and the predicted "
                                             "class probabilities"))
        self.tabs.setTabToolTip(2, translate("DataViews", "How often each true class (rows) is "
                                             "predicted as each class (columns)"))
        self.adjust = TestImageAdjust(self)
        self.adjust.changed.connect(self._adjustment_changed)
        self.adjust.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.adjust)
        self.bundle = None
        self._net = None
        self._pixels: tuple[float, float] | None = None   # (lo, hi) when adjustable
        self._test_inputs = None                            # adjusted test X for the net

    # -- the tab widget's API ------------------------------------------------------------
    def currentWidget(self):
        return self.tabs.currentWidget()

    def setCurrentWidget(self, widget) -> None:
        self.tabs.setCurrentWidget(widget)

    def currentIndex(self) -> int:
        return self.tabs.currentIndex()

    def tabText(self, index: int) -> str:
        return self.tabs.tabText(index)

    # -- data ----------------------------------------------------------------------------
    def set_bundle(self, bundle) -> None:
        """bundle: a core.experiment.DataBundle or None (no data). Other data (another
        lesson, another file) starts with the test images unchanged."""
        if bundle is not self.bundle:
            self.adjust.blockSignals(True)
            self.adjust.reset_values()
            self.adjust.blockSignals(False)
        self.bundle = bundle
        self._pixels = None
        if bundle is None:
            self.adjust.hide()
            self._test_inputs = None
            self.samples.set_data(np.empty((0, 1)), np.empty(0))
            self.confusion.set_counts(None, None, ())
            self.testImagesChanged.emit()
            return
        raw = bundle.dataset.X
        if bundle.problem == "classification" and image_side(raw.shape[1]) and \
                len(bundle.test[1]) and raw.size and raw.max() > raw.min():
            self._pixels = (float(raw.min()), float(raw.max()))
            self.adjust.set_data_range(*self._pixels, bundle.mean is not None)
        self.adjust.setVisible(self._pixels is not None)
        self._feed_samples()
        self.testImagesChanged.emit()

    def adjustment(self) -> tuple[int, float] | None:
        """(brightness steps, contrast factor) while the sliders change the test images;
        None when they are at rest or the data has no images to change."""
        values = self.adjust.values()
        return None if self._pixels is None or values == (0, 1.0) else values

    def test_images(self) -> tuple[np.ndarray, np.ndarray]:
        """(raw test images as shown, network inputs) at the sliders' setting."""
        raw = self.bundle.raw_test.X
        b, c = self.adjust.values()
        if self._pixels is None or (b, c) == (0, 1.0):
            return raw, self.bundle.test[0]
        shown = adjust_images(raw, b, c, *self._pixels)
        return shown, self.bundle.inputs(shown)

    def _feed_samples(self) -> None:
        bundle = self.bundle
        shown_test, self._test_inputs = self.test_images()
        (Xtr, ytr), (_, yte) = bundle.train, bundle.test
        words = brightness_words(*self.adjust.values()) if self._pixels else ""
        self.samples.set_test_note(words)
        self.confusion.set_test_note(words)
        self.samples.set_data(Xtr, ytr, self._test_inputs, yte, bundle.feature_names,
                              bundle.class_labels, bundle.problem,
                              shown_train=bundle.raw_train.X, shown_test=shown_test)

    def _adjustment_changed(self) -> None:
        if self.bundle is None or self._pixels is None:
            return
        self._feed_samples()
        if self.samples.sample()[0] != "test":     # only the test images change: show one
            self.samples.set_sample("test", self.samples.sample()[1])
        self.confusion.set_split("test")
        if self._net is not None:
            self.update_views(self._net)
        self.testImagesChanged.emit()

    def test_accuracy(self, net) -> float | None:
        """Accuracy of ``net`` on the test images at the sliders' setting."""
        if self.bundle is None or self._test_inputs is None or not len(self._test_inputs):
            return None
        predicted = analysis.predicted_classes(net.forward(self._test_inputs),
                                               threshold_for(net))
        return float(np.mean(predicted == self.bundle.test[1]))

    def update_views(self, net) -> None:
        """net: the document's network (copied where a view keeps it)."""
        bundle = self.bundle
        if bundle is None or bundle.train[0].shape[1] != net.n_inputs:
            return
        self._net = net
        if self._pixels is not None:
            self._update_accuracy(net)
        current = self.currentWidget()
        if current is self.weights:
            self.weights.set_weights(net.params(0)[0])
        elif current is self.samples:
            self.samples.set_network(net.copy())
        elif bundle.problem == "classification":
            self._update_confusion(net)
        else:
            self.confusion.set_counts(None, None, ())

    def _update_accuracy(self, net) -> None:
        changed = self.test_accuracy(net)
        unchanged = changed
        if self.adjust.values() != (0, 1.0):
            predicted = analysis.predicted_classes(net.forward(self.bundle.test[0]),
                                                   threshold_for(net))
            unchanged = float(np.mean(predicted == self.bundle.test[1]))
        self.adjust.set_accuracy(changed, unchanged)

    def _update_confusion(self, net) -> None:
        bundle, k = self.bundle, max(self.bundle.n_classes, 2)
        if net.n_outputs not in (1, bundle.n_classes) or (net.n_outputs == 1 and k > 2):
            # e.g. a neuron dragged into the output layer: its answers are no classes
            outputs = net.n_outputs
            self.confusion.set_counts(None, None, (), translate(
                "DataViews", "the output layer has %n neurons for {classes} classes; give it "
                             "one per class.", None, outputs).format(
                classes=bundle.n_classes))
            return
        counts = []
        for X, y in ((bundle.train[0], bundle.train[1]), (self._test_inputs, bundle.test[1])):
            if X is None or len(y) == 0:
                counts.append(None)
                continue
            predicted = analysis.predicted_classes(net.forward(X), threshold_for(net))
            counts.append(analysis.confusion_counts(y.astype(int), predicted, k))
        self.confusion.set_counts(counts[0], counts[1], bundle.class_labels)
