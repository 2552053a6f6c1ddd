"""The .nsnet file: exact round trips, the examples, and rejection of malformed files."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.fuzz_files import json_paths
from core import netfile
from core.experiment import make_trainer, update_document
from core.netfile import Document, NetFileError
from core.netfile_validate import TRAINING_DEFAULTS
from core.network import MAX_UNITS, Network, Neuron
from core.training import train

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def rich_document() -> Document:
    """Every kind of neuron, frozen ones, trained a little with Adam (so PReLU alphas and
    optimizer state are non-trivial), stopped mid-epoch, with unknown keys everywhere."""
    net = Network(["x1", "x2", "x1*x2"], [
        ["tanh", "prelu", "leaky_relu", "elu", Neuron("relu", frozen=True), "softplus",
         "silu", "gelu", "linear", Neuron("leaky_relu", alpha=0.2)],
        [Neuron("prelu", alpha=0.1, frozen=True), "sigmoid", "tanh"],
        ["sigmoid"]], loss="binary_crossentropy", seed=3)
    data = {"source": "builtin", "name": "xor", "samples": 60, "noise": 0.1, "seed": 2,
            "normalize": True, "x-note": "kept"}
    training = {**TRAINING_DEFAULTS, "optimizer": "adam", "learning_rate": 0.05,
                "batch_size": 7, "regularization": "l2", "regularization_rate": 0.001,
                "x-custom": [1, 2]}
    meta = {"title": "Rich", "notes": "Unicode: ünïcödé, 200 °C", "author": "me"}
    doc = Document(net, data, training, meta, view={"zoom": 1.5, "pos": [[0, 1], [2, 3]]},
                   extra={"x-future": {"a": [1, 2.5, None]}},
                   extra_layers=[{"label": "hidden"}, {}, {"label": "out"}],
                   extra_neurons=[[{"colour": "red"}], [], [{"note": "the output"}]])
    trainer = make_trainer(doc)
    list(train(trainer, 2))
    for _ in range(3):
        trainer.step_batch()
    return update_document(doc, trainer)


@pytest.fixture(scope="module")
def rich() -> Document:
    return rich_document()


@pytest.fixture(scope="module")
def rich_json(rich) -> dict:
    return json.loads(netfile.dumps(rich))


# -- round trips ---------------------------------------------------------------------------

def test_round_trip_is_exact(rich, tmp_path):
    path = tmp_path / "rich.nsnet"
    netfile.save(rich, path)
    back = netfile.load(path)
    a, b = rich.network, back.network
    assert a.theta.tobytes() == b.theta.tobytes()          # bit for bit, PReLU alphas too
    assert a.all_neurons() == b.all_neurons()
    assert any(n.activation == "prelu" and n.alpha != 0.25 for n in b.neurons(0))
    assert b.neurons(1)[0] == Neuron("prelu", alpha=0.1, frozen=True)
    assert (a.loss, a.input_names) == (b.loss, b.input_names)
    for key in ("data", "training", "history", "state", "meta", "view", "extra"):
        assert getattr(back, key) == getattr(rich, key), key
    assert back.extra_layers[0] == {"label": "hidden"}
    assert back.extra_neurons[0][0] == {"colour": "red"}
    assert back.extra_neurons[2][0] == {"note": "the output"}
    assert back.data["x-note"] == "kept" and back.training["x-custom"] == [1, 2]
    assert back.meta["author"] == "me"
    assert netfile.dumps(back) == path.read_text(encoding="utf-8")  # a re-save is identical


def test_loaded_network_predicts_the_same(rich):
    back = netfile.loads(netfile.dumps(rich))
    X = np.random.default_rng(0).normal(size=(20, 3))
    assert np.array_equal(rich.network.forward(X), back.network.forward(X))


def test_settings_and_defaults():
    text = json.dumps({"format": "neuron-studio-network", "version": 1, "inputs": ["x1", "x2"],
                       "layers": [{"neurons": [{"activation": "sigmoid", "weights": [1, 2],
                                                "bias": 0}]}],
                       "loss": "mse", "data": {"source": "builtin", "name": "xor"}})
    doc = netfile.loads(text)
    assert doc.training == TRAINING_DEFAULTS
    assert doc.meta == {"title": "", "notes": ""}
    assert doc.data == {"source": "builtin", "name": "xor", "samples": 500, "noise": 0.0,
                        "seed": 0}
    assert doc.settings().learning_rate == 0.03 and doc.settings().batch_size == 10
    assert doc.history is doc.state is doc.view is None


def test_default_document_is_the_circle():
    doc = netfile.default_document()
    assert doc.network.sizes == [4, 2, 1] and doc.network.loss == "binary_crossentropy"
    assert doc.data == {"source": "builtin", "name": "circle", "samples": 500, "noise": 0.0,
                        "seed": 7}
    s = doc.settings()
    assert (s.optimizer, s.learning_rate, s.batch_size, s.seed) == ("sgd", 0.03, 10, 1)
    assert doc.training["train_fraction"] == 0.5
    assert netfile.loads(netfile.dumps(doc)).network.theta.tobytes() == \
        doc.network.theta.tobytes()


def test_resume_is_bit_identical(tmp_path):
    """1 epoch + 7 batches, save, load, the rest == the same steps in one go."""
    doc = netfile.loads(netfile.dumps(rich_document()))
    straight = make_trainer(doc)
    for _ in range(12):
        straight.run_epoch()
    first = make_trainer(doc)
    first.run_epoch()
    for _ in range(7):
        first.step_batch()
    netfile.save(update_document(doc, first), tmp_path / "half.nsnet")
    second = make_trainer(netfile.load(tmp_path / "half.nsnet"))
    while second.epoch < straight.epoch:
        second.run_epoch()
    assert second.step_count == straight.step_count
    assert second.net.theta.tobytes() == straight.net.theta.tobytes()


def test_save_is_atomic_and_keeps_the_old_file(rich, tmp_path):
    path = tmp_path / "net.nsnet"
    netfile.save(rich, path)
    before = path.read_bytes()
    bad = copy.copy(rich)
    bad.training = {**rich.training, "learning_rate": -1.0}
    with pytest.raises(NetFileError, match="^training.learning_rate"):
        netfile.save(bad, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["net.nsnet"]   # no temporary left
    with pytest.raises(NetFileError, match="^file: cannot write"):
        netfile.save(rich, tmp_path / "no" / "such" / "folder.nsnet")


def test_load_missing_file_names_the_problem(tmp_path):
    with pytest.raises(NetFileError, match="^file: cannot read"):
        netfile.load(tmp_path / "missing.nsnet")


def test_error_carries_field_and_pickles():
    e = NetFileError("layers[0].bias", "expected a number, got null")
    assert str(e) == "layers[0].bias: expected a number, got null" and e.field == "layers[0].bias"
    again = pickle.loads(pickle.dumps(e))
    assert (again.field, again.problem) == (e.field, e.problem)


# -- the bundled examples ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["xor", "circle", "spiral", "blobs3", "coffee"])
def test_example_loads_and_trains(name):
    path = EXAMPLES / f"{name}.nsnet"
    doc = netfile.load(path)
    trainer = make_trainer(doc, base_dir=path.parent)
    snapshots = list(train(trainer, 2))
    assert trainer.epoch == 2 and snapshots[-1].train_loss is not None
    again = netfile.loads(netfile.dumps(update_document(doc, trainer)))
    assert again.training["epoch"] == 2 and len(again.history["epoch"]) == 2


def test_examples_are_the_documented_networks():
    spiral = netfile.load(EXAMPLES / "spiral.nsnet").network
    assert spiral.input_names == ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"]
    blobs = netfile.load(EXAMPLES / "blobs3.nsnet").network
    assert blobs.activations(-1) == ["softmax"] * 3 and blobs.loss == "categorical_crossentropy"
    coffee = netfile.load(EXAMPLES / "coffee.nsnet")
    assert coffee.network.activations(0) == ["sigmoid"] * 3 and coffee.data["normalize"]


def test_documented_example_loads_and_resumes():
    doc_md = (EXAMPLES.parents[1] / "docs" / "file-format.md").read_text(encoding="utf-8")
    text = doc_md.split("```json\n", 1)[1].split("```", 1)[0]
    doc = netfile.loads(text)
    assert len(doc.state["optimizer"]["velocity"]) == len(doc.network.canonical_index()) == 10
    assert doc.extra == {"x-lesson": {"step": 3}}
    assert doc.extra_neurons[0][0] == {"x-label": "edge detector"}
    assert make_trainer(doc).epoch == 1
    assert netfile.dumps(doc) == text


# -- malformed files -----------------------------------------------------------------------

def _neuron0(d):
    return d["layers"][0]["neurons"][0]


def _text_with_first_weight(token):
    def mutate(d):
        _neuron0(d)["weights"][0] = 12345.678
        return json.dumps(d).replace("12345.678", token, 1)
    return mutate


def _set(path, value):
    def mutate(d):
        *parents, last = path
        for key in parents:
            d = d[key]
        d[last] = value(d[last]) if callable(value) else value
    return mutate


def _drop(path):
    def mutate(d):
        *parents, last = path
        for key in parents:
            d = d[key]
        del d[last]
    return mutate


def _deep(_):
    return "[" * 10000 + "]" * 10000


def _duplicate_key(d):
    return json.dumps(d).replace('"bias": ', '"bias": 1, "bias": ', 1)


def _bad_utf8(d):
    return json.dumps(d).encode().replace(b'"Rich"', b'"Ri\xffch"')


MALFORMED = [
    ("weights count", _set(["layers", 0, "neurons", 0, "weights"], lambda w: w[:-1]),
     "layers[0].neurons[0].weights: expected 3 numbers, got 2"),
    ("weights not a list", _set(["layers", 0, "neurons", 0, "weights"], 1.0),
     "layers[0].neurons[0].weights"),
    ("weight is a string", _set(["layers", 0, "neurons", 0, "weights", 0], "0.5"),
     "layers[0].neurons[0].weights[0]: expected a number"),
    ("weight is true", _set(["layers", 0, "neurons", 0, "weights", 1], True),
     "layers[0].neurons[0].weights[1]: expected a number, got true"),
    ("NaN", _text_with_first_weight("NaN"), "layers[0].neurons[0].weights[0]"),
    ("Infinity", _text_with_first_weight("-Infinity"), "layers[0].neurons[0].weights[0]"),
    ("1e400", _text_with_first_weight("1e400"), "layers[0].neurons[0].weights[0]"),
    ("unknown activation", _set(["layers", 1, "neurons", 2, "activation"], "swishy"),
     "layers[1].neurons[2].activation: unknown activation 'swishy'"),
    ("missing bias", _drop(["layers", 0, "neurons", 0, "bias"]),
     "layers[0].neurons[0].bias: missing"),
    ("bias null", _set(["layers", 0, "neurons", 0, "bias"], None),
     "layers[0].neurons[0].bias: expected a number, got null"),
    ("alpha on tanh", _set(["layers", 0, "neurons", 0, "alpha"], 0.1),
     "layers[0].neurons[0].alpha"),
    ("frozen not bool", _set(["layers", 0, "neurons", 0, "frozen"], 1),
     "layers[0].neurons[0].frozen"),
    ("layers empty", _set(["layers"], []), "layers: expected 1 to 32"),
    ("too many layers", _set(["layers"], lambda ls: ls * 11), "layers: expected 1 to 32"),
    ("neurons empty", _set(["layers", 2, "neurons"], []), "layers[2].neurons"),
    ("too many units", _set(["layers", 0, "neurons"], lambda ns: ns[:1] * (MAX_UNITS + 1)),
     f"layers[0].neurons: expected 1 to {MAX_UNITS} neurons, got {MAX_UNITS + 1}"),
    ("layer not object", _set(["layers", 1], [1, 2]), "layers[1]: expected an object"),
    ("newer version", _set(["version"], 2),
     "version: this file was written by a newer Neuron Studio (version 2); this version "
     "reads version 1"),
    ("version huge", _set(["version"], 10**50),
     "version: this file was written by a newer Neuron Studio (version 1000"),
    ("version 0", _set(["version"], 0), "version: expected 1, got 0"),
    ("version true", _set(["version"], True), "version: expected a whole number"),
    ("wrong format", _set(["format"], "keras"), "format: expected 'neuron-studio-network'"),
    ("missing format", _drop(["format"]), "format: missing"),
    ("loss does not fit", _set(["layers", 2, "neurons", 0, "activation"], "tanh"),
     "loss: binary cross-entropy needs sigmoid"),
    ("unknown loss", _set(["loss"], "hinge"), "loss: unknown loss 'hinge'"),
    ("missing loss", _drop(["loss"]), "loss: missing"),
    ("inputs duplicated", _set(["inputs", 1], "x1"), "inputs[1]: 'x1' appears twice"),
    ("inputs not a list", _set(["inputs"], "x1,x2"), "inputs: expected a list"),
    ("input name empty", _set(["inputs", 0], ""), "inputs[0]: must not be empty"),
    ("data source unknown", _set(["data", "source"], "web"), "data.source: unknown 'web'"),
    ("builtin name unknown", _set(["data", "name"], "mnist"), "data.name: unknown 'mnist'"),
    ("curve unknown", _set(["data", "name"], "above_tan"),
     "data.name: unknown 'above_tan'; expected one of: circle"),
    ("curve as an object", _set(["data", "name"], {"function": "sine"}),
     "data.name: expected a string, got an object"),
    ("curve as regression", _set(["data"], {"source": "builtin", "name": "above_sine",
                                            "problem": "regression"}),
     "data.problem: the built-in data set 'above_sine' is a classification problem"),
    ("samples negative", _set(["data", "samples"], -5), "data.samples"),
    ("samples huge", _set(["data", "samples"], 10**12), "data.samples"),
    ("noise too high", _set(["data", "noise"], 0.9), "data.noise"),
    ("problem mismatch", _set(["data", "problem"], "regression"), "data.problem"),
    ("normalize not bool", _set(["data", "normalize"], "yes"), "data.normalize"),
    ("inline ragged", _set(["data"], {"source": "inline", "X": [[1, 2], [3]], "y": [0, 1]}),
     "data.X[1]"),
    ("inline y length", _set(["data"], {"source": "inline", "X": [[1, 2], [3, 4]], "y": [0]}),
     "data.y"),
    ("inline width", _set(["data"], {"source": "inline", "X": [[1, 2, 3, 4]] * 2,
                                     "y": [0, 1]}), "data.X"),
    ("inline columns", _set(["data"], {"source": "inline", "X": [[1, 2, 3]] * 2, "y": [0, 1],
                                       "features": ["a", "b", "c"]}),
     "data.features: the columns ['a', 'b', 'c'] do not match"),
    ("csv without path", _set(["data"], {"source": "csv"}), "data.path: missing"),
    ("batch_size 0", _set(["training", "batch_size"], 0), "training.batch_size"),
    ("learning_rate negative", _set(["training", "learning_rate"], -0.1),
     "training.learning_rate: must be a number in (0, 100]"),
    ("train_fraction 1.5", _set(["training", "train_fraction"], 1.5),
     "training.train_fraction"),
    ("optimizer unknown", _set(["training", "optimizer"], "lbfgs"), "training.optimizer"),
    ("seed negative", _set(["training", "seed"], -1), "training.seed"),
    ("training not object", _set(["training"], [1]), "training: expected an object"),
    ("state vector length", _set(["state", "optimizer", "m"], lambda m: m + [0.0]),
     "state.optimizer.m: expected"),
    ("adam v negative", _set(["state", "optimizer", "v", 0], -1.0), "state.optimizer.v[0]"),
    ("state epoch mismatch", _set(["state", "epoch"], 99), "state.epoch"),
    ("rng broken", _set(["state", "rng", "state", "inc"], "x"), "state.rng.state.inc"),
    ("history unequal", _set(["history", "test_loss"], lambda h: h[:-1]),
     "history.test_loss: expected 2 entries"),
    ("history string", _set(["history", "train_loss", 0], "low"), "history.train_loss[0]"),
    ("meta not object", _set(["meta"], "hello"), "meta: expected an object"),
    ("title not text", _set(["meta", "title"], 3), "meta.title"),
    ("view a list", _set(["view"], [1, 2]), "view: expected an object"),
    ("lone surrogate", lambda d: json.dumps(d).replace('"Rich"', '"\\ud800"'), "meta.title"),
    ("deep nesting", _deep, "file: nested more than"),
    ("duplicate keys", _duplicate_key, "file: the key 'bias' appears twice"),
    ("top is a list", lambda d: json.dumps([d]), "file: expected an object"),
    ("invalid UTF-8", _bad_utf8, "file: not UTF-8"),
    ("empty file", lambda d: b"", "file: the file is empty"),
    ("not JSON", lambda d: json.dumps(d)[:-5], "file: not valid JSON"),
    ("huge integer", lambda d: json.dumps(d).replace('"version": 1', '"version": ' + "9" * 5000),
     "file: not valid JSON: a number has too many digits"),
]


@pytest.mark.parametrize("mutate,expected", [c[1:] for c in MALFORMED],
                         ids=[c[0] for c in MALFORMED])
def test_malformed_file_is_rejected(rich_json, mutate, expected):
    d = copy.deepcopy(rich_json)
    raw = mutate(d)
    with pytest.raises(NetFileError) as info:
        netfile.loads(json.dumps(d) if raw is None else raw)
    assert str(info.value).startswith(expected), str(info.value)
    assert str(info.value).startswith(info.value.field + ": ")


def test_more_than_twenty_malformed_cases():
    assert len(MALFORMED) >= 20


# -- fuzzing -------------------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=4),
    max_leaves=12)


def _loads_or_rejects(text) -> None:
    try:
        doc = netfile.loads(text)
    except NetFileError:
        return
    netfile.loads(netfile.dumps(doc))   # whatever loads can be saved and loaded again


@settings(max_examples=200, deadline=None)
@given(JSON)
def test_any_json_value_is_rejected_cleanly(value):
    _loads_or_rejects(json.dumps(value))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=64) | st.text(max_size=64))
def test_any_bytes_are_rejected_cleanly(data):
    _loads_or_rejects(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_document_loads_or_is_rejected_cleanly(rich_text, data):
    d = json.loads(rich_text)
    paths = [p for p in json_paths(d) if p]
    path = data.draw(st.sampled_from(paths))
    target = d
    for key in path[:-1]:
        target = target[key]
    if data.draw(st.booleans()):
        target[path[-1]] = data.draw(JSON)
    elif isinstance(target, dict):
        del target[path[-1]]
    else:
        target.pop(path[-1])
    _loads_or_rejects(json.dumps(d))


@pytest.fixture(scope="module")
def rich_text(rich) -> str:
    return netfile.dumps(rich)


@pytest.mark.parametrize("field,value", [("inputs", ["<img src='/dev/zero'>", "x2"]),
                                         ("inputs", ["x1", "a>b"])])
def test_names_that_would_be_markup_are_refused(rich_json, field, value):
    d = copy.deepcopy(rich_json)
    d[field] = value + d[field][2:]
    with pytest.raises(NetFileError, match="cannot contain < or >") as info:
        netfile.loads(json.dumps(d))
    assert info.value.field.startswith("inputs[")
