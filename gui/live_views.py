"""Feeds every live view from the document: neuron maps in the editor's nodes, the large map
(decision surface, or the hovered/selected neuron's map), the loss plot and the selected
neuron's activation curve with its z histogram.

Views never compute while training runs flat out: the document's changes only mark the
views dirty (``gui.frames.FrameScheduler``), and the scheduler redraws those on screen at
most ``frames.FPS`` times a second, each view at most at its own rate (``frames.RATES``)
whatever the training rate (DESIGN "Live views"). The data comes from the document
(``dataChanged``): the points and the plane are set again only when it changed.

While ``show_single_layer(True)`` (the Linear collapse panel is on screen and its "Show on
the Map" is checked), the large map also draws the boundary of the single layer an
all-linear network collapses into, as a dashed line (``core.collapse_boundary``): it is
worked out from W and b with the map in each frame, and hidden whenever there is none (a
hidden neuron that is not linear, features that bend the plane, regression data) and while
the map shows a hidden neuron's map instead of the network's output: the line is the whole
network's boundary, not that neuron's.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

from core import activations as act
from core import analysis, curve_data, diagnostics, drawn, experiment
from core import collapse_boundary as boundary
from core.datasets import builtin_spec
from core.softmax_use import softmax_units
from gui import frames
from gui.frames import RATES, FrameScheduler, on_screen
from gui.i18n import translate
from gui.plots.decision_plot import class_colours
from gui.plots.neuron_map import map_image

NODE_RES = 32              # a node's map: 32 x 32 points of the plane
SURFACE_RES = 100          # the large map: 100 x 100
MAX_HIST_SAMPLES = 5000    # z histogram: at most this many training samples
CURVE_POINTS = 400         # the data's own curve on the Map: smooth at any projector size
MAPS_PER_FRAME = 12        # while training, node maps redrawn per frame, in turns (6x8: 57)
FPS = frames.FPS           # (kept for callers that read it here)


def value_range(activation: str, values: np.ndarray) -> tuple[float, float]:
    """Colour range of a neuron's map: its activation's own range where it is bounded
    (``Activation.colour_range``: sigmoid and softmax 0..1 with 0.5 neutral; tanh -1..1),
    else symmetric around 0 so the sign reads as blue/orange. values: any shape."""
    bounded = act.get(activation).colour_range
    if bounded is not None:
        return bounded
    m = float(np.max(np.abs(values))) if values.size else 0.0
    m = m if np.isfinite(m) and m > 1e-9 else 1.0
    return -m, m


def plane_extent(bundle: experiment.DataBundle, data: dict):
    """(xmin, xmax, ymin, ymax) of the data's 2-D plane, or None when it has no plane."""
    if len(bundle.dataset.feature_names) != 2:
        return None
    spec = builtin_spec(data)
    if spec is not None and spec.extent is not None:
        (x0, x1), (y0, y1) = spec.extent
        return float(x0), float(x1), float(y0), float(y1)
    if data.get("source") == "inline" and data.get("extent") is not None:
        return drawn.extent_of(data)         # a drawing's plane stays under the pen
    X = bundle.dataset.X                     # CSV or inline: the data's box plus a margin
    lo, hi = X.min(axis=0), X.max(axis=0)
    pad = np.maximum((hi - lo) * 0.08, 1e-6)
    return float(lo[0] - pad[0]), float(hi[0] + pad[0]), float(lo[1] - pad[1]), \
        float(hi[1] + pad[1])


