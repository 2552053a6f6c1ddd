"""Projection mode (F5): larger text by the remembered factor, thicker lines, light theme,
secondary docks hidden, and everything back as it was on leaving."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMenu,
    QStyleOptionGraphicsItem,
    QWidget,
)

from gui import projection_look
from gui.editor.nodes import NeuronItem
from gui.projection_look import DEFAULT_SCALE, SETTINGS_KEY

SECONDARY = ("paletteDock", "settingsDock", "inspectorDock")


def make_window(qtbot, size=(1400, 900)):
    from gui.main_window import MainWindow

    w = MainWindow(remember_layout=False)
    w.show_error = lambda title, text: None
    w.ask_save_changes = lambda: "discard"
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


def visible_docks(w) -> set:
    return {d.objectName() for d in w.docks() if d.isVisible()}


def dock_state(w) -> dict:
    return {d.objectName(): (d.isVisible(), d.geometry().getRect()) for d in w.docks()}


def enter(w):
    w.projection.set_active(True, full_screen=False)


def test_f5_action_toggles_projection_mode(window, qtbot):
    mode = window.projection
    action = mode.action
    assert action.shortcut() == QKeySequence(Qt.Key.Key_F5)
    assert action in window.actions_.view_menu.actions()
    assert "Esc" in action.toolTip() and action.statusTip()
    action.trigger()                               # what F5 and the menu entry do
    assert mode.active and action.isChecked() and window.isFullScreen()
    assert not visible_docks(window) & set(SECONDARY)
    action.trigger()
    assert not mode.active and not action.isChecked() and not window.isFullScreen()
    assert {"paletteDock", "inspectorDock"} <= visible_docks(window)


def test_f5_key_press_enters_and_escape_leaves(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F5)
    assert window.projection.active
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    assert not window.projection.active
    # outside projection mode Esc is the editor's again (clear the selection)
    window.editor.select(("neuron", 0, 0))
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    assert window.editor.selection() is None and not window.projection.active


def test_escape_in_a_text_field_cancels_the_edit_not_projection(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    enter(window)
    field = window.editor.edit_value(("bias", 0, 0))
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert window.projection.active
    assert window.editor.inline.proxy is None      # the edit was cancelled
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    assert not window.projection.active


def test_escape_after_closing_a_menu_with_escape_leaves(window, qtbot):
    """Esc on an open menu closes it but leaves the menu bar holding the focus (keyboard
    mode), and the menu bar took the next Esc for itself: it took a third to leave."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    bar = window.menuBar()
    for opening in ("mouse", "Alt+F"):
        enter(window)
        window.editor.setFocus()
        qtbot.waitUntil(lambda: window.editor.hasFocus())
        if opening == "mouse":
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                             pos=bar.actionGeometry(bar.actions()[0]).center())
        else:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F,
                           Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        # what a window manager does when a menu closes (offscreen leaves the menu active)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert window.projection.active and QApplication.focusWidget() is bar, opening
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not window.projection.active, timeout=1000)
        # the keys go where they went before the menu (Space trains)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor, timeout=1000)


def test_fonts_scaled_by_the_persisted_factor_across_windows(qtbot):
    QSettings().setValue(SETTINGS_KEY, 1.5)
    w = make_window(qtbot)
    base = w.font().pointSizeF()
    menu_base = w.menuBar().font().pointSizeF()
    enter(w)
    assert w.font().pointSizeF() == pytest.approx(base * 1.5)
    assert w.menuBar().font().pointSizeF() == pytest.approx(menu_base * 1.5)
    assert w.loss_dock.font().pointSizeF() == pytest.approx(base * 1.5)
    assert w.projection.scale_actions[1.5].isChecked()
    w.projection.scale_actions[2.0].trigger()          # View > Projection Text Size
    assert w.font().pointSizeF() == pytest.approx(base * 2.0)
    assert w.statusBar().font().pointSizeF() == pytest.approx(base * 2.0)
    assert float(QSettings().value(SETTINGS_KEY)) == 2.0
    w.projection.set_active(False)
    assert w.font().pointSizeF() == pytest.approx(base)
    assert w.menuBar().font().pointSizeF() == pytest.approx(menu_base)
    other = make_window(qtbot)                        # a new window remembers 200 %
    assert other.projection.scale == 2.0
    enter(other)
    assert other.font().pointSizeF() == pytest.approx(base * 2.0)


@pytest.mark.parametrize("stored", ["big", "9.5", "0", ""])
def test_invalid_stored_scale_falls_back_to_the_default(stored, qtbot):
    QSettings().setValue(SETTINGS_KEY, stored)
    assert projection_look.stored_scale() == DEFAULT_SCALE
    w = make_window(qtbot)
    assert w.projection.scale == DEFAULT_SCALE
    assert w.projection.scale_actions[DEFAULT_SCALE].isChecked()


def test_widgets_made_later_get_the_large_font(window):
    from PySide6.QtWidgets import QLabel

    enter(window)
    label = QLabel("new lesson text", window.loss_dock)
    assert label.font().pointSizeF() == pytest.approx(window.font().pointSizeF())
    assert window.font().pointSizeF() > QLabel().font().pointSizeF() * 1.4


