"""Bound what one input document may cost, before and right after parsing.

A batch meets files nobody chose: a Word file that is a zip bomb, a 50 MB text
file on one line, a PDF of 100 000 pages or with millions of glyphs on a page.
Each would take gigabytes and minutes in the parser and the sentence splitter.
:func:`check_file` looks at the file before it is parsed (size, the
uncompressed size of a .docx, the page count and characters per page of a PDF
read by PDFium, the length of a text file) and :func:`check_document` at the
parsed text (characters per page and in all); each raises a
:class:`~analyser.errors.ParseError` with a code E130–E136 naming the file and
the limit, so that the pipeline fails that document and the batch goes on.
:func:`limit_memory` caps the address space of a worker process
(``resource.setrlimit``), where running out of memory fails one document
instead of the machine.

:func:`sniff_utf16` tells UTF-16 text without a byte-order mark, which would
otherwise decode as UTF-8 with a NUL between every letter.

The limits (:class:`Limits`) are generous for real strategies: the longest
development strategy has 29 pages and about 90 000 characters.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from .errors import Errors, ParseError
from .schema import Document


@dataclass(frozen=True)
class Limits:
    """What one document may cost.

    Attributes:
        max_file_bytes: size of the input file (bytes).
        max_docx_bytes: total uncompressed size of the parts of a .docx (bytes).
        max_docx_ratio: uncompressed / compressed size of a .docx (zip bomb ratio).
        max_pdf_inflated_bytes: total size of a PDF's Flate streams once decompressed (bytes;
            decompression bombs). A 1,000-page text PDF inflates to well under 100 MB.
        max_pages: pages of a PDF.
        max_page_chars: characters on one PDF page (glyph bombs; a dense A4 page has about 6 000).
        max_chars: characters of text in the whole document (a 300-page strategy has under 1 000 000).
        max_memory_mb: address-space cap of a worker process in MB (None: no cap).
    """

    max_file_bytes: int = 200 * 1024 * 1024
    max_docx_bytes: int = 300 * 1024 * 1024
    max_docx_ratio: float = 100.0
    max_pdf_inflated_bytes: int = 400 * 1024 * 1024
    max_pages: int = 2000
    max_page_chars: int = 60_000
    max_chars: int = 3_000_000
    max_memory_mb: int | None = None


DEFAULT_LIMITS = Limits()


def check_regular(path: str | os.PathLike[str]) -> None:
    """Refuse an input that exists but is not a regular file (a named pipe, a device, a socket).

    Reading a named pipe blocks until some other process writes to it, and ``/dev/zero`` never
    ends, so such a path is refused before it is opened. A missing file passes (the parser says E101).

    Raises:
        ParseError: E111 naming the kind of file.
    """
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return
    kind = ("a named pipe" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "not a file")
    raise ParseError(Errors.E111, path=str(path), kind=kind)


def check_file(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse an input whose size alone would make parsing too costly.

    A missing file passes: the parser gives its own error (E101).

    Raises:
        ParseError: E111 not a regular file (:func:`check_regular`); E112 a file that
            exists but cannot be read (permissions; the PDF parser called it damaged), or a folder that cannot be listed; E130 file too large; E131 .docx expanding beyond the
            limits (zip bomb); E135 PDF streams inflating beyond the limit
            (decompression bomb); E132 too many PDF pages; E133 too many
            characters on a PDF page; E134 a text file with too many characters.
    """
    p = Path(path)
    check_regular(p)
    if p.is_dir():  # only a folder that cannot be listed comes here (pipeline.find_inputs)
        try:
            os.listdir(p)
        except OSError as exc:
            raise ParseError(Errors.E112, path=str(p),
                             reason=f"a folder that cannot be listed: {exc.strerror or type(exc).__name__}") from None
    try:
        size = p.stat().st_size
    except OSError:
        return
    try:
        with open(p, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise ParseError(Errors.E112, path=str(p), reason=exc.strerror or type(exc).__name__) from None
    if size > limits.max_file_bytes:
        raise ParseError(Errors.E130, path=str(p), size=size, limit=limits.max_file_bytes)
    suffix = p.suffix.lower()
    if head.lstrip().startswith(b"%PDF") or (suffix == ".pdf" and b"%PDF" in head):
        _check_pdf(p, limits)
    elif suffix == ".docx" or head.startswith(b"PK\x03\x04"):
        _check_zip(p, size, limits)
    elif suffix == ".txt" and size > 4 * limits.max_chars:  # UTF-8 takes at most 4 bytes per character
        raise ParseError(Errors.E134, path=str(p), chars=f"more than {size // 4}", limit=limits.max_chars)


def _check_zip(p: Path, size: int, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(p) as zf:
            total = sum(max(0, i.file_size) for i in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip: the parser says what is wrong
    ratio = total / max(size, 1)
    if total > limits.max_docx_bytes or ratio > limits.max_docx_ratio:
        raise ParseError(Errors.E131, path=str(p), size=total, ratio=ratio, limit=limits.max_docx_bytes,
                         max_ratio=f"{limits.max_docx_ratio:.0f}")


_STREAM_RE = re.compile(rb"(?<!end)stream\r?\n")
_INFLATE_STEP = 1 << 20


def pdf_inflated_bytes(data: bytes, budget: int) -> int:
    """Bytes the Flate streams of a PDF inflate to, counted up to ``budget`` (then returned early).

    Every ``stream`` whose dictionary (the 2 KB before it, from its ``obj``)
    names ``/FlateDecode`` is inflated in 1 MB steps without keeping the output,
    so a decompression bomb costs a bounded amount of memory and stops as soon
    as it passes ``budget``. Malformed streams are skipped (the parser reports
    a damaged PDF).

    Args:
        data: the PDF's bytes.
        budget: stop counting once the total exceeds this (bytes).

    Returns:
        The total inflated size in bytes (> ``budget`` when the budget was exceeded).
    """
    total = 0
    for m in _STREAM_RE.finditer(data):
        head = data[max(0, m.start() - 2048): m.start()]
        head = head[max(0, head.rfind(b" obj")):]
        if b"/FlateDecode" not in head and b"/Fl " not in head and b"/Fl/" not in head:
            continue
        d = zlib.decompressobj()
        pos = m.end()
        try:
            while not d.eof and pos < len(data):
                out = d.decompress(data[pos: pos + _INFLATE_STEP], _INFLATE_STEP)
                pos += _INFLATE_STEP
                total += len(out)
                while d.unconsumed_tail and not d.eof and total <= budget:
                    total += len(d.decompress(d.unconsumed_tail, _INFLATE_STEP))
                if total > budget:
                    return total
        except zlib.error:
            continue
    return total


def _check_pdf(p: Path, limits: Limits) -> None:
    """Inflated stream size (decompression bombs), then page count and characters per page with
    PDFium (C, no Python object per glyph)."""
    try:
        data = p.read_bytes()
    except OSError:
        return
    if pdf_inflated_bytes(data, limits.max_pdf_inflated_bytes) > limits.max_pdf_inflated_bytes:
        raise ParseError(Errors.E135, path=str(p), limit=limits.max_pdf_inflated_bytes)
    del data
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - pdfplumber depends on it
        return
    try:
        pdf = pdfium.PdfDocument(str(p))
    except Exception:  # noqa: BLE001 - damaged or encrypted: the parser gives the coded error
        return
    try:
        n = len(pdf)
        if n > limits.max_pages:
            raise ParseError(Errors.E132, path=str(p), pages=n, limit=limits.max_pages)
        for i in range(n):
            try:
                page = pdf[i]
                textpage = page.get_textpage()
                chars = textpage.count_chars()
                textpage.close()
                page.close()
            except ParseError:
                raise
            except Exception:  # noqa: BLE001 - a page PDFium cannot read is the parser's business
                continue
            if chars > limits.max_page_chars:
                raise ParseError(Errors.E133, path=str(p), page=i + 1, chars=chars, limit=limits.max_page_chars)
    finally:
        pdf.close()


def check_document(doc: Document, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a parsed document with more text than the limits allow (before segmenting it).

    Raises:
        ParseError: E133 too many characters on one PDF page, E134 too
            many characters in all.
    """
    per_page: dict[int, int] = {}
    for b in doc.blocks:
        per_page[b.page] = per_page.get(b.page, 0) + len(b.text)
    total = sum(per_page.values())
    if total > limits.max_chars:
        raise ParseError(Errors.E134, path=doc.source_path, chars=total, limit=limits.max_chars)
    if Path(doc.source_path).suffix.lower() not in (".txt", ".docx"):  # text and Word pages are not real pages
        for page, chars in sorted(per_page.items()):
            if chars > limits.max_page_chars:
                raise ParseError(Errors.E133, path=doc.source_path, page=page, chars=chars, limit=limits.max_page_chars)


def sniff_utf16(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` for UTF-16 text without a byte-order mark, else None.

    UTF-8 text never holds NUL bytes; UTF-16 text of any script holds them
    (spaces and line breaks are ``20 00`` / ``00 20``). Both byte orders of
    the first 8 KB are decoded and the one that reads as text (letters,
    digits, punctuation, spaces; at least 95 %) wins.
    """
    sample = data[:8192]
    if b"\x00" not in sample or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None
    sample = sample[: len(sample) // 2 * 2]
    best, best_share = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        text = sample.decode(enc, errors="replace")
        if not text:
            continue
        ok = sum(ch.isprintable() or ch in "\n\r\t" for ch in text if ch != "\ufffd" and ch != "\x00")
        share = ok / len(text)
        if share > best_share:
            best, best_share = enc, share
    return best if best_share >= 0.95 else None


def limit_memory(max_mb: int | None) -> bool:
    """Cap this process's address space at ``max_mb`` MB (``RLIMIT_AS``); True when set.

    Meant for worker processes only: an allocation beyond the cap raises
    MemoryError in that worker, which fails the document (E136) instead of
    waking the kernel's out-of-memory killer.
    """
    if not max_mb:
        return False
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return False
    limit = int(max_mb) * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return True
