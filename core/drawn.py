"""Data a person draws on the Map: an inline ``data`` section marked ``"drawn": true``.

A drawing is inline data (``core.netfile_data``) with two columns ``x1, x2`` in the plane's
own (raw) units, an explicit ``problem`` and a fixed ``extent``, so that the plane does not
move under the pen as points come and go (an ordinary inline set is shown on its points'
box). It may hold fewer than the 2 points a split needs: it is built as it is drawn,
starting empty. These pure functions make the new sections; ``gui.drawing`` turns each
stroke into one undo step with them. Coordinates are rounded to ``DECIMALS`` when a point
is made, so that the file keeps exactly what was drawn.
"""

from __future__ import annotations

import numpy as np

from core.datasets import PLAYGROUND_FEATURES

EXTENT = (-6.0, 6.0, -6.0, 6.0)       # Playground's plane: a new drawing starts on it
# Every stroke's undo entry holds the drawing before it (a copy of the lists): 2,000
# points keep 1,000 strokes' entries below ~100 MB, and far more than a hand draws.
MAX_POINTS = 2000
DECIMALS = 3
SPRAY_COUNT = 5                       # points per spray of the can
SPRAY_SHARE = 0.05                    # its radius: this share of each axis of the plane
ERASE_SHARE = 0.04                    # the eraser's radius, the same way
SPRAY_SEED = 16                       # with the points so far: the same strokes, same points


def new_drawing(problem: str = "classification", extent=EXTENT) -> dict:
    """An empty drawing's ``data`` section on the plane ``extent`` (xmin, xmax, ymin, ymax)."""
    return {"source": "inline", "drawn": True, "problem": problem,
            "features": list(PLAYGROUND_FEATURES), "extent": [float(v) for v in extent],
            "X": [], "y": []}


def is_drawing(data: dict) -> bool:
    return data.get("source") == "inline" and data.get("drawn") is True


def extent_of(data: dict) -> tuple[float, float, float, float]:
    return tuple(float(v) for v in data.get("extent", EXTENT))


def problem_of(data: dict) -> str:
    return data.get("problem", "classification")


def points(data: dict) -> tuple[np.ndarray, np.ndarray]:
    """X (n, 2) float, y (n,): int class indices, or float values for regression."""
    X = np.array(data.get("X", []), dtype=float).reshape(-1, 2)
    dtype = float if problem_of(data) == "regression" else np.int64
    return X, np.array(data.get("y", []), dtype=float).astype(dtype)


def with_points(data: dict, X: np.ndarray, y: np.ndarray) -> dict:
    """A copy of ``data`` holding X (n, 2) and y (n,) as JSON-ready lists."""
    regression = problem_of(data) == "regression"
    return {**data, "X": [[float(a), float(b)] for a, b in np.asarray(X, dtype=float)],
            "y": [float(v) if regression else int(v) for v in np.asarray(y)]}


def n_classes(data: dict) -> int:
    """Classes the network must tell apart: those drawn, and never fewer than 2."""
    y = data.get("y", [])
    return max(2, int(max(y)) + 1) if y else 2


def label(value, problem: str):
    return float(value) if problem == "regression" else int(value)


def place(X, extent) -> np.ndarray:
    """X (n, 2) clipped into the plane and rounded as stored."""
    xmin, xmax, ymin, ymax = extent
    X = np.asarray(X, dtype=float).reshape(-1, 2)
    X = np.column_stack([np.clip(X[:, 0], xmin, xmax), np.clip(X[:, 1], ymin, ymax)])
    return np.round(X, DECIMALS)


def spray(centre, extent, rng: np.random.Generator, count: int = SPRAY_COUNT) -> np.ndarray:
    """``count`` points uniform in the spray's disc (an ellipse in data units: the same
    share of each axis) around ``centre`` (x, y): (count, 2), in the plane, rounded."""
    xmin, xmax, ymin, ymax = extent
    r = np.sqrt(rng.random(count))            # uniform over the disc, not crowded inside
    angle = rng.random(count) * 2 * np.pi
    radius = SPRAY_SHARE * np.array([xmax - xmin, ymax - ymin])
    offsets = np.column_stack([r * np.cos(angle), r * np.sin(angle)]) * radius
    return place(np.asarray(centre, dtype=float) + offsets, extent)


def spray_rng(n_points: int) -> np.random.Generator:
    """The spray's generator for a stroke that starts with ``n_points`` drawn."""
    return np.random.default_rng([SPRAY_SEED, n_points])


def erased(X, centre, extent, share: float = ERASE_SHARE) -> np.ndarray:
    """(n,) bool: the points of X (n, 2) under the eraser at ``centre``."""
    xmin, xmax, ymin, ymax = extent
    radius = share * np.array([xmax - xmin, ymax - ymin])
    d = (np.asarray(X, dtype=float).reshape(-1, 2) - np.asarray(centre, dtype=float)) / radius
    return (d ** 2).sum(axis=1) <= 1.0


def room(data: dict) -> int:
    """How many more points the drawing may take (``MAX_POINTS``)."""
    return max(0, MAX_POINTS - len(data.get("X", [])))
