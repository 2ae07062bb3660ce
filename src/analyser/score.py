"""Score coverage of every key element: features, calibration, labels, evidence.

Multilingual-e5 cosines sit on a compressed scale whose level shifts with the
language (English text scores higher than other languages for covered and
absent elements alike), so no fixed cosine threshold is used. Each key element
gets **features** that are relative within the document or learned from
annotated strategies in other languages. The shipped model uses
(:data:`FEATURES`):

* ``ex_max``, ``ex_own`` — k-NN evidence: for each passage the share of its
  nearest annotated answer blocks (other documents, any language) that are
  gold evidence of the element; best passage, and best passage in the
  element's own section;
* ``pr_max``, ``pr_own`` — the same from a linear probe fitted on all
  annotated answer blocks (:meth:`analyser.match.EvidenceBank.probe`): a
  learned query per key element, less dependent on a few neighbours;
* ``own_centred`` — best passage similarity to the element's wording (queries
  in the document's language where a template pack has it, official Dutch,
  English descriptor) minus that passage's mean similarity to all elements,
  within the element's own section;
* ``own_share`` — share of the own section's passages for which this element
  is the closest of the section's elements (a section with substantive answer
  text that speaks of its other elements only predicts absence);
* ``comb_max`` — best passage on the combined evidence score used to rank
  evidence (specific cosine + k-NN vote + probe) anywhere in the document
  (coverage in the wrong place);
* the **own section** of an element is its Annex section, or, when that section
  holds no answer text of its own, its direct subsections (:func:`_own_passages`:
  a real strategy answers 2.2.p under 2.2.1 and 2.2.2; leave-one-document-out this
  took the Dutch strategy from macro-F1 0.612 / AUC 0.786 to 0.682 / 0.821 and the
  corpus from 0.906 / 0.986 to 0.927 / 0.988);
* ``q_unanswered`` — 1 when the element's reproduced question is left without
  an answer in a section filled in like a form (each other question is
  followed by its answer): structure, the same in every language.

Absolute evidence, judged against negative documents (texts that answer no
key element, :class:`analyser.match.EvidenceBank`), which the relative
features above cannot see:

* ``topic_doc`` — the document's scope score (:func:`analyser.scope.assess_scope`):
  how much of its answer text reads like strategy answer text at all;
* ``ex_topic``, ``pr_topic`` — best passage on k-NN vote (resp. probe) times
  that passage's topicality: an element is evidenced only by a passage that
  is strategy text in the first place;
* ``topic_best`` — topicality of the passage that ranks best on ``comb_max``.

**Sentence windows** (:func:`unit_views`): a passage answering several key elements, a sentence each, votes for its
dominant one; every window of one to three consecutive sentences of a passage of two or more
(:func:`analyser.match.window_evidence`) is scored like a passage. A key element's best window among those of its own
section whose *focus* it is (the key element the window's vote + probe rank first) gives the ``win_*`` features; the
key element is scored on the better of its passage view and its window view (the passage view with the window's
own-section vote and probe, both weighted by the window's topicality against the negatives, and its centred cosine
where stronger), by the same
calibration, fitted on passage views (:meth:`Calibration.p_covered`). In a document whose answer passages stand in
one section or none (a one-paragraph summary, an action plan as one table), a unit of one sentence, table row or
semicolon clause, or a one-sentence passage, may be the best window of any key element it is the focus of
(:data:`UNPLACED_UNITS`, :func:`_window_units`).
Out-of-scope documents (:mod:`analyser.scope`) get every element ``absent``,
no evidence, and a score multiplied by the scope score.

Also stored for audit (:data:`EXTRA_FEATURES`): ``prs_own`` and ``exs_own``, the
bank's probe and k-NN vote on single *sentences* of the own section
(:func:`analyser.match.sentence_evidence`; a compact strategy answers return, Dublin
transfers and voluntary departure in one paragraph of three sentences, whose passage-level
vote and probe go to its dominant element only). Leave-one-document-out (``analyser
calibrate`` on the same analyses) ``prs_own`` in the model took the corpus from macro-F1
0.927 / three-class 0.883 / AUC 0.988 to 0.938 / 0.886 / 0.989 and the Dutch strategy from
0.682 / 0.682 / 0.821 to 0.738 / 0.682 / 0.821, but its label from the aspects from 0.705 to
0.682 (one key element) and it left the compact strategies' return and reception conditions
absent: not shipped. Merged into ``ex_own``/``pr_own`` (max over passages and sentences) they
cost the Dutch strategy both its absent key elements (macro-F1 0.476). Then ``max_centred``,
``sent_centred`` (single sentences), ``z_doc`` / ``z_centred`` (standing
against the other elements of the document), ``top2_centred``, ``n_top``,
``own_words``, ``own_top``, ``ex_centred`` and ``legal_ref`` (an EU act number
named by the element, e.g. "2008/115", occurs in the answer text). They added
nothing out of document in leave-one-document-out evaluation.

A logistic regression (scikit-learn) maps the features to the probability that
the element is at least partially addressed (``score``); a second one separates
addressed from partial. Both, and the score threshold between absent and
covered, are fitted on the development gold by
:func:`analyser.calibrate.fit_from_examples` (``analyser calibrate``) and stored
in a JSON file with the model name and the analyser version.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ._version import __version__
from .aspects import AspectSet
from .errors import Errors, ScoreError
from .match import Matches, sentence_pages
from .schema import Coverage, Evidence, Label, Segmentation
from .scope import ScopeDecision, assess_scope
from .template import Template

logger = logging.getLogger(__name__)

FEATURES: tuple[str, ...] = (
    "ex_max",
    "ex_own",
    "pr_max",
    "pr_own",
    "own_centred",
    "own_share",
    "comb_max",
    "q_unanswered",
    "topic_doc",
    "ex_topic",
    "pr_topic",
    "topic_best",
    "n_aspects",
    "asp_section",
)
"""Features of the shipped calibration (chosen by honest leave-one-document-out, see calibrate.py)."""
WINDOW_UNITS = True
"""Score every key element on its best sentence window too (:func:`unit_views`); False: passages only."""
UNPLACED_UNITS = True
"""In a document whose answer passages stand in one section or none, let a unit of one sentence, row or clause
evidence any key element (:func:`_window_units`); False: own section only, as in the ninth session."""
PARENT_UNITS = True
"""In a document whose answer passages stand in two sections or more, a window of one sentence, table row or clause
standing in an Annex section above the key element's own (under "2", "2.3": a prefix of its number) may be the
best window of the key element it is the focus of, when the key element's own section holds no passage (the strategy
wrote no such section; :func:`_window_features`; recall12): the Finnish action plan's table of measures stands under
"2. Strategiset tavoitteet ja keskeiset toimenpiteet" and its row 'Vastaanotto | …' ranks 2.3.3.a first (vote 0.73,
probe 0.44, topicality 0.97) but stood in no section of 2.3.3.a's (absent 0.02). A strategy that writes 2.2.1 answers
it there: without that condition a sentence under "2" of the Czech dev strategy (consistency with the contingency plan
and the security strategy) covered 2.2.1.a (gold absent, 0.49 → partial 0.69). False: own section only, as in the
eleventh session."""
ADDRESSED_ONLY: tuple[str, ...] = ("n_aspects", "asp_section")
"""Features of the addressed-vs-partial model only (the covered model's coefficient is 0). ``n_aspects``: log of
the number of separate asks the Annex bundles in the key element (``data/aspects.yaml``; 0 for a key element
without aspects): the more asks, the more a covered answer can leave out. Structure only, the same in every
language and for every document length. Leave-one-document-out (``scripts/ke_label_ordinal.py``, ninth session,
label from the aspects as ``analyser eval``): fictional 0.905 -> 0.911 (0.915 / 0.909 at C 0.3 / 3), nl-2025 0.773
unchanged (its coverage label 0.727 -> 0.750), addressed ROC AUC on nl-2025 0.805 -> 0.845; in the covered model too
it cost nl-2025's covered-vs-absent accuracy 0.932 -> 0.864, hence addressed only. ``asp_section`` (twelfth session,
:func:`aspect_section_evidence`): the weakest of the key element's asks, each judged over the answer sentences of
the key element's own section (the mean of its three best ``Matches.sentence_aspect_z``) rather than by its best
sentence anywhere: a real strategy answers an ask over several paragraphs of its section in its own policy prose,
where no single sentence stands out."""
ASP_SECTION_TOP = 3
"""``asp_section`` averages an aspect's best this many sentence z-scores in the key element's own section."""
ASP_SECTION_NONE = -3.0
"""``asp_section`` of a key element whose own section has no answer sentence (or without aspects)."""
COVERED_C = 0.3
"""Inverse L2 strength of the covered-vs-absent logistic regression (standardised features)."""
ADDRESSED_C = 1.0
"""Inverse L2 strength of the addressed-vs-partial logistic regression."""
EXTRA_FEATURES: tuple[str, ...] = (
    "max_centred",
    "sent_centred",
    "z_doc",
    "z_centred",
    "top2_centred",
    "n_top",
    "own_words",
    "own_top",
    "legal_ref",
    "ex_centred",
    "prs_own",
    "exs_own",
)
"""Computed and stored for audit (and for experiments with ``fit_calibration(features=...)``), not in the shipped model."""
ALL_FEATURES: tuple[str, ...] = FEATURES + tuple(f for f in EXTRA_FEATURES if f not in FEATURES)
_LEGAL_REF_RE = re.compile(r"\b(?:19|20)\d{2}/\d{1,4}\b")


@dataclass(frozen=True)
class ScoreConfig:
    """Settings of the score stage.

    Attributes:
        max_evidence: evidence passages kept per covered key element.
        covered_threshold: score at or above which an element counts as
            covered; None: the threshold stored in the calibration.
        addressed_threshold: probability of "addressed" (given the features)
            at or above which a covered element is addressed rather than
            partial; None: the calibration's.
    """

    max_evidence: int = 3
    covered_threshold: float | None = None
    addressed_threshold: float | None = None


# --------------------------------------------------------------------------- features


def compute_features(
    matches: Matches, seg: Segmentation, template: Template, only: Collection[str] | None = None,
    scope_score: float | None = None, aspects: AspectSet | None = None,
) -> dict[str, dict[str, float]]:
    """Feature dict per key element id (see module docstring); values are plain floats.

    Args:
        only: compute the dicts of these key elements only (document-level
            statistics still use all of them).
        scope_score: the document's scope score (``ScopeDecision.score`` of
            :func:`analyser.scope.assess_scope` on these ``matches`` and ``seg``),
            the ``topic_doc`` feature; None: assessed here (the scope cues are
            then computed again).
        aspects: the run's aspect definitions (``ModelBundle.aspects``), for ``n_aspects``; None: the
            shipped ``data/aspects.yaml``.
    """
    ids = matches.key_element_ids
    sim = matches.passage_sim
    ssim = matches.sentence_sim
    section_words = {s: info.answer_words for s, info in seg.sections.items()}
    answer_text = " ".join(p.text for p in matches.passages)
    refs_in_text = set(_LEGAL_REF_RE.findall(answer_text))
    unanswered = _unanswered_questions(seg)
    n_asks = _aspect_counts(aspects)
    out: dict[str, dict[str, float]] = {}
    if sim.shape[1] == 0:
        for kid in ids:
            out[kid] = {f: 0.0 for f in ALL_FEATURES} | {"topic_doc": 1.0 if matches.topic_sim is None else 0.0} | {
                "max_centred": -1.0, "sent_centred": -1.0, "own_centred": -1.0, "z_doc": -3.0, "z_centred": -3.0,
                "top2_centred": -1.0, "comb_max": -1.0, "q_unanswered": float(unanswered.get(kid, False)),
                "n_aspects": math.log(n_asks.get(kid, 1)), "asp_section": ASP_SECTION_NONE}
        return out
    centred = sim - sim.mean(axis=0, keepdims=True)
    s_centred = ssim - ssim.mean(axis=0, keepdims=True) if ssim.shape[1] else centred
    z_doc = _z(sim.max(axis=1))
    best_c = centred.max(axis=1)
    z_centred = _z(best_c)
    top_owner = centred.argmax(axis=0)
    p_sections = np.array([p.section_id or "" for p in matches.passages])
    ke_section = np.array([template.key_element(k).section_id for k in ids])
    ex = matches.exemplar_sim
    pr = matches.probe_sim
    # one evidence score per passage: specific cosine to the wording + learned evidence (as for ranking evidence)
    comb = 5.0 * centred + (ex if ex is not None else 0.0) + (pr if pr is not None else 0.0)
    top2 = -np.sort(-centred, axis=1)[:, : min(2, sim.shape[1])].mean(axis=1)
    # absolute evidence: topicality of each passage against negative documents (1 without a topicality model)
    topic = matches.topic_sim if matches.topic_sim is not None else np.ones(sim.shape[1], dtype=np.float32)
    topic_doc = scope_score if scope_score is not None else assess_scope(matches, seg).score
    ex_t = ex * topic if ex is not None else None
    pr_t = pr * topic if pr is not None else None
    best_comb = comb.argmax(axis=1)
    # the bank's vote and probe on single sentences (a paragraph answering several key elements)
    s_ex, s_pr = matches.sentence_exemplar_sim, matches.sentence_probe_sim
    s_own = (s_ex, s_pr) if s_ex is not None and s_pr is not None and s_ex.shape[1] > 0 else None
    sent_sections = p_sections[np.asarray(matches.sentence_passage, dtype=np.int64)]  # (S,) each sentence's section
    s_sections = sent_sections if s_own is not None else p_sections[:0]
    win = _window_units(matches, p_sections)
    for row, kid in enumerate(ids):
        if only is not None and kid not in only:
            continue
        ke = template.key_element(kid)
        sec = ke.section_id
        own = _own_passages(p_sections, sec)
        ke_refs = set()
        for t in [ke.en, *ke.texts.values()]:
            ke_refs |= set(_LEGAL_REF_RE.findall(t))
        ke_refs -= {"2024/1351"}  # the framework regulation is cited everywhere
        # within its own section: for how many passages is this element the closest of the section's elements
        siblings = np.flatnonzero(ke_section == sec)
        if own.any():
            local = centred[np.ix_(siblings, np.flatnonzero(own))]
            own_top = int((siblings[local.argmax(axis=0)] == row).sum())
            own_share = own_top / int(own.sum())
        else:
            own_top, own_share = 0, 0.0
        out[kid] = {
            "max_centred": float(best_c[row]),
            "sent_centred": float(s_centred[row].max()),
            "z_doc": float(z_doc[row]),
            "own_centred": float(centred[row, own].max()) if own.any() else -0.05,
            "n_top": math.log1p(int((top_owner == row).sum())),
            "own_words": math.log1p(section_words.get(sec, 0)),
            "legal_ref": float(bool(ke_refs & refs_in_text)),
            "ex_max": float(ex[row].max()) if ex is not None else 0.0,
            "ex_centred": math.log1p(float(ex[row].sum())) if ex is not None else 0.0,
            "ex_own": float(ex[row, own].max()) if ex is not None and own.any() else 0.0,
            "z_centred": float(z_centred[row]),
            "top2_centred": float(top2[row]),
            "own_top": math.log1p(own_top),
            "own_share": float(own_share),
            "pr_max": float(pr[row].max()) if pr is not None else 0.0,
            "pr_own": float(pr[row, own].max()) if pr is not None and own.any() else 0.0,
            "q_unanswered": float(unanswered.get(kid, False)),
            "comb_max": float(comb[row].max()),
            "topic_doc": float(topic_doc),
            "ex_topic": float(ex_t[row].max()) if ex_t is not None else 0.0,
            "pr_topic": float(pr_t[row].max()) if pr_t is not None else 0.0,
            "topic_best": float(topic[best_comb[row]]),
            "n_aspects": math.log(n_asks.get(kid, 1)),
            "asp_section": aspect_section_evidence(matches, kid, _own_passages(sent_sections, sec)),
        }
        if s_own is not None:
            own_s = _own_passages(s_sections, sec)
            out[kid]["prs_own"] = float(s_own[1][row, own_s].max()) if own_s.any() else 0.0
            out[kid]["exs_own"] = float(s_own[0][row, own_s].max()) if own_s.any() else 0.0
        else:
            out[kid]["prs_own"] = out[kid]["exs_own"] = 0.0
        if win is not None:
            out[kid] |= _window_features(win, row, sec, section_written=bool(own.any()))
    return out


WINDOW_FEATURES: tuple[str, ...] = ("win_ex_own", "win_pr_own", "win_ex_topic", "win_pr_topic", "win_own_centred")
"""Features of a key element's best sentence window (``win`` = 1 when it has one), scored as a unit of its own."""


