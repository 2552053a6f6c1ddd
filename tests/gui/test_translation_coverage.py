"""No user-visible text bypasses translation: under a pseudo-language that wraps every
translated text in "[§ … §]", a walk over the window (menus, toolbars, dock titles, every
visible label, button, group box and tab, their tooltips) and the dialogs finds no text
with letters left bare, except values that come from data.

A bare text is traced to the module whose source holds it (a string literal, or a literal
part of an f-string) and so to its AREA; only the areas in ENABLED fail the test. The
modules are being wrapped area by area: add an area to ENABLED once its modules are.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QTextEdit,
    QToolBar,
)

from gui import files, language
from gui.csv_import import CsvImportDialog
from gui.main_window import APP_NAME, app_version
from gui.preferences import show_preferences
from tests.gui.pseudo_language import OPEN

ROOT = Path(__file__).resolve().parents[2]
# a module's area: the first prefix its path starts with (gui/*.py: "top-level")
AREAS = (("core/", "core"), ("gui/editor/", "editor"), ("gui/plots/", "plots"),
         ("gui/inspector/", "inspector"), ("gui/settings/", "settings"),
         ("gui/diagnostics/", "diagnostics"), ("gui/trials/", "trials"),
         ("gui/explainer/", "explainer"), ("gui/recording/", "recording"),
         ("gui/handout/", "handout"), ("gui/overview/", "overview"),
         ("gui/drawing/", "drawing"), ("gui/", "top-level"))
# the areas whose modules are wrapped (the integrator adds the others as they land)
ENABLED = {"core", "top-level", "editor", "plots", "inspector", "settings", "diagnostics",
           "trials", "explainer", "recording", "handout", "overview", "drawing"}
LETTERS = re.compile(r"[^\W\d_]{2,}")
TAGS = re.compile(r"<[^>]*>")





# -- where a bare text comes from --------------------------------------------------------

WRAPPERS = ("translate", "QT_TRANSLATE_NOOP")


@cache
def _literals() -> dict[str, tuple[set, set]]:
    """{module path: (its plain string literals, its f-strings' literal parts)}, leaving
    out the texts it passes to translate()/QT_TRANSLATE_NOOP(): a bare text is one that
    never went through them."""
    out = {}
    for path in sorted([*ROOT.glob("gui/**/*.py"), *ROOT.glob("core/**/*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrapped, in_f = set(), set()
        for node in ast.walk(tree):
            func = getattr(node, "func", None)
            if (getattr(func, "id", None) or getattr(func, "attr", None)) in WRAPPERS:
                wrapped |= {id(a) for a in node.args[:2]}
            if isinstance(node, ast.JoinedStr):
                in_f |= {id(v) for v in node.values}
        plain, parts = set(), set()
        for n in ast.walk(tree):
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in wrapped:
                (parts if id(n) in in_f else plain).add(n.value.replace("&", ""))
        out[path.relative_to(ROOT).as_posix()] = (plain, parts)
    return out


def area_of(module: str) -> str:
    return next(area for prefix, area in AREAS if module.startswith(prefix))


def origins(text: str) -> set[str]:
    """The areas of the modules with an unwrapped literal that is ``text`` (or else the
    longest f-string part of 6+ characters in it), or {"unknown"}."""
    plain = text.replace("&", "").strip()
    exact = {area_of(m) for m, (lits, _) in _literals().items() if plain in lits}
    if exact:
        return exact
    best, areas = 5, {"unknown"}
    for module, (_, parts) in _literals().items():
        for part in parts:
            size = len(part.strip())
            if size >= best and LETTERS.search(part) and part in plain:
                areas = areas | {area_of(module)} if size == best else {area_of(module)}
                best = size
    return areas


# -- what the window shows -----------------------------------------------------------------

def menu_texts(menu: QMenu, where: str):
    for action in menu.actions():
        if action.isSeparator():
            continue
        name = f"{where} > {action.text()}"
        yield name, action.text(), action
        yield name + " (tooltip)", action.toolTip(), action
        if action.menu() is not None:
            yield from menu_texts(action.menu(), name)


def widget_texts(root):
    """(where, text) of the visible labels, buttons, group boxes, tab bars, combo boxes,
    placeholders and tool bars under ``root``, with their tooltips."""
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if w.isVisibleTo(root):
            yield f"{type(w).__name__} {w.objectName()}", w.text(), w
    for w in root.findChildren(QGroupBox):
        if w.isVisibleTo(root):
            yield f"group {w.objectName()}", w.title(), w
    for w in root.findChildren(QTabBar):
        if w.isVisibleTo(root):
            for i in range(w.count()):
                yield f"tab {i} of {w.objectName()}", w.tabText(i), w
                yield f"tab {i} tooltip", w.tabToolTip(i), w
    for w in root.findChildren(QComboBox):
        if w.isVisibleTo(root):
            for i in range(w.count()):
                yield f"combo {w.objectName()} item {i}", w.itemText(i), w
    for w in root.findChildren(QLineEdit) + root.findChildren(QTextEdit):
        yield f"placeholder {w.objectName()}", w.placeholderText(), w
    for w in [root, *root.findChildren(QLabel), *root.findChildren(QAbstractButton),
              *root.findChildren(QComboBox)]:
        if w.isVisibleTo(root) or w is root:
            yield f"tooltip of {type(w).__name__} {w.objectName()}", w.toolTip(), w


def window_texts(window):
    bar = window.menuBar()
    for action in bar.actions():
        yield from menu_texts(action.menu(), action.text())
    for toolbar in window.findChildren(QToolBar):
        yield f"toolbar {toolbar.objectName()}", toolbar.windowTitle(), toolbar
        for action in toolbar.actions():
            if not action.isSeparator() and action.isVisible():
                yield f"toolbar {toolbar.objectName()} > {action.text()}", action.text(), action
                yield "  (tooltip)", action.toolTip(), action
    for dock in window.findChildren(QDockWidget):
        yield f"dock {dock.objectName()}", dock.windowTitle(), dock
    yield from widget_texts(window)


def data_values(window) -> set[str]:
    """Texts that come from data, not from the app: the inputs' and classes' names of the
    open data, the lessons' titles (their files carry their own translations), the
    recent files' names."""
    doc = window.document
    values = set(doc.network.input_names)
    bundle = doc.data_bundle()
    if bundle is not None:
        values |= set(bundle.feature_names) | {str(c) for c in bundle.class_names}
    values |= {a.text() for a in window.lessons.actions + window.lessons.challenge_actions}
    values |= {a.toolTip() for a in window.lessons.actions + window.lessons.challenge_actions}
    values |= {a.text() for a in window.actions_.recent_menu.actions()}
    values |= set(language.LANGUAGES.values())       # each language in its own name
    values.add(f"{APP_NAME} {app_version()}")        # the About box's heading
    return {v.strip() for v in values}


def bare_texts(found, exempt: set[str]) -> list[str]:
    """The texts of ``found`` with letters and no translation marker, by area, for the
    areas in ENABLED."""
    problems = []
    for where, text, _owner in found:
        plain = TAGS.sub("", text or "")
        if OPEN.strip() in plain or not LETTERS.search(plain) or plain.strip() in exempt:
            continue
        areas = origins(plain)
        if areas & (ENABLED | {"unknown"}):
            problems.append(f"{where}: {text!r} (from {', '.join(sorted(areas))})")
    return problems


# -- the tests -----------------------------------------------------------------------------

def dialog_texts(window, monkeypatch):
    """The dialogs a person opens from the window's own modules."""
    preferences = show_preferences(window)
    yield from widget_texts(preferences)
    yield "preferences title", preferences.windowTitle(), preferences
    preferences.reject()
    csv = CsvImportDialog(window)
    yield from widget_texts(csv)
    yield "csv title", csv.windowTitle(), csv
    csv.deleteLater()
    asked = []
    for name in ("question", "about", "information"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda parent, *a, **k: asked.append(a[:2]) or
                                         QMessageBox.StandardButton.Discard))
    files.ask_save_changes(window, "x")
    window.show_about()
    window.actions_.show_shortcuts()
    for title, text in asked:
        yield "message box title", title, None
        for cell in re.split(r"<td[^>]*>|<p>|<h3>", text):
            if "<b>" not in cell:           # the key names: Qt's own ("Strg+N")
                yield "message box text", cell, None


def test_every_text_on_the_window_and_its_dialogs_is_translated(pseudo, window,
                                                                 monkeypatch):
    window.show_status("x")
    window._diverged("the loss is not a number")        # the banner, with its buttons
    found = [*window_texts(window), *dialog_texts(window, monkeypatch)]
    for panel in (window.data_views, window.surface, window.lessons.notes):  # tabbed away
        found += widget_texts(panel)
    assert len(found) > 200, "the walk found too little to be a walk"
    marked = [text for _, text, _ in found if OPEN.strip() in (text or "")]
    assert any("%n" not in t and "Epoch" in t for t in marked), "no plural went through"
    for seen in ("Dismiss", "Confusion", "Training stopped", "Save the changes", "&Language:"):
        assert any(seen in t for t in marked), f"the walk missed {seen!r}"
    problems = bare_texts(found, data_values(window))
    assert not problems, "texts that bypass translation:\n" + "\n".join(problems)

    # the check can fail: a menu entry set without translate() is found
    window.actions_.shortcuts.setText("&Keyboard Shortcuts")
    found = list(menu_texts(window.actions_.help_menu, "&Help"))
    assert bare_texts(found, set()) == [
        "&Help > &Keyboard Shortcuts: '&Keyboard Shortcuts' (from unknown)"]


def test_placeholders_and_plurals_survive_the_pseudo_language(pseudo):
    from gui.i18n import translate

    assert translate("Ctx", "Epoch {epoch}").format(epoch=3) == "[\u00a7 Epoch 3 \u00a7]"
    assert translate("Ctx", "%n epochs/s", None, 5) == "[\u00a7 5 epochs/s \u00a7]"
