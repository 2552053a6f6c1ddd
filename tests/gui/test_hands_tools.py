"""Teaching tools, the training speed box and the Network menu under a person's hands
(user guide: "Teaching tools", "Training and the live views", "Data and training
settings": Network > Loss). Buttons are clicked, keys go to the focused widget, menus are
opened with Alt and a letter and answered with the arrows and Return.
"""

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget

from core import netfile
from core.netfile import Document
from core.netfile_validate import TRAINING_DEFAULTS
from core.network import Network

K = Qt.Key
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier




def choose(hands, text):
    """In the open menu (it has the keyboard): Down to ``text``, then Return."""
    menu = hands.menu()
    for _ in range(len(menu.actions()) + 1):
        if menu.activeAction() is not None and menu.activeAction().text() == text:
            QTest.keyClick(menu, K.Key_Return)
            hands.settle()
            return menu
        QTest.keyClick(menu, K.Key_Down)
    raise AssertionError(f"{text!r} not in {[a.text() for a in menu.actions()]}")


def test_one_sample_steps_with_the_arrow_keys_and_the_buttons(window, canvas, hands):
    hands.key(K.Key_I, CTRL)
    dock = window.findChild(QDockWidget, "sampleDock")
    hands.qtbot.waitUntil(dock.isVisible, timeout=2000)
    panel = dock.widget().widget()
    hands.qtbot.waitUntil(lambda: len(panel.steps) > 2, timeout=5000)
    assert panel.isAncestorOf(hands.focused()) or hands.focused() is panel
    hands.key(K.Key_Right)
    hands.key(K.Key_Right)
    assert panel.index == 2
    assert window.editor.selection() is None             # not the canvas's arrows
    hands.key(K.Key_Left)
    assert panel.index == 1
    hands.click(panel.next)
    assert panel.index == 2
    hands.click(panel.back)
    hands.click(panel.back)
    assert panel.index == 0


def test_clicking_a_point_on_the_map_explains_that_sample(window, canvas, hands):
    hands.key(K.Key_I, CTRL)
    panel = window.findChild(QDockWidget, "sampleDock").widget().widget()
    hands.qtbot.waitUntil(lambda: len(panel.steps) > 2, timeout=5000)
    plot = window.surface.plot
    window.show_panel(window.surface_dock)
    bundle = window.document.data_bundle()
    X, every = bundle.raw_train.X, np.vstack([bundle.raw_train.X, bundle.raw_test.X])
    gaps = np.hypot(*(X[:, None, :2] - every[None, :, :2]).T)
    gaps[gaps == 0] = np.inf
    index = int(np.argmax(gaps.min(axis=0)))     # the loneliest point: no near miss
    assert panel.picker.current() != ("train", index)
    view = plot.plot.vb.scene().views()[0]
    hands.settle(5)
    point = view.mapFromScene(plot.plot.vb.mapViewToScene(QPointF(*X[index, :2])))
    hands.click(view, point)
    hands.qtbot.waitUntil(lambda: panel.picker.current() == ("train", index), timeout=2000)


def test_the_speed_box_by_keyboard(window, hands):
    speed = window.training_bar.speed
    hands.click(speed)
    view = speed.view()
    hands.qtbot.waitUntil(view.isVisible, timeout=2000)
    for _ in range(3):
        hands.key(K.Key_Down)
    hands.key(K.Key_Return)
    assert speed.currentText() == "10 epochs/s"
    assert window.controller.max_rate == 10.0


def test_log_scale_box_under_the_loss_plot(window, hands):
    box = window.loss_plot.log_box
    assert not box.isChecked()
    hands.click(box, box.rect().center())
    assert box.isChecked()
    assert window.loss_plot.loss_plot.ctrl.logYCheck.isChecked()      # the plot follows
    hands.key(K.Key_Space)                               # on the box: unticks, no Play
    assert not box.isChecked() and not window.controller.running


