"""The network as a standalone PyTorch script: an ``nn.Module`` with one ``nn.Linear`` per
layer and per-neuron activations, the file's loss and optimizer, a short ``train`` and a
``__main__`` that prints outputs (see ``core.export.common``). Float64 throughout, so its
outputs agree with the app's to rounding."""

from __future__ import annotations

from core import activations as act
from core.export import common
from core.export.common import ScriptData

# z: (n_samples, k) columns of one activation; alpha: (k,) tensor or None. PyTorch's own
# functions where they compute core's formula (``Activation.torch_code``).
FUNCTIONS = {name: act.get(name).torch_code for name in act.NAMES}

# The loss as PyTorch computes it from the output layer (core.losses gives the same).
LOSSES = {
    "mse": ("mean squared error, over samples and outputs",
            "F.mse_loss(model(X), T)"),
    "binary_crossentropy": ("binary cross-entropy, from z (sigmoid outputs)",
                            "F.binary_cross_entropy_with_logits(model.logits(X), T)"),
    "categorical_crossentropy": ("categorical cross-entropy, from z (softmax outputs)",
                                 "F.cross_entropy(model.logits(X), T)"),
}

OPTIMIZERS = {
    "sgd": "torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)",
    "momentum": "torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=MOMENTUM)",
    "adam": "torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)",
}

PENALTIES = {
    "none": "    return 0.0\n",
    "l2": "    return 0.5 * RATE * sum((layer.weight ** 2).sum() for layer in model.linears)\n",
    "l1": "    return RATE * sum(layer.weight.abs().sum() for layer in model.linears)\n",
}

MODEL = '''
class Network(nn.Module):
    """The network: one nn.Linear per layer (z = x @ W.T + b for all its neurons), then
    each neuron's own activation. PReLU slopes are parameters, one per PReLU neuron."""

    def __init__(self):
        super().__init__()
        self.linears = nn.ModuleList()
        self.prelu_alphas = nn.ParameterList()
        for W, B, activations, alphas in LAYERS:
            linear = nn.Linear(len(W[0]), len(W), dtype=DTYPE)
            with torch.no_grad():              # load the weights, do not record it
                linear.weight.copy_(torch.tensor(W, dtype=DTYPE))
                linear.bias.copy_(torch.tensor(B, dtype=DTYPE))
            self.linears.append(linear)
            slopes = [al for a, al in zip(activations, alphas) if a == "prelu"]
            self.prelu_alphas.append(nn.Parameter(torch.tensor(slopes, dtype=DTYPE)))

    def activate(self, i, Z):
        """Z: (n_samples, units) of layer i -> A, each column through its neuron's
        activation; columns of one kind go together (softmax ones normalise together)."""
        activations, alphas = LAYERS[i][2], LAYERS[i][3]
        A = torch.zeros_like(Z)
        for name in dict.fromkeys(activations):    # each kind once, in order of appearance
            cols = [j for j, a in enumerate(activations) if a == name]
            if name == "prelu":
                alpha = self.prelu_alphas[i]
            elif name in ("leaky_relu", "elu"):
                alpha = torch.tensor([alphas[j] for j in cols], dtype=DTYPE)
            else:
                alpha = None
            A[:, cols] = FUNCTIONS[name](Z[:, cols], alpha)
        return A

    def run(self, X):
        """X: (n_samples, n_inputs) -> (Z, A) of the output layer, (n_samples, n_outputs)."""
        A = X
        for i, linear in enumerate(self.linears):
            Z = linear(A)
            A = self.activate(i, Z)
        return Z, A

    def forward(self, X):
        """X: (n_samples, n_inputs) network inputs -> outputs (n_samples, n_outputs)."""
        return self.run(X)[1]

    def logits(self, X):
        """The output layer's z, from which the cross-entropy losses are computed."""
        return self.run(X)[0]


def predict(model, X_raw):
    """X_raw: (n_samples, len(RAW_FEATURES)) rows of the data -> the network's outputs."""
    with torch.no_grad():
        return model(prepare(X_raw))

'''

TRAIN = '''
def keep_frozen(model):
    """Frozen neurons keep their weights, bias and slope: zero their gradients."""
    for i, linear in enumerate(model.linears):
        rows = [j for j, f in enumerate(FROZEN[i]) if f]
        if not rows:
            continue
        linear.weight.grad[rows] = 0.0
        linear.bias.grad[rows] = 0.0
        prelu = [j for j, a in enumerate(LAYERS[i][2]) if a == "prelu"]
        slopes = [k for k, j in enumerate(prelu) if FROZEN[i][j]]
        if slopes:
            model.prelu_alphas[i].grad[slopes] = 0.0


def train(model, X_raw, T, epochs=10):
    """Train in mini-batches of BATCH_SIZE, shuffled every epoch, with the app's loss,
    optimizer and regularization. Returns the last mini-batch's loss of every epoch.

    X_raw: (n_samples, len(RAW_FEATURES)) data; T: (n_samples, n_outputs) targets as the
    app encodes them: 1/0 for one sigmoid output (1/-1 for one tanh output), one-hot rows
    for softmax outputs, the value itself for regression. The app draws mini-batches with
    its own random numbers, so the weights will not match it exactly."""
    X = prepare(X_raw)
    T = torch.as_tensor(T, dtype=DTYPE)
    optimizer = make_optimizer(model)
    generator = torch.Generator().manual_seed(SEED)
    history = []
    for _ in range(epochs):
        order = torch.randperm(len(X), generator=generator)
        for start in range(0, len(X), BATCH_SIZE):
            batch = order[start:start + BATCH_SIZE]
            optimizer.zero_grad()
            loss = loss_function(model, X[batch], T[batch])
            (loss + penalty(model)).backward()
            keep_frozen(model)
            optimizer.step()
        history.append(loss.item())
    return history

'''

