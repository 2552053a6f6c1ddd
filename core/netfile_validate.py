"""Validation of a parsed ``.nsnet`` document (version 1), field by field.

Every check names the field by its path in the file, e.g.
``layers[1].neurons[3].weights: expected 4 numbers, got 3``. Sizes are compared with the
bounds before any array is made, so a hostile file cannot make us allocate more than the
parsed JSON already holds. ``core.netfile`` parses and builds; this module only judges
(the ``data`` object is judged in ``core.netfile_data``, what a run and the app record in
``core.netfile_record``).

The problems are in the installed language (``core.i18n``, context "NetFile"); the field
paths, key names and the values quoted from the file stay as the file writes them.
"""

from __future__ import annotations

import json
import math

import numpy as np

from core import activations as act
from core import losses
from core.i18n import QT_TRANSLATE_NOOP, interval, translate
from core.i18n import number as i18n_number
from core.network import MAX_LAYERS, MAX_UNITS, Neuron
from core.training import Settings, TrainingError

FORMAT = "neuron-studio-network"
VERSION = 1
MAX_TEXT = 100_000            # characters in one string (notes can be a lesson)
MAX_SEED = 2**63 - 1
MAX_COUNT = 2**53             # epochs, steps: exact in a float too
TOP_KEYS = ("format", "version", "meta", "inputs", "layers", "loss", "data", "training",
            "history", "state", "view")
NEURON_KEYS = ("activation", "alpha", "weights", "bias", "frozen")
TRAINING_DEFAULTS = {"optimizer": "sgd", "learning_rate": 0.03, "batch_size": 10,
                     "regularization": "none", "regularization_rate": 0.0, "momentum": 0.9,
                     "train_fraction": 0.5, "seed": 1, "epoch": 0}


# why a file cannot be used, for the one sentence an app puts before the detail: a damaged
# or incomplete file, one the system would not let us read, one from a newer version
DAMAGED, UNREADABLE, NEWER = "damaged", "unreadable", "newer"


class NetFileError(ValueError):
    """A network file that cannot be read or written; ``str(e)`` is "<field>: <problem>"
    (the problem in the installed language); ``reason`` is DAMAGED (anything wrong inside
    the file), UNREADABLE or NEWER."""

    def __init__(self, field: str, problem: str, reason: str = DAMAGED):
        super().__init__(f"{field}: {problem}")
        self.field, self.problem, self.reason = field, problem, reason

    def __reduce__(self):  # three constructor arguments, so pickling needs help
        return type(self), (self.field, self.problem, self.reason)


class NonFinite:
    """What the parser puts where the file says NaN, Infinity or 1e400 (see core.netfile)."""

    def __init__(self, text: str):
        self.text = text


# -- small typed readers -------------------------------------------------------------------

def short(v) -> str:
    s = repr(v)
    return s if len(s) <= 40 else s[:37] + "..."


def kind(v) -> str:
    """How a value reads in a message: 'null', 'true', '1.5', 'a string', 'a list'."""
    if isinstance(v, NonFinite):
        return v.text
    if v is None or isinstance(v, (bool, int, float)):
        if not isinstance(v, int) or abs(v) < 10**30:
            return json.dumps(v)
        return translate("NetFile", "a huge number")
    if isinstance(v, str):
        return translate("NetFile", "a string")
    if isinstance(v, list):
        return translate("NetFile", "a list")
    if isinstance(v, dict):
        return translate("NetFile", "an object")
    return type(v).__name__


def join(path: str, key) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    name = key if key.isidentifier() else json.dumps(key)
    return f"{path}.{name}" if path else name


def need(d: dict, key: str, path: str = ""):
    if key not in d:
        raise NetFileError(join(path, key), translate("NetFile", "missing (required)"))
    return d[key]


def unknown(d: dict, known) -> dict:
    """The keys of d this version does not know: kept so a re-save loses nothing."""
    return {k: v for k, v in d.items() if k not in known}


def fail(path: str, message: str, **values) -> NetFileError:
    """The error at ``path`` whose problem is ``message`` (already translated) with
    ``values`` put into its {placeholders}."""
    return NetFileError(path, message.format(**values))


def obj(v, path: str) -> dict:
    if not isinstance(v, dict):
        raise fail(path, translate("NetFile", "expected an object {braces}, got {kind}"),
                   braces="{...}", kind=kind(v))
    return v


def array(v, path: str, low: int, high: int,
          what: str = QT_TRANSLATE_NOOP("NetFile", "items")) -> list:
    """A list of ``low`` to ``high`` entries; ``what`` names them in a message (English,
    marked with QT_TRANSLATE_NOOP("NetFile", ...) by the caller: translated only on an
    error, as this runs for every row of a data set)."""
    if not isinstance(v, list):
        raise fail(path, translate("NetFile", "expected a list, got {kind}"), kind=kind(v))
    if not low <= len(v) <= high:
        message = (translate("NetFile", "expected {low} {what}, got {got}") if low == high
                   else translate("NetFile", "expected {low} to {high} {what}, got {got}"))
        raise fail(path, message, low=low, high=high, got=len(v),
                   what=translate("NetFile", what))
    return v


