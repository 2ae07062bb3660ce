"""Aspect coverage: for every aspect of every key element, covered or not, a score and the best evidence.

Input is one document's answer sentences (member-state text only: template text is never
evidence) with their embeddings (e5 ``"passage: "`` prompt, L2-normalised) and the aspects' query
embeddings (e5 ``"query: "`` prompt: the English descriptor and the official wording in every
language a template pack has). Output is one :class:`AspectCoverage` per aspect.

Judged on absolute evidence, not relative to the document: a document that says nothing on an
aspect must not get its "best" sentence declared evidence. e5 cosines are compressed and shift
with the language, so no cosine threshold is used; the features are

* ``z_sentence``: at the aspect's best sentence, how far the aspect's cosine stands above that
  sentence's cosines to *all* aspects of the template (in standard deviations). The sentence is
  the same for every aspect, so the language shift cancels; a sentence on resettlement stands
  out for ``2.1.1.b/resettlement`` whatever its language.
* ``z_document``: the aspect's best cosine over its own cosines to every sentence of the
  document (the peak over the document's background).
* ``wins``: log(1 + r), r the number of sentences whose best-matching aspects (top 3 of all)
  include this one, over the number expected if every aspect were as likely (so that the length
  of the document does not count): how much of the text is about it.
* ``sibling_z``: the mean ``z_sentence`` of the other aspects of the same key element (a
  key element answered at length lifts its aspects together).
* ``below_sibling``: how far ``z_sentence`` lies below the best of the key element's other
  aspects (0 when it is the best or alone): the ask a partial answer leaves out.
* ``sib_margin``: evidence of its own: over the sentences, the largest margin by which the
  aspect's ``z`` exceeds the best of its sibling aspects' ``z`` *in the same sentence*
  (:data:`SIB_MARGIN_ALONE` for a key element with one aspect). Negative when every sentence
  speaks more of another ask of the key element: a sentence on resettlement and humanitarian
  corridors, the nearest a resettlement-only text comes to "EU Talent Partnerships", is that
  aspect's best sentence but no evidence of it. Both sides of the margin are the same sentence,
  so neither the language nor the document's length shifts it (a maximum over a document's
  sentences of a z-score, ``z_sentence``, grows with the number of sentences).
* ``own_sib_margin`` (thirteenth session, when the sentences' sections are known): ``sib_margin`` over the
  sentences of the key element's own section and those elsewhere that are about the aspect (among their
  :data:`OWN_RANK_MAX` nearest aspects); :func:`analyser.aspect_calibration.own_evidence` reads it (a short text's
  unnamed ask no longer gets a "sentence of its own" from a sentence on another subject). Not a calibration feature.
* ``answer_margin`` (fourteenth session, when the sentences' sections and answer flags are known): ``own_sib_margin``
  over those of its sentences that answer (:func:`answer_sentences`: a figure, or nearer to a concrete measure than to
  a passing mention); an ask the text only names in passing ("we will also consider health care", "A Frontex egy
  másik uniós ügynökség") has no answer of its own. :func:`analyser.aspect_calibration.own_evidence` reads it
  before ``own_sib_margin``. Not a calibration feature.
* ``ke_score``, ``ke_partial``, ``ke_absent``: the key element's own calibrated coverage score
  and label (1/0), when the caller gives them.
* ``aspect_prior``: logit of how often the aspect was covered in the training documents that
  answered its key element in part (smoothed (k + 1) / (n + 2); stored in the calibration): partial
  answers tend to leave out the same asks (the judiciary in 2.5.b, the Toolbox in 2.6.c).
  ``partial_prior`` is ``ke_partial`` times it.

Sentence and query embeddings are centred before the cosines (the document's mean sentence and
the mean of the query set removed, then re-normalised; cf. :func:`analyser.embed.centre_document`):
it removes the language offset and the shared "migration strategy" direction.

and a logistic model over them, fitted on the gold aspect labels of the development corpus
(:func:`fit_aspect_calibration`; ``data/calibration/<model>.aspects.json``), gives the score (the
probability that the aspect is covered). ``covered`` is ``score >= threshold`` and evidence of its own
(``sib_margin >= 0``, :func:`analyser.aspect_calibration.own_evidence`), the threshold stored
with the calibration (0.5, the most likely reading, for the shipped ones: a threshold tuned on the
training documents for the derived key-element accuracy did no better leave-one-document-out).

The key element's label follows with :func:`analyser.aspects.derive_label`.

Figures (``scripts/eval_aspects.py``, leave-one-document-out over the 13 development documents,
1,534 aspect labels / 572 key elements, the key element's score itself leave-one-document-out):
with the key-element features, aspect macro-F1 0.876 and three-class accuracy of the derived
key-element label 0.879 against the gold aspects, 0.888 against the annotators' key-element gold
(nl-2025 0.614 and 0.727; before ``sib_margin``, with C 0.1: 0.878 and 0.886, nl-2025 0.591 and 0.705;
0.869 and 0.614 against the gold aspects with the coverage calibration of before
the subsection rule of :mod:`analyser.score`, 0.860 and 0.568 when only Dutch documents were
queried with the Dutch wording); from the text alone (``*.aspects-text.json``) aspect macro-F1
0.822 and 0.815 (nl-2025 0.750, by calling every covered key element addressed): the sentence evidence
separates the asks of one key element only weakly (AUC about 0.6-0.7 within partially answered key
elements), so the key element's score carries most of the decision and the per-aspect prior most of
the choice of what is missing. A negation contrast (a
sentence's cosine to "The strategy does not describe this, nothing is provided: <descriptor>" minus
its cosine to "The strategy describes this: <descriptor>") tells negated from affirmative sentences
across languages but changed no label as a feature or an evidence filter (README).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .aspect_calibration import (FEATURES_BASE, FEATURES_KE, PRIOR_FEATURES, AspectCalibration, aspect_priors,
                                 aspects_of, calibration_path, fit_aspect_calibration, load_aspect_calibration,
                                 macro_f1, own_evidence)
from .aspects import AspectSet, derive_label, load_aspects
from .aspects import default_path as aspects_default_path
from .errors import Errors, ScoreError
from .io import file_sha256
from .match import sentence_pages

__all__ = [  # the calibration names are re-exported from :mod:`analyser.aspect_calibration`
    "FEATURES_BASE", "FEATURES_KE", "PRIOR_FEATURES", "AspectCalibration", "aspect_priors", "aspects_of",
    "calibration_path", "fit_aspect_calibration", "load_aspect_calibration", "macro_f1", "own_evidence",
    "TOP_K_WINS", "SIB_MARGIN_ALONE", "Sentence", "AspectEvidence", "AspectCoverage", "aspect_query_matrix", "aspect_queries",
    "aspect_features", "sentence_top_aspects", "score_aspects", "key_element_labels", "missing_aspects", "sentences_from_matches",
    "score_document_aspects", "coverage_aspects_json", "anchor_partial", "anchor_covered",
    "ASPECT_FALLBACK_MODEL", "load_aspect_setup", "apply_aspects", "ASPECT_QUERY_LANGUAGES", "EVIDENCE_CENTRE_MIN",
    "OWN_RANK_MAX", "own_sib_margin", "MEASURE_QUERIES", "MENTION_QUERIES", "ANSWER_EVIDENCE", "answer_contrast", "answer_sentences",
    "CLAUSE_SPLIT", "CLAUSE_EVIDENCE", "sentence_clauses", "own_clauses",
]

logger = logging.getLogger(__name__)

TOP_K_WINS = 3
SIB_MARGIN_ALONE = 3.0
"""``sib_margin`` of an aspect that is its key element's only one (nothing to tell it from; about the
largest margin observed in the development corpus)."""
OWN_RANK_MAX = 20
"""An answer sentence outside the key element's own section is evidence of an aspect of its own (``own_sib_margin``) only
when the aspect is among the sentence's this many nearest aspects (of all 118, by ``zrow``): a sentence that speaks
of something else altogether ("Italy, with 8,000 km of coast, is the first country of landing") has some sibling
ahead of the others by chance. The smallest rank that leaves the own evidence of every aspect of the 13 development
documents as it was (10: one gold-covered aspect loses it; 5: nine; 3: 23, against ten gold-missing ones)."""
MEASURE_QUERIES: tuple[str, ...] = (
    "The authority will carry out this measure with a budget, figures and a deadline.",
    "A concrete measure: who is responsible, how many, how much money and by when.",
    "The ministry will set up, fund and run this by 2027.",
    "It is done as follows: who carries it out, under which rules and with which safeguards.",
    "This is given priority, with the support and assistance provided for it.",
)
"""e5 ``"query: "`` texts of what an answer to an ask does (a measure, figures, a responsible body, a timeline), the
same for every aspect and language (:func:`answer_contrast`). The last two (interact15) are a practice or a priority
stated without a figure: fresh8's German "Vorrang hat die freiwillige Rückkehr mit Rückkehr- und Reintegrationshilfe;"
(the sentence splitter ends it at the semicolon; 2.1.2.c/dignified-return's sentence of its own) read -0.006, a passing
mention, and +0.019 with them (``tests/data/practice15``)."""
MENTION_QUERIES: tuple[str, ...] = (
    "This topic will also be considered later.",
    "This is only mentioned; it will be discussed or examined in the future.",
    "We are following the discussion on this issue.",
)
"""e5 ``"query: "`` texts of a passing mention (a topic named, to be considered, examined or followed, no measure);
:func:`answer_contrast`."""
ASPECT_QUERY_LANGUAGES: tuple[str, ...] | None = None
"""Languages whose official wording (``aspects.yaml``) queries every aspect besides the English
descriptor, the same for every document; None: every language the file has (today Dutch only)."""
EVIDENCE_CENTRE_MIN = 20
"""From this many answer sentences on, an aspect's evidence sentence is chosen by the cosine centred on
the document's mean sentence and on the queries' mean (below it, by the plain cosine). Share of
gold-covered aspects whose evidence sentence lies in a gold evidence block of its key element
(``scripts/aspect_query_variants.py``, the 13 development documents, 85-489 sentences each, the same
queries): plain cosine 0.313 (fictional) / 0.326 (nl-2025); queries centred only 0.410 / 0.391; both
centred 0.458 / 0.435."""
_EPS = 1e-6


@dataclass(frozen=True)
class Sentence:
    """One answer sentence of a document.

    Attributes:
        passage_id: the passage it belongs to (``analysis.json`` ``passages[].id``).
        page: 1-based page where the sentence starts.
        section_id: the Annex section the passage stands under (None outside).
        text: the sentence.
    """

    passage_id: str
    page: int
    section_id: str | None
    text: str


@dataclass(frozen=True)
class AspectEvidence:
    """The best sentence for an aspect. ``similarity`` is the raw cosine (for display, not a decision)."""

    passage_id: str
    page: int
    section_id: str | None
    sentence: str
    similarity: float

    def to_json(self) -> dict:
        """``analysis.json``'s aspect evidence object (:class:`analyser.schema.AspectEvidenceRecord`; cosine to 4 decimals)."""
        return {"passage_id": self.passage_id, "page": self.page, "section_id": self.section_id,
                "sentence": self.sentence, "similarity": round(self.similarity, 4)}


@dataclass(frozen=True)
class AspectCoverage:
    """Coverage of one aspect in one document.

    Attributes:
        id: aspect id (``"2.1.1.b/resettlement"``).
        key_element: its key element.
        covered: score >= the calibration's threshold and the aspect has a sentence of its own
            (:func:`analyser.aspect_calibration.own_evidence`).
        score: calibrated probability (0-1) that the document covers the aspect.
        evidence: the best sentence (always given when the document has answer text, also for an
            aspect not covered: the nearest the text comes), else None.
        features: the features behind the score.
    """

    id: str
    key_element: str
    covered: bool
    score: float
    evidence: AspectEvidence | None
    features: Mapping[str, float] = field(default_factory=dict)

    def to_json(self) -> dict:
        """The ``analysis.json`` shape: ``{id, covered, score, evidence}`` (+ ``features``)."""
        return {"id": self.id, "covered": self.covered, "score": round(self.score, 4),
                "evidence": self.evidence.to_json() if self.evidence else None,
                "features": {k: round(float(v), 4) for k, v in self.features.items()}}


# --------------------------------------------------------------------------- features


def aspect_query_matrix(aspects: AspectSet, query_vecs: np.ndarray, query_aspect: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """Check and return the query embeddings and their aspect index as arrays (helper for callers).

    Args:
        aspects: the aspect set the indices point into.
        query_vecs: (m, dim) embeddings of the texts of :func:`aspect_queries`.
        query_aspect: m aspect indices, one per row of ``query_vecs``.

    Returns:
        (float32 (m, dim) query vectors, int (m,) aspect index of each row).

    Raises:
        ValueError: when ``query_vecs`` is not 2-D, the lengths differ, or an index is outside [0, len(aspects)).
    """
    q = np.asarray(query_vecs, dtype=np.float32)
    idx = np.asarray(query_aspect, dtype=int)
    if q.ndim != 2 or len(idx) != len(q) or (len(idx) and (idx.min() < 0 or idx.max() >= len(aspects))):
        raise ValueError("query_vecs must be (m, dim) with one aspect index in [0, n_aspects) per row")
    return q, idx


def aspect_queries(aspects: AspectSet, languages: Sequence[str] | None = None) -> tuple[list[str], list[int], list[str]]:
    """Texts to embed (``kind="query"``) for every aspect.

    Returns:
        (texts, aspect index of each text, language of each text): the English descriptor of
        every aspect and its official wording in ``languages`` (all when None).
    """
    texts, idx, langs = [], [], []
    for i, a in enumerate(aspects):
        for lang, text in a.queries(languages):
            texts.append(text)
            idx.append(i)
            langs.append(lang)
    return texts, idx, langs


def aspect_features(
    aspects: AspectSet,
    sentence_vecs: np.ndarray,
    query_vecs: np.ndarray,
    query_aspect: Sequence[int],
    ke_scores: Mapping[str, float] | None = None,
    ke_labels: Mapping[str, str] | None = None,
    sentence_sections: Sequence[str | None] | None = None,
    sentence_answers: Sequence[bool] | np.ndarray | None = None,
) -> tuple[list[dict[str, float]], np.ndarray, np.ndarray]:
    """Features of every aspect in one document.

    Args:
        aspects: the aspect set (n_aspects aspects).
        sentence_vecs: (n_sentences, dim) L2-normalised embeddings of the answer sentences.
        query_vecs: (m, dim) L2-normalised query embeddings.
        query_aspect: (m,) index into ``aspects`` of each query row; every aspect needs >= 1 query.
        ke_scores: key element id -> its calibrated coverage score (0-1); adds ``ke_score``.
        ke_labels: key element id -> its label (addressed/partial/absent); adds ``ke_partial`` and
            ``ke_absent`` (1.0 or 0.0).
        sentence_sections: (n_sentences,) the Annex section each sentence stands under (None outside one);
            adds ``own_sib_margin`` (:func:`own_sib_margin`); None: not added (``sib_margin`` decides own evidence).
        sentence_answers: (n_sentences,) bool, whether each sentence answers (:func:`answer_sentences`); with
            ``sentence_sections`` adds ``answer_margin`` (``own_sib_margin`` over the answering sentences only).

    Returns:
        (features per aspect in the order of ``aspects``, index of the evidence sentence per aspect
        (the one with the highest centred cosine to any of its queries, the plain cosine in a document
        of fewer than :data:`EVIDENCE_CENTRE_MIN` sentences; -1 when there are no sentences), that
        sentence's plain cosine).

    Raises:
        ValueError: when the shapes do not agree or an aspect has no query.
    """
    q, idx = aspect_query_matrix(aspects, query_vecs, query_aspect)
    n_a = len(aspects)
    if set(idx.tolist()) != set(range(n_a)):
        raise ValueError("every aspect needs at least one query embedding")
    s = np.asarray(sentence_vecs, dtype=np.float32).reshape(-1, q.shape[1] if q.size else 0)
    n = len(s)
    s_raw, q_raw = s, q
    q = _unit(q - q.mean(axis=0)) if len(q) > 1 else q
    if n > 1:
        s = _unit(s - s.mean(axis=0))
    feats: list[dict[str, float]] = []
    if n == 0:
        for a in aspects:
            f = {"z_sentence": -3.0, "z_document": 0.0, "wins": 0.0, "sibling_z": -3.0, "below_sibling": 0.0,
                 "sib_margin": 0.0}
            if sentence_sections is not None:
                f["own_sib_margin"] = 0.0
                if sentence_answers is not None:
                    f["answer_margin"] = 0.0
            f.update(_ke_features(a.key_element, ke_scores, ke_labels))
            feats.append(f)
        return feats, np.full(n_a, -1), np.zeros(n_a)
    cos = s @ q.T  # (n, m)
    per_aspect = np.full((n, n_a), -np.inf, dtype=np.float32)
    for j in range(n_a):
        per_aspect[:, j] = cos[:, idx == j].max(axis=1)
    best = per_aspect.argmax(axis=0)  # (n_a,)
    best_cos = per_aspect[best, np.arange(n_a)]
    # evidence: from EVIDENCE_CENTRE_MIN sentences on, the sentence nearest to the aspect by the
    # centred cosine (the document's mean sentence and the queries' mean removed): the plain cosine
    # prefers generic sentences that read like the request itself, "waardoor rekening wordt gehouden
    # met ..." for "the way the results of monitoring are taken into account". A short document's
    # own mean distorts which of its few sentences is nearest (and centring the queries alone put
    # a sentence on applications before the one on resettlement in a five-sentence Italian text),
    # so there the plain cosine decides. The reported similarity is the plain cosine of that sentence.
    raw = s_raw @ q_raw.T  # (n, m)
    raw_aspect = np.stack([raw[:, idx == j].max(axis=1) for j in range(n_a)], axis=1)  # (n, n_a)
    evidence = per_aspect.argmax(axis=0) if n >= EVIDENCE_CENTRE_MIN else raw_aspect.argmax(axis=0)
    raw_best = raw_aspect[evidence, np.arange(n_a)]
    row_mean = per_aspect.mean(axis=1, keepdims=True)
    row_std = per_aspect.std(axis=1, keepdims=True) + _EPS
    zrow = (per_aspect - row_mean) / row_std  # (n, n_a): aspect vs all aspects, per sentence
    z_sentence = zrow.max(axis=0)
    col_mean = per_aspect.mean(axis=0)
    col_std = per_aspect.std(axis=0) + _EPS
    z_document = (best_cos - col_mean) / col_std if n > 1 else np.zeros(n_a)
    k = min(TOP_K_WINS, n_a)
    top = np.argpartition(-per_aspect, k - 1, axis=1)[:, :k]
    wins = np.bincount(top.ravel(), minlength=n_a) * (n_a / (k * n))
    ke_of = [a.key_element for a in aspects]
    if sentence_sections is not None:
        if len(sentence_sections) != n:
            raise ValueError(f"one section per sentence expected ({n} sentences, {len(sentence_sections)} sections)")
        # rank of each aspect in each sentence (1 = the sentence's nearest aspect), ties counted in its favour
        near = np.argsort(np.argsort(-zrow, axis=1, kind="stable"), axis=1, kind="stable") < OWN_RANK_MAX  # (n, n_a)
        secs = [str(x) if x else "" for x in sentence_sections]
        own_sec: dict[str, np.ndarray] = {}
        answers = None
        if sentence_answers is not None:
            answers = np.asarray(sentence_answers, dtype=bool).reshape(-1)
            if len(answers) != n:
                raise ValueError(f"one answer flag per sentence expected ({n} sentences, {len(answers)} flags)")
    for j, a in enumerate(aspects):
        sib = [i for i, ke in enumerate(ke_of) if ke == a.key_element and i != j]
        f = {
            "z_sentence": float(z_sentence[j]),
            "z_document": float(z_document[j]),
            "wins": float(np.log1p(wins[j])),
            "sibling_z": float(np.mean(z_sentence[sib])) if sib else float(z_sentence[j]),
            "below_sibling": float(max(0.0, z_sentence[sib].max() - z_sentence[j])) if sib else 0.0,
            "sib_margin": float((zrow[:, j] - zrow[:, sib].max(axis=1)).max()) if sib else SIB_MARGIN_ALONE,
        }
        if sentence_sections is not None:
            if a.key_element not in own_sec:
                own_sec[a.key_element] = _own_section_sentences(secs, _section_of(a.key_element))
            eligible = own_sec[a.key_element] | near[:, j]
            f["own_sib_margin"] = own_sib_margin(zrow, j, sib, eligible)
            if answers is not None:  # the same, over the sentences that answer (not a passing mention)
                f["answer_margin"] = own_sib_margin(zrow, j, sib, eligible & answers)
        f.update(_ke_features(a.key_element, ke_scores, ke_labels))
        feats.append(f)
    return feats, evidence.astype(int), raw_best.astype(float)


def own_sib_margin(zrow: np.ndarray, j: int, siblings: Sequence[int], eligible: np.ndarray) -> float:
    """``own_sib_margin``: ``sib_margin`` over the sentences that may be an aspect's own evidence.

    A sentence of the key element's own section, or one elsewhere among whose :data:`OWN_RANK_MAX` nearest aspects
    (of all, in that sentence) the aspect is: the largest margin by which the aspect's ``z`` exceeds the best of its
    siblings' ``z`` in the same sentence. In a short text the sibling ask the text never names still comes out
    ahead of its siblings in some sentence on another subject (a two-line text's figures on arrivals, the sentence
    on a neighbouring section's interviewers), which ``sib_margin`` counted as a sentence of its own; such a sentence
    is about none of the key element's asks. :func:`analyser.aspect_calibration.own_evidence` reads it.

    Args:
        zrow: (n_sentences, n_aspects) z-score of each aspect among all aspects in each sentence.
        j: the aspect's column; siblings: the columns of the other aspects of its key element.
        eligible: bool (n_sentences,): the sentences that may count.

    Returns:
        The margin (z units); :data:`SIB_MARGIN_ALONE` without siblings; -:data:`SIB_MARGIN_ALONE` when no sentence
        is eligible.
    """
    if not len(siblings):
        return SIB_MARGIN_ALONE
    if not eligible.any():
        return -SIB_MARGIN_ALONE
    return float((zrow[eligible, j] - zrow[np.ix_(eligible, np.asarray(siblings))].max(axis=1)).max())


_DIGIT = re.compile(r"\d")


def answer_contrast(sentence_vecs: np.ndarray, measure_vecs: np.ndarray, mention_vecs: np.ndarray) -> np.ndarray:
    """How much more each sentence reads as a measure than as a passing mention.

    Args:
        sentence_vecs: (n, dim) L2-normalised ``"passage: "`` embeddings of the sentences.
        measure_vecs, mention_vecs: (k, dim) L2-normalised ``"query: "`` embeddings of :data:`MEASURE_QUERIES` and
            :data:`MENTION_QUERIES`.

    Returns:
        (n,) the sentence's best cosine to a measure query minus its best cosine to a mention query. Both cosines are
        the same sentence's, so the language's offset cancels (as in ``sib_margin``); no cosine is compared with a
        fixed number.
    """
    s = np.asarray(sentence_vecs, dtype=np.float32)
    if not len(s):
        return np.zeros(0, dtype=np.float32)
    return (s @ np.asarray(measure_vecs, np.float32).T).max(axis=1) - (s @ np.asarray(mention_vecs, np.float32).T).max(axis=1)


def answer_sentences(texts: Sequence[str], contrast: np.ndarray) -> np.ndarray:
    """Which sentences may answer an ask: those with a figure (a digit: a number, amount, date, deadline) and those
    that read more as a concrete measure than as a passing mention (``contrast`` >= 0, :func:`answer_contrast`).

    A passing mention ("Razmotrit ćemo i pitanje zdravstvene skrbi.", "we will also consider health care"; "Regeringen
    följer diskussionen om EU:s talangpartnerskap.") names an ask without a measure, a figure, a responsible body or a
    timeline: it is the nearest sentence to the ask, the one of its key element's section that speaks most of it, but
    no answer (:func:`aspect_features` ``answer_margin``).

    Args:
        texts: the n sentences; contrast: (n,) from :func:`answer_contrast`.

    Returns:
        bool (n,).

    Raises:
        ValueError: when the lengths differ.
    """
    c = np.asarray(contrast).reshape(-1)
    if len(c) != len(texts):
        raise ValueError(f"one contrast per sentence expected ({len(texts)} sentences, {len(c)} values)")
    return np.array([bool(_DIGIT.search(t)) or float(x) >= 0.0 for t, x in zip(texts, c)], dtype=bool)


def _section_of(key_element: str) -> str:
    """The Annex section of a key element id ("2.3.3.a" -> "2.3.3", "2.p" -> "2")."""
    return key_element.rsplit(".", 1)[0]


def _own_section_sentences(sections: Sequence[str], section_id: str) -> np.ndarray:
    """bool (n,): the sentences standing in the section; when none does, those of its direct subsections (a strategy
    answering "2.2" entirely under 2.2.1 and 2.2.2; the rule of the coverage stage's own passages)."""
    own = np.array([x == section_id for x in sections], dtype=bool)
    if not own.any():
        prefix = section_id + "."
        own = np.array([x.startswith(prefix) and "." not in x[len(prefix):] for x in sections], dtype=bool)
    return own


def sentence_top_aspects(aspects: AspectSet, sentence_vecs: np.ndarray, query_vecs: np.ndarray,
                         query_aspect: Sequence[int], rows: Sequence[int], k: int = 1) -> dict[int, list[int]]:
    """The aspects a sentence is about: for each sentence index in ``rows``, the indices (into ``aspects``) of
    the ``k`` aspects nearest to it, by the cosine the evidence is chosen with (centred from
    :data:`EVIDENCE_CENTRE_MIN` sentences on, plain below; the best of each aspect's queries).
    Shapes as :func:`aspect_features`; ``{}`` without sentences or rows.

    Raises:
        ValueError: when the shapes do not agree.
    """
    q, idx = aspect_query_matrix(aspects, query_vecs, query_aspect)
    s = np.asarray(sentence_vecs, dtype=np.float32).reshape(-1, q.shape[1] if q.size else 0)
    if not len(s) or not len(rows):
        return {}
    if len(s) >= EVIDENCE_CENTRE_MIN:
        q = _unit(q - q.mean(axis=0)) if len(q) > 1 else q
        s = _unit(s - s.mean(axis=0))
    cos = s[np.asarray(rows, dtype=int)] @ q.T
    per_aspect = np.stack([cos[:, idx == j].max(axis=1) for j in range(len(aspects))], axis=1)
    k = min(k, len(aspects))
    return {int(r): [int(j) for j in np.argsort(-per_aspect[i], kind="stable")[:k]] for i, r in enumerate(rows)}


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), _EPS)).astype(np.float32)


