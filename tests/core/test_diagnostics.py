"""Neuron health, gradient size per layer and linear collapse on networks whose answer we
know by construction."""

import numpy as np
import pytest

from core import diagnostics as dg
from core import losses
from core.network import Network
from core.training import encode_targets


def _X(n=400, seed=0, d=2):
    return np.random.default_rng(seed).normal(size=(n, d))


def _with_params(net, seed=3, bias_scale=0.5):
    rng = np.random.default_rng(seed)
    params = [(rng.normal(size=W.shape), rng.normal(scale=bias_scale, size=b.shape))
              for W, b in net.all_params()]
    net.rebuild(net.input_names, net.all_neurons(), params)
    return net


def test_dead_relu_and_healthy_neighbours_in_user_order():
    # relu/tanh/relu/sigmoid mixes families, so internal order differs from user order
    net = Network(["x1", "x2"], [["tanh", "relu", "sigmoid", "relu"], ["sigmoid"]],
                  loss="binary_crossentropy", seed=1)
    net.set_bias(0, 1, -100.0)                      # z < 0 for every sample: dead
    X = _X()
    health = dg.neuron_health(net, X)
    assert len(health) == 2 and [len(h.status) for h in health] == [4, 1]
    h = health[0]
    assert h.activations == ("tanh", "relu", "sigmoid", "relu")
    assert h.status[1] == "dead" and h.zero_share[1] == 1.0
    Z = X @ net.params(0)[0].T + net.params(0)[1]
    assert h.zero_share[3] == pytest.approx(np.mean(Z[:, 3] <= 0))   # a live ReLU: ~half
    assert 0.05 < h.zero_share[3] < 0.95 and h.status[3] == "ok"
    assert h.status[0] == "ok" and h.status[2] == "ok"
    assert h.zero_share[0] == 0.0 and h.tiny_share[0] == pytest.approx(
        np.mean(1 - np.tanh(Z[:, 0]) ** 2 < dg.TINY))


def test_saturated_sigmoid_and_healthy_tanh():
    net = Network(["x1", "x2"], [["sigmoid", "tanh"], ["linear"]], loss="mse",
                  params=[(np.array([[100.0, 100.0], [0.1, -0.2]]), np.zeros(2)),
                          (np.ones((1, 2)), np.zeros(1))])
    X = _X()
    h = dg.neuron_health(net, X)[0]
    z = X @ np.array([100.0, 100.0])
    s = 1 / (1 + np.exp(-z))
    assert h.tiny_share[0] == pytest.approx(np.mean(s * (1 - s) < dg.TINY * 0.25))
    assert h.tiny_share[0] > 0.9 and h.status[0] == "saturated"
    assert h.tiny_share[1] == 0.0 and h.status[1] == "ok"


def test_leaky_relu_never_dead_but_prelu_with_zero_alpha_can_be():
    net = Network(["x1", "x2"], [["leaky_relu", "prelu", "prelu"], ["linear"]], loss="mse",
                  seed=2)
    net.set_alpha(0, 2, 0.0)
    for u in range(3):
        net.set_bias(0, u, -100.0)
    h = dg.neuron_health(net, _X())[0]
    assert h.status == ("ok", "ok", "dead")
    assert list(h.zero_share) == [0.0, 0.0, 1.0]
    # Leaky ReLU's slope 0.01 is not below TINY * its max slope (0.01 * 1): never tiny;
    # PReLU's 0.25 neither
    assert h.tiny_share[0] == 0.0 and h.tiny_share[1] == 0.0 and h.tiny_share[2] == 1.0


def test_output_saturation_depends_on_the_loss():
    params = [(np.array([[50.0, 50.0]]), np.zeros(1))]
    X = _X()
    fused = Network(["x1", "x2"], [["sigmoid"]], loss="binary_crossentropy", params=params)
    plain = Network(["x1", "x2"], [["sigmoid"]], loss="mse", params=params)
    assert dg.neuron_health(fused, X)[0].status == ("ok",)
    assert dg.neuron_health(plain, X)[0].status == ("saturated",)
    assert dg.neuron_health(fused, X)[0].tiny_share[0] == \
        dg.neuron_health(plain, X)[0].tiny_share[0] > 0.5


