"""File handling for the main window: new, open, save (atomic), recent files, and the
unsaved-changes prompt. Nothing already open or on disk is lost on any error.

This is the one module that opens a file dialog (``ask_open_file``, ``ask_save_file``; a
test fails if another module under ``gui/`` names QFileDialog). The reason is random
input: keys typed into a Qt file dialog can delete a folder recursively (its Delete key,
then Return on the confirmation). ``use_sandbox_dialogs(folder)`` makes every dialog answer
with a path inside ``folder`` without opening, so a monkey test can never reach the real
file system through one."""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSaveFile, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from core import netfile
from gui.i18n import translate

FILE_FILTER = QT_TRANSLATE_NOOP("Files", "Neuron Studio networks (*.nsnet);;All files (*)")
MAX_RECENT = 8


class FileError(Exception):
    """A file that cannot be read or written; the message names the file and the problem."""


def read_document(path: Path) -> netfile.Document:
    """The document at ``path``; FileError with what a person opening it needs: one
    sentence saying what is wrong with the file, then the detail that names the field
    ("kaputt.nsnet: inputs: missing (required)" alone left a teacher wondering)."""
    try:
        return netfile.load(path)
    except netfile.NetFileError as e:
        raise FileError(f"{cannot_use(path.name, e)}\n\n{path.name}: {e}") from None


def cannot_use(name: str, error: netfile.NetFileError) -> str:
    """One sentence for why the file ``name`` cannot be opened, from ``error.reason``."""
    if error.reason == netfile.UNREADABLE:
        text = translate("Files", "The file {name} could not be read.")
    elif error.reason == netfile.NEWER:
        text = translate("Files", "The file {name} was saved by a newer version of Neuron "
                                  "Studio.")
    else:
        text = translate("Files", "The file {name} is damaged or is not a complete Neuron "
                                  "Studio network file.")
    return text.format(name=name)


def write_document(doc: netfile.Document, path: Path) -> None:
    """Write atomically with QSaveFile: the old file stays intact until the new one is
    complete (a crash mid-write leaves it untouched)."""
    text = netfile.dumps(doc).encode("utf-8")
    out = QSaveFile(str(path))
    if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise FileError(translate("Files", "{name}: cannot write ({error})").format(
            name=path.name, error=out.errorString()))
    if out.write(text) != len(text) or not out.commit():
        out.cancelWriting()
        raise FileError(translate("Files", "{name}: cannot write ({error})").format(
            name=path.name, error=out.errorString()))


def recent_files() -> list[str]:
    value = QSettings().value("recent_files", [])
    if isinstance(value, str):     # QSettings returns a lone string for a one-item list
        value = [value]
    return [str(v) for v in (value or [])]


def add_recent(path: Path) -> None:
    name = str(Path(path).resolve())
    files = [name] + [f for f in recent_files() if f != name]
    QSettings().setValue("recent_files", files[:MAX_RECENT])


def remove_recent(path: str) -> None:
    QSettings().setValue("recent_files", [f for f in recent_files() if f != path])


def last_folder() -> str:
    return str(QSettings().value("last_dir", str(Path.home())))


def remember_folder(path: Path) -> None:
    QSettings().setValue("last_dir", str(Path(path).parent))


class SandboxDialogs:
    """Answers file dialogs inside ``folder`` without showing one: an open dialog picks one
    of the files there that its filters accept (or cancels when there is none), a save
    dialog names a new file there, with the suffix of its first filter; every third
    question is cancelled, as people do. ``asked`` counts the questions answered."""

    def __init__(self, folder: Path):
        self.folder = Path(folder).resolve()
        self.asked = 0

    @staticmethod
    def _suffixes(filters: str) -> list[str]:
        return [p[1:] for p in re.findall(r"\*\.[\w.]+", filters or "")]

    def open_file(self, filters: str) -> str:
        self.asked += 1
        suffixes = self._suffixes(filters)
        names = sorted(p for p in self.folder.rglob("*") if p.is_file()
                       and (not suffixes or p.suffix in suffixes))
        if not names or self.asked % 3 == 0:
            return ""
        return str(names[self.asked % len(names)])

    def save_file(self, filters: str) -> str:
        self.asked += 1
        if self.asked % 3 == 0:
            return ""
        suffix = (self._suffixes(filters) or [".out"])[0]
        return str(self.folder / f"answer{self.asked % 5}{suffix}")


_sandbox: SandboxDialogs | None = None


def use_sandbox_dialogs(folder: Path | None) -> SandboxDialogs | None:
    """From now on answer every file dialog inside ``folder`` (None: real dialogs again)."""
    global _sandbox
    _sandbox = SandboxDialogs(folder) if folder is not None else None
    return _sandbox


def sandbox_dialogs() -> SandboxDialogs | None:
    return _sandbox


def ask_open_file(parent, caption: str, start: str, filters: str) -> str:
    """The file chosen in an open dialog, or "" when cancelled."""
    if _sandbox is not None:
        return _sandbox.open_file(filters)
    name, _ = QFileDialog.getOpenFileName(parent, caption, start, filters)
    return name


def ask_save_file(parent, caption: str, start: str, filters: str) -> str:
    """The file named in a save dialog, or "" when cancelled."""
    if _sandbox is not None:
        return _sandbox.save_file(filters)
    name, _ = QFileDialog.getSaveFileName(parent, caption, start, filters)
    return name


def ask_open_path(parent) -> Path | None:
    name = ask_open_file(parent, translate("Files", "Open network"), last_folder(),
                         translate("Files", FILE_FILTER))
    return Path(name) if name else None


def ask_save_path(parent, suggested: str) -> Path | None:
    start = str(Path(last_folder()) / suggested)
    name = ask_save_file(parent, translate("Files", "Save network as"), start,
                         translate("Files", FILE_FILTER))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".nsnet")


@contextmanager
def window_font(parent):
    """While a dialog is open, the application font is ``parent``'s window's: a dialog is
    a window of its own and takes the application's font, so in projection mode the
    "Unsaved changes" question (asked at every lesson switch) was 12 px on the wall. The
    main window and the plots set their fonts themselves and do not change."""
    app = QApplication.instance()
    old = QFont(app.font())
    font = parent.window().font() if parent is not None else old
    if font == old:
        yield
        return
    QApplication.setFont(font)
    try:
        yield
    finally:
        QApplication.setFont(old)


def ask_save_changes(parent, title: str) -> str:
    """'save', 'discard' or 'cancel' for a document with unsaved changes."""
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    with window_font(parent):
        answer = QMessageBox.question(
            parent, translate("Files", "Unsaved changes"),
            translate("Files", "Save the changes to \u201c{title}\u201d first?\n"
                      "If you don't, your changes since the last save are lost.").format(
                title=title), buttons, QMessageBox.StandardButton.Save)
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")
