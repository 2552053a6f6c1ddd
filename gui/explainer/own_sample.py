"""The fields where a person types a sample of their own ("Your own sample" in the picker):
one field per feature of the data, in the data's own units, and the class (or target) the
loss compares the output with. Enter in any field, or the Show button, applies; a bad
value gets a message naming the feature and changes nothing.

The numbers are read by ``core.own_sample``; this widget only holds the text.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core import own_sample
from gui import colors
from gui.i18n import translate
from gui.wheel_inputs import ComboBox

MAX_PER_ROW = 4
MAX_TEXT = 40          # a number never needs more


def _plain(label: QLabel) -> QLabel:
    """Feature names and messages come from files: never read as rich text."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _coloured(label: QLabel, colour: str) -> None:
    # a palette colour, not a style sheet: a styled label stops taking the window's
    # font (projection mode's larger text)
    _plain(label)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


class OwnSampleForm(QWidget):
    """``applied()`` when the typed numbers were read; then ``row`` (n_features,) holds
    them in the data's units and ``target`` the class index (or the regression target)."""

    applied = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bundle = None
        self.names: tuple[str, ...] = ()
        self.fields: list[QLineEdit] = []
        self.row: np.ndarray | None = None
        self.target: float = 0
        self._slots: list = []              # (label or None, widgets) in reading order
        self._per_row = 0                   # label-and-field pairs a row, as placed
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.target_label = _plain(QLabel(translate("OwnSampleForm", "class"), self))
        self.classes = ComboBox(self)
        self.classes.setToolTip(translate("OwnSampleForm", "The class this sample should have: "
                                          "the loss and the backward steps compare the "
                                          "network's output with it"))
        self.classes.activated.connect(self.apply)      # a person's choice shows at once
        self.target_field = self._field(
            translate("OwnSampleForm", "target"),
            translate("OwnSampleForm", "The value this sample should have: the loss and the "
                      "backward steps compare the output with it"))
        self.show_button = QPushButton(translate("OwnSampleForm", "Show"), self)
        self.show_button.setToolTip(translate("OwnSampleForm", "Explain this sample (Enter in "
                                              "any field)"))
        self.show_button.clicked.connect(self.apply)
        # as wide as its word, also when a narrow cell puts it alone in a field's column
        self.show_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        _coloured(self.message, colors.current().bad)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        _coloured(self.note, colors.current().muted_text)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._grid)
        column.addWidget(self.message)
        column.addWidget(self.note)
        self.message.hide()
        self.note.hide()

    def _field(self, name: str, tip: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setMaxLength(MAX_TEXT)
        field.setToolTip(tip)
        field.setAccessibleName(name)
        fm = field.fontMetrics()
        field.setMinimumWidth(fm.horizontalAdvance("\u2212000.000") + 16)
        field.returnPressed.connect(self.apply)
        return field

    # -- data --------------------------------------------------------------------------------
    def set_bundle(self, bundle) -> None:
        """New data: one field per feature (kept, with their text, when the features are
        the same) and the class list."""
        self.bundle = bundle
        names = () if bundle is None else tuple(bundle.raw_train.feature_names)
        if names != self.names:
            self.names, self.row = names, None
            self._rebuild()
        regression = self._regression()
        self.target_label.setText(translate("OwnSampleForm", "target") if regression else
                                  translate("OwnSampleForm", "class"))
        self.classes.setVisible(not regression)
        self.target_field.setVisible(regression)
        if bundle is not None and not regression:
            keep = self.classes.currentIndex()
            self.classes.clear()
            self.classes.addItems([str(c) for c in bundle.class_labels] or
                                  [str(k) for k in range(bundle.n_classes)])
            self.classes.setCurrentIndex(max(0, min(keep, self.classes.count() - 1)))
        self._show_note()           # e.g. another train share: another mean and spread

    def _rebuild(self) -> None:
        for widget in self.fields + self.findChildren(QLabel, "featureName"):
            self._grid.removeWidget(widget)
            widget.hide()                   # gone from the screen now, deleted soon
            widget.deleteLater()
        self.fields = []
        self._slots = []
        for name in self.names:
            label = _plain(QLabel(name, self))
            label.setObjectName("featureName")
            field = self._field(name, translate("OwnSampleForm", "{feature}, in the data's own "
                                                "units (before any normalisation)")
                                .format(feature=name))
            label.setBuddy(field)
            self.fields.append(field)
            self._slots.append((label, (field,)))
        self._slots.append((self.target_label, (self.classes, self.target_field)))
        self._slots.append((None, (self.show_button,)))
        # Tab runs through the fields, then the class (or target), then Show; the class box
        # was made before the fields and would otherwise come first
        chain = self.fields + [self.classes, self.target_field, self.show_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self._per_row = 0
        self._place()

    def _slot_width(self) -> int:
        """The width one label and its field need, the widest of them."""
        gap = 2 * max(0, self._grid.horizontalSpacing())
        widths = [(label.sizeHint().width() if label else 0) + gap +
                  max(max(w.minimumWidth(), w.minimumSizeHint().width()) for w in widgets)
                  for label, widgets in self._slots]
        return max(widths, default=1)

    def _place(self) -> None:
        """As many label-and-field pairs a row as fit the width (at most MAX_PER_ROW): a
        narrow projected cell gets one or two a row instead of a sideways scroll bar."""
        if not self._slots:
            return
        fits = max(1, min(MAX_PER_ROW, self.width() // max(1, self._slot_width())))
        if fits == self._per_row:
            return
        self._per_row = fits
        for _, widgets in self._slots:
            for widget in widgets:
                self._grid.removeWidget(widget)
        for label, _ in self._slots:
            if label is not None:
                self._grid.removeWidget(label)
        for column in range(2 * MAX_PER_ROW + 1):
            self._grid.setColumnStretch(column, 0)
        for k, (label, widgets) in enumerate(self._slots):
            r, c = divmod(k, fits)
            if label is not None:
                self._grid.addWidget(label, r, 2 * c)
            for widget in widgets:
                self._grid.addWidget(widget, r, 2 * c + 1,
                                     alignment=Qt.AlignmentFlag.AlignLeft if label is None
                                     else Qt.AlignmentFlag(0))
        self._grid.setColumnStretch(2 * fits, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def scheme_changed(self) -> None:
        """The light or dark scheme changed (gui.theme.restyle)."""
        _coloured(self.message, colors.current().bad)
        _coloured(self.note, colors.current().muted_text)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:     # projection's larger text
            self._per_row = 0
            self._place()

    def prefill(self, row, target) -> None:
        """Put a sample's values in the fields (and apply nothing)."""
        for field, value in zip(self.fields, row):
            field.setText(f"{float(value):.6g}")          # plain digits: read back as typed
        if self._regression():
            self.target_field.setText(f"{float(target):.6g}")
        else:
            self.classes.setCurrentIndex(int(target))

    def clear(self) -> None:
        """No typed sample: empty fields, no message or note (another document)."""
        for field in (*self.fields, self.target_field):
            field.clear()
        self.row, self.target = None, 0
        self.message.hide()
        self._show_note()

    def _regression(self) -> bool:
        return self.bundle is not None and self.bundle.problem == "regression"

    # -- reading ------------------------------------------------------------------------------
    def apply(self) -> bool:
        """Read the fields; on success keep them as ``row``/``target`` and emit ``applied``;
        otherwise show why and keep the sample explained before."""
        try:
            row = own_sample.read_row(self.names, [f.text() for f in self.fields])
            if self._regression():
                target = own_sample.read_number(translate("OwnSampleForm", "target"),
                                                self.target_field.text())
            else:
                target = max(0, self.classes.currentIndex())
        except own_sample.OwnSampleError as e:
            self.message.setText(translate("OwnSampleForm", "{problem}. Nothing changed.")
                                 .format(problem=e))
            self.message.show()
            return False
        self.message.hide()
        self.row, self.target = row, target
        self._show_note()
        self.applied.emit()
        return True

    def _show_note(self) -> None:
        """What happens to the typed numbers before the forward pass, if anything."""
        note = "" if self.bundle is None or self.row is None else \
            own_sample.preparation_note(self.bundle, self.row)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def focus_first(self) -> None:
        """The keyboard to the first field, its text selected to be typed over."""
        if self.fields:
            self.fields[0].setFocus()
            self.fields[0].selectAll()
