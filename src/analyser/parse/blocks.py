"""PDF pass 2: document-wide statistics, line roles, grouping lines into blocks and blocks into :class:`~analyser.schema.Block` records.
"""

from __future__ import annotations

import functools
import re
import statistics
from collections import Counter

from analyser.lexicon import CLAUSE_END_PUNCT, CLOSING_PUNCT, SENTENCE_END_PUNCT
from analyser.parse.chars import HYPHENS, LIST_START_RE
from analyser.parse.footnotes import footnote_blocks, mark_cited_notes, mark_endnotes, mark_footnotes
from analyser.parse.furniture import mark_headers_footers
from analyser.parse.hyphenation import (has_same_vowel_hyphen, hyphens_kept_by_default, join_texts,
                                        same_vowel_compounds, vocabulary)
from analyser.parse.model import Line, LineBlock, PageLines
from analyser.parse.tables import drop_repeated_header_rows
from analyser.parse.toc import TOC_LINE_RE, carry_page_numbers, is_toc_block
from analyser.text import detect_language
from analyser.errors import TemplateError
from analyser.schema import Block, BlockKind
from analyser.template import load_template, normalise


#: Sentence-final punctuation (a paragraph ending so is not continued on the next page).
SENTENCE_END_RE = re.compile(rf"[{re.escape(SENTENCE_END_PUNCT + CLAUSE_END_PUNCT + CLOSING_PUNCT)}]\s*$")


#: Vertical gap (as a fraction of the font size) above which a new block starts.
BLOCK_GAP_RATIO = 0.5


#: Headings have at most this many words.
HEADING_MAX_WORDS = 30


#: Fewest in-paragraph line pairs on a page from which its own line spacing is measured (:func:`_line_spacing_gap`).
SPACING_MIN_PAIRS = 3


#: A line at least this share of its page's text width, ending in no punctuation, goes on in the next line: its gap
#: to it measures the page's line spacing (:func:`_spacing_gaps`).
SPACING_LONG_LINE = 0.6


#: In-paragraph gaps within this many font sizes of their median are "exact" (lines placed at a fixed pitch).
SPACING_EXACT_BAND = 0.03


#: On a widely spaced page of exactly pitched lines, a gap beyond the line spacing by this many font sizes starts a
#: block (a paragraph's "space after" of 3 points at 11 points is 0.27).
SPACING_EXACT_RATIO = 0.25


#: On a page of exactly pitched lines (three quarters of its in-paragraph gaps within :data:`SPACING_EXACT_BAND` of
#: their median), a gap beyond that pitch by this many font sizes (five times the band) starts a block, whatever the
#: spacing: lines broken by hand at a 1.5 × size pitch with paragraphs 0.19 font sizes further apart (parse13
#: ``de-2026.broken-pitch15.pdf``), single-spaced lines with a 2-point "space after" (parse14).
SPACING_EXACT_BREAK = 0.15


#: Line spacing gaps beyond this many font sizes (double spacing of a word processor: ~1.3) are not taken for a
#: paragraph's spacing (spaced-out lines of a cover page or a form).
SPACING_MAX_GAP = 1.5


#: A numbered line stopping this many font sizes short of its column's right edge, with no sentence end, after a
#: finished sentence, is a title line: its own block, even in the body font with even spacing (:func:`_title_line`).
TITLE_LINE_SHORT = 3.0


#: Title lines have at most this many words.
TITLE_LINE_MAX_WORDS = 20


#: A line opening with a section number: "2.3.1", "2.3.1.", "1.", "IV." and a word.
NUMBERED_LINE_RE = re.compile(r"^\s*(?:[1-9](?:\.[1-9]){1,2}\.?|[1-9]\.|[IVX]{1,4}\.)\s+\S")


