"""Readable text in projection mode: every text of the network picture at least
``MIN_PX`` pixels high on screen, whatever the zoom.

A projected network is fitted into a small part of a small screen, so the view's zoom is
often 0.25-0.5 and text drawn at its normal scene size ends up 5-10 px high. In projection
mode the scene therefore gets a *floor*: the smallest text size in scene pixels that is
still ``min_screen_px`` on screen at the current zoom (``floor = min_screen_px / zoom``).
Items draw their text at ``max(normal size, floor)``; the layout leaves room for it; and
where a text cannot have that size in the room it has, it is shortened ("Hidden 1" ->
"H1") or left out (a unit count, a neuron's activation name, the "b" on a bias dot,
the names of more than a dozen inputs) rather than drawn small.

Items report what they draw as ``Lettering`` records (``drawn_texts()``), and paint
exactly those, so a test can check sizes and overlaps without reading pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

MIN_PX = 16.0          # the design's "every text at least 16 px" in projection mode
DEFAULT_STYLE = 1.75   # projection's default text scale: the minimum grows beyond it


def min_screen_px(style: float) -> float:
    """On-screen text height every text must reach at projection ``style``; 0 outside
    projection (style 1.0: today's look, no minimum)."""
    if style <= 1.0:
        return 0.0
    return MIN_PX * max(1.0, style / DEFAULT_STYLE)   # 200 % asks for larger text


def size(base: float, floor: float) -> int:
    """Pixel size for a text normally ``base`` px: rounded up to the floor, so rounding
    never takes it below the readable size."""
    return max(1, math.ceil(floor - 1e-6) if floor > base else round(base))


def fits(text: str, font: QFont, width: float) -> bool:
    return QFontMetricsF(font).horizontalAdvance(text) <= width


@dataclass(frozen=True)
class Lettering:
    """One text an item draws: ``rect`` is the box it is drawn into (item coordinates),
    centred."""

    text: str
    font: QFont
    rect: QRectF

    def box(self) -> QRectF:
        """The text's own extent (item coordinates): what must not touch other texts."""
        return QFontMetricsF(self.font).boundingRect(
            self.rect, int(Qt.AlignmentFlag.AlignCenter), self.text)

    def draw(self, painter) -> None:
        painter.setFont(self.font)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)
