"""Suite-wide set-up: Qt renders offscreen, a Qt warning fails the test that caused it, and
no test may leave a QThread running."""

import os
import sys
import threading

# Before anything imports Qt (pytest-qt, gui.*): the tests need no screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: E402

from tests import qt_messages  # noqa: E402

# Qt warnings are test failures (DESIGN.md, Testing). The handler is installed for the whole
# session, so a message counts wherever it comes from: a fixture's set-up, the test, its
# teardown (closing a window), or a deferred delete that runs in the next test's set-up.
_FAILING = {QtMsgType.QtWarningMsg: "warning", QtMsgType.QtCriticalMsg: "critical",
            QtMsgType.QtFatalMsg: "fatal"}
_qt_messages: list[str] = []
_qt_lock = threading.Lock()     # Qt may report from any thread (the training worker's)


def _qt_message_handler(kind, context, message):
    name = _FAILING.get(kind)
    if name is None or qt_messages.allowed(message):
        return
    where = f" ({context.file}:{context.line})" if context.file else ""
    with _qt_lock:
        _qt_messages.append(f"Qt {name}: {message}{where}")


qInstallMessageHandler(_qt_message_handler)


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    """pytest-qt's own capture replaces this handler during set-up and call only and checks
    the call only; the suite uses the handler above instead."""
    plugin = config.pluginmanager.get_plugin("_qt_logging")
    if plugin is not None:
        config.pluginmanager.unregister(plugin)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Fail the phase (set-up, call or teardown) during which Qt printed a warning."""
    report = yield
    with _qt_lock:
        found, _qt_messages[:] = list(_qt_messages), []
    if found:
        text = "\n".join(found)
        report.sections.append((f"Captured Qt messages {call.when}", text))
        if report.passed:
            report.outcome = "failed"
            report.longrepr = (f"Qt printed {len(found)} warning(s) during {call.when} "
                               f"(a Qt warning is a test failure; harmless ones are listed "
                               f"in tests/qt_messages.py):\n{text}")
    return report

# Threads that would not stop: kept referenced so Python never destroys a running QThread
# (Qt aborts the whole process when that happens).
_unstoppable = []


@pytest.fixture(autouse=True)
def _no_thread_left_running():
    """Fail the test if a thread started with gui.threads.start_thread is still running.

    Core-only tests never import gui.threads, so this imports no Qt for them.
    """
    yield
    threads = sys.modules.get("gui.threads")
    if threads is None:
        return
    alive = threads.running_threads()
    if alive:
        names = ", ".join(t.objectName() or type(t).__name__ for t in alive)
        threads.stop_threads(alive)
        _unstoppable.extend(t for t in alive if t.isRunning())
        pytest.fail(f"test left {len(alive)} QThread(s) running after "
                    f"{threads.WAIT_MS} ms: {names}", pytrace=False)


@pytest.fixture(autouse=True)
def _private_recovery_folder(tmp_path, monkeypatch):
    """Autosaves of the windows the tests open go to a temporary folder, never the user's."""
    monkeypatch.setenv("NEURON_STUDIO_RECOVERY_DIR", str(tmp_path / "recovery"))