def build_document(pages: list[PageLines]) -> list[Block]:
    """PDF pass 2: the blocks of a document from its pages of lines (pass 1, :mod:`analyser.parse.pdf`).

    Marks running headers/footers and footnotes (the lines' ``role``, changed in place), groups body
    lines into paragraphs, headings, list items and tables, joins a paragraph running over a page
    break and undoes line-end hyphenation with the document's own vocabulary.

    Args:
        pages: every page's lines in reading order; coordinates in PDF points, top-left origin.

    Returns:
        :class:`~analyser.schema.Block` records in reading order, ids ``"b0001"``, ``"b0002"`` …
        (page order: running header, body, footnotes, running footer); empty when no page has a line.
        Raises nothing of its own (a template that cannot be read only leaves the Annex-title test of
        headings out).
    """
    all_lines = [ln for pg in pages for ln in pg.lines]
    if not all_lines:
        return []
    mark_headers_footers(pages)
    body_size = _body_size(all_lines)
    left_margin = _left_margin(all_lines)
    for pg in pages:
        mark_footnotes(pg, body_size)
    mark_endnotes(pages, body_size)
    mark_cited_notes(pages, body_size)
    # the body's size once the notes are set apart: a page whose notes outweigh its text (the answers in the
    # footnotes, fresh8 #3) took the notes' size for the body's and read every body paragraph as a heading
    body_size = _body_size(all_lines)
    # after the notes: a table split by a page break may have a footnote under its first part (officepdf es-romansub)
    drop_repeated_header_rows(pages)
    vocab = vocabulary(all_lines)
    keep_default = hyphens_kept_by_default(pages, vocab)
    if not keep_default and has_same_vowel_hyphen(pages):
        # a document hyphenated by its layout with a line-end hyphen between identical vowels: in Finnish or Dutch it
        # is the compound's own ("meri-" + "ilmailun"), in German it may be the layout's ("Gesamtko-" + "ordination")
        sample = " ".join(ln.text for ln in all_lines if ln.role == "body")
        vocab |= same_vowel_compounds(pages, detect_language(sample))

    # in-paragraph line gaps per page, and the document's: a page with too few pairs of its own (a short first page
    # of lines placed one by one) is judged by the document's line spacing
    page_gaps = {pg.info.number: _spacing_gaps([ln for ln in pg.lines if ln.role in ("body", "table")]) for pg in pages}
    doc_gaps = [g for gs in page_gaps.values() for g in gs]
    # per page: (top furniture, body blocks, footnotes, bottom furniture)
    per_page: list[tuple[list[LineBlock], list[LineBlock], list[LineBlock], list[LineBlock]]] = []
    for pg in pages:
        body = [ln for ln in pg.lines if ln.role in ("body", "table")]
        mid = pg.frame_height / 2 if pg.frame_height else 0
        top_hf = [LineBlock([ln], kind="header_footer") for ln in pg.lines if ln.role == "header_footer" and ln.top < mid]
        bot_hf = [LineBlock([ln], kind="header_footer") for ln in pg.lines if ln.role == "header_footer" and ln.top >= mid]
        notes = footnote_blocks([ln for ln in pg.lines if ln.role == "footnote"])
        gaps = page_gaps[pg.info.number]
        spacing = _line_spacing_gap(gaps if len(gaps) >= SPACING_MIN_PAIRS else doc_gaps)
        blocks = _body_blocks(body, body_size, toc="toc" in pg.info.flags, spacing=spacing)
        per_page.append((top_hf, blocks, notes, bot_hf))

    _join_across_pages(per_page)
    page_right = {
        pg.info.number: max(ln.x1 for ln in pg.lines if ln.role == "body" and not ln.sideways)
        for pg in pages
        if any(ln.role == "body" and not ln.sideways for ln in pg.lines)
    }

    out: list[Block] = []
    for top_hf, blocks, notes, bot_hf in per_page:
        for blk in [*top_hf, *blocks, *notes, *bot_hf]:
            out.append(to_block(blk, len(out) + 1, vocab, left_margin, keep_default, page_right))
    return out


def _body_size(lines: list[Line]) -> float:
    """Most common font size over body characters, points."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        if ln.role == "body":
            sizes[ln.size] += ln.n_chars
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _left_margin(lines: list[Line]) -> float:
    """Most common line start x0 (rounded to 1 pt) of body lines: the body's left margin."""
    xs: Counter[float] = Counter(round(ln.x0) for ln in lines if ln.role == "body")
    if not xs:
        return 0.0
    total = sum(xs.values())
    # the leftmost x0 that a good share of lines start at (indented list lines may outnumber them)
    frequent = [x for x, k in xs.items() if k >= 0.2 * total]
    chosen = min(frequent) if frequent else xs.most_common(1)[0][0]
    return min(ln.x0 for ln in lines if ln.role == "body" and round(ln.x0) == chosen)


