"""The exported NumPy and PyTorch scripts rebuild the network: their outputs equal core's
(to 1e-12), they run standalone, and hostile text from a file never becomes code.

The PyTorch checks skip where torch is not installed (.ci/run installs the CPU wheel)."""

import csv
import importlib.util
import itertools
import subprocess
import sys

import numpy as np
import pytest

from core import experiment, losses, netfile, optimizers
from core.export import ExportError, numpy_script, pytorch_script, write_script
from core.netfile import Document
from core.netfile_validate import TRAINING_DEFAULTS
from core.network import Network, Neuron
from core.training import encode_targets

EXAMPLES = netfile.__file__.replace("core/netfile.py", "resources/examples")
_names = itertools.count()


def _doc(inputs, layers, loss, data, seed=3, scale=1.0, title="Test", **training):
    net = Network(inputs, layers, loss=loss, seed=seed)
    rng = np.random.default_rng(seed)
    for li in range(len(net.sizes)):      # non-zero biases, and large weights when asked
        W, b = net.params(li)
        for u in range(len(b)):
            net.set_bias(li, u, rng.normal(0.0, 0.5))
            for k in range(W.shape[1]):
                net.set_weight(li, u, k, W[u, k] * scale)
    return Document(net, data, {**TRAINING_DEFAULTS, **training}, {"title": title})


def _builtin(name, samples=200, **extra):
    return {"source": "builtin", "name": name, "samples": samples, "noise": 0.1, "seed": 2,
            **extra}


def _mixed():
    hidden = ["relu", Neuron("prelu", alpha=0.13), Neuron("leaky_relu", alpha=0.2),
              Neuron("elu", alpha=0.7), "softplus", "silu", "gelu", "linear",
              Neuron("tanh", frozen=True), "sigmoid"]
    second = ["tanh", Neuron("prelu", alpha=-0.4, frozen=True), "softmax", "sigmoid", "softmax",
              Neuron("elu", alpha=1.5), "softmax"]
    # scale 6: many z beyond +-20, where softplus, sigmoid and tanh saturate
    return _doc(["x1", "x2"], [hidden, second, ["linear"]], "mse", _builtin("xor"),
                scale=6.0, optimizer="adam", regularization="l2",
                regularization_rate=0.01, learning_rate=0.01)


def _softmax_output():
    return _doc(["x1", "x2"], [["tanh", "gelu", "relu"], ["softmax"] * 3],
                "categorical_crossentropy", _builtin("blobs3"), optimizer="momentum",
                regularization="l1", regularization_rate=0.003, learning_rate=0.1)


def _transforms_normalized():
    return _doc(["x1", "x2", "x1*x2", "sin(x1)", "x2^2", "sin(x2)", "x1^2"],
                [["tanh", "silu", "prelu"], ["sigmoid"]], "binary_crossentropy",
                _builtin("circle", normalize=True))


def _trained_coffee():
    doc = netfile.load(f"{EXAMPLES}/coffee.nsnet")
    trainer = experiment.make_trainer(doc)
    for _ in range(300):
        trainer.step_batch()
    return experiment.update_document(doc, trainer)


def _spiral():
    return netfile.load(f"{EXAMPLES}/spiral.nsnet")


CASES = {"mixed": _mixed, "softmax": _softmax_output, "transforms": _transforms_normalized,
         "coffee": _trained_coffee, "spiral": _spiral}


def _import(text, tmp_path):
    path = tmp_path / f"exported_{next(_names)}.py"
    write_script(text, path)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _raw_inputs(bundle):
    """The data's rows plus rows far outside it (saturation, softplus beyond 20)."""
    X = bundle.dataset.X
    rng = np.random.default_rng(0)
    far = X.mean(axis=0) + 8.0 * X.std(axis=0) * rng.normal(size=(40, X.shape[1]))
    return np.vstack([X, far])


