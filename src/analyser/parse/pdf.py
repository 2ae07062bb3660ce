"""PDF backend, pass 1: open the file with pdfplumber and read every page into visual lines in reading order.

This is the only module that imports :mod:`pdfplumber` and pdfminer.
"""

from __future__ import annotations

import bisect
import re
import logging
from collections import Counter
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage

from analyser.errors import Errors, ParseError, Warnings
from analyser.parse.blocks import build_document
from analyser.parse.columns import ColumnTrace, column_groups
from analyser.parse.forms import form_field_lines
from analyser.parse.lines import chars_to_words, cluster_lines, finish_line
from analyser.parse.margins import place_margin_notes
from analyser.parse.model import Line, PageLines, Word
from analyser.parse.tables import table_lines
from analyser.parse.toc import TOC_LINE_RE, mark_titled_toc, untangle_leaders
from analyser.schema import Block, PageColumns, PageInfo

logger = logging.getLogger(__name__)


#: Share of "(cid:NN)" characters above which a page is unreadable.
CID_SHARE = 0.3


#: A page whose pictures cover at least this share of its area and whose text layer holds only lines in its top
#: and bottom margins (:data:`SCAN_MARGIN`) is a scan with a typed running header or page number: ``scanned``.
SCAN_IMAGE_SHARE = 0.5

#: Share of the page height at the top and at the bottom taken as margins (running headers, page numbers).
SCAN_MARGIN = 0.1


#: A glyph turned by more than about 10° from every right angle (tan 10° = 0.18) is a diagonal watermark or stamp
#: ("DRAFT", "OSNUTEK" across the page) and is left out: pdfminer calls a 45° glyph upright, so its letters were read
#: as headings "O", "SNUT", "EK" between the paragraphs of every page (fresh-eyes, sixth session).
DIAGONAL_TAN = 0.18


#: A thin horizontal line or rectangle crossing glyphs between these shares of their height (from the bottom of their
#: box, which runs from the font's descent to its ascent) strikes them through: a word processor's strike-through
#: sits ~0.25–0.35 font sizes above the baseline (0.45–0.6 of the box); an underline below the baseline (< 0.2) and
#: a table rule between rows (at a box's edge) are not strikes.
STRIKE_BAND = (0.33, 0.7)

#: A strike is at most this share of the struck glyphs' height thick (a highlight or a filled cell is thicker).
STRIKE_MAX_THICKNESS = 0.2

#: The glyphs a line crosses span at least this share of its length (a long rule crossing a word is not its strike).
STRIKE_MIN_COVER = 0.5


#: A colour (RGB, 0–1) whose channels spread at least this much is chromatic: red, blue, green ink, not black or grey.
CHROMATIC_SPREAD = 0.3

#: Glyphs of one run of ink stand at most this many font sizes apart on their baseline (a space, a justified gap).
RUN_GAP = 1.0


#: Pages with at least this many ruling objects (lines, rectangles, curves) are searched for tables.
TABLE_MIN_GRAPHICS = 4


