"""Views for inputs that are not a plane: weight pictures, sample browser, confusion matrix."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from core import analysis, datasets, features
from core.network import Network
from core.training import Settings, Trainer
from gui.plots import colormap
from gui.plots.confusion import ConfusionMatrix
from gui.plots.export import export_plot
from gui.plots.sample_browser import SampleBrowser
from gui.plots.weight_images import MAX_NEURONS, WeightImages, image_side, nice_limit


@pytest.fixture(scope="module")
def digits():
    """Digits split 80/20, z-scored, and a 64-32-10 network trained 300 steps."""
    ds = datasets.make("digits")
    train, test = datasets.split(ds, 0.8, 1)
    mean, std = features.normalise(train.X)
    Xtr, Xte = (train.X - mean) / std, (test.X - mean) / std
    net = Network(ds.feature_names, [["relu"] * 32, ["softmax"] * 10],
                  loss="categorical_crossentropy", seed=0)
    trainer = Trainer(net, (Xtr, train.y), (Xte, test.y),
                      Settings(optimizer="adam", learning_rate=0.01, batch_size=32),
                      "classification", 10)
    for _ in range(300):
        trainer.step_batch()
    return {"ds": ds, "train": (Xtr, train.y), "test": (Xte, test.y), "net": net,
            "raw": (train.X, test.X)}


def _show(qtbot, widget, size=(900, 600)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _save_and_check(widget, path):
    """Render like a screenshot; a blank or one-colour picture fails."""
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 300
    small = image.scaled(60, 40)
    colours = {small.pixel(x, y) for x in range(60) for y in range(40)}
    assert len(colours) > 8, "the picture looks empty"


# ---------------------------------------------------------------------- core helpers

def test_confusion_counts_by_hand():
    y_true = np.array([0, 0, 1, 1, 1, 2, 2, 2, 2])
    y_pred = np.array([0, 1, 1, 1, 2, 2, 2, 0, 2])
    expected = np.array([[1, 1, 0],
                         [0, 2, 1],
                         [1, 0, 3]])
    counts = analysis.confusion_counts(y_true, y_pred, 3)
    np.testing.assert_array_equal(counts, expected)
    assert counts.dtype.kind == "i"
    np.testing.assert_array_equal(analysis.confusion_counts([], [], 4), np.zeros((4, 4)))
    with pytest.raises(ValueError, match="0..2"):
        analysis.confusion_counts([0, 3], [0, 1], 3)
    with pytest.raises(ValueError):
        analysis.confusion_counts([0, 1], [0], 3)


def test_confusion_counts_equals_a_loop_on_random_data():
    rng = np.random.default_rng(5)
    k = 7
    y_true, y_pred = rng.integers(0, k, 2000), rng.integers(0, k, 2000)
    loop = np.zeros((k, k), dtype=int)
    for t, p in zip(y_true, y_pred):
        loop[t, p] += 1
    np.testing.assert_array_equal(analysis.confusion_counts(y_true, y_pred, k), loop)


def test_predicted_classes_sigmoid_threshold_and_softmax_argmax():
    sig = np.array([[0.1], [0.5], [0.51], [0.99]])
    np.testing.assert_array_equal(analysis.predicted_classes(sig), [0, 0, 1, 1])
    tanh = np.array([[-0.2], [0.3]])
    np.testing.assert_array_equal(analysis.predicted_classes(tanh, threshold=0.0), [0, 1])
    soft = np.array([[0.1, 0.7, 0.2], [0.5, 0.2, 0.3], [0.2, 0.3, 0.5]])
    np.testing.assert_array_equal(analysis.predicted_classes(soft), [1, 0, 2])
    with pytest.raises(ValueError):
        analysis.predicted_classes(np.zeros(3))


def test_image_side_and_nice_limit():
    assert image_side(64) == 8 and image_side(16) == 4
    assert image_side(3) is None and image_side(9) is None and image_side(65) is None
    assert nice_limit(0.4731) == pytest.approx(0.48) and nice_limit(0.0) == 1.0
    assert nice_limit(3.0) == pytest.approx(3.0) and nice_limit(12.3) == pytest.approx(13)


# ---------------------------------------------------------------------- weight pictures

def test_weight_images_show_every_neuron_as_its_weights(qtbot, digits):
    view = _show(qtbot, WeightImages())
    W = digits["net"].params(0)[0]
    assert W.shape == (32, 64)
    view.set_weights(W)
    assert len(view.tiles) == 32 and all(t.isVisible() for t in view.tiles)
    assert view.message_text() == ""
    np.testing.assert_array_equal(view.values(), W.reshape(32, 8, 8))
    limit = view.limit()
    assert np.abs(W).max() <= limit <= 1.02 * np.abs(W).max() + 1e-12
    for i, tile in enumerate(view.tiles):
        assert tile.image.shape == (8, 8, 4)
        expected = colormap.to_rgba(W[i].reshape(8, 8), -limit, limit)
        np.testing.assert_array_equal(tile.image, expected)
    assert [label.textItem.toPlainText() for label in view.labels[:3]] == ["1", "2", "3"]
    assert view.colorbar.isVisible()
    assert view.colorbar.ticks()[0][0] == -limit and view.colorbar.ticks()[-1][0] == limit


def test_weight_images_say_why_there_is_no_picture(qtbot):
    view = _show(qtbot, WeightImages())
    view.set_weights(np.ones((5, 64)))
    view.set_weights(np.random.default_rng(0).normal(size=(4, 3)))
    assert "3 inputs do not form an image" in view.message_text()
    assert not any(t.isVisible() for t in view.tiles)
    assert not view.colorbar.isVisible()
    view.set_weights(None)
    assert "No network" in view.message_text()
    view.set_weights(np.ones((5, 64)))
    assert view.message_text() == "" and all(t.isVisible() for t in view.tiles)


def test_weight_images_reuse_their_items(qtbot, digits):
    view = _show(qtbot, WeightImages())
    W = digits["net"].params(0)[0]
    view.set_weights(W)
    tiles, labels = list(view.tiles), list(view.labels)
    scene = len(view.view.scene().items())
    for i in range(20):
        view.set_weights(W * (1 + 0.01 * i))
    assert view.tiles == tiles and view.labels == labels
    assert all(a is b for a, b in zip(view.tiles, tiles))
    assert len(view.view.scene().items()) == scene
    np.testing.assert_array_equal(view.values()[3], (W * 1.19)[3].reshape(8, 8))
    view.set_weights(np.ones((100, 64)))          # more than fit: the first 64
    assert len(view.tiles) == MAX_NEURONS and view.tiles[:32] == tiles
    assert "first 64 of 100" in view.title.text


def test_clicking_a_weight_picture_emits_its_neuron(qtbot, digits):
    view = _show(qtbot, WeightImages())
    view.set_weights(digits["net"].params(0)[0])
    qtbot.wait(20)
    tile = view.tiles[6]
    centre = tile.mapToScene(tile.boundingRect().center())
    with qtbot.waitSignal(view.neuronClicked, timeout=1000) as blocker:
        qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.view.mapFromScene(centre))
    assert blocker.args == [6]
    view.set_selected(6)
    assert view.frame.isVisible()
    assert view.frame.rect().contains(tile.mapRectToParent(tile.boundingRect()))
    assert "Neuron 7" in view.tile_tooltip(6, 0, 1)


# ---------------------------------------------------------------------- sample browser

def _browser(qtbot, digits, size=(1000, 650)):
    browser = _show(qtbot, SampleBrowser(), size)
    ds = digits["ds"]
    browser.set_data(*digits["train"], *digits["test"], ds.feature_names, ds.class_names,
                     "classification", shown_train=digits["raw"][0],
                     shown_test=digits["raw"][1])
    browser.set_network(digits["net"])
    return browser


def test_sample_browser_softmax_probabilities_match_the_network(qtbot, digits):
    browser = _browser(qtbot, digits)
    X, y = digits["test"]
    net = digits["net"]
    predicted = net.forward(X).argmax(axis=1)
    i = int(np.flatnonzero(predicted != y)[0])          # a wrong answer: true != predicted
    browser.set_sample("test", i)
    p = browser.probabilities()
    assert p.shape == (10,)
    assert p.sum() == pytest.approx(1.0, abs=1e-12)
    np.testing.assert_allclose(p, net.forward(X[i:i + 1])[0], rtol=0, atol=1e-12)
    bars = browser.outputs.bars.opts
    np.testing.assert_allclose(bars["width"], p, atol=1e-12)
    frame = browser.outputs.frame.rect()
    assert frame.center().y() == pytest.approx(y[i]), "the frame marks the true class"
    assert browser.outputs.true_text.pos().y() == pytest.approx(y[i])
    blue = [b.color().name() for b in bars["brushes"]]
    assert blue[predicted[i]] == colormap.BLUE and blue.count(colormap.BLUE) == 1
    assert f"true class <b>{y[i]}</b>" in browser.title.text
    assert "wrong" in browser.title.text
    layers = browser.layer_values()
    assert [len(a) for a in layers] == [32, 10]
    np.testing.assert_allclose(layers[0], net.forward_layers(X[i:i + 1])[0][1][0])
    assert browser.input_image.image.shape == (8, 8, 4)
    raw = digits["raw"][1][i].reshape(8, 8)
    grey = browser.input_image.image[..., 0].astype(int)
    assert grey[raw == raw.max()].max() < grey[raw == raw.min()].min(), "ink is dark"


def test_sample_browser_navigation_clamps_and_signals(qtbot, digits):
    browser = _browser(qtbot, digits)
    n_test = len(digits["test"][1])
    with qtbot.waitSignal(browser.sampleChanged, timeout=1000) as blocker:
        browser.set_sample("test", 10_000)
    assert blocker.args == ["test", n_test - 1]
    assert browser.sample() == ("test", n_test - 1)
    assert browser.spin.value() == n_test and browser.slider.value() == n_test - 1
    assert not browser.next_button.isEnabled()
    with qtbot.assertNotEmitted(browser.sampleChanged):
        browser.next_button.click()
    browser.set_sample("test", -5)
    assert browser.sample() == ("test", 0)
    with qtbot.waitSignal(browser.sampleChanged, timeout=1000) as blocker:
        qtbot.mouseClick(browser.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["test", 1]
    browser.spin.setValue(5)                 # the box counts from 1
    assert browser.sample() == ("test", 4)
    with qtbot.waitSignal(browser.sampleChanged, timeout=1000) as blocker:
        qtbot.mouseClick(browser.train_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["train", 4]
    assert "Training sample 5 of" in browser.title.text
    for tip in (browser.prev_button, browser.next_button, browser.spin, browser.slider,
                browser.train_button, browser.test_button):
        assert tip.toolTip()


def test_sample_browser_sigmoid_regression_and_no_data(qtbot):
    browser = _show(qtbot, SampleBrowser())
    assert "No data" in browser.title.text and browser.probabilities().size == 0
    browser.set_network(Network(["a", "b"], [["tanh"]]))      # no data yet: no crash
    rng = np.random.default_rng(1)
    X = rng.normal(size=(20, 3))
    y = (X[:, 0] > 0).astype(int)
    net = Network(["a", "b", "c"], [["tanh"] * 4, ["sigmoid"]], loss="binary_crossentropy")
    browser.set_data(X[:15], y[:15], X[15:], y[15:], ["a", "b", "c"], ["no", "yes"],
                     "classification")
    browser.set_network(net)
    browser.set_sample("train", 3)
    p1 = net.forward(X[3:4])[0, 0]
    np.testing.assert_allclose(browser.probabilities(), [1 - p1, p1], atol=1e-12)
    assert browser.input_bars.isVisible() and not browser.input_image.isVisible()
    np.testing.assert_allclose(browser.input_bars.opts["width"], np.abs(X[3]))
    assert [t.textItem.toPlainText() for t in browser.value_texts] == \
        [f"{v:.3g}" for v in X[3]]
    assert browser.input_plot.getAxis("left")._tickLevels[0] == [(0, "a"), (1, "b"),
                                                                 (2, "c")]
    browser.set_network(Network(["a", "b"], [["sigmoid"]]))   # wrong input count
    assert "2 inputs but the data has 3" in browser.title.text
    target = X @ [1.0, -2.0, 0.5]
    reg = Network(["a", "b", "c"], [["tanh"] * 2, ["linear"]])
    browser.set_data(X[:15], target[:15], X[15:], target[15:], problem="regression")
    browser.set_network(reg)
    browser.set_sample("test", 2)
    np.testing.assert_allclose(browser.probabilities(),
                               [target[17], reg.forward(X[17:18])[0, 0]], atol=1e-12)
    assert browser.outputs.text_strings()[0] == f"{target[17]:.3g}"
    browser.set_data(None, None)
    assert "No data" in browser.title.text and browser.layer_values() == []


# ---------------------------------------------------------------------- confusion matrix

def test_confusion_matrix_writes_the_counts(qtbot, digits):
    view = _show(qtbot, ConfusionMatrix(), (700, 700))
    net, names = digits["net"], digits["ds"].class_names
    matrices = [analysis.confusion_counts(y, analysis.predicted_classes(net.forward(X)), 10)
                for X, y in (digits["train"], digits["test"])]
    view.set_counts(*matrices, names)
    assert view.split() == "test"
    texts = [[t.textItem.toPlainText() for t in view.texts[r * 10:(r + 1) * 10]]
             for r in range(10)]
    assert texts == [[str(c) for c in row] for row in matrices[1]]
    assert view.cell_texts() == texts
    acc = np.trace(matrices[1]) / matrices[1].sum()
    assert f"accuracy {100 * acc:.1f}%" in view.title.text
    assert view.plot.getAxis("left")._tickLevels[0][3] == (3.5, "3")
    rgba = view.image.image
    assert rgba.shape == (10, 10, 4)
    diag = rgba[np.arange(10), np.arange(10)].astype(int)
    assert (diag[:, 2] > diag[:, 0]).all(), "right answers are blue"
    wrong = (matrices[1] > 0) & ~np.eye(10, dtype=bool)
    assert wrong.any(), "the test set should hold a few mistakes"
    assert (rgba[wrong][:, 0] > rgba[wrong][:, 2]).all(), "confusions are orange"
    qtbot.mouseClick(view.train_button, Qt.MouseButton.LeftButton)
    assert view.split() == "train"
    assert view.cell_texts() == [[str(c) for c in row] for row in matrices[0]]
    m = matrices[0]
    items = list(view.texts)
    view.set_counts(matrices[0] * 2, None, names)      # same K: texts reused; no test split
    assert view.texts == items and view.split() == "train"
    assert not view.test_button.isEnabled()
    assert view.cell_texts()[0][0] == str(2 * m[0, 0])
    view.set_counts(np.array([[3, 1], [0, 4]]), np.array([[1, 0], [2, 5]]), ["bad", "good"])
    assert view.cell_texts() == [["3", "1"], ["0", "4"]]


# ---------------------------------------------------------------------- look and export

def test_font_scale_enlarges_text(qtbot, digits):
    weights = _show(qtbot, WeightImages())
    weights.set_weights(digits["net"].params(0)[0])
    browser = _browser(qtbot, digits)
    matrix = _show(qtbot, ConfusionMatrix(), (900, 900))
    matrix.set_counts(np.eye(3, dtype=int) * 5, None, ["a", "b", "c"])

    def sizes():
        return [weights.labels[0].textItem.font().pointSizeF(),
                weights.colorbar.getAxis("right").style["tickFont"].pointSizeF(),
                browser.outputs.plot.getAxis("left").style["tickFont"].pointSizeF(),
                browser.rows.plot.getAxis("left").style["tickFont"].pointSizeF(),
                browser.outputs.texts[0].textItem.font().pointSizeF(),
                browser.spin.font().pointSizeF(),
                matrix.plot.getAxis("bottom").style["tickFont"].pointSizeF(),
                matrix.cell_font_points(),
                matrix.train_button.font().pointSizeF()]

    before = sizes()
    assert min(before) >= 11, "text must read on a projector"
    for widget in (weights, browser, matrix):
        widget.set_font_scale(1.5)
    np.testing.assert_allclose(sizes(), [1.5 * s for s in before])
    for title in (weights.title, browser.title, matrix.title):
        assert title.opts["size"] == "21.0pt"        # 14 pt titles, times 1.5


def test_render_with_digits_and_export(qtbot, digits, tmp_path):
    net = digits["net"]
    weights = _show(qtbot, WeightImages())
    weights.set_weights(net.params(0)[0])
    browser = _browser(qtbot, digits)
    browser.set_sample("test", 7)
    matrix = _show(qtbot, ConfusionMatrix(), (700, 700))
    matrix.set_counts(*[analysis.confusion_counts(y, net.forward(X).argmax(1), 10)
                        for X, y in (digits["train"], digits["test"])],
                      digits["ds"].class_names)
    qtbot.wait(50)
    for name, widget in (("weights", weights), ("browser", browser), ("confusion", matrix)):
        _save_and_check(widget, tmp_path / f"{name}.png")
        png = export_plot(widget, tmp_path / f"{name}-export.png")
        assert QImage(str(png)).width() > 300
        svg = export_plot(widget, tmp_path / f"{name}.svg").read_text(encoding="utf-8")
        assert "<svg" in svg and len(svg) > 1000


def test_hover_texts_name_the_value(qtbot, digits):
    browser = _browser(qtbot, digits)
    browser.set_sample("train", 0)
    a = browser.layer_values()[0]
    image = browser.rows.images[0]
    assert image.tooltip(0, 4, a[4]) == f"hidden 1, neuron 5: a = {a[4]:.4g}"
    # hovering the middle of cell 5 in image pixels picks cell 5 (index 4)
    pos = QPointF((4 + 0.5) * image.block, 0.5)

    class Hover:
        def isExit(self):
            return False

        def pos(self):
            return pos

    image.hoverEvent(Hover())
    assert image.toolTip() == f"hidden 1, neuron 5: a = {a[4]:.4g}"


def test_an_output_layer_that_does_not_fit_the_classes_says_so(qtbot):
    """Two more output neurons on a two-class network: no exception on every frame."""
    from core import experiment, netfile
    from core.network import Network
    from gui.data_views import DataViews

    doc = netfile.default_document()
    views = DataViews()
    qtbot.addWidget(views)
    views.show()
    views.set_bundle(experiment.build_data(doc))
    views.setCurrentWidget(views.confusion)
    net = Network(doc.network.input_names, [["tanh"] * 4, ["sigmoid"] * 3], seed=0)
    views.update_views(net)
    assert views.confusion.counts() is None
    assert "3 neurons for 2 classes" in views.confusion.title.text
