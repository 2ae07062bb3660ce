"""Behaviour tests for :mod:`analyser.parse` on small generated PDFs (issue #3).

Each test builds its own input (reportlab, or a hand-written PDF where
reportlab cannot produce the case: private-use bullet code points, unmapped
glyphs) and pins the exact parse result.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from analyser.errors import ParseError
from analyser.parse import parse

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FURNITURE = ("header_footer", "footnote")


# --------------------------------------------------------------------------- helpers


def _ttf(name: str = "DejaVuSans") -> str:
    """Register a TrueType font (needed for Greek, Polish, superscripts); skip when not installed."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = Path(f"/usr/share/fonts/truetype/dejavu/{name}.ttf")
    if not path.exists():
        pytest.skip(f"font {name} not installed")
    pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def _lines(c: canvas.Canvas, lines: list[str], *, x: float = 72, y: float = 760, font: str = "Helvetica",
           size: float = 10, leading: float = 13) -> float:
    """Draw one string per line from ``y`` down; returns the next free baseline."""
    for text in lines:
        c.setFont(font, size)
        c.drawString(x, y, text)
        y -= leading
    return y


def _body(doc) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks if b.kind not in FURNITURE]


def _raw_pdf(path: Path, contents: list[bytes], tounicode: dict[int, int] | None = None) -> None:
    """Write a minimal PDF by hand, one content stream per A4 page.

    Fonts: ``F1`` Helvetica; ``F2`` Helvetica whose ``/ToUnicode`` maps the
    given byte codes to the given code points (as Word's Symbol bullets map to
    U+F0B7); ``F3`` an Identity-H CID font without ``/ToUnicode`` (its glyphs
    extract as "(cid:NN)").
    """
    objs: dict[int, bytes] = {}
    page_ids = [10 + 2 * i for i in range(len(contents))]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids) + b"] /Count %d >>" % len(page_ids)
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    pairs = tounicode or {}
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
        b"1 begincodespacerange <00> <FF> endcodespacerange "
        + b"%d beginbfchar " % len(pairs)
        + b" ".join(b"<%02X> <%04X>" % (k, v) for k, v in pairs.items())
        + b" endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >>"
    objs[5] = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    objs[6] = b"<< /Type /Font /Subtype /Type0 /BaseFont /Garbled /Encoding /Identity-H /DescendantFonts [7 0 R] >>"
    objs[7] = (
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Garbled "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>"
    )
    for pid, content in zip(page_ids, contents):
        objs[pid] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 6 0 R >> >> /Contents %d 0 R >>" % (pid + 1)
        )
        objs[pid + 1] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n")
    offsets: dict[int, int] = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    size = max(objs) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[num]) if num in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    path.write_bytes(bytes(out))


# --------------------------------------------------------------------------- page furniture


def test_running_furniture_alternating_sides_missing_on_first_page(tmp_path: Path) -> None:
    """Header absent on page 1; page numbers "ii"/"2/4" style alternate left and right; a sentence crosses pages."""
    path = tmp_path / "furniture.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    pages = [
        ["Nationale strategie asiel en migratie", "", "Het kabinet kiest voor een aanpak die de hele"],
        ["keten omvat, van aanmelding tot terugkeer."],
        ["De opvang wordt verder uitgebreid."],
        ["De terugkeer krijgt meer aandacht."],
    ]
    roman = ["i", "ii", "iii", "iv"]
    for n, lines in enumerate(pages, start=1):
        _lines(c, lines, y=700)
        if n > 1:
            c.setFont("Helvetica", 8)
            c.drawString(72 if n % 2 else 380, 800, "Ministerie van Asiel en Migratie | Strategie 2025")
        c.setFont("Helvetica", 8)
        c.drawString(72 if n % 2 else 500, 40, roman[n - 1])
        c.drawString(500 if n % 2 else 72, 28, f"{n}/4")
        c.showPage()
    c.save()
    doc = parse(path)
    assert [(b.page, b.kind, b.text) for b in doc.blocks if b.kind != "header_footer"] == [
        (1, "paragraph", "Nationale strategie asiel en migratie"),
        (1, "paragraph", "Het kabinet kiest voor een aanpak die de hele keten omvat, van aanmelding tot terugkeer."),
        (3, "paragraph", "De opvang wordt verder uitgebreid."),
        (4, "paragraph", "De terugkeer krijgt meer aandacht."),
    ]
    hf = [(b.page, b.text) for b in doc.blocks if b.kind == "header_footer"]
    assert hf == [
        (1, "i"), (1, "1/4"),
        (2, "Ministerie van Asiel en Migratie | Strategie 2025"), (2, "ii"), (2, "2/4"),
        (3, "Ministerie van Asiel en Migratie | Strategie 2025"), (3, "iii"), (3, "3/4"),
        (4, "Ministerie van Asiel en Migratie | Strategie 2025"), (4, "iv"), (4, "4/4"),
    ]


