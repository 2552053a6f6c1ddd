"""The ``.nsnet`` network file, version 1: JSON <-> ``Document`` (a Network plus its data,
training settings, history, optimizer state and lesson text). Schema: docs/file-format.md.

Reading never trusts the file: size and nesting depth are bounded before parsing, NaN,
Infinity and duplicate keys are refused by the parser, and every field is validated
(``core.netfile_validate``, ``core.netfile_data``) before the Network is built. Every
problem is a ``NetFileError`` whose message starts with the field path. Never pickle, never
eval.

Unknown keys survive a load/save cycle: top-level ones in ``Document.extra``, those of
layer objects in ``Document.extra_layers[li]`` and of neuron objects in
``Document.extra_neurons[li][unit]`` (positional: an editor that inserts or removes layers
or neurons should move or drop these entries; on saving, entries without a matching layer
or neuron are ignored). Unknown keys inside meta, data, training, history and state stay in
those dicts.
"""

from __future__ import annotations

import copy
import json
import os
import re
from dataclasses import dataclass, field

import numpy as np

from core import atomic_file, lesson_translations, netfile_data
from core import netfile_record as record
from core import netfile_validate as v
from core.i18n import QT_TRANSLATE_NOOP, number, translate
from core.netfile_validate import DAMAGED, FORMAT, NEWER, UNREADABLE, VERSION, NetFileError
from core.network import MAX_INPUTS, Network, NetworkError
from core.training import Settings

__all__ = ["FORMAT", "VERSION", "NetFileError", "DAMAGED", "UNREADABLE", "NEWER", "Document",
           "loads", "load", "dumps", "save", "default_document", "MAX_FILE_BYTES", "MAX_DEPTH"]

MAX_FILE_BYTES = 64 * 2**20
MAX_DEPTH = 64   # a real file nests 6 levels; the GUI's view gets the rest


@dataclass
class Document:
    """Everything a .nsnet file holds. Dicts are plain JSON values (see file-format.md)."""

    network: Network
    data: dict
    training: dict
    meta: dict
    history: dict | None = None
    state: dict | None = None
    view: dict | None = None
    extra: dict = field(default_factory=dict)
    extra_layers: list = field(default_factory=list)     # [li] -> dict of unknown keys
    extra_neurons: list = field(default_factory=list)    # [li][unit] -> dict

    def settings(self) -> Settings:
        """The training panel's settings (training without train_fraction and epoch)."""
        return v.settings(self.training)


# -- reading -------------------------------------------------------------------------------

