"""The ``neuron-studio`` command and ``--install-desktop`` / ``--uninstall-desktop``: the
entry point runs what main.py runs; the desktop entry, the MIME type and the icons go into a
temporary XDG_DATA_HOME, are valid, point to the command, and uninstalling leaves no file."""

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib import import_module
from pathlib import Path

import pytest

from gui import desktop_entry, launch

ROOT = Path(__file__).resolve().parents[2]
XOR = ROOT / "resources" / "examples" / "xor.nsnet"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def entry(path: Path) -> dict:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str                       # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_the_entry_point_is_what_main_py_runs(monkeypatch):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    module, _, name = project["project"]["gui-scripts"]["neuron-studio"].partition(":")
    assert getattr(import_module(module), name) is launch.main
    assert "from gui.launch import main" in (ROOT / "main.py").read_text(encoding="utf-8")


def test_the_entry_point_with_a_file_starts_the_app_on_it(monkeypatch):
    from gui import app, single_instance

    asked, started = [], []
    monkeypatch.setattr(single_instance, "hand_over", lambda path: asked.append(path) or False)
    monkeypatch.setattr(app, "run", lambda path, serve: started.append((path, serve)) or 0)
    monkeypatch.chdir(XOR.parent)
    assert launch.main(["xor.nsnet"]) == 0
    assert asked == [str(XOR)] and started == [(str(XOR), True)]   # absolute: for the server
    assert launch.main(["xor.nsnet", "--new-instance"]) == 0
    assert asked == [str(XOR)] and started[-1] == (str(XOR), False)  # not asked this time


def test_a_running_app_takes_the_file_and_this_process_ends(monkeypatch):
    from gui import app, single_instance

    monkeypatch.setattr(single_instance, "hand_over", lambda path: True)
    monkeypatch.setattr(app, "run", lambda *a: pytest.fail("a second app started"))
    assert launch.main([str(XOR)]) == 0


def test_sub_commands_never_go_to_the_running_app(monkeypatch, tmp_path, capsys):
    from gui import single_instance

    monkeypatch.setattr(single_instance, "hand_over",
                        lambda path: pytest.fail("train was handed to the app"))
    out = tmp_path / "trained.nsnet"
    assert launch.main(["train", str(XOR), "--epochs", "1", "--quiet", "--out", str(out)]) == 0
    assert out.is_file()


def test_install_writes_a_valid_entry_type_and_icons_and_uninstall_removes_them(
        monkeypatch, tmp_path):
    monkeypatch.setattr(desktop_entry.shutil, "which", lambda name: None)   # no tools
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    home = tmp_path / "My Data"
    command = [str(tmp_path / "bin dir" / "neuron-studio")]
    report = desktop_entry.install(home, command)
    paths = desktop_entry.targets(home)
    assert files_under(home) == sorted(paths.values())
    assert any("update-mime-database: not found" in line for line in report)
    keys = entry(paths["desktop"])
    assert keys["Type"] == "Application" and keys["Name"] == "Neuron Studio"
    assert keys["Exec"] == f'"{command[0]}" %f'           # quoted: a space in the path
    assert keys["MimeType"] == "application/x-neuron-studio;"
    assert keys["Categories"] == "Education;ComputerScience;" and keys["Icon"] == "neuron-studio"
    mime = ET.parse(paths["mime"]).getroot().find(f"{MIME_NS}mime-type")
    assert mime.get("type") == "application/x-neuron-studio"
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.nsnet"
    assert mime.find(f"{MIME_NS}magic/{MIME_NS}match").get("value") == "neuron-studio-network"
    for icon in (paths["icon"], paths["mime_icon"]):
        assert ET.parse(icon).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    desktop_entry.uninstall(home)
    assert files_under(home) == []


def test_exec_quoting_follows_the_desktop_entry_spec():
    assert desktop_entry._quote("/usr/bin/neuron-studio") == "/usr/bin/neuron-studio"
    assert desktop_entry._quote("/a b/c") == '"/a b/c"'
    assert desktop_entry._quote('/a"$b') == '"/a\\\\"\\\\$b"'       # quoted, then escaped
    assert desktop_entry._quote("/50%") == "/50%%"


