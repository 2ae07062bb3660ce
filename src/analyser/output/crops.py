"""Page crops of the original PDF around evidence passages, the matching sentence highlighted in place.

An analyst verifies a label by reading the sentence on the original page. For
every evidence item of a PDF analysis this module finds the matching sentence
among the characters of its page (pypdfium2's text page, with character
boxes; pdfminer would take seconds a page), renders the page once
(pypdfium2, as pdfplumber's ``to_image`` does), cuts a band of the page
around the sentence, paints a translucent yellow box over each line of the
sentence and encodes the crop as a small WebP ``data:`` URI (a few tens of
kB), so the HTML report stays one self-contained file.

Finding the sentence: page words and sentence are NFKC-normalised, case-folded
and reduced to letters and digits, so hyphenation at line ends
(``migra-``/``tion``), ligatures and spacing do not matter; the sentence is
looked up exactly in the page's character stream, else its longest common
stretch with the page anchors it (a sentence cut by a page break or a
footnote marker). When less than half of it is found there is no crop.

Text and Word inputs have no pages to show: :func:`text_context` gives the
passage's neighbouring paragraphs instead.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import io
import json
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import Warnings
from ..schema import Analysis, BlockRecord, Document, as_analysis

logger = logging.getLogger(__name__)

RESOLUTION = 100
"""Dots per inch at which pages are rendered before cropping (1.39 px per PDF point: a text column fits 680 px)."""
MAX_WIDTH = 680
"""Largest crop width in pixels (wider crops are scaled down)."""
QUALITY = 50
"""WebP quality (0–100) of the crops."""
WEBP_METHOD = 2
"""WebP encoder effort (0 fast … 6 small); encoding is most of the crops' cost."""
CONTEXT_PT = 42.0
"""PDF points of page kept above and below the highlighted sentence."""
MAX_HEIGHT_PT = 360.0
"""Tallest crop in PDF points (a longer sentence is cut below, its start stays visible)."""
HIGHLIGHT = (255, 214, 0, 105)
"""RGBA fill of the highlight boxes (translucent yellow: the text stays legible)."""
OUTLINE = (230, 120, 0, 255)
"""RGBA outline of the highlight boxes."""
MIN_FOUND = 0.5
"""Share of the sentence's characters that must be found on the page to make a crop."""


@dataclass(frozen=True)
class Crop:
    """One rendered crop.

    Attributes:
        src: ``data:image/webp;base64,…`` URI.
        width, height: pixels of the image.
        page: 1-based page number.
        boxes: highlight boxes as ``(x0, top, x1, bottom)`` fractions (0–1) of the crop.
    """

    src: str
    width: int
    height: int
    page: int
    boxes: tuple[tuple[float, float, float, float], ...]


def crop_key(page: Any, sentence: Any, text: Any = None) -> str:
    """Key of an evidence item's crop: page and the sentence (or the passage when no sentence)."""
    probe = _norm(str(sentence or "")) or _norm(str(text or ""))[:400]
    return f"{page}:{hashlib.sha1(probe.encode('utf-8')).hexdigest()[:16]}"


_NOT_ALNUM = re.compile(r"[\W_]+")  # re's \w is str.isalnum() or "_" (checked over every code point)


