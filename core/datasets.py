"""Data sets: seeded generators, the bundled digits, train/test split.

Every generator is deterministic: the same ``(name, samples, noise, seed)`` gives
bit-identical arrays, because all randomness comes from one ``numpy.random.default_rng(seed)``.

The four classification sets and two regression sets of TensorFlow Playground follow its
``dataset.ts`` formula for formula (points in [-6, 6]^2, noise 0-0.5 as a fraction); only
the random stream differs, since we draw with NumPy rather than JavaScript's Math.random.
Playground labels are -1/+1; here -1 is class 0 ("orange" in Playground) and +1 is class 1
("blue"), so a sigmoid output near 1 means Playground's positive class.

The generators themselves live in ``core.dataset_generators``. CSV loading lives in
``core.csv_data``; ``load_csv`` and ``csv_columns`` are re-exported here,
as are ``Dataset``, ``DatasetError`` and the limits of the leaf module ``core.dataset`` (so
this module and ``core.csv_data`` no longer import each other). Playground's feature maps
and ``normalise`` live in ``core.features``.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from core import dataset_generators as gen
from core.csv_data import csv_columns as _csv_columns
from core.csv_data import load_csv as _load_csv
from core.curve_data import CURVES
from core.curve_data import generator as _curve_generator
from core.dataset import MAX_SAMPLES, PROBLEMS, Dataset, DatasetError  # noqa: F401 (re-exported)
from core.dataset_generators import coffee_label, obesity_label  # noqa: F401 (public)
from core.i18n import QT_TRANSLATE_NOOP, number, translate

MAX_NOISE = 0.5
PLAYGROUND_FEATURES = ("x1", "x2")
PLAYGROUND_EXTENT = ((-6.0, 6.0), (-6.0, 6.0))
# Class names a built-in set's own code gives are marked for the catalogues, but the data
# keeps them in English (exports carry them); ``class_labels`` gives them as shown. Names
# from a CSV file or a network file are shown as they are. Playground's colours for the
# labels -1 and +1:
PLAYGROUND_CLASSES = (QT_TRANSLATE_NOOP("DatasetClasses", "orange"),
                      QT_TRANSLATE_NOOP("DatasetClasses", "blue"))


def class_labels(names: Sequence[str]) -> tuple[str, ...]:
    """A built-in set's ``class_names`` in the installed language, for display only; names
    without a translation (digits, "A", "B", "C") come back as they are."""
    return tuple(translate("DatasetClasses", str(name)) for name in names)


# ---------------------------------------------------------------- registry


@dataclass(frozen=True)
class BuiltinSpec:
    """What the GUI picker shows for one built-in data set, and how to make it.

    english_label / english_description: the English texts, marked for the catalogues
    (context "Datasets"); ``label`` and ``description`` give them in the installed language,
    so every reader shows the translation. A curve set's description has a ``{formula}``
    placeholder, filled with ``curve_formula``.
    extent: ((min, max) per feature) of the region the points are drawn from, for plots;
    None when there is no 2-D plane to draw (digits).
    uses_samples / uses_noise: False when ``make`` ignores that argument.
    curve: for the "above or below a curve" sets, x1 (n,) -> x2 (n,) of the boundary, so a
    picture can draw the curve the classes follow; None for the other sets.
    curve_formula: how that curve is written ("x2 = 3 sin(x1)"), "" without a curve.
    """

    english_label: str
    english_description: str
    problem: str
    feature_names: tuple[str, ...]
    class_names: tuple[str, ...]
    extent: tuple[tuple[float, float], ...] | None
    generate: Callable = field(repr=False)  # (rng, n, noise) -> (X (n, d), y (n,))
    uses_samples: bool = True
    uses_noise: bool = True
    shuffle: bool = True
    curve: Callable | None = field(default=None, repr=False)
    curve_formula: str = ""

    @property
    def label(self) -> str:
        """The set's name as the picker shows it, in the installed language."""
        return translate("Datasets", self.english_label)

    @property
    def class_labels(self) -> tuple[str, ...]:
        """``class_names`` as shown, in the installed language (never for files)."""
        return class_labels(self.class_names)

    @property
    def description(self) -> str:
        """One or two sentences about the set, in the installed language."""
        text = translate("Datasets", self.english_description)
        # only the curve sets have a placeholder; other texts are left as they are
        return text.format(formula=self.curve_formula) if self.curve_formula else text


def _spec(label, description, generate, problem="classification", **kw) -> BuiltinSpec:
    kw.setdefault("feature_names", PLAYGROUND_FEATURES)
    kw.setdefault("class_names", PLAYGROUND_CLASSES if problem == "classification" else ())
    kw.setdefault("extent", PLAYGROUND_EXTENT)
    return BuiltinSpec(label, description, problem, generate=generate, **kw)


