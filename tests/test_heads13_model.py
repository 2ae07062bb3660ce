"""Headings of unusual shape with the real model (issue 14, thirteenth session): parse + segment of
``tests/data/heads13`` (``make_inputs.py`` there) scored against the word-aligned gold, as ``scripts/dev_segment.py
"" --gold tests/data/heads13`` prints them. Written before the fixes; de-runin, fr-runin, es-paras and nl-ownannex
were seen while fixing (tuning), pl-runin, sv-runin, cs-paras and ro-ownannex held-out (measured once after)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.evaluate import load_gold_dir, score_document
from analyser.parse import parse
from analyser.segment import segment
from analyser.template import load_template

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "heads13"

#: (section accuracy, role accuracy) per document, real model (heads13, 2026-12-07). Section accuracy before → after:
#: tuning de-runin 0.224 → 1.0, fr-runin 0.525 → 1.0, es-paras 0.410 → 1.0, nl-ownannex 0.825 → 0.825;
#: held-out pl-runin 0.708 → 1.0, sv-runin 0.363 → 0.854, cs-paras 0.365 → 0.706, ro-ownannex 0.826 → 0.826.
EXPECTED: dict[str, tuple[float, float]] = {
    "h13-cs-paras": (1.0, 1.0),  # heads14: 0.706, 0.994 before
    "h13-de-runin": (1.0, 1.0),
    "h13-es-paras": (1.0, 1.0),
    "h13-fr-runin": (1.0, 1.0),
    "h13-nl-ownannex": (0.825, 0.977),
    "h13-pl-runin": (1.0, 1.0),
    "h13-ro-ownannex": (0.826, 1.0),
    "h13-sv-runin": (1.0, 1.0),  # heads14: 0.854, 0.911 before
}


@pytest.fixture(scope="module")
def _seg(session_memo, e5_encoder):
    """``(encoder, doc_id) -> Segmentation``: each document parsed and segmented once, read by every test here."""

    def seg(_encoder, doc_id: str):  # noqa: ANN001, ANN202 - the encoder is the module's e5_encoder
        src = next(p for p in sorted(DATA.glob(f"{doc_id}.*")) if not p.name.endswith(".gold.json"))
        return session_memo(("heads13", doc_id), lambda: segment(parse(src), load_template(), e5_encoder))

    return seg


def test_heads13_scores(_seg, e5_encoder) -> None:
    got = {}
    for doc_id, g in load_gold_dir(DATA).items():
        seg = _seg(e5_encoder, doc_id)
        s = score_document({"blocks": [{"id": sb.block.id, "role": sb.role, "section": sb.section_id,
                                        "text": sb.block.text} for sb in seg.blocks]}, g)
        got[doc_id] = (round(s.section_accuracy, 3), round(s.role_accuracy, 3))
    assert got == EXPECTED


@pytest.mark.parametrize("doc_id", ["h13-de-runin", "h13-fr-runin", "h13-pl-runin"])
def test_run_in_lines_open_their_sections_as_answers(_seg, e5_encoder, doc_id: str) -> None:
    """Before: no line opened its section (the lines were a listing, or 'too long' for a heading): de 0.224. Now each
    "2.3.3 Aufnahme – 62 000 Plätze …" line is an answer of its own section (fresh9 #2's shape)."""
    seg = _seg(e5_encoder, doc_id)
    lines = [sb for sb in seg.blocks[1:]]
    assert all(sb.role == "answer" for sb in lines)
    assert all(sb.block.text.startswith(sb.section_id + (". " if doc_id != "h13-de-runin" else " ")) for sb in lines)


def test_numbered_paragraphs_keep_their_annex_headings(_seg, e5_encoder) -> None:
    """Before: '2.1.2. DIMENSIÓN INTERNA' and '2.3.3. UN SISTEMA DE ACOGIDA SÓLIDO' dropped by the content check
    (0 of 219 words agree), the return and reception paragraphs in section 1 (0.410)."""
    seg = _seg(e5_encoder, "h13-es-paras")
    heads = [(sb.section_id, sb.role) for sb in seg.blocks if sb.block.text[:1].isdigit() and sb.block.text.isupper()]
    assert heads == [("1", "section_heading"), ("2.1.2", "section_heading"), ("2.3.3", "section_heading"),
                     ("2.6", "section_heading")]


def test_run_in_lines_with_unconfirmed_titles(_seg, e5_encoder) -> None:
    """Was a strict xfail: '1 Sammanhang: 2025 söktes …' front matter, '2.1 Ett övergripande tillvägagångssätt: …' in 2
    (short titles that do not confirm their numbers). Fixed (heads14): the document's run-in lines all stand in the
    Annex's order, so each opens its own number's section."""
    got = {sb.block.text.split(":")[0]: sb.section_id for sb in _seg(e5_encoder, "h13-sv-runin").blocks}
    assert (got["1 Sammanhang"], got["2.1 Ett övergripande tillvägagångssätt"]) == ("1", "2.1")


def test_numbered_paragraphs_czech_reception_heading(_seg, e5_encoder) -> None:
    """Was a strict xfail: '2.3.3. ODOLNÝ PŘIJÍMACÍ SYSTÉM' ranked 2.3.3 fourth and the content check dropped it.
    Fixed (heads14): an upper-case title is read in sentence case (rank 1), and a decimal Annex number of a
    paragraph-numbered document is not judged by content."""
    got = {sb.block.text: sb.section_id for sb in _seg(e5_encoder, "h13-cs-paras").blocks}
    assert got["2.3.3. ODOLNÝ PŘIJÍMACÍ SYSTÉM"] == "2.3.3"


@pytest.mark.xfail(strict=True, reason="segment/outline (nl-ownannex tuning, ro-ownannex held-out; segfix11 "
                   "da-ownintro): own chapters '1.'–'4.' mapped as siblings in the Annex's order: after '2. Opvang' "
                   "(2.3.3) the return chapter '3. Terugkeer' goes to 2.4; in ro '2. Primirea' to 2.3 and its own "
                   "'2.2 Calitate' (reception quality) to 2.3.4")
def test_own_chapters_out_of_annex_order(_seg, e5_encoder) -> None:
    nl = {sb.block.text: sb.section_id for sb in _seg(e5_encoder, "h13-nl-ownannex").blocks}
    ro = {sb.block.text: sb.section_id for sb in _seg(e5_encoder, "h13-ro-ownannex").blocks}
    assert (nl["3. Terugkeer"], ro["2. Primirea"], ro["2.2 Calitate"]) == ("2.1.2", "2.3.3", "2.3.3")