def test_secondary_docks_hidden_and_everything_restored(window, qtbot):
    window.editor.zoom_in()                        # a zoom of the user's own: kept
    before = dock_state(window)
    zoom, size = window.editor.transform().m11(), window.size()
    font = window.font().pointSizeF()
    enter(window)
    shown = visible_docks(window)
    assert not shown & set(SECONDARY) and {"surfaceDock", "lossDock"} <= shown
    stage = window.projection.stage
    assert set(stage.views) == {"network", "map", "loss", "activation"}
    assert window.editor.isVisible() and stage.isAncestorOf(window.editor)
    assert window.findChild(pg.QtWidgets.QToolBar, "mainToolbar").isHidden()
    assert window.findChild(pg.QtWidgets.QToolBar, "trainingBar").isVisible()
    assert QWidget.palette(window).window().color().lightness() == 255
    window.projection.set_active(False)
    assert dock_state(window) == before
    assert window.size() == size and window.font().pointSizeF() == font
    assert window.editor.transform().m11() == pytest.approx(zoom)
    assert window.findChild(pg.QtWidgets.QToolBar, "mainToolbar").isVisible()
    assert window.menuBar().styleSheet() == ""


def test_toggling_twice_gives_the_same_picture(window, qtbot):
    window.live.redraw()
    qtbot.wait(10)
    pictures = [window.editor.grab().toImage(), window.loss_plot.grab().toImage(),
                window.curve_plot.grab().toImage()]
    enter(window)
    assert window.editor.grab().toImage() != pictures[0]
    window.projection.set_active(False)
    window.live.redraw()
    qtbot.wait(10)
    after = [window.editor.grab().toImage(), window.loss_plot.grab().toImage(),
             window.curve_plot.grab().toImage()]
    assert after == pictures


def ink(item, style: float) -> int:
    """Dark pixels of ``item`` painted alone at ``style`` (pen widths, glyph, label)."""
    item.set_style(style)
    image = QImage(100, 100, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    painter.translate(50, 50)
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    a = np.frombuffer(image.constBits(), np.uint8).reshape(100, image.bytesPerLine())
    return int((a[:, :100] < 110).sum())


def test_editor_lines_glyphs_and_text_larger_in_projection(window):
    ed = window.editor
    link = ed.link_item(0)
    normal_link = link.pen_for(0, 0).widthF()
    header = ed.scene().headers[0]
    normal_header = header.boundingRect().height()
    bias = ed.neuron_item(0, 0).bias
    normal_r = bias.r
    enter(window)
    s = window.projection.scale
    assert link.pen_for(0, 0).widthF() == pytest.approx(normal_link * s)
    assert header.boundingRect().height() > normal_header * 1.5
    assert bias.r > normal_r * 1.4
    assert ed.scale_style() == s
    window.projection.set_active(False)
    assert link.pen_for(0, 0).widthF() == pytest.approx(normal_link)
    assert bias.r == normal_r and ed.scale_style() == 1.0
    neuron = NeuronItem(0, 0, 64.0, "tanh", False)   # glyph, label and border
    assert ink(neuron, 1.75) > 1.4 * ink(neuron, 1.0)


def test_plot_pens_and_tick_fonts_scaled_and_restored(window, qtbot):
    plot = pg.PlotWidget()                  # a panel another module might add
    curve = plot.plot([0, 1, 2], [1, 0, 1], pen=pg.mkPen("#0072b2", width=2))
    plot.setBackground("#202020")
    window.add_panel("Extra plot", "extraPlotDock", plot, shown=True)
    axis = plot.getPlotItem().getAxis("bottom")
    tick = axis.style.get("tickFont")
    loss_curve = next(iter(window.loss_plot._curves.values()))
    loss_width = loss_curve.opts["pen"].widthF()
    enter(window)
    factor = projection_look.plot_factor(window.projection.scale, window.height())
    assert factor > 1.2
    assert curve.opts["pen"].widthF() == pytest.approx(2 * factor)
    assert curve.curve.opts["pen"].widthF() == pytest.approx(2 * factor)   # what is drawn
    assert axis.style["tickFont"].pointSizeF() > 1.2 * pg.QtGui.QFont().pointSizeF()
    assert plot.backgroundBrush().color().lightness() == 255
    assert loss_curve.opts["pen"].widthF() > loss_width * 1.2
    window.projection.set_active(False)
    assert curve.opts["pen"].widthF() == 2
    assert axis.style.get("tickFont") is tick
    assert plot.backgroundBrush().color().name() == "#202020"
    assert loss_curve.opts["pen"].widthF() == pytest.approx(loss_width)


def test_plot_factor_keeps_the_share_of_a_small_screen():
    assert projection_look.plot_factor(2.0, 1000) == pytest.approx(1.6)
    assert projection_look.plot_factor(2.0, 1440) == pytest.approx(1.6)
    assert projection_look.plot_factor(1.75, 720) == pytest.approx(1.45 * 0.72)
    assert projection_look.plot_factor(1.5, 400) == 1.0


def test_closing_in_projection_mode_saves_the_normal_layout(qtbot):
    from gui.main_window import MainWindow

    first = MainWindow()                   # remembers its layout in QSettings
    first.ask_save_changes = lambda: "discard"
    first.show()
    qtbot.waitExposed(first)
    first.projection.set_active(True)
    assert first.close()
    assert not first.projection.active
    first.deleteLater()
    second = make_window(qtbot)
    assert second._restore_layout()
    assert not second.isFullScreen()
    assert {"paletteDock", "inspectorDock"} <= visible_docks(second)


def test_set_presentation_delegates_without_full_screen(window):
    window.set_presentation(True)
    assert window.projection.active and not window.isFullScreen()
    window.set_presentation(False)
    assert not window.projection.active


def test_status_says_how_to_leave(window):
    enter(window)
    assert "Esc" in window.statusBar().currentMessage()


# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB
CVD = {
    "protan": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
               [-0.003882, -0.048116, 1.051998]],
    "deutan": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
               [-0.011820, 0.042940, 0.968881]],
    "tritan": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
               [0.004733, 0.691367, 0.303900]],
}


