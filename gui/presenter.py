"""Presenter view (View > Presenter View, Shift+F5): the stage on the projector, the
controls on the laptop.

The audience window shows the open lesson's stage (``gui.stage_spec``), large, in
projection's light theme and text size, without menus, buttons or notes, full screen on
the chosen screen (View > Audience Screen, remembered by name; by default the first screen
the main window is not on). With one screen it opens as a second window. The main window
keeps its own layout with the editor, the controls and the lesson notes. Both stay live:
the audience's network is a second view of the editor's scene, and the stage's plots are
the window's own docks, lent to the audience window until the presenter view ends.
"""

from __future__ import annotations

import weakref
from functools import partial

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsView, QMenu, QVBoxLayout, QWidget

from gui import colors, stage_spec, theme
from gui.i18n import translate
from gui.plots import style
from gui.projection_look import plot_factor, scaled_font
from gui.stage_host import StageHost

SCREEN_KEY = "presenter/screen"
SHORTCUT = "Shift+F5"
ONE_SCREEN_SHARE = 0.6       # of the screen, for the audience window when there is one
# the audience window's title ends in the app's name, else Qt adds it
TITLE_BAR_ROOM = 48          # px left above a second window for its title bar


class MirrorView(QGraphicsView):
    """The editor's scene again, fitted, for looking only: no clicks, no focus."""

    def __init__(self, editor, parent=None):
        super().__init__(editor.scene(), parent)
        self.setObjectName("audienceNetwork")
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setBackgroundBrush(editor.backgroundBrush())
        editor.scene().sceneRectChanged.connect(self.fit)

    def fit(self, *_) -> None:
        rect = self.scene().sceneRect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


class AudienceWindow(QWidget):
    """The audience's window: a stage and nothing else. Closing it ends the view."""

    closed = Signal()

    def __init__(self):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("audienceWindow")
        self.setWindowTitle(translate("Presenter", "Audience \u2014 {app}").format(
            app="Neuron Studio"))
        # the laptop keeps the keyboard: Space, F5 and the arrows still go to the controls
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)


