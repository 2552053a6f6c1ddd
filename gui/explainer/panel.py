"""The "One sample" panel: pick a sample (or type one: "Your own sample"), then step
through its forward and backward pass with the actual numbers (``core.explain``), large
enough to read from the back of a room.

The numbers are recomputed from the document's network whenever it changes (during
training at most ``REFRESH_MS`` apart), keeping the step the user is on. Nothing is
computed while the panel is hidden.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from core import own_sample
from core.explain import explain_sample
from core.explain_text import fmt, steps
from core.losses import LossError
from core.training import TrainingError, encode_targets
from gui import colors
from gui.explainer.overlay import CanvasHighlight, MapMarker
from gui.explainer.picker import SamplePicker, nearest_sample
from gui.explainer.trailing import TrailingRow
from gui.i18n import number, translate
from gui.lessons import projected

REFRESH_MS = 250          # recompute at most 4 times a second while weights change
FORMULA_SCALE = 1.7       # the formula's font against the window's (at least 1.4x)
PROJECTED_FORMULA_SCALE = 1.0   # in projection mode, whose window font is 1.5-2x already:
                                # the softmax step must fit a 1024x768 stage unscrolled
TITLE_BESIDE = 24         # characters the step's name needs beside the buttons
CONTEXT_SCALE = 1.15      # the step before, of the same neuron, drawn smaller above


class SampleExplainer(QWidget):
    """Needs ``window`` with document, editor, surface (SurfacePanel) and live (LiveViews)."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.setObjectName("sampleExplainer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.explanation = None
        self.steps: list = []
        self.index = 0
        self.active = False
        self.highlight = CanvasHighlight(window.editor)
        self.marker = MapMarker(window.surface.plot)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.recompute)
        self._build()
        self._connect()
        self.picker.set_bundle(window.document.data_bundle())

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.picker = SamplePicker(self)
        self.back = QPushButton(translate("OneSample", "\u25c0 Back"), self)
        self.back.setToolTip(translate("OneSample", "The step before (Left arrow or Page Up)"))
        self.next = QPushButton(translate("OneSample", "Next \u25b6"), self)
        self.next.setToolTip(translate("OneSample", "The next step (Right arrow or Page Down)"))
        self.counter = QLabel(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)      # a long step name wraps instead of widening
        # the step's name beside the buttons while it gets TITLE_BESIDE characters' room
        # there, else below them: squeezed, it broke into one word per line
        self.steps_row = TrailingRow(
            [self.back, self.counter, self.next], self.title,
            beside_min=self.title.fontMetrics().averageCharWidth() * TITLE_BESIDE, parent=self)
        self.formula = QLabel(self)
        self.formula.setObjectName("sampleFormula")
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setWordWrap(True)
        self.formula.setMargin(6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.formula)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        # a palette colour, not a style sheet: a styled label stops taking the window's
        # font, and projection mode's larger text left this one at 12 px
        self._colour_notes()
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.steps_row)
        column.addWidget(scroll, 1)
        column.addWidget(self.notes)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(16)
        self._stack = QStackedLayout()
        self._stack.addWidget(content)
        self._stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.picker)
        layout.addLayout(self._stack, 1)

    def _colour_notes(self) -> None:
        palette = self.notes.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colors.current().muted_text))
        self.notes.setPalette(palette)

    def scheme_changed(self) -> None:
        """The light or dark scheme changed (gui.theme.restyle)."""
        self._colour_notes()
        if self.steps and self.active:
            self._render()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.steps and self.active:
            # projection on or off: the formula's size follows (hidden, it highlights
            # nothing: the next showing renders it)
            self._render()

    def _connect(self) -> None:
        w = self.window
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        for keys, slot in (((Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.go_next),
                           ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.go_back)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self.picker.changed.connect(self._sample_changed)
        w.document.paramsChanged.connect(self.schedule)
        w.document.settingsChanged.connect(self.schedule)
        w.document.structureChanged.connect(self.recompute)   # the scene is new: redraw now
        # "replaced" comes before the new document's data: the picker forgets first
        w.document.replaced.connect(self.picker.forget)
        w.document.dataChanged.connect(self._bundle_changed)
        w.surface.plot.planeClicked.connect(self.pick_at)

    # -- activity --------------------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        """Shown: compute and highlight; hidden: remove every highlight, compute nothing."""
        self.active = bool(on)
        if self.active:
            self.recompute()
        else:
            self._timer.stop()
            self.highlight.clear()
            self.marker.clear()

    def schedule(self) -> None:
        """Weights or settings changed: recompute soon (throttled), if shown."""
        if self.active and not self._timer.isActive():
            self._timer.start()

    def _bundle_changed(self, bundle, _error: str = "") -> None:
        self.picker.set_bundle(bundle)
        self.recompute()

    def _sample_changed(self, part: str, index: int) -> None:
        self.recompute()

    def pick_at(self, x: float, y: float) -> None:
        """A click on the Map at (x, y): explain the nearest sample shown there."""
        live, bundle = self.window.live, self.window.document.data_bundle()
        if not self.active or bundle is None or live.extent is None:
            return
        found = nearest_sample(bundle, x, y, live.extent,
                               self.window.surface.plot.test_box.isChecked())
        if found is not None:
            self.picker.select(*found)

    # -- computing -------------------------------------------------------------------------
    def _problem(self) -> str | None:
        """Why no sample can be explained now, in plain words; None when one can."""
        bundle, net = self.window.document.data_bundle(), self.window.document.network
        if bundle is None:
            return translate("OneSample", "There is no data to take a sample from. Choose a "
                             "data set in \u201cData and training\u201d.")
        if bundle.train[0].shape[1] != net.n_inputs:
            return translate("OneSample", "The network's inputs do not match the data's "
                             "features; fix the inputs to explain a sample.")
        if self.picker.typing():
            if self.picker.form.row is None:
                return translate("OneSample", "Type a number for each feature and press Enter.")
            return None
        part, i = self.picker.current()
        X = bundle.train[0] if part == "train" else bundle.test[0]
        if not 0 <= i < len(X):
            return translate("OneSample", "The training data has no samples.") \
                if part == "train" else translate("OneSample", "The test data has no samples.")
        return None

    def _explain(self):
        bundle, net = self.window.document.data_bundle(), self.window.document.network
        x, y = self._sample(bundle)
        t = encode_targets(net, y, bundle.problem, bundle.n_classes)[0]
        net.check_loss()
        s = self.window.document.doc.training
        return explain_sample(net, x, t, float(s.get("learning_rate", 0.03)),
                              s.get("optimizer", "sgd"), s.get("regularization", "none"),
                              float(s.get("regularization_rate", 0.0)),
                              int(s.get("batch_size", 1)))

    def _sample(self, bundle) -> tuple[np.ndarray, np.ndarray]:
        """(x (n_inputs,) network inputs, y (1,) its class or target) of the chosen sample;
        a typed one goes through the data's transform and normalisation as its rows do."""
        if self.picker.typing():
            form = self.picker.form
            x = own_sample.network_inputs(bundle, form.row)
            target = form.target if bundle.problem == "regression" else int(form.target)
            return x, np.array([target])
        part, i = self.picker.current()
        X, y = bundle.train if part == "train" else bundle.test
        return X[i], y[i:i + 1]

    def recompute(self) -> None:
        """Numbers and steps for the chosen sample from the current network; the step the
        user is on stays (the same kind of step of the same neuron, if it still exists)."""
        self._timer.stop()
        if not self.active:
            return
        problem = self._problem()
        if problem is None:
            try:
                explanation = self._explain()
            except (TrainingError, LossError) as e:
                problem = translate("OneSample", "This sample cannot be explained: "
                                    "{problem}").format(problem=e)
        if problem is not None:
            self._show_message(problem)
            return
        old = self.steps[self.index] if self.steps else None
        self.explanation = explanation
        names = self.window.document.data_bundle().class_labels
        self.steps = steps(explanation, self.window.document.network.input_names, names)
        same = [k for k, st in enumerate(self.steps)
                if old is not None and (st.kind, st.neuron) == (old.kind, old.neuron)]
        self.index = same[0] if same else min(self.index, len(self.steps) - 1)
        self._stack.setCurrentIndex(0)
        self._render()

    def _show_message(self, text: str) -> None:
        self.explanation, self.steps, self.index = None, [], 0
        self.message.setText(text)
        self._stack.setCurrentIndex(1)
        self.highlight.clear()
        self.marker.clear()

    # -- stepping --------------------------------------------------------------------------
    def go_next(self) -> None:
        self.go_to(self.index + 1)

    def go_back(self) -> None:
        self.go_to(self.index - 1)

    def go_to(self, index: int) -> None:
        if self.steps and 0 <= index < len(self.steps) and index != self.index:
            self.index = index
            self._render()

    def current_step(self):
        return self.steps[self.index] if self.steps else None

    # -- drawing ---------------------------------------------------------------------------
    def _render(self) -> None:
        step, n = self.steps[self.index], len(self.steps)
        self.counter.setText(translate("OneSample", "Step {number} of {count}").format(
            number=self.index + 1, count=n))
        self.title.setText(step.title)
        self.steps_row.relayout()                 # the counter's width may have changed
        self.back.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < n - 1)
        base = self.font().pointSizeF()
        parts = []
        before = self.steps[self.index - 1] if self.index else None
        if before is not None and before.neuron == step.neuron and step.neuron is not None:
            # the result the step before found for this neuron, e.g. "z = 1.34"
            muted = colors.current().muted_text
            parts.append(f"<div style='color:{muted}; font-size:{base * CONTEXT_SCALE:.1f}pt'>"
                         f"{html.escape(self._tag(before, before.neuron))}</div>")
        scale = PROJECTED_FORMULA_SCALE if projected(self.font()) else FORMULA_SCALE
        parts.append(f"<div style='font-size:{base * scale:.1f}pt'>{step.html}</div>")
        self.formula.setText("".join(parts))
        notes = " ".join(self.explanation.notes)
        self.notes.setText(notes)
        # on a projected stage the formula needs the room: the caveat goes in its tooltip
        self.notes.setVisible(bool(notes) and not projected(self.font()))
        self.formula.setToolTip(notes)
        neuron = step.neuron or next((k[1:] for k in step.highlight if k[0] == "neuron"), None)
        side = "left" if step.kind == "delta" else "right"    # away from the lit links
        self.highlight.show(step.highlight, neuron, self._tag(step, neuron), side)
        self._show_marker()

    def _tag(self, step, neuron) -> str:
        """The step's number written above the neuron on the canvas."""
        e = self.explanation
        if step.kind == "loss":
            return f"L = {fmt(e.loss)}"
        if neuron is None:
            return ""
        lay, u = e.layers[neuron[0]], neuron[1]
        symbol, value = {"z": ("z", lay.z), "a": ("a", lay.a), "softmax": ("a", lay.a)}.get(
            step.kind, ("\u03b4", lay.delta))
        return f"{symbol} = {_short(value[u])}"

    def _show_marker(self) -> None:
        live = self.window.live
        if live.extent is None:
            self.marker.clear()
            return
        if self.picker.typing():
            row = self.picker.form.row
            self.marker.show((float(row[0]), float(row[1])), typed=True)
            return
        part, i = self.picker.current()
        bundle = self.window.document.data_bundle()
        raw = bundle.raw_train if part == "train" else bundle.raw_test
        self.marker.show((float(raw.X[i, 0]), float(raw.X[i, 1])))


def _short(v: float) -> str:
    """fmt's number, with plain e-notation for very small or large values on the canvas
    tag ("4.98e−12"): the superscript digits of "4.98×10⁻¹²" came out cut off there."""
    text = fmt(v)
    if "\u00d710" not in text:
        return text
    # the mantissa in the language's number format too: "7,70e−5" in German
    return number(float(v), ".2e").replace("e-0", "e-").replace("e+0", "e") \
        .replace("e+", "e").replace("-", "\u2212")
