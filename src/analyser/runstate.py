"""The state of an ``analyse`` run in its output folder: run lock, journal, staged documents.

Nothing a run finished may be lost, whatever stops it (Ctrl-C, SIGTERM,
kill -9, a crashed worker) and whoever reads the folder meanwhile. Three
small files and a folder in ``OUT`` make that checkable:

``OUT/.analyse.lock``
    Held with ``fcntl.flock`` by the one ``analyse`` run writing into ``OUT``
    (:class:`RunLock`); it holds that process's pid. The kernel releases it
    when the process ends, even by kill -9, so a lock that can be taken is
    never stale. A second run is refused with "an analyse run is in progress
    (pid …)" (E510) before any model is loaded.
``OUT/.run-journal.jsonl``
    Written while a run goes (:class:`RunJournal`): the run's settings, then
    one line per finished document. A journal left behind means the run was
    killed; the next command rebuilds ``run.json`` from it.
``OUT/.staging/<doc_id>/``
    A new analysis is written here first, with a ``commit.json`` marker naming
    the bytes and fingerprint it belongs to; after the store committed it, the
    files are moved into ``OUT/<doc_id>/`` (:func:`publish`). A document being
    removed is first moved to ``OUT/.staging/<doc_id>.removed``
    (:func:`retire`). :func:`pending_stages` lists what a killed run left, for
    :func:`analyser.pipeline.recover_output` to finish or discard.

Works on POSIX (``fcntl``); elsewhere the lock is a no-op.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

from .errors import AnalyserError, Errors
from .io import PART_SUFFIX, write_text_atomic

LOCK_NAME = ".analyse.lock"
JOURNAL_NAME = ".run-journal.jsonl"
STAGING_NAME = ".staging"
COMMIT_MARKER = "commit.json"
REMOVED_SUFFIX = ".removed"

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class RunLock:
    """The exclusive run lock of an output folder (``OUT/.analyse.lock``).

    Args:
        out: the output folder (must exist).

    Use :meth:`acquire` / :meth:`release` or as a context manager (acquires).
    """

    def __init__(self, out: str | os.PathLike[str]) -> None:
        self.out = Path(out)
        self.path = self.out / LOCK_NAME
        self._fh: IO[str] | None = None

    def try_acquire(self, wait: float = 0.0) -> bool:
        """Take the lock, retrying for ``wait`` seconds; False when another process holds it.

        On success the file holds this process's pid.
        """
        if fcntl is None:  # pragma: no cover
            return True
        fh = open(self.path, "a+", encoding="utf-8")
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    fh.close()
                    return False
                time.sleep(0.05)
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
        except OSError:  # disk full: the lock is not kept half-taken
            with contextlib.suppress(OSError):
                fcntl.flock(fh, fcntl.LOCK_UN)
            with contextlib.suppress(OSError):
                fh.close()
            raise
        self._fh = fh
        return True

    def acquire(self, wait: float = 2.0) -> None:
        """Take the lock or raise.

        Raises:
            AnalyserError: E510 "an analyse run is in progress (pid …)" when
                another process holds it after ``wait`` seconds.
        """
        if not self.try_acquire(wait):
            raise AnalyserError(Errors.E510, path=str(self.out), pid=holder_pid(self.out) or "unknown")

    def release(self) -> None:
        """Release the lock (idempotent); the file stays (its pid is only read while it is locked)."""
        fh, self._fh = self._fh, None
        if fh is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fh, fcntl.LOCK_UN)
            fh.close()

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def holder_pid(out: str | os.PathLike[str]) -> int | None:
    """The pid written in ``OUT/.analyse.lock`` (None when unreadable)."""
    try:
        return int((Path(out) / LOCK_NAME).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def running_pid(out: str | os.PathLike[str]) -> int | None:
    """The pid of the ``analyse`` run now writing into ``out``, or None when no run holds the lock."""
    path = Path(out) / LOCK_NAME
    if fcntl is None or not path.exists():
        return None
    try:
        with open(path, "r", encoding="utf-8") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return holder_pid(out) or -1
            fcntl.flock(fh, fcntl.LOCK_UN)
    except OSError:
        return None
    return None


@contextlib.contextmanager
def lock_if_free(path: str | os.PathLike[str]) -> Iterator[bool]:
    """Hold an exclusive ``fcntl.flock`` on ``path`` while the block runs, if no other open file holds it.

    Yields True when the lock is held (released on exit), False when another process (or another open file of
    this one) holds it or the file cannot be opened (a read-only folder: nothing may be written there anyway).
    Never waits. For the lock files of :class:`RunLock` (``.analyse.lock``) and
    :func:`analyser.review.reviews_lock` (``.refresh.lock``, ``reviews.csv.lock``); on systems without ``fcntl``
    it yields False (no one's ownership can be told).
    """
    if fcntl is None:  # pragma: no cover - Windows
        yield False
        return
    try:
        fh = open(path, "a", encoding="utf-8")
    except OSError:
        yield False
        return
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            with contextlib.suppress(OSError):
                fcntl.flock(fh, fcntl.LOCK_UN)


class RunJournal:
    """``OUT/.run-journal.jsonl``: the settings of the running run, then one JSON line per finished document.

    Args:
        out: the output folder.
        run_info: the settings written to ``run.json`` (JSON-serialisable).

    Raises:
        OSError: the journal cannot be written (disk full, permissions). It is
            written atomically, whole or not at all, so a run that fails to
            start leaves no journal that the next command would take for a
            killed run (and replace ``run.json`` from).
    """

    def __init__(self, out: str | os.PathLike[str], run_info: Mapping) -> None:
        self.path = Path(out) / JOURNAL_NAME
        write_text_atomic(self.path, json.dumps({"run_info": dict(run_info), "pid": os.getpid()}, ensure_ascii=False) + "\n")

    def add(self, result: Mapping) -> None:
        """Append one document's result (a ``RunResult.model_dump(mode="json")`` dict) as one line, whole or not at all.

        A write that fails part-way (a full disk: ENOSPC) is cut back to the journal's earlier
        length, so the journal never holds a torn line; a torn tail left by a process killed
        mid-write is ended with a line break first, so it cannot swallow the new line.

        Raises:
            OSError: the line cannot be written (the journal is as it was before the call).
        """
        line = (json.dumps(dict(result), ensure_ascii=False) + "\n").encode("utf-8")
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            size = os.fstat(fd).st_size
            if size and os.pread(fd, 1, size - 1) != b"\n":  # a torn line of a killed writer
                line = b"\n" + line
            try:
                view = memoryview(line)
                while view:
                    view = view[os.write(fd, view):]
            except OSError:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, size)
                raise
        finally:
            os.close(fd)

    def close(self) -> None:
        """Remove the journal: the run finished and wrote ``run.json``."""
        self.path.unlink(missing_ok=True)


def read_journal(out: str | os.PathLike[str]) -> tuple[dict, list[dict]] | None:
    """(run_info, results) of a journal left by a killed run, or None when there is none.

    A line cut short by the kill is ignored; a record that a torn line swallowed (written
    on the same line after it by an earlier version) is recovered.
    """
    path = Path(out) / JOURNAL_NAME
    try:
        lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    rows = []
    for line in lines:
        row = _journal_row(line)
        if row is not None:
            rows.append(row)
    if not rows or "run_info" not in rows[0]:
        return ({}, [r for r in rows if "doc_id" in r])
    return rows[0]["run_info"], [r for r in rows[1:] if "doc_id" in r]


def _journal_row(line: str) -> dict | None:
    """One journal line as a dict; a torn head followed by a whole record gives that record; else None."""
    with contextlib.suppress(ValueError):
        row = json.loads(line)
        return row if isinstance(row, dict) else None
    decoder, text = json.JSONDecoder(), line.rstrip()
    start = text.find("{", 1)
    while start != -1:
        with contextlib.suppress(ValueError):
            row, end = decoder.raw_decode(text, start)
            if end == len(text) and isinstance(row, dict):
                return row
        start = text.find("{", start + 1)
    return None


def stage_dir(out: str | os.PathLike[str], doc_id: str) -> Path:
    """``OUT/.staging/<doc_id>``: where a new analysis waits for its store commit."""
    return Path(out) / STAGING_NAME / doc_id


def write_marker(stage: Path, sha256: str | None, fingerprint: str) -> None:
    """Mark a staged analysis with the file bytes and fingerprint it belongs to (``commit.json``)."""
    (stage / COMMIT_MARKER).write_text(json.dumps({"sha256": sha256, "fingerprint": fingerprint}), encoding="utf-8")


def read_marker(stage: Path) -> dict | None:
    """The ``commit.json`` of a staged analysis, or None when missing or cut short."""
    try:
        return json.loads((stage / COMMIT_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def publish(out: str | os.PathLike[str], doc_id: str) -> Path:
    """Move a committed staged analysis into ``OUT/<doc_id>/`` (each file by :func:`os.replace`), drop the stage.

    Idempotent: a publish cut short by a kill is finished by calling it again.

    Returns:
        The document folder.
    """
    stage = stage_dir(out, doc_id)
    folder = Path(out) / doc_id
    folder.mkdir(parents=True, exist_ok=True)
    if stage.is_dir():
        for f in sorted(stage.iterdir()):
            if f.name != COMMIT_MARKER and f.is_file() and not (f.name.startswith(".") and f.name.endswith(PART_SUFFIX)):
                os.replace(f, folder / f.name)  # a temporary a killed writer left in the stage is dropped with it
        shutil.rmtree(stage, ignore_errors=True)
    return folder


def discard(out: str | os.PathLike[str], doc_id: str) -> None:
    """Drop a staged analysis that was not committed."""
    shutil.rmtree(stage_dir(out, doc_id), ignore_errors=True)


def retire(out: str | os.PathLike[str], doc_id: str) -> Path | None:
    """Move ``OUT/<doc_id>/`` aside to ``OUT/.staging/<doc_id>.removed`` before its store rows are deleted.

    Returns:
        The moved folder, or None when there was none.
    """
    folder = Path(out) / doc_id
    if not folder.is_dir():
        return None
    target = Path(out) / STAGING_NAME / (doc_id + REMOVED_SUFFIX)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(target, ignore_errors=True)
    os.replace(folder, target)
    return target


def unretire(out: str | os.PathLike[str], doc_id: str, moved: Path) -> Path:
    """Put a folder :func:`retire` moved aside back to ``OUT/<doc_id>/`` (its removal was not committed).

    Returns:
        The document folder.
    """
    folder = Path(out) / doc_id
    os.replace(moved, folder)
    return folder


def keep_folder(path: Path, kept: Path) -> None:
    """Rename a retired document folder that still holds an analyst's files to ``kept`` (``OUT/<doc_id>/`` or
    ``OUT/<doc_id>.kept-<UTC time>/``); :func:`analyser.pipeline.maintenance` deleted the analyser's own files first."""
    os.replace(path, kept)


def set_aside(path: Path, kept: Path) -> None:
    """Rename a file (a damaged store; a rebuilt store into its place) to ``kept``, and its ``.wal`` companion, if any, alongside it."""
    os.replace(path, kept)
    wal = path.with_name(path.name + ".wal")
    if wal.exists():
        os.replace(wal, kept.with_name(kept.name + ".wal"))


def pending_stages(out: str | os.PathLike[str]) -> Iterator[tuple[str, Path, bool]]:
    """What a killed run left in ``OUT/.staging``: (doc_id, path, is_removal), sorted."""
    root = Path(out) / STAGING_NAME
    if not root.is_dir():
        return
    for p in sorted(root.iterdir()):
        if p.name.endswith(REMOVED_SUFFIX):
            yield p.name[: -len(REMOVED_SUFFIX)], p, True
        else:
            yield p.name, p, False
