"""The segment stage's entry point :func:`segment` and the per-section summary.
"""

from __future__ import annotations

from collections.abc import Sequence, Set as AbstractSet
import re
from dataclasses import replace
from typing import Literal

import numpy as np

from ..embed import Encoder
from ..schema import Block, Document, Role, SectionInfo, SegmentedBlock, Segmentation
from ..template import Template
from ..text import count_words
from .common import language_parts, _body_font_size, _heading_shaped, _is_furniture, _list_item, _question_form, _starts_with_dash, _template_refs, is_annex_heading, is_toc_like, match_heading_number, match_relabelled_heading, own_label_style, own_sublabel, reads_across_languages
from .config import SegmentConfig
from .exemplars import SectionExemplars, load_exemplars
from .headings import _Heading, _find_headings, _free_form_start, _headings_content_agrees, _past_title_lines
from .descriptive import descriptive_contrast
from .outline import _map_own_headings, _mislabelled_annex_numbers
from .own_chapters import numbered_before_own_chapters, own_chapter_breaks, sections_left_open
from .placement import _align_by_content
from .template_text import blocks_with_own_figures, _decide_template, _heading_likeness, _headings_in_annex_order, _listed_annex_titles, _listing_gaps, _question_reproduced_once, _rendered_sections, _reproduced_questions, _template_key_element, _template_scores, _title_renderings, _titles_in_annex_order
from .template_xling import NOTE_ANSWER_MIN_WORDS, template_table_rows, translated_template

SectionMethod = Literal["numbered", "title", "content"]  # SectionInfo.method
HeadingSource = Literal["annex_number", "annex_title", "own_title"]  # SectionInfo.heading_source



def _contents_list(text: str) -> bool:
    """True for a block that is a table of contents: three lines or more ending in dot leaders and a page number
    ("2.1.2. Retorno ........ 12")."""
    return sum(1 for ln in text.split("\n") if _CONTENTS_LINE_RE.search(ln)) >= 3


_CONTENTS_LINE_RE = re.compile(r"(?:\.{4,}|…{2,}|(?:\.\s){4,})\s*\d{1,4}\s*$")


