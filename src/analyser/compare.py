"""Compare strategies across languages: section similarity and side-by-side comparison.

Works on the stored passage embeddings (:class:`analyser.store.PassageVectors`),
so no model is needed. Multilingual-e5 cosines sit on a compressed scale (two
unrelated passages often score 0.75–0.8, see the e5 model card), which would
make every pair of strategies look alike. Vectors are therefore centred on a
fixed *background* — the mean embedding of answer text from many strategies in
many languages (the section exemplar bank shipped for the model) — before the
cosine is taken: what remains is what a section says beyond "this is migration
policy". The background is fixed, not the mean of the current corpus, so a
pair's similarity does not change with the other documents of the run (with
two documents a corpus mean would make every pair look opposite).

A section's representation is the normalised mean of its centred passage
vectors (a centroid); ``"all"`` uses every answer passage of the document.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

import numpy as np
import pandas as pd

from .store import PassageVectors
from .template import Template

ALL = "all"
"""Pseudo section id for whole-document similarity."""


def _unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(n > 0, n, 1.0)


def _centred(vectors: np.ndarray, background: np.ndarray | None) -> np.ndarray:
    if background is None or not len(vectors):
        return vectors
    return _unit(vectors - background[None, :])


def section_centroids(pv: PassageVectors, background: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """Unit centroid per section of one document's centred passage vectors.

    Args:
        pv: the document's passages and vectors (P, dim).
        background: (dim,) vector subtracted before averaging, or None.

    Returns:
        ``{section_id: (dim,) unit vector}`` for every section with at least
        one passage, plus ``"all"`` when the document has passages.
    """
    if not len(pv.passage_ids):
        return {}
    vecs = _centred(pv.vectors, background)
    out: dict[str, np.ndarray] = {ALL: _unit(vecs.mean(axis=0))}
    sections = np.array([s or "" for s in pv.sections])
    for sid in sorted(set(sections) - {""}):
        out[sid] = _unit(vecs[sections == sid].mean(axis=0))
    return out


def similarity_table(vectors: Mapping[str, PassageVectors], background: np.ndarray | None = None) -> pd.DataFrame:
    """Similarity between every pair of documents, per section and overall.

    Args:
        vectors: ``{doc_id: PassageVectors}``.
        background: see the module docstring.

    Returns:
        DataFrame with columns section, doc_a, doc_b, similarity (centred cosine
        in [-1, 1]); both orders of each pair, no diagonal; a section appears
        for a pair only when both documents have answer passages in it.
    """
    cents = {d: section_centroids(pv, background) for d, pv in vectors.items()}
    rows = []
    for a, b in combinations(sorted(cents), 2):
        for sid in sorted(set(cents[a]) & set(cents[b])):
            sim = float(np.dot(cents[a][sid], cents[b][sid]))
            rows.append((sid, a, b, sim))
            rows.append((sid, b, a, sim))
    return pd.DataFrame(rows, columns=["section", "doc_a", "doc_b", "similarity"])


def passage_pairs(a: PassageVectors, b: PassageVectors, section: str | None, *, top: int = 3,
                  background: np.ndarray | None = None, min_words: int = 8) -> list[dict]:
    """The most similar passage pairs of two documents within one section.

    Pairs are taken greedily by centred cosine, each passage used at most once.
    Passages under ``min_words`` words (list-item stubs such as "a) six
    months;") are left out: they match on form rather than content.

    Returns:
        Up to ``top`` dicts {a_passage, a_text, a_page, b_passage, b_text, b_page, similarity}.
    """
    def keep(pv: PassageVectors, i: int) -> bool:
        return (section in (None, ALL) or pv.sections[i] == section) and len(pv.texts[i].split()) >= min_words

    ia = [i for i in range(len(a.sections)) if keep(a, i)]
    ib = [i for i in range(len(b.sections)) if keep(b, i)]
    if not ia or not ib:
        return []
    sims = _centred(a.vectors[ia], background) @ _centred(b.vectors[ib], background).T
    pairs, used_a, used_b = [], set(), set()
    for flat in np.argsort(-sims, axis=None):
        i, j = divmod(int(flat), sims.shape[1])
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pa_, pb_ = ia[i], ib[j]
        pairs.append({"a_passage": a.passage_ids[pa_], "a_text": a.texts[pa_], "a_page": a.pages[pa_],
                      "b_passage": b.passage_ids[pb_], "b_text": b.texts[pb_], "b_page": b.pages[pb_],
                      "similarity": round(float(sims[i, j]), 4)})
        if len(pairs) == top:
            break
    return pairs


def compare_documents(
    a: PassageVectors,
    b: PassageVectors,
    labels_a: Mapping[str, str],
    labels_b: Mapping[str, str],
    template: Template,
    *,
    languages: tuple[str, str] = ("und", "und"),
    background: np.ndarray | None = None,
    top_pairs: int = 3,
) -> dict:
    """Two strategies side by side, section by section.

    Args:
        a, b: stored passages and vectors of the two documents.
        labels_a, labels_b: ``{key_element_id: label}`` of each document.
        template: the Annex template (section order and key elements).
        languages: the documents' languages, for display.
        background: see the module docstring.
        top_pairs: most similar passage pairs kept per section.

    Returns:
        ``{"a": {doc_id, language}, "b": {...}, "overall_similarity": float | None,
        "sections": [{"section", "similarity", "only_a", "only_b", "both",
        "neither", "pairs"}]}`` in Annex order. ``only_a`` lists the key
        elements A addresses at least partially while B has them absent.
    """
    ca, cb = section_centroids(a, background), section_centroids(b, background)

    def sim(sid: str) -> float | None:
        return round(float(np.dot(ca[sid], cb[sid])), 4) if sid in ca and sid in cb else None

    def covered(labels: Mapping[str, str], kid: str) -> bool:
        return labels.get(kid, "absent") != "absent"

    sections = []
    for section in template.sections:
        kids = [ke.id for ke in section.key_elements]
        sections.append({
            "section": section.id,
            "similarity": sim(section.id),
            "only_a": [k for k in kids if covered(labels_a, k) and not covered(labels_b, k)],
            "only_b": [k for k in kids if covered(labels_b, k) and not covered(labels_a, k)],
            "both": [k for k in kids if covered(labels_a, k) and covered(labels_b, k)],
            "neither": [k for k in kids if not covered(labels_a, k) and not covered(labels_b, k)],
            "pairs": passage_pairs(a, b, section.id, top=top_pairs, background=background),
        })
    return {
        "a": {"doc_id": a.doc_id, "language": languages[0]},
        "b": {"doc_id": b.doc_id, "language": languages[1]},
        "overall_similarity": sim(ALL),
        "sections": sections,
    }


def coverage_matrix(coverage: pd.DataFrame, key_elements: Sequence[str], value: str = "score") -> pd.DataFrame:
    """Document × key element matrix of ``value`` ("score" or "label") from a coverage table.

    Rows are doc_ids (sorted), columns the key elements in Annex order.
    """
    m = coverage.pivot(index="doc_id", columns="key_element", values=value)
    return m.reindex(columns=[k for k in key_elements if k in m.columns]).sort_index()
