"""Laying a handout out on pages and writing the PDF (QPdfWriter, A4 or US Letter).

The content is a list of blocks, flowed top to bottom:

- ``TextBlock``: a QTextDocument (markdown or HTML). It may continue on the next page, but
  only between two lines (a table moves whole), so no line is ever cut.
- ``PictureRow``: one or two pictures side by side with their captions. Never split: it
  shrinks to the room left on the page, down to ``MIN_SHRINK`` of its size (rather than
  leave half a page blank), else it goes to the next page.
- A text with ``keep_together`` (a step of the One sample numbers) moves whole to the
  next page when that page can hold it.
- A block with ``keep_with_next`` (a heading) moves to the next page with the start of the
  block after it, instead of ending a page alone.

Every page has a footer: the app name and the file name on the left, "Page i of n" on the
right. The painter works at 96 dots per inch, so sizes here are the logical pixels of the
views that are painted (a PDF is vectors whatever this number is).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

from core import atomic_file
from gui.i18n import translate

DPI = 96
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN = (64, 56, 64, 72)          # left, top, right, bottom (the footer sits in it)
FOOTER_PT = 8.0
BODY_PT = 10.5
GAP = 14.0                        # between blocks
CAPTION_PT = 9.5
PICTURE_GAP = 20.0                # between two pictures of a row
CAPTION_GAP = 6.0                 # between a picture and its caption
MIN_LINES_WITH_HEADING = 2        # a heading stays with at least this much of its text
MIN_SHRINK = 0.75                 # a picture row may shrink this far to fit a page
_BLANK = QImage(1, 1, QImage.Format.Format_ARGB32)
_BLANK.fill(0)


def page_label(key: str) -> str:
    """The page size ``key`` ("a4", "letter") as the dialog and the status bar name it."""
    return translate("Handout", "US Letter") if key == "letter" else translate("Handout", "A4")


class SafeTextDocument(QTextDocument):
    """Loads nothing the text names: notes come from files, and Markdown's
    ![x](/dev/zero) would make QTextDocument read that "image" (DESIGN.md, traps)."""

    def loadResource(self, kind, url):
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return _BLANK
        return ""


def body_font(points: float = BODY_PT) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    return font


class TextBlock:
    """Text laid out at the page's width. ``markdown`` or ``html``."""

    keep_with_next = False

    def __init__(self, markdown: str = "", html: str = "", points: float = BODY_PT,
                 keep_with_next: bool = False, keep_together: bool = False):
        self.doc = SafeTextDocument()
        self.doc.setDefaultFont(body_font(points))
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultStyleSheet("td, th { padding: 2px 8px 2px 0; } "
                                      "th { text-align: left; }")
        if markdown:
            self.doc.setMarkdown(markdown)
        else:
            self.doc.setHtml(html)
        self.keep_with_next = keep_with_next
        self.keep_together = keep_together

    def layout(self, device, width: float) -> None:
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setTextWidth(width)

    @property
    def height(self) -> float:
        return self.doc.size().height()

    def breaks(self) -> list[float]:
        """The y of every line top a page may begin at (a table's top only), and the end."""
        layout, ys = self.doc.documentLayout(), []
        block = self.doc.begin()
        while block.isValid():
            table = QTextCursor(block).currentTable()
            if table is not None:
                ys.append(layout.frameBoundingRect(table).top())
            else:
                top = layout.blockBoundingRect(block).top()
                lines = block.layout()
                ys += [top + lines.lineAt(i).y() for i in range(lines.lineCount())]
            block = block.next()
        return sorted({y for y in ys if 0 < y < self.height} | {self.height})

    def first_part(self) -> float:
        """The height of the first lines that must come with a heading above them."""
        b = self.breaks()
        return b[min(MIN_LINES_WITH_HEADING, len(b)) - 1] if b else self.height

    def draw(self, painter: QPainter, x: float, y: float, start: float, end: float) -> None:
        """The slice [start, end) of the text, its top at (x, y)."""
        painter.save()
        painter.translate(x, y - start)
        self.doc.drawContents(painter, QRectF(0, start, self.doc.textWidth(), end - start))
        painter.restore()


