"""Full-batch training gives the same weights as PyTorch (float64), to ~1e-9.

Skipped where torch is not installed (.ci/run installs the CPU wheel when it can).
"""

import numpy as np
import pytest

from core.network import Network
from core.training import Settings, Trainer

torch = pytest.importorskip("torch")
F = torch.nn.functional

TORCH_FN = {
    "linear": lambda z, a: z, "sigmoid": lambda z, a: torch.sigmoid(z),
    "tanh": lambda z, a: torch.tanh(z), "relu": lambda z, a: F.relu(z),
    "leaky_relu": lambda z, a: F.leaky_relu(z, a), "prelu": lambda z, a: F.prelu(z, a),
    "elu": lambda z, a: F.elu(z, a), "softplus": lambda z, a: F.softplus(z),
    "silu": lambda z, a: F.silu(z), "gelu": lambda z, a: F.gelu(z, approximate="tanh"),
}


def _torch_forward(params, alphas, neurons, x):
    """Per-neuron reference: one column per neuron, softmax over the layer's softmax ones."""
    a = x
    for (W, b), al, layer in zip(params, alphas, neurons):
        z = a @ W.T + b
        cols = [None] * len(layer)
        soft = [i for i, n in enumerate(layer) if n.activation == "softmax"]
        if soft:
            s = torch.softmax(z[:, soft], dim=1)
            for k, i in enumerate(soft):
                cols[i] = s[:, k]
        for i, n in enumerate(layer):
            if n.activation != "softmax":
                alpha = al[i] if n.activation == "prelu" else n.alpha
                cols[i] = TORCH_FN[n.activation](z[:, i:i + 1], alpha)[:, 0]
        a = torch.stack(cols, dim=1)
    return a


def _torch_loss(loss, out_z_net, T):
    out = out_z_net
    if loss == "mse":
        return F.mse_loss(out, T)
    if loss == "binary_crossentropy":
        return F.binary_cross_entropy(out, T)
    return -(T * torch.log(out)).sum(dim=1).mean()


CASES = [
    ("binary_crossentropy", [["tanh"] * 4, ["tanh"] * 2, ["sigmoid"]], "sgd"),
    ("mse", [["relu", "prelu", "leaky_relu", "elu", "softplus", "silu", "gelu", "linear"],
             ["tanh", "sigmoid", "prelu"], ["linear"]], "sgd"),
    ("categorical_crossentropy", [["tanh", "relu", "softmax", "softmax"],
                                  ["softmax"] * 3], "momentum"),
    ("binary_crossentropy", [["prelu", "tanh", "relu"], ["sigmoid"]], "adam"),
]


@pytest.mark.parametrize("loss, layers, opt", CASES)
def test_full_batch_training_matches_pytorch(loss, layers, opt):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(64, 2))
    k = len(layers[-1])
    if loss == "categorical_crossentropy":
        y = rng.integers(0, k, 64)
        problem, n_classes = "classification", k
    elif loss == "mse":
        y = np.sin(X[:, 0]) + X[:, 1] ** 2
        problem, n_classes = "regression", 0
    else:
        y = (X[:, 0] * X[:, 1] > 0).astype(int)
        problem, n_classes = "classification", 2
    net = Network(["a", "b"], layers, loss=loss, seed=5)
    neurons = net.all_neurons()
    lr, steps = 0.05, 30
    settings = Settings(optimizer=opt, learning_rate=lr, batch_size=64)
    trainer = Trainer(net, (X, y), None, settings, problem=problem, n_classes=n_classes)

    tparams = [tuple(torch.tensor(p, dtype=torch.float64, requires_grad=True) for p in pair)
               for pair in net.all_params()]
    talphas = [{i: torch.tensor([n.alpha], dtype=torch.float64, requires_grad=True)
                for i, n in enumerate(layer) if n.activation == "prelu"} for layer in neurons]
    flat = [p for pair in tparams for p in pair] + [a for d in talphas for a in d.values()]
    optim = {"sgd": lambda: torch.optim.SGD(flat, lr=lr),
             "momentum": lambda: torch.optim.SGD(flat, lr=lr, momentum=0.9),
             "adam": lambda: torch.optim.Adam(flat, lr=lr)}[opt]()
    tx = torch.tensor(X)
    T = torch.tensor(trainer.train.T[np.argsort(net.layers_[-1].perm)].T.copy())
    for _ in range(steps):
        optim.zero_grad()
        _torch_loss(loss, _torch_forward(tparams, talphas, neurons, tx), T).backward()
        optim.step()
        trainer.step_batch()

    for li, (W, b) in enumerate(net.all_params()):
        np.testing.assert_allclose(W, tparams[li][0].detach().numpy(), rtol=0, atol=1e-9)
        np.testing.assert_allclose(b, tparams[li][1].detach().numpy(), rtol=0, atol=1e-9)
        for i, a in talphas[li].items():
            assert net.neurons(li)[i].alpha == pytest.approx(a.item(), abs=1e-9)
    assert not np.allclose(net.all_params()[0][0], Network(["a", "b"], layers, loss=loss,
                                                          seed=5).all_params()[0][0])
