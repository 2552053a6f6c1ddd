"""Right-click menus. Built by plain functions that return the QMenu, so a test can find an
action (``action.data()`` is the activation name, ``objectName()`` names the others) and
``trigger()`` it without running the menu's event loop."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from core import activations as act
from gui.editor import actions
from gui.i18n import translate


def _add(menu: QMenu, text: str, slot, name: str = "", enabled: bool = True,
         tip: str = ""):
    action = menu.addAction(text)
    action.setObjectName(name)
    action.setEnabled(enabled)
    action.setToolTip(tip)
    action.triggered.connect(slot)
    return action


def _activation_actions(menu: QMenu, current: set[str], apply) -> None:
    """One checkable action per activation; ``apply(name)`` on trigger."""
    for name in act.NAMES:
        spec = act.get(name)
        action = menu.addAction(spec.label)
        action.setData(name)
        action.setCheckable(True)
        action.setChecked(current == {name})
        action.setToolTip(spec.tooltip())
        action.triggered.connect(lambda _=False, n=name: apply(n))


def neuron_menu(ed, li: int, unit: int) -> QMenu:
    menu = QMenu(ed)
    menu.setToolTipsVisible(True)
    n = ed.network.neurons(li)[unit]
    menu.addSection(translate("EditorMenu", "Activation"))
    _activation_actions(menu, {n.activation},
                        lambda name: actions.set_activation(ed, li, unit, name))
    menu.addSeparator()
    _add(menu, translate("EditorMenu", "Unfreeze") if n.frozen else
         translate("EditorMenu", "Freeze"),
         lambda: actions.set_frozen(ed, li, unit, not n.frozen), "freeze",
         tip=translate("EditorMenu", "A frozen neuron keeps its weights, bias and alpha "
                                     "while the rest trains."))
    _add(menu, translate("EditorMenu", "Edit bias\u2026"),
         lambda: ed.edit_value(("bias", li, unit)), "edit_bias")
    if n.alpha is not None:
        _add(menu, translate("EditorMenu", "Edit alpha\u2026"),
             lambda: ed.edit_value(("alpha", li, unit)), "edit_alpha")
    menu.addSeparator()
    only = ed.network.sizes[li] == 1
    _add(menu, translate("EditorMenu", "Delete neuron"),
         lambda: actions.delete_neurons(ed, [(li, unit)]), "delete",
         enabled=not only, tip=_only_neuron_tip(li, len(ed.network.sizes)) if only else "")
    return menu


def layer_menu(ed, li: int) -> QMenu:
    menu = QMenu(ed)
    menu.setToolTipsVisible(True)
    last = len(ed.network.sizes) - 1
    sub = menu.addMenu(translate("EditorMenu", "Set all activations"))
    sub.setToolTipsVisible(True)
    _activation_actions(sub, set(ed.network.activations(li)),
                        lambda name: actions.set_layer_activation(ed, li, name))
    kind = ed.network.activations(li)[-1]
    text = translate("EditorMenu", "Add neuron ({activation})").format(
        activation=act.get(kind).label)
    _add(menu, text, lambda: actions.insert_neuron(ed, li, ed.network.sizes[li], kind),
         "add_neuron")
    menu.addSeparator()
    _add(menu, translate("EditorMenu", "Insert hidden layer before"), lambda: actions.insert_layer(
        ed, li, actions.DEFAULT_LAYER), "insert_before")
    if li < last:
        _add(menu, translate("EditorMenu", "Insert hidden layer after"),
             lambda: actions.insert_layer(ed, li + 1, actions.DEFAULT_LAYER), "insert_after")
    menu.addSeparator()
    _add(menu, translate("EditorMenu", "Delete layer"), lambda: actions.remove_layer(ed, li),
         "delete", enabled=li < last,
         tip=translate("EditorMenu", "The output layer cannot be deleted.") if li == last
         else "")
    return menu


def link_menu(ed, li: int, unit: int, index: int) -> QMenu:
    menu = QMenu(ed)
    target = ("weight", li, unit, index)
    _add(menu, translate("EditorMenu", "Edit weight\u2026"), lambda: ed.edit_value(target),
         "edit_weight")
    _add(menu, translate("EditorMenu", "Set weight to 0"),
         lambda: actions.apply_value_text(ed, target, "0"), "zero")
    return menu


def input_menu(ed, name: str, active: bool) -> QMenu:
    menu = QMenu(ed)
    text = translate("EditorMenu", "Stop using this input") if active else \
        translate("EditorMenu", "Use this input")
    _add(menu, text, lambda: actions.toggle_input(ed, name), "toggle_input",
         enabled=ed.document.feature_choices() is not None)
    return menu


def empty_menu(ed) -> QMenu:
    menu = QMenu(ed)
    _add(menu, translate("EditorMenu", "Add hidden layer"), lambda: actions.add_layer(ed),
         "add_layer")
    menu.addSeparator()
    _add(menu, translate("EditorMenu", "Fit to window"), ed.fit, "fit")
    _add(menu, translate("EditorMenu", "Actual size"), ed.zoom_reset, "zoom_reset")
    return menu


def menu_for(ed, key) -> QMenu:
    """The menu for what a right-click hit (a key as in ``NetworkEditor.key_at``)."""
    if key is None:
        return empty_menu(ed)
    kind = key[0]
    if kind in ("neuron", "bias"):
        return neuron_menu(ed, key[1], key[2])
    if kind == "layer":
        return layer_menu(ed, key[1])
    if kind == "link":
        return link_menu(ed, *key[1:])
    if kind == "input":
        return input_menu(ed, ed.network.input_names[key[1]], True)
    return input_menu(ed, key[1], False)


def _only_neuron_tip(li: int, n_layers: int) -> str:
    if li == n_layers - 1:
        return translate("EditorMenu", "The only output neuron cannot go; change its "
                                       "activation instead.")
    return translate("EditorMenu", "The only neuron of a layer cannot go; delete the layer.")