@pytest.mark.parametrize("footer", ["Pagina {n} van 40", "{n}/29", "- {n} -", "Seite {n} von 40", "Strona {n} z 40"])
def test_page_number_formats(tmp_path: Path, footer: str) -> None:
    path = tmp_path / "numbers.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for text, n in (("Asylum comes first.", 3), ("Reception follows.", 4)):
        _lines(c, [text])
        c.setFont("Helvetica", 8)
        c.drawString(280, 30, footer.format(n=n))
        c.showPage()
    c.save()
    doc = parse(path)
    assert _body(doc) == [("paragraph", "Asylum comes first."), ("paragraph", "Reception follows.")]
    assert [b.text for b in doc.blocks if b.kind == "header_footer"] == [footer.format(n=3), footer.format(n=4)]


# --------------------------------------------------------------------------- footnotes


def test_footnote_marker_glued_to_number(tmp_path: Path) -> None:
    """A small raised "1" after "€ 320" is a marker: the amount stays "€ 320 miljoen"."""
    path = tmp_path / "marker-number.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Het budget bedraagt € 320")
    x = 72 + c.stringWidth("Het budget bedraagt € 320", "Helvetica", 10)
    c.setFont("Helvetica", 6)
    c.drawString(x, 764, "1")
    c.setFont("Helvetica", 10)
    c.drawString(x + c.stringWidth("1", "Helvetica", 6) + 2.8, 760, "miljoen per jaar.")
    c.setFont("Helvetica", 8)
    c.drawString(72, 80, "1 Rijksbegroting 2025, hoofdstuk 7.")
    c.save()
    doc = parse(path)
    [body] = [b for b in doc.blocks if b.kind not in FURNITURE]
    assert (body.text, body.footnote_markers) == ("Het budget bedraagt € 320 miljoen per jaar.", ("1",))
    assert [(b.kind, b.text, b.footnote_markers) for b in doc.blocks if b.kind == "footnote"] == [
        ("footnote", "Rijksbegroting 2025, hoofdstuk 7.", ("1",))
    ]


def test_unicode_superscript_marker_on_number(tmp_path: Path) -> None:
    font = _ttf()
    path = tmp_path / "superscript.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _lines(c, ["Het budget bedraagt € 320\u00b9 miljoen."], font=font)
    c.setFont(font, 8)
    c.drawString(72, 80, "\u00b9 Rijksbegroting 2025.")
    c.save()
    doc = parse(path)
    assert [(b.kind, b.text, b.footnote_markers) for b in doc.blocks] == [
        ("paragraph", "Het budget bedraagt € 320 miljoen.", ("¹",)),
        ("footnote", "Rijksbegroting 2025.", ("¹",)),
    ]


