"""Bugs the monkey test (benchmarks/monkey.py) found, each replayed with real events."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint

from core import datasets
from core.network import Network
from gui.plots.sample_browser import SampleBrowser


def test_class_outputs_that_are_not_probabilities_resize_without_error(qtbot, hands,
                                                                       monkeypatch):
    """Monkey seed 1: with outputs that are not softmax (here tanh), the bars' x range
    came from NumPy values, so the label "true" got a numpy.bool for setVisible: a
    TypeError on every resize and wheel over the bars."""
    errors = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: errors.append(info[1]))
    qtbot.addWidget(browser := SampleBrowser())
    browser.resize(900, 600)
    browser.show()
    qtbot.waitExposed(browser)
    ds = datasets.make("blobs3")
    net = Network(ds.feature_names, [["tanh"] * 4, ["tanh"] * 3],
                  loss="mse", seed=0)
    browser.set_data(ds.X, ds.y, None, None, ds.feature_names, ds.class_names,
                     "classification")
    browser.set_network(net)
    hands.settle()
    vb = browser.outputs.plot.vb
    at = browser.view.mapFromScene(vb.sceneBoundingRect().center())
    for steps in (1, -1):
        hands.wheel(browser.view, QPoint(at), steps)
    browser.resize(700, 500)
    hands.settle()
    assert errors == []
    assert browser.outputs.frame.isVisible()
