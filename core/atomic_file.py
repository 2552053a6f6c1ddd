"""Write a whole file or nothing: the one atomic writer of network files, handouts,
recordings and exported scripts.

``write_bytes`` writes data it has; a file that another program writes by name (a video
from ffmpeg) goes through ``temp_beside`` and ``replace_with`` instead, in the same way.
"""

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
    tmp, fd = _create(path, ".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        _put_in_place(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def temp_beside(path, suffix: str = ".tmp") -> str:
    """A new, empty hidden file beside ``path`` (beside its target, through a symlink)
    whose name ends in ``suffix`` (ffmpeg picks its container by it), created so that
    nobody else takes the name. Write it, then ``replace_with``; on an error, remove it.
    Raises OSError."""
    tmp, fd = _create(os.path.realpath(os.fspath(path)), suffix)
    os.close(fd)
    return tmp


def replace_with(tmp, path) -> None:
    """The finished file ``tmp`` (from ``temp_beside``) becomes ``path``, as
    ``write_bytes`` does it: fsync, ``path``'s permissions kept, os.replace. Raises
    OSError (``tmp`` is then still there)."""
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    _put_in_place(os.fspath(tmp), os.path.realpath(os.fspath(path)))


def _create(path: str, suffix: str) -> tuple[str, int]:
    """(name, open descriptor) of a new hidden file beside the real ``path``."""
    tmp = os.path.join(os.path.dirname(path),
                       f".{os.path.basename(path)}.{secrets.token_hex(4)}{suffix}")
    return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # umask applies


def _put_in_place(tmp: str, path: str) -> None:
    if os.path.exists(path):
        os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))
    os.replace(tmp, path)
    _fsync_folder(os.path.dirname(path))


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
