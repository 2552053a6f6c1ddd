"""Every shortcut of the user guide's table ("Keyboard shortcuts"), pressed as a person
does: on the keyboard, with the focus where it would be (the canvas, or a panel), never by
triggering the action. File dialogs and message boxes are answered through the seams the
app asks through (``gui.files``), and files are written only under ``tmp_path``.
"""

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from core import edits, netfile
from gui import files

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
K = Qt.Key



def select_neuron(hands, ed, layer, unit):
    hands.click(ed, ed.mapFromScene(ed.neuron_item(layer, unit).sceneBoundingRect().center()))
    assert ed.selection() == ("neuron", layer, unit)


def test_ctrl_s_asks_for_a_name_then_saves_in_place(window, canvas, hands, tmp_path,
                                                    monkeypatch):
    asked = []
    target = tmp_path / "mine.nsnet"
    monkeypatch.setattr(files, "ask_save_path",
                        lambda parent, suggested: asked.append(suggested) or target)
    hands.key(K.Key_L, CTRL)                              # an edit: the window is modified
    assert window.isWindowModified()
    hands.key(K.Key_S, CTRL)
    assert asked == ["Circle.nsnet"] and target.is_file()
    assert not window.isWindowModified() and window.document.path == target
    assert files.read_document(target).network.sizes == [4, 2, 2, 1]
    hands.key(K.Key_Delete)                               # the new layer is selected
    hands.key(K.Key_S, CTRL)                              # has a name: no question
    assert len(asked) == 1
    assert files.read_document(target).network.sizes == [4, 2, 1]
    other = tmp_path / "copy.nsnet"
    monkeypatch.setattr(files, "ask_save_path", lambda parent, suggested: other)
    hands.key(K.Key_S, CTRL | SHIFT)
    assert other.is_file() and window.document.path == other


def test_ctrl_o_opens_and_ctrl_n_starts_over_after_asking(window, canvas, hands, tmp_path,
                                                          monkeypatch):
    doc = netfile.default_document()
    doc.meta["title"] = "Opened here"
    path = tmp_path / "other.nsnet"
    files.write_document(doc, path)
    monkeypatch.setattr(files, "ask_open_path", lambda parent: path)
    hands.key(K.Key_O, CTRL)
    assert window.document.path == path and "other" in window.windowTitle()
    hands.focus(canvas)
    hands.key(K.Key_L, CTRL)
    asked = []
    monkeypatch.setattr(window, "ask_save_changes", lambda: asked.append(1) or "cancel")
    hands.key(K.Key_N, CTRL)
    assert asked and window.document.path == path         # cancelled: nothing changed
    monkeypatch.setattr(window, "ask_save_changes", lambda: "discard")
    hands.key(K.Key_N, CTRL)
    assert window.document.path is None and window.document.network.sizes == [4, 2, 1]


def test_a_network_file_dropped_on_the_canvas_opens(window, canvas, hands, tmp_path):
    """User guide, Starting: "or drop a .nsnet file on the window"."""
    path = tmp_path / "dropped.nsnet"
    doc = netfile.default_document()
    edits.insert_layer(doc.network, 0, ["relu"])
    files.write_document(doc, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = canvas.viewport().rect().center()
    assert hands.drop(canvas, centre, mime)
    assert window.document.path == path
    assert window.document.network.sizes == [1, 4, 2, 1]


def test_open_recent_from_the_file_menu_by_keyboard(window, canvas, hands, tmp_path,
                                                   monkeypatch):
    target = tmp_path / "recent.nsnet"
    monkeypatch.setattr(files, "ask_save_path", lambda parent, suggested: target)
    hands.key(K.Key_S, CTRL)
    hands.key(K.Key_N, CTRL)
    assert window.document.path is None
    hands.key(K.Key_F, Qt.KeyboardModifier.AltModifier)
    for text in ("Open &Recent", "recent.nsnet"):
        hands.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None,
                              timeout=2000)
        menu = QApplication.activePopupWidget()
        for _ in range(len(menu.actions()) + 1):
            if menu.activeAction() is not None and menu.activeAction().text() == text:
                break
            QTest.keyClick(menu, K.Key_Down)
        QTest.keyClick(menu, K.Key_Return)
        hands.settle()
    assert window.document.path == target


