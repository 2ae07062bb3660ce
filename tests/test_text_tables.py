"""Sentences of a table block (fresh-eyes input).

``tests/data/fresh/hr-2026.pdf``: a Croatian strategy excerpt written for these tests (own
translation in the Annex numbering; sections in another order than the Annex: 1, 2.3.3, 2.1.2, 2.6,
2.5, 2.4), whose section 2.6 is only a capacity table. Croatian writes years as ordinals ("2026."):
the sentence splitter cut the header row at every year, and the evidence of 2.6.a quoted "| 2030."
as its matching sentence.
"""

from __future__ import annotations

from pathlib import Path

from analyser.parse import parse
from analyser.text import split_sentences, table_rows

PDF = Path(__file__).parent / "data" / "fresh" / "hr-2026.pdf"
ROWS = [
    "Pokazatelj | 2026. | 2027. | 2028. | 2029. | 2030.",
    "Mjesta u prihvatilištima | 900 | 1 100 | 1 300 | 1 300 | 1 500",
    "Službenici koji odlučuju o zahtjevima | 55 | 70 | 80 | 80 | 85",
    "Granični policajci | 6 200 | 6 400 | 6 600 | 6 700 | 6 800",
    "Državni proračun (mil. EUR) | 61 | 64 | 66 | 68 | 70",
    "AMIF i BMVI (mil. EUR) | 18 | 19 | 19 | 20 | 20",
    "Termovizijske kamere na granici | 120 | 160 | 200 | 220 | 240",
]


def test_a_parsed_table_gives_one_sentence_per_row() -> None:
    table = [b for b in parse(PDF).blocks if b.text.startswith("Pokazatelj")]
    assert len(table) == 1
    assert split_sentences(table[0].text, "hr") == ROWS


def test_prose_is_split_as_before() -> None:
    text = "U 2024. godini podneseno je 4 960 zahtjeva. Do 2030. godine plan predviđa 1 500 mjesta."
    assert table_rows(text) is None
    assert split_sentences(text, "hr") == ["U 2024. godini podneseno je 4 960 zahtjeva.",
                                           "Do 2030. godine plan predviđa 1 500 mjesta."]
    # one line with a pipe, or a paragraph where few lines hold one, is no table
    assert table_rows("Mjera A | rok 2026.") is None
    assert table_rows("Uvod teksta.\nDrugi redak teksta.\nTreći | redak.") is None


def test_table_rows_collapse_whitespace_and_skip_empty_lines() -> None:
    assert table_rows("Year |  Places\n\n2026 | 900 \n2027 | 1 100") == ["Year | Places", "2026 | 900", "2027 | 1 100"]
