"""The ``data`` object of a ``.nsnet`` file: validation, and the rules that decide which
columns feed which network inputs (shared with ``core.experiment``).

Sources: ``builtin`` (a seeded generator of core.datasets), ``csv`` (a file, relative to the
.nsnet file's folder) and ``inline`` (X and y written in the file). See docs/file-format.md.
"""

from __future__ import annotations

from core.datasets import BUILTIN, MAX_NOISE, MAX_SAMPLES, PLAYGROUND_FEATURES, PROBLEMS
from core.features import FEATURES
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.netfile_validate import (
    MAX_SEED,
    NetFileError,
    array,
    boolean,
    kind,
    names,
    need,
    number,
    obj,
    text,
    unknown,
    whole,
)
from core.network import MAX_INPUTS, MAX_UNITS

SOURCES = ("builtin", "csv", "inline")
SOURCE_KEYS = {"builtin": ("name", "samples", "noise", "seed"),
               "csv": ("path", "features", "target"),
               "inline": ("X", "y", "features", "class_names", "drawn", "extent")}


def check_data(v, inputs: list[str]) -> dict:
    d = obj(v, "data")
    source = text(need(d, "source", "data"), "data.source", SOURCES)
    out = {"source": source}
    if source == "builtin":
        out.update(_builtin(d))
    elif source == "csv":
        out.update(_csv(d))
    else:
        out.update(_inline(d, inputs))
    if "normalize" in d:
        out["normalize"] = boolean(d["normalize"], "data.normalize")
    if "problem" in d:
        out["problem"] = text(d["problem"], "data.problem", PROBLEMS)
    if source == "builtin":
        problem = BUILTIN[out["name"]].problem
        if out.get("problem", problem) != problem:
            if problem == "regression":
                message = translate("NetFile", "the built-in data set {name} is a "
                                    "regression problem")
            else:
                message = translate("NetFile", "the built-in data set {name} is a "
                                    "classification problem")
            raise NetFileError("data.problem", message.format(name=repr(out["name"])))
    out.update(unknown(d, ("source", "normalize", "problem") + SOURCE_KEYS[source]))
    return out


def _builtin(d: dict) -> dict:
    return {"name": text(need(d, "name", "data"), "data.name", tuple(BUILTIN)),
            "samples": whole(d.get("samples", 500), "data.samples", 2, MAX_SAMPLES),  # split
            "noise": number(d.get("noise", 0.0), "data.noise", 0.0, MAX_NOISE),
            "seed": whole(d.get("seed", 0), "data.seed", 0, MAX_SEED)}


def _csv(d: dict) -> dict:
    out = {"path": text(need(d, "path", "data"), "data.path")}
    if d.get("features") is not None:
        out["features"] = names(d["features"], "data.features", 1, MAX_INPUTS,
                                  QT_TRANSLATE_NOOP("NetFile", "columns"))
    if d.get("target") is not None:
        out["target"] = text(d["target"], "data.target")
    return out


def _inline(d: dict, inputs: list[str]) -> dict:
    drawn = boolean(d.get("drawn", False), "data.drawn")
    # a drawing is made point by point: it may be empty (it cannot be trained on until it
    # has 2 points, which core.data_bundle says)
    rows = array(need(d, "X", "data"), "data.X", 0 if drawn else 2, MAX_SAMPLES,
                 QT_TRANSLATE_NOOP("NetFile", "rows"))
    width = len(array(rows[0], "data.X[0]", 1, MAX_INPUTS,
                      QT_TRANSLATE_NOOP("NetFile", "numbers"))) if rows else 2
    if drawn and width != 2:
        raise NetFileError("data.X", translate("NetFile", "a drawing has 2 numbers (x1, x2) in "
                                               "each row, got {width}").format(width=width))
    for i, row in enumerate(rows):
        array(row, f"data.X[{i}]", width, width,
              QT_TRANSLATE_NOOP("NetFile", "numbers (as many as the first row)"))
        for j, x in enumerate(row):
            number(x, f"data.X[{i}][{j}]")
    y = array(need(d, "y", "data"), "data.y", len(rows), len(rows),
              QT_TRANSLATE_NOOP("NetFile", "values (one per row of data.X)"))
    for i, x in enumerate(y):
        number(x, f"data.y[{i}]")
    out = {"X": rows, "y": y}
    if drawn:
        out["drawn"] = True
    if d.get("extent") is not None:
        out["extent"] = _extent(d["extent"])
    if d.get("features") is not None:
        out["features"] = names(d["features"], "data.features", width, width,
                                QT_TRANSLATE_NOOP("NetFile", "names (one per column of "
                                                  "data.X)"))
    if d.get("class_names") is not None:
        out["class_names"] = names(d["class_names"], "data.class_names", 2, MAX_UNITS,
                                   QT_TRANSLATE_NOOP("NetFile", "class names"))
    features = inline_features(out, inputs)
    if features is None:
        raise NetFileError("data.X", translate(
            "NetFile", "each row has {width} numbers but the network has {count} inputs "
            "{inputs}").format(width=width, count=len(inputs), inputs=inputs))
    if not inputs_fit(features, inputs):
        raise NetFileError("data.features", translate(
            "NetFile", "the columns {columns} do not match the network's inputs {inputs}")
            .format(columns=features, inputs=inputs))
    if d.get("problem", inline_problem(y)) == "classification":
        limit = len(out.get("class_names", ())) or MAX_UNITS
        for i, x in enumerate(y):
            if x != int(x) or not 0 <= x < limit:
                raise NetFileError(f"data.y[{i}]", translate(
                    "NetFile", "class labels must be whole numbers from 0 to {last}, got "
                    "{kind}").format(last=limit - 1, kind=kind(x)))
    return out


def _extent(v) -> list[float]:
    """The plane an inline set is drawn on: [xmin, xmax, ymin, ymax]."""
    box = array(v, "data.extent", 4, 4,
                QT_TRANSLATE_NOOP("NetFile", "numbers (xmin, xmax, ymin, ymax)"))
    xmin, xmax, ymin, ymax = (number(x, f"data.extent[{i}]") for i, x in enumerate(box))
    if not (xmin < xmax and ymin < ymax):
        raise NetFileError("data.extent", translate(
            "NetFile", "needs xmin < xmax and ymin < ymax, got {extent}").format(extent=box))
    return [xmin, xmax, ymin, ymax]


def inline_problem(y: list) -> str:
    """Whole numbers 0..MAX_UNITS-1 are class labels; anything else is regression."""
    ok = all(float(x).is_integer() and 0 <= x < MAX_UNITS for x in y)
    return "classification" if ok else "regression"


def inline_features(data: dict, inputs: list[str]):
    """Names of the inline X columns: given, else the inputs, else x1, x2 (two columns)."""
    if "features" in data:
        return list(data["features"])
    width = len(data["X"][0]) if data["X"] else 2
    if width == len(inputs):
        return list(inputs)
    return list(PLAYGROUND_FEATURES) if width == 2 else None


def transform_applies(data_features, inputs) -> bool:
    """Playground's feature transforms: data (x1, x2), inputs such as x1*x2 or sin(x1)."""
    return tuple(data_features) == PLAYGROUND_FEATURES and all(n in FEATURES for n in inputs)


def inputs_fit(data_features, inputs) -> bool:
    return list(data_features) == list(inputs) or transform_applies(data_features, inputs)
