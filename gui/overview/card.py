"""One card of the activation overview: an activation's name, g(z) and g'(z) on the shared
scale of ``core.activation_overview``, its formula, output range, problem and use.

The plot is drawn once (the curves never change) and takes no mouse: the wheel over it
scrolls the overview, as it does over the card's text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from core import activation_overview as ov
from core import activations
from gui import colors
from gui.i18n import translate
from gui.inspector.common import readable_font
from gui.plots import style

PLOT_HEIGHT = 150           # px at scale 1: room for four tick labels on the left axis
TITLE_GROWTH = 1.3          # the card's name, bigger than its text
# the highlight is the scheme's TRAIN colour (gui.colors), filled with it mixed into the
# background (no translucent fill); the border a quiet grey
RADIUS = 8


def _label(name: str, rich: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    # our own table's text; rich only where we add the bold parts (escaped)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


class ActivationCard(QFrame):
    """``ActivationCard(card)`` for a ``core.activation_overview.Card``;
    ``set_highlighted(on)``; ``restyle(scale)`` for projection's larger plot text."""

    def __init__(self, card: ov.Card, parent=None):
        super().__init__(parent)
        self.card = card
        self.highlighted = False
        self._scale = 1.0
        self.setObjectName(f"activationCard_{card.name}")
        self.setAccessibleName(translate("ActivationOverview", "{activation}: {problem}")
                               .format(activation=card.label, problem=card.problem))
        self.setToolTip(activations.get(card.name).tooltip())
        self.title = _label("cardTitle")
        self.title.setText(card.label)
        self.view = style.new_view()
        for widget in (self.view, self.view.viewport()):   # the wheel scrolls the overview
            widget.installEventFilter(self)
        self.plot = self.view.addPlot(enableMenu=False)   # no menu widgets: 11 cards per window
        self._build_plot()
        self._make_texts(card)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 10)
        column.setSpacing(4)
        for widget in (self.title, self.view, self.drawn, self.formula, self.output_range,
                       self.problem, self.used_in):
            column.addWidget(widget)
        column.addStretch(1)
        self._apply_fonts()
        self.restyle(1.0)

    def _make_texts(self, card: ov.Card) -> None:
        """The formula, range, problem and use under the plot (``drawn`` may be empty)."""
        self.formula = _label("cardFormula")
        self.formula.setText(card.formula)
        self.output_range = _label("cardRange", rich=True)
        self.output_range.setText(translate("ActivationOverview", "<b>Output:</b> {range}")
                                  .format(range=escape(card.output_range)))
        self.drawn = _label("cardDrawn")
        self.drawn.setText(card.drawn)
        # hidden when empty, never shown here: setVisible(True) on a label with no parent
        # yet made it a window of its own for a moment, which took the main window's
        # activation and left no widget with the keyboard
        if not card.drawn:
            self.drawn.hide()
        self.problem = _label("cardProblem", rich=True)
        self.problem.setText(translate("ActivationOverview", "<b>{problem}.</b> {why}").format(
            problem=escape(card.problem), why=escape(card.problem_why)))
        self.used_in = _label("cardUse", rich=True)
        used = translate("ActivationOverview", "<b>Used in:</b> {use}")
        use = card.used_in
        if used == "<b>Used in:</b> {use}":      # English: mid-sentence (others keep the case)
            use = use[0].lower() + use[1:]
        self.used_in.setText(used.format(use=escape(use)))

    def _build_plot(self) -> None:
        plot = self.plot
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=True, alpha=style.GRID_ALPHA)
        plot.setXRange(*ov.Z_RANGE, padding=0)
        plot.setYRange(*ov.Y_RANGE, padding=0)
        plot.enableAutoRange(x=False, y=False)
        z, g, slope = ov.curve(self.card.name)
        # the slope under the function: where they cross, g(z) is the one in front
        self.slope_curve = plot.plot(z, slope)
        self.g_curve = plot.plot(z, g)

    # -- look ------------------------------------------------------------------------------
    def restyle(self, scale: float) -> None:
        """Axis text, pens and plot height at the plots' ``scale`` (projection: > 1)."""
        self._scale = scale
        style.style_plot(self.plot, scale)
        g_pen, slope_pen = style.activation_pens(scale)
        self.g_curve.setPen(g_pen)
        self.slope_curve.setPen(slope_pen)
        self.view.setFixedHeight(round(PLOT_HEIGHT * scale))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:     # projection's larger text
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        body = readable_font(self)
        for label in (self.formula, self.output_range, self.drawn, self.problem,
                      self.used_in):
            label.setFont(body)
        title = QFont(body)
        title.setPointSizeF(body.pointSizeF() * TITLE_GROWTH)
        title.setBold(True)
        self.title.setFont(title)
        italic = QFont(body)
        italic.setItalic(True)
        self.drawn.setFont(italic)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 4.0 * max(1.0, self._scale) if self.highlighted else 1.0
        scheme = colors.current()
        painter.setPen(QPen(QColor(scheme.train if self.highlighted else scheme.card_border),
                            width))
        painter.setBrush(QColor(scheme.card_highlight_fill if self.highlighted else
                                scheme.plot_background))
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset),
                                RADIUS, RADIUS)
        painter.end()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Wheel:
            # the plot's view box takes every wheel turn (it would zoom): ignored here,
            # the turn goes on to the overview's scroll area
            event.ignore()
            return True
        return super().eventFilter(watched, event)
