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
        raise DatasetError(f"file not found: {p}")
    if p.is_dir():
        raise DatasetError(f"{p} is a folder; choose a .csv file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise DatasetError(
            f"{p.name} is {size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB"
        )
    reader = None
    try:
        with open(p, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f, delimiter=delimiter(f.readline()))
            f.seek(0)
            if f.read(1) != "\ufeff":    # utf-8-sig drops a BOM only on the first read
                f.seek(0)
            yield reader
    except OSError as exc:
        raise DatasetError(f"cannot read {p}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DatasetError(
            f"{p.name} is not UTF-8 text; save it as 'CSV UTF-8' and try again"
        ) from exc
    except csv.Error as exc:
        row = reader.line_num if reader is not None else 0
        raise DatasetError(f"{p.name}: row {row}: {exc}") from exc


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
        raise DatasetError(f"{name} is empty; it needs a header row of column names and data rows")
    if len(header) > MAX_COLUMNS:
        raise DatasetError(f"{name} has {len(header)} columns; the limit is {MAX_COLUMNS}")
    if all(_is_number(cell) for cell in header):
        raise DatasetError(
            f"{name} has no header row: the first row holds numbers ({', '.join(header[:4])}...); "
            "add a first row naming each column, e.g. 'x1,x2,label'"
        )
    for i, col in enumerate(header):
        if not col:
            raise DatasetError(f"{name}: column {i + 1} has no name in the header row")
        if col in header[:i]:
            raise DatasetError(f"{name}: the column name '{col}' appears twice in the header row")
        _check_no_markup(col, f"{name}: column {i + 1}'s name")
    return header


def _check_no_markup(text: str, where: str) -> None:
    """Names end up in the app's labels, where "<img src=...>" would be read as markup."""
    if "<" in text or ">" in text:
        raise DatasetError(f"{where} '{text[:40]}' contains < or >; names cannot (rename it)")


def _choose_columns(
    header: list[str], features: Sequence[str] | None, target: str | None
) -> tuple[list[int], int]:
    """Indices of the feature columns and of the target column in ``header``."""

    def index(col: str) -> int:
        if col not in header:
            raise DatasetError(
                f"unknown column '{col}'; the file's columns are: {', '.join(header)}"
            )
        return header.index(col)

    t = index(target) if target is not None else len(header) - 1
    if features is None:
        f = [i for i in range(len(header)) if i != t]
    else:
        if isinstance(features, str):
            raise DatasetError("features must be a list of column names, not one string")
        f = [index(col) for col in features]
        if len(set(f)) != len(f):
            raise DatasetError("a feature column is listed twice; list each column once")
        if t in f:
            raise DatasetError(
                f"column '{header[t]}' is the target, so it cannot also be a feature"
            )
    if not f:
        raise DatasetError(
            f"no feature columns: the file needs at least one column besides '{header[t]}'"
        )
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
            raise DatasetError(
                f"{name}: row {line} has {len(row)} values but the header has {len(header)} columns"
            )
        if len(targets) == MAX_ROWS:
            raise DatasetError(f"{name} has more than {MAX_ROWS} data rows; use a smaller sample")
        values.extend(_number(row[i], line, header[i], name, comma) for i in feat_idx)
        cell = row[target_idx].strip()
        if comma and _DECIMAL_COMMA.fullmatch(cell):
            cell = cell.replace(",", ".")
        if not cell:
            raise DatasetError(f"{name}: row {line}, target column '{header[target_idx]}' is empty")
        targets.append(cell)
        lines.append(line)
    if len(targets) < 2:
        raise DatasetError(f"{name} has {len(targets)} data row(s); at least 2 are needed")
    return values, targets, lines


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
        raise DatasetError(f"{name}: row {line}, column '{col}': '{text}' is not a number")
    return value


def _encode_target(
    targets: list[str], lines: list[int], col: str, problem: str | None, name: str
) -> tuple[np.ndarray, str, tuple[str, ...]]:
    """Target cells -> (y (n,), problem, class_names), following the module rules."""
    first_text = next((i for i, t in enumerate(targets) if not _is_finite_number(t)), None)
    if first_text is not None:
        if problem == "regression":
            raise DatasetError(
                f"{name}: regression needs numbers in target column '{col}', but row "
                f"{lines[first_text]} has '{targets[first_text]}'"
            )
        names = sorted(set(targets))
        _check_class_count(len(names), col, name)
        for class_name in names:
            _check_no_markup(class_name, f"{name}: a class in column '{col}'")
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
        raise DatasetError(
            f"{name}: target column '{col}' has only one value; "
            "classification needs 2 or more classes"
        )
    if count > MAX_CLASSES:
        raise DatasetError(
            f"{name}: target column '{col}' has {count} different values; at most {MAX_CLASSES} "
            "classes are supported. Choose another target column, "
            "or problem='regression' for numbers"
        )


@functools.lru_cache(maxsize=1)
def bundled_digits() -> tuple[np.ndarray, np.ndarray]:
    """The bundled digits, read once: X (1797, 64) float64 in 0..16, y (1797,) int64 in 0..9.

    The cache shares these arrays, so they are read-only; copy before changing them.
    """
    try:
        with gzip.open(DIGITS_PATH, "rt", encoding="ascii") as f:
            table = np.loadtxt(f, delimiter=",", skiprows=1, dtype=np.int64, ndmin=2)
    except (OSError, ValueError) as exc:
        raise DatasetError(f"cannot read the bundled digits ({DIGITS_PATH}): {exc}") from exc
    X, y = table[:, :-1].astype(np.float64), table[:, -1]
    if X.shape != DIGITS_SHAPE or X.min() < 0 or X.max() > 16 or set(y.tolist()) != set(range(10)):
        raise DatasetError(f"the bundled digits file {DIGITS_PATH} is damaged; reinstall the app")
    X.flags.writeable = False
    y.flags.writeable = False
    return X, y
