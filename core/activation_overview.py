"""The activation overview (seed 003): one card per activation the app offers, with g(z) and
g'(z) on a z range and a vertical scale shared by every card, so the curves compare at a
glance, and the words a student needs: formula, output range, the name of its problem and
where it is used. The words come from the registry (``core.activations``); this module
only draws the curves and writes the range the way a student reads it (``ℝ``, ``∞``).

Softmax is a group activation: its card shows one neuron's probability p₁ against its own
z₁ while the other neurons of a group of ``SOFTMAX_GROUP`` stay at z = 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core import activations
from core.i18n import number, translate

Z_RANGE = (-5.0, 5.0)       # wide enough for sigmoid's and tanh's tails to go flat
# One vertical scale for every card: the bounded curves (0..1, -1..1) and every slope
# (at most 1.13) fit; the unbounded ones leave the top at z = 2.5, which shows it.
Y_RANGE = (-1.5, 2.5)
POINTS = 401                # z = -5, -4.975, ..., 5: 0 is one of them (the ReLU corner)
SOFTMAX_GROUP = 3
MINUS = "\u2212"


@dataclass(frozen=True)
class Card:
    """What one card says; ``drawn`` tells how the curve was drawn when that needs
    saying (the alpha used, softmax's group), else ""."""

    name: str
    label: str
    formula: str
    output_range: str
    problem: str
    problem_why: str
    used_in: str
    drawn: str


def one_neuron_curve(name: str, z: np.ndarray, alpha: float | None = None,
                     group_size: int = SOFTMAX_GROUP) -> tuple[np.ndarray, np.ndarray]:
    """(g, g') of ``name`` at ``z``: (n,) each; alpha None is the activation's default.
    Softmax: one neuron of a group of ``group_size`` whose other neurons are at z = 0,
    and g' is d p₁ / d z₁ (the diagonal of the Jacobian)."""
    spec = activations.get(name)
    z = np.asarray(z, dtype=float)
    if spec.is_group:
        Z = np.vstack([z, np.zeros((group_size - 1, z.size))])      # (group_size, n)
        return spec.fn(Z, axis=0)[0], spec.grad(Z, axis=0)[0]
    return spec.fn(z, alpha), spec.grad(z, alpha)


def curve(name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(z, g, g') as the overview draws them: POINTS values each, over Z_RANGE."""
    z = np.linspace(*Z_RANGE, POINTS)
    return (z, *one_neuron_curve(name, z))


def readable_range(spec: activations.Activation) -> str:
    """The output range as a student reads it: "(−inf, inf)" is ℝ, inf is ∞, alpha is its
    default value (ELU's "(−alpha, inf)" is "(−1, ∞)"), minus signs are real ones."""
    text = spec.output_range
    if spec.english_output_range.startswith("(-inf, inf)"):     # what it is, in any language
        text = (translate("Activations", "\u211d (any number)")
                + spec.english_output_range[len("(-inf, inf)"):])
    if spec.has_alpha:
        text = text.replace("alpha", number(spec.default_alpha, "g"))
    return text.replace("inf", "\u221e").replace("-", MINUS)


# the registry's plain-text formulas as written on a board (GELU's, softmax's)
_SYMBOLS = (("alpha", "\u03b1"), ("*", "\u00b7"), ("-", MINUS),
            ("sqrt(2/pi)", "\u221a(2/\u03c0)"), ("z^3", "z\u00b3"), ("sum_j", "\u03a3_j"))


def readable_formula(spec: activations.Activation) -> str:
    """The formula with α, ·, √, π, Σ and real minus signs: "g(z) = z if z > 0 else α·z"."""
    text = spec.formula
    for plain, symbol in _SYMBOLS:
        text = text.replace(plain, symbol)
    return text


def _drawn(spec: activations.Activation) -> str:
    if spec.is_group:
        return translate("ActivationOverview", "Drawn: p\u2081 against z\u2081 in a group of "
                         "{size} softmax neurons, the other {others} at z = 0").format(
            size=SOFTMAX_GROUP, others=SOFTMAX_GROUP - 1)
    alpha = number(spec.default_alpha, "g") if spec.has_alpha else ""
    if spec.learns_alpha:
        return translate("ActivationOverview", "Drawn with \u03b1 = {alpha}, its starting "
                         "value").format(alpha=alpha)
    if spec.has_alpha:
        return translate("ActivationOverview", "Drawn with \u03b1 = {alpha}").format(alpha=alpha)
    return ""


def card(name: str) -> Card:
    """The card of activation ``name``, its texts in the language installed."""
    spec = activations.get(name)
    problem, why, used_in = spec.card_texts()
    return Card(name, spec.label, readable_formula(spec), readable_range(spec), problem, why,
                used_in, _drawn(spec))


def cards() -> list[Card]:
    """Every activation's card, in the palette's order."""
    return [card(name) for name in activations.NAMES]