def test_footnote_body_stays_out_of_a_sentence_across_pages(tmp_path: Path) -> None:
    path = tmp_path / "footnote-page-break.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _lines(c, ["Nederland werkt samen met de landen van herkomst", "en met de landen langs de"], y=120)
    c.setFont("Helvetica", 8)
    c.drawString(72, 60, "1 Zie de Kamerbrief van 4 juni 2025.")
    x = 72 + c.stringWidth("Nederland werkt samen met de landen van herkomst", "Helvetica", 10)
    c.setFont("Helvetica", 6)
    c.drawString(x, 124, "1")
    c.showPage()
    _lines(c, ["migratieroutes naar Europa."])
    c.save()
    doc = parse(path)
    assert [(b.page, b.kind, b.text) for b in doc.blocks] == [
        (1, "paragraph", "Nederland werkt samen met de landen van herkomst en met de landen langs de migratieroutes naar Europa."),
        (1, "footnote", "Zie de Kamerbrief van 4 juni 2025."),
    ]
    assert doc.blocks[0].footnote_markers == ("1",)


def test_endnotes_at_section_end_are_footnotes(tmp_path: Path) -> None:
    path = tmp_path / "endnotes.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Terugkeer blijft het sluitstuk van het beleid.")
    x = 72 + c.stringWidth("Terugkeer blijft het sluitstuk van het beleid.", "Helvetica", 10)
    c.setFont("Helvetica", 6)
    c.drawString(x, 764, "1")
    c.setFont("Helvetica", 10)
    c.drawString(72, 747, "Vrijwillige terugkeer gaat voor.")
    x = 72 + c.stringWidth("Vrijwillige terugkeer gaat voor.", "Helvetica", 10)
    c.setFont("Helvetica", 6)
    c.drawString(x, 751, "2")
    _lines(c, ["Eindnoten"], font="Helvetica-Bold", y=715)
    _lines(c, ["1 Terugkeerrichtlijn 2008/115/EG.", "2 Zie het actieplan terugkeer,", "bijlage 3."], y=698)
    _lines(c, ["2.6. Capaciteit"], font="Helvetica-Bold", y=640)
    _lines(c, ["De capaciteit groeit mee."], y=623)
    c.save()
    doc = parse(path)
    assert [(b.kind, b.text, b.footnote_markers) for b in doc.blocks] == [
        ("paragraph", "Terugkeer blijft het sluitstuk van het beleid. Vrijwillige terugkeer gaat voor.", ("1", "2")),
        ("heading", "Eindnoten", ()),
        ("heading", "2.6. Capaciteit", ()),
        ("paragraph", "De capaciteit groeit mee.", ()),
        ("footnote", "Terugkeerrichtlijn 2008/115/EG.", ("1",)),
        ("footnote", "Zie het actieplan terugkeer, bijlage 3.", ("2",)),
    ]


# --------------------------------------------------------------------------- tables of contents


@pytest.mark.parametrize(
    "title", ["Inhoud", "Inhaltsverzeichnis", "Table des matières", "Spis treści", "Περιεχόμενα", "Sisällysluettelo", "Cuprins"]
)
def test_titled_table_of_contents(tmp_path: Path, title: str) -> None:
    """A contents page known by its title (no dot leaders) is one paragraph block, never headings."""
    font, bold = _ttf(), _ttf("DejaVuSans-Bold")
    path = tmp_path / "toc.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _lines(c, [title], font=bold, size=14)
    c.setFont(bold, 10)
    for y, (entry, page) in zip((730, 715, 700), [("1. Context", "3"), ("2.1. Asielprocedures", "5"), ("2.2. Opvang", "9")]):
        c.drawString(72, y, entry)
        c.drawRightString(520, y, page)
    c.showPage()
    _lines(c, ["1. Context"], font=bold, size=12)
    _lines(c, ["De strategie volgt het model."], font=font, y=740)
    c.save()
    doc = parse(path)
    assert [p.flags for p in doc.pages] == [("toc",), ()]
    assert [(b.page, b.kind, b.text) for b in doc.blocks] == [
        (1, "paragraph", f"{title}\n1. Context 3\n2.1. Asielprocedures 5\n2.2. Opvang 9"),
        (2, "heading", "1. Context"),
        (2, "paragraph", "De strategie volgt het model."),
    ]
    # the segmenter recognises the block as contents, so it never becomes an answer
    from analyser.segment import is_toc_like

    assert is_toc_like(doc.blocks[0].text)


