"""Aspects with the real model on short made-up strategies where one ask of a key element is answered and a sibling
ask is only named in passing or not at all (tests/data/aspects_sibling, ke10; gold in ``gold.json``, written before
any tuning). Portuguese, Swedish and Hungarian were looked at while choosing :func:`analyser.aspect_calibration.own_evidence`
(seen); Romanian, Finnish and Lithuanian were held out (only measured once the rule was chosen).

What holds: the answered ask is covered with a sentence of its own as evidence, and an ask none of whose sentences speaks
more of it than of its siblings is not covered (Romanian 2.1.2.d/monitoring: its nearest sentence names Frontex).
Since the thirteenth session (aspects13, ``own_sib_margin``) a sibling's "sentence of its own" counts only in the key
element's own section or when the sentence is about the aspect at all (among its 20 nearest aspects): Portuguese
2.6.d/funding-plan (its own sentence was the one on the capital's airport) and Romanian 2.1.2.d/capacity-planning
(the figures on applications) are no longer covered, so pt-funds is partial.
What does not (strict xfails): a short text's sibling asks are covered whenever the key element's calibrated score is
about 1.0 and the unnamed sibling leads its siblings in a sentence of the section (the aspect calibration, fitted on 13
long documents, weighs ``ke_score`` most and has never seen a text of five sentences: hu toolbox, ro cooperation),
and a sibling named in a sentence that reads as an answer ("Priėmimo sąlygos nustatytos įstatyme") is covered by it.
Since aspects14 (``answer_margin``) a sibling whose only sentences of its own read as passing mentions is missing
(hu 2.6.c/frontex "A Frontex egy másik uniós ügynökség"; fi 2.5.b/judiciary 'Hallinto-oikeuden istuntosali sijaitsee Helsingissä', so fi-municipalities is partial).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "aspects_sibling"
GOLD = {k: v for k, v in json.loads((DATA / "gold.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def analyses(tmp_path_factory, e5_encoder):
    from analyser.pipeline import analyse_corpus

    src = tmp_path_factory.mktemp("sibling_in")
    for d in GOLD:
        shutil.copy(DATA / f"{d}.txt", src / f"{d}.txt")
    out = tmp_path_factory.mktemp("sibling_out")
    results = analyse_corpus([src], out=out, encoder=e5_encoder)
    assert [r.status for r in results] == ["success"] * len(GOLD), results
    return {d: json.loads((out / d / "analysis.json").read_text(encoding="utf-8")) for d in GOLD}


def _items(analysis: dict, ke: str) -> dict[str, dict]:
    return {x["id"]: x for x in analysis["coverage"][ke]["aspects"]}


ANSWERED = {d: next(a for a, y in g["aspects"].items() if y) for d, g in GOLD.items()}


SV_REFIT = ("regression at the eleventh session's calibration refit (recall11's features; the old aspect model still "
            "passes on today's features): in the short Swedish text the aspect scores sit at the refitted boundary, "
            "legal-migration 0.186 NOT covered (its own sentence 'Regeringen vill underlätta laglig "
            "arbetskraftsinvandring …', sib_margin 1.11) while resettlement 0.200 IS covered on the talent-partnership "
            "sentence: the aspect model fitted on 13 long documents (issue 13's short-text defect)")


@pytest.mark.parametrize("doc", [pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=SV_REFIT))
                                 if d == "sv-labour" else d for d in sorted(GOLD) if d != "fi-municipalities"])
def test_the_answered_ask_is_covered_with_its_own_sentence(analyses, doc):
    item = _items(analyses[doc], GOLD[doc]["key_element"])[ANSWERED[doc]]
    assert item["covered"] is True and item["features"]["sib_margin"] > 0
    assert analyses[doc]["coverage"][GOLD[doc]["key_element"]]["label"] != "absent"


def test_an_ask_without_a_sentence_of_its_own_is_missing(analyses):
    """Held out (Romanian): the nearest sentence to "monitoring of return" is the one naming Frontex, which speaks more
    of the Frontex ask: no evidence of its own, not covered (before own_evidence: covered at 0.55)."""
    item = _items(analyses["ro-reintegration"], "2.1.2.d")["2.1.2.d/monitoring"]
    assert item["features"]["sib_margin"] < 0 and item["covered"] is False


@pytest.mark.xfail(strict=True, reason=SV_REFIT)
def test_swedish_labour_migration_only_is_partial(analyses):
    """Seen: legal (labour) migration answered, EU talent partnerships only "followed", resettlement not named."""
    items = _items(analyses["sv-labour"], "2.1.1.b")
    assert analyses["sv-labour"]["coverage"]["2.1.1.b"]["label"] == "partial"
    assert {k: v["covered"] for k, v in items.items()} == GOLD["sv-labour"]["aspects"]


def test_a_sibling_leading_only_in_a_sentence_on_another_subject_is_missing(analyses):
    """aspects13 (seen): Portuguese 2.6.d/funding-plan (0.56) led its sibling only in the sentence on arrivals at the
    capital's airport (section 1), Romanian 2.1.2.d/capacity-planning (0.86) only in the figures on applications: no
    sentence of their own in section 2.6 / 2.1.2 nor one about them, so not covered; pt-funds 2.6.d partial."""
    for doc, aid in (("pt-funds", "2.6.d/funding-plan"), ("ro-reintegration", "2.1.2.d/capacity-planning")):
        item = _items(analyses[doc], GOLD[doc]["key_element"])[aid]
        assert item["score"] >= 0.5 and item["features"]["sib_margin"] > 0 > item["features"]["own_sib_margin"]
        assert item["covered"] is False
    labels = {d: analyses[d]["coverage"][GOLD[d]["key_element"]]["label"] for d in ("pt-funds", "ro-reintegration")}
    assert labels == {"pt-funds": "partial", "ro-reintegration": "partial"}


def test_a_sibling_named_in_passing_is_no_answer(analyses):
    """aspects14 (seen): 'A Frontex egy másik uniós ügynökség' (Frontex is another EU agency) is hu 2.6.c/frontex's
    sentence of its own in section 2.6 (own_sib_margin 3.75) but no answer: no figure, nearer to a passing mention
    than to a measure (answer_margin < 0), so not covered (was 1.00) and hu-euaa is partial."""
    item = _items(analyses["hu-euaa"], "2.6.c")["2.6.c/frontex"]
    assert item["features"]["own_sib_margin"] > 0 > item["features"]["answer_margin"] and item["covered"] is False
    assert analyses["hu-euaa"]["coverage"]["2.6.c"]["label"] == "partial"


@pytest.mark.xfail(strict=True, reason="known defect (issue 13): a sibling named in a sentence that reads as an answer "
                   "is covered (lt 2.3.3.a/reception-conditions 0.93 'Priėmimo sąlygos nustatytos įstatyme', 'reception "
                   "conditions are laid down in law': answer_margin 2.87), and an unnamed sibling leading its siblings "
                   "in an answer of the section is covered when the key element scores about 1.0 (hu 2.6.c/toolbox "
                   "0.85 on the EUAA operational plan): the aspect calibration is fitted on 13 long documents only")
def test_one_ask_answered_and_a_sibling_named_in_passing_is_partial(analyses):
    labels = {d: analyses[d]["coverage"][GOLD[d]["key_element"]]["label"] for d in ("lt-places",)}
    assert labels == {d: "partial" for d in labels}
    assert _items(analyses["hu-euaa"], "2.6.c")["2.6.c/toolbox"]["covered"] is False


def test_finnish_government_levels_only_is_partial(analyses):
    """Held out (ke10); a strict xfail from the eleventh session's merge (ADDRESSED 0.99, judiciary 0.87 covered by the
    sentence on ELY centres) until aspects14: its sentences of its own ("Hallinto-oikeuden istuntosali sijaitsee
    Helsingissä", the administrative court sits in Helsinki) read more as a passing mention than as a measure
    (answer_margin -0.79 < 0 <= own_sib_margin 0.74), so the judiciary is missing and 2.5.b partial."""
    item = _items(analyses["fi-municipalities"], "2.5.b")["2.5.b/judiciary"]
    assert item["features"]["answer_margin"] < 0 <= item["features"]["own_sib_margin"] and item["covered"] is False
    assert analyses["fi-municipalities"]["coverage"]["2.5.b"]["label"] == "partial"
