"""The embedded analysis store: ``OUT/analysis.duckdb``.

One DuckDB database per output folder holds everything a run produced, so that
analysts can query it with SQL or pandas (``duckdb.connect(path, read_only=True)``
or :func:`analyser.load`). Tables (one row per …):

=============  ===============================================================
documents      analysed document: doc_id, source_path, sha256, language, pages,
               follows_template, model, analyser_version, fingerprint, counts,
               scope (in_scope reviews applied, in_scope_score, machine_in_scope,
               scope_reviewed, scope_review_note, scope_reviewer)
sections       document × Annex section: present, heading, pages, answer_words
blocks         document × parsed block: page, kind, role, section, key_element, text
passages       document × embedded passage: section, page, n_tokens, truncated, text
embeddings     document × passage: ``vector FLOAT[dim]`` (L2-normalised)
coverage       document × key element: label, score, misplaced, machine label, review
evidence       document × key element × rank: passage, block, page, sentence, text
similarity     section × ordered document pair: cosine of section centroids
=============  ===============================================================

Writes are one transaction per document (:meth:`AnalysisStore.put_document`):
an interrupted run leaves every committed document intact, and DuckDB rolls
back the unfinished one. The ``fingerprint`` of a document row records what
produced it (see :func:`analyser.pipeline.run_fingerprint`); a re-run skips a
document whose file bytes (``sha256``) and fingerprint are unchanged.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from .errors import AnalyserError, Errors
from .schema import Analysis, as_analysis

STORE_NAME = "analysis.duckdb"
TABLES = ("documents", "sections", "blocks", "passages", "embeddings", "coverage", "evidence", "similarity", "aspects")
_PER_DOCUMENT = ("sections", "blocks", "passages", "embeddings", "coverage", "evidence", "aspects")

_DDL = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, source_path VARCHAR, sha256 VARCHAR, language VARCHAR,
    pages INTEGER, follows_template BOOLEAN, model VARCHAR, analyser_version VARCHAR,
    fingerprint VARCHAR, n_addressed INTEGER, n_partial INTEGER, n_absent INTEGER,
    status VARCHAR, analysed_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS sections (
    doc_id VARCHAR, section VARCHAR, present BOOLEAN, heading VARCHAR, pages INTEGER[], answer_words INTEGER);
CREATE TABLE IF NOT EXISTS blocks (
    doc_id VARCHAR, block_id VARCHAR, page INTEGER, kind VARCHAR, role VARCHAR, section VARCHAR,
    key_element VARCHAR, confidence DOUBLE, text VARCHAR);
CREATE TABLE IF NOT EXISTS passages (
    doc_id VARCHAR, passage_id VARCHAR, section VARCHAR, page INTEGER, n_tokens INTEGER,
    truncated BOOLEAN, text VARCHAR);
CREATE TABLE IF NOT EXISTS embeddings (doc_id VARCHAR, passage_id VARCHAR, vector FLOAT[]);
CREATE TABLE IF NOT EXISTS coverage (
    doc_id VARCHAR, language VARCHAR, section VARCHAR, key_element VARCHAR, label VARCHAR, score DOUBLE,
    misplaced BOOLEAN, machine_label VARCHAR, reviewed BOOLEAN, review_note VARCHAR);
CREATE TABLE IF NOT EXISTS evidence (
    doc_id VARCHAR, language VARCHAR, key_element VARCHAR, rank INTEGER, passage_id VARCHAR, block_id VARCHAR,
    page INTEGER, section VARCHAR, similarity DOUBLE, sentence VARCHAR, text VARCHAR);
CREATE TABLE IF NOT EXISTS similarity (section VARCHAR, doc_a VARCHAR, doc_b VARCHAR, similarity DOUBLE);
"""


_SCOPE_DDL = """
ALTER TABLE documents ADD COLUMN IF NOT EXISTS in_scope BOOLEAN;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS in_scope_score DOUBLE;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS machine_in_scope BOOLEAN;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS scope_reviewed BOOLEAN;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS scope_review_note VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS scope_reviewer VARCHAR;
"""
"""The scope columns of ``documents`` (added to stores written before them; NULL there until the document is
stored again or its scope review state is set, :meth:`AnalysisStore.set_scope`)."""

SCOPE_COLUMNS = ("in_scope", "in_scope_score", "machine_in_scope", "scope_reviewed", "scope_review_note", "scope_reviewer")


