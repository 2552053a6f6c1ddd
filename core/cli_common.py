"""What every `main.py` sub-command shares: the one-line usage error, checking the file to
read and the file to write, reading a network file, a WxH size and a progress bar on
stderr. Qt-free, so bad arguments are reported
before any command loads Qt."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from core import netfile

BAR_WIDTH = 30


class UsageError(Exception):
    """Bad arguments or input: one line for stderr, exit status 2."""


def existing_file(name: str) -> Path:
    """The file ``name`` names; UsageError when there is none."""
    path = Path(name)
    if not path.is_file():
        raise UsageError(f"{name}: no such file")
    return path


def output_file(name: str, option: str = "--out") -> Path:
    """The file ``name`` to write; UsageError when it is a folder or its folder is missing
    (said before any work, not after it)."""
    out = Path(name)
    if out.is_dir():
        raise UsageError(f"{option} {name}: is a folder; give a file name")
    if not out.parent.is_dir():
        raise UsageError(f"{option} {name}: folder {out.parent} does not exist")
    return out


def load_document(path: Path) -> netfile.Document:
    """The network file at ``path``; UsageError naming the file and the problem (netfile.load
    reports an unreadable file as a NetFileError too)."""
    try:
        return netfile.load(path)
    except netfile.NetFileError as e:
        raise UsageError(f"{path}: {e}") from None


def parse_size(text: str, example: str, sides: tuple[int, int],
               option: str = "--size") -> tuple[int, int]:
    """'1280x720' -> (1280, 720); UsageError for anything else or a side outside
    ``sides`` (lowest, highest) pixels."""
    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX]\s*(\d{1,5})\s*", text or "")
    if not match:
        raise UsageError(f"{option} {text!r}: expected WIDTHxHEIGHT, e.g. {example}")
    w, h = int(match[1]), int(match[2])
    low, high = sides
    if not (low <= w <= high and low <= h <= high):
        raise UsageError(f"{option} {text}: each side must be {low} to {high} pixels")
    return w, h


def progress_bar(label: str, done: int, total: int) -> None:
    """Redraw a one-line bar on stderr: ``label [#####.....] done/total``."""
    filled = BAR_WIDTH * done // max(total, 1)
    sys.stderr.write(f"\r{label}[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}")
    sys.stderr.flush()
