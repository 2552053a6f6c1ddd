"""The network's output over the input plane, with the data on top (Playground's picture).

The surface is coloured in NumPy (``colormap.to_rgba``, one ``np.take``) and given to one
ImageItem; the points are two scatter items (train filled, test hollow) fed with setData.
Class 0 is orange and class 1 blue, as in ``core.datasets``. ``set_single_layer`` draws
a dashed line on top, with a legend entry: the boundary of the single layer an all-linear
network collapses into (``core.collapse_boundary``), laid over the network's own.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QHBoxLayout, QVBoxLayout, QWidget

from gui import colors
from gui.i18n import translate
from gui.plots import colormap, style

EDGE = "#1a1a1a"                  # dark outline: points stay visible on any background
SURFACE_LIGHTEN = 0.3             # the surface is paler than the points drawn on it
# Classes beyond the first two (multi-class data sets): Okabe-Ito green, pink, yellow, sky
# blue and black, then Tol's wine, olive and teal; none close to class 0's orange (Okabe-Ito
# vermillion was) or class 1's blue, so 10 classes get 10 colours.
EXTRA_CLASSES = ("#009e73", "#cc79a7", "#f0e442", "#56b4e9", "#000000", "#882255",
                 "#999933", "#44aa99")
# A point's diameter follows the plot: this share of its shorter side, within these bounds
# (px). A fixed 10 px (times the font scale) made the 400 coffee roasts one blot on a strip.
POINT_SHARE = 0.04
POINT_PX = (5.0, 14.0)
# The extent is drawn square when its spans are alike (the Playground's +-6 in both: equal
# units, a circle looks round), but never with more than MAX_SPARE times the extent on an
# axis: in a thin pane the square gives way (the map of a +-6 plane showed -500..500 when a
# neighbouring dock grew). Spans more than SAME_UNITS apart (coffee: 150-285 degrees
# against 11.5-15.5 minutes) are different quantities: the extent fills the plot.
MAX_SPARE = 1.6
SAME_UNITS = 3.0
# The single layer's line: near-black dashes read on orange, blue and the white boundary
# band between them alike (near-white on the dark scheme's map); a third wider than the
# plots' curves (3 px looked thin on a 1280x720 projection), wider still with the
# projection's scale. The data's own curve is drawn in the same colour on a halo.
LINE_COLOURS = {False: ("#111111", "#ffffff"), True: ("#f4f4f4", "#111111")}  # line, halo
SINGLE_LAYER_WIDTH = 4.0
# dash and gap in line widths: Qt's DashLine (4, 2) made one long dash of the legend's
# short sample, which then read as a solid line
SINGLE_LAYER_DASHES = [2.5, 1.5]


def single_layer_label() -> str:
    """The legend's name of the single layer's line (the collapse panel quotes it)."""
    return translate("DecisionPlot", "single layer")

# The curve a "points above or below a curve" set follows (Bending edges): a solid dark
# line on a white halo, readable across 1000 points (a dotted one drowned among them) and
# told apart from the single layer's dashes.
TRUE_CURVE_WIDTH = 2.5
TRUE_CURVE_HALO = 4.0       # extra width of the white line beneath


def class_colours(n: int) -> list[str]:
    """Fill colour of class 0..n-1: orange, blue, then Okabe-Ito colours."""
    # black would vanish on the dark scheme's map: white there
    extra = [("#ffffff" if c == "#000000" and colors.current().dark else c)
             for c in EXTRA_CLASSES]
    base = [colormap.ORANGE, colormap.BLUE, *extra]
    return [base[i % len(base)] for i in range(n)]


class DecisionPlot(QWidget):
    """Network output over the plane, training points and (optionally) test points.

    ``set_extent(xmin, xmax, ymin, ymax)``; ``set_points(train_X (n, 2), train_y, test_X,
    test_y)`` with integer y for classes (float y is coloured like the surface);
    ``set_surface(values (res, res), vmin, vmax)`` with values on
    ``core.analysis.grid(extent, res)`` (rows along y). ``pointClicked(index, "train" |
    "test")`` is emitted when a point is clicked; ``planeClicked(x, y)`` (data coordinates)
    for any left click inside the plane, on a point or not.
    """

    pointClicked = Signal(int, str)
    planeClicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._scale = 1.0
        self._extent = (-6.0, 6.0, -6.0, 6.0)
        self._true_scale = False          # set_true_scale
        self._values: np.ndarray | None = None
        self._levels = (0.0, 1.0)
        self._threshold: float | None = None
        self._points = {"train": (np.empty((0, 2)), np.empty(0)),
                        "test": (np.empty((0, 2)), np.empty(0))}
        self._surface_colour: str | None = None
        self.surface_lut = colormap.lighten(colormap.diverging_lut(), SURFACE_LIGHTEN)

        self.view = style.new_view()
        self.plot = self.view.addPlot(row=0, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        # around the extent, if it is square
        self.plot.vb.setBackgroundColor(colors.current().map_outside)
        self._point_px = POINT_PX[0]
        self.colorbar = colormap.ColorBar(self.surface_lut)
        self.view.addItem(self.colorbar, row=0, col=1)

        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.train_scatter = pg.ScatterPlotItem(symbol="o", hoverable=False)
        self.test_outline = pg.ScatterPlotItem(symbol="o", brush=None)   # dark ring
        self.test_scatter = pg.ScatterPlotItem(symbol="o", brush=None)   # class ring
        for item in (self.train_scatter, self.test_outline, self.test_scatter):
            self.plot.addItem(item)
            # the map under the points changes 20 times a second while training; the
            # points are then copied from a pixmap, not drawn again (0.7 ms a frame)
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # the single layer's boundary, on top of the points: where it cuts through a moon is
        # what the lesson is about (its dashes leave the points beneath in sight)
        self.single_layer = pg.PlotCurveItem(connect="pairs")
        self.single_layer.setZValue(10)
        self.plot.addItem(self.single_layer)
        # the data's own curve (points above or below a curve): what the network should find
        self.true_curve = pg.PlotCurveItem(connect="finite")
        self.true_curve.setZValue(9)
        self.true_halo = pg.PlotCurveItem(connect="finite")
        self.true_halo.setZValue(8)
        self.plot.addItem(self.true_halo)
        self.plot.addItem(self.true_curve)
        self._true_curve_label = ""
        self._legend_items: tuple = ()
        self.legend = pg.LegendItem(offset=(-8, 8))     # top right, inside the plane
        self.legend.setParentItem(self.plot.vb)
        self.train_scatter.sigClicked.connect(self._on_scatter_clicked)
        self.test_scatter.sigClicked.connect(self._on_scatter_clicked)
        self.view.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.plot.vb.sigResized.connect(self._fit_view)

        self.test_box = QCheckBox(translate("DecisionPlot", "Show test data"))
        self.test_box.setToolTip(translate(
            "DecisionPlot", "Draw the test points as hollow rings. The network never trains "
            "on them: they show how well it generalises."))
        self.test_box.toggled.connect(self._on_show_test)
        self.discrete_box = QCheckBox(translate("DecisionPlot", "Discretize output"))
        self.discrete_box.setToolTip(translate(
            "DecisionPlot", "Colour each spot by the class the network would pick (output "
            "above or below the middle of its range) instead of by how sure it is."))
        self.discrete_box.toggled.connect(self._redraw_surface)
        self.curve_box = QCheckBox(translate("DecisionPlot", "Show the curve"))
        self.curve_box.setToolTip(translate(
            "DecisionPlot", "Draw the curve the data follows (dotted): the points above it "
            "are blue, those below orange. Untick it to judge the network's boundary on its "
            "own."))
        self.curve_box.setChecked(True)
        self.curve_box.toggled.connect(self._show_true_curve)
        self.curve_box.hide()                        # only for data that follows a curve
        controls = QHBoxLayout()
        controls.setContentsMargins(8, 2, 8, 4)
        controls.addWidget(self.test_box)
        controls.addWidget(self.discrete_box)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(controls)
        # a row of its own: beside the other two it made the Map too wide for a projected
        # 1024x768 stage's half
        curve_row = QHBoxLayout()
        curve_row.setContentsMargins(8, 0, 8, 4)
        curve_row.addWidget(self.curve_box)
        curve_row.addStretch(1)
        layout.addLayout(curve_row)

        self.set_axis_labels("x1", "x2")
        self.set_single_layer(None)
        self.set_true_curve(None)
        self.set_extent(*self._extent)
        self._on_show_test(False)
        self.set_font_scale(1.0)

    # ------------------------------------------------------------------ input
    def set_extent(self, xmin: float, xmax: float, ymin: float, ymax: float) -> None:
        if not (xmax > xmin and ymax > ymin):
            raise ValueError(f"extent needs xmin < xmax and ymin < ymax, got "
                             f"({xmin}, {xmax}, {ymin}, {ymax})")
        self._extent = tuple(float(v) for v in (xmin, xmax, ymin, ymax))
        self._fit_view()
        self._place_image()

    def set_true_scale(self, on: bool) -> None:
        """One unit as long across as up, however wide the box (while a person draws: a
        circle drawn is a circle in the data), instead of spending at most MAX_SPARE."""
        if bool(on) != self._true_scale:
            self._true_scale = bool(on)
            self._fit_view()

    def aspect_ratio(self, width: float, height: float) -> float | None:
        """pyqtgraph's locked ratio (x scale / y scale) for a view box of ``width`` x
        ``height`` pixels, or None for none (the extent fills the box). See MAX_SPARE."""
        xmin, xmax, ymin, ymax = self._extent
        ex, ey = xmax - xmin, ymax - ymin
        if self._true_scale:
            return 1.0
        if max(ex, ey) > SAME_UNITS * min(ex, ey):
            return None
        square = ey / ex                  # the extent as a square
        if width <= 0 or height <= 0:
            return square
        k = width / height
        # stretch the square just enough that the long side shows MAX_SPARE extents
        stretch = k / MAX_SPARE if k > MAX_SPARE else k * MAX_SPARE if k < 1 / MAX_SPARE \
            else 1.0
        return square * stretch

    def _fit_view(self, *_) -> None:
        """The whole extent in view, and at most MAX_SPARE times it on either axis."""
        vb = self.plot.vb
        xmin, xmax, ymin, ymax = self._extent
        ratio = self.aspect_ratio(vb.width(), vb.height())
        self.plot.setAspectLocked(ratio is not None, ratio=ratio or 1.0)
        self.plot.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.0)
        side = min(vb.width(), vb.height())
        px = float(np.clip(round(2 * POINT_SHARE * side) / 2, *POINT_PX))
        if px != self._point_px:
            self._point_px = px
            self._redraw_points()

    def point_size(self) -> float:
        """The training points' diameter in pixels now."""
        return self._point_px

    def set_axis_labels(self, x: str, y: str) -> None:
        """Feature names as plain text (pyqtgraph's axis labels are HTML)."""
        self.plot.setLabel("bottom", html.escape(x))
        self.plot.setLabel("left", html.escape(y))
        style.style_plot(self.plot, self._scale)

    def set_points(self, train_X, train_y, test_X=None, test_y=None) -> None:
        """train_X, test_X: (n, 2); y: (n,) class indices (int) or values (float)."""
        for part, X, y in (("train", train_X, train_y), ("test", test_X, test_y)):
            X = np.empty((0, 2)) if X is None else np.asarray(X, dtype=float).reshape(-1, 2)
            y = np.empty(0) if y is None else np.asarray(y).ravel()
            if len(X) != len(y):
                raise ValueError(f"{part}: {len(X)} points but {len(y)} targets")
            self._points[part] = (X, y)
        self._redraw_points()

    def set_surface(self, values: np.ndarray, vmin: float, vmax: float) -> None:
        """values: (res, res) output on analysis.grid(extent, res); vmin -> orange."""
        values = np.asarray(values, dtype=float)
        if values.ndim != 2:
            raise ValueError(f"surface values must be 2-D (res, res), got {values.shape}")
        self._values = values
        if (float(vmin), float(vmax)) != self._levels:
            self._levels = (float(vmin), float(vmax))
            self.colorbar.set_range(vmin, vmax)
            self._redraw_points()   # regression points are coloured on the same scale
        self._redraw_surface()

    def set_surface_colour(self, colour: str | None) -> None:
        """None: the diverging orange-blue map; a colour: white to that colour (one class's
        probability among several, drawn in the class's own colour)."""
        self._surface_colour = colour
        lut = colormap.diverging_lut() if colour is None else colormap.sequential_lut(colour)
        lut = colormap.lighten(lut, SURFACE_LIGHTEN)
        if not np.array_equal(lut, self.surface_lut):
            self.surface_lut = lut
            self.colorbar.set_lut(lut)
            self._redraw_surface()

    def set_threshold(self, threshold: float | None) -> None:
        """Class boundary for "discretize"; None: the middle of (vmin, vmax)."""
        if threshold != self._threshold:     # the live views set it with every frame
            self._threshold = threshold
            self._redraw_surface()

    def set_discretize(self, on: bool) -> None:
        self.discrete_box.setChecked(bool(on))

    def set_show_test(self, on: bool) -> None:
        self.test_box.setChecked(bool(on))

    def set_single_layer(self, segments: np.ndarray | None) -> None:
        """Draw the single layer's boundary: segments (k, 2, 2), each two end points (x, y)
        in the plane's coordinates; None (or no segment) hides the line and its legend."""
        shown = segments is not None and len(segments) > 0
        if shown:
            ends = np.asarray(segments, dtype=float).reshape(-1, 2)
            self.single_layer.setData(ends[:, 0], ends[:, 1])
        elif self.single_layer.isVisible():
            self.single_layer.setData([], [])
        self.single_layer.setVisible(shown)
        self._update_legend()

    def set_true_curve(self, points: np.ndarray | None, label: str = "") -> None:
        """Draw the curve the data follows: points (n, 2) along it in the plane's
        coordinates (NaN rows break it, e.g. where it leaves the plane), named ``label`` in
        the legend; None hides it and its "Show the curve" box."""
        has_curve = points is not None and len(points) > 0
        if has_curve:
            points = np.asarray(points, dtype=float)
            for item in (self.true_curve, self.true_halo):
                item.setData(points[:, 0], points[:, 1])
        else:
            for item in (self.true_curve, self.true_halo):
                item.setData([], [])
        self._true_curve_label = label if has_curve else ""
        self.curve_box.setVisible(has_curve)
        self._show_true_curve()

    def true_curve_points(self) -> np.ndarray | None:
        """The curve drawn now, (n, 2), or None when it is hidden."""
        if not self.true_curve.isVisible():
            return None
        x, y = self.true_curve.getData()
        return np.column_stack([x, y])

    def _show_true_curve(self, *_) -> None:
        shown = bool(self._true_curve_label) and self.curve_box.isChecked()
        self.true_curve.setVisible(shown)
        self.true_halo.setVisible(shown)
        self._update_legend()

    def _update_legend(self) -> None:
        """The legend names the lines drawn now; rebuilt only when that changes (the single
        layer's line is set every frame while training)."""
        items = tuple((item, label) for item, label in (
            (self.true_curve, self._true_curve_label),
            (self.single_layer, single_layer_label())) if item.isVisible())
        if items != self._legend_items:
            self._legend_items = items
            self.legend.clear()
            for item, label in items:
                self.legend.addItem(item, label)
            style.style_legend(self.legend, self._scale)
        self.legend.setVisible(bool(items))

    def legend_labels(self) -> list[str]:
        """What the legend says now, in words, e.g. "black line: x2 = 3 sin(x1)", for a
        caption that says it instead."""
        if not self.legend.isVisible():
            return []
        look = {id(self.true_curve): translate("DecisionPlot", "black line: {label}"),
                id(self.single_layer): translate("DecisionPlot", "dashed line: {label}")}
        return [look[id(item)].format(label=label) for item, label in self._legend_items]

    def single_layer_segments(self) -> np.ndarray | None:
        """The segments drawn now, (k, 2, 2), or None when the line is hidden."""
        if not self.single_layer.isVisible():
            return None
        x, y = self.single_layer.getData()
        return np.column_stack([x, y]).reshape(-1, 2, 2)

    def set_captions(self, low: str, high: str) -> None:
        """Names of the colour bar's ends, e.g. the class names."""
        self.colorbar.set_captions(low, high)

    def clear_surface(self) -> None:
        """No surface (data the network cannot be drawn on yet: a drawing of one point)."""
        self._values = None
        self.image.clear()

    # ------------------------------------------------------------------ drawing
    def surface_rgba(self) -> np.ndarray | None:
        """(res, res, 4) uint8 as given to the image (row 0 = ymin), or None."""
        return self.image.image

    def _redraw_surface(self, *_) -> None:
        if self._values is None:
            return
        vmin, vmax = self._levels
        if self.discrete_box.isChecked():
            t = 0.5 * (vmin + vmax) if self._threshold is None else self._threshold
            two = self.surface_lut[[0, -1]]
            rgba = np.take(two, (self._values >= t).astype(np.intp), axis=0)
        else:
            rgba = colormap.to_rgba(self._values, vmin, vmax, self.surface_lut)
        self.image.setImage(rgba, autoLevels=False)
        self._place_image()

    def _place_image(self) -> None:
        """Pixel centres on the grid points: the image reaches half a step past the extent."""
        if self._values is None:
            return
        xmin, xmax, ymin, ymax = self._extent
        rows, cols = self._values.shape
        dx = (xmax - xmin) / max(cols - 1, 1)
        dy = (ymax - ymin) / max(rows - 1, 1)
        self.image.setRect(xmin - dx / 2, ymin - dy / 2, xmax - xmin + dx, ymax - ymin + dy)

    def _colours(self, y: np.ndarray) -> np.ndarray:
        """(n,) targets -> (n,) QColor objects (class colours, or the map for values)."""
        if y.dtype.kind in "iub":
            palette = np.array([pg.mkColor(c) for c in class_colours(int(y.max()) + 1)],
                               dtype=object) if len(y) else np.empty(0, dtype=object)
            return palette[y.astype(np.intp)] if len(y) else palette
        lut = colormap.diverging_lut(32)   # a few colours: few cached symbol pictures
        idx = colormap.lut_indices(y, *self._levels, len(lut))
        palette = np.array([pg.mkColor(*map(int, c)) for c in lut], dtype=object)
        return palette[idx]

    def _redraw_points(self) -> None:
        s, size = self._scale, self._point_px
        X, y = self._points["train"]
        colours = self._colours(y)
        self.train_scatter.setData(pos=X, size=size,
                                   brush=[pg.mkBrush(c) for c in colours],
                                   pen=pg.mkPen(EDGE, width=max(1.0, 0.15 * size * s)))
        X, y = self._points["test"]
        colours = self._colours(y)
        self.test_outline.setData(pos=X, size=size + 1,
                                  pen=pg.mkPen(EDGE, width=0.45 * size * s), brush=None)
        self.test_scatter.setData(pos=X, size=size + 1, brush=None,
                                  pen=[pg.mkPen(c, width=0.2 * size * s) for c in colours])

    def _on_show_test(self, on: bool) -> None:
        self.test_outline.setVisible(bool(on))
        self.test_scatter.setVisible(bool(on))

    def _on_scatter_clicked(self, scatter, points, ev=None) -> None:
        """Emit pointClicked for the clicked point nearest the mouse (scatter.sigClicked)."""
        if not len(points):
            return
        part = "test" if scatter is self.test_scatter else "train"
        if ev is not None and len(points) > 1:
            p = ev.pos()
            points = sorted(points, key=lambda q: (q.pos().x() - p.x()) ** 2
                            + (q.pos().y() - p.y()) ** 2)
        self.pointClicked.emit(int(points[0].index()), part)

    def _on_scene_clicked(self, ev) -> None:
        """Emit planeClicked for a left click inside the plot's view box (not its axes or
        the colour bar)."""
        if ev.button() != Qt.MouseButton.LeftButton or ev.double():
            return
        pos = ev.scenePos()
        if self.plot.vb.sceneBoundingRect().contains(pos):
            self.emit_plane_click(self.plot.vb.mapSceneToView(pos))

    def emit_plane_click(self, point) -> None:
        """planeClicked at ``point`` (a QPointF in data coordinates)."""
        self.planeClicked.emit(float(point.x()), float(point.y()))

    # ------------------------------------------------------------------ look
    def set_font_scale(self, factor: float) -> None:
        self._scale = float(factor)
        style.style_plot(self.plot, self._scale)
        self.colorbar.set_font_scale(self._scale)
        for box in (self.test_box, self.discrete_box, self.curve_box):
            style.style_widget_font(box, self._scale)
        line, halo = LINE_COLOURS[colors.current().dark]
        self.true_curve.setPen(style.pen(line, TRUE_CURVE_WIDTH, self._scale))
        self.true_halo.setPen(style.pen(halo, TRUE_CURVE_WIDTH + TRUE_CURVE_HALO,
                                        self._scale))
        pen = style.pen(line, SINGLE_LAYER_WIDTH, self._scale, Qt.PenStyle.DashLine)
        pen.setDashPattern(SINGLE_LAYER_DASHES)
        self.single_layer.setPen(pen)
        style.style_legend(self.legend, self._scale)
        self._redraw_points()

    def scheme_changed(self) -> None:
        """Colours again from the scheme in force (gui.theme.restyle): background, the
        surface's map and its colour bar, lines, points and text."""
        self.view.setBackground(style.BACKGROUND)
        self.plot.vb.setBackgroundColor(colors.current().map_outside)
        self.set_surface_colour(self._surface_colour)
        self.set_font_scale(self._scale)

    def export_item(self):
        return self.view.ci