class LiveViews(QObject):
    """Wires ``document`` and ``controller`` to ``editor``, ``surface`` (a SurfacePanel),
    ``loss`` (LossPlot) and ``curve`` (ActivationPlot)."""

    # the DataBundle (or None) once the points and the plane (``extent``) follow it
    bundleChanged = Signal(object)

    def __init__(self, document, controller, editor, surface, loss, curve, data_views=None,
                 parent=None):
        super().__init__(parent)
        self.document, self.controller = document, controller
        self.editor, self.surface, self.loss, self.curve = editor, surface, loss, curve
        self.data_views = data_views
        self.extent = None
        self._grids: dict[int, np.ndarray] = {}
        self._focus = None          # neuron shown large: hovered, else selected
        self._hovered = self._selected = None
        self._curve_key = (None, None, None)     # (neuron, activation, alpha) drawn
        self._curve_has_z = False
        self._map_turn = 0          # where the next frame's share of node maps starts
        self.single_layer = False   # draw the single layer's boundary on the large map
        self.scheduler = FrameScheduler(self)
        self._register_views()
        if data_views is not None:       # the tab now shown was not fed while hidden
            data_views.currentChanged.connect(self._data_tab_changed)
        document.paramsChanged.connect(self.mark_dirty)
        document.structureChanged.connect(self.mark_dirty)
        document.dataChanged.connect(self._data_changed)
        document.runChanged.connect(self._run_changed)
        document.trained.connect(self._snapshot)
        controller.runningChanged.connect(self._running_changed)
        editor.selectionChanged.connect(self._selection_changed)
        editor.hoverChanged.connect(self._hover_changed)
        surface.plot.set_show_test(False)
        self._data_changed(document.data_bundle(), document.data_error() or "")
        self._run_changed()

    @property
    def bundle(self):
        """The document's data (``core.experiment.DataBundle``) or None."""
        return self.document.data_bundle()

    def _register_views(self) -> None:
        """Every view this feeds, in drawing order, with what it draws from and its rate
        while training (``frames.RATES`` explains each rate)."""
        reg, editor, scene = self.scheduler.register, self.editor, self.editor.scene()
        self.views = {
            "links": reg("links", {"network", "running"}, scene.draw_links,
                         lambda: on_screen(editor), self._links_rate),
            "node maps": reg("node maps", {"network", "data", "running"}, self._draw_nodes,
                             lambda: on_screen(editor), RATES["node maps"]),
            "map": reg("map", {"network", "data"}, self._draw_map,
                       lambda: on_screen(self.surface), RATES["map"]),
            "activation": reg("activation", {"network", "data"}, self._draw_activation,
                              lambda: on_screen(self.curve), self._curve_rate),
            "loss": reg("loss", {"network"}, self._draw_loss,
                        lambda: on_screen(self.loss), RATES["loss"])}
        if self.data_views is not None:
            self.views["data"] = reg("data", {"network", "data"}, self._draw_data,
                                     lambda: on_screen(self.data_views), RATES["data"])

    def _links_rate(self) -> float:
        return RATES["links (large)" if self.editor.scene().fast_links else "links"]

    # -- frames (the scheduler's; kept here for callers and the benchmark) -----------------
    @property
    def frames(self) -> int:
        return self.scheduler.frames

    @property
    def frame_seconds(self) -> float:
        return self.scheduler.frame_seconds

    def draw_frame(self, began: float | None = None) -> float:
        """A training frame: see ``FrameScheduler.draw_frame``."""
        return self.scheduler.draw_frame(began)

    def redraw(self) -> None:
        """Draw every view that is on screen from the document's network now."""
        self.scheduler.redraw()

    # -- inputs ----------------------------------------------------------------------------
    def mark_dirty(self, *_) -> None:
        """The network or the data changed: every view redraws in the next frame."""
        self.scheduler.mark("network")
        self.scheduler.mark("data")

    def _data_tab_changed(self, *_) -> None:
        self.scheduler.mark_view(self.views["data"])

    def show_single_layer(self, on: bool) -> None:
        """Draw (or stop drawing) the collapsed network's single-layer boundary on the map."""
        if bool(on) != self.single_layer:
            self.single_layer = bool(on)
            self.scheduler.mark_view(self.views["map"], at_once=True)

    def _running_changed(self, running: bool) -> None:
        self.loss.set_training(running)     # while training, the scheduler flushes it
        self.scheduler.set_running(running)

    def _snapshot(self, snap) -> None:
        self.loss.append(snap.epoch, snap.train_loss, snap.test_loss, snap.train_accuracy,
                         snap.test_accuracy)

    def _run_changed(self) -> None:
        """Reset, undo of training, other data, another document: the curves anew."""
        history = self.document.doc.history
        if history:
            self.loss.set_history(history)
        else:
            self.loss.clear()

    def _selection_changed(self, selection) -> None:
        self._selected = selection[1:] if selection and selection[0] == "neuron" else None
        self._refocus()

    def _hover_changed(self, key) -> None:
        self._hovered = key[1:] if key and key[0] == "neuron" else None
        self._refocus()

    def _refocus(self) -> None:
        focus = self._hovered or self._selected
        if focus != self._focus:     # what is shown changed: drawn at once, whatever the rate
            self._focus = focus
            self.scheduler.mark_view(self.views["map"], at_once=True)
            self.scheduler.mark_view(self.views["activation"], at_once=True)

    def _data_changed(self, bundle, error: str) -> None:
        """The document's data changed: the points, the plane and the data views."""
        self._grids = {}
        if bundle is None:
            self.extent = None
            if drawn.is_drawing(self.document.doc.data):
                self._show_drawing(error)
            else:
                self.surface.show_message(translate("LiveViews", "No data to draw: {error}")
                                          .format(error=error))
        else:
            self.extent = plane_extent(bundle, self.document.doc.data)
        if self.data_views is not None:
            self.data_views.set_bundle(bundle)
        if bundle is not None and self.extent is None:
            inputs = len(bundle.feature_names)
            self.surface.show_message(translate(
                "LiveViews", "%n inputs do not make a plane to draw; see the weights, samples "
                             "and confusion matrix views.", None, inputs))
        elif bundle is not None:
            plot = self.surface.plot
            plot.set_extent(*self.extent)
            names = bundle.dataset.feature_names
            plot.set_axis_labels(names[0], names[1])
            raw_train, raw_test = bundle.raw_train, bundle.raw_test
            plot.set_points(raw_train.X, self._point_values(raw_train.y), raw_test.X,
                            self._point_values(raw_test.y))
        self.surface.plot.set_true_curve(*self._true_curve())
        self.bundleChanged.emit(bundle)
        self.mark_dirty()

    def _show_drawing(self, error: str) -> None:
        """A drawing the network cannot train on yet (fewer than 2 points): its plane and
        points without a surface, and what is missing as the title."""
        data, plot = self.document.doc.data, self.surface.plot
        X, y = drawn.points(data)
        plot.set_extent(*drawn.extent_of(data))
        plot.set_axis_labels("x1", "x2")
        plot.set_points(X, y)
        plot.clear_surface()
        plot.set_captions("", "")                # the old data's class names no longer apply
        plot.set_single_layer(None)
        drawn_points = len(X)
        self.surface.show_plot(translate("LiveViews", "Draw at least 2 points (%n so far)",
                                         None, drawn_points) if drawn_points < 2
                               else error.split(": ", 1)[-1].capitalize())

    def show_data(self) -> None:
        """Draw the document's data again (a preview drawn over it was dropped)."""
        self._data_changed(self.document.data_bundle(), self.document.data_error() or "")

    def _true_curve(self) -> tuple[np.ndarray | None, str]:
        """(points (n, 2), formula) of the curve the built-in data follows (points above
        or below a curve), cut where it leaves the plane; (None, "") for other data."""
        spec = builtin_spec(self.document.doc.data)
        if spec is None or spec.curve is None or self.extent is None:
            return None, ""
        xmin, xmax, ymin, ymax = self.extent
        x = np.linspace(xmin, xmax, CURVE_POINTS)
        y = spec.curve(x)
        y = np.where((y >= ymin) & (y <= ymax), y, np.nan)    # "finite": breaks the line
        return np.column_stack([x, y]), curve_data.shown_formula(spec.curve_formula)

    def _point_values(self, y: np.ndarray) -> np.ndarray:
        return y.astype(int) if self.bundle.problem == "classification" else y.astype(float)

    # -- drawing (each a view's draw(now), called by the scheduler) --------------------------
    def _drawable(self):
        """The document's network if the data fits its inputs, else None."""
        net = self.document.network
        if self.bundle is None or self.bundle.train[0].shape[1] != net.n_inputs:
            return None
        return net

    def _draw_nodes(self, now: float) -> None:
        net = self._drawable()
        # huge but finite weights (just before a divergence) overflow to inf here; the
        # colour scale clips them, so the warning would only be noise
        with np.errstate(all="ignore"):
            if net is not None and self.extent is not None:
                self._draw_maps(net)
            else:
                self.clear_maps()

    def _draw_map(self, now: float) -> None:
        net = self._drawable()
        if net is not None and self.extent is not None:
            with np.errstate(all="ignore"):
                self._draw_surface(net)
                self.surface.plot.set_single_layer(self._single_layer_segments(net))
        else:
            self.surface.plot.set_single_layer(None)

    def _single_layer_segments(self, net) -> np.ndarray | None:
        """(k, 2, 2) segments of the single layer's boundary to draw, or None."""
        focus = self._focus
        if not self.single_layer or (focus is not None and focus[0] < len(net.sizes) - 1):
            return None
        collapse = diagnostics.linear_collapse(net)
        if boundary.boundary_problem(collapse, self.bundle):
            return None
        return boundary.boundary_segments(collapse, self.bundle, self.extent)

    def _draw_activation(self, now: float) -> None:
        with np.errstate(all="ignore"):
            self._draw_curve(self._drawable())

    def _draw_data(self, now: float) -> None:
        net = self._drawable()
        if net is not None:
            with np.errstate(all="ignore"):
                self.data_views.update_views(net)

    def _draw_loss(self, now: float) -> None:
        self.loss.flush()

    def _grid_inputs(self, res: int) -> np.ndarray:
        """The plane's grid mapped to the network's inputs: (res*res, n_inputs)."""
        if res not in self._grids:
            self._grids[res] = self.bundle.inputs(analysis.grid(self.extent, res))
        return self._grids[res]

    def _draw_maps(self, net) -> None:
        scene = self.editor.scene()
        X = self._grid_inputs(NODE_RES)
        outputs = analysis.neuron_outputs(net, X)
        for li, unit in self._maps_due(net, scene):
            item = scene.neurons.get((li, unit))
            if item is not None:
                values = outputs[li][unit].reshape(NODE_RES, NODE_RES)
                name = net.activations(li)[unit]
                item.set_map(map_image(values, *value_range(name, values)))
        for item in scene.inputs:       # an input's map changes only with the data
            if item.active and not item.has_map_from(X):
                values = X[:, item.index].reshape(NODE_RES, NODE_RES)
                m = float(np.max(np.abs(values))) or 1.0
                item.set_map(map_image(values, -m, m), source=X)

    def _maps_due(self, net, scene) -> list[tuple[int, int]]:
        """The (layer, unit) of the node maps to redraw now: all of them, except while a
        large network trains: then MAPS_PER_FRAME a frame, in turns, and any node with no
        map yet (just built by an edit). Each map costs about 0.1 ms to make and 0.15 ms
        to paint; 57 of them every frame kept a 6x8 network below 10 frames a second. In
        turns, each map of a 6x8 network is a few frames old at most."""
        keys = [(li, unit) for li, size in enumerate(net.sizes) for unit in range(size)]
        if not self.scheduler.running or len(keys) <= MAPS_PER_FRAME:
            return keys
        start = self._map_turn % len(keys)
        self._map_turn = start + MAPS_PER_FRAME
        due = (keys[start:] + keys[:start])[:MAPS_PER_FRAME]
        chosen = set(due)
        return due + [key for key in keys if key not in chosen and
                      (item := scene.neurons.get(key)) is not None and item.map_image is None]

    def _draw_surface(self, net) -> None:
        X = self._grid_inputs(SURFACE_RES)
        focus = self._focus
        if focus is not None and (focus[0] >= len(net.sizes) or focus[1] >= net.sizes[focus[0]]):
            focus = None
        li, unit = focus if focus is not None else (len(net.sizes) - 1, 0)
        A = analysis.neuron_output(net, X, li, unit).reshape(SURFACE_RES, SURFACE_RES)
        name = net.activations(li)[unit]
        vmin, vmax = value_range(name, A)
        output = li == len(net.sizes) - 1
        classes = self.bundle.class_labels
        if focus is None or output and net.n_outputs == 1:
            title = translate("LiveViews", "Network output") if focus is None else \
                translate("LiveViews", "Output neuron")
        else:
            title = f"{self.editor.describe(('neuron', li, unit)).splitlines()[0]}"
        multi = output and self.bundle.problem == "classification" and net.n_outputs > 1
        # several classes: class k's probability in class k's own colour (orange-blue
        # made class A's high probability blue, beside class A's orange points)
        self.surface.plot.set_surface_colour(class_colours(net.n_outputs)[unit] if multi
                                             else None)
        if output and self.bundle.problem == "classification":
            k = unit if net.n_outputs > 1 else 1
            if net.n_outputs > 1:
                title = translate("LiveViews", "{title}: probability of class {name}").format(
                    title=title, name=classes[k] if k < len(classes) else k)
                low = high = ""           # the colour bar's own 0 and 1 say it
            else:
                low, high = (classes[0], classes[1]) if len(classes) >= 2 else ("0", "1")
            self.surface.plot.set_threshold(0.5 if vmin == 0.0 else 0.0)
        else:       # the colour bar's own ticks give the numbers
            low = high = ""
            self.surface.plot.set_threshold(None)
        self.surface.plot.set_captions(low, high)
        self.surface.plot.set_surface(A, vmin, vmax)
        self.surface.show_plot(title)

    def clear_maps(self) -> None:
        scene = self.editor.scene()
        for item in (*scene.neurons.values(), *scene.inputs):
            if item.map_image is not None:
                item.set_map(None)

    def _curve_focus(self, net):
        """(layer, unit) whose curve is shown: the focus, else (as the map) the output."""
        focus = self._focus
        if focus is None or focus[0] >= len(net.sizes) or focus[1] >= net.sizes[focus[0]]:
            focus = (len(net.sizes) - 1, 0)
        return focus

    def _curve_rate(self) -> float | None:
        """Every frame when the neuron shown or its activation changed since the last
        drawing, else RATES["activation"]."""
        net = self._drawable()
        if net is None:
            return None
        li, unit = focus = self._curve_focus(net)
        neuron = net.neurons(li)[unit]
        return RATES["activation"] if (focus, neuron.activation, neuron.alpha) == \
            self._curve_key else None

    def _draw_curve(self, net) -> None:
        if net is None:
            if self._curve_has_z:         # an unchanged plot is not repainted
                self._curve_has_z = False
                self.curve.set_z(None)
            return
        li, unit = focus = self._curve_focus(net)
        neuron = net.neurons(li)[unit]
        if (neuron.activation, neuron.alpha) != self._curve_key[1:]:
            self.curve.set_activation(neuron.activation, neuron.alpha)
        self._curve_key = (focus, neuron.activation, neuron.alpha)
        X = self.bundle.train[0][:MAX_HIST_SAMPLES]
        Z = net.forward_layers(X)[li][0]
        if act.get(neuron.activation).is_group:
            # the other softmax neurons held where they are on average over the same
            # samples the histogram shows (no one sample is "the" current one here)
            members = softmax_units(net.activations(li))
            held = Z[:, members].mean(axis=0) if len(Z) else np.zeros(len(members))
            self.curve.set_group(held, members.index(unit), [u + 1 for u in members])
        self.curve.set_z(Z[:, unit])
        self._curve_has_z = True
