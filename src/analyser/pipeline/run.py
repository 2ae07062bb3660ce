"""A corpus run: every input analysed (in this process or in workers), committed, reported.

Output files are written atomically (temporary file, then rename, :mod:`analyser.io`) and each
document is committed to the store (:mod:`analyser.store`) in one transaction, so an
interrupted run never leaves a half-written analysis. Re-runs reuse unchanged documents.
"""

from __future__ import annotations

import errno
import logging
import multiprocessing
import os
import shutil
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path

from .._version import __version__
from ..embed import Encoder
from ..errors import AnalyserError, Errors, ParseError, Warnings
from ..guard import check_regular
from ..parse import doc_id_of, readable_path
from ..output import SCHEMA_VERSION, write_analysis, write_reports, write_run
from ..review import apply_reviews, load_reviews, reviews_path
from ..schema import ErrorItem, RunResult, load_analysis
from ..runstate import JOURNAL_NAME, RunJournal, RunLock, discard, publish, stage_dir, write_marker
from ..store import COMMIT_FOREIGN_TIMEOUT, AnalysisStore
from ..config import RunConfig
from .core import Analyser, DocumentAnalysis, find_inputs, without_output_folder
from .workers import _run_in_workers, _sigterm_as_interrupt
from .maintenance import (_finish_stages, _orphan_warnings, _remove_documents, _reviews_or, _set_reviews, _stored_documents,
                          _write_exports_if_changed, recover_output)
from ..io import file_sha256, write_text_atomic
from ..output.crops import CACHE_NAME as CROPS_CACHE

logger = logging.getLogger(__name__)


def _undecodable_name_error(path: Path) -> AnalyserError:
    """E523 for a file name in another code page's bytes, or E524 when the bytes are UTF-8 and it is this Python that
    reads file names in another encoding (the C locale with ``PYTHONUTF8=0``: ASCII).

    Under ``LANG=C PYTHONUTF8=0`` a UTF-8 name such as "lëtzebuergesch-stratégie.txt" was refused with E523 "not UTF-8
    text … rename the file (e.g. to 'lëtzebuergesch-stratégie.txt')", its own name (fresh9).
    """
    import locale
    import sys

    try:
        os.fsencode(path.name).decode("utf-8")
    except UnicodeDecodeError:
        return AnalyserError(Errors.E523, path=readable_path(path), suggest=readable_path(path.name))
    return AnalyserError(Errors.E524, path=readable_path(path), encoding=sys.getfilesystemencoding(),
                         locale=locale.setlocale(locale.LC_CTYPE) or "C")


