"""Suitable networks learn TensorFlow Playground's sets to >= 95 % test accuracy within a
stated epoch budget (seeded, so the result is the same on every run)."""

import numpy as np
import pytest

from core import datasets
from core.features import feature_map
from core.network import Network
from core.training import Settings, Trainer, train

SPIRAL_FEATURES = ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"]

CASES = {
    # name: (input features, hidden layers, optimizer, learning rate, epochs)
    "xor": (["x1", "x2"], [["tanh"] * 8, ["tanh"] * 4], "adam", 0.01, 100),
    "circle": (["x1", "x2"], [["relu"] * 8, ["relu"] * 4], "adam", 0.01, 100),
    "spiral": (SPIRAL_FEATURES, [["relu"] * 8, ["relu"] * 8], "adam", 0.01, 200),
}


@pytest.mark.parametrize("name", list(CASES))
def test_reaches_95_percent_test_accuracy(name):
    features, hidden, opt, lr, epochs = CASES[name]
    ds = datasets.make(name, samples=500, noise=0.0, seed=7)
    train_ds, test_ds = datasets.split(ds, 0.5, seed=1)
    net = Network(features, [*hidden, ["sigmoid"]], loss="binary_crossentropy", seed=2)
    trainer = Trainer(net,
                      (feature_map(train_ds.X, features), train_ds.y),
                      (feature_map(test_ds.X, features), test_ds.y),
                      Settings(optimizer=opt, learning_rate=lr, batch_size=10, seed=1))
    before = trainer.evaluate(record=False)
    snaps = list(train(trainer, epochs, report_every=epochs))
    assert snaps[-1].stopped is None
    assert snaps[-1].test_accuracy >= 0.95, snaps[-1]
    assert before["test_accuracy"] < 0.8     # it was not solved before training
    assert snaps[-1].train_loss < 0.2 * before["train_loss"]


def test_loss_goes_down_from_the_start():
    ds = datasets.make("gauss", samples=200, seed=3)
    net = Network(["x1", "x2"], [["tanh"] * 2, ["sigmoid"]], loss="binary_crossentropy",
                  seed=1)
    trainer = Trainer(net, (ds.X, ds.y), None, Settings(learning_rate=0.1, batch_size=200))
    first = trainer.evaluate()["train_loss"]
    for _ in train(trainer, 30):
        pass
    assert trainer.evaluate()["train_loss"] < 0.5 * first
    assert np.isfinite(net.theta).all()
