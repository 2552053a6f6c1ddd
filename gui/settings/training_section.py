"""The Training section of the settings panel: train share, batch size, learning rate,
optimizer (and momentum), regularization and its rate, training seed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout

from core import optimizers
from core.netfile_validate import TRAINING_DEFAULTS
from gui.i18n import translate
from gui.inspector.common import Section, form_layout, select_data, shrinkable
from gui.settings.fields import (
    ErrorLabel,
    LabelledSlider,
    SettingField,
    ValueCombo,
    number_text,
    parse_float,
    parse_int,
    percent,
)
from gui.wheel_inputs import ComboBox

# TensorFlow Playground's choices; any other value can be typed
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REGULARIZATION_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)


def optimizer_tips() -> dict[str, str]:
    return {
        "sgd": translate("TrainingSection", "Plain gradient descent: w \u2190 w \u2212 learning "
                         "rate \u00d7 gradient."),
        "momentum": translate("TrainingSection", "Gradient descent that keeps a running "
                              "direction (velocity), so it rolls through flat stretches and "
                              "small bumps."),
        "adam": translate("TrainingSection", "Adapts the step of every weight to the size of "
                          "its recent gradients; often works with little tuning (try learning "
                          "rate {rate}).").format(rate=number_text(0.01)),
    }


def regularization_labels() -> dict[str, str]:
    return {"none": translate("TrainingSection", "None"), "l1": "L1", "l2": "L2"}


def regularization_tips() -> dict[str, str]:
    return {
        "none": translate("TrainingSection", "No penalty on the weights."),
        "l1": translate("TrainingSection", "L1: adds rate \u00d7 \u03a3|w|, pushing unneeded "
                        "weights to exactly 0."),
        "l2": translate("TrainingSection", "L2: adds \u00bd rate \u00d7 \u03a3w\u00b2, keeping "
                        "all weights small."),
    }


def _combo(name: str, tooltip: str, items: dict, tips: dict) -> QComboBox:
    """Items shown by label (``items``: key -> label), with the key as their data."""
    combo = shrinkable(ComboBox())
    combo.setObjectName(name)
    combo.setToolTip(tooltip)
    for i, (key, label) in enumerate(items.items()):
        combo.addItem(label, key)
        combo.setItemData(i, tips[key], Qt.ItemDataRole.ToolTipRole)
    return combo


class TrainingSection(Section):
    """Shows and edits ``document.doc.training`` through the panel's commit methods."""

    def __init__(self, panel, parent=None):
        super().__init__(translate("TrainingSection", "Training"), "trainingSection", parent)
        self.panel = panel
        self.train_share = LabelledSlider(
            "trainShare", translate("TrainingSection", "Share of the data used for training; "
                                    "the rest is test data that shows how well the network "
                                    "does on points it never learned from."),
            10, 90, 5, percent)
        self.batch_size = SettingField(
            "batchSize", translate("TrainingSection", "How many samples each step averages its "
                                   "gradient over. 1 gives noisy, quick steps; the whole "
                                   "training set gives smooth, slow ones."), step=1)
        self.learning_rate = ValueCombo(
            "learningRate", translate("TrainingSection", "How big a step each update takes. Too "
                                      "small: slow; too large: the loss jumps about or "
                                      "explodes. Pick a value or type one."), LEARNING_RATES)
        self.optimizer = _combo("optimizer", translate("TrainingSection", "How the gradient "
                                                       "becomes a weight update."),
                                optimizers.labels(), optimizer_tips())
        self.momentum = SettingField(
            "momentum", translate("TrainingSection", "How much of the previous step's direction "
                                  "is kept (0 to below 1; {usual} is usual).").format(
                usual=number_text(0.9)), step=0.05)
        self.regularization = _combo(
            "regularization", translate("TrainingSection", "A penalty on large weights that "
                                        "keeps the network simpler and can reduce overfitting. "
                                        "Biases are never penalised."),
            regularization_labels(), regularization_tips())
        self.regularization_rate = ValueCombo(
            "regularizationRate", translate("TrainingSection", "How strong the weight penalty "
                                            "is. Pick a value or type one (0 to 10)."),
            REGULARIZATION_RATES)
        self.seed = SettingField(
            "trainingSeed", translate("TrainingSection", "The random seed for the train/test "
                                      "split and the order of the batches: the same seed gives "
                                      "the same run."), step=1)
        keys = ("batch_size", "learning_rate", "momentum", "regularization_rate", "seed")
        self.errors = {k: ErrorLabel(f"{k}Error") for k in keys}
        self._build()
        self._connect(panel)

    def _build(self) -> None:
        form = form_layout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.forms = (form,)
        form.addRow(translate("TrainingSection", "Train &share"), self.train_share)
        form.addRow(translate("TrainingSection", "&Batch size"), self.batch_size)
        form.addRow(self.errors["batch_size"])
        # no Alt+L, Alt+O: they open the Lessons and Tools menus (a label's mnemonic made
        # them ambiguous, and they moved the focus into this panel even while hidden)
        form.addRow(translate("TrainingSection", "Learning rate"), self.learning_rate)
        form.addRow(self.errors["learning_rate"])
        form.addRow(translate("TrainingSection", "Optimizer"), self.optimizer)
        form.addRow(translate("TrainingSection", "Moment&um"), self.momentum)
        form.addRow(self.errors["momentum"])
        row = QHBoxLayout()
        row.addWidget(self.regularization, 1)
        row.addWidget(self.regularization_rate, 1)
        form.addRow(translate("TrainingSection", "&Regularization"), row)
        form.labelForField(row).setBuddy(self.regularization)
        form.addRow(self.errors["regularization_rate"])
        form.addRow(translate("TrainingSection", "Trainin&g seed"), self.seed)
        form.addRow(self.errors["seed"])
        self.form = form
        self.box.addLayout(form)

    def _connect(self, panel) -> None:
        add = panel.add_field
        add("training", "batch_size", translate("TrainingSection", "Batch size"),
            self.batch_size, self.errors["batch_size"], lambda t: parse_int(t, 10))
        add("training", "learning_rate", translate("TrainingSection", "Learning rate"),
            self.learning_rate, self.errors["learning_rate"], lambda t: parse_float(t, 0.03))
        add("training", "momentum", translate("TrainingSection", "Momentum"), self.momentum,
            self.errors["momentum"], lambda t: parse_float(t, 0.9))
        add("training", "regularization_rate",
            translate("TrainingSection", "Regularization rate"), self.regularization_rate,
            self.errors["regularization_rate"], lambda t: parse_float(t, 0.001))
        add("training", "seed", translate("TrainingSection", "Training seed"), self.seed,
            self.errors["seed"], lambda t: parse_int(t, 1))
        self.train_share.moved.connect(
            lambda v: panel.commit_value("training", "train_fraction", v / 100))
        for combo, key in ((self.optimizer, "optimizer"),
                           (self.regularization, "regularization")):
            combo.activated.connect(
                lambda i, c=combo, k=key: panel.commit_value("training", k, c.itemData(i)))

    def refresh(self) -> None:
        t = {**TRAINING_DEFAULTS, **self.panel.document.doc.training}
        self.train_share.set_value(round(float(t["train_fraction"]) * 100))
        for key in ("batch_size", "learning_rate", "momentum", "regularization_rate",
                    "seed"):
            getattr(self, key).show_value(number_text(t[key]))
        select_data(self.optimizer, t["optimizer"])
        select_data(self.regularization, t["regularization"])
        self.form.setRowVisible(self.momentum, t["optimizer"] == "momentum")
        self.errors["momentum"].setVisible(t["optimizer"] == "momentum"
                                           and bool(self.errors["momentum"].text()))
        self.regularization_rate.setEnabled(t["regularization"] != "none")