READ_TIMEOUT = 30.0
"""Seconds a reader waits for a writer's transaction (``analyse`` holds the file only while it commits a document)."""
WRITE_TIMEOUT = 120.0
"""Seconds a writer waits while another analyser process holds the file (``analyse`` commits a document, ``report`` exports)."""
FOREIGN_TIMEOUT = 3.0
"""Seconds anyone waits while a process that is not an analyser command holds the file (a notebook's
``duckdb.connect``, the duckdb shell): such a holder keeps it until closed, so waiting longer only delays E511."""

COMMIT_FOREIGN_TIMEOUT = 30.0
"""Seconds a run's commit of a computed document waits for such a holder before the document fails (E515): a
notebook that opened the store mid-run to read it usually closes it within seconds, and the document's analysis
(minutes of work with the real model) would be thrown away (fresh-eyes, sixth session)."""


def is_lock_error(exc: BaseException) -> bool:
    """True when a DuckDB error says another process holds the database file (a lock conflict, not damage)."""
    text = str(exc).lower()
    if "different configuration" in text:  # this process holds the file with other settings (read-only vs writable)
        return True
    return "lock" in text and ("conflicting" in text or "could not set lock" in text or "resource temporarily" in text)


def is_disk_full(exc: BaseException) -> bool:
    """True when a DuckDB error says the disk (or the user's quota) is full: the file is fine, the write failed."""
    text = str(exc)
    return any(m in text for m in ("No space left on device", "Disk quota exceeded", "File too large"))


def _disk_full(path: Path) -> OSError:
    """The ``OSError`` (ENOSPC, naming the store file) a full disk is to every caller, as for any file written."""
    import errno

    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))


def _holder_pid(message: str) -> int | None:
    """The pid in DuckDB's lock message ("Conflicting lock is held in /usr/bin/python3 (PID 1234)"), else None."""
    import re

    m = re.search(r"\(PID (\d+)\)", message) or re.search(r"PID (\d+)", message)
    return int(m.group(1)) if m else None


def _lock_holder(message: str) -> str:
    """``"process 1234 (python3)"``-style holder from DuckDB's lock message, else "another process"."""
    import re

    pid = _holder_pid(message)
    if pid is None:
        return "another process"
    m = re.search(r"held in (.+?) \(PID", message)
    return f"process {pid} ({Path(m.group(1)).name})" if m else f"process {pid}"


def _is_analyser_process(pid: int | None, folder: Path) -> bool:
    """True when ``pid`` is an analyser command that holds the store only briefly.

    That is the ``analyse`` run of ``folder`` (its run lock) or, on Linux, a process started as
    ``analyser …`` / ``python -m analyser.cli …``. Anything else (a notebook, the duckdb shell, an
    unknown pid) is foreign: it holds the file until it closes its connection.
    """
    if pid is None:
        return False
    from .runstate import running_pid

    if running_pid(folder) in (pid, -1):
        return True
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return any(a == b"analyser.cli" for a in argv) or any(Path(a.decode(errors="replace")).name == "analyser" for a in argv[:2])


# --------------------------------------------------------------------------- one process, several threads

_GATE = threading.Condition()
_HELD: dict[str, dict[int, list[int]]] = {}
"""Store file (resolved path) -> thread ident -> [read-only connections, writable connections] open in this process."""


