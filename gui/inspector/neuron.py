"""The Neuron section: activation, alpha, bias, incoming weights, frozen, and the neuron's
formula with its real numbers."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QWidget,
)

from core import activations, edits
from gui.i18n import number, translate
from gui.inspector.common import (
    MINUS,
    ActivationCombo,
    NumberField,
    Section,
    for_layer,
    form_layout,
    select_data,
    signed,
    source_name,
    unit_name,
    wrapped_label,
)

MAX_WEIGHT_ROWS = 64     # more fields than this would not help anyone; links edit the rest
MAX_TERMS = 8            # terms of z = w·x + b written out in the formula

def formula_text(net, li: int, unit: int) -> str:
    """Two lines: "z = 0.12·x1 − 0.40·x2 + 0.05" and "a = g(z) = Tanh(z)"."""
    W, b = net.params(li)
    terms = []
    for j, w in enumerate(W[unit][:MAX_TERMS]):
        sign = MINUS if w < 0 and terms else ("+" if terms else "")
        value = signed(abs(w) if terms else w)
        terms.append(f"{sign}\u00a0{value}\u00b7{source_name(net, li, j)}".lstrip("\u00a0"))
    rest = W.shape[1] - MAX_TERMS
    if rest > 0:
        terms.append("+ \u2026 " + translate("Inspector", "(%n more)", None, rest))
    bias = float(b[unit])
    terms.append(f"{MINUS if bias < 0 else '+'}\u00a0{signed(abs(bias))}")  # kept together
    neuron = net.neurons(li)[unit]
    spec = activations.get(neuron.activation)
    if spec.is_group:
        a_line = translate("Inspector", "a = softmax of z over this layer's softmax neurons")
    elif spec.has_alpha:
        a_line = f"a = {spec.label}(z), alpha = {signed(neuron.alpha, 3)}"   # a formula
    else:
        a_line = f"a = {spec.label}(z)"
    return "z = " + " ".join(terms) + "\n" + a_line


def about_html(name: str, alpha: float | None) -> str:
    """The activation's formula, output range and notes, for the info box."""
    spec = activations.get(name)
    formula = spec.formula
    if alpha is not None:
        formula = formula.replace("alpha", f"alpha ({number(alpha, '.3g')})", 1)
    output_range = translate("Inspector", "Output range: {range}").format(
        range=spec.output_range)
    return (f"<b>{html.escape(spec.label)}</b>: {html.escape(formula)}<br>"
            f"{html.escape(output_range)}<br><i>{html.escape(spec.notes)}</i>")


