"""Softmax where it makes no sense (core.softmax_use): found from the shape, explained, and
the numbers behind the explanations (a lone softmax neuron outputs exactly 1 and gets a
gradient of exactly 0); the held-softmax curves of the Activation panel."""

import numpy as np
import pytest

from core import diagnostics as dg
from core import softmax_use as su
from core.activations import softmax
from core.network import Network
from core.training import encode_targets

X = np.random.default_rng(0).normal(scale=3.0, size=(40, 2))


def test_misused_softmax_finds_lone_neurons_anywhere_and_groups_outside_the_output():
    assert su.misused_softmax([["tanh"] * 3, ["softmax"] * 3]) == {}
    assert su.misused_softmax([["tanh", "softmax"], ["sigmoid"]]) == {(0, 1): su.LONE}
    assert su.misused_softmax([["softmax", "relu", "softmax"], ["softmax", "linear"]]) == \
        {(0, 0): su.HIDDEN, (0, 2): su.HIDDEN, (1, 0): su.LONE}
    assert su.misused_softmax([["relu"], ["softmax"]]) == {(1, 0): su.LONE}


def test_explanations_say_why_and_what_to_do_instead():
    hidden = su.explanation(su.HIDDEN, hidden=True)
    assert hidden.startswith("Softmax in a hidden layer: its outputs always add up to 1")
    assert "output layer" in hidden and "ReLU or tanh" in hidden
    lone_hidden = su.explanation(su.LONE, hidden=True)
    lone_output = su.explanation(su.LONE, hidden=False)
    for text in (lone_hidden, lone_output):
        assert text.startswith("A softmax neuron alone always outputs 1:")
        assert "e^z / e^z = 1" in text and "never learn" in text
    assert "ReLU or tanh" in lone_hidden and "sigmoid" in lone_output
    assert "categorical cross-entropy" in lone_output
    with pytest.raises(ValueError):
        su.explanation("dead", hidden=True)


def test_a_lone_softmax_neuron_outputs_exactly_one_and_gets_exactly_no_gradient():
    net = Network(["x1", "x2"], [["tanh", "softmax", "tanh"], ["sigmoid"]],
                  loss="binary_crossentropy", seed=3)
    Z, A = net.forward_layers(X)[0]
    assert np.ptp(Z[:, 1]) > 1.0                     # its z moves a lot ...
    assert np.all(A[:, 1] == 1.0)                    # ... its output never does
    y = (X[:, 0] > 0).astype(int)
    T = encode_targets(net, y, "classification", 2)
    net.loss_and_grad(np.ascontiguousarray(X.T), net.targets_internal(T), need_loss=False)
    into_lone = [net.param_index(0, 1, j) for j in range(2)] + [net.param_index(0, 1)]
    assert np.all(net.grad[into_lone] == 0.0)
    into_tanh = [net.param_index(0, 0, j) for j in range(2)]
    assert np.all(net.grad[into_tanh] != 0.0)        # its neighbours do learn
    # as an output with mean squared error (the only loss that accepts it): the same
    out = Network(["x1", "x2"], [["tanh"] * 2, ["softmax"]], loss="mse", seed=3)
    assert np.all(out.forward(X) == 1.0)
    out.loss_and_grad(np.ascontiguousarray(X.T), out.targets_internal(y[:, None] * 1.0),
                      need_loss=False)
    assert np.all(out.grad == 0.0)                   # nothing in the network learns


def test_a_hidden_softmax_group_sums_to_one_for_every_sample():
    net = Network(["x1", "x2"], [["softmax"] * 3, ["sigmoid"]], loss="binary_crossentropy")
    A = net.forward_layers(X)[0][1]
    np.testing.assert_allclose(A.sum(axis=1), 1.0, atol=1e-12)
    assert np.ptp(A[:, 0]) > 0.1                     # unlike a lone one, it does vary


def test_neuron_health_reports_the_misuse_as_the_neurons_status():
    net = Network(["x1", "x2"], [["softmax", "softmax", "relu"], ["tanh", "softmax"],
                                 ["sigmoid"]], loss="binary_crossentropy", seed=1)
    health = dg.neuron_health(net, X)
    assert health[0].status[:2] == (su.HIDDEN, su.HIDDEN)
    assert health[1].status[1] == su.LONE and health[1].zero_share[1] == 1.0
    assert health[2].status == ("ok",)
    ok = Network(["x1", "x2"], [["tanh"] * 2, ["softmax"] * 3],
                 loss="categorical_crossentropy")
    assert not {s for h in dg.neuron_health(ok, X) for s in h.status} & set(su.STATUSES)


def test_held_softmax_moves_one_neuron_and_keeps_the_sum_at_one():
    z = np.linspace(-6, 6, 25)
    held = np.array([0.7, -1.2, 2.0])
    P = su.held_softmax(z, held, 1)
    assert P.shape == (3, 25)
    for k, zk in enumerate(z):                 # the formula, one column at a time
        np.testing.assert_allclose(P[:, k], softmax(np.array([0.7, zk, 2.0])), rtol=1e-12)
    np.testing.assert_allclose(P.sum(axis=0), 1.0, atol=1e-12)
    assert np.all(np.diff(P[1]) > 0) and np.all(np.diff(P[0]) < 0)   # it rises, others fall
    # the slope the curve's g'(z) shows is p (1 - p): checked by central differences
    h = 1e-6
    slope = (su.held_softmax(z + h, held, 1)[1] - su.held_softmax(z - h, held, 1)[1]) / (2 * h)
    np.testing.assert_allclose(slope, P[1] * (1 - P[1]), atol=1e-8)
    np.testing.assert_array_equal(su.held_softmax(z, np.array([5.0]), 0), np.ones((1, 25)))
