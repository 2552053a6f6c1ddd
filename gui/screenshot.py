"""`python main.py screenshot FILE --out PNG [--size WxH] [--presentation]`.

Renders the main window offscreen with FILE open and saves it as a PNG. Bad input exits 2
with one line on stderr.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core import cli_common
from core.cli_common import UsageError

DEFAULT_SIZE = "1600x1000"
MIN_SIDE, MAX_SIDE = 200, 8000


def parse_size(text: str) -> tuple[int, int]:
    """'1600x1000' -> (1600, 1000); raises UsageError for anything else."""
    return cli_common.parse_size(text, DEFAULT_SIZE, (MIN_SIDE, MAX_SIDE))


def _check_paths(file: str, out: str) -> tuple[Path, Path]:
    return cli_common.existing_file(file), cli_common.output_file(out)


def open_window(path: Path, size: tuple[int, int], presentation: bool):
    """(app, window): ``path`` open in a main window of ``size``, shown offscreen, in
    projection mode (at that size, not full screen) when ``presentation``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    document = cli_common.load_document(path)
    from gui.app import application
    from gui.main_window import MainWindow

    app = application()
    window = MainWindow(document, path, remember_layout=False)
    window.resize(*size)
    window.show()
    app.processEvents()
    if presentation:
        window.set_presentation(True, full_screen=False)
        app.processEvents()
    return app, window


def render(path: Path, out: Path, size: tuple[int, int], presentation: bool) -> None:
    """Load ``path``, show it in a main window of ``size`` offscreen and save ``out``."""
    from gui.app import dispose, quiet_offscreen_notices

    quiet_offscreen_notices()       # a command of its own: its output is the one line
    app, window = open_window(path, size, presentation)
    window.live.redraw()          # the maps and plots now, not at the next timer tick
    app.processEvents()
    pixmap = window.grab()
    dispose(window, discard_changes=True)
    tmp = out.with_name(f".{out.name}.part")
    if not pixmap.save(str(tmp), "PNG"):
        tmp.unlink(missing_ok=True)
        raise UsageError(f"--out {out}: cannot write")
    os.replace(tmp, out)


def main(args) -> int:
    """args: namespace with file, out, size, presentation (from main.py's parser)."""
    try:
        size = parse_size(args.size or DEFAULT_SIZE)
        path, out = _check_paths(args.file, args.out)
        render(path, out, size, bool(args.presentation))
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"wrote {out} ({size[0]}x{size[1]})")
    return 0
