"""Fit and evaluate the coverage calibration (``analyser calibrate``).

The score of a key element is a calibrated probability fitted on the
development gold. This module

* rebuilds, from ``<out>/<doc_id>/analysis.json`` and the embedding cache
  ``<out>/.cache``, every analysed gold document's passage similarities
  (:func:`load_documents`; with a warm cache no text is embedded again);
* recomputes the features of each document **per fold**: in the
  leave-one-document-out (LODO) fold of document *d*, the k-NN evidence bank
  used for every training document also leaves *d* out, so no figure depends
  on *d*'s own annotations, not even through the features of the others
  (without it the bank leaks *d*'s labels into the training features);
* can derive extra *absent* examples from the gold, for training only: a
  covered key element of a training document whose gold evidence passages are
  deleted is absent in what remains (:func:`derived_examples`; off by default,
  see :func:`calibrate_from_outputs`);
* adds **negative documents** (``negatives``: an output folder of
  ``analyser analyse`` over documents that answer no key element — other
  policy strategies in the Annex's structure, laws, forms, reports; gold: all
  44 absent) to the training folds when the scope gate lets them through
  (the calibration labels only in-scope documents; see
  :func:`training_examples`), and leaves each of them out in turn to
  measure the **false-coverage rate** (share of their key elements labelled
  covered) honestly: the negative never meets itself in the bank, its
  topicality model or the calibration;
* fits the two logistic models and the decision thresholds
  (:func:`fit_from_examples`, reusable with any list of (features, label)
  examples, e.g. analyst reviews), evaluates LODO and writes the calibration
  JSON with the model name and the analyser version.

When the documents cannot be rebuilt (no embedding model, or ``analysis.json``
from another version) the features stored in ``analysis.json`` are used as they
are; the report then says the figures are not strictly out-of-document.

Metrics (scikit-learn): covered-vs-absent macro-F1, three-class accuracy, ROC AUC
of the score and expected calibration error (10 equal-width bins), overall,
per document and per language (annotated strategies only), and the
false-coverage rate and mean score of the negative documents.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .calibrate_figures import CalibrationReport, expected_calibration_error, figures
from .calibrate_fit import fit_from_examples
from .calibrate_figures import Figures as Figures  # re-exported: callers import it from here
from .errors import AnalyserError, Errors, ScoreError, Warnings
from .evaluate import analysed_gold_documents, load_gold_dir
from .bundle import load_checked_evidence_bank
from .match import PASSAGE_ROLES, EvidenceBank, MatchConfig, Matches, match, with_bank_evidence
from .schema import Analysis, Block, SectionInfo, SegmentedBlock, Segmentation, load_analysis
from .score import Calibration, compute_features, default_calibration_path
from .scope import SCOPE_THRESHOLD
from .template import Template, load_template
from .text import words

logger = logging.getLogger(__name__)

__all__ = [
    # this module's interface
    "DERIVED_WEIGHT", "NEGATIVE_WEIGHT", "DocumentMatches", "Example", "Row", "calibrate_from_outputs", "collect_rows",
    "derived_examples", "document_features", "document_rows", "leave_one_document_out", "load_documents",
    "load_derived_documents", "load_negative_documents", "lodo_documents", "negative_gold", "segmentation_from_analysis", "training_examples",
    # re-exported from calibrate_fit and calibrate_figures: callers import them from here
    "CalibrationReport", "Figures", "expected_calibration_error", "figures", "fit_from_examples",
]

Row = tuple[str, Mapping[str, float], str]
Example = tuple[Mapping[str, float], str]

DERIVED_WEIGHT = 0.1
"""Sample weight of a derived (evidence deleted → absent) example relative to an original one."""
NEGATIVE_WEIGHT = 0.5
"""Sample weight of a negative document's (all absent) example relative to an annotated strategy's
(only negatives in scope are trained on, see :func:`training_examples`)."""


# --------------------------------------------------------------------------- fitting


@dataclass
class DocumentMatches:
    """One analysed gold document, rebuilt for per-fold feature computation.

    Attributes:
        doc_id, language: of the analysis.
        seg: segmentation rebuilt from ``analysis.json`` (blocks, roles, sections).
        matches: the match stage's output without the evidence-bank votes.
        passage_vecs: (P, dim) passage embeddings (for the bank votes).
        gold: the gold annotation.
        evidence_passages: key element id → bool (P,) passages made of gold
            evidence blocks of that element.
        negative: a negative document (answers no key element; gold all absent).
        sentence_vecs: (S, dim) sentence embeddings (for the bank's votes on single
            sentences, :func:`analyser.match.sentence_evidence`); None: not used.
        source: for a sub-document cut from an annotated one (``scripts/derive_aspect_subdocs.py``), the
            annotated document's id: the bank leaves it out when the sub-document is scored, and no fold
            holding it out scores the sub-document (:func:`lodo_documents`); empty otherwise.
    """

    doc_id: str
    language: str
    seg: Segmentation
    matches: Matches
    passage_vecs: np.ndarray
    gold: Mapping
    evidence_passages: dict[str, np.ndarray] = field(default_factory=dict)
    _cache: dict = field(default_factory=dict, repr=False)
    negative: bool = False
    sentence_vecs: np.ndarray | None = None
    source: str = ""


def segmentation_from_analysis(data: Analysis) -> Segmentation:
    """The :class:`Segmentation` stored in an :class:`~analyser.schema.Analysis` (blocks, roles, sections)."""
    blocks = tuple(
        SegmentedBlock(block=Block(id=b.id, page=b.page, text=b.text),
                       section_id=b.section, role=b.role, key_element_id=b.key_element)
        for b in data.blocks
    )
    sections = {
        s: SectionInfo(section_id=s, present=info.present, heading=info.heading,
                       pages=tuple(info.pages or ()), answer_words=info.answer_words)
        for s, info in data.sections.items()
    }
    return Segmentation(doc_id=data.doc_id, blocks=blocks, sections=sections, follows_template=data.follows_template)


def _word_set(text: str) -> set[str]:
    return {w.strip(".,;:()[]„“”\"'«»").lower() for w in words(text)} - {""}


def _evidence_passages(seg: Segmentation, matches: Matches, gold: Mapping) -> dict[str, np.ndarray]:
    """Map gold evidence blocks onto the analysis' passages by word overlap (block ids differ)."""
    gold_sets = {b["id"]: _word_set(b["text"]) for b in gold["blocks"] if b["role"] in PASSAGE_ROLES}
    text_of = {sb.block.id: sb.block.text for sb in seg.blocks}
    block_gold: dict[str, str | None] = {}
    for p in matches.passages:
        for bid in p.block_ids:
            if bid in block_gold:
                continue
            ws = _word_set(text_of.get(bid, p.text))
            best, best_share = None, 0.0
            for gid, gs in gold_sets.items():
                if ws and gs:
                    share = len(ws & gs) / len(ws)
                    if share > best_share:
                        best, best_share = gid, share
            block_gold[bid] = best if best_share >= 0.6 else None
    out: dict[str, np.ndarray] = {}
    for kid, cov in gold["coverage"].items():
        ev = set(cov.get("evidence") or ())
        out[kid] = np.array([any(block_gold.get(b) in ev for b in p.block_ids) for p in matches.passages], dtype=bool)
    return out


