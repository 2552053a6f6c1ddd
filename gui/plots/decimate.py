"""History that grows without bound, drawn with a bounded number of points.

``GrowingArray`` keeps every value in a preallocated NumPy buffer that doubles when full
(amortised O(1) append). ``MinMaxDecimator`` keeps at most ``2 * buckets`` buckets of
``size`` consecutive points (``size`` a power of two); each bucket remembers its minimum and
maximum and where they happened, so a spike never disappears from the plot. When the
buckets fill, neighbours merge and ``size`` doubles: appending stays O(1) amortised and the
display never exceeds ``4 * buckets`` points, however long the run.
"""

from __future__ import annotations

import numpy as np


class GrowingArray:
    """A 1-D float64 array with amortised-doubling append; ``view()`` is the filled part."""

    def __init__(self, capacity: int = 1024):
        self._data = np.empty(max(1, capacity))
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def append(self, value: float) -> None:
        if self._n == len(self._data):
            self._grow(self._n + 1)
        self._data[self._n] = value
        self._n += 1

    def extend(self, values) -> None:
        values = np.asarray(values, dtype=float).ravel()
        end = self._n + len(values)
        if end > len(self._data):
            self._grow(end)
        self._data[self._n:end] = values
        self._n = end

    def _grow(self, needed: int) -> None:
        capacity = len(self._data)
        while capacity < needed:
            capacity *= 2
        data = np.empty(capacity)
        data[:self._n] = self._data[:self._n]
        self._data = data

    def view(self) -> np.ndarray:
        """The values so far, read-only view: (len,)."""
        v = self._data[:self._n]
        v.flags.writeable = False
        return v

    def clear(self) -> None:
        self._n = 0

    @property
    def capacity(self) -> int:
        return len(self._data)


class MinMaxDecimator:
    """Min/max buckets of (x, y) points. NaN y values are skipped (a gap in the curve)."""

    def __init__(self, buckets: int = 1000):
        self.buckets = int(buckets)
        cap = 2 * self.buckets
        self._lo = np.empty(cap)
        self._hi = np.empty(cap)
        self._x_lo = np.empty(cap)
        self._x_hi = np.empty(cap)
        self.clear()

    def clear(self) -> None:
        self.size = 1          # points per bucket
        self._nb = 0           # buckets in use
        self._fill = 0         # points in the last bucket
        self._last = (np.nan, np.nan)   # the newest point, always drawn

    def __len__(self) -> int:
        """Number of points fed in."""
        return 0 if self._nb == 0 else (self._nb - 1) * self.size + self._fill

    def append(self, x: float, y: float) -> None:
        self._last = (x, y)
        if self._nb == 0 or self._fill == self.size:
            if self._nb == 2 * self.buckets:
                self._merge_pairs()
            i = self._nb
            self._lo[i] = self._hi[i] = y
            self._x_lo[i] = self._x_hi[i] = x
            self._nb += 1
            self._fill = 1
            return
        i = self._nb - 1
        if y == y:  # not NaN; a NaN extreme (all NaN so far) gives way to any number
            if y < self._lo[i] or self._lo[i] != self._lo[i]:
                self._lo[i], self._x_lo[i] = y, x
            if y > self._hi[i] or self._hi[i] != self._hi[i]:
                self._hi[i], self._x_hi[i] = y, x
        self._fill += 1

    def _merge_pairs(self) -> None:
        """2*buckets full buckets -> buckets buckets of twice the size."""
        n = self._nb // 2
        for lo, x_lo, pick in ((self._lo, self._x_lo, np.fmin),
                               (self._hi, self._x_hi, np.fmax)):
            a, b = lo[0:2 * n:2], lo[1:2 * n:2]
            keep_a = (pick(a, b) == a) | np.isnan(b)
            lo[:n] = np.where(keep_a, a, b)
            x_lo[:n] = np.where(keep_a, x_lo[0:2 * n:2], x_lo[1:2 * n:2])
        self._nb = n
        self.size *= 2
        self._fill = self.size

    def set_data(self, x: np.ndarray, y: np.ndarray) -> None:
        """Replace everything with x, y: (n,), in one vectorised pass."""
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        self.clear()
        n = len(y)
        if n == 0:
            return
        size = 1
        while -(-n // size) > 2 * self.buckets:
            size *= 2
        full = n // size
        pad = -(-n // size) * size - n
        yy = np.concatenate([y, np.full(pad, np.nan)]).reshape(-1, size)
        xx = np.concatenate([x, np.full(pad, np.nan)]).reshape(-1, size)
        rows = np.arange(len(yy))
        all_nan = np.isnan(yy).all(axis=1)
        i_lo = np.argmin(np.where(np.isnan(yy), np.inf, yy), axis=1)
        i_hi = np.argmax(np.where(np.isnan(yy), -np.inf, yy), axis=1)
        nb = len(yy)
        self._lo[:nb] = np.where(all_nan, np.nan, yy[rows, i_lo])
        self._hi[:nb] = np.where(all_nan, np.nan, yy[rows, i_hi])
        self._x_lo[:nb] = np.where(all_nan, xx[:, 0], xx[rows, i_lo])
        self._x_hi[:nb] = np.where(all_nan, xx[:, 0], xx[rows, i_hi])
        self.size, self._nb = size, nb
        self._last = (x[-1], y[-1])
        self._fill = size if full == nb else n - full * size

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) to draw: per bucket its min and max in time order, then the newest point
        (so the curve ends where training is now). At most 2 * (2 * buckets) + 1 points.
        """
        nb = self._nb
        if self.size == 1:
            return self._x_lo[:nb].copy(), self._lo[:nb].copy()
        lo_first = self._x_lo[:nb] <= self._x_hi[:nb]
        x = np.empty(2 * nb + 1)
        y = np.empty(2 * nb + 1)
        x[-1], y[-1] = self._last
        x[0:-1:2] = np.where(lo_first, self._x_lo[:nb], self._x_hi[:nb])
        x[1:-1:2] = np.where(lo_first, self._x_hi[:nb], self._x_lo[:nb])
        y[0:-1:2] = np.where(lo_first, self._lo[:nb], self._hi[:nb])
        y[1:-1:2] = np.where(lo_first, self._hi[:nb], self._lo[:nb])
        return x, y
