"""The lessons (resources/lessons): every file loads, is what make_lessons.py writes, and
shows what its notes promise when trained headlessly. Each claim test names the sentence
of the notes it checks; the numbers quoted in the notes are asserted here."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from core import analysis, diagnostics, edits, experiment, netfile, trials
from core.activations import sigmoid
from core.training import encode_targets
from resources.lessons import make_lessons

LESSONS = Path(__file__).resolve().parents[2] / "resources" / "lessons"
NAMES = list(make_lessons.lessons())


def load(name: str) -> netfile.Document:
    return netfile.load(LESSONS / f"{name}.nsnet")


def trained(name: str, epochs: int):
    """(trainer, bundle) after ``epochs`` epochs of the lesson file, as the app trains."""
    doc = load(name)
    bundle = experiment.build_data(doc)
    trainer = experiment.make_trainer(doc, bundle=bundle)
    for _ in range(epochs):
        assert trainer.run_epoch() is None, f"{name} diverged"
    return trainer, bundle


def test_every_file_is_a_lesson_and_matches_the_generator():
    files = sorted(p.stem for p in LESSONS.glob("*.nsnet"))
    assert files == sorted(NAMES) and len(files) >= 9
    orders = []
    for name, doc in make_lessons.lessons().items():
        text = (LESSONS / f"{name}.nsnet").read_text(encoding="utf-8")
        assert netfile.dumps(doc) == text, f"{name}.nsnet is stale: rerun make_lessons.py"
        loaded = netfile.loads(text)
        meta = loaded.meta
        assert meta["title"] and len(meta["notes"]) > 200 and meta["lesson"]["summary"]
        assert "**" in meta["notes"] and "\n1. " in meta["notes"], "markdown steps"
        orders.append(meta["lesson"]["order"])
        assert loaded.training["epoch"] == 0 and loaded.history is None
    assert orders == sorted(orders), "file names sort in teaching order"
    assert {math.floor(o) for o in orders} == set(range(1, 10))


def test_notes_only_name_lessons_that_exist():
    titles = {load(n).meta["title"] for n in NAMES}
    for name in NAMES:
        for part in load(name).meta["notes"].split("**Lessons > ")[1:]:
            named = " ".join(part.split("**")[0].split())     # as markdown renders it
            assert named in titles, f"{name} names a missing lesson: {named}"


# -- 1. One neuron ---------------------------------------------------------------------------

def test_one_neuron_worked_example_is_true_and_training_fixes_it():
    doc = load("01_one_neuron")
    net, notes = doc.network, doc.meta["notes"]
    assert not doc.data.get("normalize"), "the hand-set weights are for feet and kilograms"
    W, b = net.params(0)
    np.testing.assert_array_equal(W, [[0.5, 0.05]])
    np.testing.assert_array_equal(b, [-5.0])
    assert "**w = (0.5, 0.05)**, **b = −5**" in notes
    a = net.forward(np.array([[4.0, 80.0], [7.0, 90.0]]))[:, 0]
    assert 0.5 * 4 + 0.05 * 80 - 5 == 1 and 0.5 * 7 + 0.05 * 90 - 5 == 3
    assert a == pytest.approx([sigmoid(1.0), sigmoid(3.0)], abs=1e-12)
    assert f"**{a[0]:.2f}**" in notes and f"**{a[1]:.2f}**" in notes
    assert a[0] > 0.5 and a[1] > 0.5                        # both called obese
    from core.datasets import obesity_label
    assert obesity_label(np.array([4.0, 7.0]), np.array([80.0, 90.0])).tolist() == [1, 0]
    trainer, _ = trained("01_one_neuron", 0)
    assert 0.5 <= trainer.evaluate()["test_accuracy"] <= 0.7     # "about 6 in 10"
    for _ in range(150):
        trainer.run_epoch()
    assert trainer.evaluate()["test_accuracy"] >= 0.9            # "9 in 10 test points"


# -- 2. Coffee roasting ------------------------------------------------------------------------

# The triangle's sides as a*t + c*d + e = 0 (datasets.coffee_label).
EDGES = {"lowest temperature": (1.0, 0.0, -175.0), "shortest time": (0.0, 1.0, -12.0),
         "slanted edge": (3 / 85, 1.0, -21.0)}
SPAN = np.array([135.0, 4.0])        # the plane's width in degrees and minutes


def _angle(n1, n2) -> float:
    """Angle in degrees between two lines' normals, measured on the plane as drawn."""
    u, v = np.asarray(n1) * SPAN, np.asarray(n2) * SPAN
    c = abs(u @ v) / np.linalg.norm(u) / np.linalg.norm(v)
    return float(np.degrees(np.arccos(min(1.0, c))))


