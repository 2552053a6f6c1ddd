"""Feeds every live view from the document: neuron maps in the editor's nodes, the large map
(decision surface, or the hovered/selected neuron's map), the loss plot and the selected
neuron's activation curve with its z histogram.

Views never compute while training runs flat out: the document's changes only mark the
views dirty, and a timer redraws at most ``FPS`` times a second whatever the training rate
(DESIGN: throttled redraws). The data for plotting (points, plane, feature transform) is
rebuilt only when the data, the inputs or the settings change.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

from core import activations as act
from core import analysis, experiment
from core.datasets import BUILTIN
from gui.plots.decision_plot import class_colours
from gui.plots.neuron_map import map_image

FPS = 36                   # redraws per second at most (the issue asks for 30-60)
FRAME_BUDGET = 0.30        # while training, a frame (snapshot included) may take this share
NODE_RES = 32              # a node's map: 32 x 32 points of the plane
SURFACE_RES = 100          # the large map: 100 x 100
MAX_HIST_SAMPLES = 5000    # z histogram: at most this many training samples
CURVE_FPS = 5              # while training, the z histogram redraws at most this often
LOSS_FPS = 10              # and the loss curves
SURFACE_FPS = 20           # and the large map (the nodes' maps keep every frame)
PAINT_PASSES = 3           # event-loop turns a frame runs to paint (see draw_frame)
MAPS_PER_FRAME = 12        # while training, node maps redrawn per frame, in turns (6x8: 57)


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


def on_screen(widget) -> bool:
    """Visible and not behind another dock's tab (a tabbed-away dock's widget still says
    isVisible(), and fed every frame it cost a millisecond for nothing)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def plane_extent(bundle: experiment.DataBundle, data: dict):
    """(xmin, xmax, ymin, ymax) of the data's 2-D plane, or None when it has no plane."""
    if len(bundle.dataset.feature_names) != 2:
        return None
    spec = BUILTIN.get(data.get("name")) if data.get("source") == "builtin" else None
    if spec is not None and spec.extent is not None:
        (x0, x1), (y0, y1) = spec.extent
        return float(x0), float(x1), float(y0), float(y1)
    X = bundle.dataset.X                     # CSV or inline: the data's box plus a margin
    lo, hi = X.min(axis=0), X.max(axis=0)
    pad = np.maximum((hi - lo) * 0.08, 1e-6)
    return float(lo[0] - pad[0]), float(hi[0] + pad[0]), float(lo[1] - pad[1]), \
        float(hi[1] + pad[1])


class RateLimit:
    """``due(now, key)`` is True at most ``per_s`` times a second, and at once when
    ``key`` (what is shown) changed or ``force`` is set (e.g. training is not running)."""

    def __init__(self, per_s: float):
        self.interval, self.last, self.key = 1.0 / per_s, -float("inf"), None

    def due(self, now: float, key=None, force: bool = False) -> bool:
        if force or key != self.key or now - self.last >= self.interval:
            self.last, self.key = now, key
            return True
        return False


