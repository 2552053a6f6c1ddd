"""Challenges: goals a lesson file sets (``meta.challenge``), and whether a network meets them.

A challenge file is a lesson file whose ``meta`` also holds::

    "challenge": {"goals": [{"kind": "test_accuracy", "at_least": 0.95},
                            {"kind": "hidden_neurons", "at_most": 3},
                            {"kind": "test_loss", "at_most": 0.1, "within_epochs": 200}],
                  "met": {"epoch": 143}}          // written by the app: all goals met then

``parse(meta)`` reads and checks it (every error a ``NetFileError`` "field: problem", like
``core.netfile_validate``; an unknown kind is refused with the list of known ones).
``measure(goals, net, bundle, training)`` measures what the goals need on the network as
it is *now*; ``evaluate(goals, net, epoch, history, measured)`` says for each goal whether
it is met, with the value shown ("Test accuracy 93.1 % (goal ≥ 95 %)").

What the words mean (so that no goal can be met by a trick):

- A value goal (accuracy, loss) is judged on the current network, measured now: the
  loss curve's last point may belong to a network that was edited since (train 8
  neurons, then delete 5: the accuracy shown is the 3 neurons', not the 8's).
- "within N epochs": the run's history (the loss curve's points, from epoch 0) first met
  it at an epoch <= N, *and* it holds now: a network trained small and then grown back
  (or the reverse) does not keep a success it did not earn.
- Structure goals (hidden neurons, layers) count the current network; health goals
  (dead, saturated neurons, ``core.diagnostics``) look at it now, on the training inputs:
  "no dead neuron at the end" means at the moment it is judged.

Pure NumPy: the GUI (``gui.challenge``), the tests and a handout use it alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core import diagnostics, i18n, losses, optimizers
from core.data_bundle import build_data
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.netfile_validate import NetFileError, kind, number, obj, whole
from core.training import Split, TrainingError

MAX_GOALS = 12
MAX_EPOCHS = 10**9
# kind -> (what it is called, unit: "%" for a share shown in per cent, "" for a number,
# "count" for a whole number). The names are English (QT_TRANSLATE_NOOP, built at import):
# ``label(kind)`` gives them in the language shown.
METRICS = {"test_accuracy": (QT_TRANSLATE_NOOP("Challenges", "Test accuracy"), "%"),
           "train_accuracy": (QT_TRANSLATE_NOOP("Challenges", "Train accuracy"), "%"),
           "test_loss": (QT_TRANSLATE_NOOP("Challenges", "Test loss"), ""),
           "train_loss": (QT_TRANSLATE_NOOP("Challenges", "Train loss"), "")}
STRUCTURE = {"hidden_neurons": QT_TRANSLATE_NOOP("Challenges", "Hidden neurons"),
             "hidden_layers": QT_TRANSLATE_NOOP("Challenges", "Hidden layers"),
             "layers": QT_TRANSLATE_NOOP("Challenges", "Layers (hidden and output)")}
HEALTH = {"dead_neurons": (QT_TRANSLATE_NOOP("Challenges", "Dead neurons"), "dead"),
          "saturated_neurons": (QT_TRANSLATE_NOOP("Challenges", "Saturated neurons"),
                                "saturated")}
SUM = {"output_sum_error": QT_TRANSLATE_NOOP("Challenges", "Outputs add up to 1:")}
KINDS = (*METRICS, *STRUCTURE, *HEALTH, *SUM)
BOUNDS = ("at_least", "at_most")
GOAL_KEYS = ("kind", *BOUNDS, "within_epochs")


@dataclass(frozen=True)
class Goal:
    """One goal: ``kind`` (one of KINDS) at least or at most ``limit``; ``within``: the
    epoch by which a metric must first have met it (None: any time)."""

    kind: str
    bound: str              # "at_least" | "at_most"
    limit: float
    within: int | None = None

    def holds(self, value: float | None) -> bool:
        if value is None or not math.isfinite(value):
            return False
        return value >= self.limit if self.bound == "at_least" else value <= self.limit


@dataclass(frozen=True)
class Challenge:
    goals: tuple[Goal, ...]
    met_epoch: int | None = None       # the app's record: all goals met at this epoch


def parse(meta) -> Challenge | None:
    """The challenge in a document's ``meta`` (None when it has none); NetFileError
    naming the field when it is malformed."""
    if not isinstance(meta, dict) or "challenge" not in meta:
        return None
    d = obj(meta["challenge"], "meta.challenge")
    raw = d.get("goals")
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_GOALS:
        got = f"{len(raw)}" if isinstance(raw, list) else kind(raw)
        raise NetFileError("meta.challenge.goals", translate(
            "Challenges", "expected a list of 1 to {most} goals, got {got}").format(
            most=MAX_GOALS, got=got))
    goals = tuple(_goal(g, f"meta.challenge.goals[{i}]") for i, g in enumerate(raw))
    met = None
    if d.get("met") is not None:
        record = obj(d["met"], "meta.challenge.met")
        met = whole(record.get("epoch"), "meta.challenge.met.epoch", 0, MAX_EPOCHS)
    return Challenge(goals, met)


def _goal(v, path: str) -> Goal:
    d = obj(v, path)
    name = d.get("kind")
    if name not in KINDS:
        shown = repr(name) if isinstance(name, str) else kind(name)
        raise NetFileError(f"{path}.kind", translate(
            "Challenges", "unknown goal {goal}; expected one of: {kinds}").format(
            goal=shown, kinds=", ".join(KINDS)))
    extra = [k for k in d if k not in GOAL_KEYS]
    if extra:
        raise NetFileError(f"{path}.{extra[0]}", translate(
            "Challenges", "not a goal setting; a goal has {keys}").format(
            keys=", ".join(GOAL_KEYS)))
    given = [b for b in BOUNDS if b in d]
    if len(given) != 1:
        raise NetFileError(path, translate("Challenges",
                                           "give exactly one of at_least, at_most"))
    bound = given[0]
    low, high = (0.0, 1.0) if METRICS.get(name, ("", ""))[1] == "%" else (0.0, math.inf)
    if name in STRUCTURE or name in HEALTH:
        limit = float(whole(d[bound], f"{path}.{bound}", 0, 10**6))
    else:
        limit = number(d[bound], f"{path}.{bound}", low, high)
    within = None
    if "within_epochs" in d:
        if name not in METRICS:
            raise NetFileError(f"{path}.within_epochs", translate(
                "Challenges", "only accuracy and loss goals can have a deadline, not {kind}")
                .format(kind=name))
        within = whole(d["within_epochs"], f"{path}.within_epochs", 1, MAX_EPOCHS)
    return Goal(name, bound, limit, within)


def goals_json(goals) -> list[dict]:
    """The goals as ``meta.challenge.goals`` stores them."""
    out = []
    for g in goals:
        limit = int(g.limit) if g.kind in STRUCTURE or g.kind in HEALTH else g.limit
        item = {"kind": g.kind, g.bound: limit}
        if g.within is not None:
            item["within_epochs"] = g.within
        out.append(item)
    return out


# -- measuring now ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Measured:
    """What the goals read from the network now. ``metrics``: {kind: value} of METRICS
    and SUM (missing when they cannot be measured: ``problem`` says why); ``health``:
    {status: count} over every neuron."""

    metrics: dict
    health: dict
    problem: str = ""


def measure(goals, net, bundle, training: dict | None = None) -> Measured:
    """Measure on ``net`` as it is what ``goals`` need. ``bundle``: the document's
    ``DataBundle`` (None: no data); ``training``: its training settings, for the
    regularisation penalty the loss curve includes (as ``Trainer.evaluate``)."""
    kinds = {g.kind for g in goals}
    if bundle is None:
        return Measured({}, {}, translate("Challenges", "there is no data"))
    metrics, problem = {}, ""
    try:
        metrics = _metrics(kinds, net, bundle, training or {})
    except (TrainingError, losses.LossError) as e:
        problem = translate("Challenges", "the network cannot be trained: {problem}").format(
            problem=e)
    health = {}
    if kinds & set(HEALTH):
        with np.errstate(all="ignore"):
            layers = diagnostics.neuron_health(net, bundle.train[0])
        statuses = [s for lay in layers for s in lay.status]
        health = {status: statuses.count(status) for status in ("dead", "saturated")}
    return Measured(metrics, health, problem)


def _metrics(kinds: set, net, bundle, training: dict) -> dict:
    """Loss and accuracy of the splits the goals name, as ``Trainer.evaluate`` gives
    them; the largest miss of the outputs' sum from 1 on the test split."""
    net.check_loss()
    out = {}
    rate = float(training.get("regularization_rate", 0.0) or 0.0)
    extra = optimizers.penalty(net.theta, net.reg_mask,
                               training.get("regularization", "none"), rate)
    for part in ("train", "test"):
        if not kinds & {f"{part}_loss", f"{part}_accuracy"} and \
                not (part == "test" and "output_sum_error" in kinds):
            continue
        split = Split(net, *getattr(bundle, part), bundle.problem, bundle.n_classes)
        out[f"{part}_loss"], acc, outputs = split.measure(net, extra)
        if acc is not None:
            out[f"{part}_accuracy"] = acc
        if part == "test":
            out["output_sum_error"] = float(np.max(np.abs(outputs.sum(axis=1) - 1.0)))
    return out


