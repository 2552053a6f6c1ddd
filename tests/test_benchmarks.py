"""The benchmark plumbing (no timing is asserted): verdicts, options, and the projection
figures' child refusing to measure on the wrong screen."""

import os
import subprocess
import sys
from pathlib import Path

from benchmarks import projection_figures
from benchmarks.core_figures import Figure

ROOT = Path(__file__).resolve().parent.parent


def test_a_figure_with_a_target_says_pass_or_fail():
    assert Figure("a", 700.0, "epochs/s", ">= 600").line().endswith("(target: >= 600) PASS")
    assert Figure("a", 31.0, "ms", "<= 30").line().endswith(" FAIL")
    assert Figure("a", 1e6, "steps", ">= 1,000").passed()
    assert Figure("a", 5.0, "ms", "info: anything").passed() is None
    assert Figure("a", 5.0, "ms").line() == "a: 5.000 ms"
    assert Figure("a", 5.0, "ms", "<= 3").as_dict()["passed"] is False


def test_only_lists_the_projection_figures():
    out = subprocess.run([sys.executable, "-m", "benchmarks", "--help"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "{core,gui,projection}" in out.stdout


def test_projection_child_refuses_another_screen(tmp_path):
    """On the default offscreen screen (not 1920x1080) nothing is measured."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-m", "benchmarks.projection_figures", "0.1", "1"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert f"expected one {projection_figures.WIDTH}x{projection_figures.HEIGHT} screen" \
        in out.stderr
