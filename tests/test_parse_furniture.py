"""Page furniture of long reports and of the Official Journal, and bracketed superscript note markers (issue 15).

Each test draws its own pages with reportlab and pins the exact blocks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.parse import parse

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

WIDTH, HEIGHT = A4
CHAPTERS = ["Context", "Reception", "Procedures", "Return", "Integration", "Governance"]


def _body(doc) -> list[tuple[int, str, str]]:
    return [(b.page, b.kind, b.text) for b in doc.blocks if b.kind not in ("header_footer", "footnote")]


def test_long_report_running_header_with_chapter_and_three_line_footer(tmp_path: Path) -> None:
    """30 pages: the title and the chapter name share the header line (the chapter changes every five pages);
    a three-line footer (ministry, department, "Page n of 30")."""
    path = tmp_path / "long-report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, 31):
        chapter = CHAPTERS[(n - 1) // 5]
        c.setFont("Helvetica", 8)
        c.drawString(56, HEIGHT - 40, "National Asylum and Migration Strategy 2026–2030")
        c.drawRightString(WIDTH - 56, HEIGHT - 40, f"Chapter {(n - 1) // 5 + 1}: {chapter}")
        c.setFont("Helvetica", 10)
        c.drawString(72, 700, f"Measure {n} strengthens the {chapter.lower()} part of the system this year.")
        c.setFont("Helvetica", 8)
        c.drawString(56, 60, "Ministry of the Interior and Migration")
        c.drawString(56, 50, "Department of Migration Policy")
        c.drawRightString(WIDTH - 56, 40, f"Page {n} of 30")
        c.showPage()
    c.save()
    doc = parse(path)
    assert _body(doc) == [
        (n, "paragraph", f"Measure {n} strengthens the {CHAPTERS[(n - 1) // 5].lower()} part of the system this year.")
        for n in range(1, 31)
    ]
    assert sum(b.kind == "header_footer" for b in doc.blocks) == 30 * 4


def _oj_page(c: canvas.Canvas, number: int, *, body: list[tuple[str, str | None]], notes: list[tuple[str, str]]) -> None:
    """An Official Journal page: "EN OJ L, 22.5.2024" header, body lines with "(n)" markers whose digit is
    superscript, footnotes in 7 pt at the foot, the ELI footer."""
    c.setFont("Times-Roman", 9)
    c.drawString(56, HEIGHT - 36, "EN")
    c.drawRightString(WIDTH - 56, HEIGHT - 36, "OJ L, 22.5.2024")
    y = HEIGHT - 90
    for text, marker in body:
        c.setFont("Times-Roman", 10)
        c.drawString(72, y, text)
        if marker:
            x = 72 + c.stringWidth(text, "Times-Roman", 10) + 2.5
            c.drawString(x, y, "(")
            x += c.stringWidth("(", "Times-Roman", 10)
            c.setFont("Times-Roman", 6)
            c.drawString(x, y + 3.5, marker)
            x += c.stringWidth(marker, "Times-Roman", 6)
            c.setFont("Times-Roman", 10)
            c.drawString(x, y, ")")
            x += c.stringWidth(")", "Times-Roman", 10)
            c.drawString(x, y, ".")
        y -= 13
    y = 110
    for marker, text in notes:
        c.setFont("Times-Roman", 7)
        c.drawString(56, y, "(")
        x = 56 + c.stringWidth("(", "Times-Roman", 7)
        c.setFont("Times-Roman", 5)
        c.drawString(x, y + 2.5, marker)
        x += c.stringWidth(marker, "Times-Roman", 5)
        c.setFont("Times-Roman", 7)
        c.drawString(x, y, ")")
        c.drawString(72, y, text)
        y -= 9
    c.setFont("Times-Roman", 8)
    c.drawString(56, 40, "ELI: http://data.europa.eu/eli/reg/2024/1351/oj")
    c.drawRightString(WIDTH - 56, 40, f"{number}/71")
    c.showPage()


def test_official_journal_page_furniture_and_bracketed_superscript_markers(tmp_path: Path) -> None:
    path = tmp_path / "oj.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _oj_page(c, 1, body=[
        ("Having regard to the opinion of the European Economic and Social Committee", "1"),
        ("Acting in accordance with the ordinary legislative procedure", "2"),
    ], notes=[
        ("1", "OJ C 155, 30.4.2021, p. 64."),
        ("2", "Position of the European Parliament of 10 April 2024 (not yet published in the Official Journal)."),
    ])
    c.save()
    doc = parse(path)
    assert _body(doc) == [
        (1, "paragraph", "Having regard to the opinion of the European Economic and Social Committee. "
                         "Acting in accordance with the ordinary legislative procedure."),
    ]
    assert doc.blocks[1].footnote_markers == ("(1)", "(2)")
    assert [(b.kind, b.footnote_markers, b.text) for b in doc.blocks if b.kind == "footnote"] == [
        ("footnote", ("(1)",), "OJ C 155, 30.4.2021, p. 64."),
        ("footnote", ("(2)",), "Position of the European Parliament of 10 April 2024 (not yet published in the Official Journal)."),
    ]
    assert [b.text for b in doc.blocks if b.kind == "header_footer"] == [
        "EN OJ L, 22.5.2024", "ELI: http://data.europa.eu/eli/reg/2024/1351/oj 1/71"]


def test_old_official_journal_header(tmp_path: Path) -> None:
    path = tmp_path / "oj-old.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Times-Roman", 9)
    c.drawString(56, HEIGHT - 36, "L 180/60")
    c.drawString(200, HEIGHT - 36, "EN")
    c.drawString(240, HEIGHT - 36, "Official Journal of the European Union")
    c.drawRightString(WIDTH - 56, HEIGHT - 36, "29.6.2013")
    c.setFont("Times-Roman", 10)
    c.drawString(72, 700, "Member States shall ensure that applicants are informed.")
    c.save()
    doc = parse(path)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("header_footer", "L 180/60 EN Official Journal of the European Union 29.6.2013"),
        ("paragraph", "Member States shall ensure that applicants are informed."),
    ]
