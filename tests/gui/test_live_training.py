"""Training in the main window: the live views follow, the controls work, divergence shows a
banner with a fix, saving mid-run keeps the run, closing while training exits cleanly."""

import numpy as np

from core import edits, netfile
from core.network import Network
from gui import frames, live_views
from gui.editor import links as links_module
from gui.main_window import MainWindow


def _digits_document():
    doc = netfile.default_document()
    doc.data = {"source": "builtin", "name": "digits", "samples": 1797, "noise": 0.0,
                "seed": 0, "normalize": True}
    doc.network = Network([f"px{i}" for i in range(64)], [["relu"] * 16, ["softmax"] * 10],
                          loss="categorical_crossentropy", seed=1)
    return doc


def _train_until(qtbot, window, epochs):
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.epoch >= epochs, timeout=20_000)
    window.controller.pause()


def test_playing_draws_maps_surface_loss_and_counter(qtbot, window):
    scene = window.editor.scene()
    _train_until(qtbot, window, 30)
    window.live.redraw()
    assert all(item.map_image is not None for item in scene.neurons.values())
    assert all(item.map_image is not None for item in scene.inputs if item.active)
    assert window.surface.showing_plot()
    assert window.surface.title.text() == "Network output"
    assert len(window.loss_plot) >= 1
    assert f"Epoch {window.controller.epoch:,}" in window.training_bar.epoch_label.text()
    # the surface shows what the network computes on the plot's grid
    net, live = window.document.network, window.live
    grid = live._grid_inputs(live_views.SURFACE_RES)
    expected = net.forward(grid)[:, 0].reshape(live_views.SURFACE_RES, -1)
    rgba = window.surface.plot.surface_rgba()
    lut = window.surface.plot.surface_lut
    top = np.unravel_index(np.argmax(expected), expected.shape)
    assert np.array_equal(rgba[top], lut[np.argmin(np.abs(np.linspace(0, 1, len(lut))
                                                         - expected[top]))])


def test_redraws_are_throttled_whatever_the_training_rate(qtbot, window):
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.epoch > 0, timeout=10_000)
    before, epochs_before = window.live.frames, window.controller.epoch
    qtbot.wait(1000)
    frames = window.live.frames - before
    epochs = window.controller.epoch - epochs_before
    window.controller.pause()
    assert 1 <= frames <= live_views.FPS + 5
    assert epochs > frames           # training runs ahead of the display


def test_hovering_and_selecting_a_neuron_shows_its_map_and_curve(qtbot, window):
    window.editor.item_hovered(("neuron", 0, 2))
    window.live.redraw()
    assert "neuron 3" in window.surface.title.text().lower()
    assert window.curve_plot.histogram()[0].sum() == len(window.document.data_bundle().train[0])
    window.editor.item_hovered(None)
    window.live.redraw()
    assert window.surface.title.text() == "Network output"
    # nothing chosen: like the map, the curve shows the output neuron and its z values
    out = len(window.document.network.sizes) - 1
    X = window.document.data_bundle().train[0]
    z_out = window.document.network.forward_layers(X)[out][0][:, 0]
    assert window.curve_plot.histogram()[0].sum() == len(X)
    assert window.curve_plot._z.tolist() == z_out.tolist()
    window.editor.select(("neuron", 1, 0))
    window.live.redraw()
    z_selected = window.document.network.forward_layers(X)[1][0][:, 0]
    assert window.curve_plot._z.tolist() == z_selected.tolist()


