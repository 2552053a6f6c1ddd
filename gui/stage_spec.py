"""What a projected stage shows and how it is arranged: read from a lesson file, then fitted
to a screen. Plain Python (no Qt), so the rules are tested on their own.

A lesson says (``meta.lesson.stage``, see docs/file-format.md)::

    {"rows": [{"size": 65, "views": ["network", "map"], "shares": [45, 55]},
              {"size": 35, "views": ["sample", ["loss", "activation"]]}],
     "notes": true}

Each row holds cells side by side; a cell is one view, or a list of views shown as tabs.
``"columns"`` instead of ``"rows"`` stacks each band's cells vertically instead. ``size``
is the band's share of the stage, ``shares`` its cells' shares (any positive numbers; they
are normalised). ``notes`` puts the lesson notes in a column at the left. The file is
untrusted: unknown views, repeats, bad shares and anything beyond the limits are dropped,
and a stage left empty is the default one.

``fit(stage, width, height)`` makes it fit a screen: a row that would be lower than
``MIN_ROW_HEIGHT`` pixels, or a cell narrower than ``MIN_CELL_WIDTH``, gives way and becomes
a tab of its neighbour, so no plot is squeezed below a readable size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

NETWORK = "network"
NOTES = "notes"
SAMPLE = "sample"
PICTURES = (NETWORK, "map")    # what stays in view above One sample (its highlight, its ring)
SAMPLE_SIZE = 0.57             # One sample's share of the stage height when it is asked for
# stage view -> the dock that holds it (the network is the window's central view)
VIEW_DOCKS = {
    "map": "surfaceDock", "data": "dataDock", "loss": "lossDock", "activation": "curveDock",
    "sample": "sampleDock", "health": "healthDock", "collapse": "collapseDock",
    "trials": "trialsDock", "inspector": "inspectorDock", "activations": "activationsDock",
}
VIEWS = (NETWORK, *VIEW_DOCKS)
DOCK_VIEWS = {dock: view for view, dock in VIEW_DOCKS.items()}
MAX_BANDS, MAX_CELLS, MAX_TABS = 3, 3, 4
MIN_ROW_HEIGHT = 220        # px: below this a row's plots have no room for their curves
MIN_CELL_WIDTH = 280        # px: axis, ticks and a colour bar at projection text size
NOTES_SHARE, NOTES_MIN, NOTES_MAX = 0.22, 250, 420   # the notes column's width


@dataclass(frozen=True)
class Band:
    """A row of cells side by side (a column, stacked, when the stage has columns):
    ``cells`` (n,) tuples of view names (tabs), ``shares`` (n,) summing to 1, ``size``
    the band's share of the stage."""

    cells: tuple[tuple[str, ...], ...]
    shares: tuple[float, ...]
    size: float


@dataclass(frozen=True)
class Stage:
    bands: tuple[Band, ...]
    columns: bool = False          # bands side by side, their cells stacked
    notes: bool = False

    def views(self) -> list[str]:
        """Every view on the stage, band by band, cell by cell."""
        return [v for band in self.bands for cell in band.cells for v in cell]

    def with_view(self, view: str) -> Stage:
        """The stage with ``view`` added as a tab of the last cell (a panel asked for while
        projecting; One sample: ``with_sample``); unchanged when it is on already."""
        if view in self.views():
            return self
        if view == SAMPLE:
            return self.with_sample()
        last = self.bands[-1]
        cells = (*last.cells[:-1], (*last.cells[-1], view))
        bands = (*self.bands[:-1], Band(cells, last.shares, last.size))
        return Stage(bands, self.columns, self.notes)

    def with_notes(self) -> Stage:
        return Stage(self.bands, self.columns, True)

    def with_sample(self) -> Stage:
        """The stage while One sample is open (asked for; a lesson that declares it keeps
        its own): the network and the Map side by side in a row, One sample below across
        the whole width with every other view as a tab behind it. Its formulas need the
        width, and plots squeezed in beside it ended up 30 px high."""
        views = self.views()
        top = [v for v in views if v in PICTURES]
        rest = tuple(v for v in views if v not in PICTURES)
        sample = Band(((SAMPLE, *rest),), (1.0,), SAMPLE_SIZE if top else 1.0)
        if not top:
            return Stage((sample,), False, self.notes)
        return Stage((Band(tuple((v,) for v in top), self._shares_of(top), 1 - SAMPLE_SIZE),
                      sample), False, self.notes)

    def _shares_of(self, views: list[str]) -> tuple[float, ...]:
        """Shares for ``views`` side by side: as they had as cells of one row, else equal."""
        for band in self.bands:
            if not self.columns and all((v,) in band.cells for v in views):
                return _normalised([band.shares[band.cells.index((v,))] for v in views])
        return _normalised([1.0] * len(views))


