"""Choosing the sample to explain: training or test data and the sample's number, or a
sample the person types ("Your own sample", up to ``core.own_sample.MAX_FEATURES``
features), and a line saying what the sample is (its features and its class or target)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core import own_sample
from core.explain_text import fmt
from core.i18n import values
from gui.explainer.own_sample import OwnSampleForm
from gui.explainer.trailing import TrailingRow
from gui.i18n import translate
from gui.wheel_inputs import ComboBox, SpinBox

PARTS = ("train", "test", "own")
OWN = PARTS.index("own")
MAX_FEATURES_SHOWN = 4


def part_labels() -> tuple[str, str, str]:
    """The entries of the part box, one per PARTS key, in the language shown."""
    return (translate("SamplePicker", "Training sample"),
            translate("SamplePicker", "Test sample"),
            translate("SamplePicker", "Your own sample"))


def own_tip(offered: bool, n_features: int) -> str:
    """The "Your own sample" entry's tooltip: how to type one, or why it is not offered."""
    if offered:
        return translate("SamplePicker", "Type a sample of your own: one number per feature, "
                         "in the data's own units, and press Enter")
    return translate("SamplePicker", "Typing a sample is offered for data with up to {max} "
                     "features; this data has {n}: pick one of its samples instead").format(
        max=own_sample.MAX_FEATURES, n=n_features)


def describe_sample(bundle, part: str, index: int) -> str:
    """'x1 = 1.23, x2 = −4.56 → class blue' in the data's own features (not normalised)."""
    raw = bundle.raw_train if part == "train" else bundle.raw_test
    return describe_row(bundle, raw.X[index], raw.y[index])


def describe_row(bundle, row, y) -> str:
    """The same line for a row (n_features,) in the data's units and its class or target."""
    names = bundle.raw_train.feature_names
    shown = [f"{n} = {fmt(v)}" for n, v in zip(names[:MAX_FEATURES_SHOWN], row)]
    if len(names) > MAX_FEATURES_SHOWN:
        shown.append(translate("SamplePicker", "\u2026 ({count} features)").format(
            count=len(names)))
    if bundle.problem == "classification":
        k = int(y)
        target = translate("SamplePicker", "class {name}").format(
            name=bundle.class_labels[k] if k < len(bundle.class_labels) else k)
    else:
        target = translate("SamplePicker", "target {value}").format(value=fmt(y))
    return values(*shown) + f"  \u2192  {target}"       # "; " between 0,5 and 1,5


