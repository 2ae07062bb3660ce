"""Unseen audit of issue 14 (para15 session, 2026-12-07): documents written before any measurement, never tuned on.

- ``paraphr15`` (``scripts/make_segment_para15.py``): free-form strategy excerpts of own unnumbered chapters with
  paraphrased titles in Slovak, Slovenian, Greek, Latvian, Estonian and Maltese; each has a context (1), a rights
  (2.3.2), a preparedness (2.4) and a border chapter (2.2.1 or 2.2.2), a chapter merging two sections, a section
  split over two consecutive chapters, and an order not the Annex's;
- ``mixed15`` (same script): two numbered Annex sections (one with a reproduced question in hr/hu/pt), then own
  unnumbered chapters (merged, split, context, rights, preparedness, border), in Croatian, Bulgarian, Hungarian and
  Portuguese (``part_accuracy`` counts every block after the first numbered heading as "numbered");
- two of them typeset as PDFs (``scripts/make_segment_pdf15.py``, ``tests/data/segment_pdf15``).

Measured once on main ``cd8e830`` (multilingual-e5-small, ``scripts/dev_segment.py --passages``): free mean 0.685
(sk 0.890, el 0.808, lv 0.692, et 0.651, sl 0.647, mt 0.422), numbered mean 0.755 (hr 0.961, pt 0.772, hu 0.733,
bg 0.552; every numbered Annex section right, the losses all in the own chapters after them), template F1 1.00, no
template text in a passage. Documents meeting issue 14's targets are asserted at their figures; each one below holds
its figure as a floor and is a strict xfail naming its defects, and each failure class has a test over the documents
that have such a chapter (strict xfail where it fails). Other helpers must not tune on these documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.evaluate import ANSWER_ROLES
from helpers_model import own_chapters, part_accuracy, template_leaks, wrongly_placed

DATA = Path(__file__).parent / "data"
PDF15 = DATA / "segment_pdf15"
FREE = [f"seg-{lang}-paraphr15" for lang in ("el", "et", "lv", "mt", "sk", "sl")]
MIXED = [f"seg-{lang}-mixed15" for lang in ("bg", "hr", "hu", "pt")]


@pytest.fixture(scope="module")
def cached_e5(e5_encoder):
    from analyser.embed.cache import CachedEncoder

    return CachedEncoder(e5_encoder, precomputed=False)





def _own_blocks(g: dict, section: str) -> list[dict]:
    """The own chapters' blocks (heading and answers) of gold ``section``."""
    return [b for c in own_chapters(g) for b in c if b["section"] == section]


#: Documents meeting every target: (numbered, free, template F1, passages with template text) as measured.
AT_TARGET: dict[str, tuple[float | None, float | None, float | None, int]] = {
    "seg-sk-paraphr15": (None, 0.890, None, 0),  # border chapter in 2.2.2 (below)
    "seg-hr-mixed15": (0.961, None, 1.0, 0),  # one partners paragraph of the merged chapter in 2.1.2 (below)
}

#: Below a target: floors at the measured figures (same tuple), and the defects named (see the class tests below).
BELOW: dict[str, tuple[tuple[float | None, float | None, float | None, int], str]] = {
    "seg-el-paraphr15": ((None, 0.808, None, 0), "free 0.808: the merged rights-and-reception chapter's reception "
                         "paragraphs in 2.3.1; the first chapter of the split return section ('Εθελοντική αναχώρηση', "
                         "voluntary return) in 2.3.3"),
    "seg-et-paraphr15": ((None, 0.651, None, 0), "free 0.651: border chapter 'Piiri valvamine' in 2.3.2, the rights "
                         "chapter 'Taotleja õigused' then in 2.3.1, the second preparedness chapter 'Õppused ja "
                         "reservid' in 2.3.3"),
    "seg-lv-paraphr15": ((None, 0.692, None, 0), "free 0.692: border chapter in 2.2.2; the merged preparedness-and-"
                         "solidarity chapter's solidarity run in 2.5; the first integration chapter 'Valoda un darbs' in "
                         "2.1.1"),
    "seg-mt-paraphr15": ((None, 0.422, None, 0), "free 0.422: context chapter in 2.4 and preparedness chapter in 1 "
                         "(swapped); the merged sea-rescue-and-return chapter whole in 2.1.2; the second reception "
                         "chapter in 2.3; the solidarity chapter in 2.5"),
    "seg-sl-paraphr15": ((None, 0.647, None, 0), "free 0.647: the preparedness chapter standing first in 2.3.1; the "
                         "first border chapter 'Nadzor meje' in 2.2; the context chapter 'Izhodišče' in 2.2.2"),
    # after the fifteenth session's merges (mixfix15's own chapters placed among the sections the numbered part leaves
    # open; measured on the merged main, these documents still unseen by every rule): bg 0.552 -> 0.687, hu 0.733 ->
    # 0.847, pt 0.772 -> 0.896
    "seg-bg-mixed15": ((0.687, None, 1.0, 0), "numbered 0.687 (0.552 at the audit): after the numbered 2.1.2/2.3.4, "
                       "border chapter in 2.2.2, preparedness chapter elsewhere (the rights chapter now in 2.3.2)"),
    "seg-hu-mixed15": ((0.847, None, 1.0, 0), "numbered 0.847 (0.733 at the audit): after the numbered 2.3.3/2.6, the "
                       "merged border chapter whole in 2.2.2 (the solidarity chapter now in 2.1.3)"),
    "seg-pt-mixed15": ((0.896, None, 1.0, 0), "numbered 0.896 (0.772 at the audit): after the numbered 2.2.2/2.3.4, "
                       "the first preparedness chapter in 2.3.3 (the context chapter now in 1)"),
}


