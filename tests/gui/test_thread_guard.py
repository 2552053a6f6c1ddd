"""The conftest fixture that fails a test which leaves a QThread running really works."""

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QThread

from gui import threads

ROOT = Path(__file__).resolve().parents[2]


class _Blocked(QThread):
    """Runs until ``release`` is set."""

    def __init__(self):
        super().__init__()
        self.release = threading.Event()

    def run(self):
        self.release.wait(30)


def test_running_threads_reports_a_live_thread_until_it_ends():
    thread = threads.start_thread(_Blocked())
    try:
        assert threads.running_threads(wait_ms=50) == [thread]
    finally:
        thread.release.set()
    assert threads.running_threads() == []
    assert not thread.isRunning()


LEAKY_TEST = """
from PySide6.QtCore import QThread
from gui import threads

threads.WAIT_MS = 100


class Sleeper(QThread):
    def run(self):
        while not self.isInterruptionRequested():
            self.msleep(10)


keep = []


def test_leaks_a_thread(qapp):
    keep.append(threads.start_thread(Sleeper()))


def test_clean(qapp):
    t = threads.start_thread(Sleeper())
    t.requestInterruption()
    t.wait()
"""


def test_fixture_fails_a_test_that_leaves_a_thread_running(tmp_path):
    (tmp_path / "conftest.py").write_text((ROOT / "tests" / "conftest.py").read_text())
    (tmp_path / "test_leaky.py").write_text(LEAKY_TEST)
    (tmp_path / "pytest.ini").write_text("[pytest]\nqt_api = pyside6\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA",
                           str(tmp_path)], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    # The leak is reported in the leaking test's teardown, after its own fixtures ran.
    assert "ERROR at teardown of test_leaks_a_thread" in out, out
    assert "test left 1 QThread(s) running after 100 ms: Sleeper" in out, out
    assert "ERROR test_leaky.py::test_clean" not in out
    assert "2 passed, 1 error" in out, out
