"""Recording training: the recorder's timing (a fake clock, no main window), one frame
of a widget as an array, and File > Record Training… driven with the keyboard: the
dialog, recording while it trains, Stop, the progress dialog, the file written through
the dialog seam (``gui.files``), and Cancel leaving nothing behind."""

import time
from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image, ImageSequence
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import files
from gui.frames import FRAME_BUDGET, FrameScheduler
from gui.recording import capture, recorder, video, worker
from gui.recording.recorder import Recorder
from gui.recording.session import Recording
from gui.recording.video import FrameStore

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


@pytest.fixture
def fake_window(qtbot):
    """What a Recorder needs of a window: a frame scheduler and a "map" that shows text."""
    surface = QWidget()
    surface.resize(120, 80)
    surface.label = QLabel("start", surface)
    QVBoxLayout(surface).addWidget(surface.label)
    qtbot.addWidget(surface)
    surface.show()
    qtbot.waitExposed(surface)
    clock = Clock()
    scheduler = FrameScheduler(clock=clock)
    return SimpleNamespace(live=SimpleNamespace(scheduler=scheduler), surface=surface,
                           clock=clock)


def test_rgb_array_is_red_green_blue():
    image = QImage(3, 2, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 120, 250))
    rgb = capture.rgb_array(image)
    assert rgb.shape == (2, 3, 3) and rgb.dtype == np.uint8
    assert (rgb == (10, 120, 250)).all()


def test_grab_leaves_the_recording_sign_out(qtbot):
    """The window's frames show no REC sign: its place has its parent's background."""
    outer = QWidget()
    outer.resize(100, 60)
    sign = QLabel("REC", outer)
    sign.setGeometry(60, 10, 30, 20)
    sign.setStyleSheet("background: rgb(255, 0, 0)")
    qtbot.addWidget(outer)
    outer.show()
    qtbot.waitExposed(outer)
    red = (255, 0, 0)
    assert (capture.grab(outer, (100, 60)) == red).all(axis=2).sum() > 300
    frame = capture.grab(outer, (100, 60), hidden=[sign])
    assert not (frame == red).all(axis=2).any()
    assert (frame[20, 75] == frame[20, 40]).all()          # the background, seamless


def test_frames_follow_the_clock_in_step_with_training_frames(fake_window, qtbot):
    w, clock = fake_window, fake_window.clock
    store = FrameStore((120, 80))
    rec = Recorder(w, "map", store, fps=10, seconds=1, clock=clock, parent=w.surface)
    ended = []
    rec.finished.connect(ended.append)
    rec.start()                                    # frame 0 at once
    assert (len(store), w.live.scheduler.budget) == (1, recorder.RECORDING_BUDGET)
    w.surface.label.setText("trained a bit")
    clock.t = 0.35
    w.live.scheduler.running = True
    w.live.scheduler.draw_frame()                  # a training frame: frames 1-3 are due
    assert (len(store), store.stored) == (4, 2)
    assert np.array_equal(store[2], store[0]) and not np.array_equal(store[3], store[0])
    clock.t = 0.45                                 # frame 4 due, but a training frame
    qtbot.wait(250)                                # came just now: the timer waits for
    assert len(store) == 4                         # the next one
    clock.t = 0.75                                 # no training frame for a while:
    qtbot.waitUntil(lambda: len(store) == 8, timeout=2000)     # the timer grabs
    assert store.stored == 2                       # the same picture, stored once
    w.live.scheduler.running = False
    w.surface.label.setText("trained more")
    clock.t = 1.3                                  # past the end: the last frames, stop
    qtbot.waitUntil(lambda: ended == [""], timeout=2000)
    assert (len(store), store.stored) == (10, 3)
    assert not np.array_equal(store[9], store[8])
    assert w.live.scheduler.frame_hooks == []
    assert w.live.scheduler.budget == FRAME_BUDGET
    store.close()


def test_recording_stops_when_the_view_goes(fake_window, qtbot):
    w, clock = fake_window, fake_window.clock
    store = FrameStore((120, 80))
    rec = Recorder(w, "map", store, fps=10, seconds=5, clock=clock, parent=w.surface)
    ended = []
    rec.finished.connect(ended.append)
    rec.start()
    w.surface.hide()
    clock.t = 0.5
    qtbot.waitUntil(lambda: bool(ended), timeout=2000)
    assert "not shown" in ended[0]
    assert len(store) == 6                         # what was due, the last frame repeated
    store.close()


# -- the app ---------------------------------------------------------------------------------

@pytest.fixture
def slow_encoding(monkeypatch):
    """Each encoding step takes 40 ms more, so that the progress dialog stays up long
    enough to see and to cancel (a few small frames otherwise take 50 ms in all)."""
    def slow(frames, path, fps):
        for step in video.encode(frames, path, fps):
            time.sleep(0.04)
            yield step
    monkeypatch.setattr(worker, "encode", slow)


