"""Two-column grids "Annex number and title | answer" under a header row of labels (grid15fix; parse stage only).

Inputs: ``tests/data/grid15`` (nl PDF, sk DOCX) and ``tests/data/grid15fix`` (de, pt, el PDF; ro DOCX), written before
the fix; the segmentation with the real model is in ``tests/test_grid15fix_model.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyser.parse import parse
from analyser.parse.tables import layout_header, layout_table, qa_cells

DATA = Path(__file__).parent / "data"
ROWS = [["Onderdeel", "Antwoord"],
        ["1. Nationale situatie", "In 2025 werden in Nederland 38 000 asielaanvragen ingediend, meer dan in het jaar "
                                  "daarvoor."],
        ["2.3.3. Opvang", "Het COA biedt 64 000 opvangplaatsen met huisvesting, maaltijden, medische zorg en leefgeld."]]


def test_header_row_of_labels_above_titled_rows_is_a_layout() -> None:
    assert layout_header(ROWS) is True
    assert layout_table(ROWS) is True
    assert layout_table(ROWS[1:]) is True  # without the header, as before (fresh6)


def test_header_of_three_columns_or_a_table_of_figures_is_no_layout() -> None:
    three = [["Sadaļa", "Jautājums", "Atbilde"]] + [[r[0], "Kā tiek nodrošināta efektīva atgriešana?", r[1]]
                                                      for r in ROWS[1:]]
    assert layout_header(three) is False
    assert layout_table(three) is False
    assert qa_cells(three) is not None  # a section | question | answer table, read as its cells
    figures = [["Jahr", "Anträge"], ["2024", "250 000"], ["2025", "230 000"]]
    assert layout_header(figures) is True  # labels, but the rows below are no titled prose
    assert layout_table(figures) is False
    numbered = [["1. Nationale situatie", "kort"]] + ROWS[1:]
    assert layout_header(numbered) is False


@pytest.mark.parametrize("path", ["grid15/nl-2026.one-table.pdf", "grid15/sk-2026.grid.docx",
                                  "grid15fix/de-2026.grid.pdf", "grid15fix/pt-2026.grid.pdf",
                                  "grid15fix/ro-2026.grid.docx", "grid15fix/el-2026.grid.pdf"])
def test_grid_rows_are_one_heading_and_one_paragraph_each(path: str) -> None:
    """Each row: its "2.1.2. Title" cell a heading block, its answer a paragraph (no table_cell); a header row one
    table block; nothing else of the table."""
    gold = json.loads((DATA / path.split("/")[0] / "gold.json").read_text(encoding="utf-8"))
    g = next(v for v in gold.values() if v["file"] == path.split("/")[1])
    blocks = parse(DATA / path).blocks
    heads = [b.text.split()[0].rstrip(".") for b in blocks if b.kind == "heading" and b.text[:1].isdigit()]
    assert heads == g["sections"]
    for first in g["answers"]:
        (b,) = [b for b in blocks if b.text.startswith(first)]
        assert (b.kind, b.table_cell) == ("paragraph", None)
    tables = [b.text for b in blocks if b.kind == "table"]
    assert len(tables) <= 1 and all("\n" not in t and len(t.split(" | ")) == 2 for t in tables)
