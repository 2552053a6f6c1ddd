"""The open document: a QObject around ``core.netfile.Document`` that announces changes.

Commands (``gui.commands``) call the methods here; views never change the network directly
and redraw only from these signals:

- ``structureChanged``: inputs, layers, neurons or activations changed (rebuild items);
- ``paramsChanged``: weight, bias or alpha values changed (recolour links, refresh fields);
- ``settingsChanged``: loss, data or training settings changed;
- ``modifiedChanged(bool)`` and ``pathChanged``: for the window title. Modified means
  unsaved edits (the undo stack is not clean) or training since the last save.

Neuron addresses are user order: ``(layer, unit)``; a weight is ``(layer, unit, index)``
where index runs over the previous layer's units (or the inputs for layer 0).
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core import datasets, edits, netfile
from core.network import Network


class NetworkDocument(QObject):
    structureChanged = Signal()
    paramsChanged = Signal()
    settingsChanged = Signal()
    modifiedChanged = Signal(bool)
    pathChanged = Signal()
    replaced = Signal()          # a whole new document (New/Open): reset views and selection

    def __init__(self, doc: netfile.Document | None = None, path: Path | None = None,
                 parent=None):
        super().__init__(parent)
        self.doc = doc if doc is not None else netfile.default_document()
        self.path = Path(path) if path else None
        self._modified = False
        self._trained = False          # weights trained since the last save or open

    # -- identity --------------------------------------------------------------------------
    @property
    def network(self) -> Network:
        return self.doc.network

    @property
    def modified(self) -> bool:
        return self._modified or self._trained

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
        return self.path.name if self.path else (self.doc.meta.get("title") or "Untitled")

    def replace(self, doc: netfile.Document, path: Path | None) -> None:
        """Swap in another document (File > New/Open); the caller clears the undo stack."""
        self.doc, self.path = doc, (Path(path) if path else None)
        self._modified = self._trained = False
        self.replaced.emit()
        self.structureChanged.emit()
        self.settingsChanged.emit()
        self.pathChanged.emit()
        self.modifiedChanged.emit(False)

    def saved_as(self, path: Path) -> None:
        before, self.path = self.modified, Path(path)
        self._modified = self._trained = False
        self.pathChanged.emit()
        if before:
            self.modifiedChanged.emit(False)

    # -- structure (called by commands) ----------------------------------------------------
    def checkpoint(self) -> edits.Checkpoint:
        return edits.checkpoint(self.network)

    def restore(self, saved: edits.Checkpoint) -> None:
        edits.restore(self.network, saved)
        self._structure_changed()

    def apply_edit(self, edit, *args, **kwargs) -> None:
        """Run ``edit(network, *args)``, a ``core.edits`` function; NetworkError propagates
        unchanged."""
        edit(self.network, *args, **kwargs)
        self._structure_changed()

    def _structure_changed(self) -> None:
        # the optimizer state of the old layout cannot be restored; the trainer restarts it
        self.doc.state = None
        # Unknown per-neuron keys are kept by position; once the shape changes they no
        # longer match any neuron, so drop them rather than attach them to the wrong one.
        sizes = self.network.sizes
        if [len(x) for x in self.doc.extra_neurons] != sizes:
            self.doc.extra_neurons = []
            self.doc.extra_layers = self.doc.extra_layers[:len(sizes)]
        self.structureChanged.emit()
        self.paramsChanged.emit()

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
        if kind == "weight":
            self.network.set_weight(li, unit, rest[0], value)
        elif kind == "bias":
            self.network.set_bias(li, unit, value)
        else:
            self.network.set_alpha(li, unit, value)
        self.paramsChanged.emit()

    def set_all_params(self, theta) -> None:
        """Replace every parameter at once (training results, undo of a training run)."""
        self.network.theta[...] = theta
        self.paramsChanged.emit()

    def feature_choices(self) -> list[str] | None:
        """Input features the user may toggle (TensorFlow Playground's x1, x2, x1^2, ...)
        when the data is a 2-D built-in set; None when the inputs are fixed by the data."""
        data = self.doc.data
        if data.get("source") != "builtin":
            return None
        spec = datasets.BUILTIN.get(data.get("name"))
        if spec is None or tuple(spec.feature_names) != datasets.PLAYGROUND_FEATURES:
            return None
        return list(datasets.FEATURES)

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
        """A new ``data`` section and network together. The data goes first, so a view
        that rebuilds on ``structureChanged`` already sees the data it fits."""
        self.doc.data = copy.deepcopy(data)
        edits.restore(self.network, saved)
        self._structure_changed()
        self.settingsChanged.emit()

    # -- settings --------------------------------------------------------------------------
    def setting(self, section: str, key: str):
        """section: "training" | "data" | "meta"; or ("network", "loss")."""
        if section == "network":
            return getattr(self.network, key)
        return getattr(self.doc, section).get(key)

    def set_setting(self, section: str, key: str, value) -> None:
        if section == "network":
            setattr(self.network, key, value)
        else:
            getattr(self.doc, section)[key] = copy.deepcopy(value)
        self.settingsChanged.emit()
