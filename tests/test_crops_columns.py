"""Page crops of a typeset two-column PDF with justified, hyphenated text (fresh-eyes input).

``tests/data/fresh/sl-2026.pdf``: a Slovenian strategy excerpt written for these tests (an own
translation in the Annex numbering), typeset with reportlab in two justified columns with Slovenian
hyphenation (pyphen), a running header and footer and a capacity table. On page 1 the word
"do-datnih" is hyphenated over the column break. pypdfium2 gives no space there, so the crop code
read "do-" at the foot of column 1 and "datnih" at the top of column 2 as one word as tall as the
page, and every crop of that page became the whole page (~126 kB each instead of a band around the
sentence; the report was 6.7 MB).
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from analyser.output.crops import MAX_HEIGHT_PT, RESOLUTION, _page_words, crop_key, pdf_crops

PDF = Path(__file__).parent / "data" / "fresh" / "sl-2026.pdf"
SENTENCE = ("Približno devet desetin jih je državo vstopilo nedovoljeno čez kopensko mejo, večina pa je v "
            "dveh tednih zapustila azilni dom in nadaljevala pot v druge države članice.")


def test_no_word_spans_a_column_break() -> None:
    pdf = pdfium.PdfDocument(str(PDF))
    try:
        page = pdf[0]
        words = _page_words(page)
        page.close()
    finally:
        pdf.close()
    assert max(w["bottom"] - w["top"] for w in words) < 20  # 9-point body text, 10.5-point headings
    starts = [w["text"] for w in words if w["text"].startswith("do")]
    assert any(t.startswith("do") and len(t) <= 3 for t in starts)  # "do-" ends column 1 on its own


def test_crop_is_a_band_around_its_sentence() -> None:
    item = {"page": 1, "sentence": SENTENCE, "text": SENTENCE}
    crops = pdf_crops(PDF, [item])
    crop = crops[crop_key(1, SENTENCE, SENTENCE)]
    assert crop.page == 1
    # four lines of a 9-point column plus 42 points above and below: far below the page (≈ 1 170 px)
    assert crop.height < (MAX_HEIGHT_PT * RESOLUTION / 72.0) / 2
    assert len(crop.src) < 80_000
    assert len(crop.boxes) == 4  # the sentence runs over four lines of column 1


# ------------------------------------------------------------------ column bounds recorded by the parse stage


def _two_column_pdf(path: Path) -> Path:
    """The Lithuanian development strategy (gold xp-2025) typeset by ``scripts/layout_recall.py``: justified,
    hyphenated, two 232.64-pt columns with 6-pt frame padding at x = 56 and 306.64 (text 62–282.64 and
    312.64–532.64), a running header across the page and the page number right-aligned at x = 539.28."""
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
    try:
        import layout_recall
    finally:
        sys.path.pop(0)
    gold = json.loads((Path(__file__).parent / "data" / "gold" / "xp-2025.gold.json").read_text(encoding="utf-8"))
    layout_recall.render(gold, path)
    return path


def test_parse_records_the_column_bounds_of_each_page(tmp_path) -> None:
    from analyser.parse import parse
    from analyser.schema import PageColumns

    doc = parse(_two_column_pdf(tmp_path / "lt-2col.pdf"))
    assert len(doc.pages) == 4
    assert [c.page for c in doc.columns] == [1, 2, 3, 4]
    for c in doc.columns:
        assert c.method == "gutter" and len(c.columns) == 2
        (l0, l1), (r0, r1) = c.columns
        assert abs(l0 - 62.0) < 1 and abs(l1 - 282.64) < 1  # the running header (x = 56, across the gutter) left out
        assert abs(r0 - 312.64) < 1 and abs(r1 - 539.28) < 1  # the page number stands in the right column's rows
    # one column: nothing recorded
    one = parse(Path(__file__).parents[1] / "corpus" / "xl-2025.word.pdf")
    assert one.columns == ()
    assert PageColumns.model_validate({"page": 1, "columns": [[50, 284.71], [312.64, 545.28]]}).method == "gutter"


def test_report_crops_show_the_recorded_column_and_old_analyses_still_crop(tmp_path) -> None:
    """End to end (``analyse --model hashing``): ``analysis.json`` keeps the parse stage's column bounds and every
    evidence crop of the report is one column wide (220.64 pt of text + 2 x 14 pt margin at 100 dpi: 345 px, not
    the 680-px maximum of both columns) but for a sentence running on into the next column. The same analysis without ``columns`` (written before they were recorded)
    loads, and its crops span the page's width."""
    import json

    from typer.testing import CliRunner

    from analyser.cli import app
    from analyser.output.crops import CACHE_NAME, MAX_WIDTH, evidence_sources
    from analyser.schema import load_analysis

    pdf = _two_column_pdf(tmp_path / "lt-2col.pdf")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["analyse", str(pdf), "--out", str(out), "--model", "hashing"])
    assert result.exit_code == 0, result.output
    raw = json.loads((out / "lt-2col" / "analysis.json").read_text(encoding="utf-8"))
    assert [c["page"] for c in raw["columns"]] == [1, 2, 3, 4] and raw["columns"][0]["method"] == "gutter"
    cache = json.loads((out / "lt-2col" / CACHE_NAME).read_text(encoding="utf-8"))
    widths = [c["width"] for c in cache["crops"].values()]
    column_px = (282.64 - 62.0 + 2 * 14) * RESOLUTION / 72.0
    one_column = [w for w in widths if abs(w - column_px) < 0.03 * column_px]
    assert len(one_column) >= 10 and len(one_column) >= 0.8 * len(widths), (str(sorted(widths)), column_px)
    # the others: a sentence running on from the foot of one column into the next shows both
    assert all(w == MAX_WIDTH for w in widths if w not in one_column), str(sorted(widths))

    old = raw.copy()
    del old["columns"]
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "analysis.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    analysis = load_analysis(tmp_path / "old" / "analysis.json")
    assert analysis.columns is None and "columns" not in analysis.to_dict()
    crops = evidence_sources(tmp_path / "old", analysis).crops
    assert len(crops) == len(widths)
    assert sum(c.width == MAX_WIDTH for c in crops.values()) > len(crops) / 2  # both columns' text in the band


