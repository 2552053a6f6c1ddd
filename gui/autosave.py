"""Autosave and crash recovery: nothing is lost when the app or the machine dies.

Every ``interval`` seconds (60 by default) a running window writes its document, when it
changed or trained since the last autosave, to its own recovery file
``<recovery dir>/autosave-<pid>-<n>.nsnet`` (atomically, like any save; ``n`` counts this
process's windows, each with its own document and file), with a small
``.json`` beside it naming the process and the file the work belongs to. A clean quit
removes both. At the next start, recovery files whose process is gone are offered for
restoring (``offer_recovery``); the restored network opens as unsaved work under its
original file name, so Save puts it back where it belongs. The restored recovery file
becomes this process's own (``Autosaver.adopt``): it is kept until the next autosave
replaces it or a save removes it, so a second crash right after a restore loses nothing.

The recovery folder is the platform's application-data folder (``recovery/`` inside it),
or ``$NEURON_STUDIO_RECOVERY_DIR`` when set (the tests use a temporary one).
"""

from __future__ import annotations

import itertools
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox

from core import netfile
from gui.i18n import translate

AUTOSAVE_SECONDS = 60
ENV_DIR = "NEURON_STUDIO_RECOVERY_DIR"
ENV_SECONDS = "NEURON_STUDIO_AUTOSAVE_SECONDS"   # shorter intervals, for the crash tests
_serials = itertools.count(1)      # one recovery file per window of this process


def recovery_dir() -> Path:
    folder = os.environ.get(ENV_DIR)
    if not folder:
        base = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation)
        folder = os.path.join(base or os.path.expanduser("~/.neuron-studio"), "recovery")
    return Path(folder)


def autosave_seconds() -> float:
    try:
        seconds = float(os.environ.get(ENV_SECONDS, AUTOSAVE_SECONDS))
    except ValueError:
        return AUTOSAVE_SECONDS
    return seconds if 0.05 <= seconds <= AUTOSAVE_SECONDS else AUTOSAVE_SECONDS


@dataclass(frozen=True)
class Recovery:
    """A recovery file left by a process that is gone."""

    path: Path                 # the .nsnet written by the autosave
    info_path: Path            # its .json
    original: str | None       # the file the work belongs to, None for an unsaved network
    title: str
    saved_at: float            # time.time() of the autosave

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        if self.original:
            return translate("Autosave", "\u201c{title}\u201d ({file}), autosaved {when}").format(
                title=self.title, file=self.original, when=when)
        return translate("Autosave", "\u201c{title}\u201d (a network that was never saved), "
                         "autosaved {when}").format(title=self.title, when=when)

    def discard(self) -> None:
        for p in (self.path, self.info_path):
            p.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True        # someone else's live process, or cannot tell: leave it alone
    return True


def orphaned_recoveries() -> list[Recovery]:
    """Recovery files whose process is no longer running, newest first. Unreadable
    sidecars are skipped (their .nsnet is still checked when restoring)."""
    found = []
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    for info_path in folder.glob("autosave-*.json"):
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
            pid, saved_at = int(info["pid"]), float(info["saved_at"])
            original = info.get("original")
            title = str(info.get("title") or translate("Autosave", "Untitled"))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        path = info_path.with_suffix(".nsnet")
        if path.is_file() and not _alive(pid):
            found.append(Recovery(path, info_path, original if isinstance(original, str)
                                  else None, title[:200], saved_at))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


