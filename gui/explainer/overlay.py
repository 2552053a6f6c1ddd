"""What the explainer draws on other views: the explained neuron and its links on the
network canvas, and a ring around the chosen sample on the Map.

The editor's scene is never edited here: two items of our own are added to it, a halo
under the links (so each link keeps its sign colour on top) and outlines above the nodes.
``scene.build`` clears the scene and deletes them, so every ``show`` checks that they
still exist and makes new ones if not.
"""

from __future__ import annotations

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, QLineF, QObject, QPointF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from gui.explainer.tag_spot import free_spot, least_covering

HIGHLIGHT = QColor("#009e73")      # Okabe-Ito bluish green: neither a sign nor selection
Z_HALO, Z_OUTLINE = -0.5, 3.0      # links are at 0 and nodes at 2 (gui.editor)
TAG_STEPS = (0.85, 0.7, 0.6)       # of the tag's full size, tried where it finds no room
TAG_MIN_PX = 18                    # its smallest text: still read from the back (16 px rule)


class _Passive(QGraphicsItem):
    """An item that only paints: no mouse, no hover, no shape to hit (the editor's
    ``key_at`` and drops look straight through it)."""

    def __init__(self, z: float):
        super().__init__()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._rect = QRectF()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()


class LinkHalo(_Passive):
    """Wide translucent lines under the highlighted links."""

    def __init__(self):
        super().__init__(Z_HALO)
        self.lines: list[QLineF] = []

    def set_lines(self, lines: list[QLineF]) -> None:
        self.prepareGeometryChange()
        self.lines = lines
        rect = QRectF()
        for line in lines:
            rect = rect.united(QRectF(line.p1(), line.p2()).normalized())
        self._rect = rect.adjusted(-12, -12, 12, 12)
        self.update()

    def paint(self, painter, option, widget=None) -> None:
        colour = QColor(HIGHLIGHT)
        colour.setAlpha(150)
        pen = QPen(colour, 13)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.drawLines(self.lines)


class NodeOutlines(_Passive):
    """A thick outline around the explained neuron and thin dashed ones around the others
    involved."""

    def __init__(self):
        super().__init__(Z_OUTLINE)
        self.main: QRectF | None = None
        self.others: list[QRectF] = []

    def set_outlines(self, main: QRectF | None, others: list[QRectF]) -> None:
        self.prepareGeometryChange()
        self.main, self.others = main, others
        rect = QRectF()
        for r in ([main] if main is not None else []) + others:
            rect = rect.united(r)
        self._rect = rect.adjusted(-12, -12, 12, 12)
        self.update()

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(HIGHLIGHT, 3, Qt.PenStyle.DashLine))
        for r in self.others:
            painter.drawRoundedRect(r.adjusted(-5, -5, 5, 5), 8, 8)
        if self.main is not None:
            painter.setPen(QPen(HIGHLIGHT, 6))
            painter.drawRoundedRect(self.main.adjusted(-7, -7, 7, 7), 10, 10)