def _fd_norms(net, X, T, eps=1e-6):
    """Central differences of the loss w.r.t. every weight and bias, per layer (user order)."""
    Xt, Tt = np.ascontiguousarray(X.T), net.targets_internal(T)

    def loss():
        Z, A = net.forward_internal(Xt)
        return losses.value(net.loss, Z, A, Tt)

    out = []
    for L in net.layers_:
        g = []
        for i in range(L.wb_slice.start, L.wb_slice.stop):
            old = net.theta[i]
            net.theta[i] = old + eps
            up = loss()
            net.theta[i] = old - eps
            down = loss()
            net.theta[i] = old
            g.append((up - down) / (2 * eps))
        out.append(np.linalg.norm(g))
    return np.array(out)


@pytest.mark.parametrize("layers, loss, problem, k", [
    ([["tanh", "relu", "prelu"], ["sigmoid", "tanh"], ["sigmoid"]], "binary_crossentropy",
     "classification", 2),
    ([["elu", "tanh"], ["softmax"] * 3], "categorical_crossentropy", "classification", 3),
    ([["leaky_relu", "sigmoid", "gelu"], ["linear"]], "mse", "regression", 0),
])
def test_gradient_norms_match_finite_differences(layers, loss, problem, k):
    net = _with_params(Network(["x1", "x2"], layers, loss=loss, seed=4))
    X = _X(60, seed=5)
    rng = np.random.default_rng(6)
    y = rng.normal(size=60) if problem == "regression" else rng.integers(0, max(k, 2), 60)
    T = encode_targets(net, y, problem, k)
    theta, grad = net.theta.copy(), net.grad.copy()
    norms = dg.layer_gradient_norms(net, X, T)
    assert norms.shape == (len(layers),)
    np.testing.assert_allclose(norms, _fd_norms(net, X, T), rtol=1e-5, atol=1e-9)
    assert np.array_equal(net.theta, theta) and np.array_equal(net.grad, grad)


def test_gradient_norm_of_a_dead_layer_is_zero():
    net = Network(["x1", "x2"], [["relu", "relu"], ["sigmoid"]], loss="binary_crossentropy",
                  seed=1)
    net.set_bias(0, 0, -100.0)
    net.set_bias(0, 1, -100.0)
    X = _X(50)
    norms = dg.layer_gradient_norms(net, X, encode_targets(net, X[:, 0] > 0, "classification",
                                                           2))
    assert norms[0] == 0.0 and norms[1] > 0.0


@pytest.mark.parametrize("layers", [
    [["linear"] * 3, ["sigmoid"]],
    [["linear"] * 4, ["linear"] * 2, ["linear"]],
    [["linear"] * 5, ["linear"], ["linear"] * 3, ["softmax"] * 3],
    [["linear"] * 2, ["softmax", "linear", "softmax", "prelu"]],
    [["tanh", "sigmoid"]],                    # no hidden layer: the output layer itself
])
def test_collapse_equals_the_network(layers):
    net = _with_params(Network(["a", "b", "c"], layers, loss="mse", seed=7))
    c = dg.linear_collapse(net)
    assert c.collapses and c.blockers == ()
    assert c.W.shape == (len(layers[-1]), 3) and c.b.shape == (len(layers[-1]),)
    assert c.output_activations == tuple(layers[-1])
    X = _X(200, seed=8, d=3)
    np.testing.assert_allclose(c.outputs(X), net.forward(X), rtol=0, atol=1e-9)
    z_last = net.forward_layers(X)[-1][0]
    np.testing.assert_allclose(X @ c.W.T + c.b, z_last, rtol=0, atol=1e-9)


def test_blockers_are_listed_and_explained():
    net = Network(["x1", "x2"], [["linear", "tanh", "linear"], ["linear", "relu"], ["sigmoid"]],
                  loss="binary_crossentropy", seed=1)
    c = dg.linear_collapse(net)
    assert not c.collapses and c.W is None and c.b is None
    assert c.blockers == ((0, 1, "tanh"), (1, 1, "relu"))
    text = dg.collapse_message(c)
    assert "Hidden 1 neuron 2 (tanh)" in text and "Hidden 2 neuron 2 (relu)" in text
    assert "linear" in text
    with pytest.raises(ValueError):
        c.outputs(_X(3))


def test_collapse_message_when_it_collapses():
    net = Network(["x1", "x2"], [["linear"], ["linear"] * 2, ["sigmoid"]], loss="mse", seed=1)
    text = dg.collapse_message(dg.linear_collapse(net))
    assert text.startswith("The 2 hidden layers and the output layer collapse into one")
    assert "z = W x + b" in text and "sigmoid" in text
