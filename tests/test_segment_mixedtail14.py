"""Mixed documents whose own chapters follow the last numbered Annex section (issue 14, mixed14 helper).

``seg-{de,it,pt,hu}-mixedtail14`` (``scripts/make_segment_mixedtail14.py``, written before the change, tuned on: seen):
numbered Annex sections, then own chapters numbered "5."-"7." (de), lettered "A."-"C." (it), with short bare titles
(pt) or long unnumbered titles (hu). The own chapters close the numbered section above them and are placed by content
(:func:`analyser.segment.own_chapters.own_chapter_breaks`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyser.evaluate import gold_document, score_document
from analyser.schema import Block
from analyser.segment import segment
from analyser.segment.own_chapters import _same_or_higher_rank

HELD = Path(__file__).parent / "data" / "segment_heldout"


@pytest.fixture(scope="module")
def cached_e5(e5_encoder):
    from analyser.embed.cache import CachedEncoder

    return CachedEncoder(e5_encoder, precomputed=False)


def _run(doc_id: str, template, encoder):
    g = json.loads((HELD / f"{doc_id}.gold.json").read_text(encoding="utf-8"))
    seg = segment(gold_document(g), template, encoder)
    analysis = {"blocks": [{"id": sb.block.id, "role": sb.role, "section": sb.section_id, "text": sb.block.text} for sb in seg.blocks]}
    return g, seg, score_document(analysis, g)


#: (section accuracy, template F1) measured with multilingual-e5-small (seen: tuned on).
EXPECTED = {
    "seg-de-mixedtail14": (1.0, 1.0),
    "seg-it-mixedtail14": (1.0, 1.0),
    "seg-pt-mixedtail14": (1.0, 1.0),
    "seg-hu-mixedtail14": (0.82, 1.0),  # the preparedness chapter in 2.6: xfail below
}


@pytest.mark.model
@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_mixedtail_documents(doc_id, template, cached_e5):
    """Numbered sections keep their headings; the own chapters after them are placed by content (figures as measured)."""
    acc, f1 = EXPECTED[doc_id]
    g, seg, s = _run(doc_id, template, cached_e5)
    assert s.section_accuracy >= acc, (doc_id, s.section_accuracy)
    assert s.template_f1 >= f1, (doc_id, s.template_f1)
    heads = {b["id"]: b["section"] for b in g["blocks"] if b["role"] == "section_heading"}
    got = {sb.block.id: (sb.role, sb.section_id) for sb in seg.blocks}
    assert all(got[i] == ("section_heading", s) for i, s in heads.items()), [got[i] for i in heads]


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-de-mixedtail14", "seg-it-mixedtail14", "seg-pt-mixedtail14"])
def test_own_chapters_after_numbered_part_are_answer_headings(doc_id, template, cached_e5):
    """The own chapter titles after the numbered part are the member state's text, not template text, though the
    numbered part reproduces a question (it, pt); their sections are their chapters' content."""
    g, seg, _ = _run(doc_id, template, cached_e5)
    got = {sb.block.id: (sb.role, sb.section_id) for sb in seg.blocks}
    own = [b for b in g["blocks"] if b["role"] == "answer_heading"]
    assert own and all(got[b["id"]][1] == b["section"] for b in own)
    assert all(got[b["id"]][0] in ("answer_heading", "answer_list_item") for b in own)


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="known defect (mixed14, seen): the Hungarian preparedness chapter 'Ha egyszerre "
                   "nagyon sokan érkeznek' after the numbered part (mass arrivals, sports halls, a reserve of staff) is "
                   "placed in 2.6 by content, not 2.4")
def test_hungarian_preparedness_chapter_is_2_4(template, cached_e5):
    g, seg, _ = _run("seg-hu-mixedtail14", template, cached_e5)
    got = {sb.block.id: sb.section_id for sb in seg.blocks}
    assert all(got[b["id"]] == "2.4" for b in g["blocks"] if b["section"] == "2.4")


def _block(size: float, bold: bool) -> Block:
    return Block(id="b", page=1, text="Rückkehr", size=size, bold=bold)


def test_own_chapter_rank_by_type():
    """A smaller font, or plain type at the size of a bold heading, is a sub-heading; unknown sizes (plain text) and
    the heading's own size and weight are its rank."""
    head = _block(14.0, True)
    assert _same_or_higher_rank(_block(14.0, True), head, 0.5)
    assert _same_or_higher_rank(_block(16.0, False), head, 0.5)
    assert not _same_or_higher_rank(_block(12.0, True), head, 0.5)
    assert not _same_or_higher_rank(_block(14.0, False), head, 0.5)
    assert _same_or_higher_rank(_block(0.0, False), head, 0.5)
