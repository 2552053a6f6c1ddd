"""Translation of the texts core shows to people, without Qt.

Core writes every user-visible text as ``translate("context", "English text")`` (plural
forms: ``translate("context", "%n epochs", None, n)``); values go in afterwards with
``.format(...)``, never into the text that is translated. ``pyside6-lupdate`` finds these
calls by their name, as it finds them in gui/. By default the English text is returned
(with %n replaced); the GUI installs Qt's translator with ``install`` at start-up, so a
notebook or the command line keeps English and imports no Qt.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language installed (English by default). ``n`` >= 0 picks the plural
    form and replaces %n."""
    return _translator(context, text, disambiguation, n)


def install(translator: Translator | None) -> None:
    """Use ``translator(context, text, disambiguation, n)`` from now on (None: English)."""
    global _translator
    _translator = translator or _english
