"""Projection's look, shared by projection mode and the presenter view: the text scale
(remembered), the plots' factor for a screen's height, scaled fonts, and the undo steps
that give widgets their own font and palette back.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

SETTINGS_KEY = "projection/font_scale"
SCALES = (1.5, 1.75, 2.0)
DEFAULT_SCALE = 1.75
PLOT_REFERENCE_HEIGHT = 1000


def stored_scale() -> float:
    """The text scale from QSettings; anything missing, unreadable or out of range gives
    DEFAULT_SCALE."""
    try:
        value = float(QSettings().value(SETTINGS_KEY, DEFAULT_SCALE))
    except (TypeError, ValueError):
        return DEFAULT_SCALE
    return value if SCALES[0] <= value <= SCALES[-1] else DEFAULT_SCALE


def plot_factor(scale: float, height: int = PLOT_REFERENCE_HEIGHT) -> float:
    """The plots' factor for a text ``scale`` on a screen ``height`` pixels high.

    Their text already starts about a third larger than the window's
    (``gui.plots.style``), so it grows by 60 % of the step. And what a student reads is
    the share of the projected height: below 1000 px the factor shrinks in proportion
    (never below 1), so a 1280x720 projector shows plots that still have room for their
    curves, at the same size on the wall as on a 1000-px screen."""
    return max(1.0, (1.0 + 0.6 * (scale - 1.0)) * min(1.0, height / PLOT_REFERENCE_HEIGHT))


def scaled_font(font: QFont, scale: float) -> QFont:
    f = QFont(font)
    if f.pointSizeF() > 0:
        f.setPointSizeF(f.pointSizeF() * scale)
    else:
        f.setPixelSize(max(1, round(f.pixelSize() * scale)))
    return f


def targets_alive(restore) -> bool:
    """False when a restore step would touch a widget Qt has deleted meanwhile: a dock
    tab bar goes when its docks are rearranged while projecting (a RuntimeError on leaving,
    found by the monkey test)."""
    func = getattr(restore, "func", restore)
    objects = [getattr(func, "__self__", None), *getattr(restore, "args", ())]
    return all(isValid(o) for o in objects if isinstance(o, QObject))


def font_undo(widget: QWidget):
    """A callable giving ``widget`` back its own font, or back to inheriting one."""
    if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        return partial(widget.setFont, QFont(widget.font()))
    return partial(inherit_font, widget)


def inherit_font(widget: QWidget) -> None:
    widget.setFont(QFont())
    widget.setAttribute(Qt.WidgetAttribute.WA_SetFont, False)


def inherit_palette(widget: QWidget) -> None:
    widget.setPalette(QPalette())
    widget.setAttribute(Qt.WidgetAttribute.WA_SetPalette, False)
