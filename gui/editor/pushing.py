"""Pushing structural edits from the editor: refusals become a status message, never a
half-done edit, and several edits (move a neuron into a new layer) become one undo step.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from core.network import NetworkError
from gui.commands import StructureCommand


class CompoundStructureCommand(QUndoCommand):
    """Several ``core.edits`` steps as one undo step.

    Like ``StructureCommand`` it applies the edits when constructed, so a refusal raises
    before anything reaches the stack; a refusal half-way restores the network first.
    Undo and redo restore exact checkpoints (new weights included).
    """

    def __init__(self, document, text: str, steps: list[tuple]):
        super().__init__(text)
        self.document = document
        self.before = document.checkpoint()
        try:
            for edit, *args in steps:
                document.apply_edit(edit, *args)
        except NetworkError:
            document.restore(self.before)
            raise
        self.after = document.checkpoint()
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.document.restore(self.after)

    def undo(self) -> None:
        self.document.restore(self.before)


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
