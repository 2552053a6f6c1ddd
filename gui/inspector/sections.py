"""The Layer, Input and Link sections of the inspector."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
)

from core import activations, edits
from gui.i18n import translate
from gui.inspector.common import (
    ActivationCombo,
    NumberField,
    Section,
    UndoGoesToTheWindow,
    activation_label,
    for_layer,
    form_layout,
    is_output,
    layer_title,
    select_data,
    signed,
    source_name,
    unit_name,
    wrapped_label,
)
from gui.wheel_inputs import SpinBox

MAX_LAYER_UNITS = 64
MAX_LISTED = 8           # outgoing weights listed for an input


def activation_summary(net, li: int) -> str:
    """"3 × Tanh, 1 × ReLU; 1 frozen" for layer li."""
    neurons = net.neurons(li)
    counts = Counter(n.activation for n in neurons)
    text = ", ".join(f"{k} \u00d7 {activation_label(name)}" for name, k in counts.items())
    frozen = sum(n.frozen for n in neurons)
    if not frozen:
        return text
    return translate("Inspector", "{activations}; %n frozen", None, frozen).format(
        activations=text)


class _UnitsBox(UndoGoesToTheWindow, SpinBox):
    """The layer's unit count: like the other Inspector fields, Ctrl+Z right after Enter
    (nothing typed since) undoes the resize instead of the box's own text history."""

    @property
    def _editing(self) -> bool:
        return self.lineEdit().text() != self.textFromValue(self.value())


class LayerSection(Section):
    """Shows ("layer", layer): units, activations, "set all activations"."""

    def __init__(self, inspector, parent=None):
        super().__init__(translate("Inspector", "Layer"), "layerSection", parent)
        self.inspector = inspector
        self.layer: int | None = None
        self.units = _UnitsBox()
        self.units.setObjectName("layerUnits")
        self.units.setRange(1, MAX_LAYER_UNITS)
        self.units.setKeyboardTracking(False)
        self.units.setToolTip(translate("Inspector", "How many neurons (units) this layer has. "
                                        "More units are added at the end with the last "
                                        "neuron's activation; fewer remove neurons from the "
                                        "end."))
        self.units.valueChanged.connect(self._resize)
        self.summary = wrapped_label(name="layerSummary")
        self.summary.setToolTip(translate("Inspector", "How many neurons of this layer use each "
                                          "activation."))
        self.all_combo = ActivationCombo(translate("Inspector", "The activation to give every "
                                                   "neuron of this layer."))
        self.all_combo.setObjectName("layerActivation")
        self.apply = QPushButton(translate("Inspector", "Apply"))
        self.apply.setObjectName("layerSetAll")
        self.apply.setToolTip(translate("Inspector", "Give every neuron of this layer the "
                                        "activation chosen on the left. Weights and biases are "
                                        "kept."))
        self.apply.clicked.connect(self._set_all)
        self.all_combo.currentIndexChanged.connect(
            lambda index: self.apply.setEnabled(index >= 0))
        row = QHBoxLayout()
        row.addWidget(self.all_combo, 1)
        row.addWidget(self.apply)
        box = self.box
        box.addWidget(self.summary)
        form = form_layout()
        form.addRow(translate("Inspector", "Units"), self.units)
        form.addRow(translate("Inspector", "Set all to"), row)
        box.addLayout(form)
        self.hint = wrapped_label(name="layerHint")
        box.addWidget(self.hint)

    def show_layer(self, li: int) -> None:
        net = self.inspector.document.network
        self.layer = li
        self.setTitle(layer_title(net, li))
        self.units.blockSignals(True)
        self.units.setMaximum(max(MAX_LAYER_UNITS, net.sizes[li]))
        self.units.setValue(net.sizes[li])
        self.units.blockSignals(False)
        self.summary.setText(translate("Inspector", "Activations: {activations}").format(
            activations=activation_summary(net, li)))
        kinds = set(net.activations(li))
        select_data(self.all_combo, next(iter(kinds)) if len(kinds) == 1 else None,
                    placeholder=translate("Inspector", "choose an activation"))
        self.apply.setEnabled(self.all_combo.currentIndex() >= 0)
        fan_in = net.params(li)[0].shape[1]
        if is_output(net, li):
            self.hint.setText(translate("Inspector", "The output layer: one neuron per output "
                                        "(per class for softmax). The loss must fit its "
                                        "activations; see Network."))
        elif li == 0:
            self.hint.setText(translate("Inspector", "Each neuron here has one weight per input "
                                        "(%n weights) and a bias.", None, fan_in))
        else:
            self.hint.setText(translate("Inspector", "Each neuron here has one weight per neuron "
                                        "of hidden layer {layer} (%n weights) and a bias.",
                                        None, fan_in).format(layer=li))

    def _resize(self, units: int) -> None:
        net, li = self.inspector.document.network, self.layer
        if li is None or units == net.sizes[li]:
            return
        text = for_layer(net, li, translate("Inspector", "Resize the output layer to %n units",
                                            None, units),
                         translate("Inspector", "Resize hidden layer {layer} to %n units",
                                   None, units)).format(layer=li + 1)
        if not self.inspector.push_structure(text, edits.resize_layer, li, units):
            self.show_layer(li)

    def _set_all(self) -> None:
        name = self.all_combo.currentData()
        net, li = self.inspector.document.network, self.layer
        if li is None or name is None:
            return
        label = activation_label(name)
        if set(net.activations(li)) == {name}:
            self.inspector.show_info(for_layer(
                net, li, translate("Inspector", "Every neuron of the output layer already uses "
                                   "{activation}."),
                translate("Inspector", "Every neuron of hidden layer {layer} already uses "
                          "{activation}.")).format(layer=li + 1, activation=label))
            return
        text = for_layer(net, li, translate("Inspector", "Set the output layer to {activation}"),
                         translate("Inspector", "Set hidden layer {layer} to {activation}")
                         ).format(layer=li + 1, activation=label)
        self.inspector.push_structure(text, edits.set_layer_activation, li, name)


