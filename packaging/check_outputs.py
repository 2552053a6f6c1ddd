"""Checks of the files the bundle wrote in the smoke test (packaging/build_linux.sh and
.github/workflows/bundles.yml). Run by the build venv's Python, never by the bundle.

    check_outputs.py png FILE WIDTH HEIGHT   the size, and not blank (many colours, contrast)
    check_outputs.py nsnet FILE EPOCH        a network file trained to EPOCH
    check_outputs.py mp4 FILE                an MP4 (ftyp box) of some size
    check_outputs.py pdf FILE                a PDF with at least one page

Prints "ok: ..." and exits 0, or prints what is wrong and exits 1.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def check_png(path: Path, width: str, height: str) -> str:
    from PIL import Image, ImageStat

    with Image.open(path) as image:
        if image.format != "PNG":
            raise ValueError(f"not a PNG but {image.format}")
        if image.size != (int(width), int(height)):
            raise ValueError(f"{image.size[0]}x{image.size[1]}, expected {width}x{height}")
        rgb = image.convert("RGB")
        colours = len(rgb.getcolors(maxcolors=1 << 20) or ())
        spread = max(ImageStat.Stat(rgb).stddev)
    # A window with text, plots and a network has thousands of colours and strong contrast;
    # a blank or single-colour render has one or two and no spread.
    if colours < 100 or spread < 20:
        raise ValueError(f"looks blank: {colours} colours, standard deviation {spread:.1f}")
    return f"{width}x{height} PNG, {colours} colours, standard deviation {spread:.0f}"


def check_nsnet(path: Path, epoch: str) -> str:
    doc = json.loads(path.read_text(encoding="utf-8"))
    if doc.get("format") != "neuron-studio-network":
        raise ValueError(f"format is {doc.get('format')!r}")
    reached = doc.get("training", {}).get("epoch")
    if reached != int(epoch):
        raise ValueError(f"training.epoch is {reached!r}, expected {epoch}")
    last = doc["history"]["epoch"][-1]
    if last != int(epoch):
        raise ValueError(f"history ends at epoch {last}, expected {epoch}")
    return f"network trained to epoch {reached}"


def check_mp4(path: Path) -> str:
    head = path.read_bytes()[:12]
    if head[4:8] != b"ftyp":
        raise ValueError(f"no MP4 ftyp box: {head!r}")
    return f"MP4, {path.stat().st_size} bytes"


def check_pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise ValueError("not a complete PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))   # not /Pages
    if pages < 1:
        raise ValueError("no page in the PDF")
    return f"PDF, {pages} page(s), {len(data)} bytes"


CHECKS = {"png": check_png, "nsnet": check_nsnet, "mp4": check_mp4, "pdf": check_pdf}


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in CHECKS:
        print(__doc__, file=sys.stderr)
        return 2
    kind, path = argv[0], Path(argv[1])
    try:
        if not path.is_file() or path.stat().st_size == 0:
            raise ValueError("missing or empty")
        message = CHECKS[kind](path, *argv[2:])
    except (OSError, ValueError, KeyError, IndexError, TypeError) as e:
        print(f"{kind} {path}: {e}", file=sys.stderr)
        return 1
    print(f"ok: {path.name}: {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
