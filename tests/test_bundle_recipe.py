"""The standalone-bundle recipe (packaging/, .github/workflows/bundles.yml) stays consistent
with the code, without building anything (a build takes minutes: packaging/build_linux.sh).

Checks that the spec ships every resource folder and any file added later, never excludes a
module the app imports, pins every runtime dependency, and that the smoke test's own checks
fail on a blank screenshot or a wrongly trained file.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import plistlib
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "neuron-studio.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "bundles.yml"


def load(name: str):
    """A module of packaging/ by path (the folder is no package: see bundle_files.py)."""
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_files = load("bundle_files")
check_outputs = load("check_outputs")


def spec_list(name: str) -> list[str]:
    """The literal list assigned to ``name`` in the spec."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name
                                                for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"no {name} = [...] in {SPEC}")


def test_every_resource_folder_and_runtime_file_is_shipped():
    datas = bundle_files.resource_datas(ROOT)
    shipped = {Path(src) for src, _ in datas}
    for src, dest in datas:   # each file keeps its place: resources/<same folders>/<file>
        assert Path(src).parent.relative_to(ROOT).as_posix() == dest
    folders = {p for p in (ROOT / "resources").rglob("*")
               if p.is_dir() and "__pycache__" not in p.parts}
    assert folders, "resources/ has no folders?"
    for folder in folders:
        files = [p for p in folder.iterdir() if p.is_file()
                 and not bundle_files.excluded(p.relative_to(ROOT / "resources"))]
        assert not files or set(files) <= shipped, folder
    for suffix in (".nsnet", ".qss", ".gz", ".qm", ".svg", ".png", ".json"):
        for path in (ROOT / "resources").rglob(f"*{suffix}"):
            assert path in shipped, path
    assert ROOT / "resources" / "datasets" / "digits.csv.gz" in shipped
    assert not any(p.suffix == ".py" for p in shipped)   # the generator scripts stay out


def test_files_added_to_resources_later_are_picked_up(tmp_path):
    for name in ("i18n/neuron_studio_de.qm", "i18n/neuron_studio_de.ts", "icons/app.svg",
                 "lessons/11_new.nsnet", "lessons/make_lessons.py",
                 "lessons/__pycache__/make_lessons.cpython-311.pyc", "new_folder/data.bin"):
        path = tmp_path / "resources" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    datas = {(Path(src).relative_to(tmp_path).as_posix(), dest)
             for src, dest in bundle_files.resource_datas(tmp_path)}
    assert datas == {("resources/i18n/neuron_studio_de.qm", "resources/i18n"),
                     ("resources/icons/app.svg", "resources/icons"),
                     ("resources/lessons/11_new.nsnet", "resources/lessons"),
                     ("resources/new_folder/data.bin", "resources/new_folder")}


def test_the_project_packages_are_collected_whole():
    assert {"core", "gui"} <= set(bundle_files.app_packages(ROOT))
    assert not {"tests", "benchmarks", "packaging"} & set(bundle_files.app_packages(ROOT))
    text = SPEC.read_text(encoding="utf-8")
    assert '"main.py"' in text and (ROOT / "main.py").is_file()   # the entry script


def test_nothing_the_app_imports_is_excluded():
    excludes = set(spec_list("EXCLUDES"))
    sources = [ROOT / "main.py", *(ROOT / "core").rglob("*.py"), *(ROOT / "gui").rglob("*.py")]
    qt_modules = set()
    for path in sources:
        qt_modules |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} <= qt_modules
    assert not {f"PySide6.{m}" for m in qt_modules} & excludes
    runtime = {"numpy", "PySide6", "shiboken6", "pyqtgraph", "PIL", "imageio",
               "imageio_ffmpeg", "core", "gui"}
    assert not runtime & excludes   # whole packages; PySide6.X are checked above


def test_qt_plugins_for_each_desktop_and_offscreen_are_kept():
    keep = bundle_files.keep_qt_plugin
    for name in ("libqxcb.so", "libqoffscreen.so", "qwindows.dll", "libqcocoa.dylib",
                 "qoffscreen.dll"):
        assert keep("platforms", name), name
    assert keep("imageformats", "libqsvg.so") and keep("iconengines", "qsvgicon.dll")
    assert keep("platformthemes", "libqxdgdesktopportal.so")
    for folder, name in (("platforms", "libqeglfs.so"), ("platforms", "libqwayland.so"),
                         ("platformthemes", "libqgtk3.so"),
                         ("egldeviceintegrations", "libqeglfs-kms-integration.so")):
        assert not keep(folder, name), (folder, name)


