"""Tooltip and hint texts: what each thing is, its current value, and what you can do with
it. Written when the pointer arrives, so values are always current.

Activation labels, formulas and notes come from ``core.activations`` as they are."""

from __future__ import annotations

from collections import Counter

from core import activations as act
from core import features
from gui.editor.actions import layer_name, neuron_name, source_name
from gui.editor.layout import DropTarget
from gui.i18n import number, translate


def describe(ed, key) -> str:
    if not key:
        return ""
    kind = key[0]
    if kind == "neuron":
        return _neuron(ed, key[1], key[2])
    if kind == "bias":
        b = ed.document.value(("bias", key[1], key[2]))
        return translate(
            "EditorTips", "Bias of {neuron}: {value}\nz = w·x + b: the bias shifts z before "
            "the activation.\nDouble-click to type a new value.").format(
            neuron=neuron_name(ed, key[1], key[2]), value=number(b, ".4g"))
    if kind == "link":
        _, li, unit, index = key
        w = ed.document.value(("weight", li, unit, index))
        return translate(
            "EditorTips", "Weight from {source} into {neuron}: {value}\nBlue: positive, "
            "orange: negative; thicker: larger.\nClick to select, double-click to type a new "
            "value.").format(source=source_name(ed, li, index),
                             neuron=neuron_name(ed, li, unit), value=number(w, ".4g"))
    if kind == "layer":
        return _layer(ed, key[1])
    if kind in ("input", "feature"):
        return _input(ed, key)
    return ""


def _neuron(ed, li: int, unit: int) -> str:
    n = ed.network.neurons(li)[unit]
    spec = act.get(n.activation)
    b = ed.document.value(("bias", li, unit))
    # the first line is the Map's title too (gui.live_views)
    head = (translate("EditorTips", "{layer}, neuron {number}: {activation}  (frozen: "
                                    "training leaves it alone)") if n.frozen else
            translate("EditorTips", "{layer}, neuron {number}: {activation}"))
    lines = [head.format(layer=layer_name(ed, li), number=unit + 1, activation=spec.label),
             spec.formula,
             translate("EditorTips", "Output range: {range}").format(range=spec.output_range),
             translate("EditorTips", "Bias: {value}").format(value=number(b, ".4g"))]
    if n.alpha is not None:
        lines.append(translate("EditorTips", "alpha: {value}").format(
            value=number(n.alpha, ".4g")))
    lines += [spec.notes, translate("EditorTips", "Drag to move it. Drop an activation on it "
                                                  "to change it. Right-click for more.")]
    return "\n".join(lines)


def _layer(ed, li: int) -> str:
    kinds = Counter(act.get(a).label for a in ed.network.activations(li))
    mix = ", ".join(translate("EditorTips", "{activation} ×{count}").format(
        activation=k, count=c) for k, c in kinds.items())
    n = ed.network.sizes[li]
    role = (translate("EditorTips", "The output layer: its units are the network's answer.")
            if li == len(ed.network.sizes) - 1 else translate("EditorTips", "A hidden layer."))
    head = (translate("EditorTips", "{layer}: %n unit ({activations})", None, n) if n == 1
            else translate("EditorTips", "{layer}: %n units ({activations})", None, n))
    head = head.format(layer=layer_name(ed, li), activations=mix)
    return "\n".join((head, role, translate(
        "EditorTips", "Click to select it; right-click to change all its activations, add a "
        "neuron or delete it. Drop an activation on it to add a neuron.")))


def _input(ed, key) -> str:
    names = ed.network.input_names
    name = names[key[1]] if key[0] == "input" else key[1]
    label = features.FEATURES.get(name, name)      # names of data: not translated
    head = label if label == name else f"{label} ({name})"
    if ed.document.feature_choices() is None:
        text = translate("EditorTips", "Input {name}: a column of the data set.")
    elif key[0] == "input":
        text = translate("EditorTips", "Input {name}: in use. Click to stop using it.")
    else:
        text = translate("EditorTips", "Feature {name}: not in use. Click to feed it to the "
                                       "network.")
    return text.format(name=head)


def drop_hint(ed, target: DropTarget | None, activation: str = "") -> str:
    """Status-bar text while dragging a neuron of ``activation`` (its label, "ReLU"):
    where it will land."""
    if target is None:
        return translate("EditorTips", "Drop on a layer, on a neuron, or in the space between "
                                       "two layers.")
    if target.kind == "neuron":
        return translate("EditorTips", "Drop to make {neuron} a {activation} neuron.").format(
            neuron=neuron_name(ed, target.layer, target.index), activation=activation)
    if target.kind == "slot":
        return translate("EditorTips", "Drop to put a {activation} neuron at position "
                                       "{position} of {layer}.").format(
            activation=activation, position=target.index + 1,
            layer=layer_name(ed, target.layer))
    return translate("EditorTips", "Drop to make a new hidden layer here with a {activation} "
                                   "neuron.").format(activation=activation)
