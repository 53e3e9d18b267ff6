"""Atomic, durable file writes: temp file in the same folder, fsync, rename.

A crash or an exception at any point leaves either the old file or the new
one, never a torn mixture, and never a world-readable moment: the temp file
is created with its final permissions before the first byte is written.
This lives in ``crypto`` because crypto is the lowest layer that writes
files; ``store`` imports it too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_write_bytes", "atomic_writer", "fsync_dir"]

_TEMP_SUFFIX = ".partial"
_CREATE_ATTEMPTS = 16

# fsync on a directory is meaningless or refused on some platforms and file
# systems; those errors mean "not supported", not "the data is lost".
_FSYNC_DIR_UNSUPPORTED = frozenset(
    {errno.EINVAL, errno.EBADF, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EACCES, errno.EPERM}
)


def fsync_dir(path: Path) -> None:
    """Make a rename or create inside ``path`` durable (best effort).

    Without this, a power cut right after ``os.replace`` can lose the new
    directory entry on POSIX file systems. Windows cannot open directories;
    there the call does nothing.
    """
    if os.name == "nt":
        return
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _FSYNC_DIR_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def _create_temp(path: Path, mode: int) -> tuple[int, Path]:
    """Create a fresh temp file next to ``path``; O_EXCL so we never reuse one."""
    flags = (
        os.O_CREAT
        | os.O_EXCL
        | os.O_WRONLY
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_CLOEXEC", 0)
    )
    for _ in range(_CREATE_ATTEMPTS):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(8)}{_TEMP_SUFFIX}")
        try:
            fd = os.open(temp, flags, mode)
        except FileExistsError:
            continue
        return fd, temp
    raise FileExistsError(errno.EEXIST, "could not create a unique temporary file", str(path))


@contextlib.contextmanager
def atomic_writer(path: Path, *, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` only if the block succeeds.

    On any exception (including cancellation) the temp file is removed and
    ``path`` is left exactly as it was. ``mode`` applies from creation on and,
    as usual, the process umask can only make it stricter.
    """
    path = Path(path)
    fd, temp = _create_temp(path, mode)
    try:
        handle = os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    fsync_dir(path.parent)


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` atomically and durably."""
    with atomic_writer(path, mode=mode) as handle:
        handle.write(data)