# -- judging ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoalState:
    """A goal judged: ``met``; ``value`` now (None: cannot be measured); ``reached``: the
    first epoch the history met it (deadline goals); ``text``: the line a person reads."""

    goal: Goal
    met: bool
    value: float | None
    text: str
    reached: int | None = None


def evaluate(goals, net, epoch: int, history: dict | None, measured: Measured):
    """Each goal judged on the network now (see the module doc for what the words mean).
    ``history``: the run's curves {"epoch": [...], "test_loss": [...], ...} or None."""
    return tuple(_judge(g, net, epoch, history, measured) for g in goals)


def all_met(states) -> bool:
    return bool(states) and all(s.met for s in states)


def _judge(goal: Goal, net, epoch: int, history, measured: Measured) -> GoalState:
    if goal.kind in STRUCTURE:
        sizes = net.sizes
        value = {"hidden_neurons": sum(sizes[:-1]), "hidden_layers": len(sizes) - 1,
                 "layers": len(sizes)}[goal.kind]
        return _state(goal, float(value))
    if goal.kind in HEALTH:
        return _state(goal, measured.health.get(HEALTH[goal.kind][1]))
    value = measured.metrics.get(goal.kind)
    if goal.within is None:
        return _state(goal, value)
    reached = first_reached(goal, history)
    met = goal.holds(value) and reached is not None and reached <= goal.within
    deadline = _deadline(goal, reached, epoch, goal.holds(value))
    text = _line().format(label=label(goal.kind), value=_value(goal, value), goal=deadline)
    return GoalState(goal, met, value, text, reached)


