"""Argument checks for ``core.edits``, run before an edit changes anything.

Each check returns the value it accepted (an index, a position, a registry record, a new
Neuron; ``fits`` returns nothing) or raises ``NetworkError`` with a message that names the
layer, neuron or input and the problem (DESIGN rule 8). Positions are in user order from
0; negative ones are refused, not read Python-style, so a slip shows up as an error.
"""

from __future__ import annotations

import math
import operator

import numpy as np

from core import activations as act
from core.i18n import translate
from core.network import Network, NetworkError, Neuron


def whole(value, what: str) -> int:
    if not isinstance(value, (bool, np.bool_)):   # True is an int to Python, not a student
        try:
            return operator.index(value)
        except TypeError:
            pass
    raise NetworkError(f"{what} must be a whole number, got {value!r}")


def existing(value, n: int, what: str, where: str, action: str | None = None) -> int:
    """The index of a layer or neuron that exists: 0 to n - 1."""
    i = whole(value, what)
    if not 0 <= i < n:
        tail = f"cannot {action} {what} {i}" if action else f"there is no {what} {i}"
        raise NetworkError(f"{where} has only {n} {what}{'' if n == 1 else 's'} "
                           f"(0 to {n - 1}); {tail}")
    return i


def layer(net: Network, index) -> int:
    """A layer of ``net`` that exists (user order: the output layer is last)."""
    return existing(index, len(net.sizes), "layer", "the network")


def neuron(net: Network, li: int, index, action: str) -> int:
    """A neuron of layer ``li`` that exists; ``action`` says what the edit wanted to do."""
    return existing(index, net.sizes[li], "neuron", f"layer {li}", action)


def listed(value, example: str) -> list:
    # a bare string is iterable too, and would become one activation or input per letter
    if isinstance(value, str) or not hasattr(value, "__len__"):
        raise NetworkError(f"give a list, e.g. {example}, not {value!r}")
    return list(value)


def position(value, count: int, where: str) -> int:
    """An insertion position: 0 (first) to count (after the last)."""
    i = whole(value, "position")
    if not 0 <= i <= count:
        raise NetworkError(f"{where} can only go at position 0 to {count}, not {i}")
    return i


def fits(count: int, limit: int, what: str, layer: int | None = None) -> None:
    """Sizes within core.network's bounds, checked here so that a refused edit does not
    even rebuild (a rebuild would reset the optimizer state of a trainer). ``what``:
    "units" (of ``layer``, or of a new layer when None), "layers" or "inputs"."""
    if 1 <= count <= limit:
        return
    if what == "units" and layer is not None:
        text = translate("Edits", "layer {layer} needs 1 to {limit} units, got {count}")
    elif what == "units":
        text = translate("Edits", "a layer needs 1 to {limit} units, got {count}")
    elif what == "layers":
        text = translate("Edits", "a network needs 1 to {limit} layers, got {count}")
    else:
        text = translate("Edits", "a network needs 1 to {limit} inputs, got {count}")
    raise NetworkError(text.format(layer=layer, limit=limit, count=count))


def activation(name) -> act.Activation:
    """The registry record of a known activation."""
    try:
        return act.get(name)
    except act.UnknownActivation as e:
        raise NetworkError(str(e)) from None


def new_neuron(name, alpha=None) -> Neuron:
    """A Neuron with activation ``name`` and, for the families that have one, ``alpha``."""
    spec = activation(name)
    if alpha is not None:
        if not spec.has_alpha:
            raise NetworkError(f"{spec.name} has no alpha; only leaky_relu, prelu and elu do")
        if isinstance(alpha, bool) or not isinstance(alpha, (int, float, np.number)) \
                or not math.isfinite(alpha):
            raise NetworkError(f"alpha must be a finite number, got {alpha!r}")
        alpha = float(alpha)
    return Neuron(spec.name, alpha)


def input_name(name) -> str:
    if not isinstance(name, str) or not name.strip():
        raise NetworkError(translate("Edits", "an input needs a non-empty name, got {name}")
                           .format(name=repr(name)))
    return name