def test_dot_leader_contents_not_headings(tmp_path: Path) -> None:
    path = tmp_path / "leaders.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _lines(c, ["1. Context ........................ 3", "2. Asiel ........................ 5", "3. Opvang ........................ 8"],
           font="Helvetica-Bold")
    c.save()
    doc = parse(path)
    assert doc.pages[0].flags == ("toc",)
    assert [(b.kind, b.bullet, b.text) for b in doc.blocks] == [
        ("paragraph", None, "1. Context ........................ 3\n2. Asiel ........................ 5\n3. Opvang ........................ 8")
    ]


# --------------------------------------------------------------------------- layout: columns, tables, rotation


def test_two_columns_read_column_by_column(tmp_path: Path) -> None:
    path = tmp_path / "two-columns.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _lines(c, ["2.2. Een gemeenschappelijk systeem voor terugkeer"], font="Helvetica-Bold", size=12, y=790)
    left = ["Nederland zet in op snelle en", "zorgvuldige procedures voor alle", "asielzoekers die zich melden", "bij de grens of in het land."]
    right = ["De opvang wordt flexibel en", "sober ingericht, met oog voor", "kwetsbare groepen en een", "goede spreiding over het land."]
    _lines(c, left + ["Terugkeer krijgt voorrang bij", "afgewezen asielzoekers."], x=72, y=760)
    _lines(c, right + ["Gemeenten krijgen daarvoor", "meer middelen van het Rijk."], x=320, y=760)
    _lines(c, ["Dit geldt voor het hele land en voor alle gemeenten, provincies en uitvoeringsorganisaties samen."], y=660)
    c.save()
    doc = parse(path)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "2.2. Een gemeenschappelijk systeem voor terugkeer"),
        ("paragraph", "Nederland zet in op snelle en zorgvuldige procedures voor alle asielzoekers die zich melden "
                      "bij de grens of in het land. Terugkeer krijgt voorrang bij afgewezen asielzoekers."),
        ("paragraph", "De opvang wordt flexibel en sober ingericht, met oog voor kwetsbare groepen en een goede "
                      "spreiding over het land. Gemeenten krijgen daarvoor meer middelen van het Rijk."),
        ("paragraph", "Dit geldt voor het hele land en voor alle gemeenten, provincies en uitvoeringsorganisaties samen."),
    ]


def test_paragraph_continues_into_next_column(tmp_path: Path) -> None:
    path = tmp_path / "column-continuation.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _lines(c, ["De samenwerking met landen", "van herkomst en transit wordt", "verder uitgebreid met nieuwe", "afspraken over terugkeer en", "over legale migratie naar de"], x=72)
    _lines(c, ["Europese Unie en Nederland.", "Daarbij staat wederkerigheid", "voorop in elke afspraak die", "het kabinet met partners maakt", "in de komende jaren."], x=320)
    c.save()
    assert _body(parse(path)) == [
        ("paragraph", "De samenwerking met landen van herkomst en transit wordt verder uitgebreid met nieuwe afspraken "
                      "over terugkeer en over legale migratie naar de Europese Unie en Nederland. Daarbij staat "
                      "wederkerigheid voorop in elke afspraak die het kabinet met partners maakt in de komende jaren."),
    ]


def test_short_last_column_is_still_a_column(tmp_path: Path) -> None:
    """The last page of a two-column text: the right column holds only the end of a paragraph (a sixth of
    the glyphs). It was read across both columns row by row, interleaving the two (fresh-eyes trial)."""
    path = tmp_path / "short-column.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    left = ["Nederland zet in op snelle en", "zorgvuldige procedures voor alle", "asielzoekers die zich melden",
            "bij de grens of in het land en", "zorgt voor goede opvang met oog", "voor kwetsbare groepen zoals",
            "alleenstaande minderjarigen die", "zonder ouders aankomen en extra", "begeleiding krijgen van het", "Rijk en de gemeenten in het"]
    right = ["hele land tot de procedure", "is afgerond en een besluit", "is genomen."]
    _lines(c, left, x=72, y=760)
    _lines(c, right, x=320, y=760)
    c.save()
    assert _body(parse(path)) == [
        ("paragraph", " ".join(left + right)),
    ]


