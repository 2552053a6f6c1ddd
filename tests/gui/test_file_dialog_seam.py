"""Every file dialog goes through ``gui/files.py``: one seam that a random-input test
switches to answers inside a temporary folder (a real Qt file dialog fed random keys can
delete a folder recursively)."""

from pathlib import Path

import gui
from gui import files

GUI = Path(gui.__file__).parent


def test_only_gui_files_names_qfiledialog():
    offenders = [str(p.relative_to(GUI.parent)) for p in sorted(GUI.rglob("*.py"))
                 if p != GUI / "files.py" and "QFileDialog" in p.read_text(encoding="utf-8")]
    assert offenders == [], f"file dialogs outside gui/files.py: {offenders}"


def test_sandbox_dialogs_answer_inside_the_folder(tmp_path):
    (tmp_path / "a.nsnet").write_text("{}")
    (tmp_path / "b.csv").write_text("x,y\n")
    try:
        sandbox = files.use_sandbox_dialogs(tmp_path)
        answers = [files.ask_open_file(None, "Open", "/", files.FILE_FILTER) for _ in range(3)]
        answers += [files.ask_save_file(None, "Save", "/", "PNG image (*.png)")
                    for _ in range(3)]
        assert files.ask_open_path(None) in (None, tmp_path.resolve() / "a.nsnet")
    finally:
        files.use_sandbox_dialogs(None)
    assert sandbox.asked == 7 and "" in answers
    for name in filter(None, answers):
        assert Path(name).parent == tmp_path.resolve()
        assert Path(name).suffix in (".nsnet", ".png")
    assert files.sandbox_dialogs() is None
