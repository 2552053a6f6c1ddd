"""What projection mode and the presenter view share: keeping a stage (``gui.stage``) that
shows what the open document asks for.

``StageHost`` builds the stage of the document's lesson (plus the views asked for since,
a tool opened while the stage is up), fitted to the room it has, and builds it again when
that changes: another document, a tool, a new size. A subclass says where the stage goes
and what the network view is; ``bring(dock)`` is how the window's ``show_panel`` puts a
panel on the stage instead of beside it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from gui import stage_spec
from gui.stage import NOTES_DOCK, StageWidget


class StageHost:
    """Mixin for a QObject with ``window`` and ``active``. Subclasses give
    ``_room() -> (width, height)``, ``_network() -> QWidget``, ``_parent() -> QWidget`` and
    ``_put(stage)`` (place a new stage), and may extend ``_staged()`` (after placing) and
    ``_unstaged()`` (after the docks went back)."""

    NOTES_ON_STAGE = True        # the presenter keeps the notes on the laptop

    def _init_stage(self) -> None:
        self.stage: StageWidget | None = None
        self._asked: list[str] = []
        self._watched: set[str] = set()         # docks whose View > Panels entry we follow

    def current_stage(self) -> stage_spec.Stage:
        """The stage the open document asks for, with the views asked for since, fitted
        to the room the stage has."""
        stage = stage_spec.of_meta(self.window.document.doc.meta)
        for view in self._asked:
            stage = stage.with_notes() if view == stage_spec.NOTES else stage.with_view(view)
        if not self.NOTES_ON_STAGE:
            stage = stage_spec.Stage(stage.bands, stage.columns, notes=False)
        return stage_spec.fit(stage, *self._room())

    def _restage(self, force: bool = False) -> None:
        """Lay the stage out again when what it should show changed."""
        if not (self.active or force):
            return
        stage = self.current_stage()
        if self.stage is not None and self.stage.stage == stage:
            return
        self._drop_stage()
        self.stage = StageWidget(self.window, stage, self._network(), self._parent(),
                                 closable=self._asked)
        self.stage.closeRequested.connect(self.dismiss)
        self._put(self.stage)
        self._watch_toggles()
        for view in self._asked:       # what the teacher opened, the teacher can close
            dock = self.stage.views.get(view)
            if dock is not None and dock is not self.stage.views.get(stage_spec.NETWORK):
                dock.toggleViewAction().setEnabled(True)
        self.stage.show()
        self._staged()
        self.window.live.scheduler.wake()

    def _drop_stage(self) -> None:
        """The docks back to the window, hidden, where they were."""
        if self.stage is None:
            return
        stage, self.stage = self.stage, None
        stage.release()
        stage.hide()
        stage.setParent(None)
        stage.deleteLater()
        self._unstaged()

    def _staged(self) -> None:
        """A new stage is in place (hook)."""

    def _unstaged(self) -> None:
        """The stage is gone (hook)."""

    def document_replaced(self) -> None:
        """Another document (a lesson): its stage replaces the one on screen."""
        if self.active:
            self._asked = []
            self._restage()

    def bring(self, dock: QWidget) -> bool:
        """Show ``dock``'s view on the stage (added as a tab when it is not on it); False
        when the dock is not a stage view here (the caller shows it as a dock)."""
        name = dock.objectName()
        view = stage_spec.NOTES if name == NOTES_DOCK else stage_spec.DOCK_VIEWS.get(name)
        if not self.active or view is None or not self._takes(view):
            return False
        if self.stage is None or view not in self.stage.views:
            self._asked.append(view)
            self._restage()
        if self.stage is not None:
            self.stage.show_view(view)
        return True

    def dismiss(self, view: str) -> None:
        """Take ``view``, asked for since the lesson's stage was set, off the stage again:
        the stage is the lesson's own once more."""
        if self.active and view in self._asked:
            self._asked = [v for v in self._asked if v != view]
            self._restage()
            focus = QApplication.focusWidget()
            if focus is None or not focus.isVisible():    # it was in the panel closed
                self.window.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _watch_toggles(self) -> None:
        """A panel's View > Panels entry (its dock's toggle action) goes through the stage
        too: Qt alone showed the panel as a dock below the stage, squashing every view."""
        for dock in self.window.docks():
            if dock.objectName() not in self._watched:
                self._watched.add(dock.objectName())
                dock.toggleViewAction().triggered.connect(partial(self._toggled, dock))

    def _toggled(self, dock: QWidget, *_) -> None:
        name, checked = dock.objectName(), dock.toggleViewAction().isChecked()
        view = stage_spec.NOTES if name == NOTES_DOCK else stage_spec.DOCK_VIEWS.get(name)
        if not self.active or view is None or not self._takes(view):
            return
        if checked:
            dock.hide()               # Qt just docked it beside the stage
            self.window.open_panel(name)    # as its menu entry or shortcut: the keys go to it
        else:
            self.dismiss(view)

    def _takes(self, view: str) -> bool:
        """Whether ``view`` goes on this stage when asked for."""
        return self.NOTES_ON_STAGE or view != stage_spec.NOTES
