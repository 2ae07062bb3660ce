"""parse13: widely spaced lines (1.5 and double spacing, lines placed one by one) and struck-through deleted text of
drafts printed with tracked changes. Inputs and gold: ``tests/data/parse13`` (``make_inputs.py``, ``gold.json``;
``evaluate.py`` prints the figures per split)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analyser.parse import parse

DATA = Path(__file__).parent / "data" / "parse13"
GOLD = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
SPACED = sorted(n for n, g in GOLD.items() if "paragraphs" in g and n != "de-2026.broken-pitch15.pdf")
TRACKED = sorted(n for n, g in GOLD.items() if "absent" in g)


def _texts(name: str) -> tuple[list[str], tuple[str, ...]]:
    doc = parse(DATA / name)
    return [re.sub(r"\s+", " ", b.text).strip() for b in doc.blocks], doc.warnings


@pytest.mark.parametrize("name", SPACED)
def test_widely_spaced_paragraphs_are_whole_and_headings_apart(name: str) -> None:
    """Every paragraph one block, whole; headings and list items (also wrapped ones) blocks of their own."""
    texts, _ = _texts(name)
    g = GOLD[name]
    assert [p for p in g["paragraphs"] if p not in texts] == []
    assert [a for a in g["apart"] if a not in texts] == []


def test_paragraphs_a_little_further_apart_than_their_lines() -> None:
    """Fixed by parse14 (``blocks._starts_block_by_gap``): lines broken by hand at a 1.515 × size pitch whose
    paragraphs stand 1.85 pt (0.19 font sizes) further apart were one block per page; on an exactly pitched page a
    gap 0.15 font sizes beyond the pitch that is none of the page's in-paragraph gaps starts a block."""
    texts, _ = _texts("de-2026.broken-pitch15.pdf")
    assert [p for p in GOLD["de-2026.broken-pitch15.pdf"]["paragraphs"] if p not in texts] == []
    assert texts[2].startswith("Im Jahr 2025") and texts[2].endswith("Österreich und Polen.")


@pytest.mark.parametrize("name", TRACKED)
def test_struck_through_text_is_left_out_with_a_warning(name: str) -> None:
    """Deleted (struck) runs are not read, kept and inserted (underlined) runs and ruled tables are; W103 exactly
    when something was struck."""
    texts, warnings = _texts(name)
    whole = " ".join(texts)
    g = GOLD[name]
    assert [a for a in g["absent"] if a in whole] == []
    assert [p for p in g["present"] if p not in whole] == []
    assert [w[:6] for w in warnings] == (["[W103]"] if g["warn"] else [])


def test_struck_words_give_way_to_the_inserted_ones() -> None:
    texts, warnings = _texts("de-2026.tracked-black.pdf")
    assert "Jedes Jahr sollen 28 000 Ausreisepflichtige das Bundesgebiet verlassen; die freiwillige Rückkehr hat Vorrang." in texts
    assert not any("Vorsorge" in t or "Massenzustrom" in t for t in texts)
    assert "on page(s) 1 were left out as deleted text" in warnings[0]
