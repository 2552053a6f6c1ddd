"""Confusion matrix: which classes the network mixes up, on the train or the test set.

Rows are true classes, columns predicted ones; every cell shows its count. A cell's colour
is its share of the row on the app's one diverging map: blue on the diagonal (right),
orange off it (mistaken for that class), paler for a smaller share (square root of the
share, so that a 5 % confusion reads as orange, not as white). Counts come from
``core.analysis.confusion_counts``; the image is one ``np.take`` and the K x K texts are
created when K changes and only re-set when their text changes.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from gui import colors
from gui.i18n import number, translate
from gui.plots import colormap, style

SPLITS = ("train", "test")
ZERO = "#9a9a9a"                 # "0" cells: there, but quiet
LIGHT_TEXT = "#ffffff"           # counts on dark cells
DARK_TEXT = "#111111"            # counts on the dark scheme's bright cells
_DARK_CELL = 0.55                # |share| above this gets light text


def _legend() -> str:
    return translate("ConfusionMatrix", "Rows: true class; columns: the class the network "
                     "predicted. Blue: right (diagonal); orange: mistaken for another class. "
                     "Darker: a larger share of the row.")


def _no_counts() -> str:
    return translate("ConfusionMatrix", "nothing to count yet (train a classifier first).")


class ConfusionMatrix(QWidget):
    """K x K counts (true rows, predicted columns) for the train or the test set.

    ``set_counts(matrix_train, matrix_test, class_names)`` with (K, K) int matrices (either
    may be None); ``set_split("train" | "test")`` chooses which one is shown.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._scale = 1.0
        self._counts: dict[str, np.ndarray | None] = {"train": None, "test": None}
        self._names: tuple[str, ...] = ()
        self._split = "test"
        self._k = 0
        self._widest = 1                  # characters of the longest count
        self._strings: list[str] = []
        self._test_note = ""              # how the test images were changed, if they were
        self._empty_reason = _no_counts()
        self.texts: list[pg.TextItem] = []

        self.train_button = QRadioButton(translate("ConfusionMatrix", "Train"))
        self.test_button = QRadioButton(translate("ConfusionMatrix", "Test"))
        self.train_button.setToolTip(translate(
            "ConfusionMatrix", "Count the answers on the training samples (the network "
            "learns from these)."))
        self.test_button.setToolTip(translate(
            "ConfusionMatrix", "Count the answers on the test samples (never trained on: the "
            "honest measure)."))
        self.test_button.setChecked(True)
        self.group = QButtonGroup(self)
        for button in (self.train_button, self.test_button):
            self.group.addButton(button)
        self.group.buttonToggled.connect(self._on_toggled)

        self.view = style.new_view()
        self.title = style.WrapLabel(points=style.TITLE_PT)
        self.view.addItem(self.title, row=0, col=0)
        self.plot = self.view.addPlot(row=1, col=0)
        self.legend = style.WrapLabel(_legend(), points=style.WIDGET_PT)
        self.view.addItem(self.legend, row=2, col=0)
        plot = self.plot
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.invertY(True)          # class 0 top left; cells fill the box (not square)
        plot.setLabel("left", translate("ConfusionMatrix", "true class"))
        plot.setLabel("bottom", translate("ConfusionMatrix", "predicted class"))
        self.image = pg.ImageItem(axisOrder="row-major")
        plot.addItem(self.image)
        plot.vb.sigResized.connect(self._fit_fonts)
        self.view.setToolTip(_legend())

        controls = QHBoxLayout()
        controls.setContentsMargins(8, 4, 8, 2)
        controls.addWidget(self.train_button)
        controls.addWidget(self.test_button)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        self.set_font_scale(1.0)

    # ------------------------------------------------------------------ input
    def set_counts(self, matrix_train, matrix_test, class_names=(),
                   empty_reason: str | None = None) -> None:
        """(K, K) counts, row = true class, column = predicted; None: no such split
        (``empty_reason`` then says why, after "Confusion matrix: "; None: not trained)."""
        self._empty_reason = _no_counts() if empty_reason is None else empty_reason
        k = None
        for split, m in (("train", matrix_train), ("test", matrix_test)):
            if m is not None:
                m = np.asarray(m)
                if m.ndim != 2 or m.shape[0] != m.shape[1] or (k is not None and
                                                                m.shape[0] != k):
                    raise ValueError(f"{split}: a confusion matrix must be (K, K) like the "
                                     f"other split, got {m.shape}")
                k = m.shape[0]
            self._counts[split] = m
        k = k or 0
        names = tuple(str(n) for n in class_names)
        self._names = names if len(names) == k else tuple(str(i) for i in range(k))
        self.test_button.setEnabled(self._counts["test"] is not None)
        self.train_button.setEnabled(self._counts["train"] is not None)
        if self._counts[self._split] is None and k:
            self.set_split("train" if self._split == "test" else "test")
            return
        self._redraw()

    def set_test_note(self, text: str) -> None:
        """Words on how the test data was changed (e.g. "brightness −2 (darker)") for the
        title of the test matrix; "" when it is as loaded."""
        if text != self._test_note:
            self._test_note = text
            self._redraw()

    def set_split(self, split: str) -> None:
        if split not in SPLITS:
            raise ValueError(f"split must be 'train' or 'test', got {split!r}")
        self._split = split
        button = self.train_button if split == "train" else self.test_button
        if not button.isChecked():
            self.group.blockSignals(True)
            button.setChecked(True)
            self.group.blockSignals(False)
        self._redraw()

    # ------------------------------------------------------------------ reading
    def split(self) -> str:
        return self._split

    def counts(self) -> np.ndarray | None:
        return self._counts[self._split]

    def cell_texts(self) -> list[list[str]]:
        """The texts written in the cells, [true][predicted]."""
        k = self._k
        return [self._strings[r * k:(r + 1) * k] for r in range(k)]

    def accuracy(self) -> float | None:
        m = self.counts()
        total = 0 if m is None else int(m.sum())
        return float(np.trace(m)) / total if total else None

    # ------------------------------------------------------------------ drawing
    def _redraw(self) -> None:
        m = self.counts()
        if m is None or not m.size:
            self._ensure_cells(0)
            self.image.clear()
            self.title.set_text(translate("ConfusionMatrix", "<b>Confusion matrix</b>: "
                                          "{reason}").format(reason=self._empty_reason),
                                self._scale)
            return
        k = m.shape[0]
        first = self._ensure_cells(k)
        rows = m.sum(axis=1, keepdims=True)
        # square root: a 5 % confusion reads as a clear orange, not as white
        share = np.sqrt(m / np.maximum(rows, 1))
        signed = np.where(np.eye(k, dtype=bool), share, -share)
        self.image.setImage(colormap.to_rgba(signed, -1.0, 1.0), autoLevels=False)
        if first:
            self.image.setRect(0, 0, k, k)
            self.plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.0)
        strings = [str(int(c)) for c in m.ravel()]
        widest = max(len(s) for s in strings)
        if first or widest != self._widest:
            self._widest = widest
            self._fit_fonts()
        dark = (np.abs(signed) > _DARK_CELL).ravel()   # a cell far from the map's middle
        strong = DARK_TEXT if colors.current().dark else LIGHT_TEXT   # (bright on dark)
        for i, (text, s) in enumerate(zip(self.texts, strings)):
            if first or s != self._strings[i]:
                text.setText(s)
            colour = ZERO if s == "0" else strong if dark[i] else style.FOREGROUND
            if first or colour != text.color.name():
                text.setColor(colour)
        self._strings = strings
        self.title.set_text(self._title(m), self._scale)

    def _title(self, m: np.ndarray) -> str:
        """The title over the counts ``m`` (rich text): which data, accuracy, right of all."""
        acc, which = self.accuracy(), self._split
        if which == "test" and self._test_note:
            which = "note"
        if acc is None:
            return {"train": translate("ConfusionMatrix", "<b>Training data</b>: no samples"),
                    "test": translate("ConfusionMatrix", "<b>Test data</b>: no samples"),
                    "note": translate("ConfusionMatrix", "<b>Test data, {note}</b>: no "
                                                         "samples")}[which].format(
                note=self._test_note)
        text = {"train": translate("ConfusionMatrix", "<b>Training data: accuracy "
                                                      "{accuracy}%</b> ({right} of {total} "
                                                      "right)"),
                "test": translate("ConfusionMatrix", "<b>Test data: accuracy {accuracy}%</b> "
                                                     "({right} of {total} right)"),
                "note": translate("ConfusionMatrix", "<b>Test data, {note}: accuracy "
                                                     "{accuracy}%</b> ({right} of {total} "
                                                     "right)")}[which]
        return text.format(note=self._test_note, accuracy=number(100 * acc, ".1f"),
                           right=int(np.trace(m)), total=int(m.sum()))

    def _ensure_cells(self, k: int) -> bool:
        """K x K text items (row-major); True when they had to be made."""
        if k == self._k and len(self.texts) == k * k:
            return False
        for text in self.texts:
            self.plot.removeItem(text)
        self.texts = []
        for i in range(k * k):
            text = pg.TextItem(anchor=(0.5, 0.5))
            text.setPos(i % k + 0.5, i // k + 0.5)
            self.plot.addItem(text, ignoreBounds=True)
            self.texts.append(text)
        self._k = k
        self._strings = [""] * (k * k)
        ticks = [list(enumerate(self._names)), []]
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTicks([[(i + 0.5, t) for i, t in ticks[0]], []])
        return True

    def _fit_fonts(self, *_) -> None:
        """Counts as large as the projection scale asks, but never wider than a cell."""
        if not self._k:
            return
        width, height = self.plot.vb.width() / self._k, self.plot.vb.height() / self._k
        font = style.font(style.TITLE_PT, self._scale, bold=True)
        metrics = QFontMetricsF(font)
        fit = min(0.9 * width / (metrics.horizontalAdvance("8" * max(self._widest, 2)) + 4),
                  0.8 * height / metrics.height())
        if 0 < fit < 1:
            font.setPointSizeF(max(6.0, font.pointSizeF() * fit))
        for text in self.texts:
            text.setFont(font)

    # ------------------------------------------------------------------ look
    def _on_toggled(self, button, checked: bool) -> None:
        if checked:
            self.set_split("train" if button is self.train_button else "test")

    def set_font_scale(self, factor: float) -> None:
        self._scale = float(factor)
        style.style_plot(self.plot, self._scale)
        for button in (self.train_button, self.test_button):
            style.style_widget_font(button, self._scale)
        self.legend.set_text(_legend(), self._scale)
        self._fit_fonts()
        self._redraw()

    def cell_font_points(self) -> float:
        """Point size of the counts (after fitting them into the cells)."""
        return self.texts[0].textItem.font().pointSizeF() if self.texts else 0.0

    def export_item(self):
        return self.view.ci
