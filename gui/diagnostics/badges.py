"""Flags on the canvas: "dead", "saturated", "always 1" or "misplaced" beside a neuron node.

A badge is a child item of the editor's ``NeuronItem``, so it moves and is deleted with it.
The editor rebuilds every item on a structure change; ``Badges.show`` therefore checks that
each badge it remembers still sits on the current item for its neuron and makes a new one
when not. Colours are Okabe-Ito vermillion (dead), orange (saturated), blue ("always 1":
a lone softmax neuron) and reddish purple ("misplaced": softmax in a hidden layer), and a
word or letter is always written: the colour is never the only cue.

Where it goes (``fit_badge``):

- normally (no text floor) the word sits on the node's top edge, a pill covering only a
  thin strip of the node, so the neuron's map stays visible under it;
- in projection mode the text must be 16 px on screen, which at a fitted zoom is often a
  third of a node or more: the pill goes beside the node's right edge, at mid-height, over
  the start of the node's own outgoing links (a dead neuron's carry 0 anyway). It may use
  the room up to the next column's band, never more, so it covers no other neuron and no
  other badge (the next column's badges are right of *its* nodes). When the word does not
  fit that room (the flat-tails lesson: 18 "saturated" flags in 3 tight columns), the
  badge becomes compact: a short word ("sat.") or one letter ("S") in a disc, and a ring in
  the flag's colour around the node shows which neuron it is. The tooltip gives the full
  word and the reason, and the Neuron health panel lists every flag in full; while a
  compact badge is drawn its summary also says what the short word stands for
  (``Badges.key``): projected, nobody hovers, and "ges." alone is not "gesättigt".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem

from core import softmax_use as su
from gui import colors
from gui.editor.lettering import Lettering
from gui.editor.scene import BAND_MARGIN, SIDE_MARGIN
from gui.i18n import translate

STYLE = {"dead": (QColor("#d55e00"), QColor("#ffffff")),        # fill, text
         "saturated": (QColor("#e69f00"), QColor("#1d2430")),
         su.LONE: (QColor("#0072b2"), QColor("#ffffff")),
         su.HIDDEN: (QColor("#cc79a7"), QColor("#1d2430"))}
Z_BADGE = 4.0
GAP = 0.25              # between a badge and its node / the next band, in text heights
RING_WIDTH = 0.14       # the compact badge's ring around the node, in text heights


def badge_forms(status: str) -> tuple[str, ...]:
    """The forms a badge can take, widest first: the full word, a short word, one letter."""
    forms = {"dead": (translate("NeuronBadges", "dead"),
                      translate("NeuronBadges", "D", "the one-letter badge of a dead neuron")),
             "saturated": (translate("NeuronBadges", "saturated"),
                           translate("NeuronBadges", "sat.", "short for saturated"),
                           translate("NeuronBadges", "S", "the one-letter badge of a "
                                     "saturated neuron")),
             su.LONE: (translate("NeuronBadges", "always 1"), "= 1", "1"),
             su.HIDDEN: (translate("NeuronBadges", "misplaced"),
                         translate("NeuronBadges", "misp.", "short for misplaced"),
                         translate("NeuronBadges", "M", "the one-letter badge of a misplaced "
                                   "softmax neuron"))}
    return forms.get(status, (status,))


def stands_for(status: str, short: str) -> str:
    """'"sat." stands for "saturated".': the key to a compact badge."""
    return translate("NeuronBadges", '"{short}" stands for "{word}".').format(
        short=short, word=badge_forms(status)[0])


@dataclass(frozen=True)
class BadgeFit:
    """What a badge draws, in its node's coordinates: ``text`` in a pill ``pill`` (the
    text's box), and ``ring``, the outline drawn around the node (empty: none).
    ``compact``: ``text`` is a short form of the status word."""

    text: str
    font: QFont
    pill: QRectF
    ring: QRectF
    ring_width: float
    compact: bool = False


def badge_font(px: float) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, math.ceil(px - 1e-6)))   # rounded up: never below the floor
    font.setBold(True)
    return font


def pill_width(text: str, font: QFont) -> float:
    """A pill holds the text and half a text height each side; one letter gets a disc."""
    px = font.pixelSize()
    return max(QFontMetricsF(font).horizontalAdvance(text) + px, px * 1.35)


def fit_badge(status: str, node: QRectF, px: float, floor: float, room: float,
              node_gap: float) -> BadgeFit:
    """Lay a badge out for a node whose body is ``node`` (node coordinates).

    ``px``: the badge's normal text size; ``floor``: the scene's smallest readable text (0
    outside projection); ``room``: free width right of the node, up to the next column's
    band; ``node_gap``: the free height between this node and its neighbours (the ring must
    stay inside half of it)."""
    forms = badge_forms(status)
    if not floor or floor <= px:             # the usual look: the word on the top edge
        font = badge_font(px)
        w, h = pill_width(forms[0], font), px * 1.35
        pill = QRectF(-w / 2, node.top() + px * 0.3 - h, w, h)
        return BadgeFit(forms[0], font, pill, QRectF(), 0.0)
    font = badge_font(floor)
    h, gap = floor * 1.35, floor * GAP
    for i, text in enumerate(forms):
        w = pill_width(text, font)
        if w <= room - 2 * gap or i == len(forms) - 1:
            break
    pill = QRectF(node.right() + gap, -h / 2, w, h)
    if i == 0:
        return BadgeFit(text, font, pill, QRectF(), 0.0)
    # compact: a ring says which neuron, kept inside half the gap to the next node
    width = max(1.0, min(floor * RING_WIDTH, node_gap / 4))
    ring = node.adjusted(-width, -width, width, width)
    return BadgeFit(text, font, pill, ring, width, compact=True)


class NeuronBadge(QGraphicsItem):
    """One neuron's flag, laid out by ``fit_badge`` (the item sits at its node's origin)."""

    def __init__(self, neuron_item, compact_changed=None):
        super().__init__(neuron_item)
        self.status, self._tooltip = "", ""
        self._compact_changed = compact_changed      # called when it turns compact or not
        self.fit = BadgeFit("", QFont(), QRectF(), QRectF(), 0.0)
        self.setZValue(Z_BADGE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)   # clicks reach the node
        self.setAcceptHoverEvents(True)                          # for its own tooltip

    # what it draws, for readers that check texts (tests/gui/test_editor_readability.py)
    @property
    def text(self) -> str:
        return self.fit.text

    @property
    def font(self) -> QFont:
        return self.fit.font

    @property
    def rect(self) -> QRectF:
        """The pill (node coordinates, as the item sits at the node's origin)."""
        return self.fit.pill

    def drawn_texts(self) -> list[Lettering]:
        return [Lettering(self.fit.text, self.fit.font, self.fit.pill)] if self.fit.text \
            else []

    def set_status(self, status: str, tooltip: str) -> None:
        self.status, self._tooltip = status, tooltip
        self._lay_out()

    def fit_text_floor(self, floor: float) -> None:
        """The editor's smallest text changed (projection mode: 16 px on screen, in scene
        units): lay the badge out again for it."""
        self._lay_out(floor)

    def _lay_out(self, floor: float | None = None) -> None:
        node, scene = self.parentItem(), self.scene()
        if floor is None:
            floor = getattr(scene, "text_floor", 0.0) if scene is not None else 0.0
        scale = getattr(node, "style", 1.0)          # projection mode makes text larger
        size = getattr(node, "size", 40.0)
        # the view's zoom already enlarges it in projection mode: only a little more here
        px = max(9.0, min(14.0, size * 0.22)) * min(scale, 1.25)
        room, node_gap = self._room(node, scene, floor)
        fit = fit_badge(self.status, getattr(node, "rect", QRectF()), px, floor or 0.0,
                        room, node_gap)
        if fit != self.fit:
            was = self.fit
            self.prepareGeometryChange()
            self.fit = fit
            self.update()
            if (was.compact, was.text) != (fit.compact, fit.text) and self._compact_changed:
                self._compact_changed()
        if fit.compact:                      # the tooltip says the word
            self.setToolTip(f"{self._tooltip}\n{stands_for(self.status, fit.text)}")
        else:
            self.setToolTip(self._tooltip)

    @staticmethod
    def _room(node, scene, floor: float) -> tuple[float, float]:
        """(free width right of ``node`` up to the next column's band, free height between
        it and its neighbours), from the editor's layout; unbounded without one. Right of
        the output column the room is the scene's margin: nothing is there to cover, but
        the view need not show more."""
        layout = getattr(scene, "layout", None)
        if layout is None or not hasattr(node, "layer"):
            return math.inf, math.inf
        columns, c = layout.columns, node.layer + 1
        if c >= len(columns):                       # the scene is being rebuilt
            return math.inf, math.inf
        here = columns[c]
        right = here.x + here.node_w / 2
        if c + 1 < len(columns):
            nxt = columns[c + 1]
            limit = nxt.x - nxt.node_w / 2 - BAND_MARGIN
        else:
            limit = right + BAND_MARGIN + SIDE_MARGIN / max(getattr(scene, "style_scale", 1.0),
                                                            1.0)
        gap = here.pitch - here.node_h if len(here.ys) > 1 else math.inf
        return limit - right, gap

    def boundingRect(self) -> QRectF:
        pad = self.fit.ring_width + 1
        return self.fit.pill.united(self.fit.ring).adjusted(-pad, -pad, pad, pad)

    def shape(self) -> QPainterPath:
        """The pill and the ring's stroke, not the node inside the ring: hovering the node
        gives the node's own tooltip, hovering the badge or the ring the flag's."""
        path = QPainterPath()
        r = self.fit.pill.height() / 2
        path.addRoundedRect(self.fit.pill, r, r)
        if not self.fit.ring.isEmpty():
            ring = QPainterPath()
            ring.addRect(self.fit.ring)
            stroker = QPainterPathStroker()
            stroker.setWidth(self.fit.ring_width * 2)
            path.addPath(stroker.createStroke(ring))
        return path

    def paint(self, painter, option, widget=None) -> None:
        fill, ink = STYLE.get(self.status, STYLE["dead"])
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        if not self.fit.ring.isEmpty():
            w = self.fit.ring_width
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(fill, w))
            ring = self.fit.ring.adjusted(w / 2, w / 2, -w / 2, -w / 2)
            radius = ring.width() * 0.2
            painter.drawRoundedRect(ring, radius, radius)
        painter.setPen(QPen(colors.BACKGROUND, 1.2))    # parts it from what is beneath
        painter.setBrush(fill)
        r = self.fit.pill.height() / 2
        painter.drawRoundedRect(self.fit.pill, r, r)
        painter.setPen(ink)
        self.drawn_texts()[0].draw(painter)


class Badges:
    """The badges of one editor scene: ``show({(layer, unit): (status, tooltip)})`` puts
    exactly these on the canvas; ``clear()`` removes them all. ``key_changed(text)`` (when
    set) hears ``key()`` whenever it changes."""

    def __init__(self, editor):
        self.editor = editor
        self.items: dict[tuple[int, int], NeuronBadge] = {}
        self.key_changed = None
        self._key = ""

    def key(self) -> str:
        """What the compact badges on the canvas stand for, one sentence per status
        ('"sat." stands for "saturated".'); "" when every badge shows its full word."""
        shown: dict[str, str] = {}
        for badge in self.items.values():
            if shiboken6.isValid(badge) and badge.fit.compact:
                shown.setdefault(badge.status, badge.fit.text)
        return " ".join(stands_for(status, short) for status, short in shown.items())

    def _key_maybe_changed(self) -> None:
        key = self.key()
        if key != self._key:
            self._key = key
            if self.key_changed is not None:
                self.key_changed(key)

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
                badge = self.items[key] = NeuronBadge(node, self._key_maybe_changed)
            badge.set_status(status, tooltip)
        self._key_maybe_changed()

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
        self._key_maybe_changed()
