"""2,000 random real events (seed 7) to the real window in an app process of its own:
no crash, no traceback, no hang.

Why the sandbox matters here: random keys in a Qt file dialog can delete a folder
recursively (its Delete key, then Return on the confirmation), and CI runs as root. The
app process therefore never opens a file dialog (``gui.files.use_sandbox_dialogs``: every
dialog answers with a path inside a temporary folder), keeps HOME, XDG folders, QSettings
(the recent files) and the recovery folder there, and, where ``unshare -m`` and ``mount``
are permitted, runs in a private mount namespace with `/` read-only and only that folder
writable. Where they are not, it falls back to the dialog seam alone and the output says so.
See ``benchmarks/monkey.py``; ``python -m benchmarks.monkey --events 20000`` is the long run.
"""

import os
import subprocess
import sys

import pytest

from benchmarks import monkey

EVENTS, SEED = 2000, 7


def _app_cannot_start() -> str | None:
    """Why no app process can start here (no Qt platform at all), or None."""
    probe = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
        timeout=60)
    if probe.returncode != 0:
        return f"the offscreen Qt platform does not start: {probe.stderr.strip()[-300:]}"
    return None


def test_monkey_2000_events_break_nothing(capsys):
    reason = _app_cannot_start()
    if reason:
        pytest.skip(reason)
    figures = monkey.run(EVENTS, SEED)
    with capsys.disabled():
        print("\nmonkey, seed", SEED, "|", " | ".join(figures.lines()))
    problems = "\n".join(figures.reports)
    assert (figures.crashes, figures.tracebacks, figures.hangs) == (0, 0, 0), problems
    assert not figures.qt_warnings, figures.qt_warnings     # as in every other test
    assert figures.events >= EVENTS
    # The sandbox was on: the app process reported it, and file dialogs were answered
    # inside the temporary folder (this seed saves and exports a few times).
    assert figures.sandbox in ("mount-namespace", "dialogs-only"), figures.sandbox
    if monkey.mount_namespace_works():
        assert figures.sandbox == "mount-namespace"
    assert figures.dialogs_answered > 0
