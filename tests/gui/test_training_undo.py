"""Training is on the undo stack, and one owner keeps the run, the data and the worker in
step: undo/redo around training (bit for bit), at most one worker restart per structural
edit and none for a value edit or a save, the data built once per data change, and
commands that call the document only."""

import ast
import copy
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt

from core import edits, netfile
from core.experiment import run_of
from gui import commands
from gui.commands import (
    CompoundStructureCommand,
    DataCommand,
    RunCommand,
    SettingCommand,
    StructureCommand,
    TrainCommand,
    ValueCommand,
)
from gui.document import NetworkDocument

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def train(window, hands, qtbot, epochs: int) -> None:
    """Play until ``epochs`` more epochs are done, then pause: Space twice, on the canvas."""
    target = window.controller.epoch + epochs
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.controller.epoch >= target, timeout=20_000)
    hands.key(Qt.Key.Key_Space)
    assert not window.controller.running


def run_of_window(window) -> dict:
    """What must come back bit for bit: weights, epoch, curves, optimizer state."""
    run = window.document.run_state()
    return {"theta": run.theta.copy(), "epoch": run.epoch,
            "history": copy.deepcopy(run.history), "state": copy.deepcopy(run.trainer_state)}


def assert_same_run(window, expected: dict) -> None:
    now = run_of_window(window)
    assert np.array_equal(now["theta"], expected["theta"])
    assert now["epoch"] == expected["epoch"] and now["history"] == expected["history"]
    assert now["state"] == expected["state"]


def test_undo_right_after_training_and_redo_bring_the_run_back_bit_for_bit(
        window, hands, qtbot):
    """The issue's data-loss bug: add a neuron, train 50 epochs, Ctrl+Z, Ctrl+Shift+Z."""
    hands.focus(window.editor)
    assert window.editor.add_neuron("relu")
    untrained = run_of_window(window)
    train(window, hands, qtbot, 50)
    trained = run_of_window(window)
    assert trained["epoch"] >= 50 and trained["state"] is not None
    # the loss shown is that of the epoch training stopped at, not of the last frame's
    assert trained["history"]["epoch"][-1] == trained["epoch"] == window.controller.epoch
    assert window.undo_stack.undoText().startswith("Train epochs 0\u2013")
    hands.key(Qt.Key.Key_Z, CTRL)
    assert_same_run(window, untrained)
    assert window.controller.epoch == 0 and len(window.loss_plot) == 0
    assert window.training_bar.epoch_label.text().strip() == "Epoch 0"
    hands.key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert_same_run(window, trained)
    assert len(window.loss_plot) == len(trained["history"]["epoch"])
    # and it goes on exactly as if nothing had happened: one more epoch on each side
    twin = NetworkDocument(netfile.loads(netfile.dumps(window.document.saved_document(False))))
    window.training_bar.step_epoch.trigger()
    twin.experiment.trainer().run_epoch()
    twin.experiment.apply_progress()
    assert np.array_equal(window.document.network.theta, twin.network.theta)


def test_undoing_an_earlier_edit_never_mixes_trained_weights_with_an_old_epoch(
        window, hands, qtbot):
    start = run_of_window(window)
    train(window, hands, qtbot, 10)
    first = run_of_window(window)
    hands.focus(window.editor)
    assert window.editor.add_neuron("relu")
    train(window, hands, qtbot, 10)
    second = run_of_window(window)
    hands.key(Qt.Key.Key_Z, CTRL)                       # the second stretch
    assert window.document.network.sizes == [4, 3, 1]
    assert window.controller.epoch == first["epoch"]
    hands.key(Qt.Key.Key_Z, CTRL)                       # the neuron: first's run again
    assert window.document.network.sizes == [4, 2, 1]
    assert np.array_equal(window.document.network.theta, first["theta"])
    assert window.controller.epoch == first["epoch"]
    hands.key(Qt.Key.Key_Z, CTRL)                       # the first stretch
    assert_same_run(window, start)
    for _ in range(3):
        hands.key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert_same_run(window, second)


