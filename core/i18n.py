"""Translation of the texts core shows to people, without Qt.

Core writes every user-visible text as ``translate("context", "English text")`` (plural
forms: ``translate("context", "%n epochs", None, n)``); values go in afterwards with
``.format(...)``, never into the text that is translated. ``pyside6-lupdate`` finds these
calls by their name, as it finds them in gui/. By default the English text is returned
(with %n replaced); the GUI installs Qt's translator with ``install`` at start-up, so a
notebook or the command line keeps English and imports no Qt.

A table built at import time (before any translator is installed) marks its texts with
``QT_TRANSLATE_NOOP("context", "text")``, which lupdate collects and which returns the
English text; the code that shows such a text passes it through ``translate`` with the
same context when it is shown.

Numbers inside a displayed text go through ``number(value, spec)``: Python's format by
default, the language's decimal comma once the GUI installs its formatter. Never for
files, exports or anything parsed back. Several numbers in one displayed text are listed
with ``values(...)`` and ranges written with ``interval(...)``: under a decimal comma
"0,5, 1,5" cannot be read, so both then separate with "; " ("[0; 0,5]"), as German, French
and Spanish mathematics does.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]
NumberFormat = Callable[[float, str], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english
_number: NumberFormat = format


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language installed (English by default). ``n`` >= 0 picks the plural
    form and replaces %n."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``text`` for the catalogues and returns it untranslated (for tables built at
    import time; ``translate(context, text)`` when it is shown)."""
    return text


def number(value: float, spec: str = "g") -> str:
    """``value`` formatted with Python's ``spec`` for a display, in the installed
    language's number format (Python's format by default)."""
    return _number(value, spec)


def decimal_comma() -> bool:
    """Whether the installed number format writes a decimal comma (0,5)."""
    return "," in _number(0.5, ".1f")


def values(*parts: object, space: str = " ") -> str:
    """``parts`` (texts, or numbers given to ``number(value, "g")``) listed for a display:
    "0.5, 1.5" in English, "0,5; 1,5" under a decimal comma. ``space`` follows the
    separator ("   " sets statements apart: "δ = 0,553;   Δb = …")."""
    # under a decimal comma the list needs another separator; French sets it apart with a
    # narrow no-break space (" ;"), as its translators write it elsewhere
    separator = (translate("Numbers", ";", "separates numbers written with a decimal comma")
                 if decimal_comma() else ",") + space
    return separator.join(p if isinstance(p, str) else number(p, "g") for p in parts)


def interval(low: object, high: object, left: str = "[", right: str = "]") -> str:
    """A range for a display, "[0, 0.5]" in English, "[0; 0,5]" under a decimal comma;
    ``low``/``high`` are texts ("inf") or numbers (``number(value, "g")``), ``left`` and
    ``right`` are "[" / "(" and "]" / ")" (closed or open)."""
    return f"{left}{values(low, high)}{right}"


def install(translator: Translator | None, number_format: NumberFormat | None = None) -> None:
    """Use ``translator(context, text, disambiguation, n)`` and ``number_format(value,
    spec)`` from now on (None: English and Python's format)."""
    global _translator, _number
    _translator = translator or _english
    _number = number_format or format