def analyse_corpus(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    config: RunConfig | None = None,
    *,
    encoder: Encoder | None = None,
    workers: int = 1,
    force: bool = False,
    prune: bool = False,
    on_document: Callable[[RunResult], None] | None = None,
    on_stage: Callable[[str, str], None] | None = None,
    on_embed: Callable[[str, int], None] | None = None,
) -> list[RunResult]:
    """Analyse every input file and write the per-document outputs, the store and the corpus outputs.

    Re-runs are incremental: a document whose bytes and run fingerprint
    (:func:`run_fingerprint`) match the store is not recomputed (its result
    has ``reused=True``); its reports are still re-rendered so that new
    reviews show. Each finished document is committed to the store in one
    short transaction (readers can open the store between them) and its files
    are written to ``OUT/.staging`` first and moved into place after the
    commit, so an interrupted run loses at most the documents in progress.

    Nothing is lost (see :mod:`analyser.runstate`): one run at a time holds
    ``OUT/.analyse.lock``; SIGTERM is handled like Ctrl-C; after kill -9 the
    next command finishes what the run left (:func:`recover_output`); a
    stored analysis is removed only when its file now fails to be read
    (E1xx), never because a worker process died or the analysis hit a bug.

    Args:
        paths: files and/or folders.
        out: output folder (created).
        config: run settings (:class:`~analyser.config.RunConfig`; not changed).
        encoder: inject an encoder instead of loading the configured model.
        workers: processes over documents (1: in this process). Each worker
            loads its own model (about 0.5 GB for multilingual-e5-small). A
            worker that dies is replaced; a document that kills its worker
            twice fails (E512) and keeps its earlier analysis. When no worker
            can start (e.g. a script without ``if __name__ == "__main__":``)
            the documents are analysed in this process (W510 in ``run.json``).
        force: recompute every document even when unchanged.
        prune: remove from the store (and the corpus outputs) the documents
            of earlier runs that are not among ``paths``.
        on_document: called after each document with its result (progress).
        on_stage: called with (doc_id, stage name) as each stage starts (in this process only), and with
            ``("", "exports")`` when the corpus exports begin.
        on_embed: called with (doc_id, passages embedded so far) (in this process only).

    Returns:
        One :class:`RunResult` per input, in input order. ``run.json``,
        ``summary.csv``, ``coverage.parquet``, ``similarity.parquet``,
        ``report.html`` and ``analysis.duckdb`` are written to ``out``.

    Raises:
        AnalyserError: E502 when ``out`` cannot be written; E510 when another
            analyse run holds ``out`` (checked before the model is loaded);
            E504 when the store cannot be opened (damaged: names ``analyser
            store rebuild``); E513 when the run journal cannot be written at
            the start (disk full: nothing analysed, ``run.json`` kept) or the
            exports cannot be written after the documents were committed; E517 when called while a worker
            process starts (a script without a main guard); setup errors
            (model, calibration, template) as raised by :class:`Analyser`.
        KeyboardInterrupt: after Ctrl-C (:class:`Terminated` after SIGTERM),
            once the finished documents, exports and ``run.json`` are written.
    """
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise AnalyserError(Errors.E517)
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        lock = RunLock(out)
        lock.acquire()  # E510 before any model is loaded
    except OSError as exc:
        raise AnalyserError(Errors.E502, path=str(out), reason=exc.strerror or type(exc).__name__) from None
    try:
        with _sigterm_as_interrupt():
            return _analyse_locked(paths, out, config, encoder=encoder, workers=workers, force=force, prune=prune,
                                   on_document=on_document, on_stage=on_stage, on_embed=on_embed)
    finally:
        lock.release()

