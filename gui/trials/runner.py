"""Trials run one after another in a worker thread (DESIGN rule 4).

The worker owns the trials' documents while it runs; the GUI only reads the results it is
sent, each a finished ``TrialResult`` the worker no longer touches. Progress (the current
trial's loss curve so far, copied) is sent at most ``MAX_EMITS_PER_S`` times a second; the
finished curve comes with the result. After sending progress the worker waits until the
GUI has drawn it (a handshake, as the training worker does). Measured here (coffee data,
5 trials of 2000 epochs, 2 busy cores): running freely, tiny NumPy steps held the GIL while
the GUI drew, and a 10 ms GUI timer ran 57 ms late (p99, 129 ms max); with the handshake
20-24 ms (p99, 33 ms max), and the trials ran no slower. BLAS is limited to one thread for the
whole app by main.py, before NumPy loads.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core import trials as core_trials
from gui.i18n import translate
from gui.pacing import Throttle
from gui.threads import start_thread, worker_thread

MAX_EMITS_PER_S = 15
HANDSHAKE_TIMEOUT_S = 0.25


class TrialsWorker(QObject):
    """Runs ``trials`` for ``epochs`` epochs each. Every signal carries ``serial`` so
    the runner can drop signals of a worker it already stopped."""

    trialStarted = Signal(int, int)              # serial, trial index
    progress = Signal(int, int, int, object)     # serial, index, epoch, {series: list}
    trialDone = Signal(int, int, object)         # serial, index, TrialResult
    finished = Signal(int, str)                  # serial, "" or what went wrong

    def __init__(self, trials, epochs: int, base_dir, serial: int):
        super().__init__()
        self.trials, self.epochs, self.base_dir, self.serial = trials, epochs, base_dir, serial
        self._index = 0
        # Unlike training, progress needs no last emit (the result carries the finished
        # curve) and no GUI-chosen interval: it trains 1/MAX_EMITS_PER_S after each
        # handshake, the same rule as the training worker's MIN_TRAIN_S.
        self._throttle = Throttle(min_train_s=1.0 / MAX_EMITS_PER_S)
        self.ack = threading.Event()     # set by the GUI thread once a frame is drawn

    @Slot()
    def run(self) -> None:
        thread = QThread.currentThread()
        error = ""
        try:
            bundle = core_trials.prepare_data(self.trials[0].document, self.base_dir)
            for i, trial in enumerate(self.trials):
                if thread.isInterruptionRequested():
                    break
                self._index = i
                self.trialStarted.emit(self.serial, i)
                result = core_trials.run_trial(trial, self.epochs,
                                               thread.isInterruptionRequested,
                                               self._progress, bundle=bundle,
                                               base_dir=self.base_dir)
                self.trialDone.emit(self.serial, i, result)
        except core_trials.TrialError as e:
            error = str(e)
        except Exception as e:     # noqa: BLE001 - shown in the panel; the thread must end
            error = translate("Trials", "the trials stopped on an unexpected error: "
                              "{error}").format(error=repr(e))
        self.finished.emit(self.serial, error)

    def _progress(self, epoch: int, history: dict) -> None:
        now = time.perf_counter()
        if self._throttle.due(now):
            self._throttle.emit(lambda: self._send(epoch, history), now, time.perf_counter)

    def _send(self, epoch: int, history: dict) -> None:
        """Send a copy of the curve so far and wait until the GUI has drawn it."""
        part = {k: list(history[k]) for k in ("epoch", "train_loss", "test_loss")}
        self.ack.clear()
        self.progress.emit(self.serial, self._index, epoch, part)
        if not QThread.currentThread().isInterruptionRequested():
            self.ack.wait(HANDSHAKE_TIMEOUT_S)


class TrialsRunner(QObject):
    """Starts and stops the worker; re-emits its signals without the serial number.

    ``start(trials, epochs, base_dir)``; ``request_stop()`` (the Stop button) or
    ``stop()`` (closing: waits, drops what is still queued)."""

    trialStarted = Signal(int)
    progress = Signal(int, int, object)
    trialDone = Signal(int, object)
    finished = Signal(str)          # "" when done or stopped, else the error
    runningChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._thread = self._worker = None
        self._serial = 0

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, trials, epochs: int, base_dir=None) -> None:
        self.stop()
        self._serial += 1
        worker = TrialsWorker(list(trials), epochs, base_dir, self._serial)
        thread = worker_thread(worker, "trials")
        worker.trialStarted.connect(self._on_started)
        worker.progress.connect(self._on_progress)
        worker.trialDone.connect(self._on_done)
        worker.finished.connect(self._on_finished)
        self._thread, self._worker = thread, worker
        start_thread(thread)
        self.runningChanged.emit(True)

    def request_stop(self) -> None:
        """Ask the worker to stop after the current epoch; the partial result of the
        running trial (``interrupted``) and then ``finished`` still arrive."""
        if self._thread is not None:
            self._thread.requestInterruption()
            self._worker.ack.set()

    def stop(self) -> None:
        """Stop now and wait (an epoch of a lesson network takes milliseconds); signals
        still queued from this worker are dropped. For closing and restarting."""
        if self._thread is not None:
            self._thread.requestInterruption()
            self._worker.ack.set()
            self._finish()

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._thread.deleteLater()
        self._thread = self._worker = None
        self.runningChanged.emit(False)

    def _current(self, serial: int) -> bool:
        return self._worker is not None and self._worker.serial == serial

    @Slot(int, int)
    def _on_started(self, serial: int, index: int) -> None:
        if self._current(serial):
            self.trialStarted.emit(index)

    @Slot(int, int, int, object)
    def _on_progress(self, serial: int, index: int, epoch: int, part) -> None:
        if self._current(serial):
            self.progress.emit(index, epoch, part)    # the panel draws it before returning
            self._worker.ack.set()

    @Slot(int, int, object)
    def _on_done(self, serial: int, index: int, result) -> None:
        if self._current(serial):
            self.trialDone.emit(index, result)

    @Slot(int, str)
    def _on_finished(self, serial: int, error: str) -> None:
        if self._current(serial):
            self._finish()
            self.finished.emit(error)
