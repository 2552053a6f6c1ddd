"""File > New, Open, Open Recent, Save, Save As and the network image; the unsaved-changes
question; a .nsnet file dropped on the window. A part of ``MainWindow`` (a mixin: it uses
the window's document, editor, controller, undo stack, autosaver and actions), kept here so
the window module is about assembling the window."""

from __future__ import annotations

from pathlib import Path

from core import netfile
from gui import files
from gui.autosave import Recovery, ask_restore
from gui.i18n import translate


class FileCommands:
    """The window's file commands; mixed into ``gui.main_window.MainWindow``."""

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved or discarded)."""
        if not self.document.modified:
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def ask_save_changes(self) -> str:
        return files.ask_save_changes(self, self.document.title())

    def ask_restore(self, recovery: Recovery) -> str:
        """"restore", "discard" or "later" for an autosave left by a crash."""
        return ask_restore(self, recovery)

    def new_document(self) -> None:
        if self.maybe_save():
            self.document.replace(netfile.default_document(), None)
            self.show_status(translate("FileCommands", "New network on the default data set"))

    def new_window(self) -> None:
        """File > New Window: another window with its own default network."""
        from gui.app import windows  # gui.app builds windows of this class

        windows().open()

    def quit_app(self) -> None:
        """File > Quit: close every window, each asking about its unsaved changes; a
        window whose person chose Cancel stays open, and so does the app."""
        from PySide6.QtWidgets import QApplication

        QApplication.closeAllWindows()

    def choose_and_open(self) -> None:
        if self.maybe_save():
            path = files.ask_open_path(self)
            if path:
                self.open_file(path, ask=False)

    def open_file(self, path, ask: bool = True) -> bool:
        """Load ``path``; on failure show why and keep the current document untouched."""
        path = Path(path)
        if ask and not self.maybe_save():
            return False
        try:
            doc = files.read_document(path)
        except files.FileError as e:
            self.show_error(translate("FileCommands", "Cannot open network"), str(e))
            return False
        self.document.replace(doc, path)
        files.add_recent(path)
        files.remember_folder(path)
        self.actions_.refresh_recent()
        self.show_status(translate("FileCommands", "Opened {file}").format(file=path))
        return True

    def open_recent(self, name: str) -> None:
        if not Path(name).is_file():
            files.remove_recent(name)
            self.actions_.refresh_recent()
            self.show_error(translate("FileCommands", "Cannot open network"),
                            translate("FileCommands", "{file} no longer exists; it was removed "
                                      "from the recent files.").format(file=name))
            return
        self.open_file(name)

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        suggested = self.document.path.name if self.document.path else \
            f"{self.document.title()}.nsnet"
        path = files.ask_save_path(self, suggested)
        return self._write(path) if path else False

    def _write(self, path: Path) -> bool:
        doc = self.document.saved_document()  # epoch, curves and optimizer state go along
        doc.view = {**(doc.view or {}), "editor": self.editor.view_state()}
        try:
            files.write_document(doc, path)
        except (files.FileError, netfile.NetFileError) as e:
            self.show_error(translate("FileCommands", "Cannot save network"), str(e))
            return False
        self.document.saved_as(path)
        self.undo_stack.setClean()
        self.autosaver.saved()
        files.add_recent(path)
        files.remember_folder(path)
        self.actions_.refresh_recent()
        self.show_status(translate("FileCommands", "Saved {file}").format(file=path))
        return True

    def export_image(self) -> None:
        name = files.ask_save_file(
            self, translate("FileCommands", "Export image of the network"),
            files.last_folder(),
            translate("FileCommands", "PNG image (*.png);;SVG drawing (*.svg)"))
        if name:
            try:
                self.editor.export_image(name)
            except (OSError, ValueError) as e:     # ValueError: not .png or .svg
                self.show_error(translate("FileCommands", "Cannot export image"),
                                f"{name}: {e}")
                return
            self.show_status(translate("FileCommands", "Exported {file}").format(file=name))

    def dragEnterEvent(self, event) -> None:
        if self._dropped_file(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self._dropped_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_file(path)

    @staticmethod
    def _dropped_file(mime) -> Path | None:
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".nsnet"):
                return Path(url.toLocalFile())
        return None
