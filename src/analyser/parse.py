"""Parse a strategy document (PDF or plain text) into a :class:`~analyser.schema.Document`.

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
"""

from __future__ import annotations

import hashlib
import logging
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.layout import LTChar, LTContainer

from analyser.errors import ParseError
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


@dataclass(slots=True)
class _Page:
    info: PageInfo
    lines: list[_Line]


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
        path: a ``.pdf`` file (any name ending, checked by its ``%PDF`` header)
            or a ``.txt`` file (UTF-8; blocks are paragraphs separated by blank
            lines).
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
            E109 unreadable text file.
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

    if suffix == ".txt":
        pages, blocks = _parse_txt(p, data)
    elif data[:1024].lstrip().startswith(b"%PDF") or (suffix == ".pdf" and b"%PDF" in data[:1024]):
        pages, blocks = _parse_pdf(p, password)
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
    )


# --------------------------------------------------------------------------- plain text


def _parse_txt(path: Path, data: bytes) -> tuple[list[PageInfo], list[Block]]:
    """One block per paragraph (paragraphs are separated by blank lines), all on page 1.

    The paragraph text is kept as written, line breaks included (a text file
    has no layout to tell wrapped lines from visual ones); ligatures and soft
    hyphens are cleaned and a private-use symbol bullet (U+F0B7 ...) at the
    start becomes "•". A paragraph opening with a bullet, dash or list number
    is a ``list_item`` with that marker in ``Block.bullet``.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError("E109", path=str(path), reason=str(exc)) from exc
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
        blocks.append(Block(id=f"b{len(blocks) + 1:04d}", page=1, text=para, kind=kind, bullet=bullet))
    return [PageInfo(number=1)], blocks


def _txt_bullet(line: str) -> str | None:
    if line[:1] in SYMBOL_BULLETS:
        return line[:1]
    m = LIST_START_RE.match(line)
    return m.group("marker") if m else None


# --------------------------------------------------------------------------- PDF: pass 1


def _parse_pdf(path: Path, password: str | None) -> tuple[list[PageInfo], list[Block]]:
    pages = _read_pages(path, password)
    if pages and all(("scanned" in pg.info.flags or "cid_garbage" in pg.info.flags) for pg in pages):
        raise ParseError("E107", path=str(path))
    if not pages:
        raise ParseError("E107", path=str(path))
    blocks = _build_document(pages)
    return [pg.info for pg in pages], blocks


def _open_pdf(path: Path, password: str | None) -> Any:
    """Open with pdfplumber, mapping failures to E104/E105/E106."""
    try:
        pdf = pdfplumber.open(path, password=password or "")
        _ = pdf.pages  # forces the page tree to be read
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


def _read_pages(path: Path, password: str | None) -> list[_Page]:
    pdf = _open_pdf(path, password)
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
    """Read one pdfplumber page into lines; flags scanned / cid_garbage / rotated / toc."""
    number = page.page_number
    flags: list[str] = []
    rotation = int(getattr(page, "rotation", 0) or 0) % 360
    if rotation in (90, 270):
        flags.append("rotated")
    chars = _layout_chars(page)
    if not chars:
        flags.append("scanned")
        return _Page(PageInfo(number=number, width=float(page.width), height=float(page.height), flags=tuple(flags)), [])
    n_cid = sum(1 for c in chars if c.text.startswith("(cid:"))
    if n_cid / len(chars) > CID_SHARE:
        flags.append("cid_garbage")
        logger.warning("page %d: %d of %d glyphs unmapped (cid); skipped", number, n_cid, len(chars))
        return _Page(PageInfo(number=number, width=float(page.width), height=float(page.height), flags=tuple(flags)), [])

    line_words = (_chars_to_words(cs) for cs in _cluster_lines(chars))
    lines = [_finish_line(number, ws) for ws in line_words if ws]
    lines = [ln for ln in lines if ln.text or ln.bullet]
    if sum(1 for ln in lines if TOC_LINE_RE.search(ln.text)) >= 3:
        flags.append("toc")
    info = PageInfo(number=number, width=float(page.width), height=float(page.height), flags=tuple(flags))
    return _Page(info, lines)


def _layout_chars(page: Any) -> list[_Word]:
    """The page's glyphs as one-character :class:`_Word` objects, PDF points, top-left origin.

    Reads pdfminer's layout tree (``page.layout``) directly: building
    pdfplumber's per-character dicts (``page.chars``) costs about 2.5 times as
    much and carries colour and matrix attributes this parser never uses.
    """
    height = float(page.height)
    out: list[_Word] = []
    style: dict[str, tuple[bool, bool]] = {}

    def walk(obj: Any) -> None:
        for child in obj:
            if isinstance(child, LTChar):
                font = child.fontname
                if font not in style:
                    style[font] = (_is_bold(font), _is_italic(font))
                bold, italic = style[font]
                out.append(
                    _Word(
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
                )
            elif isinstance(child, LTContainer):
                walk(child)

    walk(page.layout)
    return out


def _chars_to_words(chars: list[_Word]) -> list[_Word]:
    """Merge one line's characters (sorted by x0) into words.

    A word ends at a blank, at a horizontal gap above 0.15 x the font size, or
    where the font or size changes (so small raised footnote markers and
    symbol-font bullets are words of their own).
    """
    words: list[_Word] = []
    cur: _Word | None = None
    for ch in chars:
        if not ch.text.strip():
            cur = None
            continue
        if (
            cur is not None
            and ch.font == cur.font
            and abs(ch.size - cur.size) < 0.01
            and ch.x0 - cur.x1 <= 0.15 * ch.size
            and ch.x0 >= cur.x0
        ):
            cur.text += ch.text
            cur.x1 = max(cur.x1, ch.x1)
            cur.top = min(cur.top, ch.top)
            cur.bottom = max(cur.bottom, ch.bottom)
        else:
            cur = _Word(ch.text, ch.x0, ch.x1, ch.top, ch.bottom, ch.size, ch.bold, ch.italic, ch.font)
            words.append(cur)
    return [w for w in words if not w.text.startswith("(cid:")]


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
    lines.sort(key=lambda ws: min(w.top for w in ws if w.size >= max(x.size for x in ws) - 0.01))
    return lines


def _finish_line(page: int, words: list[_Word]) -> _Line:
    """Compute a line's style, strip markers and symbol bullets, and build its text."""
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
        if i == 0 and text in SYMBOL_BULLETS:
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
            glued = gap < 0.12 * max(w.size, prev.size) or (glue_next and text[0] in ",.;:)!?")
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
    vocab = _vocabulary(all_lines)
    keep_default = _hyphens_kept_by_default(pages, vocab)

    # per page: (top furniture, body blocks, footnotes, bottom furniture)
    per_page: list[tuple[list[_Block], list[_Block], list[_Block], list[_Block]]] = []
    for pg in pages:
        body = [ln for ln in pg.lines if ln.role == "body"]
        mid = pg.info.height / 2 if pg.info.height else 0
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
        height = pg.info.height or max(ln.bottom for ln in pg.lines)
        lines = sorted(pg.lines, key=lambda ln: ln.top)
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
        bullet = _starts_list(ln)
        if toc and TOC_LINE_RE.search(ln.text):
            bullet = None  # "2.1. Title ........ 5" is a contents line, not a list item
        new = prev is None
        if prev is not None:
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
    if toc and any(TOC_LINE_RE.search(ln.text) for ln in blk.lines):
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
            full_width = len(last.lines) > 1 and a.x1 >= prev_right - 1.5 * max(a.size, 1.0)
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
    else:
        sep = "\n" if blk.kind == "paragraph" and _is_toc_block(lines) else " "
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
