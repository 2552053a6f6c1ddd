"""What both exported scripts share: the network's numbers gathered from a Document, Python
literals for them, the header, the input preparation and the command-line part.

Safety: titles, input names, feature and class names come from a file and are untrusted.
They only ever enter a script through ``repr()`` of a ``str`` (a one-line string literal:
newlines, quotes and control characters are escaped), as a comment ``# Title: '...'`` or
as a string value. Code is only ever produced from fixed tables keyed by names core has
validated (activations, features, losses, optimizers); an unknown name is an ExportError.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass

import numpy as np

from core import atomic_file, experiment
from core.netfile import Document

N_EXAMPLES = 5          # rows of the data embedded as examples

# Playground's feature transforms (core.features.feature_map) as code on the raw columns;
# "{x}" is the raw array's name. a * a, not a ** 2, so the values are exactly core's.
FEATURE_CODE = {
    "x1": "{x}[:, 0]", "x2": "{x}[:, 1]",
    "x1^2": "{x}[:, 0] * {x}[:, 0]", "x2^2": "{x}[:, 1] * {x}[:, 1]",
    "x1*x2": "{x}[:, 0] * {x}[:, 1]",
    "sin(x1)": "{lib}.sin({x}[:, 0])", "sin(x2)": "{lib}.sin({x}[:, 1])",
}


class ExportError(ValueError):
    """A network that cannot be written as a script; the message says why."""


@dataclass
class Layer:
    """One layer in user order: W (units, fan_in), b (units,), per-neuron activation."""

    W: list
    b: list
    activations: list
    alphas: list            # float for leaky_relu, prelu, elu; else None
    frozen: list


@dataclass
class ScriptData:
    """Everything a script needs, as plain Python values."""

    title: str
    raw_features: list      # the data's own columns, what a CSV holds
    inputs: list            # the network's inputs
    transform: list | None  # feature names (FEATURE_CODE keys) when inputs are computed
    mean: list | None
    std: list | None
    layers: list
    loss: str
    training: dict
    examples: list          # (N_EXAMPLES, n_raw) rows of the data
    problem: str
    class_names: list


def collect(doc: Document, bundle=None) -> ScriptData:
    """The numbers of ``doc`` (and its data ``bundle``, built if None) for a script."""
    bundle = bundle if bundle is not None else experiment.build_data(doc)
    net = doc.network
    if list(bundle.feature_names) != list(net.input_names):
        raise ExportError(f"the data gives inputs {list(bundle.feature_names)}, the network "
                          f"expects {list(net.input_names)}")
    transform = list(bundle.transform) if bundle.transform is not None else None
    for name in transform or []:
        if name not in FEATURE_CODE:
            raise ExportError(f"cannot write the input feature {name!r} as code")
    layers = []
    for li, neurons in enumerate(net.all_neurons()):
        W, b = net.params(li)
        layers.append(Layer(W.tolist(), b.tolist(), [n.activation for n in neurons],
                            [None if n.alpha is None else float(n.alpha) for n in neurons],
                            [bool(n.frozen) for n in neurons]))
    return ScriptData(
        title=str(doc.meta.get("title") or "Untitled"),
        raw_features=[str(s) for s in bundle.dataset.feature_names],
        inputs=list(net.input_names), transform=transform,
        mean=_as_list(bundle.mean), std=_as_list(bundle.std), layers=layers,
        loss=net.loss, training=dict(doc.training),
        examples=np.asarray(bundle.dataset.X[:N_EXAMPLES], float).tolist(),
        problem=bundle.problem, class_names=[str(c) for c in bundle.class_names])


def _as_list(a):
    return None if a is None else np.asarray(a, float).tolist()


# -- literals ------------------------------------------------------------------------------

def num(x) -> str:
    """A float as Python source that reads back exactly (repr round-trips)."""
    x = float(x)
    if math.isfinite(x):
        return repr(x)
    return "float('nan')" if math.isnan(x) else ("float('inf')" if x > 0 else
                                                  "-float('inf')")


def row(values, indent: int = 4, width: int = 92) -> str:
    """[v0, v1, ...] wrapped to ``width`` columns, continuation lines indented."""
    items = ["None" if v is None else (repr(v) if isinstance(v, (str, bool)) else num(v))
             for v in values]
    lines, line = [], "["
    for i, item in enumerate(items):
        piece = item + (", " if i < len(items) - 1 else "]")
        if len(line) + len(piece) > width - indent and line.strip() not in ("", "["):
            lines.append(line.rstrip())
            line = " " * (indent + 1)
        line += piece
    if not items:
        line += "]"
    lines.append(line)
    return "\n".join(lines)


def matrix(rows, indent: int = 4) -> str:
    """A list of rows, one row per line."""
    if not rows:
        return "[]"
    pad = " " * indent
    body = ",\n".join(pad + row(r, indent) for r in rows)
    return "[\n" + body + ",\n]"


# -- shared sections -----------------------------------------------------------------------

def used_activations(data: ScriptData, table: dict) -> list[str]:
    """The activations the network uses, in order of appearance; each must be in table."""
    used = list(dict.fromkeys(a for L in data.layers for a in L.activations))
    unknown = [a for a in used if a not in table]
    if unknown:
        raise ExportError(f"cannot write the activation {unknown[0]!r} as code")
    return used


def file_hint(file_name, kind: str) -> str:
    """The script's file name for the "how to run" lines, when it is plain enough to
    print in a comment (the user chose it, but it could hold a newline)."""
    name = os.path.basename(str(file_name or ""))
    if re.fullmatch(r"[\w.\-]{1,80}\.py", name):
        return name
    return f"network_{kind}.py"


def tidy(text: str) -> str:
    """At most two blank lines in a row (sections are joined with their own spacing).
    Safe on string literals: untrusted text only enters as repr(), never with newlines."""
    return re.sub(r"\n{4,}", "\n\n\n", text).rstrip("\n") + "\n"


def header(data: ScriptData, kind: str, needs: str, run_name: str) -> str:
    """The opening comment: what this is, and how to run it."""
    sizes = " -> ".join([str(len(data.inputs))] + [str(len(L.W)) for L in data.layers])
    return (
        "#!/usr/bin/env python3\n"
        f"# A neural network exported from Neuron Studio as a {kind} script.\n"
        f"# Title: {data.title!r}\n"
        f"# Shape: {sizes} (inputs -> hidden layers -> outputs)\n"
        "#\n"
        f"# Needs only {needs}. Run it:\n"
        f"#   python {run_name}            outputs for a few example rows of the data\n"
        f"#   python {run_name} data.csv   outputs for every row of a CSV file whose\n"
        "#       columns are the data's features (a header row naming them may hold more\n"
        "#       columns, such as the target; those are ignored)\n"
        "# Generated code: change it freely; the .nsnet file is not affected.\n")


def data_section(data: ScriptData) -> str:
    lines = [
        "# The data's own columns (what a CSV file holds) and the network's inputs.",
        f"RAW_FEATURES = {row(data.raw_features, 15)}",
        f"INPUTS = {row(data.inputs, 9)}",
    ]
    if data.mean is not None:
        lines += ["# Inputs are z-scored with the mean and standard deviation of the "
                  "training data,",
                  "# exactly as the app did while training.",
                  f"MEAN = {row(data.mean, 7)}", f"STD = {row(data.std, 6)}"]
    lines += [f"# The first {len(data.examples)} rows of the data, to try the network on.",
              f"EXAMPLES = {matrix(data.examples)}"]
    return "\n".join(lines) + "\n"


def layers_section(data: ScriptData) -> str:
    """W1, B1, ACTIVATIONS1, ALPHAS1 ... then LAYERS, in the order the app shows them."""
    out = []
    n = len(data.layers)
    for i, L in enumerate(data.layers, start=1):
        kind = "output layer" if i == n else "hidden"
        units = f"{len(L.W)} neuron{'s' if len(L.W) != 1 else ''}"
        per = "input" if i == 1 else f"neuron of layer {i - 1}"
        out.append(
            f"# Layer {i} ({kind}): {units}. Row j of W{i} holds neuron j's "
            f"weights,\n# one per {per} ({len(L.W[0])} in all); B{i}[j] is its bias.\n"
            f"W{i} = {matrix(L.W)}\n"
            f"B{i} = {row(L.b, len(f'B{i} = '))}\n"
            f"ACTIVATIONS{i} = {row(L.activations, len(f'ACTIVATIONS{i} = '))}\n"
            f"# alpha of leaky_relu, prelu (learned) and elu neurons; None for the others\n"
            f"ALPHAS{i} = {row(L.alphas, len(f'ALPHAS{i} = '))}\n")
    names = "".join(f"    (W{i}, B{i}, ACTIVATIONS{i}, ALPHAS{i}),\n" for i in range(1, n + 1))
    out.append(f"LAYERS = [\n{names}]\n")
    return "\n".join(out)


def prepare_lines(data: ScriptData, lib: str) -> list[str]:
    """Body lines of ``prepare(X_raw)`` after X_raw is an array named X_raw (lib: np or
    torch); they leave the network's inputs in X."""
    if data.transform is None:
        lines = ["    X = X_raw"]
    else:
        stack = "np.stack" if lib == "np" else "torch.stack"
        axis = "axis" if lib == "np" else "dim"
        lines = ["    # the network's inputs are computed from the data's two features"]
        lines.append(f"    X = {stack}([")
        for name in data.transform:
            code = FEATURE_CODE[name].format(x="X_raw", lib=lib)
            lines.append(f"        {code},{' ' * max(1, 36 - len(code))}# {name!r}")
        lines.append(f"    ], {axis}=1)")
    if data.mean is not None:
        tensor = "np.array" if lib == "np" else "torch.tensor"
        dtype = "" if lib == "np" else ", dtype=DTYPE"
        lines.append(f"    X = (X - {tensor}(MEAN{dtype})) / {tensor}(STD{dtype})")
    lines.append("    return X")
    return lines


