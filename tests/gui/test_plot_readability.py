"""Plots read from the back of a classroom at projector sizes (1280x720, projection mode):
texts of at least 16 px, keys that never cover a curve, plots that keep a readable height,
a map that shows its data's extent, a trials table shown whole."""

import math
from types import SimpleNamespace

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGraphicsTextItem,
    QLabel,
    QWidget,
)

from gui import projection_look
from gui.plots import style

FACTORS = (1.04, 1.45)     # projection.plot_factor at 720 and 1080 px high
MIN_PX = 16                # DESIGN, "Projection (classrooms)"


def settle(qtbot, ms: int = 30) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(ms)


def projected(widget: QWidget, factor: float) -> None:
    """What projection mode does to a panel: the window's font times its text scale, and
    ``set_font_scale(factor)`` on every plot that has one."""
    if factor > 1:
        font = QFont(widget.font())
        font.setPointSizeF(font.pointSizeF() * projection_look.DEFAULT_SCALE)
        widget.setFont(font)
    for w in [widget, *style.font_scaled_widgets(widget)]:
        if style.self_scaling(w):
            w.set_font_scale(factor)


def _px(font: QFont, scale: float = 1.0) -> float:
    return QFontInfo(font).pixelSize() * scale


def _document_px(item: QGraphicsTextItem, scale: float) -> list[float]:
    """Pixel sizes of every run of text in a (rich) text item."""
    doc, out = item.document(), []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.text().strip("\u00a0 \u2028"):
                font = fragment.charFormat().font().resolve(item.font())
                out.append(_px(font, scale))
            it += 1
        block = block.next()
    return out


def text_sizes(widget: QWidget) -> list[tuple[str, float]]:
    """(text, pixels high) of every visible text of ``widget``: graphics text items
    (titles, keys, axis labels, curve labels) and axis tick labels, times the view's
    scaling, and the labels and check boxes among its child widgets."""
    out = []
    for view in widget.findChildren(pg.GraphicsView):
        if not view.isVisibleTo(widget):
            continue
        for item in view.scene().items():
            if not item.isVisible():
                continue
            t = item.deviceTransform(view.viewportTransform())
            scale = math.hypot(t.m21(), t.m22())
            if isinstance(item, QGraphicsTextItem) and item.toPlainText().strip():
                out += [(item.toPlainText(), px) for px in _document_px(item, scale)]
            elif isinstance(item, pg.AxisItem) and item.style["showValues"]:
                tick = item.style.get("tickFont") or item.font()
                out.append((f"{item.orientation} ticks", _px(tick, scale)))
    for w in [*widget.findChildren(QLabel), *widget.findChildren(QAbstractButton)]:
        if w.isVisibleTo(widget) and w.text().strip():
            out.append((w.text(), _px(w.font())))
    return out


# -- the widgets -----------------------------------------------------------------------------
def loss_plot(qtbot, size=(620, 290)):
    from gui.plots.loss_plot import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)
    for e in range(1, 60):
        plot.append(e, 0.7 * np.exp(-e / 10) + 0.04, 0.7 * np.exp(-e / 12) + 0.06,
                    min(1.0, 0.5 + e / 60), min(1.0, 0.5 + e / 70))
    plot.flush()
    plot.resize(*size)
    return plot


def decision_plot(qtbot, extent=(-6.0, 6.0, -6.0, 6.0), n=400, size=(420, 300)):
    from gui.plots.decision_plot import DecisionPlot

    plot = DecisionPlot()
    qtbot.addWidget(plot)
    rng = np.random.default_rng(3)
    x0, x1, y0, y1 = extent
    X = np.c_[rng.uniform(x0, x1, n), rng.uniform(y0, y1, n)]
    plot.set_extent(*extent)
    plot.set_points(X, (X[:, 0] > (x0 + x1) / 2).astype(int), X[:20], np.zeros(20, int))
    plot.set_surface(np.linspace(0, 1, 900).reshape(30, 30), 0.0, 1.0)
    plot.set_captions("bad", "good")
    plot.set_show_test(True)
    plot.resize(*size)
    return plot


def activation_plot(qtbot):
    from gui.plots.activation_plot import ActivationPlot

    plot = ActivationPlot()
    qtbot.addWidget(plot)
    plot.set_activation("sigmoid")
    plot.set_z(np.random.default_rng(1).normal(0, 2, 400))
    plot.resize(620, 290)
    return plot


def health_panel(qtbot, size=(640, 300)):
    from gui.diagnostics.health_panel import HealthPanel

    panel = HealthPanel()
    qtbot.addWidget(panel)
    panel.summary.setText("<b>No dead or saturated neurons</b> among 4 neurons, measured "
                          "on 400 training samples.")
    panel.gradients.set_series(["Hidden 1", "Hidden 2", "Output"])
    panel.alphas.set_neurons([(0, 0), (0, 2)], ["Hidden 1 #1", "Hidden 1 #3"])
    for e in range(1, 30):
        panel.gradients.append(e, [1 / e, 0.5 / e, 2 / e])
        panel.alphas.series.append(e, [0.25 + e / 100, 0.25 - e / 200])
    panel.gradients.flush()
    panel.alphas.series.flush()
    panel.resize(*size)
    return panel


