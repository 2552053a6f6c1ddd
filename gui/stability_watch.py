"""Watches a run for unstable training that stays finite (``core.stability``) and says so
once: ``unstable(reason)``. The window shows it in the banner with the same remedy as a
blow-up (a ten times smaller learning rate, back to the starting weights).

It looks at most ``CHECKS_PER_S`` times a second: the loss test reads the history, the
dead-neuron test runs one forward pass over the training data (about 0.1 ms on the
default network, 1 ms on the digits), and only for networks with ReLU-like hidden neurons.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from core import stability

CHECKS_PER_S = 4


class StabilityWatch(QObject):
    unstable = Signal(str)

    def __init__(self, controller, document, parent=None):
        super().__init__(parent)
        self.controller = controller
        self._start_dead: tuple[int, int] | None = None    # (dead, of) when the run began
        self._start_epoch = 0
        self._warned = False
        self._next_check = 0.0
        controller.runningChanged.connect(self._running_changed)
        self.document = document
        document.trained.connect(self._snapshot)
        document.runChanged.connect(self.forget)
        document.settingsChanged.connect(self._settings_changed)

    def forget(self) -> None:
        """A new run (reset, new weights, other data or document): watch it afresh."""
        self._start_dead, self._warned = None, False

    def _settings_changed(self, *_) -> None:
        self._warned = False          # e.g. a smaller learning rate: a new chance

    def _running_changed(self, running: bool) -> None:
        trainer = self.document.experiment.current_trainer
        if running and self._start_dead is None and trainer is not None:
            self._start_dead = stability.dead_share(trainer.net, trainer.train.Xt.T)
            self._start_epoch = trainer.epoch

    def _snapshot(self, snap) -> None:
        now = time.perf_counter()
        if self._warned or snap.train_loss is None or now < self._next_check:
            return
        self._next_check = now + 1.0 / CHECKS_PER_S
        reason = self.check()
        if reason:
            self._warned = True
            self.unstable.emit(reason)

    def check(self) -> str | None:
        """Why the current run looks unstable, or None."""
        trainer = self.document.experiment.current_trainer
        if trainer is None:
            return None
        history = trainer.history
        reason = stability.loss_jump(history["epoch"], history["train_loss"])
        if reason is None and self._start_dead is not None and self._start_dead[1]:
            now = stability.dead_share(trainer.net, trainer.train.Xt.T)
            reason = stability.neurons_died(self._start_dead, now,
                                            trainer.epoch - self._start_epoch)
        return reason
