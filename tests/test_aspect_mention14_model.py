"""Aspects with the real model on eleven short made-up strategies in eight languages rarely used here (hr, sk, mt, ga,
el, bg, lt, lv; tests/data/aspects_mention14, aspects14; gold in ``gold.json``, written with the texts before any run):
one key element in focus, some asks answered with a measure (figures, a responsible body, a timeline), others only
named in passing ("Razmotrit ćemo i pitanje zdravstvene skrbi", "Ще обмислим и сътрудничество с Frontex", "Beidh na
comhpháirtithe sóisialta ar an eolas freisin") or not at all; two answer every ask. hr-integration, mt-employment,
el-reception, lt-visa and sk-governance were seen while choosing ``answer_margin`` (:func:`analyser.aspect_score.
answer_sentences`); the other six were held out and measured once before and once after (labels 3/6 -> 4/6, focus
aspects 12/18 -> 15/18; seen 1/5 -> 1/5, 10/15 -> 11/15).

What holds: an ask whose only sentences of its own are passing mentions is missing (hr healthcare, bg and sk Frontex,
ga social partners, lv five-year planning). What does not (strict xfails): a sibling that leads the answered ask in
that ask's own answer sentence is covered (mt employer sanctions in the exploitation sentence, lt visa-free abuse in
the visa-policy sentence, hr talent partnerships, sk return monitoring), and the key element's calibrated score, not
the aspects, misses answers (el reception 0.30 absent; sk judiciary and el five-year funding plan scored about 0).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "aspects_mention14"
GOLD = {k: v for k, v in json.loads((DATA / "gold.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}

_SPILL = ("known defect (issue 13): in a short text a sibling ask leads the answered ask in that ask's own answer "
          "sentence and is covered (the key element scores about 1.0): ")
LABEL_XFAIL = {
    "mt-employment": _SPILL + "mt 2.1.2.b/employer-sanctions 0.70 (answer_margin 0.53) in the exploitation sentence "
                     "'Il-Pulizija se twaqqaf unità speċjalizzata kontra l-isfruttament tal-ħaddiema…'; its own mention "
                     "'Se nikkunsidraw ukoll is-sanzjonijiet għal min iħaddem' is no answer: addressed",
    "lt-visa": _SPILL + "lt 2.2.1.b/visa-free-abuse 0.88 (answer_margin 0.23) in the visa-policy sentence on nationals "
               "who often overstay; its mention 'Bevizio režimo piktnaudžiavimas taip pat bus aptartas' is no answer: "
               "addressed",
    "el-reception": "coverage, not aspects: 2.3.3.a scores 0.30 (absent) for 'Το Υπουργείο … θα αυξήσει τη χωρητικότητα "
                    "των δομών υποδοχής … από 22 000 σε 30 000 θέσεις έως το τέλος του 2027'",
    "sk-governance": "2.5.b/judiciary 0.00 with no sentence of its own (own_sib_margin -3.0): the sentence on 15 new "
                     "judges at the regional courts is not read as the judiciary's: partial",
    "el-funds": "2.6.d/funding-plan 0.03 for the five-year funding plan by year and source (held out): partial",
}
ASPECT_XFAIL = {
    **LABEL_XFAIL,
    "hr-pathways": _SPILL + "hr 2.1.1.b/talent-partnerships (its mention 'Pratit ćemo i razvoj partnerstava za talente' "
                   "is no answer; held out). Since interact15's two practice queries (fifteenth session) the label is "
                   "the gold, and 2.1.1.b/legal-migration has no sentence of its own that answers (answer_margin < 0)",
    "sk-return": _SPILL + "sk 2.1.2.d/monitoring 0.79 (answer_margin 0.07), never named (held out; the label is partial "
                 "all the same)",
}
PASSING = {  # aspects14: an ask whose only sentences of its own are passing mentions (answer_margin < 0 <= own_sib_margin)
    "hr-integration": "2.3.4.a/healthcare",
    "bg-euaa": "2.6.c/frontex",
    "sk-return": "2.1.2.d/frontex",
    "ga-partners": "2.5.c/social-partners",
    "lv-capacity": "2.6.a/five-year-planning",
}


def _param(doc: str, xfails: dict[str, str]):
    if doc not in xfails:
        return doc
    return pytest.param(doc, marks=pytest.mark.xfail(strict=True, reason=xfails[doc]))


@pytest.fixture(scope="module")
def analyses(tmp_path_factory, e5_encoder):
    from analyser.pipeline import analyse_corpus

    src = tmp_path_factory.mktemp("mention14_in")
    for d in GOLD:
        shutil.copy(DATA / f"{d}.txt", src / f"{d}.txt")
    out = tmp_path_factory.mktemp("mention14_out")
    results = analyse_corpus([src], out=out, encoder=e5_encoder)
    assert [r.status for r in results] == ["success"] * len(GOLD), results
    return {d: json.loads((out / d / "analysis.json").read_text(encoding="utf-8")) for d in GOLD}


def _items(analysis: dict, ke: str) -> dict[str, dict]:
    return {x["id"]: x for x in analysis["coverage"][ke]["aspects"]}


@pytest.mark.parametrize("doc", [_param(d, LABEL_XFAIL) for d in sorted(GOLD)])
def test_the_focus_label_is_the_gold(analyses, doc):
    assert analyses[doc]["in_scope"] is True
    assert analyses[doc]["coverage"][GOLD[doc]["key_element"]]["label"] == GOLD[doc]["label"]


@pytest.mark.parametrize("doc", [_param(d, ASPECT_XFAIL) for d in sorted(GOLD)])
def test_every_focus_aspect_is_the_gold(analyses, doc):
    items = _items(analyses[doc], GOLD[doc]["key_element"])
    assert {a: items[a]["covered"] for a in GOLD[doc]["aspects"]} == GOLD[doc]["aspects"]


@pytest.mark.parametrize("doc", sorted(PASSING))
def test_an_ask_named_only_in_passing_is_missing(analyses, doc):
    """The ask leads its siblings in a sentence of its own (own_sib_margin >= 0: the passing mention), but no sentence
    that answers (a figure, or nearer to a measure than to a passing mention) is its own: not covered."""
    item = _items(analyses[doc], GOLD[doc]["key_element"])[PASSING[doc]]
    assert item["features"]["answer_margin"] < 0 <= item["features"]["own_sib_margin"]
    assert item["covered"] is False and GOLD[doc]["aspects"][PASSING[doc]] is False


def test_answered_asks_keep_their_answers(analyses):
    """Every ask answered with a measure keeps a sentence of its own that answers (answer_margin >= 0), except the two
    the key element's score leaves out (el reception capacity, sk judiciary: ``LABEL_XFAIL``)."""
    lost = [(d, a) for d, g in sorted(GOLD.items()) for a, y in g["aspects"].items()
            if y and _items(analyses[d], g["key_element"])[a]["features"]["answer_margin"] < 0]
    # hr-pathways' legal-migration: lost since interact15's practice queries (fifteenth session; named in ASPECT_XFAIL)
    assert lost == [("el-reception", "2.3.3.a/reception-capacity"), ("hr-pathways", "2.1.1.b/legal-migration"),
                    ("sk-governance", "2.5.b/judiciary")]
