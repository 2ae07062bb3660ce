"""Parse a strategy document (PDF, Word .docx or plain text) into a :class:`~analyser.schema.Document`.

This is the only module that imports :mod:`pdfplumber`. The PDF path works in
two passes:

1. Every page is read once (its pdfminer layout, ``page.layout``), its
   characters clustered into visual lines by vertical overlap and merged into
   words (a word ends at a blank, a gap or a font change, like
   ``page.extract_words(extra_attrs=["fontname", "size"])``); footnote
   reference markers and symbol-font bullets are taken out and each line is
   reduced to a small :class:`_Line`. The page is closed straight away so that
   long documents stay small in memory.
2. Document-wide statistics (body font size, left margin, repeated running
   headers/footers, the vocabulary used to undo line-end hyphenation) are
   computed, then each page's lines are classified (header/footer, footnote,
   body) and body lines are grouped into blocks. A paragraph that runs over a
   page break is joined into one block.

All coordinates are PDF points with a top-left origin, as pdfplumber reports
them.

Conventions chosen here:

* Footnote blocks (``kind="footnote"``) hold the footnote text *without* its
  leading marker; the marker is recorded in ``Block.footnote_markers``
  (e.g. ``("4",)`` or ``("(1)",)``).
* Footnote reference markers in the body (small-font digits, ``(1)``,
  ``[1]``, ``*`` or Unicode superscripts glued to a word) are removed from
  ``Block.text`` and recorded, in order, in ``Block.footnote_markers``.
* Symbol-font bullets (U+F0B7, U+F0A7, "•" ...) are removed from the text and
  recorded as ``Block.bullet == "•"``; dash and number markers ("— ", "– ",
  "1. ", "a) ") stay at the start of the text and are also recorded in
  ``Block.bullet``.
* Running headers/footers become ``kind="header_footer"`` blocks, one per
  line occurrence: lines among the first/last two of a page, in the top/bottom
  15 % of it, whose text (digits as "#") repeats on >= 40 % of the pages, and
  page-number-only lines ("3", "- 3 -", "Pagina 3 van 40", "3/29", "iv").
* Lines of a block are joined by a space; in headings a visual line broken
  before the right margin (the next line's first word would have fitted) is
  kept apart with "\n", and table-of-contents blocks keep one line per entry.
* Line-end hyphens: see :func:`_join_texts`. Word exports rarely hyphenate, so
  each document votes (with its own vocabulary) whether unsure cases keep the
  hyphen.
* Page order of blocks: running header, body blocks, footnotes, running
  footer. A paragraph continued on the next page is one block on its first
  page (``bbox`` covers its first-page lines only).
* Two-column pages are read column by column (left, then right, between
  full-width rows); a paragraph cut mid-sentence at the column foot continues
  in the next column's first block (see :func:`_column_groups`).
* Ruled tables (pdfplumber ``find_tables``, only on pages with at least
  :data:`TABLE_MIN_GRAPHICS` ruling objects) are ``kind="table"`` blocks,
  rows joined by "\n" and cells by " | ", kept out of the running text.
* Pages whose text runs sideways (``/Rotate`` 90/270 over upright content,
  or text drawn rotated) are read in an upright frame and flagged
  ``rotated``.
* Words: tolerances are relative to the font size and to the line's letter
  spacing ("M i g r a t i e" -> "Migratie"); glyphs drawn twice at almost the
  same place (fake bold, "TTéétteell") are kept once and the word is bold.
* Endnotes under a title ("Notes", "Eindnoten", "Przypisy" ...) are footnote
  blocks like page-foot notes. A page titled "Inhoud", "Inhaltsverzeichnis",
  "Spis treści", "Περιεχόμενα" ... with entries ending in page numbers is a
  table of contents (flag ``toc``; one paragraph block, one line per entry).
* Word files: see :func:`_parse_docx`.
"""

from __future__ import annotations

import hashlib
import logging
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTCurve

from analyser.errors import ParseError
from analyser.guard import sniff_utf16
from analyser.schema import Block, BlockKind, Document, PageInfo

logger = logging.getLogger(__name__)

__all__ = ["parse"]

# --------------------------------------------------------------------------- constants

