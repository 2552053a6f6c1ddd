"""Central finite-difference checks of every analytic gradient in core."""

import numpy as np
import pytest

from core import activations as act
from core.groups import apply_elementwise
from core.network import Network, Neuron

ELEMENTWISE = [n for n in act.NAMES if n != "softmax"]
# points away from the kinks at 0 where the one-sided ReLU-family derivatives differ
Z_POINTS = np.array([-7.0, -2.5, -0.7, -0.1, 0.1, 0.3, 1.2, 3.0, 8.0])


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_activation_grad_matches_central_difference(name):
    a = act.get(name)
    h = 1e-6
    numeric = (a.fn(Z_POINTS + h) - a.fn(Z_POINTS - h)) / (2 * h)
    np.testing.assert_allclose(a.grad(Z_POINTS), numeric, rtol=1e-6, atol=1e-8)


def test_relu_family_uses_left_derivative_at_zero():
    # PyTorch's convention: d/dz at exactly 0 is the left value (0 or alpha)
    assert act.get("relu").grad(np.array([0.0]))[0] == 0.0
    assert act.get("leaky_relu").grad(np.array([0.0]))[0] == pytest.approx(0.01)
    assert act.get("prelu").grad(np.array([0.0]), 0.3)[0] == pytest.approx(0.3)


def test_training_step_uses_left_derivative_at_zero_in_a_mixed_layer():
    # z is exactly 0 for every neuron: each bias gradient is alpha times the sum of dL/da
    names = ["relu", "linear", ("leaky_relu", 0.2), ("prelu", 0.3), "tanh", "sigmoid"]
    neurons = [Neuron(*n) if isinstance(n, tuple) else Neuron(n) for n in names]
    net = Network(["x1", "x2"], [neurons, ["linear"]], loss="mse",
                  params=[(np.zeros((6, 2)), np.zeros(6)), (np.ones((1, 6)), np.zeros(1))])
    X = np.array([[1.0, 2.0], [-1.0, 0.5], [0.3, -0.4]])
    T = np.array([[1.0], [2.0], [-1.0]])
    net.loss_and_grad(np.ascontiguousarray(X.T), net.targets_internal(T))
    dA = 2.0 * (net.forward(X) - T).sum() / len(X)       # dL/da of each hidden neuron
    slopes = [0.0, 1.0, 0.2, 0.3, 1.0, 0.25]             # tanh'(0) = 1, sigmoid'(0) = 1/4
    got = [net.grad[net.param_index(0, u)] for u in range(6)]
    np.testing.assert_allclose(got, np.multiply(slopes, dA), rtol=1e-12, atol=1e-15)


def test_softmax_rows_sum_to_one_and_diagonal_grad():
    z = np.array([[1.0, -2.0], [0.5, 3.0], [-1.0, 0.0]])
    s = act.softmax(z, axis=0)
    np.testing.assert_allclose(s.sum(axis=0), 1.0)
    h = 1e-6
    zp, zm = z.copy(), z.copy()
    zp[1, 0] += h
    zm[1, 0] -= h
    numeric = (act.softmax(zp, 0)[1, 0] - act.softmax(zm, 0)[1, 0]) / (2 * h)
    assert act.get("softmax").grad(z)[1, 0] == pytest.approx(numeric, rel=1e-6)


def test_known_values():
    assert act.get("sigmoid").fn(np.array([0.0]))[0] == 0.5
    assert act.get("gelu").fn(np.array([1.0]))[0] == pytest.approx(0.8411919906082768)
    assert act.get("silu").fn(np.array([1.0]))[0] == pytest.approx(0.7310585786300049)
    assert act.get("elu").fn(np.array([-1.0]))[0] == pytest.approx(np.exp(-1) - 1)
    assert act.get("softplus").fn(np.array([800.0]))[0] == 800.0   # no overflow
    assert act.get("sigmoid").fn(np.array([-800.0]))[0] == 0.0


def _random_targets(rng, loss, n, k):
    if loss == "mse":
        return rng.normal(size=(n, k))
    if loss == "binary_crossentropy":
        return (rng.random((n, k)) > 0.5) * 1.0
    return np.eye(k)[rng.integers(0, k, n)]


