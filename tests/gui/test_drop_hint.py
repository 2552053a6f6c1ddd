"""The status bar's "Drop to …" hint lasts as long as the drag: it goes when the neuron or
activation is dropped (and stays gone after an undo), when the drag leaves the canvas, and
when a drag is cancelled with Esc (the walk-through found "Drop to make Hidden 1, neuron 2
a Tanh neuron" still there after the drop and after undo)."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent
from PySide6.QtWidgets import QApplication

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def palette_point(window, name) -> QPoint:
    palette = window.palette
    return palette.visualItemRect(palette.item(palette.names().index(name))).center()


def neuron_at(ed, layer, unit) -> QPoint:
    return ed.mapFromScene(ed.neuron_item(layer, unit).sceneBoundingRect().center())


def hover(hands, canvas, mime, pos: QPoint) -> None:
    """A drag carrying ``mime`` enters the canvas and moves to ``pos`` (no drop)."""
    target, buttons = canvas.viewport(), Qt.MouseButton.LeftButton
    mods, copy = Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
    QApplication.sendEvent(target, QDragEnterEvent(pos, copy, mime, buttons, mods))
    QApplication.sendEvent(target, QDragMoveEvent(pos, copy, mime, buttons, mods))
    hands.settle(1)


def test_the_hint_goes_after_a_drop_an_undo_and_a_drag_that_leaves(
        window, canvas, hands, drags):
    bar = window.statusBar()
    start = palette_point(window, "relu")
    hands.drag(window.palette, start, start + QPoint(40, 0))
    hands.qtbot.waitUntil(lambda: bool(drags), timeout=2000)
    on_neuron = neuron_at(canvas, 0, 1)
    hover(hands, canvas, drags[-1], on_neuron)
    assert bar.currentMessage().startswith("Drop to make"), bar.currentMessage()
    assert hands.drop(canvas, on_neuron, drags[-1])
    assert window.undo_stack.count() == 1
    assert bar.currentMessage() == ""
    hands.focus(canvas)
    hands.key(K.Key_Z, CTRL)
    assert window.undo_stack.index() == 0 and bar.currentMessage() == ""
    # the next drag hovers over a neuron, then leaves the canvas
    hover(hands, canvas, drags[-1], on_neuron)
    assert bar.currentMessage().startswith("Drop to make")
    QApplication.sendEvent(canvas.viewport(), QDragLeaveEvent())
    hands.settle(1)
    assert bar.currentMessage() == ""


def test_a_neuron_drag_cancelled_with_esc_leaves_no_hint(make_editor, hands, monkeypatch):
    e = make_editor()
    ed = e.ed
    sizes = list(ed.network.sizes)

    def hover_then_escape(drag, *args):
        """QDrag.exec's loop: the drag moves over a slot, then Esc ends it, nothing
        dropped (Qt returns IgnoreAction)."""
        slot = ed.mapFromScene(*ed.scene_layout().slot_point(1, 1))
        hover(hands, ed, drag.mimeData(), slot)
        return Qt.DropAction.IgnoreAction
    monkeypatch.setattr(QDrag, "exec", hover_then_escape)
    start = neuron_at(ed, 0, 2)
    hands.drag(ed, start, start + QPoint(0, 40))
    hands.qtbot.waitUntil(lambda: "" in e.messages, timeout=2000)
    assert any(m.startswith("Drop to move") for m in e.messages), e.messages
    assert e.messages[-1] == "" and ed.network.sizes == sizes
