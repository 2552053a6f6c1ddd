"""The pacing of a training worker, as plain functions: which steps reach the GUI, and how
long the worker trains between two of them. No Qt and no threads here, so the rules are
tested with a fake clock (``tests/gui/test_pacing.py``); the workers in
``gui.training_worker`` and ``gui.trials.runner`` pass in their signal emits, their
thread's interruption flag, and the real clock.

The rules (DESIGN rule 4, "throttle at the source"):

- emit at most once per ``interval`` (the GUI says how long its frames take, see
  ``gui.frames``), counted from when the last emit *began*: evaluating the snapshot, the
  handshake and the GUI's drawing are inside the interval, not added to it;
- after each emit the worker trains at least ``min_train_s`` before the next one: the
  handshake (the worker waits while the GUI draws) would otherwise let a slow GUI take
  every turn of the GIL and training would crawl;
- always emit the last step (the end of the run, a divergence, or an interruption), so
  the GUI shows where training stopped;
- with ``max_rate`` (epochs per second, "watching slowly"), sleep so that step ``n`` ends
  no earlier than ``n / max_rate`` seconds after the start.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Protocol, TypeVar


class Step(Protocol):
    stopped: str       # "" while training goes on, else why it stopped (a divergence)


S = TypeVar("S", bound=Step)


@dataclass
class Throttle:
    """Decides whether a step's result is due to be emitted at time ``now``.

    ``interval``: least seconds from one emit's start to the next; ``min_train_s``: least
    seconds of training after an emit has returned (the GUI drew it) before the next."""

    interval: float = 0.0
    min_train_s: float = 0.0
    emitted_at: float = -float("inf")     # when the last emit began
    resumed_at: float = -float("inf")     # when the last emit returned

    def due(self, now: float) -> bool:
        return now - self.emitted_at >= self.interval and \
            now - self.resumed_at >= self.min_train_s

    def emit(self, emit: Callable[[], None], began: float, clock: Callable[[], float]) -> None:
        """Call ``emit()`` (which may wait for the GUI) and note when it began and ended."""
        self.emitted_at = began
        emit()
        self.resumed_at = clock()


def pace(step: Callable[[], S | None], emit: Callable[[S], None],
         interrupted: Callable[[], bool], *, interval: Callable[[], float],
         epochs: int | None = None, min_train_s: float = 0.0, max_rate: float | None = None,
         clock: Callable[[], float] = time.perf_counter,
         sleep: Callable[[float], None] = time.sleep) -> str:
    """Run ``step()`` until it returns None, ``epochs`` steps are done, a step says it
    ``stopped`` (diverged), or ``interrupted()``; hand steps to ``emit`` by the rules in the
    module doc. ``interval()`` is asked at every step: the GUI changes it while we run.
    Returns the last step's ``stopped`` reason ("" when done or interrupted)."""
    throttle = Throttle(min_train_s=min_train_s)
    throttle.resumed_at = started = clock()      # the first emit, too, waits min_train_s
    throttle.emitted_at = -float("inf")
    done = 0
    while (snap := step()) is not None:
        done += 1
        now = clock()
        last = bool(snap.stopped) or (epochs is not None and done >= epochs)
        stop = interrupted()
        throttle.interval = interval()
        if last or stop or throttle.due(now):
            throttle.emit(lambda: emit(snap), now, clock)
        if snap.stopped:
            return snap.stopped
        if stop:
            break
        if max_rate:           # watching slowly: step n ends n / max_rate after the start
            sleep(max(0.0, started + done / max_rate - clock()))
    return ""
