"""`python -m benchmarks.recording [--seconds S] [--fps F]`: what recording training costs.

The coffee lesson in a 1280x720 main window (offscreen) trains while its whole window is
grabbed S seconds' worth of frames (default 10 s at 15 frames a second: 150 frames, one
grab every 4 epochs, as ``main.py record`` does); then the frames are saved as a GIF, an
MP4 and a WebM in a temporary folder. Prints the grab cost per frame (window and Map),
the seconds each format took to save and its size, in the benchmark format.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.core_figures import Figure  # noqa: E402

LESSON = Path(__file__).resolve().parents[1] / "resources" / "lessons" / \
    "02_coffee_roasting.nsnet"
SIZE = (1280, 720)
EPOCHS_PER_FRAME = 4


def _frames(count: int):
    """(window frames, seconds per window grab, seconds per Map grab)."""
    from core import netfile
    from gui.app import application, dispose
    from gui.main_window import MainWindow
    from gui.recording import capture, cli
    from gui.recording.video import FrameStore

    app = application()
    window = MainWindow(netfile.load(LESSON), LESSON, remember_layout=False)
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    store = FrameStore(SIZE)
    epochs = EPOCHS_PER_FRAME * (count - 1)
    started = time.perf_counter()
    cli.record(window, app, "window", store, epochs, count, quiet=True)
    per_frame = (time.perf_counter() - started) / count
    grab_s = _time(lambda: capture.grab(window, SIZE))
    surface = window.surface
    map_s = _time(lambda: capture.grab(surface, (surface.width(), surface.height())))
    dispose(window, discard_changes=True)
    return store, per_frame, grab_s, map_s


def _time(fn, repeats: int = 10) -> float:
    start = time.perf_counter()
    for _ in range(repeats):
        fn()
    return (time.perf_counter() - start) / repeats


def run(seconds: float, fps: float):
    from gui.recording.video import encode

    store, per_frame, grab_s, map_s = _frames(max(2, round(seconds * fps)))
    yield Figure("record_grab_window_1280x720", 1000 * grab_s, "ms", "info")
    yield Figure("record_grab_map", 1000 * map_s, "ms", "info")
    yield Figure("record_train_and_grab_per_frame", 1000 * per_frame, "ms", "info")
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".gif", ".mp4", ".webm"):
            path = Path(folder) / f"coffee{suffix}"
            started = time.perf_counter()
            for _ in encode(store, path, fps):
                pass
            name = f"record_save_{suffix[1:]}_{len(store)}_frames"
            yield Figure(name, time.perf_counter() - started, "s", "info")
            yield Figure(f"{name}_size", path.stat().st_size / 1e6, "MB", "info")
    store.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.recording",
                                     description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--fps", type=float, default=15.0)
    args = parser.parse_args(argv)
    for figure in run(args.seconds, args.fps):
        print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
