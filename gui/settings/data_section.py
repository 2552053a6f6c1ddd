"""The Data section of the settings panel: the data set picker (thumbnails, "Import CSV…"),
problem type, samples, noise, data seed and "normalize inputs"."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from core import datasets
from core.datasets import MAX_NOISE, PROBLEMS
from gui.i18n import translate
from gui.inspector.checks import data_problem
from gui.inspector.common import Section, form_layout, select_data, wrapped_label
from gui.settings.fields import ErrorLabel, LabelledSlider, SettingField, parse_int, percent
from gui.settings.thumbnails import CSV, thumbnail
from gui.wheel_inputs import ComboBox

IMPORT, CURRENT = "import", "current"     # picker entries that are not built-in sets


def problem_label(name: str) -> str:
    """The problem type ``name`` ("classification", "regression") as the picker shows it."""
    return {"classification": translate("DataSection", "Classification"),
            "regression": translate("DataSection", "Regression")}.get(name, name)


def _describe_csv(data: dict) -> str:
    """Which columns of a CSV file are inputs and target, in one sentence."""
    path, features, target = data.get("path"), data.get("features"), data.get("target")
    if features and target:
        text = translate("DataSection", "CSV file {path}: inputs {features}; target {target}.")
    elif features:
        text = translate("DataSection", "CSV file {path}: inputs {features}; target the last "
                         "column.")
    elif target:
        text = translate("DataSection", "CSV file {path}: inputs every column but the target; "
                         "target {target}.")
    else:
        text = translate("DataSection", "CSV file {path}: inputs every column but the target; "
                         "target the last column.")
    return text.format(path=path, features=", ".join(features or ()), target=target)


class DataSection(Section):
    """Shows and edits ``document.doc.data`` through the panel's commit methods."""

    def __init__(self, panel, parent=None):
        super().__init__(translate("DataSection", "Data"), "dataSection", parent)
        self.panel = panel
        self.picker = ComboBox()
        self.picker.setObjectName("dataSet")
        self.picker.setToolTip(translate("DataSection", "The data the network learns from: a "
                                         "built-in set (hover for a description) or your own "
                                         "CSV file."))
        self.picker.activated.connect(self._picked)
        self.preview = QLabel()
        self.preview.setObjectName("dataPreview")
        self.preview.setToolTip(translate("DataSection", "A sample of the chosen data: orange "
                                          "is class 0, blue class 1; for regression the colour "
                                          "shows the target value."))
        self.description = wrapped_label(name="dataDescription")
        self.description.setToolTip(translate("DataSection", "What the chosen data set is."))
        self.columns = QPushButton(translate("DataSection", "&Columns\u2026"))
        self.columns.setObjectName("dataColumns")
        self.columns.setToolTip(translate("DataSection", "Choose again which columns of the CSV "
                                          "file are the inputs and which is the target."))
        self.columns.clicked.connect(panel.open_csv_dialog)
        self.problem = ComboBox()
        self.problem.setObjectName("dataProblem")
        for name in PROBLEMS:
            self.problem.addItem(problem_label(name), name)
        self.problem.setToolTip(translate("DataSection", "Classification predicts a class, "
                                          "regression a number. The output layer and loss "
                                          "follow the choice (one undo step)."))
        self.problem.activated.connect(lambda i: panel.set_problem(self.problem.itemData(i)))
        self.problem_text = wrapped_label(name="dataProblemText")
        self.problem_text.setToolTip(translate("DataSection", "Classification predicts a class, "
                                               "regression a number; a built-in data set "
                                               "decides which."))
        self._make_fields(panel)
        self._build()
        panel.add_field("data", "samples", translate("DataSection", "Samples"), self.samples,
                        self.errors["samples"], lambda t: parse_int(t, 500))
        panel.add_field("data", "seed", translate("DataSection", "Data seed"), self.seed,
                        self.errors["seed"], lambda t: parse_int(t, 7))
        self.noise.moved.connect(lambda v: panel.commit_value("data", "noise", v / 100))

    def _make_fields(self, panel) -> None:
        """Samples, noise, data seed, "normalize inputs", the note and the error lines."""
        self.samples = SettingField(
            "dataSamples", translate("DataSection", "How many points to generate (1 to {most}). "
                                     "Up/Down change it by 50.").format(
                most=datasets.MAX_SAMPLES), step=50)
        self.noise = LabelledSlider(
            "dataNoise", translate("DataSection", "Label noise, as in TensorFlow Playground: 0 % "
                                   "gives clean classes, 50 % blurs the boundary."),
            0, round(MAX_NOISE * 100), 5, percent)
        self.seed = SettingField("dataSeed", translate("DataSection", "The random seed that "
                                                       "generates the points: the same seed "
                                                       "gives the same data set every time."),
                                 step=1)
        self.normalize = QCheckBox(translate("DataSection", "Normali&ze inputs"))
        self.normalize.setObjectName("dataNormalize")
        self.normalize.setToolTip(translate("DataSection", "Shift and scale every input to mean "
                                            "0 and standard deviation 1 (using the training "
                                            "data). Needed when inputs are large, e.g. a "
                                            "temperature of 200 \u00b0C."))
        self.normalize.toggled.connect(lambda on: panel.commit_value("data", "normalize", on))
        self.note = wrapped_label(name="dataNote")
        self.note.setToolTip(translate("DataSection", "Why some fields are switched off for "
                                       "this data."))
        self.errors = {k: ErrorLabel(f"{k}Error") for k in ("samples", "seed", "problem")}

    def _build(self) -> None:
        # wrapped text goes between the forms, not in them, where its height is always right
        self.heading.setText(translate("DataSection", "&Data"))   # the picker's label
        self.heading.setBuddy(self.picker)
        top = QWidget()          # its own widget, so the wrapped text gets its full height
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.description, 1)
        form = form_layout()
        form.addRow(translate("DataSection", "&Problem"), self.problem)
        form.addRow(self.errors["problem"])
        form.addRow(translate("DataSection", "Sa&mples"), self.samples)
        form.addRow(self.errors["samples"])
        form.addRow(translate("DataSection", "No&ise"), self.noise)
        form.addRow(translate("DataSection", "D&ata seed"), self.seed)
        form.addRow(self.errors["seed"])
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.forms = (form,)
        self.form = form
        box = self.box
        box.addWidget(self.picker)
        box.addWidget(top)
        box.addWidget(self.columns, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.problem_text)
        box.addLayout(form)
        box.addWidget(self.normalize)
        box.addWidget(self.note)

    # -- from the document -----------------------------------------------------------------
    def refresh(self) -> None:
        data = self.panel.document.doc.data
        source = data.get("source")
        spec = datasets.builtin_spec(data)
        self._fill_picker(data)
        self.picker.setCurrentIndex(self.picker.findData(
            f"builtin:{data['name']}" if spec else CURRENT))
        self.preview.setPixmap(self._preview_pixmap(data, spec))
        self.description.setText(self._describe(data, spec))
        self.columns.setVisible(source == "csv")
        problem = data_problem(data)
        self.form.setRowVisible(self.problem, spec is None)     # a built-in set decides
        select_data(self.problem, problem.problem,
                    placeholder=translate("DataSection", "choose"))
        self.problem_text.setText(translate("DataSection", "Problem: {problem}").format(
            problem=problem.describe()))
        self._show_builtin_fields(data, spec)

    def _show_builtin_fields(self, data: dict, spec) -> None:
        uses_samples = spec is not None and spec.uses_samples
        uses_noise = spec is not None and spec.uses_noise
        self.samples.setEnabled(uses_samples)
        self.noise.setEnabled(uses_noise)
        self.seed.setEnabled(uses_samples or uses_noise)
        self.samples.show_value(str(data.get("samples", "")) if spec else "")
        self.seed.show_value(str(data.get("seed", "")) if spec else "")
        self.noise.set_value(round(float(data.get("noise", 0.0)) * 100) if spec else 0)
        self.normalize.blockSignals(True)
        self.normalize.setChecked(bool(data.get("normalize", False)))
        self.normalize.blockSignals(False)
        if spec is None:
            note = translate("DataSection", "Samples, noise and data seed are for built-in data "
                             "sets; your own data is used as it is.")
        elif not uses_samples:          # (digits) said by data, not by the description's text
            note = translate("DataSection", "{name} is a fixed collection: samples, noise and "
                             "data seed do not apply.").format(name=spec.label)
        elif not uses_noise:
            note = translate("DataSection", "Noise does not apply to {name}.").format(
                name=spec.label)
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _fill_picker(self, data: dict) -> None:
        """Built-in sets, the file's own data (CSV or inline) when it has some, Import."""
        p = self.picker
        p.blockSignals(True)
        if p.count() == 0:
            for i, name in enumerate(datasets.BUILTIN):
                spec = datasets.BUILTIN[name]
                p.addItem(QIcon(thumbnail(name)), spec.label, f"builtin:{name}")
                p.setItemData(i, spec.description, Qt.ItemDataRole.ToolTipRole)
            p.insertSeparator(p.count())
            p.addItem(QIcon(thumbnail(CSV)), translate("DataSection", "Import CSV\u2026"),
                      IMPORT)
            p.setItemData(p.count() - 1, translate("DataSection", "Use your own data: a CSV "
                                                   "file with a header row."),
                          Qt.ItemDataRole.ToolTipRole)
        current = p.findData(CURRENT)
        if current >= 0:
            p.removeItem(current)
        label = self._current_label(data)
        if label:
            at = p.findData(IMPORT)
            p.insertItem(at, QIcon(thumbnail(CSV)), label, CURRENT)
            p.setItemData(at, translate("DataSection", "The data this network file uses now."),
                          Qt.ItemDataRole.ToolTipRole)
        p.blockSignals(False)

    def scheme_changed(self) -> None:
        """The light or dark scheme changed (gui.theme.restyle): the pictures again."""
        p = self.picker
        for i in range(p.count()):
            kind = p.itemData(i)
            if isinstance(kind, str) and kind.startswith("builtin:"):
                p.setItemIcon(i, QIcon(thumbnail(kind.split(":", 1)[1])))
            elif kind in (IMPORT, CURRENT):
                p.setItemIcon(i, QIcon(thumbnail(CSV)))
        self.refresh()

    @staticmethod
    def _current_label(data: dict) -> str:
        if data.get("source") == "csv":
            return translate("DataSection", "CSV: {name}").format(
                name=os.path.basename(str(data.get("path", ""))))
        if data.get("drawn") is True:
            return translate("DataSection", "Drawn on the Map")
        if data.get("source") == "inline":
            return translate("DataSection", "Data stored in the file")
        return ""

    def _preview_pixmap(self, data: dict, spec):
        side = self.fontMetrics().height() * 4
        pix = thumbnail(data["name"] if spec else CSV)
        return pix.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)

    @staticmethod
    def _describe(data: dict, spec) -> str:
        if spec is not None:
            return spec.description
        if data.get("source") == "csv":
            return _describe_csv(data)
        n = len(data.get("X", []))
        if data.get("drawn") is True:
            return translate("DataSection", "%n points drawn on the Map (Draw data, Ctrl+D), "
                             "stored in the network file.", None, n)
        return translate("DataSection", "%n rows stored in the network file.", None, n)

    # -- from the user ---------------------------------------------------------------------
    def _picked(self, index: int) -> None:
        key = self.picker.itemData(index) or ""
        if key.startswith("builtin:"):
            self.panel.choose_dataset(key.split(":", 1)[1])
        elif key == IMPORT:
            self.panel.open_csv_dialog()
        self.refresh()       # a cancelled import or a refused change shows the data in use