class InputSection(Section):
    """Shows ("input", name): whether the network uses it, its outgoing weights."""

    def __init__(self, inspector, parent=None):
        super().__init__(translate("Inspector", "Input"), "inputSection", parent)
        self.inspector = inspector
        self.name: str | None = None
        self.label = wrapped_label(name="inputName")
        self.label.setToolTip(translate("Inspector", "The input feature's name, as the data "
                                        "calls it."))
        self.state = wrapped_label(name="inputState")
        self.state.setToolTip(translate("Inspector", "An active input feeds every neuron of the "
                                        "first layer."))
        self.use = QCheckBox(translate("Inspector", "Use as an input"))
        self.use.setObjectName("inputActive")
        self.use.setToolTip(translate("Inspector", "Switch this feature on or off, as in "
                                      "TensorFlow Playground. Weights of the other inputs are "
                                      "kept."))
        self.use.clicked.connect(self._toggle)
        self.weights = wrapped_label(name="inputWeights")
        self.weights.setToolTip(translate("Inspector", "The weights that carry this input into "
                                          "the first layer. Select a link in the editor to "
                                          "change one."))
        box = self.box
        for w in (self.label, self.state, self.use, self.weights):
            box.addWidget(w)

    def show_input(self, name: str) -> None:
        doc = self.inspector.document
        net = doc.network
        self.name = name
        self.setTitle(translate("Inspector", "Input {name}").format(name=name))
        self.label.setText(translate("Inspector", "Name: {name}").format(name=name))
        active = name in net.input_names
        choices = doc.feature_choices()
        self.use.setVisible(choices is not None and name in choices)
        self.use.setChecked(active)
        if not active:
            self.state.setText(translate("Inspector", "Active: no, the network does not use "
                                         "it. Tick the box to add it."))
            self.weights.setText("")
            return
        i = net.input_names.index(name)
        first = net.sizes[0]        # a plain name: pyside6-lupdate drops n = an expression
        self.state.setText(for_layer(
            net, 0, translate("Inspector", "Active: yes, input {input} of {inputs}; it feeds "
                              "all %n neurons of the output layer.", None, first),
            translate("Inspector", "Active: yes, input {input} of {inputs}; it feeds all %n "
                      "neurons of hidden layer 1.", None, first)
        ).format(input=i + 1, inputs=net.n_inputs))
        W = net.params(0)[0][:, i]
        listed = ", ".join(f"{unit_name(net, 0, u)} {signed(w)}"
                           for u, w in enumerate(W[:MAX_LISTED]))
        if len(W) > MAX_LISTED:
            listed += ", \u2026 " + translate("Inspector", "(%n more)", None,
                                               len(W) - MAX_LISTED)
        self.weights.setText(translate("Inspector", "Weights out of {name}: {weights}").format(
            name=name, weights=listed))

    def _toggle(self, on: bool) -> None:
        doc, name = self.inspector.document, self.name
        current = list(doc.network.input_names)
        if on:
            wanted = set(current) | {name}
            choices = doc.feature_choices() or []
            names = [f for f in choices if f in wanted] + [f for f in current
                                                         if f not in choices]
            text = translate("Inspector", "Use {name} as an input").format(name=name)
        else:
            names = [f for f in current if f != name]
            text = translate("Inspector", "Stop using {name} as an input").format(name=name)
        if not self.inspector.push_structure(text, edits.set_inputs, names):
            self.show_input(name)


