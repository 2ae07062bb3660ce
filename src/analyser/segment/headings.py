"""Annex headings: by Annex number, by the document's own numbering or by title, confirmed by content.

Finds heading candidates (number + title meaning, exact template-pack titles,
relabelled own numbering), confirms paraphrased titles by the content below them,
and tells table-of-contents runs apart (:func:`_find_headings`); the own outline is mapped in :mod:`.outline`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from ..embed import Encoder
from ..schema import Block
from ..template import Template, normalise
from ..text import count_words
from .common import HeadingMatch, _BULLET_CHARS, _SENTENCE_END_RE, _TemplateRefs, _title_shaped, _is_furniture, _starts_with_dash, is_annex_heading, is_toc_like, match_heading_number, match_relabelled_heading
from .config import SegmentConfig
from .exemplars import SectionExemplars
from .placement import _align_by_content

logger = logging.getLogger(__name__)



_ITEM_NUMBER_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)[.)]\s+\S")
_PARAGRAPH_NUMBER_RE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,2})*)[.)]\s+\S")  # "159. The Ministry …"


def continues_numbered_list(text: str, previous: tuple[int, ...] | None) -> tuple[int, ...] | None:
    """The number of ``text``'s list item when it continues the numbered list item just before it, else None.

    A numbered list under a document's own headings ("A. Стабилна система за приемане", then "1. Броят на местата …
    до 2028 г. …", "2. Гъвкав резерв от 600 места поема пиковете на пристигания.") has long items that no heading
    check takes and short ones that read like an Annex number and a title ("2." as section 2): an item ending in a
    sentence end whose number is the previous block's item number plus one (same depth: "1." -> "2.", "2.1" ->
    "2.2") is the list going on, never a heading (office_pdf bg-letters: "2." and the paragraph after it went to 2.6).

    Args:
        text: the block's text.
        previous: the item number of the block just before it, when that block was a numbered list item (a
            numbered block taken for no heading), else None.

    Returns:
        The item number as a tuple of ints ((2,), (2, 2)), or None.
    """
    if previous is None or not _SENTENCE_END_RE.search(text.rstrip()):
        return None
    number = _item_number(text)
    if number is not None and len(number) == len(previous) and number[:-1] == previous[:-1] and number[-1] == previous[-1] + 1:
        return number
    return None


def _item_number(text: str) -> tuple[int, ...] | None:
    """The number a numbered list item opens with, as ints ("2.1. …" -> (2, 1)); None when it opens with none."""
    m = _ITEM_NUMBER_RE.match(text)
    return tuple(int(x) for x in m.group(1).split(".")) if m else None


HeadingMethod = Literal["numbered", "title"]  # "numbered" (Annex number + matching title) or "title" (title alone decides)


@dataclass(frozen=True)
class _Heading:
    index: int  # block index
    section_ids: tuple[str, ...]
    text: str
    rank: int
    styled: bool
    method: HeadingMethod = "numbered"
    confidence: float = 1.0
    own: bool = False  # the document's own heading (own numbering, paraphrased title): template text only in a document that reproduces the template
    rendered: bool = False  # an own heading whose title renders an Annex title (it names its section, template_text._rendered_sections)
    run_in: bool = False  # a run-in heading: the Annex number and title open a line whose rest is the answer (an answer block)
    topical: bool = False  # a styled Annex number whose title names its section's topic (:func:`_topical_numbers`)


# a run-in heading's title ends at a colon, a spaced dash or a full stop, and the answer follows on the same line
_RUN_IN_RE = re.compile(r"^(?P<head>[^.:;!?–—]{2,}?)(?:\s*:|\s+[–—-]|\.)\s+(?P<tail>\S.*)$", re.DOTALL)


def run_in_split(title: str, max_head_words: int = 12, min_tail_words: int = 3) -> tuple[str, str] | None:
    """Split a numbered line's title into a run-in heading and the answer that follows it on the same line.

    "Dimensione interna: 20 000 rimpatri all'anno, … 2008/115/CE." -> ("Dimensione interna", "20 000 rimpatri …");
    "Aufnahme – 62 000 Plätze …", "Kontekst. W 2025 r. …" likewise (fresh9 #2: a one-page strategy, one line per
    Annex section). The head is the text before the first colon, spaced dash or full stop (at most
    ``max_head_words`` words); the rest must be a sentence of at least ``min_tail_words`` words ending in a full
    stop (or "!", "…"): a heading whose title goes on after a dash ("Implementing the integrated approach - the
    principle of integrated policymaking") or ends in a colon is no run-in heading. A head with a comma is a
    sentence, not a title; a full stop ends a head of a last word longer than three letters (not "Act No. 71/2014")
    before a capital or a figure.

    Args:
        title: the text after the Annex number (:attr:`.common.HeadingMatch.title`).

    Returns:
        ``(head, tail)`` with whitespace collapsed, or None.
    """
    text = " ".join(title.split())
    if not re.search(r"[.!…]\s*[\"'»”)]?$", text):
        return None
    m = _RUN_IN_RE.match(text)
    if m is None:
        return None
    head, tail = m.group("head").strip(), m.group("tail").strip()
    if not head or "," in head or len(head.split()) > max_head_words or len(tail.split()) < min_tail_words:
        return None  # a comma: a sentence cut at an abbreviation ("Pareiškėjas, Irako pilietis, 2025 m. …")
    if text[len(head):].lstrip()[:1] == "." and (len(head.split()[-1]) <= 3 or not (tail[:1].isupper() or tail[:1].isdigit())):
        return None  # a full stop after an abbreviation ("Act No. 71/2014 …") or before no sentence ends no title
    return head, tail


def paragraph_numbering(blocks: Sequence[Block], min_paragraphs: int = 10) -> set[int]:
    """Block indices of the document's own paragraph numbering: "1." … "N." each opening one paragraph.

    A strategy numbered paragraph by paragraph (fresh8 #5: "1." – "159." across the whole text, the Annex headings
    "1. CONTEXT …", "2.1.2. INTERNAL DIMENSION" between them) numbers its text with the run of consecutive
    integers 1, 2, 3, … each opening a paragraph (a sentence end closes it), in document order, whatever stands
    between them; its "1." and "2." paragraphs are no Annex sections 1 and 2. A run of ``min_paragraphs`` or more
    that goes on past at least one other line opening with a decimal number ("2.1.2.") is such a numbering; shorter
    runs, and runs with no such line inside (a numbered list within one section), are not.

    Returns:
        the indices of the run's paragraphs (the longest run), or an empty set.
    """
    best: list[int] = []
    run: list[int] = []
    decimal: list[int] = []  # lines opening with a decimal number ("2.1.2.")
    for i, b in enumerate(blocks):
        if _is_furniture(b):
            continue
        m = _PARAGRAPH_NUMBER_RE.match(b.text)
        if m is None:
            continue
        number = tuple(int(x) for x in m.group(1).split("."))
        if len(number) > 1:
            decimal.append(i)
            continue
        if not _SENTENCE_END_RE.search(b.text.rstrip()):
            continue  # "1. CONTEXT OF …": a heading, not a paragraph
        if number[0] == len(run) + 1:
            run.append(i)
        elif number[0] == 1:
            run = [i]
        else:
            continue
        if len(run) > len(best):
            best = list(run)
    if len(best) < min_paragraphs or not any(best[0] < i < best[-1] for i in decimal):
        return set()
    return set(best)


def _title_profile(titles: Sequence[str], refs: _TemplateRefs, encoder: Encoder, order: Sequence[str], broad: bool = False) -> np.ndarray:
    """(n_titles, n_sections) best cosine of each title to each section's Annex heading (any language).

    With ``broad``, to any of the section's wording (heading, guidance, questions).
    """
    head_idx = [k for k, kind in enumerate(refs.kinds) if kind == "heading"]
    out = np.full((len(titles), len(order)), -1.0, dtype=np.float32)
    if not titles or not head_idx:
        return out
    vecs = encoder.encode([sentence_case(t) for t in titles], kind="query")
    sims = vecs @ refs.vectors[head_idx].T
    col_of = {s: c for c, s in enumerate(order)}
    for col, k in enumerate(head_idx):
        j = col_of[refs.section_ids[k]]
        out[:, j] = np.maximum(out[:, j], sims[:, col])
    if broad:
        # a paraphrased title ("Asylum procedures at the border") is closer to
        # the section's questions than to its official title
        all_sims = vecs @ refs.vectors.T
        for col, sec in enumerate(refs.section_ids):
            j = col_of[sec]
            out[:, j] = np.maximum(out[:, j], all_sims[:, col])
    return out


def sentence_case(title: str) -> str:
    """An upper-case title in sentence case ("ODOLNÝ PŘIJÍMACÍ SYSTÉM" -> "Odolný přijímací systém"); others as given.

    The encoder reads words in capitals as rare fragments: "2.3.3. ODOLNÝ PŘIJÍMACÍ SYSTÉM" ranks 2.3.3's Annex
    heading fourth, "2.1.2. RIMPATRI E RIAMMISSIONI" tenth (heads13 cs-paras, heads14 it-paras), the same words in
    sentence case first. A title is upper-case when it has at least two cased letters and no lower-case one
    (``str.isupper``); acronyms inside a mixed-case title ("AMIF", "EUAA") are left alone.
    """
    if not title.isupper() or sum(ch.isalpha() for ch in title) < 2:
        return title
    low = title.lower()
    k = next((n for n, ch in enumerate(low) if ch.isalpha()), 0)
    return low[:k] + low[k].upper() + low[k + 1:]


_BARE_NUMBER_RE = re.compile(r"\s*([1-9](?:\.[1-9]){0,2})\.?\s*")


def _find_headings(
    blocks: Sequence[Block],
    template: Template,
    refs: _TemplateRefs,
    encoder: Encoder,
    cfg: SegmentConfig,
    body_size: float,
    toc_blocks: set[int] | None = None,
    title_candidates: dict[int, tuple[np.ndarray, bool]] | None = None,
    parts: Sequence[int] | None = None,
) -> list[_Heading]:
    """Annex headings among the blocks, in document order.

    ``toc_blocks``, when given, receives the indices of the candidates taken
    for table-of-contents lines.

    Three kinds of candidates, all confirmed by the meaning of their title:

    * an Annex number ("2.3.3.", "Sezione 2.1.1") — kept when the claimed
      section is among the closest Annex headings to the title (method
      ``numbered``); when it is not, the number is the document's own (its
      "2.1 Staff" that is not Annex 2.1) and the title alone decides;
    * a numbering of the document's own ("III.", "B)", "Kapitel 3:") — the
      title decides (method ``title``); its title may run to
      ``cfg.max_heading_words`` words (Annex titles in French reach 17);
    * a heading-shaped block or a plain title line of up to
      ``cfg.max_title_words`` words without sentence end, without number — its
      title must equal an Annex title of a loaded template pack (normalised)
      (method ``title``).

    A title's meaning alone is too weak a cue (short own headings such as
    "Returns" sit close to several Annex titles): candidates of the last two
    kinds that are not decided here are returned in ``title_candidates``
    (block index → (cosine to each section's Annex heading, carries a
    numbering label)) and confirmed by the content below them
    (:func:`.outline._map_own_headings`).

    Runs of consecutive candidates whose sections come again later, or of four
    and more, are a table of contents and dropped; each section keeps one heading.
    A ``heading`` block that is an Annex number alone ("2.1.2": the section
    column of a question | answer table read apart by the parser) has no title
    to confirm it: two or more such blocks in the Annex's order are headings
    (method ``numbered``), fewer or out of order none.
    """
    valid = template.section_ids()
    order = list(valid)
    exact_titles = template.title_sections()
    # (block index, claimed ids or (), title, styled, labelled)
    candidates: list[tuple[int, tuple[str, ...], str, bool, bool]] = []
    bare: list[tuple[int, tuple[str, ...]]] = []  # heading blocks that are an Annex number alone
    run_in: dict[int, int] = {}  # run-in headings: block index -> words of the answer on the same line
    own_paragraphs = paragraph_numbering(blocks)
    _is_paragraph_number = own_paragraphs.__contains__
    last_item: tuple[int, tuple[int, ...]] | None = None  # (block index, number) of the last numbered list item
    prev = -1
    for i, b in enumerate(blocks):
        if _is_furniture(b) or is_toc_like(b.text):
            continue
        taken = bool(candidates) and candidates[-1][0] == prev  # the block before is a heading candidate, no item
        item, prev = (last_item[1] if last_item is not None and last_item[0] == prev and not taken else None), i
        hm = match_heading_number(b.text, valid)
        split = run_in_split(hm.title) if hm is not None else None
        if split is not None and (_is_paragraph_number(i) or split[0] not in " ".join(b.text.split("\n")[0].split())):
            # "2. La red de acogida: …" in a document numbered paragraph by paragraph; "2. Essen\nDie Mahlzeiten
            # werden … ausgegeben: Frühstück …": a heading line over its paragraph, the head is on the first line
            split = None
        if split is None and (number := continues_numbered_list(b.text, item)) is not None:
            last_item = (i, number)
            continue
        if b.kind != "heading" and not b.bold and (number := _item_number(b.text)) is not None:
            last_item = (i, number)  # taken for a list item unless it becomes a candidate below
        styled = b.bold or b.kind == "heading" or bool(body_size and b.size >= body_size + 0.9)
        alone = _BARE_NUMBER_RE.fullmatch(b.text) if b.kind == "heading" else None
        if alone is not None and alone.group(1) in valid:
            bare.append((i, (alone.group(1),)))  # "2.1.2" alone: the section column of a question | answer table
            continue
        if hm is not None:
            title = hm.title
            if split is not None:
                # a run-in heading: the title is the head, the rest of the line its section's answer
                candidates.append((i, hm.section_ids, split[0], styled, True))
                run_in[i] = len(split[1].split())
                continue
            if len(title.split()) > cfg.max_heading_words or title.rstrip().endswith((";", ",")):
                continue
            if title.rstrip().endswith(".") and len(title.split()) > 12:
                continue
            candidates.append((i, hm.section_ids, title, styled or title.isupper(), True))
            continue
        relabel = match_relabelled_heading(b.text)
        text = b.text.strip()
        if relabel is not None:
            title = relabel[1]
            labelled = True
            if len(title.split()) > cfg.max_heading_words or title.rstrip().endswith((";", ",", ".", "?")):
                continue
            candidates.append((i, (), title, styled or title.isupper(), labelled))
            continue
        elif (
            _title_shaped(b, body_size, cfg.max_title_words)
            and not _starts_with_dash(text)
            and not (b.bullet and b.bullet in _BULLET_CHARS)
            and len(text.split()) <= cfg.max_title_words
        ):
            title, labelled = text, False
        else:
            continue
        if len(title.split()) > cfg.max_title_words or title.rstrip().endswith((";", ",", ".", "?")):
            continue
        candidates.append((i, (), title, styled or title.isupper(), labelled))
    if toc_blocks is None:
        toc_blocks = set()
    # Annex numbers alone as headings (a section column read apart by the parser, parse.tables.qa_cells): no title
    # to confirm them; two or more in the Annex's order open their sections
    ranks = [order.index(ids[0]) for _, ids in bare]
    bare_found = ([_Heading(i, ids, blocks[i].text, 1, True, "numbered", 1.0) for i, ids in bare]
                  if len(bare) >= 2 and all(a < b for a, b in zip(ranks, ranks[1:])) else [])
    if not candidates:
        return bare_found

    profile = _title_profile([c[2] for c in candidates], refs, encoder, order)
    broad = _title_profile([c[2] for c in candidates], refs, encoder, order, broad=True)
    found: list[_Heading] = list(bare_found)
    unconfirmed: list[tuple[int, tuple[str, ...], int, bool]] = []  # Annex numbers whose title did not confirm them
    # a keyword that also heads chapters with numbers the Annex does not have
    # ("Capítulo 3", "Kapitel IV") numbers the document's own chapters
    own_keywords = {
        r[0].split()[0].casefold()
        for i, ids, _, _, labelled in candidates
        if not ids and labelled and (r := match_relabelled_heading(blocks[i].text)) and " " in r[0]
    }
    # the document's one-digit numbered headings are "1." and "2.", once each and in that order: the Annex's two
    # top-level sections, not an own chapter numbering (which runs on to "3.": fresh5 hu, "1. Bevezetés" … "5.");
    # their titles rank their sections as any Annex number's must (fi "2. Strategiset tavoitteet ja keskeiset
    # toimenpiteet" ranks 2 second after 2.6, "1. … toimintaympäristö" ranks 1 fifth; fresh7 #3)
    top_level = [(ids[0], (match_heading_number(blocks[i].text, valid) or HeadingMatch((), None, "")).keyword)
                 for i, ids, _, _, _ in candidates if ids and all(len(x) == 1 for x in ids)]
    # bare numbers only: "Capítulo 1" / "Kapitel 2" number the document's own chapters (seg-pt-chapter)
    annex_top = top_level == [("1", None), ("2", None)] and not any(
        re.match(r"\s*[3-9]\.?\s", blocks[i].text) for i, ids, *_ in candidates if not ids)
    for row, (i, ids, title, styled, labelled) in enumerate(candidates):
        keyword = (match_heading_number(blocks[i].text, valid) or HeadingMatch((), None, "")).keyword if ids else None
        if ids and keyword and keyword.casefold() in own_keywords:
            ids = ()
        if ids:
            best = order.index(ids[0])
            rank = int((profile[row] > profile[row, best]).sum()) + 1
            # sibling/parent headings share words ("2.2" vs "2.2.1"): allow the family
            family_rank = rank
            for s in ids:
                j = order.index(s)
                family_rank = min(family_rank, int((profile[row] > profile[row, j]).sum()) + 1)
            limit = cfg.heading_rank + (2 if styled else 0)
            # in a document numbered paragraph by paragraph its integers are its paragraphs: a "1." title line between
            # them (no sentence end, not one of the paragraphs) is the Annex's, judged as decimals are (heads14 lt-paras
            # "1. NACIONALINĖ PADĖTIS" ranks 1 second)
            own_chapter = not (own_paragraphs and i not in own_paragraphs and not _SENTENCE_END_RE.search(title.rstrip()))
            if all(len(x) == 1 for x in ids) and not (annex_top and styled) and own_chapter:
                limit = 1  # "1." / "Kapitel 2": as often the document's own chapter number as the Annex's
            logger.debug("%s %r claims %s: title rank %d (limit %d)", "run-in" if i in run_in else "numbered", title, ids[0],
                         family_rank, limit)
            if family_rank <= limit:
                conf = 1.0 if family_rank == 1 else max(0.5, 1.0 - 0.1 * (family_rank - 1))
                found.append(_Heading(i, ids, blocks[i].text, family_rank, styled, "numbered", conf, run_in=i in run_in))
                continue
            unconfirmed.append((i, ids, family_rank, styled))
        key = normalise(title).rstrip(" :.")
        if key in exact_titles:
            found.append(_Heading(i, (exact_titles[key],), blocks[i].text, 1, styled, "title", 1.0, run_in=i in run_in))
            continue
        if i in run_in:
            continue  # a run-in line is its section's answer, no own chapter title
        if title_candidates is not None:
            # an unnumbered title must name the section's own Annex title; an
            # own-numbered one may paraphrase it (closest to any of its wording)
            labelled = labelled or bool(ids)
            title_candidates[i] = (np.maximum(profile[row], broad[row]) if labelled else profile[row], labelled)

    # each unconfirmed Annex number's title read against every section's whole wording (guidance and questions): the
    # rank of its claimed section (or a sibling it also claims), as :func:`_topical_numbers` reads it
    row_of = {i: r for r, (i, *_) in enumerate(candidates)}
    topic_ranks = {i: min(int((broad[row_of[i]] > broad[row_of[i], order.index(s)]).sum()) + 1 for s in ids)
                   for i, ids, *_ in unconfirmed}

    def _settle(found: list[_Heading], unconfirmed: list[tuple[int, tuple[str, ...], int, bool]],
                topical: list[_Heading]) -> tuple[list[_Heading], list[tuple[int, tuple[str, ...], int, bool]]]:
        """The headings (one per section) from the confirmed ``found``, and the Annex numbers left unconfirmed."""
        assert toc_blocks is not None
        if title_candidates is not None:
            for i in {h.index for h in topical}:
                title_candidates.pop(i, None)
        # tables of contents: a run of candidates with nothing between them
        body = [i for i, b in enumerate(blocks) if not _is_furniture(b)]
        position = {i: k for k, i in enumerate(body)}
        # a listing of Annex numbers (a table of contents without page numbers, a correspondence table "2.5. … – not
        # covered."): its lines are no headings, whether or not their titles were confirmed
        listing = _listing_lines(blocks, body, order, cfg)
        if listing and _run_in_body(listing, run_in, found, unconfirmed):
            listing = set()  # the document is its run-in lines, one per Annex section (fresh9 #2): no listing
        if listing:
            found = [h for h in found if h.index not in listing]
            unconfirmed = [u for u in unconfirmed if u[0] not in listing]
            if title_candidates is not None:
                for i in listing:
                    title_candidates.pop(i, None)
            toc_blocks.update(listing)
        runs: list[list[_Heading]] = []
        kept: list[_Heading] = [h for h in found if h.run_in]  # a run-in heading carries its answer: no contents line
        for h in found:
            if h.run_in:
                continue
            if runs and position[h.index] - position[runs[-1][-1].index] == 1:
                runs[-1].append(h)
            else:
                runs.append([h])
        toc: list[int] = []
        for run in runs:
            # the entries up to the last one whose section is headed again further on
            # are a table of contents; the real headings may follow it directly
            again = [k for k, h in enumerate(run) if any(g.index > h.index and g.section_ids[0] == h.section_ids[0] for g in found)]
            cut = again[-1] + 1 if again and len(run) >= 2 else 0
            toc.extend(h.index for h in run[:cut])
            rest = run[cut:]
            if len(rest) >= 4:
                toc.extend(h.index for h in rest)
                continue
            kept.extend(rest)
        found = kept
        toc_blocks.update(toc)
        for h in _in_sequence(blocks, unconfirmed, found, order, set(toc), cfg, parts, set(run_in), bool(own_paragraphs),
                              topic_ranks):
            found.append(h)
            if title_candidates is not None:
                title_candidates.pop(h.index, None)
        found.sort(key=lambda h: h.index)

        # one heading per section: numbered before title, best-ranked, then the later (past the front matter)
        best_for: dict[tuple[int, str], _Heading] = {}
        for h in found:
            sid = (parts[h.index] if parts is not None else 0, h.section_ids[0])
            cur = best_for.get(sid)
            if cur is None or (h.method != "numbered", h.rank, -h.styled) <= (cur.method != "numbered", cur.rank, -cur.styled):
                best_for[sid] = h
        return sorted(set(best_for.values()), key=lambda h: h.index), unconfirmed

    topical = _topical_numbers(blocks, candidates, unconfirmed, broad, order, cfg)
    if topical:
        # a topical number completes the document's run of Annex numbers; when an Annex number of that run (styled,
        # heading text) is still confirmed neither by its title nor by its place, the document's numbering is no run
        # the topical numbers can be read into (fresh10's Estonian one-table strategy: "2.1.2." topical and "2.3.3."
        # confirmed left "1." and "2.6." out, the first front matter, the last an answer heading in 2.3.3): the
        # numbers are left to the reading of the text below them, as without topical numbers
        saved = (list(found), list(unconfirmed), dict(title_candidates) if title_candidates is not None else None,
                 set(toc_blocks))
        cand_idx = {i for i, *_ in candidates}
        result, left = _settle(found + topical, [u for u in unconfirmed if u[0] not in {h.index for h in topical}],
                               topical)
        settled = {h.index for h in result}
        # only a number standing before the last settled heading tells against the run: one after it cannot be
        # confirmed by its place here (no confirmed heading follows it) and is left to the later readings, as it was
        # (fresh15's Slovenian OCR scan: "2.6. Viri", title rank 12, after "1.", "2.1.2. Vračanje", "2.3.3.")
        last = max(settled, default=-1)
        if not any(styled and i < last and i not in settled and i not in toc_blocks and _heads_text(blocks, i, cand_idx)
                   for i, _, _, styled in left):
            return result
        logger.debug("topical numbers %s dropped: the Annex numbers %s are confirmed neither by title nor by place",
                     [h.section_ids[0] for h in topical], [ids[0] for i, ids, *_ in left if i not in settled])
        found, unconfirmed = saved[0], saved[1]
        if title_candidates is not None and saved[2] is not None:
            title_candidates.clear()
            title_candidates.update(saved[2])
        toc_blocks.clear()
        toc_blocks.update(saved[3])
    return _settle(found, unconfirmed, [])[0]


def _listing_lines(blocks: Sequence[Block], body: Sequence[int], order: Sequence[str], cfg: SegmentConfig) -> set[int]:
    """Block indices of listings of Annex numbers: tables of contents without page numbers, correspondence tables.

    A listing is a run of at least ``cfg.listing_min_entries`` consecutive body
    blocks (``body``: block indices without page furniture, in document order)
    that each open with an Annex number, in the Annex's order (each number
    after the one before it), with no text of their own between them: "1.
    Context – Chapter 1." / "2.1.1. External dimension – not covered …" / … /
    "2.6. Capacity … – not covered.". The language and wording of the entries
    play no part. The run's last entry stays out of the listing when it is
    the heading of the text below it (text follows, and it is a title: no
    sentence end), as when a table of contents is followed by the first
    heading of the body. Real headings of sections left empty ("2.", "2.1",
    "2.1.1" over the text of 2.1.1) make runs of three at most.

    Returns:
        the indices of the listing's entries (empty when there is none).
    """
    pos = {s: k for k, s in enumerate(order)}
    out: set[int] = set()
    run: list[int] = []

    def close(end: int) -> None:
        if len(run) < cfg.listing_min_entries:
            return
        entries = list(run)
        last = blocks[entries[-1]].text.strip()
        # text of its own follows the run (not the next listing or heading line)
        has_text = end < len(body) and match_heading_number(blocks[body[end]].text, order) is None
        if has_text and not _SENTENCE_END_RE.search(last):
            entries = entries[:-1]
        if len(entries) >= cfg.listing_min_entries:
            out.update(entries)

    prev_pos = -1
    for k, i in enumerate(body):
        hm = match_heading_number(blocks[i].text, order)
        here = pos[hm.section_ids[0]] if hm is not None else None
        if here is not None and run and here > prev_pos:
            run.append(i)
        else:
            close(k)
            run = [i] if here is not None else []
        prev_pos = here if here is not None else -1
    close(len(body))
    return out


def _run_in_body(listing: set[int], run_in: dict[int, int], found: Sequence[_Heading],
                 unconfirmed: Sequence[tuple[int, tuple[str, ...], int, bool]], min_answer_words: int = 5) -> bool:
    """Whether a listing of Annex numbers is the document itself: one run-in line per Annex section (fresh9 #2).

    A one-page strategy "2.1.2. Dimensione interna: 20 000 rimpatri all'anno, …" / "2.3.3. Accoglienza: 95 000
    posti …" is a run of lines in the Annex's order, as a table of contents or a correspondence table is ("2.5.
    Integrated policymaking – not covered."), but each line answers its section. It is the document's body when
    at least three quarters of the listing's lines are run-in lines (``run_in``: block index -> words after the
    run-in heading), their answers run to ``min_answer_words`` words or more at the median (a correspondence
    table's "Chapter 1.", "not covered." run to two), and no Annex heading stands outside the listing (a
    correspondence table follows a body with headings of its own).
    """
    lines = [run_in[i] for i in listing if i in run_in]
    if len(lines) < 0.75 * len(listing) or sorted(lines)[len(lines) // 2] < min_answer_words:
        return False
    return not any(h.index not in listing for h in found) and not any(u[0] not in listing and u[0] not in run_in for u in unconfirmed)


def _foreign_numbers(blocks: Sequence[Block], order: Sequence[str]) -> int:
    """Decimal numbers ("1.1", "3.2", "7.4") opening blocks that the Annex does not have: the document's own numbering."""
    foreign = 0
    for b in blocks:
        relabel = match_relabelled_heading(b.text) if not _is_furniture(b) else None
        if relabel is not None and re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,2}", relabel[0]) and relabel[0] not in order:
            foreign += 1
    return foreign


