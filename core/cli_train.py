"""`python main.py train FILE [--epochs N] [--out FILE] [--quiet]`: headless training.

Trains N more epochs from the epoch stored in FILE (so 20 then 10 more equals 30 in one
go, bit for bit: the optimizer and RNG state travel in the file), shows a progress bar on
stderr, prints the final losses, and writes the trained network atomically to --out.
Bad input exits 2 with one line on stderr and no traceback.
"""

from __future__ import annotations

import sys
import time

from core import experiment, netfile
from core.cli_common import UsageError, existing_file, load_document, output_file, progress_bar
from core.training import train


def _progress(done: int, total: int, loss, started: float) -> None:
    rate = done / max(time.perf_counter() - started, 1e-9)
    loss_text = "" if loss is None else f" loss {loss:.4g}"
    progress_bar("", done, total)
    sys.stderr.write(f" epochs{loss_text} ({rate:,.0f} epochs/s) ")
    sys.stderr.flush()


def _load(path: str) -> experiment.Experiment:
    p = existing_file(path)
    exp = experiment.Experiment(load_document(p), base_dir=p.parent)
    try:
        exp.trainer()
        return exp
    except netfile.NetFileError as e:
        raise UsageError(f"{path}: {e}") from None


def run(path: str, epochs: int, out: str | None, quiet: bool) -> dict:
    """Train and save; returns the final metrics. Raises UsageError on bad input."""
    if epochs < 0:
        raise UsageError(f"--epochs must be >= 0, got {epochs}")
    if out is not None:
        output_file(out)
    exp = _load(path)
    doc, trainer = exp.doc, exp.trainer()
    started, last_draw, snap = time.perf_counter(), 0.0, None
    # Evaluating every epoch of a long run would cost as much as training it.
    report_every = max(1, epochs // 200)
    for snap in train(trainer, epochs, report_every=report_every):
        now = time.perf_counter()
        if not quiet and (now - last_draw > 0.1 or trainer.epoch == doc.training["epoch"] +
                          epochs):
            _progress(snap.epoch - doc.training["epoch"], epochs, snap.train_loss, started)
            last_draw = now
        if snap.stopped:
            break
    if not quiet and epochs:
        sys.stderr.write("\n")
    metrics = trainer.evaluate(record=snap is None)
    if snap is not None and snap.stopped:
        print(snap.stopped, file=sys.stderr)
    if out is not None:
        try:
            netfile.save(exp.document(), out)
        except OSError as e:
            raise UsageError(f"--out {out}: cannot write ({e.strerror or e})") from None
    return metrics


def format_metrics(m: dict) -> str:
    parts = [f"epoch {m['epoch']}"]
    for part in ("train", "test"):
        if m.get(f"{part}_loss") is not None:
            parts.append(f"{part} loss {m[f'{part}_loss']:.6g}")
        if m.get(f"{part}_accuracy") is not None:
            parts.append(f"{part} accuracy {100 * m[f'{part}_accuracy']:.1f} %")
    return ", ".join(parts)


def main(args) -> int:
    """args: namespace with file, epochs, out, quiet (from main.py's parser)."""
    try:
        metrics = run(args.file, int(args.epochs), args.out, bool(args.quiet))
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(format_metrics(metrics))
    return 0