def _window_units(matches: Matches, p_sections: np.ndarray) -> tuple[np.ndarray, ...] | None:
    """(section of each unit (U,), its votes (K, U), probe (K, U), topicality (U,), centred cosine (K, U), its focus:
    the key element its vote + probe rank first (U,), whether it may evidence a key element outside its own section
    (U,), whether it may evidence one of a section below its own (U,): a window of one unit, :data:`PARENT_UNITS`);
    None without any unit.

    The units are the sentence windows; in a document whose segmentation places nothing (its answer passages stand in
    one section or none: a one-paragraph summary, an action plan as one table, a strategy answering everything under
    one heading) also its one-sentence passages, and its windows of one unit (a sentence, a table row, a clause,
    :func:`analyser.text.split_sentences`) may evidence any key element: their own section says nothing of where
    they belong. Windows of two or three units stay in their own section (a window of two table rows of other
    topics read as context, 1.a / 1.b, in the Slovak action table).
    """
    k = len(matches.key_element_ids)
    wex, wpr = matches.window_exemplar_sim, matches.window_probe_sim
    if wex is None or wpr is None or matches.window_passage is None:
        if matches.exemplar_sim is None:
            return None
        wex = wpr = np.zeros((k, 0), dtype=np.float32)
        w_pass, spans = np.zeros(0, dtype=np.int64), np.zeros((0, 2), dtype=np.int64)
        topic = wsim = None
    else:
        w_pass = np.asarray(matches.window_passage, dtype=np.int64)
        spans = (np.asarray(matches.window_sentences, dtype=np.int64) if matches.window_sentences is not None
                 else np.zeros((len(w_pass), 2), dtype=np.int64))
        topic, wsim = matches.window_topic_sim, matches.window_sim
    topic = topic if topic is not None else np.ones(wex.shape[1], dtype=np.float32)
    wsim = wsim if wsim is not None else np.zeros_like(wex)
    centred = wsim - wsim.mean(axis=0, keepdims=True) if wsim.shape[1] else wsim
    sections = p_sections[w_pass]
    one = (spans[:, 1] - spans[:, 0]) == 1
    anywhere = np.zeros(wex.shape[1], dtype=bool)
    if UNPLACED_UNITS and len(set(p_sections.tolist())) <= 1:
        anywhere = one.copy()
        n_sent = np.bincount(np.asarray(matches.sentence_passage, dtype=np.int64), minlength=len(p_sections))
        single = np.flatnonzero(n_sent == 1)  # a one-sentence passage is a unit of its own (it has no window)
        if len(single) and matches.exemplar_sim is not None and matches.probe_sim is not None:
            p_topic = matches.topic_sim if matches.topic_sim is not None else np.ones(len(p_sections), dtype=np.float32)
            psim = matches.passage_sim
            p_centred = psim - psim.mean(axis=0, keepdims=True)
            sections = np.concatenate([sections, p_sections[single]])
            wex = np.concatenate([wex, matches.exemplar_sim[:, single]], axis=1)
            wpr = np.concatenate([wpr, matches.probe_sim[:, single]], axis=1)
            topic = np.concatenate([topic, p_topic[single]])
            centred = np.concatenate([centred, p_centred[:, single]], axis=1)
            anywhere = np.concatenate([anywhere, np.ones(len(single), dtype=bool)])
            one = np.concatenate([one, np.ones(len(single), dtype=bool)])
    if wex.shape[1] == 0:
        return None
    return sections, wex, wpr, topic, centred, (wex + wpr).argmax(axis=0), anywhere, one & PARENT_UNITS


