"""Language detection, sentence segmentation and word counting.

The only module that imports spaCy, lingua and pycld2. Languages: lingua
(high accuracy on short texts) decides among the 23 EU languages it knows;
CLD2 (pycld2, which carries its own weights) adds Maltese, which lingua lacks,
and tells text in a language outside the 24 (Arabic, Chinese, Russian,
Turkish ...), which the analysis then reports as unsupported (W111) instead of
forcing it onto the nearest EU language. spaCy's registry carries no
trained pipelines for most EU languages we need offline, so sentences come from
``spacy.blank(lang)`` plus the rule-based ``sentencizer``, followed by a repair
pass that re-joins sentences split after an abbreviation ("o.a.", "z. B.",
"art.", "m.in.", "παρ." ...). Maltese and any language spaCy lacks use ``xx``.
"""

from __future__ import annotations

import functools
import logging
import re
import sys
import threading
from collections.abc import Sequence
from types import ModuleType

from analyser.lexicon import ABBREVIATIONS, EU_LANGUAGES
from analyser.errors import Warnings

logger = logging.getLogger(__name__)

__all__ = ["EU_LANGUAGES", "count_words", "detect_block_languages", "detect_language", "is_supported_language",
           "split_sentences", "unsupported_language_warning", "words", "neighbour_language", "NEIGHBOUR_LANGUAGES"]

CLD2_CONFUSABLE: frozenset[str] = frozenset({"sr", "bs", "sh", "me", "no", "nb", "nn", "gl", "ca", "lb"})
"""Languages outside the 24 that CLD2 confuses with an EU neighbour on short texts (hr, da/sv, pt, es,
de); lingua's EU answer is kept for them (Norwegian only after a full-accuracy check, :func:`_confirm_neighbour`)."""
OTHER_LANGUAGE_MIN_PERCENT = 60
"""Share of the text (CLD2's percent) that a language outside the 24 must hold to be reported."""


GREEK_QUESTION_MARK = "\u037e"
"""U+037E GREEK QUESTION MARK (canonically equivalent to ";")."""
NLP_MAX_LENGTH = 2_000_000
"""``nlp.max_length`` of the sentence pipelines; :func:`split_sentences` feeds them smaller chunks."""

_YEAR_END_RE = re.compile(r"(?:(?<=\d{4}\.)|(?<=[\u00b9\u00b2\u00b3\u2070\u2074-\u2079][.!?])|(?<=[.!?][\u00b9\u00b2\u00b3\u2070\u2074-\u2079]))\s+(?=[^\W\d_][^\W\d_])",
                          re.UNICODE)
"""A sentence end spaCy misses: a year or long number ("2025. Capital") or a superscript footnote marker
("… ametikohta⁷. AMIF-ist saab …" or "….⁷ AMIF…", recall15: spaCy reads "ametikohta⁷." as one token, so the Estonian budget
sentence and its AMIF/BMVI sentence were one unit whose vote went to 2.6.a and 2.6.d stood absent 0.18)
before the full stop, then whitespace and a word."""
_ENDS_WITH_ABBREV_RE = re.compile(r"(?:^|[\s(\[„\"'’\-])((?:[^\W\d_]{1,5}\.\s?){0,2}[^\W\d_]{1,6})\.$", re.UNICODE)


def words(text: str) -> list[str]:
    """Whitespace tokens that contain a letter or digit (the gold's word count rule)."""
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def count_words(text: str) -> int:
    """Number of :func:`words` in ``text``."""
    return len(words(text))


@functools.lru_cache(maxsize=1)
def _language_detector():  # pragma: no cover - thin wrapper around lingua
    from lingua import Language, LanguageDetectorBuilder

    wanted = []
    for code in EU_LANGUAGES:
        try:
            wanted.append(Language.from_iso_code_639_1(getattr(__import__("lingua").IsoCode639_1, code.upper())))
        except Exception:  # lingua lacks Maltese
            logger.debug("lingua has no language %s", code)
    # low accuracy (trigram models only): ~45 MB and well under a second instead of ~0.6 GB and many seconds
    # for every language's 1-5-gram models; blocks it calls foreign are confirmed by _pair_detector
    return LanguageDetectorBuilder.from_languages(*wanted).with_low_accuracy_mode().build()


