"""The one frame scheduler that feeds every live view (DESIGN "Live views").

A live view registers what it draws from (``"network"``, ``"data"``, ``"running"``), its
most redraws per second while training, a ``draw(now)`` callable and an ``on_screen()``
callable. Whoever sees a change calls ``mark(kind)``; the views drawing from it are then
dirty. In each frame the scheduler draws the dirty views that are on screen and due by
their rate:

- while training, a frame is the controller's ``frame_drawer(began)`` hook: the worker
  waits (the handshake of ``gui.training_worker``) while ``draw_frame`` draws and paints,
  and the interval it returns keeps frames within ``FRAME_BUDGET`` of the time;
- otherwise a single-shot timer runs a frame at most ``FPS`` times a second;
- when training stops, every dirty view is drawn at once (rates only apply while
  training: a view skipped for its rate, or drawn in parts, must show the last state);
- a view that is not on screen stays dirty and is drawn when it comes on screen (call
  ``wake`` to the signal that says so, e.g. a dock's ``visibilityChanged``).

No view keeps a timer of its own for throttling; ``RATES`` below lists every view's rate.

``frame_hooks`` are called at the end of each training frame, once its views are painted
(the recorder grabs its frames there, while the worker waits, so the grab does not fight
the worker for the GIL); their cost counts in the frame's. ``budget`` is the share of the
time frames may take (``FRAME_BUDGET``; a recording raises it for a smoother video).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QWidget

KINDS = frozenset({"network", "data", "running"})

FPS = 36                   # frames per second at most (the issue asks for 30-60)
FRAME_BUDGET = 0.30        # while training, a frame (snapshot included) may take this share
PAINT_PASSES = 3           # event-loop turns a frame runs to paint (see draw_frame)

# Most redraws per second of each view while training (None: every frame). The views
# that change slowly redraw less often than the frames; measured on the default network
# unless said otherwise.
RATES: dict[str, float | None] = {
    "links": 15.0,            # a link layer keeps its picture in a pixmap; re-rendering
                              # it every frame cost a quarter of the editor's frame, and
                              # weights drift slowly enough that 15 a second look smooth
    "links (large)": 5.0,     # a large network's hundreds of links: ~5 ms a restyle
    "node maps": None,        # the maps are what students watch (in turns when large:
                              # see live_views.MAPS_PER_FRAME)
    "map": 20.0,              # the large map (decision surface or focused neuron)
    "activation": 5.0,        # the z histogram moves slowly; repainting it cost a third
                              # of a frame
    "loss": 10.0,             # a curve needs fewer redraws than the maps
    "data": None,             # the Data dock's current tab (only when on screen)
    "gradient points": 10.0,  # diagnostics: and fewer if they would take more than
                              # diagnostics.RECORD_BUDGET of the time
    "health": 4.0,            # diagnostics: health table, canvas flags, linear collapse
    "challenge": 5.0,         # a challenge's goals (gui.challenge): one forward pass over
                              # the test data, and over the training data for dead or
                              # saturated neurons; judged even behind a tab
}


def on_screen(widget) -> bool:
    """Visible and not behind another dock's tab (a tabbed-away dock's widget still says
    isVisible(), and fed every frame it cost a millisecond for nothing). A widget that its
    children cover entirely (a graphics view's viewport, a plot's view) has an empty
    visible region of its own: then one of its visible children must have one."""
    if not widget.isVisible():
        return False
    if not widget.visibleRegion().isEmpty():
        return True
    return any(on_screen(child) for child in widget.findChildren(
        QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly))


def _always() -> bool:
    return True


@dataclass(eq=False)
class LiveView:
    """One registration. ``rate``: most redraws per second while training, None for every
    frame, or a callable returning either (a rate that depends on the view's state)."""

    name: str
    draws_from: frozenset
    draw: Callable[[float], None]
    on_screen: Callable[[], bool] = _always
    rate: float | None | Callable[[], float | None] = None
    dirty: bool = True
    drawn_at: float = field(default=-float("inf"))

    def interval(self) -> float:
        rate = self.rate() if callable(self.rate) else self.rate
        return 1.0 / rate if rate else 0.0

    def due(self, now: float, running: bool) -> bool:
        """Dirty, and (while training) its rate allows a redraw at ``now``."""
        return self.dirty and (not running or now - self.drawn_at >= self.interval())


class FrameScheduler(QObject):
    """Draws the registered live views in frames; ``frames`` counts the frames that drew
    (the benchmark reads it), ``frame_seconds`` is the smoothed cost of a training frame.
    ``clock``: seconds (perf_counter); tests pass a fake one."""

    def __init__(self, parent=None, clock: Callable[[], float] = time.perf_counter):
        super().__init__(parent)
        self.clock = clock
        self.views: list[LiveView] = []
        self.running = False
        self.frames = 0
        self.frame_seconds = 0.0
        self.budget = FRAME_BUDGET
        self.frame_hooks: list[Callable[[float], None]] = []
        self._last_frame = 0.0
        self.timer = QTimer(self)          # single shot: the next frame, when one is due
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)

    # -- registering and marking -------------------------------------------------------------
    def register(self, name: str, draws_from, draw: Callable[[float], None],
                 on_screen: Callable[[], bool] = _always, rate=None) -> LiveView:
        """Add a view (drawn in the order registered); it starts dirty."""
        kinds = frozenset(draws_from)
        if not kinds <= KINDS:
            raise ValueError(f"{name}: draws from {sorted(kinds - KINDS)}, not one of "
                             f"{sorted(KINDS)}")
        view = LiveView(name, kinds, draw, on_screen, rate)
        self.views.append(view)
        self.schedule()
        return view

    def mark(self, kind: str) -> None:
        """``kind`` ("network", "data" or "running") changed: its views redraw soon."""
        for view in self.views:
            if kind in view.draws_from:
                view.dirty = True
        self.schedule()

    def mark_view(self, view: LiveView, at_once: bool = False) -> None:
        """What ``view`` shows changed (e.g. the neuron it focuses on); ``at_once``: in the
        next frame even while training, whatever its rate."""
        view.dirty = True
        if at_once:
            view.drawn_at = -float("inf")
        self.schedule()

    def set_running(self, running: bool) -> None:
        """Training started or stopped; when it stops, every dirty view at once."""
        self.running = bool(running)
        self.mark("running")
        if not running:
            self.timer.start(0)

    def schedule(self) -> None:
        """A frame soon: at once if the last one is older than 1/FPS, else when it is. A
        snapshot that arrives meanwhile draws in its own frame, which stops this timer,
        so the editor paints once per frame."""
        if not self.timer.isActive():
            wait = self._last_frame + 1.0 / FPS - self.clock()
            self.timer.start(max(0, min(int(wait * 1000), int(1000 / FPS))))

    def wake(self, *_) -> None:
        """Something may have come on screen (connect a ``visibilityChanged``): a frame
        soon draws the dirty views that now are."""
        if any(view.dirty for view in self.views):
            self.schedule()

    def stop(self) -> None:
        """No more frames from the timer (the window is closing)."""
        self.timer.stop()

    # -- frames ------------------------------------------------------------------------------
    def draw_frame(self, began: float | None = None) -> float:
        """Draw the due views and paint the window now (the training worker waits
        meanwhile: see ``gui.training_controller``); returns the time from this frame to
        the next, so that frames take at most ``budget`` of the time. ``began``
        (perf_counter): when the frame's work started, if before this call (applying the
        snapshot to the document and the editor's links is part of the frame's cost)."""
        start = self.clock()
        began = start if began is None else began
        self.timer.stop()
        self._draw(start, force=False)
        # Paint now, every pending update included: a paint left for later would run
        # while the worker trains, and each of its many Python paint() calls would then
        # wait for the GIL. A plot's change reaches its paint in up to three turns (the
        # scene posts "changed", the view then posts an update request, which paints), and
        # one processEvents() only handles what was posted before it began: with one
        # call, the loss plot painted outside the frame 64 times out of 67. The worker
        # is blocked on the handshake, so no snapshot can arrive in here.
        #
        # On xcb the event loop reads the window system's events only after a wake-up.
        # Waking it first lets these passes take every such event but user input; a key
        # read meanwhile stays queued (input is excluded here) with its wake-up spent, and
        # at full speed the next frame spent the next one too: measured on Xvfb, 2-3
        # pauses in 10 waited for the next key press. Waking it again after the passes
        # hands that key to the loop's next ordinary turn, with nothing else left to paint.
        dispatcher = QAbstractEventDispatcher.instance()
        dispatcher.wakeUp()
        for _ in range(PAINT_PASSES):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        dispatcher.wakeUp()
        for hook in list(self.frame_hooks):
            hook(self.clock())
        cost = self.clock() - began
        self.frame_seconds = cost if not self.frame_seconds else \
            0.8 * self.frame_seconds + 0.2 * cost
        return max(1.0 / FPS, self.frame_seconds / self.budget)

    def redraw(self) -> None:
        """Draw every view that is on screen now, dirty or not, whatever its rate."""
        self._draw(self.clock(), force=True)

    def _tick(self) -> None:
        if any(view.dirty for view in self.views):
            self._draw(self.clock(), force=False)

    def _draw(self, now: float, force: bool) -> None:
        self._last_frame = now
        self.frames += 1
        for view in self.views:
            if (force or view.due(now, self.running)) and view.on_screen():
                view.dirty = False
                view.drawn_at = now
                view.draw(now)
