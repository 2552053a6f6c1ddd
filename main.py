#!/usr/bin/env python3
"""Neuron Studio's entry point.

    python main.py [FILE]                                  the app (a default network if no FILE)
    python main.py train FILE [--epochs N] [--out FILE] [--quiet]
    python main.py screenshot FILE --out PNG [--size WxH] [--presentation]
    python main.py handout FILE --out PDF [--page a4|letter] [--epochs N]
    python main.py record FILE --epochs N --out VIDEO [--view V] [--size WxH] [--fps F]
                   [--frames K] [--quiet]

Bad arguments exit 2 with one line on stderr. Qt is imported only by the commands that use it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# One BLAS thread, before NumPy loads: on these small matrices OpenBLAS's thread pool made a
# 100x100 grid of neuron maps 7x slower, and it would fight the GUI for the two cores.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

COMMANDS = ("train", "screenshot", "handout", "record")
VIEWS = ("window", "stage", "map", "loss", "network")   # gui.recording.capture.VIEWS
DEFAULT_EPOCHS = 100


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr (exit 2), not the usage text."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def app_parser() -> Parser:
    p = Parser(prog="main.py", description="Neuron Studio: build, train and watch small "
               "neural networks.",
               epilog="other commands: 'main.py train --help', 'main.py screenshot --help', "
               "'main.py handout --help', 'main.py record --help'")
    p.add_argument("file", nargs="?", metavar="FILE", help="network file (.nsnet) to open")
    return p


def train_parser() -> Parser:
    p = Parser(prog="main.py train", description="Train a network file without the GUI.")
    p.add_argument("file", metavar="FILE", help="network file (.nsnet)")
    p.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS, metavar="N",
                   help=f"epochs to train on top of those in FILE (default {DEFAULT_EPOCHS})")
    p.add_argument("--out", metavar="FILE", help="write the trained network here (atomically)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def screenshot_parser() -> Parser:
    p = Parser(prog="main.py screenshot",
               description="Render the main window with FILE open to a PNG, offscreen.")
    p.add_argument("file", metavar="FILE", help="network file (.nsnet)")
    p.add_argument("--out", required=True, metavar="PNG", help="PNG file to write")
    p.add_argument("--size", default="1600x1000", metavar="WxH",
                   help="window size in pixels (default 1600x1000)")
    p.add_argument("--presentation", action="store_true",
                   help="projection mode: large text, light theme")
    return p


def handout_parser() -> Parser:
    p = Parser(prog="main.py handout",
               description="Write a printable handout of FILE (title, notes, network, Map, "
                           "loss curves, exact settings) as a PDF, offscreen.")
    p.add_argument("file", metavar="FILE", help="network file (.nsnet)")
    p.add_argument("--out", required=True, metavar="PDF", help="PDF file to write (atomically)")
    p.add_argument("--page", choices=("a4", "letter"), type=str.lower,
                   help="page size (default: Letter in the US and Canada, else A4)")
    p.add_argument("--epochs", type=int, default=0, metavar="N",
                   help="train N epochs on top of those in FILE first (default 0)")
    return p


def record_parser() -> Parser:
    p = Parser(prog="main.py record",
               description="Train FILE offscreen and record a view of the window as it "
               "learns, as an animated GIF or a video (.gif, .mp4 or .webm by --out's name).",
               epilog="The video has min(K, N + 1) frames; frame i shows the network after "
               "round(i * N / (frames - 1)) epochs.")
    p.add_argument("file", metavar="FILE", help="network file (.nsnet)")
    p.add_argument("--epochs", type=int, required=True, metavar="N",
                   help="epochs to train while recording, on top of those in FILE")
    p.add_argument("--out", required=True, metavar="VIDEO",
                   help="the file to write: .gif, .mp4 or .webm (atomically)")
    p.add_argument("--view", default="window", choices=VIEWS,
                   help="what to record (default: window); stage: projection mode's stage")
    p.add_argument("--size", metavar="WxH", help="the video's size (window and stage: the "
                   "window's; default 1280x720); others: drawn to fit (default: its own)")
    p.add_argument("--fps", type=float, default=10, metavar="F",
                   help="frames per second of the video (default 10)")
    p.add_argument("--frames", type=int, default=50, metavar="K",
                   help="frames in the video, at most N + 1 (default 50)")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # An optional FILE and sub-commands do not mix in one argparse parser: pick by hand.
    command = argv[0] if argv and argv[0] in COMMANDS else None
    try:
        if command == "train":
            args = train_parser().parse_args(argv[1:])
            from core import cli_train

            return cli_train.main(args)
        if command == "screenshot":
            args = screenshot_parser().parse_args(argv[1:])
            from gui import screenshot

            return screenshot.main(args)
        if command == "handout":
            args = handout_parser().parse_args(argv[1:])
            from gui.handout import cli

            return cli.main(args)
        if command == "record":
            args = record_parser().parse_args(argv[1:])
            from gui.recording import cli

            return cli.main(args)
        args = app_parser().parse_args(argv)
        if args.file and not Path(args.file).is_file():
            print(f"main.py: error: {args.file}: no such file", file=sys.stderr)
            return 2
        from gui import app

        return app.run(args.file)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
