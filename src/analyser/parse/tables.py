"""Ruled tables found with pdfplumber's ``find_tables`` turned into one table line each.
"""

from __future__ import annotations

import logging
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
    lines. Glyphs are assigned to cells by their centre.

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
        taken.update(id(c) for c in in_tab)
        rows: list[str] = []
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
            rows.append(" | ".join(cells))
        ink = [c for c in in_tab if c.text.strip()]
        x0, top, x1, bottom = tab.bbox
        ln = Line(page=number, text="\n".join(rows), x0=x0, x1=x1, top=top, bottom=bottom, role="table")
        ln.size = statistics.median(c.size for c in ink) if ink else 0.0
        ln.n_chars = len(ink)
        ln.n_bold = sum(1 for c in ink if c.bold)
        ln.n_italic = sum(1 for c in ink if c.italic)
        ln.sizes, ln.size_weights = (ln.size,), (max(1, ln.n_chars),)
        out.append(ln)
    out.sort(key=lambda ln: ln.top)
    return out, [c for c in chars if id(c) not in taken]
