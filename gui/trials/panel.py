"""The "Compare trials" panel: plan, run, compare, and keep the best.

Trials start from the current setup with the *starting* weights of the current run (the
weights Ctrl+R goes back to), so a network trained for a while is compared fairly: every
trial trains from epoch 0. Training in the main window is paused while trials run (two
jobs on two cores would slow both). "Use the best" makes the trial ``core.trials.choose``
keeps the current network as one undoable edit: the lowest final test loss, or, when
others tie with it within noise, the smallest of the tie (fewest units; for other settings
the first in the list). The summary names the tie and the one kept.

With images as inputs (the digits), the table also shows each trial's test accuracy on
the test images as the Data panel's Brightness and Contrast sliders change them, measured
by the Data panel itself (``DataViews.test_accuracy``), while the sliders are off rest.
"""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import trials as core_trials
from core.experiment import data_key, run_of
from core.trials import TrialError
from gui import colors
from gui.commands import RunCommand
from gui.data_views import brightness_words
from gui.i18n import translate
from gui.trials import summary
from gui.trials.controls import PlanControls
from gui.trials.plan_fold import PlanFold
from gui.trials.results import TrialCurves, TrialTable, tie_rule
from gui.trials.runner import TrialsRunner

CURVES_MIN_HEIGHT = 180     # px for the curves above the table, else they go beside it
CURVES_LOW_HEIGHT = 100     # px: lower curves above a table that fits only alone across
# px of the controls column beside the results: 400 keeps three columns of activation
# names uncut in projection's 16-px text (340 cut "sigmoid" to "sigmo")
CONTROLS_WIDTH = 400
# px: a narrower panel puts the controls above. 960: a projected stage's full-width band
# at 1280x720 beside the notes column is 979 px, and its results have room beside them.
CONTROLS_BESIDE_MIN_WIDTH = 960


