"""Network construction, user-order access, initialisation and refusals."""

import numpy as np
import pytest

from core.activations import UnknownActivation
from core.network import Network, NetworkError, Neuron


def test_params_round_trip_in_user_order_with_mixed_families():
    layers = [["relu", "tanh", "softmax", "linear", "sigmoid", "softmax"], ["elu", "prelu"]]
    rng = np.random.default_rng(1)
    params = [(rng.normal(size=(6, 3)), rng.normal(size=6)),
              (rng.normal(size=(2, 6)), rng.normal(size=2))]
    other = Network(["a", "b", "c"], layers, params=params)
    for (W, b), (W2, b2) in zip(params, other.all_params()):
        assert np.array_equal(W, W2) and np.array_equal(b, b2)
    other.set_weight(1, 0, 4, 9.5)
    other.set_bias(0, 2, -1.25)
    W, b = other.params(1)
    assert W[0, 4] == 9.5 and other.params(0)[1][2] == -1.25
    # the same neuron by hand: z = w . a + b with the previous layer's outputs
    A0 = other.forward_layers(np.array([[0.1, 0.2, 0.3]]))[0][1][0]
    z = W[0] @ A0 + b[0]
    assert other.forward_layers(np.array([[0.1, 0.2, 0.3]]))[1][0][0, 0] == pytest.approx(z)


def test_seeded_initialisation_glorot_and_he():
    a = Network(["x"] * 50, [["tanh"] * 40, ["relu"] * 40, ["linear"]], seed=3)
    b = Network(["x"] * 50, [["tanh"] * 40, ["relu"] * 40, ["linear"]], seed=3)
    assert np.array_equal(a.theta, b.theta)
    W0, b0 = a.params(0)
    limit = np.sqrt(6 / (50 + 40))
    assert np.abs(W0).max() <= limit and np.abs(W0).max() > 0.8 * limit   # Glorot uniform
    W1, _ = a.params(1)
    assert W1.std() == pytest.approx(np.sqrt(2 / 40), rel=0.1)           # He normal
    assert not b0.any()


def test_prelu_alpha_default_and_live_value():
    net = Network(["x"], [["prelu", "leaky_relu", "elu", "tanh"], ["linear"]])
    alphas = [n.alpha for n in net.neurons(0)]
    assert alphas == [0.25, 0.01, 1.0, None]
    net.theta[net.alpha_index(0, 0)] = 0.7
    net.set_alpha(0, 2, 2.0)          # rebuilds (elu), must keep the learned PReLU alpha
    assert [n.alpha for n in net.neurons(0)][:3] == [0.7, 0.01, 2.0]


def test_refusals_name_the_problem_and_change_nothing():
    with pytest.raises(UnknownActivation, match="expected one of"):
        Neuron("swishy")
    with pytest.raises(NetworkError, match="1 to"):
        Network(["x"], [[]])
    net = Network(["x"], [["tanh", "tanh"], ["linear"]])
    theta = net.theta.copy()
    with pytest.raises(NetworkError, match="expected weights"):
        net.rebuild(["x", "y"], net.all_neurons(), net.all_params())
    with pytest.raises(NetworkError, match="2 layers"):
        net.rebuild(net.input_names, net.all_neurons(), net.all_params()[:1])
    assert net.input_names == ["x"] and np.array_equal(net.theta, theta)
    assert net.forward([[1.0]]).shape == (1, 1)
    with pytest.raises(NetworkError, match="n_samples, 1"):
        net.forward([[1.0, 2.0]])


def test_copy_is_independent_and_equal():
    net = Network(["x", "y"], [["prelu", "tanh"], ["sigmoid"]], seed=2)
    net.theta[net.alpha_index(0, 0)] = 0.33
    twin = net.copy()
    X = np.array([[0.5, -1.0], [2.0, 0.1]])
    assert np.array_equal(twin.forward(X), net.forward(X))
    twin.set_bias(1, 0, 5.0)
    assert not np.array_equal(twin.forward(X), net.forward(X))
    assert twin.neurons(0)[0].alpha == 0.33


def test_canonical_index_is_a_permutation_in_user_order():
    net = Network(["a", "b"], [["tanh", "relu", "prelu"], ["linear"]], seed=1)
    idx = net.canonical_index()
    assert sorted(idx) == list(range(net.theta.size))
    W, b = net.params(0)
    assert np.array_equal(net.theta[idx[:6]], W.ravel())
    assert np.array_equal(net.theta[idx[6:9]], b)
