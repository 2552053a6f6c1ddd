"""Losses, as PyTorch defines them (mean over samples), and what each output needs.

Arrays here are in the network's internal layout: ``Z, A, T: (n_outputs, n_samples)``.

- ``mse``: mean over samples *and* outputs of (a - t)^2 (PyTorch ``MSELoss``).
- ``binary_crossentropy``: mean over samples and outputs of -(t log a + (1-t) log(1-a)),
  computed from z (``BCEWithLogitsLoss``) because every output must be sigmoid.
- ``categorical_crossentropy``: mean over samples of -sum_k t_k log softmax(z)_k
  (``CrossEntropyLoss`` with probability targets); every output must be softmax.
"""

from __future__ import annotations

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate

NAMES = ("mse", "binary_crossentropy", "categorical_crossentropy")
# English names, marked for the catalogues; ``label(name)`` gives the one to show
LABELS = {"mse": QT_TRANSLATE_NOOP("Losses", "Mean squared error"),
          "binary_crossentropy": QT_TRANSLATE_NOOP("Losses", "Binary cross-entropy"),
          "categorical_crossentropy": QT_TRANSLATE_NOOP("Losses", "Categorical cross-entropy")}


class LossError(ValueError):
    """A loss that does not fit the output layer; the message says what to change."""


def label(loss: str) -> str:
    """The name of ``loss`` (a key of NAMES) as a person reads it, in the installed
    language; an unknown key comes back as it is."""
    return translate("Losses", LABELS[loss]) if loss in LABELS else loss


def labels() -> dict[str, str]:
    """{key: label(key)} in the order of NAMES, for a list to choose from."""
    return {name: label(name) for name in NAMES}


def check(loss: str, output_activations: list[str]) -> None:
    """Raise LossError when ``loss`` cannot be used with these output activations."""
    if loss not in NAMES:
        raise LossError(translate("Losses", "unknown loss {loss}; expected one of: {names}")
                        .format(loss=repr(loss), names=", ".join(NAMES)))
    outs = list(output_activations)
    if loss == "binary_crossentropy" and any(a != "sigmoid" for a in outs):
        raise LossError(translate("Losses", "binary cross-entropy needs sigmoid output "
                                  "neurons; set every output neuron to sigmoid, or choose "
                                  "mean squared error"))
    if loss == "categorical_crossentropy":
        if any(a != "softmax" for a in outs):
            raise LossError(translate("Losses", "categorical cross-entropy needs softmax "
                                      "output neurons; set every output neuron to softmax, "
                                      "or choose another loss"))
        if len(outs) < 2:
            raise LossError(translate("Losses", "categorical cross-entropy needs at least 2 "
                                      "output neurons (one per class); add output neurons "
                                      "or use binary cross-entropy with one sigmoid "
                                      "output"))


def _log_softmax(Z: np.ndarray) -> np.ndarray:
    m = Z.max(axis=0, keepdims=True)
    return Z - m - np.log(np.exp(Z - m).sum(axis=0, keepdims=True))


def per_sample(loss: str, Z: np.ndarray, A: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Each sample's loss, (n_samples,), from outputs (Z, A) and targets T, all
    (n_outputs, n_samples); ``value`` is their mean. ``core.trials`` uses them to tell a
    real difference between two networks from noise (paired over the same samples)."""
    if loss == "mse":
        d = A - T
        return np.mean(d * d, axis=0)
    if loss == "binary_crossentropy":
        return np.mean(np.maximum(Z, 0.0) - T * Z + np.log1p(np.exp(-np.abs(Z))), axis=0)
    if loss == "categorical_crossentropy":
        return -np.sum(T * _log_softmax(Z), axis=0)
    raise LossError(f"unknown loss {loss!r}")


def value(loss: str, Z: np.ndarray, A: np.ndarray, T: np.ndarray) -> float:
    """The loss of outputs (Z, A) against targets T, all (n_outputs, n_samples)."""
    if loss == "mse":
        d = A - T
        return float(np.mean(d * d))
    if loss == "binary_crossentropy":
        # -(t log s(z) + (1-t) log(1-s(z))) = max(z,0) - t z + log(1 + e^-|z|)
        return float(np.mean(np.maximum(Z, 0.0) - T * Z + np.log1p(np.exp(-np.abs(Z)))))
    if loss == "categorical_crossentropy":
        return float(-np.sum(T * _log_softmax(Z)) / Z.shape[1])
    raise LossError(f"unknown loss {loss!r}")
