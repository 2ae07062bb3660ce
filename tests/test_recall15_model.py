"""recall15, real model: strategies whose sentences end in superscript footnote markers (``tests/data/recall15``,
README there; lt and hr run first, fi and cs held out). The 2.6 paragraph states the national budget in one sentence
and the AMIF/BMVI amounts in the next; before the fix in :data:`analyser.text._YEAR_END_RE` the two were one unit."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

RECALL15 = Path(__file__).parent / "data" / "recall15"
DOCS = ["lt-2026.footnotes.txt", "hr-2026.footnotes.txt", "fi-2026.footnotes.txt", "cs-2026.footnotes.txt"]
NOT_SAID = {"2.1.1.b", "2.3.4.a", "2.4.d"}


@pytest.fixture(scope="module")
def run(analyse_and_load):
    return analyse_and_load("recall15", [RECALL15 / d for d in DOCS])


def _covered(a) -> set[str]:
    return {k for k, c in a.coverage.items() if c.label != "absent"}


def test_croatian_eu_funds_after_marker(run):
    """hr (marker after the full stop): 2.6.d partial 0.58 -> addressed 0.99, 1.c absent 0.06 -> partial 0.95."""
    a = run["hr-2026.footnotes"]
    assert a.in_scope and {"1.a", "1.c", "2.1.2.c", "2.6.a", "2.6.d"} <= _covered(a) and not NOT_SAID & _covered(a)


@pytest.mark.xfail(strict=True, reason="recall15: the Lithuanian '2.6. Finansavimas' is an answer heading, its paragraph "
                   "placed in section 1 (as fresh15's ga/mt '2.1.2.' headings), so 2.6.a (0.10) and 2.6.d "
                   "(0.39; its sentence votes 1.00 for 2.6.d) stand absent: an answer outside its section is no "
                   "evidence (segmentation #14 / section restriction)")
def test_lithuanian_budget_and_eu_funds_covered(run):
    assert {"2.6.a", "2.6.d"} <= _covered(run["lt-2026.footnotes"])


def test_lithuanian_not_said_absent(run):
    a = run["lt-2026.footnotes"]
    assert a.in_scope and {"1.a", "2.1.2.c", "2.3.3.a"} <= _covered(a) and not NOT_SAID & _covered(a)


@pytest.mark.xfail(strict=True, reason="recall15 (held-out): the Finnish '2.6. Rahoitus' paragraph is placed in 2.4, "
                   "so 2.6.a (0.41) and 2.6.d (0.51) stand absent: an answer outside its section is no evidence")
def test_finnish_budget_and_eu_funds_covered(run):
    assert {"2.6.a", "2.6.d"} <= _covered(run["fi-2026.footnotes"])


def test_czech_held_out(run):
    """cs (held out; marker after the full stop): 1.c absent 0.04 -> partial 0.77; 2.6.a/2.6.d addressed."""
    a = run["cs-2026.footnotes"]
    assert a.in_scope and {"1.a", "1.c", "2.1.2.c", "2.3.3.a", "2.6.a", "2.6.d"} <= _covered(a)
    assert not NOT_SAID & _covered(a)
