"""Overprinted and small print, three columns, sideways and upside-down text (issue 15).

Each test draws its own page with reportlab and pins the exact blocks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.parse import parse

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

WIDTH, HEIGHT = A4


def _texts(doc) -> list[str]:
    return [b.text for b in doc.blocks if b.kind not in ("header_footer", "footnote")]


def test_text_drawn_four_times_is_read_once(tmp_path: Path) -> None:
    """Overprinted text: every line drawn four times, 0.3 pt apart ("mmmmeeeemmmm..." in plain extraction)."""
    path = tmp_path / "overprint.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for k in range(4):
        c.setFont("Helvetica", 7)
        c.drawString(72 + 0.3 * k, 700, "Memory of the reception system: 1,250 places in 2024.")
        c.setFont("Helvetica", 10)
        c.drawString(72 + 0.3 * k, 680, "Summary all ill committee.")
    c.save()
    assert _texts(parse(path)) == ["Memory of the reception system: 1,250 places in 2024.", "Summary all ill committee."]


def test_tightly_set_small_print_lines_stay_apart(tmp_path: Path) -> None:
    """6 pt notes on a 6.5 pt leading: lines must not be merged into one another."""
    path = tmp_path / "small-print.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    lines = ["Source: national statistics office, own calculations.", "Figures for 2025 are provisional.",
             "Rounded to the nearest hundred."]
    y = 700.0
    for text in lines:
        c.setFont("Helvetica", 6)
        c.drawString(72, y, text)
        y -= 6.5
    c.save()
    assert _texts(parse(path)) == [" ".join(lines)]


def test_three_columns_read_column_by_column(tmp_path: Path) -> None:
    path = tmp_path / "three-columns.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(56, 790, "Official gazette: three columns")
    cols = [
        ["The first column opens", "the notice on reception", "and ends its sentence.", "A second sentence", "stays in column one."],
        ["The second column talks", "about the procedures", "at the border crossing.", "Its last sentence", "closes column two."],
        ["The third column sets", "out the return policy", "for the coming years.", "A final sentence", "closes column three."],
    ]
    for x, lines in zip((56, 236, 416), cols):
        y = 760.0
        for text in lines:
            c.setFont("Helvetica", 9)
            c.drawString(x, y, text)
            y -= 12
    c.save()
    assert _texts(parse(path)) == [
        "Official gazette: three columns",
        "The first column opens the notice on reception and ends its sentence. A second sentence stays in column one.",
        "The second column talks about the procedures at the border crossing. Its last sentence closes column two.",
        "The third column sets out the return policy for the coming years. A final sentence closes column three.",
    ]


def test_two_columns_unchanged_by_the_column_search(tmp_path: Path) -> None:
    path = tmp_path / "two-columns.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    left = ["The left column holds", "the first paragraph of", "the notice on reception.", "It ends here."]
    right = ["The right column holds", "the second paragraph of", "the notice on returns.", "It ends there."]
    for x, lines in zip((56, 310), (left, right)):
        y = 760.0
        for text in lines:
            c.setFont("Helvetica", 10)
            c.drawString(x, y, text)
            y -= 13
    c.save()
    assert _texts(parse(path)) == [
        "The left column holds the first paragraph of the notice on reception. It ends here.",
        "The right column holds the second paragraph of the notice on returns. It ends there.",
    ]


def test_sideways_box_beside_upright_text_is_kept(tmp_path: Path) -> None:
    """A box of text turned 90 degrees in the margin of an upright page is read, after the page's text."""
    path = tmp_path / "sideways-box.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    for i, text in enumerate(["The page itself runs upright as usual.", "It has a second line of text.",
                              "And a third line to make it the main direction."]):
        c.drawString(72, 700 - 13 * i, text)
    c.saveState()
    c.translate(540, 300)
    c.rotate(90)
    c.setFont("Helvetica", 9)
    c.drawString(0, 0, "Box: reception capacity rose by 12 %.")
    c.restoreState()
    c.save()
    assert _texts(parse(path)) == [
        "The page itself runs upright as usual. It has a second line of text. And a third line to make it the main direction.",
        "Box: reception capacity rose by 12 %.",
    ]


def test_upside_down_page_is_read_forwards(tmp_path: Path) -> None:
    path = tmp_path / "upside-down.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.saveState()
    c.translate(WIDTH, HEIGHT)
    c.rotate(180)
    c.setFont("Helvetica", 10)
    c.drawString(72, 100, "This page was printed upside down.")
    c.drawString(72, 113, "Its lines still read in order.")
    c.restoreState()
    c.save()
    doc = parse(path)
    assert _texts(doc) == ["Its lines still read in order. This page was printed upside down."]
    assert doc.pages[0].flags == ("rotated",)