@functools.lru_cache(maxsize=32)
def _pair_detector(a: str, b: str):  # pragma: no cover - thin wrapper around lingua
    """A full-accuracy detector over two languages only (their models load on first use)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in (a, b)]
    return LanguageDetectorBuilder.from_languages(*langs).build()


_CLD2_OLD_CODES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv"}
"""CLD2's withdrawn ISO 639-1 codes and their current ones."""


def _cld2(sample: str) -> tuple[str, int, bool]:
    """CLD2's main language of ``sample``: (ISO 639-1 code or "un", percent of the text, reliable)."""
    import pycld2

    try:
        reliable, _n, details = pycld2.detect(sample, bestEffort=True)
    except pycld2.error:  # invalid UTF-8 (lone surrogates): drop what it cannot read
        clean = sample.encode("utf-8", "ignore").decode("utf-8")
        clean = "".join(ch for ch in clean if ch.isprintable() or ch.isspace())
        try:
            reliable, _n, details = pycld2.detect(clean, bestEffort=True)
        except pycld2.error:
            return "un", 0, False
    code, percent = details[0][1], details[0][2]
    code = code.split("-")[0].lower()
    return _CLD2_OLD_CODES.get(code, code), int(percent), bool(reliable)


NEIGHBOUR_LANGUAGES: dict[str, str] = {"ca": "Catalan", "gl": "Galician", "lb": "Luxembourgish"}
"""Languages outside the 24 that :func:`detect_language` reads as their EU neighbour (:data:`CLD2_CONFUSABLE`) and
that :func:`neighbour_language` names when a whole document is written in one of them."""
NEIGHBOUR_MIN_CHARS = 1000
"""Characters of text from which CLD2's answer for a whole document is trusted over lingua's EU neighbour."""
NEIGHBOUR_MIN_PERCENT = 90
"""Share of the text (CLD2's percent) the language outside the 24 must hold for :func:`neighbour_language`."""


def neighbour_language(text: str, code: str) -> str | None:
    """The language outside the 24 (Catalan, Galician, Luxembourgish) a whole document is written in while it is
    analysed as ``code``, its EU neighbour; None when CLD2 does not say so reliably for at least
    :data:`NEIGHBOUR_MIN_PERCENT` % of at least :data:`NEIGHBOUR_MIN_CHARS` characters.

    :func:`detect_language` keeps lingua's EU answer for these languages (CLD2 confuses them with Spanish,
    Portuguese, German on short texts), so a Catalan strategy was reported "es (Spanish)" without a word (fresh9:
    CLD2 "ca" 99 % and "lb" 92 % on the two strategies; no text of the corpus and the test sets, 389 files, above
    60 % for any of them). Only the first 20,000 characters are read.
    """
    sample = text[:20000].strip()
    if len(sample) < NEIGHBOUR_MIN_CHARS or not is_supported_language(code):
        return None
    other, percent, reliable = _cld2(sample)
    if other in NEIGHBOUR_LANGUAGES and other != code and reliable and percent >= NEIGHBOUR_MIN_PERCENT:
        return other
    return None


def is_supported_language(code: str) -> bool:
    """Whether an ISO 639-1 code is one of the 24 official EU languages (``"und"``, unknown, counts as supported)."""
    return code == "und" or code in EU_LANGUAGES


def unsupported_language_warning(path: str, code: str) -> str | None:
    """The W111 message (code in brackets, then the path) for a document in a language outside the 24, else None."""
    if is_supported_language(code):
        return None
    return Warnings.W111.render(path=path, language=code)


