"""From a document's ``data`` section to arrays ready for its network (Qt-free).

``build_data`` makes or loads the data set, applies Playground's feature transforms when the
network's inputs ask for them (``x1*x2``, ``sin(x1)``, ...), splits it with the training
seed and, if ``data.normalize``, z-scores with the *training* split's mean and std.
``data_key`` says what the result depends on, so that an owner (``core.experiment``) builds
it once per change. Every error is a NetFileError naming a field.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from core import datasets, features
from core.dataset import Dataset, DatasetError
from core.i18n import translate
from core.netfile import Document, NetFileError
from core.netfile_data import check_data, inline_features, inline_problem, transform_applies
from core.netfile_validate import check_training

# the field an error in each kind of data source is reported under
DATA_FIELD = {"builtin": "data.name", "csv": "data.path", "inline": "data.y"}


@dataclass
class DataBundle:
    """Data ready for a network. ``train``/``test``: (X (n, n_inputs), y (n,)).

    ``dataset``, ``raw_train`` and ``raw_test`` keep the data's own features (e.g. x1, x2)
    for plotting points; ``inputs(X_raw)`` maps such rows (or a plot grid) to network inputs.
    """

    train: tuple[np.ndarray, np.ndarray]
    test: tuple[np.ndarray, np.ndarray]
    problem: str
    n_classes: int
    feature_names: tuple[str, ...]        # the network's inputs
    class_names: tuple[str, ...]
    dataset: Dataset
    raw_train: Dataset
    raw_test: Dataset
    transform: tuple[str, ...] | None = None   # features.feature_map names, if applied
    mean: np.ndarray | None = None             # (n_inputs,), if normalized
    std: np.ndarray | None = None
    builtin: bool = False                      # made by a built-in set's code (core.datasets)

    @property
    def class_labels(self) -> tuple[str, ...]:
        """``class_names`` as a person reads them: a built-in set's translated into the
        installed language, a file's as they are. For display only: files, exports and
        anything parsed back take ``class_names``."""
        return datasets.class_labels(self.class_names) if self.builtin else self.class_names

    def inputs(self, X_raw) -> np.ndarray:
        """X_raw: (n, n_features) in the data's features -> (n, n_inputs) for the network."""
        X = np.asarray(X_raw, dtype=float)
        if self.transform is not None:
            X = features.feature_map(X, self.transform)
        if self.mean is not None:
            X = (X - self.mean) / self.std
        return X


def build_data(doc: Document, base_dir=None) -> DataBundle:
    """The document's data, split and transformed for its network (see module doc)."""
    inputs = list(doc.network.input_names)
    # checked again (cheap): a Document built in code may lack defaults or hold bad values
    data, training = check_data(doc.data, inputs), check_training(doc.training)
    ds = _dataset(data, inputs, base_dir)
    if transform_applies(ds.feature_names, inputs) and inputs != list(ds.feature_names):
        transform = tuple(inputs)
    elif inputs == list(ds.feature_names):
        transform = None
    else:
        raise NetFileError("inputs", translate("DataBundle", "the network's inputs {inputs} do "
                                               "not match the data's features {features}").format(
            inputs=inputs, features=list(ds.feature_names)))
    if data.get("drawn") and ds.n_samples < 2:
        raise NetFileError("data.X", translate("DataBundle", "draw at least 2 points (one to "
                                               "train on, one to test with); the drawing has "
                                               "{count}").format(count=ds.n_samples))
    try:
        raw_train, raw_test = datasets.split(ds, training["train_fraction"], training["seed"])
    except DatasetError as e:
        raise NetFileError(DATA_FIELD[data["source"]], str(e)) from None
    bundle = DataBundle((raw_train.X, raw_train.y), (raw_test.X, raw_test.y), ds.problem,
                        ds.n_classes, tuple(inputs), ds.class_names, ds, raw_train, raw_test,
                        transform, builtin=data["source"] == "builtin")
    if data.get("normalize"):
        bundle.mean, bundle.std = features.normalise(bundle.inputs(raw_train.X))
    bundle.train = (bundle.inputs(raw_train.X), raw_train.y)
    bundle.test = (bundle.inputs(raw_test.X), raw_test.y)
    return bundle


def data_key(doc: Document) -> tuple:
    """What ``build_data`` depends on, as a comparable value: equal keys, equal data."""
    return (repr(sorted(doc.data.items())), tuple(doc.network.input_names),
            doc.training.get("train_fraction"), doc.training.get("seed"))


def dataset_of(data: dict, inputs: list[str], base_dir=None) -> Dataset:
    """The data set a ``data`` section names, in its own features (before the split and
    any transform); NetFileError naming the field if it cannot be had."""
    return _dataset(check_data(data, inputs), inputs, base_dir)


def _dataset(data: dict, inputs: list[str], base_dir) -> Dataset:
    try:
        if data["source"] == "builtin":
            return datasets.make(data["name"], data["samples"], data["noise"], data["seed"])
        if data["source"] == "csv":
            path = data["path"]
            if base_dir is not None and not os.path.isabs(path):
                path = os.path.join(base_dir, path)  # relative to the .nsnet file's folder
            return datasets.load_csv(path, data.get("features"), data.get("target"),
                                     data.get("problem"))
        features = inline_features(data, inputs)
        return Dataset(np.array(data["X"], dtype=float).reshape(len(data["X"]), -1)
                       if data["X"] else np.empty((0, len(features))),
                       np.array(data["y"], dtype=float),
                       features, data.get("problem") or inline_problem(data["y"]),
                       tuple(data.get("class_names", ())), "inline")
    except DatasetError as e:
        raise NetFileError(DATA_FIELD[data["source"]], str(e)) from None