class TrialsPanel(QWidget):
    """Controls on the left; curves and the results table on the right."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.trials: list[core_trials.Trial] = []
        self.results: list[core_trials.TrialResult | None] = []
        self.choice: core_trials.Choice | None = None
        self.best_index: int | None = None     # the trial "Use the best" takes
        self._setting: str | None = None
        self._started, self._epochs = 0.0, 0
        self.runner = TrialsRunner(self)
        self.controls = PlanControls()
        self.fold = PlanFold(self.controls)
        self._make_buttons()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setToolTip(translate("Trials", "When trials tie (within noise), the "
                                         "smallest is named (fewest units; for other settings "
                                         "the first in the list). {rule}")
                               .format(rule=tie_rule()))
        self.curves = TrialCurves()
        self.table = TrialTable()
        self._layout()
        self._connect()
        self._document_replaced()

    def _make_buttons(self) -> None:
        self.run_button = QPushButton(translate("Trials", "Run trials"))
        self.run_button.setToolTip(translate("Trials", "Train one copy of the network per "
                                             "value, each from the same starting weights and "
                                             "seeds"))
        self.stop_button = QPushButton(translate("Trials", "Stop"))
        self.stop_button.setToolTip(translate("Trials", "Stop after the current epoch; "
                                              "finished trials stay"))
        self.stop_button.setEnabled(False)
        self.best_button = QPushButton(translate("Trials", "Use the best"))
        self.best_button.setToolTip(translate("Trials", "Make the best trial the current "
                                              "network, trained as it is: the lowest final "
                                              "test loss, or, when others tie with it within "
                                              "noise, the smallest of them (fewest units; else "
                                              "the first in the list). Undo brings back the "
                                              "previous one."))
        self.row_button = QPushButton(translate("Trials", "Use selected"))
        self.row_button.setToolTip(translate("Trials", "Make the trial selected in the table "
                                             "the current network (or double-click its row)"))

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.stop_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.fold)
        self.fold.setVisible(False)         # beside the results (the splitter's start)
        column.addWidget(self.controls)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addStretch(1)
        left.setMaximumWidth(CONTROLS_WIDTH)
        right = QWidget()
        table_column = QVBoxLayout(right)
        table_column.setContentsMargins(0, 0, 0, 0)
        table_column.addWidget(self.table, 1)
        use = QHBoxLayout()
        use.addWidget(self.best_button)
        use.addWidget(self.row_button)
        use.addStretch(1)
        table_column.addLayout(use)
        # curves beside the table when there is room, else above it (see resizeEvent)
        self.views = QSplitter(Qt.Orientation.Horizontal)
        self.views.addWidget(self.curves)
        self.views.addWidget(right)
        self.views.setChildrenCollapsible(False)
        # its own size, not the panel's: the panel's resize comes before its layout's
        self.views.installEventFilter(self)
        # the controls beside the results, or above them in a narrow panel (a projected
        # stage's column): beside, they left the table too narrow for its test accuracy
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        self._controls = left
        # the plan's value page changes height with the setting (a lesson's activation
        # plan has 11 boxes, "units" one line): the height given to the controls follows
        left.installEventFilter(self)
        split.addWidget(left)
        split.addWidget(self.views)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(split)
        self._enable_use()

    def _connect(self) -> None:
        w = self.window
        self.run_button.clicked.connect(self.run)
        self.fold.openChanged.connect(self._fit_controls)
        self.stop_button.clicked.connect(self.stop)
        self.best_button.clicked.connect(self.use_best)
        self.row_button.clicked.connect(self._use_selected)
        self.table.useRow.connect(self.use_row)
        self.table.itemSelectionChanged.connect(self._enable_use)
        self.runner.trialStarted.connect(self._trial_started)
        self.runner.progress.connect(self._progress)
        self.runner.trialDone.connect(self._trial_done)
        self.runner.finished.connect(self._finished)
        self.runner.runningChanged.connect(self._running_changed)
        w.document.replaced.connect(self._document_replaced)
        w.document.structureChanged.connect(self._refresh_controls)
        w.document.settingsChanged.connect(self._refresh_controls)
        w.data_views.testImagesChanged.connect(self._show_adjusted)
        # stop the thread when the window closes: a running QThread must never be deleted
        w.installEventFilter(self)
        QApplication.instance().aboutToQuit.connect(self.runner.stop)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_controls()

    def _fit_controls(self) -> None:
        """Controls beside the results in a wide panel; above them, no higher than their
        lines need at this width, in a narrow one."""
        beside = self.width() >= CONTROLS_BESIDE_MIN_WIDTH
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)
            self._controls.setMaximumWidth(CONTROLS_WIDTH if beside else 16777215)
            self.fold.setVisible(not beside)       # beside, the plan has the height
            if beside and not self.fold.is_open():
                self.fold.set_open(True)
                return                             # set_open fits them again
        height = 16777215
        if not beside:
            column = self._controls.layout()
            height = column.heightForWidth(self.split.width()) \
                if column.hasHeightForWidth() else self._controls.sizeHint().height()
        if self._controls.maximumHeight() != height:
            self._controls.setMaximumHeight(height)
        if not beside:       # the splitter kept its old share for them: give it back
            self.split.setSizes([height, max(1, self.split.height() - height)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.views and event.type() == QEvent.Type.Resize:
            self._fit_table()
        elif watched is self._controls and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._fit_controls)    # not after the panel is gone
        elif watched is self.window and event.type() == QEvent.Type.Hide and \
                not event.spontaneous():       # closed or hidden, not minimised
            self.runner.stop()
        return False

    # -- following the document ----------------------------------------------------------
    def _refresh_controls(self) -> None:
        doc = self.window.document.doc
        self.controls.refresh(doc.network, doc.training)

    def _document_replaced(self) -> None:
        """A new document: old results no longer apply; a lesson's plan is shown."""
        self.runner.stop()
        self.fold.set_open(True)
        self.trials, self.results = [], []
        self.choice = self.best_index = None
        self.curves.start([])
        self.table.start([])
        self._show_adjusted()
        self._refresh_controls()
        self._enable_use()
        try:
            plan = core_trials.plan_from_meta(self.window.document.doc)
        except TrialError as e:
            self.controls.set_defaults()
            self._say(translate("Trials", "The lesson's trial plan cannot be used: {problem}")
                      .format(problem=e), error=True)
            return
        if plan is None:
            self.controls.set_defaults()
            self._say(translate("Trials", "Choose what to vary and the values to try, then "
                                "Run trials."))
        else:
            self.controls.set_plan(plan)
            self._say(translate("Trials", "This lesson suggests these trials: press Run "
                                "trials."))

    # -- running -------------------------------------------------------------------------
    def start_document(self):
        """The current document with the weights the current run started from."""
        document = self.window.document
        doc, initial = document.doc, document.experiment.initial_theta
        net = doc.network.copy()
        if initial is not None and initial.size == net.theta.size:
            net.theta[...] = initial
        return dataclasses.replace(doc, network=net)

    def run(self) -> None:
        try:
            plan = self.controls.plan()
            trials = core_trials.make_trials(self.start_document(), plan)
        except TrialError as e:
            self._say(translate("Trials", "Cannot run: {problem}").format(problem=e),
                      error=True)
            return
        self.window.controller.pause()
        self.trials, self.results = trials, [None] * len(trials)
        self.choice = self.best_index = None
        self._setting = plan.setting
        labels = [t.label for t in trials]
        self.curves.start(labels)
        self.table.start(labels)
        self._show_adjusted()
        self._enable_use()
        self._started, self._epochs = time.perf_counter(), plan.epochs
        path = self.window.document.path
        self.runner.start(trials, plan.epochs, path.parent if path else None)
        if self.split.orientation() == Qt.Orientation.Vertical:
            self.fold.set_open(False)     # above the results: give them the height
        n = len(trials)          # English has no catalogue: its singular is a text of its own
        text = translate("Trials", "Running %n trial of {epochs} epochs\u2026", None, n) \
            if n == 1 else translate("Trials", "Running %n trials of {epochs} epochs\u2026",
                                     None, n)
        self._say(text.format(epochs=plan.epochs))

    def stop(self) -> None:
        self.runner.request_stop()

    def _running_changed(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    def _trial_started(self, index: int) -> None:
        self.table.set_running(index)

    def _progress(self, index: int, epoch: int, part: dict) -> None:
        self.curves.set_history(index, part)
        self.curves.draw_now()
        self.table.set_running(index, epoch)
        self._say(translate("Trials", "Trial {number} of {count} ({trial}): epoch {epoch} of "
                            "{epochs}").format(number=index + 1, count=len(self.trials),
                                               trial=self.trials[index].label, epoch=epoch,
                                               epochs=self._epochs))

    def _trial_done(self, index: int, result) -> None:
        self.results[index] = result
        self.curves.set_history(index, result.history)
        self.table.set_result(index, result)
        self.choice = core_trials.choose(self.results, self._setting)
        self.best_index = None if self.choice is None else self.choice.chosen
        ties = () if self.choice is None else self.choice.ties
        self.curves.set_choice(ties, self.best_index)
        self.table.set_choice(ties, self.best_index,
                              "smallest" if self._setting == "units" else "first")
        self._show_adjusted()
        self._enable_use()

    def _show_adjusted(self) -> None:
        """The column of test accuracies with the Data panel's changed test images: shown
        while its sliders are off rest, for the trials run on the current data."""
        views = self.window.data_views
        setting = views.adjustment()
        header, accuracies = None, [None] * len(self.results)
        if setting is not None:
            header = translate("Trials", "Test acc.\n{adjustment}").format(
                adjustment=brightness_words(*setting).replace(", ", "\n"))
            key = data_key(self.window.document.doc)
            accuracies = [views.test_accuracy(r.document.network)
                          if r is not None and data_key(r.document) == key else None
                          for r in self.results]
        self.table.set_adjusted(header, accuracies)
        self._fit_table()

    def _fit_table(self) -> None:
        """Every row and column of the table in view, the curves the rest: side by side
        when both fit across; else the curves above the table when they keep
        CURVES_MIN_HEIGHT, or CURVES_LOW_HEIGHT when the table (without its spare
        columns) would not fit beside them (a projected stage's band: the columns the
        lesson is about come first); else (a low, wide dock: 1280x300 in projection mode)
        side by side anyway, the table at its width. The legend beside the curves only
        when they have room for it: the table's colour swatches say the same."""
        width, height = self.views.width(), self.views.height()
        table_width = self.table.wanted_width + 10
        right = self.views.widget(1)
        table_height = self.table.wanted_height() + right.sizeHint().height() - \
            self.table.sizeHint().height() + self.views.handleWidth()
        roomy = width >= self.curves.side_by_side_width + table_width + 30
        fits_beside = width - self.curves.minimumWidth() >= self.table.narrow_width + 10
        side_by_side = roomy or height - table_height < (CURVES_MIN_HEIGHT if fits_beside
                                                         else CURVES_LOW_HEIGHT)
        wanted = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if self.views.orientation() != wanted:
            self.views.setOrientation(wanted)
        self.curves.set_legend_shown(
            side_by_side and width - table_width >= self.curves.side_by_side_width
            + self.curves.legend_width())
        if side_by_side:
            room = width - self.curves.minimumWidth()
            self.table.show_spare_columns(room >= table_width)
            if room < table_width:
                table_width = self.table.narrow_width + 10
            table = min(table_width, room)
            self.views.setSizes([width - table, table])
        else:
            self.table.show_spare_columns(width >= table_width)
            table = max(table_height, height * 9 // 20)
            self.views.setSizes([height - table, table])

    def _finished(self, error: str) -> None:
        if error:
            self._say(translate("Trials", "Cannot run: {problem}").format(problem=error),
                      error=True)
            return
        self._say(summary.finished_words(self.trials, self.results, self.choice,
                                         self.best_index, self._setting,
                                         time.perf_counter() - self._started))

    # -- using a trial -------------------------------------------------------------------
    def use_best(self) -> None:
        if self.best_index is None:
            self._say(translate("Trials", "No trial has finished without diverging yet."),
                      error=True)
            return
        self.use_row(self.best_index)

    def _use_selected(self) -> None:
        self.use_row(self.table.currentRow())

    def use_row(self, index: int) -> None:
        """Make trial ``index`` the current network (one undoable edit)."""
        result = self.results[index] if 0 <= index < len(self.results) else None
        if result is None:
            self._say(translate("Trials", "That trial has not finished yet."), error=True)
            return
        w = self.window
        if data_key(result.document) != data_key(w.document.doc):
            self._say(translate("Trials", "The data or inputs changed since these trials ran; "
                                "run them again."), error=True)
            return
        start_theta = self.trials[index].document.network.theta
        w.controller.pause()        # the training so far is an undo entry of its own
        trial = result.label
        w.undo_stack.push(RunCommand(w.document, translate("Trials", "Use trial \u201c{trial}"
                                                           "\u201d").format(trial=trial),
                                     w.document.replace_run,
                                     run_of(result.document, start_theta)))
        n = result.epochs        # English has no catalogue: its singular is a text of its own
        status = translate("Trials", "The network is now trial \u201c{trial}\u201d, trained %n "
                           "epoch. Undo (Ctrl+Z) brings back the previous one.", None, n) \
            if n == 1 else translate("Trials", "The network is now trial \u201c{trial}\u201d, "
                                     "trained %n epochs. Undo (Ctrl+Z) brings back the "
                                     "previous one.", None, n)
        w.show_status(status.format(trial=trial))
        self._say(translate("Trials", "Now using trial <b>{trial}</b>. Undo (Ctrl+Z) brings "
                            "back the previous network.").format(trial=trial))

    def _enable_use(self) -> None:
        self.best_button.setEnabled(self.best_index is not None)
        row = self.table.currentRow()
        self.row_button.setEnabled(0 <= row < len(self.results) and
                                   self.results[row] is not None)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {colors.current().bad};" if error else "")
        self.status.setText(text)
        if hasattr(self, "split"):
            self._fit_controls()         # a longer message may take another line
