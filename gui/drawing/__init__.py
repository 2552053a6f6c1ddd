"""Draw your own data on the Map (``core.drawn``; strokes in ``gui.drawing.tool``).

``install(window)`` adds Tools > Draw Data (Ctrl+D, a toggle), the same toggle under the
Map ("Draw") and in the Data and training panel, and the drawing tools over the Map
(``DrawBar``). Turning it on when the data is not a drawing starts a new, empty one on
Playground's plane (-6..6) as one undo step, with the network's inputs set to x1, x2 if
they were others (and its output layer fitted to 2 classes, or to one value for a
regression problem); the message under the tools says what changed. Turning it off keeps
the drawing; undoing back to other data turns it off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from core import drawn
from gui.drawing.bar import DrawBar
from gui.drawing.tool import DrawTool
from gui.i18n import translate

SHORTCUT = "Ctrl+D"


class Drawing:
    """The toggle, the tool and the bar of one window."""

    def __init__(self, window):
        self.window, doc = window, window.document
        self.action = QAction(translate("Drawing", "&Draw Data"), window)
        self.action.setObjectName("drawDataAction")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(translate("Drawing", "Draw your own data on the Map: click, "
                                         "spray and erase points of each class ({shortcut})")
                               .format(shortcut=SHORTCUT))
        self.action.setStatusTip(self.action.toolTip())
        self.tool = DrawTool(doc, window.undo_stack, window.surface.plot, window.live, window)
        self.bar = DrawBar(self.tool, self.action, window.surface)
        self.bar.hide()
        window.surface.layout().insertWidget(1, self.bar)     # under the Map's title
        self.action.toggled.connect(self._toggled)
        self.tool.statusMessage.connect(self._say)
        doc.dataChanged.connect(self._data_changed)
        window.actions_.tools_menu.addAction(self.action)
        self.map_button = self._button("drawToggle", translate("Drawing", "Draw"))
        window.surface.add_title_widget(self.map_button)
        window.settings_panel.data.box.addWidget(
            self._button("drawDataButton", translate("Drawing", "Draw data")))

    def _button(self, name: str, text: str) -> QToolButton:
        """A checkable button that shows and toggles the action under its own text (a
        default action would put the action's text on it)."""
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(True)
        button.setToolTip(self.action.toolTip())
        button.clicked.connect(lambda: self.action.setChecked(button.isChecked()))
        self.action.toggled.connect(button.setChecked)
        return button

    def _say(self, text: str) -> None:
        self.bar.set_hint(text)
        self.window.show_status(text)

    def _toggled(self, on: bool) -> None:
        if on and not drawn.is_drawing(self.window.document.doc.data) and not self._start():
            self.action.setChecked(False)
            return
        self.tool.set_active(on)
        self.bar.setVisible(on)
        if on:
            self.bar.refresh(self.window.document.doc.data)
            self._make_room()

    def _make_room(self) -> None:
        """The Map in front, and tall enough to draw on (the default layout gives it a
        third of a 720-px window, and the tools take a row of it)."""
        window, dock = self.window, self.window.surface_dock
        window.show_panel(dock)
        if window.docked(dock) and dock.height() < window.height() * 0.6:
            # the docks under it and the bottom row give up the height
            others = [d for d in (window.inspector_dock, window.loss_dock)
                      if window.docked(d) and d.isVisible()]
            window.resizeDocks([dock, *others], [int(window.height() * 0.65),
                                                 *[1] * len(others)], Qt.Orientation.Vertical)
        if window.docked(dock) and dock.width() < window.width() * 0.33:
            window.resizeDocks([dock], [int(window.width() * 0.38)], Qt.Orientation.Horizontal)

    def _start(self) -> bool:
        """A new, empty drawing (one undo step): the network's inputs become x1, x2."""
        document = self.window.document
        before = list(document.network.input_names)
        outputs = document.network.activations(-1), document.network.loss
        bundle = document.data_bundle()
        problem = bundle.problem if bundle is not None else \
            document.doc.data.get("problem", "classification")
        self.tool.label = 0                     # a new drawing starts with class 0
        if not self.tool.commit(drawn.new_drawing(problem), translate("Drawing",
                                                                      "Draw new data")):
            return False
        net, changes = document.network, []
        if list(net.input_names) != before:
            changes.append(_inputs_changed(before))
        if (net.activations(-1), net.loss) != outputs:
            changes.append(_outputs_changed(net.sizes[-1], net.activations(-1)[0]))
        text = " ".join(changes + [translate("Drawing", "Ctrl+Z takes it back.")]) if changes \
            else translate("Drawing", "A new drawing: spray points with the left button, erase "
                           "with the right one.")
        self._say(text)
        return True

    def _data_changed(self, *_) -> None:
        data = self.window.document.doc.data
        if not drawn.is_drawing(data):
            self.action.setChecked(False)      # undone back to other data, another file
        elif self.action.isChecked():
            self.bar.set_hint("")              # old news after a stroke
            self.bar.refresh(data)


def _inputs_changed(before: list[str]) -> str:
    """The sentence saying the network's inputs ``before`` became x1 and x2."""
    n = len(before)          # English has no catalogue: its singular is a text of its own
    text = translate("Drawing", "The network's %n input ({inputs}) became x1 and x2, the "
                     "drawing's two.", None, n) if n == 1 else \
        translate("Drawing", "The network's %n inputs ({inputs}) became x1 and x2, the "
                  "drawing's two.", None, n)
    return text.format(inputs=", ".join(before[:4]) + (", \u2026" if n > 4 else ""))


def _outputs_changed(units: int, activation: str) -> str:
    """The sentence saying the output layer is now ``units`` ``activation`` neurons."""
    text = translate("Drawing", "Its output layer is now %n {activation} neuron.", None,
                     units) if units == 1 else \
        translate("Drawing", "Its output layer is now %n {activation} neurons.", None, units)
    return text.format(activation=activation)


def install(window) -> Drawing:
    window.drawing = Drawing(window)
    return window.drawing
