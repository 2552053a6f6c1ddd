"""One app, several windows: a second ``main.py FILE`` (a real second process) hands FILE to
the app running here, which opens it in a new window; a socket left by a crash is taken
over; windows close independently, each with its own autosave file."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from core import netfile
from gui import app, autosave, single_instance
from gui.main_window import MainWindow
from gui.single_instance import InstanceServer, hand_over
from tests.qt_messages import assert_no_qt_warnings, child_env

ROOT = Path(__file__).resolve().parents[2]
XOR = ROOT / "resources" / "examples" / "xor.nsnet"


@pytest.fixture
def manager():
    """The app's window list (File > New Window adds to it)."""
    windows = app.windows()
    assert windows.windows == []
    yield windows
    for w in list(windows.windows):
        w.ask_save_changes = lambda: "discard"
    windows.dispose_all()


@pytest.fixture
def name(tmp_path):
    """A private server: a socket path no other test or real app uses."""
    return str(tmp_path / "instance.socket")


def second_process(name, *args):
    env = child_env({**os.environ, "QT_QPA_PLATFORM": "offscreen",
                     single_instance.ENV_NAME: name})
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def finish(qtbot, proc):
    """Wait for ``proc`` while this process's event loop serves its request."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    out, err = proc.communicate()
    assert_no_qt_warnings(err, "main.py (second instance)")
    return proc.returncode, out, err


def test_a_second_process_opens_its_file_in_a_new_window(qtbot, manager, name):
    server = InstanceServer(name=name)
    assert server.listen()
    server.openRequested.connect(manager.open)
    proc = second_process(name, str(XOR))
    code, out, err = finish(qtbot, proc)
    assert code == 0, err
    qtbot.waitUntil(lambda: len(manager.windows) == 1)
    window = manager.windows[0]
    assert window.isVisible() and window.document.path == XOR
    assert window.windowTitle().startswith("xor")
    server.close()


def test_a_file_the_system_opens_goes_to_the_first_window_then_to_new_ones(tmp_path):
    """macOS hands a document over as a QFileOpenEvent (Finder, Dock, "Open With"), not in
    argv. At start-up, before or just after the first window exists, the file takes that
    window's place instead of the default network; later files open in new windows, as a
    second instance's file does."""
    lesson = ROOT / "resources" / "lessons" / "01_one_neuron.nsnet"
    env = child_env({**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                     "XDG_CONFIG_HOME": str(tmp_path / "config"),
                     "XDG_DATA_HOME": str(tmp_path / "data"),
                     single_instance.ENV_NAME: str(tmp_path / "instance.socket")})
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "gui" / "file_open_child.py"),
                           str(XOR), str(lesson)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert_no_qt_warnings(proc.stderr, "file_open_child.py")
    steps = [json.loads(line) for line in proc.stdout.splitlines()]
    xor, both = [str(XOR)], [str(XOR), str(lesson)]
    assert steps == [xor, both,                 # sent with the start: no default window
                     [None], xor, both,         # just after: it replaces the default one
                     [None], [None, str(XOR)], [None, *both]]    # unless it was edited


def test_a_stale_socket_is_removed_and_served_again(qtbot, name):
    stale = socket.socket(socket.AF_UNIX)          # what a crashed app leaves behind
    stale.bind(name)
    stale.close()
    assert Path(name).exists()
    assert not hand_over(None, name)                # nobody answers: start an app
    server = InstanceServer(name=name)
    assert server.listen()
    requests = []
    server.openRequested.connect(requests.append)
    proc = second_process(name)                    # no FILE: a new default window
    assert finish(qtbot, proc)[0] == 0
    assert requests == [None]
    assert not InstanceServer(name=name).listen()   # a live app is never taken over
    server.close()


def test_garbage_on_the_socket_opens_nothing():
    assert single_instance.parse_request(b'{"open": "/x.nsnet"}') == (True, "/x.nsnet")
    assert single_instance.parse_request(b'{"open": null}') == (True, None)
    for data in (b"", b"\xff", b"[]", b'{"open": 3}', b'{"open": ""}', b'{"o": "x"}'):
        assert single_instance.parse_request(data) == (False, None)


