"""Projection's stage (issue 14): what a lesson's stage shows, how it fits screens from
1024x768 to 1920x1080, and that the window never asks for more than the screen."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QTabWidget, QWidget

from gui import lessons, stage_spec
from gui.stage_spec import DEFAULT, MIN_CELL_WIDTH, MIN_ROW_HEIGHT, Band, Stage

SIZES = [(1280, 720), (1024, 768), (1920, 1080)]
# the view each lesson is about: it must be on screen, in front, and not scrolled
KEY_VIEWS = {
    "01_one_neuron": ["sample", "map"], "02_coffee_roasting": ["map", "network"],
    "03_why_nonlinear": ["collapse", "map"], "03b_why_nonlinear_tanh": ["collapse", "map"],
    "04_dead_relu": ["health", "network"], "04b_dead_relu_leaky": ["health", "network"],
    "05_flat_tails": ["health", "trials"], "05b_flat_tails_normalised": ["health", "network"],
    "05c_flat_tails_small_weights": ["health", "network"],
    "06_prelu_alpha": ["health", "map"], "07_softmax": ["sample", "map"],
    "08_digits_brightness": ["data"], "08b_digits_not_normalised": ["data"],
    "09_how_many_neurons": ["trials"],
    "10_bending_edges": ["map", "network"], "10b_bending_edges_v": ["map", "network"],
}
LESSON_FILES = sorted(lessons.LESSONS_DIR.glob("*.nsnet"))


# -- the spec, without Qt ------------------------------------------------------------------
def test_a_lesson_stage_is_read_leniently():
    stage = stage_spec.parse({"rows": [
        {"size": 3, "views": ["network", "nonsense", ["map", "map", 7]], "shares": [2, 1]},
        {"size": "big", "views": [["loss", "network"], "health"], "shares": [-1, 1]},
        {"views": []}], "notes": True})
    assert stage.notes and not stage.columns
    assert [b.cells for b in stage.bands] == [(("network",), ("map",)),
                                              (("loss",), ("health",))]
    assert stage.bands[0].shares == pytest.approx((2 / 3, 1 / 3))
    assert stage.bands[1].shares == pytest.approx((0.5, 0.5))      # a bad share: equal
    assert [b.size for b in stage.bands] == pytest.approx([0.75, 0.25])


@pytest.mark.parametrize("spec", [None, [], {"rows": "x"}, {"rows": []},
                                  {"rows": [{"views": ["bogus"]}]}, {"columns": {}}])
def test_an_unusable_stage_is_the_default(spec):
    assert stage_spec.parse(spec) is DEFAULT


def test_a_lesson_without_a_stage_gets_the_default_with_its_notes():
    assert stage_spec.of_meta({"title": "x"}) is DEFAULT
    assert stage_spec.of_meta({"notes": "Press Space", "lesson": {"order": 1}}) == \
        DEFAULT.with_notes()


def test_the_default_stage_is_network_and_map():
    assert DEFAULT.views()[:2] == ["network", "map"]


@pytest.mark.parametrize("width,height", [(1024, 500), (1280, 600), (1920, 960), (700, 380)])
def test_fitting_never_leaves_a_pane_below_its_minimum(width, height):
    stage = Stage((Band((("network",), ("map",), ("health",)), (0.5, 0.3, 0.2), 0.7),
                   Band((("sample",), ("loss",)), (0.8, 0.2), 0.15),
                   Band((("trials",),), (1.0,), 0.15)), notes=True)
    fitted = stage_spec.fit(stage, width, height)
    room = width - stage_spec.notes_width(width)
    for band in fitted.bands:
        assert band.size * height >= MIN_ROW_HEIGHT or len(fitted.bands) == 1
        for share in band.shares:
            assert share * room >= MIN_CELL_WIDTH or len(band.cells) == 1
    assert sorted(fitted.views()) == sorted(stage.views())         # nothing is lost
    assert sum(b.size for b in fitted.bands) == pytest.approx(1.0)


def test_asking_for_a_view_adds_a_tab_once():
    stage = DEFAULT.with_view("health")
    assert stage.bands[-1].cells[-1][-1] == "health"
    assert stage.with_view("health") == stage and stage.with_view("map") == stage


def test_every_shipped_lesson_declares_its_stage():
    for path in LESSON_FILES:
        lesson = json.loads(path.read_text(encoding="utf-8"))["meta"]["lesson"]
        stage = stage_spec.parse(lesson.get("stage"))
        assert stage is not DEFAULT and stage.notes, path.name
        assert set(KEY_VIEWS[path.stem]) <= set(stage.views()), path.name


# -- the stage in a window -------------------------------------------------------------------
def _projecting(window, size):
    window.resize(*size)
    window.projection.set_active(True, full_screen=False)
    return window.projection.stage


def _on_screen(widget) -> bool:
    """Shown (not a hidden tab), with a size, and inside the window. (Not visibleRegion:
    it leaves out what opaque children cover, all of a dock's area.)"""
    window = QWidget.window(widget)        # (panels have a .window of their own)
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return widget.isVisible() and not rect.isEmpty() and window.rect().contains(rect)


def _not_scrolled(view_widget) -> bool:
    """The stage cell holding ``view_widget`` shows all of it (no scroll bar)."""
    parent = view_widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if not isinstance(parent, QScrollArea) or parent.objectName() != "stageCell":
        return True
    return not (parent.horizontalScrollBar().isVisible() or
                parent.verticalScrollBar().isVisible())


@pytest.mark.parametrize("size", SIZES)
def test_default_stage_gives_network_and_map_sixty_percent(window, size):
    stage = _projecting(window, size)
    window.grab()                       # a layout pass at the window's size
    assert stage.stage == stage_spec.fit(DEFAULT, *window.projection._room())
    area = 0
    for widget in (stage.views["network"], stage.views["map"]):
        assert _on_screen(widget)
        area += widget.width() * widget.height()
    assert area >= 0.6 * size[0] * size[1]
    assert window.size().toTuple() == size


@pytest.mark.parametrize("size", SIZES[:2])
@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda p: p.stem)
def test_each_lesson_opens_into_its_stage_and_fits(window, qtbot, path, size):
    _projecting(window, size)
    assert window.lessons.open_lesson(path)
    stage = window.projection.stage
    window.grab()
    assert window.size().toTuple() == size                 # the window did not grow
    hint = window.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1]
    assert window.lessons.dock in stage.docks() and _on_screen(window.lessons.dock)
    for view in KEY_VIEWS[path.stem]:
        widget = stage.views[view]
        assert _on_screen(widget), view
        assert widget.height() >= 150 and widget.width() >= 250, (view, widget.size())
        assert _not_scrolled(widget), view
    # no dock outside the stage: the window shows the stage and nothing else
    outside = [d.objectName() for d in window.docks()
               if d.isVisible() and d not in stage.docks()]
    assert outside == []


