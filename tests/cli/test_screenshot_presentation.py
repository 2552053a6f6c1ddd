"""`python main.py screenshot FILE --out PNG --presentation` renders projection mode: a
lighter, higher-contrast picture (more white background, more black ink) at the size asked."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.qt_messages import assert_no_qt_warnings, child_env

ROOT = Path(__file__).resolve().parents[2]
COFFEE = ROOT / "resources" / "examples" / "coffee.nsnet"


def shoot(tmp_path, name, *extra):
    out = tmp_path / f"{name}.png"
    env = child_env({**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                     "XDG_CONFIG_HOME": str(tmp_path / "config")})   # never the user's settings
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "screenshot", str(COFFEE),
                           "--out", str(out), "--size", "1280x720", *extra],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert_no_qt_warnings(proc.stderr, "main.py screenshot")
    return out


def grey(path) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    a = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(),
                                                             image.bytesPerLine())
    return a[:, :image.width()].copy()     # the QImage owns the bytes


@pytest.fixture(scope="module")
def shots(tmp_path_factory, qapp):       # QImage needs the application
    tmp = tmp_path_factory.mktemp("shots")
    return grey(shoot(tmp, "normal")), grey(shoot(tmp, "presentation", "--presentation"))


def test_presentation_keeps_the_asked_size(shots):
    normal, presentation = shots
    assert normal.shape == presentation.shape == (720, 1280)


def test_presentation_is_lighter_with_more_black_ink(shots):
    normal, presentation = shots
    white = [float((a > 250).mean()) for a in shots]
    ink = [float((a < 60).mean()) for a in shots]
    # measured: 57 % -> 80 % white (light theme, white plots), 2.4 % -> 4.8 % ink (larger
    # bolder text, thicker lines)
    assert white[1] > white[0] + 0.1
    assert ink[1] > 1.4 * ink[0]


def test_presentation_menu_text_is_taller(shots):
    """The menu bar's first text line: rows holding dark pixels at the left edge."""
    def text_rows(a):
        strip = a[:60, :180] < 90                 # "File Edit View" and the bar's edge
        rows = np.flatnonzero(strip.sum(axis=1) > 0)
        first_gap = np.flatnonzero(np.diff(rows) > 1)
        return rows[: first_gap[0] + 1] if first_gap.size else rows

    normal, presentation = shots
    assert len(text_rows(presentation)) >= 1.4 * len(text_rows(normal))
