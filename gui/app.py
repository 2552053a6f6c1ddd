"""Start the desktop app: ``run(path)`` is what ``python main.py [FILE]`` calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

from gui.autosave import offer_recovery
from gui.language import install_language
from gui.main_window import APP_NAME, MainWindow

PIXMAP_CACHE_KB = 128 * 1024
# What Qt's offscreen platform says for every window it shows: harmless (the tests allow it
# too, tests/qt_messages.py), and noise under a command's own output.
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"


def application() -> QApplication:
    """The QApplication, created once, named so that QSettings has a home, speaking the
    preferred or the system's language (``gui.language``)."""
    # The training worker's tiny NumPy steps hold the GIL; with Python's default 5 ms
    # switch interval every Python call of the GUI thread (each paint, each slot) could
    # wait that long for it. 1 ms keeps the window responsive (python -m benchmarks).
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # The editor keeps items' pictures as pixmaps (gui.editor.items.CACHED). Qt's default
    # 10 MB for all of them is less than a large network's links on a big screen need,
    # and then every pixmap was drawn again each frame (measured: twice the cost).
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    install_language(app)       # after the names: the preference lives in QSettings
    return app


def _command_line_messages(kind, context, message: str) -> None:
    if message != OFFSCREEN_NOTICE:
        sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")


def quiet_offscreen_notices() -> None:
    """For the offscreen commands (screenshot, record, handout): Qt's messages go to stderr
    as usual, but for the offscreen platform's notice. Only for a command's own process:
    it replaces any other message handler (the tests' among them)."""
    qInstallMessageHandler(_command_line_messages)


def run(path: str | None = None) -> int:
    """Show the main window (a default network, then ``path`` if given); returns exit code."""
    app = application()
    try:
        window = MainWindow()
    except RuntimeError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    window.show()
    offer_recovery(window)  # work left by a crash first; it is saved before FILE opens
    if path:
        window.open_file(path)  # on failure: a dialog, and the default network stays
    code = app.exec()
    dispose(window)
    return code


def dispose(window, discard_changes: bool = False) -> None:
    """Close ``window`` (without asking, if ``discard_changes``) and delete it now, while
    the QApplication still exists: left to interpreter exit, the destruction order of its
    pyqtgraph items can crash Python."""
    if discard_changes:
        window.ask_save_changes = lambda: "discard"
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
