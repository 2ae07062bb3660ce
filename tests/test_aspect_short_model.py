"""Aspects with the real model on six more short made-up strategies (tests/data/aspects_short, ke11; gold in
``gold.json``, written with the texts before any run): one key element in focus, answered in full (Danish reception)
or in one or two of its asks, a sibling ask named in passing (Slovak talent partnerships, Croatian Eurodac) or not at
all. Slovak, Croatian and Danish were seen while the sub-document examples of the aspect calibration were measured
(``scripts/derive_aspect_subdocs.py``; not shipped); Bulgarian, Greek and Polish were held out and measured once at
the end (shipped calibration: labels 2/3, focus aspects 6/8; with the sub-documents 2/3, 5/8).

What holds with the shipped calibration: every answered ask but one is covered, the Danish answer to both asks of
2.3.3.a is addressed, the Polish labour-inspection and employer-fine text is partial with exploitation missing, the
Greek UNHCR/IOM/NGO text is partial with only the international organisations covered (social partners missing since
aspects13's ``own_sib_margin``: their only sentence of their own was outside section 2.5 and not about them), the
Slovak resettlement text is partial, and since aspects14 (``answer_margin``) its EU talent partnerships, named only
in passing ("Talentové partnerstvá EÚ sú iniciatívou Európskej komisie"), are missing (were covered 0.96). What does not (strict xfails): a sibling named in passing is covered by its
mention, a sibling ask next to the answered one is covered because the key element scores about 1.0 (the defect of
tests/test_aspect_sibling_model.py, seen in new languages), and since aspects13 the Polish employer sanctions are
missing (their sentence reads more of illegal employment).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "aspects_short"
GOLD = {k: v for k, v in json.loads((DATA / "gold.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}

_SIBLING = ("known defect (issue 13): in a short text a sibling ask of a key element scored about 1.0 is covered, and a "
            "sibling named in passing is covered by its mention: ")
XFAIL = {
    "hr-digital": _SIBLING + "hr 2.6.b/eu-it-systems 0.99 ('Eurodac je informacijski sustav Europske unije'): addressed",
    "bg-return": _SIBLING + "bg 2.1.2.c/dignified-return 0.95 next to forced return only: addressed (held out)",
    "pl-employment": "regression of aspects13 (own_sib_margin; held out): 2.1.2.b/employer-sanctions 0.61 lost its "
                     "sentence of its own: the employer-fine sentence of section 2.1.2 reads more of illegal employment "
                     "than of employer sanctions, and the sentence where it led (sib_margin 0.34) is outside the section "
                     "and not about it (the label stays partial)",
}
XFAIL["sk-resettlement"] = ("regression of interact15's two practice queries (fifteenth session, found by the clean-clone "
                            "CI): 2.1.1.b/legal-migration is covered though the Slovak resettlement text answers only "
                            "resettlement (the label stays the gold)")
LABEL_OK = {"pl-employment", "sk-resettlement"}  # the label is the gold though an aspect is not


def _param(doc: str, label_only: bool = False):
    reason = XFAIL.get(doc)
    if reason is None or (label_only and doc in LABEL_OK):
        return doc
    return pytest.param(doc, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.fixture(scope="module")
def analyses(tmp_path_factory, e5_encoder):
    from analyser.pipeline import analyse_corpus

    src = tmp_path_factory.mktemp("short_in")
    for d in GOLD:
        shutil.copy(DATA / f"{d}.txt", src / f"{d}.txt")
    out = tmp_path_factory.mktemp("short_out")
    results = analyse_corpus([src], out=out, encoder=e5_encoder)
    assert [r.status for r in results] == ["success"] * len(GOLD), results
    return {d: json.loads((out / d / "analysis.json").read_text(encoding="utf-8")) for d in GOLD}


def _items(analysis: dict, ke: str) -> dict[str, dict]:
    return {x["id"]: x for x in analysis["coverage"][ke]["aspects"]}


@pytest.mark.parametrize("doc", [d if d != "pl-employment" else pytest.param(d, marks=pytest.mark.xfail(
    strict=True, reason=XFAIL[d])) for d in sorted(GOLD)])
def test_every_answered_ask_is_covered(analyses, doc):
    items = _items(analyses[doc], GOLD[doc]["key_element"])
    answered = [a for a, y in GOLD[doc]["aspects"].items() if y]
    assert [a for a in answered if not items[a]["covered"]] == []


@pytest.mark.parametrize("doc", [_param(d, label_only=True) for d in sorted(GOLD)])
def test_the_focus_label_is_the_gold(analyses, doc):
    assert analyses[doc]["coverage"][GOLD[doc]["key_element"]]["label"] == GOLD[doc]["label"]


@pytest.mark.parametrize("doc", [_param(d) for d in sorted(GOLD)])
def test_every_focus_aspect_is_the_gold(analyses, doc):
    items = _items(analyses[doc], GOLD[doc]["key_element"])
    assert {a: items[a]["covered"] for a in GOLD[doc]["aspects"]} == GOLD[doc]["aspects"]
