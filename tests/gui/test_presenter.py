"""Presenter view (issue 14): the stage on the audience window, the controls and notes on
the main window, both live; with two screens the audience goes full screen on the other
one, with one screen it is a second window. Projection mode fits the screen it is on."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMenuBar, QToolBar

from gui import lessons, presenter
from tests.qt_messages import assert_no_qt_warnings, child_env

ROOT = Path(__file__).resolve().parents[2]


def _start(window, hands):
    window.activateWindow()
    hands.qtbot.waitUntil(window.isActiveWindow)
    window.editor.setFocus()
    hands.key(Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert window.presenter.active
    return window.presenter.audience


def test_shift_f5_opens_the_audience_window_with_the_stage_and_no_controls(window, hands):
    window.lessons.open_lesson(lessons.LESSONS_DIR / "04_dead_relu.nsnet")
    audience = _start(window, hands)
    assert audience.isVisible() and audience.isWindow() and audience is not window
    stage = window.presenter.stage
    assert {"network", "map", "health"} <= set(stage.views)
    assert "notes" not in stage.views                       # notes stay on the laptop
    assert window.lessons.dock.isVisible() and window.lessons.dock.window() is window
    assert not audience.findChildren(QMenuBar) and not audience.findChildren(QToolBar)
    assert window.editor.window() is window                 # the laptop keeps the editor
    assert stage.views["network"] is window.presenter.mirror
    assert window.presenter.mirror.scene() is window.editor.scene()
    assert window.presenter.action.isChecked()
    # one screen: a second window, no larger than the screen
    room = audience.screen().availableGeometry()
    assert not audience.isFullScreen() and room.contains(audience.frameGeometry())


def test_both_windows_stay_live_while_training(window, hands, qtbot):
    window.lessons.open_lesson(lessons.LESSONS_DIR / "02_coffee_roasting.nsnet")
    audience = _start(window, hands)
    window.live.redraw()
    before = window.surface.grab().toImage()
    window.editor.setFocus()
    hands.key(Qt.Key.Key_Space)                   # Play, from the laptop's keyboard
    qtbot.waitUntil(lambda: window.document.epoch >= 20, timeout=20000)
    hands.key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.controller.running, timeout=5000)
    window.live.redraw()
    assert window.surface.window() is audience
    assert window.surface.grab().toImage() != before          # the audience's map moved
    assert len(window.loss_plot) > 0


def test_ending_gives_the_docks_back_and_a_lesson_restages_it(window, hands):
    before = {d.objectName(): d.isVisible() for d in window.docks()}
    _start(window, hands)
    window.lessons.open_lesson(lessons.LESSONS_DIR / "07_softmax.nsnet")
    assert "sample" in window.presenter.stage.views
    hands.key(Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert not window.presenter.active and window.presenter.audience is None
    for dock in window.docks():
        assert dock.window() is window and window.docked(dock), dock.objectName()
    after = {d.objectName(): d.isVisible() for d in window.docks()}
    assert {k for k in before if before[k] != after[k]} <= {"lessonNotesDock", "sampleDock"}


def test_closing_the_audience_window_ends_the_view(window, hands, qtbot):
    audience = _start(window, hands)
    audience.close()
    qtbot.waitUntil(lambda: not window.presenter.active, timeout=2000)
    assert window.surface_dock.window() is window


def test_projection_and_presenter_take_turns(window, hands):
    _start(window, hands)
    window.projection.set_active(True, full_screen=False)
    assert window.projection.active and not window.presenter.active
    window.presenter.set_active(True)
    assert window.presenter.active and not window.projection.active
    window.presenter.set_active(False)


def test_the_audience_screen_is_remembered(window):
    window.presenter.choose_screen("projector-that-is-not-here")
    assert QSettings().value(presenter.SCREEN_KEY) == "projector-that-is-not-here"
    assert window.presenter.chosen_screen() is window.screen()     # falls back
    window.presenter._fill_screen_menu()
    entries = window.presenter.screen_menu.actions()
    assert len(entries) >= 1 and any(a.isChecked() for a in entries)


CHILD = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtCore import QSettings
    from gui import lessons
    from gui.app import application, dispose
    from gui.main_window import MainWindow

    app = application()
    out = {"screens": [s.name() for s in app.screens()]}
    w = MainWindow(remember_layout=False)
    w.ask_save_changes = lambda: "discard"
    w.show(); app.processEvents()
    out["opened"] = [w.width(), w.height(), w.screen().name()]
    w.projection.set_active(True); app.processEvents()
    out["projection"] = [w.geometry().getRect(), w.isFullScreen()]
    w.projection.set_active(False); app.processEvents()
    w.lessons.open_lesson(lessons.LESSONS_DIR / "04_dead_relu.nsnet")
    w.presenter.set_active(True); app.processEvents()
    a = w.presenter.audience
    out["audience"] = [a.screen().name(), a.geometry().getRect(), a.isFullScreen(),
                       sorted(w.presenter.stage.views)]
    for _ in range(5):
        w.controller.step_epoch()
    app.processEvents()
    out["epoch"] = w.document.epoch
    w.presenter.choose_screen("laptop"); app.processEvents()
    out["moved"] = [w.presenter.audience.screen().name(), w.presenter.audience.isFullScreen()]
    out["remembered"] = QSettings().value("presenter/screen")
    w.presenter.set_active(False)
    dispose(w, discard_changes=True)
    print(json.dumps(out))
""")


@pytest.mark.parametrize("laptop,projector", [((1366, 768), (1280, 720)),
                                               ((1280, 800), (1024, 768))])
def test_two_screens_audience_on_the_projector(tmp_path, laptop, projector):
    screens = {"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": laptop[0], "height": laptop[1]},
        {"name": "projector", "x": laptop[0], "y": 0, "width": projector[0],
         "height": projector[1]}]}
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens))
    env = child_env({**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                     "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")})
    proc = subprocess.run([sys.executable, "-c", CHILD, str(ROOT)], env=env,
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert_no_qt_warnings(proc.stderr, "presenter child")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["screens"] == ["laptop", "projector"]
    width, height, screen = out["opened"]
    assert screen == "laptop" and width <= laptop[0] and height <= laptop[1]
    assert out["projection"] == [[0, 0, laptop[0], laptop[1]], True]    # exactly the screen
    name, rect, full, views = out["audience"]
    assert name == "projector" and full
    assert rect == [laptop[0], 0, projector[0], projector[1]]
    assert {"network", "map", "health"} <= set(views) and "notes" not in views
    assert out["epoch"] == 5
    assert out["moved"] == ["laptop", False]      # the laptop's screen: a second window
    assert out["remembered"] == "laptop"