CSV_READER = '''
def read_csv(path):
    """The rows of a CSV file as X_raw: (n_samples, len(RAW_FEATURES)) numbers.

    With a header row, the columns named like RAW_FEATURES are used (in that order);
    without one, the first len(RAW_FEATURES) columns."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = [r for r in csv.reader(f) if any(cell.strip() for cell in r)]
    if not rows:
        raise ValueError(f"{path}: the file has no rows")
    columns, first = list(range(len(RAW_FEATURES))), 1
    names = [cell.strip() for cell in rows[0]]
    if not all(_is_number(cell) for cell in names):          # a header row
        missing = [n for n in RAW_FEATURES if n not in names]
        if missing:
            raise ValueError(f"{path}: no column named {missing[0]!r} in the header")
        columns, first, rows = [names.index(n) for n in RAW_FEATURES], 2, rows[1:]
    X_raw = []
    for number, r in enumerate(rows, start=first):
        if len(r) <= max(columns) or not all(_is_number(r[c]) for c in columns):
            raise ValueError(f"{path}, row {number}: expected numbers in the feature columns")
        X_raw.append([float(r[c]) for c in columns])
    return X_raw


def _is_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True
'''


def write_script(text: str, path) -> None:
    """Write ``text`` to ``path`` as UTF-8, atomically (``core.atomic_file``), so a failed
    write never leaves half a script. Raises OSError."""
    atomic_file.write_bytes(path, text.encode("utf-8"))


def main_section(compute: str) -> str:
    """The scripts' ``main``: read a CSV (or use EXAMPLES), run ``compute`` (lines that
    set ``outputs`` from ``X_raw``, e.g. "outputs = predict(X_raw)") and print a table."""
    body = "\n".join("    " + line for line in compute.strip().splitlines())
    return MAIN_TEMPLATE.replace("    COMPUTE\n", body + "\n")


MAIN_TEMPLATE = '''
def main(argv):
    try:
        X_raw = read_csv(argv[1]) if len(argv) > 1 else EXAMPLES
    except (OSError, ValueError) as e:
        print(f"cannot read the data: {e}", file=sys.stderr)
        return 2
    COMPUTE
    print(TITLE)
    few = len(RAW_FEATURES) <= 8        # else rows are too long to print: number them
    print(", ".join(RAW_FEATURES) if few else f"row (of {len(RAW_FEATURES)} features)",
          "-> outputs")
    for i, (x, y) in enumerate(zip(X_raw, outputs), start=1):
        shown = ", ".join(f"{v:g}" for v in x) if few else f"row {i}"
        print(shown, "->", ", ".join(f"{v:.6f}" for v in y.tolist()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
'''
