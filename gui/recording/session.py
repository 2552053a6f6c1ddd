"""Recording in the app: File > Record Training… (Ctrl+Shift+V), the recording's sign and
Stop on the training bar, and saving with a progress dialog.

One recording at a time: the dialog (``gui.recording.dialog``) says what and where;
``start(plan)`` shows the view, starts the ``Recorder`` (and training, if asked); when it
stops (the time is up, Stop, a full store) training pauses if the recording started it,
and the frames are encoded in a worker thread (``gui.recording.worker``) under a progress
dialog whose Cancel leaves no file behind. Closing the window ends a recording without
saving it and cancels an encoding.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QProgressDialog, QStyle

from gui import files
from gui.exports import exports_of
from gui.i18n import number, translate
from gui.recording import capture
from gui.recording.dialog import KEY, Plan, RecordDialog
from gui.recording.recorder import Recorder
from gui.recording.video import FrameStore, even_size, needs_even
from gui.recording.worker import CANCELLED, start_encoding

SHORTCUT = "Ctrl+Shift+V"
SETTLE_MS = 60          # from Start to the first frame: the window's layout settles


class Recording(QObject):
    """``window.recording``: ``action`` (File menu), ``dialog`` (while open),
    ``recorder`` (while recording), ``progress`` (while encoding)."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.dialog: RecordDialog | None = None
        self.recorder: Recorder | None = None
        self.progress: QProgressDialog | None = None
        self.plan: Plan | None = None
        self._store = self._thread = self._worker = None
        self._started_training = self._starting = False
        self.action = QAction(translate("Recording", "Record &Training\u2026"), window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(self.toggle)
        self._make_bar_items()
        self._refresh()

    def _make_bar_items(self) -> None:
        bar = self.w.training_bar
        self.sign = QLabel(bar)
        self.sign.setTextFormat(Qt.TextFormat.RichText)
        self.sign.setObjectName("recordingSign")
        self.sign.setToolTip(translate("Recording", "Recording: seconds recorded of the time "
                                       "set"))
        self.stop_action = QAction(translate("Recording", "Stop Recording"), bar)
        self.stop_action.setIcon(bar.style().standardIcon(QStyle.StandardPixmap.SP_MediaStop))
        self.stop_action.setToolTip(translate("Recording", "Stop recording and save the video "
                                              "({shortcut})").format(shortcut=SHORTCUT))
        self.stop_action.triggered.connect(self.stop)
        self._bar_items = [bar.addSeparator(), bar.addWidget(self.sign), self.stop_action]
        bar.addAction(self.stop_action)

    def _refresh(self) -> None:
        recording = self.recorder is not None or self._starting
        self.action.setText(translate("Recording", "Stop Recor&ding") if recording else
                            translate("Recording", "Record &Training\u2026"))
        tip = (translate("Recording", "Stop recording and save the video ({shortcut})")
               if recording else
               translate("Recording", "Record the window, the stage or a plot while it trains, "
                         "as an animated GIF or a video ({shortcut})")).format(
            shortcut=SHORTCUT)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.setEnabled(self.progress is None and not self._starting)
        if recording:
            self._ticked(0.0 if self.recorder is None else self.recorder.recorded())
        if any(item.isVisible() != recording for item in self._bar_items):
            for item in self._bar_items:
                item.setVisible(recording)
            self.w.training_bar.refit()

    # -- asking ----------------------------------------------------------------------------
    def toggle(self) -> None:
        self.stop() if self.recorder is not None else self.ask()

    def default_path(self) -> Path | None:
        """A new name in the folder of the last recording saved, with its format; None
        before the first (Start then asks, through the file dialog)."""
        settings = QSettings()
        folder = settings.value(KEY + "folder")
        if not folder or not Path(str(folder)).is_dir():
            return None
        suffix = str(settings.value(KEY + "suffix", ".gif")) or ".gif"
        stem = f"{exports_of(self.w).stem()}_training"
        path, n = Path(str(folder)) / f"{stem}{suffix}", 2
        while path.exists():
            path, n = Path(str(folder)) / f"{stem}_{n}{suffix}", n + 1
        return path

    def ask(self) -> RecordDialog:
        """Open the dialog (window-modal, not blocking); Start Recording starts."""
        if self.dialog is None:
            self.dialog = RecordDialog(self.w, self.default_path())
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.accepted.connect(self._dialog_accepted)
            self.dialog.finished.connect(self._dialog_closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _dialog_accepted(self) -> None:
        self.start(self.dialog.plan())

    def _dialog_closed(self, *_) -> None:
        self.dialog.deleteLater()
        self.dialog = None

    # -- recording -------------------------------------------------------------------------
    def start(self, plan: Plan) -> None:
        """Record as ``plan`` says, in a moment: the dock brought up, the status bar and
        the Stop button resize the views, and the video takes the view's size once they
        have (``SETTLE_MS``)."""
        capture.bring_view(self.w, plan.view)
        self.plan = plan
        self._starting = True
        self._refresh()
        self.w.show_status(translate("Recording", "Recording \u201c{view}\u201d at {fps} "
                                     "frames/s; {shortcut} stops").format(
            view=capture.view_label(plan.view), fps=plan.fps, shortcut=SHORTCUT))
        QTimer.singleShot(SETTLE_MS, self, self._begin)

    def _begin(self) -> None:
        if not self._starting:             # the window closed meanwhile
            return
        plan, self._starting = self.plan, False
        problem = capture.view_problem(self.w, plan.view)
        if problem:
            self._refresh()
            self.w.show_error(translate("Recording", "Cannot record"), problem)
            return
        widget = capture.view_widget(self.w, plan.view)
        size = plan.size or (widget.width(), widget.height())
        if needs_even(plan.path):
            size = even_size(size)
        self._store = FrameStore(size)
        self.recorder = Recorder(self.w, plan.view, self._store, plan.fps, plan.seconds,
                                 hidden=self.hidden_widgets)
        self.recorder.finished.connect(self._recorded)
        self.recorder.ticked.connect(self._ticked)
        self._started_training = plan.train and not self.w.controller.running
        self._refresh()
        self.recorder.start()
        if self._started_training:
            self.w.controller.play()

    def hidden_widgets(self) -> list:
        """Left out of the video: the recording's own sign and Stop button, and the status
        bar (it says "Recording…")."""
        bar = self.w.training_bar
        return [bar.widgetForAction(a) for a in self._bar_items] + [self.w.statusBar()]

    def stop(self) -> None:
        if self.recorder is not None:
            self.recorder.stop()

    def _ticked(self, seconds: float) -> None:
        # rich text, not a style sheet: a style sheet's font would ignore projection's size
        sign = translate("Recording", "\u25cf REC")
        time = translate("Recording", "{seconds} / {total} s").format(
            seconds=number(seconds, ".1f"), total=self.plan.seconds)
        self.sign.setText(f"&nbsp;<b style='color:#c62828'>{sign}</b> {time}&nbsp;")

    def _recorded(self, reason: str) -> None:
        recorder, self.recorder = self.recorder, None
        recorder.deleteLater()
        if self._started_training and self.w.controller.running:
            self.w.controller.pause()
        if reason:
            self.w.show_error(translate("Recording", "Recording stopped"), reason)
        if not len(self._store):
            self._discard()
            return
        self._encode()

    def _discard(self) -> None:
        if self._store is not None:
            self._store.close()
        self._store = None
        self._refresh()

    # -- saving ----------------------------------------------------------------------------
    def _encode(self) -> None:
        path, count = self.plan.path, len(self._store)
        # English has no catalogue: its singular is a text of its own
        text = translate("Recording", "Saving {name} (%n frame)\u2026", None, count) \
            if count == 1 else translate("Recording", "Saving {name} (%n frames)\u2026", None,
                                         count)
        self.progress = QProgressDialog(text.format(name=path.name),
                                        translate("Recording", "Cancel"), 0, count, self.w)
        self.progress.setObjectName("recordProgress")
        self.progress.setFont(self.w.font())       # projection mode's size (see dialog)
        self.progress.setWindowTitle(translate("Recording", "Saving the recording"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel_encoding)
        self._refresh()
        self.progress.show()
        self._thread, self._worker = start_encoding(self._store, path, self.plan.fps,
                                                    self._progressed, self._encoded)

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total - 1) if done < total else total)

    def cancel_encoding(self) -> None:
        if self._thread is not None:
            self._thread.requestInterruption()

    def _encoded(self, error: str) -> None:
        if self._thread is None:           # the window closed meanwhile (close_down)
            return
        self._thread.wait()
        self._thread.deleteLater()
        self._thread = self._worker = None
        progress, self.progress = self.progress, None
        progress.canceled.disconnect(self.cancel_encoding)
        progress.close()
        progress.deleteLater()
        path, count, fps = self.plan.path, len(self._store), self.plan.fps
        self._discard()
        if error == CANCELLED:
            self.w.show_status(translate("Recording", "Recording not saved: cancelled ({name} "
                                         "not written)").format(name=path.name))
        elif error:
            self.w.show_error(translate("Recording", "Cannot save the recording"), error)
        else:
            files.remember_folder(path)
            QSettings().setValue(KEY + "folder", str(path.parent))
            self.w.show_status(_saved_words(path, count, fps))

    # -- the window closing ----------------------------------------------------------------
    def close_down(self) -> None:
        """The window closes: a recording ends unsaved, an encoding is cancelled."""
        self._starting = False
        if self.recorder is not None:
            self.recorder.finished.disconnect(self._recorded)
            self.recorder.stop()
            self.recorder = None
            self._discard()
        if self._thread is not None:
            self._thread.requestInterruption()
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = self._worker = None
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
            self._discard()


def _saved_words(path: Path, count: int, fps: float) -> str:
    """The status bar's line once the video is written."""
    # English has no catalogue: its singular is a text of its own
    text = translate("Recording", "Saved the recording: {path} (%n frame, {seconds} s, {size} "
                     "MB)", None, count) if count == 1 else \
        translate("Recording", "Saved the recording: {path} (%n frames, {seconds} s, {size} "
                  "MB)", None, count)
    return text.format(path=path, seconds=number(count / fps, ".1f"),
                       size=number(os.path.getsize(path) / 1e6, ".1f"))


def install(window) -> Recording:
    """File > Record Training… at the end of File > Export's group (after the entries
    other tools put below it, before the separator); ``window.recording``."""
    recording = window.recording = Recording(window)
    export = window.actions_.export_menu.menuAction()
    file_menu = window.actions_.file_menu
    file_menu.insertAction(_after(file_menu, export), recording.action)
    return recording


def _after(menu, action):
    """The first separator after ``action`` in ``menu`` (None: the end)."""
    actions = menu.actions()
    return next((a for a in actions[actions.index(action) + 1:] if a.isSeparator()), None)
