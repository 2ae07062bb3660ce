"""Findings of the fresh-eyes tester of the tenth session, with the real model.

Inputs in ``tests/data/fresh7`` (README there: what each is, what a correct analysis says, what the analyser gave),
written before the first run and never tuned on. Each open defect is a strict xfail asserting what an analyst expects,
naming the defect, its figure and the owner's module, beside guard tests of what works. One pipeline run over the
documents per module.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_model import covered_kes, first_block_section, present_sections

pytestmark = pytest.mark.model

FRESH7 = Path(__file__).parent / "data" / "fresh7"
DOCS = ("mt-en-2026.parallel.pdf", "ga-en-2026.sequential.txt", "lu-fr-de-2026.sequential.docx",
        "hu-2026.en-template.txt", "ro-2026.stats-annex.txt", "cs-2026.mislabelled.txt", "sv-2026.amendment.txt",
        "fi-2026.page-spanning-table.pdf", "hr-2026.utf16-crlf.txt", "pt-2026.broken-xref.pdf",
        "fr-council-decision.txt", "it-amif-project-report.txt", "sv-integration-strategy.txt",
        "cs-law-syllabus.txt")


@pytest.fixture(scope="module")
def run(analyse_and_load):
    return analyse_and_load("fresh7", [FRESH7 / d for d in DOCS])


# ------------------------------------------------------------------------------------------------ what works (guards)
def test_parallel_maltese_english_columns(run):
    """A borderless two-column table, Maltese left, English right: both read, sections by number, 9 covered."""
    a = run["mt-en-2026.parallel"]
    assert a.in_scope and a.language == "mt"
    assert present_sections(a) == ["1", "2.1.2", "2.3.3", "2.6"]
    assert {"1.a", "1.c", "2.1.2.c", "2.3.3.a", "2.6.a", "2.6.d"} <= covered_kes(a)
    assert not {"2.1.1.b", "2.4.d", "2.2.1.a"} & covered_kes(a)


def test_hungarian_answers_under_english_template(run):
    """English Annex headings and questions are template text; the Hungarian answers are the evidence."""
    a = run["hu-2026.en-template"]
    assert a.in_scope and a.language == "hu"
    assert present_sections(a) == ["1", "2.1.2", "2.3.3", "2.6"]
    assert {b.role for b in a.blocks if b.text.startswith("—")} == {"template_question"}
    assert {"1.a", "2.1.2.c", "2.3.3.a", "2.6.d"} <= covered_kes(a)
    assert not {"2.4.d", "2.1.1.b", "2.6.b"} & covered_kes(a)
    for k in ("1.a", "2.1.2.c", "2.3.3.a", "2.6.d"):
        assert not a.coverage[k].evidence[0].text.startswith("—")


def test_statistical_annex_opens_no_section(run):
    """12 tables "Tabelul N." after "Anexa 1. Date statistice": annex blocks, no section, no evidence."""
    a = run["ro-2026.stats-annex"]
    assert a.in_scope
    assert present_sections(a) == ["1", "2.1.2", "2.3.3"]
    annex = [b for b in a.blocks if b.role == "annex"]
    assert len(annex) == 25 and all(b.section is None for b in annex)
    assert {"1.a", "1.c", "2.1.2.c", "2.3.3.a"} <= covered_kes(a)
    assert not {"2.6.d", "2.4.d", "2.3.1.b"} & covered_kes(a)


def test_utf16_crlf_text_and_broken_xref_pdf(run):
    """A UTF-16 LE text with BOM and CRLF, and a PDF whose xref offsets are all wrong, read as typed."""
    hr = run["hr-2026.utf16-crlf"]
    assert present_sections(hr) == ["1", "2.1.2", "2.3.3", "2.6"]
    assert not any("\r" in b.text or "\ufeff" in b.text for b in hr.blocks)
    assert {"1.a", "1.c", "2.1.2.c", "2.3.3.a", "2.6.a", "2.6.d"} <= covered_kes(hr)
    assert "2.4.d" not in covered_kes(hr)
    pt = run["pt-2026.broken-xref"]
    assert present_sections(pt) == ["1", "2.1.2", "2.3.3", "2.6"]
    assert {"1.a", "2.1.2.c", "2.3.3.a", "2.6.a", "2.6.d"} <= covered_kes(pt)
    assert "2.4.d" not in covered_kes(pt)


def test_council_decision_project_report_syllabus_are_out_of_scope(run):
    """A Council implementing decision (legal act), an AMIF project's final report and a law syllabus: out."""
    for d in ("fr-council-decision", "it-amif-project-report", "cs-law-syllabus"):
        a = run[d]
        assert not a.in_scope, d
        assert covered_kes(a) == set(), d