def test_label_value_lines_are_not_columns(tmp_path: Path) -> None:
    """A ragged label list beside values keeps its row order (no column split)."""
    path = tmp_path / "labels.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for i, (label, value) in enumerate([("Doel", "Snellere procedures voor iedereen"), ("Budget", "Tien miljoen euro per jaar"),
                                         ("Looptijd", "Van 2025 tot en met 2030"), ("Eigenaar", "Ministerie van Asiel"),
                                         ("Status", "In uitvoering sinds januari"), ("Risico", "Personeelstekort bij de IND")]):
        c.setFont("Helvetica", 10)
        c.drawString(72, 760 - 20 * i, label)
        c.drawString(320, 760 - 20 * i, value)
    c.save()
    doc = parse(path)
    assert [b.text for b in doc.blocks] == [
        "Doel Snellere procedures voor iedereen", "Budget Tien miljoen euro per jaar", "Looptijd Van 2025 tot en met 2030",
        "Eigenaar Ministerie van Asiel", "Status In uitvoering sinds januari", "Risico Personeelstekort bij de IND",
    ]


def test_ruled_table_is_a_table_block(tmp_path: Path) -> None:
    path = tmp_path / "table.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _lines(c, ["De maatregelen staan in de tabel."], y=760)
    xs, ys = [72, 250, 450], [740, 720, 700, 680]
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    rows = [("Maatregel", "Budget"), ("Opvang", "€ 320 miljoen"), ("Terugkeer", "€ 45 miljoen")]
    for (a, b), y in zip(rows, ys):
        c.setFont("Helvetica", 10)
        c.drawString(76, y - 14, a)
        c.drawString(254, y - 14, b)
    _lines(c, ["Daarna volgt de uitvoering."], y=660)
    c.save()
    doc = parse(path)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "De maatregelen staan in de tabel."),
        ("table", "Maatregel | Budget\nOpvang | € 320 miljoen\nTerugkeer | € 45 miljoen"),
        ("paragraph", "Daarna volgt de uitvoering."),
    ]
    assert doc.blocks[1].bbox == (72.0, 101.89, 450.0, 161.89)


def test_rotated_page_read_horizontally(tmp_path: Path) -> None:
    """/Rotate 90 over upright content (text runs down the displayed page) and text drawn sideways."""
    path = tmp_path / "rotated.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    c.setPageRotation(90)
    _lines(c, ["Bijlage: overzicht van de maatregelen.", "Met het budget."], y=520)
    c.showPage()
    c.setPageRotation(0)
    c.setPageSize(A4)
    c.saveState()
    c.translate(300, 200)
    c.rotate(90)
    _lines(c, ["Deze tabel staat op zijn kant.", "Hij wordt toch gewoon gelezen."], x=0, y=0)
    c.restoreState()
    c.showPage()
    c.save()
    doc = parse(path)
    assert [p.flags for p in doc.pages] == [("rotated",), ("rotated",)]
    assert [(b.page, b.text) for b in doc.blocks] == [
        (1, "Bijlage: overzicht van de maatregelen. Met het budget."),
        (2, "Deze tabel staat op zijn kant. Hij wordt toch gewoon gelezen."),
    ]
    assert doc.blocks[0].size == 10.0


# --------------------------------------------------------------------------- characters and words


def test_real_hyphens_and_soft_hyphens(tmp_path: Path) -> None:
    font = _ttf()  # reportlab's standard fonts cannot encode U+00AD
    path = tmp_path / "hyphens.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _lines(c, ["In Noord-Holland en Zuid-Holland start de migra\u00ad", "tieketen met asiel\u00adzoekers uit derde landen en EU-",
               "lidstaten."], font=font)
    c.save()
    [blk] = parse(path).blocks
    assert blk.text == "In Noord-Holland en Zuid-Holland start de migratieketen met asielzoekers uit derde landen en EU-lidstaten."


