"""Line-end hyphenation of justified text undone in any language, real hyphens kept (issue 15, bullet 1).

Each test draws its own lines with reportlab; one renders a development
document in a second layout (justified, hyphenated by pyphen, two columns,
endnotes, running header: ``scripts/layout_recall.py``) and measures what the
parser keeps of its answers.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from analyser.parse import parse

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def _pdf(path: Path, paragraphs: list[list[str]], font: str = "Helvetica") -> Path:
    """One paragraph per list of lines, 13 pt leading, 20 pt between paragraphs, new page when full."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0
    for lines in paragraphs:
        if y - 13 * len(lines) < 60:
            c.showPage()
            y = 780.0
        for text in lines:
            c.setFont(font, 10)
            c.drawString(72, y, text)
            y -= 13
        y -= 20
    c.save()
    return path


def _ttf() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not path.exists():
        pytest.skip("DejaVuSans not installed")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(path)))
    return "DejaVuSans"


def test_dutch_hyphenation_undone_real_hyphens_kept(tmp_path):
    path = _pdf(tmp_path / "nl.pdf", [[
        "De migra-", "tie naar Noord-", "Holland en andere EU-", "lidstaten vraagt aan-", "dacht voor de over-",
        "dracht van asielzoekers.",
    ]])
    [blk] = parse(path).blocks
    assert blk.text == ("De migratie naar Noord-Holland en andere EU-lidstaten vraagt aandacht voor de overdracht "
                        "van asielzoekers.")


def test_english_short_first_parts_joined_by_the_documents_own_words(tmp_path):
    """"as-sessed", "Re-ception", "ca-pacity": short or capitalised first parts, joined because the whole words occur."""
    path = _pdf(tmp_path / "en.pdf", [[
        "The situation is as-", "sessed every year; the Re-", "ception Agency adds ca-",
        "pacity. Reception capacity is assessed yearly.",
    ]])
    [blk] = parse(path).blocks
    assert blk.text == ("The situation is assessed every year; the Reception Agency adds capacity. "
                        "Reception capacity is assessed yearly.")


def test_elided_compounds_keep_hyphen_and_space(tmp_path):
    font = _ttf()
    path = _pdf(tmp_path / "sv-pl.pdf", [
        ["Regeringen stärker asyl-", "och migrationshanteringen i hela landet."],
        ["Polska wzmacnia system azylowy i migracyjny oraz zarządzanie granicami."],
        ["Die Asyl-", "und Migrationsbehörden arbeiten zusammen."],
    ], font=font)
    assert [b.text for b in parse(path).blocks] == [
        "Regeringen stärker asyl- och migrationshanteringen i hela landet.",
        "Polska wzmacnia system azylowy i migracyjny oraz zarządzanie granicami.",
        "Die Asyl- und Migrationsbehörden arbeiten zusammen.",
    ]


def test_capitals_and_greek_hyphenation(tmp_path):
    font = _ttf()
    path = _pdf(tmp_path / "caps-el.pdf", [
        ["ΕΘΝΙΚΗ ΣΤΡΑΤΗΓΙΚΗ ΓΙΑ ΤΗ ΔΙΑΧΕΙ-", "ΡΙΣΗ ΤΗΣ ΜΕΤΑΝΑΣΤΕΥΣΗΣ"],
        ["Η διαχεί-", "ριση της μετανάστευσης είναι κοινή ευθύνη των κρατών μελών της ΕΕ-", "27."],
    ], font=font)
    assert [b.text for b in parse(path).blocks] == [
        "ΕΘΝΙΚΗ ΣΤΡΑΤΗΓΙΚΗ ΓΙΑ ΤΗ ΔΙΑΧΕΙΡΙΣΗ ΤΗΣ ΜΕΤΑΝΑΣΤΕΥΣΗΣ",
        "Η διαχείριση της μετανάστευσης είναι κοινή ευθύνη των κρατών μελών της ΕΕ-27.",
    ]


def test_unhyphenated_document_keeps_its_rare_line_end_hyphens(tmp_path):
    """A Word-like export: one line-end hyphen in 60 lines is a real compound ("niet-begeleide")."""
    topics = ["de opvang", "de terugkeer", "de grensbewaking", "de integratie", "de procedures", "de samenwerking"]
    filler = [[f"Maatregel {i} versterkt {topics[i % 6]} met {i + 2} extra medewerkers in regio {i % 7}."]
              for i in range(1, 60)]
    path = _pdf(tmp_path / "word-like.pdf", [["De opvang van niet-", "begeleide minderjarigen wordt versterkt."], *filler])
    doc = parse(path)
    assert [b.text for b in doc.blocks if b.kind != "header_footer"][0] == (
        "De opvang van niet-begeleide minderjarigen wordt versterkt.")


def _layout_recall():
    spec = importlib.util.spec_from_file_location("layout_recall", REPO / "scripts" / "layout_recall.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("doc_id", ["xb-2025", "xd-2025"])
def test_dev_document_in_a_justified_hyphenated_two_column_layout(tmp_path, doc_id):
    pytest.importorskip("pyphen")
    lr = _layout_recall()
    gold = json.loads((REPO / "tests" / "data" / "gold" / f"{doc_id}.gold.json").read_text(encoding="utf-8"))
    pdf = tmp_path / f"{doc_id}.typeset.pdf"
    lr.render(gold, pdf)
    doc = parse(pdf)
    recall, splits = lr.measure(gold, list(doc.blocks))
    assert splits == []
    assert recall >= 0.995
    # the running header (the title on every page) is furniture, not answer text
    title = gold["title"]
    assert not any(b.text == title[:110] for b in doc.blocks if b.kind not in ("header_footer",) and b.page > 1)
