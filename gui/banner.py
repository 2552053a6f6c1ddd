"""A banner above the editor for what the user must not miss: training blew up, or the data
cannot be trained. It stays until dismissed or acted on; an action button offers the fix."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class Banner(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet("#banner { background: #fff3cd; border: 2px solid #b7791f; "
                           "border-radius: 4px; } QLabel { color: #3d2a00; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.action = QPushButton(self)
        self.close_button = QPushButton("Dismiss", self)
        self.close_button.setToolTip("Hide this message")
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._callback = None
        self.action.clicked.connect(self._act)
        self.hide()

    def show_message(self, text: str, action_text: str = "", callback=None,
                     action_tip: str = "") -> None:
        self.text.setText(text)
        self._callback = callback
        self.action.setVisible(bool(action_text))
        self.action.setText(action_text)
        self.action.setToolTip(action_tip)
        self.show()

    def _act(self) -> None:
        callback, self._callback = self._callback, None
        self.hide()
        if callback is not None:
            callback()