def test_another_lesson_replaces_the_stage_instead_of_adding_tabs(window):
    _projecting(window, (1280, 720))
    window.lessons.open_lesson(lessons.LESSONS_DIR / "04_dead_relu.nsnet")
    assert "health" in window.projection.stage.views
    window.lessons.open_lesson(lessons.LESSONS_DIR / "07_softmax.nsnet")
    stage = window.projection.stage
    assert "health" not in stage.views and "sample" in stage.views
    health = next(d for d in window.docks() if d.objectName() == "healthDock")
    assert not health.isVisible()
    tabs = [t.count() for t in stage.findChildren(QTabWidget)]
    assert all(n <= 2 for n in tabs)


def test_a_tool_opened_while_projecting_joins_the_stage(window, hands):
    _projecting(window, (1280, 720))
    window.activateWindow()
    hands.qtbot.waitUntil(window.isActiveWindow)
    window.editor.setFocus()
    hands.key(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)     # Neuron health
    stage = window.projection.stage
    health = next(d for d in window.docks() if d.objectName() == "healthDock")
    assert "health" in stage.views and health in stage.docks() and _on_screen(health)
    assert window.size().toTuple() == (1280, 720)


def test_leaving_restores_the_persons_layout(window):
    window.resize(1280, 720)
    window.grab()
    before = {d.objectName(): (d.isVisible(), d.geometry().getRect()) for d in window.docks()}
    _projecting(window, (1280, 720))
    window.lessons.open_lesson(lessons.LESSONS_DIR / "02_coffee_roasting.nsnet")
    window.projection.set_active(False)
    window.grab()
    after = {d.objectName(): (d.isVisible(), d.geometry().getRect()) for d in window.docks()}
    notes = after.pop("lessonNotesDock")
    before.pop("lessonNotesDock")
    assert notes[0]                     # the lesson's notes stay open
    changed = {k for k in before if before[k] != after[k]}
    # the notes panel is tabbed with the palette: only that tab group may differ in size
    assert changed <= {"paletteDock", "settingsDock"}
    assert window.editor.parentWidget() is window.network_view
    assert window.network_view.parentWidget() is window.central_host


