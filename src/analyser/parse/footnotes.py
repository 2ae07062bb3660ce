"""Footnotes at the page foot and endnotes under a title, with their markers.
"""

from __future__ import annotations

import re
import statistics

from analyser.lexicon import ENDNOTES_TITLES, alternation
from analyser.parse.model import Line, LineBlock, PageLines


#: The marker that opens a footnote line at the page bottom.
FOOTNOTE_START_RE = re.compile(r"^(\(\d{1,3}\)|\[\d{1,3}\]|[1-9]\d{0,2}[.)]?|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?:\s+|$)")


#: Footnote lines are set at most this fraction of the body font size: Word's default "footnote text" is 10 pt under
#: 11 pt text (0.909; at 0.9 the notes of LibreOffice-exported Word files were read as text, officepdf es-romansub,
#: nl-paraphr).
FOOTNOTE_SIZE_RATIO = 0.92

#: When the notes outweigh the text (the document's body size is the notes' own), the page's plain (non-bold)
#: lines above its last small run must number at least this many for that run to be read as notes: a page of
#: headings (bold, larger) over paragraphs of one size has no larger text of its own (fresh4: paragraphs under
#: bold or pictured headings were read as notes from their first line opening with a number, "250 nuovi …").
FALLBACK_MIN_TEXT_LINES = 2

#: ... and be set at most this many times the notes' size: larger lines are a title, not text (a LibreOffice "Title"
#: is 26 pt over 11 pt text: three title lines over a numbered list made the list and the paragraphs under it
#: notes; officepdf it-excerpt3). Notes outweighing their text are set a size or two below it (10 under 12 pt).
FALLBACK_MAX_TEXT_RATIO = 1.6


#: Titles of a block of endnotes gathered at the end of a section or document (whole line).
ENDNOTES_TITLE_RE = re.compile(rf"^{alternation(ENDNOTES_TITLES)}\s*:?$", re.IGNORECASE)


def mark_footnotes(page: PageLines, body_size: float) -> None:
    """Mark the run of small-font lines at the page bottom that opens with a footnote marker.

    The run is read last and stands below every other body line of the page;
    its first marker line opens it (earlier small lines stay body).
    """
    body = [ln for ln in page.lines if ln.role == "body" and not ln.sideways]
    region = _small_tail(body, FOOTNOTE_SIZE_RATIO * body_size)
    if not region and any(ln.new_column for ln in body):
        # a page read in columns reads a note under the left column before the right column (segpdf: two-column
        # es-roman): the lines standing lowest on the page are the tail, in their own reading order
        low = _small_tail(sorted(body, key=lambda ln: ln.top), FOOTNOTE_SIZE_RATIO * body_size)
        body = [ln for ln in body if all(ln is not x for x in low)] + low
        region = low
    if not region and body:
        # the document's body size is the footnotes' own when the notes outweigh the text (legal citations under
        # short paragraphs): the page's last run of its smallest size, set well below the lines above it
        # short paragraphs: the lines above must hold plain text of their own (not only headings or a bold title,
        # or every paragraph under a bold heading at the page foot reads as a note)
        tail = _small_tail(body, body[-1].size + 0.5)
        top_size = FALLBACK_MAX_TEXT_RATIO * max((ln.size for ln in tail), default=0.0)
        rest = [ln for ln in body[: len(body) - len(tail)] if not ln.bold and ln.size <= top_size]
        if (len(rest) >= FALLBACK_MIN_TEXT_LINES and tail
                and FOOTNOTE_SIZE_RATIO * statistics.median(ln.size for ln in rest) >= max(ln.size for ln in tail)):
            region = tail
    # footnotes stand under the page's other text: small lines read last but standing higher (a figure's
    # labels beside the text, read after its column) stay body
    rest = body[: len(body) - len(region)]
    if rest:
        floor = max(ln.bottom for ln in rest)
        while region and region[0].top < floor - 0.5 * region[0].size:
            region.pop(0)
    # the region starts at its first marker line; earlier small lines stay body
    start = next((i for i, ln in enumerate(region) if _footnote_marker(ln) is not None), None)
    if start is None:
        return
    for ln in region[start:]:
        ln.role = "footnote"


