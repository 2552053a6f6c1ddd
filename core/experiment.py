"""From a loaded ``Document`` to training, and the one owner of a run.

The data a document names is prepared by ``core.data_bundle`` (``build_data``,
``DataBundle``, ``data_key``, ``dataset_of``; imported from here too, the module callers
know). ``make_trainer`` restores history and optimizer state, so saving and resuming gives
the same weights bit for bit as training in one go. Every error is a NetFileError naming a
field.

``Experiment`` is the one owner of a run: the document, its data (built once per data
change), the trainer and the weights the run started from, with edits, training progress
and whole runs (for undo) going through it. The CLI ``train`` and the trials use it.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass

import numpy as np

from core import edits, losses
from core.data_bundle import DATA_FIELD, DataBundle, build_data, data_key, dataset_of  # noqa: F401
from core.i18n import translate
from core.losses import LossError
from core.netfile import Document, NetFileError
from core.training import Trainer, TrainingError


def make_trainer(doc: Document, base_dir=None, bundle: DataBundle | None = None) -> Trainer:
    """A Trainer on a *copy* of doc.network, at training.epoch, with history and optimizer
    state restored. Pass ``bundle`` to reuse data already built with ``build_data``."""
    bundle = bundle or build_data(doc, base_dir)
    field = DATA_FIELD[doc.data["source"]]
    if bundle.problem == "regression" and doc.network.loss != "mse":
        raise NetFileError("loss", translate(
            "Experiment", "{loss} needs class labels, but the data is a regression problem; "
            "use {mse}").format(loss=losses.label(doc.network.loss), mse=losses.label("mse")))
    try:
        trainer = Trainer(doc.network.copy(), bundle.train, bundle.test, doc.settings(),
                          bundle.problem, bundle.n_classes)
    except LossError as e:      # e.g. a tanh neuron moved into a cross-entropy output layer
        raise NetFileError("loss", str(e)) from None
    except TrainingError as e:
        raise NetFileError(field, str(e)) from None
    if doc.history is not None:
        trainer.history = {k: list(doc.history[k]) for k in trainer.history}
    if doc.state is None:
        trainer.epoch = int(doc.training.get("epoch", 0))
        return trainer
    batches = -(-trainer.train.n // trainer.batch_size)
    if doc.state.get("batch_index", 0) >= batches:
        raise NetFileError("state.batch_index", translate(
            "Experiment", "must be less than {batches}, the number of batches per epoch")
            .format(batches=batches))
    trainer.set_state(doc.state)
    return trainer


def update_document(doc: Document, trainer: Trainer) -> Document:
    """A copy of doc holding the trainer's network, settings, epoch, history and state."""
    training = {**doc.training, **trainer.settings.to_dict(), "epoch": trainer.epoch}
    rest = {f.name: copy.deepcopy(getattr(doc, f.name)) for f in dataclasses.fields(doc)
            if f.name not in ("network", "training", "history", "state")}
    return Document(network=trainer.net.copy(), training=training,
                    history={k: list(x) for k, x in trainer.history.items()},
                    state=trainer.state(), **rest)


# -- the run owner --------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class RunState:
    """A whole run as an undo entry keeps it; put back, training resumes bit for bit.

    ``network``: a checkpoint of the structure, weights, loss and RNG (``edits.Checkpoint``);
    ``training``: the training settings, ``epoch`` included; ``history``: {name: tuple} of
    the loss curves, or None; ``trainer_state``: ``Trainer.state()`` (optimizer, RNG,
    position in the epoch) or None when no step was taken on this layout;
    ``initial_theta``: (n_params,) the weights Reset goes back to, or None."""

    network: edits.Checkpoint
    training: dict
    history: dict | None
    trainer_state: dict | None
    initial_theta: np.ndarray | None

    @property
    def theta(self) -> np.ndarray:
        return self.network.theta

    @property
    def epoch(self) -> int:
        return int(self.training.get("epoch", 0))


def run_of(doc: Document, initial_theta: np.ndarray | None = None) -> RunState:
    """A saved or trained document's run (e.g. a finished trial) as a RunState;
    ``initial_theta`` (n_params,): where Reset goes back to."""
    history = None if doc.history is None else {k: tuple(v) for k, v in doc.history.items()}
    start = None
    if initial_theta is not None:
        start = np.array(initial_theta, dtype=float)
        start.flags.writeable = False
    return RunState(edits.checkpoint(doc.network), copy.deepcopy(doc.training), history,
                    copy.deepcopy(doc.state), start)


def same_layout(net, checkpoint: edits.Checkpoint) -> bool:
    """Does ``checkpoint`` hold ``net``'s structure (inputs, activations, fixed alphas,
    frozen flags), so that its theta fits as it is? Weights and learned alphas may differ."""
    return tuple(net.input_names) == checkpoint.inputs and \
        _choices(net.all_neurons()) == _choices(checkpoint.neurons)


