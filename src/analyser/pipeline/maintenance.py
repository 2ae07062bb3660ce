"""Recovery and maintenance of an output folder: finish a killed run, refresh reports, rebuild the store.

:func:`recover_output` finishes or undoes what an interrupted commit left in ``OUT/.staging``
(:mod:`analyser.runstate`) and rewrites the corpus outputs; :func:`refresh_reports` re-renders
the reports with the current reviews; :func:`rebuild_store` rebuilds a damaged
``analysis.duckdb`` from the documents' ``analysis.json`` files (the damaged file kept aside).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np

from ..bundle import background_vector
from ..compare import similarity_table
from ..io import PART_SUFFIX, write_text_atomic
from ..embed import CachedEncoder, EmbeddingCache, Encoder, load_encoder
from ..errors import AnalyserError, Errors, Warnings
from ..output import write_corpus_outputs, write_reports, write_run
from ..review import (apply_reviews, load_reviews, orphan_reviews, reviews_lock, reviews_path, scope_reviews,
                      split_reviews)
from ..schema import Analysis, RunResult, load_analysis
from ..runstate import (JOURNAL_NAME, STAGING_NAME, RunLock, discard, keep_folder, lock_if_free, pending_stages, publish, read_journal, read_marker, retire,
                        set_aside, stage_dir, unretire)
from ..store import STORE_NAME, AnalysisStore
from ..template import Template, load_template

logger = logging.getLogger(__name__)


def _stored_documents(out: Path) -> dict[str, dict]:
    """doc_id → {sha256, fingerprint, source_path, status} of the store (created when missing), read in one short connection."""
    with AnalysisStore(out) as store:
        return store.document_rows()

def _set_reviews(out: Path, reviews: Mapping, timeout: float | None = None) -> None:
    """Apply the reviews to the store: scope reviews first (:func:`_set_scope_reviews`), then the coverage and
    aspect rows, in one short transaction."""
    kes, aspects = split_reviews(reviews)
    with AnalysisStore(out, timeout=timeout) as store:
        _set_scope_reviews(out, store, reviews)
        store.set_reviews({k: (r.label, r.note) for k, r in kes.items()},
                          {k: (r.covered, r.note) for k, r in aspects.items()})


def _set_scope_reviews(out: Path, store: AnalysisStore, reviews: Mapping) -> list[str]:
    """Bring the store's scope columns and, where the scope in force changed, the document's rows up to the reviews.

    A document whose stored coverage shows another scope than the one now in force (reviewed in after the machine
    said out, a review removed or turned) is stored again from its ``analysis.json`` with the reviews applied
    (:meth:`AnalysisStore.put_document`; its passage vectors, fingerprint and status are the stored ones); the
    others get their scope columns set (:meth:`AnalysisStore.set_scope`). Called with the store open for writing,
    so no run commits a document meanwhile; a document with a staged, unpublished analysis (a run's commit in
    progress) or whose ``analysis.json`` is unreadable or from other bytes is left as it is (the next refresh
    brings it up to date).

    Returns:
        The doc_ids stored again.
    """
    scoped = scope_reviews(reviews)
    rows = store.scope_rows()
    simple: dict[str, dict] = {}
    stored_again = []
    for did, row in rows.items():
        rev = scoped.get(did)
        machine = row.get("machine_in_scope")
        shown = row.get("in_scope")
        if rev is None and machine is not None and shown == machine and not row.get("scope_reviewed"):
            continue  # nothing reviewed, nothing to change
        analysis = None
        if machine is None or shown is None or (rev.label == "in" if rev else machine) != shown:
            if stage_dir(out, did).exists():  # a run's commit in progress: its own reviews are applied there
                continue
            try:
                analysis = load_analysis(out / did / "analysis.json")
            except AnalyserError:
                continue
            if analysis.source.sha256 != row.get("sha256"):
                continue
            machine = analysis.in_scope
            shown = machine if shown is None else shown
        want = rev.label == "in" if rev else machine
        if want != shown and analysis is not None:
            vectors = store.passage_vectors(did)
            by_id = dict(zip(vectors.passage_ids, vectors.vectors))
            if any(p.id not in by_id for p in analysis.passages):
                continue
            ordered = (np.stack([by_id[p.id] for p in analysis.passages]) if analysis.passages
                       else np.zeros((0, vectors.vectors.shape[1] if vectors.vectors.ndim == 2 else 0), np.float32))
            store.put_document(apply_reviews(analysis, reviews), ordered, fingerprint=str(row.get("fingerprint")),
                               status=str(row.get("status") or "success"), analysed_at=row.get("analysed_at"))
            stored_again.append(did)
            continue
        simple[did] = {"in_scope": want, "machine_in_scope": machine, "scope_reviewed": rev is not None,
                       "scope_review_note": rev.note if rev else None, "scope_reviewer": rev.reviewer if rev else None,
                       "in_scope_score": analysis.in_scope_score if analysis is not None else None}
    store.set_scope(simple)
    return stored_again

def _remove_documents(out: Path, doc_ids: Sequence[str]) -> None:
    """Delete documents from the store and their folders; a kill in between is finished by :func:`recover_output`."""
    doc_ids = list(doc_ids)
    if not doc_ids:
        return
    for did in doc_ids:
        retire(out, did)
    with AnalysisStore(out) as store:
        store.delete_documents(doc_ids)
    for did, path, removal in list(pending_stages(out)):
        if removal and did in doc_ids:
            _drop_retired(out, did, path)
    with contextlib.suppress(OSError):  # no empty OUT/.staging left behind
        (out / STAGING_NAME).rmdir()


#: The files the analyser writes into ``OUT/<doc_id>/`` (and their ``*.part`` temporaries): the only ones a removal
#: (``--prune``, a document that failed) may delete.
OWN_DOCUMENT_FILES = ("analysis.json", "report.md", "report.html", "crops.json")


def _is_own_file(name: str) -> bool:
    """True for a file the analyser writes into ``OUT/<doc_id>/``: one of :data:`OWN_DOCUMENT_FILES` or the atomic
    writer's temporary of one (``.report.html.<random>.part``, left by a kill -9 mid-write). Before, such a leftover
    counted as an analyst's file: ``--prune`` kept the dropped document's folder for it, with a warning."""
    if name.startswith(".") and name.endswith(PART_SUFFIX):
        name = name[1:]
    return name.startswith(OWN_DOCUMENT_FILES)


#: The files the analyser writes into ``OUT`` itself under the run lock (``analyse``, ``store rebuild``, recovery)
#: or the refresh lock (``report``, ``review``, ``Results.refresh``): their atomic writer's temporaries are
#: :func:`drop_stale_parts`' to remove. ``reviews.csv`` (its own lock) is handled apart; ``compare-*.html`` and
#: files written where the analyst said (``--json``) take no lock: their temporaries are never removed.
OWN_OUTPUT_FILES = ("summary.csv", "aspects.csv", "report.html", "run.json", "coverage.parquet", "coverage.xlsx",
                    "similarity.parquet", "aspects.parquet", JOURNAL_NAME)

#: The atomic writer's temporary name (:func:`analyser.io.atomic_path`: ``tempfile.mkstemp`` with the prefix
#: ``.<name>.``, eight random characters and the suffix ``.part``).
_PART_RE = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}" + re.escape(PART_SUFFIX) + "$")


def _part_of(path: Path, names: Sequence[str]) -> bool:
    """True when ``path`` is a regular file (no link) named as the atomic writer's temporary of one of ``names``."""
    m = _PART_RE.match(path.name)
    if m is None or m.group("name") not in names:
        return False
    with contextlib.suppress(OSError):
        return path.is_file() and not path.is_symlink()
    return False


