"""Structural edits of a Network that keep every weight that still has a place.

A student who adds a neuron to a trained network must not lose what it learned, so each
edit reads the network in user order (``all_neurons`` with live PReLU alphas, ``all_params``),
builds the new lists and calls ``Network.rebuild`` once. Only new connections get weights
from ``net.init_weights`` (drawn from ``net.rng``). Undo: take ``saved = checkpoint(net)``
before an edit; ``restore(net, saved)`` undoes it bit for bit. A checkpoint holds the RNG
state too, so re-running the edit after a restore (redo) draws the very same new weights.

Arguments are checked before anything changes (``core.edits_check``): a bad one raises
``NetworkError`` naming the problem and leaves the network untouched (DESIGN rule 8).
Positions are in user order from 0; negative ones are refused, not read Python-style, so a
slip shows up as an error.
"""

from __future__ import annotations

import copy
from collections import defaultdict, deque
from dataclasses import dataclass, field, replace

import numpy as np

from core import activations as act
from core import edits_check as check
from core import network as nw
from core.i18n import translate
from core.network import Network, NetworkError, Neuron


# -- checkpoints --------------------------------------------------------------------------
@dataclass(frozen=True)
class Checkpoint:
    """Everything ``restore`` needs; arrays are read-only so an undo stack can share them."""

    inputs: tuple[str, ...]
    neurons: tuple[tuple[Neuron, ...], ...]
    params: tuple[tuple[np.ndarray, np.ndarray], ...]   # user order, (W (units, fan_in), b)
    loss: str
    theta: np.ndarray                                   # bit-exact, PReLU alphas included
    rng_state: dict = field(repr=False)


def _read_only(a) -> np.ndarray:
    a = np.array(a, dtype=float)          # always a copy
    a.flags.writeable = False
    return a


def checkpoint(net: Network) -> Checkpoint:
    """The network's structure, parameters, loss and RNG state, copied."""
    return Checkpoint(tuple(net.input_names), tuple(tuple(lay) for lay in net.all_neurons()),
                 tuple((_read_only(W), _read_only(b)) for W, b in net.all_params()),
                 net.loss, _read_only(net.theta),
                 copy.deepcopy(net.rng.bit_generator.state))


def restore(net: Network, saved: Checkpoint) -> None:
    """Put ``net`` back exactly as it was when ``saved`` was taken."""
    net.rebuild(list(saved.inputs), [list(lay) for lay in saved.neurons],
                [(W, b) for W, b in saved.params])
    # rebuild already writes these values; the copy keeps restore exact if that changes
    net.theta[...] = saved.theta
    net.loss = saved.loss
    net.rng.bit_generator.state = copy.deepcopy(saved.rng_state)


# -- the working copy ---------------------------------------------------------------------
class _Draft:
    """The network in user order as plain lists, edited, then rebuilt once by ``commit``."""

    def __init__(self, net: Network):
        self.net, self.saved = net, checkpoint(net)
        self.inputs = list(self.saved.inputs)
        self.neurons = [list(lay) for lay in self.saved.neurons]
        self.W = [np.array(W) for W, _ in self.saved.params]    # writable copies
        self.b = [np.array(b) for _, b in self.saved.params]

    def fan_in(self, li: int) -> int:
        return len(self.inputs) if li == 0 else len(self.neurons[li - 1])

    def fresh(self, li: int, n_cols: int, who=None) -> np.ndarray:
        """New weights (len(who), n_cols) into layer li, one row per receiving neuron (the
        init depends on its activation); fan-in and fan-out are the layer's new ones."""
        who = self.neurons[li] if who is None else who
        fan_in, fan_out = self.fan_in(li), len(self.neurons[li])
        rows = [self.net.init_weights(n.activation, (n_cols,), fan_in, fan_out) for n in who]
        return np.array(rows, dtype=float).reshape(len(who), n_cols)

    def commit(self) -> None:
        try:
            self.net.rebuild(self.inputs, self.neurons, list(zip(self.W, self.b)))
        except Exception:
            restore(self.net, self.saved)    # a failed rebuild must not lose the network
            raise


def _insert(d: _Draft, li: int, i: int, neurons: list[Neuron], biases) -> None:
    """Put ``neurons`` at position i of layer li with new incoming weights and new
    connections to the next layer; everything else keeps its weights."""
    k = len(neurons)
    d.neurons[li][i:i] = neurons
    rows = d.fresh(li, d.fan_in(li), who=neurons)
    d.W[li] = np.concatenate([d.W[li][:i], rows, d.W[li][i:]], axis=0)
    d.b[li] = np.concatenate([d.b[li][:i], np.asarray(biases, float), d.b[li][i:]])
    if li + 1 < len(d.neurons):
        W = d.W[li + 1]
        d.W[li + 1] = np.concatenate([W[:, :i], d.fresh(li + 1, k), W[:, i:]], axis=1)