def _window_features(win: tuple[np.ndarray, ...], row: int, section_id: str, section_written: bool = True) -> dict[str, float]:
    """The ``win_*`` features of key element ``row``: its best window (on vote + probe) among the windows of its own
    section (or, in a document whose segmentation places nothing, the units that may stand anywhere) whose focus it
    is; ``{"win": 0.0}`` when none is. The window's vote and probe are weighted by its
    topicality against the negatives (absolute evidence): unweighted, the training negatives' coverage-if-in-scope
    rose from 50 to 67 key elements and sk's absconding sentence read as employer sanctions (0.22 -> partial 0.60).
    In a document whose segmentation places its passages, a window of one unit standing in a section above the key
    element's own (``section_id`` starts with its number and a dot) counts too when the key element's own section
    holds no passage (``section_written`` False: :data:`PARENT_UNITS`)."""
    sections, wex, wpr, topic, centred, focus, anywhere, one = win
    own = _own_passages(sections, section_id)
    # a unit of one sentence, row or clause standing in a section above the key element's, which the strategy did not
    # write (a table of measures under "2. Measures", no 2.3.3 heading): its section does not say which it answers
    above = np.zeros(len(sections), dtype=bool) if section_written else (
        one & np.isin(np.asarray(sections).astype(str), _ancestors(section_id)))
    mine = (own | anywhere | above) & (focus == row)
    if not mine.any():
        return {"win": 0.0}
    j = int(np.flatnonzero(mine)[np.argmax((wex[row] + wpr[row])[mine])])
    return {"win": 1.0, "win_ex_own": float(wex[row, j] * topic[j]), "win_pr_own": float(wpr[row, j] * topic[j]),
            "win_ex_topic": float(wex[row, j] * topic[j]), "win_pr_topic": float(wpr[row, j] * topic[j]),
            "win_own_centred": float(centred[row, j])}


