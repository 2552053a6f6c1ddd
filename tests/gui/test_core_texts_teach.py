"""Core's teaching texts reach the person translated (issue 17): the activations' labels,
notes, formulas and tooltips, the overview's cards, the softmax explanations, the
instability reasons, the collapse messages and the Map's reasons, the curves' formulas,
and the error for an unknown activation in a file. Under the pseudo-language (every translated
text is "[§ … §]") each of them carries the marker; a text built without translate() has
none. Numbers inside them follow the language's number format (decimal comma)."""

from types import SimpleNamespace

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from core import activation_overview as ov
from core import activations as act
from core import collapse_boundary as cb
from core import curve_data, netfile, stability
from core import diagnostics as dg
from core import softmax_use as su
from gui import files
from tests.gui.comma_numbers import comma_numbers
from tests.gui.pseudo_language import CLOSE, OPEN

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def wrapped(text: str) -> bool:
    """The whole text went through translate()."""
    return text.startswith(OPEN) and text.endswith(CLOSE)


# -- through the window, as a person meets them ---------------------------------------------

def test_palette_inspector_and_overview_show_the_activations_translated(pseudo, window,
                                                                        hands):
    palette = window.palette
    for row, name in enumerate(palette.names()):
        item = palette.item(row)
        assert wrapped(item.text()), item.text()
        tip = item.toolTip()                                  # what hovering shows
        assert wrapped(tip) and tip.count(OPEN) == 5, tip    # label, formula, range, notes
    sigmoid_tip = palette.item(palette.names().index("sigmoid")).toolTip()
    assert f"{OPEN}Reads as a probability." in sigmoid_tip
    combo = window.findChild(QComboBox, "networkOutputActivation")
    assert combo.count() == len(act.NAMES)
    for i in range(combo.count()):
        assert wrapped(combo.itemText(i)), combo.itemText(i)
        assert wrapped(combo.itemData(i, Qt.ItemDataRole.ToolTipRole))

    hands.focus(window.editor)
    hands.key(K.Key_G, CTRL)                                  # the activation overview
    dock, panel = window.activation_overview_dock, window.activation_overview
    hands.qtbot.waitUntil(dock.isVisible, timeout=2000)
    for name, card in panel.cards.items():
        assert wrapped(card.title.text()), name
        for label in (card.problem, card.used_in):            # "<b>{problem}.</b> {why}"
            assert label.text().count(OPEN) >= 2, (name, label.text())
    assert f"{OPEN}\u211d (any number){CLOSE}" in panel.cards["linear"].output_range.text()
    assert wrapped(panel.cards["leaky_relu"].drawn.text())
    assert wrapped(panel.cards["softmax"].drawn.text())


def test_a_file_with_an_unknown_activation_says_so_translated(pseudo, window, hands,
                                                              tmp_path, monkeypatch):
    doc = netfile.default_document()
    path = tmp_path / "swishy.nsnet"
    files.write_document(doc, path)
    text = path.read_text(encoding="utf-8").replace('"tanh"', '"swishy"', 1)
    assert '"swishy"' in text
    path.write_text(text, encoding="utf-8")
    shown = []
    monkeypatch.setattr(files, "ask_open_path", lambda parent: path)
    monkeypatch.setattr(window, "show_error", lambda title, message: shown.append(message))
    hands.focus(window.editor)
    hands.key(K.Key_O, CTRL)
    assert len(shown) == 1
    assert f"{OPEN}unknown activation 'swishy'; expected one of: linear, sigmoid" in shown[0]
    assert window.document.path != path                      # nothing was opened


# -- the core functions that the panels call --------------------------------------------------

def test_every_text_of_every_activation_is_translated(pseudo):
    for name in act.NAMES:
        spec = act.get(name)
        texts = [spec.label, spec.short_label, spec.formula, spec.output_range, spec.notes,
                 spec.explain[0], *spec.card_texts(), spec.tooltip()]
        card = ov.card(name)
        texts += [card.label, card.problem, card.problem_why, card.used_in]
        assert all(OPEN in t for t in texts), (name, [t for t in texts if OPEN not in t])
        assert "{" not in spec.tooltip()                     # every placeholder filled
    assert wrapped(act.get("sigmoid").explain[0]) is True
    assert act.get("elu").explain[1] == "{palpha}(e^{pz} \u2212 1)"   # a template: as it is
    assert str(act.UnknownActivation("swish")).startswith(f"{OPEN}unknown activation 'swish'")


