"""The one diverging colour map of the app, and a colour bar to read it.

Orange (low: negative, class 0, Playground's orange) - light grey - blue (high: positive,
class 1). The stops are ColorBrewer's PuOr orange side and RdBu blue side:

    #e66101  #fdb863  #f7f7f7  #92c5de  #2166ac

Checked for colour-blind readers (Machado et al. 2009 simulation at full severity): the two
ends stay far apart (CIELAB distance 97 protanopia, 114 deuteranopia, 107 tritanopia) and
lightness rises monotonically from each end to the light middle, so "how sure" reads the
same in greyscale or on a washed-out projector.

The dark scheme (``gui.colors.DARK``) has its own stops: the same hues at the ends, a dark
blue-grey middle, lightness rising from the middle to each end; the tables follow the
scheme in force when they are asked for.

Rule 6 of DESIGN.md: values become RGBA here with one ``np.take`` on a uint8 lookup table,
never through pyqtgraph's per-frame lookup path.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from gui import colors
from gui.i18n import number
from gui.plots import style


# STOPS (position, colour), ORANGE (class 0 / negative) and BLUE (class 1 / positive) come
# from the scheme in force (gui.colors): the dark scheme's map has a dark middle and
# brighter ends, its lightness rising from the middle to each end as the light one falls.
def __getattr__(name: str):
    stops = colors.current().map_stops
    if name == "STOPS":
        return stops
    if name in ("ORANGE", "BLUE"):
        return stops[0][1] if name == "ORANGE" else stops[-1][1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


@lru_cache(maxsize=16)
def _lut(n: int, stops: tuple) -> np.ndarray:
    pos = np.array([p for p, _ in stops])
    rgb = np.array([_rgb(c) for _, c in stops], dtype=float)
    t = np.linspace(0.0, 1.0, n)
    lut = np.empty((n, 4), dtype=np.uint8)
    for ch in range(3):
        lut[:, ch] = np.rint(np.interp(t, pos, rgb[:, ch]))
    lut[:, 3] = 255
    lut.flags.writeable = False
    return lut


def diverging_lut(n: int = 256) -> np.ndarray:
    """(n, 4) uint8 RGBA, opaque: entry 0 orange, entry n-1 blue, the neutral middle
    light (or dark, in the dark scheme).

    The array is shared and read-only; copy it to change it.
    """
    if n < 2:
        raise ValueError(f"a lookup table needs at least 2 entries, got {n}")
    return _lut(int(n), colors.current().map_stops)


def sequential_lut(colour: str, n: int = 256) -> np.ndarray:
    """(n, 4) uint8 from the map's neutral (0: near-white, or near-black when dark) to
    ``colour`` (1): one class's probability drawn in that class's own colour, so "high"
    never looks like another class."""
    rgb = np.array(_rgb(colour), dtype=float)
    base = np.array(_rgb(colors.current().map_stops[2][1]), dtype=float)
    t = np.linspace(0.0, 1.0, int(n))[:, None]
    lut = np.empty((int(n), 4), dtype=np.uint8)
    lut[:, :3] = np.rint(base + (rgb - base) * t)
    lut[:, 3] = 255
    lut.flags.writeable = False
    return lut


def lut_indices(values: np.ndarray, vmin: float, vmax: float, n: int) -> np.ndarray:
    """values: any shape -> int indices 0..n-1 of the same shape (vmin -> 0, vmax -> n-1).

    Values outside [vmin, vmax] are clipped; NaN maps to the middle (undecided).
    A few in-place passes: about 20 us for 100 x 100 values.
    """
    v = np.asarray(values, dtype=float)
    span = float(vmax) - float(vmin)
    scale = (n - 1) / span if span > 0 else 0.0
    # t = (v - vmin) * scale + 0.5, then clipped to [0.5, n - 0.5] and floored (rounding).
    t = v * scale
    t += 0.5 - float(vmin) * scale if span > 0 else 0.5 + (n - 1) / 2
    if np.isnan(t.sum()):       # cheap test first; NaN is rare
        t[np.isnan(t)] = 0.5 + (n - 1) / 2
    np.maximum(t, 0.5, out=t)
    np.minimum(t, n - 0.5, out=t)
    return t.astype(np.intp)


def to_rgba(values: np.ndarray, vmin: float, vmax: float,
            lut: np.ndarray | None = None) -> np.ndarray:
    """values: (h, w) -> (h, w, 4) uint8 RGBA through ``lut`` (default: diverging_lut()).

    vmin maps to lut[0], vmax to lut[-1]; one ``np.take`` does the colouring.
    """
    if lut is None:
        lut = diverging_lut()
    return np.take(lut, lut_indices(values, vmin, vmax, len(lut)), axis=0)


def lighten(lut: np.ndarray, amount: float) -> np.ndarray:
    """A copy of ``lut`` blended towards the plots' background (white, or dark in the
    dark scheme) by ``amount`` in [0, 1] (alpha unchanged).

    The decision surface uses a quieter map so that full-colour data points stand out.
    """
    out = np.array(lut, dtype=np.uint8, copy=True)
    rgb = out[:, :3].astype(float)
    ground = np.array(_rgb(colors.current().plot_background), dtype=float)
    out[:, :3] = np.rint(rgb + (ground - rgb) * amount)
    return out


class ColorBar(pg.PlotItem):
    """A vertical colour scale with value ticks and end captions, for a GraphicsLayout.

    It is a plot item (not a separate widget) so it is part of PNG/SVG exports.
    ``set_range(vmin, vmax)`` moves the scale; ``set_captions(low, high)`` names the ends,
    e.g. ("class 0", "class 1").
    """

    BAR_WIDTH = 24

    def __init__(self, lut: np.ndarray | None = None):
        super().__init__()
        self._lut = diverging_lut() if lut is None else lut
        self._captions = ("", "")
        self._range = (0.0, 1.0)
        self._scale = 1.0
        self.setMouseEnabled(False, False)
        self.setMenuEnabled(False)
        self.hideButtons()
        for name in ("left", "bottom", "top"):
            self.hideAxis(name)
        self.showAxis("right")
        self._image = pg.ImageItem(axisOrder="row-major")
        self._image.setImage(self._lut[:, None, :], autoLevels=False)
        self.addItem(self._image)
        self.set_font_scale(1.0)

    def set_lut(self, lut: np.ndarray) -> None:
        self._lut = lut
        self._image.setImage(lut[:, None, :], autoLevels=False)

    def set_range(self, vmin: float, vmax: float) -> None:
        vmin, vmax = float(vmin), float(vmax)
        if not vmax > vmin:
            vmax = vmin + 1.0
        self._range = (vmin, vmax)
        self._image.setRect(0.0, vmin, 1.0, vmax - vmin)
        # A hair of padding: a tick exactly on the view's edge can round out of it.
        self.vb.setRange(xRange=(0, 1), yRange=(vmin, vmax), padding=0.004)
        self._update_ticks()

    def set_captions(self, low: str = "", high: str = "") -> None:
        if (low, high) != self._captions:     # the live views set them with every frame
            self._captions = (low, high)
            self._update_ticks()

    def ticks(self) -> list[tuple[float, str]]:
        vmin, vmax = self._range
        mid = 0.5 * (vmin + vmax)
        low, high = self._captions
        return [(vmin, _tick(vmin, low)), (mid, _tick(mid, "")), (vmax, _tick(vmax, high))]

    def _update_ticks(self) -> None:
        axis = self.getAxis("right")
        major = self.ticks()
        axis.setTicks([major, []])
        metrics = QFontMetrics(style.font(style.TICK_PT, self._scale))
        text = max(metrics.horizontalAdvance(t) for _, t in major)
        axis.setWidth(text + int(18 * self._scale))
        self.setFixedWidth(self.BAR_WIDTH * self._scale + text + int(22 * self._scale))

    def set_font_scale(self, factor: float) -> None:
        self._scale = float(factor)
        style.style_axis(self.getAxis("right"), self._scale)
        inset = int(12 * self._scale)   # end labels are centred on the ends: leave room
        self.setContentsMargins(0, inset, 0, inset)
        self.set_range(*self._range)


def _tick(value: float, caption: str) -> str:
    """The value, then its caption unless that only repeats it (classes named "0", "1")."""
    text = number(value, "g")
    # compared as data: "0,5" in German is still the class named "0.5"
    return f"{text}  {caption}" if caption and caption != f"{value:g}" else text