def _enter_gate(path: Path, read_only: bool, deadline: float) -> tuple[str, int, bool]:
    """Take this process's turn at a store file before connecting to it; the key for :func:`_leave_gate`.

    DuckDB keeps one database instance per file and process: a read-only and a writable connection
    of one process cannot be open at once ("different configuration"), and two threads' writable
    connections share one instance, where their transactions conflict. So, within a process, writable
    stores of a file take turns with every other store of it, while read-only ones share it: a thread
    waits (until ``deadline``, :func:`time.monotonic`) for other threads' connections of the other kind
    (or, to write, any other thread's writer) to close. A thread's own connections never make it wait
    (nested stores of one kind share the instance); one of the other kind in the same thread fails at
    once (E511 naming this process), as waiting for itself would never end. Before, two refreshes in
    threads of one process (a notebook's ``Results.refresh`` twice) failed with E511 at random.

    Raises:
        AnalyserError: E511 when the turn does not come by ``deadline`` or the thread itself holds a
            connection of the other kind.
    """
    key = os.path.realpath(path)
    me = threading.get_ident()
    slot = 0 if read_only else 1

    def blocked() -> bool:
        for thread, (readers, writers) in _HELD.get(key, {}).items():
            if thread == me:
                if (writers if read_only else readers):
                    raise AnalyserError(Errors.E511, path=str(path), holder=(
                        "this process (this thread holds a " + ("writable" if read_only else "read-only")
                        + " connection to it); close it first")) from None
                continue
            if writers or (not read_only and readers):
                return True
        return False

    with _GATE:
        while blocked():
            left = deadline - time.monotonic()
            if left <= 0:
                raise AnalyserError(Errors.E511, path=str(path), holder="another thread of this process (a "
                                    "store connection still open after the wait)")
            _GATE.wait(min(left, 1.0))
        _HELD.setdefault(key, {}).setdefault(me, [0, 0])[slot] += 1
    return key, me, read_only


def _leave_gate(gate_key: tuple[str, int, bool]) -> None:
    """Give back a turn taken by :func:`_enter_gate` (the connection is closed) and wake the waiting threads."""
    key, thread, read_only = gate_key
    with _GATE:
        held = _HELD.get(key, {})
        counts = held.get(thread)
        if counts is not None:
            counts[0 if read_only else 1] -= 1
            if counts == [0, 0]:
                del held[thread]
            if not held:
                _HELD.pop(key, None)
        _GATE.notify_all()


@dataclass(frozen=True)
class PassageVectors:
    """The embedded passages of one document, as stored.

    Attributes:
        doc_id: the document.
        passage_ids, sections, pages, texts: (P,) per passage, in document order.
        vectors: float32 (P, dim), L2-normalised.
    """

    doc_id: str
    passage_ids: tuple[str, ...]
    sections: tuple[str | None, ...]
    pages: tuple[int, ...]
    texts: tuple[str, ...]
    vectors: np.ndarray


COVERAGE_COLUMNS = ("doc_id", "language", "section", "key_element", "label", "score", "misplaced",
                    "machine_label", "reviewed", "review_note")


def coverage_frame(analysis: Analysis | Mapping) -> pd.DataFrame:
    """The coverage rows of one analysis (reviews applied or not), columns :data:`COVERAGE_COLUMNS`.

    Raises:
        ScoreError: ``E403`` when a dict given is not an analysis.
    """
    a = as_analysis(analysis)
    return pd.DataFrame([
        {"doc_id": a.doc_id, "language": a.language, "section": kid.rsplit(".", 1)[0], "key_element": kid,
         "label": c.label, "score": c.score, "misplaced": c.misplaced,
         "machine_label": c.machine_label or c.label, "reviewed": bool(c.reviewed),
         "review_note": c.review_note}
        for kid, c in a.coverage.items()
    ], columns=list(COVERAGE_COLUMNS))


# --------------------------------------------------------------------------- aspects (issue 13)

_ASPECTS_DDL = """
CREATE TABLE IF NOT EXISTS aspects (
    doc_id VARCHAR, language VARCHAR, section VARCHAR, key_element VARCHAR, key_element_label VARCHAR,
    aspect VARCHAR, descriptor VARCHAR, covered BOOLEAN, score DOUBLE, evidence_page INTEGER,
    evidence_sentence VARCHAR, machine_covered BOOLEAN, reviewed BOOLEAN, review_note VARCHAR);
ALTER TABLE aspects ADD COLUMN IF NOT EXISTS machine_covered BOOLEAN;
ALTER TABLE aspects ADD COLUMN IF NOT EXISTS reviewed BOOLEAN;
ALTER TABLE aspects ADD COLUMN IF NOT EXISTS review_note VARCHAR;
UPDATE aspects SET machine_covered = covered, reviewed = false WHERE machine_covered IS NULL;
"""

ASPECT_COLUMNS = ("doc_id", "language", "section", "key_element", "key_element_label", "aspect", "descriptor",
                  "covered", "score", "evidence_page", "evidence_sentence", "machine_covered", "reviewed", "review_note")


