"""Numbers in e-notation follow the language's decimal comma too: the One sample panel's
canvas tag and grey context line ("δ = 7,70e−5" in German and Spanish), a video's frame
rate in its message, the values a trial plan repeats."""

import pytest
from PySide6.QtCore import QLocale

from core import i18n as core_i18n
from core.trials import TrialError, TrialPlan
from gui.explainer.panel import _short
from gui.i18n import install_core_translator
from gui.recording.video import VideoError, encode


@pytest.fixture(params=[QLocale.Language.German, QLocale.Language.Spanish])
def comma_language(request):
    """The language's number format (a decimal comma) for the GUI and core."""
    before, saved = QLocale(), (core_i18n._translator, core_i18n._number)
    QLocale.setDefault(QLocale(request.param))
    install_core_translator()
    yield
    QLocale.setDefault(before)
    core_i18n.install(*saved)


def test_the_canvas_tag_writes_small_numbers_with_the_decimal_comma(comma_language):
    assert _short(7.7e-5) == "7,70e\u22125"
    assert _short(-1.81e-5) == "\u22121,81e\u22125"
    assert _short(0.553) == "0,553"                     # fmt's own form, unchanged


def test_english_keeps_the_decimal_point():
    assert _short(7.7e-5) == "7.70e\u22125"
    assert _short(4.98e12) == "4.98e12"


def test_a_frame_rate_and_repeated_trial_values_in_messages(comma_language, tmp_path):
    with pytest.raises(VideoError, match=r"^0,5 frames a second"):
        next(encode([object()], tmp_path / "x.gif", 0.5))
    with pytest.raises(TrialError, match=r"repeated: 0,5$"):
        TrialPlan("learning_rate", (0.5, 0.5, 0.1))