def test_mislabelled_titles_keep_the_return_answer(run):
    """Numbers of the Annex, titles of other sections: the return answer under "2.1.2. Účinná podpora ostatních
    členských států" (2.1.3's title) stays in 2.1.2; no solidarity (2.1.3.a), integration or partners invented."""
    a = run["cs-2026.mislabelled"]
    assert first_block_section(a, "Ročně bude navráceno") == "2.1.2"
    assert {"1.a", "2.1.2.a", "2.1.2.c", "2.3.3.a", "2.4.e"} <= covered_kes(a)
    assert not {"2.1.3.a", "2.3.4.a", "2.1.1.a"} & covered_kes(a)


# ------------------------------------------------------------------------------------------------ fixed (biling)
def test_irish_english_strategy_return_is_covered(run):
    """Irish, then English: the template split is made per language part (e5's cosines shift with the language)
    and a paraphrase carrying its own figures ("1 200") is an answer, so the English return answer is one (fresh7 #1,
    fixed by biling)."""
    a = run["ga-en-2026.sequential"]
    assert first_block_section(a, "Every year 1 200") == "2.1.2"
    assert {b.role for b in a.blocks if b.text.startswith("Every year 1 200")} == {"answer"}
    assert "2.1.2.c" in covered_kes(a)


def test_first_half_of_a_bilingual_strategy_keeps_its_numbers(run):
    """French then German, Irish then English: each language part keeps its Annex headings (one per section and
    part), and the titles opening the second part ("Deutsche Fassung", "English version") are its front matter, no
    section of their own (fresh7 #2, fixed by biling)."""
    lu = run["lu-fr-de-2026.sequential"]
    assert present_sections(lu) == ["1", "2.1.2", "2.3.3"]
    assert first_block_section(lu, "Chaque année, 400") == "2.1.2"
    ga = run["ga-en-2026.sequential"]
    assert present_sections(ga) == ["1", "2.1.2", "2.3.3", "2.6"]
    assert first_block_section(ga, "Gach bliain cuirfear") == "2.1.2"
    for a, title in ((lu, "Deutsche Fassung"), (ga, "English version")):
        assert {(b.section, b.role) for b in a.blocks if b.text == title} == {(None, "front_matter")}


# ------------------------------------------------------------------------------------------------ open defects
def test_page_spanning_table_of_measures_opens_section_2(run):
    """Fixed (segfix11, segment half of fresh7 #3): '2. Strategiset tavoitteet ja keskeiset toimenpiteet' did not
    open section 2 and the 40-row table of measures sat in section 1; "1." and "2." as the document's only one-digit
    headings are the Annex's two top-level sections, and a parent section's heading is not judged on its tables."""
    a = run["fi-2026.page-spanning-table"]
    assert present_sections(a) == ["1", "2"]
    assert {b.section for b in a.blocks if b.text.startswith("Teema | Toimenpide")} == {"2"}


@pytest.mark.xfail(strict=True, reason="match/score (tables): the table of measures' AMIF/BMVI funding is a column "
                   "of every row, no row of its own: 2.6.d absent 0.05 (fresh7 #3; its return, reception, Eurodac/EES "
                   "and mass-arrival rows are covered since recall12, test below)")
def test_page_spanning_table_of_measures_is_read(run):
    a = run["fi-2026.page-spanning-table"]
    assert {"2.1.2.c", "2.3.3.a", "2.6.d"} <= covered_kes(a)


def test_rows_under_chapter_2_evidence_the_key_elements_below_it(run):
    """Fixed (recall12, `score.PARENT_UNITS`): the table stands under "2. Strategiset tavoitteet ja keskeiset
    toimenpiteet" (sections 1 and 2 only), so no row stood in a key element's own section: 2.1.2.c 0.01, 2.3.3.a 0.02,
    2.6.b 0.03, 2.4.d 0.01, 2.1.2.a 0.04 absent. A row standing above a section the strategy did not write may be the
    window of the key element it ranks first: the return, reception, Eurodac/EES, mass-arrival and Dublin rows cover
    them (A0.97, A0.99, P0.91, P0.84, A1.00)."""
    a = run["fi-2026.page-spanning-table"]
    assert {"2.1.2.a", "2.1.2.c", "2.3.3.a", "2.3.4.a", "2.4.d", "2.6.b"} <= covered_kes(a)
    assert not {"2.1.1.b", "2.5.c"} & covered_kes(a)