def test_new_weights_is_undoable_and_reset_returns_to_the_start(qtbot, window):
    start = window.document.network.theta.copy()
    window.training_bar.rerandomise.trigger()
    fresh = window.document.network.theta.copy()
    assert not np.array_equal(fresh, start)
    _train_until(qtbot, window, 5)
    window.training_bar.reset.trigger()
    assert np.array_equal(window.document.network.theta, fresh)
    assert window.controller.epoch == 0 and len(window.loss_plot) == 0
    trained_epochs = window.undo_stack.text(window.undo_stack.index() - 2)
    window.undo_stack.undo()                      # the reset: the training is back
    assert window.controller.epoch >= 5 and len(window.loss_plot) >= 1
    assert trained_epochs.startswith("Train epochs 0\u2013")
    window.undo_stack.undo()                      # the training
    assert np.array_equal(window.document.network.theta, fresh)
    window.undo_stack.undo()                      # the new weights
    assert np.array_equal(window.document.network.theta, start)


def test_reset_after_an_activation_change_keeps_each_neurons_weights(window):
    """Sigmoid and tanh are separate groups, so changing one into the other reorders the
    layer's rows at the same size: Reset must not bring back the old layout's weights."""
    from gui.editor import actions

    window.training_bar.step_epoch.trigger()
    window.training_bar.reset.trigger()
    assert actions.set_activation(window.editor, 0, 1, "sigmoid")
    before = window.document.network.params(0)
    window.training_bar.step_epoch.trigger()
    window.training_bar.reset.trigger()
    after = window.document.network.params(0)
    np.testing.assert_array_equal(after[0], before[0])     # each neuron its own weights
    np.testing.assert_array_equal(after[1], before[1])


def test_step_buttons_train_exactly_one_epoch_and_one_batch(window):
    window.training_bar.step_epoch.trigger()
    assert window.controller.epoch == 1
    steps = window.document.experiment.current_trainer.step_count
    window.training_bar.step_batch.trigger()
    assert window.document.experiment.current_trainer.step_count == steps + 1


def test_divergence_shows_a_banner_whose_button_lowers_the_learning_rate(qtbot):
    doc = netfile.default_document()
    doc.data = {"source": "builtin", "name": "plane", "samples": 200, "noise": 0.0, "seed": 1}
    doc.network = Network(["x1", "x2"], [["relu"] * 8, ["linear"]], loss="mse", seed=1)
    doc.training["learning_rate"] = 10.0
    w = MainWindow(doc)
    w.show()
    start = w.document.network.theta.copy()
    with qtbot.waitSignal(w.controller.diverged, timeout=10_000):
        w.controller.play()
    qtbot.waitUntil(lambda: not w.controller.running, timeout=5000)
    assert w.banner.isVisible() and "smaller learning rate" in w.banner.text.text()
    assert np.isfinite(w.document.network.theta).all()
    assert w.banner.action.text() == "Learning rate 1 and start over"
    w.banner.action.click()
    assert w.document.doc.training["learning_rate"] == 1.0 and not w.banner.isVisible()
    assert np.array_equal(w.document.network.theta, start) and w.controller.epoch == 0
    for _ in range(4):     # each click: ten times smaller and from the start, until it trains
        w.controller.play()
        qtbot.waitUntil(lambda: w.controller.epoch >= 20 or not w.controller.running,
                        timeout=10_000)
        if w.controller.running:
            break
        w.banner.action.click()
    w.controller.pause()
    assert w.controller.epoch >= 20 and w.document.doc.training["learning_rate"] <= 1.0
    assert not w.banner.isVisible() and np.isfinite(w.document.network.theta).all()
    w.ask_save_changes = lambda: "discard"
    assert w.close()


def test_saving_mid_run_keeps_epoch_history_and_optimizer_state(qtbot, window, tmp_path):
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.epoch >= 10, timeout=20_000)
    path = tmp_path / "run.nsnet"
    assert window._write(path)
    assert window.controller.running           # saving does not stop the run
    window.controller.pause()
    saved = netfile.load(path)
    assert saved.training["epoch"] >= 10 and saved.state is not None
    assert len(saved.history["epoch"]) >= 1