class NeuronSection(Section):
    """Shows ("neuron", layer, unit); every change goes through the inspector's push_*."""

    def __init__(self, inspector, parent=None):
        super().__init__(translate("Inspector", "Neuron"), "neuronSection", parent)
        self.inspector = inspector
        self.where: tuple[int, int] | None = None
        self.subtitle = wrapped_label(name="neuronWhere")
        self.formula = wrapped_label(name="neuronFormula")
        self.formula.setToolTip(translate("Inspector", "What this neuron computes with its "
                                          "current numbers: the weighted sum z of its inputs "
                                          "plus the bias, then the activation g. Weights are "
                                          "rounded to 2 decimals here."))
        self.activation = ActivationCombo(translate(
            "Inspector", "The activation g of this neuron. Hover over an item to read about it."))
        self.activation.setObjectName("neuronActivation")
        self.activation.chosen.connect(self._choose_activation)
        self.about = wrapped_label(name="activationInfo")
        self.about.setToolTip(translate("Inspector", "The activation's formula, its output "
                                        "range and what to watch for."))
        self.alpha_label = QLabel(translate("Inspector", "alpha"))
        self.alpha = self._field("neuronAlpha")
        self.bias = self._field("neuronBias")
        self.bias.setToolTip(translate("Inspector", "The bias b, added to the weighted sum: "
                                       "z = w\u00b7x + b. Type a number and press Enter, or "
                                       "use the arrows."))
        self.frozen = QCheckBox(translate("Inspector", "Frozen"))
        self.frozen.setObjectName("neuronFrozen")
        self.frozen.setToolTip(translate("Inspector", "Frozen neurons keep their weights while "
                                         "training (bias and alpha too)."))
        self.frozen.clicked.connect(self._set_frozen)
        self.weights_title = QLabel(translate("Inspector", "Incoming weights"))
        self.weights_title.setObjectName("sectionHeading")
        self.weights_title.setToolTip(translate(
            "Inspector", "One weight per input of this neuron: the neurons of the previous "
            "layer, or the network's inputs."))
        self.weights_box = QWidget()
        self.weights_grid = QGridLayout(self.weights_box)
        self.weights_grid.setContentsMargins(0, 0, 0, 0)
        self.weights_grid.setColumnStretch(1, 1)
        self.weight_rows: list[tuple[QLabel, NumberField]] = []
        self.more = wrapped_label(name="weightsMore")
        self._layout()

    def _field(self, name: str) -> NumberField:
        field = NumberField()
        field.setObjectName(name)
        field.committed.connect(partial(self._commit, field))
        field.rejected.connect(self.inspector.show_error)
        return field

    def _layout(self) -> None:
        form = form_layout()
        form.addRow(translate("Inspector", "Activation"), self.activation)
        form.addRow(self.about)
        form.addRow(self.alpha_label, self.alpha)
        form.addRow(translate("Inspector", "Bias"), self.bias)
        form.addRow(self.frozen)
        self.form = form
        box = self.box
        box.addWidget(self.subtitle)
        box.addWidget(self.formula)
        box.addLayout(form)
        box.addWidget(self.weights_title)
        box.addWidget(self.weights_box)
        box.addWidget(self.more)

    # -- showing ---------------------------------------------------------------------------
    def show_neuron(self, li: int, unit: int) -> None:
        """Everything about neuron (li, unit); a different neuron starts new interactions."""
        net = self.inspector.document.network
        if self.where != (li, unit):
            self.where = (li, unit)
            for field in self._fields():
                field.new_interaction()
        name = unit_name(net, li, unit)
        neuron = net.neurons(li)[unit]
        spec = activations.get(neuron.activation)
        self.setTitle((translate("Inspector", "Neuron {name} (frozen)") if neuron.frozen else
                       translate("Inspector", "Neuron {name}")).format(name=name))
        units = net.sizes[li]       # a plain name: pyside6-lupdate drops n = an expression
        self.subtitle.setText(for_layer(
            net, li, translate("Inspector", "Output layer, neuron {unit} of %n", None, units),
            translate("Inspector", "Hidden layer {layer}, neuron {unit} of %n", None, units)
        ).format(layer=li + 1, unit=unit + 1))
        select_data(self.activation, neuron.activation)
        self.alpha_label.setText(translate("Inspector", "alpha (learned)") if spec.learns_alpha
                                 else translate("Inspector", "alpha"))
        self.alpha.setToolTip(self._alpha_tip(spec))
        self.alpha.set_keeps(translate("Inspector", "The alpha of {name} keeps its value "
                                       "{value}."), name=name)
        self.bias.set_keeps(translate("Inspector", "The bias of {name} keeps its value "
                                      "{value}."), name=name)
        self.form.setRowVisible(self.alpha, spec.has_alpha)
        self.alpha.target = ("alpha", li, unit) if spec.has_alpha else None
        self.bias.target = ("bias", li, unit)
        self.frozen.setChecked(neuron.frozen)
        self._weight_rows(net, li, unit)
        self.update_values()

    @staticmethod
    def _alpha_tip(spec) -> str:
        if spec.learns_alpha:
            return translate("Inspector", "PReLU's slope for z < 0. Training learns it (unless "
                             "the neuron is frozen); you can also set it here.")
        if spec.name == "elu":
            return translate("Inspector", "ELU's alpha: the level the output approaches for "
                             "very negative z.")
        return translate("Inspector", "Leaky ReLU's slope for z < 0; it keeps the gradient "
                         "from vanishing.")

    def _weight_rows(self, net, li: int, unit: int) -> None:
        fan_in = net.params(li)[0].shape[1]
        shown = min(fan_in, MAX_WEIGHT_ROWS)
        while len(self.weight_rows) < shown:
            row = len(self.weight_rows)
            label = QLabel()
            field = self._field(f"weight{row}")
            self.weights_grid.addWidget(label, row, 0)
            self.weights_grid.addWidget(field, row, 1)
            self.weight_rows.append((label, field))
        for j, (label, field) in enumerate(self.weight_rows):
            visible = j < shown
            label.setVisible(visible)
            field.setVisible(visible)
            if visible:
                src = source_name(net, li, j)
                label.setText(src)
                field.target = ("weight", li, unit, j)
                dst = unit_name(net, li, unit)
                field.set_keeps(translate("Inspector", "The weight from {source} to {target} "
                                          "keeps its value {value}."), source=src, target=dst)
                field.setToolTip(translate("Inspector", "The weight from {source} to {target}: "
                                           "the value of {source} is multiplied by it in z."
                                           ).format(source=src, target=dst))
        self.more.setVisible(fan_in > shown)
        self.more.setText(translate("Inspector", "Showing the first {shown} of %n weights; "
                                    "select a link in the editor to change another one.", None,
                                    fan_in).format(shown=shown))

    def update_values(self) -> None:
        """Numbers only (after training steps or value edits)."""
        if self.where is None:
            return
        li, unit = self.where
        doc = self.inspector.document
        net = doc.network
        neuron = net.neurons(li)[unit]
        for field in self._fields():
            if field.target is not None and field.isVisibleTo(self):
                field.show_value(doc.value(field.target))
        self.formula.setText(formula_text(net, li, unit))
        self.about.setText(about_html(neuron.activation, neuron.alpha))

    def _fields(self) -> list[NumberField]:
        return [self.alpha, self.bias] + [f for _, f in self.weight_rows]

    # -- editing ---------------------------------------------------------------------------
    def _commit(self, field: NumberField, value: float, interaction: int) -> None:
        if field.target is not None:
            self.inspector.push_value(field.target, value, interaction)

    def _choose_activation(self, name: str) -> None:
        li, unit = self.where
        net = self.inspector.document.network
        if net.activations(li)[unit] == name:
            return
        text = translate("Inspector", "Set activation of {name} to {activation}").format(
            name=unit_name(net, li, unit), activation=activations.get(name).label)
        if not self.inspector.push_structure(text, edits.set_activation, li, unit, name):
            self.show_neuron(li, unit)

    def _set_frozen(self, frozen: bool) -> None:
        li, unit = self.where
        name = unit_name(self.inspector.document.network, li, unit)
        text = (translate("Inspector", "Freeze {name}") if frozen else
                translate("Inspector", "Unfreeze {name}")).format(name=name)
        if not self.inspector.push_structure(text, edits.set_frozen, li, unit, bool(frozen)):
            self.show_neuron(li, unit)