class ValueTag(_Passive):
    """The step's number ("z = 1.34") in a green box beside the explained neuron. It keeps
    its size on screen whatever the zoom (a 64-input network is drawn small)."""

    def __init__(self):
        super().__init__(Z_OUTLINE + 0.5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.text = ""
        self.font = QFont()
        self.font.setBold(True)

    def set_text(self, text: str, pixel_size: int) -> QSizeF:
        """The text and its size; returns the box's size on screen (px)."""
        self.text = text
        self.font.setPixelSize(pixel_size)
        size = QFontMetricsF(self.font).size(0, text)
        return QSizeF(size.width() + 16, size.height() + 8)

    def put(self, scene_pos: QPointF, size: QSizeF) -> None:
        """The box's top left corner at ``scene_pos``, ``size`` screen pixels large (none
        without a text)."""
        self.prepareGeometryChange()
        self._rect = QRectF(QPointF(0, 0), size) if self.text else QRectF()
        self.setPos(scene_pos)
        self.update()

    @property
    def rect(self) -> QRectF:
        """Where its text is drawn, in its own (screen-sized) coordinates."""
        return QRectF(self._rect)

    def paint(self, painter, option, widget=None) -> None:
        if not self.text:
            return
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(HIGHLIGHT)
        painter.drawRoundedRect(self._rect, 6, 6)
        painter.setPen(QColor("white"))
        painter.setFont(self.font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


def _node_rect(item) -> QRectF:
    return item.mapRectToScene(item.rect)


class CanvasHighlight(QObject):
    """Draws a step's highlight keys on ``editor``'s scene; ``clear()`` removes it. Drawn
    again when the view changes size: the fit then moves the nodes (projection's text
    floor) and the tag's free spot is elsewhere."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.halo: LinkHalo | None = None
        self.outlines: NodeOutlines | None = None
        self.tag: ValueTag | None = None
        self._shown: tuple | None = None        # show()'s arguments, to draw again
        editor.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and self._shown is not None:
            QTimer.singleShot(0, self, self._redraw)      # after the view's own fit
        return False

    def _redraw(self) -> None:
        if self._shown is not None and self.tag is not None and shiboken6.isValid(self.tag):
            self.show(*self._shown)

    def _items(self):
        scene = self.editor.scene()
        for name, cls in (("halo", LinkHalo), ("outlines", NodeOutlines), ("tag", ValueTag)):
            item = getattr(self, name)
            if item is None or not shiboken6.isValid(item) or item.scene() is not scene:
                item = cls()
                scene.addItem(item)
                setattr(self, name, item)
        return self.halo, self.outlines, self.tag

    def show(self, highlight, neuron, tag: str = "", side: str = "right") -> None:
        """highlight: keys ("neuron", l, u), ("link", l, u, k), ("input", k); neuron:
        (layer, unit) drawn boldest with ``tag`` beside it (preferably on ``side``, away
        from the lit links), or None."""
        self._shown = (highlight, neuron, tag, side)
        scene = self.editor.scene()
        halo, outlines, tag_item = self._items()
        inputs = {item.index: item for item in scene.inputs if item.index is not None}
        lines, others, main = [], [], None
        for key in highlight:
            if key[0] == "link" and key[1] < len(scene.links):
                link = scene.links[key[1]]
                if key[2] < link.units and key[3] < link.fan_in:
                    line = scene.link_line(key)
                    lines.append(QLineF(link.mapToScene(line.p1()), link.mapToScene(line.p2())))
            elif key[0] == "neuron" and (key[1], key[2]) in scene.neurons:
                rect = _node_rect(scene.neurons[(key[1], key[2])])
                if (key[1], key[2]) == neuron:
                    main = rect
                else:
                    others.append(rect)
            elif key[0] == "input" and key[1] in inputs:
                others.append(_node_rect(inputs[key[1]]))
        halo.set_lines(lines)
        outlines.set_outlines(main, others)
        if main is None or not tag:
            tag_item.put(QPointF(), tag_item.set_text("", 1))
            return
        self._put_tag(tag_item, tag, main, lines, side)

    def _put_tag(self, tag_item, tag: str, main: QRectF, lines: list[QLineF],
                 side: str) -> None:
        """The tag beside ``main`` (scene) on no header and no node, inside the view
        (``tag_spot``); smaller, down to TAG_MIN_PX, where a dense network leaves no room
        for its full size; where even that has none, on as little as it can."""
        view = self.editor
        full = round(view.fontInfo().pixelSize() * 1.5)
        sizes = sorted({max(TAG_MIN_PX, round(full * f)) for f in TAG_STEPS} | {full},
                       reverse=True)
        place = self._place_finder(main, lines, side)
        for pixels in sizes:
            size = tag_item.set_text(tag, pixels)
            rect = place(size, free=True)
            if rect is not None:
                break
        else:
            rect = place(size, free=False)
        tag_item.put(view.mapToScene(rect.topLeft().toPoint()), size)

    def _place_finder(self, main: QRectF, lines: list[QLineF], side: str):
        """A function (size, free) -> view rectangle for the tag (None: nothing free),
        with the view's obstacles measured once."""
        view = self.editor

        def on_view(rect: QRectF) -> QRectF:
            return QRectF(view.mapFromScene(rect).boundingRect())

        outline = 7 + 3                # NodeOutlines' ring around the neuron, and its pen
        target = on_view(main).adjusted(-outline, -outline, outline, outline)
        obstacles = [on_view(r) for r in canvas_obstacles(view.scene())]
        seen = [QLineF(view.mapFromScene(line.p1()), view.mapFromScene(line.p2()))
                for line in lines]
        bounds = QRectF(view.viewport().rect()).adjusted(4, 4, -4, -4)

        def place(size: QSizeF, free: bool) -> QRectF | None:
            if free:
                return free_spot(size, target, obstacles, bounds, seen, side)
            return least_covering(size, target, obstacles, bounds)
        return place

    def clear(self) -> None:
        self._shown = None
        for item in (self.halo, self.outlines, self.tag):
            if item is not None and shiboken6.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self.halo = self.outlines = self.tag = None


def canvas_obstacles(scene) -> list[QRectF]:
    """What the tag must not cover (scene rectangles): every node with what hangs on it
    (badges, its bias dot, its selection ring) and the texts of the layer headers."""
    rects = [item.mapRectToScene(item.boundingRect() | item.childrenBoundingRect())
             for item in (*scene.inputs, *scene.neurons.values())]
    for header in (getattr(scene, "input_header", None), *scene.headers):
        if header is not None and header.isVisible():
            rects += [header.mapRectToScene(text.box()) for text in header.drawn_texts()]
    return rects


class MapMarker:
    """A ring around the chosen sample on the decision plot (``gui.plots.DecisionPlot``);
    a sample the person typed gets a cross in its ring, as it is no point of the data."""

    def __init__(self, decision_plot):
        self.plot = decision_plot
        self.ring = pg.ScatterPlotItem(symbol="o", size=30, brush=None,
                                       pen=pg.mkPen(HIGHLIGHT, width=5))
        self.ring.setZValue(20)
        self.ring.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.typed = False
        self._added = False

    def show(self, point: tuple[float, float] | None, typed: bool = False) -> None:
        if point is None:
            self.clear()
            return
        if not self._added:
            self.plot.plot.addItem(self.ring)
            self._added = True
        self.typed = typed
        spots = [{"pos": QPointF(*point), "symbol": "o", "size": 30}]
        if typed:
            spots.append({"pos": QPointF(*point), "symbol": "+", "size": 18,
                          "brush": pg.mkBrush(HIGHLIGHT)})
        self.ring.setData(spots)

    def clear(self) -> None:
        self.typed = False
        if self._added:
            self.plot.plot.removeItem(self.ring)
            self._added = False
