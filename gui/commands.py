"""One QUndoCommand per kind of edit. Each calls ``NetworkDocument`` methods only.

Every command applies its change when it is constructed, so a refused edit raises before
the stack sees it, and an edit made while training ends the stretch of training before it
(``NetworkDocument.trainingRecorded``) before the command itself reaches the stack. Its
first ``redo`` (from ``push``) therefore does nothing.

- ``StructureCommand``: any ``core.edits`` function (add, remove or move a neuron or layer,
  change an activation, freeze, inputs). Undo restores an exact checkpoint (weights of a
  deleted neuron included); redo restores the checkpoint taken after the first run, so new
  weights are the same every time.
- ``CompoundStructureCommand``: several of those as one step, all or nothing.
- ``ValueCommand``: one weight, bias or alpha. Typing or dragging the same value merges
  into one command (same target, within one interaction).
- ``SettingCommand``: loss, data or training settings; consecutive changes of the same key
  merge.
- ``DataCommand``: a new data set together with the inputs, output layer and loss that fit
  it (see ``gui.settings.fit``); undo restores data, network and run exactly.
- ``TrainCommand``: a stretch of training (Play to Pause, a Step): weights, epoch, curves
  and optimizer state before and after. It keeps only the curves' new points.
- ``RunCommand``: a change of the whole run: Reset, new random weights, a trial made
  current.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.document import NetworkDocument
from gui.i18n import number, translate

# Each entry holds at most two copies of the weights (a training entry also the curves'
# new points): 1,000 entries of the largest network here (64-32-10) are about 80 MB.
UNDO_LIMIT = 1000
_ids = itertools.count(1000)
VALUE_ID = next(_ids)
SETTING_ID = next(_ids)


class _AppliedCommand(QUndoCommand):
    """A command whose change was made by its constructor: the first redo is a no-op."""

    def __init__(self, text: str):
        super().__init__(text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.apply_again()

    def apply_again(self) -> None:
        raise NotImplementedError


class StructureCommand(_AppliedCommand):
    """Apply ``edit(net, *args)``, a ``core.edits`` function. Construct it, then push it:
    if the edit is refused (NetworkError), the constructor raises and nothing changed.
    Undo and redo put back exact checkpoints, with the weights Reset went back to."""

    def __init__(self, document: NetworkDocument, text: str, edit, *args, **kwargs):
        super().__init__(text)
        self.document = document
        self.before = document.checkpoint(), document.start_weights()
        self.change(edit, *args, **kwargs)
        self.after = document.checkpoint(), document.start_weights()

    def change(self, edit, *args, **kwargs) -> None:
        self.document.apply_edit(edit, *args, **kwargs)

    def apply_again(self) -> None:
        self.document.restore(*self.after)

    def undo(self) -> None:
        self.document.restore(*self.before)


class CompoundStructureCommand(StructureCommand):
    """Several ``core.edits`` steps [(function, *args), ...] as one undo step (move a
    neuron into a new layer); all or nothing: a refusal half-way restores the network
    and raises."""

    def __init__(self, document: NetworkDocument, text: str, steps: list[tuple]):
        super().__init__(document, text, steps)

    def change(self, steps) -> None:
        self.document.apply_edits(steps)          # may raise: then nothing changed


class ValueCommand(_AppliedCommand):
    """Set one parameter; ``interaction`` groups the steps of one drag or typing session."""

    def __init__(self, document: NetworkDocument, target: tuple, value: float,
                 interaction=None):
        super().__init__(_describe(target))
        self.document, self.target = document, tuple(target)
        self.old, self.new = document.value(target), float(value)
        self.interaction = interaction
        document.set_value(self.target, self.new)

    def id(self) -> int:
        return VALUE_ID

    def mergeWith(self, other) -> bool:
        if (not isinstance(other, ValueCommand) or other.target != self.target
                or other.interaction is None or other.interaction != self.interaction):
            return False
        self.new = other.new
        return True

    def apply_again(self) -> None:
        self.document.set_value(self.target, self.new)

    def undo(self) -> None:
        self.document.set_value(self.target, self.old)


class SettingCommand(_AppliedCommand):
    """Change a setting: ("training", "learning_rate"), ("network", "loss"), ...

    Consecutive changes of one setting merge into one undo step (a slider dragged over
    ten values), unless ``merge`` is False: a fix the app offers (a smaller learning rate
    after a blow-up) must be undoable on its own, back to the value the person chose."""

    def __init__(self, document: NetworkDocument, section: str, key: str, value,
                 text: str | None = None, merge: bool = True):
        super().__init__(text or _setting_text(key))
        self.document, self.section, self.key = document, section, key
        self.old, self.new = document.setting(section, key), value
        self._merge = merge
        document.set_setting(section, key, value)

    def id(self) -> int:
        return SETTING_ID if self._merge else -1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, SettingCommand) or (other.section, other.key) != \
                (self.section, self.key):
            return False
        self.new = other.new
        return True

    def apply_again(self) -> None:
        self.document.set_setting(self.section, self.key, self.new)

    def undo(self) -> None:
        self.document.set_setting(self.section, self.key, self.old)


class DataCommand(_AppliedCommand):
    """Replace the ``data`` section and fit the network to it, as one undo step.

    ``steps`` are ``core.edits`` calls [(function, *args), ...] (new inputs, output layer
    size and activation) and ``loss`` a new loss or None. They are worked out on a copy of
    the network first, so a refused step (NetworkError) raises before anything changes.
    Other data starts the run over; undo puts back the old data, the exact network and the
    run (epoch, curves) it had.
    """

    def __init__(self, document: NetworkDocument, data: dict, steps=(),
                 loss: str | None = None, text: str = ""):
        super().__init__(text or translate("Commands", "Change data set"))
        self.document = document
        fitted = document.checkpoint_after(steps, loss)        # may raise: nothing changed
        self.before = (document.data(), document.checkpoint(), document.run_state())
        self.after = (copy.deepcopy(data), fitted)
        document.set_data(*self.after)
        self.after_run = document.run_state()

    def apply_again(self) -> None:
        self.document.set_data(*self.after)
        self.document.replace_run(self.after_run)

    def undo(self) -> None:
        data, network, run = self.before
        self.document.set_data(data, network)
        self.document.replace_run(run)


class RunCommand(_AppliedCommand):
    """``change(*args)``, a NetworkDocument method that replaces the run (``reset_run``,
    ``new_weights``, ``replace_run`` with a trial's run), as one undo step."""

    def __init__(self, document: NetworkDocument, text: str, change, *args):
        super().__init__(text)
        self.document = document
        self.before = document.run_state()
        change(*args)
        self.after = document.run_state()

    def apply_again(self) -> None:
        self.document.replace_run(self.after)

    def undo(self) -> None:
        self.document.replace_run(self.before)


class TrainCommand(_AppliedCommand):
    """A stretch of training, already done, as one undo step: (before, after) RunStates
    from ``NetworkDocument.take_recorded``. Undo puts back the weights, epoch, curves and
    optimizer state of before; redo those of after, bit for bit. The settings stay as
    they are (a change of them is its own command).

    The loss curves only grew during the stretch, so the command keeps their new points
    (``tail``), not two copies of the whole curves: memory per entry is the stretch's."""

    def __init__(self, document: NetworkDocument, before, after):
        super().__init__(_training_text(before.epoch, after.epoch))
        self.document = document
        self.lengths, self.tail = _split_history(before.history, after.history)
        if self.tail is None:        # not a continuation (never expected): keep both
            self.before, self.after = before, after
        else:
            self.before = dataclasses.replace(before, history=None)
            self.after = dataclasses.replace(after, history=None)

    def apply_again(self) -> None:
        run = self.after
        if self.tail is not None:
            now = self.document.history() or {}
            run = dataclasses.replace(run, history={
                k: tuple(now.get(k, ())) + tail for k, tail in self.tail.items()} or None)
        self.document.replace_run(run, settings=False)

    def undo(self) -> None:
        run = self.before
        if self.tail is not None and self.lengths is not None:
            now = self.document.history() or {}
            run = dataclasses.replace(run, history={
                k: tuple(now.get(k, ()))[:n] for k, n in self.lengths.items()})
        self.document.replace_run(run, settings=False)


class UndoStack(QUndoStack):
    """The window's one undo stack. Undo and redo first call ``before_undo`` (the window
    pauses training there: the stretch trained so far becomes the entry undone first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.before_undo = None
        self.setUndoLimit(UNDO_LIMIT)

    def undo(self) -> None:
        if self.before_undo is not None:
            self.before_undo()
        super().undo()

    def redo(self) -> None:
        if self.before_undo is not None:
            self.before_undo()
        super().redo()


def _split_history(before: dict | None, after: dict | None):
    """(lengths of before's curves or None, after's new points), or (None, None) when
    after does not continue before."""
    if after is None:
        return (None, None) if before is not None else (None, {})
    if before is None:
        return None, {k: tuple(v) for k, v in after.items()}
    if set(before) != set(after) or any(
            len(after[k]) < len(v) or after[k][:len(v)][-1:] != v[-1:]
            for k, v in before.items()):
        return None, None
    return ({k: len(v) for k, v in before.items()},
            {k: tuple(after[k][len(v):]) for k, v in before.items()})


def _training_text(first: int, last: int) -> str:
    if last == first:
        return translate("Commands", "Train a batch of epoch {epoch}").format(
            epoch=number(first + 1, ","))
    if last == first + 1:
        return translate("Commands", "Train epoch {epoch}").format(epoch=number(last, ","))
    return translate("Commands", "Train epochs {first}\u2013{last}").format(
        first=number(first, ","), last=number(last, ","))


# the settings' names in an undo text ("Set learning rate"); a key not listed shows as is
SETTING_TEXTS = {
    "learning_rate": QT_TRANSLATE_NOOP("Commands", "Set learning rate"),
    "batch_size": QT_TRANSLATE_NOOP("Commands", "Set batch size"),
    "optimizer": QT_TRANSLATE_NOOP("Commands", "Set optimizer"),
    "momentum": QT_TRANSLATE_NOOP("Commands", "Set momentum"),
    "regularization": QT_TRANSLATE_NOOP("Commands", "Set regularization"),
    "regularization_rate": QT_TRANSLATE_NOOP("Commands", "Set regularization rate"),
    "train_fraction": QT_TRANSLATE_NOOP("Commands", "Set training share"),
    "seed": QT_TRANSLATE_NOOP("Commands", "Set seed"),
    "loss": QT_TRANSLATE_NOOP("Commands", "Set loss"),
    "samples": QT_TRANSLATE_NOOP("Commands", "Set samples"),
    "noise": QT_TRANSLATE_NOOP("Commands", "Set noise"),
    "normalize": QT_TRANSLATE_NOOP("Commands", "Set normalisation"),
}


def _setting_text(key: str) -> str:
    if key in SETTING_TEXTS:
        return translate("Commands", SETTING_TEXTS[key])
    return translate("Commands", "Set {setting}").format(setting=key.replace("_", " "))


def _describe(target: tuple) -> str:
    kind, li, unit, *rest = target
    where = {"layer": li + 1, "neuron": unit + 1}
    if kind == "weight":
        return translate("Commands", "Set weight {weight} of layer {layer}, neuron {neuron}"
                         ).format(weight=rest[0] + 1, **where)
    if kind == "bias":
        return translate("Commands", "Set bias of layer {layer}, neuron {neuron}").format(
            **where)
    if kind == "alpha":
        return translate("Commands", "Set alpha of layer {layer}, neuron {neuron}").format(
            **where)
    return translate("Commands", "Set {value} of layer {layer}, neuron {neuron}").format(
        value=kind, **where)
