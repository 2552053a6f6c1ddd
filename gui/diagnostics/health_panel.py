"""The Neuron health panel: a table of every neuron's gradient health, the gradient size of
each layer against epoch, and the PReLU alphas against epoch. It only shows numbers; the
``Diagnostics`` object (``gui.diagnostics``) computes them and decides when."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from core import diagnostics as dg
from gui.diagnostics.health_table import HealthTable, explain, layer_label
from gui.diagnostics.history_plots import AlphaPlot, SeriesPlot
from gui.inspector.common import readable_font

__all__ = ["HealthPanel", "explain", "layer_label"]

WIDE_MIN_WIDTH = 520        # px: below this the table goes above the plots


class HealthPanel(QWidget):
    """``show_health(health, n_samples)``; ``show_message(text)`` when there is nothing to
    measure. ``gradients`` and ``alphas`` are the two plots (tabs of ``plots``) beside or
    below the table."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("healthPanel")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("healthSummary")
        self.table = HealthTable(self)
        self.gradients = SeriesPlot("|gradient|", log_y=True, parent=self)
        self.gradients.setToolTip(
            "Length of the loss gradient over each layer's weights and biases, on the "
            "training data. Log scale: a curve far below the others is a layer that barely "
            "learns (vanishing gradient).")
        self.alphas = AlphaPlot(self)
        # one plot at a time: stacked, two plots left no room for their curves in a dock
        # under the editor
        self.plots = QTabWidget(self)
        self.plots.setObjectName("healthPlots")
        self.plots.addTab(self.gradients, "Gradient size per layer")
        self.plots.addTab(self.alphas, "PReLU alpha")
        self.plots.setTabToolTip(0, self.gradients.toolTip())
        self.plots.setTabToolTip(1, "Each PReLU neuron's learned slope alpha for z < 0")
        self.plots.setMinimumSize(240, 170)
        self.table.setMinimumSize(220, 70)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.plots)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._sized = False
        self.table.health.modelReset.connect(self._rows_reset)
        self._apply_fonts()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # table and plots side by side in a wide, low dock (under the editor), stacked in
        # a narrow or tall one
        size = event.size()
        wide = size.width() >= WIDE_MIN_WIDTH and size.width() >= 1.3 * size.height()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation or not self._sized:
            self.splitter.setOrientation(orientation)
            self._size_splitter()

    def _size_splitter(self) -> None:
        """Side by side: the table as wide as its columns (at most 40 %: the plots are
        what a lesson points at); stacked: the table a third of the height."""
        self._sized = self.table.health.rowCount() > 0
        s = self.splitter
        total = s.width() if s.orientation() == Qt.Orientation.Horizontal else s.height()
        if s.orientation() == Qt.Orientation.Horizontal:
            first = min(self.table.content_width(), total * 2 // 5)
        else:
            first = total // 3
        s.setSizes([first, max(1, total - first)])

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        """The inherited font (larger in presentation mode), at least MIN_POINT_SIZE."""
        base = readable_font(self)
        for w in (self.summary, self.table, self.alphas.none, self.gradients.key,
                  self.alphas.series.key, self.plots):
            w.setFont(base)

    # -- contents --------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.summary.setText(text)
        self.table.health.clear()

    def show_health(self, health: list[dg.LayerHealth], n_samples: int) -> None:
        counts = {"dead": 0, "saturated": 0}
        for h in health:
            for s in h.status:
                counts[s] = counts.get(s, 0) + 1
        total = sum(len(h.status) for h in health)
        problems = [f"{counts[k]} {k}" for k in ("dead", "saturated") if counts[k]]
        self.summary.setText(
            f"<b>{', '.join(problems) if problems else 'No dead or saturated neurons'}</b> "
            f"among {total} neuron{'s' * (total != 1)}, measured on {n_samples} training "
            f"sample{'s' * (n_samples != 1)}.")
        self.table.health.set_health(health)

    def _rows_reset(self) -> None:
        if not self._sized:          # the first rows give the columns their widths
            self._size_splitter()