def _analyse_locked(
    paths: Sequence[str | os.PathLike[str]],
    out: Path,
    config: RunConfig | None,
    *,
    encoder: Encoder | None,
    workers: int,
    force: bool,
    prune: bool,
    on_document: Callable[[RunResult], None] | None,
    on_stage: Callable[[str, str], None] | None,
    on_embed: Callable[[str, int], None] | None,
) -> list[RunResult]:
    """:func:`analyse_corpus` once this process holds the run lock of ``out``."""
    recover_output(out, _locked=True)
    config = config or RunConfig()
    if config.cache_dir is None:
        config = config.replace(cache_dir=out / ".cache")
    analyser = Analyser(config, encoder=encoder)
    kids = [ke.id for ke in analyser.template.key_elements()]
    reviews = load_reviews(reviews_path(out), kids)
    run_info = {
        "analyser_version": __version__, "model": analyser.encoder.name,
        "fingerprint": analyser.fingerprint,
        "calibration": {"model": analyser.calibration.model, "version": analyser.calibration.version,
                        "fitted_on": list(analyser.calibration.fitted_on)},
    }
    stored = _stored_documents(out)
    try:
        journal = RunJournal(out, run_info)
    except OSError as exc:  # disk full at the start: nothing analysed, run.json and every output as they were
        raise AnalyserError(Errors.E513, path=str(out / JOURNAL_NAME),
                            what="the run journal; nothing was analysed and the earlier outputs are kept",
                            reason=exc.strerror or type(exc).__name__) from None
    results: dict[int, RunResult] = {}
    todo: list[tuple[int, Path]] = []
    seen: dict[str, Path] = {}
    warnings: list[str] = []
    stop: KeyboardInterrupt | None = None

    def finish(i: int, res: RunResult) -> None:
        results[i] = res
        try:
            journal.add(res.model_dump(mode="json"))
        except OSError as exc:  # a full disk mid-run: the line is not written at all (RunJournal.add), the run goes on
            told = Warnings.W516.render(path=journal.path, doc_id=res.doc_id, reason=exc.strerror or type(exc).__name__)
            logger.warning("%s", told)
            warnings.append(told)
        if on_document:
            on_document(res)

    def commit(i: int, da: DocumentAnalysis) -> None:
        current = _reviews_or(out, kids, reviews)  # reviews made while the run goes are kept
        finish(i, _commit_document(out, da, analyser, stored, current))

    def run_here(items: Sequence[tuple[int, Path]]) -> None:
        for i, path in items:
            did = doc_id_of(path)
            da = analyser.analyse(
                path,
                progress=partial(on_stage, did) if on_stage else None,
                embed_progress=partial(on_embed, did) if on_embed else None,
            )
            commit(i, da)

    paths, told = without_output_folder(paths, out)
    if told:
        logger.warning("%s", told)
        warnings.append(told)
    try:
        for i, path in enumerate(find_inputs(paths)):
            did = doc_id_of(path)
            try:  # a named pipe or a device would block or never end (even reading it for its sha256)
                check_regular(path)
            except ParseError as bad:
                finish(i, RunResult(doc_id=did, source_path=str(path), status="failed",
                                    errors=(ErrorItem(stage="parse", code=bad.code, message=str(bad)),)))
                continue
            if readable_path(path) != str(path):  # undecodable bytes: no UTF-8 output (journal, JSON, CSV) holds them
                err = _undecodable_name_error(path)
                finish(i, RunResult(doc_id=did, source_path=readable_path(path), status="failed",
                                    errors=(ErrorItem(stage="run", code=err.code, message=str(err)),)))
                continue
            if did.startswith("."):  # "..txt", ".cache.txt": OUT/<doc_id> would be OUT itself, its parent or a folder of its own
                err = AnalyserError(Errors.E519, path=str(path), doc_id=did)
                finish(i, RunResult(doc_id=did, source_path=str(path), status="failed",
                                    errors=(ErrorItem(stage="run", code=err.code, message=str(err)),)))
                continue
            if _is_output_file_name(did):  # "summary.csv.txt": OUT/summary.csv/ would stand where the export goes
                err = AnalyserError(Errors.E525, path=str(path), doc_id=did, name=str(out / did))
                finish(i, RunResult(doc_id=did, source_path=str(path), status="failed",
                                    errors=(ErrorItem(stage="run", code=err.code, message=str(err)),)))
                continue
            if did in seen:
                err = AnalyserError(Errors.E503, path=str(path), doc_id=did, other=str(seen[did]))
                # a file left out is an error (exit code 1), never a silent skip
                finish(i, RunResult(doc_id=did, source_path=str(path), status="failed",
                                    errors=(ErrorItem(stage="run", code=err.code, message=str(err)),)))
                continue
            seen[did] = path
            reused = None if force else _reuse(out, did, path, analyser, stored, reviews)
            if reused is not None:
                finish(i, reused)
                continue
            todo.append((i, path))
        try:
            _set_reviews(out, reviews)
        except AnalyserError as exc:  # the store is held elsewhere: the reviews reach it with the next refresh
            logger.warning("reviews not applied to the store now: %s", exc)

        if workers > 1 and len(todo) > 1:
            warnings += _run_in_workers(todo, config, encoder, workers, commit, fallback=run_here)
        else:
            run_here(todo)
    except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM: finished documents are committed
        stop = exc

    ordered = [results[i] for i in sorted(results)]
    _finish_stages(out)  # a document cut off mid-commit: published when committed, else dropped
    if prune and stop is None:
        keep = {r.doc_id for r in ordered if r.status in ("success", "partial")}
        _remove_documents(out, [d for d in _stored_documents(out) if d not in keep])
    if stop is None:  # one file under two names (a copy, "strategy (1).pdf"): two member states in every table
        alive = {d: v for d, v in stored.items() if not prune or d in keep}
        ordered = [_same_content_warning(r, alive) for r in ordered]
    if stop is None:  # reviews of documents, key elements or aspects the output no longer has: told, kept
        for orphan in _orphan_warnings(out, _reviews_or(out, kids, reviews), doc_ids=list(_stored_documents(out))):
            logger.warning("%s", orphan)
            warnings.append(str(orphan))
    info = {**run_info, "interrupted": stop is not None}
    try:
        if on_stage is not None:  # the corpus-wide exports of a large folder take minutes (fresh9 #9)
            on_stage("", "exports")
        # every document reused (a no-op re-run): the exports are rewritten only when what they are made of changed
        warnings += _write_exports_if_changed(out, analyser.template, analyser.encoder.name, analyser.fingerprint,
                                              always=bool(todo) or stop is not None or force)
        if warnings:
            info["warnings"] = warnings
        write_run(out, ordered, run_info=info)
    except OSError as exc:
        raise AnalyserError(Errors.E513, path=str(out), what="the corpus exports and run.json",
                            reason=exc.strerror or type(exc).__name__) from None
    journal.close()
    if stop is not None:
        raise stop
    return ordered