def _norm(text: str) -> str:
    """Letters and digits only (``str.isalnum``), NFKC, case-folded."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


def _locate(page_chars: str, probe: str) -> tuple[int, int] | None:
    """Character span of ``probe`` in ``page_chars`` (both normalised), or None when under :data:`MIN_FOUND`."""
    if not probe:
        return None
    i = page_chars.find(probe)
    if i >= 0:
        return i, i + len(probe)
    sm = difflib.SequenceMatcher(None, page_chars, probe, autojunk=False)
    m = sm.find_longest_match(0, len(page_chars), 0, len(probe))
    if m.size < max(12, MIN_FOUND * len(probe)):
        return None
    start = max(0, m.a - m.b)
    return start, min(len(page_chars), start + len(probe))


def _line_boxes(words: list[dict]) -> list[tuple[float, float, float, float]]:
    """One box per text line of ``words`` (in reading order): words whose vertical centres are close."""
    lines: list[list[dict]] = []
    for w in words:
        mid = (w["top"] + w["bottom"]) / 2
        if lines and abs((lines[-1][-1]["top"] + lines[-1][-1]["bottom"]) / 2 - mid) < 0.6 * (w["bottom"] - w["top"]):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [(min(w["x0"] for w in ln), min(w["top"] for w in ln), max(w["x1"] for w in ln), max(w["bottom"] for w in ln))
            for ln in lines]


def _word_index(words: list[dict]) -> tuple[str, list[int]]:
    """The page's normalised characters (:func:`_norm` of each word, joined) and, per character, its word's index."""
    owner: list[int] = []
    chars: list[str] = []
    for i, w in enumerate(words):
        n = _norm(w["text"])
        chars.append(n)
        owner.extend([i] * len(n))
    return "".join(chars), owner


def _find_words(words: list[dict], probe: str, index: tuple[str, list[int]] | None = None) -> list[dict]:
    """The page words covering the normalised ``probe`` (empty when not found).

    ``index``: :func:`_word_index` of ``words`` when the caller keeps it per page (every
    probe of a page then normalises the page's words once, not once per probe).
    """
    page_chars, owner = index if index is not None else _word_index(words)
    span = _locate(page_chars, probe)
    if span is None:
        return []
    idx = sorted(set(owner[span[0]:span[1]]))
    return [words[i] for i in idx]


COLUMN_SLACK_PT = 2.0
"""Points a word's centre may stand outside its column's recorded text extent (pdfium's glyph boxes against
pdfminer's, from which the parse stage measured the column)."""


def column_span(columns: Sequence[tuple[float, float]], hits: list[dict]) -> tuple[float, float] | None:
    """The x-range (PDF points) of the page column holding ``hits``, from the parse stage's column bounds; else None.

    ``columns`` are the page's :attr:`analyser.schema.PageColumns.columns` (text extents, left to
    right). The hits belong to the column whose share of the page (cut halfway across each gutter)
    holds their centre; the range is that column's text extent widened by :data:`COLUMN_SLACK_PT`
    (a running header crossing the gutter stays out of the crop). None on a page without recorded
    columns (one column, a text input, an analysis written before columns were recorded) and when
    the hits cross a cut (a sentence running on into the next column).
    """
    if len(columns) < 2 or not hits:
        return None
    cuts = [(columns[i][1] + columns[i + 1][0]) / 2 for i in range(len(columns) - 1)]
    edges = [float("-inf"), *cuts, float("inf")]
    h0, h1 = min(w["x0"] for w in hits), max(w["x1"] for w in hits)
    k = sum(1 for c in cuts if c <= (h0 + h1) / 2)
    if h0 < edges[k] or h1 > edges[k + 1]:
        return None
    return columns[k][0] - COLUMN_SLACK_PT, columns[k][1] + COLUMN_SLACK_PT


def _render_crop(image: Any, page_bbox: tuple[float, float, float, float], words: list[dict],
                 hits: list[dict], columns: Sequence[tuple[float, float]] = ()) -> Crop | None:
    from PIL import Image, ImageDraw

    boxes = _line_boxes(hits)
    x0p, top_p, x1p, bottom_p = page_bbox
    top = max(top_p, min(b[1] for b in boxes) - CONTEXT_PT)
    bottom = min(bottom_p, max(b[3] for b in boxes) + CONTEXT_PT)
    bottom = min(bottom, top + MAX_HEIGHT_PT)
    for w in words:  # never cut a line in half: take in the lines the band's edges run through
        if w["top"] < top < w["bottom"]:
            top = max(top_p, w["top"] - 2.0)
        if w["top"] < bottom < w["bottom"]:
            bottom = min(bottom_p, w["bottom"] + 2.0)
    band = [w for w in words if w["bottom"] >= top and w["top"] <= bottom] or hits
    column = column_span(columns, hits)
    if column is not None:  # a page of columns: the crop shows the sentence's column, not its neighbour
        band = [w for w in band if column[0] <= (w["x0"] + w["x1"]) / 2 <= column[1]] or hits
    left = max(x0p, min(w["x0"] for w in band) - 14.0)
    right = min(x1p, max(w["x1"] for w in band) + 14.0)
    if right - left < 40 or bottom - top < 10:
        return None
    scale = RESOLUTION / 72.0
    px = lambda v, o: round((v - o) * scale)  # noqa: E731 - points -> pixels of the page image
    crop = image.crop((px(left, x0p), px(top, top_p), px(right, x0p), px(bottom, top_p))).convert("RGBA")
    overlay = Image.new("RGBA", crop.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    fractions = []
    for bx0, btop, bx1, bbottom in boxes:
        if btop > bottom:
            continue
        r = (px(bx0 - 2, left), px(btop - 1.5, top), px(bx1 + 2, left), px(min(bbottom, bottom) + 1.5, top))
        draw.rectangle(r, fill=HIGHLIGHT, outline=OUTLINE, width=1)
        fractions.append(tuple(round(v, 4) for v in (r[0] / crop.width, r[1] / crop.height,
                                                    r[2] / crop.width, r[3] / crop.height)))
    out = Image.alpha_composite(crop, overlay).convert("RGB")
    if out.width > MAX_WIDTH:
        out = out.resize((MAX_WIDTH, max(1, round(out.height * MAX_WIDTH / out.width))), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    out.save(buf, format="WEBP", quality=QUALITY, method=WEBP_METHOD)
    src = "data:image/webp;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
    return Crop(src=src, width=out.width, height=out.height, page=0, boxes=tuple(fractions))


def evidence_items(analysis: Analysis | Mapping) -> list[dict]:
    """Every evidence item of an analysis as its ``analysis.json`` dict (all key elements, in coverage order)."""
    return [e.model_dump(mode="json") for c in as_analysis(analysis).coverage.values() for e in c.evidence]


def page_columns(record: Analysis | Document | Mapping) -> dict[int, tuple[tuple[float, float], ...]]:
    """Page number -> column bounds (PDF points) of the pages the parse stage read in columns.

    ``record``: an analysis (``analysis.columns``; none in analyses written before columns were
    recorded) or the parsed :class:`~analyser.schema.Document` (``Document.columns``).
    """
    columns = record.columns if isinstance(record, Document) else as_analysis(record).columns
    return {pc.page: pc.columns for pc in columns or ()}


def pdf_crops(pdf_path: str | os.PathLike[str], items: Iterable[Mapping], password: str | None = None,
              columns: Mapping[int, Sequence[tuple[float, float]]] | None = None) -> dict[str, Crop]:
    """Render the crops of evidence ``items`` (dicts with ``page``, ``sentence``, ``text``) from one PDF.

    Args:
        pdf_path: the analysed PDF (the same bytes; the caller checks the sha256).
        items: evidence dicts as in ``analysis.json``; ``page`` is 1-based.
        password: of an encrypted PDF (``analyse --password``).
        columns: 1-based page number -> the page's column bounds as the parse
            stage recorded them (:func:`page_columns`); a crop on such a page
            shows only its sentence's column (:func:`column_span`). Pages not
            in it (and a page pdfium reports turned by ``/Rotate``, whose
            character boxes are not in the displayed page's coordinates) are
            cropped across the page's width.

    Returns:
        ``{crop_key(page, sentence, text): Crop}`` for every item whose sentence
        (or, without a sentence, passage start) was found on its page, else on
        the next page (a passage running over a page break), else on the page
        before; ``Crop.page`` is where it was found. Each page is rendered once.

    Raises:
        Nothing for a bad page: text / rendering errors of one page are
        logged and that page's items get no crop. Opening errors propagate
        (the caller turns them into a warning).
    """
    import pypdfium2 as pdfium

    wanted: dict[str, tuple[int, str]] = {}
    for e in items:
        page = e.get("page")
        if not isinstance(page, int) or page < 1:
            continue
        probe = _norm(str(e.get("sentence") or "")) or _norm(str(e.get("text") or ""))[:300]
        if probe:
            wanted[crop_key(page, e.get("sentence"), e.get("text"))] = (page, probe)
    out: dict[str, Crop] = {}
    pdf = pdfium.PdfDocument(str(pdf_path), password=password)
    pages: dict[int, tuple[Any, float, float, list[dict]] | None] = {}
    indexes: dict[int, tuple[str, list[int]]] = {}  # page number -> _word_index of its words
    images: dict[int, Any] = {}

    def page_data(number: int) -> tuple[Any, float, float, list[dict]] | None:
        if number not in pages:
            pages[number] = None
            if 1 <= number <= len(pdf):
                try:
                    page = pdf[number - 1]
                    width, height = page.get_size()
                    pages[number] = (page, width, height, _page_words(page))
                except Exception as exc:  # noqa: BLE001 - one bad page costs its crops, not the report
                    logger.warning("%s", Warnings.W540.render(path=pdf_path, page=f" on page {number}", reason=exc))
        return pages[number]

    try:
        # the evidence page is its block's first page: a sentence of a block running over a
        # page break stands on the next page (or, for a block the parser dated late, the one before)
        for shift in (0, 1, -1):
            for key, (number, probe) in sorted(wanted.items(), key=lambda kv: kv[1][0] + shift):
                if key in out or (data := page_data(number + shift)) is None:
                    continue
                page, width, height, words = data
                if number + shift not in indexes:
                    indexes[number + shift] = _word_index(words)
                hits = _find_words(words, probe, indexes[number + shift])
                if not hits:
                    continue
                try:
                    if number + shift not in images:
                        images[number + shift] = page.render(scale=RESOLUTION / 72.0).to_pil()
                    cols = _crop_box_columns(page, (columns or {}).get(number + shift, ()))
                    crop = _render_crop(images[number + shift], (0.0, 0.0, width, height), words, hits, cols)
                except Exception as exc:  # noqa: BLE001
                    logger.warning("%s", Warnings.W540.render(path=pdf_path, page=f" on page {number + shift}", reason=exc))
                    continue
                if crop is not None:
                    out[key] = Crop(crop.src, crop.width, crop.height, number + shift, crop.boxes)
    finally:
        for data in pages.values():
            if data is not None:
                data[0].close()
        pdf.close()
    return out


def _crop_box_columns(page: Any, columns: Sequence[tuple[float, float]]) -> Sequence[tuple[float, float]]:
    """The parse stage's column bounds of a pypdfium2 page in the frame of :func:`_page_words`.

    The parser measures from the left edge of the page's media box (pdfplumber), the crops from
    the left edge of the crop box pdfium renders: the bounds move by the difference. Empty for a
    page turned by ``/Rotate`` (pdfium's character boxes are not in the displayed page's frame).
    """
    if not columns or page.get_rotation():
        return ()
    shift = page.get_mediabox()[0] - page.get_cropbox()[0]
    return tuple((x0 + shift, x1 + shift) for x0, x1 in columns)


def _page_words(page: Any) -> list[dict]:
    """Words of a pypdfium2 page: ``{"text", "x0", "top", "x1", "bottom"}`` in points from the top-left corner of
    the page's crop box, the image pdfium renders (a box whose corner is not at the origin shifts nothing)."""
    left_edge, _bottom_edge, _right_edge, top_edge = page.get_cropbox()
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        text = textpage.get_text_range()
        if len(text) != n:  # characters outside the BMP: fall back to one call per character
            text = "".join(textpage.get_text_range(i, 1)[:1] or " " for i in range(n))
        words: list[dict] = []
        cur: dict | None = None
        for i, ch in enumerate(text):
            if ch.isspace() or ch == "\x00":
                cur = None
                continue
            left, bottom, right, top = textpage.get_charbox(i)
            left, right = left - left_edge, right - left_edge
            box_top, box_bottom = top_edge - top, top_edge - bottom
            if cur is not None and (box_top > cur["bottom"] or box_bottom < cur["top"] or left < cur["x0"] - 1.0):
                # a new line without a space between; or the next column: a word hyphenated over a
                # column break ("do-" at the foot of column 1, "datnih" at the top of column 2) has no
                # space either, and as one word it spanned the page and made every crop a whole page
                cur = None
            if cur is None:
                cur = {"text": "", "x0": left, "top": box_top, "x1": right, "bottom": box_bottom}
                words.append(cur)
            cur["text"] += ch
            cur["x0"], cur["x1"] = min(cur["x0"], left), max(cur["x1"], right)
            cur["top"], cur["bottom"] = min(cur["top"], box_top), max(cur["bottom"], box_bottom)
        return words
    finally:
        textpage.close()


def text_context(analysis: Analysis | Mapping, block_id: Any, around: int = 1, limit: int = 500) -> dict:
    """The paragraphs before and after an evidence block of a text or Word input.

    Returns ``{"before": [str], "after": [str]}`` (at most ``around`` blocks
    each way, whitespace collapsed, each cut to ``limit`` characters); empty
    lists when the block is unknown.
    """
    blocks = as_analysis(analysis).blocks
    index = next((i for i, b in enumerate(blocks) if b.id == block_id), None)
    if index is None:
        return {"before": [], "after": []}

    def cut(b: BlockRecord) -> str:
        t = " ".join(b.text.split())
        return t if len(t) <= limit else t[:limit].rsplit(" ", 1)[0] + " …"

    return {"before": [cut(b) for b in blocks[max(0, index - around):index]],
            "after": [cut(b) for b in blocks[index + 1:index + 1 + around]]}


def source_file(analysis: Analysis | Mapping, folder: str | os.PathLike[str] | None = None) -> Path | None:
    """The analysed file when it is still there with the same bytes (sha256), else None.

    The stored path is tried as given (relative to the working directory) and
    relative to ``folder``'s parent (``OUT/`` when the path was relative to it).
    """
    source = as_analysis(analysis).source
    raw = source.path
    if not raw:
        return None
    candidates = [Path(raw)]
    if folder is not None and not Path(raw).is_absolute():
        candidates.append(Path(folder).parent / raw)
    for p in candidates:
        if p.is_file():
            sha = source.sha256
            if sha:
                h = hashlib.sha256()
                with open(p, "rb") as fh:
                    for chunk in iter(lambda: fh.read(1 << 20), b""):
                        h.update(chunk)
                if h.hexdigest() != sha:
                    logger.warning("%s", Warnings.W541.render(path=p))
                    return None
            return p.resolve()
    return None


@dataclass(frozen=True)
class EvidenceSources:
    """What a document report shows beside each evidence passage (all optional).

    Attributes:
        crops: :func:`analyser.output.crops.crop_key` -> :class:`Crop`
            (page crops of a PDF, the sentence highlighted).
        href: URL of the source file relative to the report (``../../corpus/x.pdf``);
            each evidence item links to ``href#page=N``.
        context: for text and Word inputs, ``block id -> {"before": [str], "after": [str]}``
            (neighbouring paragraphs, see :func:`text_context`).
    """

    crops: Mapping[str, Crop] = field(default_factory=dict)
    href: str | None = None
    context: Callable[[Any], Mapping[str, list[str]]] | None = None

    def page_link(self, page: Any) -> str | None:
        """``href#page=N`` (PDF open parameters, RFC 8118), or None without a source or page."""
        if self.href is None:
            return None
        return f"{self.href}#page={page}" if page is not None else self.href


CACHE_NAME = "crops.json"
"""Per-document cache of rendered crops (``OUT/<doc_id>/crops.json``), keyed by source sha256 and settings."""


def is_pdf_file(path: str | os.PathLike[str]) -> bool:
    """Whether the file holds a PDF (``%PDF`` within its first 1024 bytes, as the parser decides), whatever its name.

    A Word file named ``.pdf`` is analysed as Word (:mod:`analyser.parse`), so it
    has no pages to crop: its report shows the neighbouring paragraphs, like a
    ``.docx``, instead of asking pdfium for page images it cannot give. An
    unreadable file counts as a PDF (the caller's error path names it).
    """
    try:
        with open(path, "rb") as fh:
            return b"%PDF" in fh.read(1024)
    except OSError:
        return True


def _settings(columns: Mapping[int, Sequence[tuple[float, float]]]) -> str:
    """What the cached crops depend on besides the PDF's bytes: the crop settings and the pages' column bounds."""
    cols = hashlib.sha1(json.dumps(sorted((p, [list(c) for c in cs]) for p, cs in columns.items())).encode()).hexdigest()[:12]
    return f"webp-{RESOLUTION}-{MAX_WIDTH}-{QUALITY}-{WEBP_METHOD}-{CONTEXT_PT}-{MAX_HEIGHT_PT}-{HIGHLIGHT}-columns-{cols}-v6"


def _cache_text(sha: str | None, crops: Mapping[str, Crop], not_found: Iterable[str],
                columns: Mapping[int, Sequence[tuple[float, float]]]) -> str:
    """The ``crops.json`` content for these bytes, settings and column bounds (what :func:`_read_cache` reads back)."""
    return json.dumps({"settings": _settings(columns), "sha256": sha, "not_found": sorted(not_found),
                       "crops": {k: {"src": c.src, "width": c.width, "height": c.height, "page": c.page, "boxes": c.boxes}
                                 for k, c in crops.items()}})


def prerender_crops(pdf_path: str | os.PathLike[str], analysis: Analysis | Mapping, *, password: str | None = None) -> str | None:
    """Render every evidence crop of an analysis now, as the ``crops.json`` content its report folder will read.

    A worker process of a ``--workers`` run calls this right after analysing
    a PDF, so that the process writing the reports (:func:`evidence_sources`)
    finds every crop in the cache and renders none: rendering is single-threaded
    and would otherwise run serially in that one process for every document.

    Args:
        pdf_path: the analysed PDF (the bytes of ``analysis.source.sha256``).
        analysis: its analysis.
        password: the password of an encrypted PDF (``--password``), None otherwise.

    Returns:
        The JSON text to write to ``<report folder>/crops.json`` (:data:`CACHE_NAME`);
        None for a source that is not a PDF or cannot be opened (the report
        then renders, or warns, as usual).
    """
    a = as_analysis(analysis)
    if Path(pdf_path).suffix.lower() != ".pdf" or not is_pdf_file(pdf_path):
        return None
    items = evidence_items(a)
    columns = page_columns(a)
    try:
        crops = pdf_crops(pdf_path, items, password=password, columns=columns)
    except Exception:  # noqa: BLE001 - left to evidence_sources, which warns (W540)
        return None
    not_found = {crop_key(e.get("page"), e.get("sentence"), e.get("text")) for e in items} - set(crops)
    return _cache_text(a.source.sha256, crops, not_found, columns)


def _box(b: Any) -> tuple[float, float, float, float]:
    """One cached highlight box as four floats; ValueError/TypeError when it is not four numbers."""
    x0, top, x1, bottom = (float(v) for v in b)
    return (x0, top, x1, bottom)


def _read_cache(path: Path, sha: str | None,
                columns: Mapping[int, Sequence[tuple[float, float]]]) -> tuple[dict[str, Crop], set[str]]:
    """(crops, keys whose sentence was not found) cached for these bytes, settings and column bounds; empty when stale."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, set()
    if not isinstance(data, dict) or data.get("settings") != _settings(columns) or data.get("sha256") != sha:
        return {}, set()
    out = {}
    for k, c in (data.get("crops") or {}).items():
        try:
            out[k] = Crop(str(c["src"]), int(c["width"]), int(c["height"]), int(c["page"]),
                          tuple(_box(b) for b in c["boxes"]))
        except (KeyError, TypeError, ValueError):
            continue
    return out, {str(k) for k in data.get("not_found") or []}


def evidence_sources(folder: str | os.PathLike[str], analysis: Analysis | Mapping, *, images: bool = True,
                     link_from: str | os.PathLike[str] | None = None, password: str | None = None) -> EvidenceSources:
    """Crops, page link and text context for the report in ``folder`` (``OUT/<doc_id>/``).

    PDF sources: the link is the source's path relative to ``folder``; with
    ``images``, crops are read from ``folder/crops.json`` when rendered for the
    same bytes and settings, the missing ones rendered (:func:`pdf_crops`) and
    the cache rewritten atomically (``link_from``, default ``folder``: where the
    report will be read, for links and relative source paths). Text and Word sources: the neighbouring
    paragraphs. A source that moved or changed: no link and no new crops
    (cached ones are still shown), logged as W541. Never raises for a bad
    source: the report then shows passages only. ``password``: of an encrypted PDF (the crops are cached,
    so a later ``report`` without it still shows them).
    """
    from ..io import write_text_atomic

    folder = Path(folder)
    a = as_analysis(analysis)
    suffix = Path(a.source.path).suffix.lower()
    if suffix != ".pdf":
        return EvidenceSources(context=lambda block: text_context(a, block))
    home = Path(link_from) if link_from is not None else folder
    path = source_file(a, home)
    if path is not None and not is_pdf_file(path):  # a Word file named .pdf: shown like a .docx, no crops asked for
        return EvidenceSources(context=lambda block: text_context(a, block))
    href = None
    if path is not None:
        try:
            href = quote(Path(os.path.relpath(path, home.resolve())).as_posix())
        except ValueError:  # another drive (Windows)
            href = path.as_uri()
    if not images:
        return EvidenceSources(href=href)
    sha = a.source.sha256
    cache = folder / CACHE_NAME
    columns = page_columns(a)
    crops, not_found = _read_cache(cache, sha, columns)
    items = evidence_items(a)
    missing = [e for e in items if (k := crop_key(e.get("page"), e.get("sentence"), e.get("text"))) not in crops
               and k not in not_found]
    if missing and path is not None:
        try:
            crops.update(pdf_crops(path, missing, password=password, columns=columns))
        except Exception as exc:  # noqa: BLE001 - a PDF pdfium cannot open costs the images only
            logger.warning("%s", Warnings.W540.render(path=path, page="", reason=exc))
            return EvidenceSources(crops=crops, href=href)
        not_found |= {crop_key(e.get("page"), e.get("sentence"), e.get("text")) for e in missing} - set(crops)
        try:
            write_text_atomic(cache, _cache_text(sha, crops, not_found, columns))
        except OSError as exc:
            logger.warning("%s", Warnings.W542.render(path=cache, reason=exc))
    return EvidenceSources(crops=crops, href=href)
