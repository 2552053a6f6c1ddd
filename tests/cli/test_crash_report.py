"""A crash says where: the app's start (``neuron-studio`` and main.py, through
gui.launch.main) turns on Python's faulthandler, so a segfault inside Qt prints the Python
stacks on stderr, which the desktop session logs."""

import io
import os
import subprocess
import sys
from pathlib import Path

from gui import launch
from tests.qt_messages import child_env

ROOT = Path(__file__).resolve().parents[2]
# the app's start in a fresh interpreter, with the GUI itself replaced by a report of
# whether faulthandler is on (nothing else in the child turns it on: see the env below)
# (gui.app stands in as a plain module: the real one would load Qt for nothing)
STUB = """
import faulthandler, sys, types
import gui
from gui import launch
app = sys.modules["gui.app"] = gui.app = types.ModuleType("gui.app")
"""
CHILD = STUB + """
assert not faulthandler.is_enabled()
app.run = lambda path, serve=True: 40 + faulthandler.is_enabled()
sys.exit(launch.main(sys.argv[1:]))
"""


def test_the_apps_start_turns_on_the_fault_handler():
    env = child_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    env.pop("PYTHONFAULTHANDLER", None)
    proc = subprocess.run([sys.executable, "-c", CHILD, "--new-instance"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 41, proc.stderr             # 40 + True


def test_a_crash_in_the_app_prints_where_on_stderr():
    """A segfault after the start writes "Fatal Python error" and the Python stack."""
    env = child_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    env.pop("PYTHONFAULTHANDLER", None)
    crash = STUB + ("import ctypes\n"
                    "app.run = lambda path, serve=True: ctypes.string_at(0)\n"
                    "sys.exit(launch.main(['--new-instance']))\n")
    proc = subprocess.run([sys.executable, "-c", crash], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "Fatal Python error" in proc.stderr and "<lambda>" in proc.stderr, proc.stderr


def test_no_stderr_to_write_to_is_no_error():
    assert launch.report_crashes(io.StringIO()) is False      # no file descriptor
