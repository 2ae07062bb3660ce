"""Lines: glyphs clustered into visual lines and merged into words; footnote markers and symbol bullets taken out.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from analyser.parse.chars import SYMBOL_BULLETS, clean_chars
from analyser.parse.model import Line, Word


#: A whole word that is a footnote reference marker when set in a small font.
MARKER_RE = re.compile(r"^(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}\)?|\*{1,3}|†|‡|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})$")


#: Unicode superscript digits glued to the end of a word (a marker whatever the font size).
SUPERSCRIPT_TAIL_RE = re.compile(r"(?<=[^\s¹²³⁴⁵⁶⁷⁸⁹⁰])([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})$")


#: Words set at most this fraction of the line's font size are footnote markers.
MARKER_SIZE_RATIO = 0.8


#: A raised word (see :data:`RAISED_MARKER_RISE`) below this fraction of the line's font size is a footnote marker
#: too: some writers shrink a superscript by two points only (reportlab: 8.5 pt in 10.5 pt text, 0.81).
RAISED_MARKER_SIZE_RATIO = 0.9


#: Rise of a word's bottom above the line's baseline, as a fraction of the font size, that makes it superscript.
RAISED_MARKER_RISE = 0.2


def _marker_sized(w: Word, main_size: float, baseline: float) -> bool:
    """Whether a word is set like a footnote marker: small (:data:`MARKER_SIZE_RATIO`), or a little smaller and raised.

    "2024" + a raised "2" at 0.81 of the body size read "20242" before: the
    year quoted in evidence was wrong.
    """
    if w.size < MARKER_SIZE_RATIO * main_size:
        return True
    return w.size < RAISED_MARKER_SIZE_RATIO * main_size and baseline - w.bottom > RAISED_MARKER_RISE * main_size


#: Gap between two characters of a word, as a fraction of the font size (beyond the line's letter spacing).
WORD_GAP_RATIO = 0.15


#: A repeated glyph shifted by less than this fraction of the font size is fake bold (drawn twice).
FAKE_BOLD_RATIO = 0.15


#: Font names of symbol fonts whose glyph at a line start is a bullet whatever its character code.
SYMBOL_FONT_RE = re.compile(r"dingbat|wingding|webding|symbol", re.IGNORECASE)


def chars_to_words(chars: list[Word]) -> tuple[list[Word], float]:
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
    words: list[Word] = []
    cur: Word | None = None
    last: Word | None = None
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
            last = ch  # text drawn three or four times: each copy is compared with the one before
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
            cur = Word(ch.text, ch.x0, ch.x1, ch.top, ch.bottom, ch.size, ch.bold, ch.italic, ch.font)
            words.append(cur)
    return [w for w in words if not w.text.startswith("(cid:")], track


def _letter_spacing(chars: list[Word]) -> float:
    """Letter spacing of a line, points: the median gap between neighbouring glyphs of one font.

    0 unless most such gaps exceed :data:`WORD_GAP_RATIO` x the font size
    (ordinary text has glyphs touching; letter-spaced text has every glyph
    standing apart by about the same amount). Only gaps between two letters or
    digits count: the dots of a table-of-contents leader, each drawn apart
    ("Dimension . . . . . 2"), made a line letter-spaced and its words one
    ("2.1.2.ElementederinternenDimension", segpdf).
    """
    gaps: list[float] = []
    n_apart = 0
    for a, b in zip(chars, chars[1:]):
        if a.font != b.font or not a.text.isalnum() or not b.text.isalnum():
            continue
        gap = b.x0 - a.x1
        gaps.append(gap)
        if gap > WORD_GAP_RATIO * b.size:
            n_apart += 1
    if len(gaps) < 4 or n_apart * 2 <= len(gaps):
        return 0.0
    return statistics.median(gaps)


def cluster_lines(words: list[Word]) -> list[list[Word]]:
    """Group words into visual lines by vertical overlap (raised markers join their line)."""
    lines: list[list[Word]] = []
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


def _line_top(ws: list[Word]) -> float:
    """Top of a line's main (largest) words: raised markers do not move it."""
    main = max(w.size for w in ws) - 0.01
    return min(w.top for w in ws if w.size >= main)


