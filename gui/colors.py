"""The app's colours: one diverging pair for signed values, shared by links and maps.

Blue means positive and orange negative, as in TensorFlow Playground, so a student who
knows Playground reads our pictures at once; blue/orange also stays distinct for the common
red-green colour blindnesses. ``diverging_lut`` gives the same pair as an RGBA table for
maps (DESIGN rule 6: colour-map in NumPy with one ``take``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QPalette

POSITIVE_HEX = "#0877bd"     # Playground's blue
NEGATIVE_HEX = "#f59322"     # Playground's orange
NEUTRAL_HEX = "#f4f5f6"      # the middle of the diverging scale (zero)

POSITIVE = QColor(POSITIVE_HEX)
NEGATIVE = QColor(NEGATIVE_HEX)
NEUTRAL = QColor(NEUTRAL_HEX)

# Editor chrome. The selection colour is neither blue nor orange so it never reads as a sign.
INK = QColor("#1d2430")              # text and outlines: near black for projector contrast
MUTED = QColor("#7b8594")            # secondary text, inactive inputs
NODE_FILL = QColor("#ffffff")
NODE_BORDER = QColor("#3c4656")
COLUMN_FILL = QColor(40, 60, 90, 18)  # faint band behind a layer
# Magenta ring around whatever is selected. Not the purple #8e24aa of before: simulated
# deuteranopia (Machado 2009) put it at CIELAB distance 6.7 from the positive-weight blue,
# so a selected blue link did not change colour; magenta keeps >= 23 from blue, orange
# and INK under protan-, deutan- and tritanopia, and 6.6:1 contrast on white.
SELECTION = QColor("#b5006e")
DROP = QColor("#2e7d32")              # green: where a drop will land
BACKGROUND = QColor("#fbfbfc")
# Projection mode: grey text that stays readable on a washed-out projector (7:1 on white),
# and the selection colour of menus and lists.
MUTED_STRONG = QColor("#4f5866")
PROJECTION_HIGHLIGHT = "#0b3d91"


def _rgb(hex_code: str) -> np.ndarray:
    c = QColor(hex_code)
    return np.array([c.red(), c.green(), c.blue()], dtype=float)


def diverging_lut(n: int = 256) -> np.ndarray:
    """RGBA table (n, 4) uint8 from orange (index 0, most negative) through a light neutral
    (the middle) to blue (index n - 1, most positive); alpha 255."""
    if n < 2:
        raise ValueError(f"a lookup table needs at least 2 entries, got {n}")
    t = np.linspace(-1.0, 1.0, n)[:, None]
    neg, mid, pos = _rgb(NEGATIVE_HEX), _rgb(NEUTRAL_HEX), _rgb(POSITIVE_HEX)
    rgb = np.where(t < 0, mid + (neg - mid) * -t, mid + (pos - mid) * t)
    out = np.empty((n, 4), dtype=np.uint8)
    out[:, :3] = np.clip(np.rint(rgb), 0, 255)
    out[:, 3] = 255
    return out


def sign_color(value: float, alpha: int = 255) -> QColor:
    """Blue for positive (and zero), orange for negative."""
    c = QColor(POSITIVE if value >= 0 else NEGATIVE)
    c.setAlpha(alpha)
    return c


def mix(base: QColor, colour: QColor, amount: float) -> QColor:
    """The opaque colour ``amount`` (0-1) of the way from ``base`` to ``colour``."""
    return QColor(round(base.red() + (colour.red() - base.red()) * amount),
                  round(base.green() + (colour.green() - base.green()) * amount),
                  round(base.blue() + (colour.blue() - base.blue()) * amount))


def over_background(colour: QColor, alpha: int) -> QColor:
    """``colour`` at opacity ``alpha`` (0-255) over BACKGROUND, as one opaque colour."""
    return mix(BACKGROUND, colour, alpha / 255.0)


def projection_palette() -> QPalette:
    """A QPalette for projection mode: white backgrounds, black text, dark-blue
    selection, dark frames; readable when a projector washes light greys out to white."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#ffffff"), (roles.WindowText, "#000000"),
                         (roles.Base, "#ffffff"), (roles.AlternateBase, "#eef1f5"),
                         (roles.Text, "#000000"), (roles.Button, "#f0f0f0"),
                         (roles.ButtonText, "#000000"), (roles.BrightText, "#ffffff"),
                         (roles.Highlight, PROJECTION_HIGHLIGHT),
                         (roles.HighlightedText, "#ffffff"),
                         (roles.ToolTipBase, "#ffffff"), (roles.ToolTipText, "#000000"),
                         (roles.PlaceholderText, "#404040"), (roles.Link, PROJECTION_HIGHLIGHT),
                         (roles.Light, "#ffffff"), (roles.Midlight, "#d0d0d0"),
                         (roles.Mid, "#505050"), (roles.Dark, "#202020"),
                         (roles.Shadow, "#000000")):
        p.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):   # still 5:1 on white
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6a6a6a"))
    return p
