"""One sample's numbers (core.explain) equal the network's own forward pass and gradient."""

import numpy as np
import pytest

from core import netfile
from core.explain import explain_sample
from core.explain_text import fmt, steps
from core.network import Network, Neuron
from core.training import Settings, Trainer, encode_targets

TOL = 1e-12


def _prelu(alpha):
    return Neuron("prelu", alpha=alpha)


NETWORKS = {
    "tanh_sigmoid_bce": (["x1", "x2"], [["tanh"] * 4, ["tanh"] * 2, ["sigmoid"]],
                         "binary_crossentropy"),
    "relu_prelu_softmax_cce": (["a", "b", "c"],
                               [["relu", _prelu(0.2), "leaky_relu", _prelu(0.3), "tanh"],
                                ["softmax"] * 3], "categorical_crossentropy"),
    "two_hidden_mse_linear": (["x1", "x2"], [["sigmoid", "elu", "gelu", _prelu(0.1)],
                                             ["softplus", "silu", "linear"], ["linear"]],
                              "mse"),
    "mse_softmax_outputs": (["x1", "x2"], [["tanh", "relu"], ["softmax"] * 3], "mse"),
    "hidden_softmax_group": (["x1", "x2"], [["softmax", "tanh", "softmax", "sigmoid"],
                                            ["tanh", "sigmoid"]], "mse"),
    "bce_two_outputs": (["x1", "x2"], [["prelu", "sigmoid", "relu"], ["sigmoid"] * 2],
                        "binary_crossentropy"),
}


def _net_and_sample(key, seed=3):
    inputs, layers, loss = NETWORKS[key]
    net = Network(inputs, layers, loss=loss, seed=seed)
    rng = np.random.default_rng(seed)
    for li in range(len(net.sizes)):                    # non-zero biases exercise b
        W, b = net.params(li)
        for u in range(len(b)):
            net.set_bias(li, u, rng.normal(0, 0.5))
    x = rng.normal(0, 1.5, net.n_inputs)
    k = net.n_outputs
    if loss == "mse":
        t = rng.normal(size=k)
    elif loss == "binary_crossentropy":
        t = (rng.random(k) > 0.5) * 1.0
    else:
        t = np.eye(k)[1]
    return net, x, t


def _core_gradient(net, x, t):
    """The network's own loss and gradient for this one sample."""
    Xt = np.ascontiguousarray(x.reshape(-1, 1))
    loss = net.loss_and_grad(Xt, net.targets_internal(t.reshape(1, -1)))
    return loss, net.grad.copy()


@pytest.mark.parametrize("key", list(NETWORKS))
@pytest.mark.parametrize("seed", [3, 11])
def test_forward_loss_and_gradient_equal_core(key, seed):
    net, x, t = _net_and_sample(key, seed)
    e = explain_sample(net, x, t, learning_rate=0.1)
    core_layers = net.forward_layers(x.reshape(1, -1))
    loss, grad = _core_gradient(net, x, t)
    assert e.loss == pytest.approx(loss, abs=TOL)
    inputs = x
    for li, lay in enumerate(e.layers):
        Z, A = core_layers[li]
        np.testing.assert_allclose(lay.inputs, inputs, atol=TOL, rtol=0)
        np.testing.assert_allclose(lay.z, Z[0], atol=TOL, rtol=0)
        np.testing.assert_allclose(lay.a, A[0], atol=TOL, rtol=0)
        gW, gb = net.params_of(grad, li)
        np.testing.assert_allclose(lay.dW, gW, atol=TOL, rtol=0)
        np.testing.assert_allclose(lay.db, gb, atol=TOL, rtol=0)
        np.testing.assert_allclose(lay.delta, gb, atol=TOL, rtol=0)  # dL/db = delta
        np.testing.assert_allclose(lay.update_W, -0.1 * gW, atol=TOL, rtol=0)
        for u, learns in enumerate(lay.learns_alpha):
            if learns:
                assert lay.dalpha[u] == pytest.approx(grad[net.alpha_index(li, u)], abs=TOL)
            else:
                assert lay.dalpha[u] == 0.0
        inputs = A[0]


