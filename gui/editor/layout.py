"""Where everything goes, as plain numbers: columns, node sizes, and what a drop point means.

Kept free of items so that drawing, drop feedback and the drop handler all agree on one
geometry, and tests can ask for "the point between neuron 1 and 2 of layer 0".

Column 0 holds the input nodes; column ``li + 1`` holds layer ``li`` (the output layer last).
Every column is centred on y = 0. Big layers get smaller nodes so 64 units still fit.

``floor`` is the smallest text size, in scene pixels, that is still readable at the view's
zoom (projection mode; 0 normally, which gives the usual geometry). Input pills then grow
to hold their names at that size (up to ``NAMED_INPUTS`` inputs; more go unnamed) and
neurons are spaced so a flag between two of them stays clear of the node above.
"""

from __future__ import annotations

from dataclasses import dataclass

COLUMN_PITCH = 250.0        # x distance between column centres: room for links and a gap
INPUT_WIDTH = 104.0         # input pills are wider than tall: they carry a feature name
HEADER_GAP = 64.0           # from the tallest column's top to the header row
ZONE_MARGIN = 34.0          # a layer column accepts drops this far beside its nodes
ONTO_SHARE = 0.3            # |dy| <= share * node size: "onto the neuron", else "between"
NAMED_INPUTS = 12           # more inputs than this cannot carry readable names in projection
NAME_ROOM = 1.5             # an input pill at least this many text heights high
FLAG_ROOM = 0.8             # neuron gap, in text heights: a flag sits half in it


def node_size(units: int) -> float:
    """Side of a neuron square. 64 px leaves room for an output map inside the node."""
    for limit, size in ((8, 64.0), (12, 52.0), (20, 36.0), (40, 24.0)):
        if units <= limit:
            return size
    return 16.0


def input_height(count: int) -> float:
    """Playground's few named features get large pills; many inputs (64 pixels) get thin
    ones, so the input column is not what makes the whole picture small."""
    return 42.0 if count <= 8 else max(12.0, min(node_size(count), 32.0) * 0.8)


@dataclass(frozen=True)
class Column:
    x: float                  # centre
    node_w: float
    node_h: float
    ys: tuple[float, ...]     # centre y of each node, top to bottom

    @property
    def pitch(self) -> float:
        return self.ys[1] - self.ys[0] if len(self.ys) > 1 else self.node_h * 1.4

    @property
    def top(self) -> float:
        return self.ys[0] - self.node_h / 2

    @property
    def bottom(self) -> float:
        return self.ys[-1] + self.node_h / 2

    def slot_y(self, i: int) -> float:
        """y of the insertion marker for position i (0 = before the first node)."""
        if i <= 0:
            return self.ys[0] - self.pitch / 2
        if i >= len(self.ys):
            return self.ys[-1] + self.pitch / 2
        return (self.ys[i - 1] + self.ys[i]) / 2


def _column(x: float, count: int, w: float, h: float, min_gap: float = 0.0) -> Column:
    gap = max(4.0, round(h * (0.38 if h >= 30 else 0.28)), min_gap)
    pitch = h + gap
    ys = tuple((i - (count - 1) / 2) * pitch for i in range(count))
    return Column(x, w, h, ys)


@dataclass(frozen=True)
class DropTarget:
    """kind "neuron": onto neuron ``index`` of ``layer``; "slot": insert at ``index`` of
    ``layer``; "gap": a new layer at position ``layer`` (between two columns)."""

    kind: str
    layer: int
    index: int = 0


class Layout:
    """Geometry of one network: ``n_input_nodes`` input nodes and layers of ``sizes``."""

    def __init__(self, n_input_nodes: int, sizes: list[int], floor: float = 0.0):
        self.sizes, self.floor = list(sizes), float(floor)
        self.named_inputs = not floor or n_input_nodes <= NAMED_INPUTS
        h_in = input_height(n_input_nodes)
        if floor and self.named_inputs:
            h_in = max(h_in, NAME_ROOM * floor)
        w_in = INPUT_WIDTH if n_input_nodes <= 8 else 72.0
        room = floor if self.named_inputs else 0.0
        self.columns = [_column(0.0, n_input_nodes, w_in, h_in, 0.25 * room)]
        natural = [_column(0.0, n, node_size(n), node_size(n)) for n in sizes]
        tallest = max(c.bottom - c.top for c in (self.columns[0], *natural))
        for li, n in enumerate(sizes):
            s = node_size(n)
            room = FLAG_ROOM * floor
            if n > NAMED_INPUTS:    # a large layer gets flag room only as far as it does
                room = min(room, (tallest - n * s) / max(n - 1, 1))   # not grow the picture
            self.columns.append(_column((li + 1) * COLUMN_PITCH, n, s, s, room))
        # Tall networks are shown zoomed out; bigger header text keeps the names readable
        # (bounded so "Hidden 10" still fits between two columns).
        height = max(c.bottom for c in self.columns) - min(c.top for c in self.columns)
        self.text_scale = min(max(height / 800.0, 1.0), 1.7)
        self.header_y = min(c.top for c in self.columns) - HEADER_GAP * self.text_scale

    @property
    def n_layers(self) -> int:
        return len(self.sizes)

    def layer(self, li: int) -> Column:
        return self.columns[li + 1]

    def node_center(self, li: int, unit: int) -> tuple[float, float]:
        c = self.layer(li)
        return c.x, c.ys[unit]

    def slot_point(self, li: int, i: int) -> tuple[float, float]:
        c = self.layer(li)
        return c.x, c.slot_y(i)

    def gap_point(self, position: int) -> tuple[float, float]:
        """Middle of the gap where a new layer at ``position`` would go (0 .. n_layers-1)."""
        return (self.columns[position].x + self.columns[position + 1].x) / 2, 0.0

    def half_zone(self, column: int) -> float:
        return self.columns[column].node_w / 2 + ZONE_MARGIN

    def drop_target(self, x: float, y: float) -> DropTarget | None:
        """What a drop at scene point (x, y) means; None where nothing can be dropped
        (the input column, right of the output layer)."""
        cols = self.columns
        if x <= cols[0].x + self.half_zone(0):
            return None
        for c in range(1, len(cols)):
            if abs(x - cols[c].x) <= self.half_zone(c):
                return self._in_column(c - 1, x, y)
            if x < cols[c].x:
                return DropTarget("gap", c - 1)     # between column c-1 and c
        return None

    def _in_column(self, li: int, x: float, y: float) -> DropTarget:
        col = self.layer(li)
        if abs(x - col.x) <= col.node_w / 2:
            for u, cy in enumerate(col.ys):
                if abs(y - cy) <= col.node_h * ONTO_SHARE + 0.5:
                    return DropTarget("neuron", li, u)
        return DropTarget("slot", li, sum(cy < y for cy in col.ys))