def _part_files(out: Path) -> tuple[list[Path], list[Path]]:
    """(temporaries of the corpus outputs and of the document folders' files, temporaries of ``reviews.csv``)
    in ``out``; a folder that cannot be listed is passed over."""
    from ..review import REVIEWS_NAME

    own: list[Path] = []
    reviews: list[Path] = []
    try:
        entries = list(out.iterdir())
    except OSError:
        return own, reviews
    for entry in entries:
        if entry.name.endswith(PART_SUFFIX):
            if _part_of(entry, OWN_OUTPUT_FILES):
                own.append(entry)
            elif _part_of(entry, (REVIEWS_NAME,)):
                reviews.append(entry)
            continue
        try:
            if entry.name.startswith(".") or entry.is_symlink() or not (entry / "analysis.json").is_file():
                continue  # a document folder holds its analysis.json (a kept folder, the analyst's own, do not)
            own.extend(f for f in entry.iterdir() if f.name.endswith(PART_SUFFIX) and _part_of(f, OWN_DOCUMENT_FILES))
        except OSError:
            continue
    return own, reviews


def drop_stale_parts(out: str | os.PathLike[str], *, run_locked: bool = False) -> list[Path]:
    """Remove the atomic writer's temporaries (``.report.html.<random>.part``) that a killed command left in ``out``.

    A ``report`` or ``review`` killed (kill -9) while it wrote a report left ``OUT/<doc_id>/.report.html.*.part``
    (3 of 8 kills, fresh10 #8) and no command ever removed it. Only files no running process can still own are
    removed: the temporaries of :data:`OWN_DOCUMENT_FILES` in the document folders (``OUT/<doc_id>/`` holding an
    ``analysis.json``) and of :data:`OWN_OUTPUT_FILES` in ``OUT``, while this process holds both the run lock
    (``.analyse.lock``: no ``analyse`` or ``store rebuild`` writes) and the refresh lock (``.refresh.lock``: no
    ``report``, ``review`` or notebook refresh writes), the only writers of those files; ``reviews.csv``'s
    temporaries while its ``reviews.csv.lock`` is free too. Both locks are ``flock``-s that the kernel drops
    when their process dies, so a lock that can be taken has no live owner. When another process holds a lock,
    nothing is removed (the next command does it). A finished file (no ``.part`` suffix), a temporary of another
    name (``compare-*.html``, a ``--json`` file: written without a lock) and anything outside the document folders
    are never touched. The folder is only listed when nothing is left over (no lock taken, nothing written).

    Args:
        out: the output folder.
        run_locked: this process holds the run lock already (``analyse`` at its start).

    Returns:
        The files removed.
    """
    out = Path(out)
    own, reviews = _part_files(out)
    if not own and not reviews:
        return []
    removed: list[Path] = []
    with contextlib.ExitStack() as held:
        if not run_locked:
            lock = RunLock(out)
            try:
                if not lock.try_acquire(0.0):
                    return []  # an analyse run writes: its temporaries are its own
            except OSError:
                return []  # a folder we cannot write
            held.callback(lock.release)
        refresh_free: bool = held.enter_context(lock_if_free(out / f"{REFRESH_LOCK_NAME}.lock"))
        if not refresh_free:
            return []  # a refresh writes reports and exports
        own, reviews = _part_files(out)  # listed again under the locks
        if reviews:
            reviews_free: bool = held.enter_context(lock_if_free(reviews_path(out).with_name(reviews_path(out).name + ".lock")))
            if reviews_free:
                own += reviews
        for f in own:
            try:
                f.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                logger.debug("cannot remove %s: %s", f, exc)
                continue
            removed.append(f)
    if removed:
        logger.info("removed %d temporary file(s) left by a killed command: %s", len(removed),
                    ", ".join(str(f.relative_to(out)) for f in removed))
    return removed