def test_prelu_alpha_gradient_is_not_trivially_zero():
    net, x, t = _net_and_sample("relu_prelu_softmax_cce")
    for seed in range(20):          # some sample puts a PReLU neuron on its z <= 0 side
        x = np.random.default_rng(seed).normal(0, 2, 3)
        e = explain_sample(net, x, t, 0.1)
        if np.any(e.layers[0].dalpha != 0):
            _, grad = _core_gradient(net, x, t)
            nz = np.flatnonzero(e.layers[0].dalpha)
            for u in nz:
                assert e.layers[0].dalpha[u] == pytest.approx(grad[net.alpha_index(0, u)],
                                                              abs=TOL)
            return
    pytest.fail("no sample gave a PReLU neuron a negative z")


def test_one_sgd_step_of_batch_one_moves_weights_by_the_updates():
    doc = netfile.default_document()
    net = doc.network
    X, y = np.array([[1.5, -0.2], [0.3, 2.0]]), np.array([1, 0])
    trainer = Trainer(net.copy(), (X[:1], y[:1]), None,
                      Settings(learning_rate=0.2, batch_size=1))
    e = explain_sample(net, X[0], encode_targets(net, y[:1], "classification", 2)[0], 0.2)
    before = trainer.net.all_params()
    trainer.step_batch()
    for li, (W, b) in enumerate(trainer.net.all_params()):
        np.testing.assert_allclose(W - before[li][0], e.layers[li].update_W, atol=TOL)
        np.testing.assert_allclose(b - before[li][1], e.layers[li].update_b, atol=TOL)


def test_frozen_neurons_get_no_update_and_notes_name_the_differences():
    net = Network(["x1", "x2"], [[Neuron("tanh", frozen=True), "tanh"], ["sigmoid"]],
                  loss="binary_crossentropy", seed=2)
    e = explain_sample(net, [0.5, -1.0], [1.0], 0.1, optimizer="adam", regularization="l2",
                       regularization_rate=0.01, batch_size=10)
    assert np.all(e.layers[0].update_W[0] == 0) and e.layers[0].update_b[0] == 0
    assert np.any(e.layers[0].dW[0] != 0)              # the gradient itself is still shown
    assert np.all(e.layers[0].update_W[1] == -0.1 * e.layers[0].dW[1])
    text = " ".join(e.notes)
    for word in ("Adam", "L2", "mini-batch of 10", "Frozen"):
        assert word in text
    assert explain_sample(net, [0.5, -1.0], [1.0], 0.1).notes == \
        ("Frozen neurons keep their weights: their updates are 0.",)


def test_fmt_three_significant_digits_with_a_real_minus():
    assert fmt(1.5) == "1.50"
    assert fmt(-0.031234) == "\u22120.0312"
    assert fmt(0.79) == "0.790"
    assert fmt(123.456) == "123"
    assert fmt(0.99996) == "1.00"
    assert fmt(1) == "1" and fmt(0.0) == "0" and fmt(-1.0) == "\u22121"
    assert fmt(1.2345e-5) == "1.23\u00d710\u207b\u2075"
    assert fmt(float("inf")) == "\u221e"


