"""The network canvas under a person's hands (user guide: "Building a network").

Every key goes to the widget that has the focus and every click to the canvas's viewport;
nothing here calls a handler. Each test checks what a person sees change: the selection,
the network, the zoom, the open value box.
"""

import pytest
from PySide6.QtCore import QPoint, Qt

from gui.editor.mime import read_neuron

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
K = Qt.Key



def at(ed, item) -> QPoint:
    return ed.mapFromScene(item.sceneBoundingRect().center())


def neuron_at(ed, layer, unit) -> QPoint:
    return at(ed, ed.neuron_item(layer, unit))


def empty_point(ed) -> QPoint:
    """A point of the viewport with nothing under it."""
    for x in range(5, ed.viewport().width(), 20):
        p = QPoint(x, 8)
        if ed.key_at(ed.mapToScene(p)) is None:
            return p
    raise AssertionError("no empty point")


def test_arrows_walk_the_selection_across_neurons_and_layers(canvas, hands):
    hands.click(canvas, neuron_at(canvas, 0, 0))
    assert canvas.selection() == ("neuron", 0, 0)
    assert hands.focused() is canvas
    walk = [(K.Key_Down, ("neuron", 0, 1)), (K.Key_Down, ("neuron", 0, 2)),
            (K.Key_Right, ("neuron", 1, 1)), (K.Key_Right, ("neuron", 2, 0)),
            (K.Key_Right, ("neuron", 2, 0)), (K.Key_Left, ("neuron", 1, 0)),
            (K.Key_Up, ("neuron", 1, 0)), (K.Key_Left, ("neuron", 0, 0))]
    for key, expected in walk:
        hands.key(key)
        assert canvas.selection() == expected, key
    hands.key(K.Key_Escape)
    assert canvas.selection() is None
    hands.key(K.Key_Down)                     # nothing selected: the first neuron
    assert canvas.selection() == ("neuron", 0, 0)


def test_ctrl_a_selects_every_neuron_and_escape_clears(window, canvas, hands):
    hands.key(K.Key_A, CTRL)
    assert len(canvas.selected_neurons()) == sum(canvas.network.sizes) == 7
    hands.key(K.Key_Escape)
    assert canvas.selected_neurons() == [] and canvas.selection() is None


def test_ctrl_click_several_then_delete_is_one_undo_step(window, canvas, hands):
    hands.click(canvas, neuron_at(canvas, 0, 1))
    hands.click(canvas, neuron_at(canvas, 0, 3), modifiers=CTRL)
    hands.click(canvas, neuron_at(canvas, 1, 0), modifiers=CTRL)
    assert sorted(canvas.selected_neurons()) == [(0, 1), (0, 3), (1, 0)]
    hands.click(canvas, neuron_at(canvas, 1, 0), modifiers=CTRL)      # off again
    assert sorted(canvas.selected_neurons()) == [(0, 1), (0, 3)]
    hands.key(K.Key_Delete)
    assert canvas.network.sizes == [2, 2, 1]
    assert window.undo_stack.count() == 1
    hands.key(K.Key_Z, CTRL)
    assert canvas.network.sizes == [4, 2, 1] and window.undo_stack.index() == 0


def test_delete_after_select_all_is_refused_with_a_reason(window, canvas, hands):
    hands.key(K.Key_A, CTRL)
    hands.key(K.Key_Delete)
    assert canvas.network.sizes == [4, 2, 1] and window.undo_stack.count() == 0
    assert "needs at least one neuron" in window.statusBar().currentMessage()


def test_backspace_deletes_the_selected_neuron_and_keeps_a_neighbour(window, canvas, hands):
    hands.click(canvas, neuron_at(canvas, 0, 3))
    hands.key(K.Key_Backspace)
    assert canvas.network.sizes == [3, 2, 1]
    assert canvas.selection() == ("neuron", 0, 2)        # Del, Del, Del works
    hands.key(K.Key_Delete)
    assert canvas.network.sizes == [2, 2, 1] and window.undo_stack.count() == 2


def test_a_selected_layer_header_is_deleted_by_delete(window, canvas, hands):
    header = next(h for h in canvas._scene.headers if h.key == ("layer", 0))   # Hidden 1
    hands.click(canvas, at(canvas, header))
    assert canvas.selection() == ("layer", 0)
    hands.key(K.Key_Delete)
    assert canvas.network.sizes == [2, 1]
    hands.key(K.Key_Z, CTRL)
    assert canvas.network.sizes == [4, 2, 1]


