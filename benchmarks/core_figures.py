"""Figures for the NumPy core: training steps, epochs, mixed activations, neuron maps."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from core import analysis, datasets
from core.network import Network
from core.training import Settings, Trainer


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: str = ""

    def passed(self) -> bool | None:
        """Whether the value meets a target of the form ``>= N`` or ``<= N``; None for
        an "info" one or none."""
        op, _, number = self.target.partition(" ")
        if op not in (">=", "<="):
            return None
        try:
            bound = float(number.replace(",", ""))
        except ValueError:
            return None
        return self.value >= bound if op == ">=" else self.value <= bound

    def line(self) -> str:
        shown = f"{self.value:,.3f}" if abs(self.value) < 100 else f"{self.value:,.0f}"
        target = f" (target: {self.target})" if self.target else ""
        verdict = {True: " PASS", False: " FAIL", None: ""}[self.passed()]
        return f"{self.name}: {shown} {self.unit}{target}{verdict}"

    def as_dict(self) -> dict:
        return {"name": self.name, "value": self.value, "unit": self.unit,
                "target": self.target, "passed": self.passed()}


def best_seconds(fn, repeats: int, number: int) -> float:
    """Fastest of ``repeats`` timings of ``number`` calls, per call (noise only adds)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def _trainer(hidden, n_train, batch, data="circle", loss="binary_crossentropy",
             out=("sigmoid",)):
    ds = datasets.make(data, samples=2 * n_train, seed=7)
    train, test = datasets.split(ds, 0.5, seed=1)
    inputs = list(ds.feature_names)
    net = Network(inputs, [*hidden, list(out)], loss=loss, seed=3)
    scale = 1.0 / 16 if data == "digits" else 1.0
    return Trainer(net, (train.X * scale, train.y), (test.X * scale, test.y),
                   Settings(learning_rate=0.03, batch_size=batch), n_classes=ds.n_classes)


class _Reference:
    """Plain NumPy full-batch SGD for a 2-4-2-1 tanh/sigmoid net, the obvious way."""

    def __init__(self, X, y):
        rng = np.random.default_rng(0)
        self.X, self.T, n = np.ascontiguousarray(X.T), y[None, :].astype(float), len(y)
        self.n = n
        self.p = [rng.normal(size=(4, 2)), np.zeros((4, 1)), rng.normal(size=(2, 4)),
                  np.zeros((2, 1)), rng.normal(size=(1, 2)), np.zeros((1, 1))]

    def step(self):
        W1, b1, W2, b2, W3, b3 = self.p
        A1 = np.tanh(W1 @ self.X + b1)
        A2 = np.tanh(W2 @ A1 + b2)
        A3 = 0.5 * np.tanh(0.5 * (W3 @ A2 + b3)) + 0.5
        d3 = (A3 - self.T) / self.n
        d2 = (W3.T @ d3) * (1 - A2 * A2)
        d1 = (W2.T @ d2) * (1 - A1 * A1)
        grads = [d1 @ self.X.T, d1.sum(1, keepdims=True), d2 @ A1.T,
                 d2.sum(1, keepdims=True), d3 @ A2.T, d3.sum(1, keepdims=True)]
        for p, g in zip(self.p, grads):
            p -= 0.03 * g


def best_seconds_each(fns, repeats: int, number: int) -> list[float]:
    """Like best_seconds for several functions, timed in turns (a, b, a, b, ...) so a
    slow spell of this shared machine hits both sides of a comparison alike."""
    best = [float("inf")] * len(fns)
    for _ in range(repeats):
        for i, fn in enumerate(fns):
            best[i] = min(best[i], best_seconds(fn, 1, number))
    return best


def _steps_per_second(trainer, repeats, number) -> float:
    return _rates([trainer.step_batch], repeats, number)[0]


def _rates(steps, repeats, number) -> list[float]:
    """Calls per second of each step function (warmed up first), measured in turns."""
    for step in steps:
        for _ in range(20):
            step()
    return [1.0 / s for s in best_seconds_each(steps, repeats, number)]


def run(quick: bool = False):
    """Yield Figures one by one (so a slow machine shows progress)."""
    r, k = (3, 200) if quick else (7, 1000)
    full = _trainer([["tanh"] * 4, ["tanh"] * 2], 500, 500)
    ref = _Reference(full.train.X, full.train.y)
    ours, ref_rate = _rates([full.step_batch, ref.step], r, k)
    yield Figure("fullbatch_2-4-2-1_500_steps_per_s", ours, "steps/s", ">= 20000")
    yield Figure("reference_numpy_2-4-2-1_500_steps_per_s", ref_rate, "steps/s",
                 "info: plain NumPy, same maths, same run")
    yield Figure("fullbatch_2-4-2-1_vs_reference", ours / ref_rate, "x", ">= 1.0")

    mini = _trainer([["tanh"] * 4, ["tanh"] * 2], 250, 10)
    yield Figure("epoch_batch10_2-4-2-1_circle250_ms",
                 1e3 * best_seconds(mini.run_epoch, r, max(k // 25, 10)), "ms", "<= 0.5")

    deep = _trainer([["tanh"] * 8] * 3, 500, 500)
    yield Figure("fullbatch_2-8-8-8-1_500_steps_per_s", _steps_per_second(deep, r, k // 2),
                 "steps/s", "info")
    digits = _trainer([["relu"] * 32], 898, 10_000, data="digits",
                      loss="categorical_crossentropy", out=("softmax",) * 10)
    yield Figure("fullbatch_64-32-10_digits_steps_per_s",
                 _steps_per_second(digits, r, k // 10), "steps/s", "info")

    yield from _mixed_figures(r, k)
    yield _grid_figure(deep.net, r)
    a = np.random.default_rng(0).normal(size=10_000)
    yield Figure("machine_tanh_ns_per_element",
                 1e9 * best_seconds(lambda: np.tanh(a), r, 200) / a.size, "ns",
                 "info: float64 tanh speed of this CPU, bounds every figure above")


def _mixed_figures(r, k):
    mixed = [["tanh", "relu", "sigmoid", "linear"] * 2] * 2
    for batch in (500, 10):
        uniform, mixed_rate = _rates([_trainer([["tanh"] * 8] * 2, 500, batch).step_batch,
                                      _trainer(mixed, 500, batch).step_batch], r, k)
        yield Figure(f"mixed_vs_uniform_layer_time_batch{batch}", uniform / mixed_rate, "x",
                     "<= 1.3")


def _grid_figure(net, r):
    X = analysis.grid((-6, 6, -6, 6), 100)
    seconds = best_seconds(lambda: analysis.neuron_outputs(net, X), r, 20)
    return Figure("grid_100x100_all_neurons_2-8-8-8-1_ms", 1e3 * seconds, "ms", "<= 3")
