"""Ruled tables found with pdfplumber's ``find_tables`` turned into one table line each.
"""

from __future__ import annotations

import logging
import re
import statistics
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from analyser.parse.chars import HYPHENS, SOFT_HYPHEN
from analyser.parse.hyphenation import join_texts
from analyser.parse.lines import chars_to_words, cluster_lines, finish_line
from analyser.parse.model import Line, PageLines, Word

logger = logging.getLogger(__name__)

_PUNCT = ".,;:!?()[]\"'«»„“”‘’"


def table_lines(page: Any, number: int, chars: list[Word]) -> tuple[list[Line], list[Word]]:
    """Find ruled tables with pdfplumber (``page.find_tables()``, "lines" strategy).

    Only tables of at least two rows and two columns count. Each becomes one
    ``Line`` with ``role="table"`` whose text holds one row per line
    ("\\n"), cells joined by " | " (a cell merged into its neighbour is left
    out; an empty cell is ""); a cell's own lines are joined like paragraph
    lines (a line-end hyphen the form leaves open is dropped: "Rückkehr-" +
    "beratung" -> "Rückkehrberatung"), and a word broken without a hyphen
    because it is wider than a narrow cell ("Erstaufnahm" + "eeinrichtungen")
    is joined without a space (:func:`_unbreak_words`). Glyphs are assigned
    to cells by their centre. A row that is a numbered heading across the
    table (:func:`numbered_heading_row`) splits the table in two: its glyphs
    are left to the running text. A layout table (:func:`layout_table`: "2.1.2. Title | its text" rows) is read as
    its headings and paragraphs, one line each (``cell_kind`` "heading" / "paragraph"), a question | answer table
    (:func:`qa_cells`) as its cells.

    Returns:
        The table lines (PDF points, top-left origin) and the glyphs left
        for the running text.
    """
    try:
        found = [t for t in page.find_tables() if len(t.rows) >= 2 and len(t.columns) >= 2]
    except Exception:  # noqa: BLE001 - a bad ruling must not lose the page's text
        logger.debug("page %d: table search failed", number, exc_info=True)
        return [], chars
    if not found:
        return [], chars

    def inside(c: Word, box: tuple[float, float, float, float]) -> bool:
        h, v = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
        return box[0] <= h < box[2] and box[1] <= v < box[3]

    out: list[Line] = []
    taken: set[int] = set()
    for tab in found:
        in_tab = [c for c in chars if inside(c, tab.bbox)]
        cell_lines: dict[tuple[float, float, float, float], list[_CellLine]] = {}
        for row in tab.rows:
            for cell in row.cells:
                if cell is not None and cell not in cell_lines:
                    cell_lines[cell] = _cell_lines(number, [c for c in in_tab if inside(c, cell)])
        # the cells' inner left padding: the smallest gap between a cell's edge and its text (left-aligned cells)
        pads = [min(ln.x0 for ln in lns) - cell[0] for cell, lns in cell_lines.items() if lns]
        pad = max(0.0, min(pads)) if pads else 0.0
        words = {w.strip(_PUNCT).lower() for lns in cell_lines.values() for ln in lns for w in ln.text.split()[1:-1]}
        x0, _, x1, _ = tab.bbox
        part: list[tuple[str, tuple[float, float, float, float]]] = []  # rows of the current table part
        part_chars: list[Word] = []

        def close_part() -> None:
            if not part:
                return
            ink = [c for c in part_chars if c.text.strip()]
            ln = Line(page=number, text="\n".join(text for text, _ in part), x0=x0, x1=x1,
                      top=part[0][1][1], bottom=part[-1][1][3], role="table")
            ln.size = statistics.median(c.size for c in ink) if ink else 0.0
            ln.n_chars = len(ink)
            ln.n_bold = sum(1 for c in ink if c.bold)
            ln.n_italic = sum(1 for c in ink if c.italic)
            ln.sizes, ln.size_weights = (ln.size,), (max(1, ln.n_chars),)
            out.append(ln)
            part.clear()
            part_chars.clear()

        table_cells: list[list[str]] = []
        table_boxes: list[list[tuple[float, float, float, float]]] = []
        for row in tab.rows:
            cells: list[str] = []
            boxes: list[tuple[float, float, float, float]] = []
            for cell in row.cells:
                if cell is None:
                    continue
                texts = _unbreak_words(cell_lines[cell], cell[2] - pad, words)
                text = join_texts(texts, None)
                text = re.sub(".[" + HYPHENS + "]\x01", "", re.sub("[" + HYPHENS + "]\x00", "", text))
                cells.append(text.replace("\x00", "").replace("\x01", "").replace(SOFT_HYPHEN, ""))
                boxes.append(cell)
            table_cells.append(cells)
            table_boxes.append(boxes)
        qa = qa_cells(table_cells)
        if layout_table(table_cells) and (qa is None or all(len(cells) <= 2 for cells in table_cells)):
            # a strategy laid out as "2.1.2. Title | its text" rows (grid15): each row's title a heading, the other
            # cells paragraphs, read in row order; a header row of labels stays a table block. A three-column table
            # that is also a "section | question | answer" table stays one (its question cells kept apart)
            header = layout_header(table_cells)
            for r, (row, cells, boxes) in enumerate(zip(tab.rows, table_cells, table_boxes)):
                taken.update(id(c) for c in in_tab if inside(c, row.bbox))
                parts = [(None, " | ".join(cells), row.bbox)] if header and r == 0 else [
                    ("heading" if k == 0 else "paragraph", text, box)
                    for k, (text, box) in enumerate((t, b) for t, b in zip(cells, boxes) if t.strip())]
                for k, (kind, text, box) in enumerate(parts):
                    ink = [c for c in in_tab if inside(c, box) and c.text.strip()]
                    ln = Line(page=number, text=text, x0=x0, x1=x1, top=row.bbox[1] + 0.01 * k,
                              bottom=row.bbox[3], role="table", cell_kind=kind)
                    ln.size = statistics.median(c.size for c in ink) if ink else 0.0
                    ln.n_chars = len(ink)
                    ln.n_bold = sum(1 for c in ink if c.bold)
                    ln.n_italic = sum(1 for c in ink if c.italic)
                    ln.sizes, ln.size_weights = (ln.size,), (max(1, ln.n_chars),)
                    ln.bold = ln.n_bold * 2 > ln.n_chars
                    out.append(ln)
            continue
        if qa is not None:
            # a question | answer table: each row's cells read apart, one block each (fresh8 #4)
            for row, cells, boxes, items in zip(tab.rows, table_cells, table_boxes, qa):
                if numbered_heading_row(cells):
                    continue  # its glyphs stay running text, as between two tables: a heading line
                taken.update(id(c) for c in in_tab if inside(c, row.bbox))
                for k, (kind, text) in enumerate(items):
                    box = row.bbox if kind == "table" else (boxes[cells.index(text)] if text in cells else row.bbox)
                    ink = [c for c in in_tab if inside(c, box) and c.text.strip()]
                    # the table's width and a row's cells a hair apart in height: read in row order, left to right,
                    # never as columns of the page
                    ln = Line(page=number, text=text, x0=x0, x1=x1, top=row.bbox[1] + 0.01 * k,
                              bottom=row.bbox[3], role="table", cell_kind=None if kind == "table" else kind)
                    ln.size = statistics.median(c.size for c in ink) if ink else 0.0
                    ln.n_chars = len(ink)
                    ln.n_bold = sum(1 for c in ink if c.bold)
                    ln.n_italic = sum(1 for c in ink if c.italic)
                    ln.sizes, ln.size_weights = (ln.size,), (max(1, ln.n_chars),)
                    ln.bold = ln.n_bold * 2 > ln.n_chars
                    out.append(ln)
            continue
        for row, cells in zip(tab.rows, table_cells):
            row_chars = [c for c in in_tab if inside(c, row.bbox)]
            if numbered_heading_row(cells):
                close_part()  # the heading row's glyphs stay running text: a heading line between two tables
                continue
            taken.update(id(c) for c in row_chars)
            part.append((" | ".join(cells), row.bbox))
            part_chars.extend(row_chars)
        close_part()
    out.sort(key=lambda ln: ln.top)  # stable: the cells of one row stay left to right
    return out, [c for c in chars if id(c) not in taken]


