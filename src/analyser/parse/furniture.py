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


#: A header or footer ending in a page's own number and the document's page count ("Ministère de l'Intérieur Page 1
#: sur 1", Word/LibreOffice PAGE and NUMPAGES fields; Hungarian "1. oldal / 3"): groups 1 or 2 the number, 3 the count.
PAGE_OF_COUNT_RE = re.compile(
    rf"(?:^|\s)(?:{alternation(PAGE_WORDS, literal=False)}\s*(\d{{1,4}})|(\d{{1,4}})\.\s*oldal)"
    rf"\s*{alternation(PAGE_OF_WORDS, literal=False)}\s*(\d{{1,4}})\s*$",
    re.IGNORECASE,
)


def _numbers_its_page(ln: Line, n_pages: int) -> bool:
    """True when ``ln`` ends in "page <its page> of <the page count>" (:data:`PAGE_OF_COUNT_RE`)."""
    m = PAGE_OF_COUNT_RE.search(ln.text)
    return m is not None and int(m.group(1) or m.group(2)) == ln.page and int(m.group(3)) == n_pages


#: A running header/footer text must repeat on at least this share of pages.
REPEAT_SHARE = 0.4
#: Lines looked at, from the top and from the bottom of each page, as running header/footer candidates.
MARGIN_LINES = 3
#: Share of the page height at its top and bottom where running headers/footers stand.
MARGIN_SHARE = 0.15
#: Words of a candidate's beginning or end compared across pages (a title beside a changing chapter name).
AFFIX_WORDS = 3
#: Font sizes within this fraction of each other are the same print (furniture compared with furniture).
SAME_SIZE_RATIO = 0.15
#: Letters a line needs to be taken as the cut half of a short running header or footer.
MIN_HALF_LETTERS = 6
#: Letters a small top line needs to be taken as a running header repeating the title printed under it.
MIN_TITLE_HEADER_LETTERS = 20
#: Lines below a top line searched for the title it repeats (a title set on up to this many lines).
TITLE_LINES = 4
#: Bottoms within this fraction of the font size stand on one baseline.
BASELINE_TOLERANCE = 0.3
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
    its columns, or the whole beginning or end of a recurring short one); when
    it is only a page number (:data:`PAGE_NUMBER_RE`) or ends in its page's number
    and the page count (:data:`PAGE_OF_COUNT_RE`); or when it is Official
    Journal furniture (:data:`OJ_FURNITURE_RE`). A match by part of the text
    needs the candidate printed in the size of the recurring lines
    (:data:`SAME_SIZE_RATIO`: the page-one title that the running header
    repeats stays text). Lines on a page-number line's baseline are furniture
    on any page; a sideways line also counts as a top or bottom line (the
    upright furniture of a page printed sideways).
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
        # a sideways line may be the running header or footer of a page printed sideways (the page's own text
        # turned, its furniture upright): it counts at the top and bottom too (segpdf: it-mixed page 2)
        for ks in [keys[id(ln)], *([_keys(ln, "top"), _keys(ln, "bottom")] if where == "side" else [])]:
            for key in ks:
                pages_with.setdefault(key, set()).add(ln.page)
                texts_with.setdefault(key, set()).add(ks[0])
    threshold = max(2, REPEAT_SHARE * n_pages)

    def recurs(key: str) -> bool:
        # a shared beginning or end counts when the whole lines recur too (a few chapter names), not when
        # every page's line goes on differently ("Article 5 ...", "Article 6 ..." at the top of body pages)
        n = len(pages_with[key])
        return n >= threshold and (key in full or len(texts_with[key]) * 2 <= n)

    full = {ks[0] for ks in keys.values()}
    for ln, where in candidates:
        if where == "side":
            full |= {_keys(ln, "top")[0], _keys(ln, "bottom")[0]}
    recurring_texts = {k for k in full if recurs(k)}
    ref_sizes: dict[str, list[float]] = {}
    for ln, where in candidates:
        if keys[id(ln)][0] in recurring_texts and ln.size:
            ref_sizes.setdefault(where, []).append(ln.size)

    def same_print(ln: Line, where: str) -> bool:
        # a line sharing only some words with the running headers is furniture when printed like the lines that
        # recur whole: the document title on page one (16 pt, "Strateġija nazzjonali għall-ġestjoni tal-ażil u")
        # begins like the running header that repeats it (8 pt) and stays text (segpdf)
        ref = sorted(ref_sizes.get(where, ()))
        return not ref or not ln.size or abs(ln.size - ref[len(ref) // 2]) <= SAME_SIZE_RATIO * ln.size

    for ln, where in candidates:
        ks = keys[id(ln)]
        text = ks[0].split(":", 1)[1]
        # the whole text recurring: furniture unless printed far bigger or smaller than the recurring lines (a page-one
        # title line set as the running header's words: "Nemzeti menekültügyi és migrációkezelési stratégia" at 15 pt
        # over "2026–2031", the header 8 pt; parse14 hu-2026.columns2)
        repeated = (recurs(ks[0]) and (where == "side" or same_print(ln, where))) or (
            where == "side" and any(recurs(_keys(ln, w)[0]) for w in ("top", "bottom")))
        if not repeated and same_print(ln, where):
            repeated = any(recurs(k) for k in ks[1:])
            # one half of a running header that a two-column page cut at its columns ("Ministry of the Interior"
            # on the right) is the recurring beginning or end of the whole header on the other pages
            repeated = repeated or any(k in pages_with and recurs(k) for k in (f"{where}^{text}", f"{where}${text}"))
            if not repeated and sum(ch.isalpha() for ch in text) >= MIN_HALF_LETTERS:
                # ... or of a short one that has no affix keys ("Justitiedepartementet" of "… Sida #")
                repeated = any(r.startswith(f"{where}:{text} ") or (r.startswith(f"{where}:") and r.endswith(f" {text}"))
                               for r in recurring_texts)
        if not repeated and where != "side" and same_print(ln, where):
            # a recurring footer and the page number on one line: a one-column page (a TOC page) did not cut what
            # the columns of the other pages cut in two ("Министерство на вътрешните работи Страница 2"; chromepdf bg);
            # not the page-one title printed bigger that begins with the running header's words and ends in a year
            # ("Národná stratégia riadenia azylu a migrácie 2026 –" at 15 pt under the 8 pt header; parse14)
            repeated = any(_beside_page_number(ln.text, r.split(":", 1)[1]) for r in recurring_texts
                           if r.startswith(f"{where}:") and sum(ch.isalpha() for ch in r) >= MIN_HALF_LETTERS)
        if where != "side" and not repeated:
            # "… Page 1 of 1": the page's own number and the page count end the line; furniture on the single page
            # of a document as on many (nothing recurs on one page; officepdf: fr-chapletters, nl-paraphr)
            repeated = _numbers_its_page(ln, n_pages)
        if repeated or _page_number(ln, where, n_pages, same_print) or OJ_FURNITURE_RE.search(ln.text):
            ln.role = "header_footer"
    _mark_title_headers(pages, candidates)
    # the words printed beside a page number, on its baseline in the page's margin, are furniture on one page as on
    # many ("Υπουργείο Μετανάστευσης και Ασύλου … Σελίδα 1" cut by the columns of a one-page document; segpdf)
    by_page: dict[int, list[tuple[Line, str]]] = {}
    for ln, where in candidates:
        by_page.setdefault(ln.page, []).append((ln, where))
    for cands in by_page.values():
        numbers = [ln for ln, _ in cands if ln.role == "header_footer" and PAGE_NUMBER_RE.match(ln.text)]
        for ln, where in cands:
            if ln.role == "header_footer" or where == "side":
                continue
            if any(n is not ln and abs(n.bottom - ln.bottom) <= BASELINE_TOLERANCE * max(ln.size, 1.0)
                   and (n.x0 >= ln.x1 or n.x1 <= ln.x0) and abs(n.size - ln.size) <= SAME_SIZE_RATIO * max(ln.size, 1.0)
                   for n in numbers):
                ln.role = "header_footer"


def _page_number(ln: Line, where: str, n_pages: int, same_print) -> bool:  # noqa: ANN001
    """Whether a candidate line is only a page number (:data:`PAGE_NUMBER_RE`): not a number beyond the page count
    printed in another size than the recurring furniture at its end of the page (``same_print``) — the year on
    the last line of a page-one title ("2031" at 15 pt under "… 2026 –"; parse14 sk-2026.columns3)."""
    if not PAGE_NUMBER_RE.match(ln.text):
        return False
    digits = re.sub(r"\D", "", ln.text)
    return not (digits and int(digits) > n_pages and not same_print(ln, where))


def _beside_page_number(text: str, recurring: str) -> bool:
    """Whether ``text`` is the recurring furniture text ``recurring`` (lower case, digits as "#") with a page number
    (:data:`PAGE_NUMBER_RE`) before or after it."""
    low = re.sub(r"\d+", "#", text.lower()).strip()
    if low.startswith(recurring + " "):
        return bool(PAGE_NUMBER_RE.match(text.strip()[len(recurring) + 1:].strip()))
    if low.endswith(" " + recurring):
        return bool(PAGE_NUMBER_RE.match(text.strip()[: len(text.strip()) - len(recurring) - 1].strip()))
    return False


def _flat(text: str) -> str:
    """Lower-case letters and digits of ``text`` only (line breaks, dashes and spaces ignored)."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _mark_title_headers(pages: list[PageLines], candidates: list[tuple[Line, str]]) -> None:
    """Mark a page's first line as a running header when it repeats, in smaller print, the title right under it.

    The first line of the page, in its top margin, whose letters (at least
    :data:`MIN_TITLE_HEADER_LETTERS`) begin the text of the next lines
    (up to :data:`TITLE_LINES`) printed bigger (by more than
    :data:`SAME_SIZE_RATIO`): the running header of a one-page document
    (or of a first page whose header does not recur) repeating the document
    title, cut or whole. It recurs on no other page, so repetition cannot
    tell it; read as text it put the title twice before the first heading
    (chromepdf: ``@page`` margin-box headers of one-page documents, el/ga/it).
    """
    tops = {id(ln) for ln, where in candidates if where == "top"}
    for pg in pages:
        lines = sorted((ln for ln in pg.lines if ln.role != "table" and not ln.sideways), key=lambda ln: ln.top)
        if len(lines) < 2 or id(lines[0]) not in tops or lines[0].role == "header_footer":
            continue
        head = lines[0]
        flat = _flat(head.text)
        if sum(ch.isalpha() for ch in flat) < MIN_TITLE_HEADER_LETTERS or not head.size:
            continue
        title = ""
        for ln in lines[1:1 + TITLE_LINES]:
            if ln.size <= head.size * (1 + SAME_SIZE_RATIO):
                break
            title += _flat(ln.text)
            if title.startswith(flat):
                head.role = "header_footer"
                break
