"""Margin notes: a narrow column of small type beside the text ("Meta: 2027", "Ver Anexo II") read beside its paragraph.

The column pass (:mod:`.columns`) reads a page with a gutter column by column, so notes set in the outer margin came
after (a left margin: before) the whole page's text and stood, in segmentation, under the page's last heading (fresh4 finding #10: the notes
of 2.2.1 landed in 2.5). Here each note block is moved to just after the body block it stands beside.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from analyser.schema import Block, PageColumns

#: A page's last column is a margin column when it is at most this share of the widest column's width.
MARGIN_COLUMN_WIDTH = 0.35

#: ... and all of its blocks are set at most this share of the body text's median size.
MARGIN_NOTE_SIZE = 0.85


def place_margin_notes(blocks: Sequence[Block], columns: Sequence[PageColumns]) -> list[Block]:
    """Blocks in reading order with each page's margin notes moved beside the paragraph they annotate.

    Args:
        blocks: a PDF's blocks in reading order (:func:`.blocks.build_document`); ``bbox`` in PDF points, top-down.
        columns: the column bounds of the pages read in two or more columns (``PageColumns``, points).

    Returns:
        the same blocks (none dropped or changed), reordered: on a page whose rightmost (else leftmost) column is
        narrow (at most :data:`MARGIN_COLUMN_WIDTH` × the widest) and holds only small type (every block at most
        :data:`MARGIN_NOTE_SIZE` × the median size of the page's other paragraphs), each block of that column follows
        the last other body block of the page starting above the note's bottom edge (the paragraph it stands beside),
        or precedes the page's first body block. Every other page keeps its order.
    """
    out = list(blocks)
    for pc in columns:
        if len(pc.columns) < 2:
            continue
        widest = max(x1 - x0 for x0, x1 in pc.columns)
        page = [b for b in out if b.page == pc.page]
        (l0, l1), (r0, r1) = pc.columns[0], pc.columns[-1]
        if r1 - r0 <= MARGIN_COLUMN_WIDTH * widest:  # notes in the right margin

            def in_margin(b: Block) -> bool:
                return b.bbox[0] >= r0 - 1.0
        elif l1 - l0 <= MARGIN_COLUMN_WIDTH * widest:  # notes in the left margin

            def in_margin(b: Block) -> bool:
                return b.bbox[2] <= l1 + 1.0
        else:
            continue
        notes = [b for b in page if in_margin(b) and b.kind == "paragraph"]
        body = [b for b in page if not in_margin(b) and b.kind in ("paragraph", "heading", "table", "list_item")]
        sizes = [b.size for b in body if b.kind == "paragraph" and b.size > 0]
        if not notes or not sizes or any(in_margin(b) and b not in notes for b in page):
            continue
        body_size = statistics.median(sizes)
        if any(n.size <= 0 or n.size > MARGIN_NOTE_SIZE * body_size for n in notes):
            continue
        note_ids = {n.id for n in notes}
        rest = [b for b in out if b.id not in note_ids]
        for n in notes:
            above = [b for b in body if b.bbox[1] < n.bbox[3]]
            anchor = max(above, key=lambda b: b.bbox[1]) if above else None
            if anchor is not None:
                at = next(k for k, b in enumerate(rest) if b.id == anchor.id) + 1
                # after the notes already placed beside the same paragraph
                while at < len(rest) and rest[at].id in note_ids:
                    at += 1
            else:
                at = next(k for k, b in enumerate(rest) if b.id == body[0].id) if body else len(rest)
            rest.insert(at, n)
        out = rest
    return out
