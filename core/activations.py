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

import re
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

# the elementwise definitions, also read as act.sigmoid, act.softmax and act.softplus
from core.activation_fns import (  # noqa: F401 (sigmoid, softplus, softmax: public)
    _elu,
    _elu_grad,
    _gelu,
    _gelu_grad,
    _piecewise,
    _piecewise_grad,
    _sigmoid_grad,
    _silu,
    _silu_grad,
    _softmax_diag_grad,
    sigmoid,
    softmax,
    softplus,
)
from core.i18n import QT_TRANSLATE_NOOP, interval, number, translate


@dataclass(frozen=True)
class Activation:
    """One activation function and what a student should know about it."""

    # The english_* texts are source texts, marked for the catalogues (context
    # "Activations"; short labels "ActivationShort"); the properties of the same name
    # without "english_" give them in the language installed (core.i18n), so every reader
    # shows the translation. Files store ``name``, never a label.
    name: str
    english_label: str
    english_formula: str
    english_output_range: str
    english_notes: str
    family: str
    fn: Callable[..., np.ndarray]
    grad: Callable[..., np.ndarray]
    init: str = "glorot"            # "glorot" for sigmoid/tanh-like, "he" for ReLU-like
    default_alpha: float | None = None  # leaky_relu, prelu and elu have an alpha
    learns_alpha: bool = False      # prelu: alpha is a trained parameter
    # Everything else that depends on the activation lives here too, so a new one cannot
    # be forgotten by a table somewhere (tests/core/test_activation_record.py):
    english_short_label: str = field(kw_only=True)  # fits inside a 64 px node
    # the largest |g'(z)|, for the dead/saturated flags; None: max(1, |alpha|) (relu, elu)
    max_slope: float | None = field(kw_only=True)
    # a neuron map's colour scale where the output is bounded, else None (symmetric
    # around 0 from the values, so the sign reads as blue/orange)
    colour_range: tuple[float, float] | None = field(kw_only=True)
    # a = g(z) for one sample's numbers: (in symbols, with the numbers) where the second
    # is filled with {z}, {pz} (z in brackets), {pnz} (-z in brackets), {palpha}
    english_explain: tuple[str, str] = field(kw_only=True)
    numpy_code: str = field(kw_only=True)            # a def for the NumPy export
    torch_code: str = field(kw_only=True)            # a lambda z, alpha for the PyTorch one
    # The activation overview's card (core.activation_overview, seed 003): the name of its
    # problem (or what it fixes) in plain words, one of PROBLEMS; why, in one sentence with
    # the numbers (tests/core/test_activation_overview.py checks each claim); where it is
    # used, starting with one of USES. English source texts: ``card_texts`` translates them.
    problem: str = field(kw_only=True)
    problem_why: str = field(kw_only=True)
    used_in: str = field(kw_only=True)

    @property
    def label(self) -> str:
        """The name a student reads ("Leaky ReLU"), translated."""
        return translate("Activations", self.english_label)

    @property
    def short_label(self) -> str:
        """The label that fits inside a 64 px node, translated."""
        return translate("ActivationShort", self.english_short_label)

    @property
    def formula(self) -> str:
        """g(z) in plain text ("g(z) = z if z > 0 else alpha*z"), translated."""
        return translate("Activations", self.english_formula)

    @property
    def output_range(self) -> str:
        """The output range ("(0, 1)", "[-0.278, inf)"), translated, its intervals written
        with core.i18n.interval ("[-0,278; inf)" under a decimal comma)."""
        return _INTERVAL.sub(_local_interval,
                             translate("Activations", self.english_output_range))

    @property
    def notes(self) -> str:
        """What a student should know about it, translated."""
        return translate("Activations", self.english_notes)

    @property
    def explain(self) -> tuple[str, str]:
        """(a = g(z) in symbols, translated; the template for the numbers, as it is)."""
        symbols, numbers = self.english_explain
        return translate("Activations", symbols), numbers

    def card_texts(self) -> tuple[str, str, str]:
        """(problem, problem_why, used_in) for the overview's card, translated."""
        return (translate("Activations", self.problem),
                translate("Activations", self.problem_why),
                translate("Activations", self.used_in))

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
        """Label, formula, output range and notes, one per line, translated."""
        return translate("Activations", "{label}\n{formula}\nOutput range: {range}\n{notes}"
                         ).format(label=self.label, formula=self.formula,
                                  range=self.output_range, notes=self.notes)


