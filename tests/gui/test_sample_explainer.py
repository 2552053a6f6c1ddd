"""The "One sample" panel: opened from Tools, steps through core.explain's numbers, and
highlights the explained neuron and its links on the canvas."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from core import edits
from core.explain_text import fmt
from gui.commands import StructureCommand, ValueCommand


def _open(window, qtbot):
    action = next(a for a in window.actions_.tools_menu.actions()
                  if "One Sample" in a.text())
    assert action.shortcut().toString() == "Ctrl+I" and action.toolTip()
    action.trigger()
    panel = window.sample_explainer
    qtbot.waitUntil(lambda: panel.active and bool(panel.steps))
    assert window.sample_dock.objectName() == "sampleDock"
    assert window.sample_dock.toggleViewAction() in window.actions_.panels_menu.actions()
    return panel


def _sample_layers(window, part, i):
    bundle = window.document.data_bundle()
    X = bundle.train[0] if part == "train" else bundle.test[0]
    return window.document.network.forward_layers(X[i:i + 1])


def _scene_rect(window, li, u):
    item = window.editor.scene().neurons[(li, u)]
    return item.mapRectToScene(item.rect)


def test_menu_opens_the_panel_on_the_first_training_sample(window, qtbot):
    panel = _open(window, qtbot)
    assert panel.picker.current() == ("train", 0)
    assert panel.counter.text() == "Step 1 of 29"
    Z, _ = _sample_layers(window, "train", 0)[0]
    assert f"= {fmt(Z[0, 0])}" in panel.formula.text()
    assert panel.highlight.outlines.main == _scene_rect(window, 0, 0)
    assert panel.highlight.tag.text == f"z = {fmt(Z[0, 0])}"
    x0 = window.document.data_bundle().raw_train.X[0]
    assert panel.marker.ring.getData()[0][0] == pytest.approx(x0[0])
    # the formula is large enough for a projector
    assert f"font-size:{panel.font().pointSizeF() * 1.7:.1f}pt" in panel.formula.text()


def test_next_and_keys_step_through_and_move_the_highlight(window, qtbot):
    panel = _open(window, qtbot)
    qtbot.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    assert panel.counter.text() == "Step 2 of 29" and panel.current_step().kind == "a"
    _, A = _sample_layers(window, "train", 0)[0]
    assert f"= {fmt(A[0, 0])}" in panel.formula.text()
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    step = panel.current_step()
    assert panel.index == 2 and step.kind == "z" and step.neuron == (0, 1)
    assert panel.highlight.outlines.main == _scene_rect(window, 0, 1)
    scene = window.editor.scene()
    assert panel.highlight.halo.lines == [scene.link_line(("link", 0, 1, k)) for k in (0, 1)]
    assert panel.highlight.halo.scene() is scene
    qtbot.keyClick(panel, Qt.Key.Key_PageUp)
    assert panel.index == 1
    panel.go_to(len(panel.steps) - 1)
    assert not panel.next.isEnabled() and panel.current_step().kind == "gradient"


def test_choosing_a_sample_in_the_picker_and_by_clicking_the_map(window, qtbot):
    panel = _open(window, qtbot)
    panel.picker.number.setValue(8)              # shown 1-based
    Z, _ = _sample_layers(window, "train", 7)[0]
    assert panel.picker.current() == ("train", 7) and f"= {fmt(Z[0, 0])}" in \
        panel.formula.text()
    raw = window.document.data_bundle().raw_train.X
    plot = window.surface.plot
    plot.emit_plane_click(QPointF(raw[17, 0] + 0.01, raw[17, 1] - 0.01))
    assert panel.picker.current() == ("train", 17)
    # a real click on the plane picks the sample under the pointer
    scene_pos = plot.plot.vb.mapViewToScene(QPointF(*raw[42]))
    qtbot.mouseClick(plot.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=plot.view.mapFromScene(scene_pos))
    qtbot.waitUntil(lambda: panel.picker.current() == ("train", 42))
    Z, _ = _sample_layers(window, "train", 42)[0]
    assert f"= {fmt(Z[0, 0])}" in panel.formula.text()
    assert "x1 = " in panel.picker.about.text() and "class" in panel.picker.about.text()


def test_test_samples_are_picked_when_test_points_are_shown(window, qtbot):
    panel = _open(window, qtbot)
    plot = window.surface.plot
    plot.set_show_test(True)
    raw = window.document.data_bundle().raw_test.X
    plot.emit_plane_click(QPointF(*raw[3]))
    assert panel.picker.current() == ("test", 3)
    Z, _ = _sample_layers(window, "test", 3)[0]
    assert f"= {fmt(Z[0, 0])}" in panel.formula.text()


def test_weight_changes_recompute_and_keep_the_step(window, qtbot):
    panel = _open(window, qtbot)
    panel.go_to(2)                                    # z of Hidden 1 neuron 2
    window.undo_stack.push(ValueCommand(window.document, ("weight", 0, 1, 0), 2.5))
    Z, _ = _sample_layers(window, "train", 0)[0]
    qtbot.waitUntil(lambda: f"= {fmt(Z[0, 1])}" in panel.formula.text(), timeout=2000)
    assert panel.index == 2 and "(2.50)" in panel.formula.text()


def test_structure_change_rebuilds_the_highlight_in_the_new_scene(window, qtbot):
    panel = _open(window, qtbot)
    panel.go_to(2)
    window.undo_stack.push(StructureCommand(window.document, "Add neuron", edits.insert_neuron,
                                            0, 4, "relu"))
    scene = window.editor.scene()
    assert panel.current_step().neuron == (0, 1) and panel.current_step().kind == "z"
    assert panel.counter.text() == "Step 3 of 33"
    assert panel.highlight.outlines.scene() is scene
    assert panel.highlight.outlines.main == _scene_rect(window, 0, 1)


def test_closing_the_panel_removes_the_highlight(window, qtbot):
    panel = _open(window, qtbot)
    outlines = panel.highlight.outlines
    scene = window.editor.scene()
    assert outlines in scene.items()
    window.sample_dock.close()
    qtbot.waitUntil(lambda: not panel.active)
    assert outlines not in scene.items() and panel.marker.ring.scene() is None


def test_no_data_shows_a_plain_message(window, qtbot):
    panel = _open(window, qtbot)
    document = window.document
    document.set_data({"source": "csv", "path": "/nonexistent/gone.csv"}, document.checkpoint())
    assert "no data" in panel.message.text().lower()
    assert panel.steps == [] and panel.highlight.outlines is None


def test_screenshot_of_panel_and_canvas(window, qtbot, tmp_path):
    window.resize(1600, 1000)
    panel = _open(window, qtbot)
    panel.go_to(9)
    qtbot.wait(50)
    out = tmp_path / "explainer.png"
    assert window.grab().save(str(out))
    assert out.stat().st_size > 10_000
    assert np.isfinite(panel.explanation.loss)


def test_training_updates_the_numbers_on_the_same_step(window, qtbot):
    panel = _open(window, qtbot)
    panel.go_to(12)                                   # z of the output neuron
    before = panel.formula.text()
    window.controller.play()                         # numbers follow while it runs
    qtbot.waitUntil(lambda: panel.formula.text() != before, timeout=10_000)
    window.controller.pause()
    qtbot.waitUntil(lambda: not window.controller.running, timeout=10_000)
    Z, _ = _sample_layers(window, "train", 0)[2]
    qtbot.waitUntil(lambda: f"= {fmt(Z[0, 0])}" in panel.formula.text(), timeout=3000)
    assert panel.formula.text() != before and panel.index == 12
    assert panel.highlight.tag.text == f"z = {fmt(Z[0, 0])}"


def test_a_loss_that_does_not_fit_the_outputs_is_explained_in_words(window, qtbot):
    from gui.commands import SettingCommand

    panel = _open(window, qtbot)
    window.undo_stack.push(SettingCommand(window.document, "network", "loss",
                                          "categorical_crossentropy", "Set loss"))
    qtbot.waitUntil(lambda: "softmax" in panel.message.text(), timeout=2000)
    assert panel.steps == []
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(panel.steps), timeout=2000)
