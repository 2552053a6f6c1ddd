"""The on-canvas value box under a person's hands: every key goes to whatever has focus.

The canvas binds Delete, Backspace, Enter, F2, Ctrl+A, the arrows and Escape; the window
binds Delete, Ctrl+A, Space and (in projection mode) Escape as shortcuts. While the value
box is open, each of those keys edits the text in the box and nothing else. Before this
was fixed, Backspace in the box deleted the selected neuron (and the rebuild crashed the
process), Enter opened another box, and Ctrl+A selected every neuron.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core import edits
from gui.editor.inline import ValueLineEdit

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier



def click_neuron(hands, ed, layer, unit):
    hands.click(ed, ed.mapFromScene(ed.neuron_item(layer, unit).sceneBoundingRect().center()))


def open_bias_box(hands, ed, layer=0, unit=0):
    """Select a neuron with the mouse and press Enter, as the user guide says."""
    click_neuron(hands, ed, layer, unit)
    assert ed.selection() == ("neuron", layer, unit)
    hands.key(Qt.Key.Key_Return)
    box = ed.inline.line_edit
    assert isinstance(box, ValueLineEdit) and ed.inline.has_focus()
    return box


def test_backspace_fixes_a_typo_and_enter_applies_one_undo_step(window, canvas, hands):
    sizes = list(canvas.network.sizes)
    open_bias_box(hands, canvas)
    hands.type("0.55")                       # the whole old text was selected: replaced
    hands.key(Qt.Key.Key_Backspace)          # the typo
    assert canvas.network.sizes == sizes     # no neuron deleted
    assert canvas.inline.line_edit.text() == "0.5"
    hands.key(Qt.Key.Key_Return)
    assert canvas.document.value(("bias", 0, 0)) == 0.5
    assert canvas.inline.line_edit is None                  # closed, not a second box
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Set bias of layer 1, neuron 1"
    assert hands.focused() is canvas         # the keyboard is back on the canvas
    assert "press Enter" not in window.statusBar().currentMessage()   # the hint went too


def test_editing_keys_stay_in_the_box(window, canvas, hands):
    """Ctrl+A, Delete, Home/End, arrows, Space and F2 edit the text or do nothing; the
    canvas's selection, the network and the training stay as they were."""
    sizes = list(canvas.network.sizes)
    box = open_bias_box(hands, canvas, 1, 1)
    hands.type("12")
    hands.key(Qt.Key.Key_A, CTRL)
    assert box.selectedText() == "12"
    assert canvas.selected_neurons() == [(1, 1)]           # not every neuron
    hands.key(Qt.Key.Key_Delete)
    assert box.text() == ""
    hands.type("-3")
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_F2,
                Qt.Key.Key_Right, Qt.Key.Key_End):
        hands.key(key)
        assert canvas.inline.line_edit is box and canvas.selection() == ("neuron", 1, 1)
    hands.key(Qt.Key.Key_Space)
    assert not window.controller.running                    # Space did not press Play
    assert box.text() == "-3 "
    assert canvas.network.sizes == sizes and window.undo_stack.count() == 0
    hands.key(Qt.Key.Key_Return)
    assert canvas.document.value(("bias", 1, 1)) == -3.0


def test_escape_cancels_the_box_and_nothing_else(window, canvas, hands):
    old = canvas.document.value(("bias", 0, 1))
    open_bias_box(hands, canvas, 0, 1)
    hands.type("7")
    hands.key(Qt.Key.Key_Escape)
    assert canvas.inline.line_edit is None
    assert canvas.document.value(("bias", 0, 1)) == old and window.undo_stack.count() == 0
    assert canvas.selection() == ("neuron", 0, 1)          # the selection stays
    hands.key(Qt.Key.Key_Escape)                            # a second Esc: the canvas's
    assert canvas.selection() is None


def test_escape_in_projection_mode_cancels_the_box_not_the_projection(window, canvas,
                                                                       hands):
    window.set_presentation(True)
    hands.focus(canvas)
    open_bias_box(hands, canvas)
    hands.key(Qt.Key.Key_Escape)
    assert canvas.inline.line_edit is None
    assert window.projection.active
    hands.key(Qt.Key.Key_Escape)                            # now it leaves projection
    assert not window.projection.active


