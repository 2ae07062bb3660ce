"""segfi15 (segfi15, fifteenth session): paraphrased own chapters in Swedish, German, French and Portuguese.

Written before any measurement (``scripts/make_segment_segfi15.py``, ``tests/data/segment_heldout``) with the traps of
paraphr12's named failures: a context chapter whose title names borders, partners or the world; merged chapters
(procedure + rights, border guarding + screening, partners + solidarity); border guarding (2.2.1) beside screening and
the border procedure (2.2.2). ``sv`` and ``de`` were seen while choosing segfi15's rule (outline._context_swap);
``fr`` and ``pt`` are held out (measured once, after the rule was chosen). The context swap moves none of them (the
four context chapters are right before and after); each holds its figure as a floor and is a strict xfail naming its
defect.
"""

from __future__ import annotations

import pytest

from helpers_model import part_accuracy

#: free-part section accuracy as measured (floor) and the defects that keep each below the 0.85 target.
BELOW: dict[str, tuple[float, str]] = {
    "seg-sv-segfi15": (0.477, "seen: the guarding chapter 'Bevakning av gränsen' reads 2.2.2 (no exemplar of the bank "
                         "answers 2.2.1 on guards, drones, Frontex operations; the template wording reads 2.2.1 first), so "
                         "the screening chapter goes to 2.3.2 and trades 2.3.1 with the merged procedure-and-rights "
                         "chapter (whole in 2.3.2); the preparedness chapter (sports halls) reads 2.3.3 and the reception "
                         "chapter goes to 2.4"),
    "seg-de-segfi15": (0.846, "seen: the preparedness chapter 'Vorsorge für viele Ankünfte' in 2.6 (hub-corrected 2.6 "
                         "3.28, 2.4 1.80); one partners paragraph of the merged partners-and-solidarity chapter in 2.1.3"),
    "seg-fr-segfi15": (0.838, "held out: the preparedness chapter 'Se préparer à un afflux' in 2.6; the rights half "
                         "of the merged procedure-and-rights chapter loses its first paragraph to 2.3.1 (the guarding "
                         "chapter is right, 2.2.1)"),
    "seg-pt-segfi15": (0.701, "held out: the merged partners-and-solidarity chapter 'Parceiros e solidariedade' whole "
                         "in 2.4, the return chapter 'Quem tem de partir' in 2.1.1 (the merged border chapter is split "
                         "right, 2.2.1/2.2.2)"),
}


@pytest.mark.model
@pytest.mark.parametrize("doc_id", sorted(BELOW))
def test_segfi15_hold_their_floors(doc_id, gold_segmentation):
    """Free-part section accuracy at least as measured (no regression), no numbered part, no template text."""
    floor, _ = BELOW[doc_id]
    g, seg, s = gold_segmentation(doc_id)
    num, free = part_accuracy(g, seg)
    assert num is None and s.template_f1 is None
    assert free is not None and free >= floor - 1e-3, (doc_id, free)


@pytest.mark.model
@pytest.mark.parametrize("doc_id", [pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=f"known defect "
                                    f"(segfi15 segfi15): {why}")) for d, (_, why) in sorted(BELOW.items())])
def test_segfi15_reach_the_target(doc_id, gold_segmentation):
    g, seg, _ = gold_segmentation(doc_id)
    _, free = part_accuracy(g, seg)
    assert free is not None and free >= 0.85


def _chapters(g: dict) -> list[list[dict]]:
    chapters: list[list[dict]] = []
    for b in g["blocks"]:
        if b["role"] == "answer_heading":
            chapters.append([b])
        elif chapters and b["role"] == "answer":
            chapters[-1].append(b)
    return chapters


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-de-segfi15", "seg-fr-segfi15", "seg-pt-segfi15", "seg-sv-segfi15"])
def test_segfi15_context_chapter_is_1(doc_id, gold_segmentation):
    """The context chapter, whose title names borders, partners or the world, is placed in the context (1)."""
    g, seg, _ = gold_segmentation(doc_id)
    pred = {sb.block.id: sb.section_id for sb in seg.blocks}
    chapter = next(c for c in _chapters(g) if c[0]["section"] == "1")
    assert [pred[b["id"]] for b in chapter] == ["1"] * len(chapter)
