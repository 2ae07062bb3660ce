"""Word (.docx) input (issue #3): headings, lists, tables, footnotes, pages and damaged files."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from analyser.errors import ParseError
from analyser.parse import parse

docx = pytest.importorskip("docx")
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402


def _strategy(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Nationale strategie", level=0)
    d.add_heading("1. Context", level=1)
    d.add_paragraph("De strategie beschrijft de aanpak\tvan het kabinet.")
    d.add_paragraph("snellere procedures;", style="List Bullet")
    d.add_paragraph("betere opvang.", style="List Bullet")
    d.add_paragraph("eerste maatregel", style="List Number")
    d.add_paragraph("tweede maatregel", style="List Number")
    d.add_paragraph("- een getypt streepje")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    kop = d.styles.add_style("Kop 2", WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("2.1 Asiel", style=kop)
    table = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Maatregel", "Budget"), ("Opvang", "€ 320 miljoen"), ("Terugkeer", "")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    merged = d.add_table(rows=2, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "Looptijd"
    merged.cell(1, 0).text, merged.cell(1, 1).text = "2025", "2030"
    d.add_paragraph("Na de tabel.")
    d.save(str(path))
    return path


def test_docx_blocks(tmp_path: Path) -> None:
    doc = parse(_strategy(tmp_path / "nl-2025.docx"))
    assert doc.doc_id == "nl-2025" and doc.language == "und"
    assert [p.number for p in doc.pages] == [1, 2]
    assert [(b.page, b.kind, b.bullet, b.text) for b in doc.blocks] == [
        (1, "heading", None, "Nationale strategie"),
        (1, "heading", None, "1. Context"),
        (1, "paragraph", None, "De strategie beschrijft de aanpak van het kabinet."),
        (1, "list_item", "•", "snellere procedures;"),
        (1, "list_item", "•", "betere opvang."),
        (1, "list_item", "1.", "1. eerste maatregel"),
        (1, "list_item", "2.", "2. tweede maatregel"),
        (1, "list_item", "-", "- een getypt streepje"),
        (2, "heading", None, "2.1 Asiel"),
        (2, "table", None, "Maatregel | Budget\nOpvang | € 320 miljoen\nTerugkeer | "),
        (2, "table", None, "Looptijd\n2025 | 2030"),
        (2, "paragraph", None, "Na de tabel."),
    ]
    assert [b.id for b in doc.blocks][:3] == ["b0001", "b0002", "b0003"]


def test_docx_rendered_page_breaks_win(tmp_path: Path) -> None:
    """When Word saved its layout (w:lastRenderedPageBreak), those breaks give the pages."""
    d = docx.Document()
    d.add_paragraph("Pagina een.")
    p = d.add_paragraph()
    p.add_run()._r.append(OxmlElement("w:lastRenderedPageBreak"))
    p.add_run("Pagina twee.")
    q = d.add_paragraph("Nog steeds pagina twee, ")
    r = q.add_run()
    r._r.append(OxmlElement("w:lastRenderedPageBreak"))
    q.add_run("loopt door op drie.")
    d.add_paragraph("Pagina drie.")
    path = tmp_path / "rendered.docx"
    d.save(str(path))
    doc = parse(path)
    assert [(b.page, b.text) for b in doc.blocks] == [
        (1, "Pagina een."),
        (2, "Pagina twee."),
        (2, "Nog steeds pagina twee, loopt door op drie."),
        (3, "Pagina drie."),
    ]


def test_docx_footnotes(tmp_path: Path) -> None:
    """A footnote reference is recorded on its paragraph; the note is a footnote block right after it."""
    d = docx.Document()
    p = d.add_paragraph("Het budget bedraagt € 320")
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), "1")
    p.add_run()._r.append(ref)
    p.add_run(" miljoen.")
    d.add_paragraph("Volgende alinea.")
    plain = tmp_path / "plain.docx"
    d.save(str(plain))
    path = tmp_path / "footnotes.docx"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>Rijksbegroting 2025,</w:t></w:r><w:r><w:t xml:space="preserve"> hoofdstuk 7.</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            dst.writestr(item, data)
        dst.writestr("word/footnotes.xml", notes)
    doc = parse(path)
    assert [(b.kind, b.text, b.footnote_markers) for b in doc.blocks] == [
        ("paragraph", "Het budget bedraagt € 320 miljoen.", ("1",)),
        ("footnote", "Rijksbegroting 2025, hoofdstuk 7.", ("1",)),
        ("paragraph", "Volgende alinea.", ()),
    ]


@pytest.mark.parametrize(
    ("name", "content"),
    [("broken.docx", b"PK\x03\x04 this is not a zip archive"), ("letter.docx", b"Dear minister, this is plain text.")],
)
def test_damaged_docx_one_line_error(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ParseError) as exc:
        parse(path)
    assert exc.value.code == "E110"
    assert re.fullmatch(rf"\[E110\] {re.escape(str(path))}: damaged or unreadable Word file \(.+\)", str(exc.value))
    assert "\n" not in str(exc.value)


def test_zip_without_document_part(tmp_path: Path) -> None:
    path = tmp_path / "empty-zip.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ParseError) as exc:
        parse(path)
    assert exc.value.code == "E110" and str(path) in str(exc.value)


def test_docx_and_txt_go_through_the_later_stages(tmp_path: Path) -> None:
    from analyser.embed import HashingEncoder
    from analyser.pipeline import analyse_corpus

    src = _strategy(tmp_path / "nl-2025.docx")
    txt = tmp_path / "xa-2025.txt"
    txt.write_text("1. Context\n\nDe strategie beschrijft de aanpak van het kabinet.\n", encoding="utf-8")
    bad = tmp_path / "xb-2025.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    results = analyse_corpus([bad, src, txt], out=tmp_path / "out", encoder=HashingEncoder())
    # the damaged file fails with its one-line error; the batch goes on
    assert [(r.doc_id, r.status, [e.code for e in r.errors]) for r in results] == [
        ("xb-2025", "failed", ["E110"]), ("nl-2025", "success", []), ("xa-2025", "success", []),
    ]
    analysis = json.loads((tmp_path / "out" / "nl-2025" / "analysis.json").read_text(encoding="utf-8"))
    assert [(b["page"], b["kind"], b["text"]) for b in analysis["blocks"] if b["kind"] == "table"] == [
        (2, "table", "Maatregel | Budget\nOpvang | € 320 miljoen\nTerugkeer | "),
        (2, "table", "Looptijd\n2025 | 2030"),
    ]
    assert analysis["language"] == "nl"


def test_a_word_file_named_pdf_is_read_as_word(tmp_path: Path) -> None:
    """A .docx saved with a .pdf name was refused with "not a PDF (starts with b'PK\\x03\\x04…')" (E103), while
    a PDF named .docx was read (fresh-eyes trial); a zip that is no Word file stays E103."""
    named_pdf = tmp_path / "nl-2025.pdf"
    named_pdf.write_bytes(_strategy(tmp_path / "nl-2025.docx").read_bytes())
    assert [b.text for b in parse(named_pdf).blocks] == [b.text for b in parse(tmp_path / "nl-2025.docx").blocks]
    other = tmp_path / "archive.pdf"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ParseError) as exc:
        parse(other)
    assert exc.value.code == "E103"
