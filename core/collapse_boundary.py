"""Where the single layer of a collapsed network changes its answer, on the input plane.

An all-linear network equals one layer, z = W x + b (``core.diagnostics.linear_collapse``).
Its decision boundary is therefore straight, and the Map can draw it as a line next to the
network's own boundary: students see that the two are the same. The line is worked out from
W and b alone (no grid), so it costs microseconds and can follow every frame of training.

The Map's plane holds the data's own two features; the network may see them normalised
(``DataBundle.mean``/``std``) or reordered. Both are affine, so the boundary stays a straight
line on the plane: with inputs x = A p + c for a plane point p, z = (W A) p + (W c + b).
Playground's other features (squares, products, sines) bend the plane: then there is no line
to draw, and ``boundary_problem`` says so.

Decision rule, as ``core.training.accuracy`` predicts a class:

- one output: class 1 where the output is above 0.5 (sigmoid, linear) or 0 (tanh), i.e.
  where z crosses 0 (sigmoid, tanh) or 0.5 (linear);
- several outputs of one kind (softmax, or all sigmoid/tanh/linear: increasing functions of
  z, so the largest output has the largest z): the largest output wins, so classes i and j
  meet where z_i = z_j and no other z_k is larger. Each such pair gives at most one segment.
"""

from __future__ import annotations

import numpy as np

from core.diagnostics import Collapse
from core.i18n import translate

# z where a single output crosses its decision threshold (core.training.accuracy)
Z_AT_THRESHOLD = {"sigmoid": 0.0, "tanh": 0.0, "linear": 0.5}
THRESHOLD = {"sigmoid": 0.5, "tanh": 0.0, "linear": 0.5}
# several outputs: argmax of a = g(z) is argmax of z for these (softmax, increasing g)
ARGMAX_KINDS = ("softmax", "sigmoid", "tanh", "linear")
PLANE_FEATURES = ("x1", "x2")       # the plane's own axes, as Playground's features name them


def boundary_problem(collapse: Collapse, bundle) -> str:
    """Why the single layer's boundary cannot be drawn on the plane, or "" if it can.

    ``bundle``: a ``core.data_bundle.DataBundle`` or None."""
    if not collapse.collapses:
        return translate("CollapseBoundary", "the network does not collapse into one layer.")
    if bundle is None:
        return translate("CollapseBoundary", "there is no data, so there is no plane to draw "
                         "on.")
    if bundle.problem != "classification":
        return translate("CollapseBoundary", "a regression network has no class boundary.")
    if len(bundle.dataset.feature_names) != 2:
        return translate("CollapseBoundary", "the data has no plane of two features.")
    bent = [f for f in (bundle.transform or ()) if f not in PLANE_FEATURES]
    if bent:            # the inputs' names as the data names them
        return translate("CollapseBoundary", "the inputs {inputs} bend the plane: the "
                         "boundary is straight in the inputs but curved on the Map."
                         ).format(inputs=", ".join(bent))
    kinds = set(collapse.output_activations)
    if len(collapse.output_activations) == 1 and not kinds <= set(Z_AT_THRESHOLD):
        return translate("CollapseBoundary", "a {activation} output has no single threshold; "
                         "use sigmoid, tanh or linear.").format(
            activation=collapse.output_activations[0])
    if len(collapse.output_activations) > 1 and (len(kinds) > 1 or
                                                 not kinds <= set(ARGMAX_KINDS)):
        return translate("CollapseBoundary", "the outputs mix activations, so the largest "
                         "output is not the largest z.")
    return ""


def plane_to_inputs(bundle) -> tuple[np.ndarray, np.ndarray]:
    """(A (n_inputs, 2), c (n_inputs,)) with ``bundle.inputs(P) == P @ A.T + c`` for plane
    points P: (n, 2). Only for inputs that are the plane's features, reordered or repeated,
    and normalised or not (``boundary_problem`` returned "")."""
    names = bundle.transform or PLANE_FEATURES
    A = np.array([[1.0, 0.0] if f == "x1" else [0.0, 1.0] for f in names])
    c = np.zeros(len(names))
    if bundle.mean is not None:
        A = A / bundle.std[:, None]
        c = -bundle.mean / bundle.std
    return A, c


def plane_weights(collapse: Collapse, bundle) -> tuple[np.ndarray, np.ndarray]:
    """The single layer as a function of the plane point p: z = N p + d with
    N: (n_outputs, 2) and d: (n_outputs,)."""
    A, c = plane_to_inputs(bundle)
    return collapse.W @ A, collapse.W @ c + collapse.b


def clip_line(normal: np.ndarray, offset: float, limits, extent) -> np.ndarray | None:
    """The part of the line normal · p + offset = 0 inside ``extent`` (xmin, xmax, ymin,
    ymax) where every limit (m (2,), e) of ``limits`` has m · p + e >= 0: its two end
    points (2, 2), or None when no part is left (or the normal is 0: no line at all)."""
    normal = np.asarray(normal, dtype=float)
    length2 = float(normal @ normal)
    if not np.isfinite(length2) or length2 == 0.0:
        return None
    # the line's point nearest the origin, then along it: exact z = 0 up to rounding
    base = -offset * normal / length2
    along = np.array([-normal[1], normal[0]]) / np.sqrt(length2)
    xmin, xmax, ymin, ymax = extent
    box = [((1.0, 0.0), -xmin), ((-1.0, 0.0), xmax), ((0.0, 1.0), -ymin), ((0.0, -1.0), ymax)]
    lo, hi = -np.inf, np.inf
    for m, e in [*box, *limits]:
        m = np.asarray(m, dtype=float)
        at_base, slope = float(m @ base + e), float(m @ along)
        if slope == 0.0:
            if at_base < 0.0:
                return None
            continue
        bound = -at_base / slope
        if slope > 0.0:
            lo = max(lo, bound)
        else:
            hi = min(hi, bound)
    if not lo < hi:
        return None
    return np.array([base + lo * along, base + hi * along])


def boundary_segments(collapse: Collapse, bundle, extent) -> np.ndarray:
    """(k, 2, 2) end points of the k segments of the single layer's decision boundary on
    the plane within ``extent``, in the plane's (the Map's) coordinates; k = 0 when the
    boundary lies outside it. Call only when ``boundary_problem`` returned ""."""
    N, d = plane_weights(collapse, bundle)
    if len(d) == 1:
        line = clip_line(N[0], d[0] - Z_AT_THRESHOLD[collapse.output_activations[0]], (),
                         extent)
        lines = [] if line is None else [line]
    else:
        lines = []
        for i in range(len(d)):
            for j in range(i + 1, len(d)):
                # classes i and j tie (z_i = z_j) and beat every other class k
                limits = [(N[i] - N[k], d[i] - d[k]) for k in range(len(d)) if k not in (i, j)]
                line = clip_line(N[i] - N[j], d[i] - d[j], limits, extent)
                if line is not None:
                    lines.append(line)
    return np.array(lines).reshape(-1, 2, 2)