def test_column_trace_joins_the_bands_of_a_column() -> None:
    """The sides read band by band (between full-width rows) are one column per place between gutters; a gutter
    found inside one band only (a three-column band under a two-column one) does not leave overlapping columns."""
    from analyser.parse.columns import ColumnTrace

    two = ColumnTrace(gutters=[(284.0, 312.0), (285.0, 311.5)], sides=[(50.0, 283.5), (312.6, 545.3), (56.0, 284.7), (313.0, 500.0)])
    assert two.columns() == ((50.0, 284.7), (312.6, 545.3))
    three_in_one_band = ColumnTrace(gutters=[(284.0, 312.0), (160.0, 175.0)],
                                    sides=[(50.0, 158.0), (176.0, 283.0), (312.0, 545.0), (50.0, 283.0), (312.0, 545.0)])
    assert three_in_one_band.columns() == ((50.0, 283.0), (312.0, 545.0))
    assert ColumnTrace(gutters=[(200.0, 220.0)], sides=[(50.0, 199.0)]).columns() == ()  # one side: no columns
    assert ColumnTrace().columns() == ()


def test_crops_of_a_page_whose_media_box_is_not_at_the_origin(tmp_path) -> None:
    """The same two-column PDF with its media box [-50 -60 645.28 841.89] (its corner not at the origin: the text
    50 pt further from the left edge and 60 pt further from the bottom, the top where it was): the crops are the
    same (the column alone, the highlight on the sentence). Before, pdfium's character boxes were read as if the
    box started at 0, 0: the band was cut 50 pt left of and 60 pt above the sentence, the highlight beside it."""
    import re

    from analyser.output.crops import page_columns
    from analyser.parse import parse

    plain = _two_column_pdf(tmp_path / "plain.pdf")
    data = plain.read_bytes()
    box = b"/MediaBox [ 0 0 595.2756 841.8898 ]"
    assert data.count(box) == 4
    moved = tmp_path / "moved.pdf"
    moved.write_bytes(data.replace(box, b"/MediaBox [ -50 -60 645.28 841.89 ]"))  # same length: offsets kept
    doc, doc_moved = parse(plain), parse(moved)
    assert doc_moved.columns[0].columns == tuple((x0 + 50, x1 + 50) for x0, x1 in doc.columns[0].columns)
    items = [{"page": b.page, "sentence": s, "text": b.text} for b in doc.blocks if b.kind == "paragraph" and b.page <= 2
             for s in re.split(r"(?<=[.!?])\s+", b.text)[:1] if len(s) > 60]
    crops = pdf_crops(plain, items, columns=page_columns(doc))
    crops_moved = pdf_crops(moved, items, columns=page_columns(doc_moved))
    assert len(crops) >= 10 and set(crops_moved) == set(crops)
    for k, c in crops.items():
        m = crops_moved[k]
        assert (m.page, len(m.boxes)) == (c.page, len(c.boxes))
        assert abs(m.width - c.width) <= 1 and abs(m.height - c.height) <= 1, (k, m.width, c.width, m.height, c.height)
        assert all(abs(u - v) < 0.01 for mb, cb in zip(m.boxes, c.boxes) for u, v in zip(mb, cb))
