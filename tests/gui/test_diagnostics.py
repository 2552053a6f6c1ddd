"""Neuron health panel, canvas flags and the linear collapse panel, driven like a user:
menu actions, undoable edits, training steps."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from core import diagnostics as dg
from core import edits, netfile
from core.network import Network
from core.training import encode_targets
from gui.commands import StructureCommand, ValueCommand


def _status_rows(panel) -> dict:
    """{(layer label, neuron number): (status, % zero)} read from the table's cells."""
    return {(cells[0], int(cells[1])): (cells[2], float(cells[4]))
            for cells in panel.table.shown_rows()}


def _badges(window) -> dict:
    """{(layer, unit): status} of the badges now on the editor's neuron items."""
    from gui.diagnostics.badges import NeuronBadge

    out = {}
    for key, item in window.editor.scene().neurons.items():
        for child in item.childItems():
            if isinstance(child, NeuronBadge):
                out[key] = child.status
    return out


def _make_relu(window):
    """Hidden 1 neuron 2 becomes a ReLU (an undoable edit)."""
    window.undo_stack.push(StructureCommand(window.document, "ReLU", edits.set_activation,
                                            0, 1, "relu"))


def test_health_panel_dead_neuron_table_and_badge(window, qtbot):
    d = window.diagnostics
    assert d.health_action in window.actions_.tools_menu.actions()
    assert d.health_action.shortcut().toString() == "Ctrl+H"
    assert d.health_dock.toggleViewAction() in window.actions_.panels_menu.actions()
    d.health_action.trigger()
    qtbot.waitUntil(lambda: d.health_dock.isVisible())
    _make_relu(window)
    window.undo_stack.push(ValueCommand(window.document, ("bias", 0, 1), -100.0))
    qtbot.waitUntil(lambda: _status_rows(d.health_panel).get(("H1", 2), ("",))[0]
                    == "dead")
    rows = _status_rows(d.health_panel)
    health = dg.neuron_health(window.document.network, window.document.data_bundle().train[0])
    assert rows[("H1", 2)][1] == pytest.approx(100 * health[0].zero_share[1], abs=0.05)
    assert sum(s == "dead" for s, _ in rows.values()) == 1
    assert "1 dead" in d.health_panel.summary.text()
    d.health_panel.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)   # by % zero
    top = d.health_panel.table.shown_rows()[0]
    assert top[:2] == ["H1", "2"] and top[2] == "dead"
    qtbot.waitUntil(lambda: _badges(window).get((0, 1)) == "dead")
    badge = d.badges.items[(0, 1)]
    assert "Hidden 1 neuron 2 (ReLU)" in badge.toolTip() and "100%" in badge.toolTip()
    window.undo_stack.undo()                     # the bias back: alive again
    qtbot.waitUntil(lambda: (0, 1) not in _badges(window))
    qtbot.waitUntil(lambda: _status_rows(d.health_panel)[("H1", 2)][0] == "ok")
    assert window.errors == []


def test_badges_survive_a_rebuild_and_flags_can_be_turned_off(window, qtbot):
    d = window.diagnostics
    assert d.show_flags and d.flags_action.isChecked()
    for i in range(2):           # huge weights into the tanh output of Hidden 2 neuron 1
        window.undo_stack.push(ValueCommand(window.document, ("weight", 1, 0, i), 0.0))
    window.undo_stack.push(ValueCommand(window.document, ("bias", 1, 0), 50.0))
    qtbot.waitUntil(lambda: _badges(window) == {(1, 0): "saturated"})
    window.undo_stack.push(StructureCommand(window.document, "Add", edits.insert_neuron, 0, 4))
    qtbot.waitUntil(lambda: _badges(window) == {(1, 0): "saturated"})   # on the new item
    d.flags_action.trigger()                     # off
    assert not d.show_flags and _badges(window) == {}
    assert QSettings().value("diagnostics/show_flags", type=bool) is False
    d.flags_action.trigger()
    assert _badges(window) == {(1, 0): "saturated"}


def test_gradient_plot_records_steps_and_clears(window, qtbot):
    d = window.diagnostics
    grads = d.health_panel.gradients
    assert grads.names == ("Hidden 1", "Hidden 2", "Output")
    d.health_action.trigger()
    window.controller.step_epoch()
    qtbot.waitUntil(lambda: len(grads) == 1)
    window.controller.step_epoch()
    qtbot.waitUntil(lambda: len(grads) == 2)
    net, bundle = window.document.network, window.document.data_bundle()
    X, y = bundle.train
    expected = dg.layer_gradient_norms(net, X, encode_targets(net, y, bundle.problem,
                                                              bundle.n_classes))
    assert list(grads.epochs.view()) == [1.0, 2.0]
    np.testing.assert_allclose([v.view()[-1] for v in grads.values], expected, rtol=1e-12)
    qtbot.waitUntil(lambda: len(grads.curves[0].getData()[0]) == 2)   # drawn
    window.reset_training()
    assert len(grads) == 0
    window.undo_stack.push(StructureCommand(window.document, "Layer", edits.insert_layer, 1,
                                            ["tanh"] * 2))
    assert grads.names == ("Hidden 1", "Hidden 2", "Hidden 3", "Output")


