"""The scene's nodes: neurons (with a bias handle) and input features. Both can show a
small picture, their map over the input plane (``MapPicture``), fed by the live views.

As every item (``items.py``), they hold a ``key`` and call back into the editor instead of
editing anything themselves (DESIGN rule 5).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem

from gui import colors
from gui.editor import glyphs, lettering
from gui.editor.items import CACHED, Z_NODE, _Item
from gui.editor.lettering import Lettering
from gui.editor.paint import badge_pixmap, fitted_font, font, glyph_pixmap, label_font, padlock


class MapPicture:
    """A node that can show a small picture (a map over the input plane). Values come in
    through ``set_map``; nobody sets the attributes from outside (DESIGN "Live views")."""

    map_image: QImage | None = None
    _map_source = None       # what the picture was made from (the live views' grid)

    def set_map(self, image: QImage | None, source=None) -> None:
        """Show ``image`` (None: no picture); ``source``: the array it was made from, so
        that ``has_map_from`` can tell whether it needs making again."""
        self.map_image = None if image is None or image.isNull() else image
        self._map_source = source if self.map_image is not None else None
        self.update()

    def has_map_from(self, source) -> bool:
        """A picture made from this very ``source`` array is shown."""
        return self.map_image is not None and self._map_source is source


class NeuronItem(MapPicture, _Item):
    """A neuron: rounded square with its activation's glyph and short label. A frozen one
    shows a padlock. ``set_map`` puts a picture (its output map) inside the node."""

    def __init__(self, layer: int, unit: int, size: float, activation: str, frozen: bool):
        half = size / 2
        super().__init__(("neuron", layer, unit), QRectF(-half, -half, size, size))
        self.layer, self.unit, self.size = layer, unit, size
        self.activation, self.frozen = activation, frozen
        self.floor = 0.0
        self._press: QPointF | None = None
        self.setZValue(Z_NODE)
        # cached too: while a large network trains, only some maps change each frame
        # (gui.live_views.MAPS_PER_FRAME) and the others are then copied, not drawn
        self.setCacheMode(CACHED)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.bias = BiasHandle(self) if size >= 30 else None

    def paint(self, painter, option, widget=None) -> None:
        r, radius = self.rect, self.size * 0.2
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setBrush(colors.NODE_FILL)
        width = max(1.2, self.size / 30) * self.style + (1 if self.hovered else 0)
        painter.setPen(QPen(colors.INK if self.hovered else colors.NODE_BORDER, width))
        painter.drawRoundedRect(r, radius, radius)
        if self.map_image is not None:
            self._paint_map(painter, radius)
        elif texts := self.drawn_texts():
            self._paint_glyph(painter, QRectF(r.x() + 8, r.y() + 8, r.width() - 16,
                                              r.height() * 0.46))
            painter.setPen(colors.INK)
            texts[0].draw(painter)
        else:
            self._paint_glyph(painter, r.adjusted(3, 4, -3, -4))
        if self.frozen:
            padlock(painter, QPointF(r.right() - self.size * 0.17, r.top() + self.size * 0.17),
                     max(4.0, self.size * 0.11) * min(self.style, 1.5))
        if self.selected:
            self._ring(painter, radius)

    def set_floor(self, floor: float) -> None:
        """Smallest readable text size (scene px; 0: none): a label that would be smaller
        is left out and the glyph fills the node instead."""
        if floor != self.floor:
            self.floor = floor
            if self.bias is not None:
                self.bias.set_floor(floor)
            self.update()

    def drawn_texts(self) -> list[Lettering]:
        """The activation's short label under the glyph, if the node shows it."""
        if self.map_image is not None or self.size < 40:
            return []
        r, label = self.rect, glyphs.short_label(self.activation)
        box = QRectF(r.x(), r.y() + r.height() * 0.58, r.width(), r.height() * 0.36)
        if not self.floor:
            return [Lettering(label, label_font(label, self.size, self.style), box)]
        f = font(lettering.size(max(11.0, self.size * 0.2) * self.style, self.floor), True)
        if f.pixelSize() > box.height() * 1.15 or not lettering.fits(label, f, r.width() - 6):
            return []
        return [Lettering(label, f, box)]

    def _paint_glyph(self, painter, rect: QRectF) -> None:
        # Drawn from a pixmap rendered once per activation and on-screen size: during
        # training every node repaints ~30 times a second and stroking the antialiased
        # paths each time was the largest cost of a frame.
        scale = painter.worldTransform().m11()
        painter.drawPixmap(rect, glyph_pixmap(self.activation, rect.width(), rect.height(),
                                               self.size, scale, self.style), QRectF())

    def _paint_map(self, painter, radius: float) -> None:
        # Inset so the square's corners stay inside the rounded border: clipping the image
        # to the rounded shape cost more than the rest of the node (measured, 0.3 ms a node)
        inner = self.rect.adjusted(2, 2, -2, -2)
        inset = 0.3 * (radius - 2)
        painter.drawImage(inner.adjusted(inset, inset, -inset, -inset), self.map_image)
        # the glyph shrinks to a corner badge so the activation stays readable
        badge = QRectF(inner.right() - inner.width() * 0.42, inner.bottom() - inner.height()
                       * 0.32, inner.width() * 0.42, inner.height() * 0.32)
        scale = painter.worldTransform().m11()
        painter.drawPixmap(badge, badge_pixmap(self.activation, badge.width(), badge.height(),
                                               self.size, scale, self.style), QRectF())

    # -- dragging to move ------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self._press = event.scenePos() if event.button() == Qt.MouseButton.LeftButton else None

    def mouseMoveEvent(self, event) -> None:
        if self._press is None:
            return
        if (event.scenePos() - self._press).manhattanLength() * self._zoom() >= \
                QApplication.startDragDistance():
            self._press = None
            self.editor.start_neuron_drag(self.layer, self.unit)

    def mouseReleaseEvent(self, event) -> None:
        self._press = None

    def mouseDoubleClickEvent(self, event) -> None:
        self.editor.edit_value(("bias", self.layer, self.unit), self.scenePos())

    def _restyled(self) -> None:
        if self.bias is not None:
            self.bias.set_style(self.style)

    def itemChange(self, change, value):
        # another module's text on the node (a diagnostics flag) is fitted to the floor
        if change == QGraphicsItem.GraphicsItemChange.ItemChildAddedChange and \
                self.scene() is not None:
            self.scene().foreign_text_added()
        return super().itemChange(change, value)

    def _zoom(self) -> float:
        views = self.scene().views() if self.scene() else []
        return views[0].transform().m11() if views else 1.0


