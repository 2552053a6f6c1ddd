"""File > Export: the network as a NumPy or PyTorch script, and PNG/SVG images of the
plots; a right-click "Export Image…" on every plot.

``install(window)`` adds the menu entries and the plots' right-click menus. Other panels
give their own plots the same right-click menu with ``add_export_menu(plot, window,
"name of the plot")``. Every file name is asked through ``window.exports.ask_path``, a
method tests replace (a file dialog is modal).
"""

from __future__ import annotations

import re
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from core.export import ExportError, numpy_script, pytorch_script, write_script
from core.netfile import NetFileError
from gui import files
from gui.i18n import translate
from gui.plots.export import export_plot

IMAGE_FILTER = QT_TRANSLATE_NOOP("Exports", "PNG image (*.png);;SVG drawing (*.svg)")
SCRIPT_FILTER = QT_TRANSLATE_NOOP("Exports", "Python script (*.py)")
# What an image shows, as export_image's ``what`` (English, also the suggested file name's
# end); shown translated, so a new one is listed here.
WHATS = (QT_TRANSLATE_NOOP("Exports", "loss plot"), QT_TRANSLATE_NOOP("Exports", "map"),
         QT_TRANSLATE_NOOP("Exports", "activation plot"),
         QT_TRANSLATE_NOOP("Exports", "weights view"),
         QT_TRANSLATE_NOOP("Exports", "sample view"),
         QT_TRANSLATE_NOOP("Exports", "confusion matrix"), QT_TRANSLATE_NOOP("Exports", "plot"))
PNG_SCALE = 2.0          # PNGs at twice the on-screen size: sharp on slides and paper
SCRIPTS = {"numpy": ("NumPy", numpy_script), "torch": ("PyTorch", pytorch_script)}
# A script named like the library it imports would import itself instead.
_SHADOWING = {"numpy", "torch"}


class Exports(QObject):
    """The export actions of one window; ``ask_path`` is the file dialog."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window

    # -- asking ----------------------------------------------------------------------------
    def ask_path(self, caption: str, suggested: str, filters: str) -> str | None:
        """The file to write, or None when cancelled (tests replace this method)."""
        start = str(Path(files.last_folder()) / suggested)
        name = files.ask_save_file(self.w, caption, start, filters)
        return name or None

    def stem(self) -> str:
        """A file-name stem from the document's title: "Coffee roasting" -> coffee_roasting."""
        title = Path(self.w.document.title()).stem if self.w.document.path else \
            self.w.document.title()
        stem = re.sub(r"[^\w-]+", "_", title.strip().lower()).strip("_")
        return stem[:60] or "network"

    # -- scripts ---------------------------------------------------------------------------
    def export_script(self, kind: str) -> Path | None:
        """Ask for a file and write the network as a ``kind`` ("numpy" or "torch")
        script. Returns the path written, or None (cancelled, or the error was shown)."""
        label, make = SCRIPTS[kind]
        name = self.ask_path(translate("Exports", "Export the network as a {language} script")
                             .format(language=label), f"{self.stem()}_{kind}.py",
                             translate("Exports", SCRIPT_FILTER))
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".py")
        problem = _script_path_problem(path)
        cannot = translate("Exports", "Cannot export script")
        if problem:
            self.w.show_error(cannot, problem)
            return None
        try:
            text = make(self.w.document.doc, self._bundle(), file_name=path.name)
        except (NetFileError, ExportError, ValueError) as e:
            self.w.show_error(cannot, translate("Exports", "The network cannot be written as a "
                                                "script: {error}").format(error=e))
            return None
        try:
            write_script(text, path)
        except OSError as e:
            self.w.show_error(cannot, translate("Exports", "Could not write {file}: {error}")
                              .format(file=path, error=e.strerror or e))
            return None
        files.remember_folder(path)
        self.w.show_status(translate("Exports", "Exported the network as a {language} script: "
                                     "{file}  (run it with: python {name})").format(
            language=label, file=path, name=path.name))
        return path

    def _bundle(self):
        """The data as the app prepared it (inputs, transforms, normalisation); raises
        ValueError with the reason when it cannot be built."""
        bundle = self.w.document.data_bundle()
        if bundle is None:
            raise ValueError(self.w.document.data_error()
                             or translate("Exports", "there is no data"))
        return bundle

    # -- images ----------------------------------------------------------------------------
    def export_image(self, target, what: str) -> Path | None:
        """Ask for a .png or .svg file and draw ``target`` (a plot widget) into it.
        ``what``: one of WHATS (English: the suggested file name ends with it)."""
        slug = re.sub(r"\W+", "_", what.lower()).strip("_")
        shown = translate("Exports", what)
        name = self.ask_path(translate("Exports", "Export an image of the {what}").format(
            what=shown), f"{self.stem()}_{slug}.png", translate("Exports", IMAGE_FILTER))
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".png")
        try:
            export_plot(target, path, scale=PNG_SCALE)
        except (OSError, ValueError, TypeError) as e:
            self.w.show_error(translate("Exports", "Cannot export image"), str(e))
            return None
        files.remember_folder(path)
        self.w.show_status(translate("Exports", "Exported the {what} to {file}").format(
            what=shown, file=path))
        return path

    def export_map(self) -> Path | None:
        surface = self.w.surface
        if not surface.showing_plot():
            self.w.show_error(translate("Exports", "Cannot export image"),
                              translate("Exports", "There is no map to export: the map panel "
                                        "shows a message instead ({message})").format(
                                  message=surface.message.text()))
            return None
        return self.export_image(surface.plot, "map")

    def export_data_view(self) -> Path | None:
        views = self.w.data_views
        whats = {views.weights: "weights view", views.samples: "sample view",
                 views.confusion: "confusion matrix"}
        return self.export_image(views.currentWidget(),
                                 whats.get(views.currentWidget(), "plot"))


