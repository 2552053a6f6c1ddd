"""The app's colours, for a light and a dark scheme, and which of the two is in force.

Blue means positive and orange negative, as in TensorFlow Playground, so a student who
knows Playground reads our pictures at once; blue/orange also stays distinct for the common
red-green colour blindnesses. Maps take the scheme's ``map_stops`` as an RGBA table
(``gui.plots.colormap.diverging_lut``; DESIGN rule 6: colour-map in NumPy with one ``take``).

Two schemes, ``LIGHT`` and ``DARK``, hold every colour drawn by hand (the editor, the
plots' ``gui.plots.style`` and ``gui.plots.colormap``, banners, badges, cards). This is
the one place that says which is in force: ``current()``. The dark scheme is in force
when the system asks for it (``gui.theme`` follows ``colorSchemeChanged``) and nothing
asks for light: projection mode, the presenter's audience screen and exports
(``forced_light``), the handout (always printed light). Module names read at draw time
(``colors.INK``, ``colors.BACKGROUND``, ...) come from the scheme in force: a QColor for
the editor's names, see ``__getattr__``; code that keeps one must take it again when the
scheme changes (``gui.theme.restyle``).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class Scheme:
    """Every hand-drawn colour of one scheme, as "#rrggbb" (column_fill "#aarrggbb")."""

    name: str
    dark: bool
    # the editor and the signs (links, maps, values)
    positive: str            # Playground's blue (light) / a lighter blue for dark
    negative: str            # Playground's orange
    neutral: str             # the middle of the diverging scale (zero)
    ink: str                 # text and outlines: most contrast for a projector
    ink_soft: str            # second line of a header (units, activation)
    muted: str               # secondary text, inactive inputs
    muted_text: str          # quieter text in panels (notes, context lines)
    muted_strong: str        # projection's grey text (7:1 on white)
    node_fill: str
    node_border: str
    column_fill: str         # faint band behind a layer (translucent)
    selection: str           # neither blue nor orange: never reads as a sign
    drop: str                # green: where a drop will land
    background: str          # the editor's canvas
    soft_fill: str           # quiet fills: bias boxes, wells
    # the plots (gui.plots.style, gui.plots.colormap)
    plot_background: str
    plot_foreground: str
    grey: str
    train: str
    test: str
    accent: str
    series: tuple            # several runs or neurons in one plot (Okabe-Ito on light)
    legend_fill: str         # "#aarrggbb"
    map_stops: tuple         # the diverging map: orange, .., neutral, .., blue
    map_outside: str         # the plane around a map's extent
    # the window's other panels
    card_border: str
    card_highlight_fill: str
    tie_fill: str            # the trials' table: rows that tie with the lowest loss
    good: str                # text: fine / met
    bad: str                 # text: problem / unmet


LIGHT = Scheme(
    name="light", dark=False,
    positive="#0877bd", negative="#f59322", neutral="#f4f5f6",
    ink="#1d2430", ink_soft="#4a5361", muted="#7b8594", muted_text="#6b7482",
    muted_strong="#4f5866",
    node_fill="#ffffff", node_border="#3c4656", column_fill="#12283c5a",
    # Magenta ring around whatever is selected. Not the purple #8e24aa of before:
    # simulated deuteranopia (Machado 2009) put it at CIELAB distance 6.7 from the
    # positive-weight blue; magenta keeps >= 23 from blue, orange and INK under protan-,
    # deutan- and tritanopia, and 6.6:1 contrast on white.
    selection="#b5006e", drop="#2e7d32", background="#fbfbfc", soft_fill="#eceef1",
    plot_background="#ffffff", plot_foreground="#222222", grey="#666666",
    # Okabe-Ito colours (colour-blind safe) for things that are not classes
    train="#0072b2", test="#d55e00", accent="#009e73", legend_fill="#dcffffff",
    series=("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000",
            "#f0e442"),
    map_stops=((0.0, "#e66101"), (0.25, "#fdb863"), (0.5, "#f7f7f7"), (0.75, "#92c5de"),
               (1.0, "#2166ac")),
    map_outside="#ececec",
    card_border="#b8b8b8", card_highlight_fill="#e3eff8", tie_fill="#d9efe1",
    good="#1b6e2a", bad="#b00020",
)

# Dark: a blue-grey canvas (not black: less glare, and the map's dark middle still shows
# its edge); light text at >= 12:1; the signs, curves and classes lightened until each has
# >= 4.5:1 on the canvas (tests/gui/test_dark_scheme.py checks the important ones).
DARK = Scheme(
    name="dark", dark=True,
    positive="#4ba6ea", negative="#f59322", neutral="#2c3038",
    ink="#e8eaed", ink_soft="#bcc3cc", muted="#a3abb6", muted_text="#a9b1bb",
    muted_strong="#c5cbd3",
    node_fill="#2a2e36", node_border="#aeb6c1", column_fill="#16ffffff",
    selection="#ff5cbf", drop="#66bb6a", background="#1b1e23", soft_fill="#353a43",
    plot_background="#1b1e23", plot_foreground="#e3e6ea", grey="#a6adb7",
    train="#56b4e9", test="#ff8f4f", accent="#2ec99a", legend_fill="#dc1b1e23",
    series=("#4ba6ea", "#ff8f4f", "#2ec99a", "#e59ac5", "#f0b429", "#a6dcf7", "#e8eaed",
            "#f0e442"),
    # lightness rises from the dark middle to each end, as the light map's falls
    map_stops=((0.0, "#f4872e"), (0.25, "#9a5a28"), (0.5, "#2c3038"), (0.75, "#2d5f8a"),
               (1.0, "#5fb2f0")),
    map_outside="#2a2d33",
    card_border="#5a616c", card_highlight_fill="#233a4f", tie_fill="#1f4a32",
    good="#7bd88f", bad="#ff7b7b",
)

_state = {"system_dark": False, "forced_light": 0}

# Module names of the editor (QColor), read at draw time from the scheme in force.
_EDITOR_NAMES = {
    "POSITIVE": "positive", "NEGATIVE": "negative", "NEUTRAL": "neutral", "INK": "ink",
    "INK_SOFT": "ink_soft", "SOFT_FILL": "soft_fill",
    "MUTED": "muted", "MUTED_STRONG": "muted_strong", "NODE_FILL": "node_fill",
    "NODE_BORDER": "node_border", "COLUMN_FILL": "column_fill", "SELECTION": "selection",
    "DROP": "drop", "BACKGROUND": "background",
}
# Projection mode: the selection colour of menus and lists (always light)
PROJECTION_HIGHLIGHT = "#0b3d91"


def current() -> Scheme:
    """The scheme in force: DARK when the system is dark and nothing forces light."""
    return DARK if _state["system_dark"] and not _state["forced_light"] else LIGHT


def set_system_dark(dark: bool) -> None:
    """What the system asks for (``gui.theme`` calls it); see ``current``."""
    _state["system_dark"] = bool(dark)


def system_dark() -> bool:
    return _state["system_dark"]


def force_light(on: bool) -> None:
    """One more (on) or one fewer (off) reason to draw light whatever the system says:
    projection mode and the presenter view hold one while they are on."""
    _state["forced_light"] = max(0, _state["forced_light"] + (1 if on else -1))


@contextmanager
def forced_light():
    """The light scheme in force inside the block (exports, the handout)."""
    force_light(True)
    try:
        yield LIGHT
    finally:
        force_light(False)


def __getattr__(name: str):
    if name in _EDITOR_NAMES:
        return QColor(getattr(current(), _EDITOR_NAMES[name]))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def sign_color(value: float, alpha: int = 255) -> QColor:
    """Blue for positive (and zero), orange for negative."""
    s = current()
    c = QColor(s.positive if value >= 0 else s.negative)
    c.setAlpha(alpha)
    return c


def mix(base: QColor, colour: QColor, amount: float) -> QColor:
    """The opaque colour ``amount`` (0-1) of the way from ``base`` to ``colour``."""
    return QColor(round(base.red() + (colour.red() - base.red()) * amount),
                  round(base.green() + (colour.green() - base.green()) * amount),
                  round(base.blue() + (colour.blue() - base.blue()) * amount))


@lru_cache(maxsize=16)
def _canvas(hex_code: str) -> QColor:
    return QColor(hex_code)     # shared: only read here (links ask for it per link)


def over_background(colour: QColor, alpha: int) -> QColor:
    """``colour`` at opacity ``alpha`` (0-255) over BACKGROUND, as one opaque colour."""
    return mix(_canvas(current().background), colour, alpha / 255.0)


def luminance(colour) -> float:
    """WCAG relative luminance of a colour (QColor or "#rrggbb"), 0 (black) to 1."""
    c = QColor(colour)
    out = 0.0
    for weight, v in ((0.2126, c.redF()), (0.7152, c.greenF()), (0.0722, c.blueF())):
        out += weight * (v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
    return out


def contrast(a, b) -> float:
    """WCAG contrast ratio of two colours, 1 to 21 (text wants >= 4.5)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(fill: QColor) -> QColor:
    """White or near-black, whichever reads better on ``fill`` (a value's box)."""
    white, black = QColor("#ffffff"), QColor("#1d2430")
    return white if contrast(white, fill) >= contrast(black, fill) else black