def test_closing_the_window_while_training_stops_the_thread(qtbot):
    w = MainWindow()
    w.show()
    w.controller.play()
    qtbot.waitUntil(lambda: w.controller.epoch > 3, timeout=10_000)
    w.ask_save_changes = lambda: "discard"
    assert w.close()
    assert not w.controller.running


def test_opening_another_file_while_training_stops_and_shows_it(qtbot, window, tmp_path):
    path = tmp_path / "xor.nsnet"
    doc = netfile.default_document()
    doc.data["name"] = "xor"
    netfile.save(doc, path)
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.epoch > 3, timeout=10_000)
    assert window.open_file(path, ask=False)
    assert not window.controller.running and window.controller.epoch == 0
    assert len(window.loss_plot) == 0


def test_edits_while_training_keep_training_and_views_consistent(qtbot, window):
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.epoch > 3, timeout=10_000)
    assert window.editor.add_neuron("relu")
    qtbot.waitUntil(lambda: window.document.experiment.current_trainer is not None and
                    window.document.experiment.current_trainer.net.theta.size ==
                    window.document.network.theta.size, timeout=5000)
    window.live.redraw()
    window.undo_stack.undo()            # pauses: the training since the edit goes first
    assert not window.controller.running and window.document.network.sizes == [4, 3, 1]
    window.undo_stack.undo()            # the edit
    assert window.document.network.sizes == [4, 2, 1]
    window.controller.play()
    qtbot.waitUntil(lambda: len(window.loss_plot) > 0, timeout=5000)
    window.live.redraw()
    window.controller.pause()
    assert len(window.editor.scene().neurons) == sum(window.document.network.sizes)


def test_digits_bring_up_weights_samples_and_confusion(qtbot):
    w = MainWindow(_digits_document())
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    assert w.data_views.isVisible() and not w.surface.showing_plot()
    w.live.redraw()
    W = w.document.network.params(0)[0]
    assert np.array_equal(w.data_views.weights.values(), W.reshape(16, 8, 8))
    w.data_views.setCurrentWidget(w.data_views.confusion)
    w.live.redraw()
    w.data_views.confusion.set_split("train")
    counts = w.data_views.confusion.counts()
    assert counts.shape == (10, 10) and counts.sum() == len(w.document.data_bundle().train[1])
    w.data_views.setCurrentWidget(w.data_views.samples)
    w.live.redraw()
    assert abs(w.data_views.samples.probabilities().sum() - 1.0) < 1e-12
    w.ask_save_changes = lambda: "discard"
    assert w.close()


def test_changing_the_data_set_while_training_restarts_the_curves(qtbot, window):
    failures = []
    window.controller.failed.connect(failures.append)
    _train_until(qtbot, window, 10)
    window.controller.play()
    assert window.settings_panel.choose_dataset("xor")
    assert window.controller.epoch < 10 and len(window.loss_plot) <= 1
    qtbot.waitUntil(lambda: window.controller.epoch >= 3, timeout=10_000)
    window.controller.pause()
    assert not failures and window.document.doc.data["name"] == "xor"
    on_xor = window.controller.epoch
    window.undo_stack.undo()                          # the training on xor
    assert window.controller.epoch == 0 and window.document.doc.data["name"] == "xor"
    window.undo_stack.undo()                          # the data set: its run comes back
    assert window.document.doc.data["name"] == "circle"
    assert window.controller.epoch >= 10
    assert len(window.loss_plot) == len(window.document.doc.history["epoch"]) > 0
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert window.document.doc.data["name"] == "xor" and window.controller.epoch == on_xor


def test_problem_type_menu_is_fixed_for_built_in_data(window):
    window.actions_._check_problem()
    actions = window.actions_.problem_actions
    assert actions["classification"].isChecked() and not actions["regression"].isEnabled()
    actions["regression"].trigger()
    assert window.document.data_bundle().problem == "classification"