def test_steps_order_and_numbers_for_the_default_network():
    net = netfile.default_document().network
    x, t = np.array([1.5, -0.2]), np.array([1.0])
    e = explain_sample(net, x, t, 0.03)
    s = steps(e, net.input_names, ("orange", "blue"))
    assert len(s) == 7 * 2 + 1 + 7 * 2
    assert [st.kind for st in s[:2]] == ["z", "a"] and s[14].kind == "loss"
    assert [st.neuron for st in s[15:17]] == [(2, 0), (2, 0)]      # backward: output first
    assert s[-1].neuron == (0, 3) and s[-1].kind == "gradient"
    Z, A = net.forward_layers(x.reshape(1, -1))[1]
    z_step = s[2 * 4 + 2]                         # Hidden 2 neuron 2, after 4 + 1 neurons
    assert z_step.neuron == (1, 1) and z_step.lines[-1] == f"  = {fmt(Z[0, 1])}"
    assert f"tanh({fmt(Z[0, 1])})" in s[2 * 4 + 3].text and fmt(A[0, 1]) in s[2 * 4 + 3].text
    W, b = net.params(1)
    assert f"({fmt(W[1, 0])})({fmt(e.layers[0].a[0])})" in z_step.text
    assert set(z_step.highlight) >= {("neuron", 1, 1), ("link", 1, 1, 0), ("link", 1, 1, 3),
                                     ("neuron", 0, 3)}
    loss, grad = _core_gradient(net, x, t)
    assert fmt(loss) in s[14].text and "class blue" in s[14].text
    gW, gb = net.params_of(grad, 0)
    last = s[-1].text
    assert fmt(gW[3, 1]) in last and fmt(-0.03 * gW[3, 1]) in last and fmt(gb[3]) in last
    assert ("input", 1) in s[-1].highlight
    delta_h1 = s[-2]
    assert delta_h1.kind == "delta" and fmt(gb[3]) in delta_h1.text
    assert ("link", 1, 0, 3) in delta_h1.highlight        # the links out of the neuron


def test_softmax_step_shows_probabilities_summing_to_one():
    net, x, t = _net_and_sample("relu_prelu_softmax_cce")
    e = explain_sample(net, x, t, 0.1)
    s = steps(e, net.input_names, ("r", "g", "b"))
    soft = [st for st in s if st.kind == "softmax"]
    assert len(soft) == 1
    a = net.forward(x.reshape(1, -1))[0]
    assert soft[0].lines[-1] == "sum: " + " + ".join(fmt(v) for v in a) + " = 1.00"
    loss_step = next(st for st in s if st.kind == "loss")
    assert f"ln {fmt(a[1])}" in loss_step.text and "class g" in loss_step.text
    out_delta = next(st for st in s if st.kind == "delta")
    assert f"({fmt(a[0])} \u2212 0)" in out_delta.text


def test_long_sums_are_shortened_but_keep_the_result():
    net = Network([f"p{i}" for i in range(20)], [["relu"] * 2, ["sigmoid"]],
                  loss="binary_crossentropy", seed=0)
    x = np.linspace(-1, 1, 20)
    e = explain_sample(net, x, [0.0], 0.1)
    z_step = steps(e, net.input_names)[0]
    assert "\u2026" in z_step.text and "(all 20 products summed)" in z_step.text
    assert fmt(e.layers[0].z[0]) in z_step.text
    grad_step = steps(e, net.input_names)[-1]
    assert "14 more weights" in grad_step.text and "w₂₀ (from p19)" in grad_step.text


def test_mse_hidden_and_prelu_steps_show_their_numbers():
    net, x, t = _net_and_sample("two_hidden_mse_linear")
    e = explain_sample(net, x, t, 0.05)
    s = steps(e, net.input_names)
    out = e.output
    delta_out = next(st for st in s if st.kind == "delta")
    assert f"2({fmt(out.a[0])} \u2212 {fmt(t[0])}) / 1 = {fmt(out.dA[0])}" in delta_out.text
    prelu_grad = [st for st in s if st.kind == "gradient" and st.neuron == (0, 3)][0]
    assert "\u03b1: \u2202L/\u2202\u03b1" in prelu_grad.text
    if e.layers[0].z[3] <= 0:
        assert fmt(e.layers[0].dalpha[3]) in prelu_grad.text


def test_bad_shapes_are_refused():
    net = netfile.default_document().network
    with pytest.raises(ValueError, match="expected x"):
        explain_sample(net, [1.0, 2.0, 3.0], [1.0], 0.1)
