"""Trials: copies of one setup that differ in a single setting, trained and compared.

"How many neurons?" is answered by training the same network with 1, 2, ... 5 hidden
neurons and comparing the loss curves. A fair comparison changes one thing only, so every
trial of a plan starts from the same document:

- the same data split and shuffling (the training seed is not touched);
- the same starting weights for every neuron the trials share: ``core.edits`` keeps each
  weight that still has a place, and new neurons are grown one at a time from a generator
  seeded with the training seed, so neuron 4 has the very same weights in the "4 units"
  and the "5 units" trials (and in two calls of ``make_trials``);
- epoch 0, empty history, no optimizer state.

``run_trial`` trains one trial (``core.training.train``, metrics every epoch) and is
reproducible: the same plan run twice gives bit-identical histories and weights.
``best`` and ``choose`` (``core.trial_choice``) pick the trial to keep: the lowest final
test loss, or the smallest trial within noise of it.

Array shapes follow ``core.network``: theta (n_params,), W (units, fan_in), b (units,).
"""

from __future__ import annotations

import copy
import math
import operator
from dataclasses import dataclass
from typing import Callable

import numpy as np

from core import activations as act
from core import edits, losses, optimizers
from core.experiment import DataBundle, Experiment
from core.i18n import QT_TRANSLATE_NOOP, number, translate
from core.i18n import values as values_text
from core.netfile import Document, NetFileError
from core.network import Network, NetworkError
from core.training import TrainingError, train
from core.trial_choice import Choice, all_equal, best, choose  # noqa: F401 (this API)

SETTINGS = ("units", "activation", "learning_rate", "optimizer", "batch_size")
MAX_TRIALS = 12
MAX_EPOCHS = 10_000
MAX_BATCH = 1_000_000
MAX_LEARNING_RATE = 100.0
# Mixed into the training seed for the generator of new neurons' weights: the network's own
# initial weights were drawn from the bare seed, and reusing that stream would give a new
# neuron the (rescaled) weights of neuron 0 -- two near-identical neurons.
_GROW_STREAM = 0x7472


class TrialError(ValueError):
    """A plan that cannot be run; the message says what to change."""


@dataclass(frozen=True)
class TrialPlan:
    """What to vary. ``layer`` (user order from 0, the output layer last) is needed for
    "units" (a hidden layer) and "activation"; ``neuron`` (from 0) makes "activation"
    change one neuron instead of the whole layer. ``values`` hold one value per trial:
    whole numbers of units, activation names, learning rates, optimizer names or batch
    sizes. Checked on construction (TrialError); ``check(net)`` checks the positions."""

    setting: str
    values: tuple
    epochs: int = 100
    layer: int | None = None
    neuron: int | None = None

    def __post_init__(self):
        if self.setting not in SETTINGS:
            raise TrialError(translate("Trials", "cannot vary {setting}; choose one of "
                                                 "{settings}").format(
                setting=_short(self.setting), settings=", ".join(SETTINGS)))
        if isinstance(self.values, (str, bytes)) or not hasattr(self.values, "__len__"):
            raise TrialError(translate("Trials", "values must be a list, got {values}")
                             .format(values=repr(self.values)))
        values = tuple(self.values)
        if not 1 <= len(values) <= MAX_TRIALS:
            raise TrialError(translate("Trials", "give 1 to {most} values (one per trial), "
                                                 "got {count}").format(
                most=MAX_TRIALS, count=len(values)))
        values = tuple(_VALUE_CHECKS[self.setting](v) for v in values)
        repeated = sorted({_label_value(v) for v in values if values.count(v) > 1})
        if repeated:
            raise TrialError(translate("Trials", "each value may appear once; repeated: "
                                                 "{values}").format(values=values_text(*repeated)))
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "epochs", _whole(self.epochs, "epochs", 1, MAX_EPOCHS))
        for name in ("layer", "neuron"):
            if getattr(self, name) is not None:
                object.__setattr__(self, name, _whole(getattr(self, name), name, 0, 10**6))
        if self.setting in ("units", "activation") and self.layer is None:
            raise TrialError(translate("Trials", "varying units needs a layer")
                             if self.setting == "units" else
                             translate("Trials", "varying activation needs a layer"))

    def check(self, net: Network) -> None:
        """Raise TrialError if ``layer``/``neuron`` do not exist in ``net``."""
        n_layers = len(net.sizes)
        if self.setting == "units":
            if n_layers == 1:
                raise TrialError(translate("Trials", "the network has no hidden layer whose "
                                                     "units could vary; add a hidden layer "
                                                     "first"))
            if self.layer >= n_layers - 1:
                raise TrialError(translate(
                    "Trials", "units can vary in hidden layers 0 to {last}, not layer {layer} "
                    "(the output layer's units are fixed by the data)").format(
                    last=n_layers - 2, layer=self.layer))
        elif self.setting == "activation":
            if self.layer >= n_layers:
                raise TrialError(translate("Trials", "the network has layers 0 to {last}, not "
                                                     "layer {layer}").format(
                    last=n_layers - 1, layer=self.layer))
            units = net.sizes[self.layer]
            if self.neuron is not None and self.neuron >= units:
                raise TrialError(translate("Trials", "layer {layer} has neurons 0 to {last}, "
                                                     "not neuron {neuron}").format(
                    layer=self.layer, last=units - 1, neuron=self.neuron))

    def label(self, value) -> str:
        """How a trial is called in legends and tables: "3 units", "relu", "lr 0.1" (in the
        language shown: a display, never stored)."""
        if self.setting == "units":
            n = value        # English has no catalogue: its singular is a text of its own
            return translate("Trials", "%n unit", None, n) if n == 1 else \
                translate("Trials", "%n units", None, n)
        if self.setting == "learning_rate":
            return translate("Trials", "lr {rate}").format(rate=number(value, "g"))
        if self.setting == "batch_size":
            return translate("Trials", "batch {size}").format(size=value)
        return str(value)


