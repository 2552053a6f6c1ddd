"""What the editor's commands do: each turns a user intent into undoable edits and picks
what to select afterwards. Refusals a student is likely to meet are checked here first so
the message names layers as the screen does ("Hidden 1"), not core's 0-based numbers.

All functions take the ``NetworkEditor`` (``ed``) and return True if something changed.
"""

from __future__ import annotations

import math

from core import activations as act
from core import edits
from gui.commands import ValueCommand
from gui.editor.pushing import push_edit, push_steps
from gui.editor.scene import layer_title
from gui.i18n import number, translate

DEFAULT_LAYER = ("tanh", "tanh")   # a new hidden layer: small, smooth, zero-centred


def layer_name(ed, li: int) -> str:
    return layer_title(li, len(ed.network.sizes))


def neuron_name(ed, li: int, unit: int) -> str:
    """A neuron as the screen names it: "Hidden 1 neuron 3" (a name put into sentences)."""
    return translate("Editor", "{layer} neuron {number}").format(layer=layer_name(ed, li),
                                                                 number=unit + 1)


def _label(name: str) -> str:
    return act.get(name).label


# -- neurons ------------------------------------------------------------------------------
def insert_neuron(ed, li: int, pos: int, activation: str) -> bool:
    text = translate("EditorActions", "Add {activation} neuron to {layer}").format(
        activation=_label(activation), layer=layer_name(ed, li))
    if push_edit(ed, text, edits.insert_neuron, li, pos, activation):
        ed.select(("neuron", li, pos))
        return True
    return False


def add_neuron(ed, activation: str) -> bool:
    """Add after the selected neuron, at the end of the selected layer, or at the end of
    the last hidden layer; with no hidden layer, create one."""
    sel, sizes = ed.selection(), ed.network.sizes
    if sel and sel[0] == "neuron":
        return insert_neuron(ed, sel[1], sel[2] + 1, activation)
    if sel and sel[0] == "layer":
        return insert_neuron(ed, sel[1], sizes[sel[1]], activation)
    if len(sizes) > 1:
        return insert_neuron(ed, len(sizes) - 2, sizes[-2], activation)
    return insert_layer(ed, 0, [activation])


def set_activation(ed, li: int, unit: int, activation: str) -> bool:
    if ed.network.activations(li)[unit] == activation:
        return False
    text = translate("EditorActions", "Make {neuron} {activation}").format(
        neuron=neuron_name(ed, li, unit), activation=_label(activation))
    return push_edit(ed, text, edits.set_activation, li, unit, activation)


def set_frozen(ed, li: int, unit: int, frozen: bool) -> bool:
    text = (translate("EditorActions", "Freeze {neuron}") if frozen else
            translate("EditorActions", "Unfreeze {neuron}"))
    return push_edit(ed, text.format(neuron=neuron_name(ed, li, unit)), edits.set_frozen,
                     li, unit, bool(frozen))


def move_neuron(ed, li: int, unit: int, to: int, pos: int) -> bool:
    """Move to final position ``pos`` of layer ``to`` (same layer: a reorder)."""
    if to != li and ed.network.sizes[li] == 1:
        ed.statusMessage.emit(translate(
            "EditorActions", "This is the only neuron of {layer}; a layer needs at least "
            "one. Delete the layer instead.").format(layer=layer_name(ed, li)))
        return False
    if to == li and pos == unit:
        return False
    text = translate("EditorActions", "Move {neuron}").format(
        neuron=neuron_name(ed, li, unit))
    if push_edit(ed, text, edits.move_neuron, li, unit, to, pos):
        ed.select(("neuron", to, pos))
        return True
    return False


def move_to_new_layer(ed, li: int, unit: int, position: int) -> bool:
    """A neuron dragged into a gap becomes a new layer of its own at ``position``: insert a
    placeholder layer, move the neuron in, drop the placeholder (one undo step)."""
    if ed.network.sizes[li] == 1:
        ed.statusMessage.emit(translate(
            "EditorActions", "This is the only neuron of {layer}; it cannot leave its "
            "layer.").format(layer=layer_name(ed, li)))
        return False
    src = li + 1 if li >= position else li       # the source shifts right of the new layer
    steps = [(edits.insert_layer, position, ["linear"]),
             (edits.move_neuron, src, unit, position, 1),
             (edits.remove_neuron, position, 0)]
    text = translate("EditorActions", "Move {neuron} to a new layer").format(
        neuron=neuron_name(ed, li, unit))
    if push_steps(ed, text, steps):
        ed.select(("neuron", position, 0))
        return True
    return False


