"""Unseen audit of issue 14 (para12 session, 2026-12-07): documents written before any measurement, never tuned on.

- ``paraphr12`` (``scripts/make_segment_para12.py``): free-form excerpts of own unnumbered chapters with paraphrased
  titles, merged chapters (two sections), a section split over two chapters, shuffled order, rights (2.3.2), context
  (1) and preparedness (2.4) chapters, in Polish, Czech, Danish, Finnish, Romanian and Spanish;
- ``*14`` shapes (``scripts/make_segment_shapes14.py``): single chapter, three-section excerpt, three headings,
  numbered-then-free, roman numerals with letters and a table of contents first, in Greek, Latvian, Estonian and
  Maltese, with the Annex's wording in our own translation;
- six of them typeset as PDFs (``scripts/make_segment_pdf14.py``, ``tests/data/segment_pdf14``).

Measured once on main ``b332ffb`` (multilingual-e5-small, ``scripts/dev_segment.py --passages``). Documents meeting
issue 14's targets (numbered 0.95, free 0.85, template-text F1 0.95, no template text in a passage) are asserted at
their figures; each one below holds its figure as a floor and is a strict xfail naming its defect, and each defect
has a strict xfail of its own over the documents it hits. Other helpers must not tune on these documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_model import own_chapters, part_accuracy, template_leaks, wrongly_placed

DATA = Path(__file__).parent / "data"
PDF14 = DATA / "segment_pdf14"


@pytest.fixture(scope="module")
def cached_e5(e5_encoder):
    from analyser.embed.cache import CachedEncoder

    return CachedEncoder(e5_encoder, precomputed=False)





SHAPES14 = ("chapter14", "excerpt14", "heads14", "roman14", "toc14")
LANGS14 = ("el", "et", "lv", "mt")

#: Documents meeting every target: (numbered, free, template F1, passages with template text) as measured.
AT_TARGET: dict[str, tuple[float | None, float | None, float | None, int]] = {
    **{f"seg-{lang}-{shape}": (1.0, None, 1.0, 0) for lang in LANGS14 for shape in SHAPES14},
    # after the merges of the fourteenth session (measured once, rules chosen on other documents): da 0.906 -> 1.000,
    # pl 0.822 -> 0.903 (seg14m's two-run split: the merged partners-and-solidarity chapter's solidarity run to 2.1.3)
    "seg-da-paraphr12": (None, 1.0, None, 0),
    "seg-pl-paraphr12": (None, 0.903, None, 0),
    # segcs15 (fifteenth session): cs 0.617 -> 0.896: the joint assignment no longer trades the rights chapter out of
    # 2.3.2, the section its hub-corrected evidence reads first, to an integration chapter that reads 2.3.4 first
    # (outline._hands_leaders_on); the integration chapter joins its neighbour's 2.3.4, the reception chapter takes the
    # 2.3.3 it leaves, the solidarity run takes 2.1.3
    "seg-cs-paraphr12": (None, 0.896, None, 0),
    # mixfix15 (seen): the own chapters after the numbered part placed among the sections it leaves open
    # (own_chapters.sections_left_open): el/et 0.80 -> 1.00, lv 0.56 -> 1.00
    **{f"seg-{lang}-mixed14": (1.0, None, 1.0, 0) for lang in ("el", "et", "lv")},
    # segfi15's context swap (outline._context_swap; es seen while choosing it): 0.710 -> 0.907, the context chapter to 1
    # and the second preparedness chapter to 2.4 (its merged border chapter stays whole in 2.2.2: the xfails below)
    "seg-es-paraphr12": (None, 0.907, None, 0),
}

#: Below a target: floors at the measured figures (same tuple), and the defects named (see the xfails below).
BELOW: dict[str, tuple[tuple[float | None, float | None, float | None, int], str]] = {
    "seg-fi-paraphr12": ((None, 0.55, None, 0), "free 0.553: border-procedure chapter in 2.3.1, merged procedure-and-"
                         "rights chapter whole in 2.3.2, second reception chapter in 2.4, preparedness in 2.6"),
    "seg-ro-paraphr12": ((None, 0.70, None, 0), "free 0.703 (0.795 at the audit): the merged border chapter 'La "
                         "frontieră' split the wrong way round by seg14m's two-run split (its screening run to 2.2.1, the "
                         "guarding paragraphs left in 2.2.2: the screening run reads 2.2.1 less far below 2.2.2 than the "
                         "guarding run does; per paragraph the content evidence is inverted — the registration-and-"
                         "fingerprints paragraph reads 2.2.2 first at 2.27, the rights-monitoring paragraph 2.2.1 at "
                         "1.26 — and neither the run's lead sign nor both halves of the contrast tell it from the right "
                         "splits of cs/da-merged14, whose moved runs read 2.2.1/2.4 below the chapter's section too, "
                         "segcs15); second preparedness chapter in 2.3.3"),
    # mixed14 floors raised by the mixed14 helper (own_chapters.own_chapter_breaks), measured once after the rule was
    # chosen (unseen): el 0.40 → 0.80, et 0.36 → 0.80, lv 0.17 → 0.56, mt 0.17 → 0.55, template F1 lv/mt 0.93 → 1.00;
    # then mixfix15 (own chapters after the numbered part placed on their own among the sections it leaves open,
    # own_chapters.sections_left_open; seen): el/et 0.80 → 1.00, lv 0.56 → 1.00 (AT_TARGET), mt 0.55 unchanged
    "seg-mt-mixed14": ((0.55, None, 1.0, 0), "after the numbered part, the return chapter stays in 2.3.3 (its text "
                       "reads 2.3, so the break falls at the next own chapter) and the preparedness chapter goes to 1 "
                       "by content"),
}


@pytest.mark.model
@pytest.mark.parametrize("doc_id", sorted(AT_TARGET))
def test_unseen_documents_at_target(doc_id, gold_segmentation, cached_e5):
    """Single chapter, three-section excerpt, three headings, roman/letters and TOC-first documents in four languages
    with our own translated template wording, and the Danish paraphr12: at their measured figures, every target met."""
    num, free, f1, leaks = AT_TARGET[doc_id]
    g, seg, s = gold_segmentation(doc_id)
    got_num, got_free = part_accuracy(g, seg)
    assert (got_num is None) == (num is None) and (num is None or got_num >= num), (doc_id, got_num)
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
    assert (got_num is None) == (num is None) and (num is None or got_num >= num), (doc_id, got_num)
    assert (got_free is None) == (free is None) and (free is None or got_free >= free), (doc_id, got_free)
    assert (s.template_f1 is None) == (f1 is None) and (f1 is None or s.template_f1 >= f1), (doc_id, s.template_f1)
    assert template_leaks(g, seg, cached_e5) <= leaks


@pytest.mark.model
@pytest.mark.parametrize("doc_id", [pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=f"known defect (para12 "
                                    f"audit, unseen): {why}")) for d, (_, why) in sorted(BELOW.items())])
def test_unseen_documents_reach_the_targets(doc_id, gold_segmentation, cached_e5):
    g, seg, s = gold_segmentation(doc_id)
    num, free = part_accuracy(g, seg)
    assert num is None or num >= 0.95
    assert free is None or free >= 0.85
    assert s.template_f1 is None or s.template_f1 >= 0.95
    assert template_leaks(g, seg, cached_e5) == 0


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="known defect (para12 audit, unseen paraphr12; six languages at the audit, four "
                   "since seg14m's two-run split, da and pl fixed, cs since segcs15): a bare own chapter merging two "
                   "sections goes whole to one of them or is split wrong (fi "
                   "procedure-and-rights whole in 2.3.2; es border guarding-and-screening whole in 2.2.2; ro split the "
                   "wrong way round, screening to 2.2.1)")
@pytest.mark.parametrize("doc_id", ["seg-es-paraphr12", "seg-fi-paraphr12", "seg-ro-paraphr12"])
def test_merged_chapter_paragraphs_take_their_own_sections(doc_id, gold_segmentation, cached_e5):
    g, seg, _ = gold_segmentation(doc_id)
    merged = [c for c in own_chapters(g) if len({b["section"] for b in c}) > 1]
    assert len(merged) == 1
    assert not wrongly_placed(seg, merged[0])


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="known defect (segpara5, again on unseen paraphr12): text on guarding the "
                   "border (guards, thermal cameras, Frontex, registration and fingerprints) reads 2.2.2 or 2.2, never "
                   "2.2.1 (pl/cs chapter 'Ochrona granicy'/'Ostraha hranic': 2.2.1 content -0.24/-0.20 against 2.2.2 "
                   "1.96/2.07; ro/es: the guarding run of the merged border chapter)")
@pytest.mark.parametrize("doc_id", ["seg-cs-paraphr12", "seg-es-paraphr12", "seg-pl-paraphr12", "seg-ro-paraphr12"])
def test_border_guarding_text_is_2_2_1(doc_id, gold_segmentation, cached_e5):
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, [b for b in g["blocks"] if b["section"] == "2.2.1"])


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-cs-paraphr12", "seg-da-paraphr12", "seg-pl-paraphr12"])
def test_merged_chapter_paragraphs_split(doc_id, gold_segmentation, cached_e5):
    """Was the strict xfail above (all six languages at the audit): since seg14m's two-run split (outline._split_two_runs)
    the Danish procedure-and-rights and the Polish partners-and-solidarity chapters give each paragraph its own section
    (unseen: the rule was chosen on other documents); the Czech one since segcs15 (the solidarity run takes 2.1.3 once
    the reception chapter leaves it: outline._hands_leaders_on)."""
    g, seg, _ = gold_segmentation(doc_id)
    merged = [c for c in own_chapters(g) if len({b["section"] for b in c}) > 1]
    assert len(merged) == 1
    assert not wrongly_placed(seg, merged[0])


def _split_second(g: dict) -> list[dict]:
    """The second chapter of a section split over two consecutive own chapters."""
    chs = own_chapters(g)
    return next(c for a, c in zip(chs, chs[1:]) if {b["section"] for b in a} == {b["section"] for b in c})


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-cs-paraphr12", "seg-da-paraphr12", "seg-es-paraphr12", "seg-pl-paraphr12"])
def test_second_chapter_of_a_split_section_joins_the_first(doc_id, gold_segmentation, cached_e5):
    """Unseen: the second chapter of a split integration (pl, cs) or reception (da) section joins the first's section
    (outline._joins_neighbour, seg12); es (seen by segfi15): the second preparedness chapter 'Simulacros y reservas',
    which held the context, trades it to the context chapter and joins 'El plan para las crisis' in 2.4
    (outline._context_swap)."""
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, _split_second(g))


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="known defect (para12 audit, unseen): the second chapter of a split section "
                   "does not join the first when its own title and text read elsewhere: ro 'Exerciții și rezerve' "
                   "(2.4, placed in 2.3 then its sub-section 2.3.3; hub-corrected 2.6 1.31, 2.4 0.51), fi 'Arki "
                   "keskuksessa' (2.3.3, in 2.4; hub-corrected 2.3.4 0.94, 2.4 0.81, 2.3.3 0.64)")
@pytest.mark.parametrize("doc_id", ["seg-fi-paraphr12", "seg-ro-paraphr12"])
def test_second_chapter_of_a_split_section_joins_the_first_xfail(doc_id, gold_segmentation, cached_e5):
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, _split_second(g))


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-cs-paraphr12", "seg-da-paraphr12", "seg-es-paraphr12", "seg-fi-paraphr12",
                                    "seg-pl-paraphr12", "seg-ro-paraphr12"])
def test_context_chapter_is_1(doc_id, gold_segmentation, cached_e5):
    """The context chapter is 1. es was a strict xfail (its title 'De dónde partimos' pulled it to 2.1.1 while the
    preparedness chapter 'Simulacros y reservas' held 1 by its text): fixed by segfi15's context swap
    (outline._context_swap; es seen while choosing the rule)."""
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, next(c for c in own_chapters(g) if c[0]["section"] == "1"))


def _chapter_of(g: dict, section: str) -> list[dict]:
    return next(c for c in own_chapters(g) if c[0]["section"] == section)


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-el-mixed14", "seg-et-mixed14", "seg-lv-mixed14",
                                    pytest.param("seg-mt-mixed14", marks=pytest.mark.xfail(strict=True, reason=(
                                        "known defect (para12 audit, unseen mixed14; el/et/lv fixed by mixfix15): the "
                                        "Maltese return chapter after '2.3.3.' stays in 2.3.3 (its text reads 2.3 in "
                                        "own_chapter_breaks' pass, so the break falls at the next own chapter) and "
                                        "the preparedness chapter goes to 1 by content")))])
def test_own_chapters_after_numbered_sections_are_placed_by_content(doc_id, gold_segmentation, cached_e5):
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, [b for c in own_chapters(g) for b in c])


@pytest.mark.model
@pytest.mark.parametrize("doc_id", [f"seg-{lang}-mixed14" for lang in LANGS14])
def test_integration_chapter_after_numbered_sections_is_placed_by_content(doc_id, gold_segmentation, cached_e5):
    """Unseen (measured once, after the mixed14 rule was chosen): the integration chapter after the numbered part
    (el/et were sub-headings of 2.3.3, lv/mt all in 2.2.2) closes 2.3.3's span and is placed in 2.3.4 by content."""
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, _chapter_of(g, "2.3.4"))


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["seg-el-mixed14", "seg-et-mixed14", "seg-lv-mixed14",
                                    pytest.param("seg-mt-mixed14", marks=pytest.mark.xfail(strict=True, reason=(
                                        "known defect (unseen mixed14, after the mixed14 fix; lv fixed by mixfix15): "
                                        "the Maltese return chapter stays in 2.3.3 (its text reads 2.3, the break "
                                        "falls at the next own chapter)")))])
