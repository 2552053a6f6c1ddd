"""The translation catalogues (resources/i18n) are in step with the code: every text the code
wraps is in the .ts files (someone ran ``python -m resources.i18n.update``, and lupdate did
not silently skip a call), English has the singular of every plural, and the shipped .qm
files are what their .ts sources compile to (a translator who edits a .ts and forgets to
rebuild fails here, not in a classroom)."""

import ast
import shutil
import xml.etree.ElementTree as ET

from resources.i18n import update

NOOP = "QT_TRANSLATE_NOOP"


def _wrapped_texts() -> dict:
    """{(context, text): "file:line"} of every translate(...)/QT_TRANSLATE_NOOP(...) call
    with literal context and text in gui/ and core/."""
    found = {}
    for name in update.sources():
        tree = ast.parse((update.ROOT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            func = getattr(node, "func", None)
            called = getattr(func, "id", None) or getattr(func, "attr", None)
            if called not in ("translate", NOOP) or len(node.args) < 2:
                continue
            context, text = node.args[:2]
            if all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                   for a in (context, text)):
                found[(context.value, text.value)] = f"{name}:{node.lineno}"
    return found


def _catalogue(lang: str) -> dict:
    """{(context, source): message element} of the .ts of ``lang``."""
    root = ET.parse(update.ts_path(lang)).getroot()
    return {(c.findtext("name"), m.findtext("source")): m
            for c in root.iter("context") for m in c.iter("message")}


def test_every_wrapped_text_is_in_the_catalogues():
    # lupdate skips a call whose n is an expression (len(x), a.b): it must be a plain name
    wrapped, known = _wrapped_texts(), _catalogue("de")
    missing = [f"{where}: {context!r}, {text!r}" for (context, text), where in wrapped.items()
               if (context, text) not in known]
    assert not missing, ("not in resources/i18n/*.ts; run PYTHONPATH=. python -m "
                         "resources.i18n.update (and pass n as a plain name):\n"
                         + "\n".join(missing[:20]))


def test_plural_texts_are_plural_messages_with_an_english_singular():
    german, english = _catalogue("de"), _catalogue("en")
    plurals = {key for key in german if "%n" in key[1]}
    assert plurals, "the code has no plural text at all"
    assert all(german[key].get("numerus") == "yes" for key in plurals)
    unwritten = [key for key in plurals
                 if key not in english
                 or english[key].find("translation").get("type") == "unfinished"]
    assert not unwritten, f"write the English singular in neuron_studio_en.ts: {unwritten}"


def test_committed_catalogues_match_their_sources():
    assert update.stale_catalogues() == [], \
        "run PYTHONPATH=. python -m resources.i18n.update --qm-only and commit the .qm files"


def test_an_edited_translation_without_a_rebuild_is_found(tmp_path):
    for path in [*update.HERE.glob("*.[tq][sm]"), update.HERE / update.SHARES]:
        shutil.copy(path, tmp_path / path.name)
    ts = update.ts_path("de", tmp_path)
    text = ts.read_text(encoding="utf-8")
    edited = text.replace("<translation>", "<translation>X", 1)
    assert edited != text, "the German catalogue has no finished translation to edit"
    ts.write_text(edited, encoding="utf-8")
    assert update.stale_catalogues(tmp_path) == ["de"]


def test_a_share_changed_without_an_update_is_found(tmp_path):
    """languages.json (the shares the app decides the system language by) follows the .ts:
    a translation taken back (marked unfinished) without an update is found."""
    for path in [*update.HERE.glob("*.[tq][sm]"), update.HERE / update.SHARES]:
        shutil.copy(path, tmp_path / path.name)
    ts = update.ts_path("de", tmp_path)
    text = ts.read_text(encoding="utf-8")
    edited = text.replace("<translation>", '<translation type="unfinished">', 1)
    assert edited != text, "the German catalogue has no finished translation"
    ts.write_text(edited, encoding="utf-8")
    update.release("de", update.qm_path("de", tmp_path), tmp_path)
    assert update.stale_catalogues(tmp_path) == [update.SHARES]
