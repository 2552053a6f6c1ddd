"""Training: a ``Trainer`` that steps a network, and ``train()``, a generator of snapshots.

Nothing here knows about threads: the GUI wraps ``train()`` in a worker, the CLI iterates
it. Same seed, same data, same settings -> the same weights, bit for bit, whether trained in
one go or saved and resumed (``Trainer.state()``/``set_state()``).

Layouts: ``X: (n_samples, n_inputs)`` and ``y: (n_samples,)`` at the edges; internally
``Xt: (n_inputs, n_samples)`` and ``T: (n_outputs, n_samples)`` (see ``core.network``).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import asdict, dataclass
from typing import Iterator

import numpy as np

from core import losses, optimizers
from core.i18n import interval, number, translate
from core.network import Network


class TrainingError(ValueError):
    """Settings or data that cannot be trained on; the message says what to change. A
    setting's message is "<key>: <problem>" (the key as in the file, the problem in the
    installed language)."""


@dataclass
class Settings:
    """What the user sets in the training panel (Keras words)."""

    optimizer: str = "sgd"
    learning_rate: float = 0.03
    batch_size: int = 10
    regularization: str = "none"
    regularization_rate: float = 0.0
    momentum: float = 0.9
    seed: int = 1

    def check(self) -> None:
        """Raise TrainingError naming the first setting that is out of range."""
        if self.optimizer not in optimizers.NAMES:
            raise TrainingError("optimizer: " + _unknown(self.optimizer, optimizers.NAMES))
        _check_number("learning_rate", self.learning_rate, 0, 100, low_open=True)
        _check_whole("batch_size", self.batch_size, 1, 1_000_000)
        if self.regularization not in optimizers.REGULARIZATIONS:
            raise TrainingError("regularization: "
                                + _unknown(self.regularization, optimizers.REGULARIZATIONS))
        _check_number("regularization_rate", self.regularization_rate, 0, 10)
        _check_number("momentum", self.momentum, 0, 1, high_open=True)
        _check_whole("seed", self.seed, 0, 2**32 - 1)

    def to_dict(self) -> dict:
        return asdict(self)


def _is_number(value) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and \
        not isinstance(value, (bool, np.bool_))


def _unknown(value, choices) -> str:
    return translate("Training", "unknown {value}; expected one of {choices}").format(
        value=repr(value), choices=", ".join(choices))


def _check_number(name, value, low, high, low_open=False, high_open=False) -> None:
    """TrainingError unless ``value`` lies in the range from ``low`` to ``high`` (open at
    either end when asked); the message writes it as a mathematician does, "(0, 100]"."""
    ok = _is_number(value) and math.isfinite(value)
    if ok:
        ok = (value > low if low_open else value >= low) and \
            (value < high if high_open else value <= high)
    if not ok:
        raise TrainingError(f"{name}: " + translate(
            "Training", "must be a number in {interval}, got {value}").format(
                interval=interval(low, high, "(" if low_open else "[",
                                  ")" if high_open else "]"), value=repr(value)))


def _check_whole(name, value, low, high) -> None:
    whole = isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))
    if not whole or not low <= value <= high:
        raise TrainingError(f"{name}: " + translate(
            "Training", "must be a whole number from {low} to {high}, got {value}").format(
                low=low, high=high, value=repr(value)))


@dataclass(frozen=True)
class Snapshot:
    """A read-only picture of training after some step. Arrays are copies, not views."""

    epoch: int                      # completed epochs
    step: int                       # mini-batch updates so far
    train_loss: float | None
    test_loss: float | None
    train_accuracy: float | None    # None for regression
    test_accuracy: float | None
    theta: np.ndarray | None = None   # (n_params,) read-only copy, internal layout (worker)
    layout_version: int = 0
    stopped: str | None = None      # why training stopped (divergence), else None


def encode_targets(net: Network, y: np.ndarray, problem: str, n_classes: int) -> np.ndarray:
    """y: (n_samples,) -> targets (n_samples, n_outputs) for this network's output layer.

    Classification with one output: 1 for class 1, else 0 (or -1 for a tanh output, as in
    TensorFlow Playground); with one output per class: one-hot. Regression: y as a column.
    """
    n_out = net.n_outputs
    low = -1.0 if net.activations(-1) == ["tanh"] * n_out else 0.0
    y = np.asarray(y)
    if problem == "regression":
        if n_out != 1:
            raise TrainingError(translate(
                "Training", "a regression target needs 1 output neuron, the network has "
                "{count}").format(count=n_out))
        return y.astype(float).reshape(-1, 1)
    if n_out == 1:
        if n_classes > 2:
            raise TrainingError(translate(
                "Training", "the data has %n classes but the network has 1 output; give "
                "the output layer %n softmax neurons", None, n_classes))
        return np.where(y.reshape(-1, 1) == 1, 1.0, low)
    if n_out != n_classes:
        raise TrainingError(translate(
            "Training", "the data has %n classes but the output layer has {outputs} "
            "neurons; use %n (one per class) or 1 for two classes", None, n_classes)
            .format(outputs=n_out))
    T = np.full((len(y), n_out), low)
    T[np.arange(len(y)), y.astype(int)] = 1.0
    return T


def accuracy(net: Network, outputs: np.ndarray, y: np.ndarray) -> float:
    """outputs: (n_samples, n_outputs) user order; y: (n_samples,) class indices."""
    if outputs.shape[1] == 1:
        threshold = 0.0 if net.activations(-1) == ["tanh"] else 0.5
        predicted = (outputs[:, 0] > threshold).astype(int)
    else:
        predicted = outputs.argmax(axis=1)
    return float(np.mean(predicted == y))


class Split:
    """One part of the data, prepared for a network: Xt (n_inputs, n), T (n_outputs, n).

    ``X1`` (n_inputs + 1, n) is Xt with a row of ones below it, as a training step takes
    it (see ``core.plan``); Xt is a view of it, so the data is stored once."""

    def __init__(self, net: Network, X, y, problem: str, n_classes: int):
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[1] != net.n_inputs:
            raise TrainingError(translate(
                "Training", "the data has {features} features but the network has "
                "{inputs} inputs").format(features=X.shape[-1] if X.ndim == 2 else "?",
                                          inputs=net.n_inputs))
        if len(X) == 0:
            raise TrainingError(translate("Training", "there are no samples to train on"))
        self.X, self.y, self.problem = X, np.asarray(y), problem
        self.X1 = np.ones((X.shape[1] + 1, len(X)))
        self.X1[:-1] = X.T
        self.Xt = self.X1[:-1]
        self.T = net.targets_internal(encode_targets(net, y, problem, n_classes))

    @property
    def n(self) -> int:
        return self.Xt.shape[1]

    def measure(self, net: Network, penalty: float) -> tuple[float, float | None, np.ndarray]:
        """(loss plus the regularization ``penalty``, accuracy (None for regression),
        outputs (n, n_outputs) in user order) of ``net`` on this part."""
        with np.errstate(all="ignore"):
            Z, A = net.forward_internal(self.Xt)
            loss = losses.value(net.loss, Z, A, self.T) + penalty
        outputs = net.outputs_user(A)
        acc = accuracy(net, outputs, self.y) if self.problem == "classification" else None
        return loss, acc, outputs


MAX_WORK_BYTES = 2 * 2**30


def check_working_memory(net: Network, n_samples: int) -> None:
    """Refuse, before allocating it, a network and data whose training would need more than
    MAX_WORK_BYTES: a step and an evaluation hold Z, A, dZ and dA, each (units, n), for
    every layer (n up to the whole data set). Each size is allowed on its own (1,024 units,
    100,000 samples); a hostile file can still combine them."""
    units = sum(net.sizes) + net.n_inputs
    need = 4 * 8 * units * n_samples
    if need > MAX_WORK_BYTES:
        raise TrainingError(translate(
            "Training", "{neurons} neurons on {samples} samples would need about {need} GB "
            "of memory to train (at most {limit} GB); use fewer samples or neurons").format(
                neurons=number(sum(net.sizes), ","), samples=number(n_samples, ","),
                need=number(need / 2**30, ".1f"),
                limit=number(MAX_WORK_BYTES / 2**30, ".0f")))


class Trainer:
    """Steps ``net`` on training data with mini-batches reshuffled every epoch.

    ``test`` may be None. ``settings`` may be changed between steps (learning rate,
    optimizer, regularization apply at the next step). After a structural edit of ``net``
    call ``refresh_data()``; the optimizer state then restarts (its layout changed).
    """

    def __init__(self, net: Network, train, test=None, settings: Settings | None = None,
                 problem: str = "classification", n_classes: int = 2):
        self.net, self.settings = net, settings or Settings()
        self.settings.check()
        net.check_loss()
        self.problem, self.n_classes = problem, n_classes
        self._raw = (train, test)
        self.refresh_data()
        self.epoch = self.step_count = self.batch_index = 0
        self.rng = np.random.default_rng(self.settings.seed)
        self._epoch_rng_state = self.rng.bit_generator.state
        self._order = None
        self.history: dict[str, list] = {k: [] for k in
                                         ("epoch", "train_loss", "test_loss",
                                          "train_accuracy", "test_accuracy")}
        self.optimizer = None
        self._optimizer_key = None

    def refresh_data(self) -> None:
        """(Re)encode the data for the network's current shape."""
        (Xtr, ytr), test = self._raw
        check_working_memory(self.net, max(len(Xtr), 0 if test is None else len(test[0])))
        self.train = Split(self.net, Xtr, ytr, self.problem, self.n_classes)
        self.test = None if test is None else Split(self.net, *test, self.problem,
                                                    self.n_classes)
        self._order = None
        self._layout = None

    # -- optimizer -------------------------------------------------------------------------
    def _ensure_optimizer(self):
        s, net = self.settings, self.net
        if self._optimizer_key != (s.optimizer, net.layout_version):
            self.optimizer = opt = optimizers.make(s.optimizer, net.theta.size,
                                                   s.learning_rate, momentum=s.momentum)
            self._optimizer_key = (s.optimizer, net.layout_version)
            live = [net.theta] + [getattr(opt, k) for k in opt.STATE_KEYS]
            self._backup = [(np.empty_like(v), v) for v in live]
            self._tmp = np.zeros_like(net.theta)
            self._ones = np.ones_like(net.theta)
        self.optimizer.learning_rate = s.learning_rate
        self.optimizer.momentum = s.momentum
        return self.optimizer

    # -- stepping --------------------------------------------------------------------------
    @property
    def batch_size(self) -> int:
        return min(int(self.settings.batch_size), self.train.n)

    def _epoch_batches(self) -> list:
        """This epoch's mini-batches [(X1b, Tb), ...] (inputs with their row of ones, as
        ``StepPlan.run_with_ones`` takes them), reshuffled every epoch from the
        seeded generator; full batch is never shuffled. A batch-size change applies from
        the next epoch."""
        if self._order is None:
            bs, n = self.batch_size, self.train.n
            if bs >= n:
                self._order = [(self.train.X1, self.train.T)]
            else:
                self._epoch_rng_state = self.rng.bit_generator.state
                perm = self.rng.permutation(n)
                Xe = np.ascontiguousarray(self.train.X1[:, perm])
                Te = np.ascontiguousarray(self.train.T[:, perm])
                self._order = [(Xe[:, s:s + bs], Te[:, s:s + bs]) for s in range(0, n, bs)]
        return self._order

    def step_batch(self) -> str | None:
        """One mini-batch update. Returns a reason string if training diverged (the last
        finite parameters and optimizer state are then restored), else None."""
        # overflow on the way to a divergence is expected and reported, not warned about
        with np.errstate(all="ignore"):
            return self._step()

    def _step(self) -> str | None:
        opt, net, s = self._ensure_optimizer(), self.net, self.settings
        for saved, live in self._backup:
            np.copyto(saved, live)
        batches = self._epoch_batches()
        X1b, Tb = batches[self.batch_index]
        net.plan(Tb.shape[1]).run_with_ones(X1b, Tb)       # fills net.grad
        if s.regularization != "none":
            optimizers.add_regularization(net.grad, net.theta, net.reg_mask,
                                          s.regularization, s.regularization_rate, self._tmp)
        opt.step(net.theta, net.grad, net.update_mask)
        # one dot product instead of isfinite().all(): any inf or NaN makes it non-finite
        # (and BLAS's dot costs 0.6 us here against 0.9 us for theta.sum())
        if not math.isfinite(np.dot(net.theta, self._ones)):
            return self._restore("weights")
        self.step_count += 1
        self.batch_index += 1
        if self.batch_index >= len(batches):
            self.batch_index, self._order = 0, None
            self.epoch += 1
        return None

    def _restore(self, what: str) -> str:
        """``what`` became infinite or NaN: "weights" or "loss"."""
        for saved, live in self._backup:
            np.copyto(live, saved)
        self.optimizer.t -= 1
        return self.divergence_message(what)

    def divergence_message(self, what: str) -> str:
        """Why training stopped, for a person: ``what`` ("weights" or "loss") became
        infinite or NaN."""
        lr = self.settings.learning_rate
        if what == "loss":
            text = translate("Training", "Training diverged at epoch {epoch}: the loss became "
                             "infinite or NaN. The weights are those of the last finite step. "
                             "Try a smaller learning rate (now {rate}, e.g. {smaller}).")
        else:
            text = translate("Training", "Training diverged at epoch {epoch}: the weights "
                             "became infinite or NaN. The weights are those of the last "
                             "finite step. Try a smaller learning rate (now {rate}, e.g. "
                             "{smaller}).")
        return text.format(epoch=self.epoch, rate=number(lr, "g"),
                           smaller=number(lr / 10, "g"))

    def run_epoch(self) -> str | None:
        """Steps until the current epoch ends; returns a divergence reason or None."""
        start = self.epoch
        with np.errstate(all="ignore"):
            while self.epoch == start:
                reason = self._step()
                if reason:
                    return reason
        return None

    # -- measuring -------------------------------------------------------------------------
    def evaluate(self, record: bool = True) -> dict:
        """Loss (plus regularization penalty) and accuracy on train and test data."""
        out = {"epoch": self.epoch}
        penalty = optimizers.penalty(self.net.theta, self.net.reg_mask,
                                     self.settings.regularization,
                                     self.settings.regularization_rate)
        for name, part in (("train", self.train), ("test", self.test)):
            loss, acc, _ = part.measure(self.net, penalty) if part is not None else (None,) * 3
            out[f"{name}_loss"], out[f"{name}_accuracy"] = loss, acc
        if record:
            for k, v in out.items():
                self.history[k].append(v)
        return out

    # -- exact resume ----------------------------------------------------------------------
    def state(self) -> dict:
        """JSON-friendly state for an exact resume (optimizer vectors in canonical order)."""
        opt = self._ensure_optimizer()
        idx = self.net.canonical_index()
        opt_state = {"name": opt.name, "t": opt.t}
        opt_state.update({k: getattr(opt, k)[idx].tolist() for k in opt.STATE_KEYS})
        return {"epoch": self.epoch, "step": self.step_count, "batch_index": self.batch_index,
                "rng": (self._epoch_rng_state if self.batch_index else
                        self.rng.bit_generator.state),
                "optimizer": opt_state}

    def set_state(self, state: dict) -> None:
        self.epoch, self.step_count = int(state["epoch"]), int(state["step"])
        self.batch_index = int(state.get("batch_index", 0))
        self.rng.bit_generator.state = state["rng"]
        self._order = None
        opt = self._ensure_optimizer()
        saved = state.get("optimizer") or {}
        if saved.get("name") == opt.name:
            idx = self.net.canonical_index()
            opt.t = int(saved["t"])
            for k in opt.STATE_KEYS:
                getattr(opt, k)[idx] = np.asarray(saved[k], dtype=float)
        if self.batch_index:   # mid-epoch: rebuild this epoch's order from its RNG state
            self._epoch_batches()