def test_undo_and_redo_by_keyboard(window, canvas, hands):
    hands.key(K.Key_L, CTRL)
    assert window.document.network.sizes == [4, 2, 2, 1]
    hands.key(K.Key_Z, CTRL)
    assert window.document.network.sizes == [4, 2, 1]
    hands.key(K.Key_Z, CTRL | SHIFT)
    assert window.document.network.sizes == [4, 2, 2, 1]
    hands.key(K.Key_Z, CTRL)
    hands.key(K.Key_Y, CTRL)                              # the platform's other redo
    assert window.document.network.sizes == [4, 2, 2, 1]


def test_ctrl_l_and_ctrl_shift_n_follow_the_selection(window, canvas, hands):
    select_neuron(hands, canvas, 0, 1)
    hands.key(K.Key_L, CTRL)                              # after the selected hidden layer
    assert window.document.network.sizes == [4, 2, 2, 1]
    assert canvas.selection() == ("layer", 1)
    hands.key(K.Key_N, CTRL | SHIFT)                      # into the selected layer
    assert window.document.network.sizes == [4, 3, 2, 1]
    assert window.document.network.activations(1)[-1] == "tanh"
    assert canvas.selection() == ("neuron", 1, 2)
    assert window.undo_stack.count() == 2


def test_zoom_keys(window, canvas, hands):
    fitted = canvas.transform().m11()
    hands.key(K.Key_Plus, CTRL)
    assert canvas.transform().m11() == pytest.approx(fitted * 1.25)
    hands.key(K.Key_Equal, CTRL)                          # + without Shift
    assert canvas.transform().m11() == pytest.approx(fitted * 1.25 ** 2)
    hands.key(K.Key_Minus, CTRL)
    assert canvas.transform().m11() == pytest.approx(fitted * 1.25)
    hands.key(K.Key_0, CTRL)
    assert canvas.transform().m11() == pytest.approx(1.0)
    hands.key(K.Key_9, CTRL)
    assert canvas.transform().m11() == pytest.approx(fitted)


def play_and_pause(window, hands):
    controller = window.controller
    hands.key(K.Key_Space)
    assert controller.running
    hands.qtbot.waitUntil(lambda: controller.epoch > 0, timeout=5000)
    hands.key(K.Key_Space)
    hands.qtbot.waitUntil(lambda: not controller.running, timeout=5000)
    return controller.epoch


def test_space_plays_and_pauses_from_the_canvas(window, canvas, hands):
    assert play_and_pause(window, hands) > 0
    assert hands.focused() is canvas
    assert window.document.network.sizes == [4, 2, 1]     # Space was not a canvas key


def test_space_and_undo_from_the_palette(window, canvas, hands):
    """A person who just picked an activation in the palette presses Space, then Ctrl+Z."""
    hands.key(K.Key_L, CTRL)
    hands.focus(window.palette)
    row = window.palette.currentRow()
    assert play_and_pause(window, hands) > 0
    assert hands.focused() is window.palette and window.palette.currentRow() == row
    hands.key(K.Key_Z, CTRL)                  # the training first: it came last
    assert window.controller.epoch == 0 and window.document.network.sizes == [4, 2, 2, 1]
    hands.key(K.Key_Z, CTRL)
    assert window.document.network.sizes == [4, 2, 1]


def test_undo_and_redo_from_the_speed_box(window, canvas, hands):
    hands.key(K.Key_L, CTRL)
    hands.focus(window.training_bar.speed)
    hands.key(K.Key_Z, CTRL)
    assert window.document.network.sizes == [4, 2, 1]
    hands.key(K.Key_Z, CTRL | SHIFT)
    assert window.document.network.sizes == [4, 2, 2, 1]


