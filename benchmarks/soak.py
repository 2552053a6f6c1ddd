"""`python -m benchmarks.soak [--steps N]`: a long live run, to show memory stays flat.

The real main window (offscreen) trains the default network with every view live for
``N`` mini-batch steps (10^6 by default: about a minute at full speed), with the One
sample and Neuron health panels open too. The resident memory of the process is read
every second; after a warm-up (the first 10 % of the steps, when caches and the loss
history's first blocks fill) it must stay flat. Prints figures in the benchmark format.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from benchmarks.core_figures import Figure  # noqa: E402

GROWTH_TARGET_MB = 20.0


def rss_mb() -> float:
    """Resident set size of this process now (Linux /proc; else the peak from resource)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _open_panels(window) -> None:
    for name in ("sampleDock", "healthDock"):
        dock = next((d for d in window.tool_docks if d.objectName() == name), None)
        if dock is not None:
            window.show_panel(dock)


def run(steps: int = 10**6) -> list[Figure]:
    from PySide6.QtCore import QEventLoop, QTimer

    from gui.app import application, dispose
    from gui.main_window import MainWindow

    app = application()
    window = MainWindow(remember_layout=False)
    window.resize(1600, 1000)
    window.show()
    _open_panels(window)
    app.processEvents()
    samples: list[tuple[int, float]] = []
    loop = QEventLoop()

    def sample() -> None:
        trainer = window.document.experiment.current_trainer
        done = trainer.step_count if trainer is not None else 0
        samples.append((done, rss_mb()))
        if done >= steps or not window.controller.running:
            loop.quit()

    probe = QTimer()
    probe.timeout.connect(sample)
    probe.start(1000)
    start = time.perf_counter()
    window.controller.play()
    loop.exec()
    probe.stop()
    elapsed = time.perf_counter() - start
    window.controller.pause()
    done = window.document.experiment.current_trainer.step_count
    epochs = window.controller.epoch
    dispose(window, discard_changes=True)
    warm = [mb for n, mb in samples if n >= steps // 10] or [samples[-1][1]]
    growth = max(warm) - warm[0]
    return [
        Figure("soak_steps", done, "steps", f">= {steps}"),
        Figure("soak_epochs", epochs, "epochs"),
        Figure("soak_seconds", elapsed, "s"),
        Figure("soak_rss_after_warmup", warm[0], "MB"),
        Figure("soak_rss_end", samples[-1][1], "MB"),
        Figure("soak_rss_growth_after_warmup", growth, "MB", f"<= {GROWTH_TARGET_MB:g}"),
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.soak",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=10**6)
    args = parser.parse_args(argv)
    figures = run(args.steps)
    for figure in figures:
        print(figure.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
