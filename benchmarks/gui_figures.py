"""Figures for live training in the real main window, offscreen.

For each network: epochs per second shown on screen while playing, display frames per
second, how late a 16 ms timer fires in the GUI thread meanwhile (p99 and max: the stall a
user feels), and training throughput with the GUI as a share of headless training of the
same network measured in the same run.
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


def _headless_epochs_per_s(doc, seconds: float) -> float:
    trainer = experiment.make_trainer(doc)
    start = time.perf_counter()
    epochs = 0
    for _ in train(trainer, None, report_every=10**9):
        epochs += 1
        if time.perf_counter() - start >= seconds:
            break
    return epochs / (time.perf_counter() - start)


def _on_screen(app, doc, seconds: float) -> dict:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from gui.app import dispose
    from gui.main_window import MainWindow

    window = MainWindow(doc, remember_layout=False)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    delays = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(16)
    last = [0]

    def tick():
        now = clock.elapsed()
        delays.append(max(0, now - last[0] - 16))
        last[0] = now

    probe.timeout.connect(tick)
    window.controller.play()
    while window.controller.epoch == 0:            # the worker has started
        app.processEvents()
    epoch0, frames0 = window.controller.epoch, window.live.frames
    clock.start()
    probe.start()
    start = time.perf_counter()
    loop = QEventLoop()                            # a real event loop, as in app.exec()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    elapsed = time.perf_counter() - start
    probe.stop()
    window.controller.pause()
    epochs = window.controller.epoch - epoch0
    frames = window.live.frames - frames0
    frame_ms = 1000.0 * window.live.frame_seconds
    dispose(window, discard_changes=True)
    d = np.array(delays[1:] or [0], dtype=float)
    return {"epochs_per_s": epochs / elapsed, "frames_per_s": frames / elapsed,
            "frame_ms": frame_ms,
            "stall_p99_ms": float(np.percentile(d, 99)), "stall_max_ms": float(d.max())}


def run(quick: bool = False):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import application

    app = application()
    seconds = 1.5 if quick else 5.0
    for name, doc in _documents():
        shown = _on_screen(app, doc, seconds)
        headless = _headless_epochs_per_s(doc, seconds)
        target = ">= 600" if name.startswith("default") else "info"
        yield Figure(f"gui_on_screen_epochs_per_s_{name}", shown["epochs_per_s"],
                     "epochs/s", target)
        yield Figure(f"gui_frames_per_s_{name}", shown["frames_per_s"], "frames/s", ">= 30")
        yield Figure(f"gui_frame_cost_{name}", shown["frame_ms"], "ms",
                     "info: redraw and paint of one frame while training")
        yield Figure(f"gui_timer_stall_p99_{name}", shown["stall_p99_ms"], "ms", "<= 30")
        yield Figure(f"gui_timer_stall_max_{name}", shown["stall_max_ms"], "ms", "info")
        yield Figure(f"headless_epochs_per_s_{name}", headless, "epochs/s",
                     "info: same network, no GUI, same run")
        yield Figure(f"gui_vs_headless_throughput_{name}",
                     100.0 * shown["epochs_per_s"] / headless, "%", ">= 60")
