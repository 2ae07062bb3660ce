"""Where a numbered Annex section of a mixed document ends: the document's own chapters after it (issue 14).

A mixed document gives some sections under Annex-numbered headings and goes on with chapters of its own ("2.3.3.
Reception", then "Return", "Living and working in the municipality", "5. When many arrive at once"). A section's
span ends where a heading of the same or higher rank that is not part of it begins: such an own chapter closes the
numbered section, and the text from there is a free part placed by content. :func:`own_chapter_breaks` finds those
chapters; :func:`numbered_before_own_chapters` keeps the Annex headings that precede the document's own chapter
numbering ("2.2.2.", "2.3.3.", then "5.", "6.", "7."), which are no sub-numbering of its own chapters.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..embed import Encoder
from ..schema import Block
from ..template import Template
from ..text import count_words
from .common import _TemplateRefs, _is_furniture, is_annex_heading, match_heading_number, match_relabelled_heading, own_sublabel
from .config import SegmentConfig
from .exemplars import SectionExemplars
from .headings import _Heading
from .placement import _align_by_content


def numbered_before_own_chapters(blocks: Sequence[Block], headings: Sequence[_Heading],
                                 title_candidates: dict[int, tuple[np.ndarray, bool]]) -> list[_Heading]:
    """The Annex-numbered headings confirmed by their title (rank 1) that stand before the first own-labelled chapter.

    A document that labels its own chapters more often than it shows Annex numbers may use Annex-like numbers as
    its own sub-numbering ("2.1" inside its chapter II): those numbers are dropped (:func:`.core.segment`). Numbers
    above every own chapter heading ("2.2.2. …", "2.3.3. …", then "5. Rückkehr", "6. Teilhabe", "7. …") number no
    sub-chapter of it: a mixed document's numbered part, kept when its title names the section (rank 1).

    Args:
        blocks: the document's blocks.
        headings: the Annex headings found (ascending block index).
        title_candidates: heading-shaped blocks → (title similarity row, labelled by an own numbering).

    Returns:
        the headings to keep, in order.
    """
    labelled = [i for i, (_, lab) in title_candidates.items() if lab]
    first_own = min(labelled, default=len(blocks))
    return [h for h in headings if h.method == "numbered" and h.rank == 1 and not h.own and h.index < first_own]


def _same_or_higher_rank(chapter: Block, heading: Block, tolerance: float) -> bool:
    """Whether ``chapter`` is typeset at the rank of ``heading`` or above (unknown sizes: yes).

    A smaller font (more than ``tolerance`` points) or, at the same size, plain type under a bold heading, is a
    sub-heading of it.
    """
    if chapter.size <= 0 or heading.size <= 0:
        return True
    if chapter.size < heading.size - tolerance:
        return False
    if abs(chapter.size - heading.size) <= tolerance and heading.bold and not chapter.bold:
        return False
    return True


def _own_chapter_label(text: str, heading_text: str, template: Template) -> bool:
    """Whether a labelled title may be an own chapter beside the Annex heading ``heading_text``, not inside it.

    Not when its label numbers a sub-chapter of the heading's own label ("B." under "II."; :func:`.common.own_sublabel`)
    or is an Annex-like number ("2.1 Staff" under 2.6: the document's own sub-numbering, judged in :func:`.core.segment`).
    """
    if match_heading_number(text, template.section_ids()) is not None:
        return False
    relabel, opener = match_relabelled_heading(text), match_relabelled_heading(heading_text)
    return relabel is None or opener is None or not own_sublabel(relabel[0], opener[0])


def own_chapter_breaks(
    blocks: Sequence[Block],
    headings: Sequence[_Heading],
    title_candidates: dict[int, tuple[np.ndarray, bool]],
    template: Template,
    refs: _TemplateRefs,
    encoder: Encoder,
    cfg: SegmentConfig,
    body_size: float,
    doc_id: str = "",
    exemplars: SectionExemplars | None = None,
) -> dict[int, int]:
    """Own chapter headings that close the Annex section open above them, per heading: ``{heading index: break}``.

    Under an Annex-numbered heading of section S ("2.3.3. Reception"; headings found by title or own numbering are
    left to :mod:`.outline`), a heading-shaped block (a title candidate; one with an own label only when
    :func:`_own_chapter_label` lets it stand beside the heading) closes S when

    - S's heading has text of its own before it: an own title right under the heading ("2.3.3. Reception",
      "Accommodation", …, "Integration from day one") divides S, and its siblings are S's sub-headings too,
    - it is typeset at S's heading's rank or above (:func:`_same_or_higher_rank`; plain text: always),
    - its title is far from S: S is not among its ``cfg.heading_rank`` closest Annex titles (as for labelled ones),
    - and the text below it (to the next heading-shaped title, Annex heading or the member state's own annex), placed
      by content among every section, has less than ``cfg.own_chapter_section_share`` of its words in S's family
      (S, its parent, its sub-sections): an own sub-heading of S ("Staff", "Unaccompanied minors") reads S.

    The first such block under each heading is its break when the run of them is evidence of own chapters
    (:func:`_chapters_of_their_own`: an own label, or two or more whose texts read different sections; a lone plain
    sub-title is part of the section): the heading's span ends there (the content-agreement
    check judges only that span) and the text from the break to the next Annex heading is a free part.

    Args:
        blocks: the document's blocks; ``headings``: Annex headings (ascending); ``title_candidates``: heading-shaped
            blocks → (similarity row over the template's section ids, labelled).
        template, refs, encoder, cfg, body_size, doc_id, exemplars: as for :func:`.placement._align_by_content`.

    Returns:
        heading block index → block index of the own chapter that closes its section (headings without one absent).
    """
    if not headings:
        return {}
    col_of = {sid: c for c, sid in enumerate(template.section_ids())}
    heading_idx = {h.index for h in headings}
    ends = [h.index for h in headings[1:]]
    annex_start = next((i for i, b in enumerate(blocks) if i > headings[-1].index and not _is_furniture(b) and is_annex_heading(b)),
                       len(blocks))
    ends.append(annex_start)
    # candidates: unlabelled titles under a heading whose title does not name the open section
    pending: dict[int, int] = {}  # chapter index → heading index
    siblings: dict[int, int] = {}  # every title at the heading's rank in its span (its title may read it) → heading index
    for h, end in zip(headings, ends):
        sid = h.section_ids[0]
        if h.method != "numbered" or h.own or len(h.section_ids) > 1 or sid not in col_of:
            continue  # headings by title or own numbering: their own chapters are the outline's (.outline)
        first = next((i for i in range(h.index + 1, end) if not _is_furniture(blocks[i])), None)
        if first is not None and first in title_candidates:
            continue  # an own title right under the heading divides its section: it and its siblings are sub-headings
        for i in range(h.index + 1, end):
            cand = title_candidates.get(i)
            if cand is None or _is_furniture(blocks[i]):
                continue
            if cand[1] and not _own_chapter_label(blocks[i].text, blocks[h.index].text, template):
                continue
            if not _same_or_higher_rank(blocks[i], blocks[h.index], cfg.own_chapter_size_tolerance):
                continue
            siblings[i] = h.index
            row = cand[0]
            if int((row > row[col_of[sid]]).sum()) + 1 <= cfg.heading_rank:
                continue
            pending[i] = h.index
    if not pending:
        return {}
    body = [i for i, b in enumerate(blocks) if not _is_furniture(b) and headings[0].index < i < annex_start and i not in heading_idx]
    breaks_at = {i for i, (_, labelled) in title_candidates.items() if labelled}
    placed, _ = _align_by_content(blocks, body, [s.id for s in template.sections if s.key_elements], template, refs, encoder,
                                  cfg, body_size, doc_id, breaks_at, exemplars)
    stops = sorted({*title_candidates, *heading_idx, annex_start})
    away: dict[int, list[tuple[int, str]]] = {}  # heading index → [(title index, section its text is placed in)]
    for i in sorted(siblings):
        h_index = siblings[i]
        if i not in pending and not away.get(h_index):
            continue  # the run starts at a title far from the open section
        sid = next(h.section_ids[0] for h in headings if h.index == h_index)
        family = {sid, *(s.id for s in template.sections if s.id.startswith(sid + "."))}
        parent = template.section(sid).parent_id
        if parent:
            family.add(parent)
        stop = next((j for j in stops if j > i), len(blocks))
        below = [j for j in body if i < j < stop]
        words = sum(count_words(blocks[j].text) for j in below)
        if not words:
            continue
        agree = sum(count_words(blocks[j].text) for j in below if placed.get(j) in family)
        if agree < cfg.own_chapter_section_share * words:
            away.setdefault(h_index, []).append((i, _placed_section(below, placed, blocks)))
    return {h: run[0][0] for h, run in away.items() if _chapters_of_their_own(run, title_candidates)}


def _placed_section(below: Sequence[int], placed: dict[int, str], blocks: Sequence[Block]) -> str:
    """The section holding most of the words of blocks ``below`` as placed by content (ties: the first placed)."""
    words: dict[str, int] = {}
    for j in below:
        if j in placed:
            words[placed[j]] = words.get(placed[j], 0) + count_words(blocks[j].text)
    return max(words, key=lambda s: words[s], default="")


def _chapters_of_their_own(run: Sequence[tuple[int, str]], title_candidates: dict[int, tuple[np.ndarray, bool]]) -> bool:
    """Whether the titles under one Annex heading whose text reads away from its section are the document's own chapters.

    ``run``: (title block index, section its text is placed in), in document order, from the first title that passed
    the checks of :func:`own_chapter_breaks` (far title, rank, text away from the open section) on, then every later
    title at the heading's rank whose text reads away from the open section (its title may read it: "When many
    arrive at once" under "2.3.3. Reception"). A lone unlabelled title
    is no evidence of its own: the last numbered section of a strategy may well carry a plain sub-title ("Responsibilities",
    "Zuständigkeiten", "Répartition des responsabilités") over a list of who does what, which reads a neighbouring
    section (2.5) by content but is part of the open one (2.6; debate13's government statement, subtitle15). Own
    chapters are evidenced by their form or by their number (mixfix15, #14):

    - the first title carries an own chapter label ("5. Rückkehr", "A. Rimpatri"; admitted by
      :func:`_own_chapter_label`), or
    - two or more such titles follow, and their texts read different sections: the document goes on with chapters of
      its own ("Return", "When many arrive at once", "Living in the municipality"), while an own sub-section's
      sub-titles that read away read one neighbouring topic.
    """
    if not run:
        return False
    if title_candidates[run[0][0]][1]:
        return True
    return len({sec for _, sec in run}) >= 2


def sections_left_open(candidates: Sequence[str], headings: Sequence[_Heading]) -> list[str]:
    """The sections a mixed document's own chapters after its numbered part are placed among: ``candidates`` less the
    sections its Annex headings open (all of ``candidates`` when they head every one).

    A member state that answers "2.3.3. Reception" under its Annex number does not answer it again in a chapter of
    its own after the numbered part; the own chapters answer the sections it left ("Return", "When many arrive at
    once", "Living in the municipality"). Placed among every section, with the numbered part's text in the same pass,
    the preparedness chapter (emergency housing in sports halls, a reserve of staff) read the reception section its
    housing resembles (el/et/fr) or the context (lv), and never 2.4 (mixfix15, #14; as for the own chapters before
    the first Annex heading, :func:`.core.segment`).

    Args:
        candidates: section ids that may be placed (ascending Annex order).
        headings: the Annex headings kept.

    Returns:
        the candidate section ids not opened by a heading, in ``candidates`` order.
    """
    headed = {s for h in headings for s in h.section_ids}
    return [s for s in candidates if s not in headed] or list(candidates)
