"""The Compare trials panel: opened from Tools, pre-filled from a lesson, runs in a thread,
shows what core.trials computes, makes the best trial current (undoably), and stops."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QDockWidget

from core import netfile, trials
from core.netfile import Document
from core.netfile_validate import TRAINING_DEFAULTS
from core.network import Network
from gui import colors
from gui.commands import SettingCommand
from gui.data_views import adjust_images
from gui.trials.results import ADJUSTED, EPOCHS, NOTE, TEST_ACCURACY

LESSONS = Path(__file__).resolve().parents[2] / "resources" / "lessons"


def lesson(trials_meta=None) -> Document:
    """A 2-3-1 network on 40 circle points; meta.trials as a lesson file would have it."""
    net = Network(["x1", "x2"], [["tanh"] * 3, ["sigmoid"]], loss="binary_crossentropy",
                  seed=3)
    data = {"source": "builtin", "name": "circle", "samples": 40, "noise": 0.0, "seed": 4}
    meta = {"title": "How many neurons?", "notes": ""}
    if trials_meta is not None:
        meta["trials"] = trials_meta
    doc = Document(net, data, {**TRAINING_DEFAULTS, "optimizer": "adam"}, meta)
    return netfile.loads(netfile.dumps(doc))


def panel_of(window):
    dock = window.findChild(QDockWidget, "trialsDock")
    return dock, dock.widget().widget()


@pytest.fixture
def lesson_window(window):
    window.document.replace(lesson({"setting": "units", "layer": 0, "values": [1, 3],
                                    "epochs": 5}), None)
    return window


def run_and_wait(qtbot, panel):
    panel.run_button.click()
    assert panel.runner.running
    qtbot.waitUntil(lambda: not panel.runner.running, timeout=20_000)
    assert all(r is not None for r in panel.results), panel.status.text()


def test_tools_action_opens_the_panel_with_defaults_from_the_network(window):
    dock, panel = panel_of(window)
    action = next(a for a in window.actions_.tools_menu.actions()
                  if a.objectName() == "compareTrialsAction")
    assert action.shortcut() == QKeySequence("Ctrl+T") and action.toolTip()
    assert dock.toggleViewAction() in window.actions_.panels_menu.actions()
    assert not dock.isVisible()
    action.trigger()
    assert dock.isVisible()
    assert dock in window.tabifiedDockWidgets(window.loss_dock)
    # the default network's first hidden layer has 4 units: try 2 to 6
    assert panel.controls.plan() == trials.TrialPlan("units", (2, 3, 4, 5, 6), 100, layer=0)


def test_a_lesson_plan_is_shown_and_hostile_meta_gets_a_message(window):
    _, panel = panel_of(window)
    window.document.replace(lesson({"setting": "learning_rate", "values": [0.01, 1],
                                    "epochs": 40}), None)
    assert panel.controls.plan() == trials.TrialPlan("learning_rate", (0.01, 1.0), 40)
    assert panel.controls.values.text() == "0.01, 1"
    window.document.replace(lesson({"setting": "units", "layer": 9, "values": [1]}), None)
    assert "meta.trials" in panel.status.text() and "not layer 9" in panel.status.text()
    assert panel.controls.plan().setting == "units"        # defaults instead


def test_a_run_shows_what_core_computes(qtbot, lesson_window):
    w = lesson_window
    _, panel = panel_of(w)
    start = panel.start_document()
    run_and_wait(qtbot, panel)
    plan = trials.TrialPlan("units", (1, 3), 5, layer=0)
    expected = [trials.run_trial(t, 5) for t in trials.make_trials(start, plan)]
    assert panel.curves.labels() == ["1 unit", "3 units"]
    for i, (got, want) in enumerate(zip(panel.results, expected)):
        assert got.history == want.history
        assert np.array_equal(got.document.network.theta, want.document.network.theta)
        row = panel.table.row_texts(i)
        assert row[:5] + row[EPOCHS:NOTE] == [
            want.label, f"{want.train_loss:.4g}", f"{want.test_loss:.4g}",
            f"{100 * want.train_accuracy:.1f} %", f"{100 * want.test_accuracy:.1f} %", "5"]
        x, y = panel.curves.test_curves[i].getData()
        assert np.array_equal(x, want.history["epoch"])
    # 20 test points after 5 epochs: 3 units' lower loss is within noise of 1 unit's
    assert trials.choose(expected, "units") == trials.Choice(1, (0, 1), 0)
    assert panel.choice == trials.Choice(1, (0, 1), 0) and panel.best_index == 0
    assert [panel.table.row_texts(r)[NOTE] for r in (0, 1)] == ["tie: smallest", "tie"]
    assert panel.table.item(0, 0).font().bold() and not panel.table.item(1, 0).font().bold()
    assert "1 and 3 units tie (within noise); the smallest is <b>1 unit</b>" in \
        panel.status.text()
    assert not w.errors


def test_use_the_best_replaces_the_network_and_undo_restores_it(qtbot, lesson_window):
    w = lesson_window
    _, panel = panel_of(w)
    run_and_wait(qtbot, panel)
    before_theta = w.document.network.theta.copy()
    before_sizes = w.document.network.sizes
    chosen = panel.results[panel.best_index]
    panel.best_button.click()
    net = w.document.network
    assert net.sizes == chosen.document.network.sizes
    assert np.array_equal(net.theta, chosen.document.network.theta)
    assert w.document.doc.training["epoch"] == 5 and w.controller.epoch == 5
    assert w.training_bar.epoch_label.text().strip() == "Epoch 5"
    assert w.document.doc.history == chosen.history
    assert len(w.loss_plot) == 5
    assert w.undo_stack.count() == 1 and "Use trial" in w.undo_stack.undoText()
    w.undo_stack.undo()
    assert w.document.network.sizes == before_sizes
    assert np.array_equal(w.document.network.theta, before_theta)
    assert w.document.doc.training["epoch"] == 0 and not w.document.doc.history
    assert w.training_bar.epoch_label.text().strip() == "Epoch 0"
    assert len(w.loss_plot) == 0
    w.undo_stack.redo()
    assert np.array_equal(w.document.network.theta, chosen.document.network.theta)
    # training goes on from the trial's end, with its optimizer state
    w.controller.step_epoch()
    assert w.document.experiment.current_trainer.epoch == 6 and len(w.loss_plot) == 6
    assert not w.errors


def test_a_selected_row_can_be_used_unless_the_data_changed(qtbot, lesson_window):
    w = lesson_window
    _, panel = panel_of(w)
    run_and_wait(qtbot, panel)
    panel.table.selectRow(0)
    assert panel.row_button.isEnabled()
    w.undo_stack.push(SettingCommand(w.document, "training", "seed", 9))
    panel.row_button.click()
    assert "changed since these trials ran" in panel.status.text()
    w.undo_stack.undo()
    panel.row_button.click()
    assert w.document.network.sizes == [1, 1]


def test_stop_interrupts_the_run(qtbot, lesson_window):
    _, panel = panel_of(lesson_window)
    panel.controls.epochs.setValue(10_000)
    panel.run_button.click()
    qtbot.waitUntil(lambda: panel.table.row_texts(0)[EPOCHS:] != ["", "running"] and
                    panel.table.row_texts(0)[NOTE] == "running", timeout=10_000)
    assert int(panel.table.row_texts(0)[EPOCHS]) >= 1       # the epoch so far
    assert panel.stop_button.isEnabled()
    panel.stop_button.click()
    qtbot.waitUntil(lambda: not panel.runner.running, timeout=10_000)
    first = panel.results[0]
    assert first is not None and first.interrupted and first.epochs < 10_000
    assert panel.results[1] is None
    assert panel.table.row_texts(0)[NOTE] == f"stopped at epoch {first.epochs}"
    assert panel.best_index is None and not panel.best_button.isEnabled()
    assert panel.status.text().startswith("Stopped: 0 of 2 trials done")


def test_closing_the_window_stops_a_run(qtbot, lesson_window):
    _, panel = panel_of(lesson_window)
    panel.controls.epochs.setValue(10_000)
    panel.run_button.click()
    assert panel.runner.running
    lesson_window.hide()
    assert not panel.runner.running


@pytest.mark.parametrize("kind, values, message", [
    ("units", "0, 2", "units must be a whole number from 1"),
    ("units", "two", "'two' is not a whole number"),
    ("learning_rate", "0.1, -1", "above 0"),
    ("batch_size", "", "type the values to try"),
])
def test_bad_values_get_a_specific_message(lesson_window, kind, values, message):
    _, panel = panel_of(lesson_window)
    c = panel.controls
    c.kind.setCurrentIndex(c.kind.findData(kind))
    c.values.setText(values)
    panel.run_button.click()
    assert not panel.runner.running
    assert panel.status.text().startswith("Cannot run:") and message in panel.status.text()


def test_activation_and_optimizer_choices_make_the_plan(lesson_window):
    _, panel = panel_of(lesson_window)
    c = panel.controls
    c.kind.setCurrentIndex(c.kind.findData("neuron_activation"))
    assert [c.layer.itemText(i) for i in range(c.layer.count())] == \
        ["Hidden 1 (3 units)", "Output (1 unit)"]
    c.neuron.setCurrentIndex(1)
    for name, box in c.act_boxes.items():
        box.setChecked(name in ("relu", "gelu"))
    assert c.plan() == trials.TrialPlan("activation", ("relu", "gelu"), 5, 0, 1)
    c.kind.setCurrentIndex(c.kind.findData("optimizer"))
    c.opt_boxes["momentum"].setChecked(False)
    assert c.plan() == trials.TrialPlan("optimizer", ("sgd", "adam"), 5)
    for box in c.opt_boxes.values():
        box.setChecked(False)
    panel.run_button.click()
    assert "tick at least one optimizer" in panel.status.text()


def test_data_that_cannot_be_built_gets_a_message(qtbot, window):
    doc = lesson({"setting": "optimizer", "values": ["sgd", "adam"], "epochs": 3})
    doc.data = {"source": "csv", "path": "/nonexistent/roasts.csv",
                "features": ["x1", "x2"], "target": "y"}
    window.document.replace(doc, None)
    _, panel = panel_of(window)
    panel.run_button.click()
    qtbot.waitUntil(lambda: not panel.runner.running, timeout=10_000)
    text = panel.status.text()
    assert text.startswith("Cannot run: the data cannot be used: data.path") and \
        "roasts.csv" in text
    assert panel.results == [None, None] and not panel.best_button.isEnabled()


def test_running_trials_pauses_training(qtbot, lesson_window):
    w = lesson_window
    _, panel = panel_of(w)
    w.controller.play()
    assert w.controller.running
    run_and_wait(qtbot, panel)
    assert not w.controller.running


def test_results_are_not_clipped_in_the_default_window(qtbot, lesson_window):
    w = lesson_window
    dock, panel = panel_of(w)
    next(a for a in w.actions_.tools_menu.actions()
         if a.objectName() == "compareTrialsAction").trigger()
    panel.controls.values.setText("1, 2, 3, 4, 5")
    run_and_wait(qtbot, panel)
    qtbot.wait(50)                         # let the splitter lay out
    table = panel.table
    assert not table.horizontalScrollBar().isVisible()
    last = table.rowCount() - 1
    assert table.rowViewportPosition(last) + table.rowHeight(last) <= \
        table.viewport().height()
    assert panel.curves.plot.vb.width() > 250


# -- ties within noise, by clicking ----------------------------------------------------------
def coffee_lesson(values, epochs) -> Document:
    """Lesson 9's network and data (coffee roasting, 3 sigmoid units) with ``values``."""
    doc = netfile.load(LESSONS / "09_how_many_neurons.nsnet")
    doc.meta["trials"] = {"setting": "units", "layer": 0, "values": list(values),
                          "epochs": epochs}
    return doc


