"""A normal (not projected) window at 1280x720 with the coffee lesson open keeps the plots
readable: the Activation plot's data area is at least style.MIN_DATA_PX high (it was 43 px
under its axis name and sample counts), y ticks shown, in English and German."""

import numpy as np
import pytest

from gui import lessons
from tests.gui.test_plot_readability import settle
from tests.gui.test_projection import make_window
from tests.gui.test_translated_layout import _catalogue


@pytest.fixture(params=["en", "de"])
def language(qapp, request):
    if request.param == "en":
        yield "en"
    else:
        yield from _catalogue(qapp, request.param)


def test_bottom_plots_keep_a_readable_data_area_at_1280x720(language, qtbot):
    w = make_window(qtbot, (1280, 720))
    settle(qtbot)
    w.lessons.open_lesson(lessons.LESSONS_DIR / "02_coffee_roasting.nsnet")
    for epoch in range(1, 301):        # a trained run's title: the key's numbers
        w.loss_plot.append(epoch, 0.5 / epoch ** 0.5, 0.6 / epoch ** 0.5, 0.9, 0.98)
    w.loss_plot.flush()
    w.curve_plot.set_z(np.random.default_rng(1).normal(0, 8, 400))   # 2 lines of counts
    settle(qtbot, 100)
    assert w.loss_dock.isVisible() and w.curve_dock.isVisible()
    plot = w.curve_plot.plot
    assert plot.vb.height() >= 70    # style.MIN_DATA_PX
    assert plot.getAxis("left").style["showValues"] and plot.getAxis("left").isVisible()
    # the lines of sample counts left the plot for its tooltip, not for good
    if not w.curve_plot.info.isVisible():
        assert w.curve_plot.info.text.split("<br>")[0] in w.curve_plot.toolTip()
    assert w.loss_plot.loss_plot.vb.height() >= 60
