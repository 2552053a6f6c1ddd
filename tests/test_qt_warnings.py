"""A Qt warning fails the test during whose set-up, call or teardown Qt printed it; the
messages in tests/qt_messages.py's allow-list do not; a child process's stderr is checked
with the same list."""

import os
import subprocess
import sys
from pathlib import Path

from tests import qt_messages

ROOT = Path(__file__).resolve().parents[1]

NOISY_TESTS = '''
import pytest
from PySide6.QtCore import qCritical, qWarning


@pytest.fixture
def warns_in_setup():
    qWarning("QObject::connect: set-up went wrong")
    yield


@pytest.fixture
def warns_in_teardown():
    yield
    qWarning("QPainter::begin: teardown went wrong")


def test_setup(warns_in_setup):
    pass


def test_call():
    qCritical("QGraphicsScene::addItem: call went wrong")


def test_teardown(warns_in_teardown):
    pass


def test_allowed():
    qWarning("This plugin does not support propagateSizeHints()")
'''


def test_qt_warnings_fail_setup_call_and_teardown(tmp_path):
    (tmp_path / "conftest.py").write_text((ROOT / "tests" / "conftest.py").read_text())
    (tmp_path / "test_noisy.py").write_text(NOISY_TESTS)
    (tmp_path / "pytest.ini").write_text("[pytest]\nqt_api = pyside6\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA",
                           str(tmp_path)], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    assert "ERROR test_noisy.py::test_setup" in out, out
    assert "FAILED test_noisy.py::test_call" in out, out
    assert "ERROR test_noisy.py::test_teardown" in out, out
    assert "PASSED test_noisy.py::test_allowed" in out, out
    for text in ("Qt warning: QObject::connect: set-up went wrong",
                 "Qt critical: QGraphicsScene::addItem: call went wrong",
                 "Qt warning: QPainter::begin: teardown went wrong"):
        assert text in out, out


def test_child_process_warnings_are_found_with_the_same_list():
    code = ("from PySide6.QtCore import qWarning, qDebug\n"
            "qWarning('This plugin does not support raise()')\n"
            "qDebug('just talking')\n"
            "qWarning('QPainter::begin: Paint device returned engine == 0')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=qt_messages.child_env(dict(os.environ)), timeout=60)
    assert qt_messages.unexpected_in(proc.stderr) == [
        "warning: QPainter::begin: Paint device returned engine == 0"], proc.stderr
    assert "raise()" not in qt_messages.without_allowed(proc.stderr)
