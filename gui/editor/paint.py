"""Painting helpers of the editor's items: pixel fonts, fitted labels, cached glyph
pixmaps, the padlock. ``style`` arguments are the projection-mode factor (1.0 normally)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QPixmap

from gui import colors
from gui.editor import glyphs


def font(px: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


GLYPHS: dict[tuple, QPixmap] = {}


def glyph_pixmap(activation: str, w: float, h: float, size: float, scale: float,
                 style: float = 1.0) -> QPixmap:
    """The activation's axes and curve for a w x h scene rectangle at view ``scale``, the
    curve ``style`` times thicker (projection mode)."""
    key = (activation, round(w * scale), round(h * scale), round(size), round(style, 3),
           colors.current().name)
    pixmap = GLYPHS.get(key)
    if pixmap is None:
        if len(GLYPHS) > 2000:          # zooming through many scales: start over
            GLYPHS.clear()
        pixmap = QPixmap(max(1, key[1]), max(1, key[2]))
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(key[1] / w if w else 1.0, key[2] / h if h else 1.0)
        rect = QRectF(0, 0, w, h)
        p.setPen(QPen(colors.MUTED, style, Qt.PenStyle.DotLine))
        p.drawPath(glyphs.axes_path(activation, rect))
        p.setPen(QPen(colors.INK, max(1.5, size / 26) * style, Qt.PenStyle.SolidLine,
                      Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        p.drawPath(glyphs.curve_path(activation, rect))
        p.end()
        GLYPHS[key] = pixmap
    return pixmap


def badge_pixmap(activation: str, w: float, h: float, size: float, scale: float,
                 style: float = 1.0) -> QPixmap:
    """The glyph on a white rounded plate, for the corner of a node that shows its map
    (one drawPixmap a frame instead of a rounded rectangle and the glyph)."""
    key = ("badge", activation, round(w * scale), round(h * scale), round(size),
           round(style, 3), colors.current().name)
    pixmap = GLYPHS.get(key)
    if pixmap is None:
        pixmap = QPixmap(max(1, key[2]), max(1, key[3]))
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(key[2] / w if w else 1.0, key[3] / h if h else 1.0)
        p.setPen(Qt.PenStyle.NoPen)
        plate = colors.NODE_FILL
        plate.setAlpha(215)
        p.setBrush(plate)
        p.drawRoundedRect(QRectF(0, 0, w, h), 3, 3)
        p.drawPixmap(QRectF(2, 2, w - 4, h - 4),
                     glyph_pixmap(activation, w - 4, h - 4, size, scale, style), QRectF())
        p.end()
        GLYPHS[key] = pixmap
    return pixmap


LABEL_FONTS: dict[tuple[str, float, float], QFont] = {}


def label_font(label: str, size: float, style: float = 1.0) -> QFont:
    """The largest bold font up to ``style`` * size/5 px in which ``label`` fits the
    node's width."""
    f = LABEL_FONTS.get((label, size, style))
    if f is None:
        f = fitted_font(label, max(11.0, size * 0.2) * style, size - 6, bold=True)
        LABEL_FONTS[(label, size, style)] = f
    return f


def fitted_font(text: str, px: float, width: float, bold: bool = False,
                smallest: float = 7.0) -> QFont:
    """The largest font up to ``px`` pixels (not below ``smallest``) in which ``text`` is
    at most ``width`` wide."""
    f = font(px, bold)
    while px > smallest and QFontMetricsF(f).horizontalAdvance(text) > width:
        px -= 0.5
        f = font(px, bold)
    return f


def padlock(painter, center: QPointF, s: float) -> None:
    """A small padlock: 'this neuron is frozen, training leaves it alone'."""
    painter.setPen(QPen(colors.INK, max(1.2, s * 0.3)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(center.x() - s * 0.55, center.y() - s * 1.2, s * 1.1, s * 1.3),
                    0, 180 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.INK)
    painter.drawRoundedRect(QRectF(center.x() - s * 0.85, center.y() - s * 0.45, s * 1.7,
                                   s * 1.3), s * 0.2, s * 0.2)
