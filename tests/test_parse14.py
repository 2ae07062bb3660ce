"""parse14: PDF layouts on new inputs written before the fixes (``tests/data/parse14``: ``make_inputs.py``,
``gold.json``, ``evaluate.py`` prints the figures per split; "seen" files were looked at while fixing, "heldout" ones
only measured before and after)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analyser.parse import parse

DATA = Path(__file__).parent / "data" / "parse14"
GOLD = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
TIGHT = sorted(n for n in GOLD if ".tight-" in n)
COLOUR = sorted(n for n in GOLD if "absent" in GOLD[n])
COLUMNS = sorted(n for n in GOLD if ".columns" in n)


def _parse(name: str):
    doc = parse(DATA / name)
    return [re.sub(r"\s+", " ", b.text).strip() for b in doc.blocks], doc


@pytest.mark.parametrize("name", TIGHT)
def test_tightly_spaced_paragraphs_are_apart_and_whole(name: str) -> None:
    """Paragraphs only 0.17–0.22 font sizes further apart than their lines (lines broken by hand at a 1.5 × size
    pitch, or wrapped single-spaced at 1.2): each one block, whole, in order; headings and list items apart."""
    texts, _ = _parse(name)
    g = GOLD[name]
    assert [p for p in g["paragraphs"] if p not in texts] == []
    assert [a for a in g["apart"] if a not in texts] == []
    assert len(texts) == len(g["order"])


@pytest.mark.parametrize("name", COLOUR)
def test_deleted_text_shown_by_colour_only_is_left_out(name: str) -> None:
    """Deleted runs in the reviewer's colour (no strike line) beside inserted ones underlined in theirs are left out
    with W103; the controls (red headings and emphasis, a red warning sentence, blue underlined links) are read
    whole, without a warning."""
    texts, doc = _parse(name)
    whole = " ".join(texts)
    g = GOLD[name]
    assert [a for a in g["absent"] if a in whole] == []
    assert [p for p in g["present"] if p not in whole] == []
    assert [w[:6] for w in doc.warnings] == (["[W103]"] if g["warn"] else [])


def test_colour_only_deletion_replaced_by_its_insertion() -> None:
    texts, doc = _parse("hu-2026.tracked-colour.pdf")
    assert texts == ["2.1.2. Belső dimenzió",
                     "Évente 3 000 jogellenesen tartózkodó harmadik országbeli állampolgárnak kell elhagynia az ország "
                     "területét.",
                     "2.6. Elegendő kapacitás",
                     "A költségvetés 180 milliárd forint; a főigazgatóság 150 új ügyintézőt vesz fel."]
    assert "on page(s) 1 were left out as deleted text" in doc.warnings[0]


@pytest.mark.parametrize("name", COLUMNS)
def test_justified_hyphenated_columns_footnotes_and_landscape_table(name: str) -> None:
    """Two and three justified, hyphenated columns (the last one a few lines), a page of footnotes and a landscape
    table: every paragraph whole (hyphenation undone) and in reading order, the running header out of the body,
    every footnote and table cell read."""
    texts, doc = _parse(name)
    g = GOLD[name]
    body = [re.sub(r"\s+", " ", b.text).strip() for b in doc.blocks if b.kind != "header_footer"]
    whole = " ".join(texts)
    assert [p for p in g["paragraphs"] if p not in texts] == []
    assert [h for h in g["apart"] if h not in texts] == []  # the page-one title too (was furniture: its words are the running header)
    pos = [next(i for i, t in enumerate(texts) if t.startswith(o)) for o in g["order"]]
    assert pos == sorted(pos)
    assert g["furniture"][0] not in body  # the running header is no body block of its own
    assert [n for n in g.get("notes", []) if n not in whole] == []
    assert [c for c in g.get("cells", []) if c not in whole] == []


def test_page_one_title_set_in_the_running_headers_words_is_no_furniture() -> None:
    """The title printed big on page one, its first line the running header's words (hu) or those words and a year
    range cut at its dash (sk), was read as furniture ("2031" a page number); the 8 pt header stays furniture."""
    for name, title in (("hu-2026.columns2.pdf", "Nemzeti menekültügyi és migrációkezelési stratégia 2026–2031"),
                        ("sk-2026.columns3.pdf", "Národná stratégia riadenia azylu a migrácie 2026 – 2031")):
        doc = parse(DATA / name)
        first = [(b.kind, b.text) for b in doc.blocks if b.page == 1][:2]
        assert first == [("header_footer", GOLD[name]["furniture"][0]), ("heading", title)]
