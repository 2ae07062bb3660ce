"""Patterns, layout cues and the template references shared by the segment modules.

Heading-number and table-of-contents patterns (word lists from :mod:`analyser.lexicon`),
relabelled chapter headings ("III.", "Kapitel 3:"), block layout helpers and the
embedded template wording (:class:`_TemplateRefs`) every part of the stage compares with.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..embed import Encoder
from ..lexicon import ANNEX_WORDS, CAPTION_WORDS, NUMBER_JOINERS
from ..schema import Block
from ..template import Template, normalise


# --------------------------------------------------------------------------- patterns

_SECTION_NUM = r"[1-9](?:\.[1-9]){0,2}"
_JOIN = "(?:" + "|".join(re.escape(w) for w in NUMBER_JOINERS) + ")"
_HEADING_RE = re.compile(
    rf"""^\s*
    (?:(?P<kw>[^\W\d_]{{3,16}})\.?\s+)?             # optional keyword: Sezione, Chapitre, Hoofdstuk
    (?P<num>{_SECTION_NUM})(?![\d/,])\.?             # 2.1.1 / 2.1.1.
    (?P<more>(?:\s*{_JOIN}\s*{_SECTION_NUM}(?![\d/,])\.?)*)   # merged: "2.2.1 et 2.2.2"
    (?!\s*\))                                       # "1)" opens a list item, not a heading
    (?:\s*[–—:\-.]+)?                                # 2.1.1 – / 2.1.1:
    (?:\s+|$)(?P<title>.*)$""",
    re.VERBOSE | re.DOTALL | re.UNICODE,
)
_TOC_LINE_RE = re.compile(r"(?:\.{3,}|…{2,}|\s)\s*\d{1,3}\s*$")
_DOT_LEADER_RE = re.compile(r"\.{4,}|…{2,}|(?:\.\s){4,}")
_ANNEX_RE = re.compile(rf"^\s*(?:[IVX\d]+\.?\s*)?(?:{'|'.join(ANNEX_WORDS)})\b", re.IGNORECASE | re.UNICODE)
_CAPTION_KEYWORDS = frozenset(w.casefold() for w in CAPTION_WORDS)
_DASHES = ("—", "–", "-", "―", "‒")
_BULLET_CHARS = ("•", "▪", "◦", "●", "○", "■", "□", "►", "▶", "➢", "✓", "*", *_DASHES)
_LIST_MARKER_RE = re.compile(r"^\s*(?:[•▪◦●○■□►▶➢✓\-–—*]|\(?[0-9a-zа-яα-ω]{1,3}[.)]|\(?[ivxlc]{1,5}[.)])\s+", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.;,:!?…]\s*$")
# a note line in running text ("(1) Directive 2008/115/EC …", "2 Act No. 114/2011 …", "³ Regulation …")
_NOTE_LINE_RE = re.compile(r"^\s*(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s+\S")


# --------------------------------------------------------------------------- relabelled headings
# Word lists of the shape-agnostic segmentation (issue 14), kept apart from the lists above.
_CHAPTER_WORDS = (
    "chapter", "chapitre", "kapitel", "hoofdstuk", "capitolo", "capítulo", "capitulo", "capítol", "rozdział",
    "rozdzial", "kapitola", "kapitula", "luku", "fejezet", "κεφάλαιο", "глава", "skyrius", "nodaļa", "peatükk",
    "poglavje", "poglavlje", "capitolul", "capitol", "kapittel", "kaibidil", "part", "partie", "teil", "parte", "deel",
    "część", "section", "sezione", "sección", "secção", "secțiunea", "abschnitt", "afdeling", "avsnitt", "osa",
    "rész", "μέρος", "τμήμα", "oddíl", "odsek", "dalis", "daļa", "jagu", "del", "taqsima", "kapitolu", "parti",
    "caibidil", "cuid", "roinn",
)
# Greek alphabetic numerals after a chapter word: "Κεφάλαιο Δ΄", "Κεφάλαιο ΣΤ΄" (one or two capitals, keraia)
_GREEK_NUMERAL = "[Α-Ω]{1,2}[\u0374\u0384\u02b9'’]"
_ROMAN_FULL_RE = re.compile(r"^(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_RELABEL_RE = re.compile(
    rf"""^\s*(?:
        (?i:(?P<kw>{'|'.join(_CHAPTER_WORDS)}))\.?\s+(?P<kwnum>\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}|[IVXLCivxlc]{{1,6}}|[A-Za-z]|{_GREEK_NUMERAL})(?![\w/,])\.?
      | (?P<num>[IVXLC]{{1,6}}|[A-Z]|\d{{1,2}}(?:\.\d{{1,2}}){{0,2}})[.)]
      | (?P<sub>[IVXLC]{{1,6}}\.(?:\d{{1,2}}|[A-Z])(?:\.\d{{1,2}})?|[A-Z]\.\d{{1,2}}(?:\.\d{{1,2}})?)[.)]?
    )\s*[–—:\-.]*\s+(?P<title>\S.*)$""",
    re.VERBOSE | re.DOTALL | re.UNICODE,
)


def match_relabelled_heading(text: str) -> tuple[str, str] | None:
    """Read a heading numbered in the document's own scheme.

    Recognises "II. Title", "B) Title", "Kapitel 3: Title", "Hoofdstuk 2 – Title",
    "Chapter IV Title", "4.2. Title" (a number that may or may not be the Annex's)
    and sub-sections of an own scheme: "II.1 Title", "III.A. Title", "A.2 Title".

    Args:
        text: a block's text.

    Returns:
        ``(label, title)`` — the label as printed ("II", "Kapitel 3") and the
        title with whitespace collapsed — or None when the block does not open
        with such a label followed by a title.
    """
    m = _RELABEL_RE.match(text)
    if not m:
        return None
    label = m.group("num") or m.group("sub") or m.group("kwnum")
    first = label.split(".")[0]
    if (m.group("num") or m.group("sub")) and len(first) > 1 and first[0].isalpha() and not _ROMAN_FULL_RE.match(first):
        return None
    title = " ".join(m.group("title").split())
    if not title or title[0].isdigit():
        return None
    return ((f"{m.group('kw')} {label}" if m.group("kw") else label), title)


def own_sublabel(label: str, opener: str) -> bool:
    """Whether an own label numbers a sub-chapter of the chapter an own label ``opener`` opened.

    "III.2" under "III"; a letter or number ("B", "2") under a chapter word
    ("Hoofdstuk 2", "Kapitel 3") or a roman numeral ("II"): chapter words stand
    above roman numerals, and both above letters and numbers, as in the
    document's outline (:mod:`.outline`). Siblings ("B" after "A", "Kapitel 3"
    after "Kapitel 2") are not.
    """
    if label.startswith(opener + "."):
        return True
    style, opener_style = own_label_style(label), own_label_style(opener)
    if " " in style:
        return False
    return " " in opener_style or (opener_style == "R" and style in ("A", "a", "1"))


def own_label_style(label: str) -> str:
    """The shape of an own numbering label, one symbol per component.

    "II" → "R", "II.1" → "R.1", "B" → "A", "b" → "a", "4.2" → "1.1",
    "Kapitel 3" → "kapitel 1" (the keyword casefolded). A single "I", "V" or
    "X" counts as roman; other single capitals as letters. Labels of one style
    and depth are siblings in the document's outline.
    """
    keyword, _, number = label.rpartition(" ")
    parts = []
    for k, comp in enumerate(number.split(".")):
        if comp.isdigit():
            parts.append("1")
        elif _ROMAN_FULL_RE.match(comp) and (len(comp) > 1 or comp in "IVX") and k == 0:
            parts.append("R")
        elif comp.isupper():
            parts.append("A")
        else:
            parts.append("a")
    style = ".".join(parts)
    return f"{keyword.casefold()} {style}" if keyword else style


@dataclass(frozen=True)
class HeadingMatch:
    """The numbering found at the start of a block.

    Attributes:
        section_ids: the Annex section ids named (two or more for merged headings).
        keyword: the word before the number ("Sezione", "Chapitre") or None.
        title: the heading's title: the rest of the block (the next line when
            the number stands alone on the first).
    """

    section_ids: tuple[str, ...]
    keyword: str | None
    title: str


def match_heading_number(text: str, valid_ids: Sequence[str]) -> HeadingMatch | None:
    """Read an Annex-style number at the start of ``text``.

    Args:
        text: a block's text (may contain ``"\\n"`` between visual lines).
        valid_ids: the template's section ids; other numbers do not match.

    Returns:
        The match, or None when the block does not open with a valid section
        number followed by a title (a number followed by digits, "/" or ","
        — dates, legal references, amounts — never matches; nor does the
        number of a caption, "Table 1." or "Taulukko 1.", lexicon.CAPTION_WORDS).
    """
    m = _HEADING_RE.match(text)
    if not m:
        return None
    if m.group("kw") and m.group("kw").casefold() in _CAPTION_KEYWORDS:
        return None  # "Taulukko 1. Turvapaikanhakijat …", "Table 2 Reception places": a caption, not section 1
    ids = [m.group("num")]
    ids += re.findall(_SECTION_NUM, m.group("more") or "")
    if any(i not in valid_ids for i in ids):
        return None
    title = " ".join(m.group("title").split())
    if not title or title[0].isdigit():
        return None
    return HeadingMatch(tuple(dict.fromkeys(ids)), m.group("kw"), title)


def is_toc_like(text: str) -> bool:
    """True for table-of-contents text: dot leaders, or several lines ending in page numbers."""
    if _DOT_LEADER_RE.search(text):
        return True
    lines = [ln for ln in text.split("\n") if ln.strip()]
    ending_numbers = sum(1 for ln in lines if _TOC_LINE_RE.search(ln) and len(ln.split()) > 1)
    return ending_numbers >= 2 or (len(lines) == 1 and bool(re.search(r"\s\d{1,3}\s*$", text)) and len(text.split()) > 2)


def is_annex_heading(block: Block) -> bool:
    """True for the title of a member state's own annex ("BIJLAGE 1 – ORGANISATIES")."""
    return bool(_ANNEX_RE.match(block.text)) and len(block.text.split()) <= 16 and not is_toc_like(block.text)


