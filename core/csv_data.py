"""CSV data: a user's CSV file read into a Dataset, and the bundled digits (a gzip CSV).

Rules for user files (the import dialog can show them):

- The first non-blank row is the header: one unique, non-empty name per column. Blank lines
  are skipped. The file is read as UTF-8 (a byte-order mark is allowed).
- ``target`` defaults to the last column; ``features`` default to every other column.
- Separators: "," or, when the header has no comma, ";" or a tab. Feature cells must be
  finite numbers; in ";"- or tab-separated files (European Excel) 1,5 means 1.5.
- Target: if any cell is not a number, the cells are class names: classification, with
  ``class_names`` sorted alphabetically. If every cell is a number, it is regression, unless
  ``problem="classification"`` is asked for or (automatic choice) every value is a whole
  number and there are at most ``AUTO_CLASS_LIMIT`` distinct values, e.g. 0/1 labels; then
  the classes are the distinct values in increasing order. ``problem`` overrides the choice.
- Limits: ``MAX_ROWS`` data rows, ``MAX_COLUMNS`` columns, ``MAX_BYTES`` bytes, at least 2
  data rows, 2 to ``MAX_CLASSES`` classes.
- Row numbers in messages count lines as a text editor or spreadsheet does (header = row 1).
"""

from __future__ import annotations

import csv
import functools
import gzip
import math
import re
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from core.dataset import MAX_SAMPLES, Dataset, DatasetError
from core.i18n import number, translate

MAX_ROWS = MAX_SAMPLES
MAX_COLUMNS = 1000
MAX_BYTES = 256 * 1024 * 1024  # checked before reading, so a huge file cannot exhaust memory
MAX_CLASSES = 100
AUTO_CLASS_LIMIT = 10

DIGITS_PATH = Path(__file__).resolve().parent.parent / "resources" / "datasets" / "digits.csv.gz"
DIGITS_SHAPE = (1797, 64)


def csv_columns(path) -> list[str]:
    """The header names of the CSV file at ``path``, in file order."""
    with _reader(path) as reader:
        return _read_header(reader, Path(path).name)


def load_csv(
    path,
    features: Sequence[str] | None = None,
    target: str | None = None,
    problem: str | None = None,
) -> Dataset:
    """Load ``path`` as a Dataset: X (n_rows, len(features)) float64, y (n_rows,).

    features / target are header names (defaults: all but the target / the last column);
    problem is None (decide from the target, see the module rules), "classification" or
    "regression". Raises DatasetError saying what is wrong and where.
    """
    if problem not in (None, "classification", "regression"):
        raise DatasetError(
            f"problem must be 'classification', 'regression' or None; got {problem!r}"
        )
    name = Path(path).name
    with _reader(path) as reader:
        header = _read_header(reader, name)
        feat_idx, target_idx = _choose_columns(header, features, target)
        values, targets, lines = _read_rows(reader, name, header, feat_idx, target_idx)
    X = np.frombuffer(values, dtype=np.float64).reshape(len(targets), len(feat_idx)).copy()
    y, problem, class_names = _encode_target(targets, lines, header[target_idx], problem, name)
    return Dataset(X, y, tuple(header[i] for i in feat_idx), problem, class_names, Path(path).stem)