def test_fake_bold_doubled_glyphs(tmp_path: Path) -> None:
    """Each glyph drawn twice, 0.4 pt apart (fake bold): "Tétel" not "TTéétteell", and bold."""
    font = _ttf()
    path = tmp_path / "fake-bold.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    x = 72.0
    for ch in "Tétel 2.1":
        c.setFont(font, 12)
        c.drawString(x, 760, ch)
        c.drawString(x + 0.4, 760, ch)
        x += c.stringWidth(ch, font, 12)
    _lines(c, ["A tétel szövege."], font=font, y=740)
    c.save()
    doc = parse(path)
    assert [(b.kind, b.bold, b.text) for b in doc.blocks] == [("heading", True, "Tétel 2.1"), ("paragraph", False, "A tétel szövege.")]


def test_letter_spaced_words(tmp_path: Path) -> None:
    path = tmp_path / "letter-spaced.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    t = c.beginText(72, 760)
    t.setFont("Helvetica-Bold", 12)
    t.setCharSpace(4)
    t.textLine("NATIONALE STRATEGIE")
    c.drawText(t)
    _lines(c, ["De strategie volgt."], y=735)
    c.save()
    assert _body(parse(path)) == [("heading", "NATIONALE STRATEGIE"), ("paragraph", "De strategie volgt.")]


def test_letter_spaced_words_without_space_glyphs(tmp_path: Path) -> None:
    """Letters placed one by one 3 pt apart, words 8 pt apart, no space glyph at all."""
    path = tmp_path / "letter-spaced-positioned.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    x = 72.0
    for word in ("Migratie", "in", "balans"):
        for ch in word:
            c.drawString(x, 760, ch)
            x += c.stringWidth(ch, "Helvetica", 10) + 3
        x += 5
    c.save()
    assert _body(parse(path)) == [("paragraph", "Migratie in balans")]


def test_small_print_words_not_glued(tmp_path: Path) -> None:
    """5 pt words placed without space glyphs, 1.4 pt apart (pdfplumber's absolute 3 pt tolerance glues them)."""
    path = tmp_path / "small-print.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 5)
    x = 72.0
    for word in ("Bron:", "CBS,", "bewerking", "IND", "2025."):
        c.drawString(x, 760, word)
        x += c.stringWidth(word, "Helvetica", 5) + 1.4
    c.save()
    [blk] = parse(path).blocks
    assert blk.text == "Bron: CBS, bewerking IND 2025."


def test_private_use_symbol_bullets(tmp_path: Path) -> None:
    """Word's Symbol/Wingdings bullets extract as U+F0B7 / U+F0A7: list-item boundaries, out of the text."""
    path = tmp_path / "pua-bullets.pdf"
    _raw_pdf(path, [
        b"BT /F1 10 Tf 72 760 Td (Meridia will:) Tj ET "
        b"BT /F2 10 Tf 80 740 Td (l) Tj ET BT /F1 10 Tf 95 740 Td (pledge resettlement places;) Tj ET "
        b"BT /F2 10 Tf 80 720 Td (n) Tj ET BT /F1 10 Tf 95 720 Td (join the Talent Partnerships.) Tj ET"
    ], tounicode={0x6C: 0xF0B7, 0x6E: 0xF0A7})
    doc = parse(path)
    assert [(b.kind, b.bullet, b.text) for b in doc.blocks] == [
        ("paragraph", None, "Meridia will:"),
        ("list_item", "•", "pledge resettlement places;"),
        ("list_item", "•", "join the Talent Partnerships."),
    ]


def test_zapf_dingbats_bullets(tmp_path: Path) -> None:
    path = tmp_path / "dingbats.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _lines(c, ["Doelen:"])
    for y, text in [(740, "snellere procedures;"), (725, "betere opvang.")]:
        c.setFont("ZapfDingbats", 8)
        c.drawString(80, y, "l")
        c.setFont("Helvetica", 10)
        c.drawString(95, y, text)
    c.save()
    assert [(b.kind, b.bullet, b.text) for b in parse(path).blocks] == [
        ("paragraph", None, "Doelen:"),
        ("list_item", "•", "snellere procedures;"),
        ("list_item", "•", "betere opvang."),
    ]


# --------------------------------------------------------------------------- unreadable pages and files


