"""What a data set asks of the network, and the edits that make the network fit it.
(No Qt here.)

Changing the data set must leave a network that trains. ``fit_steps`` lists the
``core.edits`` steps (inputs, output layer) and the loss for ``gui.commands.DataCommand``:

- inputs: a 2-D Playground set keeps the current x1, x2, x1^2, ... selection when all of it
  still applies, otherwise the data's own feature names (digits: px0..px63; CSV: the chosen
  columns); ``core.edits.set_inputs`` keeps the weights of inputs that stay;
- outputs: 2 classes -> 1 sigmoid + binary cross-entropy, K > 2 classes -> K softmax +
  categorical cross-entropy, regression -> 1 linear + mean squared error. An output layer
  that already fits (e.g. 2 softmax outputs for 2 classes, or Playground's tanh + mse) is
  left alone.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from core import datasets, edits
from core.datasets import PLAYGROUND_FEATURES, Dataset
from core.features import FEATURES

SCALE_LIMIT = 10.0       # inputs beyond +-10 train badly unless normalised (coffee: ~200)
DEFAULT_SAMPLES = 500
THUMB_SEED = 2           # the seed of the small sample that describes a built-in set


@dataclass(frozen=True)
class DataShape:
    """What the network must look like for some data.

    features: the data's own columns; n_classes: 0 for regression; target_range: (min, max)
    of regression targets; normalize: the features lie far outside [-1, 1]."""

    features: tuple[str, ...]
    problem: str
    n_classes: int = 0
    target_range: tuple[float, float] | None = None
    normalize: bool = False

    @property
    def playground(self) -> bool:
        """A plane of x1 and x2, where Playground's feature transforms apply."""
        return tuple(self.features) == PLAYGROUND_FEATURES


def shape_of(ds: Dataset) -> DataShape:
    regression = ds.problem == "regression" and ds.y.size
    span = (float(ds.y.min()), float(ds.y.max())) if regression else None
    big = bool(ds.X.size) and float(np.abs(ds.X).max()) > SCALE_LIMIT
    return DataShape(tuple(ds.feature_names), ds.problem, ds.n_classes, span, big)


@functools.lru_cache(maxsize=None)
def builtin_shape(name: str) -> DataShape:
    """The shape of a built-in set, judged from a small noise-free sample."""
    return shape_of(datasets.make(name, 200, 0.0, THUMB_SEED))


def builtin_data(name: str, old: dict) -> dict:
    """The ``data`` section for built-in set ``name``; samples, noise and seed carry over
    from a built-in ``old``; ``normalize`` is on for sets far from [-1, 1]."""
    keep = old if old.get("source") == "builtin" else {}
    data = {"source": "builtin", "name": name,
            "samples": keep.get("samples", DEFAULT_SAMPLES),
            "noise": keep.get("noise", 0.0), "seed": keep.get("seed", 0)}
    if builtin_shape(name).normalize:
        data["normalize"] = True
    return data


def fitted_inputs(current, shape: DataShape) -> list[str]:
    current = list(current)
    if shape.playground and all(name in FEATURES for name in current):
        return current
    return list(shape.features)


def output_fits(outputs, loss: str, shape: DataShape) -> bool:
    """Would training accept these output activations and loss, sensibly, for the data?"""
    outputs, n = list(outputs), len(outputs)
    if shape.problem == "regression":
        low, high = shape.target_range or (-np.inf, np.inf)
        ok = {"linear"} | ({"tanh"} if low >= -1 and high <= 1 else set()) \
            | ({"sigmoid"} if low >= 0 and high <= 1 else set())
        return n == 1 and loss == "mse" and outputs[0] in ok
    k = shape.n_classes
    if outputs == ["softmax"] * k and k >= 2:
        return loss == "categorical_crossentropy"
    if k == 2 and n == 1:
        return (outputs[0], loss) in (("sigmoid", "binary_crossentropy"),
                                      ("sigmoid", "mse"), ("tanh", "mse"))
    return False


def target_output(shape: DataShape) -> tuple[int, str, str]:
    """(units, activation, loss) of the output layer the rules above ask for."""
    if shape.problem == "regression":
        return 1, "linear", "mse"
    if shape.n_classes <= 2:
        return 1, "sigmoid", "binary_crossentropy"
    return shape.n_classes, "softmax", "categorical_crossentropy"


def fit_steps(net, shape: DataShape) -> tuple[list[tuple], str | None]:
    """The ``core.edits`` steps [(name, *args), ...] and the new loss (None: keep it) that
    make ``net`` fit data of this shape; nothing for what already fits."""
    steps: list[tuple] = []
    inputs = fitted_inputs(net.input_names, shape)
    if inputs != list(net.input_names):
        steps.append((edits.set_inputs, inputs))
    if output_fits(net.activations(-1), net.loss, shape):
        return steps, None
    units, activation, loss = target_output(shape)
    last = len(net.sizes) - 1
    if net.sizes[last] != units:
        steps.append((edits.resize_layer, last, units, activation))
    steps.append((edits.set_layer_activation, last, activation))
    return steps, (loss if loss != net.loss else None)
