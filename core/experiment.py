"""From a loaded ``Document`` to training: the data it names, and a Trainer that resumes.

``build_data`` makes or loads the data set, applies Playground's feature transforms when the
network's inputs ask for them (``x1*x2``, ``sin(x1)``, ...), splits it with the training
seed and, if ``data.normalize``, z-scores with the *training* split's mean and std.
``make_trainer`` restores history and optimizer state, so saving and resuming gives the
same weights bit for bit as training in one go. Every error is a NetFileError naming a field.
"""

from __future__ import annotations

import copy
import dataclasses
import os
from dataclasses import dataclass

import numpy as np

from core import datasets
from core.dataset import Dataset, DatasetError
from core.losses import LossError
from core.netfile import Document, NetFileError
from core.netfile_data import check_data, inline_features, inline_problem, transform_applies
from core.netfile_validate import check_training
from core.training import Trainer, TrainingError

_DATA_FIELD = {"builtin": "data.name", "csv": "data.path", "inline": "data.y"}


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
    transform: tuple[str, ...] | None = None   # datasets.feature_map names, if applied
    mean: np.ndarray | None = None             # (n_inputs,), if normalized
    std: np.ndarray | None = None

    def inputs(self, X_raw) -> np.ndarray:
        """X_raw: (n, n_features) in the data's features -> (n, n_inputs) for the network."""
        X = np.asarray(X_raw, dtype=float)
        if self.transform is not None:
            X = datasets.feature_map(X, self.transform)
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
        raise NetFileError("inputs", f"the network's inputs {inputs} do not match the data's "
                                     f"features {list(ds.feature_names)}")
    try:
        raw_train, raw_test = datasets.split(ds, training["train_fraction"], training["seed"])
    except DatasetError as e:
        raise NetFileError(_DATA_FIELD[data["source"]], str(e)) from None
    bundle = DataBundle((raw_train.X, raw_train.y), (raw_test.X, raw_test.y), ds.problem,
                        ds.n_classes, tuple(inputs), ds.class_names, ds, raw_train, raw_test,
                        transform)
    if data.get("normalize"):
        bundle.mean, bundle.std = datasets.normalise(bundle.inputs(raw_train.X))
    bundle.train = (bundle.inputs(raw_train.X), raw_train.y)
    bundle.test = (bundle.inputs(raw_test.X), raw_test.y)
    return bundle


def data_key(doc: Document) -> tuple:
    """What ``build_data`` depends on, as a comparable value: equal keys, equal data."""
    return (repr(sorted(doc.data.items())), tuple(doc.network.input_names),
            doc.training.get("train_fraction"), doc.training.get("seed"))


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
        return Dataset(np.array(data["X"], dtype=float), np.array(data["y"], dtype=float),
                       features, data.get("problem") or inline_problem(data["y"]),
                       tuple(data.get("class_names", ())), "inline")
    except DatasetError as e:
        raise NetFileError(_DATA_FIELD[data["source"]], str(e)) from None


def make_trainer(doc: Document, base_dir=None, bundle: DataBundle | None = None) -> Trainer:
    """A Trainer on a *copy* of doc.network, at training.epoch, with history and optimizer
    state restored. Pass ``bundle`` to reuse data already built with ``build_data``."""
    bundle = bundle or build_data(doc, base_dir)
    field = _DATA_FIELD[doc.data["source"]]
    if bundle.problem == "regression" and doc.network.loss != "mse":
        raise NetFileError("loss", f"{doc.network.loss} needs class labels, but the data is a "
                                   f"regression problem; use mse")
    try:
        trainer = Trainer(doc.network.copy(), bundle.train, bundle.test, doc.settings(),
                          bundle.problem, bundle.n_classes)
    except LossError as e:      # e.g. a tanh neuron moved into a cross-entropy output layer
        raise NetFileError("loss", str(e)) from None
    except TrainingError as e:
        raise NetFileError(field, str(e)) from None
    if doc.history is not None:
        trainer.history = {k: list(doc.history[k]) for k in trainer.history}
    if doc.state is None:
        trainer.epoch = int(doc.training.get("epoch", 0))
        return trainer
    batches = -(-trainer.train.n // trainer.batch_size)
    if doc.state.get("batch_index", 0) >= batches:
        raise NetFileError("state.batch_index", f"must be less than {batches}, the number of "
                                                f"batches per epoch")
    trainer.set_state(doc.state)
    return trainer


def update_document(doc: Document, trainer: Trainer) -> Document:
    """A copy of doc holding the trainer's network, settings, epoch, history and state."""
    training = {**doc.training, **trainer.settings.to_dict(), "epoch": trainer.epoch}
    rest = {f.name: copy.deepcopy(getattr(doc, f.name)) for f in dataclasses.fields(doc)
            if f.name not in ("network", "training", "history", "state")}
    return Document(network=trainer.net.copy(), training=training,
                    history={k: list(x) for k, x in trainer.history.items()},
                    state=trainer.state(), **rest)
