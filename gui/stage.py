"""A projected stage: the views a lesson needs, arranged in splitters (``gui.stage_spec``).

``StageWidget(window, stage, network)`` borrows the window's docks that the stage shows
(their title bars and buttons put away: no close or float on a projector) and puts
``network`` (the window's network view, or the audience window's mirror of it) where the
stage says. ``release()`` gives every dock back to the window, hidden; the caller then
restores the window's own layout. A borrowed dock stays a QDockWidget, so the tools that
watch their dock's visibility (health, one sample, collapse) keep working on the stage.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from gui import stage_spec
from gui.i18n import translate
from gui.stage_spec import NETWORK, NOTES, Stage

NOTES_DOCK = "lessonNotesDock"
SPLITTER_HANDLE = 6          # px: easy to grab, hardly any room taken


@dataclass
class _Borrowed:
    dock: QDockWidget
    features: QDockWidget.DockWidgetFeature
    title_bar: QWidget | None
    area: Qt.DockWidgetArea
    toggle_enabled: bool


class StageWidget(QWidget):
    """The stage's views in splitters. ``views`` maps each view name on it to its widget
    (a dock, or ``network``); ``tabs`` lists the tab widgets of cells with several views.
    A view in ``closable`` (one the teacher opened, not one the lesson declared) is a tab
    with a close button, which emits ``closeRequested(view)``."""

    closeRequested = Signal(str)

    def __init__(self, window, stage: Stage, network: QWidget, parent=None, closable=()):
        super().__init__(parent)
        self.setObjectName("stage")
        self.window_, self.stage = window, stage
        self.closable = frozenset(closable)
        self.views: dict[str, QWidget] = {}
        self.tabs: list[QTabWidget] = []
        self._borrowed: list[_Borrowed] = []
        docks = {d.objectName(): d for d in window.docks()}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.outer = QSplitter(Qt.Orientation.Horizontal, self)
        self.outer.setHandleWidth(SPLITTER_HANDLE)
        self.outer.setChildrenCollapsible(False)
        row.addWidget(self.outer)
        notes = docks.get(NOTES_DOCK) if stage.notes else None
        if notes is not None:
            self.outer.addWidget(self._borrow(notes, NOTES))
            notes.show()
        across = Qt.Orientation.Vertical if stage.columns else Qt.Orientation.Horizontal
        along = Qt.Orientation.Horizontal if stage.columns else Qt.Orientation.Vertical
        self.bands = QSplitter(along)
        self.bands.setHandleWidth(SPLITTER_HANDLE)
        self.bands.setChildrenCollapsible(False)
        self.outer.addWidget(self.bands)
        for band in stage.bands:
            splitter = QSplitter(across)
            splitter.setHandleWidth(SPLITTER_HANDLE)
            splitter.setChildrenCollapsible(False)
            for cell in band.cells:
                widget = self._cell(cell, docks, network)
                if widget is not None:
                    splitter.addWidget(widget)
            if splitter.count():
                self.bands.addWidget(splitter)
                _share_out(splitter, band.shares[:splitter.count()])
            else:
                splitter.deleteLater()
        _share_out(self.bands, [b.size for b in stage.bands][:self.bands.count()])
        if notes is not None:
            width = stage_spec.notes_width(window.width())
            self.outer.setSizes([width, max(1, window.width() - width)])
            self.outer.setStretchFactor(1, 1)

    # -- building --------------------------------------------------------------------------
    def _cell(self, cell: tuple[str, ...], docks: dict, network: QWidget) -> QWidget | None:
        widgets = []
        for view in cell:
            if view == NETWORK:
                widget = network
                self.views[NETWORK] = network
            else:
                dock = docks.get(stage_spec.VIEW_DOCKS.get(view, ""))
                if dock is None:
                    continue      # the tool is not installed in this window
                widget = self._borrow(dock, view)
            widgets.append((view, widget))
        if len(widgets) == 1 and widgets[0][0] not in self.closable:
            widget = widgets[0][1]
            widget.show()
            return _roomy(widget)
        if not widgets:
            return None
        tabs = QTabWidget()
        tabs.setObjectName("stageTabs")
        tabs.setDocumentMode(True)
        for view, widget in widgets:
            index = tabs.addTab(_roomy(widget), _title(view, widget))
            if view in self.closable:
                tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide,
                                           self._close_button(view, _title(view, widget)))
            widget.show()
        self.tabs.append(tabs)
        return tabs

    def _close_button(self, view: str, title: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("stageTabClose")
        button.setText("\u2715")
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)    # the keys stay with the panels
        button.setToolTip(translate("Stage", "Close {panel}: the stage goes back to the "
                                    "lesson's layout").format(panel=title))
        button.setAccessibleName(translate("Stage", "Close {panel}").format(panel=title))
        button.clicked.connect(lambda: self.closeRequested.emit(view))
        return button

    def _borrow(self, dock: QDockWidget, view: str) -> QDockWidget:
        self._borrowed.append(_Borrowed(dock, dock.features(), dock.titleBarWidget(),
                                        self.window_.dockWidgetArea(dock),
                                        dock.toggleViewAction().isEnabled()))
        dock.setFloating(False)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setTitleBarWidget(QWidget())        # no title, no buttons: tabs name them
        dock.toggleViewAction().setEnabled(False)  # View > Panels cannot hide it here
        self.views[view] = dock
        return dock

    # -- use -------------------------------------------------------------------------------
    def show_view(self, view: str) -> bool:
        """Bring ``view`` to the front of its tabs; False when it is not on the stage."""
        widget = self.views.get(view)
        if widget is None:
            return False
        for tabs in self.tabs:
            index = tabs.indexOf(_cell_area(widget) or widget)
            if index >= 0:
                tabs.setCurrentIndex(index)
        return True

    def docks(self) -> list[QDockWidget]:
        return [b.dock for b in self._borrowed]

    def release(self) -> None:
        """Every borrowed dock back to the window (hidden, where it was), with its title
        bar and buttons; the network widget is left for the caller to take."""
        window = self.window_
        network = self.views.get(NETWORK)
        if network is not None:
            network.setParent(None)
        for b in self._borrowed:
            dock = b.dock
            dock.hide()
            cell = _cell_area(dock)
            if cell is not None:
                cell.takeWidget()       # or the area would go on resizing a dock it lost
            dock.setTitleBarWidget(b.title_bar)
            dock.setFeatures(b.features)
            dock.toggleViewAction().setEnabled(b.toggle_enabled)
            area = b.area if b.area != Qt.DockWidgetArea.NoDockWidgetArea else \
                Qt.DockWidgetArea.RightDockWidgetArea
            window.addDockWidget(area, dock)
        self._borrowed.clear()
        self.views.clear()


def _roomy(widget: QWidget) -> QWidget:
    """``widget`` in a frameless scroll area, or ``widget`` itself for the network view.
    A panel's minimum size (the one-sample panel's row of buttons at projection text
    size) then never makes the window wider than the screen; it scrolls instead, which
    the stages are laid out to avoid (tests/gui/test_stage.py)."""
    if not isinstance(widget, QDockWidget):
        return widget
    return scrolled(widget, "stageCell")


def scrolled(widget: QWidget, name: str) -> QScrollArea:
    """``widget`` in a frameless scroll area called ``name`` that gives it all its room:
    a minimum size of ``widget`` then no longer sets the window's (it scrolls instead)."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


def _cell_area(widget: QWidget) -> QScrollArea | None:
    """The stage cell's scroll area that holds ``widget``, if any."""
    viewport = widget.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    return area if isinstance(area, QScrollArea) and area.widget() is widget else None


def _title(view: str, widget: QWidget) -> str:
    if view == NETWORK:
        return translate("Stage", "Network")
    return widget.windowTitle() or view.title()


def _share_out(splitter: QSplitter, shares) -> None:
    """Sizes in proportion to ``shares``: QSplitter keeps the proportions of what it is
    given when it gets its real size later."""
    splitter.setSizes([max(1, int(1000 * s)) for s in shares])
    for i, share in enumerate(shares):
        splitter.setStretchFactor(i, max(1, int(100 * share)))