#: A lower-case one-letter "enumerator" that, after a line ending in a number, abbreviates the unit of that number:
#: Bulgarian "2030 г." (година), Polish "2030 r." (rok): a line opening with it continues the sentence (chromepdf bg:
#: "Отговорните органи получават до 2030" / "г. по 30 милиона …" was a heading and a list item in another section).
YEAR_ABBREV_RE = re.compile(r"^[a-zа-я]\.$")


def _starts_list(line: Line) -> str | None:
    if line.bullet:
        return line.bullet
    m = LIST_START_RE.match(line.text)
    return m.group("marker") if m else None


def _spacing_gaps(lines: list[Line]) -> list[float]:
    """The gaps (in font sizes) of a page's pairs of lines that are surely inside one paragraph (see
    :func:`_line_spacing_gap`): same column, size and style, no table, the second line opening no list item, and
    either the second line opening in lower case after a line not ending a sentence or clause, or the first line a
    long one (at least :data:`SPACING_LONG_LINE` of the page's text width) ending in no punctuation at all, in a run
    of lines at that pitch that ends a sentence (:func:`_ends_sentence_at_pitch`)."""
    body = [ln for ln in lines if ln.role != "table" and not ln.sideways]
    if not body:
        return []
    width = max(ln.x1 for ln in body) - min(ln.x0 for ln in body)
    gaps: list[float] = []
    for k, (prev, ln) in enumerate(zip(lines, lines[1:])):
        if ln.role == "table" or prev.role == "table" or ln.new_column or abs(ln.size - prev.size) > 0.75:
            continue
        if ln.sideways or prev.sideways or ln.bold != prev.bold or ln.italic != prev.italic:
            continue
        first = ln.text.lstrip()[:1]
        lower = first.islower() and not SENTENCE_END_RE.search(prev.text)
        wrapped = (
            _starts_list(ln) is None
            and not re.search(r"[.;:!?,]\s*$", prev.text)
            and prev.x1 - prev.x0 >= SPACING_LONG_LINE * width
        )
        gap = (ln.top - prev.bottom) / max(min(ln.size, prev.size), 1.0)
        if gap > -0.5 and (lower or (wrapped and _ends_sentence_at_pitch(lines, k + 1, gap))):
            gaps.append(gap)  # (not the next column or a line printed over another)
    return gaps


def _ends_sentence_at_pitch(lines: list[Line], k: int, gap: float) -> bool:
    """Whether the lines from ``lines[k]`` on, each the same gap (to :data:`SPACING_EXACT_BAND` font sizes) below
    the one before, reach a line ending a sentence: prose, not a list of labels and values or a cover page's
    spaced-out lines (rows of no punctuation at an even pitch)."""
    for j in range(k, len(lines)):
        if SENTENCE_END_RE.search(lines[j].text):
            return True
        if j + 1 == len(lines):
            return False
        a, b = lines[j], lines[j + 1]
        if b.role == "table" or b.new_column or abs(a.size - b.size) > 0.75:
            return False
        if abs((b.top - a.bottom) / max(min(a.size, b.size), 1.0) - gap) > SPACING_EXACT_BAND:
            return False
    return False


def _line_spacing_gap(gaps: list[float]) -> tuple[float, float, tuple[float, ...]]:
    """The gap between the lines of one paragraph on a page set with wide (or exactly pitched) line spacing, the
    extra gap that starts a block there, in font sizes, and the measured gaps (sorted; see
    :func:`_starts_block_by_gap`): ``(0.0, BLOCK_GAP_RATIO, ())`` when the spacing is not measured.

    ``gaps`` are the page's (or, when the page has too few, the document's) in-paragraph gaps
    (:func:`_spacing_gaps`). When :data:`SPACING_MIN_PAIRS` or more stand further apart than
    :data:`BLOCK_GAP_RATIO` font sizes (at most :data:`SPACING_MAX_GAP`, double spacing: a cover page's spaced-out
    lines are no paragraph), their median is the page's line spacing, and only a gap beyond it by that ratio
    starts a block — by :data:`SPACING_EXACT_RATIO` when three quarters of the gaps are that median to within
    :data:`SPACING_EXACT_BAND` (lines placed at an exact pitch, where a few points more are a paragraph break:
    :data:`SPACING_EXACT_BREAK`, also on a single-spaced page whose gaps are that exact).
    Text set with 1.5 line spacing (as word processors write drafts: leading ~1.7 font sizes, gap ~0.65) was cut
    into one block per line, each line an ``answer_heading``; a Finnish strategy lost 1.a and 2.3.3.a (0.09 and
    0.05; fresh6 ``fi-2026.ocr-layer.pdf``). Lines placed one by one at a 1.5 × size pitch (matplotlib's PDF
    backend: gap 0.51) with few continuation lines in lower case (Dutch, German) were one block per line until
    long unpunctuated lines were counted as well (fresh9 ``nl-2026.type3.pdf``). Single-spaced pages
    (in-paragraph gaps ~0.1–0.3 font sizes) not at an exact pitch are unchanged.
    """
    if len(gaps) < SPACING_MIN_PAIRS:
        return 0.0, BLOCK_GAP_RATIO, ()
    median = statistics.median(gaps)
    exact = 4 * sum(1 for g in gaps if abs(g - median) <= SPACING_EXACT_BAND) >= 3 * len(gaps)
    if 0.0 < median <= BLOCK_GAP_RATIO - SPACING_EXACT_BREAK and exact:
        # single spacing at an exact pitch: a little more is a paragraph break
        return median, SPACING_EXACT_BREAK, tuple(sorted(gaps))
    if not BLOCK_GAP_RATIO < median <= SPACING_MAX_GAP:
        return 0.0, BLOCK_GAP_RATIO, ()
    return median, (SPACING_EXACT_BREAK if exact else BLOCK_GAP_RATIO), tuple(sorted(gaps))