def trials_panel(qtbot, window, size=(1280, 300)):
    from gui.trials.panel import TrialsPanel

    panel = TrialsPanel(window)
    qtbot.addWidget(panel)
    labels = [f"{u} units" for u in range(1, 6)]
    panel.curves.start(labels)
    panel.table.start(labels)
    epochs = np.arange(1, 101)
    for i in range(5):
        panel.table.set_result(i, SimpleNamespace(
            train_loss=0.1 / (i + 1), test_loss=0.12 / (i + 1) + 1e-5, train_accuracy=0.9,
            test_accuracy=0.88 + i / 100, epochs=100, stopped=False, interrupted=False))
        loss = 0.7 * np.exp(-epochs / (10 + 5 * i)) + 0.05
        panel.curves.set_history(i, {"epoch": list(epochs), "test_loss": list(loss),
                                     "train_loss": list(loss - 0.01)})
    panel.table.set_best(4)
    panel.curves.set_best(4)
    panel.resize(*size)
    return panel


def _shown(qtbot, widget):
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot)
    style.refit_views(widget)
    settle(qtbot)


# -- 16 px texts -------------------------------------------------------------------------------
@pytest.mark.parametrize("factor", FACTORS)
@pytest.mark.parametrize("make", [loss_plot, decision_plot, activation_plot, health_panel])
def test_every_plot_text_is_at_least_16_px_in_projection(qtbot, make, factor):
    widget = make(qtbot)
    projected(widget, factor)
    _shown(qtbot, widget)
    sizes = text_sizes(widget)
    assert len(sizes) >= 4
    small = [(text, px) for text, px in sizes if px < MIN_PX]
    assert not small, small


def test_colour_bar_captions_and_map_check_boxes_are_16_px(qtbot):
    plot = decision_plot(qtbot)
    projected(plot, 1.04)
    _shown(qtbot, plot)
    axis = plot.colorbar.getAxis("right")
    assert "good" in " ".join(t for _, t in plot.colorbar.ticks())
    assert _px(axis.style["tickFont"]) >= 16
    for box in (plot.test_box, plot.discrete_box):
        assert _px(box.font()) >= 16


def test_factor_one_keeps_the_normal_sizes(qtbot):
    plot = decision_plot(qtbot)
    _shown(qtbot, plot)
    assert plot.test_box.font().pointSizeF() == style.WIDGET_PT
    assert plot.plot.getAxis("bottom").style["tickFont"].pointSizeF() == style.TICK_PT


# -- keys beside the data, never on it ----------------------------------------------------------
@pytest.mark.parametrize("factor", (1.0, *FACTORS))
@pytest.mark.parametrize("size", [(620, 290), (420, 250), (900, 600)])
def test_the_loss_key_never_covers_the_curves(qtbot, factor, size):
    plot = loss_plot(qtbot, size)
    projected(plot, factor)
    _shown(qtbot, plot)
    # the key: wherever the latest values are written (a legend, the title row)
    keys = [i.sceneBoundingRect() for i in plot.view.scene().items()
            if isinstance(i, pg.LegendItem) and i.isVisible()]
    keys.append(plot.title.sceneBoundingRect())
    text = plot.title.text + " ".join(
        label.text for i in plot.view.scene().items() if isinstance(i, pg.LegendItem)
        for _, label in i.items)
    assert "train" in text and "0.04192" in text and "test" in text and "0.06513" in text
    for key in keys:
        for box in (plot.loss_plot.vb, plot.accuracy_plot.vb):
            assert not key.intersects(box.sceneBoundingRect()), \
                (key, box.sceneBoundingRect())


@pytest.mark.parametrize(("size", "factor"), [
    ((620, 205), 1.0), ((480, 230), FACTORS[0]), ((620, 290), 1.0), ((620, 290), FACTORS[0]),
    ((900, 600), 1.0), ((900, 600), FACTORS[1])])
def test_every_loss_curve_area_is_tall_enough_to_read(qtbot, factor, size):
    """The Loss panel of a 1280x720 window (620x205: it showed two 27-px strips, loss and
    accuracy), of the projected stage at 720 (480x230) and larger ones: a plot that cannot
    have 35 px gives its room to the loss curve."""
    plot = loss_plot(qtbot, size)
    projected(plot, factor)
    _shown(qtbot, plot)
    boxes = [plot.loss_plot.vb] + ([plot.accuracy_plot.vb] if plot.accuracy_shown() else [])
    assert all(box.height() >= 35 for box in boxes), [box.height() for box in boxes]


def test_the_trials_legend_is_beside_the_curves(qtbot, window):
    panel = trials_panel(qtbot, window, (1900, 420))
    _shown(qtbot, panel)
    legend = panel.curves.legend
    if legend.scene() is not None:
        assert not legend.sceneBoundingRect().intersects(
            panel.curves.plot.vb.sceneBoundingRect())