# --------------------------------------------------------------------------- language parts


def language_parts(blocks: Sequence[Block], language: str, *, min_words: int = 6, min_blocks: int = 3,
                   agreement: float = 0.9, max_parts: int = 4) -> list[int]:
    """The language part of every block: 0, 1, … for a strategy written one language after the other.

    Malta, Ireland, Belgium, Luxembourg and Finland publish strategies in two
    languages; some print the whole text in one language, then the whole text
    again in the other ("Version française" … "Deutsche Fassung" …). The votes
    are the paragraphs and list items of at least ``min_words`` words, each in
    its detected language (``Block.language``, set by the pipeline, else the
    document's ``language``). When fewer than ``agreement`` of them speak the
    document's main language, they are cut into the fewest contiguous parts (at
    most ``max_parts``, each of at least ``min_blocks`` votes) of which at least
    ``agreement`` of the votes speak their part's main language (found by
    dynamic programming): a few quotations in another language do not cut;
    paragraphs alternating between two languages, or English questions over
    national answers, never reach it. A language that comes back in a later
    part (a quotation of several paragraphs) makes no parts at all.

    Returns:
        one part number per block (0 for all when the document is in one
        language part); a block between the last vote of one part and the
        first of the next (a part's own title, its headings) belongs to the next.
    """
    votes = [(i, b.language or language) for i, b in enumerate(blocks)
             if b.kind in ("paragraph", "list_item") and len([w for w in b.text.split() if any(c.isalnum() for c in w)]) >= min_words]

    langs = [lang for _, lang in votes]
    n = len(langs)
    if n < 2 * min_blocks:
        return [0] * len(blocks)
    codes = sorted(set(langs))
    counts = np.zeros((len(codes), n + 1), dtype=np.int64)  # prefix counts per language
    for c, code in enumerate(codes):
        counts[c, 1:] = np.cumsum([lang == code for lang in langs])

    def cost(i: int, j: int) -> int:  # votes of [i, j) that do not speak the part's main language
        return (j - i) - int((counts[:, j] - counts[:, i]).max())

    # fewest parts whose votes agree with their part's main language (at most four languages one after the other)
    bounds: list[int] = []
    if cost(0, n) > (1 - agreement) * n:
        best: list[dict[int, tuple[int, list[int]]]] = [{j: (cost(0, j), []) for j in range(min_blocks, n + 1)}]
        for _k in range(1, max_parts):
            nxt: dict[int, tuple[int, list[int]]] = {}
            for j in range(2 * min_blocks, n + 1):
                options = [(c + cost(i, j), [*b, i]) for i, (c, b) in best[-1].items() if j - i >= min_blocks]
                if options:
                    nxt[j] = min(options, key=lambda o: o[0])
            best.append(nxt)
            if n in nxt and nxt[n][0] <= (1 - agreement) * n:
                bounds = nxt[n][1]
                break
    if not bounds:
        return [0] * len(blocks)
    part_langs = []
    for lo, hi in zip([0, *bounds], [*bounds, n]):
        part = langs[lo:hi]
        part_langs.append(max(set(part), key=part.count))
    if len(set(part_langs)) < len(part_langs):
        return [0] * len(blocks)
    out = [0] * len(blocks)
    for part_no, k in enumerate(bounds, start=1):
        start = votes[k - 1][0] + 1  # right after the previous part's last vote
        for i in range(start, len(blocks)):
            out[i] = part_no
    return out