class BiasHandle(QGraphicsItem):
    """The bias as a small dot on the node's bottom-left corner, coloured by sign;
    double-click to type a value."""

    def __init__(self, neuron: NeuronItem):
        super().__init__(neuron)
        self.base_r = self.r = max(6.0, neuron.size * 0.11)
        self.style, self.floor = 1.0, 0.0
        self.value = 0.0
        self._look = self._colours(0.0)
        self.setPos(neuron.rect.left() + 2, neuron.rect.bottom() - 2)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(CACHED)

    @property
    def neuron(self) -> NeuronItem:
        return self.parentItem()       # not an attribute: no Python cycle with the parent

    def boundingRect(self) -> QRectF:
        return QRectF(-self.r - 2, -self.r - 2, 2 * self.r + 4, 2 * self.r + 4)

    def set_style(self, scale: float) -> None:
        """A larger dot in projection mode (at most 1.5 times: it sits on the node)."""
        self.style = scale
        self._resize()

    def set_floor(self, floor: float) -> None:
        """With a text floor (projection, zoomed out) the dot grows up to a fifth of the
        node so it stays visible; its "b" is left out when it would be unreadable."""
        self.floor = floor
        self._resize()

    def _resize(self) -> None:
        r = self.base_r * min(self.style, 1.5)
        if self.floor:
            r = max(r, min(0.35 * self.floor, self.neuron.size * 0.2))
        if r != self.r:
            self.prepareGeometryChange()
            self.r = r
            self.update()

    def drawn_texts(self) -> list[Lettering]:
        f = font(self.r * 1.35, bold=True)
        if f.pixelSize() < self.floor:
            return []
        return [Lettering("b", f, self.boundingRect())]

    def set_value(self, value: float) -> None:
        """Repainted only when its colours change: while training, the bias changes at
        every step but its colour only now and then."""
        self.value = value
        look = self._colours(value)
        if look != self._look:
            self._look = look
            self.update()

    @staticmethod
    def _colours(value: float) -> tuple[QColor, QColor]:
        """(fill, text colour) for a bias value: neutral at 0, the sign's colour at |b| >= 1."""
        strength = min(abs(value), 1.0)
        fill = colors.mix(colors.NEUTRAL, colors.sign_color(value), strength)
        return fill, colors.INK if strength < 0.6 else colors.text_on(fill)

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        fill, text = self._look
        painter.setBrush(fill)
        painter.setPen(QPen(colors.INK, 1.3 * self.r / self.base_r))
        painter.drawEllipse(QPointF(0, 0), self.r, self.r)
        painter.setPen(text)
        for letter in self.drawn_texts():
            letter.draw(painter)

    def hoverEnterEvent(self, event) -> None:
        n = self.neuron
        self.setToolTip(n.editor.describe(("bias", n.layer, n.unit)))

    def mousePressEvent(self, event) -> None:
        self.neuron.mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        n = self.neuron
        n.editor.edit_value(("bias", n.layer, n.unit), self.scenePos())