def _heads_text(blocks: Sequence[Block], i: int, cand_idx: set[int]) -> bool:
    """Whether text follows block ``i`` before the next heading candidate (``cand_idx``): no table-of-contents line."""
    following = next((j for j in range(i + 1, len(blocks)) if not _is_furniture(blocks[j])), None)
    return following is not None and following not in cand_idx


def _topical_numbers(
    blocks: Sequence[Block],
    candidates: Sequence[tuple[int, tuple[str, ...], str, bool, bool]],
    unconfirmed: Sequence[tuple[int, tuple[str, ...], int, bool]],
    broad: np.ndarray,
    order: Sequence[str],
    cfg: SegmentConfig,
) -> list[_Heading]:
    """Styled Annex numbers whose short title names the section's topic rather than its official title.

    A member state heads Annex 2.1.2 ("Internal dimension") "2.1.2. Návraty" (returns) and 2.3.3 ("A robust
    reception system") "2.3.3. Podmínky přijetí" (reception conditions): the number is the Annex's, the title one
    of the section's own topics, which the encoder ranks far from the official heading (13th) but close to the
    section's wording as a whole (guidance and questions name returns and reception conditions). Such a number and
    title both match the Annex: the candidate (one of ``unconfirmed``, ``(block index, claimed ids, title rank,
    styled)``; ``candidates`` and ``broad`` are :func:`_find_headings`' candidate rows and their
    ``(n_candidates, n_sections)`` cosines to each section's whole wording) is an Annex heading (method
    ``numbered``, confidence 0.7, ``topical``) when

    * it is styled (bold, a heading style or a larger font: a heading by its look, not a numbered list item);
    * its number is a sub-section's ("2.1.2", not "1." or "2.": those are as often the document's own chapters);
    * its claimed section (or a sibling it also claims) is among the ``cfg.heading_rank + 2`` sections closest to
      its title read against every section's wording;
    * the document's Annex numbers stand in the Annex's order (each claimed section after the one before), and the
      document does not number on its own (two or more decimal numbers the Annex does not have, "1.1", "4.2":
      its "2.1.1 Opleiding van personeel" is its own);
    * text follows it before the next heading candidate (no table-of-contents line).

    In a partial document the text below it is then judged as below any heading (:func:`_headings_content_agrees`).
    """
    if not unconfirmed or _foreign_numbers(blocks, order) >= 2:
        return []
    pos = {s: k for k, s in enumerate(order)}
    cand_idx = {i for i, *_ in candidates}

    heads_text = lambda i: _heads_text(blocks, i, cand_idx)  # noqa: E731

    ranks = [pos[ids[0]] for i, ids, *_ in candidates if ids and heads_text(i)]
    if any(a >= b for a, b in zip(ranks, ranks[1:])):
        return []  # Annex numbers out of the Annex's order: the document's own numbering somewhere
    row_of = {i: r for r, (i, *_) in enumerate(candidates)}
    out: list[_Heading] = []
    for i, ids, _, styled in unconfirmed:
        if not styled or all(len(x) == 1 for x in ids) or not heads_text(i):
            continue
        row = broad[row_of[i]]
        rank = min(int((row > row[pos[s]]).sum()) + 1 for s in ids)
        if rank > cfg.heading_rank + 2:
            continue
        out.append(_Heading(i, ids, blocks[i].text, rank, styled, "numbered", 0.7, topical=True))
    return out


