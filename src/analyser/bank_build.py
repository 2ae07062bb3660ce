"""Build the k-NN banks of one model (``analyser banks build``, ``analyser banks negatives``).

Two banks of annotated answers are shipped per encoder model in ``data/exemplars/`` and read
by a run through :class:`analyser.bundle.ModelBundle`:

* ``<model>.npz``, the section exemplars of the segment stage (answer blocks of the gold with
  their Annex section; :func:`analyser.segment.build_exemplars`);
* ``<model>.evidence.npz``, the evidence bank of the match stage (answer blocks of the gold
  with the key elements they evidence; :func:`analyser.match.build_evidence_bank`), to which
  the passages of negative documents are added (:func:`analyser.match.add_negatives`) from an
  analysis of ``tests/data/negatives/train`` (never the held-out negatives).

Beside the evidence bank lies ``<model>.genre.npz``, the training set of the scope stage's genre
model (:meth:`analyser.match.EvidenceBank.genre`; :func:`build_genre_set`, ``scripts/build_genre.py``):
strategies against on-topic documents of other genres. It is independent of the pair (a bank rebuild
keeps it) and read with the evidence bank.

Each stage keeps what its bank holds; this module decides where the files go and in which
order they are made. Rebuilding from the gold drops the evidence bank's negatives: add them
again with :func:`add_negative_documents` (or ``analyser banks build --negatives OUT``).
The shipped calibration is fitted against these banks: refit it after a rebuild
(``analyser calibrate``). The evidence bank's logistic regressions are stored fitted beside it
(``fitted.json``, :mod:`analyser.stored_fits`): :func:`rebuild_fitted` makes them anew from the banks
(``analyser banks build`` and ``banks negatives`` do it after writing them), :func:`fitted_stale` tells
in one line when they were made from other bank files.

The two files are replaced as one pair (:func:`commit_banks`): both are written to staged
copies (``.<file>.staged``) first, then the manifest ``<model>.banks.json`` with the sha256 of
the new pair (the commit point), then each staged copy goes over its file. A kill before the
manifest leaves the old pair; after it, :func:`recover_banks` (run first by every bank command)
finishes the replacement, and a run refuses a pair that does not match its manifest (E413,
:meth:`analyser.bundle.BundlePaths.check_banks`).
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from .bundle import BundlePaths
from .calibrate import load_negative_documents
from .embed import Encoder
from .errors import Errors, ScoreError
from .evaluate import analysed_gold_documents, load_gold_dir
from . import stored_fits
from .io import file_sha256, write_bytes_atomic, write_text_atomic
from .schema import load_analysis
from .match import (GENRE_DESCRIPTORS, TITLE_KINDS, TITLE_NAMING_KINDS, TITLE_PRESS_NAMES, add_negatives, build_evidence_bank, genre_set_path, load_evidence_bank, save_genre_set, title_lines,
                    title_page)
from .segment import build_exemplars, load_exemplars
from .template import Template, load_template

__all__ = ["COMPACT_DOC_ID", "COMPACT_TRAIN", "BankFiles", "CompactExample", "FitsWritten", "NegativesAdded", "add_negative_documents", "build_banks", "build_genre_set", "check_negatives",
           "commit_banks", "fit_all", "fitted_stale", "left_out_ids", "rebuild_fitted", "load_compact_examples", "recover_banks"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BankFiles:
    """The two bank files written by :func:`build_banks`, with their sizes in rows.

    Attributes:
        exemplars: path of the section exemplar bank; ``n_exemplars`` its answer blocks.
        evidence_bank: path of the evidence bank; ``n_evidence`` its answer blocks.
    """

    exemplars: Path
    evidence_bank: Path
    n_exemplars: int
    n_evidence: int
    negatives: NegativesAdded | None = None


@dataclass(frozen=True)
class NegativesAdded:
    """What :func:`add_negative_documents` wrote: the evidence bank's path, negative documents and passages added."""

    evidence_bank: Path
    documents: int
    passages: int


COMPACT_TRAIN = Path("tests/data/compact/train/examples.yaml")
"""Default file of hand-written compact examples (:func:`load_compact_examples`), relative to the repository root."""


COMPACT_DOC_ID = "compact-train"
"""doc_id of the hand-written compact examples in the evidence bank."""


