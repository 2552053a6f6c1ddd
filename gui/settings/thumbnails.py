"""Small pictures of the data sets for the picker, drawn once with QPainter and cached.

A 2-D set is a scatter of a noise-free sample, coloured by class (class 0 orange, class 1
blue, then the decision plot's extra colours) or, for regression, by target on the app's
diverging map; a set defined by a curve (points above or below it) has the curve drawn over
its points, since 240 random points hardly show a sine at this size; digits are a 3 x 3
grid of scanned digits; a CSV file is a little table.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QPolygonF

from core import datasets
from core.csv_data import bundled_digits
from gui import colors
from gui.plots import colormap
from gui.plots.decision_plot import class_colours
from gui.settings.fit import THUMB_SEED

SIZE = 96                # pixels; the combo and the preview scale it down as they need
CSV = "csv"              # the picture of a CSV file (not a data set name)
_MARGIN = 5
_cache: dict[tuple[str, str], QPixmap] = {}     # (name, scheme) -> picture


def thumbnail(name: str) -> QPixmap:
    """The picture of built-in set ``name`` (or ``CSV``), rendered on first use."""
    key = (name, colors.current().name)      # on the light or dark scheme's background
    pix = _cache.get(key)
    if pix is None:
        pix = _cache[key] = _render(name)
    return pix


def _render(name: str) -> QPixmap:
    pix = QPixmap(SIZE, SIZE)
    pix.fill(QColor(colors.current().plot_background))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if name == CSV:
        _draw_table(p)
    elif datasets.BUILTIN[name].extent is None:
        _draw_digits(p)
    else:
        _draw_points(p, name)
    p.setPen(QPen(colors.MUTED, 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(0.5, 0.5, SIZE - 1, SIZE - 1))
    p.end()
    return pix


def _point_colours(ds: datasets.Dataset) -> list[QColor]:
    if ds.problem == "classification":
        palette = [QColor(c) for c in class_colours(ds.n_classes)]
        return [palette[int(k)] for k in ds.y]
    top = float(np.abs(ds.y).max()) or 1.0
    rgba = colormap.to_rgba(ds.y, -top, top)
    return [QColor(int(r), int(g), int(b)) for r, g, b, _ in rgba]


def _draw_points(p: QPainter, name: str) -> None:
    spec = datasets.BUILTIN[name]
    ds = datasets.make(name, 240, 0.0, THUMB_SEED)
    (x0, x1), (y0, y1) = spec.extent
    span = SIZE - 2 * _MARGIN
    xs = _MARGIN + (ds.X[:, 0] - x0) / (x1 - x0) * span
    ys = _MARGIN + (y1 - ds.X[:, 1]) / (y1 - y0) * span      # y grows upwards
    # values near 0 are nearly white: a thin grey rim keeps them visible
    p.setPen(QPen(QColor("#b4bcc6"), 0.6) if ds.problem == "regression" else Qt.PenStyle.NoPen)
    radius = 2.6
    for x, y, colour in zip(xs, ys, _point_colours(ds)):
        p.setBrush(colour)
        p.drawEllipse(QRectF(x - radius, y - radius, 2 * radius, 2 * radius))
    if spec.curve is not None:
        _draw_curve(p, spec)


def _draw_curve(p: QPainter, spec: datasets.BuiltinSpec) -> None:
    """The boundary x2 = curve(x1) as a dark line, clipped to the picture's plane."""
    (x0, x1), (y0, y1) = spec.extent
    span = SIZE - 2 * _MARGIN
    along = np.linspace(x0, x1, span)
    heights = spec.curve(along)
    p.save()
    p.setClipRect(QRectF(_MARGIN, _MARGIN, span, span))
    p.setPen(QPen(colors.INK, 1.6))
    p.drawPolyline(QPolygonF([QPointF(_MARGIN + (a - x0) / (x1 - x0) * span,
                                      _MARGIN + (y1 - h) / (y1 - y0) * span)
                              for a, h in zip(along, heights)]))
    p.restore()


def _draw_digits(p: QPainter) -> None:
    X, y = bundled_digits()
    cell = (SIZE - 2 * _MARGIN) / 3
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    for k in range(9):
        row = int(np.argmax(y == k + 1))                 # the first 1, 2, ..., 9
        ink = X[row] * (255 / 16)                        # dark strokes on light, or
        pixels = np.ascontiguousarray(ink if colors.current().dark else 255 - ink,
                                      dtype=np.uint8)    # light ones on dark
        image = QImage(pixels.data, 8, 8, 8, QImage.Format.Format_Grayscale8).copy()
        target = QRectF(_MARGIN + (k % 3) * cell + 1, _MARGIN + (k // 3) * cell + 1,
                        cell - 2, cell - 2)
        p.drawImage(target, image)


def _draw_table(p: QPainter) -> None:
    left, top, width, height = 14, 18, SIZE - 28, SIZE - 36
    rows, cols = 5, 3
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colormap.BLUE))
    p.drawRect(QRectF(left, top, width, height / rows))
    p.setPen(QPen(colors.INK, 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(left, top, width, height))
    for r in range(1, rows):
        y = top + r * height / rows
        p.drawLine(QLineF(left, y, left + width, y))
    for c in range(1, cols):
        x = left + c * width / cols
        p.drawLine(QLineF(x, top, x, top + height))
