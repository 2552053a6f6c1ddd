"""A neuron's output over the input plane as a small QImage, for the editor's nodes.

Colouring is one ``np.take`` on the shared lookup table (DESIGN rule 6). The image is
oriented like the decision plot: y grows upwards, so the grid row of ymax is the image's top.
"""

from __future__ import annotations

import sys
from functools import lru_cache

import numpy as np
from PySide6.QtGui import QImage

from gui import colors
from gui.plots import colormap

# QImage's fastest format to draw is ARGB32_Premultiplied: one native-endian 32-bit word
# per pixel, bytes B, G, R, A on little-endian machines. The table is opaque, so
# premultiplied and straight alpha are the same bytes.
_FORMAT = QImage.Format.Format_ARGB32_Premultiplied
_ORDER = [2, 1, 0, 3] if sys.byteorder == "little" else [3, 0, 1, 2]


def native_lut(lut: np.ndarray) -> np.ndarray:
    """An RGBA lookup table (n, 4) uint8 -> (n,) uint32 pixels in QImage's ARGB32 order."""
    table = np.ascontiguousarray(np.asarray(lut, dtype=np.uint8)[:, _ORDER])
    return table.view(np.uint32).ravel()


@lru_cache(maxsize=4)
def _default(stops: tuple) -> np.ndarray:
    """The app's diverging map in QImage's order, for the scheme whose map has ``stops``."""
    return native_lut(colormap.diverging_lut())


def default_table() -> np.ndarray:
    """The diverging map of the scheme in force (light or dark middle), native order."""
    return _default(colors.current().map_stops)


def map_image(values: np.ndarray, vmin: float, vmax: float,
              lut: np.ndarray | None = None) -> QImage:
    """values: (res, res) on ``core.analysis.grid`` (row 0 = ymin) -> (res x res) QImage.

    lut: an RGBA table (n, 4) uint8; default the app's diverging map in the scheme in
    force (vmin orange, vmax blue). One ``np.take`` writes the pixels straight into the
    QImage, which owns them.
    """
    values = np.asarray(values, dtype=float)
    if values.ndim != 2:
        raise ValueError(f"a neuron map must be 2-D (res, res), got shape {values.shape}")
    table = default_table() if lut is None else native_lut(lut)
    h, w = values.shape
    image = QImage(w, h, _FORMAT)
    pixels = np.frombuffer(image.bits(), dtype=np.uint32).reshape(h, w)  # 4*w bytes a line
    np.take(table, colormap.lut_indices(values[::-1], vmin, vmax, len(table)), out=pixels)
    return image


def recoloured(image: QImage, drawn: tuple, wanted: tuple) -> QImage:
    """A copy of map ``image``, drawn with the default map of the scheme whose stops are
    ``drawn``, in the one whose stops are ``wanted`` (a dark-scheme map exported light).
    Each pixel is one entry of the table: found by a search, replaced by its twin."""
    old, new = _default(drawn), _default(wanted)
    order = np.argsort(old, kind="stable")
    out = image.copy()
    h, w = out.height(), out.width()
    pixels = np.frombuffer(out.bits(), dtype=np.uint32).reshape(h, w)
    index = np.searchsorted(old[order], pixels).clip(0, len(old) - 1)
    pixels[...] = new[order][index]
    return out
