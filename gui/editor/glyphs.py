"""The little curve that stands for an activation: on palette chips and inside neurons.

Curves are sampled once per activation from the registry's own ``fn`` over z in [-4, 4] and
normalised to a unit box; a path for a given rectangle is a cheap scale of that, cached,
because a 64-unit layer draws the same few glyphs hundreds of times.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from core import activations as act

Z_RANGE = (-4.0, 4.0)
_SAMPLES = 81

def short_label(name: str) -> str:
    """A label that fits inside a 64 px node; the full one is in the tooltip."""
    return act.get(name).short_label


@lru_cache(maxsize=None)
def _unit_curve(name: str) -> tuple[np.ndarray, np.ndarray, float]:
    """(u, v, v_of_zero): the curve in [0, 1]^2, v up, and where g = 0 falls on v."""
    spec = act.get(name)
    z = np.linspace(*Z_RANGE, _SAMPLES)
    if spec.is_group:
        # softmax needs a group; one neuron against a rival at 0 is softmax([z, 0])[0]
        g = spec.fn(np.stack([z, np.zeros_like(z)]), axis=0)[0]
    elif name == "leaky_relu":
        # its real slope (0.01) is invisible at this size and it would look like ReLU; the
        # glyph is a sketch, so the leak is drawn steeper (the tooltip gives the real alpha)
        g = spec.fn(z, 0.08)
    else:
        g = spec.fn(z)
    lo, hi = min(float(g.min()), 0.0), max(float(g.max()), 0.0)
    pad = 0.08 * (hi - lo or 1.0)
    lo, hi = lo - pad, hi + pad
    u = (z - Z_RANGE[0]) / (Z_RANGE[1] - Z_RANGE[0])
    return u, (g - lo) / (hi - lo), (0.0 - lo) / (hi - lo)


@lru_cache(maxsize=512)
def _curve_path(name: str, x: float, y: float, w: float, h: float) -> QPainterPath:
    u, v, _ = _unit_curve(name)
    path = QPainterPath(QPointF(x + u[0] * w, y + (1 - v[0]) * h))
    for ui, vi in zip(u[1:], v[1:]):
        path.lineTo(x + ui * w, y + (1 - vi) * h)
    return path


def curve_path(name: str, rect: QRectF) -> QPainterPath:
    """The activation's curve g(z), z in [-4, 4], fitted into ``rect`` (y up)."""
    return QPainterPath(_curve_path(name, rect.x(), rect.y(), rect.width(), rect.height()))


def axes_path(name: str, rect: QRectF) -> QPainterPath:
    """The z axis (g = 0) and the g axis (z = 0) of the glyph, drawn faintly under it."""
    _, _, v0 = _unit_curve(name)
    path = QPainterPath()
    y0 = rect.y() + (1 - v0) * rect.height()
    path.moveTo(rect.left(), y0)
    path.lineTo(rect.right(), y0)
    path.moveTo(rect.center().x(), rect.top())
    path.lineTo(rect.center().x(), rect.bottom())
    return path
