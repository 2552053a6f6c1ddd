"""Start the desktop app: ``run(path)`` is what ``neuron-studio [FILE]`` (and ``python
main.py [FILE]``) calls; ``Windows`` keeps its main windows.

Files reach a running app three ways, all opened in a new window: File > Open, a second
``neuron-studio FILE`` (``gui.single_instance``), and a ``QFileOpenEvent`` to the application
(``Application``): macOS sends one for a document double-clicked in Finder, dropped on the
Dock icon or opened with "Open With", and never puts it in argv. Such a file that arrives
at start-up opens in the first window instead of the default network.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon, QPixmapCache
from PySide6.QtWidgets import QApplication

from gui.autosave import offer_recovery, orphaned_recoveries
from gui.desktop_entry import APP_ICON
from gui.language import install_language
from gui.main_window import APP_NAME, MainWindow
from gui.single_instance import InstanceServer

PIXMAP_CACHE_KB = 128 * 1024
CASCADE = 32                # px between a new window and the one before it
# What Qt's offscreen platform says for every window it shows: harmless (the tests allow it
# too, tests/qt_messages.py), and noise under a command's own output.
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"


def cascaded(frame: QRect, screen: QRect) -> QPoint:
    """Where a new window goes after the window whose frame is ``frame``: CASCADE px lower
    and to the right, but on ``screen`` (its available geometry): a window as large as a
    1280x720 projector would otherwise hang off the bottom edge; it goes to the screen's
    corner then."""
    spot = frame.topLeft() + QPoint(CASCADE, CASCADE)
    if spot.x() + frame.width() > screen.right() + 1 or \
            spot.y() + frame.height() > screen.bottom() + 1:
        return screen.topLeft()
    return spot


class Application(QApplication):
    """The app's QApplication, which also hears the system ask it to open a document
    (``QEvent.FileOpen``, see the module's docstring). Until ``file_opener`` (a callable
    taking the path) is set, the paths wait in ``pending_files``: at start-up, macOS sends
    the event before the first window exists."""

    def __init__(self, argv: list[str]):
        super().__init__(argv)
        self.file_opener = None
        self.pending_files: list[str] = []

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file() or event.url().toLocalFile()
            if path:
                (self.file_opener or self.pending_files.append)(path)
            return True
        return super().event(event)


def application() -> QApplication:
    """The QApplication, created once, named so that QSettings has a home, speaking the
    preferred or the system's language (``gui.language``)."""
    # The training worker's tiny NumPy steps hold the GIL; with Python's default 5 ms
    # switch interval every Python call of the GUI thread (each paint, each slot) could
    # wait that long for it. 1 ms keeps the window responsive (python -m benchmarks).
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or Application(sys.argv[:1])
    # The editor keeps items' pictures as pixmaps (gui.editor.items.CACHED). Qt's default
    # 10 MB for all of them is less than a large network's links on a big screen need,
    # and then every pixmap was drawn again each frame (measured: twice the cost).
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    install_language(app)       # after the names: the preference lives in QSettings
    # the installed desktop entry (gui.desktop_entry): Wayland's app id, the taskbar's icon
    app.setDesktopFileName("neuron-studio")
    app.setWindowIcon(QIcon(str(APP_ICON)))
    return app


def _command_line_messages(kind, context, message: str) -> None:
    if message != OFFSCREEN_NOTICE:
        sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")


def quiet_offscreen_notices() -> None:
    """For the offscreen commands (screenshot, record, handout): Qt's messages go to stderr
    as usual, but for the offscreen platform's notice. Only for a command's own process:
    it replaces any other message handler (the tests' among them)."""
    qInstallMessageHandler(_command_line_messages)


