"""The training worker: runs ``core.training.train`` in its own thread (DESIGN rule 4).

The worker trains its own copy of the network; the GUI thread reads or changes that copy
only while it holds ``step_lock``, between two epochs. It emits read-only snapshots (theta
copied) at most ``MAX_EMITS_PER_S`` times a second and always the last, then waits until
the GUI has drawn the snapshot (a handshake: measured here, a worker that runs freely
starves the GUI of the GIL). The GUI
answers with ``interval``, the time from one snapshot to the next (see
``gui.training_controller``). The loop and its rules are a plain function,
``gui.pacing.pace``; this class adds the thread, the lock and the handshake.

Each epoch runs, and each snapshot is measured, while the worker holds ``step_lock``; the
GUI thread takes the lock to read or change the run between two epochs (saving, autosave,
a value or a setting edited) without stopping the thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core.training import Snapshot, measured, train
from gui.pacing import pace

MAX_EMITS_PER_S = 45
MIN_TRAIN_S = 0.002      # between two frames the worker trains at least this long
HANDSHAKE_TIMEOUT_S = 0.25


class TrainingWorker(QObject):
    """Runs ``epochs`` epochs (None: until interrupted) of ``trainer`` in its thread."""

    # Both carry the worker's serial number: see TrainingController._is_current. A snapshot
    # also carries the edit generation it was measured in (see ``generation``).
    snapshot = Signal(int, int, object)
    finished = Signal(int, str)      # "" when stopped or done, else the divergence reason

    def __init__(self, trainer, epochs: int | None, max_rate: float | None, serial: int = 0):
        super().__init__()
        self.serial = serial
        self.trainer, self.epochs, self.max_rate = trainer, epochs, max_rate
        self.ack = threading.Event()
        # seconds from one snapshot to the next, set by the GUI thread (a float: atomic)
        self.interval = 1.0 / MAX_EMITS_PER_S
        self.step_lock = threading.Lock()   # held while the trainer changes (module doc)
        # raised by the GUI thread, under step_lock, for each edit of the trainer's run: a
        # snapshot measured before the edit is stale and must not overwrite it
        self.generation = 0

    @Slot()
    def run(self) -> None:
        """Train, emitting snapshots by the rules of ``gui.pacing.pace``."""
        self._interrupted = QThread.currentThread().isInterruptionRequested
        self._epochs = train(self.trainer, self.epochs, report_every=10**9)
        reason = pace(self._step, self._emit, self._interrupted,
                      interval=self._interval, epochs=self.epochs, min_train_s=MIN_TRAIN_S,
                      max_rate=self.max_rate)
        self.finished.emit(self.serial, reason)

    def _step(self) -> Snapshot | None:
        """One epoch under ``step_lock``."""
        with self.step_lock:      # an edit that replaced the trainer asks to stop here
            if self._interrupted():
                return None
            return next(self._epochs, None)

    def _interval(self) -> float:
        return self.interval

    def _emit(self, snap: Snapshot) -> None:
        with self.step_lock:
            shown, generation = measured(self.trainer, snap.stopped), self.generation
        self.ack.clear()
        self.snapshot.emit(self.serial, generation, shown)
        if not QThread.currentThread().isInterruptionRequested():
            self.ack.wait(HANDSHAKE_TIMEOUT_S)
