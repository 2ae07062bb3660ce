"""Findings of the fresh-eyes tester of the ninth session, with the real model.

Inputs in ``tests/data/fresh6`` (README there: what each is, what a correct analysis says, what the analyser gave),
written before the first run and never tuned on. Fixed defects are pinned by plain tests; each open defect is a
strict xfail asserting what an analyst expects, naming the defect, its figure and the owner's module, beside guard
tests of what works. One pipeline run over the documents per module.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_model import covered_kes, present_sections

pytestmark = pytest.mark.model

FRESH6 = Path(__file__).parent / "data" / "fresh6"
DOCS = ("bg-2026.twocol-hyphen.pdf", "cs-2026.measures-table.pdf", "sk-2026.word-headings.docx", "lv-2026.long.pdf",
        "sl-2026.partial-scope.txt", "hr-2026.questions-short-answers.txt", "fi-2026.ocr-layer.pdf",
        "lt-2026.layout-table.docx", "el-2026.letters-footnotes.pdf", "et-regulation-excerpt.txt",
        "sk-court-judgment.txt", "lv-statistics-bulletin.pdf", "fi-reception-allowance-form.docx",
        "mt-job-advert.txt")


@pytest.fixture(scope="module")
def run(analyse_and_load):
    return analyse_and_load("fresh6", [FRESH6 / d for d in DOCS])


# ------------------------------------------------------------------------------------------------ fixed
def test_word_layout_table_strategy(run):
    """Fixed (parse/docx.py, parse/tables.layout_table): the Lithuanian strategy typed into a two-column Word table
    was one table block, section 1 only, 2 key elements covered (1.a p0.69, 1.b p0.84). Now its titles open their
    sections and 10 are covered."""
    a = run["lt-2026.layout-table"]
    assert a.in_scope
    assert present_sections(a) == ["1", "2.1.2", "2.3.3", "2.4", "2.6"]
    assert {"1.a", "2.1.2.c", "2.3.3.a", "2.4.d", "2.6.a", "2.6.d"} <= covered_kes(a)
    assert "2.1.1.b" not in covered_kes(a)


def test_wide_line_spacing_strategy(run):
    """Fixed (parse/blocks._line_spacing_gap): the Finnish OCR'd strategy set with 1.5 line spacing was one block
    per line; 1.a absent 0.09, 2.1.2.c partial 0.63. Now its paragraphs are whole: both covered."""
    a = run["fi-2026.ocr-layer"]
    assert a.in_scope
    assert present_sections(a) == ["1", "2.1.2", "2.3.3", "2.6"]
    assert {"1.a", "2.1.2.c", "2.6.d"} <= covered_kes(a)
    assert not [b for b in a.blocks if b.role == "answer_heading"]


# ------------------------------------------------------------------------------------------------ what works (guards)
def test_two_columns_hyphenated(run):
    a = run["bg-2026.twocol-hyphen"]
    assert a.in_scope and a.language == "bg"
    assert present_sections(a) == ["1", "2.1.2", "2.3.3", "2.6"]
    assert {"1.a", "1.c", "2.1.2.c", "2.3.3.a", "2.6.a", "2.6.b", "2.6.d"} <= covered_kes(a)
    assert not {"2.4.d", "2.1.1.b"} & covered_kes(a)
    assert [b.role for b in a.blocks if b.text.startswith("Стр. ")] == ["header_footer"]


def test_long_latvian_strategy(run):
    """42 pages, nine numbered sections, every one found by its number."""
    a = run["lv-2026.long"]
    assert a.in_scope
    assert present_sections(a) == ["1", "2.1.1", "2.1.2", "2.3.1", "2.3.3", "2.3.4", "2.4", "2.5", "2.6"]
    assert {"1.a", "1.c", "2.1.1.a", "2.1.1.b", "2.1.2.c", "2.3.1.b", "2.3.3.a", "2.3.4.a", "2.4.d", "2.5.a",
            "2.6.d"} <= covered_kes(a)
    assert not {"2.2.1.a", "2.1.3.a"} & covered_kes(a)


def test_strategy_saying_what_it_does_not_do(run):
    """The Slovenian strategy answers reception, integration and resources and says return, the external dimension
    and contingency planning are not treated: those stay absent."""
    a = run["sl-2026.partial-scope"]
    assert a.in_scope
    assert {"2.3.3.a", "2.3.4.a", "2.6.a", "2.6.d"} <= covered_kes(a)
    assert a.coverage["2.3.3.a"].label == "addressed"
    assert not {"2.1.2.c", "2.1.1.a", "2.4.d", "2.4.p", "2.2.1.a"} & covered_kes(a)


@pytest.mark.xfail(strict=True, reason="aspects13 regression (merge of the thirteenth session): 2.3.4.a partial 1.00, its "
                   "healthcare ask missing (0.85; own_sib_margin -0.008, sib_margin +0.048): 'Dostop do zdravstvenega varstva "
                   "in socialne pomoči je enak kot za državljane.' names health care and social assistance in one sentence "
                   "of 2.3.4, and the own-evidence rule no longer counts the reception sentence's 'zdravstveno oskrbo'")
def test_slovenian_integration_is_addressed(run):
    """The Slovenian integration answer (language course, job search, housing allowance, school, health care and social
    assistance as for citizens) addresses 2.3.4.a."""
    assert run["sl-2026.partial-scope"].coverage["2.3.4.a"].label == "addressed"


def test_word_headings_without_numbers(run):
    a = run["sk-2026.word-headings"]
    assert present_sections(a) == ["1", "2.1.1", "2.1.2", "2.5"]
    assert {"1.a", "2.1.1.b", "2.1.2.a", "2.1.2.b", "2.1.2.c", "2.5.a"} <= covered_kes(a)
    assert not {"2.3.3.a", "2.6.a"} & covered_kes(a)


def test_greek_letter_chapters(run):
    a = run["el-2026.letters-footnotes"]
    assert present_sections(a) == ["1", "2.1.2", "2.3.3", "2.6"]
    assert {"1.a", "2.1.2.c", "2.3.3.a"} <= covered_kes(a)
    assert [b.role for b in a.blocks if b.text.startswith("Ν. 5078/2023")] == ["footnote"]


def test_measures_table_on_landscape_page(run):
    a = run["cs-2026.measures-table"]
    assert present_sections(a) == ["1", "2.3.1", "2.3.3", "2.6"]
    assert {"1.a", "2.3.1.b", "2.3.3.a", "2.6.a"} <= covered_kes(a)


def test_questions_with_non_answers(run):
    """Reproduced questions answered "Nije primjenjivo." and "Da, u okviru državnog proračuna." stay absent."""
    a = run["hr-2026.questions-short-answers"]
    assert {"1.a", "1.c", "2.3.3.a", "2.6.d"} <= covered_kes(a)
    assert not {"2.1.2.a", "2.6.a"} & covered_kes(a)
    assert all(b.role == "template_question" for b in a.blocks if b.text.startswith("— "))


def test_regulation_and_form_are_out_of_scope(run):
    assert not run["et-regulation-excerpt"].in_scope
    assert not run["fi-reception-allowance-form"].in_scope


def test_court_judgment_is_out_of_scope(run):
    """Fixed (ninth session, scope6 and scope7): the Slovak judgment ("ROZSUDOK V MENE SLOVENSKEJ REPUBLIKY", docket
    "Sp. zn. 1Sak/14/2025", roman-numeral parts) was in scope 0.90: its own titles placed by title exempted it from the
    genre veto. Since only Annex headings and rank-1 own titles count (scope.annex_headed_sections) the genre model puts
    it out (genre 0.10); its opening line also names a judgment (scope.kind_line), should the genre read it higher."""
    a = run["sk-court-judgment"]
    assert not a.in_scope
    assert a.in_scope_genre is not None and a.in_scope_genre < 0.5


def test_statistics_bulletin_is_out_of_scope(run):
    """Fixed (scope7, scope.kind_line): the Latvian bulletin was in scope 0.99 (genre 0.51, title 0.37, other 0.66);
    its opening line "Statistikas biļetens Nr. 4/2025: patvērums un atgriešana, …" names a statistics bulletin."""
    a = run["lv-statistics-bulletin"]
    assert not a.in_scope
    assert "opening line names another kind of document: a statistics bulletin" in a.warnings[0].message


def test_job_advert_is_out_of_scope(run):
    """Fixed (scope7, scope.vacancy_marks and scope.kind_line): the Maltese advert was in scope 0.69 (genre 0.53, title
    0.40; 1.b addressed 0.87); it is written as an advert's parts ("Dmirijiet", "Rekwiżiti", "Salarju: …", "CV u ittra ta'
    motivazzjoni") and its heading "Sejħa għal applikazzjonijiet: Uffiċjal …" names a call for applications."""
    a = run["mt-job-advert"]
    assert not a.in_scope
    assert "structured as a job advert (its parts: duties, requirements, salary, application)" in a.warnings[0].message
    from analyser.scope import kind_line
    from analyser.calibrate import segmentation_from_analysis
    assert kind_line(segmentation_from_analysis(a)) == "job vacancy notice"


