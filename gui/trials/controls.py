"""The plan's controls: what to vary, where, which values, how many epochs.

``PlanControls.plan()`` reads them into a ``core.trials.TrialPlan`` (TrialError with a
plain message when the values cannot be used); ``set_plan(plan)`` shows a plan (a lesson's);
``refresh(net)`` follows the network's layers; choosing what to vary fills in values
around the current setting (e.g. 1 to 5 units for a layer of 3).
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from core import activations as act
from core import optimizers
from core.network import Network
from core.trials import MAX_EPOCHS, MAX_TRIALS, TrialError, TrialPlan
from gui.i18n import translate
from gui.wheel_inputs import ComboBox, SpinBox

_SETTING = {"layer_activation": "activation", "neuron_activation": "activation"}
_TOKEN = re.compile(r"[,;\s]+")


def kinds() -> tuple[tuple[str, str], ...]:
    """(key, label) of each setting a plan may vary, in the language shown."""
    return (("units", translate("TrialControls", "Units in a layer")),
            ("layer_activation", translate("TrialControls", "Activation of a layer")),
            ("neuron_activation", translate("TrialControls", "Activation of a neuron")),
            ("learning_rate", translate("TrialControls", "Learning rate")),
            ("optimizer", translate("TrialControls", "Optimizer")),
            ("batch_size", translate("TrialControls", "Batch size")))


def layer_name(li: int, n_layers: int) -> str:
    if li == n_layers - 1:
        return translate("TrialControls", "Output")
    return translate("TrialControls", "Hidden {number}").format(number=li + 1)


def _checks(names, labels, columns: int) -> tuple[QWidget, dict[str, QCheckBox]]:
    page, grid, boxes = QWidget(), QGridLayout(), {}
    grid.setContentsMargins(0, 0, 0, 0)
    for i, name in enumerate(names):
        box = QCheckBox(labels[name])
        boxes[name] = box
        grid.addWidget(box, i // columns, i % columns)
    page.setLayout(grid)
    return page, boxes


class PlanControls(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._net: Network | None = None
        self._training: dict = {}
        self.kind = ComboBox()
        for key, text in kinds():
            self.kind.addItem(text, key)
        self.kind.setToolTip(translate("TrialControls", "The one setting that differs between "
                                       "the trials; everything else (data, seeds, starting "
                                       "weights) stays the same"))
        self.layer, self.neuron = ComboBox(), ComboBox()
        self.layer.setToolTip(translate("TrialControls", "The layer whose units or activation "
                                        "the trials change"))
        self.neuron.setToolTip(translate("TrialControls", "The neuron whose activation the "
                                         "trials change"))
        self.values = QLineEdit()
        self.values.setToolTip(translate("TrialControls", "One value per trial, separated by "
                                         "commas (at most {count})").format(count=MAX_TRIALS))
        self.act_page, self.act_boxes = _checks(
            [n for n in act.NAMES if n != "softmax"], {n: n for n in act.NAMES}, 3)
        self.opt_page, self.opt_boxes = _checks(optimizers.NAMES, optimizers.labels(), 3)
        self.value_pages = QStackedWidget()
        for page in (self.values, self.act_page, self.opt_page):
            self.value_pages.addWidget(page)
        self.value_pages.currentChanged.connect(self._fit_page)
        self._fit_page(0)
        self.epochs = SpinBox()
        self.epochs.setRange(1, MAX_EPOCHS)
        self.epochs.setValue(100)
        self.epochs.setToolTip(translate("TrialControls", "How many epochs each trial trains"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("TrialControls", "Vary"), self.kind)
        form.addRow(translate("TrialControls", "Layer"), self.layer)
        form.addRow(translate("TrialControls", "Neuron"), self.neuron)
        form.addRow(translate("TrialControls", "Values"), self.value_pages)
        form.addRow(translate("TrialControls", "Epochs"), self.epochs)
        self._form = form
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.layer.currentIndexChanged.connect(self._layer_changed)

    # -- reading -------------------------------------------------------------------------
    def kind_key(self) -> str:
        return self.kind.currentData()

    def plan(self) -> TrialPlan:
        """The plan shown; TrialError says what is wrong with it."""
        key = self.kind_key()
        setting = _SETTING.get(key, key)
        layer = self.layer.currentData() if setting in ("units", "activation") else None
        if setting in ("units", "activation") and layer is None:
            raise TrialError(translate("TrialControls", "the network has no hidden layer "
                                       "whose units could vary"))
        neuron = self.neuron.currentData() if key == "neuron_activation" else None
        return TrialPlan(setting, self._values(setting), self.epochs.value(), layer, neuron)

    def _values(self, setting: str) -> tuple:
        if setting in ("activation", "optimizer"):
            boxes = self.act_boxes if setting == "activation" else self.opt_boxes
            chosen = tuple(name for name, box in boxes.items() if box.isChecked())
            if not chosen:
                raise TrialError(translate("TrialControls", "tick at least one activation")
                                 if setting == "activation" else
                                 translate("TrialControls", "tick at least one optimizer"))
            return chosen
        tokens = [t for t in _TOKEN.split(self.values.text().strip()) if t]
        if not tokens:
            raise TrialError(translate("TrialControls", "type the values to try, separated by "
                                       "commas, e.g. 1, 2, 3"))
        whole = setting != "learning_rate"
        return tuple(_number(t, whole) for t in tokens)

    def plan_needs_layer(self) -> bool:
        return self.kind_key() in ("units", "layer_activation", "neuron_activation")

    # -- showing -------------------------------------------------------------------------
    def refresh(self, net: Network, training: dict) -> None:
        """Follow the network's layers (a structure edit), keeping the choices."""
        self._net, self._training = net, dict(training)
        self._fill_layers(self.layer.currentData())

    def set_plan(self, plan: TrialPlan) -> None:
        key = plan.setting
        if key == "activation":
            key = "neuron_activation" if plan.neuron is not None else "layer_activation"
        self.kind.setCurrentIndex(self.kind.findData(key))
        self._kind_changed()
        if plan.layer is not None:
            self.layer.setCurrentIndex(max(0, self.layer.findData(plan.layer)))
        if plan.neuron is not None:
            self.neuron.setCurrentIndex(max(0, self.neuron.findData(plan.neuron)))
        boxes = self.act_boxes if plan.setting == "activation" else self.opt_boxes
        if plan.setting in ("activation", "optimizer"):
            for name, box in boxes.items():
                box.setChecked(name in plan.values)
        else:
            self.values.setText(", ".join(f"{v:g}" if isinstance(v, float) else str(v)
                                          for v in plan.values))
        self.epochs.setValue(plan.epochs)

    def set_defaults(self) -> None:
        """Units of the first hidden layer, or the learning rate without one."""
        units = self._net is not None and len(self._net.sizes) > 1
        self.kind.setCurrentIndex(self.kind.findData("units" if units else "learning_rate"))
        self._kind_changed()

    def _kind_changed(self, *_) -> None:
        key = self.kind_key()
        self._fill_layers(self.layer.currentData())
        form = self._form
        form.setRowVisible(self.layer, key in ("units", "layer_activation",
                                               "neuron_activation"))
        form.setRowVisible(self.neuron, key == "neuron_activation")
        page = {"layer_activation": 1, "neuron_activation": 1, "optimizer": 2}.get(key, 0)
        self.value_pages.setCurrentIndex(page)
        self._fill_values()

    def _fit_page(self, index: int) -> None:
        """A stacked widget is as tall as its tallest page; size it to the shown one."""
        for i in range(self.value_pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.value_pages.widget(i).setSizePolicy(policy, policy)
        self.value_pages.adjustSize()

    def _fill_layers(self, keep) -> None:
        net, key = self._net, self.kind_key()
        self.layer.blockSignals(True)
        self.layer.clear()
        if net is not None:
            n = len(net.sizes)
            for li in range(n - 1 if key == "units" else n):
                k = net.sizes[li]
                # English has no catalogue: its singular is a text of its own
                text = translate("TrialControls", "{layer} (%n unit)", None, k) if k == 1 \
                    else translate("TrialControls", "{layer} (%n units)", None, k)
                self.layer.addItem(text.format(layer=layer_name(li, n)), li)
        index = self.layer.findData(keep)
        self.layer.setCurrentIndex(index if index >= 0 else 0)
        self.layer.blockSignals(False)
        self._fill_neurons()

    def _layer_changed(self, *_) -> None:
        self._fill_neurons()
        if self.kind_key() != "optimizer":
            self._fill_values()

    def _fill_neurons(self) -> None:
        keep, li = self.neuron.currentData(), self.layer.currentData()
        self.neuron.clear()
        if self._net is not None and li is not None:
            for u, name in enumerate(self._net.activations(li)):
                self.neuron.addItem(translate("TrialControls", "Neuron {number} ({activation})")
                                    .format(number=u + 1, activation=name), u)
        index = self.neuron.findData(keep)
        self.neuron.setCurrentIndex(index if index >= 0 else 0)

    def _fill_values(self) -> None:
        """Values around the current setting, so Run does something sensible at once."""
        key, net, training = self.kind_key(), self._net, self._training
        li = self.layer.currentData()
        if key == "units" and net is not None and li is not None:
            n = net.sizes[li]
            self.values.setText(", ".join(str(k) for k in range(max(1, n - 2), n + 3)))
        elif key == "learning_rate":
            lr = float(training.get("learning_rate", 0.03))
            self.values.setText(", ".join(f"{float(f'{x:.3g}'):g}"
                                          for x in (lr / 10, lr, lr * 10)))
        elif key == "batch_size":
            bs = int(training.get("batch_size", 10))
            self.values.setText(", ".join(str(b) for b in sorted({1, bs, 5 * bs})))
        elif key in ("layer_activation", "neuron_activation"):
            current = set(net.activations(li)) if net is not None and li is not None else set()
            if net is not None and li is not None and li < len(net.sizes) - 1:
                current |= {"relu", "tanh", "sigmoid"}   # the output's must suit the loss
            for name, box in self.act_boxes.items():
                box.setChecked(name in current)
        elif key == "optimizer":
            for box in self.opt_boxes.values():
                box.setChecked(True)


def _number(token: str, whole: bool):
    try:
        return int(token) if whole else float(token)
    except ValueError:
        text = translate("TrialControls", "{value} is not a whole number") if whole else \
            translate("TrialControls", "{value} is not a number")
        raise TrialError(text.format(value=repr(token))) from None