def _script_path_problem(path: Path) -> str | None:
    if path.suffix.lower() != ".py":
        return translate("Exports", "{name}: a Python script's name must end in .py").format(
            name=path.name)
    if path.stem.lower() in _SHADOWING:
        return translate("Exports", "{name}: a script with this name would import itself "
                         "instead of {library}; choose another name").format(
            name=path.name, library="NumPy" if path.stem.lower() == "numpy" else "PyTorch")
    if not path.parent.is_dir():
        return translate("Exports", "Could not write {file}: the folder {folder} does not "
                         "exist").format(file=path, folder=path.parent)
    return None


def exports_of(window) -> Exports:
    """The window's Exports object, made on first use."""
    exports = getattr(window, "exports", None)
    if not isinstance(exports, Exports):
        exports = window.exports = Exports(window)
    return exports


# -- right-click menus on plots -------------------------------------------------------------

class PlotExportMenu(QObject):
    """A right-click menu with "Export Image…" on every pyqtgraph view inside ``target``.

    A right click that no plot item takes opens this menu. pyqtgraph's own menus (a
    ViewBox whose menu is enabled) get the same entry in place of pyqtgraph's "Export…"
    dialog, whose SVG export fails with this Qt (see gui.plots.export)."""

    def __init__(self, target, window, what: str):
        views = _views(target)
        if not views:
            raise TypeError(f"no pyqtgraph view in {type(target).__name__} to add a "
                            f"right-click menu to")
        super().__init__(views[0])
        self.target, self.window, self.what = target, window, what
        self.action = QAction(translate("Exports", "Export Image\u2026"), self)
        tip = translate("Exports", "Save the {what} as a PNG image or an SVG drawing").format(
            what=translate("Exports", what))
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.export)
        self.menu = QMenu(views[0])
        self.menu.addAction(self.action)
        for view in views:
            scene = view.scene()
            scene.contextMenu = [self.action]
            scene.sigMouseClicked.connect(self._clicked)

    def _clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.RightButton or ev.isAccepted() or ev.double():
            return
        ev.accept()
        self.popup(ev.screenPos().toPoint())

    def popup(self, pos: QPoint) -> None:
        self.menu.popup(pos)

    def export(self) -> Path | None:
        return exports_of(self.window).export_image(self.target, self.what)


def _views(target) -> list:
    """The pyqtgraph views of a widget (itself, or its children), or of a plot item."""
    if isinstance(target, pg.GraphicsView):
        return [target]
    if isinstance(target, QWidget):
        return target.findChildren(pg.GraphicsView)
    scene = target.scene() if hasattr(target, "scene") else None
    return list(scene.views()) if scene is not None else []


def add_export_menu(target, window, what: str = "plot") -> PlotExportMenu:
    """Give ``target`` (a plot widget, pyqtgraph view or plot item) a right-click menu
    with "Export Image…" (PNG or SVG, via ``window``'s file dialog and error display).
    ``what`` names the plot in the dialog, e.g. "loss plot". Keep no reference: the menu
    lives as long as the view."""
    return PlotExportMenu(target, window, what)


# -- installing ----------------------------------------------------------------------------

def _action(window, text: str, slot, tip: str) -> QAction:
    action = QAction(text, window)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def install(window) -> Exports:
    """File > Export entries for scripts and plot images; right-click menus on plots."""
    ex = exports_of(window)
    menu = window.actions_.export_menu
    menu.addSeparator()
    ex.numpy_action = _action(window, translate("Exports", "&NumPy Script\u2026"),
                              lambda: ex.export_script("numpy"),
                              translate("Exports", "Save the network as a Python script that "
                                        "needs only NumPy"))
    ex.torch_action = _action(window, translate("Exports", "&PyTorch Script\u2026"),
                              lambda: ex.export_script("torch"),
                              translate("Exports", "Save the network as a PyTorch script "
                                        "(nn.Module, loss, optimizer and a train function)"))
    menu.addActions([ex.numpy_action, ex.torch_action])
    menu.addSeparator()
    ex.loss_action = _action(window, translate("Exports", "&Loss Plot Image\u2026"),
                             lambda: ex.export_image(window.loss_plot, "loss plot"),
                             translate("Exports", "Save the loss plot as PNG or SVG"))
    ex.map_action = _action(window, translate("Exports", "&Map Image\u2026"), ex.export_map,
                            translate("Exports", "Save the map (decision surface or neuron "
                                      "map) as PNG or SVG"))
    ex.curve_action = _action(window, translate("Exports", "&Activation Plot Image\u2026"),
                              lambda: ex.export_image(window.curve_plot, "activation plot"),
                              translate("Exports", "Save the activation plot as PNG or SVG"))
    ex.data_action = _action(window, translate("Exports", "&Data View Image\u2026"),
                             ex.export_data_view,
                             translate("Exports", "Save the tab shown in the Data panel "
                                       "(weights, sample or confusion matrix) as PNG or SVG"))
    menu.addActions([ex.loss_action, ex.map_action, ex.curve_action, ex.data_action])
    views = window.data_views
    for target, what in ((window.loss_plot, "loss plot"), (window.surface.plot, "map"),
                         (window.curve_plot, "activation plot"),
                         (views.weights, "weights view"), (views.samples, "sample view"),
                         (views.confusion, "confusion matrix")):
        add_export_menu(target, window, what)
    return ex
