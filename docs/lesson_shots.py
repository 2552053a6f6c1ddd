"""Screenshots of every lesson in projection mode, as a teacher would show it (run by
make-images.sh): ``python docs/lesson_shots.py OUT_DIR [WxH ...]``.

For each size (default 1280x720 and 1024x768, two common projectors) the script runs
itself on an offscreen screen of exactly that size (Qt's offscreen platform reads the
screen from a JSON file), turns projection mode on (full screen: the window takes the
screen), opens each lesson through the Lessons menu's own code path, trains it for the
epochs its notes talk about and shows the step the notes point at (the seed's person typed
in One neuron's one-sample panel, that panel on the softmax step, the trials run and the
brightness slider at -2). Writes
OUT_DIR/WxH/lesson-NN.png, and OUT_DIR/presenter-*.png: the presenter view on a laptop
and a 1280x720 projector.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ("1280x720", "1024x768")
if __name__ == "__main__" and os.environ.get("LESSON_SHOTS_CHILD") != "1":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))

from gui import lessons  # noqa: E402
from gui.app import application, dispose  # noqa: E402
from gui.explainer.picker import OWN  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402

# lesson file -> epochs to train before the picture (what its notes describe)
EPOCHS = {"01_one_neuron": 0, "02_coffee_roasting": 150, "03_why_nonlinear": 100,
          "03b_why_nonlinear_tanh": 40, "04_dead_relu": 50, "04b_dead_relu_leaky": 50,
          "05_flat_tails": 50, "05b_flat_tails_normalised": 10,
          "05c_flat_tails_small_weights": 20, "06_prelu_alpha": 100,
          "07_softmax": 5, "08_digits_brightness": 30, "08b_digits_not_normalised": 30,
          "09_how_many_neurons": 0, "10_bending_edges": 100, "10b_bending_edges_v": 50}


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


def _type_own_sample(window, values, class_index: int) -> None:
    """The one-sample panel's "Your own sample" with ``values`` typed and applied."""
    picker = window.sample_explainer.picker
    picker.part.setCurrentIndex(OWN)
    form = picker.form
    for field, value in zip(form.fields, values):
        field.setText(value)
    form.classes.setCurrentIndex(class_index)
    assert form.apply()


def _extra(app, window, name: str) -> None:
    if name == "01_one_neuron":
        _type_own_sample(window, ("4", "80"), 1)      # the seed's person, obese
        _explain_step(window, "a =")
    elif name == "07_softmax":
        _explain_step(window, "softmax")
    elif name.startswith("08"):        # the trials over the activation, then darker
        _run_trials(app, window)
        window.data_views.adjust.set_values(-2, 1.0)
        window.data_views.setCurrentWidget(window.data_views.samples)
    elif name in ("05_flat_tails", "09_how_many_neurons", "10_bending_edges"):  # trials
        _run_trials(app, window)


def _run_trials(app, window) -> None:
    trials = window.trials_panel
    trials.run()
    _wait(app, lambda: trials.runner.running, 5)
    _wait(app, lambda: not trials.runner.running, 300)


def shoot(name: str, out: Path) -> Path:
    """One lesson, projected full screen on this process's (only) screen."""
    app = application()
    window = MainWindow(remember_layout=False)
    window.show()
    app.processEvents()
    window.set_presentation(True, full_screen=True)     # the teacher is projecting already
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


def shoot_presenter(out: Path) -> list[Path]:
    """The presenter view on two screens: the main window (laptop) and the audience."""
    app = application()
    window = MainWindow(remember_layout=False)
    window.show()
    app.processEvents()
    assert window.lessons.open_lesson(lessons.LESSONS_DIR / "04_dead_relu.nsnet")
    window.presenter.set_active(True)
    app.processEvents()
    _train(app, window, EPOCHS["04_dead_relu"])
    window.live.redraw()
    _wait(app, lambda: False, 0.5)
    paths = [out / "presenter-laptop.png", out / "presenter-audience.png"]
    window.grab().save(str(paths[0]))
    window.presenter.audience.grab().save(str(paths[1]))
    window.presenter.set_active(False)
    dispose(window, discard_changes=True)
    return paths


def _child(out: Path, screens: list[dict], what: str) -> None:
    """Run this script on an offscreen platform with ``screens`` (name, x, y, w, h)."""
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screens.json"
        config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
               "LESSON_SHOTS_CHILD": "1", "HOME": tmp, "XDG_CONFIG_HOME": tmp}
        subprocess.run([sys.executable, __file__, str(out), what], env=env, check=True)


def main(out_dir: str, *sizes: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if os.environ.get("LESSON_SHOTS_CHILD") == "1":       # on the screen(s) asked for
        if sizes[0] == "presenter":
            for path in shoot_presenter(out):
                print(f"wrote {path}", flush=True)
            return
        for entry in lessons.find_lessons():
            print(f"wrote {shoot(entry.path.stem, out)}", flush=True)
        return
    for size in sizes or SIZES:
        w, h = (int(v) for v in size.split("x"))
        (out / size).mkdir(exist_ok=True)
        _child(out / size, [{"name": "projector", "x": 0, "y": 0, "width": w, "height": h}],
               size)
    _child(out, [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
                 {"name": "projector", "x": 1366, "y": 0, "width": 1280, "height": 720}],
           "presenter")


if __name__ == "__main__":
    main(*(sys.argv[1:] or ["docs/images/lessons"]))
