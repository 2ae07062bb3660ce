"""Stated not done in the pipeline with the real model (issue 13): made-up strategies (not from the development
corpus), in English and German, that answer legal migration and resettlement but say "There are no plans to join
the EU Talent Partnerships" / "Eine Teilnahme an den EU-Talentpartnerschaften ist ... nicht vorgesehen", and whose
return chapter opens with a negation that addresses an ask ("No one is returned without an individual assessment
of the risk of refoulement", "Niemand wird ohne Prüfung des Einzelfalls ... zurückgeführt")."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "aspects"


@pytest.fixture(scope="module")
def analysis(tmp_path_factory, e5_encoder):
    from analyser.pipeline import analyse_corpus

    src = tmp_path_factory.mktemp("stated_in")
    for d in DOCS:
        shutil.copy(DATA / f"{d}.txt", src / f"{d}.txt")
    out = tmp_path_factory.mktemp("stated_out")
    results = analyse_corpus([src], out=out, encoder=e5_encoder)
    assert [r.status for r in results] == ["success"] * len(DOCS), results
    return {d: json.loads((out / d / "analysis.json").read_text(encoding="utf-8")) for d in DOCS}, out


DOCS = {"en-stated": "no plans to", "de-stated": "nicht vorgesehen"}


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_an_ask_stated_not_done_is_missing_and_flagged(analysis, doc):
    analyses, out = analysis
    c = analyses[doc]["coverage"]["2.1.1.b"]
    items = {x["id"]: x for x in c["aspects"]}
    tp = items["2.1.1.b/talent-partnerships"]
    assert tp["covered"] is False and tp["stated_not_done"] is True and tp["stated_formula"] == DOCS[doc]
    assert c["label"] == "partial"  # legal migration and resettlement are answered
    assert items["2.1.1.b/resettlement"]["covered"] is True and "stated_not_done" not in items["2.1.1.b/resettlement"]
    report = (out / doc / "report.md").read_text(encoding="utf-8")
    assert "Participation in EU Talent Partnerships with third countries. (stated not done)" in report


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_negation_that_addresses_an_ask_flags_nothing(analysis, doc):
    analyses, _ = analysis
    flagged = [x["id"] for c in analyses[doc]["coverage"].values() for x in c["aspects"] if x.get("stated_not_done")]
    assert flagged == ["2.1.1.b/talent-partnerships"]
