"""Looking inside a network: every neuron's output over a grid of the input plane.

These feed the neuron maps drawn inside each node and the decision surface. Work stays in
the network's internal layout (samples as columns) and is permuted to user order once.
"""

from __future__ import annotations

import threading

import numpy as np

from core.network import Network


def grid(extent: tuple[float, float, float, float], resolution: int) -> np.ndarray:
    """Points of a resolution x resolution grid over (xmin, xmax, ymin, ymax).

    Returns X: (resolution**2, 2), row-major with y varying slowest, so
    ``values.reshape(resolution, resolution)`` is an image with rows along y.
    """
    xmin, xmax, ymin, ymax = extent
    xs = np.linspace(xmin, xmax, resolution)
    ys = np.linspace(ymin, ymax, resolution)
    gx, gy = np.meshgrid(xs, ys)
    return np.column_stack([gx.ravel(), gy.ravel()])


# Work buffers (Z, A) per layer, reused from call to call: the maps are drawn many times a
# second on the same grid, and fresh arrays of that size come as new memory pages from the
# system, whose first writes cost more than the arithmetic (measured: a 6x8 network's large
# map, 100 x 100 points, in 4.4 ms with new arrays and 1.7 ms with these).
# Kept only while they stay small: a large network's large map would hold 100 MB for good.
_BUFFERS: dict[tuple, list[tuple[np.ndarray, np.ndarray]]] = {}
MAX_KEPT_BYTES = 16 * 2**20


def _buffers(net: Network, n: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(Z, A), each (units, n), for every layer: kept for the next call when small."""
    key = (threading.get_ident(), tuple(net.sizes), n)
    buffers = _BUFFERS.get(key)
    if buffers is None:
        buffers = [(np.empty((units, n)), np.empty((units, n))) for units in net.sizes]
        if 2 * 8 * n * sum(net.sizes) <= MAX_KEPT_BYTES:
            if len(_BUFFERS) >= 8:
                _BUFFERS.clear()
            _BUFFERS[key] = buffers
    return buffers


def _forward(net: Network, X: np.ndarray, last: int) -> list[np.ndarray]:
    """A (units, n_samples) of layers 0..last in internal row order, in the reused buffers
    (valid until the next call: copy what you keep)."""
    A = np.ascontiguousarray(np.asarray(X, dtype=float).T)
    buffers = _buffers(net, A.shape[1])
    out = []
    for L, (Z_buf, A_buf) in zip(net.layers_[:last + 1], buffers):
        _, A = net._layer_forward(L, A, Z_buf, A_buf)
        out.append(A)
    return out


def neuron_outputs(net: Network, X: np.ndarray) -> list[np.ndarray]:
    """Every neuron's activation for every sample.

    X: (n_samples, n_inputs) -> one array per layer, (units, n_samples), user order, so
    row i of layer l reshaped to the grid is neuron i's map.
    """
    return [A[L.inv] for L, A in zip(net.layers_, _forward(net, X, len(net.layers_) - 1))]


def neuron_output(net: Network, X: np.ndarray, layer: int, unit: int) -> np.ndarray:
    """One neuron's activation for every sample: X (n_samples, n_inputs) -> (n_samples,).

    Computes the layers up to ``layer`` only and copies one row (the large map needs no
    more)."""
    return _forward(net, X, layer)[layer][net.layers_[layer].inv[unit]].copy()


def predicted_classes(outputs: np.ndarray, threshold: float = 0.5) -> np.ndarray:
    """outputs: (n_samples, n_outputs) network outputs -> (n_samples,) int class indices.

    One output (sigmoid): class 1 where the output is above ``threshold`` (use 0.0 for a
    tanh output, as ``core.training.accuracy`` does), else class 0. Several outputs
    (softmax): the index of the largest output; ties go to the lowest index.
    """
    outputs = np.asarray(outputs, dtype=float)
    if outputs.ndim != 2 or outputs.shape[1] == 0:
        raise ValueError(f"outputs must be 2-D (n_samples, n_outputs), got {outputs.shape}")
    if outputs.shape[1] == 1:
        return (outputs[:, 0] > threshold).astype(np.intp)
    return outputs.argmax(axis=1)


def confusion_counts(y_true: np.ndarray, y_pred: np.ndarray, k: int) -> np.ndarray:
    """(k, k) int64 counts: row = true class, column = predicted class.

    y_true, y_pred: (n_samples,) class indices 0..k-1. One ``np.bincount``, no loop.
    """
    y_true = np.asarray(y_true).ravel()
    y_pred = np.asarray(y_pred).ravel()
    k = int(k)
    if k < 1:
        raise ValueError(f"k must be at least 1 class, got {k}")
    if y_true.shape != y_pred.shape:
        raise ValueError(f"{y_true.size} true classes but {y_pred.size} predictions")
    for name, y in (("y_true", y_true), ("y_pred", y_pred)):
        if y.size and (y.dtype.kind not in "iub" or y.min() < 0 or y.max() >= k):
            raise ValueError(f"{name} must hold whole class indices 0..{k - 1}")
    flat = y_true.astype(np.intp) * k + y_pred.astype(np.intp)
    return np.bincount(flat, minlength=k * k).astype(np.int64).reshape(k, k)
