"""Opening a file that cannot be used says first, in one sentence, what that means for the
person (damaged or incomplete, unreadable, from a newer version), then the detail with the
field's path: "kaputt.nsnet: inputs: fehlt (erforderlich)" alone left a teacher without
a clue. In English and, with the real catalogue, in German."""

import json

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QMessageBox

from core import netfile
from gui import files
from gui.language import APP_CATALOGUE, I18N_DIR
from gui.main_window import MainWindow

CTRL_O = (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)


def open_with_ctrl_o(hands, monkeypatch, boxes, path) -> str:
    """The message box's text after Ctrl+O picks ``path`` in the (seam's) file dialog."""
    monkeypatch.setattr(files, "ask_open_file", lambda *args: str(path))
    hands.key(*CTRL_O)
    assert len(boxes) == 1, boxes
    return boxes.pop()[1]


def test_a_damaged_file_says_so_before_the_detail(window, hands, monkeypatch, tmp_path,
                                                   qapp):
    window.show_error = MainWindow.show_error.__get__(window)     # the real message box
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: boxes.append((title, text)))
    hands.focus(window.editor)
    top = json.loads(netfile.dumps(netfile.default_document()))
    broken = tmp_path / "kaputt.nsnet"
    broken.write_text(json.dumps({k: v for k, v in top.items() if k != "inputs"}))
    assert open_with_ctrl_o(hands, monkeypatch, boxes, broken) == (
        "The file kaputt.nsnet is damaged or is not a complete Neuron Studio network file."
        "\n\nkaputt.nsnet: inputs: missing (required)")
    newer = tmp_path / "newer.nsnet"
    newer.write_text(json.dumps({**top, "version": 7}))
    text = open_with_ctrl_o(hands, monkeypatch, boxes, newer)
    assert text.startswith("The file newer.nsnet was saved by a newer version of Neuron "
                           "Studio.\n\nnewer.nsnet: version: "), text
    folder = tmp_path / "folder.nsnet"                     # a folder: the system refuses
    folder.mkdir()
    text = open_with_ctrl_o(hands, monkeypatch, boxes, folder)
    assert text.startswith("The file folder.nsnet could not be read.\n\nfolder.nsnet: file: "
                           "cannot read"), text
    translator = QTranslator(qapp)
    assert translator.load(f"{APP_CATALOGUE}_de", str(I18N_DIR))
    qapp.installTranslator(translator)
    try:
        text = open_with_ctrl_o(hands, monkeypatch, boxes, broken)
    finally:
        qapp.removeTranslator(translator)
    assert text == ("Die Datei kaputt.nsnet ist beschädigt oder keine vollständige "
                    "Neuron-Studio-Netzdatei.\n\nkaputt.nsnet: inputs: fehlt (erforderlich)")
