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

import contextlib
import ctypes
import hashlib
import json
import logging
import multiprocessing
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ._version import __version__
from .aspect_score import AspectCalibration, anchor_covered, coverage_aspects_json, key_element_labels, load_aspect_calibration, score_document_aspects
from .aspect_score import calibration_path as aspect_calibration_path
from .aspects import AspectSet, load_aspects
from .aspects import default_path as aspects_default_path
from .compare import similarity_table
from .embed import CachedEncoder, EmbeddingCache, Encoder, default_threads, open_encoder
from .errors import AnalyserError
from .guard import Limits, check_document, check_file, limit_memory
from .match import MatchConfig, match
from .parse import doc_id_of
from .output import analysis_dict, write_analysis, write_corpus_outputs, write_reports, write_run
from .review import apply_reviews, load_reviews, reviews_path
from .schema import Document, ErrorItem, RunResult
from .score import Calibration, ScoreConfig, load_calibration, score
from .scope import assess_scope, scope_warning
from .segment import SegmentConfig, load_exemplars, segment
from .runstate import (JOURNAL_NAME, STAGING_NAME, RunJournal, RunLock, discard, pending_stages, publish,
                       read_journal, read_marker, retire, stage_dir, write_marker)
from .store import STORE_NAME, AnalysisStore
from .template import Template, load_template
from .text import unsupported_language_warning, detect_block_languages, detect_language

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
        images: page crops of PDF sources in the HTML reports (``--no-images``: False).
        limits: what one document may cost (:class:`analyser.guard.Limits`);
            ``limits.max_memory_mb`` caps each worker process.
        precision: ``"fp32"`` or ``"int8"`` inference (None: ``ANALYSER_PRECISION`` or fp32).
        threads: torch threads per process (None: the cores divided among the workers).
    """

    model: str | None = None
    language: str | None = None
    password: str | None = None
    templates: Path | None = None
    calibration: Path | None = None
    cache_dir: Path | None = None
    images: bool = True
    limits: Limits = field(default_factory=Limits)
    precision: str | None = None
    threads: int | None = None
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


class Analyser:
    """Holds the loaded template, encoder and calibration for a run.

    Args:
        config: run settings.
        encoder: inject an encoder (tests use :class:`~analyser.embed.HashingEncoder`);
            by default the configured model, loaded only when a document must
            be computed (:func:`~analyser.embed.open_encoder`).
    """

    def __init__(self, config: AnalyserConfig | None = None, *, encoder: Encoder | None = None) -> None:
        self.config = config or AnalyserConfig()
        self.template: Template = load_template(self.config.templates)
        inner = encoder or open_encoder(self.config.model, precision=self.config.precision, num_threads=self.config.threads)  # type: ignore[arg-type]
        cache = EmbeddingCache(self.config.cache_dir) if self.config.cache_dir else None
        self.encoder = CachedEncoder(inner, cache)
        self.calibration: Calibration = load_calibration(inner.name, self.config.calibration)
        self.aspects, self.aspect_calibration, aspect_hash = load_aspect_setup(inner.name)
        self.fingerprint = run_fingerprint(self.encoder.cache_name, self.calibration, self.template, self.config, aspect_hash)

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
        from .parse import parse  # pdfplumber: only when a document must be computed

        path = Path(path)
        doc_id = doc_id_of(path)
        errors: list[ErrorItem] = []
        t0 = time.perf_counter()
        try:
            if progress:
                progress("parse")
            check_file(path, self.config.limits)  # bound what this document may cost before parsing it
            doc = parse(path, doc_id=doc_id, password=self.config.password, language=self.config.language)
            check_document(doc, self.config.limits)
            doc = self._with_language(doc)
            errors.extend(ErrorItem(stage="parse", code="W102", message=w) for w in doc.warnings)
            if msg := unsupported_language_warning(str(path), doc.language):
                errors.append(ErrorItem(stage="parse", code="W111", message=msg))
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
            coverage, aspects = apply_aspects(matches, coverage, self.encoder, doc.language, doc_id,
                                              self.aspects, self.aspect_calibration)
            analysis = analysis_dict(doc, seg, matches, coverage, self.template,
                                     model={"name": self.encoder.name, "dim": self.encoder.dim},
                                     calibration=self.calibration, aspects=aspects, scope=scope)
            vectors = matches.passage_vectors
        except AnalyserError as exc:
            logger.debug("failed %s", path, exc_info=True)
            return DocumentAnalysis(RunResult(doc_id=doc_id, source_path=str(path), status="failed",
                                              errors=(ErrorItem(stage=_stage_of(exc), code=exc.code, message=str(exc)),)))
        except MemoryError:
            logger.debug("out of memory %s", path, exc_info=True)
            return DocumentAnalysis(RunResult(doc_id=doc_id, source_path=str(path), status="failed", errors=(
                ErrorItem(stage="run", code="E136", message=str(AnalyserError(
                    "E136", path=str(path), limit=self.config.limits.max_memory_mb or "?"))),)))
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


def run_fingerprint(model: str, calibration: Calibration, template: Template, config: AnalyserConfig,
                    aspects: str = "") -> str:
    """A hash of everything besides the file bytes that decides a document's analysis.

    Model name, analyser version, the calibration (coefficients included), the
    template and its language packs, the forced language, the stage settings and
    ``aspects`` (the hash of ``aspects.yaml`` and the aspect calibration, from
    :func:`load_aspect_setup`). A stored document with the same bytes and fingerprint is reused.
    """
    parts = {
        "aspects": aspects,
        "model": model,
        "analyser": __version__,
        "calibration": repr(calibration),
        "template": hashlib.sha256(template.model_dump_json().encode("utf-8")).hexdigest(),
        "language": config.language,
        "stages": repr((config.segment, config.match, config.score)),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()[:32]


# --------------------------------------------------------------------------- aspects (issue 13)

ASPECT_FALLBACK_MODEL = "multilingual-e5-small"


def load_aspect_setup(model: str) -> tuple[AspectSet, AspectCalibration, str]:
    """The aspect set, the aspect calibration of ``model`` and a hash of both files (for the fingerprint).

    A model without a shipped aspect calibration (the hashing test encoder, a new model) uses the
    one of multilingual-e5-small: its features (z-scores, the key element's calibrated score and
    label, per-aspect priors) carry no raw cosine, so it transfers in form.

    Raises:
        TemplateError: ``aspects.yaml`` malformed. ScoreError: ``E422`` calibration unreadable.
    """
    path = aspect_calibration_path(model)
    if not path.exists():
        logger.info("no aspect calibration for model %s: using the one of %s", model, ASPECT_FALLBACK_MODEL)
        path = aspect_calibration_path(ASPECT_FALLBACK_MODEL)
    aspects = load_aspects()
    calibration = load_aspect_calibration(model, path)
    h = hashlib.sha256()
    for p in (aspects_default_path(), path):
        h.update((file_sha256(p) or "-").encode())
    return aspects, calibration, h.hexdigest()


def apply_aspects(matches, coverage: dict, encoder, language: str, doc_id: str,
                  aspects: AspectSet, calibration: AspectCalibration) -> tuple[dict, dict[str, list[dict]]]:
    """Score the aspects of one document and let each key element's label follow from them.

    The key element keeps its calibrated score and evidence; its label becomes the one its
    aspects give (all covered: addressed, some: partial, none: absent), so a partial label always
    has at least one missing aspect and an addressed one none. The calibration's own label is
    kept as ``features["label_from_score"]`` (0 absent, 1 partial, 2 addressed). Covered versus
    absent stays the calibration's decision (:func:`~analyser.aspect_score.anchor_covered`): the
    aspects of an absent key element are all missing, a covered one keeps at least one covered
    aspect; the aspects decide addressed versus partial.

    Returns:
        (coverage with the derived labels, key element id -> ``analysis.json`` aspect list, each
        item ``{id, descriptor, covered, score, evidence, features}``).
    """
    cov = score_document_aspects(matches, encoder, language, aspects=aspects, calibration=calibration, doc_id=doc_id,
                                 ke_scores={k: c.score for k, c in coverage.items()},
                                 ke_labels={k: c.label for k, c in coverage.items()})
    cov = anchor_covered(cov, {k: c.label for k, c in coverage.items()})  # aspects never turn absent into covered
    labels = key_element_labels(cov)
    rank = {"absent": 0.0, "partial": 1.0, "addressed": 2.0}
    out = {}
    for k, c in coverage.items():
        label = labels.get(k, c.label)
        update = {"label": label, "features": {**c.features, "label_from_score": rank[c.label]}}
        if label == "absent":  # an absent key element shows no evidence (the aspects keep their nearest sentences)
            update.update(evidence=(), misplaced=False)
        out[k] = c.model_copy(update=update)
    items = coverage_aspects_json(cov)
    for lst in items.values():
        for item in lst:
            item["descriptor"] = aspects.get(item["id"]).descriptor
    return out, items


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


def _init_worker(config: AnalyserConfig, encoder: Encoder | None, ready: object | None = None) -> None:
    """Set up a worker process: safety first (see :func:`_worker_safety`), then the model; count it ready."""
    global _WORKER
    _worker_safety(config.limits.max_memory_mb)
    logging.getLogger().setLevel(logging.WARNING)
    _WORKER = Analyser(config, encoder=encoder)
    if ready is not None:
        with ready.get_lock():  # type: ignore[attr-defined]
            ready.value += 1  # type: ignore[attr-defined]


def _worker_safety(max_memory_mb: int | None) -> None:
    """A worker leaves signals to its parent, never outlives it, and may cap its memory.

    Ctrl-C and SIGTERM are the parent's to handle (it kills its workers); a
    worker whose parent died (kill -9) ends too: ``PR_SET_PDEATHSIG`` on Linux,
    and a thread that polls :func:`os.getppid` once a second everywhere.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    spawner = multiprocessing.parent_process()  # the pid that started us, even if it died while we imported
    parent = spawner.pid if spawner is not None and spawner.pid else os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG = 1
    if os.getppid() != parent:  # pragma: no cover - the parent died while this worker started
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="analyser-parent-watch", daemon=True).start()
    limit_memory(max_memory_mb)