class Windows(QObject):
    """The app's main windows: any number of them, each with its own document; a window
    that closes is deleted, and the app quits when the last one has closed (Qt's
    quitOnLastWindowClosed). ``open(path)`` is what File > New Window and a file handed
    over by a second ``neuron-studio FILE`` (gui.single_instance) do."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.windows: list[MainWindow] = []
        self._start = None        # (the first window, the document it was made with)

    def open(self, path: str | None = None, recover: bool = False) -> MainWindow | None:
        """A new shown window, with ``path`` opened in it when given; the window that
        already shows ``path`` is raised instead. On failure a dialog says why, and the new
        window closes again unless it is the only one (then the default network stays).
        ``recover``: first offer the work left by a crash (the first window of a start),
        each restored network in a window of its own; FILE then gets a window of its own
        too. None when no window can be made, or when ``path`` failed in an extra window."""
        showing = self.showing(path) if path else None
        if showing is not None:          # one window per file: two could save over each other
            showing.showNormal() if showing.isMinimized() else showing.show()
            showing.raise_()
            showing.activateWindow()
            return showing
        window = self._make()
        if window is not None and recover and self._recover(window) and path:
            window = self._make()
        if window is not None and path and not window.open_file(path, ask=False) and \
                len(self.windows) > 1:
            window.close()               # it said why; an empty extra window would stay
            return None
        return window

    def showing(self, path: str) -> MainWindow | None:
        """The window whose document is the file ``path``, if one is."""
        wanted = Path(path).resolve()
        return next((w for w in self.windows if w.document.path is not None
                     and Path(w.document.path).resolve() == wanted), None)

    def open_document(self, path: str) -> MainWindow | None:
        """A file the system asks the app to open (``Application``): in the first window
        while it still shows the default network it started with, untouched (a document
        opened from Finder starts the app and arrives just after its first window); else
        in a new window, as a second ``neuron-studio FILE`` does."""
        first, doc = self._start or (None, None)
        if first is not None and self.windows == [first] and \
                first.document.doc is doc and not first.document.modified:
            first.open_file(path, ask=False)
            return first
        return self.open(path)

    def started(self, window: MainWindow) -> None:
        """``window`` is the first of this start (see ``open_document``)."""
        self._start = (window, window.document.doc)

    def _make(self) -> MainWindow | None:
        try:
            window = MainWindow()
        except RuntimeError as e:
            print(f"error: {e}", file=sys.stderr)
            return None
        window.closed.connect(self._closed)
        if self.windows:               # cascade: not exactly over the window before it
            before = self.windows[-1]
            window.move(cascaded(before.frameGeometry(), before.screen().availableGeometry()))
        self.windows.append(window)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _recover(self, window: MainWindow) -> bool:
        """Offer each network autosaved before a crash (several windows leave several);
        True when ``window`` got one."""
        restored = offer_recovery(window)
        while restored and orphaned_recoveries():
            extra = self._make()
            if extra is None or not offer_recovery(extra):
                if extra is not None:          # "later": no empty window for it
                    dispose(extra, discard_changes=True)
                break
        return restored

    def _closed(self) -> None:
        window = self.sender()
        if self._start and self._start[0] is window:
            self._start = None
        if window in self.windows:
            self.windows.remove(window)
            window.deleteLater()

    def dispose_all(self) -> None:
        for window in list(self.windows):
            dispose(window, discard_changes=True)
        self.windows.clear()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


_windows: Windows | None = None


def windows() -> Windows:
    """The app's one ``Windows`` (the QApplication must exist: ``application()``)."""
    global _windows
    if _windows is None:
        _windows = Windows(QCoreApplication.instance())
    return _windows


def run(path: str | None = None, serve: bool = True) -> int:
    """Show a main window (a default network, then ``path`` if given) and run until the
    last window closes; returns the exit code. ``serve``: listen for files handed over by
    a second ``neuron-studio FILE`` (gui.single_instance) and open each in a new window."""
    app = application()
    manager = windows()
    server = InstanceServer(app)
    if serve and not server.listen():
        print("note: another Neuron Studio answers on its socket; this one runs on its own",
              file=sys.stderr)
    server.openRequested.connect(manager.open)
    if start_windows(app, manager, path) is None:
        return 1
    code = app.exec()
    server.close()
    manager.dispose_all()
    return code


def start_windows(app: QApplication, manager: Windows, path: str | None) -> MainWindow | None:
    """The first window of a start, with ``path`` or else the first document the system
    asked to open before it existed (``Application.pending_files``), any others in windows
    of their own; from then on such documents go to ``manager.open_document``. None when
    no window can be made."""
    app.processEvents()        # a QFileOpenEvent sent with the start arrives here
    pending = getattr(app, "pending_files", [])
    waiting, pending[:] = list(pending), []
    if path is None and waiting:
        path = waiting.pop(0)
    window = manager.open(path, recover=True)
    if window is None:
        return None
    if path is None:                # the default network (or a crash's work, modified)
        manager.started(window)
    for other in waiting:
        manager.open(other)
    if isinstance(app, Application):
        app.file_opener = manager.open_document
    return window


def dispose(window, discard_changes: bool = False) -> None:
    """Close ``window`` (without asking, if ``discard_changes``) and delete it now, while
    the QApplication still exists: left to interpreter exit, the destruction order of its
    pyqtgraph items can crash Python."""
    if discard_changes:
        window.ask_save_changes = lambda: "discard"
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