def _ke_features(ke: str, ke_scores: Mapping[str, float] | None, ke_labels: Mapping[str, str] | None) -> dict[str, float]:
    f = {}
    if ke_scores is not None:
        f["ke_score"] = float(ke_scores.get(ke, 0.0))
    if ke_labels is not None:
        lab = ke_labels.get(ke, "absent")
        f["ke_partial"] = float(lab == "partial")
        f["ke_absent"] = float(lab == "absent")
    return f


def score_aspects(
    aspects: AspectSet,
    sentences: Sequence[Sentence],
    sentence_vecs: np.ndarray,
    query_vecs: np.ndarray,
    query_aspect: Sequence[int],
    calibration: AspectCalibration,
    ke_scores: Mapping[str, float] | None = None,
    ke_labels: Mapping[str, str] | None = None,
    *,
    doc_id: str = "",
    sentence_answers: Sequence[bool] | np.ndarray | None = None,
) -> list[AspectCoverage]:
    """Coverage of every aspect in one document.

    Args:
        aspects: the aspect set.
        sentences: the document's answer sentences (n), in reading order.
        sentence_vecs: (n, dim) their e5 ``"passage: "`` embeddings, L2-normalised.
        query_vecs, query_aspect: the aspects' ``"query: "`` embeddings and the aspect index of
            each row (see :func:`aspect_queries`).
        calibration: the aspect calibration; when it uses the key-element features, ``ke_scores``
            and ``ke_labels`` are required.
        ke_scores: key element id -> the key element's calibrated coverage score.
        ke_labels: key element id -> the key element's label from the coverage calibration.
        doc_id: for error messages.
        sentence_answers: (n,) bool, whether each sentence answers (:func:`answer_sentences`); adds
            ``answer_margin``, which :func:`analyser.aspect_calibration.own_evidence` reads. None: not added.

    Returns:
        One :class:`AspectCoverage` per aspect, in the order of ``aspects``.

    Raises:
        ScoreError: ``E423`` when the shapes disagree or the calibration needs ``ke_scores``.
    """
    vecs = np.asarray(sentence_vecs)
    if vecs.ndim != 2 or vecs.shape[0] != len(sentences):
        raise ScoreError(Errors.E423, doc_id=doc_id, reason=f"one embedding per sentence expected ({len(sentences)} sentences, embeddings of shape {vecs.shape})")
    if "ke_score" in calibration.features and (ke_scores is None or ke_labels is None):
        raise ScoreError(Errors.E423, doc_id=doc_id, reason="the calibration uses the key elements' scores and labels; give ke_scores and ke_labels")
    try:
        feats, best, best_cos = aspect_features(aspects, sentence_vecs, query_vecs, query_aspect, ke_scores, ke_labels,
                                                [x.section_id for x in sentences], sentence_answers)
    except ValueError as exc:
        raise ScoreError(Errors.E423, doc_id=doc_id, reason=str(exc)) from None
    out = []
    for j, a in enumerate(aspects):
        feats[j].update(calibration.prior_features(a.id, feats[j]))
        p, covered = calibration.covers(feats[j], a.id)  # the probability and evidence of its own (own_evidence)
        ev = None
        if best[j] >= 0:
            s = sentences[int(best[j])]
            ev = AspectEvidence(s.passage_id, s.page, s.section_id, s.text, float(best_cos[j]))
        # every feature computed is stored (not only the calibration's), so that a refit may weigh a new one
        out.append(AspectCoverage(a.id, a.key_element, covered, p, ev, dict(feats[j])))
    return out