def segment(
    doc: Document,
    template: Template,
    encoder: Encoder,
    cfg: SegmentConfig | None = None,
    *,
    exemplars: SectionExemplars | Literal[False] | None = None,
) -> Segmentation:
    """Give every block of ``doc`` an Annex section and a role.

    Args:
        doc: parsed document (blocks in reading order).
        template: the Annex template with the wording of every known language.
        encoder: multilingual sentence encoder; queries and blocks are compared
            by cosine (rows are L2-normalised).
        cfg: stage settings (defaults: :class:`SegmentConfig`).
        exemplars: the k-NN bank of annotated answers that helps place parts
            without Annex headings (a run passes its
            :attr:`analyser.bundle.ModelBundle.exemplars`; None: the bank shipped
            for the encoder, read from its file now; False: none).

    Returns:
        A :class:`Segmentation` with one :class:`SegmentedBlock` per block, the
        per-section summary and whether the document follows the template's
        numbering.
    """
    cfg = cfg or SegmentConfig()
    bank = load_exemplars(encoder.name) if exemplars is None else (exemplars or None)
    blocks = list(doc.blocks)
    n = len(blocks)
    body_size = _body_font_size(blocks)
    refs = _template_refs(template, encoder)
    toc_blocks: set[int] = set()
    title_candidates: dict[int, tuple[np.ndarray, bool]] = {}
    parts = language_parts(blocks, doc.language)
    headings = _find_headings(blocks, template, refs, encoder, cfg, body_size, toc_blocks, title_candidates, parts)
    n_sections_found = len({s for h in headings for s in h.section_ids})
    # descriptive only: no mode switch hangs on it (one heading opens its section)
    follows_template = n_sections_found >= cfg.min_numbered_sections
    if headings and not follows_template:
        # a document that numbers its own chapters ("I."–"VII.", "Kapitel 3")
        # more often than it shows Annex numbers uses Annex-like numbers as its
        # own sub-numbering ("2.1", "2.3.1" inside its chapter II)
        own = sum(1 for i, (_, labelled) in title_candidates.items() if labelled and match_relabelled_heading(blocks[i].text))
        numbered = [h for h in headings if h.method == "numbered"]
        if own >= 2 and own > len(numbered):
            # except the Annex numbers confirmed by their title above every own chapter heading: a mixed
            # document's numbered part, then its own chapters ("2.2.2.", "2.3.3.", then "5.", "6.", "7.")
            leading = numbered_before_own_chapters(blocks, headings, title_candidates)
            headings = [h for h in headings if h.method != "numbered" or h in leading]
    chapter_breaks: dict[int, int] = {}  # Annex heading → the own chapter that closes its section (mixed documents)
    if headings and not follows_template:
        chapter_breaks = own_chapter_breaks(blocks, headings, title_candidates, template, refs, encoder, cfg, body_size,
                                            doc.doc_id, bank)
        headings = _headings_content_agrees(blocks, headings, template, refs, encoder, cfg, body_size, doc.doc_id, title_candidates, bank,
                                            span_ends=chapter_breaks)
    closing = set(chapter_breaks.values())

    section_of: list[str | None] = [None] * n
    confidence = [1.0] * n
    heading_at = {h.index: h for h in headings}
    region: list[str] = ["front"] * n  # front / body / annex
    within: dict[int, str] = {}  # blocks of own sub-chapters under an Annex heading → that heading's section
    free: set[int] = set()  # blocks placed by content
    content_z: dict[int, dict[str, float]] = {}  # per free block: standardised score of each candidate section
    body_ids = [i for i, b in enumerate(blocks) if not _is_furniture(b)]
    candidates_all = [s.id for s in template.sections if s.key_elements]

    def place_by_content(span: list[int], candidates: Sequence[str], conf_cfg: SegmentConfig = cfg) -> None:
        breaks = {i for i, (_, labelled) in title_candidates.items() if labelled}
        placed, conf = _align_by_content(blocks, span, candidates, template, refs, encoder, conf_cfg, body_size, doc.doc_id, breaks,
                                         exemplars=bank, out_z=content_z)
        for i, s in placed.items():
            section_of[i] = s
            confidence[i] = conf[i]
            free.add(i)

    if headings:
        first_heading, last_heading = headings[0].index, headings[-1].index
        annex_start = next((i for i in body_ids if i > last_heading and is_annex_heading(blocks[i])), None)
        current: str | None = None
        merged: dict[int, tuple[str, ...]] = {}
        col_of = {sid: c for c, sid in enumerate(template.section_ids())}
        loose: list[int] = []  # partial documents: own chapters after an Annex section, placed by content
        open_label: str | None = None  # own label of the heading that opened the current section ("III")
        for i in range(n):
            if i in heading_at:
                current = heading_at[i].section_ids[0]
                relabel = match_relabelled_heading(blocks[i].text)
                open_label = relabel[0] if relabel is not None else None
                if len(heading_at[i].section_ids) > 1:
                    merged[i] = heading_at[i].section_ids
            elif current is not None and i in closing:
                # an own chapter of the heading's rank whose title and text are far from the open section ends it
                current = None
                open_label = None
            elif not follows_template and current is not None and i in title_candidates and title_candidates[i][1]:
                # an own-numbered chapter whose title is far from the open section ends it, unless its
                # label numbers a sub-chapter of the opening heading ("III.2" under "III.", "B." under
                # "Hoofdstuk 2"): that one stays inside, and the outline maps it among the section's sub-sections
                row = title_candidates[i][0]
                relabel = match_relabelled_heading(blocks[i].text)
                inside_opener = open_label is not None and relabel is not None and own_sublabel(relabel[0], open_label)
                # an Annex number that goes back in the Annex's order ("2.1 Staff" under 2.6) numbers the
                # document's own sub-chapters: they stay in the open section
                hm = match_heading_number(blocks[i].text, template.section_ids())
                backwards = hm is not None and col_of[hm.section_ids[0]] < col_of[current] and not hm.section_ids[0].startswith(current + ".")
                if not inside_opener and not backwards and int((row > row[col_of[current]]).sum()) + 1 > cfg.heading_rank:
                    current = None
                    open_label = None
            if i >= first_heading:
                region[i] = "body"
            if annex_start is not None and i >= annex_start:
                region[i] = "annex"
            section_of[i] = current if region[i] == "body" else None
            if region[i] == "body" and current is None and not _is_furniture(blocks[i]):
                loose.append(i)
        # a strategy written one language after the other: the titles that open a later language part
        # ("English version", the strategy's title again) are that part's front matter, as the first part's are
        for i in _part_front_matter(blocks, parts, headings, cfg):
            region[i] = "front"
            section_of[i] = None
            title_candidates.pop(i, None)
        loose = [i for i in loose if region[i] == "body"]
        # blocks under a merged heading go to the merged section their content serves
        for start, ids in merged.items():
            end = next((h.index for h in headings if h.index > start), annex_start or n)
            span = [i for i in range(start + 1, end) if not _is_furniture(blocks[i])]
            merged_cfg = replace(cfg, switch_cost=cfg.merged_switch_cost, heading_switch_cost=cfg.merged_switch_cost)
            place_by_content(span, ids, merged_cfg)
            free.difference_update(span)
        if loose:
            # every section stays a candidate: an own sub-chapter may still serve the section it left
            # … except a mixed document's own chapters after its numbered part: placed on their own, among the
            # sections its numbered part does not head (own_chapters.sections_left_open)
            tail = _after_chapter_breaks(closing, headings, n)
            rest = [i for i in loose if i not in tail]
            if rest:
                place_by_content(rest, candidates_all)
            after = [i for i in loose if i in tail]
            if after:
                place_by_content(after, sections_left_open(candidates_all, headings))
        # an Annex heading of a section with sub-sections ("II. <the Annex's 2.2 title>") over chapters
        # of the document's own numbering ("II.1", "A."): those chapters are its sub-sections, found
        # by the outline among them
        within.clear()
        for k, h in enumerate(headings):
            sid = h.section_ids[0]
            subs = [s for s in candidates_all if s.startswith(sid + ".")]
            if len(h.section_ids) > 1 or not subs:
                continue
            end = headings[k + 1].index if k + 1 < len(headings) else (annex_start or n)
            span = [i for i in range(h.index + 1, end) if not _is_furniture(blocks[i]) and section_of[i] == sid]
            if any(i in title_candidates and title_candidates[i][1] for i in span):
                place_by_content(span, [sid, *subs])
                within.update((i, sid) for i in span)
        # a partial document may open with chapters of its own before its first
        # Annex heading: that part is placed by content (mixed documents)
        if not follows_template:
            pre = [i for i in body_ids if i < first_heading]
            start = _past_title_lines(blocks, pre, _free_form_start(blocks, pre, body_size, cfg.max_title_words), body_size, cfg) if pre else first_heading
            span = [i for i in pre if i >= start and not is_toc_like(blocks[i].text) and i not in toc_blocks]
            if sum(count_words(blocks[i].text) for i in span) >= cfg.min_free_part_words:
                headed = {s for h in headings for s in h.section_ids}
                others = [s for s in candidates_all if s not in headed] or candidates_all
                place_by_content(span, others)
                for i in range(start, first_heading):
                    region[i] = "body"
    else:
        # free-form: the strategy proper starts at its first heading-shaped block
        # after a front matter that ends with a table of contents, if any
        start = _past_title_lines(blocks, body_ids, _free_form_start(blocks, body_ids, body_size, cfg.max_title_words), body_size, cfg)
        annex_start = next((i for i in body_ids if i > start and is_annex_heading(blocks[i])), None)
        # a table of contents (dot leaders on three or more lines) answers nothing: a contents page sent alone
        # was placed in 1 and covered 1.b, 2.3.3.a and 2.3.4.a by its entry titles (fresh11)
        contents = {i for i in body_ids if i >= start and _contents_list(blocks[i].text)}
        # … and so does its title ("Índice": a block of three words at most right above it)
        contents |= {prev for i in contents for prev in [max((k for k in body_ids if start <= k < i), default=-1)]
                     if prev >= 0 and count_words(blocks[prev].text) <= 3}
        span = [i for i in body_ids if i >= start and (annex_start is None or i < annex_start) and i not in contents]
        # a whole document without Annex headings keeps the plain k-NN vote (cfg.whole_document_vote_share = 0):
        # the language-corrected one, alone or half of the vote, moved text of the free-form development documents
        # and with it nl-2025's leave-one-document-out figures (0.682/0.821 → 0.476/0.786)
        place_by_content(span, candidates_all, replace(cfg, corrected_vote_share=cfg.whole_document_vote_share))
        # the contents list and its title are front matter
        for i in range(n):
            if i >= start:
                region[i] = "front" if i in contents else "body"
            if annex_start is not None and i >= annex_start:
                region[i] = "annex"

    # own headings over text placed by content: Annex headings when their title agrees
    anchors = _reproduced_questions(blocks, sorted(free), refs, encoder, cfg.question_reproduction)
    renderings = _title_renderings(blocks, sorted(i for i in title_candidates if i in free), refs, encoder, template.section_ids(),
                                   cfg.title_reproduction_words)
    rendered = _rendered_sections({i: r for i, r in renderings.items() if not title_candidates[i][1]}, template.section_ids(),
                                  cfg.title_render, cfg.title_render_margin, cfg.title_listing_share)
    # second pass: unlabelled titles that together list Annex titles in the Annex's order name their sections
    headed = {s for h in headings for s in h.section_ids}
    listing = _titles_in_annex_order(blocks, title_candidates, free, template.section_ids(), headed, refs, cfg, content_z, renderings)
    # the listed titles whose chapter chose a section other than the one their title alone names: ranked for that one
    title_named = {i: s for i, s in _titles_in_annex_order(blocks, title_candidates, free, template.section_ids(), headed, refs,
                                                            cfg).items() if listing.get(i) != s}
    rendered = {**listing, **rendered}
    # how descriptive the free text reads (the context's answers describe, the others announce measures); an encoder
    # that reads no language across another (the hashing test encoder) gives no such reading
    descriptive = (descriptive_contrast(blocks, sorted(free), encoder)
                   if cfg.own_context_rank > 0 and reads_across_languages(refs, np.flatnonzero(np.array(refs.kinds) == "heading"))
                   else None)
    titled, settled = _map_own_headings(blocks, title_candidates, free, content_z, section_of, confidence, template.section_ids(), cfg,
                                        {s for h in headings for s in h.section_ids}, within, anchors, rendered, descriptive)
    # an Annex number over another section's Annex title: the number when the text below reads its section
    relabelled, relabelled_blocks = _mislabelled_annex_numbers(blocks, title_candidates, free, content_z, section_of, confidence,
                                            template.section_ids(), {s for h in headings for s in h.section_ids})
    if relabelled:
        at = {h.index for h in relabelled}
        titled = [h for h in titled if h.index not in at]
        headings = [*headings, *relabelled]
        settled |= relabelled_blocks
        heading_at = {h.index: h for h in headings}
        headings = sorted(headings, key=lambda h: h.index)
    # chapters under an own heading that names its section are a numbered part from here on:
    # their template text is told against their section's wording
    free.difference_update(settled)
    own_subheads = {i for i in settled if i in title_candidates and i not in {h.index for h in titled}}
    if titled:
        headings = sorted([*headings, *titled], key=lambda h: h.index)
        heading_at = {h.index: h for h in headings}

    # template text inside the body, in every part and every document length
    lexical, cosine, best_ref = _template_scores(blocks, section_of, refs, encoder, template, free,
                                                 lexical_floor=cfg.template_lexical)
    own_likeness = _heading_likeness(blocks, {i: h for i, h in heading_at.items() if h.own}, refs, encoder,
                                    min_words=cfg.title_reproduction_words)
    own_figures = blocks_with_own_figures(blocks, best_ref, refs)  # answers: the Annex states no member state's figures
    is_template = _decide_template(blocks, section_of, heading_at, lexical, cosine, cfg, free, parts, own_figures)
    is_template = _question_reproduced_once(blocks, is_template, lexical, cosine, best_ref, refs, cfg)
    # template text in a language without a pack: absolute cross-lingual evidence (asking, dash items, guidance)
    is_template, best_ref = translated_template(blocks, section_of, heading_at, is_template, best_ref, refs, encoder, cfg,
                                                answers={i for i in own_figures if not is_template[i]})
    # a template piece found in a part placed by content names its own section
    for i in free:
        j = best_ref[i]
        if is_template[i] and j >= 0:
            section_of[i] = refs.section_ids[j]
    # the question column of a question | answer table is the template's wording, however paraphrased, asking or
    # not (the parser tells the columns apart, Block.table_cell; a table of measures is never such a table; #14);
    # unless most of that column's cells state the member state's own figures, which the Annex never states: then it
    # is a "section | answer | measures" table and that column its answers (fresh15, mt-2026.landscape-table.pdf)
    question_cells = [i for i, b in enumerate(blocks) if b.table_cell == "question"]
    if 2 * sum(i in own_figures for i in question_cells) <= len(question_cells):
        for i in question_cells:
            is_template[i] = True

    # the document's own heading (own numbering, paraphrased title) is part of a reproduced template when
    # the document reproduces template text (guidance, questions); otherwise it is the member state's own text
    # the document's own heading that reproduces its Annex title (in any language) is template text too
    reproduces = any(is_template[j] for j in range(n) if j not in heading_at)
    # the own chapters after a numbered part (mixed documents) are the member state's, whatever the numbered part reproduces
    tail = _after_chapter_breaks(closing, headings, n)
    own_template = {i for i in heading_at if heading_at[i].own and ((reproduces and i not in tail)
                                                                    or own_likeness.get(i, 0.0) >= cfg.title_reproduction)}
    own_template |= _reproducing_siblings(blocks, own_likeness, own_template, cfg)
    own_template |= _listed_annex_titles(blocks, {i: h for i, h in heading_at.items() if h.own}, renderings, template.section_ids(), cfg)
    own_template |= _headings_in_annex_order(blocks, heading_at, title_candidates, template.section_ids(), refs, cfg, encoder,
                                             title_named, renderings.keys())
    # a title of that listing no rule took for a heading (the encoder ranks its Annex title 4th) opens its section too
    gaps = _listing_gaps(blocks, heading_at, own_template, title_candidates, section_of, template.section_ids(), refs, encoder, cfg)
    if gaps:
        headings = sorted([*headings, *(_Heading(i, (s,), blocks[i].text, rank=1, styled=False, method="title", confidence=0.5, own=True)
                                        for i, s in gaps.items())], key=lambda h: h.index)
        heading_at = {h.index: h for h in headings}
        own_template |= set(gaps)

    roles: list[Role] = []
    key_elements: list[str | None] = []
    for i, b in enumerate(blocks):
        ke: str | None = None
        if b.kind == "header_footer":
            role: Role = "header_footer"
        elif b.kind == "footnote":
            role = "footnote"
        elif region[i] == "front":
            role = "front_matter"
        elif region[i] == "annex":
            role = "annex"
        elif i in heading_at and heading_at[i].run_in:
            role = "answer"  # "2.3.3. Accoglienza: 95 000 posti …": it opens its section and answers it (fresh9 #2)
        elif i in heading_at:  # it opens its section; the member state's own heading stays answer text
            role = "answer_heading" if heading_at[i].own and i not in own_template else "section_heading"
        elif is_template[i]:
            j = best_ref[i]
            kind = refs.kinds[j] if j >= 0 else "question"
            if _starts_with_dash(b.text) or _question_form(b.text) or b.table_cell == "question":
                kind = "question"
            role = "template_question" if kind == "question" else "template_instruction"
            ke = _template_key_element(template, section_of[i], refs, j, role)
        elif i in own_subheads or (_heading_shaped(b, body_size) and not _list_item(b)):
            role = "answer_heading"  # own_subheads: the document's own sub-division of a section ("A. Staff")
        elif _list_item(b):
            role = "answer_list_item"
        else:
            role = "answer"
        roles.append(role)
        key_elements.append(ke)

    _answers_in_notes(blocks, roles, section_of)

    # "question | answer" tables: the rows whose first cell reproduces an Annex question
    table_template = template_table_rows(blocks, [i for i in range(n) if roles[i] in ("answer", "answer_list_item")], refs, encoder, cfg)
    seg_blocks = tuple(
        SegmentedBlock(
            block=b,
            section_id=section_of[i] if roles[i] not in ("front_matter", "annex", "header_footer", "footnote") else None,
            role=roles[i],
            key_element_id=key_elements[i],
            confidence=float(min(1.0, max(0.0, confidence[i]))),
            template_rows=table_template.get(i, ()),
        )
        for i, b in enumerate(blocks)
    )
    return Segmentation(
        doc_id=doc.doc_id,
        blocks=seg_blocks,
        sections=_summarise(seg_blocks, template, headings, blocks, own_template),
        follows_template=follows_template,
    )


