"""Write the example networks in this folder (real, seeded networks; rerun after a format
change): ``PYTHONPATH=. python resources/examples/make_examples.py``.

Pass ``--check N`` to train every example N epochs and print its accuracy instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from core import netfile
from core.netfile import Document
from core.netfile_validate import TRAINING_DEFAULTS
from core.network import Network

HERE = Path(__file__).resolve().parent
PLAYGROUND_ALL = ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"]


def example(inputs, layers, loss, data, training, title, notes, seed=1) -> Document:
    net = Network(inputs, layers, loss=loss, seed=seed)
    return Document(net, data, {**TRAINING_DEFAULTS, **training},
                    {"title": title, "notes": notes})


def builtin(name, samples, noise=0.0, seed=7, **extra) -> dict:
    return {"source": "builtin", "name": name, "samples": samples, "noise": noise,
            "seed": seed, **extra}


def examples() -> dict[str, Document]:
    bce, cce = "binary_crossentropy", "categorical_crossentropy"
    return {
        "xor": example(
            ["x1", "x2"], [["tanh"] * 4, ["sigmoid"]], bce, builtin("xor", 500),
            {"learning_rate": 0.03, "batch_size": 10},
            "Exclusive or",
            "Points are one class where x1 and x2 have the same sign. A single neuron draws "
            "one straight line and cannot do it; four tanh neurons draw four lines that the "
            "output neuron combines. Look at each hidden neuron's map."),
        "circle": netfile.default_document(),
        "spiral": example(
            PLAYGROUND_ALL, [["tanh"] * 8, ["tanh"] * 8, ["sigmoid"]], bce,
            builtin("spiral", 500),
            {"optimizer": "adam", "learning_rate": 0.01, "batch_size": 10},
            "Spiral",
            "Two interleaved spirals, the hardest of Playground's sets. The extra inputs "
            "(squares, product, sines) give the network curved pieces to start from. Try "
            "removing them and see how much harder training becomes."),
        "blobs3": example(
            ["x1", "x2"], [["tanh"] * 4, ["softmax"] * 3], cce, builtin("blobs3", 300, 0.1),
            {"learning_rate": 0.1, "batch_size": 10},
            "Three blobs: softmax",
            "Three classes need three output neurons. Softmax makes them share one "
            "normalisation, so their outputs are probabilities that add up to 1."),
        "coffee": example(
            ["temperature", "duration"], [["sigmoid"] * 3, ["sigmoid"]], bce,
            builtin("coffee", 400, normalize=True),
            {"optimizer": "adam", "learning_rate": 0.03, "batch_size": 10},
            "Coffee roasting",
            "A roast is good inside a triangle of temperature and duration. Each of the "
            "three hidden neurons learns one edge of the triangle: look at their maps. The "
            "inputs are normalised because temperatures are around 200 and durations 13."),
    }


def check(epochs: int) -> None:
    from core import experiment  # only needed for the check

    for name, doc in examples().items():
        trainer = experiment.make_trainer(doc)
        for _ in range(epochs):
            trainer.run_epoch()
        m = trainer.evaluate()
        print(f"{name}: train accuracy {m['train_accuracy']:.3f}, "
              f"test accuracy {m['test_accuracy']:.3f}")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--check"]:
        check(int(argv[1]))
        return
    for name, doc in examples().items():
        netfile.save(doc, HERE / f"{name}.nsnet")
        print(f"wrote {name}.nsnet")


if __name__ == "__main__":
    main(sys.argv[1:])
