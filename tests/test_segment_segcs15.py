"""segcs15's own documents (issue 14, fifteenth session): rights beside integration, merged border chapters.

``scripts/make_segment_segcs15.py`` (tests/data/segment_heldout), written before any measurement or tuning, with the
traps of paraphr12's cs and ro documents in four other languages: ``rights15`` (sk, hu: a rights chapter, 2.3.2, next to
an integration chapter, 2.3.4, and a reception chapter, 2.3.3) and ``border15`` (sl, it: a merged border chapter,
2.2.1 guarding then 2.2.2 screening, and a merged procedure-and-reception chapter, 2.3.1 then 2.3.3). sk and sl were the
tuning documents of the joint assignment's leader rule (``outline._hands_leaders_on``); hu and it held out. The rule
moved none of the four (measured before and after: sk 0.954, sl 0.740, hu 0.636, it 1.000); their defects are other
rules' (strict xfails below).
"""

from __future__ import annotations

import pytest

from helpers_model import part_accuracy

#: free-part section accuracy as measured (main cd8e830 and after the segcs15 rule: the same).
FREE = {"seg-sk-rights15": 0.954, "seg-it-border15": 1.0, "seg-hu-rights15": 0.636, "seg-sl-border15": 0.740}
BELOW = {
    "seg-hu-rights15": "the context chapter 'Honnan indulunk' (figures, the Serbian border) placed in 2.2.1 and the "
                       "merged partners-and-solidarity chapter whole in 2.2.2",
    "seg-sl-border15": "the merged border chapter 'Na meji' (guarding, then screening and the border procedure) whole "
                       "in preparedness, 2.4; one reception paragraph of the merged procedure-and-reception chapter "
                       "left in 2.3.1",
}


def _wrong(g: dict, seg, sections: set[str]) -> list[tuple[str, str, str | None]]:
    pred = {sb.block.id: sb.section_id for sb in seg.blocks}
    return [(b["id"], b["section"], pred[b["id"]]) for b in g["blocks"]
            if b["section"] in sections and b["role"] in ("answer", "answer_heading") and pred[b["id"]] != b["section"]]


@pytest.mark.model
@pytest.mark.parametrize("doc_id", sorted(FREE))
def test_free_accuracy_holds(doc_id, gold_segmentation):
    """No document falls below its measured free-part accuracy (no template text: nothing else to score)."""
    g, seg, s = gold_segmentation(doc_id)
    num, free = part_accuracy(g, seg)
    assert num is None and free is not None and free >= FREE[doc_id] - 1e-3, (doc_id, free)
    assert s.template_f1 is None


@pytest.mark.model
@pytest.mark.parametrize("doc_id", [d for d in sorted(FREE) if d not in BELOW])
def test_at_target(doc_id, gold_segmentation):
    g, seg, _ = gold_segmentation(doc_id)
    assert part_accuracy(g, seg)[1] >= 0.85


@pytest.mark.model
@pytest.mark.parametrize("doc_id", [pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=f"known defect "
                                    f"(segcs15, own documents): {why}")) for d, why in sorted(BELOW.items())])
def test_below_target(doc_id, gold_segmentation):
    g, seg, _ = gold_segmentation(doc_id)
    assert part_accuracy(g, seg)[1] >= 0.85


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-hu-rights15", "seg-sk-rights15", "seg-cs-paraphr12"])
def test_rights_integration_and_reception_chapters_keep_their_sections(doc_id, gold_segmentation):
    """The rights (2.3.2), reception (2.3.3) and integration (2.3.4) chapters standing side by side each keep their
    section (cs-paraphr12: the rights chapter was traded to 2.3.3 with the integration chapter by the joint assignment,
    the reception chapter left in 2.1.3, before outline._hands_leaders_on)."""
    g, seg, _ = gold_segmentation(doc_id)
    assert not _wrong(g, seg, {"2.3.2", "2.3.3", "2.3.4"})


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-it-border15",
                                    pytest.param("seg-sl-border15", marks=pytest.mark.xfail(strict=True, reason=(
                                        "known defect (segcs15, own document): the merged border chapter 'Na meji' "
                                        "goes whole to preparedness, 2.4 (its guarding paragraphs read 2.4/2.6)")))])
def test_merged_border_chapter_paragraphs_take_their_sections(doc_id, gold_segmentation):
    g, seg, _ = gold_segmentation(doc_id)
    assert not _wrong(g, seg, {"2.2.1", "2.2.2"})
