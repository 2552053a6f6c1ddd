"""Drag-and-drop payloads shared by the palette, the neuron items and the drop handler.

Both are plain UTF-8 text so a drop can be built in a test with a real ``QMimeData``:

- ``MIME_ACTIVATION``: an activation name, e.g. ``"relu"`` (from the palette);
- ``MIME_NEURON``: ``"layer,unit"`` of an existing neuron being moved (user order).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData

from core import activations as act

MIME_ACTIVATION = "application/x-neuron-studio-activation"
MIME_NEURON = "application/x-neuron-studio-neuron"


def activation_mime(name: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_ACTIVATION, QByteArray(name.encode("utf-8")))
    mime.setText(name)       # other apps (a text editor) get something readable
    return mime


def neuron_mime(layer: int, unit: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_NEURON, QByteArray(f"{layer},{unit}".encode("utf-8")))
    return mime


def _payload(mime: QMimeData, fmt: str) -> str | None:
    if mime is None or not mime.hasFormat(fmt):
        return None
    return bytes(mime.data(fmt).data()).decode("utf-8", errors="replace").strip()


def read_activation(mime: QMimeData) -> str | None:
    """The activation name carried by ``mime``, or None if absent or not a known name."""
    name = _payload(mime, MIME_ACTIVATION)
    return name if name in act.ACTIVATIONS else None


def read_neuron(mime: QMimeData) -> tuple[int, int] | None:
    """(layer, unit) carried by ``mime``, or None if absent or malformed."""
    text = _payload(mime, MIME_NEURON)
    if text is None:
        return None
    parts = text.split(",")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        return None
    return int(parts[0]), int(parts[1])


def is_ours(mime: QMimeData) -> bool:
    return mime is not None and (mime.hasFormat(MIME_ACTIVATION) or mime.hasFormat(MIME_NEURON))
