"""Placeholders and bare references are no evidence, with the real model (``tests/data/pending11``, gold in its
README, written before any run; pt/ro/hr/sv seen while fixing, fi/cs/it/pl held-out, measured once).

Measures of the README: **false evidence** (a covered key element whose first evidence sentence is a placeholder
or a reference, target 0) and **recall** of the real answers' key elements.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_model import scored_coverage

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "pending11"
MUST = {"pt-2026.mixed": {"1.a", "2.6.d", "2.6.a"}, "ro-2026.mixed": {"2.1.2.c"}, "hr-2026.mixed": {"2.3.3.a"},
        "sv-2026.mixed": {"2.1.2.c", "2.6.d"}, "fi-2026.mixed": {"1.a", "2.3.4.a"}, "cs-2026.mixed": {"2.3.3.a", "2.6.d"},
        "it-2026.mixed": {"2.1.2.c", "2.4.d"}, "pl-2026.mixed": {"2.3.3.a", "2.6.d"}}
"""The key elements each real answer covers (README table)."""
REAL = {"pt": ("Em 2025", "O Fundo"), "ro": ("Inspectoratul",), "hr": ("Prihvatilišta",),
        "sv": ("Migrationsverket och", "Asyl-"), "fi": ("Suomeen", "Kotoutumisohjelmaan"), "cs": ("Správa", "Z Azylového"),
        "it": ("Nel 2025", "Il piano nazionale"), "pl": ("Urząd", "Funduszu")}
"""How each document's real answers begin: any other first evidence sentence is a placeholder or a reference."""


@pytest.fixture(scope="module")
def run(analyse_and_load):
    return analyse_and_load("pending11", sorted(DATA.glob("*.txt")))


def _covered(a) -> dict:
    return {k: c for k, c in scored_coverage(a, if_in_scope=True).items() if c.label != "absent"}


@pytest.mark.parametrize("doc_id", sorted(MUST))
def test_no_placeholder_or_reference_is_evidence(run, doc_id):
    a = run[doc_id]
    assert a.in_scope
    text = (DATA / f"{doc_id}.txt").read_text(encoding="utf-8")
    real = [" ".join(p.split()) for p in text.split("\n\n") if p.strip().startswith(REAL[doc_id[:2]])]
    for k, c in _covered(a).items():
        sentence = " ".join((c.evidence[0].sentence or c.evidence[0].text).split())
        # a sentence or (since recall11) a clause of a real answer
        assert any(sentence in p for p in real), (k, sentence)
    assert [w.code for w in a.warnings] == ["W602"]


MISSED: dict[tuple[str, str], str] = {}
# Since the eleventh session's merge (recall11's clause units and compact bank rows, the refitted calibration) the
# three real answers pending11 measured absent are covered, each by a sentence of its real answer (test above):
# hr 2.3.3.a (was 0.18: the document's one passage), pt 2.6.a (0.39), it 2.1.2.c (0.18).
"""(document, key element) -> the strict xfail reason of a real answer not covered (from the one measurement)."""


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, marks=pytest.mark.xfail(strict=True, reason=MISSED[(d, k)]) if (d, k) in MISSED else (),
                 id=f"{d}-{k}")
    for d in sorted(MUST) for k in sorted(MUST[d])])
def test_real_answers_are_covered(run, doc_id, key_element):
    assert key_element in _covered(run[doc_id])
