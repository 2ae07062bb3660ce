"""Aspects with the real model on ten short made-up strategies in ten languages (tests/data/aspects_short13, aspects13;
gold in ``gold.json``, written with the texts before any run): one key element in focus, answered in full (fr digital
tools and EU IT systems, es return, et government levels and the judiciary) or in some of its asks, a sibling named in
passing (cs: "O odvoláních rozhodují krajské soudy") or not at all. All held out: measured once before and once after
the thirteenth session's ``own_sib_margin`` (labels 7/10 -> 8/10, focus aspects 24/30 -> 26/30).

What holds: every answered ask but one is covered, the three full answers are addressed, and the unnamed siblings the
old ``sib_margin`` covered from a sentence on another subject are missing (de 2.3.4.a/healthcare, sl
2.5.c/social-partners). What does not (strict xfails): a sibling named in passing (cs judicial capacity) or never
named but near the answered ask in a two-sentence section (fi 2.4.d/rights, nl 2.3.3.b/integration) is covered when
the key element scores about 1.0, and the Latvian visa checks (0.23) are missing next to the visa policy.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "aspects_short13"
GOLD = {k: v for k, v in json.loads((DATA / "gold.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}

_SIBLING = "known defect (issue 13): in a short text a sibling ask of a key element scored about 1.0 is covered: "
LABEL_XFAIL = {
    "cs-capacity": _SIBLING + "cs 2.3.1.b/judicial-capacity 0.87, named in passing ('O odvoláních rozhodují krajské "
                   "soudy'): addressed",
    "fi-crisis": _SIBLING + "fi 2.4.d/rights 0.89, never named, next to preparedness and response: addressed",
}
ASPECT_XFAIL = {
    **LABEL_XFAIL,
    "nl-reception": _SIBLING + "nl 2.3.3.b/integration 0.82, never named (the label is partial all the same)",
    "lv-visa": "lv 2.2.1.b/visa-checks 0.23 missing: 'Pirms katras vīzas izsniegšanas pieteikumu pārbaudīs migrācijas "
               "un drošības dienestu datubāzēs' (the label is partial all the same)",
}


def _param(doc: str, xfails: dict[str, str]):
    if doc not in xfails:
        return doc
    return pytest.param(doc, marks=pytest.mark.xfail(strict=True, reason=xfails[doc]))


@pytest.fixture(scope="module")
def analyses(tmp_path_factory, e5_encoder):
    from analyser.pipeline import analyse_corpus

    src = tmp_path_factory.mktemp("short13_in")
    for d in GOLD:
        shutil.copy(DATA / f"{d}.txt", src / f"{d}.txt")
    out = tmp_path_factory.mktemp("short13_out")
    results = analyse_corpus([src], out=out, encoder=e5_encoder)
    assert [r.status for r in results] == ["success"] * len(GOLD), results
    return {d: json.loads((out / d / "analysis.json").read_text(encoding="utf-8")) for d in GOLD}


def _items(analysis: dict, ke: str) -> dict[str, dict]:
    return {x["id"]: x for x in analysis["coverage"][ke]["aspects"]}


@pytest.mark.parametrize("doc", [_param(d, {"lv-visa": ASPECT_XFAIL["lv-visa"]}) for d in sorted(GOLD)])
def test_every_answered_ask_is_covered(analyses, doc):
    items = _items(analyses[doc], GOLD[doc]["key_element"])
    answered = [a for a, y in GOLD[doc]["aspects"].items() if y]
    assert [a for a in answered if not items[a]["covered"]] == []


@pytest.mark.parametrize("doc", [_param(d, LABEL_XFAIL) for d in sorted(GOLD)])
def test_the_focus_label_is_the_gold(analyses, doc):
    assert analyses[doc]["coverage"][GOLD[doc]["key_element"]]["label"] == GOLD[doc]["label"]


@pytest.mark.parametrize("doc", [_param(d, ASPECT_XFAIL) for d in sorted(GOLD)])
def test_every_focus_aspect_is_the_gold(analyses, doc):
    items = _items(analyses[doc], GOLD[doc]["key_element"])
    assert {a: items[a]["covered"] for a in GOLD[doc]["aspects"]} == GOLD[doc]["aspects"]


def test_unnamed_siblings_lead_only_in_sentences_on_other_subjects(analyses):
    """The two asks own_sib_margin took back (held out): de 2.3.4.a/healthcare (0.60) and sl 2.5.c/social-partners
    (0.65) led their siblings only in a sentence outside their section that is not about them (sib_margin > 0 > own)."""
    for doc, aid in (("de-integration", "2.3.4.a/healthcare"), ("sl-partners", "2.5.c/social-partners")):
        item = _items(analyses[doc], GOLD[doc]["key_element"])[aid]
        assert item["score"] >= 0.5 and item["features"]["sib_margin"] > 0 > item["features"]["own_sib_margin"]
        assert item["covered"] is False
