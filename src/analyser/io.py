"""Atomic file writing: the one place where the analyser puts a file on disk.

A file is written to a unique temporary name in the target's folder
(``.<name>.<random>.part``), flushed and ``fsync``-ed, then moved over the
target with :func:`os.replace` (atomic on POSIX and Windows within one file
system). A reader, a concurrent writer or a run killed mid-write therefore
sees either the old file or the new one, never a half-written file; when
writing fails (disk full, permission, interrupt) the temporary file is
deleted and the error is raised. New files get the usual permissions
(0666 minus the umask, e.g. 0644), not ``mkstemp``'s 0600; a replaced file
keeps its mode.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["atomic_path", "file_sha256", "write_bytes_atomic", "write_text_atomic"]

PART_SUFFIX = ".part"
"""Suffix of temporary files (tests check that none is left behind)."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()  # read once: os.umask can only be read by setting it, which is not thread-safe


def _fsync_dir(folder: Path) -> None:
    """Best effort: make the rename durable (not supported on every OS / file system)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on normal exit it is fsync-ed and moved onto ``path``.

    For writers that need a file name (a library writing to a path). When the
    body raises, the temporary file is deleted and the exception propagates
    (an ``OSError`` without a file name, as a failed ``write`` on a full disk
    raises, gets ``path`` as its ``filename``); ``path`` is left untouched.
    Parent folders are created.

    Example::

        with atomic_path(out / "table.parquet") as tmp:
            frame.to_parquet(tmp)
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        try:
            mode = path.stat().st_mode & 0o7777
        except OSError:
            mode = 0o666 & ~_UMASK
        os.chmod(tmp, mode)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename is None:  # a failed write() names no file (EFBIG, ENOSPC):
            exc.filename = str(path)  # the error line names the file that could not be written (fresh7)
        raise
    _fsync_dir(path.parent)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see the module docstring); returns ``path`` as a Path.

    Raises:
        OSError: the folder cannot be created or the file cannot be written
            (nothing is left behind; an existing ``path`` is unchanged).
    """
    path = Path(path)
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
    return path


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically; returns ``path`` as a Path.

    Raises:
        OSError: as :func:`write_bytes_atomic`.
    """
    return write_bytes_atomic(path, text.encode("utf-8"))


def file_sha256(path: str | os.PathLike[str]) -> str | None:
    """sha256 of a file's bytes, or None when it cannot be read."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()
