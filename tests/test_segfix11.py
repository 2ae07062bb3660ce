"""Shapes of the eleventh session's segfix11 (``tests/data/segfix11``, README there): parse fixes pinned on the new
inputs and on small constructed cases; the segmentation figures with the real model are in
``tests/test_segfix11_model.py``."""

from __future__ import annotations

from pathlib import Path

from analyser.parse import parse
from analyser.parse.toc import carry_page_numbers

DATA = Path(__file__).parent / "data" / "segfix11"


def test_three_column_page_opening_with_a_six_line_heading_is_read_column_by_column() -> None:
    """A page of three columns whose left one opens with a six-line heading beside running text: the rows clustered
    across the columns interleaved the heading with the middle column ('Cada año …' after 'repatriación y
    publicará un informe anual.'); now the heading, then the left column's paragraphs, then the middle one's."""
    doc = parse(DATA / "sf11-es-columns-toc.pdf")
    body = [b.text for b in doc.blocks if b.page == 2]
    assert body[0].replace("\n", " ") == ("2.1.2. Dimensión interna: retorno efectivo de los nacionales de terceros "
                                          "países en situación irregular")
    assert [t[:24] for t in body[1:]] == ["Cada año se ejecutarán 6", "El retorno forzoso se re",
                                          "Los traslados en virtud ", "Los centros de internami",
                                          "Se firmarán acuerdos de "]


def test_wrapped_toc_entries_keep_their_page_numbers_at_the_end() -> None:
    """A TOC (two-cell table rows) whose wrapped titles have their page numbers on the first line: each entry is
    read title first, number last, and the last entry's continuation stays in the contents block."""
    doc = parse(DATA / "sf11-es-columns-toc.pdf")
    toc = next(b.text for b in doc.blocks if b.text.startswith("Índice"))
    assert toc.split("\n")[1:] == [
        "2.1.2. Dimensión interna: retorno efectivo de", "los nacionales de terceros países en situación",
        "irregular y cooperación con los países de", "origen 2", "2.3.3. Un sistema de acogida sólido para los",
        "solicitantes de protección internacional y para", "las personas vulnerables 3"]


def test_carry_page_numbers_only_for_numbers_on_the_first_line() -> None:
    """The number moves only when the unnumbered lines after it are followed by an entry's start or the end."""
    assert carry_page_numbers(["2.6. Long title for the 3", "rest of it", "3. Next 4"]) == \
        ["2.6. Long title for the", "rest of it 3", "3. Next 4"]
    bottom = ["1. Intro 2", "2. A long title", "continued 3"]  # numbers on the entries' last lines: unchanged
    assert carry_page_numbers(bottom) == bottom
    unknown = ["Intro 2", "The long chapter", "title continued 4"]  # no entry starts: which entry is unknown
    assert carry_page_numbers(unknown) == unknown
    leaders = ["2.1. Title . . . . 3", "3. Next 4"]
    assert carry_page_numbers(leaders) == leaders