def detect_language(text: str, *, default: str = "und") -> str:
    """Detect the main language of ``text``: an EU language, or the language outside the 24 it is in.

    Maltese and languages outside the 24 come from CLD2 (:func:`_cld2`): a
    reliable "mt" is Maltese; a reliable language outside the 24 that holds
    at least :data:`OTHER_LANGUAGE_MIN_PERCENT` % of the text (and is not one
    CLD2 confuses with an EU neighbour, :data:`CLD2_CONFUSABLE`) is returned as
    it is ("ar", "zh", "ru" ...; see :func:`is_supported_language`). Otherwise
    lingua decides among the other 23 EU languages.

    Args:
        text: any amount of text; only the first 20,000 characters are used.
        default: returned when nothing is detected (empty text, digits only).

    Returns:
        ISO 639-1 code in lower case: one of :data:`EU_LANGUAGES`, a code
        outside them, or ``default``.
    """
    sample = text[:20000].strip()
    if not sample:
        return default
    code, percent, reliable = _cld2(sample)
    if code == "mt" and (reliable or percent >= OTHER_LANGUAGE_MIN_PERCENT):
        return "mt"
    if (code not in EU_LANGUAGES and code not in ("un", "xx") and code not in CLD2_CONFUSABLE
            and reliable and percent >= OTHER_LANGUAGE_MIN_PERCENT):
        return code
    values = _language_detector().compute_language_confidence_values(sample)
    if not values or values[0].value <= 0:
        return default
    eu = values[0].language.iso_code_639_1.name.lower()
    if len(values) >= 2 and values[1].value > 0:
        # low-accuracy mode (trigrams only) confuses close neighbours (pt/es, cs/sk, hr/sl) on short texts:
        # the two best candidates are decided by a full-accuracy detector over those two languages only
        second = values[1].language.iso_code_639_1.name.lower()
        lang = _pair_detector(*sorted((eu, second))).detect_language_of(sample)
        eu = eu if lang is None else lang.iso_code_639_1.name.lower()
    if code in NORWEGIAN_CODES and reliable and percent >= OTHER_LANGUAGE_MIN_PERCENT:
        return _confirm_neighbour(sample, eu, code)
    return eu


NORWEGIAN_CODES: frozenset[str] = frozenset({"no", "nb", "nn"})
"""CLD2's codes of Norwegian: the one confusable neighbour a full-accuracy lingua check tells apart reliably
(Danish vs Bokmål/Nynorsk); Bosnian/Serbian vs Croatian are not (short Croatian texts would be lost)."""


def _confirm_neighbour(sample: str, eu: str, code: str) -> str:
    """``eu`` (lingua's EU language) unless CLD2 reads Norwegian and a full-accuracy detector over ``eu``,
    Bokmål and Nynorsk agrees: the text is then "nb" or "nn" (reported by W111), not Danish."""
    if code not in NORWEGIAN_CODES or eu in ("nb", "nn"):
        return eu
    lang = _triple_detector(eu, "nb", "nn").detect_language_of(sample)
    return eu if lang is None else lang.iso_code_639_1.name.lower()