def drop_repeated_header_rows(pages: list[PageLines]) -> None:
    """Remove the header row a table repeats at the top of the next page (in place).

    A table split by a page break often prints its header row again on the
    next page (HTML ``thead``, Word "repeat as header row"). When the first
    body line of a page is a table line of two rows or more whose first row
    equals the first row of the last table line of the page before, with the
    same number of cells, that row is dropped from its text: read twice, the
    header ("N.º | Medida | Año") stood in the middle of the table's measures
    (chromepdf: es-roman, pt-romansub). Footnotes and running furniture
    (roles set before) do not count as the page's last line: a note under the
    table's first part kept the header twice (officepdf: es-romansub). On a
    table running over three pages or more, each page's repeated header is
    compared with the header of the first part (fresh4 lt-2026, fresh7 fi-2026).
    """
    prev_first: str | None = None
    for pg in pages:
        body = [ln for ln in pg.lines if ln.role in ("body", "table")]
        dropped = False
        if body and body[0].role == "table" and prev_first is not None:
            rows = body[0].text.split("\n")
            if len(rows) >= 2 and rows[0] == prev_first and "|" in rows[0]:
                body[0].text = "\n".join(rows[1:])
                dropped = True
        tabs = [ln for ln in body if ln.role == "table"]
        if not (tabs and body[-1] is tabs[-1]):
            prev_first = None
        elif not (dropped and len(tabs) == 1):
            # a table over three pages or more repeats the header of its first page, not its continuation's first row
            prev_first = tabs[-1].text.split("\n")[0]