# what _whole checks -> its message, one whole sentence each (translated when raised)
_WHOLE_MESSAGES = {
    "epochs": QT_TRANSLATE_NOOP("Trials", "epochs must be a whole number from {low} to "
                                          "{high}, got {value}"),
    "units": QT_TRANSLATE_NOOP("Trials", "units must be a whole number from {low} to {high}, "
                                         "got {value}"),
    "layer": QT_TRANSLATE_NOOP("Trials", "layer must be a whole number from {low} to {high}, "
                                         "got {value}"),
    "neuron": QT_TRANSLATE_NOOP("Trials", "neuron must be a whole number from {low} to "
                                          "{high}, got {value}"),
    "batch size": QT_TRANSLATE_NOOP("Trials", "batch size must be a whole number from {low} "
                                              "to {high}, got {value}")}


def _whole(value, what: str, low: int, high: int) -> int:
    """``value`` as an int in [low, high]; TrialError otherwise. ``what``: a key of
    _WHOLE_MESSAGES."""
    if not isinstance(value, (bool, np.bool_, float)):   # True is not 1 to a student
        try:
            value = operator.index(value)
            if low <= value <= high:
                return value
        except TypeError:
            pass
    raise TrialError(translate("Trials", _WHOLE_MESSAGES[what]).format(
        low=low, high=high, value=_short(value)))


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


MAX_TRIAL_UNITS = 256   # trials grow a layer a neuron at a time: 1024 took 27 s here


def _units(v) -> int:
    return _whole(v, "units", 1, MAX_TRIAL_UNITS)


def _choice(v, names, message: str) -> str:
    """``v`` if it is one of ``names``; else TrialError with ``message`` (translated, with
    {value} and {names})."""
    if not isinstance(v, str) or v not in names:
        raise TrialError(message.format(value=_short(v), names=", ".join(names)))
    return v


def _activation(v) -> str:
    return _choice(v, act.NAMES, translate("Trials", "unknown activation {value}; choose "
                                                     "from {names}"))


def _learning_rate(v) -> float:
    ok = isinstance(v, (int, float, np.integer, np.floating)) and \
        not isinstance(v, (bool, np.bool_)) and math.isfinite(v)
    if not ok or not 0 < v <= MAX_LEARNING_RATE:
        raise TrialError(translate("Trials", "a learning rate must be a number above 0 and "
                                             "at most {most}, got {value}").format(
            most=number(MAX_LEARNING_RATE, "g"), value=_short(v)))
    return float(v)


def _optimizer(v) -> str:
    return _choice(v, optimizers.NAMES, translate("Trials", "unknown optimizer {value}; "
                                                            "choose from {names}"))


