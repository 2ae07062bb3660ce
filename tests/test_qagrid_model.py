"""Templates filled in as a question | answer table, and answers in notes, with the real model.

Inputs ``tests/data/qagrid`` (README: gold; ``heldout/`` measured once, at the end of the qagrid session). Each test
asserts the gold; what the held-out files showed and was not fixed is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_model import covered_kes

pytestmark = pytest.mark.model

QAGRID = Path(__file__).parent / "data" / "qagrid"
DOCS = ("pl-2026.qa-table.docx", "it-2026.qa-grid.pdf", "nl-2026.answers-in-endnotes.pdf",
        "heldout/cs-2026.qa-table.docx", "heldout/fr-2026.qa-grid.pdf")
GOLD = {  # doc id: (sections, key elements covered, key elements absent)
    "pl-2026.qa-table": (["1", "2.1.2", "2.3.3", "2.6"], {"1.a", "1.c", "2.1.2.c", "2.3.3.a", "2.6.d"}, {"2.1.2.b", "2.4.d"}),
    "it-2026.qa-grid": (["1", "2.1.2", "2.3.3", "2.6"], {"1.a", "1.c", "2.1.2.c", "2.3.3.a", "2.6.d"}, set()),
    "nl-2026.answers-in-endnotes": (["1", "2.1.2", "2.3.3", "2.6"], {"1.a", "2.1.2.c", "2.3.3.a", "2.6.d"}, {"1.c"}),
    "cs-2026.qa-table": (["1", "2.1.2", "2.3.3", "2.4", "2.6"], {"1.a", "1.c", "2.1.2.c", "2.3.3.a", "2.6.d"}, {"2.4.d"}),
    "fr-2026.qa-grid": (["1", "2.1.2", "2.3.3", "2.6"], {"1.a", "1.c", "2.1.2.c", "2.3.3.a", "2.6.d"}, set()),  # 2.1.2.b: xfail below
}


@pytest.fixture(scope="module")
def run(analyse_and_load):
    return analyse_and_load("qagrid", [QAGRID / d for d in DOCS])


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_sections_scope_and_key_elements(run, doc_id):
    """In scope, the gold sections (a section column's numbers open theirs), the answered key elements covered."""
    a = run[doc_id]
    sections, covered, absent = GOLD[doc_id]
    assert a.in_scope
    assert [s for s, r in a.sections.items() if r.present] == sections
    assert covered <= covered_kes(a, if_in_scope=True)
    assert not absent & covered_kes(a, if_in_scope=True)


@pytest.mark.parametrize("doc_id", ["pl-2026.qa-table", "it-2026.qa-grid", "cs-2026.qa-table"])
def test_question_cells_are_template_text(run, doc_id):
    """Each question cell is a block of its own, read as template text; no answer block holds one."""
    a = run[doc_id]
    questions = [b for b in a.blocks if b.role == "template_question"]
    assert len(questions) >= 4
    assert all(b.text not in c.evidence[0].text for b in questions for c in a.coverage.values() if c.evidence)


@pytest.mark.xfail(strict=True, reason="qagrid held-out: question cells that neither ask nor reach the cross-lingual "
                   "question level stay `answer` (fr 'Gestion efficace du retour …', 'Lutte contre l'exploitation …' "
                   "-> 2.1.2.b addressed by its own unanswered question; cs 2.4 'Připravenost na hromadný příchod …'): "
                   "the parser knows the question column, the segmenter does not")
def test_every_question_cell_of_a_qa_table_is_template_text(run):
    for d, starts in (("fr-2026.qa-grid", ("Gestion efficace", "Lutte contre")), ("cs-2026.qa-table", ("Připravenost na",))):
        a = run[d]
        assert not any(b.text.startswith(starts) for b in a.blocks if b.role.startswith("answer")), d
    assert "2.1.2.b" not in covered_kes(run["fr-2026.qa-grid"], if_in_scope=True)
