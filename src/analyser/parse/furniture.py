"""Page furniture: running headers/footers and page-number lines repeated over the pages.
"""

from __future__ import annotations

import re

from analyser.lexicon import OJ_NAMES, PAGE_OF_WORDS, PAGE_WORDS, alternation
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
#: Lines looked at, from the top and from the bottom of each page, as running header/footer candidates.
MARGIN_LINES = 3
#: Share of the page height at its top and bottom where running headers/footers stand.
MARGIN_SHARE = 0.15
#: Words of a candidate's beginning or end compared across pages (a title beside a changing chapter name).
AFFIX_WORDS = 3
#: Official Journal page furniture, on one page as on many: "EN OJ L, 22.5.2024", "ELI: http://... 1/71",
#: "L 180/60 EN Official Journal of the European Union 29.6.2013" and its even-page mirror.
OJ_FURNITURE_RE = re.compile(
    rf"^[A-Z]{{2}}\s+{alternation(OJ_NAMES, literal=False)}\s+[LC]\b"
    r"|^ELI:\s*\S+"
    r"|^[LC]\s+\d{1,4}/\d{1,4}\s+[A-Z]{2}\s"
    r"|\s[A-Z]{2}\s.*\s[LC]\s+\d{1,4}/\d{1,4}$"
)


def _keys(ln: Line, where: str) -> list[str]:
    """Comparison keys of a candidate line: its whole text and, for lines of five words or more, its
    first and last :data:`AFFIX_WORDS` words (lower case, digits as "#")."""
    text = re.sub(r"\d+", "#", ln.text.lower()).strip()
    keys = [f"{where}:{text}"]
    words = text.split()
    if len(words) >= 5:
        head, tail = " ".join(words[:AFFIX_WORDS]), " ".join(words[-AFFIX_WORDS:])
        if sum(ch.isalpha() for ch in head) >= 10:
            keys.append(f"{where}^{head}")
        if sum(ch.isalpha() for ch in tail) >= 10:
            keys.append(f"{where}${tail}")
    return keys


def mark_headers_footers(pages: list[PageLines]) -> None:
    """Mark running headers/footers (``role="header_footer"``).

    Candidates are the first and last :data:`MARGIN_LINES` lines of a page
    that stand in its top or bottom :data:`MARGIN_SHARE`, and every
    sideways line (a label in the margin). A candidate is
    furniture when its text (digits as "#"), or its first or last
    :data:`AFFIX_WORDS` words (a running title beside a chapter name that
    changes), recur at the same end of at least :data:`REPEAT_SHARE` of the
    pages (and two), or when the candidate's whole text is such a recurring
    beginning or end (the right half of a header that a two-column page cut at
    its columns); when it is only a page number (:data:`PAGE_NUMBER_RE`);
    or when it is Official Journal furniture (:data:`OJ_FURNITURE_RE`).
    """
    n_pages = len(pages)
    candidates: list[tuple[Line, str]] = []
    for pg in pages:
        if not pg.lines:
            continue
        height = pg.frame_height or max(ln.bottom for ln in pg.lines)
        lines = sorted((ln for ln in pg.lines if ln.role != "table" and not ln.sideways), key=lambda ln: ln.top)
        top = [ln for ln in lines[:MARGIN_LINES] if ln.top < MARGIN_SHARE * height]
        for ln in top:
            candidates.append((ln, "top"))
        for ln in lines[-MARGIN_LINES:]:
            if ln.bottom > (1 - MARGIN_SHARE) * height and all(ln is not c for c in top):
                candidates.append((ln, "bottom"))
        candidates.extend((ln, "side") for ln in pg.lines if ln.sideways)
    keys: dict[int, list[str]] = {}
    pages_with: dict[str, set[int]] = {}
    texts_with: dict[str, set[str]] = {}
    for ln, where in candidates:
        keys[id(ln)] = _keys(ln, where)
        for key in keys[id(ln)]:
            pages_with.setdefault(key, set()).add(ln.page)
            texts_with.setdefault(key, set()).add(keys[id(ln)][0])
    threshold = max(2, REPEAT_SHARE * n_pages)

    def recurs(key: str) -> bool:
        # a shared beginning or end counts when the whole lines recur too (a few chapter names), not when
        # every page's line goes on differently ("Article 5 ...", "Article 6 ..." at the top of body pages)
        n = len(pages_with[key])
        return n >= threshold and (key in full or len(texts_with[key]) * 2 <= n)

    full = {ks[0] for ks in keys.values()}

    for ln, where in candidates:
        repeated = any(recurs(k) for k in keys[id(ln)])
        if not repeated:
            # one half of a running header that a two-column page cut at its columns ("Ministry of the Interior"
            # on the right) is the recurring beginning or end of the whole header on the other pages
            text = keys[id(ln)][0].split(":", 1)[1]
            repeated = any(k in pages_with and recurs(k) for k in (f"{where}^{text}", f"{where}${text}"))
        if repeated or PAGE_NUMBER_RE.match(ln.text) or OJ_FURNITURE_RE.search(ln.text):
            ln.role = "header_footer"