def key_element_labels(coverage: Sequence[AspectCoverage]) -> dict[str, str]:
    """Key element id -> label derived from its aspects (all covered: addressed; some: partial; none: absent)."""
    by_ke: dict[str, list[bool]] = {}
    for c in coverage:
        by_ke.setdefault(c.key_element, []).append(c.covered)
    return {ke: derive_label(flags) for ke, flags in by_ke.items()}


def missing_aspects(coverage: Sequence[AspectCoverage], key_element_id: str) -> list[str]:
    """Ids of the aspects of one key element that are not covered."""
    return [c.id for c in coverage if c.key_element == key_element_id and not c.covered]



# --------------------------------------------------------------------------- pipeline entry point


def sentences_from_matches(matches) -> list[Sentence]:
    """The answer sentences of :class:`analyser.match.Matches` as :class:`Sentence` records.

    Uses only the public fields ``sentences``, ``sentence_passage`` and ``passages``;
    each sentence's page is the page where it starts (:func:`analyser.match.sentence_pages`).
    """
    out = []
    pages = sentence_pages(matches)
    for text, p, page in zip(matches.sentences, np.asarray(matches.sentence_passage).tolist(), pages):
        passage = matches.passages[int(p)]
        out.append(Sentence(passage.id, page, passage.section_id, text))
    return out


