"""Network: layers of neurons, each with its own activation; forward and backward.

Storage (hidden from users and files): all parameters live in one flat vector ``theta`` so
an optimizer update is a single operation. Each layer is stored one row per neuron, rows
sorted by activation group (see ``core.groups``), each row its weights then its bias:

    [W | b]: (units, fan_in + 1)   alpha: (n_piecewise,)   -- views into theta

and computes ``Z = W @ A_prev + b`` with samples as columns, ``Z, A: (units, n_samples)``.
Keeping b as the last column lets a training step compute ``Z = [W | b] @ [A_prev; 1]``
and the gradient of W and b in one matrix product each (see ``core.plan``).
Everything public speaks *user order* (the order the user sees neurons in a layer) and
samples as rows, ``X: (n_samples, n_inputs)``; the permutation is applied at the edges.

Structural edits (``core.edits``) go through ``Network.rebuild``, which keeps every weight
that still has a place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from core import activations as act
from core import losses
from core.groups import Group, family_of, group_key, internal_order
from core.i18n import translate
from core.plan import StepPlan

MAX_LAYERS = 32
MAX_UNITS = 1024
MAX_INPUTS = 4096


class NetworkError(ValueError):
    """A network that cannot be built or edited as asked; the message says why."""


@dataclass(frozen=True)
class Neuron:
    """What the user chose for one neuron. ``alpha`` only for leaky_relu, prelu and elu."""

    activation: str
    alpha: float | None = None
    frozen: bool = False

    def __post_init__(self):
        spec = act.get(self.activation)  # raises UnknownActivation
        if spec.has_alpha and self.alpha is None:
            object.__setattr__(self, "alpha", float(spec.default_alpha))
        if not spec.has_alpha:
            object.__setattr__(self, "alpha", None)


def as_neuron(n) -> Neuron:
    return n if isinstance(n, Neuron) else Neuron(str(n))


class _Layer:
    """Compiled layer: permutation, parameter views and activation groups."""

    def __init__(self, neurons: list[Neuron], fan_in: int, theta: np.ndarray, offset: int):
        self.units, self.fan_in = len(neurons), fan_in
        self.perm = internal_order([n.activation for n in neurons])   # internal -> user
        self.inv = np.argsort(self.perm)                                # user -> internal
        names = [neurons[i].activation for i in self.perm]
        self.n_piece = sum(family_of(n) == "piecewise" for n in names)
        wb_end = offset + self.units * (fan_in + 1)
        self.wb_slice = slice(offset, wb_end)
        self.a_slice = slice(wb_end, wb_end + self.n_piece)
        self.end = self.a_slice.stop
        self.groups = self._make_groups(neurons, names, theta)

    def _make_groups(self, neurons, names, theta) -> list[Group]:
        """One Group per run of equal ``group_key`` in internal order."""
        groups, start = [], 0
        while start < len(names):
            stop = start + 1
            while stop < len(names) and group_key(names[stop]) == group_key(names[start]):
                stop += 1
            fam, alpha = family_of(names[start]), None
            if fam == "piecewise":
                alpha = theta[self.a_slice].reshape(-1, 1)
            elif fam == "elu":
                alpha = np.array([[neurons[i].alpha] for i in self.perm[start:stop]])
            groups.append(Group(fam, start, stop, names[start:stop], alpha))
            start = stop
        return groups

    def matrix(self, vec: np.ndarray) -> np.ndarray:
        """The (units, fan_in + 1) view [W | b] of this layer inside a vector shaped like
        theta (C-contiguous)."""
        return vec[self.wb_slice].reshape(self.units, self.fan_in + 1)

    def views(self, vec: np.ndarray):
        """(W (units, fan_in), b (units,), alpha (n_piecewise,)) views of this layer inside
        a flat vector shaped like theta; W and b are strided views of ``matrix``."""
        M = self.matrix(vec)
        return M[:, :-1], M[:, -1], vec[self.a_slice]


class Network:
    """A feed-forward network whose neurons each have their own activation.

    ``layers`` lists the hidden layers then the output layer, each a list of ``Neuron`` (or
    activation names). ``params`` optionally gives ``[(W (units, fan_in), b (units,)), ...]``
    in user order; otherwise weights are initialised from ``seed`` (Glorot for
    sigmoid/tanh-like neurons, He for ReLU-like), biases at zero.
    """

    def __init__(self, inputs, layers, loss: str = "mse", seed: int = 0, params=None):
        self.input_names = [str(s) for s in inputs]
        self.loss = loss
        self.rng = np.random.default_rng(seed)
        neurons = [[as_neuron(n) for n in layer] for layer in layers]
        self._check_shape(neurons)
        if params is None:
            params = [self._init_params(layer, fan_in)
                      for layer, fan_in in zip(neurons, self._fan_ins(neurons))]
        self.rebuild(self.input_names, neurons, params)

    # -- construction ----------------------------------------------------------------------
    def _fan_ins(self, neurons) -> list[int]:
        return [len(self.input_names)] + [len(layer) for layer in neurons[:-1]]

    def _check_shape(self, neurons) -> None:
        if not 1 <= len(self.input_names) <= MAX_INPUTS:
            raise NetworkError(translate("Network", "a network needs 1 to {limit} inputs, got "
                                         "{count}").format(limit=MAX_INPUTS,
                                                           count=len(self.input_names)))
        if not 1 <= len(neurons) <= MAX_LAYERS:
            raise NetworkError(translate("Network", "a network needs 1 to {limit} layers (the "
                                         "last is the output layer), got {count}").format(
                                             limit=MAX_LAYERS, count=len(neurons)))
        for i, layer in enumerate(neurons):
            if not 1 <= len(layer) <= MAX_UNITS:
                raise NetworkError(translate("Network", "layer {layer} needs 1 to {limit} "
                                             "units, got {count}").format(
                                                 layer=i, limit=MAX_UNITS, count=len(layer)))

    def init_weights(self, activation: str, shape, fan_in: int, fan_out: int) -> np.ndarray:
        """Fresh weights for new connections: He normal or Glorot uniform, from self.rng."""
        if act.get(activation).init == "he":
            return self.rng.normal(0.0, np.sqrt(2.0 / max(fan_in, 1)), size=shape)
        limit = np.sqrt(6.0 / max(fan_in + fan_out, 1))
        return self.rng.uniform(-limit, limit, size=shape)

    def _init_params(self, layer: list[Neuron], fan_in: int):
        W = np.vstack([self.init_weights(n.activation, (1, fan_in), fan_in, len(layer))
                       for n in layer])
        return W, np.zeros(len(layer))

    def rebuild(self, inputs, neurons, params) -> None:
        """Replace the whole structure; params in user order, checked against the shape.

        All or nothing: if anything is refused, the network is left exactly as it was."""
        before = dict(self.__dict__)
        try:
            self._rebuild(inputs, neurons, params)
        except Exception:
            self.__dict__.clear()
            self.__dict__.update(before)
            raise

    def _rebuild(self, inputs, neurons, params) -> None:
        self.input_names = [str(s) for s in inputs]
        neurons = [[as_neuron(n) for n in layer] for layer in neurons]
        self._check_shape(neurons)
        if len(params) != len(neurons):
            raise NetworkError(f"expected weights for {len(neurons)} layers, got {len(params)}")
        fan_ins = self._fan_ins(neurons)
        sizes = [len(lay) * (f + 1) + sum(family_of(n.activation) == "piecewise" for n in lay)
                 for lay, f in zip(neurons, fan_ins)]
        self.theta = np.zeros(sum(sizes))
        self.grad = np.zeros_like(self.theta)
        self.neurons_ = neurons
        self.layers_: list[_Layer] = []
        offset = 0
        for lay, fan_in in zip(neurons, fan_ins):
            self.layers_.append(_Layer(lay, fan_in, self.theta, offset))
            offset = self.layers_[-1].end
        for li, (W, b) in enumerate(params):
            self._write_user_params(li, np.asarray(W, float), np.asarray(b, float))
        self._make_masks()
        self.layout_version = getattr(self, "layout_version", 0) + 1
        self._plans: dict[int, StepPlan] = {}

    def _write_user_params(self, li: int, W: np.ndarray, b: np.ndarray) -> None:
        L = self.layers_[li]
        if W.shape != (L.units, L.fan_in) or b.shape != (L.units,):
            raise NetworkError(f"layer {li}: expected weights {(L.units, L.fan_in)} and "
                               f"bias ({L.units},), got {W.shape} and {b.shape}")
        Wv, bv, av = L.views(self.theta)
        prev_inv = self._prev_inv(li)
        Wv[...] = W[L.perm][:, np.argsort(prev_inv)] if prev_inv is not None else W[L.perm]
        bv[...] = b[L.perm]
        av[...] = [self.neurons_[li][u].alpha or 0.0 for u in L.perm[:L.n_piece]]
        # linear and relu are the piecewise family with a fixed alpha of 1 and 0
        for r, u in enumerate(L.perm[:L.n_piece]):
            name = self.neurons_[li][u].activation
            if name in ("linear", "relu"):
                av[r] = 1.0 if name == "linear" else 0.0

    def _prev_inv(self, li: int):
        """user -> internal order of the previous layer's units (None for the inputs)."""
        return None if li == 0 else self.layers_[li - 1].inv

    def _make_masks(self) -> None:
        """reg_mask: 1 on weights (L1/L2 apply); update_mask: 0 on frozen neurons, or None."""
        self.reg_mask = np.zeros_like(self.theta)
        frozen = np.ones_like(self.theta)
        for li, L in enumerate(self.layers_):
            L.matrix(self.reg_mask)[:, :-1] = 1.0
            W, b, a = L.views(frozen)
            for r, u in enumerate(L.perm):
                if self.neurons_[li][u].frozen:
                    W[r] = 0.0
                    b[r] = 0.0
                    if r < L.n_piece:
                        a[r] = 0.0
        self.update_mask = None if frozen.all() else frozen

    # -- reading, in user order ------------------------------------------------------------
    @property
    def n_inputs(self) -> int:
        return len(self.input_names)

    @property
    def sizes(self) -> list[int]:
        return [L.units for L in self.layers_]

    @property
    def n_outputs(self) -> int:
        return self.layers_[-1].units

    def neurons(self, li: int) -> list[Neuron]:
        """The neurons of layer li, user order; a PReLU's alpha is its current value."""
        L, out = self.layers_[li], list(self.neurons_[li])
        alphas = L.views(self.theta)[2]
        for r, u in enumerate(L.perm[:L.n_piece]):
            if act.get(out[u].activation).learns_alpha:
                out[u] = replace(out[u], alpha=float(alphas[r]))
        return out

    def all_neurons(self) -> list[list[Neuron]]:
        return [self.neurons(li) for li in range(len(self.layers_))]

    def activations(self, li: int) -> list[str]:
        return [n.activation for n in self.neurons_[li]]

    def params(self, li: int) -> tuple[np.ndarray, np.ndarray]:
        """Copies of (W (units, fan_in), b (units,)) of layer li in user order."""
        return self._user_view(li, self.theta)

    def _user_view(self, li: int, vec: np.ndarray):
        L = self.layers_[li]
        W, b, _ = L.views(vec)
        prev_inv = self._prev_inv(li)
        W = W[L.inv] if prev_inv is None else W[L.inv][:, prev_inv]
        return W.copy(), b[L.inv].copy()

    def all_params(self):
        return [self.params(li) for li in range(len(self.layers_))]

    def param_index(self, li: int, unit: int, weight: int | None = None) -> int:
        """Position in theta of W[unit, weight] (or of b[unit] when weight is None)."""
        L = self.layers_[li]
        r = int(L.inv[unit])
        if weight is None:
            c = L.fan_in
        else:
            prev_inv = self._prev_inv(li)
            c = weight if prev_inv is None else int(prev_inv[weight])
        return L.wb_slice.start + r * (L.fan_in + 1) + c

    def alpha_index(self, li: int, unit: int) -> int | None:
        L = self.layers_[li]
        r = int(L.inv[unit])
        return L.a_slice.start + r if r < L.n_piece else None

    # -- small edits that keep the layout (no rebuild) -------------------------------------
    def set_weight(self, li: int, unit: int, weight: int, value: float) -> None:
        self.theta[self.param_index(li, unit, weight)] = value

    def set_bias(self, li: int, unit: int, value: float) -> None:
        self.theta[self.param_index(li, unit)] = value

    def set_alpha(self, li: int, unit: int, value: float) -> None:
        n = self.neurons_[li][unit]
        if not act.get(n.activation).has_alpha:
            raise NetworkError(f"{n.activation} has no alpha")
        self.neurons_[li][unit] = replace(n, alpha=float(value))
        idx = self.alpha_index(li, unit)
        if idx is not None:
            self.theta[idx] = value
        else:  # elu keeps its alpha in its group; all_neurons() keeps PReLU alphas live
            self.rebuild(self.input_names, self.all_neurons(), self.all_params())

    # -- computing -------------------------------------------------------------------------
    def forward(self, X) -> np.ndarray:
        """X: (n_samples, n_inputs) -> outputs (n_samples, n_outputs), user order."""
        return self.outputs_user(self.forward_internal(self._check_X(X))[1])

    def forward_internal(self, Xt: np.ndarray):
        """Xt: (n_inputs, n) -> the output layer's (Z, A), (n_outputs, n), internal rows."""
        A = Xt
        for L in self.layers_:
            Z, A = self._layer_forward(L, A)
        return Z, A

    def outputs_user(self, A: np.ndarray) -> np.ndarray:
        """Output-layer A (n_outputs, n) internal rows -> (n, n_outputs) user order."""
        return A[self.layers_[-1].inv].T

    def forward_layers(self, X) -> list[tuple[np.ndarray, np.ndarray]]:
        """Every layer's (Z, A), each (n_samples, units) in user order."""
        Xt = self._check_X(X)
        out = []
        A_prev = Xt
        for L in self.layers_:
            Z, A = self._layer_forward(L, A_prev)
            out.append((Z[L.inv].T.copy(), A[L.inv].T.copy()))
            A_prev = A
        return out

    def _check_X(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[1] != self.n_inputs:
            raise NetworkError(f"expected inputs of shape (n_samples, {self.n_inputs}), "
                               f"got {X.shape}")
        return np.ascontiguousarray(X.T)

    def _layer_forward(self, L: _Layer, A_prev, Z=None, A=None):
        W, b, _ = L.views(self.theta)
        Z = np.dot(W, A_prev, out=Z)
        Z += b[:, None]
        if A is None:
            A = np.empty_like(Z)
        for g in L.groups:
            g.forward(Z[g.start:g.stop], A[g.start:g.stop])
        return Z, A

    def plan(self, n: int) -> StepPlan:
        """The compiled step for batches of n samples (cached per layout and n)."""
        plan = self._plans.get(n)
        if plan is None or plan.layout_version != self.layout_version:
            if len(self._plans) > 4:
                self._plans.clear()
            plan = self._plans[n] = StepPlan(self, n)
        return plan

    def loss_and_grad(self, Xt: np.ndarray, T: np.ndarray, need_loss: bool = True):
        """One forward and backward pass in internal layout.

        Xt: (n_inputs, n) inputs with samples as columns; T: (n_outputs, n) targets in the
        output layer's internal row order (see ``targets_internal``). Fills ``self.grad``
        (shaped like theta) and returns the loss (mean over samples) or None.
        """
        plan = self.plan(Xt.shape[1])
        plan.run(Xt, T)
        return plan.loss_value(T) if need_loss else None

    def targets_internal(self, T_user: np.ndarray) -> np.ndarray:
        """T_user: (n_samples, n_outputs) -> (n_outputs, n_samples) in internal row order."""
        return np.ascontiguousarray(np.asarray(T_user, float).T[self.layers_[-1].perm])

    def copy(self) -> Network:
        other = Network.__new__(Network)
        other.loss = self.loss
        other.rng = np.random.default_rng()
        other.rng.bit_generator.state = self.rng.bit_generator.state
        other.rebuild(self.input_names, self.neurons_, self.all_params())
        other.theta[...] = self.theta  # PReLU alphas too
        return other

    def check_loss(self) -> None:
        """Raise losses.LossError if the loss does not fit the output activations."""
        losses.check(self.loss, self.activations(-1))

    # -- flat vectors in a stable, user-facing order ---------------------------------------
    def canonical_index(self) -> np.ndarray:
        """Index array: ``theta[idx]`` lists, layer by layer, W row by row in user order,
        then b, then the alphas of the piecewise neurons (linear, relu, leaky, prelu) in
        user order. Files store optimizer state in this order."""
        parts = []
        for li, L in enumerate(self.layers_):
            prev_inv = self._prev_inv(li)
            cols = np.arange(L.fan_in) if prev_inv is None else prev_inv
            rows = L.wb_slice.start + L.inv * (L.fan_in + 1)
            parts.append((rows[:, None] + cols[None, :]).ravel())
            parts.append(rows + L.fan_in)
            parts.append(L.a_slice.start + L.inv[L.inv < L.n_piece])
        return np.concatenate(parts).astype(np.intp)

    def params_of(self, vec: np.ndarray, li: int):
        """(W, b) of layer li read from a vector shaped like theta (e.g. a snapshot)."""
        return self._user_view(li, vec)