# -- health plots keep their height ----------------------------------------------------------
@pytest.mark.parametrize("factor", FACTORS)
@pytest.mark.parametrize("size", [(640, 300), (1000, 300), (640, 600), (420, 420)])
def test_health_plots_keep_a_readable_data_area(qtbot, factor, size):
    panel = health_panel(qtbot, size)
    projected(panel, factor)
    _shown(qtbot, panel)
    for plot in (panel.gradients, panel.alphas.series):
        panel.plots.setCurrentWidget(plot if plot is panel.gradients else panel.alphas)
        settle(qtbot)
        assert plot.plot.vb.height() >= 120, plot.plot.vb.height()
        assert plot.plot.vb.width() >= 150
        key = plot.key.geometry()
        assert not key.intersects(plot.view.geometry())     # the key squeezes nothing
    panel.plots.setCurrentIndex(0)
    settle(qtbot)
    assert panel.table.isVisible()


def test_health_panel_goes_back_side_by_side_when_there_is_room(qtbot):
    panel = health_panel(qtbot, (640, 300))
    projected(panel, 1.04)
    _shown(qtbot, panel)
    assert panel.arrangement() == "tabs"
    panel.resize(1400, 420)
    settle(qtbot)
    assert panel.arrangement() == "side"
    assert panel.table.isVisible() and panel.summary.isVisible()
    assert panel.plots.count() == 2


# -- the map's extent --------------------------------------------------------------------------
def _spans(plot):
    (x0, x1), (y0, y1) = plot.plot.viewRange()
    return x0, x1, y0, y1


@pytest.mark.parametrize("size", [(900, 200), (1280, 150), (250, 700), (500, 460),
                                  (420, 300)])
@pytest.mark.parametrize("factor", (1.0, 1.04))
def test_the_map_shows_its_extent_and_not_much_more(qtbot, size, factor):
    plot = decision_plot(qtbot, size=size)
    projected(plot, factor)
    _shown(qtbot, plot)
    x0, x1, y0, y1 = _spans(plot)
    assert x0 <= -6 + 1e-6 and x1 >= 6 - 1e-6 and y0 <= -6 + 1e-6 and y1 >= 6 - 1e-6
    assert x1 - x0 <= 1.6 * 12 * 1.01 and y1 - y0 <= 1.6 * 12 * 1.01, (x0, x1, y0, y1)


def test_a_square_extent_stays_square_in_a_squarish_pane(qtbot):
    plot = decision_plot(qtbot, size=(520, 420))
    _shown(qtbot, plot)
    vb = plot.plot.vb
    x0, x1, y0, y1 = _spans(plot)
    units_x = vb.width() / (x1 - x0)
    units_y = vb.height() / (y1 - y0)
    assert units_x == pytest.approx(units_y, rel=0.02)      # a circle looks round


def test_the_map_follows_a_neighbour_squeezing_it(qtbot):
    plot = decision_plot(qtbot, size=(500, 460))
    _shown(qtbot, plot)
    plot.resize(1200, 160)                                  # a neighbouring dock grew
    settle(qtbot)
    x0, x1, _, _ = _spans(plot)
    assert -9.7 < x0 <= -6 and 6 <= x1 < 9.7


@pytest.mark.parametrize("size", [(420, 260), (900, 200), (300, 600)])
def test_coffee_fills_the_plot(qtbot, size):
    plot = decision_plot(qtbot, extent=(150.0, 285.0, 11.5, 15.5), size=size)
    projected(plot, 1.04)
    _shown(qtbot, plot)
    x0, x1, y0, y1 = _spans(plot)
    assert (x0, x1) == pytest.approx((150, 285), abs=0.5)
    assert (y0, y1) == pytest.approx((11.5, 15.5), abs=0.02)


def test_points_grow_with_the_plot(qtbot):
    plot = decision_plot(qtbot, size=(900, 170))
    _shown(qtbot, plot)
    strip = plot.point_size()
    plot.resize(700, 700)
    settle(qtbot)
    large = plot.point_size()
    assert 4 <= strip < large <= 16
    sizes = {spot.size() for spot in plot.train_scatter.points()}
    assert sizes == {large}


# -- the trials table ----------------------------------------------------------------------------
@pytest.mark.parametrize("factor", FACTORS)
def test_all_trial_rows_and_columns_in_view_in_a_low_wide_panel(qtbot, window, factor):
    panel = trials_panel(qtbot, window)
    projected(panel, factor)
    _shown(qtbot, panel)
    table = panel.table
    assert _px(table.font()) >= 16
    last = table.rowCount() - 1
    assert table.rowCount() == 5
    assert table.rowViewportPosition(last) + table.rowHeight(last) <= \
        table.viewport().height()
    accuracy = 4                                            # "Test acc."
    assert table.columnViewportPosition(accuracy) >= 0
    assert table.columnViewportPosition(accuracy) + table.columnWidth(accuracy) <= \
        table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    assert panel.curves.plot.vb.height() >= 120
    curves = panel.curves.plot.vb.sceneBoundingRect()
    assert curves.width() >= 120 and isinstance(curves, QRectF)
