"""Pushing structural edits from the editor: refusals become a status message, never a
half-done edit, and several edits (move a neuron into a new layer) become one undo step.
"""

from __future__ import annotations

from core.network import NetworkError
from gui.commands import CompoundStructureCommand, StructureCommand


def push_edit(editor, text: str, edit, *args) -> bool:
    """Apply ``edit``, a ``core.edits`` function, as one undo step; False (and a status
    message) if the network refuses it."""
    try:
        command = StructureCommand(editor.document, text, edit, *args)
    except NetworkError as e:
        editor.statusMessage.emit(_sentence(str(e)))
        return False
    editor.undo_stack.push(command)
    return True


def push_steps(editor, text: str, steps: list[tuple]) -> bool:
    """Several edits, e.g. [(edits.insert_layer, 1, ["tanh"]), (edits.move_neuron, ...)],
    as one undo step; all or nothing."""
    try:
        command = CompoundStructureCommand(editor.document, text, steps)
    except NetworkError as e:
        editor.statusMessage.emit(_sentence(str(e)))
        return False
    editor.undo_stack.push(command)
    return True


def _sentence(message: str) -> str:
    message = message.strip()
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
