"""`python main.py handout FILE --out PDF [--page a4|letter] [--epochs N]`, end to end:
a real process writes the PDF; bad input exits 2 with one line and writes nothing."""

import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.qt_messages import assert_no_qt_warnings, child_env, without_allowed

ROOT = Path(__file__).resolve().parents[2]
COFFEE = ROOT / "resources" / "lessons" / "02_coffee_roasting.nsnet"


def run_main(tmp_path, *args):
    env = child_env({**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                     "XDG_CONFIG_HOME": str(tmp_path / "config"), "LANG": "en_US.UTF-8"})
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "handout", *map(str, args)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert_no_qt_warnings(proc.stderr, f"main.py handout {' '.join(map(str, args))}")
    return proc


def test_trains_then_writes_a_letter_handout(tmp_path):
    out = tmp_path / "coffee.pdf"
    proc = run_main(tmp_path, COFFEE, "--out", out, "--page", "letter", "--epochs", "5")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"wrote {out} (")
    doc = pdfium.PdfDocument(str(out))
    sizes = {tuple(round(v) for v in page.get_size()) for page in doc}
    text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in doc)
    assert sizes == {(612, 792)} and len(doc) >= 2
    assert "Epoch reached 5" in text and "coffee_roasting.nsnet \u00b7 epoch 5" in text
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".pdf" and p.is_file()] == []
    doc.close()


def test_page_is_case_insensitive_and_a4_is_595_by_842(tmp_path):
    out = tmp_path / "a.pdf"
    assert run_main(tmp_path, COFFEE, "--out", out, "--page", "A4").returncode == 0
    doc = pdfium.PdfDocument(str(out))
    assert tuple(round(v) for v in doc[0].get_size()) == (595, 842)
    doc.close()


@pytest.mark.parametrize("args, says", [
    (("missing.nsnet", "--out", "x.pdf"), "missing.nsnet: no such file"),
    ((COFFEE, "--out", "x.pdf", "--page", "a5"), "invalid choice: 'a5'"),
    ((COFFEE, "--out", "x.pdf", "--epochs", "-3"), "--epochs must be 0 to"),
    ((COFFEE, "--out", "x.pdf", "--epochs", "many"), "invalid int value"),
    ((COFFEE, "--out", "x.png"), "must end in .pdf"),
    ((COFFEE, "--out", "nowhere/x.pdf"), "does not exist"),
    ((COFFEE,), "the following arguments are required: --out"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, args, says):
    proc = run_main(tmp_path, *args)
    assert proc.returncode == 2, proc.stderr
    lines = without_allowed(proc.stderr).strip().splitlines()
    assert len(lines) == 1 and says in lines[0], proc.stderr
    assert not list(tmp_path.glob("*.pdf"))


def test_a_damaged_file_exits_2_and_names_it(tmp_path):
    bad = tmp_path / "bad.nsnet"
    bad.write_text('{"format": "neuron-studio-network", "version": 1, "layers": 3}')
    proc = run_main(tmp_path, bad, "--out", tmp_path / "x.pdf")
    assert proc.returncode == 2 and "bad.nsnet" in proc.stderr
    assert len(without_allowed(proc.stderr).strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