def _drop_retired(out: Path, doc_id: str, path: Path) -> None:
    """Delete a retired document folder's own files; a file the analyst put there (notes, a copy of the source) is
    kept: the folder goes back to ``OUT/<doc_id>/`` (or ``OUT/<doc_id>.kept-<UTC time>/`` when that exists) holding
    only such files. Before, ``--prune`` deleted the whole folder, the analyst's files with it (fresh5)."""
    try:
        entries = list(path.iterdir())
    except OSError:
        return
    foreign = [f for f in entries if not (f.is_file() and _is_own_file(f.name))]
    if not foreign:
        shutil.rmtree(path, ignore_errors=True)
        return
    for f in entries:
        if f not in foreign:
            with contextlib.suppress(OSError):
                f.unlink()
    target = out / doc_id
    if target.exists():
        target = out / f"{doc_id}.kept-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}"
    keep_folder(path, target)
    logger.warning("%s: files not written by the analyser kept in %s (%s)", doc_id, target,
                   ", ".join(sorted(f.name for f in foreign)))

def _orphan_warnings(out: Path, reviews: Mapping, analyses: Mapping[str, Analysis | None] | None = None,
                     doc_ids: Sequence[str] = ()) -> list[AnalyserError]:
    """W513 per review that names a document, key element or aspect the output no longer has (the review is kept).

    ``analyses``: doc_id → analysis (None: unreadable) when the caller has them; else the
    analyses of the reviewed documents among ``doc_ids`` are read (an unreadable one is not judged).
    """
    if analyses is None:
        loaded: dict[str, Analysis | None] = {d: None for d in doc_ids}
        for did in {k[0] for k in reviews} & set(doc_ids):
            try:
                loaded[did] = load_analysis(out / did / "analysis.json")
            except AnalyserError:
                pass
        analyses = loaded
    return [AnalyserError(Warnings.W513, path=str(reviews_path(out)), doc_id=rev.doc_id, target=rev.key_element,
                          label=rev.label, reason=reason) for rev, reason in orphan_reviews(reviews, analyses)]