class PresenterView(StageHost, QObject):
    """``PresenterView(window)``: ``set_active(on)``, ``toggle()``, ``active``, ``audience``
    (the AudienceWindow while on), ``stage`` and ``bring(dock)``."""

    activeChanged = Signal(bool)
    NOTES_ON_STAGE = False            # the notes stay with the presenter, on the laptop

    def __init__(self, window):
        super().__init__(window)
        self._window = weakref.ref(window)
        self.active = False
        self.audience: AudienceWindow | None = None
        self._init_stage()
        self.mirror: MirrorView | None = None
        self.action: QAction | None = None
        self.screen_menu: QMenu | None = None
        self._state: QByteArray | None = None
        self._undo: list = []
        window.installEventFilter(self)

    @property
    def window(self):
        return self._window()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close and self.active and watched is self.window:
            self.set_active(False)         # the docks go home before the layout is saved
        return False

    # -- the screen ------------------------------------------------------------------------
    def chosen_screen(self):
        """The remembered screen when it is connected, else the first screen the main
        window is not on, else the window's own (one screen)."""
        screens = QGuiApplication.screens()
        name = QSettings().value(SCREEN_KEY, "")
        for screen in screens:
            if screen.name() == name:
                return screen
        own = self.window.screen()
        return next((s for s in screens if s is not own), own)

    def choose_screen(self, name: str) -> None:
        """Remember ``name`` as the audience screen; move the audience window there."""
        QSettings().setValue(SCREEN_KEY, name)
        if self.active:
            self._place()

    def _fill_screen_menu(self) -> None:
        menu = self.screen_menu
        menu.clear()
        group = QActionGroup(menu)
        chosen = self.chosen_screen()
        for screen in QGuiApplication.screens():
            g = screen.geometry()
            action = menu.addAction(translate("Presenter", "{screen} ({width}\u00d7{height})")
                                    .format(screen=screen.name()
                                            or translate("Presenter", "Screen"),
                                            width=g.width(), height=g.height()))
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            action.setToolTip(translate("Presenter", "Show the audience window on this screen "
                                        "(remembered)"))
            action.triggered.connect(partial(self.choose_screen, screen.name()))
            group.addAction(action)

    # -- on and off ------------------------------------------------------------------------
    def toggle(self) -> None:
        self.set_active(not self.active)

    def set_active(self, on: bool) -> None:
        if bool(on) == self.active:
            return
        w = self.window
        if on:
            if w.projection.active:
                w.projection.set_active(False)     # one stage at a time
            self._start()
        else:
            self._stop()
        self.active = bool(on)
        if self.action is not None:
            self.action.setChecked(self.active)
        w.show_status(translate("Presenter", "Presenter view: the stage is on the audience "
                                "window; {key} ends it").format(key=_native(SHORTCUT))
                      if self.active else translate("Presenter", "Presenter view ended"))
        self.activeChanged.emit(self.active)

    def _start(self) -> None:
        w = self.window
        # the audience sees projection's light theme, and the editor's scene is shared
        # with the laptop's window: light on both while presenting
        theme.install().hold_light(True)
        self._state = w.saveState()
        self._asked = []
        self.audience = AudienceWindow()
        self.audience.closed.connect(self._audience_closed)
        self.mirror = MirrorView(w.editor)
        self._place()
        self._restage(force=True)
        self._look()
        self.audience.show()
        w.activateWindow()          # the keyboard stays with the controls
        self.audience.raise_()      # and the audience window in front of them

    def _place(self) -> None:
        """Full screen on the audience screen; a window of its own when there is one."""
        audience, screen = self.audience, self.chosen_screen()
        if screen is not self.window.screen():
            audience.setGeometry(screen.geometry())
            audience.showFullScreen()
        else:
            # one screen: a second window at the top right, its title bar on the screen
            # (a window manager places the frame only after showing it), in front
            room = screen.availableGeometry()
            audience.showNormal()
            width = int(room.width() * ONE_SCREEN_SHARE)
            height = int(room.height() * ONE_SCREEN_SHARE)
            audience.setGeometry(room.x() + room.width() - width - TITLE_BAR_ROOM // 4,
                                 room.y() + TITLE_BAR_ROOM, width, height)
            audience.raise_()

    def _look(self) -> None:
        """Projection's text size, theme and plot factor on the audience window."""
        w, audience = self.window, self.audience
        scale = w.projection.scale
        audience.setFont(scaled_font(w.font(), scale))
        audience.setPalette(colors.projection_palette())
        self._undo = [partial(w.editor.set_scale_style, w.editor.scale_style())]
        w.editor.set_scale_style(scale)
        self._scale_plots()

    def _scale_plots(self) -> None:
        factor = plot_factor(self.window.projection.scale, self.audience.height())
        for widget in style.font_scaled_widgets(self.audience):
            if getattr(widget, "_scale", 1.0) != factor:
                self._undo.append(partial(widget.set_font_scale,
                                          getattr(widget, "_scale", 1.0)))
                widget.set_font_scale(factor)
        style.refit_views(self.audience)

    # -- the stage (gui.stage_host) --------------------------------------------------------
    def _room(self) -> tuple[int, int]:
        return self.audience.width(), self.audience.height()

    def _network(self):
        return self.mirror

    def _parent(self):
        return self.audience

    def _put(self, stage) -> None:
        self.audience.column.addWidget(stage)

    def _staged(self) -> None:
        if self.active:              # on starting, _look scales what the stage shows
            self._scale_plots()
        QTimer.singleShot(0, self.mirror, self.mirror.fit)   # not after the mirror is gone

    def _takes(self, view: str) -> bool:
        return view not in (stage_spec.NOTES, "inspector")   # the laptop's

    def _stop(self) -> None:
        w = self.window
        for restore in reversed(self._undo):
            restore()
        self._undo = []
        self._drop_stage()
        if self.audience is not None:
            self.audience.closed.disconnect(self._audience_closed)
            self.audience.close()
            self.audience.deleteLater()
        self.audience = None
        if self.mirror is not None:
            self.mirror.deleteLater()
        self.mirror = None
        if self._state is not None:
            w.restoreState(self._state)
        style.refit_views(w)
        theme.install().hold_light(False)        # the system's scheme again
        w.live.scheduler.wake()

    def _audience_closed(self) -> None:
        QTimer.singleShot(0, self, partial(self.set_active, False))


def _native(key: str) -> str:
    """``key`` in the language's key names ("Umschalt+F5" in German)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def install(window) -> PresenterView:
    """View > Presenter View (Shift+F5) and View > Audience Screen; ``window.presenter``."""
    presenter = PresenterView(window)
    window.presenter = presenter
    window.document.replaced.connect(presenter.document_replaced)
    menu = window.actions_.view_menu
    action = QAction(translate("Presenter", "P&resenter View"), window)
    action.setCheckable(True)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setToolTip(translate("Presenter", "The lesson's stage large on a second screen (the "
                                "projector), the controls and the lesson notes on this one; "
                                "with one screen, a second window ({key})").format(
        key=_native(SHORTCUT)))
    action.setStatusTip(action.toolTip())
    action.triggered.connect(presenter.set_active)
    presenter.action = action
    screens = QMenu(translate("Presenter", "&Audience Screen"), menu)
    screens.setToolTipsVisible(True)
    screens.aboutToShow.connect(presenter._fill_screen_menu)
    presenter.screen_menu = screens
    menu.addAction(action)
    menu.addMenu(screens)
    return presenter