def test_a_chapter_heading_is_no_strategic_vision(run):
    """Fixed (segfix11): the Finnish chapter heading '2. Strategiset tavoitteet ja keskeiset toimenpiteet' was the
    evidence of 1.b (partial 0.97); it now opens section 2 (`headings._find_headings`: "1." and "2." as a
    document's only one-digit headings are the Annex's two top-level sections) and is a heading, no evidence: 1.b
    absent 0.19."""
    a = run["fi-2026.page-spanning-table"]
    c = a.coverage["1.b"]
    assert c.label == "absent" or not c.evidence[0].text.startswith("2. Strategiset tavoitteet")


def test_a_table_row_of_measures_is_no_strategic_vision(run):
    """1.b (strategic vision) was partial 0.98 on a table row of reception measures ('Vastaanotto | Ilman huoltajaa
    tulleiden lasten ryhmäkodit, 400 paikkaa …') once the page-spanning table was one block (officepdf) while it
    still stood in section 1; with section 2 opened by its heading (segfix11) the row is no evidence of 1.b."""
    a = run["fi-2026.page-spanning-table"]
    c = a.coverage["1.b"]
    assert c.label == "absent" or not c.evidence[0].text.startswith("Vastaanotto |")


def test_mislabelled_sections_follow_number_and_content(run):
    """Fixed (segfix11, `outline._mislabelled_annex_numbers`): '1. Účinná podpora ostatních členských států' went to
    2 and '2.3.3. Podmínky pro úspěšnou a včasnou integraci' over a reception answer to 2.4 (sections 2, 2.1.2, 2.4).
    Number and title disagree, the text below reads the number's section first: the number, confidence 0.5."""
    a = run["cs-2026.mislabelled"]
    assert present_sections(a) == ["1", "2.1.2", "2.3.3", "2.4"]
    assert a.sections["2.3.3"].confidence == 0.5 and a.sections["1"].confidence == 0.5


@pytest.mark.xfail(strict=True, reason="match/score (Czech): 'Pohotovostní plán pro hromadný příliv počítá s 5 000 "
                   "dočasnými místy do 72 hodin' is evidence of 2.4.c (partial 0.54), not of 2.4.d: mass arrivals "
                   "absent 0.05 (fresh7 #5); since recall11 a clause of its own, whose vote + probe rank 2.6.p, 2.6.a "
                   "(temporary places read as resources) before 2.4.d")
def test_czech_mass_arrival_plan_covers_2_4_d(run):
    assert "2.4.d" in covered_kes(run["cs-2026.mislabelled"])


def test_amendment_is_out_of_scope_as_an_amendment(run):
    """Fresh7 #5 (fixed by scope9, seen): a government decision amending the strategy was read as a strategy (in scope
    0.82; "Avsnitt 2.4.3 ska utgå" opened 2.4, 2.4.a partial from "Ändringarna träder i kraft …"). Its instructions
    (a section number and an amending formula, scope.amendment_instructions) put it out, the reason naming the
    amendment; an analyst who files it with its strategy reviews it in (its coverage is kept in coverage_if_in_scope)."""
    a = run["sv-2026.amendment"]
    assert not a.in_scope and not covered_kes(a)
    assert [w.code for w in a.warnings if w.code == "W601"] == ["W601"]
    msg = next(w.message for w in a.warnings if w.code == "W601")
    assert "an amendment of another text, not a strategy: 3 amending instructions" in msg, msg


def test_integration_strategy_is_not_an_asylum_strategy(run):
    """Fresh7 #4 (fixed by scope9, seen): a national integration strategy (all newcomers' work, Swedish, housing; no
    asylum, reception, return, borders) was in scope 0.78 (genre 0.95, no title page: its title was an answer heading);
    its title names integration and neither asylum nor migration (scope.integration_title)."""
    a = run["sv-integration-strategy"]
    assert not a.in_scope
    assert any("an integration strategy, not an asylum and migration management strategy" in w.message for w in a.warnings)
