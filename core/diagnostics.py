"""Neuron diagnostics: dead and saturated neurons, gradient size per layer, linear collapse.

Questions a student asks while training: *Why did this ReLU die? Why does my sigmoid network
stop learning? Why do linear neurons not help?* Each function here answers one with numbers.

Thresholds (module constants, so lessons and the GUI say the same thing):

- ``TINY = 0.01``: a gradient is *tiny* when ``|g'(z)| < TINY * max slope`` of its activation
  (sigmoid 0.25, tanh 1, ReLU-like max(1, alpha)...). For tanh that is ``|z| > 3``, for
  sigmoid ``|z| > 6``: the flat tails.
- ``DEAD_SHARE = 0.99``: a ReLU (or a leaky ReLU/PReLU whose alpha is 0) is *dead* when its
  gradient is exactly 0 for (nearly) all samples: z <= 0 everywhere, so no weight into it
  can change any more.
- ``SATURATED_SHARE = 0.5``: a sigmoid or tanh neuron is *saturated* when its gradient is
  tiny for most samples.

Softmax and sigmoid *output* neurons trained with the cross-entropy that matches them
(``categorical_crossentropy``, ``binary_crossentropy``) are never called saturated: the loss
cancels the activation's slope (dL/dz = a - t), so a confident output still learns; there a
flat tail means "sure of the answer", not "stuck". Other activations (linear, elu, softplus,
silu, gelu) are never flagged; their shares are still reported.

Softmax neurons where softmax makes no sense get the status of ``core.softmax_use``:
"always 1" (alone in its layer) or "misplaced" (a group in a hidden layer). That follows
from the network's shape alone, so it holds whatever the data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core import activations as act
from core.explain_text import layer_name
from core.groups import apply_elementwise
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.network import Network
from core.softmax_use import misused_softmax

TINY = 0.01
DEAD_SHARE = 0.99
SATURATED_SHARE = 0.5

RELU_LIKE = ("relu", "leaky_relu", "prelu")
SATURATING = ("sigmoid", "tanh")
# Output activation + loss pairs whose loss cancels the activation's slope.
_FUSED = {("sigmoid", "binary_crossentropy"), ("softmax", "categorical_crossentropy")}


@dataclass(frozen=True, eq=False)
class LayerHealth:
    """One layer's neurons, user order. ``zero_share``, ``tiny_share``: (units,) shares of
    samples (0..1) where g'(z) == 0 and where |g'(z)| < TINY * max slope. ``status``: "ok",
    "dead", "saturated", "always 1" or "misplaced" (softmax, ``core.softmax_use``) per
    neuron; ``activations``: their activation names."""

    zero_share: np.ndarray
    tiny_share: np.ndarray
    status: tuple[str, ...]
    activations: tuple[str, ...]


def _slopes(name: str, Z: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """|g'(Z)|, Z: (n, k) of k neurons with activation ``name``; alpha: (k,)."""
    spec = act.get(name)
    if spec.is_group:          # softmax: the diagonal of its Jacobian, row-wise
        return np.abs(spec.grad(Z, axis=1))
    return np.abs(spec.grad(Z, alpha if spec.has_alpha else None))


def _status(name: str, zero: np.ndarray, tiny: np.ndarray, fused: bool) -> list[str]:
    if name in RELU_LIKE:
        return ["dead" if s >= DEAD_SHARE else "ok" for s in zero]
    if name in SATURATING and not fused:
        return ["saturated" if s > SATURATED_SHARE else "ok" for s in tiny]
    return ["ok"] * len(zero)


def neuron_health(net: Network, X: np.ndarray) -> list[LayerHealth]:
    """Health of every neuron (hidden layers, then the output layer) on inputs X.

    X: (n_samples, n_inputs) network inputs (e.g. ``bundle.train[0]``). One NumPy pass per
    activation kind of each layer; no loop over samples or neurons.
    """
    out = []
    with np.errstate(all="ignore"):      # huge weights before a divergence: inf is fine
        layers = net.forward_layers(X)
    n = max(1, len(X))
    last = len(layers) - 1
    misused = misused_softmax([net.activations(li) for li in range(len(layers))])
    for li, (Z, _) in enumerate(layers):
        neurons = net.neurons(li)
        names = [nr.activation for nr in neurons]
        alpha = np.array([nr.alpha if nr.alpha is not None else 0.0 for nr in neurons])
        zero, tiny = np.zeros(len(names)), np.zeros(len(names))
        status = [""] * len(names)
        for name in dict.fromkeys(names):
            cols = np.array([i for i, a in enumerate(names) if a == name])
            with np.errstate(all="ignore"):
                slope = _slopes(name, Z[:, cols], alpha[cols])
            zero[cols] = np.count_nonzero(slope == 0.0, axis=0) / n
            tiny[cols] = np.count_nonzero(slope < TINY * act.get(name).slope_limit(alpha[cols]),
                                          axis=0) / n
            fused = li == last and (name, net.loss) in _FUSED
            for c, s in zip(cols, _status(name, zero[cols], tiny[cols], fused)):
                status[c] = misused.get((li, int(c)), s)
        out.append(LayerHealth(zero, tiny, tuple(status), tuple(names)))
    return out