# network + Map: the network the full height, the Map large beside it, loss and activation
# as tabs below the Map (issue 14: together at least 60 % of the screen)
DEFAULT = Stage((Band(((NETWORK,),), (1.0,), 0.5),
                 Band((("map",), ("loss", "activation")), (0.62, 0.38), 0.5)), columns=True)


def _share(value) -> float | None:
    """A positive finite share, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) and value > 0 else None


def _normalised(shares: list) -> tuple[float, ...]:
    total = sum(shares)
    return tuple(s / total for s in shares)


def _cell(entry, seen: set) -> tuple[str, ...]:
    names = entry if isinstance(entry, list) else [entry]
    cell = []
    for name in names[:MAX_TABS]:
        if isinstance(name, str) and name in VIEWS and name not in seen:
            seen.add(name)
            cell.append(name)
    return tuple(cell)


def _band(raw, seen: set) -> Band | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("views"), list):
        return None
    given = raw.get("shares") if isinstance(raw.get("shares"), list) else []
    cells, shares = [], []
    for i, entry in enumerate(raw["views"][:MAX_CELLS]):
        cell = _cell(entry, seen)
        if cell:
            cells.append(cell)
            shares.append((_share(given[i]) if i < len(given) else None) or 1.0)
    if not cells:
        return None
    return Band(tuple(cells), _normalised(shares), _share(raw.get("size")) or 1.0)


def parse(spec) -> Stage:
    """The stage a lesson asks for (``meta.lesson.stage``); DEFAULT for anything unusable."""
    if not isinstance(spec, dict):
        return DEFAULT
    columns = isinstance(spec.get("columns"), list)
    raw_bands = spec.get("columns") if columns else spec.get("rows")
    if not isinstance(raw_bands, list):
        return DEFAULT
    seen: set = set()
    bands = [b for b in (_band(raw, seen) for raw in raw_bands[:MAX_BANDS]) if b is not None]
    if not bands:
        return DEFAULT
    sizes = _normalised([b.size for b in bands])
    bands = [Band(b.cells, b.shares, size) for b, size in zip(bands, sizes)]
    return Stage(tuple(bands), columns, spec.get("notes") is True)


def of_meta(meta) -> Stage:
    """The stage of a document's ``meta``: a lesson's own, or DEFAULT (with the notes
    column when it is a lesson with notes)."""
    lesson = meta.get("lesson") if isinstance(meta, dict) else None
    if not isinstance(lesson, dict):
        return DEFAULT
    stage = parse(lesson.get("stage"))
    if stage is DEFAULT and str(meta.get("notes") or "").strip():
        return DEFAULT.with_notes()
    return stage


def notes_width(width: int) -> int:
    """Pixels of the notes column on a stage ``width`` pixels wide."""
    return int(min(NOTES_MAX, max(NOTES_MIN, width * NOTES_SHARE)))


def _merge_cells(band: Band, across: float) -> Band:
    """Cells of ``band`` smaller than their minimum (``across`` pixels: the band's length)
    join a neighbour as tabs."""
    cells, shares = list(band.cells), list(band.shares)
    minimum = MIN_CELL_WIDTH if across >= 0 else MIN_ROW_HEIGHT
    while len(cells) > 1 and min(shares) * abs(across) < minimum:
        i = min(range(len(cells)), key=lambda k: shares[k])
        j = i - 1 if i > 0 else 1
        cells[j] = cells[j] + cells[i] if j < i else cells[i] + cells[j]
        shares[j] += shares[i]
        del cells[i], shares[i]
    return Band(tuple(cells), tuple(shares), band.size)


def fit(stage: Stage, width: int, height: int) -> Stage:
    """``stage`` made to fit ``width`` x ``height`` pixels (the notes column included):
    a band whose rows would be lower than MIN_ROW_HEIGHT (or whose columns narrower than
    MIN_CELL_WIDTH) joins its neighbour band as tabs of its last cell; then cells too small
    join a neighbour cell. What is left grows to fill the room."""
    if stage.notes:
        width -= notes_width(width)
    length, minimum = (width, MIN_CELL_WIDTH) if stage.columns else (height, MIN_ROW_HEIGHT)
    bands = list(stage.bands)
    while len(bands) > 1 and min(b.size for b in bands) * length < minimum:
        i = min(range(len(bands)), key=lambda k: bands[k].size)
        j = i - 1 if i > 0 else 1
        donor, target = bands[i], bands[j]
        tabs = target.cells[-1] + sum(donor.cells, ())
        bands[j] = Band((*target.cells[:-1], tabs), target.shares, target.size + donor.size)
        del bands[i]
    # across a band: its cells are stacked (columns: negative means "heights") or side by side
    bands = [_merge_cells(b, -height if stage.columns else width) for b in bands]
    return Stage(tuple(bands), stage.columns, stage.notes)
