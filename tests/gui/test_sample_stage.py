"""One sample on a projected stage (a classroom walk-through at 1280x720): opened from View >
Panels or with Ctrl+I, it gets the stage's lower row across its width, with the network and
the Map above it and the plots as tabs behind it, instead of squashing the loss and
activation plots to 30 px; its value tag on the canvas covers no layer header and no node;
closing it gives the lesson's stage back."""

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF, QSizeF, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QToolButton

from gui import lessons, stage_spec
from gui.explainer.overlay import canvas_obstacles
from gui.explainer.tag_spot import free_spot, spot

K = Qt.Key
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
COFFEE = lessons.LESSONS_DIR / "02_coffee_roasting.nsnet"
READABLE_PLOT = 80          # px: a plot lower than this cannot be read from the back


# -- the rules, without a window ------------------------------------------------------------
def test_one_sample_asked_for_takes_the_lower_row_with_the_plots_behind_it():
    coffee = stage_spec.parse({"rows": [
        {"size": 62, "views": ["network", "map"], "shares": [50, 50]},
        {"size": 38, "views": ["loss", "activation"]}], "notes": True})
    stage = coffee.with_view("sample")
    assert [b.cells for b in stage.bands] == [(("network",), ("map",)),
                                              (("sample", "loss", "activation"),)]
    assert stage.notes and not stage.columns
    assert stage.bands[1].size == stage_spec.SAMPLE_SIZE
    # the default stage (columns) too; a lesson that shows One sample keeps its own
    default = stage_spec.DEFAULT.with_view("sample")
    assert [b.cells for b in default.bands] == [(("network",), ("map",)),
                                                (("sample", "loss", "activation"),)]
    own = stage_spec.parse({"rows": [{"views": ["network"]}, {"views": ["sample", "loss"]}]})
    assert own.with_view("sample") == own
    # at 1280x720 (the room below the menu, toolbar and status bar) nothing merges
    assert stage_spec.fit(stage, 1280, 616) == stage


def test_the_tag_spot_avoids_headers_and_nodes_and_stays_in_view():
    bounds = QRectF(0, 0, 500, 300)
    neuron = QRectF(250, 60, 40, 40)
    header = QRectF(200, 10, 140, 40)               # right above the neuron
    others = [neuron, QRectF(250, 120, 40, 40), QRectF(400, 90, 40, 40), header]
    rect = spot(QSizeF(220, 44), neuron, others, bounds, side="right")
    assert bounds.contains(rect) and not any(rect.intersects(o) for o in others)
    assert rect.left() >= neuron.right() or rect.right() <= neuron.left() or \
        rect.top() >= neuron.bottom()
    # a lit link through the nearest free place: the tag goes to another free place
    centre = rect.center()
    link = QLineF(centre.x() - 5, centre.y(), centre.x() + 5, centre.y())
    moved = spot(QSizeF(220, 44), neuron, others, bounds, [link])
    assert bounds.contains(moved) and not any(moved.intersects(o) for o in others)
    assert not moved.intersects(QRectF(link.p1(), link.p2()).adjusted(-1, -1, 1, 1))
    # no room anywhere: nothing free (the canvas then tries a smaller tag), and the
    # place that covers least, inside the view
    full = [QRectF(0, 0, 500, 140), QRectF(0, 170, 500, 130), QRectF(0, 140, 200, 30)]
    assert free_spot(QSizeF(220, 44), neuron, full, bounds) is None
    crowded = spot(QSizeF(220, 44), neuron, full, bounds)     # across the 30 px gap
    assert bounds.contains(crowded) and 126 <= crowded.top() <= 140 and \
        crowded.left() >= 200


# -- in the window, with a person's keys ----------------------------------------------------
def _walk_to(hands, menu, text):
    for _ in range(len(menu.actions()) + 1):
        if menu.activeAction() is not None and menu.activeAction().text() == text:
            return
        hands.key_to_menu(K.Key_Down)
    raise AssertionError(f"{text!r} not in {[a.text() for a in menu.actions()]}")


def _view_panels_one_sample(window, hands):
    """View > Panels > One sample, with the keyboard."""
    hands.key(K.Key_V, ALT)
    _walk_to(hands, hands.menu(), "&Panels")
    hands.key_to_menu(K.Key_Return)
    panels = window.actions_.panels_menu
    hands.qtbot.waitUntil(panels.isVisible, timeout=2000)
    _walk_to(hands, panels, "One sample")
    hands.key_to_menu(K.Key_Return)
    while QApplication.activePopupWidget() is not None:
        QApplication.activePopupWidget().close()
    window.activateWindow()
    hands.settle()


def _plots_on_screen(window) -> list:
    """Every pyqtgraph view showing in the window, with its height."""
    return [(v.objectName() or type(v).__name__, v.height())
            for v in window.findChildren(pg.GraphicsView) if v.isVisible()]