def score_document_aspects(
    matches,
    encoder,
    language: str,
    *,
    ke_scores: Mapping[str, float] | None = None,
    ke_labels: Mapping[str, str] | None = None,
    aspects: AspectSet | None = None,
    calibration: AspectCalibration | None = None,
    doc_id: str = "",
) -> list[AspectCoverage]:
    """Aspect coverage of one analysed document: the one call for the pipeline.

    Args:
        matches: the document's :class:`analyser.match.Matches` (answer sentences and passages).
        encoder: the run's encoder (a ``CachedEncoder``: the sentences were embedded by
            :func:`analyser.match.match` with ``kind="passage"`` and come from its cache).
        language: the document's language (for the record; the queries are the same for every
            document: the English descriptor and the official wording in every language
            ``aspects.yaml`` has, see below).
        ke_scores, ke_labels: key element id -> its calibrated coverage score and its label
            (``Coverage.score``, ``Coverage.label``); when given, the shipped calibration that uses
            them is taken, else the text-only one.
        aspects: default :func:`analyser.aspects.load_aspects`.
        calibration: default the shipped one for ``encoder.name``.
        doc_id: for error messages.

    Returns:
        One :class:`AspectCoverage` per aspect, in Annex order.

    Raises:
        ScoreError: ``E422`` for a missing or malformed calibration, ``E423`` for inconsistent input.
    """
    from .aspects import load_aspects

    aspects = aspects or load_aspects()
    calibration = calibration or load_aspect_calibration(encoder.name, with_ke_score=ke_scores is not None and ke_labels is not None)
    sents = sentences_from_matches(matches)
    svecs = encoder.encode([s.text for s in sents], kind="passage") if sents else np.zeros((0, encoder.dim), np.float32)
    # the same queries for every document, whatever its language (as the match stage queries every
    # document with the official Dutch wording and the English descriptor): with the wording only in
    # the document's own language, the one language that has it (nl) got two queries per aspect and
    # every other language one, so its features (max over queries) stood on another scale than the
    # training documents'. Leave-one-document-out, three-class accuracy of the label from aspects
    # 0.860 -> 0.869 (nl-2025 0.568 -> 0.614).
    texts, idx, _ = aspect_queries(aspects, ASPECT_QUERY_LANGUAGES)
    qvecs = encoder.encode(texts, kind="query")
    answers = None
    if ANSWER_EVIDENCE:
        contrast = answer_contrast(svecs, encoder.encode(list(MEASURE_QUERIES), kind="query"),
                                   encoder.encode(list(MENTION_QUERIES), kind="query"))
        answers = answer_sentences([s.text for s in sents], contrast)
    cov = score_aspects(aspects, sents, svecs, qvecs, idx, calibration, ke_scores, ke_labels, doc_id=doc_id,
                        sentence_answers=answers)
    if CLAUSE_EVIDENCE:
        cov = own_clauses(cov, aspects, sents, svecs, qvecs, idx, calibration, encoder)
    return cov


