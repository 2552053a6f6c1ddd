"""The frame scheduler (``gui.frames``) with real widgets, offscreen, and a fake clock."""

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget

from gui.frames import FPS, FRAME_BUDGET, FrameScheduler, on_screen


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


@pytest.fixture
def tabs(qtbot):
    """Two labels in tabs: the first on screen, the second behind it."""
    widget = QTabWidget()
    front, back = QLabel("front"), QLabel("back")
    widget.addTab(front, "front")
    widget.addTab(back, "back")
    qtbot.addWidget(widget)
    widget.resize(300, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, front, back


def _view(scheduler, name, widget, draws_from=("network",), rate=None):
    drawn = []
    view = scheduler.register(name, draws_from, drawn.append, lambda: on_screen(widget), rate)
    return view, drawn


def test_a_hidden_view_is_not_drawn_and_is_drawn_when_shown(qtbot, tabs):
    widget, front, back = tabs
    scheduler = FrameScheduler(clock=Clock())
    _, front_drawn = _view(scheduler, "front", front)
    back_view, back_drawn = _view(scheduler, "back", back)
    widget.currentChanged.connect(scheduler.wake)
    qtbot.waitUntil(lambda: len(front_drawn) == 1, timeout=1000)    # a timer frame
    assert back_drawn == [] and back_view.dirty                     # left for later
    scheduler.mark("network")
    scheduler.draw_frame()
    assert len(front_drawn) == 2 and back_drawn == []
    widget.setCurrentIndex(1)                                       # comes on screen
    qtbot.waitUntil(lambda: len(back_drawn) == 1, timeout=1000)
    assert not back_view.dirty and len(front_drawn) == 2            # front now hidden


def test_rates_are_honoured_while_training(qtbot, tabs):
    _, front, _ = tabs
    clock = Clock()
    scheduler = FrameScheduler(clock=clock)
    _, every = _view(scheduler, "every", front)
    _, slow = _view(scheduler, "slow", front, rate=5.0)
    scheduler.set_running(True)
    for _ in range(100):                 # 100 frames 10 ms apart: one second
        scheduler.mark("network")
        scheduler.draw_frame()
        clock.t += 0.01
    assert len(every) == 100
    assert len(slow) == 5
    assert all(b - a >= 0.2 - 1e-9 for a, b in zip(slow, slow[1:]))   # draw(now) times
    scheduler.set_running(False)
    scheduler.stop()


def test_everything_dirty_is_drawn_when_training_stops(qtbot, tabs):
    _, front, back = tabs
    clock = Clock()
    scheduler = FrameScheduler(clock=clock)
    _, slow = _view(scheduler, "slow", front, rate=1.0)
    _, maps = _view(scheduler, "maps", front, ("network", "running"))
    _, data = _view(scheduler, "data", front, ("data",))
    scheduler.set_running(True)
    scheduler.draw_frame()
    assert (len(slow), len(maps), len(data)) == (1, 1, 1)
    scheduler.mark("network")
    clock.t += 0.1
    scheduler.draw_frame()                # the slow view is not due for a second
    assert (len(slow), len(maps), len(data)) == (1, 2, 1)
    scheduler.set_running(False)          # the slow one (dirty) and the "running" one
    qtbot.waitUntil(lambda: len(slow) == 2, timeout=1000)
    assert len(maps) == 3 and len(data) == 1       # data did not change: not redrawn


def test_focus_changes_are_drawn_at_once_whatever_the_rate(tabs):
    _, front, _ = tabs
    clock = Clock()
    scheduler = FrameScheduler(clock=clock)
    view, drawn = _view(scheduler, "map", front, rate=1.0)
    scheduler.set_running(True)
    scheduler.draw_frame()
    scheduler.mark_view(view)
    scheduler.draw_frame()
    assert len(drawn) == 1                # dirty, but within its second
    scheduler.mark_view(view, at_once=True)
    scheduler.draw_frame()
    assert len(drawn) == 2
    scheduler.stop()


def test_the_interval_keeps_frames_within_the_budget(tabs):
    _, front, _ = tabs
    clock = Clock()
    scheduler = FrameScheduler(clock=clock)

    def slow_draw(now):
        clock.t += 0.03                   # a 30 ms frame
    scheduler.register("slow", {"network"}, slow_draw, rate=None)
    scheduler.set_running(True)
    interval = scheduler.draw_frame()
    assert scheduler.frame_seconds == pytest.approx(0.03)
    assert interval == pytest.approx(max(1 / FPS, 0.03 / FRAME_BUDGET))
    scheduler.stop()


def test_a_view_must_draw_from_known_kinds():
    with pytest.raises(ValueError, match="weather"):
        FrameScheduler().register("x", {"weather"}, print)