def load_documents(
    out: str | Path, gold_dir: str | Path, encoder=None, template: Template | None = None, doc_ids: Collection[str] | None = None
) -> list[DocumentMatches]:
    """Rebuild every analysed gold document of ``out`` (sorted by doc_id).

    Args:
        out: output folder of ``analyser analyse`` (its ``.cache`` is used);
            only the documents of its latest run count (``run.json``).
        gold_dir: folder of ``<doc_id>.gold.json``.
        encoder: the encoder of the analysis (default: loaded by the model
            name in ``analysis.json``, wrapped with the ``<out>/.cache`` cache).
        template: the Annex template (default: :func:`load_template`).
        doc_ids: only these documents (default: all analysed gold documents).

    Raises:
        ScoreError: E403 when an analysis is unreadable.
    """
    from .embed import CachedEncoder, EmbeddingCache, load_encoder

    golds = load_gold_dir(gold_dir)
    template = template or load_template()
    docs: list[DocumentMatches] = []
    wanted = golds if doc_ids is None else [d for d in golds if d in doc_ids]
    for doc_id, path in analysed_gold_documents(out, wanted).items():
        gold = golds[doc_id]
        data = load_analysis(path)
        if encoder is None:
            inner = load_encoder(data.model.name)
            cache_dir = Path(out) / ".cache"
            encoder = CachedEncoder(inner, EmbeddingCache(cache_dir) if cache_dir.exists() else None)
        seg = segmentation_from_analysis(data)
        m = match(seg, template, encoder, data.language, MatchConfig(), evidence_bank=False)
        vecs, s_vecs = _passage_and_sentence_vectors(encoder, m)
        docs.append(DocumentMatches(doc_id, data.language, seg, m, vecs, gold, _evidence_passages(seg, m, gold),
                                    sentence_vecs=s_vecs))
    return docs


