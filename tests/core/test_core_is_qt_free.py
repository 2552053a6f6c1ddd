"""core must stay usable from a notebook or a script: no Qt, no pyqtgraph, no gui."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter: this test process has Qt loaded already (pytest-qt).
PROBE = """
import importlib, json, pkgutil, sys
import core
names = ["core"]
for info in pkgutil.walk_packages(core.__path__, "core."):
    importlib.import_module(info.name)
    names.append(info.name)
bad = sorted(m for m in sys.modules
             if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "gui"))
print(json.dumps({"imported": names, "bad": bad}))
"""


def test_core_and_all_its_modules_import_without_qt():
    proc = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    expected = {"core." + p.stem for p in (ROOT / "core").glob("*.py") if p.stem != "__init__"}
    assert expected <= set(result["imported"]), "pkgutil missed some core modules"
    assert result["bad"] == [], f"core pulled in {result['bad']}"