class InputItem(MapPicture, _Item):
    """An input feature. With Playground data every feature has a node; the ones not in
    use are dimmed and a click switches them on or off."""

    def __init__(self, name: str, label: str, index: int | None, w: float, h: float,
                 toggleable: bool):
        key = ("input", index) if index is not None else ("feature", name)
        self.base_rect = QRectF(-w / 2, -h / 2, w, h)
        super().__init__(key, QRectF(self.base_rect))
        self.name, self.label, self.index, self.toggleable = name, label, index, toggleable
        self.floor, self.named = 0.0, True
        self.setZValue(Z_NODE)
        self.setCacheMode(CACHED)
        if toggleable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._restyled()

    def _text_px(self) -> float:
        base = min(self.base_rect.height() * 0.5, 19.0) * self.style
        return lettering.size(base, self.floor) if self.floor else base

    def set_box(self, w: float, h: float, floor: float, named: bool) -> None:
        """Its normal size (from the layout), the text floor (scene px, 0: none) and
        whether its name is shown (not when too many inputs leave no room for it)."""
        box = QRectF(-w / 2, -h / 2, w, h)
        if (box, floor, named) != (self.base_rect, self.floor, self.named):
            self.prepareGeometryChange()
            self.base_rect, self.floor, self.named = box, floor, named
            self._restyled()
            self.update()

    def _restyled(self) -> None:
        """A long name ("temperature") widens the pill to the left, up to 1.8 times (as
        far as it needs in projection mode: the name must be readable): the right edge,
        where the links start, stays put."""
        r, px = self.base_rect, self._text_px()
        # (room for the map square too, but not in projection: there the name comes first)
        pad = (px * 1.3 if self.toggleable else 4) + 4 + \
            (px * 0.4 if self.floor else (r.height() + 2) * 0.5)
        need = QFontMetricsF(font(px, bold=True)).horizontalAdvance(self.label) + pad
        extra = max(0.0, need - r.width()) if self.named else 0.0
        self.rect = r.adjusted(-(extra if self.floor else min(extra, 0.8 * r.width())), 0, 0, 0)

    def _lettering(self) -> tuple[Lettering | None, QRectF | None]:
        """(the name as drawn or None, the map square's rect or None)."""
        r, px = self.rect, self._text_px()
        text_rect = r.adjusted(px * 1.3 if self.toggleable else 4, 0, -4, 0)
        smallest = self.floor or px * 0.6
        f = fitted_font(self.label, px, text_rect.width(), self.active, smallest)
        side = r.height() - 8
        square = None
        if self.map_image is not None and self.active and \
                QFontMetricsF(f).horizontalAdvance(self.label) <= text_rect.width() - side - 6:
            # the feature's value over the plane, as a square at the node's right end
            # (left out where it would leave the name no room: the name matters more)
            square = QRectF(r.right() - side - 4, r.top() + 4, side, side)
            text_rect.setRight(square.left() - 2)
        return (Lettering(self.label, f, text_rect) if self.named else None), square

    def drawn_texts(self) -> list[Lettering]:
        return [t for t in self._lettering()[:1] if t is not None]

    def widen_to(self, width: float) -> None:
        """As wide as the widest input of the column (one straight left edge)."""
        if width > self.rect.width():
            self.prepareGeometryChange()
            self.rect = QRectF(self.rect.right() - width, self.rect.top(), width,
                               self.rect.height())

    @property
    def active(self) -> bool:
        return self.index is not None

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        r, radius = self.rect, min(self.rect.height() / 2, 12.0)
        if self.active:
            painter.setBrush(colors.NODE_FILL)
            painter.setPen(QPen(colors.INK if self.hovered else colors.NODE_BORDER,
                                2 * self.style))
        else:
            painter.setBrush(colors.SOFT_FILL)
            painter.setPen(QPen(self._muted(), 1.5 * self.style, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(r, radius, radius)
        px = self._text_px()
        name, square = self._lettering()
        if square is not None:
            painter.drawImage(square, self.map_image)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colors.NODE_BORDER, 1))
            painter.drawRect(square)
        if name is not None:
            painter.setPen(colors.INK if self.active else self._muted())
            name.draw(painter)
        if self.toggleable:
            self._paint_switch(painter, QPointF(r.left() + px * 0.95, r.center().y()), px * 0.4)
        if self.selected:
            self._ring(painter, radius)

    def _muted(self) -> QColor:
        # a projector washes the light grey of an unused input out: darker there
        return colors.MUTED_STRONG if self.style > 1 else colors.MUTED

    def _paint_switch(self, painter, center: QPointF, s: float) -> None:
        # a filled dot = on, a hollow one = off, so on/off is not told by colour alone
        painter.setPen(QPen(colors.INK if self.active else self._muted(), 1.5 * self.style))
        painter.setBrush(colors.INK if self.active else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, s, s)
