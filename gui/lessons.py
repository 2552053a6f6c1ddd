"""The Lessons menu and the "Lesson notes" panel.

A lesson is an ordinary network file in resources/lessons whose ``meta`` holds its title,
its notes (markdown) and ``lesson`` = {"order": ..., "summary": ...}: the menu lists the
files by order (a fractional order, e.g. 3.5, is a variant of lesson 3 and is listed under
it). Opening a lesson loads it as an *untitled copy*, so Save asks for a new name and the
lesson file is never overwritten. The notes panel (tabbed with the Neurons palette, left
of the network) shows the notes of whatever document is open -- a lesson, or any file with
notes -- in text larger than the window's; it follows the window font, so projection mode
(which enlarges that font) enlarges the notes too.

Challenges are lesson files with goals (``meta.challenge``) in ``challenges/`` beside the
lessons, listed in the Challenges submenu; their goals show at the top of the notes panel
(``gui.challenge``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QVBoxLayout, QWidget

from core import lesson_translations, netfile
from gui.challenge import ChallengePanel, ChallengeWatch, challenge_of
from gui.i18n import translate
from gui.language import current_language

LESSONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "lessons"
CHALLENGES_DIR = LESSONS_DIR / "challenges"
CHALLENGE_PREFIX = "Challenge: "
NOTES_SCALE = 1.25          # notes text relative to the window's font
PROJECTED = 1.4             # a window font this much above the application's: projection
TITLE_SCALE = 1.6
NOTES_WIDTH = 380           # pixels, when the panel opens
LESSON_SPEED = 30.0         # epochs/s a lesson trains at: slow enough to watch
_BLANK_IMAGE = QImage(1, 1, QImage.Format.Format_ARGB32)
_BLANK_IMAGE.fill(0)
NO_LINKS = QT_TRANSLATE_NOOP("Lessons", "Links in lesson notes are not opened; copy the "
                                        "address into a browser.")


@dataclass(frozen=True)
class LessonEntry:
    """One lesson file as the menu lists it (read from its meta without building it)."""

    path: Path
    title: str
    summary: str
    order: float

    @property
    def variant(self) -> bool:
        """A variant of the lesson before it (order 3.5 after 3): listed indented."""
        return math.isfinite(self.order) and not float(self.order).is_integer()


def _entry(path: Path) -> LessonEntry:
    """The menu's view of one file. A damaged file is still listed (by its file name) so
    that choosing it says what is wrong instead of silently missing from the menu."""
    title, summary, order = path.stem.replace("_", " "), "", math.inf
    try:
        if path.stat().st_size <= netfile.MAX_FILE_BYTES:
            meta = json.loads(path.read_text(encoding="utf-8")).get("meta", {})
            lesson = meta.get("lesson", {})
            texts = lesson_translations.localized(meta, current_language())
            title = texts["title"] or title
            summary = texts["summary"]
            order = float(lesson.get("order", math.inf))
    except (OSError, ValueError, AttributeError, TypeError, RecursionError, OverflowError):
        pass
    if math.isnan(order):
        order = math.inf
    return LessonEntry(path, title, summary, order)


def find_lessons(folder: Path = LESSONS_DIR) -> list[LessonEntry]:
    """Every ``*.nsnet`` in ``folder``, in teaching order (then by file name)."""
    entries = [_entry(p) for p in sorted(Path(folder).glob("*.nsnet"))]
    return sorted(entries, key=lambda e: (e.order, e.path.name))


def projected(font: QFont) -> bool:
    """True when ``font`` is far larger than the application's (projection mode)."""
    return font.pointSizeF() >= PROJECTED * QApplication.font().pointSizeF()


def menu_text(entry: LessonEntry) -> str:
    """"&3. Why non-linear?" (or "1&0. ..." for the tenth) for a lesson;
    "      ↳ Why non-linear? With tanh" for a variant (its full title, as the notes name
    it)."""
    title = entry.title.replace("&", "&&")
    if entry.variant:
        return f"      \u21b3 {title}"
    if not (math.isfinite(entry.order) and 1 <= entry.order < 1000):
        return title
    number = str(int(entry.order))
    # Alt+1..9 for the first nine, Alt+0 for the tenth ("1&0."): "&10." would share Alt+1
    keyed = f"&{number}" if len(number) == 1 else ("1&0" if number == "10" else number)
    return f"{keyed}. {title}"


class NotesBrowser(QTextBrowser):
    """Shows notes from a file: it loads nothing they name. Markdown's ![x](/dev/zero)
    made the stock browser read that "image" until memory ran out. The answer must not be
    empty: on an empty answer QTextDocument reads the file itself."""

    def loadResource(self, kind, url):
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return _BLANK_IMAGE
        return ""