def _reviews_or(out: Path, kids: Sequence[str], fallback: Mapping) -> Mapping:
    """The reviews file as it is now; ``fallback`` when it cannot be read (the run goes on)."""
    try:
        return load_reviews(reviews_path(out), kids)
    except AnalyserError:
        return fallback

def _read_json(path: Path) -> dict | None:
    """A JSON object from a file, or None when missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None

def _finish_stages(out: Path) -> list[str]:
    """Finish or undo what an interrupted commit left in ``OUT/.staging``; returns the doc_ids touched.

    A staged analysis whose marker matches the store row (bytes and
    fingerprint) was committed: its files are published. Any other staged
    analysis was not: it is dropped (the earlier analysis stays). A folder
    moved aside for removal is deleted when the store no longer holds the
    document, and put back otherwise.
    """
    stages = list(pending_stages(out))
    if not stages:
        with contextlib.suppress(OSError):
            (out / STAGING_NAME).rmdir()
        return []
    rows = _stored_documents(out)
    for did, path, removal in stages:
        row = rows.get(did)
        if removal:
            if row is not None and not (out / did).exists():
                unretire(out, did, path)
            else:
                _drop_retired(out, did, path)
            continue
        marker = read_marker(path)
        if row is not None and marker is not None and (marker.get("sha256"), marker.get("fingerprint")) == (
                row["sha256"], row["fingerprint"]):
            publish(out, did)
        else:
            discard(out, did)
    with contextlib.suppress(OSError):
        (out / STAGING_NAME).rmdir()
    return [d for d, _, _ in stages]

def _write_exports(out: Path, template: Template, model: str, in_scope: Mapping[str, bool] | None = None) -> list[str]:
    """Recompute the similarity table and write the corpus exports, holding the store only briefly.

    ``in_scope``: doc_id -> the scope decision in force of analyses the caller holds already; the others
    are their scope review's (``OUT/reviews.csv``) or, without one, their ``analysis.json``'s (only strategies
    enter the similarity table).
    ``model``: the embedding model of the similarity table; documents of the folder analysed with
    another model (e.g. ``--model hashing`` into a folder of e5 analyses) are left out of it, since
    cosines across two embedding spaces mean nothing ("" takes the model most documents have).

    Returns:
        The warnings to show (W514, one line, naming the documents left out), empty when none.
    """
    known = {**_scope_reviewed(out), **(in_scope or {})}  # an analyst's scope review in force
    with AnalysisStore(out, read_only=True) as store:
        models = dict(store.con.execute("SELECT doc_id, model FROM documents").fetchall())
        if not model and models:
            names = list(models.values())
            model = max(sorted(set(names)), key=names.count)
        vectors = {d: store.passage_vectors(d) for d in store.doc_ids()
                   if models.get(d, model) == model and (known[d] if d in known else _in_scope(out, d))}  # strategies only
    table = similarity_table(vectors, background_vector(model))
    with AnalysisStore(out) as store:
        store.put_similarity(table)
    with AnalysisStore(out, read_only=True) as store:
        write_corpus_outputs(out, store, template)
    other = sorted(d for d, m in models.items() if m != model)
    if not other:
        return []
    warning = str(AnalyserError(Warnings.W514, path=str(out), model=model, docs=", ".join(other),
                                models=", ".join(sorted({models[d] for d in other}))))
    logger.warning("%s", warning)
    return [warning]

EXPORTS_STAMP = ".exports.json"
"""``OUT/.exports.json``: the digest of what the corpus exports were last made of (:func:`_exports_inputs`) and the
warnings of that writing, so that a re-run that changed nothing (every document reused) leaves them as they are."""
EXPORT_FILE_NAMES = ("summary.csv", "coverage.parquet", "similarity.parquet", "aspects.csv", "aspects.parquet",
                     "coverage.xlsx", "report.html")
"""The files :func:`~analyser.output.write_corpus_outputs` writes at the top of an output folder."""


def _exports_inputs(out: Path, fingerprint: str, model: str) -> str:
    """sha256 (hex) of everything the corpus exports of ``out`` are made of, as far as a re-run can tell.

    The run fingerprint (code, data, calibration, template, model: :func:`~analyser.pipeline.core.run_fingerprint`),
    the similarity model, the store's document rows (doc_id, file sha256, fingerprint, source path, status), the
    size and modification time (ns) of every document's ``analysis.json``, of ``reviews.csv`` and of every export
    file (a file deleted, replaced or rewritten by another command changes it: ``review``, ``report`` and
    ``store rebuild`` rewrite the exports whenever they change the store). Not the store file itself: a run
    writes the reviews into it every time. Raises AnalyserError (E504) when
    the store cannot be opened.
    """
    def stat(path: Path) -> list[int] | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return [st.st_size, st.st_mtime_ns]

    with AnalysisStore(out, read_only=True) as store:
        rows = store.document_rows()
    parts = {
        "fingerprint": fingerprint, "model": model, "documents": rows,
        "analyses": {d: stat(out / d / "analysis.json") for d in rows},
        "reviews": stat(reviews_path(out)),
        "exports": {name: stat(out / name) for name in EXPORT_FILE_NAMES},
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


def _write_exports_if_changed(out: Path, template: Template, model: str, fingerprint: str, always: bool = False) -> list[str]:
    """:func:`_write_exports` and a new ``OUT/.exports.json`` (:data:`EXPORTS_STAMP`), unless (and ``always`` is
    False) that file shows the exports were made of the same inputs (:func:`_exports_inputs`) and are untouched
    since: then its warnings (W514) are told again and returned, and no file is written. Same return as
    :func:`_write_exports`; OSError when writing fails."""
    stamp = out / EXPORTS_STAMP
    if not always:
        try:
            old = json.loads(stamp.read_text(encoding="utf-8"))
            same = old["inputs"] == _exports_inputs(out, fingerprint, model)
            told = [str(w) for w in old["warnings"]]
        except (OSError, ValueError, KeyError, TypeError, AnalyserError):  # none yet, damaged, store unreadable
            same = False
        if same:
            for warning in told:
                logger.warning("%s", warning)
            return told
    stamp.unlink(missing_ok=True)
    warnings = _write_exports(out, template, model)
    try:  # the exports are written: a stamp that cannot be made only costs the next re-run their writing again
        write_text_atomic(stamp, json.dumps({"inputs": _exports_inputs(out, fingerprint, model), "warnings": warnings}))
    except (OSError, AnalyserError) as exc:
        logger.debug("no %s: %s", stamp, exc)
    return warnings


def recover_output(out: str | os.PathLike[str], templates: Path | None = None, *, _locked: bool = False) -> bool:
    """Bring an output folder up to date after an ``analyse`` run was killed (kill -9, power loss).

    Called by every command before it reads ``out``. When no run holds the
    run lock and the killed run left a journal or staged documents: staged
    analyses are published or dropped (:func:`_finish_stages`), the
    similarity table and corpus exports are rewritten from the store, and
    ``run.json`` is written from the journal (``"interrupted": true``,
    ``"killed": true``, the documents finished before the kill; a journal
    with no finished document leaves ``run.json`` as the previous run wrote
    it). A run in progress is left alone. First, the temporaries a killed
    command left beside the analyser's files are removed when no process can
    own them (:func:`drop_stale_parts`).

    Returns:
        True when something was brought up to date.
    """
    out = Path(out)
    drop_stale_parts(out, run_locked=_locked)  # a report or review killed mid-write left a temporary (fresh10 #8)
    journal = out / JOURNAL_NAME
    if not journal.exists() and not (out / STAGING_NAME).exists():
        return False
    lock = None
    if not _locked:
        lock = RunLock(out)
        try:
            if not lock.try_acquire(0.0):
                return False  # a run in progress: finishing is its own work
        except OSError:
            return False  # a folder we cannot write: nothing to do
    try:
        _finish_stages(out)
        left = read_journal(out)
        if left is not None and not left[1]:  # no document finished (or a journal cut short): run.json stays as it was
            if (out / STORE_NAME).exists():
                _write_exports(out, load_template(templates), str(left[0].get("model") or ""))
            journal.unlink(missing_ok=True)
            return True
        if left is not None:
            info, docs = left
            _write_exports(out, load_template(templates), str(info.get("model") or ""))
            results = []
            for d in docs:
                with contextlib.suppress(ValueError):
                    results.append(RunResult.model_validate(d))
            write_run(out, results, run_info={**info, "interrupted": True, "killed": True})
            journal.unlink(missing_ok=True)
            logger.warning("%s", AnalyserError(Warnings.W512, path=str(out)))
        return True
    except (AnalyserError, OSError) as exc:
        logger.warning("could not bring %s up to date: %s", out, exc)
        return False
    finally:
        if lock is not None:
            lock.release()

def refresh_reports(out: str | os.PathLike[str], templates: Path | None = None, *,
                    store_timeout: float | None = None, images: bool = True,
                    on_unreadable: Callable[[AnalyserError], None] | None = None,
                    on_orphan: Callable[[AnalyserError], None] | None = None) -> list[str]:
    """Re-render every stored document's reports and the corpus exports with the current reviews.

    No model is loaded and nothing is recomputed: ``analysis.json`` is read,
    ``<out>/reviews.csv`` applied, ``report.md``/``report.html``, the store's
    coverage labels and the corpus exports rewritten. Works while an
    ``analyse`` run writes into ``out`` (the store is held only briefly; the
    machine's scores in the store are never touched, only the review columns).
    One refresh at a time per folder (``<out>/.refresh.lock``, :data:`REFRESH_LOCK_NAME`): the reviews are
    read once it is held, so two refreshes at once (two notebooks, a notebook and ``analyser review``)
    end with every review in the reports and the store.

    Args:
        out: the output folder.
        templates: extra template packs.
        store_timeout: seconds to wait for other processes holding the store
            (None: :data:`analyser.store.WRITE_TIMEOUT`).
        images: page crops of PDF sources in the HTML reports.
        on_unreadable: called with the E403 error of each stored document
            whose ``analysis.json`` cannot be read (its reports stay as they
            were; the other documents go on). None: logged as a warning.
        on_orphan: called once with a W513 warning per review that names a
            document, key element or aspect the output no longer has
            (:func:`analyser.review.orphan_reviews`; the review is kept).
            None: logged as a warning.

    Returns:
        The doc_ids refreshed (a document with an unreadable analysis is not among them).

    Raises:
        AnalyserError: E504 when ``out`` has no store; E505/E507 for a bad
            reviews file; E510/E511 when another process holds the store
            longer than ``store_timeout`` (the per-document reports are
            written by then).
    """
    out = Path(out)
    if not (out / STORE_NAME).exists():
        raise AnalyserError(Errors.E504, path=str(out / STORE_NAME), reason="no such file (run `analyser analyse` first)")
    recover_output(out, templates)
    template = load_template(templates)
    # one refresh at a time (two notebooks, a notebook and `analyser review`): each reads the reviews once it holds
    # the lock, so the refresh that writes last wrote the newest reviews (not an older snapshot over a newer one)
    with contextlib.ExitStack() as held:
        with contextlib.suppress(OSError):  # a folder we cannot write: no lock, the writes below name the error
            held.enter_context(reviews_lock(out / REFRESH_LOCK_NAME))
        return _refresh_locked(out, template, store_timeout=store_timeout, images=images,
                               on_unreadable=on_unreadable, on_orphan=on_orphan)


REFRESH_LOCK_NAME = ".refresh"
"""``<out>/.refresh.lock``: held by :func:`refresh_reports` while it reads the reviews and writes reports and store."""


def _refresh_locked(out: Path, template: Template, *, store_timeout: float | None, images: bool,
                    on_unreadable: Callable[[AnalyserError], None] | None,
                    on_orphan: Callable[[AnalyserError], None] | None) -> list[str]:
    """The body of :func:`refresh_reports`, under its lock."""
    reviews = load_reviews(reviews_path(out), [ke.id for ke in template.key_elements()])
    with AnalysisStore(out, read_only=True) as store:
        doc_ids = store.doc_ids()
    done = []
    analyses: dict[str, Analysis | None] = {}
    for did in doc_ids:
        folder = out / did
        analyses[did] = None
        try:
            analysis = analyses[did] = load_analysis(folder / "analysis.json")
        except AnalyserError as exc:  # E403 naming the file: told, never skipped silently
            if on_unreadable is None:
                logger.warning("%s", exc)
            else:
                on_unreadable(exc)
            continue
        write_reports(folder, apply_reviews(analysis, reviews), template, images=images)
        done.append(did)
    for warning in _orphan_warnings(out, reviews, analyses):
        if on_orphan is None:
            logger.warning("%s", warning)
        else:
            on_orphan(warning)
    _set_reviews(out, reviews, timeout=store_timeout)
    with AnalysisStore(out, read_only=True) as store:
        write_corpus_outputs(out, store, template)
    return done

def rebuild_store(
    out: str | os.PathLike[str],
    *,
    model: str | None = None,
    encoder: Encoder | None = None,
) -> tuple[list[str], Path | None]:
    """Rebuild ``OUT/analysis.duckdb`` from the ``OUT/<doc_id>/analysis.json`` files (``analyser store rebuild``).

    The way forward from a damaged store: the old file is moved aside (kept,
    never deleted), every analysis is stored again with the current reviews
    applied, the passage embeddings are recomputed from the passage texts
    (from ``OUT/.cache`` when cached, else with the encoder each analysis
    names), and the similarity table and corpus exports are rewritten. A
    document keeps the fingerprint of ``run.json`` (or of the journal of a
    killed run) when that run made it with the same model, so the next run
    reuses it; otherwise the next run recomputes it.

    Args:
        out: the output folder.
        model: encoder for every document instead of the one each analysis names.
        encoder: inject an encoder (tests).

    Returns:
        (doc_ids stored, where the old file was moved or None).

    Raises:
        AnalyserError: E510 when an analyse run holds ``out``; E516 when
            ``out`` holds no analysis.json file; E301 when a model is missing.
    """
    out = Path(out)
    folders = sorted(p.parent for p in out.glob("*/analysis.json") if not p.parent.name.startswith("."))
    if not folders:
        raise AnalyserError(Errors.E516, path=str(out), reason="no <doc_id>/analysis.json files in it")
    loaded = _check_analyses(out, folders)
    lock = RunLock(out)
    try:
        lock.acquire()
    except OSError as exc:
        raise AnalyserError(Errors.E516, path=str(out), reason=exc.strerror or type(exc).__name__) from None
    try:
        # built beside the old file and moved into its place when complete: a kill -9 mid-rebuild leaves the old
        # store in place (before, the old one was moved aside first, and a kill left an empty or partial store that
        # `report` took for the whole corpus: "0 documents re-rendered", exports emptied, no word)
        building = out / (STORE_NAME + REBUILDING_SUFFIX)
        for leftover in (building, building.with_name(building.name + ".wal")):
            leftover.unlink(missing_ok=True)
        run = _read_json(out / "run.json") or {}
        statuses = {d.get("doc_id"): d.get("status") for d in run.get("documents", []) if isinstance(d, dict)}
        killed = read_journal(out)  # a run killed after run.json: its journal holds the newer settings and documents
        if killed is not None and killed[0].get("fingerprint"):
            info, docs = killed
            if (info.get("fingerprint"), info.get("model")) != (run.get("fingerprint"), run.get("model")):
                statuses = {}
            run = {**run, **info}
            statuses.update({d.get("doc_id"): d.get("status") for d in docs if isinstance(d, dict)})
        template = load_template()
        reviews = _reviews_or(out, [ke.id for ke in template.key_elements()], {})
        encoders: dict[str, CachedEncoder] = {}
        cache = EmbeddingCache(out / ".cache")
        done: list[str] = []
        scope: dict[str, bool] = {}
        with AnalysisStore(building) as store:  # a repair: held until done
            for folder in folders:
                # all checked readable above; read again only those not kept from that check
                analysis = loaded.pop(folder, None) or load_analysis(folder / "analysis.json")
                name = model or analysis.model.name
                if name not in encoders:
                    encoders[name] = CachedEncoder(encoder or load_encoder(name or None), cache)
                enc = encoders[name]
                texts = [p.text for p in analysis.passages]
                vectors = enc.encode(texts, kind="passage") if texts else np.zeros((0, enc.dim), np.float32)
                same_run = run.get("model") == enc.name and statuses.get(analysis.doc_id) in ("success", "partial")
                reviewed = apply_reviews(analysis, reviews)
                store.put_document(reviewed, vectors,
                                   fingerprint=str(run.get("fingerprint")) if same_run else "rebuilt",
                                   status=str(statuses.get(analysis.doc_id)) if same_run else "success")
                done.append(analysis.doc_id)
                scope[analysis.doc_id] = reviewed.in_scope  # an analyst's scope review in force
            store.con.execute("CHECKPOINT")  # everything in the database file itself, no WAL beside it
        kept = _move_store_aside(out)
        set_aside(building, out / STORE_NAME)  # the rebuilt store into its place (a rename, with any WAL)
        model_name = next(iter(encoders.values())).name if encoders else ""
        _write_exports(out, template, model_name, scope)
        return done, kept
    finally:
        lock.release()

REBUILDING_SUFFIX = ".rebuilding"
"""``OUT/analysis.duckdb.rebuilding``: the store :func:`rebuild_store` builds, moved into place when complete."""

REBUILD_KEEP_BYTES = 64 * 2**20
"""Most ``analysis.json`` bytes whose records :func:`rebuild_store` keeps from its check for the rebuild
itself (about 2 MB of memory per 0.5 MB file); files beyond it are read a second time instead."""


def _check_analyses(out: Path, folders: Sequence[Path], keep_bytes: int = REBUILD_KEEP_BYTES) -> dict[Path, Analysis]:
    """Read every ``<doc_id>/analysis.json`` before the store is touched.

    A rebuild without a document would drop it from the store, the reports
    and the reviews, so one unreadable analysis stops the rebuild.

    Returns:
        folder -> its analysis, for the first files up to ``keep_bytes`` of JSON
        in all (so that the rebuild does not read and validate them again).

    Raises:
        AnalyserError: E516 naming every unreadable file and why (the store untouched).
    """
    bad = []
    loaded: dict[Path, Analysis] = {}
    budget = keep_bytes
    for folder in folders:
        try:
            analysis = load_analysis(folder / "analysis.json")
        except AnalyserError as exc:
            bad.append(f"{folder.name}/analysis.json: {exc.kwargs.get('reason', exc)}")
            continue
        try:
            size = (folder / "analysis.json").stat().st_size
        except OSError:
            continue
        if size <= budget and not bad:
            loaded[folder] = analysis
            budget -= size
    if bad:
        raise AnalyserError(Errors.E516, path=str(out), reason=(
            "unreadable analysis, store left untouched: " + "; ".join(bad)
            + "; restore or re-analyse these documents, then rebuild"))
    return loaded

def _move_store_aside(out: Path) -> Path | None:
    """Rename ``analysis.duckdb`` (and its WAL) to ``analysis.duckdb.damaged-<UTC time>``; the path, or None when absent."""
    path = out / STORE_NAME
    if not path.exists():
        return None
    kept = path.with_name(f"{STORE_NAME}.damaged-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}")
    set_aside(path, kept)
    return kept

def _scope_reviewed(out: Path) -> dict[str, bool]:
    """doc_id → the scope an analyst reviewed it to (True: in), from ``OUT/reviews.csv`` ({} when unreadable)."""
    try:
        return {d: r.label == "in" for d, r in scope_reviews(load_reviews(reviews_path(out))).items()}
    except AnalyserError:
        return {}


def _in_scope(out: Path, doc_id: str) -> bool:
    """False when the document's ``analysis.json`` says it is not an asylum and migration strategy (kept out of similarity)."""
    try:
        return load_analysis(out / doc_id / "analysis.json").in_scope
    except AnalyserError:
        return True
