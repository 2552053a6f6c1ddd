"""Points above or below a curve x2 = f(x1): the "mathematical function" data sets.

Teachers ask for them because one picture answers "how do hidden neurons make a curve?":
every hidden neuron cuts the plane along one straight edge, and the output layer bends
those edges into the curve. Three curves, from easy to hard:

- ``abs``:   x2 = |x1| - 3, a V of two straight arms (two edges are enough);
- ``cubic``: x2 = x1^3/16 - 1.5 x1, one rise, one dip and one rise again;
- ``sine``:  x2 = 3 sin(x1), almost two waves across the plane (more edges, more bends).

Points are uniform on Playground's square [-6, 6]^2, so the Playground feature transforms
(x1^2, sin(x1), ...) apply and the Map looks like the other Playground sets. Label 1
("above", blue) when x2 > f(x1), else 0 ("below", orange). Each curve splits the square
into two halves of equal area (sine and cubic are odd functions; the V leaves
(9 - |x1|)/12 of each column above it, whose mean over |x1| in [0, 6] is 1/2), so the
classes come out balanced without any rejection step.

Noise works as in Playground's "plane": the label is read at a copy of the point moved by
up to ``noise`` * 6 in each direction, which blurs the boundary; the point itself stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate

HALF_WIDTH = 6.0         # the plane is [-6, 6]^2, as TensorFlow Playground's


@dataclass(frozen=True)
class Curve:
    """One curve x2 = fn(x1); ``formula`` is how the picker and the notes write it (English
    source text: ``shown_formula`` translates it)."""

    formula: str
    fn: Callable[[np.ndarray], np.ndarray]    # x1 (n,) -> x2 (n,)


CURVES: dict[str, Curve] = {
    "sine": Curve(QT_TRANSLATE_NOOP("Curves", "x2 = 3 sin(x1)"), lambda x: 3.0 * np.sin(x)),
    "cubic": Curve("x2 = x1³/16 − 1.5 x1", lambda x: x**3 / 16.0 - 1.5 * x),
    "abs": Curve("x2 = |x1| − 3", lambda x: np.abs(x) - 3.0),
}


def shown_formula(formula: str) -> str:
    """A curve's ``formula`` as a person reads it, translated (Spanish writes sin as sen);
    "" stays ""."""
    return translate("Curves", formula) if formula else ""


def above_label(curve: str, x1: np.ndarray, x2: np.ndarray) -> np.ndarray:
    """1 where the point lies above ``CURVES[curve]`` (x2 > f(x1)), else 0.

    x1, x2: arrays of equal shape -> int64 of that shape. A point exactly on the curve is
    "below", so the two classes split the plane without overlap.
    """
    return (x2 > CURVES[curve].fn(x1)).astype(np.int64)


def generator(curve: str) -> Callable:
    """The ``(rng, n, noise) -> (X (n, 2), y (n,))`` generator of ``core.datasets`` for
    points above or below ``curve``."""
    if curve not in CURVES:
        raise KeyError(f"unknown curve {curve!r}; choose one of: {', '.join(CURVES)}")

    def generate(rng: np.random.Generator, n: int, noise: float):
        X = rng.uniform(-HALF_WIDTH, HALF_WIDTH, (n, 2))
        moved = X + rng.uniform(-HALF_WIDTH, HALF_WIDTH, (n, 2)) * noise
        return X, above_label(curve, moved[:, 0], moved[:, 1])

    return generate