def text(v, path: str, choices=None, allow_empty: bool = False, limit: int = MAX_TEXT) -> str:
    """A string, one of ``choices`` if given, of at most ``limit`` characters."""
    if not isinstance(v, str):
        raise fail(path, translate("NetFile", "expected a string, got {kind}"), kind=kind(v))
    if choices is not None and v not in choices:
        raise fail(path, translate("NetFile", "unknown {value}; expected one of: {choices}"),
                   value=short(v), choices=", ".join(choices))
    if not v and not allow_empty:
        raise fail(path, translate("NetFile", "must not be empty"))
    if len(v) > limit:
        raise fail(path, translate("NetFile", "longer than {limit} characters"), limit=limit)
    return v


def names(v, path: str, low: int, high: int, what: str) -> list[str]:
    """A list of unique, non-empty strings."""
    out = array(v, path, low, high, what)
    for i, name in enumerate(out):
        text(name, join(path, i))
        if "<" in name or ">" in name:      # a label would read "<img src=...>" as markup
            raise fail(join(path, i), translate(
                "NetFile", "{name}: names cannot contain < or >; rename it"), name=short(name))
        if name in out[:i]:
            raise fail(join(path, i), translate(
                "NetFile", "{name} appears twice; names must be unique"), name=short(name))
    return out


def boolean(v, path: str) -> bool:
    if not isinstance(v, bool):
        raise fail(path, translate("NetFile", "expected true or false, got {kind}"),
                   kind=kind(v))
    return v