def aspect_frame(analysis: Analysis | Mapping) -> pd.DataFrame:
    """The aspect rows of one analysis, columns :data:`ASPECT_COLUMNS`, in Annex order.

    One row per ``coverage[<ke>].aspects`` item (none for an analysis written before aspects
    existed). ``key_element_label`` is the key element's label as stored (reviews applied when the
    analysis has them); ``evidence_page``/``evidence_sentence`` the aspect's best sentence (also for an
    aspect not covered: the nearest the text comes), None without answer text; ``covered`` the
    reviewed value where an analyst reviewed the aspect, ``machine_covered`` the machine's,
    ``reviewed`` and ``review_note`` the review (:func:`analyser.review.apply_reviews`).
    """
    a = as_analysis(analysis)
    rows = []
    for kid, c in a.coverage.items():
        for x in c.aspects or ():
            rows.append({"doc_id": a.doc_id, "language": a.language, "section": kid.rsplit(".", 1)[0],
                         "key_element": kid, "key_element_label": c.label, "aspect": x.id,
                         "descriptor": x.descriptor, "covered": x.covered, "score": float(x.score),
                         "evidence_page": x.evidence.page if x.evidence else None,
                         "evidence_sentence": x.evidence.sentence if x.evidence else None,
                         "machine_covered": x.covered if x.machine_covered is None else x.machine_covered,
                         "reviewed": bool(x.reviewed), "review_note": x.review_note})
    frame = pd.DataFrame(rows, columns=list(ASPECT_COLUMNS))
    return frame.astype({"evidence_page": "Int64"}) if len(frame) else frame


