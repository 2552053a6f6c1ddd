"""The training settings panel: which data, and how to train on it.

It never edits the document itself: a setting is a ``SettingCommand`` (consecutive changes
of one key merge into one undo step), a new data set is one ``DataCommand`` that also fits
the network's inputs, output layer and loss to it. Every value is checked before a command
is pushed (with core's own rules and messages); a bad one is explained under its field and
the document keeps its last good value. Everything on screen is redrawn from the
document's signals, so undo, redo and File > Open show up here the same way.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QWidget

from core import activations as act
from core import datasets, experiment, losses
from core.datasets import Dataset, DatasetError
from core.losses import LossError
from core.netfile_data import check_data
from core.netfile_validate import NetFileError, settings
from core.network import NetworkError
from core.training import TrainingError
from gui.commands import DataCommand, SettingCommand
from gui.csv_import import CsvImportDialog
from gui.i18n import translate
from gui.inspector.common import readable_font, scrolling_panel, wrapped_label
from gui.inspector.network import shape_text
from gui.settings import fit
from gui.settings.data_section import DataSection
from gui.settings.fields import ErrorLabel, number_text, problem_colour, set_text_colour
from gui.settings.training_section import TrainingSection


@dataclass
class Field:
    """A typed setting: where it lives, its label, its widget and message line, and how
    its text becomes a value (ValueError with a student's message when it cannot)."""

    section: str
    key: str
    label: str
    widget: object
    error: ErrorLabel
    parse: Callable[[str], object]


def align_labels(forms) -> None:
    """One label column for several forms, so the sections line up."""
    labels = [item.widget() for form in forms for row in range(form.rowCount())
              if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None]
    for label in labels:
        label.setMinimumWidth(0)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def undo_text(section: str, key: str) -> str:
    """The undo step's name for a change of setting ``section.key``."""
    texts = {
        ("data", "samples"): translate("SettingsPanel", "Set samples"),
        ("data", "seed"): translate("SettingsPanel", "Set data seed"),
        ("data", "noise"): translate("SettingsPanel", "Set noise"),
        ("data", "normalize"): translate("SettingsPanel", "Set normalize inputs"),
        ("training", "batch_size"): translate("SettingsPanel", "Set batch size"),
        ("training", "learning_rate"): translate("SettingsPanel", "Set learning rate"),
        ("training", "momentum"): translate("SettingsPanel", "Set momentum"),
        ("training", "regularization_rate"): translate("SettingsPanel",
                                                       "Set regularization rate"),
        ("training", "seed"): translate("SettingsPanel", "Set training seed"),
        ("training", "train_fraction"): translate("SettingsPanel", "Set train share"),
        ("training", "optimizer"): translate("SettingsPanel", "Set optimizer"),
        ("training", "regularization"): translate("SettingsPanel", "Set regularization"),
    }
    return texts.get((section, key)) or translate("SettingsPanel", "Set {setting}").format(
        setting=key)


def problem_texts(problem: str) -> tuple[str, str]:
    """(undo step, refusal with {error}) for choosing problem type ``problem``."""
    if problem == "regression":
        return (translate("SettingsPanel", "Set problem type to regression"),
                translate("SettingsPanel", "Regression does not fit this data: {error}"))
    return (translate("SettingsPanel", "Set problem type to classification"),
            translate("SettingsPanel", "Classification does not fit this data: {error}"))


class SettingsPanel(QWidget):
    """``SettingsPanel(document, undo_stack)``: a QWidget for a dock. ``statusMessage``
    says what a data change did to the network (for the status bar)."""

    statusMessage = Signal(str)

    def __init__(self, document, undo_stack, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsPanel")
        self.setMinimumWidth(300)
        self.document, self.undo_stack = document, undo_stack
        self.fields: dict[tuple[str, str], Field] = {}
        self.csv_dialog: CsvImportDialog | None = None
        self._message_index: int | None = None
        self.message = wrapped_label(name="settingsMessage")
        self.message.setContentsMargins(6, 4, 6, 4)
        self.message.setToolTip(translate("SettingsPanel", "What the last data change did, or "
                                          "why it was refused."))
        self.message.hide()
        self.data = DataSection(self)
        self.training = TrainingSection(self)
        self._build()
        document.settingsChanged.connect(self.refresh)
        document.structureChanged.connect(self.refresh)
        document.replaced.connect(self._replaced)
        undo_stack.indexChanged.connect(self._stack_moved)
        self._apply_fonts()      # and refresh

    def _build(self) -> None:
        self.content, _scroll, self.body = scrolling_panel(self, self.message,
                                                           (self.data, self.training))

    def add_field(self, section: str, key: str, label: str, widget, error: ErrorLabel,
                  parse) -> None:
        self.fields[(section, key)] = Field(section, key, label, widget, error, parse)
        widget.committed.connect(lambda text: self.commit_text(section, key, text))

    def field(self, key: str, section: str = "training"):
        return self.fields[(section, key)].widget

    # -- redrawing from the document -------------------------------------------------------
    def refresh(self) -> None:
        self.data.refresh()
        self.training.refresh()
        # A new text can wrap to more lines at the same width. Told now, the scroll area's
        # layout gets it right in one pass of the event loop; otherwise it took two, and a
        # picture taken in between had the description's last line cut off.
        self.content.layout().invalidate()

    def _replaced(self) -> None:
        for f in self.fields.values():
            f.error.clear_problem()
            f.widget.show_value("", force=True)      # forget any half-typed text
        self.data.errors["problem"].clear_problem()
        self.clear_message()
        self.refresh()

    # -- typed settings --------------------------------------------------------------------
    def commit_text(self, section: str, key: str, text: str) -> bool:
        """What Enter does in a field: parse, check, push. False (and a message under the
        field) when the text is not a good value."""
        f = self.fields[(section, key)]
        try:
            value = f.parse(text)
        except ValueError as e:
            return self._refuse(f, str(e))
        return self.commit_value(section, key, value)

    def commit_value(self, section: str, key: str, value) -> bool:
        """Check ``value`` with core's rules and push a SettingCommand when it changes."""
        f = self.fields.get((section, key))
        problem = self.check_setting(section, key, value)
        if problem is not None:
            return self._refuse(f, problem) if f else False
        if f is not None:
            f.error.clear_problem()
        if value == self.document.setting(section, key):
            self.refresh()
            return True
        self.undo_stack.push(SettingCommand(self.document, section, key, value,
                                            undo_text(section, key)))
        return True

    def check_setting(self, section: str, key: str, value) -> str | None:
        """Core's complaint about ``key = value`` (without the field's name), or None."""
        doc = self.document.doc
        try:
            if section == "training":
                settings({**doc.training, key: value}).check()
            elif section == "data":
                check_data({**doc.data, key: value}, list(self.document.network.input_names))
        except TrainingError as e:
            name, _, problem = str(e).partition(": ")
            return problem if name == key else None
        except NetFileError as e:
            return e.problem if e.field == f"{section}.{key}" else None
        return None

    def _refuse(self, f: Field, problem: str) -> bool:
        old = self.document.setting(f.section, f.key)
        problem = problem.strip()
        problem = problem if problem.endswith(".") else problem + "."    # core's have none
        f.error.show_problem(translate("SettingsPanel", "{field}: {problem} It stays {value}."
                                       ).format(field=f.label, problem=problem,
                                                value=number_text(old)))
        if not f.widget.hasFocus():           # left the field: show the value in use
            f.widget.show_value(number_text(old), force=True)
        return False

    # -- data ------------------------------------------------------------------------------
    def choose_dataset(self, name: str) -> bool:
        """Use built-in set ``name``; the network's inputs and outputs follow (one undo)."""
        data = self.document.doc.data
        if data.get("source") == "builtin" and data.get("name") == name:
            return True
        spec = datasets.BUILTIN[name]
        return self.use_data(fit.builtin_data(name, data), fit.builtin_shape(name),
                             translate("SettingsPanel", "Use data set {name}").format(
                                 name=spec.label))

    def use_data(self, data: dict, shape: fit.DataShape, text: str) -> bool:
        """Push one DataCommand: ``data`` and the network edits that fit ``shape``."""
        net = self.document.network
        steps, loss = fit.fit_steps(net, shape)
        try:
            command = DataCommand(self.document, data, steps, loss, text)
        except (NetworkError, LossError) as e:
            self.show_message(f"\u26a0 {e}", error=True)
            return False
        self.undo_stack.push(command)
        net = self.document.network
        outputs = net.activations(-1)
        kind = act.get(outputs[0]).label if len(set(outputs)) == 1 else \
            translate("SettingsPanel", "mixed")
        now = translate("SettingsPanel", "{shape} ({activation}, {loss})").format(
            shape=shape_text(net), activation=kind, loss=losses.label(net.loss))
        if steps or loss:
            self.show_message(translate("SettingsPanel", "{change}: the network changed to fit "
                                        "it: {network}.").format(change=text, network=now))
            self._message_index = self.undo_stack.index()
            status = translate("SettingsPanel", "{change}: the network now has {network}.")
        else:
            self.clear_message()
            status = translate("SettingsPanel", "{change}: the network fits as it is: "
                               "{network}.")
        self.statusMessage.emit(status.format(change=text, network=now))
        return True

    def open_csv_dialog(self) -> CsvImportDialog:
        """Show the CSV import dialog (window-modal, without a nested event loop); on OK
        its data replaces the document's. The current CSV file and columns are preset."""
        if self.csv_dialog is not None:
            self.csv_dialog.raise_()
            return self.csv_dialog
        data, base = self.document.doc.data, self._base_dir()
        path = None
        if data.get("source") == "csv":
            path = data["path"] if base is None else os.path.join(base, data["path"])
        dialog = CsvImportDialog(self, path, base_dir=base)
        if path is not None:
            dialog.set_choice(data.get("features"), data.get("target"), data.get("problem"),
                              bool(data.get("normalize", False)))
        dialog.accepted.connect(self._csv_accepted)
        dialog.finished.connect(self._csv_closed)
        self.csv_dialog = dialog
        dialog.open()
        return dialog

    def _csv_accepted(self) -> None:
        dialog = self.csv_dialog
        if dialog is not None and dialog.dataset is not None:
            name = os.path.basename(dialog.data()["path"])
            self.use_data(dialog.data(), fit.shape_of(dialog.dataset),
                          translate("SettingsPanel", "Use CSV file {name}").format(name=name))

    def _csv_closed(self) -> None:
        dialog, self.csv_dialog = self.csv_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.refresh()

    def set_problem(self, problem: str) -> bool:
        """Classification or regression for CSV or inline data; the outputs follow."""
        data = self.document.data()
        error = self.data.errors["problem"]
        if problem == data.get("problem") or data.get("source") == "builtin":
            return True
        data["problem"] = problem
        try:
            ds = self._load(data)
        except (DatasetError, NetFileError) as e:
            error.show_problem(problem_texts(problem)[1].format(error=e))
            self.refresh()
            return False
        error.clear_problem()
        return self.use_data(data, fit.shape_of(ds), problem_texts(problem)[0])

    def _load(self, data: dict) -> Dataset:
        """The data set of a ``data`` section, as training would load it; NetFileError."""
        return experiment.dataset_of(data, list(self.document.network.input_names),
                                     self._base_dir())

    def _base_dir(self) -> str | None:
        path = self.document.path
        return str(path.parent) if path else None

    # -- messages and looks ----------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        set_text_colour(self.message, problem_colour(self) if error else None)
        self.message.setText(text)
        self.message.show()
        self._message_index = None

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
        self._message_index = None

    def _stack_moved(self, index: int) -> None:
        if self._message_index is not None and index != self._message_index:
            self.clear_message()          # it was about the step that is no longer the last

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        """The inherited font (larger in presentation mode), at least MIN_POINT_SIZE;
        headings bold and larger; thumbnails sized to the text."""
        base = readable_font(self)
        self.body.setFont(base)
        heading = QFont(base)
        heading.setBold(True)
        heading.setPointSizeF(base.pointSizeF() * 1.2)
        for section in (self.data, self.training):
            section.heading.setFont(heading)
        align_labels([*self.data.forms, *self.training.forms])
        side = int(self.data.fontMetrics().height() * 1.6)
        self.data.picker.setIconSize(QSize(side, side))
        self.refresh()
