"""Language detection, sentence segmentation and word counting.

The only module that imports spaCy and lingua. spaCy's registry carries no
trained pipelines for most EU languages we need offline, so sentences come from
``spacy.blank(lang)`` plus the rule-based ``sentencizer``, followed by a repair
pass that re-joins sentences split after an abbreviation ("o.a.", "z. B.",
"art.", "m.in.", "παρ." ...). Maltese and any language spaCy lacks use ``xx``.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence

logger = logging.getLogger(__name__)

EU_LANGUAGES: tuple[str, ...] = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
)
"""ISO 639-1 codes of the 24 official EU languages."""

# Abbreviations that end with a period but must not end a sentence, per language
# (lower-cased, without the final period). Shared ones apply to every language.
_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "*": frozenset({"art", "nr", "no", "n°", "p", "pp", "cf", "vs", "ca", "e.g", "i.e", "etc", "vgl", "mio", "mld", "mln",
                    "bzw", "resp", "incl", "excl", "max", "min", "approx", "fig", "par", "ch", "para", "nos", "ref"}),
    "nl": frozenset({"o.a", "t.b.v", "m.b.t", "i.v.m", "bijv", "d.w.z", "m.n", "z.g", "jl", "blz", "e.a", "t.a.v", "mr", "dhr", "mw", "ivm", "mbt"}),
    "de": frozenset({"z", "b", "z.b", "abs", "gem", "u", "a", "u.a", "d.h", "i.h.v", "ggf", "bzw", "vgl", "s", "str", "eur", "nr", "ziff", "lit", "dr"}),
    "fr": frozenset({"n°", "ex", "p. ex", "cf", "mme", "m", "av", "env", "al", "l", "r", "d"}),
    "pl": frozenset({"np", "m.in", "ust", "tj", "ok", "tys", "r", "poz", "dz", "u", "pkt", "lit", "zob", "ww", "tzw", "itd", "itp"}),
    "el": frozenset({"παρ", "βλ", "π.χ", "άρθ", "κ.λπ", "αρ", "εδ", "περ"}),
    "bg": frozenset({"г", "чл", "ал", "бр", "т.е", "напр", "вкл", "млн", "млрд", "обн", "т", "др", "стр", "хил"}),
    "cs": frozenset({"čl", "č", "odst", "písm", "mj", "např", "tzv", "tj", "sb", "úř", "věst", "mil", "tis", "cca", "resp", "atd"}),
    "da": frozenset({"jf", "bl.a", "f.eks", "ca", "pr", "stk", "nr", "mio", "mia", "kr", "pct", "m.v", "evt", "inkl"}),
    "fi": frozenset({"esim", "milj", "ks", "mm", "ns", "n", "vrt", "s", "yms", "jne", "tms", "eli", "v"}),
    "hu": frozenset({"ill", "pl", "kb", "ún", "stb", "sz", "o", "korm", "tv", "vö", "ld", "évi", "bek"}),
    "lt": frozenset({"t. y", "t.y", "pvz", "m", "d", "nr", "val", "mėn", "proc", "mln", "str", "p", "kt", "žr"}),
    "pt": frozenset({"n.º", "art.os", "p. ex", "sr", "sra", "v.g", "cf", "al", "n.o"}),
    "ro": frozenset({"art", "alin", "nr", "lit", "pct", "etc", "d-l", "dl", "dna", "prof"}),
    "it": frozenset({"art", "n", "p.es", "ecc", "pag", "sig", "c.d", "cfr", "es", "co", "lett"}),
    "es": frozenset({"art", "núm", "p. ej", "sr", "sra", "etc", "pág", "apdo", "cfr"}),
    "sk": frozenset({"čl", "č", "ods", "písm", "napr", "tzv", "t.j", "mil", "resp", "atď", "zb"}),
    "sl": frozenset({"čl", "npr", "t.i", "oz", "itd", "mio", "št", "odst", "tč"}),
    "hr": frozenset({"čl", "npr", "tj", "st", "br", "mil", "itd", "tzv", "odn"}),
    "sv": frozenset({"t.ex", "bl.a", "s.k", "m.m", "kap", "jfr", "st", "mkr", "ca", "resp"}),
    "et": frozenset({"nt", "jm", "lg", "nr", "mln", "vt", "jne", "s.t", "p"}),
    "lv": frozenset({"piem", "u.c", "utt", "t.i", "nr", "p", "milj", "pants", "sk"}),
    "mt": frozenset({"eż", "art", "nru", "ecc"}),
    "ga": frozenset({"alt", "lch", "m.sh", "uimh"}),
}

GREEK_QUESTION_MARK = "\u037e"
"""U+037E GREEK QUESTION MARK (canonically equivalent to ";")."""
NLP_MAX_LENGTH = 2_000_000
"""``nlp.max_length`` of the sentence pipelines; :func:`split_sentences` feeds them smaller chunks."""

_YEAR_END_RE = re.compile(r"(?<=\d{4}\.)\s+(?=[^\W\d_][^\W\d_])", re.UNICODE)
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


def detect_language(text: str, *, default: str = "und") -> str:
    """Detect the main EU language of ``text`` with lingua.

    Args:
        text: any amount of text; only the first 20,000 characters are used.
        default: returned when nothing is detected (empty text).

    Returns:
        ISO 639-1 code in lower case (one of :data:`EU_LANGUAGES`) or ``default``.
    """
    sample = text[:20000].strip()
    if not sample:
        return default
    lang = _language_detector().detect_language_of(sample)
    if lang is None:
        return default
    return lang.iso_code_639_1.name.lower()


@functools.lru_cache(maxsize=32)
def _nlp(lang: str):
    import spacy

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
    known = _ABBREVIATIONS["*"] | _ABBREVIATIONS.get(lang, frozenset())
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

    Returns:
        Sentences in order, stripped; their concatenation with single spaces
        reproduces ``text`` up to whitespace.
    """
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
        if merged and (_ends_with_abbreviation(merged[-1], lang) or _starts_lowercase_continuation(sent)):
            merged[-1] = f"{merged[-1]} {sent}"
        else:
            merged.append(sent)
    return merged


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
        One ISO 639-1 code per text (``default`` or one of :data:`EU_LANGUAGES`).
    """
    out: list[str] = []
    detector = None
    for text in texts:
        sample = text[:2000]
        if count_words(sample) < min_words:
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
