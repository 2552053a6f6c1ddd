"""The texts core makes for the One sample panel, trials, challenges and the handout
(core.explain, core.explain_text, core.trials, core.challenges, core.handout_facts) reach a
person through translation: under the pseudo-language every one carries its marker, and
their numbers follow the language's number format (a decimal comma in German)."""

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from core import activations, challenges, handout_facts, netfile
from core.explain import explain_sample
from core.explain_text import fmt, steps
from core.netfile_validate import NetFileError
from core.network import Network
from core.trials import TrialError, TrialPlan, plan_from_meta
from gui import lessons
from tests.gui.comma_numbers import comma_numbers
from tests.gui.pseudo_language import CLOSE, OPEN

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
# an innermost marked text (a translated name inside a translated sentence nests)
MARKED = re.compile(re.escape(OPEN) + r"(?:(?!" + re.escape(OPEN) + r").)*?" + re.escape(CLOSE),
                    re.S)
WORD = re.compile(r"[A-Za-z]{3,}")      # a word left bare (the formulas' symbols are shorter)
# the activations' own formulas ("tanh(z)", "α·z (because z ≤ 0)") are core.activations'
# texts, not these modules'
FORMULA_WORDS = {w for name in activations.NAMES
                 for w in WORD.findall(" ".join(activations.get(name).explain))}


def bare_words(text: str, *data: str) -> list[str]:
    """Words of ``text`` outside the pseudo-language's markers, leaving out ``data``
    (names from the data set, which are never translated)."""
    rest, before = text, None
    while rest != before:
        rest, before = MARKED.sub(" ", rest), rest
    for name in data:
        rest = rest.replace(name, " ")
    return [w for w in WORD.findall(rest) if w not in FORMULA_WORDS]


def _explanation(loss="binary_crossentropy", outputs=1, batch_size=10):
    out = "softmax" if loss == "categorical_crossentropy" else "sigmoid"
    net = Network(["x1", "x2"], [["tanh", "relu", "prelu"], [out] * outputs], loss=loss,
                  seed=3)
    t = np.eye(outputs)[0] if outputs > 1 else np.array([1.0])
    return explain_sample(net, [0.4, -1.2], t, 0.1, optimizer="adam", regularization="l2",
                          regularization_rate=0.01, batch_size=batch_size)


def test_the_one_sample_panel_and_the_goals_are_translated(pseudo, window,
                                                           canvas, hands):
    """A person opens the softmax challenge, reads its goals, then opens One sample with
    Ctrl+I and steps through it with the arrow keys."""
    assert window.lessons.open_lesson(lessons.CHALLENGES_DIR / "c6_softmax.nsnet")
    panel = window.lessons.notes.challenge
    n_goals = len(challenges.parse(window.document.doc.meta).goals)
    hands.qtbot.waitUntil(lambda: len(panel.lines()) == n_goals, timeout=3000)
    for line in panel.lines():
        assert OPEN in line and bare_words(line) == [], line
    hands.focus(window.editor)
    hands.key(K.Key_I, CTRL)
    dock = window.findChild(QDockWidget, "sampleDock")
    explainer = window.sample_explainer
    hands.qtbot.waitUntil(lambda: dock.isVisible() and bool(explainer.steps), timeout=3000)
    names = [str(n) for n in window.document.data_bundle().feature_names]
    assert explainer.isAncestorOf(hands.focused()) or hands.focused() is explainer
    seen = set()
    for _ in range(len(explainer.steps)):
        step = explainer.current_step()
        seen.add(step.kind)
        assert explainer.title.text() == step.title and step.title.startswith(OPEN), step.title
        assert bare_words(step.text, *names) == [], step.text
        hands.key(K.Key_Right)
    assert seen == {"z", "a", "loss", "delta", "gradient"}
    assert explainer.notes.text().startswith(OPEN)


@pytest.mark.parametrize("loss, outputs", [("binary_crossentropy", 1), ("mse", 2),
                                           ("categorical_crossentropy", 3)])
def test_every_step_and_note_of_an_explanation_is_translated(pseudo, loss,
                                                             outputs):
    e = _explanation(loss, outputs)
    all_steps = steps(e, ["x1", "x2"], ["cat", "dog", "bird"][:max(outputs, 2)],
                      max_terms=2)      # short sums: the "… more" lines show too
    for step in all_steps:
        assert step.title.startswith(OPEN), step.title
        assert bare_words(step.text, "cat", "dog", "bird") == [], step.text
    lines = "\n".join(s.text for s in all_steps)
    assert "(all 3 products summed)" in lines and "more weight" in lines
    assert len(e.notes) == 3 and all(n.startswith(OPEN) for n in e.notes)


