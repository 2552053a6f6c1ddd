"""Softmax out of place and the softmax activation view, under a person's hands (lesson 7,
steps 4 and 5): right-click menus make a hidden softmax neuron, its badge comes and goes
with Ctrl+Z, and a click on an output neuron draws its probability with the others held.

Every edit is a right click answered with Down and Return, every undo Ctrl+Z to the focused
canvas; the curves are read back from the plot's items and checked against the formula.
"""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core import softmax_use as su
from core.activations import softmax
from gui import lessons
from gui.live_views import MAX_HIST_SAMPLES
from tests.gui.test_hands_menus_palette import at, header, right_click_choose

K, CTRL = Qt.Key, Qt.KeyboardModifier.ControlModifier


def badges(window) -> dict:
    """{(layer, unit): (status, tooltip)} of the badges on the editor's neuron items."""
    from gui.diagnostics.badges import NeuronBadge

    return {key: (child.status, child.toolTip())
            for key, item in window.editor.scene().neurons.items()
            for child in item.childItems() if isinstance(child, NeuronBadge)}


def statuses(window) -> dict:
    """{(layer, unit): status} of the softmax badges (a new tanh neuron fed the lesson's
    wide inputs may well be saturated: not this test's business)."""
    return {k: v[0] for k, v in badges(window).items() if v[0] in su.STATUSES}


@pytest.fixture
def softmax_lesson(window, hands):
    """Lesson 7 open, the Activation panel in front, the canvas with the keyboard."""
    assert window.lessons.open_lesson(lessons.LESSONS_DIR / "07_softmax.nsnet")
    window.show_panel(window.curve_dock)
    hands.focus(window.editor)
    return window.editor


def test_a_hidden_softmax_neuron_gets_its_badge_and_loses_it_with_undo(window, hands,
                                                                      softmax_lesson, qtbot):
    ed = softmax_lesson
    assert statuses(window) == {}
    right_click_choose(hands, ed, at(ed, header(ed, 0)), "Insert hidden layer before")
    assert ed.network.activations(0) == ["tanh", "tanh"]
    right_click_choose(hands, ed, at(ed, ed.neuron_item(0, 0)), "Softmax")
    assert ed.network.activations(0) == ["softmax", "tanh"]
    qtbot.waitUntil(lambda: statuses(window) == {(0, 0): su.LONE})
    tip = badges(window)[(0, 0)][1]
    assert tip.startswith("Hidden 1 neuron 1 (Softmax)\nA softmax neuron alone always "
                          "outputs 1") and "ReLU or tanh" in tip
    right_click_choose(hands, ed, at(ed, ed.neuron_item(0, 1)), "Softmax")
    qtbot.waitUntil(lambda: statuses(window) == {(0, 0): su.HIDDEN, (0, 1): su.HIDDEN})
    assert "Softmax in a hidden layer: its outputs always add up to 1" in \
        badges(window)[(0, 1)][1]
    # the Neuron health panel lists them with the same words, problems first
    window.diagnostics.health_action.trigger()
    table = window.diagnostics.health_panel.table
    qtbot.waitUntil(lambda: [r[2] for r in table.shown_rows()[:2]] == [su.HIDDEN] * 2)
    assert "2 softmax in a hidden layer" in window.diagnostics.health_panel.summary.text()
    hands.focus(ed)
    hands.key(K.Key_Z, CTRL)                     # the second softmax back to tanh: alone
    assert ed.network.activations(0) == ["softmax", "tanh"]
    qtbot.waitUntil(lambda: statuses(window) == {(0, 0): su.LONE})
    hands.key(K.Key_Z, CTRL)                     # and the first: no badge
    qtbot.waitUntil(lambda: statuses(window) == {})
    hands.key(K.Key_Y, CTRL)                     # redo brings it back
    qtbot.waitUntil(lambda: statuses(window) == {(0, 0): su.LONE})
    assert window.errors == []


