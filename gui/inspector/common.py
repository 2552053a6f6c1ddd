"""Pieces the inspector's sections share: the number field, names of neurons, combos.

Names follow the editor: inputs by their own names (``x1``), hidden neurons ``h<layer>.<unit>``
counted from 1 (``h1.3`` is the third neuron of the first hidden layer), output neurons
``out.<unit>``.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QEvent, QKeyCombination, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import activations
from gui.i18n import number, translate
from gui.wheel_inputs import ComboBox, DoubleSpinBox

MIN_POINT_SIZE = 12.0        # panel text: readable from the back of a classroom
LIMIT = 1e6          # the largest weight, bias or alpha a student can type
MINUS = "\u2212"     # a real minus sign reads better than a hyphen on a projector

_interactions = itertools.count(1)


# -- names ---------------------------------------------------------------------------------
def readable_font(widget) -> QFont:
    """The font ``widget`` inherits (larger in projection mode), at least MIN_POINT_SIZE:
    the panels' body text."""
    base = QFont(widget.font())
    if 0 < base.pointSizeF() < MIN_POINT_SIZE:
        base.setPointSizeF(MIN_POINT_SIZE)
    return base


def is_output(net, li: int) -> bool:
    return li == len(net.sizes) - 1


def layer_title(net, li: int) -> str:
    if is_output(net, li):
        return translate("Inspector", "Output layer")
    return translate("Inspector", "Hidden layer {layer}").format(layer=li + 1)


def for_layer(net, li: int, output_text: str, hidden_text: str) -> str:
    """``output_text`` for the output layer, else ``hidden_text``: two whole sentences,
    both already translated (the caller fills in ``{layer}``, li + 1, and the rest), so no
    layer title is glued into a sentence (its case and article differ by language)."""
    return output_text if is_output(net, li) else hidden_text


def unit_name(net, li: int, unit: int) -> str:
    """"h1.3" for hidden layer 1, neuron 3; "out.1" for the first output neuron. Names, as
    the editor draws them: not translated."""
    return f"out.{unit + 1}" if is_output(net, li) else f"h{li + 1}.{unit + 1}"


def source_name(net, li: int, index: int) -> str:
    """The name of what feeds weight ``index`` of a neuron in layer ``li``."""
    return net.input_names[index] if li == 0 else unit_name(net, li - 1, index)


def signed(value: float, digits: int = 2) -> str:
    """``value`` rounded, with a real minus sign: "0.12", "−0.40" (the language's decimal
    point: "0,12" in German)."""
    text = number(value, f".{digits}f")
    if text.lstrip("-").strip("0.,") == "":
        text = text.lstrip("-")            # "-0.00" is just 0
    return text.replace("-", MINUS)


def activation_label(name: str) -> str:
    return activations.get(name).label


# -- combos --------------------------------------------------------------------------------
def fill_activation_combo(combo: QComboBox) -> None:
    """Every activation, shown by its label, with its name as data and its tooltip."""
    combo.clear()
    for i, name in enumerate(activations.NAMES):
        spec = activations.get(name)
        combo.addItem(spec.label, name)
        combo.setItemData(i, spec.tooltip(), Qt.ItemDataRole.ToolTipRole)


def select_data(combo: QComboBox, value, placeholder: str = "") -> None:
    """Show the item whose data is ``value`` without emitting ``activated``; when none
    matches, show ``placeholder`` (e.g. "mixed") and no item."""
    combo.blockSignals(True)
    combo.setPlaceholderText(placeholder)
    combo.setCurrentIndex(combo.findData(value))
    combo.blockSignals(False)


class Section(QFrame):
    """A framed part of the inspector with a heading (``setTitle``) above ``self.box``.

    The heading is a label, not a QGroupBox title, so the inspector can size its font
    (see ``Inspector._apply_fonts``) without style sheets that would also resize the text
    inside."""

    def __init__(self, title: str, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(title)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.heading)

    def setTitle(self, text: str) -> None:
        self.heading.setText(text)

    def title(self) -> str:
        return self.heading.text()


def form_layout(parent=None) -> QFormLayout:
    """Label and control side by side; only controls go in it (wrapped text goes above or
    below, where its height is always right)."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)   # labels above when narrow
    return form


def shrinkable(combo: QComboBox) -> QComboBox:
    """Let a combo narrow with the dock instead of pushing the panel wider."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def wrapped_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


# -- numbers -------------------------------------------------------------------------------
def parse_number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", ".").replace(MINUS, "-"))
    except ValueError:
        return None


def number_problem(text: str) -> str | None:
    """Why ``text`` cannot be a weight, bias or alpha (a sentence), or None when it can."""
    value = parse_number(text)
    examples = {"a": number(0.5), "b": number(-1.2), "text": text.strip()}
    if not text.strip():
        return translate("Inspector", "The field is empty; type a number such as {a} or "
                         "{b}.").format(**examples)
    if value is None:
        return translate("Inspector", "\u201c{text}\u201d is not a number; type one such "
                         "as {a} or {b}.").format(**examples)
    if not math.isfinite(value):
        return translate("Inspector", "\u201c{text}\u201d is not a finite number; the "
                         "network can only use ordinary numbers such as {a} or {b}."
                         ).format(**examples)
    if abs(value) > LIMIT:
        return translate("Inspector", "{text} is too large; use a number from {low} to "
                         "{high}.").format(text=text.strip(), low=number(-LIMIT, "g"),
                                           high=number(LIMIT, "g"))
    return None


