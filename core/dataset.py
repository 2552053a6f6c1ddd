"""A data set as the rest of core sees it: ``Dataset``, ``DatasetError`` and the limits.

A leaf module (NumPy only): ``core.datasets`` (the generators) and ``core.csv_data`` (CSV
files and the bundled digits) both build Datasets, and neither needs the other for that.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.i18n import translate

PROBLEMS = ("classification", "regression")
MAX_SAMPLES = 100_000


class DatasetError(ValueError):
    """Bad data or arguments; the message says what is wrong and what to do about it."""


@dataclass(frozen=True, eq=False)  # eq=False: == on arrays is elementwise, not a bool
class Dataset:
    """A table of samples.

    X: (n_samples, n_features) float64.
    y: (n_samples,) int64 class indices 0..k-1 for classification, float64 for regression.
    class_names: one name per class index (classification only).
    The constructor converts dtypes and raises DatasetError on inconsistent shapes.
    """

    X: np.ndarray
    y: np.ndarray
    feature_names: tuple[str, ...]
    problem: str
    class_names: tuple[str, ...] = ()
    name: str = ""

    def __post_init__(self) -> None:
        X = np.asarray(self.X, dtype=np.float64)
        if X.ndim != 2:
            raise DatasetError(f"X must be 2-D (n_samples, n_features); got shape {X.shape}")
        if not np.isfinite(X).all():
            raise DatasetError(translate("Datasets", "X holds NaN or infinite values; every "
                                         "feature must be a number"))
        if len(self.feature_names) != X.shape[1]:
            raise DatasetError(translate("Datasets", "{names} feature names for {columns} "
                                         "feature columns").format(
                names=len(self.feature_names), columns=X.shape[1]))
        if self.problem not in PROBLEMS:
            raise DatasetError(f"problem must be one of {PROBLEMS}; got {self.problem!r}")
        y = _check_targets(np.asarray(self.y), X.shape[0], self.problem, self.class_names)
        object.__setattr__(self, "X", X)
        object.__setattr__(self, "y", y)
        object.__setattr__(self, "feature_names", tuple(self.feature_names))
        object.__setattr__(self, "class_names", tuple(self.class_names))

    @property
    def n_samples(self) -> int:
        return int(self.X.shape[0])

    @property
    def n_features(self) -> int:
        return int(self.X.shape[1])

    @property
    def n_classes(self) -> int:
        """Number of classes; 0 for regression."""
        if self.problem != "classification":
            return 0
        if self.class_names:
            return len(self.class_names)
        return int(self.y.max()) + 1 if self.y.size else 0


def _check_targets(y: np.ndarray, n: int, problem: str, class_names: Sequence[str]) -> np.ndarray:
    """Return y (n,) as int64 class indices or float64 values; DatasetError if it does not fit."""
    if y.shape != (n,):
        raise DatasetError(translate("Datasets", "y must have shape ({n},) to match X; got "
                                     "{shape}").format(n=n, shape=y.shape))
    if problem == "regression":
        if class_names:
            raise DatasetError(translate("Datasets", "class_names are for classification only"))
        y = y.astype(np.float64)
        if not np.isfinite(y).all():
            raise DatasetError(translate("Datasets", "regression targets hold NaN or infinite "
                                         "values"))
        return y
    if y.dtype.kind == "f" and not np.array_equal(y, np.round(y)):
        raise DatasetError(translate("Datasets", "classification targets must be whole class "
                                     "indices 0, 1, 2, ..."))
    if y.dtype.kind not in "biuf":
        raise DatasetError(f"classification targets must be integers; got dtype {y.dtype}")
    y = y.astype(np.int64)
    limit = len(class_names) if class_names else None
    if y.size and (y.min() < 0 or (limit is not None and y.max() >= limit)):
        raise DatasetError(translate("Datasets", "class indices must lie in 0..{last}; got "
                                     "{low}..{high}").format(
            last=(limit or 1) - 1, low=y.min(), high=y.max()))
    return y
