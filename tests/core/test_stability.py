"""Unstable training that stays finite: the loss jumps, or the ReLU neurons die at once."""

import pytest

from core import edits, experiment, netfile, stability


def trained(activation: str, learning_rate: float, epochs: int):
    """The default network (circle data) with every hidden neuron ``activation``, after
    ``epochs`` epochs; returns the trainer and the first reason a check gave (or None)."""
    doc = netfile.default_document()
    for layer in range(len(doc.network.sizes) - 1):
        edits.set_layer_activation(doc.network, layer, activation)
    doc.training["learning_rate"] = learning_rate
    trainer = experiment.make_trainer(doc)
    X = trainer.train.Xt.T
    trainer.evaluate()
    start = stability.dead_share(trainer.net, X)
    for _ in range(epochs):
        assert trainer.run_epoch() is None            # finite throughout
        trainer.evaluate()
        reason = stability.loss_jump(trainer.history["epoch"],
                                     trainer.history["train_loss"]) or \
            stability.neurons_died(start, stability.dead_share(trainer.net, X), trainer.epoch)
        if reason:
            return trainer, reason
    return trainer, None


def test_learning_rate_100_with_relu_is_flagged_in_the_first_epoch():
    trainer, reason = trained("relu", 100, 20)
    assert trainer.epoch == 1
    assert reason.startswith("the training loss jumped from 0.646 to 12.6 within 1 epoch")


@pytest.mark.parametrize("activation, rate", [("relu", 0.03), ("relu", 1), ("tanh", 0.3),
                                              ("sigmoid", 1)])
def test_ordinary_training_is_never_flagged(activation, rate):
    trainer, reason = trained(activation, rate, 150)
    assert reason is None and trainer.epoch == 150


def test_a_jump_needs_a_rise_above_the_start_and_by_the_factor():
    assert stability.loss_jump([1, 2, 3], [0.7, 0.2, 0.59]) is None       # 2.95x
    assert stability.loss_jump([1, 2, 3], [0.7, 0.2, 0.61]) is None       # below the start
    assert stability.loss_jump([1, 2, 3], [0.5, 0.2, 0.61]) == \
        "the training loss jumped from 0.2 to 0.61 within 1 epoch"
    assert stability.loss_jump([1], [9.0]) is None
    assert stability.loss_jump([1, 2, 3], [0.5, None, float("nan")]) is None
    # only the last RECENT reports count as "recent"
    old_low = [0.1] + [1.0] * stability.RECENT
    assert stability.loss_jump(range(len(old_low) + 1), old_low + [2.0]) is None


def test_neurons_dying_at_once_but_not_dead_from_the_start():
    assert stability.neurons_died((1, 8), (6, 8), 3) == (
        "6 of the 8 ReLU neurons died within 3 epochs (they output 0 for every sample "
        "and no longer learn)")
    assert stability.neurons_died((5, 8), (8, 8), 3) is None      # most were dead already
    assert stability.neurons_died((0, 8), (5, 8), 3) is None      # not most
    assert stability.neurons_died((0, 0), (0, 0), 3) is None      # no ReLU neurons
    assert stability.neurons_died((0, 8), (7, 9), 3) is None      # another network


def test_dead_share_counts_the_hidden_relu_neurons_only():
    doc = netfile.default_document()
    edits.set_layer_activation(doc.network, 0, "relu")          # 4 ReLU, then 2 tanh
    trainer = experiment.make_trainer(doc)
    assert stability.dead_share(trainer.net, trainer.train.Xt.T) == (0, 4)
    for unit in range(3):                                        # z < 0 for every sample
        trainer.net.set_bias(0, unit, -100.0)
    assert stability.dead_share(trainer.net, trainer.train.Xt.T) == (3, 4)
