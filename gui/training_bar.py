"""The training controls: play/pause, step one epoch or one batch, reset, new initial
weights, speed, and the epoch counter with the measured epochs per second."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QStyle, QToolBar

from gui.i18n import number, translate
from gui.wheel_inputs import ComboBox

# epochs per second, None for as fast as possible
SPEEDS = (None, 100.0, 30.0, 10.0, 3.0, 1.0)


def speed_label(rate: float | None) -> str:
    """"Fastest", "30 epochs/s", "1 epoch/s" in the current language."""
    if rate is None:
        return translate("TrainingBar", "Fastest")
    epochs = int(rate)      # a plain name: lupdate drops a call whose n is an expression
    return translate("TrainingBar", "%n epochs/s", None, epochs)


class TrainingBar(QToolBar):
    """A toolbar driving ``controller``; ``on_rerandomise`` is called for New weights
    (the window pushes it as an undoable edit)."""

    def __init__(self, controller, on_reset, on_rerandomise, parent=None):
        super().__init__(translate("TrainingBar", "Training"), parent)
        self.setObjectName("trainingBar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.controller = controller
        style = self.style()
        self.play = self._action(translate("TrainingBar", "&Play"), "Space",
                                 translate("TrainingBar", "Train until you pause (Space)"),
                                 controller.toggle)
        self._play_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self._pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self.play.setIcon(self._play_icon)
        self.step_epoch = self._action(
            translate("TrainingBar", "Step &epoch"), "Ctrl+Right",
            translate("TrainingBar", "Train exactly one epoch, then stop (Ctrl+Right)"),
            controller.step_epoch, QStyle.StandardPixmap.SP_MediaSeekForward)
        self.step_batch = self._action(
            translate("TrainingBar", "Step &batch"), "Ctrl+Shift+Right",
            translate("TrainingBar", "Train on one mini-batch only: one update of the weights "
                      "(Ctrl+Shift+Right)"),
            controller.step_batch, QStyle.StandardPixmap.SP_ArrowRight)
        self.reset = self._action(
            translate("TrainingBar", "&Reset"), "Ctrl+R",
            translate("TrainingBar", "Back to the weights training started from, epoch 0 "
                      "(Ctrl+R); Undo brings the training back"), on_reset,
            QStyle.StandardPixmap.SP_MediaSkipBackward)
        self.rerandomise = self._action(
            translate("TrainingBar", "&New weights"), "Ctrl+Shift+R",
            translate("TrainingBar", "Draw new random initial weights and start over; Undo "
                      "brings the old ones back (Ctrl+Shift+R)"), on_rerandomise,
            QStyle.StandardPixmap.SP_BrowserReload)
        self.addSeparator()
        self.speed = ComboBox(self)
        for rate in SPEEDS:
            self.speed.addItem(speed_label(rate), rate)
        self.speed.setToolTip(translate("TrainingBar", "How fast to train: as fast as the "
                                        "computer can, or slowly enough to watch every epoch"))
        self.speed.setAccessibleName(translate("TrainingBar", "Training speed"))
        self.speed.currentIndexChanged.connect(
            lambda i: controller.set_speed(self.speed.itemData(i)))
        self.addWidget(self.speed)
        self.addSeparator()
        self.epoch_label = QLabel(self)
        self.epoch_label.setToolTip(translate("TrainingBar", "Epochs trained: passes over the "
                                              "whole training set"))
        self.rate_label = QLabel(self)
        self.rate_label.setToolTip(translate("TrainingBar", "Measured training speed while it "
                                             "runs"))
        self.addWidget(self.epoch_label)
        self.addWidget(self.rate_label)
        controller.runningChanged.connect(self._running_changed)
        # a snapshot, an edit, the end of a stretch (paramsChanged) or another run: the epoch
        controller.document.paramsChanged.connect(self.refresh)
        controller.document.runChanged.connect(self.refresh)
        # the rate decays to nothing once training stops; refresh now and then
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._running_changed(False)
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space presses a focused button, check box or combo box, as everywhere in Qt;
        elsewhere it plays and pauses. Those widgets do not claim Space before the
        window's shortcuts, so the Play shortcut took it: Space on the Inspector's Frozen
        box started training. Their unclaimed ShortcutOverride comes up to the window,
        where it is claimed here for them."""
        if event.type() == QEvent.Type.ShortcutOverride and \
                event.key() == Qt.Key.Key_Space and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier and \
                isinstance(QApplication.focusWidget(), (QAbstractButton, QComboBox)):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_buttons()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:     # projection's larger text
            # measured once the buttons have the new font too: they get it after the bar
            self._wide = None
            QTimer.singleShot(0, self, self._fit_buttons)

    def refit(self) -> None:
        """Items were shown or hidden (the recording's Stop): buttons with names only if
        everything still fits."""
        self._wide = None
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        """Buttons with their names, or only their icons (names in the tooltips) when
        the names leave no room for the epoch counter: a 1024-px projector at projection
        text size."""
        beside = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if getattr(self, "_wide", None) is None:
            if self.toolButtonStyle() != beside:
                self.setToolButtonStyle(beside)
            self._wide = self.sizeHint().width()
        wanted = beside if self.width() >= self._wide else Qt.ToolButtonStyle.ToolButtonIconOnly
        if self.toolButtonStyle() != wanted:
            self.setToolButtonStyle(wanted)

    def _action(self, text, shortcut, tip, slot, icon=None) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def actions_for_menu(self) -> list[QAction]:
        return [self.play, self.step_epoch, self.step_batch, self.reset, self.rerandomise]

    def _running_changed(self, running: bool) -> None:
        self.play.setText(translate("TrainingBar", "&Pause") if running
                          else translate("TrainingBar", "&Play"))
        self.play.setIcon(self._pause_icon if running else self._play_icon)
        self.play.setToolTip(translate("TrainingBar", "Pause training (Space)") if running else
                             translate("TrainingBar", "Train until you pause (Space)"))
        self.refresh()

    def refresh(self, *_) -> None:
        self.epoch_label.setText("  " + translate("TrainingBar", "Epoch {epoch}").format(
            epoch=number(self.controller.epoch, ",")) + "  ")
        running = self.controller.running
        rate = self.controller.rate if running else 0.0
        self.rate_label.setText(translate("TrainingBar", "{rate} epochs/s").format(
            rate=number(rate, ",.0f")) + "  " if running and rate else "")