def test_a_window_on_a_small_screen_opens_no_larger_than_the_screen(qtbot, monkeypatch):
    from gui import main_window

    class Screen:
        def availableGeometry(self):
            return QRect(0, 0, 1280, 680)

    class Widget:
        def screen(self):
            return Screen()

    size = main_window.fitting_size(Widget(), main_window.DEFAULT_SIZE)
    assert size.width() <= 1280 and size.height() <= 680
    Screen.availableGeometry = lambda self: QRect(0, 0, 2560, 1440)
    assert main_window.fitting_size(Widget(), main_window.DEFAULT_SIZE) == \
        main_window.DEFAULT_SIZE


def test_panels_opened_outside_projection_never_grow_the_window(window):
    window.resize(1180, 660)
    window.grab()
    for lesson in LESSON_FILES:
        window.lessons.open_lesson(lesson)
    for dock in window.docks():
        window.open_panel(dock.objectName())
    window.grab()
    assert window.size().toTuple() == (1180, 660)
    assert window.minimumSizeHint().height() <= 660 and window.minimumSizeHint().width() <= 1180


def test_stage_docks_cannot_be_closed_or_floated_and_come_back_whole(window):
    stage = _projecting(window, (1280, 720))
    surface = window.surface_dock
    assert surface in stage.docks()
    assert surface.features() == surface.DockWidgetFeature.NoDockWidgetFeatures
    assert not surface.toggleViewAction().isEnabled()
    window.projection.set_active(False)
    assert surface.features() & surface.DockWidgetFeature.DockWidgetClosable
    assert surface.toggleViewAction().isEnabled() and surface.titleBarWidget() is None
    assert surface.parentWidget() is window and window.docked(surface)


def test_lesson_stage_is_documented():
    text = (Path(__file__).parents[2] / "docs" / "file-format.md").read_text(encoding="utf-8")
    assert "`stage`" in text and "columns" in text


def test_softmax_probabilities_and_their_sum_show_without_scrolling(window, qtbot):
    _projecting(window, (1280, 720))
    window.lessons.open_lesson(lessons.LESSONS_DIR / "07_softmax.nsnet")
    panel = window.sample_explainer
    panel.recompute()
    while "softmax" not in panel.current_step().title.lower():
        panel.go_next()
    qtbot.wait(50)                      # the scroll area lays out the new text
    window.grab()
    scroll = panel.formula.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    assert "sum" in panel.formula.text()
    assert not scroll.verticalScrollBar().isVisible()       # a1, a2, a3 and the sum


@pytest.mark.parametrize("size", SIZES[:2])
def test_trials_table_shows_every_row_and_the_test_accuracy(window, qtbot, size):
    _projecting(window, size)
    window.lessons.open_lesson(lessons.LESSONS_DIR / "09_how_many_neurons.nsnet")
    panel = window.trials_panel
    panel.run()
    qtbot.waitUntil(lambda: not panel.runner.running and len(panel.results) == 5
                    and all(r is not None for r in panel.results), timeout=60000)
    qtbot.wait(50)
    window.grab()
    table = panel.table
    viewport = table.viewport().rect()
    for row in range(5):
        assert viewport.contains(table.visualRect(table.model().index(row, 0)))
    accuracy = table.visualRect(table.model().index(4, 4))       # Test acc., last row
    assert viewport.contains(accuracy), (accuracy, viewport)


