"""Shapes of the eleventh session's segfix11 (``tests/data/segfix11``, README there): parse fixes pinned on the new
inputs and on small constructed cases; the segmentation figures with the real model are in
``tests/test_segfix11_model.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_two_column_band_opening_with_a_multi_line_heading_is_read_column_by_column() -> None:
    """Fixed by parse14 (``columns._narrow_sides``): a page of three columns whose third holds (nearly) nothing was
    read as two columns, row by row, and the six-line heading opening the left column read across ('2.3.3. Un
    sistema de Las condiciones de acogida'); both sides of its gutter narrower than a third of the page make it a
    page of narrow columns, read run by run."""
    doc = parse(DATA / "sf11-es-columns-toc.pdf")
    body = [b.text for b in doc.blocks if b.page == 3]
    assert body[0].replace("\n", " ") == (
        "2.3.3. Un sistema de acogida sólido para los solicitantes de protección internacional")
    assert [t[:24] for t in body[1:]] == ["La red estatal de acogid", "Los menores no acompañad",
                                          "Las condiciones de acogi", "Se abrirán centros de pr",
                                          "Las entidades sociales q"]


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


def test_annex_number_over_another_sections_title_follows_its_text() -> None:
    """fresh7 #4's rule (segment/outline._mislabelled_annex_numbers), on constructed scores: "2.3.3." under 2.3.4's
    title over a text that reads 2.3.3 first is 2.3.3, flagged with confidence 0.5; "1." under 2.1.3's title over a
    text that reads 2 first stays as the own-heading mapping left it, and so does "2.3.3." when its text reads 2.4
    first."""
    import numpy as np

    from analyser.schema import Block
    from analyser.segment.outline import _mislabelled_annex_numbers
    from analyser.template import load_template

    order = list(load_template().section_ids())
    texts = ["1. Účinná podpora ostatních členských států", "Kontext text.",
             "2.3.3. Podmínky pro úspěšnou a včasnou integraci", "Přijímací střediska text."]
    blocks = [Block(id=f"b{k}", page=1, text=t, kind="heading" if k % 2 == 0 else "paragraph") for k, t in enumerate(texts)]

    def row(best: str) -> np.ndarray:
        r = np.zeros(len(order))
        r[order.index(best)] = 1.0
        return r

    title_candidates = {0: (row("2.1.3"), True), 2: (row("2.3.4"), True)}
    content_z = {1: {"1": -0.5, "2.1.3": 0.4, "2": 1.0}, 3: {"2.3.3": 1.8, "2.3.4": -0.6, "2.4": 1.2}}
    section_of: list[str | None] = ["2", "2", "2.4", "2.4"]
    confidence = [0.9] * 4
    heads, settled = _mislabelled_annex_numbers(blocks, title_candidates, {0, 1, 2, 3}, content_z, section_of, confidence,
                                                order, set())
    assert [(h.index, h.section_ids, h.confidence) for h in heads] == [(2, ("2.3.3",), 0.5)]
    assert section_of == ["2", "2", "2.3.3", "2.3.3"] and confidence == [0.9, 0.9, 0.5, 0.5] and settled == {2, 3}
    third = {**content_z, 3: {"2.3.3": 1.8, "2.3.4": -0.6, "2.4": 2.3}}
    assert _mislabelled_annex_numbers(blocks, title_candidates, {0, 1, 2, 3}, third, ["2", "2", "2.4", "2.4"], [0.9] * 4,
                                      order, set()) == ([], set())
    # a document numbering on its own ("3.1", "4.1": numbers the Annex does not have) is left alone
    own = blocks + [Block(id="b8", page=1, text="3.1. Kiutasítás"), Block(id="b9", page=1, text="4.1. Eljárás")]
    assert _mislabelled_annex_numbers(own, title_candidates, {0, 1, 2, 3}, content_z, ["2", "2", "2.4", "2.4", None, None],
                                      [0.9] * 6, order, set()) == ([], set())


def test_introduction_titles() -> None:
    """An own chapter's title after its label is an introduction's (lexicon.INTRODUCTION_TITLES)."""
    from analyser.segment.outline import _is_introduction

    assert _is_introduction("1. Bevezetés") and _is_introduction("I. Einleitung") and _is_introduction("Indledning")
    assert not _is_introduction("1. Bevezetés és háttér a visszaküldéshez") and not _is_introduction("2. Befogadás")
