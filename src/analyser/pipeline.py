"""Orchestration: parse → segment → match → score → report, with error capture.

One document's failure never stops a batch: errors are captured as
:class:`~analyser.schema.ErrorItem` on the document's :class:`RunResult`
(Docling's ``raises_on_error=False``), and ``run.json`` in the output folder
lists every document's status. Output files are written atomically (temporary
file, then :func:`os.replace`), so an interrupted run never leaves a half-written
analysis.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .embed import CachedEncoder, EmbeddingCache, Encoder, load_encoder
from .errors import AnalyserError
from .match import MatchConfig, match
from .parse import parse
from .report import write_corpus_outputs, write_document_outputs
from .schema import Document, ErrorItem, RunResult
from .score import Calibration, ScoreConfig, load_calibration, score
from .segment import SegmentConfig, segment
from .template import Template, load_template
from .text import detect_language

logger = logging.getLogger(__name__)

INPUT_SUFFIXES = (".pdf", ".txt")


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

    Folders contribute their ``*.pdf`` and ``*.txt`` files (not
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

    def analyse_document(
        self,
        path: str | os.PathLike[str],
        out_dir: str | os.PathLike[str],
        progress: Callable[[str], None] | None = None,
    ) -> RunResult:
        """Analyse one file and write ``<out>/<doc_id>/analysis.json`` and ``report.md``.

        Never raises for a bad document: the returned result has status
        ``failed`` and the error, or ``partial`` when some pages could not be read.
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
            for page in doc.pages:
                for flag in ("scanned", "cid_garbage"):
                    if flag in page.flags:
                        errors.append(ErrorItem(stage="parse", code="W101", message=f"page {page.number} unreadable ({flag}); not analysed", page=page.number))
            if progress:
                progress("segment")
            seg = segment(doc, self.template, self.encoder, self.config.segment)
            if progress:
                progress("embed")
            matches = match(seg, self.template, self.encoder, doc.language, self.config.match)
            if progress:
                progress("score")
            coverage = score(matches, seg, self.template, self.calibration, self.config.score)
            out = write_document_outputs(
                Path(out_dir), doc, seg, matches, coverage, self.template,
                model={"name": self.encoder.name, "dim": self.encoder.dim},
                calibration=self.calibration,
            )
        except AnalyserError as exc:
            logger.debug("failed %s", path, exc_info=True)
            return RunResult(doc_id=doc_id, source_path=str(path), status="failed",
                             errors=(ErrorItem(stage=_stage_of(exc), code=exc.code, message=str(exc)),))
        except Exception as exc:  # noqa: BLE001 - a batch never dies on one document
            logger.debug("failed %s", path, exc_info=True)
            return RunResult(doc_id=doc_id, source_path=str(path), status="failed",
                             errors=(ErrorItem(stage="run", code="E599", message=f"{path}: unexpected error: {exc!r}"),))
        logger.info("%s analysed in %.1f s", doc_id, time.perf_counter() - t0)
        return RunResult(doc_id=doc_id, source_path=str(path), status="partial" if errors else "success",
                         errors=tuple(errors), out_dir=str(out))

    def _with_language(self, doc: Document) -> Document:
        if self.config.language:
            return doc.model_copy(update={"language": self.config.language})
        if doc.language not in ("", "und", None):
            return doc
        body = " ".join(b.text for b in doc.blocks if b.kind not in ("header_footer", "footnote"))
        return doc.model_copy(update={"language": detect_language(body, default="und")})


def _stage_of(exc: AnalyserError) -> str:
    return {"ParseError": "parse", "TemplateError": "template", "EncoderError": "embed", "ScoreError": "score"}.get(type(exc).__name__, "run")


def analyse_corpus(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    config: AnalyserConfig | None = None,
    *,
    encoder: Encoder | None = None,
    on_document: Callable[[RunResult], None] | None = None,
    on_stage: Callable[[str, str], None] | None = None,
) -> list[RunResult]:
    """Analyse every input file and write the per-document and corpus outputs.

    Args:
        paths: files and/or folders.
        out: output folder (created).
        config: run settings.
        encoder: inject an encoder instead of loading the configured model.
        on_document: called after each document with its result (progress).
        on_stage: called with (doc_id, stage name) as each stage starts.

    Returns:
        One :class:`RunResult` per input, in input order. ``run.json``,
        ``summary.csv`` and ``summary.json`` are written to ``out``.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    config = config or AnalyserConfig()
    if config.cache_dir is None:
        config.cache_dir = out / ".cache"
    analyser = Analyser(config, encoder=encoder)
    results: list[RunResult] = []
    seen: dict[str, Path] = {}
    for path in find_inputs(paths):
        did = doc_id_of(path)
        if did in seen:
            err = AnalyserError("E503", path=str(path), doc_id=did, other=str(seen[did]))
            res = RunResult(doc_id=did, source_path=str(path), status="skipped",
                            errors=(ErrorItem(stage="run", code=err.code, message=str(err)),))
            results.append(res)
            if on_document:
                on_document(res)
            continue
        seen[did] = path
        res = analyser.analyse_document(path, out, progress=(lambda stage, d=did: on_stage(d, stage)) if on_stage else None)
        results.append(res)
        if on_document:
            on_document(res)
    write_corpus_outputs(out, results, analyser.template, run_info={
        "analyser_version": __version__, "model": analyser.encoder.name,
        "calibration": {"model": analyser.calibration.model, "version": analyser.calibration.version,
                        "fitted_on": list(analyser.calibration.fitted_on)},
    })
    return results