def test_reset_after_an_edit_goes_back_to_the_start_of_the_run_not_to_the_edit(
        window, hands, qtbot):
    """The walk-through's finding: Reset after adding a neuron showed epoch 0 with trained
    weights. Every neuron now goes back to where it started: the old ones to the run's
    start, the new one to the weights it got when it was added."""
    network = window.document.network
    start = [W.copy() for W, _b in network.all_params()]
    train(window, hands, qtbot, 20)
    hands.focus(window.editor)
    assert window.editor.add_neuron("relu")          # a third neuron in the second layer
    assert network.sizes == [4, 3, 1]
    added_in, added_out = network.params(1)[0][2].copy(), network.params(2)[0][:, 2].copy()
    train(window, hands, qtbot, 20)
    hands.key(Qt.Key.Key_R, CTRL)                      # Reset
    W0, W1, W2 = (W for W, _b in network.all_params())
    assert window.controller.epoch == 0
    assert np.array_equal(W0, start[0]) and np.array_equal(W1[:2], start[1])
    assert np.array_equal(W2[:, :2], start[2])
    assert np.array_equal(W1[2], added_in) and np.array_equal(W2[:, 2], added_out)
    for _ in range(4):                                 # reset, training, neuron, training
        hands.key(Qt.Key.Key_Z, CTRL)
    assert network.sizes == [4, 2, 1] and window.controller.epoch == 0
    window.undo_stack.push(StructureCommand(window.document, "Add", edits.insert_neuron,
                                            0, 0, "relu"))
    window.undo_stack.undo()                           # an undone edit keeps the start
    hands.key(Qt.Key.Key_R, CTRL)
    assert all(np.array_equal(W, W0) for (W, _b), W0 in zip(network.all_params(), start))


def test_a_structural_edit_while_training_restarts_the_worker_once_a_value_edit_never(
        window, qtbot):
    controller, document, stack = window.controller, window.document, window.undo_stack
    # frozen, so that the value typed below stays exactly what the trainer holds
    stack.push(StructureCommand(document, "Freeze", edits.set_frozen, 1, 0, True))
    controller.play()
    qtbot.waitUntil(lambda: controller.epoch > 2, timeout=10_000)
    thread = controller._thread
    stack.push(ValueCommand(document, ("bias", 1, 0), 2.5))
    assert controller.running and controller._thread is thread and controller.restarts == 0
    assert document.experiment.current_trainer.net.params(1)[1][0] == 2.5
    stack.push(SettingCommand(document, "training", "learning_rate", 0.05))
    assert controller.running and controller._thread is thread and controller.restarts == 0
    assert document.experiment.current_trainer.settings.learning_rate == 0.05
    epoch = controller.epoch
    qtbot.waitUntil(lambda: controller.epoch > epoch + 2, timeout=10_000)   # trains on
    stack.push(StructureCommand(document, "Add", edits.insert_neuron, 0, 0, "relu"))
    assert controller.running and controller.restarts == 1
    stack.push(CompoundStructureCommand(document, "Two", [
        (edits.insert_neuron, 0, 0, "tanh"), (edits.insert_neuron, 0, 0, "tanh")]))
    assert controller.running and controller.restarts == 2
    snapshots = []
    document.trained.connect(snapshots.append)
    qtbot.waitUntil(lambda: len(snapshots) >= 2, timeout=10_000)
    assert snapshots[-1].theta.size == document.network.theta.size
    controller.pause()
    texts = [stack.text(i) for i in range(stack.count())]
    assert [t for t in texts if not t.startswith("Train")] == [
        "Freeze", "Set bias of layer 2, neuron 1", "Set learning rate", "Add", "Two"]
    assert texts[1].startswith("Train") and texts[-1].startswith("Train")


