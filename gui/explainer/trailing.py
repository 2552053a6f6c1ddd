"""A row of controls followed by a word-wrapped label that goes beside them when there is room
and onto a line of its own below them when there is not.

The One sample panel's sample line ("temperature = 200, duration = 12.5 → class good") and
step title sit right of the controls in a wide panel; in a narrow one (projection mode's
dock at 1280x720, longer words in German, French and Spanish) a label squeezed beside them
broke into one word per line or was cut at the edge, and the combo box lost its text.
Below the controls the label has the whole width and wraps at most into a few lines.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

GAP = 12        # between the controls and the label beside them (px)
SPACING = 6     # between two controls


class TrailingRow(QWidget):
    """``lead`` widgets left to right (at their natural width; one that does not fit starts
    a line below), then ``label``: beside the last of them while it gets at least
    ``beside_min`` px there (None: the width of its whole text on one line), else below
    them across the row, wrapping. Call ``relayout()`` after changing the label's text or a
    lead widget's visibility; a resize relayouts by itself."""

    def __init__(self, lead: list[QWidget], label: QLabel, beside_min: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.lead, self.label, self.beside_min = lead, label, beside_min
        self.label.setWordWrap(True)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.lines: tuple[tuple[QWidget, ...], ...] = ()
        for widget in (*lead, label):
            widget.setParent(self)
        self._place(self.arrange(10**6))

    def _label_width(self) -> int:
        if self.beside_min is not None:
            return self.beside_min
        metrics = self.label.fontMetrics()
        lines = self.label.text().splitlines() or [""]
        return max(metrics.horizontalAdvance(line) for line in lines) + \
            2 * self.label.margin() + 4

    def arrange(self, width: int) -> tuple[tuple[QWidget, ...], ...]:
        """The widgets on each line in a row ``width`` px wide (hidden ones left out)."""
        lines: list[list[QWidget]] = [[]]
        used = 0
        for widget in (w for w in self.lead if not w.isHidden()):
            need = widget.sizeHint().width() + (SPACING if lines[-1] else 0)
            if lines[-1] and used + need > width:
                lines.append([])
                used, need = 0, widget.sizeHint().width()
            lines[-1].append(widget)
            used += need
        if lines[-1] and used + GAP + self._label_width() > width:
            lines.append([])
        lines[-1].append(self.label)
        return tuple(tuple(line) for line in lines)

    @property
    def beside(self) -> bool:
        """Whether the label shares its line with a control."""
        return len(self.lines[-1]) > 1

    def relayout(self) -> None:
        self._place(self.arrange(self.width()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def _place(self, lines: tuple[tuple[QWidget, ...], ...]) -> None:
        if lines == self.lines:
            return
        self.lines = lines
        while (item := self._column.takeAt(0)) is not None:      # the old lines, emptied
            old = item.layout()
            while old is not None and old.takeAt(0) is not None:
                pass
            if old is not None:
                old.deleteLater()
        for line in lines:
            row = QHBoxLayout()
            row.setSpacing(SPACING)
            for widget in line:
                if widget is self.label and len(line) > 1:
                    row.addSpacing(GAP - SPACING)
                row.addWidget(widget, 1 if widget is self.label else 0)
            if self.label not in line:
                row.addStretch(1)        # the controls keep their natural width, at the left
            self._column.addLayout(row)
