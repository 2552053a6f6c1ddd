"""Real-window tests (the app on Xvfb with Qt's xcb platform, driven by xdotool): they run
only where all of it works, and otherwise skip with the reason, once, here.

Besides Xvfb and xdotool, Qt's xcb plugin needs system libraries (on Debian
libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1); without them it fails to load and a test
would fail with an unreadable abort. So the first real-window test starts a QApplication
on xcb against a fresh Xvfb in a child process, and every one skips naming what is missing.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE_SECONDS = 60
PROBE = "from PySide6.QtWidgets import QApplication; QApplication([]); print('xcb ok')"
# "Cannot load library .../libqxcb.so: libxcb-icccm.so.4: cannot open shared object file"
_BROKEN_LIB = re.compile(r"Cannot load library \S+: \(?(?:\S*/)?(lib[\w+.-]+?\.so)\.(\d+)")


class Display:
    """A fresh Xvfb server: ``name`` is its DISPLAY; ``close()`` stops it."""

    def __init__(self, size: str = "1600x1000x24"):
        read, write = os.pipe()
        self.server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                                        size, "-nolisten", "tcp"], pass_fds=(write,),
                                       stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as f:
            self.name = f":{f.readline().strip()}"   # written once it accepts clients

    def close(self) -> None:
        self.server.terminate()
        self.server.wait(timeout=10)


def debian_package(soname: str, version: str) -> str:
    """libxcb-icccm.so, 4 -> libxcb-icccm4; libxkbcommon-x11.so, 0 -> libxkbcommon-x11-0."""
    stem = soname.removesuffix(".so")
    return f"{stem}-{version}" if stem[-1].isdigit() else f"{stem}{version}"


def missing_packages(output: str) -> list[str]:
    """Debian packages named by the xcb plugin's loading errors (QT_DEBUG_PLUGINS output).
    Qt also says "xcb-cursor0 or libxcb-cursor0 is needed" whenever xcb fails to load, so
    that is named only when no library error says more."""
    found = [debian_package(*m.groups()) for m in _BROKEN_LIB.finditer(output)]
    if not found and "libxcb-cursor0 is needed" in output:
        found.append("libxcb-cursor0")
    return sorted(set(found))


def xcb_problem(env: dict | None = None) -> str | None:
    """Why a real window cannot run here, or None when it can: Xvfb and xdotool on the
    PATH and a QApplication that starts on the xcb platform (``env``: the child's
    environment, the test process's by default)."""
    missing = [tool for tool in ("Xvfb", "xdotool") if not shutil.which(tool)]
    if missing:
        return (f"needs {' and '.join(missing)} "
                f"(Debian: apt-get install xvfb xdotool)")
    display = Display("640x480x24")
    try:
        child_env = {**(os.environ if env is None else env), "DISPLAY": display.name,
                     "QT_QPA_PLATFORM": "xcb", "QT_DEBUG_PLUGINS": "1"}
        try:
            proc = subprocess.run([sys.executable, "-c", PROBE], env=child_env, cwd=ROOT,
                                  capture_output=True, text=True, timeout=PROBE_SECONDS)
        except subprocess.TimeoutExpired:
            return f"Qt's xcb platform did not start within {PROBE_SECONDS} s on Xvfb"
    finally:
        display.close()
    if proc.returncode == 0 and "xcb ok" in proc.stdout:
        return None
    packages = missing_packages(proc.stderr)
    if packages:
        return (f"Qt's xcb platform plugin does not load: missing or broken "
                f"{', '.join(packages)} (Debian: apt-get install {' '.join(packages)})")
    last = [line for line in proc.stderr.splitlines() if line.strip()][-1:]
    return (f"Qt's xcb platform plugin does not load (exit {proc.returncode}): "
            f"{last[0] if last else 'no message'}")


@functools.cache
def _problem_here() -> str | None:
    return xcb_problem()


@pytest.fixture(autouse=True)
def _real_window_possible():
    """Every test in tests/xvfb skips, with the reason, where a real window cannot run."""
    problem = _problem_here()
    if problem:
        pytest.skip(problem)


@pytest.fixture
def display():
    """A fresh Xvfb server; yields its DISPLAY name."""
    server = Display()
    yield server.name
    server.close()
