"""Short own titles under the Annex's numbers with the real model (issue 14, heads15 helper).

Inputs ``scripts/make_segment_heads15.py`` (written with their gold before any change): ``seg-*-heads15``, plain-text
numbered strategies with one- or two-word titles under some Annex numbers (fr/it/pl/sv seen, hu/lt held out), and
``seg-*-heads15trap``, a short number + word that is the document's own (en "2.1 Budget" inside section 1, nl "2.4
Personeel" inside 2.3.3; seen). Values measured with multilingual-e5-small on 2026-12-07 (heads15 branch).
"""

from __future__ import annotations


import pytest



pytestmark = pytest.mark.model


@pytest.mark.parametrize("doc_id", [f"seg-{lang}-heads15" for lang in ("fr", "it", "pl", "sv", "hu", "lt")])
def test_short_titles_under_annex_numbers_are_annex_headings(doc_id, gold_segmentation):
    """Every gold Annex heading ("2.1.2. Retour", "2.3.3. Accoglienza", "2.4. Gotowość") opens its section, and every
    answer is in its section (section accuracy 1.0)."""
    g, seg, s = gold_segmentation(doc_id)
    got = {sb.block.id: (sb.role, sb.section_id) for sb in seg.blocks}
    heads = [(b["text"], got[b["id"]]) for b in g["blocks"] if b["role"] == "section_heading"]
    assert all(r == ("section_heading", t.split()[0].rstrip(".")) for t, r in heads), heads
    assert s.section_accuracy == 1.0


@pytest.mark.parametrize("doc_id", [
    pytest.param("seg-en-heads15trap", marks=pytest.mark.xfail(strict=True, reason=(
        "known defect (heads15, seen, before and after heads15): an own '2.1 Budget' inside section 1's answer, between "
        "'1.' and '2.3.3.', is taken for Annex 2.1 (its title ranks 2.1's heading 6th, the closer half) and its text "
        "goes to 2.1"))),
    pytest.param("seg-nl-heads15trap", marks=pytest.mark.xfail(strict=True, reason=(
        "known defect (heads15, seen, before and after heads15): an own sub-point '2.4 Personeel' inside 2.3.3's "
        "answer, the document's only unconfirmed Annex number between confirmed '2.3.3.' and '2.6.', is taken for "
        "Annex 2.4 by the sole-number rule (_in_sequence)"))),
])
def test_own_short_numbered_point_stays_in_its_section(doc_id, gold_segmentation):
    g, seg, _ = gold_segmentation(doc_id)
    got = {sb.block.id: (sb.role, sb.section_id) for sb in seg.blocks}
    own = [b for b in g["blocks"] if b["role"] == "answer_heading"]
    assert own and all(got[b["id"]] == ("answer_heading", b["section"]) for b in own), [got[b["id"]] for b in own]
