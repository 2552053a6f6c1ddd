"""Compare trials: train copies of the network that differ in one setting, compare their
loss curves and final values, and keep the best (issue 5, item 5).

``install(window)`` adds the "Compare trials" panel (bottom, tabbed with the loss plot;
View > Panels) and Tools > Compare Trials... (Ctrl+T). Core logic: ``core.trials``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from gui.i18n import translate
from gui.trials.panel import TrialsPanel

__all__ = ["TrialsPanel", "install"]


def install(window) -> TrialsPanel:
    """Add the panel and its menu entry to ``window``; returns the panel."""
    panel = TrialsPanel(window)
    dock = window.add_panel(translate("Trials", "Compare trials"), "trialsDock", panel,
                            Qt.DockWidgetArea.BottomDockWidgetArea)
    # tabbed once hidden: add_panel's tabify_with (tabbing first) left a stale "Loss |
    # Compare trials" tab bar drawn over the Data and training panel
    window.tabifyDockWidget(window.loss_dock, dock)
    action = QAction(translate("Trials", "Compare &Trials\u2026"), window)
    action.setObjectName("compareTrialsAction")
    action.setShortcut(QKeySequence("Ctrl+T"))
    action.setToolTip(translate("Trials", "Train copies of the network that differ in one "
                                "setting (units, activation, learning rate, optimizer or "
                                "batch size) and compare them"))
    action.setStatusTip(action.toolTip())
    action.triggered.connect(lambda: _show(window, dock))
    window.actions_.tools_menu.addAction(action)
    window.panel_openers["trialsDock"] = lambda: _show(window, dock)
    window.trials_panel = panel
    return panel


def _show(window, dock) -> None:
    first = not dock.isVisible()
    window.show_panel(dock)
    if first and window.docked(dock):
        # the bottom area is sized for one loss plot; controls, curves and table need more
        window.resizeDocks([dock], [int(window.width() * 0.75)], Qt.Orientation.Horizontal)
        wanted = int(window.height() * 0.48)
        if dock.height() < wanted:
            window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)
