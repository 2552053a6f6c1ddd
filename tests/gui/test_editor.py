"""The network editor, driven like a user: drops with real QMimeData, clicks, menus, keys.

The default document is Playground's circle with a 2-4-2-1 tanh network: layer 0 has 4
units, layer 1 has 2, layer 2 (the output) has 1; inputs x1, x2 of 7 toggleable features.
"""


import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt

from core import edits, netfile
from gui.editor import MIME_ACTIVATION, activation_mime, neuron_mime


@pytest.fixture
def env(make_editor):
    return make_editor()


def net(env):
    return env.doc.network


def state(network):
    """Everything an edit may change, comparable exactly."""
    return (list(network.input_names),
            [[(n.activation, n.alpha, n.frozen) for n in layer]
             for layer in network.all_neurons()],
            [(W.copy(), b.copy()) for W, b in network.all_params()])


def same(a, b) -> bool:
    return a[0] == b[0] and a[1] == b[1] and len(a[2]) == len(b[2]) and all(
        np.array_equal(Wa, Wb) and np.array_equal(ba, bb)
        for (Wa, ba), (Wb, bb) in zip(a[2], b[2]))


def P(xy) -> QPointF:
    return QPointF(*xy)


def check_undo_redo(env, before):
    """One undo step: undo gives back ``before`` exactly, redo the edited network exactly."""
    after = state(net(env))
    assert env.stack.count() == 1
    env.stack.undo()
    assert same(state(net(env)), before)
    env.stack.redo()
    assert same(state(net(env)), after)


# -- drops from the palette ----------------------------------------------------------------
@pytest.mark.parametrize("slot, expected", [
    (0, ["relu", "tanh", "tanh", "tanh", "tanh"]),
    (2, ["tanh", "tanh", "relu", "tanh", "tanh"]),
    (4, ["tanh", "tanh", "tanh", "tanh", "relu"]),
])
def test_dropping_an_activation_in_a_layer_inserts_it_where_the_pointer_is(env, slot,
                                                                           expected):
    before = state(net(env))
    assert env.ed.handle_drop(P(env.layout().slot_point(0, slot)), activation_mime("relu"))
    assert net(env).activations(0) == expected
    assert env.ed.selection() == ("neuron", 0, slot)
    # the other neurons kept their incoming weights
    W_old, W_new = before[2][0][0], net(env).params(0)[0]
    assert np.array_equal(np.delete(W_new, slot, axis=0), W_old)
    check_undo_redo(env, before)


def test_a_hand_made_mime_payload_works_too(env):
    mime = QMimeData()
    mime.setData(MIME_ACTIVATION, QByteArray(b"softplus"))
    assert env.ed.handle_drop(P(env.layout().slot_point(1, 2)), mime)
    assert net(env).activations(1) == ["tanh", "tanh", "softplus"]


def test_dropping_in_a_gap_creates_a_layer_with_that_neuron(env):
    before = state(net(env))
    assert env.ed.handle_drop(P(env.layout().gap_point(2)), activation_mime("gelu"))
    assert net(env).sizes == [4, 2, 1, 1]
    assert net(env).activations(2) == ["gelu"]
    assert net(env).activations(3) == ["sigmoid"]
    check_undo_redo(env, before)


def test_dropping_between_inputs_and_first_layer_makes_a_new_first_layer(env):
    assert env.ed.handle_drop(P(env.layout().gap_point(0)), activation_mime("elu"))
    assert net(env).sizes == [1, 4, 2, 1]
    assert net(env).activations(0) == ["elu"]


def test_dropping_onto_a_neuron_changes_its_activation_and_keeps_weights(env):
    before = state(net(env))
    assert env.ed.handle_drop(P(env.layout().node_center(1, 1)), activation_mime("sigmoid"))
    assert net(env).activations(1) == ["tanh", "sigmoid"]
    assert all(np.array_equal(W, Wb) for (W, _), (Wb, _) in zip(net(env).all_params(),
                                                                  before[2]))
    check_undo_redo(env, before)


@pytest.mark.parametrize("where", ["right of the output", "on the inputs"])
def test_drops_where_nothing_can_go_are_refused_with_a_hint(env, where):
    out = env.layout().layer(2)
    point = QPointF(out.x + 200, 0) if where == "right of the output" else QPointF(0, 0)
    assert not env.ed.handle_drop(point, activation_mime("relu"))
    assert env.stack.count() == 0
    assert "Drop on a layer" in env.messages[-1]


