"""The activation overview (issue 15, seed 003) under a person's hands: a click on a palette
entry (a press and release, no move) or Space on it opens the overview at that card; a
drag from the palette still drops a neuron and opens nothing; Ctrl+G and the Help menu
open it; each card draws core's g and g' and says what core's table says; the cards
reflow and their texts stay at least 16 px high in projection."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest

from core import activation_overview as ov
from core import activations as act
from gui import stage_spec
from gui.overview import ActivationOverview
from gui.plots import style
from tests.gui.test_plot_readability import MIN_PX, projected, settle, text_sizes

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def palette_point(window, name) -> QPoint:
    palette = window.palette
    row = palette.names().index(name)
    return palette.visualItemRect(palette.item(row)).center()


def card_in_view(panel, name) -> bool:
    """Whether ``name``'s card is wholly in the overview's scrolled view (or, for a card
    taller than the view, its top part fills it)."""
    card = panel.cards[name]
    viewport = panel.scroll.viewport()
    top_left = card.mapTo(viewport, QPoint(0, 0))
    rect = QRect(top_left, card.size())
    visible = viewport.rect()
    return visible.contains(rect) or (rect.top() >= 0 and rect.top() < 40 and
                                      rect.height() > visible.height())


@pytest.fixture
def overview(window):
    return window.activation_overview, window.activation_overview_dock


# -- the palette's way in -------------------------------------------------------------------
def test_clicking_a_palette_entry_opens_the_overview_at_its_card(window, overview, hands):
    panel, dock = overview
    assert not dock.isVisible()
    before = list(window.document.network.sizes)
    hands.click(window.palette, palette_point(window, "gelu"))
    hands.qtbot.waitUntil(lambda: card_in_view(panel, "gelu"), timeout=2000)
    assert dock.isVisible() and panel.highlighted() == "gelu"
    assert [n for n, c in panel.cards.items() if c.highlighted] == ["gelu"]
    # a click shows; it adds nothing (double-click and Enter add a neuron)
    assert window.document.network.sizes == before and window.undo_stack.count() == 0
    hands.click(window.palette, palette_point(window, "linear"))       # the top card
    hands.qtbot.waitUntil(lambda: card_in_view(panel, "linear"), timeout=2000)
    assert panel.highlighted() == "linear" and not panel.cards["gelu"].highlighted


def test_ctrl_g_in_the_palette_shows_the_card_and_the_arrows_follow(window, overview, hands):
    panel, dock = overview
    hands.focus(window.palette)
    window.palette.setCurrentRow(0)
    for _ in range(window.palette.names().index("tanh")):
        hands.key(K.Key_Down)
    assert not dock.isVisible()                  # arrows alone open nothing
    hands.key(K.Key_G, CTRL)
    hands.qtbot.waitUntil(dock.isVisible, timeout=2000)
    assert panel.highlighted() == "tanh"
    assert hands.focused() is window.palette     # the keyboard stays in the palette
    hands.key(K.Key_Down)                        # the open overview follows the arrows
    assert panel.highlighted() == "relu"
    hands.qtbot.waitUntil(lambda: card_in_view(panel, "relu"), timeout=2000)
    hands.key(K.Key_Return)                      # Enter still adds that neuron
    assert window.undo_stack.count() == 1 and relus(window) == 1


def relus(window) -> int:
    net = window.document.network
    return sum(net.activations(li).count("relu") for li in range(len(net.sizes)))


def test_a_drag_from_the_palette_still_drops_a_neuron_and_opens_nothing(
        window, canvas, overview, hands, drags):
    _, dock = overview
    start = palette_point(window, "elu")
    hands.drag(window.palette, start, start + QPoint(40, 0))
    hands.qtbot.waitUntil(lambda: bool(drags), timeout=2000)
    slot = canvas.mapFromScene(*canvas.scene_layout().slot_point(1, 1))
    assert hands.drop(canvas, slot, drags[-1])
    assert canvas.network.activations(1) == ["tanh", "elu", "tanh"]
    assert not dock.isVisible()


def test_ctrl_g_and_the_help_menu_open_the_overview(window, canvas, overview, hands):
    panel, dock = overview
    hands.key(K.Key_G, CTRL)
    hands.qtbot.waitUntil(dock.isVisible, timeout=2000)
    assert panel.highlighted() is None           # from the editor: no card is chosen
    dock.hide()
    entries = [a.text() for a in window.actions_.help_menu.actions()]
    assert "Activation &Functions" in entries
    assert entries.index("Activation &Functions") < entries.index("&About Neuron Studio")
    assert window.open_panel("activationsDock") and dock.isVisible()


def test_the_wheel_over_a_card_scrolls_the_overview(window, overview, hands):
    panel, _ = overview
    hands.click(window.palette, palette_point(window, "linear"))
    hands.qtbot.waitUntil(lambda: panel.scroll.verticalScrollBar().maximum() > 0,
                          timeout=2000)
    bar = panel.scroll.verticalScrollBar()
    bar.setValue(0)
    view = panel.cards["linear"].view
    assert hands.wheel(view, view.rect().center(), -2)
    assert bar.value() > 0


# -- the cards --------------------------------------------------------------------------------
@pytest.fixture
def panel(qtbot):
    widget = ActivationOverview()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("name", act.NAMES)
def test_each_card_draws_cores_g_and_its_slope(panel, name):
    card = panel.cards[name]
    z, g = card.g_curve.getData()
    z2, slope = card.slope_curve.getData()
    np.testing.assert_array_equal(z, z2)
    assert (z[0], z[-1]) == ov.Z_RANGE and len(z) == ov.POINTS
    spec = act.get(name)
    if spec.is_group:            # p1 of three softmax neurons, the other two at z = 0
        expected_g = np.exp(z) / (np.exp(z) + 2.0)
        expected_slope = expected_g * (1.0 - expected_g)
    else:
        expected_g, expected_slope = spec.fn(z, spec.default_alpha), \
            spec.grad(z, spec.default_alpha)
    np.testing.assert_allclose(g, expected_g, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(slope, expected_slope, rtol=1e-12, atol=1e-15)
    (x0, x1), (y0, y1) = card.plot.vb.viewRange()        # one scale on every card
    assert (x0, x1) == pytest.approx(ov.Z_RANGE) and (y0, y1) == pytest.approx(ov.Y_RANGE)
    g_pen, slope_pen = card.g_curve.opts["pen"], card.slope_curve.opts["pen"]
    assert g_pen.style() == Qt.PenStyle.SolidLine
    assert slope_pen.style() == Qt.PenStyle.DashLine
    assert g_pen.color() != slope_pen.color()


def _plain(label) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


@pytest.mark.parametrize("name", act.NAMES)
def test_each_card_says_what_cores_table_says(panel, name):
    card, spec = panel.cards[name], act.get(name)
    text = ov.card(name)
    assert _plain(card.title) == spec.label
    assert _plain(card.formula) == ov.readable_formula(spec)
    assert _plain(card.output_range) == f"Output: {ov.readable_range(spec)}"
    assert _plain(card.problem) == f"{spec.problem}. {spec.problem_why}"
    assert _plain(card.used_in).lower() == f"used in: {spec.used_in}".lower()
    assert _plain(card.drawn) == text.drawn and card.drawn.isVisible() == bool(text.drawn)
    assert card.toolTip() == spec.tooltip()


def test_softmax_and_alpha_cards_say_how_they_are_drawn(panel):
    assert "group of 3" in panel.cards["softmax"].drawn.text()
    assert "0.01" in panel.cards["leaky_relu"].drawn.text()
    assert "0.25" in panel.cards["prelu"].drawn.text() and "starting" in \
        panel.cards["prelu"].drawn.text()


@pytest.mark.parametrize("width, columns", [(1200, 4), (800, 3), (560, 2), (300, 1)])
def test_cards_reflow_into_fewer_columns_when_narrow(qtbot, panel, width, columns):
    panel.resize(width, 600)
    settle(qtbot)
    assert panel.columns() == columns
    assert not panel.scroll.horizontalScrollBar().isVisible()
    for card in panel.cards.values():
        assert card.width() >= min(panel.min_card_width(), width - 40)
        assert card.geometry().right() <= panel.scroll.viewport().width()


def test_show_activation_refuses_an_unknown_name(panel):
    with pytest.raises(act.UnknownActivation):
        panel.show_activation("sigmund")
    assert panel.highlighted() is None


# -- projection ---------------------------------------------------------------------------------
@pytest.mark.parametrize("factor", (1.04, 1.45))    # plot_factor at 720 and 1080 px high
def test_every_card_text_is_at_least_16_px_in_projection(qtbot, factor):
    widget = ActivationOverview()
    qtbot.addWidget(widget)
    projected(widget, factor)
    widget.resize(1000, 560)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot)
    style.refit_views(widget)
    widget.scroll.widget().adjustSize()
    sizes = text_sizes(widget)
    assert len(sizes) >= 6 * len(act.NAMES)       # every card's texts and ticks counted
    small = [(text, px) for text, px in sizes if px < MIN_PX]
    assert not small, small
    assert widget.columns() >= 2                  # still side by side at that size


def test_a_lesson_stage_can_show_the_overview(window, overview):
    panel, dock = overview
    assert stage_spec.VIEW_DOCKS["activations"] == "activationsDock"
    window.document.doc.meta["lesson"] = {"stage": {"columns": [
        {"size": 30, "views": ["network"]}, {"size": 70, "views": ["activations"]}]}}
    window.projection.set_active(True, full_screen=False)
    try:
        stage = window.projection.stage
        assert stage.views.get("activations") is dock and dock.isVisible()
        QTest.qWait(50)
        assert panel.columns() >= 2 and panel._scale > 1
        small = [(t, px) for t, px in text_sizes(panel) if px < MIN_PX]
        assert not small, small
    finally:
        window.projection.set_active(False)