class UndoGoesToTheWindow:
    """Mixin, listed before the Qt class, for a field that commits a document value: Ctrl+Z
    and Ctrl+Shift+Z go to the window's undo stack while the text is the document's value
    (``_editing`` False: nothing typed since the last commit). A QLineEdit claims Undo and
    Redo for its own text history, so Ctrl+Z right after Enter did nothing in an Inspector
    field, and in a settings field it brought back the old text, which leaving the field
    then set again. While typing, they still undo the typing."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and not self._editing and (
                event.matches(QKeySequence.StandardKey.Undo) or
                event.matches(QKeySequence.StandardKey.Redo) or
                event.keyCombination() == QKeyCombination(CTRL_SHIFT, Qt.Key.Key_Z)):
            event.ignore()                 # unclaimed: the window's shortcut runs
            return True
        return super().event(event)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class NumberField(UndoGoesToTheWindow, DoubleSpinBox):
    """A spin box for one weight, bias or alpha.

    The value is committed on Enter, on focus-out, and at each arrow step or wheel step
    (the wheel only while the field has focus, so the panel still scrolls). Each commit
    emits ``committed(value, interaction)``; ``interaction`` stays the same until the field
    loses focus, so all the commits of one session merge into one undo step. Text that is
    not a finite number emits ``rejected(message)`` and the old value comes back.

    ``keeps`` is the translated sentence that ends that message, with ``{value}`` (the old
    value) and any other placeholder filled from ``names``: see ``set_keeps``.
    """

    committed = Signal(float, int)
    rejected = Signal(str)

    def __init__(self, keeps: str = "", parent=None, **names):
        super().__init__(parent)
        self.set_keeps(keeps or translate("Inspector", "The field keeps its value {value}."),
                       **names)
        self.target: tuple | None = None
        self.interaction = next(_interactions)
        self._editing = False
        self.setDecimals(12)
        self.setRange(-LIMIT, LIMIT)
        self.setSingleStep(0.1)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setMinimumWidth(110)
        self.lineEdit().textEdited.connect(self._edited)
        self.valueChanged.connect(self._value_changed)

    def set_keeps(self, keeps: str, **names) -> None:
        """``keeps``: a translated sentence with ``{value}``, e.g. "The bias of {name} keeps
        its value {value}."; ``names`` fill its other placeholders."""
        self.keeps, self.keeps_names = keeps, names

    # what the user sees (the language's decimal point; parse_number reads both)
    def textFromValue(self, value: float) -> str:
        if value != 0 and abs(value) < 1e-3:
            return number(value, ".3e")
        return number(value, ".4f")

    def valueFromText(self, text: str) -> float:
        value = parse_number(text)
        return self.value() if value is None else value

    def validate(self, text: str, pos: int):
        # Anything may be typed (so a wrong entry can be explained); only a finite number
        # in range is accepted when the edit ends.
        if number_problem(text) is None:
            return QValidator.State.Acceptable
        return QValidator.State.Intermediate

    def fixup(self, text: str) -> str:
        return text

    # the model's side
    def show_value(self, value: float) -> None:
        """Display ``value`` from the document; an edit in progress is left alone."""
        if self._editing or value == self.value():
            return
        self.blockSignals(True)
        self.setValue(value)
        self.blockSignals(False)

    def new_interaction(self) -> None:
        self.interaction = next(_interactions)

    # user events
    def _edited(self, _text: str) -> None:
        self._editing = True

    def _value_changed(self, value: float) -> None:
        self.committed.emit(value, self.interaction)

    def _check_text(self) -> None:
        if self._editing:
            problem = number_problem(self.lineEdit().text())
            if problem is not None:
                keeps = self.keeps.format(value=self.textFromValue(self.value()),
                                          **self.keeps_names)
                self.rejected.emit(f"{problem} {keeps}")      # two whole sentences

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._check_text()
            super().keyPressEvent(event)
            self._editing = False
            return
        if event.key() == Qt.Key.Key_Escape and self._editing:
            self._editing = False
            self.lineEdit().setText(self.textFromValue(self.value()))
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self._check_text()
        super().focusOutEvent(event)
        self._editing = False
        self.new_interaction()


class ActivationCombo(ComboBox):
    """All activations; emits ``chosen(name)`` only when the user picks one."""

    chosen = Signal(str)

    def __init__(self, tooltip: str, parent=None):
        super().__init__(parent)
        fill_activation_combo(self)
        shrinkable(self)
        self.setToolTip(tooltip)
        self.activated.connect(self._activated)

    def _activated(self, index: int) -> None:
        name = self.itemData(index)
        if name is not None:
            self.chosen.emit(name)



def scrolling_panel(owner: QWidget, message: QLabel, sections):
    """Lay ``owner`` out as a panel: ``message`` on top, ``sections`` stacked in a vertical
    scroll area below it. Returns (content, scroll, body)."""
    content = QWidget()
    box = QVBoxLayout(content)
    box.setContentsMargins(6, 6, 6, 6)
    for w in sections:
        box.addWidget(w)
    box.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    body = QWidget()
    outer = QVBoxLayout(body)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(message)
    outer.addWidget(scroll, 1)
    top = QVBoxLayout(owner)
    top.setContentsMargins(0, 0, 0, 0)
    top.addWidget(body)
    return content, scroll, body
