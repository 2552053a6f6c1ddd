"""Longer translations keep the layout readable at 1280x720: the dock tabs beside the
lesson notes show their titles in full (when a lesson opens, when the notes panel is shown
from View > Panels, in a restored layout), and a projected column header keeps its second
line where its detail ("2 características") is wider than the column (figures then)."""

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QTabBar

from gui import lessons
from gui.editor import lettering
from gui.editor.items import HeaderItem
from gui.language import APP_CATALOGUE, I18N_DIR
from tests.gui.test_editor_readability import settle
from tests.gui.test_projection import make_window


def _catalogue(qapp, lang: str):
    translator = QTranslator(qapp)
    assert translator.load(f"{APP_CATALOGUE}_{lang}", str(I18N_DIR))
    assert qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def spanish(qapp):
    """The Spanish catalogue (the longest dock titles) for one test; windows made while
    it is installed build their texts in Spanish."""
    yield from _catalogue(qapp, "es")


@pytest.fixture
def german(qapp):
    """The German catalogue for one test (as ``spanish``)."""
    yield from _catalogue(qapp, "de")


@pytest.fixture(params=["en", "de", "fr", "es"])
def language(qapp, request):
    """Each interface language's real catalogue (English: none) for one test."""
    translator = QTranslator(qapp)
    if request.param != "en":
        assert translator.load(f"{APP_CATALOGUE}_{request.param}", str(I18N_DIR))
        assert qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


def assert_whole(bar: QTabBar) -> None:
    for i in range(bar.count()):
        assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), bar.tabText(i)


def dock_tab_bar(window, title: str) -> QTabBar:
    bars = [bar for bar in window.findChildren(QTabBar) if bar.parentWidget() is window
            and bar.isVisible() and title in [bar.tabText(i) for i in range(bar.count())]]
    assert len(bars) == 1, title
    return bars[0]


def header_lines(window) -> dict[str, list[str]]:
    scene = window.editor.scene()
    return {h.title: [t.text for t in h.drawn_texts()]
            for h in (scene.input_header, *scene.headers)}


def test_spanish_at_1280x720_tabs_and_headers_stay_whole(spanish, qtbot):
    w = make_window(qtbot, (1280, 720))
    assert w.palette_dock.windowTitle() == "Neuronas"              # Spanish indeed
    assert w.lessons.open_lesson(lessons.LESSONS_DIR / "02_coffee_roasting.nsnet")
    settle()
    # "Neuronas | Datos y entrenamiento | Notas de la lección": the notes panel opened
    # 3 px too narrow for them, and Qt elided all three ("Datos y entrenamie...")
    bar = dock_tab_bar(w, "Notas de la lección")
    assert bar.count() == 3
    for i in range(bar.count()):
        assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), bar.tabText(i)
    # projected, "2 características" is wider than the inputs' column: "2" instead, so
    # the inputs' header has two lines like "Oculta 1 / 3 unidades" beside it
    w.projection.set_active(True, full_screen=False)
    settle()
    lines = header_lines(w)
    assert lines["Oculta 1"] == ["Oculta 1", "3 unidades"]
    assert lines["Entradas"] == ["Entradas", "2"]
    header = w.editor.scene().input_header
    assert not lettering.fits("2 características", header.texts[1].font, header.width)


def test_a_header_detail_too_wide_gives_way_to_its_figures(qapp):
    header = HeaderItem(None, "Inputs", "2 of 7 features switched on", "In", "2/7")
    header.set_frame(QPointF(0, 0), 226.0, 1.0)
    header.set_style(1.75)
    header.set_floor(28.0)                       # projection at 1280x720
    assert [t.text for t in header.drawn_texts()] == ["Inputs", "2/7"]
    header.detail = "2 of 7 on"
    header.set_floor(28.5)                       # (a new floor lays it out again)
    assert [t.text for t in header.drawn_texts()] == ["Inputs", "2 of 7 on"]
    header.set_floor(0.0)                        # the normal look: the words, always
    assert [t.text for t in header.drawn_texts()] == ["Inputs", "2 of 7 on"]


def test_the_left_tabs_stay_whole_beside_the_notes_and_in_a_restored_layout(
        language, qtbot):
    """The notes panel shown from View > Panels at the default layout (300 px: "Neuron…",
    "Datos y entrenamie…", "Notas de la lecci…" in Spanish, even "Neurons | Data and
    training | Lesson notes" was 7 px short), then, in Spanish, a layout saved with the
    group narrower than its titles and restored at 1920x1080."""
    w = make_window(qtbot, (1280, 720))
    notes = w.lessons.dock.windowTitle()
    w.lessons.dock.toggleViewAction().trigger()          # View > Panels > Lesson notes
    settle()
    bar = dock_tab_bar(w, notes)
    assert bar.count() == 3
    assert_whole(bar)
    assert w.editor.width() > 0.3 * w.width()            # the network keeps its room
    if language != "es":
        return
    w.resizeDocks([w.palette_dock], [250], Qt.Orientation.Horizontal)
    settle()
    assert any(bar.tabRect(i).width() < bar.tabSizeHint(i).width() for i in range(3))
    QSettings().setValue("window_state", w.saveState())
    from gui.main_window import MainWindow
    restored = MainWindow()                               # remembers the layout
    restored.ask_save_changes = lambda: "discard"
    qtbot.addWidget(restored)
    restored.resize(1920, 1080)
    restored.show()
    qtbot.waitExposed(restored)
    settle()
    assert_whole(dock_tab_bar(restored, notes))


def test_german_training_bar_fits_projected_at_1280x720(german, qtbot):
    """"Zurücksetzen" (not "Zurück", One sample's back button) and every other button of
    the training bar stay whole on the bar, none pushed into its overflow menu."""
    w = make_window(qtbot, (1280, 720))
    w.projection.set_active(True, full_screen=False)
    settle()
    bar = w.training_bar
    assert bar.reset.text() == "&Zurücksetzen"
    for action in bar.actions():
        if action.isSeparator() or not action.isVisible():    # e.g. the recording sign
            continue
        widget = bar.widgetForAction(action)
        assert widget.isVisible(), action.text()
        assert widget.geometry().right() < bar.width(), action.text()
