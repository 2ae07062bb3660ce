"""A one-page note without headings (fresh-eyes finding, 2026-12-06).

A summary note of a strategy — a title line over five one-paragraph answers (context, procedure,
reception, return, funding) — was put entirely into section 1: the document's title was taken as
the chapter heading of section 1 and claimed every paragraph, and a change of section at a plain
paragraph cost more than one paragraph's evidence, so even without the title the note went into
one section. Now a short span with no heading below its first line is placed paragraph by
paragraph, and a plain title line names a section only when at least half of its chapter's words
were placed there by content (``SegmentConfig.own_title_min_share``).
"""

from __future__ import annotations

import dataclasses

import pytest

from analyser.parse import parse
from analyser.segment import SegmentConfig, segment

from conftest import REPO

NOTE = REPO / "tests" / "data" / "fresh" / "en-note-2026.txt"


def _section_of(seg, start: str) -> str | None:
    return next(sb.section_id for sb in seg.blocks if sb.block.text.startswith(start))


@pytest.mark.model
def test_note_paragraphs_go_to_their_own_sections(template, e5_encoder):
    seg = segment(parse(NOTE), template, e5_encoder)
    assert _section_of(seg, "The Government adopts") == "1"  # context: the strategy adopted, applications in 2024
    assert _section_of(seg, "5,000 additional") == "2.3.3"  # reception places
    assert _section_of(seg, "A return decision") == "2.1.2"  # return decisions
    assert _section_of(seg, "The Government will provide") == "2.6"  # funding
    assert len({sb.section_id for sb in seg.blocks if sb.role == "answer"}) >= 4
    title = next(sb for sb in seg.blocks if sb.block.text.startswith("Summary note"))
    assert title.role != "section_heading"  # the document's title is not a reproduced Annex heading


@pytest.mark.model
def test_without_the_flat_rule_the_note_is_one_section(template, e5_encoder):
    """The failure mode: with a paragraph change as costly as in a long text, every paragraph lands in one section."""
    cfg = dataclasses.replace(SegmentConfig(), min_blocks_for_column_centring=0, own_title_min_share=0.0)
    seg = segment(parse(NOTE), template, e5_encoder, cfg)
    assert len({sb.section_id for sb in seg.blocks if sb.role == "answer"}) == 1
