"""Which trial to keep: the lowest final loss, unless smaller trials are as good within noise.

``best`` picks the trial with the lowest final test loss (see its docstring); ``choose``
also reports the trials that are as good within noise, and keeps the smallest of them:
"4 units" winning over 3 by 0.0002 of loss says nothing about 4 being better.

Within noise: every trial is measured on the same test samples, so two trials are
compared sample by sample. With d_i the difference of their losses on test sample i
(n samples), a trial *ties* with the lowest-loss one when its final loss is at most
``NOISE_SE`` = 2 standard errors of the mean of d above it, 2 * std(d) / sqrt(n): a
difference that small could come from which samples happened to land in the test set.
Measured on lesson 9 (coffee, 400 test samples, 300 epochs): 4 units lowest, 3 units
0.00018 above it with a standard error of 0.0020 and 5 units 0.00027 above with 0.00053
(ties); 2 units 0.137 above with 0.018 (7.6 standard errors: a real difference).

Results are ``core.trials.TrialResult``s; ``sample_losses`` are (n_samples,).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from core.trials import TrialResult

NOISE_SE = 2.0      # a tie: the loss difference is within this many standard errors


def all_equal(results: list[TrialResult | None]) -> bool:
    """True when at least two results count (see ``best``) and all ended with the same
    loss (to 1e-9 relative): none is better, whatever ``best`` picks by order."""
    scores = [r.score for r in results if _counts(r)]
    return len(scores) > 1 and max(scores) - min(scores) <= 1e-9 * max(abs(max(scores)),
                                                                       1e-300)


def best(results: list[TrialResult | None]) -> int | None:
    """Index of the best result: the lowest final test loss (train loss when there is no
    test data). Diverged, interrupted and missing (None) results, and non-finite losses,
    do not count; a tie goes to the earlier trial. None when nothing counts."""
    best_i, best_score = None, math.inf
    for i, r in enumerate(results):
        if _counts(r) and r.score < best_score:
            best_i, best_score = i, r.score
    return best_i



@dataclass(frozen=True)
class Choice:
    """Which trial to keep. ``lowest``: the index ``best`` picks (lowest final loss);
    ``ties``: the indices, in plan order, of the trials within noise of it (``lowest``
    among them; see the module doc); ``chosen``: the one to keep of ``ties``: the fewest
    units when the plan varies units, else the first in plan order (the simplest a
    person would name first: nothing in the results says one of them is better)."""

    lowest: int
    ties: tuple[int, ...]
    chosen: int

    @property
    def tied(self) -> bool:
        return len(self.ties) > 1


def within_noise(result: TrialResult, lowest: TrialResult) -> bool:
    """True when ``result``'s final loss is within ``NOISE_SE`` standard errors of the
    paired per-sample differences above ``lowest``'s (module doc). Without per-sample
    losses of the same samples only an equal loss (to 1e-9 relative) ties."""
    gap = result.score - lowest.score
    a, b = result.sample_losses, lowest.sample_losses
    if a is None or b is None or a.shape != b.shape or a.size < 2:
        return gap <= 1e-9 * max(abs(lowest.score), 1e-300)
    d = a - b
    if not np.all(np.isfinite(d)):
        return False
    return gap <= NOISE_SE * float(np.std(d, ddof=1)) / math.sqrt(d.size)


def choose(results: list[TrialResult | None], setting: str | None = None) -> Choice | None:
    """The trial to keep: ``best``'s, or the smallest one that ties with it within noise
    (``Choice``). ``setting`` is the plan's; "units" keeps the fewest units. Results that
    ``best`` skips never tie. None when nothing counts."""
    lowest = best(results)
    if lowest is None:
        return None
    ties = tuple(i for i, r in enumerate(results)
                 if i == lowest or (_counts(r) and within_noise(r, results[lowest])))
    if setting == "units":
        chosen = min(ties, key=lambda i: (results[i].value, i))
    else:
        chosen = ties[0]
    return Choice(lowest, ties, chosen)


def _counts(r: TrialResult | None) -> bool:
    return r is not None and not r.stopped and not r.interrupted and \
        r.score is not None and math.isfinite(r.score)