class LinkSection(Section):
    """Shows ("link", layer, unit, index): one weight, where it comes from and goes to."""

    def __init__(self, inspector, parent=None):
        super().__init__(translate("Inspector", "Link"), "linkSection", parent)
        self.inspector = inspector
        self.where: tuple[int, int, int] | None = None
        self.source = wrapped_label(name="linkFrom")
        self.source.setToolTip(translate("Inspector", "Where the signal comes from."))
        self.dest = wrapped_label(name="linkTo")
        self.dest.setToolTip(translate("Inspector", "The neuron that receives it, multiplied by "
                                       "the weight."))
        self.weight = NumberField()
        self.weight.setObjectName("linkWeight")
        self.weight.setToolTip(translate("Inspector", "The weight of this link. Type a number and "
                                         "press Enter, or use the arrows. Positive links are "
                                         "blue, negative orange."))
        self.weight.committed.connect(self._commit)
        self.weight.rejected.connect(self.inspector.show_error)
        self.note = wrapped_label(name="linkNote")
        box = self.box
        box.addWidget(self.source)
        box.addWidget(self.dest)
        form = form_layout()
        form.addRow(translate("Inspector", "Weight"), self.weight)
        box.addLayout(form)
        box.addWidget(self.note)

    def show_link(self, li: int, unit: int, index: int) -> None:
        net = self.inspector.document.network
        if self.where != (li, unit, index):
            self.where = (li, unit, index)
            self.weight.new_interaction()
        src, dst = source_name(net, li, index), unit_name(net, li, unit)
        self.setTitle(translate("Inspector", "Link {source} \u2192 {target}").format(
            source=src, target=dst))
        if li == 0:
            text = translate("Inspector", "From: {source} (input {input})")
        else:       # li - 1 is a hidden layer
            text = translate("Inspector", "From: {source} (hidden layer {layer})")
        self.source.setText(text.format(source=src, input=index + 1, layer=li))
        self.dest.setText(for_layer(
            net, li, translate("Inspector", "To: {target} (output layer, neuron {unit})"),
            translate("Inspector", "To: {target} (hidden layer {layer}, neuron {unit})")
        ).format(target=dst, layer=li + 1, unit=unit + 1))
        self.weight.target = ("weight", li, unit, index)
        self.weight.set_keeps(translate("Inspector", "The weight from {source} to {target} "
                                        "keeps its value {value}."), source=src, target=dst)
        neuron = net.neurons(li)[unit]
        note = translate("Inspector", "{target} multiplies the value of {source} by this weight "
                         "and adds it to its z = w\u00b7x + b, before its {activation} "
                         "activation.").format(
            target=dst, source=src, activation=activations.get(neuron.activation).label)
        if neuron.frozen:
            note += " " + translate("Inspector", "{target} is frozen: training leaves this "
                                    "weight alone.").format(target=dst)
        self.note.setText(note)
        self.update_values()

    def update_values(self) -> None:
        if self.weight.target is not None:
            self.weight.show_value(self.inspector.document.value(self.weight.target))

    def _commit(self, value: float, interaction: int) -> None:
        if self.weight.target is not None:
            self.inspector.push_value(self.weight.target, value, interaction)