def test_return_chapter_after_numbered_sections_is_placed_by_content(doc_id, gold_segmentation, cached_e5):
    g, seg, _ = gold_segmentation(doc_id)
    assert not wrongly_placed(seg, _chapter_of(g, "2.1.2"))


@pytest.mark.model
@pytest.mark.parametrize("doc_id", [f"seg-{lang}-mixed14" for lang in LANGS14])
def test_numbered_heading_before_own_chapters_is_kept(doc_id, gold_segmentation, cached_e5):
    """Fixed (mixed14 helper; lv/mt were strict xfails): the numbered heading "2.3.3." confirmed by its title is kept:
    the content check judges its span only up to the own chapter that closes it (own_chapters.own_chapter_breaks)."""
    g, seg, _ = gold_segmentation(doc_id)
    heading = next(b for b in g["blocks"] if b["role"] == "section_heading" and b["section"] == "2.3.3")
    got = next(sb for sb in seg.blocks if sb.block.id == heading["id"])
    assert (got.role, got.section_id) == ("section_heading", "2.3.3")
    assert not wrongly_placed(seg, [b for b in g["blocks"] if b["section"] == "2.3.3"])


# --------------------------------------------------------------------------- the PDFs

#: (section accuracy, template F1, passages with template text) per PDF, real model, measured once (para12).
EXPECTED_PDF14: dict[str, tuple[float, float | None, int]] = {
    "pdf-da-paraphr12": (0.997, None, 0),  # 0.903 at the audit; after the merges (two-run split) as its text version
    "pdf-el-excerpt14": (1.0, 1.0, 0),
    "pdf-lv-roman14": (1.0, 0.884, 1),
    "pdf-lv-toc14": (1.0, 0.917, 1),
    "pdf-mt-chapter14": (1.0, 1.0, 0),
    "pdf-pl-paraphr12": (0.903, None, 0),  # 0.822 at the audit
}


