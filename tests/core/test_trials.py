"""core.trials: one setting changed, same seeds and starting weights, reproducible runs."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from core import netfile, trials
from core.experiment import make_trainer
from core.netfile import Document
from core.netfile_validate import TRAINING_DEFAULTS
from core.network import Network
from core.training import train
from core.trials import TrialError, TrialPlan, best, make_trials, plan_from_meta, run_trial


def small_doc(layers=(("tanh",) * 3, ("sigmoid",)), samples=60, loss="binary_crossentropy",
              **training) -> Document:
    """A 2-3-1 network on 60 circle points, through the file as the app sees it."""
    net = Network(["x1", "x2"], [list(lay) for lay in layers], loss=loss, seed=3)
    data = {"source": "builtin", "name": "circle", "samples": samples, "noise": 0.0,
            "seed": 4}
    doc = Document(net, data, {**TRAINING_DEFAULTS, **training}, {"title": "t", "notes": ""})
    return netfile.loads(netfile.dumps(doc))


def trained_doc() -> Document:
    """small_doc after 3 epochs, with history and optimizer state in the file."""
    doc = small_doc(optimizer="adam")
    trainer = make_trainer(doc)
    for _ in train(trainer, 3):
        pass
    from core.experiment import update_document
    return update_document(doc, trainer)


# -- reproducibility -----------------------------------------------------------------------
@pytest.mark.parametrize("plan", [
    TrialPlan("units", (1, 4), epochs=6, layer=0),
    TrialPlan("batch_size", (7, 30), epochs=6),
])
def test_trial_runs_are_reproducible(plan):
    doc = small_doc()
    first = [run_trial(t, plan.epochs) for t in make_trials(doc, plan)]
    again = [run_trial(t, plan.epochs) for t in make_trials(doc, plan)]
    for a, b in zip(first, again):
        assert a.history == b.history                  # bit for bit, every epoch
        assert len(a.history["epoch"]) == plan.epochs
        assert np.array_equal(a.document.network.theta, b.document.network.theta)
        assert a.document.state == b.document.state
    # the runs really trained and really differ
    assert first[0].history["train_loss"] != first[1].history["train_loss"]
    assert first[0].train_loss < first[0].history["train_loss"][0]


def test_run_matches_training_the_changed_document_by_hand():
    doc = small_doc()
    plan = TrialPlan("learning_rate", (0.3,), epochs=5)
    result = run_trial(make_trials(doc, plan)[0], 5)
    by_hand = small_doc(learning_rate=0.3)
    trainer = make_trainer(by_hand)
    snaps = list(train(trainer, 5))
    assert result.history == trainer.history
    assert np.array_equal(result.document.network.theta, trainer.net.theta)
    assert result.test_loss == snaps[-1].test_loss
    assert result.test_accuracy == snaps[-1].test_accuracy
    assert result.epochs == 5 and result.stopped is None and not result.interrupted
    assert result.document.training["epoch"] == 5
    assert result.document.training["learning_rate"] == 0.3
    assert doc.training["learning_rate"] == TRAINING_DEFAULTS["learning_rate"]  # untouched


def test_trials_start_at_epoch_zero_from_the_current_weights():
    doc = trained_doc()
    assert doc.history and doc.state and doc.training["epoch"] == 3
    [trial] = make_trials(doc, TrialPlan("optimizer", ("sgd",), epochs=2))
    assert trial.document.history is None and trial.document.state is None
    assert trial.document.training["epoch"] == 0
    assert trial.document.training["optimizer"] == "sgd"
    assert np.array_equal(trial.document.network.theta, doc.network.theta)
    assert trial.document.network is not doc.network
    result = run_trial(trial, 2)
    assert result.history["epoch"] == [1, 2]
    assert doc.training["optimizer"] == "adam"


# -- each setting builds the right trials --------------------------------------------------
def test_units_keep_shared_weights_and_grow_the_same_new_neurons():
    doc = small_doc()
    before = doc.network.theta.copy()
    plan = TrialPlan("units", (1, 3, 5, 6), layer=0)
    made = make_trials(doc, plan)
    assert [t.label for t in made] == ["1 unit", "3 units", "5 units", "6 units"]
    assert [t.document.network.sizes for t in made] == [[1, 1], [3, 1], [5, 1], [6, 1]]
    W0, b0 = doc.network.params(0)
    V0, _ = doc.network.params(1)
    for t in made:
        W, b = t.document.network.params(0)
        V, _ = t.document.network.params(1)
        k = min(3, len(b))
        assert np.array_equal(W[:k], W0[:k]) and np.array_equal(b[:k], b0[:k])
        assert np.array_equal(V[:, :k], V0[:, :k])
    # neurons 3 and 4 (new) are the same in the 5- and 6-unit trials, and not copies of 0
    W5, V5 = made[2].document.network.params(0)[0], made[2].document.network.params(1)[0]
    W6, V6 = made[3].document.network.params(0)[0], made[3].document.network.params(1)[0]
    assert np.array_equal(W5, W6[:5]) and np.array_equal(V5, V6[:, :5])
    assert not np.allclose(W6[3], W6[0]) and not np.allclose(W6[4], W6[3])
    assert made[3].document.network.activations(0) == ["tanh"] * 6
    assert np.array_equal(doc.network.theta, before)          # the original is untouched
    again = make_trials(doc, plan)
    for a, b in zip(made, again):
        assert np.array_equal(a.document.network.theta, b.document.network.theta)


def test_layer_activation_trials_keep_every_weight():
    doc = small_doc()
    made = make_trials(doc, TrialPlan("activation", ("relu", "prelu", "tanh"), layer=0))
    assert [t.label for t in made] == ["relu", "prelu", "tanh"]
    for t, name in zip(made, ("relu", "prelu", "tanh")):
        net = t.document.network
        assert net.activations(0) == [name] * 3 and net.activations(1) == ["sigmoid"]
        for li in range(2):
            for x, y in zip(net.params(li), doc.network.params(li)):
                assert np.array_equal(x, y)


def test_one_neuron_activation_changes_only_that_neuron():
    doc = small_doc()
    made = make_trials(doc, TrialPlan("activation", ("relu", "gelu"), layer=0, neuron=1))
    assert made[0].document.network.activations(0) == ["tanh", "relu", "tanh"]
    assert made[1].document.network.activations(0) == ["tanh", "gelu", "tanh"]


def test_output_activation_that_does_not_fit_the_loss_is_refused():
    with pytest.raises(TrialError, match="tanh: binary cross-entropy needs sigmoid"):
        make_trials(small_doc(), TrialPlan("activation", ("sigmoid", "tanh"), layer=1))


@pytest.mark.parametrize("setting, values, labels", [
    ("learning_rate", (0.003, 0.03, 0.3), ["lr 0.003", "lr 0.03", "lr 0.3"]),
    ("optimizer", ("sgd", "momentum", "adam"), ["sgd", "momentum", "adam"]),
    ("batch_size", (1, 32), ["batch 1", "batch 32"]),
])
def test_training_settings_trials_change_only_that_setting(setting, values, labels):
    doc = small_doc()
    made = make_trials(doc, TrialPlan(setting, values))
    assert [t.label for t in made] == labels
    for t, v in zip(made, values):
        assert t.document.training == {**doc.training, setting: v, "epoch": 0}
        assert np.array_equal(t.document.network.theta, doc.network.theta)
        assert t.document.data == doc.data and t.document.data is not doc.data


# -- validation ----------------------------------------------------------------------------
@pytest.mark.parametrize("kwargs, message", [
    (dict(setting="depth", values=(1,)), "cannot vary 'depth'"),
    (dict(setting="units", values=(0, 2), layer=0), "units must be a whole number from 1"),
    (dict(setting="units", values=(2.5,), layer=0), "units must be a whole number"),
    (dict(setting="units", values=(True,), layer=0), "units must be a whole number"),
    (dict(setting="units", values=(2, 3)), "needs a layer"),
    (dict(setting="activation", values=("swish",), layer=0), "unknown activation 'swish'"),
    (dict(setting="learning_rate", values=(0.1, 0.0)), "above 0 and at most 100"),
    (dict(setting="learning_rate", values=(float("nan"),)), "above 0"),
    (dict(setting="learning_rate", values=("0.1",)), "above 0"),
    (dict(setting="optimizer", values=("rmsprop",)), "unknown optimizer 'rmsprop'"),
    (dict(setting="batch_size", values=(0,)), "batch size must be a whole number from 1"),
    (dict(setting="batch_size", values=tuple(range(1, 14))), "give 1 to 12 values"),
    (dict(setting="batch_size", values=()), "give 1 to 12 values"),
    (dict(setting="batch_size", values="12"), "values must be a list"),
    (dict(setting="units", values=(2, 3, 2), layer=0), "repeated: 2"),
    (dict(setting="optimizer", values=("sgd",), epochs=0), "epochs must be a whole number"),
    (dict(setting="optimizer", values=("sgd",), epochs=10_001), "from 1 to 10000"),
])
def test_bad_plans_are_refused_with_a_specific_message(kwargs, message):
    with pytest.raises(TrialError, match=message):
        TrialPlan(**kwargs)


@pytest.mark.parametrize("plan, message", [
    (TrialPlan("units", (2,), layer=1), "hidden layers 0 to 0, not layer 1"),
    (TrialPlan("activation", ("relu",), layer=2), "layers 0 to 1, not layer 2"),
    (TrialPlan("activation", ("relu",), layer=0, neuron=3), "neurons 0 to 2, not neuron 3"),
])
def test_positions_are_checked_against_the_network(plan, message):
    with pytest.raises(TrialError, match=message):
        make_trials(small_doc(), plan)


def test_units_need_a_hidden_layer():
    doc = small_doc(layers=(("sigmoid",),))
    with pytest.raises(TrialError, match="no hidden layer"):
        make_trials(doc, TrialPlan("units", (1, 2), layer=0))


def test_data_that_cannot_be_built_is_a_trial_error():
    doc = small_doc()
    doc.data = {"source": "csv", "path": "/nonexistent/roasts.csv"}
    with pytest.raises(TrialError, match="the data cannot be used: data.path"):
        trials.prepare_data(doc)
    [trial] = make_trials(doc, TrialPlan("optimizer", ("sgd",)))
    with pytest.raises(TrialError, match="sgd: data.path"):
        run_trial(trial, 2)


# -- plans from lesson files ---------------------------------------------------------------
def with_meta(trials_value) -> Document:
    doc = small_doc()
    text = json.loads(netfile.dumps(doc))
    text["meta"]["trials"] = trials_value
    return netfile.loads(json.dumps(text))       # a lesson file, read as the app reads it


def test_plan_from_meta_reads_a_lesson_plan():
    doc = with_meta({"setting": "units", "layer": 0, "values": [1, 2, 3, 4, 5],
                     "epochs": 300, "comment": "later versions may add keys"})
    assert plan_from_meta(doc) == TrialPlan("units", (1, 2, 3, 4, 5), 300, layer=0)
    assert plan_from_meta(small_doc()) is None
    lr = plan_from_meta(with_meta({"setting": "learning_rate", "values": [1, 0.1]}))
    assert lr.values == (1.0, 0.1) and lr.epochs == 100


@pytest.mark.parametrize("value, message", [
    ("units 1-5", "must be an object"),
    ([1, 2], "must be an object"),
    ({"values": [1, 2]}, "needs \"setting\" and \"values\""),
    ({"setting": "units", "layer": 0, "values": "1,2,3"}, "values: must be a list"),
    ({"setting": "units", "layer": 0, "values": list(range(1, 10_000))}, "at most 12"),
    ({"setting": "units", "layer": 0, "values": [{"a": 1}]}, "units must be a whole"),
    ({"setting": "units", "layer": 0, "values": [[1]]}, "units must be a whole"),
    ({"setting": "units", "layer": 0, "values": [10**40]}, "from 1 to 256"),
    ({"setting": "units", "layer": 7, "values": [1]}, "not layer 7"),
    ({"setting": "units", "layer": -1, "values": [1]}, "layer must be a whole number"),
    ({"setting": "units", "layer": "0", "values": [1]}, "layer must be a whole number"),
    ({"setting": "units", "layer": 0, "values": [1], "epochs": True}, "epochs must be"),
    ({"setting": "units", "layer": 0, "values": [1], "epochs": 1e9}, "epochs must be"),
    ({"setting": "activation", "layer": 0, "values": ["__import__('os')"]}, "unknown activ"),
    ({"setting": ["units"], "values": [1]}, "cannot vary"),
])
def test_plan_from_hostile_meta_names_the_field(value, message):
    with pytest.raises(TrialError, match=r"^meta\.trials.*" + message):
        plan_from_meta(with_meta(value))


# -- stopping and choosing -----------------------------------------------------------------
def test_should_stop_interrupts_between_epochs():
    [trial] = make_trials(small_doc(), TrialPlan("optimizer", ("adam",), epochs=50))
    seen = []
    result = run_trial(trial, 50, should_stop=lambda: len(seen) >= 3,
                       progress=lambda epoch, history: seen.append((epoch,
                                                                   len(history["epoch"]))))
    assert seen == [(1, 1), (2, 2), (3, 3)]
    assert result.interrupted and result.epochs == 3 and result.history["epoch"] == [1, 2, 3]


def test_divergence_is_reported_and_never_best():
    doc = small_doc(layers=(("relu",) * 3, ("linear",)), samples=40, loss="mse")
    made = make_trials(doc, TrialPlan("learning_rate", (100.0, 0.03), epochs=40))
    results = [run_trial(t, 40) for t in made]
    assert results[0].stopped and "diverged" in results[0].stopped
    assert results[0].epochs < 40
    assert results[1].stopped is None
    assert best(results) == 1


def _result(test_loss, train_loss=0.5, stopped=None, interrupted=False):
    doc = small_doc()
    return trials.TrialResult("x", {}, train_loss, test_loss, None, None, 5, stopped,
                              interrupted, doc)


def test_best_is_the_lowest_final_test_loss_of_finished_runs():
    results = [_result(0.4), _result(0.1, stopped="diverged"), _result(0.2),
               _result(0.05, interrupted=True), None, _result(float("nan")), _result(0.2)]
    assert best(results) == 2                  # the tie goes to the earlier trial
    assert best([_result(None, 0.3), _result(None, 0.2)]) == 1    # no test data: train
    assert best([_result(0.1, stopped="diverged"), None]) is None
    assert best([]) is None


def test_trials_that_all_end_alike_are_told_apart_from_a_real_best():
    from core.trials import all_equal

    same = [_result(0.693147), _result(0.693147), _result(0.2, stopped="diverged"), None]
    assert all_equal(same)                     # "Best: 2 units" would mean nothing
    assert not all_equal([_result(0.4), _result(0.2)])
    assert not all_equal([_result(0.4)])       # one is not "all alike"
    assert not all_equal([_result(0.4), _result(0.4, interrupted=True)])


# -- ties within noise ---------------------------------------------------------------------
def _paired(value, sample_losses, **kwargs):
    """A finished result whose test loss is the mean of ``sample_losses``."""
    losses_ = np.asarray(sample_losses, dtype=float)
    return dataclasses.replace(_result(float(losses_.mean()), **kwargs), value=value,
                               sample_losses=losses_)


def test_per_sample_losses_average_to_the_loss_for_every_loss():
    from core import losses
    rng = np.random.default_rng(0)
    Z = rng.normal(size=(3, 7))
    P = np.exp(Z) / np.exp(Z).sum(axis=0)
    T = np.eye(3)[:, rng.integers(0, 3, 7)]
    for loss, A in (("mse", Z), ("binary_crossentropy", 1 / (1 + np.exp(-Z))),
                    ("categorical_crossentropy", P)):
        each = losses.per_sample(loss, Z, A, T)
        assert each.shape == (7,)
        assert each.mean() == pytest.approx(losses.value(loss, Z, A, T), rel=1e-12)


def test_run_trial_keeps_each_test_samples_loss():
    [trial] = make_trials(small_doc(), TrialPlan("optimizer", ("adam",), epochs=3))
    result = run_trial(trial, 3)
    assert result.sample_losses.shape == (30,)                 # half of 60 points
    assert result.sample_losses.mean() == pytest.approx(result.test_loss, rel=1e-12)


def test_a_difference_within_two_standard_errors_is_a_tie_and_the_smallest_is_kept():
    base = np.array([0.1, 0.3, 0.2, 0.4, 0.1, 0.3, 0.2, 0.4])
    wobble = np.array([0.05, -0.05] * 4)                   # std 0.053: 2 se = 0.0378
    results = [_paired(1, base + 0.5),                      # far worse: no tie
               _paired(3, base + 0.01 + wobble),           # 0.01 above: within noise
               _paired(4, base),                            # lowest
               _paired(5, base + 0.03 + wobble),           # 0.03 above: within noise
               _paired(6, base + 0.05 + wobble),           # 0.05 above: beyond 2 se
               _paired(2, base - 0.1, stopped="diverged")]  # never counts
    choice = trials.choose(results, "units")
    assert (choice.lowest, choice.ties, choice.chosen) == (2, (1, 2, 3), 1) and choice.tied
    assert trials.choose(results[::-1], "units").chosen == 4    # fewest units, not order
    # other settings keep the first of the tie in plan order
    assert trials.choose(results, "learning_rate").chosen == 1
    # the same gap with no noise at all is a real difference
    exact = [_paired(3, base + 0.01), _paired(4, base)]
    assert trials.choose(exact, "units") == trials.Choice(1, (1,), 1)
    assert not trials.choose(exact, "units").tied
    assert trials.choose([None, _paired(1, base, interrupted=True)]) is None


def test_without_per_sample_losses_only_an_equal_loss_ties():
    results = [_result(0.2), _result(0.2), _result(0.2000001)]
    assert trials.choose(results).ties == (0, 1)