def _batch_size(v) -> int:
    return _whole(v, "batch size", 1, MAX_BATCH)


def _label_value(v) -> str:
    """A value in a message (the language's number format: a display)."""
    return number(v, "g") if isinstance(v, float) else str(v)


_VALUE_CHECKS = {"units": _units, "activation": _activation,
                 "learning_rate": _learning_rate, "optimizer": _optimizer,
                 "batch_size": _batch_size}


# -- plans from lesson files ---------------------------------------------------------------
_META_KEYS = ("setting", "layer", "neuron", "values", "epochs")


def plan_from_meta(doc: Document) -> TrialPlan | None:
    """The plan a lesson file suggests in ``meta.trials``, e.g. {"setting": "units",
    "layer": 0, "values": [1, 2, 3, 4, 5], "epochs": 300}; None when there is none.

    A file is untrusted input: anything malformed raises TrialError naming
    ``meta.trials`` and the problem, before anything is built. Unknown keys are ignored
    (a later version may add some)."""
    meta = doc.meta if isinstance(doc.meta, dict) else {}
    raw = meta.get("trials")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise TrialError(translate("Trials", "meta.trials: must be an object like {example}, "
                                             "got {kind}").format(
            example='{"setting": "units", "layer": 0, "values": [1, 2, 3]}',
            kind=type(raw).__name__))
    if "setting" not in raw or "values" not in raw:
        raise TrialError(translate("Trials", "meta.trials: needs \"setting\" and \"values\""))
    values = raw["values"]
    if not isinstance(values, list):
        raise TrialError(translate("Trials", "meta.trials.values: must be a list, got {kind}")
                         .format(kind=type(values).__name__))
    if len(values) > MAX_TRIALS:     # before looking at the items
        raise TrialError(translate("Trials", "meta.trials.values: at most {most} values, got "
                                             "{count}").format(most=MAX_TRIALS,
                                                               count=len(values)))
    kwargs = {k: raw[k] for k in _META_KEYS if k in raw and raw[k] is not None}
    kwargs["values"] = tuple(values)
    try:
        plan = TrialPlan(**kwargs)
        plan.check(doc.network)
    except TrialError as e:
        raise TrialError(f"meta.trials: {e}") from None
    return plan


# -- making trials -------------------------------------------------------------------------
@dataclass
class Trial:
    """One run to make: its label and the document it trains (epoch 0, no history)."""

    label: str
    document: Document
    value: object = None


def make_trials(doc: Document, plan: TrialPlan) -> list[Trial]:
    """One Trial per value of ``plan``, each a deep copy of ``doc`` with one setting
    changed (see the module doc for what stays the same). ``doc`` is not changed.
    Raises TrialError when the plan does not fit the document."""
    plan.check(doc.network)
    _check_training(doc)
    seed = doc.settings().seed
    if plan.setting == "units":
        nets = _unit_networks(doc.network, plan.layer, plan.values, seed)
    elif plan.setting == "activation":
        nets = [_activation_network(doc.network, plan, v) for v in plan.values]
    else:
        nets = [doc.network.copy() for _ in plan.values]
    trials = []
    for value, net in zip(plan.values, nets):
        training = dict(doc.training, epoch=0)
        if plan.setting in ("learning_rate", "optimizer", "batch_size"):
            training[plan.setting] = value
        trials.append(Trial(plan.label(value), _document(doc, net, training), value))
    return trials


def _check_training(doc: Document) -> None:
    try:
        doc.settings().check()
    except (TrainingError, TypeError, KeyError) as e:
        raise TrialError(translate("Trials", "the training settings cannot be used: {problem}")
                         .format(problem=e)) from None


def _unit_networks(net: Network, li: int, values, seed: int) -> list[Network]:
    """Networks with values[i] units in layer li. New neurons are added one at a time to
    a single grown network, so each has the same weights in every trial that has it."""
    current = net.sizes[li]
    grown = net.copy()
    grown.rng = np.random.default_rng([seed, _GROW_STREAM])
    for k in range(current + 1, max(values) + 1):
        edits.resize_layer(grown, li, k)
    nets = []
    for v in values:
        out = (grown if v > current else net).copy()
        edits.resize_layer(out, li, v)
        nets.append(out)
    return nets