def _passage_and_sentence_vectors(encoder, m: Matches) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001 - any Encoder
    """(P, dim) passage and (S, dim) sentence embeddings of ``m`` (from the embedding cache when warm)."""
    vecs = encoder.encode([p.text for p in m.passages], kind="passage") if m.passages else np.zeros((0, encoder.dim), np.float32)
    s_vecs = encoder.encode(list(m.sentences), kind="passage") if m.sentences else np.zeros((0, encoder.dim), np.float32)
    return vecs, s_vecs


def negative_gold(doc_id: str, language: str, template: Template) -> dict:
    """The gold of a negative document: every key element absent, no blocks."""
    return {"doc_id": doc_id, "language": language, "blocks": [],
            "coverage": {k.id: {"label": "absent", "evidence": []} for k in template.key_elements()}}


def _read_matches(path: Path, encoder, cache, template: Template,
                  on_unreadable: Callable[[AnalyserError], None] | None):
    """Re-match one analysed document from its ``analysis.json`` (no evidence bank) for the calibration's folds.

    Args:
        path: the document's ``analysis.json``.
        encoder: the encoder so far (None: the analysis' model is loaded); it is wrapped (or its ``inner`` encoder
            re-wrapped) with ``cache``, the output folder's :class:`~analyser.embed.EmbeddingCache` (or None).
        template, on_unreadable: as :func:`load_negative_documents`.

    Returns:
        ``(encoder, analysis, segmentation, matches, passage vectors (n_passages, dim), sentence vectors)``, the
        encoder being the (re-)wrapped one to pass to the next call; None when the analysis is damaged (a W410
        warning naming the file went to ``on_unreadable``, or the log).
    """
    from .embed import CachedEncoder, load_encoder

    try:
        data = load_analysis(path)
        seg = segmentation_from_analysis(data)
    except (ScoreError, KeyError, TypeError, ValueError, AttributeError) as exc:  # damaged: skipped, told
        reason = str(exc.kwargs.get("reason", exc)) if isinstance(exc, ScoreError) else f"{type(exc).__name__}: {exc}"
        warning = AnalyserError(Warnings.W410, path=str(path), reason=reason)
        if on_unreadable is None:
            logger.warning("%s", warning)
        else:
            on_unreadable(warning)
        return None
    if encoder is None:
        encoder = CachedEncoder(load_encoder(data.model.name), cache)
    elif not isinstance(encoder, CachedEncoder):
        encoder = CachedEncoder(encoder, cache)
    elif encoder.cache is not cache and cache is not None:
        encoder = CachedEncoder(encoder.inner, cache)
    m = match(seg, template, encoder, data.language, MatchConfig(), evidence_bank=False)
    vecs, s_vecs = _passage_and_sentence_vectors(encoder, m)
    return encoder, data, seg, m, vecs, s_vecs


def load_negative_documents(out: str | Path, encoder=None, template: Template | None = None,
                            on_unreadable: Callable[[AnalyserError], None] | None = None) -> list[DocumentMatches]:
    """Rebuild every document of the latest run in ``out`` as a negative (all 44 key elements absent).

    Args:
        out: output folder of ``analyser analyse`` over negative documents only.
        encoder: the encoder; it is wrapped (or its ``inner`` encoder
            re-wrapped) with the embedding cache ``<out>/.cache``.
        on_unreadable: called with a W410 warning (naming the file) for each
            damaged ``analysis.json``, which is skipped; None: logged.

    Raises:
        ScoreError: E410 when ``out`` has no analysed document (or none readable);
            E403 when its ``run.json`` is unreadable.
    """
    from .embed import EmbeddingCache

    template = template or load_template()
    run_path = Path(out) / "run.json"
    if not run_path.exists():
        raise ScoreError(Errors.E410, path=str(out), reason="no run.json: analyse the negative documents into this folder first")
    ids = sorted(p.parent.name for p in Path(out).glob("*/analysis.json"))
    paths = analysed_gold_documents(out, ids)
    if not paths:
        raise ScoreError(Errors.E410, path=str(out), reason="no analysis.json of the latest run")
    cache_dir = Path(out) / ".cache"
    cache = EmbeddingCache(cache_dir) if cache_dir.exists() else None
    docs: list[DocumentMatches] = []
    for doc_id, path in paths.items():
        read = _read_matches(path, encoder, cache, template, on_unreadable)
        if read is None:
            continue
        encoder, data, seg, m, vecs, s_vecs = read
        docs.append(DocumentMatches(doc_id, data.language, seg, m, vecs, negative_gold(doc_id, data.language, template),
                                    negative=True, sentence_vecs=s_vecs))
    if not docs:
        raise ScoreError(Errors.E410, path=str(out), reason="no readable analysis.json of the latest run")
    return docs