@pytest.mark.model
@pytest.mark.parametrize("doc_id", sorted(AT_TARGET))
def test_unseen_documents_at_target(doc_id, gold_segmentation, cached_e5):
    """The Slovak paraphr15 (free 0.890) and the Croatian mixed15 (0.961): at their measured figures, targets met."""
    num, free, f1, leaks = AT_TARGET[doc_id]
    g, seg, s = gold_segmentation(doc_id)
    got_num, got_free = part_accuracy(g, seg)
    assert (got_num is None) == (num is None) and (num is None or got_num >= num - 1e-3), (doc_id, got_num)
    assert (got_free is None) == (free is None) and (free is None or got_free >= free - 1e-3), (doc_id, got_free)
    assert (s.template_f1 is None) == (f1 is None) and (f1 is None or s.template_f1 >= f1), (doc_id, s.template_f1)
    assert template_leaks(g, seg, cached_e5) == leaks


@pytest.mark.model
@pytest.mark.parametrize("doc_id", sorted(BELOW))
def test_unseen_documents_below_target_hold_their_floors(doc_id, gold_segmentation, cached_e5):
    """The documents below a target keep today's figures (no regression; the defects are the xfails below)."""
    (num, free, f1, leaks), _ = BELOW[doc_id]
    g, seg, s = gold_segmentation(doc_id)
    got_num, got_free = part_accuracy(g, seg)
    assert (got_num is None) == (num is None) and (num is None or got_num >= num - 1e-3), (doc_id, got_num)
    assert (got_free is None) == (free is None) and (free is None or got_free >= free - 1e-3), (doc_id, got_free)
    assert (s.template_f1 is None) == (f1 is None) and (f1 is None or s.template_f1 >= f1), (doc_id, s.template_f1)
    assert template_leaks(g, seg, cached_e5) <= leaks


@pytest.mark.model
@pytest.mark.parametrize("doc_id", [pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=f"known defect (para15 "
                                    f"audit, unseen): {why}")) for d, (_, why) in sorted(BELOW.items())])
def test_unseen_documents_reach_the_targets(doc_id, gold_segmentation, cached_e5):
    g, seg, s = gold_segmentation(doc_id)
    num, free = part_accuracy(g, seg)
    assert num is None or num >= 0.95
    assert free is None or free >= 0.85
    assert s.template_f1 is None or s.template_f1 >= 0.95
    assert template_leaks(g, seg, cached_e5) == 0


@pytest.mark.model
@pytest.mark.parametrize("doc_id", MIXED)
def test_numbered_sections_of_mixed_documents_are_right(doc_id, gold_segmentation, cached_e5):
    """Unseen: every block of the two numbered Annex sections (heading, question, answers) is in its section; the
    mixed15 losses are all in the own chapters after them."""
    g, seg, _ = gold_segmentation(doc_id)
    first_own = next(i for i, b in enumerate(g["blocks"]) if b["role"] == "answer_heading")
    assert not wrongly_placed(seg, g["blocks"][1:first_own])


# --------------------------------------------------------------------------- failure classes, per chapter kind


def _xf(reason: str, *doc_ids: str) -> list:
    return [pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=f"known defect (para15 audit, unseen): "
                                                    f"{reason}")) for d in doc_ids]