# --------------------------------------------------------------------------- helpers


def _is_furniture(block: Block) -> bool:
    return block.kind in ("header_footer", "footnote")


def _question_form(text: str) -> bool:
    t = text.strip()
    return t.endswith("?") or t.endswith(";") and t.startswith(_DASHES) and "?" in t


def _starts_with_dash(text: str) -> bool:
    return text.lstrip().startswith(_DASHES)


def _heading_shaped(block: Block, body_size: float) -> bool:
    """Short, no sentence end, bold or larger than the body text."""
    text = block.text.strip()
    n = len(text.split())
    if n == 0 or n > 20:
        return False
    styled = block.bold or block.kind == "heading" or (body_size and block.size >= body_size + 0.9)
    plain_short = n <= 12 and not _SENTENCE_END_RE.search(text) and not text.startswith(_BULLET_CHARS)
    return bool(styled and not text.endswith((".", ";", ","))) or (plain_short and block.bullet not in _BULLET_CHARS)


def _title_shaped(block: Block, body_size: float, max_words: int) -> bool:
    """Heading-shaped, or a plain line of up to ``max_words`` words with no sentence end, bullet or dash.

    Annex titles run to 17 words in some languages ("Garantir des capacités et des
    moyens suffisants pour la mise en œuvre effective de la stratégie nationale"):
    longer than a plain heading-shaped line (:func:`_heading_shaped`).
    """
    if _heading_shaped(block, body_size):
        return True
    text = block.text.strip()
    return (
        0 < len(text.split()) <= max_words
        and "\n" not in text
        and not _SENTENCE_END_RE.search(text)
        and not text.startswith(_BULLET_CHARS)
        and block.bullet is None
        and block.kind != "list_item"
    )


