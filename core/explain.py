"""One sample through the network with every number a student would compute by hand.

``explain_sample(net, x, t, learning_rate)`` runs the forward pass layer by layer (inputs,
W, b, z = W x + b, a = g(z)), the loss of this one sample, and the backward pass: each
neuron's delta = dLoss/dz, each weight's gradient and the plain gradient-descent update
-learning_rate * gradient. It works neuron by neuron in user order and never touches the
network's vectorised internal layout, so tests can check one against the other.

``core.explain_text.steps`` turns the numbers into the steps the GUI shows, each a
few lines of text with the actual numbers (3 significant digits, a real minus sign) and what
to highlight on the canvas.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core import activations as act
from core.i18n import number, translate
from core.network import Network


def _frozen_array(values) -> np.ndarray:
    out = np.array(values, dtype=float)
    out.flags.writeable = False
    return out


@dataclass(frozen=True, eq=False)
class LayerNumbers:
    """One layer for one sample, user order.

    inputs: (fan_in,) the previous layer's a (or the network inputs x); W, dW, update_W:
    (units, fan_in); b, z, a, delta, db, update_b, dalpha, update_alpha: (units,).
    dA: (units,) dLoss/da, or None for an output layer whose loss fuses with its activation
    (sigmoid + binary cross-entropy, softmax + categorical cross-entropy). dalpha is 0 where
    a neuron has no learned alpha (only PReLU learns one)."""

    inputs: np.ndarray
    W: np.ndarray
    b: np.ndarray
    z: np.ndarray
    a: np.ndarray
    activations: tuple[str, ...]
    alphas: tuple[float | None, ...]
    learns_alpha: tuple[bool, ...]
    frozen: tuple[bool, ...]
    dA: np.ndarray | None
    delta: np.ndarray
    dW: np.ndarray
    db: np.ndarray
    dalpha: np.ndarray
    update_W: np.ndarray
    update_b: np.ndarray
    update_alpha: np.ndarray

    @property
    def units(self) -> int:
        return len(self.b)

    def gprime_at(self, u: int) -> float:
        """g'(z) of neuron u (NaN for softmax: a group Jacobian)."""
        name = self.activations[u]
        return np.nan if name == "softmax" else \
            float(act.get(name).grad(self.z[u], self.alphas[u]))


@dataclass(frozen=True, eq=False)
class Explanation:
    """x: (n_inputs,) network inputs; t: (n_outputs,) target row; layers: hidden layers then
    the output layer; loss: this sample's loss (mean over outputs for mse and binary
    cross-entropy, summed over classes for categorical cross-entropy, as core does);
    loss_terms: (n_outputs,) each output's term before that mean/sum; notes: sentences on
    how the real training step differs from -learning_rate * gradient."""

    x: np.ndarray
    t: np.ndarray
    layers: tuple[LayerNumbers, ...]
    loss_name: str
    loss: float
    loss_terms: np.ndarray
    learning_rate: float
    notes: tuple[str, ...] = ()

    @property
    def output(self) -> LayerNumbers:
        return self.layers[-1]


# -- forward ------------------------------------------------------------------------------
def activate(names, alphas, z: np.ndarray) -> np.ndarray:
    """a = g(z) neuron by neuron; the layer's softmax neurons normalise together.
    z: (units,) -> (units,)."""
    a = np.empty_like(z)
    soft = [u for u, n in enumerate(names) if n == "softmax"]
    for u, (name, alpha) in enumerate(zip(names, alphas)):
        if name != "softmax":
            a[u] = act.get(name).fn(z[u], alpha)
    if soft:
        a[soft] = act.softmax(z[soft])
    return a


def _forward(net: Network, x: np.ndarray) -> list[dict]:
    layers, inputs = [], x
    for li in range(len(net.sizes)):
        W, b = net.params(li)
        neurons = net.neurons(li)
        names = tuple(n.activation for n in neurons)
        alphas = tuple(n.alpha for n in neurons)
        z = np.array([W[u] @ inputs + b[u] for u in range(len(b))])   # one neuron a row
        layers.append(dict(inputs=inputs, W=W, b=b, z=z, a=activate(names, alphas, z),
                           activations=names, alphas=alphas,
                           learns_alpha=tuple(act.get(n).learns_alpha for n in names),
                           frozen=tuple(n.frozen for n in neurons)))
        inputs = layers[-1]["a"]
    return layers


