"""The drawing tools over the Map: point, spray and eraser, the class (or, for regression,
the value) of new points, Clear and Done, and a line that says what to do or what just
happened. Shown while Draw Data is on; everything it does goes through ``DrawTool``."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import drawn
from gui.drawing.tool import TOOLS
from gui.i18n import translate
from gui.plots import style
from gui.plots.decision_plot import EXTRA_CLASSES, class_colours
from gui.wheel_inputs import ComboBox, DoubleSpinBox

MAX_CLASSES = 2 + len(EXTRA_CLASSES)      # one colour each
HINT_ROOM = 420                           # px of Map under which the hint stays hidden
def tool_text(name: str) -> tuple[str, str]:
    """(button text, tooltip) of tool ``name``, in the language shown."""
    if name == "point":
        return translate("DrawingBar", "Point"), translate(
            "DrawingBar", "Click to add one point of the chosen class (or value).")
    if name == "spray":
        return translate("DrawingBar", "Spray"), translate(
            "DrawingBar", "Press and drag to spray points of the chosen class: {count} at a "
            "time around the pointer.").format(count=drawn.SPRAY_COUNT)
    return translate("DrawingBar", "Erase"), translate(
        "DrawingBar", "Press and drag over points to remove them. The right mouse button "
        "erases with any tool.")


def hint() -> str:
    return translate("DrawingBar", "Left button draws, right button erases. Each stroke is "
                     "one step of Undo (Ctrl+Z).")


class DrawBar(QWidget):
    """Tools for ``tool`` (a DrawTool); ``refresh()`` follows the document's drawing."""

    def __init__(self, tool, done_action, parent=None):
        super().__init__(parent)
        self.setObjectName("drawBar")
        self.setToolTip(hint())
        self.tool = tool
        self.buttons = QButtonGroup(self)
        for name in TOOLS:
            button = _button(self, f"draw_{name}", *tool_text(name))
            button.setCheckable(True)
            button.setChecked(name == tool.tool)
            button.toggled.connect(lambda on, n=name: on and setattr(self.tool, "tool", n))
            self.buttons.addButton(button)
        self.clear = _button(self, "drawClear", translate("DrawingBar", "Clear"),
                             translate("DrawingBar", "Remove every point of the drawing (Undo "
                                       "brings them back)."))
        self.clear.clicked.connect(tool.clear)
        self.done = _button(self, "drawDone", translate("DrawingBar", "Done"),
                            translate("DrawingBar", "Stop drawing (the drawing stays the data; "
                                      "Ctrl+D draws again)."))
        self.done.clicked.connect(lambda: done_action.setChecked(False))
        self.hint = QLabel(self)        # a message that matters now; hidden otherwise
        self.hint.setObjectName("drawHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.what = self._choosers()    # class or value: beside the tools, or below them
        self._lay_out()
        self._below = False
        self.set_font_scale(1.0)

    def _choosers(self) -> QWidget:
        """The class chooser and the value box (one of them is shown), in one widget."""
        self.class_label = QLabel(translate("DrawingBar", "Class"), self)
        self.classes = ComboBox(self)
        self.classes.setObjectName("drawClass")
        self.classes.setToolTip(translate("DrawingBar", "The class of the points you draw. A "
                                          "new class adds an output: more than 2 classes make "
                                          "softmax outputs."))
        self.classes.activated.connect(self._class_chosen)
        self.value_label = QLabel(translate("DrawingBar", "Value"), self)
        self.value = DoubleSpinBox(self)
        self.value.setObjectName("drawValue")
        self.value.setRange(-1000.0, 1000.0)
        self.value.setDecimals(2)
        self.value.setSingleStep(0.1)
        self.value.setToolTip(translate("DrawingBar", "The value of the points you draw "
                                        "(regression): the network learns to predict it at "
                                        "their place."))
        self.value.valueChanged.connect(lambda v: setattr(self.tool, "value", float(v)))
        what = QWidget(self)
        box = QHBoxLayout(what)
        box.setContentsMargins(0, 0, 0, 0)
        for w in (self.class_label, self.classes, self.value_label, self.value):
            box.addWidget(w)
        return what

    def _lay_out(self) -> None:
        """Tools, chooser, Clear and Done in a row; a second row for the chooser when the
        first is too narrow (``_place_what``); the hint under them."""
        self.row, self.row2 = QHBoxLayout(), QHBoxLayout()
        for row in (self.row, self.row2):
            row.setContentsMargins(0, 0, 0, 0)
        for w in (*self.buttons.buttons(), self.what):
            self.row.addWidget(w)
        self.row.addStretch(1)
        self.row.addWidget(self.clear)
        self.row.addWidget(self.done)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 2, 6, 2)
        column.setSpacing(2)
        column.addLayout(self.row)
        column.addLayout(self.row2)
        column.addWidget(self.hint)

    def set_font_scale(self, factor: float) -> None:
        """The font of the plots' own controls (``gui.plots.style``), times ``factor``:
        the projection's plot factor reaches it like any plot."""
        self._scale = float(factor)
        for w in self.findChildren(QWidget):
            style.style_widget_font(w, self._scale)
        self._place_what()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_what()

    def _place_what(self) -> None:
        """The class (or value) chooser goes below the tools when one row is too narrow
        (a projected stage's half of 1280 px)."""
        tools = sum(b.sizeHint().width() for b in (*self.buttons.buttons(), self.clear,
                                                    self.done))
        need = tools + self.what.sizeHint().width() + 8 * self.row.spacing() + 12
        below = self.width() < need
        if below != self._below:
            self._below = below
            (self.row if below else self.row2).removeWidget(self.what)
            if below:
                self.row2.addWidget(self.what)
                self.row2.addStretch(1)
            else:
                while self.row2.count():
                    self.row2.takeAt(0)
                self.row.insertWidget(len(self.buttons.buttons()), self.what)

    def _class_chosen(self, index: int) -> None:
        self.tool.label = int(self.classes.itemData(index))

    def set_hint(self, text: str) -> None:
        """Show ``text`` under the tools until the next stroke ("" hides it), unless the
        Map is short (a lesson's stage in projection): then the plot keeps the room and
        the status bar alone says it."""
        self.hint.setText(text)
        panel = self.parentWidget()
        self.hint.setVisible(bool(text) and (panel is None or panel.height() >= HINT_ROOM))

    def refresh(self, data: dict) -> None:
        """Class or value for the drawing's problem; classes drawn so far and a new one."""
        regression = drawn.problem_of(data) == "regression"
        for w in (self.class_label, self.classes):
            w.setVisible(not regression)
        for w in (self.value_label, self.value):
            w.setVisible(regression)
        have = drawn.n_classes(data)
        n = min(MAX_CLASSES, have + 1)          # the classes so far and one new one
        texts = [translate("DrawingBar", "{number} (new)").format(number=k) if k >= have
                 else str(k) for k in range(n)]
        # by the texts, not the count: at MAX_CLASSES the last class drawn stays "(new)"
        if [self.classes.itemText(k) for k in range(self.classes.count())] != texts:
            self.classes.clear()
            for k, (colour, text) in enumerate(zip(class_colours(n), texts)):
                self.classes.addItem(_swatch(colour), text, k)
        self.tool.label = min(self.tool.label, n - 1)
        self.classes.setCurrentIndex(self.tool.label)
        self.clear.setEnabled(bool(data.get("X")))


def _button(parent, name: str, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip)
    return button


def _swatch(colour: str) -> QIcon:
    pix = QPixmap(16, 16)
    pix.fill(QColor(colour))
    return QIcon(pix)