def test_trial_labels_and_plan_errors_are_translated(pseudo):
    units = TrialPlan("units", (1, 3), layer=0)
    assert [units.label(v) for v in units.values] == [f"{OPEN}1 unit{CLOSE}",
                                                      f"{OPEN}3 units{CLOSE}"]
    assert TrialPlan("learning_rate", (0.1,)).label(0.1) == f"{OPEN}lr 0.1{CLOSE}"
    assert TrialPlan("batch_size", (8,)).label(8) == f"{OPEN}batch 8{CLOSE}"
    doc = netfile.default_document()
    wrong = [dict(setting="depth", values=(1,)), dict(setting="units", values=(1, 1), layer=0),
             dict(setting="units", values=(0,), layer=0),
             dict(setting="activation", values=("happy",), layer=0),
             dict(setting="optimizer", values=("fast",)),
             dict(setting="learning_rate", values=(-1,)), dict(setting="units", values=(2,))]
    for kwargs in wrong:
        with pytest.raises(TrialError) as caught:
            TrialPlan(**kwargs)
        assert str(caught.value).startswith(OPEN), kwargs
    for meta in ([1], {"setting": "units"}, {"setting": "units", "values": 3},
                 {"setting": "units", "values": [1, 2], "layer": 7}):
        doc.meta["trials"] = meta
        with pytest.raises(TrialError) as caught:
            plan_from_meta(doc)
        assert OPEN in str(caught.value) and bare_words(str(caught.value), "meta",
                                                        "trials", "values") == [], meta


def test_challenge_errors_and_goal_lines_are_translated(pseudo):
    broken = [{"goals": []}, {"goals": [{"kind": "happiness", "at_least": 1}]},
              {"goals": [{"kind": "test_loss", "at_most": 1, "colour": 2}]},
              {"goals": [{"kind": "test_loss"}]},
              {"goals": [{"kind": "layers", "at_most": 3, "within_epochs": 9}]}]
    for challenge in broken:
        with pytest.raises(NetFileError) as caught:
            challenges.parse({"challenge": challenge})
        assert OPEN in str(caught.value), challenge
    doc = netfile.load(lessons.CHALLENGES_DIR / "c3_spiral.nsnet")
    lines = challenges.goal_lines(doc)
    assert lines and all(text.startswith(OPEN) for _met, text in lines)
    assert "by epoch" in " ".join(text for _met, text in lines)     # a deadline goal
    assert challenges.label("test_accuracy") == f"{OPEN}Test accuracy{CLOSE}"


def test_the_handout_settings_rows_are_translated(pseudo):
    doc = netfile.default_document()
    doc.training.update(regularization="l2", regularization_rate=0.001)
    rows = handout_facts.settings_rows(doc, {"test_loss": 0.25, "test_accuracy": 0.8})
    assert all(label.startswith(OPEN) for label, _value in rows), rows
    values = dict(rows)
    for label in ("Data set", "Train share", "Loss", "Optimizer", "Regularisation", "Seed",
                  "Test set"):
        value = values[f"{OPEN}{label}{CLOSE}"]
        assert OPEN in value and bare_words(value, "built-in") == [], (label, value)
    layers = handout_facts.layer_rows(doc)
    assert all(name.startswith(OPEN) for name, _units, _acts in layers), layers


def test_numbers_in_these_texts_follow_the_language():
    """With a German number format installed: 0,790 in One sample, 93,1 % in a goal,
    lr 0,1 for a trial, 0,03 on the handout."""
    with comma_numbers():
        assert fmt(0.79) == "0,790" and fmt(-1.5e-7) == "\u22121,50\u00d710\u207b\u2077"
        z = steps(_explanation(), ["x1", "x2"])[0]
        assert re.search(r"= \u2212?\d,\d\d", z.lines[-1]), z.lines
        assert TrialPlan("learning_rate", (0.1,)).label(0.1) == "lr 0,1"
        goal = challenges.Goal("test_accuracy", "at_least", 0.95)
        assert challenges._state(goal, 0.931).text == "Test accuracy 93,1 % (goal \u2265 95 %)"
        rows = dict(handout_facts.settings_rows(netfile.default_document()))
        assert rows["Learning rate"] == "0,03"
