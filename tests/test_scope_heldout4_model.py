"""The fourth scope held-out set, with the real model: title pages (``tests/data/scope_heldout4/README.md``).

Written before the title model's naming change was tuned and never used to fit anything: nine national strategies whose
title pages name only the ministry, a place and date, a file number or a version, or call the strategy a policy,
programme, plan or framework; eight documents of other kinds with title pages. One pipeline run per session.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers_model import assert_out_of_scope

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "scope_heldout4"
STRATEGIES = ("s4-de-ministry", "s4-el-ministry", "s4-en-framework", "s4-fr-politique", "s4-hr-vlada", "s4-it-ministero",
              "s4-pl-program", "s4-pt-plano",
              # a strict xfail until the ninth session (title 0.03, a line naming another kind 0.56): "Stockholm 2026"
              # (0.53) and "Dnr Ju2026/00412" (0.56) are no longer read by the naming model (match.neutral_title_line), 0.40
              "s4-sv-regeringskansliet")
STRATEGY_MISSES: tuple[str, ...] = ()
NOT_STRATEGIES = {  # document → the start of its W601 reason
    "n4-annual-report-sv": "written as a report", "n4-judgment-pl": "written as a report", "n4-ngo-report-en": "written as a report",
    "n4-press-hu": "written as a report", "n4-budget-it": "scope score 0.", "n4-parl-question-de": "scope score 0.",
    "n4-municipal-fi": "its title page names another kind of document (",
    # a strict xfail until the eighth session (in scope 0.62, genre 0.57, no title page): the parts of a contract notice
    "n4-tender-fr": "structured as a call for tenders (procurement marks: lots, award criteria, tenderers, time limit for tenders, "
                    "contract notice)"}


@pytest.fixture(scope="module")
def heldout4_run(analyse_and_load):
    return analyse_and_load("heldout4", [DATA / "strategies", DATA / "negatives"], doc_ids=[*STRATEGIES, *STRATEGY_MISSES, *NOT_STRATEGIES])


@pytest.mark.parametrize("doc_id", STRATEGIES)
def test_strategy_with_a_neutral_or_policy_worded_title_page_is_in_scope(heldout4_run, doc_id):
    a = heldout4_run[doc_id]
    assert a.in_scope and a.in_scope_score >= 0.5 and not a.warnings, (doc_id, a.in_scope_score)
    assert sum(c.label != "absent" for c in a.coverage.values()) >= 4, doc_id


@pytest.mark.parametrize("doc_id", sorted(NOT_STRATEGIES))
def test_document_of_another_kind_is_out_of_scope(heldout4_run, doc_id):
    assert_out_of_scope(heldout4_run[doc_id], NOT_STRATEGIES[doc_id], only_w601=True)


@pytest.mark.xfail(strict=True, reason=(
    "segment (tenth session, mend10): the ministry line 'Department of Justice, Home Affairs and Migration' opening "
    "s4-en-framework is read as section 1's Annex title (a template heading, 'Context of national asylum and migration "
    "management'), so the document has no title page and its title line is section 1 answer text; it stays in scope "
    "by genre exemption only through that heading (3 Annex-headed sections: 1 plus the rank-1 own titles 'Reception' "
    "and 'Integration'; genre 0.48). Read as front matter, its title page ('National Framework for Asylum and "
    "Migration Management 2026–2030') reads 0.24–0.33 to the title model (below TITLE_STRATEGY_THRESHOLD), so it "
    "would rest on its five own chapter titles, of which the outline opens only two as section headings"))
def test_ministry_line_of_the_framework_strategy_is_front_matter(heldout4_run):
    a = heldout4_run["s4-en-framework"]
    assert a.blocks[0].role == "front_matter", (a.blocks[0].role, a.blocks[0].section, a.blocks[0].text)