def test_an_unknown_activation_is_refused(env):
    mime = QMimeData()
    mime.setData(MIME_ACTIVATION, QByteArray(b"swishy"))
    assert not env.ed.handle_drop(P(env.layout().slot_point(0, 1)), mime)
    assert env.stack.count() == 0
    assert "Unknown activation" in env.messages[-1]


# -- moving neurons ------------------------------------------------------------------------
def test_dragging_a_neuron_down_its_layer_reorders_with_its_weights(env):
    before = state(net(env))
    W0, b0 = net(env).params(0)
    W1 = net(env).params(1)[0]
    # between neuron 2 and 3: the neuron ends at position 2
    assert env.ed.handle_drop(P(env.layout().slot_point(0, 3)), neuron_mime(0, 0))
    W, _ = net(env).params(0)
    order = [1, 2, 0, 3]
    assert np.array_equal(W, W0[order])
    assert np.array_equal(net(env).params(1)[0], W1[:, order])
    assert env.ed.selection() == ("neuron", 0, 2)
    check_undo_redo(env, before)


def test_dropping_a_neuron_on_its_own_place_changes_nothing(env):
    assert not env.ed.handle_drop(P(env.layout().node_center(0, 1)), neuron_mime(0, 1))
    assert not env.ed.handle_drop(P(env.layout().slot_point(0, 2)), neuron_mime(0, 1))
    assert env.stack.count() == 0


def test_moving_a_neuron_to_another_layer_keeps_its_bias_and_activation(env):
    env.doc.apply_edit(edits.set_activation, 0, 1, "relu")
    env.doc.set_value(("bias", 0, 1), 0.75)
    before = state(net(env))
    assert env.ed.handle_drop(P(env.layout().slot_point(1, 2)), neuron_mime(0, 1))
    assert net(env).sizes == [3, 3, 1]
    assert net(env).activations(1) == ["tanh", "tanh", "relu"]
    assert net(env).params(1)[1][2] == 0.75
    assert env.ed.selection() == ("neuron", 1, 2)
    check_undo_redo(env, before)


def test_moving_a_neuron_into_a_gap_gives_it_a_layer_of_its_own_in_one_step(env):
    env.doc.apply_edit(edits.set_activation, 0, 3, "prelu")
    env.doc.set_value(("bias", 0, 3), -0.5)
    before = state(net(env))
    assert env.ed.handle_drop(P(env.layout().gap_point(2)), neuron_mime(0, 3))
    assert net(env).sizes == [3, 2, 1, 1]
    assert net(env).activations(2) == ["prelu"]
    assert net(env).params(2)[1][0] == -0.5
    check_undo_redo(env, before)


def test_the_only_neuron_of_a_layer_cannot_leave_it(env):
    assert not env.ed.handle_drop(P(env.layout().slot_point(0, 0)), neuron_mime(2, 0))
    assert env.stack.count() == 0
    assert "only neuron of Output" in env.messages[-1]


def test_a_stale_neuron_payload_is_refused(env):
    assert not env.ed.handle_drop(P(env.layout().slot_point(0, 0)), neuron_mime(1, 9))
    assert env.stack.count() == 0


