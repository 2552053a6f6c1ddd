"""What a comparison shows: the trials' loss curves overlaid, and a table of final values.

Curves: the *test* loss of each trial, solid, one Okabe-Ito colour per trial (colour-blind
safe; trials 9 to 12 reuse the colours dash-dotted), on a log axis so the late, small
differences between trials stay visible; the legend beside the plot holds the trial labels
(in a narrow panel the table under the plot, with the same colour swatches, takes its
place). "Train loss
too" adds each trial's training loss, dashed in the same colour. The test loss is what
``core.trials.best`` ranks by, so the curves show the ranking. Items are created once per
run and fed with ``setData``.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import colors
from gui.i18n import number, translate
from gui.plots import style
from gui.plots.loss_plot import LossAxis

SERIES = 8          # colours (gui.colors: Okabe-Ito on light), then dash-dotted again
N_COLUMNS = 8
TEST_ACCURACY = 4
ADJUSTED = 5                # test accuracy with the Data panel's changed test images
EPOCHS, NOTE = 6, 7
# hidden first when the table has too little room: the training columns, and the epochs
# (the plan's for every finished trial; the note says where one stopped early)
SPARE_COLUMNS = (1, 3, EPOCHS)
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1      # on a note that names the choice (best, tie)


def columns() -> tuple[str, ...]:
    """The table's headers, in the language shown. Two lines: one line made the table 80 px
    wider than a 1280x300 dock could give it."""
    return (translate("TrialResults", "Trial"), translate("TrialResults", "Train\nloss"),
            translate("TrialResults", "Test\nloss"), translate("TrialResults", "Train\nacc."),
            translate("TrialResults", "Test\nacc."),
            translate("TrialResults", "Test acc.\nchanged"), translate("TrialResults", "Epochs"),
            translate("TrialResults", "Note"))


def tie_rule() -> str:
    return translate("TrialResults", "A trial ties when its test loss is above the lowest by "
                     "less than 2 standard errors of the per-sample differences (both are "
                     "measured on the same test samples): a gap that small could come from "
                     "which samples are in the test set.")


def colour(i: int) -> str:
    return colors.current().series[i % SERIES]


def _swatch(i: int) -> QIcon:
    """The i-th trial's colour as a small square, in the trials' table."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour(i)))
    return QIcon(pixmap)


def _line_style(i: int, train: bool) -> Qt.PenStyle:
    if train:
        return Qt.PenStyle.DashLine
    return Qt.PenStyle.SolidLine if i < SERIES else Qt.PenStyle.DashDotLine


