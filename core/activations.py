"""Activation functions: the registry the network, the GUI and the lessons all read.

Each entry gives the elementwise function and its derivative (for curves, tooltips and
gradient checks), the text a student sees (formula, output range, notes) and the *family*
that orders neurons inside a layer (see ``core.groups``):

- ``"piecewise"``: linear, relu, leaky_relu and prelu are all ``where(z > 0, z, alpha * z)``
  with alpha = 1, 0, fixed or learned, so a layer mixing them is evaluated as one group.
- ``"logistic"``: sigmoid and tanh, each evaluated as a group of its own.
- the rest (elu, softplus, silu, gelu, softmax) are a family of their own.

All functions take ``z`` of any shape and return an array of the same shape; softmax, a
group activation, normalises over ``axis`` (the neurons of one layer).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

_GELU_C = np.sqrt(2.0 / np.pi)  # the constant of GELU's tanh approximation (PyTorch's)


@dataclass(frozen=True)
class Activation:
    """One activation function and what a student should know about it."""

    name: str
    label: str
    formula: str
    output_range: str
    notes: str
    family: str
    fn: Callable[..., np.ndarray]
    grad: Callable[..., np.ndarray]
    init: str = "glorot"            # "glorot" for sigmoid/tanh-like, "he" for ReLU-like
    default_alpha: float | None = None  # leaky_relu, prelu and elu have an alpha
    learns_alpha: bool = False      # prelu: alpha is a trained parameter
    # Everything else that depends on the activation lives here too, so a new one cannot
    # be forgotten by a table somewhere (tests/core/test_activation_record.py):
    short_label: str = field(kw_only=True)          # fits inside a 64 px node
    # the largest |g'(z)|, for the dead/saturated flags; None: max(1, |alpha|) (relu, elu)
    max_slope: float | None = field(kw_only=True)
    # a neuron map's colour scale where the output is bounded, else None (symmetric
    # around 0 from the values, so the sign reads as blue/orange)
    colour_range: tuple[float, float] | None = field(kw_only=True)
    # a = g(z) for one sample's numbers: (in symbols, with the numbers) where the second
    # is filled with {z}, {pz} (z in brackets), {pnz} (-z in brackets), {palpha}
    explain: tuple[str, str] = field(kw_only=True)
    numpy_code: str = field(kw_only=True)            # a def for the NumPy export
    torch_code: str = field(kw_only=True)            # a lambda z, alpha for the PyTorch one
    # The activation overview's card (core.activation_overview, seed 003): the name of its
    # problem (or what it fixes) in plain words, one of PROBLEMS; why, in one sentence with
    # the numbers (tests/core/test_activation_overview.py checks each claim); where it is
    # used, starting with one of USES.
    problem: str = field(kw_only=True)
    problem_why: str = field(kw_only=True)
    used_in: str = field(kw_only=True)

    @property
    def has_alpha(self) -> bool:
        return self.default_alpha is not None

    @property
    def is_group(self) -> bool:
        """True for softmax: its neurons normalise together, not one by one."""
        return self.family == "softmax"

    def slope_limit(self, alpha: np.ndarray) -> np.ndarray:
        """The largest |g'(z)| for each of these neurons' alpha values (k,) -> (k,)."""
        if self.max_slope is not None:
            return np.full(np.shape(alpha), self.max_slope)
        return np.maximum(1.0, np.abs(alpha))

    def tooltip(self) -> str:
        return f"{self.label}\n{self.formula}\nOutput range: {self.output_range}\n{self.notes}"


# --- elementwise definitions -------------------------------------------------------------

def sigmoid(z):
    # 0.5 * (1 + tanh(z/2)) never overflows, unlike 1 / (1 + exp(-z)) for large negative z.
    return 0.5 * np.tanh(0.5 * np.asarray(z, dtype=float)) + 0.5


def _sigmoid_grad(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def _piecewise(z, alpha):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha * z)


def _piecewise_grad(z, alpha):
    # At z = 0 the left value (alpha) is used, as PyTorch does.
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, 1.0, alpha * np.ones_like(z))


def _elu(z, alpha=1.0):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0.0)))


def _elu_grad(z, alpha=1.0):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, 1.0, alpha * np.exp(np.minimum(z, 0.0)))


def softplus(z):
    z = np.asarray(z, dtype=float)
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


def _silu(z):
    z = np.asarray(z, dtype=float)
    return z * sigmoid(z)


def _silu_grad(z):
    s = sigmoid(z)
    return s * (1.0 + np.asarray(z, dtype=float) * (1.0 - s))


def _gelu(z):
    z = np.asarray(z, dtype=float)
    return 0.5 * z * (1.0 + np.tanh(_GELU_C * (z + 0.044715 * z**3)))


def _gelu_grad(z):
    z = np.asarray(z, dtype=float)
    t = np.tanh(_GELU_C * (z + 0.044715 * z**3))
    dt = (1.0 - t * t) * _GELU_C * (1.0 + 3 * 0.044715 * z * z)
    return 0.5 * (1.0 + t) + 0.5 * z * dt


def softmax(z, axis=0):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def _softmax_diag_grad(z, axis=0):
    """d a_i / d z_i (the diagonal of the Jacobian), what a curve of one neuron shows."""
    s = softmax(z, axis=axis)
    return s * (1.0 - s)


# The problems the overview names; each one's claim is checked on every activation that
# has it (tests/core/test_activation_overview.py).
NO_BEND = "No bend: layers collapse"
FLAT_TAILS = "Flat tails \u2192 vanishing gradient"
DEAD_SIDE = "Dead side: zero gradient for z < 0"
FIXES_DEAD_SIDE = "Fixes the dead side"
FLAT_LEFT = "Flat left tail: small gradient for very negative z"
OUTPUT_ONLY = "Only in the output layer"
PROBLEMS = (NO_BEND, FLAT_TAILS, DEAD_SIDE, FIXES_DEAD_SIDE, FLAT_LEFT, OUTPUT_ONLY)
# Where an activation is used: ``used_in`` starts with one of these.
USES = ("Hidden layers", "Output for two classes", "Output for several classes",
        "Regression output")


def _alpha_or(default):
    return lambda alpha: default if alpha is None else alpha


def _entry(name, label, formula, output_range, notes, family, fn, grad, **kw) -> Activation:
    return Activation(name, label, formula, output_range, notes, family, fn, grad, **kw)


ACTIVATIONS: dict[str, Activation] = {a.name: a for a in [
    _entry("linear", "Linear", "g(z) = z", "(-inf, inf)",
           "No bend at all: a network of only linear neurons is one linear layer, "
           "however deep.", "piecewise",
           lambda z, alpha=None: _piecewise(z, 1.0),
           lambda z, alpha=None: _piecewise_grad(z, 1.0),
           short_label="Linear", max_slope=1.0, colour_range=None, explain=("z", "{z}"),
           problem=NO_BEND,
           problem_why=("A stack of linear layers is one linear layer, however deep: "
                        "it can only draw straight boundaries."),
           used_in="Regression output (predicting a number)",
           numpy_code=('def linear(z, alpha=None):\n'
                       '    """g(z) = z"""\n'
                       '    return z\n'),
           torch_code="lambda z, alpha: z"),
    _entry("sigmoid", "Sigmoid", "g(z) = 1 / (1 + e^-z)", "(0, 1)",
           "Reads as a probability. Flat tails: for large |z| the gradient vanishes and "
           "learning stalls; the slope is at most 0.25.", "logistic",
           lambda z, alpha=None: sigmoid(z), lambda z, alpha=None: _sigmoid_grad(z),
           short_label="Sigmoid", max_slope=0.25, colour_range=(0.0, 1.0),
           explain=("σ(z) = 1 / (1 + e^(−z))", "1 / (1 + e^{pnz})"),
           problem=FLAT_TAILS,
           problem_why=("For large |z| the slope is almost 0 (it is at most 0.25), so "
                        "the layers before it learn slowly."),
           used_in="Output for two classes (a probability)",
           numpy_code=('def sigmoid(z, alpha=None):\n'
                       '    """g(z) = 1 / (1 + e^-z), written as 0.5 tanh(z/2) + 0.5: never '
                       'overflows."""\n'
                       '    return 0.5 * np.tanh(0.5 * z) + 0.5\n'),
           torch_code="lambda z, alpha: torch.sigmoid(z)"),
    _entry("tanh", "Tanh", "g(z) = (e^z - e^-z) / (e^z + e^-z)", "(-1, 1)",
           "Zero-centred sigmoid with slope 1 at 0. Flat tails: gradients vanish for "
           "large |z|.", "logistic",
           lambda z, alpha=None: np.tanh(np.asarray(z, dtype=float)),
           lambda z, alpha=None: 1.0 - np.tanh(np.asarray(z, dtype=float)) ** 2,
           short_label="Tanh", max_slope=1.0, colour_range=(-1.0, 1.0),
           explain=("tanh(z)", "tanh({z})"),
           problem=FLAT_TAILS,
           problem_why=("For large |z| the slope is almost 0, so learning stalls; the "
                        "slope is 1 at z = 0."),
           used_in="Hidden layers (outputs centred at 0)",
           numpy_code=('def tanh(z, alpha=None):\n'
                       '    return np.tanh(z)\n'),
           torch_code="lambda z, alpha: torch.tanh(z)"),
    _entry("relu", "ReLU", "g(z) = max(0, z)", "[0, inf)",
           "Cheap and does not saturate for z > 0. Zero gradient for z < 0: a neuron whose "
           "z is negative for every sample stops learning (it dies).", "piecewise",
           lambda z, alpha=None: _piecewise(z, 0.0),
           lambda z, alpha=None: _piecewise_grad(z, 0.0), init="he",
           short_label="ReLU", max_slope=1.0, colour_range=None,
           explain=("max(0, z)", "max(0, {z})"),
           problem=DEAD_SIDE,
           problem_why=("A neuron whose z is below 0 for every sample gets no gradient "
                        "and stops learning: it dies."),
           used_in="Hidden layers (the usual first choice)",
           numpy_code=('def relu(z, alpha=None):\n'
                       '    """g(z) = max(0, z)"""\n'
                       '    return np.maximum(z, 0.0)\n'),
           torch_code="lambda z, alpha: torch.relu(z)"),
    _entry("leaky_relu", "Leaky ReLU", "g(z) = z if z > 0 else alpha*z", "(-inf, inf)",
           "Like ReLU, but a small slope alpha for z < 0 keeps the gradient alive, so the "
           "neuron cannot die.", "piecewise",
           lambda z, alpha=None: _piecewise(z, _alpha_or(0.01)(alpha)),
           lambda z, alpha=None: _piecewise_grad(z, _alpha_or(0.01)(alpha)),
           init="he", default_alpha=0.01,
           short_label="Leaky", max_slope=None, colour_range=None,
           explain=("α·z   (because z ≤ 0)", "{palpha}{pz}"),
           problem=FIXES_DEAD_SIDE,
           problem_why=("A small slope α = 0.01 for z < 0 keeps the gradient "
                        "alive: the neuron cannot die."),
           used_in="Hidden layers",
           numpy_code=('def leaky_relu(z, alpha):\n'
                       '    """g(z) = z if z > 0 else alpha z (alpha fixed)"""\n'
                       '    return np.where(z > 0, z, alpha * z)\n'),
           torch_code="lambda z, alpha: torch.where(z > 0, z, alpha * z)"),
    _entry("prelu", "PReLU", "g(z) = z if z > 0 else alpha*z, alpha learned", "(-inf, inf)",
           "Leaky ReLU whose slope alpha is learned by gradient descent, one per neuron "
           "(unless the neuron is frozen).", "piecewise",
           lambda z, alpha=None: _piecewise(z, _alpha_or(0.25)(alpha)),
           lambda z, alpha=None: _piecewise_grad(z, _alpha_or(0.25)(alpha)),
           init="he", default_alpha=0.25, learns_alpha=True,
           short_label="PReLU", max_slope=None, colour_range=None,
           explain=("α·z   (because z ≤ 0)", "{palpha}{pz}"),
           problem=FIXES_DEAD_SIDE,
           problem_why=("The slope α for z < 0 is learned in training, one per "
                        "neuron, starting at 0.25."),
           used_in="Hidden layers",
           numpy_code=('def prelu(z, alpha):\n'
                       '    """g(z) = z if z > 0 else alpha z (alpha learned in training)"""\n'
                       '    return np.where(z > 0, z, alpha * z)\n'),
           torch_code="lambda z, alpha: F.prelu(z, alpha)"),
    _entry("elu", "ELU", "g(z) = z if z > 0 else alpha*(e^z - 1)", "(-alpha, inf)",
           "Smooth for z < 0 and saturates at -alpha, which pushes mean outputs towards "
           "zero; gradient never exactly zero.", "elu",
           lambda z, alpha=None: _elu(z, _alpha_or(1.0)(alpha)),
           lambda z, alpha=None: _elu_grad(z, _alpha_or(1.0)(alpha)),
           init="he", default_alpha=1.0,
           short_label="ELU", max_slope=None, colour_range=None,
           explain=("α(e^z − 1)   (because z ≤ 0)", "{palpha}(e^{pz} − 1)"),
           problem=FLAT_LEFT,
           problem_why=("For z < 0 it levels off at −α = −1, where its slope fades "
                        "to 0."),
           used_in="Hidden layers",
           numpy_code=('def elu(z, alpha):\n'
                       '    """g(z) = z if z > 0 else alpha (e^z - 1)"""\n'
                       '    return np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0.0)))\n'),
           torch_code="lambda z, alpha: torch.where(z > 0, z, alpha * torch.expm1("
                      "z.clamp(max=0.0)))"),
    _entry("softplus", "Softplus", "g(z) = ln(1 + e^z)", "(0, inf)",
           "A smooth ReLU; its slope is the sigmoid of z.", "softplus",
           lambda z, alpha=None: softplus(z), lambda z, alpha=None: sigmoid(z), init="he",
           short_label="Softplus", max_slope=1.0, colour_range=None,
           explain=("ln(1 + e^z)", "ln(1 + e^{pz})"),
           problem=FLAT_LEFT,
           problem_why=("A smooth ReLU: its slope is sigmoid(z), which fades to 0 for "
                        "very negative z."),
           used_in="Hidden layers",
           numpy_code=('def softplus(z, alpha=None):\n'
                       '    """g(z) = ln(1 + e^z), written so that e^z cannot overflow"""\n'
                       '    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))\n'),
           # written out: F.softplus returns z itself above z = 20, where core adds e^-z
           torch_code="lambda z, alpha: z.clamp(min=0.0) + torch.log1p(torch.exp(-z.abs()))"),
    _entry("silu", "SiLU (swish)", "g(z) = z * sigmoid(z)", "[-0.278, inf)",
           "Smooth and slightly non-monotonic: dips below zero before rising like ReLU.",
           "silu", lambda z, alpha=None: _silu(z), lambda z, alpha=None: _silu_grad(z),
           init="he",
           short_label="SiLU", max_slope=1.0998, colour_range=None,
           explain=("z·σ(z)", "{pz}·σ({z})"),
           problem=FLAT_LEFT,
           problem_why=("Dips to −0.28 near z = −1.28, then levels off at 0, where its "
                        "slope fades."),
           used_in="Hidden layers",
           numpy_code=('def silu(z, alpha=None):\n'
                       '    """g(z) = z sigmoid(z) (also called swish)"""\n'
                       '    return z * (0.5 * np.tanh(0.5 * z) + 0.5)\n'),
           torch_code="lambda z, alpha: F.silu(z)"),
    _entry("gelu", "GELU", "g(z) = 0.5 z (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3)))",
           "[-0.17, inf)", "Smooth ReLU used in transformers (tanh approximation).", "gelu",
           lambda z, alpha=None: _gelu(z), lambda z, alpha=None: _gelu_grad(z), init="he",
           short_label="GELU", max_slope=1.1289, colour_range=None,
           explain=("0.5·z·(1 + tanh(√(2/π)·(z + 0.044715·z³)))",
                    "0.5·{pz}·(1 + tanh(0.798·({z} + 0.044715·{pz}³)))"),
           problem=FLAT_LEFT,
           problem_why=("Dips to −0.17 near z = −0.75, then levels off at 0, where its "
                        "slope fades."),
           used_in="Hidden layers (transformers)",
           numpy_code=('def gelu(z, alpha=None):\n'
                       '    """GELU, tanh approximation (PyTorch\'s approximate="tanh")"""\n'
                       '    c = np.sqrt(2.0 / np.pi)\n'
                       '    return 0.5 * z * (1.0 + np.tanh(c * (z + 0.044715 * z**3)))\n'),
           torch_code='lambda z, alpha: F.gelu(z, approximate="tanh")'),
    _entry("softmax", "Softmax", "g(z)_i = e^z_i / sum_j e^z_j  (over the layer's softmax "
           "neurons)", "(0, 1), summing to 1",
           "A group activation: the softmax neurons of one layer share one normalisation, "
           "so their outputs are class probabilities. For the output layer, one neuron per "
           "class: alone it always outputs 1.", "softmax",
           lambda z, alpha=None, axis=0: softmax(z, axis),
           lambda z, alpha=None, axis=0: _softmax_diag_grad(z, axis),
           short_label="Softmax", max_slope=0.25, colour_range=(0.0, 1.0),
           explain=("e^z / Σ e^zⱼ   (over the layer's softmax neurons)", "e^{pz} / Σ e^zⱼ"),
           problem=OUTPUT_ONLY,
           problem_why=("Its neurons share one normalisation: class probabilities that "
                        "sum to 1."),
           used_in="Output for several classes",
           numpy_code=('def softmax(z, alpha=None):\n'
                       '    """A group activation: the softmax neurons of a layer share one '
                       'normalisation,\n'
                       '    so each row of the result sums to 1. z: (n_samples, k)."""\n'
                       '    e = np.exp(z - z.max(axis=1, keepdims=True))   # the same result, '
                       'no overflow\n'
                       '    return e / e.sum(axis=1, keepdims=True)\n'),
           torch_code="lambda z, alpha: torch.softmax(z, dim=1)"),
]}

# The order the palette shows them in.
NAMES: tuple[str, ...] = tuple(ACTIVATIONS)


class UnknownActivation(KeyError):
    def __str__(self) -> str:
        return (f"unknown activation {self.args[0]!r}; "
                f"expected one of: {', '.join(NAMES)}")


def get(name: str) -> Activation:
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        raise UnknownActivation(name) from None


