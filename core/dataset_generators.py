"""The built-in data sets' generators (``core.datasets`` registers them).

Each takes (rng, n, noise) and returns X (n, 2) float64 and y (n,): int labels or floats.
The TensorFlow Playground sets follow its ``dataset.ts`` formula for formula (points in
[-6, 6]^2, noise 0-0.5 as a fraction); all randomness comes from ``rng``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from core.csv_data import bundled_digits


def _halves(n: int) -> tuple[int, int]:
    # Playground loops `i < n / 2` twice, giving n + 1 points for odd n; we give exactly n.
    return (n + 1) // 2, n // 2


def _labels(counts: Sequence[int], classes: Sequence[int]) -> np.ndarray:
    """(sum(counts),) int64: classes[0] repeated counts[0] times, then classes[1], ..."""
    return np.repeat(np.asarray(classes, dtype=np.int64), counts)


def _polar(r: np.ndarray, angle: np.ndarray) -> np.ndarray:
    # Playground puts sin on x and cos on y.
    return np.column_stack([r * np.sin(angle), r * np.cos(angle)])


def circle(rng, n, noise):
    n_in, n_out = _halves(n)
    radius = 5.0
    r = np.concatenate(
        [rng.uniform(0, radius * 0.5, n_in), rng.uniform(radius * 0.7, radius, n_out)]
    )
    X = _polar(r, rng.uniform(0, 2 * np.pi, n))
    # The label comes from a jittered copy of the point, so noise blurs the boundary.
    moved = X + rng.uniform(-radius, radius, (n, 2)) * noise
    return X, (np.hypot(moved[:, 0], moved[:, 1]) < radius * 0.5).astype(np.int64)


def xor(rng, n, noise):
    X = rng.uniform(-5, 5, (n, 2))
    X += np.where(X > 0, 0.3, -0.3)  # padding keeps points off the axes
    moved = X + rng.uniform(-5, 5, (n, 2)) * noise
    return X, (moved[:, 0] * moved[:, 1] >= 0).astype(np.int64)


def gauss(rng, n, noise):
    n_pos, n_neg = _halves(n)
    std = math.sqrt(0.5 + 7.0 * noise)  # Playground maps noise 0..0.5 to variance 0.5..4
    X = np.concatenate([rng.normal(2.0, std, (n_pos, 2)), rng.normal(-2.0, std, (n_neg, 2))])
    return X, _labels((n_pos, n_neg), (1, 0))


def spiral(rng, n, noise):
    half = n / 2
    parts = []
    for count, delta in zip(_halves(n), (0.0, np.pi)):
        i = np.arange(count)
        X = _polar(i / half * 5, 1.75 * i / half * 2 * np.pi + delta)
        parts.append(X + rng.uniform(-1, 1, (count, 2)) * noise)
    n_pos, n_neg = _halves(n)
    return np.concatenate(parts), _labels((n_pos, n_neg), (1, 0))


def plane(rng, n, noise):
    X = rng.uniform(-6, 6, (n, 2))
    moved = X + rng.uniform(-6, 6, (n, 2)) * noise
    return X, moved.sum(axis=1) / 10.0  # Playground scales x + y from [-10, 10] to [-1, 1]


_GAUSSIANS = np.array(
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]]
)


def multi_gaussian(rng, n, noise):
    X = rng.uniform(-6, 6, (n, 2))
    moved = X + rng.uniform(-6, 6, (n, 2)) * noise
    dist = np.hypot(moved[:, :1] - _GAUSSIANS[:, 0], moved[:, 1:] - _GAUSSIANS[:, 1])  # (n, 6)
    values = _GAUSSIANS[:, 2] * np.clip(1.0 - dist / 2.0, 0.0, 1.0)
    # Playground keeps the bump with the largest |value|, the first one on ties (as argmax).
    pick = np.argmax(np.abs(values), axis=1)
    return X, values[np.arange(n), pick] + 0.0  # + 0.0 turns -0.0 into 0.0


def moons(rng, n, noise):
    n_up, n_down = _halves(n)
    t = rng.uniform(0, np.pi, n)
    up = np.column_stack([np.cos(t[:n_up]), np.sin(t[:n_up])])
    down = np.column_stack([1 - np.cos(t[n_up:]), 0.5 - np.sin(t[n_up:])])
    # Centre the classic moons (x in [-1, 2], y in [-0.5, 1]) and scale them into [-6, 6]^2.
    X = (np.concatenate([up, down]) - [0.5, 0.25]) * 3.0
    X += rng.normal(0.0, 3.0 * noise, (n, 2))
    return X, _labels((n_up, n_down), (0, 1))


def blobs3(rng, n, noise):
    counts = [n // 3 + (k < n % 3) for k in range(3)]
    angles = np.deg2rad([90.0, 210.0, 330.0])
    centres = 3.5 * np.column_stack([np.cos(angles), np.sin(angles)])
    std = math.sqrt(0.5 + 7.0 * noise)  # same spread rule as "gauss"
    X = np.concatenate([rng.normal(c, std, (k, 2)) for c, k in zip(centres, counts)])
    return X, _labels(counts, (0, 1, 2))


def coffee_label(temperature: np.ndarray, duration: np.ndarray) -> np.ndarray:
    """Good roast (1) inside the triangle of the course lab; arrays of equal shape -> int64."""
    good = (
        (temperature > 175)
        & (temperature < 260)
        & (duration > 12)
        & (duration < 15)
        & (duration <= 21 - 3 * temperature / 85)
    )
    return good.astype(np.int64)


def coffee(rng, n, noise):
    t = rng.uniform(150, 285, n)
    d = rng.uniform(11.5, 15.5, n)
    # Label noise as in Playground: judge a point moved by up to noise * half the range.
    t_moved = t + rng.uniform(-1, 1, n) * noise * 67.5
    d_moved = d + rng.uniform(-1, 1, n) * noise * 2.0
    return np.column_stack([t, d]), coffee_label(t_moved, d_moved)


def obesity_label(height_ft: np.ndarray, weight_kg: np.ndarray) -> np.ndarray:
    """Obese (1) when body-mass index kg / m^2 >= 30; arrays of equal shape -> int64."""
    metres = height_ft * 0.3048
    return (weight_kg / metres**2 >= 30).astype(np.int64)


def obesity(rng, n, noise):
    h = rng.uniform(4, 7, n)
    w = rng.uniform(40, 150, n)
    h_moved = h + rng.uniform(-1, 1, n) * noise * 1.5
    w_moved = w + rng.uniform(-1, 1, n) * noise * 55.0
    return np.column_stack([h, w]), obesity_label(h_moved, w_moved)


def digits(rng, n, noise):
    X, y = bundled_digits()
    return X.copy(), y.copy()  # the cached arrays are shared and read-only
