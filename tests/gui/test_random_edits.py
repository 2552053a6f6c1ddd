"""Long and rough use: 1,000 seeded random edits (add, remove and move neurons and layers,
change activations, freeze, edit weights and settings, undo, redo) while training runs.
No exception, the editor and the trainer always match the network, and undo still walks
all the way back."""

import random

import numpy as np
from PySide6.QtWidgets import QApplication

from core import activations, edits
from core.losses import LossError
from core.network import NetworkError
from gui.commands import SettingCommand, StructureCommand, ValueCommand

EDITS = 1000
HIDDEN_KINDS = [a for a in activations.NAMES if a != "softmax"]


def _structure(net):
    return [net.activations(li) for li in range(len(net.sizes))]


def _random_command(rng: random.Random, doc):
    net = doc.network
    sizes = net.sizes
    li = rng.randrange(len(sizes))
    hidden = rng.randrange(max(1, len(sizes) - 1))     # a hidden layer, if there is one
    unit = rng.randrange(sizes[li])
    kind = rng.choice(["insert", "insert", "remove", "move", "activation", "layer_act",
                       "add_layer", "remove_layer", "resize", "freeze", "weight", "bias",
                       "rate"])
    if kind == "insert":
        return StructureCommand(doc, "add", edits.insert_neuron, hidden,
                                rng.randrange(sizes[hidden] + 1), rng.choice(HIDDEN_KINDS))
    if kind == "remove":
        return StructureCommand(doc, "remove", edits.remove_neuron, li, unit)
    if kind == "move":
        to = rng.randrange(len(sizes))
        return StructureCommand(doc, "move", edits.move_neuron, li, unit, to,
                                rng.randrange(sizes[to] + 1))
    if kind == "activation":
        return StructureCommand(doc, "act", edits.set_activation, hidden,
                                rng.randrange(sizes[hidden]), rng.choice(HIDDEN_KINDS))
    if kind == "layer_act":
        return StructureCommand(doc, "layer", edits.set_layer_activation, hidden,
                                rng.choice(HIDDEN_KINDS))
    if kind == "add_layer":
        return StructureCommand(doc, "add layer", edits.insert_layer,
                                rng.randrange(len(sizes)), [rng.choice(HIDDEN_KINDS)] * 2)
    if kind == "remove_layer":
        return StructureCommand(doc, "remove layer", edits.remove_layer, hidden)
    if kind == "resize":
        return StructureCommand(doc, "resize", edits.resize_layer, hidden, rng.randint(1, 6))
    if kind == "freeze":
        return StructureCommand(doc, "freeze", edits.set_frozen, li, unit, rng.random() < 0.5)
    if kind == "weight":
        return ValueCommand(doc, ("weight", li, unit, rng.randrange(net.params(li)[0].shape[1])),
                            rng.uniform(-2, 2))
    if kind == "bias":
        return ValueCommand(doc, ("bias", li, unit), rng.uniform(-2, 2))
    return SettingCommand(doc, "training", "learning_rate", rng.choice([0.003, 0.03, 0.3]))


def _check_consistent(window) -> None:
    net = window.document.network
    scene = window.editor.scene()
    assert len(scene.neurons) == sum(net.sizes)
    assert all((li, u) in scene.neurons for li, n in enumerate(net.sizes) for u in range(n))
    assert net.theta.shape == net.grad.shape
    try:
        net.check_loss()
    except LossError as e:      # e.g. an elu moved into a cross-entropy output layer
        assert window.banner.isVisible() and "Cannot train" in window.banner.text.text()
        assert not window.controller.running, e


def test_a_thousand_random_edits_while_training(qtbot, window):
    rng = random.Random(20261123)
    stack, doc = window.undo_stack, window.document
    stack.setUndoLimit(0)      # every step, training included, back to the start
    start = _structure(doc.network)
    window.controller.play()
    refused = 0
    for i in range(EDITS):
        roll = rng.random()
        if roll < 0.15 and stack.canUndo():
            stack.undo()
        elif roll < 0.22 and stack.canRedo():
            stack.redo()
        else:
            try:
                stack.push(_random_command(rng, doc))
            except NetworkError:
                refused += 1              # e.g. removing the last neuron: said, not done
        if i % 5 == 0:
            QApplication.processEvents()  # snapshots land between edits
        if not window.controller.running:   # undo pauses; play again, as a person would
            window.controller.play()
        _check_consistent(window)
    controller = window.controller
    if controller.running:
        trainer = window.document.experiment
        qtbot.waitUntil(lambda: trainer.current_trainer is not None and
                        trainer.current_trainer.net.theta.size == doc.network.theta.size,
                        timeout=5000)
    else:                     # the last edits left a network that cannot train: it says so
        assert window.banner.isVisible()
    controller.pause()
    window.live.redraw()
    assert refused < EDITS // 2
    end, end_theta, end_epoch = _structure(doc.network), doc.network.theta.copy(), doc.epoch
    while stack.canUndo():
        stack.undo()
    assert _structure(doc.network) == start and doc.epoch == 0
    while stack.canRedo():
        stack.redo()
    assert _structure(doc.network) == end
    assert np.array_equal(doc.network.theta, end_theta) and doc.epoch == end_epoch
    controller.play()           # an untrainable network says so when Play is pressed
    _check_consistent(window)
    controller.pause()
    assert np.isfinite(doc.network.theta).all()
