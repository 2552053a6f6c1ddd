"""Making a trial the current network, as one undoable edit.

``NetworkDocument.replace`` would be the obvious call, but File > New/Open semantics come
with it: the window clears the undo stack on ``replaced``. So the command swaps the parts a
trial changes through the document's edit methods (``restore`` for the network,
``set_setting`` for training settings) and hands the trial's epoch, history and optimizer
state to the training controller after dropping its trainer (``start_over_with``): the
trainer is rebuilt from the document, so Play continues the trial exactly where it ended. Undo
puts back the network, the settings, the epoch, the loss curve and the starting weights
(Ctrl+R) exactly as they were.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QUndoCommand

from core import edits
from core.netfile import Document


@dataclass(frozen=True)
class _Setup:
    """Everything the command swaps. ``initial``: the weights Ctrl+R goes back to."""

    saved: edits.Checkpoint
    training: dict
    history: dict | None
    state: dict | None
    initial: np.ndarray | None

    @classmethod
    def of_window(cls, window) -> _Setup:
        doc, initial = window.document.doc, window.controller.initial_theta
        return cls(window.document.checkpoint(), copy.deepcopy(doc.training),
                   copy.deepcopy(doc.history), copy.deepcopy(doc.state),
                   None if initial is None else np.array(initial))

    @classmethod
    def of_trial(cls, trained: Document, start_theta: np.ndarray) -> _Setup:
        return cls(edits.checkpoint(trained.network), copy.deepcopy(trained.training),
                   copy.deepcopy(trained.history), copy.deepcopy(trained.state),
                   np.array(start_theta))


class UseTrialCommand(QUndoCommand):
    """Make ``trained`` (a ``TrialResult.document``) the window's network and settings.
    ``start_theta`` (n_params,): the trial's starting weights, where Ctrl+R will go back
    to. Pauses training first and brings the document up to date with the trainer, so
    undo restores the very epoch, curve and optimizer state training had."""

    def __init__(self, window, trained: Document, start_theta, text: str):
        super().__init__(text)
        self.window = window
        window.controller.pause()
        window.controller.sync_document()
        self.before = _Setup.of_window(window)
        self.after = _Setup.of_trial(trained, start_theta)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, setup: _Setup) -> None:
        w = self.window
        document, controller = w.document, w.controller
        # Forget the trainer first (as resetting does): the edits below then rebuild no
        # trainer from a half-swapped document, and the next Play builds one from the
        # finished document, its epoch, history and optimizer state included.
        controller.start_over_with(document.network.theta.copy())
        document.restore(setup.saved)
        current = document.doc.training
        for key in sorted(set(setup.training) | set(current)):
            if key != "epoch" and current.get(key) != setup.training.get(key):
                document.set_setting("training", key, copy.deepcopy(setup.training.get(key)))
        doc = document.doc
        doc.training["epoch"] = setup.training.get("epoch", 0)
        doc.history, doc.state = copy.deepcopy(setup.history), copy.deepcopy(setup.state)
        controller.initial_theta = None if setup.initial is None else setup.initial.copy()
        if setup.history:
            w.loss_plot.set_history(setup.history)
        else:
            w.loss_plot.clear()
        w.training_bar.refresh()          # the epoch counter shows the restored epoch