class Autosaver(QObject):
    """Autosaves ``window``'s document every ``seconds``; ``remove()`` on a clean quit."""

    def __init__(self, window, seconds: float | None = None):
        super().__init__(window)
        self.window = window
        folder = recovery_dir()
        self.path = folder / f"autosave-{os.getpid()}-{next(_serials)}.nsnet"
        self.info_path = self.path.with_suffix(".json")
        self._last_key = None
        self._edits = 0
        window.undo_stack.indexChanged.connect(self._count_edit)
        window.document.paramsChanged.connect(self._count_edit)   # a value typed, a step
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.save_now)
        self.timer.start(int(1000 * (seconds or autosave_seconds())))
        window.document.replaced.connect(self._replaced)

    def _count_edit(self, *_) -> None:
        self._edits += 1

    def _key(self):
        """What changed since the last autosave: edits and training steps. Edits are
        counted, not read off the undo index: "edit, undo, another edit" is back at the
        same index with a different network."""
        trainer = self.window.document.experiment.current_trainer
        return (self._edits, id(self.window.document.doc),
                None if trainer is None else (trainer.epoch, trainer.step_count))

    def _replaced(self) -> None:
        self._last_key = None
        self.remove()            # the new document is clean: nothing to recover yet

    def needed(self) -> bool:
        doc = self.window.document
        key = self._key()
        if key == self._last_key:
            return False
        trainer = self.window.document.experiment.current_trainer
        trained = trainer is not None and trainer.step_count > 0
        return doc.modified or trained

    def save_now(self) -> bool:
        """Write the recovery file if there is anything new; True when written."""
        if not self.needed():
            return False
        window = self.window
        doc = window.document.saved_document(split=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            netfile.save(doc, self.path)
            self._write_info(str(window.document.path) if window.document.path else None,
                             window.document.title(), time.time())
        except (OSError, netfile.NetFileError) as e:
            window.show_status(translate("Autosave", "Autosave failed ({error}); your work is "
                                         "still open: save it with Ctrl+S").format(error=e))
            return False
        self._last_key = self._key()
        return True

    def adopt(self, recovery: Recovery) -> None:
        """Make a restored recovery file this process's own, instead of deleting it: a
        second crash before the next autosave or save would otherwise lose the work for
        good. Under this process's id it is not offered while this process runs; the next
        autosave replaces it, and a save or a clean quit removes it."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            os.replace(recovery.path, self.path)
            self._write_info(recovery.original, recovery.title, recovery.saved_at)
            recovery.info_path.unlink(missing_ok=True)
        except OSError as e:      # left where it was: offered again next time, not lost
            self.window.show_status(translate(
                "Autosave", "The restored work's autosave stays in {file} ({error}); save the "
                            "network to keep it").format(file=recovery.path, error=e))

    def saved(self) -> None:
        """The document was saved by hand: the file on disk has the work now."""
        self.remove()
        self._last_key = self._key()

    def _write_info(self, original: str | None, title: str, saved_at: float) -> None:
        info = {"pid": os.getpid(), "saved_at": saved_at, "original": original,
                "title": title}
        tmp = self.info_path.with_name(self.info_path.name + ".part")
        tmp.write_text(json.dumps(info), encoding="utf-8")
        os.replace(tmp, self.info_path)

    def remove(self) -> None:
        for p in (self.path, self.info_path):
            p.unlink(missing_ok=True)

    def stop(self) -> None:
        self.timer.stop()


def ask_restore(parent, recovery: Recovery) -> str:
    """The question a start after a crash asks: "restore", "discard" or "later"."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("Autosave", "Restore unsaved work?"),
                      translate("Autosave", "Neuron Studio did not quit normally last time. "
                                "Restore the autosaved network {network}?").format(
                          network=recovery.describe()), parent=parent)
    restore = box.addButton(translate("Autosave", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Autosave", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("Autosave", "Decide Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else "discard" if clicked is discard else "later"


def offer_recovery(window) -> bool:
    """At start: offer the newest orphaned recovery file. Returns True if one was restored.

    ``window.ask_restore(recovery)`` answers "restore", "discard" or "later" (a method so
    tests can answer). A recovery file that no longer loads is reported and kept."""
    for recovery in orphaned_recoveries():
        answer = window.ask_restore(recovery)
        if answer == "later":
            return False
        if answer == "discard":
            recovery.discard()
            continue
        try:
            doc = netfile.load(recovery.path)
        except netfile.NetFileError as e:
            window.show_error(translate("Autosave", "Cannot restore"),
                              translate("Autosave", "The autosaved network could not be read "
                                        "and was kept in {file}: {error}").format(
                                  file=recovery.path, error=e))
            return False
        original = Path(recovery.original) if recovery.original else None
        window.document.replace(doc, original)
        window.undo_stack.resetClean()      # unsaved work: even undoing back to here is
        window.document.set_modified(True)  # not the state of any file on disk
        window.setWindowModified(True)
        window.autosaver.adopt(recovery)
        window.show_status(translate("Autosave", "Restored the autosaved network: save it to "
                                     "keep it"))
        return True
    return False
