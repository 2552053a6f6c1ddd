"""The exact settings of a network, as the lines a printed handout lists (Qt-free).

A student who takes the handout home must be able to build the same network again from it:
the data set and its parameters, the inputs, every layer's units and activations, the loss,
the optimizer with its learning rate and batch size, the regularisation, the seeds and the
epoch reached. ``settings_rows`` and ``layer_rows`` give them as plain strings; the GUI only
lays them out.
"""

from __future__ import annotations

from itertools import groupby

from core import activations as act
from core import losses, optimizers
from core.datasets import builtin_spec
from core.netfile import Document

INLINE_SHOWN = 4          # inline data: list at most this many feature names
INPUTS_SHOWN = 8          # more inputs than this (64 pixels): the first and last named


def _number(v) -> str:
    """0.03 -> "0.03", 1e-05 -> "1e-05", 400 -> "400" (no float noise)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    return f"{v:g}" if isinstance(v, float) else str(v)


def data_text(data: dict) -> str:
    """One line naming the data and every parameter that makes it, e.g.
    "Coffee roasting (built-in coffee): 400 samples, noise 0 %, seed 7, inputs normalised"."""
    source = data.get("source")
    parts: list[str] = []
    if source == "builtin":
        spec = builtin_spec(data)
        name = data.get("name", "?")
        head = f"{spec.label} (built-in {name})" if spec is not None else f"built-in {name}"
        if spec is None or spec.uses_samples:
            parts.append(f"{_number(data.get('samples', 500))} samples")
        if spec is None or spec.uses_noise:
            parts.append(f"noise {_number(round(100 * float(data.get('noise', 0.0)), 2))} %")
        parts.append(f"seed {_number(data.get('seed', 0))}")
    elif source == "csv":
        head = f"CSV file {data.get('path', '?')}"
        if data.get("features"):
            parts.append("features " + ", ".join(map(str, data["features"])))
        if data.get("target"):
            parts.append(f"target {data['target']}")
    elif source == "inline":
        rows = data.get("X") or []
        head = f"{len(rows)} samples written in the file"
        names = list(data.get("features") or [])
        if names:
            shown = ", ".join(map(str, names[:INLINE_SHOWN]))
            parts.append("features " + shown + (", \u2026" if len(names) > INLINE_SHOWN else ""))
    else:
        head = f"data source {source!r}"
    if data.get("problem"):
        parts.append(str(data["problem"]))
    parts.append("inputs normalised" if data.get("normalize") else "inputs not normalised")
    return head + ": " + ", ".join(parts)


def regularization_text(training: dict) -> str:
    kind = str(training.get("regularization", "none"))
    if kind == "none":
        return "none"
    return f"{kind.upper()}, rate {_number(training.get('regularization_rate', 0.0))}"


def optimizer_text(training: dict) -> str:
    name = str(training.get("optimizer", "sgd"))
    text = optimizers.LABELS.get(name, name)
    if name == "momentum":
        text += f" (momentum {_number(training.get('momentum', 0.9))})"
    return text


def settings_rows(doc: Document, metrics: dict | None = None) -> list[tuple[str, str]]:
    """(setting, value) rows in the order the Data and training panel shows them.
    ``metrics``: the latest losses/accuracies (keys as ``Trainer.evaluate``), optional."""
    t, net = doc.training, doc.network
    rows = [("Data set", data_text(doc.data)),
            ("Inputs", inputs_text(net.input_names)),
            ("Train share", f"{_number(round(100 * float(t.get('train_fraction', 0.5)), 2))} %"
                            " of the samples (the rest is the test set)"),
            ("Loss", losses.LABELS.get(net.loss, net.loss)),
            ("Optimizer", optimizer_text(t)),
            ("Learning rate", _number(t.get("learning_rate", 0.03))),
            ("Batch size", _number(t.get("batch_size", 10))),
            ("Regularisation", regularization_text(t)),
            ("Seed", f"{_number(t.get('seed', 1))} (split and batch order)"),
            ("Epoch reached", _number(int(t.get("epoch", 0))))]
    rows += _metric_rows(metrics or {})
    return rows


def _metric_rows(m: dict) -> list[tuple[str, str]]:
    rows = []
    for part, label in (("train", "Training set"), ("test", "Test set")):
        bits = []
        if m.get(f"{part}_loss") is not None:
            bits.append(f"loss {m[f'{part}_loss']:.4g}")
        if m.get(f"{part}_accuracy") is not None:
            bits.append(f"accuracy {100 * m[f'{part}_accuracy']:.1f} %")
        if bits:
            rows.append((label, ", ".join(bits)))
    return rows


def inputs_text(names) -> str:
    names = list(names)
    if len(names) <= INPUTS_SHOWN:
        return ", ".join(names)
    return f"{len(names)} inputs: {names[0]}, {names[1]}, \u2026, {names[-1]}"


def activation_text(name: str, alpha: float | None) -> str:
    label = act.get(name).short_label if name in act.NAMES else name
    return f"{label} (\u03b1 {alpha:.3g})" if alpha is not None else label


def layer_rows(doc: Document) -> list[tuple[str, str, str]]:
    """(layer name, units, activations) for every hidden layer and the output layer; the
    activations in neuron order (top to bottom), runs counted: "2 x ReLU, Tanh"."""
    net = doc.network
    rows = []
    for li, size in enumerate(net.sizes):
        name = "Output" if li == len(net.sizes) - 1 else f"Hidden {li + 1}"
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
