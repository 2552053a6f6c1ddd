"""The main window: the network editor in the centre, palette and inspector docks around
it, menus and toolbar. It owns the document and the one QUndoStack every edit goes on."""

from __future__ import annotations

import secrets
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from core import edits, netfile
from core.network import NetworkError
from gui import (
    diagnostics,
    dock_tabs,
    drawing,
    explainer,
    exports,
    handout,
    lessons,
    overview,
    presenter,
    projection,
    recording,
    scheme_menu,
    theme,
    trials,
)
from gui.actions import build_actions
from gui.autosave import Autosaver
from gui.banner import Banner
from gui.commands import RunCommand, SettingCommand, TrainCommand, UndoStack
from gui.data_views import DataViews
from gui.document import NetworkDocument
from gui.editor import NetworkEditor, PaletteWidget
from gui.file_commands import FileCommands
from gui.i18n import number, translate
from gui.inspector import Inspector
from gui.live_views import LiveViews
from gui.plots.activation_plot import ActivationPlot
from gui.plots.loss_plot import LossPlot
from gui.settings import SettingsPanel
from gui.stability_watch import StabilityWatch
from gui.stage import scrolled
from gui.surface_panel import SurfacePanel
from gui.training_bar import TrainingBar
from gui.training_controller import TrainingController

APP_NAME = "Neuron Studio"
DEFAULT_SIZE = QSize(1400, 900)
SCREEN_MARGIN = 0.92        # of the available screen at most, when it is smaller