def test_save_and_autosave_while_training_do_not_stop_the_worker(window, qtbot, tmp_path):
    controller = window.controller
    window.document.path = tmp_path / "run.nsnet"
    controller.play()
    qtbot.waitUntil(lambda: controller.epoch > 3, timeout=10_000)
    thread, stopped = controller._thread, []
    controller.runningChanged.connect(stopped.append)
    assert window.autosaver.save_now()
    assert window.save()
    assert controller.running and controller._thread is thread and stopped == []
    assert netfile.load(tmp_path / "run.nsnet").training["epoch"] > 3
    epoch = controller.epoch
    qtbot.waitUntil(lambda: controller.epoch > epoch, timeout=10_000)        # trains on
    controller.pause()


def test_the_data_is_built_once_per_data_change(window, hands, qtbot):
    experiment = window.document.experiment
    built = experiment.data_builds
    hands.focus(window.editor)
    assert window.editor.add_neuron("relu")
    window.undo_stack.push(SettingCommand(window.document, "training", "learning_rate", 0.1))
    train(window, hands, qtbot, 3)
    window.live.redraw()
    assert experiment.data_builds == built            # nothing about the data changed
    assert window.settings_panel.choose_dataset("xor")
    assert experiment.data_builds == built + 1
    window.live.redraw()
    window.undo_stack.undo()                          # back to the circle: built again
    assert experiment.data_builds == built + 2
    assert window.document.data_bundle().dataset.name == "circle"


def stretch(document, epochs: int) -> TrainCommand:
    """Train ``epochs`` epochs (a curve point each) as one stretch; its entry, pushed."""
    document.begin_training()
    for _ in range(epochs):
        document.experiment.trainer().run_epoch()
        document.experiment.trainer().evaluate()
    document.end_training()
    command = TrainCommand(document, *document.take_recorded()[0])
    command.redo()                # as push does: the training is already done
    return command


def test_a_training_entry_keeps_only_the_curves_new_points():
    document = NetworkDocument(netfile.default_document())
    first = stretch(document, 30)
    second = stretch(document, 2)
    assert second.before.history is None and second.after.history is None
    assert {len(v) for v in second.tail.values()} == {2}          # not 32
    assert second.text() == "Train epochs 30\u201332"
    trained = document.network.theta.copy()
    second.undo()
    assert document.epoch == 30 and len(document.history()["epoch"]) == 30
    first.undo()
    assert document.epoch == 0 and document.history() is None
    first.redo()
    second.redo()
    assert document.epoch == 32 and len(document.history()["epoch"]) == 32
    assert np.array_equal(document.network.theta, trained)


def test_commands_call_the_document_only():
    """No command imports or touches a view, the controller or the window (their undo
    texts are translated: gui.i18n)."""
    tree = ast.parse(Path(commands.__file__).read_text())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert {m for m in imported if m.startswith("gui")} == {"gui.document", "gui.i18n"}
    document = NetworkDocument(netfile.default_document())     # no window, no controller
    start = document.checkpoint()
    made = [
        StructureCommand(document, "Add", edits.insert_neuron, 0, 0, "relu"),
        CompoundStructureCommand(document, "Two", [(edits.insert_neuron, 0, 0, "tanh")]),
        ValueCommand(document, ("bias", 0, 0), 1.5),
        SettingCommand(document, "training", "learning_rate", 0.2),
        DataCommand(document, {**document.data(), "name": "xor"}),
        RunCommand(document, "New weights", document.new_weights,
                   edits.reinitialised_theta(document.network, 5)),
        RunCommand(document, "Reset", document.reset_run),
        RunCommand(document, "Trial", document.replace_run,
                   run_of(netfile.default_document())),
    ]
    for command in reversed(made):
        command.undo()
    assert np.array_equal(document.network.theta, start.theta)
    for command in made:
        command.redo()
    assert document.network.sizes == netfile.default_document().network.sizes