def _starts_block_by_gap(gap: float, spacing: tuple[float, float, tuple[float, ...]]) -> bool:
    """Whether a gap (in font sizes) between two lines of a page starts a new block, given the page's
    ``spacing`` (:func:`_line_spacing_gap`).

    Single spacing: beyond :data:`BLOCK_GAP_RATIO`. Wide spacing: beyond the page's line spacing by its margin.
    On an exactly pitched page the margin is :data:`SPACING_EXACT_BREAK`, but a gap the old margins
    (:data:`SPACING_EXACT_RATIO` over a wide pitch, :data:`BLOCK_GAP_RATIO` over a single one) do not reach starts
    a block only when it is none of the page's measured in-paragraph gaps (to :data:`SPACING_EXACT_BAND`): a page
    mixing the template's single-spaced questions (gap 0.16) with answers set at 1.15 lines (gap 0.45, corpus
    ``xo-2025.word.pdf`` page 7) keeps its answers whole.
    """
    wide, margin, known = spacing
    if not wide:
        return gap > BLOCK_GAP_RATIO
    if gap > wide + margin and margin != SPACING_EXACT_BREAK:
        return True
    if gap <= wide + margin:
        return False
    old = wide + SPACING_EXACT_RATIO if wide > BLOCK_GAP_RATIO else BLOCK_GAP_RATIO
    return gap > old or not any(abs(gap - k) <= SPACING_EXACT_BAND for k in known)