def label(kind: str) -> str:
    """What a goal kind (one of KINDS) is called, in the language shown: "Test accuracy"."""
    if kind in METRICS:
        return translate("Challenges", METRICS[kind][0])
    if kind in HEALTH:
        return translate("Challenges", HEALTH[kind][0])
    return translate("Challenges", STRUCTURE[kind] if kind in STRUCTURE else SUM[kind])


def first_reached(goal: Goal, history) -> int | None:
    """The first epoch of ``history`` at which ``goal``'s metric met it, or None."""
    if not history or goal.kind not in history:
        return None
    for e, v in zip(history.get("epoch", ()), history[goal.kind]):
        if v is not None and goal.holds(float(v)):
            return int(e)
    return None


def _line() -> str:
    """The pattern of a goal's line: "Test accuracy 93.1 % (goal ≥ 95 %)"."""
    return translate("Challenges", "{label} {value} ({goal})")


def _state(goal: Goal, value) -> GoalState:
    met = goal.holds(value)
    text = _line().format(label=label(goal.kind), value=_value(goal, value),
                        goal=_goal_text(goal))
    return GoalState(goal, met, value, text)


def _number(goal: Goal, x: float) -> str:
    """A goal's value or limit as a person reads it, in the language's number format:
    "93.1 %", "95 %", "3", "0.1"."""
    if METRICS.get(goal.kind, ("", ""))[1] == "%":
        share = round(100 * x, 1)
        shown = i18n.number(share, ".0f" if share == int(share) else ".1f")
        return translate("Challenges", "{percent} %").format(percent=shown)
    if goal.kind in STRUCTURE or goal.kind in HEALTH:
        return f"{int(round(x))}"
    return i18n.number(x, ".3g")


