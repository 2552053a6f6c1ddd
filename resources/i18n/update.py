"""Update the translation sources and build the shipped catalogues:
``PYTHONPATH=. python -m resources.i18n.update`` (from the repository root).

1. ``pyside6-lupdate`` reads every ``translate("Context", "Text")`` (and
   ``QT_TRANSLATE_NOOP``) in gui/ and core/ into neuron_studio_<lang>.ts here, keeping the
   translations already made; texts no longer in the code are dropped, new ones arrive
   unfinished. English's .ts holds only the texts with plural forms (``%n``), whose
   English singular someone writes there too. No source locations are written: they
   changed with every edit and made merges conflict.
2. ``pyside6-lrelease`` compiles each .ts into the .qm the app loads (gui.language); the
   .qm files are committed, so an installed app needs no Qt tools.
3. ``languages.json`` records each language's share of finished texts: the app follows the
   computer's language only when that share is high (gui.language), so a catalogue being
   translated does not give a half-English interface to everyone whose system speaks it.

``--qm-only`` skips step 1 (after translating in Qt Linguist); ``--check`` changes nothing
and exits 1 when a committed .qm differs from what its .ts compiles to (the test suite runs
the same check: tests/test_translation_catalogues.py).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from gui.language import APP_CATALOGUE as CATALOGUE
from gui.language import DEFAULT
from gui.language import LANGUAGES as LANGUAGE_NAMES

HERE = Path(__file__).resolve().parent
SHARES = "languages.json"
ROOT = HERE.parent.parent
# The app's languages (gui.language, the one list), English first: it is the source
# language, and its catalogue holds only the plural forms ("1 epoch")
LANGUAGES = (DEFAULT, *(code for code in LANGUAGE_NAMES if code != DEFAULT))
SOURCE_DIRS = ("gui", "core")


def tool(name: str) -> str:
    """The Qt tool ``name`` (pyside6-lupdate, pyside6-lrelease) beside this Python, else on
    PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} not found (it comes with PySide6)")
    return found


def ts_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"{CATALOGUE}_{lang}.ts"


def qm_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"{CATALOGUE}_{lang}.qm"


def sources() -> list[str]:
    """Every Python file lupdate reads, relative to the root, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for d in SOURCE_DIRS
                  for p in (ROOT / d).rglob("*.py"))


PLURAL_FORMS = 2        # Qt's plural rules for en, de, fr and es: one form, other forms


def update_ts(lang: str) -> None:
    """Merge the code's texts into the .ts of ``lang`` (creating it when new)."""
    path = ts_path(lang)
    before = plural_translations(path) if path.exists() else {}
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete",
                    "-source-language", "en", "-target-language", lang,
                    "-ts", str(path)], cwd=ROOT, check=True, capture_output=True)
    mark_plurals(path, before, plural_only=lang == DEFAULT)


def plural_translations(path: Path) -> dict:
    """{(context, source): translation element} of the plural messages in ``path``."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found[(name, message.findtext("source"))] = message.find("translation")
    return found


def mark_plurals(path: Path, before: dict, plural_only: bool) -> None:
    """Make every message whose text holds %n a plural one, with its forms from
    ``before``. pyside6-lupdate knows a plural only when the call passes a literal number
    (``translate(c, t, None, 2)``), never ``n``; and it turns plural messages it does not
    recognise back into single ones, losing their forms. English keeps only plurals."""
    root = ET.parse(path).getroot()
    for context in list(root.iter("context")):
        name = context.findtext("name")
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            if "%n" not in source:
                if plural_only:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            message.remove(message.find("translation"))
            message.append(before.get((name, source)) or _unfinished_plural())
        if context.find("message") is None:
            root.remove(context)
    path.write_text(_ts_text(root), encoding="utf-8")


def _unfinished_plural() -> ET.Element:
    translation = ET.Element("translation", type="unfinished")
    for _ in range(PLURAL_FORMS):
        ET.SubElement(translation, "numerusform").text = ""
    return translation


def _ts_text(root: ET.Element) -> str:
    """The .ts as lupdate writes it (four-space indents), so a run changes only what
    changed."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]

    def write(element: ET.Element, depth: int) -> None:
        attrs = "".join(f" {k}={quoteattr(v)}" for k, v in element.attrib.items())
        pad = "    " * depth
        if len(element):
            lines.append(f"{pad}<{element.tag}{attrs}>")
            for child in element:       # contexts at the left edge, as lupdate has them
                write(child, depth + (element.tag != "TS"))
            lines.append(f"{pad}</{element.tag}>")
        else:
            lines.append(f"{pad}<{element.tag}{attrs}>{escape(element.text or '')}"
                         f"</{element.tag}>")

    write(root, 0)
    return "\n".join(lines) + "\n"


def release(lang: str, out: Path, folder: Path = HERE) -> None:
    """Compile the .ts of ``lang`` in ``folder`` into ``out`` (unfinished texts stay
    English)."""
    subprocess.run([tool("pyside6-lrelease"), str(ts_path(lang, folder)), "-qm", str(out)],
                   check=True, capture_output=True)


def finished_shares(folder: Path = HERE) -> dict[str, float]:
    """{language: share of its texts translated} for every language but English (the
    source), from the .ts files in ``folder``, rounded to 3 decimals."""
    shares = {}
    for lang in LANGUAGES[1:]:
        messages = list(ET.parse(ts_path(lang, folder)).getroot().iter("message"))
        done = sum(m.find("translation").get("type") != "unfinished" for m in messages)
        shares[lang] = round(done / max(len(messages), 1), 3)
    return shares


def shares_text(folder: Path = HERE) -> str:
    return json.dumps(finished_shares(folder), indent=1, sort_keys=True) + "\n"


def stale_catalogues(folder: Path = HERE) -> list[str]:
    """The languages whose .qm in ``folder`` is missing or differs from its .ts there
    compiled now (lrelease's output is the same bytes for the same .ts)."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            fresh = qm_path(lang, Path(tmp))
            release(lang, fresh, folder)
            built = qm_path(lang, folder)
            if not built.exists() or built.read_bytes() != fresh.read_bytes():
                stale.append(lang)
    shares = folder / SHARES
    if not shares.exists() or shares.read_text(encoding="utf-8") != shares_text(folder):
        stale.append(SHARES)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qm-only", action="store_true", help="only compile .ts to .qm")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a committed .qm is out of date")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_catalogues()
        for lang in stale:
            name = lang if lang == SHARES else qm_path(lang).name
            print(f"{name}: out of date; run python -m resources.i18n.update")
        return 1 if stale else 0
    for lang in LANGUAGES:
        if not args.qm_only:
            update_ts(lang)
        release(lang, qm_path(lang))
        print(f"{ts_path(lang).name} -> {qm_path(lang).name}")
    (HERE / SHARES).write_text(shares_text(), encoding="utf-8")
    print(f"{SHARES}: {finished_shares()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
