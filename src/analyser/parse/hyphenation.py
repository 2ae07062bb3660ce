"""Joining the lines of a block, undoing line-end hyphenation with the document's own vocabulary.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator

from analyser.lexicon import CONJUNCTIONS
from analyser.parse.chars import HYPHENS, SOFT_HYPHEN
from analyser.parse.model import Line, PageLines

logger = logging.getLogger(__name__)


_PUNCT = ".,;:!?()[]\"'«»„“”‘’"
#: An Irish word after an initial mutation: a lower-case eclipsis or h-/t- prefix before the capital of a name
#: ("nGaillimh", "bPort", "gCorcaigh", "mBaile", "dTuaisceart", "hÉireann", "tSligeach"); the capital inside it is no
#: abbreviation ("amvB-", "EU-"), so it is no reason to keep a line-end hyphen (fresh5: "i nGail-" + "limh").
IRISH_MUTATION_RE = re.compile(r"^(?:n|t|b|m|g|d|bh|h|ts)[A-ZÁÉÍÓÚ][a-záéíóú]+$")
#: Share of body lines ending in a hyphen between lower-case letters above which a document counts as
#: hyphenated by its layout engine when its vocabulary gives no verdict (Word exports: well under 1 %).
HYPHENATED_LINE_SHARE = 0.03


#: Hyphenated words beginning with a line-end word's last part (written whole in the body) that show the part to be a
#: prefix the document hyphenates ("tal-" in Maltese): its line-end hyphen is kept.
PREFIX_EVIDENCE = 2


def _ends_in_hyphen(text: str) -> bool:
    return len(text) >= 2 and text[-1] in HYPHENS and not text[-2].isspace()


def vocabulary(lines: list[Line]) -> set[str]:
    """Lower-cased word forms written whole inside the body text, used to decide line-end hyphens.

    Args:
        lines: the document's lines in reading order; only ``role="body"``
            lines count.

    Returns:
        Words stripped of surrounding punctuation. The pieces of words cut at
        a line end (the last word of a line ending in a hyphen, and the first
        word of the line after it) are left out: they are what is to be
        decided, and a fragment ("tie" of "migra-tie") must not pass for a word.
    """
    vocab: set[str] = set()
    cut_before = False
    for ln in lines:
        if ln.role != "body":
            continue
        toks = ln.text.split()
        cut_after = _ends_in_hyphen(ln.text)
        for i, tok in enumerate(toks):
            if (i == 0 and cut_before) or (i == len(toks) - 1 and cut_after):
                continue
            tok = tok.strip(_PUNCT).lower()
            if tok:
                vocab.add(tok)
        cut_before = cut_after
    return vocab


def join_texts(texts: list[str], vocab: set[str] | None, sep: str = " ", *, keep_default: bool = False) -> str:
    """Join line texts with ``sep``, undoing line-end hyphenation.

    A line ending in a soft hyphen is always joined without a space; a dash
    ("2026–" + "2030") is kept and joined. A line ending in "-" is decided by
    :func:`hyphen_evidence` (elided compound, the document's own vocabulary,
    the words' form); unsure cases keep the hyphen only when ``keep_default``
    says the document does not hyphenate words at line ends (see
    :func:`hyphens_kept_by_default`), else the hyphen is dropped
    ("migra-" + "tie" -> "migratie"). No word list of any language is used.

    Args:
        texts: the lines' texts, top to bottom.
        vocab: the document's :func:`vocabulary`, or None (form evidence only).
        sep: what joins lines that are not hyphenated.
        keep_default: the verdict for unsure hyphens.

    Returns:
        The joined text (soft hyphens removed).
    """
    out = ""
    for text in texts:
        text = text.strip()
        if not text:
            continue
        if not out:
            out = text
            continue
        if out.endswith(SOFT_HYPHEN):
            out = out[:-1] + text
            continue
        if out[-1] in "–—" and len(out) >= 2 and not out[-2].isspace():
            out = out + text  # a range or compound cut after its dash ("2026–" + "2030")
            continue
        if _ends_in_hyphen(out):
            out = out + _hyphen_join(out, text, vocab, keep_default)
            continue
        out = out.rstrip(SOFT_HYPHEN) + sep + text
    return out.replace(SOFT_HYPHEN, "")


def _parts(left_text: str, right: str) -> tuple[str, str, str] | None:
    """(whole word before the hyphen, its last hyphen-separated part, next word), all lower case and stripped."""
    words = right.split()
    if not words or len(left_text) < 2:
        return None
    left_word = re.split(r"[\s/]", left_text[:-1])[-1].strip(_PUNCT)
    part = re.split(r"[-\u2010\u2011]", left_word)[-1]
    nxt = words[0].strip(_PUNCT)
    return left_word.lower(), part.lower(), nxt.lower()


def hyphen_evidence(left_text: str, right: str, vocab: set[str] | None) -> str | None:
    """Decide a line-end hyphen: "space", "join", "keep" or None (unsure).

    In this order:

    1. "space" when the next word is a conjunction: an elided compound
       ("asiel- en migratie", "asyl- och migrationshantering");
    2. the document's vocabulary (:func:`vocab_evidence`): "join" when the
       joined word is written whole elsewhere, "keep" when the hyphenated
       form is ("EU-lidstaten" mid-line);
    3. the words' form (:func:`form_evidence`): "keep" when the next line
       starts with a capital or digit ("Noord-" + "Holland") or the part
       before the hyphen is an abbreviation ("EU-", "COVID-", "G7-").
    """
    parts = _parts(left_text, right)
    if parts is None:
        return "keep"
    if parts[2] in CONJUNCTIONS:
        return "space"
    return vocab_evidence(left_text, right, vocab) or form_evidence(left_text, right)


def form_evidence(left_text: str, right: str) -> str | None:
    """What the words' form says about a line-end hyphen: "keep" or None.

    "keep" when the next line starts with an upper-case letter or digit, or
    the part before the hyphen holds digits or upper case after its first
    letter ("EU-", "amvB-", "G7-"), or is empty. In text set in capitals
    (a part of three letters or more and the next word both upper case) the
    capital is no evidence.
    """
    parts = _parts(left_text, right)
    if parts is None:
        return "keep"
    raw_part = re.split(r"[-\u2010\u2011]", re.split(r"[\s/]", left_text[:-1])[-1].strip(_PUNCT))[-1]
    first = right.lstrip(_PUNCT)[:1]
    next_word = right.split()[0].strip(_PUNCT)
    if len(raw_part) >= 3 and raw_part.isupper() and next_word.isupper():
        return None  # text set in capitals ("STRATEGII-" + "LOR"): the capital says nothing
    if (
        not raw_part
        or not first
        or first.isupper()
        or first.isdigit()
        or (any(ch.isupper() or ch.isdigit() for ch in raw_part[1:]) and not IRISH_MUTATION_RE.match(raw_part))
    ):
        return "keep"
    return None


def vocab_evidence(left_text: str, right: str, vocab: set[str] | None) -> str | None:
    """What the document's own vocabulary says about a line-end hyphen: "join", "keep" or None.

    "join" when the joined word ("migratie", or "eu-lidstaten" for "EU-lid-"
    + "staten") is written whole elsewhere in the document and the
    hyphenated form is not; "keep" when the hyphenated form is
    ("niet-begeleide" mid-line).
    """
    parts = _parts(left_text, right)
    if vocab is None or parts is None:
        return None
    word, part, nxt = parts
    if not part or not nxt:
        return None
    hyphenated = f"{word}-{nxt}" in vocab or f"{part}-{nxt}" in vocab
    joined = word + nxt in vocab or part + nxt in vocab
    if joined and not hyphenated:
        return "join"
    if hyphenated:
        return "keep"
    if not joined and part.isalpha():
        # the part is a prefix the document hyphenates elsewhere: the Maltese article ("tal-" + "proċedura" beside
        # "tal-ażil", "tal-applikanti" mid-line; segpdf mt-letters read "talproċedura")
        n = sum(1 for w in vocab if w.startswith(f"{part}-") and w[len(part) + 1:len(part) + 2].isalpha())
        if n >= PREFIX_EVIDENCE:
            return "keep"
    return None


#: Hungarian digraphs whose doubled form is written with the first letter doubled ("ssz", "ggy", "nny") and
#: hyphenated as two whole digraphs: "ösz-szeget" joins as "összeget", not "öszszeget" (chromepdf hu).
HU_DIGRAPHS = frozenset({"sz", "zs", "cs", "gy", "ly", "ny", "ty"})


def _hyphen_join(left_text: str, right: str, vocab: set[str] | None, keep_default: bool) -> str:
    """Return what to append to ``left_text`` (which ends in a hyphen) for the next line ``right``."""
    decision = hyphen_evidence(left_text, right, vocab)
    if decision == "space":
        return " " + right
    if decision == "keep" or (decision is None and keep_default):
        return right
    m = re.search(r"(\w\w)[" + HYPHENS + r"]$", left_text)
    if m and m.group(1).lower() in HU_DIGRAPHS and right[:2].lower() == m.group(1).lower():
        return "\x01" + right  # "ösz-" + "szeget" -> "összeget": the sentinel also removes the "z" before the hyphen
    return drop_hyphen(right)


_VOWELS = frozenset("aeiouyäöüõåæøéáíóú")


def same_vowel_hyphen(left_text: str, right: str) -> bool:
    """Whether a line-end hyphen stands between two identical vowels ("vastaanotto-" + "olosuhteet",
    "integratie-" + "examen", "meri-" + "ilmailun").

    Finnish (and Dutch, Estonian) writes a compound whose first part ends in the vowel the second part begins
    with with a hyphen ("maahanmuutto-ohjelma", "zee-engte"), and Finnish hyphenation never splits a long vowel;
    German layout hyphenation does ("Gesamtko-" + "ordination", "be-" + "enden"), so this is a hint about the
    document's layout (:func:`hyphens_kept_by_default`), never a verdict on the hyphen by itself.
    """
    words = right.split()
    if len(left_text) < 2 or not words:
        return False
    last, first = left_text[-2].lower(), words[0].lstrip(_PUNCT)[:1].lower()
    return last == first and last in _VOWELS


#: Languages that write a compound whose parts meet on the same vowel with a hyphen and whose hyphenation never splits
#: two identical vowels otherwise (Finnish "maahanmuutto-ohjelma", "meri-ilmailun"; Dutch "zee-engte", writing
#: "coöperatie", "geëerd" where a syllable break falls between them): there a line-end hyphen between identical
#: vowels is the compound's own even in a document hyphenated by its layout. German hyphenation splits them
#: ("Gesamtko-" + "ordination"), so it is not one of them.
SAME_VOWEL_COMPOUND_LANGUAGES = frozenset({"fi", "nl"})


def same_vowel_compounds(pages: list[PageLines], language: str) -> set[str]:
    """The hyphenated forms ("oleskelulupa-asiat", lower case) of the words cut at a line end between identical
    vowels (:func:`same_vowel_hyphen`) in a document in one of :data:`SAME_VOWEL_COMPOUND_LANGUAGES` (else empty):
    added to the document's vocabulary, they keep those hyphens (:func:`vocab_evidence`)."""
    if language not in SAME_VOWEL_COMPOUND_LANGUAGES:
        return set()
    out: set[str] = set()
    for prev, ln in _same_vowel_breaks(pages):
        parts = _parts(prev.text.rstrip(), ln.text)
        if parts is not None and parts[1] and parts[2]:
            out.add(f"{parts[0]}-{parts[2]}")
    return out


def has_same_vowel_hyphen(pages: list[PageLines]) -> bool:
    """Whether any body line ends in a hyphen between identical vowels (:func:`same_vowel_hyphen`) with the next."""
    return next(_same_vowel_breaks(pages), None) is not None


def _same_vowel_breaks(pages: list[PageLines]) -> Iterator[tuple[Line, Line]]:
    """The pairs of consecutive body lines (across pages) whose first ends in a hyphen between identical vowels with
    the second (:func:`same_vowel_hyphen`), in reading order."""
    prev: Line | None = None
    for pg in pages:
        for ln in pg.lines:
            if ln.role != "body":
                continue
            if prev is not None and _ends_in_hyphen(prev.text) and same_vowel_hyphen(prev.text, ln.text):
                yield prev, ln
            prev = ln


def hyphens_kept_by_default(pages: list[PageLines], vocab: set[str]) -> bool:
    """True when the document's line-end hyphens are mostly real hyphens (it is not hyphenated by its layout).

    Over consecutive body lines, the hyphens whose form leaves them open
    (lower case on both sides, no conjunction) vote: the vocabulary shows some
    to be hyphenation ("join": the joined word is written whole elsewhere) and
    some to be real ("keep": the hyphenated form is). Documents exported
    without automatic hyphenation (most Word exports) only have the second
    kind. Without votes either way, a document with line-end hyphens on at
    least :data:`HYPHENATED_LINE_SHARE` of its body lines is taken as
    hyphenated; a hyphen between two identical vowels
    (:func:`same_vowel_hyphen`, "vastaanotto-" + "olosuhteet") does not count
    there: it is how Finnish, Estonian and Dutch write a compound whose parts
    meet on the same vowel, so alone it shows no layout hyphenation.
    """
    votes: Counter[str] = Counter()
    n_lines = n_open = 0
    prev: Line | None = None
    for pg in pages:
        for ln in pg.lines:
            if ln.role != "body":
                continue
            n_lines += 1
            if prev is not None and _ends_in_hyphen(prev.text):
                if hyphen_evidence(prev.text, ln.text, None) is None:
                    n_open += not same_vowel_hyphen(prev.text, ln.text)
                    decision = vocab_evidence(prev.text, ln.text, vocab)
                    if decision is not None:
                        votes[decision] += 1
            prev = ln
    logger.debug("line-end hyphen votes: %s; %d open of %d lines", dict(votes), n_open, n_lines)
    if votes["keep"] != votes["join"]:
        return votes["keep"] > votes["join"]
    return n_open < HYPHENATED_LINE_SHARE * max(n_lines, 1)


def drop_hyphen(right: str) -> str:
    """The text after a line-end hyphen that is to be dropped ("migra-" + "tie" -> "migratie"), marked for
    :func:`analyser.parse.blocks` to remove the hyphen when it joins the lines."""
    return "\x00" + right  # sentinel removed by to_block: hyphen then sentinel -> nothing