def _remove(d: _Draft, li: int, i: int, k: int = 1):
    """Take k neurons from position i of layer li, with their column in the next layer.
    Returns (neurons, biases) so a move can put them back elsewhere."""
    s = slice(i, i + k)
    gone, biases = d.neurons[li][s], d.b[li][s].copy()
    del d.neurons[li][s]
    d.W[li], d.b[li] = np.delete(d.W[li], s, axis=0), np.delete(d.b[li], s)
    if li + 1 < len(d.neurons):
        d.W[li + 1] = np.delete(d.W[li + 1], s, axis=1)
    return gone, biases


# -- neurons ------------------------------------------------------------------------------
def insert_neuron(net: Network, layer, index, activation="tanh", *, alpha=None) -> None:
    """A new neuron at position ``index`` of ``layer`` (bias 0, new weights in and out)."""
    li = check.layer(net, layer)
    i = check.position(index, net.sizes[li], f"a new neuron in layer {li}")
    neuron = check.new_neuron(activation, alpha)
    check.fits(net.sizes[li] + 1, nw.MAX_UNITS, "units", li)
    d = _Draft(net)
    _insert(d, li, i, [neuron], [0.0])
    d.commit()


def remove_neuron(net: Network, layer, index) -> None:
    li = check.layer(net, layer)
    i = check.neuron(net, li, index, "remove")
    if net.sizes[li] == 1:
        if li == len(net.sizes) - 1:
            raise NetworkError(translate(
                "Edits", "neuron {neuron} is the only output neuron; the network needs at "
                "least one output (change its activation instead)").format(neuron=i))
        raise NetworkError(translate(
            "Edits", "neuron {neuron} is the only neuron of layer {layer}; a layer needs at "
            "least one (remove the layer instead)").format(neuron=i, layer=li))
    d = _Draft(net)
    _remove(d, li, i)
    d.commit()


def move_neuron(net: Network, layer, index, to_layer, to_index) -> None:
    """Within a layer ``to_index`` is the neuron's final position and all its weights go
    with it. Into another layer it keeps its bias, activation, alpha and frozen flag; its
    connections in and out are new, because its neighbours there are other neurons."""
    li, to = check.layer(net, layer), check.layer(net, to_layer)
    i = check.neuron(net, li, index, "move")
    if to == li:
        j = check.neuron(net, li, to_index, "move a neuron to the place of")
        order = list(range(net.sizes[li]))
        order.insert(j, order.pop(i))
        if j != i:
            _reorder(net, li, order)
        return
    if net.sizes[li] == 1:
        raise NetworkError(translate(
            "Edits", "neuron {neuron} is the only neuron of layer {layer}; moving it would "
            "leave the layer empty").format(neuron=i, layer=li))
    j = check.position(to_index, net.sizes[to], f"a neuron moved into layer {to}")
    check.fits(net.sizes[to] + 1, nw.MAX_UNITS, "units", to)
    d = _Draft(net)
    neurons, biases = _remove(d, li, i)
    _insert(d, to, j, neurons, biases)
    d.commit()


def _reorder(net: Network, li: int, order: list[int]) -> None:
    """Layer li's neurons in user order ``order`` (old positions), each with its row, bias
    and outgoing column: the network computes the same function (outputs permuted)."""
    d = _Draft(net)
    d.neurons[li] = [d.neurons[li][u] for u in order]
    d.W[li], d.b[li] = d.W[li][order], d.b[li][order]
    if li + 1 < len(d.neurons):
        d.W[li + 1] = d.W[li + 1][:, order]
    d.commit()


def _set_neurons(net: Network, li: int, neurons: list[Neuron]) -> None:
    """New settings for layer li's neurons, every weight kept. Nothing changed: no rebuild
    (a new layout would make a trainer start its optimizer state afresh)."""
    if neurons != net.neurons(li):
        d = _Draft(net)
        d.neurons[li] = neurons
        d.commit()


def _switched(n: Neuron, spec: act.Activation) -> Neuron:
    """``n`` with a new activation: a neuron's alpha carries over only within one family
    (leaky_relu <-> prelu keep their slope), otherwise it starts at the new default."""
    old = act.get(n.activation)
    keep = spec.has_alpha and old.has_alpha and old.family == spec.family
    return replace(n, activation=spec.name, alpha=n.alpha if keep else None)


def set_activation(net: Network, layer, index, activation) -> None:
    """Weights and bias kept; see ``_switched`` for the alpha."""
    li = check.layer(net, layer)
    i = check.neuron(net, li, index, "change the activation of")
    spec, neurons = check.activation(activation), net.neurons(li)
    neurons[i] = _switched(neurons[i], spec)
    _set_neurons(net, li, neurons)


def set_layer_activation(net: Network, layer, activation) -> None:
    li = check.layer(net, layer)
    spec = check.activation(activation)
    _set_neurons(net, li, [_switched(n, spec) for n in net.neurons(li)])


