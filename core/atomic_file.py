"""Write a whole file or nothing: the one atomic writer of network files, handouts and
exported scripts."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat


def write_bytes(path, data: bytes) -> None:
    """``data`` to ``path`` through a temporary file in the same folder, fsync, then
    os.replace: an old file stays whole until the new one is complete, and on any error
    nothing is left behind. A new file gets the usual permissions (0666 less the umask), a
    replaced one keeps its own. Through a symlink, not over it. Raises OSError."""
    path = os.path.realpath(os.fspath(path))
    folder = os.path.dirname(path)
    tmp = os.path.join(folder, f".{os.path.basename(path)}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # umask applies
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if os.path.exists(path):
            os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: str) -> None:
    # makes the rename itself durable on POSIX; not possible (nor needed) on Windows
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