def _after_chapter_breaks(breaks: AbstractSet[int], headings: Sequence[_Heading], n: int) -> set[int]:
    """Block indices from each own chapter that closed a numbered section (``breaks``) up to the next Annex-numbered
    heading (``headings`` of method ``numbered``; ``n`` blocks): a mixed document's free part after its numbered part."""
    starts = sorted(h.index for h in headings if h.method == "numbered" and not h.own)
    out: set[int] = set()
    for b in breaks:
        end = next((s for s in starts if s > b), n)
        out.update(range(b, end))
    return out


def _answers_in_notes(blocks: Sequence[Block], roles: list[Role], section_of: list[str | None]) -> None:
    """Notes that answer the template text they are attached to become answers in its section (in place).

    A member state may keep the Annex's wording as its body and answer each piece in a footnote or endnote
    ("Resumen detallado de la situación nacional …¹" + "¹ En 2025 la Oficina de Asilo … registró 167 000
    solicitudes …"; fresh8 #3): the notes, role ``footnote``, were never evidence, and the template's wording was.
    A ``footnote`` block of :data:`NOTE_ANSWER_MIN_WORDS` words or more whose marker a ``template_question`` or
    ``template_instruction`` block carries is an ``answer`` in that block's section when the section has no answer
    of its own; a note of an answer (a source, "Eurostat 2025") and the Annex's own notes (the Directive its
    wording cites) under reproduced template text followed by answers stay notes.
    """
    owner: dict[str, int] = {}
    for i, b in enumerate(blocks):
        if roles[i] in ("template_question", "template_instruction") and b.kind != "footnote":
            for m in b.footnote_markers:
                owner.setdefault(m, i)
    # only in sections without an answer of their own: the Annex's own notes (the Directive cited in its wording)
    # stand under reproduced template text of strategies that answer in the body (nl-2025, xa-2025 …)
    answered = {section_of[i] for i in range(len(blocks)) if roles[i] in ("answer", "answer_list_item")}
    owner = {m: i for m, i in owner.items() if section_of[i] not in answered}
    if not owner:
        return
    for j, b in enumerate(blocks):
        if roles[j] != "footnote" or count_words(b.text) < NOTE_ANSWER_MIN_WORDS:
            continue
        o = next((owner[m] for m in b.footnote_markers if m in owner and owner[m] < j), None)
        if o is not None and section_of[o] is not None:
            roles[j] = "answer"
            section_of[j] = section_of[o]


