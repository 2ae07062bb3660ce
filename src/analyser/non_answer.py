"""Non-answers: answer sentences that state nothing yet (a placeholder or a bare cross-reference).

A draft strategy answers a section with "To be determined", "Rengiama." (under preparation), "Wird derzeit im
Rahmen des nationalen Notfallplans ausgearbeitet" (is being drafted), or with a bare reference to another
document ("Glej Načrt ukrepov za vračanje 2025–2029, točke 3.1 do 3.4." — see the return action plan). In
embedding space such a sentence sits close to the key element it defers (it names the plan, the topic): the
coverage calibration read it as evidence (fresh8 #1, #2: a Lithuanian draft of placeholders covered 5 key
elements, 2.4.e A0.86; a Slovenian strategy of references covered 1.b A0.81, 2.6.d P0.93). No similarity feature
tells "the return plan is being prepared" from "the return plan provides …"; the words do.

The match stage (:func:`analyser.match.build_passages`) therefore leaves these sentences out of the passages:
they are **no evidence** of any key element, and a section answered only so has no answer text to score. They
are kept, with their kind, in :attr:`analyser.match.Matches.non_answers` and written as warning W602 of the
document's ``analysis.json`` (the section, the kind and the sentence), so an analyst sees that only a placeholder
or a reference stands there rather than a silent gap. A real answer next to a placeholder still counts: the
decision is per sentence.

Formulas per language are data (``data/non_answers.yaml``, the 24 official EU languages): each document is read
with its own language's formulas and the English ones. Narrow on purpose:

- ``placeholder``: a deferral formula ("to be determined", "under preparation", "will be set out later / in a
  separate plan", "will be supplemented") in a **short** sentence (at most :data:`PLACEHOLDER_MAX_WORDS` words)
  that holds **no quantity** (:func:`has_quantity`: a number other than a year or a section number). "A
  reception centre of 300 places is being prepared in Vilnius" states a measure and stays evidence.
- ``reference``: a sentence that **opens** with a reference formula ("See", "Glej", "Siehe", "Zob.", "Katso" …)
  and has at most :data:`REFERENCE_MAX_WORDS` words: it points to another document and states nothing itself.
  A reference **inside the document** stays (:func:`internal_reference`: "Siehe hierzu die Ausführungen unter
  2.3.3.", "Vidjeti gore."): the answer stands in another section of the same strategy, and the score stage
  reads that section's passages as the evidence (development document xb-2025, 2.3.4.a addressed from 2.3.3).

Sources: the wording of draft national plans and questionnaire answers ("TBD", "à définir", "in Vorbereitung",
"do ustalenia", "see Annex"), written per language as :mod:`analyser.aspects_stated` writes its formulas.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

__all__ = ["NonAnswer", "non_answer_kind", "has_quantity", "internal_reference", "load_formulas", "PLACEHOLDER_MAX_WORDS",
           "REFERENCE_MAX_WORDS"]

PLACEHOLDER_MAX_WORDS = 20
"""Longest sentence (in words) read as a placeholder: a longer sentence around a deferral formula says more."""
REFERENCE_MAX_WORDS = 30
"""Longest sentence (in words) read as a bare reference (a document's full title with its chapters fits)."""

_YEAR_OR_SECTION = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b\d+(?:\.\d+)+\.?|\b\d\b")
_QUANTITY = re.compile(r"\d|%")


@dataclass(frozen=True)
class NonAnswer:
    """A sentence left out of the passages because it states nothing yet.

    Attributes:
        section_id: the Annex section of its block (None outside any section).
        block_id: its block.
        kind: ``"placeholder"`` or ``"reference"``.
        sentence: the sentence as written.
        formula: the matched words (whitespace collapsed).
    """

    section_id: str | None
    block_id: str
    kind: str
    sentence: str
    formula: str


@functools.lru_cache(maxsize=1)
def _formula_texts() -> dict[str, dict[str, list[str]]]:
    """``data/non_answers.yaml`` as written: ``{kind: {lang: [pattern, ...]}}``."""
    with resources.files("analyser").joinpath("data/non_answers.yaml").open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    return {kind: {lang: list(pats) for lang, pats in by_lang.items()} for kind, by_lang in raw.items()}


@functools.lru_cache(maxsize=None)
def _formula(kind: str, lang: str) -> re.Pattern[str] | None:
    """The compiled formulas of one kind and language (None when the file has none): compiled when a
    document of that language first asks, not all 24 languages' at once."""
    pats = _formula_texts().get(kind, {}).get(lang)
    if pats is None:
        return None
    body = "|".join(f"(?:{p})" for p in pats)
    if kind == "reference":
        body = r"^[\s\"'„“«(\-–—•*]*(?:" + body + ")"
    return re.compile(body, re.IGNORECASE | re.UNICODE)


def load_formulas() -> dict[str, dict[str, re.Pattern[str]]]:
    """``{"placeholder" | "reference" | "internal": {lang: pattern}}`` from ``data/non_answers.yaml``;
    reference patterns are anchored at the sentence start (after bullets and quotes). Compiles every
    language; the analysis itself compiles only the languages it meets."""
    out: dict[str, dict[str, re.Pattern[str]]] = {}
    for kind, by_lang in _formula_texts().items():
        out[kind] = {}
        for lang in by_lang:
            pat = _formula(kind, lang)
            assert pat is not None
            out[kind][lang] = pat
    return out


def has_quantity(sentence: str) -> bool:
    """True when the sentence holds a number other than a year (1800–2099), a section number ("3.1", "2.3.4.")
    or a single digit ("chapter 4"), or a per cent sign: "1 200 places", "EUR 55 million", "28 %"."""
    return bool(_QUANTITY.search(_YEAR_OR_SECTION.sub(" ", sentence)))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SECTION_NUMBER = re.compile(r"\b\d+(?:\.\d+)+\b")


def internal_reference(sentence: str, language: str = "en") -> bool:
    """True when a reference sentence points inside the document: it names no year (another document is
    named with its years: "Načrt ukrepov za vračanje 2025–2029", "Programme 2021–2027") and either names a
    section number ("see 2.3.3"), is at most three words ("Vidjeti gore.") or holds a word pointing inside the
    document in its language or English (``internal`` of ``data/non_answers.yaml``: "Zie hieronder meer over deze
    voorstellen.", "See above")."""
    if _YEAR.search(sentence):
        return False
    if _SECTION_NUMBER.search(sentence) or len(sentence.split()) <= 3:
        return True
    return any(pat.search(sentence) for lang in dict.fromkeys([language, "en"]) if (pat := _formula("internal", lang)))


def non_answer_kind(sentence: str, language: str) -> tuple[str, str] | None:
    """``(kind, formula)`` when the sentence is a placeholder or a bare reference, else None.

    Args:
        sentence: one answer sentence.
        language: ISO 639-1 code of the document; its formulas and the English ones are tried.

    Returns:
        E.g. ``("placeholder", "Rengiama")`` for "Rengiama.", ``("reference", "Glej ")`` for "Glej Nacionalni
        program vključevanja 2024–2030, poglavje 4."; None for "Azilni dom … bodo do leta 2027 imeli 1 200 mest".
    """
    text = " ".join(sentence.split())
    if not text:
        return None
    n_words = len(text.split())
    langs = dict.fromkeys([language, "en"])
    if n_words <= REFERENCE_MAX_WORDS:
        for lang in langs:
            pat = _formula("reference", lang)
            if pat is not None and (m := pat.search(text)) and not internal_reference(text, language):
                return "reference", m.group(0).strip(" \"'„“«(-–—•*")
    if n_words <= PLACEHOLDER_MAX_WORDS and not has_quantity(text):
        for lang in langs:
            pat = _formula("placeholder", lang)
            if pat is not None and (m := pat.search(text)):
                return "placeholder", m.group(0).strip()
    return None
