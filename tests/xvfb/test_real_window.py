"""The real app in a real X window (Xvfb), driven by real mouse and keyboard events
(xdotool): drag a neuron from the palette into a layer, press Space, take a screenshot.
Skipped where Debian's xvfb or xdotool are missing."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                                reason="needs Xvfb and xdotool (apt-get install xvfb xdotool)")


@pytest.fixture
def display():
    """A fresh Xvfb server; yields its DISPLAY name."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               "1600x1000x24", "-nolisten", "tcp"], pass_fds=(write,),
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()      # written once the server accepts clients
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_drag_a_neuron_and_train_in_a_real_window(display, tmp_path):
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "NEURON_STUDIO_RECOVERY_DIR": str(tmp_path / "recovery"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.run([sys.executable, str(ROOT / "tests/xvfb/drive_real_window.py"),
                           str(tmp_path)], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines, proc.stdout + proc.stderr
    result = json.loads(lines[-1])
    assert proc.returncode == 0 and result["ok"], result
    assert result["after_drop"] == result["before"] + 1 and "relu" in result["activations"]
    assert result["running"] and result["epoch"] > 0
    image = QImage(result["screenshot"])
    assert image.width() == 1600 and image.height() == 1000
    assert len({image.pixel(x, y) for x in range(0, 1400, 50) for y in range(0, 900, 50)}) > 20


def test_killed_mid_training_then_restored_at_the_next_start(display, tmp_path):
    """SIGKILL the real app while it trains; the next start offers the autosave, and
    Return (Restore) brings back the edit and the training. Killed again right after that
    restore, the start after offers the same work once more."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "NEURON_STUDIO_RECOVERY_DIR": str(tmp_path / "recovery"),
           "NEURON_STUDIO_AUTOSAVE_SECONDS": "0.5", "XDG_CONFIG_HOME": str(tmp_path / "c")}
    script = str(ROOT / "tests/xvfb/drive_real_window.py")
    proc = subprocess.Popen([sys.executable, script, str(tmp_path), "crash"], env=env,
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    try:
        line = proc.stdout.readline()            # the drop and the training worked
        first = json.loads(line)
        assert first["ok"] and first["after_drop"] == first["before"] + 1, first
        time.sleep(1.5)                          # a few autosaves while it trains
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
    assert list((tmp_path / "recovery").glob("autosave-*.nsnet"))
    # Restored, then killed again before its first autosave: nothing may be lost.
    env["NEURON_STUDIO_AUTOSAVE_SECONDS"] = "60"
    proc = subprocess.Popen([sys.executable, script, str(tmp_path), "recover-and-wait"],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        again = json.loads(_first_json_line(proc.stdout))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
    assert again["ok"] and again["restored"], again
    out = subprocess.run([sys.executable, script, str(tmp_path), "recover"], env=env,
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    result = json.loads([x for x in out.stdout.splitlines() if x.startswith("{")][-1])
    assert result["ok"] and result["restored"], result
    assert result["neurons"] == first["after_drop"] and "relu" in result["activations"]
    assert result["modified"] and result["epoch"] == again["epoch"] > 0
    assert not list((tmp_path / "recovery").glob("autosave-*.nsnet"))   # a clean quit


def _first_json_line(stream) -> str:
    for line in stream:
        if line.startswith("{"):
            return line
    raise AssertionError("the app printed no result")
