"""A banner above the editor for what the user must not miss: training blew up, or the data
cannot be trained. It stays until dismissed or acted on; an action button offers the fix.

``kind`` says what it is about ("diverged", "unstable", "cannot-train"), so the window can
take it away when that no longer holds; ``closed`` is emitted when the person dismissed
it or acted on it (the window then gives the keyboard back to the canvas: the button that
had it is gone, and Space would have gone to whatever came next, e.g. the speed list)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from gui import colors
from gui.i18n import translate

# per scheme (gui.colors: dark or not): amber for a warning, green for a success
TONES = {False: {"warning": "#banner { background: #fff3cd; border: 2px solid #b7791f; "
                            "border-radius: 4px; } QLabel { color: #3d2a00; }",
                 "success": "#banner { background: #dcf5e3; border: 2px solid #1b7a36; "
                            "border-radius: 4px; } QLabel { color: #0f3d1c; }"},
         True: {"warning": "#banner { background: #3b2f12; border: 2px solid #d9a441; "
                           "border-radius: 4px; } QLabel { color: #ffe9b0; }",
                "success": "#banner { background: #163a23; border: 2px solid #5cbf7a; "
                           "border-radius: 4px; } QLabel { color: #cdf3d8; }"}}


class Banner(QFrame):
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.tone = ""
        self._set_tone("warning")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.action = QPushButton(self)
        self.close_button = QPushButton(translate("Banner", "Dismiss"), self)
        self.close_button.setToolTip(translate("Banner", "Hide this message"))
        self.close_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._callback = None
        self.kind = ""
        self.action.clicked.connect(self._act)
        self.hide()

    def show_message(self, text: str, action_text: str = "", callback=None,
                     action_tip: str = "", kind: str = "", tone: str = "warning") -> None:
        """``tone``: "warning" (amber) or "success" (green, e.g. a challenge met)."""
        self.kind = kind
        self._set_tone(tone)
        self.text.setText(text)
        self._callback = callback
        self.action.setVisible(bool(action_text))
        self.action.setText(action_text)
        self.action.setToolTip(action_tip)
        self.show()

    def _set_tone(self, tone: str) -> None:
        if tone != self.tone:
            self.tone = tone
            tones = TONES[colors.current().dark]
            self.setStyleSheet(tones.get(tone, tones["warning"]))

    def scheme_changed(self) -> None:
        """The light or dark scheme changed (gui.theme.restyle)."""
        tone, self.tone = self.tone, ""
        self._set_tone(tone)

    def changeEvent(self, event) -> None:
        # The style sheet makes the children "styled", and styled widgets stop inheriting
        # fonts: projection mode's larger text reached the banner but not its words.
        if event.type() == QEvent.Type.FontChange:
            for child in (self.text, self.action, self.close_button):
                child.setFont(self.font())
        super().changeEvent(event)

    def showing(self, kind: str) -> bool:
        return self.isVisible() and self.kind == kind

    def withdraw(self, kind: str) -> None:
        """Hide the message about ``kind`` if it is the one showing (it no longer holds)."""
        if self.showing(kind):
            self._dismiss()

    def _dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def _act(self) -> None:
        callback, self._callback = self._callback, None
        self.hide()
        if callback is not None:
            callback()
        self.closed.emit()