@pytest.mark.model
@pytest.mark.parametrize("doc_id", _xf(
    "border-guarding text (border police, thermal cameras, Frontex, registration and fingerprints, visas, sea patrols) "
    "is never placed in 2.2.1 (the segpara5/para12 defect, again on 7/7 unseen documents with such a chapter): 2.2.2 "
    "sk/lv/bg, hu (merged guarding-and-screening chapter whole), 2.2 sl (first of two border chapters; the second, "
    "registration and visas, is right), 2.3.2 et, 2.1.2 mt (merged sea-rescue-and-return chapter whole)",
    "seg-sk-paraphr15", "seg-sl-paraphr15", "seg-lv-paraphr15", "seg-et-paraphr15", "seg-mt-paraphr15",
    "seg-bg-mixed15", "seg-hu-mixed15"))
def test_border_guarding_chapter_is_2_2_1(doc_id, gold_segmentation, cached_e5):
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, _own_blocks(g, "2.2.1"))


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-el-paraphr15", "seg-hr-mixed15", "seg-hu-mixed15", "seg-pt-mixed15"])
def test_border_procedure_is_2_2_2(doc_id, gold_segmentation, cached_e5):
    """Unseen: border-procedure text (screening, twelve weeks, rights monitoring) is in 2.2.2, as an own chapter (el),
    the second run of a merged chapter (hu) or a numbered section (hr, pt)."""
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, [b for b in g["blocks"] if b["section"] == "2.2.2" and b["role"] in ANSWER_ROLES])


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-bg-mixed15", "seg-el-paraphr15", "seg-et-paraphr15", "seg-hr-mixed15",
                                    "seg-lv-paraphr15", "seg-sk-paraphr15", "seg-pt-mixed15",
                                    *_xf("the context chapter (asylum figures of 2025, length of the external border, "
                                         "routes) is placed elsewhere: sl 'Izhodišče' in 2.2.2 (after two border "
                                         "chapters), mt 'Fejn qegħdin illum' in 2.4 (swapped with the preparedness "
                                         "chapter, which takes 1); pt 'Ponto de partida' (in 2.2.2 at the audit) is in 1 "
                                         "since mixfix15's sections_left_open", "seg-mt-paraphr15", "seg-sl-paraphr15")])
def test_context_chapter_is_1(doc_id, gold_segmentation, cached_e5):
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, _own_blocks(g, "1"))


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-el-paraphr15", "seg-hr-mixed15", "seg-hu-mixed15", "seg-lv-paraphr15",
                                    "seg-mt-paraphr15", "seg-pt-mixed15", "seg-sk-paraphr15", "seg-sl-paraphr15",
                                    "seg-bg-mixed15",
                                    *_xf("the rights chapter (free legal aid, interpreter, guardian for unaccompanied "
                                         "minors, victims of torture) is placed elsewhere: et 'Taotleja õigused' in "
                                         "2.3.1 (its 2.3.2 taken by the border chapter before it); bg 'Гаранции за "
                                         "всеки кандидат' (2.3.4 at the audit) is in 2.3.2 since mixfix15",
                                         "seg-et-paraphr15")])
def test_rights_chapter_is_2_3_2(doc_id, gold_segmentation, cached_e5):
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, _own_blocks(g, "2.3.2"))


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-el-paraphr15", "seg-hr-mixed15", "seg-hu-mixed15", "seg-lv-paraphr15",
                                    "seg-sk-paraphr15",
                                    *_xf("a preparedness chapter (contingency plan, sports halls, yearly exercise, a "
                                         "reserve of trained staff) is placed elsewhere: sl (standing first) in 2.3.1, "
                                         "mt in 1, bg in 2.6, pt (first of two) in 2.3.3, et (second of two, "
                                         "'Õppused ja reservid') in 2.3.3", "seg-bg-mixed15", "seg-et-paraphr15",
                                         "seg-mt-paraphr15", "seg-pt-mixed15", "seg-sl-paraphr15")])
def test_preparedness_chapters_are_2_4(doc_id, gold_segmentation, cached_e5):
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, _own_blocks(g, "2.4"))


def _merged(g: dict) -> list[dict]:
    merged = [c for c in own_chapters(g) if len({b["section"] for b in c}) > 1]
    assert len(merged) == 1
    return merged[0]


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-et-paraphr15", "seg-sk-paraphr15", "seg-sl-paraphr15",
                                    *_xf("a merged own chapter (two sections, two paragraphs each) is not split at "
                                         "its topic change: el rights-and-reception, the reception run in 2.3.1; lv "
                                         "preparedness-and-solidarity, the solidarity run in 2.5; mt sea-rescue-and-"
                                         "return whole in 2.1.2; hu guarding-and-screening whole in 2.2.2; hr "
                                         "partners-and-return split one paragraph early (the second partners "
                                         "paragraph, police training in transit countries, in 2.1.2)",
                                         "seg-el-paraphr15", "seg-hr-mixed15", "seg-hu-mixed15", "seg-lv-paraphr15",
                                         "seg-mt-paraphr15")])
