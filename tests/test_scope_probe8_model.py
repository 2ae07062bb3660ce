"""The eighth session's scope probe, with the real model (``tests/data/scope_probe8/README.md``).

A probe for false negatives of the eighth session's scope cues (call for tenders, an opening line naming a press release
or a budget, "about another policy field": the migration share): fourteen single- or two-chapter strategy excerpts
without a title page, one per Annex section family, in thirteen languages (bg, de, el, et, fi, hr, it, lv, mt, nl, pl,
pt, sl, sv), written like a ministry's chapter with the sparse vocabulary real chapters have; and three documents of
other kinds that a naive loosening would let in (an NGO's legal-aid report, a municipal integration plan, a press
release without a masthead). Written and committed before the analyser was run on them; never used to fit anything.
A strict xfail names each miss: the cue that decides it and its figure. One pipeline run per session.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers_model import assert_out_of_scope

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "scope_probe8"
STRATEGIES = ("p8-bg-kontekst", "p8-el-2-6-ikanotita", "p8-et-valmisolek", "p8-fi-henkilosto", "p8-it-solidarieta",
              "p8-mt-1-kuntest", "p8-nl-twee-hoofdstukken", "p8-pl-2-4-gotowosc", "p8-pt-coordenacao",
              "p8-sl-vkljucevanje", "p8-sv-atervandande",
              # missed by the first run (migration share 0%: 'vraćanja', 'ponovnog prihvata', 'granicom'; 'migrācijas',
              # 'nepavadītam' were no stems); in since the cue asks only documents with a title page and the stems were
              # added (both fixes made after seeing these two: not a held-out measure any more)
              "p8-hr-vanjska", "p8-lv-nepilngadigie")
MISSED = {  # strategy excerpt put out of scope → the cue and its figure
    "p8-de-2-5-2-6-zwei-kapitel": "topicality 0.38 (from 0.5): a numbered 2.5 coordination and 2.6 capacity chapter in German "
                                  "that names no asylum or migration word reads like another field's (passages 0.51, 0.35, "
                                  "0.22); not its Annex headings, which no passage holds (0.38 under own titles or none too); "
                                  "'Das Bundesamt für Migration und Flüchtlinge' for 'Das Bundesamt' reads 0.55 (in), as its "
                                  "Czech twin naming 'azylové a migrační politiky' reads 0.90 (scope_heldout8)",
}
NOT_STRATEGIES = {  # document → the start of its W601 reason
    "n8-ngo-rechtsbijstand-es": "written as a report",  # genre 0.09
    "n8-tisk-ro": "written as a report",  # genre 0.32; migration share 0.84, no masthead
    # in scope at first (topicality 0.89, genre 0.52, no title page, 'cizinci' no migration stem); out since the tenth
    # session by the city as its actor ("Město zajistí …", scope.municipal_actor, coded after seeing it: not held-out)
    "n8-obec-integrace-cs": "written by a municipality: 2 of its sentences have the city as their subject",
}


@pytest.fixture(scope="module")
def probe8_run(analyse_and_load):
    return analyse_and_load("probe8", [DATA / "strategies", DATA / "negatives"], doc_ids=[*STRATEGIES, *MISSED, *NOT_STRATEGIES])


def _assert_in_scope(a, doc_id):
    assert a.in_scope and a.in_scope_score >= 0.5 and not a.warnings, (doc_id, a.in_scope_score, a.warnings)
    assert any(c.label != "absent" for c in a.coverage.values()), doc_id


@pytest.mark.parametrize("doc_id", STRATEGIES)
def test_strategy_excerpt_without_title_page_is_in_scope(probe8_run, doc_id):
    _assert_in_scope(probe8_run[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", [pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=r)) for d, r in MISSED.items()])
def test_missed_strategy_excerpt_is_in_scope(probe8_run, doc_id):
    _assert_in_scope(probe8_run[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", sorted(NOT_STRATEGIES))
def test_document_of_another_kind_is_out_of_scope(probe8_run, doc_id):
    assert_out_of_scope(probe8_run[doc_id], NOT_STRATEGIES[doc_id], only_w601=True)


def test_excerpts_in_scope_hinge_on_a_body_named_after_migration(probe8_run):
    """Figures the README reports: the Estonian 2.4 chapter is in only because its police and border guard board's name
    holds 'piirivalv' (migration share 0.29, from 0.25)."""
    from analyser.scope import _MIGRATION_TERMS

    text = (DATA / "strategies" / "p8-et-valmisolek.txt").read_text(encoding="utf-8")
    hits = {m.group(0).lower() for m in _MIGRATION_TERMS.finditer(text)}
    assert hits == {"piirivalv"}
    assert probe8_run["p8-et-valmisolek"].in_scope