ANSWER_EVIDENCE = True
"""Whether the pipeline flags the sentences that answer (:func:`answer_sentences`) so that an ask named only in
passing has no evidence of its own (``answer_margin``)."""


CLAUSE_EVIDENCE = False
"""Whether the pipeline looks for an aspect's own evidence in clauses (:func:`own_clauses`). Off: measured by
aspects13 on short texts, it made the seen one-line Italian strategy's 2.3.4.a addressed (fresh9 #9: 'assistenza
sanitaria') but covered the held-out Italian 2.1.1.b/talent-partnerships (0.52) by the clause "con procedure più
rapide per i datori di lavoro che assumono cittadini di paesi terzi" (nearest to it of all aspects: a clause read
without its sentence): held out (tests/data/aspects_short13) labels 8/10 -> 7/10, aspects 26/30 -> 25/30; the 13
development documents unchanged either way (no aspect there lacks a sentence of its own)."""


CLAUSE_SPLIT = re.compile(r"\s*[,;:]\s+|\s+[–—]\s+")
"""Where a sentence of a key element's own section is cut into clauses (:func:`sentence_clauses`): commas,
semicolons, colons, dashes between spaces; the same in every language that writes them."""


def sentence_clauses(text: str) -> list[str]:
    """The clauses of a sentence that lists several things ("courses of Italian, job placement, health care,
    housing and social assistance"): the pieces between :data:`CLAUSE_SPLIT` marks of two words or more; [] when
    fewer than two such pieces."""
    parts = [p.strip(" .") for p in CLAUSE_SPLIT.split(text)]
    parts = [p for p in parts if len(p.split()) >= 2]
    return parts if len(parts) >= 2 else []