def test_cid_garbage_page_flagged(tmp_path: Path) -> None:
    path = tmp_path / "cid.pdf"
    _raw_pdf(path, [b"BT /F1 10 Tf 72 760 Td (Readable page.) Tj ET", b"BT /F3 10 Tf 72 760 Td <0041004200430044004500460047> Tj ET"])
    doc = parse(path)
    assert [(p.number, p.flags) for p in doc.pages] == [(1, ()), (2, ("cid_garbage",))]
    assert [(b.page, b.text) for b in doc.blocks] == [(1, "Readable page.")]


def test_unreadable_pages_reported_by_the_run(tmp_path: Path) -> None:
    """The run lists each unreadable page (W101, with its page number); nothing of it is embedded."""
    from analyser.embed import HashingEncoder
    from analyser.pipeline import analyse_corpus

    path = tmp_path / "mixed.pdf"
    _raw_pdf(path, [
        b"BT /F1 10 Tf 72 760 Td (Nederland voert een streng en rechtvaardig asielbeleid.) Tj ET",
        b"BT /F3 10 Tf 72 760 Td <0041004200430044004500460047> Tj ET",
        b"0 0 0 rg 100 100 300 300 re f",
    ])
    [res] = analyse_corpus([path], out=tmp_path / "out", encoder=HashingEncoder())
    assert res.status == "partial"
    assert [(e.code, e.page, e.message) for e in res.errors] == [
        ("W101", 2, "page 2 unreadable (cid_garbage); not analysed"),
        ("W101", 3, "page 3 unreadable (scanned); not analysed"),
    ]


def test_empty_user_password_opens_with_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "owner-only.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0))
    _lines(c, ["Openbare strategie."])
    c.save()
    with caplog.at_level(logging.WARNING, logger="analyser.parse"):
        doc = parse(path)
    assert [b.text for b in doc.blocks] == ["Openbare strategie."]
    assert [r.getMessage() for r in caplog.records] == [f"{path}: encrypted PDF opened with the empty user password"]
    assert doc.warnings == (f"{path}: encrypted PDF opened with the empty user password",)


def test_empty_user_password_warning_reported_by_the_run(tmp_path: Path) -> None:
    from analyser.embed import HashingEncoder
    from analyser.pipeline import analyse_corpus

    path = tmp_path / "owner-only.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0))
    _lines(c, ["Openbare strategie voor asiel en migratie."])
    c.save()
    [res] = analyse_corpus([path], out=tmp_path / "out", encoder=HashingEncoder())
    assert res.status == "success"
    assert [(e.code, e.message) for e in res.errors] == [("W102", f"{path}: encrypted PDF opened with the empty user password")]


def test_password_option_opens_encrypted_pdf(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from analyser.cli import app

    path = tmp_path / "secret.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, encrypt="geheim")
    _lines(c, ["Vertrouwelijke strategie voor asiel en migratie."])
    c.save()
    runner = CliRunner()
    bad = runner.invoke(app, ["analyse", str(path), "--out", str(tmp_path / "o1"), "--model", "hashing"])
    assert bad.exit_code == 1 and f"[E105] {path}: encrypted PDF; give the password with --password" in bad.output
    good = runner.invoke(app, ["analyse", str(path), "--password", "geheim", "--out", str(tmp_path / "o2"), "--model", "hashing"])
    assert good.exit_code == 0, good.output
    with pytest.raises(ParseError) as exc:
        parse(path, password="fout")
    assert str(exc.value) == f"[E106] {path}: wrong password for encrypted PDF"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.pdf", b"", "[E102] {path}: empty file (0 bytes)"),
        ("letter.pdf", b"Dear minister,\n", "[E103] {path}: not a PDF (starts with b'Dear min')"),
        ("cut.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n", None),
        ("garbage.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4, None),
    ],
)
def test_bad_files_give_one_line_errors_naming_the_file(tmp_path: Path, name: str, content: bytes, message: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ParseError) as exc:
        parse(path)
    text = str(exc.value)
    assert "\n" not in text and str(path) in text
    if message is not None:
        assert text == message.format(path=path)
    else:
        assert exc.value.code == "E104" and text.startswith(f"[E104] {path}: damaged or truncated PDF (")


