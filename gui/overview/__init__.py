"""The activation overview (issue 15, seed 003): every activation's g(z) and g'(z) side by
side, with its range, the name of its problem and where it is used.

``install(window)`` adds the "Activation functions" dock (object name ``activationsDock``,
bottom, tabbed with the Activation panel; View > Panels; the stage view "activations"),
Help > Activation Functions (Ctrl+G) and the palette's way in: a click on a palette
entry (or Ctrl+G while the palette has the keyboard) opens the overview with that
activation's card highlighted, and while the overview is open the palette's arrows move
the highlight along. Content: ``core``'s
``activation_overview`` and the activations' records.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from gui.i18n import translate
from gui.overview.panel import ActivationOverview

__all__ = ["ActivationOverview", "install"]

SHORTCUT = "Ctrl+G"
DOCK = "activationsDock"
HEIGHT_SHARE = 0.5      # of the window, when it opens in the low bottom area: a row of cards
WIDTH_SHARE = 0.7       # and three or four cards across


class OverviewOpener(QObject):
    """Opens the overview dock (``open``), at a palette entry's card (``show``)."""

    def __init__(self, window, panel: ActivationOverview, dock):
        super().__init__(window)
        self.window, self.panel, self.dock = window, panel, dock

    def open(self) -> None:
        """Show the dock (making room in the bottom area the first time); with the
        keyboard in the palette, at the palette's chosen entry."""
        first = not self.dock.isVisible()
        self.window.show_panel(self.dock)
        if first and self.window.docked(self.dock):
            self._make_room()
        palette = self.window.palette
        if QApplication.focusWidget() is palette and palette.current_name() is not None:
            self.panel.show_activation(palette.current_name())

    def _make_room(self) -> None:
        """Half the window's height and most of its width: a row of three or four cards.
        The Loss panel beside it in the bottom area gives up the width (resizing the
        overview alone left the two at their old shares)."""
        w = self.window
        docks, widths = [self.dock], [int(w.width() * WIDTH_SHARE)]
        loss = w.loss_dock
        if loss.isVisible() and w.docked(loss) and \
                w.dockWidgetArea(loss) == w.dockWidgetArea(self.dock):
            docks.insert(0, loss)
            widths.insert(0, w.width() - widths[0])
        w.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
        w.resizeDocks([self.dock], [int(w.height() * HEIGHT_SHARE)], Qt.Orientation.Vertical)

    def show(self, name: str) -> None:
        self.open()
        self.panel.show_activation(name)

    def follow(self, *_) -> None:
        """The palette's chosen entry moved (arrows): an overview on screen follows it."""
        name = self.window.palette.current_name()
        if name is not None and self.dock.isVisible():
            self.panel.show_activation(name)


def install(window) -> ActivationOverview:
    panel = ActivationOverview()
    dock = window.add_panel(translate("ActivationOverview", "Activation functions"), DOCK, panel,
                            Qt.DockWidgetArea.BottomDockWidgetArea)
    # tabbed once hidden (see gui.trials): beside the one activation it shows up close
    window.tabifyDockWidget(window.curve_dock, dock)
    opener = OverviewOpener(window, panel, dock)
    a = window.actions_
    action = a.act(translate("ActivationOverview", "Activation &Functions"), opener.open,
                   QKeySequence(SHORTCUT),
                   translate("ActivationOverview", "Every activation's g(z) and slope "
                             "g\u2032(z) side by side, with its range, its problem and where "
                             "it is used ({shortcut}); a click on a palette entry shows its "
                             "card").format(shortcut=SHORTCUT))
    action.setObjectName("activationOverviewAction")
    a.help_menu.insertAction(a.about, action)
    window.panel_openers[DOCK] = opener.open
    window.palette.inspect.connect(opener.show)
    window.palette.currentItemChanged.connect(opener.follow)
    window.activation_overview, window.activation_overview_dock = panel, dock
    window.overview_opener = opener
    return panel
