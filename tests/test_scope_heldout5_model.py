"""The fifth scope held-out set, with the real model: legal preambles and strategies that quote a regulation
(``tests/data/scope_heldout5/README.md``).

Written before the preamble cue (scope.py ``legal_preamble``) and never used to fit anything: five legal texts without
article headings (a directive's and a regulation's recitals, a recitals-only excerpt, a regulation's preamble, a
national act's preamble; en, de, it, pl, nl) and three strategies that cite a regulation or number their measures
"(1) … (5)" (en, de, sv). One pipeline run per session.
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "scope_heldout5"
LEGAL = {  # document → its preamble marks in the W601 reason
    "l5-en-directive-recitals": "enacting formula, 'whereas' formula, 6 numbered recitals, 2 citations",
    "l5-de-regulation-recitals": "enacting formula, 'whereas' formula, 7 numbered recitals, 1 citation",
    "l5-it-recitals-excerpt": "'whereas' formula, 5 numbered recitals",
    "l5-pl-regulation-preamble": "enacting formula, 'whereas' formula, 5 numbered recitals, 2 citations",
    "l5-nl-wet-aanhef": "enacting formula, 'whereas' formula"}
STRATEGIES = ("s5-de-numbered-measures", "s5-en-having-regard", "s5-sv-cites-and-list")


@pytest.fixture(scope="module")
def heldout5_run(analyse_and_load):
    return analyse_and_load("heldout5", [DATA / "legal", DATA / "strategies"], doc_ids=[*LEGAL, *STRATEGIES])


@pytest.mark.parametrize("doc_id", sorted(LEGAL))
def test_legal_preamble_is_out_of_scope(heldout5_run, doc_id):
    a = heldout5_run[doc_id]
    assert not a.in_scope and a.in_scope_score < 0.5
    assert all(c.label == "absent" and not c.evidence for c in a.coverage.values())
    assert [w.message for w in a.warnings] == [
        f"not an asylum and migration strategy: structured as a legal act (preamble: {LEGAL[doc_id]}); coverage not assessed"]


@pytest.mark.parametrize("doc_id", STRATEGIES)
def test_strategy_quoting_a_regulation_stays_in_scope(heldout5_run, doc_id):
    a = heldout5_run[doc_id]
    assert a.in_scope and a.in_scope_score >= 0.5 and not a.warnings, (doc_id, a.in_scope_score)
    assert sum(c.label != "absent" for c in a.coverage.values()) >= 4, doc_id
