"""Bugs the monkey test (benchmarks/monkey.py) found, each replayed with real events."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from core import datasets, netfile
from core.network import Network
from gui import files
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


def test_opening_a_smaller_network_under_the_pointer(window, hands, monkeypatch, tmp_path):
    """Monkey seeds 1, 2 and 3: zoomed in, the pointer over the output layer, Ctrl+O
    opened a network with fewer layers. Listeners of the document's "replaced" zoomed the
    editor (the file's view, a lesson's panel) before it rebuilt its scene, so the output
    layer's old band got a hover event and described a layer the new network no longer
    has (IndexError; seeds 2 and 3 then crashed)."""
    errors = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: errors.append(info[1]))
    small = Network(["x1", "x2"], [["sigmoid"]], loss="binary_crossentropy", seed=1)
    doc = netfile.default_document()
    doc.network = small
    netfile.save(doc, tmp_path / "small.nsnet")
    files.use_sandbox_dialogs(tmp_path)
    try:
        editor = window.editor
        band = next(b for b in editor._scene.bands if b.key == ("layer", 2))
        at = editor.mapFromScene(band.sceneBoundingRect().center())
        hands.focus(editor)
        for _ in range(4):                       # zoomed in: another item under ``at``
            hands.key(Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        QTest.mouseMove(editor.viewport(), at)
        hands.key(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    finally:
        files.use_sandbox_dialogs(None)
    assert window.document.network.sizes == [1]
    assert errors == []


def test_no_view_menu_on_the_activation_histogram(qtbot, hands):
    """Monkey seed 2: a right click on the activation plot opened the histogram box's
    pyqtgraph menu, whose "visible data only" then raised an IndexError in pyqtgraph on
    every repaint (a step-mode curve has one more x than y). The plot has no menu; its
    histogram box now has none either."""
    from PySide6.QtWidgets import QApplication

    from gui.plots.activation_plot import ActivationPlot

    qtbot.addWidget(plot := ActivationPlot())
    plot.resize(700, 450)
    plot.show()
    qtbot.waitExposed(plot)
    hands.settle()
    box = plot.hist_box
    at = plot.view.mapFromScene(box.sceneBoundingRect().center())
    hands.right_click(plot.view, at)
    menu = QApplication.activePopupWidget()
    if menu is not None:
        menu.close()
    assert menu is None, f"a menu opened: {type(menu).__name__}"
