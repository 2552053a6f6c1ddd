"""Training: optimizer maths, determinism, divergence, frozen neurons, resume."""

import numpy as np
import pytest

from core import losses, optimizers
from core.network import Network
from core.training import Settings, Trainer, TrainingError, train


def _xor(n=200, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, (n, 2))
    return X, (X[:, 0] * X[:, 1] > 0).astype(int)


def _trainer(opt="sgd", lr=0.1, bs=10, seed=1, acts=("tanh",) * 4, reg="none", rate=0.0):
    X, y = _xor()
    net = Network(["x1", "x2"], [list(acts), ["sigmoid"]], loss="binary_crossentropy",
                  seed=3)
    return Trainer(net, (X[:150], y[:150]), (X[150:], y[150:]),
                   Settings(optimizer=opt, learning_rate=lr, batch_size=bs, seed=seed,
                            regularization=reg, regularization_rate=rate))


def test_adam_matches_pytorch_formula_by_hand():
    theta = np.array([1.0, -2.0])
    opt = optimizers.make("adam", 2, 0.1)
    grads = [np.array([0.5, -1.0]), np.array([0.2, 0.3])]
    m = v = np.zeros(2)
    expected = theta.copy()
    for t, g in enumerate(grads, 1):
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        expected -= 0.1 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        opt.step(theta, g.copy())
    np.testing.assert_allclose(theta, expected, rtol=1e-14)


def test_momentum_and_mask():
    theta = np.array([1.0, 1.0])
    opt = optimizers.make("momentum", 2, 0.5, momentum=0.9)
    mask = np.array([1.0, 0.0])
    opt.step(theta, np.array([1.0, 1.0]), mask)
    opt.step(theta, np.array([1.0, 1.0]), mask)
    # v1 = 1, v2 = 0.9 + 1 = 1.9 ; w = 1 - 0.5 * (1 + 1.9)
    assert theta[0] == pytest.approx(1 - 0.5 * 2.9)
    assert theta[1] == 1.0          # frozen: velocity cannot move it either


def test_l2_and_l1_gradients_only_on_weights():
    theta = np.array([2.0, -3.0, 5.0])
    mask = np.array([1.0, 1.0, 0.0])   # the last is a bias
    g = np.zeros(3)
    optimizers.add_regularization(g, theta, mask, "l2", 0.1, np.zeros(3))
    np.testing.assert_allclose(g, [0.2, -0.3, 0.0])
    g = np.zeros(3)
    optimizers.add_regularization(g, theta, mask, "l1", 0.1, np.zeros(3))
    np.testing.assert_allclose(g, [0.1, -0.1, 0.0])
    assert optimizers.penalty(theta, mask, "l2", 0.1) == pytest.approx(0.5 * 0.1 * 13)


@pytest.mark.parametrize("opt", optimizers.NAMES)
def test_same_seed_same_weights_bit_for_bit(opt):
    a, b = _trainer(opt), _trainer(opt)
    for t in (a, b):
        for _ in train(t, 5):
            pass
    assert np.array_equal(a.net.theta, b.net.theta)
    c = _trainer(opt, seed=2)
    for _ in train(c, 5):
        pass
    assert not np.array_equal(a.net.theta, c.net.theta)   # the shuffle depends on the seed


@pytest.mark.parametrize("opt", optimizers.NAMES)
def test_resume_mid_epoch_is_exact(opt):
    whole = _trainer(opt)
    for _ in range(37):          # 2 epochs of 15 batches, and 7 more
        whole.step_batch()
    first = _trainer(opt)
    for _ in range(22):
        first.step_batch()
    state, theta = first.state(), first.net.theta.copy()
    second = _trainer(opt)
    second.net.theta[...] = theta
    second.set_state(state)
    for _ in range(15):
        second.step_batch()
    assert np.array_equal(whole.net.theta, second.net.theta)
    assert (second.epoch, second.batch_index) == (2, 7)


# Adam's step is at most about lr per weight: it blows up on huge inputs, not by its rate.
DATA_SCALE = {"sgd": 1e3, "momentum": 1e3, "adam": 1e160}


