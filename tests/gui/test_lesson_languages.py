"""Lessons in the interface's language: the Lessons menu, the notes panel and the window
title show a lesson's own translation (meta.translations) when the file has one, and
English otherwise."""

from __future__ import annotations

import pytest

from core import netfile
from gui import lessons


def _untranslated(tmp_path, name="03_why_nonlinear"):
    """A copy of a lesson without meta.translations: what an untranslated lesson is."""
    doc = netfile.load(lessons.LESSONS_DIR / f"{name}.nsnet")
    doc.meta.pop("translations", None)
    path = tmp_path / f"{name}.nsnet"
    netfile.save(doc, path)
    return path


@pytest.fixture
def german(qapp):
    """The interface language as a German start sets it (gui.language), without loading
    a catalogue: only the lessons' own texts change."""
    qapp.setProperty("neuronStudioLanguage", "de")
    yield
    qapp.setProperty("neuronStudioLanguage", None)


def test_menu_entries_follow_the_language(german, tmp_path):
    entries = {e.path.stem: e for e in lessons.find_lessons()}
    assert entries["01_one_neuron"].title == "Ein Neuron"
    assert entries["02_coffee_roasting"].summary.startswith("Drei Sigmoid-Neuronen")
    assert entries["03_why_nonlinear"].title == "Warum nichtlinear?"
    _untranslated(tmp_path)
    assert [e.title for e in lessons.find_lessons(tmp_path)] == ["Why non-linear?"]


def test_a_lesson_opens_with_its_german_notes_and_an_untranslated_one_in_english(
        german, window, tmp_path):
    window.ask_save_changes = lambda: "discard"
    assert window.lessons.open_lesson(lessons.LESSONS_DIR / "02_coffee_roasting.nsnet")
    notes = window.lessons.notes
    assert notes.title.text() == "Kaffeerösten"
    assert "Eine Röstung ist gut innerhalb eines Dreiecks" in notes.notes_text()
    assert window.windowTitle().startswith("Kaffeerösten")
    assert "Kaffeerösten" in window.statusBar().currentMessage()
    assert window.lessons.open_lesson(_untranslated(tmp_path))
    assert notes.title.text() == "Why non-linear?"
    assert notes.notes_text().startswith("Two moons hook into each other")
