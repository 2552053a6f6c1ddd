"""Menus, toolbar and keyboard shortcuts of the main window, in one place."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar

from core import losses
from gui import files
from gui.i18n import translate

Key = QKeySequence.StandardKey

SHORTCUTS_HELP = """<table cellpadding=4>
<tr><td><b>Ctrl+N / Ctrl+O / Ctrl+S / Ctrl+Shift+S</b></td><td>new, open, save, save as</td></tr>
<tr><td><b>Ctrl+Alt+N / Ctrl+W / Ctrl+Q</b></td><td>new window, close window, quit (every
window)</td></tr>
<tr><td><b>Ctrl+P</b></td><td>export a printable handout (PDF)</td></tr>
<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>undo, redo (redo is also Ctrl+Y on
Windows)</td></tr>
<tr><td><b>Del</b></td><td>delete the selected neurons or layer</td></tr>
<tr><td><b>Ctrl+A</b></td><td>select all neurons</td></tr>
<tr><td><b>Ctrl+L</b></td><td>add a hidden layer</td></tr>
<tr><td><b>Ctrl+Shift+N</b></td><td>add a neuron to the selected layer</td></tr>
<tr><td><b>Ctrl++ / Ctrl+- / Ctrl+0 / Ctrl+9</b></td><td>zoom in, out, 100 %, fit</td></tr>
<tr><td><b>F11</b></td><td>full screen</td></tr>
<tr><td><b>Space</b></td><td>train / pause</td></tr>
<tr><td><b>Ctrl+Right / Ctrl+Shift+Right</b></td><td>train one epoch / one mini-batch</td></tr>
<tr><td><b>Ctrl+R / Ctrl+Shift+R</b></td><td>back to the starting weights / new random
weights</td></tr>
<tr><td><b>Ctrl+I</b></td><td>one sample's numbers (forward and backward pass)</td></tr>
<tr><td><b>Ctrl+H</b></td><td>neuron health: dead and saturated neurons, gradient size per
layer</td></tr>
<tr><td><b>Ctrl+K</b></td><td>linear collapse</td></tr>
<tr><td><b>Ctrl+T</b></td><td>compare trials</td></tr>
<tr><td><b>Ctrl+D</b></td><td>draw your own data on the Map (left button draws, right button
erases)</td></tr>
<tr><td><b>Ctrl+G</b></td><td>activation functions: every g(z) and g′(z) side by side (a
click on a palette entry, or Ctrl+G in the palette, shows its card)</td></tr>
<tr><td><b>F5 / Esc</b></td><td>projection mode on / off</td></tr>
<tr><td><b>Ctrl+Shift+V</b></td><td>record training as a GIF or video / stop
recording</td></tr>
<tr><td colspan=2>Drag a neuron from the palette into a layer, into the gap between two layers
(a new layer), or onto a neuron (change its activation). Double-click a link or a bias to type
a value. Right-click a neuron for more.</td></tr></table>"""


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys (X11 and Windows: Ctrl+Y and Ctrl+Shift+Z; macOS:
    Cmd+Shift+Z), plus Ctrl+Shift+Z where the platform lacks it. Never the same key twice:
    a key bound twice to one action is an "Ambiguous shortcut overload" and does nothing."""
    keys = QKeySequence.keyBindings(Key.Redo)
    extra = QKeySequence("Ctrl+Shift+Z")
    if not any(k.matches(extra) == QKeySequence.SequenceMatch.ExactMatch for k in keys):
        keys.append(extra)
    return keys


