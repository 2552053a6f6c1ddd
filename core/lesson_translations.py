"""A lesson's texts in other languages: ``meta.translations``.

    "meta": {"title": "Coffee roasting", "notes": "...", "lesson": {"summary": "..."},
             "translations": {"de": {"title": "Kaffeerösten", "summary": "...",
                                     "notes": "..."}}}

The English texts stay where they were (``meta.title``, ``meta.lesson.summary``,
``meta.notes``); a language adds any of the three under its code (ISO 639-1, "de", with an
optional region, "pt_BR"). A reader in a language shows that language's text where there is
one and the English text for the rest (``localized``). Qt-free: core validates it with the
rest of the file (``check_translations``), the GUI picks the text to show.
"""

from __future__ import annotations

import re

from core.i18n import translate
from core.netfile_validate import NetFileError, obj, short, text

FIELDS = ("title", "summary", "notes")
# characters per text: a title is a menu entry, a summary its tooltip, notes a lesson page
MAX_CHARS = {"title": 200, "summary": 1_000, "notes": 100_000}
MAX_LANGUAGES = 40
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")


def check_translations(v) -> dict:
    """``meta.translations`` checked: {code: {field: text}}; raises NetFileError
    ("meta.translations.de.title: ...") on anything else."""
    d = obj(v, "meta.translations")
    n = len(d)              # a plain name: lupdate drops a call whose count is not one
    if n > MAX_LANGUAGES:
        raise NetFileError("meta.translations", translate(
            "LessonTranslations", "%n languages; at most {limit}", None, n).format(
            limit=MAX_LANGUAGES))
    for code, texts in d.items():
        if not LANGUAGE_CODE.fullmatch(code):
            raise NetFileError("meta.translations", translate(
                "LessonTranslations", "{code} is not a language code; expected e.g. de or "
                "pt_BR").format(code=short(code)))
        path = f"meta.translations.{code}"
        for field, value in obj(texts, path).items():
            _check_text(path, field, value)
    return d


def _check_text(path: str, field: str, value) -> None:
    """NetFileError unless ``value`` is a string no longer than its field allows."""
    if field not in FIELDS:
        raise NetFileError(path, translate("LessonTranslations", "unknown text {name}; "
                                           "expected one of: {names}").format(
            name=short(field), names=", ".join(FIELDS)))
    text(value, f"{path}.{field}", allow_empty=True, limit=MAX_CHARS[field])


def english(meta: dict) -> dict:
    """{"title", "summary", "notes"} as the file has them in English ("" when absent)."""
    lesson = meta.get("lesson") if isinstance(meta.get("lesson"), dict) else {}
    return {"title": str(meta.get("title") or ""),
            "summary": str(lesson.get("summary") or ""),
            "notes": str(meta.get("notes") or "")}


def localized(meta: dict, language: str) -> dict:
    """{"title", "summary", "notes"} in ``language`` ("de", "de_AT" falls back to "de")
    where ``meta`` has it, else in English. ``meta`` need not be validated: texts that are
    not strings are ignored."""
    out = english(meta)
    translations = meta.get("translations")
    if not isinstance(translations, dict):
        return out
    for code in dict.fromkeys((language, language.split("_")[0])):
        texts = translations.get(code)
        if isinstance(texts, dict):
            for field in FIELDS:
                value = texts.get(field)
                if isinstance(value, str) and value.strip():
                    out[field] = value.strip() if field == "notes" else value
            break
    return out