class TrialCurves(QWidget):
    """Loss against epoch for every trial. ``start(labels)`` makes the curves;
    ``set_history(i, history)`` feeds trial i (lists as ``Trainer.history``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = style.new_view()
        self.plot = self.view.addPlot(row=0, col=0, axisItems={"left": LossAxis("left")})
        self.plot.setLogMode(False, True)
        self.plot.setLabel("left", translate("TrialResults", "test loss"))
        self.plot.setLabel("bottom", translate("TrialResults", "epoch"))
        self.plot.showGrid(x=True, y=True, alpha=style.GRID_ALPHA)
        self.plot.setMenuEnabled(False)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).enableAutoSIPrefix(False)
        self.plot.getAxis("left").setWidth(60)
        # beside the plot, not on it: the curves' ends (what students compare) stay visible
        self.legend = pg.LegendItem()
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.view.addItem(self.legend, row=0, col=1)
        self.train_box = QCheckBox(translate("TrialResults", "Train loss too (dashed)"))
        self.train_box.setToolTip(translate("TrialResults", "Also draw each trial's loss on the "
                                            "training data, dashed in the same colour. A gap "
                                            "between a trial's two curves means it fits the "
                                            "training data better than new data."))
        self.train_box.toggled.connect(self._show_train)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.train_box)
        self.setMinimumWidth(260)
        self.side_by_side_width = 420    # narrower beside the table: the plot gets too thin
        self.test_curves: list[pg.PlotDataItem] = []
        self.train_curves: list[pg.PlotDataItem] = []
        self._ties, self._best = (), None
        self._scale = 1.0
        self.set_font_scale(1.0)

    def set_font_scale(self, factor: float) -> None:
        """Text and lines ``factor`` times larger (projection mode)."""
        self._scale = float(factor)
        style.style_plot(self.plot, self._scale)
        self.plot.getAxis("left").setWidth(int(60 * self._scale))
        style.style_legend(self.legend, self._scale)
        style.style_widget_font(self.train_box, self._scale)
        for i in range(len(self.test_curves)):
            self._style(i)

    def start(self, labels: list[str]) -> None:
        """New curves, empty, one per label; the legend lists the labels in order."""
        for curve in self.test_curves + self.train_curves:
            self.plot.removeItem(curve)
        self.legend.clear()
        self.test_curves, self.train_curves = [], []
        self._ties, self._best = (), None
        for i, label in enumerate(labels):
            test = self.plot.plot(connect="finite")
            train = self.plot.plot(connect="finite")
            self.legend.addItem(test, label)
            train.setVisible(self.train_box.isChecked())
            self.test_curves.append(test)
            self.train_curves.append(train)
            self._style(i)
        style.style_legend(self.legend, self._scale)

    def _style(self, i: int) -> None:
        # the one kept thickest, the others of its tie a little thicker than the rest
        width = style.LINE_WIDTH * (1.7 if i == self._best else
                                    1.3 if i in self._ties else 1.0)
        self.test_curves[i].setPen(style.pen(colour(i), width, self._scale,
                                             _line_style(i, False)))
        self.train_curves[i].setPen(style.pen(colour(i), 2.0, self._scale,
                                              _line_style(i, True)))

    def set_history(self, i: int, history: dict) -> None:
        x = np.asarray(history["epoch"], dtype=float)
        for key, curve in (("test_loss", self.test_curves[i]),
                           ("train_loss", self.train_curves[i])):
            y = np.array([np.nan if v is None else v for v in history[key]], dtype=float)
            y[~(y > 0)] = np.nan           # log axis: zero and negative cannot be drawn
            curve.setData(x, y)

    def draw_now(self) -> None:
        """Paint the plot at once (the trials worker waits for it: see gui.trials.runner)."""
        self.view.viewport().repaint()

    def set_best(self, best: int | None) -> None:
        """Draw the best trial's curve thicker."""
        self.set_choice(() if best is None else (best,), best)

    def set_choice(self, ties, chosen: int | None) -> None:
        """Draw the curve of the trial kept (``chosen``) thickest and the others that tie
        with it (``ties``) thicker than the rest."""
        self._ties = tuple(ties) if len(ties) > 1 else ()
        self._best = chosen
        for i in range(len(self.test_curves)):
            self._style(i)

    def legend_width(self) -> int:
        return int(self.legend.boundingRect().width())

    def set_legend_shown(self, on: bool) -> None:
        """Show the legend beside the plot, or not: in a narrow panel the table right
        under the plot, with the same colours and labels, is the legend."""
        shown = self.legend.scene() is not None
        if on and not shown:
            self.view.addItem(self.legend, row=0, col=1)
        elif not on and shown:
            self.view.ci.removeItem(self.legend)

    def labels(self) -> list[str]:
        """The legend's texts, in order."""
        return [label.text for _sample, label in self.legend.items]

    def _show_train(self, on: bool) -> None:
        for curve in self.train_curves:
            curve.setVisible(on)
        self.plot.setLabel("left", translate("TrialResults", "loss") if on else
                           translate("TrialResults", "test loss"))
        style.style_plot(self.plot, self._scale)


def _number(value, percent: bool = False) -> str:
    if value is None or not math.isfinite(value):
        return "\u2014"
    if percent:
        return translate("TrialResults", "{percent} %").format(percent=number(100 * value,
                                                                              ".1f"))
    return number(value, ".4g")


