"""Short own titles under the Annex's numbers (issue 14, heads15 helper): the place-in-sequence rule
(:func:`analyser.segment.headings._in_sequence`) takes an unconfirmed Annex number whose title names its section's
topic (read against the section's whole wording) whatever its title's rank among the Annex headings. No model."""

from __future__ import annotations

from analyser.schema import Block
from analyser.segment.config import SegmentConfig
from analyser.segment.headings import _Heading, _in_sequence
from analyser.template import load_template

TEXTS = ["1. Kontext", "Im Jahr 2025 stellten 41.200 Menschen einen Antrag.", "2.1.2. Rückkehr",
         "Bis 2028 sollen jährlich 6.500 Rückführungen erfolgen.", "2.3.3. Aufnahmebedingungen",
         "Die Erstaufnahme verfügt über 9.000 Plätze.", "2.6. Ausreichende Kapazitäten", "Landesmittel von 840 Mio. Euro."]


def _taken(topic_ranks):
    blocks = [Block(id=f"b{k}", page=1, text=t, kind="paragraph") for k, t in enumerate(TEXTS)]
    order = list(load_template().section_ids())
    found = [_Heading(0, ("1",), TEXTS[0], 1, False), _Heading(6, ("2.6",), TEXTS[6], 1, False)]
    # (block index, claimed ids, title rank among the 17 Annex headings, styled), as the e5 model ranks them
    unconfirmed = [(2, ("2.1.2",), 17, False), (4, ("2.3.3",), 5, False)]
    return [h.section_ids[0] for h in _in_sequence(blocks, unconfirmed, found, order, set(), SegmentConfig(),
                                                  topic_ranks=topic_ranks)]


def test_number_whose_title_names_its_topic_is_taken_whatever_its_heading_rank():
    assert _taken({2: 1, 4: 1}) == ["2.1.2", "2.3.3"]
    assert _taken({2: SegmentConfig().heading_rank + 2, 4: 9}) == ["2.1.2", "2.3.3"]


def test_number_whose_title_names_neither_heading_nor_topic_is_not_taken():
    """Two unconfirmed numbers (none sole): the far one (17th) needs its topic; without topic ranks, as before."""
    assert _taken({2: SegmentConfig().heading_rank + 3, 4: 1}) == ["2.3.3"]
    assert _taken(None) == ["2.3.3"]
