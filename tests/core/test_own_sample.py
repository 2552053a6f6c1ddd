"""A typed sample (core.own_sample): read with a message naming the feature, and mapped to
network inputs exactly as the data bundle maps its own rows."""

import numpy as np
import pytest

from core import experiment, netfile, own_sample
from core.network import Network


@pytest.mark.parametrize("text, value", [("4", 4.0), (" 80 ", 80.0), ("1,5", 1.5),
                                         ("\u22122.5", -2.5), ("1e3", 1000.0)])
def test_numbers_are_read_as_people_type_them(text, value):
    assert own_sample.read_number("height_ft", text) == value


@pytest.mark.parametrize("text, problem", [
    ("", "height_ft: the field is empty"), ("   ", "height_ft: the field is empty"),
    ("four", "height_ft: \u201cfour\u201d is not a number"),
    ("nan", "height_ft: \u201cnan\u201d is not a finite number"),
    ("-inf", "height_ft: \u201c-inf\u201d is not a finite number"),
    ("1e300", "height_ft: 1e300 is too large")])
def test_bad_text_names_the_feature_and_the_problem(text, problem):
    with pytest.raises(own_sample.OwnSampleError) as caught:
        own_sample.read_number("height_ft", text)
    assert str(caught.value).startswith(problem)


def test_a_row_stops_at_the_first_bad_field():
    assert own_sample.read_row(("a", "b"), ("1", "2")).tolist() == [1.0, 2.0]
    with pytest.raises(own_sample.OwnSampleError, match="^b: "):
        own_sample.read_row(("a", "b"), ("1", "x"))


def _bundle(inputs, normalize):
    net = Network(inputs, [["tanh"] * 3, ["sigmoid"]], loss="binary_crossentropy", seed=1)
    data = {"source": "builtin", "name": "xor", "samples": 100, "noise": 0.0, "seed": 3,
            "normalize": normalize}
    doc = netfile.Document(net, data, {}, {})
    return experiment.build_data(doc)


@pytest.mark.parametrize("inputs", [["x1", "x2"], ["x1", "x2", "x1*x2", "sin(x1)"]])
@pytest.mark.parametrize("normalize", [False, True])
def test_typed_rows_go_through_the_bundles_transform_and_normalisation(inputs, normalize):
    bundle = _bundle(inputs, normalize)
    for i in (0, 7):
        np.testing.assert_allclose(
            own_sample.network_inputs(bundle, bundle.raw_train.X[i]), bundle.train[0][i],
            rtol=1e-12)
    note = own_sample.preparation_note(bundle, bundle.raw_train.X[0])
    if normalize:
        assert note.startswith("Normalised with the training data's mean and spread")
    elif len(inputs) > 2:
        assert note.startswith("The network's inputs are computed from these")
    else:
        assert note == ""


def _inline(n_features: int):
    names = [f"f{k}" for k in range(n_features)]
    X = np.random.default_rng(0).normal(size=(20, n_features)).round(3)
    net = Network(names, [["sigmoid"]], loss="binary_crossentropy", seed=1)
    data = {"source": "inline", "X": X.tolist(), "y": [k % 2 for k in range(20)]}
    return experiment.build_data(netfile.Document(net, data, {}, {}))


def test_typing_is_offered_up_to_eight_features():
    assert own_sample.MAX_FEATURES == 8
    assert own_sample.offered(_inline(8)) and not own_sample.offered(_inline(9))
    assert not own_sample.offered(None)
