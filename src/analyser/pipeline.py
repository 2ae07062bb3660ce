"""Orchestration: parse → segment → match → score → report, with error capture.

One document's failure never stops a batch: errors are captured as
:class:`~analyser.schema.ErrorItem` on the document's :class:`RunResult`
(Docling's ``raises_on_error=False``), and ``run.json`` in the output folder
lists every document's status. Output files are written atomically (temporary
file, then :func:`os.replace`) and each document is committed to the store
(:mod:`analyser.store`) in one transaction, so an interrupted run never leaves a
half-written analysis. Re-runs reuse unchanged documents; ``workers > 1``
analyses documents in separate processes while this process alone writes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import __version__
from .compare import similarity_table
from .embed import CachedEncoder, EmbeddingCache, Encoder, load_encoder
from .errors import AnalyserError
from .match import MatchConfig, match
from .parse import parse
from .report import analysis_dict, write_analysis, write_corpus_outputs, write_reports, write_run
from .review import apply_reviews, load_reviews, reviews_path
from .schema import Document, ErrorItem, RunResult
from .score import Calibration, ScoreConfig, load_calibration, score
from .scope import assess_scope, scope_warning
from .segment import SegmentConfig, load_exemplars, segment
from .store import STORE_NAME, AnalysisStore, coverage_frame
from .template import Template, load_template
from .text import detect_block_languages, detect_language

logger = logging.getLogger(__name__)

INPUT_SUFFIXES = (".pdf", ".docx", ".txt")


@dataclass
class AnalyserConfig:
    """Settings of a run; each stage sees only its own part.

    Attributes:
        model: encoder name or path (None: the default multilingual-e5-small).
        language: force the document language (ISO 639-1) instead of detecting it.
        password: password for encrypted PDFs.
        templates: extra folder of template packs.
        calibration: calibration file (None: the one shipped for the model).
        cache_dir: on-disk embedding cache (None: ``<out>/.cache``).
    """

    model: str | None = None
    language: str | None = None
    password: str | None = None
    templates: Path | None = None
    calibration: Path | None = None
    cache_dir: Path | None = None
    segment: SegmentConfig = field(default_factory=SegmentConfig)
    match: MatchConfig = field(default_factory=MatchConfig)
    score: ScoreConfig = field(default_factory=ScoreConfig)


def find_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and folders into the input files, sorted, de-duplicated.

    Folders contribute their ``*.pdf``, ``*.docx`` and ``*.txt`` files (not
    recursive); files are taken as given, whatever their suffix, so that a bad
    file gets its own clear error.
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES))
        else:
            found.append(p)
    return list(dict.fromkeys(found))


def doc_id_of(path: str | os.PathLike[str]) -> str:
    """The file name up to its first dot: ``nl-2025.word.pdf`` → ``nl-2025``."""
    name = Path(path).name
    return name.split(".", 1)[0] or name


class Analyser:
    """Holds the loaded template, encoder and calibration for a run.

    Args:
        config: run settings.
        encoder: inject an encoder (tests use :class:`~analyser.embed.HashingEncoder`);
            by default the configured model is loaded.
    """

    def __init__(self, config: AnalyserConfig | None = None, *, encoder: Encoder | None = None) -> None:
        self.config = config or AnalyserConfig()
        self.template: Template = load_template(self.config.templates)
        inner = encoder or load_encoder(self.config.model)
        cache = EmbeddingCache(self.config.cache_dir) if self.config.cache_dir else None
        self.encoder = CachedEncoder(inner, cache)
        self.calibration: Calibration = load_calibration(inner.name, self.config.calibration)
        self.fingerprint = run_fingerprint(self.encoder.name, self.calibration, self.template, self.config)

    def analyse(
        self,
        path: str | os.PathLike[str],
        progress: Callable[[str], None] | None = None,
        embed_progress: Callable[[int], None] | None = None,
    ) -> DocumentAnalysis:
        """Analyse one file; nothing is written.

        Never raises for a bad document: the returned result has status
        ``failed`` and the error, or ``partial`` when some pages could not be read.

        Args:
            path: a .pdf, .docx or .txt file.
            progress: called with the name of each stage as it starts.
            embed_progress: called with the number of passages embedded so far.
        """
        path = Path(path)
        doc_id = doc_id_of(path)
        errors: list[ErrorItem] = []
        t0 = time.perf_counter()
        try:
            if progress:
                progress("parse")
            doc = parse(path, doc_id=doc_id, password=self.config.password, language=self.config.language)
            doc = self._with_language(doc)
            errors.extend(ErrorItem(stage="parse", code="W102", message=w) for w in doc.warnings)
            for page in doc.pages:
                for flag in ("scanned", "cid_garbage"):
                    if flag in page.flags:
                        errors.append(ErrorItem(stage="parse", code="W101", message=f"page {page.number} unreadable ({flag}); not analysed", page=page.number))
            if progress:
                progress("segment")
            seg = segment(doc, self.template, self.encoder, self.config.segment)
            if progress:
                progress("embed")
            matches = match(seg, self.template, self.encoder, doc.language, self.config.match, progress=embed_progress)
            if progress:
                progress("score")
            scope = assess_scope(matches, seg)
            if not scope.in_scope:
                errors.append(ErrorItem(stage="score", code="W601", message=scope_warning(scope)))
            coverage = score(matches, seg, self.template, self.calibration, self.config.score, scope=scope)
            analysis = analysis_dict(doc, seg, matches, coverage, self.template,
                                     model={"name": self.encoder.name, "dim": self.encoder.dim},
                                     calibration=self.calibration, scope=scope)
            vectors = matches.passage_vectors
        except AnalyserError as exc:
            logger.debug("failed %s", path, exc_info=True)
            return DocumentAnalysis(RunResult(doc_id=doc_id, source_path=str(path), status="failed",
                                              errors=(ErrorItem(stage=_stage_of(exc), code=exc.code, message=str(exc)),)))
        except Exception as exc:  # noqa: BLE001 - a batch never dies on one document
            logger.debug("failed %s", path, exc_info=True)
            return DocumentAnalysis(RunResult(doc_id=doc_id, source_path=str(path), status="failed",
                                              errors=(ErrorItem(stage="run", code="E599", message=f"{path}: unexpected error: {exc!r}"),)))
        logger.info("%s analysed in %.1f s", doc_id, time.perf_counter() - t0)
        unreadable = any(e.code == "W101" for e in errors)  # W102 warnings leave the analysis complete
        result = RunResult(doc_id=doc_id, source_path=str(path), status="partial" if unreadable else "success",
                           errors=tuple(errors))
        return DocumentAnalysis(result, analysis, vectors)

    def _with_language(self, doc: Document) -> Document:
        """Set the document language (``--lang``, else detected) and mark blocks in another language."""
        if self.config.language:
            return doc.model_copy(update={"language": self.config.language})
        if doc.language in ("", "und", None):
            body = " ".join(b.text for b in doc.blocks if b.kind not in ("header_footer", "footnote"))
            doc = doc.model_copy(update={"language": detect_language(body, default="und")})
        body_idx = [i for i, b in enumerate(doc.blocks) if b.kind in ("paragraph", "list_item")]
        langs = detect_block_languages([doc.blocks[i].text for i in body_idx], doc.language)
        other = {i: lang for i, lang in zip(body_idx, langs) if lang != doc.language}
        if not other:
            return doc
        blocks = tuple(b.model_copy(update={"language": other[i]}) if i in other else b for i, b in enumerate(doc.blocks))
        return doc.model_copy(update={"blocks": blocks})


@dataclass
class DocumentAnalysis:
    """What analysing one document produced, before anything is written.

    Attributes:
        result: status and errors.
        analysis: the per-document dict of ``analysis.json`` (None when failed).
        vectors: float32 (P, dim) passage embeddings, one row per
            ``analysis["passages"]`` entry (None when failed).
    """

    result: RunResult
    analysis: dict | None = None
    vectors: np.ndarray | None = None


def run_fingerprint(model: str, calibration: Calibration, template: Template, config: AnalyserConfig) -> str:
    """A hash of everything besides the file bytes that decides a document's analysis.

    Model name, analyser version, the calibration (coefficients included), the
    template and its language packs, the forced language and the stage
    settings. A stored document with the same bytes and fingerprint is reused.
    """
    parts = {
        "model": model,
        "analyser": __version__,
        "calibration": repr(calibration),
        "template": hashlib.sha256(template.model_dump_json().encode("utf-8")).hexdigest(),
        "language": config.language,
        "stages": repr((config.segment, config.match, config.score)),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()[:32]


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


def _stage_of(exc: AnalyserError) -> str:
    return {"ParseError": "parse", "TemplateError": "template", "EncoderError": "embed", "ScoreError": "score"}.get(type(exc).__name__, "run")


_WORKER: Analyser | None = None


def _init_worker(config: AnalyserConfig, encoder: Encoder | None) -> None:
    global _WORKER
    logging.getLogger().setLevel(logging.WARNING)
    _WORKER = Analyser(config, encoder=encoder)


def _analyse_in_worker(path: str) -> DocumentAnalysis:
    assert _WORKER is not None
    return _WORKER.analyse(path)


def analyse_corpus(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    config: AnalyserConfig | None = None,
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
    transaction and its files are written atomically, so an interrupted run
    loses at most the documents in progress.

    Args:
        paths: files and/or folders.
        out: output folder (created).
        config: run settings.
        encoder: inject an encoder instead of loading the configured model.
        workers: processes over documents (1: in this process). Each worker
            loads its own model (about 0.5 GB for multilingual-e5-small).
        force: recompute every document even when unchanged.
        prune: remove from the store (and the corpus outputs) the documents
            of earlier runs that are not among ``paths``.
        on_document: called after each document with its result (progress).
        on_stage: called with (doc_id, stage name) as each stage starts (workers=1 only).
        on_embed: called with (doc_id, passages embedded so far) (workers=1 only).

    Returns:
        One :class:`RunResult` per input, in input order. ``run.json``,
        ``summary.csv``, ``coverage.parquet``, ``similarity.parquet``,
        ``report.html`` and ``analysis.duckdb`` are written to ``out``.

    Raises:
        AnalyserError: E504 when the store cannot be opened; setup errors
            (model, calibration, template) as raised by :class:`Analyser`.
    """
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AnalyserError("E502", path=str(out), reason=exc.strerror or type(exc).__name__) from None
    config = config or AnalyserConfig()
    if config.cache_dir is None:
        config.cache_dir = out / ".cache"
    analyser = Analyser(config, encoder=encoder)
    reviews = load_reviews(reviews_path(out), [ke.id for ke in analyser.template.key_elements()])
    results: dict[int, RunResult] = {}
    todo: list[tuple[int, Path]] = []
    seen: dict[str, Path] = {}
    interrupted = False

    with AnalysisStore(out) as store:
        def finish(i: int, res: RunResult) -> None:
            results[i] = res
            if on_document:
                on_document(res)

        def commit(i: int, da: DocumentAnalysis) -> None:
            res = da.result
            before = store.source_of(res.doc_id)
            notes: list[ErrorItem] = []
            if da.analysis is not None:
                folder = out / res.doc_id
                write_analysis(folder, da.analysis)
                reviewed = apply_reviews(da.analysis, reviews)
                write_reports(folder, reviewed, analyser.template)
                store.put_document(reviewed, da.vectors, fingerprint=analyser.fingerprint, status=res.status)
                if before and Path(before).resolve() != Path(res.source_path).resolve():
                    notes.append(ErrorItem(stage="run", code="W503", message=(
                        f"{res.source_path}: replaces the earlier analysis of {before} (same doc_id {res.doc_id!r})")))
                res = res.model_copy(update={"out_dir": str(folder)})
            elif before:  # the stored analysis of earlier bytes no longer describes this file
                _remove_document(store, out, res.doc_id)
                notes.append(ErrorItem(stage="run", code="W504", message=(
                    f"{res.source_path}: the earlier analysis of {before} was removed from {out}")))
            if notes:
                res = res.model_copy(update={"errors": res.errors + tuple(notes)})
            finish(i, res)

        try:
            for i, path in enumerate(find_inputs(paths)):
                did = doc_id_of(path)
                if did in seen:
                    err = AnalyserError("E503", path=str(path), doc_id=did, other=str(seen[did]))
                    finish(i, RunResult(doc_id=did, source_path=str(path), status="skipped",
                                        errors=(ErrorItem(stage="run", code=err.code, message=str(err)),)))
                    continue
                seen[did] = path
                sha = file_sha256(path)
                folder = out / did
                if not force and sha and store.is_current(did, sha, analyser.fingerprint) and (folder / "analysis.json").exists():
                    analysis = json.loads((folder / "analysis.json").read_text(encoding="utf-8"))
                    reviewed = apply_reviews(analysis, reviews)
                    write_reports(folder, reviewed, analyser.template)
                    store.update_coverage(did, coverage_frame(reviewed))
                    status = store.status_of(did)
                    notes = tuple(ErrorItem(stage="score", code=w["code"], message=w["message"]) for w in analysis.get("warnings", []))
                    finish(i, RunResult(doc_id=did, source_path=str(path), status=status, out_dir=str(folder), reused=True, errors=notes))
                    continue
                todo.append((i, path))

            if workers > 1 and len(todo) > 1:
                _run_in_workers(todo, config, encoder, workers, commit)
            else:
                for i, path in todo:
                    did = doc_id_of(path)
                    da = analyser.analyse(
                        path,
                        progress=(lambda stage, d=did: on_stage(d, stage)) if on_stage else None,
                        embed_progress=(lambda n, d=did: on_embed(d, n)) if on_embed else None,
                    )
                    commit(i, da)
        except KeyboardInterrupt:
            interrupted = True  # finished documents are committed: write the corpus outputs, then re-raise

        ordered = [results[i] for i in sorted(results)]
        if prune and not interrupted:
            for did in store.remove_documents([r.doc_id for r in ordered if r.status in ("success", "partial")]):
                shutil.rmtree(out / did, ignore_errors=True)
        background = background_vector(analyser.encoder.name)
        store.put_similarity(similarity_table({d: store.passage_vectors(d) for d in store.doc_ids() if _in_scope(out, d)}, background))
        write_corpus_outputs(out, store, analyser.template)
        write_run(out, ordered, run_info={
            "analyser_version": __version__, "model": analyser.encoder.name,
            "fingerprint": analyser.fingerprint,
            "calibration": {"model": analyser.calibration.model, "version": analyser.calibration.version,
                            "fitted_on": list(analyser.calibration.fitted_on)},
            "interrupted": interrupted,
        })
    if interrupted:
        raise KeyboardInterrupt
    return ordered


