"""Character-level cleaning shared by every input format: ligatures, soft hyphens, bullets and list markers.
"""

from __future__ import annotations

import re
import unicodedata


#: Glyphs that symbol fonts (Symbol, Wingdings, OpenSymbol) use for bullets; all become "•".
SYMBOL_BULLETS: frozenset[str] = frozenset(
    {"\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "\uf0fc", "\uf0a8", "•", "●", "▪", "■", "◦", "○", "", "", "·"}
)


#: A line that opens a list item: dash, or a number / letter / roman numeral with "." or ")".
LIST_START_RE = re.compile(
    r"^(?P<marker>[—–\-]|\(?(?:\d{1,2}|[a-zA-Z]|[ivxlcIVXLC]{1,5}|[а-яА-Я])[.)])(?=\s)"
)


#: Ligatures expanded with NFKC (only these characters are normalised).
LIGATURES: frozenset[str] = frozenset("ﬀﬁﬂﬃﬄﬅﬆ")


SOFT_HYPHEN = "\u00ad"


HYPHENS = "-\u2010\u2011"


def clean_chars(text: str) -> str:
    """Expand ligatures (NFKC on those characters only) and drop soft hyphens inside words."""
    if any(ch in LIGATURES for ch in text):
        text = "".join(unicodedata.normalize("NFKC", ch) if ch in LIGATURES else ch for ch in text)
    if SOFT_HYPHEN in text:
        text = re.sub(SOFT_HYPHEN + r"(?!\s*$)", "", text)
    return text


def txt_bullet(line: str) -> str | None:
    """The list marker opening a line of a text or Word file: a symbol bullet (:data:`SYMBOL_BULLETS`), a dash or
    a number ("— ", "1. ", "a) ", :data:`LIST_START_RE`); None when the line opens no list item."""
    if line[:1] in SYMBOL_BULLETS:
        return line[:1]
    m = LIST_START_RE.match(line)
    return m.group("marker") if m else None
