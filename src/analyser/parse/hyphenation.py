"""Joining the lines of a block, undoing line-end hyphenation with the document's own vocabulary.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from analyser.lexicon import CONJUNCTIONS
from analyser.parse.chars import HYPHENS, SOFT_HYPHEN
from analyser.parse.model import Line, PageLines

logger = logging.getLogger(__name__)


def vocabulary(lines: list[Line]) -> set[str]:
    """Lower-cased word forms of the body text, used to decide line-end hyphens."""
    vocab: set[str] = set()
    for ln in lines:
        if ln.role != "body":
            continue
        for tok in ln.text.split():
            tok = tok.strip(".,;:!?()[]\"'«»„“”‘’").lower()
            if tok:
                vocab.add(tok)
    return vocab


def join_texts(texts: list[str], vocab: set[str] | None, sep: str = " ", *, keep_default: bool = False) -> str:
    """Join line texts, undoing line-end hyphenation.

    A line ending in a soft hyphen is always joined without a space. A line
    ending in "-" keeps the hyphen when the next line starts with an upper-case
    letter or digit, when the part before it is short or contains upper case
    or digits ("EU-", "amv-"), or when the vocabulary knows the hyphenated form
    or the first part as a word of its own ("niet-gereguleerde"); it keeps
    "- " when the next word is a conjunction ("asiel- en migratie"); it drops
    the hyphen when the vocabulary knows the joined word. Otherwise the
    hyphen is dropped ("migra-" + "tie" -> "migratie") unless
    ``keep_default`` says the document does not hyphenate words at line ends
    (see :func:`hyphens_kept_by_default`).
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
        if out[-1] in HYPHENS and len(out) >= 2 and not out[-2].isspace():
            out = out + _hyphen_join(out, text, vocab, keep_default)
            continue
        out = out.rstrip(SOFT_HYPHEN) + sep + text
    return out.replace(SOFT_HYPHEN, "")


def _hyphen_evidence(left_text: str, right: str, vocab: set[str] | None) -> str | None:
    """Decide a line-end hyphen: "space", "keep", "join" or None (unsure)."""
    return _form_evidence(left_text, right) or _vocab_evidence(left_text, right, vocab)


def _form_evidence(left_text: str, right: str) -> str | None:
    """What the words' form says about a line-end hyphen: "space", "keep" or None.

    "space" for an elided compound before a conjunction ("asiel- en"); "keep"
    when the next line starts with an upper-case letter or digit, or the part
    before the hyphen is short, upper-case or holds digits ("EU-", "amv-").
    """
    left_word = re.split(r"[\s/]", left_text[:-1])[-1]
    left_part = re.split(r"[-\u2010\u2011]", left_word)[-1]
    words = right.split()
    if not words:
        return "keep"
    next_clean = words[0].strip(".,;:!?()\"'").lower()
    first = right[0]
    if next_clean in CONJUNCTIONS:
        return "space"
    if (
        first.isupper()
        or first.isdigit()
        or not left_part
        or len(left_part) <= 3
        or any(ch.isupper() or ch.isdigit() for ch in left_part[1:])
        or left_part.isupper()
    ):
        return "keep"
    return None


def _vocab_evidence(left_text: str, right: str, vocab: set[str] | None) -> str | None:
    """What the document's own vocabulary says about a line-end hyphen: "join", "keep" or None."""
    words = right.split()
    if vocab is None or not words or len(left_text) < 2:
        return None
    left_word = re.split(r"[\s/]", left_text[:-1])[-1]
    stem = re.split(r"[-\u2010\u2011]", left_word)[-1].lower()
    next_clean = words[0].strip(".,;:!?()\"'").lower()
    if not stem or not next_clean:
        return None
    if stem + next_clean in vocab:
        return "join"
    if f"{stem}-{next_clean}" in vocab or stem in vocab or (len(next_clean) > 3 and next_clean in vocab):
        return "keep"
    return None


def _hyphen_join(left_text: str, right: str, vocab: set[str] | None, keep_default: bool) -> str:
    """Return what to append to ``left_text`` (which ends in a hyphen) for the next line ``right``."""
    decision = _hyphen_evidence(left_text, right, vocab)
    if decision == "space":
        return " " + right
    if decision == "keep" or (decision is None and keep_default):
        return right
    return _drop_hyphen(right)


def hyphens_kept_by_default(pages: list[PageLines], vocab: set[str]) -> bool:
    """True when the document's line-end hyphens are mostly real hyphens.

    Counts, over consecutive body lines, hyphens the vocabulary shows to be
    real ("keep") against ones it shows to be hyphenation ("join"); documents
    exported without automatic hyphenation (most Word exports) only have the
    first kind, so unsure cases then keep their hyphen.
    """
    votes: Counter[str] = Counter()
    prev: Line | None = None
    for pg in pages:
        for ln in pg.lines:
            if ln.role != "body":
                continue
            if prev is not None and prev.text[-1:] in HYPHENS and len(prev.text) > 1 and not prev.text[-2].isspace():
                # only cases the word's form leaves open say how the document hyphenates
                decision = None if _form_evidence(prev.text, ln.text) else _vocab_evidence(prev.text, ln.text, vocab)
                if decision is not None:
                    votes[decision] += 1
            prev = ln
    logger.debug("line-end hyphen votes: %s", dict(votes))
    return votes["keep"] > votes["join"]


def _drop_hyphen(right: str) -> str:
    return "\x00" + right  # sentinel removed by to_block: hyphen then sentinel -> nothing