def _in_scope(out: Path, doc_id: str) -> bool:
    """False when the document's ``analysis.json`` says it is not an asylum and migration strategy (kept out of similarity)."""
    try:
        return bool(json.loads((out / doc_id / "analysis.json").read_text(encoding="utf-8")).get("in_scope", True))
    except (OSError, ValueError, AttributeError):
        return True


def _remove_document(store: AnalysisStore, out: Path, doc_id: str) -> None:
    """Delete a document from the store and its output folder."""
    store.delete_documents([doc_id])
    shutil.rmtree(out / doc_id, ignore_errors=True)


def _run_in_workers(
    todo: Sequence[tuple[int, Path]],
    config: AnalyserConfig,
    encoder: Encoder | None,
    workers: int,
    commit: Callable[[int, DocumentAnalysis], None],
) -> None:
    """Analyse documents in worker processes; this process commits each result as it arrives.

    On Ctrl-C the workers are terminated at once (a pending future would
    otherwise keep the pool waiting) and KeyboardInterrupt propagates.
    """
    ctx = multiprocessing.get_context("spawn")  # torch and fork do not mix
    pool = ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=ctx,
                               initializer=_init_worker, initargs=(config, encoder))
    try:
        futures = {pool.submit(_analyse_in_worker, str(path)): (i, path) for i, path in todo}
        for fut in as_completed(futures):
            i, path = futures[fut]
            try:
                da = fut.result()
            except Exception as exc:  # noqa: BLE001 - a crashed worker fails one document
                da = DocumentAnalysis(RunResult(doc_id=doc_id_of(path), source_path=str(path), status="failed",
                                                errors=(ErrorItem(stage="run", code="E599", message=f"{path}: worker failed: {exc!r}"),)))
            commit(i, da)
    except BaseException:
        for proc in list(getattr(pool, "_processes", {}).values()):  # no public API to stop running workers
            proc.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def refresh_reports(out: str | os.PathLike[str], templates: Path | None = None) -> list[str]:
    """Re-render every stored document's reports and the corpus exports with the current reviews.

    No model is loaded and nothing is recomputed: ``analysis.json`` is read,
    ``<out>/reviews.csv`` applied, ``report.md``/``report.html``, the store's
    coverage and the corpus exports rewritten.

    Returns:
        The doc_ids refreshed.

    Raises:
        AnalyserError: E504 when ``out`` has no store; E505/E507 for a bad reviews file.
    """
    out = Path(out)
    if not (out / STORE_NAME).exists():
        raise AnalyserError("E504", path=str(out / STORE_NAME), reason="no such file (run `analyser analyse` first)")
    template = load_template(templates)
    reviews = load_reviews(reviews_path(out), [ke.id for ke in template.key_elements()])
    done = []
    with AnalysisStore(out) as store:
        for did in store.doc_ids():
            folder = out / did
            if not (folder / "analysis.json").exists():
                continue
            analysis = json.loads((folder / "analysis.json").read_text(encoding="utf-8"))
            reviewed = apply_reviews(analysis, reviews)
            write_reports(folder, reviewed, template)
            store.update_coverage(did, coverage_frame(reviewed))
            done.append(did)
        write_corpus_outputs(out, store, template)
    return done


def background_vector(model: str) -> np.ndarray | None:
    """The (dim,) centring vector of :mod:`analyser.compare` for ``model``.

    The mean answer embedding of the shipped section exemplar bank; None when
    no bank was built for the model (e.g. the hashing test encoder).
    """
    bank = load_exemplars(model)
    return None if bank is None or not len(bank.vectors) else bank.vectors.mean(axis=0)
