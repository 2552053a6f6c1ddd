"""main.py's command line: bad input exits 2 with one line on stderr, no traceback."""

import os
import subprocess
import sys
from pathlib import Path

from tests.qt_messages import assert_no_qt_warnings, child_env, without_allowed

ROOT = Path(__file__).resolve().parents[2]
ENV = child_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def run_main(*args, cwd=None):
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd or ROOT,
                          env=ENV, capture_output=True, text=True, timeout=120)
    assert_no_qt_warnings(proc.stderr, f"main.py {' '.join(args)}")
    return proc


def assert_one_line_error(proc):
    assert proc.returncode == 2, proc.stderr
    lines = without_allowed(proc.stderr).strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


def test_screenshot_of_missing_file(tmp_path):
    line = assert_one_line_error(
        run_main("screenshot", "nonexistent.nsnet", "--out", "x.png", cwd=tmp_path))
    assert "nonexistent.nsnet" in line
    assert not (tmp_path / "x.png").exists()


def test_screenshot_with_bad_size(tmp_path):
    net = tmp_path / "net.nsnet"
    net.write_text("{}")
    line = assert_one_line_error(
        run_main("screenshot", str(net), "--out", str(tmp_path / "x.png"), "--size", "big"))
    assert "--size" in line


def test_screenshot_without_out(tmp_path):
    line = assert_one_line_error(run_main("screenshot", "nonexistent.nsnet"))
    assert "--out" in line


def test_train_with_missing_file(tmp_path):
    line = assert_one_line_error(run_main("train", "nonexistent.nsnet", cwd=tmp_path))
    assert "nonexistent.nsnet" in line


def test_train_without_file():
    line = assert_one_line_error(run_main("train"))
    assert "FILE" in line


def test_train_with_bad_epochs(tmp_path):
    line = assert_one_line_error(run_main("train", "x.nsnet", "--epochs", "many"))
    assert "--epochs" in line


def test_app_with_missing_file_does_not_start(tmp_path):
    line = assert_one_line_error(run_main("nonexistent.nsnet", cwd=tmp_path))
    assert "nonexistent.nsnet" in line


def test_help_exits_0():
    for args in ([], ["train"], ["screenshot"]):
        proc = run_main(*args, "--help")
        assert proc.returncode == 0, proc.stderr
        assert "usage: main.py" in proc.stdout


def test_screenshot_writes_a_png_of_the_asked_size(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    proc = run_main("screenshot", str(ROOT / "resources" / "examples" / "xor.nsnet"),
                    "--out", str(out), "--size", "1200x800")
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    # the command's output is its one line: not the offscreen platform's notices
    assert proc.stderr == "", proc.stderr


def test_finders_process_serial_argument_is_dropped_on_macos_only():
    from gui.launch import without_process_serial

    argv = ["-psn_0_1234567", "lesson.nsnet"]
    assert without_process_serial(argv, "darwin") == ["lesson.nsnet"]
    assert without_process_serial(argv, "linux") == argv      # there it is a wrong option
