"""`python main.py record FILE --epochs N --out VIDEO [--view V] [--size WxH] [--fps F]
[--frames K]`: train FILE offscreen and record a view of the window while it learns.

The video has ``min(K, N + 1)`` frames (K: ``--frames``, default 50), shown at F frames a
second (default 10): frame i shows the network after ``round(i * N / (frames - 1))``
epochs, so the first frame is the network as FILE has it and the last after all N epochs,
whatever the computer's speed. (A GIF stores a run of identical frames as one longer
frame.) ``--view``: window, stage (projection mode's stage, large text), map, loss or
network. ``--size``: the video's size; for window and stage the window is made that size
(default 1280x720), for the others the view is drawn to fit it (default: the view's own
size in a 1280x720 window). MP4 and WebM sides are made even. The format follows --out's
suffix: .gif, .mp4 or .webm; it is written atomically. Bad input exits 2 with one line
on stderr.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

from core import cli_common
from core import i18n as core_i18n
from core.cli_common import UsageError, progress_bar

WINDOW_SIZE = "1280x720"


def frame_epochs(epochs: int, frames: int) -> list[int]:
    """The epochs (counted from the start) each frame shows: min(frames, epochs + 1)
    of them, from 0 to ``epochs``, evenly spaced."""
    count = min(frames, epochs + 1)
    if count < 2:
        return [0]
    return [round(i * epochs / (count - 1)) for i in range(count)]


def parse_size(text: str, option: str = "--size") -> tuple[int, int]:
    """'1280x720' -> (1280, 720); UsageError for anything else."""
    from gui.recording.dialog import MAX_SIDE, MIN_SIDE

    return cli_common.parse_size(text, WINDOW_SIZE, (MIN_SIDE, MAX_SIDE), option)


def check(args) -> tuple[Path, Path, tuple[int, int] | None]:
    """The network file, the video path and the size asked for (None: the view's);
    UsageError for bad arguments."""
    from gui.recording.video import MAX_FPS, VideoError, check_target

    size = parse_size(args.size) if args.size else None
    if args.epochs < 1:
        raise UsageError(f"--epochs must be at least 1, got {args.epochs}")
    if args.frames < 2:
        raise UsageError(f"--frames must be at least 2, got {args.frames}")
    if not 1 <= args.fps <= MAX_FPS:
        raise UsageError(f"--fps must be 1 to {MAX_FPS}, got {args.fps:g}")
    path = cli_common.existing_file(args.file)
    try:
        out = check_target(args.out)
    except VideoError as e:
        raise UsageError(f"--out {e}") from None
    return path, out, size


def _open_window(path: Path, view: str, size: tuple[int, int] | None):
    """(app, window) for ``view``: the window and the stage (projection mode) at ``size``,
    the others in a window of the default size."""
    from gui.screenshot import open_window

    whole = view in ("window", "stage")
    return open_window(path, size if whole and size else parse_size(WINDOW_SIZE),
                       presentation=view == "stage")


def record(window, app, view: str, store, epochs: int, frames: int, quiet: bool) -> str:
    """Train ``epochs`` epochs, adding a frame of the view to ``store`` at each of
    ``frame_epochs``; returns why training stopped early ("" when it did not)."""
    from core.netfile import NetFileError
    from core.training import train
    from gui.recording import capture

    document = window.document
    try:
        trainer = document.experiment.trainer()
    except NetFileError as e:
        raise UsageError(f"{document.path}: {e}") from None
    stopped = ""
    marks = frame_epochs(epochs, frames)
    start = trainer.epoch
    document.begin_training()
    for i, mark in enumerate(marks):
        if mark + start > trainer.epoch and not stopped:
            snap = None
            for snap in train(trainer, mark + start - trainer.epoch,
                              report_every=max(1, epochs // 200)):
                stopped = snap.stopped or ""
            theta = trainer.net.theta.copy()
            theta.flags.writeable = False
            document.progress(dataclasses.replace(snap, theta=theta))
        window.live.redraw()
        app.processEvents()
        store.add(capture.grab(capture.view_widget(window, view), store.size))
        if not quiet:
            progress_bar("recording ", i + 1, len(marks))
    document.end_training()
    if not quiet:
        sys.stderr.write("\n")
    return stopped


def run(args) -> str:
    """Record and encode; returns the line to print. Raises UsageError."""
    path, out, size = check(args)
    from gui.app import dispose, quiet_offscreen_notices
    from gui.recording import capture
    from gui.recording.video import FrameStore, VideoError, encode, even_size, needs_even

    quiet_offscreen_notices()
    app, window = _open_window(path, args.view, size)
    try:
        widget = capture.view_widget(window, args.view)
        size = size or (widget.width(), widget.height())
        if needs_even(out):
            size = even_size(size)
        store = FrameStore(size)
        stopped = record(window, app, args.view, store, args.epochs, args.frames,
                         args.quiet)
    finally:
        dispose(window, discard_changes=True)
    # the window may speak the interface's language; what this prints on stderr (the
    # encoder's VideoError) stays English, as every command-line message does
    core_i18n.install(None)
    if stopped:
        print(stopped, file=sys.stderr)
    started = time.perf_counter()
    try:
        for done, total in encode(store, out, args.fps):
            if not args.quiet:
                progress_bar("saving    ", done, total)
    except VideoError as e:
        raise UsageError(str(e)) from None
    finally:
        store_len = len(store)
        store.close()
    if not args.quiet:
        sys.stderr.write("\n")
    megabytes = out.stat().st_size / 1e6
    return (f"wrote {out} ({store_len} frames, {size[0]}x{size[1]}, {args.fps:g} frames/s, "
            f"{store_len / args.fps:.1f} s, {megabytes:.2f} MB, saved in "
            f"{time.perf_counter() - started:.1f} s)")


def main(args) -> int:
    """args: namespace with file, epochs, out, view, size, fps, frames, quiet (main.py)."""
    try:
        line = run(args)
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(line)
    return 0