def test_coffee_roasting_three_neurons_draw_the_three_sides():
    trainer, bundle = trained("02_coffee_roasting", 150)
    assert trainer.evaluate()["test_accuracy"] >= 0.95         # "passes 95 %"
    W, b = trainer.net.params(0)
    W_raw = W / bundle.std                 # each neuron's line in degrees and minutes
    b_raw = b - W_raw @ bundle.mean
    matched = []
    for a, c, e in EDGES.values():
        angles = [_angle(W_raw[u], (a, c)) for u in range(3)]
        u = int(np.argmin(angles))
        assert angles[u] < 5, f"no neuron runs along an edge: {angles}"
        # the neuron's line passes near the middle of that side
        t, d = (217.5, -(a * 217.5 + e) / c) if c else (-e / a, 13.5)
        assert abs(W_raw[u] @ (t, d) + b_raw[u]) / np.linalg.norm(W_raw[u] * SPAN) < 0.03
        matched.append(u)
    assert sorted(matched) == [0, 1, 2], "each side has its own neuron"
    # each hidden map is one straight edge: the map is a function of the line alone
    X = bundle.inputs(analysis.grid((150, 285, 11.5, 15.5), 30))
    maps = analysis.neuron_outputs(trainer.net, X)[0]
    z = X @ W.T + b
    np.testing.assert_allclose(maps.T, sigmoid(z), atol=1e-12)


# -- 3. Why non-linear -------------------------------------------------------------------------

def test_linear_network_collapses_exactly_and_fails_on_the_circle():
    trainer, bundle = trained("03_why_nonlinear", 100)
    net = trainer.net
    assert set(net.activations(0) + net.activations(1)) == {"linear"}
    assert trainer.evaluate()["test_accuracy"] < 0.75             # "stays below 75 %"
    collapse = diagnostics.linear_collapse(net)
    assert collapse.collapses and collapse.blockers == ()
    assert collapse.W.shape == (1, 2)
    X = np.vstack([bundle.train[0], bundle.test[0]])
    np.testing.assert_allclose(collapse.outputs(X), net.forward(X), rtol=1e-12, atol=1e-12)


def test_tanh_twin_learns_the_circle_and_does_not_collapse():
    trainer, _ = trained("03b_why_nonlinear_tanh", 40)
    assert trainer.evaluate()["test_accuracy"] >= 0.98            # "about 40 epochs"
    collapse = diagnostics.linear_collapse(trainer.net)
    assert not collapse.collapses and len(collapse.blockers) == 8
    assert {a for _, _, a in collapse.blockers} == {"tanh"}
    same = [load(n).network for n in ("03_why_nonlinear", "03b_why_nonlinear_tanh")]
    for (W0, b0), (W1, b1) in zip(same[0].all_params(), same[1].all_params()):
        np.testing.assert_array_equal(W0, W1)                       # same starting weights
        np.testing.assert_array_equal(b0, b1)


def _switched(trainer, bundle, doc_name: str, activation: str, epochs: int) -> float:
    """Test accuracy after every hidden layer of the trained network is switched to
    ``activation`` (as right-click > Set all activations does: weights kept) and trained
    ``epochs`` more epochs."""
    net = trainer.net.copy()
    for li in range(len(net.sizes) - 1):
        edits.set_layer_activation(net, li, activation)
    doc = load(doc_name)
    doc.network = net
    again = experiment.make_trainer(doc, bundle=bundle)
    for _ in range(epochs):
        again.run_epoch()
    return again.evaluate()["test_accuracy"]