class TrialTable(QTableWidget):
    """One row per trial: final losses, accuracies (percent), epochs and a note. The
    trials that tie within noise with the lowest loss are shaded and say "tie"; the one
    to keep is bold ("best", or "tie: kept"). ``set_adjusted`` shows a column of test
    accuracies with changed test images (the Data panel's sliders). Double-click (or
    Enter) on a row asks to use it."""

    useRow = Signal(int)

    def __init__(self, parent=None):
        super().__init__(0, N_COLUMNS, parent)
        self.setHorizontalHeaderLabels(columns())
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self._compact_rows()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setToolTip(translate("TrialResults", "Final values of each trial (the last "
                                  "epoch). Double-click a row to make that trial the current "
                                  "network."))
        self.cellDoubleClicked.connect(lambda row, _col: self.useRow.emit(row))
        self._choice: tuple[tuple[int, ...], int | None, str] = ((), None, "")
        self.setColumnHidden(ADJUSTED, True)
        self.wanted_width = self.narrow_width = 0

    def start(self, labels: list[str]) -> None:
        self.setRowCount(0)
        self.setRowCount(len(labels))
        for r, label in enumerate(labels):
            self.setItem(r, 0, QTableWidgetItem(_swatch(r), label))
            for c in range(1, N_COLUMNS):
                self.setItem(r, c, QTableWidgetItem(""))
            self._set(r, NOTE, translate("TrialResults", "waiting"))
        self._choice = ((), None, "")
        self.fit_columns()

    def _set(self, row: int, col: int, text: str) -> None:
        item = self.item(row, col)
        item.setText(text)
        if col == NOTE:
            item.setData(CHOICE_ROLE, False)       # a note of its own: not the choice's
        if 0 < col < NOTE:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def set_running(self, row: int, epoch: int | None = None) -> None:
        """Mark ``row`` as training, at ``epoch`` so far (in the Epochs column)."""
        self._set(row, EPOCHS, "" if epoch is None else str(epoch))
        self._set(row, NOTE, translate("TrialResults", "running"))

    def set_result(self, row: int, result) -> None:
        texts = (_number(result.train_loss), _number(result.test_loss),
                 _number(result.train_accuracy, True), _number(result.test_accuracy, True))
        for c, text in enumerate(texts, start=1):
            self._set(row, c, text)
        self._set(row, EPOCHS, str(result.epochs))
        note = ""
        if result.stopped:
            note = translate("TrialResults", "diverged at epoch {epoch}").format(
                epoch=result.epochs)
        elif result.interrupted:
            note = translate("TrialResults", "stopped at epoch {epoch}").format(
                epoch=result.epochs)
        self._set(row, NOTE, note)
        self.fit_columns()

    def set_adjusted(self, header: str | None, accuracies: list[float | None]) -> None:
        """Show the column of test accuracies with changed test images, headed
        ``header`` (e.g. "Test acc. at\nbrightness −2"), one value per row (None: not
        finished or not measurable); ``header`` None hides it."""
        self.setColumnHidden(ADJUSTED, header is None)
        self.horizontalHeaderItem(ADJUSTED).setText(header or columns()[ADJUSTED])
        for r, value in enumerate(accuracies[:self.rowCount()]):
            self._set(r, ADJUSTED, "" if value is None else _number(value, True))
        self.fit_columns()

    def adjusted_shown(self) -> bool:
        return not self.isColumnHidden(ADJUSTED)

    def fit_columns(self) -> None:
        """Columns as wide as their text, and the table asks for that width: numbers cut
        off at the edge would hide what the table is for."""
        self.resizeColumnsToContents()
        shown = [c for c in range(self.columnCount())
                 if c != ADJUSTED or self.adjusted_shown()]
        self.wanted_width = self._width_of(shown)
        # without the spare columns: what a narrow stage shows (see show_spare_columns)
        self.narrow_width = self._width_of(c for c in shown if c not in SPARE_COLUMNS)
        self.setMinimumWidth(min(self.wanted_width, 320))   # a narrow window scrolls instead

    def _width_of(self, columns) -> int:
        header = self.horizontalHeader()
        text = sum(max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns)
        return text + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width() + 6

    def show_spare_columns(self, on: bool) -> None:
        """The training loss and accuracy and the epochs shown, or hidden where the table
        is too narrow for all: the test columns, which pick the best trial, and the note
        stay in view."""
        for c in SPARE_COLUMNS:
            self.setColumnHidden(c, not on)

    def spare_columns_shown(self) -> bool:
        return not self.isColumnHidden(SPARE_COLUMNS[0])

    def wanted_height(self) -> int:
        """Pixels high to show the header and every row without scrolling."""
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        return self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth() + 2

    def scheme_changed(self) -> None:
        """The light or dark scheme changed (gui.theme.restyle): swatches, tie shading."""
        for r in range(self.rowCount()):
            if self.item(r, 0) is not None:
                self.item(r, 0).setIcon(_swatch(r))
        if self.rowCount():
            self.set_choice(*self._choice)

    def set_best(self, best: int | None) -> None:
        """Mark ``best`` alone as the trial to keep (no tie)."""
        self.set_choice(() if best is None else (best,), best)

    def set_choice(self, ties, chosen: int | None, kept: str = "smallest") -> None:
        """Shade the rows ``ties`` (the trials within noise of the lowest loss) and make
        ``chosen`` bold; ``kept`` says which of the tie it is ("smallest", "first")."""
        rule = tie_rule()
        self._choice = (tuple(ties), chosen, kept)
        tied = len(self._choice[0]) > 1
        bold = QFont(self.font())     # the table's own font, so projection mode scales it
        bold.setBold(True)
        for r in range(self.rowCount()):
            in_tie = tied and r in self._choice[0]
            for c in range(N_COLUMNS):
                item = self.item(r, c)
                item.setData(Qt.ItemDataRole.FontRole, bold if r == chosen else None)
                # pale green behind the trials that tie with the lowest loss
                item.setData(Qt.ItemDataRole.BackgroundRole,
                             QColor(colors.current().tie_fill) if in_tie else None)
            note = self.item(r, NOTE)
            text, tip = "", ""
            if r == chosen:
                text, tip = _choice_note(tied, kept, rule)
            elif in_tie:
                text = translate("TrialResults", "tie")
                tip = translate("TrialResults", "As good as the lowest test loss within noise. "
                                "{rule}").format(rule=rule)
            if text or note.data(CHOICE_ROLE):      # the choice moved: an old one goes
                note.setText(text)
                note.setToolTip(tip)
                note.setData(CHOICE_ROLE, bool(text))
        self.fit_columns()         # bold text is wider

    def _compact_rows(self) -> None:
        # the style's default row is twice the text height: 12 trials would not fit
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # the header does not always follow (its class font can win): the table's own
            self.horizontalHeader().setFont(self.font())
            self._compact_rows()
            if hasattr(self, "_choice"):
                self.set_choice(*self._choice)
            self.fit_columns()

    def row_texts(self, row: int) -> list[str]:
        return [self.item(row, c).text() for c in range(N_COLUMNS)]

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.useRow.emit(self.currentRow())
            return
        super().keyPressEvent(event)


def _choice_note(tied: bool, kept: str, rule: str) -> tuple[str, str]:
    """(note, tooltip) of the trial kept: "best", or "tie: smallest" / "tie: first"."""
    if not tied:
        return translate("TrialResults", "best"), translate(
            "TrialResults", "The lowest final test loss of the trials that finished, and no "
            "other ties with it. {rule}").format(rule=rule)
    if kept == "smallest":
        return translate("TrialResults", "tie: smallest"), translate(
            "TrialResults", "Ties with the lowest test loss, and is the smallest of the tie: "
            "Use the best takes it. {rule}").format(rule=rule)
    return translate("TrialResults", "tie: first"), translate(
        "TrialResults", "Ties with the lowest test loss, and is the first of the tie: Use the "
        "best takes it. {rule}").format(rule=rule)