def load_derived_documents(out: str | Path, sources: Mapping[str, str], encoder=None, template: Template | None = None,
                           on_unreadable: Callable[[AnalyserError], None] | None = None) -> list[DocumentMatches]:
    """Rebuild the analysed sub-documents of ``out`` (cut from annotated documents, ``scripts/derive_aspect_subdocs.py``)
    for per-fold key-element features (:func:`lodo_documents` ``extra``).

    Args:
        out: output folder of ``analyser analyse`` over the sub-documents.
        sources: sub-document id -> the annotated document it is cut from; only these are read (those
            without an ``analysis.json`` in ``out`` are left out, as :func:`analyser.aspect_fit.read_sub_documents`
            leaves out their labels).
        encoder, template, on_unreadable: as :func:`load_negative_documents` (a damaged analysis: W410, skipped).
    """
    from .embed import EmbeddingCache

    template = template or load_template()
    cache_dir = Path(out) / ".cache"
    cache = EmbeddingCache(cache_dir) if cache_dir.exists() else None
    docs: list[DocumentMatches] = []
    for doc_id in sorted(sources):
        path = Path(out) / doc_id / "analysis.json"
        if not path.exists():
            continue  # not analysed (yet): its labels are not used
        read = _read_matches(path, encoder, cache, template, on_unreadable)
        if read is None:
            continue
        encoder, data, seg, m, vecs, s_vecs = read
        docs.append(DocumentMatches(doc_id, data.language, seg, m, vecs, {"doc_id": doc_id, "blocks": [], "coverage": {}},
                                    sentence_vecs=s_vecs, source=sources[doc_id]))
    return docs


def document_features(
    doc: DocumentMatches,
    template: Template,
    bank: EvidenceBank | None,
    exclude: Collection[str],
    drop: np.ndarray | None = None,
    only: str | None = None,
) -> dict[str, dict[str, float]]:
    """Features of every key element (or ``only`` one) of ``doc``, with the bank minus ``exclude`` and without the ``drop`` passages."""
    key = (frozenset(exclude), None if drop is None else drop.tobytes(), only)
    if key in doc._cache:
        return doc._cache[key]
    m = doc.matches
    ex = pr = topic = genre = s_ex = s_pr = None
    if bank is not None and doc.sentence_vecs is not None:
        # as at analysis time (match.with_bank_evidence), with the fold's bank
        m = with_bank_evidence(m, bank, doc.passage_vecs, doc.sentence_vecs, list(exclude))
        ex, pr, topic, genre = m.exemplar_sim, m.probe_sim, m.topic_sim, m.genre_sim
        s_ex, s_pr = m.sentence_exemplar_sim, m.sentence_probe_sim
    elif bank is not None:
        ex = bank.votes(doc.passage_vecs, m.key_element_ids, list(exclude))
        pr = bank.probe(doc.passage_vecs, m.key_element_ids, list(exclude))
        topic = bank.topicality(doc.passage_vecs, list(exclude))
        genre = bank.genre(doc.passage_vecs, list(exclude))
    seg = doc.seg
    if drop is not None and drop.any():
        keep = ~drop
        s_keep = keep[m.sentence_passage] if len(m.sentence_passage) else np.zeros(0, bool)
        new_index = np.cumsum(keep) - 1
        removed: dict[str, int] = {}
        for p, d in zip(m.passages, drop):
            if d and p.section_id:
                removed[p.section_id] = removed.get(p.section_id, 0) + len(words(p.text))
        sections = {s: info.model_copy(update={"answer_words": max(0, info.answer_words - removed.get(s, 0))})
                    for s, info in seg.sections.items()}
        seg = seg.model_copy(update={"sections": sections})
        m = dataclasses.replace(
            m,
            passages=tuple(p for p, k in zip(m.passages, keep) if k),
            sentences=tuple(s for s, k in zip(m.sentences, s_keep) if k),
            sentence_passage=new_index[m.sentence_passage[s_keep]].astype(np.int32),
            passage_sim=m.passage_sim[:, keep],
            sentence_sim=m.sentence_sim[:, s_keep],
        )
        if m.window_passage is not None and m.window_sentences is not None:  # the sentence windows of the kept passages, renumbered
            w_keep = keep[m.window_passage]
            s_index = np.cumsum(s_keep) - 1
            m = dataclasses.replace(
                m,
                window_passage=new_index[m.window_passage[w_keep]],
                window_sentences=np.stack([s_index[m.window_sentences[w_keep, 0]], s_index[m.window_sentences[w_keep, 1] - 1] + 1],
                                          axis=1) if w_keep.any() else m.window_sentences[:0],
                window_exemplar_sim=None if m.window_exemplar_sim is None else m.window_exemplar_sim[:, w_keep],
                window_probe_sim=None if m.window_probe_sim is None else m.window_probe_sim[:, w_keep],
                window_topic_sim=None if m.window_topic_sim is None else m.window_topic_sim[w_keep],
                window_sim=None if m.window_sim is None else m.window_sim[:, w_keep],
            )
        ex = ex[:, keep] if ex is not None else None
        pr = pr[:, keep] if pr is not None else None
        topic = topic[keep] if topic is not None else None
        genre = genre[keep] if genre is not None else None
        s_ex = s_ex[:, s_keep] if s_ex is not None else None
        s_pr = s_pr[:, s_keep] if s_pr is not None else None
    feats = compute_features(dataclasses.replace(m, exemplar_sim=ex, probe_sim=pr, topic_sim=topic, genre_sim=genre,
                                                 sentence_exemplar_sim=s_ex, sentence_probe_sim=s_pr), seg, template,
                             only=None if only is None else {only})
    doc._cache[key] = feats
    return feats