def unit_views(feats: Mapping[str, float]) -> list[Mapping[str, float]]:
    """The feature views a key element is scored on: its passages' and, when it has one, its best sentence window's.

    The window view is the passage view with the window's own-section evidence in place of the passages' where it
    is stronger (``ex_own``, ``pr_own``, ``ex_max``, ``pr_max``, ``ex_topic``, ``pr_topic``, ``own_centred``): a
    paragraph that answers three key elements, one sentence each, is read per window as well, by the same
    calibration (:meth:`Calibration.p_covered` takes the better view).
    """
    if not feats.get("win"):
        return [feats]
    view = dict(feats)
    for name, src in (("ex_own", "win_ex_own"), ("pr_own", "win_pr_own"), ("ex_max", "win_ex_own"), ("pr_max", "win_pr_own"),
                      ("ex_topic", "win_ex_topic"), ("pr_topic", "win_pr_topic"), ("own_centred", "win_own_centred")):
        view[name] = max(float(feats.get(name, 0.0)), float(feats.get(src, 0.0)))
    return [feats, view]


def _aspect_counts(aspects: AspectSet | None) -> dict[str, int]:
    """Key element id -> number of its aspects in ``aspects`` (None: the shipped ``data/aspects.yaml``, as
    :meth:`analyser.bundle.ModelBundle.load` reads it by default)."""
    return (aspects if aspects is not None else _shipped_aspects()).counts()


