"""The Linear collapse panel draws its single layer's boundary on the Map, driven like a
person: Ctrl+K opens the panel, a training step moves the line, arrow keys and Escape put a
hidden neuron's map on the Map and take it off, a click on "Show on the Map" and on the
dock's close button hide it, and an undoable edit to tanh ends the collapse."""

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton

from core import collapse_boundary as cb
from core import diagnostics as dg
from core import edits, netfile
from core.network import Network
from gui.commands import StructureCommand

CTRL = Qt.KeyboardModifier.ControlModifier
K = Qt.Key


def _linear_moons(window):
    """A 2-3-2-1 all-linear network on normalised moons (the line must be drawn in the
    Map's coordinates, not the normalised inputs')."""
    doc = netfile.default_document()
    doc.network = Network(["x1", "x2"], [["linear"] * 3, ["linear"] * 2, ["sigmoid"]],
                          loss="binary_crossentropy", seed=4)
    doc.data = {"source": "builtin", "name": "moons", "samples": 200, "noise": 0.05,
                "seed": 3, "normalize": True}
    window.document.replace(doc, None)


def _line(window):
    return window.live.surface.plot.single_layer_segments()


def _assert_on_the_networks_boundary(window, segments):
    """Points along the drawn segments are where the network's output is 0.5."""
    bundle = window.document.data_bundle()
    assert bundle.mean is not None                   # normalised: the mapping matters
    t = np.linspace(0.0, 1.0, 9)[:, None]
    points = np.vstack([a + t * (b - a) for a, b in segments])
    out = window.document.network.forward(bundle.inputs(points))[:, 0]
    np.testing.assert_allclose(out, 0.5, atol=1e-9)
    xmin, xmax, ymin, ymax = window.live.extent
    assert np.all((points[:, 0] >= xmin - 1e-9) & (points[:, 0] <= xmax + 1e-9))
    assert np.all((points[:, 1] >= ymin - 1e-9) & (points[:, 1] <= ymax + 1e-9))


def test_the_single_layer_line_follows_the_panel_the_network_and_the_map(window, canvas,
                                                                          hands, qtbot):
    d, plot = window.diagnostics, window.live.surface.plot
    _linear_moons(window)
    window.live.redraw()
    assert _line(window) is None and not plot.legend.isVisible()    # panel closed: no line
    hands.focus(canvas)
    hands.key(K.Key_K, CTRL)
    qtbot.waitUntil(lambda: _line(window) is not None, timeout=3000)
    first = _line(window)
    assert first.shape == (1, 2, 2)
    _assert_on_the_networks_boundary(window, first)
    expected = cb.boundary_segments(dg.linear_collapse(window.document.network),
                                    window.document.data_bundle(), window.live.extent)
    np.testing.assert_allclose(first, expected, atol=1e-12)
    assert plot.legend.isVisible()
    assert [label.text for _, label in plot.legend.items] == ["single layer"]
    pen = plot.single_layer.opts["pen"]                            # dashed, and wide
    assert pen.style() == Qt.PenStyle.CustomDashLine and pen.dashPattern() == [2.5, 1.5]
    assert pen.widthF() >= 4.0
    assert "crosses 0.5" in d.collapse_panel.map_note.text()

    # a training step: the line moves with the network and stays on its boundary
    window.controller.step_epoch()
    qtbot.waitUntil(lambda: _line(window) is not None
                    and not np.allclose(_line(window), first), timeout=3000)
    _assert_on_the_networks_boundary(window, _line(window))

    # a hidden neuron's map on the Map (the selection, by keyboard): no line over it
    hands.focus(canvas)
    hands.key(K.Key_Down)
    assert canvas.selection() == ("neuron", 0, 0)
    qtbot.waitUntil(lambda: _line(window) is None, timeout=3000)
    assert not plot.legend.isVisible()
    hands.key(K.Key_Escape)
    qtbot.waitUntil(lambda: _line(window) is not None, timeout=3000)

    # "Show on the Map", clicked off and on
    box = d.collapse_panel.show_on_map
    assert box.toolTip() and box.isChecked()
    assert not box.visibleRegion().isEmpty()           # in sight, under the message
    on_indicator = QPoint(8, box.height() // 2)        # a check box's wide rest is no hit
    hands.click(box, on_indicator)
    assert not box.isChecked()
    qtbot.waitUntil(lambda: _line(window) is None, timeout=3000)
    hands.click(box, on_indicator)
    qtbot.waitUntil(lambda: _line(window) is not None, timeout=3000)

    # a tanh neuron: the network no longer collapses, and the panel says why; undo: back
    window.undo_stack.push(StructureCommand(window.document, "Tanh", edits.set_activation,
                                            0, 1, "tanh"))
    qtbot.waitUntil(lambda: _line(window) is None, timeout=3000)
    qtbot.waitUntil(lambda: "Hidden 1 neuron 2 (tanh)" in d.collapse_panel.message.text(),
                    timeout=3000)
    hands.focus(canvas)
    hands.key(K.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _line(window) is not None, timeout=3000)
    _assert_on_the_networks_boundary(window, _line(window))

    # the panel closed with its close button: the line goes with it
    button = d.collapse_dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    hands.click(button)
    assert not d.collapse_dock.isVisible()
    qtbot.waitUntil(lambda: _line(window) is None, timeout=3000)
    assert not plot.legend.isVisible()


def test_no_line_where_the_inputs_bend_the_plane(window, canvas, hands, qtbot):
    doc = netfile.default_document()
    doc.network = Network(["x1", "x2", "x1^2"], [["linear"] * 2, ["sigmoid"]],
                          loss="binary_crossentropy", seed=4)
    doc.data = {"source": "builtin", "name": "moons", "samples": 200, "noise": 0.0,
                "seed": 3}
    window.document.replace(doc, None)
    hands.focus(canvas)
    hands.key(K.Key_K, CTRL)
    panel = window.diagnostics.collapse_panel
    qtbot.waitUntil(lambda: "x1^2 bend the plane" in panel.map_note.text(), timeout=3000)
    assert panel.map_note.isVisible()
    window.live.redraw()
    assert _line(window) is None
