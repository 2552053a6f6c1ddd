"""`python -m benchmarks [--json FILE] [--quick]`: speed figures, one line each.

Each line reads ``NAME: VALUE UNIT (target: OP NUMBER)``. Absolute targets come from the
issues; because these machines are noisy and differ, every figure that has one is also
given relative to a plain NumPy reference measured in the same run (``*_vs_reference``).
A figure with a target ends in PASS or FAIL. Nothing here asserts: the figures are for
people to read and compare.

``--only gui`` runs the live-training figures: the main window's and projection mode's
(``--only projection`` just the latter, on a 1920x1080 offscreen screen).
"""

from __future__ import annotations

import os

# One BLAS thread: on these tiny matrices a thread pool costs more than it saves.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402

from benchmarks import core_figures, gui_figures, projection_figures  # noqa: E402

GROUPS = {"core": (core_figures,), "gui": (gui_figures, projection_figures),
          "projection": (projection_figures,)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--quick", action="store_true",
                        help="shorter measurements (noisier), for a smoke test")
    parser.add_argument("--only", choices=tuple(GROUPS),
                        help="just the core figures, just the live-training ones (main "
                             "window and projection mode), or just projection mode")
    args = parser.parse_args(argv)
    figures = []
    groups = [core_figures, gui_figures, projection_figures] if args.only is None \
        else GROUPS[args.only]
    for figure in (f for group in groups for f in group.run(quick=args.quick)):
        figures.append(figure)
        print(figure.line(), flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump([fig.as_dict() for fig in figures], f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
