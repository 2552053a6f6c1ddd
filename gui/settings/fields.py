"""Input pieces of the settings panel: a text field and an editable combo that let any text
be typed (so a wrong entry can be explained, not silently refused), a slider with its value
shown beside it, and the red message line that goes under a field.

Fields never judge their text: they emit ``committed(text)`` on Enter, on leaving the field
or on picking a listed value, and the panel parses, checks and pushes the command.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSlider, QWidget

from gui import colors
from gui.i18n import number, translate
from gui.inspector.common import MINUS, UndoGoesToTheWindow, parse_number, wrapped_label
from gui.wheel_inputs import ComboBox, Slider


def number_text(value) -> str:
    """0.03 -> "0.03", 1e-05 -> "0.00001", 10.0 -> "10" (Playground writes them so), with
    the language's decimal point ("0,03" in German; ``parse_number`` reads both). For the
    fields only: never for files."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if value == 0 or not math.isfinite(value):
        return f"{value:g}"
    if 1e-6 <= abs(value) < 1e9:
        digits = len(np.format_float_positional(value, trim="-").partition(".")[2])
        return number(value, f".{digits}f").replace("-", MINUS)
    return number(value, "g").replace("-", MINUS)


def percent(value: int) -> str:
    """A slider's value beside it: "50 %"."""
    return translate("SettingsPanel", "{value} %").format(value=value)


def quoted(text: str) -> str:
    return f"\u201c{text.strip()}\u201d"


def parse_float(text: str, example: float) -> float:
    """ValueError with a student's message (a sentence) unless ``text`` is a number (maybe
    inf); ``example``: a good value, shown as the language writes it."""
    if not text.strip():
        raise ValueError(translate("SettingsPanel", "The field is empty; type a number such as "
                                   "{example}.").format(example=number_text(example)))
    value = parse_number(text)
    if value is None:
        raise ValueError(translate("SettingsPanel", "{text} is not a number; type one such as "
                                   "{example}.").format(text=quoted(text),
                                                        example=number_text(example)))
    return value


def parse_int(text: str, example: int) -> int:
    value = parse_float(text, example)
    if not math.isfinite(value) or value != int(value):
        raise ValueError(translate("SettingsPanel", "{text} is not a whole number; type one "
                                   "such as {example}.").format(text=quoted(text),
                                                                example=example))
    return int(value)


def problem_colour(widget) -> QColor:
    """Red for a problem; a lighter red on the dark scheme (``widget``: kept for callers)."""
    return QColor(colors.current().bad)


def set_text_colour(label: QLabel, colour: QColor | None) -> None:
    """Colour a label's text through its palette (None: the inherited colour). A style
    sheet would do it too, but a widget with a style sheet no longer follows font changes
    of its parents (the presentation mode's larger font)."""
    palette = QPalette(label.parentWidget().palette() if label.parentWidget() else
                       label.palette())
    if colour is not None:
        palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


class ErrorLabel(QLabel):
    """The red line under a field saying what was wrong with the last entry."""

    def __init__(self, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(translate("SettingsPanel", "What was wrong with the last entry; the "
                                  "setting kept its value."))
        self.hide()

    def show_problem(self, text: str) -> None:
        set_text_colour(self, problem_colour(self))
        self.setText("\u26a0 " + text[:1].upper() + text[1:])
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()


class _Committing:
    """Shared by the field and the combo: ``show_value`` from the document unless the user
    is typing; ``_commit`` emits ``committed`` when the text differs from what is shown."""

    def _init_committing(self, line: QLineEdit) -> None:
        self._line, self._shown, self._editing = line, "", False
        line.textEdited.connect(self._edited)
        line.editingFinished.connect(self._finished)

    def _edited(self, _text: str) -> None:
        self._editing = True

    def _finished(self) -> None:
        self._commit(self._line.text())

    def _commit(self, text: str) -> None:
        self._editing = False
        if text.strip() != self._shown:
            self.committed.emit(text)

    def show_value(self, text: str, force: bool = False) -> None:
        """Show the document's value; an edit in progress is left alone unless ``force``."""
        if self._editing and not force:
            return
        self._editing = False
        self._shown = text
        if self._line.text() != text:
            self._line.setText(text)

    def shown(self) -> str:
        return self._shown


class SettingField(UndoGoesToTheWindow, QLineEdit, _Committing):
    """One typed setting. Up/Down step the value by ``step`` when it is a number."""

    committed = Signal(str)

    def __init__(self, name: str, tooltip: str, step: float | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setToolTip(tooltip)
        self.step = step
        self._init_committing(self)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if self.step is not None and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            value = parse_number(self.text())
            if value is not None and math.isfinite(value):
                value += self.step if key == Qt.Key.Key_Up else -self.step
                text = number_text(int(value) if float(self.step).is_integer() else value)
                self.setText(text)
                self._commit(text)
            return
        if key == Qt.Key.Key_Escape and self._editing:
            self.show_value(self._shown, force=True)
            return
        super().keyPressEvent(event)


class ValueCombo(UndoGoesToTheWindow, ComboBox, _Committing):
    """An editable combo: pick one of ``values`` or type any other."""

    committed = Signal(str)

    def __init__(self, name: str, tooltip: str, values, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setToolTip(tooltip)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCompleter(None)          # completing "0.0" to "0.001" would change the number
        for v in values:
            self.addItem(number_text(v), v)
        self.lineEdit().setToolTip(tooltip)
        self._init_committing(self.lineEdit())
        self.activated.connect(lambda index: self._commit(self.itemText(index)))

    def show_value(self, text: str, force: bool = False) -> None:
        if self._editing and not force:
            return
        self.blockSignals(True)
        self.setCurrentIndex(self._index_of(parse_number(text)))
        self.blockSignals(False)
        super().show_value(text, force)

    def _index_of(self, value: float | None) -> int:
        """The listed item whose value (its data, not its text) is ``value``, or -1."""
        return next((i for i in range(self.count()) if value is not None
                     and self.itemData(i) == value), -1)


class LabelledSlider(QWidget):
    """A slider with its value as text beside it (``fmt(value)``, e.g. "50 %"). Emits
    ``moved(value)`` on every user change, never when the document sets it."""

    moved = Signal(int)

    def __init__(self, name: str, tooltip: str, low: int, high: int, step: int, fmt,
                 parent=None):
        super().__init__(parent)
        self.fmt = fmt
        self.slider = Slider(Qt.Orientation.Horizontal)
        self.slider.setObjectName(name)
        self.slider.setRange(low, high)
        self.slider.setSingleStep(step)
        self.slider.setPageStep(step * 2)
        self.slider.setTickInterval(step * 2)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setToolTip(tooltip)
        self.value_label = wrapped_label()
        self.value_label.setWordWrap(False)
        self.value_label.setToolTip(tooltip)
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance(
            fmt(high)) + 4)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.slider, 1)
        box.addWidget(self.value_label)
        self.setFocusProxy(self.slider)
        self.slider.valueChanged.connect(self._changed)

    def _changed(self, value: int) -> None:
        self.value_label.setText(self.fmt(value))
        self.moved.emit(value)

    def set_value(self, value: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(value)
        self.slider.blockSignals(False)
        self.value_label.setText(self.fmt(self.slider.value()))

    def value(self) -> int:
        return self.slider.value()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance(
                self.fmt(self.slider.maximum())) + 4)
