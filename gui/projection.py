"""Projection mode (F5): the main window made for a washed-out classroom projector.

Larger text (the window font and every plot, 150-200 %, persisted in QSettings), thicker
lines in the editor and the plots, a light high-contrast theme, and a *stage* instead of
the person's docks: the views the open document's lesson asks for, arranged as it says
and fitted to the screen (``gui.stage_spec``, ``gui.stage``), with the window taking
exactly the screen it is on. Opening another lesson replaces the stage; a tool opened
while projecting joins it. Leaving (F5 or Esc) restores exactly what was there:
everything changed is saved on entering and put back on leaving.

Plots with a ``set_font_scale(factor)`` method are rescaled through it; any other pyqtgraph
view found in the window (panels other modules add) gets the generic treatment of
``gui.plots.style.project_graphics``.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QRect,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QGraphicsProxyWidget,
    QGraphicsView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolTip,
    QWidget,
)

from gui import colors, theme
from gui.i18n import number, translate
from gui.plots import style
from gui.projection_look import (
    SCALES,
    SETTINGS_KEY,
    font_undo,
    inherit_palette,
    plot_factor,
    scaled_font,
    stored_scale,
    targets_alive,
)
from gui.stage_host import StageHost

SECONDARY_TOOLBARS = ("mainToolbar",)      # the training bar (Play, Step, Reset) stays
TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)
STYLE_SHEET = Path(__file__).resolve().parent.parent / "resources" / "styles" / "projection.qss"


@dataclass
class _Saved:
    """What entering changed, to put back on leaving."""

    state: QByteArray                 # docks and toolbars
    geometry: QRect                   # not saveGeometry(): restoring that clamps the
    window_state: Qt.WindowState      # window to the screen (800x600 offscreen)
    editor_fit: bool
    editor_view: tuple                # (transform, centre): the user's own zoom
    screen_height: int                # of the projection, for the plots
    undo: list = field(default_factory=list)   # puts fonts, theme, pens back (reversed)


class ProjectionMode(StageHost, QObject):
    """``ProjectionMode(window)``: ``set_active(on, full_screen=True)``, ``toggle()``,
    ``active``, ``scale`` (the text factor), ``set_scale(factor)``."""

    activeChanged = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self._window = weakref.ref(window)      # the window owns us: no cycle back
        self.active = False
        self.scale = stored_scale()
        self._saved: _Saved | None = None
        self._init_stage()
        self.action: QAction | None = None
        self.scale_actions: dict[float, QAction] = {}
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.setEnabled(False)             # Esc means "leave" only while projecting
        self.escape.activated.connect(self._escape)
        window.installEventFilter(self)
        # Esc that closes a menu leaves the menu bar in keyboard mode, holding the focus
        # and eating the next Esc (QMenuBar accepts Esc's shortcut override): see below
        window.menuBar().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # Leave before the window saves its layout on closing: the next start must not
        # come up full screen with the palette and inspector gone.
        if event.type() == QEvent.Type.Close and self.active and watched is self.window:
            self.set_active(False)
        elif event.type() == QEvent.Type.Resize and self.active and watched is self.window:
            # full screen came (from the window manager, later) or the screen changed:
            # a stage fitted to the old size may need other tabs
            QTimer.singleShot(0, self, self._restage)
        elif event.type() == QEvent.Type.KeyPress and self.active and \
                event.key() == Qt.Key.Key_Escape and watched is self.window.menuBar() and \
                QApplication.activePopupWidget() is None:
            # the Esc after closing a menu (with Esc): the menu bar still has the focus and
            # takes this one to let it go; leave projection too, once the focus is back
            # where it was, as the teacher meant (it took three presses before)
            QTimer.singleShot(0, self, partial(self.set_active, False))
        return False

    @property
    def window(self):
        return self._window()

    # -- on and off ------------------------------------------------------------------------
    def toggle(self) -> None:
        self.set_active(not self.active)

    def set_active(self, on: bool, full_screen: bool = True) -> None:
        """Enter or leave; ``full_screen`` False keeps the window's size (screenshots)."""
        if bool(on) == self.active:
            return
        presenter = getattr(self.window, "presenter", None)
        if on and presenter is not None and presenter.active:
            presenter.set_active(False)          # one stage at a time
        self._enter(full_screen) if on else self._leave()
        self.active = bool(on)
        self.escape.setEnabled(self.active)
        if self.action is not None:
            self.action.setChecked(self.active)
        if self.active:
            self.window.show_status(translate("Projection", "Projection mode: F5 or Esc leaves "
                                              "it"))
        else:    # not statusBar(): that would make one where leaving took it away
            bar = next((c for c in self.window.children() if isinstance(c, QStatusBar)),
                       None)
            if bar is not None:
                bar.showMessage(translate("Projection", "Projection mode off: your own layout "
                                          "is back"), 5000)
        self.activeChanged.emit(self.active)

    def set_scale(self, scale: float) -> None:
        """Text ``scale`` times normal in projection mode; remembered for next time."""
        self.scale = float(scale)
        QSettings().setValue(SETTINGS_KEY, self.scale)
        for value, action in self.scale_actions.items():
            action.setChecked(value == self.scale)
        if self.active:
            self._unwind()
            self._apply_look()
            style.refit_views(self.window)
            self.window.editor.fit()

    def scale_chosen(self, action: QAction) -> None:
        self.set_scale(float(action.data()))

    def _enter(self, full_screen: bool) -> None:
        w = self.window
        had_status_bar = any(isinstance(c, QStatusBar) for c in w.children())
        w.statusBar()               # made now, not later: see _theme
        self._saved = _Saved(
            state=w.saveState(), geometry=QRect(w.geometry()), window_state=w.windowState(),
            editor_fit=getattr(w.editor, "_auto_fit", True),
            editor_view=(QTransform(w.editor.transform()), w.editor._center()),
            screen_height=w.screen().geometry().height() if full_screen else w.height())
        if not had_status_bar:      # it takes room: gone again on leaving
            self._saved.undo.append(partial(w.setStatusBar, None))
        theme.install().hold_light(True)      # a dark system: still the light theme here
        self._apply_look()
        for dock in w.docks():       # the stage shows what the lesson needs
            dock.hide()
        for bar in w.findChildren(QToolBar):   # editing buttons: the shortcuts still work
            if bar.objectName() in SECONDARY_TOOLBARS:
                bar.hide()
        self._asked = []
        if full_screen:
            # exactly the screen it is on, also without a window manager (a kiosk): the
            # geometry first, then the full-screen state for a window manager to honour
            w.setGeometry(w.screen().geometry())
            w.showFullScreen()
        self._restage(force=True)

    # -- the stage (gui.stage_host) --------------------------------------------------------
    def _room(self) -> tuple[int, int]:
        """Width and height the stage will have: the window less its menu bar, toolbar
        and status bar."""
        w = self.window
        chrome = sum(bar.sizeHint().height() for bar in
                     (w.menuBar(), w.training_bar, w.statusBar()) if bar.isVisible())
        return w.width(), max(1, w.height() - chrome)

    def _network(self) -> QWidget:
        return self.window.network_view

    def _parent(self) -> QWidget:
        return self.window.central_host

    def _restage(self, force: bool = False) -> None:
        # the editor moves with the network view: the keyboard goes back where it was
        focus = _kept_focus(self.window)
        StageHost._restage(self, force)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _put(self, stage) -> None:
        w = self.window
        for tabs in stage.tabs:
            tabs.tabBar().setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
        host = w.central_host.layout()
        host.addWidget(stage)
        # a message (unstable training, cannot train) across the whole stage: in the
        # network's pane it wrapped into a column that pushed the network out of sight
        _move_banner(w, host)

    def _staged(self) -> None:
        style.refit_views(self.window)
        self.window.editor.fit()

    def _unstaged(self) -> None:
        """The network view back in its host, the banner above the editor."""
        w = self.window
        w.central_host.layout().addWidget(w.network_view)
        _move_banner(w, w.network_view.layout())
        w.network_view.show()

    def _leave(self) -> None:
        w, saved = self.window, self._saved
        # teaching panels on the stage (a lesson's tool, its notes) stay open: the layout
        # saved on entering had them hidden
        keep = [d for d in (self.stage.docks() if self.stage else [])
                if d in getattr(w, "tool_docks", []) and d.isVisible()]
        focus = _kept_focus(w)
        self._drop_stage()
        self._asked = []
        self._unwind()
        theme.install().hold_light(False)     # the system's scheme again (dark if dark)
        if w.windowState() != saved.window_state:
            w.setWindowState(saved.window_state)     # full screen off: Qt puts the normal
        if w.windowState() == Qt.WindowState.WindowNoState:   # geometry back itself
            w.setGeometry(saved.geometry)
        w.restoreState(saved.state)
        for dock in keep:
            dock.show()
        style.refit_views(w)
        if saved.editor_fit:
            w.editor.fit()
        else:
            transform, center = saved.editor_view
            w.editor.zoom_reset()               # not fitted any more, as before
            w.editor.setTransform(transform)
            w.editor.centerOn(center)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._saved = None

    # -- the look: fonts, pens, theme ------------------------------------------------------
    def _apply_look(self) -> None:
        """Fonts, plots and editor at ``self.scale``, then the theme (in that order: a
        widget with a style sheet no longer takes its parent's new font)."""
        self._scale_fonts()
        self._scale_plots()
        self._theme()

    def _unwind(self) -> None:
        undo, self._saved.undo = self._saved.undo, []
        for restore in reversed(undo):
            if targets_alive(restore):
                restore()

    def _scale_fonts(self) -> None:
        w, s, undo = self.window, self.scale, self._saved.undo
        for widget in (w, *w.findChildren(QMenu)):   # popups do not inherit fonts
            undo.append(font_undo(widget))
            widget.setFont(scaled_font(widget.font(), s))
        # styled below, or by a sheet of their own (the banner): once styled they stop
        # inheriting the window's font
        for widget in (*_chrome(w), w.banner):
            undo.append(font_undo(widget))
            widget.setFont(w.font())
        undo.append(partial(QToolTip.setFont, QFont(QToolTip.font())))
        # half the step: at the full factor a neuron's tooltip covered the map it explains
        QToolTip.setFont(scaled_font(QToolTip.font(), 1.0 + (s - 1.0) / 2))

    def _scale_plots(self) -> None:
        w, undo = self.window, self._saved.undo
        undo.append(partial(w.editor.set_scale_style, w.editor.scale_style()))
        w.editor.set_scale_style(self.scale)
        factor = plot_factor(self.scale, self._saved.screen_height)
        for widget in style.font_scaled_widgets(w):
            undo.append(partial(widget.set_font_scale, getattr(widget, "_scale", 1.0)))
            widget.set_font_scale(factor)
        for view in style.other_plot_views(w):
            undo += style.project_graphics(view, factor)

    def _theme(self) -> None:
        """The light palette on the window; the style sheet on the chrome only (menus,
        toolbars, status bar, dock tabs). On the whole window it broke font inheritance:
        a widget created later (a lesson's text, the status bar) got the normal size."""
        w, undo = self.window, self._saved.undo
        own = w.testAttribute(Qt.WidgetAttribute.WA_SetPalette)
        undo.append(partial(w.setPalette, QPalette(QWidget.palette(w))) if own else
                    partial(inherit_palette, w))     # (w.palette is the neuron palette)
        w.setPalette(colors.projection_palette())
        undo.append(partial(QToolTip.setPalette, QPalette(QToolTip.palette())))
        QToolTip.setPalette(colors.projection_palette())
        sheet = STYLE_SHEET.read_text(encoding="utf-8")
        for widget in _chrome(w):
            undo.append(partial(widget.setStyleSheet, widget.styleSheet()))
            widget.setStyleSheet(sheet)

    def _escape(self) -> None:
        """Esc leaves projection mode, except in a text field, which gets it (cancel)."""
        focus = _text_field_focus()
        if focus is not None:
            self.escape.setEnabled(False)   # a sent key press tries the shortcuts first
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(focus, QKeyEvent(kind, Qt.Key.Key_Escape,
                                                        Qt.KeyboardModifier.NoModifier))
            self.escape.setEnabled(self.active)
            return
        self.set_active(False)