def _choices(layers) -> list:
    return [[(n.activation, n.frozen, None if n.activation == "prelu" else n.alpha)
             for n in lay] for lay in layers]


class Experiment:
    """The one owner of what is trained on and how far the run got (Qt-free).

    It holds the ``Document`` (whose network is what everybody shows), the prepared data
    (or its error) cached by ``data_key``, the lazily built ``Trainer`` and the weights the
    run started from. Edits go through ``edit`` and training progress through
    ``apply_progress``; ``run_state``/``replace_run`` take and put back a whole run (undo,
    reset, a trial made current); ``document()`` writes it all into a new Document.

    ``data_builds`` counts how often the data was built: once per change of the data key.
    """

    def __init__(self, doc: Document, base_dir=None, data: DataBundle | None = None):
        self.doc, self.base_dir = doc, base_dir
        self.data_builds = 0
        self._data: DataBundle | None = data
        self._data_error: NetFileError | None = None
        self._data_key = data_key(doc) if data is not None else None
        self._trainer: Trainer | None = None
        self.initial_theta: np.ndarray | None = None
        self._run_key = data_key(doc)    # the data the run's epoch and curves belong to
        self._restarted = False

    @property
    def network(self):
        return self.doc.network

    # -- data ------------------------------------------------------------------------------
    def data(self) -> DataBundle:
        """The document's data, built once per data key. Raises NetFileError (the same
        one again, without rebuilding, until the data settings change)."""
        key = data_key(self.doc)
        if key != self._data_key:
            self._data_key, self._data, self._data_error = key, None, None
            self.data_builds += 1
            try:
                self._data = build_data(self.doc, self.base_dir)
            except NetFileError as e:
                self._data_error = e
        if self._data_error is not None:
            raise self._data_error
        return self._data

    def data_error(self) -> str | None:
        """Why the data cannot be used, or None."""
        try:
            self.data()
        except NetFileError as e:
            return str(e)
        return None

    # -- the trainer -----------------------------------------------------------------------
    @property
    def current_trainer(self) -> Trainer | None:
        """The trainer if one is built (for readers that must not build one)."""
        return self._trainer

    def trainer(self) -> Trainer:
        """The Trainer of this run, built on first use (NetFileError if the data or the
        settings cannot be trained). It trains a copy of the network: ``apply_progress``
        brings its weights back into the document."""
        if self._trainer is None:
            self._trainer = make_trainer(self.doc, self.base_dir, self.data())
            if self.initial_theta is None:
                self.initial_theta = self._read_only(self.network.theta)
        return self._trainer

    def apply_progress(self) -> None:
        """Copy the trainer's weights, epoch, history and state into the document (its
        settings stay: the document's are the newer while a worker has yet to take them)."""
        trainer = self._trainer
        if trainer is None:
            return
        self.network.theta[...] = trainer.net.theta
        self.doc.training["epoch"] = trainer.epoch
        self.doc.history = {k: list(x) for k, x in trainer.history.items()}
        self.doc.state = trainer.state()

    # -- edits -----------------------------------------------------------------------------
    def edit(self, fn, *args, **kwargs) -> None:
        """Apply a ``core.edits`` function to the network (all or nothing: a refused edit
        raises NetworkError and changes nothing). The run goes on: the trainer is rebuilt
        on the new layout (its optimizer restarts), keeping epoch and history when the
        data stayed the same; other data starts the run over at epoch 0."""
        self.apply_progress()
        carry = self.initial_theta is not None and fn is not edits.restore
        before = edits.checkpoint(self.network) if carry else None
        fn(self.network, *args, **kwargs)
        start = self._start_after(fn, before, args, kwargs) if carry else None
        self.structure_changed()
        self.initial_theta = start

    def _start_after(self, fn, before: edits.Checkpoint, args, kwargs) -> np.ndarray | None:
        """The weights Reset goes back to after the edit ``fn`` the network just took from
        ``before``: the same edit on the starting weights, drawing from the same random
        state, so a new neuron starts from the very weights it got and the others from
        theirs (Reset after adding a neuron gave trained weights at epoch 0). None when
        the edit does not carry over: the next run then starts from the weights of now.
        ``restore`` (an undo) is not carried: its command puts its own start back."""
        if self.initial_theta.size != before.theta.size:
            return None
        start = self.network.copy()
        edits.restore(start, before)
        start.theta[...] = self.initial_theta
        try:
            fn(start, *args, **kwargs)
        except Exception:       # noqa: BLE001 - no start to carry: start from here
            return None
        if start.theta.size != self.network.theta.size or \
                not same_layout(self.network, edits.checkpoint(start)):
            return None
        return self._read_only(start.theta)

    def structure_changed(self) -> None:
        """The network's layout changed (an edit, an undo of one): the optimizer state of
        the old layout no longer applies, and Reset starts from these weights. On the same
        data the epoch and curves go on; other data starts the run over at epoch 0."""
        self.doc.state = None
        self.initial_theta = None
        self._trainer = None            # rebuilt on the new layout on next use
        if data_key(self.doc) != self._run_key:
            self._run_key = data_key(self.doc)
            self.doc.training["epoch"] = 0
            self.doc.history = None
            self._restarted = True

    def run_restarted(self) -> bool:
        """Did the last change start the run over (other data)? Asked once per change."""
        restarted, self._restarted = self._restarted, False
        return restarted

    def settings_changed(self) -> None:
        """Settings changed: other data or another loss is a new layout of the run (see
        ``structure_changed``); otherwise the trainer takes the new settings if they are
        valid. With a worker training, call this between two of its steps."""
        if self._trainer is None:
            if data_key(self.doc) != self._run_key:
                self.structure_changed()
            return
        if self._run_key != data_key(self.doc) or self._trainer.net.loss != \
                self.network.loss:
            self.apply_progress()
            self.structure_changed()
            return
        try:
            settings = self.doc.settings()
            settings.check()
        except Exception:       # noqa: BLE001 - said by whoever shows errors; the run
            return              # goes on with the settings it had
        self._trainer.settings = settings

    def params_edited(self) -> None:
        """A person changed weights in the document: the trainer goes on from them (call
        ``apply_progress`` before the change, so no trained step is lost)."""
        if self._trainer is not None:
            self._trainer.net.theta[...] = self.network.theta

    # -- whole runs ------------------------------------------------------------------------
    def run_state(self) -> RunState:
        """The run as it stands, brought up to date with the trainer (for an undo entry)."""
        self.apply_progress()
        history = None if not self.doc.history or not any(self.doc.history.values()) else \
            {k: tuple(v) for k, v in self.doc.history.items()}    # no points: no curves
        trainer = self._trainer
        state = self.doc.state if trainer is None or trainer.step_count else None
        return RunState(edits.checkpoint(self.network), copy.deepcopy(self.doc.training),
                        history, copy.deepcopy(state), self.initial_theta)

    def replace_run(self, run: RunState, settings: bool = True) -> bool:
        """Put back a run taken by ``run_state`` (undo/redo of training, reset, a trial made
        current): structure, weights, epoch, curves, optimizer state, starting weights and,
        with ``settings``, the training settings. Returns True if the structure had to
        change (a rebuild), False when only values did. The trainer is rebuilt from it on
        next use."""
        rebuilt = not same_layout(self.network, run.network)
        if rebuilt:
            edits.restore(self.network, run.network)
        else:
            self.network.theta[...] = run.network.theta
            self.network.loss = run.network.loss
            self.network.rng.bit_generator.state = copy.deepcopy(run.network.rng_state)
        state = copy.deepcopy(run.trainer_state)
        if settings:
            self.doc.training = copy.deepcopy(run.training)
        else:
            self.doc.training["epoch"] = run.epoch
            if state and run.training.get("batch_size") != self.doc.training.get("batch_size"):
                state["batch_index"] = 0     # its place in an epoch of other batches
        self.doc.history = None if run.history is None else \
            {k: list(v) for k, v in run.history.items()}
        self.doc.state = state
        self.initial_theta = run.initial_theta
        self._trainer = None
        self._run_key = data_key(self.doc)
        return rebuilt

    def reset(self) -> None:
        """Back to the weights the run started from, epoch 0, no history."""
        start = self.initial_theta
        if start is not None and start.size == self.network.theta.size:
            self.network.theta[...] = start
        self._restart_run()

    def new_weights(self, theta: np.ndarray) -> None:
        """New starting weights (theta: (n_params,), internal layout): a new run."""
        self.network.theta[...] = theta
        self.initial_theta = None          # the next trainer starts from these
        self._restart_run()

    def _restart_run(self) -> None:
        self.doc.training["epoch"] = 0
        self.doc.history = self.doc.state = None
        self._trainer = None

    @staticmethod
    def _clear_run(trainer: Trainer) -> None:
        trainer.epoch = 0
        trainer.history = {k: [] for k in trainer.history}

    @staticmethod
    def _read_only(theta: np.ndarray) -> np.ndarray:
        copy_ = np.array(theta, dtype=float)
        copy_.flags.writeable = False
        return copy_

    # -- writing ---------------------------------------------------------------------------
    def document(self) -> Document:
        """A new Document with the network, settings, epoch, history and optimizer state
        of this run (what Save and the CLI write); the document's own settings are the
        truth (a running worker may not have taken the newest yet)."""
        self.apply_progress()
        return copy.deepcopy(self.doc)