# Whole sentences per curve (word order differs between languages); {formula} is the
# curve's formula (core.curve_data), written in by BuiltinSpec.description.
_CURVE_TEXT = {
    "sine": (QT_TRANSLATE_NOOP("Datasets", "Above or below a sine"),
             QT_TRANSLATE_NOOP("Datasets", "Blue points lie above the curve {formula}, "
                               "orange ones below; almost two waves: it takes several "
                               "neurons. Hidden neurons bend straight edges into the curve.")),
    "cubic": (QT_TRANSLATE_NOOP("Datasets", "Above or below a cubic"),
              QT_TRANSLATE_NOOP("Datasets", "Blue points lie above the curve {formula}, "
                                "orange ones below; a rise, a dip and a rise. Hidden neurons "
                                "bend straight edges into the curve.")),
    "abs": (QT_TRANSLATE_NOOP("Datasets", "Above or below |x|"),
            QT_TRANSLATE_NOOP("Datasets", "Blue points lie above the curve {formula}, "
                              "orange ones below; a V of two straight arms: two neurons can "
                              "draw it. Hidden neurons bend straight edges into the curve.")),
}


def _curve_spec(curve: str) -> BuiltinSpec:
    """Points above (class 1, blue) or below (class 0, orange) one curve of core.curve_data."""
    label, description = _CURVE_TEXT[curve]
    return _spec(label, description, _curve_generator(curve), class_names=(
        QT_TRANSLATE_NOOP("DatasetClasses", "below"), QT_TRANSLATE_NOOP("DatasetClasses", "above")),
                 curve=CURVES[curve].fn, curve_formula=CURVES[curve].formula)


BUILTIN: dict[str, BuiltinSpec] = {
    "circle": _spec(
        QT_TRANSLATE_NOOP("Datasets", "Circle"),
        QT_TRANSLATE_NOOP("Datasets", "A disc of one class inside a ring of the other "
                          "(TensorFlow Playground)"),
        gen.circle,
    ),
    "xor": _spec(
        QT_TRANSLATE_NOOP("Datasets", "Exclusive or"),
        QT_TRANSLATE_NOOP("Datasets", "Four squares, labelled by the sign of x1 * x2 "
                          "(TensorFlow Playground)"),
        gen.xor,
    ),
    "gauss": _spec(
        QT_TRANSLATE_NOOP("Datasets", "Two Gaussians"),
        QT_TRANSLATE_NOOP("Datasets", "Two clouds around (2, 2) and (-2, -2) "
                          "(TensorFlow Playground)"),
        gen.gauss,
    ),
    "spiral": _spec(
        QT_TRANSLATE_NOOP("Datasets", "Spiral"),
        QT_TRANSLATE_NOOP("Datasets", "Two interleaved spirals, the hardest set "
                          "(TensorFlow Playground)"),
        gen.spiral,
    ),
    "plane": _spec(
        QT_TRANSLATE_NOOP("Datasets", "Plane (regression)"),
        QT_TRANSLATE_NOOP("Datasets", "The target rises with x1 + x2 (TensorFlow Playground)"),
        gen.plane,
        "regression",
    ),
    "multi_gaussian": _spec(
        QT_TRANSLATE_NOOP("Datasets", "Multi Gaussian (regression)"),
        QT_TRANSLATE_NOOP("Datasets", "Six bumps, up and down (TensorFlow Playground)"),
        gen.multi_gaussian,
        "regression",
    ),
    "moons": _spec(
        QT_TRANSLATE_NOOP("Datasets", "Two moons"),
        QT_TRANSLATE_NOOP("Datasets", "Two interlocking half circles"),
        gen.moons,
        class_names=(QT_TRANSLATE_NOOP("DatasetClasses", "upper"),
                     QT_TRANSLATE_NOOP("DatasetClasses", "lower")),
    ),
    "blobs3": _spec(
        QT_TRANSLATE_NOOP("Datasets", "Three blobs"),
        QT_TRANSLATE_NOOP("Datasets", "Three clouds, one per class: a softmax example"),
        gen.blobs3,
        class_names=("A", "B", "C"),
    ),
    "coffee": _spec(
        QT_TRANSLATE_NOOP("Datasets", "Coffee roasting"),
        QT_TRANSLATE_NOOP("Datasets", "Roast temperature (°C) and duration (min); the good "
                          "roasts form a triangle that three neurons can draw. Normalise "
                          "the inputs."),
        gen.coffee,
        feature_names=("temperature", "duration"),
        class_names=(QT_TRANSLATE_NOOP("DatasetClasses", "bad"),
                     QT_TRANSLATE_NOOP("DatasetClasses", "good")),
        extent=((150.0, 285.0), (11.5, 15.5)),
    ),
    "obesity": _spec(
        QT_TRANSLATE_NOOP("Datasets", "Obesity"),
        QT_TRANSLATE_NOOP("Datasets", "Height (ft) and weight (kg); obese when the body-mass "
                          "index is 30 or more"),
        gen.obesity,
        feature_names=("height_ft", "weight_kg"),
        class_names=(QT_TRANSLATE_NOOP("DatasetClasses", "not obese"),
                     QT_TRANSLATE_NOOP("DatasetClasses", "obese")),
        extent=((4.0, 7.0), (40.0, 150.0)),
    ),
    "digits": _spec(
        QT_TRANSLATE_NOOP("Datasets", "Handwritten digits"),
        QT_TRANSLATE_NOOP("Datasets", "1797 scanned 8x8 digits: 64 pixel inputs (0-16), 10 "
                          "classes. UCI data, CC BY 4.0. Sample count and noise do not "
                          "apply."),
        gen.digits,
        feature_names=tuple(f"px{i}" for i in range(64)),
        class_names=tuple(str(d) for d in range(10)),
        extent=None,
        uses_samples=False,
        uses_noise=False,
        shuffle=False,
    ),
    **{f"above_{curve}": _curve_spec(curve) for curve in _CURVE_TEXT},
}