def _numeric_grad(net, Xt, T, indices, h=1e-6):
    out = {}
    for i in indices:
        old = net.theta[i]
        net.theta[i] = old + h
        up = net.loss_and_grad(Xt, T)
        net.theta[i] = old - h
        down = net.loss_and_grad(Xt, T)
        net.theta[i] = old
        out[i] = (up - down) / (2 * h)
    return out


def _trainable_indices(net):
    idx = [i for i in range(net.theta.size) if net.reg_mask[i]]
    for li in range(len(net.sizes)):
        idx += [net.param_index(li, u) for u in range(net.sizes[li])]
        idx += [net.alpha_index(li, u) for u, n in enumerate(net.neurons(li))
                if n.activation == "prelu"]
    return idx


OUTPUTS = {"mse": ["linear", "tanh", "elu"],
           "binary_crossentropy": ["sigmoid", "sigmoid"],
           "categorical_crossentropy": ["softmax", "softmax", "softmax"]}


@pytest.mark.parametrize("loss", list(OUTPUTS))
def test_network_gradient_with_every_activation_in_one_layer(loss):
    rng = np.random.default_rng(4)
    hidden = ELEMENTWISE + ["softmax", "softmax"]      # all kinds mixed in one layer
    second = ["tanh", "prelu", "sigmoid", "relu", "softmax", "softmax", "gelu"]
    net = Network(["a", "b", "c"], [hidden, second, OUTPUTS[loss]], loss=loss, seed=2)
    net.theta += rng.normal(0, 0.2, net.theta.shape) * net.reg_mask
    for li in range(3):   # give PReLU alphas distinct values so their gradients differ
        for u, n in enumerate(net.neurons(li)):
            if n.activation == "prelu":
                net.set_alpha(li, u, 0.1 + 0.05 * u)
    X = rng.normal(size=(9, 3))
    T = _random_targets(rng, loss, 9, len(OUTPUTS[loss]))
    Xt, Ti = np.ascontiguousarray(X.T), net.targets_internal(T)
    net.loss_and_grad(Xt, Ti)
    analytic = net.grad.copy()
    numeric = _numeric_grad(net, Xt, Ti, _trainable_indices(net))
    for i, g in numeric.items():
        assert analytic[i] == pytest.approx(g, rel=1e-5, abs=1e-8), i
    prelu = [net.alpha_index(li, u) for li in range(3)
             for u, n in enumerate(net.neurons(li)) if n.activation == "prelu"]
    assert np.abs(analytic[prelu]).max() > 1e-6   # the alphas really get a gradient


def test_vectorised_forward_equals_per_neuron_reference():
    rng = np.random.default_rng(5)
    layers = [ELEMENTWISE + ["softmax"] * 3, ["relu", "tanh", "linear", "prelu"], ["sigmoid"]]
    net = Network(["x", "y"], layers, loss="binary_crossentropy", seed=9)
    X = rng.normal(size=(20, 2))
    A = X
    for li in range(3):
        W, b = net.params(li)
        neurons = net.neurons(li)
        A = apply_elementwise([n.activation for n in neurons], [n.alpha for n in neurons],
                              A @ W.T + b)
    np.testing.assert_allclose(net.forward(X), A, rtol=1e-13, atol=1e-14)
    zs = net.forward_layers(X)
    assert [z.shape for z, _ in zs] == [(20, len(layers[0])), (20, 4), (20, 1)]
    assert np.allclose(zs[0][1][:, -3:].sum(axis=1), 1.0)   # the softmax group sums to 1


def test_softmax_groups_are_per_layer():
    net = Network(["x"], [["softmax", "tanh", "softmax"], ["softmax", "softmax"]],
                  loss="categorical_crossentropy", seed=1)
    out = net.forward_layers(np.array([[0.3], [-2.0]]))
    hidden = out[0][1]
    np.testing.assert_allclose(hidden[:, [0, 2]].sum(axis=1), 1.0)
    np.testing.assert_allclose(out[1][1].sum(axis=1), 1.0)
