"""Findings of the fresh-eyes tester of the seventh session, with the real model.

Inputs in ``tests/data/fresh4`` (written by ``make_inputs.py``; README there: what each is, what an analyst expects,
what the analyser gave). Fixed defects are pinned by plain tests; each open defect is a strict xfail that asserts
what an analyst expects and names the defect (it turns into a failure, XPASS, the day the defect is fixed), beside a
plain guard test. One pipeline run over the documents per session.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_model import block_sections, covered_kes

pytestmark = pytest.mark.model

FRESH4 = Path(__file__).parent / "data" / "fresh4"
DOCS = ("it-2026.image-headings.pdf", "es-2026.out-of-order.pdf", "fi-2026.stats-annex.pdf", "pl-2026.booklet.pdf",
        "fr-nl-2026.bilingual.pdf", "mt-2026.en-quotes.txt", "lt-2026.long-table.pdf", "el-2026.bookmarks.pdf",
        "de-2026.softhyphen.pdf", "fr-regulation-recitals.txt", "lt-integration-strategy.txt", "de-house-rules.txt",
        "en-unhcr-report.txt", "pl-visa-faq.txt")


@pytest.fixture(scope="module")
def fresh4_run(analyse_and_load):
    return analyse_and_load("fresh4", [FRESH4 / d for d in DOCS])


# ------------------------------------------------------------------------------------------------ fixed (parse)
def test_paragraphs_under_pictured_headings_are_read(fresh4_run):
    """Finding 1, fixed (parse/footnotes.py): three of the four paragraphs were footnotes (from "250 nuovi
    funzionari …"): out of scope, genre 0.35, 44 absent. Now in scope with return, reception and contingency covered."""
    a = fresh4_run["it-2026.image-headings"]
    assert a.in_scope and {"2.1.2.c", "2.3.3.a", "2.4.d"} <= covered_kes(a)
    assert not any(b.role == "footnote" for b in a.blocks)


def test_pages_out_of_order_keep_their_answers(fresh4_run):
    """Finding 1, fixed: the 2.3.3 answer on a page stored out of order lost "000 plazas nuevas …" to a footnote
    (2.3.3.a absent). Evidence pages are the file's pages (the page numbers printed on them are 3, 1, 2)."""
    a = fresh4_run["es-2026.out-of-order"]
    assert {"1.a", "2.3.3.a"} <= covered_kes(a)
    assert a.coverage["2.3.3.a"].evidence[0].page == 3 and a.coverage["1.a"].evidence[0].page == 2


def test_statistics_annex_is_no_chapter(fresh4_run):
    """Finding 3, fixed (segment/common.py): "Taulukko 1." / "Taulukko 2." (table captions) opened Annex sections 1
    and 2: 1.a addressed 1.00 and 1.b addressed 0.63 with rows of figures as evidence. Now the annex is ``annex``.
    Since the ninth session's sentence windows (compact3) 2.3.1.a is covered too (partial 0.59), rightly: "… ja
    päätösten laatu arvioidaan vuosittain" (the quality of decisions is assessed every year) is its evidence."""
    a = fresh4_run["fi-2026.stats-annex"]
    assert [s for s, r in a.sections.items() if r.present] == ["2.3.1", "2.3.3"]
    assert {b.role for b in a.blocks if b.text.startswith(("Liite 1", "Taulukko", "Kansalaisuus |"))} == {"annex"}
    assert covered_kes(a) == {"2.3.1.a", "2.3.1.b", "2.3.3.a", "2.3.3.b"}
    assert "päätösten laatu" in (a.coverage["2.3.1.a"].evidence[0].sentence or "")


# ------------------------------------------------------------------------------------------- what works: guards
def test_two_up_booklet_is_read_page_by_page(fresh4_run):
    a = fresh4_run["pl-2026.booklet"]
    assert [s for s, r in a.sections.items() if r.method == "numbered"] == ["1", "2.1.2", "2.3.3", "2.3.4", "2.6"]
    assert {"1.a", "2.1.2.c", "2.1.2.d", "2.3.3.a", "2.3.4.a", "2.6.a"} <= covered_kes(a)


def test_bilingual_two_column_strategy(fresh4_run):
    a = fresh4_run["fr-nl-2026.bilingual"]
    assert [s for s, r in a.sections.items() if r.present] == ["2.1.2", "2.3.1", "2.3.3"]
    assert {"2.1.2.c", "2.3.1.a", "2.3.3.a"} <= covered_kes(a)
    assert not {k for k in covered_kes(a) if not k.startswith(("2.1.2", "2.3"))}


def test_maltese_strategy_with_english_quotations(fresh4_run):
    a = fresh4_run["mt-2026.en-quotes"]
    assert a.language == "mt" and {"1.a", "2.1.2.c", "2.3.1.b", "2.3.3.a"} <= covered_kes(a)


def test_house_rules_unhcr_update_and_visa_faq_are_out_of_scope(fresh4_run):
    for doc in ("de-house-rules", "en-unhcr-report", "pl-visa-faq"):
        a = fresh4_run[doc]
        assert not a.in_scope and not covered_kes(a) and [w.code for w in a.warnings] == ["W601"], doc


# ------------------------------------------------------------------------------------------------ open defects
def test_regulation_recitals_are_out_of_scope(fresh4_run):
    """Finding 2, fixed (scope.py ``legal_preamble``): the recitals of an EU regulation ('(3) Chaque État membre devrait
    établir une stratégie nationale …', no article headings) were in scope 0.74, 2.1.3.a addressed 1.00 from recital (5),
    2.6.d partial with 'ONT ADOPTÉ LE PRÉSENT RÈGLEMENT:' as evidence. The preamble's formulas and numbered recitals
    make a legal act, as article headings do."""
    a = fresh4_run["fr-regulation-recitals"]
    assert not a.in_scope and not covered_kes(a)
    assert [w.message for w in a.warnings] == [
        "not an asylum and migration strategy: structured as a legal act (preamble: enacting formula, 'whereas' formula, "
        "7 numbered recitals, 1 citation); coverage not assessed"]


# was a strict xfail (in scope 0.79: 2.6.p addressed and 2.6.d partial from '45 mln. eurų iš valstybės biudžeto ir Europos
# socialinio fondo plius'): out since the eighth session (scope5), about another policy field: none of its answer words is in a
# passage naming asylum or migration ("užsieniečiai", foreigners, and "integracija" are not such words) nor is its title
def test_labour_market_integration_strategy_is_not_an_asylum_strategy(fresh4_run):
    a = fresh4_run["lt-integration-strategy"]
    assert not a.in_scope or covered_kes(a) <= {"2.3.4.a"}
    assert [w.code for w in a.warnings] == ["W601"] and "about another policy field: 0% of its answer text" in a.warnings[0].message


def test_labour_market_integration_strategy_guard(fresh4_run):
    """The guard: nothing of asylum, borders, reception or return reads covered."""
    a = fresh4_run["lt-integration-strategy"]
    assert not {k for k in covered_kes(a) if k.startswith(("1.", "2.1", "2.2", "2.3.1", "2.3.2", "2.3.3", "2.4"))}


def test_capacity_section_with_a_long_table_of_measures(fresh4_run):
    """Finding 4, fixed (segment/headings.py): '2.6.' over one sentence and a 40-row table of measures was dropped as a
    heading (its rows name reception, borders, return: placed elsewhere by content); under a number confirmed by its
    title only the prose is judged now (tests/test_segment_tables.py)."""
    a = fresh4_run["lt-2026.long-table"]
    assert a.sections["2.6"].present and {"2.6.a", "2.6.b"} & covered_kes(a)


def test_long_table_guard(fresh4_run):
    """The guard: the repeated header rows do not break the document; 2.3.3 is read."""
    a = fresh4_run["lt-2026.long-table"]
    assert a.in_scope and "2.3.3.a" in covered_kes(a)


@pytest.mark.xfail(strict=True, reason="unnumbered Greek headings with PDF bookmarks: 'Ετοιμότητα' (preparedness: "
                   "15 000 places in 72 hours, instrumentalisation) is placed in 2.6 and 'Διαδικασίες ασύλου' in 2.3, so "
                   "2.4.* and 2.3.1.* read absent; the bookmarks name the chapters but are not read "
                   "(segment/outline.py placement by content; parse does not read the PDF outline)")
def test_unnumbered_greek_chapters_are_placed(fresh4_run):
    a = fresh4_run["el-2026.bookmarks"]
    assert block_sections(a, "Το εθνικό σχέδιο") == ["2.4"] and block_sections(a, "Η Υπηρεσία Ασύλου") == ["2.3.1"]


def test_unnumbered_greek_chapters_guard(fresh4_run):
    a = fresh4_run["el-2026.bookmarks"]
    assert a.in_scope and {"1.a", "2.1.2.d"} <= covered_kes(a)


@pytest.mark.xfail(strict=True, reason="with the headings as pictures, the asylum-procedure paragraph ('Le Commissioni "
                   "territoriali decideranno le domande entro sei mesi …') is placed in 2.3.3: 2.3.1.b absent "
                   "(segment placement by content)")
def test_pictured_heading_procedure_paragraph_is_placed(fresh4_run):
    a = fresh4_run["it-2026.image-headings"]
    assert block_sections(a, "Le Commissioni territoriali") == ["2.3.1"] and "2.3.1.b" in covered_kes(a)


def test_soft_hyphen_capacity_paragraph_covers_resources_and_amif(fresh4_run):
    """Finding 8: 2.6 answered in one paragraph (2.4 billion EUR, 310 million from AMIF, Eurodac and EES) read 2.6.a and
    2.6.d absent (0.40). Covered on main since compact2's compact examples in the evidence bank (2.6.a A0.99, 2.6.d
    p0.99, real model 2026-12-06; the document has no table and no columns, so segtable's changes do not reach it)."""
    a = fresh4_run["de-2026.softhyphen"]
    assert {"2.6.a", "2.6.d"} <= covered_kes(a)


def test_soft_hyphens_and_ligatures_guard(fresh4_run):
    """The guard: soft hyphens and ligatures read as plain words; four sections numbered."""
    a = fresh4_run["de-2026.softhyphen"]
    assert [s for s, r in a.sections.items() if r.method == "numbered"] == ["2.1.2", "2.3.1", "2.3.3", "2.6"]
    assert {"2.1.2.c", "2.3.1.a", "2.3.3.a"} <= covered_kes(a)
    text = " ".join(b.text for b in a.blocks)
    assert "\xad" not in text and "\ufb02" not in text and "Verpflegung" in text and "Integrationsfonds" in text