def _collapse(blockers=(), outs=("sigmoid",), hidden=2):
    W = None if blockers else np.eye(len(outs), 2)
    return dg.Collapse(W, None if W is None else np.zeros(len(outs)), blockers, outs,
                       (None,) * len(outs), hidden)


def test_collapse_messages_are_whole_translated_sentences(pseudo):
    cases = [_collapse(blockers=((0, 1, "tanh"),)),
             _collapse(blockers=((0, 1, "tanh"), (1, 0, "relu")))]
    cases += [_collapse(outs=outs, hidden=k) for k in (0, 1, 3)
              for outs in (("linear",), ("sigmoid",))]
    for c in cases:
        text = dg.collapse_message(c)
        assert text.startswith(OPEN) and "{" not in text, text
    three = dg.collapse_message(_collapse(outs=("softmax", "softmax"), hidden=3))
    assert three.startswith(f"{OPEN}The 3 hidden layers") and "(softmax)" in three
    blocker = dg.collapse_message(_collapse(blockers=((0, 1, "tanh"),)))
    assert f"{OPEN}{OPEN}Hidden 1{CLOSE} neuron 2 (tanh){CLOSE}" in blocker


def test_no_line_on_the_map_reasons_are_translated(pseudo):
    plane = SimpleNamespace(problem="classification", transform=None,
                            dataset=SimpleNamespace(feature_names=["x1", "x2"]))
    reasons = [
        cb.boundary_problem(_collapse(blockers=((0, 0, "relu"),)), plane),
        cb.boundary_problem(_collapse(), None),
        cb.boundary_problem(_collapse(), SimpleNamespace(**plane.__dict__ | {
            "problem": "regression"})),
        cb.boundary_problem(_collapse(), SimpleNamespace(**plane.__dict__ | {
            "dataset": SimpleNamespace(feature_names=["a", "b", "c"])})),
        cb.boundary_problem(_collapse(), SimpleNamespace(**plane.__dict__ | {
            "transform": ("x1", "x1^2")})),
        cb.boundary_problem(_collapse(outs=("relu",)), plane),
        cb.boundary_problem(_collapse(outs=("softmax", "sigmoid")), plane),
    ]
    for reason in reasons:
        assert wrapped(reason) and "{" not in reason, reason
    assert "x1^2 bend the plane" in reasons[4]                 # the data's own names
    assert cb.boundary_problem(_collapse(), plane) == ""


def test_softmax_stability_and_curve_texts_are_translated(pseudo):
    for status in su.STATUSES:
        for hidden in (True, False):
            assert wrapped(su.explanation(status, hidden))
    one = stability.loss_jump([0, 1], [0.646, 12.6])
    three = stability.loss_jump([0, 3], [0.646, 12.6])
    assert one == f"{OPEN}the training loss jumped from 0.646 to 12.6 within 1 epoch{CLOSE}"
    assert three == f"{OPEN}the training loss jumped from 0.646 to 12.6 within 3 epochs{CLOSE}"
    for epochs in (1, 3):
        died = stability.neurons_died((0, 8), (6, 8), epochs)
        assert wrapped(died) and died.startswith(f"{OPEN}6 of the 8 ReLU neurons died")
    assert curve_data.shown_formula("x2 = 3 sin(x1)") == f"{OPEN}x2 = 3 sin(x1){CLOSE}"
    assert curve_data.shown_formula("") == ""


def test_numbers_in_the_texts_use_the_languages_decimal_comma():
    """As in German or French (gui.i18n.number with their locale): 0,646 and α = 0,01."""
    with comma_numbers():
        jump = stability.loss_jump([0, 2], [0.646, 12.6])
        drawn = ov.card("leaky_relu").drawn
        elu_range = ov.card("elu").output_range
    assert jump == "the training loss jumped from 0,646 to 12,6 within 2 epochs"
    assert drawn == "Drawn with \u03b1 = 0,01"
    assert elu_range == "(\u22121; \u221e)"                  # interval under a decimal comma
    assert stability.loss_jump([0, 2], [0.646, 12.6]).endswith("0.646 to 12.6 within 2 epochs")