def test_a_lone_softmax_output_is_flagged_and_the_inspector_offers_sigmoid(window, hands,
                                                                          softmax_lesson,
                                                                          qtbot):
    ed = softmax_lesson
    for unit in (2, 1):                          # delete two of the three outputs
        right_click_choose(hands, ed, at(ed, ed.neuron_item(0, unit)), "Delete neuron")
    assert ed.network.sizes == [1]
    qtbot.waitUntil(lambda: statuses(window) == {(0, 0): su.LONE})
    assert "For one output use sigmoid" in badges(window)[(0, 0)][1]
    hands.click(ed, at(ed, ed.neuron_item(0, 0)))
    plot = window.curve_plot
    qtbot.waitUntil(lambda: plot._group is not None and len(plot._group[2]) == 1)
    z, p = plot.group_curves()["own"]
    np.testing.assert_array_equal(p, 1.0)        # a flat line at exactly 1 ...
    np.testing.assert_array_equal(plot.group_curves()["slope"][1], 0.0)   # ... no slope
    assert plot.group_curves()["sum"] is None and "alone" in plot.title.text
    assert "p = 1 and no gradient" in plot.info.text


def test_an_output_neurons_curve_is_its_probability_with_the_others_held(window, hands,
                                                                        softmax_lesson,
                                                                        qtbot):
    ed = softmax_lesson
    for _ in range(5):                           # the epochs the lesson's notes talk about
        window.controller.step_epoch()
    hands.click(ed, at(ed, ed.neuron_item(0, 1)))
    assert ed.selection() == ("neuron", 0, 1)
    plot = window.curve_plot
    qtbot.waitUntil(lambda: plot._group is not None and plot._group[1] == 1)
    net, bundle = window.document.network, window.document.data_bundle()
    Z = net.forward_layers(bundle.train[0][:MAX_HIST_SAMPLES])[0][0]
    held = Z.mean(axis=0)                         # what the title says: "their mean z"
    assert "p₂ = e^z₂" in plot.title.text and "other 2 held at their mean z" in \
        plot.title.text
    curves = plot.group_curves()
    z, p = curves["own"]
    assert z[0] == pytest.approx(-6) and z[-1] == pytest.approx(6)
    expected = softmax(np.vstack([np.full_like(z, held[0]), z, np.full_like(z, held[2])]))
    np.testing.assert_allclose(p, expected[1], rtol=1e-12)
    np.testing.assert_allclose(curves["slope"][1], p * (1 - p), rtol=1e-12)
    others = [values for _, values in curves["others"]]
    np.testing.assert_allclose(others, expected[[0, 2]], rtol=1e-12)
    total = p + sum(others)                       # the group's curves sum to 1 at every z
    np.testing.assert_allclose(total, 1.0, atol=1e-12)
    np.testing.assert_allclose(curves["sum"][1], 1.0, atol=1e-12)
    assert p[0] < 0.01 and p[-1] > 0.99 and np.all(np.diff(p) > 0)     # notes, step 4
    dz, dp = plot.dots()                          # the samples sit on the curve
    assert 10 <= dz.size <= 40 and np.all(np.isin(dz, Z[:, 1]))
    dots_expected = softmax(np.vstack([np.full_like(dz, held[0]), dz,
                                       np.full_like(dz, held[2])]))[1]
    np.testing.assert_allclose(dp, dots_expected, rtol=1e-12)
    # another output neuron: the same group, seen from neuron 3
    hands.click(ed, at(ed, ed.neuron_item(0, 2)))
    qtbot.waitUntil(lambda: plot._group is not None and plot._group[1] == 2)
    assert "p₃" in plot.title.text
    np.testing.assert_allclose(plot.group_curves()["sum"][1], 1.0, atol=1e-12)
    hands.click(ed, at(ed, header(ed, 0)))       # an ordinary activation clears the group
    right_click_choose(hands, ed, at(ed, header(ed, 0)), "Set all activations", "Sigmoid")
    hands.click(ed, at(ed, ed.neuron_item(0, 0)))
    qtbot.waitUntil(lambda: plot._name == "sigmoid")
    assert plot._group is None and plot.group_curves()["others"] == []
    assert plot.dots()[0].size == 0