@dataclass(frozen=True, slots=True)
class _CellLine:
    """One visual line of a table cell: its text, extent (PDF points) and first word."""

    text: str
    x0: float
    x1: float
    words: int
    first_word: str
    first_char_width: float  # mean glyph width of the first word, points


def _cell_lines(number: int, cell_chars: list[Word]) -> list[_CellLine]:
    """The visual lines of one cell, top to bottom."""
    out = []
    for cs in cluster_lines(cell_chars):
        ws, track = chars_to_words(cs)
        if ws:
            ln = finish_line(number, ws, track)
            text = ("• " if ln.bullet else "") + ln.text
            first = ws[0]
            out.append(_CellLine(text, ln.x0, ln.x1, len(text.split()), first.text,
                                 (first.x1 - first.x0) / max(1, len(first.text))))
    return out


def _unbreak_words(lines: list[_CellLine], inner_right: float, known: Collection[str] = ()) -> list[str]:
    """The cell's line texts with words broken at the cell's edge glued back (no space between).

    A layout engine breaks a word wider than the cell where the cell ends, without a hyphen. A
    line is such a broken word when it is a single word ending in a letter that reaches the
    cell's inner right edge ``inner_right`` (PDF points) to within one glyph of the next line's
    first word, and that next line starts with a lower-case letter that is not a word written
    whole inside a line of the table (``known``, lower case: "von" is a word, "eeinrichtung" a
    piece): then "no room left" is the likely reason for the break. A line that ends earlier
    ended because the next word did not fit (a normal wrap, joined with a space by
    :func:`join_texts`). A single word that fills its cell by chance before a lower-case word
    written nowhere else in the table is still glued (no word list is used).
    """
    texts: list[str] = []
    prev: _CellLine | None = None
    for ln in lines:
        if (prev is not None and texts and prev.words == 1 and prev.text[-1:].isalpha()
                and ln.first_word[:1].islower() and inner_right - prev.x1 < ln.first_char_width
                and ln.first_word.strip(_PUNCT).lower() not in known):
            texts[-1] += ln.text
        else:
            texts.append(ln.text)
        prev = ln
    return texts



#: A numbered heading as a table row holds it: "2.1.2. Elementos da dimensão interna", "3 Return" (not "2026").
_NUMBERED_HEADING_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[^\W\d_]")
HEADING_ROW_MAX_WORDS = 20
"""Longest text of a table row that may be a numbered heading standing across the table."""