def lab(hex_code: str, matrix=None) -> np.ndarray:
    """CIELAB of a colour as seen with a colour-vision deficiency (None: normal)."""
    c = np.array([int(hex_code[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    rgb = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    if matrix is not None:
        rgb = np.clip(np.array(matrix) @ rgb, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ rgb / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_editor_and_plot_colours_stay_apart_for_colour_blind_eyes():
    """Link signs, the selection, the ink and the loss curves: every pair at least 20
    CIELAB units apart under simulated protan-, deutan- and tritanopia (the selection
    was purple and fell to 6.7 from the blue of positive links for deutans)."""
    from gui import colors
    from gui.plots import style as plot_style

    editor = [colors.POSITIVE.name(), colors.NEGATIVE.name(), colors.SELECTION.name(),
              colors.INK.name()]
    groups = [editor, [plot_style.TRAIN, plot_style.TEST]]
    for group in groups:
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                for name, m in CVD.items():
                    distance = np.linalg.norm(lab(a, m) - lab(b, m))
                    assert distance > 20, (a, b, name, distance)


def test_inactive_input_text_darker_in_projection(window):
    from gui import colors

    assert colors.MUTED_STRONG.lightness() < colors.MUTED.lightness() - 30
    item = next(i for i in window.editor.scene().inputs if not i.active)
    item.set_style(1.75)
    assert item._muted() == colors.MUTED_STRONG
    item.set_style(1.0)
    assert item._muted() == colors.MUTED


def test_long_input_name_fits_its_pill(window):
    """'temperature' used to be cut to 'mperatu': the pill widens to the left."""
    assert window.open_file(
        __import__("pathlib").Path(__file__).parents[2] / "resources" / "examples"
        / "coffee.nsnet", ask=False)
    item = next(i for i in window.editor.scene().inputs if i.label == "temperature")
    right = item.rect.right()
    assert item.rect.width() > item.base_rect.width()
    assert right == item.base_rect.right()          # the links still start there
    assert item.contains(QPointF(right - 2, 0))
    lefts = {round(i.rect.left(), 3) for i in window.editor.scene().inputs}
    assert len(lefts) == 1                          # one straight column


def test_panels_opened_while_projecting_stay_open_after_leaving(window):
    from gui import lessons

    window.projection.set_active(True, full_screen=False)
    assert window.lessons.open_lesson(lessons.LESSONS_DIR / "04_dead_relu.nsnet")
    health = next(d for d in window.docks() if d.objectName() == "healthDock")
    assert window.lessons.dock.isVisible() and health.isVisible()
    window.projection.set_active(False)
    assert window.lessons.dock.isVisible() and health.isVisible()
    assert window.palette_dock.isVisible() or window.settings_dock.isVisible()


def test_tooltips_grow_half_as_much_and_come_back(window):
    from PySide6.QtWidgets import QToolTip

    before = QToolTip.font().pointSizeF()
    window.projection.set_active(True, full_screen=False)
    grown = QToolTip.font().pointSizeF()
    assert grown == pytest.approx(before * (1 + (window.projection.scale - 1) / 2), rel=0.05)
    window.projection.set_active(False)
    assert QToolTip.font().pointSizeF() == pytest.approx(before)


def test_the_unsaved_changes_question_is_asked_in_the_projection_font(window, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from gui import files

    seen = []

    def question(*args, **kwargs):
        seen.append(QApplication.font().pointSizeF())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    normal = QApplication.font().pointSizeF()
    enter(window)
    assert files.ask_save_changes(window, "Coffee") == "cancel"
    assert seen == [pytest.approx(window.font().pointSizeF())] and seen[0] > normal * 1.4
    assert QApplication.font().pointSizeF() == pytest.approx(normal)      # given back
    window.projection.set_active(False)
    assert files.ask_save_changes(window, "Coffee") == "cancel"
    assert seen[1] == pytest.approx(normal)
