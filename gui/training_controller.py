"""Play, pause, step and reset: the controller around the training worker
(``gui.training_worker``, which runs ``core.training.train`` in its own thread).

The controller copies each snapshot's weights into the document, so every view redraws from
the document's signals; ``frame_drawer`` (set by the window) draws the frame while the
worker waits and says when the next snapshot is due, so a network that is slow to draw
gets fewer frames instead of a frozen window.

A user edit while training (a value, the structure, the data or a setting) stops the worker
at a step boundary, brings the trainer up to date, and starts it again.
"""

from __future__ import annotations

import time
from contextlib import nullcontext

from PySide6.QtCore import QObject, Signal, Slot

from core import experiment, netfile
from core.training import Snapshot
from gui.threads import start_thread, worker_thread
from gui.training_worker import TrainingWorker


class TrainingController(QObject):
    """Play, pause, step and reset training of ``document``'s network.

    Signals: ``snapshotApplied(Snapshot)`` after the document has the snapshot's weights;
    ``runningChanged(bool)`` (also when the worker restarts for an edit or a save);
    ``playStarted()`` when ``play`` started a run; ``diverged(str)``; ``failed(str)`` (data
    or settings that cannot be trained, with the reason); ``historyReset()``.
    """

    snapshotApplied = Signal(object)
    runningChanged = Signal(bool)
    playStarted = Signal()        # play(): a run the person started (not a restart)
    diverged = Signal(str)
    failed = Signal(str)
    historyReset = Signal()

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.trainer = None
        self.bundle = None
        self.initial_theta = None
        self.max_rate: float | None = None
        # (began) -> seconds from this frame to the next, ``began`` being when the
        # snapshot's handling started (perf_counter); see module doc
        self.frame_drawer = None
        self.rate = 0.0                       # measured epochs/s
        self._thread = self._worker = None
        self._bundle_key = None
        self._serial = 0
        self._applying = False
        self._blocked_run = False     # a run stopped by an edit that made it untrainable
        self._rate_mark = (time.perf_counter(), 0)
        document.paramsChanged.connect(self._params_edited)
        document.structureChanged.connect(self._structure_edited)
        document.settingsChanged.connect(self._settings_edited)
        document.replaced.connect(self._document_replaced)

    # -- state -----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def epoch(self) -> int:
        return self.trainer.epoch if self.trainer else int(
            self.document.doc.training.get("epoch", 0))

    def ensure_trainer(self) -> bool:
        """Build the trainer from the document if needed; False (and ``failed``) if the
        data or settings cannot be trained."""
        if self.trainer is not None:
            return True
        doc = self.document.doc
        try:
            self.bundle = experiment.build_data(doc, self._base_dir())
            self.trainer = experiment.make_trainer(doc, self._base_dir(), self.bundle)
        except netfile.NetFileError as e:
            self.failed.emit(str(e))
            return False
        self._bundle_key = experiment.data_key(self.document.doc)
        if self.initial_theta is None:
            self.initial_theta = self.document.network.theta.copy()
        return True

    def _base_dir(self):
        return self.document.path.parent if self.document.path else None

    # -- commands --------------------------------------------------------------------------
    def play(self) -> None:
        if not self.running and self.ensure_trainer():
            self._start(None)
            self.playStarted.emit()

    def pause(self) -> None:
        self._blocked_run = False
        self.stop()

    def toggle(self) -> None:
        self.pause() if self.running else self.play()

    def step_epoch(self) -> None:
        self._step(lambda t: t.run_epoch())

    def step_batch(self) -> None:
        self._step(lambda t: t.step_batch())

    def _step(self, fn) -> None:
        self.pause()
        if not self.ensure_trainer():
            return
        reason = fn(self.trainer)
        metrics = self.trainer.evaluate()
        theta = self.trainer.net.theta.copy()
        theta.flags.writeable = False
        self._apply(Snapshot(self.trainer.epoch, self.trainer.step_count,
                             metrics["train_loss"], metrics["test_loss"],
                             metrics["train_accuracy"], metrics["test_accuracy"], theta,
                             self.trainer.net.layout_version, reason))
        if reason:
            self.diverged.emit(reason)

    def reset(self) -> None:
        """Back to the weights training started from, epoch 0, empty history."""
        self.pause()
        if self.initial_theta is not None and \
                self.initial_theta.size == self.document.network.theta.size:
            self._set_document_theta(self.initial_theta)
        self._forget_trainer(keep_initial=True)
        self.document.doc.training["epoch"] = 0
        self.document.doc.history = self.document.doc.state = None
        self.historyReset.emit()

    def start_over_with(self, theta) -> None:
        """New initial weights (re-randomise): the run restarts from them."""
        self.pause()
        self._set_document_theta(theta)
        self._forget_trainer(keep_initial=False)
        self.document.doc.training["epoch"] = 0
        self.document.doc.history = self.document.doc.state = None
        self.historyReset.emit()

    def set_speed(self, epochs_per_s: float | None) -> None:
        """None: as fast as possible; otherwise at most this many epochs per second."""
        self.max_rate = epochs_per_s
        if self.running:
            self._restart()

    def stop(self, keep_training: bool = True) -> None:
        """Stop the worker at a step boundary and wait for it (blocks briefly). With
        ``keep_training`` the document gets the weights of the last step (snapshots still
        in the queue are dropped); a user edit passes False, its document is the truth."""
        if self._thread is None:
            return
        self._thread.requestInterruption()
        self._worker.ack.set()
        self._thread.quit()
        self._thread.wait()
        self._finish_thread()
        if keep_training and self.trainer is not None and \
                self.trainer.net.theta.size == self.document.network.theta.size:
            self._set_document_theta(self.trainer.net.theta.copy())
            self.document.doc.training["epoch"] = self.trainer.epoch

    def sync_document(self) -> None:
        """Write the trainer's weights, epoch, settings, history and optimizer state into
        the document (before saving), so a saved file resumes exactly. A running worker
        goes on: the trainer is read between two of its epochs (``step_lock``)."""
        if self.trainer is None:
            return
        with self._worker.step_lock if self._worker is not None else nullcontext():
            updated = experiment.update_document(self.document.doc, self.trainer)
        doc = self.document.doc
        doc.training, doc.history, doc.state = updated.training, updated.history, \
            updated.state
        if updated.network.theta.size == self.document.network.theta.size:
            self._set_document_theta(updated.network.theta)   # of that same epoch

    # -- thread plumbing -------------------------------------------------------------------
    def _start(self, epochs) -> None:
        self._serial += 1
        worker = TrainingWorker(self.trainer, epochs, self.max_rate, self._serial)
        thread = worker_thread(worker, "training")
        worker.snapshot.connect(self._on_snapshot)
        worker.finished.connect(self._on_finished)
        self._thread, self._worker = thread, worker
        self._rate_mark = (time.perf_counter(), self.trainer.epoch)
        start_thread(thread)
        self.runningChanged.emit(True)

    def _is_current(self, serial: int) -> bool:
        """A stopped worker's last signals may still be queued when the next worker runs;
        they would overwrite a user's edit or stop the new thread. ``sender()`` cannot tell
        them apart (a new worker may reuse a deleted one's address), a serial number can."""
        return self._worker is not None and self._worker.serial == serial

    @Slot(int, object)
    def _on_snapshot(self, serial: int, snap: Snapshot) -> None:
        if not self._is_current(serial):
            return
        worker = self._worker
        began = time.perf_counter()
        try:
            if snap.layout_version == self.trainer.net.layout_version:
                self._apply(snap)
                if self.frame_drawer is not None:
                    worker.interval = self.frame_drawer(began)
        finally:        # a view that raised must not leave the worker waiting each step
            worker.ack.set()

    @Slot(int, str)
    def _on_finished(self, serial: int, reason: str) -> None:
        if not self._is_current(serial):
            return
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._finish_thread()
        if reason:
            self.diverged.emit(reason)

    def _finish_thread(self) -> None:
        self._thread.deleteLater()
        self._thread = self._worker = None
        self.runningChanged.emit(False)

    def _apply(self, snap: Snapshot) -> None:
        self._set_document_theta(snap.theta)
        t0, e0 = self._rate_mark
        now = time.perf_counter()
        if now - t0 > 0.5:
            self.rate = (snap.epoch - e0) / (now - t0)
            self._rate_mark = (now, snap.epoch)
        self.document.doc.training["epoch"] = snap.epoch
        self.snapshotApplied.emit(snap)

    def _set_document_theta(self, theta) -> None:
        self._applying = True
        try:
            self.document.set_all_params(theta)
        finally:
            self._applying = False

    # -- keeping the trainer in step with user edits ---------------------------------------
    def _restart(self) -> None:
        was_running = self.running
        self.stop()
        if was_running and self.ensure_trainer():
            self._start(None)

    def _params_edited(self) -> None:
        if self._applying or self.trainer is None:
            return
        was_running = self.running
        self.stop(keep_training=False)
        if self.trainer.net.theta.size == self.document.network.theta.size:
            self.trainer.net.theta[...] = self.document.network.theta
        if was_running:
            self._start(None)

    def _structure_edited(self) -> None:
        # The starting weights are in the old layout: a new activation can reorder a
        # layer's rows at the same size (sigmoid and tanh are separate groups), and Reset
        # would then give weights to the wrong neurons. The next run starts from these.
        self.initial_theta = None
        if self.trainer is None:
            self._resume_blocked_run()
            return
        was_running = self.running
        self.stop(keep_training=False)
        old, old_key = self.trainer, self._bundle_key
        self.trainer = None
        if not self.ensure_trainer():
            # e.g. a tanh neuron dragged into a cross-entropy output layer: the banner
            # says why, and the run goes on by itself once an edit fixes it
            self._blocked_run = was_running
            return
        if self._bundle_key == old_key:
            # the optimizer restarts (its layout changed); the epoch count and curves go on
            self.trainer.epoch, self.trainer.history = old.epoch, old.history
        else:       # other data: its losses do not continue the old curve
            self.document.doc.training["epoch"] = 0
            self.document.doc.history = self.document.doc.state = None
            self.trainer.epoch = 0
            self.trainer.history = {k: [] for k in self.trainer.history}
            self.historyReset.emit()
        if was_running:
            self._start(None)

    def _resume_blocked_run(self) -> None:
        """After an edit made a running network untrainable, each further edit tries
        again; the first one that fixes it resumes the run."""
        if self._blocked_run and self.ensure_trainer():
            self._blocked_run = False
            self._start(None)

    def _settings_edited(self) -> None:
        if self.trainer is None:
            self._resume_blocked_run()
            return
        try:
            settings = self.document.doc.settings()
            settings.check()
        except Exception as e:        # noqa: BLE001 - any bad setting is shown, not raised
            self.failed.emit(str(e))
            return
        data_changed = self.bundle is not None and \
            experiment.data_key(self.document.doc) != self._bundle_key
        if data_changed or self.trainer.net.loss != self.document.network.loss:
            self._structure_edited()
        elif self.running:
            with self._worker.lock:
                self._worker.pending_settings = settings
        else:
            self.trainer.settings = settings

    def _forget_trainer(self, keep_initial: bool) -> None:
        self.trainer = self.bundle = None
        if not keep_initial:
            self.initial_theta = None

    def _document_replaced(self) -> None:
        self._blocked_run = False
        self.stop(keep_training=False)
        self._forget_trainer(keep_initial=False)
        self.historyReset.emit()