def test_switching_the_layers_by_hand_solves_it_too():
    linear, bundle = trained("03_why_nonlinear", 100)     # step 1, then step 3 by hand
    assert _switched(linear, bundle, "03_why_nonlinear", "tanh", 30) >= 0.98
    tanh, bundle = trained("03b_why_nonlinear_tanh", 0)    # "ReLU works too"
    assert _switched(tanh, bundle, "03b_why_nonlinear_tanh", "relu", 20) >= 0.98


# -- 4. Dead ReLU ------------------------------------------------------------------------------

def _dead(trainer, bundle) -> list[int]:
    health = diagnostics.neuron_health(trainer.net, bundle.train[0])
    return [h.status.count("dead") for h in health]


def test_dead_relu_reports_dead_neurons_and_leaky_twin_does_not():
    relu, bundle = trained("04_dead_relu", 50)
    dead = _dead(relu, bundle)
    assert dead[1] >= 3, dead                                    # "several of Hidden 2"
    assert relu.evaluate()["test_accuracy"] < 0.9                # "stuck below 90 %"
    leaky, bundle = trained("04b_dead_relu_leaky", 50)
    assert _dead(leaky, bundle) == [0, 0, 0]
    assert leaky.evaluate()["test_accuracy"] >= 0.99             # "reaches 99 %"
    a = load("04b_dead_relu_leaky").network.neurons(0)[0].alpha
    assert a == 0.01 and "0.01 z" in load("04_dead_relu").meta["notes"]


# -- 5. Flat tails -----------------------------------------------------------------------------

def _gradient_norms(trainer, bundle) -> np.ndarray:
    X, y = bundle.train
    T = encode_targets(trainer.net, y, bundle.problem, bundle.n_classes)
    return diagnostics.layer_gradient_norms(trainer.net, X, T)


def test_flat_tails_gradient_shrinks_layer_by_layer_and_tanh_compares():
    sig, bundle = trained("05_flat_tails", 0)
    g = _gradient_norms(sig, bundle)
    assert len(g) == 6 and np.all(np.diff(g) > 0), g      # "each layer back gets less"
    for epoch in range(101):
        if epoch % 10 == 0:                                 # "10 to 1000 times lower"
            g = _gradient_norms(sig, bundle)
            assert 1e-3 < g[0] / g[-1] < 0.1 and g[-1] == g.max(), (epoch, g)
        sig.run_epoch()
    assert sig.evaluate()["test_accuracy"] < 0.6           # "stays near 50 %"
    tanh, bundle = trained("05b_flat_tails_tanh", 0)
    for _ in range(3):                                      # "in the first epochs"
        g = _gradient_norms(tanh, bundle)
        assert g[0] >= g[-1], g                             # "as large ... or larger"
        tanh.run_epoch()
    for _ in range(27):
        tanh.run_epoch()
    assert tanh.evaluate()["test_accuracy"] >= 0.99        # "in about 30 epochs"


# -- 6. PReLU ----------------------------------------------------------------------------------

def test_prelu_alphas_are_learned_some_below_zero():
    doc = load("06_prelu_alpha")
    assert [n.alpha for n in doc.network.neurons(0)] == [0.25] * 6
    trainer, _ = trained("06_prelu_alpha", 50)
    alphas = np.array([n.alpha for n in trainer.net.neurons(0)])
    assert np.ptp(alphas) > 0.5 and (alphas < 0).sum() >= 1, alphas
    assert trainer.evaluate()["test_accuracy"] >= 0.98


# -- 7. Softmax --------------------------------------------------------------------------------

