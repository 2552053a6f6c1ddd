"""The training controller: a worker thread that starts, pauses, steps, resets, follows
live setting changes and user edits, and stops cleanly (the conftest fails any test that
leaves a thread running)."""

import numpy as np
import pytest
from PySide6.QtGui import QUndoStack

from core import edits, netfile
from core.network import Network
from gui.commands import SettingCommand, StructureCommand, ValueCommand
from gui.document import NetworkDocument
from gui.training_controller import TrainingController


@pytest.fixture
def setup(qtbot):
    document = NetworkDocument(netfile.default_document())
    controller = TrainingController(document)
    yield document, controller, QUndoStack()
    controller.stop()


def _wait_snapshots(qtbot, controller, count=3):
    for _ in range(count):
        with qtbot.waitSignal(controller.document.trained, timeout=10_000) as blocker:
            pass
    return blocker.args[0]


def test_play_applies_snapshots_and_pause_stops_the_thread(qtbot, setup):
    document, controller, _ = setup
    before = document.network.theta.copy()
    changed = []
    document.paramsChanged.connect(lambda: changed.append(1))
    controller.play()
    assert controller.running
    snap = _wait_snapshots(qtbot, controller)
    assert snap.epoch >= 1 and snap.train_loss is not None
    assert not snap.theta.flags.writeable
    controller.pause()
    assert not controller.running and controller._thread is None
    assert not np.array_equal(document.network.theta, before)
    assert changed
    # after pausing, the document holds exactly the trainer's last weights
    assert np.array_equal(document.network.theta, document.experiment.current_trainer.net.theta)


def test_snapshots_are_throttled(qtbot, setup):
    document, controller, _ = setup
    snaps = []
    controller.document.trained.connect(snaps.append)
    controller.play()
    qtbot.wait(1000)
    controller.pause()
    epochs = document.experiment.current_trainer.epoch
    assert len(snaps) <= 60            # at most ~50 per second were emitted
    assert epochs > len(snaps)         # training ran many epochs between snapshots


def test_step_epoch_and_batch_are_exact(setup):
    document, controller, _ = setup
    controller.step_epoch()
    assert document.experiment.current_trainer.epoch == 1
    steps = document.experiment.current_trainer.step_count
    controller.step_batch()
    assert document.experiment.current_trainer.step_count == steps + 1
    assert np.array_equal(document.network.theta, document.experiment.current_trainer.net.theta)


def test_reset_returns_to_the_same_initial_weights(qtbot, setup):
    document, controller, _ = setup
    initial = document.network.theta.copy()
    controller.play()
    _wait_snapshots(qtbot, controller, 2)
    controller.pause()
    document.reset_run()
    assert np.array_equal(document.network.theta, initial)
    assert controller.epoch == 0
    controller.step_epoch()
    first = document.network.theta.copy()
    controller.pause()
    document.reset_run()
    controller.step_epoch()
    assert np.array_equal(document.network.theta, first)    # same seed, same epoch


def test_learning_rate_change_mid_run_takes_effect(qtbot, setup):
    document, controller, stack = setup
    controller.play()
    _wait_snapshots(qtbot, controller, 1)
    stack.push(SettingCommand(document, "training", "learning_rate", 0.5))
    _wait_snapshots(qtbot, controller, 2)
    assert document.experiment.current_trainer.settings.learning_rate == 0.5
    assert controller.running
    controller.pause()


def test_edits_while_training_do_not_raise_and_are_kept(qtbot, setup):
    document, controller, stack = setup
    errors = []
    controller.failed.connect(errors.append)
    controller.play()
    _wait_snapshots(qtbot, controller, 1)
    stack.push(StructureCommand(document, "Add", edits.insert_neuron, 0, 0, "relu"))
    snap = _wait_snapshots(qtbot, controller, 2)
    assert document.network.sizes == [5, 2, 1] and snap.theta.size == document.network.theta.size
    controller.pause()
    stack.push(ValueCommand(document, ("bias", 1, 0), 3.5))
    trainer = document.experiment.current_trainer
    assert trainer.net.params(1)[1][0] == 3.5     # the trainer follows the edit
    assert not errors


def test_divergence_pauses_with_a_message_and_finite_weights(qtbot):
    doc = netfile.default_document()
    doc.data = {"source": "builtin", "name": "plane", "samples": 200, "noise": 0.0, "seed": 1}
    doc.network = Network(["x1", "x2"], [["relu"] * 8, ["linear"]], loss="mse", seed=1)
    doc.training["learning_rate"] = 10.0
    document = NetworkDocument(doc)
    controller = TrainingController(document)
    with qtbot.waitSignal(controller.diverged, timeout=10_000) as blocker:
        controller.play()
    assert "smaller learning rate" in blocker.args[0]
    qtbot.waitUntil(lambda: not controller.running, timeout=5000)
    assert np.isfinite(document.network.theta).all()


def test_untrainable_data_is_reported_not_raised(setup):
    document, controller, _ = setup
    messages = []
    controller.failed.connect(messages.append)
    document.doc.data = {"source": "builtin", "name": "blobs3", "samples": 100, "noise": 0.0,
                         "seed": 1}
    controller.play()
    assert not controller.running
    assert messages and "3 classes" in messages[0]
