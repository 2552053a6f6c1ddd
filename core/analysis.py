"""Looking inside a network: every neuron's output over a grid of the input plane.

These feed the neuron maps drawn inside each node and the decision surface. Work stays in
the network's internal layout (samples as columns) and is permuted to user order once.
"""

from __future__ import annotations

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


def neuron_outputs(net: Network, X: np.ndarray) -> list[np.ndarray]:
    """Every neuron's activation for every sample.

    X: (n_samples, n_inputs) -> one array per layer, (units, n_samples), user order, so
    row i of layer l reshaped to the grid is neuron i's map.
    """
    A = np.ascontiguousarray(np.asarray(X, dtype=float).T)
    out = []
    for L in net.layers_:
        _, A = net._layer_forward(L, A)
        out.append(A[L.inv])
    return out
