"""One QUndoCommand per kind of edit. Each calls ``NetworkDocument`` methods only.

- ``StructureCommand``: any ``core.edits`` function (add, remove or move a neuron or layer,
  change an activation, freeze, inputs). Undo restores an exact checkpoint (weights of a
  deleted neuron included); redo restores the checkpoint taken after the first run, so new
  weights are the same every time.
- ``ValueCommand``: one weight, bias or alpha. Typing or dragging the same value merges
  into one command (same target, within one interaction).
- ``SettingCommand``: loss, data or training settings; consecutive changes of the same key
  merge.
- ``DataCommand``: a new data set together with the inputs, output layer and loss that fit
  it (see ``gui.settings.fit``); undo restores data and network exactly.
"""

from __future__ import annotations

import copy
import itertools

from PySide6.QtGui import QUndoCommand

_ids = itertools.count(1000)
VALUE_ID = next(_ids)
SETTING_ID = next(_ids)


class StructureCommand(QUndoCommand):
    """Apply ``edit(net, *args)``, a ``core.edits`` function. Construct it, then push it:
    if the edit is refused (NetworkError), ``push`` raises before anything lands on the
    stack."""

    def __init__(self, document, text: str, edit, *args, **kwargs):
        super().__init__(text)
        self.document = document
        self.before = document.checkpoint()
        document.apply_edit(edit, *args, **kwargs)    # raises before the stack sees it
        self.after = document.checkpoint()
        self._first = True

    def redo(self) -> None:
        if self._first:       # already applied in __init__, so a refusal never enters
            self._first = False
            return
        self.document.restore(self.after)

    def undo(self) -> None:
        self.document.restore(self.before)


class ValueCommand(QUndoCommand):
    """Set one parameter; ``interaction`` groups the steps of one drag or typing session."""

    def __init__(self, document, target: tuple, value: float, interaction=None):
        super().__init__(_describe(target))
        self.document, self.target = document, tuple(target)
        self.old, self.new = document.value(target), float(value)
        self.interaction = interaction

    def id(self) -> int:
        return VALUE_ID

    def mergeWith(self, other) -> bool:
        if (not isinstance(other, ValueCommand) or other.target != self.target
                or other.interaction is None or other.interaction != self.interaction):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document.set_value(self.target, self.new)

    def undo(self) -> None:
        self.document.set_value(self.target, self.old)


class SettingCommand(QUndoCommand):
    """Change a setting: ("training", "learning_rate"), ("network", "loss"), ...

    Consecutive changes of one setting merge into one undo step (a slider dragged over
    ten values), unless ``merge`` is False: a fix the app offers (a smaller learning rate
    after a blow-up) must be undoable on its own, back to the value the person chose."""

    def __init__(self, document, section: str, key: str, value, text: str | None = None,
                 merge: bool = True):
        super().__init__(text or f"Set {key.replace('_', ' ')}")
        self.document, self.section, self.key = document, section, key
        self.old, self.new = document.setting(section, key), value
        self._merge = merge

    def id(self) -> int:
        return SETTING_ID if self._merge else -1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, SettingCommand) or (other.section, other.key) != \
                (self.section, self.key):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document.set_setting(self.section, self.key, self.new)

    def undo(self) -> None:
        self.document.set_setting(self.section, self.key, self.old)


class AllParamsCommand(QUndoCommand):
    """Replace every parameter at once (new random weights); undo brings the old back.
    theta: (n_params,) in the network's internal layout, which must not change meanwhile
    (any structure edit is itself on the stack above this command)."""

    def __init__(self, document, theta, text: str = "New random weights"):
        super().__init__(text)
        self.document = document
        self.old, self.new = document.network.theta.copy(), theta.copy()

    def redo(self) -> None:
        self.document.set_all_params(self.new)

    def undo(self) -> None:
        self.document.set_all_params(self.old)


class DataCommand(QUndoCommand):
    """Replace the ``data`` section and fit the network to it, as one undo step.

    ``steps`` are ``core.edits`` calls [(name, *args), ...] (new inputs, output layer size
    and activation) and ``loss`` a new loss or None. They are worked out on a copy of the
    network in the constructor, so a refused step (NetworkError) raises before the
    document or the stack sees anything. Undo puts back the old data and the exact
    network: inputs, weights, output layer, loss.
    """

    def __init__(self, document, data: dict, steps=(), loss: str | None = None,
                 text: str = "Change data set"):
        super().__init__(text)
        self.document = document
        self.before = (document.data(), document.checkpoint())
        self.after = (copy.deepcopy(data), document.checkpoint_after(steps, loss))

    def redo(self) -> None:
        self.document.set_data(*self.after)

    def undo(self) -> None:
        self.document.set_data(*self.before)


def _describe(target: tuple) -> str:
    kind, li, unit, *rest = target
    where = f"layer {li + 1}, neuron {unit + 1}"
    if kind == "weight":
        return f"Set weight {rest[0] + 1} of {where}"
    return f"Set {kind} of {where}"
