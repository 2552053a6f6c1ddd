"""Figures for live training in projection mode (F5) on a 1920x1080 projector, offscreen.

Projection mode takes the whole screen, so the measuring runs in a child process whose
offscreen platform has one 1920x1080 screen (``QT_QPA_PLATFORM=offscreen:configfile=...``)
and a private HOME (the default projection text size, nothing read from or written to the
user's settings). Before every round the child checks that the window is exactly that
screen and that the stage's views are on screen; it stops with an error otherwise.

For each network (the same two as ``gui_figures``): epochs per second shown on screen,
frames per second, the cost of a frame and how late a 16 ms timer fires in the GUI thread
(p99, max), in projection mode and, as the reference, in the normal window at the same
size. The two are measured in turns in one window (projection on, off, on, ...): this
machine's speed drifts within a minute, and turns keep both in the same conditions.

``python -m benchmarks --only projection`` runs just these.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.core_figures import Figure

WIDTH, HEIGHT = 1920, 1080
SCREEN = {"name": "projector", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
          "logicalDpi": 96}
ROOT = Path(__file__).resolve().parent.parent
# the offscreen platform says this for every window; nothing to see
HARMLESS = "This plugin does not support propagateSizeHints()"
# live views (gui.live_views) the default stage must have on screen: the network
# (its links and node maps), the Map and the loss plot (the activation plot is the loss
# plot's tab, so off screen)
STAGE_VIEWS = ("links", "node maps", "map", "loss")


def run(quick: bool = False):
    seconds, rounds = (1.0, 1) if quick else (1.0, 4)
    results = _child_results(seconds, rounds)
    for name, r in results.items():
        proj, ref = r["projection"], r["window"]
        on = ", ".join(r["on_screen"])
        epochs_target = ">= 600"
        yield Figure(f"projection_on_screen_epochs_per_s_{name}", proj["epochs_per_s"],
                     "epochs/s", epochs_target)
        yield Figure(f"projection_frames_per_s_{name}", proj["frames_per_s"], "frames/s",
                     ">= 30")
        yield Figure(f"projection_frame_cost_{name}", proj["frame_ms"], "ms",
                     f"info: one frame while training, projection mode {WIDTH}x{HEIGHT}, "
                     f"drawing {on}")
        yield Figure(f"projection_timer_stall_p99_{name}", proj["stall_p99_ms"], "ms",
                     "<= 30")
        yield Figure(f"projection_timer_stall_max_{name}", proj["stall_max_ms"], "ms", "info")
        for key, unit, label in (("epochs_per_s", "epochs/s", "on_screen_epochs_per_s"),
                                 ("frames_per_s", "frames/s", "frames_per_s"),
                                 ("frame_ms", "ms", "frame_cost"),
                                 ("stall_p99_ms", "ms", "timer_stall_p99")):
            yield Figure(f"window_{WIDTH}x{HEIGHT}_{label}_{name}", ref[key], unit,
                         "info: reference: normal window, same size, in turns")
        yield Figure(f"projection_vs_window_epochs_{name}",
                     100.0 * proj["epochs_per_s"] / ref["epochs_per_s"], "%", "info")


def _child_results(seconds: float, rounds: int) -> dict:
    """Run the measuring child on a 1920x1080 offscreen screen; its results by network."""
    with tempfile.TemporaryDirectory(prefix="neuron-bench-") as tmp:
        config = Path(tmp) / "screens.json"
        config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
               "HOME": tmp, "XDG_CONFIG_HOME": str(Path(tmp) / "config")}
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            env.setdefault(var, "1")
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.projection_figures", str(seconds),
             str(rounds)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    noise = [line for line in proc.stderr.splitlines() if line.strip() != HARMLESS]
    if proc.returncode != 0:
        raise RuntimeError("projection benchmark child failed:\n" + "\n".join(noise))
    if noise:
        print("\n".join(noise), file=sys.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- the child ---------------------------------------------------------------------------------
def _check_screen(app) -> None:
    screens = [(s.name(), s.geometry().getRect()) for s in app.screens()]
    if screens != [(SCREEN["name"], (0, 0, WIDTH, HEIGHT))]:
        raise RuntimeError(f"expected one {WIDTH}x{HEIGHT} screen, Qt has {screens}")


def _check_projected(window) -> list[str]:
    """The window is the whole screen and the stage is on it; the live views on screen."""
    from gui.frames import on_screen

    rect = window.geometry().getRect()
    if rect != (0, 0, WIDTH, HEIGHT) or not window.isFullScreen():
        raise RuntimeError(f"projection window is {rect} (full screen: "
                           f"{window.isFullScreen()}), not the {WIDTH}x{HEIGHT} screen")
    stage = window.projection.stage
    if stage is None or not on_screen(stage):
        raise RuntimeError("projection mode shows no stage")
    shown = [name for name, view in window.live.views.items() if view.on_screen()]
    missing = [name for name in STAGE_VIEWS if name not in shown]
    if missing or not {"network", "map", "loss"} <= set(stage.views):
        raise RuntimeError(f"stage {sorted(stage.views)}: {missing} not on screen")
    return shown


def _check_window(window) -> None:
    size = (window.width(), window.height())
    if size != (WIDTH, HEIGHT) or window.isFullScreen() or window.projection.active:
        raise RuntimeError(f"reference window is {size} (full screen: "
                           f"{window.isFullScreen()}), not a normal {WIDTH}x{HEIGHT} one")


def _settle(app, window) -> None:
    """A few frames after entering or leaving projection mode (a new layout and text size
    rebuild the editor's pictures once), so a round measures steady training."""
    from PySide6.QtCore import QEventLoop, QTimer

    window.controller.play()
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    window.controller.pause()
    app.processEvents()


def _measure(app, doc, seconds: float, rounds: int) -> dict:
    """``rounds`` turns of projection mode, then the normal window, ``seconds`` each."""
    from benchmarks.gui_figures import StallProbe, live_round, summary
    from gui.app import dispose
    from gui.main_window import MainWindow

    window = MainWindow(doc, remember_layout=False)
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    probes = {"projection": StallProbe(), "window": StallProbe()}
    shown = {"projection": [], "window": []}
    on = []
    for _ in range(rounds):
        for mode in ("projection", "window"):
            window.projection.set_active(mode == "projection")
            app.processEvents()
            _settle(app, window)
            if mode == "projection":
                on = _check_projected(window)
            else:
                _check_window(window)
            shown[mode].append(live_round(app, window, seconds, probes[mode]))
    dispose(window, discard_changes=True)
    return {**{mode: summary(shown[mode], probes[mode].delays) for mode in shown},
            "on_screen": on}


def _child(seconds: float, rounds: int) -> None:
    from benchmarks.gui_figures import _documents
    from gui.app import application

    app = application()
    _check_screen(app)
    out = {name: _measure(app, doc, seconds, rounds) for name, doc in _documents()}
    print(json.dumps(out))


if __name__ == "__main__":
    _child(float(sys.argv[1]), int(sys.argv[2]))
