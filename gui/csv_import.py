"""The CSV import dialog: a file, its feature columns, the target column, the problem type.

``CsvImportDialog(parent, path=None, base_dir=None)``. Every change of the choices loads the
file with ``core.datasets.load_csv``; its message (missing column, a cell that is not a
number, an empty file, ...) is shown in the dialog and OK stays disabled until the choices
load. ``data()`` is then the document's ``data`` section: source "csv", the path relative to
``base_dir`` (the open network file's folder) when the file lies inside it, else absolute.

The dialog never runs a nested event loop of its own: show it with ``open()``; tests call
``set_path``, ``set_choice`` and ``accept`` directly.
"""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core import datasets
from core.csv_data import delimiter
from core.datasets import DatasetError
from gui import colors, files
from gui.i18n import number, translate
from gui.inspector.common import parse_number
from gui.wheel_inputs import ComboBox

PREVIEW_ROWS = 8
AUTO = "auto"
CSV_FILTER = QT_TRANSLATE_NOOP("CsvImport", "CSV files (*.csv *.txt);;All files (*)")


def stored_path(path, base_dir) -> str:
    """``path`` relative to ``base_dir`` (with / separators) when inside it, else absolute."""
    p = Path(path).resolve()
    if base_dir is not None:
        try:
            return p.relative_to(Path(base_dir).resolve()).as_posix()
        except ValueError:
            pass
    return str(p)


