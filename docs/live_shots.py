"""Screenshots of the real window while it trains, for the docs (run by make-images.sh).

``python docs/live_shots.py OUT_DIR`` plays the default network for a few seconds and
grabs the window mid-run with a hidden neuron selected, then makes training blow up with
learning rate 10 and grabs the banner that offers the fix.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import netfile  # noqa: E402
from core.network import Network  # noqa: E402
from gui.app import application, dispose  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402


def _run_for(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def main(out_dir: str) -> None:
    out = Path(out_dir)
    app = application()
    window = MainWindow(remember_layout=False)
    window.resize(1600, 1000)
    window.show()
    window.editor.select(("neuron", 0, 1))
    window.controller.play()
    _run_for(app, 4.0)
    window.grab().save(str(out / "live-training.png"))
    window.controller.pause()
    dispose(window, discard_changes=True)

    doc = netfile.default_document()
    doc.data = {"source": "builtin", "name": "plane", "samples": 200, "noise": 0.0, "seed": 1}
    doc.network = Network(["x1", "x2"], [["relu"] * 8, ["linear"]], loss="mse", seed=1)
    doc.training["learning_rate"] = 10.0
    window = MainWindow(doc, remember_layout=False)
    window.resize(1600, 1000)
    window.show()
    window.controller.play()
    _run_for(app, 2.0)
    window.grab().save(str(out / "divergence-banner.png"))
    dispose(window, discard_changes=True)
    print(f"wrote {out / 'live-training.png'} and {out / 'divergence-banner.png'}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