def _in_sequence(
    blocks: Sequence[Block],
    unconfirmed: Sequence[tuple[int, tuple[str, ...], int, bool]],
    found: Sequence[_Heading],
    order: Sequence[str],
    toc: set[int],
    cfg: SegmentConfig,
    parts: Sequence[int] | None = None,
    run_in: set[int] | None = None,
    paragraph_numbered: bool = False,
    topic_ranks: Mapping[int, int] | None = None,
) -> list[_Heading]:
    """Annex numbers whose title the encoder could not confirm, taken on the strength of their place in the sequence.

    The encoder reads some EU languages poorly (Irish, Maltese: "2.1.1 An ghné
    sheachtrach" ranks ninth among the Annex headings, "1. Comhthéacs …" sixth).
    Such a candidate (``(block index, claimed ids, title rank, styled)``) is an
    Annex heading when the document already has at least two confirmed numbered
    headings (not in a table of contents) and its number falls strictly between
    the sections of its confirmed neighbours in document order (the Annex's
    order is kept: a document's own "2.1 Staff" under Annex 2.6, or a numbered
    list "1." / "2." inside a section, breaks it) and either it is the Annex
    section right after the previous or right before the next confirmed heading
    (a gap of one), or its title ranks among the closer half of the Annex
    headings (never beyond the closest three quarters). When it is the
    document's only unconfirmed Annex number and three or more are confirmed,
    the document follows the Annex's numbering and its rank is not asked
    (Irish "2.1.1. An ghné sheachtrach", 13th, before 2.2.2, 2.3.3 and 2.6;
    a French sports strategy in the Annex's numbering has many unconfirmed
    numbers). The neighbours are those of its language part (``parts``, one per
    block: the Irish half's last "2.6." is followed by the English half's "1.",
    which is no break of the order). In a document numbered paragraph by paragraph (``paragraph_numbered``,
    :func:`paragraph_numbering`: its integers "1." … "N." are its own paragraphs) a decimal Annex number in the
    Annex's order between its confirmed neighbours is the Annex's whatever its title's rank: the document's own
    numbering is taken by its paragraphs (heads14 it-paras "2.1.2. RIMPATRI E RIAMMISSIONI", 13th, between "1." and
    "2.3.3."; an own wording of the title, not the Annex's). When ``topic_ranks`` is given (block index → rank of the
    claimed section by the title read against every section's whole wording, :func:`_topical_numbers`), a
    candidate whose title names its section's topic there (rank at most ``cfg.heading_rank + 2``, as a topical
    number's must) is taken whatever its title's rank among the headings: a one-word own title under the Annex's
    number reads the section's wording, not its official heading (heads15: de "2.1.2. Rückkehr" ranks 2.1.2's
    heading 17th and its wording first, between "1." and "2.6.", with "2.3.3. Aufnahmebedingungen" also
    unconfirmed, so not sole). Text must follow it
    before the next heading candidate (a table of contents line does not; a run-in heading, ``run_in``, carries
    its text on its own line). A
    document with two or more numbered lines the Annex does not have ("1.1",
    "3.2") numbers on its own: nothing is taken there. Method ``numbered``,
    confidence 0.5.
    """
    numbered = sorted((h for h in found if h.method == "numbered"), key=lambda h: h.index)
    if len(numbered) < 2 or not unconfirmed:
        return []
    # a document numbering on its own ("1.1", "3.2", "7.4": numbers the Annex does not have) owns its "2.3" too
    if _foreign_numbers(blocks, order) >= 2:
        return []
    pos = {s: k for k, s in enumerate(order)}
    cand_idx = {i for i, *_ in unconfirmed} | {h.index for h in found} | toc
    # the document's run-in lines ("2.5 Coordenação: uma comissão …") in the Annex's order, three or more confirmed:
    # the document is one line per Annex section, and each of its lines in that order answers its number
    lines = sorted([(h.index, h.section_ids) for h in found if h.run_in]
                   + [(i, ids) for i, ids, *_ in unconfirmed if run_in is not None and i in run_in])
    run_in_ordered = (sum(h.run_in and h.method == "numbered" for h in found) >= cfg.run_in_order_min_confirmed
                      and all(pos[a[-1]] < pos[b[0]] for (_, a), (_, b) in zip(lines, lines[1:])))
    out: list[_Heading] = []
    for i, ids, rank, styled in unconfirmed:
        if i in toc or any(abs(i - t) <= 1 for t in toc):
            continue
        mine = [h for h in numbered if parts is None or parts[h.index] == parts[i]]
        prev = [h for h in mine if h.index < i]
        nxt = [h for h in mine if h.index > i]
        p_lo = pos[ids[0]]
        p_hi = pos[ids[-1]]
        lo = pos[prev[-1].section_ids[-1]] if prev else -1
        hi = pos[nxt[0].section_ids[0]] if nxt else len(order)
        if not lo < p_lo <= p_hi < hi:
            logger.debug("unconfirmed %r (%s) out of the Annex's order", blocks[i].text[:40], ids[0])
            continue
        adjacent = (prev and p_lo == lo + 1) or (nxt and p_hi == hi - 1)
        # every other Annex number of the document confirmed by its title (three or more): the document follows
        # the Annex's numbering, and its one unconfirmed number in order is the Annex's too, however poorly the
        # encoder reads the title ("2.1.1. An ghné sheachtrach" before 2.2.2, 2.3.3 and 2.6)
        sole = len(unconfirmed) == 1 and len(numbered) >= 3
        sole = sole or (paragraph_numbered and all("." in x for x in ids))
        sole = sole or (run_in_ordered and run_in is not None and i in run_in)
        topic = topic_ranks.get(i) if topic_ranks is not None else None
        names_topic = topic is not None and topic <= cfg.heading_rank + 2
        far = rank > (3 * len(order)) // 4 or (not adjacent and rank > len(order) // 2)
        if not sole and not names_topic and far:
            logger.debug("unconfirmed %r (%s): title rank %d (topic rank %s) too far", blocks[i].text[:40], ids[0], rank,
                         topic)
            continue
        following = [j for j in range(i + 1, len(blocks)) if not _is_furniture(blocks[j])]
        carries = run_in is not None and i in run_in
        if not carries and (not following or following[0] in cand_idx and following[0] not in {h.index for h in found}):
            continue
        out.append(_Heading(i, ids, blocks[i].text, rank, styled, "numbered", 0.5, run_in=carries))
    return out