def builtin_spec(data: dict) -> BuiltinSpec | None:
    """The built-in set a file's ``data`` names, or None (a CSV, inline data, or a name
    that is not built in)."""
    return BUILTIN.get(data.get("name")) if data.get("source") == "builtin" else None


def _check_whole(value, what: str, low: int, high: int | None = None) -> None:
    """DatasetError unless value is an int (not bool) in [low, high]; ``what`` is the
    argument's name (samples, seed), as the file and the command line call it."""
    ok = isinstance(value, (int, np.integer)) and not isinstance(value, bool)
    if ok and value >= low and (high is None or value <= high):
        return
    if high is None:
        text = translate("Datasets", "{what} must be a whole number of {low} or more; "
                         "got {value}")
    else:
        text = translate("Datasets", "{what} must be a whole number from {low} to {high}; "
                         "got {value}")
    raise DatasetError(text.format(what=what, low=low, high=high, value=repr(value)))


def _is_real(value) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)


def make(name: str, samples: int = 500, noise: float = 0.0, seed: int = 0) -> Dataset:
    """Build the built-in data set ``name``: X (samples, n_features), y (samples,).

    noise is a fraction in [0, 0.5] (Playground's 0-50 %). Rows come in a seeded random
    order, so classes are mixed. "digits" ignores samples, noise and seed (the 1797 rows
    in file order) but still checks them. Raises DatasetError on bad arguments.
    """
    if name not in BUILTIN:
        raise DatasetError(translate("Datasets", "unknown data set {name}; choose one of: "
                                     "{names}").format(name=repr(name), names=", ".join(BUILTIN)))
    _check_whole(samples, "samples", 1, MAX_SAMPLES)
    if not _is_real(noise) or not 0.0 <= noise <= MAX_NOISE:
        raise DatasetError(translate("Datasets", "noise must be a fraction from 0 to {high} "
                                     "(0-50 %); got {value}").format(
            high=number(MAX_NOISE, "g"), value=repr(noise)))
    _check_whole(seed, "seed", 0)
    spec = BUILTIN[name]
    rng = np.random.default_rng(operator.index(seed))
    X, y = spec.generate(rng, operator.index(samples), float(noise))
    if spec.shuffle:
        order = rng.permutation(len(y))
        X, y = X[order], y[order]
    return Dataset(X, y, spec.feature_names, spec.problem, spec.class_names, name)


# ---------------------------------------------------------------- train/test split


def split(ds: Dataset, train_fraction: float, seed: int) -> tuple[Dataset, Dataset]:
    """Seeded shuffle, then (train, test) with round(train_fraction * n) training rows.

    train_fraction must lie strictly between 0 and 1; both parts get at least one row.
    """
    if not _is_real(train_fraction) or not 0.0 < train_fraction < 1.0:
        raise DatasetError(translate("Datasets", "train_fraction must lie between 0 and 1, "
                                     "e.g. {example}; got {value}").format(
            example=number(0.5, "g"), value=repr(train_fraction)))
    _check_whole(seed, "seed", 0)
    if ds.n_samples < 2:
        n = ds.n_samples        # a plain name: lupdate drops a call whose count is not one
        raise DatasetError(translate("Datasets", "%n sample cannot be split into training "
                                     "and test data; use at least 2 samples", None, n))
    order = np.random.default_rng(operator.index(seed)).permutation(ds.n_samples)
    n_train = min(max(round(train_fraction * ds.n_samples), 1), ds.n_samples - 1)
    parts = order[:n_train], order[n_train:]
    return tuple(
        Dataset(ds.X[idx], ds.y[idx], ds.feature_names, ds.problem, ds.class_names, ds.name)
        for idx in parts
    )


# ---------------------------------------------------------------- CSV (in core.csv_data)


def load_csv(
    path,
    features: Sequence[str] | None = None,
    target: str | None = None,
    problem: str | None = None,
) -> Dataset:
    """Load a CSV file with a header row; see ``core.csv_data.load_csv`` for the rules."""
    return _load_csv(path, features, target, problem)


def csv_columns(path) -> list[str]:
    """The header names of a CSV file, for the import dialog; see ``core.csv_data``."""
    return _csv_columns(path)
