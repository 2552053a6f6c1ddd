"""Drawn data (core.drawn): the file keeps it exactly, it is split like any data, and a
drawing that one straight boundary (or two) cannot separate needs more hidden neurons."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core import drawn, netfile
from core.experiment import Experiment, build_data
from core.netfile import NetFileError
from core.network import Network
from core.training import train


def _doc(data, hidden=(4,), seed=0):
    layers = [["tanh"] * h for h in hidden] + [["sigmoid"]]
    net = Network(["x1", "x2"], layers, loss="binary_crossentropy", seed=seed)
    doc = netfile.default_document()
    doc.network, doc.data = net, data
    return doc


def _sprayed(data, centres):
    """Spray each (centre, class) as the Map's spray can does; the drawing with them."""
    X, y = drawn.points(data)
    for centre, k in centres:
        for _ in range(2):
            P = drawn.spray(centre, drawn.extent_of(data), drawn.spray_rng(len(X)))
            X, y = np.vstack([X, P]), np.concatenate([y, [k] * len(P)])
    return drawn.with_points(data, X, y)


def ring_drawing() -> dict:
    """A blob of class 1 inside a ring of class 0: closed, so no band of two lines
    holds the blob without a part of the ring."""
    blob = [((0.8 * i, 0.8 * j), 1) for i in (-1, 0, 1) for j in (-1, 0, 1)]
    ring = [((4.5 * math.cos(a * math.pi / 8), 4.5 * math.sin(a * math.pi / 8)), 0)
            for a in range(16)]
    return _sprayed(drawn.new_drawing(), blob + ring)


def test_an_empty_drawing_loads_and_says_what_it_needs():
    doc = netfile.loads(netfile.dumps(_doc(drawn.new_drawing())))
    assert drawn.is_drawing(doc.data) and doc.data["X"] == [] and doc.data["y"] == []
    with pytest.raises(NetFileError, match="draw at least 2 points.*has 0") as e:
        build_data(doc)
    assert e.value.field == "data.X"


def test_drawn_points_survive_the_file_exactly_and_are_split():
    data = ring_drawing()
    doc = netfile.loads(netfile.dumps(_doc(data)))
    assert doc.data == data
    X, y = drawn.points(doc.data)
    bundle = build_data(doc)
    assert len(bundle.raw_train.X) + len(bundle.raw_test.X) == len(X) == 250
    assert bundle.n_classes == 2 and bundle.problem == "classification"
    together = np.vstack([bundle.raw_train.X, bundle.raw_test.X])
    assert sorted(map(tuple, together)) == sorted(map(tuple, X))


def test_a_drawing_must_have_two_columns_and_a_sane_plane():
    bad = {**drawn.new_drawing(), "X": [[1.0, 2.0, 3.0]], "y": [0]}
    with pytest.raises(NetFileError, match="data.X: a drawing has 2 numbers"):
        netfile.loads(netfile.dumps(_doc(bad)))
    flipped = {**drawn.new_drawing(), "extent": [6, -6, -6, 6]}
    with pytest.raises(NetFileError, match="data.extent: needs xmin < xmax"):
        netfile.loads(netfile.dumps(_doc(flipped)))


def test_regression_values_stay_values():
    data = drawn.with_points(drawn.new_drawing("regression"), [[0, 0], [1, 1], [2, 2]],
                             [1.0, 2.0, -0.5])
    doc = netfile.loads(netfile.dumps(_doc(data)))
    bundle = build_data(doc)
    assert bundle.problem == "regression"
    assert sorted(np.concatenate([bundle.train[1], bundle.test[1]])) == [-0.5, 1.0, 2.0]


def test_spray_is_seeded_inside_the_plane_and_the_eraser_takes_what_it_covers():
    a = drawn.spray((5.9, 0), drawn.EXTENT, drawn.spray_rng(3))
    b = drawn.spray((5.9, 0), drawn.EXTENT, drawn.spray_rng(3))
    assert np.array_equal(a, b) and a.shape == (drawn.SPRAY_COUNT, 2)
    assert a[:, 0].max() <= 6.0 and not np.array_equal(a, drawn.spray(
        (5.9, 0), drawn.EXTENT, drawn.spray_rng(4)))
    X = np.array([[0.0, 0.0], [0.4, 0.0], [0.5, 0.0], [3.0, 3.0]])
    assert drawn.erased(X, (0, 0), drawn.EXTENT).tolist() == [True, True, False, False]


@pytest.mark.parametrize("seed", range(3))
def test_the_ring_needs_four_hidden_neurons_not_two(seed):
    """Two tanh neurons give at best a band or a wedge, which takes in part of the ring;
    four close it. Full batch Adam, 300 epochs, test accuracy."""
    accuracy = {}
    for hidden in (2, 4):
        doc = _doc(ring_drawing(), (hidden,), seed)
        doc.training.update(optimizer="adam", learning_rate=0.05, batch_size=1000)
        *_, last = train(Experiment(doc).trainer(), 300, report_every=300)
        accuracy[hidden] = last.test_accuracy
    assert accuracy[4] >= 0.98 and accuracy[2] <= 0.9, accuracy
