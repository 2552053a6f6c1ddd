"""Autosave and recovery: a crashed session's work is offered at the next start."""

import json
import os

from core import netfile
from gui import autosave
from gui.main_window import MainWindow


def _edit(window) -> None:
    window.add_neuron("relu")


def test_autosave_writes_only_when_something_changed(window):
    saver = window.autosaver
    assert not saver.save_now()                 # a fresh default network: nothing to keep
    assert not saver.path.exists()
    _edit(window)
    assert saver.save_now()
    saved = netfile.load(saver.path)
    assert saved.network.sizes == window.document.network.sizes
    info = json.loads(saver.info_path.read_text())
    assert info["pid"] == os.getpid() and info["original"] is None
    assert not saver.save_now()                 # nothing new since


def test_training_progress_is_autosaved(window, qtbot):
    window.controller.step_epoch()
    qtbot.waitUntil(lambda: window.document.epoch == 1 and not window.controller.running)
    assert window.autosaver.save_now()
    assert netfile.load(window.autosaver.path).training["epoch"] == 1


def test_clean_quit_removes_the_recovery_file(qtbot):
    w = MainWindow()
    _edit(w)
    assert w.autosaver.save_now()
    path = w.autosaver.path
    w.ask_save_changes = lambda: "discard"
    assert w.close()
    assert not path.exists()
    w.deleteLater()


def _crashed_session(tmp_path, title="Crashed work", original=None):
    """Recovery files as a killed process (a pid that no longer exists) leaves them."""
    doc = netfile.default_document()
    doc.meta["title"] = title
    doc.network.set_bias(0, 0, 1.25)
    folder = autosave.recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "autosave-999999999.nsnet"
    netfile.save(doc, path)
    path.with_suffix(".json").write_text(json.dumps(
        {"pid": 999999999, "saved_at": 1.0e9, "original": original, "title": title}))
    return path


def test_crashed_work_is_offered_and_restored(window, tmp_path):
    original = tmp_path / "lesson.nsnet"
    path = _crashed_session(tmp_path, original=str(original))
    asked = []
    window.ask_restore = lambda r: asked.append(r) or "restore"
    assert autosave.offer_recovery(window)
    assert asked[0].title == "Crashed work" and "lesson.nsnet" in asked[0].describe()
    assert window.document.network.params(0)[1][0] == 1.25
    assert window.document.path == original        # Save puts it back where it belongs
    assert window.document.modified and window.isWindowModified()
    assert not path.exists()                       # restored once, not offered again
    assert autosave.orphaned_recoveries() == []    # ... while this process runs
    window.undo_stack.undo()                        # nothing to undo must not mark it clean
    assert window.document.modified


def _as_if_this_process_died(window):
    info = json.loads(window.autosaver.info_path.read_text())
    window.autosaver.info_path.write_text(json.dumps({**info, "pid": 999999998}))


def test_restored_work_survives_a_second_crash_before_the_next_autosave(window, tmp_path):
    """The recovery file is kept (as this process's own) until it is autosaved again or
    saved: killed again right after the restore, the next start offers it once more."""
    _crashed_session(tmp_path, title="Twice crashed")
    window.ask_restore = lambda r: "restore"
    assert autosave.offer_recovery(window)
    assert window.autosaver.path.exists()
    _as_if_this_process_died(window)
    offered = autosave.orphaned_recoveries()
    assert [r.title for r in offered] == ["Twice crashed"]
    assert netfile.load(offered[0].path).network.params(0)[1][0] == 1.25


def test_the_next_autosave_replaces_the_restored_file(window, tmp_path):
    _crashed_session(tmp_path)
    window.ask_restore = lambda r: "restore"
    assert autosave.offer_recovery(window)
    window.document.set_value(("bias", 0, 0), -0.5)
    assert window.autosaver.save_now()
    assert len(list(autosave.recovery_dir().glob("autosave-*.nsnet"))) == 1
    assert netfile.load(window.autosaver.path).network.params(0)[1][0] == -0.5


def test_saving_the_restored_work_removes_its_recovery_file(window, tmp_path):
    _crashed_session(tmp_path, original=str(tmp_path / "mine.nsnet"))
    window.ask_restore = lambda r: "restore"
    assert autosave.offer_recovery(window)
    assert window.save()
    assert (tmp_path / "mine.nsnet").exists()
    assert not list(autosave.recovery_dir().glob("autosave-*"))
    assert not window.autosaver.save_now()          # nothing new since the save


def test_discard_and_later(window, tmp_path):
    path = _crashed_session(tmp_path)
    window.ask_restore = lambda r: "later"
    assert not autosave.offer_recovery(window) and path.exists()
    window.ask_restore = lambda r: "discard"
    assert not autosave.offer_recovery(window) and not path.exists()
    assert window.document.network.params(0)[1][0] == 0.0


def test_a_running_session_is_not_offered(window, tmp_path):
    path = _crashed_session(tmp_path)
    info = path.with_suffix(".json")
    info.write_text(json.dumps({"pid": os.getpid(), "saved_at": 1.0, "title": "mine"}))
    assert autosave.orphaned_recoveries() == []


def test_unreadable_recovery_file_is_reported_and_kept(window, tmp_path):
    path = _crashed_session(tmp_path)
    path.write_text("{ not json")
    window.ask_restore = lambda r: "restore"
    assert not autosave.offer_recovery(window)
    assert "could not be read" in window.errors[0] and path.exists()


def test_interval_from_the_environment(monkeypatch):
    monkeypatch.setenv(autosave.ENV_SECONDS, "0.5")
    assert autosave.autosave_seconds() == 0.5
    for bad in ("abc", "0", "1e9", "nan"):
        monkeypatch.setenv(autosave.ENV_SECONDS, bad)
        assert autosave.autosave_seconds() == autosave.AUTOSAVE_SECONDS


def test_an_edit_after_an_undo_is_autosaved(window):
    saver = window.autosaver
    window.add_neuron("relu")
    assert saver.save_now()
    window.undo_stack.undo()
    window.add_neuron("sigmoid")          # back at the same undo index, another network
    assert saver.save_now()
    net = netfile.load(saver.path).network
    assert any("sigmoid" in net.activations(li) for li in range(len(net.sizes) - 1))
