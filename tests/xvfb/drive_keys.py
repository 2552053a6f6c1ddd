"""Press undo and redo keys in the real app on an X display (run by test_real_keys.py).

``DISPLAY=:N python tests/xvfb/drive_keys.py`` opens the main window on the X server
(platform xcb: Qt uses the X11 key scheme there, unlike offscreen), then, from a timer
inside the app, presses each key of ``KEYS`` with xdotool, a process of its own, so Qt
receives genuine X key events; after each it records the network's layer sizes. At the end
it lists the keys bound twice where both can be active (tests/shortcut_check.py) with every
panel open. Prints one JSON line; exit status 0 when every step ran.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402

from gui.app import application, dispose  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from tests.shortcut_check import bindings, duplicates, open_everything  # noqa: E402

# add a hidden layer, undo, redo the X11 way, undo, redo the Windows way
KEYS = ["ctrl+l", "ctrl+z", "ctrl+shift+z", "ctrl+z", "ctrl+y"]
SETTLE_S = 0.4        # after xdotool exits, time for the X server to deliver the key


def main() -> int:
    app = application()
    window = MainWindow(remember_layout=False)
    window.setGeometry(0, 0, 1400, 900)
    window.show()
    window.activateWindow()
    result = {"ok": False, "sizes": [], "keys": KEYS,
              "redo_keys": [k.toString() for k in window.actions_.redo.shortcuts()]}
    pending = list(KEYS)
    state = {"proc": None, "since": 0.0}

    def sizes() -> list[int]:
        return list(window.document.network.sizes)

    def tick() -> None:
        proc = state["proc"]
        if proc is not None:
            if proc.poll() is None:
                return
            if state["since"] == 0.0:
                state["since"] = time.monotonic()
                return
            if time.monotonic() - state["since"] < SETTLE_S:
                return
            result["sizes"].append(sizes())
        if not pending:
            timer.stop()
            open_everything(window)
            result["duplicates"] = duplicates(bindings(window))
            result["ok"] = True
            window.ask_save_changes = lambda: "discard"
            app.quit()
            return
        state["since"] = 0.0
        # the pointer over the window: with no window manager, X gives it the keyboard
        state["proc"] = subprocess.Popen(["xdotool", "mousemove", "700", "450", "key",
                                          pending.pop(0)])

    def start() -> None:
        window.editor.setFocus()
        result["start"] = sizes()
        timer.start(50)

    timer = QTimer()
    timer.timeout.connect(tick)
    QTimer.singleShot(1500, start)            # mapped and laid out
    QTimer.singleShot(60_000, app.quit)       # never hang
    app.exec()
    dispose(window, discard_changes=True)
    print(json.dumps(result), flush=True)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
