"""`python main.py handout FILE --out PDF [--page a4|letter] [--epochs N]`.

Trains N epochs first (default 0: the file as it is), then writes the handout offscreen,
atomically. Bad input exits 2 with one line on stderr, and nothing is written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.cli_common import UsageError, existing_file, load_document, output_file

MAX_EPOCHS = 1_000_000


def _check(args) -> tuple[Path, Path, int]:
    path, epochs = existing_file(args.file), int(args.epochs)
    if Path(args.out).suffix.lower() != ".pdf":
        raise UsageError(f"--out {args.out}: the file name must end in .pdf")
    out = output_file(args.out)
    if not 0 <= epochs <= MAX_EPOCHS:
        raise UsageError(f"--epochs must be 0 to {MAX_EPOCHS}, got {epochs}")
    return path, out, epochs


def _document(path: Path, epochs: int):
    """The file's document, trained ``epochs`` more epochs (as ``main.py train``)."""
    from core import experiment, netfile
    from core.training import TrainingError, train

    doc = load_document(path)
    if epochs == 0:
        return doc
    exp = experiment.Experiment(doc, base_dir=path.parent)
    try:
        trainer = exp.trainer()
        for snap in train(trainer, epochs, report_every=max(1, epochs // 200)):
            if snap.stopped:
                print(snap.stopped, file=sys.stderr)
                break
    except (netfile.NetFileError, TrainingError, ValueError) as e:
        raise UsageError(f"{path}: cannot train ({e})") from None
    return exp.document()


def run(args) -> tuple[Path, int]:
    """Write the handout; (out, pages). Raises UsageError on bad input."""
    path, out, epochs = _check(args)
    doc = _document(path, epochs)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import application, quiet_offscreen_notices
    from gui.handout import content
    from gui.handout.menu import locale_page

    quiet_offscreen_notices()
    application()
    page = args.page or locale_page()
    try:
        pages = content.write(content.HandoutSource(doc, path, path.name), page, out)
    except OSError as e:
        raise UsageError(f"--out {out}: cannot write ({e.strerror or e})") from None
    return out, pages


def main(args) -> int:
    """args: namespace with file, out, page, epochs (from main.py's parser)."""
    try:
        out, pages = run(args)
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"wrote {out} ({pages} page{'' if pages == 1 else 's'})")
    return 0