def test_merged_chapter_paragraphs_take_their_own_sections(doc_id, gold_segmentation, cached_e5):
    """Unseen: sk housing-and-integration, sl partners-and-return and et coordination-and-staff give each paragraph its
    own section (seg14m's two-run split)."""
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, _merged(g))


def _split(g: dict) -> list[dict]:
    """Both chapters of a section split over two consecutive own chapters."""
    chs = own_chapters(g)
    a, c = next((a, c) for a, c in zip(chs, chs[1:]) if {b["section"] for b in a} == {b["section"] for b in c})
    return a + c


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-sk-paraphr15",
                                    *_xf("one chapter of a section split over two consecutive own chapters is placed "
                                         "apart from the other: the first one el voluntary return (2.1.2) in 2.3.3, lv "
                                         "language and work (2.3.4) in 2.1.1, sl border surveillance (2.2.1) in 2.2, "
                                         "pt contingency plan (2.4) in 2.3.3; the second one et exercises and reserves "
                                         "(2.4) in 2.3.3, mt health and money (2.3.3) in 2.3", "seg-el-paraphr15",
                                         "seg-et-paraphr15", "seg-lv-paraphr15", "seg-mt-paraphr15", "seg-pt-mixed15",
                                         "seg-sl-paraphr15")])
def test_split_section_chapters_share_their_section(doc_id, gold_segmentation, cached_e5):
    """Unseen: the Slovak authority/courts chapters (2.3.1) both in 2.3.1."""
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, _split(g))


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-el-paraphr15", "seg-hu-mixed15",
                                    *_xf("a solidarity chapter or run (solidarity mechanism, relocations, experts sent "
                                         "to a member state under pressure) is placed in the organisation sections: "
                                         "2.5 lv/mt (hu's, 2.6 at the audit, is in 2.1.3 since mixfix15)",
                                         "seg-lv-paraphr15", "seg-mt-paraphr15")])
def test_solidarity_is_2_1_3(doc_id, gold_segmentation, cached_e5):
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, _own_blocks(g, "2.1.3"))


# --------------------------------------------------------------------------- the PDFs

#: (section accuracy, template F1, passages with template text) per PDF, real model, measured once (para15).
EXPECTED_PDF15: dict[str, tuple[float, float | None, int]] = {
    "pdf-hu-mixed15": (0.11, 0.853, 0),  # text version 0.733 / F1 1.00
    "pdf-sk-paraphr15": (0.708, None, 0),  # text version 0.890
}


@pytest.fixture(scope="module")
def pdf15_scores(analyse_and_load):
    pytest.importorskip("reportlab")
    from pdf_layout_helpers import folder_scores

    return folder_scores(PDF15, analyse_and_load("segment_pdf15", sorted(PDF15.glob("*.pdf"))))


@pytest.mark.model
def test_pdf15_scores(pdf15_scores) -> None:
    """The two typeset PDFs at their measured scores (both below their text versions: the xfails below)."""
    assert pdf15_scores == EXPECTED_PDF15


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="known defect (para15 audit, unseen PDF): in the two-column Hungarian mixed15 "
                   "the numbered heading '2.6. Elegendő kapacitás és képességek biztosítása a nemzeti stratégia "
                   "hatékony végrehajtásához', wrapped over four column lines, is read as an own answer heading, not "
                   "the Annex's 2.6 (template F1 0.853); 2.3.3's span then runs to the end of the document, through "
                   "2.6 and every own chapter after it (section accuracy 0.11; the text version 0.733, F1 1.00)")
def test_pdf15_hungarian_wrapped_numbered_heading(pdf15_scores) -> None:
    acc, f1, leaks = pdf15_scores["pdf-hu-mixed15"]
    assert f1 >= 0.95 and acc >= 0.73 and leaks == 0


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="known defect (para15 audit, unseen PDF): the Slovak two-column paraphr15 "
                   "scores 0.708 against its text version's 0.890: the merged housing-and-integration chapter goes "
                   "whole to 2.3.3 (split right in text), the return chapter 'Kto musí odísť', whose heading ends page 1 "
                   "and whose paragraphs open page 2 after the running footer and header, goes to 2.3.4, and page 2's "
                   "footer ('Ministerstvo vnútra Strana 2') is read as an own heading (in 2.2)")
def test_pdf15_slovak_as_its_text_version(pdf15_scores) -> None:
    acc, _, leaks = pdf15_scores["pdf-sk-paraphr15"]
    assert acc >= 0.89 and leaks == 0
