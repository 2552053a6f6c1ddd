"""All links into one layer as ONE item, hit-tested in NumPy.

A 64x64 layer pair has 4096 links; 4096 QGraphicsItems per pair made the scene slow to
build and to hover. One item per pair draws every line itself and finds the link under the
mouse with one vectorised point-to-segment distance, so hover, tooltip, click and
double-click work the same for 4 links and for 4096. Colour follows the sign (blue +,
orange -), width and opacity follow |w|. Pairs with many links draw thinner and fainter
(batched into a few paths by sign and width) so the picture stays readable. ``style``
(projection mode) makes every line that many times wider.
"""

from __future__ import annotations

import numpy as np
from pyqtgraph.functions import arrayToQPath
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem

from gui import colors
from gui.editor.items import editor_of

DENSE = 600               # more links than this in a pair: batched, thin, faint drawing
MIN_WIDTH, MAX_WIDTH = 0.5, 6.0
Z_LINKS, Z_HIGHLIGHT = 0.0, 1.0
_BIN_EDGES = (0.25, 0.5, 1.0)   # |w| bins of a dense pair: one path per sign and bin
_FAST_EDGES = tuple(np.linspace(0.1, 2.0, 6))    # finer bins for fast (training) drawing


def link_width(w, dense: bool = False, style: float = 1.0):
    """Pen width for weight(s) w: 0.5 px at 0, growing with |w|, clamped to 0.5-6 px
    (dense pairs: 0.5-2 px); all times ``style``."""
    a = np.abs(np.asarray(w, dtype=float))
    if dense:
        return np.clip(0.5 + 0.9 * a, MIN_WIDTH, 2.0) * style
    return np.clip(0.5 + 2.75 * a, MIN_WIDTH, MAX_WIDTH) * style


def link_alpha(w, dense: bool = False):
    """Strength 0-255 of the sign's colour over the background: small weights fade so the
    strong connections stand out."""
    a = np.minimum(np.abs(np.asarray(w, dtype=float)), 1.0)
    return np.rint((18 + 120 * a) if dense else (90 + 165 * a)).astype(int)


def link_pen(w: float, dense: bool = False, style: float = 1.0) -> QPen:
    # Opaque: the faded colour is mixed with the background beforehand. Translucent lines
    # that overlap are merged into one outline before they are filled, and that cost 5x
    # (measured: 344 links of a 6x8 network in 34 ms translucent, 7 ms opaque). Where two
    # links cross, the one drawn later (the stronger: see _sparse_batches) is on top.
    pen = QPen(colors.over_background(colors.sign_color(w), int(link_alpha(w, dense))),
               float(link_width(w, dense, style)))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


