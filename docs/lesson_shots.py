"""Screenshots of every lesson in projection mode, as a teacher would show it (run by
make-images.sh): ``python docs/lesson_shots.py OUT_DIR [SIZE]``.

Projection mode is turned on (without full screen, at SIZE, default 1600x1000), each lesson
is opened through the Lessons menu's own code path, the lesson is trained for the epochs
its notes talk about, and the step the notes point at is shown (the one-sample panel on the
softmax step, the brightness slider at -2, the trials run). Writes OUT_DIR/lesson-NN.png.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gui import lessons  # noqa: E402
from gui.app import application, dispose  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402

# lesson file -> epochs to train before the picture (what its notes describe)
EPOCHS = {"01_one_neuron": 0, "02_coffee_roasting": 150, "03_why_nonlinear": 100,
          "03b_why_nonlinear_tanh": 40, "04_dead_relu": 50, "04b_dead_relu_leaky": 50,
          "05_flat_tails": 100, "05b_flat_tails_tanh": 30, "06_prelu_alpha": 100,
          "07_softmax": 5, "08_digits_brightness": 30, "08b_digits_not_normalised": 30,
          "09_how_many_neurons": 0}


def _wait(app, condition, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while not condition() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def _train(app, window, epochs: int) -> None:
    for _ in range(epochs):
        window.controller.step_epoch()      # every snapshot reaches every view
    app.processEvents()


def _explain_step(window, words: str) -> None:
    """Step the one-sample panel forward to the first step whose title has ``words``."""
    panel = window.sample_explainer
    panel.recompute()
    for _ in range(200):
        step = panel.current_step()
        if step is None or words.lower() in step.title.lower():
            return
        panel.go_next()


def _extra(app, window, name: str) -> None:
    if name == "01_one_neuron":
        _explain_step(window, "a =")
    elif name == "07_softmax":
        _explain_step(window, "softmax")
    elif name.startswith("08"):
        window.data_views.adjust.set_values(-2, 1.0)
        window.data_views.setCurrentWidget(window.data_views.samples)
    elif name == "09_how_many_neurons":
        trials = window.trials_panel
        trials.run()
        _wait(app, lambda: trials.runner.running, 5)
        _wait(app, lambda: not trials.runner.running, 300)


def shoot(name: str, out: Path, size: tuple[int, int]) -> Path:
    app = application()
    window = MainWindow(remember_layout=False)
    window.resize(*size)
    window.show()
    app.processEvents()
    window.set_presentation(True)           # the teacher is projecting already
    app.processEvents()
    assert window.lessons.open_lesson(lessons.LESSONS_DIR / f"{name}.nsnet")
    app.processEvents()
    _train(app, window, EPOCHS.get(name, 20))
    _extra(app, window, name)
    window.live.redraw()
    _wait(app, lambda: False, 0.5)
    path = out / f"lesson-{name.split('_')[0]}.png"
    window.grab().save(str(path))
    window.set_presentation(False)
    dispose(window, discard_changes=True)
    return path


def main(out_dir: str, size: str = "1600x1000") -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    w, h = (int(v) for v in size.split("x"))
    for entry in lessons.find_lessons():
        print(f"wrote {shoot(entry.path.stem, out, (w, h))}", flush=True)


if __name__ == "__main__":
    main(*(sys.argv[1:] or ["docs/images/lessons"]))