def map_region(frame: np.ndarray) -> np.ndarray:
    """The middle of the Map panel's frame: the decision surface (with its points)."""
    h, w = frame.shape[:2]
    return frame[h // 4: h // 2, w // 4: 3 * w // 4].astype(int)


def test_record_the_map_while_it_trains_then_cancel_a_second_one(window, hands, qtbot,
                                                                  tmp_path, slow_encoding,
                                                                  monkeypatch):
    shown = window.bar_values = []        # the progress bar (value, maximum) at each step
    original = Recording._encode

    # the dialog's own bar, in the GUI thread: a patched Recording._progressed was called
    # in the encoding thread (PySide queues only the class's own methods), and touching
    # the progress dialog there crashed now and then
    def encode(self):
        original(self)
        bar = self.progress.findChild(QProgressBar)
        bar.valueChanged.connect(lambda value: shown.append((value, bar.maximum())))
    monkeypatch.setattr(Recording, "_encode", encode)
    folder = tmp_path / "videos"
    folder.mkdir()
    files.use_sandbox_dialogs(folder)
    try:
        _record_and_save(window, hands, qtbot, folder)
        _record_and_cancel(window, hands, qtbot, folder)
        _close_while_recording(window, hands, qtbot, folder)
        window.show()
        qtbot.waitExposed(window)
        _close_while_saving(window, hands, qtbot, folder)
    finally:
        files.use_sandbox_dialogs(None)


def test_record_training_ends_the_export_group_of_the_file_menu(window):
    file_menu = window.menuBar().actions()[0].menu()
    entries = [a for a in file_menu.actions()]
    at = entries.index(window.recording.action)
    assert entries.index(window.actions_.export_menu.menuAction()) < at
    assert entries[at + 1].isSeparator() and window.recording.action.text() == \
        "Record &Training\u2026"
    assert window.recording.action.shortcut().toString() == "Ctrl+Shift+V"


def _open_dialog(window, hands, qtbot):
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_V, CTRL_SHIFT)            # File > Record Training…
    dialog = window.recording.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def _stop_with_the_keyboard(window, hands, qtbot):
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_V, CTRL_SHIFT)            # File > Stop Recording
    assert window.recording.recorder is None
    assert not window.controller.running           # the recording started it, and paused it
    progress = window.recording.progress
    assert progress is not None and progress.isVisible()
    return progress


def _record_and_save(window, hands, qtbot, folder):
    dialog = _open_dialog(window, hands, qtbot)
    assert hands.focused() is dialog.view
    stage = dialog.view.model().item(dialog.view.findData("stage"))
    assert not stage.isEnabled()                   # no projection mode: no stage
    hands.key(Qt.Key.Key_Down)                     # Whole window -> (not Stage) -> Map
    assert dialog.current_view() == "map"
    hands.key(Qt.Key.Key_Tab)                      # size: the view's own
    hands.key(Qt.Key.Key_Tab)                      # frame rate (width, height are off)
    assert hands.focused() is dialog.fps
    hands.type("5")
    hands.key(Qt.Key.Key_Tab)
    hands.type("30")                               # Stop after 30 s: we stop it sooner
    assert (dialog.fps.value(), dialog.seconds.value()) == (5, 30)
    assert dialog.train.isChecked() and dialog.path.text() == ""
    epoch = window.document.epoch
    hands.key(Qt.Key.Key_Return)                   # Start: no file yet, so it asks first
    path = folder.resolve() / "answer1.gif"        # what the sandboxed dialog answers
    assert window.recording.dialog is None
    qtbot.waitUntil(lambda: window.recording.recorder is not None, timeout=2000)
    assert window.controller.running and window.recording.stop_action.isVisible()
    size = (window.surface.width(), window.surface.height())
    qtbot.waitUntil(lambda: len(window.recording._store) >= 6, timeout=10000)
    assert "REC" in window.recording.sign.text()
    progress = _stop_with_the_keyboard(window, hands, qtbot)
    assert path.name in progress.labelText()
    qtbot.waitUntil(lambda: window.recording.progress is None, timeout=20000)
    seen = window.bar_values
    assert len(seen) > 3 and seen == sorted(seen) and seen[-1][0] == seen[-1][1]
    assert window.document.epoch > epoch
    assert "Saved the recording" in window.statusBar().currentMessage()
    assert not window.recording.stop_action.isVisible()
    with Image.open(path) as gif:
        assert gif.size == size and gif.n_frames >= 2
        shown = [np.asarray(f.convert("RGB")) for f in ImageSequence.Iterator(gif)]
    assert all(f.std() > 10 for f in shown)        # not blank
    assert np.abs(map_region(shown[0]) - map_region(shown[-1])).mean() > 2


def _record_and_cancel(window, hands, qtbot, folder):
    before = sorted(p.name for p in folder.iterdir())
    dialog = _open_dialog(window, hands, qtbot)
    planned = dialog.path.text()                   # a new name beside the last recording
    assert planned.endswith("_training.gif") and str(folder.resolve()) in planned
    hands.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.recording.recorder is not None and
                    len(window.recording._store) >= 3, timeout=10000)
    progress = _stop_with_the_keyboard(window, hands, qtbot)
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    hands.click(cancel)
    qtbot.waitUntil(lambda: window.recording.progress is None, timeout=10000)
    assert "not saved" in window.statusBar().currentMessage()
    assert sorted(p.name for p in folder.iterdir()) == before     # no file, no temporary


def _close_while_recording(window, hands, qtbot, folder):
    """Quitting while recording ends it without saving (and without asking)."""
    before = sorted(p.name for p in folder.iterdir())
    _open_dialog(window, hands, qtbot)
    hands.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.recording.recorder is not None, timeout=2000)
    window.ask_save_changes = lambda: "discard"
    assert window.close()
    assert window.recording.recorder is None and window.recording.progress is None
    assert window.live.scheduler.frame_hooks == []
    assert sorted(p.name for p in folder.iterdir()) == before


def _close_while_saving(window, hands, qtbot, folder):
    """Quitting while saving cancels it: no file, no temporary file, no thread left."""
    before = sorted(p.name for p in folder.iterdir())
    _open_dialog(window, hands, qtbot)
    hands.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.recording.recorder is not None and
                    len(window.recording._store) >= 3, timeout=10000)
    _stop_with_the_keyboard(window, hands, qtbot)
    thread = window.recording._thread
    assert window.close()
    assert not thread.isRunning() and window.recording.progress is None
    hands.settle()                                 # the worker's last signals: ignored
    assert sorted(p.name for p in folder.iterdir()) == before