def test_a_data_tab_shown_after_training_is_filled_at_once(qtbot):
    w = MainWindow(_digits_document())
    w.show()
    qtbot.waitExposed(w)
    w.training_bar.step_epoch.trigger()
    w.live.redraw()
    w.data_views.setCurrentWidget(w.data_views.confusion)
    qtbot.waitUntil(lambda: w.data_views.confusion.counts() is not None, timeout=5000)
    w.ask_save_changes = lambda: "discard"
    assert w.close()


def test_an_edit_that_makes_the_run_untrainable_pauses_it_until_fixed(qtbot, window):
    from gui.commands import StructureCommand

    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.epoch > 2, timeout=10_000)
    output = len(window.document.network.sizes) - 1
    window.undo_stack.push(StructureCommand(window.document, "tanh output", edits.set_activation,
                                            output, 0, "tanh"))   # cross-entropy needs sigmoid
    assert not window.controller.running
    assert window.banner.isVisible() and "sigmoid" in window.banner.text.text()
    window.undo_stack.undo()                                     # fixed: the run goes on
    assert window.controller.running and not window.banner.isVisible()
    window.controller.pause()


def test_a_structure_edit_after_loading_an_adam_run_trains(qtbot, tmp_path):
    """The file's optimizer state belongs to the old layout: it must not be restored."""
    from core import experiment

    doc = netfile.default_document()
    doc.training.update(optimizer="adam")
    trainer = experiment.make_trainer(doc)
    trainer.run_epoch()
    path = tmp_path / "adam.nsnet"
    netfile.save(experiment.update_document(doc, trainer), path)
    w = MainWindow(netfile.load(path), path)
    w.show()
    assert w.editor.add_neuron("relu")
    w.controller.step_epoch()
    assert w.controller.epoch == 2 and not w.banner.isVisible()
    w.ask_save_changes = lambda: "discard"
    assert w.close()


def test_a_large_network_draws_its_links_fast_while_training_and_smooth_when_paused(qtbot):
    from core.network import Network

    doc = netfile.default_document()
    doc.network = Network(doc.network.input_names, [["tanh"] * 8] * 6 + [["sigmoid"]],
                          loss="binary_crossentropy", seed=1)
    w = MainWindow(doc)
    w.show()
    scene = w.editor.scene()
    pair = scene.links[3]                                     # 8 x 8 = 64 links
    assert len(pair._batches) == 64 and not scene.fast_links
    w.controller.play()
    qtbot.waitUntil(lambda: w.controller.epoch > 2, timeout=10_000)
    assert scene.fast_links and len(pair._batches) <= 2 * (len(links_module._FAST_EDGES) + 1)
    w.controller.pause()
    assert not scene.fast_links and len(pair._batches) == 64
    w.ask_save_changes = lambda: "discard"
    assert w.close()


def test_the_default_network_keeps_smooth_links_while_training(qtbot, window):
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.epoch > 2, timeout=10_000)
    assert not window.editor.scene().fast_links
    window.controller.pause()


def test_each_class_probability_is_drawn_in_that_class_colour(qtbot):
    from PySide6.QtGui import QColor

    from gui.plots.decision_plot import class_colours

    doc = netfile.load("resources/examples/blobs3.nsnet")
    w = MainWindow(doc)
    w.show()
    plot = w.surface.plot
    for unit in (0, 2):
        w.editor.item_hovered(("neuron", len(w.document.network.sizes) - 1, unit))
        w.live.redraw()
        top = QColor(*map(int, plot.surface_lut[-1][:3]))
        want = QColor(class_colours(3)[unit])
        # the lightened class colour: same hue family, far from the other classes'
        assert abs(top.hueF() - want.hueF()) < 0.05, (unit, top.name(), want.name())
    w.editor.item_hovered(None)
    w.close()


def test_a_data_tab_behind_the_map_is_not_fed(window, monkeypatch):
    calls = []
    monkeypatch.setattr(window.data_views, "update_views", calls.append)
    window.surface_dock.raise_()
    window.live.redraw()
    assert calls == []
    window.data_dock.raise_()
    window.live.redraw()
    assert len(calls) == 1


