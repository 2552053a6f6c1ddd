"""core.i18n without Qt: English and Python's number format until a GUI installs its own,
and back to them when it uninstalls."""

import re

import pytest

from core import activation_overview as ov
from core import activations as act
from core import experiment, i18n, netfile, own_sample
from core import netfile_validate as validate
from core.explain import explain_sample
from core.explain_text import steps
from core.netfile_validate import NetFileError
from core.network import Network, Neuron
from core.training import Settings, TrainingError


def test_english_by_default_with_plural_count_and_python_numbers():
    i18n.install(None)
    assert i18n.translate("Ctx", "%n epochs", None, 3) == "3 epochs"
    assert i18n.QT_TRANSLATE_NOOP("Ctx", "Mean squared error") == "Mean squared error"
    assert i18n.number(1234.5, ",.1f") == "1,234.5"


def test_an_installed_translator_and_number_format_are_used_then_removed():
    i18n.install(lambda c, t, d, n: f"<{c}:{t}>", lambda v, spec: format(v, spec).replace(".", ","))
    try:
        assert i18n.translate("Losses", "Loss") == "<Losses:Loss>"
        assert i18n.number(0.5, ".2f") == "0,50"
    finally:
        i18n.install(None)
    assert i18n.translate("Losses", "Loss") == "Loss" and i18n.number(0.5, ".2f") == "0.50"


# -- lists and ranges of numbers under a decimal comma -----------------------------------------

def _german(value, spec):
    """German's number format as gui.i18n.number writes it: 0,5 and 1.000."""
    return format(value, spec).translate(str.maketrans({".": ",", ",": "."}))


@pytest.fixture
def decimal_comma():
    """A German-like number format for one test, then whatever was installed before."""
    saved = i18n._translator, i18n._number
    i18n.install(None, _german)
    yield
    i18n.install(*saved)


def test_values_and_intervals_separate_with_a_semicolon_under_a_decimal_comma(decimal_comma):
    assert i18n.decimal_comma()
    assert i18n.values(0.5, 1.5, "x = 2") == "0,5; 1,5; x = 2"
    assert i18n.values("a", "b", space="   ") == "a;   b"
    assert i18n.interval(0, 0.5) == "[0; 0,5]"
    assert i18n.interval(-0.278, "inf", "[", ")") == "[-0,278; inf)"


def test_values_and_intervals_in_english_keep_the_comma():
    saved = i18n._translator, i18n._number
    i18n.install(None)
    try:
        assert not i18n.decimal_comma()
        assert i18n.values(0.5, 1.5, "x = 2") == "0.5, 1.5, x = 2"
        assert i18n.interval(0, 100, "(", "]") == "(0, 100]"
    finally:
        i18n.install(*saved)


def _with_decimal_comma(make):
    """make() once in English, once under a German-like number format."""
    saved = i18n._translator, i18n._number
    try:
        i18n.install(None)
        english = make()
        i18n.install(None, _german)
        return english, make()
    finally:
        i18n.install(*saved)


def _prelu_step_lines():
    """The gradient step of a PReLU neuron whose z is negative (so its α learns)."""
    net = Network(["x1"], [[Neuron("prelu", alpha=0.2)], ["linear"]], loss="mse", seed=1)
    net.set_bias(0, 0, -3.0)
    e = explain_sample(net, [0.25], [0.7], 0.1)
    assert e.layers[0].z[0] < 0
    step = [s for s in steps(e, net.input_names) if s.kind == "gradient" and s.neuron == (0, 0)]
    return step[0].lines


def test_one_sample_bias_and_alpha_lines_set_decimal_comma_numbers_apart():
    english, german = _with_decimal_comma(_prelu_step_lines)
    b_line = next(line for line in german if line.startswith("b:"))
    alpha_line = next(line for line in german if line.startswith("\u03b1:"))
    for line in (b_line, alpha_line):
        assert re.fullmatch(r".* = \u2212?\d+,\d+;   \u0394[b\u03b1] = .*\d,\d+", line), line
    english_b = next(line for line in english if line.startswith("b:"))
    assert ",   \u0394b = \u2212" in english_b and ";" not in english_b, english_b


