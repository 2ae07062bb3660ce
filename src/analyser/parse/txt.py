"""Plain-text backend: a UTF-8 (or UTF-16) text file into paragraph blocks, one page per form feed.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from pathlib import Path

from analyser.errors import Errors, ParseError
from analyser.guard import sniff_utf16
from analyser.parse.chars import SYMBOL_BULLETS, clean_chars, txt_bullet
from analyser.schema import Block, BlockKind, PageInfo


#: A legal act's number as cited in every EU language: "2008/115", "(EU) 2024/1359", "Act No. 114/2011".
ACT_NUMBER_RE = re.compile(r"(?<!\d)(?:\d{4}/\d{1,4}|\d{1,4}/\d{4})(?!\d)")


#: The marker that opens a note paragraph of a text file ("(1) Directive …", "2 Act No. …", "³ Regulation …").
TXT_NOTE_RE = re.compile(r"^(?P<marker>\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}\)?|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3})\s+\S")


def parse_txt(path: Path, data: bytes) -> tuple[list[PageInfo], list[Block]]:
    """One block per paragraph (paragraphs are separated by blank lines); a form feed starts a new page.

    The file must be UTF-8 (with or without BOM) or UTF-16. Pages are counted
    from 1 and a form feed (``\\f``, as ``pdftotext`` writes between pages)
    starts the next one; a file without form feeds is one page. A long run of
    lines with no blank line between them (:func:`_split_unbroken`: text
    pasted with one line per paragraph, or hard-wrapped text) is split at its
    line ends into paragraphs, so that a whole strategy is never one block.

    The paragraph text is kept as written, line breaks included (a text file
    has no layout to tell wrapped lines from visual ones); ligatures and soft
    hyphens are cleaned and a private-use symbol bullet (U+F0B7 ...) at the
    start becomes "•". A paragraph opening with a bullet, dash or list number
    is a ``list_item`` with that marker in ``Block.bullet``. A note paragraph
    (:func:`_txt_footnote`) is a ``footnote``. A text file written in Markdown
    (:func:`is_markdown`) is read without its markup (:func:`plain_markdown`).

    Raises:
        ParseError: ``E109`` when the bytes are neither UTF-8 nor UTF-16.
    """
    skipped = 0  # bytes of a UTF-8 byte order mark cut before decoding: error offsets count from the file's start
    try:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with a byte order mark (Windows "Unicode")
            text = data.decode("utf-16")
        elif utf16 := sniff_utf16(data):  # UTF-16 without a byte order mark, not UTF-8 with NULs
            text = data.decode(utf16)
        else:
            skipped = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
            text = data[skipped:].decode("utf-8")
    except UnicodeDecodeError as exc:
        # No guessing of legacy code pages: cp1250 and cp1252 decode each other's bytes into wrong letters.
        raise ParseError(Errors.E109, path=str(path), reason=f"not UTF-8 or UTF-16 text; save it as UTF-8 ({exc.reason} at byte {exc.start + skipped})") from exc
    text = clean_chars(text.replace("\r\n", "\n").replace("\r", "\n"))
    if is_markdown(text):
        text = plain_markdown(text)
    page_texts = text.split("\f")
    while len(page_texts) > 1 and not page_texts[-1].strip():  # pdftotext ends its output with a form feed
        page_texts.pop()
    blocks: list[Block] = []
    for page, page_text in enumerate(page_texts, start=1):
        for chunk in re.split(r"\n[ \t]*\n", page_text):
            for run in _split_unbroken([line.strip() for line in chunk.strip().split("\n")]):
                for para in _split_dash_items(run):
                    _add_paragraph(blocks, para, page)
    return [PageInfo(number=n) for n in range(1, len(page_texts) + 1)], blocks


UNBROKEN_MIN_LINES = 8
"""Lines a run without blank lines has at least before it is split at its line ends."""
UNBROKEN_MIN_SENTENCE_ENDS = 3
"""Lines of such a run that end a sentence (. ! ?) at least: prose, not a table of contents or a table."""
_SENTENCE_END = re.compile(r"[.!?…][\"'”»)]*$")
_CONTINUES = re.compile(r"[^.!?…:;]$")


def _split_unbroken(lines: list[str]) -> list[str]:
    """The paragraphs of one run of lines that had no blank line between them, each joined by "\\n".

    A short run (a title block, an address, a heading over two lines) or one
    whose lines do not end sentences (a table of contents, a table) stays one
    paragraph, as written. A run of at least :data:`UNBROKEN_MIN_LINES` lines
    of which at least :data:`UNBROKEN_MIN_SENTENCE_ENDS` end a sentence is
    prose without paragraph breaks: every line starts a new paragraph except a
    line that starts with a lower-case letter after a line that does not end
    with . ! ? : ; (a hard-wrapped sentence goes on): in such a run the lines
    "2.6. Capacity", "The budget is 214 million euro.", "Agencies will hire",
    "more staff." give the paragraphs "2.6. Capacity", "The budget is 214
    million euro." and "Agencies will hire\\nmore staff.".
    """
    lines = [line for line in lines if line]
    if not lines:
        return []
    if (len(lines) < UNBROKEN_MIN_LINES
            or sum(bool(_SENTENCE_END.search(line)) for line in lines) < UNBROKEN_MIN_SENTENCE_ENDS):
        return ["\n".join(lines)]
    paras: list[list[str]] = [[lines[0]]]
    for line in lines[1:]:
        if (_CONTINUES.search(paras[-1][-1]) and line[0].islower()) or _same_table(paras[-1][-1], line):
            paras[-1].append(line)
        else:
            paras.append([line])
    return ["\n".join(p) for p in paras]


def _table_cells(line: str) -> int:
    """Cells of a table row written with " | " between them ("2026 | 900 | 60" → 3); 0 when the line is no such row."""
    return line.count(" | ") + 1 if " | " in line else 0


def _same_table(previous: str, line: str) -> bool:
    """Whether ``line`` goes on the table row ``previous`` (both rows of as many " | " cells): a table stays one paragraph
    in a run without blank lines, as it is between blank lines (the rows of a table are not paragraphs)."""
    cells = _table_cells(line)
    return cells >= 2 and cells == _table_cells(previous)


def _dash_bullet(line: str) -> bool:
    """Whether a line opens with a dash or symbol bullet ("— ", "– ", "- ", "• ")."""
    marker = txt_bullet(line)
    return marker is not None and (marker in "—–-" or marker in SYMBOL_BULLETS)


def _split_dash_items(para: str) -> list[str]:
    """A paragraph holding a list of dash or bullet items, one item per paragraph.

    A run of lines without a blank line between them in which at least two
    lines open with a dash or symbol bullet (the Annex's "— How …?" questions
    written one per line) is split before every such line; a line without a
    bullet stays with the line before it (an introduction before the first
    item, a hard-wrapped item going on). Numbered lines ("1. …") are left as
    they are: contents lines and wrapped sentences start with numbers too.
    "Measures:\n— one\n— two" gives "Measures:", "— one", "— two".
    """
    lines = para.split("\n")
    if sum(_dash_bullet(line) for line in lines) < 2:
        return [para]
    out: list[list[str]] = []
    for line in lines:
        if not out or _dash_bullet(line):
            out.append([line])
        else:
            out[-1].append(line)
    return ["\n".join(item) for item in out]


def _add_paragraph(blocks: list[Block], para: str, page: int) -> None:
    """Append one paragraph of a text file to ``blocks`` as a paragraph, list item or footnote block."""
    if not para:
        return
    bullet = txt_bullet(para)
    if bullet is not None and bullet in SYMBOL_BULLETS:
        para = "•" + para[1:]
        bullet = "•"
    kind: BlockKind = "list_item" if bullet else "paragraph"
    if _txt_footnote(para, blocks[-TXT_NOTE_WINDOW:]):
        kind, bullet = "footnote", None
    blocks.append(Block(id=f"b{len(blocks) + 1:04d}", page=page, text=para, kind=kind, bullet=bullet))


TXT_NOTE_WINDOW = 8
"""Longest run of notes (plus their referencing paragraph) looked back over for a text-file footnote."""


def _txt_footnote(para: str, previous: Sequence[Block]) -> bool:
    """Whether a text-file paragraph is a footnote flattened into the text.

    A text file has no font sizes, so a footnote is told by its shape and
    place; wrongly dropping answer text costs more than keeping a note, so
    every condition must hold:

    * at most 80 words, opening with a note marker: "(1)", "[1]", "1",
      "1)", a superscript digit or "*";
    * it follows the paragraph that references it, directly or after other
      notes (``previous`` are the blocks before it, nearest last);
    * that paragraph carries the reference in a note-reference shape: "(1)"
      or "[1]" not glued to a number ("2008/115/EC (1).", not "Article
      16(1)"), a superscript digit, a digit glued to a word of two or more
      letters, with or without a period ("Aliens Act2.", "Sb.1)", not "Q1"
      or "A.2"), a digit after an act number and a comma ("2024/1359,3
      with", not "1,3 million"), "*" glued to a word or number
      ("2024/1351*.", not "*emphasis*"), and for a note "3 …" also "³" or "[3]";
    * markers that also number lists ("1", "1)", "(1)", "*") count only
      when the note cites a legal act by number ("2008/115", "114/2011", the
      same in every language).

    A numbered list item or heading ("1 Context") is never referenced that
    way and stays what it is.
    """
    m = TXT_NOTE_RE.match(para)
    if m is None or len(para.split()) > 80:
        return False
    marker = m.group("marker")
    unambiguous = marker.startswith("[") or not marker.isascii()
    if not unambiguous and not ACT_NUMBER_RE.search(para):
        return False
    if not marker.isascii():
        ref = re.compile(re.escape(marker))
    elif marker[0] in "([":
        ref = re.compile(rf"(?<![\d(\[]){re.escape(marker)}")
    elif marker[0] == "*":
        ref = re.compile(rf"(?<=[^\W_]){re.escape(marker)}(?=[.,;:)]|\s|$)")
    else:
        digits = marker.rstrip(")")
        superscript = digits.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
        ref = re.compile(rf"(?:(?<=[^\W\d_]{{2}})|(?<=[^\W\d_]{{2}}\.)|(?<=\d{{4}},)){digits}\)?(?=[\s.,;:)]|$)"
                         rf"|{superscript}|(?<![\d(\[])\[{digits}\]")
    for block in reversed(previous):
        if block.kind != "footnote":
            # the referencing paragraph stands right before the note or its run of notes
            emphasis = marker[0] == "*" and _EMPHASIS_RE.search(block.text)
            return bool(ref.search(block.text)) and not emphasis
    return False


_EMPHASIS_RE = re.compile(r"(?:^|\s)\*+[^\W\d_]")
"""Markdown-like emphasis ("*most important*"): its asterisks are no note references."""


MARKDOWN_MIN_HEADINGS = 2
"""ATX heading lines ("# Title", "## 2.1.2 Internal dimension") from which a text file is read as Markdown."""
_ATX_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(\S[^\n]*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$", re.MULTILINE)
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?\|?[ \t]*(?:\n|$)", re.MULTILINE)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_IMAGE_OR_LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_MD_STRONG = re.compile(r"\*\*(?=[^\s*])([^\n]*?[^\s*])\*\*|(?<!_)__(?=[^\W_])([^\n]*?[^\W_])__(?!_)")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")
_MD_CODE = re.compile(r"`([^`\n]+)`")


def is_markdown(text: str) -> bool:
    """Whether a text file is written in Markdown: at least :data:`MARKDOWN_MIN_HEADINGS` ATX heading lines ("# …",
    "## 1. Context …", "### 2.3.3 Opvang"). No plain-text strategy opens a line with "# " (a form's "#" numbers a
    field without a space, "#1")."""
    return len(_ATX_HEADING.findall(text)) >= MARKDOWN_MIN_HEADINGS


def plain_markdown(text: str) -> str:
    """The text of a Markdown file without its markup, as a reader sees it rendered (fourteenth session, scope14).

    A heading line loses its "#"s and becomes a paragraph of its own ("## 1. Context" → "1. Context", blank lines around
    it); a block quote its ">"; a rule ("---", "***") and a table's alignment row ("|---|--:|") are dropped; strong and
    emphasis marks ("**Return:**", "*Ministry*", "__x__"), inline code backticks and links ("[text](https://…)" → "text",
    images to their alt text) are unwrapped. Bullets ("- ", "* ", "1. ") and table rows ("| 2025 | 7 900 |") are kept:
    the list items and tables of the plain-text reading. The markup read as words made e5 read answers as another text:
    "In 2025 the **Asylum Service** registered **7 900** applications …" read topicality 0.44 and 0.83 unwrapped,
    "- **Return:** 10 000 returns a year …" 0.13 and 0.44 (fresh9 #4, out of scope 0.28).
    """
    text = _MD_TABLE_RULE.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _ATX_HEADING.sub(lambda m: "\n" + m.group(2) + "\n", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_IMAGE_OR_LINK.sub(lambda m: m.group(1), text)
    text = _MD_CODE.sub(lambda m: m.group(1), text)
    text = _MD_STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    return _MD_EMPHASIS.sub(lambda m: m.group(1), text)