def test_a_bad_number_keeps_the_box_open_with_a_message(window, canvas, hands):
    open_bias_box(hands, canvas)
    hands.type("1..5")
    hands.key(Qt.Key.Key_Return)
    box = canvas.inline.line_edit
    assert box is not None and box.selectedText() == "1..5"     # ready to retype
    assert "not a number" in window.statusBar().currentMessage()
    hands.type("1.5")
    hands.key(Qt.Key.Key_Return)
    assert canvas.document.value(("bias", 0, 0)) == 1.5 and window.undo_stack.count() == 1


def test_double_click_a_link_type_a_weight_then_undo_and_redo_by_keyboard(window, canvas,
                                                                           hands):
    line = canvas.link_item(0).line(3, 1)
    old = canvas.document.value(("weight", 0, 3, 1))
    hands.double_click(canvas, canvas.mapFromScene(line.pointAt(0.3)))
    assert canvas.inline.target == ("weight", 0, 3, 1) and canvas.inline.has_focus()
    hands.type("-2")
    hands.key(Qt.Key.Key_Return)
    assert canvas.document.value(("weight", 0, 3, 1)) == -2.0
    hands.key(Qt.Key.Key_Z, CTRL)
    assert canvas.document.value(("weight", 0, 3, 1)) == old
    hands.key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert canvas.document.value(("weight", 0, 3, 1)) == -2.0


def test_double_click_a_neuron_types_its_bias(window, canvas, hands):
    centre = canvas.neuron_item(1, 0).sceneBoundingRect().center()
    hands.double_click(canvas, canvas.mapFromScene(centre))
    assert canvas.inline.target == ("bias", 1, 0)
    hands.type("0.125")
    hands.key(Qt.Key.Key_Enter)                       # the keypad's Enter applies too
    assert canvas.document.value(("bias", 1, 0)) == 0.125


def test_edit_alpha_from_the_context_menu(window, canvas, hands):
    window.document.apply_edit(edits.set_activation, 0, 2, "prelu")
    item = canvas.neuron_item(0, 2)
    pos = canvas.mapFromScene(item.sceneBoundingRect().center())
    entries = hands.choose_in_popup("Edit alpha\u2026")
    hands.right_click(canvas, pos)                # opens the menu: answered above
    assert "Edit alpha\u2026" in entries
    # the box opens once the menu has closed and the window is active again: on a busy
    # machine that takes more than the few rounds of events right_click waits (and once,
    # in a full run, the offscreen platform left the window inactive after the menu)
    def box_has_focus():
        if QApplication.activeWindow() is not window:
            window.activateWindow()           # what a window manager does
        return canvas.inline.has_focus()
    hands.qtbot.waitUntil(box_has_focus, timeout=10000)   # 3 s timed out once in CI
    assert canvas.inline.target == ("alpha", 0, 2)
    hands.type("0.3")
    hands.key(Qt.Key.Key_Return)
    assert canvas.network.neurons(0)[2].alpha == 0.3
    assert window.undo_stack.count() == 1             # the typed alpha


def test_deleting_the_network_under_an_open_box_does_not_crash(window, canvas, hands):
    """A structural change (here a menu's Delete) rebuilds the scene while the box is
    open and focused: the box goes away first, the canvas keeps the keyboard."""
    open_bias_box(hands, canvas, 0, 3)
    window.actions_.delete.trigger()                 # as the toolbar's button does
    hands.settle()
    assert canvas.inline.line_edit is None
    assert canvas.network.sizes[0] == 3
    hands.key(Qt.Key.Key_Z, CTRL)
    assert canvas.network.sizes[0] == 4


def test_the_box_stays_open_while_another_window_has_the_keyboard(window, canvas, hands,
                                                                   qtbot):
    """A teacher opens a bias box, switches to another window and back: the box and its
    text are still there, and Return applies it (it closed on deactivation before)."""
    from PySide6.QtWidgets import QWidget

    open_bias_box(hands, canvas, 0, 3)
    hands.type("0.5")
    other = QWidget()
    other.setWindowTitle("another application")
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=3000)
    assert canvas.inline.line_edit is not None            # still open, not applied
    assert canvas.document.value(("bias", 0, 3)) != 0.5
    window.activateWindow()
    qtbot.waitUntil(canvas.inline.has_focus, timeout=3000)
    hands.key(Qt.Key.Key_Return)
    assert canvas.document.value(("bias", 0, 3)) == 0.5
    other.close()