def load(path) -> Document:
    """Read and validate the file at ``path``; NetFileError if it cannot be used."""
    path = os.fspath(path)
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise NetFileError("file", translate(
                    "NetFile", "{size} MB; a network file may hold at most {limit} MB").format(
                        size=number(size / 2**20, ",.0f"), limit=MAX_FILE_BYTES // 2**20))
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise NetFileError("file", translate("NetFile", "cannot read {path}: {error}").format(
            path=path, error=e.strerror or e), v.UNREADABLE) from None
    return loads(data)


def loads(text: str | bytes) -> Document:
    """Parse and validate one document (UTF-8 bytes or text)."""
    top = _parse(_decode(text))
    v.check_header(top)
    v.check_values(top)
    return _document(top)


def _decode(data) -> str:
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        if len(data) > MAX_FILE_BYTES:
            raise _too_large()
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as e:
            line = data.count(b"\n", 0, e.start) + 1
            raise NetFileError("file", translate(
                "NetFile", "not UTF-8 text (byte {byte} on line {line}); save it as UTF-8")
                .format(byte=f"0x{data[e.start]:02x}", line=line)) from None
    if not isinstance(data, str):
        raise NetFileError("file", f"expected text or bytes, got {type(data).__name__}")
    if len(data) > MAX_FILE_BYTES:
        raise _too_large()
    data = data.removeprefix("\ufeff")  # Windows editors add a byte-order mark
    if not data.strip():
        raise NetFileError("file", translate("NetFile", "the file is empty"))
    return data


def _too_large() -> NetFileError:
    return NetFileError("file", translate("NetFile", "larger than {limit} MB").format(
        limit=MAX_FILE_BYTES // 2**20))


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r'[^\[\]{}]+')


def _check_depth(text: str) -> None:
    """Bound the nesting before json sees it: deep input would raise RecursionError there
    and in every recursive walk after it. Brackets inside strings do not count."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if not brackets:
        return
    codes = np.frombuffer(brackets.encode("ascii"), dtype=np.uint8)
    depth = np.cumsum(np.where((codes == ord("[")) | (codes == ord("{")), 1, -1))
    if depth.max() > MAX_DEPTH:
        raise NetFileError("file", translate("NetFile", "nested more than {limit} levels deep")
                           .format(limit=MAX_DEPTH))


def _pairs(pairs: list) -> dict:
    d = dict(pairs)
    if len(d) != len(pairs):
        seen = set()
        dup = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise NetFileError("file", translate("NetFile", "the key {key} appears twice in one "
                                             "object").format(key=v.short(dup)))
    return d


def _float(s: str):
    x = float(s)
    return x if x - x == 0 else v.NonFinite(s)   # 1e400 parses as inf: refuse it too


def _parse(text: str):
    _check_depth(text)
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_float=_float,
                          parse_constant=v.NonFinite)
    except json.JSONDecodeError as e:
        # e.msg is Python's own English ("Expecting ',' delimiter"): no translation exists
        raise NetFileError("file", translate(
            "NetFile", "not valid JSON (line {line}, column {column}: {error})").format(
                line=e.lineno, column=e.colno, error=e.msg)) from None
    except RecursionError:
        raise NetFileError("file", translate("NetFile", "nested too deeply")) from None
    except NetFileError:
        raise
    except ValueError:  # Python refuses integers of more than 4300 digits
        raise NetFileError("file", translate("NetFile", "not valid JSON: a number has too "
                                             "many digits")) from None


def _document(top: dict) -> Document:
    inputs = v.names(v.need(top, "inputs"), "inputs", 1, MAX_INPUTS,
                     QT_TRANSLATE_NOOP("NetFile", "input names"))
    neurons, params, extra_layers, extra_neurons = v.check_layers(v.need(top, "layers"),
                                                                  len(inputs))
    loss = v.check_loss(v.need(top, "loss"), [n.activation for n in neurons[-1]])
    data = netfile_data.check_data(v.need(top, "data"), inputs)
    training = v.check_training(top.get("training", {}))
    history = record.check_history(top["history"]) if top.get("history") is not None else None
    state = None
    if top.get("state") is not None:
        state = record.check_state(top["state"], v.n_params(neurons, len(inputs)),
                              training["epoch"])
    meta = record.check_meta(top.get("meta", {}))
    if "translations" in meta:
        lesson_translations.check_translations(meta["translations"])
    view = record.check_view(top["view"]) if top.get("view") is not None else None
    try:
        net = Network(inputs, neurons, loss=loss, seed=training["seed"], params=params)
    except NetworkError as e:  # not expected after validation; still name the field
        raise NetFileError("layers", str(e)) from None
    return Document(net, data, training, meta, history, state, view,
                    v.unknown(top, v.TOP_KEYS), extra_layers, extra_neurons)


# -- writing -------------------------------------------------------------------------------

def dumps(doc: Document) -> str:
    """The document as .nsnet text. Raises NetFileError (and returns nothing) if the text
    would not load back: we never write a file we cannot read."""
    try:
        text = _format(to_json(doc)) + "\n"
    except (TypeError, ValueError, RecursionError) as e:
        raise NetFileError("file", translate("NetFile", "cannot be written as JSON: {error}")
                           .format(error=e)) from None
    loads(text)
    return text


def save(doc: Document, path) -> None:
    """Write atomically (``core.atomic_file``): the old file stays whole until the new one
    is complete."""
    try:
        atomic_file.write_bytes(path, dumps(doc).encode("utf-8"))
    except OSError as e:
        where = os.path.realpath(os.fspath(path))
        raise NetFileError("file", translate("NetFile", "cannot write {path}: {error}").format(
            path=where, error=e.strerror or e)) from None


def to_json(doc: Document) -> dict:
    """The document as plain JSON values, in the file's key order."""
    net = doc.network
    out = {"format": FORMAT, "version": VERSION, "meta": copy.deepcopy(doc.meta),
           "inputs": list(net.input_names),
           "layers": _layers_json(net, doc.extra_layers, doc.extra_neurons),
           "loss": net.loss, "data": copy.deepcopy(doc.data),
           "training": copy.deepcopy(doc.training)}
    if doc.history is not None:
        out["history"] = {k: _finite_or_none(x) if k in record.HISTORY_KEYS else copy.deepcopy(x)
                          for k, x in doc.history.items()}
    for key in ("state", "view"):
        if getattr(doc, key) is not None:
            out[key] = copy.deepcopy(getattr(doc, key))
    out.update((k, copy.deepcopy(x)) for k, x in doc.extra.items() if k not in out)
    return out


def _finite_or_none(values: list) -> list:
    # a diverged run can record inf; JSON cannot hold it and null means "not measured"
    return [x if x is None or np.isfinite(x) else None for x in values]


def _at(items: list, *index) -> dict:
    for i in index:
        if not (isinstance(items, list) and i < len(items)):
            return {}
        items = items[i]
    return items if isinstance(items, dict) else {}


def _layers_json(net: Network, extra_layers: list, extra_neurons: list) -> list:
    layers = []
    for li in range(len(net.sizes)):
        W, b = net.params(li)
        neurons = []
        for u, n in enumerate(net.neurons(li)):
            d = {"activation": n.activation}
            if n.alpha is not None:
                idx = net.alpha_index(li, u)  # leaky/prelu: the value in theta, exactly
                d["alpha"] = float(net.theta[idx]) if idx is not None else float(n.alpha)
            d["weights"], d["bias"] = W[u].tolist(), float(b[u])
            if n.frozen:
                d["frozen"] = True
            d.update((k, x) for k, x in _at(extra_neurons, li, u).items() if k not in d)
            neurons.append(d)
        layers.append({"neurons": neurons,
                       **{k: x for k, x in _at(extra_layers, li).items() if k != "neurons"}})
    return layers


def _scalar(x) -> str:
    return json.dumps(x, ensure_ascii=False, allow_nan=False, default=_numpy)


def _numpy(x):
    if isinstance(x, (np.generic, np.ndarray)):
        return x.tolist()
    raise TypeError(f"{type(x).__name__} is not a JSON value")


def _flat(x) -> bool:
    """Written on one line: scalars, lists of scalars, objects of such."""
    if isinstance(x, dict):
        return all(not isinstance(y, (dict, list)) or _flat_list(y) for y in x.values())
    return _flat_list(x) if isinstance(x, list) else True


def _flat_list(x) -> bool:
    return isinstance(x, list) and not any(isinstance(y, (dict, list)) for y in x)


def _format(x, indent: int = 0) -> str:
    """Readable JSON: one neuron, one row of X, one history series per line."""
    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(x, dict) and x:
        items = [f"{inner}{_scalar(str(k))}: {_format(y, indent + 1)}" for k, y in x.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(x, (list, tuple)) and not _flat_list(list(x)):
        one_line = all(_flat(y) for y in x)
        items = [f"{inner}{_scalar(y) if one_line else _format(y, indent + 1)}" for y in x]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    return _scalar(x)


# -- the app's default ---------------------------------------------------------------------

def default_document() -> Document:
    """A 2-4-2-1 tanh network on Playground's circle, as the app opens with no file."""
    net = Network(["x1", "x2"], [["tanh"] * 4, ["tanh"] * 2, ["sigmoid"]],
                  loss="binary_crossentropy", seed=1)
    data = {"source": "builtin", "name": "circle", "samples": 500, "noise": 0.0, "seed": 7}
    # the app's first view, in the person's language (saved as it is shown)
    meta = {"title": translate("DefaultNetwork", "Circle"),
            "notes": translate("DefaultNetwork", "A disc of one class inside a ring of the "
                               "other. No straight line separates them: watch how the hidden "
                               "neurons each draw one line and the output neuron combines "
                               "them into a closed boundary.")}
    return Document(net, data, dict(v.TRAINING_DEFAULTS), meta)
