"""Scope rules of the fifteenth session (scope15): a press release by its parts (:func:`analyser.scope.press_marks`) and
boilerplate repeated in the document without weight in the scope score and out of the joined read
(:func:`analyser.match.repeated_passages`, :func:`analyser.match.item_units`). Text only; the real-model figures are in
``tests/test_scope_heldout15_model.py``, ``tests/test_scope_heldout14_model.py``, ``tests/test_fresh11_model.py`` and
``tests/test_fresh8_model.py``."""
from __future__ import annotations

from pathlib import Path

import pytest

from analyser.match import item_units, repeated_passages
from analyser.schema import Block, Passage, SegmentedBlock, Segmentation
from analyser.scope import press_marks

DATA = Path(__file__).parent / "data"


def _seg(texts: list[str]) -> Segmentation:
    blocks = tuple(SegmentedBlock(block=Block(id=f"b{i}", page=1, text=t), section_id=None, role="answer")  # type: ignore[arg-type]
                   for i, t in enumerate(texts))
    return Segmentation(doc_id="doc", blocks=blocks, sections={})


def test_press_marks_of_the_romanian_frontex_press_release():
    """scope_heldout14's Romanian Frontex press release (in 0.83 before: no "Comunicat de presă" line, no quotation)."""
    text = (DATA / "scope_heldout14" / "negatives" / "n14-frontex-comunicat-ro.txt").read_text(encoding="utf-8")
    assert press_marks(_seg(text.split("\n\n"))) == ("dateline", "press contact")


@pytest.mark.parametrize("lines, kinds", [
    (["Lisboa, 14 de janeiro de 2026", "Portugal reforça …", "Gabinete de Imprensa do MAI"], ("dateline", "press contact")),
    (["Warsaw, March 3, 2026", "Frontex deploys 80 officers.", "Press contact: press@frontex.europa.eu"], ("dateline", "press contact")),
    (["Budapest, 2026. március 3.", "…", "Sajtókapcsolat: sajto@bm.gov.hu"], ("dateline", "press contact")),
    (["Vilnius, 2026 m. kovo 3 d.", "…", "Kontaktai žiniasklaidai: spauda@vrm.lt"], ("dateline", "press contact")),
    # a title page's month and year is no dateline; a strategy names no press office
    (["Nacionalna strategija upravljanja azila in migracij", "Ljubljana, marec 2026",
      "Urad Vlade za oskrbo in integracijo migrantov zagotavlja 1 400 mest."], ()),
    # a dateline alone (a Commission communication, a letter) is one part, not two
    (["Brussels, 12.3.2025", "The Commission proposes …"], ("dateline",)),
    # a dateline further down than the opening blocks is not read
    (["a", "b", "c", "d", "e", "Roma, 14 febbraio 2025", "Ufficio stampa"], ("press contact",)),
])
def test_press_marks(lines, kinds):
    assert press_marks(_seg(lines)) == kinds


def test_repeated_passages_figures_aside():
    texts = ["12. The Ministry reviews these figures every quarter (review 1).",
             "13. The Ministry reviews these figures every quarter (review 2).",
             "In 2025 Malta received 2 400 applications.",
             "The details are set out in the annex.", "The  details are set out in the annex."]
    assert repeated_passages(texts).tolist() == [True, True, False, True, True]
    assert repeated_passages(["One answer.", "Another answer."]).tolist() == [False, False]


def _passage(i: int, text: str, section: str) -> Passage:
    return Passage(id=f"doc:P{i:04d}", block_ids=(f"b{i}",), section_id=section, page=1, text=text)


def test_item_units_leave_repeated_passages_out():
    """fresh8 #5: four review sentences repeated 36 times each among 15 real one-sentence paragraphs; joined, the real ones
    read as the compact twin's (0.61), with the repeats 0.499."""
    texts = ["1. Malta received 2 400 applications in 2025.", "2. The review meets in 2026 (review 1).",
             "3. Arrivals by sea from Libya remain the main risk.", "4. The review meets in 2027 (review 2)."]
    passages = [_passage(i, t, "1") for i, t in enumerate(texts)]
    units = item_units(passages, [[t] for t in texts])
    assert units == [((0, 2), "Malta received 2 400 applications in 2025. Arrivals by sea from Libya remain the main risk.")]