def numbered_heading_row(cells: list[str]) -> bool:
    """Whether a table row is a numbered heading across the table: one non-empty cell, "2.1.2. Title"-shaped.

    Tables that answer a template section by section (question | answer rows
    under rows "2.1.2. Internal dimension" that span the table) carry the
    document's section headings inside the table; such a row is read as running
    text, so that the heading opens its section and the rows below it are a
    table of their own. A row of figures ("2026 | 410"), a row with two filled
    cells or a long row never is.
    """
    filled = [c.strip() for c in cells if c.strip()]
    return (len(filled) == 1 and len(filled[0].split()) <= HEADING_ROW_MAX_WORDS
            and _NUMBERED_HEADING_RE.match(filled[0]) is not None)


LAYOUT_TITLE_MAX_WORDS = 14
"""Longest first cell of a layout-table row that may be its section's numbered title."""
LAYOUT_TEXT_MIN_WORDS = 12
"""Fewest words of the other cells of a layout-table row: running prose, not a figure, an owner or a date."""


def layout_table(rows: list[list[str]]) -> bool:
    """Whether a table is a page layout: each row a numbered section title in its first cell, its prose beside it.

    A strategy typed into a Word table ("1. Kontekstas | 2025 m. Lietuvoje …", "2.1.2. Vidaus dimensija | Kasmet …",
    tests/data/fresh6/lt-2026.layout-table.docx) held its whole text in one ``table`` block: one section found, the
    other four sections' answers in section 1 and absent (fresh-eyes tester, ninth session). Such a table is read as
    the running text it lays out. Every row (two or more) must have a first cell shaped as a numbered heading of at most
    :data:`LAYOUT_TITLE_MAX_WORDS` words, not ending a sentence, and :data:`LAYOUT_TEXT_MIN_WORDS` or more words in its
    other cells; a table of measures ("1. Nábor 45 referentů | MV | 2027"), a question | answer table or a table of
    figures never is. A two-column grid may carry a header row of short labels ("Onderdeel | Antwoord",
    :func:`layout_header`; grid15's nl and sk strategies, one table block in section 1 before). ``rows``: the cells
    of each row (merged cells once).
    """
    if layout_header(rows):
        rows = rows[1:]
    if len(rows) < 2:
        return False
    for cells in rows:
        filled = [c.strip() for c in cells if c.strip()]
        if len(filled) < 2:
            return False
        title, rest = filled[0], " ".join(filled[1:])
        if (len(title.split()) > LAYOUT_TITLE_MAX_WORDS or title.endswith((".", "?", "!", ":", ";"))
                or _NUMBERED_HEADING_RE.match(title) is None or len(rest.split()) < LAYOUT_TEXT_MIN_WORDS):
            return False
    return True



def layout_header(rows: list[list[str]]) -> bool:
    """Whether the first row of a table is the header of a two-column layout grid ("Onderdeel | Antwoord").

    Only a table of two columns throughout (``rows``: the cells of each row, merged cells once) whose first row has
    two filled cells of at most :data:`QA_HEADER_MAX_WORDS` words each, the first not a numbered heading; the rows
    below decide whether the table is a layout (:func:`layout_table`). A three-column "section | question | answer"
    table is never one: it is read by :func:`qa_cells`.
    """
    if len(rows) < 3 or any(len(r) != 2 for r in rows):
        return False
    first = [c.strip() for c in rows[0]]
    return (all(first) and all(len(c.split()) <= QA_HEADER_MAX_WORDS for c in first)
            and _NUMBERED_HEADING_RE.match(first[0]) is None)

QA_QUESTION_MIN_WORDS = 6
"""Fewest words of every question cell of a question | answer table (a template question, not a label or a figure)."""
QA_QUESTION_MAX_WORDS = 80
"""Most words of a question cell (longer is prose, not a template question)."""
QA_HEADER_MAX_WORDS = 5
"""Most words of each cell of a question | answer table's header row ("Frage der Vorlage | Antwort Österreichs")."""
_SECTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")
QA_TITLED_SECTION_MAX_WORDS = 8
"""Most words of a section cell that carries its title after the number ("2.1.2. Tagasipöördumine", fresh10)."""
QA_SHORT_QUESTION_MIN_WORDS = 2
"""Fewest words of a question cell that ends with a question mark (an Estonian or Finnish question is short:
"Millised on vastuvõtutingimused?", three words; fresh10)."""


