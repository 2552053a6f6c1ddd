"""The open document: a QObject around ``core.experiment.Experiment`` that announces changes.

Commands (``gui.commands``) call the methods here; views never change the network directly
and redraw only from these signals, each emitted once per change:

- ``structureChanged``: inputs, layers, neurons, activations or loss changed (rebuild items;
  the values changed with them, so no ``paramsChanged`` follows);
- ``paramsChanged(source)``: weight, bias or alpha values changed; ``source`` is PERSON (an
  edit, an undo), TRAINING (a snapshot from the worker) or RUN (a run put back);
- ``settingsChanged``: loss, data or training settings changed;
- ``dataChanged(bundle, error)``: the prepared data changed (``core.experiment.DataBundle``,
  or None and the reason it cannot be built);
- ``runChanged``: the epoch and loss curves were replaced (reset, new weights, undo of
  training, a trial made current, other data);
- ``trained(snapshot)``: the worker's progress reached the document (a ``core.training.
  Snapshot``; ``paramsChanged(TRAINING)`` comes first);
- ``trainingRecorded``: a stretch of training ended and waits, as ``take_recorded()``, to
  become an undo entry;
- ``modifiedChanged(bool)``, ``pathChanged``: for the window title.

A stretch of training (Play to Pause, a Step) runs from one ``RunState`` to another; an
edit while training ends the stretch before it and starts the next after it ("Train epochs
0-120, Add neuron, Train epochs 120-300"), so undo never mixes trained weights with an old
epoch. Every change of the run goes through ``run_guard`` (the training controller's): the
worker waits at a step boundary meanwhile.

Neuron addresses are user order: ``(layer, unit)``; a weight is ``(layer, unit, index)``
where index runs over the previous layer's units (or the inputs for layer 0).
"""

from __future__ import annotations

import copy
from contextlib import contextmanager, nullcontext
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from core import datasets, edits, features, lesson_translations, netfile
from core.experiment import Experiment, RunState, data_key
from core.network import Network, NetworkError
from gui.i18n import translate
from gui.language import current_language

PERSON, TRAINING, RUN = "person", "training", "run"


