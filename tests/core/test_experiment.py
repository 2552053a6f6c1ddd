"""core.experiment: data from a document, feature transforms, normalisation, resuming."""

from __future__ import annotations

import numpy as np
import pytest

from core import datasets, features, netfile
from core.experiment import build_data, make_trainer, update_document
from core.netfile import Document, NetFileError
from core.netfile_validate import TRAINING_DEFAULTS
from core.network import Network


def document(inputs, data, layers=(("tanh",) * 3, ("sigmoid",)),
             loss="binary_crossentropy", **training) -> Document:
    net = Network(inputs, [list(layer) for layer in layers], loss=loss, seed=2)
    doc = Document(net, data, {**TRAINING_DEFAULTS, **training}, {"title": "", "notes": ""})
    return netfile.loads(netfile.dumps(doc))   # through the file, as the app sees it


def builtin(name, **kw):
    return {"source": "builtin", "name": name, "samples": 200, "noise": 0.0, "seed": 5, **kw}


def test_input_names_select_playground_transforms():
    inputs = ["x1", "x2", "x1*x2", "sin(x1)", "x2^2"]
    bundle = build_data(document(inputs, builtin("xor")))
    assert bundle.transform == tuple(inputs) and bundle.feature_names == tuple(inputs)
    raw = bundle.raw_train.X
    X = bundle.train[0]
    assert X.shape == (100, 5)
    assert np.array_equal(X, features.feature_map(raw, inputs))
    assert np.array_equal(X[:, 2], raw[:, 0] * raw[:, 1])
    assert np.array_equal(X[:, 3], np.sin(raw[:, 0]))
    assert np.array_equal(bundle.train[1], bundle.raw_train.y)


def test_plain_inputs_need_no_transform():
    bundle = build_data(document(["x1", "x2"], builtin("circle")))
    assert bundle.transform is None and bundle.mean is None
    assert np.array_equal(bundle.train[0], bundle.raw_train.X)
    full = datasets.make("circle", 200, 0.0, 5)
    train, _ = datasets.split(full, 0.5, TRAINING_DEFAULTS["seed"])
    assert np.array_equal(bundle.raw_train.X, train.X)   # split with training.seed


def test_normalisation_uses_training_statistics():
    doc = document(["temperature", "duration"], builtin("coffee", normalize=True))
    bundle = build_data(doc)
    raw_train, raw_test = bundle.raw_train.X, bundle.raw_test.X
    assert np.allclose(bundle.mean, raw_train.mean(axis=0))
    assert np.allclose(bundle.std, raw_train.std(axis=0))
    assert np.allclose(bundle.train[0].mean(axis=0), 0.0)
    assert np.allclose(bundle.train[0].std(axis=0), 1.0)
    assert np.array_equal(bundle.test[0], (raw_test - bundle.mean) / bundle.std)
    assert not np.allclose(bundle.test[0].mean(axis=0), 0.0, atol=1e-6)
    assert np.array_equal(bundle.inputs(raw_test), bundle.test[0])


def test_input_name_mismatch_names_both_lists():
    doc = document(["x1", "x2"], builtin("coffee"))
    with pytest.raises(NetFileError) as info:
        build_data(doc)
    assert info.value.field == "inputs"
    assert "['x1', 'x2']" in str(info.value) and "['temperature', 'duration']" in str(info.value)