@functools.lru_cache(maxsize=8)
def _triple_detector(a: str, b: str, c: str):  # pragma: no cover - thin wrapper around lingua
    """A full-accuracy detector over three languages only (Danish, Bokmål, Nynorsk)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        *[Language.from_iso_code_639_1(getattr(IsoCode639_1, x.upper())) for x in (a, b, c)]).build()


_SPACY_IMPORT = threading.Lock()


def _import_spacy() -> ModuleType:
    """Import spaCy without letting thinc import torch.

    thinc (spaCy's layer library) imports torch at import time whenever it is
    installed (``thinc.compat``), about 1 s and 0.18 GB, although the blank
    pipelines with the rule-based sentencizer used here never run a network.
    Unless torch is already loaded (the torch inference backend), ``torch`` is
    hidden from the import system while spaCy loads (thinc then records that it
    has no torch) and visible again right after, so a later ``import torch``
    (e.g. :class:`~analyser.embed.E5Encoder`) works as usual.
    """
    with _SPACY_IMPORT:
        if "spacy" in sys.modules or "torch" in sys.modules:
            import spacy

            return spacy
        sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError meanwhile
        try:
            import spacy
        finally:
            if "torch" in sys.modules and sys.modules["torch"] is None:
                del sys.modules["torch"]
        return spacy


def preload_sentence_splitter() -> threading.Thread | None:
    """Import spaCy in a background thread (see :func:`_import_spacy`), e.g. while a document is parsed.

    Call it only when nothing in the process may import torch meanwhile (the
    ONNX backend): torch is hidden from the import system while spaCy loads.

    Returns:
        The started daemon thread, or None when spaCy is already imported.
    """
    if "spacy" in sys.modules:
        return None
    thread = threading.Thread(target=_import_spacy, name="analyser-spacy-import", daemon=True)
    thread.start()
    return thread


@functools.lru_cache(maxsize=32)
def _nlp(lang: str):
    spacy = _import_spacy()

    try:
        nlp = spacy.blank(lang)
    except Exception:  # unknown to spaCy (mt): multi-language tokenizer
        nlp = spacy.blank("xx")
    punct = [".", "!", "?", "։", "؟", "。", "…"]
    if lang == "el":
        punct += [";", GREEK_QUESTION_MARK]  # the Greek question mark, and ";" that NFC makes of it
    nlp.add_pipe("sentencizer", config={"punct_chars": sorted(set(punct))})
    nlp.max_length = NLP_MAX_LENGTH
    return nlp


def _chunks(text: str, max_chars: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``max_chars`` characters for spaCy.

    Each cut is made after the last sentence-final punctuation followed by a
    space inside the window, else at the last space, else (one unbroken token
    longer than the window) at the window edge. Joining the pieces with single
    spaces gives back ``text`` (whose whitespace is already normalised), except
    inside such an overlong token.
    """
    out: list[str] = []
    rest = text
    while len(rest) > max_chars:
        window = rest[: max_chars + 1]
        cut = max(window.rfind(p + " ") + len(p) for p in (".", "!", "?", ";", GREEK_QUESTION_MARK))
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = max_chars
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        out.append(rest)
    return [c for c in out if c]


def _ends_with_abbreviation(sentence: str, lang: str) -> bool:
    stripped = sentence.rstrip()
    if not stripped.endswith("."):
        return False
    m = _ENDS_WITH_ABBREV_RE.search(stripped)
    if not m:
        return False
    token = m.group(1).lower().rstrip(".")
    known = ABBREVIATIONS["*"] | ABBREVIATIONS.get(lang, frozenset())
    last = token.split(".")[-1].strip()
    compact = {k.replace(" ", "") for k in known}
    if token in known or token.replace(" ", "") in compact or last in compact:
        return True
    # single letters ("z. B.", "a.", "i.") are abbreviations or list markers, never sentence ends;
    # after a hyphen or apostrophe ("categorie-B.", "regio’s.") a single letter ends a word that may end the sentence
    glued = m.start(1) > 0 and stripped[m.start(1) - 1] in "-'’"
    return len(last) == 1 and last.isalpha() and not glued


def split_sentences(text: str, lang: str = "xx", *, max_chars: int = 100_000) -> list[str]:
    """Split one block of text into sentences.

    Args:
        text: a paragraph (line wraps already joined).
        lang: ISO 639-1 code; decides the abbreviation list and, for Greek,
            that ";" ends a question.
        max_chars: texts longer than this are cut into chunks (after a
            sentence end, else at a space, see :func:`_chunks`) first, so
            ``nlp.max_length`` is never exceeded; capped at
            :data:`NLP_MAX_LENGTH`.

    A table as the parsers write it (rows on their own lines, cells joined by
    " | ", :mod:`analyser.parse.tables`) gives one sentence per row
    (:func:`table_rows`): a row is the unit a reader quotes, and a sentence
    splitter cut "Indicator | 2026. | 2027. | …" at every year with an ordinal
    full stop (hr, sl, lv, hu …), which made "| 2030." a table's best sentence.

    A paragraph number the splitter cut off ("1." of "1. The applicant …",
    :data:`_LIST_NUMBER_RE`) stays with its sentence: alone it was quoted in
    bold as the best evidence sentence of a key element ("3.").

    Returns:
        Sentences in order, stripped; their concatenation with single spaces
        reproduces ``text`` up to whitespace.
    """
    rows = table_rows(text)
    if rows is None:
        rows = tab_rows(text)
    if rows is not None:
        return rows
    text = " ".join(text.split())
    if not text:
        return []
    nlp = _nlp(lang)
    chunks = _chunks(text, min(max_chars, nlp.max_length))
    raw: list[str] = []
    for chunk in chunks:
        # spaCy's Greek tokenizer does not split off U+037E; ";" (same length) stands in for it
        for sent in nlp(chunk.replace(GREEK_QUESTION_MARK, ";")).sents:
            # spaCy's tokenizers read "2025." as an ordinal in some languages; a
            # year or long number before ". Capital" still ends the sentence.
            sent_text = chunk[sent.start_char : sent.end_char]
            raw.extend(p.strip() for p in _YEAR_END_RE.split(sent_text) if p.strip())
    merged: list[str] = []
    for sent in raw:
        if merged and (_ends_with_abbreviation(merged[-1], lang) or _starts_lowercase_continuation(sent)
                       or _LIST_NUMBER_RE.match(merged[-1])):
            # joined as written: "(kolegijos" cut after "(" stays "(kolegijos", not "( kolegijos"
            glued = f"{merged[-1]}{sent}"
            merged[-1] = glued if glued in text else f"{merged[-1]} {sent}"
        else:
            merged.append(sent)
    return [c for sent in merged for c in clauses(sent, lang)]


_LIST_NUMBER_RE = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[ivxlcdmIVXLCDM]{1,6}|[^\W\d_])[.)]$")
"""A paragraph or list number alone ("1.", "2.3.", "III.", "b)"): never a sentence, it opens the next one."""


