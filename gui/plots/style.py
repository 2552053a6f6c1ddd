"""Shared look of the plots: sizes that read from the back of a classroom.

Everything is set per item (never through pyqtgraph's global config), so other views keep
their own settings. ``scale`` is the projection-mode factor given to ``set_font_scale``.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import QWidget

BACKGROUND = "#ffffff"
FOREGROUND = "#222222"
GRID_ALPHA = 0.25

TICK_PT = 12.0
LABEL_PT = 13.0
TITLE_PT = 14.0
LINE_WIDTH = 3.0       # data curves; never below 2 px
WIDGET_PT = 11.0       # check boxes under the plots

# Okabe-Ito colours (colour-blind safe) for things that are not classes.
TRAIN = "#0072b2"      # blue
TEST = "#d55e00"       # vermillion
ACCENT = "#009e73"     # bluish green
GREY = "#666666"


def font(points: float, scale: float = 1.0, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(points * scale)
    f.setBold(bold)
    return f


def pen(colour: str, width: float = LINE_WIDTH, scale: float = 1.0,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine):
    p = pg.mkPen(colour, width=max(2.0, width * scale), style=style)
    p.setCosmetic(True)
    return p


def new_view() -> pg.GraphicsLayoutWidget:
    """A white graphics layout widget, the canvas of every plot widget here."""
    view = pg.GraphicsLayoutWidget()
    view.setBackground(BACKGROUND)
    # Room above and right for tick labels that sit on the edge of a plot.
    view.ci.setContentsMargins(8, 14, 14, 8)
    return view


def style_axis(axis: pg.AxisItem, scale: float = 1.0) -> None:
    axis.setPen(pg.mkPen(FOREGROUND, width=1.5))
    axis.setTextPen(pg.mkPen(FOREGROUND))
    axis.setTickFont(font(TICK_PT, scale))
    # One level of minor ticks/grid only: cleaner on a projector and cheaper to draw.
    axis.setStyle(tickTextOffset=int(6 * scale), tickLength=int(-8 * scale), maxTickLevel=1)
    if axis.labelText or axis.labelUnits:
        axis.setLabel(axis.labelText, axis.labelUnits,
                      **{"font-size": f"{LABEL_PT * scale:.1f}pt", "color": FOREGROUND})


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
        self.setText(html, size=f"{self.points * self._scale:.1f}pt", color=FOREGROUND,
                     bold=self.bold)

    def resizeEvent(self, ev):
        width = self.rect().width()
        if width > 0 and abs(self.item.textWidth() - width) > 0.5:
            self.item.setTextWidth(width)
        super().resizeEvent(ev)

    def updateMin(self):
        height = self.itemRect().height()
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
    legend.setLabelTextSize(f"{LABEL_PT * scale:.1f}pt")
    legend.setLabelTextColor(FOREGROUND)
    for _sample, label in legend.items:
        label.setText(label.text)   # setAttr alone does not re-render the text
    legend.updateSize()
    legend.setBrush(pg.mkBrush(255, 255, 255, 220))
    legend.setPen(pg.mkPen("#999999"))


def style_widget_font(widget: QWidget, scale: float = 1.0) -> None:
    widget.setFont(font(WIDGET_PT, scale))