@dataclass(frozen=True)
class CompactExample:
    """A hand-written compact paragraph: one sentence per key element of one Annex section.

    Attributes:
        doc_id: ``compact-train`` for every example: one document of the bank (centred as one, and
            weighing as one strategy in the topicality model, :meth:`analyser.match.EvidenceBank.topicality`).
        language: ISO 639-1 code.
        section: the Annex section the paragraph answers (``"2.1.2"``).
        sentences: (key element id, sentence) in paragraph order; a key element may have several.
    """

    doc_id: str
    language: str
    section: str
    sentences: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        """The paragraph: its sentences joined by a space."""
        return " ".join(t for _, t in self.sentences)

    @property
    def key_elements(self) -> frozenset[str]:
        """The key elements the paragraph evidences."""
        return frozenset(k for k, _ in self.sentences)


def load_compact_examples(path: str | Path, template: Template | None = None) -> list[CompactExample]:
    """Read hand-written compact examples (``tests/data/compact/train/examples.yaml``).

    The file is a YAML list of ``{language, section, sentences: [[key element, sentence], …]}``;
    every key element must belong to the template and to the entry's section, and a paragraph
    needs two key elements at least (one is an ordinary example, which the gold already has).

    Args:
        path: the YAML file.
        template: the Annex template (default: the packaged one).

    Returns:
        The examples in file order.

    Raises:
        ScoreError: E402 naming the file and the entry when the file cannot be read or an entry is malformed.
    """
    import yaml

    template = template or load_template()
    known = {k.id: k.section_id for k in template.key_elements()}
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ScoreError(Errors.E402, path=str(path), reason=f"compact examples: {type(exc).__name__}") from None
    if not isinstance(data, list):
        raise ScoreError(Errors.E402, path=str(path), reason="compact examples: not a list of entries")
    out = []
    for n, entry in enumerate(data, start=1):
        try:
            language, section = str(entry["language"]), str(entry["section"])
            sentences = tuple((str(k), str(t).strip()) for k, t in entry["sentences"])
        except (KeyError, TypeError, ValueError):
            raise ScoreError(Errors.E402, path=str(path),
                             reason=f"compact example {n}: needs language, section and sentences [[key element, sentence], …]") from None
        wrong = sorted({k for k, _ in sentences if known.get(k) != section})
        if wrong:
            raise ScoreError(Errors.E402, path=str(path),
                             reason=f"compact example {n}: key element(s) not of section {section}: {', '.join(wrong)}")
        if len({k for k, _ in sentences}) < 2:
            raise ScoreError(Errors.E402, path=str(path), reason=f"compact example {n}: fewer than two key elements")
        out.append(CompactExample(COMPACT_DOC_ID, language, section, sentences))
    return out