def test_a_tie_names_the_smallest_and_use_the_best_takes_it(window, hands):
    window.document.replace(coffee_lesson([5, 2, 4, 3], 300), None)
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    _, panel = panel_of(window)
    hands.qtbot.waitUntil(panel.isVisible, timeout=2000)
    hands.click(panel.run_button)
    hands.qtbot.waitUntil(lambda: not panel.runner.running, timeout=30_000)
    # lesson 9's measurement: 4 units lowest, 3 and 5 within noise, 2 far above
    assert panel.choice == trials.Choice(2, (0, 2, 3), 3), panel.status.text()
    assert "5, 4 and 3 units tie (within noise); the smallest is <b>3 units</b>" in \
        panel.status.text()
    table = panel.table
    assert [table.row_texts(r)[NOTE] for r in range(4)] == ["tie", "", "tie", "tie: smallest"]
    tie_fill = QColor(colors.LIGHT.tie_fill)
    assert [table.item(r, 0).background().color() == tie_fill for r in range(4)] == \
        [True, False, True, True]
    assert [table.item(r, 0).font().bold() for r in range(4)] == [False, False, False, True]
    assert "2 standard errors" in table.item(3, NOTE).toolTip()
    assert "tie" in panel.best_button.toolTip() and "smallest" in panel.best_button.toolTip()
    widths = [c.opts["pen"].widthF() for c in panel.curves.test_curves]
    assert widths[3] > widths[0] == widths[2] > widths[1]
    hands.click(panel.best_button)
    assert window.document.network.sizes == [3, 1]
    assert "Use trial \u201c3 units\u201d" in window.undo_stack.undoText()