def document_rows(doc: DocumentMatches, template: Template, bank: EvidenceBank | None, exclude: Collection[str]) -> list[Row]:
    """(doc_id, features, gold label) for the 44 key elements of ``doc``."""
    feats = document_features(doc, template, bank, exclude)
    return [(doc.doc_id, feats[kid], g["label"]) for kid, g in doc.gold["coverage"].items()]


def derived_examples(doc: DocumentMatches, template: Template, bank: EvidenceBank | None, exclude: Collection[str]) -> list[Row]:
    """Absent examples derived from ``doc``: each covered key element with its gold evidence passages deleted.

    Only elements whose evidence maps onto at least one passage and leaves
    some answer text are used. Never used to evaluate, only to train.
    """
    rows: list[Row] = []
    for kid, g in doc.gold["coverage"].items():
        mask = doc.evidence_passages.get(kid)
        if g["label"] == "absent" or mask is None or not mask.any() or mask.all():
            continue
        rows.append((doc.doc_id + "#-" + kid, document_features(doc, template, bank, exclude, drop=mask, only=kid)[kid], "absent"))
    return rows


def training_examples(
    docs: Sequence[DocumentMatches],
    template: Template,
    bank: EvidenceBank | None,
    held_out: Collection[str] = (),
    derived: bool = False,
) -> tuple[list[Example], list[float], list[str]]:
    """Examples of every document not in ``held_out``; the bank also leaves ``held_out`` out.

    A negative document takes part only when the scope gate lets it through
    in this fold (its ``topic_doc`` reaches :data:`analyser.scope.SCOPE_THRESHOLD`):
    the calibration labels only documents in scope (an out-of-scope document
    is all absent whatever its features), so it is fitted on that population.
    Negatives out of scope still shape the evidence bank's votes, probe and
    topicality model, and they are still scored and counted for the
    false-coverage rate. Measured leave-one-document-out: fitting on every
    negative (weight :data:`NEGATIVE_WEIGHT`) bent the model towards what
    tells a negative document from a strategy (``topic_doc`` took the largest
    coefficient) and cost the real Dutch strategy most (AUC 0.786 → 0.750,
    macro-F1 0.612 → 0.588).
    """
    examples: list[Example] = []
    weights: list[float] = []
    ids: list[str] = []
    for t in docs:
        if t.doc_id in held_out:
            continue
        exclude = {t.doc_id, *held_out}
        rows = document_rows(t, template, bank, exclude)
        if t.negative and rows and float(rows[0][1].get("topic_doc", 1.0)) < SCOPE_THRESHOLD:
            continue
        for _, f, lab in rows:
            examples.append((f, lab))
            weights.append(NEGATIVE_WEIGHT if t.negative else 1.0)
        if derived:
            for _, f, lab in derived_examples(t, template, bank, exclude):
                examples.append((f, lab))
                weights.append(DERIVED_WEIGHT)
        ids.append(t.doc_id)
    return examples, weights, ids


