"""Language parts of a strategy written one language after the other (biling, fresh7 #1/#2), no model needed.

:func:`analyser.segment.common.language_parts` cuts a document where its paragraphs change language for good; the
segment stage keeps one Annex heading per section and part, and splits template text from answers per part.
"""

from __future__ import annotations

from analyser.schema import Block
from analyser.segment.common import language_parts
from analyser.segment.template_text import _figures

LONG = "one two three four five six seven"


def _blocks(spec: list[tuple[str, str | None]]) -> list[Block]:
    """(kind, language) → blocks: "h" a short heading, "p" a paragraph of seven words in that language."""
    return [Block(id=f"b{k}", page=1, text="2.1.2. Title" if kind == "h" else LONG, kind="heading" if kind == "h" else "paragraph",
                  language=lang) for k, (kind, lang) in enumerate(spec)]


def test_one_language_after_the_other_makes_two_parts():
    # Irish document language (None), then English; the headings before the first English paragraph open part 1
    spec = [("h", None), ("p", None), ("h", None), ("p", None), ("h", None), ("p", None), ("h", None), ("p", None),
            ("h", None), ("h", None), ("p", "en"), ("h", None), ("p", "en"), ("h", None), ("p", "en")]
    assert language_parts(_blocks(spec), "ga") == [0] * 8 + [1] * 7


def test_three_languages_make_three_parts():
    spec = [("p", None)] * 3 + [("h", None)] + [("p", "fr")] * 3 + [("h", None)] + [("p", "de")] * 4
    assert language_parts(_blocks(spec), "nl") == [0] * 3 + [1] * 4 + [2] * 5


def test_alternating_languages_and_quotations_make_no_parts():
    alternating = [("p", "mt" if k % 2 else "en") for k in range(12)]
    assert set(language_parts(_blocks(alternating), "mt")) == {0}
    # English questions over Hungarian answers (fresh7 hu): no parts, the questions stay template text
    questions = [("p", "en" if k % 2 == 0 else None) for k in range(8)]
    assert set(language_parts(_blocks(questions), "hu")) == {0}
    # a quotation of two English paragraphs inside a Dutch strategy is no part
    quoted = [("p", None)] * 6 + [("p", "en")] * 2 + [("p", None)] * 6
    assert set(language_parts(_blocks(quoted), "nl")) == {0}
    # the language coming back (nl, en, nl) makes no parts either
    back = [("p", None)] * 4 + [("p", "en")] * 4 + [("p", None)] * 4
    assert set(language_parts(_blocks(back), "nl")) == {0}


def test_figures_of_an_answer_not_of_an_act():
    """A member state's figures count ("1 200", "18.500", "2028"); act numbers, section numbers, small counts do not."""
    assert _figures("Every year 1 200 illegally staying third-country nationals will be returned by 2028") == {"1200", "2028"}
    assert _figures("Directive 2008/115/EC and Regulation (EU) 2024/1346, section 2.1.2, question 12") == set()
    assert _figures("18.500 places, 4,000 beds") == {"18500", "4000"}
