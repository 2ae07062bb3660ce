"""The eighth scope held-out set, with the real model (``tests/data/scope_heldout8/README.md``).

Written and committed before any run of it and before the tenth session's scope changes were coded: nine strategy parts
that are hard by nature (single context chapters, 2.5 coordination and 2.6 capacity chapters under the Annex's titles or
own titles, two chapters 2.5 and 2.6, an annex of measures as lines and as a table; pt, fi, hu, cs, ro, sv, fr, lt) and
eight on-topic documents of other kinds (a supreme administrative court's decision without a formula, a statistics
release without a formula line, an untitled regional reception plan, EU Council conclusions, an NGO shadow report
written under the Annex's headings, a bill's explanatory memorandum, a news summary of the strategy, an invitation to
tender for reception places; fi, hu, fr, sv, cs, ro, lt, pt). Never used to fit anything.
First run (main 5c4cd81's scope): 7/9 strategy parts in, 4/8 others out. After it (seen, not held-out figures any more):
the explanatory memorandum and the Council conclusions are out by their opening line (scope.kind_line's two new
formulas, coded after seeing them) and the news summary by its quotation of the minister (scope.attributed_quotes, coded
after seeing it), the NGO shadow report by its call on the government ("Vyzýváme vládu", scope.addresses_government,
coded after seeing it). A strict xfail names each remaining miss. One pipeline run per session.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers_model import assert_in_scope, assert_out_of_scope

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "scope_heldout8"
STRATEGIES = ("s8-cs-2-5-2-6-dve-kapitoly", "s8-fi-2-5-koordinaatio", "s8-fr-2-5-pilotage", "s8-hu-2-6-kapacitas",
              "s8-pt-anexo-medidas-tabela", "s8-ro-anexa-masuri", "s8-sv-2-6-resurser",
              # eleventh session (scope9, seen): its opening line names asylum and migration together (the Annex's section
              # 1 title, read as a list item), so the genre model (0.30) is not asked (scope.strategy_title_line)
              "s8-pt-1-contexto")
MISSED = {  # strategy part put out of scope → the cue and its figure
    "s8-lt-1-kontekstas": "genre 0.39: a single context section under an own title ('Bendra padėtis') reads as a report",
}
NOT_STRATEGIES = {  # document → the start of its W601 reason
    "n8h-aquisicao-acolhimento-pt": "written as a report",  # genre 0.35, title 0.04
    "n8h-expunere-motive-ro": "its opening line names another kind of document: an explanatory memorandum of a bill",  # seen
    "n8h-kho-ratkaisu-fi": "written as a report",  # genre 0.14
    "n8h-menekultugy-adatok-hu": "written as a report",  # genre 0.29
    "n8h-radets-slutsatser-sv": "its opening line names another kind of document: a Council conclusions text",  # seen
    "n8h-schema-regional-fr": "written as a report",  # genre 0.49 (thin)
    "n8h-naujienos-lt": "written as news or a press release: it quotes a speaker",  # seen; topicality 0.84, genre 0.69
    # seen; topicality 0.74, genre 0.79 (not asked: four Annex headings), title 0.99
    "n8h-stinova-zprava-cs": 'written to the government, not by it: "Vyzýváme vládu"',
}
@pytest.fixture(scope="module")
def heldout8_run(analyse_and_load):
    return analyse_and_load("heldout8", [DATA / "strategies", DATA / "negatives"], doc_ids=[*STRATEGIES, *MISSED, *NOT_STRATEGIES])


@pytest.mark.parametrize("doc_id", STRATEGIES)
def test_hard_strategy_part_is_in_scope(heldout8_run, doc_id):
    assert_in_scope(heldout8_run[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", [pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=r)) for d, r in MISSED.items()])
def test_missed_strategy_part_is_in_scope(heldout8_run, doc_id):
    assert_in_scope(heldout8_run[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", sorted(NOT_STRATEGIES))
def test_on_topic_document_of_another_kind_is_out_of_scope(heldout8_run, doc_id):
    assert_out_of_scope(heldout8_run[doc_id], NOT_STRATEGIES[doc_id], only_w601=True)