# --------------------------------------------------------------------------- evaluation


def collect_rows(out: str | Path, gold_dir: str | Path, doc_ids: Collection[str] | None = None) -> tuple[list[Row], str]:
    """(doc_id, features, gold label) as stored in ``analysis.json`` for every analysed gold document, and the model name.

    Only the documents of the latest run count (``run.json``), and only
    ``doc_ids`` when given.

    Raises:
        ScoreError: E403 when an analysis is unreadable or lacks a key
            element's features; E404 when the analyses were made with
            different models (their features are not comparable).
    """
    golds = load_gold_dir(gold_dir)
    rows: list[Row] = []
    models: set[str] = set()
    wanted = golds if doc_ids is None else [d for d in golds if d in doc_ids]
    for doc_id, path in analysed_gold_documents(out, wanted).items():
        data = load_analysis(path)
        try:
            models.add(data.model.name)
            for kid, g in golds[doc_id]["coverage"].items():
                rows.append((doc_id, data.coverage[kid].features, g["label"]))
        except (KeyError, TypeError) as exc:
            raise ScoreError(Errors.E403, path=str(path), reason=f"no coverage features for {exc}") from exc
    if len(models) > 1:
        raise ScoreError(Errors.E404, path=str(out), models=", ".join(sorted(models)))
    return rows, next(iter(models), "")


def _label(cal: Calibration, feats: Mapping[str, float]) -> tuple[float, str]:
    """(score, label) as :func:`analyser.score.score` gives them, the scope decision included (``topic_doc``)."""
    p = cal.p_covered(feats)
    scope = float(feats.get("topic_doc", 1.0))
    if scope < SCOPE_THRESHOLD:
        return p * scope, "absent"
    if p < cal.covered_threshold:
        return p, "absent"
    return p, "addressed" if cal.p_addressed(feats) >= cal.addressed_threshold else "partial"


def leave_one_document_out(rows: Sequence[Row], model: str, cfg=None) -> tuple[np.ndarray, list[str]]:
    """Out-of-document probabilities and labels for every row, from the stored features.

    Each document's rows are labelled by a calibration fitted (:func:`fit_from_examples`) on the other
    documents' rows. ``rows`` are ``(doc_id, features, gold label)``; ``cfg`` is not used.

    Returns:
        (float (len(rows),) probability that each key element is covered, its label addressed / partial /
        absent), in the order of ``rows``.

    Not strictly out-of-document when the features contain evidence-bank votes
    (the bank of the training documents holds the held-out one); prefer
    :func:`lodo_documents`.
    """
    docs = sorted({d for d, _, _ in rows})
    probs = np.zeros(len(rows))
    labels: list[str] = [""] * len(rows)
    for d in docs:
        train = [(f, lab) for doc, f, lab in rows if doc != d]
        cal = fit_from_examples(train, model)
        for i, (doc, feats, _) in enumerate(rows):
            if doc == d:
                probs[i], labels[i] = _label(cal, feats)
    return probs, labels


def lodo_documents(
    docs: Sequence[DocumentMatches],
    template: Template,
    bank: EvidenceBank | None,
    model: str,
    derived: bool = False,
    extra: Sequence[DocumentMatches] = (),
    extra_predictions: dict[str, dict[str, dict[str, tuple[float, str]]]] | None = None,
) -> tuple[list[Row], np.ndarray, list[str], list[str], int]:
    """Honest leave-one-document-out: per fold, features recomputed with the bank minus the held-out document.

    Args:
        extra: sub-documents cut from annotated ones (:func:`load_derived_documents`), scored in each fold of an
            annotated document other than their ``source`` by that fold's calibration, with the bank minus the
            held-out document and their source (never trained on).
        extra_predictions: filled with held-out doc_id -> sub-document id -> key element -> (score, label).

    Returns:
        (rows of the held-out documents, their probabilities, their labels,
        the key element of each row, number of derived examples in the last
        fold's training set).
    """
    rows: list[Row] = []
    probs: list[float] = []
    labels: list[str] = []
    kids: list[str] = []
    n_derived = 0
    for d in docs:
        examples, weights, ids = training_examples(docs, template, bank, held_out={d.doc_id}, derived=derived)
        n_derived = sum(1 for w in weights if w == DERIVED_WEIGHT)
        cal = fit_from_examples(examples, model, weights=weights, fitted_on=ids)
        for kid, row in zip(d.gold["coverage"], document_rows(d, template, bank, {d.doc_id})):
            p, lab = _label(cal, row[1])
            rows.append(row)
            probs.append(p)
            labels.append(lab)
            kids.append(kid)
        if extra_predictions is not None and not d.negative:
            fold = extra_predictions.setdefault(d.doc_id, {})
            for x in extra:
                if x.source != d.doc_id:
                    feats = document_features(x, template, bank, {d.doc_id, x.source})
                    fold[x.doc_id] = {kid: _label(cal, f) for kid, f in feats.items()}
    return rows, np.array(probs), labels, kids, n_derived