def _move_banner(window, layout) -> None:
    """The banner to the top of ``layout``, showing if it was (a new parent hides it)."""
    showing = not window.banner.isHidden()
    layout.insertWidget(0, window.banner)
    window.banner.setVisible(showing)


def _kept_focus(window) -> QWidget:
    """The widget to give the focus back to after the stage moved widgets around (a
    widget loses the focus when it, or a parent, changes parent): the focused one, or
    the editor, so the keys a teacher presses next (Space, F5) still work."""
    focus = QApplication.focusWidget()
    if focus is None or QWidget.window(focus) is not window:   # (panels have a .window)
        return window.editor
    return focus


def _chrome(window) -> list:
    """The widgets the style sheet goes on: menu bar (and its menus), status bar,
    toolbars, the tabs of tabbed docks."""
    tabs = [t for t in window.findChildren(QTabBar) if t.parentWidget() is window]
    return [window.menuBar(), window.statusBar(), *window.findChildren(QToolBar), *tabs]


def _text_field_focus() -> QWidget | None:
    """The widget to give Esc to when a text field has the focus (also one inside the
    editor's scene, such as the inline value editor), else None."""
    focus = QApplication.focusWidget()
    inner = focus
    if isinstance(focus, QGraphicsView) and focus.scene() is not None:
        item = focus.scene().focusItem()
        if isinstance(item, QGraphicsProxyWidget) and item.widget() is not None:
            inner = item.widget().focusWidget() or item.widget()
    return inner if isinstance(inner, TEXT_FIELDS) else None   # (the view keeps Esc)


