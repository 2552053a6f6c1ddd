"""A sample a person types in, for the "One sample" panel (Qt-free).

The person types one number per feature of the data, in the data's own units (feet and
kilograms, degrees and minutes), as the data set holds them: before any feature transform
(``x1*x2``, ``sin(x1)``) and before normalisation. ``network_inputs`` then maps the row to the
network's inputs exactly as the data bundle maps its own rows, so a typed sample and a data
sample with the same numbers get the same forward pass.

Typing is offered only up to ``MAX_FEATURES`` features: 64 digit pixels are no sample one
types by hand (pick one of the data's samples instead).
"""

from __future__ import annotations

import math

import numpy as np

from core.explain_text import fmt
from core.i18n import number, translate, values

MAX_FEATURES = 8
LIMIT = 1e12          # far beyond any feature in the app's data, far below overflow
MINUS = "\u2212"


class OwnSampleError(ValueError):
    """A typed value that cannot be used; ``str(e)`` is "<feature>: <problem>"."""


def read_number(name: str, text: str) -> float:
    """The number typed for feature ``name``; OwnSampleError saying why it is not one.
    Accepts a decimal comma and the typographic minus sign."""
    typed = text.strip()
    if not typed:
        raise OwnSampleError(translate("OwnSample", "{feature}: the field is empty; type a "
                                       "number such as 4 or 80").format(feature=name))
    try:
        value = float(typed.replace(",", ".").replace(MINUS, "-"))
    except ValueError:
        raise OwnSampleError(translate("OwnSample", "{feature}: \u201c{typed}\u201d is not a "
                                       "number; type one such as 4 or 80").format(
            feature=name, typed=typed)) from None
    if not math.isfinite(value):
        raise OwnSampleError(translate("OwnSample", "{feature}: \u201c{typed}\u201d is not a "
                                       "finite number; type an ordinary number such as 4 or "
                                       "80").format(feature=name, typed=typed))
    if abs(value) > LIMIT:
        raise OwnSampleError(translate("OwnSample", "{feature}: {typed} is too large; use a "
                                       "number from {low} to {high}").format(
            feature=name, typed=typed, low=MINUS + number(LIMIT, "g"), high=number(LIMIT, "g")))
    return value


def read_row(names, texts) -> np.ndarray:
    """(n_features,) from one text per feature; the first bad one raises OwnSampleError."""
    return np.array([read_number(n, t) for n, t in zip(names, texts, strict=True)])


def offered(bundle) -> bool:
    """Whether a person may type a sample of this data (it has at most MAX_FEATURES)."""
    return bundle is not None and len(bundle.raw_train.feature_names) <= MAX_FEATURES


def network_inputs(bundle, row) -> np.ndarray:
    """row: (n_features,) in the data's own units -> (n_inputs,) network inputs, through
    the bundle's feature transform and normalisation."""
    return bundle.inputs(np.asarray(row, dtype=float).reshape(1, -1))[0]


def preparation_note(bundle, row) -> str:
    """What happens to the typed numbers before the forward pass, in words; "" when they
    go in as typed."""
    if bundle.transform is None and bundle.mean is None:
        return ""
    x = network_inputs(bundle, row)
    parts = [f"{n} = {fmt(v)}" for n, v in zip(bundle.feature_names[:4], x)]
    shown = values(*parts, *(["\u2026"] if len(x) > 4 else []))   # "; " under 0,5
    if bundle.mean is None:
        return translate("OwnSample", "The network's inputs are computed from these: "
                         "{inputs}.").format(inputs=shown)
    return translate("OwnSample", "Normalised with the training data's mean and spread, as "
                     "every sample is, before the forward pass: {inputs}.").format(inputs=shown)
