"""The app process of the monkey test (``benchmarks/monkey.py`` starts it): the real
``MainWindow``, driven by seeded random real events until it has sent ``--events``.

Why events come from a chain of zero-delay single-shot timers, one event per timer: a
click that opens a modal dialog or a context menu runs a nested event loop and does not
return until that closes. Qt never re-enters a timer whose slot is still running, so one
repeating timer would stop inside every dialog; a fresh single-shot timer, armed before the
event is sent, also fires inside the nested loop and keeps the hands moving there (aimed
at ``QApplication.activePopupWidget()`` / ``activeModalWidget()`` while one is open).

Every event is written to ``--log`` (one line, flushed) *before* it is sent, so the parent
can print the events that led to a crash. Tracebacks go to stderr through ``sys.excepthook``
(PySide reports exceptions raised in slots and virtual methods through it) and leave a
``!traceback`` line in the log; a hard crash leaves a faulthandler stack on stderr, and
SIGUSR1 dumps the stacks of a hung process.

Safety: the parent sets HOME, the XDG folders, TMPDIR and the recovery folder inside its
temporary folder; here QSettings (recent files!) go there too and every file dialog
answers inside it (``gui.files.use_sandbox_dialogs``). ``sandbox_report`` says whether `/`
is really read-only (the parent's mount namespace) or only the dialog seam protects it.
"""

from __future__ import annotations

import argparse
import errno
import faulthandler
import os
import random
import shutil
import signal
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from shiboken6 import isValid

Key = Qt.Key
Mod = Qt.KeyboardModifier
NO_MOD = Mod.NoModifier
CTRL, SHIFT, ALT = Mod.ControlModifier, Mod.ShiftModifier, Mod.AltModifier

# Keys the issue names, plus text a value box takes. Ctrl+Q is left out on purpose: quitting
# ends a run legitimately (the window's File menu can still do it; the parent then restarts).
PLAIN_KEYS = [Key.Key_Backspace, Key.Key_Delete, Key.Key_Return, Key.Key_Enter,
              Key.Key_Escape, Key.Key_Tab, Key.Key_Backtab, Key.Key_Left, Key.Key_Right,
              Key.Key_Up, Key.Key_Down, Key.Key_F2, Key.Key_F5, Key.Key_Space, Key.Key_Home,
              Key.Key_End, Key.Key_PageUp, Key.Key_PageDown, Key.Key_F1, Key.Key_F11]
TEXT = "0123456789.-eaxz "
SHORTCUTS = [(Key.Key_Z, CTRL), (Key.Key_Y, CTRL), (Key.Key_Z, CTRL | SHIFT),
             (Key.Key_A, CTRL), (Key.Key_C, CTRL), (Key.Key_V, CTRL), (Key.Key_X, CTRL),
             (Key.Key_S, CTRL), (Key.Key_S, CTRL | SHIFT), (Key.Key_O, CTRL),
             (Key.Key_N, CTRL), (Key.Key_E, CTRL), (Key.Key_L, CTRL),
             (Key.Key_N, CTRL | SHIFT), (Key.Key_T, CTRL), (Key.Key_H, CTRL),
             (Key.Key_K, CTRL), (Key.Key_Plus, CTRL), (Key.Key_Minus, CTRL),
             (Key.Key_0, CTRL), (Key.Key_9, CTRL), (Key.Key_Tab, CTRL),
             (Key.Key_F, ALT), (Key.Key_E, ALT), (Key.Key_V, ALT), (Key.Key_T, ALT)]
# PySide can hand out a wrapper of a widget Qt has deleted (a message box's button whose
# address a new button reuses); using it raises this, in the monkey's own code.
STALE = "libshiboken: Internal C++ object"
# (action, weight): about half the events are mouse events, half keys.
ACTIONS = [("click", 26), ("dclick", 8), ("rclick", 6), ("drag", 10), ("wheel", 8),
           ("key", 30), ("text", 6), ("shortcut", 6)]


