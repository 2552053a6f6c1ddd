"""Panels under a person's hands (user guide: "The window", "View > Panels", "Teaching
tools"): the View menu opened from the keyboard (Alt+V, arrows, Return) or with the mouse,
a dock's own close button, and the Panels submenu. The menu bar's menus are popups, not
nested loops, so the keys go to the open menu, which has the keyboard.
"""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier





def walk_to(hands, menu, text):
    """Down until ``text`` is highlighted in the open ``menu``."""
    for _ in range(len(menu.actions()) + 1):
        if menu.activeAction() is not None and menu.activeAction().text() == text:
            return
        hands.key_to_menu(K.Key_Down)
    raise AssertionError(f"{text!r} not in {[a.text() for a in menu.actions()]}")


def close_menus(window):
    while QApplication.activePopupWidget() is not None:
        QApplication.activePopupWidget().close()
    window.activateWindow()


def test_alt_v_arrows_and_return_hide_and_show_the_inspector(window, canvas, hands):
    dock = window.inspector_dock
    assert dock.isVisible()
    hands.key(K.Key_V, ALT)
    menu = hands.menu()
    assert menu is window.actions_.view_menu
    walk_to(hands, menu, "Inspector")
    hands.key_to_menu(K.Key_Return)
    assert not dock.isVisible()
    close_menus(window)
    hands.focus(canvas)
    hands.key(K.Key_V, ALT)
    menu = hands.menu()
    walk_to(hands, menu, "Inspector")
    hands.key_to_menu(K.Key_Return)
    assert dock.isVisible()


def test_clicking_the_view_menu_toggles_the_loss_dock(window, canvas, hands):
    bar, view = window.menuBar(), window.actions_.view_menu
    hands.click(bar, bar.actionGeometry(view.menuAction()).center())
    menu = hands.menu()
    assert menu is view
    action = window.loss_dock.toggleViewAction()
    hands.click(menu, menu.actionGeometry(action).center())
    assert not window.loss_dock.isVisible()
    close_menus(window)


def test_a_docks_close_button_hides_it_and_the_menu_brings_it_back(window, canvas, hands):
    dock = window.curve_dock
    button = dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    assert button is not None and button.isVisible()
    hands.click(button)
    assert not dock.isVisible()
    assert not dock.toggleViewAction().isChecked()
    bar, view = window.menuBar(), window.actions_.view_menu
    hands.click(bar, bar.actionGeometry(view.menuAction()).center())
    menu = hands.menu()
    hands.click(menu, menu.actionGeometry(dock.toggleViewAction()).center())
    assert dock.isVisible()
    close_menus(window)


def test_view_panels_opens_a_teaching_tools_panel(window, canvas, hands):
    dock = window.findChild(type(window.palette_dock), "collapseDock")
    assert not dock.isVisible()
    hands.key(K.Key_V, ALT)
    menu = hands.menu()
    walk_to(hands, menu, "&Panels")
    hands.key_to_menu(K.Key_Return)                     # opens the submenu
    panels = window.actions_.panels_menu
    hands.qtbot.waitUntil(panels.isVisible, timeout=2000)
    walk_to(hands, panels, "Linear collapse")
    hands.key_to_menu(K.Key_Return)
    hands.qtbot.waitUntil(dock.isVisible, timeout=2000)
    close_menus(window)


def test_escape_closes_the_view_menu_and_the_canvas_keeps_its_keys(window, canvas, hands):
    hands.key(K.Key_V, ALT)
    assert hands.menu() is window.actions_.view_menu
    hands.key_to_menu(K.Key_Escape)
    QTest.keyClick(window.menuBar(), K.Key_Escape)        # the bar leaves its Alt mode
    hands.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=2000)
    window.activateWindow()          # what a window manager does when the menu closes
    hands.qtbot.waitUntil(lambda: QApplication.focusWidget() is canvas, timeout=2000)
    hands.key(K.Key_Down)
    assert canvas.selection() == ("neuron", 0, 0)