OUTPUT_FILE_NAMES = frozenset({
    "analysis.duckdb", "analysis.duckdb.wal", "summary.csv", "coverage.parquet", "coverage.xlsx", "aspects.csv",
    "aspects.parquet", "similarity.parquet", "report.html", "run.json", "reviews.csv", "reviews.csv.lock",
    "calibration.json", "calibration.aspects.json"})
"""The files the analyser writes at the top of an output folder (``calibrate`` without ``--output`` included)."""


def _is_output_file_name(doc_id: str) -> bool:
    """True when ``OUT/<doc_id>/`` would take the place of a file of :data:`OUTPUT_FILE_NAMES` (case-insensitively, as
    on macOS and Windows disks), of a store set aside (``analysis.duckdb.damaged-…``) or of a comparison page
    (``compare-….html``). Before, a document named ``summary.csv.txt`` made the folder ``OUT/summary.csv/`` and
    every later command of the folder failed at its exports (E513); ``reviews.csv.txt`` left no place for reviews."""
    d = doc_id.casefold()
    return d in OUTPUT_FILE_NAMES or d.startswith("analysis.duckdb.") or (d.startswith("compare-") and d.endswith(".html"))


def _reuse(out: Path, did: str, path: Path, analyser: Analyser, stored: Mapping[str, dict],
           reviews: Mapping) -> RunResult | None:
    """The result of an unchanged stored document (reports re-rendered with the reviews), or None to recompute."""
    row = stored.get(did)
    folder = out / did
    if row is None or row["fingerprint"] != analyser.fingerprint:
        return None
    sha = file_sha256(path)
    if not sha or row["sha256"] != sha:
        return None
    try:
        analysis = load_analysis(folder / "analysis.json")
    except AnalyserError:
        return None  # missing or damaged: recompute
    if (analysis.schema_version, analysis.analyser_version, analysis.doc_id, analysis.source.sha256,
            analysis.model.name) != (SCHEMA_VERSION, __version__, did, sha, analyser.encoder.name):
        # an analysis.json of an older version, of another file or model (restored from a backup, copied from
        # another output) was taken as this run's and rendered into the reports (fresh7): recompute
        return None
    write_reports(folder, apply_reviews(analysis, reviews), analyser.template, images=analyser.config.images,
                  password=analyser.config.password)
    notes = tuple(ErrorItem(stage="parse" if w.code.startswith("W1") else "score", code=w.code, message=w.message)
                  for w in analysis.warnings if w.code is not None)  # e.g. W601, W103: repeated in run.json as computed
    return RunResult(doc_id=did, source_path=str(path), status=row["status"], out_dir=str(folder), reused=True,
                     errors=notes)

def _same_content_warning(res: RunResult, stored: Mapping[str, dict]) -> RunResult:
    """``res`` with W517 added when another stored document has the same bytes (sha256) as its file.

    A copy of a file under another name ("strategy.pdf" and "strategy (1).pdf", a PDF also saved as .txt) was
    analysed twice without a word and counted as two member states in the heatmap, the similarity tables (1.0
    between them) and the spreadsheets (fresh-eyes, sixth session).
    """
    if res.status not in ("success", "partial") or res.doc_id not in stored:
        return res
    sha = stored[res.doc_id].get("sha256")
    others = sorted(d for d, v in stored.items() if d != res.doc_id and sha and v.get("sha256") == sha)
    if not others:
        return res
    item = ErrorItem(stage="run", code=Warnings.W517.code, message=Warnings.W517.text(
        path=res.source_path, others=", ".join(repr(d) for d in others)))
    return res.model_copy(update={"errors": res.errors + (item,)})


