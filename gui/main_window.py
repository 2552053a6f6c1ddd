"""The main window. For now a read-only summary of the network; the editor comes later."""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
)

APP_NAME = "Neuron Studio"
FILE_FILTER = "Neuron Studio networks (*.nsnet);;All files (*)"


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("neuron-studio")
    except PackageNotFoundError:
        return "(not installed)"


def default_document():
    """The network shown when no file is given, from core.netfile.default_document()."""
    try:
        from core.netfile import default_document as make_default
    except ImportError as e:
        raise RuntimeError(f"cannot build the default network: core.netfile.default_document "
                           f"is not available ({e})") from e
    return make_default()


def _network_of(doc):
    """The core.network.Network inside a document (or the document itself, if it is one)."""
    net = getattr(doc, "network", None)
    if net is None and hasattr(doc, "all_neurons"):
        net = doc
    return net


def _title_of(doc, path: Path | None) -> str:
    meta = getattr(doc, "meta", None)
    title = meta.get("title") if isinstance(meta, dict) else None
    return str(title) if title else (path.name if path else "Default network")


def describe_document(doc, path: Path | None = None) -> list[str]:
    """Plain-text lines that summarise the network: title, inputs, layers, loss."""
    lines = [_title_of(doc, path)]
    net = _network_of(doc)
    if net is None:
        return lines + ["(this document holds no network)"]
    lines.append(f"Inputs: {', '.join(net.input_names)}")
    layers = net.all_neurons()
    for i, layer in enumerate(layers):
        kinds = Counter(n.activation for n in layer)
        acts = ", ".join(f"{name} \u00d7{count}" for name, count in kinds.items())
        name = "Output layer" if i == len(layers) - 1 else f"Hidden layer {i + 1}"
        units = f"{len(layer)} unit" + ("" if len(layer) == 1 else "s")
        lines.append(f"{name}: {units} ({acts})")
    lines.append(f"Loss: {net.loss}")
    return lines


class MainWindow(QMainWindow):
    """Owns the open document; ``open_file`` replaces it only when the new file loads."""

    def __init__(self, document=None, path: str | Path | None = None, parent=None):
        super().__init__(parent)
        self.document = None
        self.path: Path | None = None
        self.presentation = False
        self.summary = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.summary.setObjectName("networkSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.summary)
        self.setCentralWidget(scroll)
        self._make_menus()
        self.resize(1200, 800)
        self.set_document(document if document is not None else default_document(),
                          Path(path) if path else None)

    # -- menus -----------------------------------------------------------------------------
    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.setObjectName("fileMenu")
        self.open_action = self._action("&Open\u2026", QKeySequence.StandardKey.Open,
                                        self.choose_file)
        self.quit_action = self._action("&Quit", QKeySequence("Ctrl+Q"), self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.setObjectName("helpMenu")
        self.about_action = self._action("&About Neuron Studio", None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # -- document --------------------------------------------------------------------------
    def set_document(self, document, path: Path | None = None) -> None:
        self.document, self.path = document, path
        self.setWindowTitle(f"{path.name} \u2014 {APP_NAME}" if path else APP_NAME)
        self._show_summary()
        self.statusBar().showMessage(f"Loaded {path}" if path else "Default network loaded")

    def _show_summary(self) -> None:
        title, *rest = describe_document(self.document, self.path)
        body = "<br>".join(html.escape(line) for line in rest)
        meta = getattr(self.document, "meta", None)
        notes = meta.get("notes") if isinstance(meta, dict) else None
        notes_html = f"<p style='max-width:40em'><i>{html.escape(notes)}</i></p>" if notes else ""
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * (1.6 if self.presentation else 1.1))
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        self.summary.setText(f"<h2>{html.escape(title)}</h2><p>The network is loaded.</p>"
                             f"<p>{body}</p>{notes_html}")

    def set_presentation(self, on: bool) -> None:
        """Larger text for a projector (the full presentation mode comes later)."""
        self.presentation = bool(on)
        self._show_summary()

    def open_file(self, path: str | Path) -> bool:
        """Load ``path``; on failure show why and keep the current document."""
        from core import netfile

        path = Path(path)
        try:
            document = netfile.load(path)
        except netfile.NetFileError as e:
            self.show_error("Cannot open network", f"{path.name}: {e}")
            return False
        except OSError as e:
            self.show_error("Cannot open network", f"{path.name}: {e.strerror or e}")
            return False
        self.set_document(document, path)
        QSettings().setValue("last_dir", str(path.parent))
        return True

    def choose_file(self) -> None:
        start = str(QSettings().value("last_dir", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(self, "Open network", start, FILE_FILTER)
        if name:
            self.open_file(name)

    # -- dialogs (methods, so tests can replace them) ----------------------------------------
    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def show_about(self) -> None:
        QMessageBox.about(
            self, f"About {APP_NAME}",
            f"<h3>{APP_NAME} {app_version()}</h3>"
            "<p>Build small neural networks, choose an activation for each neuron, "
            "train them and watch them learn.</p>")
