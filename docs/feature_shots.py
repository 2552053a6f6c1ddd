"""Screenshots for the user guide that the other scripts do not take (run by
make-images.sh): ``python docs/feature_shots.py OUT_DIR``.

- settings.png: the "Data and training" panel beside a trained network;
- csv-import.png: the CSV import dialog on a small file with a text column;
- one-sample.png: the One sample panel on the default network, normal (not projection) mode;
- activation-overview.png: the activation functions overview, opened at ReLU's card;
- draw-data.png: a ring and a blob drawn on the Map (Draw Data), trained, tools shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gui.app import application, dispose  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402

CSV = """height,weight,sport,level
1.62,55.1,judo,beginner
1.80,81.0,rowing,expert
1.75,70.2,judo,expert
1.68,62.5,chess,beginner
1.91,95.3,rowing,expert
1.59,50.0,chess,beginner
"""


def _window(app):
    window = MainWindow(remember_layout=False)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    return window


def _train(app, window, epochs: int) -> None:
    for _ in range(epochs):
        window.controller.step_epoch()
    app.processEvents()


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = application()

    window = _window(app)
    _train(app, window, 60)
    window.settings_dock.raise_()
    window.live.redraw()
    app.processEvents()
    window.grab().save(str(out / "settings.png"))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "athletes.csv"
        path.write_text(CSV, encoding="utf-8")
        dialog = window.settings_panel.open_csv_dialog()
        dialog.set_path(path)
        dialog.resize(900, 640)
        app.processEvents()
        dialog.grab().save(str(out / "csv-import.png"))
        dialog.reject()
    dispose(window, discard_changes=True)

    window = _window(app)
    _train(app, window, 30)
    window.sample_action.trigger()
    panel = window.sample_explainer
    panel.recompute()
    panel.go_next()
    app.processEvents()
    window.live.redraw()
    app.processEvents()
    window.grab().save(str(out / "one-sample.png"))
    dispose(window, discard_changes=True)
    overview_shot(app, out)
    draw_shot(app, out)
    print(f"wrote settings.png, csv-import.png, one-sample.png, activation-overview.png and "
          f"draw-data.png in {out}")


def overview_shot(app, out: Path) -> None:
    """The overview as a click on the palette's ReLU entry opens it."""
    window = _window(app)
    window.palette.setCurrentRow(window.palette.names().index("relu"))   # as clicked
    window.overview_opener.show("relu")
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "activation-overview.png"))
    dispose(window, discard_changes=True)


def draw_shot(app, out: Path) -> None:
    """Draw Data on: a blob of class 1 in a ring of class 0, sprayed as the tool sprays
    (one undo step each), then 150 epochs."""
    import math

    import numpy as np

    from core import drawn

    window = _window(app)
    window.drawing.action.trigger()
    data = window.document.data()
    X, y = drawn.points(data)
    centres = [((0.8 * i, 0.8 * j), 1) for i in (-1, 0, 1) for j in (-1, 0, 1)] + \
        [((4.5 * math.cos(a * math.pi / 12), 4.5 * math.sin(a * math.pi / 12)), 0)
         for a in range(24)]
    for centre, k in centres:
        P = drawn.spray(centre, drawn.extent_of(data), drawn.spray_rng(len(X)))
        X, y = np.vstack([X, P]), np.concatenate([y, [k] * len(P)])
    window.drawing.tool.commit(drawn.with_points(data, X, y), "Spray the ring")
    _train(app, window, 150)
    window.live.redraw()
    app.processEvents()
    window.grab().save(str(out / "draw-data.png"))
    dispose(window, discard_changes=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
