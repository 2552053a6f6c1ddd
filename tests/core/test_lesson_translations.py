"""A lesson's title, summary and notes in other languages (meta.translations): checked when
the file is read, with errors that name the field; shown in the reader's language where
present, else in English."""

from __future__ import annotations

import copy
import json

import pytest

from core import netfile
from core.lesson_translations import MAX_CHARS, check_translations, localized
from resources.lessons import make_lessons

META = {"title": "Coffee roasting", "notes": "A roast is good...",
        "lesson": {"order": 2, "summary": "Three edges"},
        "translations": {"de": {"title": "Kaffeerösten", "notes": "Eine Röstung..."},
                         "fr": {"summary": "Trois bords"}}}


def test_the_readers_language_where_present_else_english():
    assert localized(META, "de") == {"title": "Kaffeerösten", "summary": "Three edges",
                                     "notes": "Eine Röstung..."}
    assert localized(META, "de_AT")["title"] == "Kaffeerösten"
    assert localized(META, "fr") == {"title": "Coffee roasting", "summary": "Trois bords",
                                     "notes": "A roast is good..."}
    assert localized(META, "es") == localized(META, "en") == localized(
        {k: v for k, v in META.items() if k != "translations"}, "de")


def test_unchecked_meta_never_breaks_the_lookup():
    for bad in ({"translations": []}, {"translations": {"de": "x"}},
                {"translations": {"de": {"title": 5}}}, {"lesson": "x"}):
        assert localized(bad, "de") == {"title": "", "summary": "", "notes": ""}


@pytest.mark.parametrize("translations, error", [
    ([], "meta.translations: expected an object {...}, got a list"),
    ({"German": {}}, "meta.translations: 'German' is not a language code"),
    ({"de": "Kaffee"}, "meta.translations.de: expected an object {...}, got a string"),
    ({"de": {"titel": "x"}}, "meta.translations.de: unknown text 'titel'; expected one of: "
                             "title, summary, notes"),
    ({"de": {"notes": ["x"]}}, "meta.translations.de.notes: expected a string, got a list"),
    ({"pt_BR": {"title": "x" * (MAX_CHARS["title"] + 1)}},
     "meta.translations.pt_BR.title: longer than 200 characters"),
    ({f"{a}{b}": {} for a in "abc" for b in "abcdefghijklmnopqrstuvwxyz"},
     "meta.translations: 78 languages; at most 40"),
])
def test_bad_translations_name_the_field(translations, error):
    with pytest.raises(netfile.NetFileError) as caught:
        check_translations(translations)
    assert str(caught.value).startswith(error)
    doc = json.loads(netfile.dumps(netfile.default_document()))
    doc["meta"]["translations"] = translations
    with pytest.raises(netfile.NetFileError, match="meta.translations"):
        netfile.loads(json.dumps(doc))


def test_translations_survive_a_save_and_load():
    doc = netfile.default_document()
    doc.meta = copy.deepcopy(META)
    again = netfile.loads(netfile.dumps(doc))
    assert again.meta["translations"] == META["translations"]


def test_the_first_two_lessons_read_in_german():
    for name, title in (("01_one_neuron", "Ein Neuron"), ("02_coffee_roasting", "Kaffeerösten")):
        doc = netfile.load(make_lessons.HERE / f"{name}.nsnet")
        texts = localized(doc.meta, "de")
        assert texts["title"] == title and texts["summary"] and texts["notes"]
        assert texts["notes"] != doc.meta["notes"] and "\n1. " in texts["notes"]
        assert set(texts["notes"].splitlines()[0]) & set("äöüßÄÖÜ ")


def test_challenges_read_in_german_too():
    doc = netfile.load(make_lessons.CHALLENGES / "c1_fewest_neurons.nsnet")
    texts = localized(doc.meta, "de")
    assert texts["title"].startswith("Herausforderung")
    assert texts["notes"] != doc.meta["notes"] and "\n1. " in texts["notes"]
