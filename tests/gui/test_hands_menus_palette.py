"""Right-click menus and the Neurons palette under a person's hands (user guide: "Building
a network": add a neuron, change an activation, layer headers).

A right click is the press, the release and the context-menu event Qt makes of it; the
menu is answered with Down and Return as a person would with the keyboard. The palette is
double-clicked, or driven with arrows and Enter, or dragged: the drag's own QMimeData is
delivered to the canvas as Qt's enter, move and drop events.
"""

import pytest
from PySide6.QtCore import QPoint, Qt

from gui.editor.mime import read_activation

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier



def at(ed, item) -> QPoint:
    return ed.mapFromScene(item.sceneBoundingRect().center())


def header(ed, li):
    return next(h for h in ed._scene.headers if h.key == ("layer", li))


def right_click_choose(hands, ed, pos, *path):
    entries = hands.choose_in_popup(*path)
    hands.right_click(ed, pos)
    hands.qtbot.waitUntil(lambda: bool(entries), timeout=2000)
    return entries


def test_right_click_a_neuron_changes_its_activation(window, canvas, hands):
    entries = right_click_choose(hands, canvas, at(canvas, canvas.neuron_item(0, 1)), "ReLU")
    assert "Freeze" in entries and "Delete neuron" in entries
    assert canvas.network.activations(0) == ["tanh", "relu", "tanh", "tanh"]
    assert canvas.selection() == ("neuron", 0, 1)           # the right click selected it
    assert window.undo_stack.undoText() == "Make Hidden 1 neuron 2 ReLU"
    hands.key(K.Key_Z, CTRL)
    assert canvas.network.activations(0) == ["tanh"] * 4


def test_right_click_a_neuron_to_freeze_then_delete_it(window, canvas, hands):
    right_click_choose(hands, canvas, at(canvas, canvas.neuron_item(1, 0)), "Freeze")
    assert canvas.network.neurons(1)[0].frozen
    entries = right_click_choose(hands, canvas, at(canvas, canvas.neuron_item(1, 0)),
                                 "Delete neuron")
    assert "Unfreeze" in entries
    assert canvas.network.sizes == [4, 1, 1] and window.undo_stack.count() == 2


def test_right_click_the_bias_dot_edits_the_bias(window, canvas, hands):
    right_click_choose(hands, canvas, at(canvas, canvas.neuron_item(0, 0).bias),
                       "Edit bias\u2026")
    hands.qtbot.waitUntil(canvas.inline.has_focus, timeout=2000)
    hands.type("2.5")
    hands.key(K.Key_Return)
    assert canvas.document.value(("bias", 0, 0)) == 2.5


def test_layer_header_menu_sets_all_activations(window, canvas, hands):
    entries = right_click_choose(hands, canvas, at(canvas, header(canvas, 0)),
                                 "Set all activations", "Sigmoid")
    assert "Sigmoid" in entries and "Delete layer" in entries
    assert canvas.network.activations(0) == ["sigmoid"] * 4
    assert canvas.selection() == ("layer", 0) and window.undo_stack.count() == 1


@pytest.mark.parametrize("entry, sizes", [("Add neuron (Tanh)", [4, 3, 1]),
                                          ("Insert hidden layer before", [4, 2, 2, 1]),
                                          ("Insert hidden layer after", [4, 2, 2, 1]),
                                          ("Delete layer", [4, 1])])
def test_layer_header_menu_entries(window, canvas, hands, entry, sizes):
    right_click_choose(hands, canvas, at(canvas, header(canvas, 1)), entry)
    assert canvas.network.sizes == sizes and window.undo_stack.count() == 1


def test_output_header_menu_refuses_delete(window, canvas, hands):
    right_click_choose(hands, canvas, at(canvas, header(canvas, 2)), "Delete layer")
    assert canvas.network.sizes == [4, 2, 1] and window.undo_stack.count() == 0