@pytest.mark.parametrize("case", CASES)
def test_numpy_script_reproduces_core(case, tmp_path):
    doc = CASES[case]()
    bundle = experiment.build_data(doc)
    module = _import(numpy_script(doc, bundle), tmp_path)
    X_raw = _raw_inputs(bundle)
    expected = doc.network.forward(bundle.inputs(X_raw))
    np.testing.assert_allclose(module.predict(X_raw), expected, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(module.forward(bundle.inputs(X_raw)), expected, rtol=1e-12,
                               atol=1e-12)
    assert module.prepare(X_raw) == pytest.approx(bundle.inputs(X_raw), rel=1e-15, abs=1e-15)
    # the embedded examples are the data's first rows
    assert np.array_equal(np.array(module.EXAMPLES), bundle.dataset.X[:5])


def test_bundle_is_built_when_not_given():
    doc = _transforms_normalized()
    assert numpy_script(doc) == numpy_script(doc, experiment.build_data(doc))


def _run(script_path, *args, cwd):
    return subprocess.run([sys.executable, str(script_path), *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def _printed_outputs(stdout):
    rows = [line.split("->")[1] for line in stdout.splitlines() if "->" in line and
            not line.endswith("-> outputs")]
    return np.array([[float(v) for v in r.split(",")] for r in rows])


def test_numpy_script_runs_on_examples_and_on_a_csv(tmp_path):
    doc = _trained_coffee()
    bundle = experiment.build_data(doc)
    path = tmp_path / "coffee_numpy.py"
    write_script(numpy_script(doc, bundle, file_name=path.name), path)
    done = _run(path, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    expected = doc.network.forward(bundle.inputs(bundle.dataset.X[:5]))
    np.testing.assert_allclose(_printed_outputs(done.stdout), expected, atol=1e-6)
    assert "python coffee_numpy.py data.csv" in path.read_text()
    # a CSV with a header, an extra target column first and the features swapped
    rows = bundle.dataset.X[10:17]
    with open(tmp_path / "data.csv", "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["good", "duration", "temperature"])
        out.writerows([[1, d, t] for t, d in rows])
    done = _run(path, "data.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    np.testing.assert_allclose(_printed_outputs(done.stdout),
                               doc.network.forward(bundle.inputs(rows)), atol=1e-6)
    (tmp_path / "bad.csv").write_text("temperature,duration\n200,abc\n")
    done = _run(path, "bad.csv", cwd=tmp_path)
    assert done.returncode == 2 and "row 2" in done.stderr and "Traceback" not in done.stderr


HOSTILE = ('Evil """ \'\'\' title\n__import__("pathlib").Path("PWNED").touch()\r\n'
           '# \\ \x00 \u2028 \x85 end"')


def _hostile_doc():
    names = ['a"""\n__import__("pathlib").Path("PWNED").touch()#', "b'\\\n"]
    data = {"source": "inline", "X": [[0.5, -1.0], [1.5, 2.0], [-0.3, 0.1]],
            "y": [0, 1, 0], "features": names}
    net = Network(names, [["tanh", "prelu"], ["sigmoid"]], loss="binary_crossentropy",
                  seed=4)
    return Document(net, data, dict(TRAINING_DEFAULTS), {"title": HOSTILE})


@pytest.mark.parametrize("make", [numpy_script, pytorch_script])
def test_hostile_title_and_names_stay_text(make, tmp_path):
    doc = _hostile_doc()
    text = make(doc)
    compile(text, "exported.py", "exec")
    assert HOSTILE not in text and repr(HOSTILE) in text
    code_lines = [line for line in text.splitlines() if "PWNED" in line]
    assert code_lines and all("'" in line.split("PWNED")[0] for line in code_lines)
    if make is numpy_script or importlib.util.find_spec("torch"):  # the payload must not run
        path = tmp_path / "hostile.py"
        write_script(text, path)
        done = _run(path, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert not (tmp_path / "PWNED").exists()
        assert "Evil" in done.stdout


def test_unknown_names_are_refused_not_pasted():
    doc = _mixed()
    doc.network.loss = "mse; import os"
    with pytest.raises(ExportError, match="loss"):
        pytorch_script(doc)
    doc = _mixed()
    bundle = experiment.build_data(doc)      # (build_data itself refuses the optimizer)
    doc.training["optimizer"] = "sgd\nimport os"
    with pytest.raises(ExportError, match="optimizer"):
        pytorch_script(doc, bundle)


def test_non_finite_weights_are_valid_python(tmp_path):
    doc = _softmax_output()
    doc.network.set_weight(0, 0, 0, np.nan)
    doc.network.set_weight(0, 1, 0, np.inf)
    doc.network.set_weight(0, 2, 1, -np.inf)
    module = _import(numpy_script(doc), tmp_path)
    assert np.isnan(module.W1[0][0]) and module.W1[1][0] == np.inf
    assert module.W1[2][1] == -np.inf


def test_write_script_is_atomic_and_reports_missing_folders(tmp_path):
    path = tmp_path / "net.py"
    path.write_text("old")
    write_script("new = 1\n", path)
    assert path.read_text() == "new = 1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["net.py"]     # no temporary left
    with pytest.raises(OSError):
        write_script("x = 1\n", tmp_path / "missing" / "net.py")


# -- PyTorch -------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES)
def test_pytorch_script_reproduces_core(case, tmp_path):
    torch = pytest.importorskip("torch")
    doc = CASES[case]()
    bundle = experiment.build_data(doc)
    module = _import(pytorch_script(doc, bundle), tmp_path)
    model = module.Network()
    X_raw = _raw_inputs(bundle)
    out = module.predict(model, X_raw)
    assert out.dtype == torch.float64
    expected = doc.network.forward(bundle.inputs(X_raw))
    np.testing.assert_allclose(out.numpy(), expected, rtol=1e-12, atol=1e-12)
    # the loss the script trains with is core's loss, computed from the same z
    net, (X, y) = doc.network, bundle.train
    T = encode_targets(net, y, bundle.problem, bundle.n_classes)
    Z, A = net.forward_internal(np.ascontiguousarray(X.T))
    expected_loss = losses.value(net.loss, Z, A, net.targets_internal(T))
    with torch.no_grad():
        loss = module.loss_function(model, torch.tensor(X), torch.tensor(T))
        penalty = module.penalty(model)
    assert float(loss) == pytest.approx(expected_loss, rel=1e-12, abs=1e-12)
    s = doc.settings()
    expected_penalty = optimizers.penalty(net.theta, net.reg_mask, s.regularization,
                                          s.regularization_rate)
    assert float(penalty) == pytest.approx(expected_penalty, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("case", ["mixed", "softmax", "transforms"])
def test_pytorch_training_step_matches_core(case, tmp_path):
    """A full-batch epoch is one step: the script's optimizer, regularization and frozen
    neurons then give core's weights."""
    pytest.importorskip("torch")
    doc = CASES[case]()
    doc.training["batch_size"] = 1000
    bundle = experiment.build_data(doc)
    module = _import(pytorch_script(doc, bundle), tmp_path)
    model = module.Network()
    trainer = experiment.make_trainer(doc, bundle=bundle)
    for _ in range(2):
        assert trainer.step_batch() is None
    T = encode_targets(trainer.net, bundle.train[1], bundle.problem, bundle.n_classes)
    history = module.train(model, bundle.raw_train.X, T, epochs=2)
    assert len(history) == 2 and np.isfinite(history).all()
    net = trainer.net
    for li, linear in enumerate(model.linears):
        W, b = net.params(li)
        np.testing.assert_allclose(linear.weight.detach().numpy(), W, rtol=0, atol=1e-10)
        np.testing.assert_allclose(linear.bias.detach().numpy(), b, rtol=0, atol=1e-10)
        slopes = [n.alpha for n in net.neurons(li) if n.activation == "prelu"]
        np.testing.assert_allclose(model.prelu_alphas[li].detach().numpy(), slopes,
                                   rtol=0, atol=1e-10)
    frozen = doc.network.params(0)
    if case == "mixed":   # frozen: neuron 8 of layer 0, the PReLU of layer 1 and its slope
        np.testing.assert_array_equal(model.linears[0].weight.detach().numpy()[8],
                                      frozen[0][8])
        np.testing.assert_array_equal(model.linears[1].weight.detach().numpy()[1],
                                      doc.network.params(1)[0][1])
        assert model.prelu_alphas[1].item() == -0.4
    assert not np.allclose(net.params(0)[0], frozen[0])
