"""Learning rate 100 with ReLU: the loss swings, every number stays finite, and the banner
says plainly that the learning rate is probably too high, with a one-click remedy. Driven
with real keys and clicks: typed into the settings panel, Space on the canvas, a click on
the banner's button."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from core import edits


def test_an_exploding_learning_rate_is_explained_and_fixed_in_one_click(window, hands,
                                                                         qtbot):
    for layer in range(len(window.document.network.sizes) - 1):
        window.document.apply_edit(edits.set_layer_activation, layer, "relu")
    window.settings_dock.show()
    window.settings_dock.raise_()
    rate = window.settings_panel.findChild(QComboBox, "learningRate")
    hands.settle()
    hands.click(rate.lineEdit())
    hands.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    hands.type("100")
    hands.key(Qt.Key.Key_Return)
    assert window.document.doc.training["learning_rate"] == 100
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_Space)                                    # Play
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    text = window.banner.text.text()
    assert "Training is unstable:" in text and "the training loss jumped from" in text
    assert "The learning rate (100) is probably too high" in text
    assert window.controller.running                # finite: it goes on until told
    button = window.banner.action
    assert button.text() == "Learning rate 10 and start over"
    hands.click(button)
    assert not window.controller.running and window.controller.epoch == 0
    assert window.document.doc.training["learning_rate"] == 10
    assert not window.banner.isVisible()
    hands.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # one step of its own,
    assert window.document.doc.training["learning_rate"] == 100    # back to the typed rate


def test_ordinary_training_shows_no_banner(window, hands, qtbot):
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.controller.epoch >= 60, timeout=20_000)
    hands.key(Qt.Key.Key_Space)
    assert not window.controller.running and not window.banner.isVisible()


def make_unstable(window, hands, qtbot):
    for layer in range(len(window.document.network.sizes) - 1):
        window.document.apply_edit(edits.set_layer_activation, layer, "relu")
    window.document.set_setting("training", "learning_rate", 100.0)
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.banner.showing("unstable"), timeout=10_000)


def test_the_warning_stays_through_autosaves_and_saves_while_training(window, hands, qtbot):
    """An autosave (or Ctrl+S) restarts the worker; the banner used to vanish with it,
    seconds after it appeared, and never came back."""
    make_unstable(window, hands, qtbot)
    for _ in range(3):
        window.autosaver.save_now()
        window.document.mark_trained()         # something new for the next autosave
        qtbot.wait(50)
    assert window.controller.running and window.banner.showing("unstable")
    hands.click(window.banner.action)
    assert window.document.doc.training["learning_rate"] == 10
    assert hands.focused() is window.editor                 # Space plays again
    hands.key(Qt.Key.Key_Space)
    assert window.controller.running and not window.banner.isVisible()
    hands.key(Qt.Key.Key_Space)


def test_a_warning_about_the_old_network_goes_with_it(window, hands, qtbot):
    make_unstable(window, hands, qtbot)
    hands.key(Qt.Key.Key_Space)
    window.ask_save_changes = lambda: "discard"
    hands.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not window.banner.isVisible()
    assert window.document.doc.training["learning_rate"] != 100


def test_cannot_train_goes_away_when_an_edit_fixes_it(window, hands, qtbot):
    last = len(window.document.network.sizes) - 1
    window.document.apply_edit(edits.set_activation, last, 0, "tanh")   # BCE needs sigmoid
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_Space)
    assert window.banner.showing("cannot-train") and not window.controller.running
    window.document.apply_edit(edits.set_activation, last, 0, "relu")    # still wrong
    assert window.banner.showing("cannot-train") and not window.controller.running
    window.document.apply_edit(edits.set_activation, last, 0, "sigmoid")
    assert not window.banner.isVisible()
    hands.key(Qt.Key.Key_Space)
    assert window.controller.running
    hands.key(Qt.Key.Key_Space)


def test_the_banner_grows_with_projection_mode(window):
    window._unstable("the training loss jumped from 0.646 to 12.6 within 1 epoch")
    normal = window.banner.text.font().pointSizeF()
    window.set_presentation(True)
    assert window.banner.text.font().pointSizeF() >= 1.4 * normal
    assert window.banner.action.font().pointSizeF() >= 1.4 * normal
    window.set_presentation(False)
    assert window.banner.text.font().pointSizeF() == normal