def _value(goal: Goal, value) -> str:
    """The value now as the goal's line shows it ("unknown": ``Measured.problem`` says
    why, once, not in every line)."""
    if value is None or not math.isfinite(value):
        return translate("Challenges", "unknown")
    if goal.kind in SUM:
        return translate("Challenges", "off by 0") if value < 1e-9 else \
            translate("Challenges", "off by up to {value}").format(value=_number(goal, value))
    return _number(goal, value)


def _goal_text(goal: Goal) -> str:
    if goal.bound == "at_most" and goal.limit == 0 and goal.kind in HEALTH:
        return translate("Challenges", "goal: none")
    return translate("Challenges", "goal {limit}").format(limit=_limit(goal))


def _limit(goal: Goal) -> str:
    sign = "\u2265" if goal.bound == "at_least" else "\u2264"
    return f"{sign} {_number(goal, goal.limit)}"


def _deadline(goal: Goal, reached: int | None, epoch: int, holds: bool) -> str:
    """The goal of a deadline goal and how it stands, one whole sentence per case."""
    names = {"limit": _limit(goal), "within": goal.within, "reached": reached}
    if reached is not None and reached <= goal.within:
        text = translate("Challenges", "goal {limit} by epoch {within}: first at epoch "
                                       "{reached}") if holds else \
            translate("Challenges", "goal {limit} by epoch {within}: first at epoch "
                                    "{reached}, not now")
    elif epoch > goal.within or reached is not None:
        text = translate("Challenges", "goal {limit} by epoch {within}: missed, Ctrl+R starts "
                                       "over")
    else:
        n = goal.within - epoch  # English has no catalogue: its singular is a text of its own
        text = translate("Challenges", "goal {limit} by epoch {within}: %n epoch left", None,
                         n) if n == 1 else \
            translate("Challenges", "goal {limit} by epoch {within}: %n epochs left", None, n)
    return text.format(**names)


# -- the record and the handout --------------------------------------------------------------
def met_epoch_between(goals, history, after: int, now: int) -> int:
    """The epoch all goals were met at, when a check at epoch ``now`` found them met and
    the one before (at ``after``) did not: the first point of ``history`` in (after, now]
    where every value goal held (the structure did not change in between, or ``after``
    would be the edit's epoch). ``now`` when the history cannot tell."""
    if not history:
        return now
    epochs = history.get("epoch", ())
    values = [g for g in goals if g.kind in METRICS]
    for i, e in enumerate(epochs):
        if after < e <= now and all(g.holds(_at(history, g.kind, i)) for g in values):
            return int(e)
    return now


def _at(history, key: str, i: int):
    column = history.get(key, ())
    return None if i >= len(column) or column[i] is None else float(column[i])


def goal_lines(doc, bundle=None) -> list[tuple[bool, str]]:
    """(met, text) for each goal of a document (``core.netfile.Document``) as it stands,
    e.g. for a printed handout; [] when it has no challenge. ``bundle``: its data if built
    (else it is built here; data that cannot be built leaves value goals unknown)."""
    challenge = parse(doc.meta)
    if challenge is None:
        return []
    if bundle is None:
        try:
            bundle = build_data(doc)
        except NetFileError:
            bundle = None
    measured = measure(challenge.goals, doc.network, bundle, doc.training)
    states = evaluate(challenge.goals, doc.network, int(doc.training.get("epoch", 0)),
                      doc.history, measured)
    return [(s.met, s.text) for s in states]
