"""View > Colour Scheme: follow the system (the default), or always light, or always dark.

Remembered in QSettings (``SETTINGS_KEY``: "system", "light" or "dark") and applied through
``gui.theme.Theme.request``, so a Linux desktop without a colour-scheme portal (where Qt
reports no scheme, and the app is light) can still have the dark look. Projection mode and
the presenter view stay light whatever is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup

from gui import theme
from gui.i18n import translate

SETTINGS_KEY = "appearance/color_scheme"
CHOICES = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light,
           "dark": Qt.ColorScheme.Dark}


def stored_choice() -> str:
    """The remembered choice; anything missing or unknown is "system"."""
    value = QSettings().value(SETTINGS_KEY, "system")
    return value if value in CHOICES else "system"


def choose(choice: str) -> None:
    """Apply ``choice`` ("system", "light", "dark") and remember it."""
    if choice not in CHOICES:
        raise ValueError(f"colour scheme must be one of {', '.join(CHOICES)}, not {choice!r}")
    QSettings().setValue(SETTINGS_KEY, choice)
    theme.install().request(CHOICES[choice])


def install(window) -> QActionGroup:
    """The submenu in View, checked at the remembered choice, which is applied now."""
    menu = window.actions_.view_menu.addMenu(translate("SchemeMenu", "Colour &Scheme"))
    menu.setToolTipsVisible(True)
    group = QActionGroup(menu)
    texts = {"system": (translate("SchemeMenu", "Follow the &System"),
                        translate("SchemeMenu", "Light or dark as the system's settings say "
                                                "(light where the system says nothing)")),
             "light": (translate("SchemeMenu", "&Light"),
                       translate("SchemeMenu", "Always the light colours")),
             "dark": (translate("SchemeMenu", "&Dark"),
                      translate("SchemeMenu", "Always the dark colours (projection mode "
                                              "stays light)"))}
    current = stored_choice()
    for choice, (text, tip) in texts.items():
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(choice == current)
        action.setData(choice)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: choose(action.data()))
    window.scheme_actions = group
    # a window that does not restore the person's layout (screenshots, recordings from
    # the command line) does not take their colours either: always the system's
    if current != "system" and getattr(window, "_remember_layout", True):
        theme.install().request(CHOICES[current])
    return group