class Monkey:
    """Sends ``events`` random events to ``window``, one per single-shot timer."""

    def __init__(self, window, seed: int, events: int, log):
        self.window, self.events, self.log = window, events, log
        self.rng = random.Random(seed)
        self.sent = 0
        names, weights = zip(*ACTIONS)
        self.names, self.weights = list(names), list(weights)

    def start(self) -> None:
        QTimer.singleShot(0, self.tick)

    def write(self, line: str) -> None:
        self.log.write(line + "\n")
        self.log.flush()

    def tick(self) -> None:
        if self.sent >= self.events:
            self.write("done")
            QApplication.exit(0)
            return
        if not self.window.isVisible():    # closed (File > Quit): the parent restarts
            QApplication.exit(0)
            return
        QTimer.singleShot(0, self.tick)      # armed first: it also fires in nested loops
        self.sent += 1
        action = self.rng.choices(self.names, self.weights)[0]
        try:
            getattr(self, action)()
        except RuntimeError as e:
            if not str(e).startswith(STALE):
                sys.excepthook(*sys.exc_info())
            self.write(f"{self.sent} skipped: the widget was gone ({e})")
        except Exception:
            # PySide re-raises an exception of a Python override (an event handler) in
            # the Python code that sent the event: the app's error, reported here. Left
            # to escape this timer slot inside a nested loop, it corrupted PySide's error
            # state and the process crashed.
            sys.excepthook(*sys.exc_info())

    # -- where -----------------------------------------------------------------------------
    def area(self) -> QWidget:
        """The widget the next event aims at: an open popup or modal dialog, else mostly
        the canvas or a dock, sometimes anywhere in the window (menus, toolbar)."""
        for top in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
            if top is not None and isValid(top) and top.isVisible():
                return top
        roll = self.rng.random()
        if roll < 0.45:
            return self.window.editor.viewport()
        docks = [d for d in self.window.findChildren(QDockWidget) if d.isVisible()]
        if roll < 0.8 and docks:
            return self.rng.choice(docks)
        return self.window

    def point(self) -> tuple[QWidget, QPoint]:
        """A random point of the area, as the widget under it and a position in it."""
        area = self.area()
        rect = area.rect()
        pos = QPoint(self.rng.randrange(max(1, rect.width())),
                     self.rng.randrange(max(1, rect.height())))
        under = area.childAt(pos)
        if under is None or not isValid(under):
            return area, pos
        return under, under.mapFrom(area, pos)

    @staticmethod
    def describe(widget: QWidget) -> str:
        if not isValid(widget):
            return "(deleted)"
        name = widget.objectName()
        kind = type(widget).__name__
        parent = widget.parentWidget()
        owner = f"<{type(parent).__name__}" if parent is not None else ""
        return f"{kind}{'#' + name if name else ''}{owner}"

    def note(self, text: str) -> None:
        self.write(f"{self.sent} {text}")

    # -- mouse -----------------------------------------------------------------------------
    def click(self, button=Qt.MouseButton.LeftButton, label="click") -> None:
        widget, pos = self.point()
        mods = self.rng.choice([NO_MOD] * 8 + [CTRL, SHIFT])
        self.note(f"{label} {self.describe(widget)} {pos.x()},{pos.y()} {mods.name}")
        QTest.mousePress(widget, button, mods, pos)
        if isValid(widget):
            QTest.mouseRelease(widget, button, mods, pos)
        if button == Qt.MouseButton.RightButton and isValid(widget):
            event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                      widget.mapToGlobal(pos), mods)
            QApplication.sendEvent(widget, event)

    def rclick(self) -> None:
        self.click(Qt.MouseButton.RightButton, "rclick")

    def dclick(self) -> None:
        widget, pos = self.point()
        self.note(f"dclick {self.describe(widget)} {pos.x()},{pos.y()}")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, NO_MOD, pos)
        if isValid(widget):
            QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, NO_MOD, pos)

    def drag(self) -> None:
        widget, start = self.point()
        end = start + QPoint(self.rng.randint(-300, 300), self.rng.randint(-200, 200))
        self.note(f"drag {self.describe(widget)} {start.x()},{start.y()} "
                  f"-> {end.x()},{end.y()}")
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, NO_MOD, start)
        steps = self.rng.randint(2, 6)
        for i in range(1, steps + 1):
            if not isValid(widget):
                return
            QTest.mouseMove(widget, start + (end - start) * (i / steps))
        if isValid(widget):
            QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, NO_MOD, end)

    def wheel(self) -> None:
        widget, pos = self.point()
        steps = self.rng.choice([-3, -1, -1, 1, 1, 3])
        mods = self.rng.choice([NO_MOD] * 5 + [CTRL])
        self.note(f"wheel {self.describe(widget)} {pos.x()},{pos.y()} {steps} {mods.name}")
        event = QWheelEvent(QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(),
                            QPoint(0, 120 * steps), Qt.MouseButton.NoButton, mods,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)

    # -- keys ------------------------------------------------------------------------------
    def keyboard(self) -> QWidget:
        for widget in (QApplication.activePopupWidget(), QApplication.focusWidget(),
                       QApplication.activeModalWidget()):
            if widget is not None and isValid(widget):
                return widget
        return self.window

    def press(self, key, mods=NO_MOD, label="key") -> None:
        widget = self.keyboard()
        self.note(f"{label} {Qt.Key(key).name} {mods.name} -> {self.describe(widget)}")
        QTest.keyClick(widget, key, mods)

    def key(self) -> None:
        self.press(self.rng.choice(PLAIN_KEYS),
                   self.rng.choice([NO_MOD] * 6 + [SHIFT, CTRL]))

    def text(self) -> None:
        char = self.rng.choice(TEXT)
        widget = self.keyboard()
        self.note(f"text {char!r} -> {self.describe(widget)}")
        QTest.keyClicks(widget, char)

    def shortcut(self) -> None:
        key, mods = self.rng.choice(SHORTCUTS)
        self.press(key, mods, "shortcut")