def test_a_frame_paints_its_views_before_the_worker_trains_on(qtbot, window):
    """Everything a frame changed is painted inside draw_frame (while the worker waits):
    a paint left for later would fight the worker for the GIL."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                PaintCounter.count += 1
            return False

    counter = PaintCounter()
    viewports = [window.loss_plot.view.viewport(), window.live.curve.view.viewport(),
                 window.editor.viewport()]
    for viewport in viewports:
        viewport.installEventFilter(counter)
    window.loss_plot.set_training(True)           # as while training
    scheduler = window.live.scheduler
    # The first frame after the window opened leaves the window's own first expose to the
    # loop's next turn (the frame wakes the loop for keys pressed meanwhile: gui.frames);
    # from then on nothing a frame changed paints outside it.
    window.live.draw_frame()
    qtbot.wait(50)
    for epoch in range(1, 6):
        window.loss_plot.append(epoch, 1.0 / epoch, 1.2 / epoch, 0.5, 0.5)
        window.live.curve.set_z(np.linspace(-3, 3, 50) * epoch)
        scheduler.mark_view(window.live.views["loss"], at_once=True)   # due this frame
        window.live.draw_frame()
        PaintCounter.count = 0
        qtbot.wait(50)                                         # the worker's turn
        assert PaintCounter.count == 0, f"frame {epoch}: painted after the frame"
    window.loss_plot.set_training(False)
    for viewport in viewports:
        viewport.removeEventFilter(counter)


def test_while_training_the_loss_plot_waits_for_frames_and_writes_numbers_4_times_a_second(
        qtbot, window, monkeypatch):
    import types

    from gui.plots import loss_plot
    clock = [100.0]        # the plot's own clock: a loaded machine's 150 ms wait took 250
    monkeypatch.setattr(loss_plot, "time", types.SimpleNamespace(perf_counter=lambda: clock[0]))
    plot = window.loss_plot
    title = lambda: plot.title.text.lower()     # noqa: E731 ("Loss after epoch 1", "Epoch 1")
    plot.set_training(True)
    plot.append(1, 0.5, 0.6, 0.5, 0.5)
    plot.flush()
    assert "epoch 1" in title()
    plot.append(2, 0.4, 0.5, 0.6, 0.6)
    qtbot.wait(150)                               # no timer of its own draws it
    clock[0] += 0.15
    assert plot._shown_xy["train_loss"][0][-1] == 1
    plot.flush()                                  # the frame does
    assert plot._shown_xy["train_loss"][0][-1] == 2
    assert "epoch 1" in title()           # the numbers wait a quarter second
    plot.set_training(False)                      # training stops: the last numbers at once
    assert "epoch 2" in title() and "train&nbsp;0.4" in title()
    plot.append(3, 0.3, 0.4, 0.7, 0.7)            # e.g. Step epoch: the next frame draws it
    window.live.scheduler.mark("network")
    qtbot.waitUntil(lambda: "epoch 3" in title(), timeout=1000)


def test_links_follow_the_weights_at_most_15_times_a_second_while_training(window):
    scene, net = window.editor.scene(), window.document.network
    live, scheduler, pair = window.live, window.live.scheduler, scene.links[0]
    scene.set_training(True)
    scheduler.running = True                      # as while training, without a worker
    links = live.views["links"]
    assert links.interval() == 1.0 / frames.RATES["links"]
    drawn = pair.W.copy()
    net.set_weight(0, 0, 0, drawn[0, 0] + 1.0)
    scene.refresh_params(net)                     # while training: only noted
    assert np.array_equal(pair.W, drawn)
    links.dirty, links.drawn_at = True, scheduler.clock()
    live.draw_frame()                             # within 1/15 s of the last: not yet
    assert np.array_equal(pair.W, drawn)
    links.drawn_at -= links.interval()
    live.draw_frame()                             # 1/15 s later: restyled
    assert pair.W[0, 0] == drawn[0, 0] + 1.0
    net.set_weight(0, 0, 0, drawn[0, 0] + 2.0)
    scene.refresh_params(net)
    scheduler.running = False
    scene.set_training(False)                     # paused: the latest weights at once
    assert pair.W[0, 0] == drawn[0, 0] + 2.0


def test_input_maps_are_drawn_once_per_data_not_every_frame(window):
    inputs = [item for item in window.editor.scene().inputs if item.active]
    window.live.redraw()
    images = [item.map_image for item in inputs]
    assert all(image is not None for image in images)
    window.live.redraw()
    assert all(item.map_image is image for item, image in zip(inputs, images))
    window.live.clear_maps()                     # e.g. data without a plane, then back
    window.live.redraw()
    assert all(item.map_image is not None for item in inputs)
    images = [item.map_image for item in inputs]
    window.document.set_setting("data", "noise", 0.2)     # other data: drawn again
    window.live.redraw()
    assert all(item.map_image is not image for item, image in zip(inputs, images))


def test_a_bias_handle_repaints_only_when_its_colour_changes(window):
    handle = window.editor.scene().neurons[(0, 0)].bias
    handle.set_value(0.0)
    look = handle._look
    handle.set_value(1e-4)                        # the same colours: nothing to repaint
    assert handle._look is look and handle.value == 1e-4
    handle.set_value(0.9)
    assert handle._look is not look


def test_a_large_network_redraws_its_node_maps_in_turns_while_training(qtbot, monkeypatch):
    doc = netfile.default_document()
    doc.network = Network(doc.network.input_names, [["tanh"] * 8] * 6 + [["sigmoid"]],
                          loss="binary_crossentropy", seed=1)
    w = MainWindow(doc)
    w.show()
    live, net, scene = w.live, w.document.network, w.editor.scene()
    every = [(li, u) for li, size in enumerate(net.sizes) for u in range(size)]
    assert live._maps_due(net, scene) == every             # paused: all of them at once
    live.redraw()
    monkeypatch.setattr(live.scheduler, "running", True)
    frames = -(-len(every) // live_views.MAPS_PER_FRAME)   # 57 maps, 12 a frame: 5
    turns = [live._maps_due(net, scene) for _ in range(frames)]
    assert all(len(turn) == live_views.MAPS_PER_FRAME for turn in turns)
    assert set().union(*map(set, turns)) == set(every)     # within 5 frames, every map
    scene.neurons[(5, 3)].set_map(None)              # e.g. a node an edit just built
    assert (5, 3) in live._maps_due(net, scene)            # drawn at once, not in its turn
    monkeypatch.undo()
    w.controller.play()                                    # paused, every map is current
    qtbot.waitUntil(lambda: w.controller.epoch > 3, timeout=10_000)
    w.controller.pause()
    qtbot.wait(100)
    X = live._grid_inputs(live_views.NODE_RES)
    from core import analysis
    from gui.plots.neuron_map import map_image
    net = w.document.network
    outputs = analysis.neuron_outputs(net, X)
    for (li, u), item in w.editor.scene().neurons.items():
        values = outputs[li][u].reshape(live_views.NODE_RES, -1)
        name = net.activations(li)[u]
        assert item.map_image == map_image(values, *live_views.value_range(name, values)), \
            (li, u)
    w.ask_save_changes = lambda: "discard"
    assert w.close()


def test_a_neuron_map_is_coloured_on_its_activations_own_range():
    small = np.array([[-0.3, 0.2]])
    assert live_views.value_range("tanh", small) == (-1.0, 1.0)   # pale: far from +-1
    assert live_views.value_range("sigmoid", small) == (0.0, 1.0)
    assert live_views.value_range("relu", np.array([[0.0, 2.5]])) == (-2.5, 2.5)
