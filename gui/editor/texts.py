"""Tooltip and hint texts: what each thing is, its current value, and what you can do with
it. Written when the pointer arrives, so values are always current."""

from __future__ import annotations

from collections import Counter

from core import activations as act
from core import features
from gui.editor.actions import layer_name, source_name
from gui.editor.layout import DropTarget


def describe(ed, key) -> str:
    if not key:
        return ""
    kind = key[0]
    if kind == "neuron":
        return _neuron(ed, key[1], key[2])
    if kind == "bias":
        b = ed.document.value(("bias", key[1], key[2]))
        return (f"Bias of {layer_name(ed, key[1])} neuron {key[2] + 1}: {b:.4g}\n"
                f"z = w·x + b: the bias shifts z before the activation.\n"
                f"Double-click to type a new value.")
    if kind == "link":
        _, li, unit, index = key
        w = ed.document.value(("weight", li, unit, index))
        return (f"Weight from {source_name(ed, li, index)} into {layer_name(ed, li)} "
                f"neuron {unit + 1}: {w:.4g}\n"
                f"Blue: positive, orange: negative; thicker: larger.\n"
                f"Click to select, double-click to type a new value.")
    if kind == "layer":
        return _layer(ed, key[1])
    if kind in ("input", "feature"):
        return _input(ed, key)
    return ""


def _neuron(ed, li: int, unit: int) -> str:
    n = ed.network.neurons(li)[unit]
    spec = act.get(n.activation)
    b = ed.document.value(("bias", li, unit))
    lines = [f"{layer_name(ed, li)}, neuron {unit + 1}: {spec.label}"
             + ("  (frozen: training leaves it alone)" if n.frozen else ""),
             spec.formula, f"Output range: {spec.output_range}", f"Bias: {b:.4g}"]
    if n.alpha is not None:
        lines.append(f"alpha: {n.alpha:.4g}")
    lines += [spec.notes, "Drag to move it. Drop an activation on it to change it. "
              "Right-click for more."]
    return "\n".join(lines)


def _layer(ed, li: int) -> str:
    kinds = Counter(act.get(a).label for a in ed.network.activations(li))
    mix = ", ".join(f"{k} ×{c}" for k, c in kinds.items())
    n = ed.network.sizes[li]
    role = ("The output layer: its units are the network's answer."
            if li == len(ed.network.sizes) - 1 else "A hidden layer.")
    return (f"{layer_name(ed, li)}: {n} unit{'s' * (n != 1)} ({mix})\n{role}\n"
            f"Click to select it; right-click to change all its activations, add a neuron "
            f"or delete it. Drop an activation on it to add a neuron.")


def _input(ed, key) -> str:
    names = ed.network.input_names
    name = names[key[1]] if key[0] == "input" else key[1]
    label = features.FEATURES.get(name, name)
    head = label if label == name else f"{label} ({name})"
    if ed.document.feature_choices() is None:
        return f"Input {head}: a column of the data set."
    if key[0] == "input":
        return f"Input {head}: in use. Click to stop using it."
    return f"Feature {head}: not in use. Click to feed it to the network."


def drop_hint(ed, target: DropTarget | None, what: str) -> str:
    """Status-bar text while dragging: where ``what`` ("a ReLU neuron") will land."""
    if target is None:
        return "Drop on a layer, on a neuron, or in the space between two layers."
    if target.kind == "neuron":
        return f"Drop to make {layer_name(ed, target.layer)} neuron {target.index + 1} " \
               f"{what}."
    if target.kind == "slot":
        return f"Drop to put {what} at position {target.index + 1} of " \
               f"{layer_name(ed, target.layer)}."
    return f"Drop to make a new hidden layer here with {what}."
