"""Core's data texts reach a person in their language: the built-in data sets' names and
descriptions, the CSV import's messages, the own sample's messages and note, the data
bundle's and the lesson translations' errors. Under the pseudo-language (every translated
text comes back as "[§ … §]", tests/gui/pseudo_language.py; the ``pseudo`` fixture installs
core's translator as the app does) each of them carries the marker; where a person meets
the text in the GUI, the test goes there with keys and clicks."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack

from core import data_bundle, datasets, drawn, lesson_translations, netfile, own_sample
from core import i18n as core_i18n
from core.curve_data import CURVES
from core.dataset import Dataset, DatasetError
from gui import files
from gui import i18n as gui_i18n
from gui.document import NetworkDocument
from gui.explainer.own_sample import OwnSampleForm
from gui.settings import SettingsPanel
from tests.gui.pseudo_language import OPEN

WARN = "\u26a0 "        # the CSV dialog's mark before a problem


def _panel(qtbot, tmp_path) -> SettingsPanel:
    document = NetworkDocument(netfile.default_document(), path=tmp_path / "net.nsnet")
    panel = SettingsPanel(document, QUndoStack(document))
    qtbot.addWidget(panel)
    panel.resize(380, 1000)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_data_set_picker_names_and_describes_every_set_translated(pseudo, qtbot,
                                                                     hands, tmp_path):
    panel = _panel(qtbot, tmp_path)
    picker = panel.data.picker
    for name in datasets.BUILTIN:
        i = picker.findData(f"builtin:{name}")
        assert picker.itemText(i).startswith(OPEN), name
        assert picker.itemData(i, Qt.ItemDataRole.ToolTipRole).startswith(OPEN), name
    assert panel.data.description.text().startswith(OPEN)           # the circle's
    # a person walks down the picker with the keyboard to the sine set
    hands.focus(picker)
    for _ in range(len(datasets.BUILTIN)):
        if picker.currentData() == "builtin:above_sine":
            break
        hands.key(Qt.Key.Key_Down)
    assert panel.document.doc.data["name"] == "above_sine"
    text = panel.data.description.text()
    assert text.startswith(OPEN) and CURVES["sine"].formula in text and "{" not in text
    assert picker.currentText().startswith(OPEN)


CSV_CASES = [("", "is empty"), ("1,2\n3,4\n", "no header row"),
             ("a,b\n1,x\n2,x\n", "has only one value"), ("a,b\n1,0\n", "data row(s)"),
             ("a,b\n1,\n2,x\n", "'b' is empty"), ("a,b\n1,0\n2\n", "has 1 values"),
             ("a,<b>\n1,0\n2,1\n", "contains < or >")]


def test_csv_import_problems_reach_the_person_translated(pseudo, qtbot, hands, tmp_path,
                                                         monkeypatch):
    panel = _panel(qtbot, tmp_path)
    path = tmp_path / "mine.csv"
    monkeypatch.setattr(files, "ask_open_file", lambda *args: str(path))
    dialog = panel.open_csv_dialog()
    for content, words in CSV_CASES:
        path.write_text(content, encoding="utf-8")
        dialog.path = None                         # the same name is read again
        hands.click(dialog.browse)
        status = dialog.status.text()
        assert words in status and status.startswith(WARN + OPEN), status
        assert not dialog.ok.isEnabled()


def test_own_sample_messages_and_note_are_translated(pseudo, qtbot, hands):
    doc = netfile.default_document()
    doc.data["normalize"] = True
    form = OwnSampleForm()
    qtbot.addWidget(form)
    form.set_bundle(data_bundle.build_data(doc))
    form.show()
    qtbot.waitExposed(form)
    hands.focus(form.fields[0])
    hands.type("tall")
    hands.key(Qt.Key.Key_Tab)
    hands.type("2")
    hands.key(Qt.Key.Key_Return)
    # the form's sentence around core's: "[§ [§ x1: “tall” is not a number… §]. Nothing… §]"
    assert form.message.text().startswith(OPEN + OPEN) and "tall" in form.message.text()
    hands.key(Qt.Key.Key_Backtab)
    hands.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    hands.type("1.5")
    hands.key(Qt.Key.Key_Return)
    assert not form.message.isVisible() and form.note.isVisible()
    assert form.note.text().startswith(OPEN) and "x1 = " in form.note.text()


def test_a_bad_lesson_translation_opened_with_ctrl_o_says_why_translated(
        window, canvas, pseudo, hands, tmp_path, monkeypatch):
    path = tmp_path / "lesson.nsnet"
    files.write_document(netfile.default_document(), path)
    content = json.loads(path.read_text(encoding="utf-8"))
    content["meta"]["translations"] = {"de": {"title": 5}}
    path.write_text(json.dumps(content), encoding="utf-8")
    monkeypatch.setattr(files, "ask_open_path", lambda parent: path)
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    hands.key(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert shown and f"meta.translations.de.title: {OPEN}expected a string" in shown[0]
    assert window.document.path != path                       # nothing was replaced


def _csv(tmp_path, text: str, name="data.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("latin-1"))
    return path


def _problems(tmp_path):
    """Each of core's data errors that a person can meet, as a function raising it."""
    one = Dataset(np.zeros((1, 2)), np.zeros(1), ("x1", "x2"), "classification")
    drawing = {**drawn.new_drawing(), "X": [[0.0, 0.0]], "y": [0]}
    doc = netfile.default_document()
    plain_csv = _csv(tmp_path, "a,b,c\n1,0,x\n2,1,y\n", "plain.csv")
    load = datasets.load_csv
    return [
        lambda: datasets.make("squares"), lambda: datasets.make("xor", samples=0),
        lambda: datasets.make("xor", seed=-1), lambda: datasets.make("xor", noise=0.9),
        lambda: datasets.split(one, 1.5, 0), lambda: datasets.split(one, 0.5, 0),
        lambda: Dataset(np.full((2, 1), math.nan), [0, 1], ("a",), "classification"),
        lambda: Dataset(np.zeros((2, 1)), [0, 1], ("a", "b"), "classification"),
        lambda: Dataset(np.zeros((2, 1)), [0], ("a",), "classification"),
        lambda: Dataset(np.zeros((2, 1)), [0, 1], ("a",), "regression", ("p", "q")),
        lambda: Dataset(np.zeros((2, 1)), [0, math.nan], ("a",), "regression"),
        lambda: Dataset(np.zeros((2, 1)), [0, 0.5], ("a",), "classification"),
        lambda: Dataset(np.zeros((2, 1)), [0, 2], ("a",), "classification", ("p", "q")),
        lambda: load(tmp_path / "none.csv"), lambda: load(tmp_path),
        lambda: load(_csv(tmp_path, "a,b\n\xe9,1\n")),
        lambda: load(_csv(tmp_path, "a,b,a\n1,2,3\n")),
        lambda: load(_csv(tmp_path, "a,,b\n1,2,3\n")),
        lambda: load(_csv(tmp_path, "a,b\n1,<i>\n2,x\n")),
        lambda: load(plain_csv, target="zz"), lambda: load(plain_csv, ["a", "a"]),
        lambda: load(plain_csv, ["a", "c"], "c"), lambda: load(plain_csv, [], "c"),
        lambda: load(_csv(tmp_path, "a,b\n1,\n2,x\n")),
        lambda: load(_csv(tmp_path, "a,b\n1,0\nzz,1\n")),
        lambda: load(plain_csv, target="c", problem="regression"),
        lambda: load(_csv(tmp_path, "a,b\n" + "".join(f"{i},c{i}\n" for i in range(101)))),
        lambda: own_sample.read_number("x1", ""), lambda: own_sample.read_number("x1", "x"),
        lambda: own_sample.read_number("x1", "inf"), lambda: own_sample.read_number("x1", "2e13"),
        lambda: data_bundle.build_data(netfile.Document(doc.network, drawing, doc.training,
                                                        doc.meta)),
        lambda: data_bundle.build_data(netfile.Document(doc.network, {
            "source": "csv", "path": str(plain_csv), "target": "c"}, doc.training, doc.meta)),
        lambda: lesson_translations.check_translations({f"l{i:02}"[:3]: {} for i in range(41)}),
        lambda: lesson_translations.check_translations({"german": {}}),
        lambda: lesson_translations.check_translations({"de": {"story": "x"}}),
        lambda: lesson_translations.check_translations({"de": {"title": "x" * 201}}),
    ]


