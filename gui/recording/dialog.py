"""File > Record Training…: the dialog that says what to record and where to save it.

``RecordDialog(window, path)`` asks for the view, the video's size (the view's own, or width x
height), frames per second, how long, whether to start training, and the file (GIF, MP4
or WebM by its name; Choose… asks through ``gui.files``, and so does Start when no file
is named yet: the dialog never names a file the person did not choose). ``plan()`` gives the answers
as a ``Plan`` once accepted; a problem (no stage, an unwritable folder) is said in the
dialog, which then stays open.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from gui import colors, files
from gui.i18n import translate
from gui.recording import VIEWS, capture
from gui.recording.video import MAX_FPS, VideoError, check_target, format_of, save_filter
from gui.wheel_inputs import ComboBox, SpinBox

SIZES = (None, (1280, 720), (1920, 1080), (1024, 768), "custom")   # None: the view's own
MIN_SIDE, MAX_SIDE = 16, 4096
MAX_SECONDS = 600
KEY = "recording/"


@dataclass
class Plan:
    """What to record: ``size`` None means the view's size when recording starts."""

    view: str
    size: tuple[int, int] | None
    fps: int
    seconds: int
    train: bool
    path: Path


class RecordDialog(QDialog):
    def __init__(self, window, default_path: Path | None):
        super().__init__(window)
        self.setObjectName("recordDialog")
        self.setWindowTitle(translate("RecordDialog", "Record training"))
        # a window of its own takes the application's font: projection's is the window's
        self.setFont(window.font())
        self.window_ = window
        settings = QSettings()
        self.view = ComboBox(self)
        self.view.setObjectName("recordView")
        self.view.setToolTip(translate("RecordDialog", "What the video shows"))
        for name in VIEWS:
            self.view.addItem(capture.view_label(name), name)
        self.size_box = ComboBox(self)
        self.size_box.setObjectName("recordSize")
        self.size_box.setToolTip(translate("RecordDialog", "The video's size: the view's own "
                                           "size (sharpest), or a size the view is drawn to "
                                           "fit (centred)"))
        for size in SIZES:
            self.size_box.addItem(_size_label(size), size)
        self._make_fields(default_path)
        self._layout()
        self._restore(settings)
        self.view.currentIndexChanged.connect(self._refresh)
        self.size_box.currentIndexChanged.connect(self._refresh)
        self._refresh()

    def _make_fields(self, default_path: Path | None) -> None:
        pixels = translate("RecordDialog", " px")
        self.width_box = self._spin("recordWidth", MIN_SIDE, MAX_SIDE, 1280, pixels,
                                    translate("RecordDialog", "Width of the video"))
        self.height_box = self._spin("recordHeight", MIN_SIDE, MAX_SIDE, 720, pixels,
                                     translate("RecordDialog", "Height of the video"))
        self.fps = self._spin("recordFps", 1, MAX_FPS, 15, translate("RecordDialog", " frames/s"),
                              translate("RecordDialog", "Frames per second of the video (more: "
                                        "smoother and larger)"))
        self.seconds = self._spin("recordSeconds", 1, MAX_SECONDS, 10,
                                  translate("RecordDialog", " s"),
                                  translate("RecordDialog", "Recording stops after this long (or "
                                            "with Stop Recording)"))
        self.train = QCheckBox(translate("RecordDialog", "Start &training when recording "
                                         "starts"), self)
        self.train.setToolTip(translate("RecordDialog", "Press Play for you as recording starts "
                                        "and pause when it stops; otherwise record while you "
                                        "train, step or edit"))
        self._make_file_fields(default_path)
        self.problem = QLabel(self)
        self.problem.setObjectName("recordProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {colors.current().bad}")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start = self.buttons.addButton(translate("RecordDialog", "&Start Recording"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setDefault(True)
        self.start.setToolTip(translate("RecordDialog", "Close this and record; File > Stop "
                                        "Recording (Ctrl+Shift+V) or the training bar's Stop "
                                        "ends it early"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _make_file_fields(self, default_path: Path | None) -> None:
        self.path = QLineEdit(str(default_path or ""), self)
        self.path.setPlaceholderText(translate("RecordDialog", "Choose\u2026 or type a file name "
                                               "ending in .gif or .mp4"))
        self.path.setObjectName("recordPath")
        self.path.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 40))
        self.path.setToolTip(translate("RecordDialog", "The file to write: .gif for an animated "
                                       "GIF, .mp4 or .webm for a video"))
        self.choose = QPushButton(translate("RecordDialog", "&Choose\u2026"), self)
        self.choose.setToolTip(translate("RecordDialog", "Choose the file to save the recording "
                                         "in"))
        self.choose.clicked.connect(self.choose_file)

    def _spin(self, name, low, high, value, suffix, tip) -> SpinBox:
        box = SpinBox(self)
        box.setObjectName(name)
        box.setRange(low, high)
        box.setValue(value)
        box.setSuffix(suffix)
        box.setToolTip(tip)
        return box

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("RecordDialog", "&View"), self.view)
        form.addRow(translate("RecordDialog", "Si&ze"), self.size_box)
        custom = QHBoxLayout()
        custom.addWidget(self.width_box)
        custom.addWidget(QLabel("\u00d7", self))
        custom.addWidget(self.height_box)
        custom.addStretch(1)
        form.addRow("", custom)
        form.addRow(translate("RecordDialog", "Frame &rate"), self.fps)
        form.addRow(translate("RecordDialog", "Stop &after"), self.seconds)
        form.addRow("", self.train)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        form.addRow(translate("RecordDialog", "&File"), file_row)
        form.labelForField(file_row).setBuddy(self.path)
        hint = QLabel(translate("RecordDialog", "The file name's ending chooses the format: "
                                ".gif (slides, web pages), .mp4 (presentations, video players) "
                                "or .webm."), self)
        hint.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(hint)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)

    def _restore(self, settings: QSettings) -> None:
        index = self.view.findData(settings.value(KEY + "view", "window"))
        self.view.setCurrentIndex(max(0, index))
        if capture.view_widget(self.window_, self.current_view()) is None:
            self.view.setCurrentIndex(0)
        self.size_box.setCurrentIndex(int(settings.value(KEY + "size_index", 0)))
        for box, name in ((self.width_box, "width"), (self.height_box, "height"),
                          (self.fps, "fps"), (self.seconds, "seconds")):
            box.setValue(int(settings.value(KEY + name, box.value())))
        self.train.setChecked(settings.value(KEY + "train", "true") in (True, "true"))

    def _remember(self) -> None:
        settings = QSettings()
        settings.setValue(KEY + "view", self.current_view())
        settings.setValue(KEY + "size_index", self.size_box.currentIndex())
        for box, name in ((self.width_box, "width"), (self.height_box, "height"),
                          (self.fps, "fps"), (self.seconds, "seconds")):
            settings.setValue(KEY + name, box.value())
        settings.setValue(KEY + "train", self.train.isChecked())
        settings.setValue(KEY + "suffix", Path(self.path.text()).suffix.lower())

    def current_view(self) -> str:
        return self.view.currentData()

    def _refresh(self, *_) -> None:
        """The stage entry only when there is a stage; the view's size in its entry; the
        width and height boxes only for "Other size"."""
        stage = self.view.findData("stage")
        item = self.view.model().item(stage)
        has_stage = capture.stage_widget(self.window_) is not None
        item.setEnabled(has_stage)
        item.setToolTip("" if has_stage else translate("RecordDialog", "Only in projection mode "
                                                       "(F5) or the presenter view"))
        widget = capture.view_widget(self.window_, self.current_view())
        self.size_box.setItemText(0, _size_label(None, widget))
        custom = self.size_box.currentData() == "custom"
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)

    def choose_file(self) -> bool:
        """Ask for the file (``gui.files``); False when cancelled."""
        text = self.path.text().strip()
        current = Path(text) if text else Path(files.last_folder()) / "training.gif"
        name = files.ask_save_file(self, translate("RecordDialog", "Save the recording as"),
                                   str(current), save_filter())
        if not name:
            return False
        path = Path(name)
        if format_of(path) is None:
            path = path.with_name(path.name + (current.suffix or ".gif"))
        self.path.setText(str(path))
        return True

    def chosen_size(self) -> tuple[int, int] | None:
        data = self.size_box.currentData()
        if data == "custom":
            return self.width_box.value(), self.height_box.value()
        return tuple(data) if data else None

    def plan(self) -> Plan:
        return Plan(self.current_view(), self.chosen_size(), self.fps.value(),
                    self.seconds.value(), self.train.isChecked(),
                    Path(self.path.text().strip()).expanduser())

    def accept(self) -> None:
        """Start only with a view that can be recorded and a file that can be written."""
        if not self.path.text().strip() and not self.choose_file():
            return
        plan = self.plan()
        problem = capture.view_problem(self.window_, plan.view) if plan.view in (
            "stage", "window", "network") else None
        try:
            check_target(plan.path)
        except VideoError as e:
            problem = str(e)
        if problem:
            self.problem.setText(problem[0].upper() + problem[1:])
            self.problem.show()
            return
        self._remember()
        super().accept()


def _size_label(size, widget=None) -> str:
    """The size box's entry for ``size`` (None: the view's own, with ``widget``'s size when
    known; "custom": another size)."""
    if size == "custom":
        return translate("RecordDialog", "Other size")
    if size is None:
        if widget is None:
            return translate("RecordDialog", "Size of the view")
        size = (widget.width(), widget.height())
        return translate("RecordDialog", "Size of the view ({width} \u00d7 {height})").format(
            width=size[0], height=size[1])
    return translate("RecordDialog", "{width} \u00d7 {height}").format(width=size[0],
                                                                      height=size[1])
