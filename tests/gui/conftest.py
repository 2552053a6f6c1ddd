"""GUI tests: QSettings go to a temporary folder, never to the user's real settings, and a
modal dialog fails the test instead of blocking the run forever."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox

from core import netfile
from tests.gui.pseudo_language import PseudoTranslator


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    qapp.setOrganizationName("Neuron Studio Tests")
    qapp.setApplicationName("Neuron Studio Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().clear()
    yield


@pytest.fixture(autouse=True, scope="session")
def _english_plural_forms(qapp):
    """English as the app speaks it: "1 epoch", "2 epochs" (gui.language's English
    catalogue holds only plural forms; no other language is loaded). Core's texts go
    through Qt's translators as in the app (gui.language.install_language), so a test's
    translator (the pseudo-language) reaches them too."""
    from gui.i18n import install_core_translator
    from gui.language import install_plural_forms

    install_plural_forms(qapp)
    install_core_translator()


@pytest.fixture(autouse=True)
def _light_after_each_test(qapp):
    """A test that made the app dark (View > Colour Scheme, gui.theme) leaves it light."""
    yield
    from gui import colors, theme

    if colors.system_dark() and qapp.findChild(theme.Theme) is not None:
        theme.install(qapp).request(Qt.ColorScheme.Unknown)


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """Offscreen nobody can answer a modal dialog; tests replace the asking method instead."""
    def refuse(name):
        def blocked(*args, **kwargs):
            raise AssertionError(f"a modal {name} would block the test run")
        return staticmethod(blocked)

    for cls, names in ((QMessageBox, ("question", "warning", "critical", "information",
                                      "about")),
                       (QFileDialog, ("getOpenFileName", "getSaveFileName",
                                      "getExistingDirectory")),
                       (QInputDialog, ("getText", "getDouble", "getInt", "getItem"))):
        for name in names:
            monkeypatch.setattr(cls, name, refuse(f"{cls.__name__}.{name}"))


@pytest.fixture
def make_editor(qtbot):
    """``make_editor(doc=None)``: a shown NetworkEditor on its own document and undo stack,
    with the status messages it sends collected in ``messages``."""
    from gui.document import NetworkDocument
    from gui.editor import NetworkEditor

    def make(doc=None):
        document = NetworkDocument(doc or netfile.default_document())
        stack = QUndoStack()
        editor = NetworkEditor(document, stack)
        qtbot.addWidget(editor)
        editor.resize(1200, 800)
        editor.show()
        qtbot.waitExposed(editor)
        messages = []
        editor.statusMessage.connect(messages.append)
        return SimpleNamespace(doc=document, stack=stack, ed=editor, messages=messages,
                               layout=editor.scene_layout)
    return make


@pytest.fixture
def window(qtbot):
    """A shown main window on the default network; errors are collected in
    ``w.errors`` instead of dialogs."""
    from gui.main_window import MainWindow

    w = MainWindow()
    w.errors = []
    w.show_error = lambda title, text: w.errors.append(text)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # Closed here rather than by qtbot.addWidget: pytest-qt closes its widgets before
    # fixture teardown runs, and a modified document would then block on a modal prompt.
    w.ask_save_changes = lambda: "discard"
    assert w.close()
    w.deleteLater()


class Hands:
    """A person's hands: every key goes to the widget that has focus *now*
    (``QApplication.focusWidget()``), as the keyboard does, and mouse events go to the
    widget under the pointer. Never call a handler directly: a handler called by a test
    never tells you that another widget swallowed the key (DESIGN.md, Testing)."""

    def __init__(self, qtbot):
        self.qtbot = qtbot

    @staticmethod
    def settle(rounds: int = 3) -> None:
        for _ in range(rounds):
            QApplication.processEvents()

    def focus(self, widget) -> None:
        """Give ``widget``'s window the keyboard and ``widget`` the focus (as a click on
        a window and then Tab would)."""
        window = widget.window()
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.settle()
        assert QApplication.focusWidget() is widget, QApplication.focusWidget()

    def focused(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def key(self, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.focused(), key, modifiers)
        self.settle()

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focused(), text)
        self.settle()

    @staticmethod
    def _target(widget):
        """Mouse events of a scroll area or graphics view go to its viewport."""
        viewport = getattr(widget, "viewport", None)
        return viewport() if callable(viewport) else widget

    def click(self, widget, pos: QPoint | None = None, button=Qt.MouseButton.LeftButton,
              modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        target = self._target(widget)
        QTest.mouseClick(target, button, modifiers, pos or target.rect().center())
        self.settle()

    def double_click(self, widget, pos: QPoint | None = None) -> None:
        target = self._target(widget)
        pos = pos or target.rect().center()
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        QTest.mouseDClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          pos)
        self.settle()

    def wheel(self, widget, pos: QPoint, steps: int) -> bool:
        """Turn the wheel ``steps`` notches (positive: away from the user) over ``pos`` of
        ``widget``. The event goes to the widget under the pointer there and on up its
        parents while each ignores it, as QApplication delivers a real (spontaneous)
        wheel; it does not propagate one sent by a program, so this walks up itself.
        Returns whether somebody accepted it."""
        window = widget.window()
        window_pos = widget.mapTo(window, pos)
        target = window.childAt(window_pos) or widget
        accepted = False
        while target is not None and not accepted:
            local = QPointF(target.mapFrom(window, window_pos))
            event = QWheelEvent(local, QPointF(target.mapToGlobal(local)), QPoint(),
                                QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                                False)
            QApplication.sendEvent(target, event)
            accepted = event.isAccepted()
            target = None if target.isWindow() else target.parentWidget()
        self.settle()
        return accepted

    def ctrl_wheel(self, widget, pos: QPoint, steps: int) -> bool:
        """The wheel turned with Ctrl held, sent to ``widget``'s viewport under ``pos``."""
        target = self._target(widget)
        event = QWheelEvent(QPointF(pos), QPointF(target.mapToGlobal(pos)), QPoint(),
                            QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.ControlModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        accepted = QApplication.sendEvent(target, event)
        self.settle()
        return accepted

    def drag(self, widget, start: QPoint, end: QPoint, steps: int = 6,
             modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        """Press the left button at ``start``, move in ``steps`` with the button held, and
        release at ``end`` (QTest.mouseMove sends no buttons, so the moves are built here)."""
        target = self._target(widget)
        left = Qt.MouseButton.LeftButton
        QTest.mousePress(target, left, modifiers, start)
        for i in range(1, steps + 1):
            p = start + (end - start) * (i / steps)
            move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(p),
                               QPointF(target.mapToGlobal(p)), Qt.MouseButton.NoButton,
                               left, modifiers)
            QApplication.sendEvent(target, move)
        QTest.mouseRelease(target, left, modifiers, end)
        self.settle()

    def drop(self, widget, pos: QPoint, mime, action=Qt.DropAction.CopyAction,
             via: QPoint | None = None) -> bool:
        """What Qt delivers to ``widget``'s viewport while a QDrag carrying ``mime`` enters
        (at ``via`` or ``pos``), moves to ``pos`` and is dropped there (a real ``QDrag.exec``
        runs a nested loop a test cannot script). Returns whether the drop was accepted."""
        target = self._target(widget)
        buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        start = via or pos
        enter = QDragEnterEvent(start, action, mime, buttons, mods)
        QApplication.sendEvent(target, enter)
        if not enter.isAccepted():
            return False
        for p in ([via] if via is not None else []) + [pos]:
            QApplication.sendEvent(target, QDragMoveEvent(p, action, mime, buttons, mods))
            self.settle(1)
        drop = QDropEvent(QPointF(pos), action, mime, buttons, mods)
        QApplication.sendEvent(target, drop)
        self.settle()
        return drop.isAccepted()

    def scene_pos(self, view, scene_point) -> QPoint:
        """Where ``scene_point`` of a QGraphicsView lies in its viewport."""
        return view.mapFromScene(scene_point)

    def right_click(self, widget, pos: QPoint) -> None:
        """A right click: the button press and release, then the context-menu event the
        platform sends for it (QTest's mouse events do not make one)."""
        target = self._target(widget)
        QTest.mouseClick(target, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                         pos)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, target.mapToGlobal(pos))
        QApplication.sendEvent(target, event)
        self.settle()
        # A menu it opened has closed: a window manager gives the window back the keyboard
        # (offscreen, the closed menu can stay the active window).
        window = target.window()
        if QApplication.activePopupWidget() is None and \
                QApplication.activeWindow() is not window:
            window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
            self.settle()

    def menu(self):
        """The menu that is open now (waiting up to 2 s for it)."""
        self.qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu),
                             timeout=2000)
        return QApplication.activePopupWidget()

    def key_to_menu(self, key) -> None:
        """A key press while a menu is open: Qt gives it to the open popup, not to the
        focus widget behind it."""
        QTest.keyClick(QApplication.activePopupWidget(), key)
        self.settle()

    def choose_in_popup(self, text: str, *deeper: str, tries: int = 100) -> list:
        """Answer the menu that the next action opens (its nested event loop would block
        the test) as a person does with the keyboard: Down until the entry ``text`` is
        highlighted, then Return (Escape if there is no such entry; Escape after 2 s if no
        menu opened). ``deeper`` names entries of the submenus that Return opens, in turn.
        The returned list gets the entries' texts of each menu answered."""
        answered, window = [], QApplication.activeWindow()
        path = [text, *deeper]

        def answer(left, menu_before=None):
            menu = QApplication.activePopupWidget()
            if not isinstance(menu, QMenu) or not menu.isVisible() or menu is menu_before:
                if left:
                    QTimer.singleShot(20, lambda: answer(left - 1, menu_before))
                elif menu is not None:
                    QTest.keyClick(menu, Qt.Key.Key_Escape)
                return
            answered.extend(a.text() for a in menu.actions())
            wanted = path.pop(0)
            for _ in range(len(menu.actions()) + 1):
                QTest.keyClick(menu, Qt.Key.Key_Down)
                if menu.activeAction() is not None and menu.activeAction().text() == wanted:
                    QTest.keyClick(menu, Qt.Key.Key_Return)
                    break
            else:
                path.clear()
                QTest.keyClick(menu, Qt.Key.Key_Escape)
            if path:                 # Return opened a submenu: answer it next
                QTimer.singleShot(20, lambda: answer(tries, menu))
                return
            # What a window manager does when a menu closes; the offscreen platform
            # leaves the closed menu as the active window.
            if window is not None and QApplication.activeWindow() is not window:
                window.activateWindow()
        QTimer.singleShot(20, lambda: answer(tries))
        return answered


