"""NetworkEditor: the view the main window embeds. It owns the scene, the selection and the
zoom (zoom, fit and the saved view state come from ``ZoomMixin`` in ``zoom.py``); edits go
through ``actions``/``drops`` as undo commands, and the scene is redrawn only from the
document's signals (DESIGN rule 5).

Selections (user order; layer 0 is the first hidden layer, the output layer is last):
``("neuron", layer, unit)``, ``("layer", layer)``, ``("input", index)``,
``("link", layer, unit, weight_index)`` or None. Ctrl+A and Ctrl+click select several
neurons (``select(("neurons", ((layer, unit), ...)))``); ``selection()`` and the signal
then say None, and ``selected_neurons()`` lists them.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QKeySequence, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsView

from gui.editor import actions, drops, menus, texts
from gui.editor.export import export_image
from gui.editor.inline import InlineValueEditor
from gui.editor.links import LinkLayerItem
from gui.editor.mime import is_ours, neuron_mime, read_neuron
from gui.editor.navigation import neighbour, valid_selection
from gui.editor.nodes import BiasHandle
from gui.editor.palette import curve_pixmap
from gui.editor.scene import EditorScene
from gui.editor.zoom import ZoomMixin
from gui.i18n import translate


class NetworkEditor(ZoomMixin, QGraphicsView):
    selectionChanged = Signal(object)
    statusMessage = Signal(str)
    hoverChanged = Signal(object)      # the key of the item under the pointer, or None

    def __init__(self, document, undo_stack, parent=None):
        super().__init__(parent)
        self.document, self.undo_stack = document, undo_stack
        self._scene = EditorScene(self)
        self.setScene(self._scene)
        self._selection = None
        self._hovered = None           # the key of the item under the pointer, or None
        self._auto_fit = True          # keep fitting on resize until the user zooms
        self._hint = ""
        self.inline = InlineValueEditor(self)
        self.last_build_seconds = 0.0
        self.setObjectName("networkEditor")
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)   # drag empty space: pan
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # While training, every node's map changes each frame: repainting the one rectangle
        # around them cost 0.9 ms, the smart mode's many small ones 2.8 ms (measured).
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Editor", "Network editor"))
        document.structureChanged.connect(self._rebuild)
        document.paramsChanged.connect(self._refresh_params)
        document.replaced.connect(self._on_replaced)
        self._rebuild()

    # -- reading ---------------------------------------------------------------------------
    @property
    def network(self):
        return self.document.network

    def scene_layout(self):
        return self._scene.layout

    def neuron_item(self, layer: int, unit: int):
        return self._scene.neurons.get((layer, unit))

    def link_item(self, layer: int) -> LinkLayerItem:
        return self._scene.links[layer]

    def describe(self, key) -> str:
        return texts.describe(self, key)

    # -- document signals ------------------------------------------------------------------
    def _rebuild(self) -> None:
        self.inline.discard()          # before scene.clear() deletes it
        # Qt sends no hover-leave for an item it deletes: the hovered neuron would outlive
        # its item (and the document), and the Map would go on showing it after the pointer
        # left (seen in a classroom walk-through). A new item under the pointer reports
        # itself at the next mouse move, or when the fit below replays the last one.
        self.item_hovered(None)
        center = self._center()
        start = time.perf_counter()
        self._scene.build(self.network, self.document.feature_choices())
        self.last_build_seconds = time.perf_counter() - start
        self._set_selection(valid_selection(self._selection, self.network))
        if self._auto_fit:
            self.fit()
        else:                          # an edit must not make the picture jump
            self.centerOn(center)

    def scheme_changed(self) -> None:
        """The light or dark scheme changed (gui.theme.restyle)."""
        self._scene.scheme_changed()

    def _refresh_params(self) -> None:
        self._scene.refresh_params(self.network)

    def _on_replaced(self) -> None:
        self._auto_fit = True
        self.select(None)
        # Now, and again on structureChanged, which the document sends after "replaced":
        # the other listeners of "replaced" resize and zoom the editor, and the old
        # scene's items then described layers the new network does not have (IndexError,
        # then a crash; found by the monkey test).
        self._rebuild()

    # -- selection -------------------------------------------------------------------------
    def selection(self):
        """The one selected thing as documented above, or None (also when several neurons
        are selected: see ``selected_neurons``)."""
        return _single(self._selection)

    def selected_neurons(self) -> list[tuple[int, int]]:
        """(layer, unit) of every selected neuron (Ctrl+A, Ctrl+click, or just one)."""
        sel = self._selection
        if sel and sel[0] == "neurons":
            return list(sel[1])
        return [(sel[1], sel[2])] if sel and sel[0] == "neuron" else []

    def select(self, selection) -> None:
        """Select a tuple as documented above (invalid ones select nothing)."""
        self._set_selection(valid_selection(selection, self.network))

    def select_all(self) -> None:
        keys = tuple((li, u) for li, n in enumerate(self.network.sizes) for u in range(n))
        self.select(("neurons", keys))

    def _set_selection(self, sel) -> None:
        # the signal carries only single selections, the kinds the inspector understands
        before, self._selection = _single(self._selection), sel
        self._scene.show_selection(_keys_of(sel))
        if _single(sel) != before:
            self.selectionChanged.emit(_single(sel))

    def hovered(self):
        """The key of the item under the pointer (as ``key_at`` gives it), or None."""
        return self._hovered

    def item_hovered(self, key) -> None:
        """The pointer entered an item (``key``) or left it (None); called by the items."""
        if key != self._hovered:
            self._hovered = key
            self.hoverChanged.emit(key)

    def item_pressed(self, key, modifiers) -> None:
        """A left click on an item (called by the items)."""
        kind = key[0]
        if kind in ("input", "feature") and self.document.feature_choices() is not None:
            name = self.network.input_names[key[1]] if kind == "input" else key[1]
            # later: the click's own item is deleted by the rebuild this causes
            QTimer.singleShot(0, self, lambda: self.toggle_input(name))
            return
        extend = modifiers & (Qt.KeyboardModifier.ControlModifier
                              | Qt.KeyboardModifier.ShiftModifier)
        if kind == "neuron" and extend:
            self.select(_toggled(self._selection, key))
        elif kind != "feature":
            self.select(key)

    # -- edits (all undoable) --------------------------------------------------------------
    def add_neuron(self, activation: str) -> bool:
        return actions.add_neuron(self, activation)

    def add_layer(self) -> bool:
        return actions.add_layer(self)

    def delete_selected(self) -> bool:
        return actions.delete_selected(self)

    def toggle_input(self, name: str) -> bool:
        return actions.toggle_input(self, name)

    def handle_drop(self, scene_pos: QPointF, mime: QMimeData) -> bool:
        return drops.handle_drop(self, scene_pos, mime)

    def apply_value_text(self, target: tuple, text: str) -> bool:
        return actions.apply_value_text(self, target, text)

    def edit_value(self, target: tuple, scene_pos: QPointF | None = None):
        """Open the inline editor for ("weight", l, u, k) | ("bias", l, u) | ("alpha", l, u)
        next to what it edits; returns the QLineEdit."""
        if scene_pos is None:
            if target[0] == "weight":
                scene_pos = self._scene.link_line(("link", *target[1:])).center()
            else:
                scene_pos = self.neuron_item(target[1], target[2]).sceneBoundingRect() \
                    .bottomLeft()
        return self.inline.open(target, scene_pos)

    def context_menu_for(self, scene_pos: QPointF):
        """The QMenu a right-click at ``scene_pos`` shows (not yet executed)."""
        return menus.menu_for(self, self.key_at(scene_pos))

    def key_at(self, scene_pos: QPointF):
        """What is under ``scene_pos``: a selection-like key, ("bias", l, u), ("feature",
        name) for an unused input, or None for empty space."""
        for item in self._scene.items(scene_pos):
            if isinstance(item, LinkLayerItem):
                hit = item.link_at(item.mapFromScene(scene_pos), 5.0 / self._zoom())
                if hit is not None:
                    return ("link", item.layer, *hit)
            elif isinstance(item, BiasHandle):
                return ("bias", item.neuron.layer, item.neuron.unit)
            elif getattr(item, "key", None) is not None:
                return item.key
        return None

    # -- dragging a neuron -----------------------------------------------------------------
    def start_neuron_drag(self, layer: int, unit: int) -> None:
        # Run the drag from the event loop, not from inside the item's mouse handler: the
        # drop rebuilds the scene and deletes that very item.
        QTimer.singleShot(0, self, lambda: self._exec_neuron_drag(layer, unit))

    def _exec_neuron_drag(self, layer: int, unit: int) -> None:
        if self.neuron_item(layer, unit) is None:
            return
        drag = QDrag(self)
        drag.setMimeData(neuron_mime(layer, unit))
        drag.setPixmap(curve_pixmap(self.network.activations(layer)[unit]))
        drag.exec(Qt.DropAction.MoveAction)
        self._end_drag_hint()         # cancelled with Esc or dropped elsewhere: hint gone

    def hover_link(self, key) -> None:
        self._scene.hover_line.show_line(self._scene.link_line(key) if key else None)

    # -- export ----------------------------------------------------------------------------
    def export_image(self, path) -> None:
        """The network as PNG or SVG, as a handout shows it: no value box, hover line or
        selection ring."""
        self.inline.close()
        self.hover_link(None)
        self._scene.show_selection(set())
        try:
            export_image(self._scene, path)
        finally:
            self._scene.show_selection(_keys_of(self._selection))

    # -- events ----------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and \
                self.key_at(self.mapToScene(event.position().toPoint())) is None:
            self.select(None)
            self.item_hovered(None)    # the pointer is on empty canvas: over no item
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        # a click on a header, link or empty space selects on the press; no item grabs the
        # mouse, so the scene ignores the release: it is the editor's all the same
        super().mouseReleaseEvent(event)
        event.accept()

    def contextMenuEvent(self, event) -> None:
        key = self.key_at(self.mapToScene(event.pos()))
        if key is not None and key[0] in ("neuron", "layer", "link", "input") and \
                key not in _keys_of(self._selection):
            self.select(key)
        menus.menu_for(self, key).exec(event.globalPos())

    def keyPressEvent(self, event) -> None:
        if self.inline.has_focus():
            # The value box is an item of the scene: the view sees its keys first. Editing
            # keys belong to it (Backspace here deleted the neuron under the open box and
            # the rebuild crashed the process).
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif key == Qt.Key.Key_Escape:
            self.select(None)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.select(neighbour(self._selection, key, self.network.sizes))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self._edit_selected()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _edit_selected(self) -> None:
        sel = self._selection
        if sel and sel[0] == "neuron":
            self.edit_value(("bias", sel[1], sel[2]))
        elif sel and sel[0] == "link":
            self.edit_value(("weight", *sel[1:]))

    # -- drops -----------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if is_ours(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        pos = self.mapToScene(event.position().toPoint())
        target, hint = drops.hint_for(self, pos, event.mimeData())
        self._scene.show_drop(target)
        if hint != self._hint:
            self._hint = hint
            self.statusMessage.emit(hint)
        if target is None:
            event.ignore()
            return
        event.setDropAction(_drop_action(event.mimeData()))
        event.accept()

    def dragLeaveEvent(self, event) -> None:
        self._end_drag_hint()         # also where a drag cancelled with Esc ends

    def dropEvent(self, event) -> None:
        self._end_drag_hint()         # before the drop, which may say something of its own
        if self.handle_drop(self.mapToScene(event.position().toPoint()), event.mimeData()):
            event.setDropAction(_drop_action(event.mimeData()))
            event.accept()
        else:
            event.ignore()

    def _end_drag_hint(self) -> None:
        """The drag is over: no lit target, and the status bar's "Drop to …" goes (it
        stayed for its 8 s after the drop and read as if the drag went on)."""
        self._scene.show_drop(None)
        if self._hint:
            self._hint = ""
            self.statusMessage.emit("")


def _drop_action(mime) -> Qt.DropAction:
    return Qt.DropAction.MoveAction if read_neuron(mime) else Qt.DropAction.CopyAction


def _single(sel):
    return None if sel is not None and sel[0] == "neurons" else sel


def _keys_of(sel) -> set:
    """The item keys a selection lights up."""
    if sel is None:
        return set()
    if sel[0] == "neurons":
        return {("neuron", li, u) for li, u in sel[1]}
    return {sel}


def _toggled(sel, key):
    """Ctrl+click: add or remove one neuron from a (multi-)selection of neurons."""
    keys = [("neuron", li, u) for li, u in sel[1]] if sel and sel[0] == "neurons" else \
        ([sel] if sel and sel[0] == "neuron" else [])
    keys = [k for k in keys if k != key] if key in keys else keys + [key]
    if not keys:
        return None
    if len(keys) == 1:
        return keys[0]
    return ("neurons", tuple((k[1], k[2]) for k in keys))
