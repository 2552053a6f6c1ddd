"""Shared look of the plots: sizes that read from the back of a classroom.

Everything is set per item (never through pyqtgraph's global config), so other views keep
their own settings. ``scale`` is the projection-mode factor given to ``set_font_scale``;
``project_graphics`` does the same, generically, for plots without one.
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QPen,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from gui import colors

GRID_ALPHA = 0.25

TICK_PT = 12.0
LABEL_PT = 13.0
TITLE_PT = 14.0
LINE_WIDTH = 3.0       # data curves; never below 2 px
WIDGET_PT = 11.0       # check boxes under the plots
# Projection mode (a font scale above 1): no plot text below this many pixels, whatever its
# size in points (DESIGN, "Projection"). WIDGET_PT times 1.04, the factor at 720 px high,
# was 15 px; the floor leaves normal mode (scale 1) as it was.
MIN_PROJECTED_PX = 16.0

# The colours (BACKGROUND, FOREGROUND, GREY and the Okabe-Ito TRAIN, TEST, ACCENT) come
# from the scheme in force, light or dark (gui.colors), when they are read: a plot takes
# them again in ``set_font_scale`` and ``scheme_changed`` (gui.theme.restyle).
_SCHEME_NAMES = {"BACKGROUND": "plot_background", "FOREGROUND": "plot_foreground",
                 "GREY": "grey", "TRAIN": "train", "TEST": "test", "ACCENT": "accent"}


def __getattr__(name: str) -> str:
    if name in _SCHEME_NAMES:
        return getattr(colors.current(), _SCHEME_NAMES[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def screen_dpi() -> float:
    """Logical dots per inch that point sizes are drawn at (the primary screen's)."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def points(size: float, scale: float = 1.0) -> float:
    """``size`` points times ``scale``; for scale > 1 (projection) at least
    MIN_PROJECTED_PX pixels high. (The hundredth of a point keeps rounding above it.)"""
    out = size * scale
    if scale > 1.0:
        out = max(out, MIN_PROJECTED_PX * 72.0 / screen_dpi() + 0.01)
    return out


def css_size(size: float, scale: float = 1.0) -> str:
    """The same as a style value for pyqtgraph's HTML labels: "12.0pt"."""
    return f"{points(size, scale):.1f}pt"


def font(size: float, scale: float = 1.0, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(points(size, scale))
    f.setBold(bold)
    return f


def pen(colour: str, width: float = LINE_WIDTH, scale: float = 1.0,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine):
    p = pg.mkPen(colour, width=max(2.0, width * scale), style=style)
    p.setCosmetic(True)
    return p


def activation_pens(scale: float = 1.0) -> tuple[QPen, QPen]:
    """The pens of g(z) (solid, the text's colour) and g'(z) (dashed, green): the
    Activation panel and the activation overview's cards draw an activation alike."""
    s = colors.current()
    return (pen(s.plot_foreground, scale=scale),
            pen(s.accent, scale=scale, style=Qt.PenStyle.DashLine))


def nice_ceiling(x: float, steps=(1.0, 2.0, 5.0, 10.0)) -> float:
    """The smallest of ``steps`` times a power of ten that is >= x (x > 0): by default
    1, 2, 5, 10, 20, 50, ... ``steps`` run from 1 to 10. Where no such number exists
    (near the float limits: 1e308, subnormals) x itself."""
    power = 10.0 ** np.floor(np.log10(x))
    with np.errstate(over="ignore"):
        return next((m * power for m in steps if x * (1 - 1e-12) <= m * power < np.inf), x)


def new_view() -> pg.GraphicsLayoutWidget:
    """A graphics layout widget on the scheme's background (white, or dark), the canvas
    of every plot widget here."""
    view = pg.GraphicsLayoutWidget()
    view.setBackground(colors.current().plot_background)
    # One rectangle around everything that changed: pyqtgraph's minimal mode repaints a
    # region of many small rectangles, slower to clip to than the one they span.
    view.setViewportUpdateMode(view.ViewportUpdateMode.BoundingRectViewportUpdate)
    # Room above and right for tick labels that sit on the edge of a plot.
    view.ci.setContentsMargins(8, 14, 14, 8)
    return view


def local_ticks(axis: pg.AxisItem) -> None:
    """The axis writes its tick numbers with the language's decimal point ("0,5" in German).
    Ticks an owner sets with ``setTicks`` are names (classes, features) and stay as they
    are: pyqtgraph asks ``tickStrings`` only for the numbers it places itself."""
    if getattr(axis, "_local_ticks", False):
        return
    plain = axis.tickStrings

    def tick_strings(values, scale, spacing):
        point = QLocale().decimalPoint()
        texts = plain(values, scale, spacing)
        return texts if point == "." else [t.replace(".", point) for t in texts]

    axis.tickStrings = tick_strings
    axis._local_ticks = True


def fit_axis_label(axis: pg.AxisItem, length: float, scale: float = 1.0) -> None:
    """Show a vertical axis's name only where it fits along the ``length`` px of its plot,
    measured in the language shown (a translation runs longer than the English name, a
    projected plot is low): a name longer than its axis ran into the title and its
    neighbour's name."""
    width = QFontMetricsF(font(LABEL_PT, scale)).horizontalAdvance(axis.labelText)
    fits = bool(axis.labelText) and width <= length
    if fits != axis.label.isVisibleTo(axis):
        axis.showLabel(fits)


def text_height(widget: QWidget, px: float) -> float:
    """``px`` (a height at the normal 12-px text) for ``widget``'s text size: projection's
    text is about 1.75 times larger, and so are the title, ticks and labels that share
    the height with the curves. The "lower than this, X gives way" rules measure by it."""
    return px * max(1.0, QFontInfo(widget.font()).pixelSize() / 12.0)


MIN_DATA_PX = 70     # px: a plot's data area lower than this loses its bottom axis's name


def label_height(axis: pg.AxisItem) -> float:
    """px a bottom axis's name adds to the axis's height (as pyqtgraph's _updateHeight)."""
    return axis.label.boundingRect().height() * 0.8


def fit_bottom_label(plot: pg.PlotItem, scale: float = 1.0) -> None:
    """Show the bottom axis's name only while the data area keeps ``MIN_DATA_PX`` with it
    (a normal window at 1280x720 left a 43-px curve under the axis names); the tick values
    stay, and the title or the key names the axis. Judged on the height the data area has
    with the name shown, so the name does not come and go with each resize it causes."""
    axis = plot.getAxis("bottom")
    if not axis.labelText:
        return
    shown = axis.label.isVisibleTo(axis)
    fits = plot.vb.height() - (0 if shown else label_height(axis)) >= MIN_DATA_PX
    if fits != shown:
        axis.showLabel(fits)


def style_axis(axis: pg.AxisItem, scale: float = 1.0) -> None:
    local_ticks(axis)
    # Kept as a pixmap between changes of its own: its grid spans the plot, so every new
    # point of a curve made it replay all its lines and labels (6 axes, every frame).
    axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    ink = colors.current().plot_foreground
    axis.setPen(pg.mkPen(ink, width=1.5))
    axis.setTextPen(pg.mkPen(ink))
    axis.setTickFont(font(TICK_PT, scale))
    # One level of minor ticks/grid only: cleaner on a projector and cheaper to draw.
    axis.setStyle(tickTextOffset=int(6 * scale), tickLength=int(-8 * scale), maxTickLevel=1)
    if axis.labelText or axis.labelUnits:
        axis.setLabel(axis.labelText, axis.labelUnits,
                      **{"font-size": css_size(LABEL_PT, scale), "color": ink})


def style_plot(plot: pg.PlotItem, scale: float = 1.0) -> None:
    """Axis fonts, pens and labels of every axis of ``plot``; call again to rescale."""
    for name in ("left", "bottom", "right", "top"):
        style_axis(plot.getAxis(name), scale)


class WrapLabel(pg.LabelItem):
    """A layout label that wraps its text to the width it gets, centred.

    pyqtgraph's LabelItem demands the width of its text as a minimum, so one long formula
    widened the whole layout past the window. This one asks for no width at all.
    """

    def __init__(self, text: str = "", points: float = LABEL_PT, bold: bool = False):
        super().__init__("", justify="center")
        self.points, self.bold, self._scale = points, bold, 1.0
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.item.document().setDefaultTextOption(option)
        self.set_text(text)

    def set_text(self, html: str, scale: float | None = None) -> None:
        if scale is not None:
            self._scale = scale
        self.setText(html, size=css_size(self.points, self._scale),
                     color=colors.current().plot_foreground, bold=self.bold)

    def resizeEvent(self, ev):
        width = self.rect().width()
        if width > 0 and abs(self.item.textWidth() - width) > 0.5:
            self.item.setTextWidth(width)
        super().resizeEvent(ev)

    def updateMin(self):
        height = self.itemRect().height()
        if getattr(self, "_height", None) == height:
            return      # same size: no relayout (while training, text changes every frame)
        self._height = height
        self.setMinimumWidth(0)
        self.setMinimumHeight(height)
        self._sizeHint = {
            Qt.SizeHint.MinimumSize: (0, height),
            Qt.SizeHint.PreferredSize: (0, height),
            Qt.SizeHint.MaximumSize: (-1, -1),
            Qt.SizeHint.MinimumDescent: (0, 0),
        }
        self.updateGeometry()


def style_legend(legend: pg.LegendItem, scale: float = 1.0) -> None:
    legend.setLabelTextSize(css_size(LABEL_PT, scale))
    scheme = colors.current()
    legend.setLabelTextColor(scheme.plot_foreground)
    for _sample, label in legend.items:
        label.setText(label.text, color=scheme.plot_foreground)   # setAttr alone does
    legend.updateSize()                                          # not re-render the text
    legend.setBrush(pg.mkBrush(QColor(scheme.legend_fill)))
    legend.setPen(pg.mkPen(scheme.card_border))


def style_widget_font(widget: QWidget, scale: float = 1.0) -> None:
    widget.setFont(font(WIDGET_PT, scale))


def project_graphics(view: pg.GraphicsView, scale: float) -> list:
    """Projection look for a plot that has no ``set_font_scale`` of its own (any panel):
    white background, black axes with ``scale`` times larger tick text, every curve
    ``scale`` times thicker. Returns undo callables; call them (in any order) to restore."""
    undo = [partial(view.setBackground, QBrush(view.backgroundBrush()))]
    view.setBackground(colors.LIGHT.plot_background)
    for item in view.scene().items():
        if isinstance(item, pg.PlotDataItem):
            undo += _thicker(item, item.opts.get("pen"), scale)
        elif isinstance(item, pg.PlotCurveItem) and \
                not isinstance(item.parentItem(), pg.PlotDataItem):   # else its owner's pen
            undo += _thicker(item, item.opts.get("pen"), scale)
        elif isinstance(item, pg.AxisItem):
            undo.append(partial(_restore_axis, item, QPen(item.pen()), QPen(item.textPen()),
                                item.style.get("tickFont")))
            item.setPen(pg.mkPen("#000000", width=max(1.5, item.pen().widthF()) * scale))
            item.setTextPen(pg.mkPen("#000000"))
            tick = QFont(item.style.get("tickFont") or QFont())
            tick.setPointSizeF(points(tick.pointSizeF(), scale))
            item.setTickFont(tick)
    return undo


_PLOT_FIELDS = ("plot_foreground", "grey", "train", "test", "accent")


def restyle_graphics(view: pg.GraphicsView, old: colors.Scheme | None = None,
                     axes: bool = True) -> None:
    """``view`` in the colours of the scheme in force: its background, its axes (if
    ``axes``: a plot without a ``set_font_scale`` of its own) and every curve, text and
    title whose colour was one of the ``old`` scheme's plot colours (taken when the item
    was made) in the new scheme's colour of the same name."""
    scheme = colors.current()
    view.setBackground(scheme.plot_background)
    swap = {} if old is None or old is scheme else \
        {getattr(old, f): getattr(scheme, f) for f in _PLOT_FIELDS}
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem) and axes:
            item.setPen(pg.mkPen(scheme.plot_foreground, width=item.pen().widthF()))
            item.setTextPen(pg.mkPen(scheme.plot_foreground))
        elif swap:
            _swap_colour(item, swap)


def _swap_colour(item, swap: dict) -> None:
    """One item's colour through ``swap`` ("#rrggbb" old -> new), if it is in there."""
    if isinstance(item, pg.TextItem):
        new = swap.get(item.color.name())
        if new is not None:
            item.setColor(new)
    elif isinstance(item, pg.LabelItem):
        new = swap.get(pg.mkColor(item.opts.get("color") or "#000000").name())
        if new is not None:
            item.setText(item.text, color=new)
    elif isinstance(item, (pg.PlotDataItem, pg.PlotCurveItem)) and \
            item.opts.get("pen") is not None:
        pen = QPen(pg.mkPen(item.opts["pen"]))
        new = swap.get(pen.color().name())
        if new is not None:
            colour = QColor(new)
            colour.setAlpha(pen.color().alpha())
            pen.setColor(colour)
            item.setPen(pen)


def _thicker(item, pen, scale: float) -> list:
    """Set ``item``'s pen ``scale`` times wider; [undo] (nothing for an item with no line)."""
    if pen is None:
        return []
    wide = QPen(pg.mkPen(pen))
    if wide.style() == Qt.PenStyle.NoPen:
        return []
    wide.setWidthF(max(1.0, wide.widthF()) * scale)
    wide.setCosmetic(True)
    item.setPen(wide)
    return [partial(item.setPen, pen)]


def _restore_axis(axis: pg.AxisItem, pen: QPen, text_pen: QPen, tick_font) -> None:
    axis.setPen(pen)
    axis.setTextPen(text_pen)
    axis.setTickFont(tick_font)


def self_scaling(widget) -> bool:
    return callable(getattr(widget, "set_font_scale", None))


def font_scaled_widgets(root: QWidget) -> list:
    """Every widget under ``root`` with a ``set_font_scale(factor)`` of its own."""
    return [w for w in root.findChildren(QWidget) if self_scaling(w)]


def other_plot_views(root: QWidget) -> list:
    """pyqtgraph views under ``root`` not inside a widget that scales itself."""
    out = []
    for view in root.findChildren(QGraphicsView):
        if not isinstance(view, pg.GraphicsView):
            continue
        parent = view.parentWidget()
        while parent is not None and parent is not root and not self_scaling(parent):
            parent = parent.parentWidget()
        if parent is None or parent is root:
            out.append(view)
    return out


def refit_views(root: QWidget) -> None:
    """Lay every pyqtgraph view under ``root`` out again at its present size.

    A plot's layout cannot be smaller than its minimum, and that minimum is only updated
    at the next layout pass; pg.GraphicsView re-lays its central item out only when its
    range changes. So a plot shrunk in the same breath as its text grew stayed taller
    than its dock, its bottom axis cut off (seen when projection mode was entered)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    for view in root.findChildren(QGraphicsView):
        central = getattr(view, "centralWidget", None)
        if isinstance(view, pg.GraphicsView) and central is not None:
            central.setGeometry(QRectF(0, 0, view.width(), view.height()))
