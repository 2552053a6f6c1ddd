"""The shipped translation catalogues (resources/i18n/*.qm) are what their .ts sources
compile to: a translator who edits a .ts and forgets ``python -m resources.i18n.update``
fails here, not in a classroom."""

import shutil

from resources.i18n import update


def test_committed_catalogues_match_their_sources():
    assert update.stale_catalogues() == [], \
        "run PYTHONPATH=. python -m resources.i18n.update and commit the .qm files"


def test_an_edited_translation_without_a_rebuild_is_found(tmp_path):
    for path in update.HERE.glob("*.[tq][sm]"):
        shutil.copy(path, tmp_path / path.name)
    ts = update.ts_path("de", tmp_path)
    text = ts.read_text(encoding="utf-8")
    edited = text.replace("<translation>", "<translation>X", 1)
    assert edited != text, "the German catalogue has no finished translation to edit"
    ts.write_text(edited, encoding="utf-8")
    assert update.stale_catalogues(tmp_path) == ["de"]