def test_heading_as_last_line_of_the_left_column(tmp_path: Path) -> None:
    """A heading that is the left column's last line stays there, before the right column (issue 14: a bold
    heading running into the gutter was read after the right column; one in the body font was glued to both)."""
    left = ["Nederland zet in op snelle en", "zorgvuldige procedures voor alle", "asielzoekers die zich melden", "bij de grens of in het land."]
    right = ["De opvang wordt flexibel en", "sober ingericht, met oog voor", "kwetsbare groepen en een", "goede spreiding over het land."]
    for font in ("Helvetica-Bold", "Helvetica"):
        path = tmp_path / f"{font}.pdf"
        c = canvas.Canvas(str(path), pagesize=A4)
        y = _lines(c, left, x=72, y=760)
        _lines(c, ["2.3.3 Een robuust opvangsysteem"], x=72, y=y, font=font)
        _lines(c, right, x=320, y=760)
        c.save()
        assert _body(parse(path)) == [
            ("paragraph", " ".join(left)),
            ("heading" if font == "Helvetica-Bold" else "paragraph", "2.3.3 Een robuust opvangsysteem"),
            ("paragraph", " ".join(right)),
        ], font


EVEN_TEXT = [
    ["1. Context of national asylum and migration management"],
    ["The Netherlands received about 32 000 first asylum applications in 2024. Most applicants arrived",
     "through other member states, and the reception system has been under pressure for three years,",
     "with emergency locations in sports halls and on ships."],
    ["2.1.1 External dimension"],
    ["The government deepens partnerships with countries of origin and transit in North Africa and West",
     "Africa to improve readmission and to fight migrant smuggling. Three measures follow from this:"],
    ["1. Agreements on readmission with five countries of origin are concluded before the end of 2026,",
     "with the support of the European Union and of Frontex."],
    ["2. Visa leverage is used."],
    ["Internal dimension"],
    ["Persons who have received a return decision must leave the country. The Repatriation and Departure",
     "Service increases voluntary and forced returns and speeds up Dublin transfers."],
]


def test_headings_in_the_body_font_with_even_spacing(tmp_path: Path) -> None:
    """Evenly spaced lines in one font (no bold, no larger size, no space above headings): a short numbered
    line or a short line after a finished sentence is a block of its own; a numbered list item that wraps
    keeps its continuation line, and paragraphs keep their lines (issue 14: the page was one block)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # a numbered heading wrapped at the text's width (its next word did not fit) is not cut at the wrap (the
    # corpus PDFs' wrapped headings and list items were); known limit: with nothing but its number to tell it,
    # it stays glued to the paragraphs around it
    width = max(stringWidth(ln, "Helvetica", 10) for para in EVEN_TEXT for ln in para)
    words = "2.1. Effective management of the asylum and migration system with a view to reducing migratory pressure".split()
    first = next(" ".join(words[:k]) for k in range(len(words), 0, -1) if stringWidth(" ".join(words[:k]), "Helvetica", 10) <= width)
    wrapped = [first, " ".join(words[len(first.split()):]) + ", based on the comprehensive approach"]
    path = tmp_path / "even.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _lines(c, [ln for para in [*EVEN_TEXT, wrapped, EVEN_TEXT[1]] for ln in para], y=780)
    c.save()
    doc = parse(path)
    assert (doc.blocks[-1].kind, doc.blocks[-1].text) == ("paragraph", " ".join(EVEN_TEXT[7] + wrapped + EVEN_TEXT[1]))
    assert [(b.kind, b.text) for b in doc.blocks][:-1] == [
        ("list_item", EVEN_TEXT[0][0]),
        ("paragraph", " ".join(EVEN_TEXT[1])),
        ("paragraph", EVEN_TEXT[2][0]),
        ("paragraph", " ".join(EVEN_TEXT[3])),
        ("list_item", " ".join(EVEN_TEXT[4])),
        ("list_item", EVEN_TEXT[5][0]),
        ("paragraph", EVEN_TEXT[6][0]),
    ]