@pytest.mark.parametrize("size", SIZES[:2])
@pytest.mark.parametrize("name, shown", [("09_how_many_neurons", (0, 2, 4, 7)),
                                         ("08_digits_brightness", (0, 2, 4, 5))])
def test_trials_table_shows_the_tie_and_the_brightness_column(window, qtbot, size, name,
                                                              shown):
    """Trial, Test loss, Test acc. and the note (lesson 9: the tie) or the accuracy on the
    darker test images (lesson 8) in view for every row, after the run."""
    _projecting(window, size)
    window.lessons.open_lesson(lessons.LESSONS_DIR / f"{name}.nsnet")
    panel = window.trials_panel
    panel.run()
    qtbot.waitUntil(lambda: not panel.runner.running and
                    all(r is not None for r in panel.results), timeout=60000)
    window.data_views.adjust.set_values(-2, 1.0)
    qtbot.wait(50)
    window.grab()
    table = panel.table
    viewport = table.viewport().rect()
    for row in range(table.rowCount()):
        for column in shown:
            cell = table.visualRect(table.model().index(row, column))
            assert viewport.contains(cell), (name, size, row, column, cell, viewport)


def _small_texts(window, px: int = 16) -> list:
    """Visible widgets that show text in a font below ``px`` pixels."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    small = []
    for widget in window.findChildren(QWidget):
        if not _on_screen(widget):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            shown = bool(widget.text())
        else:
            shown = isinstance(widget, (QComboBox, QLineEdit, QAbstractSpinBox, QTabBar,
                                        QHeaderView, QAbstractItemView, QTextEdit))
        font = widget.document().defaultFont() if isinstance(widget, QTextEdit) else \
            widget.font()
        if shown and QFontInfo(font).pixelSize() < px:
            small.append((type(widget).__name__, getattr(widget, "text", str)()[:30],
                          QFontInfo(font).pixelSize()))
    return small


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda p: p.stem)
def test_every_widget_text_on_the_stage_is_16_px(window, path):
    _projecting(window, (1280, 720))
    window.lessons.open_lesson(path)
    for _ in range(3):
        window.controller.step_epoch()
    window.grab()
    assert _small_texts(window) == []


def test_no_sample_highlight_is_left_after_leaving_projection(window):
    from gui.explainer.overlay import ValueTag

    _projecting(window, (1280, 720))
    window.lessons.open_lesson(lessons.LESSONS_DIR / "07_softmax.nsnet")
    window.sample_explainer.recompute()
    window.sample_explainer.go_next()

    def tags():
        return [i for i in window.editor.scene().items()
                if isinstance(i, ValueTag) and i.isVisible()]

    assert tags()
    window.lessons.open_lesson(lessons.LESSONS_DIR / "02_coffee_roasting.nsnet")
    assert not tags()
    window.projection.set_active(False)          # the font changes back: nothing redrawn
    assert not tags()


def test_a_banner_spans_the_stage_and_goes_back_above_the_editor(window):
    stage = _projecting(window, (1280, 720))
    window.banner.show_message("<b>Training is unstable:</b> test", kind="unstable")
    window.grab()
    assert window.banner.parentWidget() is window.central_host
    assert window.banner.isVisible() and window.banner.width() >= stage.width() - 2
    window.projection.set_active(False)
    assert window.banner.parentWidget() is window.network_view and window.banner.isVisible()


def test_the_epoch_counter_stays_in_view_on_a_narrow_projector(window):
    _projecting(window, (1024, 768))
    window.grab()
    bar, label = window.training_bar, window.training_bar.epoch_label
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert _on_screen(label) and bar.rect().contains(label.geometry())
    window.projection.set_active(False)
    window.resize(1400, 900)
    window.grab()
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