@pytest.fixture(scope="module")
def pdf14_scores(analyse_and_load):
    pytest.importorskip("reportlab")
    from pdf_layout_helpers import folder_scores

    return folder_scores(PDF14, analyse_and_load("segment_pdf14", sorted(PDF14.glob("*.pdf"))))


@pytest.mark.model
def test_pdf14_scores(pdf14_scores) -> None:
    """The six typeset PDFs score as their text versions, except the two Latvian ones (xfail below)."""
    assert pdf14_scores == EXPECTED_PDF14


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="known defect (para12 audit, unseen PDFs): on the Latvian two- and three-column "
                   "pages the running footer ('Iekšlietu ministrija', 'Lappuse 1') is not taken as furniture: it is read "
                   "as an own heading in the middle of the template question that crosses the column, which is cut in "
                   "two; one half is labelled answer (roman14) or an answer list item (toc14) and stands in a passage "
                   "(template F1 0.884 / 0.917, one leak each; the text versions 1.00)")
@pytest.mark.parametrize("doc_id", ["pdf-lv-roman14", "pdf-lv-toc14"])
def test_pdf14_latvian_footer_does_not_cut_a_question(doc_id, pdf14_scores) -> None:
    _, f1, leaks = pdf14_scores[doc_id]
    assert f1 >= 0.95 and leaks == 0
