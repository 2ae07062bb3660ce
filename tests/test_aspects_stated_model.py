"""Stated not done in the pipeline with the real model (issue 13): a made-up English strategy (not from the
development corpus) that answers legal migration and resettlement but says "There are no plans to join the EU
Talent Partnerships", and whose return chapter opens with a negation that addresses an ask ("No one is returned
without an individual assessment of the risk of refoulement")."""

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
    shutil.copy(DATA / "en-stated.txt", src / "en-stated.txt")
    out = tmp_path_factory.mktemp("stated_out")
    results = analyse_corpus([src], out=out, encoder=e5_encoder)
    assert [r.status for r in results] == ["success"], results
    return json.loads((out / "en-stated" / "analysis.json").read_text(encoding="utf-8")), out


def test_an_ask_stated_not_done_is_missing_and_flagged(analysis):
    a, out = analysis
    c = a["coverage"]["2.1.1.b"]
    items = {x["id"]: x for x in c["aspects"]}
    tp = items["2.1.1.b/talent-partnerships"]
    assert tp["covered"] is False and tp["stated_not_done"] is True and tp["stated_formula"] == "no plans to"
    assert c["label"] == "partial"  # legal migration and resettlement are answered
    assert items["2.1.1.b/resettlement"]["covered"] is True and "stated_not_done" not in items["2.1.1.b/resettlement"]
    report = (out / "en-stated" / "report.md").read_text(encoding="utf-8")
    assert "Participation in EU Talent Partnerships with third countries. (stated not done)" in report


def test_negation_that_addresses_an_ask_flags_nothing(analysis):
    a, _ = analysis
    flagged = [x["id"] for c in a["coverage"].values() for x in c["aspects"] if x.get("stated_not_done")]
    assert flagged == ["2.1.1.b/talent-partnerships"]