def _body_blocks(
    lines: list[Line], body_size: float, *, toc: bool, spacing: tuple[float, float, tuple[float, ...]] | None = None
) -> list[LineBlock]:
    """Group a page's body lines into blocks (gap, style change, list start).

    ``spacing``: the page's in-paragraph line gap, the extra gap that starts a block, in font sizes, and the measured
    gaps (:func:`_line_spacing_gap`; ``(0.0, BLOCK_GAP_RATIO, ())`` single spacing); None measures it on ``lines``
    alone.
    """
    if spacing is None:
        spacing = _line_spacing_gap(_spacing_gaps(lines))
    blocks: list[LineBlock] = []
    prev: Line | None = None
    right_edge = max((ln.x1 for ln in lines), default=0.0)
    titled = False  # the block so far is one title line (a heading in the body font)
    for ln in lines:
        if ln.role == "table":  # a table, or a cell of a question | answer table read as a block of its own
            kind = "paragraph" if ln.cell_kind in ("question", "answer") else ln.cell_kind or "table"
            blocks.append(LineBlock([ln], kind=kind))  # type: ignore[arg-type]
            prev = None
            continue
        bullet = _starts_list(ln)
        if bullet is not None and prev is not None and YEAR_ABBREV_RE.match(bullet) and prev.text.rstrip()[-1:].isdigit():
            bullet = None  # "… до 2030" + "г. по 30 милиона …": the year's abbreviation, not a list letter
        if (toc and TOC_LINE_RE.search(ln.text)) or ln.toc:
            bullet = None  # "2.1. Title ........ 5" is a contents line, not a list item
        new = prev is None
        if prev is not None and (ln.toc or prev.toc):
            new = ln.toc != prev.toc  # a titled table of contents is one block
        elif prev is not None and ln.sideways != prev.sideways:
            new = True  # a sideways box starts its own block
        elif prev is not None and ln.new_column:
            # the right-hand column continues the left one's last paragraph only mid-sentence
            new = (
                bullet is not None
                or titled
                or bool(SENTENCE_END_RE.search(prev.text))
                or ln.bold != prev.bold
                or ln.italic != prev.italic
                or abs(ln.size - prev.size) > 0.75
            )
        elif prev is not None:
            gap = ln.top - prev.bottom
            size = max(min(ln.size, prev.size), 1.0)
            if _starts_block_by_gap(gap / size, spacing):
                new = True
            elif (gap > BLOCK_GAP_RATIO * size and len(blocks[-1].lines) == 1 and _starts_list(prev) is not None
                  and len(prev.text.split()) <= TITLE_LINE_MAX_WORDS and not SENTENCE_END_RE.search(prev.text)
                  and right_edge - prev.x1 > ln.first_word_width + 0.5 * size):
                # widely spaced: a numbered title line above its paragraph still stands apart (broken, not wrapped:
                # a list item wrapping "… durch die Nationale" / "Stelle." goes on)
                new = True
            elif ln.bold != prev.bold or ln.italic != prev.italic:
                new = True
            elif abs(ln.size - prev.size) > 0.75:
                new = True
            elif bullet is not None and (ln.bullet or _line_complete(prev, right_edge)):
                # a bold title continued by a bold "– subtitle" line stays one heading
                new = not (ln.bold and prev.bold and bullet in "—–-")
            elif titled or _title_line(ln, prev, lines, body_size):
                new = True  # evenly spaced text in one font: a heading line still stands apart
        if new:
            blocks.append(LineBlock([ln], bullet=bullet))
            titled = ln.role != "table" and _title_line(ln, prev, lines, body_size)
        else:
            blocks[-1].lines.append(ln)
            titled = False
        prev = ln
    for blk in blocks:
        if blk.kind != "table" and blk.lines[0].cell_kind is None:
            blk.kind = _kind(blk, body_size, toc)
    return blocks


def _title_line(ln: Line, prev: Line | None, lines: list[Line], body_size: float = 0.0) -> bool:
    """Whether ``ln`` is a heading line set in the body font (not bold, not larger), with no extra space around it.

    It stands first or follows a finished sentence, has at most
    :data:`TITLE_LINE_MAX_WORDS` words and no sentence-final punctuation, and
    either opens with a section number ("2.3.1", "1.", "IV.") and stops at
    least :data:`TITLE_LINE_SHORT` font sizes short of its column's right edge
    (the furthest line end among the page's lines starting where it starts),
    with room for the next line's first word (a break, not a wrap), or ends its
    column — so it is no wrapped line of a paragraph or heading — or is an Annex
    title as a template pack words it ("Internal dimension"). Such a line is a
    block of its own and the next line starts a new block. A numbered list item
    that fills its line (wraps) is not a title line; a one-line item is a block
    of its own either way.
    """
    text = ln.text.strip()
    if ln.bold or (body_size and ln.size >= body_size + 1.0):
        return False  # a styled heading is told by its style (its lines broken by hand stay one heading)
    if not text or ln.toc or ln.sideways or len(text.split()) > TITLE_LINE_MAX_WORDS or re.search(r"[.;:!?,]\s*$", text):
        return False
    if prev is not None and not SENTENCE_END_RE.search(prev.text):
        return False  # inside a sentence ("… the Pact on Migration and Asylum" / "and the plan of 2024.")
    if not NUMBERED_LINE_RE.match(text):
        # without a number: only an Annex title as the template packs word it, after a finished sentence
        return prev is not None and normalise(text).rstrip(" :.") in _annex_titles()
    size = max(ln.size, 1.0)
    edge = max((o.x1 for o in lines if abs(o.x0 - ln.x0) <= 2 * size and o.role == "body"), default=ln.x1)
    k = next((j for j, o in enumerate(lines) if o is ln), -1)
    if k < 0 or k + 1 == len(lines) or lines[k + 1].new_column:
        return True  # the last line of its column
    nxt = lines[k + 1]
    if nxt.bold != ln.bold or nxt.italic != ln.italic or abs(nxt.size - ln.size) > 0.75:
        return False  # a change of style already ends the block (a bold heading wrapping stays one)
    # a break, not a wrap: the next line's first word would have fitted on this line
    room = edge - ln.x1
    return room > TITLE_LINE_SHORT * size and room > nxt.first_word_width + 0.5 * size