class LessonNotes(QWidget):
    """The lesson's title and its notes (markdown), in a font larger than the window's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonNotes")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setContentsMargins(10, 8, 10, 2)
        self.browser = NotesBrowser()
        self.browser.setOpenLinks(False)             # never leave the app for the web
        self.browser.setOpenExternalLinks(False)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.browser.document().setDocumentMargin(10)
        self.browser.setPlaceholderText(translate("Lessons", "This network has no lesson "
                                                  "notes. Open a lesson from the Lessons "
                                                  "menu."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.challenge = ChallengePanel()       # a challenge's goals (gui.challenge)
        layout.addWidget(self.title)
        layout.addWidget(self.challenge)
        layout.addWidget(self.browser, 1)
        self._scale_fonts()

    def set_notes(self, title: str, notes: str) -> None:
        self.title.setText(title)
        self.browser.setMarkdown(notes)

    def notes_text(self) -> str:
        """The notes as plain text (what the reader sees, without markup)."""
        return self.browser.toPlainText()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:   # e.g. projection mode: follow it
            self._scale_fonts()

    def _scale_fonts(self) -> None:
        base = self.font().pointSizeF()
        body, head = QFont(self.font()), QFont(self.font())
        # larger than the window's text, unless the window's is large already (projection
        # mode): then as large as the rest, so the steps still fit beside the network
        large = projected(self.font())
        body.setPointSizeF(base * (1.0 if large else NOTES_SCALE))
        head.setPointSizeF(base * (1.3 if large else TITLE_SCALE))
        head.setBold(True)
        self.browser.setFont(body)
        self.browser.document().setDefaultFont(body)
        self.title.setFont(head)
        goal_head = QFont(head)
        goal_head.setPointSizeF(body.pointSizeF() * 1.1)
        self.challenge.set_fonts(body, goal_head)


class Lessons(QObject):
    """Fills ``window.actions_.lessons_menu`` and owns the notes dock."""

    def __init__(self, window, folder: Path = LESSONS_DIR):
        super().__init__(window)
        self.window, self.folder = window, Path(folder)
        self.notes = LessonNotes()
        self.notes.browser.anchorClicked.connect(self._link_clicked)
        self.dock = window.add_panel(translate("Lessons", "Lesson notes"), "lessonNotesDock",
                                     self.notes,
                                     Qt.DockWidgetArea.LeftDockWidgetArea,
                                     tabify_with=window.palette_dock)
        self.actions = []
        self.challenge_actions = []
        self.challenges_menu = None      # Lessons > Challenges, when there are challenges
        self._opened: list = []          # tool panels the open lesson opened
        self.watch = ChallengeWatch(window, self.notes.challenge)
        self._fill_menu()
        window.document.replaced.connect(self.sync)
        self.sync(show=window.document.path is not None)

    def _fill_menu(self) -> None:
        menu = self.window.actions_.lessons_menu
        entries = find_lessons(self.folder)
        for entry in entries:
            tip = f"{entry.title} \u2014 {entry.summary}" if entry.summary else entry.title
            action = self.window.actions_.act(menu_text(entry),
                                              partial(self._chosen, entry.path), tip=tip)
            action.setData(str(entry.path))
            menu.addAction(action)
            self.actions.append(action)
        if not entries:
            empty = menu.addAction(translate("Lessons", "No lessons found"))
            empty.setEnabled(False)
            empty.setToolTip(translate("Lessons", "No lesson files (.nsnet) in {folder}")
                             .format(folder=self.folder))
        self._fill_challenges(menu)
        menu.addSeparator()
        menu.addAction(self.dock.toggleViewAction())

    def _fill_challenges(self, menu) -> None:
        """The Challenges submenu: lesson files with goals (``challenges/`` beside the
        lessons), by order, without the "Challenge:" of their titles."""
        entries = find_lessons(self.folder / CHALLENGES_DIR.name)
        if not entries:
            return
        menu.addSeparator()
        self.challenges_menu = menu.addMenu(translate("Lessons", "&Challenges"))
        self.challenges_menu.setToolTipsVisible(True)
        for entry in entries:
            title = entry.title.removeprefix(CHALLENGE_PREFIX)
            short = LessonEntry(entry.path, title[:1].upper() + title[1:], entry.summary,
                                entry.order)
            tip = f"{entry.title} \u2014 {entry.summary}" if entry.summary else entry.title
            action = self.window.actions_.act(menu_text(short),
                                              partial(self._chosen, entry.path), tip=tip)
            action.setData(str(entry.path))
            self.challenges_menu.addAction(action)
            self.challenge_actions.append(action)

    # -- opening -------------------------------------------------------------------------
    def _chosen(self, path: Path, _checked: bool = False) -> None:
        self.open_lesson(path)

    def open_lesson(self, path) -> bool:
        """Open the lesson at ``path`` as an untitled copy; False (and nothing changed)
        when the file cannot be used or the user keeps the current document."""
        path, w = Path(path), self.window
        try:
            doc = netfile.load(path)
        except netfile.NetFileError as e:
            w.show_error(translate("Lessons", "Cannot open lesson"),
                         translate("Lessons", "The lesson file {name} cannot be used: {error}")
                         .format(name=path.name, error=e))
            return False
        w.controller.pause()              # not training on behind the save question
        if not w.maybe_save():
            return False
        w.document.replace(doc, None)      # untitled: Save asks for a name of its own
        if not (w.projection.active or w.presenter.active):   # else the lesson's stage
            self._close_lesson_panels()
            self._make_room()
            self._open_panels(doc.meta.get("lesson"))
        self._watchable_speed(doc.meta.get("lesson"))
        title = lesson_translations.localized(doc.meta, current_language())["title"] or \
            path.stem
        speed = w.training_bar.speed.currentText()
        if "challenge" in doc.meta:
            text = translate("Lessons", "Opened the challenge \u201c{title}\u201d as a new, "
                             "unsaved network. Space trains at {speed} (the speed box changes "
                             "it); Ctrl+R goes back to the starting weights.")
        else:
            text = translate("Lessons", "Opened the lesson \u201c{title}\u201d as a new, "
                             "unsaved network. Space trains at {speed} (the speed box changes "
                             "it); Ctrl+R goes back to the starting weights.")
        w.show_status(text.format(title=title, speed=speed))
        return True

    def _make_room(self) -> None:
        """Height for the notes and the pictures: the loss plot back to its default share
        (projection mode, whose large text needs it, keeps more) and, for data without a
        plane, the Data panel (weights, samples, sliders) over the inspector."""
        w = self.window
        height, vertical = w.height(), Qt.Orientation.Vertical
        no_plane = w.document.data_bundle() is not None and w.live.extent is None
        if not projected(w.font()):
            w.resizeDocks([w.loss_dock], [max(220, int(height * 0.3))], vertical)
        elif no_plane:       # the digit images need the height more than the curves
            w.resizeDocks([w.loss_dock], [int(height * 0.3)], vertical)
        if no_plane:
            w.resizeDocks([w.data_dock, w.inspector_dock],
                          [int(height * 0.6), int(height * 0.1)], vertical)

    def _watchable_speed(self, lesson) -> None:
        """A speed the class can watch (``meta.lesson.speed`` epochs/s, default 30):
        "Fastest" finishes a lesson's 150 epochs in a fifth of a second."""
        speed = lesson.get("speed", LESSON_SPEED) if isinstance(lesson, dict) else \
            LESSON_SPEED
        box = self.window.training_bar.speed
        index = box.findData(speed) if isinstance(speed, (int, float)) else -1
        box.setCurrentIndex(index if index >= 0 else box.findData(LESSON_SPEED))

    def _open_panels(self, lesson) -> None:
        """The tool panels a lesson works with (``meta.lesson.panels``: dock object names,
        e.g. "healthDock"), open at once, so the lesson needs no trip through the menus.
        Unknown names are ignored: the file is untrusted input."""
        names = lesson.get("panels") if isinstance(lesson, dict) else None
        if not isinstance(names, list):
            return
        w = self.window
        for name in names[:4]:
            if isinstance(name, str) and w.open_panel(name):
                dock = next(d for d in w.docks() if d.objectName() == name)
                self._opened.append(dock)
                if w.docked(dock) and \
                        w.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea and \
                        name != "trialsDock":        # the tool's plots beside the loss
                    w.resizeDocks([w.loss_dock, dock], [int(w.width() * 0.4),
                                                        int(w.width() * 0.6)],
                                  Qt.Orientation.Horizontal)
                    w.resizeDocks([dock], [int(w.height() * 0.45)], Qt.Orientation.Vertical)

    def _close_lesson_panels(self) -> None:
        """The panels the last lesson opened go when another lesson opens, instead of
        piling up as tabs (the notes panel stays: it shows the new lesson's notes)."""
        for dock in self._opened:
            dock.hide()
        self._opened = []

    # -- the panel -----------------------------------------------------------------------
    def sync(self, show: bool = True) -> None:
        """Show the current document's notes (hide the panel when it has none), in the
        interface's language when the file has them so (``meta.translations``)."""
        meta = self.window.document.doc.meta or {}
        texts = lesson_translations.localized(meta, current_language())
        notes = texts["notes"].strip()
        challenge, error = challenge_of(meta)
        if not notes and challenge is None and not error:
            self.notes.set_notes("", "")
            self.dock.hide()
            return
        self.notes.set_notes(texts["title"] or self.window.document.title(), notes)
        if show:
            was_hidden = not self.dock.isVisible()
            self.window.show_panel(self.dock)
            # wide enough for a projector's font; the user may narrow it
            if was_hidden and self.window.docked(self.dock):
                # (then the window widens it to its tab titles: gui.dock_tabs)
                width = max(NOTES_WIDTH, int(self.window.width() * 0.25))
                self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    def _link_clicked(self, url) -> None:
        self.window.show_status(f"{translate('Lessons', NO_LINKS)} ({url.toString()})")


def install(window) -> Lessons:
    window.lessons = Lessons(window)
    return window.lessons
