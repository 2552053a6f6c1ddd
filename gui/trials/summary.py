"""The Compare trials panel's sentence once a run ends: how many trials finished, how long
they took and which one is kept (the best, a tie, or none)."""

from __future__ import annotations

from core import trials as core_trials
from gui.i18n import number, translate


def finished_words(trials, results, choice, best_index, setting, seconds: float) -> str:
    """The summary of a finished (or stopped) run of ``trials``; ``results`` one
    ``TrialResult`` (or None) per trial, ``choice`` and ``best_index`` as the panel keeps
    them, ``setting`` the plan's."""
    done = sum(r is not None and not r.interrupted for r in results)
    text = _count_words(done, len(trials), number(seconds, ".1f"))
    if best_index is not None and core_trials.all_equal(results):
        more = translate("Trials", "All ended with the same loss ({loss}): this setting made "
                         "no difference here.").format(loss=number(results[best_index].score,
                                                                   ".4g"))
    elif choice is not None and choice.tied:
        more = translate("Trials", "{tie} Use the best to make it the current network.") \
            .format(tie=tie_words(results, choice, setting))
    elif best_index is not None:
        best = results[best_index]
        more = translate("Trials", "Best: <b>{trial}</b> (test loss {loss}). Use the best to "
                         "make it the current network.").format(
            trial=best.label, loss=number(best.score, ".4g"))
    elif done:
        more = translate("Trials", "Every trial diverged: try smaller learning rates.")
    else:
        return text
    return translate("Trials", "{done} {found}").format(done=text, found=more)


def _count_words(done: int, count: int, seconds: str) -> str:
    """"3 of 5 trials done in 1.2 s.", "Stopped: ..." when some did not finish."""
    # English has no catalogue: its singular is a text of its own
    if done == count:
        text = translate("Trials", "{done} of %n trial done in {seconds} s.", None, count) \
            if count == 1 else \
            translate("Trials", "{done} of %n trials done in {seconds} s.", None, count)
    else:
        text = translate("Trials", "Stopped: {done} of %n trial done in {seconds} s.", None,
                         count) if count == 1 else \
            translate("Trials", "Stopped: {done} of %n trials done in {seconds} s.", None, count)
    return text.format(done=done, seconds=seconds)


def tie_words(results, choice, setting) -> str:
    """The summary of a tie, e.g. "3, 4 and 5 units tie (within noise); the smallest
    is <b>3 units</b>." (the first in the list for settings other than units)."""
    ties, chosen = choice.ties, results[choice.chosen]
    if setting == "units":
        values = [str(results[i].value) for i in ties]
        return translate("Trials", "{values} and {last} units tie (within noise); the "
                         "smallest is <b>{trial}</b>.").format(
            values=", ".join(values[:-1]), last=values[-1], trial=chosen.label)
    labels = [results[i].label for i in ties]
    return translate("Trials", "{trials} and {last} tie (within noise); the first of them is "
                     "<b>{trial}</b>.").format(
        trials=", ".join(labels[:-1]), last=labels[-1], trial=chosen.label)