class LiveViews(QObject):
    """Wires ``document`` and ``controller`` to ``editor``, ``surface`` (a SurfacePanel),
    ``loss`` (LossPlot) and ``curve`` (ActivationPlot)."""

    bundleChanged = Signal(object)     # the DataBundle (or None) after data/inputs changed

    def __init__(self, document, controller, editor, surface, loss, curve, data_views=None,
                 parent=None):
        super().__init__(parent)
        self.document, self.controller = document, controller
        self.editor, self.surface, self.loss, self.curve = editor, surface, loss, curve
        self.data_views = data_views
        if data_views is not None:       # the tab now shown was not fed while hidden
            data_views.currentChanged.connect(self.mark_dirty)
        self.extent = None
        self._grids: dict[int, np.ndarray] = {}
        self._focus = None          # neuron shown large: hovered, else selected
        self._hovered = self._selected = None
        self._curve_key = (None, None, None)     # (neuron, activation, alpha) drawn
        # while training, views that change slowly redraw less often than the frames
        self._loss_rate, self._surface_rate, self._curve_rate = \
            RateLimit(LOSS_FPS), RateLimit(SURFACE_FPS), RateLimit(CURVE_FPS)
        self._curve_has_z = False
        self._map_turn = 0          # where the next frame's share of node maps starts
        self._dirty = True
        self.frames = 0             # redraws done (the benchmark reads it)
        self._last_frame = 0.0
        self.frame_seconds = 0.0    # smoothed cost of one frame, drawing included
        self.timer = QTimer(self)          # single shot: the next frame, when one is due
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
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

    # -- inputs ----------------------------------------------------------------------------
    def mark_dirty(self) -> None:
        """Redraw soon: at once if the last frame is older than 1/FPS, else when it is.
        A snapshot that arrives when a frame is due is drawn in the same pass of the event
        loop as the links it recoloured, so the editor paints once per frame."""
        self._dirty = True
        if not self.timer.isActive():
            wait = self._last_frame + 1.0 / FPS - time.perf_counter()
            self.timer.start(max(0, int(wait * 1000)))

    def _running_changed(self, running: bool) -> None:
        self.loss.set_auto_flush(not running)     # while training, draw_frame flushes it
        if not running:     # every view at once: while training some were left for later
            self.mark_dirty()

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
        if focus != self._focus:
            self._focus = focus
            self.mark_dirty()

    def _data_changed(self, bundle, error: str) -> None:
        """The document's data changed: the points, the plane and the data views."""
        self._grids = {}
        if bundle is None:
            self.extent = None
            self.surface.show_message(f"No data to draw: {error}")
        else:
            self.extent = plane_extent(bundle, self.document.doc.data)
        if self.data_views is not None:
            self.data_views.set_bundle(bundle)
        if bundle is not None and self.extent is None:
            self.surface.show_message(
                f"{len(bundle.feature_names)} inputs do not make a plane to draw; see "
                "the weights, samples and confusion matrix views.")
        elif bundle is not None:
            plot = self.surface.plot
            plot.set_extent(*self.extent)
            names = bundle.dataset.feature_names
            plot.set_axis_labels(names[0], names[1])
            raw_train, raw_test = bundle.raw_train, bundle.raw_test
            plot.set_points(raw_train.X, self._point_values(raw_train.y), raw_test.X,
                            self._point_values(raw_test.y))
        self.bundleChanged.emit(bundle)
        self.mark_dirty()

    def _point_values(self, y: np.ndarray) -> np.ndarray:
        return y.astype(int) if self.bundle.problem == "classification" else y.astype(float)

    # -- drawing ---------------------------------------------------------------------------
    def draw_frame(self, began: float | None = None) -> float:
        """Redraw and paint the window now (the training worker waits meanwhile: see
        ``gui.training_controller``); returns the time from this frame to the next, so
        that frames take at most FRAME_BUDGET of the time. ``began``
        (perf_counter): when the frame's work started, if before this call (applying the
        snapshot to the document and the editor's links is part of the frame's cost)."""
        start = time.perf_counter()
        began = start if began is None else began
        self.timer.stop()
        self._dirty = False
        self._last_frame = start
        self.redraw()
        if self._loss_rate.due(start):      # a curve needs fewer redraws than the maps
            self.loss.flush()
        # Paint now, every pending update included: a paint left for later would run
        # while the worker trains, and each of its many Python paint() calls would then
        # wait for the GIL. A plot's change reaches its paint in up to three turns (the
        # scene posts "changed", the view then posts an update request, which paints), and
        # one processEvents() only handles what was posted before it began: with one
        # call, the loss plot painted outside the frame 64 times out of 67. The worker
        # is blocked on the handshake, so no snapshot can arrive in here.
        for _ in range(PAINT_PASSES):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        cost = time.perf_counter() - began
        self.frame_seconds = cost if not self.frame_seconds else \
            0.8 * self.frame_seconds + 0.2 * cost
        return max(1.0 / FPS, self.frame_seconds / FRAME_BUDGET)

    def _tick(self) -> None:
        if self._dirty:
            self._dirty = False
            self._last_frame = time.perf_counter()
            self.redraw()

    def redraw(self) -> None:
        """Draw everything from the document's network now."""
        # huge but finite weights (just before a divergence) overflow to inf here; the
        # colour scale clips them, so the warning would only be noise
        with np.errstate(all="ignore"):
            self._redraw()

    def _redraw(self) -> None:
        self.frames += 1
        net = self.document.network
        if self.bundle is None or self.bundle.train[0].shape[1] != net.n_inputs:
            self._clear_maps()
            self._draw_curve(None)
            return
        if self.extent is not None:
            self._draw_maps(net)
        else:
            self._clear_maps()
        self._draw_curve(net)
        if self.data_views is not None and on_screen(self.data_views):
            self.data_views.update_views(net)

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
                item.set_map_image(map_image(values, *value_range(name, values)))
        for item in scene.inputs:       # an input's map changes only with the data
            if item.active and (item.map_image is None or item.map_source is not X):
                values = X[:, item.index].reshape(NODE_RES, NODE_RES)
                m = float(np.max(np.abs(values))) or 1.0
                item.set_map_image(map_image(values, -m, m))
                item.map_source = X
        if self._surface_rate.due(time.perf_counter(), self._focus,
                                  force=not self.controller.running):
            self._draw_surface(net)

    def _maps_due(self, net, scene) -> list[tuple[int, int]]:
        """The (layer, unit) of the node maps to redraw now: all of them, except while a
        large network trains: then MAPS_PER_FRAME a frame, in turns, and any node with no
        map yet (just built by an edit). Each map costs about 0.1 ms to make and 0.15 ms
        to paint; 57 of them every frame kept a 6x8 network below 10 frames a second. In
        turns, each map of a 6x8 network is a few frames old at most."""
        keys = [(li, unit) for li, size in enumerate(net.sizes) for unit in range(size)]
        if not self.controller.running or len(keys) <= MAPS_PER_FRAME:
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
        classes = self.bundle.class_names
        if focus is None or output and net.n_outputs == 1:
            title = "Network output" if focus is None else "Output neuron"
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
                title += f": probability of class {classes[k] if k < len(classes) else k}"
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

    def _clear_maps(self) -> None:
        scene = self.editor.scene()
        for item in (*scene.neurons.values(), *scene.inputs):
            if item.map_image is not None:
                item.set_map_image(None)

    def _draw_curve(self, net) -> None:
        focus = self._focus
        if net is not None and (focus is None or focus[0] >= len(net.sizes) or
                                focus[1] >= net.sizes[focus[0]]):
            focus = (len(net.sizes) - 1, 0)     # as the map: the network's output
        if net is None:
            if self._curve_has_z:         # an unchanged plot is not repainted
                self._curve_has_z = False
                self.curve.set_z(None)
            return
        li, unit = focus
        neuron = net.neurons(li)[unit]
        key = (focus, neuron.activation, neuron.alpha)
        if not self._curve_rate.due(time.perf_counter(), key,
                                    force=not self.controller.running):
            return          # the histogram moves slowly; repainting it cost a third of a frame
        if (neuron.activation, neuron.alpha) != self._curve_key[1:]:
            self.curve.set_activation(neuron.activation, neuron.alpha)
        self._curve_key = key
        X = self.bundle.train[0][:MAX_HIST_SAMPLES]
        z = net.forward_layers(X)[li][0][:, unit]
        self.curve.set_z(z)
        self._curve_has_z = True