@pytest.fixture
def hands(qtbot):
    return Hands(qtbot)


@pytest.fixture
def drags(monkeypatch):
    """The QDrags a press-and-move starts, as their QMimeData: ``QDrag.exec`` runs a
    nested loop (offscreen nobody ends it), so it records the drag instead, and the test
    delivers the drop events Qt would (``hands.drop``)."""
    started = []

    def record(drag, *args):
        started.append(drag.mimeData())
        return Qt.DropAction.IgnoreAction
    monkeypatch.setattr(QDrag, "exec", record)
    return started


@pytest.fixture
def canvas(window, hands):
    """The main window's network editor, with the keyboard focus."""
    hands.focus(window.editor)
    return window.editor


@pytest.fixture
def pseudo(qapp):
    """The pseudo-language (tests/gui/pseudo_language.py) for one test, for core's texts
    too (core.i18n goes through Qt's translators, as gui.language sets it up in the app);
    core's translator as it was afterwards."""
    from core import i18n as core_i18n
    from gui import i18n

    saved = core_i18n._translator, core_i18n._number
    translator = PseudoTranslator(qapp)
    assert qapp.installTranslator(translator)
    i18n.install_core_translator()
    assert i18n.translate("Any", "text") == "[\u00a7 text \u00a7]"
    yield translator
    qapp.removeTranslator(translator)
    core_i18n.install(*saved)
