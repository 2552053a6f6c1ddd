"""Neuron diagnostics in the GUI: the Neuron health panel, flags on the canvas and the Linear
collapse panel (numbers from ``core.diagnostics``).

``install(window)`` adds the panels and the Tools menu entries and returns the
``Diagnostics`` object that feeds them (also ``window.diagnostics``).

Cost per update, measured here with one BLAS thread (as main.py sets it) on 2 busy cores:
on the default 2-4-2-1 network (250 training samples) a gradient point (norms and PReLU
alphas) takes 0.1-0.4 ms and a health update (table and flags) 0.2-0.5 ms; on a 64-32-10
ReLU/softmax digits network (898 samples), 2.1-2.6 ms and 3.4-4.5 ms. So while training,
health runs at most ``HEALTH_PER_S`` times a second and only when the panel or the flags
show it; a gradient point is taken at most ``RECORD_PER_S`` times a second and less often if
points would take more than ``RECORD_BUDGET`` of the time (the last snapshot always gets
one), whether the panel is shown or not, so the curve is complete when it is opened. Both
run while the training worker waits for the GUI to draw (see ``_snapshot``).

Not (yet) a view of the frame scheduler (``gui.frames``): a gradient point belongs to a
snapshot, not to "the network changed" (a person's edit must not add one), and the last
snapshot's point is recorded synchronously when training stops, where the scheduler draws
in its next turn; the timers here coalesce edits while paused. Their rates are listed in
``gui.frames.RATES`` too.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence

from core import activations as act
from core import diagnostics as dg
from core import softmax_use as su
from core.losses import LossError
from core.training import TrainingError, encode_targets
from gui.diagnostics.badges import Badges
from gui.diagnostics.collapse import CollapsePanel
from gui.diagnostics.health_panel import HealthPanel, explain, layer_label, neuron_label
from gui.frames import RATES
from gui.i18n import translate

HEALTH_PER_S = RATES["health"]             # the rates of every live view: gui.frames
RECORD_PER_S = RATES["gradient points"]
RECORD_BUDGET = 0.03
MAX_SAMPLES = 5000          # health and gradients on at most this many training samples
FLAGS_KEY = "diagnostics/show_flags"


def _later(timer: QTimer, last: float, interval: float) -> None:
    """Start single-shot ``timer`` for the moment ``interval`` after ``last`` (or now)."""
    if not timer.isActive():
        timer.start(max(0, int((last + interval - time.perf_counter()) * 1000)))


def _single_shot(parent, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer


class Diagnostics(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.document = window, window.document
        self.live, self.controller = window.live, window.controller
        self.health_panel = HealthPanel()
        self.collapse_panel = CollapsePanel()
        self.badges = Badges(window.editor)
        self.badges.key_changed = self.health_panel.set_badge_key
        self.show_flags = QSettings().value(FLAGS_KEY, True, type=bool)
        self.no_data = ""            # why there is nothing to measure on, or ""
        self._targets_key = self._targets = None
        self._last = {"health": 0.0, "record": 0.0, "collapse": 0.0}
        self._collapse_shown = False    # the collapse dock on screen (visibilityChanged)
        self.record_seconds = 0.0    # smoothed cost of one gradient point
        self._recorded = 0
        self._pending_epoch = None
        self._health_timer = _single_shot(self, self.refresh_health)
        self._collapse_timer = _single_shot(self, self.refresh_collapse)
        self._install_docks()
        self._install_actions()
        self._connect()
        self._bundle_changed(self.document.data_bundle(), self.document.data_error() or "")
        self._layout_changed()

    # -- setup -----------------------------------------------------------------------------
    def _install_docks(self) -> None:
        # Low and wide under the editor, tabbed with the activation curve: the loss curve
        # they explain and the map stay in sight. Tabbed once hidden: tabbing first left
        # a stale tab bar drawn over the palette (seen offscreen with add_panel's
        # tabify_with).
        w, bottom = self.window, Qt.DockWidgetArea.BottomDockWidgetArea
        self.health_dock = w.add_panel(translate("Diagnostics", "Neuron health"), "healthDock",
                                       self.health_panel, bottom)
        w.tabifyDockWidget(w.curve_dock, self.health_dock)
        self.collapse_dock = w.add_panel(translate("Diagnostics", "Linear collapse"),
                                         "collapseDock", self.collapse_panel, bottom)
        w.tabifyDockWidget(w.curve_dock, self.collapse_dock)
        self.health_dock.visibilityChanged.connect(self._health_visibility)
        self.collapse_dock.visibilityChanged.connect(self._collapse_visibility)
        self.collapse_panel.show_on_map.toggled.connect(self._show_single_layer)

    def _install_actions(self) -> None:
        a, menu = self.window.actions_, self.window.actions_.tools_menu
        self.health_action = a.act(
            translate("Diagnostics", "Neuron &Health"), self.open_health, QKeySequence("Ctrl+H"),
            translate("Diagnostics", "Dead and saturated neurons, gradient size per layer and "
                      "PReLU alphas (Ctrl+H)"))
        self.flags_action = a.act(
            translate("Diagnostics", "Show Neuron &Flags"), self.set_show_flags, None,
            translate("Diagnostics", "Label dead and saturated neurons, and softmax neurons out "
                      "of place, on the network drawing"))
        self.flags_action.setCheckable(True)
        self.flags_action.setChecked(self.show_flags)
        self.collapse_action = a.act(
            translate("Diagnostics", "&Linear Collapse\u2026"), self.open_collapse,
            QKeySequence("Ctrl+K"),
            translate("Diagnostics", "Show the single linear layer an all-linear network "
                      "equals, or the neurons that prevent it (Ctrl+K)"))
        menu.addActions([self.health_action, self.flags_action, self.collapse_action])

    def _connect(self) -> None:
        doc = self.document
        for signal in (doc.paramsChanged, doc.settingsChanged):
            signal.connect(self._params_changed)
        doc.structureChanged.connect(self._structure_changed)
        doc.replaced.connect(self.clear_history)
        doc.replaced.connect(self._choose_plot)
        doc.dataChanged.connect(self._bundle_changed)
        doc.trained.connect(self._snapshot)
        doc.runChanged.connect(self.clear_history)
        self.controller.runningChanged.connect(self._running_changed)

    # -- menu actions ----------------------------------------------------------------------
    def open_health(self) -> None:
        self.window.show_panel(self.health_dock)

    def open_collapse(self) -> None:
        self.window.show_panel(self.collapse_dock)

    def set_show_flags(self, on: bool) -> None:
        self.show_flags = bool(on)
        QSettings().setValue(FLAGS_KEY, self.show_flags)
        if self.flags_action.isChecked() != self.show_flags:
            self.flags_action.setChecked(self.show_flags)
        self.refresh_health()

    # -- signals ---------------------------------------------------------------------------
    def _params_changed(self) -> None:
        if self.controller.running:
            return      # weights from the worker: _snapshot updates while the worker waits
        _later(self._health_timer, self._last["health"], 1.0 / HEALTH_PER_S)
        _later(self._collapse_timer, self._last["collapse"], 1.0 / HEALTH_PER_S)

    def _structure_changed(self) -> None:
        self._layout_changed()
        self._params_changed()

    def _bundle_changed(self, bundle, error: str) -> None:
        self.no_data = "" if bundle is not None else translate(
            "Diagnostics", "No data to measure the neurons on: {error}").format(error=error)
        self._targets_key = None
        self._params_changed()

    def _health_visibility(self, visible: bool) -> None:
        if visible:
            self.refresh_health()
            self._flush_plots()

    def _collapse_visibility(self, visible: bool) -> None:
        self._collapse_shown = bool(visible)
        if visible:
            self.refresh_collapse()
        self._show_single_layer()

    def _show_single_layer(self, *_) -> None:
        """The Map draws the single layer's line while the panel is on screen (the dock's
        visibilityChanged: closed or tabbed away it is not) and "Show on the Map" is
        checked."""
        self.live.show_single_layer(self._collapse_shown
                                    and self.collapse_panel.show_on_map.isChecked())

    # -- health: table and flags -----------------------------------------------------------
    def _samples(self, net):
        """Training inputs (n, n_inputs) to measure on, or None (``self.no_data`` says why
        when there is no bundle)."""
        bundle = self.document.data_bundle()
        if bundle is None or bundle.train[0].shape[1] != net.n_inputs or \
                len(bundle.train[0]) == 0:
            return None
        return bundle.train[0][:MAX_SAMPLES]

    def refresh_health(self) -> None:
        """Recompute the health of every neuron now (if the panel or the flags show it)."""
        self._health_timer.stop()
        self._last["health"] = time.perf_counter()
        table, flags = self.health_dock.isVisible(), self.show_flags
        if not (table or flags):
            self.badges.clear()
            return
        net = self.document.network
        X = self._samples(net)
        if X is None:
            self.health_panel.show_message(self.no_data or translate(
                "Diagnostics", "The data does not match the network's inputs yet."))
            # softmax out of place follows from the shape alone: flagged without data too
            self.badges.show(self._softmax_flags(net) if flags else {})
            return
        health = dg.neuron_health(net, X)
        if table:
            self.health_panel.show_health(health, len(X))
        self.badges.show(self._flags(health) if flags else {})

    @staticmethod
    def _flag(li: int, u: int, n_layers: int, name: str, status: str, text: str) -> tuple:
        neuron = translate("Diagnostics", "{neuron} ({activation})").format(
            neuron=neuron_label(li, u, n_layers), activation=act.get(name).label)
        return status, f"{neuron}\n{text}"

    @classmethod
    def _flags(cls, health) -> dict:
        flags, n = {}, len(health)
        for li, h in enumerate(health):
            for u, status in enumerate(h.status):
                if status != "ok":
                    text = explain(status, float(h.zero_share[u]), float(h.tiny_share[u]),
                                   li < n - 1)
                    flags[(li, u)] = cls._flag(li, u, n, h.activations[u], status, text)
        return flags

    @classmethod
    def _softmax_flags(cls, net) -> dict:
        n = len(net.sizes)
        return {(li, u): cls._flag(li, u, n, "softmax", status, su.explanation(status,
                                                                              li < n - 1))
                for (li, u), status in su.misused_softmax(
                    [net.activations(li) for li in range(n)]).items()}

    # -- history: gradient size and PReLU alpha against epoch ------------------------------
    def _layout_changed(self) -> None:
        """New curves when the layers or the PReLU neurons change (clears those plots)."""
        net = self.document.network
        n = len(net.sizes)
        self.health_panel.gradients.set_series(layer_label(li, n) for li in range(n))
        keys = [(li, u) for li in range(n) for u, a in enumerate(net.activations(li))
                if a == "prelu"]
        self.health_panel.alphas.set_neurons(
            keys, [translate("Diagnostics", "{layer} #{unit}").format(
                layer=layer_label(li, n), unit=u + 1) for li, u in keys])

    def _choose_plot(self) -> None:
        """A network with PReLU neurons opens on their alphas; others on the gradients."""
        net = self.document.network
        has_prelu = any(name == "prelu" for li in range(len(net.sizes))
                        for name in net.activations(li))
        plots = self.health_panel.plots
        plots.setCurrentWidget(self.health_panel.alphas if has_prelu else
                               self.health_panel.gradients)

    def clear_history(self) -> None:
        self._pending_epoch = None
        self._layout_changed()
        self.health_panel.gradients.clear()
        self.health_panel.alphas.series.clear()

    def _snapshot(self, snap) -> None:
        """Runs while the training worker waits for the GUI (the controller's handshake):
        work done here does not fight the worker for the GIL. Measured: the same table
        update from a timer while the worker trained took 2-4 s instead of 20 ms."""
        now = time.perf_counter()
        interval = max(1.0 / RECORD_PER_S, self.record_seconds / RECORD_BUDGET)
        if not self.controller.running or now - self._last["record"] >= interval:
            self._pending_epoch = None
            self.record(snap.epoch)
        else:
            self._pending_epoch = snap.epoch      # recorded when training stops
        if self.controller.running and now - self._last["health"] >= 1.0 / HEALTH_PER_S:
            self.refresh_health()
            self.refresh_collapse()

    def _running_changed(self, running: bool) -> None:
        if running:
            return
        if self._pending_epoch is not None:       # the last snapshot always gets a point
            epoch, self._pending_epoch = self._pending_epoch, None
            self.record(epoch)
        self._health_timer.start(0)
        self._collapse_timer.start(0)

    def record(self, epoch: float) -> None:
        """Add the document network's gradient norms and PReLU alphas at ``epoch``."""
        start = time.perf_counter()
        net = self.document.network
        self._layout_changed()
        norms = self._gradient_norms(net)
        if norms is not None:
            self.health_panel.gradients.append(epoch, norms)
        alphas = self.health_panel.alphas
        if alphas.keys:
            neurons = net.all_neurons()
            alphas.series.append(epoch, [neurons[li][u].alpha for li, u in alphas.keys])
        self._last["record"] = now = time.perf_counter()
        # smoothed; the very first point is left out: it pays for compiling the step plan
        if self._recorded:
            cost = now - start
            self.record_seconds = cost if self._recorded == 1 else \
                0.8 * self.record_seconds + 0.2 * cost
        self._recorded += 1
        if self.health_dock.isVisible():       # throttled above: at most RECORD_PER_S
            self._flush_plots()

    def _gradient_norms(self, net) -> np.ndarray | None:
        X = self._samples(net)
        if X is None:
            return None
        bundle = self.document.data_bundle()
        key = (id(bundle), net.n_outputs, tuple(net.activations(-1)), len(X))
        try:
            net.check_loss()
            if key != self._targets_key:
                self._targets = encode_targets(net, bundle.train[1][:MAX_SAMPLES],
                                               bundle.problem, bundle.n_classes)
                self._targets_key = key
        except (LossError, TrainingError):
            return None           # training cannot run either; its banner says why
        return dg.layer_gradient_norms(net, X, self._targets)

    def _flush_plots(self) -> None:
        self.health_panel.gradients.flush()
        self.health_panel.alphas.series.flush()

    # -- linear collapse -------------------------------------------------------------------
    def refresh_collapse(self) -> None:
        self._collapse_timer.stop()
        self._last["collapse"] = time.perf_counter()
        if self.collapse_dock.isVisible():
            self.collapse_panel.show_network(self.document.network, self.document.data_bundle())


def canvas_flags(network, X: np.ndarray | None) -> dict:
    """The flags the canvas shows for ``network`` measured on ``X`` (n, n_inputs), e.g.
    for a printed network; X None: only those that follow from the shape (softmax)."""
    if X is None:
        return Diagnostics._softmax_flags(network)
    return Diagnostics._flags(dg.neuron_health(network, X[:MAX_SAMPLES]))


def install(window) -> Diagnostics:
    """Add the diagnostics panels and Tools menu entries to ``window``."""
    window.diagnostics = Diagnostics(window)
    return window.diagnostics