def test_uninstall_keeps_other_apps_files_and_their_defaults(monkeypatch, tmp_path):
    monkeypatch.setattr(desktop_entry.shutil, "which", lambda name: None)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    mimeapps = tmp_path / "config" / "mimeapps.list"
    mimeapps.parent.mkdir()
    mimeapps.write_text("[Default Applications]\napplication/x-neuron-studio=neuron-studio."
                        "desktop\ntext/plain=gedit.desktop\n", encoding="utf-8")
    other = tmp_path / "applications" / "gedit.desktop"
    other.parent.mkdir()
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    desktop_entry.install(tmp_path, ["/usr/bin/neuron-studio"])
    desktop_entry.uninstall(tmp_path)
    assert other.is_file()
    assert mimeapps.read_text(encoding="utf-8") == \
        "[Default Applications]\ntext/plain=gedit.desktop\n"



def test_uninstall_edits_a_symlinked_mimeapps_list_through_its_link(monkeypatch, tmp_path):
    """A dotfiles repository often links ~/.config/mimeapps.list: the line goes from the file
    the link points to, and the link stays a link."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    real = tmp_path / "dotfiles" / "mimeapps.list"
    real.parent.mkdir()
    real.write_text("[Default Applications]\napplication/x-neuron-studio=neuron-studio."
                    "desktop\ntext/plain=gedit.desktop\n", encoding="utf-8")
    link = tmp_path / "config" / "mimeapps.list"
    link.parent.mkdir()
    link.symlink_to(real)
    assert desktop_entry.forget_default()
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "[Default Applications]\ntext/plain=gedit.desktop\n"
    assert sorted(p.name for p in real.parent.iterdir()) == ["mimeapps.list"]   # no temp file

def test_other_systems_get_a_clear_message(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "win32")
    assert launch.main(["--install-desktop"]) == 2
    assert "is for Linux" in capsys.readouterr().err


def run_command(*args, env):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_command_installs_with_the_systems_tools(tmp_path):
    """End to end: the command line, with whatever tools this system has (reported), and
    desktop-file-validate and xdg-mime when installed (apt: desktop-file-utils,
    xdg-utils, shared-mime-info)."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = run_command("--install-desktop", env=env)
    assert proc.returncode == 0, proc.stderr
    desktop = tmp_path / "data" / "applications" / "neuron-studio.desktop"
    assert f"wrote {desktop}" in proc.stdout
    for tool in ("update-mime-database", "update-desktop-database", "xdg-mime"):
        assert tool in proc.stdout               # done, failed or not found: always said
    assert entry(desktop)["Exec"] == f"{sys.executable} {ROOT / 'main.py'} %f"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                               text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "error" not in check.stdout.lower(), check.stdout
    if shutil.which("xdg-mime") and shutil.which("update-mime-database"):
        net = tmp_path / "lesson.nsnet"
        shutil.copyfile(XOR, net)
        query = subprocess.run(["xdg-mime", "query", "filetype", str(net)], env=env,
                               capture_output=True, text=True)
        assert query.stdout.strip() == "application/x-neuron-studio", query
    proc = run_command("--uninstall-desktop", env=env)
    assert proc.returncode == 0, proc.stderr
    assert files_under(tmp_path / "data") == []
    assert run_command("--install-desktop", str(XOR), env=env).returncode == 2


def test_exec_is_the_command_that_ran(monkeypatch, tmp_path):
    wrapper = tmp_path / "bin" / "neuron-studio"         # pip's or pipx's script
    wrapper.parent.mkdir()
    wrapper.write_text("#!/usr/bin/python3\n")
    link = tmp_path / "neuron-studio"                     # pipx's ~/.local/bin symlink
    link.symlink_to(wrapper)
    monkeypatch.setattr(sys, "argv", [str(link)])
    assert desktop_entry.command_line() == [str(link)]
    monkeypatch.setattr(sys, "argv", [str(ROOT / "main.py")])
    assert desktop_entry.command_line() == [str(Path(sys.executable).absolute()),
                                            str(ROOT / "main.py")]
