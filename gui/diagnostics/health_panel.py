"""The Neuron health panel: a table of every neuron's gradient health, the gradient size of
each layer against epoch, and the PReLU alphas against epoch. It only shows numbers; the
``Diagnostics`` object (``gui.diagnostics``) computes them and decides when.

Arrangement (``arrangement()``), chosen by the panel's size so a plot always keeps
MIN_PLOT_PX of data area: the table beside the plots in a wide dock, above them in a tall
one, and when neither leaves the plots that much (a low dock at 1280x720 in projection
mode), the table and the summary above it become the first tab beside the plots."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from core import diagnostics as dg
from core import softmax_use as su
from gui.diagnostics.health_table import HealthTable, explain, layer_label, neuron_label
from gui.diagnostics.history_plots import AlphaPlot, SeriesPlot
from gui.i18n import translate
from gui.inspector.common import readable_font

__all__ = ["HealthPanel", "explain", "layer_label", "neuron_label"]

WIDE_MIN_WIDTH = 520        # px: below this the table goes above the plots
MIN_PLOT_PX = 120           # px of a plot's data area, below which it cannot be read
MIN_PLOT_WIDTH = 200        # px across, for the same reason (beside the table)
TABLE_MIN_ROWS = 3          # rows of the table shown when it is above the plots


def problem_counts(counts) -> list[str]:
    """The summary's counts, in this order: "2 dead", "1 saturated", ... (none for 0)."""
    texts = {"dead": lambda n: translate("NeuronHealth", "%n dead", None, n),
             "saturated": lambda n: translate("NeuronHealth", "%n saturated", None, n),
             su.LONE: lambda n: translate("NeuronHealth", "%n lone softmax (always 1)", None,
                                          n),
             su.HIDDEN: lambda n: translate("NeuronHealth", "%n softmax in a hidden layer",
                                            None, n)}
    return [text(counts[k]) for k, text in texts.items() if counts[k]]


