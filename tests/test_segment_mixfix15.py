"""A lone plain sub-title inside the last numbered Annex section is no own chapter (issue 14, mixfix15 helper).

Inputs ``scripts/make_segment_mixfix15.py`` (written with their gold before any change): ``seg-*-subtitle15`` (a
numbered strategy whose last numbered section, 2.6, carries a plain sub-title over a list of who does what; fr/it/pt
reproduced the debate13 government statement's trap: the list went to 2.5; de/pl/nl did not; es held out) and
``seg-*-mixfix15`` (own return/preparedness/integration chapters after the numbered part; sk/fr/sv seen, sl/hr held
out). Values measured with multilingual-e5-small on 2026-12-07 (mixfix15 branch).
"""

from __future__ import annotations


import pytest

from analyser.segment.own_chapters import _chapters_of_their_own



@pytest.mark.model
@pytest.mark.parametrize("doc_id", [f"seg-{lang}-subtitle15" for lang in ("de", "es", "fr", "it", "nl", "pl", "pt")])
def test_sub_title_inside_the_last_numbered_section_stays_in_it(doc_id, gold_segmentation):
    """Every block of the last numbered section (2.6), its plain sub-titles and their lists included, stays in 2.6
    (fr/it/pt: the list of responsibilities was placed in 2.5 before mixfix15, at section accuracy 0.78/0.72/0.71)."""
    g, seg, _ = gold_segmentation(doc_id)
    got = {sb.block.id: sb.section_id for sb in seg.blocks}
    last = [b for b in g["blocks"] if b["section"] == "2.6"]
    assert last and all(got[b["id"]] == "2.6" for b in last), [(b["text"][:30], got[b["id"]]) for b in last]


#: section accuracy measured (sk/fr/sv seen; sl/hr held out, measured once after each rule was chosen). fr 0.75 ->
#: 1.00 by own_chapters.sections_left_open (its preparedness chapter was placed in 2.3.3, now 2.4).
MIXED15 = {"seg-sk-mixfix15": 1.0, "seg-sv-mixfix15": 1.0, "seg-hr-mixfix15": 1.0, "seg-fr-mixfix15": 1.0, "seg-sl-mixfix15": 0.81}


@pytest.mark.model
@pytest.mark.parametrize("doc_id", sorted(MIXED15))
def test_own_chapters_after_the_numbered_part_still_close_it(doc_id, gold_segmentation):
    """Two or more own chapters after the numbered part whose texts read different sections close it as before, and
    are placed among the sections the numbered part leaves open."""
    g, seg, s = gold_segmentation(doc_id)
    assert s.section_accuracy >= MIXED15[doc_id], s.section_accuracy


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-sk-mixfix15", "seg-fr-mixfix15", "seg-sv-mixfix15", "seg-hr-mixfix15",
                                    pytest.param("seg-sl-mixfix15", marks=pytest.mark.xfail(strict=True, reason=(
                                        "known defect (mixfix15, held out): the first own chapter 'Vračanje' (return) "
                                        "after '2.3.3.' is not taken for an own chapter (its title reads 2.3.3 among "
                                        "its closest Annex titles), so its text stays in 2.3.3")))])
def test_return_chapter_after_the_numbered_part_is_2_1_2(doc_id, gold_segmentation):
    g, seg, _ = gold_segmentation(doc_id)
    got = {sb.block.id: sb.section_id for sb in seg.blocks}
    ret = [b for b in g["blocks"] if b["section"] == "2.1.2"]
    assert ret and all(got[b["id"]] == "2.1.2" for b in ret), [got[b["id"]] for b in ret]


@pytest.mark.model
def test_german_one_word_return_heading_is_found(gold_segmentation):
    """'2.1.2. Rückkehr' (a one-word German title under the Annex's number) is an Annex heading: its title names 2.1.2's
    topic read against the section's whole wording (first), though it ranks 2.1.2's official heading last (fixed by
    heads15 in ``headings._in_sequence``; before, it and its answer went to 1)."""
    g, seg, _ = gold_segmentation("seg-de-subtitle15")
    got = {sb.block.id: (sb.role, sb.section_id) for sb in seg.blocks}
    assert got["b0004"] == ("section_heading", "2.1.2")


def _row(labelled: bool):
    import numpy as np

    return (np.zeros(3, dtype=np.float32), labelled)


def test_own_chapter_evidence():
    """A lone unlabelled title reading away is a sub-title; an own label, or two titles reading different sections,
    are own chapters; two sub-titles reading the same neighbouring section are not."""
    cands = {5: _row(False), 7: _row(False), 9: _row(True)}
    assert not _chapters_of_their_own([], cands)
    assert not _chapters_of_their_own([(5, "2.5")], cands)
    assert _chapters_of_their_own([(9, "2.1.2")], cands)
    assert _chapters_of_their_own([(5, "2.1.2"), (7, "2.4")], cands)
    assert not _chapters_of_their_own([(5, "2.5"), (7, "2.5")], cands)
