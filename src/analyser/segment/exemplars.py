"""The k-NN bank of annotated answers per section (load, build, vote).

Shipped in ``analyser/data`` per model; built by ``analyser banks build`` (:mod:`analyser.bank_build`);
a run reads it once, through :class:`analyser.bundle.ModelBundle`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from ..embed import Encoder, load_vector_bank, save_vector_bank
from ..text import count_words


EXEMPLAR_ROLES = ("answer", "answer_list_item", "answer_heading")


@dataclass(frozen=True)
class SectionExemplars:
    """Answer passages of annotated strategies with their Annex section: a k-NN bank.

    Free-form strategies are placed by what their text is about; the closest
    member-state answers of annotated strategies (in any language) say which
    section such text serves far better than the template's own wording does.

    Attributes:
        model: encoder name the vectors were made with.
        vectors: float32 (n, dim), L2-normalised passage embeddings.
        section_ids: (n,) section id of each exemplar.
        doc_ids: (n,) source document of each exemplar; a document is never
            placed with its own exemplars.
    """

    model: str
    vectors: np.ndarray
    section_ids: np.ndarray
    doc_ids: np.ndarray

    def _candidates(self, n: int, section_ids: Sequence[str], doc_id: str) -> tuple[np.ndarray, np.ndarray]:
        """(bool mask of the exemplars that may vote: of the candidate sections, not of ``doc_id``; the float32
        (n, len(section_ids)) uniform scores a block without neighbours gets)."""
        keep = (self.doc_ids != doc_id) & np.isin(self.section_ids, list(section_ids))
        return keep, np.full((n, len(section_ids)), 1.0 / max(len(section_ids), 1), dtype=np.float32)

    def section_scores(self, vecs: np.ndarray, section_ids: Sequence[str], doc_id: str, k: int = 10, temperature: float = 20.0) -> np.ndarray:
        """Soft k-NN vote per section.

        Args:
            vecs: (n, dim) L2-normalised passage embeddings of the blocks.
            section_ids: the candidate sections (columns of the result).
            doc_id: the document being placed (its own exemplars are skipped).
            k: neighbours per block; votes are weighted by exp(temperature · cosine)
                and by 1/√(section size in the bank), against the pull of large sections.

        Returns:
            float32 (n, len(section_ids)); rows sum to 1 (uniform when no neighbour).
        """
        keep, out = self._candidates(len(vecs), section_ids, doc_id)
        if not keep.any() or len(vecs) == 0:
            return out
        bank, labels = self.vectors[keep], self.section_ids[keep]
        col_of = {s: c for c, s in enumerate(section_ids)}
        # large sections (the context section speaks of everything) would win
        # every vote: weigh each neighbour by 1/√(size of its section in the bank)
        sizes = {s: int((labels == s).sum()) for s in set(labels.tolist())}
        prior = np.array([1.0 / math.sqrt(sizes[s]) for s in labels])
        sims = vecs @ bank.T
        top = np.argsort(-sims, axis=1)[:, :k]
        for r in range(len(vecs)):
            w = np.exp(temperature * (sims[r, top[r]] - sims[r, top[r]].max())) * prior[top[r]]
            row = np.zeros(len(section_ids), dtype=np.float64)
            np.add.at(row, [col_of[labels[j]] for j in top[r]], w)
            out[r] = row / row.sum()
        return out


    def language_corrected_scores(
        self, vecs: np.ndarray, section_ids: Sequence[str], doc_id: str, k: int = 10, k_per_document: int = 3, temperature: float = 20.0
    ) -> np.ndarray:
        """Soft k-NN vote per section, corrected for the language of the cosines (``SegmentConfig.language_corrected_vote``).

        e5 cosines depend on language as much as on topic: over the whole bank
        the nearest answers of a German block are the German strategy's answers,
        whatever they are about, so the one strategy in the block's language
        would decide the vote. Two votes that do not hang on that are mixed:

        * per strategy (weight 2/3): inside one annotated strategy every answer
          shares a language, so its ``k_per_document`` nearest answers say which
          of *its* sections the block is most like — a question of topic; every
          strategy casts one such vote with equal weight, each neighbour weighted
          by 1/√(size of its section in that strategy) (a strategy's context
          section speaks of everything and would otherwise win its vote; with
          1/size a parent section's single introduction ("2.3", one answer in
          most strategies) outweighed seven answers of a sub-section and took
          the Dutch mixed documents' integration chapter: free parts 0.55/0.71,
          1.00/1.00 with 1/√size, development corpus unchanged);
        * over the bank (weight 1/3), with each strategy's cosines taken relative
          to their mean for the block (the language's level removed): the ``k``
          nearest answers of any strategy vote, each weighted by 1/√(size of its
          section in the bank), so a strategy that answers this topic closely counts most.

        Measured with e5 (``scripts/dev_segment.py``): the per-strategy vote alone
        places the free chapters of the issue-14 mixed documents but loses free-form
        development documents to the context section (xp 0.919 → 0.848); the
        relative vote alone keeps those and fixes fewer; the mix keeps both.

        Args:
            vecs: (n, dim) L2-normalised passage embeddings of the blocks.
            section_ids: the candidate sections (columns of the result).
            doc_id: the document being placed (its own exemplars are skipped).
            k, k_per_document: neighbours over the bank and within each strategy.
            temperature: votes are weighted by exp(temperature · (cosine − best cosine)).

        Returns:
            float32 (n, len(section_ids)); rows sum to 1 (uniform when no neighbour).
        """
        keep, out = self._candidates(len(vecs), section_ids, doc_id)
        if not keep.any() or len(vecs) == 0:
            return out
        bank, labels, docs = self.vectors[keep], self.section_ids[keep], self.doc_ids[keep]
        col_of = {s: c for c, s in enumerate(section_ids)}
        cols = np.array([col_of[s] for s in labels])
        rows = np.arange(len(vecs))[:, None]
        sims = vecs @ bank.T

        def vote(part: np.ndarray, part_cols: np.ndarray, prior: np.ndarray, kk: int) -> np.ndarray:
            top = np.argsort(-part, axis=1)[:, :kk]
            best = part[rows, top]
            w = np.exp(temperature * (best - best[:, :1])) * prior[top]
            v = np.zeros((len(vecs), len(section_ids)), dtype=np.float64)
            np.add.at(v, (np.repeat(rows, top.shape[1], axis=1), part_cols[top]), w)
            return v / v.sum(axis=1, keepdims=True)

        per_doc = np.zeros((len(vecs), len(section_ids)), dtype=np.float64)
        relative = sims.copy()
        strategies = np.unique(docs)
        for d in strategies:
            members = np.flatnonzero(docs == d)
            sizes = {s: int((labels[members] == s).sum()) for s in set(labels[members].tolist())}
            prior = np.array([1.0 / math.sqrt(sizes[s]) for s in labels[members]])
            per_doc += vote(sims[:, members], cols[members], prior, min(k_per_document, len(members)))
            relative[:, members] -= sims[:, members].mean(axis=1, keepdims=True)
        sizes = {s: int((labels == s).sum()) for s in set(labels.tolist())}
        prior = np.array([1.0 / math.sqrt(sizes[s]) for s in labels])
        overall = vote(relative, cols, prior, min(k, len(labels)))
        return (2 * per_doc / len(strategies) / 3 + overall / 3).astype(np.float32)


def exemplar_path(model: str) -> Path:
    """Package-data location of the exemplar bank of ``model``."""
    return Path(str(resources.files("analyser") / "data" / "exemplars" / f"{model}.npz"))


def load_exemplars(model: str, path: Path | None = None) -> SectionExemplars | None:
    """The exemplar bank of ``model`` read from ``path`` (default :func:`exemplar_path`), or None when there is no such file.

    Reads the file on every call (no cache): a run reads it once, in its
    :class:`analyser.bundle.ModelBundle`.
    """
    z = load_vector_bank(path or exemplar_path(model))
    if z is None:
        return None
    return SectionExemplars(model, z["vectors"], z["section_ids"], z["doc_ids"])


def build_exemplars(golds: Sequence[dict], encoder: Encoder, out: Path | None = None) -> Path:
    """Embed the answer blocks of gold-annotated strategies into an exemplar bank.

    Args:
        golds: gold annotations (``gold/SCHEMA.md``).
        encoder: the encoder the bank is for.
        out: target file; defaults to :func:`exemplar_path`. Written atomically.

    Returns:
        The path written.
    """
    texts, secs, docs = [], [], []
    for g in golds:
        for b in g["blocks"]:
            if b["role"] in EXEMPLAR_ROLES and b.get("section") and count_words(b["text"]) >= 3:
                texts.append(b["text"])
                secs.append(b["section"])
                docs.append(g["doc_id"])
    vecs = encoder.encode(texts, kind="passage")
    return save_vector_bank(out or exemplar_path(encoder.name), vecs, section_ids=np.array(secs), doc_ids=np.array(docs))