def layer_gradient_norms(net: Network, X: np.ndarray, T: np.ndarray) -> np.ndarray:
    """(n_layers,) L2 norm of dLoss/d(weights and biases) of each layer over X.

    X: (n_samples, n_inputs); T: (n_samples, n_outputs) targets as from
    ``core.training.encode_targets``. Uses the network's own backward pass with the loss
    alone (no L1/L2 penalty; PReLU alphas are not included). ``net.theta`` is untouched and
    ``net.grad`` is put back as it was.
    """
    X = np.asarray(X, dtype=float)
    if len(X) == 0:
        return np.zeros(len(net.layers_))
    Xt = np.ascontiguousarray(X.T)
    saved = net.grad.copy()
    try:
        with np.errstate(all="ignore"):
            net.loss_and_grad(Xt, net.targets_internal(T), need_loss=False)
            g = net.grad
            return np.array([np.sqrt(np.dot(g[L.wb_slice], g[L.wb_slice]))
                             for L in net.layers_])
    finally:
        net.grad[...] = saved


@dataclass(frozen=True, eq=False)
class Collapse:
    """A network seen as one layer. ``W: (n_outputs, n_inputs)`` and ``b: (n_outputs,)``
    give z = W x + b of the output neurons (None when a hidden neuron is not linear);
    ``blockers``: (layer, unit, activation) of the hidden neurons that are not linear;
    ``output_activations`` (and ``output_alphas``) of the output neurons, user order."""

    W: np.ndarray | None
    b: np.ndarray | None
    blockers: tuple[tuple[int, int, str], ...]
    output_activations: tuple[str, ...]
    output_alphas: tuple[float | None, ...]
    n_hidden: int
    input_names: tuple[str, ...] = ()

    @property
    def collapses(self) -> bool:
        return self.W is not None

    def outputs(self, X: np.ndarray) -> np.ndarray:
        """X: (n, n_inputs) -> (n, n_outputs): the output activations of X W^T + b
        (softmax outputs normalised together), as the whole network computes them."""
        if self.W is None:
            raise ValueError("this network does not collapse: a hidden neuron is not linear")
        Z = np.asarray(X, dtype=float) @ self.W.T + self.b
        return apply_elementwise(list(self.output_activations), list(self.output_alphas), Z)


def linear_collapse(net: Network) -> Collapse:
    """Fold an all-linear-hidden network into one layer: W = W_L ... W_1, b likewise."""
    hidden = range(len(net.layers_) - 1)
    blockers = tuple((li, u, name) for li in hidden
                     for u, name in enumerate(net.activations(li)) if name != "linear")
    outs = net.neurons(len(net.layers_) - 1)
    W = b = None
    if not blockers:
        W, b = net.params(0)
        for li in range(1, len(net.layers_)):
            Wl, bl = net.params(li)
            W, b = Wl @ W, Wl @ b + bl
    return Collapse(W, b, blockers, tuple(n.activation for n in outs),
                    tuple(n.alpha for n in outs), len(net.layers_) - 1,
                    tuple(net.input_names))


def _blockers_message(collapse: Collapse) -> str:
    names = ", ".join(translate("Collapse", "{layer} neuron {number} ({activation})").format(
        layer=layer_name(li, collapse.n_hidden + 1), number=u + 1, activation=a)
        for li, u, a in collapse.blockers)
    if len(collapse.blockers) == 1:
        text = translate("Collapse", "Neurons that prevent the collapse: {names}. It bends "
                         "the signal; switching it to linear would let the whole network "
                         "collapse into one linear layer.")
    else:
        text = translate("Collapse", "Neurons that prevent the collapse: {names}. They bend "
                         "the signal; switching them to linear would let the whole network "
                         "collapse into one linear layer.")
    return text.format(names=names)


# What collapses, by (hidden layers: 0, 1 or more; the output keeps its own activation).
# One hidden layer has its own sentences: without the GUI core has no English plural forms.
_COLLAPSES = {
    (0, False): QT_TRANSLATE_NOOP("Collapse", "The network has no hidden layer: it already is "
                                  "one layer, z = W x + b."),
    (0, True): QT_TRANSLATE_NOOP("Collapse", "The network has no hidden layer: it already is "
                                 "one layer, z = W x + b, then the output activation "
                                 "({activations}) as before."),
    (1, False): QT_TRANSLATE_NOOP("Collapse", "The hidden layer and the output layer collapse "
                                  "into one linear layer: z = W x + b. Stacking linear "
                                  "neurons adds no power: the network can only draw what a "
                                  "single layer can."),
    (1, True): QT_TRANSLATE_NOOP("Collapse", "The hidden layer and the output layer collapse "
                                 "into one linear layer: z = W x + b, then the output "
                                 "activation ({activations}) as before. Stacking linear "
                                 "neurons adds no power: the network can only draw what a "
                                 "single layer can."),
}


def collapse_message(collapse: Collapse) -> str:
    """One or two plain sentences for a student: what collapses, or what prevents it."""
    if collapse.blockers:
        return _blockers_message(collapse)
    outs = sorted(set(collapse.output_activations))
    own = outs != ["linear"]            # the output activation stays after z = W x + b
    k = collapse.n_hidden
    if k > 1 and own:
        text = translate("Collapse", "The %n hidden layers and the output layer collapse into "
                         "one linear layer: z = W x + b, then the output activation "
                         "({activations}) as before. Stacking linear neurons adds no power: "
                         "the network can only draw what a single layer can.", None, k)
    elif k > 1:
        text = translate("Collapse", "The %n hidden layers and the output layer collapse into "
                         "one linear layer: z = W x + b. Stacking linear neurons adds no "
                         "power: the network can only draw what a single layer can.", None, k)
    else:
        text = translate("Collapse", _COLLAPSES[(k, own)])
    return text.format(activations=", ".join(outs))