def _kind_of(bundle) -> tuple:
    """What a typed sample must match to stay meaningful: (feature names, problem)."""
    return tuple(bundle.raw_train.feature_names), bundle.problem


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
    """Part (training/test/own) and 1-based sample number; ``changed(part, index)``
    (0-based; index 0 for "own", whose numbers are ``form.row`` and ``form.target``).

    A typed sample belongs to the document it was typed for: ``forget()`` (another
    document) goes back to what a fresh picker shows. Within one document it stays while
    the data keeps its features and kind of problem (other noise, another train share, an
    undo of either); data with other features has no fields for it, so the picker goes
    back to data samples and sets the typed sample aside, and data with those features
    again (the undo of that change, or its redo) brings it back, as undo brings back what
    was on the screen. Choosing a part yourself drops what was set aside."""

    changed = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bundle = None
        self.part = ComboBox(self)
        for key, label in zip(PARTS, part_labels()):
            self.part.addItem(label, key)
        self.part.setToolTip(translate("SamplePicker", "Explain a sample of the training data "
                                       "or of the test data, or one you type"))
        self.number = SpinBox(self)
        self.number.setToolTip(translate("SamplePicker", "The sample's number; or click a "
                                         "point in the Map"))
        self.number.setMinimumWidth(80)
        self.about = QLabel(self)
        self.about.setTextFormat(Qt.TextFormat.PlainText)     # feature and class names
        self.about.setToolTip(translate("SamplePicker", "The sample's features as the data "
                                        "gives them, and its class or target"))
        self.form = OwnSampleForm(self)
        self.form.hide()
        self._data_sample = ("train", 0)      # the last data sample: the fields start there
        # (features, problem, row, target) of a typed sample its data no longer fits
        self._set_aside: tuple | None = None
        self._by_picker = False               # the picker, not the person, changes part
        # the sample's line beside the boxes when it fits there on one line, else below
        self.row = TrailingRow([self.part, self.number], self.about, parent=self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.row)
        column.addWidget(self.form)
        self.part.currentIndexChanged.connect(self._part_changed)
        self.number.valueChanged.connect(self._emit)
        self.form.applied.connect(self._emit)

    def set_bundle(self, bundle) -> None:
        """New data: keep the current choice when it still exists (a typed sample: see
        the class docstring)."""
        typed = self._typed_sample()
        self.bundle = bundle
        self.setEnabled(bundle is not None)
        self.form.set_bundle(bundle)
        if bundle is not None:
            has_test = len(bundle.raw_test.X) > 0
            self.part.model().item(1).setEnabled(has_test)
            typing = own_sample.offered(bundle)
            own = self.part.model().item(OWN)
            own.setEnabled(typing)
            n = len(bundle.raw_train.feature_names)
            own.setToolTip(own_tip(typing, n))
            fits = typed is not None and typed[:2] == _kind_of(bundle)
            if self.typing() and not (typing and fits):
                self._set_aside = typed
                self._switch_part(0)
            elif not has_test and self.part.currentIndex() == 1:
                self._switch_part(0)
            elif typing and self._set_aside is not None and \
                    self._set_aside[:2] == _kind_of(bundle):
                self._switch_part(OWN)               # its data is back: so is the sample
        self._update_range()

    def forget(self) -> None:
        """Another document: back to training sample 1, as a fresh picker shows, with no
        typed sample (its fields empty). Emits nothing: the new data follows."""
        self.blockSignals(True)
        try:
            self._set_aside = None
            self._switch_part(0)
            self.number.setValue(1)
            self._data_sample = ("train", 0)
            self.form.clear()
        finally:
            self.blockSignals(False)

    def _typed_sample(self) -> tuple | None:
        """(features, problem, row, target) of the sample typed now, else None."""
        if not self.typing() or self.form.row is None or self.bundle is None:
            return None
        return (*_kind_of(self.bundle), self.form.row.copy(), self.form.target)

    def _switch_part(self, index: int) -> None:
        """Change the part as the picker's own decision (not the person's choice)."""
        self._by_picker = True
        try:
            self.part.setCurrentIndex(index)
        finally:
            self._by_picker = False

    def current(self) -> tuple[str, int]:
        part = self.part.currentData()
        return (part, 0) if part == "own" else (part, self.number.value() - 1)

    def typing(self) -> bool:
        """Whether the sample explained is one the person typed."""
        return self.part.currentData() == "own"

    def select(self, part: str, index: int) -> None:
        """Show sample ``index`` (0-based) of ``part``; emits ``changed`` once."""
        self.blockSignals(True)
        self.part.setCurrentIndex(self.part.findData(part))
        self.number.setValue(index + 1)
        self.blockSignals(False)
        self._emit()

    def _count(self) -> int:
        if self.bundle is None or self.typing():
            return 0
        return len((self.bundle.raw_train if self.current()[0] == "train"
                    else self.bundle.raw_test).X)

    def _update_range(self) -> None:
        n = self._count()
        self.number.blockSignals(True)
        self.number.setRange(1 if n else 0, n)
        self.number.setSuffix(translate("SamplePicker", " of {count}").format(count=n))
        self.number.blockSignals(False)
        self._describe()

    def _part_changed(self) -> None:
        typing = self.typing()
        self.number.setVisible(not typing)
        self.form.setVisible(typing)
        by_picker, aside = self._by_picker, self._set_aside
        if not by_picker:                 # the person chose: nothing waits to come back
            self._set_aside = None
        if typing:
            if by_picker and aside is not None:      # the typed sample's data is back
                self._set_aside = None
                self.form.prefill(aside[2], aside[3])
                self.form.apply()
            else:
                self._start_typing(focus=not by_picker)
            return                        # the form's ``applied`` emits ``changed``
        self._update_range()
        self._emit()

    def _start_typing(self, focus: bool) -> None:
        """Fields prefilled with the last data sample's values, applied at once (the same
        numbers as that sample), then the keyboard to the first field."""
        part, i = self._data_sample
        raw = self.bundle.raw_train if part == "train" else self.bundle.raw_test
        if not 0 <= i < len(raw.X):
            raw, i = self.bundle.raw_train, 0
        if len(raw.X):
            self.form.prefill(raw.X[i], raw.y[i])
        self.form.apply()
        if focus:
            self.form.focus_first()

    def _describe(self) -> None:
        if self.typing():
            row = self.form.row
            text = "" if row is None or self.bundle is None else \
                translate("SamplePicker", "{sample}  (typed in)").format(
                    sample=describe_row(self.bundle, row, self.form.target))
            self.about.setText(text)
            self.row.relayout()
            return
        part, i = self.current()
        ok = self.bundle is not None and 0 <= i < self._count()
        self.about.setText(describe_sample(self.bundle, part, i) if ok else "")
        self.row.relayout()

    def _emit(self, *_) -> None:
        if not self.typing():
            self._data_sample = self.current()
        self._describe()
        if not self.signalsBlocked():
            self.changed.emit(*self.current())