@pytest.mark.parametrize("opt", optimizers.NAMES)
@pytest.mark.parametrize("batch_size", [200, 16])
def test_divergence_restores_last_finite_weights(opt, batch_size):
    X, y = _xor()
    net = Network(["x1", "x2"], [["relu"] * 4, ["linear"]], loss="mse", seed=3)
    scale = DATA_SCALE[opt]
    t = Trainer(net, (X * scale, y * scale), None,
                Settings(optimizer=opt, learning_rate=100.0, batch_size=batch_size),
                problem="regression")
    snaps = list(train(t, 50))
    assert snaps[-1].stopped and "smaller learning rate" in snaps[-1].stopped
    assert len(snaps) < 50
    assert np.isfinite(net.theta).all()
    state = t.optimizer
    assert all(np.isfinite(getattr(state, k)).all() for k in state.STATE_KEYS)
    list(train(t, 1))          # training can go on from there (it diverges again, cleanly)


def test_frozen_neuron_is_not_updated():
    t = _trainer("adam", lr=0.05)
    net = t.net
    net.neurons_[0][1] = net.neurons_[0][1].__class__("tanh", frozen=True)
    net.rebuild(net.input_names, net.neurons_, net.all_params())
    before = net.params(0)
    for _ in train(t, 3):
        pass
    after = net.params(0)
    assert np.array_equal(before[0][1], after[0][1]) and before[1][1] == after[1][1]
    assert not np.array_equal(before[0][0], after[0][0])


def test_prelu_alpha_is_learned():
    t = _trainer("sgd", lr=0.3, acts=("prelu",) * 4)
    for _ in train(t, 5):
        pass
    alphas = [n.alpha for n in t.net.neurons(0)]
    assert any(abs(a - 0.25) > 1e-4 for a in alphas)


def test_report_every_skips_metrics_until_the_last():
    snaps = list(train(_trainer(), 5, report_every=3))
    assert [s.train_loss is not None for s in snaps] == [False, False, True, False, True]
    assert snaps[-1].test_accuracy is not None


def test_bad_settings_and_bad_combinations_are_refused():
    with pytest.raises(TrainingError, match="learning_rate"):
        _trainer(lr=-1)
    with pytest.raises(losses.LossError, match="sigmoid"):
        Network(["x"], [["tanh"]], loss="binary_crossentropy").check_loss()
    with pytest.raises(losses.LossError, match="at least 2"):
        Network(["x"], [["softmax"]], loss="categorical_crossentropy").check_loss()
    X, y = _xor()
    net = Network(["x1", "x2"], [["tanh"], ["sigmoid"]], loss="binary_crossentropy")
    with pytest.raises(TrainingError, match="3 classes"):
        Trainer(net, (X, y + (y > 0)), None, n_classes=3)


@pytest.mark.parametrize("field, value", [
    ("seed", -1), ("learning_rate", "0.1"), ("batch_size", 2.7), ("batch_size", True),
    ("momentum", float("nan")), ("momentum", 1.0), ("learning_rate", 0.0),
    ("regularization_rate", -0.1), ("optimizer", "rmsprop"), ("regularization", "l3")])
def test_every_bad_setting_is_named(field, value):
    with pytest.raises(TrainingError, match=f"^{field}: "):
        Settings(**{field: value}).check()


def test_a_network_too_large_for_memory_is_refused_before_allocating():
    import tracemalloc

    from core.training import MAX_WORK_BYTES, TrainingError

    net = Network(["x1", "x2"], [["tanh"] * 1024] * 3 + [["sigmoid"]], seed=0)
    n = MAX_WORK_BYTES // (4 * 8 * (3 * 1024 + 3)) + 1000      # just over the budget
    X = np.zeros((n, 2))
    y = np.zeros(n, dtype=int)
    tracemalloc.start()
    with pytest.raises(TrainingError, match="GB of memory"):
        Trainer(net, (X, y))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 50 * 2**20
    Trainer(net, (X[:1000], y[:1000]))            # the same network on less data is fine