@functools.lru_cache(maxsize=1)
def _annex_titles() -> frozenset[str]:
    """The Annex titles of the template packs (normalised, without number); empty when the template cannot be read."""
    try:
        return frozenset(load_template().title_sections())
    except TemplateError:
        return frozenset()


def _line_complete(line: Line, right_edge: float) -> bool:
    """True when ``line`` can end a list item: punctuation at its end or stopping short of the margin.

    An inline enumeration that wraps ("... asielzoeker; en" / "(4) waar ...")
    must not open a list item: there the previous line runs to the right
    margin without closing punctuation.
    """
    if re.search(r"[.;:!?,]\s*$", line.text):
        return True
    return line.x1 < right_edge - 3 * max(line.size, 1.0)


def _kind(blk: LineBlock, body_size: float, toc: bool) -> BlockKind:
    n_chars = sum(ln.n_chars for ln in blk.lines)
    n_bold = sum(ln.n_chars for ln in blk.lines if ln.bold)
    n_words = sum(len(ln.text.split()) for ln in blk.lines)
    size = statistics.median(ln.size for ln in blk.lines)
    if (toc and any(TOC_LINE_RE.search(ln.text) for ln in blk.lines)) or blk.lines[0].toc:
        return "paragraph"
    if n_words <= HEADING_MAX_WORDS and (n_bold * 2 > n_chars or size >= body_size + 1.0):
        return "heading"
    if blk.bullet is not None:
        return "list_item"
    return "paragraph"


def _join_across_pages(per_page: list[tuple[list[LineBlock], list[LineBlock], list[LineBlock], list[LineBlock]]]) -> None:
    """Join a paragraph cut by a page break into the block on the earlier page, and a table whose rows go on at
    the top of the next page (as many cells in its first row as in the last row before the break; its repeated
    header row already dropped by :func:`~analyser.parse.tables.drop_repeated_header_rows`) into the table before:
    read as two tables, the rows on the next page went to the section of the heading after them (officepdf
    fi-chapletters; a Word table is one block in the .docx)."""
    prev_blocks: list[LineBlock] | None = None
    prev_right = 0.0
    for _top, blocks, _notes, _bot in per_page:
        if prev_blocks and blocks and prev_blocks[-1].kind == blocks[0].kind == "table":
            last, first = prev_blocks[-1], blocks[0]
            if _cells(last.lines[-1].text.split("\n")[-1]) == _cells(first.lines[0].text.split("\n")[0]) > 1:
                last.lines.extend(first.lines)
                blocks.pop(0)
        elif prev_blocks and blocks:
            last, first = prev_blocks[-1], blocks[0]
            a, b = last.lines[-1], first.lines[0]
            # a sentence may end exactly at the page end; a full-width last line still continues
            # (judged on that page's own lines: a one-line remainder carried over from the page before proves nothing)
            full_width = (
                sum(1 for ln in last.lines if ln.page == a.page) > 1 and a.x1 >= prev_right - 1.5 * max(a.size, 1.0)
            )
            if (
                last.kind in ("paragraph", "list_item")
                and first.kind == "paragraph"
                and first.bullet is None
                and (full_width or not SENTENCE_END_RE.search(a.text))
                and not a.sideways
                and not b.sideways
                and a.cell_kind is None
                and b.cell_kind is None
                and a.bold == b.bold
                and a.italic == b.italic
                and abs(a.size - b.size) <= 0.75
            ):
                last.lines.extend(first.lines)
                blocks.pop(0)
        if blocks:
            prev_blocks = blocks
            prev_right = max(ln.x1 for blk in blocks for ln in blk.lines)


def _cells(row: str) -> int:
    """Cells of one table row as the table reader writes it ("a | b | c")."""
    return row.count(" | ") + 1