def fitting_size(widget, wanted: QSize) -> QSize:
    """``wanted``, or less on a screen too small for it (a 1280x720 projector): the window
    never opens larger than the room the screen has for it."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is None:
        return QSize(wanted)
    room = screen.availableGeometry().size()
    if room.width() >= wanted.width() and room.height() >= wanted.height():
        return QSize(wanted)
    return QSize(min(wanted.width(), int(room.width() * SCREEN_MARGIN)),
                 min(wanted.height(), int(room.height() * SCREEN_MARGIN)))


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("neuron-studio")
    except PackageNotFoundError:
        return translate("MainWindow", "(not installed)")


class MainWindow(FileCommands, QMainWindow):
    """``MainWindow(doc, path)`` shows ``doc`` (default: the default network). One of
    maybe several (gui.app.Windows); ``closed`` once it has accepted to close."""

    closed = Signal()

    def __init__(self, doc: netfile.Document | None = None, path=None, parent=None,
                 remember_layout: bool = True):
        super().__init__(parent)
        theme.install()     # before any view: they take the scheme in force when built
        self._remember_layout = remember_layout     # off for screenshots: always the default
        self.setObjectName("mainWindow")
        self.undo_stack = UndoStack(self)
        self.tool_docks: list[QDockWidget] = []
        self._tab_check = QTimer(self)           # see _check_tab_bars
        self._tab_check.setSingleShot(True)
        self._tab_check.setInterval(0)
        self._tab_check.timeout.connect(self._check_tab_bars)
        self.panel_openers: dict = {}     # dock object name -> how its menu entry opens it
        self.document = NetworkDocument(doc, Path(path) if path else None, self)
        self.editor = NetworkEditor(self.document, self.undo_stack, self)
        self.banner = Banner(self)
        self.document.replaced.connect(self.banner.hide)      # about the old document
        # the network view (banner over editor) sits in a host that stays the central
        # widget: projection puts a stage there with the network view in it, and a
        # QMainWindow whose central widget was swapped restored its docks at wrong sizes
        self.network_view = QWidget(self)
        column = QVBoxLayout(self.network_view)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.editor, 1)
        self.central_host = QWidget(self)
        host = QVBoxLayout(self.central_host)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.network_view)
        self.setCentralWidget(self.central_host)
        self.controller = TrainingController(self.document, self)
        self.undo_stack.before_undo = self.controller.pause_for_undo
        self.training_bar = TrainingBar(self.controller, self.reset_training,
                                        self.rerandomise, self)
        self.palette = PaletteWidget(self)
        self.settings_panel = SettingsPanel(self.document, self.undo_stack, self)
        self.inspector = Inspector(self.document, self.undo_stack, self)
        self.surface = SurfacePanel(self)
        self.loss_plot = LossPlot(self)
        self.curve_plot = ActivationPlot(self)
        self.data_views = DataViews(self)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.palette_dock = self._dock(translate("MainWindow", "Neurons"), "paletteDock",
                                       self.palette, left)
        self.settings_dock = self._dock(translate("MainWindow", "Data and training"),
                                        "settingsDock",
                                        self.settings_panel, left)
        self.tabifyDockWidget(self.palette_dock, self.settings_dock)
        self.palette_dock.raise_()
        self.surface_dock = self._dock(translate("MainWindow", "Map"), "surfaceDock",
                                       self.surface, right)
        self.inspector_dock = self._dock(translate("MainWindow", "Inspector"), "inspectorDock",
                                         self.inspector, right)
        self.loss_dock = self._dock(translate("MainWindow", "Loss"), "lossDock",
                                    self.loss_plot, bottom)
        self.curve_dock = self._dock(translate("MainWindow", "Activation"), "curveDock",
                                     self.curve_plot, bottom)
        self.splitDockWidget(self.loss_dock, self.curve_dock, Qt.Orientation.Horizontal)
        self.data_dock = self._dock(translate("MainWindow", "Data"), "dataDock",
                                    self.data_views, right)
        self.tabifyDockWidget(self.surface_dock, self.data_dock)
        self.live = LiveViews(self.document, self.controller, self.editor, self.surface,
                              self.loss_plot, self.curve_plot, self.data_views, self)
        self.live.bundleChanged.connect(self._bundle_changed)
        # a live view left dirty while its dock was hidden or tabbed away is drawn when
        # the dock comes on screen
        for dock in (self.surface_dock, self.data_dock, self.loss_dock, self.curve_dock):
            dock.visibilityChanged.connect(self.live.scheduler.wake)
        self._bundle_changed(self.document.data_bundle())
        self.controller.frame_drawer = self.live.scheduler.draw_frame
        self.actions_ = build_actions(self)
        self.addToolBarBreak()        # training controls on a row of their own: never hidden
        self.addToolBar(self.training_bar)
        self._connect()
        self.autosaver = Autosaver(self)
        self._install_tools()
        self.setAcceptDrops(True)
        self.resize(fitting_size(self, DEFAULT_SIZE))
        self._layout_pending = not (remember_layout and self._restore_layout())
        self._document_replaced()

    def scheme_changed(self) -> None:
        """The light or dark scheme changed (gui.theme.restyle, after the views): the
        maps are coloured again from the network."""
        self.live.clear_maps()
        self.live.mark_dirty()
        self.live.redraw()

    def docks(self) -> list[QDockWidget]:
        return [self.palette_dock, self.settings_dock, self.inspector_dock, self.surface_dock,
                self.data_dock, self.loss_dock, self.curve_dock, *self.tool_docks]

    def _dock(self, title, name, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        for signal in (dock.visibilityChanged, dock.dockLocationChanged):
            signal.connect(self._check_tab_bars_soon)     # see _check_tab_bars
        return dock

    def _check_tab_bars_soon(self, *_) -> None:
        if shiboken6.isValid(self._tab_check):     # not while the window is being deleted
            self._tab_check.start()

    def add_panel(self, title: str, name: str, widget, area=Qt.DockWidgetArea.RightDockWidgetArea,
                  tabify_with: QDockWidget | None = None, shown: bool = False) -> QDockWidget:
        """A dock for a teaching tool: listed in View > Panels, hidden until asked for
        (``shown``), tabbed with ``tabify_with`` when given. ``name`` is the dock's object
        name, which the saved window layout refers to."""
        # scrolling: a tool panel's minimum size (the health table beside its plots, the
        # trials' controls) must not make the window larger than a 1280x720 screen
        dock = self._dock(title, name, scrolled(widget, f"{widget.objectName() or name}Scroll"),
                          area)
        dock.setVisible(shown)      # hidden first: tabbing a shown dock and then hiding
        if tabify_with is not None:  # it left a stray tab bar over another dock
            self.tabifyDockWidget(tabify_with, dock)
        self.tool_docks.append(dock)
        self.actions_.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def show_panel(self, dock: QDockWidget) -> None:
        """Show ``dock`` in front of its tab group (in projection mode: on the stage)."""
        if self.projection.active and self.projection.bring(dock) or \
                self.presenter.active and self.presenter.bring(dock):
            return
        dock.show()
        dock.raise_()

    def docked(self, dock: QDockWidget) -> bool:
        """True when ``dock`` is in the window's dock areas (not on a projected stage):
        only then can resizeDocks size it."""
        return dock.parentWidget() is self and not dock.isFloating()

    def open_panel(self, name: str) -> bool:
        """Open the dock called ``name`` as its menu entry does (a tool may also make room
        for it); False when there is no such dock."""
        if name in self.panel_openers:
            self.panel_openers[name]()
            return True
        dock = next((d for d in self.docks() if d.objectName() == name), None)
        if dock is not None:
            self.show_panel(dock)
        return dock is not None

    def _install_tools(self) -> None:
        """The teaching tools: each module adds its panels, menu entries and shortcuts
        (menus: ``self.actions_.file_menu``, ``lessons_menu``, ``tools_menu``,
        ``export_menu``, ``view_menu``)."""
        for tool in (projection, presenter, diagnostics, trials, explainer, overview, lessons,
                     exports, handout, drawing, recording, scheme_menu):
            tool.install(self)

    def _connect(self) -> None:
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.document.pathChanged.connect(self._update_title)
        self.document.modifiedChanged.connect(self._update_title)
        # from Play on: the worker trains before its first snapshot reaches the window
        self.controller.playStarted.connect(self.document.mark_trained)
        self.document.trained.connect(self.document.mark_trained)
        self.document.trainingRecorded.connect(self._record_training)
        self.document.replaced.connect(self._document_replaced)
        self.editor.selectionChanged.connect(self.inspector.show_selection)
        self.editor.statusMessage.connect(self.show_status)
        self.palette.activate.connect(self.add_neuron)
        self.settings_panel.statusMessage.connect(self.show_status)
        self.controller.diverged.connect(self._diverged)
        self.stability = StabilityWatch(self.controller, self.document, self)
        self.stability.unstable.connect(self._unstable)
        self.controller.failed.connect(self._training_failed)
        self.controller.runningChanged.connect(self._running_changed)
        self.controller.playStarted.connect(self.banner.hide)   # a new try: old news
        # after the controller's own slots, which rebuild the trainer on these
        self.document.structureChanged.connect(self._recheck_trainable)
        self.document.settingsChanged.connect(self._recheck_trainable)
        self.banner.closed.connect(self.editor.setFocus)

    # -- title and status ------------------------------------------------------------------
    def _clean_changed(self, clean: bool) -> None:
        self.document.set_modified(not clean)
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.title()}[*] \u2014 {APP_NAME}")
        self.setWindowModified(self.document.modified)

    def _document_replaced(self) -> None:
        self.undo_stack.clear()
        self.undo_stack.setClean()
        view = self.document.doc.view or {}
        self.editor.set_view_state(view.get("editor", {}))
        self.inspector.show_selection(None)
        self._update_title()
        if self.isVisible():
            self.editor.setFocus()    # a lesson's "press Space" works whatever had focus

    # -- training --------------------------------------------------------------------------
    def rerandomise(self) -> None:
        """New random initial weights as one undoable edit; training starts over."""
        seed = secrets.randbelow(2**31)
        theta = edits.reinitialised_theta(self.document.network, seed)
        self.controller.pause()
        self.undo_stack.push(RunCommand(self.document,
                                        translate("MainWindow", "New random weights"),
                                        self.document.new_weights, theta))
        self.show_status(translate("MainWindow", "New random weights (seed {seed}); Undo "
                                   "brings the old ones back").format(seed=seed))

    def reset_training(self) -> None:
        """Back to the starting weights, epoch 0, as one undoable step."""
        self.controller.pause()
        self.undo_stack.push(RunCommand(self.document, translate("MainWindow", "Reset training"),
                                        self.document.reset_run))

    def _record_training(self) -> None:
        """A stretch of training ended: it becomes an undo entry (see gui.document)."""
        for before, after in self.document.take_recorded():
            self.undo_stack.push(TrainCommand(self.document, before, after))

    def _bundle_changed(self, bundle) -> None:
        """Data without a plane to draw: bring the weights/samples/confusion views up."""
        if self.live.extent is None and bundle is not None:
            self.data_dock.raise_()
        elif bundle is not None:
            self.surface_dock.raise_()

    def _running_changed(self, running: bool) -> None:
        # not the banner: the worker also restarts for an autosave or an edit, and the
        # warning (unstable training) must stay until the person acts on it
        self.editor.scene().set_training(running)

    def _recheck_trainable(self) -> None:
        """After an edit, "Cannot train" goes when the edit fixed it, and says the reason
        that still holds when it did not (it outlived its fix, and Play checked again)."""
        if self.banner.showing("cannot-train") and self.controller.can_train():
            self.banner.hide()

    def _diverged(self, reason: str) -> None:
        self._offer_smaller_rate(translate("MainWindow", "<b>Training stopped:</b> {reason}")
                                 .format(reason=reason), "diverged")

    def _unstable(self, reason: str) -> None:
        rate = float(self.document.doc.training.get("learning_rate", 0.03))
        self._offer_smaller_rate(
            translate("MainWindow", "<b>Training is unstable:</b> {reason}. The learning "
                      "rate ({rate}) is probably too high.").format(
                reason=reason, rate=number(rate)), "unstable")

    def _offer_smaller_rate(self, message: str, kind: str) -> None:
        rate = float(self.document.doc.training.get("learning_rate", 0.03))
        smaller = float(f"{rate / 10:.3g}")
        self.banner.show_message(
            message,
            translate("MainWindow", "Learning rate {rate} and start over").format(
                rate=number(smaller)),
            lambda: self._recover(smaller),
            translate("MainWindow", "Set the learning rate ten times smaller and go back to "
                      "the starting weights (the last finite weights can be too large to "
                      "train on); then press Play"),
            kind)

    def _recover(self, learning_rate: float) -> None:
        self.controller.pause()         # the training so far is an entry of its own
        rate = number(learning_rate)
        self.undo_stack.beginMacro(translate("MainWindow", "Learning rate {rate} and start "
                                             "over").format(rate=rate))
        self.undo_stack.push(SettingCommand(self.document, "training", "learning_rate",
                                            learning_rate,
                                            translate("MainWindow", "Set learning rate"),
                                            merge=False))
        self.undo_stack.push(RunCommand(self.document, translate("MainWindow", "Reset training"),
                                        self.document.reset_run))
        self.undo_stack.endMacro()
        self.show_status(translate("MainWindow", "Learning rate {rate}, back to the starting "
                                   "weights: press Play (Space)").format(rate=rate))

    def _training_failed(self, reason: str) -> None:
        self.banner.show_message(translate("MainWindow", "<b>Cannot train:</b> {reason}")
                                 .format(reason=reason), kind="cannot-train")

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_error(self, title: str, text: str) -> None:
        """A dialog for an error; a method so tests can capture it."""
        QMessageBox.warning(self, title, text)

    # -- edits from menus ------------------------------------------------------------------
    def add_neuron(self, activation: str = "tanh") -> None:
        self.editor.add_neuron(activation)

    def set_loss(self, loss: str) -> None:
        self.undo_stack.push(SettingCommand(self.document, "network", "loss", loss,
                                            translate("MainWindow", "Set loss")))

    def push(self, command_factory) -> bool:
        """Build a command and push it; a refused edit shows why and pushes nothing."""
        try:
            self.undo_stack.push(command_factory())
        except NetworkError as e:
            self.show_status(str(e))
            return False
        return True

    # -- window life -----------------------------------------------------------------------
    def _default_layout(self) -> None:
        """Editor in the middle, the map large at the top right, the plots low and wide."""
        V, H = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
        height = self.height()
        self.resizeDocks([self.loss_dock], [max(240, int(height * 0.3))], V)
        self.resizeDocks([self.surface_dock, self.inspector_dock],
                         [int(height * 0.55), int(height * 0.2)], V)
        self.resizeDocks([self.surface_dock], [max(380, self.width() // 4)], H)
        self.resizeDocks([self.palette_dock], [300], H)

    def _restore_layout(self) -> bool:
        """Geometry and docks as the user left them; False when there is nothing saved."""
        settings = QSettings()
        geometry, state = settings.value("geometry"), settings.value("window_state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        return state is not None and self.restoreState(state)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._layout_pending:      # dock sizes only take once the window has its size
            self._layout_pending = False
            self._default_layout()
        self._check_tab_bars_soon()

    def _check_tab_bars(self) -> None:
        """Hide the dock tab bars Qt left behind (gui.dock_tabs), then widen a side group
        whose titles do not fit: at start-up (default or restored layout) and whenever a
        dock is shown, hidden or moved."""
        dock_tabs.hide_stray_tab_bars(self, self.docks())
        dock_tabs.fit_tab_titles(self, self.docks())

    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.recording.close_down()       # before the views it records go
        self.controller.stop()
        self.live.scheduler.stop()
        self.autosaver.stop()
        self.autosaver.remove()          # a clean quit: nothing to recover next time
        if self._remember_layout:
            settings = QSettings()
            settings.setValue("geometry", self.saveGeometry())
            settings.setValue("window_state", self.saveState())
        event.accept()
        self.closed.emit()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_about(self) -> None:
        QMessageBox.about(
            self, translate("MainWindow", "About {app}").format(app=APP_NAME),
            f"<h3>{APP_NAME} {app_version()}</h3><p>"
            + translate("MainWindow", "Build small neural networks, choose an activation for "
                        "each neuron, train them and watch them learn.")
            + "</p><p>"
            + translate("MainWindow", "Digits data: Alpaydin &amp; Kaynak (1998), UCI Machine "
                        "Learning Repository, CC BY 4.0.")
            + "</p>")

    def set_presentation(self, on: bool, full_screen: bool = False) -> None:
        """Projection mode on or off (``gui.projection``); full screen only when asked, so
        a screenshot keeps the size it was given."""
        self.projection.set_active(on, full_screen=full_screen)
