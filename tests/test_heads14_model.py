"""Headings of every shape with the real model (issue 14, fourteenth session): parse + segment of ``tests/data/heads14``
(``make_inputs.py`` there) scored against the word-aligned gold, as ``scripts/dev_segment.py "" --gold
tests/data/heads14`` prints them. Written before the fixes, in languages none of the open defects' inputs use; pt-runin,
it-paras, hr-ownorder, bg-mislabelled were seen while fixing (tuning), hu-runin, lt-paras, lv-ownorder, el-mislabelled
held-out (measured once after the rules were chosen; lt-paras then fixed and seen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.evaluate import load_gold_dir, score_document
from analyser.parse import parse
from analyser.segment import segment
from analyser.template import load_template

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "heads14"

#: (section accuracy, role accuracy) per document, real model (heads14, 2026-12-07). Section accuracy before → after:
#: tuning pt-runin 0.780 → 1.0, it-paras 0.687 → 1.0, hr-ownorder 0.842 → 0.842, bg-mislabelled 1.0 → 1.0;
#: held-out hu-runin 0.707 → 1.0, lt-paras 0.684 → 0.684 (then fixed, seen: 1.0), lv-ownorder 0.802 → 0.802,
#: el-mislabelled 1.0 → 1.0.
EXPECTED: dict[str, tuple[float, float]] = {
    "h14-bg-mislabelled": (1.0, 1.0),
    "h14-el-mislabelled": (1.0, 1.0),
    "h14-hr-ownorder": (0.842, 0.78),
    "h14-hu-runin": (1.0, 1.0),
    "h14-it-paras": (1.0, 1.0),
    "h14-lt-paras": (1.0, 1.0),
    "h14-lv-ownorder": (0.802, 1.0),
    "h14-pt-runin": (1.0, 1.0),
}


def _seg(e5_encoder, doc_id: str):
    return segment(parse(DATA / f"{doc_id}.txt"), load_template(), e5_encoder)


def test_heads14_scores(e5_encoder) -> None:
    got = {}
    for doc_id, g in load_gold_dir(DATA).items():
        seg = _seg(e5_encoder, doc_id)
        s = score_document({"blocks": [{"id": sb.block.id, "role": sb.role, "section": sb.section_id,
                                        "text": sb.block.text} for sb in seg.blocks]}, g)
        got[doc_id] = (round(s.section_accuracy, 3), round(s.role_accuracy, 3))
    assert got == EXPECTED


@pytest.mark.parametrize("doc_id", ["h14-pt-runin", "h14-hu-runin"])
def test_run_in_lines_in_annex_order_open_their_sections(e5_encoder, doc_id: str) -> None:
    """Before: '2.5 Coordenação: …' (2.5 ranks 16th by its title) and '2.6 Meios: …' (14th) stayed in 2.3.4, hu
    '1 Háttér: …' front matter. Now every run-in line of a document whose run-in lines stand in the Annex's order is
    an answer of its own number's section."""
    lines = _seg(e5_encoder, doc_id).blocks[1:]
    assert all(sb.role == "answer" and sb.block.text.startswith(sb.section_id + " ") for sb in lines)


@pytest.mark.parametrize("doc_id", ["h14-it-paras", "h14-lt-paras"])
def test_paragraph_numbered_upper_case_headings_open_their_sections(e5_encoder, doc_id: str) -> None:
    """Before: it '2.1.2. RIMPATRI E RIAMMISSIONI' (13th by its title) and '2.6. LE RISORSE' no headings (paragraphs
    15–28 in 2.1.1, 43–45 in 2.3.3: 0.687); lt '1. NACIONALINĖ PADĖTIS' (1 second) too, no Annex heading but 2.3.3."""
    heads = [(sb.block.text.split(".")[0], sb.section_id, sb.role) for sb in _seg(e5_encoder, doc_id).blocks
             if sb.block.text[:1].isdigit() and sb.block.text.isupper()]
    assert heads == [("1", "1", "section_heading"), ("2", "2.1.2", "section_heading"),
                     ("2", "2.3.3", "section_heading"), ("2", "2.6", "section_heading")]


@pytest.mark.xfail(strict=True, reason="segment/outline (hr-ownorder tuning, lv-ownorder held-out; as heads13 nl/ro-ownannex, "
                   "segfix11 da-ownintro): own decimal chapters are mapped as siblings in the Annex's order: lv '3. "
                   "Atgriešana' (return) after '2. Uzņemšana' goes to 2.4 (its short title ranks 2.4 first: a hub), hr "
                   "'2. Prihvat' to 2.3 and its own '2.2 Kvaliteta' (reception quality) to 2.3.4")
def test_own_decimal_chapters_in_their_own_order(e5_encoder) -> None:
    hr = {sb.block.text: sb.section_id for sb in _seg(e5_encoder, "h14-hr-ownorder").blocks}
    lv = {sb.block.text: sb.section_id for sb in _seg(e5_encoder, "h14-lv-ownorder").blocks}
    assert (hr["2.2 Kvaliteta"], lv["3. Atgriešana"]) == ("2.3.3", "2.1.2")