# -- layers -------------------------------------------------------------------------------
def insert_layer(ed, position: int, activations) -> bool:
    n = len(activations)
    text = translate("EditorActions", "Add hidden layer of %n unit", None, n) if n == 1 else \
        translate("EditorActions", "Add hidden layer of %n units", None, n)
    if push_edit(ed, text, edits.insert_layer, position, list(activations)):
        ed.select(("layer", position) if n > 1 else ("neuron", position, 0))
        return True
    return False


def add_layer(ed, activations=DEFAULT_LAYER) -> bool:
    """A new hidden layer after the selected hidden layer, else just before the output."""
    sel, last = ed.selection(), len(ed.network.sizes) - 1
    position = last
    if sel and sel[0] in ("neuron", "layer") and sel[1] < last:
        position = sel[1] + 1
    return insert_layer(ed, position, activations)


def set_layer_activation(ed, li: int, activation: str) -> bool:
    if set(ed.network.activations(li)) == {activation}:
        return False
    text = translate("EditorActions", "Make all of {layer} {activation}").format(
        layer=layer_name(ed, li), activation=_label(activation))
    return push_edit(ed, text, edits.set_layer_activation, li, activation)


def remove_layer(ed, li: int) -> bool:
    if li == len(ed.network.sizes) - 1:
        ed.statusMessage.emit(translate(
            "EditorActions", "The output layer cannot be deleted: it gives the network's "
            "answer. Change its neurons instead."))
        return False
    text = translate("EditorActions", "Delete {layer}").format(layer=layer_name(ed, li))
    if push_edit(ed, text, edits.remove_layer, li):
        ed.select(None)
        return True
    return False


# -- deleting -----------------------------------------------------------------------------
def delete_neurons(ed, keys) -> bool:
    """Delete neurons [(layer, unit), ...] as one undo step, refusing to empty a layer."""
    sizes = ed.network.sizes
    by_layer: dict[int, list[int]] = {}
    for li, unit in keys:
        by_layer.setdefault(li, []).append(unit)
    for li, units in sorted(by_layer.items()):
        if len(set(units)) >= sizes[li]:
            ed.statusMessage.emit(translate(
                "EditorActions", "{layer} needs at least one neuron; to remove it, select "
                "its header and delete the layer.").format(layer=layer_name(ed, li)))
            return False
    steps = [(edits.remove_neuron, li, u) for li, units in sorted(by_layer.items())
             for u in sorted(set(units), reverse=True)]     # back to front: indices hold
    n = len(steps)
    text = translate("EditorActions", "Delete %n neurons", None, n) if n > 1 else \
        translate("EditorActions", "Delete {neuron}").format(neuron=neuron_name(ed, *keys[0]))
    if not push_steps(ed, text, steps):
        return False
    if n == 1:    # keep a neighbour selected so Del, Del, Del works
        li, unit = keys[0]
        ed.select(("neuron", li, min(unit, ed.network.sizes[li] - 1)))
    else:
        ed.select(None)
    return True


def delete_selected(ed) -> bool:
    sel, neurons = ed.selection(), ed.selected_neurons()
    if neurons:
        return delete_neurons(ed, neurons)
    if sel is None:
        ed.statusMessage.emit(translate("EditorActions", "Nothing is selected."))
        return False
    kind = sel[0]
    if kind == "layer":
        return remove_layer(ed, sel[1])
    if kind == "input":
        return toggle_input(ed, ed.network.input_names[sel[1]])
    ed.statusMessage.emit(translate(
        "EditorActions", "A link cannot be deleted: every neuron listens to all units of the "
        "layer before. Double-click it and type 0 to cut it."))
    return False


