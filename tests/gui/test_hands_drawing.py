"""Draw your own data on the Map (gui.drawing), with real mouse events on the Map's
viewport and real keys: every stroke one undo step, the eraser, Clear, more classes, a
regression value, the point limit, drawing while training, and a drawing that survives
Save and Open exactly. One window for the module (a window costs ~0.4 s)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from core import drawn, netfile
from gui import files
from gui.plots import style

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def shared(qapp):
    from gui.main_window import MainWindow

    w = MainWindow(remember_layout=False)
    w.errors = []
    w.show_error = lambda title, text: w.errors.append(text)
    w.resize(1280, 720)
    w.show()
    yield w
    w.controller.stop()
    w.ask_save_changes = lambda: "discard"
    w.close()
    w.deleteLater()


@pytest.fixture
def win(shared, qtbot):
    """The shared window on a fresh default document, drawing off, errors cleared."""
    shared.drawing.action.setChecked(False)
    shared.document.replace(netfile.default_document(), None)
    shared.errors.clear()
    bar = shared.drawing.bar
    bar.findChild(type(bar.clear), "draw_spray").setChecked(True)   # the tool a person left
    shared.activateWindow()
    qtbot.waitUntil(lambda: shared.isActiveWindow() or True)
    yield shared
    shared.controller.stop()


def settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def key(k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key to the widget that has the keyboard now, as a person types it."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    QTest.keyClick(target, k, modifiers)
    settle()


def start_drawing(w) -> None:
    """Ctrl+D from the keyboard, with the network editor focused."""
    w.editor.setFocus()
    settle()
    key(Qt.Key.Key_D, CTRL)
    assert w.drawing.action.isChecked() and w.drawing.bar.isVisible()
    settle()


def stroke(w, points, button=LEFT) -> None:
    """Press at the first point of the plane, move through the others, release."""
    tool = w.drawing.tool
    vp = tool.viewport
    at = [tool.viewport_point(x, y) for x, y in points]
    QTest.mousePress(vp, button, Qt.KeyboardModifier.NoModifier, at[0])
    for p in at[1:]:
        QTest.mouseMove(vp, p)
    QTest.mouseRelease(vp, button, Qt.KeyboardModifier.NoModifier, at[-1])
    settle()


def spray_line(w, x0, y0, steps=4, dx=0.8):
    stroke(w, [(x0 + i * dx, y0) for i in range(steps + 1)])


def choose(w, tool_name: str) -> None:
    QTest.mouseClick(w.drawing.bar.findChild(type(w.drawing.bar.clear), f"draw_{tool_name}"),
                     LEFT)
    assert w.drawing.tool.tool == tool_name


def choose_class(w, k: int) -> None:
    combo = w.drawing.bar.classes
    combo.setFocus()
    settle()
    while combo.currentIndex() != k:
        key(Qt.Key.Key_Down if combo.currentIndex() < k else Qt.Key.Key_Up)
    assert w.drawing.tool.label == k


def drawing(w):
    return drawn.points(w.document.doc.data)


def test_a_drawing_round_trips_through_save_and_open_and_is_split(win, tmp_path):
    start_drawing(win)
    assert win.document.doc.data["X"] == [] and "spray" in win.drawing.bar.hint.text()
    assert win.surface.showing_plot()
    assert win.surface.title.text() == "Draw at least 2 points (0 so far)"
    spray_line(win, -4, -3)
    choose_class(win, 1)
    spray_line(win, 1, 3)
    X, y = drawing(win)
    assert len(X) == 50 and sorted(set(y.tolist())) == [0, 1]
    bundle = win.document.data_bundle()
    assert bundle is not None and len(bundle.raw_train.X) + len(bundle.raw_test.X) == 50
    assert len(bundle.raw_train.X) == 25         # split like any data (train fraction 0.5)
    # the Map shows them in its own, raw units: train + test points
    plot = win.surface.plot
    assert len(plot._points["train"][0]) + len(plot._points["test"][0]) == 50
    assert plot.surface_rgba() is not None
    files.use_sandbox_dialogs(tmp_path)
    try:
        assert win.save_as()
    finally:
        files.use_sandbox_dialogs(None)
    path = win.document.path
    saved = netfile.load(path)
    assert saved.data["drawn"] is True and saved.data["extent"] == [-6.0, 6.0, -6.0, 6.0]
    win.document.replace(netfile.default_document(), None)
    assert win.open_file(path, ask=False)
    X2, y2 = drawing(win)
    assert np.array_equal(X2, X) and np.array_equal(y2, y)
    assert win.document.data_bundle().n_classes == 2
    assert not win.drawing.action.isChecked()          # a file opens with drawing off
    assert win.settings_panel.data.picker.currentText() == "Drawn on the Map"


def test_every_stroke_is_one_undo_step_from_the_keyboard(win):
    start_drawing(win)
    spray_line(win, -4, -3)
    spray_line(win, -4, 0)
    choose(win, "point")
    stroke(win, [(3, 3)])
    counts = [len(drawing(win)[0])]
    assert counts == [51] and win.undo_stack.undoText() == "Draw 1 point of class 0"
    win.editor.setFocus()
    settle()
    key(Qt.Key.Key_Z, CTRL)
    assert len(drawing(win)[0]) == 50
    key(Qt.Key.Key_Z, CTRL)
    assert len(drawing(win)[0]) == 25
    key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(drawing(win)[0]) == 50
    assert win.undo_stack.undoText().startswith("Spray 25 points")


def test_the_eraser_and_the_right_button_remove_points_and_the_view_never_pans(win):
    start_drawing(win)
    spray_line(win, -4, -3)
    spray_line(win, 2, 3)
    before = win.surface.plot.plot.vb.viewRange()
    X, _ = drawing(win)
    stroke(win, [(-4 + i * 0.4, -3) for i in range(9)], RIGHT)   # right button: erase
    X1, _ = drawing(win)
    assert len(X1) < len(X) and win.undo_stack.undoText().startswith("Erase")
    choose(win, "erase")
    stroke(win, [(2 + i * 0.4, 3) for i in range(9)])
    X2, _ = drawing(win)
    assert len(X2) < len(X1)
    assert win.surface.plot.plot.vb.viewRange() == before        # no pan while drawing
    win.drawing.action.setChecked(False)        # the same drag without drawing: it pans
    stroke(win, [(2 + i * 0.4, 3) for i in range(9)])
    assert win.surface.plot.plot.vb.viewRange() != before
    assert len(drawing(win)[0]) == len(X2)


def test_clear_asks_nothing_and_undo_brings_the_points_back(win):
    start_drawing(win)
    spray_line(win, -4, -3)
    X, y = drawing(win)
    QTest.mouseClick(win.drawing.bar.clear, LEFT)
    settle()
    assert drawing(win)[0].shape == (0, 2) and win.undo_stack.undoText() == \
        "Clear the drawing"
    assert win.document.data_bundle() is None and win.surface.showing_plot()
    win.editor.setFocus()
    settle()
    key(Qt.Key.Key_Z, CTRL)
    assert np.array_equal(drawing(win)[0], X) and np.array_equal(drawing(win)[1], y)


def test_a_third_class_makes_three_softmax_outputs_and_undo_takes_them_back(win):
    start_drawing(win)
    spray_line(win, -4, -3)
    choose_class(win, 1)
    spray_line(win, 2, 3)
    choose_class(win, 2)
    assert win.drawing.bar.classes.currentText() == "2 (new)"
    spray_line(win, -4, 4)
    net = win.document.network
    assert net.activations(-1) == ["softmax"] * 3 and net.loss == "categorical_crossentropy"
    assert "output layer now has 3 softmax" in win.drawing.bar.hint.text()
    assert win.drawing.bar.classes.count() == 4           # classes 0-2 and a new one
    win.editor.setFocus()
    key(Qt.Key.Key_Z, CTRL)
    assert win.document.network.activations(-1) == ["sigmoid"]


def test_a_regression_drawing_takes_the_typed_value(win):
    start_drawing(win)
    assert win.settings_panel.set_problem("regression")
    bar = win.drawing.bar
    assert bar.value.isVisible() and not bar.classes.isVisible()
    bar.value.setFocus()
    settle()
    key(Qt.Key.Key_A, CTRL)
    QTest.keyClicks(QApplication.focusWidget(), "2.5")
    key(Qt.Key.Key_Tab)
    choose(win, "point")
    stroke(win, [(1, 1)])
    stroke(win, [(-1, -1)])
    X, y = drawing(win)
    assert y.tolist() == [2.5, 2.5] and np.allclose(X, [[1, 1], [-1, -1]], atol=0.05)
    assert win.document.doc.data["y"] == [2.5, 2.5]
    net = win.document.network
    assert net.activations(-1) == ["linear"] and net.loss == "mse"
    assert win.document.data_bundle().problem == "regression"


def test_points_are_stored_in_the_maps_raw_units_when_inputs_are_normalised(win):
    start_drawing(win)
    spray_line(win, 2, 3)
    win.settings_panel.data.normalize.click()            # Normalize inputs, as clicked
    assert win.document.doc.data.get("normalize") is True
    choose(win, "point")
    stroke(win, [(-4, -5)])
    X, _ = drawing(win)
    assert np.allclose(X[-1], [-4, -5], atol=0.05) and drawn.is_drawing(win.document.doc.data)
    bundle = win.document.data_bundle()
    assert bundle.mean is not None and abs(bundle.train[0].mean(axis=0)).max() < 1e-9
    assert win.live.extent == (-6.0, 6.0, -6.0, 6.0)     # the Map's axes stay raw


def test_other_inputs_become_x1_x2_in_one_undo_step_with_a_message(win):
    assert win.settings_panel.choose_dataset("coffee")
    assert list(win.document.network.input_names) != ["x1", "x2"]
    QTest.mouseClick(win.drawing.map_button, LEFT)        # the Map's own Draw toggle
    settle()
    assert win.drawing.action.isChecked() and win.drawing.bar.isVisible()
    assert list(win.document.network.input_names) == ["x1", "x2"]
    hint = win.drawing.bar.hint.text()
    assert "2 inputs (temperature" in hint and "became x1 and x2" in hint and "Ctrl+Z" in hint
    win.editor.setFocus()
    key(Qt.Key.Key_Z, CTRL)
    assert win.document.doc.data["name"] == "coffee"
    assert not win.drawing.action.isChecked() and not win.drawing.bar.isVisible()
    assert not win.drawing.map_button.isChecked()


def test_the_point_limit_is_said(win, monkeypatch):
    monkeypatch.setattr(drawn, "MAX_POINTS", 12)
    start_drawing(win)
    spray_line(win, -4, -3)
    assert len(drawing(win)[0]) == 12
    assert "at most 12 points" in win.drawing.bar.hint.text()


def test_drawing_while_training_the_map_follows_and_training_goes_on(win, qtbot):
    start_drawing(win)
    spray_line(win, -4, -3)
    choose_class(win, 1)
    spray_line(win, 1, 3)
    win.controller.play()
    qtbot.waitUntil(lambda: win.document.epoch >= 3, timeout=10_000)
    restarts = win.controller.restarts
    choose_class(win, 0)
    spray_line(win, -4, 4)
    assert win.controller.running and win.controller.restarts == restarts + 1
    X, _ = drawing(win)
    plot = win.surface.plot
    assert len(plot._points["train"][0]) + len(plot._points["test"][0]) == len(X) == 75
    epoch = win.document.epoch
    qtbot.waitUntil(lambda: win.document.epoch >= epoch + 3, timeout=10_000)
    shown = plot.surface_rgba().copy()
    qtbot.waitUntil(lambda: not np.array_equal(plot.surface_rgba(), shown), timeout=10_000)
    win.controller.pause()
    assert win.errors == []


def test_the_tools_read_from_the_back_of_a_classroom(win):
    """What projection mode does at 1280x720 (the window's text times 1.75, the plots'
    factor 1.04 for whatever scales itself): every text of the tools >= 16 px."""
    start_drawing(win)
    surface = win.surface
    font = surface.font()
    font.setPointSizeF(font.pointSizeF() * 1.75)
    surface.setFont(font)
    scaled = style.font_scaled_widgets(surface)
    assert win.drawing.bar in scaled
    for w in scaled:
        w.set_font_scale(1.04)
    try:
        bar = win.drawing.bar
        widgets = [bar.clear, bar.done, bar.class_label, bar.classes, bar.hint,
                   *bar.buttons.buttons(), win.drawing.map_button]
        sizes = {w.objectName() or w.text(): QFontInfo(w.font()).pixelSize() for w in widgets}
        assert min(sizes.values()) >= 16, sizes
    finally:
        surface.setFont(QApplication.font())
        for w in scaled:
            w.set_font_scale(1.0)


def test_while_drawing_a_unit_is_as_long_across_as_up(win):
    """A circle drawn is a circle in the data: the Map keeps one scale while drawing (the
    projected walk-through drew a ring that was stored as an ellipse)."""
    tool = win.drawing.tool

    def pixels_per_unit():
        settle()
        origin, right, up = (tool.viewport_point(*p) for p in ((0, 0), (1, 0), (0, 1)))
        return abs(right.x() - origin.x()), abs(up.y() - origin.y())

    start_drawing(win)
    across, up = pixels_per_unit()
    assert across == pytest.approx(up, rel=0.01)
    win.drawing.action.setChecked(False)       # Done: the Map may use its width again
    assert not tool.active


def test_the_last_class_stops_being_new_once_drawn(qapp):
    # the chooser offers the classes drawn and one new one, up to MAX_CLASSES: drawing that
    # last class leaves the count as it was, and the entry must lose its "(new)" all the same
    from types import SimpleNamespace

    from PySide6.QtGui import QAction

    from gui.drawing.bar import MAX_CLASSES, DrawBar

    tool = SimpleNamespace(tool="spray", label=0, value=0.0, clear=lambda: None)
    action = QAction()
    bar = DrawBar(tool, action)

    def texts(classes: int) -> list[str]:
        data = drawn.new_drawing()
        data["X"], data["y"] = [[0.0, 0.0]] * classes, list(range(classes))
        bar.refresh(data)
        return [bar.classes.itemText(k) for k in range(bar.classes.count())]

    last = MAX_CLASSES - 1
    assert texts(last)[-1] == f"{last} (new)"
    assert texts(MAX_CLASSES) == [str(k) for k in range(MAX_CLASSES)]
    assert texts(2) == ["0", "1", "2 (new)"]
    bar.deleteLater()