class HealthPanel(QWidget):
    """``show_health(health, n_samples)``; ``show_message(text)`` when there is nothing to
    measure. ``gradients`` and ``alphas`` are the two plots (tabs of ``plots``) beside or
    below the table, or (a low dock) tabs beside the table's own tab."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("healthPanel")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("healthSummary")
        self.table = HealthTable(self)
        self.gradients = SeriesPlot(translate("NeuronHealth", "|gradient|"), True, self)
        self.gradients.setToolTip(translate(
            "NeuronHealth", "Length of the loss gradient over each layer's weights and biases, "
            "on the training data. Log scale: a curve far below the others is a layer that "
            "barely learns (vanishing gradient)."))
        self.alphas = AlphaPlot(self)
        # one plot at a time: stacked, two plots left no room for their curves in a dock
        # under the editor
        self.plots = QTabWidget(self)
        self.plots.setObjectName("healthPlots")
        self.plots.addTab(self.gradients, translate("NeuronHealth", "Gradient size per layer"))
        self.plots.addTab(self.alphas, translate("NeuronHealth", "PReLU alpha"))
        self.plots.setTabToolTip(0, self.gradients.toolTip())
        self.plots.setTabToolTip(1, translate("NeuronHealth",
                                              "Each PReLU neuron's learned slope alpha for z < 0"))
        self.plots.setMinimumSize(240, 170)
        # the table's tab (arrangement "tabs"): the summary counts the table's rows
        self.neurons = QWidget()
        QVBoxLayout(self.neurons).setContentsMargins(4, 4, 4, 4)
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
        self._arrangement = "side"
        self._found, self._badge_key = "", ""      # the summary's two parts
        self.table.health.modelReset.connect(self._rows_reset)
        self.gradients.rescaled.connect(self._arrange)
        self._apply_fonts()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def arrangement(self) -> str:
        """"side", "stacked" or "tabs" (the table a tab beside the plots)."""
        return self._arrangement

    def _arrange(self) -> None:
        """Table and plots side by side in a wide, low dock (under the editor), stacked in
        a narrow or tall one, tabs when either would leave a plot too low."""
        width = self.width() - 8
        height = self.height() - 8 - self.summary.heightForWidth(width) - \
            self.layout().spacing()      # (side or stacked: the summary above both)
        wide = width >= WIDE_MIN_WIDTH and width >= 1.3 * height
        plots_width = width - min(self.table.content_width(), width * 2 // 5) if wide \
            else width
        room = height if wide else height - self._table_height()
        needed = self._plot_chrome(plots_width, room) + MIN_PLOT_PX
        across = plots_width - self.gradients.chrome_width(plots_width, room)
        if room >= needed and (across >= MIN_PLOT_WIDTH or not wide):
            wanted = "side" if wide else "stacked"
        else:
            wanted = "tabs"
        if wanted != self._arrangement or not self._sized:
            self._set_arrangement(wanted)
            self._size_splitter()

    def _table_height(self) -> int:
        """Header, TABLE_MIN_ROWS rows and a scroll bar: the table when it is above."""
        t = self.table
        return t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth() + \
            TABLE_MIN_ROWS * t.verticalHeader().defaultSectionSize() + \
            t.horizontalScrollBar().sizeHint().height() + self.splitter.handleWidth()

    def _plot_chrome(self, width: int, height: int) -> int:
        """What the plot tabs need besides a plot's data area at ``width`` x ``height``."""
        tabs = self.plots.tabBar().sizeHint().height() + 4
        return tabs + self.gradients.chrome_height(width - 4, height - tabs)

    def _set_arrangement(self, wanted: str) -> None:
        was, self._arrangement = self._arrangement, wanted
        if wanted == "tabs" and was != "tabs":
            page = self.neurons.layout()
            page.addWidget(self.summary)      # (adding takes them from the panel's layout)
            page.addWidget(self.table, 1)
            self.plots.insertTab(0, self.neurons, translate("NeuronHealth", "Neurons"))
            self.plots.setTabToolTip(0, translate("NeuronHealth", "Every neuron's gradient "
                                                  "health"))
            # the plot in front stays in front: a lesson may have chosen it
        elif wanted != "tabs" and was == "tabs":
            self.plots.removeTab(0)
            self.layout().insertWidget(0, self.summary)
            self.splitter.insertWidget(0, self.table)
            self.summary.show()
            self.table.show()
        self.splitter.setOrientation(Qt.Orientation.Vertical if wanted == "stacked" else
                                     Qt.Orientation.Horizontal)

    def _size_splitter(self) -> None:
        """Side by side: the table as wide as its columns (at most 40 %: the plots are
        what a lesson points at); stacked: the table a third of the height, or the plots'
        minimum if that is less; tabs: the tabs have it all."""
        self._sized = self.table.health.rowCount() > 0
        s = self.splitter
        if self._arrangement == "tabs":
            return
        total = s.width() if s.orientation() == Qt.Orientation.Horizontal else s.height()
        if s.orientation() == Qt.Orientation.Horizontal:
            first = min(self.table.content_width(), total * 2 // 5)
        else:
            plots = self._plot_chrome(s.width(), total) + MIN_PLOT_PX
            first = max(min(total // 3, total - plots), self.table.minimumHeight())
        s.setSizes([first, max(1, total - first)])

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._apply_fonts()
            self._arrange()

    def _apply_fonts(self) -> None:
        """The inherited font (larger in presentation mode), at least MIN_POINT_SIZE."""
        base = readable_font(self)
        for w in (self.summary, self.table, self.alphas.none, self.gradients.key,
                  self.alphas.series.key, self.plots):
            w.setFont(base)

    # -- contents --------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self._found = text
        self._show_summary()
        self.table.health.clear()

    def set_badge_key(self, text: str) -> None:
        """What the canvas's compact badges stand for ('"sat." stands for "saturated".'),
        after the counts; "" for none."""
        self._badge_key = text
        self._show_summary()

    def _show_summary(self) -> None:
        key = html.escape(self._badge_key, quote=False)      # the summary is rich text
        self.summary.setText(" ".join(t for t in (self._found, key) if t))

    def show_health(self, health: list[dg.LayerHealth], n_samples: int) -> None:
        counts = Counter(s for h in health for s in h.status)
        total = sum(len(h.status) for h in health)
        problems = problem_counts(counts)
        if problems:
            found = translate("NeuronHealth", "<b>{problems}</b> among %n neurons.", None,
                              total).format(problems=", ".join(problems))
        else:
            found = translate("NeuronHealth", "<b>No dead or saturated neurons</b> among %n "
                              "neurons.", None, total)
        measured = translate("NeuronHealth", "Measured on %n training samples.", None,
                             n_samples)
        self._found = f"{found} {measured}"
        self._show_summary()
        self.table.health.set_health(health)

    def _rows_reset(self) -> None:
        if not self._sized:          # the first rows give the columns their widths
            self._arrange()
