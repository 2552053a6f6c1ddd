"""Every QThread the GUI starts goes through ``start_thread``, so tests can see them all.

The test suite's conftest fails any test that leaves one of these threads running (after
giving it ``WAIT_MS`` to finish). Keep references to the thread and its worker until the
thread's ``finished`` signal: this module only holds weak references.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QThread

WAIT_MS = 2000

tracked_threads: weakref.WeakSet[QThread] = weakref.WeakSet()


def worker_thread(worker, name: str) -> QThread:
    """A new QThread named ``name`` that runs ``worker.run()`` once started (see
    ``start_thread``). ``worker`` (a QObject) moves to it; ``run`` is connected as a bound
    method, which runs in the thread (a lambda would run in the GUI thread)."""
    thread = QThread()
    thread.setObjectName(name)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    return thread


def start_thread(thread: QThread, priority: QThread.Priority | None = None) -> QThread:
    """Start ``thread`` and remember it (weakly) for the leak check. Returns ``thread``."""
    tracked_threads.add(thread)
    if priority is None:
        thread.start()
    else:
        thread.start(priority)
    return thread


def running_threads(wait_ms: int | None = None) -> list[QThread]:
    """Tracked threads still running after waiting up to ``wait_ms`` (default WAIT_MS) each.

    Waiting blocks this thread's event loop, so a worker that needs the GUI thread to answer
    it will not finish here: that is a leak the test should have cleaned up itself.
    """
    wait_ms = WAIT_MS if wait_ms is None else wait_ms
    alive = []
    for thread in list(tracked_threads):
        if not shiboken6.isValid(thread):
            continue  # its C++ object is gone, so it no longer runs
        if thread.isRunning() and not thread.wait(wait_ms):
            alive.append(thread)
    return alive


def stop_threads(threads: list[QThread], wait_ms: int = 5000) -> None:
    """Ask ``threads`` to stop (interruption request and event-loop quit) and wait for them."""
    for thread in threads:
        if shiboken6.isValid(thread):
            thread.requestInterruption()
            thread.quit()
    for thread in threads:
        if shiboken6.isValid(thread):
            thread.wait(wait_ms)