def test_softmax_probabilities_add_up_to_one_everywhere():
    trainer, bundle = trained("07_softmax", 5)
    assert trainer.evaluate()["test_accuracy"] == 1.0           # "every test point"
    grid = bundle.inputs(analysis.grid((-6, 6, -6, 6), 40))
    for X in (grid, bundle.train[0], bundle.test[0]):
        P = trainer.net.forward(X)
        assert P.shape[1] == 3 and np.all(P >= 0)
        np.testing.assert_allclose(P.sum(axis=1), 1.0, atol=1e-12)


# -- 8. Digits and brightness ------------------------------------------------------------------

def adjusted(X: np.ndarray, brightness: float, contrast: float) -> np.ndarray:
    """The Data panel's test-time change of 0..16 digit pixels (ink), as documented in
    gui/data_views.py: lighter (brightness > 0) means less ink; contrast around mid-grey."""
    return np.clip(contrast * (X - 8.0) + 8.0 - brightness, 0.0, 16.0)


def _accuracy(trainer, bundle, brightness, contrast=1.0) -> float:
    return _net_accuracy(trainer.net, bundle, brightness, contrast)


def _net_accuracy(net, bundle, brightness, contrast=1.0) -> float:
    X = bundle.inputs(adjusted(bundle.raw_test.X, brightness, contrast))
    predicted = analysis.predicted_classes(net.forward(X))
    return float((predicted == bundle.raw_test.y).mean())


def _notes(name: str) -> str:
    """The lesson's notes as markdown renders them: bold marks off, lines joined."""
    return " ".join(load(name).meta["notes"].replace("**", "").split())


def _activation_trials(name: str) -> tuple[dict, dict]:
    """The lesson's trials over the hidden activation, run as the panel runs them:
    ({activation: accuracy at brightness b} for b in -2, 0, +4 keyed by b, the bundle)."""
    doc = load(name)
    plan = trials.plan_from_meta(doc)
    assert (plan.setting, plan.layer, plan.neuron, plan.values, plan.epochs) == \
        ("activation", 0, None, ("linear", "sigmoid", "tanh", "relu"), 30)
    bundle = trials.prepare_data(doc)
    results = [trials.run_trial(t, plan.epochs, bundle=bundle)
               for t in trials.make_trials(doc, plan)]
    accuracy = {b: {r.label: _net_accuracy(r.document.network, bundle, b) for r in results}
                for b in (-2, 0, 4)}
    for r in results:
        assert accuracy[0][r.label] == pytest.approx(r.test_accuracy)   # the table's
    choice = trials.choose(results, plan.setting)
    assert results[choice.lowest].label == results[choice.chosen].label == "sigmoid"
    return accuracy, bundle


def test_digits_trials_the_activation_does_not_make_it_cope_with_brightness():
    """Seed 001: does the sigmoid make the network cope with lighter or darker digits?"""
    notes = _notes("08_digits_brightness")
    acc, _ = _activation_trials("08_digits_brightness")
    assert "linear (a = z, no activation), sigmoid, tanh and ReLU" in notes
    assert "the panel names sigmoid, for the lowest test loss" in notes
    assert all(0.95 <= a <= 0.97 for a in acc[0].values()), acc[0]   # "about 96 %"
    darker = acc[-2]
    assert round(100 * darker["linear"]) == 16 and round(100 * darker["sigmoid"]) == 14
    assert "linear to 16 %, sigmoid to 14 %, all four between 10 and 20 %" in notes
    assert all(0.1 <= a <= 0.2 for a in darker.values()), darker
    assert all(a > 0.9 for a in acc[4].values()), acc[4]          # "+4 ... over 90 %"
    # "a = z copes as well": no better or worse than the sigmoid, within 3 points
    assert abs(darker["linear"] - darker["sigmoid"]) < 0.03
    assert "The sigmoid does not make the network cope with brightness" in notes

    notes = _notes("08b_digits_not_normalised")
    raw, _ = _activation_trials("08b_digits_not_normalised")
    darker_raw = raw[-2]
    assert "Linear and sigmoid both hold about 90 % (normalised, they fell to 15 %)" in notes
    for name in ("linear", "sigmoid"):
        assert darker_raw[name] == pytest.approx(0.9, abs=0.02), darker_raw
        assert darker[name] == pytest.approx(0.15, abs=0.02), darker
    assert darker_raw["tanh"] > 0.8 and "Tanh keeps over 80 %" in notes
    assert max(darker_raw.values()) == darker_raw["linear"]        # "none beats linear"
    assert "the activation does not decide how a network copes with darker digits" in notes


