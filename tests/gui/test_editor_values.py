"""Editor values and pictures: typing weights and biases, link colours and widths, big
networks, export, the palette, zoom and view state."""

import math
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from core import activations as act
from core import edits, netfile
from core.network import Network
from gui import colors
from gui.editor import MIME_ACTIVATION, PaletteWidget
from gui.editor.links import DENSE, link_width


@pytest.fixture
def env(make_editor):
    return make_editor()


def rgb(c: QColor):
    return c.red(), c.green(), c.blue()


# -- typing values -------------------------------------------------------------------------
def test_typing_a_weight_sets_it_as_one_undo_step(env):
    old = env.doc.value(("weight", 0, 1, 0))
    assert env.ed.apply_value_text(("weight", 0, 1, 0), " 0.75 ")
    assert env.doc.network.params(0)[0][1, 0] == 0.75
    assert env.stack.count() == 1
    env.stack.undo()
    assert env.doc.value(("weight", 0, 1, 0)) == old
    env.stack.redo()
    assert env.doc.value(("weight", 0, 1, 0)) == 0.75


def test_typing_a_bias_accepts_a_decimal_comma(env):
    assert env.ed.apply_value_text(("bias", 1, 0), "-1,5")
    assert env.doc.network.params(1)[1][0] == -1.5
    assert env.ed.neuron_item(1, 0).bias.value == -1.5


@pytest.mark.parametrize("text", ["abc", "", "nan", "inf", "-inf", "1e999"])
def test_bad_numbers_keep_the_old_value_and_say_why(env, text):
    old = env.doc.value(("weight", 1, 0, 2))
    assert not env.ed.apply_value_text(("weight", 1, 0, 2), text)
    assert env.doc.value(("weight", 1, 0, 2)) == old
    assert env.stack.count() == 0
    assert "number" in env.messages[-1] and f"stays {old:.4g}" in env.messages[-1]


def test_the_inline_editor_applies_on_enter_and_rejects_abc(env, qtbot):
    line = env.ed.edit_value(("bias", 0, 2))
    assert float(line.text()) == env.doc.value(("bias", 0, 2))
    line.setText("abc")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert env.stack.count() == 0
    assert env.ed.inline.line_edit is line          # still open, to correct the typo
    assert "'abc' is not a number" in env.messages[-1]
    line.setText("0.25")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert env.doc.value(("bias", 0, 2)) == 0.25
    assert env.ed.inline.line_edit is None


def test_escape_closes_the_inline_editor_without_a_change(env, qtbot):
    old = env.doc.value(("weight", 0, 0, 1))
    line = env.ed.edit_value(("weight", 0, 0, 1))
    line.setText("3")
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert env.ed.inline.line_edit is None
    assert env.doc.value(("weight", 0, 0, 1)) == old


def test_double_clicking_a_link_opens_its_weight(env, qtbot):
    line = env.ed.link_item(0).line(3, 1)
    qtbot.mouseDClick(env.ed.viewport(), Qt.MouseButton.LeftButton,
                      pos=env.ed.mapFromScene(line.pointAt(0.2)))
    assert env.ed.inline.target == ("weight", 0, 3, 1)
    qtbot.wait(50)
    assert env.ed.inline.line_edit is not None and env.ed.inline.line_edit.isVisible()
    qtbot.keyClicks(env.ed.inline.line_edit, "-2")
    qtbot.keyClick(env.ed.inline.line_edit, Qt.Key.Key_Return)
    assert env.doc.value(("weight", 0, 3, 1)) == -2.0


def test_alpha_is_only_editable_where_there_is_one(env):
    env.doc.apply_edit(edits.set_activation, 0, 0, "leaky_relu")
    assert env.ed.apply_value_text(("alpha", 0, 0), "0.2")
    assert env.doc.network.neurons(0)[0].alpha == 0.2
    assert not env.ed.apply_value_text(("alpha", 0, 1), "0.2")     # tanh has none


# -- links ---------------------------------------------------------------------------------
def test_link_colour_and_width_follow_the_weight(env):
    item = env.ed.link_item(0)
    for w, colour, width in [(2.0, colors.POSITIVE, 6.0), (-0.1, colors.NEGATIVE, 0.775),
                             (0.0, colors.POSITIVE, 0.5), (-10.0, colors.NEGATIVE, 6.0)]:
        env.ed.apply_value_text(("weight", 0, 2, 1), str(w))
        pen = item.pen_for(2, 1)
        if abs(w) >= 1:                   # full strength: the sign's own colour
            assert rgb(pen.color()) == rgb(colour), w
        else:                             # faded towards the background, same hue
            assert abs(pen.color().hueF() - colour.hueF()) < 0.03, w
        assert pen.widthF() == pytest.approx(width), w
    # bigger |w| is never thinner, and weaker links fade towards the background (opaque
    # colours: translucent overlapping lines cost 5x to draw)
    widths = link_width(np.linspace(0, 3, 50))
    assert np.all(np.diff(widths) >= 0) and widths[0] == 0.5 and widths[-1] == 6.0

    def distance_from_background(colour):
        return sum(abs(a - b) for a, b in zip(rgb(colour), rgb(colors.BACKGROUND)))

    env.ed.apply_value_text(("weight", 0, 2, 1), "0.05")
    faint = item.pen_for(2, 1).color()
    env.ed.apply_value_text(("weight", 0, 2, 1), "0.9")
    strong = item.pen_for(2, 1).color()
    assert faint.alpha() == strong.alpha() == 255
    assert distance_from_background(strong) > distance_from_background(faint) > 0


