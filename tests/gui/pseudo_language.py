"""The pseudo-language of the translation tests: every translated text comes back as
"[§ text §]", so a text a person sees without the marker bypassed translation. The fixture
``pseudo`` (tests/gui/conftest.py) installs it for one test."""

from PySide6.QtCore import QTranslator

OPEN, CLOSE = "[\u00a7 ", " \u00a7]"


class PseudoTranslator(QTranslator):
    """Every source text in every context, wrapped (Qt still replaces %n afterwards;
    {placeholders} pass through for .format)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False
