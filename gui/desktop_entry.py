"""``neuron-studio --install-desktop`` / ``--uninstall-desktop``: the applications-menu entry,
the icons and the ``application/x-neuron-studio`` type of ``*.nsnet`` files, for the current
user on Linux (freedesktop.org: desktop entry, shared-mime-info, icon theme).

Everything goes under ``$XDG_DATA_HOME`` (default ``~/.local/share``)::

    applications/neuron-studio.desktop                      Exec=<this command> %f
    mime/packages/neuron-studio.xml                         *.nsnet and its magic
    icons/hicolor/scalable/apps/neuron-studio.svg           the app's icon
    icons/hicolor/scalable/mimetypes/application-x-neuron-studio.svg   a network file's icon

then the caches are refreshed with ``update-mime-database``, ``update-desktop-database`` and
``xdg-mime default`` where they exist (a missing tool is reported, never an error).
Uninstalling removes exactly these files and refreshes the caches again. Qt-free.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import core
from core import atomic_file

MIME_TYPE = "application/x-neuron-studio"
DESKTOP_ID = "neuron-studio.desktop"
ICONS_DIR = Path(core.__file__).resolve().parent.parent / "resources" / "icons"
APP_ICON = ICONS_DIR / "neuron-studio.svg"
MIME_ICON = ICONS_DIR / "application-x-neuron-studio.svg"
TOOL_SECONDS = 30
# what update-mime-database writes beside packages/ (shared-mime-info 2.x)
MIME_CACHES = ("aliases", "generic-icons", "globs", "globs2", "icons", "magic", "mime.cache",
               "subclasses", "treemagic", "types", "version", "XMLnamespaces")
RESERVED = " \t\n\"'\\><~|&;$*?#()`"   # an Exec argument holding one is quoted

MIME_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>Neuron Studio network</comment>
    <sub-class-of type="application/json"/>
    <icon name="application-x-neuron-studio"/>
    <glob pattern="*.nsnet"/>
    <magic priority="60">
      <match type="string" value="neuron-studio-network" offset="0:256"/>
    </magic>
  </mime-type>
</mime-info>
"""


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def targets(home: Path) -> dict[str, Path]:
    """Every file the install writes, by role."""
    return {"desktop": home / "applications" / DESKTOP_ID,
            "mime": home / "mime" / "packages" / "neuron-studio.xml",
            "icon": home / "icons" / "hicolor" / "scalable" / "apps" / "neuron-studio.svg",
            "mime_icon": home / "icons" / "hicolor" / "scalable" / "mimetypes"
            / "application-x-neuron-studio.svg"}


def _quote(arg: str) -> str:
    """An Exec argument (desktop entry spec): quoted, with ``"`$\\`` escaped, when it holds
    a reserved character; then the string escape (backslash doubled) and ``%`` doubled."""
    if any(c in arg for c in RESERVED) or not arg:
        arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return arg.replace("\\", "\\\\").replace("%", "%%")


def command_line() -> list[str]:
    """The absolute command that started this process: the installed ``neuron-studio``,
    or this Python with main.py from a source checkout, or ``python -m gui.launch``."""
    # absolute, symlinks kept: pipx's ~/.local/bin/neuron-studio outlives a reinstall
    script = Path(os.path.abspath(sys.argv[0])) if sys.argv and sys.argv[0] else None
    python = str(Path(sys.executable).absolute())
    if script is not None and script.name == "main.py":
        return [python, str(script)]
    if script is not None and script.suffix != ".py" and script.is_file():
        return [str(script)]                      # the installed command's own wrapper
    found = shutil.which("neuron-studio")
    return [str(Path(found).absolute())] if found else [python, "-m", "gui.launch"]


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(_quote(a) for a in command)
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Neuron Studio",
        "GenericName=Neural Network Playground",
        "Comment=Build small neural networks, train them and watch them learn",
        f"Exec={exec_line} %f",
        "Icon=neuron-studio",
        "Terminal=false",
        f"MimeType={MIME_TYPE};",
        "Categories=Education;ComputerScience;",   # one main category (validator)
        "Keywords=neural;network;neuron;machine learning;activation;teaching;",
        "StartupNotify=true",
        ""])


