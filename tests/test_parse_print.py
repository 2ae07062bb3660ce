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


def _lines(c, x: float, y: float, texts: list[str], size: float = 10, lead: float = 13) -> None:
    c.setFont("Helvetica", size)
    for text in texts:
        c.drawString(x, y, text)
        y -= lead


SIDE_PARAGRAPH = ["The return service organises the departure of people who have",
                  "no right to stay. It works with the police and the embassies",
                  "of the countries of origin, and it offers help for voluntary",
                  "return and reintegration. Forced returns are monitored by an",
                  "independent body, which reports to parliament every year.",
                  "The service publishes its figures every quarter."]


def test_text_box_beside_a_paragraph_keeps_its_own_lines(tmp_path: Path) -> None:
    """A framed 9 pt box (11 pt leading) beside a 10 pt paragraph (13 pt leading): no interleaved lines."""
    path = tmp_path / "sidebar.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _lines(c, 72, 740, SIDE_PARAGRAPH)
    c.rect(380, 650, 150, 100)
    box = ["Box 1. Voluntary return", "Returnees receive up to", "EUR 2 000 and advice", "from the service before", "they leave the country."]
    _lines(c, 386, 736, box, size=9, lead=11)
    c.save()
    assert _texts(parse(path)) == [" ".join(SIDE_PARAGRAPH), " ".join(box)]


def test_chart_labels_beside_a_paragraph_stay_out_of_it(tmp_path: Path) -> None:
    """A bar chart with 7 pt value labels at their own heights beside a paragraph: the paragraph is exact, no label is lost."""
    path = tmp_path / "chart.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    para = ["Applications rose sharply in 2023 and fell again in 2024,",
            "as the chart beside this paragraph shows. Most applicants",
            "came from Syria and Afghanistan; the share of repeat",
            "applications stayed below ten per cent. The agency expects",
            "between 40 000 and 60 000 applications a year until 2030,",
            "depending on the situation in the neighbouring regions."]
    _lines(c, 72, 740, para)
    c.line(360, 660, 360, 745)
    c.line(360, 660, 520, 660)
    labels = []
    for i, (h, year, value) in enumerate([(40, "2021", "31 000"), (70, "2022", "52 000"), (80, "2023", "58 300"), (55, "2024", "44 100")]):
        x = 372 + i * 38
        c.rect(x, 660, 22, h, fill=1)
        c.setFont("Helvetica", 7)
        c.drawString(x, 651, year)
        c.drawString(x - 2, 663 + h, value)
        labels += [year, value]
    _lines(c, 72, 640, ["The figures are published every month on the agency's website."])
    c.save()
    doc = parse(path)
    texts = _texts(doc)
    assert texts[:2] == [" ".join(para), "The figures are published every month on the agency's website."]
    # the labels are figure text of their own (not footnotes, not markers): every one kept, in no paragraph
    figure = " ".join(texts[2:])
    assert sorted(figure.replace(" 000", "_000").replace(" 300", "_300").replace(" 100", "_100").split()) == sorted(
        label.replace(" ", "_") for label in labels)
    assert [b for b in doc.blocks if b.kind == "footnote"] == []


def test_seven_point_footnotes_under_a_paragraph(tmp_path: Path) -> None:
    """7 pt footnotes on a 8 pt leading at the page foot, with superscript markers in the text: every text exact."""
    path = tmp_path / "footnotes.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    opening = ["Opening words of the national strategy for asylum and migration management, adopted by the",
               "government on 26 November 2025 after consulting the regions."]
    _lines(c, 72, 740, opening)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "The strategy follows the Pact on Migration and Asylum")
    c.setFont("Helvetica", 6)
    c.drawString(c.stringWidth("The strategy follows the Pact on Migration and Asylum", "Helvetica", 10) + 72.5, 704, "1")
    c.setFont("Helvetica", 10)
    c.drawString(72, 687, "and the national integration plan of 2024.")
    notes = ["1 Regulation (EU) 2024/1351 of the European Parliament and of the Council of 14 May 2024 on asylum",
             "and migration management, OJ L, 2024/1351, 22.5.2024."]
    _lines(c, 72, 80, notes, size=7, lead=8)
    c.save()
    doc = parse(path)
    body = [b for b in doc.blocks if b.kind not in ("header_footer", "footnote")]
    assert [(b.text, b.footnote_markers) for b in body] == [
        (" ".join(opening), ()),
        ("The strategy follows the Pact on Migration and Asylum and the national integration plan of 2024.", ("1",))]
    assert [(b.text, b.footnote_markers) for b in doc.blocks if b.kind == "footnote"] == [(" ".join(notes)[2:], ("1",))]


def test_text_box_left_of_a_paragraph_keeps_its_own_lines(tmp_path: Path) -> None:
    """The same box on the left, the paragraph on the right: the box is read first, each text whole."""
    path = tmp_path / "left-box.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    box = ["Box 1. Voluntary return", "Returnees receive up to", "EUR 2 000 and advice", "from the service before", "they leave the country."]
    c.rect(60, 650, 150, 100)
    _lines(c, 66, 736, box, size=9, lead=11)
    para = ["The return service organises the departure of people who",
            "have no right to stay. It works with the police and the",
            "embassies of the countries of origin, and it offers help for",
            "voluntary return and reintegration. Forced returns are",
            "monitored by an independent body, which reports to",
            "parliament every year. The service publishes its figures."]
    _lines(c, 230, 740, para)
    c.save()
    assert _texts(parse(path)) == [" ".join(box), " ".join(para)]