def read_aspects(store: "AnalysisStore", doc_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """The ``aspects`` table (columns :data:`ASPECT_COLUMNS`), optionally for some documents.

    A store written before aspects existed, opened read-only, has no such table: an empty frame.
    """
    try:
        frame = store.table("aspects", doc_ids)
    except duckdb.CatalogException:
        return pd.DataFrame(columns=list(ASPECT_COLUMNS))
    if "machine_covered" not in frame.columns:  # a store from before aspect reviews, opened read-only
        frame = frame.assign(machine_covered=frame["covered"], reviewed=False, review_note=None)
    return frame


class AnalysisStore:
    """Read/write access to ``<out>/analysis.duckdb``.

    Args:
        path: the database file, or an output folder (then ``<folder>/analysis.duckdb``).
        read_only: open without write access (several readers may share it).

        timeout: seconds to keep retrying while another analyser command holds
            the file (None: :data:`READ_TIMEOUT` for readers, :data:`WRITE_TIMEOUT`
            for writers). DuckDB lets one process write, and a writer's open
            connection blocks readers of other processes, so every writer of
            this package holds the file only for short transactions.
        foreign_timeout: seconds to keep retrying (backing off from 20 ms to
            250 ms) while a process that is not an analyser command holds the
            file (:data:`FOREIGN_TIMEOUT`; never longer than ``timeout``):
            a notebook's connection stays until it is closed, so E511 comes fast.

    Raises:
        AnalyserError: E504 when a read-only store does not exist or the
            folder cannot be created; E511 when another process still holds
            the file after ``timeout`` (``foreign_timeout`` for a holder that is
            not an analyser command); E504 also when the file is not a
            readable DuckDB database (damaged: the message names ``analyser store rebuild``).
        OSError: ENOSPC naming the file when the disk is full (at open, or at the COMMIT of any write,
            which leaves the store as it was before the transaction), so that callers name it as any file
            they could not write (E513, E515).

    Use as a context manager, or call :meth:`close`. Open it for as short a
    time as possible.
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False, timeout: float | None = None,
                 foreign_timeout: float = FOREIGN_TIMEOUT) -> None:
        path = Path(path)
        if path.is_dir() or not path.suffix:
            path = path / STORE_NAME
        self.path = path
        if read_only and not path.exists():
            raise AnalyserError(Errors.E504, path=str(path), reason="no such file (run `analyser analyse` first)")
        if not read_only:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise AnalyserError(Errors.E504, path=str(path), reason=exc.strerror or type(exc).__name__) from None
        wait = (READ_TIMEOUT if read_only else WRITE_TIMEOUT) if timeout is None else timeout
        start = time.monotonic()
        deadline = start + wait
        foreign_deadline = start + min(wait, foreign_timeout)
        self._gate_key = _enter_gate(path, read_only, deadline)  # this process's other threads (one DuckDB instance)
        try:
            self._connect(path, read_only, deadline, foreign_deadline)
        except BaseException:
            self.close()
            raise

    def _connect(self, path: Path, read_only: bool, deadline: float, foreign_deadline: float) -> None:
        """Open the connection, retrying while another process holds the file (see the class docstring)."""
        delay = 0.02
        while True:
            try:
                self.con = duckdb.connect(str(path), read_only=read_only)
                if not read_only:
                    self.con.execute(_DDL)
                    self.con.execute(_ASPECTS_DDL)
                    self.con.execute(_SCOPE_DDL)
                else:
                    self.con.execute("SELECT count(*) FROM documents").fetchone()  # a damaged file fails here
                return
            except duckdb.Error as exc:
                con = self.__dict__.pop("con", None)
                if con is not None:
                    con.close()
                reason = str(exc).splitlines()[0]
                if "different configuration" in reason.lower():  # held by this very process: waiting cannot help
                    raise AnalyserError(Errors.E511, path=str(path), holder=(
                        "this process (another connection opened with other settings, e.g. "
                        "duckdb.connect(..., read_only=True)); close it")) from None
                if is_disk_full(exc):  # e.g. the WAL of an earlier session checkpointed at open: not damage
                    raise _disk_full(path) from None
                if not is_lock_error(exc):
                    raise AnalyserError(Errors.E504, path=str(path), reason=(
                        f"{reason}; if the file is damaged, rebuild it from the analysis.json files "
                        f"with `analyser store rebuild {path.parent}`")) from None
                now = time.monotonic()
                holder_pid = _holder_pid(str(exc))
                if now >= deadline or (now >= foreign_deadline and not _is_analyser_process(holder_pid, path.parent)):
                    from .runstate import running_pid

                    pid = running_pid(path.parent)
                    if pid is not None and (holder_pid is None or pid in (holder_pid, -1)):
                        raise AnalyserError(Errors.E510, path=str(path.parent), pid=pid if pid > 0 else "unknown") from None
                    raise AnalyserError(Errors.E511, path=str(path), holder=_lock_holder(str(exc))) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.25)

    def __enter__(self) -> AnalysisStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """BEGIN … COMMIT; ROLLBACK on any exception (Ctrl-C included) and re-raise."""
        self.con.begin()
        try:
            yield self.con
            self.con.commit()
        except BaseException as exc:
            # a failed COMMIT has ended the transaction already: ROLLBACK would raise "no transaction is active"
            # over the real error (before: a traceback of that on a full disk)
            with contextlib.suppress(duckdb.Error):
                self.con.rollback()
            if isinstance(exc, duckdb.Error) and is_disk_full(exc):
                raise _disk_full(self.path) from exc
            raise

    def _insert(self, con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
        if len(frame):
            con.register("_frame", frame)
            cols = ", ".join(frame.columns)
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _frame")
            con.unregister("_frame")

    def close(self) -> None:
        """Close the connection (idempotent)."""
        con = self.__dict__.pop("con", None)  # a closed store has no connection (AttributeError on use)
        try:
            if con is not None:
                con.close()
        finally:
            key = self.__dict__.pop("_gate_key", None)
            if key is not None:
                _leave_gate(key)

    # ---------------------------------------------------------------- writing
    def put_document(self, analysis: Analysis | Mapping, vectors: np.ndarray, *, fingerprint: str,
                     status: str = "success", analysed_at: object = None) -> None:
        """Replace everything stored for one document, in one transaction.

        Args:
            analysis: the document's :class:`~analyser.schema.Analysis`
                (:func:`analyser.output.build_analysis`; an ``analysis.json`` object is validated),
                reviews already applied or not (``machine_label`` / ``reviewed`` and the scope review's
                ``machine_in_scope`` / ``scope_reviewed`` are read when set).
            vectors: float32 (P, dim), one row per ``analysis.passages`` entry, same order.
            fingerprint: what produced the analysis (model, versions, settings).
            status: run status of the document ("success" or "partial").
            analysed_at: when the analysis was made (a stored document stored again keeps its time); None: now.

        Raises:
            ValueError: when ``vectors`` does not have one row per passage.
            ScoreError: ``E403`` when a dict given is not an analysis.
        """
        a = as_analysis(analysis)
        doc_id = a.doc_id
        passages = a.passages
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or len(vectors) != len(passages):
            raise ValueError(f"{doc_id}: {len(passages)} passages but vectors of shape {vectors.shape}")
        lang = a.language
        labels = [c.label for c in a.coverage.values()]
        frames = {
            "documents": pd.DataFrame([{
                "doc_id": doc_id, "source_path": a.source.path, "sha256": a.source.sha256,
                "language": lang, "pages": a.source.pages, "follows_template": a.follows_template,
                "model": a.model.name, "analyser_version": a.analyser_version,
                "fingerprint": fingerprint, "n_addressed": labels.count("addressed"),
                "n_partial": labels.count("partial"), "n_absent": labels.count("absent"), "status": status,
                "in_scope": a.in_scope, "in_scope_score": a.in_scope_score,
                "machine_in_scope": a.in_scope if a.machine_in_scope is None else a.machine_in_scope,
                "scope_reviewed": bool(a.scope_reviewed), "scope_review_note": a.scope_review_note,
                "scope_reviewer": a.scope_reviewer,
            }]),
            "sections": pd.DataFrame([
                {"doc_id": doc_id, "section": sid, "present": s.present, "heading": s.heading,
                 "pages": list(s.pages or []), "answer_words": s.answer_words}
                for sid, s in a.sections.items()
            ], columns=["doc_id", "section", "present", "heading", "pages", "answer_words"]),
            "blocks": pd.DataFrame([
                {"doc_id": doc_id, "block_id": b.id, "page": b.page, "kind": b.kind, "role": b.role,
                 "section": b.section, "key_element": b.key_element, "confidence": b.confidence, "text": b.text}
                for b in a.blocks
            ], columns=["doc_id", "block_id", "page", "kind", "role", "section", "key_element", "confidence", "text"]),
            "passages": pd.DataFrame([
                {"doc_id": doc_id, "passage_id": p.id, "section": p.section, "page": p.page,
                 "n_tokens": p.n_tokens, "truncated": p.truncated, "text": p.text}
                for p in passages
            ], columns=["doc_id", "passage_id", "section", "page", "n_tokens", "truncated", "text"]),
            "coverage": coverage_frame(a),
            "evidence": pd.DataFrame([
                {"doc_id": doc_id, "language": lang, "key_element": kid, "rank": i + 1, "passage_id": e.passage,
                 "block_id": e.block, "page": e.page, "section": e.section, "similarity": e.similarity,
                 "sentence": e.sentence, "text": e.text}
                for kid, c in a.coverage.items() for i, e in enumerate(c.evidence)
            ], columns=["doc_id", "language", "key_element", "rank", "passage_id", "block_id", "page", "section",
                        "similarity", "sentence", "text"]),
            "aspects": aspect_frame(a),
        }
        emb = pa.table({
            "doc_id": pa.array([doc_id] * len(passages), pa.string()),
            "passage_id": pa.array([p.id for p in passages], pa.string()),
            "vector": pa.array(list(vectors), pa.list_(pa.float32())) if len(vectors) else pa.array([], pa.list_(pa.float32())),
        })
        with self._transaction() as con:
            for table in ("documents", *_PER_DOCUMENT):
                con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
            for table, frame in frames.items():
                self._insert(con, table, frame)
            if analysed_at is not None:
                con.execute("UPDATE documents SET analysed_at = ? WHERE doc_id = ?", [analysed_at, doc_id])
            if len(passages):
                con.register("_emb", emb)
                con.execute("INSERT INTO embeddings SELECT doc_id, passage_id, vector FROM _emb")
                con.unregister("_emb")

    def update_coverage(self, doc_id: str, coverage: pd.DataFrame) -> None:
        """Replace one document's coverage rows (after reviews changed), in one transaction."""
        with self._transaction() as con:
            con.execute("DELETE FROM coverage WHERE doc_id = ?", [doc_id])
            self._insert(con, "coverage", coverage)

    def set_reviews(self, reviews: Mapping[tuple[str, str], tuple[str, str]],
                    aspect_reviews: Mapping[tuple[str, str], tuple[bool, str]] | None = None) -> None:
        """Apply analysts' reviews to the coverage and aspect rows of every document, in one transaction.

        Only ``label``, ``reviewed`` and ``review_note`` of coverage rows and
        ``covered``, ``reviewed``, ``review_note`` and ``key_element_label`` of
        aspect rows change: an aspect is the review's where there is one, else the
        machine's; a key element is its review's label, else, when some of its
        aspects are reviewed, the label its aspects give (all covered: addressed,
        some: partial, none: absent; ``reviewed`` true, no note), else the
        machine's. Scores and machine labels stay as the analysis stored them, so
        this is safe while another process commits new analyses.

        Args:
            reviews: ``{(doc_id, key_element): (label, note)}``.
            aspect_reviews: ``{(doc_id, aspect id): (covered, note)}``.
        """
        aspect_frame_ = pd.DataFrame([{"doc_id": d, "aspect": a, "covered": bool(cov), "note": note}
                                      for (d, a), (cov, note) in (aspect_reviews or {}).items()],
                                     columns=["doc_id", "aspect", "covered", "note"]).astype({"covered": bool})
        frame = pd.DataFrame([{"doc_id": d, "key_element": k, "label": lab, "note": note}
                              for (d, k), (lab, note) in reviews.items()],
                             columns=["doc_id", "key_element", "label", "note"])
        with self._transaction() as con:
            con.execute("UPDATE coverage SET label = machine_label, reviewed = false, review_note = NULL "
                        "WHERE reviewed OR label IS DISTINCT FROM machine_label")
            con.execute("UPDATE aspects SET covered = machine_covered, reviewed = false, review_note = NULL "
                        "WHERE reviewed OR covered IS DISTINCT FROM machine_covered")
            if len(aspect_frame_):
                con.register("_aspect_reviews", aspect_frame_)
                con.execute("UPDATE aspects SET covered = r.covered, reviewed = true, review_note = r.note "
                            "FROM _aspect_reviews r WHERE aspects.doc_id = r.doc_id AND aspects.aspect = r.aspect")
                con.unregister("_aspect_reviews")
                con.execute("""UPDATE coverage SET reviewed = true, label = d.label FROM (
                                   SELECT doc_id, key_element, CASE WHEN bool_and(covered) THEN 'addressed'
                                          WHEN bool_or(covered) THEN 'partial' ELSE 'absent' END AS label
                                   FROM aspects GROUP BY doc_id, key_element HAVING bool_or(reviewed)) d
                               WHERE coverage.doc_id = d.doc_id AND coverage.key_element = d.key_element""")
            if len(frame):
                con.register("_reviews", frame)
                con.execute("UPDATE coverage SET label = r.label, reviewed = true, review_note = r.note FROM _reviews r "
                            "WHERE coverage.doc_id = r.doc_id AND coverage.key_element = r.key_element")
                con.unregister("_reviews")
            con.execute("UPDATE aspects SET key_element_label = c.label FROM coverage c WHERE aspects.doc_id = c.doc_id "
                        "AND aspects.key_element = c.key_element AND aspects.key_element_label IS DISTINCT FROM c.label")

    def scope_rows(self) -> dict[str, dict]:
        """doc_id → {sha256, fingerprint, status, analysed_at} and the :data:`SCOPE_COLUMNS` of every stored document
        (scope columns None for a document stored before they existed)."""
        cols = ("sha256", "fingerprint", "status", "analysed_at", *SCOPE_COLUMNS)
        try:
            rows = self.con.execute(f"SELECT doc_id, {', '.join(cols)} FROM documents").fetchall()
        except duckdb.BinderException:  # a store from before the scope columns, opened read-only
            rows = [(*r, *([None] * len(SCOPE_COLUMNS))) for r in
                    self.con.execute("SELECT doc_id, sha256, fingerprint, status, analysed_at FROM documents").fetchall()]
        return {r[0]: dict(zip(cols, r[1:])) for r in rows}

    def set_scope(self, scope: Mapping[str, Mapping[str, object]]) -> None:
        """Set the scope columns of documents whose stored coverage already shows the scope in force, in one transaction.

        Args:
            scope: doc_id → {column: value} for the :data:`SCOPE_COLUMNS` (an ``in_scope_score`` of None keeps
                the stored one). A change of ``in_scope`` changes which coverage a document shows: store it
                again with :meth:`put_document` instead.
        """
        frame = pd.DataFrame([{"doc_id": d, **{c: v.get(c) for c in SCOPE_COLUMNS}} for d, v in scope.items()],
                             columns=["doc_id", *SCOPE_COLUMNS])
        if not len(frame):
            return
        frame = frame.astype({"in_scope": bool, "machine_in_scope": bool, "scope_reviewed": bool,
                              "in_scope_score": float, "scope_review_note": object, "scope_reviewer": object})
        with self._transaction() as con:
            con.register("_scope", frame)
            con.execute("UPDATE documents SET in_scope = s.in_scope, machine_in_scope = s.machine_in_scope, "
                        "in_scope_score = coalesce(s.in_scope_score, documents.in_scope_score), "
                        "scope_reviewed = s.scope_reviewed, scope_review_note = s.scope_review_note, "
                        "scope_reviewer = s.scope_reviewer FROM _scope s WHERE documents.doc_id = s.doc_id")
            con.unregister("_scope")

    def remove_documents(self, keep: Sequence[str]) -> list[str]:
        """Delete every document not in ``keep``; returns the removed doc_ids."""
        gone = sorted(set(self.doc_ids()) - set(keep))
        self.delete_documents(gone)
        return gone

    def delete_documents(self, doc_ids: Sequence[str]) -> None:
        """Delete these documents from every table, in one transaction."""
        gone = list(doc_ids)
        if gone:
            with self._transaction() as con:
                for table in ("documents", *_PER_DOCUMENT):
                    con.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [gone])

    def put_similarity(self, frame: pd.DataFrame) -> None:
        """Replace the similarity table (columns section, doc_a, doc_b, similarity)."""
        with self._transaction() as con:
            con.execute("DELETE FROM similarity")
            self._insert(con, "similarity", frame[["section", "doc_a", "doc_b", "similarity"]])

    # ---------------------------------------------------------------- reading
    def doc_ids(self) -> list[str]:
        """Stored doc_ids, sorted."""
        return [r[0] for r in self.con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()]

    def document_rows(self) -> dict[str, dict]:
        """doc_id → {sha256, fingerprint, source_path, status} of every stored document."""
        rows = self.con.execute("SELECT doc_id, sha256, fingerprint, source_path, status FROM documents").fetchall()
        return {r[0]: {"sha256": r[1], "fingerprint": r[2], "source_path": r[3], "status": r[4]} for r in rows}

    def source_of(self, doc_id: str) -> str | None:
        """The source path a stored document was analysed from, or None when not stored."""
        row = self.con.execute("SELECT source_path FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def status_of(self, doc_id: str) -> str:
        """The stored run status of a document ("success" / "partial"); "failed" when not stored."""
        row = self.con.execute("SELECT status FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row[0] if row else "failed"

    def is_current(self, doc_id: str, sha256: str, fingerprint: str) -> bool:
        """True when ``doc_id`` is stored from the same bytes and the same fingerprint."""
        row = self.con.execute("SELECT sha256, fingerprint FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row is not None and row[0] == sha256 and row[1] == fingerprint

    def table(self, name: str, doc_ids: Sequence[str] | None = None) -> pd.DataFrame:
        """One table as a DataFrame, optionally limited to some documents.

        Raises:
            ValueError: for an unknown table name.
        """
        if name not in TABLES:
            raise ValueError(f"unknown table {name!r}; tables: {', '.join(TABLES)}")
        if doc_ids is None:
            return self.con.execute(f"SELECT * FROM {name}").df()
        if name == "similarity":
            return self.con.execute(
                "SELECT * FROM similarity WHERE list_contains(?, doc_a) AND list_contains(?, doc_b)",
                [list(doc_ids), list(doc_ids)]).df()
        return self.con.execute(f"SELECT * FROM {name} WHERE list_contains(?, doc_id)", [list(doc_ids)]).df()

    def passage_vectors(self, doc_id: str) -> PassageVectors:
        """The embedded passages of one document (empty arrays when it has none)."""
        df = self.con.execute(
            "SELECT p.passage_id, p.section, p.page, p.text, e.vector FROM passages p "
            "JOIN embeddings e USING (doc_id, passage_id) WHERE p.doc_id = ? ORDER BY p.passage_id", [doc_id]).df()
        vecs = np.stack([np.asarray(v, np.float32) for v in df["vector"]]) if len(df) else np.zeros((0, 0), np.float32)
        sections = tuple(None if s is None or (isinstance(s, float) and np.isnan(s)) else str(s) for s in df["section"])
        return PassageVectors(doc_id, tuple(df["passage_id"]), sections, tuple(int(p) for p in df["page"]),
                              tuple(df["text"]), vecs)