def _check_canvas(window, whole_headers: bool = True) -> None:
    """The value tag inside the view, on no header text and no node; the headers whole."""
    editor, tag = window.editor, window.sample_explainer.highlight.tag
    assert tag is not None and tag.text
    on_view = QRectF(editor.mapFromScene(tag.mapToScene(tag.rect)).boundingRect())
    assert QRectF(editor.viewport().rect()).contains(on_view), on_view
    for obstacle in canvas_obstacles(editor.scene()):
        seen = QRectF(editor.mapFromScene(obstacle).boundingRect())
        assert not on_view.intersects(seen), (tag.text, on_view, seen)
    scene = editor.scene()
    for header in (scene.input_header, *scene.headers):     # "Hidden 1", not "H1"
        assert header.drawn_texts()[0].text == header.title or not whole_headers


def _check_stage(window, panel) -> None:
    stage = window.projection.stage
    assert window.sample_dock in stage.docks()
    assert [d.objectName() for d in window.docks()
            if d.isVisible() and d not in stage.docks()] == []
    for name, height in _plots_on_screen(window):
        assert height >= READABLE_PLOT, (name, height)
    assert stage.views["network"].height() >= 240
    scroll = panel.formula.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    assert not scroll.verticalScrollBar().isVisible(), panel.current_step().title
    _check_canvas(window)


def test_one_sample_on_the_projected_stage_and_back(window, hands):
    window.lessons.open_lesson(COFFEE)
    window.resize(1280, 720)
    window.projection.set_active(True, full_screen=False)
    window.activateWindow()
    hands.qtbot.waitUntil(window.isActiveWindow)
    hands.focus(window.editor)
    window.grab()
    lesson_stage = window.projection.stage.stage
    panel = window.sample_explainer

    _view_panels_one_sample(window, hands)           # as in the walk-through
    hands.qtbot.waitUntil(lambda: panel.active and bool(panel.steps))
    assert QApplication.focusWidget() is panel        # the arrows step at once
    for _ in range(12):                               # step 13 of 17: a hidden neuron's δ
        hands.key(K.Key_Right)
    assert panel.index == 12 and panel.current_step().neuron == (0, 0)    # hidden 1, 1
    assert panel.highlight.tag.text.startswith("\u03b4 = ")
    window.grab()
    _check_stage(window, panel)
    for _ in range(4):                                # the output neuron's and the last
        hands.key(K.Key_Right)
        window.grab()
        _check_canvas(window)

    _view_panels_one_sample(window, hands)           # the same entry closes it
    window.grab()
    assert window.projection.stage.stage == lesson_stage
    assert not panel.active and panel.highlight.tag is None
    for view in ("loss", "activation"):               # side by side again
        assert window.projection.stage.views[view].isVisible()

    hands.focus(window.editor)
    hands.key(K.Key_I, CTRL)                          # Tools > One Sample's Numbers
    hands.qtbot.waitUntil(lambda: panel.active and bool(panel.steps))
    hands.key(K.Key_Right)
    window.grab()
    _check_stage(window, panel)
    close = window.projection.stage.findChild(QToolButton, "stageTabClose")
    assert close is not None and close.isVisible() and "One sample" in close.toolTip()
    hands.click(close)
    window.grab()
    assert window.projection.stage.stage == lesson_stage
    assert QApplication.focusWidget() is window.editor   # F5, Space still work

    # a dense network on a 1024x768 projector: a smaller tag, still on nothing
    window.resize(1024, 768)
    window.lessons.open_lesson(lessons.LESSONS_DIR / "04_dead_relu.nsnet")
    hands.focus(window.editor)
    hands.key(K.Key_I, CTRL)
    hands.qtbot.waitUntil(lambda: panel.active and bool(panel.steps))
    for _ in range(12):
        hands.key(K.Key_Right)
    window.grab()
    hands.settle()                                    # the tag placed after the refit
    _check_canvas(window, whole_headers=False)        # (eight neurons a layer: "H1")

    window.projection.set_active(False)              # the window's own dock, as before
    hands.key(K.Key_I, CTRL)
    assert window.docked(window.sample_dock) and window.sample_dock.isVisible()
    assert window.projection.stage is None


def test_view_panels_outside_projection_docks_one_sample_as_before(window, hands):
    window.activateWindow()
    hands.qtbot.waitUntil(window.isActiveWindow)
    for size in ((1280, 720), (1920, 1080)):
        window.resize(*size)
        hands.focus(window.editor)
        _view_panels_one_sample(window, hands)          # on
        assert window.sample_dock.isVisible() and window.docked(window.sample_dock)
        assert window.projection.stage is None and window.size().toTuple() == size
        hands.focus(window.editor)
        _view_panels_one_sample(window, hands)          # and off
        assert not window.sample_dock.isVisible()
