"""The main window as a user meets it: menus, files, unsaved changes, recent files."""

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage

from core import edits, netfile
from gui.commands import StructureCommand, ValueCommand
from gui.main_window import MainWindow


def _menus(w):
    return [a.text().replace("&", "") for a in w.menuBar().actions()]


def test_menus_shortcuts_and_title(window):
    assert _menus(window) == ["File", "Edit", "View", "Network", "Training", "Lessons", "Tools",
                             "Help"]
    a = window.actions_
    assert a.new.shortcut().toString() == "Ctrl+N"
    assert a.save_as.shortcut().toString() == "Ctrl+Shift+S"
    assert a.full_screen.shortcut().toString() == "F11"
    assert "Ctrl+Shift+Z" in [s.toString() for s in a.redo.shortcuts()]
    assert window.windowTitle() == "Circle[*] \u2014 Neuron Studio"
    assert not window.isWindowModified()
    for action in (a.new, a.open, a.save, a.delete, a.zoom_in, a.add_layer):
        assert action.toolTip()


def _edit(window):
    window.undo_stack.push(StructureCommand(window.document, "Add", edits.insert_neuron, 0, 0,
                                            "relu"))


def test_an_edit_marks_the_document_modified_and_undo_clears_it(window):
    _edit(window)
    assert window.isWindowModified() and window.document.modified
    window.actions_.undo.trigger()
    assert not window.document.modified


def test_save_then_open_gives_an_equal_network_and_view(window, tmp_path):
    _edit(window)
    window.undo_stack.push(ValueCommand(window.document, ("bias", 1, 0), 0.625))
    window.editor.zoom_in()
    path = tmp_path / "mine.nsnet"
    assert window._write(path)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("mine.nsnet")
    theta = window.document.network.theta.copy()
    view = window.editor.view_state()

    window.new_document()
    assert window.document.network.sizes == [4, 2, 1]
    assert window.open_file(path)
    assert np.array_equal(window.document.network.theta, theta)
    assert window.document.network.sizes == [5, 2, 1]
    assert window.editor.view_state()["zoom"] == pytest.approx(view["zoom"])
    assert str(path.resolve()) in [a.toolTip() for a in window.actions_.recent_menu.actions()]


@pytest.mark.parametrize("answer, replaced", [("cancel", False), ("discard", True)])
def test_unsaved_changes_prompt_on_new(window, answer, replaced):
    asked = []
    window.ask_save_changes = lambda: asked.append(1) or answer
    _edit(window)
    window.new_document()
    assert asked == [1]
    assert (window.document.network.sizes == [4, 2, 1]) == replaced


def test_unsaved_changes_prompt_save_writes_the_file(window, tmp_path):
    path = tmp_path / "kept.nsnet"
    window._write(path)
    _edit(window)
    window.ask_save_changes = lambda: "save"
    window.new_document()
    assert netfile.load(path).network.sizes == [5, 2, 1]


def test_quit_with_unsaved_changes_can_be_cancelled(window):
    _edit(window)
    window.ask_save_changes = lambda: "cancel"
    assert window.close() is False and window.isVisible()


def test_an_invalid_file_leaves_the_current_document_untouched(window, tmp_path):
    _edit(window)
    theta = window.document.network.theta.copy()
    bad = tmp_path / "broken.nsnet"
    text = netfile.dumps(window.document.doc).replace('"bias": 0.0', '"bias": "zero"', 1)
    bad.write_text(text, encoding="utf-8")
    assert window.open_file(bad, ask=False) is False
    assert len(window.errors) == 1
    headline, detail = window.errors[0].split("\n\n")
    assert headline == ("The file broken.nsnet is damaged or is not a complete Neuron Studio "
                        "network file.")
    assert detail.startswith("broken.nsnet: layers[")
    assert "bias" in window.errors[0]
    assert np.array_equal(window.document.network.theta, theta)
    assert window.document.modified and window.undo_stack.count() == 1