def test_one_sample_targets_and_the_normalisation_note_set_numbers_apart():
    net = Network(["x1", "x2"], [["tanh"], ["linear"] * 2], loss="mse", seed=1)
    e = explain_sample(net, [0.5, -1.0], [0.25, 1.5], 0.1)

    def loss_line():
        return next(s for s in steps(e, net.input_names) if s.kind == "loss").lines[0]
    data = {"source": "builtin", "name": "coffee", "samples": 50, "noise": 0.0, "seed": 3,
            "normalize": True}
    bundle = experiment.build_data(netfile.Document(
        Network(["temperature", "duration"], [["sigmoid"]], seed=1), data, {}, {}))

    def note():
        return own_sample.preparation_note(bundle, [200.0, 13.5])
    (english_t, german_t), (english_n, german_n) = (_with_decimal_comma(loss_line),
                                                  _with_decimal_comma(note))
    assert "t = (0.250, 1.50)" in english_t and "t = (0,250; 1,50)" in german_t
    assert re.search(r"temperature = \u2212?\d\.\d+, duration = ", english_n), english_n
    assert re.search(r"temperature = \u2212?\d,\d+; duration = \u2212?\d,\d+\.$", german_n), \
        german_n


def test_activation_ranges_write_their_bounds_in_the_language():
    english, german = _with_decimal_comma(lambda: [
        (act.get(n).output_range, ov.readable_range(act.get(n)), act.get(n).tooltip())
        for n in ("silu", "gelu", "sigmoid", "elu", "softmax")])
    assert [e[:2] for e in english] == [
        ("[-0.278, inf)", "[\u22120.278, \u221e)"), ("[-0.17, inf)", "[\u22120.17, \u221e)"),
        ("(0, 1)", "(0, 1)"), ("(-alpha, inf)", "(\u22121, \u221e)"),
        ("(0, 1), summing to 1", "(0, 1), summing to 1")]
    assert [g[:2] for g in german] == [
        ("[-0,278; inf)", "[\u22120,278; \u221e)"), ("[-0,17; inf)", "[\u22120,17; \u221e)"),
        ("(0; 1)", "(0; 1)"), ("(-alpha; inf)", "(\u22121; \u221e)"),
        ("(0; 1), summing to 1", "(0; 1), summing to 1")]
    assert "Output range: [-0,278; inf)" in german[0][2]
    assert "Output range: [-0.278, inf)" in english[0][2]


def test_error_ranges_use_the_languages_separator():
    def errors():
        out = []
        for bad in (Settings(learning_rate=0), Settings(momentum=1.0),
                    Settings(regularization_rate=11)):
            with pytest.raises(TrainingError) as caught:
                bad.check()
            out.append(str(caught.value))
        with pytest.raises(NetFileError) as caught:
            validate.number(0.7, "data.noise", 0.0, 0.5)
        return out + [str(caught.value)]
    english, german = _with_decimal_comma(errors)
    assert english == ["learning_rate: must be a number in (0, 100], got 0",
                       "momentum: must be a number in [0, 1), got 1.0",
                       "regularization_rate: must be a number in [0, 10], got 11",
                       "data.noise: must be in [0, 0.5], got 0.7"]
    assert german == ["learning_rate: must be a number in (0; 100], got 0",
                      "momentum: must be a number in [0; 1), got 1.0",
                      "regularization_rate: must be a number in [0; 10], got 11",
                      "data.noise: must be in [0; 0,5], got 0.7"]


def test_the_list_separator_under_a_decimal_comma_is_the_languages_own():
    """French writes a narrow no-break space before ";" (its catalogue says so)."""
    french = {";": "\u202f;"}
    i18n.install(lambda c, t, d, n: french.get(t, t),
                 lambda v, spec: format(v, spec).replace(".", ","))
    try:
        assert i18n.values(0.5, 1.5) == "0,5\u202f; 1,5"
    finally:
        i18n.install(None)
    assert i18n.values(0.5, 1.5) == "0.5, 1.5"