def _write(path: Path, text: str | None = None, source: Path | None = None) -> None:
    """``text`` (or the bytes of ``source``) to ``path``, whole or not at all, its folder
    made first; a symlinked mimeapps.list (dotfiles) keeps its link. Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = source.read_bytes() if source is not None else text.encode("utf-8")
    atomic_file.write_bytes(path, data)


def _run_tools(home: Path, install: bool) -> list[str]:
    """Refresh the desktop's caches with whatever tools this system has; one line each."""
    steps = [("update-mime-database", [str(home / "mime")]),
             ("update-desktop-database", [str(home / "applications")])]
    if install:
        steps.append(("xdg-mime", ["default", DESKTOP_ID, MIME_TYPE]))
    report = []
    for tool, args in steps:
        exe = shutil.which(tool)
        if exe is None:
            report.append(f"{tool}: not found (skipped; the desktop finds the files at its "
                          "next start)")
            continue
        if not Path(args[-1]).exists() and tool != "xdg-mime":
            continue
        try:
            proc = subprocess.run([exe, *args], capture_output=True, text=True,
                                  timeout=TOOL_SECONDS)
        except (OSError, subprocess.TimeoutExpired) as e:
            report.append(f"{tool}: could not run ({e})")
            continue
        outcome = "done" if proc.returncode == 0 else \
            f"failed (exit {proc.returncode}: {proc.stderr.strip()[:200]})"
        report.append(f"{tool} {' '.join(args)}: {outcome}")
    return report


def config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


def forget_default(mimeapps: Path | None = None) -> bool:
    """Remove the line ``application/x-neuron-studio=neuron-studio.desktop`` that
    ``xdg-mime default`` put in mimeapps.list (only that line); True when removed."""
    mimeapps = mimeapps or config_home() / "mimeapps.list"
    try:
        lines = mimeapps.read_text(encoding="utf-8").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):
        return False
    ours = f"{MIME_TYPE}={DESKTOP_ID}"
    kept = [line for line in lines if line.strip().rstrip(";") != ours]
    if len(kept) == len(lines):
        return False
    _write(mimeapps, "".join(kept))
    return True


def _drop_empty_caches(home: Path) -> None:
    """Remove the caches the tools built when nothing else is left for them to describe:
    uninstalling from a data folder that held only Neuron Studio leaves no file behind."""
    packages, apps = home / "mime" / "packages", home / "applications"
    if packages.is_dir() and not any(packages.iterdir()):
        for name in MIME_CACHES:
            (home / "mime" / name).unlink(missing_ok=True)
    if apps.is_dir() and not any(p.suffix == ".desktop" for p in apps.iterdir()):
        (apps / "mimeinfo.cache").unlink(missing_ok=True)


def install(home: Path | None = None, command: list[str] | None = None) -> list[str]:
    """Write the entry, the type and the icons; returns what was done, one line each."""
    home = home or data_home()
    paths = targets(home)
    _write(paths["desktop"], desktop_entry(command or command_line()))
    _write(paths["mime"], MIME_XML)
    _write(paths["icon"], source=APP_ICON)
    _write(paths["mime_icon"], source=MIME_ICON)
    return [f"wrote {p}" for p in paths.values()] + _run_tools(home, install=True)


def uninstall(home: Path | None = None) -> list[str]:
    """Remove exactly the files ``install`` wrote (folders stay: they may be shared), and
    the default-application line ``xdg-mime default`` added."""
    home = home or data_home()
    report = []
    for path in targets(home).values():
        if path.exists():
            path.unlink()
            report.append(f"removed {path}")
    if forget_default():
        report.append(f"removed the default application for {MIME_TYPE} from "
                      f"{config_home() / 'mimeapps.list'}")
    if not report:
        report.append(f"nothing to remove: Neuron Studio is not installed in {home}")
    report += _run_tools(home, install=False)
    _drop_empty_caches(home)
    return report


def main(install_it: bool, prog: str = "neuron-studio") -> int:
    """The command line's option: 0 when done, 1 when a file could not be written, 2 when
    this is not Linux (the desktop entry is a freedesktop.org thing)."""
    option = "--install-desktop" if install_it else "--uninstall-desktop"
    if not sys.platform.startswith("linux"):
        print(f"{prog}: error: {option} is for Linux desktops (freedesktop.org); on Windows "
              "and macOS start Neuron Studio with the neuron-studio command or pin it to the "
              "taskbar or Dock", file=sys.stderr)
        return 2
    try:
        lines = install() if install_it else uninstall()
    except OSError as e:
        print(f"{prog}: error: {option}: {e}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0
