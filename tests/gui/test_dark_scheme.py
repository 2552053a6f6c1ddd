"""The light and dark colour schemes (gui.colors, gui.theme): the app follows the system's
scheme outside projection mode, live; projection, exports and the handout stay light; text
and curves keep their contrast on both.

The offscreen platform cannot take ``styleHints().setColorScheme`` (it keeps reporting
Unknown), so the scheme is asked for through ``Theme.request``, which calls it and then
applies what the platform did not: the same slot a real ``colorSchemeChanged`` reaches."""

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from core import netfile
from gui import colors, lessons, scheme_menu, theme
from gui.plots import colormap
from gui.plots.export import export_plot
from gui.plots.loss_plot import LossPlot

COFFEE = lessons.LESSONS_DIR / "02_coffee_roasting.nsnet"
WCAG_TEXT = 4.5


@pytest.fixture
def dark(qapp):
    """The system asks for dark during the test; light (the system's Unknown) after."""
    t = theme.install(qapp)
    t.request(Qt.ColorScheme.Dark)
    yield t
    t.request(Qt.ColorScheme.Unknown)
    assert colors.current() is colors.LIGHT


def pixel(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


def settle(qtbot, rounds: int = 4) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        qtbot.wait(5)


# -- the schemes themselves (no window) -------------------------------------------------------
@pytest.mark.parametrize("scheme", [colors.LIGHT, colors.DARK], ids=lambda s: s.name)
def test_text_has_contrast_on_its_background(scheme):
    for ink in ("ink", "ink_soft", "muted_strong"):
        assert colors.contrast(getattr(scheme, ink), scheme.background) >= WCAG_TEXT, ink
    assert colors.contrast(scheme.node_fill, scheme.ink) >= WCAG_TEXT
    assert colors.contrast(scheme.plot_foreground, scheme.plot_background) >= WCAG_TEXT
    assert colors.contrast(scheme.train, scheme.plot_background) >= WCAG_TEXT


def test_dark_curves_signs_and_messages_stand_out_on_the_dark_canvas():
    d = colors.DARK
    for name in ("positive", "negative", "selection", "drop", "muted", "muted_text", "good",
                 "bad"):
        assert colors.contrast(getattr(d, name), d.background) >= WCAG_TEXT, name
    for name in ("grey", "train", "test", "accent"):
        assert colors.contrast(getattr(d, name), d.plot_background) >= WCAG_TEXT, name
    for colour in d.series:
        assert colors.contrast(colour, d.plot_background) >= WCAG_TEXT, colour
    palette = colors.dark_palette()
    for text, ground in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                         (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                         (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                         (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
        assert colors.contrast(palette.color(text), palette.color(ground)) >= WCAG_TEXT
    # a check box's square and a field are Base: lighter than the window and the canvas
    # around them, or the boxes vanish (Fusion draws their frame darker than the window)
    base = palette.color(QPalette.ColorRole.Base)
    for ground in (palette.color(QPalette.ColorRole.Window), QColor(d.background)):
        assert base.lightness() > ground.lightness()
        assert colors.contrast(base, ground) >= 1.3


def test_the_dark_map_has_a_dark_middle_and_bright_ends_in_the_signs_hues():
    with colors.forced_light():
        light = colormap.diverging_lut()
    lut = colormap.diverging_lut()          # no system scheme here: light
    assert np.array_equal(lut, light)
    colors.set_system_dark(True)
    try:
        dark = colormap.diverging_lut()
    finally:
        colors.set_system_dark(False)
    lum = [colors.luminance(QColor(*map(int, c[:3]))) for c in dark]
    middle = len(dark) // 2
    # lightness rises from the middle to each end; the ends keep orange and blue
    assert lum[middle] < 0.05 and lum[0] > 4 * lum[middle] and lum[-1] > 4 * lum[middle]
    assert all(a >= b - 1e-3 for a, b in zip(lum[:middle], lum[1:middle + 1]))
    assert dark[0][0] > dark[0][2] and dark[-1][2] > dark[-1][0]


# -- a window, following the system -----------------------------------------------------------
def test_window_follows_the_system_projection_stays_light_and_leaving_restores_dark(
        window, dark, hands, qtbot):
    window.lessons.open_lesson(COFFEE)
    settle(qtbot)
    _assert_dark(window, qtbot)

    hands.focus(window.editor)                       # F5, as a teacher presses it
    hands.key(Qt.Key.Key_F5)
    assert window.projection.active
    settle(qtbot)
    assert QWidget.palette(window).color(QPalette.ColorRole.Window) == QColor("#ffffff")
    assert window.editor.scene().backgroundBrush().color() == QColor(colors.LIGHT.background)
    assert window.loss_plot.view.backgroundBrush().color() == QColor("#ffffff")
    axis = window.loss_plot.loss_plot.getAxis("left")
    assert axis.textPen().color() == QColor(colors.LIGHT.plot_foreground)

    hands.key(Qt.Key.Key_Escape)                     # the system is still dark
    assert not window.projection.active
    settle(qtbot)
    _assert_dark(window, qtbot)

    dark.request(Qt.ColorScheme.Light)              # the system turns light, live
    settle(qtbot)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert window.editor.scene().backgroundBrush().color() == QColor(colors.LIGHT.background)
    assert window.loss_plot.view.backgroundBrush().color() == QColor("#ffffff")
    curve = window.loss_plot._curves["train_loss"]
    assert curve.opts["pen"].color() == QColor(colors.LIGHT.train)


def _assert_dark(window, qtbot) -> None:
    d = colors.DARK
    palette = QWidget.palette(window)
    assert palette.color(QPalette.ColorRole.Window) == QColor("#24272d")
    assert colors.contrast(palette.color(QPalette.ColorRole.WindowText),
                           palette.color(QPalette.ColorRole.Window)) >= WCAG_TEXT
    assert QApplication.style().name().lower() in ("fusion", *theme.DARK_AWARE_STYLES)
    # the editor: its canvas, and a header's words in light ink
    scene = window.editor.scene()
    assert scene.backgroundBrush().color() == QColor(d.background)
    image = window.editor.viewport().grab().toImage()
    assert pixel(image, 3, 3) == d.background
    header = scene.headers[0]
    rect = window.editor.mapFromScene(header.sceneBoundingRect()).boundingRect()
    inks = {pixel(image, x, y) for x in range(rect.left(), rect.right(), 2)
            for y in range(rect.top(), rect.bottom(), 2)
            if 0 <= x < image.width() and 0 <= y < image.height()}
    assert any(colors.contrast(c, d.background) >= 7 for c in inks), "no light text"
    # a node's map in the dark map: its middle colour is dark, none is near-white
    item = scene.neurons[(0, 0)]
    assert item.map_image is not None
    picture = item.map_image
    shades = {QColor(picture.pixel(x, y)).lightness() for x in range(0, picture.width(), 3)
              for y in range(0, picture.height(), 3)}
    assert max(shades) < 235
    # a plot: background, axis pens, the curves' colours
    loss = window.loss_plot
    assert loss.view.backgroundBrush().color() == QColor(d.plot_background)
    axis = loss.loss_plot.getAxis("bottom")
    assert axis.pen().color() == QColor(d.plot_foreground)
    assert axis.textPen().color() == QColor(d.plot_foreground)
    assert loss._curves["test_loss"].opts["pen"].color() == QColor(d.test)
    # the Map's surface: no light island (the light map's middle is #f7f7f7)
    rgba = window.surface.plot.surface_rgba()
    assert rgba is not None and rgba[..., :3].min(axis=-1).max() < 200


def test_the_menu_choice_is_remembered_and_applied(window, qtbot):
    group = window.scheme_actions
    try:
        dark = next(a for a in group.actions() if a.data() == "dark")
        dark.trigger()
        assert colors.current() is colors.DARK
        assert scheme_menu.stored_choice() == "dark"
        assert window.editor.scene().backgroundBrush().color() == \
            QColor(colors.DARK.background)
    finally:
        next(a for a in group.actions() if a.data() == "system").trigger()
    assert colors.current() is colors.LIGHT and scheme_menu.stored_choice() == "system"
    assert QGuiApplication.styleHints().colorScheme() != Qt.ColorScheme.Dark


# -- what leaves the screen: light ----------------------------------------------------------
def test_network_and_plot_exports_are_light_under_a_dark_system(make_editor, dark, qtbot,
                                                                tmp_path):
    e = make_editor(netfile.load(COFFEE))
    scene = e.ed.scene()
    assert scene.backgroundBrush().color() == QColor(colors.DARK.background)
    e.ed.export_image(tmp_path / "net.png")
    image = QImage(str(tmp_path / "net.png"))
    assert pixel(image, 2, 2) == colors.LIGHT.background
    assert scene.backgroundBrush().color() == QColor(colors.DARK.background)   # screen
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_history({"epoch": [1, 2, 3], "train_loss": [0.9, 0.5, 0.3],
                      "test_loss": [1.0, 0.6, 0.4], "train_accuracy": [0.5, 0.7, 0.8],
                      "test_accuracy": [0.5, 0.6, 0.7]})
    assert plot.view.backgroundBrush().color() == QColor(colors.DARK.plot_background)
    export_plot(plot, tmp_path / "loss.png")
    image = QImage(str(tmp_path / "loss.png"))
    assert pixel(image, 2, 2) == "#ffffff"
    assert plot.view.backgroundBrush().color() == QColor(colors.DARK.plot_background)
    axis = plot.loss_plot.getAxis("left")
    assert axis.textPen().color() == QColor(colors.DARK.plot_foreground)


def test_the_handout_prints_light_under_a_dark_system(dark, tmp_path):
    from gui.handout import content

    data, _pages = content.build(content.HandoutSource(netfile.load(COFFEE), COFFEE,
                                                       COFFEE.name), "a4")
    assert colors.current() is colors.DARK
    pdf = Path(tmp_path / "h.pdf")
    pdf.write_bytes(data)
    doc = pdfium.PdfDocument(str(pdf))
    try:
        pixels = doc[0].render(scale=1).to_numpy()[:, :, :3].astype(int)
    finally:
        doc.close()
    # the network picture sits under the notes (see test_handout_pdf); a dark canvas
    # would make most of that region near-black
    region = pixels[420:780, 60:540]
    assert (region.max(axis=2) < 70).mean() < 0.02