def _is_file_error(res: RunResult) -> bool:
    """True when the document failed because its file cannot be read (E1xx), the only reason to drop an earlier analysis.

    A worker that died (E512), a failed commit (E515), an unexpected error
    (E599) or running out of memory (E136) says nothing about the file.
    """
    return res.status == "failed" and any(e.code.startswith("E1") and e.code != Errors.E136.code for e in res.errors)

def _commit_document(out: Path, da: DocumentAnalysis, analyser: Analyser, stored: dict[str, dict],
                     reviews: Mapping) -> RunResult:
    """Stage the files, commit the store row, publish the files; or drop a stored analysis whose file now fails.

    ``stored`` (doc_id → documents row) is updated.
    """
    res = da.result
    did = res.doc_id
    before = (stored.get(did) or {}).get("source_path")
    notes: list[ErrorItem] = []
    if da.analysis is not None:
        reviewed = apply_reviews(da.analysis, reviews)
        stage = stage_dir(out, did)
        try:
            if (out / did).exists() and not (out / did).is_dir():  # publishing would fail after the commit, the run with it
                raise OSError(errno.ENOTDIR, f"{out / did} is a file, not the document's folder; move it away")
            shutil.rmtree(stage, ignore_errors=True)
            stage.mkdir(parents=True)
            write_analysis(stage, da.analysis)
            if da.crops is not None:  # rendered by the worker: the reports render none
                write_text_atomic(stage / CROPS_CACHE, da.crops)
            write_reports(stage, reviewed, analyser.template, images=analyser.config.images, link_from=out / did,
                          password=analyser.config.password)
            write_marker(stage, da.analysis.source.sha256, analyser.fingerprint)
            if da.vectors is None:  # an analysis always comes with its passage vectors (Analyser.analyse)
                raise ValueError(f"{did}: an analysis without passage vectors")
            try:
                store = AnalysisStore(out)
            except AnalyserError as held:  # a notebook or shell holds the store: wait for it longer than a command would
                if held.code != Errors.E511.code:
                    raise
                logger.warning("%s; waiting up to %.0f s before committing %r", held, COMMIT_FOREIGN_TIMEOUT, did)
                store = AnalysisStore(out, foreign_timeout=COMMIT_FOREIGN_TIMEOUT)
            with store:
                store.put_document(reviewed, da.vectors, fingerprint=analyser.fingerprint, status=res.status)
        except (AnalyserError, OSError, ValueError) as exc:
            discard(out, did)
            reason = str(exc) if isinstance(exc, AnalyserError) else (getattr(exc, "strerror", None) or repr(exc))
            # a document never stored before has no earlier analysis to keep (fresh10: a first run on a full disk)
            kept = "its earlier analysis is kept" if did in stored else "it has no earlier analysis; run again"
            err = AnalyserError(Errors.E515, path=res.source_path, reason=reason, kept=kept)
            return res.model_copy(update={"status": "failed", "errors": res.errors + (
                ErrorItem(stage="run", code=err.code, message=str(err)),)})
        folder = publish(out, did)
        stored[did] = {"sha256": da.analysis.source.sha256, "fingerprint": analyser.fingerprint,
                       "source_path": res.source_path, "status": res.status}
        if before and Path(before).resolve() != Path(res.source_path).resolve():
            notes.append(ErrorItem(stage="run", code=Warnings.W503.code, message=Warnings.W503.text(
                path=res.source_path, before=before, doc_id=did)))
        res = res.model_copy(update={"out_dir": str(folder)})
    elif before and _is_file_error(res):  # the stored analysis of earlier bytes no longer describes this file
        _remove_documents(out, [did])
        stored.pop(did, None)
        notes.append(ErrorItem(stage="run", code=Warnings.W504.code, message=Warnings.W504.text(
            path=res.source_path, before=before, out=out)))
    if notes:
        res = res.model_copy(update={"errors": res.errors + tuple(notes)})
    return res
