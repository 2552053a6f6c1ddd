"""The activation palette: one chip per activation with a drawing of its curve.

Drag a chip onto the editor (MIME_ACTIVATION) or, from the keyboard, move with the arrows
and press Enter: ``activate(name)`` asks the main window to add that neuron to the selected
layer. A click (a press and release that did not start a drag) on a chip emits
``inspect(name)``: the main window shows that activation's curve (``gui.overview``; from
the keyboard, Ctrl+G opens it at the chosen chip). Space stays Play here as everywhere: a
person who has just picked an activation presses Space to train. It is a QListWidget so
focus, arrows, type-ahead and screen readers work for free.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from core import activations as act
from gui import colors
from gui.editor import glyphs
from gui.editor.mime import MIME_ACTIVATION, activation_mime
from gui.editor.paint import font
from gui.i18n import translate

ICON = QSize(64, 44)
NAME_ROLE = Qt.ItemDataRole.UserRole


def curve_pixmap(name: str, size: QSize = ICON, scale: float = 2.0) -> QPixmap:
    """The activation's curve on a card (white, or dark in the dark scheme); drawn at
    ``scale`` for sharp HiDPI icons."""
    pm = QPixmap(round(size.width() * scale), round(size.height() * scale))
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(scale, scale)
    card = QRectF(1, 1, size.width() - 2, size.height() - 2)
    p.setPen(QPen(colors.NODE_BORDER, 1.2))
    p.setBrush(colors.NODE_FILL)
    p.drawRoundedRect(card, 7, 7)
    box = card.adjusted(7, 6, -7, -6)
    p.setPen(QPen(colors.MUTED, 1, Qt.PenStyle.DotLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(glyphs.axes_path(name, box))
    p.setPen(QPen(colors.INK, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawPath(glyphs.curve_path(name, box))
    p.end()
    pm.setDevicePixelRatio(scale)
    return pm


class PaletteWidget(QListWidget):
    """Emits ``activate(name)`` on Enter or double-click, ``inspect(name)`` on a click;
    drags carry MIME_ACTIVATION."""

    activate = Signal(str)
    inspect = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("activationPalette")
        self.setIconSize(ICON)
        self.setFont(font(17))
        self.setSpacing(2)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Palette", "Activation palette"))
        self.setToolTip(translate(
            "Palette", "Drag an activation onto a layer, a neuron or the space between "
            "layers; or select one and press Enter to add it to the selected layer. Click one "
            "(or press Ctrl+G) to see its curve among all the others."))
        for name in act.NAMES:
            self.addItem(self._chip(name))
        self.setCurrentRow(0)
        self.itemActivated.connect(self._on_activated)
        # Qt's clicked: a press and release on one chip; a press that became a drag is
        # not one (the view forgets the pressed chip when the drag starts)
        self.clicked.connect(self._on_clicked)

    def _chip(self, name: str) -> QListWidgetItem:
        spec = act.get(name)
        item = QListWidgetItem(QIcon(curve_pixmap(name)), spec.label)
        item.setData(NAME_ROLE, name)
        item.setToolTip(spec.tooltip())
        item.setSizeHint(QSize(ICON.width() + 150, ICON.height() + 10))
        return item

    def scheme_changed(self) -> None:
        """The chips drawn again in the scheme in force (gui.theme.restyle)."""
        for i in range(self.count()):
            self.item(i).setIcon(QIcon(curve_pixmap(self.item(i).data(NAME_ROLE))))

    def names(self) -> list[str]:
        return [self.item(i).data(NAME_ROLE) for i in range(self.count())]

    def current_name(self) -> str | None:
        item = self.currentItem()
        return item.data(NAME_ROLE) if item is not None else None

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.activate.emit(item.data(NAME_ROLE))

    def _on_clicked(self, index) -> None:
        self.inspect.emit(index.data(NAME_ROLE))

    # -- drag ------------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MIME_ACTIVATION]

    def mimeData(self, items):
        """The payload of a drag: the first dragged chip's activation name."""
        return activation_mime(items[0].data(NAME_ROLE)) if items else None

    def startDrag(self, supported_actions) -> None:
        # Copy only: a Move result would make QListWidget delete the chip from the palette
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(curve_pixmap(item.data(NAME_ROLE)))
        drag.exec(Qt.DropAction.CopyAction, Qt.DropAction.CopyAction)