class PictureRow:
    """One or two pictures side by side, each with its caption below; ``max_height``
    (pixels at 96 dpi) for the tallest picture."""

    keep_with_next = False

    def __init__(self, pictures: list, max_height: float):
        self.pictures = pictures
        self.max_height = max_height
        self.captions = [TextBlock(html=_caption_html(p.caption), points=CAPTION_PT)
                         for p in pictures]
        self.width = 0.0

    def layout(self, device, width: float) -> None:
        self.width = width
        for caption in self.captions:
            caption.layout(device, self._cell_width())

    def _cell_width(self) -> float:
        n = max(1, len(self.pictures))
        return (self.width - PICTURE_GAP * (n - 1)) / n

    def picture_height(self, room: float | None = None) -> float:
        """The tallest picture's height at the cell width, within the limits."""
        cell = self._cell_width()
        tallest = max(cell / p.aspect for p in self.pictures)
        limit = self.max_height if room is None else min(self.max_height, room)
        return min(tallest, limit)

    def height(self, room: float | None = None) -> float:
        """The row's height with its captions (``room``: at most this, shrinking the
        pictures)."""
        return self.picture_height(None if room is None else room - self._captions()) + \
            self._captions()

    def draw(self, painter: QPainter, x: float, y: float, room: float) -> None:
        cell, height = self._cell_width(), self.picture_height(room - self._captions())
        for i, (picture, caption) in enumerate(zip(self.pictures, self.captions)):
            left = x + i * (cell + PICTURE_GAP)
            box = QRectF(left, y, cell, height)
            picture.draw(painter, box)
            # captions on one line across the row, under the tallest picture
            caption.draw(painter, left, y + height + CAPTION_GAP, 0, caption.height)

    def min_height(self) -> float:
        """The least height the row takes on a page (pictures shrunk to MIN_SHRINK)."""
        return MIN_SHRINK * self.picture_height() + self._captions()

    def _captions(self) -> float:
        return max((c.height for c in self.captions), default=0.0) + CAPTION_GAP


def _caption_html(text: str) -> str:
    return f"<p align='center' style='color:#333333'><i>{html.escape(text)}</i></p>"


@dataclass
class Page:
    draws: list = field(default_factory=list)      # (painter) -> None


class Flow:
    """Places blocks on pages of ``content`` (a QRectF in device pixels)."""

    def __init__(self, content: QRectF):
        self.content = content
        self.pages = [Page()]
        self.y = content.top()

    @property
    def room(self) -> float:
        return self.content.bottom() - self.y

    @property
    def at_top(self) -> bool:
        return self.y <= self.content.top() + 0.5

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.content.top()

    def place(self, blocks: list) -> None:
        for i, block in enumerate(blocks):
            if not self.at_top:
                self.y += GAP
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if block.keep_with_next and following is not None and not self.at_top and \
                    block.height + GAP + _start_height(following) > self.room:
                self.new_page()
            if isinstance(block, PictureRow):
                self._place_row(block)
            else:
                self._place_text(block)

    def _place_row(self, row: PictureRow) -> None:
        if row.min_height() > self.room and not self.at_top:
            self.new_page()
        room, x, y = self.room, self.content.left(), self.y
        self.pages[-1].draws.append(lambda p: row.draw(p, x, y, room))
        self.y += row.height(room)

    def _place_text(self, text: TextBlock) -> None:
        if text.keep_together and text.height > self.room and not self.at_top and \
                text.height <= self.content.height():
            self.new_page()
        breaks, start = text.breaks(), 0.0
        while start < text.height - 0.5:
            fitting = [b for b in breaks if start < b <= start + self.room]
            if not fitting:
                if not self.at_top:
                    self.new_page()
                    continue
                fitting = [start + self.room]          # one line taller than a page
            end, x, y = fitting[-1], self.content.left(), self.y
            self.pages[-1].draws.append(
                lambda p, s=start, e=end, y=y: text.draw(p, x, y, s, e))
            self.y += end - start
            start = end
            if start < text.height - 0.5:
                self.new_page()


def _start_height(block) -> float:
    if isinstance(block, PictureRow):
        return block.min_height()
    return block.first_part()


def page_layout(page: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAGE_SIZES[page]), QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0))


def render_pdf(blocks: list, page: str, footer_left: str, title: str) -> tuple[bytes, int]:
    """The PDF of ``blocks`` on ``page`` ("a4" or "letter") and its page count."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout(page))
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("Neuron Studio")
    width, height = writer.width(), writer.height()
    left, top, right, bottom = MARGIN
    content = QRectF(left, top, width - left - right, height - top - bottom)
    for block in blocks:
        block.layout(writer, content.width())
    flow = Flow(content)
    flow.place(blocks)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(translate("Handout", "could not start the PDF"))
    try:
        for number, page_ in enumerate(flow.pages, 1):
            if number > 1:
                writer.newPage()
            for draw in page_.draws:
                draw(painter)
            _footer(painter, QRectF(left, height - bottom + 24, content.width(), 24),
                    footer_left, translate("Handout", "Page {number} of {count}").format(
                        number=number, count=len(flow.pages)))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), len(flow.pages)


def _footer(painter: QPainter, rect: QRectF, left: str, right: str) -> None:
    painter.save()
    painter.setPen(QColor("#999999"))
    painter.drawLine(rect.topLeft(), rect.topRight())
    painter.setPen(QColor("#555555"))
    painter.setFont(body_font(FOOTER_PT))
    text_rect = rect.adjusted(0, 4, 0, 0)
    align = Qt.AlignmentFlag.AlignTop
    metrics_room = rect.width() * 0.75
    elided = painter.fontMetrics().elidedText(left, Qt.TextElideMode.ElideMiddle,
                                              int(metrics_room))
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignLeft, elided)
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignRight, right)
    painter.restore()


def write_atomically(data: bytes, path: Path) -> None:
    """``data`` to ``path`` whole or not at all (``core.atomic_file``). Raises OSError."""
    atomic_file.write_bytes(path, data)
