"""The recorder: grabs frames of one view of the window while it trains (or while the
person trains), in the GUI thread, into a ``FrameStore``.

Frame k of the video shows the view at ``k / fps`` seconds after the start, so a video
plays as long as the recording took, whatever the grabs cost:

- while training runs, frames are grabbed at the end of the frame scheduler's frames
  (``FrameScheduler.frame_hooks``), where the views have just been painted and the
  worker waits; the scheduler's ``budget`` is raised meanwhile (``RECORDING_BUDGET``) so
  frames come often enough for the frame rate;
- otherwise (paused, or no training frame for 1.5 video frames) a timer grabs at the
  frame rate;
- a frame that was due while nothing was grabbed repeats the one before (the store keeps
  it once).

It stops after ``seconds`` (``finished("")``), when asked (``stop``), when the store is full
or the view went away (``finished`` with the reason).
"""

from __future__ import annotations

import math
import time
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from gui.i18n import number, translate
from gui.recording import capture
from gui.recording.video import FrameStore

RECORDING_BUDGET = 0.6      # share of the time frames may take while recording (else 0.3):
                            # measured on the coffee lesson at 1280x720, a frame with its
                            # grab took 45 ms: at 0.3 that is 7 frames a second, at 0.6 13
STALL_FRAMES = 1.5          # video frames' time without a training frame before the
                            # timer grabs anyway (a slow frame rate, a paced speed)


class Recorder(QObject):
    """``Recorder(window, view, store, fps, seconds)``; ``start()``, ``stop()``;
    ``finished(str)`` once (the reason it stopped early, or ""), ``ticked(float)`` with
    the seconds recorded after each grab. ``store.size`` is the video's size; widgets in
    ``hidden()`` are left out of the frames (``capture.grab``)."""

    finished = Signal(str)
    ticked = Signal(float)

    def __init__(self, window, view: str, store: FrameStore, fps: float, seconds: float,
                 clock: Callable[[], float] = time.perf_counter, parent=None,
                 hidden: Callable[[], list] = list):
        super().__init__(parent or window)
        self.hidden = hidden
        self.window, self.view, self.store = window, view, store
        self.fps, self.seconds, self.clock = float(fps), float(seconds), clock
        self.max_frames = max(1, round(self.seconds * self.fps))
        self.active = False
        self.started_at = 0.0
        self._last_training_frame = -math.inf
        self._old_budget = None
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(max(1, int(1000 / self.fps)))
        self.timer.timeout.connect(self._on_timer)

    @property
    def scheduler(self):
        return self.window.live.scheduler

    def recorded(self) -> float:
        """Seconds of video so far."""
        return len(self.store) / self.fps

    def start(self) -> None:
        self.active = True
        self.started_at = self.clock()
        scheduler = self.scheduler
        self._old_budget, scheduler.budget = scheduler.budget, max(scheduler.budget,
                                                                   RECORDING_BUDGET)
        scheduler.frame_hooks.append(self._on_frame)
        self.timer.start()
        self._grab(self.started_at)          # frame 0: the view as recording starts

    def stop(self, reason: str = "") -> None:
        """Stop recording (the frames stay in the store); ``finished(reason)``."""
        if not self.active:
            return
        self.active = False
        self.timer.stop()
        scheduler = self.scheduler
        if self._on_frame in scheduler.frame_hooks:
            scheduler.frame_hooks.remove(self._on_frame)
        if self._old_budget is not None:
            scheduler.budget = self._old_budget
        self.finished.emit(reason)

    # -- grabbing --------------------------------------------------------------------------
    def _on_frame(self, now: float) -> None:
        self._last_training_frame = now
        self._grab(now)

    def _on_timer(self) -> None:
        now = self.clock()
        if self.scheduler.running and \
                now - self._last_training_frame < STALL_FRAMES / self.fps:
            if self._due(now) >= self.max_frames:       # the end, even between frames
                self._grab(now)
            return
        self._grab(now)

    def _due(self, now: float) -> int:
        """Frames the video should have by ``now``."""
        return min(self.max_frames, math.floor((now - self.started_at) * self.fps) + 1)

    def _grab(self, now: float) -> None:
        if not self.active:
            return
        due = self._due(now)
        if due <= len(self.store):
            return
        problem = capture.view_problem(self.window, self.view)
        if problem:
            self.store.repeat_last(due - len(self.store))
            self.stop(translate("Recorder", "Recording stopped: {problem}").format(
                problem=problem))
            return
        frame = capture.grab(capture.view_widget(self.window, self.view), self.store.size,
                             self.hidden())
        self.store.repeat_last(due - 1 - len(self.store))   # what was due meanwhile
        if not self.store.add(frame):
            self.stop(translate("Recorder", "Recording stopped after {seconds} s: {size} GB "
                                "of frames is the most kept; record a smaller view or size, "
                                "or fewer frames a second").format(
                seconds=number(self.recorded(), ".1f"),
                size=number(self.store.max_bytes / 1024**3, ".0f")))
            return
        self.ticked.emit(self.recorded())
        if len(self.store) >= self.max_frames:
            self.stop()