def build_banks(gold_dir: str | Path, encoder: Encoder, *, out_dir: str | Path | None = None,
                template: Template | None = None, negatives: str | Path | None = None,
                accept_in_scope: bool = False, compact: str | Path | None = COMPACT_TRAIN) -> BankFiles:
    """Embed the answer blocks of the gold annotations into both banks of ``encoder``'s model; atomic writes.

    Args:
        gold_dir: folder of ``<doc_id>.gold.json`` files (``tests/data/gold/SCHEMA.md``).
        encoder: the encoder the banks are for (its ``name`` names the files).
        out_dir: folder to write ``<model>.npz`` and ``<model>.evidence.npz`` into
            (default: the package's ``data/exemplars``, which runs read).
        template: the Annex template (its key elements are the evidence bank's columns).
        negatives: output folder of ``analyser analyse`` over negative documents
            whose passages are then added to the evidence bank
            (:func:`add_negative_documents`); they are checked and embedded
            before any bank is written.
        accept_in_scope: take negatives the current model found in scope
            (:func:`check_negatives`).
        compact: file of hand-written compact examples added to the evidence bank
            (:func:`load_compact_examples`); None, or a file that does not exist (run from
            another folder than the repository's root): none.

    Returns:
        The files written (:class:`BankFiles`; ``negatives`` set when given).

    Raises:
        ScoreError: E402 when ``gold_dir`` holds no readable gold file or a
            gold file names a key element the template does not have;
            E410/E412/E403 for bad ``negatives``. Either way no bank is touched.
        OSError: when a file cannot be written (nothing half-written is left; the two
            files change as one pair, :func:`commit_banks`).
    """
    golds = list(load_gold_dir(gold_dir).values())
    template = template or load_template()
    known = {k.id for k in template.key_elements()}
    for g in golds:  # a key element the template does not have would be a column nobody reads
        unknown = sorted(set(g["coverage"]) - known)
        if unknown:
            raise ScoreError(Errors.E402, path=str(Path(gold_dir) / f"{g['doc_id']}.gold.json"),
                             reason=f"key element(s) not in the template {template.id}: {', '.join(unknown)}")
    extra: list[tuple[str, frozenset[str], str]] = []
    extra_sentences: list[tuple[tuple[str, str], ...]] = []
    if compact is not None and Path(compact).exists():
        examples = load_compact_examples(compact, template)
        extra = [(e.text, e.key_elements, e.doc_id) for e in examples]
        # each sentence with its key element: a neighbour credits a passage only with the key elements of the
        # sentences it resembles (match.BankParts, EvidenceBank.votes)
        extra_sentences = [e.sentences for e in examples]
    elif compact is not None:
        logger.warning("%s: no compact examples there; the evidence bank is built without them", compact)
    neg_docs = None
    if negatives is not None:  # read before anything is written: a bad folder leaves the banks as they were
        check_negatives(negatives, gold_dir, accept_in_scope=accept_in_scope)
        neg_docs = load_negative_documents(negatives, encoder)
    paths = BundlePaths.for_model(encoder.name, bank_dir=Path(out_dir) if out_dir is not None else None)
    try:
        recover_banks(paths)
    except ScoreError as exc:  # both files are replaced below all the same
        logger.warning("%s", exc)
    staged = {paths.exemplars: _staged(paths.exemplars), paths.evidence_bank: _staged(paths.evidence_bank)}
    try:
        exemplars = build_exemplars(golds, encoder, out=staged[paths.exemplars])
        evidence = build_evidence_bank(golds, encoder, [k.id for k in template.key_elements()], out=staged[paths.evidence_bank],
                                       extra=extra, extra_sentences=extra_sentences)
        bank = load_evidence_bank(encoder.name, evidence)
        ex = load_exemplars(encoder.name, exemplars)
        added = None
        if neg_docs is not None and bank is not None:
            add_negatives(bank, {d.doc_id: d.passage_vecs for d in neg_docs}, out=evidence)
            added = NegativesAdded(paths.evidence_bank, len(neg_docs), sum(len(d.passage_vecs) for d in neg_docs))
            bank = load_evidence_bank(encoder.name, evidence)
    except BaseException:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        raise
    commit_banks(paths, staged)
    return BankFiles(paths.exemplars, paths.evidence_bank, len(ex.vectors) if ex else 0, len(bank.vectors) if bank else 0, added)


def _staged(path: Path) -> Path:
    """Where a new bank file is written before it goes over ``path``: ``.<name>.staged`` beside it."""
    return path.with_name(f".{path.name}.staged")


def commit_banks(paths: BundlePaths, staged: Mapping[Path, Path]) -> None:
    """Put staged bank files in place so that the pair of ``paths`` changes as one.

    The manifest (:attr:`~analyser.bundle.BundlePaths.banks_manifest`) gets the sha256 of the new
    pair first (a bank not in ``staged`` keeps its file and digest); then each staged file is
    copied over its target atomically and removed. A kill at any point leaves either the old pair
    with its manifest, or the new manifest with the staged copies :func:`recover_banks` finishes.

    Args:
        paths: the model's files.
        staged: target bank file → its staged new version (one or both of the pair).

    Raises:
        OSError: when a file cannot be written.
    """
    files = {p.name: file_sha256(staged.get(p, p)) for p in (paths.exemplars, paths.evidence_bank)}
    write_text_atomic(paths.banks_manifest, json.dumps({"model": paths.model, "files": files}, indent=1) + "\n")
    for target, tmp in staged.items():
        write_bytes_atomic(target, tmp.read_bytes())
        tmp.unlink()


def recover_banks(paths: BundlePaths) -> list[str]:
    """Finish a pair replacement a kill interrupted (:func:`commit_banks`); leftover staged files go.

    A bank file that does not match the manifest is replaced by its staged copy when that one
    does; staged copies of a replacement never committed (no manifest, or not matching it) are
    deleted. Nothing else is touched.

    Returns:
        The names of the bank files completed from their staged copies.

    Raises:
        ScoreError: E413 when a bank file matches neither the manifest nor a staged copy.
    """
    done = []
    bad = set(paths.bank_mismatches())
    for target in (paths.exemplars, paths.evidence_bank):
        tmp = _staged(target)
        if target.name in bad and tmp.exists() and _matches(paths, target, tmp):
            write_bytes_atomic(target, tmp.read_bytes())
            done.append(target.name)
        tmp.unlink(missing_ok=True)
    paths.check_banks()
    return done


