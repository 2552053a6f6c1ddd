"""The scene's clickable pieces: the shared item base, layer bands and headers. Neuron and
input nodes (the items with a map picture) are in ``nodes.py``, links in ``links.py``.

Items hold a ``key`` (the selection tuple they stand for) and call back into the editor
(``editor.item_pressed`` ...) instead of editing anything themselves: every edit goes
through the editor's undo commands (DESIGN rule 5). Tooltips are written on hover, so they
always show current values without touching 700 items after every training step.

``style`` (set by the scene, 1.0 normally, 1.5-2 in projection mode) multiplies pen widths
and text sizes only: positions and node sizes stay, so drops land where they did.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from gui import colors
from gui.editor import lettering
from gui.editor.lettering import Lettering
from gui.editor.paint import fitted_font, font

Z_BAND, Z_NODE, Z_HEADER = -10.0, 2.0, 2.0

# Items that change rarely keep their picture in a pixmap: while training, the neuron maps
# repaint every frame and Qt repaints whatever lies under them too. Measured on the default
# network, painting the bands, headers and inputs afresh was a third of the editor's frame.
CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def editor_of(item: QGraphicsItem):
    """The NetworkEditor showing ``item``. Items keep no reference to it themselves: a
    Python reference cycle between items and the view left garbage that Python's cycle
    collector freed after Qt had deleted the items, and that crashed (seen in the tests)."""
    scene = item.scene()
    return scene.editor if scene is not None else None


class _Item(QGraphicsItem):
    """Shared: a rectangle, a key, hover-written tooltips, click -> editor.item_pressed."""

    def __init__(self, key, rect: QRectF):
        super().__init__()
        self.key, self.rect = key, rect
        self.selected = self.hovered = False
        self.style = 1.0
        self.setAcceptHoverEvents(True)

    @property
    def editor(self):
        return editor_of(self)

    def boundingRect(self) -> QRectF:
        m = 8 * self.style                          # the selection ring is drawn outside
        return self.rect.adjusted(-m, -m, m, m)

    def set_style(self, scale: float) -> None:
        """Pens and text ``scale`` times their normal size (projection mode)."""
        self._restyle("style", scale)

    def _restyle(self, name: str, value: float) -> None:
        """``self.<name> = value`` and, when that changed it, the geometry again."""
        if value != getattr(self, name):
            self.prepareGeometryChange()
            setattr(self, name, value)
            self._restyled()
            self.update()

    def _restyled(self) -> None:
        """Subclasses whose geometry follows the style recompute it here."""

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect)
        return path

    def set_selected(self, on: bool) -> None:
        if on != self.selected:
            self.selected = on
            self.update()

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.setToolTip(self.editor.describe(self.key))
        self.editor.item_hovered(self.key)
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        editor = self.editor
        if editor is not None:
            editor.item_hovered(None)
        self.update()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self.editor.item_pressed(self.key, event.modifiers())

    def _ring(self, painter, radius: float) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colors.SELECTION, 4 * self.style))
        m = 5 * self.style
        painter.drawRoundedRect(self.rect.adjusted(-m, -m, m, m), radius + m - 1, radius + m - 1)


class LayerBand(_Item):
    """The faint band behind a layer column; clicking it (or the header) selects the layer.
    It also lights up as a drop target."""

    def __init__(self, key, rect: QRectF):
        super().__init__(key, rect)
        self.drop = False
        self.setZValue(Z_BAND)
        self.setCacheMode(CACHED)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect
            self.update()

    def set_drop(self, on: bool) -> None:
        if on != self.drop:
            self.drop = on
            self.update()

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        fill = QColor(colors.DROP if self.drop else colors.COLUMN_FILL)
        fill.setAlpha(40 if self.drop else (30 if self.hovered else 18))
        painter.setBrush(fill)
        painter.setPen(QPen(colors.DROP, 2.5 * self.style) if self.drop else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(self.rect, 16, 16)
        if self.selected:
            self._ring(painter, 16)


class HeaderItem(_Item):
    """Two lines above a column: its name in bold ("Hidden 1") and a detail ("4 units").
    With a text floor (projection mode, see ``lettering``) a name that cannot be readable
    in the column's width shortens to ``short`` ("H1") and the detail is then left out
    (a narrow column is a tight picture: one line fewer leaves the nodes more room). A
    detail too wide for a name that fits gives way to ``compact`` (figures only: "2/7",
    "4"): "2 características" did not fit where "Hidden 1" and "4 units" did, and the
    inputs' header alone lost its second line."""

    def __init__(self, key, title: str, detail: str, short: str = "", compact: str = ""):
        super().__init__(key, QRectF(-100, -26, 200, 52))
        self.title, self.detail, self.short = title, detail, short or title
        self.compact = compact
        self.width, self.floor = 200.0, 0.0
        self.texts: list[Lettering] = []
        self.setZValue(Z_HEADER)
        self.setCacheMode(CACHED)
        if key is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._restyled()

    def set_frame(self, center: QPointF, width: float, scale: float) -> None:
        """Centre of its bottom part, width (item units) and the item's scale."""
        self.prepareGeometryChange()
        self.setPos(center)
        self.setScale(scale)
        self.width = width
        self._restyled()
        self.update()

    def set_floor(self, floor: float) -> None:
        """Smallest readable text size in scene pixels (0: none, the normal look)."""
        self._restyle("floor", floor)

    def drawn_texts(self) -> list[Lettering]:
        return list(self.texts)

    def _restyled(self) -> None:
        # grows upwards from y = 26: the column's nodes are below
        s, w = self.style, self.width
        if not self.floor:
            self.rect = QRectF(-w / 2, 26 - 52 * s, w, 52 * s)
            r = self.rect
            self.texts = [
                Lettering(self.title, fitted_font(self.title, 19 * s, w, bold=True),
                          QRectF(r.x(), r.y(), w, 28 * s)),
                Lettering(self.detail, fitted_font(self.detail, 15 * s, w),
                          QRectF(r.x(), r.y() + 27 * s, w, 24 * s))]
            return
        local = self.floor / self.scale()              # the floor in item units
        # measured in the language shown: a translated title or abbreviation may be longer
        title, bold = self.title, font(lettering.size(19 * s, local * 1.15), bold=True)
        shortened = not lettering.fits(title, bold, w)
        if shortened:
            title = self.short
            if not lettering.fits(title, bold, w):
                bold = font(lettering.size(0, local), bold=True)
        detail = font(lettering.size(15 * s, local))
        shown = "" if shortened else next(
            (t for t in (self.detail, self.compact) if t and lettering.fits(t, detail, w)), "")
        heights = [bold.pixelSize() * 1.45] + ([detail.pixelSize() * 1.5] if shown else [])
        self.rect = QRectF(-w / 2, 26 - sum(heights), w, sum(heights))
        top = self.rect.y()
        self.texts = [Lettering(title, bold, QRectF(-w / 2, top, w, heights[0]))]
        if shown:
            self.texts.append(Lettering(shown, detail,
                                        QRectF(-w / 2, top + heights[0], w, heights[1])))

    def paint(self, painter, option, widget=None) -> None:
        r, s = self.rect, self.style
        soft = QColor("#3a4250") if s > 1 else colors.INK_SOFT     # s > 1: projection
        for text, ink in zip(self.texts, (colors.INK, soft)):
            painter.setPen(ink)
            text.draw(painter)
        if self.hovered and self.key is not None:
            painter.setPen(QPen(colors.MUTED, 1))
            painter.drawLine(QPointF(r.x() + 20, r.bottom()), QPointF(r.right() - 20, r.bottom()))

    def mousePressEvent(self, event) -> None:
        if self.key is None:
            event.ignore()
            return
        super().mousePressEvent(event)

