"""Parts without Annex headings placed by content.

Block × section similarity to the template wording plus the k-NN vote of
:mod:`.exemplars`, smoothed by a Viterbi pass (:func:`_viterbi`).
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import numpy as np

from ..embed import Encoder
from ..schema import Block
from ..template import Template
from ..text import count_words
from .common import _TemplateRefs, _title_shaped
from .config import SegmentConfig
from .exemplars import SectionExemplars


def _section_similarity(vecs: np.ndarray, refs: _TemplateRefs, section_ids: Sequence[str], top: int = 2) -> np.ndarray:
    """Block × section similarity: mean of the ``top`` best cosines to the section's wording.

    Args:
        vecs: (n, dim) L2-normalised block embeddings.
        refs: template wording (headings, instructions, questions; all languages).
        section_ids: the k candidate sections.

    Returns:
        float32 array (n, k).
    """
    sims = vecs @ refs.vectors.T
    out = np.zeros((len(vecs), len(section_ids)), dtype=np.float32)
    ref_sections = np.array(refs.section_ids)
    for col, sid in enumerate(section_ids):
        cols = np.flatnonzero(ref_sections == sid)
        if cols.size == 0:
            out[:, col] = sims.mean(axis=1)
            continue
        part = np.sort(sims[:, cols], axis=1)[:, -min(top, cols.size):]
        out[:, col] = part.mean(axis=1)
    return out


def _viterbi(emission: np.ndarray, switch_cost: np.ndarray) -> list[int]:
    """Best state path.

    Args:
        emission: (n_blocks, n_states) scores (higher is better).
        switch_cost: (n_blocks,) cost of changing state *at* block i.

    Returns:
        State index per block.
    """
    n, k = emission.shape
    score = emission[0].copy()
    back = np.zeros((n, k), dtype=np.int32)
    for i in range(1, n):
        best_prev = int(np.argmax(score))
        stay = score
        move = score[best_prev] - switch_cost[i]
        take_move = move > stay
        back[i] = np.where(take_move, best_prev, np.arange(k))
        score = np.where(take_move, move, stay) + emission[i]
    path = [int(np.argmax(score))]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def _distinct_chapters(
    path: list[int], heading_rows: Sequence[int], z: np.ndarray, weights: np.ndarray, labelled_rows: AbstractSet[int] = frozenset()
) -> list[int]:
    """In a short part, two chapters placed in the same section: the weaker one moves to its best free section.

    A short part (an excerpt, a few own chapters before the Annex-numbered ones)
    answers each section it covers in one chapter, as a strategy reproduces each
    question once. Chapters run from one heading row to the next (rows before the
    first heading form one too). Each chapter's section is the one most of its
    weight was placed in; when several chapters share it, the one whose
    standardised content score (weighted mean of ``z`` over its rows) for it is
    highest keeps it and the others, strongest first, take the best section no
    chapter holds. Chapters that share no section are left as placed, and so
    are chapters opened by a heading of the document's own numbering
    (``labelled_rows``: "2.1 Staff", "2.2 IT" under Annex 2.6 are one section's
    own sub-division; the outline maps numbered chapters).

    Args:
        path: state per row (the Viterbi path).
        heading_rows: rows that open a chapter.
        z: (n_rows, n_states) standardised content scores.
        weights: (n_rows,) evidence weight of each row.

    Returns:
        The path with each moved chapter's rows on its new section.
    """
    n, k = z.shape
    starts = sorted({0, *heading_rows})
    chapters = [(a, b) for a, b in zip(starts, [*starts[1:], n]) if b > a]
    if len(chapters) < 2 or len(chapters) > k:
        return path
    score = np.vstack([(z[a:b] * weights[a:b, None]).sum(axis=0) / max(float(weights[a:b].sum()), 1e-9) for a, b in chapters])
    placed = []
    for a, b in chapters:
        mass = np.bincount(np.asarray(path[a:b]), weights=weights[a:b], minlength=k)
        placed.append(int(mass.argmax()))
    if len(set(placed)) == len(placed):
        return path
    order = sorted(range(len(chapters)), key=lambda c: -score[c, placed[c]])
    taken: set[int] = set()
    new = list(path)
    for c in order:
        sec = placed[c]
        if sec in taken and chapters[c][0] not in labelled_rows:
            free = [s for s in np.argsort(-score[c]) if int(s) not in taken and int(s) not in placed]
            if not free:
                continue
            sec = int(free[0])
            a, b = chapters[c]
            new[a:b] = [sec] * (b - a)
        taken.add(sec)
    return new


def _with_votes(
    z: np.ndarray, vecs: np.ndarray, bank: SectionExemplars, candidate_sections: Sequence[str], doc_id: str, share: float, weight: float
) -> np.ndarray:
    """Template-wording evidence ``z`` (n, k) mixed with the k-NN vote of annotated answers.

    The vote is ``share`` of the language-corrected vote
    (:meth:`.exemplars.SectionExemplars.language_corrected_scores`) and
    ``1 - share`` of the plain one (:meth:`.exemplars.SectionExemplars.section_scores`);
    it enters as log-votes, standardised, with weight ``weight`` (a confident
    neighbour vote counts, but cannot drown the template evidence).

    Returns:
        float array (n, k): ``weight · votes + (1 − weight) · z``.
    """
    parts = []
    if share < 1.0:
        parts.append((1.0 - share) * bank.section_scores(vecs, candidate_sections, doc_id))
    if share > 0.0:
        parts.append(share * bank.language_corrected_scores(vecs, candidate_sections, doc_id))
    votes = np.log(np.sum(parts, axis=0) + 0.05)
    votes = (votes - votes.mean(axis=1, keepdims=True)) / max(float(votes.std()), 1e-6)
    return weight * votes + (1 - weight) * z


def _align_by_content(
    blocks: Sequence[Block],
    indices: Sequence[int],
    candidate_sections: Sequence[str],
    template: Template,
    refs: _TemplateRefs,
    encoder: Encoder,
    cfg: SegmentConfig,
    body_size: float,
    doc_id: str = "",
    breaks: set[int] | frozenset[int] = frozenset(),
    exemplars: SectionExemplars | None = None,
    out_z: dict[int, dict[str, float]] | None = None,
) -> tuple[dict[int, str], dict[int, float]]:
    """Place blocks ``indices`` in ``candidate_sections`` by meaning, smoothed.

    Changes of section are cheap at heading-shaped blocks and at ``breaks``
    (headings of the document's own numbering, whatever their shape).
    ``exemplars`` is the k-NN bank of annotated answers (None: template wording only).
    ``out_z``, when given, receives per block the standardised content score
    of every candidate section before smoothing (template wording and k-NN vote;
    zero mean per block): the evidence :mod:`.outline` weighs own chapters by.

    Returns:
        (section per block index, confidence in [0, 1] per block index).
    """
    if not indices:
        return {}, {}
    texts = [blocks[i].text for i in indices]
    vecs = encoder.encode(texts, kind="passage")
    sims = _section_similarity(vecs, refs, candidate_sections)  # (n, k)
    # double centring: remove each block's level (language, length) and each
    # section's level (hub sections close to everything), then standardise
    centred = sims - sims.mean(axis=1, keepdims=True)
    if len(indices) >= cfg.min_blocks_for_column_centring:
        centred = centred - centred.mean(axis=0, keepdims=True)
    scale = float(centred.std()) or 1.0
    z = centred / scale
    z_template = z
    # the language-corrected vote where blocks are placed among many sections (free parts); between the
    # two or three sections one heading names ("2.2.1 et 2.2.2") its per-strategy prior favours the smaller
    corrected = cfg.language_corrected_vote and len(candidate_sections) > cfg.corrected_vote_min_sections
    # (mixed with the plain vote by cfg.corrected_vote_share; none of it in a whole free-form document)
    share = cfg.corrected_vote_share if corrected else 0.0
    if exemplars is not None:
        z = _with_votes(z_template, vecs, exemplars, candidate_sections, doc_id, share, cfg.exemplar_weight)
    if out_z is not None:
        # the own chapters' evidence (:mod:`.outline`) always takes the corrected vote's share of the parts
        # with Annex headings, also where the blocks themselves are placed by the plain vote (whole documents)
        chapter_share = cfg.own_chapter_vote_share if corrected else 0.0
        z_out = z
        if exemplars is not None and chapter_share != share:
            z_out = _with_votes(z_template, vecs, exemplars, candidate_sections, doc_id, chapter_share, cfg.exemplar_weight)
        for row, i in enumerate(indices):
            zr = z_out[row] - z_out[row].mean()
            out_z[i] = {sec: float(zr[c]) for c, sec in enumerate(candidate_sections)}
    # short blocks carry little evidence: damp them
    weights = np.array([min(1.0, max(0.25, count_words(t) / 40.0)) for t in texts], dtype=np.float32)
    emission = z * weights[:, None]
    # heading-shaped blocks and plain title lines (an Annex title of up to
    # ``cfg.max_title_words`` words without sentence end) open chapters
    titled = [i in breaks or _title_shaped(blocks[i], body_size, cfg.max_title_words) for i in indices]
    switch = np.array([cfg.heading_switch_cost if t else cfg.switch_cost for t in titled], dtype=np.float32)
    flat = len(indices) < cfg.min_blocks_for_column_centring and not any(titled[1:])
    if flat:
        # a short text without a heading below its first line (a one-page note, a summary): its paragraphs
        # are its only units (the cost of a change at a plain paragraph would put it all in one section),
        # and a first line over it is the document's title, which names no chapter
        switch[:] = cfg.heading_switch_cost
    # a heading names its chapter: its title speaks for the blocks below it
    # (until the next heading), and it takes the section of the text it opens
    heading_rows = [row for row, t in enumerate(titled) if t]
    own = emission.copy()
    title = np.zeros_like(emission[0])
    for row in range(len(indices)):
        if row in heading_rows:
            if not flat:  # a flat text's first line is its title: it names no chapter
                title = (cfg.labelled_title_weight if indices[row] in breaks else cfg.title_weight) * z[row]
        else:
            emission[row] = emission[row] + title
    for row in heading_rows:
        following = own[row + 1 : row + 4]
        if len(following):
            emission[row] = 0.3 * own[row] + following.mean(axis=0) + cfg.title_weight * z[row]
    path = _viterbi(emission, switch)
    if len(indices) < cfg.min_blocks_for_column_centring:
        labelled_rows = {row for row, i in enumerate(indices) if i in breaks}
        path = _distinct_chapters(path, heading_rows, z, weights, labelled_rows)
    soft = np.exp(z - z.max(axis=1, keepdims=True))
    soft /= soft.sum(axis=1, keepdims=True)
    section_of = {i: candidate_sections[p] for i, p in zip(indices, path)}
    confidence = {i: float(soft[row, p]) for row, (i, p) in enumerate(zip(indices, path))}
    return section_of, confidence
