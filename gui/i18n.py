"""Translation in the GUI: every user-visible text is ``translate("Context", "English")``.

Write ``translate("Context", "Text")`` with an explicit context (the module's or class's
view name, e.g. "Editor", "MainWindow"), never ``self.tr`` (PySide takes the context from
the object's runtime class, so a subclass would lose its translations) and never a
module-level alias (pyside6-lupdate only recognises calls named ``translate``/``tr``).
Numbers and names go in afterwards with ``.format``; plural forms pass n:
``translate("Training", "%n epochs", None, n)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from core import i18n as core_i18n


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation of ``text`` in ``context`` (the English text when none is loaded)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_core_translator() -> None:
    """Core's texts (core.i18n) go through Qt's translators too, and the numbers in them
    through the language's number format."""
    core_i18n.install(translate, number)


def number(value: float, spec: str = "g") -> str:
    """``value`` formatted with Python's ``spec`` (e.g. ".3g", ",.0f", ".1f") for a display,
    with the language's decimal point and digit grouping (3,5 and 1.000 in German). Never
    for files, exports or anything parsed back: those keep Python's format."""
    text = format(value, spec)
    locale = QLocale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    if (point, group) == (".", ","):
        return text
    return text.translate(str.maketrans({".": point, ",": group}))
