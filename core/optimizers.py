"""Optimizers on one flat parameter vector, exactly as PyTorch defines them.

- ``sgd``:      w -= lr * g
- ``momentum``: v = mu * v + g ; w -= lr * v           (PyTorch SGD with momentum, no dampening)
- ``adam``:     PyTorch's Adam (beta1 0.9, beta2 0.999, eps 1e-8, bias correction)

Regularization adds to the gradient of *weights only* (never biases or alphas):
L2 penalty 0.5 * rate * sum(w^2) -> rate * w ; L1 penalty rate * sum(|w|) -> rate * sign(w).

``theta``, ``grad`` and the state vectors all have shape (n_params,). ``mask`` (or None) is 0
where a parameter is frozen: its update is zeroed, so momentum cannot move it either.
"""

from __future__ import annotations

import math

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate

NAMES = ("sgd", "momentum", "adam")
# English names, marked for the catalogues; ``label(name)`` gives the one to show
LABELS = {"sgd": QT_TRANSLATE_NOOP("Optimizers", "SGD"),
          "momentum": QT_TRANSLATE_NOOP("Optimizers", "SGD with momentum"),
          "adam": QT_TRANSLATE_NOOP("Optimizers", "Adam")}
REGULARIZATIONS = ("none", "l1", "l2")


class OptimizerError(ValueError):
    pass


def label(name: str) -> str:
    """The name of optimizer ``name`` (a key of NAMES) as a person reads it, in the
    installed language; an unknown key comes back as it is."""
    return translate("Optimizers", LABELS[name]) if name in LABELS else name


def labels() -> dict[str, str]:
    """{key: label(key)} in the order of NAMES, for a list to choose from."""
    return {name: label(name) for name in NAMES}


class Optimizer:
    """Base: holds hyper-parameters and state; ``step`` updates theta in place."""

    name = "sgd"
    STATE_KEYS: tuple[str, ...] = ()

    def __init__(self, n_params: int, learning_rate: float = 0.03, momentum: float = 0.9,
                 beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8):
        self.learning_rate = float(learning_rate)
        self.momentum, self.beta1, self.beta2, self.eps = momentum, beta1, beta2, eps
        self.t = 0
        self._tmp = np.zeros(n_params)
        for key in self.STATE_KEYS:
            setattr(self, key, np.zeros(n_params))

    def step(self, theta: np.ndarray, grad: np.ndarray, mask=None) -> None:
        self.t += 1
        u = self._update(grad)            # the amount to subtract, (n_params,)
        if mask is not None:
            u *= mask
        theta -= u

    def _update(self, grad):
        return np.multiply(grad, self.learning_rate, out=self._tmp)


class SGD(Optimizer):
    name = "sgd"


class Momentum(Optimizer):
    name = "momentum"
    STATE_KEYS = ("velocity",)

    def _update(self, grad):
        # v starts at 0, so the first step gives v = g, as PyTorch's buffer does
        self.velocity *= self.momentum
        self.velocity += grad
        return np.multiply(self.velocity, self.learning_rate, out=self._tmp)


class Adam(Optimizer):
    name = "adam"
    STATE_KEYS = ("m", "v")

    def _update(self, grad):
        b1, b2 = self.beta1, self.beta2
        self.m *= b1
        self.m += (1.0 - b1) * grad
        self.v *= b2
        self.v += (1.0 - b2) * grad * grad
        # PyTorch: denom = sqrt(v) / sqrt(1 - b2^t) + eps ; w -= lr / (1 - b1^t) * m / denom
        denom = np.sqrt(self.v, out=self._tmp)
        denom /= math.sqrt(1.0 - b2 ** self.t)
        denom += self.eps
        step = self.learning_rate / (1.0 - b1 ** self.t)
        np.divide(self.m, denom, out=denom)
        denom *= step
        return denom


_CLASSES = {cls.name: cls for cls in (SGD, Momentum, Adam)}


def make(name: str, n_params: int, learning_rate: float, **kw) -> Optimizer:
    if name not in _CLASSES:
        raise OptimizerError(f"unknown optimizer {name!r}; expected one of: "
                             f"{', '.join(NAMES)}")
    return _CLASSES[name](n_params, learning_rate, **kw)


def add_regularization(grad, theta, reg_mask, kind: str, rate: float, tmp) -> None:
    """grad += d(penalty)/d(theta) on weights (reg_mask 1), in place; tmp is scratch."""
    if kind == "none" or rate == 0.0:
        return
    if kind == "l2":
        np.multiply(theta, reg_mask, out=tmp)
    elif kind == "l1":
        np.sign(theta, out=tmp)
        tmp *= reg_mask
    else:
        raise OptimizerError(f"unknown regularization {kind!r}; expected one of: "
                             f"{', '.join(REGULARIZATIONS)}")
    tmp *= rate
    grad += tmp


def penalty(theta, reg_mask, kind: str, rate: float) -> float:
    """The regularization term added to the loss (for reporting)."""
    if kind == "l2":
        return 0.5 * rate * float(np.sum((theta * reg_mask) ** 2))
    if kind == "l1":
        return rate * float(np.sum(np.abs(theta * reg_mask)))
    return 0.0
