"""Pages of the text of a paragraph that runs onto the next page (issue 15: evidence pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.parse import parse

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402


def test_paragraph_over_a_page_break_records_where_each_page_starts(tmp_path: Path) -> None:
    path = tmp_path / "two-pages.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    first = ["The reception agency will open four new centres in the coming", "years. It will also train its staff in the",
             "identification of vulnerable applicants and in the provision of"]
    y = 120.0
    for text in first:
        c.drawString(72, y, text)
        y -= 13
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(72, 780, "legal information. Returns are organised by the return service.")
    c.drawString(72, 767, "It reports to the minister.")
    c.showPage()
    c.save()
    [blk] = [b for b in parse(path).blocks if b.kind == "paragraph"]
    assert blk.text == ("The reception agency will open four new centres in the coming years. It will also train its staff "
                        "in the identification of vulnerable applicants and in the provision of legal information. "
                        "Returns are organised by the return service. It reports to the minister.")
    assert blk.page == 1
    assert blk.page_starts == ((blk.text.index("legal information."), 2),)
    assert blk.page_at(blk.text.index("It will also")) == 1
    assert blk.page_at(blk.text.index("Returns are")) == 2


def test_hyphenated_word_over_the_page_break(tmp_path: Path) -> None:
    path = tmp_path / "hyphen-break.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 120, "De minister zorgt voor de opvang van asielzoekers en de migra-")
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(72, 780, "tieketen. Gemeenten voeren de taken uit.")
    c.showPage()
    c.save()
    [blk] = [b for b in parse(path).blocks if b.kind == "paragraph"]
    assert blk.text == "De minister zorgt voor de opvang van asielzoekers en de migratieketen. Gemeenten voeren de taken uit."
    # the cut word belongs to the first page; the next sentence to the second
    assert blk.page_at(blk.text.index("migratieketen")) == 1
    assert blk.page_at(blk.text.index("Gemeenten")) == 2


def test_one_page_blocks_have_no_page_starts(tmp_path: Path) -> None:
    path = tmp_path / "one.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "One line only.")
    c.save()
    [blk] = parse(path).blocks
    assert blk.page_starts == () and blk.page_at(5) == 1