# ------------------------------------------------------------------------------------------------ open defects
def test_return_answer_after_question_is_an_answer(run):
    """Fixed (segment/template_text._question_reproduced_once): the Croatian answer 'Godišnje vraćamo 3 000 osoba,
    prvenstveno dobrovoljnim povratkom …' right after its reproduced question was taken by the document's cosine
    split (0.854 above its cut 0.836) and kept as a template_question: its question '— Kako se učinkovito upravlja
    vraćanjem …?' was closer by 0.0199, under the 0.02 margin. A block shaped as the question is the reproduction
    at any margin: the answer is an answer and 2.1.2.c is covered."""
    a = run["hr-2026.questions-short-answers"]
    assert [b.role for b in a.blocks if b.text.startswith("Godišnje vraćamo")] == ["answer"]
    assert "2.1.2.c" in covered_kes(a)


@pytest.mark.xfail(strict=True, reason="match/score: the answer 'Da.' (yes) to the reproduced question of 1.b covers "
                   "1.b (addressed 0.62; evidence 'Da, u okviru državnog proračuna.' of 2.6 and the 1.a answer)")
def test_yes_is_no_strategic_vision(run):
    assert "1.b" not in covered_kes(run["hr-2026.questions-short-answers"])


@pytest.mark.xfail(strict=True, reason="match/score (Finnish): 'Vastaanottokeskusten kapasiteetti pidetään 9 000 "
                   "paikassa, ja hakijoille turvataan majoitus, ateria, terveydenhuolto ja vastaanottoraha.' placed in "
                   "2.3.3 but 2.3.3.a absent 0.20 (its sentence's vote + probe rank 2.4.d first: capacity in places "
                   "reads as mass arrivals); 'Järjestelmät liitetään Eurodaciin.' 2.6.b covered (partial 0.77, before "
                   "recall11 too)")
