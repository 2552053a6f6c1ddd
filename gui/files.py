"""File handling for the main window: new, open, save (atomic), recent files, and the
unsaved-changes prompt. Nothing already open or on disk is lost on any error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSaveFile, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import netfile

FILE_FILTER = "Neuron Studio networks (*.nsnet);;All files (*)"
MAX_RECENT = 8


class FileError(Exception):
    """A file that cannot be read or written; the message names the file and the problem."""


def read_document(path: Path) -> netfile.Document:
    try:
        return netfile.load(path)
    except netfile.NetFileError as e:
        raise FileError(f"{path.name}: {e}") from None


def write_document(doc: netfile.Document, path: Path) -> None:
    """Write atomically with QSaveFile: the old file stays intact until the new one is
    complete (a crash mid-write leaves it untouched)."""
    text = netfile.dumps(doc).encode("utf-8")
    out = QSaveFile(str(path))
    if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise FileError(f"{path.name}: cannot write ({out.errorString()})")
    if out.write(text) != len(text) or not out.commit():
        out.cancelWriting()
        raise FileError(f"{path.name}: cannot write ({out.errorString()})")


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


def ask_open_path(parent) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open network", last_folder(), FILE_FILTER)
    return Path(name) if name else None


def ask_save_path(parent, suggested: str) -> Path | None:
    start = str(Path(last_folder()) / suggested)
    name, _ = QFileDialog.getSaveFileName(parent, "Save network as", start, FILE_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".nsnet")


def ask_save_changes(parent, title: str) -> str:
    """'save', 'discard' or 'cancel' for a document with unsaved changes."""
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    answer = QMessageBox.question(
        parent, "Unsaved changes", f"Save the changes to \u201c{title}\u201d before closing "
        "it?\nIf you don't, your changes since the last save are lost.", buttons,
        QMessageBox.StandardButton.Save)
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")
