"""File > Export: NumPy/PyTorch scripts and plot images, from the menu and from a plot's
right-click menu; failures become messages, never exceptions."""

import importlib.util

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from core import experiment
from gui.exports import PlotExportMenu, add_export_menu, exports_of


def _answer(window, path):
    """Replace the file dialog: it answers ``path`` and records what it was asked."""
    asked = []

    def ask(caption, suggested, filters):
        asked.append((caption, suggested, filters))
        return None if path is None else str(path)
    exports_of(window).ask_path = ask
    return asked


def _menu_action(window, text):
    for action in window.actions_.export_menu.actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no {text!r} in File > Export")


def _check_png(path, min_size=(200, 100)):
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a readable PNG"
    assert image.width() >= min_size[0] and image.height() >= min_size[1]
    # not one flat colour: something was drawn
    small = image.scaled(40, 40).convertToFormat(QImage.Format.Format_RGB32)
    colours = {small.pixel(x, y) for x in range(40) for y in range(40)}
    assert len(colours) > 3


def _check_svg(path):
    text = path.read_text(encoding="utf-8")
    assert text.lstrip().startswith(("<?xml", "<svg"))
    assert "<path" in text or "<text" in text


def _import(path):
    spec = importlib.util.spec_from_file_location(f"exported_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_numpy_script_from_the_menu_reproduces_the_network(window, tmp_path):
    asked = _answer(window, tmp_path / "circle")           # no extension: .py is added
    _menu_action(window, "NumPy Script…").trigger()
    assert asked[0][1] == "circle_numpy.py" and "*.py" in asked[0][2]
    path = tmp_path / "circle.py"
    assert path.is_file() and not window.errors
    assert str(path) in window.statusBar().currentMessage()
    module = _import(path)
    doc = window.document.doc
    bundle = experiment.build_data(doc)
    X_raw = bundle.dataset.X
    np.testing.assert_allclose(module.predict(X_raw), doc.network.forward(bundle.inputs(X_raw)),
                               rtol=1e-12, atol=1e-12)


def test_pytorch_script_from_the_menu(window, tmp_path):
    _answer(window, tmp_path / "circle_torch.py")
    _menu_action(window, "PyTorch Script…").trigger()
    text = (tmp_path / "circle_torch.py").read_text()
    compile(text, "circle_torch.py", "exec")
    assert "class Network(nn.Module)" in text and "def train(" in text
    assert not window.errors


def test_script_errors_are_messages(window, tmp_path):
    _answer(window, tmp_path / "missing" / "net.py")
    _menu_action(window, "NumPy Script…").trigger()
    assert len(window.errors) == 1 and "does not exist" in window.errors[0]
    _answer(window, tmp_path / "torch.py")
    _menu_action(window, "PyTorch Script…").trigger()
    assert "import itself" in window.errors[1]
    _answer(window, None)                                   # cancelled: nothing happens
    _menu_action(window, "NumPy Script…").trigger()
    assert len(window.errors) == 2 and list(tmp_path.iterdir()) == []


def test_script_of_data_that_cannot_be_built_is_a_message(window, tmp_path):
    document = window.document
    document.set_data({"source": "csv", "path": str(tmp_path / "gone.csv")},
                      document.checkpoint())
    assert document.data_bundle() is None
    _answer(window, tmp_path / "net.py")
    _menu_action(window, "NumPy Script…").trigger()
    assert len(window.errors) == 1 and "gone.csv" in window.errors[0]
    assert not (tmp_path / "net.py").exists()


PLOTS = [("Loss Plot Image…", "loss_plot"), ("Map Image…", "map"),
         ("Activation Plot Image…", "activation_plot"), ("Data View Image…", "weights_view")]


@pytest.mark.parametrize("text, slug", PLOTS)
def test_plot_images_from_the_menu(window, tmp_path, text, slug):
    if slug == "weights_view":
        window.data_dock.raise_()
        window.data_views.setCurrentWidget(window.data_views.weights)
    asked = _answer(window, tmp_path / f"{slug}.png")
    _menu_action(window, text).trigger()
    assert asked[0][1] == f"circle_{slug}.png"
    assert not window.errors
    _check_png(tmp_path / f"{slug}.png")
    _answer(window, tmp_path / f"{slug}.svg")
    _menu_action(window, text).trigger()
    assert not window.errors
    _check_svg(tmp_path / f"{slug}.svg")
    _answer(window, tmp_path / "nowhere" / f"{slug}.png")
    _menu_action(window, text).trigger()
    assert len(window.errors) == 1 and "does not exist" in window.errors[0]
    _answer(window, tmp_path / f"{slug}.jpg")
    _menu_action(window, text).trigger()
    assert len(window.errors) == 2 and ".png or .svg" in window.errors[1]


def test_map_without_a_plane_is_a_message(window, tmp_path):
    window.surface.show_message("8 inputs do not make a plane to draw")
    _answer(window, tmp_path / "map.png")
    _menu_action(window, "Map Image…").trigger()
    assert len(window.errors) == 1 and "no map" in window.errors[0]
    assert not (tmp_path / "map.png").exists()


def _right_click(view):
    viewport = view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(viewport.width() // 2, viewport.height() // 2))


def test_right_click_on_a_plot_offers_export_image(window, tmp_path):
    menus = [m for m in window.loss_plot.findChildren(PlotExportMenu)]
    assert len(menus) == 1
    shown = []
    menus[0].popup = shown.append                 # the menu itself opens a popup window
    _right_click(menus[0].parent())
    assert len(shown) == 1
    _answer(window, tmp_path / "loss.svg")
    assert menus[0].menu.actions()[0].text() == "Export Image…"
    menus[0].action.trigger()
    _check_svg(tmp_path / "loss.svg")
    assert not window.errors


def test_every_main_plot_has_the_right_click_menu(window):
    views = window.data_views
    for target in (window.loss_plot, window.surface.plot, window.curve_plot, views.weights,
                   views.samples, views.confusion):
        assert target.findChildren(PlotExportMenu), type(target).__name__


def test_add_export_menu_on_a_new_plot_and_a_viewbox_menu(window, qtbot, tmp_path):
    """Another panel's plot: a PlotWidget whose ViewBox menu is on gets our entry in it,
    not pyqtgraph's Export dialog; a right click on empty space opens ours."""
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.plot([0, 1, 2, 3], [1, 3, 2, 4], pen="b")
    plot.show()
    qtbot.waitExposed(plot)
    menu = add_export_menu(plot, window, "test plot")
    assert plot.scene().contextMenu == [menu.action]
    vb_menu = plot.getViewBox().getMenu(None)
    assert plot.scene().addParentContextMenus(plot.getViewBox(), vb_menu, _Event()) \
        .actions()[-1] is menu.action
    _answer(window, tmp_path / "test.png")
    menu.action.trigger()
    _check_png(tmp_path / "test.png")
    assert "test plot" in window.statusBar().currentMessage()


class _Event:
    acceptedItem = None
