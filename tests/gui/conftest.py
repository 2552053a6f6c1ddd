"""GUI tests: QSettings go to a temporary folder, never to the user's real settings, and a
modal dialog fails the test instead of blocking the run forever."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from core import netfile


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    qapp.setOrganizationName("Neuron Studio Tests")
    qapp.setApplicationName("Neuron Studio Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().clear()
    yield


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
