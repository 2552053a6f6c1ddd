"""The built-in sets' class names (core.datasets gives them: "orange"/"blue", "not obese"/
"obese", ...) are shown in the installed language on the Map's colour bar, in the
inspector and in One sample, while the data, files and exports keep them in English; a
CSV file's class names are shown as the file has them."""

import dataclasses

import pytest
from PySide6.QtCore import QTranslator

from core import experiment, netfile
from core.export.common import collect
from gui import lessons
from gui.inspector.checks import data_problem
from gui.language import APP_CATALOGUE, I18N_DIR
from tests.gui.test_editor_readability import settle
from tests.gui.test_projection import make_window


@pytest.fixture
def german(qapp):
    translator = QTranslator(qapp)
    assert translator.load(f"{APP_CATALOGUE}_de", str(I18N_DIR))
    assert qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_a_built_in_set_s_class_names_are_shown_translated_and_kept_in_english(german,
                                                                               tmp_path):
    doc = netfile.default_document()                           # Playground's circle
    bundle = experiment.build_data(doc)
    assert bundle.class_names == ("orange", "blue")           # the data and files: English
    assert bundle.class_labels == ("orange", "blau")          # what a person reads
    assert collect(doc, bundle).class_names == ["orange", "blue"]    # an exported script
    obesity = {"source": "builtin", "name": "obesity", "samples": 50, "noise": 0.0,
               "seed": 1}
    assert data_problem(obesity).describe() == \
        "Klassifikation, 2 Klassen (nicht adipös, adipös)"
    # a file's own names stay as they are, even where they match a built-in set's
    (tmp_path / "points.csv").write_text("x1,x2,colour\n0,1,blue\n1,0,orange\n2,2,blue\n"
                                         "3,1,orange\n", encoding="utf-8")
    csv = dataclasses.replace(doc, data={"source": "csv", "path": "points.csv"})
    bundle = experiment.build_data(csv, base_dir=tmp_path)
    assert bundle.class_labels == bundle.class_names == ("blue", "orange")


def test_the_map_and_one_sample_name_the_classes_in_german(german, qtbot):
    w = make_window(qtbot, (1280, 720))
    assert w.lessons.open_lesson(lessons.LESSONS_DIR / "01_one_neuron.nsnet")
    w.sample_action.trigger()
    qtbot.waitUntil(lambda: w.surface.plot.colorbar.ticks()[0][1] != "", timeout=3000)
    settle()
    ticks = [text for _, text in w.surface.plot.colorbar.ticks()]
    assert "nicht adipös" in ticks[0] and "adipös" in ticks[-1], ticks
    assert "Klassen (nicht adipös, adipös)" in w.inspector.network.problem.text()
    line = w.sample_explainer.picker.about.text()
    assert "Klasse nicht adipös" in line or "Klasse adipös" in line, line