# -- drop feedback -------------------------------------------------------------------------
def test_drag_over_shows_where_the_drop_will_land(env):
    from PySide6.QtGui import QDragMoveEvent

    scene = env.ed.scene()
    view_pos = env.ed.mapFromScene(P(env.layout().slot_point(0, 1)))
    mime = activation_mime("relu")      # kept referenced: the event does not own it
    event = QDragMoveEvent(view_pos, Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    env.ed.dragMoveEvent(event)
    assert event.isAccepted()
    assert scene.drop_line.isVisible()
    assert scene.bands[0].drop and not scene.bands[1].drop
    assert "position 2 of Hidden 1" in env.messages[-1]
    env.ed.dragLeaveEvent(None)
    assert not scene.drop_line.isVisible() and not scene.bands[0].drop


# -- menus ---------------------------------------------------------------------------------
def _action(menu, key):
    for a in menu.actions():
        if a.data() == key or a.objectName() == key:
            return a
        if a.menu() is not None:
            found = _action(a.menu(), key)
            if found is not None:
                return found
    return None


def test_neuron_menu_changes_activation_and_freezes(env):
    before = state(net(env))
    menu = env.ed.context_menu_for(P(env.layout().node_center(0, 2)))
    assert _action(menu, "tanh").isChecked() and not _action(menu, "relu").isChecked()
    _action(menu, "relu").trigger()
    assert net(env).activations(0)[2] == "relu"
    check_undo_redo(env, before)
    _action(env.ed.context_menu_for(P(env.layout().node_center(0, 2))), "freeze").trigger()
    assert net(env).neurons(0)[2].frozen
    assert env.ed.neuron_item(0, 2).frozen


def test_neuron_menu_delete_and_the_only_neuron_is_not_deletable(env):
    menu = env.ed.context_menu_for(P(env.layout().node_center(2, 0)))
    assert not _action(menu, "delete").isEnabled()
    _action(env.ed.context_menu_for(P(env.layout().node_center(0, 0))), "delete").trigger()
    assert net(env).sizes == [3, 2, 1]


def test_layer_menu_sets_every_activation_and_deletes_hidden_layers_only(env):
    header = env.ed.scene().headers[0]
    menu = env.ed.context_menu_for(header.scenePos())
    _action(menu, "silu").trigger()
    assert net(env).activations(0) == ["silu"] * 4
    out_menu = env.ed.context_menu_for(env.ed.scene().headers[2].scenePos())
    assert not _action(out_menu, "delete").isEnabled()
    _action(env.ed.context_menu_for(env.ed.scene().headers[1].scenePos()), "delete").trigger()
    assert net(env).sizes == [4, 1]


def test_empty_space_menu_adds_a_hidden_layer_before_the_output(env):
    empty = QPointF(env.layout().gap_point(1)[0], env.layout().header_y - 120)
    assert env.ed.key_at(empty) is None
    menu = env.ed.context_menu_for(empty)
    _action(menu, "add_layer").trigger()
    assert net(env).sizes == [4, 2, 2, 1]
    assert env.ed.selection() == ("layer", 2)


# -- deleting and refusals -----------------------------------------------------------------
def test_delete_neuron_then_undo_restores_every_weight_exactly(env, qtbot):
    before = state(net(env))
    env.ed.select(("neuron", 0, 1))
    env.ed.setFocus()
    qtbot.keyClick(env.ed, Qt.Key.Key_Delete)
    assert net(env).sizes == [3, 2, 1]
    assert env.ed.selection() == ("neuron", 0, 1)     # the neighbour, ready for another Del
    check_undo_redo(env, before)


def test_delete_layer_through_selection(env):
    env.ed.select(("layer", 0))
    assert env.ed.delete_selected()
    assert net(env).sizes == [2, 1]
    assert env.ed.selection() is None


@pytest.mark.parametrize("selection, words", [
    (("neuron", 2, 0), "Output needs at least one neuron"),
    (("layer", 2), "output layer cannot be deleted"),
    (("link", 0, 0, 0), "link cannot be deleted"),
    (None, "Nothing is selected"),
])
def test_refused_deletes_push_nothing_and_say_why(env, selection, words):
    before = state(net(env))
    env.ed.select(selection)
    assert env.ed.selection() == selection
    assert not env.ed.delete_selected()
    assert env.stack.count() == 0
    assert same(state(net(env)), before)
    assert words in env.messages[-1]


def test_select_all_then_delete_is_refused(env, qtbot):
    env.ed.setFocus()
    qtbot.keyClick(env.ed, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    neurons = env.ed.selected_neurons()
    assert len(neurons) == 7 and env.ed.selection() is None
    assert all(env.ed.neuron_item(li, u).selected for li, u in neurons)
    assert not env.ed.delete_selected()
    assert env.stack.count() == 0


def test_ctrl_click_builds_a_multi_selection_that_deletes_in_one_step(env):
    seen = []
    env.ed.selectionChanged.connect(seen.append)
    env.ed.item_pressed(("neuron", 0, 0), Qt.KeyboardModifier.NoModifier)
    env.ed.item_pressed(("neuron", 0, 2), Qt.KeyboardModifier.ControlModifier)
    assert env.ed.selected_neurons() == [(0, 0), (0, 2)]
    assert seen == [("neuron", 0, 0), None]     # the signal carries single selections only
    before = state(net(env))
    assert env.ed.delete_selected()
    assert net(env).sizes == [2, 2, 1]
    check_undo_redo(env, before)


# -- inputs --------------------------------------------------------------------------------
def test_toggling_features_keeps_playground_order_and_weights(env):
    W_x2 = net(env).params(0)[0][:, 1].copy()
    before = state(net(env))
    assert env.ed.toggle_input("x1^2")
    assert net(env).input_names == ["x1", "x2", "x1^2"]
    check_undo_redo(env, before)
    assert env.ed.toggle_input("x1")
    assert net(env).input_names == ["x2", "x1^2"]
    assert np.array_equal(net(env).params(0)[0][:, 0], W_x2)
    assert env.ed.toggle_input("x1")                 # back in Playground's place, first
    assert net(env).input_names == ["x1", "x2", "x1^2"]


def test_the_last_input_cannot_be_switched_off(env):
    env.ed.toggle_input("x1")
    assert not env.ed.toggle_input("x2")
    assert net(env).input_names == ["x2"]
    assert env.stack.count() == 1
    assert "only input" in env.messages[-1]


def test_clicking_a_dimmed_feature_switches_it_on(env, qtbot):
    item = next(i for i in env.ed.scene().inputs if i.name == "sin(x1)")
    assert not item.active
    qtbot.mouseClick(env.ed.viewport(), Qt.MouseButton.LeftButton,
                     pos=env.ed.mapFromScene(item.scenePos()))
    qtbot.waitUntil(lambda: "sin(x1)" in net(env).input_names)
    assert net(env).input_names == ["x1", "x2", "sin(x1)"]
    assert next(i for i in env.ed.scene().inputs if i.name == "sin(x1)").active


# -- clicking and keys ---------------------------------------------------------------------
def test_clicks_select_neurons_headers_links_and_empty_space_clears(env, qtbot):
    seen = []
    env.ed.selectionChanged.connect(seen.append)

    def click(scene_point):
        qtbot.mouseClick(env.ed.viewport(), Qt.MouseButton.LeftButton,
                         pos=env.ed.mapFromScene(scene_point))

    click(P(env.layout().node_center(0, 2)))
    assert seen[-1] == ("neuron", 0, 2)
    assert env.ed.neuron_item(0, 2).selected
    click(env.ed.scene().headers[1].scenePos())
    assert seen[-1] == ("layer", 1)
    line = env.ed.link_item(1).line(1, 3)           # input 3 of layer 1 -> its neuron 1
    click(line.pointAt(0.3))
    assert seen[-1] == ("link", 1, 1, 3)
    assert env.ed.scene().select_line.isVisible()
    click(QPointF(env.layout().gap_point(1)[0], env.layout().header_y - 120))
    assert seen[-1] is None


def test_arrow_keys_walk_the_neurons(env, qtbot):
    env.ed.select(("neuron", 0, 0))
    env.ed.setFocus()
    qtbot.keyClick(env.ed, Qt.Key.Key_Down)
    assert env.ed.selection() == ("neuron", 0, 1)
    qtbot.keyClick(env.ed, Qt.Key.Key_Right)
    assert env.ed.selection() == ("neuron", 1, 1)
    qtbot.keyClick(env.ed, Qt.Key.Key_Right)
    assert env.ed.selection() == ("neuron", 2, 0)
    qtbot.keyClick(env.ed, Qt.Key.Key_Escape)
    assert env.ed.selection() is None


def test_add_neuron_goes_after_the_selection_or_to_the_last_hidden_layer(env):
    assert env.ed.add_neuron("relu")
    assert net(env).activations(1) == ["tanh", "tanh", "relu"]
    env.ed.select(("neuron", 0, 0))
    assert env.ed.add_neuron("elu")
    assert net(env).activations(0)[1] == "elu"
    assert env.ed.selection() == ("neuron", 0, 1)


def test_add_layer_puts_two_tanh_units_before_the_output(env):
    assert env.ed.add_layer()
    assert net(env).sizes == [4, 2, 2, 1]
    assert net(env).activations(2) == ["tanh", "tanh"]


def test_a_new_document_clears_the_selection(env):
    env.ed.select(("neuron", 0, 1))
    env.doc.replace(netfile.default_document(), None)
    assert env.ed.selection() is None


def test_a_compound_edit_refused_half_way_leaves_the_network_untouched(env):
    from gui.editor.pushing import push_steps

    before = state(net(env))
    assert not push_steps(env.ed, "two steps", [(edits.insert_neuron, 0, 0, "relu"),
                                                (edits.remove_layer, 2)])
    assert same(state(net(env)), before)
    assert env.stack.count() == 0
    assert "output layer" in env.messages[-1]
