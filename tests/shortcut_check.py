"""Which keys of a window are bound twice where both bindings can be active at once (Qt then
prints "Ambiguous shortcut overload" and runs neither). Used by tests/gui/test_shortcuts.py
offscreen and by the real-window test on xcb, where Linux's own key scheme applies."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

Ctx = Qt.ShortcutContext


@dataclass
class Binding:
    """One key of one QAction or QShortcut, and where it is active."""
    key: str
    owner: str           # for the failure message
    ident: int           # the QAction/QShortcut object: one owner's keys never conflict...
    context: Qt.ShortcutContext
    widgets: list        # the widgets it is attached to (its scope)

    @property
    def windows(self) -> set:
        return {id(_home(w).window()) for w in self.widgets}


def _home(widget: QWidget) -> QWidget:
    """A menu is a window of its own; its shortcuts belong to the window it drops from."""
    while isinstance(widget, QMenu) and widget.parentWidget() is not None:
        widget = widget.parentWidget()
    return widget


def _name(obj) -> str:
    if isinstance(obj, QAction):
        text = obj.text().replace("&", "") or obj.objectName() or "?"
        return f'action "{text}"'
    parent = obj.parent()
    where = parent.objectName() or type(parent).__name__
    return f"QShortcut on {where}"


def bindings(window) -> list[Binding]:
    """Every key sequence of every QAction and QShortcut of ``window`` and its children,
    with the platform's standard bindings expanded (``shortcuts()`` of an action set from
    a StandardKey holds all of them). Actions attached to no widget are inert: skipped."""
    found = []
    for action in window.findChildren(QAction):
        widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if widgets:
            found += [Binding(k.toString(), _name(action), id(action),
                              action.shortcutContext(), widgets) for k in action.shortcuts()]
    for shortcut in window.findChildren(QShortcut):
        found += [Binding(k.toString(), _name(shortcut), id(shortcut), shortcut.context(),
                          [shortcut.parent()]) for k in shortcut.keys()]
    return [b for b in found if b.key]


def _contains(outer: QWidget, inner: QWidget) -> bool:
    return outer is inner or outer.isAncestorOf(inner)


def _scoped_overlap(a: Binding, b: Binding) -> bool:
    """Both widget-scoped: can one focused widget activate both? A WidgetShortcut is
    active when its own widget has the focus, WidgetWithChildrenShortcut also when a child
    of it has."""
    for wa in a.widgets:
        for wb in b.widgets:
            if a.context == Ctx.WidgetShortcut and b.context == Ctx.WidgetShortcut:
                hit = wa is wb
            elif a.context == Ctx.WidgetShortcut:
                hit = _contains(wb, wa)
            elif b.context == Ctx.WidgetShortcut:
                hit = _contains(wa, wb)
            else:
                hit = _contains(wa, wb) or _contains(wb, wa)
            if hit:
                return True
    return False


def conflict(a: Binding, b: Binding) -> bool:
    """The rule: the same key conflicts when both bindings can be active at once.
    Application-wide ones conflict with everything; window-wide ones with everything in
    the same window (a widget-scoped one inside it included: Qt does not prefer the
    narrower one); widget-scoped ones when one widget contains the other. One owner with
    the same key twice conflicts with itself."""
    if a.key != b.key:
        return False
    if Ctx.ApplicationShortcut in (a.context, b.context):
        return True
    if Ctx.WindowShortcut in (a.context, b.context):
        return bool(a.windows & b.windows)
    return _scoped_overlap(a, b)


def duplicates(found: list[Binding]) -> list[str]:
    problems = []
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if conflict(a, b):
                problems.append(f"{a.key}: {a.owner} ({a.context.name}) and {b.owner} "
                                f"({b.context.name})")
    return problems


def open_everything(window) -> None:
    """Every dock open, as its menu entry opens it (panels may add shortcuts when shown)."""
    names = {d.objectName() for d in window.docks()} | set(window.panel_openers)
    for name in sorted(names):
        assert window.open_panel(name), name
