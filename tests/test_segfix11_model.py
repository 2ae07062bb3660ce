"""segfix11 shapes with the real model: parse + segment of ``tests/data/segfix11`` (README there) scored against the
word-aligned gold, as ``scripts/segfix11_eval.py`` prints them (4 tuning documents seen while fixing, 4 held-out
measured once after the fixes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.evaluate import load_gold_dir, score_document
from analyser.parse import parse
from analyser.segment import segment
from analyser.template import load_template

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "segfix11"

#: (section accuracy, role accuracy) per document, real model (segfix11, 2026-12-07).
#: Held-out before → after: et-ownintro 0.583 → 0.792, it-columns-toc 0.594 → 0.594, pl-table 0.983 → 0.983,
#: sk-mislabelled 0.698 → 0.698 (section accuracy).
EXPECTED: dict[str, tuple[float, float]] = {
    "sf11-da-ownintro": (0.603, 1.0),
    "sf11-es-columns-toc": (1.0, 1.0),  # parse14: 0.852, 0.862 before columns._narrow_sides
    "sf11-et-ownintro": (0.792, 1.0),
    "sf11-it-columns-toc": (1.0, 1.0),  # parse14: 0.594, 0.639 before columns._narrow_sides
    "sf11-pl-table": (0.983, 0.983),
    "sf11-ro-mislabelled": (1.0, 1.0),
    "sf11-sk-mislabelled": (0.698, 0.741),
    "sf11-sv-table": (0.982, 0.983),
}


def test_segfix11_scores(e5_encoder) -> None:
    tpl = load_template()
    got = {}
    for doc_id, g in load_gold_dir(DATA).items():
        src = next(p for p in sorted(DATA.glob(f"{doc_id}.*")) if not p.name.endswith(".gold.json"))
        seg = segment(parse(src), tpl, e5_encoder)
        s = score_document({"blocks": [{"id": sb.block.id, "role": sb.role, "section": sb.section_id,
                                        "text": sb.block.text} for sb in seg.blocks]}, g)
        got[doc_id] = (round(s.section_accuracy, 3), round(s.role_accuracy, 3))
    assert got == EXPECTED


def _sections(e5_encoder, name: str) -> dict[str, str | None]:
    seg = segment(parse(DATA / name), load_template(), e5_encoder)
    return {sb.block.text: sb.section_id for sb in seg.blocks}


@pytest.mark.xfail(strict=True, reason="segment (held-out sk): '1. Vonkajší rozmer' (2.1.1's title) over the national "
                   "context, before the first confirmed Annex heading (2.1.2), is front matter: the mislabelled-number "
                   "rule reads only own headings over text placed by content")
def test_mislabelled_first_heading_before_the_annex_headings(e5_encoder) -> None:
    assert _sections(e5_encoder, "sf11-sk-mislabelled.txt")["1. Vonkajší rozmer"] == "1"


@pytest.mark.xfail(strict=True, reason="segment/outline (da-ownintro): own sub-chapter numbers that are Annex numbers: "
                   "'2.1. Pladser' under '2. Modtagelse' goes to 2.3.1 (its text reads reception, 2.3.3), '3. "
                   "Udsendelse' (return) to 2.1.1")
def test_own_chapters_with_annex_like_sub_numbers(e5_encoder) -> None:
    got = _sections(e5_encoder, "sf11-da-ownintro.txt")
    assert (got["2.1. Pladser"], got["3. Udsendelse"]) == ("2.3.3", "2.1.2")
