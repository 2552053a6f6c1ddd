"""Drive the real app on an X display with real input events (run by test_real_window.py).

``DISPLAY=:N python tests/xvfb/drive_real_window.py OUT_DIR`` opens the main window on the
X server (platform xcb, not offscreen), then, from a timer inside the app, runs xdotool:
press the mouse on the palette's ReLU entry, drag it into the first hidden layer, release;
press Space to train; grab the X screen to OUT_DIR/real-window.png. xdotool runs as its
own process, so Qt receives genuine X events (a QDrag with its nested event loop included).
Prints one JSON line with what happened; exit status 0 when every step worked.

``... OUT_DIR crash`` does the same but then keeps training (and autosaving) until it is
killed; ``... OUT_DIR recover`` starts as after that crash and answers the real "Restore
unsaved work?" box with the Return key; ``... OUT_DIR recover-and-wait`` does the same,
prints its JSON line and then waits to be killed (a second crash right after a restore).
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

from PySide6.QtCore import QPoint, QTimer  # noqa: E402

from gui.app import application, dispose  # noqa: E402
from gui.autosave import offer_recovery  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402

STEP_MS = 100


def global_centre(widget, local: QPoint) -> tuple[int, int]:
    p = widget.mapToGlobal(local)
    return p.x(), p.y()


class Driver:
    """Steps run one after another from a timer, so the event loop keeps running."""

    def __init__(self, app, window, out: Path, crash: bool = False):
        self.app, self.w, self.out, self.crash = app, window, out, crash
        self.result: dict = {"ok": False}
        self.proc = None
        self.steps = iter([self.drag, self.wait_proc, self.check_drop, self.play, self.wait,
                           self.check_training, self.grab, self.finish])
        self.deadline = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.current = None

    def tick(self) -> None:
        try:
            if self.current is None or self.current():
                self.current = next(self.steps)
        except StopIteration:
            self.timer.stop()
        except Exception as e:       # noqa: BLE001 - reported as the result, then quit
            self.result["error"] = f"{type(e).__name__}: {e}"
            self.timer.stop()
            self.w.ask_save_changes = lambda: "discard"
            self.app.quit()

    def xdotool(self, *args) -> None:
        self.proc = subprocess.Popen(["xdotool", *map(str, args)])

    def drag(self) -> bool:
        palette, editor = self.w.palette, self.w.editor
        self.w.palette_dock.raise_()
        row = next(i for i in range(palette.count()) if "ReLU" == palette.item(i).text()
                   or palette.item(i).text().startswith("ReLU"))
        src = global_centre(palette.viewport(), palette.visualItemRect(palette.item(row))
                            .center())
        band = editor.scene().bands[0].sceneBoundingRect()
        target = editor.viewport().mapToGlobal(editor.mapFromScene(band.center().x(),
                                                                   band.bottom() - 30))
        self.result["before"] = sum(self.w.document.network.sizes)
        x0, y0 = src
        self.xdotool("mousemove", x0, y0, "mousedown", "1", "sleep", "0.3",
                     "mousemove", x0 + 12, y0 + 4, "sleep", "0.3",
                     "mousemove", (x0 + target.x()) // 2, (y0 + target.y()) // 2, "sleep", "0.3",
                     "mousemove", target.x(), target.y(), "sleep", "0.5", "mouseup", "1")
        return True

    def wait_proc(self) -> bool:
        return self.proc.poll() is not None

    def check_drop(self) -> bool:
        self.result["after_drop"] = sum(self.w.document.network.sizes)
        self.result["activations"] = self.w.document.network.activations(0)
        if self.result["after_drop"] != self.result["before"] + 1:
            raise AssertionError(f"the drop did not add a neuron: {self.result}")
        return True

    def play(self) -> bool:
        self.xdotool("key", "space")     # to the focused window: the pointer is over it
        self.deadline = time.monotonic() + 3.0
        return True

    def wait(self) -> bool:
        return self.proc.poll() is not None and time.monotonic() > self.deadline

    def check_training(self) -> bool:
        c = self.w.controller
        self.result.update(running=c.running, epoch=c.epoch)
        if not (c.running and c.epoch > 0):
            raise AssertionError(f"Space did not start training: {self.result}")
        return True

    def grab(self) -> bool:
        shot = self.out / "real-window.png"
        self.w.screen().grabWindow(0).save(str(shot))   # the X server's own pixels
        self.result["screenshot"] = str(shot)
        return True

    def finish(self) -> bool:
        if self.crash:       # print, keep training and autosaving: the test kills us
            self.result["ok"] = True
            print(json.dumps(self.result), flush=True)
            return False
        self.w.controller.pause()
        self.result["ok"] = True
        # quit() closes the window first, and the edit made it "modified": without this
        # the save-changes question would wait on the virtual screen for an answer
        self.w.ask_save_changes = lambda: "discard"
        self.app.quit()
        return True


def recover(out_dir: str, wait: bool = False) -> int:
    """Start as after a crash: the real "Restore unsaved work?" box is answered with the
    Return key (its default button, Restore) from xdotool. With ``wait``, report and keep
    running until killed."""
    app = application()
    window = MainWindow(remember_layout=False)
    window.setGeometry(0, 0, 1400, 900)
    window.show()
    result = {"ok": False}

    def offer() -> None:
        subprocess.Popen(["sh", "-c", "sleep 1.5; xdotool mousemove 700 450 key Return"])
        result["restored"] = offer_recovery(window)     # the modal box waits for the key
        net = window.document.network
        result.update(ok=bool(result["restored"]), neurons=sum(net.sizes),
                      activations=net.activations(0), modified=window.document.modified,
                      epoch=int(window.document.doc.training.get("epoch", 0)))
        window.ask_save_changes = lambda: "discard"
        if wait:
            print(json.dumps(result), flush=True)
        else:
            app.quit()

    QTimer.singleShot(1000, offer)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    dispose(window, discard_changes=True)
    print(json.dumps(result), flush=True)
    return 0 if result["ok"] else 1


def main(out_dir: str, crash: bool = False) -> int:
    app = application()
    window = MainWindow(remember_layout=False)
    window.setGeometry(0, 0, 1400, 900)
    window.show()
    window.activateWindow()
    driver = Driver(app, window, Path(out_dir), crash)
    QTimer.singleShot(1500, lambda: driver.timer.start(STEP_MS))   # mapped and laid out
    QTimer.singleShot(60_000, app.quit)                             # never hang
    app.exec()
    dispose(window, discard_changes=True)
    print(json.dumps(driver.result))
    return 0 if driver.result["ok"] else 1


if __name__ == "__main__":
    mode = sys.argv[2] if len(sys.argv) > 2 else ""
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    if mode.startswith("recover"):
        sys.exit(recover(out, wait=mode == "recover-and-wait"))
    sys.exit(main(out, crash=mode == "crash"))
