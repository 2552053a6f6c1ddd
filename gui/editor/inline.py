"""Typing a weight, bias or alpha right where it is drawn.

A QLineEdit in a QGraphicsProxyWidget that ignores the view's zoom, so it stays readable
when a big network is zoomed out. Enter applies through ``actions.apply_value_text`` (the
same function tests call); a bad number keeps the editor open with the text selected and a
message; Escape or clicking elsewhere closes it without changing anything.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsProxyWidget, QLineEdit

from gui.editor import actions
from gui.editor.paint import font
from gui.i18n import number

Z_INLINE = 20.0
K = Qt.Key
BOX_KEYS = frozenset((K.Key_Escape, K.Key_Return, K.Key_Enter, K.Key_Delete, K.Key_Backspace,
                      K.Key_Left, K.Key_Right, K.Key_Home, K.Key_End, K.Key_Space))
KEYPAD = Qt.KeyboardModifier.KeypadModifier


class ValueLineEdit(QLineEdit):
    def __init__(self, owner: InlineValueEditor):
        super().__init__()
        self.owner = owner
        self.setFont(font(18 * owner.ed.scale_style()))   # larger in projection mode
        self.setMinimumWidth(150)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        # not setValidator: it would silently swallow "abc" instead of explaining why not
        self.returnPressed.connect(owner.commit)

    def event(self, event) -> bool:
        # Keys the window binds as shortcuts (Delete, Escape leaving projection mode, Space
        # for Play...) edit the value while the box has focus; QLineEdit itself claims
        # only the text-editing sequences.
        if event.type() == QEvent.Type.ShortcutOverride and \
                event.key() in BOX_KEYS and not event.modifiers() & ~KEYPAD:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.owner.close()
            return
        super().keyPressEvent(event)
        # Keys the box does not use (F2, Tab, arrows up/down...) must not reach the
        # canvas behind it, which would act on the selected neuron.
        event.accept()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        # A popup (its own context menu) and another window taking the keyboard leave the
        # box open, as a spreadsheet cell stays in editing: the box gets the keyboard back
        # with its window. Closed on deactivation, it was lost when the window became
        # active only after the box opened (a value box opened from the context menu)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason,
                                  Qt.FocusReason.ActiveWindowFocusReason):
            self.owner.close()


class InlineValueEditor:
    """At most one at a time per editor; ``open`` replaces any previous one."""

    def __init__(self, ed):
        self._ed = weakref.ref(ed)      # the editor owns this helper; no cycle back
        self.proxy: QGraphicsProxyWidget | None = None
        self.target: tuple | None = None

    @property
    def ed(self):
        return self._ed()

    @property
    def line_edit(self) -> ValueLineEdit | None:
        return self.proxy.widget() if self.proxy is not None else None

    def open(self, target: tuple, scene_pos: QPointF) -> ValueLineEdit:
        self.close()
        self.target = target
        edit = ValueLineEdit(self)
        # the language's decimal point: parse_value reads "0,5" back as well
        edit.setText(number(self.ed.document.value(target), ".6g"))
        edit.setToolTip(actions.value_sentence(self.ed, target, "tip"))
        edit.selectAll()
        self.proxy = self.ed.scene().addWidget(edit)
        self.proxy.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.proxy.setZValue(Z_INLINE)
        self.proxy.setPos(scene_pos)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ed.statusMessage.emit(actions.value_sentence(self.ed, target, "status"))
        return edit

    def commit(self) -> bool:
        edit = self.line_edit
        if edit is None or self.target is None:
            return False
        if actions.apply_value_text(self.ed, self.target, edit.text()):
            self.close()
            return True
        edit.selectAll()
        return False

    def close(self) -> None:
        """Hide now; remove on the next event-loop turn, because this is often called from
        inside the line edit's own key or focus handler."""
        proxy, self.proxy, self.target = self.proxy, None, None
        if proxy is not None:
            proxy.hide()
            QTimer.singleShot(0, lambda: _dispose(proxy))
            self.ed.setFocus()
            self.ed.statusMessage.emit("")     # "Type the bias ... Enter" no longer holds

    def has_focus(self) -> bool:
        """True while the box is open and has the keyboard."""
        return self.proxy is not None and self.proxy.hasFocus()

    def discard(self) -> None:
        """Take the box out of the scene now, before the scene is cleared: clearing a
        scene deletes its items in no set order, a focused proxy widget among them."""
        proxy, self.proxy, self.target = self.proxy, None, None
        if proxy is not None and shiboken6.isValid(proxy):
            proxy.clearFocus()
            proxy.hide()
            if proxy.scene() is not None:
                proxy.scene().removeItem(proxy)
            proxy.deleteLater()


def _dispose(proxy: QGraphicsProxyWidget) -> None:
    if shiboken6.isValid(proxy):          # a scene rebuild may have deleted it already
        if proxy.scene() is not None:
            proxy.scene().removeItem(proxy)
        proxy.deleteLater()
