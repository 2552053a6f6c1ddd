"""Training is unsaved work: the title says so and New, Open and Quit ask first (they
used to drop a trained network without a word, and Quit deleted its autosave too)."""

from PySide6.QtCore import Qt

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


def test_one_step_is_training_too_and_undo_does_not_make_it_clean(window, hands):
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_L, CTRL)                          # an edit...
    hands.key(Qt.Key.Key_Right, CTRL)                      # ... one epoch ...
    hands.key(Qt.Key.Key_Z, CTRL)                          # ... the edit undone
    assert window.undo_stack.isClean() and window.document.modified
    assert window.isWindowModified()


def test_saving_clears_it(window, hands, qtbot, tmp_path):
    train_a_few_epochs(window, hands, qtbot)
    window.document.path = tmp_path / "trained.nsnet"
    hands.key(Qt.Key.Key_S, CTRL)
    assert (tmp_path / "trained.nsnet").exists()
    assert not window.document.modified and not window.isWindowModified()
    hands.key(Qt.Key.Key_Right, CTRL)
    assert window.document.modified
