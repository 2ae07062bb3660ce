"""recall15: a superscript footnote marker at a sentence end still ends the sentence (no model)."""

from __future__ import annotations

import pytest

from analyser.text import split_sentences


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the fresh15 Estonian budget paragraph: marker before the full stop (was one sentence, 2.6.d absent 0.18)
    ("Aastateks 2026–2031 on riigieelarves ette nähtud 160 miljonit eurot ja 210 uut ametikohta⁷. AMIF-ist saab "
     "Eesti 28 miljonit eurot ja BMVI-st 95 miljonit eurot.", "et",
     ["Aastateks 2026–2031 on riigieelarves ette nähtud 160 miljonit eurot ja 210 uut ametikohta⁷.",
      "AMIF-ist saab Eesti 28 miljonit eurot ja BMVI-st 95 miljonit eurot."]),
    # marker after the full stop
    ("predviđa 150 novih radnih mjesta.⁶ Iz AMIF-a Hrvatska dobiva 45 milijuna eura.", "hr",
     ["predviđa 150 novih radnih mjesta.⁶", "Iz AMIF-a Hrvatska dobiva 45 milijuna eura."]),
    # the Polish dev strategy's "(UE) 2024/1351¹. Strategia …"
    ("zgodnie z art. 7 rozporządzenia (UE) 2024/1351¹. Strategia obejmuje lata 2026–2031.", "pl",
     ["zgodnie z art. 7 rozporządzenia (UE) 2024/1351¹.", "Strategia obejmuje lata 2026–2031."]),
    # a superscript that is no footnote marker, then no sentence end: one sentence
    ("Plocha 120 m² a další prostory.", "cs", ["Plocha 120 m² a další prostory."]),
])
def test_footnote_marker_ends_sentence(text: str, lang: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
