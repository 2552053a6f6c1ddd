"""Which neuron the Map shows when the network changes under the pointer: a neuron pointed
at or clicked in one lesson must not stay on the Map of the next (Qt sends no hover-leave
for an item it deletes, so the editor itself forgets the hover when it rebuilds). Driven
with real mouse moves and clicks on the canvas and the Lessons menu opened with Alt+L."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from gui import lessons

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def _at(editor, key) -> QPoint:
    """Where the item of ``key`` ("neuron", layer, unit) is in the canvas's viewport."""
    item = editor.neuron_item(*key[1:])
    return editor.mapFromScene(item.sceneBoundingRect().center())


def _point(hands, editor, pos: QPoint) -> None:
    """Move the pointer over ``pos`` of the canvas, as a hand on the mouse does."""
    QTest.mouseMove(editor.viewport(), pos)
    hands.settle()


def _click(hands, editor, pos: QPoint) -> None:
    _point(hands, editor, pos)
    hands.click(editor, pos)


def _map_title(window) -> str:
    return window.surface.title.text()


def _wait_for_map(qtbot, window, title: str) -> None:
    qtbot.waitUntil(lambda: _map_title(window) == title, timeout=3000)


def _open_from_menu(window, hands, qtbot, name: str) -> None:
    """Alt+L, then Down to the lesson and Return: the pointer stays where it was."""
    title = next(e.title for e in lessons.find_lessons() if e.path.stem == name)
    hands.focus(window.editor)
    hands.key(K.Key_L, ALT)
    menu = hands.menu()
    for _ in range(len(menu.actions()) + 1):
        action = menu.activeAction()
        if action is not None and action.text().endswith(f". {title}"):
            QTest.keyClick(menu, K.Key_Return)
            break
        QTest.keyClick(menu, K.Key_Down)
    qtbot.waitUntil(lambda: window.document.doc.meta.get("title") == title, timeout=3000)
    window.activateWindow()        # as a window manager does when the menu closes
    hands.settle()


def _trigger_lesson(window, hands, name: str) -> None:
    """The Lessons menu's action for ``name``, as its entry or its Alt key fires it while
    the pointer rests on the canvas (no popup in between makes the canvas feel it leave)."""
    path = str(lessons.LESSONS_DIR / f"{name}.nsnet")
    next(a for a in window.lessons.actions if a.data() == path).trigger()
    hands.settle()


def test_a_neuron_under_the_resting_pointer_is_not_on_the_next_lessons_map(window, hands,
                                                                           qtbot):
    window.resize(1280, 720)
    assert window.lessons.open_lesson(lessons.LESSONS_DIR / "02_coffee_roasting.nsnet")
    editor = window.editor
    hands.settle()
    pos = _at(editor, ("neuron", 0, 1))
    _click(hands, editor, pos)
    _wait_for_map(qtbot, window, "Hidden 1, neuron 2: Sigmoid")
    _trigger_lesson(window, hands, "07_softmax")
    # the pointer rests where the clicked neuron was: empty canvas in this lesson (its
    # neuron 2 is the output's class B, elsewhere)
    assert editor.key_at(editor.mapToScene(pos)) is None
    assert editor.hovered() is None and editor.selection() is None
    _wait_for_map(qtbot, window, "Network output: probability of class A")
    _click(hands, editor, pos)                # empty canvas: the output stays
    _wait_for_map(qtbot, window, "Network output: probability of class A")
    out = _at(editor, ("neuron", 0, 1))
    _click(hands, editor, out)
    assert editor.selection() == ("neuron", 0, 1)
    _wait_for_map(qtbot, window, "Output, neuron 2: Softmax: probability of class B")
    _click(hands, editor, pos)                # empty canvas again: the output again
    assert editor.selection() is None and editor.hovered() is None
    _wait_for_map(qtbot, window, "Network output: probability of class A")


def test_a_deleted_neuron_leaves_the_map_in_this_lesson_and_the_next(window, hands, qtbot):
    """The teacher's walk: a neuron clicked and then rebuilt away under the pointer stayed
    on the Map, through the Lessons menu, into lesson 10, whose notes have the student
    watch the boundary follow the sine."""
    window.resize(1280, 720)
    assert window.lessons.open_lesson(lessons.LESSONS_DIR / "10_bending_edges.nsnet")
    editor = window.editor
    hands.settle()
    hands.focus(editor)
    # zoomed in by hand: an edit keeps the view where it is (no fit, so Qt replays no
    # mouse move over the new items)
    assert hands.ctrl_wheel(editor, _at(editor, ("neuron", 0, 1)), 1)
    _click(hands, editor, _at(editor, ("neuron", 0, 1)))
    _wait_for_map(qtbot, window, "Hidden 1, neuron 2: Tanh")
    hands.key(K.Key_Delete)                   # its item goes while the pointer is on it
    assert editor.network.sizes == [7, 1]
    # Del keeps the neighbour that took its place selected (so Del, Del, Del works): the
    # Map shows that one, as the ring does
    assert editor.selection() == ("neuron", 0, 1)
    _wait_for_map(qtbot, window, "Hidden 1, neuron 2: Tanh")
    empty = QPoint(5, 5)
    assert editor.key_at(editor.mapToScene(empty)) is None
    _click(hands, editor, empty)              # the hand moves on and clicks empty canvas
    assert editor.selection() is None and editor.hovered() is None
    _wait_for_map(qtbot, window, "Network output")
    window.ask_save_changes = lambda: "discard"      # the deletion is not kept
    _open_from_menu(window, hands, qtbot, "09_how_many_neurons")
    _wait_for_map(qtbot, window, "Network output")
    _open_from_menu(window, hands, qtbot, "10_bending_edges")
    _wait_for_map(qtbot, window, "Network output")
    hidden = _at(editor, ("neuron", 0, 4))
    _click(hands, editor, hidden)             # a hidden neuron, selected
    assert editor.selection() == ("neuron", 0, 4)
    _wait_for_map(qtbot, window, "Hidden 1, neuron 5: Tanh")
    _click(hands, editor, empty)              # empty canvas: nothing selected, the output
    assert editor.selection() is None
    _wait_for_map(qtbot, window, "Network output")