TABLE_CELL_SEPARATOR = " | "
"""How the parsers join the cells of a table row (:mod:`analyser.parse.tables`, ``parse.docx``)."""


def table_rows(text: str) -> list[str] | None:
    """The rows of a table block (whitespace collapsed), or None when ``text`` is not a table.

    A table has at least two non-empty lines and at least two thirds of them
    hold :data:`TABLE_CELL_SEPARATOR`, e.g. "Year | Places\\n2026 | 900\\n2027 | 1 100"
    → ["Year | Places", "2026 | 900", "2027 | 1 100"].
    """
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 2 or 3 * sum(TABLE_CELL_SEPARATOR in line for line in lines) < 2 * len(lines):
        return None
    return lines


def tab_rows(text: str) -> list[str] | None:
    """The rows of a tab-separated table block (whitespace collapsed), or None when ``text`` is not one.

    A plain-text action plan written as one table ("Measure\tObjective\tResponsible\tBudget", a row per measure)
    reaches the analyser as one block whose lines hold tab-separated cells; a sentence splitter reads it as one
    "sentence" (no full stop), so the rows, each answering another key element, were never units of their own.
    A tab table has at least two non-empty lines and at least two thirds of them hold a tab between two cells.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or 3 * sum("\t" in line.strip() for line in lines) < 2 * len(lines):
        return None
    return [" ".join(line.split()) for line in lines]


CLAUSE_MIN_WORDS = 10
"""Shortest sentence (in words) that :func:`clauses` cuts at its semicolons."""
CLAUSE_MIN_PARTS = 2
"""Fewest semicolon clauses of :data:`CLAUSE_MIN_WORDS` words or more a sentence must have to be cut."""
CLAUSE_MIN_PART_WORDS = 5
"""Fewest words of every clause of a sentence that :func:`clauses` cuts (a list of names is not cut)."""


def clauses(sentence: str, lang: str = "xx") -> list[str]:
    """A sentence of semicolon clauses cut into its clauses; otherwise ``[sentence]``.

    A one-paragraph summary ("the main measures are: a …; b …; c …; and d …") answers several key elements in one
    sentence, a clause each, and a sentence window never splits a sentence; a short strategy states a total and its
    EU share in one ("38 milliárd forintba kerül; ebből 9 milliárd a … Integrációs Alapból", "uzavrie partnerstvá …
    o readmisii …; v rámci programu presídľovania …"), whose vote goes to the dominant clause. A sentence of
    :data:`CLAUSE_MIN_WORDS` words or more with :data:`CLAUSE_MIN_PARTS` semicolon clauses or more, each of
    :data:`CLAUSE_MIN_PART_WORDS` words or more, is cut after each semicolon (the semicolon stays with its clause, so
    the clauses joined with single spaces give the sentence back). Greek writes its semicolon as the ano teleia
    ("·", U+0387, or the middle dot U+00B7 that stands in for it; ``;`` is its question mark): Greek is cut there.
    Structure only, the same in every language.
    """
    mark = _GREEK_SEMICOLON if lang == "el" else _SEMICOLON
    if len(mark.findall(sentence)) < CLAUSE_MIN_PARTS - 1 or len(sentence.split()) < CLAUSE_MIN_WORDS:
        return [sentence]
    parts = [p.strip() for p in mark.split(sentence) if p.strip()]
    if len(parts) < CLAUSE_MIN_PARTS or min(len(p.split()) for p in parts) < CLAUSE_MIN_PART_WORDS:
        return [sentence]
    return parts


_SEMICOLON = re.compile(r"(?<=;)\s+")
_GREEK_SEMICOLON = re.compile(r"(?<=[\u0387\u00b7])\s+")


def _starts_lowercase_continuation(sentence: str) -> bool:
    first = sentence[:1]
    return bool(first) and first.isalpha() and first.islower()




def detect_block_languages(
    texts: Sequence[str],
    default: str,
    *,
    min_words: int = 6,
    min_confidence: float = 0.6,
) -> list[str]:
    """The language of each block of a document that may mix languages.

    Args:
        texts: block texts in reading order.
        default: the document's language (ISO 639-1), given to blocks too short
            to tell (fewer than ``min_words`` words, see :func:`count_words`)
            and to blocks where lingua is not sure.
        min_words: shortest block whose own language is detected.
        min_confidence: lingua's confidence (0-1) that the best language must
            reach to override ``default``.

    Returns:
        One ISO 639-1 code per text (``default`` or one of :data:`EU_LANGUAGES`;
        Maltese blocks are told by CLD2, as lingua has no Maltese).
    """
    out: list[str] = []
    detector = None
    for text in texts:
        sample = text[:2000]
        if count_words(sample) < min_words:
            out.append(default)
            continue
        code, percent, reliable = _cld2(sample)
        if code == "mt" and reliable:  # lingua has no Maltese
            out.append("mt")
            continue
        if default == "mt" and code in ("mt", "un"):
            out.append(default)
            continue
        detector = detector or _language_detector()
        values = detector.compute_language_confidence_values(sample)
        best = values[0] if values else None
        lang = best.language.iso_code_639_1.name.lower() if best is not None and best.value >= min_confidence else default
        if lang != default and default in _LINGUA_CODES:  # confirm at full accuracy between the two candidates
            pair = _pair_detector(*sorted((default, lang))).compute_language_confidence_values(sample)
            if not pair or pair[0].value < min_confidence or pair[0].language.iso_code_639_1.name.lower() != lang:
                lang = default
        out.append(lang)
    return out


_LINGUA_CODES = frozenset(EU_LANGUAGES) - {"mt"}
"""EU languages lingua knows (it has no Maltese)."""
