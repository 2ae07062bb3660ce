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
        words = _page_words(page, page.get_size()[1])
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