def to_block(
    blk: LineBlock, number: int, vocab: set[str], left_margin: float, keep_default: bool, page_right: dict[int, float]
) -> Block:
    """Turn a block of lines into a :class:`Block` (text joined, style by majority of characters)."""
    lines = blk.lines
    first_page = lines[0].page
    same_page = [ln for ln in lines if ln.page == first_page]
    text = _block_text(blk, lines, vocab, keep_default, page_right)
    page_starts: list[tuple[int, int]] = []
    if blk.kind == "table":
        # a table going on over a page break: its rows on the later page start after the rows before them
        offset = 0
        for j in range(1, len(lines)):
            offset += len(lines[j - 1].text) + 1
            if lines[j].page != lines[j - 1].page:
                page_starts.append((offset, lines[j].page))
    else:
        for j in range(1, len(lines)):
            if lines[j].page != lines[j - 1].page:
                # where the joined text of the lines before the break stops agreeing with the whole text
                head = _block_text(blk, lines[:j], vocab, keep_default, page_right)
                k = 0
                while k < min(len(head), len(text)) and head[k] == text[k]:
                    k += 1
                while k < len(text) and text[k].isspace():
                    k += 1
                page_starts.append((k, lines[j].page))
    n = max(1, sum(ln.n_chars for ln in lines))
    sizes = [sz for ln in lines for sz, k in zip(ln.sizes, ln.size_weights) for _ in range(k)]
    markers: list[str] = list(blk.footnote_markers)
    if blk.kind != "footnote":
        for ln in lines:
            if ln.lead_marker:
                markers.append(ln.lead_marker)
            markers.extend(ln.markers)
    bullet = blk.bullet if blk.kind in ("list_item", "paragraph") else None
    if blk.kind == "header_footer":
        bullet = None
    return Block(
        id=f"b{number:04d}",
        page=first_page,
        bbox=(
            round(min(ln.x0 for ln in same_page), 2),
            round(min(ln.top for ln in same_page), 2),
            round(max(ln.x1 for ln in same_page), 2),
            round(max(ln.bottom for ln in same_page), 2),
        ),
        text=text,
        kind=blk.kind,
        bold=sum(ln.n_bold for ln in lines) * 2 > n,
        italic=sum(ln.n_italic for ln in lines) * 2 > n,
        size=round(statistics.median(sizes), 2) if sizes else 0.0,
        indent=round(lines[0].x0 - left_margin, 2),
        bullet=bullet,
        footnote_markers=tuple(markers),
        page_starts=tuple(page_starts),
        # the column of a question | answer table's cell (one line, never merged with another; #14)
        table_cell=cell if (cell := lines[0].cell_kind) in ("question", "answer") else None,  # type: ignore[arg-type]
    )


def _block_text(
    blk: LineBlock, lines: list[Line], vocab: set[str], keep_default: bool, page_right: dict[int, float]
) -> str:
    """The text of ``lines`` joined as the block's kind wants it (see :func:`to_block`)."""
    texts = [
        # a line opening with a removed marker before punctuation ("(6)" + ".") glues to the previous line
        "\x02" + ln.text if ln.lead_marker and blk.kind != "footnote" and ln.text[:1] in ",.;:)" else ln.text
        for ln in lines
    ]
    if blk.kind == "heading":
        # visual lines broken before the right margin stay apart ("\n"); wrapped lines are joined
        groups: list[list[str]] = [[texts[0]]]
        for prev, ln, t in zip(lines, lines[1:], texts[1:]):
            # "would the next line's first word have fitted?" tells a manual break from a wrap
            first_w = ln.first_word_width
            room = page_right.get(prev.page, prev.x1) - prev.x1
            cut_word = len(prev.text) >= 2 and prev.text[-1] in HYPHENS and not prev.text[-2].isspace()
            if room > first_w + 0.5 * max(prev.size, 1.0) and not t.startswith("\x02") and not cut_word:
                groups.append([t])
            else:
                groups[-1].append(t)
        text = "\n".join(join_texts(g, vocab, keep_default=keep_default) for g in groups)
    elif blk.kind == "table":
        text = "\n".join(ln.text for ln in lines)
    else:
        sep = "\n" if blk.kind == "paragraph" and (is_toc_block(lines) or lines[0].toc) else " "
        if sep == "\n":
            texts = carry_page_numbers(texts)
        text = join_texts(texts, vocab, sep=sep, keep_default=keep_default)
    text = text.replace(" \x02", "").replace("\x02", "")
    text = re.sub("[" + HYPHENS + "]\x00", "", text).replace("\x00", "")
    text = re.sub(".[" + HYPHENS + "]\x01", "", text).replace("\x01", "")
    return re.sub(r"[ \t]{2,}", " ", text).strip()
