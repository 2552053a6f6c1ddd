"""Menus, toolbar and keyboard shortcuts of the main window, in one place."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar

from core import losses
from gui import files
from gui.i18n import translate
from gui.preferences import show_preferences

Key = QKeySequence.StandardKey

# (keys, what they do): the keys in Qt's portable text, shown in the language's own key
# names (Strg in German) by shortcuts_help
SHORTCUT_ROWS = (
    (("Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S"),
     QT_TRANSLATE_NOOP("Shortcuts", "new, open, save, save as")),
    (("Ctrl+Alt+N", "Ctrl+W", "Ctrl+Q"),
     QT_TRANSLATE_NOOP("Shortcuts", "new window, close window, quit (every window)")),
    (("Ctrl+P",), QT_TRANSLATE_NOOP("Shortcuts", "export a printable handout (PDF)")),
    (("Ctrl+Z", "Ctrl+Shift+Z"),
     QT_TRANSLATE_NOOP("Shortcuts", "undo, redo (redo is also Ctrl+Y on Windows)")),
    (("Del",), QT_TRANSLATE_NOOP("Shortcuts", "delete the selected neurons or layer")),
    (("Ctrl+A",), QT_TRANSLATE_NOOP("Shortcuts", "select all neurons")),
    (("Ctrl+L",), QT_TRANSLATE_NOOP("Shortcuts", "add a hidden layer")),
    (("Ctrl+Shift+N",), QT_TRANSLATE_NOOP("Shortcuts", "add a neuron to the selected layer")),
    (("Ctrl++", "Ctrl+-", "Ctrl+0", "Ctrl+9"),
     QT_TRANSLATE_NOOP("Shortcuts", "zoom in, out, 100 %, fit")),
    (("F11",), QT_TRANSLATE_NOOP("Shortcuts", "full screen")),
    (("Space",), QT_TRANSLATE_NOOP("Shortcuts", "train / pause")),
    (("Ctrl+Right", "Ctrl+Shift+Right"),
     QT_TRANSLATE_NOOP("Shortcuts", "train one epoch / one mini-batch")),
    (("Ctrl+R", "Ctrl+Shift+R"),
     QT_TRANSLATE_NOOP("Shortcuts", "back to the starting weights / new random weights")),
    (("Ctrl+I",),
     QT_TRANSLATE_NOOP("Shortcuts", "one sample's numbers (forward and backward pass)")),
    (("Ctrl+H",), QT_TRANSLATE_NOOP(
        "Shortcuts", "neuron health: dead and saturated neurons, gradient size per layer")),
    (("Ctrl+K",), QT_TRANSLATE_NOOP("Shortcuts", "linear collapse")),
    (("Ctrl+T",), QT_TRANSLATE_NOOP("Shortcuts", "compare trials")),
    (("Ctrl+D",), QT_TRANSLATE_NOOP(
        "Shortcuts", "draw your own data on the Map (left button draws, right button erases)")),
    (("Ctrl+G",), QT_TRANSLATE_NOOP(
        "Shortcuts", "activation functions: every g(z) and g\u2032(z) side by side (a click "
                     "on a palette entry, or Ctrl+G in the palette, shows its card)")),
    (("Ctrl+,",), QT_TRANSLATE_NOOP("Shortcuts", "preferences (language)")),
    (("F5", "Esc"), QT_TRANSLATE_NOOP("Shortcuts", "projection mode on / off")),
    (("Ctrl+Shift+V",),
     QT_TRANSLATE_NOOP("Shortcuts", "record training as a GIF or video / stop recording")),
)


def shortcuts_help() -> str:
    """The Keyboard Shortcuts table (rich text) in the current language, the keys in the
    language's names ("Strg+N")."""
    rows = []
    for keys, what in SHORTCUT_ROWS:
        names = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                           for k in keys)
        rows.append(f"<tr><td><b>{html.escape(names)}</b></td>"
                    f"<td>{html.escape(translate('Shortcuts', what))}</td></tr>")
    hint = translate("Shortcuts", "Drag a neuron from the palette into a layer, into the gap "
                     "between two layers (a new layer), or onto a neuron (change its "
                     "activation). Double-click a link or a bias to type a value. "
                     "Right-click a neuron for more.")
    rows.append(f"<tr><td colspan=2>{html.escape(hint)}</td></tr>")
    return "<table cellpadding=3>" + "".join(rows) + "</table>"


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
        self.lessons_menu = self.w.menuBar().addMenu(translate("Menus", "&Lessons"))
        self.lessons_menu.setToolTipsVisible(True)
        self.tools_menu = self.w.menuBar().addMenu(translate("Menus", "T&ools"))
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
        w, m = self.w, self.w.menuBar().addMenu(translate("Menus", "&File"))
        self.file_menu = m
        self.new = self.act(translate("Menus", "&New"), w.new_document, Key.New,
                           translate("Menus", "Start a new default network"))
        self.open = self.act(translate("Menus", "&Open\u2026"), w.choose_and_open, Key.Open,
                             translate("Menus", "Open a network file (.nsnet)"))
        self.save = self.act(translate("Menus", "&Save"), w.save, Key.Save,
                            translate("Menus", "Save the network"))
        self.save_as = self.act(translate("Menus", "Save &As\u2026"), w.save_as,
                                QKeySequence("Ctrl+Shift+S"),
                                translate("Menus", "Save the network under a new name"))
        self.export = self.act(translate("Menus", "Network &Image (PNG or SVG)\u2026"),
                               w.export_image, QKeySequence("Ctrl+E"),
                               translate("Menus", "Save the network drawing as PNG or SVG"))
        # not Ctrl+Shift+N (Add Neuron) nor Ctrl+N (New network in this window)
        self.new_window = self.act(
            translate("MainWindow", "New &Window"), w.new_window, QKeySequence("Ctrl+Alt+N"),
            translate("MainWindow", "Open another window with its own network"))
        self.close_window = self.act(
            translate("MainWindow", "&Close Window"), w.close, Key.Close,
            translate("MainWindow", "Close this window (the others stay open)"))
        self.close_window.setShortcuts(Key.Close)     # Ctrl+W too, not only Ctrl+F4
        self.quit = self.act(translate("Menus", "&Quit"), w.quit_app, QKeySequence("Ctrl+Q"),
                             translate("MainWindow", "Quit Neuron Studio: close every window"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        m.addActions([self.new, self.new_window, self.open])
        self.recent_menu = m.addMenu(translate("Menus", "Open &Recent"))
        # another window may have opened or saved a file since
        self.recent_menu.aboutToShow.connect(self.refresh_recent)
        m.addSeparator()
        m.addActions([self.save, self.save_as])
        self.export_menu = m.addMenu(translate("Menus", "E&xport"))
        self.export_menu.setToolTipsVisible(True)
        self.export_menu.addAction(self.export)
        m.addSeparator()
        m.addActions([self.close_window, self.quit])

    def _edit_menu(self) -> None:
        w, m = self.w, self.w.menuBar().addMenu(translate("Menus", "&Edit"))
        # not createUndoAction: its C++ slot would bypass UndoStack.undo, which pauses
        # training first, and it is disabled while the running stretch is not an entry yet
        self.undo = self.act(translate("Menus", "&Undo"), lambda: w.undo_stack.undo(), Key.Undo)
        self.redo = self.act(translate("Menus", "&Redo"), lambda: w.undo_stack.redo())
        self.redo.setShortcuts(redo_keys())
        self.delete = self.act(translate("Menus", "&Delete"), w.editor.delete_selected, Key.Delete,
                               translate("Menus", "Delete the selected neurons or layer"))
        self.select_all = self.act(translate("Menus", "Select &All"), w.editor.select_all,
                                   Key.SelectAll, translate("Menus", "Select every neuron"))
        m.addActions([self.undo, self.redo])
        m.addSeparator()
        m.addActions([self.delete, self.select_all])
        m.addSeparator()
        self.preferences = self.act(
            translate("Menus", "&Preferences\u2026"), lambda: show_preferences(w),
            tip=translate("Menus", "Preferences: the interface language"))
        # Linux has no standard key for Preferences; Ctrl+, is the common one elsewhere
        self.preferences.setShortcuts(QKeySequence.keyBindings(Key.Preferences)
                                      or [QKeySequence("Ctrl+,")])
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        m.addAction(self.preferences)

    def _view_menu(self) -> None:
        w, m = self.w, self.w.menuBar().addMenu(translate("Menus", "&View"))
        self.view_menu = m
        self.zoom_in = self.act(translate("Menus", "Zoom &In"), w.editor.zoom_in,
                                QKeySequence("Ctrl++"),
                                translate("Menus", "Make the network bigger"))
        self.zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out = self.act(translate("Menus", "Zoom &Out"), w.editor.zoom_out,
                                 QKeySequence("Ctrl+-"),
                                 translate("Menus", "Make the network smaller"))
        self.zoom_reset = self.act(translate("Menus", "&Actual Size"), w.editor.zoom_reset,
                                   QKeySequence("Ctrl+0"))
        self.fit = self.act(translate("Menus", "&Fit Network"), w.editor.fit,
                            QKeySequence("Ctrl+9"),
                            translate("Menus", "Zoom so the whole network fits"))
        self.full_screen = self.act(translate("Menus", "&Full Screen"), w.toggle_full_screen,
                                    QKeySequence("F11"),
                                    translate("Menus", "Full screen on or off"))
        m.addActions([self.zoom_in, self.zoom_out, self.zoom_reset, self.fit])
        m.addSeparator()
        for dock in w.docks():
            m.addAction(dock.toggleViewAction())
        self.panels_menu = m.addMenu(translate("Menus", "&Panels"))     # the teaching tools' docks
        m.addSeparator()
        m.addAction(self.full_screen)

    def _network_menu(self) -> None:
        w, m = self.w, self.w.menuBar().addMenu(translate("Menus", "&Network"))
        self.add_layer = self.act(translate("Menus", "Add Hidden &Layer"), w.editor.add_layer,
                                  QKeySequence("Ctrl+L"),
                                  translate("Menus", "Add a hidden layer before the output"))
        self.add_neuron = self.act(translate("Menus", "Add &Neuron"), lambda: w.add_neuron("tanh"),
                                   QKeySequence("Ctrl+Shift+N"),
                                   translate("Menus", "Add a tanh neuron to the selected layer"))
        m.addActions([self.add_layer, self.add_neuron])
        problem_menu = m.addMenu(translate("Menus", "&Problem Type"))
        problem_menu.setToolTipsVisible(True)
        self.problem_actions = {}
        for name, text, tip in (
                ("classification", translate("Menus", "Classification"),
                 translate("Menus", "Predict a class for each sample")),
                ("regression", translate("Menus", "Regression"),
                 translate("Menus", "Predict a number for each sample"))):
            a = self.act(text, partial(self._set_problem, name), tip=tip)
            a.setCheckable(True)
            problem_menu.addAction(a)
            self.problem_actions[name] = a
        problem_menu.aboutToShow.connect(self._check_problem)
        loss_menu = m.addMenu(translate("Menus", "&Loss"))
        loss_menu.setToolTipsVisible(True)
        self.loss_actions = {}
        for name in losses.NAMES:
            label = losses.label(name)
            # mid-sentence: only the first letter drops its capital (German nouns keep theirs)
            a = self.act(label, partial(w.set_loss, name),
                         tip=translate("Menus", "Train with {loss}").format(
                             loss=label[:1].lower() + label[1:]))
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
                a.setToolTip(translate("Menus", "A built-in data set fixes the problem "
                                       "type; import a CSV file to choose"))

    def _set_problem(self, name: str) -> None:
        if self.w.document.doc.data.get("source") == "builtin" and name != self._problem():
            self.w.show_status(translate("Menus", "A built-in data set fixes the problem "
                                         "type; import a CSV file (Data and training "
                                         "panel) to choose it"))
            return
        self.w.settings_panel.set_problem(name)

    def _check_loss(self) -> None:
        for name, a in self.loss_actions.items():
            a.setChecked(name == self.w.document.network.loss)

    def _training_menu(self) -> None:
        m = self.w.menuBar().addMenu(translate("Menus", "&Training"))
        m.setToolTipsVisible(True)
        m.addActions(self.w.training_bar.actions_for_menu())

    def _help_menu(self) -> None:
        w, m = self.w, self.w.menuBar().addMenu(translate("Menus", "&Help"))
        self.help_menu = m
        m.setToolTipsVisible(True)
        self.shortcuts = self.act(translate("Menus", "&Keyboard Shortcuts"), self.show_shortcuts,
                                  QKeySequence(Key.HelpContents))
        self.about = self.act(translate("Menus", "&About Neuron Studio"), w.show_about)
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
        undo_text = translate("Menus", "training so far") if running else stack.undoText()
        redo_text = "" if running else stack.redoText()
        native = QKeySequence.SequenceFormat.NativeText
        undo_keys = QKeySequence("Ctrl+Z").toString(native)
        redo_keys_ = QKeySequence("Ctrl+Shift+Z").toString(native)
        undo_tip = translate("Menus", "Undo {action} ({keys})").format(action=undo_text,
                                                                      keys=undo_keys)
        redo_tip = translate("Menus", "Redo {action} ({keys})").format(action=redo_text,
                                                                      keys=redo_keys_)
        for action, text, tip, nothing in (
                (self.undo, undo_text, undo_tip, translate("Menus", "Nothing to undo")),
                (self.bar_undo, undo_text, undo_tip, translate("Menus", "Nothing to undo")),
                (self.redo, redo_text, redo_tip, translate("Menus", "Nothing to redo")),
                (self.bar_redo, redo_text, redo_tip, translate("Menus", "Nothing to redo"))):
            action.setEnabled(bool(text))
            action.setToolTip(tip if text else nothing)
            action.setStatusTip(action.toolTip())
        self.undo.setText(translate("Menus", "&Undo {action}").format(action=undo_text)
                          if undo_text else translate("Menus", "&Undo"))
        self.redo.setText(translate("Menus", "&Redo {action}").format(action=redo_text)
                          if redo_text else translate("Menus", "&Redo"))

    def show_shortcuts(self) -> None:
        QMessageBox.information(self.w, translate("Menus", "Keyboard shortcuts"),
                                shortcuts_help())

    def _toolbar(self) -> None:
        bar = QToolBar(translate("Menus", "Main toolbar"), self.w)
        bar.setObjectName("mainToolbar")
        bar.addActions([self.new, self.open, self.save])
        bar.addSeparator()
        # fixed labels: the menu's "Undo Add ReLU neuron to Hidden 1" grew the toolbar and
        # pushed the training controls into the overflow menu
        stack = self.w.undo_stack
        self.bar_undo = self.act(translate("Menus", "Undo"), lambda: stack.undo())
        self.bar_redo = self.act(translate("Menus", "Redo"), lambda: stack.redo())
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
