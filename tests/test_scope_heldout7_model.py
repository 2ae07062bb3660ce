"""The seventh scope held-out set, with the real model (``tests/data/scope_heldout7/README.md``).

Written and committed before any run of it and before the ninth session's scope changes were coded: nine strategy parts
that are hard by nature (single context, coordination and capacity chapters, an action-plan annex written as lines, two
title pages naming only the ministry, a place, a date and a file number; et, lv, sl, bg, hr, mt, ga, de, sk) and nine
on-topic documents of other kinds (an NGO's annual report, an ombudsman's visit report, a parliamentary committee's
report, a municipal reception plan, an EU agency's situational update, a judgment, a ministry's press release with
measures, a research paper, the minutes of a meeting; sv, pl, fr, it, en, nl, hr, de, sk). Never used to fit anything.
First run (main's scope): 9/9 strategies in, 8/9 others out (the municipal plan in 0.75: its masthead "COMUNE DI
BERGAMO" and title were taken for answers, so no title page was read). Its masthead is now read (scope.kind_line,
coded after seeing this miss: not a held-out measure for that document). One pipeline run per session.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers_model import assert_in_scope, assert_out_of_scope

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "scope_heldout7"
STRATEGIES = ("s7-bg-plan-za-deystvie", "s7-de-titelseite-ministerium", "s7-et-1-kontekst", "s7-ga-1-comhtheacs",
              "s7-hr-naslovnica-ministarstvo", "s7-lv-2-5-koordinacija", "s7-mt-2-6-finanzjament", "s7-sk-2-5-koordinacia",
              "s7-sl-2-6-zmogljivosti")
NOT_STRATEGIES = {  # document → the start of its W601 reason
    "n7-comune-piano-accoglienza-it": "its opening line names another kind of document: a municipal document",
    "n7-euaa-situational-en": "scope score 0.",
    "n7-forschungspapier-de": "written as a report",  # genre 0.39
    "n7-ngo-arsrapport-sv": "written as a report",  # genre 0.32; its opening line names an annual report too
    "n7-priopcenje-mup-hr": "its opening line names another kind of document: a press release",  # genre 0.62
    "n7-rapport-commission-fr": "written as a report",  # genre 0.42
    "n7-rzecznik-raport-pl": "written as a report",  # genre 0.40, title 0.48
    "n7-uitspraak-raad-van-state-nl": "written as a report",  # genre 0.12
    "n7-zapisnica-sk": "written as a report",  # genre 0.23; its opening line names minutes too
}


@pytest.fixture(scope="module")
def heldout7_run(analyse_and_load):
    return analyse_and_load("heldout7", [DATA / "strategies", DATA / "negatives"], doc_ids=[*STRATEGIES, *NOT_STRATEGIES])


@pytest.mark.parametrize("doc_id", STRATEGIES)
def test_hard_strategy_part_is_in_scope(heldout7_run, doc_id):
    assert_in_scope(heldout7_run[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", sorted(NOT_STRATEGIES))
def test_on_topic_document_of_another_kind_is_out_of_scope(heldout7_run, doc_id):
    assert_out_of_scope(heldout7_run[doc_id], NOT_STRATEGIES[doc_id], only_w601=True)
