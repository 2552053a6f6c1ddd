"""Keyboard shortcuts of the main window: no key is bound twice where both bindings can be
active at once (Qt then prints "Ambiguous shortcut overload" and runs neither), and redo
works from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from gui import actions
from tests.shortcut_check import Ctx, bindings, duplicates, open_everything

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_no_key_is_bound_twice_where_both_can_be_active(window):
    open_everything(window)                # panels may add their shortcuts when opened
    problems = duplicates(bindings(window))
    window.projection.set_active(True, full_screen=False)
    open_everything(window)
    problems += [p for p in duplicates(bindings(window)) if p not in problems]
    window.projection.set_active(False)
    assert not problems, ("keys bound twice where both can be active (Qt runs neither):\n  "
                          + "\n  ".join(problems))


def test_the_rule_sees_a_duplicate(qtbot):
    """The checker itself: a window-wide action and a widget's shortcut inside that window
    on the same key conflict; the same key on two unrelated widgets does not."""
    top = QWidget()
    qtbot.addWidget(top)
    left, right = QWidget(top), QWidget(top)
    window_wide = QAction("Go", top)
    window_wide.setShortcut(QKeySequence("Ctrl+G"))
    top.addAction(window_wide)
    for widget in (left, right):
        s = QShortcut(QKeySequence("Ctrl+J"), widget)
        s.setContext(Ctx.WidgetWithChildrenShortcut)
    assert duplicates(bindings(top)) == []
    inner = QShortcut(QKeySequence("Ctrl+G"), left)
    inner.setContext(Ctx.WidgetShortcut)
    assert duplicates(bindings(top)) == [
        'Ctrl+G: action "Go" (WindowShortcut) and QShortcut on QWidget (WidgetShortcut)']
    twice = QAction("Twice", top)
    twice.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Shift+Z")])
    top.addAction(twice)
    assert 'Ctrl+Shift+Z: action "Twice" (WindowShortcut) and action "Twice" ' \
           '(WindowShortcut)' in duplicates(bindings(top))


def test_redo_keys_hold_each_key_once():
    keys = [k.toString() for k in actions.redo_keys()]
    assert len(keys) == len(set(keys)) and "Ctrl+Shift+Z" in keys
    platform = [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    assert keys[:len(platform)] == platform


def test_undo_and_redo_with_real_keys(window, hands):
    """Ctrl+Z undoes, Ctrl+Shift+Z and (where the platform has it) Ctrl+Y redo, sent to the
    focused widget as the keyboard does. On X11 Ctrl+Shift+Z was bound twice, ambiguous,
    and redo did nothing; only tests/xvfb/test_real_keys.py sees X11's key scheme."""
    sizes = list(window.document.network.sizes)
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_L, CTRL)                       # add a hidden layer
    added = list(window.document.network.sizes)
    assert len(added) == len(sizes) + 1
    hands.key(Qt.Key.Key_Z, CTRL)
    assert window.document.network.sizes == sizes
    hands.key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.document.network.sizes == added, "Ctrl+Shift+Z did not redo"
    if "Ctrl+Y" in [k.toString() for k in window.actions_.redo.shortcuts()]:
        hands.key(Qt.Key.Key_Z, CTRL)               # offscreen, as on Windows: Ctrl+Y too
        assert window.document.network.sizes == sizes
        hands.key(Qt.Key.Key_Y, CTRL)
        assert window.document.network.sizes == added, "Ctrl+Y did not redo"
