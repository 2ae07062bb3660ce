"""Page furniture: running headers/footers and page-number lines repeated over the pages.
"""

from __future__ import annotations

import re

from analyser.lexicon import PAGE_OF_WORDS, PAGE_WORDS, alternation
from analyser.parse.model import Line, PageLines


#: Lines that are only a page number: "3", "- 3 -", "Pagina 3 van 40", "3/29", "iv".
PAGE_NUMBER_RE = re.compile(
    rf"^[-–—]?\s*(?:{alternation(PAGE_WORDS, literal=False)}\s*)?"
    r"(?:\d{1,4}|[ivxlcdm]{1,7})"
    rf"(?:\s*{alternation(PAGE_OF_WORDS, literal=False)}\s*\d{{1,4}})?\s*[-–—]?$",
    re.IGNORECASE,
)


#: A running header/footer text must repeat on at least this share of pages.
REPEAT_SHARE = 0.4


def mark_headers_footers(pages: list[PageLines]) -> None:
    """Mark running headers/footers: repeated margin lines and page-number-only lines."""
    n_pages = len(pages)
    candidates: list[tuple[Line, str]] = []
    for pg in pages:
        if not pg.lines:
            continue
        height = pg.frame_height or max(ln.bottom for ln in pg.lines)
        lines = sorted((ln for ln in pg.lines if ln.role != "table"), key=lambda ln: ln.top)
        for ln in lines[:2]:
            if ln.top < 0.15 * height:
                candidates.append((ln, "top"))
        for ln in lines[-2:]:
            if ln.bottom > 0.85 * height and all(ln is not c for c, _ in candidates[-2:]):
                candidates.append((ln, "bottom"))
    keys: dict[int, str] = {}
    pages_with: dict[str, set[int]] = {}
    for ln, where in candidates:
        key = where + ":" + re.sub(r"\d+", "#", ln.text.lower()).strip()
        keys[id(ln)] = key
        pages_with.setdefault(key, set()).add(ln.page)
    threshold = max(2, REPEAT_SHARE * n_pages)
    for ln, _where in candidates:
        repeated = len(pages_with[keys[id(ln)]]) >= threshold
        if repeated or PAGE_NUMBER_RE.match(ln.text):
            ln.role = "header_footer"
