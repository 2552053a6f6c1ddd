"""Child process of tests/gui/test_single_instance.py: the app started as ``run`` starts it,
with QFileOpenEvents posted to the application as macOS sends them (a document opened in
Finder). Only the real app's QApplication (``gui.app.Application``) hears them; a test
process has pytest-qt's, hence a process of its own.

    python tests/gui/file_open_child.py FILE_A FILE_B

Three starts, one after the other: FILE_A posted before the first window exists, then
after it, then after it and an edit; FILE_B each time to the running app. Prints one JSON
line per step: the files of the app's windows, in order (null: the default network).
"""

import json
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from gui import app as gui_app


def files(manager) -> list:
    return [str(w.document.path) if w.document.path else None for w in manager.windows]


def start(app, manager, first: str, second: str, early: bool, edit: bool = False) -> None:
    if early:
        QCoreApplication.postEvent(app, QFileOpenEvent(first))
    window = gui_app.start_windows(app, manager, None)
    print(json.dumps(files(manager)), flush=True)
    if edit:                        # the default network changed: never replaced
        window.document.set_modified(True)
        window.ask_save_changes = lambda: "discard"
    for path in ([] if early else [first]) + [second]:
        QCoreApplication.postEvent(app, QFileOpenEvent(path))
        app.processEvents()
        print(json.dumps(files(manager)), flush=True)
    manager.dispose_all()


def main(first: str, second: str) -> None:
    app = gui_app.application()
    manager = gui_app.windows()
    start(app, manager, first, second, early=True)
    start(app, manager, first, second, early=False)
    start(app, manager, first, second, early=False, edit=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
