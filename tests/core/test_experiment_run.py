"""core.experiment.Experiment: the one owner of the data, the trainer and the run."""

import numpy as np
import pytest

from core import edits, netfile
from core.experiment import Experiment
from core.training import train


def experiment(**training) -> Experiment:
    doc = netfile.default_document()
    doc.training.update(training)
    return Experiment(doc)


def run(exp: Experiment, epochs: int) -> None:
    for _ in train(exp.trainer(), epochs, report_every=1):
        pass
    exp.apply_progress()


def test_the_data_is_built_once_per_data_change():
    exp = experiment()
    first = exp.data()
    assert exp.data() is first and exp.data_builds == 1
    run(exp, 2)
    exp.edit(edits.insert_neuron, 0, 0, "relu")          # the data did not change
    run(exp, 2)
    assert exp.data() is first and exp.data_builds == 1
    exp.doc.training["learning_rate"] = 0.1             # nor does a training setting
    exp.settings_changed()
    assert exp.data_builds == 1
    exp.doc.data["seed"] = 8
    exp.settings_changed()
    assert exp.data() is not first and exp.data_builds == 2


def test_a_data_error_is_kept_with_its_field_until_the_data_changes():
    exp = experiment()
    exp.doc.data = {"source": "csv", "path": "/nonexistent/points.csv",
                    "features": ["a"], "target": "b"}
    message = exp.data_error()
    assert message.startswith("data.path:") and exp.data_error() == message
    assert exp.data_builds == 1
    with pytest.raises(netfile.NetFileError):
        exp.trainer()
    exp.doc.data = netfile.default_document().data
    assert exp.data_error() is None and exp.data_builds == 2


def test_an_edit_keeps_the_run_on_the_same_data_and_restarts_it_on_other_data():
    exp = experiment()
    run(exp, 5)
    curve = list(exp.trainer().history["train_loss"])
    exp.edit(edits.insert_neuron, 1, 0, "tanh")
    assert exp.trainer().epoch == 5 and exp.trainer().history["train_loss"] == curve
    assert exp.doc.state is None                        # the optimizer restarts
    assert exp.network.sizes == [4, 3, 1] == exp.trainer().net.sizes
    exp.doc.data["name"] = "xor"
    exp.settings_changed()
    assert exp.trainer().epoch == 0 and exp.trainer().history["train_loss"] == []


def test_a_refused_edit_changes_nothing():
    exp = experiment()
    run(exp, 3)
    before = exp.network.theta.copy()
    with pytest.raises(Exception, match="output"):
        exp.edit(edits.remove_layer, 2)
    assert np.array_equal(exp.network.theta, before) and exp.trainer().epoch == 3


def test_a_run_put_back_resumes_bit_for_bit():
    exp = experiment(optimizer="adam", learning_rate=0.03)
    run(exp, 10)
    at_10 = exp.run_state()
    run(exp, 10)
    theta_20, curve_20 = exp.network.theta.copy(), list(exp.trainer().history["train_loss"])
    exp.replace_run(at_10)
    assert np.array_equal(exp.network.theta, at_10.theta)
    assert exp.trainer().epoch == 10 and len(exp.trainer().history["train_loss"]) == 10
    run(exp, 10)
    assert np.array_equal(exp.network.theta, theta_20)
    assert exp.trainer().history["train_loss"] == curve_20


def test_a_run_taken_before_training_puts_back_the_untrained_network():
    exp = experiment()
    untrained = exp.run_state()
    run(exp, 4)
    exp.replace_run(untrained)
    assert np.array_equal(exp.network.theta, untrained.theta)
    assert exp.trainer().epoch == 0 and exp.doc.history is None


def test_a_run_put_back_brings_its_own_layout_and_settings():
    exp = experiment(optimizer="adam")
    run(exp, 3)
    three = exp.run_state()
    exp.edit(edits.insert_neuron, 0, 0, "relu")
    exp.doc.training["learning_rate"] = 0.5
    run(exp, 2)
    assert exp.replace_run(three) is True            # a rebuild: the structure differs
    assert exp.network.sizes == [len(b) for _W, b in three.network.params]
    assert np.array_equal(exp.network.theta, three.theta)
    assert exp.doc.training["learning_rate"] == three.training["learning_rate"]
    assert exp.trainer().epoch == 3


def test_a_training_entry_keeps_the_settings_of_now():
    exp = experiment(batch_size=10)
    run(exp, 2)
    two = exp.run_state()
    run(exp, 2)
    exp.doc.training.update(learning_rate=0.5, batch_size=100)
    assert exp.replace_run(two, settings=False) is False     # values only
    assert exp.doc.training["learning_rate"] == 0.5 and exp.doc.training["epoch"] == 2
    assert exp.trainer().epoch == 2 and exp.trainer().batch_index == 0


def test_other_data_starts_the_run_over_once():
    exp = experiment()
    run(exp, 3)
    exp.edit(edits.insert_neuron, 0, 0, "relu")
    assert exp.run_restarted() is False and exp.doc.training["epoch"] == 3
    exp.doc.data["name"] = "xor"
    exp.settings_changed()
    assert exp.run_restarted() is True and exp.run_restarted() is False
    assert exp.doc.training["epoch"] == 0 and exp.doc.history is None


def test_a_value_edit_reaches_the_trainer_without_losing_a_step():
    exp = experiment()
    run(exp, 2)
    for _ in train(exp.trainer(), 1, report_every=1):   # ahead of the document
        pass
    exp.apply_progress()
    exp.network.set_bias(0, 0, 4.0)
    exp.params_edited()
    assert exp.trainer().epoch == 3 and exp.trainer().net.params(0)[1][0] == 4.0


def test_reset_and_new_weights():
    exp = experiment()
    start = exp.network.theta.copy()
    run(exp, 5)
    exp.reset()
    assert np.array_equal(exp.network.theta, start) and exp.trainer().epoch == 0
    assert exp.trainer().history["train_loss"] == []
    fresh = edits.reinitialised_theta(exp.network, 3)
    exp.new_weights(fresh)
    run(exp, 2)
    exp.reset()
    assert np.array_equal(exp.network.theta, fresh)


def test_the_document_resumes_exactly_like_one_long_run():
    one = experiment(optimizer="momentum")
    run(one, 30)
    two = experiment(optimizer="momentum")
    run(two, 20)
    again = Experiment(netfile.loads(netfile.dumps(two.document())))
    run(again, 10)
    assert np.array_equal(again.network.theta, one.network.theta)
    assert again.document().training["epoch"] == 30


def test_the_document_of_an_untouched_experiment_is_a_copy():
    exp = experiment()
    doc = exp.document()
    doc.network.set_bias(0, 0, 5.0)
    assert exp.network.params(0)[1][0] != 5.0


def test_reset_after_an_edit_gives_every_neuron_its_own_start():
    exp = experiment()
    start = [W.copy() for W, _b in exp.network.all_params()]
    run(exp, 5)
    exp.edit(edits.insert_neuron, 1, 0, "relu")           # a new first unit of layer 1
    added = exp.network.params(1)[0][0].copy()
    run(exp, 5)
    exp.edit(edits.set_activation, 0, 1, "sigmoid")        # reorders layer 0's rows inside
    exp.reset()
    W0, W1, W2 = (W for W, _b in exp.network.all_params())
    assert np.array_equal(W0, start[0]) and np.array_equal(W1[1:], start[1])
    assert np.array_equal(W1[0], added) and np.array_equal(W2[:, 1:], start[2])