def test_projection_text_size_from_the_view_menu(window, canvas, hands):
    hands.key(K.Key_V, ALT)
    menu = hands.menu()
    choose(hands, "Projection &Text Size")
    hands.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not menu, timeout=2000)
    sizes = QApplication.activePopupWidget()
    target = next(a for a in sizes.actions() if not a.isChecked())
    choose(hands, target.text())
    assert window.projection.scale == target.data()
    assert target.isChecked()


def test_network_loss_menu_with_alt_n(window, canvas, hands):
    assert window.document.network.loss == "binary_crossentropy"
    hands.key(K.Key_N, ALT)
    choose(hands, "&Loss")
    hands.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None and
                          QApplication.activePopupWidget().title() == "&Loss", timeout=2000)
    from core import losses
    choose(hands, losses.LABELS["mse"])
    assert window.document.network.loss == "mse"
    assert window.undo_stack.count() == 1
    window.activateWindow()
    hands.focus(canvas)
    hands.key(K.Key_Z, CTRL)
    assert window.document.network.loss == "binary_crossentropy"


def test_tools_menu_switches_the_neuron_flags_off(window, canvas, hands):
    hands.key(K.Key_O, ALT)                              # T&ools
    menu = hands.menu()
    action = next(a for a in menu.actions() if "Flags" in a.text())
    assert action.isChecked()
    choose(hands, action.text())
    assert not action.isChecked()


def mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].upper() if i >= 0 else None


def test_no_panel_label_takes_a_menu_bars_alt_key(window):
    """A label's Alt+letter (its buddy's shortcut) made the menu's Alt+letter ambiguous:
    Alt+L moved the focus to the learning rate, hidden in its tab, instead of opening
    the Lessons menu; Alt+O did the same with the optimizer instead of Tools."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    menus = {mnemonic(a.text()) for a in window.menuBar().actions()} - {None}
    assert {"L", "O"} <= menus
    taken = {}
    for widget in window.findChildren(QLabel):
        if widget.buddy() is not None and mnemonic(widget.text()):
            taken[widget.text()] = mnemonic(widget.text())
    for widget in window.findChildren(QAbstractButton):
        if mnemonic(widget.text()) and not widget.text().startswith("&&"):
            taken[widget.text()] = mnemonic(widget.text())
    assert {t: k for t, k in taken.items() if k in menus} == {}


def test_lessons_menu_opens_a_lesson(window, canvas, hands):
    hands.key(K.Key_L, ALT)
    menu = hands.menu()
    first = next(a for a in menu.actions() if a.text() and not a.menu())
    choose(hands, first.text())
    hands.qtbot.waitUntil(lambda: window.document.doc.meta.get("title") != "Circle",
                          timeout=3000)
    assert window.document.path is None                  # an unsaved copy


def small_lesson() -> Document:
    net = Network(["x1", "x2"], [["tanh"] * 3, ["sigmoid"]], loss="binary_crossentropy",
                  seed=3)
    data = {"source": "builtin", "name": "circle", "samples": 40, "noise": 0.0, "seed": 4}
    meta = {"title": "How many neurons?", "notes": "",
            "trials": {"setting": "units", "layer": 0, "values": [1, 3], "epochs": 3}}
    doc = Document(net, data, {**TRAINING_DEFAULTS, "optimizer": "adam"}, meta)
    return netfile.loads(netfile.dumps(doc))


def test_trials_run_and_use_the_best_by_clicking(window, hands):
    window.document.replace(small_lesson(), None)
    hands.focus(window.editor)
    hands.key(K.Key_T, CTRL)
    panel = window.findChild(QDockWidget, "trialsDock").widget().widget()
    hands.qtbot.waitUntil(panel.isVisible, timeout=2000)
    hands.click(panel.run_button)
    hands.qtbot.waitUntil(lambda: not panel.runner.running, timeout=20_000)
    assert all(r is not None for r in panel.results), panel.status.text()
    best = panel.results[panel.best_index].document.network.sizes
    hands.click(panel.best_button)
    assert window.document.network.sizes == best
    assert "Use trial" in window.undo_stack.undoText()