def number(v, path: str, low: float = -math.inf, high: float = math.inf,
           open_low: bool = False, open_high: bool = False) -> float:
    """A finite number (int or float, never a boolean) in the given range, as a float."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise fail(path, translate("NetFile", "expected a number, got {kind}"), kind=kind(v))
    try:
        x = float(v)
    except OverflowError:
        x = math.inf
    if not math.isfinite(x):
        raise fail(path, translate("NetFile", "number too large"))
    if x < low or x > high or (open_low and x == low) or (open_high and x == high):
        # bounds as a mathematician writes them, ">= 0", "[0, 1)" ("[0; 0,5]" under a decimal
        # comma): no words to translate
        if math.isinf(high):
            bound = f"{'>' if open_low else '>='} {i18n_number(low, 'g')}"
            raise fail(path, translate("NetFile", "must be {bound}, got {kind}"),
                       bound=bound, kind=kind(v))
        shown = interval(low, high, "(" if open_low else "[", ")" if open_high else "]")
        raise fail(path, translate("NetFile", "must be in {interval}, got {kind}"),
                   interval=shown, kind=kind(v))
    return x


def whole(v, path: str, low: int, high: int) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise fail(path, translate("NetFile", "expected a whole number, got {kind}"),
                   kind=kind(v))
    if not low <= v <= high:
        raise fail(path, translate("NetFile", "must be a whole number from {low} to {high}, "
                                   "got {kind}"), low=low, high=high, kind=kind(v))
    return v


def check_values(v, path: str = "") -> None:
    """Reject NaN/Infinity (parsed as NonFinite) and lone surrogates anywhere in the tree.

    Recursion is safe: core.netfile bounds the nesting depth before parsing.
    """
    if isinstance(v, NonFinite):
        raise fail(path or "file", translate(
            "NetFile", "{value} is not allowed; numbers must be finite"), value=v.text)
    if isinstance(v, str):
        _utf8(v, path)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            check_values(x, join(path, i))
    elif isinstance(v, dict):
        for k, x in v.items():
            _utf8(k, path)
            check_values(x, join(path, k))


def _utf8(s: str, path: str) -> None:
    # json accepts "\ud800"; such a string could not be written back as UTF-8
    if not s.isascii():
        try:
            s.encode("utf-8")
        except UnicodeEncodeError:
            raise fail(path or "file", translate("NetFile", "text holds an invalid character "
                                                 "(a lone UTF-16 surrogate)")) from None


# -- the document --------------------------------------------------------------------------

def check_header(top) -> None:
    """Format and version come first: a newer file may be shaped differently."""
    top = obj(top, "file")
    if "format" not in top:
        raise fail("format", translate("NetFile", "missing; a Neuron Studio network file has "
                                       "{key}: {value}"), key='"format"', value=f'"{FORMAT}"')
    if top["format"] != FORMAT:
        raise fail("format", translate("NetFile", "expected {expected}, got {got}; this is not "
                                       "a Neuron Studio network file"),
                   expected=repr(FORMAT), got=short(top["format"]))
    version = need(top, "version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise fail("version", translate("NetFile", "expected a whole number, got {kind}"),
                   kind=kind(version))
    if version > VERSION:
        error = fail("version", translate("NetFile", "this file was written by a newer Neuron "
                                          "Studio (version {version}); this version reads "
                                          "version {supported}"),
                     version=short(version), supported=VERSION)
        error.reason = NEWER
        raise error
    if version != VERSION:
        raise fail("version", translate("NetFile", "expected {expected}, got {got}"),
                   expected=VERSION, got=version)


def check_layers(v, n_inputs: int):
    """-> (neurons, params [(W, b)], extra_layers, extra_neurons), all in user order."""
    layers = array(v, "layers", 1, MAX_LAYERS,
                   QT_TRANSLATE_NOOP("NetFile", "layers (hidden layers, then the output "
                                     "layer)"))
    neurons, params, extra_layers, extra_neurons = [], [], [], []
    fan_in = n_inputs
    for li, layer in enumerate(layers):
        path = f"layers[{li}]"
        layer = obj(layer, path)
        units = array(need(layer, "neurons", path), f"{path}.neurons", 1, MAX_UNITS,
                      QT_TRANSLATE_NOOP("NetFile", "neurons"))
        rows = [check_neuron(n, f"{path}.neurons[{u}]", fan_in) for u, n in enumerate(units)]
        neurons.append([r[0] for r in rows])
        W = np.array([r[1] for r in rows], dtype=float).reshape(len(rows), fan_in)
        params.append((W, np.array([r[2] for r in rows], dtype=float)))
        extra_neurons.append([r[3] for r in rows])
        extra_layers.append(unknown(layer, ("neurons",)))
        fan_in = len(units)
    return neurons, params, extra_layers, extra_neurons


def check_neuron(d, path: str, fan_in: int):
    """-> (Neuron, weights, bias, unknown keys)."""
    d = obj(d, path)
    name = text(need(d, "activation", path), f"{path}.activation")
    try:
        spec = act.get(name)
    except act.UnknownActivation as e:
        raise NetFileError(f"{path}.activation", str(e)) from None
    weights = need(d, "weights", path)
    if not isinstance(weights, list):
        raise fail(f"{path}.weights", translate("NetFile", "expected a list of {count} "
                                                "numbers, got {kind}"),
                   count=fan_in, kind=kind(weights))
    if len(weights) != fan_in:
        raise fail(f"{path}.weights", translate("NetFile", "expected {count} numbers, got "
                                                "{got}"), count=fan_in, got=len(weights))
    w = [number(x, f"{path}.weights[{i}]") for i, x in enumerate(weights)]
    b = number(need(d, "bias", path), f"{path}.bias")
    alpha = None
    if "alpha" in d:
        if not spec.has_alpha:
            raise fail(f"{path}.alpha", translate("NetFile", "{activation} has no alpha; "
                                                  "remove it"), activation=name)
        alpha = number(d["alpha"], f"{path}.alpha")
    frozen = boolean(d.get("frozen", False), f"{path}.frozen")
    return Neuron(name, alpha, frozen), w, b, unknown(d, NEURON_KEYS)


def n_params(neurons: list[list[Neuron]], n_inputs: int) -> int:
    """len(theta) of the network these layers make: weights, biases, piecewise alphas."""
    total, fan_in = 0, n_inputs
    for layer in neurons:
        total += len(layer) * (fan_in + 1)
        total += sum(act.get(n.activation).family == "piecewise" for n in layer)
        fan_in = len(layer)
    return total


def check_loss(v, output_activations: list[str]) -> str:
    name = text(v, "loss")
    try:
        losses.check(name, output_activations)
    except losses.LossError as e:
        raise NetFileError("loss", str(e)) from None
    return name


# -- training (history, state, meta and view: core.netfile_record) -------------------------

_TRAINING_READERS = {
    "optimizer": text, "regularization": text,
    "learning_rate": number, "regularization_rate": number, "momentum": number,
    "train_fraction": number,
    "batch_size": lambda v, path: whole(v, path, -MAX_SEED, MAX_SEED),  # range: Settings
    "seed": lambda v, path: whole(v, path, 0, MAX_SEED),
    "epoch": lambda v, path: whole(v, path, 0, MAX_COUNT),
}


def check_training(v) -> dict:
    """Types here; ranges from Settings.check (its messages, prefixed) plus our own two."""
    d = obj(v, "training")
    out = dict(TRAINING_DEFAULTS)
    for key, read in _TRAINING_READERS.items():
        if key in d:
            out[key] = read(d[key], f"training.{key}")
    try:
        settings(out).check()
    except TrainingError as e:
        field, _, problem = str(e).partition(": ")
        raise NetFileError(f"training.{field}", problem) from None
    number(out["momentum"], "training.momentum", 0.0, 1.0, open_high=True)
    number(out["train_fraction"], "training.train_fraction", 0.0, 1.0, True, True)
    out.update(unknown(d, TRAINING_DEFAULTS))
    return out


def settings(training: dict) -> Settings:
    keys = Settings.__dataclass_fields__
    return Settings(**{k: training[k] for k in keys if k in training})
