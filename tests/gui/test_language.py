"""The interface language: chosen from the preference, else the system's, else English;
Edit > Preferences… changes the preference (for the next start); a German start loads the
app's and Qt's German texts, and displayed numbers follow the language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui import language
from gui.i18n import number
from gui.preferences import PreferencesDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("preference, system, expected", [
    ("fr", "de_DE", "fr"),          # the preference wins
    ("", "de_DE", "de"), ("", "de_AT", "de"), ("", "es_MX", "es"), ("", "fr_CA", "fr"),
    ("", "ja_JP", "en"), ("", "C", "en"),            # not a language the app has
    ("xx", "fr_FR", "fr"),                          # a broken preference is ignored
])
def test_language_follows_preference_then_system_then_english(preference, system, expected):
    translated = {code: 1.0 for code in language.LANGUAGES}
    assert language.choose_language(preference, QLocale(system), translated) == expected


def test_the_system_language_is_followed_only_when_it_is_translated():
    shares = {"en": 1.0, "de": 0.96, "fr": 0.5, "es": 0.0}
    assert language.choose_language("", QLocale("de_DE"), shares) == "de"
    assert language.choose_language("", QLocale("fr_FR"), shares) == "en"   # half English
    assert language.choose_language("fr", QLocale("de_DE"), shares) == "fr"  # a choice: yes
    assert language.choose_language("", QLocale("es_ES"), {}) == "en"


@pytest.fixture
def default_locale():
    old = QLocale()
    yield
    QLocale.setDefault(old)


@pytest.mark.parametrize("code, spec, value, shown", [
    ("en", ",.1f", 1234.5, "1,234.5"), ("de", ",.1f", 1234.5, "1.234,5"),
    ("fr", ",.1f", 1234.5, "1\u202f234,5"), ("es", ".3g", 0.0312, "0,0312"),
    ("de", "g", 0.03, "0,03"), ("fr", ".0f", 95.0, "95"), ("de", ",", 12000, "12.000"),
])
def test_displayed_numbers_follow_the_language(default_locale, code, spec, value, shown):
    QLocale.setDefault(QLocale(code))
    assert number(value, spec) == shown


def test_preferences_store_the_language_for_the_next_start(window, qtbot):
    window.activateWindow()
    window.editor.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Comma,
                   Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible(), "Ctrl+, opens the preferences"
    box = dialog.language
    shares = language.translated_shares()

    def named(code, name):          # a language not yet translated says how far it is
        share = shares.get(code, 0.0)
        return name if share >= language.SYSTEM_SHARE else \
            f"{name} ({100 * share:.0f} % translated)"
    assert [box.itemText(i) for i in range(box.count())] == ["System default"] + [
        named(code, name) for code, name in language.LANGUAGES.items()]
    assert box.itemText(1) == "English"
    assert box.currentData() == "" and dialog.restart_note.isHidden()
    box.setFocus()
    for _ in range(2):                                  # System default -> English -> Deutsch
        QTest.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == "de"
    assert not dialog.restart_note.isHidden(), "say that it applies at the next start"
    QTest.keyClick(box, Qt.Key.Key_Return)              # the dialog's default button: OK
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert QSettings().value(language.SETTINGS_KEY) == "de"
    assert language.preferred_language() == "de"


def test_cancelled_preferences_change_nothing(qtbot):
    language.set_preferred_language("fr")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    QTest.keyClick(dialog.language, Qt.Key.Key_Escape)
    assert language.preferred_language() == "fr"


GERMAN_START = """
import json
from PySide6.QtCore import QCoreApplication, QLocale
from core import i18n as core_i18n
from gui.app import application
from gui.i18n import number, translate
app = application()
print(json.dumps({
    "language": app.property("neuronStudioLanguage"),
    "menu": translate("Menus", "&File"),
    "plural": [translate("TrainingBar", "%n epochs/s", None, n) for n in (1, 30)],
    "qt": QCoreApplication.translate("QPlatformTheme", "Cancel"),
    "core": core_i18n.translate("Menus", "&Edit"),
    "core number": core_i18n.number(0.125, ".3f"),
    "number": number(1234.5, ",.1f"),
    "point": QLocale().decimalPoint()}))
"""


def _start(env_language: str, preference: str | None, tmp_path) -> dict:
    """A fresh process started as the app starts (gui.app.application) under the system
    language ``env_language`` with the preference ``preference``."""
    settings = tmp_path / "settings"
    code = ("from PySide6.QtCore import QSettings\n"
            "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
            f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "
            f"{str(settings)!r})\n")
    if preference is not None:
        code += ("from PySide6.QtWidgets import QApplication\n"
                 "from gui.main_window import APP_NAME\n"
                 "a = QApplication([]); a.setOrganizationName(APP_NAME); "
                 "a.setApplicationName(APP_NAME)\n"
                 f"QSettings().setValue('language', {preference!r}); QSettings().sync()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": env_language,
           "LANG": env_language, "LANGUAGE": "", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code + GERMAN_START], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_german_system_starts_in_german_once_german_is_translated(tmp_path):
    got = _start("de_DE.UTF-8", None, tmp_path)
    translated = language.translated_shares().get("de", 0.0) >= language.SYSTEM_SHARE
    assert got["language"] == ("de" if translated else "en")


def test_german_chosen_gives_german_menus_plurals_qts_own_texts_and_numbers(tmp_path):
    got = _start("de_DE.UTF-8", "de", tmp_path)
    assert got == {"language": "de", "menu": "&Datei",
                   "plural": ["1 Epoche/s", "30 Epochen/s"], "qt": "Abbrechen",
                   "core": "&Bearbeiten", "core number": "0,125", "number": "1.234,5",
                   "point": ","}


def test_the_preference_overrides_the_system_language(tmp_path):
    got = _start("de_DE.UTF-8", "en", tmp_path)
    assert got["language"] == "en" and got["menu"] == "&File"
    assert got["plural"] == ["1 epoch/s", "30 epochs/s"] and got["number"] == "1,234.5"
    assert got["core number"] == "0.125"


def test_picking_a_language_does_not_move_the_ok_button(qtbot):
    """The restart note keeps its room while hidden: the dialog does not grow under the
    pointer when a language is picked (a walk-through's click on OK missed)."""
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    before = ok.mapTo(dialog, ok.rect().topLeft())
    other = next(i for i in range(1, dialog.language.count())
                 if dialog.language.itemData(i) != language.current_language())
    dialog.language.setCurrentIndex(other)
    QApplication.processEvents()
    assert dialog.restart_note.isVisible()
    assert ok.mapTo(dialog, ok.rect().topLeft()) == before
