"""Suite-wide set-up: Qt renders offscreen, and no test may leave a QThread running."""

import os
import sys

# Before anything imports Qt (pytest-qt, gui.*): the tests need no screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

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
