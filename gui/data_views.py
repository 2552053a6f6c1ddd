"""Views that work for any data, and the only ones for data without a plane (digits, CSV):
first-layer weights as images, one sample's numbers through the network, the confusion
matrix. Fed by ``LiveViews`` once per frame, and only while this tab widget is visible."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QTabWidget

from core import analysis
from gui.plots.confusion import ConfusionMatrix
from gui.plots.sample_browser import SampleBrowser
from gui.plots.weight_images import WeightImages


class DataViews(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.weights = WeightImages(self)
        self.samples = SampleBrowser(self)
        self.confusion = ConfusionMatrix(self)
        self.addTab(self.weights, "Weights")
        self.addTab(self.samples, "Sample")
        self.addTab(self.confusion, "Confusion")
        self.setTabToolTip(0, "Each first-layer neuron's incoming weights, drawn as a "
                              "picture when the inputs form one (8x8 digits)")
        self.setTabToolTip(1, "One sample through the network: every neuron's activation "
                              "and the predicted class probabilities")
        self.setTabToolTip(2, "How often each true class (rows) is predicted as each class "
                              "(columns)")
        self.bundle = None

    def set_bundle(self, bundle) -> None:
        """bundle: a core.experiment.DataBundle or None (no data)."""
        self.bundle = bundle
        if bundle is None:
            self.samples.set_data(np.empty((0, 1)), np.empty(0))
            self.confusion.set_counts(None, None, ())
            return
        (Xtr, ytr), (Xte, yte) = bundle.train, bundle.test
        self.samples.set_data(Xtr, ytr, Xte, yte, bundle.feature_names, bundle.class_names,
                              bundle.problem, shown_train=bundle.raw_train.X,
                              shown_test=bundle.raw_test.X)

    def update_views(self, net) -> None:
        """net: the document's network (copied where a view keeps it)."""
        bundle = self.bundle
        if bundle is None or bundle.train[0].shape[1] != net.n_inputs:
            return
        current = self.currentWidget()
        if current is self.weights:
            self.weights.set_weights(net.params(0)[0])
        elif current is self.samples:
            self.samples.set_network(net.copy())
        elif bundle.problem == "classification":
            threshold = 0.0 if net.activations(-1) == ["tanh"] else 0.5
            k = max(bundle.n_classes, 2)
            counts = []
            for X, y in (bundle.train, bundle.test):
                if len(y) == 0:
                    counts.append(None)
                    continue
                predicted = analysis.predicted_classes(net.forward(X), threshold)
                counts.append(analysis.confusion_counts(y.astype(int), predicted, k))
            self.confusion.set_counts(counts[0], counts[1], bundle.class_names)
        else:
            self.confusion.set_counts(None, None, ())
