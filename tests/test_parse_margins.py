"""Margin notes read beside their paragraph (fresh4 finding #10, ``parse/margins.py``).

The Portuguese input of fresh4 has its notes in the right margin (tests/test_fresh4.py); this one, written for the
fix, is Dutch with the notes in the right margin, and in the LEFT margin (blocks as the column pass gives them), and
the guards: a page of two equal columns, and a narrow right-hand column set in body type (a box of text, no notes),
keep the column-by-column order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.parse import parse
from analyser.parse.margins import place_margin_notes
from analyser.schema import Block, PageColumns

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

NL = [
    ("2.1.2. Interne dimensie", ["Wie geen recht heeft op verblijf, keert terug naar het",
                                 "land van herkomst. De Dienst Terugkeer en Vertrek begeleidt",
                                 "de vreemdeling en zet waar nodig gedwongen vertrek in,",
                                 "met charters van Frontex en toezicht op elke vlucht."],
     ["Doel: 2028", "Zie bijlage 3"]),
    ("2.3.3. Opvang", ["Het COA biedt 52 000 opvangplaatsen, waarvan 4 000 voor",
                       "alleenstaande minderjarigen. Gemeenten stellen tot 2028",
                       "samen 10 000 extra plaatsen beschikbaar in kleinschalige",
                       "locaties, met onderwijs, zorg en taallessen."],
     ["Spreidingswet", "Wet van 2024"]),
]


def _notes_pdf(path: Path, note_x: float, body_x: float, note_size: float, pages: int = 2) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        y = 760.0
        for title, lines, notes in NL:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(body_x, y, title)
            y -= 18
            ny = y - 3  # the notes keep baselines of their own
            c.setFont("Helvetica", 10)
            for ln in lines:
                c.drawString(body_x, y, ln)
                y -= 13
            c.setFont("Helvetica", note_size)
            for n in notes:
                c.drawString(note_x, ny, n)
                ny -= note_size + 6
            y -= 16
        c.showPage()
    c.save()


def test_left_margin_notes_follow_their_paragraph() -> None:
    """A narrow LEFT column of small type (read before the page's text by the column pass) follows its paragraph.

    The column pass does not yet find so narrow a left margin in a reportlab page (the notes join the body's rows),
    so the blocks and column bounds are given here as the column pass gives them for a right margin."""
    def blk(k: int, x0: float, top: float, x1: float, bottom: float, text: str, kind: str = "paragraph", size: float = 10.0):
        return Block(id=f"p0001-b{k:03d}", page=1, bbox=(x0, top, x1, bottom), text=text, kind=kind, size=size)

    notes = [blk(0, 50, 97, 90, 104, "Doel: 2028", size=7.0), blk(1, 50, 110, 95, 117, "Zie bijlage 3", size=7.0),
             blk(2, 50, 183, 98, 190, "Spreidingswet", size=7.0)]
    body = [blk(3, 150, 73, 268, 84, "2.1.2. Interne dimensie", "heading", 11.0),
            blk(4, 150, 92, 420, 141, "Wie geen recht heeft op verblijf, keert terug."),
            blk(5, 150, 159, 222, 170, "2.3.3. Opvang", "heading", 11.0),
            blk(6, 150, 178, 415, 227, "Het COA biedt 52 000 opvangplaatsen.")]
    columns = [PageColumns(page=1, columns=((50.0, 98.0), (150.0, 420.0)), method="gutter")]
    out = place_margin_notes(notes + body, columns)
    assert [b.text[:12] for b in out] == ["2.1.2. Inter", "Wie geen rec", "Doel: 2028", "Zie bijlage ", "2.3.3. Opvan",
                                          "Het COA bied", "Spreidingswe"]
    # a page read in one column keeps its order
    assert place_margin_notes(notes + body, []) == notes + body


def test_right_margin_notes_follow_their_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "nl-margin-right.pdf"
    _notes_pdf(path, note_x=420, body_x=60, note_size=7, pages=1)
    texts = [b.text[:12] for b in parse(path).blocks]
    assert texts == [
        "2.1.2. Inter", "Wie geen rec", "Doel: 2028", "Zie bijlage ", "2.3.3. Opvan", "Het COA bied", "Spreidingswe", "Wet van 2024"]


def test_narrow_column_in_body_type_keeps_its_place(tmp_path: Path) -> None:
    """The guard: the same narrow column set at the body's size is no margin note; it is still read after the page."""
    path = tmp_path / "nl-side-box.pdf"
    _notes_pdf(path, note_x=420, body_x=60, note_size=10, pages=1)
    texts = [b.text[:12] for b in parse(path).blocks]
    assert texts.index("Doel: 2028") > texts.index("Het COA bied")