def set_frozen(net: Network, layer, index, frozen: bool) -> None:
    """A frozen neuron keeps its weights, bias and alpha while the rest trains."""
    li = check.layer(net, layer)
    i = check.neuron(net, li, index, "freeze or unfreeze")
    if not isinstance(frozen, (bool, np.bool_)):
        raise NetworkError(f"frozen must be True or False, got {frozen!r}")
    neurons = net.neurons(li)
    neurons[i] = replace(neurons[i], frozen=bool(frozen))
    _set_neurons(net, li, neurons)


def resize_layer(net: Network, layer, units, activation=None) -> None:
    """Add neurons at the end (activation: ``activation`` or the layer's last neuron's),
    or remove them from the end. ``activation`` is ignored when the layer shrinks."""
    li = check.layer(net, layer)
    k = check.whole(units, "units")
    check.fits(k, nw.MAX_UNITS, "units")
    name = net.activations(li)[-1] if activation is None \
        else check.activation(activation).name
    cur = net.sizes[li]
    if k == cur:
        return
    d = _Draft(net)
    if k > cur:
        _insert(d, li, cur, [Neuron(name) for _ in range(k - cur)], np.zeros(k - cur))
    else:
        _remove(d, li, k, cur - k)
    d.commit()


# -- layers -------------------------------------------------------------------------------
def _layer_neurons(activations) -> list[Neuron]:
    activations = check.listed(activations, "['tanh', 'tanh']")
    check.fits(len(activations), nw.MAX_UNITS, "units")
    return [n if isinstance(n, Neuron) else check.new_neuron(n) for n in activations]


def insert_layer(net: Network, index, activations) -> None:
    """A new layer at ``index`` (0 .. output layer's index; it cannot follow the output
    layer). Its weights are new, and so are the incoming weights of the layer after it
    (its inputs are different neurons now); that layer keeps its biases."""
    n = len(net.sizes)
    pos = check.position(index, n - 1, "a new layer (it must come before the output layer)")
    neurons = _layer_neurons(activations)
    check.fits(n + 1, nw.MAX_LAYERS, "layers")
    d = _Draft(net)
    d.neurons.insert(pos, neurons)
    d.W.insert(pos, d.fresh(pos, d.fan_in(pos)))
    d.b.insert(pos, np.zeros(len(neurons)))
    d.W[pos + 1] = d.fresh(pos + 1, d.fan_in(pos + 1))
    d.commit()


def remove_layer(net: Network, layer) -> None:
    """Remove a hidden layer; the next layer gets new incoming weights, keeps biases."""
    li = check.layer(net, layer)
    last = len(net.sizes) - 1
    if li == last:
        if last:
            text = translate("Edits", "layer {layer} is the output layer and cannot be "
                             "removed; remove a hidden layer (0 to {hidden})")
        else:
            text = translate("Edits", "layer {layer} is the output layer and cannot be "
                             "removed; it has no hidden layer")
        raise NetworkError(text.format(layer=li, hidden=last - 1))
    d = _Draft(net)
    del d.neurons[li], d.W[li], d.b[li]
    d.W[li] = d.fresh(li, d.fan_in(li))
    d.commit()


# -- inputs -------------------------------------------------------------------------------
def _match(old: list[str], new: list[str]) -> list[int | None]:
    """For each new name, the old position it comes from (None when new). A repeated name
    matches its occurrences in order, so two columns both called 'x' both survive."""
    slots: dict[str, deque] = defaultdict(deque)
    for j, name in enumerate(old):
        slots[name].append(j)
    return [slots[name].popleft() if slots[name] else None for name in new]


def set_inputs(net: Network, names) -> None:
    """Rename, reorder, add and drop inputs at once; a name that stays keeps its weights."""
    names = [check.input_name(s) for s in check.listed(names, "['x1', 'x2']")]
    check.fits(len(names), nw.MAX_INPUTS, "inputs")
    if names == net.input_names:
        return
    d = _Draft(net)
    src = _match(d.inputs, names)
    kept = [j for j, s in enumerate(src) if s is not None]
    new = [j for j, s in enumerate(src) if s is None]
    d.inputs, W = names, np.empty((len(d.neurons[0]), len(names)))
    W[:, kept] = d.W[0][:, [src[j] for j in kept]]
    W[:, new] = d.fresh(0, len(new))      # fan-in is the new number of inputs
    d.W[0] = W
    d.commit()


def reinitialised_theta(net: Network, seed: int) -> np.ndarray:
    """New initial parameters for ``net`` (same neurons, same alphas) drawn with ``seed``;
    frozen neurons keep their values. Returns theta (n_params,) in net's internal layout."""
    fresh = Network(net.input_names, net.all_neurons(), loss=net.loss, seed=seed)
    theta = fresh.theta.copy()
    if net.update_mask is not None:
        keep = net.update_mask == 0
        theta[keep] = net.theta[keep]
    return theta