def parse_pdf(path: Path, password: str | None, warnings: list[str]) -> tuple[list[PageInfo], list[Block], list[PageColumns]]:
    """Read a PDF into its pages, blocks in reading order and the column bounds of its pages set in columns.

    Args:
        path: the PDF file.
        password: of an encrypted PDF, or None.
        warnings: problems that do not stop parsing are appended to it (one message each).

    Returns:
        ``(pages, blocks, columns)``: :class:`PageInfo` of every page, the
        :class:`Block` records (see :mod:`analyser.parse`), and one
        :class:`PageColumns` per page read in two or more columns (coordinates
        in PDF points of the displayed page; pages read in a turned frame are
        not listed).

    Raises:
        ParseError: E104 damaged PDF (also one without any page), E105 password
            needed, E106 wrong password, E107 no readable text on any page.
    """
    pages = _read_pages(path, password, warnings)
    if pages and all(("scanned" in pg.info.flags or "cid_garbage" in pg.info.flags) for pg in pages):
        raise ParseError(Errors.E107, path=str(path))
    if not pages:
        # a PDF without a page: its page tree is missing or broken (fresh6: "no readable text (empty, scanned pages
        # …)" sent the analyst looking for scans in a file that is damaged)
        raise ParseError(Errors.E104, path=str(path), reason="no pages: the page tree is missing or empty")
    struck = [pg.info.number for pg in pages if pg.struck]
    if struck:
        warnings.append(Warnings.W103.render(
            path=str(path), n=sum(pg.struck for pg in pages), pages=", ".join(map(str, struck))))
    columns = [PageColumns(page=pg.info.number, columns=pg.columns) for pg in pages if len(pg.columns) >= 2]
    blocks = place_margin_notes(build_document(pages), columns)
    return [pg.info for pg in pages], blocks, columns


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
                raise ParseError(Errors.E106, path=str(path)) from exc
            raise ParseError(Errors.E105, path=str(path)) from exc
        raise ParseError(Errors.E104, path=str(path), reason=f"{type(exc).__name__}: {exc}") from exc


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


def _read_pages(path: Path, password: str | None, warnings: list[str] | None = None) -> list[PageLines]:
    pdf = _open_pdf(path, password)
    if warnings is not None and not password and getattr(pdf.doc, "encryption", None):
        warnings.append(f"{path}: encrypted PDF opened with the empty user password")
    out: list[PageLines] = []
    deleted_inks: set[tuple[float, float, float]] = set()  # a draft's colour(s) of deleted text, from its first page showing one
    try:
        for page in pdf.pages:
            try:
                out.append(_read_page(page, deleted_inks))
            except ParseError:
                raise
            except Exception as exc:  # noqa: BLE001
                if _is_password_error(exc):
                    raise ParseError(Errors.E106 if password else Errors.E105, path=str(path)) from exc
                raise ParseError(
                    Errors.E104, path=str(path), reason=f"page {page.page_number}: {type(exc).__name__}: {exc}"
                ) from exc
            finally:
                page.close()
    finally:
        pdf.close()
    return out


def _read_page(page: Any, deleted_inks: set[tuple[float, float, float]] | None = None) -> PageLines:
    """Read one pdfplumber page into lines in reading order.

    Flags the page ``scanned`` (no glyphs), ``cid_garbage`` (mostly unmapped
    glyphs; no lines are kept), ``rotated`` (``/Rotate`` 90 or 270, or text
    running sideways, which is then read in its own upright frame) and ``toc``
    (dot-leader contents lines, or a contents title such as "Inhoud" followed
    by entries ending in page numbers). Two-column bands are read column by
    column (:func:`column_groups`; their bounds go to ``PageLines.columns``
    unless the page is read in a turned frame) and ruled tables become one
    ``role="table"`` line each (:func:`table_lines`). ``deleted_inks``: the
    colours of a draft's deleted text shown by colour only, found on an earlier
    page (:func:`_drop_colour_deleted`; updated in place).
    """
    number = page.page_number
    flags: list[str] = []
    rotation = int(getattr(page, "rotation", 0) or 0) % 360
    if rotation in (90, 270):
        flags.append("rotated")
    width, height = float(page.width), float(page.height)

    def info() -> PageInfo:
        return PageInfo(number=number, width=width, height=height, flags=tuple(flags))

    chars, n_graphics, image_area, struck = _layout_chars(page, deleted_inks)
    fields = form_field_lines(page, number, chars)  # text typed into form fields: not in the content stream
    if not chars and fields:
        return PageLines(info(), fields, height)
    if not chars or _scan_with_margin_text(chars, image_area, width, height):
        flags.append("scanned")
        return PageLines(info(), [], height)
    n_cid = sum(1 for c in chars if c.text.startswith("(cid:"))
    if n_cid / len(chars) > CID_SHARE:
        flags.append("cid_garbage")
        logger.warning("page %d: %d of %d glyphs unmapped (cid); skipped", number, n_cid, len(chars))
        return PageLines(info(), [], height)

    main_orient = Counter(c.orient for c in chars).most_common(1)[0][0]
    others = [c for c in chars if c.orient != main_orient]
    chars, frame_w, frame_h = _upright(chars, width, height)
    turned = frame_w != width or any(c.orient for c in chars[:1])
    if turned and "rotated" not in flags:
        flags.append("rotated")
    tables: list[Line] = []
    if n_graphics >= TABLE_MIN_GRAPHICS and not turned:
        tables, chars = table_lines(page, number, chars)

    lines: list[Line] = []
    trace = ColumnTrace()
    for group, new_column in column_groups(cluster_lines(chars), frame_w, trace=trace):
        for i, cs in enumerate(cluster_lines(group) if new_column is not None else [group]):
            ws, track = chars_to_words(cs)
            if not ws:
                continue
            ln = finish_line(number, ws, track)
            ln.text = untangle_leaders(ln.text)
            ln.new_column = bool(new_column) and i == 0
            if ln.text or ln.bullet:
                lines.append(ln)
    lines.extend(_sideways_lines(others, number, width, height))
    for tab in [*tables, *fields]:
        at = next((i for i, ln in enumerate(lines) if ln.top >= tab.top and ln.x0 < tab.x1 and ln.x1 > tab.x0), len(lines))
        lines.insert(at, tab)
    if sum(1 for ln in lines if TOC_LINE_RE.search(ln.text)) >= 3:
        flags.append("toc")
    elif mark_titled_toc(lines):
        flags.append("toc")
    # column bounds in the displayed page's coordinates: a turned frame's columns are bands across the page
    return PageLines(info(), lines, frame_h, columns=() if turned else trace.columns(), struck=struck)


