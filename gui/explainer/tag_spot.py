"""Where the explainer's value tag ("δ = 0.100", a large green box) goes on the network
canvas: near the explained neuron, inside the view, on no layer header and no node.

On a projected stage the network pane is small and the tag large; put above the neuron's
corner, as it was, it covered the layer headers ("Hidden 1", "Output") from the back of a
room. Plain geometry in view pixels, so it is tested without a scene.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF

STEP = 6.0             # px between the positions tried
CLEARANCE = 3.0        # px kept free around the tag
LINK_COST = 40.0       # px of distance a crossed highlighted link is worth (it is the story)
SIDE_COST = 12.0       # px of distance the side away from the lit links is worth


def spot(size: QSizeF, target: QRectF, obstacles: list[QRectF], bounds: QRectF,
         lines: list[QLineF] = (), side: str = "right") -> QRectF:
    """The rectangle (view px) for a tag of ``size`` beside ``target`` (the neuron):
    inside ``bounds``, touching none of ``obstacles`` (headers, nodes), crossing as few of
    ``lines`` (the lit links) as it can, on ``side`` ("left"/"right") of the neuron when
    that costs little. Where nothing is free, the place that covers least."""
    return free_spot(size, target, obstacles, bounds, lines, side) or \
        least_covering(size, target, obstacles, bounds)


def free_spot(size: QSizeF, target: QRectF, obstacles: list[QRectF], bounds: QRectF,
              lines: list[QLineF] = (), side: str = "right") -> QRectF | None:
    """``spot``'s free place, or None when there is none."""
    w, h = size.width(), size.height()
    xs, ys = _grid(bounds, w, h)
    gaps = _gaps(xs, ys, w, h, target)
    free = _clear_of(xs, ys, w, h, obstacles)
    order = np.lexsort((ys, xs, gaps))           # nearest first (then left, then top)
    best, best_cost = None, math.inf
    for i in order[free[order]]:
        gap = float(gaps[i])
        if gap >= best_cost:
            break                       # sorted by distance: nothing nearer is left
        rect = QRectF(float(xs[i]), float(ys[i]), w, h)
        away = rect.center().x() < target.center().x() if side == "right" else \
            rect.center().x() > target.center().x()
        cost = gap + LINK_COST * sum(_crosses(line, rect) for line in lines) + \
            SIDE_COST * away
        if cost < best_cost:
            best, best_cost = rect, cost
    return best


def least_covering(size: QSizeF, target: QRectF, obstacles: list[QRectF],
                   bounds: QRectF) -> QRectF:
    """The place inside ``bounds`` where a tag of ``size`` covers least of ``obstacles``,
    the nearest to ``target`` of those."""
    w, h = size.width(), size.height()
    xs, ys = _grid(bounds, w, h)
    covered = 0.0
    for o in (o.normalized() for o in obstacles):     # in order, as sum() would add them
        covered = covered + _overlap(xs, xs + w, o.left(), o.right()) * \
            _overlap(ys, ys + h, o.top(), o.bottom())
    i = np.lexsort((_gaps(xs, ys, w, h, target), covered))[0]   # the first of the least
    return QRectF(float(xs[i]), float(ys[i]), w, h)


def _grid(bounds: QRectF, w: float, h: float) -> tuple[np.ndarray, np.ndarray]:
    """(x (n,), y (n,)) top left corners of every place tried for a ``w`` x ``h`` tag
    inside ``bounds``, column by column. Arrays: a view has some 15 000 places, and the
    tag is placed again on every refresh of a step while the network trains."""
    x, y = np.meshgrid(_steps(bounds.left(), bounds.right() - w),
                       _steps(bounds.top(), bounds.bottom() - h), indexing="ij")
    return x.ravel(), y.ravel()


def _gaps(xs: np.ndarray, ys: np.ndarray, w: float, h: float, b: QRectF) -> np.ndarray:
    """(n,) distance from each ``w`` x ``h`` rectangle at (xs, ys) to ``b`` (0 when they
    touch or overlap)."""
    dx = np.maximum(0.0, np.maximum(b.left() - (xs + w), xs - b.right()))
    dy = np.maximum(0.0, np.maximum(b.top() - (ys + h), ys - b.bottom()))
    return np.hypot(dx, dy)


def _clear_of(xs: np.ndarray, ys: np.ndarray, w: float, h: float,
              obstacles: list[QRectF]) -> np.ndarray:
    """(n,) bool: whether the ``w`` x ``h`` rectangle at (xs, ys), with CLEARANCE around
    it, touches none of ``obstacles`` (as QRectF.intersects: an empty one touches none)."""
    left, top = xs - CLEARANCE, ys - CLEARANCE
    right, bottom = left + (w + CLEARANCE + CLEARANCE), top + (h + CLEARANCE + CLEARANCE)
    free = np.ones(len(xs), dtype=bool)
    for o in obstacles:
        o = o.normalized()
        if o.width() > 0 and o.height() > 0:
            free &= (left >= o.right()) | (o.left() >= right) | \
                (top >= o.bottom()) | (o.top() >= bottom)
    return free


def _overlap(lo: np.ndarray, hi: np.ndarray, o_lo: float, o_hi: float) -> np.ndarray:
    """(n,) length shared by the spans [lo, hi] and [o_lo, o_hi] (0 when none)."""
    return np.maximum(0.0, np.minimum(hi, o_hi) - np.maximum(lo, o_lo))


def _steps(start: float, end: float) -> list[float]:
    """``start``, ``start + STEP``, ... and ``end`` itself (flush with the edge); just
    ``start`` when there is no room."""
    if end <= start:
        return [start]
    n = int((end - start) // STEP)
    return [start + i * STEP for i in range(n + 1)] + [end]


def _crosses(line: QLineF, rect: QRectF) -> bool:
    """Whether the segment ``line`` passes through ``rect`` (Liang-Barsky clipping)."""
    p, d = line.p1(), QPointF(line.dx(), line.dy())
    t0, t1 = 0.0, 1.0
    for delta, low, high, start in ((d.x(), rect.left(), rect.right(), p.x()),
                                    (d.y(), rect.top(), rect.bottom(), p.y())):
        if abs(delta) < 1e-9:
            if not low <= start <= high:
                return False
            continue
        a, b = (low - start) / delta, (high - start) / delta
        t0, t1 = max(t0, min(a, b)), min(t1, max(a, b))
        if t0 > t1:
            return False
    return True