@functools.lru_cache(maxsize=1)
def _shipped_aspects() -> AspectSet:
    """The shipped aspect definitions, read once (callers without a :class:`~analyser.bundle.ModelBundle`)."""
    from .aspects import load_aspects

    return load_aspects()


def aspect_section_evidence(matches: Matches, key_element_id: str, own_sentences: np.ndarray) -> float:
    """``asp_section``: the weakest ask of a key element judged over the sentences of its own section.

    For each aspect of the key element (columns of ``matches.sentence_aspect_z`` whose
    ``aspect_key_elements`` is ``key_element_id``), the mean of its :data:`ASP_SECTION_TOP` largest
    sentence z-scores among ``own_sentences`` (fewer when the section has fewer sentences); the minimum over the
    aspects. An addressed answer answers every ask somewhere in its section; a partial one leaves one out.
    Z-scores within a sentence, so neither the language nor the length of the document sets the zero point.

    Args:
        matches: the document's matches (``sentence_aspect_z`` (S, A), ``aspect_key_elements`` (A,)).
        key_element_id: the key element.
        own_sentences: bool (S,): the sentences standing in its own section (:func:`_own_passages` of the
            sentences' sections).

    Returns:
        The feature; :data:`ASP_SECTION_NONE` without own sentences, aspects or ``sentence_aspect_z``.
    """
    z = matches.sentence_aspect_z
    if z is None or not len(z) or not own_sentences.any():
        return ASP_SECTION_NONE
    cols = [j for j, k in enumerate(matches.aspect_key_elements) if k == key_element_id]
    if not cols:
        return ASP_SECTION_NONE
    sub = -np.sort(-z[np.ix_(np.flatnonzero(own_sentences), np.asarray(cols, dtype=np.int64))], axis=0)[:ASP_SECTION_TOP]
    return float(sub.mean(axis=0).min())


def _ancestors(section_id: str) -> list[str]:
    """The sections above ``section_id`` ("2.3.3" -> ["2", "2.3"]): every ``u`` with ``section_id.startswith(u + ".")``."""
    return [section_id[:i] for i, ch in enumerate(section_id) if ch == "."]