def own_clauses(coverage: Sequence[AspectCoverage], aspects: AspectSet, sentences: Sequence[Sentence],
                sentence_vecs: np.ndarray, query_vecs: np.ndarray, query_aspect: Sequence[int],
                calibration: AspectCalibration, encoder) -> list[AspectCoverage]:
    """Look for an aspect's own evidence in the clauses of its key element's own section.

    One sentence that names every ask of a key element ("Integrazione: corsi di italiano, inserimento lavorativo,
    assistenza sanitaria, alloggio e assistenza sociale") is nearer to one ask than to the others, so the others have
    no sentence of their own (``own_sib_margin`` < 0) though the calibration covers them. For such an aspect only (score
    at or above the threshold, no own evidence, siblings), the sentences of the key element's own section are cut
    into clauses (:func:`sentence_clauses`), embedded (``"passage: "``), centred as the sentences were; a clause
    whose nearest aspect of all (118) is the aspect is one of its own, and ``own_sib_margin`` over those clauses
    (:func:`own_sib_margin`; -:data:`SIB_MARGIN_ALONE` without one) makes it covered. A clause read alone loses its
    sentence's context ("under contracts with the Ministry" reads as social partners, 25th nearest; "agriculture and
    catering, to detect illegal employment" as labour exploitation, 2nd nearest, in the seen short texts), hence the
    nearest only ("assistenza sanitaria": health care of beneficiaries, 1st). ``clause_margin`` is stored beside it, ``own_sib_margin`` becomes the larger of the two (so that
    :meth:`AspectCalibration.covers` on the stored features reads the same). Never called for an aspect of the 13
    development documents (every aspect the calibration covers there has a sentence of its own).

    Args:
        coverage: the output of :func:`score_aspects` for ``sentences``.
        aspects, sentences, sentence_vecs, query_vecs, query_aspect, calibration: as :func:`score_aspects`.
        encoder: embeds the clauses (``encode(texts, kind="passage")``, L2-normalised (k, dim)).

    Returns:
        A new list, same order; only the aspects looked for in clauses change (``clause_margin`` and ``own_sib_margin``
        in their features; covered when a clause of their own was found).
    """
    ids = [a.id for a in aspects]
    pos = {a: i for i, a in enumerate(ids)}
    need = [k for k, c in enumerate(coverage)
            if not c.covered and c.score >= calibration.threshold and "own_sib_margin" in c.features
            and float(c.features["own_sib_margin"]) < 0 and float(c.features.get("sib_margin", 0.0)) != SIB_MARGIN_ALONE]
    if not need or len(sentences) == 0:
        return list(coverage)
    secs = [str(x.section_id) if x.section_id else "" for x in sentences]
    clauses: list[str] = []
    owner: list[str] = []  # the section of each clause
    done: set[str] = set()
    for k in need:
        sec = _section_of(coverage[k].key_element)
        if sec in done:
            continue
        done.add(sec)
        for i in np.flatnonzero(_own_section_sentences(secs, sec)):
            for clause in sentence_clauses(sentences[int(i)].text):
                clauses.append(clause)
                owner.append(sec)
    if not clauses:
        return list(coverage)
    q, idx = aspect_query_matrix(aspects, query_vecs, query_aspect)
    s = np.asarray(sentence_vecs, dtype=np.float32).reshape(-1, q.shape[1])
    unique = list(dict.fromkeys(clauses))  # a subsection's clauses serve its section's prompt too: embedded once
    uv = np.asarray(encoder.encode(unique, kind="passage"), dtype=np.float32).reshape(-1, q.shape[1])
    cv = uv[[unique.index(c) for c in clauses]]
    q = _unit(q - q.mean(axis=0)) if len(q) > 1 else q
    if len(s) > 1:  # centred on the document's mean sentence, as the sentences in aspect_features
        cv = _unit(cv - s.mean(axis=0))
    cos = cv @ q.T
    per = np.stack([cos[:, idx == j].max(axis=1) for j in range(len(aspects))], axis=1)
    zc = (per - per.mean(axis=1, keepdims=True)) / (per.std(axis=1, keepdims=True) + _EPS)
    nearest = zc.argmax(axis=1)  # a clause is the evidence only of the aspect it is nearest to of all
    out = list(coverage)
    for k in need:
        c = out[k]
        j = pos[c.id]
        sib = [pos[x.id] for x in coverage if x.key_element == c.key_element and x.id != c.id]
        rows = np.array([o == _section_of(c.key_element) for o in owner], dtype=bool)
        if not rows.any():  # its own section lists nothing: left as it was
            continue
        m = own_sib_margin(zc, j, sib, rows & (nearest == j))
        feats = {**c.features, "clause_margin": m, "own_sib_margin": max(float(c.features["own_sib_margin"]), m)}
        _, covered = calibration.covers(feats, c.id)
        out[k] = AspectCoverage(c.id, c.key_element, covered, c.score, c.evidence, feats)
    return out


