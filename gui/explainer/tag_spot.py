"""Where the explainer's value tag ("δ = 0.100", a large green box) goes on the network
canvas: near the explained neuron, inside the view, on no layer header and no node.

On a projected stage the network pane is small and the tag large; put above the neuron's
corner, as it was, it covered the layer headers ("Hidden 1", "Output") from the back of a
room. Plain geometry in view pixels, so it is tested without a scene.
"""

from __future__ import annotations

import math

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
    candidates = sorted(((_gap(QRectF(x, y, w, h), target), x, y)
                         for x in _steps(bounds.left(), bounds.right() - w)
                         for y in _steps(bounds.top(), bounds.bottom() - h)))
    best, best_cost = None, math.inf
    for gap, x, y in candidates:
        if gap >= best_cost:
            break                       # sorted by distance: nothing nearer is left
        rect = QRectF(x, y, w, h)
        padded = rect.adjusted(-CLEARANCE, -CLEARANCE, CLEARANCE, CLEARANCE)
        if any(padded.intersects(o) for o in obstacles):
            continue
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
    return min((QRectF(x, y, w, h) for x in _steps(bounds.left(), bounds.right() - w)
                for y in _steps(bounds.top(), bounds.bottom() - h)),
               key=lambda r: (sum(_area(r.intersected(o)) for o in obstacles),
                              _gap(r, target)))


def _steps(start: float, end: float) -> list[float]:
    """``start``, ``start + STEP``, ... and ``end`` itself (flush with the edge); just
    ``start`` when there is no room."""
    if end <= start:
        return [start]
    n = int((end - start) // STEP)
    return [start + i * STEP for i in range(n + 1)] + [end]


def _gap(a: QRectF, b: QRectF) -> float:
    """Distance between two rectangles (0 when they touch or overlap)."""
    dx = max(0.0, b.left() - a.right(), a.left() - b.right())
    dy = max(0.0, b.top() - a.bottom(), a.top() - b.bottom())
    return math.hypot(dx, dy)


def _area(rect: QRectF) -> float:
    return 0.0 if rect.isEmpty() else rect.width() * rect.height()


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
