"""The editor's canvas and the plots show their words in the language loaded.

A pseudo-translator turns every text into "[§ text §]": a word drawn without the marker
went around translate(). Names of data (the inputs "X₁", "X₂") and the activation labels
core gives ("Tanh") are not the editor's words and stay as they are. The general check of
every view and dialog is tests/gui/test_translation_coverage.py.
"""

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale

from gui.editor import lettering
from gui.editor.items import HeaderItem
from gui.plots.activation_plot import ActivationPlot
from gui.plots.loss_plot import LossPlot
from tests.gui.pseudo_language import CLOSE, OPEN

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("gui/editor", "gui/plots")





def unmarked(texts) -> list[str]:
    """The texts that are not wholly one translated text."""
    return [t for t in texts if not (t.startswith(OPEN) and t.endswith(CLOSE))]


def header_texts(ed) -> list[str]:
    scene = ed.scene()
    texts = []
    for header in (scene.input_header, *scene.headers):
        texts += [header.title, header.detail, header.short]
        texts += [t.text for t in header.drawn_texts()]
    return texts


def test_the_check_finds_a_word_left_in_english(pseudo, qapp):
    header = HeaderItem(("layer", 0), "Hidden 1", "4 units", "H1")
    assert unmarked([t.text for t in header.drawn_texts()]) == ["Hidden 1", "4 units"]


def test_the_canvas_headers_and_hints_are_translated(pseudo, make_editor):
    env = make_editor()          # 2-4-2-1 tanh on Playground's circle: 2 of 7 inputs on
    ed = env.ed
    texts = header_texts(ed)
    assert "[§ Hidden 2 §]" in texts and "[§ Output §]" in texts and "[§ Inputs §]" in texts
    assert "[§ 4 units §]" in texts and "[§ 2 of 7 on §]" in texts      # %n, {on} filled in
    assert "[§ H1 §]" in texts and "[§ Out §]" in texts and "[§ In §]" in texts
    assert unmarked(texts) == []
    # the inputs' names are data: drawn as they are, not as a translated word
    names = [t.text for item in ed.scene().inputs for t in item.drawn_texts()]
    assert "X₁" in names and unmarked(names) == names
    for key in (("layer", 0), ("neuron", 1, 0), ("bias", 0, 2), ("link", 1, 0, 3),
                ("input", 0), ("feature", "x1^2")):
        assert OPEN in ed.describe(key), key
    ed.delete_selected()                               # nothing selected: a status message
    assert unmarked(env.messages[-1:]) == []
    menu = ed.context_menu_for(ed.neuron_item(1, 0).scenePos())
    words = [a.text() for a in menu.actions() if a.objectName()]       # not the activations
    assert words and unmarked(words) == []


def test_a_longer_translation_is_measured_in_projection(pseudo, make_editor):
    """A projected, zoomed-out header measures the translated title: "[§ Hidden 1 §]" no
    longer fits where "Hidden 1" did, so the translated short form is drawn, inside."""
    env = make_editor()
    scene = env.ed.scene()
    scene.set_scale_style(1.75)
    scene.set_text_floor(lettering.MIN_PX / 0.3)     # a zoom of 0.3: large text in the scene
    header = scene.headers[0]
    drawn = header.drawn_texts()
    assert [t.text for t in drawn] == ["[§ H1 §]"]
    assert drawn[0].box().width() <= header.width


def test_plot_titles_axes_and_boxes_are_translated(pseudo, qtbot):
    loss = LossPlot()
    qtbot.addWidget(loss)
    loss.set_history({"epoch": [1, 2], "train_loss": [0.5, 0.4], "test_loss": [0.6, 0.5],
                      "train_accuracy": [0.5, 0.6], "test_accuracy": [0.5, 0.7]})
    loss.flush()
    labels = [loss.loss_plot.getAxis("left").labelText,
              loss.accuracy_plot.getAxis("left").labelText,
              loss.accuracy_plot.getAxis("bottom").labelText, loss.log_box.text()]
    assert unmarked(labels) == []
    assert "[§ Loss after epoch 2 §]" in loss.title.text and "[§ test accuracy" in \
        loss.title.text.replace("&nbsp;", " ")
    plot = ActivationPlot()
    qtbot.addWidget(plot)
    plot.set_activation("relu")
    axes = [plot.plot.getAxis(side).labelText for side in ("bottom", "left", "right")]
    assert unmarked(axes) == []
    assert [text for _, _, text in plot.flat_regions()] == ["[§ no gradient §]"]


def _calls(files) -> set[tuple]:
    """(context, text, disambiguation) of every translate() call in ``files``."""
    keys = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate":
                args = [a.value if isinstance(a, ast.Constant) else a for a in node.args]
                assert all(isinstance(a, str) for a in args[:2]), f"{path}:{node.lineno}"
                keys.add((args[0], args[1], args[2] if len(args) > 2 else None))
    return keys


def test_pyside6_lupdate_finds_every_text_of_the_editor_and_the_plots(tmp_path):
    """pyside6-lupdate silently skips a call whose count is not a plain name
    (``translate(c, t, None, len(x) - 1)``): such a text would never be translated."""
    files = [p for package in PACKAGES for p in sorted((ROOT / package).glob("*.py"))]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ts = tmp_path / "views.ts"
    subprocess.run([str(lupdate), *map(str, files), "-ts", str(ts)], check=True,
                   capture_output=True, timeout=60)
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            comment = message.find("comment")
            found.add((context.findtext("name"), message.findtext("source"),
                       None if comment is None else comment.text))
    calls = _calls(files)
    assert len(calls) > 200 and calls - found == set()


def test_a_left_axis_names_itself_only_where_the_translated_name_fits(pseudo, qtbot):
    loss = LossPlot()
    qtbot.addWidget(loss)
    loss.resize(600, 700)
    loss.show()
    qtbot.waitExposed(loss)
    axis = loss.loss_plot.getAxis("left")
    qtbot.waitUntil(lambda: axis.label.isVisibleTo(axis))        # "[§ loss §]" fits
    loss.resize(600, 200)                 # the plots get lower than the translated names
    qtbot.waitUntil(lambda: not axis.label.isVisibleTo(axis))
    assert axis.labelText == "[§ loss §]"                         # kept for a taller plot
    loss.resize(600, 700)
    qtbot.waitUntil(lambda: axis.label.isVisibleTo(axis))


def test_the_axes_write_their_numbers_with_the_languages_decimal_point(qtbot):
    plot = ActivationPlot()
    qtbot.addWidget(plot)
    axis, before = plot.plot.getAxis("left"), QLocale()
    english = axis.tickStrings([0.0, 0.5, 1.0], 1.0, 0.5)
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert axis.tickStrings([0.0, 0.5, 1.0], 1.0, 0.5) == ["0", "0,5", "1,0"]
    finally:
        QLocale.setDefault(before)
    assert english == ["0", "0.5", "1.0"]
