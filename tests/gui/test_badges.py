"""Neuron badges in crowded projected networks: readable (16 px on screen), clear of each
other and of every node's body, compact with a ring where the word has no room, and the
usual full word on the node's top edge outside projection."""

import pytest
from PySide6.QtCore import QPointF

from core import edits
from gui.commands import StructureCommand
from gui.diagnostics.badges import NeuronBadge, badge_forms
from gui.editor.layout import NAMED_INPUTS
from gui.editor.lettering import MIN_PX
from gui.editor.nodes import InputItem, NeuronItem
from tests.gui.test_editor_readability import LESSONS, open_projected, settle


def lesson(stem: str):
    return next(p for p in LESSONS if p.stem == stem)


def badge_items(editor) -> dict:
    return {key: child for key, node in editor.scene().neurons.items()
            for child in node.childItems() if isinstance(child, NeuronBadge)}


def assert_badges_clear(editor, where: str) -> dict:
    """Every badge of a layer of at most NAMED_INPUTS units (larger layers get only the room
    the picture has, see test_editor_readability.crowded): its text at least MIN_PX on
    screen, its pill on no node's body (its own included) and on no other badge's pill or
    ring, its ring around its own node only, and all of it in view. Returns the badges."""
    scene = editor.scene()
    badges = {k: b for k, b in badge_items(editor).items()
              if scene.layout.sizes[k[0]] <= NAMED_INPUTS}
    assert badges, where
    zoom = editor.transform().m11()
    bodies = [(it, it.mapRectToScene(it.rect)) for it in scene.items()
              if isinstance(it, (NeuronItem, InputItem))]
    pills = {k: b.mapRectToScene(b.rect) for k, b in badges.items()}
    rings = {k: b.mapRectToScene(b.fit.ring) for k, b in badges.items()
             if not b.fit.ring.isEmpty()}
    seen = editor.mapToScene(editor.viewport().rect()).boundingRect()
    for key, badge in badges.items():
        assert seen.contains(pills[key]), f"{where}: {key}'s badge out of view"
        px = badge.font.pixelSize() * zoom
        assert px >= MIN_PX - 0.01, f"{where}: {key} '{badge.text}' is {px:.1f} px"
        for node, body in bodies:
            assert not pills[key].intersects(body), f"{where}: {key}'s badge on {node.key}"
            if key in rings and node is not badge.parentItem():
                assert not rings[key].intersects(body), f"{where}: {key}'s ring on {node.key}"
        for other in badges:
            if other != key:
                assert not pills[key].intersects(pills[other]), f"{where}: {key} on {other}"
                if other in rings:
                    assert not pills[key].intersects(rings[other]), \
                        f"{where}: {key}'s badge on {other}'s ring"
    return badges


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_eighteen_saturated_neurons_get_compact_badges_that_cover_nothing(qtbot, size):
    w = open_projected(qtbot, lesson("05c_flat_tails_small_weights"), size)
    w.diagnostics.set_show_flags(True)
    w.diagnostics.refresh_health()
    settle()
    hidden = {(li, u) for li in range(3) for u in range(6)}
    assert {k for k, b in badge_items(w.editor).items() if b.status == "saturated"} == hidden
    badges = assert_badges_clear(w.editor, f"05c at {size}")
    for badge in badges.values():        # 3 columns of 6: "saturated" has no room
        assert badge.text in badge_forms("saturated")[1:] and not badge.fit.ring.isEmpty()
        assert badge.fit.ring.contains(badge.parentItem().rect)
        assert badge.toolTip().startswith("Hidden") and "Saturated:" in badge.toolTip()
        assert badge.toolTip().endswith(f'"{badge.text}" stands for "saturated".')
    # projected, nobody hovers: the health panel's summary says what the short word means
    summary = w.diagnostics.health_panel.summary.text()
    assert summary.startswith("<b>18 saturated</b>")
    assert summary.endswith(' "sat." stands for "saturated".'), summary
    w.projection.set_active(False)          # the full words again: no key to read
    settle()
    assert all(b.text == "saturated" for b in badge_items(w.editor).values())
    assert w.diagnostics.health_panel.summary.text().endswith("training samples.")
    # the pill and ring answer the pointer with the flag's tooltip, the node's middle (its
    # map) with the node's own
    badge = badges[(1, 2)]
    node = badge.parentItem()
    at = w.editor.mapFromScene
    assert w.editor.itemAt(at(badge.mapToScene(badge.rect.center()))) is badge
    assert w.editor.itemAt(at(node.mapToScene(QPointF(0, 0)))) is node


def test_hidden_softmax_badges_leave_the_output_neurons_visible(qtbot):
    """The softmax lesson's step 5 (a hidden layer of two softmax neurons): 'misplaced' on
    both, beside them, not on the three output nodes of the narrow stage."""
    w = open_projected(qtbot, lesson("07_softmax"), (1280, 720))
    w.diagnostics.set_show_flags(True)
    doc = w.document
    w.undo_stack.push(StructureCommand(doc, "Insert layer", edits.insert_layer, 0,
                                       ["tanh", "tanh"]))
    for unit in (0, 1):
        w.undo_stack.push(StructureCommand(doc, "Softmax", edits.set_activation, 0, unit,
                                           "softmax"))
    qtbot.waitUntil(lambda: {k: b.status for k, b in badge_items(w.editor).items()} ==
                    {(0, 0): "misplaced", (0, 1): "misplaced"})
    settle()
    assert_badges_clear(w.editor, "07 with a hidden softmax")


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_a_badge_on_every_neuron_covers_nothing(qtbot, path):
    """The widest word on every neuron of every lesson, projected at 1280x720."""
    w = open_projected(qtbot, path, (1280, 720))
    flags = {key: ("saturated", "Saturated: test") for key in w.editor.scene().neurons}
    w.diagnostics.badges.show(flags)
    settle()
    assert set(badge_items(w.editor)) == set(flags)
    assert_badges_clear(w.editor, path.stem)


def test_outside_projection_the_word_sits_on_the_node_top_edge(window, qtbot):
    window.diagnostics.badges.show({(0, 1): ("saturated", "Saturated: test")})
    settle()
    badge = badge_items(window.editor)[(0, 1)]
    node = badge.parentItem()
    assert badge.text == "saturated" and badge.fit.ring.isEmpty()
    assert badge.rect.top() < node.rect.top() < badge.rect.bottom()     # on the top edge
    assert abs(badge.rect.center().x()) < 1e-6 and badge.toolTip() == "Saturated: test"
    window.projection.set_active(True, full_screen=False)
    settle()
    assert badge.rect.left() > node.rect.right()                         # beside it now
    window.projection.set_active(False)
    settle()
    assert badge.text == "saturated" and badge.rect.top() < node.rect.top()