# -- test accuracy with the Data panel's changed test images --------------------------------
def test_the_brightness_slider_adds_each_trials_accuracy_with_changed_images(window, hands):
    doc = netfile.load(LESSONS / "08_digits_brightness.nsnet")
    plan = trials.plan_from_meta(doc)
    doc.meta["trials"]["epochs"] = 3           # the column, not the lesson's numbers
    window.document.replace(doc, None)
    _, panel = panel_of(window)
    window.show_panel(window.data_dock)
    hands.focus(window.editor)
    hands.key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    hands.qtbot.waitUntil(panel.isVisible, timeout=2000)
    hands.click(panel.run_button)
    hands.qtbot.waitUntil(lambda: not panel.runner.running, timeout=30_000)
    assert [r.label for r in panel.results] == list(plan.values)
    table = panel.table
    assert not table.adjusted_shown()              # the sliders at rest: no extra column
    slider = window.data_views.adjust.brightness
    hands.click(slider)                            # the keyboard goes to the slider
    for _ in range(2):
        hands.key(Qt.Key.Key_Left)
    assert slider.value() == -2
    assert table.adjusted_shown()
    assert table.horizontalHeaderItem(ADJUSTED).text() == "Test acc.\ndarker by 2"
    bundle = window.document.data_bundle()
    darker = bundle.inputs(adjust_images(bundle.raw_test.X, -2, 1.0, 0.0, 16.0))
    for r, result in enumerate(panel.results):
        predicted = result.document.network.forward(darker).argmax(axis=1)
        expected = float(np.mean(predicted == bundle.test[1]))
        assert table.row_texts(r)[ADJUSTED] == f"{100 * expected:.1f} %"
        assert table.row_texts(r)[TEST_ACCURACY] == f"{100 * result.test_accuracy:.1f} %"
    hands.key(Qt.Key.Key_Right)                    # the column follows the slider
    assert table.horizontalHeaderItem(ADJUSTED).text() == "Test acc.\ndarker by 1"
    hands.click(window.data_views.adjust.reset)
    assert not table.adjusted_shown()
    assert not window.errors