def _list_item(block: Block) -> bool:
    return block.kind == "list_item" or block.bullet is not None or bool(_LIST_MARKER_RE.match(block.text))


def _body_font_size(blocks: Sequence[Block]) -> float:
    sizes = [b.size for b in blocks if b.size > 0 and not _is_furniture(b) and len(b.text) > 80]
    return float(np.median(sizes)) if sizes else 0.0


def _string_similarity(a: str, b: str) -> float:
    """difflib ratio of two normalised strings, 0–1; 0 when lengths differ by more than 2×."""
    if not a or not b or min(len(a), len(b)) * 2 < max(len(a), len(b)):
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _best_string_similarity(a: str, others: Sequence[str], floor: float = 0.0) -> float:
    """``max(_string_similarity(a, b) for b in others)`` (0.0 for none), computed faster; exact from ``floor`` up.

    The similarity is difflib's ``ratio`` (2·M / (|a| + |b|), M the characters
    of its matching blocks). Those blocks are a common subsequence, so the
    Indel similarity (2·LCS / (|a| + |b|), computed in C++ by rapidfuzz) bounds
    ``ratio`` from above: candidates are aligned by difflib in decreasing
    order of that bound, the search stops once no bound exceeds the best ratio
    found, and a candidate whose bound is below ``floor`` is not aligned at all
    (the caller only asks whether the similarity reaches ``floor``). So a
    result below ``floor`` may be lower than the true best, never higher; from
    ``floor`` up it is exact, and every decision against ``floor`` is the one
    the full search makes.

    Args:
        a: normalised text.
        others: normalised candidates.
        floor: the smallest similarity the caller tells apart (0–1).

    Returns:
        The best difflib ratio (0–1), exact when it is ≥ ``floor``.
    """
    from rapidfuzz.distance import Indel

    bounds = []
    for b in others:
        if not a or not b or min(len(a), len(b)) * 2 < max(len(a), len(b)):
            continue
        if 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < floor:  # difflib's real_quick_ratio: no alignment reaches floor
            continue
        bound = Indel.normalized_similarity(a, b, score_cutoff=floor)  # 0.0 when below floor
        if bound > 0.0 and bound >= floor:
            bounds.append((bound, b))
    best = 0.0
    for bound, b in sorted(bounds, key=lambda x: -x[0]):
        if bound <= best:
            break
        best = max(best, difflib.SequenceMatcher(None, a, b, autojunk=False).ratio())
    return best


