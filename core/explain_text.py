"""The steps the "One sample" panel shows, from a ``core.explain.Explanation``.

``steps(explanation, input_names)`` turns the numbers into steps, each a few lines of text
with the actual numbers (3 significant digits, a real minus sign) and what to highlight on
the canvas: forward layer by layer, the loss, then backward from the output layer.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core import activations as act
from core.explain import Explanation, LayerNumbers
from core.i18n import number, translate, values

# -- text ---------------------------------------------------------------------------------
MINUS = "−"
_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def fmt(v, digits: int = 3) -> str:
    """A number with ``digits`` significant digits and a real minus sign: 0.790, −0.0312,
    1.50, 1.23×10⁻⁵; whole numbers (targets) without decimals. In the language's number
    format (``core.i18n.number``: 0,790 in German): a display, never parsed back."""
    v = float(v)
    if not np.isfinite(v):
        return "NaN" if np.isnan(v) else ("∞" if v > 0 else MINUS + "∞")
    if v == int(v) and abs(v) < 1e6:
        return number(int(v), "d").replace("-", MINUS)
    mag = int(np.floor(np.log10(abs(float(f"{v:.{digits - 1}e}")))))   # after rounding
    if -4 <= mag < 6:
        text = number(v, f".{max(0, digits - 1 - mag)}f")
    else:
        mantissa, exponent = f"{v:.{digits - 1}e}".split("e")
        mantissa = number(float(mantissa), f".{digits - 1}f")
        text = f"{mantissa}×10{str(int(exponent)).translate(_SUP)}"
    return text.replace("-", MINUS)


def _p(v) -> str:
    return f"({fmt(v)})"


def _m(v) -> str:
    """A number after a minus sign: negative ones in brackets, 0.5 − (−0.2)."""
    return fmt(v) if v >= 0 else _p(v)


def _signed(v) -> str:
    """A change with its sign always written: +0.0164, −0.00849."""
    return ("+" if v > 0 else "") + fmt(v)


def _sub(i: int) -> str:
    """Subscript of the 0-based index i, counted from 1 as students do: ₁, ₂, ..."""
    return str(i + 1).translate(_SUB)


@dataclass(frozen=True)
class Step:
    """One step: ``lines`` of plain text (a formula, then its numbers, then the result);
    ``highlight``: keys to draw on the canvas, ("neuron", layer, unit), ("link", layer,
    unit, index) and ("input", index); ``neuron``: the neuron being explained (or None)."""

    kind: str                      # "z", "a", "softmax", "loss", "delta", "gradient"
    title: str
    lines: tuple[str, ...]
    highlight: tuple[tuple, ...] = ()
    neuron: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def html(self) -> str:
        import html
        rows = [html.escape(line) for line in self.lines]
        return "<br>".join(r.replace("  ", "&nbsp;&nbsp;") for r in rows)


def layer_name(li: int, n_layers: int) -> str:
    """"Output" or "Hidden 2" (li from 0), in the language shown: the name the
    explanation, the collapse message and the handout give a layer."""
    if li == n_layers - 1:
        return translate("Explain", "Output")
    return translate("Explain", "Hidden {number}").format(number=li + 1)


def neuron_name(e: Explanation, li: int, u: int) -> str:
    if li == len(e.layers) - 1 and e.layers[li].units == 1:
        return translate("Explain", "Output neuron")
    return translate("Explain", "{layer} neuron {number}").format(
        layer=layer_name(li, len(e.layers)), number=u + 1)


def _sum(terms: list[str], max_terms: int) -> str:
    if len(terms) > max_terms:
        terms = terms[:max_terms - 2] + ["…"] + terms[-1:]
    return " + ".join(terms)


def _sum_of(n: int, term, max_terms: int) -> str:
    """_sum of term(0) ... term(n - 1), formatting only the terms shown: a 256-wide layer
    formatted all 256 products for each of its neurons' steps (1.6 s for a 64-256-256-10
    network, four times a second while training)."""
    if n > max_terms:
        return " + ".join([term(k) for k in range(max_terms - 2)] + ["…", term(n - 1)])
    return " + ".join(term(k) for k in range(n))


def _incoming(li: int, u: int, fan_in: int) -> tuple:
    source = [("input", k) if li == 0 else ("neuron", li - 1, k) for k in range(fan_in)]
    return (("neuron", li, u), *(("link", li, u, k) for k in range(fan_in)), *source)


def _z_step(e, li, u, sym, max_terms) -> Step:
    lay = e.layers[li]
    n = len(lay.inputs)
    symbolic = _sum_of(n, lambda k: f"w{_sub(k)}·{sym[k]}", max_terms) + " + b"
    numbers = _sum_of(n, lambda k: f"{_p(lay.W[u, k])}{_p(lay.inputs[k])}", max_terms)
    lines = [f"z = {symbolic}", f"  = {numbers} + {_p(lay.b[u])}", f"  = {fmt(lay.z[u])}"]
    if n > max_terms:
        lines.append(translate("Explain", "(all %n products summed)", None, n))
    title = translate("Explain", "{neuron}: weighted sum z").format(
        neuron=neuron_name(e, li, u))
    return Step("z", title, tuple(lines),
                _incoming(li, u, n), (li, u))


def _g_text(name: str, z: float, alpha) -> tuple[str, str]:
    """(g in symbols, g with the number z) for the formula a = g(z)."""
    spec = act.get(name)
    if spec.has_alpha and z > 0:
        return translate("Explain", "z   (because z > 0)"), fmt(z)
    symbols, numbers = spec.explain
    return symbols, numbers.format(z=fmt(z), pz=_p(z), pnz=_p(-z),
                                   palpha=_p(0.0 if alpha is None else alpha))


def _a_step(e, li, u) -> Step:
    lay = e.layers[li]
    name = lay.activations[u]
    sym, num = _g_text(name, float(lay.z[u]), lay.alphas[u])
    lines = [f"a = {sym}", f"  = {num}"] + ([f"  = {fmt(lay.a[u])}"] if num != fmt(lay.a[u])
                                            else [])
    title = translate("Explain", "{neuron}: activation a = {activation}(z)").format(
        neuron=neuron_name(e, li, u), activation=act.get(name).label)
    return Step("a", title, tuple(lines), (("neuron", li, u),), (li, u))


def _softmax_step(e, li, max_terms) -> Step:
    lay = e.layers[li]
    soft = [u for u, n in enumerate(lay.activations) if n == "softmax"]
    z = lay.z[soft]
    # e^z overflows above z = 709 and every e^z is 0 below -745: shift by the max then
    shift = float(z.max()) if not -30 <= z.max() <= 30 else 0.0
    ez = np.exp(z - shift)
    power = (lambda v: f"e^{_p(v - shift)}") if shift else (lambda v: f"e^{_p(v)}")
    lines = [translate("Explain", "aₖ = e^(zₖ) / Σ e^(zⱼ)   (the softmax neurons together)"),
             f"Σ = {_sum([power(v) for v in z], max_terms)}",
             f"  = {_sum([fmt(v) for v in ez], max_terms)} = {fmt(ez.sum())}"]
    if shift:
        lines.insert(1, translate("Explain", "(z − {shift} in every power: the same a, no "
                                             "overflow)").format(shift=fmt(shift)))
    for j, u in enumerate(soft):
        lines.append(f"a{_sub(u)} = {fmt(ez[j])} / {fmt(ez.sum())} = {fmt(lay.a[u])}")
    total = _sum([fmt(lay.a[u]) for u in soft], max_terms)
    lines.append(translate("Explain", "sum: {terms} = {total}").format(
        terms=total, total=number(float(lay.a[soft].sum()), ".2f")))
    title = translate("Explain", "{layer}: softmax probabilities").format(
        layer=layer_name(li, len(e.layers)))
    return Step("softmax", title, tuple(lines), tuple(("neuron", li, u) for u in soft),
                (li, soft[0]))


def _target_line(e, class_names) -> str:
    t = e.t
    target = fmt(t[0]) if len(t) == 1 else "(" + values(*(fmt(v) for v in t)) + ")"
    k = int(np.argmax(t)) if len(t) > 1 else int(t[0] == 1)
    if class_names and k < len(class_names):
        return translate("Explain", "target t = {target}   (class {name})").format(
            target=target, name=class_names[k])
    return translate("Explain", "target t = {target}").format(target=target)


def _loss_step(e, class_names, max_terms) -> Step:
    out, t, n = e.output, e.t, len(e.t)
    if e.loss_name == "mse":
        formula = translate("Explain", "L = mean over the %n outputs of (a − t)²", None, n) \
            if n > 1 else "L = (a − t)²"
        terms = [f"({fmt(a)} − {_m(tk)})²" for a, tk in zip(out.a, t)]
    elif e.loss_name == "binary_crossentropy":
        formula = translate("Explain", "L = mean over the %n outputs of −(t·ln a + (1 − t)·"
                                       "ln(1 − a))", None, n) \
            if n > 1 else "L = −(t·ln a + (1 − t)·ln(1 − a))"
        terms = [f"−({fmt(tk)}·ln {fmt(a)} + {fmt(1 - tk)}·ln {fmt(1 - a)})"
                 for a, tk in zip(out.a, t)]
    else:
        formula = translate("Explain", "L = −Σ tₖ·ln aₖ   (only the target class counts)")
        terms = [f"−{fmt(tk)}·ln {fmt(a)}" for a, tk in zip(out.a, t) if tk != 0]
    numbers = _sum(terms, max_terms)
    if n > 1 and e.loss_name != "categorical_crossentropy":
        numbers = f"({numbers}) / {n}"
    lines = (_target_line(e, class_names), formula, f"  = {numbers}", f"  = {fmt(e.loss)}")
    keys = tuple(("neuron", len(e.layers) - 1, u) for u in range(n))
    return Step("loss", translate("Explain", "Loss of this sample"), lines, keys, None)


def _gprime_lines(lay: LayerNumbers, u: int) -> list[str]:
    """g'(z) in symbols and numbers, then delta = dL/da * g'(z)."""
    name, z, a, dA = lay.activations[u], float(lay.z[u]), float(lay.a[u]), float(lay.dA[u])
    if name == "softmax":
        soft = [k for k, n in enumerate(lay.activations) if n == "softmax"]
        s = float(np.dot(lay.a[soft], lay.dA[soft]))
        return [translate("Explain", "δ = a·(∂L/∂a − Σⱼ aⱼ·∂L/∂aⱼ)"
                                     "   (softmax: the neurons share one sum)"),
                f"  = {_p(a)}({fmt(dA)} − {_m(s)})", f"  = {fmt(lay.delta[u])}"]
    g = lay.gprime_at(u)
    forms = {"tanh": f"1 − a² = 1 − {_p(a)}²",
             "sigmoid": f"a(1 − a) = {_p(a)}{_p(1 - a)}", "linear": "1",
             "relu": "1 (z > 0)" if z > 0 else
             translate("Explain", "0 (z ≤ 0: no signal passes back)")}
    if name in ("leaky_relu", "prelu"):
        forms[name] = "1 (z > 0)" if z > 0 else "α (z ≤ 0)"
    form = forms.get(name) or translate("Explain", "slope of {activation} at z = {z}").format(
        activation=act.get(name).label, z=fmt(z))
    first = f"g′(z) = {form}" + ("" if form.endswith(fmt(g)) else f" = {fmt(g)}")
    return [first, "δ = ∂L/∂a · g′(z)",
            f"  = {_p(dA)}{_p(g)} = {fmt(lay.delta[u])}"]


def _delta_step(e, li, u, max_terms) -> Step:
    lay, n_out = e.layers[li], len(e.t)
    title = translate("Explain", "{neuron}: δ = ∂L/∂z (backward)").format(
        neuron=neuron_name(e, li, u))
    keys: tuple = (("neuron", li, u),)
    if li == len(e.layers) - 1 and lay.dA is None:
        div = f" / {n_out}" if e.loss_name == "binary_crossentropy" and n_out > 1 else ""
        why = translate("Explain", "δ = (a − t){div}   (sigmoid and cross-entropy: the slopes "
                                   "cancel)") if e.loss_name == "binary_crossentropy" else \
            translate("Explain", "δ = (a − t){div}   (softmax and cross-entropy: the slopes "
                                 "cancel)")
        lines = [why.format(div=div),
                 f"  = ({fmt(lay.a[u])} − {_m(e.t[u])}){div}",
                 f"  = {fmt(lay.delta[u])}"]
        return Step("delta", title, tuple(lines), keys, (li, u))
    if li == len(e.layers) - 1:
        lines = [f"∂L/∂a = 2(a − t) / {n_out}"
                 f" = 2({fmt(lay.a[u])} − {_m(e.t[u])}) / {n_out} = {fmt(lay.dA[u])}"]
    else:
        nxt = e.layers[li + 1]
        numbers = _sum_of(nxt.units, lambda k: f"{_p(nxt.W[k, u])}{_p(nxt.delta[k])}",
                          max_terms)
        lines = [translate("Explain", "∂L/∂a = Σ w·δ over {layer} (the links out of this "
                                      "neuron)").format(layer=layer_name(li + 1, len(e.layers))),
                 f"  = {numbers} = {fmt(lay.dA[u])}"]
        keys += tuple(("link", li + 1, k, u) for k in range(nxt.units)) + \
            tuple(("neuron", li + 1, k) for k in range(nxt.units))
    return Step("delta", title, tuple(lines + _gprime_lines(lay, u)), keys, (li, u))


def _gradient_step(e, li, u, sym, max_terms) -> Step:
    lay, lr = e.layers[li], e.learning_rate
    d = _p(lay.delta[u])
    lines = [translate("Explain", "∂L/∂w = δ · input,   Δw = −lr · ∂L/∂w"),
             translate("Explain", "δ = {delta},   lr = {rate}").format(
                 delta=fmt(lay.delta[u]), rate=fmt(lr))]
    weight_line = translate("Explain", "{weight} (from {source}):  ∂L/∂w = {product} = "
                                       "{gradient},   Δw = {change}")
    n = len(lay.inputs)
    shown = list(range(n)) if n <= max_terms else list(range(max_terms - 1)) + [n - 1]
    for k in shown:
        g = lay.dW[u, k]
        lines.append(weight_line.format(weight=f"w{_sub(k)}", source=sym[k],
                                        product=f"{d}{_p(lay.inputs[k])}", gradient=fmt(g),
                                        change=_signed(-lr * g)))
    more = n - len(shown)
    if more:
        lines.insert(len(lines) - 1,
                     translate("Explain", "… %n more weight, the same way", None, more)
                     if more == 1 else
                     translate("Explain", "… %n more weights, the same way", None, more))
    # statements set apart with values(): "0,553,   Δb" could not be read under a decimal comma
    lines.append(values(f"b:  ∂L/∂b = δ = {fmt(lay.db[u])}",
                        f"Δb = −{_p(lr)}{_p(lay.db[u])} = {_signed(-lr * lay.db[u])}",
                        space="   "))
    if lay.learns_alpha[u]:
        if lay.z[u] > 0:
            lines.append(translate("Explain", "α: ∂L/∂α = 0   (z > 0: α played no part)"))
        else:
            lines.append(values(f"α: ∂L/∂α = ∂L/∂a · z = "
                                f"{_p(lay.dA[u])}{_p(lay.z[u])} = {fmt(lay.dalpha[u])}",
                                f"Δα = {_signed(-lr * lay.dalpha[u])}", space="   "))
    if lay.frozen[u]:
        lines.append(translate("Explain", "Frozen neuron: training leaves these values as "
                                          "they are (Δ = 0)."))
    title = translate("Explain", "{neuron}: gradients and updates").format(
        neuron=neuron_name(e, li, u))
    return Step("gradient", title, tuple(lines), _incoming(li, u, n), (li, u))


def steps(e: Explanation, input_names, class_names=(), max_terms: int = 6) -> list[Step]:
    """The explanation as a list of Steps: forward layer by layer, neuron by neuron (z,
    then a; a softmax group after its layer's z values), the loss, then backward from the
    output layer (each neuron's delta, then its gradients and updates). input_names:
    (n_inputs,) names of x; class_names: names of the classes (for the target line);
    sums longer than ``max_terms`` show their first and last terms only."""
    names = [str(s) for s in input_names]
    syms = [names] + [[f"a{_sub(k)}" for k in range(lay.units)] for lay in e.layers[:-1]]
    out = []
    for li, lay in enumerate(e.layers):
        for u in range(lay.units):
            out.append(_z_step(e, li, u, syms[li], max_terms))
            if lay.activations[u] != "softmax":
                out.append(_a_step(e, li, u))
        if "softmax" in lay.activations:
            out.append(_softmax_step(e, li, max_terms))
    out.append(_loss_step(e, tuple(class_names), max_terms))
    for li in range(len(e.layers) - 1, -1, -1):
        for u in range(e.layers[li].units):
            out.append(_delta_step(e, li, u, max_terms))
            out.append(_gradient_step(e, li, u, syms[li], max_terms))
    return out
