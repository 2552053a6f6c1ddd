"""Encoding a recording in a worker thread (DESIGN rule 4, ``gui.threads``): the plain
generator ``video.encode`` runs in the thread; the GUI gets ``progressed(done, total)``
and once ``finished(error)`` ("" when the file is written, "cancelled" when stopped by
``QThread.requestInterruption``, else the message)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from gui.i18n import translate
from gui.recording.video import VideoError, encode
from gui.threads import start_thread, worker_thread

CANCELLED = "cancelled"


class EncodeWorker(QObject):
    progressed = Signal(int, int)
    finished = Signal(str)

    def __init__(self, frames, path, fps: float):
        super().__init__()
        self.frames, self.path, self.fps = frames, path, fps

    @Slot()
    def run(self) -> None:
        thread = QThread.currentThread()
        steps = encode(self.frames, self.path, self.fps)
        error = ""
        try:
            for done, total in steps:
                self.progressed.emit(done, total)
                if done >= total:          # the file is in place: too late to cancel
                    break
                if thread.isInterruptionRequested():
                    error = CANCELLED
                    break
        except VideoError as e:
            error = str(e)
        except Exception as e:       # noqa: BLE001 - an encoder's failure is shown, not lost
            error = translate("Recording", "{path}: the encoder failed ({error})").format(
                path=self.path, error=f"{type(e).__name__}: {e}")
        finally:
            steps.close()            # a cancel: the temporary file goes
        self.finished.emit(error)


def start_encoding(frames, path, fps: float, progressed, finished
                   ) -> tuple[QThread, EncodeWorker]:
    """A started thread encoding ``frames``, its signals connected (before it starts, so
    that none is missed) to the bound methods ``progressed(done, total)`` and
    ``finished(error)``; keep both references until ``finished``."""
    worker = EncodeWorker(frames, path, fps)
    worker.progressed.connect(progressed)
    worker.finished.connect(finished)
    thread = worker_thread(worker, "encode video")
    # direct: the thread ends its own event loop, even while the GUI thread waits for it
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    start_thread(thread)
    return thread, worker
