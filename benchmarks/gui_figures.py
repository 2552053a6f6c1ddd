"""Figures for live training in the real main window, offscreen.

For each network: epochs per second shown on screen while playing, display frames per
second, how late a 16 ms timer fires in the GUI thread meanwhile (p99 and max: the stall a
user feels), and training throughput with the GUI as a share of headless training of the
same network, measured in turns with the GUI runs.
"""

from __future__ import annotations

import os
import time

import numpy as np

from benchmarks.core_figures import Figure
from core import experiment, netfile
from core.network import Network
from core.training import train


def _documents():
    default = netfile.default_document()
    deep = netfile.default_document()
    deep.network = Network(deep.network.input_names, [["tanh"] * 8] * 6 + [["sigmoid"]],
                           loss="binary_crossentropy", seed=1)
    return [("default_2-4-2-1", default), ("6x8", deep)]


def _headless(doc, seconds: float) -> tuple[int, float]:
    """(epochs, seconds) of training ``doc`` with no GUI, in this thread."""
    trainer = experiment.make_trainer(doc)
    start = time.perf_counter()
    epochs = 0
    for _ in train(trainer, None, report_every=10**9):
        epochs += 1
        if time.perf_counter() - start >= seconds:
            break
    return epochs, time.perf_counter() - start


class StallProbe:
    """A 16 ms timer in the GUI thread; ``delays`` (ms) lists how late each tick fired."""

    def __init__(self):
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.delays: list[float] = []
        self._clock, self._last = QElapsedTimer(), None
        self._timer = QTimer()
        self._timer.setInterval(16)
        self._timer.timeout.connect(self._tick)

    def _tick(self):
        now = self._clock.elapsed()
        if self._last is not None:                 # a round's first tick has no predecessor
            self.delays.append(max(0, now - self._last - 16))
        self._last = now

    def start(self):
        self._clock.start()
        self._last = None
        self._timer.start()

    def stop(self):
        self._timer.stop()


def live_round(app, window, seconds: float, probe: StallProbe) -> dict:
    """Play for ``seconds`` in ``window`` (from the worker's first snapshot on), in a real
    event loop, then pause: the epochs and frames shown, the seconds it took and the
    frame cost at the end (ms)."""
    from PySide6.QtCore import QEventLoop, QTimer

    before = window.controller.epoch
    window.controller.play()
    while window.controller.epoch == before:       # steady state: the worker's first
        app.processEvents()                        # snapshot is in (a start costs ~0.1 s)
    epoch0, frames0 = window.controller.epoch, window.live.frames
    probe.start()
    start = time.perf_counter()
    loop = QEventLoop()                            # a real event loop, as in app.exec()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    spent = time.perf_counter() - start
    probe.stop()
    shown = {"epochs": window.controller.epoch - epoch0,
             "frames": window.live.frames - frames0, "seconds": spent,
             "frame_ms": 1000.0 * window.live.frame_seconds}
    window.controller.pause()
    app.processEvents()
    return shown


def summary(rounds: list[dict], delays: list[float]) -> dict:
    """The figures of several ``live_round`` results and a probe's delays."""
    seconds = sum(r["seconds"] for r in rounds)
    d = np.array(delays or [0], dtype=float)
    return {"epochs_per_s": sum(r["epochs"] for r in rounds) / seconds,
            "frames_per_s": sum(r["frames"] for r in rounds) / seconds,
            "frame_ms": float(np.mean([r["frame_ms"] for r in rounds])),
            "stall_p99_ms": float(np.percentile(d, 99)), "stall_max_ms": float(d.max())}


def _measure(app, doc, seconds: float, rounds: int) -> dict:
    """Live training in the real main window, in ``rounds`` turns of ``seconds`` each,
    each followed by as long headless: this machine's speed drifts by half within a
    minute, and turns keep both sides of the throughput ratio in the same conditions."""
    from gui.app import dispose
    from gui.main_window import MainWindow

    window = MainWindow(doc, remember_layout=False)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    probe, shown = StallProbe(), []
    headless = [0, 0.0]
    for _ in range(rounds):
        shown.append(live_round(app, window, seconds, probe))
        epochs, spent = _headless(doc, seconds)
        headless[0] += epochs
        headless[1] += spent
    dispose(window, discard_changes=True)
    return {**summary(shown, probe.delays), "headless_epochs_per_s": headless[0] / headless[1]}


def run(quick: bool = False):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import application

    app = application()
    seconds, rounds = (1.0, 1) if quick else (1.0, 6)
    for name, doc in _documents():
        shown = _measure(app, doc, seconds, rounds)
        headless = shown["headless_epochs_per_s"]
        target = ">= 600" if name.startswith("default") else "info"
        yield Figure(f"gui_on_screen_epochs_per_s_{name}", shown["epochs_per_s"],
                     "epochs/s", target)
        yield Figure(f"gui_frames_per_s_{name}", shown["frames_per_s"], "frames/s", ">= 30")
        yield Figure(f"gui_frame_cost_{name}", shown["frame_ms"], "ms",
                     "info: one frame while training: the snapshot applied, redrawn and painted")
        yield Figure(f"gui_timer_stall_p99_{name}", shown["stall_p99_ms"], "ms", "<= 30")
        yield Figure(f"gui_timer_stall_max_{name}", shown["stall_max_ms"], "ms", "info")
        yield Figure(f"headless_epochs_per_s_{name}", headless, "epochs/s",
                     "info: same network, no GUI, in turns with the GUI runs")
        yield Figure(f"gui_vs_headless_throughput_{name}",
                     100.0 * shown["epochs_per_s"] / headless, "%", ">= 60")
