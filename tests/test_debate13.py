"""The record of a debate, hearing or committee sitting on the strategy is no strategy (thirteenth session, debate13).

fresh10 #1: a Dáil debate whose agenda line "National Asylum and Migration Management Strategy: Statements" passed as
the strategy's title (``scope.strategy_title_line``, so the genre model's 0.07 was not asked) was in scope with answers.
Speaker turns (:func:`analyser.scope.speaker_turns`) in a dialogue (:func:`analyser.scope.debate_record`) put it out.
Inputs: ``tests/data/debate13`` (README there; pl/sv/it held-out) and ``tests/data/fresh10/en-ie-dail-debate.txt``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from analyser.match import match
from analyser.parse import parse
from analyser.schema import SegmentedBlock, Segmentation
from analyser.scope import assess_scope, debate_record, speaker_turns

DATA = Path(__file__).parent / "data"
TRANSCRIPTS = {"de-bundestag-aussprache.txt": 8, "fr-assemblee-debat.txt": 8, "pl-sejm-posiedzenie.txt": 8,
               "sv-riksdag-debatt.txt": 7, "it-camera-dibattito.txt": 8}


def _parsed(path: Path) -> Segmentation:
    doc = parse(path)
    return Segmentation(doc_id=doc.doc_id, sections={},
                        blocks=tuple(SegmentedBlock(block=b, section_id=None, role="answer") for b in doc.blocks))  # type: ignore[arg-type]


@pytest.mark.parametrize("name, turns", sorted(TRANSCRIPTS.items()))
def test_a_transcript_in_five_languages_is_a_debate_record(name, turns):
    assert len(debate_record(_parsed(DATA / "debate13" / name))) == turns


def test_the_dail_debate_turns():
    assert speaker_turns(_parsed(DATA / "fresh10" / "en-ie-dail-debate.txt")) == (
        "minister for justice (deputy a. byrne)", "deputy c. murphy", "deputy m. o'sullivan",
        "minister for justice (deputy a. byrne)", "deputy c. murphy", "an ceann comhairle", "deputy p. kelly")


def test_speaker_labels_of_each_house():
    seg = _parsed(DATA / "debate13" / "sv-riksdag-debatt.txt")
    assert speaker_turns(seg)[:3] == ("talmannen", "migrationsminister johan forssell (m)", "anna lasses (c)")  # "Anf. N" dropped
    assert speaker_turns(_parsed(DATA / "debate13" / "it-camera-dibattito.txt"))[:3] == (
        "presidente", "matteo piantedosi, ministro dell'interno", "matteo mauri")
    assert speaker_turns(_parsed(DATA / "debate13" / "fr-assemblee-debat.txt"))[:3] == (
        "m. le président", "m. le ministre de l'intérieur", "mme elsa faucillon")


def test_a_strategys_list_of_responsibilities_is_no_dialogue():
    """The strategy titled "…: Statement of the Government" names three ministers once each ("Minister for Justice: …")."""
    seg = _parsed(DATA / "debate13" / "en-strategy-statement-of-government.txt")
    assert speaker_turns(seg) == ("minister for justice", "minister for children, equality, disability, integration and youth",
                                  "minister for foreign affairs")
    assert debate_record(seg) == ()


@pytest.fixture(scope="module")
def dail(template, fake_encoder):
    seg = _parsed(DATA / "fresh10" / "en-ie-dail-debate.txt")
    m = match(seg, template, fake_encoder, "en", evidence_bank=False)
    n = len(m.passages)
    # the real model's reading (fresh10): topicality in, genre 0.07, a leading line naming the strategy
    return seg, dataclasses.replace(m, topic_sim=np.full(n, 0.9, np.float32), genre_sim=np.full(n, 0.07, np.float32))


def test_a_debate_whose_agenda_line_names_the_strategy_is_out(dail):
    from analyser.scope import strategy_title_line

    seg, m = dail
    assert strategy_title_line(seg) == "National Asylum and Migration Management Strategy: Statements"
    d = assess_scope(m, seg)
    assert not d.in_scope
    assert d.reason == ('the record of a debate or hearing, not a strategy: 7 speaker turns by 5 speakers '
                        '("minister for justice (deputy a. byrne)", "deputy c. murphy" …)')
