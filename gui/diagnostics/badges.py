"""Flags on the canvas: a small "dead" or "saturated" label on a neuron node.

A badge is a child item of the editor's ``NeuronItem``, so it moves and is deleted with it.
The editor rebuilds every item on a structure change; ``Badges.show`` therefore checks that
each badge it remembers still sits on the current item for its neuron and makes a new one
when not. Colours are Okabe-Ito vermillion (dead), orange (saturated), blue ("always 1":
a lone softmax neuron) and reddish purple ("misplaced": softmax in a hidden layer), and the
word is always written: the colour is never the only cue.
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem

from core import softmax_use as su

STYLE = {"dead": (QColor("#d55e00"), QColor("#ffffff")),        # fill, text
         "saturated": (QColor("#e69f00"), QColor("#1d2430")),
         su.LONE: (QColor("#0072b2"), QColor("#ffffff")),
         su.HIDDEN: (QColor("#cc79a7"), QColor("#1d2430"))}
Z_BADGE = 4.0


class NeuronBadge(QGraphicsItem):
    """A pill with a word, sitting on the top edge of its parent neuron node: it covers
    only a thin strip of the node, so the neuron's map (the point of the coffee-roasting
    lesson) stays visible under it."""

    def __init__(self, neuron_item):
        super().__init__(neuron_item)
        self.status, self.text = "", ""
        self.rect = QRectF()
        self.font = QFont()
        self.setZValue(Z_BADGE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)   # clicks reach the node
        self.setAcceptHoverEvents(True)                          # for its own tooltip

    def set_status(self, status: str, tooltip: str) -> None:
        self._tooltip = tooltip
        self._lay_out(status)
        self.setToolTip(tooltip)

    def fit_text_floor(self, floor: float) -> None:
        """The editor's smallest text changed (projection mode: 16 px on screen, in scene
        units): lay the pill out again at that size."""
        self._lay_out(self.status, floor)

    def _lay_out(self, status: str, floor: float | None = None) -> None:
        node = self.parentItem()
        scale = getattr(node, "style", 1.0)          # projection mode makes text larger
        size = getattr(node, "size", 40.0)
        if floor is None:
            scene = self.scene()
            floor = getattr(scene, "text_floor", 0.0) if scene is not None else 0.0
        # the view's zoom already enlarges it in projection mode: only a little more here
        px = max(9.0, min(14.0, size * 0.22)) * min(scale, 1.25)
        beside = bool(floor) and floor > px
        px = max(px, floor or 0.0)
        font = QFont()
        font.setPixelSize(max(1, math.ceil(px)))   # never below the floor
        font.setBold(True)
        width = QFontMetricsF(font).horizontalAdvance(status) + px
        height = px * 1.35
        box = getattr(node, "rect", QRectF())
        if beside:
            # as large as the projector needs, it would hide the node's map or the node
            # above: it goes beside the node's right corner, over the links. Columns are
            # centred on y = 0, so the corner away from the middle (top corner above it,
            # bottom corner below) keeps it off a small next layer, e.g. one output node
            corner = box.bottom() if node.y() > 0 else box.top()
            rect, pos = QRectF(0, -height / 2, width, height), (box.right() - px * 0.3,
                                                                corner)
        else:
            rect, pos = QRectF(-width / 2, px * 0.3 - height, width, height), (0, box.top())
        if status != self.status or rect != self.rect or self.pos().toTuple() != pos:
            self.prepareGeometryChange()
            self.status, self.text, self.font, self.rect = status, status, font, rect
            self.setPos(*pos)
            self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter, option, widget=None) -> None:
        fill, ink = STYLE.get(self.status, STYLE["dead"])
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 1.2))
        painter.setBrush(fill)
        r = self.rect.height() / 2
        painter.drawRoundedRect(self.rect, r, r)
        painter.setFont(self.font)
        painter.setPen(ink)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)


class Badges:
    """The badges of one editor scene: ``show({(layer, unit): (status, tooltip)})`` puts
    exactly these on the canvas; ``clear()`` removes them all."""

    def __init__(self, editor):
        self.editor = editor
        self.items: dict[tuple[int, int], NeuronBadge] = {}

    def _alive(self, key, badge) -> bool:
        node = self.editor.scene().neurons.get(key)
        return shiboken6.isValid(badge) and node is not None and badge.parentItem() is node

    def show(self, flags: dict) -> None:
        neurons = self.editor.scene().neurons
        for key in list(self.items):
            badge = self.items[key]
            if key not in flags or not self._alive(key, badge):
                self._remove(key)
        for key, (status, tooltip) in flags.items():
            node = neurons.get(key)
            if node is None:
                continue
            badge = self.items.get(key)
            if badge is None:
                badge = self.items[key] = NeuronBadge(node)
            badge.set_status(status, tooltip)

    def _remove(self, key) -> None:
        badge = self.items.pop(key)
        if shiboken6.isValid(badge):        # else the editor's rebuild already deleted it
            scene = badge.scene()
            if scene is not None:
                scene.removeItem(badge)
            shiboken6.delete(badge)

    def clear(self) -> None:
        for key in list(self.items):
            self._remove(key)