def _analyse_in_worker(path: str) -> DocumentAnalysis:
    assert _WORKER is not None
    return _WORKER.analyse(path)


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: handled like Ctrl-C (finished documents kept, exports and ``run.json`` written)."""


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While the block runs (in the main thread), SIGTERM raises :class:`Terminated`, once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    fired = False

    def handler(signum: int, frame: object) -> None:
        nonlocal fired
        if fired:  # the run is already stopping and writing what it finished
            return
        fired = True
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
        config: run settings.
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
        on_stage: called with (doc_id, stage name) as each stage starts (in this process only).
        on_embed: called with (doc_id, passages embedded so far) (in this process only).

    Returns:
        One :class:`RunResult` per input, in input order. ``run.json``,
        ``summary.csv``, ``coverage.parquet``, ``similarity.parquet``,
        ``report.html`` and ``analysis.duckdb`` are written to ``out``.

    Raises:
        AnalyserError: E502 when ``out`` cannot be written; E510 when another
            analyse run holds ``out`` (checked before the model is loaded);
            E504 when the store cannot be opened (damaged: names ``analyser
            store rebuild``); E513 when the exports cannot be written after
            the documents were committed; E517 when called while a worker
            process starts (a script without a main guard); setup errors
            (model, calibration, template) as raised by :class:`Analyser`.
        KeyboardInterrupt: after Ctrl-C (:class:`Terminated` after SIGTERM),
            once the finished documents, exports and ``run.json`` are written.
    """
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise AnalyserError("E517")
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        lock = RunLock(out)
        lock.acquire()  # E510 before any model is loaded
    except OSError as exc:
        raise AnalyserError("E502", path=str(out), reason=exc.strerror or type(exc).__name__) from None
    try:
        with _sigterm_as_interrupt():
            return _analyse_locked(paths, out, config, encoder=encoder, workers=workers, force=force, prune=prune,
                                   on_document=on_document, on_stage=on_stage, on_embed=on_embed)
    finally:
        lock.release()