def _scan_with_margin_text(chars: list[Word], image_area: float, width: float, height: float) -> bool:
    """True when pictures cover most of the page and every glyph stands in its top or bottom margin.

    A scanned page often carries a typed running header, a stamp or a page number as its only text
    layer; read as text, the page held nothing but furniture and a scanned strategy was reported as
    "not an asylum and migration strategy: no answer text" instead of unreadable (fresh-eyes, sixth
    session: ``tests/data/fresh3/ga-2026.scan-with-header.pdf``).
    """
    if width <= 0 or height <= 0 or image_area < SCAN_IMAGE_SHARE * width * height:
        return False
    top, bottom = SCAN_MARGIN * height, (1 - SCAN_MARGIN) * height
    return all(c.bottom <= top or c.top >= bottom for c in chars if c.text.strip())


def _layout_chars(page: Any, deleted_inks: set[tuple[float, float, float]] | None = None) -> tuple[list[Word], int, float, int]:
    """The page's glyphs as one-character :class:`Word` objects, its number of ruling objects, the area of its
    pictures (square points, clipped to the page; overlapping pictures counted twice) and the number of visible
    glyphs left out as struck through (:func:`_drop_struck`: deleted text of a draft printed with its changes) or as
    deleted text shown by colour only (:func:`_drop_colour_deleted`; ``deleted_inks`` carries its colours from page
    to page).

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
    out: list[Word] = []
    style: dict[str, tuple[bool, bool]] = {}
    n_graphics = 0
    image_area = 0.0
    width = float(page.width)
    thin: list[tuple[float, float, float, float]] = []  # horizontal thin lines/rectangles: x0, x1, top, bottom
    rule_ink: list[tuple[float, float, float] | None] = []  # each thin line's colour
    inks: dict[int, tuple[float, float, float]] = {}  # id(glyph) -> its chromatic fill colour

    def walk(obj: Any) -> None:
        nonlocal n_graphics, image_area
        for child in obj:
            if isinstance(child, LTChar):
                a, b = child.matrix[0], child.matrix[1]
                if min(abs(a), abs(b)) > DIAGONAL_TAN * max(abs(a), abs(b)):  # a diagonal watermark ("DRAFT", "NÁVRH")
                    continue
                font = child.fontname
                if font not in style:
                    style[font] = (_is_bold(font), _is_italic(font))
                bold, italic = style[font]
                w = Word(
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
                if not child.upright or child.matrix[0] < 0:  # turned, or upside down
                    a, b = child.matrix[0], child.matrix[1]
                    w.orient = (0 if a > 0 else 180) if abs(a) >= abs(b) else (90 if b > 0 else 270)
                ink = _chromatic(getattr(getattr(child, "graphicstate", None), "ncolor", None))
                if ink is not None:
                    inks[id(w)] = ink
                out.append(w)
            elif isinstance(child, LTCurve):
                n_graphics += 1
                w_, h_ = float(child.x1 - child.x0), float(child.y1 - child.y0)
                if w_ > 1.0 and h_ < 3.0 and h_ < 0.5 * w_:
                    thin.append((float(child.x0), float(child.x1), height - float(child.y1), height - float(child.y0)))
                    rule_ink.append(_rgb(child.stroking_color if child.stroke else child.non_stroking_color))
            elif isinstance(child, LTImage):
                img_w = max(0.0, min(float(child.x1), width) - max(float(child.x0), 0.0))
                img_h = max(0.0, min(float(child.y1), height) - max(float(child.y0), 0.0))
                image_area += img_w * img_h
            elif isinstance(child, LTContainer):
                walk(child)

    walk(page.layout)
    out, struck = _drop_struck(out, thin)
    if inks:
        out, coloured = _drop_colour_deleted(out, inks, thin, rule_ink, deleted_inks, _link_boxes(page))
        struck += coloured
    return out, n_graphics, image_area, struck


def _drop_struck(chars: list[Word], thin: list[tuple[float, float, float, float]]) -> tuple[list[Word], int]:
    """The glyphs not struck through, and how many visible glyphs were.

    A glyph is struck when a thin horizontal line or rectangle (``thin``: x0, x1, top, bottom in points, top-left
    origin; at most :data:`STRIKE_MAX_THICKNESS` of the glyph's height thick) covers its centre across and crosses
    it at :data:`STRIKE_BAND` of its height from the bottom of its box, and the glyphs so crossed span at least
    :data:`STRIKE_MIN_COVER` of the line's length. Word processors print a draft's tracked deletions so (often in
    colour, the insertions underlined); read as text, "40 000" struck and "25 000" inserted became "40 00025 000",
    and sections deleted whole were evidence of their key elements (fresh9 ``fr-2026.tracked-strikethrough.pdf``).
    Underlines (below the baseline) and table rules (at a row's edge) cross no glyph's middle.
    """
    if not thin or not chars:
        return chars, 0
    upright = sorted((c for c in chars if not c.orient and c.bottom > c.top), key=lambda c: c.top)
    if not upright:
        return chars, 0
    tops = [c.top for c in upright]
    tallest = max(c.bottom - c.top for c in upright)
    drop: set[int] = set()
    for x0, x1, top, bottom in thin:
        mid = (top + bottom) / 2
        crossed = []
        # only glyphs whose box holds the line's middle: their top within the tallest glyph's height above it
        for c in upright[bisect.bisect_left(tops, mid - tallest):bisect.bisect_right(tops, mid)]:
            h = c.bottom - c.top
            if h <= 0 or not x0 - 0.5 <= (c.x0 + c.x1) / 2 <= x1 + 0.5 or bottom - top > STRIKE_MAX_THICKNESS * h:
                continue
            at = (c.bottom - mid) / h
            if STRIKE_BAND[0] <= at <= STRIKE_BAND[1]:
                crossed.append(c)
        if crossed and max(c.x1 for c in crossed) - min(c.x0 for c in crossed) >= STRIKE_MIN_COVER * (x1 - x0):
            drop.update(id(c) for c in crossed)
    if not drop:
        return chars, 0
    n = sum(1 for c in chars if id(c) in drop and c.text.strip())
    return [c for c in chars if id(c) not in drop], n


def _rgb(colour: Any) -> tuple[float, float, float] | None:
    """A pdfminer colour (grey: one number, RGB: three, CMYK: four, each 0–1) as RGB, rounded to 0.05; None for a
    pattern, a named or an unknown colour."""
    try:
        vals = [float(v) for v in (colour if isinstance(colour, (tuple, list)) else (colour,))]
    except (TypeError, ValueError):
        return None
    if len(vals) == 1:
        vals = vals * 3
    elif len(vals) == 4:
        c, m, y, k = vals
        vals = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    elif len(vals) != 3:
        return None
    if not all(0.0 <= v <= 1.0 for v in vals):
        return None
    return (round(vals[0] * 20) / 20, round(vals[1] * 20) / 20, round(vals[2] * 20) / 20)


def _chromatic(colour: Any) -> tuple[float, float, float] | None:
    """The RGB colour (:func:`_rgb`) when it is chromatic (:data:`CHROMATIC_SPREAD`), else None (black, grey, white)."""
    rgb = _rgb(colour)
    return rgb if rgb is not None and max(rgb) - min(rgb) >= CHROMATIC_SPREAD else None


#: An underlined run reading as a web or e-mail address is a link, not inserted text (:func:`_drop_colour_deleted`).
LINK_TEXT_RE = re.compile(r"https?://|www\.|\S@\S|\.(?:[a-z]{2,4})(?:/|$)", re.IGNORECASE)


def _link_boxes(page: Any) -> list[tuple[float, float, float, float]]:
    """The page's link annotations as ``(x0, top, x1, bottom)`` boxes (points, top-left origin); empty when the
    page has none or they cannot be read."""
    try:
        return [(float(a["x0"]), float(a["top"]), float(a["x1"]), float(a["bottom"])) for a in page.hyperlinks]
    except Exception:  # noqa: BLE001  (a damaged annotation array: no links)
        return []


def _drop_colour_deleted(
    chars: list[Word],
    inks: dict[int, tuple[float, float, float]],
    thin: list[tuple[float, float, float, float]],
    rule_ink: list[tuple[float, float, float] | None],
    deleted_inks: set[tuple[float, float, float]] | None,
    links: list[tuple[float, float, float, float]] = (),  # type: ignore[assignment]
) -> tuple[list[Word], int]:
    """The glyphs that are not a draft's deleted text shown by colour only, and how many visible glyphs were.

    A word processor can print tracked changes without strike lines: deleted text in the reviewer's colour only,
    inserted text in a colour and underlined (an underline of its own colour under it, below the baseline). A run of
    chromatic glyphs (``inks``: id(glyph) -> colour, :func:`_chromatic`) that is not underlined standing right
    beside (:data:`RUN_GAP` font sizes) an underlined chromatic run on the same baseline — "40 000" beside the
    "28 000" that replaces it — shows the document's deletion colour; from then on (``deleted_inks``, carried from
    page to page) every glyph of that colour that is not underlined is deleted text (whole headings and paragraphs
    deleted too). Coloured headings, a coloured warning and blue underlined links alone show no deletion (a link
    with plain black text beside it, a red word beside black text); an underlined run that reads as an address
    (:data:`LINK_TEXT_RE`) or lies under a link annotation (``links``: boxes, top-left origin) is a link, not an
    insertion, even beside a red label.
    """
    upright = [c for c in chars if not c.orient and c.bottom > c.top]
    if not upright:
        return chars, 0
    upright.sort(key=lambda c: c.bottom)
    bottoms = [c.bottom for c in upright]
    tallest = max(c.bottom - c.top for c in upright)
    under: set[int] = set()  # glyphs underlined in their own colour
    for (x0, x1, top, bottom), ink in zip(thin, rule_ink):
        if ink is None or max(ink) - min(ink) < CHROMATIC_SPREAD:
            continue
        mid = (top + bottom) / 2
        lo, hi = bisect.bisect_left(bottoms, mid - 0.15 * tallest), bisect.bisect_right(bottoms, mid + 0.33 * tallest)
        for c in upright[lo:hi]:
            h = c.bottom - c.top
            if (inks.get(id(c)) == ink and x0 - 0.5 <= (c.x0 + c.x1) / 2 <= x1 + 0.5
                    and -0.15 <= (c.bottom - mid) / h < STRIKE_BAND[0] and bottom - top <= STRIKE_MAX_THICKNESS * h):
                under.add(id(c))
    found = set(deleted_inks or ())
    if under:
        coloured = sorted((c for c in upright if id(c) in inks and c.text.strip()), key=lambda c: (round(c.bottom), c.x0))
        # runs of one ink and underlining, glyph by glyph on one baseline: an underlined run that is a link (an
        # address, or under a link annotation) is no insertion ("Lisätietoja:" in red before "www.migri.fi")
        runs: list[list[Word]] = []
        for c in coloured:
            last = runs[-1][-1] if runs else None
            if (last is not None and abs(last.bottom - c.bottom) <= 0.2 * min(last.bottom - last.top, c.bottom - c.top)
                    and -0.2 * c.size <= c.x0 - last.x1 <= RUN_GAP * max(last.size, c.size)
                    and inks[id(last)] == inks[id(c)] and (id(last) in under) == (id(c) in under)):
                runs[-1].append(c)
            else:
                runs.append([c])
        for run in runs:
            if id(run[0]) in under and (LINK_TEXT_RE.search("".join(c.text for c in run)) or any(
                    x0 - 1 <= (c.x0 + c.x1) / 2 <= x1 + 1 and top - 1 <= (c.top + c.bottom) / 2 <= bottom + 1
                    for c in run for x0, top, x1, bottom in links)):
                under.difference_update(id(c) for c in run)
                for c in run:
                    inks.pop(id(c), None)  # a link's glyphs are neither inserted nor deleted text
        for a, b in zip(runs, runs[1:]):
            x, y = a[-1], b[0]
            if id(x) not in inks or id(y) not in inks:
                continue
            h = min(x.bottom - x.top, y.bottom - y.top)
            if abs(x.bottom - y.bottom) > 0.2 * h or not -0.2 * y.size <= y.x0 - x.x1 <= RUN_GAP * max(x.size, y.size):
                continue
            if (id(x) in under) != (id(y) in under):  # a plain coloured run meets an underlined one
                found.add(inks[id(y)] if id(x) in under else inks[id(x)])
    if deleted_inks is not None:
        deleted_inks.update(found)
    if not found:
        return chars, 0
    drop = {id(c) for c in upright if inks.get(id(c)) in found and id(c) not in under}
    if not drop:
        return chars, 0
    n = sum(1 for c in chars if id(c) in drop and c.text.strip())
    return [c for c in chars if id(c) not in drop], n


def _sideways_lines(chars: list[Word], number: int, width: float, height: float) -> list[Line]:
    """Lines of the glyphs turned against the page's main direction (a sideways box, a label upside down).

    Each direction with at least three visible glyphs is read in its own
    upright frame (:func:`_upright`); its lines come after the page's own
    and are marked ``sideways`` (furniture when they repeat on many pages,
    see :func:`~analyser.parse.furniture.mark_headers_footers`).
    """
    out: list[Line] = []
    for orient in sorted({c.orient for c in chars}):
        group = [c for c in chars if c.orient == orient]
        if sum(1 for c in group if c.text.strip()) < 3:
            continue
        group, _fw, _fh = _upright(group, width, height)
        for cs in cluster_lines(group):
            ws, track = chars_to_words(cs)
            if not ws:
                continue
            ln = finish_line(number, ws, track)
            ln.sideways = True
            if ln.text:
                out.append(ln)
    return out


def _upright(chars: list[Word], width: float, height: float) -> tuple[list[Word], float, float]:
    """Turn a page whose text mostly runs sideways into an upright reading frame.

    The direction most glyphs share decides the frame; glyphs running in
    another direction (a sideways box on an upright page) are left out (see
    :func:`_sideways_lines`). For text reading downwards (a portrait page printed landscape,
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


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return any(k in name for k in ("bold", "black", "heavy", "semibold", "demi"))


def _is_italic(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return "italic" in name or "oblique" in name
