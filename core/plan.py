"""A compiled training step: every view, buffer and NumPy operation chosen once.

A step on a small network is dominated by Python overhead, not arithmetic (a 2-4-2-1
network at batch 10 does a few hundred flops). So for a given network layout and batch size
``StepPlan`` precomputes the parameter views, the (units, n) buffers and the activation
callables, and ``run`` is a short loop of NumPy calls writing into them. The plan is
rebuilt whenever the network's layout or the batch size changes.
"""

from __future__ import annotations

import numpy as np

from core import losses


class StepPlan:
    """Forward + backward of ``net`` for batches of exactly ``n`` samples.

    ``run(Xb, Tb)``: Xb (n_inputs, n), Tb (n_outputs, n) in the output layer's internal
    row order; fills ``net.grad``. ``run_with_ones(X1b, Tb)`` takes the inputs with a row
    of ones appended, (n_inputs + 1, n), which saves a copy (the trainer keeps its data so).
    The buffers ``Z[l], A[l]: (units, n)`` keep the last forward pass.

    Each layer's bias is the last column of its parameter matrix ``[W | b]`` and every
    layer input carries a row of ones, so ``Z = [W | b] @ [A_prev; 1]`` and
    ``d[W | b] = dZ @ [A_prev; 1].T`` are one matrix product each: no broadcast bias add,
    no separate bias reduction (each about 0.9 us on a tiny batch, 6 of them per step).
    """

    def __init__(self, net, n: int):
        self.net, self.n = net, n
        self.layout_version = net.layout_version
        L = net.layers_
        self.X1 = np.ones((net.n_inputs + 1, n))
        self.A1 = [np.ones((lay.units + 1, n)) for lay in L]    # each A with its ones row
        self.A = [A1[:-1] for A1 in self.A1]
        self.Z = [np.empty((lay.units, n)) for lay in L]
        self.dZ = [np.empty((lay.units, n)) for lay in L]
        self.dA = [np.empty((lay.units, n)) for lay in L]
        self.M = [lay.matrix(net.theta) for lay in L]
        self.gM = [lay.matrix(net.grad) for lay in L]
        self.WT = [M[:, :-1].T for M in self.M]
        self.fwd, self.bwd = zip(*(self._bind(li) for li in range(len(L))))
        self.loss = net.loss
        # Sigmoid + BCE and softmax + CCE fuse: dL/dz = (a - t) / count, where BCE
        # averages over samples and outputs and CCE over samples (losses.check ensures
        # the outputs match). mse goes through dL/dA and the activations' derivatives.
        self.fused = self.loss != "mse"
        count = L[-1].units * n if self.loss != "categorical_crossentropy" else n
        self.delta_scale = 1.0 / count
        self.mse_scale = 2.0 / (L[-1].units * n)

    def _bind(self, li: int):
        """([forward ops], [backward ops]) of layer li's activation groups."""
        lay, net = self.net.layers_[li], self.net
        galpha = lay.views(net.grad)[2]
        pairs = []
        for g in lay.groups:
            s = slice(g.start, g.stop)
            dalpha = galpha[s] if g.family == "piecewise" else None
            pairs.append(g.bind_step(self.Z[li][s], self.A[li][s], self.dA[li][s],
                                     self.dZ[li][s], dalpha))
        return [f for f, _ in pairs], [b for _, b in pairs]

    def run(self, Xb: np.ndarray, Tb: np.ndarray) -> None:
        self.X1[:-1] = Xb
        self.run_with_ones(self.X1, Tb)

    def run_with_ones(self, X1b: np.ndarray, Tb: np.ndarray) -> None:
        Z, A1, M, fwd = self.Z, self.A1, self.M, self.fwd
        prev = X1b
        for li in range(len(Z)):
            np.dot(M[li], prev, out=Z[li])
            for op in fwd[li]:
                op()
            prev = A1[li]
        last = len(Z) - 1
        if self.fused:
            np.subtract(self.A[last], Tb, out=self.dZ[last])
            np.multiply(self.dZ[last], self.delta_scale, out=self.dZ[last])
        else:                        # mse: dL/dA = 2 (a - t) / (n * outputs)
            np.subtract(self.A[last], Tb, out=self.dA[last])
            np.multiply(self.dA[last], self.mse_scale, out=self.dA[last])
            for op in self.bwd[last]:
                op()
        self._backward(X1b)

    def _backward(self, X1b: np.ndarray) -> None:
        dZ, dA, gM, WT, A1, bwd = self.dZ, self.dA, self.gM, self.WT, self.A1, self.bwd
        for li in range(len(dZ) - 1, -1, -1):
            prev = X1b if li == 0 else A1[li - 1]
            np.dot(dZ[li], prev.T, out=gM[li])
            if li:
                np.dot(WT[li], dZ[li], out=dA[li - 1])
                for op in bwd[li - 1]:
                    op()

    def loss_value(self, Tb: np.ndarray) -> float:
        """The loss of the last forward pass against Tb (n_outputs, n)."""
        return losses.value(self.loss, self.Z[-1], self.A[-1], Tb)
