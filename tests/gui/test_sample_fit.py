"""The One sample panel in a narrow dock: the sample line and the step's name go below the
controls instead of being cut or squeezed to a word per line, the controls keep their whole
text; and the sample line sets decimal-comma numbers apart with "; "."""

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from core import experiment, netfile
from core.network import Network
from gui import lessons
from gui.explainer.picker import SamplePicker
from gui.explainer.trailing import TrailingRow
from gui.plots.decision_plot import DecisionPlot
from gui.wheel_inputs import ComboBox, SpinBox
from tests.gui.comma_numbers import comma_numbers

CTRL = Qt.KeyboardModifier.ControlModifier
LINE = "temperature = 152; duration = 12,8  \u2192  clase bad"


def _row(pixels: int = 20):
    """A projection-sized row as the Spanish picker has it: the longest part, the number,
    the sample's line."""
    host = QWidget()
    font = host.font()
    font.setPixelSize(pixels)
    host.setFont(font)
    part = ComboBox()
    part.addItems(["Muestra de entrenamiento", "Muestra de prueba"])
    number = SpinBox()
    number.setRange(1, 400)
    number.setSuffix(" de 400")
    row = TrailingRow([part, number], QLabel(LINE), parent=host)
    return host, row, part, number


def _fits(row: TrailingRow) -> None:
    """Every widget of ``row`` inside it, the controls at their natural width, the label
    as tall as its wrapped text."""
    QApplication.processEvents()                 # a changed arrangement lays out next
    for widget in (*row.lead, row.label):
        assert row.rect().contains(widget.geometry()), (widget, widget.geometry(), row.rect())
    for widget in row.lead:
        assert widget.width() >= widget.sizeHint().width(), widget
    label = row.label
    assert label.height() >= label.heightForWidth(label.width()), label.text()


@pytest.mark.parametrize("width, lines", [(1200, 1), (600, 2), (400, 3)])
def test_the_label_goes_beside_then_below_then_the_controls_wrap(qtbot, width, lines):
    host, row, part, number = _row()
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    row.resize(width, 200)
    assert len(row.lines) == lines, [[type(w).__name__ for w in line] for line in row.lines]
    assert row.beside == (lines == 1)
    assert (part in row.lines[0]) and (number in row.lines[0]) == (lines < 3)
    _fits(row)


def test_a_longer_text_moves_the_label_below_and_a_shorter_one_back(qtbot):
    host, row, _part, _number = _row()
    qtbot.addWidget(host)
    host.show()
    row.resize(1200, 200)
    assert row.beside
    row.label.setText(LINE + " and much more text than fits beside the boxes")
    row.relayout()
    assert not row.beside
    row.label.setText("x1 = 1")
    row.relayout()
    assert row.beside


def _coffee_bundle():
    data = {"source": "builtin", "name": "coffee", "samples": 50, "noise": 0.0, "seed": 3,
            "normalize": True}
    net = Network(["temperature", "duration"], [["sigmoid"]], seed=1)
    return experiment.build_data(netfile.Document(net, data, {}, {}))


def test_the_sample_line_sets_decimal_comma_numbers_apart(qtbot):
    picker = SamplePicker()
    qtbot.addWidget(picker)
    bundle = _coffee_bundle()
    picker.set_bundle(bundle)
    picker.select("train", 0)
    english = picker.about.text()
    with comma_numbers():
        picker.select("train", 0)
        german = picker.about.text()
    assert re.fullmatch(r"temperature = [\d.]+, duration = \d+\.\d+  \u2192  class \w+",
                        english), english
    assert re.fullmatch(r"temperature = [\d,]+; duration = \d+,\d+  \u2192  class \w+",
                        german), german


def _visible_in(widget: QWidget, area: QWidget) -> bool:
    rect = QRect(widget.mapTo(area, widget.rect().topLeft()), widget.size())
    return area.rect().contains(rect)


def test_the_panel_fits_at_1280x720_in_projection_and_in_the_window(window, hands):
    window.lessons.open_lesson(lessons.LESSONS_DIR / "02_coffee_roasting.nsnet")
    window.resize(1280, 720)
    window.projection.set_active(True, full_screen=False)
    window.activateWindow()
    hands.qtbot.waitUntil(window.isActiveWindow)
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_I, CTRL)                            # Tools > One Sample's Numbers
    panel = window.sample_explainer
    hands.qtbot.waitUntil(lambda: panel.active and bool(panel.steps))
    for projecting in (True, False):
        if not projecting:
            window.projection.set_active(False)
            window.resize(1280, 720)
        window.grab()                                        # a layout pass at this size
        for row in (panel.picker.row, panel.steps_row):
            _fits(row)
            assert _visible_in(row, panel), (projecting, row.lines)
        # projecting, the panel spans the stage below the network and the Map
        # (stage_spec.Stage.with_sample): room for the sample's line beside the boxes
        assert panel.picker.row.beside and panel.steps_row.beside


def test_opening_it_in_a_1280x720_window_leaves_the_map_its_room(window, hands):
    """It opened as a 300 px band across the bottom, squeezing the Map above it to a strip
    (German, to nothing): below 900 px of window height the band keeps its height (but for
    the tab bar the band now needs)."""
    window.lessons.open_lesson(lessons.LESSONS_DIR / "02_coffee_roasting.nsnet")
    window.resize(1280, 720)
    window.activateWindow()
    hands.qtbot.waitUntil(window.isActiveWindow)
    window.grab()
    map_plot = window.findChild(DecisionPlot)
    before = map_plot.height()
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_I, CTRL)                            # Tools > One Sample's Numbers
    hands.qtbot.waitUntil(lambda: window.sample_dock.isVisible())
    window.grab()
    assert map_plot.height() >= before - 30 and map_plot.height() >= 150, \
        (before, map_plot.height())