#: Glyphs that symbol fonts (Symbol, Wingdings, OpenSymbol) use for bullets; all become "•".
SYMBOL_BULLETS: frozenset[str] = frozenset(
    {"\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "\uf0fc", "\uf0a8", "•", "●", "▪", "■", "◦", "○", "", "", "·"}
)
#: A line that opens a list item: dash, or a number / letter / roman numeral with "." or ")".
LIST_START_RE = re.compile(
    r"^(?P<marker>[—–\-]|\(?(?:\d{1,2}|[a-zA-Z]|[ivxlcIVXLC]{1,5}|[а-яА-Я])[.)])(?=\s)"
)
#: A whole word that is a footnote reference marker when set in a small font.
MARKER_RE = re.compile(r"^(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}\)?|\*{1,3}|†|‡|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})$")
#: Unicode superscript digits glued to the end of a word (a marker whatever the font size).
SUPERSCRIPT_TAIL_RE = re.compile(r"(?<=[^\s¹²³⁴⁵⁶⁷⁸⁹⁰])([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})$")
#: The marker that opens a footnote line at the page bottom.
FOOTNOTE_START_RE = re.compile(r"^(\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)]?|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?:\s+|$)")
#: A legal act's number as cited in every EU language: "2008/115", "(EU) 2024/1359", "Act No. 114/2011".
ACT_NUMBER_RE = re.compile(r"(?<!\d)(?:\d{4}/\d{1,4}|\d{1,4}/\d{4})(?!\d)")
#: The marker that opens a note paragraph of a text file ("(1) Directive …", "2 Act No. …", "³ Regulation …").
TXT_NOTE_RE = re.compile(r"^(?P<marker>\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}\)?|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3})\s+\S")
#: Lines that are only a page number: "3", "- 3 -", "Pagina 3 van 40", "3/29", "iv".
PAGE_NUMBER_RE = re.compile(
    r"^[-–—]?\s*(?:(?:page|pagina|seite|página|strona|strana|sivu|oldal|side|sida|pag\.?|p\.|"
    r"стр\.?|страница|puslapis|lapa|lehekülg|leht|stran)\s*)?"
    r"(?:\d{1,4}|[ivxlcdm]{1,7})"
    r"(?:\s*(?:/|of|van|von|de|di|din|z|ze|из|iš|od|af|av|/)\s*\d{1,4})?\s*[-–—]?$",
    re.IGNORECASE,
)
#: A table-of-contents line: dot leaders followed by a page number.
TOC_LINE_RE = re.compile(r"(?:\.{4,}|…{2,}|(?:\.\s){4,}|_{4,})\s*\d{1,4}\s*$")
#: Sentence-final punctuation (a paragraph ending so is not continued on the next page).
SENTENCE_END_RE = re.compile(r"[.!?:;…»\"”)]\s*$")
#: Ligatures expanded with NFKC (only these characters are normalised).
LIGATURES: frozenset[str] = frozenset("ﬀﬁﬂﬃﬄﬅﬆ")
#: Words after which a line-end hyphen is an elided compound ("asiel- en migratie").
CONJUNCTIONS: frozenset[str] = frozenset(
    "en of und oder and or et ou e y o i a és vagy og eller ja tai sekä и или ir ar bzw sowie "
    "in ali oraz lub ni nebo či sau şi și ή και ку kaj".split()
)
SOFT_HYPHEN = "\u00ad"
HYPHENS = "-\u2010\u2011"

#: Vertical gap (as a fraction of the font size) above which a new block starts.
BLOCK_GAP_RATIO = 0.5
#: Words set at most this fraction of the line's font size are footnote markers.
MARKER_SIZE_RATIO = 0.8
#: Footnote lines are set at most this fraction of the body font size.
FOOTNOTE_SIZE_RATIO = 0.9
#: A running header/footer text must repeat on at least this share of pages.
REPEAT_SHARE = 0.4
#: Share of "(cid:NN)" characters above which a page is unreadable.
CID_SHARE = 0.3
#: Headings have at most this many words.
HEADING_MAX_WORDS = 30
#: Gap between two characters of a word, as a fraction of the font size (beyond the line's letter spacing).
WORD_GAP_RATIO = 0.15
#: A repeated glyph shifted by less than this fraction of the font size is fake bold (drawn twice).
FAKE_BOLD_RATIO = 0.15
#: A column gutter is a vertical strip at least this many font sizes wide that body rows leave empty.
GUTTER_MIN_RATIO = 1.2
#: Pages with at least this many ruling objects (lines, rectangles, curves) are searched for tables.
TABLE_MIN_GRAPHICS = 4
#: Font names of symbol fonts whose glyph at a line start is a bullet whatever its character code.
SYMBOL_FONT_RE = re.compile(r"dingbat|wingding|webding|symbol", re.IGNORECASE)
#: Titles of a table-of-contents page (whole line), in the EU languages.
TOC_TITLE_RE = re.compile(
    r"^(?:contents|table of contents|inhoud|inhoudsopgave|inhoudstafel|inhalt|inhaltsverzeichnis|"
    r"table des matières|sommaire|spis treści|περιεχόμενα|πίνακας περιεχομένων|índice|indice|contenido|"
    r"sommario|obsah|kazalo|vsebina|sadržaj|съдържание|cuprins|tartalom|tartalomjegyzék|sisällys|"
    r"sisällysluettelo|innehåll|innehållsförteckning|indhold|indholdsfortegnelse|sisukord|saturs|"
    r"satura rādītājs|turinys|clár|clár ábhair|clár an ábhair|werrej|kontenut)\s*:?$",
    re.IGNORECASE,
)
#: A contents entry without dot leaders: text ending in a page number.
TOC_ENTRY_RE = re.compile(r"\S\s+(?:\d{1,4}|[ivxlc]{2,6})$", re.IGNORECASE)
#: Titles of a block of endnotes gathered at the end of a section or document (whole line).
ENDNOTES_TITLE_RE = re.compile(
    r"^(?:notes|endnotes|noten|eindnoten|voetnoten|anmerkungen|endnoten|fußnoten|notes de fin|"
    r"przypisy|σημειώσεις|note|notas|poznámky|opombe|bilješke|бележки|note de final|megjegyzések|"
    r"jegyzetek|huomautukset|viitteet|noter|slutnoter|märkused|piezīmes|pastabos|nótaí|noti)\s*:?$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- internal model


@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool
    font: str = ""
    orient: int = 0  # text direction in degrees counter-clockwise: 0 upright, 90 up, 180, 270 down


@dataclass(slots=True)
class _Line:
    """One visual line; coordinates in PDF points, top-left origin.

    Only per-line aggregates are kept (not the words), so that the lines of a
    1000-page document stay small in memory.
    """

    page: int
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    bullet: str | None = None
    markers: list[str] = field(default_factory=list)
    lead_marker: str | None = None
    role: str = "body"  # body | header_footer | footnote
    n_chars: int = 0
    n_bold: int = 0
    n_italic: int = 0
    sizes: tuple[float, ...] = ()  # median-relevant sizes: one entry per word, weighted by its length below
    size_weights: tuple[int, ...] = ()
    first_word_width: float = 0.0
    new_column: bool = False  # first line of the right-hand column of a two-column band
    toc: bool = False  # line of a table of contents found by its title (no dot leaders)


@dataclass(slots=True)
class _Page:
    info: PageInfo
    lines: list[_Line]
    frame_height: float = 0.0  # height of the reading frame (page width when the text runs sideways)


@dataclass(slots=True)
class _Block:
    lines: list[_Line]
    kind: BlockKind = "paragraph"
    bullet: str | None = None
    footnote_markers: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- public API


def parse(
    path: str | Path,
    *,
    doc_id: str | None = None,
    password: str | None = None,
    language: str | None = None,
) -> Document:
    """Parse a PDF or plain-text strategy into a :class:`Document`.

    Args:
        path: a ``.pdf`` file (any name ending, checked by its ``%PDF`` header),
            a ``.txt`` file (UTF-8; blocks are paragraphs separated by blank
            lines) or a Word ``.docx`` file (see :func:`_parse_docx`).
        doc_id: document id; defaults to the file name up to its first dot
            (``nl-2025.word.pdf`` -> ``nl-2025``).
        password: password of an encrypted PDF.
        language: ISO 639-1 code when known; ``"und"`` otherwise (the language
            is detected by another stage).

    Returns:
        The document with its pages (size in PDF points, flags) and blocks in
        reading order. Block ids are ``"b0001"``, ``"b0002"`` ... over the whole
        document, header/footer and footnote blocks included.

    Raises:
        ParseError: E101 missing file, E102 empty file, E103 not a PDF,
            E104 damaged PDF, E105 password needed, E106 wrong password,
            E107 no readable text on any page, E108 unsupported file type,
            E109 unreadable text file, E110 unreadable Word file.
    """
    p = Path(path)
    if not p.is_file():
        raise ParseError("E101", path=str(p))
    data = p.read_bytes()
    if not data:
        raise ParseError("E102", path=str(p))
    doc_id = doc_id or p.name.split(".", 1)[0]
    sha256 = hashlib.sha256(data).hexdigest()
    lang = language or "und"
    suffix = p.suffix.lower()

    warnings: list[str] = []
    if suffix == ".txt":
        pages, blocks = _parse_txt(p, data)
    elif suffix == ".docx" and not data[:1024].lstrip().startswith(b"%PDF"):
        pages, blocks = _parse_docx(p)
    elif data[:1024].lstrip().startswith(b"%PDF") or (suffix == ".pdf" and b"%PDF" in data[:1024]):
        pages, blocks = _parse_pdf(p, password, warnings)
    elif suffix == ".pdf":
        raise ParseError("E103", path=str(p), head=data[:8])
    else:
        raise ParseError("E108", path=str(p), suffix=suffix)

    logger.info("parsed %s: %d pages, %d blocks", p.name, len(pages), len(blocks))
    return Document(
        doc_id=doc_id,
        source_path=str(p),
        sha256=sha256,
        language=lang,
        pages=tuple(pages),
        blocks=tuple(blocks),
        warnings=tuple(warnings),
    )


# --------------------------------------------------------------------------- plain text


def _parse_txt(path: Path, data: bytes) -> tuple[list[PageInfo], list[Block]]:
    """One block per paragraph (paragraphs are separated by blank lines), all on page 1.

    The file must be UTF-8 (with or without BOM) or UTF-16 (with a BOM, or
    without one when :func:`analyser.guard.sniff_utf16` recognises it).

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
        raise ParseError("E109", path=str(path), reason=f"not UTF-8 or UTF-16 text; save it as UTF-8 ({exc.reason} at byte {exc.start})") from exc
    text = _clean_chars(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks: list[Block] = []
    for para in re.split(r"\n[ \t]*\n", text):
        para = "\n".join(line.strip() for line in para.strip().split("\n"))
        if not para:
            continue
        bullet = _txt_bullet(para)
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


def _txt_bullet(line: str) -> str | None:
    if line[:1] in SYMBOL_BULLETS:
        return line[:1]
    m = LIST_START_RE.match(line)
    return m.group("marker") if m else None


# --------------------------------------------------------------------------- Word (.docx)

#: Paragraph style names or ids of headings ("Heading 2", "Kop2", "Überschrift 1", "Title" ...).
DOCX_HEADING_RE = re.compile(
    r"^(?:heading|kop|überschrift|titre|título|titolo|nagłówek|rubrik|otsikko|overskrift|"
    r"nadpis|naslov|címsor|antraštė|virsraksts|pealkiri|заглавие|επικεφαλίδα|cabeçalho)\s*\d|"
    r"^(?:title|titel|titre|titolo|tytuł|τίτλος)$",
    re.IGNORECASE,
)
#: Paragraph style names of list paragraphs ("List Paragraph", "List Bullet 2", "Lijstalinea" ...).
DOCX_LIST_STYLE_RE = re.compile(r"^(?:list|lijst|liste|lista|seznam|luettelo)", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _parse_docx(path: Path) -> tuple[list[PageInfo], list[Block]]:
    """Read a Word file with python-docx into blocks, in document order.

    * Paragraphs styled as headings ("Heading N", "Kop N", "Title", or with an
      outline level) are ``heading`` blocks; list paragraphs (numbering, or a
      list style) are ``list_item`` blocks. Automatic numbers are rendered
      from the numbering definitions and put before the text ("2.1." +
      " Title"), as a PDF export shows them; bullets are recorded as "•".
      Typed markers ("- ", "1. ") work as in text files.
    * Tables are ``table`` blocks: one line per row ("\\n"), cells joined by
      " | " (a merged cell once).
    * Footnotes referenced in a paragraph are ``footnote`` blocks right after
      it, their ids in ``Block.footnote_markers`` of both.
    * Pages: Word records where it last broke pages
      (``w:lastRenderedPageBreak``); when the file has none (written by
      other tools), explicit page breaks are counted. ``PageInfo`` sizes are 0.

    Raises:
        ParseError: E110 when the file is not a readable .docx (not a zip,
            missing parts, broken XML).
    """
    try:
        import docx  # python-docx

        document = docx.Document(str(path))
        numbering = _docx_numbering(document)
        notes = _docx_footnotes(document)
        body = list(document.iter_inner_content())
    except Exception as exc:  # noqa: BLE001 - zipfile, lxml and python-docx raise many types
        raise ParseError("E110", path=str(path), reason=f"{type(exc).__name__}: {exc}") from exc

    rendered = any(True for _ in document.element.body.iter(f"{_W}lastRenderedPageBreak"))
    counters: dict[str, list[int]] = {}
    blocks: list[Block] = []
    page = 1

    def add(text: str, kind: BlockKind, bullet: str | None = None, markers: tuple[str, ...] = ()) -> None:
        blocks.append(
            Block(id=f"b{len(blocks) + 1:04d}", page=page, text=text, kind=kind, bullet=bullet, footnote_markers=markers)
        )

    for item in body:
        if item.__class__.__name__ == "Table":
            rows = []
            for row in item.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(_clean_chars(cell.text).split()))
                rows.append(" | ".join(cells))
            if any(r.strip(" |") for r in rows):
                add("\n".join(rows), "table")
            continue
        para = item
        before, after = _docx_page_breaks(para._p, rendered)
        page += before
        style = para.style
        names = [style.name or "", style.style_id or ""] if style is not None else []
        heading = any(DOCX_HEADING_RE.match(n) for n in names) or _docx_outline_level(para) is not None
        text = _clean_chars(para.text).replace("\t", " ")
        text = "\n".join(" ".join(t.split()) for t in text.split("\n")) if heading else " ".join(text.split())
        markers = tuple(
            ref.get(f"{_W}id", "") for ref in para._p.iter(f"{_W}footnoteReference")
        )
        if text:
            num = _docx_number(para, style, numbering, counters)
            kind: BlockKind = "heading" if heading else "paragraph"
            bullet: str | None = None
            if num == "•":
                bullet = None if heading else "•"
            elif num:
                text = f"{num} {text}"
                bullet = None if heading else num
            elif not heading:
                bullet = _txt_bullet(text)
                if bullet is not None and bullet in SYMBOL_BULLETS:
                    text, bullet = text[1:].strip(), "•"
                elif bullet is None and DOCX_LIST_STYLE_RE.match(style.name if style is not None else ""):
                    bullet = "•"
            if bullet is not None:
                kind = "list_item"
            add(text, kind, bullet, markers)
            for ref in markers:
                if notes.get(ref):
                    add(notes[ref], "footnote", markers=(ref,))
        page += after
    if not blocks:
        raise ParseError("E107", path=str(path))
    return [PageInfo(number=n) for n in range(1, page + 1)], blocks


def _docx_page_breaks(p: Any, rendered: bool) -> tuple[int, int]:
    """Page breaks in a paragraph: (before its first text, after it).

    Counts ``w:lastRenderedPageBreak`` when ``rendered`` (Word saved its page
    layout), else ``w:br w:type="page"`` and ``w:pageBreakBefore``.
    """
    before = after = 0
    seen_text = False
    if not rendered:
        ppr = p.find(f"{_W}pPr")
        if ppr is not None and ppr.find(f"{_W}pageBreakBefore") is not None:
            before += 1
    for el in p.iter(f"{_W}t", f"{_W}br", f"{_W}lastRenderedPageBreak"):
        if el.tag == f"{_W}t":
            seen_text = seen_text or bool((el.text or "").strip())
            continue
        is_break = (
            el.tag == f"{_W}lastRenderedPageBreak" if rendered else el.get(f"{_W}type") == "page"
        )
        if is_break:
            if seen_text:
                after += 1
            else:
                before += 1
    return before, after


def _docx_outline_level(para: Any) -> int | None:
    ppr = para._p.find(f"{_W}pPr")
    lvl = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
    if lvl is None:
        return None
    val = int(lvl.get(f"{_W}val", "9"))
    return val if val < 9 else None


def _docx_numbering(document: Any) -> dict[tuple[str, str], tuple[str, str, int]]:
    """(numId, ilvl) -> (numFmt, lvlText, start) from the file's numbering part (empty when none)."""
    try:
        root = document.part.numbering_part.element
    except Exception:  # noqa: BLE001 - no numbering part
        return {}
    abstract: dict[str, dict[str, tuple[str, str, int]]] = {}
    for an in root.iter(f"{_W}abstractNum"):
        levels = {}
        for lvl in an.iter(f"{_W}lvl"):
            fmt = lvl.find(f"{_W}numFmt")
            txt = lvl.find(f"{_W}lvlText")
            start = lvl.find(f"{_W}start")
            levels[lvl.get(f"{_W}ilvl", "0")] = (
                fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                txt.get(f"{_W}val", "") if txt is not None else "",
                int(start.get(f"{_W}val", "1")) if start is not None else 1,
            )
        abstract[an.get(f"{_W}abstractNumId", "")] = levels
    out: dict[tuple[str, str], tuple[str, str, int]] = {}
    for num in root.iter(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is None:
            continue
        for ilvl, spec in abstract.get(ref.get(f"{_W}val", ""), {}).items():
            out[(num.get(f"{_W}numId", ""), ilvl)] = spec
    return out


def _docx_number(para: Any, style: Any, numbering: dict, counters: dict[str, list[int]]) -> str | None:
    """The rendered list marker of a numbered paragraph ("2.1.", "a)") or "•" for bullets; None if not numbered.

    The paragraph's own ``w:numPr`` wins over its style's; levels below the
    one counted restart.
    """
    num_id = ilvl = None
    for owner in (para._p, style.element if style is not None else None):
        ppr = owner.find(f"{_W}pPr") if owner is not None else None
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if numpr is None:
            continue
        nid, lvl = numpr.find(f"{_W}numId"), numpr.find(f"{_W}ilvl")
        num_id = num_id or (nid.get(f"{_W}val") if nid is not None else None)
        ilvl = ilvl or (lvl.get(f"{_W}val") if lvl is not None else None)
    if not num_id or num_id == "0":
        return None
    ilvl = ilvl or "0"
    fmt, lvl_text, start = numbering.get((num_id, ilvl), ("bullet", "", 1))
    if fmt == "bullet" or fmt == "none":
        return "•" if fmt == "bullet" else None
    level = int(ilvl)
    count = counters.setdefault(num_id, [0] * 9)
    count[level] += 1
    for deeper in range(level + 1, 9):
        count[deeper] = 0

    def render(k: int) -> str:
        f, _t, st = numbering.get((num_id, str(k)), ("decimal", "", 1))
        n = max(count[k], 1) + st - 1
        if f == "lowerLetter":
            return chr(ord("a") + (n - 1) % 26)
        if f == "upperLetter":
            return chr(ord("A") + (n - 1) % 26)
        if f in ("lowerRoman", "upperRoman"):
            r = _roman(n)
            return r if f == "upperRoman" else r.lower()
        return str(n)

    marker = re.sub(r"%(\d)", lambda m: render(int(m.group(1)) - 1), lvl_text or f"%{level + 1}.")
    return marker.strip() or None


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _docx_footnotes(document: Any) -> dict[str, str]:
    """Footnote id -> text from the file's footnotes part (separators left out; empty when none)."""
    from lxml import etree

    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes") and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            out = {}
            for fn in root.iter(f"{_W}footnote"):
                if fn.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = " ".join("".join(t.text or "" for t in fn.iter(f"{_W}t")).split())
                out[fn.get(f"{_W}id", "")] = _clean_chars(text)
            return out
    return {}


# --------------------------------------------------------------------------- PDF: pass 1


def _parse_pdf(path: Path, password: str | None, warnings: list[str]) -> tuple[list[PageInfo], list[Block]]:
    pages = _read_pages(path, password, warnings)
    if pages and all(("scanned" in pg.info.flags or "cid_garbage" in pg.info.flags) for pg in pages):
        raise ParseError("E107", path=str(path))
    if not pages:
        raise ParseError("E107", path=str(path))
    blocks = _build_document(pages)
    return [pg.info for pg in pages], blocks


def _open_pdf(path: Path, password: str | None) -> Any:
    """Open with pdfplumber, mapping failures to E104/E105/E106.

    An encrypted PDF whose user password is empty (owner-password
    restrictions only) opens without one; a warning naming the file is logged
    (and recorded in ``Document.warnings`` by the caller).
    """
    try:
        pdf = pdfplumber.open(path, password=password or "")
        _ = pdf.pages  # forces the page tree to be read
        if not password and getattr(pdf.doc, "encryption", None):
            logger.warning("%s: encrypted PDF opened with the empty user password", path)
        return pdf
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many unrelated types
        if _is_password_error(exc):
            if password:
                raise ParseError("E106", path=str(path)) from exc
            raise ParseError("E105", path=str(path)) from exc
        raise ParseError("E104", path=str(path), reason=f"{type(exc).__name__}: {exc}") from exc


def _is_password_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if "PasswordIncorrect" in type(cur).__name__ or "password" in str(cur).lower():
            return True
        if cur.args and isinstance(cur.args[0], BaseException):
            cur = cur.args[0]
        else:
            cur = cur.__cause__ or cur.__context__
    return False


def _read_pages(path: Path, password: str | None, warnings: list[str] | None = None) -> list[_Page]:
    pdf = _open_pdf(path, password)
    if warnings is not None and not password and getattr(pdf.doc, "encryption", None):
        warnings.append(f"{path}: encrypted PDF opened with the empty user password")
    out: list[_Page] = []
    try:
        for page in pdf.pages:
            try:
                out.append(_read_page(page))
            except ParseError:
                raise
            except Exception as exc:  # noqa: BLE001
                if _is_password_error(exc):
                    raise ParseError("E106" if password else "E105", path=str(path)) from exc
                raise ParseError(
                    "E104", path=str(path), reason=f"page {page.page_number}: {type(exc).__name__}: {exc}"
                ) from exc
            finally:
                page.close()
    finally:
        pdf.close()
    return out


def _read_page(page: Any) -> _Page:
    """Read one pdfplumber page into lines in reading order.

    Flags the page ``scanned`` (no glyphs), ``cid_garbage`` (mostly unmapped
    glyphs; no lines are kept), ``rotated`` (``/Rotate`` 90 or 270, or text
    running sideways, which is then read in its own upright frame) and ``toc``
    (dot-leader contents lines, or a contents title such as "Inhoud" followed
    by entries ending in page numbers). Two-column bands are read column by
    column (:func:`_column_groups`) and ruled tables become one ``role="table"``
    line each (:func:`_table_lines`).
    """
    number = page.page_number
    flags: list[str] = []
    rotation = int(getattr(page, "rotation", 0) or 0) % 360
    if rotation in (90, 270):
        flags.append("rotated")
    width, height = float(page.width), float(page.height)

    def info() -> PageInfo:
        return PageInfo(number=number, width=width, height=height, flags=tuple(flags))

    chars, n_graphics = _layout_chars(page)
    if not chars:
        flags.append("scanned")
        return _Page(info(), [], height)
    n_cid = sum(1 for c in chars if c.text.startswith("(cid:"))
    if n_cid / len(chars) > CID_SHARE:
        flags.append("cid_garbage")
        logger.warning("page %d: %d of %d glyphs unmapped (cid); skipped", number, n_cid, len(chars))
        return _Page(info(), [], height)

    chars, frame_w, frame_h = _upright(chars, width, height)
    turned = frame_w != width or any(c.orient for c in chars[:1])
    if turned and "rotated" not in flags:
        flags.append("rotated")
    tables: list[_Line] = []
    if n_graphics >= TABLE_MIN_GRAPHICS and not turned:
        tables, chars = _table_lines(page, number, chars)

    lines: list[_Line] = []
    for group, new_column in _column_groups(_cluster_lines(chars), frame_w):
        for i, cs in enumerate(_cluster_lines(group) if new_column is not None else [group]):
            ws, track = _chars_to_words(cs)
            if not ws:
                continue
            ln = _finish_line(number, ws, track)
            ln.new_column = bool(new_column) and i == 0
            if ln.text or ln.bullet:
                lines.append(ln)
    for tab in tables:
        at = next((i for i, ln in enumerate(lines) if ln.top >= tab.top and ln.x0 < tab.x1 and ln.x1 > tab.x0), len(lines))
        lines.insert(at, tab)
    if sum(1 for ln in lines if TOC_LINE_RE.search(ln.text)) >= 3:
        flags.append("toc")
    elif _mark_titled_toc(lines):
        flags.append("toc")
    return _Page(info(), lines, frame_h)


def _layout_chars(page: Any) -> tuple[list[_Word], int]:
    """The page's glyphs as one-character :class:`_Word` objects, and its number of ruling objects.

    Coordinates are PDF points in the displayed page (pdfminer applies
    ``/Rotate``), top-left origin. Reads pdfminer's layout tree
    (``page.layout``) directly: building pdfplumber's per-character dicts
    (``page.chars``) costs about 2.5 times as much and carries colour and
    matrix attributes this parser never uses. A glyph that is not upright gets
    its direction from its text matrix in ``orient`` (90: reads upwards, 270:
    downwards, 180: upside down). Lines, rectangles and curves (pdfminer's
    ``LTCurve`` family) are counted, as possible table rulings.
    """
    height = float(page.height)
    out: list[_Word] = []
    style: dict[str, tuple[bool, bool]] = {}
    n_graphics = 0

    def walk(obj: Any) -> None:
        nonlocal n_graphics
        for child in obj:
            if isinstance(child, LTChar):
                font = child.fontname
                if font not in style:
                    style[font] = (_is_bold(font), _is_italic(font))
                bold, italic = style[font]
                w = _Word(
                    text=child.get_text(),
                    x0=float(child.x0),
                    x1=float(child.x1),
                    top=height - float(child.y1),
                    bottom=height - float(child.y0),
                    size=float(child.size),
                    bold=bold,
                    italic=italic,
                    font=font,
                )
                if not child.upright:
                    a, b = child.matrix[0], child.matrix[1]
                    w.orient = (0 if a > 0 else 180) if abs(a) >= abs(b) else (90 if b > 0 else 270)
                out.append(w)
            elif isinstance(child, LTCurve):
                n_graphics += 1
            elif isinstance(child, LTContainer):
                walk(child)

    walk(page.layout)
    return out, n_graphics


def _upright(chars: list[_Word], width: float, height: float) -> tuple[list[_Word], float, float]:
    """Turn a page whose text mostly runs sideways into an upright reading frame.

    The direction most glyphs share decides the frame; glyphs running in
    another direction (a vertical margin label on an upright page) are
    dropped. For text reading downwards (a portrait page printed landscape,
    ``orient`` 270) the frame's x is the distance down the page and its top
    the distance from the right edge; upwards (90) and upside down (180)
    likewise. Sizes of turned glyphs become their frame height (pdfminer
    reports the advance width as ``size`` for them).

    Returns:
        The glyphs in the frame, and the frame's width and height in points
        (``width, height`` swapped for 90 and 270).
    """
    votes: Counter[int] = Counter(c.orient for c in chars)
    orient = votes.most_common(1)[0][0]
    if len(votes) > 1:
        logger.debug("dropped %d glyphs not in the page's main direction", len(chars) - votes[orient])
        chars = [c for c in chars if c.orient == orient]
    if orient == 0:
        return chars, width, height
    for c in chars:
        x0, x1, top, bottom = c.x0, c.x1, c.top, c.bottom
        if orient == 270:
            c.x0, c.x1, c.top, c.bottom = top, bottom, width - x1, width - x0
        elif orient == 90:
            c.x0, c.x1, c.top, c.bottom = height - bottom, height - top, x0, x1
        else:  # 180
            c.x0, c.x1, c.top, c.bottom = width - x1, width - x0, height - bottom, height - top
        c.size = round(c.bottom - c.top, 2)
    return (chars, height, width) if orient in (90, 270) else (chars, width, height)


def _column_groups(rows: list[list[_Word]], frame_w: float) -> list[tuple[list[_Word], bool | None]]:
    """Order a page's rows for reading: column by column where the page has two columns.

    Args:
        rows: the page's glyphs clustered into rows (:func:`_cluster_lines`),
            top to bottom.
        frame_w: width of the reading frame, points.

    Returns:
        ``(glyphs, new_column)`` groups in reading order. Without a gutter
        each row is its own group with ``new_column=None`` (already a line).
        With one, rows crossing the gutter (full-width titles, footers) are
        groups of their own (``False``); between them, the left column's
        glyphs (``False``) come before the right column's (``True``), each to
        be clustered into lines again.

    A gutter is a vertical strip in the middle 60 % of the frame, at least
    :data:`GUTTER_MIN_RATIO` font sizes wide, that at most 30 % of the rows
    cross; both sides must hold at least a quarter of the glyphs and three
    rows, side by side (their heights overlap by half), and most left-hand
    rows must run up to it (a ragged label column beside values is a table,
    not two columns).
    """
    single: list[tuple[list[_Word], bool | None]] = [(r, None) for r in rows]
    if len(rows) < 4:
        return single
    gutter = _find_gutter(rows, frame_w)
    if gutter is None:
        return single
    a, b = gutter
    mid = (a + b) / 2
    out: list[tuple[list[_Word], bool | None]] = []
    left: list[_Word] = []
    right: list[_Word] = []

    def flush() -> None:
        if left:
            out.append((list(left), False))
        if right:
            out.append((list(right), True))
        left.clear()
        right.clear()

    for row in rows:
        if any(c.x0 < b and c.x1 > a and c.text.strip() for c in row):
            flush()
            out.append((row, False))
            continue
        for c in row:
            (left if (c.x0 + c.x1) / 2 < mid else right).append(c)
    flush()
    return out


def _find_gutter(rows: list[list[_Word]], frame_w: float) -> tuple[float, float] | None:
    """The widest empty vertical strip between two text columns, or None (see :func:`_column_groups`)."""
    lo, hi = int(0.2 * frame_w), int(0.8 * frame_w)
    if hi - lo < 10:
        return None
    blocked = [0] * (hi - lo + 2)
    for row in rows:
        ink = [c for c in row if c.text.strip()]
        if not ink:
            continue
        size = statistics.median(c.size for c in ink)
        span_x0, span_x1 = ink[0].x0, ink[0].x1
        for c in ink[1:]:
            if c.x0 - span_x1 < GUTTER_MIN_RATIO * size:
                span_x1 = max(span_x1, c.x1)
                continue
            _block(blocked, span_x0, span_x1, lo, hi)
            span_x0, span_x1 = c.x0, c.x1
        _block(blocked, span_x0, span_x1, lo, hi)
    counts: list[int] = []
    total = 0
    for i in range(hi - lo + 1):
        total += blocked[i]
        counts.append(total)
    # candidate strips: maximal runs crossed by at most 30 % of the rows, narrowed to their least crossed part
    limit = 0.3 * len(rows)
    candidates: list[tuple[int, int]] = []
    i = 0
    while i < len(counts):
        if counts[i] > limit:
            i += 1
            continue
        j = i
        while j < len(counts) and counts[j] <= limit:
            j += 1
        fewest = min(counts[i:j])
        k = i
        while k < j:
            if counts[k] != fewest:
                k += 1
                continue
            m = k
            while m < j and counts[m] == fewest:
                m += 1
            candidates.append((lo + k, lo + m))
            k = m
        i = j
    ink = [c for row in rows for c in row if c.text.strip()]
    size = statistics.median(c.size for c in ink)
    for a, b in sorted(candidates, key=lambda ab: ab[0] - ab[1]):
        if b - a < GUTTER_MIN_RATIO * size - 1:
            break
        if _is_gutter(rows, ink, float(a), float(b)):
            return float(a), float(b)
    return None


def _is_gutter(rows: list[list[_Word]], ink: list[_Word], a: float, b: float) -> bool:
    """Whether the strip [a, b] separates two text columns (the checks of :func:`_column_groups`)."""
    n_left = sum(1 for c in ink if c.x1 <= a + 0.5)
    n_right = sum(1 for c in ink if c.x0 >= b - 0.5)
    if min(n_left, n_right) < 0.25 * len(ink):
        return False
    # the columns stand side by side: each has three rows or more, and their heights overlap by half
    free = [row for row in rows if not any(c.x0 < b and c.x1 > a and c.text.strip() for c in row)]
    left_rows = [row for row in free if any(c.x1 <= a + 0.5 and c.text.strip() for c in row)]
    right_rows = [row for row in free if any(c.x0 >= b - 0.5 and c.text.strip() for c in row)]
    if min(len(left_rows), len(right_rows)) < 3:
        return False
    l_top, l_bot = min(r[0].top for r in left_rows), max(r[0].bottom for r in left_rows)
    r_top, r_bot = min(r[0].top for r in right_rows), max(r[0].bottom for r in right_rows)
    if min(l_bot, r_bot) - max(l_top, r_top) < 0.5 * min(l_bot - l_top, r_bot - r_top):
        return False
    # most rows with text left of the gutter run up to it: a column, not a ragged label list
    left_ends = [max(c.x1 for c in row if c.x1 <= a + 0.5) for row in rows if any(c.x1 <= a + 0.5 and c.text.strip() for c in row)]
    left_x0 = min(c.x0 for c in ink)
    near = sum(1 for x in left_ends if a - x <= 0.15 * (a - left_x0))
    return near * 2 >= len(left_ends)


def _block(blocked: list[int], x0: float, x1: float, lo: int, hi: int) -> None:
    """Add one row's inked span [x0, x1] to the difference array ``blocked`` (index 0 is x = lo)."""
    i0, i1 = max(int(x0), lo), min(int(x1) + 1, hi + 1)
    if i0 < i1:
        blocked[i0 - lo] += 1
        blocked[i1 - lo] -= 1


def _table_lines(page: Any, number: int, chars: list[_Word]) -> tuple[list[_Line], list[_Word]]:
    """Find ruled tables with pdfplumber (``page.find_tables()``, "lines" strategy).

    Only tables of at least two rows and two columns count. Each becomes one
    ``_Line`` with ``role="table"`` whose text holds one row per line
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

    def inside(c: _Word, box: tuple[float, float, float, float]) -> bool:
        h, v = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
        return box[0] <= h < box[2] and box[1] <= v < box[3]

    out: list[_Line] = []
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
                for cs in _cluster_lines(cell_chars):
                    ws, track = _chars_to_words(cs)
                    if ws:
                        ln = _finish_line(number, ws, track)
                        texts.append(("• " if ln.bullet else "") + ln.text)
                cells.append(_join_texts(texts, None).replace("\x00", "").replace(SOFT_HYPHEN, ""))
            rows.append(" | ".join(cells))
        ink = [c for c in in_tab if c.text.strip()]
        x0, top, x1, bottom = tab.bbox
        ln = _Line(page=number, text="\n".join(rows), x0=x0, x1=x1, top=top, bottom=bottom, role="table")
        ln.size = statistics.median(c.size for c in ink) if ink else 0.0
        ln.n_chars = len(ink)
        ln.n_bold = sum(1 for c in ink if c.bold)
        ln.n_italic = sum(1 for c in ink if c.italic)
        ln.sizes, ln.size_weights = (ln.size,), (max(1, ln.n_chars),)
        out.append(ln)
    out.sort(key=lambda ln: ln.top)
    return out, [c for c in chars if id(c) not in taken]


def _mark_titled_toc(lines: list[_Line]) -> bool:
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


def _chars_to_words(chars: list[_Word]) -> tuple[list[_Word], float]:
    """Merge one line's characters (sorted by x0) into words.

    A word ends at a blank, at a horizontal gap above the line's letter
    spacing plus :data:`WORD_GAP_RATIO` x the font size (tolerances relative
    to the font size, like pdfplumber's ``x_tolerance_ratio``, so that small
    print is not glued together), or where the font or size changes (so small
    raised footnote markers and symbol-font bullets are words of their own).
    A glyph repeating the previous one at almost the same place
    (:data:`FAKE_BOLD_RATIO`) is fake bold: dropped, and its word marked bold.

    Returns:
        The words, and the line's letter spacing in points (the median gap
        between glyphs when most glyphs stand apart, "M i g r a t i o n";
        else 0).
    """
    track = _letter_spacing(chars)
    words: list[_Word] = []
    cur: _Word | None = None
    last: _Word | None = None
    for ch in chars:
        if not ch.text.strip():
            cur = None
            continue
        if (
            last is not None
            and ch.text == last.text
            and ch.font == last.font
            and abs(ch.x0 - last.x0) <= min(FAKE_BOLD_RATIO * ch.size, 0.5 * (ch.x1 - ch.x0))
            and abs(ch.top - last.top) <= FAKE_BOLD_RATIO * ch.size
        ):
            if cur is not None:
                cur.bold = True
                cur.x1 = max(cur.x1, ch.x1)
            continue
        last = ch
        if (
            cur is not None
            and ch.font == cur.font
            and abs(ch.size - cur.size) < 0.01
            and ch.x0 - cur.x1 <= track + WORD_GAP_RATIO * ch.size
            and ch.x0 >= cur.x0
        ):
            cur.text += ch.text
            cur.x1 = max(cur.x1, ch.x1)
            cur.top = min(cur.top, ch.top)
            cur.bottom = max(cur.bottom, ch.bottom)
        else:
            cur = _Word(ch.text, ch.x0, ch.x1, ch.top, ch.bottom, ch.size, ch.bold, ch.italic, ch.font)
            words.append(cur)
    return [w for w in words if not w.text.startswith("(cid:")], track


def _letter_spacing(chars: list[_Word]) -> float:
    """Letter spacing of a line, points: the median gap between neighbouring glyphs of one font.

    0 unless most such gaps exceed :data:`WORD_GAP_RATIO` x the font size
    (ordinary text has glyphs touching; letter-spaced text has every glyph
    standing apart by about the same amount).
    """
    gaps: list[float] = []
    n_apart = 0
    for a, b in zip(chars, chars[1:]):
        if a.font != b.font or not a.text.strip() or not b.text.strip():
            continue
        gap = b.x0 - a.x1
        gaps.append(gap)
        if gap > WORD_GAP_RATIO * b.size:
            n_apart += 1
    if len(gaps) < 4 or n_apart * 2 <= len(gaps):
        return 0.0
    return statistics.median(gaps)


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return any(k in name for k in ("bold", "black", "heavy", "semibold", "demi"))


def _is_italic(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return "italic" in name or "oblique" in name


def _cluster_lines(words: list[_Word]) -> list[list[_Word]]:
    """Group words into visual lines by vertical overlap (raised markers join their line)."""
    lines: list[list[_Word]] = []
    bands: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        h = max(w.bottom - w.top, 0.1)
        placed = False
        for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            top, bottom = bands[i]
            overlap = min(bottom, w.bottom) - max(top, w.top)
            if overlap >= 0.5 * min(h, bottom - top):
                lines[i].append(w)
                # the band follows the line's main (largest) words only
                if h >= bottom - top:
                    bands[i] = (w.top, w.bottom)
                placed = True
                break
        if not placed:
            lines.append([w])
            bands.append((w.top, w.bottom))
    for ws in lines:
        ws.sort(key=lambda w: w.x0)
    lines.sort(key=_line_top)
    return lines


def _line_top(ws: list[_Word]) -> float:
    """Top of a line's main (largest) words: raised markers do not move it."""
    main = max(w.size for w in ws) - 0.01
    return min(w.top for w in ws if w.size >= main)


def _finish_line(page: int, words: list[_Word], track: float = 0.0) -> _Line:
    """Compute a line's style, strip markers and symbol bullets, and build its text.

    ``track`` is the line's letter spacing in points (see :func:`_letter_spacing`):
    words closer than it plus 0.12 x the font size are glued without a space.
    A first word that is a bullet glyph (:data:`SYMBOL_BULLETS`) or a single
    glyph of a symbol font (ZapfDingbats, Wingdings, Symbol) is a bullet.
    """
    weights: Counter[float] = Counter()
    # marker-shaped words ("(6)", "12") do not vote when the line has other words
    voters = [w for w in words if not MARKER_RE.match(w.text)] or words
    for w in voters:
        weights[round(w.size, 1)] += len(w.text)
    main_size = weights.most_common(1)[0][0]
    line = _Line(page=page)
    line.x0 = min(w.x0 for w in words)
    line.x1 = max(w.x1 for w in words)
    main = [w for w in words if w.size >= MARKER_SIZE_RATIO * main_size] or words
    line.top = min(w.top for w in main)
    line.bottom = max(w.bottom for w in main)
    line.size = main_size

    kept: list[_Word] = []
    glue_next = False
    pieces: list[str] = []
    prev: _Word | None = None
    for i, w in enumerate(words):
        text = w.text
        if i == 0 and (
            text in SYMBOL_BULLETS or (len(text) == 1 and not text.isdigit() and SYMBOL_FONT_RE.search(w.font))
        ):
            line.bullet = "•"
            continue
        if w.size < MARKER_SIZE_RATIO * main_size and MARKER_RE.match(text):
            if not kept:
                line.lead_marker = text
            else:
                line.markers.append(text)
                glue_next = True
            continue
        m = SUPERSCRIPT_TAIL_RE.search(text)
        if m:
            line.markers.append(m.group(1))
            text = text[: m.start()]
        elif MARKER_RE.match(text) and text[0] in "¹²³⁴⁵⁶⁷⁸⁹⁰":
            if not kept:
                line.lead_marker = text
            else:
                line.markers.append(text)
                glue_next = True
            continue
        text = _clean_chars(text)
        if not text:
            continue
        if prev is None:
            pieces.append(text)
        else:
            gap = w.x0 - prev.x1
            glued = gap < track + 0.12 * max(w.size, prev.size) or (glue_next and text[0] in ",.;:)!?")
            pieces.append(text if glued else " " + text)
        glue_next = False
        prev = w
        kept.append(w)
    line.text = "".join(pieces).strip()
    line.n_chars = sum(len(w.text) for w in words)
    line.n_bold = sum(len(w.text) for w in words if w.bold)
    line.n_italic = sum(len(w.text) for w in words if w.italic)
    line.sizes = tuple(w.size for w in words)
    line.size_weights = tuple(len(w.text) for w in words)
    if kept:
        line.x0 = kept[0].x0 if line.bullet is None else line.x0
        line.first_word_width = kept[0].x1 - kept[0].x0
        n_bold = sum(len(w.text) for w in kept if w.bold)
        n_italic = sum(len(w.text) for w in kept if w.italic)
        n = sum(len(w.text) for w in kept)
        line.bold = n_bold * 2 > n
        line.italic = n_italic * 2 > n
    return line


def _clean_chars(text: str) -> str:
    """Expand ligatures (NFKC on those characters only) and drop soft hyphens inside words."""
    if any(ch in LIGATURES for ch in text):
        text = "".join(unicodedata.normalize("NFKC", ch) if ch in LIGATURES else ch for ch in text)
    if SOFT_HYPHEN in text:
        text = re.sub(SOFT_HYPHEN + r"(?!\s*$)", "", text)
    return text


# --------------------------------------------------------------------------- PDF: pass 2


def _build_document(pages: list[_Page]) -> list[Block]:
    all_lines = [ln for pg in pages for ln in pg.lines]
    if not all_lines:
        return []
    _mark_headers_footers(pages)
    body_size = _body_size(all_lines)
    left_margin = _left_margin(all_lines)
    for pg in pages:
        _mark_footnotes(pg, body_size)
    _mark_endnotes(pages, body_size)
    vocab = _vocabulary(all_lines)
    keep_default = _hyphens_kept_by_default(pages, vocab)

    # per page: (top furniture, body blocks, footnotes, bottom furniture)
    per_page: list[tuple[list[_Block], list[_Block], list[_Block], list[_Block]]] = []
    for pg in pages:
        body = [ln for ln in pg.lines if ln.role in ("body", "table")]
        mid = pg.frame_height / 2 if pg.frame_height else 0
        top_hf = [_Block([ln], kind="header_footer") for ln in pg.lines if ln.role == "header_footer" and ln.top < mid]
        bot_hf = [_Block([ln], kind="header_footer") for ln in pg.lines if ln.role == "header_footer" and ln.top >= mid]
        notes = _footnote_blocks([ln for ln in pg.lines if ln.role == "footnote"])
        blocks = _body_blocks(body, body_size, toc="toc" in pg.info.flags)
        per_page.append((top_hf, blocks, notes, bot_hf))

    _join_across_pages(per_page)
    page_right = {
        pg.info.number: max(ln.x1 for ln in pg.lines if ln.role == "body")
        for pg in pages
        if any(ln.role == "body" for ln in pg.lines)
    }

    out: list[Block] = []
    for top_hf, blocks, notes, bot_hf in per_page:
        for blk in [*top_hf, *blocks, *notes, *bot_hf]:
            out.append(_to_block(blk, len(out) + 1, vocab, left_margin, keep_default, page_right))
    return out


def _body_size(lines: list[_Line]) -> float:
    """Most common font size over body characters, points."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        if ln.role == "body":
            sizes[ln.size] += ln.n_chars
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _left_margin(lines: list[_Line]) -> float:
    """Most common line start x0 (rounded to 1 pt) of body lines: the body's left margin."""
    xs: Counter[float] = Counter(round(ln.x0) for ln in lines if ln.role == "body")
    if not xs:
        return 0.0
    total = sum(xs.values())
    # the leftmost x0 that a good share of lines start at (indented list lines may outnumber them)
    frequent = [x for x, k in xs.items() if k >= 0.2 * total]
    chosen = min(frequent) if frequent else xs.most_common(1)[0][0]
    return min(ln.x0 for ln in lines if ln.role == "body" and round(ln.x0) == chosen)


def _mark_headers_footers(pages: list[_Page]) -> None:
    """Mark running headers/footers: repeated margin lines and page-number-only lines."""
    n_pages = len(pages)
    candidates: list[tuple[_Line, str]] = []
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


def _mark_footnotes(page: _Page, body_size: float) -> None:
    """Mark the run of small-font lines at the page bottom that opens with a footnote marker."""
    body = [ln for ln in page.lines if ln.role == "body"]
    region: list[_Line] = []
    for ln in reversed(body):
        if ln.size <= FOOTNOTE_SIZE_RATIO * body_size and not ln.bold:
            region.append(ln)
        else:
            break
    region.reverse()
    # the region starts at its first marker line; earlier small lines stay body
    start = next((i for i, ln in enumerate(region) if _footnote_marker(ln) is not None), None)
    if start is None:
        return
    for ln in region[start:]:
        ln.role = "footnote"


def _mark_endnotes(pages: list[_Page], body_size: float) -> None:
    """Mark endnotes: the marker-led lines under a title such as "Notes", "Eindnoten", "Przypisy".

    The title must be followed by a line opening with a footnote marker
    ("1", "(1)", "¹" ...). From there, body lines are footnotes (a line
    without a marker continues the note before it) until a heading-like line
    (bold, or at least one point larger than the body text) that does not
    open with a marker; the run may go over page breaks. The title itself
    stays in the body.
    """
    in_notes = False
    prev: _Line | None = None
    for pg in pages:
        for ln in pg.lines:
            if ln.role != "body":
                continue
            if in_notes:
                if _footnote_marker(ln) is None and (ln.bold or ln.size >= body_size + 1.0):
                    in_notes = False
                else:
                    ln.role = "footnote"
            elif prev is not None and ENDNOTES_TITLE_RE.match(prev.text.strip()) and _footnote_marker(ln) is not None:
                in_notes = True
                ln.role = "footnote"
            prev = ln


def _footnote_marker(line: _Line) -> str | None:
    if line.lead_marker is not None:
        return line.lead_marker
    m = FOOTNOTE_START_RE.match(line.text)
    return m.group(1).rstrip(".") if m else None


def _footnote_blocks(lines: list[_Line]) -> list[_Block]:
    blocks: list[_Block] = []
    for ln in lines:
        marker = _footnote_marker(ln)
        if marker is not None or not blocks:
            if ln.lead_marker is None and marker is not None:
                ln.text = FOOTNOTE_START_RE.sub("", ln.text, count=1)
            blocks.append(_Block([ln], kind="footnote", footnote_markers=[marker] if marker else []))
        else:
            blocks[-1].lines.append(ln)
    return blocks


def _starts_list(line: _Line) -> str | None:
    if line.bullet:
        return line.bullet
    m = LIST_START_RE.match(line.text)
    return m.group("marker") if m else None


def _body_blocks(lines: list[_Line], body_size: float, *, toc: bool) -> list[_Block]:
    """Group a page's body lines into blocks (gap, style change, list start)."""
    blocks: list[_Block] = []
    prev: _Line | None = None
    right_edge = max((ln.x1 for ln in lines), default=0.0)
    for ln in lines:
        if ln.role == "table":
            blocks.append(_Block([ln], kind="table"))
            prev = None
            continue
        bullet = _starts_list(ln)
        if (toc and TOC_LINE_RE.search(ln.text)) or ln.toc:
            bullet = None  # "2.1. Title ........ 5" is a contents line, not a list item
        new = prev is None
        if prev is not None and (ln.toc or prev.toc):
            new = ln.toc != prev.toc  # a titled table of contents is one block
        elif prev is not None and ln.new_column:
            # the right-hand column continues the left one's last paragraph only mid-sentence
            new = (
                bullet is not None
                or bool(SENTENCE_END_RE.search(prev.text))
                or ln.bold != prev.bold
                or ln.italic != prev.italic
                or abs(ln.size - prev.size) > 0.75
            )
        elif prev is not None:
            gap = ln.top - prev.bottom
            size = max(min(ln.size, prev.size), 1.0)
            if gap > BLOCK_GAP_RATIO * size:
                new = True
            elif ln.bold != prev.bold or ln.italic != prev.italic:
                new = True
            elif abs(ln.size - prev.size) > 0.75:
                new = True
            elif bullet is not None and (ln.bullet or _line_complete(prev, right_edge)):
                # a bold title continued by a bold "– subtitle" line stays one heading
                new = not (ln.bold and prev.bold and bullet in "—–-")
        if new:
            blocks.append(_Block([ln], bullet=bullet))
        else:
            blocks[-1].lines.append(ln)
        prev = ln
    for blk in blocks:
        if blk.kind != "table":
            blk.kind = _kind(blk, body_size, toc)
    return blocks


def _line_complete(line: _Line, right_edge: float) -> bool:
    """True when ``line`` can end a list item: punctuation at its end or stopping short of the margin.

    An inline enumeration that wraps ("... asielzoeker; en" / "(4) waar ...")
    must not open a list item: there the previous line runs to the right
    margin without closing punctuation.
    """
    if re.search(r"[.;:!?,]\s*$", line.text):
        return True
    return line.x1 < right_edge - 3 * max(line.size, 1.0)


def _kind(blk: _Block, body_size: float, toc: bool) -> BlockKind:
    n_chars = sum(ln.n_chars for ln in blk.lines)
    n_bold = sum(ln.n_chars for ln in blk.lines if ln.bold)
    n_words = sum(len(ln.text.split()) for ln in blk.lines)
    size = statistics.median(ln.size for ln in blk.lines)
    if (toc and any(TOC_LINE_RE.search(ln.text) for ln in blk.lines)) or blk.lines[0].toc:
        return "paragraph"
    if n_words <= HEADING_MAX_WORDS and (n_bold * 2 > n_chars or size >= body_size + 1.0):
        return "heading"
    if blk.bullet is not None:
        return "list_item"
    return "paragraph"


def _join_across_pages(per_page: list[tuple[list[_Block], list[_Block], list[_Block], list[_Block]]]) -> None:
    """Join a paragraph cut by a page break into the block on the earlier page."""
    prev_blocks: list[_Block] | None = None
    prev_right = 0.0
    for _top, blocks, _notes, _bot in per_page:
        if prev_blocks and blocks:
            last, first = prev_blocks[-1], blocks[0]
            a, b = last.lines[-1], first.lines[0]
            # a sentence may end exactly at the page end; a full-width last line still continues
            # (judged on that page's own lines: a one-line remainder carried over from the page before proves nothing)
            full_width = (
                sum(1 for ln in last.lines if ln.page == a.page) > 1 and a.x1 >= prev_right - 1.5 * max(a.size, 1.0)
            )
            if (
                last.kind in ("paragraph", "list_item")
                and first.kind == "paragraph"
                and first.bullet is None
                and (full_width or not SENTENCE_END_RE.search(a.text))
                and a.bold == b.bold
                and a.italic == b.italic
                and abs(a.size - b.size) <= 0.75
            ):
                last.lines.extend(first.lines)
                blocks.pop(0)
        if blocks:
            prev_blocks = blocks
            prev_right = max(ln.x1 for blk in blocks for ln in blk.lines)


# --------------------------------------------------------------------------- block text


def _vocabulary(lines: list[_Line]) -> set[str]:
    """Lower-cased word forms of the body text, used to decide line-end hyphens."""
    vocab: set[str] = set()
    for ln in lines:
        if ln.role != "body":
            continue
        for tok in ln.text.split():
            tok = tok.strip(".,;:!?()[]\"'«»„“”‘’").lower()
            if tok:
                vocab.add(tok)
    return vocab


def _join_texts(texts: list[str], vocab: set[str] | None, sep: str = " ", *, keep_default: bool = False) -> str:
    """Join line texts, undoing line-end hyphenation.

    A line ending in a soft hyphen is always joined without a space. A line
    ending in "-" keeps the hyphen when the next line starts with an upper-case
    letter or digit, when the part before it is short or contains upper case
    or digits ("EU-", "amv-"), or when the vocabulary knows the hyphenated form
    or the first part as a word of its own ("niet-gereguleerde"); it keeps
    "- " when the next word is a conjunction ("asiel- en migratie"); it drops
    the hyphen when the vocabulary knows the joined word. Otherwise the
    hyphen is dropped ("migra-" + "tie" -> "migratie") unless
    ``keep_default`` says the document does not hyphenate words at line ends
    (see :func:`_hyphens_kept_by_default`).
    """
    out = ""
    for text in texts:
        text = text.strip()
        if not text:
            continue
        if not out:
            out = text
            continue
        if out.endswith(SOFT_HYPHEN):
            out = out[:-1] + text
            continue
        if out[-1] in "–—" and len(out) >= 2 and not out[-2].isspace():
            out = out + text  # a range or compound cut after its dash ("2026–" + "2030")
            continue
        if out[-1] in HYPHENS and len(out) >= 2 and not out[-2].isspace():
            out = out + _hyphen_join(out, text, vocab, keep_default)
            continue
        out = out.rstrip(SOFT_HYPHEN) + sep + text
    return out.replace(SOFT_HYPHEN, "")


def _hyphen_evidence(left_text: str, right: str, vocab: set[str] | None) -> str | None:
    """Decide a line-end hyphen: "space", "keep", "join" or None (unsure)."""
    return _form_evidence(left_text, right) or _vocab_evidence(left_text, right, vocab)


def _form_evidence(left_text: str, right: str) -> str | None:
    """What the words' form says about a line-end hyphen: "space", "keep" or None.

    "space" for an elided compound before a conjunction ("asiel- en"); "keep"
    when the next line starts with an upper-case letter or digit, or the part
    before the hyphen is short, upper-case or holds digits ("EU-", "amv-").
    """
    left_word = re.split(r"[\s/]", left_text[:-1])[-1]
    left_part = re.split(r"[-\u2010\u2011]", left_word)[-1]
    words = right.split()
    if not words:
        return "keep"
    next_clean = words[0].strip(".,;:!?()\"'").lower()
    first = right[0]
    if next_clean in CONJUNCTIONS:
        return "space"
    if (
        first.isupper()
        or first.isdigit()
        or not left_part
        or len(left_part) <= 3
        or any(ch.isupper() or ch.isdigit() for ch in left_part[1:])
        or left_part.isupper()
    ):
        return "keep"
    return None


def _vocab_evidence(left_text: str, right: str, vocab: set[str] | None) -> str | None:
    """What the document's own vocabulary says about a line-end hyphen: "join", "keep" or None."""
    words = right.split()
    if vocab is None or not words or len(left_text) < 2:
        return None
    left_word = re.split(r"[\s/]", left_text[:-1])[-1]
    stem = re.split(r"[-\u2010\u2011]", left_word)[-1].lower()
    next_clean = words[0].strip(".,;:!?()\"'").lower()
    if not stem or not next_clean:
        return None
    if stem + next_clean in vocab:
        return "join"
    if f"{stem}-{next_clean}" in vocab or stem in vocab or (len(next_clean) > 3 and next_clean in vocab):
        return "keep"
    return None


def _hyphen_join(left_text: str, right: str, vocab: set[str] | None, keep_default: bool) -> str:
    """Return what to append to ``left_text`` (which ends in a hyphen) for the next line ``right``."""
    decision = _hyphen_evidence(left_text, right, vocab)
    if decision == "space":
        return " " + right
    if decision == "keep" or (decision is None and keep_default):
        return right
    return _drop_hyphen(right)


def _hyphens_kept_by_default(pages: list[_Page], vocab: set[str]) -> bool:
    """True when the document's line-end hyphens are mostly real hyphens.

    Counts, over consecutive body lines, hyphens the vocabulary shows to be
    real ("keep") against ones it shows to be hyphenation ("join"); documents
    exported without automatic hyphenation (most Word exports) only have the
    first kind, so unsure cases then keep their hyphen.
    """
    votes: Counter[str] = Counter()
    prev: _Line | None = None
    for pg in pages:
        for ln in pg.lines:
            if ln.role != "body":
                continue
            if prev is not None and prev.text[-1:] in HYPHENS and len(prev.text) > 1 and not prev.text[-2].isspace():
                # only cases the word's form leaves open say how the document hyphenates
                decision = None if _form_evidence(prev.text, ln.text) else _vocab_evidence(prev.text, ln.text, vocab)
                if decision is not None:
                    votes[decision] += 1
            prev = ln
    logger.debug("line-end hyphen votes: %s", dict(votes))
    return votes["keep"] > votes["join"]


def _drop_hyphen(right: str) -> str:
    return "\x00" + right  # sentinel removed by _to_block: hyphen then sentinel -> nothing


def _to_block(
    blk: _Block, number: int, vocab: set[str], left_margin: float, keep_default: bool, page_right: dict[int, float]
) -> Block:
    """Turn a block of lines into a :class:`Block` (text joined, style by majority of characters)."""
    lines = blk.lines
    first_page = lines[0].page
    same_page = [ln for ln in lines if ln.page == first_page]
    texts = [
        # a line opening with a removed marker before punctuation ("(6)" + ".") glues to the previous line
        "\x02" + ln.text if ln.lead_marker and blk.kind != "footnote" and ln.text[:1] in ",.;:)" else ln.text
        for ln in lines
    ]
    if blk.kind == "heading":
        # visual lines broken before the right margin stay apart ("\n"); wrapped lines are joined
        groups: list[list[str]] = [[texts[0]]]
        for prev, ln, t in zip(lines, lines[1:], texts[1:]):
            # "would the next line's first word have fitted?" tells a manual break from a wrap
            first_w = ln.first_word_width
            room = page_right.get(prev.page, prev.x1) - prev.x1
            if room > first_w + 0.5 * max(prev.size, 1.0) and not t.startswith("\x02"):
                groups.append([t])
            else:
                groups[-1].append(t)
        text = "\n".join(_join_texts(g, vocab, keep_default=keep_default) for g in groups)
    elif blk.kind == "table":
        text = "\n".join(ln.text for ln in lines)
    else:
        sep = "\n" if blk.kind == "paragraph" and (_is_toc_block(lines) or lines[0].toc) else " "
        text = _join_texts(texts, vocab, sep=sep, keep_default=keep_default)
    text = text.replace(" \x02", "").replace("\x02", "")
    text = re.sub("[" + HYPHENS + "]\x00", "", text).replace("\x00", "")
    text = re.sub(r"[ \t]{2,}", " ", text).strip()
    n = max(1, sum(ln.n_chars for ln in lines))
    sizes = [sz for ln in lines for sz, k in zip(ln.sizes, ln.size_weights) for _ in range(k)]
    markers: list[str] = list(blk.footnote_markers)
    if blk.kind != "footnote":
        for ln in lines:
            if ln.lead_marker:
                markers.append(ln.lead_marker)
            markers.extend(ln.markers)
    bullet = blk.bullet if blk.kind in ("list_item", "paragraph") else None
    if blk.kind == "header_footer":
        bullet = None
    return Block(
        id=f"b{number:04d}",
        page=first_page,
        bbox=(
            round(min(ln.x0 for ln in same_page), 2),
            round(min(ln.top for ln in same_page), 2),
            round(max(ln.x1 for ln in same_page), 2),
            round(max(ln.bottom for ln in same_page), 2),
        ),
        text=text,
        kind=blk.kind,
        bold=sum(ln.n_bold for ln in lines) * 2 > n,
        italic=sum(ln.n_italic for ln in lines) * 2 > n,
        size=round(statistics.median(sizes), 2) if sizes else 0.0,
        indent=round(lines[0].x0 - left_margin, 2),
        bullet=bullet,
        footnote_markers=tuple(markers),
    )


def _is_toc_block(lines: list[_Line]) -> bool:
    """True when most lines of the block end in dot leaders and a page number."""
    return sum(1 for ln in lines if TOC_LINE_RE.search(ln.text)) * 2 >= len(lines) > 1