def _small_tail(lines: list[Line], max_size: float) -> list[Line]:
    """The run of non-bold lines at the end of ``lines`` (reading order) set at most ``max_size`` points."""
    region: list[Line] = []
    for ln in reversed(lines):
        if ln.size <= max_size and not ln.bold:
            region.append(ln)
        else:
            break
    region.reverse()
    return region


def mark_endnotes(pages: list[PageLines], body_size: float) -> None:
    """Mark endnotes: the marker-led lines under a title such as "Notes", "Eindnoten", "Przypisy".

    The title must be followed by a line opening with a footnote marker
    ("1", "(1)", "¹" ...). From there, body lines are footnotes (a line
    without a marker continues the note before it) until a heading-like line
    (bold, or at least one point larger than the body text) that does not
    open with a marker; the run may go over page breaks. The title itself
    stays in the body.
    """
    in_notes = False
    prev: Line | None = None
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


def mark_cited_notes(pages: list[PageLines], body_size: float) -> None:
    """Mark notes printed between paragraphs: small lines opening with a marker the text cited before.

    A body line set at most :data:`FOOTNOTE_SIZE_RATIO` x the body size, not
    bold, opening with a footnote marker that an earlier body line carries as
    a reference marker (``Line.markers``, raised or small digits) and that no
    note has taken yet, opens a note; the small non-bold lines after it
    continue it (or open the next cited note). Web pages, HTML exports of word
    processors and browser-printed PDFs set a section's notes under a short
    rule at the end of the section, not at the page foot: read as text, the
    note ("1 Datos del Ministerio del Interior, informe anual 2025.") stood
    between two sections as an answer paragraph (chromepdf: es-roman).
    """
    cited: set[str] = set()
    in_note = False
    for pg in pages:
        for ln in pg.lines:
            if ln.role == "footnote":  # a note at the page foot or among endnotes has taken its marker
                cited.discard(_footnote_marker(ln) or "")
            if ln.role != "body" or ln.sideways:
                in_note = in_note and ln.role == "footnote"
                continue
            small = ln.size <= FOOTNOTE_SIZE_RATIO * body_size and not ln.bold
            marker = _footnote_marker(ln) if small else None
            if marker is not None and marker in cited:
                cited.discard(marker)
                in_note = True
                ln.role = "footnote"
            elif in_note and small and marker is None:
                ln.role = "footnote"
            else:
                in_note = False
                cited.update(ln.markers)


def _footnote_marker(line: Line) -> str | None:
    if line.lead_marker is not None:
        return line.lead_marker
    m = FOOTNOTE_START_RE.match(line.text)
    return m.group(1).rstrip(".") if m else None


_NOTE_END_RE = re.compile(r"[.;:!?)\]»”\"]\s*$")


def footnote_blocks(lines: list[Line]) -> list[LineBlock]:
    """Group a page's footnote lines (``role="footnote"``, in order) into one ``kind="footnote"`` block per note.

    A line opening with a footnote marker starts a note (the marker is taken out of its text and kept in
    ``footnote_markers``); a line without one continues the note before it. A number typed at a line's start (not
    raised) continues the note before it when that note is numbered, its last line ends no sentence and the number is not
    the next one: "… que
    complementan 1" + "900 millones …" is one note (fresh8 #3 cut it in two, the "900" lost).
    """
    blocks: list[LineBlock] = []
    for ln in lines:
        marker = _footnote_marker(ln)
        if (marker is not None and ln.lead_marker is None and blocks and marker.isdigit()
                and not _NOTE_END_RE.search(blocks[-1].lines[-1].text)
                and blocks[-1].footnote_markers and blocks[-1].footnote_markers[-1].isdigit()
                and int(marker) != int(blocks[-1].footnote_markers[-1]) + 1):
            marker = None  # a figure wrapped to the line start inside the note before
        if marker is not None or not blocks:
            if ln.lead_marker is None and marker is not None:
                ln.text = FOOTNOTE_START_RE.sub("", ln.text, count=1)
            blocks.append(LineBlock([ln], kind="footnote", footnote_markers=[marker] if marker else []))
        else:
            blocks[-1].lines.append(ln)
    return blocks