def _matches(paths: BundlePaths, target: Path, staged: Path) -> bool:
    """True when ``staged`` holds the bytes the manifest names for ``target``."""
    files = json.loads(paths.banks_manifest.read_text(encoding="utf-8"))["files"]
    return file_sha256(staged) == files.get(target.name)


def check_negatives(analysed: str | Path, gold_dir: str | Path | None = None, *, accept_in_scope: bool = False) -> None:
    """Refuse an output folder whose documents are not negatives (strategies would poison the evidence bank).

    A document is refused when its ``analysis.json`` says it is in scope and
    the scope was assessed (the score of a run without a topicality model is
    exactly 1.0, e.g. with the hashing encoder or a bank without negatives: that
    ``in_scope`` is no evidence either way), or when ``gold_dir`` holds gold
    annotations for its doc_id (``<doc_id>.gold.json``): the reliable check
    when scope was not assessed.

    ``accept_in_scope`` drops the first check (the gold check stays): on-topic
    documents that are not strategies (migration research papers, NGO reports,
    press releases, judgments) are added as negatives precisely because the
    current model takes them for strategies.

    Args:
        analysed: output folder of ``analyser analyse`` (documents of its latest run).
        gold_dir: folder of gold annotations, or None.
        accept_in_scope: do not refuse documents analysed as in scope.

    Raises:
        ScoreError: E412 naming every refused document and why;
            E410 when ``analysed`` holds no analysed document; E403 when an analysis is unreadable.
    """
    analysed = Path(analysed)
    if not (analysed / "run.json").exists():
        raise ScoreError(Errors.E410, path=str(analysed), reason="no run.json: analyse the negative documents into this folder first")
    paths = analysed_gold_documents(analysed, sorted(p.parent.name for p in analysed.glob("*/analysis.json")))
    if not paths:
        raise ScoreError(Errors.E410, path=str(analysed), reason="no analysis.json of the latest run")
    gold = {p.name.removesuffix(".gold.json") for p in Path(gold_dir).glob("*.gold.json")} if gold_dir is not None else set()
    refused = []
    for doc_id, path in paths.items():
        data = load_analysis(path)
        if doc_id in gold:
            refused.append(f"{doc_id} has gold annotations in {gold_dir}")
        elif data.in_scope and data.in_scope_score < 1.0 and not accept_in_scope:
            refused.append(f"{doc_id} is an asylum and migration strategy (in scope, score {data.in_scope_score:.2f})")
    if refused:
        raise ScoreError(Errors.E412, path=str(analysed), reason="; ".join(refused))


def add_negative_documents(analysed: str | Path, encoder: Encoder, *, bank_dir: str | Path | None = None,
                           gold_dir: str | Path | None = None, accept_in_scope: bool = False) -> NegativesAdded:
    """Add the passages of analysed negative documents to the evidence bank, replacing earlier negatives.

    The passages are cut and embedded as the match stage does, from each
    ``analysis.json`` of the latest run in ``analysed`` (embeddings from its ``.cache``).

    Args:
        analysed: output folder of ``analyser analyse`` over negative documents
            (``tests/data/negatives/train``; never the held-out ones).
        encoder: the encoder of the bank.
        bank_dir: folder holding the evidence bank (default: the package's ``data/exemplars``).
        gold_dir: folder of gold annotations: a document annotated there is refused (:func:`check_negatives`).
        accept_in_scope: take documents the current model found in scope (on-topic negatives; :func:`check_negatives`).

    Raises:
        ScoreError: E411 when there is no evidence bank to add to; E410/E403 when
            ``analysed`` holds no readable analysis; E412 when a document is a
            strategy (:func:`check_negatives`). The bank is then unchanged. E413 when
            the pair of banks is inconsistent and cannot be recovered (:func:`recover_banks`).
    """
    paths = BundlePaths.for_model(encoder.name, bank_dir=Path(bank_dir) if bank_dir is not None else None)
    path = paths.evidence_bank
    recover_banks(paths)
    bank = load_evidence_bank(encoder.name, path)
    if bank is None:
        raise ScoreError(Errors.E411, path=str(path), model=encoder.name)
    check_negatives(analysed, gold_dir, accept_in_scope=accept_in_scope)
    docs = load_negative_documents(analysed, encoder)
    staged = _staged(path)
    try:
        add_negatives(bank, {d.doc_id: d.passage_vecs for d in docs}, out=staged)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    commit_banks(paths, {path: staged})
    return NegativesAdded(path, len(docs), sum(len(d.passage_vecs) for d in docs))


