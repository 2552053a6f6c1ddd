"""The settings a printed handout lists (core.handout_facts): enough to build the network
again, in words a student reads."""

from pathlib import Path

from core import edits, handout_facts, netfile

LESSONS = Path(__file__).resolve().parents[2] / "resources" / "lessons"


def rows(doc) -> dict:
    return dict(handout_facts.settings_rows(doc))


def test_coffee_lists_the_data_set_with_its_parameters_and_the_training_settings():
    doc = netfile.load(LESSONS / "02_coffee_roasting.nsnet")
    doc.training.update(optimizer="momentum", momentum=0.8, learning_rate=0.003,
                        batch_size=25, regularization="l2", regularization_rate=0.001,
                        seed=42, epoch=150)
    r = rows(doc)
    assert r["Data set"] == ("Coffee roasting (built-in coffee): 800 samples, noise 0 %, "
                             "seed 7, inputs normalised")
    assert r["Inputs"] == "temperature, duration"
    assert r["Loss"] == "Binary cross-entropy"
    assert r["Optimizer"] == "SGD with momentum (momentum 0.8)"
    assert (r["Learning rate"], r["Batch size"]) == ("0.003", "25")
    assert r["Regularisation"] == "L2, rate 0.001"
    assert r["Seed"].startswith("42 ") and r["Epoch reached"] == "150"


def test_digits_names_its_64_inputs_briefly_and_no_sample_count():
    r = rows(netfile.load(LESSONS / "08_digits_brightness.nsnet"))
    assert r["Inputs"] == "64 inputs: px0, px1, \u2026, px63"
    assert "samples" not in r["Data set"] and "noise" not in r["Data set"]


def test_layers_count_runs_of_the_same_activation_in_neuron_order():
    doc = netfile.default_document()
    net = doc.network
    assert net.activations(0) == ["tanh"] * 4
    assert handout_facts.layer_rows(doc)[0] == ("Hidden 1", "4", "4 \u00d7 Tanh")
    edits.set_activation(net, 0, 2, "relu")
    edits.set_activation(net, 0, 3, "prelu")
    assert handout_facts.layer_rows(doc)[0] == ("Hidden 1", "4",
                                                "2 \u00d7 Tanh, ReLU, PReLU (\u03b1 0.25)")
    assert handout_facts.layer_rows(doc)[-1][0] == "Output"


def test_latest_metrics_skip_values_never_measured():
    history = {"epoch": [1, 2, 3], "train_loss": [0.9, 0.5, None], "test_loss": [1.0, 0.6, 0.4],
               "train_accuracy": [None, None, None], "test_accuracy": [0.5, 0.7, 0.8]}
    assert handout_facts.latest_metrics(history) == {"train_loss": 0.5, "test_loss": 0.4,
                                                     "test_accuracy": 0.8}
    assert handout_facts.latest_metrics(None) == {}
    r = dict(handout_facts.settings_rows(netfile.default_document(),
                                         handout_facts.latest_metrics(history)))
    assert r["Test set"] == "loss 0.4, accuracy 80.0 %" and r["Training set"] == "loss 0.5"