def test_finnish_reception_paragraph_covers_reception(run):
    assert {"2.3.3.a", "2.6.b"} <= covered_kes(run["fi-2026.ocr-layer"])


@pytest.mark.xfail(strict=True, reason="match/score on tables: the Czech action plan's row 'Rekonstrukce přijímacího "
                   "střediska Zastávka | SUZ | 2028 | 380 | AMIF 75 %' leaves 2.6.d absent 0.12 (the row's vote + "
                   "probe rank 2.6.a first: a budget row); 'Propojení … s Eurodac a EES | … | BMVI' covers 2.6.b "
                   "(partial 0.99, before recall11 too)")
def test_measures_table_funds_and_systems(run):
    assert {"2.6.b", "2.6.d"} <= covered_kes(run["cs-2026.measures-table"])


def test_greek_funds(run):
    """Fixed (recall11, compact examples of 2.6.d stating an EU fund's share: "Av dessa kommer 900 miljoner kronor från
    Asyl-, migrations- och integrationsfonden"): 'εκ των οποίων 800 εκατ. ευρώ από το Ταμείο Ασύλου, Μετανάστευσης
    και Ένταξης' covers 2.6.d (absent 0.22 before; partial 0.61)."""
    assert "2.6.d" in covered_kes(run["el-2026.letters-footnotes"])


@pytest.mark.xfail(strict=True, reason="match/score (Greek): 'λόγω της γεωγραφικής θέσης της χώρας στα "
                   "εξωτερικά θαλάσσια σύνορα' 1.c absent 0.03")
def test_greek_location(run):
    assert "1.c" in covered_kes(run["el-2026.letters-footnotes"])


def test_slovak_partnerships_cover_2_1_1_a(run):
    """Fixed (recall11, text.clauses): 'Slovensko uzavrie partnerstvá … o readmisii a boji proti prevádzačstvu; v rámci
    programu presídľovania Únie …' was one sentence whose vote went to resettlement (2.1.1.b; 2.1.1.a absent 0.16);
    its readmission clause is now a unit of its own, focus 2.1.1.a (partial 0.97)."""
    assert "2.1.1.a" in covered_kes(run["sk-2026.word-headings"])