def sandbox_report(home: Path) -> str:
    """'mount-namespace' when `/` cannot be written (the parent's read-only mount),
    'dialogs-only' when it can and only the dialog seam keeps files inside ``home``."""
    probe = Path("/") / f".neuron-monkey-probe-{os.getpid()}"
    try:
        probe.touch()
    except OSError as e:
        return "mount-namespace" if e.errno == errno.EROFS else f"dialogs-only ({e})"
    probe.unlink()
    return "dialogs-only"


def prepare_home(home: Path) -> Path:
    """Settings in ``home``; a few example networks and a CSV in ``home/files`` for the
    open dialogs to pick."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(home / "settings"))
    folder = home / "files"
    folder.mkdir(parents=True, exist_ok=True)
    resources = Path(__file__).resolve().parent.parent / "resources"
    for name in ("xor.nsnet", "coffee.nsnet"):
        if not (folder / name).exists():
            shutil.copy(resources / "examples" / name, folder / name)
    (folder / "points.csv").write_text(
        "x1,x2,label\n" + "".join(f"{i % 7},{i % 5},{i % 2}\n" for i in range(40)))
    return folder


def install_reporters(log) -> None:
    faulthandler.enable(sys.stderr, all_threads=True)
    faulthandler.register(signal.SIGUSR1, file=sys.stderr, all_threads=True)

    def hook(kind, value, tb):
        sys.stderr.write("".join(traceback.format_exception(kind, value, tb)))
        sys.stderr.flush()
        log.write(f"!traceback {kind.__name__}: {value}\n".replace("\n", " ").rstrip()
                  + "\n")
        log.flush()
    sys.excepthook = hook


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.monkey_app")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--home", required=True)
    args = parser.parse_args(argv)
    home = Path(args.home)
    log = open(args.log, "a", encoding="utf-8", buffering=1)
    install_reporters(log)

    from gui import files
    from gui.app import application, dispose
    from gui.main_window import MainWindow

    app = application()
    folder = prepare_home(home)
    files.use_sandbox_dialogs(folder)
    log.write(f"#sandbox {sandbox_report(home)} dialogs={folder}\n")
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    monkey = Monkey(window, args.seed, args.events, log)
    monkey.start()
    code = app.exec()
    if monkey.sent < args.events:
        log.write("closed\n")          # the window was closed (File > Quit)
    log.write(f"#dialogs-answered {files.sandbox_dialogs().asked}\n")
    log.flush()
    if isValid(window):
        dispose(window, discard_changes=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