def _repeated_under_headings(blocks: Sequence[Block], body: Sequence[int], headings: Sequence[_Heading]) -> set[int]:
    """Body blocks whose text (whitespace-normalised) stands under two or more different headings.

    A paragraph repeated word for word under several headings ("Podrobnosti opatření … jsou popsány v příloze
    strategie" under every section of fresh11's Czech strategy) says nothing of which section it belongs to: it is
    no evidence for or against a heading, and read by content it pulls every span towards one section.
    """
    starts = sorted(h.index for h in headings)
    under: dict[str, set[int]] = {}
    for i in body:
        k = sum(1 for s in starts if s < i)
        under.setdefault(" ".join(blocks[i].text.split()), set()).add(k)
    return {i for i in body if len(under[" ".join(blocks[i].text.split())]) >= 2}


def _headings_content_agrees(
    blocks: Sequence[Block],
    headings: list[_Heading],
    template: Template,
    refs: _TemplateRefs,
    encoder: Encoder,
    cfg: SegmentConfig,
    body_size: float,
    doc_id: str,
    title_candidates: dict[int, tuple[np.ndarray, bool]],
    exemplars: SectionExemplars | None = None,
    span_ends: dict[int, int] | None = None,
) -> list[_Heading]:
    """Keep the few Annex headings of a partial document that the text below them bears out.

    With fewer than ``cfg.min_numbered_sections`` headings, one stray match
    (a free-form document's own "1. Context" or "2. Goals") would pull
    everything after it into one section. The body is placed by content
    once; a heading whose span (to the next heading) holds at least
    ``cfg.heading_check_words`` words of which less than
    ``cfg.min_heading_agreement`` are placed in its section (or its parent or
    children) is dropped. Shorter spans are kept: too little text to judge.

    A paragraph repeated word for word under two or more headings is left out (:func:`_repeated_under_headings`).
    Under an Annex number confirmed by its title (method ``numbered``, rank 1:
    "2.6. Tinkami pajėgumai strategijai įgyvendinti") only the prose is judged:
    a table of measures lists every other section's topics (reception centres,
    border surveillance, return, Eurodac) row by row, so its words are placed
    elsewhere by content however rightly they stand under the heading (fresh4
    finding #4). So under a confirmed Annex number of a parent section ("2. Strategiset tavoitteet ja keskeiset
    toimenpiteet", rank 2, over a table of measures of all its sub-sections read as context: fresh7 #3). Other
    headings are judged on tables too; the text under a heading of "2" may stand in any section below it.
    In a document numbered paragraph by paragraph (:func:`paragraph_numbering`) a decimal Annex number (confirmed by
    its title, or in the Annex's order, :func:`_in_sequence`) is not judged: the integers are the document's own, the
    decimals the Annex's (heads14: an own upper-case title ranking its section 13th stood over paragraphs of detail).
    ``span_ends`` (heading block index → block index) ends a heading's span earlier, at the own chapter that
    closes its section (:func:`.own_chapters.own_chapter_breaks`): the free chapters after it are not its text.
    """
    # the member state's own annex after the last heading is no text of that heading's section (as in the segmentation)
    annex_start = next((i for i, b in enumerate(blocks) if i > headings[-1].index and not _is_furniture(b) and is_annex_heading(b)),
                       len(blocks))
    body = [i for i, b in enumerate(blocks) if not _is_furniture(b) and headings[0].index < i < annex_start
            and i not in {h.index for h in headings}]
    repeated = _repeated_under_headings(blocks, body, headings)
    body = [i for i in body if i not in repeated]
    if not body:
        return headings
    candidates = [s.id for s in template.sections if s.key_elements]
    breaks = {i for i, (_, labelled) in title_candidates.items() if labelled}
    placed, _ = _align_by_content(blocks, body, candidates, template, refs, encoder, cfg, body_size, doc_id, breaks, exemplars)
    own_paragraphs = paragraph_numbering(blocks)
    kept: list[_Heading] = []
    for k, h in enumerate(headings):
        if own_paragraphs and h.method == "numbered" and all("." in s for s in h.section_ids):
            # a document numbered paragraph by paragraph ("1." … "159.") numbers its own text with integers: its
            # decimal Annex number whose title names the section is the Annex's (fresh8 #5), however many
            # paragraphs of implementation detail stand below it
            kept.append(h)
            continue
        end = headings[k + 1].index if k + 1 < len(headings) else len(blocks)
        end = min(end, (span_ends or {}).get(h.index, end))
        span = [i for i in body if h.index < i < end]
        parent = any(s.parent_id in h.section_ids for s in template.sections)
        if h.method == "numbered" and (h.rank == 1 or parent):
            span = [i for i in span if blocks[i].kind != "table"]
        words = sum(count_words(blocks[i].text) for i in span)
        if words < cfg.heading_check_words:
            kept.append(h)
            continue
        family = set(h.section_ids)
        for sid in h.section_ids:
            sec = template.section(sid)
            if sec.parent_id:
                family.add(sec.parent_id)
            # every section below it: the text under "2." (a table of measures) reads 2.1.2, 2.3.3, 2.6 …
            family.update(s.id for s in template.sections if s.id.startswith(sid + "."))
        agree = sum(count_words(blocks[i].text) for i in span if placed.get(i) in family)
        if agree >= cfg.min_heading_agreement * words:
            kept.append(h)
        else:
            logger.debug("heading %r (rank %d) dropped: %d of %d words agree", blocks[h.index].text[:40], h.rank, agree, words)
    return kept