def test_a_narrow_panel_folds_the_plan_while_trials_run(qtbot, lesson_window, hands):
    from gui.trials.panel import TrialsPanel

    panel = TrialsPanel(lesson_window)          # its own window, narrow: plan above results
    qtbot.addWidget(panel)
    panel.resize(700, 560)
    panel.show()
    qtbot.waitExposed(panel)
    hands.settle()
    assert panel.split.orientation() == Qt.Orientation.Vertical
    assert panel.fold.isVisible() and panel.controls.isVisible()
    before, plan = panel.views.height(), panel.controls.height()
    hands.click(panel.run_button)
    qtbot.waitUntil(lambda: not panel.runner.running, timeout=20_000)
    hands.settle()
    assert not panel.controls.isVisible()
    assert panel.fold.summary.text() == "Units in a layer, Hidden 1 (3 units): 1, 3; 5 epochs"
    # the results got the plan's height, less the summary line that stands for it
    assert panel.views.height() >= before + plan - 2 * panel.fold.height(), \
        (before, plan, panel.fold.height(), panel.views.height())
    hands.click(panel.fold.toggle)                      # open it again
    assert panel.controls.isVisible() and not panel.fold.summary.isVisible()
    assert hands.focused() is panel.fold.toggle
    hands.key(Qt.Key.Key_Space)                         # and fold it from the keyboard
    assert not panel.controls.isVisible() and panel.fold.summary.isVisible()
    panel.resize(1200, 560)                             # wide: the plan stays beside
    hands.settle()
    assert panel.controls.isVisible() and not panel.fold.isVisible()