def test_f2_opens_the_bias_box_and_enter_opens_a_selected_links_box(window, canvas, hands):
    hands.click(canvas, neuron_at(canvas, 1, 1))
    hands.key(K.Key_F2)
    assert canvas.inline.target == ("bias", 1, 1) and canvas.inline.has_focus()
    hands.key(K.Key_Escape)
    line = canvas.link_item(1).line(0, 2)
    hands.click(canvas, canvas.mapFromScene(line.pointAt(0.5)))
    assert canvas.selection() == ("link", 1, 0, 2)
    hands.key(K.Key_Return)
    assert canvas.inline.target == ("weight", 1, 0, 2) and canvas.inline.has_focus()
    hands.type("0.75")
    hands.key(K.Key_Return)
    assert canvas.document.value(("weight", 1, 0, 2)) == 0.75
    assert hands.focused() is canvas


def test_double_click_the_bias_dot_types_the_bias(window, canvas, hands):
    bias = canvas.neuron_item(0, 0).bias
    hands.double_click(canvas, at(canvas, bias))
    assert canvas.inline.target == ("bias", 0, 0) and canvas.inline.has_focus()
    hands.type("-1.5")
    hands.key(K.Key_Return)
    assert canvas.document.value(("bias", 0, 0)) == -1.5


def test_clicking_a_greyed_input_switches_it_on_and_again_off(window, canvas, hands):
    assert canvas.network.input_names == ["x1", "x2"]
    feature = next(i for i in canvas._scene.inputs if not i.active)
    hands.click(canvas, at(canvas, feature))
    hands.qtbot.waitUntil(lambda: len(canvas.network.input_names) == 3, timeout=2000)
    assert feature.name in canvas.network.input_names
    assert window.undo_stack.count() == 1
    item = next(i for i in canvas._scene.inputs if i.name == feature.name)
    hands.click(canvas, at(canvas, item))
    hands.qtbot.waitUntil(lambda: len(canvas.network.input_names) == 2, timeout=2000)
    hands.key(K.Key_Z, CTRL)
    assert feature.name in canvas.network.input_names


def test_ctrl_wheel_zooms_and_a_plain_click_on_empty_space_deselects(canvas, hands):
    zoom = canvas.transform().m11()
    centre = canvas.viewport().rect().center()
    assert hands.ctrl_wheel(canvas, centre, 1)
    assert canvas.transform().m11() == pytest.approx(zoom * 1.25)
    hands.ctrl_wheel(canvas, centre, -1)
    hands.ctrl_wheel(canvas, centre, -1)
    assert canvas.transform().m11() == pytest.approx(zoom / 1.25)
    hands.click(canvas, neuron_at(canvas, 0, 0))
    hands.click(canvas, empty_point(canvas))
    assert canvas.selection() is None



def test_drag_a_neuron_into_another_layer(window, canvas, hands, drags):
    start = neuron_at(canvas, 0, 2)
    hands.drag(canvas, start, start + QPoint(0, 40))
    hands.qtbot.waitUntil(lambda: bool(drags), timeout=2000)
    assert read_neuron(drags[0]) == (0, 2)
    slot = canvas.mapFromScene(*canvas.scene_layout().slot_point(1, 2))
    assert hands.drop(canvas, slot, drags[0], Qt.DropAction.MoveAction, via=start)
    assert canvas.network.sizes == [3, 3, 1]
    assert canvas.selection() == ("neuron", 1, 2) and window.undo_stack.count() == 1


def test_drag_a_neuron_into_a_gap_makes_a_new_layer(window, canvas, hands, drags):
    start = neuron_at(canvas, 0, 0)
    hands.drag(canvas, start, start + QPoint(30, 0))
    hands.qtbot.waitUntil(lambda: bool(drags), timeout=2000)
    gap = canvas.mapFromScene(*canvas.scene_layout().gap_point(1))
    assert hands.drop(canvas, gap, drags[0], Qt.DropAction.MoveAction, via=start)
    assert canvas.network.sizes == [3, 1, 2, 1] and window.undo_stack.count() == 1
