"""Tables of contents: dot-leader lines and contents pages found by their title.
"""

from __future__ import annotations

import re

from analyser.lexicon import TOC_TITLES, alternation
from analyser.parse.model import Line


#: A table-of-contents line: dot leaders followed by a page number.
TOC_LINE_RE = re.compile(r"(?:\.{4,}|…{2,}|(?:\.\s){4,}|_{4,})\s*\d{1,4}\s*$")


#: Titles of a table-of-contents page (whole line), in the EU languages.
TOC_TITLE_RE = re.compile(rf"^{alternation(TOC_TITLES)}\s*:?$", re.IGNORECASE)


#: A contents entry without dot leaders: text ending in a page number.
TOC_ENTRY_RE = re.compile(r"\S\s+(?:\d{1,4}|[ivxlc]{2,6})$", re.IGNORECASE)


#: A leader of spaced dots glued to the word before it ("Dimension. . . .") or to the page number after it (". . .3");
#: an unspaced one ("Dimension.........3", word processors' dot-leader tab) glued to both.
_LEADER_AFTER_WORD_RE = re.compile(r"(?<=\w)(?=\.(?:\s\.){3,}|\.{4,})")
_GLUED_NUMBER_RE = re.compile(r"(?:\.\s){3,}\.\d{1,4}\s*$")
_LEADER_BEFORE_NUMBER_RE = re.compile(r"(?:(?<=\.\s\.)|(?<=\.\.\.))(?=\d{1,4}\s*$)")


def untangle_leaders(text: str) -> str:
    """Set a spaced dot leader apart from the entry title and the page number it touches.

    A leader typed or generated as ". . . ." (browsers, word processors)
    starts at the title's last letter and may end at the page number:
    "Dimension. . . . 3" and "integratiesysteem. . .3" read "Dimension." and
    ".3" (chromepdf: de-toc, nl-chapletters). Becomes "Dimension . . . . 3".
    A word processor's dot-leader tab prints unspaced dots touching both:
    "Dimension.........3" was one word (officepdf: LibreOffice TOC field,
    de-toc); becomes "Dimension ......... 3".
    Other text is returned unchanged.
    """
    if not (TOC_LINE_RE.search(text) or _GLUED_NUMBER_RE.search(text)):
        return text
    return _LEADER_BEFORE_NUMBER_RE.sub(" ", _LEADER_AFTER_WORD_RE.sub(" ", text))


#: The start of a contents entry: a section number ("2.6.", "3"), a roman numeral or a letter with its stop
#: ("IV.", "B)"), or a word and a number ("Hoofdstuk 2", "Kapitola 3").
ENTRY_START_RE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?\s|[IVXLC]{1,6}[.)]\s|[A-Z][.)]\s|\w+\s+\d{1,3}\b)")


#: The page number ending an entry without dot leaders, set apart from its title.
_TRAILING_NUMBER_RE = re.compile(r"^(?P<title>.*\S)\s+(?P<number>\d{1,4})$")


def carry_page_numbers(texts: list[str]) -> list[str]:
    """Move a page number printed on a wrapped entry's first line to the entry's last line.

    A contents entry whose title wraps over two lines or more, its page number
    top-aligned (CSS flex, a two-cell table row), reads "2.6. Gewährleistung …
    für die wirksame 3" / "Umsetzung der nationalen Strategie": the number stood
    mid-title (chromepdf de-toc). A line starting like an entry
    (:data:`ENTRY_START_RE`) and ending in a page number, followed by lines
    that neither start like an entry nor end in a page number, and then by an
    entry's start or the end of the contents, gets its number moved to the last
    of those lines. A contents list whose numbers stand on the entries' last
    lines (the usual "title / continued . . . 3") is unchanged, and so is any
    run followed by a line ending in a number without an entry's start (which
    line it belongs to is unknown). ``texts``: one line each; returns as many.
    """
    out = list(texts)
    i = 0
    while i < len(out):
        m = _TRAILING_NUMBER_RE.match(out[i].strip())
        j = i + 1
        while j < len(out) and not ENTRY_START_RE.match(out[j].strip()) and not TOC_ENTRY_RE.search(out[j].strip()):
            j += 1
        if (m and j > i + 1 and ENTRY_START_RE.match(out[i].strip()) and not TOC_LINE_RE.search(out[i])
                and (j == len(out) or ENTRY_START_RE.match(out[j].strip()))):
            out[i] = m.group("title")
            out[j - 1] = f"{out[j - 1].rstrip()} {m.group('number')}"
        i = max(j, i + 1)
    return out


def mark_titled_toc(lines: list[Line]) -> bool:
    """Mark a table of contents found by its title ("Inhoud", "Spis treści" ...) among a page's first lines.

    The title and the lines after it up to the last entry ending in a page
    number get ``toc=True`` (at least two such entries are needed). Returns
    True when a contents list was found.
    """
    for i, ln in enumerate(lines[:4]):
        if not TOC_TITLE_RE.match(ln.text.strip()):
            continue
        entries = [j for j in range(i + 1, len(lines)) if TOC_ENTRY_RE.search(lines[j].text) and lines[j].role != "table"]
        if len(entries) < 2:
            return False
        last = entries[-1]
        # the last entry's title wrapped under its page number (see carry_page_numbers): lines of its size, set
        # as close as the entries' lines, that neither start an entry nor end in a number
        while (last + 1 < len(lines) and lines[last + 1].role == "body" and not lines[last + 1].toc
               and abs(lines[last + 1].size - lines[last].size) < 0.5
               and lines[last + 1].top - lines[last].bottom < lines[last].size
               and not ENTRY_START_RE.match(lines[last + 1].text.strip())
               and not TOC_ENTRY_RE.search(lines[last + 1].text.strip())
               and ENTRY_START_RE.match(lines[entries[-1]].text.strip())
               and _TRAILING_NUMBER_RE.match(lines[entries[-1]].text.strip())):
            last += 1
        for ln2 in lines[i : last + 1]:
            ln2.toc = True
        return True
    return False


def is_toc_block(lines: list[Line]) -> bool:
    """True when most lines of the block end in dot leaders and a page number."""
    return sum(1 for ln in lines if TOC_LINE_RE.search(ln.text)) * 2 >= len(lines) > 1
