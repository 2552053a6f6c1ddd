"""The large map: the decision surface with the data, or the map of the neuron under the
pointer or selected, with a title saying which; a sentence instead when there is no plane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from gui.i18n import translate
from gui.plots.decision_plot import DecisionPlot


class SurfacePanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setToolTip(translate("SurfacePanel", "Point at a neuron in the editor to see "
                                        "its map here; select one to keep it"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.plot = DecisionPlot(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(16)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.plot)
        self._stack.addWidget(self.message)
        self.title_row = QHBoxLayout()       # the title, and tools' toggles at its end
        self.title_row.setContentsMargins(0, 0, 0, 0)
        self.title_row.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self.title_row)
        layout.addLayout(self._stack, 1)

    def add_title_widget(self, widget: QWidget) -> None:
        """A widget at the end of the title row (the Map's "Draw" toggle): there whether
        the plot or a message is shown."""
        self.title_row.addWidget(widget)

    def show_plot(self, title: str) -> None:
        if self.title.text() != title:
            self.title.setText(title)
        self.title.show()
        self._stack.setCurrentWidget(self.plot)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.title.hide()
        self._stack.setCurrentWidget(self.message)

    def showing_plot(self) -> bool:
        return self._stack.currentWidget() is self.plot
