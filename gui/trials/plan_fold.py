"""The plan folded away: a "Plan" toggle over the plan's controls, and one line saying what
the plan is while they are hidden.

In a narrow panel (a projected stage's band, 1024x768) the controls sit above the results
and took all but 109 px of the height the results table needed; the panel folds the plan
when trials run, and one click (or Space on the toggle) opens it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from core import i18n
from core.trials import TrialError
from gui.i18n import translate
from gui.trials.controls import PlanControls


class PlanFold(QWidget):
    """The toggle and the summary; ``set_open(on)`` shows or hides ``controls``.
    ``openChanged(on)`` after each change."""

    openChanged = Signal(bool)

    def __init__(self, controls: PlanControls, parent=None):
        super().__init__(parent)
        self.controls = controls
        self.toggle = QToolButton()
        self.toggle.setObjectName("trialPlanToggle")
        self.toggle.setText(translate("TrialControls", "Plan"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setToolTip(translate("TrialControls", "Show or hide what the trials vary "
                                         "and the values they try (hidden while trials run "
                                         "in a narrow panel, so the results have room)"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setToolTip(translate("TrialControls", "The plan of these trials; press "
                                          "Plan to change it"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.summary, 1)
        self.toggle.toggled.connect(self.set_open)
        self.set_open(True)

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, on: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(on)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.summary.setText("" if on else self.describe())
        self.summary.setVisible(not on)
        self.controls.setVisible(on)
        self.openChanged.emit(on)

    def describe(self) -> str:
        """One line for the plan shown, e.g. "Units in a layer, Hidden 1 (3 units): 1, 2,
        3, 4, 5; 300 epochs"."""
        c = self.controls
        names = {"setting": c.kind.currentText(), "layer": c.layer.currentText()}
        layer = c.plan_needs_layer()
        try:
            plan = c.plan()
        except TrialError as e:
            text = translate("TrialControls", "{setting}, {layer}: {problem}") if layer else \
                translate("TrialControls", "{setting}: {problem}")
            return text.format(problem=e, **names)
        # "lr 0,003; lr 0,03" under a decimal comma: a comma would split the numbers
        values = i18n.values(*(plan.label(v) if plan.setting in ("learning_rate", "batch_size")
                               else str(v) for v in plan.values))
        n = plan.epochs          # English has no catalogue: its singular is a text of its own
        if layer:
            text = translate("TrialControls", "{setting}, {layer}: {values}; %n epoch", None, n) \
                if n == 1 else \
                translate("TrialControls", "{setting}, {layer}: {values}; %n epochs", None, n)
        else:
            text = translate("TrialControls", "{setting}: {values}; %n epoch", None, n) \
                if n == 1 else translate("TrialControls", "{setting}: {values}; %n epochs", None, n)
        return text.format(values=values, **names)
