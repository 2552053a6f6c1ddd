"""The inspector dock: shows what is selected in the editor and changes it through commands.

It never edits the network itself: every change is a command pushed on the undo stack
(DESIGN rule 5), and everything on screen is redrawn from the document's signals, so undo,
redo, training and File > Open all show up here the same way.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

from core.losses import LossError
from core.network import NetworkError
from gui import colors
from gui.commands import SettingCommand, StructureCommand, ValueCommand
from gui.i18n import translate
from gui.inspector.common import readable_font, scrolling_panel, wrapped_label
from gui.inspector.network import NetworkSection
from gui.inspector.neuron import NeuronSection
from gui.inspector.sections import InputSection, LayerSection, LinkSection

KINDS = {"neuron": 2, "layer": 1, "input": 1, "feature": 1, "link": 3}

# Only on the formula label: a style sheet on an ancestor would stop the main window's
# font (presentation mode) from reaching the widgets inside.
FORMULA_STYLE = ("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 6px;"
                 " background: palette(alternate-base); }")


class Inspector(QWidget):
    """``show_selection(sel)`` with sel = ("neuron", layer, unit) | ("layer", layer) |
    ("input", index or name) | ("link", layer, unit, weight_index) | None, in user order
    (layer 0 is the first hidden layer, the last is the output layer). ("feature", name)
    is an input the network does not use yet (Playground's x1^2, ...)."""

    def __init__(self, document, undo_stack, parent=None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setMinimumWidth(300)
        self.document, self.undo_stack = document, undo_stack
        self.selection: tuple | None = None
        self.message = wrapped_label(name="inspectorMessage")
        self.message.setToolTip(translate("Inspector", "What went wrong with the last change, "
                                          "and what to do."))
        self.message.hide()
        self.empty = wrapped_label(translate("Inspector", "Select a neuron, a layer, an input "
                                             "or a link in the editor to see its numbers "
                                             "and change them."), "inspectorEmpty")
        self.neuron = NeuronSection(self)
        self.layer = LayerSection(self)
        self.input = InputSection(self)
        self.link = LinkSection(self)
        self.network = NetworkSection(self)
        self._build()
        document.structureChanged.connect(self._refresh)
        document.paramsChanged.connect(self._refresh_values)
        document.settingsChanged.connect(self._refresh)
        document.replaced.connect(self._replaced)
        self.neuron.formula.setStyleSheet(FORMULA_STYLE)
        self._apply_fonts()
        self._refresh()

    def _build(self) -> None:
        # the network's settings come last in the same scroll: a fixed footer squashed the
        # selected neuron's fields to two lines in a short dock
        content, self.scroll, self.body = scrolling_panel(
            self, self.message,
            (self.empty, self.neuron, self.layer, self.input, self.link, self.network))
        content.setObjectName("inspectorContent")

    # -- selection -------------------------------------------------------------------------
    def show_selection(self, selection) -> None:
        """Show ``selection`` (see the class doc). A selection that no longer exists (after
        an undo, say) shows nothing; a malformed one raises ValueError."""
        self.selection = self._normalise(selection)
        self.clear_message()
        self._refresh()

    def _normalise(self, selection) -> tuple | None:
        if selection is None:
            return None
        kind, *rest = tuple(selection)
        named = kind in ("input", "feature") and isinstance(rest[0] if rest else None, str)
        if kind not in KINDS or len(rest) != KINDS[kind] or (kind == "feature" and not named):
            raise ValueError(f"unknown selection {selection!r}; expected ('neuron', layer, "
                             f"unit), ('layer', layer), ('input', index or name), ('link', "
                             f"layer, unit, weight_index) or None")
        if named:
            return ("input", rest[0]) if self._exists("input", rest) else None
        rest = [int(x) for x in rest]
        if kind == "input":
            names = self.document.network.input_names
            return ("input", names[rest[0]]) if 0 <= rest[0] < len(names) else None
        return (kind, *rest) if self._exists(kind, rest) else None

    def _exists(self, kind: str, rest: list) -> bool:
        net = self.document.network
        sizes = net.sizes
        if kind == "input":
            choices = self.document.feature_choices() or []
            return rest[0] in net.input_names or rest[0] in choices
        if not 0 <= rest[0] < len(sizes):
            return False
        if kind == "layer":
            return True
        if not 0 <= rest[1] < sizes[rest[0]]:
            return False
        fan_in = net.n_inputs if rest[0] == 0 else sizes[rest[0] - 1]
        return kind == "neuron" or 0 <= rest[2] < fan_in

    # -- redrawing from the document's signals ---------------------------------------------
    def _refresh(self) -> None:
        sel = self.selection
        if sel is not None and not self._exists(sel[0], list(sel[1:])):
            sel = self.selection = None
        kind = sel[0] if sel else None
        self.empty.setVisible(kind is None)
        for name, section in (("neuron", self.neuron), ("layer", self.layer),
                              ("input", self.input), ("link", self.link)):
            section.setVisible(kind == name)
        if kind == "neuron":
            self.neuron.show_neuron(*sel[1:])
        elif kind == "layer":
            self.layer.show_layer(sel[1])
        elif kind == "input":
            self.input.show_input(sel[1])
        elif kind == "link":
            self.link.show_link(*sel[1:])
        self.network.refresh()

    def _refresh_values(self) -> None:
        kind = self.selection[0] if self.selection else None
        if kind == "neuron":
            self.neuron.update_values()
        elif kind == "link":
            self.link.update_values()
        elif kind == "input":
            self.input.show_input(self.selection[1])

    def _replaced(self) -> None:
        self.selection = None
        self.clear_message()
        self._refresh()

    # -- pushing commands ------------------------------------------------------------------
    def push_structure(self, text: str, edit: str, *args) -> bool:
        """Push ``StructureCommand(document, text, edit, *args)``; a refusal shows why."""
        return self.push_steps(text, [lambda: StructureCommand(self.document, text, edit,
                                                               *args)])

    def push_value(self, target: tuple, value: float, interaction=None) -> bool:
        if not math.isfinite(value):
            self.show_error(translate("Inspector", "{value} is not a finite number; the old "
                                      "value stays.").format(value=value))
            return False
        if value == self.document.value(target):
            return True
        return self.push_steps("", [lambda: ValueCommand(self.document, target, value,
                                                         interaction)])

    def push_setting(self, section: str, key: str, value, text: str | None = None) -> bool:
        return self.push_steps("", [lambda: SettingCommand(self.document, section, key,
                                                           value, text)])

    def push_steps(self, text: str, factories) -> bool:
        """Build and push the commands one by one (a factory may return None to skip), as
        one macro when there is more than one. A refused step undoes the steps before it
        and shows why."""
        pushed, macro = 0, len(factories) > 1
        try:
            for factory in factories:
                command = factory()
                if command is None:
                    continue
                if macro and pushed == 0:
                    self.undo_stack.beginMacro(text)
                self.undo_stack.push(command)
                pushed += 1
        except (NetworkError, LossError) as e:
            if macro and pushed:
                self.undo_stack.endMacro()
                self.undo_stack.undo()
            self.show_error(str(e)[:1].upper() + str(e)[1:])
            return False
        if macro and pushed:
            self.undo_stack.endMacro()
        self.clear_message()
        return True

    # -- messages and looks ----------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {self.state_color(False)}; padding: 4px;")
        self.message.setText("\u26a0 " + text)
        self.message.show()

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet("padding: 4px;")
        self.message.setText(text)
        self.message.show()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def state_color(self, ok: bool) -> str:
        """Green for fine, red for a problem; lighter shades on the dark scheme."""
        scheme = colors.current()
        return scheme.good if ok else scheme.bad

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._apply_fonts()
            if event.type() == QEvent.Type.PaletteChange:
                self.network.refresh()

    def _apply_fonts(self) -> None:
        """The inherited font (the main window's, larger in presentation mode), at least
        MIN_POINT_SIZE; the formula in a fixed-width font a little larger."""
        base = readable_font(self)
        self.body.setFont(base)
        bold = QFont(base)
        bold.setBold(True)
        heading = QFont(bold)
        heading.setPointSizeF(base.pointSizeF() * 1.2)
        for section in (self.neuron, self.layer, self.input, self.link, self.network):
            section.heading.setFont(heading)
        self.message.setFont(bold)
        self.neuron.weights_title.setFont(bold)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(base.pointSizeF() * 1.1)
        self.neuron.formula.setFont(mono)
