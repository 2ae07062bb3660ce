"""Plain-text backend: a UTF-8 (or UTF-16 with BOM) text file into paragraph blocks on page 1.
"""

from __future__ import annotations

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
    """One block per paragraph (paragraphs are separated by blank lines), all on page 1.

    The file must be UTF-8 (with or without BOM) or UTF-16 with a BOM.

    The paragraph text is kept as written, line breaks included (a text file
    has no layout to tell wrapped lines from visual ones); ligatures and soft
    hyphens are cleaned and a private-use symbol bullet (U+F0B7 ...) at the
    start becomes "•". A paragraph opening with a bullet, dash or list number
    is a ``list_item`` with that marker in ``Block.bullet``. A note paragraph
    (:func:`_txt_footnote`) is a ``footnote``.
    """
    try:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with a byte order mark (Windows "Unicode")
            text = data.decode("utf-16")
        elif utf16 := sniff_utf16(data):  # UTF-16 without a byte order mark, not UTF-8 with NULs
            text = data.decode(utf16)
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # No guessing of legacy code pages: cp1250 and cp1252 decode each other's bytes into wrong letters.
        raise ParseError(Errors.E109, path=str(path), reason=f"not UTF-8 or UTF-16 text; save it as UTF-8 ({exc.reason} at byte {exc.start})") from exc
    text = clean_chars(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks: list[Block] = []
    for para in re.split(r"\n[ \t]*\n", text):
        para = "\n".join(line.strip() for line in para.strip().split("\n"))
        if not para:
            continue
        bullet = txt_bullet(para)
        if bullet is not None and bullet in SYMBOL_BULLETS:
            para = "•" + para[1:]
            bullet = "•"
        kind: BlockKind = "list_item" if bullet else "paragraph"
        if _txt_footnote(para, blocks[-TXT_NOTE_WINDOW:]):
            kind, bullet = "footnote", None
        blocks.append(Block(id=f"b{len(blocks) + 1:04d}", page=1, text=para, kind=kind, bullet=bullet))
    return [PageInfo(number=1)], blocks


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
