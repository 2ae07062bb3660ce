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
        for ln2 in lines[i : entries[-1] + 1]:
            ln2.toc = True
        return True
    return False


def is_toc_block(lines: list[Line]) -> bool:
    """True when most lines of the block end in dot leaders and a page number."""
    return sum(1 for ln in lines if TOC_LINE_RE.search(ln.text)) * 2 >= len(lines) > 1