def _own_passages(p_sections: np.ndarray, section_id: str) -> np.ndarray:
    """bool (P,): the passages standing in the key element's own section.

    A section with no answer text of its own whose direct subsections have some (a real strategy
    answering "2.2" entirely under 2.2.1 and 2.2.2) answers its general ask (``2.2.p``) in those
    subsections: they count as its own then. Only direct subsections (2.2.1, not 2.2.1.x; for
    section 2: 2.1 … 2.6), so a single chapter (2.3.x only) does not lend its text to ``2.p``.
    Structure only, the same in every language.
    """
    own = p_sections == section_id
    if not own.any():
        prefix = section_id + "."
        own = np.array([s.startswith(prefix) and "." not in s[len(prefix):] for s in p_sections.astype(str)], dtype=bool)
    return own


_SKIP_ROLES = frozenset({"header_footer", "footnote"})
_TEMPLATE_ROLES = frozenset({"section_heading", "template_instruction", "template_question"})


def _unanswered_questions(seg: Segmentation) -> dict[str, bool]:
    """Key elements whose reproduced question is left without an answer in a section filled in like a form.

    A section is "answered under each question" when two of its reproduced
    questions other than the last (the first of two) are directly followed by answer text; in such
    a section a question followed straight by the next template text is
    unanswered. A section with a single question counts when the document
    has at least two such sections. Sections that list all questions first
    (answers after the last one) flag nothing. Structure only: the same in
    every language.
    """
    blocks = [sb for sb in seg.blocks if sb.role not in _SKIP_ROLES]
    by_section: dict[str, list[tuple[str, int]]] = {}
    seen: set[str] = set()
    for i, sb in enumerate(blocks):
        if sb.role != "template_question" or not sb.key_element_id or sb.key_element_id in seen:
            continue  # a question met twice is answer text taken for template text: only the first counts
        seen.add(sb.key_element_id)
        n = 0
        for nxt in blocks[i + 1 :]:
            if nxt.role in _TEMPLATE_ROLES:
                break
            if nxt.role in ("answer", "answer_list_item"):
                n += len(nxt.block.text.split())
        by_section.setdefault(sb.section_id or "", []).append((sb.key_element_id, n))
    # interleaved: at least two questions other than the last (one in a two-question section) have their answer beneath
    form = {sec for sec, qs in by_section.items()
            if len(qs) >= 2 and sum(n > 0 for _, n in qs[:-1]) >= min(2, len(qs) - 1)}
    out: dict[str, bool] = {}
    for sec, qs in by_section.items():
        if sec in form or (len(qs) == 1 and len(form) >= 2):
            for kid, n in qs:
                out[kid] = n == 0
    return out


def _z(v: np.ndarray) -> np.ndarray:
    return (v - v.mean()) / (v.std() or 1.0)


# --------------------------------------------------------------------------- calibration


@dataclass(frozen=True)
class Calibration:
    """Two logistic models over :data:`FEATURES` (standardised).

    Attributes:
        model: encoder name the calibration was fitted with.
        version: analyser version that fitted it.
        mean, scale: (F,) feature standardisation.
        covered_coef, covered_intercept: P(label != absent).
        addressed_coef, addressed_intercept: P(label == addressed | covered).
        fitted_on: doc_ids used.
        covered_threshold: score at or above which an element is covered
            (chosen when fitting; the score itself stays a probability).
        addressed_threshold: P(addressed | covered) at or above which a
            covered element is addressed rather than partial.
    """

    model: str
    version: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    covered_coef: tuple[float, ...]
    covered_intercept: float
    addressed_coef: tuple[float, ...]
    addressed_intercept: float
    fitted_on: tuple[str, ...] = ()
    covered_threshold: float = 0.5
    addressed_threshold: float = 0.5

    def _x(self, feats: Mapping[str, float]) -> np.ndarray:
        x = np.array([feats.get(f, 0.0) for f in self.features], dtype=np.float64)
        return (x - np.array(self.mean)) / np.array(self.scale)

    def _p_cov(self, feats: Mapping[str, float]) -> float:
        return _sigmoid(float(self._x(feats) @ np.array(self.covered_coef) + self.covered_intercept))

    def _view(self, feats: Mapping[str, float]) -> Mapping[str, float]:
        views = unit_views(feats) if WINDOW_UNITS else [feats]
        return max(views, key=self._p_cov) if len(views) > 1 else views[0]

    def p_covered(self, feats: Mapping[str, float]) -> float:
        """Calibrated probability in [0, 1] that the element is at least partially addressed (the better of its
        passage and sentence-window views, :func:`unit_views`)."""
        return self._p_cov(self._view(feats))

    def p_addressed(self, feats: Mapping[str, float]) -> float:
        """Probability in [0, 1] that a covered element is fully addressed, on its passage view.

        A sentence window may show that a key element is covered (:meth:`p_covered`), but whether the answer is
        whole is read from the passages, the view the addressed model is fitted on: on the window view, a
        window's strong own-section evidence read as a full answer (leave-one-document-out, ninth session: label
        from the aspects 0.900 -> 0.902 dev, nl-2025 0.773 -> 0.795; three-class of the coverage label 0.899 -> 0.902,
        nl-2025 0.750 -> 0.773; covered vs absent unchanged).
        """
        return _sigmoid(float(self._x(feats) @ np.array(self.addressed_coef) + self.addressed_intercept))

    def to_json(self) -> dict:
        """The calibration file's object (``data/calibration/<model>.json``): every field, tuples as lists."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items()}

    @classmethod
    def from_json(cls, data: Mapping) -> Calibration:
        """A calibration from :meth:`to_json`'s object; TypeError for an unknown or missing field."""
        fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        return cls(**fields)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def default_calibration_path(model: str) -> Path:
    """Where the shipped calibration of ``model`` lives (package data)."""
    return Path(str(resources.files("analyser") / "data" / "calibration" / f"{model}.json"))