def test_every_data_error_and_text_of_core_is_translated(pseudo, tmp_path):
    for i, raise_it in enumerate(_problems(tmp_path)):
        with pytest.raises((DatasetError, netfile.NetFileError,
                            own_sample.OwnSampleError)) as info:
            raise_it()
        e = info.value
        text = e.problem if isinstance(e, netfile.NetFileError) else str(e)
        assert text.startswith(OPEN), (i, text)
        assert "{" not in text, (i, text)                   # every placeholder filled
    for spec in datasets.BUILTIN.values():
        assert spec.label.startswith(OPEN) and spec.description.startswith(OPEN)


def test_numbers_in_data_texts_use_the_languages_decimal_comma(qapp):
    saved = core_i18n._translator, core_i18n._number
    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    gui_i18n.install_core_translator()
    try:
        with pytest.raises(DatasetError, match=r"from 0 to 0,5 \(0-50 %\); got 0.9"):
            datasets.make("xor", noise=0.9)
        one = Dataset(np.zeros((3, 1)), [0, 1, 0], ("a",), "classification")
        with pytest.raises(DatasetError, match="e.g. 0,5; got 2"):
            datasets.split(one, 2, 0)
    finally:
        QLocale.setDefault(locale)
        core_i18n.install(*saved)


def test_the_network_a_data_set_changed_to_names_its_activation_translated(pseudo, qtbot,
                                                                           hands, tmp_path):
    """Three blobs give the default network 3 softmax outputs: the panel's message named
    them by the file's id ("(softmax, …)"), English in every language."""
    panel = _panel(qtbot, tmp_path)
    picker = panel.data.picker
    hands.focus(picker)
    for _ in range(len(datasets.BUILTIN)):
        if picker.currentData() == "builtin:blobs3":
            break
        hands.key(Qt.Key.Key_Down)
    assert panel.document.network.activations(-1) == ["softmax"] * 3
    message = panel.message.text()
    assert f"{OPEN}Softmax" in message and "softmax," not in message, message
