"""Template text versus the member state's answers.

Exact wording of a template pack, cosine to the template wording split in two
classes (Otsu; :func:`_small_sample_split` for short parts), a question
reproduced once, and the key element a template piece belongs to.
"""

from __future__ import annotations

import difflib
import logging
import math
import re
from collections.abc import Collection, Mapping, Sequence

import numpy as np

from ..embed import Encoder
from ..schema import Block
from ..template import Template, normalise
from ..text import count_words
from .common import _NOTE_LINE_RE, _TemplateRefs, _best_string_similarity, _is_furniture, _question_form, _starts_with_dash, match_relabelled_heading, own_label_style, reads_across_languages, translation_likeness
from .config import SegmentConfig
from .headings import _Heading

logger = logging.getLogger(__name__)

_DECIMAL_RE = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s")  # "3.1 Käsittelyajat", "7 Varautuminen"



def _template_scores(
    blocks: Sequence[Block],
    sections: Sequence[str | None],
    refs: _TemplateRefs,
    encoder: Encoder,
    template: Template,
    free: set[int] | frozenset[int] = frozenset(),
    lexical_floor: float = 0.0,
) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Per block: lexical and embedding similarity to the template wording of its section.

    A block placed by content (``free``) is compared with the wording of every
    section, since its section is itself a guess; a block whose normalised
    text is a piece of template wording (:meth:`Template.wording_index`, any
    loaded language) has lexical similarity 1 wherever it stands.

    Returns:
        lexical: (n_blocks,) best difflib ratio to any template piece of the
            block's section (or its merged neighbours), 0–1; exact from
            ``lexical_floor`` up (the threshold the caller compares with), below
            it possibly lower (pieces that cannot reach it are not aligned).
        cosine: (n_blocks,) best cosine to the same pieces.
        best_ref: (n_blocks,) index into ``refs`` of the best piece by cosine, -1 if none.
    """
    n = len(blocks)
    lexical = np.zeros(n, dtype=np.float32)
    cosine = np.full(n, -1.0, dtype=np.float32)
    best_ref = [-1] * n
    idx = [i for i, b in enumerate(blocks) if sections[i] is not None and not _is_furniture(b)]
    if not idx:
        return lexical, cosine, best_ref
    vecs = encoder.encode([blocks[i].text for i in idx], kind="query")
    sims = vecs @ refs.vectors.T
    ref_sections = np.array(refs.section_ids)
    not_heading = np.array(refs.kinds) != "heading"
    exact = template.wording_index()
    for row, i in enumerate(idx):
        sec = sections[i]
        if i in free:
            mask = not_heading
        else:
            assert sec is not None  # idx holds only blocks with a section
            related = {sec}
            parent = template.section(sec).parent_id if sec else None
            if parent:
                related.add(parent)
            mask = np.isin(ref_sections, list(related)) & not_heading
        if not mask.any():
            continue
        cols = np.flatnonzero(mask)
        j = cols[int(np.argmax(sims[row, cols]))]
        cosine[i] = sims[row, j]
        best_ref[i] = int(j)
        norm = normalise(blocks[i].text)
        if norm.rstrip(" .:;?") in exact:
            lexical[i] = 1.0
        else:
            lexical[i] = _best_string_similarity(norm, [refs.normalised[c] for c in cols], floor=lexical_floor)
    return lexical, cosine, best_ref


def _own_title_likeness(
    blocks: Sequence[Block], indices: Sequence[int], refs: _TemplateRefs, encoder: Encoder
) -> tuple[list[str], np.ndarray]:
    """The titles of the heading blocks ``indices`` (own label such as "C." or "Kapitel 3:" cut off, see
    :func:`.common.match_relabelled_heading`) and their translation likeness to every template piece:
    ``(titles, (len(indices), n_refs))`` (:func:`.common.translation_likeness`)."""
    titles = []
    for i in indices:
        relabel = match_relabelled_heading(blocks[i].text)
        titles.append(relabel[1] if relabel else blocks[i].text)
    vecs = encoder.encode(titles, kind="query")
    return titles, translation_likeness(vecs @ refs.vectors.T, refs)


def _heading_likeness(
    blocks: Sequence[Block],
    heading_at: dict[int, _Heading],
    refs: _TemplateRefs,
    encoder: Encoder,
    min_words: float = 0.0,
) -> dict[int, float]:
    """Per own heading (own numbering, title alone): translation likeness of its title to its section's Annex heading.

    About 1 when the heading reproduces the Annex title in some language ("C.
    Gewährleistung ausreichender Kapazitäten …": 0.96–1.01 with e5 on the
    issue-14 documents), lower for a title of the document's own ("Personal,
    Sachmittel und Finanzierung": 0.87–0.93); the label ("C.", "Kapitel 3:") is
    cut off first. The scale is each Annex heading's own translation agreement
    (:func:`.common.translation_likeness`), so no cosine is fixed. A title
    with fewer than ``min_words`` × the words of the shortest rendering of its
    Annex heading in the packs renders only part of it: likeness 0.0.

    Returns:
        block index → likeness (max over the section's heading pieces, all packs).
    """
    own = [i for i, h in heading_at.items() if h.own]
    if not own:
        return {}
    titles, like = _own_title_likeness(blocks, own, refs, encoder)
    kinds = np.array(refs.kinds)
    ref_sections = np.array(refs.section_ids)
    out: dict[int, float] = {}
    for row, i in enumerate(own):
        cols = np.flatnonzero((kinds == "heading") & (ref_sections == heading_at[i].section_ids[0]))
        if cols.size:
            shortest = min(len(refs.normalised[c].split()) for c in cols)
            whole = len(titles[row].split()) >= min_words * shortest
            out[i] = float(like[row, cols].max()) if whole else 0.0
    return out


def _reproduced_questions(
    blocks: Sequence[Block],
    candidates: Sequence[int],
    refs: _TemplateRefs,
    encoder: Encoder,
    level: float,
) -> dict[int, str]:
    """Blocks among ``candidates`` that reproduce an Annex question, and the question's section.

    A block ending in "?" whose translation likeness to its closest template
    question or guidance piece (:func:`.common.translation_likeness`, any
    pack) reaches ``level`` reproduces that piece: it names the section of the
    chapter it stands in, whatever the chapter's own title says ("Capítulo 3:
    Pessoal, meios e orçamento" over the reproduced 2.6 question). Answers
    rarely end in "?"; a list item of an answer that echoes a question's words
    without asking it is not taken.

    Returns:
        block index → section id of the reproduced piece.
    """
    idx = [i for i in candidates if _question_form(blocks[i].text) and not _is_furniture(blocks[i])]
    if not idx:
        return {}
    cols = np.flatnonzero(np.array(refs.kinds) != "heading")
    if not cols.size:
        return {}
    vecs = encoder.encode([blocks[i].text for i in idx], kind="query")
    like = translation_likeness(vecs @ refs.vectors[cols].T, _TemplateRefs(agreement=refs.agreement[cols]))
    out: dict[int, str] = {}
    for row, i in enumerate(idx):
        j = int(np.argmax(like[row]))
        if like[row, j] >= level:
            out[i] = refs.section_ids[int(cols[j])]
    return out


def otsu_split(values: np.ndarray) -> tuple[float, float, int, float]:
    """Two-class split of 1-D values (Otsu's method) and its separation.

    Returns:
        (threshold, ashman_d, n_high, gap): the cut between the classes,
        Ashman's D = |μ₁ − μ₂| / √((σ₁² + σ₂²) / 2) (D > 2 means clearly
        bimodal; Ashman, Bird & Zepf 1994), the size of the upper class and
        the difference of the class means (μ₂ − μ₁, in the values' unit).
    """
    xs = np.sort(np.asarray(values, dtype=np.float64))
    n = len(xs)
    if n < 6:
        return float("inf"), 0.0, 0, 0.0
    best_v, best_k = -1.0, 3
    for k in range(3, n - 2):
        lo, hi = xs[:k], xs[k:]
        v = k * (n - k) * (hi.mean() - lo.mean()) ** 2
        if v > best_v:
            best_v, best_k = v, k
    lo, hi = xs[:best_k], xs[best_k:]
    d = abs(hi.mean() - lo.mean()) / max(math.sqrt((lo.var() + hi.var()) / 2), 1e-9)
    return float((xs[best_k - 1] + xs[best_k]) / 2), float(d), n - best_k, float(hi.mean() - lo.mean())


def _decide_template(
    blocks: Sequence[Block],
    section_of: Sequence[str | None],
    heading_at: dict[int, _Heading],
    lexical: np.ndarray,
    cosine: np.ndarray,
    cfg: SegmentConfig,
    free: set[int] | frozenset[int] = frozenset(),
    parts: Sequence[int] | None = None,
    own_figures: set[int] | frozenset[int] = frozenset(),
) -> list[bool]:
    """Which body blocks reproduce template wording.

    A block is template text when its wording matches the template's in a known
    language (``lexical`` ≥ ``cfg.template_lexical``), or when its cosine to the
    closest template wording of its section falls in the upper class of a
    clearly bimodal distribution over the document's blocks. A reproduced
    question is a translation of a known one and scores like one (≈0.9 for
    e5), well above answers on the same topic; documents that reproduce no
    template show one mode only, and then nothing is taken by cosine. The
    split is made per document, so the language's offset cancels out — and per
    language part (``parts``, :func:`.common.language_parts`) of a strategy
    written one language after the other: e5's cosines shift with the language,
    so one split over both parts cuts between the languages (the Irish
    strategy's English half sits above its Irish half: Ashman D 3.60) and takes
    an answer of the closer language for template text. A part too short for
    Otsu's split is cut at its widest gap (:func:`_small_sample_split`).
    Whichever split is made, a block above the cut that carries figures of its
    own (``own_figures``, :func:`blocks_with_own_figures`: "Every year 1 200 …
    will be returned", 0.900 over answers at 0.843–0.852) is an answer
    paraphrasing its question, not the question: the Annex states no figures
    of a member state. Otsu's split takes such answers too where a short
    strategy's first answers under their headings echo the Annex's words
    ("- Return: 10 000 returns a year …" 0.873–0.885 over answers at
    0.805–0.856, fresh9 #4); only ``lexical`` (the template's own wording)
    takes a block with figures.
    """
    n = len(blocks)
    body = [i for i in range(n) if section_of[i] is not None and i not in heading_at and not _is_furniture(blocks[i])]
    result = [False] * n
    if not body:
        return result
    # the split is made separately for the numbered and the free parts: a
    # block placed by content is compared with all the wording, which lifts its cosine
    part_of = [parts[i] if parts is not None else 0 for i in range(n)]
    bimodal_in: dict[tuple[int, bool], tuple[bool, float]] = {}
    shape_only: dict[tuple[int, bool], bool] = {}
    for key in sorted({(part_of[i], is_free) for i in body for is_free in (False, True)}):
        lang_part, is_free = key
        whole = [i for i in body if part_of[i] == lang_part]
        part = [i for i in whole if (i in free) == is_free]
        if not is_free and len(part) < 4:
            part = whole  # a numbered part of two or three blocks: split with the rest of the document (language part)
        threshold, separation, n_high, gap = otsu_split(cosine[part]) if part else (float("inf"), 0.0, 0, 0.0)
        # a reproduced question scores like a translation of the template (≈0.9+),
        # answers on its topic ≈0.85: the two modes must also lie apart in cosine
        ok = separation >= cfg.template_separation and n_high >= 3 and gap >= cfg.template_gap
        small = False
        if not ok and 0 < len(part) < cfg.small_sample_blocks:
            threshold, ok = _small_sample_split(cosine[part], cfg)
            small = ok
        bimodal_in[key] = (ok, threshold)
        # few blocks placed by content: only a question-shaped block (dash-led
        # or ending in "?") above the cut is taken for template text
        shape_only[key] = small and is_free
        logger.debug("template cosine split %.3f, Ashman D %.2f, gap %.3f, %d high (part %d, free %s, small %s: %s)", threshold,
                     separation, gap, n_high, lang_part, is_free, small, np.round(np.sort(cosine[part]), 3).tolist())
    cos = cosine[body]
    bimodal_at = np.array([bimodal_in[(part_of[i], i in free)][0] for i in body], dtype=bool)
    threshold_at = np.array([bimodal_in[(part_of[i], i in free)][1] for i in body], dtype=np.float32)
    for row, i in enumerate(body):
        by_cosine = bimodal_at[row] and cos[row] > threshold_at[row]
        if by_cosine and shape_only[(part_of[i], i in free)]:
            by_cosine = _starts_with_dash(blocks[i].text) or _question_form(blocks[i].text)
        if by_cosine and i in own_figures:
            # figures of its own: an answer paraphrasing its question, whichever split took it (fresh9 #4)
            by_cosine = False
        if lexical[i] >= cfg.template_lexical or by_cosine:
            result[i] = True
    # layout consistency: when the document sets its template text apart in
    # italics (most found blocks are italic), a non-italic block that only
    # paraphrases the template is the member state's answer
    found = [i for i in body if result[i]]
    if len(found) >= 5 and sum(blocks[i].italic for i in found) >= cfg.italic_share * len(found):
        for i in found:
            if not blocks[i].italic and lexical[i] < cfg.template_lexical:
                result[i] = False
    return result


_FIGURE_RE = re.compile(r"(?<![\d/.,])\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\d/])|(?<![\d/.,])\d{3,}(?![\d/])")
"""A quantity of at least 100 ("1 200", "18.500", "2028"), not part of an act's number ("2008/115")."""


def _figures(text: str) -> set[str]:
    return {re.sub(r"\D", "", m) for m in _FIGURE_RE.findall(text)}


def blocks_with_own_figures(blocks: Sequence[Block], best_ref: Sequence[int], refs: _TemplateRefs) -> set[int]:
    """Blocks that state a figure (a quantity of at least 100, :data:`_FIGURE_RE`) their closest template piece lacks.

    The Annex asks and guides without figures of a member state ("1 200
    returns", "from 4 000 to 14 000 places", "by 2028"); it names only acts
    ("Directive 2008/115/EC"), whose numbers are not counted.

    Returns:
        block indices (``best_ref[i]`` ≥ 0 only).
    """
    out: set[int] = set()
    for i, b in enumerate(blocks):
        j = best_ref[i]
        if j >= 0 and _figures(b.text) - _figures(refs.texts[j]):
            out.add(i)
    return out


def _small_sample_split(values: np.ndarray, cfg: SegmentConfig) -> tuple[float, bool]:
    """Split of a few cosines (a chapter or an excerpt): at their widest gap.

    Too few blocks for Otsu's split and Ashman's D: the values are cut at the
    largest gap between neighbours when that gap is at least
    ``cfg.small_sample_gap`` and wider than ``cfg.small_sample_ratio`` times the
    spread inside each side (two standard deviations below the cut, the range above it) (a reproduced template piece stands apart from the
    answers, which lie close together).

    Returns:
        (threshold, found): the cut, and whether there is one.
    """
    xs = np.sort(np.asarray(values, dtype=np.float64))
    if len(xs) < 4:
        return float("inf"), False
    gaps = np.diff(xs)
    gaps[0] = -1.0  # at least two blocks stay below the cut: the answers
    k = int(np.argmax(gaps))
    lo, hi = xs[: k + 1], xs[k + 1 :]
    # the answers below the cut scatter (their spread is measured by two standard
    # deviations, not their range, which grows with their number); the reproduced
    # pieces above it lie together
    spread = max(2.0 * float(lo.std()), float(hi.max() - hi.min()), 1e-3)
    found = gaps[k] >= cfg.small_sample_gap and gaps[k] >= cfg.small_sample_ratio * spread
    return float((xs[k] + xs[k + 1]) / 2), bool(found)


def _question_reproduced_once(
    blocks: Sequence[Block],
    is_template: Sequence[bool],
    lexical: np.ndarray,
    cosine: np.ndarray,
    best_ref: Sequence[int],
    refs: _TemplateRefs,
    cfg: SegmentConfig,
) -> list[bool]:
    """Give back to the answers a block that only paraphrases a question another block reproduces.

    A strategy reproduces each Annex question once. When two blocks are taken
    for template text by cosine alone (no lexical match) and their closest
    template wording is the same key element's question, the one further from
    it is the member state's answer restating the question ("The strategic
    objective is that every authority … has stable staffing and funding"
    under "— How is the availability of human, material and financial
    resources best ensured …"), unless it is shaped like a question itself
    (dash-led or ending in "?"), as a question repeated before its answer is,
    or copies a stretch of the closer block's wording (the same question cut
    short or relabelled, :func:`_shares_wording`), or is a note line ("(1)
    Directive 2008/115/EC …", the Annex's own footnote in a text file), which
    stays out of the passages. The further block must be at least
    ``cfg.restated_question_margin`` further unless the closer one is shaped as
    a question (ends in "?") and it is not: then the closer one is the
    reproduction at any margin.
    """
    out = list(is_template)
    claimed: dict[str, int] = {}  # key element → the block closest to its question
    for i, taken in enumerate(is_template):
        j = best_ref[i]
        kid = refs.key_element_ids[j] if j >= 0 else None
        if taken and kid and refs.kinds[j] == "question":
            if kid not in claimed or cosine[i] > cosine[claimed[kid]]:
                claimed[kid] = i
    for i, taken in enumerate(is_template):
        j = best_ref[i]
        if not taken or j < 0 or refs.kinds[j] != "question" or lexical[i] >= cfg.template_lexical:
            continue
        text = blocks[i].text
        if _starts_with_dash(text) or _question_form(text) or _NOTE_LINE_RE.match(text):
            continue
        c = claimed.get(refs.key_element_ids[j] or "")
        if c is None or c == i:
            continue
        # the margin tells the reproduction from its restatement when neither is shaped as a question; a block
        # shaped as the question (ending in "?") is the reproduction however close the other comes ("Godišnje
        # vraćamo 3 000 osoba, prvenstveno dobrovoljnim povratkom …" 0.854 under its question's 0.874)
        if cosine[c] < cosine[i] + cfg.restated_question_margin and not _question_form(blocks[c].text):
            continue
        if _shares_wording(text, blocks[c].text):
            continue  # the same question again, cut or relabelled ("Question 5: How can …", "— How can the …")
        out[i] = False
    return out


def _shares_wording(a: str, b: str) -> bool:
    """Whether half of the shorter of two texts (normalised) is one stretch of the longer: a copy, cut or framed."""
    x, y = normalise(a).rstrip("….: "), normalise(b).rstrip("….: ")
    if not x or not y:
        return False
    match = difflib.SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    return match.size >= 0.5 * min(len(x), len(y))


def _template_key_element(template: Template, section_id: str | None, refs: _TemplateRefs, ref: int, role: str) -> str | None:
    if section_id is None:
        return None
    section = template.section(section_id)
    if role == "template_instruction":
        return next((k.id for k in section.key_elements if k.letter == "p"), None)
    if ref >= 0 and refs.key_element_ids[ref] and refs.section_ids[ref] == section_id:
        return refs.key_element_ids[ref]
    return None


def _title_renderings(
    blocks: Sequence[Block],
    indices: Sequence[int],
    refs: _TemplateRefs,
    encoder: Encoder,
    order: Sequence[str],
    min_words: float,
) -> dict[int, np.ndarray]:
    """Per heading block: translation likeness of its title to every section's Annex heading.

    The label ("C.", "Kapitel 3:") is cut off first. Each value is the best
    likeness (:func:`.common.translation_likeness`, any pack) to the section's
    heading pieces, in ``order``; a title with fewer than ``min_words`` × the
    words of the shortest rendering of a section's heading renders only part of
    it: 0.0 for that section.

    An encoder whose packs' own translations of the Annex headings do not
    agree (median cosine below 0.5: the hashing test encoder, which reads no
    language across another) gives no likeness to trust: nothing is returned.

    Returns:
        block index → (len(order),) likeness.
    """
    if not indices or not reads_across_languages(refs, np.flatnonzero(np.array(refs.kinds) == "heading")):
        return {}
    titles, like = _own_title_likeness(blocks, indices, refs, encoder)
    kinds = np.array(refs.kinds)
    ref_sections = np.array(refs.section_ids)
    out: dict[int, np.ndarray] = {}
    for row, i in enumerate(indices):
        per = np.zeros(len(order), dtype=np.float64)
        n_words = len(titles[row].split())
        for c, sid in enumerate(order):
            cols = np.flatnonzero((kinds == "heading") & (ref_sections == sid))
            if cols.size and n_words >= min_words * min(len(refs.normalised[k].split()) for k in cols):
                per[c] = float(like[row, cols].max())
        out[i] = per
    return out


def _family(a: str, b: str) -> bool:
    """Whether one section lies in the other's subtree (or is it)."""
    return a == b or b.startswith(a + ".") or a.startswith(b + ".")


def _rendered_sections(renderings: dict[int, np.ndarray], order: Sequence[str], level: float, margin: float, share: float) -> dict[int, str]:
    """Headings whose title renders one Annex title: its section.

    The title's best likeness (:func:`_title_renderings`) reaches ``level`` and
    stands at least ``margin`` above its likeness to every section outside the
    best one's family (its parent and sub-sections share words: "Effective
    access to international protection at the external borders" under
    "Effective management of the EU external borders"). At least two titles
    of the document, and at least ``share`` of those given, must render
    theirs: one title alone, or two among own titles ("Return and
    departure" close to 2.4), is not taken.

    Returns:
        block index → section id (the best one; its family is what the title names).
    """
    out: dict[int, str] = {}
    for i, per in renderings.items():
        c = int(np.argmax(per))
        if per[c] < level:
            continue
        others = [per[k] for k in range(len(order)) if not _family(order[c], order[k])]
        if not others or per[c] - max(others) >= margin:
            out[i] = order[c]
    # one title alone is no listing: a short own title ("Return and departure") can stand as close
    # to one Annex heading (2.4) as a rendering does; two or more titles rendering theirs are one
    return out if len(out) >= 2 and len(out) >= share * len(renderings) else {}


def _listed_annex_titles(
    blocks: Sequence[Block],
    heading_at: dict[int, _Heading],
    renderings: dict[int, np.ndarray],
    order: Sequence[str],
    cfg: SegmentConfig,
) -> set[int]:
    """Own headings of a document that lists the Annex titles under labels of its own (or none).

    Own headings of one numbering style ("A.", "B.", "C."; "II."; titles
    without a label) are siblings; decimal numbering ("3.1", "7") is the
    document's own outline and never taken for a listing (the free-form
    development document xl: "3.3 Vastaanotto", "7 Varautuminen" rank their
    sections first). When at least two of them, and at least
    ``cfg.title_listing_share`` of them, render their whole Annex title more
    closely than any Annex heading outside their section's family (the
    section they were given ranks first by translation likeness), the document lists the Annex titles: each
    sibling that renders the whole title of its section with a likeness of at
    least ``cfg.title_listing_level`` reproduces it, and so does every sibling that
    ranks its section first (those make the listing). A language the encoder
    reads poorly (Irish, Maltese, Greek) keeps the ranking when the likeness
    falls below ``cfg.title_reproduction``; the own headings of a free-form
    strategy rank their section first only here and there (the free-form
    development documents: at most 5 of 13 siblings). With
    ``cfg.listing_all_title_lines`` the siblings are every title line of the style in
    ``renderings`` (the title lines over text placed by content, taken for a heading or
    not), so two paraphrased titles of eight that happen to rank their sections first
    list nothing.

    Returns:
        block indices of the reproduced headings.
    """
    groups: dict[str, list[int]] = {}
    for i, h in heading_at.items():
        if not h.own or i not in renderings:
            continue
        relabel = match_relabelled_heading(blocks[i].text)
        style = own_label_style(relabel[0]) if relabel else ("1" if _DECIMAL_RE.match(blocks[i].text) else "plain")
        groups.setdefault(style, []).append(i)
    pos = {s: k for k, s in enumerate(order)}
    out: set[int] = set()
    for style, members in groups.items():
        if len(members) < 2 or "1" in style:
            continue  # decimal numbering ("3.1", "7") is the document's own outline, its titles its own
        first = []
        for i in members:
            per = renderings[i]
            c = pos[heading_at[i].section_ids[0]]
            rivals = [per[k] for k in range(len(order)) if not _family(order[c], order[k])]
            if per[c] > 0.0 and per[c] >= max(rivals, default=0.0):
                first.append(i)
        # the siblings are every title line of the style standing over a chapter placed by content, taken for a
        # heading or not: two of eight paraphrased titles ranking their sections first list nothing (seg14r)
        siblings = max(len(members), _style_count(blocks, renderings, style)) if cfg.listing_all_title_lines else len(members)
        if len(first) >= 2 and len(first) >= cfg.title_listing_share * siblings:
            # the siblings that rank their Annex title first are the listing itself, whatever their likeness
            # (a short title the encoder reads poorly: "A. Szilárd befogadási rendszer", 0.897, first); the others
            # reproduce theirs from the listing level up
            out.update(first)
            out.update(i for i in members if renderings[i][pos[heading_at[i].section_ids[0]]] >= cfg.title_listing_level)
    return out



def _style_count(blocks: Sequence[Block], indices: Collection[int], style: str) -> int:
    """How many of the title lines ``indices`` have numbering style ``style`` (:func:`_sibling_groups`)."""
    return len(_sibling_groups(blocks, sorted(indices)).get(style, []))


def _sibling_groups(blocks: Sequence[Block], indices: Sequence[int]) -> dict[str, list[int]]:
    """Headings grouped by numbering style ("A.", "II.", "Kapitel 1"; ``"plain"`` without a label; ``"1"`` for a
    decimal outline "3.1", "7"), each group in document order."""
    groups: dict[str, list[int]] = {}
    for i in sorted(indices):
        relabel = match_relabelled_heading(blocks[i].text)
        style = own_label_style(relabel[0]) if relabel else ("1" if _DECIMAL_RE.match(blocks[i].text) else "plain")
        groups.setdefault(style, []).append(i)
    return groups


def _rank_outside_family(row: np.ndarray, order: Sequence[str], sid: str) -> int:
    """Rank (1 = closest) of section ``sid`` in ``row`` (one value per section of ``order``), counting only the
    sections outside its family (its parent and sub-sections share its words)."""
    c = list(order).index(sid)
    return 1 + sum(1 for k in range(len(order)) if not _family(sid, order[k]) and row[k] > row[c])


def _renders_whole_title(text: str, sid: str, refs: _TemplateRefs, min_words: float) -> bool:
    """Whether the title of heading ``text`` (own label cut off) has at least ``min_words`` × the words of the
    shortest rendering of section ``sid``'s Annex heading in the packs: a one-word "Unterbringung" or "Frontiere"
    names a topic, it does not reproduce "A robust reception system" (:func:`_heading_likeness`)."""
    relabel = match_relabelled_heading(text)
    words = len((relabel[1] if relabel else text).split())
    lengths = [len(refs.normalised[k].split()) for k, (kind, sec) in enumerate(zip(refs.kinds, refs.section_ids))
               if kind == "heading" and sec == sid]
    return bool(lengths) and words >= min_words * min(lengths)


def _in_annex_order(sections: Sequence[str], order: Sequence[str]) -> bool:
    """Whether ``sections`` strictly follow the Annex's order, no two of one family (a parent and its sub-section)."""
    pos = [list(order).index(s) for s in sections]
    return all(a < b for a, b in zip(pos, pos[1:])) and not any(
        _family(a, b) for k, a in enumerate(sections) for b in sections[k + 1:])


def _titles_in_annex_order(
    blocks: Sequence[Block],
    title_candidates: dict[int, tuple[np.ndarray, bool]],
    free: set[int] | Sequence[int],
    order: Sequence[str],
    headed: set[str],
    refs: _TemplateRefs,
    cfg: SegmentConfig,
    content_z: Mapping[int, Mapping[str, float]] | None = None,
    renderings: Mapping[int, np.ndarray] | None = None,
) -> dict[int, str]:
    """Unlabelled title lines that list Annex titles in the Annex's order: each names the section its title is closest to.

    A document that heads its parts with the Annex titles alone, without numbers
    ("Córas láidir glactha", "Id-dimensjoni interna"), in a language the encoder
    reads poorly, has titles that rank their own section first among the 17
    Annex headings while their likeness stays as low as an own title's, and
    text that content placement scatters. What tells a listing from a free-form
    strategy's own titles is structural and relative to the Annex: at least
    ``min_titles`` titles without label, standing in the parts placed by
    content, whose closest Annex headings (cosine of the title to each
    section's heading, any pack; ``title_candidates``) strictly follow the
    Annex's order, none of one family as another, none a section that already
    has an Annex heading, and each of which renders its Annex title whole
    (:func:`_renders_whole_title` with ``cfg.title_reproduction_words``).
    ``min_titles`` is ``cfg.title_order_min_titles``. Own titles
    (paraphrases, "Return and departure") rank their section far lower (4th
    to 15th on the tuning documents) and their best sections go back and
    forth; short topical titles in the Annex's order ("Grenzverfahren",
    "Unterbringung", "Integration") name topics, not Annex titles.

    The listing then bounds each inner title's section: it lies strictly
    between its neighbours' sections in the Annex's order. Among the sections
    there (outside the neighbours' families, without an Annex heading, and
    within ``LISTING_LIKENESS_RANK_FACTOR`` × ``cfg.heading_rank`` of the
    title by translation likeness when ``renderings`` are given), the title's
    standardised cosines plus its chapter's pooled content evidence
    (``content_z`` of the blocks up to the next title, word-weighted and
    standardised) choose (:func:`_listing_member_by_content`): a title the
    encoder reads poorly ties sections ("Tingimused edukaks ja varaseks
    lõimumiseks": 2.4 and 2.3.3 at 0.833, 2.3.4 fifth) while its chapter is
    on integration.

    Returns:
        block index → section id named by the title (empty when the titles do not list the Annex).
    """
    plain = _sibling_groups(blocks, [i for i, (_, labelled) in title_candidates.items() if not labelled and i in free]).get("plain", [])
    if len(plain) < cfg.title_order_min_titles:
        return {}
    best = [order[int(np.argmax(title_candidates[i][0]))] for i in plain]
    if any(s in headed for s in best) or not _in_annex_order(best, order):
        return {}
    if not all(_renders_whole_title(blocks[i].text, s, refs, cfg.title_reproduction_words) for i, s in zip(plain, best)):
        return {}
    if content_z:
        for k in range(1, len(plain) - 1):
            end = plain[k + 1]
            chapter = [j for j in range(plain[k] + 1, end) if j in content_z]
            best[k] = _listing_member_by_content(
                blocks, plain[k], chapter, best[k - 1], best[k], best[k + 1], title_candidates[plain[k]][0], content_z,
                (renderings or {}).get(plain[k]), order, headed, refs, cfg)
    return dict(zip(plain, best))


def _listing_member_by_content(
    blocks: Sequence[Block],
    i: int,
    chapter: Sequence[int],
    before: str,
    current: str,
    after: str,
    cosines: np.ndarray,
    content_z: Mapping[int, Mapping[str, float]],
    rendering: np.ndarray | None,
    order: Sequence[str],
    headed: set[str],
    refs: _TemplateRefs,
    cfg: SegmentConfig,
) -> str:
    """The section of an inner title of a listing of Annex titles, among those its neighbours' sections allow.

    Args:
        i: the title's block index; ``chapter`` the blocks with content scores up to the next title.
        before, current, after: the sections of the previous title, of this one by its closest cosine, of the next.
        cosines: (len(order),) the title's cosine to each section's Annex heading.
        content_z: per block placed by content, the standardised score of each candidate section.
        rendering: (len(order),) the title's translation likeness per section (:func:`_title_renderings`), or None.

    Returns:
        ``current`` unless another allowed section scores higher by standardised title cosine plus the
        chapter's word-weighted, standardised content evidence; a section is allowed when it stands strictly
        between ``before`` and ``after`` in ``order``, outside their families, has no Annex heading, its whole
        title is rendered (:func:`_renders_whole_title`) and, with a rendering, it ranks within
        ``LISTING_LIKENESS_RANK_FACTOR`` × ``cfg.heading_rank`` by likeness.
    """
    if not chapter:
        return current
    pos = {s: k for k, s in enumerate(order)}
    allowed = [s for s in order[pos[before] + 1:pos[after]]
               if not _family(s, before) and not _family(s, after) and s not in headed
               and _renders_whole_title(blocks[i].text, s, refs, cfg.title_reproduction_words)
               and (rendering is None or (rendering[pos[s]] > 0.0
                                          and _rank_outside_family(rendering, order, s) <= LISTING_LIKENESS_RANK_FACTOR * cfg.heading_rank))]
    if current not in allowed:
        allowed.append(current)
    if len(allowed) < 2:
        return current
    w = np.array([max(1, count_words(blocks[j].text)) for j in chapter], dtype=np.float64)
    per_block = np.array([[content_z[j].get(s, np.nan) for s in order] for j in chapter], dtype=np.float64)
    have = ~np.isnan(per_block)
    mean = np.array([float((np.nan_to_num(per_block[:, c]) * w).sum() / w[have[:, c]].sum()) if have[:, c].any() else np.nan
                     for c in range(len(order))])
    if np.isnan(mean).all():
        return current
    mean = np.where(np.isnan(mean), np.nanmin(mean), mean)
    total = _z(np.asarray(cosines, dtype=np.float64)) + _z(mean)
    return max(allowed, key=lambda s: float(total[pos[s]]))


def _z(row: np.ndarray) -> np.ndarray:
    """``row`` standardised (zero mean, unit spread; zeros when it does not spread)."""
    sd = float(row.std())
    return (row - row.mean()) / sd if sd > 1e-9 else np.zeros_like(row)


# a member of a listing of Annex titles ranks its section among the ``heading_rank`` closest Annex headings by title
# cosine or by translation likeness, and by likeness at worst this many times as far: a reproduction the encoder
# reads poorly ranks 2nd to 4th by likeness (Latvian, Estonian, Lithuanian), an own title that happens to stand in
# the Annex's order 10th and further for one of its siblings (tuning: pt-ownletters 13th, lt-paraphr 6th/10th)
LISTING_LIKENESS_RANK_FACTOR = 2


def _listing_ranks(
    blocks: Sequence[Block],
    members: Sequence[int],
    sections: Sequence[str],
    title_candidates: dict[int, tuple[np.ndarray, bool]],
    renderings: dict[int, np.ndarray],
    order: Sequence[str],
) -> list[tuple[int, int]]:
    """Per member: (rank of its section by title cosine, rank by translation likeness), outside the section's family.

    The likeness rank is the cosine rank when the member has no rendering (an encoder that reads no language across
    another, :func:`_title_renderings`) or its title renders only part of its Annex title (likeness 0).
    """
    out = []
    for i, s in zip(members, sections):
        c = _rank_outside_family(np.asarray(title_candidates[i][0]), order, s)
        per = renderings.get(i)
        lk = _rank_outside_family(per, order, s) if per is not None and per[list(order).index(s)] > 0.0 else c
        out.append((c, lk))
    return out


def _member_ranks_fit(ranks: Sequence[tuple[int, int]], cfg: SegmentConfig) -> bool:
    """Whether every member ranks its section among the ``cfg.heading_rank`` closest by cosine or by likeness, and
    by likeness within ``LISTING_LIKENESS_RANK_FACTOR`` × ``cfg.heading_rank``."""
    return all(min(c, lk) <= cfg.heading_rank and lk <= LISTING_LIKENESS_RANK_FACTOR * cfg.heading_rank for c, lk in ranks)


def _headings_in_annex_order(
    blocks: Sequence[Block],
    heading_at: dict[int, _Heading],
    title_candidates: dict[int, tuple[np.ndarray, bool]],
    order: Sequence[str],
    refs: _TemplateRefs,
    cfg: SegmentConfig,
    encoder: Encoder | None = None,
    title_named: Mapping[int, str] | None = None,
    title_lines: Collection[int] | None = None,
) -> set[int]:
    """Own sibling headings that reproduce the Annex titles of their sections: together they follow the Annex.

    Own headings of one numbering style ("A.", "B.", "C."; no label) whose
    sections (mapped by title and content, :func:`.outline._map_own_headings`)
    strictly follow the Annex's order, each section among the ``rank_limit``
    Annex headings closest to its title (outside the section's family) by
    cosine or by translation likeness, and within ``LISTING_LIKENESS_RANK_FACTOR``
    × ``rank_limit`` by likeness (:func:`_member_ranks_fit`), and at least half
    of them the closest by cosine, are the document's listing of the Annex
    titles (``rank_limit`` is ``cfg.heading_rank``): each of them that renders
    its Annex title whole (:func:`_renders_whole_title`; not a one-word topic
    such as "Accoglienza") is template text, not the member state's answer. The criterion is
    relative to the Annex's listing, never a likeness level: Estonian and
    Latvian reproductions have a likeness of 0.93–0.97, as close as a free-form
    strategy's own titles get, but own and paraphrased titles rank their
    sections 4th to 15th on the tuning documents, and the free-form
    development documents' sibling groups go back in the Annex's order. The
    likeness rank tells a reproduction the encoder reads poorly ("Sąlygos
    sėkmingai ir ankstyvai integracijai": 2.3.4 4th by cosine, 2nd by
    likeness) from own topical titles that happen to follow the Annex's
    order ("C. Pessoas, dinheiro e sistemas informáticos": 2.6 2nd by cosine,
    13th by likeness). Without ``encoder`` only the cosine ranks count.
    ``title_named``: headings of a listing of titles whose chapter's content
    chose their section among those the listing allows
    (:func:`_titles_in_annex_order`) → the section the title alone names; such
    a member is ranked for that section (the title reproduces it, its chapter
    serves the other: "Tingimused edukaks ja varaseks lõimumiseks" ranks 2.4
    first, its chapter goes to 2.3.4).
    ``title_lines``: every title line standing over text placed by content (taken for
    a heading or not); with ``cfg.listing_all_title_lines`` a group whose members are
    fewer than ``cfg.title_listing_share`` of the title lines of their style lists
    nothing (paraphr10 bg: two of eight paraphrased titles taken for headings, in the
    Annex's order, were read as the Annex's listing).

    Returns:
        block indices of the reproduced headings (at least two per group, or none).
    """
    own = [i for i, h in heading_at.items() if h.own and i in title_candidates]
    renderings = _title_renderings(blocks, own, refs, encoder, order, cfg.title_reproduction_words) if encoder is not None else {}
    out: set[int] = set()
    for style, members in _sibling_groups(blocks, own).items():
        if len(members) < 2 or "1" in style:
            continue  # decimal numbering ("3.1", "7") is the document's own outline, its titles its own
        if (cfg.listing_all_title_lines and title_lines is not None
                and len(members) < cfg.title_listing_share * _style_count(blocks, title_lines, style)):
            continue  # most title lines of the style were not taken for headings: the few taken list nothing
        sections = [heading_at[i].section_ids[0] for i in members]
        if not _in_annex_order(sections, order):
            continue
        whole = [_renders_whole_title(blocks[i].text, s, refs, cfg.title_reproduction_words) for i, s in zip(members, sections)]
        named = [(title_named or {}).get(i, s) for i, s in zip(members, sections)]
        ranks = _listing_ranks(blocks, members, named, title_candidates, {i: r for i, r in renderings.items() if i in members}, order)
        # a member that renders only part of its title (a one-word topic) is judged by its cosine rank alone
        fit = _member_ranks_fit([r if w else (r[0], r[0]) for r, w in zip(ranks, whole)], cfg)
        if fit and 2 * sum(c == 1 for c, _ in ranks) >= len(ranks):
            out.update(i for i, w in zip(members, whole) if w)
    return out


def _listing_gaps(
    blocks: Sequence[Block],
    heading_at: dict[int, _Heading],
    listed: set[int],
    title_candidates: dict[int, tuple[np.ndarray, bool]],
    section_of: Sequence[str | None],
    order: Sequence[str],
    refs: _TemplateRefs,
    encoder: Encoder,
    cfg: SegmentConfig,
) -> dict[int, str]:
    """Title lines of a listing of Annex titles that no rule took for a heading: each opens its section.

    Given the own headings taken as reproduced Annex titles (``listed``, at
    least two of one numbering style or without label), a title candidate of
    the same style that is no heading, stands among them and opens the
    section its text was placed in (by content; the block after it lies in
    the same section, the heading before it in another) is one more title of
    the listing when, inserted in the listing, the sections still strictly
    follow the Annex's order, its title renders the whole Annex title of that
    section (:func:`_renders_whole_title`) and ranks it as a listing member
    does (:func:`_member_ranks_fit`): a Latvian "Nosacījumi sekmīgai un agrīnai
    integrācijai" that ranks 2.3.4 4th by cosine and 2nd by likeness, whose
    chapter content placed in 2.3.4, between "Stabila uzņemšanas sistēma"
    (2.3.3) and the 2.6 title.

    Returns:
        block index → section id (empty without a listing).
    """
    if len(listed) < 2:
        return {}
    groups = _sibling_groups(blocks, sorted(listed))
    loose = [i for i in title_candidates if i not in heading_at and section_of[i] is not None
             and i + 1 < len(blocks) and section_of[i + 1] == section_of[i]]
    if not loose:
        return {}
    loose_groups = _sibling_groups(blocks, loose)
    renderings = _title_renderings(blocks, loose, refs, encoder, order, cfg.title_reproduction_words)
    out: dict[int, str] = {}
    for style, members in groups.items():
        if len(members) < 2 or "1" in style:
            continue
        for i in loose_groups.get(style, []):
            if not members[0] < i:
                continue
            sid = section_of[i]
            assert sid is not None  # loose holds only placed blocks
            before = max(j for j in members if j < i)
            if heading_at[before].section_ids[0] == sid:
                continue  # a sub-division of the section the listing's heading opened
            seq = sorted([*members, *out, i])
            sections = [heading_at[j].section_ids[0] if j in heading_at else (out.get(j) or sid) for j in seq]
            if not _in_annex_order(sections, order) or not _renders_whole_title(blocks[i].text, sid, refs, cfg.title_reproduction_words):
                continue
            if _member_ranks_fit(_listing_ranks(blocks, [i], [sid], title_candidates, renderings, order), cfg):
                out[i] = sid
    return out