def test_the_mac_app_owns_the_nsnet_document_type():
    """Finder offers the .app for *.nsnet files only when its Info.plist says so (the app
    then gets a QFileOpenEvent: gui.app.Application). Parsed, not built."""
    from gui.desktop_entry import MIME_TYPE

    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    bundles = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
               and getattr(node.func, "id", None) == "BUNDLE"]
    assert len(bundles) == 1
    plist = next(k.value for k in bundles[0].keywords if k.arg == "info_plist")
    spread = [v for k, v in zip(plist.keys, plist.values) if k is None]     # **mapping
    assert [ast.unparse(v) for v in spread] == ["bundle_files.MACOS_DOCUMENT_PLIST"]
    declared = bundle_files.MACOS_DOCUMENT_PLIST
    (document,) = declared["CFBundleDocumentTypes"]
    (exported,) = declared["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor" and document["LSHandlerRank"] == "Owner"
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["nsnet"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    assert "public.json" in exported["UTTypeConformsTo"]
    # PyInstaller writes it with plistlib: it must go through
    assert plistlib.loads(plistlib.dumps(declared)) == declared


def pinned() -> dict[str, str]:
    pins = {}
    for line in (PACKAGING / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"not pinned with ==: {line}"
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def test_every_runtime_dependency_is_pinned_within_its_range():
    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = pinned()
    assert "pyinstaller" in pins
    for text in project["dependencies"]:
        requirement = Requirement(text)
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        assert name in pins, f"{name} is not pinned in packaging/requirements.txt"
        assert requirement.specifier.contains(pins[name]), (text, pins[name])


def test_the_workflow_builds_the_same_recipe_on_three_systems():
    text = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("ubuntu-latest", "windows-latest", "macos-latest"):
        assert runner in text
    for needed in ("packaging/requirements.txt", "packaging/neuron-studio.spec",
                   "packaging/check_outputs.py", "upload-artifact"):
        assert needed in text, needed
    for command in ("screenshot", "train", "record", "handout"):   # Windows and macOS
        assert len(re.findall(rf"(?:& \$exe|bundled) {command} ", text)) >= 2, command
    script = (PACKAGING / "build_linux.sh").read_text(encoding="utf-8")
    for command in ("screenshot", "train", "record", "handout"):
        assert re.search(rf"bundled {command} ", script), command


def test_the_build_script_parses():
    subprocess.run(["bash", "-n", str(PACKAGING / "build_linux.sh")], check=True)


def test_the_smoke_checks_can_fail(tmp_path):
    from PIL import Image, ImageDraw

    blank = tmp_path / "blank.png"
    Image.new("RGB", (80, 60), "white").save(blank)
    with pytest.raises(ValueError, match="blank"):
        check_outputs.check_png(blank, "80", "60")
    drawn = Image.effect_noise((80, 60), 80).convert("RGB")
    ImageDraw.Draw(drawn).rectangle((0, 0, 40, 30), fill="navy")
    drawn.save(tmp_path / "drawn.png")
    assert "80x60" in check_outputs.check_png(tmp_path / "drawn.png", "80", "60")
    with pytest.raises(ValueError, match="expected 800x600"):
        check_outputs.check_png(tmp_path / "drawn.png", "800", "600")
    net = tmp_path / "t.nsnet"
    net.write_text(json.dumps({"format": "neuron-studio-network", "training": {"epoch": 19},
                               "history": {"epoch": [0, 19]}}), encoding="utf-8")
    with pytest.raises(ValueError, match="expected 20"):
        check_outputs.check_nsnet(net, "20")
    (tmp_path / "v.mp4").write_bytes(b"\0\0\0\x20GIF89a")
    with pytest.raises(ValueError, match="ftyp"):
        check_outputs.check_mp4(tmp_path / "v.mp4")
    (tmp_path / "h.pdf").write_bytes(b"%PDF-1.4\n<< /Type /Pages >>\n%%EOF\n")
    with pytest.raises(ValueError, match="no page"):
        check_outputs.check_pdf(tmp_path / "h.pdf")
    assert check_outputs.main(["png", str(tmp_path / "missing.png"), "1", "1"]) == 1