def test_digits_why_they_fall_and_what_training_the_raw_network_shows():
    norm, bundle = trained("08_digits_brightness", 30)
    assert bundle.mean is not None
    # "with grey paper, pixels that were nearly always blank in training get huge
    # normalised values, 50 and more, where 99 % of the training values stay below 3"
    darker_inputs = bundle.inputs(adjusted(bundle.raw_test.X, -2, 1.0))
    assert np.percentile(np.abs(bundle.train[0]), 99) < 3
    assert np.abs(darker_inputs).max() >= 50
    assert "50 and more, where 99 % of the training values stay below 3" in \
        _notes("08_digits_brightness")
    raw, raw_bundle = trained("08b_digits_not_normalised", 30)
    assert raw_bundle.mean is None
    # "Brightness -4 and low contrast hurt here too"
    assert _accuracy(raw, raw_bundle, -4) < _accuracy(raw, raw_bundle, 0) - 0.1
    assert _accuracy(raw, raw_bundle, 0, 0.5) < 0.7
    # "Press Space to train the sigmoid network itself: most hidden neurons get a
    # saturated badge" without normalisation, and fewer with it
    saturated = [diagnostics.neuron_health(t.net, b.train[0])[0].status.count("saturated")
                 for t, b in ((norm, bundle), (raw, raw_bundle))]
    assert saturated[1] > 8 and saturated[1] > saturated[0], saturated
    assert "Brightness −4 and low contrast hurt here too" in \
        _notes("08b_digits_not_normalised")


# -- 9. How many neurons -----------------------------------------------------------------------

def test_how_many_neurons_trials_climb_to_three_then_stop():
    doc = load("09_how_many_neurons")
    plan = trials.plan_from_meta(doc)
    assert (plan.setting, plan.layer, plan.values, plan.epochs) == \
        ("units", 0, (1, 2, 3, 4, 5), 300)
    assert doc.data == load("02_coffee_roasting").data
    bundle = trials.prepare_data(doc)
    results = [trials.run_trial(t, plan.epochs, bundle=bundle)
               for t in trials.make_trials(doc, plan)]
    acc = [r.test_accuracy for r in results]
    assert acc[0] == pytest.approx(0.8, abs=0.05), acc          # "1 neuron ... about 80 %"
    assert acc[1] == pytest.approx(0.9, abs=0.03), acc          # "2 neurons about 90 %"
    assert acc[2] == pytest.approx(0.98, abs=0.01), acc         # "3 neurons about 98 %"
    assert max(acc[3:]) <= acc[2] + 0.005, acc                  # "4 and 5 do no better"
    # "The panel says 3, 4 and 5 units tie (within noise); the smallest is 3 units"
    assert trials.choose(results, plan.setting) == trials.Choice(3, (2, 3, 4), 2)
    assert "The panel says 3, 4 and 5 units tie (within noise); the smallest is 3 " \
        "units" in _notes("09_how_many_neurons")
    # "4 units has the lowest test loss, but only by 0.0002, far less than the noise of
    # 400 test samples": a tenth of 2 standard errors of the paired differences
    loss = [r.test_loss for r in results]
    assert min(loss) == loss[3] and round(loss[2] - loss[3], 4) == 0.0002, loss
    d = results[2].sample_losses - results[3].sample_losses
    assert d.size == 400 and "400 test samples" in _notes("09_how_many_neurons")
    assert loss[2] - loss[3] < 0.1 * 2 * d.std(ddof=1) / math.sqrt(d.size)
