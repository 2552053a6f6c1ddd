"""What a run and the app record in a ``.nsnet`` file (version 1): ``history`` (the
curves), ``state`` (counters, the shuffling RNG, the optimizer's vectors), ``meta`` (title,
notes) and ``view`` (the GUI's own, opaque). Judged with the readers of
``core.netfile_validate``, every problem a NetFileError naming the field.
"""

from __future__ import annotations

import json
import math

import numpy as np

from core import i18n, optimizers
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.netfile_validate import (
    MAX_COUNT,
    array,
    fail,
    kind,
    need,
    number,
    obj,
    text,
    unknown,
    whole,
)

MAX_HISTORY = 1_000_000       # entries per history list
MAX_VIEW_BYTES = 4 * 2**20    # the GUI's opaque "view" object, serialised
HISTORY_KEYS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


def check_history(v) -> dict:
    d = obj(v, "history")
    length = None
    for key in HISTORY_KEYS:
        path = f"history.{key}"
        values = array(need(d, key, "history"), path, 0, MAX_HISTORY,
                       QT_TRANSLATE_NOOP("NetFile", "entries"))
        if length is None:
            length = len(values)
        elif len(values) != length:
            raise fail(path, translate("NetFile", "expected {count} entries like "
                                       "history.epoch, got {got}"),
                       count=length, got=len(values))
        for i, x in enumerate(values):
            if key == "epoch":
                whole(x, f"{path}[{i}]", 0, MAX_COUNT)
            elif x is not None:
                number(x, f"{path}[{i}]")
    return dict(d)


def check_state(v, size: int, epoch: int) -> dict:
    """Trainer.state(): counters, the shuffling RNG, optimizer vectors of ``size`` numbers."""
    d = obj(v, "state")
    e = whole(need(d, "epoch", "state"), "state.epoch", 0, MAX_COUNT)
    if e != epoch:
        raise fail("state.epoch", translate("NetFile", "{epoch} does not match "
                                            "training.epoch ({expected})"),
                   epoch=e, expected=epoch)
    whole(need(d, "step", "state"), "state.step", 0, MAX_COUNT)
    whole(d.get("batch_index", 0), "state.batch_index", 0, MAX_COUNT)
    _rng(need(d, "rng", "state"), "state.rng")
    if d.get("optimizer") is not None:
        _optimizer(d["optimizer"], "state.optimizer", size)
    return dict(d)


def _rng(v, path: str) -> None:
    d = obj(v, path)
    text(need(d, "bit_generator", path), f"{path}.bit_generator", ("PCG64",))
    inner = obj(need(d, "state", path), f"{path}.state")
    for key in ("state", "inc"):
        whole(need(inner, key, f"{path}.state"), f"{path}.state.{key}", 0, 2**128 - 1)
    whole(need(d, "has_uint32", path), f"{path}.has_uint32", 0, 1)
    whole(need(d, "uinteger", path), f"{path}.uinteger", 0, 2**32 - 1)
    try:  # the generator itself is the final judge
        np.random.PCG64().state = d
    except (ValueError, TypeError, KeyError, OverflowError) as e:
        raise fail(path, translate("NetFile", "not a valid random generator state "
                                   "({error})"), error=e) from None


def _optimizer(v, path: str, size: int) -> None:
    d = obj(v, path)
    name = text(need(d, "name", path), f"{path}.name", optimizers.NAMES)
    whole(need(d, "t", path), f"{path}.t", 0, MAX_COUNT)
    for key in type(optimizers.make(name, 0, 1.0)).STATE_KEYS:
        vec = need(d, key, path)
        if not isinstance(vec, list) or len(vec) != size:
            got = len(vec) if isinstance(vec, list) else kind(vec)
            raise fail(f"{path}.{key}", translate("NetFile", "expected {count} numbers (one "
                                                  "per parameter), got {got}"),
                       count=size, got=got)
        low = 0.0 if (name, key) == ("adam", "v") else -math.inf  # Adam takes its sqrt
        for i, x in enumerate(vec):
            number(x, f"{path}.{key}[{i}]", low)


def check_meta(v) -> dict:
    d = obj(v, "meta")
    out = {"title": "", "notes": ""}
    for key in out:
        if key in d:
            out[key] = text(d[key], f"meta.{key}", allow_empty=True)
    out.update(unknown(d, out))
    return out


def check_view(v) -> dict:
    d = obj(v, "view")
    size = len(json.dumps(d))
    if size > MAX_VIEW_BYTES:
        raise fail("view", translate("NetFile", "{size} bytes; at most {limit} are kept"),
                   size=i18n.number(size, ","), limit=i18n.number(MAX_VIEW_BYTES, ","))
    return d
