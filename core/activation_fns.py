"""The activation functions' elementwise definitions and their derivatives (``core.activations``
holds the registry that names them and says what a student should know about them).

Each takes ``z`` of any shape and returns an array of the same shape; softmax normalises
over ``axis``.
"""

from __future__ import annotations

import numpy as np

_GELU_C = np.sqrt(2.0 / np.pi)  # the constant of GELU's tanh approximation (PyTorch's)


def sigmoid(z):
    # 0.5 * (1 + tanh(z/2)) never overflows, unlike 1 / (1 + exp(-z)) for large negative z.
    return 0.5 * np.tanh(0.5 * np.asarray(z, dtype=float)) + 0.5


def _sigmoid_grad(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def _piecewise(z, alpha):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha * z)


def _piecewise_grad(z, alpha):
    # At z = 0 the left value (alpha) is used, as PyTorch does.
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, 1.0, alpha * np.ones_like(z))


def _elu(z, alpha=1.0):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0.0)))


def _elu_grad(z, alpha=1.0):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, 1.0, alpha * np.exp(np.minimum(z, 0.0)))


def softplus(z):
    z = np.asarray(z, dtype=float)
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


def _silu(z):
    z = np.asarray(z, dtype=float)
    return z * sigmoid(z)


def _silu_grad(z):
    s = sigmoid(z)
    return s * (1.0 + np.asarray(z, dtype=float) * (1.0 - s))


def _gelu(z):
    z = np.asarray(z, dtype=float)
    return 0.5 * z * (1.0 + np.tanh(_GELU_C * (z + 0.044715 * z**3)))


def _gelu_grad(z):
    z = np.asarray(z, dtype=float)
    t = np.tanh(_GELU_C * (z + 0.044715 * z**3))
    dt = (1.0 - t * t) * _GELU_C * (1.0 + 3 * 0.044715 * z * z)
    return 0.5 * (1.0 + t) + 0.5 * z * dt


def softmax(z, axis=0):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def _softmax_diag_grad(z, axis=0):
    """d a_i / d z_i (the diagonal of the Jacobian), what a curve of one neuron shows."""
    s = softmax(z, axis=axis)
    return s * (1.0 - s)
