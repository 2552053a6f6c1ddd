"""The texts of core's file, network and training modules reach the person translated: under
the pseudo-language (every translated text comes back as "[§ … §]") the loss and optimizer
names in the combos, menu and trials, the message box of a damaged or hostile .nsnet opened
through File > Open, the banner of a learning rate that explodes, and the refusals of
core.edits, core.training and core.losses all carry the marker. Numbers in those texts follow
the installed number format (5,88 in German)."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from core import edits, losses, netfile, optimizers, training
from core.netfile import NetFileError
from core.network import Network, NetworkError
from gui import files
from gui.main_window import MainWindow
from gui.trials.controls import PlanControls
from tests.gui.comma_numbers import comma_numbers
from tests.gui.pseudo_language import CLOSE, OPEN

K = Qt.Key
MARKED = re.compile(r"\[§ (?:(?!\[§ ).)*? §\]", re.S)      # innermost first (texts nest)


def wrapped(text: str) -> bool:
    return text.startswith(OPEN) and text.endswith(CLOSE)


def bare_words(text: str) -> list[str]:
    """The words of ``text`` outside every translated part."""
    while MARKED.search(text):
        text = MARKED.sub(" ", text)
    return re.findall(r"[^\W\d_]{2,}", text)


# -- names ----------------------------------------------------------------------------------

def test_loss_and_optimizer_names_are_translated_where_they_are_chosen(pseudo, window):
    loss = window.findChild(QComboBox, "networkLoss")
    optimizer = window.findChild(QComboBox, "optimizer")
    for combo, names in ((loss, losses.NAMES), (optimizer, optimizers.NAMES)):
        assert [combo.itemData(i) for i in range(combo.count())] == list(names)
        items = [combo.itemText(i) for i in range(combo.count())]
        assert all(wrapped(item) for item in items), items
    assert loss.itemText(0) == f"{OPEN}Mean squared error{CLOSE}"
    loss_menu = window.actions_.loss_actions
    assert all(wrapped(a.text()) for a in loss_menu.values())
    tip = loss_menu["binary_crossentropy"].toolTip()     # the label inside a menu sentence
    assert OPEN + "binary cross-entropy" + CLOSE in tip.lower() and wrapped(tip)
    controls = PlanControls()                            # the trials' optimizer choices
    assert [b.text() for b in controls.opt_boxes.values()] == [
        f"{OPEN}SGD{CLOSE}", f"{OPEN}SGD with momentum{CLOSE}", f"{OPEN}Adam{CLOSE}"]
    controls.deleteLater()


# -- a file that cannot be opened ---------------------------------------------------------

def _good() -> dict:
    return netfile.to_json(netfile.default_document())


def _hostile_files() -> dict[str, str]:
    """{name: text} of files File > Open must refuse, each for another reason."""
    short_weights, newer, text_bias = _good(), _good(), _good()
    short_weights["layers"][0]["neurons"][1]["weights"] = [0.5]
    newer["version"] = 99
    text_bias["layers"][1]["neurons"][0]["bias"] = "zero"
    bad_rows, bad_rate, duplicate = _good(), _good(), _good()
    bad_rows["data"] = {"source": "inline", "X": [[0, 1], [1]], "y": [0, 1]}
    bad_rate["training"]["learning_rate"] = 0
    duplicate["inputs"] = ["x1", "x1"]
    files_ = {"broken": '{"format": "neuron-studio-network", "version": 1,,}',
              "empty": "   \n", "nested": "[" * 200 + "]" * 200,
              "not_ours": json.dumps({"format": "spreadsheet", "version": 1}),
              "nan": json.dumps(_good()).replace('"bias": 0.0', '"bias": NaN', 1)}
    for name, doc in (("short_weights", short_weights), ("newer", newer),
                      ("text_bias", text_bias), ("bad_rows", bad_rows),
                      ("bad_rate", bad_rate), ("duplicate", duplicate)):
        files_[name] = json.dumps(doc)
    return files_


def test_a_hostile_file_opened_with_ctrl_o_says_why_then_an_exploding_one_stops_translated(
        pseudo, window, canvas, hands, tmp_path, monkeypatch, qtbot):
    """One window: each refused file's message box, then a file whose learning rate
    explodes when Space trains it (the banner's reason)."""
    window.show_error = MainWindow.show_error.__get__(window)     # the real message box
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: boxes.append((title, text)))
    before = netfile.dumps(window.document.saved_document())
    for name, text in _hostile_files().items():
        path = tmp_path / f"{name}.nsnet"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(files, "ask_open_file", lambda *args, p=path: str(p))
        hands.key(K.Key_O, Qt.KeyboardModifier.ControlModifier)
        assert len(boxes) == 1, (name, boxes)
        title, message = boxes.pop()
        assert wrapped(title)
        headline, detail = message.split("\n\n")     # what is wrong, then where
        assert wrapped(headline) and path.name in headline, (name, message)
        file_name, field, problem = detail.split(": ", 2)      # "x.nsnet: layers[0]...: …"
        assert file_name == path.name and OPEN not in field, (name, message)
        assert wrapped(problem), (name, message)
        assert not bare_words(problem), (name, problem, bare_words(problem))
    assert netfile.dumps(window.document.saved_document()) == before   # nothing changed
    _train_a_file_that_explodes(window, hands, tmp_path, monkeypatch, qtbot)


