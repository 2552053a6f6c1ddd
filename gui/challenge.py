"""The challenge of the open document: its goals, ticked or crossed live, and a success banner.

A challenge is a lesson file with goals in ``meta.challenge`` (``core.challenges``). The
goals show at the top of the lesson notes panel, so they are on a projected stage
wherever the notes are; each row is a tick or a cross and the value now, e.g.
"✗ Test accuracy 93.1 % (goal ≥ 95 %)". The panel is a live view (``gui.frames``, rate
``RATES["challenge"]``): the document's signals mark it dirty and the frame scheduler
judges the goals, never once per snapshot. It is judged whether or not the panel is on
screen, so a success is never missed behind a tab.

The record: when every goal is met, the epoch is written into the document's
``meta.challenge.met`` (``{"epoch": 143}``: saved with the file, so it is in the student's
file and a solved file does not cheer again when opened) and the window's banner says so
once. Training never takes a record away (a goal that flickers near its limit while
training does not repeat the message); a person's change (an edit, an undo, a reset, a
setting) that leaves a goal unmet does, and meeting them again is a new success -- except
by undoing that change: the undo step that comes back to a solved state brings its
record back, epoch and all, without cheering again. The banner is withdrawn whenever a
goal does not hold: it says every goal holds.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from core import challenges
from core.netfile import NetFileError
from gui import colors
from gui.document import TRAINING
from gui.frames import RATES
from gui.i18n import number, translate

TICK, CROSS = "\u2714", "\u2718"
# (met, unmet, panel's style sheet) per scheme (gui.colors: dark or not)
LOOKS = {False: ("#1b7a36", "#b42318",
                 "#challengePanel { border: 2px solid #7a5cc2; border-radius: 4px; "
                 "background: #f6f2ff; } QLabel { color: #1f1f1f; }"),
         True: ("#7bd88f", "#ff8a80",
                "#challengePanel { border: 2px solid #9d85e0; border-radius: 4px; "
                "background: #2a2340; } QLabel { color: #ece8f5; }")}
HISTORY_FIELDS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


def challenge_of(meta) -> tuple[challenges.Challenge | None, str]:
    """(the challenge in ``meta`` or None, the error that makes it unusable or "")."""
    try:
        return challenges.parse(meta), ""
    except NetFileError as e:
        return None, str(e)


class ChallengePanel(QFrame):
    """The goals as rows of tick/cross and text, and a line that says how far it got."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("challengePanel")
        self.setStyleSheet(LOOKS[colors.current().dark][2])
        self.heading = QLabel(translate("Challenge", "Goals"))
        self.rows: list[QLabel] = []
        self._body = QFont(self.font())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 8)
        self._layout.setSpacing(3)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.status)
        self.hide()

    def show_error(self, error: str) -> None:
        self._set_rows([])
        self.status.setText(translate("Challenge", "This file's challenge cannot be used: "
                                      "{error}").format(error=error))
        self.show()

    def show_states(self, states, met_epoch: int | None, problem: str = "") -> None:
        """``states``: ``core.challenges.GoalState`` per goal; ``met_epoch``: the record;
        ``problem``: why values cannot be measured (``Measured.problem``), or ""."""
        self._set_rows([(s.met, s.text) for s in states])
        met = sum(s.met for s in states)
        total = len(states)
        if problem:
            self.status.setText(translate("Challenge", "{met} of %n goals met. Unknown values: "
                                          "{problem}.", None, total).format(met=met,
                                                                            problem=problem))
        elif met_epoch is not None and challenges.all_met(states):
            self.status.setText(translate("Challenge", "Challenge met at epoch {epoch}!")
                                .format(epoch=number(met_epoch, ",d")))
        elif met_epoch is not None:
            self.status.setText(translate("Challenge", "Met at epoch {epoch}; now {met} of %n "
                                          "goals hold.", None, total).format(
                                              epoch=number(met_epoch, ",d"), met=met))
        else:
            self.status.setText(translate("Challenge", "{met} of %n goals met.", None, total)
                                .format(met=met))
        bold = QFont(self._body)
        bold.setBold(challenges.all_met(states))
        self.status.setFont(bold)
        self.show()

    def lines(self) -> list[str]:
        """The rows as a person reads them (tick or cross first)."""
        return [row.text() for row in self.rows]

    def _set_rows(self, rows: list[tuple[bool, str]]) -> None:
        while len(self.rows) > len(rows):
            label = self.rows.pop()
            label.hide()           # now: deleteLater waits for the event loop's next turn
            self._layout.removeWidget(label)
            label.deleteLater()
        while len(self.rows) < len(rows):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)    # values from a file: plain text
            label.setFont(self._body)
            self._layout.insertWidget(len(self.rows) + 1, label)
            self.rows.append(label)
        for label, (met, text) in zip(self.rows, rows):
            label.setText(f"{TICK if met else CROSS}  {text}")
            label.setStyleSheet(f"color: {LOOKS[colors.current().dark][0 if met else 1]};")
            label.setProperty("met", met)
            label.setToolTip(translate("Challenge", "Met") if met
                             else translate("Challenge", "Not met yet"))

    def scheme_changed(self) -> None:
        """The light or dark scheme changed (gui.theme.restyle)."""
        look = LOOKS[colors.current().dark]
        self.setStyleSheet(look[2])
        for label in self.rows:
            label.setStyleSheet(f"color: {look[0 if label.property('met') else 1]};")

    def set_fonts(self, body: QFont, head: QFont) -> None:
        """The notes' fonts (``gui.lessons.LessonNotes``): large on a projector too."""
        self._body = QFont(body)
        for label in self.rows:
            label.setFont(body)
        self.setFont(body)
        self.heading.setFont(head)


