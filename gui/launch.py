"""The command line of ``neuron-studio`` and ``python main.py`` (one function, ``main``).

    neuron-studio [FILE] [--new-instance]                  the app (a default network if no FILE)
    neuron-studio --install-desktop | --uninstall-desktop  the menu entry and .nsnet type (Linux)
    neuron-studio train FILE [--epochs N] [--out FILE] [--quiet]
    neuron-studio screenshot FILE --out PNG [--size WxH] [--presentation]
    neuron-studio handout FILE --out PDF [--page a4|letter] [--epochs N]
    neuron-studio record FILE --epochs N --out VIDEO [--view V] [--size WxH] [--fps F]
                  [--frames K] [--quiet]

Bad arguments exit 2 with one line on stderr. Qt is imported only by the commands that use it
(this module imports neither Qt nor NumPy). While the app runs, ``neuron-studio FILE`` hands
FILE to it (``gui.single_instance``) and exits 0; the sub-commands always run on their own.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys
from pathlib import Path

# One BLAS thread, before NumPy loads: on these small matrices OpenBLAS's thread pool made a
# 100x100 grid of neuron maps 7x slower, and it would fight the GUI for the two cores.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

COMMANDS = ("train", "screenshot", "handout", "record")
DEFAULT_EPOCHS = 100
DEFAULT_PROG = "neuron-studio"


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr (exit 2), not the usage text."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def program_name() -> str:
    """How the person called us: ``main.py`` or ``neuron-studio`` (its usage says so)."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return name if name in ("main.py", "neuron-studio", "neuron-studio.exe") else DEFAULT_PROG


def app_parser(prog: str) -> Parser:
    p = Parser(prog=prog, description="Neuron Studio: build, train and watch small "
               "neural networks.",
               epilog=f"other commands: '{prog} train --help', '{prog} screenshot --help', "
               f"'{prog} handout --help', '{prog} record --help'")
    p.add_argument("file", nargs="?", metavar="FILE", help="network file (.nsnet) to open")
    p.add_argument("--new-instance", action="store_true",
                   help="start a separate app, even when Neuron Studio is already running "
                   "(by default FILE opens in a new window of the running app)")
    desktop = p.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="Linux: add Neuron Studio to the applications menu for you and "
                         "make .nsnet files open with it (their own icon and type)")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="Linux: remove what --install-desktop wrote")
    return p


