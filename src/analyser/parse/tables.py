"""Ruled tables found with pdfplumber's ``find_tables`` turned into one table line each.
"""

from __future__ import annotations

import logging
import re
import statistics
from typing import Any

from analyser.parse.chars import SOFT_HYPHEN
from analyser.parse.hyphenation import join_texts
from analyser.parse.lines import chars_to_words, cluster_lines, finish_line
from analyser.parse.model import Line, Word

logger = logging.getLogger(__name__)


def table_lines(page: Any, number: int, chars: list[Word]) -> tuple[list[Line], list[Word]]:
    """Find ruled tables with pdfplumber (``page.find_tables()``, "lines" strategy).

    Only tables of at least two rows and two columns count. Each becomes one
    ``Line`` with ``role="table"`` whose text holds one row per line
    ("\\n"), cells joined by " | " (a cell merged into its neighbour is left
    out; an empty cell is ""); a cell's own lines are joined like paragraph
    lines. Glyphs are assigned to cells by their centre. A row that is a
    numbered heading across the table (:func:`numbered_heading_row`) splits
    the table in two: its glyphs are left to the running text.

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

        for row in tab.rows:
            cells: list[str] = []
            for cell in row.cells:
                if cell is None:
                    continue
                cell_chars = [c for c in in_tab if inside(c, cell)]
                texts = []
                for cs in cluster_lines(cell_chars):
                    ws, track = chars_to_words(cs)
                    if ws:
                        ln = finish_line(number, ws, track)
                        texts.append(("• " if ln.bullet else "") + ln.text)
                cells.append(join_texts(texts, None).replace("\x00", "").replace(SOFT_HYPHEN, ""))
            row_chars = [c for c in in_tab if inside(c, row.bbox)]
            if numbered_heading_row(cells):
                close_part()  # the heading row's glyphs stay running text: a heading line between two tables
                continue
            taken.update(id(c) for c in row_chars)
            part.append((" | ".join(cells), row.bbox))
            part_chars.extend(row_chars)
        close_part()
    out.sort(key=lambda ln: ln.top)
    return out, [c for c in chars if id(c) not in taken]


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