def calibrate_from_outputs(
    out: str | Path,
    gold_dir: str | Path,
    output: str | Path | None = None,
    *,
    derived: bool = False,
    encoder=None,
    extra_examples: Sequence[Example] = (),
    write: bool = True,
    doc_ids: Collection[str] | None = None,
    negatives: str | Path | None = None,
    on_unreadable: Callable[[AnalyserError], None] | None = None,
    sub_documents: str | Path | None = None,
    sub_sources: Mapping[str, str] | None = None,
) -> CalibrationReport:
    """Evaluate LODO, fit on everything and write the calibration JSON.

    Args:
        out: output folder of ``analyser analyse`` over annotated documents.
        gold_dir: their gold annotations.
        output: calibration file to write (default: the package's file for the model).
        derived: add derived absent examples (gold evidence deleted) to training.
            Off by default: in leave-one-document-out (with six of the seven
            first features) they lowered macro-F1 (0.874 → 0.867 at weight 0.1,
            0.850 at 0.3) and raised ECE (0.021 → 0.042, 0.068): deleting a
            whole answer makes an easier absence than a false friend.
        encoder: encoder to rebuild the documents with (default: by model name, with ``<out>/.cache``).
        extra_examples: more (features, label) examples for the final fit only
            (e.g. analyst reviews); they are not part of the LODO figures.
        write: False to only evaluate (``analyser eval``): nothing is
            written and the report's ``path`` is empty.
        doc_ids: only these documents (default: every gold document analysed
            by the latest run in ``out``).
        negatives: output folder of ``analyser analyse`` over negative
            documents (every key element absent). Those the scope gate lets
            through join the training folds (weight :data:`NEGATIVE_WEIGHT`)
            and the final fit; all are left out in turn for the
            false-coverage rate. Never pass held-out evaluation negatives here.
        on_unreadable: called with a W410 warning for each damaged negative
            ``analysis.json`` (skipped; :func:`load_negative_documents`); None: logged.
        sub_documents, sub_sources: output folder of ``analyser analyse`` over sub-documents cut from the
            annotated ones (``scripts/derive_aspect_subdocs.py``) and sub-document id -> its source document:
            each is scored in every fold but its source's (:func:`lodo_documents` ``extra``), giving the
            aspect calibration's derived examples honest key-element features (``derived_predictions`` of the
            report); they never enter the coverage calibration or its figures.

    Raises:
        ScoreError: E403 for an unreadable analysis, E404 for analyses made
            with different models, E405 for fewer than two annotated
            documents or gold labels of one class, E413 when the model's two
            bank files do not match their manifest (as a run refuses them).
    """
    template = load_template()
    golds = load_gold_dir(gold_dir)
    honest = True
    derived_predictions: dict[str, dict[str, dict[str, tuple[float, str]]]] = {}
    stored, model = collect_rows(out, gold_dir, doc_ids)  # first: clear errors for unreadable or mixed analyses
    n_docs = len({d for d, _, _ in stored})
    if n_docs < 2:
        raise ScoreError(Errors.E405, path=str(out), reason=f"{n_docs} annotated document(s) analysed; leave-one-document-out needs two or more")
    if len({lab == "absent" for _, _, lab in stored}) < 2:
        raise ScoreError(Errors.E405, path=str(out), reason="the gold labels are all of one class (absent, or covered)")
    try:
        docs = load_documents(out, gold_dir, encoder, template, doc_ids)
    except Exception as exc:  # noqa: BLE001 - no model or foreign analysis: fall back to the stored features
        logger.warning("cannot rebuild the documents (%s): leave-one-document-out on the stored features", exc)
        docs = []
    neg_docs: list[DocumentMatches] = []
    if negatives is not None:
        neg_docs = load_negative_documents(negatives, encoder, template, on_unreadable)
    if docs and len(docs) == len({r[0] for r in stored}):
        bank = load_checked_evidence_bank(model)  # as a run reads it: E413 for a half-replaced pair of banks
        all_docs = docs + neg_docs
        sub_docs = (load_derived_documents(sub_documents, sub_sources or {}, encoder, template, on_unreadable)
                    if sub_documents is not None else [])
        rows, probs, labels, kids, n_derived = lodo_documents(all_docs, template, bank, model, derived, extra=sub_docs,
                                                              extra_predictions=derived_predictions)
        examples, weights, ids = training_examples(all_docs, template, bank, held_out=(), derived=derived)
    else:
        honest = False
        rows = stored
        probs, labels = leave_one_document_out(rows, model)
        kids = [k for d in sorted({r[0] for r in rows}) for k in golds[d]["coverage"]]
        n_derived = 0
        examples, weights, ids = [(f, lab) for _, f, lab in rows], [1.0] * len(rows), sorted({r[0] for r in rows})
    examples = list(examples) + list(extra_examples)
    weights = list(weights) + [1.0] * len(extra_examples)
    cal = fit_from_examples(examples, model, weights=weights, fitted_on=ids)

    neg_ids = {d.doc_id for d in neg_docs}
    per_negative: dict[str, dict[str, float]] = {}
    for d in sorted(neg_ids):
        m = [i for i, r in enumerate(rows) if r[0] == d]
        per_negative[d] = {"covered": float(sum(labels[i] != "absent" for i in m)), "mean_score": float(np.mean(probs[m])),
                           "in_scope": float(rows[m[0]][1].get("topic_doc", 1.0) >= SCOPE_THRESHOLD)}
    neg_rows = [i for i, r in enumerate(rows) if r[0] in neg_ids]
    false_cov = float(np.mean([labels[i] != "absent" for i in neg_rows])) if neg_rows else float("nan")
    neg_mean = float(np.mean(probs[neg_rows])) if neg_rows else float("nan")
    pos = [i for i, r in enumerate(rows) if r[0] not in neg_ids]
    rows, probs, labels, kids = [rows[i] for i in pos], probs[pos], [labels[i] for i in pos], [kids[i] for i in pos]

    gold = [g for _, _, g in rows]
    total = figures(probs, labels, gold)
    lang_of = {doc_id: g.get("language", "und") for doc_id, g in golds.items()}
    per_doc: dict[str, dict[str, float]] = {}
    per_lang: dict[str, dict[str, float]] = {}
    predictions: dict[str, dict[str, tuple[float, str]]] = {}
    for key_of, table in ((lambda d: d, per_doc), (lambda d: lang_of[d], per_lang)):
        for k in sorted({key_of(r[0]) for r in rows}):
            m = [i for i, r in enumerate(rows) if key_of(r[0]) == k]
            f = figures(probs[m], [labels[i] for i in m], [gold[i] for i in m])
            table[k] = {"n": f.n, "agreement": f.agreement, "macro_f1": f.macro_f1, "accuracy3": f.accuracy3, "auc": f.auc, "ece": f.ece}
    for i, (doc_id, _, _) in enumerate(rows):
        predictions.setdefault(doc_id, {})[kids[i]] = (float(probs[i]), labels[i])

    path = Path(output) if output else default_calibration_path(model)
    if write:
        from .io import write_text_atomic

        write_text_atomic(path, json.dumps(cal.to_json(), indent=1))
    return CalibrationReport(
        n_documents=len(per_doc),
        n_examples=len(rows),
        macro_f1=total.macro_f1,
        accuracy3=total.accuracy3,
        auc=total.auc,
        ece=total.ece,
        per_document=per_doc,
        path=str(path) if write else "",
        per_language=per_lang,
        honest=honest,
        n_derived=n_derived,
        covered_threshold=cal.covered_threshold,
        predictions=predictions,
        n_extra=len(extra_examples),
        n_negative=len(neg_ids),
        false_coverage=false_cov,
        negative_mean_score=neg_mean,
        per_negative=per_negative,
        derived_predictions=derived_predictions,
    )
