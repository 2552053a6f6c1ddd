"""Vectorised activation groups: one NumPy operation per *family* of neurons in a layer.

The network keeps each layer's neurons sorted by family internally (a fixed permutation the
user never sees), so every family is a contiguous block of rows of ``Z: (units, samples)``
and is evaluated as one slice. Families with per-neuron parameters stay one operation:

- piecewise (linear, relu, leaky_relu, prelu): ``where(z > 0, z, alpha * z)``, alpha (k, 1);
- logistic (sigmoid, tanh): ``p * tanh(q * z) + r`` with p, q, r (k, 1);
- elu (alpha per neuron), softplus, silu, gelu: elementwise;
- softmax: normalised over the block's rows (the layer's softmax neurons together).

Each group writes its output into ``A[start:stop]`` and its ``dZ`` into a buffer, so a
training step allocates (almost) nothing.
"""

from __future__ import annotations

from functools import partial

import numpy as np

from core import activations as act

# Internal order of families inside a layer (rows are sorted by this, stable).
FAMILY_ORDER = ("piecewise", "logistic", "elu", "softplus", "silu", "gelu", "softmax")

# sigmoid(z) = 0.5 * tanh(0.5 z) + 0.5 ; tanh(z) = 1 * tanh(1 z) + 0
_LOGISTIC_PQR = {"sigmoid": (0.5, 0.5, 0.5), "tanh": (1.0, 1.0, 0.0)}


class Group:
    """A contiguous block of rows ``[start, stop)`` of one layer sharing a family.

    ``names`` are the activations of the block's rows in internal order. ``alpha`` is a
    (k, 1) array: for the piecewise family a *view* into the network's parameter vector
    (so PReLU's learned alphas are read live), for elu a constant.
    """

    def __init__(self, family: str, start: int, stop: int, names: list[str], alpha=None):
        self.family, self.start, self.stop = family, start, stop
        self.names = names
        self.alpha = alpha
        self.uniform = names[0] if len(set(names)) == 1 else None
        self.learns_alpha = np.array([act.get(n).learns_alpha for n in names])
        if family == "logistic":
            pqr = np.array([_LOGISTIC_PQR[n] for n in names], dtype=float)
            self.p, self.q, self.r = (pqr[:, i:i + 1].copy() for i in range(3))

    # -- binding: choose the NumPy operations once, run them many times ------------------
    def forward(self, Z: np.ndarray, A: np.ndarray) -> None:
        """Z, A: (k, n) row blocks of the layer; writes g(Z) into A."""
        self.bind_forward(Z, A)()

    def backward(self, Z, A, dA, dZ, dalpha) -> None:
        """Given dL/dA for the block, writes dL/dZ into dZ; all (k, n). ``dalpha`` (k,)
        receives dL/dalpha of learned alphas (PReLU); it may be None for other families."""
        self.bind_backward(Z, A, dA, dZ, dalpha)()

    def bind_forward(self, Z, A):
        """A zero-argument callable computing A = g(Z) in place on these exact views."""
        f, u = self.family, self.uniform
        if f == "piecewise":
            if u == "linear":
                return partial(np.copyto, A, Z)
            if u == "relu":
                return partial(np.maximum, Z, 0.0, out=A)
            alpha = self.alpha

            def piecewise():
                np.multiply(Z, alpha, out=A)
                np.copyto(A, Z, where=Z > 0)
            return piecewise
        if f == "logistic":
            return self._bind_logistic(Z, A)
        if f == "softmax":
            def softmax():
                np.subtract(Z, Z.max(axis=0, keepdims=True), out=A)
                np.exp(A, out=A)
                np.divide(A, A.sum(axis=0, keepdims=True), out=A)
            return softmax
        fn = act.get(f).fn
        alpha = self.alpha
        return lambda: np.copyto(A, fn(Z, alpha) if f == "elu" else fn(Z))

    def _bind_logistic(self, Z, A):
        # fast_* cost more calls but less per value: worth it only for large blocks
        large = Z.size >= FAST_TANH_MIN_SIZE
        if self.uniform == "tanh":
            return partial(fast_tanh if large else np.tanh, Z, A)
        if self.uniform == "sigmoid" and large:
            return partial(fast_sigmoid, Z, A)
        if self.uniform == "sigmoid":
            def sigmoid():           # 0.5 tanh(z / 2) + 0.5: stable, four calls
                np.multiply(Z, 0.5, out=A)
                np.tanh(A, out=A)
                np.multiply(A, 0.5, out=A)
                np.add(A, 0.5, out=A)
            return sigmoid
        p, q, r = self.p, self.q, self.r

        def logistic():              # p * tanh(q z) + r
            np.multiply(Z, q, out=A)
            fast_tanh(A, A)
            np.multiply(A, p, out=A)
            np.add(A, r, out=A)
        return logistic

    def bind_backward(self, Z, A, dA, dZ, dalpha):
        f = self.family
        if f == "piecewise":
            return self._bind_piecewise_backward(Z, dA, dZ, dalpha)
        if f == "logistic":
            return self._bind_logistic_backward(A, dA, dZ)
        if f == "softmax":
            def softmax():           # dz = a * (da - sum(da * a))
                np.multiply(dA, A, out=dZ)
                np.subtract(dA, dZ.sum(axis=0, keepdims=True), out=dZ)
                np.multiply(dZ, A, out=dZ)
            return softmax
        grad = act.get(f).grad
        alpha = self.alpha
        return lambda: np.multiply(grad(Z, alpha) if f == "elu" else grad(Z), dA, out=dZ)

    def _bind_logistic_backward(self, A, dA, dZ):
        if self.uniform == "tanh":   # g' = 1 - a^2
            def tanh():
                np.multiply(A, A, out=dZ)
                np.subtract(1.0, dZ, out=dZ)
                np.multiply(dZ, dA, out=dZ)
            return tanh
        if self.uniform == "sigmoid":  # g' = a (1 - a)
            def sigmoid():
                np.subtract(1.0, A, out=dZ)
                np.multiply(dZ, A, out=dZ)
                np.multiply(dZ, dA, out=dZ)
            return sigmoid
        p, r, pq = self.p, self.r, self.p * self.q

        def logistic():              # t = (a - r) / p ; g' = p q (1 - t^2)
            np.subtract(A, r, out=dZ)
            np.divide(dZ, p, out=dZ)
            np.multiply(dZ, dZ, out=dZ)
            np.subtract(1.0, dZ, out=dZ)
            np.multiply(dZ, pq, out=dZ)
            np.multiply(dZ, dA, out=dZ)
        return logistic

    def _bind_piecewise_backward(self, Z, dA, dZ, dalpha):
        u = self.uniform
        if u == "linear":
            return partial(np.copyto, dZ, dA)
        if u == "relu":
            def relu():
                np.multiply(dA, Z > 0, out=dZ)
            return relu
        alpha, learns = self.alpha, self.learns_alpha
        learns_any = dalpha is not None and learns.any()

        def piecewise():
            np.multiply(dA, alpha, out=dZ)
            np.copyto(dZ, dA, where=Z > 0)
            if learns_any:           # dL/dalpha = sum over samples of dA * z where z <= 0
                neg = np.minimum(Z, 0.0)
                neg *= dA
                np.sum(neg, axis=1, out=dalpha)
                np.multiply(dalpha, learns, out=dalpha)
        return piecewise