def test_params_changes_restyle_links_without_rebuilding(env):
    item, neuron = env.ed.link_item(1), env.ed.neuron_item(1, 0)
    env.doc.set_value(("weight", 1, 1, 3), -1.5)
    assert env.ed.link_item(1) is item and env.ed.neuron_item(1, 0) is neuron
    assert item.W[1, 3] == -1.5
    assert rgb(item.pen_for(1, 3).color()) == rgb(colors.NEGATIVE)
    theta = env.doc.network.theta.copy()
    env.doc.progress(SimpleNamespace(theta=-theta, epoch=1))   # what a training step does
    assert env.ed.link_item(1) is item
    assert np.array_equal(item.W, env.doc.network.params(1)[0]) and item.W[1, 3] == 1.5
    env.doc.apply_edit(edits.insert_neuron, 1, 0, "relu")
    assert env.ed.link_item(1) is not item


def test_pointing_at_a_link_highlights_it_and_sets_its_tooltip(env, qtbot):
    item = env.ed.link_item(0)
    point = env.ed.mapFromScene(item.line(1, 0).pointAt(0.15))
    # QTest.mouseMove moves no pointer on the offscreen platform: send the move itself
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(
        env.ed.viewport().mapToGlobal(point)), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(env.ed.viewport(), move)
    assert env.ed.scene().hover_line.isVisible()
    assert item.toolTip().startswith("Weight from x1 into Hidden 1 neuron 2")


def test_hovering_a_link_tells_its_exact_value(env):
    env.doc.set_value(("weight", 1, 0, 2), -0.123456)
    text = env.ed.describe(("link", 1, 0, 2))
    assert "-0.1235" in text and "Hidden 1 neuron 3" in text and "Hidden 2 neuron 1" in text
    bias = env.ed.describe(("bias", 0, 0))
    assert bias.startswith("Bias of Hidden 1 neuron 1: 0")


def test_neuron_tooltip_has_formula_range_and_notes(env):
    text = env.ed.describe(("neuron", 2, 0))
    spec = act.get("sigmoid")
    assert spec.formula in text and spec.output_range in text and spec.notes in text


def test_map_image_is_drawn_inside_the_node(env, qtbot):
    item = env.ed.neuron_item(0, 0)
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ff00ff"))
    item.set_map(image)
    env.ed.zoom_reset()
    env.ed.centerOn(item)
    qtbot.wait(10)
    shot = env.ed.grab().toImage()
    center = env.ed.mapFromScene(item.scenePos() + QPointF(-10, -10))
    assert rgb(shot.pixelColor(center)) == (255, 0, 255)
    item.set_map(None)
    assert item.map_image is None


# -- scale ---------------------------------------------------------------------------------
def _big_document():
    doc = netfile.default_document()
    doc.network = Network([f"px{i}" for i in range(64)],
                          [["relu"] * 64] * 10 + [["softmax"] * 10],
                          loss="categorical_crossentropy", seed=0)
    doc.data = {"source": "builtin", "name": "digits"}
    return doc


def test_a_64_input_ten_by_64_network_builds_and_stays_pointable(make_editor):
    big = make_editor(_big_document())
    ed = big.ed
    print(f"\nbuilding the 64-input, 10x64 hidden scene took "
          f"{ed.last_build_seconds * 1000:.0f} ms")
    scene = ed.scene()
    assert len(scene.neurons) == 650 and len(scene.inputs) == 64
    assert len(scene.links) == 11 and all(item.dense for item in scene.links[:10])
    assert 64 * 64 > DENSE
    # one item per layer pair, yet each of the 4096 links can still be pointed at
    line = ed.link_item(5).line(40, 17)
    hit = ed.link_item(5).link_at(line.pointAt(0.5), 0.5)
    assert hit is not None and ed.link_item(5).line(*hit).pointAt(0.5) == line.pointAt(0.5)
    assert ed.handle_drop(QPointF(*ed.scene_layout().slot_point(3, 10)),
                          _activation("gelu"))
    assert big.doc.network.activations(3)[10] == "gelu"


