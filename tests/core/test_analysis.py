"""Neuron outputs over a grid: the maps in the nodes and the large map."""

import numpy as np

from core import analysis
from core.network import Network, Neuron


def _mixed_network():
    layers = [["tanh", "relu", "sigmoid", Neuron("leaky_relu", 0.2), "linear"],
              [Neuron("prelu", 0.3), "gelu", "tanh"], ["sigmoid"]]
    return Network(["x1", "x2"], layers, loss="binary_crossentropy", seed=5)


def test_every_neuron_output_matches_the_forward_pass_in_user_order():
    net = _mixed_network()
    X = analysis.grid((-3, 3, -2, 2), 7)
    outputs = analysis.neuron_outputs(net, X)
    for (_, A), maps in zip(net.forward_layers(X), outputs):
        np.testing.assert_allclose(maps, A.T, rtol=0, atol=1e-15)


def test_one_neuron_output_is_its_row_of_all_outputs():
    net = _mixed_network()
    X = analysis.grid((-3, 3, -2, 2), 9)
    outputs = analysis.neuron_outputs(net, X)
    for layer, size in enumerate(net.sizes):
        for unit in range(size):
            one = analysis.neuron_output(net, X, layer, unit)
            assert one.shape == (len(X),)
            np.testing.assert_array_equal(one, outputs[layer][unit])


def test_grid_buffers_are_kept_only_while_small():
    net = _mixed_network()
    small = analysis.grid((-1, 1, -1, 1), 32)
    first = analysis._buffers(net, len(small))
    assert analysis._buffers(net, len(small)) is first          # reused: no new pages
    many = 1 + analysis.MAX_KEPT_BYTES // (16 * sum(net.sizes))
    assert analysis._buffers(net, many) is not analysis._buffers(net, many)
