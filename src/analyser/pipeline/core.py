"""One document through the stages: parse → segment → match → score → aspects, with error capture.

:class:`Analyser` holds a run's settings (:class:`~analyser.config.RunConfig`) and its model data
(:class:`~analyser.bundle.ModelBundle`: template, encoder, banks and calibrations, loaded once and
passed to each stage explicitly) and analyses one file into a :class:`DocumentAnalysis`; a document's
failure is captured as :class:`~analyser.schema.ErrorItem` on its :class:`RunResult` (Docling's
``raises_on_error=False``), never raised. :func:`run_fingerprint` names everything that decides
an analysis, so that a re-run can reuse unchanged documents.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .._version import __version__
from ..bundle import ModelBundle
from ..config import RunConfig
from ..embed import Encoder
from ..errors import AnalyserError, Errors, Warnings, split_warning
from ..guard import check_document, check_file
from ..match import match
from ..parse import doc_id_of
from ..output import build_analysis
from ..schema import Analysis, Document, ErrorItem, RunResult
from ..scope import assess_scope, scope_warning
from ..score import Calibration, score
from ..segment import segment
from ..template import Template
from ..text import (NEIGHBOUR_LANGUAGES, detect_block_languages, detect_language, neighbour_language,
                    unsupported_language_warning)
from ..aspect_score import apply_aspects

logger = logging.getLogger(__name__)


INPUT_SUFFIXES = (".pdf", ".docx", ".txt")

AnalyserConfig = RunConfig
"""Deprecated name of :class:`analyser.config.RunConfig` (now frozen: build a changed copy with ``.replace``)."""

def find_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and folders into the input files, sorted, de-duplicated.

    Folders contribute their ``*.pdf``, ``*.docx`` and ``*.txt`` files (not
    recursive), hidden files left out (``._nl-2025.pdf``: the resource fork
    macOS writes beside a file on a foreign disk); files are taken as given,
    whatever their suffix, so that a bad file gets its own clear error. In a folder, an entry with an input
    suffix that is no regular file (a broken symbolic link, a link loop, a named pipe, a device) is taken too, for
    the same reason: it was left out without a word (fresh4), now it gets E101/E111 and the batch goes on. A folder
    that cannot be listed (permissions) is returned itself, so that it fails with E112 and the rest goes on (it raised
    PermissionError before: a traceback in a notebook).
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            try:
                entries = list(p.iterdir())
            except OSError:  # a folder that cannot be listed is an input of its own: it fails with E112 (fresh5)
                found.append(p)
                continue
            found.extend(sorted(f for f in entries
                                if not f.is_dir() and f.suffix.lower() in INPUT_SUFFIXES and not f.name.startswith(".")))
        else:
            found.append(p)
    return list(dict.fromkeys(found))

UNREAD_DOCUMENT_SUFFIXES = frozenset({
    ".odt", ".ott", ".fodt", ".doc", ".docm", ".dot", ".dotx", ".rtf", ".wpd", ".pages", ".html", ".htm", ".xhtml",
    ".mht", ".mhtml", ".epub", ".xps", ".oxps", ".djvu", ".tif", ".tiff", ".ppt", ".pptx", ".odp"})
"""Suffixes of files a strategy may be saved as that the analyser does not read (:func:`unread_files_note` names them;
a README.md, a script or a gold file beside the documents is not named)."""


def unread_files_note(paths: Iterable[str | os.PathLike[str]]) -> str:
    """One line (W519) naming the files of the folders given that hold a document the analyser does not read (their
    suffix is one of :data:`UNREAD_DOCUMENT_SUFFIXES`: OpenDocument, .doc, RTF, HTML, TIFF scans, slides …), or ``""``
    when there are none.

    A strategy saved as OpenDocument (``.odt``), a web page (``.html``) or a ``.doc`` in the corpus folder was left out
    without a word: the run said "12 of 13 documents analysed" and an analyst could not tell that a member state was
    missing (fresh9). Hidden files (``.DS_Store``, ``._x.pdf``) and subfolders are not named; at most five names are
    shown, with the count. Suffixes are compared case-insensitively (``.PDF``, ``.Docx`` are read).
    """
    unread: list[str] = []
    for p in map(Path, paths):
        if not p.is_dir():
            continue
        try:
            entries = sorted(p.iterdir())
        except OSError:
            continue
        for f in entries:
            try:
                if f.name.startswith(".") or f.suffix.lower() not in UNREAD_DOCUMENT_SUFFIXES or f.is_dir():
                    continue
            except OSError:
                continue
            unread.append(str(f))
    if not unread:
        return ""
    shown = ", ".join(unread[:5]) + (", …" if len(unread) > 5 else "")
    return Warnings.W519.render(n=len(unread), files=shown)


def without_output_folder(paths: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str]
                          ) -> tuple[list[str | os.PathLike[str]], str]:
    """The inputs without the output folder when it is given as an input folder beside other inputs, and the W520
    line saying so ("" when it is not).

    ``analyse in/* --out in/out``: a shell pattern catches the output folder, which was then read as an input
    folder, and a note an analyst kept in it (``notes.txt``) was analysed as a strategy. Given alone
    (``analyse in --out in``: inputs and outputs in one folder), it is read as any folder.
    """
    def same(p: str | os.PathLike[str]) -> bool:
        try:
            return Path(p).is_dir() and os.path.samefile(p, out)
        except OSError:
            return False

    paths = list(paths)
    if len(paths) < 2 or not any(same(p) for p in paths):
        return paths, ""
    return [p for p in paths if not same(p)], Warnings.W520.render(path=out)


def nested_inputs_hint(paths: Iterable[str | os.PathLike[str]]) -> str:
    """The tail of an E501 line when the folders given hold input files only in their subfolders, else ``""``.

    Folders are read one level deep (:func:`find_inputs`); an analyst who keeps one folder per member state
    (``corpus/hr/…``) got "no input documents found" and no word why (fresh8). Looks two levels down, listing at most
    the first three such subfolders.
    """
    nested: list[str] = []
    for p in map(Path, paths):
        if not p.is_dir():
            continue
        subs: list[Path] = []
        level = [p]
        for _ in range(2):  # two levels down, never the whole tree (a home folder given by mistake)
            nxt: list[Path] = []
            for d in level:
                try:
                    nxt += sorted(x for x in d.iterdir() if x.is_dir() and not x.is_symlink()
                                  and not x.name.startswith("."))
                except OSError:
                    continue
            subs += nxt
            level = nxt
        for d in subs:
            try:
                if any(f.suffix.lower() in INPUT_SUFFIXES and not f.is_dir() for f in d.iterdir()):
                    nested.append(str(d))
            except OSError:
                continue
    if not nested:
        return ""
    shown = ", ".join(nested[:3]) + (", …" if len(nested) > 3 else "")
    return (f" (folders are not searched in their subfolders; {len(nested)} subfolder(s) hold .pdf/.docx/.txt files: "
            f"{shown}; give them as inputs)")


class Analyser:
    """Analyses documents with one run's settings and model data.

    Args:
        config: run settings.
        encoder: inject an encoder (tests use :class:`~analyser.embed.HashingEncoder`);
            by default the configured model, loaded only when a document must
            be computed (:func:`~analyser.embed.open_encoder`).
        bundle: the model data, already loaded (default: :meth:`ModelBundle.load`
            with ``config`` and ``encoder``; when given, ``encoder`` is not used and
            the bundle's own settings stand for model, templates and calibration).

    Attributes:
        bundle: the :class:`~analyser.bundle.ModelBundle`; ``template``, ``encoder``,
            ``calibration``, ``aspects`` and ``aspect_calibration`` are its parts.
        fingerprint: :func:`run_fingerprint` of the run.
    """

    def __init__(self, config: RunConfig | None = None, *, encoder: Encoder | None = None,
                 bundle: ModelBundle | None = None) -> None:
        self.config = config or RunConfig()
        self.bundle = bundle or ModelBundle.load(self.config, encoder=encoder)
        self.template: Template = self.bundle.template
        self.encoder = self.bundle.encoder
        self.calibration: Calibration = self.bundle.calibration
        self.aspects, self.aspect_calibration = self.bundle.aspects, self.bundle.aspect_calibration
        self.fingerprint = run_fingerprint(self.encoder.cache_name, self.calibration, self.template, self.config,
                                           self.bundle.aspect_hash, self.bundle.paths.data_digest())
        self._preloaded = False

    def _preload(self) -> None:
        """Once, when the first document is computed: load the model (ONNX backend) and spaCy in the
        background while the document is parsed (:meth:`analyser.embed.LazyEncoder.preload`)."""
        if self._preloaded:
            return
        self._preloaded = True
        start = getattr(self.encoder, "preload", None)
        if callable(start) and start():
            from ..text import preload_sentence_splitter

            preload_sentence_splitter()

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
        from ..parse import parse  # pdfplumber: only when a document must be computed

        self._preload()
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
            errors.extend(_parse_warning(w) for w in doc.warnings)
            if msg := unsupported_language_warning(str(path), doc.language):
                errors.append(ErrorItem(stage="parse", code=Warnings.W111.code, message=msg))
            body = " ".join(b.text for b in doc.blocks if b.kind not in ("header_footer", "footnote"))
            if (other := neighbour_language(body, doc.language)) is not None:  # Catalan read as Spanish (fresh9)
                errors.append(ErrorItem(stage="parse", code=Warnings.W112.code, message=Warnings.W112.render(
                    path=str(path), other=other, name=NEIGHBOUR_LANGUAGES[other], language=doc.language)))
            for page in doc.pages:
                for flag in ("scanned", "cid_garbage"):
                    if flag in page.flags:
                        errors.append(ErrorItem(stage="parse", code=Warnings.W101.code, message=f"page {page.number} unreadable ({flag}); not analysed", page=page.number))
            if progress:
                progress("segment")
            exemplars, bank = self.bundle.exemplars, self.bundle.evidence_bank  # read on the first document computed
            seg = segment(doc, self.template, self.encoder, self.config.segment,
                          exemplars=exemplars if exemplars is not None else False)
            if progress:
                progress("embed")
            matches = match(seg, self.template, self.encoder, doc.language, self.config.match, progress=embed_progress,
                            evidence_bank=bank if bank is not None else False, aspects=self.aspects)
            if progress:
                progress("score")
            scope = assess_scope(matches, seg)
            if not scope.in_scope:
                errors.append(ErrorItem(stage="score", code=Warnings.W601.code, message=scope_warning(scope)))
            coverage = score(matches, seg, self.template, self.calibration, self.config.score, scope=scope,
                             aspects=self.aspects)
            coverage, aspects = apply_aspects(matches, coverage, self.encoder, doc.language, doc_id,
                                              self.aspects, self.aspect_calibration)
            cov_in, aspects_in = None, None
            if not scope.in_scope:  # scored as a strategy too, shown only when an analyst reviews its scope as in
                cov_in = score(matches, seg, self.template, self.calibration, self.config.score,
                               scope=dataclasses.replace(scope, in_scope=True), aspects=self.aspects)
                cov_in, aspects_in = apply_aspects(matches, cov_in, self.encoder, doc.language, doc_id,
                                                   self.aspects, self.aspect_calibration)
            analysis = build_analysis(doc, seg, matches, coverage, self.template,
                                      model={"name": self.encoder.name, "dim": self.encoder.dim},
                                      calibration=self.calibration, aspects=aspects, scope=scope,
                                      covered_threshold=self.config.score.covered_threshold,
                                      aspect_threshold=self.aspect_calibration.threshold,
                                      coverage_if_in_scope=cov_in, aspects_if_in_scope=aspects_in)
            vectors = matches.passage_vectors
        except AnalyserError as exc:
            logger.debug("failed %s", path, exc_info=True)
            return DocumentAnalysis(RunResult(doc_id=doc_id, source_path=str(path), status="failed",
                                              errors=(ErrorItem(stage=_stage_of(exc), code=exc.code, message=str(exc)),)))
        except MemoryError:
            logger.debug("out of memory %s", path, exc_info=True)
            return DocumentAnalysis(RunResult(doc_id=doc_id, source_path=str(path), status="failed", errors=(
                ErrorItem(stage="run", code=Errors.E136.code, message=Errors.E136.render(
                    path=str(path), limit=self.config.limits.max_memory_mb or "?")),)))
        except Exception as exc:  # noqa: BLE001 - a batch never dies on one document
            logger.debug("failed %s", path, exc_info=True)
            return DocumentAnalysis(RunResult(doc_id=doc_id, source_path=str(path), status="failed",
                                              errors=(ErrorItem(stage="run", code=Errors.E599.code, message=Errors.E599.text(path=path, reason=repr(exc))),)))
        logger.info("%s analysed in %.1f s", doc_id, time.perf_counter() - t0)
        unreadable = any(e.code == Warnings.W101.code for e in errors)  # W102 warnings leave the analysis complete
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
        analysis: the document's :class:`~analyser.schema.Analysis` (``analysis.json``; None when failed).
        vectors: float32 (P, dim) passage embeddings, one row per
            ``analysis.passages`` entry (None when failed).
        crops: the report's page crops rendered ahead, as ``crops.json`` text
            (:func:`~analyser.output.crops.prerender_crops`; set by worker processes,
            None: the reports render them).
    """

    result: RunResult
    analysis: Analysis | None = None
    vectors: np.ndarray | None = None
    crops: str | None = None

@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """sha256 (hex, 32 characters) of the analyser's own Python source (every ``*.py`` of the package, by path).

    Part of the run fingerprint: the version number alone stays the same across code changes,
    and an analysis made by other code must not be reused as if current. About 1 MB, hashed
    once per process.
    """
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:32]


def run_fingerprint(model: str, calibration: Calibration, template: Template, config: RunConfig,
                    aspects: str = "", data: str = "") -> str:
    """A hash of everything besides the file bytes that decides a document's analysis.

    Model name, analyser version and source code (:func:`code_digest`), the calibration
    (coefficients included), the template and its language packs, the forced language, the
    stage settings, ``aspects`` (the hash of ``aspects.yaml`` and the aspect calibration, from
    :func:`load_aspect_setup`) and ``data`` (the hash of the bank files,
    :meth:`~analyser.bundle.BundlePaths.data_digest`). A stored document with the same bytes and
    fingerprint is reused.
    """
    parts = {
        "aspects": aspects,
        "data": data,
        "code": code_digest(),
        "model": model,
        "analyser": __version__,
        "calibration": repr(calibration),
        "template": hashlib.sha256(template.model_dump_json().encode("utf-8")).hexdigest(),
        "language": config.language,
        "stages": repr((config.segment, config.match, config.score)),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()[:32]

def _stage_of(exc: AnalyserError) -> str:
    return {"ParseError": "parse", "TemplateError": "template", "EncoderError": "embed", "ScoreError": "score"}.get(type(exc).__name__, "run")


def _parse_warning(message: str) -> ErrorItem:
    """A parser's warning as an error item: a message rendered with its own code ("[W103] …", "[W104] …") keeps
    that code (it was W102 "[W103] …": two codes on one line); any other is W102 (:func:`~analyser.errors.split_warning`)."""
    code, text = split_warning(message)
    return ErrorItem(stage="parse", code=code, message=text)
