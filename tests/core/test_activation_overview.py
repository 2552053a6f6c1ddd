"""The activation overview's cards say only true things: every problem named on a card and
every number in its sentence is checked against the activation's own g and g', every
"used in" against the losses the app accepts, every output range against the curve."""

import math
import re

import numpy as np
import pytest

from core import activation_overview as ov
from core import activations as act
from core import losses

WIDE = np.linspace(-30.0, 30.0, 60_001)         # 0 is one of the points
NAMES_WITH = {p: [n for n in act.NAMES if act.get(n).problem == p] for p in act.PROBLEMS}


def g_and_slope(name, z):
    return ov.one_neuron_curve(name, z)


def numbers(text: str) -> list[float]:
    """The numbers written in ``text`` (real minus signs read as minus)."""
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", text.replace(ov.MINUS, "-"))]


def test_every_card_names_a_known_problem_and_use():
    for name in act.NAMES:
        spec = act.get(name)
        assert spec.problem in act.PROBLEMS, name
        assert any(spec.used_in.startswith(use) for use in act.USES), name
        assert spec.problem_why.endswith(".") and len(spec.problem_why) < 110, name


# -- the problems ------------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES_WITH[act.NO_BEND])
def test_no_bend_means_a_straight_line(name):
    g, slope = g_and_slope(name, WIDE)
    assert np.all(slope == slope[0])
    np.testing.assert_allclose(g, g[30_000] + slope[0] * WIDE, atol=1e-12)


@pytest.mark.parametrize("name", NAMES_WITH[act.FLAT_TAILS])
def test_flat_tails_have_almost_no_slope(name):
    _, slope = g_and_slope(name, np.array([-5.0, 0.0, 5.0]))
    assert abs(slope[0]) < 0.01 and abs(slope[2]) < 0.01
    assert slope[1] >= 0.25                      # while the middle does slope
    _, wide = g_and_slope(name, WIDE)
    why = act.get(name).problem_why
    if "at most" in why:                         # sigmoid: "at most 0.25"
        assert numbers(why.split("at most")[1])[0] == pytest.approx(wide.max(), abs=1e-9)
    if "at z = 0" in why:                        # tanh: "the slope is 1 at z = 0"
        assert numbers(why.split("slope is")[-1])[0] == slope[1]


@pytest.mark.parametrize("name", NAMES_WITH[act.DEAD_SIDE])
def test_the_dead_side_has_no_gradient_at_all(name):
    g, slope = g_and_slope(name, WIDE)
    left = WIDE <= 0                               # z = 0 too, as PyTorch
    assert np.all(slope[left] == 0) and np.all(g[left] == 0)
    assert np.all(slope[~left] == 1)


@pytest.mark.parametrize("name", NAMES_WITH[act.FIXES_DEAD_SIDE])
def test_the_fix_keeps_a_slope_of_alpha_below_zero(name):
    spec = act.get(name)
    _, slope = g_and_slope(name, WIDE)
    assert spec.default_alpha > 0
    assert np.all(slope[WIDE <= 0] == spec.default_alpha)
    why = spec.problem_why
    assert f"{spec.default_alpha:g}" in why
    assert ("learned" in why) == spec.learns_alpha
    if spec.learns_alpha:
        assert numbers(why.split("starting at")[1])[0] == spec.default_alpha


@pytest.mark.parametrize("name", NAMES_WITH[act.FLAT_LEFT])
def test_a_flat_left_tail_and_a_sloped_right_side(name):
    _, slope = g_and_slope(name, np.array([-30.0, -5.0, 5.0]))
    assert abs(slope[0]) < 1e-9 and abs(slope[1]) < 0.03
    assert abs(slope[2] - 1) < 0.03


def test_elu_levels_off_at_minus_alpha():
    spec = act.get("elu")
    g, _ = g_and_slope("elu", np.array([-30.0]))
    assert g[0] == pytest.approx(-spec.default_alpha)
    assert numbers(spec.problem_why.split("=")[1])[0] == -spec.default_alpha   # "−α = −1"


@pytest.mark.parametrize("name", ["silu", "gelu"])
def test_the_dip_is_where_and_as_deep_as_the_card_says(name):
    z = np.linspace(-5, 5, 1_000_001)
    g, _ = g_and_slope(name, z)
    depth, where = numbers(act.get(name).problem_why)[:2]
    assert round(float(g.min()), 2) == depth
    assert round(float(z[np.argmin(g)]), 2) == where


@pytest.mark.parametrize("name", NAMES_WITH[act.OUTPUT_ONLY])
def test_output_only_activations_make_probabilities(name):
    Z = np.random.default_rng(0).normal(0, 3, (3, 50))
    P = act.get(name).fn(Z, axis=0)
    np.testing.assert_allclose(P.sum(axis=0), 1.0)
    assert "sum to 1" in act.get(name).problem_why