def test_step_an_epoch_a_batch_reset_and_new_weights(window, canvas, hands):
    controller, net = window.controller, window.document.network
    start = net.theta.copy()
    hands.key(K.Key_Right, CTRL)
    assert controller.epoch == 1 and not controller.running
    assert canvas.selection() is None                    # not the arrow's navigation
    after_epoch = net.theta.copy()
    trainer = window.document.experiment.current_trainer
    steps = trainer.step_count
    hands.key(K.Key_Right, CTRL | SHIFT)
    assert trainer.step_count == steps + 1
    assert (window.document.network.theta != after_epoch).any()
    hands.key(K.Key_R, CTRL)
    assert controller.epoch == 0
    assert (window.document.network.theta == start).all()
    count = window.undo_stack.count()
    hands.key(K.Key_R, CTRL | SHIFT)
    assert (window.document.network.theta != start).any()
    assert window.undo_stack.count() == count + 1
    assert "New random weights" in window.statusBar().currentMessage()
    hands.key(K.Key_Z, CTRL)
    assert (window.document.network.theta == start).all()


@pytest.mark.parametrize("key, dock", [(K.Key_I, "sampleDock"), (K.Key_H, "healthDock"),
                                       (K.Key_K, "collapseDock"), (K.Key_T, "trialsDock")])
def test_tool_shortcuts_open_their_panels(window, canvas, hands, key, dock):
    panel = window.findChild(type(window.palette_dock), dock)
    assert not panel.isVisible()
    hands.key(key, CTRL)
    hands.qtbot.waitUntil(panel.isVisible, timeout=2000)


def test_ctrl_e_exports_the_network_image(window, canvas, hands, tmp_path, monkeypatch):
    png = tmp_path / "net.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(png), "PNG image (*.png)")))
    hands.key(K.Key_E, CTRL)
    assert png.is_file() and png.read_bytes()[:4] == b"\x89PNG"
    assert "Exported" in window.statusBar().currentMessage()


def test_f5_and_escape_projection_and_f11_full_screen(window, canvas, hands):
    hands.key(K.Key_F5)
    assert window.projection.active and not window.palette_dock.isVisible()
    hands.key(K.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert not window.projection.active and window.palette_dock.isVisible()
    hands.key(K.Key_F5)
    hands.key(K.Key_F5)
    assert not window.projection.active
    hands.focus(canvas)
    hands.key(K.Key_F11)
    assert window.isFullScreen()
    hands.key(K.Key_F11)
    assert not window.isFullScreen()


def test_f1_shows_the_shortcut_list_and_return_closes_it(window, canvas, hands, monkeypatch):
    seen = []

    def information(parent, title, text):
        """A real message box, answered by a key press to whatever has focus in it."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, parent)

        def answer(tries=40):
            """Return once the box has the keyboard; a loaded machine may take a while to
            give it (a key sent before that went elsewhere and left the box open for ever:
            after 40 tries it is closed and the test fails on ``seen``)."""
            focus = QApplication.focusWidget()
            if focus is None or focus.window() is not box:
                if tries:
                    QTimer.singleShot(50, lambda: answer(tries - 1))
                else:
                    box.done(0)
                return
            seen.append((title, box.text(), box.isVisible()))
            QTest.keyClick(focus, K.Key_Return)
        QTimer.singleShot(50, answer)
        return box.exec()
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    hands.key(K.Key_F1)
    assert seen and seen[0][0] == "Keyboard shortcuts" and seen[0][2]
    for keys in ("Ctrl+L", "Ctrl+Shift+N", "Ctrl+Right", "Ctrl+T", "F5 / Esc", "F11"):
        assert keys in seen[0][1]
    assert QApplication.activeModalWidget() is None
