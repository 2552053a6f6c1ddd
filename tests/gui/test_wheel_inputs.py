"""The mouse wheel scrolls panels; it changes a setting only after a click on it.

Scrolling the settings panel moved "Train share" from 50 % to 10 % as the pointer passed
over the slider. The wheel events here go to the widget under the pointer and on up its
parents, as QApplication delivers a real wheel (``hands.wheel``).
"""

import pyqtgraph as pg
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from gui.wheel_inputs import FocusWheel


def settings_scroll(window) -> QScrollArea:
    window.settings_dock.show()
    window.settings_dock.raise_()
    return window.settings_panel.findChild(QScrollArea)


def test_wheel_over_a_slider_scrolls_the_panel_not_the_setting(window, hands, qtbot):
    window.resize(1280, 720)                       # a projector: the panel must scroll
    scroll = settings_scroll(window)
    slider = window.settings_panel.findChild(QAbstractSlider, "trainShare")
    hands.settle()
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the panel fits: this test needs a panel that scrolls"
    scroll.ensureWidgetVisible(slider)
    hands.settle()
    before, share = bar.value(), window.document.doc.training["train_fraction"]
    for steps in (-1, -1, 1):                      # down, down, up again
        hands.wheel(slider, slider.rect().center(), steps)
    assert slider.value() == round(share * 100)
    assert window.document.doc.training["train_fraction"] == share
    assert window.undo_stack.count() == 0
    assert bar.value() != before                   # the panel scrolled instead


def test_after_a_click_the_wheel_changes_the_setting(window, hands):
    settings_scroll(window)
    slider = window.settings_panel.findChild(QAbstractSlider, "trainShare")
    hands.settle()
    hands.focus(slider)                            # as a click or Tab gives it
    before = slider.value()
    hands.wheel(slider, slider.rect().center(), 1)
    assert slider.value() != before
    assert window.undo_stack.count() == 1


def test_wheel_over_an_unfocused_activation_combo_changes_nothing(window, hands):
    window.editor.select(("neuron", 0, 0))
    hands.settle()
    combo = next(c for c in window.inspector.findChildren(QComboBox) if c.isVisible())
    text = combo.currentText()
    hands.wheel(combo, combo.rect().center(), -2)
    assert combo.currentText() == text and window.undo_stack.count() == 0


def test_every_input_in_the_window_waits_for_focus(window, hands):
    """Every spin box, combo box and slider of the window's panels (with every panel
    open and each kind of selection shown) is a FocusWheel; pyqtgraph's own plot menus
    are separate windows and not counted."""
    for dock in window.docks():
        window.open_panel(dock.objectName())
    for selection in (("neuron", 0, 0), ("layer", 0), ("link", 0, 0, 0), ("input", 0), None):
        window.editor.select(selection)
        hands.settle()
        inputs = [w for w in window.findChildren(QWidget)
                  if isinstance(w, (QAbstractSpinBox, QComboBox, QAbstractSlider))
                  and not isinstance(w, QScrollBar)]        # scroll bars are for wheels
        assert len(inputs) > 10
        plain = [w for w in inputs if not isinstance(w, FocusWheel) and w.window() is window
                 and not isinstance(w.parent(), pg.GraphicsView)]
        assert not plain, [f"{type(w).__name__} {w.objectName()} in "
                           f"{type(w.parent()).__name__}" for w in plain]