@dataclass
class _TemplateRefs:
    """Embeddings and texts of the template's wording, all languages."""

    kinds: list[str] = field(default_factory=list)  # heading / instruction / question
    section_ids: list[str] = field(default_factory=list)
    key_element_ids: list[str | None] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    normalised: list[str] = field(default_factory=list)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))  # (n, dim), set by _template_refs
    languages: list[str] = field(default_factory=list)
    # (n,) cosine of each piece to its own translation in another loaded pack (the same kind, section and
    # key element; the best of several paragraphs): how close the encoder puts a faithful translation
    agreement: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))


def _template_refs(template: Template, encoder: Encoder) -> _TemplateRefs:
    """Every loaded pack's template wording, embedded, with each piece's translation agreement.

    ``agreement[j]`` is the cosine of piece ``j`` to its counterpart in another
    pack (the median over the pieces where no pack has a counterpart, 1.0 with a
    single pack): a block whose cosine to ``j`` reaches it reads like a
    translation of ``j``, whatever the language (:func:`translation_likeness`).
    """
    refs = _TemplateRefs()
    for lang in template.languages():
        for kind, section_id, ke_id, text in template.template_texts(lang):
            refs.kinds.append(kind)
            refs.section_ids.append(section_id)
            refs.key_element_ids.append(ke_id)
            refs.texts.append(text)
            refs.normalised.append(normalise(text))
            refs.languages.append(lang)
    refs.vectors = encoder.encode(refs.texts, kind="query") if refs.texts else np.zeros((0, encoder.dim), np.float32)
    n = len(refs.texts)
    agreement = np.full(n, np.nan, dtype=np.float32)
    if n:
        sims = refs.vectors @ refs.vectors.T
        keys = list(zip(refs.kinds, refs.section_ids, refs.key_element_ids))
        for j in range(n):
            mates = [k for k in range(n) if keys[k] == keys[j] and refs.languages[k] != refs.languages[j]]
            if mates:
                agreement[j] = float(sims[j, mates].max())
        known = agreement[~np.isnan(agreement)]
        agreement[np.isnan(agreement)] = float(np.median(known)) if known.size else 1.0
    refs.agreement = agreement
    return refs


def reads_across_languages(refs: _TemplateRefs, cols: np.ndarray) -> bool:
    """Whether the encoder reads one language across another: the packs' own translations of the Annex
    pieces ``cols`` (indices into ``refs``) agree, median cosine at least 0.5.

    The hashing test encoder does not (its agreements are near 0), so a likeness
    (:func:`translation_likeness`, a cosine divided by that agreement) means nothing with it, and the
    rules that trust likeness alone are not applied (with it, three answer dash items of xb-2025.ch23
    were taken as template text).
    """
    return bool(cols.size) and float(np.median(refs.agreement[cols])) >= 0.5


def translation_likeness(sims: np.ndarray, refs: _TemplateRefs) -> np.ndarray:
    """Cosines to the template pieces (``(..., n_refs)``) as a share of each piece's translation agreement.

    About 1 for a block that reproduces a piece in any language (a faithful
    translation is as close to it as the packs' own translations are to each
    other), lower for text that only shares its topic. The scale is the
    encoder's own, per piece, so it moves with the model and no cosine is fixed.
    """
    return sims / np.maximum(refs.agreement, 1e-6)