def strip_accents(text: str) -> str:
    """``text`` without combining marks, as a title set in capitals reads lower-cased: "δελτίο τύπου" → "δελτιο τυπου"."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def neutral_title_lines() -> list[str]:
    """The neutral title-page lines shipped in ``data/title_neutral_lines.txt`` ('#' comment lines and blanks left out)."""
    text = (resources.files("analyser") / "data" / "title_neutral_lines.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def build_genre_set(strategies: Mapping[str | Path, Collection[str] | None], others: Mapping[str | Path, Collection[str] | None],
                    encoder: Encoder, *, bank_dir: str | Path | None = None,
                    kinds: Mapping[str | Path, Collection[str] | None] | None = None) -> tuple[Path, int, int]:
    """Write the genre model's training set (``<model>.genre.npz`` beside the evidence bank); atomic.

    The genre model (:meth:`analyser.match.EvidenceBank.genre`) tells a strategy's
    genre from the genres that write about asylum without being a strategy. Its
    passages are cut and embedded as the match stage does, from the analyses of
    the given output folders (embeddings from their ``.cache``); the descriptions
    of :data:`analyser.match.GENRE_DESCRIPTORS` are embedded as queries.

    Args:
        strategies: output folder → doc_ids to take (None: every document of its latest
            run): strategies of any policy field (the development corpus; the
            off-topic strategies in the Annex's structure among the training negatives).
        others: output folder → doc_ids (None: all): documents of other genres (the
            on-topic negatives, the training negatives that are not strategies).
        encoder: the encoder of the evidence bank.
        bank_dir: folder of the evidence bank (default: the package's ``data/exemplars``).
        kinds: output folder → doc_ids (None: all): documents of other kinds for the title model only
            (:meth:`analyser.match.EvidenceBank.title`; press releases, municipal plans …). The title
            pages (:func:`analyser.match.title_page`) of every document above join it too.

    Returns:
        (path written, strategy documents, other documents).

    Raises:
        ScoreError: E410/E403 when a folder holds no readable analysis (nothing is written);
            E410 naming the doc_ids asked for that a folder does not hold.
    """
    documents: dict[str, tuple] = {}
    titles: dict[str, tuple] = {}
    lines: dict[str, tuple] = {}
    counts = [0, 0]
    for is_strategy, folders, genre in ((True, strategies, True), (False, others, True), (False, kinds or {}, False)):
        for folder, wanted in folders.items():
            docs = load_negative_documents(folder, encoder)
            if wanted is not None:
                missing = sorted(set(wanted) - {d.doc_id for d in docs})
                if missing:
                    raise ScoreError(Errors.E410, path=str(folder), reason=f"no analysis of {', '.join(missing)}")
                docs = [d for d in docs if d.doc_id in set(wanted)]
            for d in docs:
                if genre:
                    documents[d.doc_id] = (d.passage_vecs, is_strategy)
                    counts[not is_strategy] += 1
                title = title_page(d.seg)
                if title:
                    titles[d.doc_id] = (encoder.encode(title, kind="passage"), is_strategy)
                    lines[d.doc_id] = (encoder.encode(title_lines(title), kind="passage"), is_strategy)
    genres = [g for g, texts in GENRE_DESCRIPTORS.items() for _ in texts]
    descriptors = encoder.encode([t for texts in GENRE_DESCRIPTORS.values() for t in texts], kind="query")
    kind_vecs = encoder.encode(list(TITLE_KINDS.values()), kind="query")
    press = list(dict.fromkeys([*TITLE_PRESS_NAMES, *(strip_accents(n) for n in TITLE_PRESS_NAMES)]))
    naming = (encoder.encode(list(TITLE_NAMING_KINDS.values()), kind="query"), encoder.encode(press, kind="query"), lines,
              encoder.encode([t.lower() for t in neutral_title_lines()], kind="passage"))
    paths = BundlePaths.for_model(encoder.name, bank_dir=Path(bank_dir) if bank_dir is not None else None)
    path = save_genre_set(genre_set_path(paths.evidence_bank), descriptors, genres, documents, kind_vecs, titles, naming)
    return path, counts[0], counts[1]


def left_out_ids(gold_dir: str | Path) -> list[str]:
    """'' (nothing left out: a new document's fits) and the doc_id of every ``<doc_id>.gold.json`` of ``gold_dir``
    (the development corpus: the benchmark, the corpus tests and the calibration's folds analyse them left out)."""
    return ["", *sorted(p.name[: -len(".gold.json")] for p in Path(gold_dir).glob("*.gold.json"))]


def _bank_files(model: str, bank_dir: str | Path | None) -> list[Path]:
    """The evidence bank of ``model`` (in ``bank_dir`` or the package's) and the genre set beside it."""
    evidence = BundlePaths.for_model(model, bank_dir=Path(bank_dir) if bank_dir is not None else None).evidence_bank
    return [evidence, genre_set_path(evidence)]


def fit_all(model: str, doc_ids: Collection[str], bank_dir: str | Path | None = None) -> dict[str, dict]:
    """Make every fit of the evidence bank of ``model`` (topicality, genre, title, title-page naming) anew for each
    left-out doc_id; returns the entries made (digest -> entry with its ``model``), as :func:`rebuild_fitted` stores them.

    Raises:
        ScoreError: E411 when ``model`` has no evidence bank (in ``bank_dir`` or the package's).
    """
    path = _bank_files(model, bank_dir)[0]
    bank = load_evidence_bank(model, path)
    if bank is None:
        raise ScoreError(Errors.E411, path=str(path), model=model)
    vec = np.zeros((1, bank.vectors.shape[1]), dtype=np.float32)
    vec[0, 0] = 1.0
    use = stored_fits.USE_STORED
    stored_fits.USE_STORED = False
    stored_fits.RECORDED.clear()
    try:
        for d in doc_ids:
            bank.topicality(vec, d)
            bank.genre(vec, d)
            bank.title(vec, d)
            bank.title_names_other(vec, d)
        return {k: {**e, "model": model} for k, e in stored_fits.RECORDED.items()}
    finally:
        stored_fits.USE_STORED = use
        stored_fits.RECORDED.clear()


@dataclass(frozen=True)
class FitsWritten:
    """What :func:`rebuild_fitted` wrote: the file and the number of fits of the model in it."""

    path: Path
    fits: int


def rebuild_fitted(model: str, gold_dir: str | Path, bank_dir: str | Path | None = None) -> FitsWritten:
    """Fit the evidence bank of ``model`` anew and store the fits in ``fitted.json`` beside the bank.

    The fits of other models in the file are kept; those of ``model`` are replaced, stamped with the bank files
    they were made from (:func:`analyser.stored_fits.bank_stamp`).

    Args:
        model: encoder name (e.g. ``multilingual-e5-small``).
        gold_dir: the gold annotations the bank was built from: each document's left-out fits are stored
            (:func:`left_out_ids`).
        bank_dir: folder of the banks (default: the package's ``data/exemplars``, which runs read).

    Raises:
        ScoreError: E411 when there is no evidence bank.
    """
    files = _bank_files(model, bank_dir)
    fits = fit_all(model, left_out_ids(gold_dir), bank_dir)
    path = files[0].parent / stored_fits.fitted_path().name
    old = stored_fits.read_fitted(path)
    kept = {k: e for k, e in old["fits"].items() if e.get("model") != model}
    banks = {**old["banks"], model: stored_fits.bank_stamp(files)}
    stored_fits.write_fitted({**kept, **fits}, path, banks)
    return FitsWritten(path, len(fits))


def fitted_stale(model: str, bank_dir: str | Path | None = None) -> str | None:
    """One line when the stored fits beside the evidence bank of ``model`` were not made from it as it is now
    (:func:`analyser.stored_fits.stale_message`), else None (also when there is no evidence bank)."""
    files = _bank_files(model, bank_dir)
    if not files[0].exists():
        return None
    return stored_fits.stale_message(model, files, files[0].parent / stored_fits.fitted_path().name)
