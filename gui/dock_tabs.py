"""The main window's dock tab bars: whole titles and no stray bars.

Qt elides a tab title when its dock group is narrower than the titles ("Neuron…",
"Datos y entrenamie…", "Notas de la lecci…" in Spanish beside the lesson notes), and the
default width and a layout saved in another language (or with fewer tabs) are often so.
``fit_tab_titles`` widens a side dock group to its titles whenever docks are shown, hidden
or moved (the main window's tab check), so the default layout, a restored one and a panel
opened from View > Panels all show their titles whole; a dock narrowed by hand stays so
until the next such change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

# a side group never takes more of the window than this for its titles: the editor keeps
# the rest (elided titles are better than a network too narrow to use)
MAX_SHARE = 0.4
_SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)


def tab_bars(window: QMainWindow) -> list[QTabBar]:
    """The dock areas' tab bars (direct children of the window), shown or not."""
    return window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)


def bar_width(bar: QTabBar) -> int:
    """Pixels ``bar`` needs to show every title in full."""
    return sum(bar.tabSizeHint(i).width() for i in range(bar.count()))


def hide_stray_tab_bars(window: QMainWindow, docks: list[QDockWidget]) -> None:
    """Hide dock tab bars that Qt left behind. Tabbing docks in two areas made QMainWindow
    create a second "Map | Data" bar that it never places: it stayed visible at an old
    position and peeked out beside the network (Qt 6.10/6.11). A bar is stray when it lies
    nowhere near the dock of its current tab."""
    by_title = {d.windowTitle(): d for d in docks}
    for bar in tab_bars(window):
        dock = by_title.get(bar.tabText(bar.currentIndex()))
        if bar.isVisible() and dock is not None and dock.isVisible() and \
                not bar.geometry().intersects(dock.geometry().adjusted(-8, -8, 8, 8)):
            bar.hide()


def fit_tab_titles(window: QMainWindow, docks: list[QDockWidget]) -> None:
    """Widen each left or right dock group whose tab titles do not fit (up to MAX_SHARE of
    the window). Docks on a projected stage or floating are left alone."""
    by_title = {d.windowTitle(): d for d in docks}
    most = int(window.width() * MAX_SHARE)
    for bar in tab_bars(window):
        dock = by_title.get(bar.tabText(bar.currentIndex()))
        if not bar.isVisible() or dock is None or not dock.isVisible() or \
                dock.parentWidget() is not window or dock.isFloating() or \
                window.dockWidgetArea(dock) not in _SIDES:
            continue
        need = min(bar_width(bar), most)
        if dock.width() < need:
            window.resizeDocks([dock], [need], Qt.Orientation.Horizontal)
