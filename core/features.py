"""The inputs a network sees: Playground's feature maps and normalisation.

Playground offers seven transforms of the two raw columns (x1, x2, their squares, their
product and their sines); ``feature_map`` applies the ones chosen, in the given order.
``normalise`` gives the mean and std of the training inputs, to be applied to training and
test data alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from core.dataset import DatasetError

_FEATURE_FNS: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "x1": lambda a, b: a,
    "x2": lambda a, b: b,
    "x1^2": lambda a, b: a * a,
    "x2^2": lambda a, b: b * b,
    "x1*x2": lambda a, b: a * b,
    "sin(x1)": lambda a, b: np.sin(a),
    "sin(x2)": lambda a, b: np.sin(b),
}
FEATURES: dict[str, str] = {  # name -> label, as Playground writes them
    "x1": "X₁",
    "x2": "X₂",
    "x1^2": "X₁²",
    "x2^2": "X₂²",
    "x1*x2": "X₁X₂",
    "sin(x1)": "sin(X₁)",
    "sin(x2)": "sin(X₂)",
}


def feature_map(X: np.ndarray, features: Sequence[str]) -> np.ndarray:
    """Playground's input transforms: X (n, 2) -> (n, len(features)) float64, in the given order."""
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] != 2:
        raise DatasetError(f"feature_map needs X of shape (n_samples, 2); got {X.shape}")
    if isinstance(features, str):
        raise DatasetError("features must be a list of names such as ['x1', 'x2'], not one string")
    unknown = [f for f in features if f not in _FEATURE_FNS]
    if unknown:
        raise DatasetError(
            f"unknown feature {unknown[0]!r}; choose from: {', '.join(_FEATURE_FNS)}"
        )
    out = np.empty((X.shape[0], len(features)))
    for j, name in enumerate(features):
        out[:, j] = _FEATURE_FNS[name](X[:, 0], X[:, 1])
    return out


def normalise(train_X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean (n_features,) and std (n_features,) of train_X (n_samples, n_features).

    Use ``(X - mean) / std`` on training and test data alike. A constant column gets
    std 1 so it maps to 0 instead of dividing by zero.
    """
    X = np.asarray(train_X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] == 0:
        raise DatasetError(
            f"normalise needs a non-empty (n_samples, n_features) array; got shape {X.shape}"
        )
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    # Rounding leaves a tiny std on some constant columns (e.g. 0.1 repeated): treat it as 0.
    std = np.where(std > 1e-12 * np.maximum(1.0, np.abs(mean)), std, 1.0)
    return mean, std