def _section_cell(cell: str) -> bool:
    """Whether a first cell of a three-cell row is a section: a bare number ("2.1.2") or a number and a short title
    ("2.1.2. Tagasipöördumine", at most :data:`QA_TITLED_SECTION_MAX_WORDS` words, no sentence)."""
    words = cell.split()
    if not words or not _SECTION_NUMBER_RE.match(words[0]):
        return False
    return len(words) == 1 or (len(words) <= QA_TITLED_SECTION_MAX_WORDS and not cell.rstrip().endswith((".", "?", ";", ":")))


def qa_cells(rows: list[list[str]]) -> list[list[tuple[str, str]]] | None:
    """A template filled in as a question | answer table, read apart: each row's cells as blocks, or None.

    Member states fill the Annex as a table: "question | answer" rows (two columns), or "section | question |
    answer" (three columns, the section number in the first), under an optional header row of short labels and
    optional rows of one numbered heading across the table (:func:`numbered_heading_row`). Read as one ``table``
    block per part, the template's questions were answer text and evidence, an unanswered row stayed in the answer
    (fresh8 #7, ``de-2026.qa-grid.docx``), and a PDF grid with a section column was one block in section 1
    (fresh8 #4). Such a table: every row has at most three cells; the header (first row, optional) has no cell of
    more than :data:`QA_HEADER_MAX_WORDS` words; every other row is a numbered heading row, or its question cell
    (the second to last) has :data:`QA_QUESTION_MIN_WORDS` (:data:`QA_SHORT_QUESTION_MIN_WORDS` when it ends with a
    question mark) to :data:`QA_QUESTION_MAX_WORDS` words and, with three cells, its first cell is empty, a bare
    section number ("2.1.2") or a number and a short title (:func:`_section_cell`); two or more such question rows, and at
    least one answer of :data:`QA_QUESTION_MIN_WORDS` words or more. A table of figures, of measures with short
    names, or a layout table (:func:`layout_table`, checked first) never is.

    Args:
        rows: the cells of each row, top to bottom (a merged cell once).

    Returns:
        Per row, its blocks as ``(kind, text)`` pairs: the header row ``("table", "a | b")``, a heading row or a
        section number ``("heading", text)``, a question cell ``("question", text)`` and a non-empty answer cell
        ``("answer", text)`` (an empty or punctuation-only answer is no block); a question or answer cell becomes a
        ``paragraph`` block whose :attr:`~analyser.schema.Block.table_cell` names its column. None when the table is
        not such a table.
    """
    if len(rows) < 2 or any(len(r) > 3 for r in rows):
        return None
    header = all(len(c.split()) <= QA_HEADER_MAX_WORDS for c in rows[0]) and len(rows[0]) >= 2
    out: list[list[tuple[str, str]]] = [[("table", " | ".join(rows[0]))]] if header else []
    questions = answered = 0
    section = ""
    for cells in rows[1:] if header else rows:
        cells = [" ".join(c.split()) for c in cells]
        if numbered_heading_row(cells):
            out.append([("heading", next(c for c in cells if c))])
            continue
        if len(cells) < 2:
            return None
        q, a = cells[-2], cells[-1]
        q_min = QA_SHORT_QUESTION_MIN_WORDS if q.endswith("?") else QA_QUESTION_MIN_WORDS
        if not q_min <= len(q.split()) <= QA_QUESTION_MAX_WORDS:
            return None
        row: list[tuple[str, str]] = []
        if len(cells) == 3:
            if cells[0] and not _section_cell(cells[0]):
                return None
            if cells[0] and cells[0].rstrip(".") != section:  # a section's number repeated on its rows opens it once
                row.append(("heading", cells[0]))
                section = cells[0].rstrip(".")
        row.append(("question", q))
        if any(ch.isalnum() for ch in a):
            row.append(("answer", a))
        questions += 1
        answered += len(a.split()) >= QA_QUESTION_MIN_WORDS
        out.append(row)
    return out if questions >= 2 and answered else None
