"""The exact settings of a network, as the lines a printed handout lists (Qt-free).

A student who takes the handout home must be able to build the same network again from it:
the data set and its parameters, the inputs, every layer's units and activations, the loss,
the optimizer with its learning rate and batch size, the regularisation, the seeds and the
epoch reached. ``settings_rows`` and ``layer_rows`` give them as plain strings, in the
language shown (``core.i18n``: numbers with the language's decimal point); the GUI only lays
them out.
"""

from __future__ import annotations

from itertools import groupby

from core import activations as act
from core import losses, optimizers
from core.datasets import builtin_spec
from core.explain_text import layer_name
from core.i18n import QT_TRANSLATE_NOOP, number, translate
from core.netfile import Document

INLINE_SHOWN = 4          # inline data: list at most this many feature names
INPUTS_SHOWN = 8          # more inputs than this (64 pixels): the first and last named
# data.problem (a file key) -> how the handout writes it
PROBLEMS = {"classification": QT_TRANSLATE_NOOP("HandoutFacts", "classification"),
            "regression": QT_TRANSLATE_NOOP("HandoutFacts", "regression")}


def _number(v) -> str:
    """0.03 -> "0.03", 1e-05 -> "1e-05", 400 -> "400" (no float noise; the language's
    decimal point: 0,03 in German)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    return number(v, "g") if isinstance(v, float) else str(v)


def data_text(data: dict) -> str:
    """One line naming the data and every parameter that makes it, e.g.
    "Coffee roasting (built-in coffee): 400 samples, noise 0 %, seed 7, inputs normalised"."""
    source = data.get("source")
    parts: list[str] = []
    if source == "builtin":
        head, parts = _builtin_text(data)
    elif source == "csv":
        head = translate("HandoutFacts", "CSV file {path}").format(path=data.get("path", "?"))
        if data.get("features"):
            parts.append(translate("HandoutFacts", "features {names}").format(
                names=", ".join(map(str, data["features"]))))
        if data.get("target"):
            parts.append(translate("HandoutFacts", "target {name}").format(name=data["target"]))
    elif source == "inline":
        n = len(data.get("X") or [])
        head = translate("HandoutFacts", "%n sample written in the file", None, n) if n == 1 \
            else translate("HandoutFacts", "%n samples written in the file", None, n)
        names = list(data.get("features") or [])
        if names:
            shown = ", ".join(map(str, names[:INLINE_SHOWN]))
            parts.append(translate("HandoutFacts", "features {names}").format(
                names=shown + (", \u2026" if len(names) > INLINE_SHOWN else "")))
    else:
        head = translate("HandoutFacts", "data source {source}").format(source=repr(source))
    if data.get("problem"):
        problem = str(data["problem"])
        parts.append(translate("HandoutFacts", PROBLEMS[problem]) if problem in PROBLEMS
                     else problem)
    parts.append(translate("HandoutFacts", "inputs normalised") if data.get("normalize")
                 else translate("HandoutFacts", "inputs not normalised"))
    return translate("HandoutFacts", "{data}: {details}").format(data=head,
                                                                 details=", ".join(parts))


def _builtin_text(data: dict) -> tuple[str, list[str]]:
    """(head, parts) of ``data_text`` for a built-in data set."""
    spec = builtin_spec(data)
    name = data.get("name", "?")
    head = translate("HandoutFacts", "{label} (built-in {name})").format(
        label=spec.label, name=name) if spec is not None else \
        translate("HandoutFacts", "built-in {name}").format(name=name)
    parts = []
    if spec is None or spec.uses_samples:
        samples = data.get("samples", 500)
        if isinstance(samples, int) and not isinstance(samples, bool):
            n = samples   # English has no catalogue: its singular is a text of its own
            parts.append(translate("HandoutFacts", "%n sample", None, n) if n == 1 else
                         translate("HandoutFacts", "%n samples", None, n))
        else:
            parts.append(translate("HandoutFacts", "{count} samples").format(
                count=_number(samples)))
    if spec is None or spec.uses_noise:
        parts.append(translate("HandoutFacts", "noise {percent} %").format(
            percent=_number(round(100 * float(data.get("noise", 0.0)), 2))))
    parts.append(translate("HandoutFacts", "seed {seed}").format(
        seed=_number(data.get("seed", 0))))
    return head, parts


def regularization_text(training: dict) -> str:
    kind = str(training.get("regularization", "none"))
    if kind == "none":
        return translate("HandoutFacts", "none")
    return translate("HandoutFacts", "{kind}, rate {rate}").format(
        kind=kind.upper(), rate=_number(training.get("regularization_rate", 0.0)))


def optimizer_text(training: dict) -> str:
    name = str(training.get("optimizer", "sgd"))
    text = optimizers.label(name)
    if name == "momentum":
        text = translate("HandoutFacts", "{optimizer} (momentum {momentum})").format(
            optimizer=text, momentum=_number(training.get("momentum", 0.9)))
    return text


def settings_rows(doc: Document, metrics: dict | None = None) -> list[tuple[str, str]]:
    """(setting, value) rows in the order the Data and training panel shows them.
    ``metrics``: the latest losses/accuracies (keys as ``Trainer.evaluate``), optional."""
    t, net = doc.training, doc.network
    share = _number(round(100 * float(t.get("train_fraction", 0.5)), 2))
    rows = [(translate("HandoutFacts", "Data set"), data_text(doc.data)),
            (translate("HandoutFacts", "Inputs"), inputs_text(net.input_names)),
            (translate("HandoutFacts", "Train share"),
             translate("HandoutFacts", "{percent} % of the samples (the rest is the test set)")
             .format(percent=share)),
            (translate("HandoutFacts", "Loss"), losses.label(net.loss)),
            (translate("HandoutFacts", "Optimizer"), optimizer_text(t)),
            (translate("HandoutFacts", "Learning rate"), _number(t.get("learning_rate", 0.03))),
            (translate("HandoutFacts", "Batch size"), _number(t.get("batch_size", 10))),
            (translate("HandoutFacts", "Regularisation"), regularization_text(t)),
            (translate("HandoutFacts", "Seed"),
             translate("HandoutFacts", "{seed} (split and batch order)").format(
                 seed=_number(t.get("seed", 1)))),
            (translate("HandoutFacts", "Epoch reached"), _number(int(t.get("epoch", 0))))]
    rows += _metric_rows(metrics or {})
    return rows


def _metric_rows(m: dict) -> list[tuple[str, str]]:
    rows = []
    for part, label in (("train", translate("HandoutFacts", "Training set")),
                        ("test", translate("HandoutFacts", "Test set"))):
        bits = []
        if m.get(f"{part}_loss") is not None:
            bits.append(translate("HandoutFacts", "loss {loss}").format(
                loss=number(m[f"{part}_loss"], ".4g")))
        if m.get(f"{part}_accuracy") is not None:
            bits.append(translate("HandoutFacts", "accuracy {percent} %").format(
                percent=number(100 * m[f"{part}_accuracy"], ".1f")))
        if bits:
            rows.append((label, ", ".join(bits)))
    return rows


def inputs_text(names) -> str:
    names = list(names)
    if len(names) <= INPUTS_SHOWN:
        return ", ".join(names)
    n = len(names)
    return translate("HandoutFacts", "%n inputs: {first}, {second}, …, {last}", None,
                     n).format(first=names[0], second=names[1], last=names[-1])


def activation_text(name: str, alpha: float | None) -> str:
    label = act.get(name).short_label if name in act.NAMES else name
    if alpha is None:
        return label
    return translate("HandoutFacts", "{activation} (α {alpha})").format(
        activation=label, alpha=number(alpha, ".3g"))


def layer_rows(doc: Document) -> list[tuple[str, str, str]]:
    """(layer name, units, activations) for every hidden layer and the output layer; the
    activations in neuron order (top to bottom), runs counted: "2 x ReLU, Tanh"."""
    net = doc.network
    rows = []
    for li, size in enumerate(net.sizes):
        name = layer_name(li, len(net.sizes))
        labels = [activation_text(n.activation, n.alpha) for n in net.neurons(li)]
        runs = [(label, len(list(group))) for label, group in groupby(labels)]
        text = ", ".join(f"{k} \u00d7 {label}" if k > 1 else label for label, k in runs)
        rows.append((name, str(size), text))
    return rows


def latest_metrics(history: dict | None) -> dict:
    """The last measured loss and accuracy of each split from a file's ``history`` (lists
    of equal length, None where not measured): {"train_loss": ..., ...}; {} without one."""
    out: dict = {}
    if not history:
        return out
    for key in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        values = [v for v in (history.get(key) or ()) if v is not None]
        if values:
            out[key] = float(values[-1])
    return out