def coverage_aspects_json(coverage: Sequence[AspectCoverage]) -> dict[str, list[dict]]:
    """Key element id -> the list to store as ``analysis.json`` ``coverage[<ke>].aspects``."""
    out: dict[str, list[dict]] = {}
    for c in coverage:
        out.setdefault(c.key_element, []).append(c.to_json())
    return out


def _flip(coverage: Sequence[AspectCoverage], ke_labels: Mapping[str, str],
          choose: Callable[[str | None, list[AspectCoverage]], list[int]]) -> list[AspectCoverage]:
    """Flip ``covered`` of the aspects ``choose(label, aspects of one key element)`` names (positions in that list)."""
    out = list(coverage)
    by_ke: dict[str, list[int]] = {}
    for i, c in enumerate(out):
        by_ke.setdefault(c.key_element, []).append(i)
    for ke, idx in by_ke.items():
        for k in choose(ke_labels.get(ke), [out[i] for i in idx]):
            c = out[idx[k]]
            out[idx[k]] = AspectCoverage(c.id, c.key_element, not c.covered, c.score, c.evidence, c.features)
    return out


def _best(aspects: list[AspectCoverage]) -> int:
    """The most likely aspect among those with a sentence of their own (:func:`own_evidence`; one always has one)."""
    return max(range(len(aspects)), key=lambda k: (own_evidence(aspects[k].features), aspects[k].score))


def anchor_partial(coverage: Sequence[AspectCoverage], ke_labels: Mapping[str, str]) -> list[AspectCoverage]:
    """Make the aspects of a key element the coverage calibration labels ``partial`` show a partial answer.

    When every aspect of such a key element came out covered, the least likely one is marked
    missing; when none did, the most likely one is marked covered (a key element with one aspect
    is left alone). Other key elements are unchanged. Scores are unchanged; only ``covered`` flips.

    Args:
        coverage: the output of :func:`score_aspects`.
        ke_labels: key element id -> label of the key-element coverage calibration.

    Returns:
        A new list, same order.
    """
    def choose(label: str | None, aspects: list[AspectCoverage]) -> list[int]:
        if label != "partial" or len(aspects) < 2:
            return []
        if all(a.covered for a in aspects):
            return [min(range(len(aspects)), key=lambda k: aspects[k].score)]
        return [_best(aspects)] if not any(a.covered for a in aspects) else []

    return _flip(coverage, ke_labels, choose)


