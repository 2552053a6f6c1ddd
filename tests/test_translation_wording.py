"""Wording the catalogues (resources/i18n) must keep, found in a walk through the German and
Spanish interface: a term means one thing everywhere, and typography follows the language."""

import re
import xml.etree.ElementTree as ET

import pytest

from resources.i18n import update

LANGUAGES = ("de", "fr", "es")


def _translations(lang: str, context: str | None = None) -> list[tuple[str, str, str]]:
    """[(context, source, translated text)] of the .ts of ``lang``, one per plural form."""
    found = []
    for ctx in ET.parse(update.ts_path(lang)).getroot().iter("context"):
        name = ctx.findtext("name")
        if context is not None and name != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") or [translation]
            found += [(name, message.findtext("source"), f.text or "") for f in forms]
    return found


def test_german_names_every_loss_in_german():
    """The loss combo, its tooltip, the checks and the handout say the same German name."""
    english = re.compile(r"cross-entropy|squared error|mean squared", re.IGNORECASE)
    left = [(c, t) for c, _, t in _translations("de") if english.search(t)]
    assert not left, left
    labels = {s: t for _, s, t in _translations("de", "Losses")}
    assert labels["Mean squared error"] == "Mittlerer quadratischer Fehler"
    assert labels["Binary cross-entropy"] == "Binäre Kreuzentropie"
    assert labels["Categorical cross-entropy"] == "Kategoriale Kreuzentropie"


# a number or a {placeholder} and its per cent sign; "%n" is Qt's plural count, not a sign
_PERCENT = re.compile(r"(?:\d|\})(\s?)%(?![n\d])")
# German and Spanish write a no-break space before %, French a narrow one
_SPACE = {"de": "\u00a0", "es": "\u00a0", "fr": "\u202f"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_per_cent_sign_follows_its_number_after_a_no_break_space(lang):
    """"97,8 %", never "97,8%" nor a space where the line may break before the sign."""
    wrong = [(c, t) for c, _, t in _translations(lang)
             for m in _PERCENT.finditer(t) if m.group(1) != _SPACE[lang]]
    assert not wrong, wrong


def _plain(text: str) -> str:
    """A label as read: without its mnemonic "&" and arrows."""
    return text.replace("&", "").strip("◀▶ ")


def test_german_calls_the_activation_overview_s_cards_kacheln():
    """"Karte" is the Map panel; a card of the activation overview is a "Kachel"."""
    cards = [(c, t) for c, s, t in _translations("de")
             if re.search(r"\bcards?\b", s, re.IGNORECASE)]
    assert cards
    assert all("Kachel" in t and "Karte" not in t for _, t in cards), cards


def test_no_two_german_buttons_share_a_name_for_reset_and_back():
    """The toolbar's Reset (to the start weights) is not One sample's "◀ Zurück"."""
    de = {(c, s): t for c, s, t in _translations("de")}
    reset = _plain(de[("TrainingBar", "&Reset")])
    backs = {_plain(t) for (c, s), t in de.items() if _plain(s) == "Back"}
    assert reset == "Zurücksetzen" and reset not in backs, (reset, backs)


@pytest.mark.parametrize("lang, word", [("es", "sigmoide"), ("fr", "sigmoïde")])
def test_spanish_and_french_write_sigmoid_in_their_own_word(lang, word):
    """The palette, the plot title, the node label and every text say "Sigmoide" as the
    lesson notes do, never the English "Sigmoid" ({sigmoid} placeholders aside)."""
    english = re.compile(r"sigmo[iï]d(?![eï])|sigmoide" if lang == "fr" else r"sigmoid(?!e)",
                         re.IGNORECASE)
    left = [(c, t) for c, _, t in _translations(lang)
            if english.search(re.sub(r"\{\w+\}", "", t))]
    assert not left, left
    for context in ("Activations", "ActivationShort"):
        labels = {s: t for _, s, t in _translations(lang, context)}
        assert labels["Sigmoid"] == word.capitalize(), context
