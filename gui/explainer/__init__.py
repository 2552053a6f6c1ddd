"""One sample's numbers: a panel that walks through one sample's forward and backward pass
with the real numbers, highlighting each neuron and its links on the canvas.

``install(window)`` adds the "One sample" dock (object name ``sampleDock``, listed in
View > Panels) and Tools > One Sample's Numbers… (Ctrl+I).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from gui.explainer.panel import SampleExplainer
from gui.i18n import translate

SHORTCUT = "Ctrl+I"
TALL_BAND_MIN_WINDOW = 900    # px of window height: below, opening keeps the bottom band


def install(window) -> SampleExplainer:
    panel = SampleExplainer(window)
    dock = window.add_panel(translate("OneSample", "One sample"), "sampleDock", panel,
                            Qt.DockWidgetArea.BottomDockWidgetArea,
                            tabify_with=getattr(window, "curve_dock", None))
    dock.visibilityChanged.connect(panel.set_active)
    action = QAction(translate("OneSample", "One Sample's &Numbers\u2026"), window)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setToolTip(translate("OneSample", "Step through one sample's forward and backward "
                                "pass with the real numbers: z = w\u00b7x + b, a = g(z), the "
                                "loss, each \u03b4 and each weight's update; for a sample of "
                                "the data or one you type"))
    action.setStatusTip(action.toolTip())

    def open_panel() -> None:
        first = not dock.isVisible()
        window.show_panel(dock)
        if first and window.docked(dock):     # room for the large formulas
            window.resizeDocks([dock], [int(window.width() * 0.6)],
                               Qt.Orientation.Horizontal)
            # a taller band only where the Map above keeps its room: at 1280x720 the
            # 300 px squeezed it to a strip (the formula scrolls instead)
            if window.height() >= TALL_BAND_MIN_WINDOW:
                window.resizeDocks([dock], [max(300, int(window.height() * 0.36))],
                                   Qt.Orientation.Vertical)
        panel.setFocus(Qt.FocusReason.ShortcutFocusReason)

    action.triggered.connect(open_panel)
    window.panel_openers["sampleDock"] = open_panel
    window.actions_.tools_menu.addAction(action)
    window.sample_explainer, window.sample_dock, window.sample_action = panel, dock, action
    return panel