# Measured here: below about this many values, one np.tanh call beats fast_tanh's six.
FAST_TANH_MIN_SIZE = 256


def fast_tanh(Z: np.ndarray, out: np.ndarray) -> None:
    """tanh(Z) into out as 1 - 2 / (exp(2z) + 1).

    NumPy's float64 exp is vectorised on common CPUs and its tanh is not: measured here,
    np.tanh took 37 us for 2,000 values and this takes half that. The absolute error is
    below 4e-16. exp's argument is capped at 40 (tanh(20) is 1.0 in float64) so it never
    overflows; large negative z underflows to exp = 0, giving -1 exactly.
    """
    np.multiply(Z, 2.0, out=out)
    np.minimum(out, 40.0, out=out)
    np.exp(out, out=out)
    np.add(out, 1.0, out=out)
    np.divide(-2.0, out, out=out)
    np.add(out, 1.0, out=out)


def fast_sigmoid(Z: np.ndarray, out: np.ndarray) -> None:
    """1 / (1 + exp(-z)) into out; exp's argument capped at 700 so it cannot overflow."""
    np.negative(Z, out=out)
    np.minimum(out, 700.0, out=out)
    np.exp(out, out=out)
    np.add(out, 1.0, out=out)
    np.divide(1.0, out, out=out)


def family_of(name: str) -> str:
    return act.get(name).family


def internal_order(names: list[str]) -> np.ndarray:
    """Permutation (internal row -> user index) sorting neurons by family, stable."""
    keys = [FAMILY_ORDER.index(family_of(n)) for n in names]
    return np.array(sorted(range(len(names)), key=lambda i: keys[i]), dtype=np.intp)


def apply_elementwise(names: list[str], alphas: list, Z: np.ndarray) -> np.ndarray:
    """Reference (slow, per-neuron) activation of Z: (n, units) in user order.

    Used by analysis and tests as an independent check of the vectorised path.
    """
    A = np.empty_like(Z)
    soft = [i for i, n in enumerate(names) if n == "softmax"]
    for i, n in enumerate(names):
        if n != "softmax":
            A[:, i] = act.get(n).fn(Z[:, i], alphas[i])
    if soft:
        A[:, soft] = act.softmax(Z[:, soft], axis=1)
    return A
