"""File > Export Handout (PDF)… under a person's hands: Ctrl+P opens the page-size dialog,
the keyboard picks the size, and the file is named through the file-dialog seam
(gui.files); the PDF then holds the One sample panel's numbers when that panel is open."""

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from gui import files
from gui.handout import content
from gui.handout.menu import HandoutDialog

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def british(monkeypatch):
    """The locale of a British classroom: A4 unless the person chose otherwise."""
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(old)


@pytest.fixture
def answers(tmp_path):
    sandbox = files.use_sandbox_dialogs(tmp_path / "answers")
    (tmp_path / "answers").mkdir()
    yield sandbox
    files.use_sandbox_dialogs(None)


def open_dialog(window, hands) -> HandoutDialog:
    hands.key(K.Key_P, CTRL)
    hands.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), HandoutDialog),
                          timeout=2000)
    dialog = QApplication.activeModalWidget()
    hands.qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox),
                          timeout=2000)
    return dialog


def test_ctrl_p_exports_a_letter_handout_with_the_sample_numbers(window, canvas, hands,
                                                                   answers, british,
                                                                   monkeypatch):
    assert window.handout_action.shortcut().toString() == "Ctrl+P"
    hands.key(K.Key_I, CTRL)                            # the One sample panel
    hands.qtbot.waitUntil(lambda: bool(window.sample_explainer.steps), timeout=3000)
    hands.focus(window.editor)

    dialog = open_dialog(window, hands)                 # Escape: nothing asked or written
    assert dialog.page() == "a4"                        # the locale's size
    hands.key(K.Key_Escape)
    hands.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=2000)
    assert answers.asked == 0 and not list(answers.folder.iterdir())

    hands.focus(window.editor)
    dialog = open_dialog(window, hands)
    hands.key(K.Key_Down)                               # A4 -> US Letter
    assert dialog.page() == "letter"
    hands.key(K.Key_Return)                             # "Choose File…", then the seam
    out = answers.folder / "answer1.pdf"
    hands.qtbot.waitUntil(out.exists, timeout=5000)
    assert answers.asked == 1 and window.errors == []
    assert QSettings().value("handout/page") == "letter"

    doc = pdfium.PdfDocument(str(out))
    sizes = {tuple(round(v) for v in page.get_size()) for page in doc}
    text = " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in doc)
    doc.close()
    assert sizes == {(612, 792)}
    assert "One sample's numbers" in text and "Sample: training sample 1:" in text
    first = window.sample_explainer.steps[0]
    assert f"1. {first.title}" in text
    assert "Hidden 1 4 4 \u00d7 Tanh" in text                 # the default network
    assert str(out) in window.statusBar().currentMessage()

    hands.focus(window.editor)
    dialog = open_dialog(window, hands)                 # the size chosen last time
    assert dialog.page() == "letter"
    files.use_sandbox_dialogs(answers.folder / "gone")  # a folder removed meanwhile
    hands.key(K.Key_Return)
    hands.qtbot.waitUntil(lambda: bool(window.errors), timeout=5000)
    assert "the folder does not exist" in window.errors[0]

    def disk_full(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(content, "write", disk_full)
    files.use_sandbox_dialogs(answers.folder)
    hands.focus(window.editor)
    open_dialog(window, hands)
    hands.key(K.Key_Return)
    hands.qtbot.waitUntil(lambda: len(window.errors) == 2, timeout=5000)
    assert window.errors[1].endswith("answer1.pdf: No space left on device")
    assert QApplication.overrideCursor() is None          # the wait cursor went
    assert out.stat().st_size > 0                         # the earlier handout is intact


def test_menu_entry_sits_under_export_in_the_file_menu(window):
    file_menu = window.menuBar().actions()[0].menu()
    entries = [a.text() for a in file_menu.actions()]
    at = entries.index(window.actions_.export_menu.menuAction().text())
    assert entries[at + 1] == "Export &Handout (PDF)\u2026"
    assert window.handout_action.toolTip().startswith("Save a printable handout")