def preview_rows(path, count: int = PREVIEW_ROWS) -> list[tuple[int, list[str]]]:
    """The first ``count`` non-blank data rows (the header skipped) with their row numbers
    as core's messages count them (header = row 1); best effort, [] if unreadable."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as f:
            # the separator core will read it with (';' with decimal commas, Excel's)
            separator = delimiter(f.readline())
            f.seek(0)
            reader = csv.reader(f, delimiter=separator)
            rows = ((reader.line_num, r) for r in reader if any(c.strip() for c in r))
            return [(n, [c.strip() for c in r])
                    for n, r in itertools.islice(rows, 1, count + 1)]
    except (OSError, csv.Error):
        return []


class CsvImportDialog(QDialog):
    def __init__(self, parent=None, path=None, base_dir=None):
        super().__init__(parent)
        self.setObjectName("csvImport")
        self.setWindowTitle(translate("CsvImport", "Import CSV data"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.base_dir = base_dir
        self.path: Path | None = None
        self.header: list[str] = []
        self.dataset: datasets.Dataset | None = None
        self._loading = False
        self._make_widgets()
        self._build()
        self.resize(640, 560)
        if path is not None:
            self.set_path(path)
        else:
            self._show_status(translate("CsvImport", "Choose a CSV file with a header row of "
                                        "column names."), True)

    def _make_widgets(self) -> None:
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("csvPath")
        self.path_edit.setPlaceholderText(translate("CsvImport", "path/to/data.csv"))
        self.path_edit.setToolTip(translate("CsvImport", "The CSV file: a header row naming the "
                                            "columns, then one row per sample. Type a path and "
                                            "press Enter, or browse."))
        self.path_edit.editingFinished.connect(self._path_typed)
        self.browse = QPushButton(translate("CsvImport", "&Browse\u2026"))
        self.browse.setToolTip(translate("CsvImport", "Choose the CSV file on disk."))
        self.browse.clicked.connect(self.choose_file)
        self.features = QListWidget()
        self.features.setObjectName("csvFeatures")
        self.features.setToolTip(translate("CsvImport", "Tick the columns the network gets as "
                                           "inputs (numbers only)."))
        self.features.itemChanged.connect(self._choices_changed)
        self.target = ComboBox()
        self.target.setObjectName("csvTarget")
        self.target.setToolTip(translate("CsvImport", "The column the network learns to predict."))
        self.target.currentIndexChanged.connect(self._target_changed)
        self.problem = ComboBox()
        self.problem.setObjectName("csvProblem")
        self.problem.setToolTip(translate("CsvImport", "Automatic: names in the target (or a "
                                          "few whole numbers) are classes, other numbers mean "
                                          "regression. Choose to override."))
        for label, key in ((translate("CsvImport", "Automatic"), AUTO),
                           (translate("CsvImport", "Classification"), "classification"),
                           (translate("CsvImport", "Regression"), "regression")):
            self.problem.addItem(label, key)
        self.problem.currentIndexChanged.connect(self._choices_changed)
        self.normalize = QCheckBox(translate("CsvImport", "&Normalize inputs"))
        self.normalize.setObjectName("csvNormalize")
        self.normalize.setChecked(True)
        self.normalize.setToolTip(translate("CsvImport", "Shift and scale every input to mean "
                                            "0 and standard deviation 1; needed when columns "
                                            "hold large numbers."))
        self.table = QTableWidget()
        self.table.setObjectName("csvPreview")
        self.table.setToolTip(translate("CsvImport", "The first %n rows of the file, numbered "
                                        "as in a spreadsheet (the header is row 1).", None,
                                        PREVIEW_ROWS))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = QLabel()
        self.status.setObjectName("csvStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setToolTip(translate("CsvImport", "What the chosen columns give, or what "
                                         "is wrong with them."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setToolTip(translate("CsvImport", "Use this data; the network's inputs and "
                                     "outputs adapt to it."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(translate("CsvImport", "&File"), file_row)
        form.labelForField(file_row).setBuddy(self.path_edit)
        form.addRow(translate("CsvImport", "&Inputs"), self.features)
        form.addRow(translate("CsvImport", "&Target"), self.target)
        form.addRow(translate("CsvImport", "&Problem"), self.problem)
        form.addRow(self.normalize)
        box = QVBoxLayout(self)
        box.addLayout(form)
        preview = QLabel(translate("CsvImport", "Pre&view"))
        preview.setBuddy(self.table)
        box.addWidget(preview)
        box.addWidget(self.table, 1)
        box.addWidget(self.status)
        box.addWidget(self.buttons)

    # -- choices ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else (self.base_dir or "")
        name = files.ask_open_file(self, translate("CsvImport", "Choose a CSV file"), start,
                                   translate("CsvImport", CSV_FILTER))
        if name:
            self.set_path(name)

    def _path_typed(self) -> None:
        text = self.path_edit.text().strip()
        if text and (self.path is None or Path(text) != self.path):
            self.set_path(text)

    def set_path(self, path) -> bool:
        """Read the header and the first rows of ``path``; tick every column with numbers
        as an input and make the last column the target. False if the file is unusable."""
        path = Path(path)
        if not path.is_absolute() and self.base_dir is not None:
            path = Path(self.base_dir) / path
        self.path, self.dataset = path, None
        self.path_edit.setText(str(path))
        try:
            self.header = datasets.csv_columns(path)
        except DatasetError as e:
            self.header = []
            self._fill([], [])
            return self._show_status(str(e), False)
        rows = preview_rows(path)
        self._fill(rows, [_first_text_cell(rows, i) for i in range(len(self.header))])
        return self.reload()

    def _fill(self, rows: list[tuple[int, list[str]]], text_cells: list) -> None:
        """text_cells[i]: (row number, cell) of column i's first non-number, or None."""
        self._loading = True
        self.features.clear()
        self.target.clear()
        for i, name in enumerate(self.header):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)     # the text may say more
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            text_cell = text_cells[i] if i < len(text_cells) else None
            ticked = text_cell is None and i != len(self.header) - 1
            if text_cell is not None:     # say why it is not ticked
                line, cell = text_cell
                item.setText(translate("CsvImport", "{column}  (text: not an input)").format(
                    column=name))
                item.setToolTip(translate(
                    "CsvImport", "Row {row} has \u201c{cell}\u201d, which is not a number, so "
                                 "{column} cannot be an input; it can be the target").format(
                    row=line, cell=cell, column=name))
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.features.addItem(item)
            self.target.addItem(name)
        self.target.setCurrentIndex(len(self.header) - 1)
        self.table.clear()
        self.table.setColumnCount(len(self.header))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(self.header)
        self.table.setVerticalHeaderLabels([str(n) for n, _ in rows])
        for r, (_, row) in enumerate(rows):
            for c, cell in enumerate(row[:len(self.header)]):
                self.table.setItem(r, c, QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()
        rows_shown = min(max(self.features.count(), 3), 8)
        frame = 2 * self.features.frameWidth()
        self.features.setFixedHeight(rows_shown * self.features.sizeHintForRow(0) + frame + 4
                                     if self.features.count() else 3 * self.fontMetrics()
                                     .height())
        self._loading = False
        self._target_changed()

    def set_choice(self, features=None, target=None, problem=None, normalize=None) -> bool:
        """Set the choices as a user would (None leaves one as it is); then reload."""
        self._loading = True
        if target is not None:
            self.target.setCurrentIndex(self.target.findText(target))
        if features is not None:
            for i in range(self.features.count()):
                item = self.features.item(i)
                ticked = _column(item) in features
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if problem is not None:
            self.problem.setCurrentIndex(self.problem.findData(problem))
        if normalize is not None:
            self.normalize.setChecked(bool(normalize))
        self._loading = False
        self._target_changed()
        return self.dataset is not None

    def chosen_features(self) -> list[str]:
        items = (self.features.item(i) for i in range(self.features.count()))
        return [_column(it) for it in items if it.checkState() == Qt.CheckState.Checked]

    def _target_changed(self, _index: int = -1) -> None:
        """The target cannot also be an input: untick it and lock it in the list."""
        if self._loading:
            return
        self._loading = True
        target = self.target.currentText()
        for i in range(self.features.count()):
            item = self.features.item(i)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
            if _column(item) == target:
                item.setCheckState(Qt.CheckState.Unchecked)
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
        self._loading = False
        self.reload()

    def _choices_changed(self, *_args) -> None:
        if not self._loading:
            self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> bool:
        """Load the file with the current choices; show the result or core's message."""
        self.dataset = None
        if self.path is None or not self.header:
            return self._show_status(translate("CsvImport", "Choose a CSV file with a header "
                                               "row."), False)
        features = self.chosen_features()
        if not features:
            return self._show_status(translate("CsvImport", "Tick at least one input column."),
                                     False)
        problem = self.problem.currentData()
        try:
            ds = datasets.load_csv(self.path, features, self.target.currentText() or None,
                                   None if problem == AUTO else problem)
        except DatasetError as e:
            return self._show_status(str(e), False)
        self.dataset = ds
        if ds.problem == "classification":
            names = ", ".join(ds.class_names[:6]) + (", \u2026" if ds.n_classes > 6 else "")
            classes = ds.n_classes      # a plain name: lupdate drops a call with ds.n_classes
            what = translate("CsvImport", "classification with %n classes ({names})", None,
                             classes).format(names=names)
        else:
            what = translate("CsvImport", "regression (targets {low} to {high})").format(
                low=number(ds.y.min()), high=number(ds.y.max()))
        n_rows, n_inputs = ds.n_samples, ds.n_features
        rows = translate("CsvImport", "%n rows", None, n_rows)
        inputs = translate("CsvImport", "%n inputs", None, n_inputs)
        return self._show_status(translate("CsvImport", "\u2714 {rows}, {inputs}: {what}.")
                                 .format(rows=rows, inputs=inputs, what=what), True)

    def _show_status(self, text: str, ok: bool) -> bool:
        loaded = ok and self.dataset is not None
        scheme = colors.current()
        colour = scheme.good if loaded else ("palette(text)" if ok else scheme.bad)
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.status.setText(text if ok else "\u26a0 " + text)
        self.ok.setEnabled(loaded)
        return loaded

    # -- result ----------------------------------------------------------------------------
    def data(self) -> dict | None:
        """The document's ``data`` section for the current choices, or None."""
        if self.dataset is None:
            return None
        return {"source": "csv", "path": stored_path(self.path, self.base_dir),
                "features": list(self.dataset.feature_names),
                "target": self.target.currentText(), "problem": self.dataset.problem,
                "normalize": self.normalize.isChecked()}

    def accept(self) -> None:
        if self.reload():           # the file may have changed since it was chosen
            super().accept()


def _column(item: QListWidgetItem) -> str:
    return item.data(Qt.ItemDataRole.UserRole)


def _first_text_cell(rows: list[tuple[int, list[str]]], col: int):
    """(row number, cell) of the first cell of column ``col`` that is not a number."""
    for line, row in rows:
        if col < len(row) and parse_number(row[col]) is None:
            return line, row[col].strip()
    return None
