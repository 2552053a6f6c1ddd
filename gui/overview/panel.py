"""The activation overview panel: every activation's card (``gui.overview.card``) in a
grid that reflows into fewer columns when narrow, under a key to the two curves.

``show_activation(name)`` highlights that card and scrolls it into view (a click on a
palette entry ends here). The cards scroll; the key above them stays.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import activation_overview as ov
from core import activations
from gui.i18n import number, translate
from gui.inspector.common import readable_font
from gui.overview.card import ActivationCard
from gui.plots import style

CARD_CHARACTERS = 26        # a card is at least this many average characters wide...
MIN_CARD_WIDTH = 240        # ...and this many pixels
MAX_COLUMNS = 4             # wider than this, a card's text lines get too long to read
SPACING = 10
KEY_LINE = 2.4              # a key's line sample: this many times the text height long


def _number(x: float) -> str:
    return number(x, "g").replace("-", ov.MINUS)


class _CardScroll(QScrollArea):
    """The cards' scroll area. It asks for no more room than its least: its usual wish
    (the whole sheet of cards) made the panel's height-for-width that of every card, and
    the tool dock's own scroll area then scrolled the key away with a second scroll bar."""

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


class ActivationOverview(QWidget):
    """Cards of every activation the app offers. ``cards``: name -> ActivationCard;
    ``columns()``; ``highlighted()``; ``show_activation(name)``; ``set_font_scale(f)``
    (projection mode calls it with the plots' factor).

    The cards (eleven plots) are made when first needed, not with the window: made with
    it, they were a third of every main window's start-up."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("activationOverview")
        self._scale = 1.0
        self._highlighted: str | None = None
        self._columns = 0
        self.key = self._key()
        self.sheet = QWidget()
        self.sheet.setObjectName("activationCards")
        self.grid = QGridLayout(self.sheet)
        self.grid.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self.grid.setSpacing(SPACING)
        self._cards: dict[str, ActivationCard] | None = None
        self.scroll = _CardScroll(self)
        self.scroll.setObjectName("activationCardsScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # arrows and Page Down
        self.scroll.setWidget(self.sheet)
        self.scroll.viewport().installEventFilter(self)           # its width sets columns
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.key)
        column.addWidget(self.scroll, 1)
        self._apply_fonts()
        self._reflow(self.scroll.viewport().width())

    def _key(self) -> QWidget:
        """"━ g(z)   ╌ g′(z)" and, beside them or below when narrow (``_place_key``):
        "g′(z) is the slope of g. z from −5 to 5, one vertical scale on every card"."""
        key = QWidget(self)
        key.setObjectName("activationKey")
        self.key_grid = QGridLayout(key)
        self.key_grid.setContentsMargins(SPACING, 6, SPACING, 2)
        self.key_grid.setHorizontalSpacing(6)
        self.g_sample, self.slope_sample = QLabel(key), QLabel(key)
        self.key_g = QLabel("g(z)", key)
        self.key_slope = QLabel("g\u2032(z)", key)
        z0, z1 = ov.Z_RANGE
        self.key_scale = QLabel(translate("ActivationOverview", "g\u2032(z) is the slope of g. "
                                          "z from {low} to {high}, one vertical scale on "
                                          "every card.").format(low=_number(z0),
                                                                high=_number(z1)), key)
        for label in (self.key_g, self.key_slope, self.key_scale):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_scale.setWordWrap(True)
        for i, widget in enumerate((self.g_sample, self.key_g, self.slope_sample,
                                    self.key_slope)):
            self.key_grid.addWidget(widget, 0, i)
        self.key_grid.setColumnMinimumWidth(4, SPACING)
        key.setToolTip(translate("ActivationOverview", "Every card draws g(z) as a solid line "
                                 "and its slope g\u2032(z) as a dashed one, on the same axes, "
                                 "so the curves compare at a glance."))
        return key

    def _place_key(self, beside: bool) -> None:
        """The key's sentence beside the two line samples, or below them."""
        self.key_grid.removeWidget(self.key_scale)
        if beside:
            self.key_grid.addWidget(self.key_scale, 0, 5)
        else:
            self.key_grid.addWidget(self.key_scale, 1, 0, 1, 6)
        self.key_grid.setColumnStretch(5, 1)

    @property
    def cards(self) -> dict[str, ActivationCard]:
        """name -> card, made (and placed) on first use."""
        if self._cards is None:
            self._cards = {card.name: ActivationCard(card, self.sheet) for card in ov.cards()}
            for card in self._cards.values():
                card.restyle(self._scale)
            self._columns = 0
            self._reflow(self.scroll.viewport().width())
        return self._cards

    def showEvent(self, event) -> None:
        self.cards                          # noqa: B018 - made for the first showing
        super().showEvent(event)

    # -- use -------------------------------------------------------------------------------
    def show_activation(self, name: str) -> None:
        """Highlight ``name``'s card (only it) and scroll it into view."""
        activations.get(name)        # UnknownActivation names the valid choices
        self._highlighted = name
        for card_name, card in self.cards.items():
            card.set_highlighted(card_name == name)
        self._bring_into_view()
        # a panel opened in the same breath gets its size later: scroll again then
        QTimer.singleShot(0, self, self._bring_into_view)

    def highlighted(self) -> str | None:
        return self._highlighted

    def columns(self) -> int:
        return self._columns

    def _bring_into_view(self) -> None:
        """Scroll the highlighted card into view, its top first: a card taller than the
        view shows its name and curve rather than its last lines."""
        if self._highlighted is None:
            return
        self.grid.activate()
        card = self.cards[self._highlighted].geometry()
        bar, room = self.scroll.verticalScrollBar(), self.scroll.viewport().height()
        top, bottom = card.top() - SPACING, card.bottom() + SPACING
        if top < bar.value() or bottom - top > room:
            bar.setValue(top)
        elif bottom > bar.value() + room:
            bar.setValue(bottom - room)

    # -- reflow ----------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._reflow(event.size().width())
        return super().eventFilter(watched, event)

    def min_card_width(self) -> int:
        metrics = QFontMetricsF(readable_font(self))
        return max(MIN_CARD_WIDTH, round(CARD_CHARACTERS * metrics.averageCharWidth()))

    def _reflow(self, width: int) -> None:
        """As many columns of cards as fit ``width`` pixels (1 to MAX_COLUMNS)."""
        room = width - 2 * SPACING + SPACING
        columns = max(1, min(MAX_COLUMNS, room // (self.min_card_width() + SPACING)))
        if columns == self._columns:
            return
        self._columns = columns
        self._place_key(beside=columns > 1)
        if self._cards is None:             # placed when they are made
            return
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, i // columns, i % columns)
        for c in range(MAX_COLUMNS):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        QTimer.singleShot(0, self, self._bring_into_view)

    # -- look ------------------------------------------------------------------------------
    def set_font_scale(self, factor: float) -> None:
        self._scale = float(factor)
        for card in (self._cards or {}).values():
            card.restyle(self._scale)
        self._draw_key_samples()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:     # projection's larger text
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        body = readable_font(self)
        for label in (self.key_g, self.key_slope, self.key_scale):
            label.setFont(body)
        self._draw_key_samples()
        self._columns = 0                   # a card's least width follows the text
        self._reflow(self.scroll.viewport().width())

    def _draw_key_samples(self) -> None:
        """Short lines drawn with the cards' own pens, as long as 2.4 text heights."""
        height = QFontMetricsF(self.key_g.font()).height()
        size = QSize(round(KEY_LINE * height), round(height))
        ratio = self.devicePixelRatioF()
        for label, pen in zip((self.g_sample, self.slope_sample),
                              style.activation_pens(self._scale)):
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(pen)
            middle = size.height() / 2
            painter.drawLine(QPointF(2, middle), QPointF(size.width() - 2, middle))
            painter.end()
            label.setPixmap(pixmap)