def _train_a_file_that_explodes(window, hands, tmp_path, monkeypatch, qtbot) -> None:
    doc = netfile.default_document()
    doc.data = {"source": "builtin", "name": "plane", "samples": 200, "noise": 0.0, "seed": 1}
    doc.network = Network(["x1", "x2"], [["relu"] * 8, ["linear"]], loss="mse", seed=1)
    doc.training["learning_rate"] = 10.0
    path = tmp_path / "exploding.nsnet"
    netfile.save(doc, path)
    monkeypatch.setattr(files, "ask_open_file", lambda *args: str(path))
    hands.key(K.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.document.path == path
    hands.focus(window.editor)
    with qtbot.waitSignal(window.controller.diverged, timeout=10_000) as blocker:
        hands.key(K.Key_Space)
    reason = blocker.args[0]
    assert wrapped(reason) and "Training diverged at epoch {epoch}" not in reason
    assert re.search(r"epoch \d+: the (weights|loss) became infinite", reason)
    assert "(now 10, e.g. 1)" in reason                       # the rates went in
    qtbot.waitUntil(lambda: not window.controller.running, timeout=5000)
    assert window.banner.isVisible() and reason in window.banner.text.text()


# -- refusals core makes --------------------------------------------------------------------

def _net() -> Network:
    return Network(["x1", "x2"], [["tanh"] * 2, ["sigmoid"]], loss="binary_crossentropy")


REFUSALS = {
    "the only output neuron": (NetworkError, lambda: edits.remove_neuron(_net(), 1, 0)),
    "the output layer": (NetworkError, lambda: edits.remove_layer(_net(), 1)),
    "too many layers": (NetworkError,
                        lambda: edits.insert_layer(Network(["x"], [["tanh"]] * 32), 0,
                                                   ["tanh"])),
    "an empty input name": (NetworkError, lambda: edits.set_inputs(_net(), ["x1", " "])),
    "a loss that does not fit": (losses.LossError,
                                 lambda: losses.check("categorical_crossentropy", ["tanh"])),
    "classes and outputs": (training.TrainingError, lambda: training.encode_targets(
        Network(["x"], [["sigmoid"] * 2]), [0, 1, 2], "classification", 3)),
    "no samples": (training.TrainingError, lambda: training.Split(
        _net(), [[0.0, 0.0]][:0], [], "classification", 2)),
    "too much memory": (training.TrainingError,
                        lambda: training.check_working_memory(_net(), 10**8)),
}


@pytest.mark.parametrize("what", REFUSALS)
def test_core_refusals_are_translated_whole_sentences(pseudo, what):
    error, action = REFUSALS[what]
    with pytest.raises(error) as caught:
        action()
    assert wrapped(str(caught.value)), str(caught.value)
    assert not bare_words(str(caught.value))


def test_a_setting_out_of_range_keeps_its_key_and_translates_the_problem(pseudo):
    settings = training.Settings(learning_rate=0)
    with pytest.raises(training.TrainingError) as caught:
        settings.check()
    key, _, problem = str(caught.value).partition(": ")
    assert key == "learning_rate" and problem == f"{OPEN}must be a number in (0, 100], got 0" \
                                                 f"{CLOSE}"
    with pytest.raises(NetFileError) as caught:           # the file names the same field
        netfile.loads(json.dumps({**_good(), "training": {"learning_rate": 0}}))
    assert caught.value.field == "training.learning_rate" and wrapped(caught.value.problem)


# -- numbers -------------------------------------------------------------------------------

def test_numbers_in_these_texts_use_the_languages_decimal_comma():
    """With a German-like number format installed (as the GUI installs QLocale's), the
    divergence message and the memory refusal write 0,3 and 2,5; without one, 0.3."""
    net = Network(["x1", "x2"], [["relu"] * 8, ["linear"]], loss="mse", seed=1)
    trainer = training.Trainer(net, ([[1.0, 2.0]] * 4, [1.0] * 4), None,
                               training.Settings(learning_rate=3.0), "regression", 0)
    with comma_numbers():
        message = trainer.divergence_message("loss")
        with pytest.raises(training.TrainingError) as caught:
            training.check_working_memory(net, 10**8)
    assert "(now 3, e.g. 0,3)" in message
    assert re.search(r"about \d+,\d GB", str(caught.value)), str(caught.value)
    assert "(now 3, e.g. 0.3)" in trainer.divergence_message("loss")
