"""Projection mode: every text of the network picture at least 16 px high on screen, and no
two texts on top of each other, for every lesson and the default network, at the sizes a
classroom projector gives the window; the flags of a trained network too."""

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QGraphicsLineItem, QGraphicsRectItem

from gui.diagnostics.badges import NeuronBadge
from gui.editor.items import LayerBand
from gui.editor.layout import NAMED_INPUTS
from gui.editor.lettering import MIN_PX
from gui.editor.links import LinkHighlight, LinkLayerItem
from gui.editor.nodes import InputItem, NeuronItem
from gui.explainer.overlay import LinkHalo, NodeOutlines

LESSONS = sorted((Path(__file__).parents[2] / "resources" / "lessons").glob("*.nsnet"))
# items that draw no text (the explainer's outlines and link halo included)
NO_TEXT = (LinkLayerItem, LayerBand, LinkHighlight, QGraphicsRectItem, QGraphicsLineItem,
           NodeOutlines, LinkHalo)


def settle():
    for _ in range(5):
        QApplication.processEvents()


def open_projected(qtbot, path, size):
    from tests.gui.test_projection import make_window

    w = make_window(qtbot, size)
    if path is not None:
        assert w.open_file(path, ask=False)
    w.projection.set_active(True, full_screen=False)
    settle()
    return w


def screen_texts(editor) -> list[tuple[str, float, QRectF, object]]:
    """(text, on-screen pixel height, box in view coordinates, item) of every visible text
    in the editor's scene. Every item either draws no text or says what it draws."""
    out = []
    for item in editor.scene().items():
        if not item.isVisible() or isinstance(item, NO_TEXT):
            continue
        to_view = item.deviceTransform(editor.viewportTransform())
        if hasattr(item, "drawn_texts"):
            texts = [(t.text, t.font, t.box()) for t in item.drawn_texts()]
        else:                       # another module's text: the diagnostics' flags
            assert hasattr(item, "font") and hasattr(item, "text"), type(item)
            texts = [(item.text, item.font, item.rect)]
        for text, font, box in texts:
            px = QFontInfo(font).pixelSize() * to_view.m11()
            out.append((text, px, to_view.mapRect(box), item))
    return out


def crowded(item) -> bool:
    """A flag in a layer of more than NAMED_INPUTS units (the digits lesson's 16): such a
    layer gets only the room the picture has, and 16 px flags on all of its neurons can
    touch (a known limit: the flags belong to the diagnostics, which draw one per neuron)."""
    node = item.parentItem()
    return isinstance(node, NeuronItem) and \
        node.scene().layout.sizes[node.layer] > NAMED_INPUTS


def assert_readable(editor, where):
    texts = screen_texts(editor)
    assert texts, where
    small = [(t, round(px, 1)) for t, px, _, _ in texts if px < MIN_PX - 0.01]
    assert not small, f"{where}: texts below {MIN_PX} px: {small}"
    boxes = [(t, box.adjusted(0.5, 0.5, -0.5, -0.5), crowded(item)) for t, _, box, item in texts]
    for i, (a, ra, ca) in enumerate(boxes):
        for b, rb, cb in boxes[i + 1:]:
            if ca and cb:
                continue
            assert not ra.intersects(rb), f"{where}: '{a}' {ra} overlaps '{b}' {rb}"
    nodes = [(it, editor.mapFromScene(it.mapToScene(it.rect)).boundingRect())
             for it in editor.scene().items() if isinstance(it, (NeuronItem, InputItem))]
    for text, _, box, item in texts:
        owner = item if isinstance(item, (NeuronItem, InputItem)) else item.parentItem()
        for node, rect in nodes:
            if node is not owner and owner is not None and text != "b" and \
                    not crowded(item):
                assert not box.adjusted(1, 1, -1, -1).intersects(QRectF(rect)), \
                    f"{where}: '{text}' lies on another node"
            elif owner is None:     # a header: clear of every node
                assert not box.adjusted(1, 1, -1, -1).intersects(QRectF(rect)), \
                    f"{where}: header '{text}' lies on a node"


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
@pytest.mark.parametrize("path", [None, *LESSONS], ids=lambda p: getattr(p, "stem", "default"))
def test_network_texts_readable_in_projection(qtbot, path, size):
    w = open_projected(qtbot, path, size)
    assert_readable(w.editor, f"{getattr(path, 'name', 'default')} at {size}")


@pytest.mark.parametrize("viewport", [(480, 300), (700, 450), (1400, 800)])
@pytest.mark.parametrize("name", ["05_flat_tails", "08_digits_brightness", "02_coffee"])
def test_texts_readable_at_any_editor_size(qtbot, name, viewport):
    path = next(p for p in LESSONS if p.stem.startswith(name))
    w = open_projected(qtbot, path, (1280, 720))
    editor = w.editor
    editor.setParent(None)              # the editor alone, at exactly this size
    qtbot.addWidget(editor)
    editor.resize(*viewport)
    editor.show()
    qtbot.waitExposed(editor)
    settle()
    assert editor.viewport().width() <= viewport[0]
    assert_readable(editor, f"{name} in {viewport}")


def test_flags_of_dead_neurons_readable(qtbot):
    path = next(p for p in LESSONS if p.stem == "04_dead_relu")
    w = open_projected(qtbot, path, (1280, 720))
    w.diagnostics.set_show_flags(True)
    for _ in range(50):
        w.controller.step_epoch()
    settle()
    w.diagnostics.refresh_health()
    settle()
    # at this zoom the word may be shortened ("D"): the badge's status says what it is
    flags = [t[3].status for t in screen_texts(w.editor) if isinstance(t[3], NeuronBadge)]
    assert "dead" in flags, "50 epochs of the dead-ReLU lesson show no dead flag"
    assert_readable(w.editor, "04_dead_relu trained")


def test_outside_projection_texts_as_before(window):
    """The normal look is untouched: headers at their usual size, every name and label."""
    ed = window.editor
    header = ed.scene().headers[0]
    assert [t.text for t in header.drawn_texts()] == ["Hidden 1", "4 units"] or \
        header.drawn_texts()[0].text.startswith("Hidden")
    assert header.drawn_texts()[0].font.pixelSize() == 19
    assert ed.scene().text_floor == 0.0
    window.projection.set_active(True, full_screen=False)
    assert ed.scene().text_floor > 0
    window.projection.set_active(False)
    assert ed.scene().text_floor == 0.0
    assert header.drawn_texts()[0].font.pixelSize() == 19
    assert all(n.drawn_texts() for n in ed.scene().neurons.values()
               if n.size >= 40 and n.map_image is None)
