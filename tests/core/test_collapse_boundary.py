"""The single layer's boundary on the plane (core.collapse_boundary): points on the drawn
line are where the *network* answers 0.5 (or ties between classes), with the bundle's
normalisation applied, and lines that cannot be drawn say why."""

import numpy as np
import pytest

from core import collapse_boundary as cb
from core import diagnostics as dg
from core import experiment
from core.netfile import Document
from core.netfile_validate import TRAINING_DEFAULTS
from core.network import Network

PLANE = (-6.0, 6.0, -6.0, 6.0)


def _bundle_and_net(layers, data_name="moons", loss="binary_crossentropy", inputs=("x1", "x2"),
                    normalize=True, seed=5):
    """A network with random weights (large enough to matter) and its built data."""
    net = Network(list(inputs), layers, loss=loss, seed=seed)
    rng = np.random.default_rng(seed)
    params = [(rng.normal(size=W.shape), rng.normal(size=b.shape)) for W, b in net.all_params()]
    net = Network(list(inputs), layers, loss=loss, seed=seed, params=params)
    data = {"source": "builtin", "name": data_name, "samples": 200, "noise": 0.0, "seed": 3,
            "normalize": normalize}
    doc = Document(net, data, dict(TRAINING_DEFAULTS), {})
    return net, experiment.build_data(doc)


def _along(segments: np.ndarray, n: int = 11) -> np.ndarray:
    """(k * n, 2) points evenly along every segment, end points included."""
    t = np.linspace(0.0, 1.0, n)[:, None]
    return np.vstack([a + t * (b - a) for a, b in segments])


@pytest.mark.parametrize("inputs", [("x1", "x2"), ("x2", "x1")])
def test_line_is_the_networks_half_way_boundary_with_normalisation(inputs):
    net, bundle = _bundle_and_net([["linear"] * 3, ["linear"] * 2, ["sigmoid"]],
                                  inputs=inputs)
    assert bundle.mean is not None and np.all(np.abs(bundle.mean) > 1e-3)  # it matters
    assert not np.allclose(bundle.std, 1.0)
    c = dg.linear_collapse(net)
    assert cb.boundary_problem(c, bundle) == ""
    segments = cb.boundary_segments(c, bundle, PLANE)
    assert segments.shape == (1, 2, 2)
    P = _along(segments)
    out = net.forward(bundle.inputs(P))[:, 0]
    np.testing.assert_allclose(out, 0.5, atol=1e-9)
    # the line crosses the whole plane: both ends on its edge
    for end in segments[0]:
        assert min(abs(end[0] - 6.0), abs(end[0] + 6.0), abs(end[1] - 6.0),
                   abs(end[1] + 6.0)) < 1e-9
    # a small step off the line to either side gives the two classes
    a, b = segments[0]
    normal = np.array([-(b - a)[1], (b - a)[0]]) / np.linalg.norm(b - a)
    mid = 0.5 * (a + b)
    sides = net.forward(bundle.inputs(np.array([mid + 0.05 * normal, mid - 0.05 * normal])))
    assert (sides[0, 0] - 0.5) * (sides[1, 0] - 0.5) < 0


@pytest.mark.parametrize("output, level", [("tanh", 0.0), ("linear", 0.5)])
def test_other_single_outputs_cross_their_thresholds(output, level):
    net, bundle = _bundle_and_net([["linear"] * 2, [output]], loss="mse", normalize=False)
    c = dg.linear_collapse(net)
    segments = cb.boundary_segments(c, bundle, PLANE)
    assert len(segments) == 1 and cb.THRESHOLD[output] == level
    np.testing.assert_allclose(net.forward(bundle.inputs(_along(segments)))[:, 0], level,
                               atol=1e-9)


def test_softmax_boundaries_are_where_two_classes_tie_on_top():
    net, bundle = _bundle_and_net([["linear"] * 4, ["softmax"] * 3], data_name="blobs3",
                                  loss="categorical_crossentropy")
    c = dg.linear_collapse(net)
    assert cb.boundary_problem(c, bundle) == ""
    # three regions meet in one point (a Y of three rays) somewhere: in a wide enough plane
    segments = cb.boundary_segments(c, bundle, (-1e4, 1e4, -1e4, 1e4))
    assert len(segments) == 3
    out = net.forward(bundle.inputs(_along(segments)))
    top2 = np.sort(out, axis=1)[:, -2:]
    np.testing.assert_allclose(top2[:, 1] - top2[:, 0], 0.0, atol=1e-9)
    assert np.all(top2[:, 0] > 1 / 3 - 1e-9)      # the two tied are the largest


def test_a_line_outside_the_plane_gives_no_segment():
    net, bundle = _bundle_and_net([["sigmoid"]], normalize=False)
    net.set_bias(0, 0, 100.0)          # output above 0.5 on all of the plane
    c = dg.linear_collapse(net)
    assert cb.boundary_segments(c, bundle, PLANE).shape == (0, 2, 2)


def test_what_cannot_be_drawn_says_why():
    net, bundle = _bundle_and_net([["tanh"] * 2, ["sigmoid"]])
    assert "does not collapse" in cb.boundary_problem(dg.linear_collapse(net), bundle)
    net, bundle = _bundle_and_net([["linear"] * 2, ["sigmoid"]], inputs=("x1", "x2", "x1^2"))
    assert "x1^2 bend the plane" in cb.boundary_problem(dg.linear_collapse(net), bundle)
    net, bundle = _bundle_and_net([["linear"] * 2, ["linear"]], data_name="plane", loss="mse")
    assert "regression" in cb.boundary_problem(dg.linear_collapse(net), bundle)
    net, bundle = _bundle_and_net([["linear"] * 2, ["relu"]], loss="mse")
    assert "relu output" in cb.boundary_problem(dg.linear_collapse(net), bundle)
    assert "no data" in cb.boundary_problem(dg.linear_collapse(net), None)


def test_clip_line_respects_limits_and_a_zero_normal():
    seg = cb.clip_line(np.array([0.0, 1.0]), -1.0, [(np.array([-1.0, 0.0]), 2.0)], PLANE)
    np.testing.assert_allclose(sorted(seg.tolist()), [[-6.0, 1.0], [2.0, 1.0]])  # x <= 2
    assert cb.clip_line(np.zeros(2), 1.0, (), PLANE) is None
    assert cb.clip_line(np.array([0.0, 1.0]), -1.0, [(np.array([0.0, 1.0]), -5.0)],
                        PLANE) is None                            # y = 1 but y >= 5
