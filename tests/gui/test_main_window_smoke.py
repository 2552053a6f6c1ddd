"""The main window opens offscreen, has its menus, and renders to a PNG."""

from PySide6.QtGui import QImage

from gui.main_window import MainWindow, describe_document


def _menu_titles(window):
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_main_window_has_title_menus_and_renders(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)

    assert window.windowTitle() == "Neuron Studio"
    assert _menu_titles(window) == ["File", "Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert "Open" in window.open_action.text()
    assert "loaded" in window.summary.text()

    png = tmp_path / "main_window.png"
    assert window.grab().save(str(png))
    image = QImage(str(png))
    assert png.stat().st_size > 0
    assert (image.width(), image.height()) == (1000, 700)


def test_default_network_summary_lists_its_layers():
    from core.netfile import default_document

    lines = describe_document(default_document())
    assert any(line.startswith("Inputs:") for line in lines)
    assert any(line.startswith("Output layer:") for line in lines)


def test_opening_a_bad_file_names_the_problem_and_keeps_the_network(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    before = window.document
    errors = []
    window.show_error = lambda title, text: errors.append(text)
    bad = tmp_path / "broken.nsnet"
    bad.write_text("{not json", encoding="utf-8")

    assert window.open_file(bad) is False
    assert len(errors) == 1 and errors[0].startswith("broken.nsnet: ")
    assert window.document is before
    assert window.windowTitle() == "Neuron Studio"
