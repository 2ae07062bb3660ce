"""The tenth scope held-out set, with the real model (``tests/data/scope_heldout10/README.md``).

Written and committed before any run of it and before the twelfth session's scope changes were coded: nine strategy
parts of the shapes of the open scope defects in languages not used for them (numbered-paragraph strategies nl/pl/hr, 2.4
contingency chapters lv/ro, a 2.6 capacity chapter pt, a 2.4 + 2.6 pair es, context sections de under an own title and fr
without a heading) and nine on-topic documents of kinds no earlier set holds (an AMIF national programme, an AMIF call for
proposals, a grant agreement, another ministry's budget chapter, a parliamentary question and the government's answer, an
NGO shadow report, a Frontex situational update, a court judgment summary, a ministry press release). Never used to fit
anything.
First run (main 94459d3's scope, held-out): 7/9 strategy parts in (the two context sections out: de topicality 0.32, fr
genre 0.41), 6/9 others out (the AMIF programme cs 0.71, the call sv 0.66 and the budget chapter fi 0.93 in). After it
(seen, not held-out figures any more): the programme and the call are out by their opening line, the budget chapter by its
appropriation formulas (scope.kind_line, scope.appropriation_lines). One pipeline run per session.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers_model import assert_in_scope, assert_out_of_scope

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "scope_heldout10"
STRATEGIES = ("s10-es-2-4-2-6", "s10-hr-numerirani-odlomci", "s10-lv-2-4-gataviba", "s10-nl-genummerde-alineas",
              "s10-pl-punkty", "s10-pt-2-6-meios", "s10-ro-2-4-pregatire")
CONTEXT_DEFECTS = {  # strategy part → the defect that puts it out (strict xfails)
    "s10-de-1-ausgangslage": "a context section under an own title ('Ausgangslage': population, applications, internal "
                             "borders, labour market) reads topicality 0.32 (16% of its text): figures of the situation read "
                             "as a statistics release or report, as held-out 8's Lithuanian one (genre 0.39)",
    "s10-fr-1-sans-titre": "a context section without a heading (population, reception network, labour market) reads genre "
                           "0.41: out as a report (topicality 0.55); nothing in it names the strategy",
}
NOT_STRATEGIES = {  # document → the start of its W601 reason
    "n10-frontex-situational-update-en": "scope score 0.4",  # held-out (topicality 0.48, thin)
    "n10-poslansko-vprasanje-sl": "written as a report, paper, press release, article or judgment",  # held-out (genre 0.45)
    "n10-preses-relize-lv": "written as news or a press release: it quotes a speaker",  # held-out
    "n10-program-amif-cs": "its opening line names another kind of document: a programme of an EU fund",  # seen
    "n10-rapporto-ombra-it": "written to the government, not by it",  # held-out
    "n10-resumen-sentencia-es": "written as a report, paper, press release, article or judgment",  # held-out (genre 0.33)
    "n10-talousarvio-okm-fi": "structured as a budget: 4 appropriation formulas",  # seen
    "n10-umowa-dofinansowanie-pl": "structured as a legal act (5 article headings)",  # held-out (§ 1 … § 5)
    "n10-utlysning-amif-sv": "its opening line names another kind of document: a call for proposals",  # seen
}


@pytest.fixture(scope="module")
def heldout10_run(analyse_and_load):
    return analyse_and_load("heldout10", [DATA / "strategies", DATA / "negatives"], doc_ids=[*STRATEGIES, *CONTEXT_DEFECTS, *NOT_STRATEGIES])


@pytest.mark.parametrize("doc_id", [
    *STRATEGIES, *(pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=f"scope (README 'Known defects'): {why}"))
                   for d, why in sorted(CONTEXT_DEFECTS.items()))])
def test_hard_strategy_part_is_in_scope(heldout10_run, doc_id):
    assert_in_scope(heldout10_run[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", sorted(NOT_STRATEGIES))
def test_on_topic_document_of_another_kind_is_out_of_scope(heldout10_run, doc_id):
    assert_out_of_scope(heldout10_run[doc_id], NOT_STRATEGIES[doc_id])
