"""The Activation panel's words (gui.plots.activation_plot): the names of its shaded flat
regions and the lines of sample counts under the plot, in the language shown."""

from __future__ import annotations

import numpy as np

from gui import colors
from gui.i18n import number, translate

FLAT = 0.05                     # |g'(z)| below this counts as flat
_FLAT_BRUSH = {False: (0, 0, 0, 22), True: (255, 255, 255, 24)}   # light, dark scheme
_DEAD_BRUSH = (213, 94, 0, 40)


def region_names(part: np.ndarray) -> tuple[str, str, tuple]:
    """(name, short name, brush) of a flat region where the slope is ``part``. The short
    name is shown where the name does not fit (measured in the language shown)."""
    if np.all(part == 0):
        return (translate("ActivationPlot", "no gradient"),
                translate("ActivationPlot", "g′ = 0", "short for: no gradient"), _DEAD_BRUSH)
    if np.ptp(part) == 0:
        text = translate("ActivationPlot", "small gradient ({slope})").format(
            slope=number(float(part[0]), "g"))
        return text, text, _FLAT_BRUSH[colors.current().dark]
    return (translate("ActivationPlot", "flat: gradient vanishes"),
            translate("ActivationPlot", "flat", "short for: flat, gradient vanishes"),
            _FLAT_BRUSH[colors.current().dark])


def sample_text(z: np.ndarray, dg: np.ndarray | None, relu_like: bool,
                view: tuple[float, float]) -> str:
    """What the samples get: z (n,) a neuron's z over the training data, dg (n,) the slope
    at each (None for a softmax neuron alone in its layer), ``relu_like`` for ReLU's word
    "dead", view (z0, z1) the z range shown. One line, or two (<br>) when some samples
    lie outside the view."""
    n = z.size
    if n == 0:
        return translate("ActivationPlot", "no samples to show: there is no data to train on")
    if dg is None:
        return translate("ActivationPlot", "all %n samples: p = 1 and no gradient. A softmax "
                                           "neuron alone passes nothing on and never learns",
                         None, n)
    dead = float(np.mean(dg == 0))
    flat = float(np.mean(np.abs(dg) < FLAT)) - dead
    text = _sample_counts(n, dead, flat, relu_like)
    z0, z1 = view
    outside = int(np.count_nonzero((z < z0) | (z > z1)))
    if outside:
        text += "<br>" + translate(
            "ActivationPlot", "{count} of them outside the view (z &lt; {low} or &gt; "
            "{high})").format(count=outside, low=number(z0, "g"), high=number(z1, "g"))
    return text


def _sample_counts(n: int, dead: float, flat: float, relu_like: bool) -> str:
    """How many of the n samples get no gradient (share ``dead``) or a small one."""
    if dead == 1.0:
        # "dead" is ReLU's word (z <= 0 everywhere); a sigmoid or tanh whose slope
        # underflows to 0 sits far out on a flat tail: saturated
        if relu_like:
            return translate("ActivationPlot", "all %n samples get no gradient: a dead "
                                               "neuron", None, n)
        return translate("ActivationPlot", "all %n samples get no gradient: saturated, far "
                                           "out on a flat tail", None, n)
    values = {"dead": number(100 * dead, ".0f"), "flat": number(100 * flat, ".0f"),
              "limit": number(FLAT, "g")}
    if dead and flat:
        text = translate("ActivationPlot", "%n samples: {dead}% get no gradient, {flat}% a "
                                           "gradient below {limit}", None, n)
    elif dead:
        text = translate("ActivationPlot", "%n samples: {dead}% get no gradient", None, n)
    elif flat:
        text = translate("ActivationPlot", "%n samples: {flat}% a gradient below {limit}",
                         None, n)
    else:
        text = translate("ActivationPlot", "%n samples", None, n)
    return text.format(**values)
