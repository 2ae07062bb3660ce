"""Column detection: reading a page with two or more text columns column by column.

:func:`column_groups` orders a page's rows for reading; the :class:`ColumnTrace` it fills
records the gutters it found and the ink extents of the columns it read, from which
:meth:`ColumnTrace.columns` gives the page's column bounds (kept in the parsed document as
:class:`analyser.schema.PageColumns`, so that later stages never search for columns again).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from analyser.parse.lines import cluster_lines
from analyser.parse.model import Word


#: A column gutter is a vertical strip at least this many font sizes wide that body rows leave empty.
GUTTER_MIN_RATIO = 1.2


#: A side holding less than a quarter of the glyphs is still a column (a text box, a figure's labels) when it
#: has at least this many glyphs and its lines keep baselines of their own (:func:`_own_baselines`).
BOX_MIN_GLYPHS = 12


#: A side holding less than a quarter of the glyphs is also a column when it is at least this fraction of the
#: other side's width (the short last column of a two-column page; rows and the left side's ragged edge still checked).
SHORT_COLUMN_WIDTH = 0.6


#: Baselines of the two sides of a strip further apart than this fraction of the font size are not shared.
BASELINE_TOLERANCE = 0.2


#: A gutter's least crossed part may also take in the strip beside it that only the page's outermost rows (this
#: many at the top and at the bottom: a running header or footer) cross besides: a header line ending inside the
#: gutter narrowed the least crossed part below a gutter's width, and the whole run of little-crossed strip then
#: reached deep into a half-empty left column, whose rows were read across both columns (segment_pdfcols15
#: opdf15-pl-mixed: an own chapter heading pushed to the column's foot left the column blank above it).
GUTTER_FURNITURE_ROWS = 2


#: Columns are split again inside a column this many times at most (three levels: up to eight columns).
MAX_COLUMN_DEPTH = 2


@dataclass(slots=True)
class ColumnTrace:
    """What :func:`column_groups` found on one page, in PDF points of its reading frame.

    Attributes:
        gutters: every gutter ``(x0, x1)`` it split at, at any depth (a gutter
            inside a column of a band as well), in the order found.
        sides: the ink extent ``(x0, x1)`` of every column it read whole (a side
            of a gutter that holds no further gutter), one per band of rows
            between full-width rows.
    """

    gutters: list[tuple[float, float]] = field(default_factory=list)
    sides: list[tuple[float, float]] = field(default_factory=list)

    def columns(self) -> tuple[tuple[float, float], ...]:
        """The page's text columns, left to right, as ``(x0, x1)`` ink extents in points (2 decimals).

        The gutters (overlapping ones merged) cut the page into column
        places; each column is the union of the sides read in its place (the
        same column over several bands). Empty on a page read as one column.
        """
        if not self.gutters or not self.sides:
            return ()
        merged: list[list[float]] = []
        for a, b in sorted(self.gutters):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        cuts = [(a + b) / 2 for a, b in merged]
        places: dict[int, tuple[float, float]] = {}
        for x0, x1 in self.sides:
            k = sum(1 for c in cuts if c <= (x0 + x1) / 2)
            lo, hi = places.get(k, (x0, x1))
            places[k] = (min(lo, x0), max(hi, x1))
        spans: list[list[float]] = []
        for x0, x1 in sorted(places.values()):  # a gutter of one band only: its sides overlap another band's column
            if spans and x0 < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], x1)
            else:
                spans.append([x0, x1])
        if len(spans) < 2:
            return ()
        return tuple((round(x0, 2), round(x1, 2)) for x0, x1 in spans)


def column_groups(
    rows: list[list[Word]], frame_w: float, frame_x0: float = 0.0, depth: int = 0, trace: ColumnTrace | None = None
) -> list[tuple[list[Word], bool | None]]:
    """Order a page's rows for reading: column by column where the page has two or more columns.

    Args:
        rows: the page's glyphs clustered into rows (:func:`cluster_lines`),
            top to bottom.
        frame_w: right edge of the reading frame (its width at the top level), points.
        frame_x0: left edge of the frame: the page's at the top level, a
            column's when a column is split again.
        depth: nesting level; each side of a gutter is searched for another
            gutter (three columns and more), up to :data:`MAX_COLUMN_DEPTH`.
        trace: when given, the gutters found and the extents of the columns
            read are added to it (:meth:`ColumnTrace.columns` gives the page's
            column bounds); the groups are the same either way.

    Returns:
        ``(glyphs, new_column)`` groups in reading order. Without a gutter
        each row is its own group with ``new_column=None`` (already a line).
        With one, rows crossing the gutter (full-width titles, footers) are
        groups of their own (``False``); between them, the left column's
        glyphs (``False``) come before the right column's (``True``), each to
        be clustered into lines again.

    A gutter is a vertical strip in the middle 60 % of the frame, at least
    :data:`GUTTER_MIN_RATIO` font sizes wide, that at most 30 % of the rows
    cross; both sides must hold at least a quarter of the glyphs (or the
    smaller one :data:`BOX_MIN_GLYPHS` and nearly the other's width) and three
    rows, side by side (their heights overlap by half), and most left-hand
    rows must run up to it (a ragged label column beside values is a table,
    not two columns).
    """
    single: list[tuple[list[Word], bool | None]] = [(r, None) for r in rows]
    if len(rows) < 4:
        return single
    gutter = _find_gutter(rows, frame_w, frame_x0, boxes=depth == 0)
    if gutter is None:
        return single
    a, b = gutter
    if trace is not None:
        trace.gutters.append(gutter)
    mid = (a + b) / 2
    by_runs = depth > 0 or _more_columns(rows, a, b) or _narrow_sides(rows, a, b, frame_w - frame_x0)
    out: list[tuple[list[Word], bool | None]] = []
    left: list[Word] = []
    right: list[Word] = []

    def side(glyphs: list[Word], new_column: bool) -> list[tuple[list[Word], bool | None]]:
        """One side of the gutter, itself split where it holds more columns."""
        ink = [c for c in glyphs if c.text.strip()]
        if not ink:
            return [(glyphs, new_column)]
        if depth >= MAX_COLUMN_DEPTH:
            if trace is not None:
                trace.sides.append((min(c.x0 for c in ink), max(c.x1 for c in ink)))
            return [(glyphs, new_column)]
        sub = column_groups(cluster_lines(glyphs), max(c.x1 for c in ink), min(c.x0 for c in ink), depth + 1, trace)
        if all(flag is None for _g, flag in sub):
            if trace is not None:
                trace.sides.append((min(c.x0 for c in ink), max(c.x1 for c in ink)))
            return [(glyphs, new_column)]
        first, *rest = sub
        return [(first[0], new_column), *((g, bool(flag)) for g, flag in rest)]

    def flush() -> None:
        if left:
            out.extend(side(list(left), False))
        if right:
            out.extend(side(list(right), True))
        left.clear()
        right.clear()

    for row in rows:
        ink = [c for c in row if c.text.strip()]
        # a row reaching into the gutter from one side only (a bold heading as the left column's last line) stays
        # in its column; a row spanning the gutter's middle (a full-width title, a footer) stands across
        if _across(ink, a, b, by_runs=by_runs):
            flush()
            out.append((row, False))
            continue
        for c in row:
            (left if (c.x0 + c.x1) / 2 < mid else right).append(c)
    flush()
    return out


def _across(ink: list[Word], a: float, b: float, by_runs: bool = True) -> bool:
    """Whether a row stands across the gutter [a, b]: it reaches into the gutter and spans its middle or leaves
    both sides of it (a full-width title, a footer).

    ``by_runs`` (a page of three columns or more, or of narrow columns, :func:`_narrow_sides`): judged run of glyphs by run (glyphs closer than
    :data:`GUTTER_MIN_RATIO` font sizes), not on the row's whole extent: the narrow columns' lines cluster into
    rows across the columns, and a left-column line reaching into the gutter (a multi-line heading opening the
    column, a ragged line) beside the next column's line made the whole row read across (cpdf-cs-chapter). On a
    two-column page the row's whole extent decides, as before (a borderless table of parallel texts, fresh7 mt-en,
    is read row by row).
    """
    if not ink or not any(c.x0 < b and c.x1 > a for c in ink):
        return False
    mid = (a + b) / 2
    if not by_runs:
        return min(c.x0 for c in ink) < mid < max(c.x1 for c in ink) or not _one_side(ink, a, b)
    size = statistics.median(c.size for c in ink)
    runs: list[list[Word]] = [[ink[0]]]
    for c in ink[1:]:
        if c.x0 - max(w.x1 for w in runs[-1]) < GUTTER_MIN_RATIO * size:
            runs[-1].append(c)
        else:
            runs.append([c])
    return any(any(c.x0 < b and c.x1 > a for c in run)
               and (min(c.x0 for c in run) < mid < max(c.x1 for c in run) or not _one_side(run, a, b)) for run in runs)


def _more_columns(rows: list[list[Word]], a: float, b: float) -> bool:
    """Whether a side of the gutter [a, b] holds a gutter of its own (a page of three columns or more)."""
    mid = (a + b) / 2
    for keep in (lambda c: (c.x0 + c.x1) / 2 < mid, lambda c: (c.x0 + c.x1) / 2 >= mid):
        glyphs = [c for row in rows for c in row if keep(c) and c.text.strip()]
        if len(glyphs) < 4:
            continue
        sub = cluster_lines(glyphs)
        if len(sub) >= 4 and _find_gutter(sub, max(c.x1 for c in glyphs), min(c.x0 for c in glyphs)) is not None:
            return True
    return False


#: Both sides of a gutter narrower than this share of the frame: columns of a page of three or more, whichever of
#: them holds text (:func:`_narrow_sides`).
NARROW_COLUMN_SHARE = 1 / 3


def _narrow_sides(rows: list[list[Word]], a: float, b: float, span: float) -> bool:
    """Whether both sides of the gutter [a, b] are narrower than :data:`NARROW_COLUMN_SHARE` of the frame's width
    ``span``: a page set in three columns whose third holds little or nothing (the text ends early, segfix11
    es-columns-toc page 3) — two columns of a two-column page are each wider than a third of the page."""
    ink = [c for row in rows for c in row if c.text.strip()]
    left = [c for c in ink if (c.x0 + c.x1) / 2 < (a + b) / 2]
    right = [c for c in ink if (c.x0 + c.x1) / 2 >= (a + b) / 2]
    if not left or not right or span <= 0:
        return False
    return a - min(c.x0 for c in left) < NARROW_COLUMN_SHARE * span and max(c.x1 for c in right) - b < NARROW_COLUMN_SHARE * span


def _one_side(ink: list[Word], a: float, b: float) -> bool:
    """Whether a row's glyphs keep to one side of the gutter [a, b]: all starting left of it and ending before
    its right edge (the left column's line running into the gutter), or all right of its left edge."""
    x0, x1 = min(c.x0 for c in ink), max(c.x1 for c in ink)
    return (x0 < a and x1 < b) or x0 > a


def _find_gutter(rows: list[list[Word]], frame_w: float, frame_x0: float = 0.0, boxes: bool = False) -> tuple[float, float] | None:
    """The widest empty vertical strip between two text columns, or None (see :func:`column_groups`).

    ``boxes``: a narrow side with baselines of its own (a text box, a figure's labels) counts as a column too
    (at the page level only: inside a column, a figure's scattered labels are not split again).
    """
    span = frame_w - frame_x0
    lo, hi = int(frame_x0 + 0.2 * span), int(frame_x0 + 0.8 * span)
    if hi - lo < 10:
        return None
    blocked = [0] * (hi - lo + 2)
    inner = [0] * (hi - lo + 2)  # the same without the outermost rows (running header and footer)
    edge = GUTTER_FURNITURE_ROWS
    for r, row in enumerate(rows):
        ink = [c for c in row if c.text.strip()]
        if not ink:
            continue
        arrays = (blocked,) if r < edge or r >= len(rows) - edge else (blocked, inner)
        size = statistics.median(c.size for c in ink)
        span_x0, span_x1 = ink[0].x0, ink[0].x1
        for c in ink[1:]:
            if c.x0 - span_x1 < GUTTER_MIN_RATIO * size:
                span_x1 = max(span_x1, c.x1)
                continue
            for arr in arrays:
                _block(arr, span_x0, span_x1, lo, hi)
            span_x0, span_x1 = c.x0, c.x1
        for arr in arrays:
            _block(arr, span_x0, span_x1, lo, hi)
    counts: list[int] = []
    inner_counts: list[int] = []
    total = total_inner = 0
    for i in range(hi - lo + 1):
        total += blocked[i]
        total_inner += inner[i]
        counts.append(total)
        inner_counts.append(total_inner)
    # candidate strips: maximal runs crossed by at most 30 % of the rows, narrowed to their least crossed part
    limit = 0.3 * len(rows)
    candidates: list[tuple[int, int]] = []
    loose: list[tuple[int, int]] = []  # least crossed parts widened over header/footer rows (tried next)
    runs: list[tuple[int, int]] = []  # the whole runs: the fallback when a title line narrows the strip too much
    pieces: list[tuple[int, int]] = []  # the runs' parts between rises of the count: the last fallback
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
        # ... widened over the strip that only header and footer rows cross besides
        fewest_inner = min(inner_counts[i:j])
        k = i
        while k < j:
            if inner_counts[k] != fewest_inner:
                k += 1
                continue
            m = k
            while m < j and inner_counts[m] == fewest_inner:
                m += 1
            if any(counts[x] == fewest for x in range(k, m)):
                loose.append((lo + k, lo + m))
            k = m
        runs.append((lo + i, lo + j))
        # ... and its parts between two rises of the count: a short last column (a few lines at the top of the
        # right column, where the text ends) leaves the strip right of the gutter nearly empty too, so the run
        # reaches across that column, and its least crossed part is the sliver a running header's end leaves
        # (officepdf cs-toc: Word's unbalanced last section of two columns, exported by LibreOffice)
        start = i
        for k in range(i + 1, j + 1):
            if k == j or counts[k] > counts[k - 1]:
                pieces.append((lo + start, lo + k))
                start = k
        i = j
    ink = [c for row in rows for c in row if c.text.strip()]
    size = statistics.median(c.size for c in ink)
    widest_first = lambda ab: ab[0] - ab[1]  # noqa: E731
    for a, b in [*sorted(candidates, key=widest_first), *sorted(loose, key=widest_first), *sorted(runs, key=widest_first),
                 *sorted(pieces, key=widest_first)]:
        if b - a < GUTTER_MIN_RATIO * size - 1:
            continue
        if _is_gutter(rows, ink, float(a), float(b), boxes):
            return float(a), float(b)
    return None


def _is_gutter(rows: list[list[Word]], ink: list[Word], a: float, b: float, boxes: bool = False) -> bool:
    """Whether the strip [a, b] separates two text columns (the checks of :func:`column_groups`)."""
    n_left = sum(1 for c in ink if c.x1 <= a + 0.5)
    n_right = sum(1 for c in ink if c.x0 >= b - 0.5)
    free = [row for row in rows if not any(c.x0 < b and c.x1 > a and c.text.strip() for c in row)]
    if min(n_left, n_right) < 0.25 * len(ink) and not (
        min(n_left, n_right) >= BOX_MIN_GLYPHS and (_as_wide(ink, a, b) or (boxes and _own_baselines(free, a, b)))
    ):
        return False
    # the columns stand side by side: each has three rows or more, and their heights overlap by half
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


def _as_wide(ink: list[Word], a: float, b: float) -> bool:
    """Whether the smaller side of the strip [a, b] is as wide as a text column: at least
    :data:`SHORT_COLUMN_WIDTH` x the other side's inked width (the short last column of a two-column page,
    not a narrow box or a figure's labels)."""
    left = [c for c in ink if c.x1 <= a + 0.5]
    right = [c for c in ink if c.x0 >= b - 0.5]
    if not left or not right:
        return False
    w_left = max(c.x1 for c in left) - min(c.x0 for c in left)
    w_right = max(c.x1 for c in right) - min(c.x0 for c in right)
    return min(w_left, w_right) >= SHORT_COLUMN_WIDTH * max(w_left, w_right)


def _own_baselines(rows: list[list[Word]], a: float, b: float) -> bool:
    """Whether the text on the two sides of the strip [a, b] keeps baselines of its own (a box or figure beside a paragraph).

    Among the ``rows`` holding text on both sides, most must have the two
    sides' baselines (glyph bottoms, medians per side) apart by more than
    :data:`BASELINE_TOLERANCE` x the larger font size; rows of a table or a
    label list share their baselines across the strip. With no such rows
    (the sides' lines fall between each other) the sides are independent.
    """
    shared = misaligned = 0
    for row in rows:
        left = [c for c in row if c.x1 <= a + 0.5 and c.text.strip()]
        right = [c for c in row if c.x0 >= b - 0.5 and c.text.strip()]
        if not left or not right:
            continue
        shared += 1
        size = max(max(c.size for c in left), max(c.size for c in right))
        base_l = statistics.median(c.bottom for c in left)
        base_r = statistics.median(c.bottom for c in right)
        if abs(base_l - base_r) > BASELINE_TOLERANCE * size:
            misaligned += 1
    return misaligned * 2 > shared or shared == 0


def _block(blocked: list[int], x0: float, x1: float, lo: int, hi: int) -> None:
    """Add one row's inked span [x0, x1] to the difference array ``blocked`` (index 0 is x = lo)."""
    i0, i1 = max(int(x0), lo), min(int(x1) + 1, hi + 1)
    if i0 < i1:
        blocked[i0 - lo] += 1
        blocked[i1 - lo] -= 1
