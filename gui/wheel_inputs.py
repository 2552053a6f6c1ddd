"""Input widgets that take the mouse wheel only when a person has clicked them first.

Qt's spin boxes, combo boxes and sliders change their value under a turning wheel even
without focus: scrolling a panel moved "Train share" from 50 % to 10 % as the pointer
passed over it. These take the wheel only while they have the keyboard focus (click or
Tab first); otherwise they ignore it, and QApplication hands it to the scroll area
around them, which scrolls. Every such widget in the app's panels is one of these (a
test walks the window to check).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSlider, QSpinBox


class FocusWheel:
    """Mixin, listed before the Qt class: no wheel without focus, and no focus from the
    wheel (``Qt.StrongFocus``: click or Tab only)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()          # on to the parent: the panel scrolls


class SpinBox(FocusWheel, QSpinBox):
    pass


class DoubleSpinBox(FocusWheel, QDoubleSpinBox):
    pass


class ComboBox(FocusWheel, QComboBox):
    pass


class Slider(FocusWheel, QSlider):
    pass