def _activation_network(net: Network, plan: TrialPlan, name: str) -> Network:
    out = net.copy()
    try:
        if plan.neuron is None:
            edits.set_layer_activation(out, plan.layer, name)
        else:
            edits.set_activation(out, plan.layer, plan.neuron, name)
        out.check_loss()
    except (NetworkError, losses.LossError) as e:
        raise TrialError(f"{name}: {e}") from None
    return out


def _document(doc: Document, net: Network, training: dict) -> Document:
    same_shape = [len(x) for x in doc.extra_neurons] == net.sizes
    return Document(net, copy.deepcopy(doc.data), training, copy.deepcopy(doc.meta),
                    history=None, state=None, view=copy.deepcopy(doc.view),
                    extra=copy.deepcopy(doc.extra),
                    extra_layers=copy.deepcopy(doc.extra_layers[:len(net.sizes)]),
                    extra_neurons=copy.deepcopy(doc.extra_neurons) if same_shape else [])


# -- running -------------------------------------------------------------------------------
@dataclass
class TrialResult:
    """A trained trial. ``history`` is as ``Trainer.history`` (one entry per epoch);
    losses and accuracies are the last epoch's (accuracies None for regression).
    ``stopped``: why training diverged, else None; ``interrupted``: stopped by the user
    before ``epochs`` epochs. ``document``: the trained network, settings and history.
    ``sample_losses``: (n_samples,) the final network's loss on each sample of the data
    ``score`` measures (test, else train), in the data's order; what ``choose`` pairs."""

    label: str
    history: dict
    train_loss: float | None
    test_loss: float | None
    train_accuracy: float | None
    test_accuracy: float | None
    epochs: int
    stopped: str | None
    interrupted: bool
    document: Document
    value: object = None
    sample_losses: np.ndarray | None = None

    @property
    def score(self) -> float | None:
        """The loss ``best`` compares: test loss, or train loss without test data."""
        return self.test_loss if self.test_loss is not None else self.train_loss


def prepare_data(doc: Document, base_dir=None) -> DataBundle:
    """The data every trial of ``doc`` trains on (TrialError if it cannot be built). The
    plan never changes the data, its split or its transform, so build it once."""
    try:
        return Experiment(doc, base_dir).data()
    except NetFileError as e:
        raise TrialError(translate("Trials", "the data cannot be used: {problem}")
                         .format(problem=e)) from None


def run_trial(trial: Trial, epochs: int, should_stop: Callable[[], bool] | None = None,
              progress: Callable[[int, dict], None] | None = None, *,
              bundle: DataBundle | None = None, base_dir=None) -> TrialResult:
    """Train ``trial`` for ``epochs`` epochs, measuring every epoch.

    ``should_stop()`` is asked after every epoch (True ends the run, ``interrupted``);
    ``progress(epoch, history)`` is called after every epoch with the trainer's live
    history lists (copy what you keep). ``bundle`` (from ``prepare_data``) saves
    rebuilding the data for every trial. Raises TrialError if training cannot start."""
    doc = trial.document
    exp = Experiment(doc, base_dir, data=bundle)
    try:
        trainer = exp.trainer()
    except (NetFileError, TrainingError) as e:
        raise TrialError(f"{trial.label}: {e}") from None
    epochs = _whole(epochs, "epochs", 1, MAX_EPOCHS)
    stopped, interrupted = None, False
    for snap in train(trainer, epochs, report_every=1):
        if progress is not None:
            progress(snap.epoch, trainer.history)
        if snap.stopped:
            stopped = snap.stopped
            break
        if should_stop is not None and snap.epoch < epochs and should_stop():
            interrupted = True
            break
    h = trainer.history
    last = {k: (h[k][-1] if h[k] else None) for k in h}
    return TrialResult(trial.label, {k: list(x) for k, x in h.items()},
                       last["train_loss"], last["test_loss"], last["train_accuracy"],
                       last["test_accuracy"], trainer.epoch, stopped, interrupted,
                       exp.document(), trial.value, _sample_losses(trainer))


def _sample_losses(trainer) -> np.ndarray:
    """(n_samples,) losses of the trainer's network on the samples ``score`` uses."""
    part = trainer.test if trainer.test is not None else trainer.train
    with np.errstate(all="ignore"):
        Z, A = trainer.net.forward_internal(part.Xt)
        return losses.per_sample(trainer.net.loss, Z, A, part.T)