MAIN = common.main_section("model = Network()\noutputs = predict(model, X_raw)")


def pytorch_script(doc, bundle=None, file_name: str | None = None) -> str:
    """The network of ``doc`` as a standalone PyTorch script (float64).

    ``bundle``: the document's core.experiment.DataBundle (built when None), which gives
    the feature transforms and the normalisation the app applies to the data.
    ``file_name`` is only used in the header's "how to run" lines."""
    return render(common.collect(doc, bundle), file_name)


def render(data: ScriptData, file_name: str | None = None) -> str:
    used = common.used_activations(data, FUNCTIONS)
    parts = [
        common.header(data, "PyTorch", "PyTorch", common.file_hint(file_name, "torch")),
        '"""A feed-forward network rebuilt from its weights as a PyTorch nn.Module.\n\n'
        "Each neuron computes z = w . x + b from the layer before, then its activation\n"
        "a = g(z). Shapes: X (n_samples, n_inputs); W (units, fan_in), as nn.Linear keeps\n"
        'it; B (units,). Float64 throughout, as the app computes."""\n',
        "import csv\nimport sys\n\nimport torch\nimport torch.nn.functional as F\n"
        "from torch import nn\n",
        "DTYPE = torch.float64\n",
        f"TITLE = {data.title!r}\n",
        common.data_section(data),
        common.layers_section(data),
        _settings_section(data),
        "\n# -- activations: name -> function of (z, alpha) " + "-" * 40 + "\n"
        "# z: (n_samples, k) columns of one kind; alpha: (k,) slopes or None. Softmax\n"
        "# columns normalise together. Softplus is written out: F.softplus returns z\n"
        "# itself above z = 20, the app keeps the exact formula.\n",
        "FUNCTIONS = {\n" + "".join(f"    {a!r}: {FUNCTIONS[a]},\n" for a in used) + "}\n",
        "\n# -- inputs, model " + "-" * 71 + "\n",
        "def prepare(X_raw):\n"
        '    """X_raw: (n_samples, len(RAW_FEATURES)) data -> X: (n_samples, len(INPUTS)) '
        'inputs."""\n'
        "    X_raw = torch.as_tensor(X_raw, dtype=DTYPE)\n"
        + "\n".join(common.prepare_lines(data, "torch")) + "\n",
        MODEL,
        "\n# -- training " + "-" * 75 + "\n",
        _training_functions(data),
        TRAIN,
        common.CSV_READER,
        MAIN,
    ]
    return common.tidy("\n".join(parts))


def _settings_section(data: ScriptData) -> str:
    t = data.training
    return ("# Frozen neurons (the app does not train them), one row per layer\n"
            f"FROZEN = {common.matrix([L.frozen for L in data.layers])}\n\n"
            "# Training settings from the file\n"
            f"LEARNING_RATE = {common.num(t.get('learning_rate', 0.03))}\n"
            f"MOMENTUM = {common.num(t.get('momentum', 0.9))}   # used by SGD with momentum\n"
            f"BATCH_SIZE = {int(t.get('batch_size', 10))}\n"
            f"RATE = {common.num(t.get('regularization_rate', 0.0))}   # regularization rate\n"
            f"SEED = {int(t.get('seed', 1))}\n")


def _training_functions(data: ScriptData) -> str:
    """loss_function, make_optimizer and penalty, each from a fixed table."""
    loss_text, loss_code = _pick(LOSSES, data.loss, "loss")
    return (f"def loss_function(model, X, T):\n    \"\"\"The file's loss: {loss_text}.\"\"\"\n"
            f"    return {loss_code}\n\n\n" + _optimizer_code(data.training) + "\n\n"
            + _penalty_code(data.training))


def _pick(table: dict, name: str, what: str):
    if name not in table:
        raise common.ExportError(f"cannot write the {what} {name!r} as code")
    return table[name]


def _optimizer_code(t: dict) -> str:
    name = t.get("optimizer", "sgd")
    code = _pick(OPTIMIZERS, name, "optimizer")
    note = {"sgd": "w -= lr * g", "momentum": "v = mu v + g; w -= lr v",
            "adam": "Adam with PyTorch's defaults (betas 0.9, 0.999, eps 1e-8)"}[name]
    return (f"def make_optimizer(model):\n    \"\"\"The file's optimizer: {note}.\"\"\"\n"
            f"    return {code}\n")


def _penalty_code(t: dict) -> str:
    kind = t.get("regularization", "none")
    body = _pick(PENALTIES, kind, "regularization")
    if float(t.get("regularization_rate", 0.0)) == 0.0:
        body = PENALTIES["none"]
        kind = "none"
    text = {"none": "none", "l2": "L2, 0.5 * rate * sum(w^2)",
            "l1": "L1, rate * sum(|w|)"}[kind]
    return ("def penalty(model):\n"
            f'    """Regularization: {text}, on weights only (never biases)."""\n' + body)