def _analyse_locked(
    paths: Sequence[str | os.PathLike[str]],
    out: Path,
    config: AnalyserConfig | None,
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
    config = config or AnalyserConfig()
    if config.cache_dir is None:
        config.cache_dir = out / ".cache"
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
    journal = RunJournal(out, run_info)
    results: dict[int, RunResult] = {}
    todo: list[tuple[int, Path]] = []
    seen: dict[str, Path] = {}
    warnings: list[str] = []
    stop: KeyboardInterrupt | None = None

    def finish(i: int, res: RunResult) -> None:
        results[i] = res
        journal.add(res.model_dump(mode="json"))
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
                progress=(lambda stage, d=did: on_stage(d, stage)) if on_stage else None,
                embed_progress=(lambda n, d=did: on_embed(d, n)) if on_embed else None,
            )
            commit(i, da)

    try:
        for i, path in enumerate(find_inputs(paths)):
            did = doc_id_of(path)
            if did in seen:
                err = AnalyserError("E503", path=str(path), doc_id=did, other=str(seen[did]))
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
    info = {**run_info, "interrupted": stop is not None}
    if warnings:
        info["warnings"] = warnings
    try:
        _write_exports(out, analyser.template, analyser.encoder.name)
        write_run(out, ordered, run_info=info)
    except OSError as exc:
        raise AnalyserError("E513", path=str(out), what="the corpus exports and run.json",
                            reason=exc.strerror or type(exc).__name__) from None
    journal.close()
    if stop is not None:
        raise stop
    return ordered