def _past_title_lines(blocks: Sequence[Block], ids: Sequence[int], start: int, body_size: float, cfg: SegmentConfig) -> int:
    """Move ``start`` down a run of short heading-shaped lines: the document's title sits above its first heading."""
    nxt = [i for i in ids if i > start]
    if match_relabelled_heading(blocks[start].text) is not None:
        return start  # the document's own chapter heading ("Kapitel 1 –") is no title line
    while nxt and _title_shaped(blocks[nxt[0]], body_size, cfg.max_title_words):
        start, nxt = nxt[0], nxt[1:]
        if match_relabelled_heading(blocks[start].text) is not None:
            break  # a heading of the document's own numbering ("I.", "Kapitel 1:") opens the text: no title line below it
    return start


def _free_form_start(blocks: Sequence[Block], body_ids: Sequence[int], body_size: float, max_title_words: int = 20) -> int:
    """Index of the first block of the strategy proper in a free-form document.

    The strategy starts at a heading-shaped block with a paragraph among the
    three blocks below it: 25 words, or in a document of short paragraphs
    (an excerpt, a note) 0.8 × the median length of its blocks that are not
    title-shaped (never below 12 words; a Maltese excerpt's answers run 20–26).
    Without such a block it starts after the table of contents (a block
    :func:`.common.is_toc_like` among the first tenth), else at the first block.
    """
    lengths = sorted(count_words(blocks[i].text) for i in body_ids if not _title_shaped(blocks[i], body_size, max_title_words))
    paragraph = min(25, max(12, int(0.8 * lengths[len(lengths) // 2]))) if lengths else 25
    toc_end = -1
    for i in body_ids[: max(10, len(body_ids) // 5)]:
        if is_toc_like(blocks[i].text):
            toc_end = i
    for i in body_ids:
        if i > toc_end and match_relabelled_heading(blocks[i].text) is not None:
            # a chapter of the document's own numbering ("I.", "Kapitel 1:") over text: long titles too
            if sum(count_words(blocks[j].text) for j in [j for j in body_ids if j > i][:3]) >= 25:
                return i
        if i > toc_end and _title_shaped(blocks[i], body_size, max_title_words) and count_words(blocks[i].text) >= 1:
            # the title page's lines are heading-shaped too: require body text soon after
            nxt = [j for j in body_ids if j > i][:3]
            if any(count_words(blocks[j].text) >= paragraph for j in nxt):
                return i
            # a chapter of the document's own numbering ("I.", "Kapitel 1:") over short paragraphs
            if match_relabelled_heading(blocks[i].text) is not None and sum(count_words(blocks[j].text) for j in nxt) >= 25:
                return i
    # no heading-shaped start: the strategy starts right after its table of contents, if any (body paragraphs
    # opening with bold run-in heads, "Regresso. Todos os anos …", fresh9 #5), else at its first block
    return next((i for i in body_ids if i > toc_end), body_ids[0] if body_ids else 0)