# The problems the overview names; each one's claim is checked on every activation that
# has it (tests/core/test_activation_overview.py).
NO_BEND = QT_TRANSLATE_NOOP("Activations", "No bend: layers collapse")
FLAT_TAILS = QT_TRANSLATE_NOOP("Activations", "Flat tails \u2192 vanishing gradient")
DEAD_SIDE = QT_TRANSLATE_NOOP("Activations", "Dead side: zero gradient for z < 0")
FIXES_DEAD_SIDE = QT_TRANSLATE_NOOP("Activations", "Fixes the dead side")
FLAT_LEFT = QT_TRANSLATE_NOOP("Activations", "Flat left tail: small gradient for very negative z")
OUTPUT_ONLY = QT_TRANSLATE_NOOP("Activations", "Only in the output layer")
PROBLEMS = (NO_BEND, FLAT_TAILS, DEAD_SIDE, FIXES_DEAD_SIDE, FLAT_LEFT, OUTPUT_ONLY)
# Where an activation is used: ``used_in`` starts with one of these.
USES = ("Hidden layers", "Output for two classes", "Output for several classes",
        "Regression output")


def _alpha_or(default):
    return lambda alpha: default if alpha is None else alpha


# an interval as the registry writes it (a catalogue's translation keeps it as it is):
# "(0, 1)", "[-0.278, inf)", "(-alpha, inf)"; bounds are numbers, inf or alpha
_BOUND = r"-?(?:\d+(?:\.\d+)?|inf|alpha)"
_INTERVAL = re.compile(rf"([\[(])({_BOUND}), ({_BOUND})([\])])")


def _local_interval(m: re.Match) -> str:
    """The interval ``m`` found, written again with core.i18n.interval (numbers in the
    language's number format)."""
    left, low, high, right = m.groups()
    return interval(*(b if b.lstrip("-").isalpha() else number(float(b), "g")
                      for b in (low, high)), left, right)


def _entry(name, label, formula, output_range, notes, family, fn, grad, **kw) -> Activation:
    return Activation(name, label, formula, output_range, notes, family, fn, grad, **kw)


