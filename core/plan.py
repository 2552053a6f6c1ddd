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
    row order; fills ``net.grad``. The buffers ``Z[l], A[l]: (units, n)`` keep the last
    forward pass.
    """

    def __init__(self, net, n: int):
        self.net, self.n = net, n
        self.layout_version = net.layout_version
        L = net.layers_
        self.Z = [np.empty((lay.units, n)) for lay in L]
        self.A = [np.empty((lay.units, n)) for lay in L]
        self.dZ = [np.empty((lay.units, n)) for lay in L]
        self.dA = [np.empty((lay.units, n)) for lay in L]
        self.W, self.bcol, self.gW, self.gb, self.WT = [], [], [], [], []
        for lay in L:
            W, b, _ = lay.views(net.theta)
            gW, gb, _ = lay.views(net.grad)
            self.W.append(W)
            self.WT.append(W.T)
            self.bcol.append(b[:, None])
            self.gW.append(gW)
            self.gb.append(gb)
        self.fwd = [self._bind(li, "forward") for li in range(len(L))]
        self.bwd = [self._bind(li, "backward") for li in range(len(L))]
        self.loss = net.loss
        # Sigmoid + BCE and softmax + CCE fuse: dL/dz = (a - t) / count, where BCE
        # averages over samples and outputs and CCE over samples (losses.check ensures
        # the outputs match). mse goes through dL/dA and the activations' derivatives.
        self.fused = self.loss != "mse"
        count = L[-1].units * n if self.loss != "categorical_crossentropy" else n
        self.delta_scale = 1.0 / count
        self.mse_scale = 2.0 / (L[-1].units * n)

    def _bind(self, li: int, direction: str):
        lay, net = self.net.layers_[li], self.net
        galpha = lay.views(net.grad)[2]
        ops = []
        for g in lay.groups:
            s = slice(g.start, g.stop)
            if direction == "forward":
                ops.append(g.bind_forward(self.Z[li][s], self.A[li][s]))
            else:
                dalpha = galpha[s] if g.family == "piecewise" else None
                ops.append(g.bind_backward(self.Z[li][s], self.A[li][s], self.dA[li][s],
                                           self.dZ[li][s], dalpha))
        return ops

    def run(self, Xb: np.ndarray, Tb: np.ndarray) -> None:
        Z, A, W, bcol, fwd = self.Z, self.A, self.W, self.bcol, self.fwd
        prev = Xb
        for li in range(len(Z)):
            np.dot(W[li], prev, out=Z[li])
            np.add(Z[li], bcol[li], out=Z[li])
            for op in fwd[li]:
                op()
            prev = A[li]
        last = len(Z) - 1
        if self.fused:
            np.subtract(A[last], Tb, out=self.dZ[last])
            np.multiply(self.dZ[last], self.delta_scale, out=self.dZ[last])
        else:                        # mse: dL/dA = 2 (a - t) / (n * outputs)
            np.subtract(A[last], Tb, out=self.dA[last])
            np.multiply(self.dA[last], self.mse_scale, out=self.dA[last])
            for op in self.bwd[last]:
                op()
        self._backward(Xb)

    def _backward(self, Xb: np.ndarray) -> None:
        dZ, dA, gW, gb, WT, A, bwd = self.dZ, self.dA, self.gW, self.gb, self.WT, self.A, \
            self.bwd
        for li in range(len(dZ) - 1, -1, -1):
            prev = Xb if li == 0 else A[li - 1]
            np.dot(dZ[li], prev.T, out=gW[li])
            np.add.reduce(dZ[li], axis=1, out=gb[li])
            if li:
                np.dot(WT[li], dZ[li], out=dA[li - 1])
                for op in bwd[li - 1]:
                    op()

    def loss_value(self, Tb: np.ndarray) -> float:
        """The loss of the last forward pass against Tb (n_outputs, n)."""
        return losses.value(self.loss, self.Z[-1], self.A[-1], Tb)