def _reviews_or(out: Path, kids: Sequence[str], fallback: Mapping) -> Mapping:
    """The reviews file as it is now; ``fallback`` when it cannot be read (the run goes on)."""
    try:
        return load_reviews(reviews_path(out), kids)
    except AnalyserError:
        return fallback


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
        analysis = json.loads((folder / "analysis.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # missing or damaged: recompute
    write_reports(folder, apply_reviews(analysis, reviews), analyser.template, images=analyser.config.images)
    notes = tuple(ErrorItem(stage="score", code=w["code"], message=w["message"])  # e.g. W601, repeated in run.json
                  for w in analysis.get("warnings", []) if isinstance(w, dict) and "code" in w and "message" in w)
    return RunResult(doc_id=did, source_path=str(path), status=row["status"], out_dir=str(folder), reused=True,
                     errors=notes)


def _is_file_error(res: RunResult) -> bool:
    """True when the document failed because its file cannot be read (E1xx), the only reason to drop an earlier analysis.

    A worker that died (E512), a failed commit (E515), an unexpected error
    (E599) or running out of memory (E136) says nothing about the file.
    """
    return res.status == "failed" and any(e.code.startswith("E1") and e.code != "E136" for e in res.errors)


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
            shutil.rmtree(stage, ignore_errors=True)
            stage.mkdir(parents=True)
            write_analysis(stage, da.analysis)
            write_reports(stage, reviewed, analyser.template, images=analyser.config.images, link_from=out / did)
            write_marker(stage, da.analysis["source"]["sha256"], analyser.fingerprint)
            with AnalysisStore(out) as store:
                store.put_document(reviewed, da.vectors, fingerprint=analyser.fingerprint, status=res.status)
        except (AnalyserError, OSError, ValueError) as exc:
            discard(out, did)
            reason = str(exc) if isinstance(exc, AnalyserError) else (getattr(exc, "strerror", None) or repr(exc))
            err = AnalyserError("E515", path=res.source_path, reason=reason)
            return res.model_copy(update={"status": "failed", "errors": res.errors + (
                ErrorItem(stage="run", code=err.code, message=str(err)),)})
        folder = publish(out, did)
        stored[did] = {"sha256": da.analysis["source"]["sha256"], "fingerprint": analyser.fingerprint,
                       "source_path": res.source_path, "status": res.status}
        if before and Path(before).resolve() != Path(res.source_path).resolve():
            notes.append(ErrorItem(stage="run", code="W503", message=str(AnalyserError(
                "W503", path=res.source_path, before=before, doc_id=did)).removeprefix("[W503] ")))
        res = res.model_copy(update={"out_dir": str(folder)})
    elif before and _is_file_error(res):  # the stored analysis of earlier bytes no longer describes this file
        _remove_documents(out, [did])
        stored.pop(did, None)
        notes.append(ErrorItem(stage="run", code="W504", message=str(AnalyserError(
            "W504", path=res.source_path, before=before, out=out)).removeprefix("[W504] ")))
    if notes:
        res = res.model_copy(update={"errors": res.errors + tuple(notes)})
    return res


def _stored_documents(out: Path) -> dict[str, dict]:
    """doc_id → {sha256, fingerprint, source_path, status} of the store (created when missing), read in one short connection."""
    with AnalysisStore(out) as store:
        return store.document_rows()


def _set_reviews(out: Path, reviews: Mapping, timeout: float | None = None) -> None:
    """Apply the reviews to the store's coverage rows, in one short transaction."""
    with AnalysisStore(out, timeout=timeout) as store:
        store.set_reviews({k: (r.label, r.note) for k, r in reviews.items()})


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
            shutil.rmtree(path, ignore_errors=True)


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
                os.replace(path, out / did)
            else:
                shutil.rmtree(path, ignore_errors=True)
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


def _write_exports(out: Path, template: Template, model: str) -> None:
    """Recompute the similarity table and write the corpus exports, holding the store only briefly."""
    with AnalysisStore(out, read_only=True) as store:
        vectors = {d: store.passage_vectors(d) for d in store.doc_ids() if _in_scope(out, d)}  # strategies only
    table = similarity_table(vectors, background_vector(model))
    with AnalysisStore(out) as store:
        store.put_similarity(table)
    with AnalysisStore(out, read_only=True) as store:
        write_corpus_outputs(out, store, template)


def recover_output(out: str | os.PathLike[str], templates: Path | None = None, *, _locked: bool = False) -> bool:
    """Bring an output folder up to date after an ``analyse`` run was killed (kill -9, power loss).

    Called by every command before it reads ``out``. When no run holds the
    run lock and the killed run left a journal or staged documents: staged
    analyses are published or dropped (:func:`_finish_stages`), the
    similarity table and corpus exports are rewritten from the store, and
    ``run.json`` is written from the journal (``"interrupted": true``,
    ``"killed": true``, the documents finished before the kill). A run in
    progress is left alone.

    Returns:
        True when something was brought up to date.
    """
    out = Path(out)
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
        if left is not None:
            info, docs = left
            _write_exports(out, load_template(templates), str(info.get("model") or _stored_model(out)))
            results = []
            for d in docs:
                with contextlib.suppress(ValueError):
                    results.append(RunResult.model_validate(d))
            write_run(out, results, run_info={**info, "interrupted": True, "killed": True})
            journal.unlink(missing_ok=True)
            logger.warning("%s", AnalyserError("W512", path=str(out)))
        return True
    except (AnalyserError, OSError) as exc:
        logger.warning("could not bring %s up to date: %s", out, exc)
        return False
    finally:
        if lock is not None:
            lock.release()


def _stored_model(out: Path) -> str:
    """The model of the stored documents ("" when none)."""
    with AnalysisStore(out, read_only=True) as store:
        rows = store.con.execute("SELECT model FROM documents LIMIT 1").fetchall()
    return rows[0][0] if rows else ""


def _worker_failed(path: Path, reason: str) -> DocumentAnalysis:
    """A document whose worker died or failed: failed for this run, its earlier analysis kept (E512)."""
    err = AnalyserError("E512", path=str(path), reason=reason)
    return DocumentAnalysis(RunResult(doc_id=doc_id_of(path), source_path=str(path), status="failed",
                                      errors=(ErrorItem(stage="run", code=err.code, message=str(err)),)))


def _in_scope(out: Path, doc_id: str) -> bool:
    """False when the document's ``analysis.json`` says it is not an asylum and migration strategy (kept out of similarity)."""
    try:
        return bool(json.loads((out / doc_id / "analysis.json").read_text(encoding="utf-8")).get("in_scope", True))
    except (OSError, ValueError, AttributeError):
        return True


def _run_in_workers(
    todo: Sequence[tuple[int, Path]],
    config: AnalyserConfig,
    encoder: Encoder | None,
    workers: int,
    commit: Callable[[int, DocumentAnalysis], None],
    fallback: Callable[[Sequence[tuple[int, Path]]], None] | None = None,
) -> list[str]:
    """Analyse documents in worker processes; this process commits each result as it arrives.

    A worker that dies (killed, out of memory, segfault) breaks the pool: the
    documents not finished are analysed again, one worker at a time, so that a
    document that kills its worker again is the one that fails (E512, its
    earlier analysis kept) and the others finish. When no worker ever got
    ready (a script without ``if __name__ == "__main__":``, a model that does
    not load in a child) the documents go to ``fallback`` (analysis in this
    process) with a W510 warning.

    On Ctrl-C or SIGTERM the workers are killed at once and the
    KeyboardInterrupt propagates.

    Returns:
        Warnings for ``run.json`` (W510), empty when the workers did the work.
    """
    left, broken, ready = _worker_pass(todo, config, encoder, workers, commit)
    if broken is None:
        return []
    warnings: list[str] = []
    if ready == 0 and fallback is not None:
        msg = str(AnalyserError("W510", reason=repr(broken)))
        logger.warning("%s", msg)
        fallback(left)
        return [msg]
    while left:  # one worker at a time: the first unfinished document of a broken pool is the one that killed it
        rest, broken, _ = _worker_pass(left, config, encoder, 1, commit)
        if broken is None:
            break
        culprit, *others = rest
        commit(culprit[0], _worker_failed(culprit[1], f"{broken!r}, twice"))
        left = others
    return warnings


def _worker_pass(
    items: Sequence[tuple[int, Path]],
    config: AnalyserConfig,
    encoder: Encoder | None,
    workers: int,
    commit: Callable[[int, DocumentAnalysis], None],
) -> tuple[list[tuple[int, Path]], BrokenProcessPool | None, int]:
    """One pool over ``items``: (unfinished items in order, the BrokenProcessPool if a worker died, workers that got ready)."""
    ctx = multiprocessing.get_context("spawn")  # torch and fork do not mix
    if config.threads is None:  # N workers x threads <= cores
        config = replace(config, threads=default_threads(min(workers, len(items))))
    ready = ctx.Value("i", 0)
    pool = ProcessPoolExecutor(max_workers=min(workers, len(items)), mp_context=ctx,
                               initializer=_init_worker, initargs=(config, encoder, ready))
    left: list[tuple[int, Path]] = []
    broken: BrokenProcessPool | None = None
    try:
        futures = {pool.submit(_analyse_in_worker, str(path)): (i, path) for i, path in items}
        for fut in as_completed(futures):
            i, path = futures[fut]
            try:
                da = fut.result()
            except BrokenProcessPool as exc:
                broken = exc
                left.append((i, path))
                continue
            except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be sent back
                da = _worker_failed(path, repr(exc))
            commit(i, da)
    except BaseException:
        _kill_workers(pool)
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    if broken is not None:
        _kill_workers(pool)
    pool.shutdown(wait=True)
    return sorted(left), broken, ready.value


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """SIGKILL every worker of a pool (they ignore SIGINT/SIGTERM; there is no public API to stop a running task)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:
        with contextlib.suppress(Exception):
            proc.kill()
    for proc in procs:  # reap them: no zombie, and a caller sees no live child
        with contextlib.suppress(Exception):
            proc.join(timeout=5)


def refresh_reports(out: str | os.PathLike[str], templates: Path | None = None, *,
                    store_timeout: float | None = None, images: bool = True) -> list[str]:
    """Re-render every stored document's reports and the corpus exports with the current reviews.

    No model is loaded and nothing is recomputed: ``analysis.json`` is read,
    ``<out>/reviews.csv`` applied, ``report.md``/``report.html``, the store's
    coverage labels and the corpus exports rewritten. Works while an
    ``analyse`` run writes into ``out`` (the store is held only briefly; the
    machine's scores in the store are never touched, only the review columns).

    Args:
        out: the output folder.
        templates: extra template packs.
        store_timeout: seconds to wait for other processes holding the store
            (None: :data:`analyser.store.WRITE_TIMEOUT`).
        images: page crops of PDF sources in the HTML reports.

    Returns:
        The doc_ids refreshed.

    Raises:
        AnalyserError: E504 when ``out`` has no store; E505/E507 for a bad
            reviews file; E510/E511 when another process holds the store
            longer than ``store_timeout`` (the per-document reports are
            written by then).
    """
    out = Path(out)
    if not (out / STORE_NAME).exists():
        raise AnalyserError("E504", path=str(out / STORE_NAME), reason="no such file (run `analyser analyse` first)")
    recover_output(out, templates)
    template = load_template(templates)
    reviews = load_reviews(reviews_path(out), [ke.id for ke in template.key_elements()])
    with AnalysisStore(out, read_only=True) as store:
        doc_ids = store.doc_ids()
    done = []
    for did in doc_ids:
        folder = out / did
        try:
            analysis = json.loads((folder / "analysis.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        write_reports(folder, apply_reviews(analysis, reviews), template, images=images)
        done.append(did)
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
    document keeps the fingerprint of ``run.json`` when that run made it with
    the same model, so the next run reuses it; otherwise the next run
    recomputes it.

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
        raise AnalyserError("E516", path=str(out), reason="no <doc_id>/analysis.json files in it")
    lock = RunLock(out)
    try:
        lock.acquire()
    except OSError as exc:
        raise AnalyserError("E516", path=str(out), reason=exc.strerror or type(exc).__name__) from None
    try:
        kept = _move_store_aside(out)
        run = _read_json(out / "run.json") or {}
        statuses = {d.get("doc_id"): d.get("status") for d in run.get("documents", []) if isinstance(d, dict)}
        template = load_template()
        reviews = _reviews_or(out, [ke.id for ke in template.key_elements()], {})
        encoders: dict[str, CachedEncoder] = {}
        cache = EmbeddingCache(out / ".cache")
        done: list[str] = []
        with AnalysisStore(out) as store:  # a repair: held until done
            for folder in folders:
                analysis = _read_json(folder / "analysis.json")
                if not analysis or "passages" not in analysis or "coverage" not in analysis:
                    logger.warning("%s", AnalyserError("E403", path=str(folder / "analysis.json"), reason="not an analysis"))
                    continue
                name = model or str(analysis.get("model", {}).get("name") or "")
                if name not in encoders:
                    encoders[name] = CachedEncoder(encoder or load_encoder(name or None), cache)
                enc = encoders[name]
                texts = [p.get("text", "") for p in analysis["passages"]]
                vectors = enc.encode(texts, kind="passage") if texts else np.zeros((0, enc.dim), np.float32)
                same_run = run.get("model") == enc.name and statuses.get(analysis["doc_id"]) in ("success", "partial")
                store.put_document(apply_reviews(analysis, reviews), vectors,
                                   fingerprint=str(run.get("fingerprint")) if same_run else "rebuilt",
                                   status=statuses.get(analysis["doc_id"]) if same_run else "success")
                done.append(analysis["doc_id"])
        model_name = next(iter(encoders.values())).name if encoders else ""
        _write_exports(out, template, model_name)
        return done, kept
    finally:
        lock.release()


def _move_store_aside(out: Path) -> Path | None:
    """Rename ``analysis.duckdb`` (and its WAL) to ``analysis.duckdb.damaged-<UTC time>``; the path, or None when absent."""
    path = out / STORE_NAME
    if not path.exists():
        return None
    kept = path.with_name(f"{STORE_NAME}.damaged-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}")
    os.replace(path, kept)
    wal = path.with_name(STORE_NAME + ".wal")
    if wal.exists():
        os.replace(wal, kept.with_name(kept.name + ".wal"))
    return kept


def _read_json(path: Path) -> dict | None:
    """A JSON object from a file, or None when missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def background_vector(model: str) -> np.ndarray | None:
    """The (dim,) centring vector of :mod:`analyser.compare` for ``model``.

    The mean answer embedding of the shipped section exemplar bank; None when
    no bank was built for the model (e.g. the hashing test encoder).
    """
    bank = load_exemplars(model)
    return None if bank is None or not len(bank.vectors) else bank.vectors.mean(axis=0)
