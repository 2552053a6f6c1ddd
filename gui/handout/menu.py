"""File > Export Handout (PDF)… (Ctrl+P): the open network as a printable handout.

The title, the notes, the network, the Map, the loss curves, the exact settings and, when
the One sample panel is open, that sample's numbers, on A4 or US Letter pages
(``gui.handout.content`` says what goes in, ``gui.handout.pages`` how it is laid out).

A small dialog asks for the page size first: the one chosen last time, else Letter where
the locale is the United States or Canada and A4 elsewhere. Then the file name is asked
through the file-dialog seam (``gui.files``). The command line has ``main.py handout``
(``gui.handout.cli``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
)

from gui import files
from gui.exports import exports_of
from gui.handout import content
from gui.handout.pages import PAGE_SIZES, page_label
from gui.i18n import translate

SHORTCUT = "Ctrl+P"
SETTINGS_KEY = "handout/page"
DIALOG_CHARS = 52         # the dialog's width, in characters of its font
MAX_SAMPLE_STEPS = 24     # more: the output layer's forward pass, the loss, the step on show
LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)


def locale_page(locale: QLocale | None = None) -> str:
    """"letter" for the United States and Canada, else "a4"."""
    locale = locale if locale is not None else QLocale()
    return "letter" if locale.territory() in LETTER_TERRITORIES else "a4"


def default_page() -> str:
    """The page size chosen last time, else the locale's."""
    value = QSettings().value(SETTINGS_KEY, "")
    return value if value in PAGE_SIZES else locale_page()


class HandoutDialog(QDialog):
    """Asks for the page size; ``page()`` is "a4" or "letter"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("HandoutDialog", "Export handout"))
        self.setObjectName("handoutDialog")
        if parent is not None:        # a window takes the application's font, not its
            self.setFont(parent.window().font())     # parent's: projection's large text
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * DIALOG_CHARS)
        self.size_box = QComboBox(self)
        for key in PAGE_SIZES:
            self.size_box.addItem(page_label(key), key)
        self.size_box.setCurrentIndex(self.size_box.findData(default_page()))
        self.size_box.setToolTip(translate("HandoutDialog", "A4 (210 \u00d7 297 mm) or US "
                                           "Letter (8.5 \u00d7 11 in)"))
        about = QLabel(translate("HandoutDialog", "The title, the notes, the network, the Map, "
                                 "the loss curves and the exact settings (and the One sample "
                                 "panel's numbers when it is open), as a PDF to print or take "
                                 "home."), self)
        about.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("HandoutDialog", "Choose File\u2026"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(translate("HandoutDialog", "&Page size:"), self.size_box)
        form.addRow(buttons)
        self.size_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def page(self) -> str:
        return self.size_box.currentData()


class Handouts:
    """The window's handout export: ``start()`` opens the dialog (non-blocking)."""

    def __init__(self, window):
        self.w = window
        self.dialog: HandoutDialog | None = None

    def start(self) -> None:
        if self.dialog is not None:          # already asking: bring it to the front
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.dialog = HandoutDialog(self.w)
        self.dialog.finished.connect(self._finished)
        self.dialog.open()                   # window-modal, without a nested event loop

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        page = dialog.page()
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            QSettings().setValue(SETTINGS_KEY, page)
            self.export(page)

    def export(self, page: str) -> Path | None:
        """Ask for the file and write the handout on ``page``; the path, or None."""
        start = str(Path(files.last_folder()) / f"{exports_of(self.w).stem()}_handout.pdf")
        name = files.ask_save_file(self.w, translate("Handout", "Export handout (PDF)"), start,
                                   translate("Handout", "PDF document (*.pdf)"))
        if not name:
            return None
        path = Path(name) if Path(name).suffix.lower() == ".pdf" else Path(name + ".pdf")
        if not path.parent.is_dir():
            self.w.show_error(translate("Handout", "Cannot export handout"),
                              translate("Handout", "Could not write {path}: the folder does "
                                        "not exist").format(path=path))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)     # about a second
        try:
            pages, error = content.write(self.source(), page, path), ""
        except OSError as e:
            pages, error = 0, translate("Handout", "Could not write {path}: {problem}").format(
                path=path, problem=e.strerror or e)
        finally:
            QApplication.restoreOverrideCursor()
        if error:                   # (the old file, if any, is as it was)
            self.w.show_error(translate("Handout", "Cannot export handout"), error)
            return None
        files.remember_folder(path)
        # English has no catalogue: its singular is a text of its own
        text = translate("Handout", "Wrote the handout {path} (%n page, {size})", None, pages) \
            if pages == 1 else translate("Handout", "Wrote the handout {path} (%n pages, "
                                         "{size})", None, pages)
        self.w.show_status(text.format(path=path, size=page_label(page)))
        return path

    def source(self) -> content.HandoutSource:
        """A copy of the open document (read at a step boundary while training runs)."""
        document = self.w.document
        doc = document.saved_document(split=False)
        doc.view = {**(doc.view or {}), "editor": self.w.editor.view_state()}
        return content.HandoutSource(doc, document.path, document.title(),
                                     sample_numbers(self.w))


def sample_numbers(window) -> content.SampleNumbers | None:
    """The One sample panel's sample and steps, when the panel is open and shows them."""
    panel, dock = getattr(window, "sample_explainer", None), getattr(window, "sample_dock",
                                                                     None)
    if panel is None or dock is None or not dock.isVisible() or not panel.steps:
        return None
    from gui.explainer.picker import describe_row, describe_sample

    bundle = window.document.data_bundle()
    if panel.picker.typing():
        form = panel.picker.form
        description = translate("Handout", "your own sample: {sample}").format(
            sample=describe_row(bundle, form.row, form.target))
    else:
        part, i = panel.picker.current()
        text = translate("Handout", "training sample {number}: {sample}") if part == "train" \
            else translate("Handout", "test sample {number}: {sample}")
        description = text.format(number=i + 1, sample=describe_sample(bundle, part, i))
    numbered = [(k + 1, step) for k, step in enumerate(panel.steps)]
    if len(numbered) > MAX_SAMPLE_STEPS:     # a large network: pages of sums otherwise
        n_layers = len(window.document.network.sizes)
        numbered = [(k, s) for k, s in numbered if k - 1 == panel.index or s.kind == "loss"
                    or s.kind in ("z", "a", "softmax") and _in_layer(s, n_layers - 1)]
    steps = [(k, step.title, step.lines) for k, step in numbered]
    notes = list(panel.explanation.notes) if panel.explanation is not None else []
    return content.SampleNumbers(description, steps, notes, len(panel.steps))


def _in_layer(step, layer: int) -> bool:
    """True when ``step`` is about a neuron of ``layer`` (a softmax step: its group)."""
    keys = [step.neuron] if step.neuron is not None else \
        [k[1:3] for k in step.highlight if k[0] == "neuron"]
    return any(key[0] == layer for key in keys)


def install(window) -> Handouts:
    handouts = Handouts(window)
    action = QAction(translate("Handout", "Export &Handout (PDF)\u2026"), window)
    action.setShortcut(QKeySequence(SHORTCUT))
    tip = translate("Handout", "Save a printable handout: title, notes, network, Map, loss "
                    "curves and the exact settings, on A4 or US Letter pages")
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(handouts.start)
    # in the File menu, right under the Export submenu
    file_menu = window.actions_.file_menu
    entries = file_menu.actions()
    at = entries.index(window.actions_.export_menu.menuAction()) + 1
    file_menu.insertAction(entries[at] if at < len(entries) else None, action)
    window.handouts, window.handout_action = handouts, action
    return handouts
