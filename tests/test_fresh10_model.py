"""Findings of the fresh-eyes tester of the thirteenth session, with the real model.

Inputs in ``tests/data/fresh10`` (README there: what each is, what a correct analysis says, what the analyser gave),
written before the first run and never tuned on (all held-out). Each open defect is a strict xfail asserting what an
analyst expects, beside guard tests of what works. One pipeline run over the readable documents per module.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

FRESH10 = Path(__file__).parent / "data" / "fresh10"
DOCS = ("en-ie-dail-debate.txt", "et-2026.one-table.pdf", "hr-2026.excerpt-A-B.txt", "cs-2026.moved-tracked.docx",
        "pl-2026.320-pages.pdf", "sl-2026.twocol-annex-header.pdf", "de-annex-template-blank.pdf")
DEFAULT = {"1.a", "2.1.2.c", "2.3.3.a", "2.6.a", "2.6.d"}
NOT_SAID = {"2.1.1.b", "2.3.4.a", "2.4.d"}


@pytest.fixture(scope="module")
def run(analyse_and_load):
    return analyse_and_load("fresh10", [FRESH10 / d for d in DOCS])


def _covered(a) -> set[str]:
    return {k for k, c in a.coverage.items() if c.label != "absent"}


def _present(a) -> list[str]:
    return [s for s, r in a.sections.items() if r.present]


# ------------------------------------------------------------------------------------------------ what works (guards)
def test_croatian_excerpt_renumbered_a_b_is_return_and_reception(run):
    """"A. Vraćanje", "B. Uvjeti prihvata": 2.1.2 and 2.3.3, not 1 and 2; nothing else covered."""
    a = run["hr-2026.excerpt-A-B"]
    assert a.in_scope and _present(a) == ["2.1.2", "2.3.3"]
    assert {"2.1.2.c", "2.3.3.a"} <= _covered(a)
    assert not {"1.a", "1.c", "2.6.a", "2.6.d", *NOT_SAID} & _covered(a)


def test_tracked_deletions_and_moves_are_not_read(run):
    """Deleted "2 000", the moveFrom copy and the deleted answer of 2.4 are no text; 2.4.d absent."""
    a = run["cs-2026.moved-tracked"]
    assert a.in_scope and DEFAULT <= _covered(a) and not NOT_SAID & _covered(a)
    text = "\n".join(b.text for b in a.blocks)
    assert "2 000" not in text and "Bělé" not in text and "10 000 nouzových" not in text


def test_a_320_page_strategy_finds_its_contingency_plan_on_page_290(run):
    a = run["pl-2026.320-pages"]
    assert a.in_scope and _present(a) == ["1", "2.1.2", "2.3.3", "2.4", "2.6"]
    assert {"1.a", "2.1.2.c", "2.3.3.a", "2.4.d", "2.6.d"} <= _covered(a)
    assert a.coverage["2.4.d"].label == "addressed" and a.coverage["2.4.d"].evidence[0].page == 290


def test_german_annex_left_blank_covers_nothing(run):
    a = run["de-annex-template-blank"]
    assert not a.in_scope and not _covered(a)


def test_estonian_strategy_that_is_one_table_is_in_and_answered(run):
    """Was one ``table`` block in 2.4, out of scope by genre (0.34); then, read apart, out as "about another policy
    field" (0% of its answer text naming migration: Estonian "tagasipöördumine", return, was no migration term)."""
    a = run["et-2026.one-table"]
    assert a.in_scope, a.warnings
    assert not NOT_SAID & _covered(a)


@pytest.mark.xfail(strict=True, reason="known defect (fifteenth session's merges): exact14's topical '2.1.2.' with the "
                   "confirmed '2.3.3.' leaves the trailing '2.6. Suutlikkus' (title rank 9, topic rank 10) an answer "
                   "heading in 2.3.3; interact15 dropped the topical numbers for any unconfirmed styled number, which "
                   "lost fresh15's Slovenian OCR scan (its trailing '2.6. Viri' is taken later), so only a number before "
                   "the last settled heading drops them now ('1.' is right again, by heads15's topic ranks)")
def test_estonian_one_table_sections_and_answers(run):
    """exact14's topical "2.1.2." with the confirmed "2.3.3." had left "1." front matter and "2.6." an answer heading
    in 2.3.3; topical numbers stand only where they complete the run of Annex numbers."""
    a = run["et-2026.one-table"]
    assert _present(a) == ["1", "2.1.2", "2.3.3", "2.6"]
    assert DEFAULT <= _covered(a)


# ------------------------------------------------------------------------------------------------ open defects
def test_parliamentary_debate_is_out(run):
    """fresh10 #1, fixed (debate13): the agenda line naming the strategy read as its title (genre 0.07 not asked); the
    speaker turns in a dialogue put it out (it was in 0.55 with 1.b addressed 0.99 on "The Deputy has had four minutes.")."""
    a = run["en-ie-dail-debate"]
    assert not a.in_scope and a.in_scope_score == 0.2732 and not _covered(a)
    assert any(w.code == "W601" and "the record of a debate or hearing, not a strategy: 7 speaker turns by 5 speakers"
               in w.message for w in a.warnings)


@pytest.mark.xfail(strict=True, reason="fresh10 #3: the Slovenian two-column strategy's title (left column, four "
                   "lines) is an answer heading placed in 2.2.2 with a paragraph under it (segment)")
def test_twocolumn_title_opens_no_section(run):
    a = run["sl-2026.twocol-annex-header"]
    assert _present(a) == ["1", "2.1.2", "2.3.3", "2.6"]


def test_twocolumn_running_header_naming_a_section_opens_nothing(run):
    """The header "Priloga k Izvedbenemu sklepu … – 2.6. Zmogljivosti" on every page is furniture; the default covered."""
    a = run["sl-2026.twocol-annex-header"]
    assert a.in_scope and DEFAULT <= _covered(a) and not NOT_SAID & _covered(a)
    assert all(b.role == "header_footer" for b in a.blocks if b.text.startswith("Priloga k Izvedbenemu"))


@pytest.mark.xfail(strict=True, reason="fresh10 #4: the 320-page Polish strategy's 1.c is absent (0.01) although "
                   "page 3 names the border with Belarus and what it means for priorities (score)")
def test_long_strategy_geography_is_covered(run):
    assert "1.c" in _covered(run["pl-2026.320-pages"])
