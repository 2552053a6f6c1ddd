"""Does the loss fit the output layer and the data? What would fix it? (No widgets here.)

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
from gui.i18n import translate


@dataclass(frozen=True)
class DataProblem:
    """What the data asks of the network. ``problem`` is None when it is only known once
    the data is loaded (a CSV file that does not say). ``source`` names the data for a
    "Data: ..." line ("Circle (built-in data set)", "CSV file roast.csv", ...): it is never
    put inside a sentence, where its case and article would differ by language."""

    problem: str | None
    n_classes: int | None
    source: str
    class_names: tuple[str, ...] = ()

    def describe(self) -> str:
        """"Classification, 3 classes (A, B, C)", "Regression (predict a number)", ..."""
        if self.problem is None:
            return translate("LossCheck", "decided by the target column")
        if self.problem == "regression":
            return translate("LossCheck", "Regression (predict a number)")
        if not self.n_classes:
            return translate("LossCheck", "Classification")
        k = self.n_classes          # a plain name: pyside6-lupdate drops n = an expression
        if self.class_names and len(self.class_names) <= 4:
            return translate("LossCheck", "Classification, %n classes ({names})", None,
                             k).format(names=", ".join(self.class_names))
        return translate("LossCheck", "Classification, %n classes", None, k)


def data_problem(data: dict) -> DataProblem:
    """The problem type of a document's ``data`` section, without loading any file."""
    source = data.get("source")
    given = data.get("problem")
    if source == "builtin":
        spec = datasets.BUILTIN.get(data.get("name"))
        if spec is None:
            return DataProblem(given, None, translate("LossCheck", "unknown data set {name}"
                                                      ).format(name=data.get("name")))
        problem = given or spec.problem
        names = spec.class_labels if problem == "classification" else ()
        return DataProblem(problem, len(names) or None,
                           translate("LossCheck", "{name} (built-in data set)").format(
                               name=spec.label), names)
    if source == "inline":
        y = data.get("y") or []
        problem = given or (inline_problem(y) if y else None)
        names = tuple(data.get("class_names", ()))
        n = len(names) or (int(max(y)) + 1 if problem == "classification" and y else None)
        return DataProblem(problem, n, translate("LossCheck", "data stored in the file"), names)
    path = os.path.basename(str(data.get("path", "")))
    if not path:
        return DataProblem(given, None, translate("LossCheck", "a CSV file"))
    return DataProblem(given, None, translate("LossCheck", "CSV file {name}").format(name=path))


@dataclass(frozen=True)
class Diagnosis:
    """``message`` is empty when the loss fits. A fix sets ``loss``, ``activation`` (for
    every output neuron) and ``units`` (output layer size); None means "leave it". All
    texts are whole sentences."""

    message: str = ""
    fits: str = ""                  # what a student sees when all is well
    fix: str = ""                   # what "Fix it" will do, in sentences
    loss: str | None = None
    activation: str | None = None
    units: int | None = None

    @property
    def ok(self) -> bool:
        return not self.message


def _sentence(text: str) -> str:
    """A message from core ("binary cross-entropy needs ...") as a sentence: capital first
    letter, full stop at the end."""
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _fits(loss: str, outputs: list[str]) -> str:
    kinds = sorted(set(outputs))
    label = losses.label(loss)
    if len(kinds) != 1:
        return translate("LossCheck", "{loss} fits these output neurons.").format(loss=label)
    kind = get_activation(kinds[0]).label
    if len(outputs) == 1:
        return translate("LossCheck", "{loss} fits the {activation} output neuron.").format(
            loss=label, activation=kind)
    n = len(outputs)
    return translate("LossCheck", "{loss} fits the %n {activation} output neurons.", None,
                     n).format(loss=label, activation=kind)


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
    """A Diagnosis whose ``fix`` says in sentences what the button will do."""
    parts = []
    if units is not None and activation:
        parts.append(translate("LossCheck", "Give the output layer %n {activation} neurons.",
                               None, units).format(activation=activation))
    elif units is not None:
        parts.append(translate("LossCheck", "Give the output layer %n neurons.", None, units))
    elif activation is not None:
        parts.append(translate("LossCheck", "Set every output neuron to {activation}."
                               ).format(activation=activation))
    if loss is not None:
        parts.append(translate("LossCheck", "Choose {loss}.").format(
            loss=losses.label(loss)))
    return Diagnosis(_sentence(message), fix=" ".join(parts), loss=loss,
                     activation=activation, units=units)


def diagnose(loss: str, outputs: list[str], data: DataProblem) -> Diagnosis:
    """Check ``loss`` against the output activations, then the output layer's size against
    the data (as training will)."""
    outputs = list(outputs)
    n_out = len(outputs)
    if data.problem == "regression" and loss != "mse":
        return _fix(translate("LossCheck", "{loss} needs class labels, but this data is a "
                              "regression problem (it predicts numbers); choose mean squared "
                              "error.").format(loss=losses.label(loss)),
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
    message = translate("LossCheck", "A softmax output neuron alone always outputs 1 (e^z / "
                        "e^z), so it tells nothing and never learns.")
    if data.problem == "regression":
        return _fix(message, activation="linear", units=units)
    if (units or n_out) == 1:
        return _fix(message, loss="binary_crossentropy", activation="sigmoid", units=units)
    return _fix(message, loss="categorical_crossentropy", activation="softmax", units=units)


def _size_fix(loss: str, n_out: int, data: DataProblem, units: int) -> Diagnosis:
    if data.problem == "regression":          # n_out > 1 here
        return _fix(translate("LossCheck", "A regression problem needs 1 output neuron, but "
                              "the output layer has %n neurons; remove the others.", None,
                              n_out), units=1)
    k = data.n_classes
    if n_out == 1:
        return _fix(translate("LossCheck", "This data has %n classes but the output layer "
                              "has 1 neuron; give the output layer %n softmax neurons and use "
                              "categorical cross-entropy.", None, k),
                    loss="categorical_crossentropy", activation="softmax", units=k)
    # k >= 2 classes: "classes" is plural for every k in the app's languages
    if k == 2:
        text = translate("LossCheck", "This data has 2 classes but the output layer has %n "
                         "neurons; use 2 (one per class) or 1 for two classes.", None, n_out)
    else:
        text = translate("LossCheck", "This data has {classes} classes but the output layer "
                         "has %n neurons; use {classes} (one per class).", None, n_out)
    return _fix(text.format(classes=k), units=units)


def _loss_fix(loss: str, n_out: int, data: DataProblem, message: str) -> Diagnosis:
    """``message``: core's (core.losses.check)."""
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
