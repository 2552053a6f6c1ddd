"""Play, pause and step: the thread plumbing around the training worker
(``gui.training_worker``, which runs ``core.training.train`` in its own thread).

The run itself belongs to the document's ``core.experiment.Experiment``: the controller
starts a worker on the experiment's trainer, hands each snapshot to the document
(``NetworkDocument.progress``) and stops the worker. ``frame_drawer`` (set by the window)
draws the frame while the worker waits and says when the next snapshot is due, so a network
that is slow to draw gets fewer frames instead of a frozen window.

An edit while training reaches the experiment at a step boundary: the document enters
``run_guard`` (``_at_step_boundary``), which holds the worker's ``step_lock`` meanwhile.
A value edit, a setting such as the learning rate, or a save goes on with the same worker;
an edit that rebuilt the trainer (the structure, the data) restarts the worker once, on the
new trainer.
"""

from __future__ import annotations

import time
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from core.netfile import NetFileError
from core.training import Snapshot, measured
from gui.threads import start_thread, worker_thread
from gui.training_worker import TrainingWorker


class TrainingController(QObject):
    """Play, pause and step training of ``document``'s experiment.

    Signals: ``runningChanged(bool)`` (not when the worker restarts for an edit);
    ``playStarted()`` when ``play`` started a run; ``diverged(str)``; ``failed(str)`` (data
    or settings that cannot be trained, with the reason).
    """

    runningChanged = Signal(bool)
    playStarted = Signal()        # play(): a run the person started (not a restart)
    diverged = Signal(str)
    failed = Signal(str)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.max_rate: float | None = None
        # (began) -> seconds from this frame to the next, ``began`` being when the
        # snapshot's handling started (perf_counter); see module doc
        self.frame_drawer = None
        self.rate = 0.0                       # measured epochs/s
        self.restarts = 0                     # worker restarts for edits (tests count them)
        self._thread = self._worker = None
        self._serial = 0
        self._guarding = False
        self._blocked_run = False     # a run stopped by an edit that made it untrainable
        self._untold_block: str | None = None
        self._rate_mark = (time.perf_counter(), 0)
        document.run_guard = self._at_step_boundary
        document.structureChanged.connect(self._resume_blocked_run)
        document.settingsChanged.connect(self._settings_edited)
        document.replaced.connect(self._document_replaced)

    # -- state -----------------------------------------------------------------------------
    @property
    def experiment(self):
        return self.document.experiment

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def epoch(self) -> int:
        return self.document.epoch

    def can_train(self) -> bool:
        """Build the trainer if needed; False (and ``failed``) if the data or settings
        cannot be trained."""
        try:
            self.experiment.trainer()
        except NetFileError as e:
            self.failed.emit(str(e))
            return False
        return True

    # -- commands --------------------------------------------------------------------------
    def play(self) -> None:
        if not self.running and self.can_train():
            self.document.begin_training()
            self._start()
            self.playStarted.emit()

    def pause(self) -> None:
        """Stop at a step boundary; the stretch trained becomes an undo entry."""
        self._blocked_run, self._untold_block = False, None
        if self.running:
            self.stop()
            self._show_last_step()
        self.document.end_training()

    def toggle(self) -> None:
        self.pause() if self.running else self.play()

    def step_epoch(self) -> None:
        self._step(lambda t: t.run_epoch())

    def step_batch(self) -> None:
        self._step(lambda t: t.step_batch())

    def _step(self, fn) -> None:
        self.pause()
        if not self.can_train():
            return
        self.document.begin_training()
        trainer = self.experiment.trainer()
        reason = fn(trainer)
        self.document.progress(measured(trainer, reason))
        self.document.end_training()
        if reason:
            self.diverged.emit(reason)

    def set_speed(self, epochs_per_s: float | None) -> None:
        """None: as fast as possible; otherwise at most this many epochs per second."""
        self.max_rate = epochs_per_s
        if self.running:        # a worker paced anew; the run goes on
            self._end_worker()
            self._start(announce=False)

    def stop(self) -> None:
        """Stop the worker at a step boundary and wait for it (blocks briefly). The run
        stays in the experiment's trainer; snapshots still queued are dropped."""
        if self._thread is None:
            return
        self._end_worker()
        self._thread = self._worker = None
        self.runningChanged.emit(False)

    def _show_last_step(self) -> None:
        """The worker trained a few steps past the last snapshot it sent: measure where it
        stopped, so that the loss shown (and the curve's last point) is of that epoch."""
        trainer = self.experiment.current_trainer
        if trainer is not None and trainer.step_count and (
                trainer.epoch != self.document.epoch or
                not np.array_equal(trainer.net.theta, self.document.network.theta)):
            self.document.progress(measured(trainer))

    def pause_for_undo(self) -> None:
        """Undo and redo pause a run (the training so far is undone first); a run blocked
        by an edit stays blocked, so that undoing that edit lets it go on."""
        if self.running:
            self.pause()

    def _end_worker(self) -> None:
        self._thread.requestInterruption()
        self._worker.ack.set()
        self._thread.quit()
        self._thread.wait()
        self._thread.deleteLater()

    # -- thread plumbing -------------------------------------------------------------------
    def _start(self, announce: bool = True) -> None:
        self._serial += 1
        trainer = self.experiment.trainer()
        worker = TrainingWorker(trainer, None, self.max_rate, self._serial)
        thread = worker_thread(worker, "training")
        worker.snapshot.connect(self._on_snapshot)
        worker.finished.connect(self._on_finished)
        self._thread, self._worker = thread, worker
        self._rate_mark = (time.perf_counter(), trainer.epoch)
        start_thread(thread)
        if announce:
            self.runningChanged.emit(True)

    def _is_current(self, serial: int) -> bool:
        """A stopped worker's last signals may still be queued when the next worker runs;
        they would overwrite a user's edit or stop the new thread. ``sender()`` cannot tell
        them apart (a new worker may reuse a deleted one's address), a serial number can."""
        return self._worker is not None and self._worker.serial == serial

    @Slot(int, int, object)
    def _on_snapshot(self, serial: int, generation: int, snap: Snapshot) -> None:
        if not self._is_current(serial):
            return
        worker = self._worker
        began = time.perf_counter()
        try:
            # a snapshot measured before an edit would undo the edit: it is dropped
            if generation == worker.generation and \
                    worker.trainer is self.experiment.current_trainer:
                self._measure_rate(snap.epoch)
                self.document.progress(snap)
                if self.frame_drawer is not None:
                    worker.interval = self.frame_drawer(began)
        finally:        # a view that raised must not leave the worker waiting each step
            worker.ack.set()

    @Slot(int, str)
    def _on_finished(self, serial: int, reason: str) -> None:
        if not self._is_current(serial):
            return
        self.pause()
        if reason:
            self.diverged.emit(reason)

    def _measure_rate(self, epoch: int) -> None:
        t0, e0 = self._rate_mark
        now = time.perf_counter()
        if now - t0 > 0.5:
            self.rate = (epoch - e0) / (now - t0)
            self._rate_mark = (now, epoch)

    # -- edits while training --------------------------------------------------------------
    @contextmanager
    def _at_step_boundary(self):
        """The document's ``run_guard``: the worker waits between two steps while the run
        is read or changed; if the change rebuilt the trainer, the worker restarts on the
        new one (once), or the run waits blocked until an edit makes it trainable."""
        worker = self._worker
        if worker is None or self._guarding:
            yield
            return
        self._guarding = True
        try:
            with worker.step_lock:
                yield
                worker.generation += 1
                replaced = worker.trainer is not self.experiment.current_trainer
                if replaced:      # the worker must not start another step on the old one
                    self._thread.requestInterruption()
        finally:
            self._guarding = False
        if replaced:
            self._restart_for_edit()

    def _restart_for_edit(self) -> None:
        """The same run goes on with a new trainer: a new worker, without telling anyone
        the run stopped (``runningChanged``), since to the person it did not. Views that
        follow the network have not rebuilt yet: they must not be prodded here."""
        self._end_worker()
        self.restarts += 1
        try:
            self.experiment.trainer()
        except NetFileError as e:   # e.g. a tanh neuron dragged into a cross-entropy output
            self._thread = self._worker = None
            self._blocked_run = True
            # said once the document has announced the edit (``_resume_blocked_run``):
            # a view told "stopped" now would draw the new network with the old items
            self._untold_block = str(e)
            return
        self._start(announce=False)

    def _resume_blocked_run(self) -> None:
        """After an edit made a running network untrainable, each further edit tries
        again; the first one that fixes it resumes the run."""
        if self._untold_block is not None:
            reason, self._untold_block = self._untold_block, None
            self.runningChanged.emit(False)
            self.failed.emit(reason)
            return
        if self._blocked_run and not self.running:
            try:
                self.experiment.trainer()
            except NetFileError:
                return
            self._blocked_run = False
            self._start()

    def _settings_edited(self) -> None:
        """The document gave the trainer the new settings at a step boundary; a setting
        that cannot be trained with is said here."""
        try:
            self.document.doc.settings().check()
        except Exception as e:        # noqa: BLE001 - any bad setting is shown, not raised
            self.failed.emit(str(e))
            return
        if not self.running:
            self._resume_blocked_run()

    def _document_replaced(self) -> None:
        self._blocked_run, self._untold_block = False, None
        self.stop()