def train_parser(prog: str) -> Parser:
    p = Parser(prog=f"{prog} train", description="Train a network file without the GUI.")
    p.add_argument("file", metavar="FILE", help="network file (.nsnet)")
    p.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS, metavar="N",
                   help=f"epochs to train on top of those in FILE (default {DEFAULT_EPOCHS})")
    p.add_argument("--out", metavar="FILE", help="write the trained network here (atomically)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def screenshot_parser(prog: str) -> Parser:
    p = Parser(prog=f"{prog} screenshot",
               description="Render the main window with FILE open to a PNG, offscreen.")
    p.add_argument("file", metavar="FILE", help="network file (.nsnet)")
    p.add_argument("--out", required=True, metavar="PNG", help="PNG file to write")
    from gui.screenshot import DEFAULT_SIZE  # no Qt at import

    p.add_argument("--size", default=DEFAULT_SIZE, metavar="WxH",
                   help=f"window size in pixels (default {DEFAULT_SIZE})")
    p.add_argument("--presentation", action="store_true",
                   help="projection mode: large text, light theme")
    return p


def handout_parser(prog: str) -> Parser:
    p = Parser(prog=f"{prog} handout",
               description="Write a printable handout of FILE (title, notes, network, Map, "
                           "loss curves, exact settings) as a PDF, offscreen.")
    p.add_argument("file", metavar="FILE", help="network file (.nsnet)")
    p.add_argument("--out", required=True, metavar="PDF", help="PDF file to write (atomically)")
    p.add_argument("--page", choices=("a4", "letter"), type=str.lower,
                   help="page size (default: Letter in the US and Canada, else A4)")
    p.add_argument("--epochs", type=int, default=0, metavar="N",
                   help="train N epochs on top of those in FILE first (default 0)")
    return p


def record_parser(prog: str) -> Parser:
    p = Parser(prog=f"{prog} record",
               description="Train FILE offscreen and record a view of the window as it "
               "learns, as an animated GIF or a video (.gif, .mp4 or .webm by --out's name).",
               epilog="The video has min(K, N + 1) frames; frame i shows the network after "
               "round(i * N / (frames - 1)) epochs.")
    p.add_argument("file", metavar="FILE", help="network file (.nsnet)")
    p.add_argument("--epochs", type=int, required=True, metavar="N",
                   help="epochs to train while recording, on top of those in FILE")
    p.add_argument("--out", required=True, metavar="VIDEO",
                   help="the file to write: .gif, .mp4 or .webm (atomically)")
    # no Qt: bad arguments exit before it loads
    from gui.recording import DEFAULT_FPS, DEFAULT_FRAMES, VIEWS

    p.add_argument("--view", default="window", choices=VIEWS,
                   help="what to record (default: window); stage: projection mode's stage")
    p.add_argument("--size", metavar="WxH", help="the video's size (window and stage: the "
                   "window's; default 1280x720); others: drawn to fit (default: its own)")
    p.add_argument("--fps", type=float, default=DEFAULT_FPS, metavar="F",
                   help=f"frames per second of the video (default {DEFAULT_FPS})")
    p.add_argument("--frames", type=int, default=DEFAULT_FRAMES, metavar="K",
                   help=f"frames in the video, at most N + 1 (default {DEFAULT_FRAMES})")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    return p


def run_command(command: str, argv: list[str], prog: str) -> int:
    """One of COMMANDS, never handed to a running app."""
    if command == "train":
        args = train_parser(prog).parse_args(argv)
        from core import cli_train

        return cli_train.main(args)
    if command == "screenshot":
        args = screenshot_parser(prog).parse_args(argv)
        from gui import screenshot

        return screenshot.main(args)
    if command == "handout":
        args = handout_parser(prog).parse_args(argv)
        from gui.handout import cli

        return cli.main(args)
    args = record_parser(prog).parse_args(argv)
    from gui.recording import cli

    return cli.main(args)


def run_app(argv: list[str], prog: str) -> int:
    """The app with an optional FILE: in the running app when there is one, else here."""
    args = app_parser(prog).parse_args(argv)
    if args.install_desktop or args.uninstall_desktop:
        if args.file:
            print(f"{prog}: error: FILE does not go with --install-desktop or "
                  "--uninstall-desktop", file=sys.stderr)
            return 2
        from gui import desktop_entry

        return desktop_entry.main(args.install_desktop, prog)
    if args.file and not Path(args.file).is_file():
        print(f"{prog}: error: {args.file}: no such file", file=sys.stderr)
        return 2
    path = str(Path(args.file).resolve()) if args.file else None
    from gui import single_instance

    if not args.new_instance and single_instance.hand_over(path):
        return 0
    from gui import app

    return app.run(path, serve=not args.new_instance)


def without_process_serial(argv: list[str], platform: str = sys.platform) -> list[str]:
    """``argv`` less the ``-psn_0_12345`` that older macOS versions add when Finder starts
    an .app (the documents come as QFileOpenEvents: gui.app.Application); argparse would
    refuse it and the app would not start."""
    if platform != "darwin":
        return argv
    return [a for a in argv if not a.startswith("-psn_")]


def report_crashes(stream=None) -> bool:
    """Python's faulthandler on ``stream`` (default: stderr): a crash inside Qt (a segfault
    in libQt6Core once left no trace) then prints every thread's Python stack, which a
    desktop session logs (journalctl, ~/.xsession-errors) and a terminal shows. False when
    there is no stream to write to (a windowed app on Windows has no stderr)."""
    stream = sys.stderr if stream is None else stream
    try:
        faulthandler.enable(file=stream, all_threads=True)
    except (AttributeError, ValueError, RuntimeError, OSError):   # None, or no fileno
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` (default: ``sys.argv[1:]``) and run it; returns the exit code. The
    ``neuron-studio`` command's entry point (pyproject.toml) and what main.py calls."""
    report_crashes()
    argv = without_process_serial(sys.argv[1:] if argv is None else list(argv))
    prog = program_name()
    # An optional FILE and sub-commands do not mix in one argparse parser: pick by hand.
    try:
        if argv and argv[0] in COMMANDS:
            return run_command(argv[0], argv[1:], prog)
        return run_app(argv, prog)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":      # python -m gui.launch
    sys.exit(main())