def _take_marker(line: Line, text: str, first: bool) -> bool:
    """Record a footnote marker word of ``line``: its lead marker when no word precedes it (the marker opening a
    footnote), else a reference marker in the text. Returns True for a reference marker: the punctuation after
    it glues to the word before it."""
    if first:
        line.lead_marker = text
        return False
    line.markers.append(text)
    return True


#: A multi-level section number glued to the capital opening a heading at a line start: a word processor prints a
#: list number wider than its hanging indent with no gap before the text ("2.1.1.An ghné sheachtrach": LibreOffice
#: exporting Word list numbering; officepdf ga-numbered4, it-excerpt3, de-toc).
GLUED_SECTION_NUMBER_RE = re.compile(r"^((?:\d{1,2}\.){2,4})(?=[^\W\d_])")


def unglue_section_number(text: str) -> str:
    """``text`` with a space between a leading multi-level section number ("2.1.1.") and the capital letter it
    touches ("2.1.1.An ghné" -> "2.1.1. An ghné"); other text unchanged (a lower-case letter after the number,
    "1.2.a", is left alone)."""
    m = GLUED_SECTION_NUMBER_RE.match(text)
    if m is None or not text[m.end()].isupper():
        return text
    return f"{m.group(1)} {text[m.end():]}"


def finish_line(page: int, words: list[Word], track: float = 0.0) -> Line:
    """Compute a line's style, strip markers and symbol bullets, and build its text.

    ``track`` is the line's letter spacing in points (see :func:`_letter_spacing`):
    words closer than it plus 0.12 x the font size are glued without a space.
    A first word that is a bullet glyph (:data:`SYMBOL_BULLETS`) or a single
    glyph of a symbol font (ZapfDingbats, Wingdings, Symbol) is a bullet.
    A leading section number glued to the heading text is set apart
    (:func:`unglue_section_number`).
    """
    weights: Counter[float] = Counter()
    # marker-shaped words ("(6)", "12") do not vote when the line has other words
    voters = [w for w in words if not MARKER_RE.match(w.text)] or words
    for w in voters:
        weights[round(w.size, 1)] += len(w.text)
    main_size = weights.most_common(1)[0][0]
    line = Line(page=page)
    line.x0 = min(w.x0 for w in words)
    line.x1 = max(w.x1 for w in words)
    main = [w for w in words if w.size >= MARKER_SIZE_RATIO * main_size] or words
    line.top = min(w.top for w in main)
    line.bottom = max(w.bottom for w in main)
    line.size = main_size
    baseline = statistics.median(w.bottom for w in words if round(w.size, 1) == main_size)

    kept: list[Word] = []
    glue_next = False
    close_next = False  # drop the ")" closing a bracketed superscript marker
    pieces: list[str] = []
    prev: Word | None = None
    for i, w in enumerate(words):
        text = w.text
        if i == 0 and (
            text in SYMBOL_BULLETS or (len(text) == 1 and not text.isdigit() and SYMBOL_FONT_RE.search(w.font))
        ):
            line.bullet = "•"
            continue
        if _marker_sized(w, main_size, baseline) and MARKER_RE.match(text):
            nxt = words[i + 1].text if i + 1 < len(words) else ""
            if kept and pieces and pieces[-1].endswith("(") and nxt.startswith(")") and text.isdigit():
                # "(" + superscript "1" + ")" in body-size brackets (Official Journal): the marker is "(1)"
                pieces[-1] = pieces[-1][:-1].rstrip()
                if not pieces[-1]:
                    pieces.pop()
                    kept.pop()
                    prev = kept[-1] if kept else None
                text = f"({text})"
                close_next = True
            glue_next = _take_marker(line, text, first=not kept) or glue_next
            continue
        if close_next:
            close_next = False
            text = text[1:]
            if not text:
                continue
        m = SUPERSCRIPT_TAIL_RE.search(text)
        if m:
            line.markers.append(m.group(1))
            text = text[: m.start()]
        elif MARKER_RE.match(text) and text[0] in "¹²³⁴⁵⁶⁷⁸⁹⁰":
            glue_next = _take_marker(line, text, first=not kept) or glue_next
            continue
        text = clean_chars(text)
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
    line.text = unglue_section_number("".join(pieces).strip())
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