def test_dropping_a_network_file_on_the_window_opens_it(window, tmp_path):
    path = tmp_path / "dropped.nsnet"
    doc = netfile.default_document()
    doc.meta["title"] = "Dropped"
    netfile.save(doc, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document.path == path
    assert window.windowTitle().startswith("dropped.nsnet")


def test_missing_recent_file_is_reported_and_forgotten(window, tmp_path):
    path = tmp_path / "gone.nsnet"
    window._write(path)
    path.unlink()
    window.open_recent(str(path.resolve()))
    assert "no longer exists" in window.errors[0]
    assert window.actions_.recent_menu.actions() == []


def test_window_renders_with_editor_and_docks(window, tmp_path):
    png = tmp_path / "main.png"
    assert window.grab().save(str(png))
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1400, 900)
    assert window.palette_dock.isVisible() and window.inspector_dock.isVisible()


def test_a_new_user_builds_2_4_2_1_by_dragging_saves_quits_and_finds_it_again(qtbot, tmp_path):
    """The builder issue's walk-through: from an empty-ish start (one hidden neuron), drag
    neurons from the palette into a layer and into a gap, mix activations, save, quit,
    reopen: structure, activations, weights and zoom are all back."""
    from core.network import Network
    from gui.editor import activation_mime

    doc = netfile.default_document()
    doc.network = Network(["x1", "x2"], [["tanh"], ["sigmoid"]], loss="binary_crossentropy",
                          seed=3)
    w = MainWindow(doc)
    w.show()
    qtbot.waitExposed(w)
    ed = w.editor

    def drop(point, name):
        assert ed.handle_drop(QPointF(*point), activation_mime(name))

    for name in ("relu", "elu", "gelu"):            # three more into the hidden layer
        drop(ed.scene_layout().slot_point(0, 1), name)
    drop(ed.scene_layout().gap_point(1), "leaky_relu")   # a new layer before the output
    drop(ed.scene_layout().slot_point(1, 1), "softplus")
    net = w.document.network
    assert net.sizes == [4, 2, 1]
    assert sorted(net.activations(0)) == ["elu", "gelu", "relu", "tanh"]
    assert sorted(net.activations(1)) == ["leaky_relu", "softplus"]
    w.undo_stack.undo()
    w.undo_stack.redo()
    ed.zoom_in()
    path = tmp_path / "mine.nsnet"
    assert w._write(path)
    theta, acts, view = net.theta.copy(), [net.activations(i) for i in range(3)], \
        ed.view_state()
    w.ask_save_changes = lambda: "discard"
    assert w.close()

    again = MainWindow()
    again.show()
    qtbot.waitExposed(again)
    assert again.open_file(path, ask=False)
    net2 = again.document.network
    assert [net2.activations(i) for i in range(3)] == acts
    assert np.array_equal(net2.theta, theta)
    state = again.editor.view_state()   # another window: the centre rounds by a few pixels
    assert state["zoom"] == view["zoom"]
    assert np.allclose(state["center"], view["center"], atol=8.0)
    assert not again.document.modified and again.windowTitle().startswith("mine.nsnet")
    assert again.close()




STRAY_TAB_BARS = """
from PySide6.QtWidgets import QTabBar
from gui.app import application, dispose
from gui.main_window import MainWindow
app = application()
w = MainWindow(remember_layout=False)
w.resize(1600, 1000)
w.show()
for _ in range(5):
    app.processEvents()
editor = w.editor.geometry().translated(w.centralWidget().pos())
print(sum(b.isVisible() and b.geometry().intersects(editor)
          for b in w.findChildren(QTabBar) if b.parent() is w))
dispose(w, discard_changes=True)
"""


def test_no_stray_dock_tab_bar_is_left_on_screen():
    """Qt left a second "Map | Data" tab bar visible beside the network (seen with the
    app's own QApplication; the test process's does not show it, hence a subprocess)."""
    import os
    import subprocess
    import sys

    from tests.qt_messages import assert_no_qt_warnings, child_env

    env = child_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    out = subprocess.run([sys.executable, "-c", STRAY_TAB_BARS], capture_output=True,
                         text=True, env=env, timeout=60, cwd=os.getcwd())
    assert out.stdout.strip().splitlines()[-1] == "0", out.stdout + out.stderr
    assert_no_qt_warnings(out.stderr)