class WindowActions:
    """Creates every QAction of ``window`` and keeps the Open Recent menu up to date."""

    def __init__(self, window):
        self.w = window
        self.recent_menu = None
        self._file_menu()
        self._edit_menu()
        self._view_menu()
        self._network_menu()
        self._training_menu()
        self.lessons_menu = self.w.menuBar().addMenu("&Lessons")
        self.lessons_menu.setToolTipsVisible(True)
        self.tools_menu = self.w.menuBar().addMenu("T&ools")
        self.tools_menu.setToolTipsVisible(True)
        self._help_menu()
        self._toolbar()
        self.refresh_recent()

    def act(self, text, slot, shortcut=None, tip="") -> QAction:
        action = QAction(text, self.w)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setToolTip(tip or text.replace("&", "").rstrip("\u2026"))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(slot)
        return action

    def _file_menu(self) -> None:
        w, m = self.w, self.w.menuBar().addMenu("&File")
        self.new = self.act("&New", w.new_document, Key.New, "Start a new default network")
        self.open = self.act("&Open\u2026", w.choose_and_open, Key.Open,
                             "Open a network file (.nsnet)")
        self.save = self.act("&Save", w.save, Key.Save, "Save the network")
        self.save_as = self.act("Save &As\u2026", w.save_as, QKeySequence("Ctrl+Shift+S"),
                                "Save the network under a new name")
        self.export = self.act("Network &Image (PNG or SVG)\u2026", w.export_image,
                               QKeySequence("Ctrl+E"), "Save the network drawing as PNG or SVG")
        # not Ctrl+Shift+N (Add Neuron) nor Ctrl+N (New network in this window)
        self.new_window = self.act(
            translate("MainWindow", "New &Window"), w.new_window, QKeySequence("Ctrl+Alt+N"),
            translate("MainWindow", "Open another window with its own network"))
        self.close_window = self.act(
            translate("MainWindow", "&Close Window"), w.close, Key.Close,
            translate("MainWindow", "Close this window (the others stay open)"))
        self.close_window.setShortcuts(Key.Close)     # Ctrl+W too, not only Ctrl+F4
        self.quit = self.act(translate("MainWindow", "&Quit"), w.quit_app,
                             QKeySequence("Ctrl+Q"),
                             translate("MainWindow", "Quit Neuron Studio: close every window"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        m.addActions([self.new, self.new_window, self.open])
        self.recent_menu = m.addMenu("Open &Recent")
        # another window may have opened or saved a file since
        self.recent_menu.aboutToShow.connect(self.refresh_recent)
        m.addSeparator()
        m.addActions([self.save, self.save_as])
        self.export_menu = m.addMenu("E&xport")
        self.export_menu.setToolTipsVisible(True)
        self.export_menu.addAction(self.export)
        m.addSeparator()
        m.addActions([self.close_window, self.quit])

    def _edit_menu(self) -> None:
        w, m = self.w, self.w.menuBar().addMenu("&Edit")
        # not createUndoAction: its C++ slot would bypass UndoStack.undo, which pauses
        # training first, and it is disabled while the running stretch is not an entry yet
        self.undo = self.act("&Undo", lambda: w.undo_stack.undo(), Key.Undo)
        self.redo = self.act("&Redo", lambda: w.undo_stack.redo())
        self.redo.setShortcuts(redo_keys())
        self.delete = self.act("&Delete", w.editor.delete_selected, Key.Delete,
                               "Delete the selected neurons or layer")
        self.select_all = self.act("Select &All", w.editor.select_all, Key.SelectAll,
                                   "Select every neuron")
        m.addActions([self.undo, self.redo])
        m.addSeparator()
        m.addActions([self.delete, self.select_all])

    def _view_menu(self) -> None:
        w, m = self.w, self.w.menuBar().addMenu("&View")
        self.view_menu = m
        self.zoom_in = self.act("Zoom &In", w.editor.zoom_in,
                                QKeySequence("Ctrl++"), "Make the network bigger")
        self.zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out = self.act("Zoom &Out", w.editor.zoom_out, QKeySequence("Ctrl+-"),
                                 "Make the network smaller")
        self.zoom_reset = self.act("&Actual Size", w.editor.zoom_reset, QKeySequence("Ctrl+0"))
        self.fit = self.act("&Fit Network", w.editor.fit, QKeySequence("Ctrl+9"),
                            "Zoom so the whole network fits")
        self.full_screen = self.act("&Full Screen", w.toggle_full_screen,
                                    QKeySequence("F11"), "Full screen on or off")
        m.addActions([self.zoom_in, self.zoom_out, self.zoom_reset, self.fit])
        m.addSeparator()
        for dock in w.docks():
            m.addAction(dock.toggleViewAction())
        self.panels_menu = m.addMenu("&Panels")     # the teaching tools' docks
        m.addSeparator()
        m.addAction(self.full_screen)

    def _network_menu(self) -> None:
        w, m = self.w, self.w.menuBar().addMenu("&Network")
        self.add_layer = self.act("Add Hidden &Layer", w.editor.add_layer,
                                  QKeySequence("Ctrl+L"), "Add a hidden layer before the output")
        self.add_neuron = self.act("Add &Neuron", lambda: w.add_neuron("tanh"),
                                   QKeySequence("Ctrl+Shift+N"),
                                   "Add a tanh neuron to the selected layer")
        m.addActions([self.add_layer, self.add_neuron])
        problem_menu = m.addMenu("&Problem Type")
        problem_menu.setToolTipsVisible(True)
        self.problem_actions = {}
        for name, tip in (("classification", "Predict a class for each sample"),
                          ("regression", "Predict a number for each sample")):
            a = self.act(name.capitalize(), partial(self._set_problem, name), tip=tip)
            a.setCheckable(True)
            problem_menu.addAction(a)
            self.problem_actions[name] = a
        problem_menu.aboutToShow.connect(self._check_problem)
        loss_menu = m.addMenu("&Loss")
        loss_menu.setToolTipsVisible(True)
        self.loss_actions = {}
        for name in losses.NAMES:
            a = self.act(losses.LABELS[name], partial(w.set_loss, name),
                         tip=f"Train with {losses.LABELS[name].lower()}")
            a.setCheckable(True)
            loss_menu.addAction(a)
            self.loss_actions[name] = a
        loss_menu.aboutToShow.connect(self._check_loss)

    def _problem(self) -> str:
        bundle = self.w.document.data_bundle()
        if bundle is not None:
            return bundle.problem
        return self.w.document.doc.data.get("problem", "classification")

    def _check_problem(self) -> None:
        builtin = self.w.document.doc.data.get("source") == "builtin"
        for name, a in self.problem_actions.items():
            a.setChecked(name == self._problem())
            a.setEnabled(not builtin or name == self._problem())
            if builtin:
                a.setToolTip("A built-in data set fixes the problem type; import a CSV "
                             "file to choose")

    def _set_problem(self, name: str) -> None:
        if self.w.document.doc.data.get("source") == "builtin" and name != self._problem():
            self.w.show_status("A built-in data set fixes the problem type; import a CSV "
                               "file (Data and training panel) to choose it")
            return
        self.w.settings_panel.set_problem(name)

    def _check_loss(self) -> None:
        for name, a in self.loss_actions.items():
            a.setChecked(name == self.w.document.network.loss)

    def _training_menu(self) -> None:
        m = self.w.menuBar().addMenu("&Training")
        m.setToolTipsVisible(True)
        m.addActions(self.w.training_bar.actions_for_menu())

    def _help_menu(self) -> None:
        w, m = self.w, self.w.menuBar().addMenu("&Help")
        self.help_menu = m
        m.setToolTipsVisible(True)
        self.shortcuts = self.act("&Keyboard Shortcuts", self.show_shortcuts,
                                  QKeySequence(Key.HelpContents))
        self.about = self.act("&About Neuron Studio", w.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        m.addActions([self.shortcuts, self.about])

    def _refresh_undo(self, *_) -> None:
        """Undo and Redo name what they would do. While training runs, Undo takes back
        the training so far (it pauses first) and Redo has nothing to redo: training
        is a new step in the history."""
        stack = self.w.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.undo):
            return          # the window is being destroyed: its stack says "cleared"
        running = self.w.controller.running
        undo_text = "training so far" if running else stack.undoText()
        redo_text = "" if running else stack.redoText()
        for action, text, what, keys in (
                (self.undo, undo_text, "Undo", "Ctrl+Z"),
                (self.bar_undo, undo_text, "Undo", "Ctrl+Z"),
                (self.redo, redo_text, "Redo", "Ctrl+Shift+Z"),
                (self.bar_redo, redo_text, "Redo", "Ctrl+Shift+Z")):
            action.setEnabled(bool(text))
            tip = f"{what} {text} ({keys})" if text else f"Nothing to {what.lower()}"
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.undo.setText(f"&Undo {undo_text}" if undo_text else "&Undo")
        self.redo.setText(f"&Redo {redo_text}" if redo_text else "&Redo")

    def show_shortcuts(self) -> None:
        QMessageBox.information(self.w, "Keyboard shortcuts", SHORTCUTS_HELP)

    def _toolbar(self) -> None:
        bar = QToolBar("Main toolbar", self.w)
        bar.setObjectName("mainToolbar")
        bar.addActions([self.new, self.open, self.save])
        bar.addSeparator()
        # fixed labels: the menu's "Undo Add ReLU neuron to Hidden 1" grew the toolbar and
        # pushed the training controls into the overflow menu
        stack = self.w.undo_stack
        self.bar_undo = self.act("Undo", lambda: stack.undo())
        self.bar_redo = self.act("Redo", lambda: stack.redo())
        for signal in (stack.indexChanged, stack.cleanChanged,
                       self.w.controller.runningChanged):
            signal.connect(self._refresh_undo)
        self._refresh_undo()
        bar.addActions([self.bar_undo, self.bar_redo, self.delete])
        bar.addSeparator()
        bar.addActions([self.add_layer, self.zoom_in, self.zoom_out, self.fit])
        self.w.addToolBar(bar)
        self.toolbar = bar

    def refresh_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        names = files.recent_files()
        for name in names:
            a = menu.addAction(Path(name).name, partial(self.w.open_recent, name))
            a.setToolTip(name)
        menu.setEnabled(bool(names))


def build_actions(window) -> WindowActions:
    return WindowActions(window)
