"""Does the loss fit the output layer and the data? What would fix it? (No Qt here.)

``diagnose`` returns a ``Diagnosis``: the message a student sees (from
``core.losses.check`` where it applies, or a lone softmax output, which mean squared error
accepts although it always outputs 1) and the change that the inspector's "Fix it"
button makes: a loss, an activation for every output neuron, a size for the output layer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from core import datasets, losses
from core.activations import get as get_activation
from core.netfile_data import inline_problem
from core.softmax_use import softmax_units


@dataclass(frozen=True)
class DataProblem:
    """What the data asks of the network. ``problem`` is None when it is only known once
    the data is loaded (a CSV file that does not say)."""

    problem: str | None
    n_classes: int | None
    source: str                     # "the Circle data set", "the CSV file roast.csv", ...
    class_names: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.problem is None:
            return f"decided by the target column of {self.source}"
        if self.problem == "regression":
            return f"Regression (predict a number), from {self.source}"
        classes = f", {self.n_classes} classes" if self.n_classes else ""
        names = ", ".join(self.class_names)
        if names and len(self.class_names) <= 4:
            classes += f" ({names})"
        return f"Classification{classes}, from {self.source}"


def data_problem(data: dict) -> DataProblem:
    """The problem type of a document's ``data`` section, without loading any file."""
    source = data.get("source")
    given = data.get("problem")
    if source == "builtin":
        spec = datasets.BUILTIN.get(data.get("name"))
        if spec is None:
            return DataProblem(given, None, f"the data set {data.get('name')!r}")
        problem = given or spec.problem
        names = spec.class_names if problem == "classification" else ()
        return DataProblem(problem, len(names) or None, f"the {spec.label} data set", names)
    if source == "inline":
        y = data.get("y") or []
        problem = given or (inline_problem(y) if y else None)
        names = tuple(data.get("class_names", ()))
        n = len(names) or (int(max(y)) + 1 if problem == "classification" and y else None)
        return DataProblem(problem, n, "the data stored in the file", names)
    path = os.path.basename(str(data.get("path", ""))) or "the CSV file"
    return DataProblem(given, None, f"the CSV file {path}")


@dataclass(frozen=True)
class Diagnosis:
    """``message`` is empty when the loss fits. A fix sets ``loss``, ``activation`` (for
    every output neuron) and ``units`` (output layer size); None means "leave it"."""

    message: str = ""
    fits: str = ""                  # what a student sees when all is well
    fix: str = ""                   # what "Fix it" will do, in words
    loss: str | None = None
    activation: str | None = None
    units: int | None = None

    @property
    def ok(self) -> bool:
        return not self.message


def _label(loss: str) -> str:
    return losses.LABELS.get(loss, repr(loss)).lower()


def _fits(loss: str, outputs: list[str]) -> str:
    kinds = sorted(set(outputs))
    if len(kinds) == 1:
        kind = get_activation(kinds[0]).label
        what = f"the {kind} output neuron" if len(outputs) == 1 else \
            f"the {len(outputs)} {kind} output neurons"
    else:
        what = "these output neurons"
    return f"{losses.LABELS[loss]} fits {what}."


def units_needed(loss: str, n_out: int, data: DataProblem) -> int | None:
    """The output layer size the data asks for, or None when ``n_out`` will do (or the
    data does not say): 1 for regression; for k classes, k outputs, or 1 when k is 2 and
    the loss is not categorical cross-entropy (which needs one output per class)."""
    if data.problem == "regression":
        return None if n_out == 1 else 1
    k = data.n_classes
    if data.problem != "classification" or not k or n_out == k:
        return None
    if k == 2:
        return 2 if loss == "categorical_crossentropy" else (None if n_out == 1 else 1)
    return k


def _fix(message: str, loss=None, activation=None, units=None) -> Diagnosis:
    """A Diagnosis whose ``fix`` says in words what the button will do."""
    parts = []
    if units is not None:
        kind = f" {activation}" if activation else ""
        parts.append(f"give the output layer {units}{kind} neuron{'s' if units != 1 else ''}")
    elif activation is not None:
        parts.append(f"set every output neuron to {activation}")
    if loss is not None:
        parts.append(f"choose {_label(loss)}")
    return Diagnosis(message, fix=" and ".join(parts), loss=loss, activation=activation,
                     units=units)


def diagnose(loss: str, outputs: list[str], data: DataProblem) -> Diagnosis:
    """Check ``loss`` against the output activations, then the output layer's size against
    the data (as training will)."""
    outputs = list(outputs)
    n_out = len(outputs)
    if data.problem == "regression" and loss != "mse":
        return _fix(f"{_label(loss).capitalize()} needs class labels, but {data.source} is a "
                    f"regression problem (it predicts numbers); choose mean squared error",
                    loss="mse", units=units_needed("mse", n_out, data))
    try:
        losses.check(loss, outputs)
    except losses.LossError as e:
        return _loss_fix(loss, n_out, data, str(e))
    units = units_needed(loss, n_out, data)
    if len(softmax_units(outputs)) == 1:
        return _lone_softmax_fix(n_out, data, units)
    if units is not None:
        return _size_fix(loss, n_out, data, units)
    return Diagnosis(fits=_fits(loss, outputs))


def _lone_softmax_fix(n_out: int, data: DataProblem, units: int | None) -> Diagnosis:
    """One softmax output neuron (mean squared error accepts it): it always outputs 1. A
    number wants linear; one output, sigmoid and binary cross-entropy; several, every one
    softmax (one group) and categorical cross-entropy."""
    message = ("a softmax output neuron alone always outputs 1 (e^z / e^z), so it tells "
               "nothing and never learns")
    if data.problem == "regression":
        return _fix(message, activation="linear", units=units)
    if (units or n_out) == 1:
        return _fix(message, loss="binary_crossentropy", activation="sigmoid", units=units)
    return _fix(message, loss="categorical_crossentropy", activation="softmax", units=units)


def _size_fix(loss: str, n_out: int, data: DataProblem, units: int) -> Diagnosis:
    have = f"the output layer has {n_out} neuron{'s' if n_out != 1 else ''}"
    if data.problem == "regression":
        return _fix(f"a regression problem needs 1 output neuron, but {have}; remove the "
                    f"others", units=1)
    k = data.n_classes
    if n_out == 1:
        return _fix(f"{data.source} has {k} classes but {have}; give the output layer {k} "
                    f"softmax neurons and use categorical cross-entropy",
                    loss="categorical_crossentropy", activation="softmax", units=k)
    return _fix(f"{data.source} has {k} classes but {have}; use {k} (one per class)"
                + (" or 1 for two classes" if k == 2 else ""), units=units)


def _loss_fix(loss: str, n_out: int, data: DataProblem, message: str) -> Diagnosis:
    units = units_needed(loss, n_out, data)
    if loss == "binary_crossentropy":
        return _fix(message, activation="sigmoid", units=units)
    if loss == "categorical_crossentropy":
        if units is None and n_out < 2:       # the class count is unknown: assume two
            return _fix(message, loss="binary_crossentropy", activation="sigmoid")
        return _fix(message, activation="softmax", units=units)
    if data.problem == "classification":      # an unknown loss name
        return _fix(message, loss="binary_crossentropy", activation="sigmoid")
    return _fix(message, loss="mse")
