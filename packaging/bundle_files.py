"""What goes into the standalone bundle besides what PyInstaller finds by following imports.

Loaded by path from neuron-studio.spec (and by tests/test_bundle_recipe.py), never
imported as ``packaging.bundle_files``: the folder's name would clash with the ``packaging``
distribution that PyInstaller itself imports, so it has no ``__init__.py`` and stays off
sys.path. Standard library only.

Resources are found at run time as ``Path(core.__file__).parent.parent / "resources"``. In a
PyInstaller bundle ``core.__file__`` is ``<bundle>/_internal/core/<module>.pyc`` (the
``sys._MEIPASS`` folder), so ``resources/`` is copied to ``<bundle>/_internal/resources`` with
its tree unchanged and that code needs no special case.
"""

from __future__ import annotations

import fnmatch
import os
import subprocess
import sys
from pathlib import Path

# macOS: what the .app declares in its Info.plist so that Finder offers it for *.nsnet files
# (double-click, "Open With", a drop on the Dock icon): the document type it owns and that
# type's declaration (a JSON file, as the Linux MIME type says: gui/desktop_entry.py). Finder
# then starts the app with a QFileOpenEvent, which gui.app.Application handles. No document
# icon of its own (that needs an .icns in the bundle's Resources): Finder draws a plain
# document with the app's icon on it.
NSNET_UTI = "org.neuronstudio.nsnet"
MACOS_DOCUMENT_PLIST = {
    "CFBundleDocumentTypes": [{
        "CFBundleTypeName": "Neuron Studio network",
        "CFBundleTypeRole": "Editor",
        "LSHandlerRank": "Owner",
        "LSItemContentTypes": [NSNET_UTI],
    }],
    "UTExportedTypeDeclarations": [{
        "UTTypeIdentifier": NSNET_UTI,
        "UTTypeDescription": "Neuron Studio network",
        "UTTypeConformsTo": ["public.json", "public.data"],
        "UTTypeTagSpecification": {
            "public.filename-extension": ["nsnet"],
            "public.mime-type": ["application/x-neuron-studio"],
        },
    }],
}

# Everything under resources/ is shipped (so a new folder, an icon or a compiled .qm is picked
# up without touching the spec) except the scripts that generate resources and their sources.
RESOURCE_EXCLUDES = ("*.py", "*.pyc", "__pycache__", "*.ts", ".*")

# Qt plugins, by plugin folder: None keeps the whole folder, a set keeps those plugins (by
# name without "lib"/"q" prefix and suffix, e.g. "xcb" for libqxcb.so, "windows" for
# qwindows.dll); folders not listed are left out. Platforms: the desktop's own (xcb on Linux,
# also under Wayland through XWayland; windows; cocoa), offscreen for the command-line
# sub-commands, minimal as a fallback. Left out on Linux: eglfs, linuxfb, vnc and the Wayland
# plugins (kiosk and embedded use), and the GTK platform theme, which alone pulled in GTK,
# cairo, pango and atk (about 20 MB); Qt's own GNOME theme still reads the desktop's dark or
# light preference over D-Bus, and xdgdesktopportal keeps portal file dialogs in sandboxes.
QT_PLUGINS = {
    "platforms": {"xcb", "offscreen", "minimal", "windows", "cocoa"},
    "platformthemes": {"xdgdesktopportal"},
    "platforminputcontexts": None,   # compose keys and IBus: accented names on Linux
    "xcbglintegrations": None,
    "imageformats": None,            # PNG is built in; SVG, JPEG, ICO, ... are plugins
    "iconengines": None,             # SVG icons (QtSvg)
    "styles": None,                  # the native look on Windows and macOS
}

# Top-level folders that hold Python packages but are never part of the app.
NOT_APP_PACKAGES = {"tests", "benchmarks", "packaging", "build", "dist", "docs", "resources"}


def excluded(relative: Path) -> bool:
    """True when a path under resources/ (relative to it) is left out of the bundle."""
    return any(fnmatch.fnmatch(part, pattern)
               for part in relative.parts for pattern in RESOURCE_EXCLUDES)


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` for resources/: (source file, destination folder in the bundle),
    one per shipped file, destinations relative to the bundle's ``_MEIPASS`` folder."""
    resources = root / "resources"
    datas = []
    for path in sorted(resources.rglob("*")):
        if path.is_file() and not excluded(path.relative_to(resources)):
            datas.append((str(path), path.parent.relative_to(root).as_posix()))
    return datas


def app_packages(root: Path) -> list[str]:
    """The project's own top-level packages (core, gui, ...): every folder beside main.py with
    an ``__init__.py``, less tests and tools. All their modules go into the bundle, also those
    only imported inside functions or by a later entry-point module."""
    return sorted(p.name for p in root.iterdir()
                  if (p / "__init__.py").is_file() and p.name not in NOT_APP_PACKAGES)


def plugin_name(filename: str) -> str:
    """libqxcb.so -> xcb, qwindows.dll -> windows, libqcocoa.dylib -> cocoa."""
    stem = Path(filename).name.split(".")[0]
    stem = stem.removeprefix("lib")
    return stem[1:] if stem.startswith("q") else stem


def keep_qt_plugin(plugin_type: str, filename: str) -> bool:
    """Whether the Qt plugin ``filename`` of folder ``plugin_type`` goes into the bundle."""
    if plugin_type not in QT_PLUGINS:
        return False
    names = QT_PLUGINS[plugin_type]
    return names is None or plugin_name(filename) in names


# Renders the SVG app icon (resources/icons, when there) to a PNG for PyInstaller, which
# turns a PNG into the .ico (Windows) or .icns (macOS) the executable needs, with Pillow.
_RENDER_ICON = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication([])
image = QImage(256, 256, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.transparent)
painter = QPainter(image)
QSvgRenderer(sys.argv[1]).render(painter)
painter.end()
sys.exit(0 if image.save(sys.argv[2]) else 1)
"""


def app_icon(root: Path, work: Path) -> str | None:
    """A 256x256 PNG of resources/icons/neuron-studio.svg rendered into ``work``, or None
    (PyInstaller's default icon) when there is no such SVG or it cannot be rendered."""
    svg = root / "resources" / "icons" / "neuron-studio.svg"
    if not svg.is_file():
        return None
    work.mkdir(parents=True, exist_ok=True)
    png = work / "neuron-studio-icon.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _RENDER_ICON, str(svg), str(png)], env=env,
                          capture_output=True, text=True, timeout=60)
    if done.returncode != 0 or not png.is_file():
        print(f"bundle_files: no icon from {svg}: {done.stderr.strip()}", file=sys.stderr)
        return None
    return str(png)