class ChallengeWatch(QObject):
    """Judges the open document's goals in frames, shows them in ``panel`` and records and
    announces a success (see the module doc)."""

    def __init__(self, window, panel: ChallengePanel):
        super().__init__(window)
        self.window, self.panel = window, panel
        self.document = window.document
        self.states: tuple = ()
        self.successes = 0                 # banners shown (tests count them)
        self._challenge, self._error = None, ""
        self._history: dict[str, list] = {}
        self._person_change = False
        self._checked_epoch = 0            # the epoch of the last check that found a miss
        # records a person's change took away, by the undo step whose state they belong to
        self._taken: dict[object, int] = {}
        scheduler = window.live.scheduler
        self.view = scheduler.register("challenge", {"network", "data", "running"},
                                       self.check, rate=RATES["challenge"])
        doc = self.document
        doc.replaced.connect(self._replaced)
        doc.trained.connect(self._snapshot)
        doc.structureChanged.connect(self._person)
        doc.dataChanged.connect(self._person)
        doc.paramsChanged.connect(self._params_changed)
        doc.runChanged.connect(self._run_changed)
        doc.settingsChanged.connect(self._settings_changed)
        self._replaced()

    # -- inputs ----------------------------------------------------------------------------
    def _replaced(self) -> None:
        self._taken.clear()
        self._challenge, self._error = challenge_of(self.document.doc.meta)
        self._history_from_document()
        self._checked_epoch = self.document.epoch
        self._person()

    def _history_from_document(self) -> None:
        history = self.document.doc.history or {}
        self._history = {k: list(history.get(k, ())) for k in HISTORY_FIELDS}

    def _snapshot(self, snap) -> None:
        """Training's progress: a point of the run's curves (what "within N epochs" reads)."""
        for key in HISTORY_FIELDS:
            self._history[key].append(getattr(snap, key))
        self._mark()

    def _person(self, *_) -> None:
        """A change other than training's progress: an edit, an undo, a run put back."""
        self._person_change = True
        self._mark()

    def _params_changed(self, source: str) -> None:
        if source == TRAINING:
            self._mark()
        else:
            self._person()

    def _run_changed(self) -> None:
        self._history_from_document()
        self._person()

    def _settings_changed(self) -> None:
        self._challenge, self._error = challenge_of(self.document.doc.meta)
        self._person()

    def _mark(self) -> None:
        self.window.live.scheduler.mark_view(self.view)

    # -- judging ---------------------------------------------------------------------------
    def check(self, _now: float = 0.0) -> None:
        """Judge the goals now, show them, and record and announce a success."""
        if self._error:
            self.panel.show_error(self._error)
            return
        if self._challenge is None:
            self.states = ()
            self.panel.hide()
            return
        doc, goals = self.document, self._challenge.goals
        measured = challenges.measure(goals, doc.network, doc.data_bundle(), doc.doc.training)
        epoch = doc.epoch
        self.states = challenges.evaluate(goals, doc.network, epoch, self._history, measured)
        record = self._record()
        if challenges.all_met(self.states) and record is None:
            record = self._taken.get(self._undo_step()) if self._person_change else None
            if record is not None:         # an undo back to the solved state: its record
                self._write_record(record)
            else:
                after = None if self._person_change else self._checked_epoch
                record = epoch if after is None else \
                    challenges.met_epoch_between(goals, self._history, after, epoch)
                self._write_record(record)
                self._announce(record)
        elif not challenges.all_met(self.states):
            self.window.banner.withdraw("challenge")
            if record is not None and self._person_change:
                self._taken[self._undo_step(before=True)] = record
                self._write_record(None)
                record = None
            self._checked_epoch = epoch
        if record is not None and challenges.all_met(self.states):
            self._taken[self._undo_step()] = record
        self._person_change = False
        self.panel.show_states(self.states, record, measured.problem)

    def _undo_step(self, before: bool = False):
        """The undo command whose state the document is in (None: the stack's clean start),
        or, ``before``, the one before it (the state a change was made from). Commands, not
        indexes: a new branch after an undo reuses indexes for other states."""
        stack = self.window.undo_stack
        index = stack.index() - (1 if before else 0)
        return stack.command(index - 1) if index > 0 else None

    def _record(self) -> int | None:
        met = (self.document.doc.meta.get("challenge") or {}).get("met")
        epoch = met.get("epoch") if isinstance(met, dict) else None
        return epoch if isinstance(epoch, int) and not isinstance(epoch, bool) else None

    def _write_record(self, epoch: int | None) -> None:
        self.document.set_challenge_record(epoch)

    def _announce(self, epoch: int) -> None:
        self.successes += 1
        self.window.banner.show_message(
            translate("Challenge", "<b>Challenge met</b> at epoch {epoch}: every goal holds. "
                      "Save the network (Ctrl+S) to keep your solution.").format(
                          epoch=number(epoch, ",d")),
            kind="challenge", tone="success")
        self.window.show_status(translate("Challenge", "Challenge met at epoch {epoch}")
                                .format(epoch=number(epoch, ",d")))
