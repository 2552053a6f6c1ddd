"""Screenshots of the challenges projected at 1280x720 (run by make-images.sh):
``python docs/challenge_shots.py OUT_DIR``.

Runs itself on an offscreen 1280x720 screen, turns projection mode on, opens challenges
through the Lessons menu's code path and writes OUT_DIR/1280x720/challenge-04.png (the dead
ReLU challenge after 50 epochs: goals crossed) and challenge-01-met.png (the fewest neurons:
5 neurons deleted, trained until every goal holds, the success banner up).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = "CHALLENGE_SHOTS_CHILD"
sys.path.insert(0, str(ROOT))


def _grab(app, window, path: Path) -> Path:
    window.live.redraw()
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(path))
    return path


def shoot(out: Path) -> list[Path]:
    from core import edits
    from gui import lessons
    from gui.app import application, dispose
    from gui.main_window import MainWindow

    app = application()
    window = MainWindow(remember_layout=False)
    window.ask_save_changes = lambda: "discard"      # one lesson after another
    window.show()
    app.processEvents()
    window.set_presentation(True, full_screen=True)
    app.processEvents()
    assert window.lessons.open_lesson(lessons.CHALLENGES_DIR / "c4_dead_relu.nsnet")
    for _ in range(50):
        window.controller.step_epoch()
    paths = [_grab(app, window, out / "challenge-04.png")]
    assert window.lessons.open_lesson(lessons.CHALLENGES_DIR / "c1_fewest_neurons.nsnet")
    window.document.apply_edits([(edits.remove_neuron, 0, 3)] * 5)
    while not window.banner.showing("challenge") and window.document.epoch < 500:
        window.controller.step_epoch()
        window.live.scheduler.redraw()      # the goals are judged in frames
    paths.append(_grab(app, window, out / "challenge-01-met.png"))
    window.set_presentation(False)
    dispose(window, discard_changes=True)
    return paths


def main(out_dir: str) -> None:
    out = Path(out_dir) / "1280x720"
    out.mkdir(parents=True, exist_ok=True)
    if os.environ.get(CHILD) == "1":
        for path in shoot(out):
            print(f"wrote {path}", flush=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screens.json"
        config.write_text(json.dumps({"screens": [{"name": "projector", "x": 0, "y": 0,
                                                   "width": 1280, "height": 720}]}),
                          encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", CHILD: "1",
               "HOME": tmp, "XDG_CONFIG_HOME": tmp}
        subprocess.run([sys.executable, __file__, out_dir], env=env, check=True)


if __name__ == "__main__":
    main(*(sys.argv[1:] or ["docs/images/lessons"]))
