"""The settings panel, the inspector and the Neuron health panel show no text that bypasses
translation: with a pseudo-translator that wraps every text in "[§ ... §]", what is left of
each visible text once the wrapped parts are removed is data only (numbers, the network's
and the data's names, and core's texts, which core translates itself)."""

from __future__ import annotations

import html
import re

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from core import activations, datasets, losses, netfile, optimizers
from core import diagnostics as dg
from gui.document import NetworkDocument
from gui.settings.fields import ErrorLabel

MARKED = re.compile(r"\[§ (?:(?!\[§ ).)*? §\]", re.S)     # innermost first (texts nest)
WORD = re.compile(r"[^\W\d_][\w.^]*")





def core_texts() -> list[str]:
    """Texts that come from core (its registries and teaching texts): not the panels'."""
    texts = list(losses.LABELS.values()) + list(optimizers.LABELS.values())
    for name in activations.NAMES:
        spec = activations.get(name)
        texts += [spec.label, spec.tooltip(), spec.formula, spec.output_range, spec.notes,
                  *spec.formula.split("alpha")]       # the inspector writes alpha's value in
    for spec in datasets.BUILTIN.values():
        texts += [spec.label, spec.description, *spec.class_names]
    return texts


def names_of(document) -> set[str]:
    """Names from the data and the network: inputs, units (h1.2, out.1), activations, the
    formula's symbols, and the regularization symbols L1 and L2."""
    net = document.network
    names = {"z", "a", "b", "x", "W", "e", "g", "alpha", "L1", "L2", "softmax", "mse"}
    names |= set(net.input_names) | set(document.feature_choices() or ())
    names |= set(activations.NAMES) | set(losses.NAMES)     # names stored in files
    for li, size in enumerate(net.sizes):
        last = li == len(net.sizes) - 1
        names |= {f"out.{u + 1}" if last else f"h{li + 1}.{u + 1}" for u in range(size)}
    return names