def _write_csv(path):
    rng = np.random.default_rng(0)
    rows = ["a,b,label"] + [f"{a:.3f},{b:.3f},{int(a > b)}" for a, b in rng.normal(size=(40, 2))]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_csv_path_is_relative_to_the_network_file(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    _write_csv(tmp_path / "data" / "points.csv")
    doc = document(["a", "b"], {"source": "csv", "path": "data/points.csv", "normalize": True})
    netfile.save(doc, tmp_path / "net.nsnet")
    loaded = netfile.load(tmp_path / "net.nsnet")
    bundle = build_data(loaded, base_dir=tmp_path)
    assert bundle.problem == "classification" and bundle.n_classes == 2
    assert bundle.train[0].shape == (20, 2)
    monkeypatch.chdir(tmp_path / "data")      # not where the path is relative to
    with pytest.raises(NetFileError, match="^data.path: file not found"):
        build_data(loaded)
    trainer = make_trainer(loaded, base_dir=tmp_path)
    trainer.run_epoch()
    assert trainer.epoch == 1


def test_inline_data_with_transform():
    X = [[1.0, 2.0], [-1.0, 0.5], [0.3, -2.0], [2.0, 2.0]]
    doc = document(["x1", "x2", "x1*x2"], {"source": "inline", "X": X, "y": [1, 0, 0, 1]})
    bundle = build_data(doc)
    assert bundle.problem == "classification"
    assert np.array_equal(bundle.dataset.X, np.array(X))
    assert bundle.train[0].shape[1] == 3


def test_inline_regression():
    X = [[0.0], [1.0], [2.0], [3.0]]
    doc = document(["t"], {"source": "inline", "X": X, "y": [0.5, 1.5, 2.5, 3.5]},
                   layers=(("relu",) * 2, ("linear",)), loss="mse")
    bundle = build_data(doc)
    assert bundle.problem == "regression" and bundle.n_classes == 0
    make_trainer(doc).run_epoch()


def test_class_count_mismatch_names_the_data():
    doc = document(["x1", "x2"], builtin("blobs3"))
    with pytest.raises(NetFileError, match="^data.name: the data has 3 classes"):
        make_trainer(doc)


def test_regression_data_needs_mse():
    doc = document(["x1", "x2"], builtin("plane"))
    with pytest.raises(NetFileError, match="^loss:"):
        make_trainer(doc)


def test_trainer_works_on_a_copy_and_update_returns_a_new_document():
    doc = document(["x1", "x2"], builtin("xor"), optimizer="momentum", epoch=0)
    theta = doc.network.theta.copy()
    trainer = make_trainer(doc)
    trainer.run_epoch()
    trainer.evaluate()
    assert np.array_equal(doc.network.theta, theta)
    trainer.settings.learning_rate = 0.01      # changed during training: saved too
    new = update_document(doc, trainer)
    assert doc.training["epoch"] == 0 and doc.history is None and doc.state is None
    assert new.training["epoch"] == 1 and new.training["learning_rate"] == 0.01
    assert new.history["epoch"] == [1] and new.state["optimizer"]["name"] == "momentum"
    assert new.network is not trainer.net
    assert np.array_equal(new.network.theta, trainer.net.theta)


def test_epoch_without_state_starts_there():
    doc = document(["x1", "x2"], builtin("xor"), epoch=7)
    assert make_trainer(doc).epoch == 7


def test_bad_batch_index_is_reported():
    doc = document(["x1", "x2"], builtin("xor"))
    trainer = make_trainer(doc)
    trainer.step_batch()
    saved = update_document(doc, trainer)
    saved.state["batch_index"] = 10_000
    with pytest.raises(NetFileError, match="^state.batch_index"):
        make_trainer(netfile.loads(netfile.dumps(saved)))


def test_document_built_in_code_gets_defaults_and_checks():
    net = Network(["x1", "x2"], [["tanh"] * 2, ["sigmoid"]], loss="binary_crossentropy")
    doc = Document(net, {"source": "builtin", "name": "xor"}, {"learning_rate": 0.1}, {})
    trainer = make_trainer(doc)
    assert trainer.train.n == 250 and trainer.settings.learning_rate == 0.1
    doc.training["learning_rate"] = -1
    with pytest.raises(NetFileError, match="^training.learning_rate"):
        make_trainer(doc)


def test_one_sample_is_refused_naming_the_samples_field():
    doc = netfile.default_document()
    doc.data["samples"] = 1
    with pytest.raises(NetFileError) as info:
        build_data(doc)
    assert info.value.field == "data.samples" and "from 2 to" in info.value.problem
