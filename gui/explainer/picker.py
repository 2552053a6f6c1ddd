"""Choosing the sample to explain: training or test data, the sample's number, and a line
saying what the sample is (its features and its class or target)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from core.explain_text import fmt
from gui.wheel_inputs import ComboBox, SpinBox

PARTS = ("train", "test")
MAX_FEATURES_SHOWN = 4


def describe_sample(bundle, part: str, index: int) -> str:
    """'x1 = 1.23, x2 = −4.56 → class blue' in the data's own features (not normalised)."""
    raw = bundle.raw_train if part == "train" else bundle.raw_test
    row, names = raw.X[index], raw.feature_names
    shown = [f"{n} = {fmt(v)}" for n, v in zip(names[:MAX_FEATURES_SHOWN], row)]
    if len(names) > MAX_FEATURES_SHOWN:
        shown.append(f"\u2026 ({len(names)} features)")
    y = raw.y[index]
    if bundle.problem == "classification":
        k = int(y)
        target = f"class {bundle.class_names[k]}" if k < len(bundle.class_names) else \
            f"class {k}"
    else:
        target = f"target {fmt(y)}"
    return ", ".join(shown) + f"  \u2192  {target}"


def nearest_sample(bundle, x: float, y: float, extent, with_test: bool):
    """(part, index) of the sample nearest the plane point (x, y), distances measured in
    units of the plane's width and height; None when there is no sample."""
    xmin, xmax, ymin, ymax = extent
    scale = np.array([xmax - xmin, ymax - ymin], dtype=float)
    best = None
    for part in PARTS if with_test else PARTS[:1]:
        X = (bundle.raw_train if part == "train" else bundle.raw_test).X
        if len(X) == 0:
            continue
        d = (((X[:, :2] - (x, y)) / scale) ** 2).sum(axis=1)
        i = int(np.argmin(d))
        if best is None or d[i] < best[0]:
            best = (float(d[i]), part, i)
    return None if best is None else best[1:]


class SamplePicker(QWidget):
    """Part (training/test) and 1-based sample number; ``changed(part, index)`` (0-based)."""

    changed = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bundle = None
        self.part = ComboBox(self)
        self.part.addItems(["Training sample", "Test sample"])
        self.part.setToolTip("Explain a sample of the training data or of the test data")
        self.number = SpinBox(self)
        self.number.setToolTip("The sample's number; or click a point in the Map")
        self.number.setMinimumWidth(80)
        self.about = QLabel(self)
        self.about.setTextFormat(Qt.TextFormat.PlainText)     # feature and class names
        self.about.setWordWrap(True)     # long feature lists wrap; the boxes keep their size
        self.about.setToolTip("The sample's features as the data gives them, and its class "
                              "or target")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.part)
        row.addWidget(self.number)
        row.addWidget(self.about, 1)
        self.part.currentIndexChanged.connect(self._part_changed)
        self.number.valueChanged.connect(self._emit)

    def set_bundle(self, bundle) -> None:
        """New data: keep the current choice when it still exists."""
        self.bundle = bundle
        self.setEnabled(bundle is not None)
        if bundle is not None:
            has_test = len(bundle.raw_test.X) > 0
            self.part.model().item(1).setEnabled(has_test)
            if not has_test and self.part.currentIndex() == 1:
                self.part.setCurrentIndex(0)
        self._update_range()

    def current(self) -> tuple[str, int]:
        return PARTS[self.part.currentIndex()], self.number.value() - 1

    def select(self, part: str, index: int) -> None:
        """Show sample ``index`` (0-based) of ``part``; emits ``changed`` once."""
        self.blockSignals(True)
        self.part.setCurrentIndex(PARTS.index(part))
        self.number.setValue(index + 1)
        self.blockSignals(False)
        self._emit()

    def _count(self) -> int:
        if self.bundle is None:
            return 0
        return len((self.bundle.raw_train if self.current()[0] == "train"
                    else self.bundle.raw_test).X)

    def _update_range(self) -> None:
        n = self._count()
        self.number.blockSignals(True)
        self.number.setRange(1 if n else 0, n)
        self.number.setSuffix(f" of {n}")
        self.number.blockSignals(False)
        self._describe()

    def _part_changed(self) -> None:
        self._update_range()
        self._emit()

    def _describe(self) -> None:
        part, i = self.current()
        ok = self.bundle is not None and 0 <= i < self._count()
        self.about.setText(describe_sample(self.bundle, part, i) if ok else "")

    def _emit(self, *_) -> None:
        self._describe()
        if not self.signalsBlocked():
            self.changed.emit(*self.current())