# -- inputs -------------------------------------------------------------------------------
def toggle_input(ed, name: str) -> bool:
    """Switch a Playground feature on or off, keeping Playground's order of features."""
    choices, active = ed.document.feature_choices(), list(ed.network.input_names)
    if not choices:
        ed.statusMessage.emit(translate(
            "EditorActions", "These inputs are the data set's columns; choose the data in "
            "the Data panel to change them."))
        return False
    label = name
    if name in active:
        if len(active) == 1:
            ed.statusMessage.emit(translate(
                "EditorActions", "{input} is the only input left; a network needs at least "
                "one.").format(input=label))
            return False
        names = [f for f in choices if f in active and f != name]
        text = translate("EditorActions", "Stop using input {input}").format(input=label)
    else:
        names = [f for f in choices if f in active or f == name]
        text = translate("EditorActions", "Use input {input}").format(input=label)
    names += [f for f in active if f not in choices and f != name]
    if not push_edit(ed, text, edits.set_inputs, names):
        return False
    ed.select(("input", names.index(name)) if name in names else None)
    return True


# -- values -------------------------------------------------------------------------------
def parse_value(text: str) -> float:
    """A finite number from what a student typed ("0.5", " -2 ", "1e-3", "0,5")."""
    s = text.strip()
    if "," in s and "." not in s:
        s = s.replace(",", ".")                     # a decimal comma, as many locales write
    try:
        value = float(s)
    except ValueError:
        if not s:
            raise ValueError(translate("EditorActions", "an empty field is not a number")) from None
        raise ValueError(translate("EditorActions", "'{text}' is not a number").format(
            text=s)) from None
    if not math.isfinite(value):
        raise ValueError(translate("EditorActions", "'{text}' is not a finite number").format(
            text=s))
    return value


def value_sentence(ed, target: tuple, purpose: str, **values) -> str:
    """A whole sentence about the weight, bias or alpha ``target``: ``purpose`` "tip" (the
    value box's tooltip), "status" (while it is open) or "kept" (a bad number: ``error``
    and the old ``value`` go in)."""
    kind, li, unit, *rest = target
    sentences = {
        ("weight", "tip"): translate(
            "EditorActions", "Type the weight from {source} into {neuron}; Enter applies, "
            "Esc cancels."),
        ("weight", "status"): translate(
            "EditorActions", "Type the weight from {source} into {neuron} and press Enter "
            "(Esc cancels)."),
        ("weight", "kept"): translate(
            "EditorActions", "{error}; the weight from {source} into {neuron} stays {value}."),
        ("bias", "tip"): translate(
            "EditorActions", "Type the bias of {neuron}; Enter applies, Esc cancels."),
        ("bias", "status"): translate(
            "EditorActions", "Type the bias of {neuron} and press Enter (Esc cancels)."),
        ("bias", "kept"): translate(
            "EditorActions", "{error}; the bias of {neuron} stays {value}."),
        ("alpha", "tip"): translate(
            "EditorActions", "Type the alpha of {neuron}; Enter applies, Esc cancels."),
        ("alpha", "status"): translate(
            "EditorActions", "Type the alpha of {neuron} and press Enter (Esc cancels)."),
        ("alpha", "kept"): translate(
            "EditorActions", "{error}; the alpha of {neuron} stays {value}."),
    }
    source = source_name(ed, li, rest[0]) if kind == "weight" else ""
    return sentences[(kind, purpose)].format(source=source, neuron=neuron_name(ed, li, unit),
                                             **values)


def source_name(ed, li: int, index: int) -> str:
    if li == 0:
        return ed.network.input_names[index]
    return neuron_name(ed, li - 1, index)


def apply_value_text(ed, target: tuple, text: str) -> bool:
    """What the inline editor calls: parse ``text`` and set a weight, bias or alpha as one
    undo step. A bad number keeps the old value and says why."""
    if target[0] == "alpha" and not act.get(ed.network.activations(target[1])[target[2]]) \
            .has_alpha:
        ed.statusMessage.emit(translate("EditorActions",
                                        "This neuron's activation has no alpha."))
        return False
    old = ed.document.value(target)
    try:
        value = parse_value(text)
    except ValueError as e:
        ed.statusMessage.emit(value_sentence(ed, target, "kept", error=e,
                                             value=number(old, ".4g")))
        return False
    if value != old:
        ed.undo_stack.push(ValueCommand(ed.document, target, value))
    return True