def test_right_click_a_link_sets_its_weight_to_zero(window, canvas, hands):
    line = canvas.link_item(2).line(0, 1)
    entries = right_click_choose(hands, canvas, canvas.mapFromScene(line.pointAt(0.5)),
                                 "Set weight to 0")
    assert entries == ["Edit weight\u2026", "Set weight to 0"]
    assert canvas.document.value(("weight", 2, 0, 1)) == 0.0
    assert canvas.selection() == ("link", 2, 0, 1)


def test_right_click_empty_canvas_adds_a_hidden_layer(window, canvas, hands):
    empty = next(QPoint(x, 8) for x in range(5, 600, 20)
                 if canvas.key_at(canvas.mapToScene(QPoint(x, 8))) is None)
    entries = right_click_choose(hands, canvas, empty, "Add hidden layer")
    assert "Fit to window" in entries
    assert canvas.network.sizes == [4, 2, 2, 1]


def test_right_click_an_input_stops_using_it(window, canvas, hands):
    x2 = next(i for i in canvas._scene.inputs if i.name == "x2")
    right_click_choose(hands, canvas, at(canvas, x2), "Stop using this input")
    assert canvas.network.input_names == ["x1"]


# -- the palette --------------------------------------------------------------------------
def palette_row(window, label):
    palette = window.palette
    return next(i for i in range(palette.count()) if palette.item(i).text() == label)


def test_double_click_a_palette_entry_adds_it_to_the_selected_layer(window, canvas, hands):
    hands.click(canvas, at(canvas, header(canvas, 1)))
    assert canvas.selection() == ("layer", 1)
    palette = window.palette
    item = palette.item(palette_row(window, "ELU"))
    hands.double_click(palette, palette.visualItemRect(item).center())
    assert canvas.network.sizes == [4, 3, 1]
    assert canvas.network.activations(1)[-1] == "elu"


def test_arrows_and_enter_in_the_palette_add_a_neuron(window, canvas, hands):
    hands.click(canvas, at(canvas, canvas.neuron_item(0, 0)))
    hands.focus(window.palette)
    window.palette.setCurrentRow(0)
    for _ in range(palette_row(window, "ReLU")):
        hands.key(K.Key_Down)
    assert window.palette.current_name() == "relu"
    hands.key(K.Key_Return)
    assert canvas.network.sizes == [5, 2, 1]
    assert canvas.network.activations(0)[1] == "relu"       # after the selected neuron
    assert hands.focused() is window.palette



def drag_from_palette(hands, window, label, drags):
    palette = window.palette
    start = palette.visualItemRect(palette.item(palette_row(window, label))).center()
    hands.drag(palette, start, start + QPoint(40, 0))
    hands.qtbot.waitUntil(lambda: bool(drags), timeout=2000)
    return drags[-1]


def test_drag_from_the_palette_into_a_layer(window, canvas, hands, drags):
    mime = drag_from_palette(hands, window, "GELU", drags)
    assert read_activation(mime) == "gelu"
    slot = canvas.mapFromScene(*canvas.scene_layout().slot_point(1, 1))
    assert hands.drop(canvas, slot, mime)
    assert canvas.network.activations(1) == ["tanh", "gelu", "tanh"]
    assert window.palette.count() == 11                    # a copy: the chip stays


def test_drag_from_the_palette_onto_a_neuron_and_into_a_gap(window, canvas, hands, drags):
    mime = drag_from_palette(hands, window, "Softplus", drags)
    assert hands.drop(canvas, at(canvas, canvas.neuron_item(2, 0)), mime)
    assert canvas.network.activations(2) == ["softplus"]
    mime = drag_from_palette(hands, window, "Linear", drags)
    gap = canvas.mapFromScene(*canvas.scene_layout().gap_point(1))
    assert hands.drop(canvas, gap, mime)
    assert canvas.network.sizes == [4, 1, 2, 1] and window.undo_stack.count() == 2