def _palette(entries, disabled: str) -> QPalette:
    p = QPalette()
    for role, colour in entries:
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return p


def dark_palette() -> QPalette:
    """The window's QPalette for the dark scheme (with the Fusion style, ``gui.theme``):
    blue-grey surfaces, light text (>= 12:1), a blue selection with white text."""
    r = QPalette.ColorRole
    p = _palette(((r.Window, "#24272d"), (r.WindowText, "#e8eaed"), (r.Base, "#383c44"),
                  (r.AlternateBase, "#2a2e35"), (r.Text, "#e8eaed"), (r.Button, "#2f333a"),
                  (r.ButtonText, "#e8eaed"), (r.BrightText, "#ffffff"),
                  (r.Highlight, "#2f6fbf"), (r.HighlightedText, "#ffffff"),
                  (r.ToolTipBase, "#2f333a"), (r.ToolTipText, "#e8eaed"),
                  (r.PlaceholderText, "#9aa1ab"), (r.Link, "#7ab8ff"),
                  (r.LinkVisited, "#c39bff"), (r.Light, "#4a505a"),
                  (r.Midlight, "#3a3f47"), (r.Mid, "#2a2e35"), (r.Dark, "#15171b"),
                  (r.Shadow, "#000000"), (r.Accent, "#2f6fbf")), "#8a919b")
    p.setColor(QPalette.ColorGroup.Disabled, r.Button, QColor("#2a2d33"))
    p.setColor(QPalette.ColorGroup.Disabled, r.Highlight, QColor("#3a3f47"))
    return p


def projection_palette() -> QPalette:
    """A QPalette for projection mode: white backgrounds, black text, dark-blue
    selection, dark frames; readable when a projector washes light greys out to white."""
    roles = QPalette.ColorRole
    return _palette(((roles.Window, "#ffffff"), (roles.WindowText, "#000000"),
                     (roles.Base, "#ffffff"), (roles.AlternateBase, "#eef1f5"),
                     (roles.Text, "#000000"), (roles.Button, "#f0f0f0"),
                     (roles.ButtonText, "#000000"), (roles.BrightText, "#ffffff"),
                     (roles.Highlight, PROJECTION_HIGHLIGHT),
                     (roles.HighlightedText, "#ffffff"),
                     (roles.ToolTipBase, "#ffffff"), (roles.ToolTipText, "#000000"),
                     (roles.PlaceholderText, "#404040"), (roles.Link, PROJECTION_HIGHLIGHT),
                     (roles.Light, "#ffffff"), (roles.Midlight, "#d0d0d0"),
                     (roles.Mid, "#505050"), (roles.Dark, "#202020"),
                     (roles.Shadow, "#000000")), "#6a6a6a")    # disabled: still 5:1