def anchor_covered(coverage: Sequence[AspectCoverage], ke_labels: Mapping[str, str]) -> list[AspectCoverage]:
    """Keep the covered-vs-absent decision with the key element's calibrated coverage.

    The key-element calibration has seen negatives (absolute evidence, in-scope decision); the
    aspects only split a covered key element into addressed or partial. So: every aspect of a key
    element labelled ``absent`` is not covered (aspects never invent coverage), and a covered key
    element none of whose aspects came out covered gets its most likely aspect covered. Scores are
    unchanged; only ``covered`` flips.

    Args:
        coverage: the output of :func:`score_aspects`.
        ke_labels: key element id -> label of the key-element coverage calibration.

    Returns:
        A new list, same order.
    """
    def choose(label: str | None, aspects: list[AspectCoverage]) -> list[int]:
        if label == "absent":
            return [k for k, a in enumerate(aspects) if a.covered]
        if label in ("partial", "addressed") and not any(a.covered for a in aspects):
            return [_best(aspects)]
        return []

    return _flip(coverage, ke_labels, choose)


# --------------------------------------------------------------------------- the pipeline's two calls

ASPECT_FALLBACK_MODEL = "multilingual-e5-small"


def load_aspect_setup(model: str, calibration: str | Path | None = None) -> tuple[AspectSet, AspectCalibration, str]:
    """The aspect set, the aspect calibration of ``model`` and a hash of both files (for the fingerprint).

    A model without a shipped aspect calibration (the hashing test encoder, a new model) uses the
    one of multilingual-e5-small: its features (z-scores, the key element's calibrated score and
    label, per-aspect priors) carry no raw cosine, so it transfers in form.

    Args:
        model: the encoder name.
        calibration: an aspect calibration file instead of the shipped one
            (``analyser analyse --aspect-calibration``, ``RunConfig.aspect_calibration``).

    Raises:
        TemplateError: ``aspects.yaml`` malformed. ScoreError: ``E422`` calibration unreadable
            (a given file that does not exist included).
    """
    if calibration is not None:
        path = Path(calibration)
        if not path.exists():
            raise ScoreError(Errors.E422, path=str(path), reason="file not found")
    else:
        path = calibration_path(model)
    if not path.exists():
        logger.info("no aspect calibration for model %s: using the one of %s", model, ASPECT_FALLBACK_MODEL)
        path = calibration_path(ASPECT_FALLBACK_MODEL)
    aspects = load_aspects()
    loaded = load_aspect_calibration(model, path)
    h = hashlib.sha256()
    for p in (aspects_default_path(), path):
        h.update((file_sha256(p) or "-").encode())
    return aspects, loaded, h.hexdigest()


def apply_aspects(matches, coverage: dict, encoder, language: str, doc_id: str,
                  aspects: AspectSet, calibration: AspectCalibration) -> tuple[dict, dict[str, list[dict]]]:
    """Score the aspects of one document and let each key element's label follow from them.

    The key element keeps its calibrated score and evidence; its label becomes the one its
    aspects give (all covered: addressed, some: partial, none: absent), so a partial label always
    has at least one missing aspect and an addressed one none. The calibration's own label is
    kept as ``features["label_from_score"]`` (0 absent, 1 partial, 2 addressed). Covered versus
    absent stays the calibration's decision (:func:`anchor_covered`): the
    aspects of an absent key element are all missing, a covered one keeps at least one covered
    aspect; the aspects decide addressed versus partial.

    An aspect whose best evidence sentence states the ask is not done, or of which an answer sentence
    that names the aspect's own names ("EUAA", "Frontex") or is nearest to it (the sentence's nearest
    aspect, :func:`sentence_top_aspects`) says so, is not covered
    (:mod:`analyser.aspects_stated`); its key element is then partial (also when every ask it covered is
    stated not done: covered versus absent stays the calibration's, :func:`analyser.aspects_stated.stated_labels`).

    Returns:
        (coverage with the derived labels, key element id -> ``analysis.json`` aspect list, each
        item ``{id, descriptor, covered, score, evidence, features}``, plus ``stated_not_done: true``,
        ``stated_formula`` (the formula found) and, when the stating sentence is not the evidence,
        ``stated_sentence``, for a stated-not-done aspect).
    """
    cov = score_document_aspects(matches, encoder, language, aspects=aspects, calibration=calibration, doc_id=doc_id,
                                 ke_scores={k: c.score for k, c in coverage.items()},
                                 ke_labels={k: c.label for k, c in coverage.items()})
    ke_labels = {k: c.label for k, c in coverage.items()}
    cov = anchor_covered(cov, ke_labels)  # aspects never turn absent into covered
    # an aspect whose evidence SAYS the ask is not done ("no plans to", "nicht vorgesehen", "n'est pas prévu", or a
    # sentence naming the aspect's own names that says so) is not covered (issue 13, analyser.aspects_stated)
    from .aspects_stated import aspect_names, apply_stated_not_done, named_stated, stated_labels, stated_not_done

    sents = list(matches.sentences)
    named = named_stated(sents, aspect_names(aspects))
    stating = {i: f for i, x in enumerate(sents) if (f := stated_not_done(x)) is not None}
    if stating:  # a sentence that says something is not done speaks of the ask nearest to it (the embeddings are cached)
        texts, idx, _ = aspect_queries(aspects, ASPECT_QUERY_LANGUAGES)
        order = list(aspects)
        tops = sentence_top_aspects(aspects, encoder.encode(sents, kind="passage"), encoder.encode(texts, kind="query"),
                                    idx, sorted(stating))
        for i in sorted(stating):
            for j in tops.get(i, []):
                named.setdefault(order[j].id, (stating[i], sents[i]))
    cov, stated = apply_stated_not_done(cov, ke_labels, named)
    labels = stated_labels(key_element_labels(cov), ke_labels, {aspects.get(a).key_element for a in stated})
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
            if item["id"] in stated:  # written only when true: analyses without it read as not stated
                item["stated_not_done"] = True
                item["stated_formula"] = stated[item["id"]]
                evidence = item.get("evidence") or {}
                if item["id"] in named and named[item["id"]][1] != evidence.get("sentence"):
                    item["stated_sentence"] = named[item["id"]][1]
    return out, items
