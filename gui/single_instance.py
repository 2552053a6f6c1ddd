"""One app per person: ``neuron-studio FILE`` while Neuron Studio runs hands FILE to the
running app, which opens it in a new window, and exits 0 (a double-click on a second .nsnet
file in the file manager does this).

The running app listens on a local socket (``QLocalServer``), one per user and screen
(``$DISPLAY``/``$WAYLAND_DISPLAY``: a second login of the same person has its own): in
``$XDG_RUNTIME_DIR`` (private to the user) when set, else under a name with the user's name
(Qt puts it in the temporary folder, readable by the user only). A request is one line of
JSON, ``{"open": "/absolute/file.nsnet"}`` or ``{"open": null}`` (a new default window); the
app answers ``ok`` and opens it. A socket left by a crashed app refuses the connection: the
next app removes it (``QLocalServer.removeServer``) and listens in its place.
``$NEURON_STUDIO_INSTANCE`` names a private server (the tests use one).
"""

from __future__ import annotations

import getpass
import json
import os
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ENV_NAME = "NEURON_STUDIO_INSTANCE"
CONNECT_MS = 1000
REPLY_MS = 5000
MAX_REQUEST = 64 * 1024          # a path is far shorter; more is not a request of ours
REPLY = b"ok\n"


def server_name() -> str:
    """The per-user name (or path) of the running app's socket."""
    name = os.environ.get(ENV_NAME)
    if name:
        return name
    try:
        user = getpass.getuser()
    except (OSError, KeyError):       # no name for this uid (a container)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    # One app per person AND screen: the same account logged in twice (at the desk and over
    # VNC) must not see a file double-clicked on one screen open on the other
    screen = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or ""
    base = "-".join(part for part in ("neuron-studio", user, screen) if part)
    base = "".join(c if c.isalnum() or c in "-_." else "_" for c in base)
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and os.path.isabs(runtime) and os.path.isdir(runtime):
        return os.path.join(runtime, f"{base}.socket")
    return base


def hand_over(path: str | None, name: str | None = None) -> bool:
    """Ask the running app to open ``path`` (an absolute path; None: a new default
    window). True when it said yes; False when no app answers (then start one)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(json.dumps({"open": path}).encode("utf-8") + b"\n")
    socket.flush()
    reply = b""
    while len(reply) < len(REPLY) and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply == REPLY


def parse_request(data: bytes) -> tuple[bool, str | None]:
    """``(valid, path)`` of one request line; a path is a non-empty string or None."""
    try:
        request = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False, None
    path = request.get("open", False) if isinstance(request, dict) else False
    if path is None or (isinstance(path, str) and path and "\0" not in path):
        return True, path
    return False, None


class InstanceServer(QObject):
    """Listens for ``hand_over`` requests; ``openRequested(path or None)`` for each."""

    openRequested = Signal(object)

    def __init__(self, parent=None, name: str | None = None):
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False when another app already does (or the name is unusable:
        then this app simply runs on its own). A socket left by a crash is removed first.
        Asked before listening: Qt's listen() takes a Unix socket path over even from a
        live app."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_MS):      # a live app: leave it be
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)         # stale, after a crash
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        self._buffers[socket] = data
        if b"\n" not in data and len(data) <= MAX_REQUEST:
            return                                   # the rest is on its way
        valid, path = parse_request(data.split(b"\n", 1)[0][:MAX_REQUEST])
        del self._buffers[socket]
        if valid:
            socket.write(REPLY)
            socket.flush()
        socket.disconnectFromServer()
        if valid:
            self.openRequested.emit(path)