ACTIVATIONS: dict[str, Activation] = {a.name: a for a in [
    _entry("linear", QT_TRANSLATE_NOOP("Activations", "Linear"), "g(z) = z", "(-inf, inf)",
           QT_TRANSLATE_NOOP("Activations", "No bend at all: a network of only linear "
                             "neurons is one linear layer, however deep."), "piecewise",
           lambda z, alpha=None: _piecewise(z, 1.0),
           lambda z, alpha=None: _piecewise_grad(z, 1.0),
           english_short_label=QT_TRANSLATE_NOOP("ActivationShort", "Linear"), max_slope=1.0,
           colour_range=None, english_explain=("z", "{z}"),
           problem=NO_BEND,
           problem_why=QT_TRANSLATE_NOOP("Activations", "A stack of linear layers is one "
                                         "linear layer, however deep: it can only draw "
                                         "straight boundaries."),
           used_in=QT_TRANSLATE_NOOP("Activations", "Regression output (predicting a number)"),
           numpy_code=('def linear(z, alpha=None):\n'
                       '    """g(z) = z"""\n'
                       '    return z\n'),
           torch_code="lambda z, alpha: z"),
    _entry("sigmoid", QT_TRANSLATE_NOOP("Activations", "Sigmoid"), "g(z) = 1 / (1 + e^-z)",
           "(0, 1)",
           QT_TRANSLATE_NOOP("Activations", "Reads as a probability. Flat tails: for large "
                             "|z| the gradient vanishes and learning stalls; the slope is at "
                             "most 0.25."), "logistic",
           lambda z, alpha=None: sigmoid(z), lambda z, alpha=None: _sigmoid_grad(z),
           english_short_label=QT_TRANSLATE_NOOP("ActivationShort", "Sigmoid"), max_slope=0.25,
           colour_range=(0.0, 1.0),
           english_explain=("σ(z) = 1 / (1 + e^(−z))", "1 / (1 + e^{pnz})"),
           problem=FLAT_TAILS,
           problem_why=QT_TRANSLATE_NOOP("Activations", "For large |z| the slope is almost 0 "
                                         "(it is at most 0.25), so the layers before it "
                                         "learn slowly."),
           used_in=QT_TRANSLATE_NOOP("Activations", "Output for two classes (a probability)"),
           numpy_code=('def sigmoid(z, alpha=None):\n'
                       '    """g(z) = 1 / (1 + e^-z), written as 0.5 tanh(z/2) + 0.5: never '
                       'overflows."""\n'
                       '    return 0.5 * np.tanh(0.5 * z) + 0.5\n'),
           torch_code="lambda z, alpha: torch.sigmoid(z)"),
    _entry("tanh", QT_TRANSLATE_NOOP("Activations", "Tanh"),
           "g(z) = (e^z - e^-z) / (e^z + e^-z)", "(-1, 1)",
           QT_TRANSLATE_NOOP("Activations", "Zero-centred sigmoid with slope 1 at 0. Flat "
                             "tails: gradients vanish for large |z|."), "logistic",
           lambda z, alpha=None: np.tanh(np.asarray(z, dtype=float)),
           lambda z, alpha=None: 1.0 - np.tanh(np.asarray(z, dtype=float)) ** 2,
           english_short_label=QT_TRANSLATE_NOOP("ActivationShort", "Tanh"), max_slope=1.0,
           colour_range=(-1.0, 1.0),
           english_explain=("tanh(z)", "tanh({z})"),
           problem=FLAT_TAILS,
           problem_why=QT_TRANSLATE_NOOP("Activations", "For large |z| the slope is almost "
                                         "0, so learning stalls; the slope is 1 at z = 0."),
           used_in=QT_TRANSLATE_NOOP("Activations", "Hidden layers (outputs centred at 0)"),
           numpy_code=('def tanh(z, alpha=None):\n'
                       '    return np.tanh(z)\n'),
           torch_code="lambda z, alpha: torch.tanh(z)"),
    _entry("relu", QT_TRANSLATE_NOOP("Activations", "ReLU"), "g(z) = max(0, z)", "[0, inf)",
           QT_TRANSLATE_NOOP("Activations", "Cheap and does not saturate for z > 0. Zero "
                             "gradient for z < 0: a neuron whose z is negative for every "
                             "sample stops learning (it dies)."), "piecewise",
           lambda z, alpha=None: _piecewise(z, 0.0),
           lambda z, alpha=None: _piecewise_grad(z, 0.0), init="he",
           english_short_label=QT_TRANSLATE_NOOP("ActivationShort", "ReLU"), max_slope=1.0,
           colour_range=None,
           english_explain=("max(0, z)", "max(0, {z})"),
           problem=DEAD_SIDE,
           problem_why=QT_TRANSLATE_NOOP("Activations", "A neuron whose z is below 0 for "
                                         "every sample gets no gradient and stops learning: "
                                         "it dies."),
           used_in=QT_TRANSLATE_NOOP("Activations", "Hidden layers (the usual first choice)"),
           numpy_code=('def relu(z, alpha=None):\n'
                       '    """g(z) = max(0, z)"""\n'
                       '    return np.maximum(z, 0.0)\n'),
           torch_code="lambda z, alpha: torch.relu(z)"),
    _entry("leaky_relu", QT_TRANSLATE_NOOP("Activations", "Leaky ReLU"),
           QT_TRANSLATE_NOOP("Activations", "g(z) = z if z > 0 else alpha*z"), "(-inf, inf)",
           QT_TRANSLATE_NOOP("Activations", "Like ReLU, but a small slope alpha for z < 0 "
                             "keeps the gradient alive, so the neuron cannot die."),
           "piecewise",
           lambda z, alpha=None: _piecewise(z, _alpha_or(0.01)(alpha)),
           lambda z, alpha=None: _piecewise_grad(z, _alpha_or(0.01)(alpha)),
           init="he", default_alpha=0.01,
           english_short_label=QT_TRANSLATE_NOOP("ActivationShort", "Leaky"), max_slope=None,
           colour_range=None,
           english_explain=(QT_TRANSLATE_NOOP("Activations", "α·z   (because z ≤ 0)"),
                       "{palpha}{pz}"),
           problem=FIXES_DEAD_SIDE,
           problem_why=QT_TRANSLATE_NOOP("Activations", "A small slope α = 0.01 for z < 0 "
                                         "keeps the gradient alive: the neuron cannot die."),
           used_in=QT_TRANSLATE_NOOP("Activations", "Hidden layers"),
           numpy_code=('def leaky_relu(z, alpha):\n'
                       '    """g(z) = z if z > 0 else alpha z (alpha fixed)"""\n'
                       '    return np.where(z > 0, z, alpha * z)\n'),
           torch_code="lambda z, alpha: torch.where(z > 0, z, alpha * z)"),
    _entry("prelu", QT_TRANSLATE_NOOP("Activations", "PReLU"),
           QT_TRANSLATE_NOOP("Activations", "g(z) = z if z > 0 else alpha*z, alpha learned"),
           "(-inf, inf)",
           QT_TRANSLATE_NOOP("Activations", "Leaky ReLU whose slope alpha is learned by "
                             "gradient descent, one per neuron (unless the neuron is "
                             "frozen)."), "piecewise",
           lambda z, alpha=None: _piecewise(z, _alpha_or(0.25)(alpha)),
           lambda z, alpha=None: _piecewise_grad(z, _alpha_or(0.25)(alpha)),
           init="he", default_alpha=0.25, learns_alpha=True,
           english_short_label=QT_TRANSLATE_NOOP("ActivationShort", "PReLU"), max_slope=None,
           colour_range=None,
           english_explain=(QT_TRANSLATE_NOOP("Activations", "α·z   (because z ≤ 0)"),
                       "{palpha}{pz}"),
           problem=FIXES_DEAD_SIDE,
           problem_why=QT_TRANSLATE_NOOP("Activations", "The slope α for z < 0 is learned in "
                                         "training, one per neuron, starting at 0.25."),
           used_in=QT_TRANSLATE_NOOP("Activations", "Hidden layers"),
           numpy_code=('def prelu(z, alpha):\n'
                       '    """g(z) = z if z > 0 else alpha z (alpha learned in training)"""\n'
                       '    return np.where(z > 0, z, alpha * z)\n'),
           torch_code="lambda z, alpha: F.prelu(z, alpha)"),
    _entry("elu", QT_TRANSLATE_NOOP("Activations", "ELU"),
           QT_TRANSLATE_NOOP("Activations", "g(z) = z if z > 0 else alpha*(e^z - 1)"),
           "(-alpha, inf)",
           QT_TRANSLATE_NOOP("Activations", "Smooth for z < 0 and saturates at -alpha, which "
                             "pushes mean outputs towards zero; gradient never exactly "
                             "zero."), "elu",
           lambda z, alpha=None: _elu(z, _alpha_or(1.0)(alpha)),
           lambda z, alpha=None: _elu_grad(z, _alpha_or(1.0)(alpha)),
           init="he", default_alpha=1.0,
           english_short_label=QT_TRANSLATE_NOOP("ActivationShort", "ELU"), max_slope=None,
           colour_range=None,
           english_explain=(QT_TRANSLATE_NOOP("Activations", "α(e^z − 1)   (because z ≤ 0)"),
                       "{palpha}(e^{pz} − 1)"),
           problem=FLAT_LEFT,
           problem_why=QT_TRANSLATE_NOOP("Activations", "For z < 0 it levels off at −α = −1, "
                                         "where its slope fades to 0."),
           used_in=QT_TRANSLATE_NOOP("Activations", "Hidden layers"),
           numpy_code=('def elu(z, alpha):\n'
                       '    """g(z) = z if z > 0 else alpha (e^z - 1)"""\n'
                       '    return np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0.0)))\n'),
           torch_code="lambda z, alpha: torch.where(z > 0, z, alpha * torch.expm1("
                      "z.clamp(max=0.0)))"),
    _entry("softplus", QT_TRANSLATE_NOOP("Activations", "Softplus"), "g(z) = ln(1 + e^z)",
           "(0, inf)",
           QT_TRANSLATE_NOOP("Activations", "A smooth ReLU; its slope is the sigmoid of z."),
           "softplus",
           lambda z, alpha=None: softplus(z), lambda z, alpha=None: sigmoid(z), init="he",
           english_short_label=QT_TRANSLATE_NOOP("ActivationShort", "Softplus"), max_slope=1.0,
           colour_range=None,
           english_explain=("ln(1 + e^z)", "ln(1 + e^{pz})"),
           problem=FLAT_LEFT,
           problem_why=QT_TRANSLATE_NOOP("Activations", "A smooth ReLU: its slope is "
                                         "sigmoid(z), which fades to 0 for very negative z."),
           used_in=QT_TRANSLATE_NOOP("Activations", "Hidden layers"),
           numpy_code=('def softplus(z, alpha=None):\n'
                       '    """g(z) = ln(1 + e^z), written so that e^z cannot overflow"""\n'
                       '    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))\n'),
           # written out: F.softplus returns z itself above z = 20, where core adds e^-z
           torch_code="lambda z, alpha: z.clamp(min=0.0) + torch.log1p(torch.exp(-z.abs()))"),
    _entry("silu", QT_TRANSLATE_NOOP("Activations", "SiLU (swish)"), "g(z) = z * sigmoid(z)",
           "[-0.278, inf)",
           QT_TRANSLATE_NOOP("Activations", "Smooth and slightly non-monotonic: dips below "
                             "zero before rising like ReLU."),
           "silu", lambda z, alpha=None: _silu(z), lambda z, alpha=None: _silu_grad(z),
           init="he",
           english_short_label=QT_TRANSLATE_NOOP("ActivationShort", "SiLU"), max_slope=1.0998,
           colour_range=None,
           english_explain=("z·σ(z)", "{pz}·σ({z})"),
           problem=FLAT_LEFT,
           problem_why=QT_TRANSLATE_NOOP("Activations", "Dips to −0.28 near z = −1.28, then "
                                         "levels off at 0, where its slope fades."),
           used_in=QT_TRANSLATE_NOOP("Activations", "Hidden layers"),
           numpy_code=('def silu(z, alpha=None):\n'
                       '    """g(z) = z sigmoid(z) (also called swish)"""\n'
                       '    return z * (0.5 * np.tanh(0.5 * z) + 0.5)\n'),
           torch_code="lambda z, alpha: F.silu(z)"),
    _entry("gelu", QT_TRANSLATE_NOOP("Activations", "GELU"),
           "g(z) = 0.5 z (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3)))", "[-0.17, inf)",
           QT_TRANSLATE_NOOP("Activations", "Smooth ReLU used in transformers (tanh "
                             "approximation)."), "gelu",
           lambda z, alpha=None: _gelu(z), lambda z, alpha=None: _gelu_grad(z), init="he",
           english_short_label=QT_TRANSLATE_NOOP("ActivationShort", "GELU"), max_slope=1.1289,
           colour_range=None,
           english_explain=("0.5·z·(1 + tanh(√(2/π)·(z + 0.044715·z³)))",
                       "0.5·{pz}·(1 + tanh(0.798·({z} + 0.044715·{pz}³)))"),
           problem=FLAT_LEFT,
           problem_why=QT_TRANSLATE_NOOP("Activations", "Dips to −0.17 near z = −0.75, then "
                                         "levels off at 0, where its slope fades."),
           used_in=QT_TRANSLATE_NOOP("Activations", "Hidden layers (transformers)"),
           numpy_code=('def gelu(z, alpha=None):\n'
                       '    """GELU, tanh approximation (PyTorch\'s approximate="tanh")"""\n'
                       '    c = np.sqrt(2.0 / np.pi)\n'
                       '    return 0.5 * z * (1.0 + np.tanh(c * (z + 0.044715 * z**3)))\n'),
           torch_code='lambda z, alpha: F.gelu(z, approximate="tanh")'),
    _entry("softmax", QT_TRANSLATE_NOOP("Activations", "Softmax"),
           QT_TRANSLATE_NOOP("Activations", "g(z)_i = e^z_i / sum_j e^z_j  (over the layer's "
                             "softmax neurons)"),
           QT_TRANSLATE_NOOP("Activations", "(0, 1), summing to 1"),
           QT_TRANSLATE_NOOP("Activations", "A group activation: the softmax neurons of one "
                             "layer share one normalisation, so their outputs are class "
                             "probabilities. For the output layer, one neuron per class: "
                             "alone it always outputs 1."), "softmax",
           lambda z, alpha=None, axis=0: softmax(z, axis),
           lambda z, alpha=None, axis=0: _softmax_diag_grad(z, axis),
           english_short_label=QT_TRANSLATE_NOOP("ActivationShort", "Softmax"), max_slope=0.25,
           colour_range=(0.0, 1.0),
           english_explain=(QT_TRANSLATE_NOOP("Activations", "e^z / Σ e^zⱼ   (over the layer's "
                                         "softmax neurons)"), "e^{pz} / Σ e^zⱼ"),
           problem=OUTPUT_ONLY,
           problem_why=QT_TRANSLATE_NOOP("Activations", "Its neurons share one normalisation: "
                                         "class probabilities that sum to 1."),
           used_in=QT_TRANSLATE_NOOP("Activations", "Output for several classes"),
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
        # a file's error (core.netfile_validate shows it in a message box): translated
        return translate("Activations", "unknown activation {name}; expected one of: {names}"
                         ).format(name=repr(self.args[0]), names=", ".join(NAMES))


def get(name: str) -> Activation:
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        raise UnknownActivation(name) from None