class LinkLayerItem(QGraphicsItem):
    """The links into layer ``layer``: from ``sources`` (x, y per unit of the previous
    column, in user order) to ``targets`` (x, y per neuron)."""

    def __init__(self, layer: int, sources, targets):
        super().__init__()
        self.layer = layer
        src, dst = np.asarray(sources, float), np.asarray(targets, float)
        self.fan_in, self.units = len(src), len(dst)
        # link (u, k) is row u * fan_in + k, matching W[u, k]
        self.p0 = np.repeat(src[None, :, :], self.units, axis=0).reshape(-1, 2)
        self.p1 = np.repeat(dst[:, None, :], self.fan_in, axis=1).reshape(-1, 2)
        self.dense = self.fan_in * self.units > DENSE
        self.W = np.zeros((self.units, self.fan_in))
        self._batches: list[tuple[QPen, QPainterPath]] = []
        self.style = 1.0
        self._rect = self._bounds()
        self.hover: int | None = None
        self.setZValue(Z_LINKS)
        self.setAcceptHoverEvents(True)
        # Repainted from a pixmap when something over it changes (a neuron's map every
        # frame while training, a hover highlight): the lines are drawn again only when
        # the weights change (see EditorScene.refresh_params).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def editor(self):
        return editor_of(self)          # no stored reference: see items.editor_of

    def set_ends(self, sources, targets) -> None:
        """Move the links' ends (the nodes moved: see ``EditorScene.set_text_floor``)."""
        src, dst = np.asarray(sources, float), np.asarray(targets, float)
        self.prepareGeometryChange()
        self.p0 = np.repeat(src[None, :, :], self.units, axis=0).reshape(-1, 2)
        self.p1 = np.repeat(dst[:, None, :], self.fan_in, axis=1).reshape(-1, 2)
        self._rect = self._bounds()
        if self._batches:
            self._batches = self._make_batches()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def _bounds(self) -> QRectF:
        lo, hi = np.minimum(self.p0, self.p1).min(0), np.maximum(self.p0, self.p1).max(0)
        pad = MAX_WIDTH * self.style
        return QRectF(lo[0] - pad, lo[1] - pad, hi[0] - lo[0] + 2 * pad, hi[1] - lo[1] + 2 * pad)

    def set_style(self, scale: float) -> None:
        """Every line ``scale`` times its normal width (projection mode)."""
        if scale != self.style:
            self.prepareGeometryChange()
            self.style = scale
            self._rect = self._bounds()
            if self._batches:
                self._batches = self._make_batches()
            self.update()

    # -- values ----------------------------------------------------------------------------
    def set_weights(self, W: np.ndarray) -> None:
        """W: (units, fan_in), user order. Restyles the lines; no items are rebuilt."""
        W = np.asarray(W, dtype=float)
        if W.shape != self.W.shape:
            raise ValueError(f"layer {self.layer}: expected weights {self.W.shape}, got {W.shape}")
        if np.array_equal(W, self.W) and self._batches:
            return
        self.W = W.copy()
        self._batches = self._make_batches()
        self.update()

    def _fast(self) -> bool:
        return bool(getattr(self.scene(), "fast_links", False))

    def _make_batches(self):
        if self.dense:
            return self._binned_batches(_BIN_EDGES, dense=True)
        if self._fast():      # while training a large network: one path per sign and width
            return self._binned_batches(_FAST_EDGES, dense=False)
        return self._sparse_batches()

    def refresh_batches(self) -> None:
        """Rebuild the drawing after the scene's fast_links changed."""
        if self._batches:
            self._batches = self._make_batches()
        self.update()

    def _sparse_batches(self):
        """One (pen, path) per link, weakest first so strong links are drawn on top."""
        w = self.W.ravel()
        out = []
        for i in np.argsort(np.abs(w), kind="stable"):
            path = QPainterPath(QPointF(*self.p0[i]))
            path.lineTo(QPointF(*self.p1[i]))
            out.append((link_pen(float(w[i]), style=self.style), path))
        return out

    def _binned_batches(self, edges, dense: bool):
        """One path per sign and |w| bin (weakest bin first, positive before negative),
        drawn with the bin's median weight's pen: a few drawPath calls instead of one per
        link. One sort for all bins: with a median and a mask per bin, restyling the 7
        link layers of a 6x8 network took 9 ms, at every frame of training."""
        w = self.W.ravel()
        a = np.abs(w)
        bins = 2 * (len(edges) + 1)
        key = 2 * np.digitize(a, edges) + (w < 0)          # (bin, sign) as one number
        order = np.lexsort((a, key))                        # by key, then by |w|
        stops = np.cumsum(np.bincount(key, minlength=bins))
        out = []
        for k, stop in enumerate(stops):
            start = stops[k - 1] if k else 0
            if stop == start:
                continue
            sel = order[start:stop]                         # this bin's links, by |w|
            n = stop - start
            median = 0.5 * (a[sel[(n - 1) // 2]] + a[sel[n // 2]])
            xy = np.empty((2 * n, 2))
            xy[0::2], xy[1::2] = self.p0[sel], self.p1[sel]
            out.append((link_pen(-median if k % 2 else median, dense, self.style),
                        arrayToQPath(xy[:, 0], xy[:, 1], connect="pairs")))
        return out

    def pen_for(self, unit: int, index: int) -> QPen:
        """The pen of the link from unit ``index`` of the previous column to ``unit`` (what
        a non-dense pair draws; a dense pair draws the same colour with its bin's width)."""
        return link_pen(float(self.W[unit, index]), self.dense, self.style)

    def paint(self, painter, option, widget=None) -> None:
        fast = getattr(self.scene(), "fast_links", False)
        painter.setRenderHint(painter.RenderHint.Antialiasing, not (self.dense or fast))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen, path in self._batches:
            painter.setPen(pen)
            painter.drawPath(path)

    # -- pointing at one link --------------------------------------------------------------
    def link_at(self, pos: QPointF, tolerance: float = 5.0) -> tuple[int, int] | None:
        """(unit, index) of the link nearest ``pos`` (item coordinates) if within
        ``tolerance`` px of it (or of its drawn half-width), else None."""
        p = np.array([pos.x(), pos.y()])
        d = self.p1 - self.p0
        t = np.clip(((p - self.p0) * d).sum(1) / np.maximum((d * d).sum(1), 1e-12), 0, 1)
        dist = np.hypot(*(self.p0 + t[:, None] * d - p).T)
        reach = np.maximum(tolerance, link_width(self.W.ravel(), self.dense, self.style) / 2
                           + 2)
        i = int(np.argmin(dist - reach))
        if dist[i] > reach[i]:
            return None
        return divmod(i, self.fan_in)

    def line(self, unit: int, index: int) -> QLineF:
        i = unit * self.fan_in + index
        return QLineF(QPointF(*self.p0[i]), QPointF(*self.p1[i]))

    def hoverMoveEvent(self, event) -> None:
        hit = self.link_at(event.pos(), self._tolerance())
        key = None if hit is None else ("link", self.layer, *hit)
        self.setToolTip(self.editor.describe(key) if key else "")
        self.editor.hover_link(key)

    def hoverLeaveEvent(self, event) -> None:
        self.editor.hover_link(None)

    def mousePressEvent(self, event) -> None:
        hit = self.link_at(event.pos(), self._tolerance())
        if hit is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()      # empty space: let the view pan or clear the selection
            return
        self.editor.item_pressed(("link", self.layer, *hit), event.modifiers())

    def mouseDoubleClickEvent(self, event) -> None:
        hit = self.link_at(event.pos(), self._tolerance())
        if hit is None:
            event.ignore()
            return
        self.editor.edit_value(("weight", self.layer, *hit), event.scenePos())

    def _tolerance(self) -> float:
        # 5 screen pixels whatever the zoom, so thin links stay clickable when zoomed out
        views = self.scene().views() if self.scene() else []
        zoom = views[0].transform().m11() if views else 1.0
        return 5.0 / max(zoom, 0.05)


class LinkHighlight(QGraphicsLineItem):
    """A wide line drawn over one link: dark for hover, purple for the selection."""

    def __init__(self, color: QColor, width: float):
        super().__init__()
        self.width = width
        pen = QPen(color, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setZValue(Z_HIGHLIGHT)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.hide()

    def set_style(self, scale: float) -> None:
        pen = self.pen()
        pen.setWidthF(self.width * scale)
        self.setPen(pen)

    def set_colour(self, color: QColor) -> None:
        pen = self.pen()
        pen.setColor(color)
        self.setPen(pen)

    def show_line(self, line: QLineF | None) -> None:
        if line is None:
            self.hide()
        else:
            self.setLine(line)
            self.show()
