"""Parse a strategy document (PDF, Word .docx or plain text) into a :class:`~analyser.schema.Document`.

One module per input format (:mod:`.pdf`, :mod:`.txt`, :mod:`.docx`, as
Docling's ``backend/``) and one per concern (:mod:`.lines`, :mod:`.columns`,
:mod:`.tables`, :mod:`.toc`, :mod:`.furniture`, :mod:`.footnotes`, :mod:`.margins`,
:mod:`.hyphenation`, :mod:`.blocks`); :func:`parse` dispatches on the file's
type. Only :mod:`.pdf` and :mod:`.tables` touch pdfplumber. The PDF path works in
two passes:

1. Every page is read once (its pdfminer layout, ``page.layout``), its
   characters clustered into visual lines by vertical overlap and merged into
   words (a word ends at a blank, a gap or a font change, like
   ``page.extract_words(extra_attrs=["fontname", "size"])``); footnote
   reference markers and symbol-font bullets are taken out and each line is
   reduced to a small :class:`~analyser.parse.model.Line`. The page is closed straight away so that
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
* Line-end hyphens: see :func:`~analyser.parse.hyphenation.join_texts`. No
  word list: the document's own vocabulary (the joined word written whole
  elsewhere, or the hyphenated form written mid-line), the words' form (a
  capital or digit after the hyphen, an abbreviation before it, a conjunction
  after it) and, for unsure cases, whether the document hyphenates at all
  (Word exports rarely do) decide.
* Page order of blocks: running header, body blocks, footnotes, running
  footer. A paragraph continued on the next page is one block on its first
  page (``bbox`` covers its first-page lines only).
* Pages with two or more columns are read column by column (left to right,
  between full-width rows; each column is searched for a further gutter); a
  paragraph cut mid-sentence at the column foot continues in the next
  column's first block (see :func:`~analyser.parse.columns.column_groups`).
  A narrow outer column of small type is margin notes: each note follows the
  paragraph it stands beside (:func:`~analyser.parse.margins.place_margin_notes`).
* Ruled tables (pdfplumber ``find_tables``, only on pages with at least
  :data:`~analyser.parse.pdf.TABLE_MIN_GRAPHICS` ruling objects) are ``kind="table"`` blocks,
  rows joined by "\n" and cells by " | ", kept out of the running text.
* Pages whose text runs sideways or upside down (``/Rotate`` 90/270 over
  upright content, or text drawn rotated) are read in an upright frame and
  flagged ``rotated``; a box turned against the page's main direction is
  read in its own frame and comes after the page's text (running furniture
  when it repeats over the pages).
* Running headers/footers: see
  :func:`~analyser.parse.furniture.mark_headers_footers` (three lines at each
  page end, recurring titles beside changing chapter names, page numbers,
  Official Journal furniture). A footnote marker "(1)" whose digit is set
  in superscript between body-size brackets is taken out whole.
* A block running over a page break records where each later page starts
  in its text (``Block.page_starts``, ``Block.page_at``).
* Words: tolerances are relative to the font size and to the line's letter
  spacing ("M i g r a t i e" -> "Migratie"); glyphs drawn two to four times at almost the
  same place (fake bold, "TTéétteell") are kept once and the word is bold.
* Endnotes under a title ("Notes", "Eindnoten", "Przypisy" ...) are footnote
  blocks like page-foot notes. A page titled "Inhoud", "Inhaltsverzeichnis",
  "Spis treści", "Περιεχόμενα" ... with entries ending in page numbers is a
  table of contents (flag ``toc``; one paragraph block, one line per entry).
* Word files: see :func:`analyser.parse.docx.parse_docx`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import unicodedata
from pathlib import Path

from analyser.errors import Errors, ParseError
from analyser.schema import Document, PageColumns

logger = logging.getLogger(__name__)


__all__ = ["LAYOUT_SUFFIXES", "doc_id_of", "parse"]

LAYOUT_SUFFIXES: tuple[str, ...] = ("word", "typeset", "print", "layout", "tagged", "ocr", "scan")
"""File name parts that only tell which layout of a document a file holds; dropped from its id."""


def readable_path(path: str | os.PathLike[str]) -> str:
    """``path`` as text any UTF-8 output can hold: the bytes the file system could not decode as UTF-8 (Python keeps
    them as surrogate escapes U+DC80–U+DCFF) read as Windows-1252 ("_" for a byte it leaves undefined).

    Equal to ``str(path)`` for every name that is UTF-8; ``b"strat\xe9gie.txt"`` → ``"stratégie.txt"``.
    """
    name = os.fspath(path)
    if not any("\udc80" <= ch <= "\udcff" for ch in name):
        return name
    return _cp1252_runs(os.fsencode(name))


def _cp1252_runs(raw: bytes) -> str:
    """``raw`` decoded as UTF-8 where it is valid, and byte by byte as Windows-1252 elsewhere ("_" when undefined)."""
    out: list[str] = []
    i = 0
    while i < len(raw):
        try:
            text = raw[i:].decode("utf-8")
            out.append(text)
            break
        except UnicodeDecodeError as exc:
            out.append(raw[i:i + exc.start].decode("utf-8"))
            bad = raw[i + exc.start:i + exc.start + 1]
            out.append(bad.decode("cp1252", "replace").replace("\ufffd", "_"))
            i += exc.start + 1
    return "".join(out)


def dead_link_reason(path: str | os.PathLike[str]) -> str:
    """Why the symbolic link ``path`` leads to no file: ``"a loop of links"`` when resolving it goes round (ELOOP),
    else ``"its target <target> does not exist"``. Only meaningful for a link whose target is missing
    (``os.path.islink(path) and not os.path.exists(path)``)."""
    try:
        Path(path).resolve(strict=True)
    except RuntimeError:  # Python < 3.13 raises RuntimeError on a loop
        return "a loop of links"
    except OSError as exc:
        if getattr(exc, "errno", None) == 40:  # ELOOP
            return "a loop of links"
        try:
            return f"its target {os.readlink(path)} does not exist"
        except OSError:
            return "its target does not exist"
    return "its target does not exist"


def doc_id_of(path: str | os.PathLike[str]) -> str:
    """The file name without its extension and known layout suffixes (:data:`LAYOUT_SUFFIXES`).

    ``nl-2025.word.pdf`` → ``nl-2025``; ``strategy-v1.0.pdf`` → ``strategy-v1.0``;
    ``2305.03393v1.pdf`` → ``2305.03393v1`` (so versions and arXiv-style names
    never collide). The id is in Unicode NFC: a name written decomposed ("cafe\u0301", as macOS file systems keep
    names) gets the id typed on a keyboard, and two files whose names differ only in that form share one id (E503),
    instead of two documents printed alike (fresh5). Invisible format characters (Unicode category Cf: the bidi
    controls U+200E/F, U+202A–E, U+2066–9, zero-width spaces and joiners, a byte-order mark) are left out: a name
    holding a right-to-left override printed its id reversed in every report and table, and an analyst could not
    type it for ``review`` (fresh6). A name of such characters only keeps them.

    A name whose bytes are not UTF-8 (a zip made on Windows, a file copied from an old disk: Python keeps the
    undecodable bytes as surrogates U+DC80–U+DCFF) is read as Windows-1252, its usual source, and a byte that code
    page leaves undefined becomes "_": ``strat\xe9gie.txt`` → ``stratégie``. The surrogates could not be written to
    any UTF-8 output, and the first journal line crashed every run of the folder (fresh8).
    """
    name = unicodedata.normalize("NFC", readable_path(Path(path).name))
    visible = "".join(ch for ch in name if unicodedata.category(ch) != "Cf").strip()
    name = visible or name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or ext.lower() not in ("pdf", "txt", "docx"):
        stem = name
    while "." in stem and stem.rsplit(".", 1)[1].lower() in LAYOUT_SUFFIXES:
        stem = stem.rsplit(".", 1)[0]
    return stem or name


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
            lines) or a Word ``.docx`` file (see :func:`parse_docx`).
        doc_id: document id; defaults to :func:`doc_id_of` (the file name
            without extension and layout suffix: ``nl-2025.word.pdf`` -> ``nl-2025``).
        password: password of an encrypted PDF.
        language: ISO 639-1 code when known; ``"und"`` otherwise (the language
            is detected by another stage).

    Returns:
        The document with its pages (size in PDF points, flags), blocks in
        reading order and the column bounds of the PDF pages read in columns
        (``Document.columns``). Block ids are ``"b0001"``, ``"b0002"`` ... over the whole
        document, header/footer and footnote blocks included.

    Raises:
        ParseError: E101 missing file, E102 empty file, E103 not a PDF,
            E104 damaged PDF, E105 password needed, E106 wrong password,
            E107 no readable text on any page (or in a text file), E108 unsupported file type,
            E109 unreadable text file, E110 unreadable Word file.
    """
    p = Path(path)
    if not p.is_file():
        if p.is_symlink() and not p.exists():  # a link loop or a dangling link was "file not found" (fresh11)
            raise ParseError(Errors.E113, path=str(p), reason=dead_link_reason(p))
        raise ParseError(Errors.E101, path=str(p))
    data = p.read_bytes()
    if not data:
        raise ParseError(Errors.E102, path=str(p))
    doc_id = doc_id or doc_id_of(p)
    sha256 = hashlib.sha256(data).hexdigest()
    lang = language or "und"
    suffix = p.suffix.lower()

    warnings: list[str] = []
    columns: list[PageColumns] = []
    if suffix == ".txt" and not data[:1024].lstrip().startswith(b"%PDF"):  # a PDF saved as .txt is read as a PDF
        from analyser.parse.txt import parse_txt

        if kind := _binary_kind(p, data):  # an image or an Office file named .txt: say what it is (fresh10)
            raise ParseError(Errors.E109, path=str(p), reason=f"it is {kind}, not text; {_BINARY_ADVICE}")
        pages, blocks = parse_txt(p, data)
        if not any(b.text.strip() for b in blocks):  # whitespace or a byte-order mark only
            raise ParseError(Errors.E107, path=str(p))
    elif (suffix == ".docx" and not data[:1024].lstrip().startswith(b"%PDF")) or (suffix == ".pdf" and _is_word(p, data)):
        from analyser.parse.docx import parse_docx  # the backends load on demand: python-docx, pdfplumber

        pages, blocks = parse_docx(p, warnings)
    elif data[:1024].lstrip().startswith(b"%PDF") or (suffix == ".pdf" and b"%PDF" in data[:1024]):
        from analyser.parse.pdf import parse_pdf

        pages, blocks, columns = parse_pdf(p, password, warnings)
    elif suffix == ".pdf":
        raise ParseError(Errors.E103, path=str(p), head=data[:8], kind=_named_pdf_kind(data))
    else:
        raise ParseError(Errors.E108, path=str(p), suffix=suffix)

    logger.info("parsed %s: %d pages, %d blocks", p.name, len(pages), len(blocks))
    return Document(
        doc_id=doc_id,
        source_path=str(p),
        sha256=sha256,
        language=lang,
        pages=tuple(pages),
        blocks=tuple(blocks),
        warnings=tuple(warnings),
        columns=tuple(columns),
    )


