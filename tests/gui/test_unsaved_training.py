"""Training is unsaved work: the title says so and New, Open and Quit ask first (they
used to drop a trained network without a word, and Quit deleted its autosave too)."""

from PySide6.QtCore import Qt

from core import netfile

CTRL = Qt.KeyboardModifier.ControlModifier


def train_a_few_epochs(window, hands, qtbot):
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.controller.epoch >= 5, timeout=10_000)
    hands.key(Qt.Key.Key_Space)
    assert not window.controller.running


def test_training_marks_the_document_modified_and_new_asks(window, hands, qtbot):
    assert not window.isWindowModified()
    train_a_few_epochs(window, hands, qtbot)
    assert window.document.modified and window.isWindowModified()
    asked = []
    window.ask_save_changes = lambda: asked.append(True) or "cancel"
    trained = window.document.network.theta.copy()
    hands.key(Qt.Key.Key_N, CTRL)
    assert asked and (window.document.network.theta == trained).all()   # nothing lost


def test_one_step_is_an_undo_step_and_undoing_everything_is_clean_again(window, hands):
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_L, CTRL)                          # an edit...
    hands.key(Qt.Key.Key_Right, CTRL)                      # ... one epoch ...
    hands.key(Qt.Key.Key_Z, CTRL)                          # ... the epoch undone
    assert window.controller.epoch == 0 and window.document.modified
    assert window.isWindowModified()
    hands.key(Qt.Key.Key_Z, CTRL)                          # ... the edit undone: as opened
    assert window.undo_stack.isClean() and not window.document.modified
    assert not window.isWindowModified()


def test_saving_while_training_is_clean_at_that_epoch(window, hands, qtbot, tmp_path):
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.controller.epoch >= 3, timeout=10_000)
    window.document.path = tmp_path / "trained.nsnet"
    hands.key(Qt.Key.Key_S, CTRL)
    saved = netfile.load(tmp_path / "trained.nsnet")
    qtbot.waitUntil(lambda: window.document.modified, timeout=10_000)   # trains on
    hands.key(Qt.Key.Key_Space)
    hands.key(Qt.Key.Key_Z, CTRL)       # back to the epoch saved, not to the start
    assert window.undo_stack.isClean() and not window.isWindowModified()
    assert (window.document.network.theta == saved.network.theta).all()
    assert window.controller.epoch == saved.training["epoch"] > 0


def test_saving_clears_it(window, hands, qtbot, tmp_path):
    train_a_few_epochs(window, hands, qtbot)
    window.document.path = tmp_path / "trained.nsnet"
    hands.key(Qt.Key.Key_S, CTRL)
    assert (tmp_path / "trained.nsnet").exists()
    assert not window.document.modified and not window.isWindowModified()
    hands.key(Qt.Key.Key_Right, CTRL)
    assert window.document.modified
