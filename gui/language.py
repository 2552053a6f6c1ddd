"""The interface language: which one (the preference, else the system's, else English) and
loading its translations at start-up.

``install_language(app)`` installs two QTranslators: the app's own
(resources/i18n/neuron_studio_<lang>.qm, built from the .ts files by
``python -m resources.i18n.update``) and Qt's (qtbase_<lang>.qm from PySide6's translations
folder), so the standard dialogs' buttons ("Cancel", "Save") speak the same language. The
default QLocale becomes the language's, so ``gui.i18n.number`` writes 3,5 in German and
French. A language chosen in the preferences applies at the next start: the windows build
their texts once.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from gui.i18n import install_core_translator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
APP_CATALOGUE = "neuron_studio"
# language code -> its name in itself (the preference lists them so: a person who cannot
# read the current language still finds their own)
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Fran\u00e7ais", "es": "Espa\u00f1ol"}
SETTINGS_KEY = "language"        # "" (or absent): follow the system
DEFAULT = "en"
# The computer's language is followed only when this share of the app's texts is
# translated (resources/i18n/languages.json, written by resources.i18n.update): a catalogue
# still being translated would otherwise give everyone whose system speaks it a half-English
# interface. The preferences offer every language, with its share when it is lower.
SYSTEM_SHARE = 0.95


def translated_shares() -> dict[str, float]:
    """{language: share of the app's texts translated}; English is the source (1.0)."""
    try:
        shares = json.loads((I18N_DIR / "languages.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        shares = {}
    found = {code: float(share) for code, share in shares.items()
             if code in LANGUAGES and isinstance(share, (int, float))}
    return {**found, DEFAULT: 1.0}


def preferred_language() -> str:
    """The language chosen in the preferences: a code of LANGUAGES, or "" for the system's."""
    value = QSettings().value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def set_preferred_language(code: str) -> None:
    """Remember ``code`` ("" = the system's) for the next start."""
    if code and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    QSettings().setValue(SETTINGS_KEY, code)


def choose_language(preference: str, system: QLocale,
                    shares: dict[str, float] | None = None) -> str:
    """The preference when set, else the first of the system's UI languages the app has
    translated (at least SYSTEM_SHARE of its texts: ``shares``, default
    ``translated_shares()``; a German system: "de"), else English."""
    if preference in LANGUAGES:
        return preference
    shares = translated_shares() if shares is None else shares
    for name in system.uiLanguages() or [system.name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES and shares.get(code, 0.0) >= SYSTEM_SHARE:
            return code
    return DEFAULT


def _translator(app: QApplication, folder: str, name: str) -> QTranslator | None:
    translator = QTranslator(app)
    if translator.load(name, folder) and app.installTranslator(translator):
        return translator
    translator.deleteLater()
    return None


def install_plural_forms(app: QApplication) -> None:
    """English's own catalogue, which holds only the plural forms ("1 epoch", "2 epochs"
    for "%n epochs"): without it Qt writes the source text, "1 epochs". Installed first,
    so any other language's catalogue is asked before it. Once per application."""
    if not app.property("neuronStudioPlurals"):
        _translator(app, str(I18N_DIR), f"{APP_CATALOGUE}_{DEFAULT}")
        app.setProperty("neuronStudioPlurals", True)


def install_language(app: QApplication, code: str | None = None) -> str:
    """Load the translations of ``code`` (default: ``choose_language`` of the preference
    and the system locale) into ``app``; returns the language used. English gets only its
    plural forms (the source texts are English). Once per application."""
    if app.property("neuronStudioLanguage"):
        return app.property("neuronStudioLanguage")
    code = code or choose_language(preferred_language(), QLocale.system())
    install_plural_forms(app)
    if code != DEFAULT:
        if _translator(app, str(I18N_DIR), f"{APP_CATALOGUE}_{code}") is None:
            code = DEFAULT      # no catalogue (a damaged install): English throughout
        else:
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            _translator(app, qt_folder, f"qtbase_{code}")
    QLocale.setDefault(QLocale(code))
    install_core_translator()
    app.setProperty("neuronStudioLanguage", code)
    return code


def current_language() -> str:
    """The language the interface was started in (English before ``install_language``)."""
    app = QApplication.instance()
    code = app.property("neuronStudioLanguage") if app is not None else None
    return code if code in LANGUAGES else DEFAULT
