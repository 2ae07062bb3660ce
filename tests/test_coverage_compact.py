"""Compact strategies: one paragraph answers two or three key elements (real model).

The development strategies answer one key element per paragraph (1.04–1.12 key elements per
gold evidence block in the twelve fictional ones, 1.38 in the Dutch one). A fresh-eyes tester's
Latvian, Slovenian and Croatian excerpts (``tests/data/fresh/{lv,sl,hr}-2026``) state return
(2.1.2.c) in one sentence of a paragraph that also names Dublin transfers and voluntary
departure, and reception conditions (2.3.3.a) in one sentence beside vulnerable persons and
monitoring; both came out absent and the return sentence was cited for Dublin.

Segmentation is not the cause: the sentences stand in 2.1.2 and 2.3.3 (asserted below). The
passage-level k-NN vote and probe of such a paragraph go to its dominant element only.

Held-out (written before any change, never tuned on): ``el``, ``es``, ``sv`` (return and
reception conditions each in a paragraph shared with other key elements, stated at some length)
and ``it``, ``sk`` (the compact style of lv/sl/hr: each one short sentence). A second held-out pair, ``et``
and ``pt`` (other languages, the paragraphs' sentences in another order), was written before the
multi-topic split of the sixth session (removed) and never tuned on. A third held-out set, ``de``, ``pl``, ``fi``
(``tests/data/compact/heldout``), was written before the hand-written compact examples of the evidence bank
(``tests/data/compact/train``, :func:`analyser.bank_build.load_compact_examples`), which cover return in every compact
document and reception conditions in all but sl, hr and sk. A fourth held-out set, ``lt`` and ``bg`` with an English
energy-security and a Portuguese agriculture strategy whose labour paragraph names permits, return, housing and
inspections (``tests/data/compact/heldout2``), was written before the compact examples' sentences
(:class:`analyser.match.BankParts`, eighth session) and never tuned on. Since the ninth session every passage of two
sentences or more is also read per sentence window (:func:`analyser.match.window_evidence`, :func:`analyser.score.unit_views`;
tuned on nothing, looked at on lv/sl/hr/sk/it/lt); a fifth held-out set is ``tests/test_compact_heldout3.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

FRESH = Path(__file__).parent / "data" / "fresh"
COMPACT_DIR = Path(__file__).parent / "data" / "compact" / "heldout"
COMPACT_DIR_8 = Path(__file__).parent / "data" / "compact" / "heldout2"
TUNING = ("lv-2026", "sl-2026", "hr-2026")
# written before the compact training examples of the evidence bank (tests/data/compact/train), never tuned on
HELD_OUT_7 = ("de-2026", "pl-2026", "fi-2026")
# written before the compact examples' sentences in the evidence bank (match.BankParts), never tuned on
HELD_OUT_8 = ("lt-2026", "bg-2026")
OFF_TOPIC_8 = ("en-security-2026", "pt-agri-2026")
HELD_OUT = ("el-2026", "es-2026", "sv-2026", "it-2026", "sk-2026", "et-2026", "pt-2026") + HELD_OUT_7 + HELD_OUT_8
# the sentence that states return, and the one that states the reception conditions (start of each)
RETURN_SENTENCE = {
    "lv-2026": "Personām, kurām atteikta aizsardzība, tiek pieņemts atgriešanas lēmums",
    "sl-2026": "Odločba o vrnitvi se izda skupaj z zavrnilno odločbo.",
    "hr-2026": "Odluka o povratku donosi se zajedno s odlukom o odbijanju zahtjeva.",
    "it-2026": "Chi non ha diritto a rimanere riceve un provvedimento di rimpatrio",
    "sk-2026": "Štátnym príslušníkom tretích krajín, ktorí nemajú právo zostať, sa vydá rozhodnutie o návrate",
    "et-2026": "Tagasisaatmisotsus tehakse koos kaitse andmisest keeldumise otsusega.",
    "pt-2026": "Quem não tem direito a permanecer recebe uma decisão de regresso",
    "de-2026": "Wer kein Aufenthaltsrecht hat, erhält mit dem ablehnenden Bescheid eine Rückkehrentscheidung.",
    "pl-2026": "Cudzoziemiec, który nie ma prawa pobytu, otrzymuje decyzję o zobowiązaniu do powrotu",
    "fi-2026": "Kielteisen päätöksen saaneelle annetaan samalla maastapoistamispäätös.",
    "lt-2026": "Asmeniui, neturinčiam teisės likti, kartu su neigiamu sprendimu priimamas sprendimas dėl grąžinimo.",
    "bg-2026": "На лицата без право на пребиваване заедно с отказа се издава решение за връщане.",
}
# key elements the held-out texts do not address: the border procedure (none of them), employer sanctions
# (all but the Italian one, which names labour inspections)
NOT_ADDRESSED = {
    "el-2026": ("2.2.2.b", "2.1.2.b"),
    "es-2026": ("2.2.2.b", "2.1.2.b"),
    "sv-2026": ("2.2.2.b", "2.1.2.b"),
    "it-2026": ("2.2.2.b",),
    "sk-2026": ("2.2.2.b", "2.1.2.b"),
    "et-2026": ("2.2.2.b", "2.1.2.b"),
    "pt-2026": ("2.2.2.b", "2.1.2.b"),
    "de-2026": ("2.2.2.b", "2.1.2.b"),
    "pl-2026": ("2.2.2.b", "2.1.2.b"),
    "fi-2026": ("2.2.2.b", "2.1.2.b"),
    "lt-2026": ("2.2.2.b", "2.1.2.b"),
    "bg-2026": ("2.2.2.b", "2.1.2.b"),
}


@pytest.fixture(scope="module")
def compact_run(tmp_path_factory, e5_encoder):
    from analyser.pipeline import analyse_corpus

    inputs = tmp_path_factory.mktemp("compact-in")
    for doc_id in TUNING + HELD_OUT + OFF_TOPIC_8:
        folder = COMPACT_DIR if doc_id in HELD_OUT_7 else COMPACT_DIR_8 if doc_id in HELD_OUT_8 + OFF_TOPIC_8 else FRESH
        src = next(p for p in sorted(folder.glob(f"{doc_id}.*")) if p.suffix in (".txt", ".pdf") and p.name.count(".") == 1)
        (inputs / src.name).write_bytes(src.read_bytes())
    out = tmp_path_factory.mktemp("compact-out")
    results = analyse_corpus([str(inputs)], out=out, encoder=e5_encoder)
    assert sorted(r.doc_id for r in results) == sorted(TUNING + HELD_OUT + OFF_TOPIC_8)
    return {d: json.loads((out / d / "analysis.json").read_text(encoding="utf-8")) for d in TUNING + HELD_OUT + OFF_TOPIC_8}


def _blocks_with(data: dict, start: str) -> list[dict]:
    return [b for b in data["blocks"] if start in " ".join(b["text"].split())]


@pytest.mark.parametrize("doc_id", sorted(RETURN_SENTENCE))
def test_the_return_sentence_stands_in_the_internal_dimension(compact_run, doc_id):
    """Segmentation places it right: an answer block of 2.1.2 (the cause is not the section)."""
    blocks = _blocks_with(compact_run[doc_id], RETURN_SENTENCE[doc_id])
    assert [(b["section"], b["role"]) for b in blocks] == [("2.1.2", "answer")]


@pytest.mark.parametrize("doc_id", TUNING + ("it-2026", "sk-2026", "el-2026", "et-2026", "pt-2026", "lt-2026") + HELD_OUT_7)
def test_dublin_evidence_cites_the_dublin_sentence(compact_run, doc_id):
    """The matching sentence of the Dublin key element is the one that names Dublin transfers, not the
    return sentence beside it (the raw cosine picked the return sentence in lv, sl and hr)."""
    cov = compact_run[doc_id]["coverage"]["2.1.2.a"]
    assert cov["label"] != "absent"
    first = cov["evidence"][0]
    assert first["section"] == "2.1.2"
    assert "dubl" in first["sentence"].lower() or "δουβλ" in first["sentence"].lower(), first["sentence"]


STATED_AT_LENGTH = ("el-2026", "es-2026", "sv-2026")
COMPACT = ("lv-2026", "sl-2026", "hr-2026", "it-2026", "sk-2026", "et-2026", "pt-2026") + HELD_OUT_7 + HELD_OUT_8


@pytest.mark.parametrize("doc_id", STATED_AT_LENGTH)
@pytest.mark.parametrize("key_element", ["2.1.2.c", "2.3.3.a"])
def test_return_and_reception_conditions_stated_at_length_are_covered(compact_run, doc_id, key_element):
    """Held-out: in a paragraph shared with other key elements, but two to four sentences long."""
    cov = compact_run[doc_id]["coverage"][key_element]
    assert cov["label"] in ("addressed", "partial"), (doc_id, key_element, cov["score"])
    assert cov["evidence"][0]["section"] == key_element.rsplit(".", 1)[0]


# sl, hr and sk's reception sentences (2.3.3.a 0.46 / 0.49 / 0.11, strict xfails until the eighth session) are covered
# since the ninth session's sentence windows (match.window_evidence, score.unit_views): 0.98 / 0.89 / 0.73
HELD_OUT_8_MISS = pytest.mark.xfail(strict=True, reason=(
    "known defect found by the eighth session's held-out set (tests/data/compact/heldout2, before any change and after "
    "the compact examples' sentences alike): the Lithuanian return sentence, first of three in its paragraph after the "
    "Dublin one, reads absent (2.1.2.c 0.44 against 0.525); Bulgarian return 1.00"))


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, marks=HELD_OUT_8_MISS if (d, k) == ("lt-2026", "2.1.2.c") else (), id=f"{k}-{d}")
    for k in ("2.1.2.c", "2.3.3.a") for d in COMPACT])
def test_return_and_reception_conditions_in_one_sentence_are_covered(compact_run, doc_id, key_element):
    """lv/sl/hr (fresh-eyes, diagnosed), it/sk and et/pt (held-out, written in their style before any change),
    de/pl/fi (held-out, written before the compact examples of the evidence bank)."""
    cov = compact_run[doc_id]["coverage"][key_element]
    assert cov["label"] in ("addressed", "partial"), (doc_id, key_element, cov["score"])


@pytest.mark.parametrize("doc_id", HELD_OUT)
def test_held_out_key_elements_not_addressed_stay_absent(compact_run, doc_id):
    cov = compact_run[doc_id]["coverage"]
    assert {k: cov[k]["label"] for k in NOT_ADDRESSED[doc_id]} == {k: "absent" for k in NOT_ADDRESSED[doc_id]}


@pytest.mark.parametrize("doc_id", OFF_TOPIC_8)
def test_off_topic_strategies_with_a_labour_paragraph_cover_nothing(compact_run, doc_id):
    """Held-out (heldout2): an energy-security and an agriculture strategy whose one paragraph names third-country workers'
    permits, return and housing are no asylum strategies: no key element covered (both out of scope: 0.19, 0.40)."""
    data = compact_run[doc_id]
    assert [k for k, c in data["coverage"].items() if c["label"] != "absent"] == []
    assert not data["in_scope"]