def _part_front_matter(blocks: Sequence[Block], parts: Sequence[int], headings: Sequence[_Heading], cfg: SegmentConfig) -> list[int]:
    """Blocks that open a later language part before its first Annex heading, when they are titles only.

    ``parts``: one language part per block (:func:`.common.language_parts`). A
    later part's blocks up to its first heading hold fewer than
    ``cfg.min_free_part_words`` words ("English version", "Deutsche Fassung",
    the strategy's title in that language): they are front matter, not an own
    chapter of the section the previous part ended in.

    Returns:
        block indices, ascending.
    """
    out: list[int] = []
    for p in range(1, max(parts, default=0) + 1):
        start = next((i for i, q in enumerate(parts) if q == p), None)
        first = next((h.index for h in headings if h.index >= (start or 0) and parts[h.index] == p), None)
        if start is None or first is None:
            continue
        span = [i for i in range(start, first) if not _is_furniture(blocks[i])]
        if sum(count_words(blocks[i].text) for i in span) < cfg.min_free_part_words:
            out.extend(span)
    return out


def _reproducing_siblings(blocks: Sequence[Block], likeness: dict[int, float], reproduced: set[int], cfg: SegmentConfig) -> set[int]:
    """Own headings that reproduce their Annex title less closely than ``cfg.title_reproduction``, among siblings that do.

    Own headings of one numbering style ("A.", "B.", "C."; "Kapitel 1", …) are
    siblings. When at least two of them and at least half reproduce their Annex
    titles, the document lists the Annex titles under its own labels, and a
    sibling whose translation likeness reaches ``cfg.title_reproduction_siblings``
    (and that renders the whole title, as :func:`._heading_likeness` checks) is
    one more reproduction ("C. Garantir capacidade e meios suficientes …": 0.958
    with e5, beside "A. Um sistema de acolhimento robusto" above 0.97).

    Returns:
        block indices of the further reproduced headings.
    """
    groups: dict[str, list[int]] = {}
    for i in likeness:
        relabel = match_relabelled_heading(blocks[i].text)
        groups.setdefault(own_label_style(relabel[0]) if relabel else "plain", []).append(i)
    out: set[int] = set()
    for members in groups.values():
        passing = [i for i in members if i in reproduced]
        if len(passing) >= 2 and 2 * len(passing) >= len(members):
            out.update(i for i in members if likeness[i] >= cfg.title_reproduction_siblings)
    return out