def install(window) -> ProjectionMode:
    """View > Projection Mode (F5) and View > Projection Text Size; ``window.projection``."""
    mode = ProjectionMode(window)
    window.projection = mode
    window.document.replaced.connect(mode.document_replaced)
    menu = window.actions_.view_menu
    menu.setToolTipsVisible(True)
    action = QAction(translate("Projection", "&Projection Mode"), window)
    action.setCheckable(True)
    action.setShortcut(QKeySequence(Qt.Key.Key_F5))
    action.setToolTip(translate("Projection", "For a classroom projector: larger text, thicker "
                                "lines, a light high-contrast theme, only the main panels, "
                                "full screen. F5 or Esc leaves it."))
    action.setStatusTip(action.toolTip())
    action.triggered.connect(mode.set_active)
    mode.action = action
    sizes = QMenu(translate("Projection", "Projection &Text Size"), menu)
    sizes.setToolTipsVisible(True)
    group = QActionGroup(sizes)
    for value in SCALES:
        a = QAction(translate("Projection", "{percent} %").format(
            percent=number(value * 100, ".0f")), sizes)
        a.setCheckable(True)
        a.setChecked(value == mode.scale)
        a.setData(value)
        a.setToolTip(translate("Projection", "Text {percent} % of normal size in projection "
                               "mode (remembered)").format(percent=number(value * 100, ".0f")))
        a.setStatusTip(a.toolTip())
        group.addAction(a)
        sizes.addAction(a)
        mode.scale_actions[value] = a
    group.triggered.connect(mode.scale_chosen)
    menu.addSeparator()
    menu.addAction(action)
    menu.addMenu(sizes)
    return mode