class NetworkDocument(QObject):
    structureChanged = Signal()
    paramsChanged = Signal(str)
    settingsChanged = Signal()
    dataChanged = Signal(object, str)
    runChanged = Signal()
    trained = Signal(object)
    trainingRecorded = Signal()
    modifiedChanged = Signal(bool)
    pathChanged = Signal()
    replaced = Signal()          # a whole new document (New/Open): reset views and selection

    def __init__(self, doc: netfile.Document | None = None, path: Path | None = None,
                 parent=None):
        super().__init__(parent)
        self.path = Path(path) if path else None
        doc = doc if doc is not None else netfile.default_document()
        self.experiment = Experiment(doc, self._base_dir())
        # () -> context manager: the worker waits at a step boundary while it is entered
        self.run_guard = nullcontext
        self._modified = False
        self._trained = False          # trained, and not yet an undo entry
        self._stretch: RunState | None = None     # where the training going on began
        self._recorded: list[tuple[RunState, RunState]] = []
        self._data_key = None
        self._bundle, self._data_error = None, ""
        self._announce_data()          # nobody listens yet: it only fills the cache

    # -- identity --------------------------------------------------------------------------
    @property
    def doc(self) -> netfile.Document:
        return self.experiment.doc

    @property
    def network(self) -> Network:
        return self.experiment.network

    @property
    def epoch(self) -> int:
        return int(self.doc.training.get("epoch", 0))

    @property
    def modified(self) -> bool:
        """Unsaved edits (the undo stack is not clean) or training not yet on the stack."""
        return self._modified or self._trained

    def _base_dir(self):
        return self.path.parent if self.path else None

    def set_modified(self, value: bool) -> None:
        """Unsaved edits or not (the undo stack's clean state)."""
        before, self._modified = self.modified, value
        if self.modified != before:
            self.modifiedChanged.emit(self.modified)

    def mark_trained(self) -> None:
        """Training changed the weights: unsaved work, even when every edit was undone."""
        if not self._trained:
            before, self._trained = self.modified, True
            if not before:
                self.modifiedChanged.emit(True)

    def title(self) -> str:
        if self.path:
            return self.path.name
        title = lesson_translations.localized(self.doc.meta, current_language())["title"]
        return title or translate("Document", "Untitled")

    def replace(self, doc: netfile.Document, path: Path | None) -> None:
        """Swap in another document (File > New/Open); the caller clears the undo stack
        (``replaced`` asks it to) and has stopped training."""
        self._stretch, self._recorded = None, []
        self.path = Path(path) if path else None
        self.experiment = Experiment(doc, self._base_dir())
        self._modified = self._trained = False
        self._data_key = None
        self.replaced.emit()
        self._announce_data()
        self.structureChanged.emit()
        self.settingsChanged.emit()
        self.runChanged.emit()
        self.pathChanged.emit()
        self.modifiedChanged.emit(False)

    def saved_as(self, path: Path) -> None:
        before, self.path = self.modified, Path(path)
        self.experiment.base_dir = self._base_dir()
        self._modified = self._trained = False
        self.pathChanged.emit()
        if before:
            self.modifiedChanged.emit(False)

    def saved_document(self, split: bool = True) -> netfile.Document:
        """What Save writes: the network with its settings, epoch, curves and optimizer
        state, read at a step boundary while the worker goes on. ``split``: the training
        so far becomes an undo entry first, so that the stack's clean state is this very
        epoch (an autosave passes False: it must not cut the history into pieces)."""
        with self._change() if split else self.run_guard():
            return self.experiment.document()

    def set_challenge_record(self, epoch: int | None) -> None:
        """Record (or, None, take away) that every goal of the file's challenge was met at
        ``epoch`` (``meta.challenge.met``, see ``gui.challenge``): a fact about the run that
        is saved with it, not an edit, so no undo entry and no signal."""
        challenge = self.doc.meta.get("challenge")
        if not isinstance(challenge, dict):
            return
        if epoch is None:
            challenge.pop("met", None)
        else:
            challenge["met"] = {"epoch": int(epoch)}

    # -- data ------------------------------------------------------------------------------
    def data_bundle(self):
        """The prepared data (``core.experiment.DataBundle``), or None if it cannot be built
        (``data_error`` says why). Built once per change of the data settings."""
        return self._bundle

    def data_error(self) -> str | None:
        return self._data_error or None

    def _announce_data(self) -> None:
        """After any change: if the data settings changed, the experiment builds the data
        again and ``dataChanged`` says so, once."""
        key = data_key(self.doc)
        if key != self._data_key:
            self._data_key = key
            self._data_error = self.experiment.data_error() or ""
            self._bundle = None if self._data_error else self.experiment.data()
            self.dataChanged.emit(self._bundle, self._data_error)

    # -- every change of the run goes through here -----------------------------------------
    @contextmanager
    def _change(self):
        """Hold the worker at a step boundary, end the stretch of training before the change
        and start the next one after it."""
        with self.run_guard():
            training = self._stretch is not None
            if training:
                self._close_stretch()
            try:
                yield
            finally:            # a refused edit changed nothing: the training goes on
                if training:
                    self._stretch = self.experiment.run_state()

    def begin_training(self) -> None:
        """Training starts (Play, Step): remember the run it starts from."""
        if self._stretch is None:
            with self.run_guard():
                self._stretch = self.experiment.run_state()

    def end_training(self) -> None:
        """Training stopped: its stretch becomes an undo entry (``trainingRecorded``)."""
        if self._stretch is not None:
            with self.run_guard():
                self._close_stretch()

    def _close_stretch(self) -> None:
        """End the stretch; if it trained, it becomes an entry (``trainingRecorded``), and
        from then on the undo stack's clean state says whether it is saved."""
        before, after = self._stretch, self.experiment.run_state()
        self._stretch = None
        modified = self.modified
        if after.epoch != before.epoch or not np.array_equal(after.theta, before.theta):
            self._recorded.append((before, after))
            self.trainingRecorded.emit()
        self._trained = False
        if self.modified != modified:
            self.modifiedChanged.emit(self.modified)

    def take_recorded(self) -> list[tuple[RunState, RunState]]:
        """The ended stretches not yet on the undo stack, oldest first: (before, after)."""
        recorded, self._recorded = self._recorded, []
        return recorded

    def progress(self, snap) -> None:
        """A snapshot from the worker: its weights and epoch are the document's now."""
        self.network.theta[...] = snap.theta
        self.doc.training["epoch"] = snap.epoch
        self.paramsChanged.emit(TRAINING)
        self.trained.emit(snap)

    # -- whole runs (called by commands) ---------------------------------------------------
    def run_state(self) -> RunState:
        with self.run_guard():
            return self.experiment.run_state()

    def history(self) -> dict | None:
        """The loss curves as they stand: {name: tuple}, or None before any training."""
        return self.run_state().history

    def replace_run(self, run: RunState, settings: bool = True) -> None:
        """Put back a run (undo/redo of training, reset, new weights, a trial). Without
        ``settings`` the training settings stay as they are (a training entry)."""
        with self._change():
            old_settings = copy.deepcopy(self.doc.training)
            rebuilt = self.experiment.replace_run(run, settings)
        if rebuilt:
            self._structure_changed()
        else:
            self.paramsChanged.emit(RUN)
        if {**old_settings, "epoch": 0} != {**self.doc.training, "epoch": 0}:
            self.settingsChanged.emit()
        self._announce_data()
        self.runChanged.emit()

    def reset_run(self) -> None:
        """Back to the weights training started from, epoch 0, no curves."""
        with self._change():
            self.experiment.reset()
        self.paramsChanged.emit(RUN)
        self.runChanged.emit()

    def new_weights(self, theta: np.ndarray) -> None:
        """theta: (n_params,) new starting weights in the internal layout; a new run."""
        with self._change():
            self.experiment.new_weights(theta)
        self.paramsChanged.emit(RUN)
        self.runChanged.emit()

    # -- structure (called by commands) ----------------------------------------------------
    def checkpoint(self) -> edits.Checkpoint:
        return edits.checkpoint(self.network)

    def start_weights(self):
        """(n_params,) read-only: the weights Reset goes back to, or None (undo keeps it)."""
        return self.experiment.initial_theta

    def restore(self, saved: edits.Checkpoint, start=None) -> None:
        """Put the network back as ``saved`` (undo, redo), and with it ``start``, the
        weights Reset went back to then (from ``start_weights``)."""
        with self._change():
            self.experiment.edit(edits.restore, saved)
            if start is not None and start.size == self.network.theta.size:
                self.experiment.initial_theta = start
        self._structure_changed()

    def apply_edit(self, edit, *args, **kwargs) -> None:
        """Run ``edit(network, *args)``, a ``core.edits`` function; NetworkError propagates
        unchanged and nothing changed."""
        with self._change():
            self.experiment.edit(edit, *args, **kwargs)
        self._structure_changed()

    def apply_edits(self, steps) -> None:
        """Several ``core.edits`` calls [(function, *args), ...] as one change (one
        restart of the worker at most): all or nothing, a refusal half-way puts the
        network back and raises NetworkError."""
        before, start = self.checkpoint(), self.start_weights()
        with self._change():
            try:
                for edit, *args in steps:
                    self.experiment.edit(edit, *args)
            except NetworkError:
                self.experiment.edit(edits.restore, before)
                self.experiment.initial_theta = start
                raise
        self._structure_changed()

    def _structure_changed(self) -> None:
        # Unknown per-neuron keys are kept by position; once the shape changes they no
        # longer match any neuron, so drop them rather than attach them to the wrong one.
        sizes = self.network.sizes
        if [len(x) for x in self.doc.extra_neurons] != sizes:
            self.doc.extra_neurons = []
            self.doc.extra_layers = self.doc.extra_layers[:len(sizes)]
        restarted = self.experiment.run_restarted()
        self._announce_data()
        self.structureChanged.emit()
        if restarted:
            self.runChanged.emit()

    # -- values ----------------------------------------------------------------------------
    def value(self, target: tuple) -> float:
        """target: ("weight", layer, unit, index) | ("bias", layer, unit) |
        ("alpha", layer, unit)."""
        kind, li, unit, *rest = target
        if kind == "weight":
            return float(self.network.params(li)[0][unit, rest[0]])
        if kind == "bias":
            return float(self.network.params(li)[1][unit])
        return float(self.network.neurons(li)[unit].alpha)

    def set_value(self, target: tuple, value: float) -> None:
        kind, li, unit, *rest = target
        with self._change():
            self.experiment.apply_progress()
            if kind == "weight":
                self.network.set_weight(li, unit, rest[0], value)
            elif kind == "bias":
                self.network.set_bias(li, unit, value)
            else:
                self.network.set_alpha(li, unit, value)
            self.experiment.params_edited()
        self.paramsChanged.emit(PERSON)

    def feature_choices(self) -> list[str] | None:
        """Input features the user may toggle (TensorFlow Playground's x1, x2, x1^2, ...)
        when the data is a 2-D built-in set; None when the inputs are fixed by the data."""
        data = self.doc.data
        if data.get("source") != "builtin":
            return None
        spec = datasets.BUILTIN.get(data.get("name"))
        if spec is None or tuple(spec.feature_names) != datasets.PLAYGROUND_FEATURES:
            return None
        return list(features.FEATURES)

    # -- data (a data-set change fits the network to it: gui.commands.DataCommand) --------
    def data(self) -> dict:
        """A copy of the ``data`` section."""
        return copy.deepcopy(self.doc.data)

    def checkpoint_after(self, steps, loss: str | None = None) -> edits.Checkpoint:
        """The checkpoint the network would have after the ``core.edits`` steps
        [(function, *args), ...] and, if given, a new loss. Worked out on a copy: nothing
        here changes, and a refused step raises NetworkError."""
        net = self.network.copy()
        for edit, *args in steps:
            edit(net, *args)
        if loss is not None:
            net.loss = loss
        return edits.checkpoint(net)

    def set_data(self, data: dict, saved: edits.Checkpoint) -> None:
        """A new ``data`` section and network together. The data goes first, so the
        network is fitted to data that is already there."""
        with self._change():
            self.doc.data = copy.deepcopy(data)
            self.experiment.edit(edits.restore, saved)
        self._structure_changed()
        self.settingsChanged.emit()

    # -- settings --------------------------------------------------------------------------
    def setting(self, section: str, key: str):
        """section: "training" | "data" | "meta"; or ("network", "loss")."""
        if section == "network":
            return getattr(self.network, key)
        return getattr(self.doc, section).get(key)

    def set_setting(self, section: str, key: str, value) -> None:
        """A setting changes the run at a step boundary: it ends the stretch of training
        before it, so undo never puts back weights under a setting they never had. Other
        data or another loss starts the run over; the learning rate and the like reach
        the running trainer at its next step. The lesson's ``meta`` is not the run."""
        if section == "meta":
            self.doc.meta[key] = copy.deepcopy(value)
            self.settingsChanged.emit()
            return
        with self._change():
            if section == "network":
                setattr(self.network, key, value)
            else:
                getattr(self.doc, section)[key] = copy.deepcopy(value)
            self.experiment.settings_changed()
        restarted = self.experiment.run_restarted()
        self._announce_data()
        self.settingsChanged.emit()
        if restarted:
            self.runChanged.emit()