def _summarise(
    seg_blocks: Sequence[SegmentedBlock],
    template: Template,
    headings: Sequence[_Heading],
    blocks: Sequence[Block],
    own_template: AbstractSet[int] = frozenset(),
) -> dict[str, SectionInfo]:
    """Per section: presence, heading, pages, answer words, and how it was found.

    ``method`` is ``"numbered"`` (an Annex number confirmed by its title),
    ``"title"`` (a heading named by its title alone) or ``"content"`` (blocks
    placed by meaning, no heading); ``confidence`` is the heading's (1 for an
    Annex number ranked first, lower further down; for titles from how far the
    title stands out) or, for content, the mean placement confidence of the
    section's answer blocks. Absent sections have neither.

    ``heading_source`` (:class:`~analyser.schema.SectionInfo`): ``"annex_number"`` for a numbered
    Annex heading, ``"annex_title"`` for the Annex's title (found exactly, or an own heading whose
    title renders it, or one of ``own_template``: the document's own headings that are template text,
    a listing of the Annex's titles or headings of a document reproducing the template), else
    ``"own_title"`` with ``heading_rank``, its title's rank of the section among the Annex headings.
    """
    found_by: dict[str, _Heading] = {}
    for head in headings:
        for s in head.section_ids:
            found_by.setdefault(s, head)
    out: dict[str, SectionInfo] = {}
    for sec in template.section_ids():
        mine = [sb for sb in seg_blocks if sb.section_id == sec]
        answers = [sb for sb in mine if sb.role in ("answer", "answer_heading", "answer_list_item")]
        answer_words = sum(count_words(sb.block.text) for sb in answers)
        pages = tuple(sorted({sb.block.page for sb in mine}))
        h = found_by.get(sec)
        present = bool(h is not None or answer_words)
        method: SectionMethod | None = None
        conf: float | None = None
        source: HeadingSource | None = None
        rank: int | None = None
        if h is not None:
            method, conf = h.method, h.confidence
            if not h.own:
                source = "annex_number" if h.method == "numbered" else "annex_title"
            elif h.rendered or h.index in own_template:
                source = "annex_title"
            else:
                source, rank = "own_title", max(1, h.rank)
        elif answers:
            method = "content"
            conf = float(np.mean([sb.confidence for sb in answers]))
        out[sec] = SectionInfo(
            section_id=sec,
            present=present,
            heading=blocks[h.index].text if h is not None else None,
            pages=pages,
            answer_words=answer_words,
            method=method,
            confidence=None if conf is None else round(min(1.0, max(0.0, conf)), 3),
            heading_source=source,
            heading_rank=rank,
        )
    return out