def test_two_windows_close_independently(qtbot, manager, tmp_path, monkeypatch):
    monkeypatch.setenv("NEURON_STUDIO_RECOVERY_DIR", str(tmp_path / "recovery"))
    first = manager.open()
    qtbot.waitExposed(first)
    first.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first)
    first.editor.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(manager.windows) == 2)
    second = manager.windows[1]
    assert second.pos() != first.pos()               # cascaded, not hidden under it
    assert first.autosaver.path != second.autosaver.path
    first.document.set_value(("bias", 0, 0), 0.25)      # each window its own recovery file
    second.document.set_value(("bias", 0, 0), -0.75)
    first.document.set_modified(True)
    second.document.set_modified(True)
    assert first.autosaver.save_now() and second.autosaver.save_now()
    assert len(list((tmp_path / "recovery").glob("autosave-*.nsnet"))) == 2
    second.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second)
    second.editor.setFocus()
    second.ask_save_changes = lambda: "discard"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: manager.windows == [first])
    assert first.isVisible() and first.document.network.params(0)[1][0] == 0.25
    assert [p.name for p in (tmp_path / "recovery").glob("autosave-*.nsnet")] == \
        [first.autosaver.path.name]                # the closed one's went with it


def crashed_window(title: str, serial: int) -> None:
    """The recovery files a window of a killed app (a pid that no longer exists) left."""
    doc = netfile.default_document()
    doc.meta["title"] = title
    folder = autosave.recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"autosave-999999999-{serial}.nsnet"
    netfile.save(doc, path)
    path.with_suffix(".json").write_text(json.dumps(
        {"pid": 999999999, "saved_at": 1.0e9 + serial, "original": None, "title": title}))


def test_after_a_crash_each_window_comes_back_and_the_file_gets_its_own(manager, monkeypatch):
    crashed_window("First", 1)
    crashed_window("Second", 2)
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, recovery: "restore")
    manager.open(str(XOR), recover=True)
    titles = sorted(w.document.title() for w in manager.windows)
    assert titles == ["First", "Second", "xor.nsnet"]     # nothing restored was replaced
    assert all(w.document.modified for w in manager.windows if w.document.path != XOR)
    assert autosave.orphaned_recoveries() == []


def test_a_new_window_cascades_but_stays_on_the_screen():
    from PySide6.QtCore import QPoint, QRect

    from gui.app import CASCADE, cascaded

    screen = QRect(0, 0, 1920, 1080)
    assert cascaded(QRect(100, 80, 1000, 700), screen) == QPoint(100 + CASCADE, 80 + CASCADE)
    # a window as large as a 1280x720 projector: the next one would hang off the bottom
    projector = QRect(0, 0, 1280, 720)
    assert cascaded(QRect(0, 0, 1280, 720), projector) == QPoint(0, 0)
    assert cascaded(QRect(300, 10, 900, 700), projector) == QPoint(0, 0)


def test_each_screen_of_a_person_has_its_own_app(monkeypatch):
    """The same account logged in twice (desk and VNC): a file double-clicked on one
    screen must not open on the other."""
    monkeypatch.delenv(single_instance.ENV_NAME, raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":81")
    desk = single_instance.server_name()
    monkeypatch.setenv("DISPLAY", ":82")
    assert single_instance.server_name() != desk
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert "wayland-0" in single_instance.server_name()


def test_a_file_already_open_raises_its_window_and_a_broken_one_leaves_no_window(
        manager, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, title, text: errors.append(text))
    first = manager.open(str(XOR))
    assert manager.open(str(XOR)) is first and len(manager.windows) == 1 and not errors
    broken = tmp_path / "broken.nsnet"
    broken.write_text("{", encoding="utf-8")
    assert manager.open(str(broken)) is None
    QApplication.processEvents()
    assert len(manager.windows) == 1 and len(errors) == 1 and "broken.nsnet" in errors[0]
    assert manager.windows[0] is first and first.document.path == XOR
