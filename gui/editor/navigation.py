"""Selections as data: which ones still exist after an edit, and where the arrow keys go."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _in(i, n: int) -> bool:
    return isinstance(i, int) and not isinstance(i, bool) and 0 <= i < n


def valid_selection(sel, network):
    """``sel`` if it still names something in ``network``, else None. A multi-selection
    keeps the neurons that still exist (one left: a plain neuron selection)."""
    if not isinstance(sel, tuple) or not sel:
        return None
    sizes, kind = network.sizes, sel[0]
    if kind == "neurons" and len(sel) == 2:
        keys = tuple(k for k in sel[1] if len(k) == 2 and _in(k[0], len(sizes))
                     and _in(k[1], sizes[k[0]]))
        if len(keys) > 1:
            return ("neurons", keys)
        return ("neuron", *keys[0]) if keys else None
    ok = False
    if kind == "neuron" and len(sel) == 3:
        ok = _in(sel[1], len(sizes)) and _in(sel[2], sizes[sel[1]])
    elif kind == "layer" and len(sel) == 2:
        ok = _in(sel[1], len(sizes))
    elif kind == "input" and len(sel) == 2:
        ok = _in(sel[1], network.n_inputs)
    elif kind == "link" and len(sel) == 4:
        fan_in = network.n_inputs if sel[1] == 0 else sizes[sel[1] - 1] if \
            _in(sel[1], len(sizes)) else 0
        ok = _in(sel[1], len(sizes)) and _in(sel[2], sizes[sel[1]]) and _in(sel[3], fan_in)
    return sel if ok else None


def neighbour(sel, key, sizes: list[int]):
    """Arrow-key navigation: up/down within a layer, left/right across layers (keeping the
    row as far as the other layer allows). Nothing selected: the first neuron."""
    if not sel or sel[0] not in ("neuron", "layer"):
        return ("neuron", 0, 0)
    li = sel[1]
    unit = sel[2] if sel[0] == "neuron" else -1
    if key == Qt.Key.Key_Up:
        return ("neuron", li, max(unit - 1, 0)) if unit >= 0 else ("layer", li)
    if key == Qt.Key.Key_Down:
        return ("neuron", li, min(unit + 1, sizes[li] - 1))
    step = -1 if key == Qt.Key.Key_Left else 1
    to = min(max(li + step, 0), len(sizes) - 1)
    if unit < 0:
        return ("layer", to)
    return ("neuron", to, min(unit, sizes[to] - 1))
