"""A practice stated without a figure answers; a passing mention does not (interact15), with the real model.

Sentences in ``tests/data/practice15/sentences.json`` (fr, it, es, pl seen while choosing the last two of
:data:`analyser.aspect_score.MEASURE_QUERIES`; nl, pt, cs, sv held-out), written before any run:
eight one-sentence answers that state how something is done ("Les éloignements sont effectués dans le respect de la
dignité … et accompagnés par un observateur indépendant") and eight passing mentions ("Nous examinerons également la
question …"). Before: the seen 8/8 (fresh8's German return clause -0.006, a mention); held-out 6/8. After: seen 8/8
and the German clause +0.019; held-out 7/8 (the Swedish one strict xfail), measured after the first added query and
again after the second (chosen on the German clause alone, the whole sentence having been measured first: the splitter
cuts it at the semicolon), unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyser.aspect_score import MEASURE_QUERIES, MENTION_QUERIES, answer_contrast, answer_sentences

pytestmark = pytest.mark.model

ROWS = json.loads((Path(__file__).parent / "data" / "practice15" / "sentences.json").read_text(encoding="utf-8"))["sentences"]
GERMAN = "Vorrang hat die freiwillige Rückkehr mit Rückkehr- und Reintegrationshilfe;"  # fresh8, split at ";"
XFAIL = {"Återvändandet sker": "held-out: the Swedish 'Återvändandet sker med respekt för människovärdet och följs av "
                               "en oberoende observatör' reads as a passing mention (contrast -0.007; -0.019 before)"}


def _answers(encoder, texts: list[str]) -> list[bool]:
    contrast = answer_contrast(encoder.encode(texts, kind="passage"), encoder.encode(list(MEASURE_QUERIES), kind="query"),
                               encoder.encode(list(MENTION_QUERIES), kind="query"))
    return answer_sentences(texts, contrast).tolist()


def _param(row: dict):
    reason = next((r for k, r in XFAIL.items() if row["text"].startswith(k)), None)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(row, id=f"{row['split']}-{row['lang']}-{'answer' if row['answers'] else 'mention'}", marks=marks)


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_practice_answers_and_mention_does_not(e5_encoder, row: dict) -> None:
    assert _answers(e5_encoder, [row["text"]]) == [row["answers"]]


def test_german_return_practice_answers(e5_encoder) -> None:
    """fresh8's German return clause (no figure): a priority stated, not a passing mention (-0.006 before)."""
    assert _answers(e5_encoder, [GERMAN]) == [True]