def train(trainer: Trainer, epochs: int | None = None, *,
          report_every: int = 1) -> Iterator[Snapshot]:
    """Yield a Snapshot after every epoch.

    ``epochs``: how many more epochs to run (None: until the consumer stops). Metrics are
    computed on every ``report_every``-th yield and always on the last; other snapshots
    carry None losses; none carries the parameters (``theta`` is None: the GUI's worker
    adds a copy to the snapshots it emits). Stops after a divergence with ``stopped`` set.
    """
    target = None if epochs is None else trainer.epoch + int(epochs)
    count = 0
    while target is None or trainer.epoch < target:
        reason = trainer.run_epoch()
        count += 1
        last = reason is not None or (target is not None and trainer.epoch >= target)
        metrics = {}
        if last or count % max(1, report_every) == 0:
            metrics = trainer.evaluate()
            if reason is None and not np.isfinite(metrics["train_loss"]):
                reason = trainer.divergence_message("loss")
        yield _snapshot(trainer, metrics, reason)
        if reason:
            return


def _snapshot(trainer: Trainer, metrics: dict, reason) -> Snapshot:
    return Snapshot(trainer.epoch, trainer.step_count, metrics.get("train_loss"),
                    metrics.get("test_loss"), metrics.get("train_accuracy"),
                    metrics.get("test_accuracy"), None, trainer.net.layout_version, reason)


def measured(trainer: Trainer, reason: str = "") -> Snapshot:
    """The run as it stands, measured (a point on the curves), with a read-only copy of
    the weights: what a GUI shows of a step. theta: (n_params,)."""
    theta = trainer.net.theta.copy()
    theta.flags.writeable = False
    return dataclasses.replace(_snapshot(trainer, trainer.evaluate(), reason), theta=theta)