def _activation(name):
    from gui.editor import activation_mime
    return activation_mime(name)


# -- export --------------------------------------------------------------------------------
def test_export_writes_a_png_and_an_svg(env, tmp_path):
    png, svg = tmp_path / "net.png", tmp_path / "net.svg"
    env.ed.export_image(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 1000
    # something other than background was drawn: the links' blue and orange are there
    pixels = {image.pixel(x, y) for x in range(0, image.width(), 7)
              for y in range(0, image.height(), 7)}
    assert len(pixels) > 20
    env.ed.export_image(svg)
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Hidden 1" in text
    with pytest.raises(ValueError, match="png or .svg"):
        env.ed.export_image(tmp_path / "net.jpg")


# -- palette -------------------------------------------------------------------------------
def test_palette_has_a_chip_per_activation_with_tooltip_and_drag_payload(qtbot):
    palette = PaletteWidget()
    qtbot.addWidget(palette)
    assert palette.names() == list(act.NAMES)
    for i, name in enumerate(act.NAMES):
        item = palette.item(i)
        assert item.toolTip() == act.get(name).tooltip()
        assert not item.icon().isNull()
        mime = palette.mimeData([item])
        assert bytes(mime.data(MIME_ACTIVATION).data()).decode() == name


def test_palette_enter_asks_to_add_the_current_activation(qtbot):
    palette = PaletteWidget()
    qtbot.addWidget(palette)
    palette.show()
    palette.setFocus()
    palette.setCurrentRow(list(act.NAMES).index("relu"))
    with qtbot.waitSignal(palette.activate) as blocker:
        qtbot.keyClick(palette, Qt.Key.Key_Return)
    assert blocker.args == ["relu"]


# -- zoom and view state -------------------------------------------------------------------
def test_zoom_and_view_state_round_trip(env):
    env.ed.zoom_reset()
    assert env.ed.view_state()["zoom"] == 1.0
    env.ed.zoom_in()
    assert env.ed.view_state()["zoom"] == pytest.approx(1.25)
    env.ed.zoom_out()
    env.ed.zoom_out()
    assert env.ed.view_state()["zoom"] == pytest.approx(0.8)
    env.ed.set_view_state({"zoom": 2.0, "center": [300.0, 40.0]})
    state = env.ed.view_state()
    assert state["zoom"] == 2.0
    assert math.dist(state["center"], [300.0, 40.0]) <= 1.0


def test_a_view_state_set_before_a_new_document_is_built_still_lands(env, qtbot):
    # as the main window does: restore the file's view when "replaced" arrives, which is
    # before "structureChanged" builds the new (much wider) scene
    env.doc.replaced.connect(
        lambda: env.ed.set_view_state({"zoom": 1.0, "center": [2000.0, 200.0]}))
    env.doc.replace(_big_document(), None)
    qtbot.wait(20)
    assert math.dist(env.ed.view_state()["center"], [2000.0, 200.0]) <= 1.0


def test_structure_edits_keep_the_view_where_it_was(env):
    env.ed.set_view_state({"zoom": 2.0, "center": [300.0, 40.0]})
    env.ed.add_neuron("relu")
    assert math.dist(env.ed.view_state()["center"], [300.0, 40.0]) <= 1.0
    assert env.ed.view_state()["zoom"] == 2.0


@pytest.mark.parametrize("bad", [None, {}, {"zoom": "x", "center": [0, 0]},
                                 {"zoom": float("nan"), "center": [0, 0]},
                                 {"zoom": 1, "center": [0]}, {"zoom": -2, "center": [0, 0]}])
def test_a_malformed_view_state_falls_back_to_fit(env, bad):
    env.ed.zoom_reset()
    env.ed.set_view_state(bad)
    rect = env.ed.mapFromScene(env.ed.scene().itemsBoundingRect()).boundingRect()
    assert env.ed.viewport().rect().contains(rect)


def test_fit_shows_the_whole_network(env):
    env.ed.resize(700, 400)
    env.ed.zoom_in()
    env.ed.zoom_in()
    env.ed.fit()
    rect = env.ed.mapFromScene(env.ed.scene().itemsBoundingRect()).boundingRect()
    assert env.ed.viewport().rect().contains(rect)


def test_the_exported_picture_has_no_selection_ring(env, tmp_path):
    """A handout shows the network, not what happened to be selected; the selection is
    still there on screen afterwards."""
    env.ed.select(("neuron", 0, 1))
    png = tmp_path / "net.png"
    env.ed.export_image(png)
    image = QImage(str(png))
    ring = colors.SELECTION.rgb() & 0xFFFFFF
    assert not any(image.pixel(x, y) & 0xFFFFFF == ring
                   for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    assert env.ed.selection() == ("neuron", 0, 1)
    assert env.ed.neuron_item(0, 1).selected