def untranslated(text: str, known: list[str], names: set[str]) -> str:
    """What of ``text`` is neither wrapped by the pseudo-translator nor data ("" if none)."""
    rest = html.unescape(re.sub(r"<[^>]+>", " ", text or "")).replace("\xa0", " ")
    while MARKED.search(rest):
        rest = MARKED.sub(" ", rest)
    for k in sorted(known, key=len, reverse=True):
        if k:
            rest = rest.replace(k, " ")
    return " ".join(w for w in WORD.findall(rest) if w not in names and w.strip("."))


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text the widgets under ``root`` show or offer: labels,
    buttons, combo entries and their tooltips, fields, tabs, headers and tooltips."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        where = w.objectName() or type(w).__name__
        out.append((f"{where} tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((where, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QComboBox):
            out.append((f"{where} placeholder", w.placeholderText()))
            for i in range(w.count()):
                out.append((f"{where} item {i}", w.itemText(i)))
                out.append((f"{where} item {i} tooltip",
                            w.itemData(i, Qt.ItemDataRole.ToolTipRole) or ""))
        elif isinstance(w, (QLineEdit, QAbstractSpinBox)):
            out.append((where, w.text()))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                out += [(f"{where} tab {i}", w.tabText(i)),
                        (f"{where} tab {i} tooltip", w.tabToolTip(i))]
    return [(where, text) for where, text in out if text]


def problems(texts, document, extra_names=()) -> list[str]:
    texts_of_core = core_texts()
    known = [t for t in texts_of_core if len(t) > 3]      # short ones only as whole words
    names = names_of(document) | set(extra_names) | {t for t in texts_of_core if len(t) <= 3}
    return [f"{where}: {text!r} leaves {left!r}" for where, text in texts
            if (left := untranslated(text, known, names))]


def show(qtbot, widget, size=(380, 900)) -> None:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)


def type_into(qtbot, field, text: str) -> None:
    line = field.lineEdit() if hasattr(field, "lineEdit") else field
    field.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


# -- the finder itself -----------------------------------------------------------------------
def test_the_check_finds_a_text_left_unwrapped(qtbot, pseudo):
    from gui.settings import SettingsPanel

    document = NetworkDocument(netfile.default_document())
    panel = SettingsPanel(document, QUndoStack())
    show(qtbot, panel)
    QLabel("Plain words", panel.data).setObjectName("leftAlone")
    panel.training.seed.setToolTip("[§ Seed §] and more")
    found = problems(shown_texts(panel), document)
    assert any(p.startswith("leftAlone: 'Plain words'") for p in found), found
    assert any(p.startswith("trainingSeed tooltip") and "and more" in p for p in found)
    assert len(found) == 2, found


# -- the panels ------------------------------------------------------------------------------
def test_the_settings_panel_shows_only_translated_texts(qtbot, pseudo):
    from gui.settings import SettingsPanel

    document = NetworkDocument(netfile.default_document())
    panel = SettingsPanel(document, QUndoStack())
    show(qtbot, panel)
    assert panel.training.heading.text() == "[§ Training §]"
    texts = shown_texts(panel)
    type_into(qtbot, panel.training.batch_size, "ten")        # an error under the field
    assert panel.training.errors["batch_size"].isVisible()
    panel.commit_value("training", "optimizer", "momentum")   # the momentum row
    type_into(qtbot, panel.training.momentum, "2")             # core's complaint inside ours
    panel.choose_dataset("digits")                             # the data note, a message
    texts += shown_texts(panel)
    panel.set_problem("regression")                            # (refused: built-in data)
    texts += [(type(e).__name__, e.text()) for e in panel.findChildren(ErrorLabel)]
    assert not problems(texts, document, datasets.BUILTIN["digits"].feature_names)


def test_the_inspector_shows_only_translated_texts(qtbot, pseudo):
    from gui.inspector import Inspector

    doc = netfile.default_document()
    document = NetworkDocument(doc)
    inspector = Inspector(document, QUndoStack())
    show(qtbot, inspector, (360, 900))
    texts = shown_texts(inspector)
    net = document.network
    last = len(net.sizes) - 1
    for selection in (("neuron", 0, 0), ("layer", 0), ("layer", last), ("input", 0),
                      ("link", 1, 0, 0), ("link", 0, 1, 1), ("neuron", last, 0)):
        inspector.show_selection(selection)
        texts += shown_texts(inspector)
    for name in document.feature_choices() or ():        # an input the network does not use
        if name not in net.input_names:
            inspector.show_selection(("feature", name))
            texts += shown_texts(inspector)
            break
    inspector.show_selection(("neuron", 0, 0))
    inspector.neuron.activation.chosen.emit("leaky_relu")      # alpha's row and tooltip
    type_into(qtbot, inspector.neuron.bias, "abc")             # a refused value's message
    assert inspector.message.isVisible()
    texts += shown_texts(inspector)
    inspector.network.loss.activated.emit(inspector.network.loss.findData("mse"))
    inspector.network._choose_output("softmax")                # a clash: status and Fix it
    assert inspector.network.fix.isVisibleTo(inspector)
    texts += shown_texts(inspector)
    assert not problems(texts, document)


def test_the_neuron_health_panel_shows_only_translated_texts(qtbot, pseudo):
    from gui.diagnostics.health_panel import HealthPanel, layer_label

    document = NetworkDocument(netfile.default_document())
    net = document.network
    panel = HealthPanel()
    show(qtbot, panel, (900, 320))
    X = np.random.default_rng(1).normal(size=(50, net.n_inputs))
    panel.show_health(dg.neuron_health(net, X), len(X))
    n = len(net.sizes)
    panel.gradients.set_series([layer_label(li, n) for li in range(n)])
    panel.resize(500, 600)                                    # arrangement "tabs" or stacked
    qtbot.wait(10)
    texts = shown_texts(panel)
    model = panel.table.health
    for c in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts.append((f"header {c}", model.headerData(c, Qt.Orientation.Horizontal,
                                                          role)))
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append((f"cell {r},{c}", model.data(model.index(r, c), role)))
    for plot in (panel.gradients, panel.alphas.series):
        for side in ("left", "bottom"):
            texts.append((f"axis {side}", plot.plot.getAxis(side).labelText))
    assert all(t.startswith("[§ ") for w, t in texts if w == "header 0")
    assert not problems(texts, document)
