"""The network as a standalone NumPy script: weights, activations, input preparation,
``forward(X)`` and a ``__main__`` that prints outputs (see ``core.export.common``)."""

from __future__ import annotations

from core import activations as act
from core.export import common
from core.export.common import ScriptData

# Each activation as the script defines it (``Activation.numpy_code``): the same formulas
# as core.activations, so the outputs agree to rounding. ``alpha`` is an array with one
# value per column (or None).
FUNCTIONS = {name: act.get(name).numpy_code for name in act.NAMES}

FORWARD = '''
def activate(Z, activations, alphas):
    """Z: (n_samples, units) -> A: (n_samples, units), each column through its own
    neuron's activation. Columns of the same kind go together; softmax columns must,
    because they normalise together."""
    A = np.empty_like(Z)
    for name in dict.fromkeys(activations):          # each kind once, in order of appearance
        cols = [j for j, a in enumerate(activations) if a == name]
        alpha = None
        if name in ("leaky_relu", "prelu", "elu"):
            alpha = np.array([alphas[j] for j in cols])
        A[:, cols] = FUNCTIONS[name](Z[:, cols], alpha)
    return A


def forward(X):
    """X: (n_samples, n_inputs) network inputs -> outputs (n_samples, n_outputs).

    Every layer computes z = w . x + b for all its neurons at once, Z = A @ W.T + B,
    then a = g(z) neuron by neuron."""
    A = np.asarray(X, dtype=float)
    for W, B, activations, alphas in LAYERS:
        Z = A @ np.array(W).T + np.array(B)
        A = activate(Z, activations, alphas)
    return A


def predict(X_raw):
    """X_raw: (n_samples, len(RAW_FEATURES)) rows of the data -> the network's outputs."""
    return forward(prepare(X_raw))

'''

MAIN = common.main_section("outputs = predict(X_raw)")


def numpy_script(doc, bundle=None, file_name: str | None = None) -> str:
    """The network of ``doc`` as a standalone script that needs only NumPy.

    ``bundle``: the document's core.experiment.DataBundle (built when None), which gives
    the feature transforms and the normalisation the app applies to the data.
    ``file_name`` is only used in the header's "how to run" lines."""
    return render(common.collect(doc, bundle), file_name)


def render(data: ScriptData, file_name: str | None = None) -> str:
    used = common.used_activations(data, FUNCTIONS)
    parts = [
        common.header(data, "plain NumPy", "NumPy", common.file_hint(file_name, "numpy")),
        '"""A feed-forward network rebuilt from its weights, in plain NumPy.\n\n'
        "Each neuron computes z = w . x + b from the layer before, then its activation\n"
        'a = g(z). Shapes: X (n_samples, n_inputs); W (units, fan_in); B (units,)."""\n',
        "import csv\nimport sys\n\nimport numpy as np\n",
        f"TITLE = {data.title!r}\n",
        common.data_section(data),
        common.layers_section(data),
        "\n# -- activations (only those this network uses) " + "-" * 42 + "\n",
        "\n\n".join(FUNCTIONS[a] for a in used),
        "\nFUNCTIONS = {\n" + "".join(f"    {a!r}: {a},\n" for a in used) + "}\n",
        "\n# -- inputs, forward pass " + "-" * 64 + "\n",
        "def prepare(X_raw):\n"
        '    """X_raw: (n_samples, len(RAW_FEATURES)) data -> X: (n_samples, len(INPUTS)) '
        'inputs."""\n'
        "    X_raw = np.asarray(X_raw, dtype=float)\n"
        + "\n".join(common.prepare_lines(data, "np")) + "\n",
        FORWARD,
        common.CSV_READER,
        MAIN,
    ]
    return common.tidy("\n".join(parts))
