"""Everything that depends on an activation lives on its registry entry, and every entry
has all of it, right: one test per activation name (a new activation that misses a field
fails here, not in a classroom)."""

import numpy as np
import pytest

from core import activations as act
from core import explain_text
from core.export.numpy_script import FUNCTIONS as NUMPY_FUNCTIONS
from core.export.torch_script import FUNCTIONS as TORCH_FUNCTIONS

Z = np.linspace(-30.0, 30.0, 60_001)


def curve(spec, z, alpha):
    if spec.is_group:        # one softmax neuron against a rival fixed at 0
        return spec.fn(np.stack([z, np.zeros_like(z)]), axis=0)[0], \
            spec.grad(np.stack([z, np.zeros_like(z)]), axis=0)[0]
    return spec.fn(z, alpha), spec.grad(z, alpha)


@pytest.mark.parametrize("name", act.NAMES)
def test_the_record_is_complete(name):
    spec = act.get(name)
    assert 0 < len(spec.short_label) <= 8
    symbols, numbers = spec.explain
    assert symbols and "{" not in symbols
    assert numbers.format(z="Z", pz="(Z)", pnz="(-Z)", palpha="(A)") != numbers or \
        name == "softmax"
    assert NUMPY_FUNCTIONS[name].startswith(f"def {name}(z, alpha")
    assert TORCH_FUNCTIONS[name].startswith("lambda z, alpha: ")
    assert spec.formula and spec.output_range and spec.notes


@pytest.mark.parametrize("name", act.NAMES)
def test_max_slope_is_the_largest_gradient(name):
    spec = act.get(name)
    alpha = spec.default_alpha
    _, grad = curve(spec, Z, alpha)
    largest = float(np.max(np.abs(grad)))
    limit = float(spec.slope_limit(np.array([alpha or 0.0]))[0])
    assert largest == pytest.approx(limit, rel=2e-4), (largest, limit)


@pytest.mark.parametrize("name", act.NAMES)
def test_colour_range_holds_every_output_and_is_reached(name):
    spec = act.get(name)
    values, _ = curve(spec, Z, spec.default_alpha)
    if spec.colour_range is None:       # unbounded on one side at least
        assert values.max() > 29 or values.min() < -29 or name == "elu"
        return
    low, high = spec.colour_range
    assert low <= values.min() < low + 1e-6 and high - 1e-6 < values.max() <= high


@pytest.mark.parametrize("name", act.NAMES)
def test_the_numpy_export_computes_the_same_function(name):
    spec = act.get(name)
    space = {"np": np}
    exec(NUMPY_FUNCTIONS[name], space)      # noqa: S102 - our own table, not input
    z = np.linspace(-8, 8, 41).reshape(-1, 1)
    alpha = None if spec.default_alpha is None else np.array([spec.default_alpha])
    if spec.is_group:
        pair = np.hstack([z, -z])
        expected = spec.fn(pair.T, axis=0).T
        np.testing.assert_allclose(space[name](pair, alpha), expected, rtol=1e-12)
    else:
        np.testing.assert_allclose(space[name](z, alpha), spec.fn(z, spec.default_alpha),
                                   rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("name", act.NAMES)
def test_one_samples_text_shows_the_numbers(name):
    symbols, numbers = explain_text._g_text(name, -0.5, act.get(name).default_alpha)
    assert symbols == act.get(name).explain[0]
    assert "0.5" in numbers and "{" not in numbers

