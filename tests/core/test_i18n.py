"""core.i18n without Qt: English and Python's number format until a GUI installs its own,
and back to them when it uninstalls."""

from core import i18n


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
