"""Softmax where it makes no sense, and one softmax neuron's probability as its own z moves.

Softmax is a group activation (``core.groups``): the softmax neurons of one layer share one
normalisation, p_i = e^z_i / sum_j e^z_j over those neurons only, so their outputs always add
up to 1. That is what an output layer of class probabilities needs (seed 003: "only used in
the output layer"). Two uses pass the checks of the loss and still make no sense:

- ``LONE`` ("always 1"): a layer with exactly one softmax neuron. Its group is itself:
  p = e^z / e^z = 1 for every input, and dp/dz = p (1 - p) = 0, so it passes no information
  and no gradient reaches its weights (or anything before it through it). Possible in any
  layer, also the output layer with mean squared error (categorical cross-entropy refuses
  fewer than 2 softmax outputs, see ``core.losses.check``).
- ``HIDDEN`` ("misplaced"): two or more softmax neurons in a hidden layer. They do train,
  but they are tied: raising one lowers the others, and together they carry one number
  fewer than they have neurons (the last is 1 minus the sum of the others).

``misused_softmax`` finds them from the activations alone (no data needed);
``explanation`` says it in plain words with what to do instead; ``held_softmax`` gives the
curves the Activation panel draws for a softmax neuron.
"""

from __future__ import annotations

import numpy as np

from core import activations as act
from core.i18n import QT_TRANSLATE_NOOP, translate

LONE = "always 1"
HIDDEN = "misplaced"
STATUSES = (LONE, HIDDEN)

# English source texts (context "SoftmaxUse"), translated by ``explanation``; LONE and HIDDEN
# are status keys (the badges and the health table name them in their own words).
_LONE_WHY = QT_TRANSLATE_NOOP(
    "SoftmaxUse", "A softmax neuron alone always outputs 1: softmax divides e^z by the sum "
    "of e^z over its layer's softmax neurons, and alone that is e^z / e^z = 1 whatever its "
    "inputs. It passes no information on, and its slope p (1 - p) is 0, so its weights "
    "never learn. In a hidden layer use ReLU or tanh instead.")
_LONE_OUTPUT_WHY = QT_TRANSLATE_NOOP(
    "SoftmaxUse", "A softmax neuron alone always outputs 1: softmax divides e^z by the sum "
    "of e^z over its layer's softmax neurons, and alone that is e^z / e^z = 1 whatever its "
    "inputs. It passes no information on, and its slope p (1 - p) is 0, so its weights "
    "never learn. For one output use sigmoid (two classes) or linear (a number); softmax "
    "needs 2 or more output neurons, one per class, with categorical cross-entropy.")
_HIDDEN_WHY = QT_TRANSLATE_NOOP(
    "SoftmaxUse", "Softmax in a hidden layer: its outputs always add up to 1, so the layer's "
    "softmax neurons compete for one share instead of each passing on its own feature (the "
    "last one says nothing new: it is 1 minus the others). Softmax belongs in the output "
    "layer, where it turns the outputs into class probabilities. Use ReLU or tanh here.")


def softmax_units(activations: list[str]) -> list[int]:
    """The units (user order) of one layer that form its softmax group."""
    return [u for u, name in enumerate(activations) if act.get(name).is_group]


def misused_softmax(layers: list[list[str]]) -> dict[tuple[int, int], str]:
    """{(layer, unit): LONE or HIDDEN} for the softmax neurons that make no sense there.

    ``layers``: each layer's activation names, hidden layers then the output layer (as
    ``[net.activations(li) for li in range(len(net.sizes))]``). A lone softmax neuron is
    LONE wherever it is; a group of 2 or more is HIDDEN outside the output layer.
    """
    found = {}
    last = len(layers) - 1
    for li, names in enumerate(layers):
        units = softmax_units(names)
        if len(units) == 1:
            found[(li, units[0])] = LONE
        elif units and li < last:
            found.update({(li, u): HIDDEN for u in units})
    return found


def explanation(status: str, hidden: bool) -> str:
    """What a student reads beside the badge: why, and what to use instead. ``hidden``:
    the neuron is in a hidden layer (a lone output neuron gets other advice)."""
    if status == LONE:
        return translate("SoftmaxUse", _LONE_WHY if hidden else _LONE_OUTPUT_WHY)
    if status == HIDDEN:
        return translate("SoftmaxUse", _HIDDEN_WHY)
    raise ValueError(f"not a softmax misuse: {status!r}")


def held_softmax(z: np.ndarray, held: np.ndarray, index: int) -> np.ndarray:
    """Every group member's probability as member ``index``'s z takes the values ``z``
    while the others stay at their ``held`` z.

    z: (n,) values of the moving neuron's z; held: (k,) the group's current z (the entry
    at ``index`` is ignored). Returns P: (k, n); every column sums to 1, and
    dP[index]/dz = P[index] (1 - P[index]). A group of one gives a row of ones.
    """
    z = np.asarray(z, dtype=float)
    Z = np.repeat(np.asarray(held, dtype=float).reshape(-1, 1), z.size, axis=1)
    Z[index] = z
    return act.softmax(Z, axis=0)