def test_every_problem_is_somebodys():
    assert all(NAMES_WITH[p] for p in act.PROBLEMS)


# -- where they are used -------------------------------------------------------------------
def _accepted(loss, outputs) -> bool:
    try:
        losses.check(loss, outputs)
    except losses.LossError:
        return False
    return True


@pytest.mark.parametrize("name", act.NAMES)
def test_used_in_matches_the_losses_the_app_accepts(name):
    used = act.get(name).used_in
    assert used.startswith("Output for two classes") == \
        _accepted("binary_crossentropy", [name])
    assert used.startswith("Output for several classes") == \
        _accepted("categorical_crossentropy", [name] * 3)
    if used.startswith("Regression output"):       # any number: an unbounded output
        assert ov.readable_range(act.get(name)).startswith("\u211d")


# -- the ranges and the curves as drawn -------------------------------------------------------
def _bounds(text: str):
    """(low, high, low closed, high closed, half a unit of the last digit written)."""
    if text.startswith("\u211d"):
        return -math.inf, math.inf, False, False, 0.0
    m = re.match(r"([\[(])([^,]+), ([^\])]+)([\])])", text.replace(ov.MINUS, "-"))
    assert m, text
    low, high = (float(v.replace("\u221e", "inf")) for v in (m[2], m[3]))
    decimals = max(len(v.split(".")[1]) if "." in v else 0 for v in (m[2], m[3]))
    return low, high, m[1] == "[", m[4] == "]", 0.5 * 10.0 ** -decimals


@pytest.mark.parametrize("name", act.NAMES)
def test_the_output_range_holds_the_curve_and_is_reached(name):
    low, high, low_closed, high_closed, rounding = _bounds(ov.readable_range(act.get(name)))
    # far out, but not so far that tanh and sigmoid round to their open bounds
    g, _ = g_and_slope(name, np.linspace(-15.0, 15.0, 300_001))
    assert low - rounding <= g.min() and g.max() <= high + rounding
    far_left, far_right = g_and_slope(name, np.array([-1e6, 1e6]))[0]
    if math.isfinite(low):              # reached (closed) or approached (open)
        assert g.min() - low <= (rounding if low_closed else 1e-6)
        assert low_closed or np.all(g > low)
    else:                               # no bound: Leaky ReLU's too, slowly
        assert far_left < -1e3
    if math.isfinite(high):
        assert high - g.max() <= 1e-6 and (high_closed or np.all(g < high))
    else:
        assert far_right > 1e3


def test_readable_range_and_formula_use_the_students_symbols():
    assert ov.readable_range(act.get("linear")) == "\u211d (any number)"
    assert ov.readable_range(act.get("relu")) == "[0, \u221e)"
    assert ov.readable_range(act.get("tanh")) == "(\u22121, 1)"
    assert ov.readable_range(act.get("elu")) == "(\u22121, \u221e)"      # alpha = 1
    assert ov.readable_formula(act.get("leaky_relu")) == "g(z) = z if z > 0 else \u03b1\u00b7z"
    assert ov.readable_formula(act.get("gelu")) == \
        "g(z) = 0.5 z (1 + tanh(\u221a(2/\u03c0) (z + 0.044715 z\u00b3)))"


def test_the_softmax_card_draws_one_of_three_neurons():
    z, p, slope = ov.curve("softmax")
    np.testing.assert_allclose(p, np.exp(z) / (np.exp(z) + 2.0), rtol=1e-12)
    np.testing.assert_allclose(slope, p * (1 - p), rtol=1e-12)
    assert "group of 3" in ov.card("softmax").drawn and "other 2 at z = 0" in \
        ov.card("softmax").drawn


@pytest.mark.parametrize("name", act.NAMES)
def test_the_shared_scale_holds_every_slope_and_every_bounded_curve(name):
    z, g, slope = ov.curve(name)
    assert (z[0], z[-1]) == ov.Z_RANGE and 0.0 in z
    low, high = ov.Y_RANGE
    assert low < slope.min() and slope.max() < high
    if act.get(name).colour_range is not None:          # bounded outputs: the whole curve
        assert low < g.min() and g.max() < high


def test_cards_follow_the_palette_order_and_the_registry():
    cards = ov.cards()
    assert [c.name for c in cards] == list(act.NAMES)
    for c in cards:
        spec = act.get(c.name)
        assert (c.label, c.problem, c.problem_why, c.used_in) == \
            (spec.label, spec.problem, spec.problem_why, spec.used_in)
        assert bool(c.drawn) == (spec.has_alpha or spec.is_group)
