"""Edit > Preferences…: the settings that belong to the person, not to a network file
(kept in QSettings). For now the interface language; later preferences join its form."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from gui import language
from gui.i18n import number, translate


class PreferencesDialog(QDialog):
    """The preferences form; OK stores what changed, Cancel nothing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        if parent is not None:      # a window of its own: projection's larger text by hand
            self.setFont(parent.window().font())
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        self.language.addItem(translate("Preferences", "System default"), "")
        shares = language.translated_shares()
        for code, name in language.LANGUAGES.items():
            share = shares.get(code, 0.0)         # each language in its own name
            if share < language.SYSTEM_SHARE:     # and how far its translation is
                name = translate("Preferences", "{language} ({share} % translated)").format(
                    language=name, share=number(100 * share, ".0f"))
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language.preferred_language()))
        self.language.setToolTip(translate(
            "Preferences", "The language of menus, panels and lesson notes; System default "
                           "follows the computer's language when the app is translated "
                           "into it, else English"))
        self.language.currentIndexChanged.connect(self._language_picked)
        self.restart_note = QLabel(translate(
            "Preferences", "A new language applies when Neuron Studio is started again."))
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        self.restart_note.setMinimumWidth(320)
        # its room kept while hidden: picking a language must not move the OK button away
        # from under the pointer (a walk-through's click missed it)
        policy = self.restart_note.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.restart_note.setSizePolicy(policy)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)  # room for the title
        form = QFormLayout()
        form.addRow(translate("Preferences", "&Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)
        self._language_picked()

    def chosen_language(self) -> str:
        """The picked language code ("" = the system's)."""
        return self.language.currentData() or ""

    def _language_picked(self, *_) -> None:
        # the note matters only when the choice differs from the language in use
        effective = language.choose_language(self.chosen_language(), QLocale.system())
        self.restart_note.setVisible(effective != language.current_language())

    def accept(self) -> None:
        if self.chosen_language() != language.preferred_language():
            language.set_preferred_language(self.chosen_language())
        super().accept()


def show_preferences(window) -> PreferencesDialog:
    """Open the preferences for ``window`` (modal to it); returns the dialog, already shown,
    so a test can fill it in."""
    dialog = PreferencesDialog(window)
    dialog.setModal(True)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    return dialog