@contextmanager
def _reader(path) -> Iterator:
    """Open ``path`` for csv reading; turn file, encoding and csv errors into DatasetError."""
    p = Path(path)
    if not p.exists():
        raise DatasetError(translate("CsvData", "file not found: {path}").format(path=p))
    if p.is_dir():
        raise DatasetError(translate("CsvData", "{path} is a folder; choose a .csv file"
                                     ).format(path=p))
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise DatasetError(translate("CsvData", "{file} is {size} MB; the limit is {limit} MB"
                                     ).format(file=p.name, size=number(size / 2**20, ".0f"),
                                              limit=MAX_BYTES // 2**20))
    reader = None
    try:
        with open(p, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f, delimiter=delimiter(f.readline()))
            f.seek(0)
            if f.read(1) != "\ufeff":    # utf-8-sig drops a BOM only on the first read
                f.seek(0)
            yield reader
    except OSError as exc:
        raise DatasetError(translate("CsvData", "cannot read {path}: {reason}").format(
            path=p, reason=exc.strerror or exc)) from exc
    except UnicodeDecodeError as exc:
        raise DatasetError(translate("CsvData", "{file} is not UTF-8 text; save it as "
                                     "'CSV UTF-8' and try again").format(file=p.name)) from exc
    except csv.Error as exc:
        row = reader.line_num if reader is not None else 0
        # the problem is Python's csv module's own (English) sentence
        raise DatasetError(translate("CsvData", "{file}: row {row}: {problem}").format(
            file=p.name, row=row, problem=exc)) from exc


def delimiter(header: str) -> str:
    """',' unless the header line has none but has ';' (Excel in many European locales
    writes that, with decimal commas) or tabs."""
    if "," in header:
        return ","
    if ";" in header:
        return ";"
    return "\t" if "\t" in header else ","


def _is_blank(row: list[str]) -> bool:
    return all(not cell.strip() for cell in row)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _read_header(reader, name: str) -> list[str]:
    """Return the stripped column names of the first non-blank row; DatasetError if unusable."""
    for row in reader:
        if not _is_blank(row):
            header = [cell.strip() for cell in row]
            break
    else:
        raise DatasetError(translate("CsvData", "{file} is empty; it needs a header row of "
                                     "column names and data rows").format(file=name))
    if len(header) > MAX_COLUMNS:
        raise DatasetError(translate("CsvData", "{file} has {count} columns; the limit is "
                                     "{limit}").format(file=name, count=len(header),
                                                       limit=MAX_COLUMNS))
    if all(_is_number(cell) for cell in header):
        raise DatasetError(translate("CsvData", "{file} has no header row: the first row holds "
                                     "numbers ({cells}...); add a first row naming each "
                                     "column, e.g. 'x1,x2,label'").format(
            file=name, cells=", ".join(header[:4])))
    for i, col in enumerate(header):
        if not col:
            raise DatasetError(translate("CsvData", "{file}: column {number} has no name in "
                                         "the header row").format(file=name, number=i + 1))
        if col in header[:i]:
            raise DatasetError(translate("CsvData", "{file}: the column name '{name}' appears "
                                         "twice in the header row").format(file=name, name=col))
        if _has_markup(col):
            raise DatasetError(translate("CsvData", "{file}: column {number}'s name '{name}' "
                                         "contains < or >; names cannot (rename it)").format(
                file=name, number=i + 1, name=col[:40]))
    return header


def _has_markup(text: str) -> bool:
    """Names end up in the app's labels, where "<img src=...>" would be read as markup."""
    return "<" in text or ">" in text


def _choose_columns(
    header: list[str], features: Sequence[str] | None, target: str | None
) -> tuple[list[int], int]:
    """Indices of the feature columns and of the target column in ``header``."""

    def index(col: str) -> int:
        if col not in header:
            raise DatasetError(translate("CsvData", "unknown column '{name}'; the file's "
                                         "columns are: {columns}").format(
                name=col, columns=", ".join(header)))
        return header.index(col)

    t = index(target) if target is not None else len(header) - 1
    if features is None:
        f = [i for i in range(len(header)) if i != t]
    else:
        if isinstance(features, str):
            raise DatasetError("features must be a list of column names, not one string")
        f = [index(col) for col in features]
        if len(set(f)) != len(f):
            raise DatasetError(translate("CsvData", "a feature column is listed twice; list "
                                         "each column once"))
        if t in f:
            raise DatasetError(translate("CsvData", "column '{name}' is the target, so it "
                                         "cannot also be a feature").format(name=header[t]))
    if not f:
        raise DatasetError(translate("CsvData", "no feature columns: the file needs at least "
                                     "one column besides '{name}'").format(name=header[t]))
    return f, t


def _read_rows(
    reader, name: str, header: list[str], feat_idx: list[int], target_idx: int
) -> tuple[array, list[str], list[int]]:
    """Read the data rows: feature values (flat, row-major), target cells, row numbers."""
    values = array("d")  # compact: 8 bytes a value instead of a Python float object
    # ';' or tab separated: Excel in many European locales, which writes 1,5 for 1.5
    comma = reader.dialect.delimiter != ","
    targets: list[str] = []
    lines: list[int] = []
    for row in reader:
        if _is_blank(row):
            continue
        line = reader.line_num
        if len(row) != len(header):
            _wrong_length(name, line, len(row), len(header))
        if len(targets) == MAX_ROWS:
            raise DatasetError(translate("CsvData", "{file} has more than {limit} data rows; use "
                                         "a smaller sample").format(file=name, limit=MAX_ROWS))
        values.extend(_number(row[i], line, header[i], name, comma) for i in feat_idx)
        cell = row[target_idx].strip()
        if comma and _DECIMAL_COMMA.fullmatch(cell):
            cell = cell.replace(",", ".")
        if not cell:
            raise DatasetError(translate("CsvData", "{file}: row {row}, target column '{name}' "
                                         "is empty").format(file=name, row=line,
                                                            name=header[target_idx]))
        targets.append(cell)
        lines.append(line)
    if len(targets) < 2:
        n = len(targets)        # a plain name: lupdate drops a call whose count is not one
        raise DatasetError(translate("CsvData", "{file} has %n data row(s); at least 2 are "
                                     "needed", None, n).format(file=name))
    return values, targets, lines


def _wrong_length(name: str, line: int, n: int, columns: int) -> None:
    """DatasetError: row ``line`` has ``n`` cells where the header has ``columns``."""
    raise DatasetError(translate("CsvData", "{file}: row {row} has %n values but the header "
                                 "has {columns} columns", None, n).format(
        file=name, row=line, columns=columns))


_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+(?:[eE][+-]?\d+)?")


def _number(cell: str, line: int, col: str, name: str, decimal_comma: bool = False) -> float:
    """One feature cell as a float; with ``decimal_comma``, 1,5 reads as 1.5 too (never
    in comma-separated files, where "1,500" in quotes may be a thousands separator)."""
    text = cell.strip()
    if decimal_comma and _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise DatasetError(translate("CsvData", "{file}: row {row}, column '{name}': '{text}' "
                                     "is not a number").format(file=name, row=line, name=col,
                                                               text=text))
    return value


def _encode_target(
    targets: list[str], lines: list[int], col: str, problem: str | None, name: str
) -> tuple[np.ndarray, str, tuple[str, ...]]:
    """Target cells -> (y (n,), problem, class_names), following the module rules."""
    first_text = next((i for i, t in enumerate(targets) if not _is_finite_number(t)), None)
    if first_text is not None:
        if problem == "regression":
            raise DatasetError(translate("CsvData", "{file}: regression needs numbers in "
                                         "target column '{name}', but row {row} has '{text}'"
                                         ).format(file=name, name=col, row=lines[first_text],
                                                  text=targets[first_text]))
        names = sorted(set(targets))
        _check_class_count(len(names), col, name)
        marked = next(filter(_has_markup, names), None)
        if marked is not None:
            raise DatasetError(translate("CsvData", "{file}: a class in column '{name}' "
                                         "'{text}' contains < or >; names cannot (rename it)"
                                         ).format(file=name, name=col, text=marked[:40]))
        lookup = {n: i for i, n in enumerate(names)}
        return (
            np.array([lookup[t] for t in targets], dtype=np.int64),
            "classification",
            tuple(names),
        )
    values = np.array([float(t) for t in targets])
    distinct = np.unique(values)
    whole = bool(np.all(distinct == np.round(distinct)))
    if problem == "regression" or (
        problem is None and not (whole and len(distinct) <= AUTO_CLASS_LIMIT)
    ):
        return values, "regression", ()
    _check_class_count(len(distinct), col, name)
    names = tuple(str(int(v)) if float(v).is_integer() else repr(float(v)) for v in distinct)
    return np.searchsorted(distinct, values).astype(np.int64), "classification", names


def _is_finite_number(text: str) -> bool:
    return _is_number(text) and math.isfinite(float(text))


def _check_class_count(count: int, col: str, name: str) -> None:
    if count < 2:
        raise DatasetError(translate("CsvData", "{file}: target column '{name}' has only one "
                                     "value; classification needs 2 or more classes").format(
            file=name, name=col))
    if count > MAX_CLASSES:
        raise DatasetError(translate("CsvData", "{file}: target column '{name}' has {count} "
                                     "different values; at most {limit} classes are supported. "
                                     "Choose another target column, or problem='regression' "
                                     "for numbers").format(file=name, name=col, count=count,
                                                           limit=MAX_CLASSES))


@functools.lru_cache(maxsize=1)
def bundled_digits() -> tuple[np.ndarray, np.ndarray]:
    """The bundled digits, read once: X (1797, 64) float64 in 0..16, y (1797,) int64 in 0..9.

    The cache shares these arrays, so they are read-only; copy before changing them.
    """
    try:
        with gzip.open(DIGITS_PATH, "rt", encoding="ascii") as f:
            table = np.loadtxt(f, delimiter=",", skiprows=1, dtype=np.int64, ndmin=2)
    except (OSError, ValueError) as exc:
        raise DatasetError(translate("CsvData", "cannot read the bundled digits ({path}): "
                                     "{reason}").format(path=DIGITS_PATH, reason=exc)) from exc
    X, y = table[:, :-1].astype(np.float64), table[:, -1]
    if X.shape != DIGITS_SHAPE or X.min() < 0 or X.max() > 16 or set(y.tolist()) != set(range(10)):
        raise DatasetError(translate("CsvData", "the bundled digits file {path} is damaged; "
                                     "reinstall the app").format(path=DIGITS_PATH))
    X.flags.writeable = False
    y.flags.writeable = False
    return X, y