def test_prelu_alpha_plot(window, qtbot):
    d = window.diagnostics
    alphas = d.health_panel.alphas
    assert not alphas.showing_plot() and "no PReLU" in alphas.none.text()
    doc = netfile.default_document()
    doc.network = Network(["x1", "x2"], [["prelu", "tanh", "prelu"], ["sigmoid"]],
                          loss="binary_crossentropy", seed=2)
    window.document.replace(doc, None)
    assert alphas.showing_plot() and alphas.keys == ((0, 0), (0, 2))
    assert alphas.series.names == ("Hidden 1 #1", "Hidden 1 #3")
    window.controller.step_epoch()
    qtbot.waitUntil(lambda: len(alphas.series) == 1)
    neurons = window.document.network.neurons(0)
    got = [v.view()[-1] for v in alphas.series.values]
    assert got == [neurons[0].alpha, neurons[2].alpha] and got != [0.25, 0.25]


def test_collapse_panel_matches_core(window, qtbot):
    d = window.diagnostics
    assert d.collapse_action.shortcut().toString() == "Ctrl+K"
    d.collapse_action.trigger()
    qtbot.waitUntil(lambda: d.collapse_dock.isVisible())
    panel = d.collapse_panel
    assert "Hidden 1 neuron 1 (tanh)" in panel.message.text()
    assert panel.table.isHidden()
    doc = netfile.default_document()
    doc.network = Network(["x1", "x2"], [["linear"] * 3, ["linear"] * 2, ["sigmoid"]],
                          loss="binary_crossentropy", seed=4)
    window.document.replace(doc, None)
    qtbot.waitUntil(lambda: panel.collapse is not None and panel.collapse.collapses)
    c = dg.linear_collapse(window.document.network)
    shown = [[float(panel.table.item(0, j).text()) for j in range(3)]]
    np.testing.assert_allclose(shown[0], [*c.W[0], c.b[0]], rtol=1e-3)
    assert panel.table.horizontalHeaderItem(0).text() == "W: x1"
    assert "sigmoid" in panel.equation.text()
    assert set(panel.differences) == {"training", "test"}
    assert all(v < 1e-12 for v in panel.differences.values())
    window.undo_stack.push(ValueCommand(window.document, ("bias", 2, 0), 3.0))
    qtbot.waitUntil(lambda: float(panel.table.item(0, 2).text()) == pytest.approx(
        dg.linear_collapse(window.document.network).b[0], rel=1e-3))


def test_no_data_is_explained(window, qtbot, tmp_path):
    d = window.diagnostics
    d.health_action.trigger()
    doc = netfile.default_document()
    doc.data = {"source": "csv", "path": str(tmp_path / "missing.csv"),
                "features": ["x1", "x2"], "target": "y"}
    window.document.replace(doc, None)
    qtbot.waitUntil(lambda: "No data to measure" in d.health_panel.summary.text())
    assert "missing.csv" in d.health_panel.summary.text()
    assert d.health_panel.table.shown_rows() == [] and _badges(window) == {}


def test_softmax_out_of_place_is_flagged_without_data(window, qtbot, tmp_path):
    """"always 1" follows from the network's shape: no data is needed to flag it."""
    doc = netfile.default_document()
    doc.network = Network(["x1", "x2"], [["tanh", "softmax"], ["sigmoid"]],
                          loss="binary_crossentropy")
    doc.data = {"source": "csv", "path": str(tmp_path / "missing.csv"),
                "features": ["x1", "x2"], "target": "y"}
    window.document.replace(doc, None)
    qtbot.waitUntil(lambda: _badges(window) == {(0, 1): "always 1"})
    assert "e^z / e^z = 1" in window.diagnostics.badges.items[(0, 1)].toolTip()
    window.undo_stack.push(StructureCommand(window.document, "Tanh", edits.set_activation,
                                            0, 1, "tanh"))
    qtbot.waitUntil(lambda: _badges(window) == {})
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _badges(window) == {(0, 1): "always 1"})


def test_live_training_records_the_last_snapshot_and_updates_flags(window, qtbot):
    d = window.diagnostics
    grads = d.health_panel.gradients
    snaps = []
    window.document.trained.connect(snaps.append)
    window.controller.play()
    qtbot.waitUntil(lambda: len(snaps) >= 5, timeout=10000)
    window.controller.pause()
    assert not window.controller.running
    assert 1 <= len(grads) <= len(snaps)
    assert grads.epochs.view()[-1] == snaps[-1].epoch      # the last one always gets a point
    _make_relu(window)                                      # edits after training: flags
    window.undo_stack.push(ValueCommand(window.document, ("bias", 0, 1), -100.0))
    qtbot.waitUntil(lambda: _badges(window).get((0, 1)) == "dead")


def test_a_long_history_is_thinned_not_kept_whole(qtbot):
    from gui.diagnostics import history_plots

    plot = history_plots.SeriesPlot("|gradient|", log_y=True)
    qtbot.addWidget(plot)
    plot.set_series(["Hidden 1", "Output"])
    for epoch in range(3 * history_plots.MAX_POINTS):
        plot.append(epoch, [1.0 / (epoch + 1), 2.0])
    assert len(plot) <= history_plots.MAX_POINTS
    x = plot.epochs.view()
    assert x[0] == 0 and x[-1] >= 3 * history_plots.MAX_POINTS - 8 and np.all(np.diff(x) > 0)
