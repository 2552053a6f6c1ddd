"""Unstable training that stays finite: the loss jumps, or most ReLU neurons die at once.

A learning rate far too high does not always overflow. At 100 with ReLU on the circle the
training loss swings between 1 and 30 (it started at 0.69) and the accuracy stays at chance,
yet every number is finite, so the divergence check of ``Trainer.step_batch`` (non-finite
weights) says nothing. Two signs catch it, each cheap enough to check a few times a second:

- **the loss jumped**: the training loss now is at least ``JUMP_FACTOR`` times its lowest
  value among the previous ``RECENT`` reports, and higher than at the first report of the
  run (so the ordinary wobble of a small loss near its minimum is not a jump);
- **neurons died at once**: at least ``MOST_DEAD`` of the ReLU-like hidden neurons are dead
  now (``diagnostics.neuron_health``) while at most ``FEW_DEAD`` were when the run started
  (a network built with dead neurons, as in the Dead ReLU lesson, is not "dying at once").

Measured on the default network (circle) with seven activations at learning rates 0.003
to 100 for 200 epochs: flagged from rate 3 (tanh, elu) or 10 (relu, sigmoid, gelu) up, never
at 1 or below. Of the lessons, the two with Adam at 0.3 are flagged, and rightly, when the
reports come often enough (after every batch: "Dead ReLU" 0.313 -> 1.16 in epoch 1, its Leaky
ReLU twin 0.080 -> 1.23 in epoch 3); the Dead ReLU notes say so. "One neuron" was flagged
at Adam 0.1 on raw kilograms (loss 0.36 -> 1.27 at epoch 19) and no longer is at Adam 0.03
in batches of 100 (tests/core/test_lessons.py checks every epoch up to 2000).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from core import diagnostics
from core.i18n import number, translate
from core.network import Network

JUMP_FACTOR = 3.0
RECENT = 10
MOST_DEAD = 0.75
FEW_DEAD = 0.5


def loss_jump(epochs: Sequence[int], losses: Sequence[float | None]) -> str | None:
    """Why the last report's loss is a jump, or None. ``epochs``, ``losses``: the run's
    reports so far, oldest first (``Trainer.history["epoch"]``, ``["train_loss"]``);
    None or non-finite losses are skipped."""
    reports = [(e, v) for e, v in zip(epochs, losses)
               if v is not None and math.isfinite(v)]
    if len(reports) < 2:
        return None
    epoch, now = reports[-1]
    before = reports[-1 - RECENT:-1]
    low_epoch, low = min(before, key=lambda r: r[1])
    if now >= JUMP_FACTOR * max(low, 1e-12) and now > reports[0][1]:
        n = max(1, int(epoch - low_epoch))
        # one epoch has its own sentence: without the GUI (command line, notebooks) core
        # has no English plural forms, and "%n epochs" would read "1 epochs"
        if n == 1:
            text = translate("Stability", "the training loss jumped from {low} to {now} "
                             "within 1 epoch")
        else:
            text = translate("Stability", "the training loss jumped from {low} to {now} "
                             "within %n epochs", None, n)
        return text.format(low=number(low, ".3g"), now=number(now, ".3g"))
    return None


def dead_share(net: Network, X: np.ndarray) -> tuple[int, int]:
    """(dead, of): how many of the ReLU-like hidden neurons are dead on ``X``
    (n_samples, n_inputs), and how many there are."""
    dead = total = 0
    for layer in diagnostics.neuron_health(net, X)[:-1]:          # hidden layers only
        for status, name in zip(layer.status, layer.activations):
            if name in diagnostics.RELU_LIKE:
                total += 1
                dead += status == "dead"
    return dead, total


def neurons_died(start: tuple[int, int], now: tuple[int, int], epochs: int) -> str | None:
    """Why ``now`` (dead, of) is a mass death compared with ``start``, or None."""
    (dead0, total0), (dead, total) = start, now
    if total == 0 or total != total0:
        return None
    if dead >= MOST_DEAD * total and dead0 <= FEW_DEAD * total0:
        n = max(1, int(epochs))
        if n == 1:
            text = translate("Stability", "{dead} of the {total} ReLU neurons died within 1 "
                             "epoch (they output 0 for every sample and no longer learn)")
        else:
            text = translate("Stability", "{dead} of the {total} ReLU neurons died within %n "
                             "epochs (they output 0 for every sample and no longer learn)",
                             None, n)
        return text.format(dead=dead, total=total)
    return None