# -- loss ---------------------------------------------------------------------------------
def loss_terms(loss: str, z: np.ndarray, a: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Each output's term of the loss, (n_outputs,): (a - t)^2, -(t ln a + (1-t) ln(1-a))
    (computed from z so it never takes ln 0), or -t ln a (from z: log-softmax)."""
    if loss == "mse":
        return (a - t) ** 2
    if loss == "binary_crossentropy":
        return np.maximum(z, 0.0) - t * z + np.log1p(np.exp(-np.abs(z)))
    if loss == "categorical_crossentropy":
        m = z.max()
        return -t * (z - m - np.log(np.exp(z - m).sum()))
    raise ValueError(f"unknown loss {loss!r}")


def loss_value(loss: str, terms: np.ndarray) -> float:
    return float(terms.sum() if loss == "categorical_crossentropy" else terms.mean())


# -- backward -----------------------------------------------------------------------------
def delta_from_dA(names, alphas, z, a, dA) -> np.ndarray:
    """delta = dL/dz from dL/da, (units,): g'(z) * dL/da for each elementwise neuron; the
    softmax group uses its Jacobian, delta_i = a_i (dA_i - sum_j a_j dA_j)."""
    delta = np.empty_like(z)
    soft = [u for u, n in enumerate(names) if n == "softmax"]
    for u, (name, alpha) in enumerate(zip(names, alphas)):
        if name != "softmax":
            delta[u] = act.get(name).grad(z[u], alpha) * dA[u]
    if soft:
        s = a[soft]
        delta[soft] = s * (dA[soft] - np.dot(s, dA[soft]))
    return delta


def output_delta(loss: str, lay: dict, t: np.ndarray):
    """(dA or None, delta) of the output layer. Sigmoid + binary cross-entropy and softmax
    + categorical cross-entropy fuse: delta = (a - t), divided by the number of outputs
    for binary cross-entropy (its mean runs over outputs). mse: dA = 2 (a - t) / outputs."""
    a = lay["a"]
    if loss == "binary_crossentropy":
        return None, (a - t) / len(a)
    if loss == "categorical_crossentropy":
        return None, a - t
    dA = 2.0 * (a - t) / len(a)
    return dA, delta_from_dA(lay["activations"], lay["alphas"], lay["z"], a, dA)


def _backward(layers: list[dict], loss: str, t: np.ndarray) -> None:
    dA, delta = output_delta(loss, layers[-1], t)
    for li in range(len(layers) - 1, -1, -1):
        lay = layers[li]
        lay["dA"], lay["delta"] = dA, delta
        lay["dW"] = np.outer(delta, lay["inputs"])      # dL/dw_uk = delta_u * input_k
        lay["db"] = delta.copy()
        # PReLU: a = alpha z for z <= 0, so dL/dalpha = dL/da * z there and 0 above
        learns = np.array(lay["learns_alpha"], dtype=bool)
        lay["dalpha"] = np.where(learns & (lay["z"] <= 0), lay["z"], 0.0) * \
            (dA if dA is not None else 0.0)
        if li:
            below = layers[li - 1]
            dA = lay["W"].T @ delta                        # sum over this layer's neurons
            delta = delta_from_dA(below["activations"], below["alphas"], below["z"],
                                  below["a"], dA)


def explain_sample(net: Network, x, t, learning_rate: float, optimizer: str = "sgd",
                   regularization: str = "none", regularization_rate: float = 0.0,
                   batch_size: int = 1) -> Explanation:
    """Every number of one forward and backward pass. x: (n_inputs,) network inputs (after
    any feature transform and normalisation); t: (n_outputs,) the target row (see
    ``core.training.encode_targets``). The other settings only shape ``notes``."""
    x = np.asarray(x, dtype=float).ravel()
    t = np.asarray(t, dtype=float).ravel()
    if x.shape != (net.n_inputs,) or t.shape != (net.n_outputs,):
        raise ValueError(f"expected x ({net.n_inputs},) and t ({net.n_outputs},), got "
                         f"{x.shape} and {t.shape}")
    with np.errstate(all="ignore"):      # huge weights: inf shows as inf, no warning
        layers = _forward(net, x)
        out = layers[-1]
        terms = loss_terms(net.loss, out["z"], out["a"], t)
        _backward(layers, net.loss, t)
    lr = float(learning_rate)
    for lay in layers:
        keep = ~np.array(lay["frozen"], dtype=bool)     # frozen neurons are never updated
        lay["update_W"] = -lr * lay["dW"] * keep[:, None]
        lay["update_b"] = -lr * lay["db"] * keep
        lay["update_alpha"] = -lr * lay["dalpha"] * keep
    built = tuple(_layer_numbers(lay) for lay in layers)
    notes = training_notes(optimizer, regularization, regularization_rate, batch_size,
                           any(any(lay.frozen) for lay in built))
    return Explanation(_frozen_array(x), _frozen_array(t), built, net.loss,
                       loss_value(net.loss, terms), _frozen_array(terms), lr, notes)


def _layer_numbers(lay: dict) -> LayerNumbers:
    arrays = {k: (None if v is None else _frozen_array(v)) for k, v in lay.items()
              if not isinstance(v, tuple)}
    tuples = {k: v for k, v in lay.items() if isinstance(v, tuple)}
    return LayerNumbers(**arrays, **tuples)


def training_notes(optimizer: str, regularization: str, rate: float, batch_size: int,
                   frozen: bool) -> tuple[str, ...]:
    """Sentences on how training's real step differs from -learning_rate * gradient."""
    notes = []
    if batch_size > 1:
        notes.append(translate(
            "Explain", "Training averages the gradient over a mini-batch of {batch} samples: "
            "this sample moves each weight by 1/{batch} of the update shown here.")
            .format(batch=number(batch_size, "d")))
    if optimizer == "momentum":
        notes.append(translate("Explain", "The optimizer is SGD with momentum: the real step "
                                          "also adds the velocity of earlier steps."))
    elif optimizer == "adam":
        notes.append(translate("Explain", "The optimizer is Adam: the real step rescales each "
                                          "gradient by its running averages, so it differs "
                                          "from −learning rate · gradient."))
    if regularization == "l2" and rate > 0:
        notes.append(translate("Explain", "L2 regularization adds rate · w to each weight's "
                                          "gradient (not to biases); it is left out here."))
    elif regularization == "l1" and rate > 0:
        notes.append(translate("Explain", "L1 regularization adds rate · sign(w) to each "
                                          "weight's gradient (not to biases); it is left out "
                                          "here."))
    if frozen:
        notes.append(translate("Explain", "Frozen neurons keep their weights: their updates "
                                          "are 0."))
    return tuple(notes)
