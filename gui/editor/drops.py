"""Everything a drop can mean, in one place that tests call with a real QMimeData
(``QDrag.exec`` runs a nested event loop, so real drags cannot be scripted).

From the palette (an activation name):  onto a neuron -> change its activation;  into a
layer column -> a new neuron where the pointer is;  into the gap between two columns -> a new
hidden layer holding that neuron.
A neuron being dragged ("layer,unit"):  within its layer -> reorder;  into another layer ->
move;  into a gap -> a new layer of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF

from core import activations as act
from gui.editor import actions
from gui.editor.layout import DropTarget
from gui.editor.mime import MIME_ACTIVATION, read_activation, read_neuron
from gui.editor.texts import drop_hint
from gui.i18n import translate


def target_at(ed, pos: QPointF) -> DropTarget | None:
    layout = ed.scene_layout()
    return None if layout is None else layout.drop_target(pos.x(), pos.y())


def handle_drop(ed, pos: QPointF, mime: QMimeData) -> bool:
    """Apply the drop of ``mime`` at scene point ``pos``; True if the network changed."""
    target = target_at(ed, pos)
    name = read_activation(mime)
    if name is not None:
        return _drop_activation(ed, target, name)
    source = read_neuron(mime)
    if source is not None:
        return _drop_neuron(ed, target, source)
    if mime is not None and mime.hasFormat(MIME_ACTIVATION):
        ed.statusMessage.emit(translate(
            "EditorActions", "Unknown activation; expected one of {names}.").format(
            names=", ".join(act.NAMES)))
    return False


def _drop_activation(ed, target: DropTarget | None, name: str) -> bool:
    if target is None:
        ed.statusMessage.emit(drop_hint(ed, None))
        return False
    if target.kind == "neuron":
        return actions.set_activation(ed, target.layer, target.index, name)
    if target.kind == "slot":
        return actions.insert_neuron(ed, target.layer, target.index, name)
    return actions.insert_layer(ed, target.layer, [name])


def move_destination(target: DropTarget, source: tuple[int, int]) -> tuple[int, int]:
    """(layer, final position) for a neuron dropped on a neuron or slot. A slot in its own
    layer below the neuron counts the neuron itself, which leaves: one less."""
    li, unit = source
    if target.kind == "slot" and target.layer == li and target.index > unit:
        return li, target.index - 1
    return target.layer, target.index


def _drop_neuron(ed, target: DropTarget | None, source: tuple[int, int]) -> bool:
    li, unit = source
    sizes = ed.network.sizes
    if not (li < len(sizes) and unit < sizes[li]):
        ed.statusMessage.emit(translate("EditorActions",
                                        "That neuron is no longer in the network."))
        return False
    if target is None:
        ed.statusMessage.emit(drop_hint(ed, None))
        return False
    if target.kind == "gap":
        return actions.move_to_new_layer(ed, li, unit, target.layer)
    to, pos = move_destination(target, source)
    return actions.move_neuron(ed, li, unit, to, pos)


def hint_for(ed, pos: QPointF, mime: QMimeData) -> tuple[DropTarget | None, str]:
    """(target, status text) to show while a drag hovers at ``pos``."""
    target = target_at(ed, pos)
    name = read_activation(mime)
    if name is not None:
        return target, drop_hint(ed, target, act.get(name).label)
    source = read_neuron(mime)
    if source is None:
        return None, ""
    if target is None:
        return None, drop_hint(ed, None)
    if target.kind == "gap":
        return target, translate("EditorTips",
                                 "Drop to move this neuron into a new hidden layer here.")
    to, pos = move_destination(target, source)
    return target, translate("EditorTips", "Drop to move the neuron to position {position} "
                                           "of {layer}.").format(
        position=pos + 1, layer=actions.layer_name(ed, to))