def _named_pdf_kind(data: bytes) -> str:
    """The tail of E103 naming what a file named ``.pdf`` is when its first bytes tell: an HTML page (a strategy
    saved from a ministry's web site), OpenDocument text, RTF, a legacy Word .doc; ``""`` otherwise.

    "not a PDF (starts with b'<!DOCTYP')" left an analyst to guess (fresh9); the tail says what to do.
    """
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower():
        return "; it is an HTML page (saved from a web site): print it to PDF or save its text as UTF-8 .txt"
    if data.startswith(b"PK\x03\x04") and b"application/vnd.oasis.opendocument" in data[:200]:
        return "; it is an OpenDocument file (.odt): save it as .docx or PDF"
    if head.startswith(b"{\\rtf"):
        return "; it is an RTF file: save it as .docx or PDF"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "; it is a legacy Word .doc (or another Office 97 file): save it as .docx or PDF"
    return ""


_BINARY_ADVICE = "save the strategy's text as UTF-8 .txt, or give the original PDF or .docx"


def _binary_kind(path: Path, data: bytes) -> str:
    """What a file named ``.txt`` is when its first bytes say it is no text: an image (PNG, JPEG, GIF, TIFF), a Word
    .docx, another zip archive, a legacy Office 97 file; ``""`` otherwise.

    A screenshot saved as ``.txt`` was E109 "not UTF-8 or UTF-16 text; save it as UTF-8 (invalid start byte at byte
    0)", which sends an analyst looking for an encoding (fresh10, ``lt-2026.screenshot.txt``).
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "a PNG image"
    if data.startswith(b"\xff\xd8\xff"):
        return "a JPEG image"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "a GIF image"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return "a TIFF image"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "a legacy Word .doc (or another Office 97 file)"
    if data.startswith(b"PK\x03\x04"):
        return "a Word .docx file" if _is_word(path, data) else "a zip archive"
    return ""


def _is_word(path: Path, data: bytes) -> bool:
    """Whether ``data`` is a Word ``.docx`` package (a zip holding ``word/document.xml``), whatever its name says."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
