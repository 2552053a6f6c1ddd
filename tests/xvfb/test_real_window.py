"""The real app in a real X window (Xvfb), driven by real mouse and keyboard events
(xdotool): drag a neuron from the palette into a layer, press Space, take a screenshot.
Skipped, with the reason, where a real window cannot run (tests/xvfb/conftest.py)."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QImage

from tests.qt_messages import assert_no_qt_warnings, child_env

ROOT = Path(__file__).resolve().parents[2]


def test_drag_a_neuron_and_train_in_a_real_window(display, tmp_path):
    env = child_env({**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                     "NEURON_STUDIO_RECOVERY_DIR": str(tmp_path / "recovery"),
                     "XDG_CONFIG_HOME": str(tmp_path / "config")})
    proc = subprocess.run([sys.executable, str(ROOT / "tests/xvfb/drive_real_window.py"),
                           str(tmp_path)], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines, proc.stdout + proc.stderr
    result = json.loads(lines[-1])
    assert proc.returncode == 0 and result["ok"], result
    assert_no_qt_warnings(proc.stderr, "the real window")
    assert result["after_drop"] == result["before"] + 1 and "relu" in result["activations"]
    assert result["running"] and result["epoch"] > 0
    image = QImage(result["screenshot"])
    assert image.width() == 1600 and image.height() == 1000
    assert len({image.pixel(x, y) for x in range(0, 1400, 50) for y in range(0, 900, 50)}) > 20


def test_killed_mid_training_then_restored_at_the_next_start(display, tmp_path):
    """SIGKILL the real app while it trains; the next start offers the autosave, and
    Return (Restore) brings back the edit and the training. Killed again right after that
    restore, the start after offers the same work once more."""
    env = child_env({**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                     "NEURON_STUDIO_RECOVERY_DIR": str(tmp_path / "recovery"),
                     "NEURON_STUDIO_AUTOSAVE_SECONDS": "0.5",
                     "XDG_CONFIG_HOME": str(tmp_path / "c")})
    script = str(ROOT / "tests/xvfb/drive_real_window.py")
    errors = open(tmp_path / "crash-stderr.txt", "w+")
    proc = subprocess.Popen([sys.executable, script, str(tmp_path), "crash"], env=env,
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=errors, text=True)
    try:
        line = proc.stdout.readline()            # the drop and the training worked
        first = json.loads(line)
        assert first["ok"] and first["after_drop"] == first["before"] + 1, first
        time.sleep(1.5)                          # a few autosaves while it trains
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
    errors.seek(0)
    assert_no_qt_warnings(errors.read(), "the real window, until killed")
    errors.close()
    assert list((tmp_path / "recovery").glob("autosave-*.nsnet"))
    # Restored, then killed again before its first autosave: nothing may be lost.
    env["NEURON_STUDIO_AUTOSAVE_SECONDS"] = "60"
    errors = open(tmp_path / "restored-stderr.txt", "w+")
    proc = subprocess.Popen([sys.executable, script, str(tmp_path), "recover-and-wait"],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=errors,
                            text=True)
    try:
        again = json.loads(_first_json_line(proc.stdout))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
    errors.seek(0)
    assert_no_qt_warnings(errors.read(), "the restored real window, until killed")
    errors.close()
    assert again["ok"] and again["restored"], again
    out = subprocess.run([sys.executable, script, str(tmp_path), "recover"], env=env,
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    result = json.loads([x for x in out.stdout.splitlines() if x.startswith("{")][-1])
    assert_no_qt_warnings(out.stderr, "the real window after the crash")
    assert result["ok"] and result["restored"], result
    assert result["neurons"] == first["after_drop"] and "relu" in result["activations"]
    assert result["modified"] and result["epoch"] == again["epoch"] > 0
    assert not list((tmp_path / "recovery").glob("autosave-*.nsnet"))   # a clean quit


def _first_json_line(stream) -> str:
    for line in stream:
        if line.startswith("{"):
            return line
    raise AssertionError("the app printed no result")