def load_calibration(model: str, path: str | Path | None = None) -> Calibration:
    """Load the calibration for ``model``; an uncalibrated prior when none is stored.

    Raises:
        ScoreError: E401 when a given file is unreadable or malformed.
    """
    p = Path(path) if path else default_calibration_path(model)
    if not p.exists():
        if path:
            raise ScoreError(Errors.E401, path=str(p), reason="file not found")
        logger.info("no calibration for model %s: using the uncalibrated prior", model)
        return _prior(model)
    try:
        return Calibration.from_json(json.loads(p.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError) as exc:
        raise ScoreError(Errors.E401, path=str(p), reason=str(exc)) from exc


def _prior(model: str) -> Calibration:
    """Hand-set weights used before any calibration exists (e.g. with the test encoder)."""
    coef = {"ex_max": 1.0, "ex_own": 0.5, "pr_max": 1.0, "pr_own": 0.5, "own_centred": 0.8, "own_share": 0.5,
            "comb_max": 1.0, "q_unanswered": -1.0, "topic_doc": 0.0, "ex_topic": 0.0, "pr_topic": 0.0, "topic_best": 0.0}
    mean = {"ex_max": 0.3, "ex_own": 0.2, "pr_max": 0.3, "pr_own": 0.2, "own_centred": 0.0, "own_share": 0.2,
            "comb_max": 0.15, "q_unanswered": 0.0}
    scale = {"ex_max": 0.2, "ex_own": 0.2, "pr_max": 0.2, "pr_own": 0.2, "own_centred": 0.03, "own_share": 0.3,
             "comb_max": 0.15, "q_unanswered": 1.0}
    return Calibration(
        model=model,
        version=__version__,
        features=FEATURES,
        mean=tuple(mean.get(f, 0.0) for f in FEATURES),
        scale=tuple(scale.get(f, 1.0) for f in FEATURES),
        covered_coef=tuple(coef.get(f, 0.0) for f in FEATURES),
        covered_intercept=1.0,
        addressed_coef=tuple(coef.get(f, 0.0) for f in FEATURES),
        addressed_intercept=0.0,
        fitted_on=(),
    )


def fit_calibration(
    rows: Sequence[tuple[str, Mapping[str, float], str]],
    model: str,
    *,
    sample_weight: Sequence[float] | None = None,
    features: Sequence[str] | None = None,
) -> Calibration:
    """Fit both logistic models (decision thresholds 0.5; see :func:`analyser.calibrate.fit_from_examples`).

    Args:
        rows: (doc_id, features, gold label) per key element and document.
        model: encoder name to record.
        sample_weight: optional weight per row.
        features: feature names to use (default :data:`FEATURES`); the covered model leaves those of
            :data:`ADDRESSED_ONLY` out (its coefficients there are 0).

    Returns:
        The fitted :class:`Calibration`.
    """
    from sklearn.linear_model import LogisticRegression

    names = tuple(features or FEATURES)
    x = np.array([[f.get(name, 0.0) for name in names] for _, f, _ in rows], dtype=np.float64)
    labels = [lab for _, _, lab in rows]
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    xs = (x - mean) / scale
    w = np.ones(len(rows)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    y_cov = np.array([lab != "absent" for lab in labels], dtype=int)
    cov_cols = np.array([name not in ADDRESSED_ONLY for name in names])
    cov = LogisticRegression(C=COVERED_C, max_iter=2000).fit(xs[:, cov_cols], y_cov, sample_weight=w)
    covered_coef = np.zeros(len(names))
    covered_coef[cov_cols] = cov.coef_[0]
    mask = y_cov == 1
    y_add = np.array([lab == "addressed" for lab in labels], dtype=int)[mask]
    add = LogisticRegression(C=ADDRESSED_C, max_iter=2000).fit(xs[mask], y_add, sample_weight=w[mask])
    return Calibration(
        model=model,
        version=__version__,
        features=names,
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        covered_coef=tuple(float(v) for v in covered_coef),
        covered_intercept=float(cov.intercept_[0]),
        addressed_coef=tuple(float(v) for v in add.coef_[0]),
        addressed_intercept=float(add.intercept_[0]),
        fitted_on=tuple(sorted({d for d, _, _ in rows})),
    )


# --------------------------------------------------------------------------- scoring


def score(
    matches: Matches,
    seg: Segmentation,
    template: Template,
    calibration: Calibration,
    cfg: ScoreConfig | None = None,
    scope: ScopeDecision | None = None,
    aspects: AspectSet | None = None,
) -> dict[str, Coverage]:
    """Coverage of every key element.

    Args:
        scope: the document's scope decision (:func:`analyser.scope.assess_scope`
            on these ``matches`` and ``seg``; None: computed here); its score is the
            ``topic_doc`` feature. Out of scope, every element is ``absent``
            with no evidence and its score is P(covered) × the scope score.
        aspects: the run's aspect definitions (``ModelBundle.aspects``; the ``n_aspects`` feature);
            None: the shipped ``data/aspects.yaml``.

    Returns:
        Key element id → :class:`Coverage` (all 44, Annex order). Absent
        elements carry no evidence; ``misplaced`` is True when the best
        evidence stands outside the element's own section.
    """
    cfg = cfg or ScoreConfig()
    scope = scope or assess_scope(matches, seg)
    feats = compute_features(matches, seg, template, scope_score=scope.score, aspects=aspects)  # the scope cues are computed once
    cov_t = calibration.covered_threshold if cfg.covered_threshold is None else cfg.covered_threshold
    add_t = calibration.addressed_threshold if cfg.addressed_threshold is None else cfg.addressed_threshold
    block_text = {sb.block.id: sb.block.text for sb in seg.blocks}
    s_pages = sentence_pages(matches)
    out: dict[str, Coverage] = {}
    sim = matches.passage_sim
    centred = sim - sim.mean(axis=0, keepdims=True) if sim.shape[1] else sim
    s_rank = _sentence_rank(matches)
    for row, kid in enumerate(matches.key_element_ids):
        f = feats[kid]
        p = calibration.p_covered(f)
        if not scope.in_scope:
            p *= scope.score
        covered = scope.in_scope and p >= cov_t
        label: Label
        if not covered:
            label = "absent"
        elif calibration.p_addressed(f) >= add_t:
            label = "addressed"
        else:
            label = "partial"
        evidence: list[Evidence] = []
        misplaced = False
        if covered and sim.shape[1]:
            for j in _evidence_order(matches, row, centred, template.key_element(kid).section_id)[: cfg.max_evidence]:
                psg = matches.passages[int(j)]
                best = _best_sentence_index(matches, row, int(j), s_rank)
                sentence = None if best is None else matches.sentences[best]
                block_id = _sentence_block(sentence, psg.block_ids, block_text)
                evidence.append(
                    Evidence(
                        passage_id=psg.id,
                        block_id=block_id,
                        page=psg.page if best is None else s_pages[best],
                        section_id=psg.section_id,
                        text=psg.text,
                        similarity=round(float(sim[row, j]), 4),
                        sentence=sentence,
                    )
                )
            misplaced = evidence[0].section_id != template.key_element(kid).section_id
        out[kid] = Coverage(
            key_element_id=kid,
            label=label,
            score=round(p, 4),
            evidence=tuple(evidence),
            misplaced=misplaced,
            features={k: round(v, 5) for k, v in f.items()},
        )
    return out


def _sentence_block(sentence: str | None, block_ids: tuple[str, ...], block_text: dict[str, str]) -> str:
    """The block of a passage that holds its best sentence; else the first block."""
    if sentence:
        probe = " ".join(sentence.split())[:60]
        for bid in block_ids:
            if probe and probe in " ".join(block_text.get(bid, "").split()):
                return bid
    return block_ids[0]


def _evidence_order(matches: Matches, row: int, centred: np.ndarray, section_id: str) -> list[int]:
    """Passages ranked as evidence for key element ``row``, best first.

    Rank by the element's specific similarity (``centred``) plus the k-NN
    evidence vote (both roughly on [0, 0.5] after scaling), with a small bonus
    for the element's own section; fragments under five words (list-item
    stubs such as "i. de meerderjarige echtgenoot;") never lead.
    """
    rank = 5.0 * centred[row].astype(np.float64)
    if matches.exemplar_sim is not None:
        rank = rank + matches.exemplar_sim[row]
    own = np.array([p.section_id == section_id for p in matches.passages])
    rank = rank + 0.05 * own
    short = np.array([len(p.text.split()) < 5 for p in matches.passages])
    rank = rank - 1.0 * short
    return [int(j) for j in np.argsort(-rank)]


def _sentence_rank(matches: Matches) -> np.ndarray:
    """float (K, S): how well each sentence evidences each key element, to pick a passage's matching sentence.

    The sentence's cosine to the element's wording minus its mean cosine to all elements (a
    short or generic sentence is close to every query: raw cosines picked "A return decision
    is issued with the rejection" as the Dublin sentence of a paragraph that also names the
    Dublin transfers), times 5 as in :func:`_evidence_order`, plus the evidence bank's k-NN vote
    and probe on the sentence itself (:func:`analyser.match.sentence_evidence`) when there is a bank.
    """
    ssim = matches.sentence_sim.astype(np.float64)
    if ssim.shape[1] == 0:
        return ssim
    rank = 5.0 * (ssim - ssim.mean(axis=0, keepdims=True))
    for extra in (matches.sentence_exemplar_sim, matches.sentence_probe_sim):
        if extra is not None and extra.shape == ssim.shape:
            rank = rank + extra
    return rank


def _best_sentence_index(matches: Matches, row: int, passage_index: int, rank: np.ndarray | None = None) -> int | None:
    """Index into ``matches.sentences`` of the passage's sentence that best evidences key element ``row``; None without sentences.

    Args:
        rank: (K, S) :func:`_sentence_rank` of ``matches`` (computed here when None).
    """
    idx = np.flatnonzero(matches.sentence_passage == passage_index)
    if idx.size == 0:
        return None
    rank = _sentence_rank(matches) if rank is None else rank
    return int(idx[int(np.argmax(rank[row, idx]))])


