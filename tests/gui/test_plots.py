"""gui.plots: items made once and fed, the colour map, decimation, histogram, clicks, export."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QImage

from core import analysis
from gui.plots import colormap
from gui.plots.activation_plot import ActivationPlot
from gui.plots.decimate import GrowingArray, MinMaxDecimator
from gui.plots.decision_plot import DecisionPlot
from gui.plots.export import export_plot
from gui.plots.loss_plot import LossPlot
from gui.plots.neuron_map import map_image

EXTENT = (-6.0, 6.0, -6.0, 6.0)


def _show(qtbot, widget, size=(600, 400)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _scene_count(widget) -> int:
    return len(widget.view.scene().items())


def _surface(fn, res=50):
    G = analysis.grid(EXTENT, res)
    return fn(G[:, 0], G[:, 1]).reshape(res, res)


# ---------------------------------------------------------------------- colour map

def test_lut_runs_orange_to_blue_through_a_light_middle():
    lut = colormap.diverging_lut(256)
    assert lut.shape == (256, 4) and lut.dtype == np.uint8
    r, g, b, a = lut[0].astype(int)
    assert r > 200 and r > g > b, "low end should be orange"
    r, g, b, a = lut[-1].astype(int)
    assert b > 150 and b > g > r, "high end should be blue"
    assert lut[128, :3].min() > 230, "middle should be light (undecided)"
    assert (lut[:, 3] == 255).all()
    # Lightness rises from each end to the middle: readable in greyscale / colour-blind.
    lum = lut[:, :3].astype(float) @ [0.2126, 0.7152, 0.0722]
    assert (np.diff(lum[:128]) >= -1e-9).all() and (np.diff(lum[128:]) <= 1e-9).all()


def test_to_rgba_maps_vmin_to_first_and_vmax_to_last_entry():
    lut = colormap.diverging_lut(64)
    values = np.array([[-1.0, 1.0], [-5.0, 7.0]])
    rgba = colormap.to_rgba(values, -1.0, 1.0, lut)
    assert rgba.shape == (2, 2, 4) and rgba.dtype == np.uint8
    np.testing.assert_array_equal(rgba[0, 0], lut[0])
    np.testing.assert_array_equal(rgba[0, 1], lut[-1])
    np.testing.assert_array_equal(rgba[1, 0], lut[0])     # clipped below
    np.testing.assert_array_equal(rgba[1, 1], lut[-1])    # clipped above
    mid = colormap.to_rgba(np.array([[0.0, np.nan]]), -1.0, 1.0, lut)
    np.testing.assert_array_equal(mid[0, 0], mid[0, 1])   # NaN shows as undecided
    flat = colormap.to_rgba(np.zeros((3, 3)), 2.0, 2.0, lut)  # vmin == vmax: no crash
    assert flat.shape == (3, 3, 4)


def test_colorbar_follows_range_and_captions(qtbot):
    plot = _show(qtbot, DecisionPlot())
    plot.set_surface(np.zeros((4, 4)), -1.0, 1.0)
    plot.set_captions("class 0", "class 1")
    labels = [text for _, text in plot.colorbar.ticks()]
    assert labels[0] == "-1  class 0" and labels[-1] == "1  class 1"
    plot.set_surface(np.zeros((4, 4)), 0.0, 1.0)
    plot.set_captions("0", "1")          # classes named by their numbers (drawn data)
    assert [text for _, text in plot.colorbar.ticks()] == ["0", "0.5", "1"]


# ---------------------------------------------------------------------- decimation

def test_growing_array_doubles_and_keeps_everything():
    arr = GrowingArray(capacity=4)
    for i in range(1000):
        arr.append(i)
    assert len(arr) == 1000 and arr.capacity == 1024
    np.testing.assert_array_equal(arr.view(), np.arange(1000))


def test_decimator_incremental_equals_bulk_and_keeps_extremes():
    rng = np.random.default_rng(0)
    y = rng.normal(size=12_345)
    y[rng.random(y.size) < 0.05] = np.nan
    y[7_777] = 50.0   # a spike must survive decimation
    x = np.arange(y.size, dtype=float)
    inc, bulk = MinMaxDecimator(250), MinMaxDecimator(250)
    for xi, yi in zip(x, y):
        inc.append(xi, yi)
    bulk.set_data(x, y)
    (xi, yi), (xb, yb) = inc.points(), bulk.points()
    np.testing.assert_array_equal(xi, xb)
    np.testing.assert_array_equal(yi, yb)
    assert len(yi) <= 4 * 250 + 1
    assert xi[-1] == x[-1], "the curve ends at the newest point"
    assert np.nanmax(yi) == 50.0 and np.nanmin(yi) == np.nanmin(y)
    assert np.all(np.diff(xi) >= 0), "points stay in time order"


# ---------------------------------------------------------------------- loss plot

def test_loss_plot_items_are_created_once(qtbot):
    plot = _show(qtbot, LossPlot())
    plot.append(0, 1.0, 1.1, 0.5, 0.4)
    plot.flush()
    items, scene = len(plot.loss_plot.items), _scene_count(plot)
    for epoch in range(1, 101):
        plot.append(epoch, 1 / epoch, 1.1 / epoch, 0.9, 0.8)
        plot.flush()
    assert len(plot.loss_plot.items) == items
    assert len(plot.accuracy_plot.items) == 2
    assert _scene_count(plot) == scene


def test_loss_plot_long_run_keeps_everything_but_draws_few_points(qtbot):
    plot = _show(qtbot, LossPlot(max_points=2000))
    n = 100_000
    rng = np.random.default_rng(1)
    loss = 1.0 / np.arange(1, n + 1) + 0.01 * rng.random(n)
    loss[54_321] = 3.0    # a late spike must still be drawn
    for epoch in range(n):
        plot.append(epoch + 1, loss[epoch], None, None, None)
    qtbot.wait(10)   # the coalesced redraw runs from the event loop
    assert len(plot) == n
    np.testing.assert_array_equal(plot.history()["train_loss"], loss)
    x, y = plot.displayed("train_loss")
    assert len(x) <= 2000
    x_drawn, _ = plot._curves["train_loss"].getData()
    assert len(x_drawn) <= 2000
    assert y.max() == 3.0 and x[-1] == n


def test_loss_plot_set_history_clear_and_regression(qtbot):
    plot = _show(qtbot, LossPlot())
    plot.set_history({"epoch": [1, 2, 3], "train_loss": [0.9, 0.5, 0.3],
                      "test_loss": [1.0, None, 0.4]})
    assert not plot.is_classification()          # no accuracy: regression, hidden
    assert plot.accuracy_plot.scene() is None
    x, y = plot.displayed("test_loss")
    np.testing.assert_array_equal(x, [1, 2, 3])
    assert np.isnan(y[1]) and y[2] == 0.4
    plot.set_history({"epoch": [1], "train_loss": [1], "test_loss": [1],
                      "train_accuracy": [0.5], "test_accuracy": [0.5]})
    assert plot.is_classification() and plot.accuracy_plot.scene() is not None
    assert plot.displayed("test_accuracy")[1][0] == 50.0     # drawn in percent
    plot.clear()
    assert len(plot) == 0 and len(plot.displayed("train_loss")[0]) == 0
    with pytest.raises(ValueError, match="train_loss"):
        plot.set_history({"epoch": [1, 2], "train_loss": [1.0]})


def test_loss_plot_log_toggle_skips_non_positive_values(qtbot):
    plot = _show(qtbot, LossPlot())
    plot.set_history({"epoch": [1, 2, 3, 4], "train_loss": [1.0, 0.0, -0.5, 0.1],
                      "test_loss": [1.0, 0.5, 0.2, 0.1]})
    assert not plot.loss_plot.getAxis("left").logMode
    qtbot.mouseClick(plot.log_box, Qt.MouseButton.LeftButton)
    assert plot.log_y() and plot.loss_plot.getAxis("left").logMode
    _, y = plot.displayed("train_loss")
    assert list(np.isnan(y)) == [False, True, True, False]
    plot.append(5, 0.0, 0.05)
    _, y = plot.displayed("train_loss")
    assert np.isnan(y[-1]) and not (y[np.isfinite(y)] <= 0).any()
    plot.set_log_y(False)
    assert not plot.log_box.isChecked() and not plot.loss_plot.getAxis("left").logMode
    _, y = plot.displayed("train_loss")
    assert y[2] == -0.5 and y[4] == 0.0


# ---------------------------------------------------------------------- activation plot

def test_activation_histogram_is_numpys_histogram_over_the_view(qtbot):
    plot = _show(qtbot, ActivationPlot())
    z = np.random.default_rng(2).normal(0, 3, size=500)
    plot.set_z(z)
    counts, edges = plot.histogram()
    expected, expected_edges = np.histogram(z, bins=plot.bins, range=plot.z_range())
    np.testing.assert_array_equal(counts, expected)
    np.testing.assert_allclose(edges, expected_edges)
    plot.set_z_range(-2.0, 2.0)   # the bins follow the view
    counts, _ = plot.histogram()
    np.testing.assert_array_equal(counts, np.histogram(z, bins=plot.bins, range=(-2, 2))[0])
    _, drawn = plot.hist.getData()
    np.testing.assert_array_equal(drawn, counts)


def test_a_small_constant_gradient_is_shaded_as_faintly_as_a_flat_tail(qtbot):
    """Leaky ReLU's left half (slope 0.01): its shade was the scheme table itself handed to
    mkBrush, which drew it solid red over the curves."""
    plot = _show(qtbot, ActivationPlot())
    plot.set_activation("leaky_relu")
    (_, _, text), = plot.flat_regions()
    (region,) = [r for r in plot.regions if r.isVisible()]
    assert text == "small gradient (0.01)" and region.brush.color().alpha() < 40


def test_activation_regions_name_dead_and_flat_parts(qtbot):
    plot = _show(qtbot, ActivationPlot())
    plot.set_activation("relu")
    (lo, hi, text), = plot.flat_regions()
    assert text == "no gradient" and lo == pytest.approx(-6) and hi <= 0 < hi + 0.1
    plot.set_activation("sigmoid")
    regions = plot.flat_regions()
    assert [r[2] for r in regions] == ["flat: gradient vanishes"] * 2
    assert regions[0][1] == pytest.approx(-2.9, abs=0.05)   # sigmoid' < 0.05 for |z| > 2.9
    plot.set_activation("linear")
    assert plot.flat_regions() == []
    assert "Linear" in plot.title.text and "g(z) = z" in plot.title.text
    plot.set_activation("relu")
    plot.set_z(np.full(10, -3.0))
    assert "dead" in plot.info.text
    plot.set_activation("sigmoid")              # a slope that underflows is not "dead"
    plot.set_z(np.full(10, 800.0))
    assert "saturated" in plot.info.text and "dead" not in plot.info.text


def test_activation_plot_items_are_created_once(qtbot):
    plot = _show(qtbot, ActivationPlot())
    items, scene = len(plot.plot.items), _scene_count(plot)
    names = ["sigmoid", "tanh", "relu", "leaky_relu", "gelu", "softmax"]
    rng = np.random.default_rng(3)
    for i in range(100):
        plot.set_activation(names[i % len(names)])
        plot.set_z(rng.normal(size=200))
    assert len(plot.plot.items) == items
    assert _scene_count(plot) == scene


def test_a_ten_class_softmax_group_draws_nine_others_and_a_sum_of_one(qtbot):
    """The digits' ten softmax outputs: nine thin lines (items made once, fed), one tag
    naming them "p₁ … p₁₀" and a sum of exactly 1; back to tanh, none of it is left."""
    plot = _show(qtbot, ActivationPlot())
    items, scene = len(plot.plot.items), _scene_count(plot)
    held = np.linspace(-2.0, 2.0, 10)
    plot.set_activation("softmax")
    plot.set_group(held, 4, list(range(1, 11)))
    plot.set_z(np.random.default_rng(1).normal(size=500))
    curves = plot.group_curves()
    assert len(curves["others"]) == 9
    z, p = curves["own"]
    total = p + np.sum([values for _, values in curves["others"]], axis=0)
    np.testing.assert_allclose(total, 1.0, atol=1e-12)
    np.testing.assert_allclose(curves["sum"][1], 1.0, atol=1e-12)
    assert plot.group.others_label.textItem.toPlainText() == "p₁ … p₁₀"
    assert "p₅" in plot.title.text and "other 9" in plot.title.text
    assert 0 < plot.dots()[0].size <= 40
    plot.set_activation("tanh")
    assert plot.group_curves()["others"] == [] and plot.group_curves()["sum"] is None
    assert plot.dots()[0].size == 0 and "Tanh" in plot.title.text
    plot.set_group(held, 0, list(range(1, 11)))      # not softmax: ignored
    assert plot._group is None
    assert len(plot.plot.items) == items and _scene_count(plot) == scene


# ---------------------------------------------------------------------- decision plot

def test_decision_surface_colours_and_discretize_gives_two_colours(qtbot):
    plot = _show(qtbot, DecisionPlot())
    plot.set_extent(*EXTENT)
    values = _surface(lambda x, y: 1 / (1 + np.exp(-x)))      # low left, high right
    plot.set_surface(values, 0.0, 1.0)
    rgba = plot.surface_rgba()
    assert rgba.shape == (50, 50, 4)
    assert len(np.unique(rgba.reshape(-1, 4), axis=0)) > 10
    left, right = rgba[25, 0].astype(int), rgba[25, -1].astype(int)
    assert left[0] > left[2] and right[2] > right[0]          # orange left, blue right
    plot.discrete_box.click()
    rgba = plot.surface_rgba()
    colours = np.unique(rgba.reshape(-1, 4), axis=0)
    assert len(colours) == 2
    np.testing.assert_array_equal(rgba[:, :24], np.broadcast_to(rgba[0, 0], (50, 24, 4)))
    plot.set_discretize(False)
    assert len(np.unique(plot.surface_rgba().reshape(-1, 4), axis=0)) > 10


def test_decision_image_covers_the_extent(qtbot):
    plot = _show(qtbot, DecisionPlot())
    plot.set_extent(-2.0, 4.0, 0.0, 3.0)
    plot.set_surface(np.zeros((31, 61)), 0, 1)
    rect = plot.image.mapRectToView(plot.image.boundingRect())
    dx, dy = 6.0 / 60, 3.0 / 30        # pixel centres sit on the grid points
    assert rect.left() == pytest.approx(-2 - dx / 2) and rect.right() == pytest.approx(4 + dx / 2)
    assert rect.top() == pytest.approx(0 - dy / 2) and rect.bottom() == pytest.approx(3 + dy / 2)


def test_decision_plot_items_are_created_once(qtbot):
    plot = _show(qtbot, DecisionPlot())
    rng = np.random.default_rng(4)
    X = rng.uniform(-6, 6, (100, 2))
    plot.set_points(X, (X[:, 0] > 0).astype(int), X[:10], np.zeros(10, int))
    items, scene = len(plot.plot.items), _scene_count(plot)
    for i in range(100):
        plot.set_surface(_surface(lambda x, y: np.tanh(x * i / 50 - y)), -1, 1)
        plot.set_points(X + 0.01 * i, (X[:, 0] > 0).astype(int), X[:10], np.ones(10, int))
    plot.set_show_test(True)
    plot.set_discretize(True)
    assert len(plot.plot.items) == items
    assert _scene_count(plot) == scene


def test_clicking_a_point_emits_its_index(qtbot):
    plot = _show(qtbot, DecisionPlot())
    train = np.array([[-4.0, -4.0], [0.0, 0.0], [3.0, 2.0]])
    test = np.array([[-3.0, 3.0], [4.0, -4.0]])
    plot.set_points(train, np.array([0, 1, 1]), test, np.array([0, 1]))
    plot.set_show_test(True)
    qtbot.wait(20)

    def click(x, y):
        scene_pos = plot.plot.vb.mapViewToScene(QPointF(x, y))
        pos = plot.view.mapFromScene(scene_pos)
        qtbot.mouseClick(plot.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    with qtbot.waitSignal(plot.pointClicked, timeout=1000) as blocker:
        click(3.0, 2.0)
    assert blocker.args == [2, "train"]
    with qtbot.waitSignal(plot.pointClicked, timeout=1000) as blocker:
        click(4.0, -4.0)
    assert blocker.args == [1, "test"]
    # The handler itself, as scatter.sigClicked calls it.
    spots = plot.train_scatter.points()
    with qtbot.waitSignal(plot.pointClicked, timeout=1000) as blocker:
        plot._on_scatter_clicked(plot.train_scatter, [spots[1]], None)
    assert blocker.args == [1, "train"]
    with qtbot.assertNotEmitted(plot.pointClicked):
        click(5.5, 5.5)   # empty spot


def test_regression_points_are_coloured_like_the_surface(qtbot):
    plot = _show(qtbot, DecisionPlot())
    plot.set_surface(np.zeros((4, 4)), -1.0, 1.0)
    plot.set_points(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([-1.0, 1.0]))
    low, high = (spot.brush().color() for spot in plot.train_scatter.points())
    assert low.red() > low.blue() and high.blue() > high.red()


# ---------------------------------------------------------------------- neuron map

def test_map_image_is_oriented_like_the_plane_and_uses_the_lut():
    values = _surface(lambda x, y: y, res=20)      # low at ymin (bottom), high at ymax
    img = map_image(values, -6.0, 6.0)
    assert isinstance(img, QImage) and (img.width(), img.height()) == (20, 20)
    lut = colormap.diverging_lut()
    top, bottom = img.pixelColor(0, 0), img.pixelColor(0, 19)
    assert (top.red(), top.green(), top.blue()) == tuple(lut[-1, :3])
    assert (bottom.red(), bottom.green(), bottom.blue()) == tuple(lut[0, :3])
    with pytest.raises(ValueError):
        map_image(np.zeros(5), 0, 1)


# ---------------------------------------------------------------------- look and export

def test_font_scale_enlarges_text(qtbot):
    for widget in (LossPlot(), ActivationPlot(), DecisionPlot()):
        _show(qtbot, widget)
        plot = getattr(widget, "plot", None) or widget.loss_plot
        before = plot.getAxis("bottom").style["tickFont"].pointSizeF()
        widget.set_font_scale(1.5)
        after = plot.getAxis("bottom").style["tickFont"].pointSizeF()
        assert after == pytest.approx(1.5 * before)
        assert before >= 11, "tick labels must read on a projector"


def test_toggles_have_tooltips(qtbot):
    loss, decision = LossPlot(), DecisionPlot()
    qtbot.addWidget(loss)
    qtbot.addWidget(decision)
    for box in (loss.log_box, decision.test_box, decision.discrete_box):
        assert len(box.toolTip()) > 20


def test_export_writes_png_and_svg(qtbot, tmp_path):
    plot = _show(qtbot, DecisionPlot())
    plot.set_surface(_surface(lambda x, y: np.tanh(x - y)), -1, 1)
    plot.set_points(np.array([[0.0, 0.0]]), np.array([1]))
    png = export_plot(plot, tmp_path / "surface.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 200
    svg = export_plot(plot, tmp_path / "surface.svg")
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "</svg>" in text and len(text) > 1000
    loss = _show(qtbot, LossPlot())
    loss.set_history({"epoch": [1, 2], "train_loss": [1.0, 0.5]})
    assert export_plot(loss.loss_plot, tmp_path / "loss.PNG").stat().st_size > 0
    text = export_plot(loss, tmp_path / "loss.svg").read_text(encoding="utf-8")
    # vectors and text throughout: the axes, kept as pixmaps on screen, are drawn afresh
    ticks = re.findall(r">\s*([0-9.]+)\s*</text>", text)
    assert "<image" not in text and "epoch" in text and {"0.2", "0.4"} <= set(ticks)


def test_export_rejects_other_extensions_and_missing_folders(qtbot, tmp_path):
    plot = _show(qtbot, LossPlot())
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        export_plot(plot, tmp_path / "loss.jpg")
    with pytest.raises(ValueError):
        export_plot(plot, tmp_path / "loss")
    with pytest.raises(OSError, match="does not exist"):
        export_plot(plot, tmp_path / "missing" / "loss.png")
    assert list(tmp_path.iterdir()) == []


def test_ten_classes_get_ten_distinct_colours():
    from PySide6.QtGui import QColor

    from gui.plots.decision_plot import class_colours

    colours = [QColor(c) for c in class_colours(10)]
    assert len({c.name() for c in colours}) == 10
    for i, a in enumerate(colours):          # no two alike (RGB distance)
        for b in colours[i + 1:]:
            d = ((a.red() - b.red()) ** 2 + (a.green() - b.green()) ** 2 +
                 (a.blue() - b.blue()) ** 2) ** 0.5
            assert d > 60, (a.name(), b.name())


def test_loss_epoch_axis_ends_at_round_numbers(qtbot):
    from gui.plots.loss_plot import LossPlot
    from gui.plots.style import nice_ceiling

    assert [nice_ceiling(x) for x in (0.3, 1, 1.5, 2, 3, 7, 10, 11, 499, 501)] == \
        [0.5, 1, 2, 2, 5, 10, 10, 20, 500, 1000]
    plot = LossPlot()
    qtbot.addWidget(plot)
    ends = []
    for epoch in range(1, 121):
        plot.append(epoch, 1.0 / epoch, 1.1 / epoch, 0.5, 0.5)
        plot.flush()
        ends.append(plot.loss_plot.viewRange()[0][1])
    assert len(set(ends)) <= 7          # 2, 5, 10, 20, 50, 100, 200: not 120 changes
    assert 120 <= ends[-1] <= 200 * 1.05


def test_flat_tail_names_shorten_when_the_plot_is_narrow(qtbot):
    from gui.plots.activation_plot import ActivationPlot

    plot = ActivationPlot()
    qtbot.addWidget(plot)
    plot.set_activation("tanh")
    plot.resize(900, 400)
    plot.show()
    qtbot.waitExposed(plot)
    shown = [lab.textItem.toPlainText() for lab in plot.region_labels if lab.isVisible()]
    assert shown.count("flat: gradient vanishes") == 2
    plot.resize(330, 400)
    qtbot.wait(20)
    shown = [lab.textItem.toPlainText() for lab in plot.region_labels if lab.isVisible()]
    assert shown and set(shown) == {"flat"}


def test_loss_value_axis_starts_at_zero_and_ends_at_round_numbers(qtbot):
    from gui.plots.loss_plot import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)
    tops = []
    for epoch in range(1, 101):
        plot.append(epoch, 0.7 / epoch ** 0.5, 0.8 / epoch ** 0.5, 0.5, 0.5)
        plot.flush()
        low, high = plot.loss_plot.viewRange()[1]
        assert low <= 0.0 and high >= 0.8 / epoch ** 0.5    # every loss shown is in view
        tops.append(high)
    assert len(set(tops)) == 1           # the first loss (0.8) sets it: 0 to 1, not 100 fits
    plot.set_log_y(True)                 # log scale: whole decades around the losses
    low, high = plot.loss_plot.viewRange()[1]
    assert -2.2 <= low <= -2.0 and 0.0 <= high <= 0.1     # 10^-2 (0.07 shown) to 10^0


def test_histogram_count_axis_ends_at_round_numbers(qtbot):
    from gui.plots.activation_plot import ActivationPlot

    plot = ActivationPlot()
    qtbot.addWidget(plot)
    tops = set()
    for n in range(100, 140):            # a few more samples each time, as while training
        plot.set_z(np.zeros(n))
        top = plot.hist_box.viewRange()[1][1]
        assert top >= n
        tops.add(top)
    assert len(tops) == 1                # 200 throughout, not 40 different tops


def test_loss_axis_spreads_its_labels_so_they_never_overlap(qtbot):
    from gui.plots.loss_plot import LossPlot, _round_top

    plot = LossPlot()
    qtbot.addWidget(plot)
    axis = plot.loss_plot.getAxis("left")
    line = QFontMetricsF(axis.style["tickFont"]).height()
    for pixels in (60, 90, 150, 400):
        major = axis.tickSpacing(0.0, 1.0, pixels)[0][0]
        labels = 1.0 / major - 1                # the end labels stick out and are left out
        assert labels * 1.8 * line <= pixels or labels <= 1, (pixels, major)
    assert axis.tickSpacing(0.0, 1.0, 400)[0][0] <= 0.25      # tall: the usual spacing
    assert [_round_top(x) for x in (0.503, 0.7, 0.09, 1.0, 2.6)] == \
        pytest.approx([0.6, 0.8, 0.1, 1.0, 3.0])
    for extreme in (1.7e308, 1e-315):     # no round number there: the value itself
        assert _round_top(extreme) == extreme
