"""Following the system's light or dark colour scheme, live.

``install(app)`` (once per QApplication; ``gui.main_window`` calls it) reads
``styleHints().colorScheme()`` and follows ``colorSchemeChanged``. Which scheme is in force
is kept by ``gui.colors`` (``current()``): dark when the system is dark and nothing forces
light. Projection mode and the presenter view force light while they are on
(``hold_light``); a system whose scheme is Unknown (Linux without a desktop portal,
offscreen) is light.

When the scheme in force changes, ``Theme.apply`` gives the application its palette (a dark
QPalette on the Fusion style, which follows the palette; the platform's own look for
light) and then restyles every top-level widget (``restyle``): what Qt draws follows the
palette by itself, what the app draws by hand takes its colours again.
"""

from __future__ import annotations

from contextlib import contextmanager

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from gui import colors
from gui.plots import style

# Styles that draw the platform's dark look themselves; any other gets Fusion when dark.
DARK_AWARE_STYLES = ("macos", "windows11")


class Theme(QObject):
    """The app's side of the colour scheme: ``changed(scheme)`` after every switch."""

    changed = Signal(object)

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        hints = QGuiApplication.styleHints()
        self._light_style = app.style().name()
        # the platform's palette is the light one unless the system is dark already
        self._light_palette = app.style().standardPalette() \
            if hints.colorScheme() == Qt.ColorScheme.Dark else app.palette()
        self._applied = colors.LIGHT          # what the application has now
        hints.colorSchemeChanged.connect(self.system_changed)
        self.system_changed(hints.colorScheme())

    def system_changed(self, scheme: Qt.ColorScheme) -> None:
        """The system's scheme is ``scheme``; Unknown (no portal, offscreen) is light."""
        colors.set_system_dark(scheme == Qt.ColorScheme.Dark)
        self.apply()

    def request(self, scheme: Qt.ColorScheme) -> None:
        """Ask for ``scheme`` (Unknown: the system's again), as the preferences or a test
        would: through ``styleHints().setColorScheme``, and applied here too where the
        platform cannot take such a request (offscreen, Linux without a desktop portal)."""
        hints = QGuiApplication.styleHints()
        hints.setColorScheme(scheme)
        if scheme != Qt.ColorScheme.Unknown and hints.colorScheme() != scheme:
            self.system_changed(scheme)
        elif scheme == Qt.ColorScheme.Unknown:
            self.system_changed(hints.colorScheme())

    def hold_light(self, on: bool) -> None:
        """Light whatever the system says while held (projection mode, presenter view);
        calls pair up: each ``True`` is released by one ``False``."""
        colors.force_light(on)
        self.apply()

    def apply(self) -> None:
        """Give the application the scheme in force, if it does not have it yet."""
        scheme, old = colors.current(), self._applied
        if scheme is old:
            return
        self._applied = scheme
        app = self._app
        if scheme.dark:
            if app.style().name().lower() not in DARK_AWARE_STYLES:
                app.setStyle("Fusion")
            app.setPalette(colors.dark_palette())
        else:
            if app.style().name() != self._light_style:
                app.setStyle(self._light_style)
            app.setPalette(self._light_palette)
        for top in _live(app.topLevelWidgets()):
            restyle(top, old)
        self.changed.emit(scheme)


@contextmanager
def light_offscreen():
    """Light in force inside the block for views built and drawn there, offscreen (the
    handout), while the windows on screen keep their scheme: anything of theirs painted
    meanwhile (the block may process events) is painted again in theirs afterwards."""
    with colors.forced_light():
        yield
    app = QApplication.instance()
    if colors.current() is not colors.LIGHT and app is not None:
        for top in _live(app.topLevelWidgets()):
            restyle(top)


def _live(widgets):
    """The widgets whose C++ side still exists, checked as each is reached: a window closed
    with deleteLater is still listed until its deletion runs (restyling the one before may
    run it), and touching it raises."""
    for widget in widgets:
        if shiboken6.isValid(widget):
            yield widget


def install(app: QApplication | None = None) -> Theme:
    """The application's Theme, created on first call (it follows the system from then)."""
    app = app or QApplication.instance()
    theme = app.findChild(Theme)
    return theme if theme is not None else Theme(app)


def restyle(root: QWidget, old: colors.Scheme | None = None) -> None:
    """Every hand-drawn view under ``root`` (and ``root``) takes the colours of the scheme
    in force, ``old`` the one it had. Every pyqtgraph view first: its background, and
    curves and texts in one of the old plot colours in the new one (``gui.plots.style.
    restyle_graphics``; axes too where no ``set_font_scale`` does them). Then
    ``scheme_changed()`` where a widget has one, else ``set_font_scale`` at its present
    factor (the plots set their pens, axes and text there). Children first, so a window's
    own ``scheme_changed`` sees its views done."""
    own_axes = set(style.other_plot_views(root))
    for view in root.findChildren(pg.GraphicsView):
        style.restyle_graphics(view, old, axes=view in own_axes)
    for widget in [*root.findChildren(QWidget), root]:
        if callable(getattr(widget, "scheme_changed", None)):
            widget.scheme_changed()
        elif style.self_scaling(widget):
            widget.set_font_scale(getattr(widget, "_scale", 1.0))
