"""Segment a parsed document against the Annex template.

Every block gets an Annex section id and a role (``gold/SCHEMA.md``). There is
no global mode: a document of any shape — a whole strategy, one chapter, an
excerpt of two or three sections, a renumbered or mixed document — is
segmented part by part.

* **Annex headings** are recognised wherever they stand; one is enough to open
  its section. By number ("2.1.1.", "2.1.1 –", "Sezione 2.1.1", "Chapitre 1" +
  title on the next line, merged "2.2.1 et 2.2.2") confirmed by the title's
  meaning (the claimed section must be among the closest Annex headings; a
  top-level "1."/"Kapitel 2" must be the closest) — so numbered list items,
  table-of-contents lines and a document's own sub-numbering colliding with
  the Annex's ("2.1 Staff" under Annex 2.6) are not taken for Annex headings;
  by an Annex title reproduced without number (exact wording of a template
  pack); and by the document's own numbering ("III.", "B)", "Kapitel 3:",
  "Hoofdstuk 2 –") or a paraphrased title once the content below it agrees
  (:func:`_confirm_titles`). Blocks inherit the section of the heading above.
  Runs of headings whose sections come again later are a table of contents.
* **Parts without Annex headings** — a whole free-form document, or the own
  chapters a partial document opens with — are placed by content: each block's
  embedding is compared with a profile of every section (heading titles and
  key-element wording) and a k-NN vote of annotated answers, smoothed with a
  Viterbi pass so that neighbouring blocks stay together unless the content
  changes, with changes cheap at the document's own headings.
  ``Segmentation.follows_template`` (≥ ``min_numbered_sections`` Annex
  headings) only describes the document; nothing switches on it.

Inside sections, text reproduced from the template (headings, guidance
paragraphs, dash-bullet questions) is told apart from the member state's
answers by comparing with the template's wording in every language known
(exact wording where a template pack exists, cross-lingual embeddings
otherwise) together with layout cues: italics, dash bullets, question form and
position right after a heading. This runs in every part and at every length: a
part too short for a two-class split of its cosines is cut at its widest gap
(:func:`_small_sample_split`), and a template piece found in a part placed by
content names its own section.
"""

from __future__ import annotations

import difflib
import functools
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

import numpy as np

from .embed import Encoder, load_vector_bank, save_vector_bank
from .lexicon import ANNEX_WORDS, NUMBER_JOINERS
from .schema import Block, Document, Role, SectionInfo, SegmentedBlock, Segmentation
from .template import Template, normalise
from .text import count_words

logger = logging.getLogger(__name__)

# --------------------------------------------------------------------------- config


@dataclass(frozen=True)
class SegmentConfig:
    """Settings of the segment stage.

    Attributes:
        min_numbered_sections: fewer Annex headings than this → free-form mode.
        heading_rank: a numbered candidate is an Annex heading only when its
            own section is among the ``heading_rank`` closest Annex headings to
            its title (embedding cosine, any template language).
        max_heading_words: longer candidates are not headings.
        template_lexical: normalised string similarity (difflib ratio, 0–1)
            above which a block is taken as reproduced template wording.
        template_separation: Ashman's D above which the document's block-to-
            template cosines count as bimodal (template text present); measured
            on the development corpus: ≥ 4.0 with template text, ≤ 2.8 without.
        template_gap: the two cosine modes must also differ by this much
            (mean of the upper minus mean of the lower class).
        restated_question_margin: a block whose closest template wording is
            a question that another block reproduces at least this much
            closer (cosine) is an answer restating it (:func:`_question_reproduced_once`).
        small_sample_blocks, small_sample_gap, small_sample_ratio: a part of
            fewer blocks than ``small_sample_blocks`` without a clear Otsu split
            is cut at its widest cosine gap when that gap is at least
            ``small_sample_gap`` and ``small_sample_ratio`` times the spread of
            either side (:func:`_small_sample_split`).
        merged_switch_cost: Viterbi switch cost inside a merged heading's span
            ("2.2.1 et 2.2.2"), where blocks go by content with little smoothing.
        italic_share: when at least this share of the template blocks found
            is italic, non-italic blocks are not taken for template text by
            meaning alone.
        switch_cost, heading_switch_cost: Viterbi smoothing of the free-form
            alignment (cost of changing section at a body block / at a
            heading), in units of standardised similarity.
        exemplar_weight: share of the k-NN vote of annotated answers in the
            free-form emission (the rest: similarity to the template wording).
        title_weight: weight of a heading's own emission added to every block
            of its chapter.
        labelled_title_weight: the same for a heading of the document's own
            numbering ("III.", "Kapitel 2:"), which names its chapter more surely.
        min_blocks_for_column_centring: with at least this many blocks, each
            section's mean similarity over the document is removed (hub
            sections); a short document covers too few topics for that.
        max_title_words: longer blocks are not taken for a heading by title alone.
        title_rank_labelled, title_rank_plain: a heading of the document's own
            numbering ("III.", "Kapitel 2:") / without number becomes the
            Annex heading of the section the text below it is placed in by
            content when that section is among this many closest Annex
            headings to its title.
        heading_check_words, min_heading_agreement: in a partial document, an
            Annex heading over at least ``heading_check_words`` words of which
            less than ``min_heading_agreement`` are placed in its section by
            content is a stray match and dropped (:func:`_headings_content_agrees`).
        min_free_part_words: text before the first Annex heading of a partial
            document (fewer than ``min_numbered_sections`` headings) with at
            least this many words after its front matter is a free part,
            placed by content; shorter, it is front matter.
    """

    min_numbered_sections: int = 6
    heading_rank: int = 3
    max_heading_words: int = 32
    template_lexical: float = 0.82
    template_separation: float = 3.4
    template_gap: float = 0.05
    restated_question_margin: float = 0.02
    merged_switch_cost: float = 0.3
    italic_share: float = 0.8
    switch_cost: float = 2.5
    exemplar_weight: float = 0.6
    min_blocks_for_column_centring: int = 30
    title_weight: float = 0.3
    labelled_title_weight: float = 0.8
    heading_switch_cost: float = 0.6
    max_title_words: int = 16
    title_rank_labelled: int = 2
    title_rank_plain: int = 1
    min_free_part_words: int = 40
    heading_check_words: int = 150
    min_heading_agreement: float = 0.3
    small_sample_blocks: int = 12
    small_sample_gap: float = 0.04
    small_sample_ratio: float = 1.0


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
    "poglavje", "poglavlje", "capitol", "kapittel", "kaibidil", "part", "partie", "teil", "parte", "deel",
    "część", "section", "sezione", "sección", "secção", "secțiunea", "abschnitt", "afdeling", "avsnitt", "osa",
    "rész", "μέρος", "τμήμα", "oddíl", "odsek", "dalis", "daļa", "jagu", "del", "taqsima",
)
_ROMAN_FULL_RE = re.compile(r"^(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_RELABEL_RE = re.compile(
    rf"""^\s*(?:
        (?i:(?P<kw>{'|'.join(_CHAPTER_WORDS)}))\.?\s+(?P<kwnum>\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}|[IVXLCivxlc]{{1,6}}|[A-Za-z])(?![\w/,])\.?
      | (?P<num>[IVXLC]{{1,6}}|[A-Z]|\d{{1,2}}(?:\.\d{{1,2}}){{0,2}})[.)]
    )\s*[–—:\-.]*\s+(?P<title>\S.*)$""",
    re.VERBOSE | re.DOTALL | re.UNICODE,
)


def match_relabelled_heading(text: str) -> tuple[str, str] | None:
    """Read a heading numbered in the document's own scheme.

    Recognises "II. Title", "B) Title", "Kapitel 3: Title", "Hoofdstuk 2 – Title",
    "Chapter IV Title" and "4.2. Title" (a number that may or may not be the Annex's).

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
    label = m.group("num") or m.group("kwnum")
    if m.group("num") and len(label) > 1 and label[0].isalpha() and not _ROMAN_FULL_RE.match(label):
        return None
    title = " ".join(m.group("title").split())
    if not title or title[0].isdigit():
        return None
    return ((f"{m.group('kw')} {label}" if m.group("kw") else label), title)


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
        — dates, legal references, amounts — never matches).
    """
    m = _HEADING_RE.match(text)
    if not m:
        return None
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


@dataclass
class _TemplateRefs:
    """Embeddings and texts of the template's wording, all languages."""

    kinds: list[str] = field(default_factory=list)  # heading / instruction / question
    section_ids: list[str] = field(default_factory=list)
    key_element_ids: list[str | None] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    normalised: list[str] = field(default_factory=list)
    vectors: np.ndarray | None = None


def _template_refs(template: Template, encoder: Encoder) -> _TemplateRefs:
    refs = _TemplateRefs()
    for lang in template.languages():
        for kind, section_id, ke_id, text in template.template_texts(lang):
            refs.kinds.append(kind)
            refs.section_ids.append(section_id)
            refs.key_element_ids.append(ke_id)
            refs.texts.append(text)
            refs.normalised.append(normalise(text))
    refs.vectors = encoder.encode(refs.texts, kind="query") if refs.texts else np.zeros((0, encoder.dim), np.float32)
    return refs


# --------------------------------------------------------------------------- headings


HeadingMethod = str  # "numbered" (Annex number + matching title) or "title" (title alone decides)


@dataclass(frozen=True)
class _Heading:
    index: int  # block index
    section_ids: tuple[str, ...]
    text: str
    rank: int
    styled: bool
    method: HeadingMethod = "numbered"
    confidence: float = 1.0


def _title_profile(titles: Sequence[str], refs: _TemplateRefs, encoder: Encoder, order: Sequence[str], broad: bool = False) -> np.ndarray:
    """(n_titles, n_sections) best cosine of each title to each section's Annex heading (any language).

    With ``broad``, to any of the section's wording (heading, guidance, questions).
    """
    head_idx = [k for k, kind in enumerate(refs.kinds) if kind == "heading"]
    out = np.full((len(titles), len(order)), -1.0, dtype=np.float32)
    if not titles or not head_idx:
        return out
    vecs = encoder.encode(list(titles), kind="query")
    sims = vecs @ refs.vectors[head_idx].T
    col_of = {s: c for c, s in enumerate(order)}
    for col, k in enumerate(head_idx):
        j = col_of[refs.section_ids[k]]
        out[:, j] = np.maximum(out[:, j], sims[:, col])
    if broad:
        # a paraphrased title ("Asylum procedures at the border") is closer to
        # the section's questions than to its official title
        all_sims = vecs @ refs.vectors.T
        for col, sec in enumerate(refs.section_ids):
            j = col_of[sec]
            out[:, j] = np.maximum(out[:, j], all_sims[:, col])
    return out


def _find_headings(
    blocks: Sequence[Block],
    template: Template,
    refs: _TemplateRefs,
    encoder: Encoder,
    cfg: SegmentConfig,
    body_size: float,
    toc_blocks: set[int] | None = None,
    title_candidates: dict[int, tuple[np.ndarray, bool]] | None = None,
) -> list[_Heading]:
    """Annex headings among the blocks, in document order.

    ``toc_blocks``, when given, receives the indices of the candidates taken
    for table-of-contents lines.

    Three kinds of candidates, all confirmed by the meaning of their title:

    * an Annex number ("2.3.3.", "Sezione 2.1.1") — kept when the claimed
      section is among the closest Annex headings to the title (method
      ``numbered``); when it is not, the number is the document's own (its
      "2.1 Staff" that is not Annex 2.1) and the title alone decides;
    * a numbering of the document's own ("III.", "B)", "Kapitel 3:") — the
      title decides (method ``title``);
    * a heading-shaped block without number — its title must equal an Annex
      title of a loaded template pack (normalised) (method ``title``).

    A title's meaning alone is too weak a cue (short own headings such as
    "Returns" sit close to several Annex titles): candidates of the last two
    kinds that are not decided here are returned in ``title_candidates``
    (block index → (cosine to each section's Annex heading, carries a
    numbering label)) and confirmed by the content below them
    (:func:`_confirm_titles`).

    Runs of consecutive candidates whose sections come again later, or of four
    and more, are a table of contents and dropped; each section keeps one heading.
    """
    valid = template.section_ids()
    order = list(valid)
    exact_titles = template.title_sections()
    # (block index, claimed ids or (), title, styled, labelled)
    candidates: list[tuple[int, tuple[str, ...], str, bool, bool]] = []
    for i, b in enumerate(blocks):
        if _is_furniture(b) or is_toc_like(b.text):
            continue
        styled = b.bold or b.kind == "heading" or bool(body_size and b.size >= body_size + 0.9)
        hm = match_heading_number(b.text, valid)
        if hm is not None:
            title = hm.title
            if len(title.split()) > cfg.max_heading_words or title.rstrip().endswith((";", ",")):
                continue
            if title.rstrip().endswith(".") and len(title.split()) > 12:
                continue
            candidates.append((i, hm.section_ids, title, styled or title.isupper(), True))
            continue
        relabel = match_relabelled_heading(b.text)
        text = b.text.strip()
        if relabel is not None:
            title = relabel[1]
            labelled = True
        elif (
            _heading_shaped(b, body_size)
            and not _starts_with_dash(text)
            and not (b.bullet and b.bullet in _BULLET_CHARS)
            and len(text.split()) <= cfg.max_title_words
        ):
            title, labelled = text, False
        else:
            continue
        if len(title.split()) > cfg.max_title_words or title.rstrip().endswith((";", ",", ".", "?")):
            continue
        candidates.append((i, (), title, styled or title.isupper(), labelled))
    if toc_blocks is None:
        toc_blocks = set()
    if not candidates:
        return []

    profile = _title_profile([c[2] for c in candidates], refs, encoder, order)
    broad = _title_profile([c[2] for c in candidates], refs, encoder, order, broad=True)
    found: list[_Heading] = []
    # a keyword that also heads chapters with numbers the Annex does not have
    # ("Capítulo 3", "Kapitel IV") numbers the document's own chapters
    own_keywords = {
        r[0].split()[0].casefold()
        for i, ids, _, _, labelled in candidates
        if not ids and labelled and (r := match_relabelled_heading(blocks[i].text)) and " " in r[0]
    }
    for row, (i, ids, title, styled, labelled) in enumerate(candidates):
        keyword = (match_heading_number(blocks[i].text, valid) or HeadingMatch((), None, "")).keyword if ids else None
        if ids and keyword and keyword.casefold() in own_keywords:
            ids = ()
        if ids:
            best = order.index(ids[0])
            rank = int((profile[row] > profile[row, best]).sum()) + 1
            # sibling/parent headings share words ("2.2" vs "2.2.1"): allow the family
            family_rank = rank
            for s in ids:
                j = order.index(s)
                family_rank = min(family_rank, int((profile[row] > profile[row, j]).sum()) + 1)
            limit = cfg.heading_rank + (2 if styled else 0)
            if all(len(x) == 1 for x in ids):
                limit = 1  # "1." / "Kapitel 2": as often the document's own chapter number as the Annex's
            if family_rank <= limit:
                conf = 1.0 if family_rank == 1 else max(0.5, 1.0 - 0.1 * (family_rank - 1))
                found.append(_Heading(i, ids, blocks[i].text, family_rank, styled, "numbered", conf))
                continue
        key = normalise(title).rstrip(" :.")
        if key in exact_titles:
            found.append(_Heading(i, (exact_titles[key],), blocks[i].text, 1, styled, "title", 1.0))
            continue
        if title_candidates is not None:
            # an unnumbered title must name the section's own Annex title; an
            # own-numbered one may paraphrase it (closest to any of its wording)
            labelled = labelled or bool(ids)
            title_candidates[i] = (np.maximum(profile[row], broad[row]) if labelled else profile[row], labelled)

    # tables of contents: a run of candidates with nothing between them
    body = [i for i, b in enumerate(blocks) if not _is_furniture(b)]
    position = {i: k for k, i in enumerate(body)}
    runs: list[list[_Heading]] = []
    for h in found:
        if runs and position[h.index] - position[runs[-1][-1].index] == 1:
            runs[-1].append(h)
        else:
            runs.append([h])
    kept: list[_Heading] = []
    toc: list[int] = []
    for run in runs:
        # the entries up to the last one whose section is headed again further on
        # are a table of contents; the real headings may follow it directly
        again = [k for k, h in enumerate(run) if any(g.index > h.index and g.section_ids[0] == h.section_ids[0] for g in found)]
        cut = again[-1] + 1 if again and len(run) >= 2 else 0
        toc.extend(h.index for h in run[:cut])
        rest = run[cut:]
        if len(rest) >= 4:
            toc.extend(h.index for h in rest)
            continue
        kept.extend(rest)
    found = kept
    toc_blocks.update(toc)

    # one heading per section: numbered before title, best-ranked, then the later (past the front matter)
    best_for: dict[str, _Heading] = {}
    for h in found:
        sid = h.section_ids[0]
        cur = best_for.get(sid)
        if cur is None or (h.method != "numbered", h.rank, -h.styled) <= (cur.method != "numbered", cur.rank, -cur.styled):
            best_for[sid] = h
    return sorted(set(best_for.values()), key=lambda h: h.index)


# --------------------------------------------------------------------------- template text


def _template_scores(
    blocks: Sequence[Block],
    sections: Sequence[str | None],
    refs: _TemplateRefs,
    encoder: Encoder,
    template: Template,
    free: set[int] | frozenset[int] = frozenset(),
) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Per block: lexical and embedding similarity to the template wording of its section.

    A block placed by content (``free``) is compared with the wording of every
    section, since its section is itself a guess; a block whose normalised
    text is a piece of template wording (:meth:`Template.wording_index`, any
    loaded language) has lexical similarity 1 wherever it stands.

    Returns:
        lexical: (n_blocks,) best difflib ratio to any template piece of the
            block's section (or its merged neighbours), 0–1.
        cosine: (n_blocks,) best cosine to the same pieces.
        best_ref: (n_blocks,) index into ``refs`` of the best piece by cosine, -1 if none.
    """
    n = len(blocks)
    lexical = np.zeros(n, dtype=np.float32)
    cosine = np.full(n, -1.0, dtype=np.float32)
    best_ref = [-1] * n
    idx = [i for i, b in enumerate(blocks) if sections[i] is not None and not _is_furniture(b)]
    if not idx:
        return lexical, cosine, best_ref
    vecs = encoder.encode([blocks[i].text for i in idx], kind="query")
    sims = vecs @ refs.vectors.T
    ref_sections = np.array(refs.section_ids)
    not_heading = np.array(refs.kinds) != "heading"
    exact = template.wording_index()
    for row, i in enumerate(idx):
        sec = sections[i]
        if i in free:
            mask = not_heading
        else:
            related = {sec}
            parent = template.section(sec).parent_id if sec else None
            if parent:
                related.add(parent)
            mask = np.isin(ref_sections, list(related)) & not_heading
        if not mask.any():
            continue
        cols = np.flatnonzero(mask)
        j = cols[int(np.argmax(sims[row, cols]))]
        cosine[i] = sims[row, j]
        best_ref[i] = int(j)
        norm = normalise(blocks[i].text)
        if norm.rstrip(" .:;?") in exact:
            lexical[i] = 1.0
        else:
            lexical[i] = max((_string_similarity(norm, refs.normalised[c]) for c in cols), default=0.0)
    return lexical, cosine, best_ref


# --------------------------------------------------------------------------- free-form

EXEMPLAR_ROLES = ("answer", "answer_list_item", "answer_heading")


@dataclass(frozen=True)
class SectionExemplars:
    """Answer passages of annotated strategies with their Annex section: a k-NN bank.

    Free-form strategies are placed by what their text is about; the closest
    member-state answers of annotated strategies (in any language) say which
    section such text serves far better than the template's own wording does.

    Attributes:
        model: encoder name the vectors were made with.
        vectors: float32 (n, dim), L2-normalised passage embeddings.
        section_ids: (n,) section id of each exemplar.
        doc_ids: (n,) source document of each exemplar; a document is never
            placed with its own exemplars.
    """

    model: str
    vectors: np.ndarray
    section_ids: np.ndarray
    doc_ids: np.ndarray

    def section_scores(self, vecs: np.ndarray, section_ids: Sequence[str], doc_id: str, k: int = 10, temperature: float = 20.0) -> np.ndarray:
        """Soft k-NN vote per section.

        Args:
            vecs: (n, dim) L2-normalised passage embeddings of the blocks.
            section_ids: the candidate sections (columns of the result).
            doc_id: the document being placed (its own exemplars are skipped).
            k: neighbours per block; votes are weighted by exp(temperature · cosine)
                and by 1/√(section size in the bank), against the pull of large sections.

        Returns:
            float32 (n, len(section_ids)); rows sum to 1 (uniform when no neighbour).
        """
        keep = (self.doc_ids != doc_id) & np.isin(self.section_ids, list(section_ids))
        out = np.full((len(vecs), len(section_ids)), 1.0 / max(len(section_ids), 1), dtype=np.float32)
        if not keep.any() or len(vecs) == 0:
            return out
        bank, labels = self.vectors[keep], self.section_ids[keep]
        col_of = {s: c for c, s in enumerate(section_ids)}
        # large sections (the context section speaks of everything) would win
        # every vote: weigh each neighbour by 1/√(size of its section in the bank)
        sizes = {s: int((labels == s).sum()) for s in set(labels.tolist())}
        prior = np.array([1.0 / math.sqrt(sizes[s]) for s in labels])
        sims = vecs @ bank.T
        top = np.argsort(-sims, axis=1)[:, :k]
        for r in range(len(vecs)):
            w = np.exp(temperature * (sims[r, top[r]] - sims[r, top[r]].max())) * prior[top[r]]
            row = np.zeros(len(section_ids), dtype=np.float64)
            np.add.at(row, [col_of[labels[j]] for j in top[r]], w)
            out[r] = row / row.sum()
        return out


def exemplar_path(model: str) -> Path:
    """Package-data location of the exemplar bank of ``model``."""
    return Path(str(resources.files("analyser") / "data" / "exemplars" / f"{model}.npz"))


@functools.lru_cache(maxsize=4)
def load_exemplars(model: str) -> SectionExemplars | None:
    """The exemplar bank for ``model``, or None when none was built for it."""
    z = load_vector_bank(exemplar_path(model))
    if z is None:
        return None
    return SectionExemplars(model, z["vectors"], z["section_ids"], z["doc_ids"])


def build_exemplars(golds: Sequence[dict], encoder: Encoder, out: Path | None = None) -> Path:
    """Embed the answer blocks of gold-annotated strategies into an exemplar bank.

    Args:
        golds: gold annotations (``gold/SCHEMA.md``).
        encoder: the encoder the bank is for.
        out: target file; defaults to :func:`exemplar_path`. Written atomically.

    Returns:
        The path written.
    """
    texts, secs, docs = [], [], []
    for g in golds:
        for b in g["blocks"]:
            if b["role"] in EXEMPLAR_ROLES and b.get("section") and count_words(b["text"]) >= 3:
                texts.append(b["text"])
                secs.append(b["section"])
                docs.append(g["doc_id"])
    vecs = encoder.encode(texts, kind="passage")
    out = save_vector_bank(out or exemplar_path(encoder.name), vecs, section_ids=np.array(secs), doc_ids=np.array(docs))
    load_exemplars.cache_clear()
    return out


def _section_similarity(vecs: np.ndarray, refs: _TemplateRefs, section_ids: Sequence[str], top: int = 2) -> np.ndarray:
    """Block × section similarity: mean of the ``top`` best cosines to the section's wording.

    Args:
        vecs: (n, dim) L2-normalised block embeddings.
        refs: template wording (headings, instructions, questions; all languages).
        section_ids: the k candidate sections.

    Returns:
        float32 array (n, k).
    """
    sims = vecs @ refs.vectors.T
    out = np.zeros((len(vecs), len(section_ids)), dtype=np.float32)
    ref_sections = np.array(refs.section_ids)
    for col, sid in enumerate(section_ids):
        cols = np.flatnonzero(ref_sections == sid)
        if cols.size == 0:
            out[:, col] = sims.mean(axis=1)
            continue
        part = np.sort(sims[:, cols], axis=1)[:, -min(top, cols.size):]
        out[:, col] = part.mean(axis=1)
    return out


def _viterbi(emission: np.ndarray, switch_cost: np.ndarray) -> list[int]:
    """Best state path.

    Args:
        emission: (n_blocks, n_states) scores (higher is better).
        switch_cost: (n_blocks,) cost of changing state *at* block i.

    Returns:
        State index per block.
    """
    n, k = emission.shape
    score = emission[0].copy()
    back = np.zeros((n, k), dtype=np.int32)
    for i in range(1, n):
        best_prev = int(np.argmax(score))
        stay = score
        move = score[best_prev] - switch_cost[i]
        take_move = move > stay
        back[i] = np.where(take_move, best_prev, np.arange(k))
        score = np.where(take_move, move, stay) + emission[i]
    path = [int(np.argmax(score))]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def _align_by_content(
    blocks: Sequence[Block],
    indices: Sequence[int],
    candidate_sections: Sequence[str],
    template: Template,
    refs: _TemplateRefs,
    encoder: Encoder,
    cfg: SegmentConfig,
    body_size: float,
    doc_id: str = "",
    breaks: set[int] | frozenset[int] = frozenset(),
) -> tuple[dict[int, str], dict[int, float]]:
    """Place blocks ``indices`` in ``candidate_sections`` by meaning, smoothed.

    Changes of section are cheap at heading-shaped blocks and at ``breaks``
    (headings of the document's own numbering, whatever their shape).

    Returns:
        (section per block index, confidence in [0, 1] per block index).
    """
    if not indices:
        return {}, {}
    texts = [blocks[i].text for i in indices]
    vecs = encoder.encode(texts, kind="passage")
    sims = _section_similarity(vecs, refs, candidate_sections)  # (n, k)
    # double centring: remove each block's level (language, length) and each
    # section's level (hub sections close to everything), then standardise
    centred = sims - sims.mean(axis=1, keepdims=True)
    if len(indices) >= cfg.min_blocks_for_column_centring:
        centred = centred - centred.mean(axis=0, keepdims=True)
    scale = float(centred.std()) or 1.0
    z = centred / scale
    bank = load_exemplars(encoder.name)
    if bank is not None:
        # log-votes: a confident neighbour vote counts, but cannot drown the template evidence
        votes = np.log(bank.section_scores(vecs, candidate_sections, doc_id) + 0.05)
        votes = (votes - votes.mean(axis=1, keepdims=True)) / max(float(votes.std()), 1e-6)
        z = cfg.exemplar_weight * votes + (1 - cfg.exemplar_weight) * z
    # short blocks carry little evidence: damp them
    weights = np.array([min(1.0, max(0.25, count_words(t) / 40.0)) for t in texts], dtype=np.float32)
    emission = z * weights[:, None]
    switch = np.array(
        [cfg.heading_switch_cost if i in breaks or _heading_shaped(blocks[i], body_size) else cfg.switch_cost for i in indices],
        dtype=np.float32,
    )
    # a heading names its chapter: its title speaks for the blocks below it
    # (until the next heading), and it takes the section of the text it opens
    heading_rows = [row for row, i in enumerate(indices) if i in breaks or _heading_shaped(blocks[i], body_size)]
    own = emission.copy()
    title = np.zeros_like(emission[0])
    for row in range(len(indices)):
        if row in heading_rows:
            title = (cfg.labelled_title_weight if indices[row] in breaks else cfg.title_weight) * z[row]
        else:
            emission[row] = emission[row] + title
    for row in heading_rows:
        following = own[row + 1 : row + 4]
        if len(following):
            emission[row] = 0.3 * own[row] + following.mean(axis=0) + cfg.title_weight * z[row]
    path = _viterbi(emission, switch)
    soft = np.exp(z - z.max(axis=1, keepdims=True))
    soft /= soft.sum(axis=1, keepdims=True)
    section_of = {i: candidate_sections[p] for i, p in zip(indices, path)}
    confidence = {i: float(soft[row, p]) for row, (i, p) in enumerate(zip(indices, path))}
    return section_of, confidence


# --------------------------------------------------------------------------- main entry


def segment(
    doc: Document,
    template: Template,
    encoder: Encoder,
    cfg: SegmentConfig | None = None,
) -> Segmentation:
    """Give every block of ``doc`` an Annex section and a role.

    Args:
        doc: parsed document (blocks in reading order).
        template: the Annex template with the wording of every known language.
        encoder: multilingual sentence encoder; queries and blocks are compared
            by cosine (rows are L2-normalised).
        cfg: stage settings (defaults: :class:`SegmentConfig`).

    Returns:
        A :class:`Segmentation` with one :class:`SegmentedBlock` per block, the
        per-section summary and whether the document follows the template's
        numbering.
    """
    cfg = cfg or SegmentConfig()
    blocks = list(doc.blocks)
    n = len(blocks)
    body_size = _body_font_size(blocks)
    refs = _template_refs(template, encoder)
    toc_blocks: set[int] = set()
    title_candidates: dict[int, tuple[np.ndarray, bool]] = {}
    headings = _find_headings(blocks, template, refs, encoder, cfg, body_size, toc_blocks, title_candidates)
    n_sections_found = len({s for h in headings for s in h.section_ids})
    # descriptive only: no mode switch hangs on it (one heading opens its section)
    follows_template = n_sections_found >= cfg.min_numbered_sections
    if headings and not follows_template:
        # a document that numbers its own chapters ("I."–"VII.", "Kapitel 3")
        # more often than it shows Annex numbers uses Annex-like numbers as its
        # own sub-numbering ("2.1", "2.3.1" inside its chapter II)
        own = sum(1 for i, (_, labelled) in title_candidates.items() if labelled and match_relabelled_heading(blocks[i].text))
        numbered = [h for h in headings if h.method == "numbered"]
        if own >= 2 and own > len(numbered):
            headings = [h for h in headings if h.method != "numbered"]
    if headings and not follows_template:
        headings = _headings_content_agrees(blocks, headings, template, refs, encoder, cfg, body_size, doc.doc_id, title_candidates)

    section_of: list[str | None] = [None] * n
    confidence = [1.0] * n
    heading_at = {h.index: h for h in headings}
    region: list[str] = ["front"] * n  # front / body / annex
    free: set[int] = set()  # blocks placed by content
    body_ids = [i for i, b in enumerate(blocks) if not _is_furniture(b)]
    candidates_all = [s.id for s in template.sections if s.key_elements]

    def place_by_content(span: list[int], candidates: Sequence[str], conf_cfg: SegmentConfig = cfg) -> None:
        breaks = {i for i, (_, labelled) in title_candidates.items() if labelled}
        placed, conf = _align_by_content(blocks, span, candidates, template, refs, encoder, conf_cfg, body_size, doc.doc_id, breaks)
        for i, s in placed.items():
            section_of[i] = s
            confidence[i] = conf[i]
            free.add(i)

    if headings:
        first_heading, last_heading = headings[0].index, headings[-1].index
        annex_start = next((i for i in body_ids if i > last_heading and is_annex_heading(blocks[i])), None)
        current: str | None = None
        merged: dict[int, tuple[str, ...]] = {}
        col_of = {sid: c for c, sid in enumerate(template.section_ids())}
        loose: list[int] = []  # partial documents: own chapters after an Annex section, placed by content
        for i in range(n):
            if i in heading_at:
                current = heading_at[i].section_ids[0]
                if len(heading_at[i].section_ids) > 1:
                    merged[i] = heading_at[i].section_ids
            elif not follows_template and current is not None and i in title_candidates and title_candidates[i][1]:
                # an own-numbered chapter whose title is far from the open section ends it
                row = title_candidates[i][0]
                if int((row > row[col_of[current]]).sum()) + 1 > cfg.heading_rank:
                    current = None
            if i >= first_heading:
                region[i] = "body"
            if annex_start is not None and i >= annex_start:
                region[i] = "annex"
            section_of[i] = current if region[i] == "body" else None
            if region[i] == "body" and current is None and not _is_furniture(blocks[i]):
                loose.append(i)
        # blocks under a merged heading go to the merged section their content serves
        for start, ids in merged.items():
            end = next((h.index for h in headings if h.index > start), annex_start or n)
            span = [i for i in range(start + 1, end) if not _is_furniture(blocks[i])]
            merged_cfg = replace(cfg, switch_cost=cfg.merged_switch_cost, heading_switch_cost=cfg.merged_switch_cost)
            place_by_content(span, ids, merged_cfg)
            free.difference_update(span)
        if loose:
            # every section stays a candidate: an own sub-chapter may still serve the section it left
            place_by_content(loose, candidates_all)
        # a partial document may open with chapters of its own before its first
        # Annex heading: that part is placed by content (mixed documents)
        if not follows_template:
            pre = [i for i in body_ids if i < first_heading]
            start = _past_title_lines(blocks, pre, _free_form_start(blocks, pre, body_size), body_size, cfg) if pre else first_heading
            span = [i for i in pre if i >= start and not is_toc_like(blocks[i].text) and i not in toc_blocks]
            if sum(count_words(blocks[i].text) for i in span) >= cfg.min_free_part_words:
                headed = {s for h in headings for s in h.section_ids}
                others = [s for s in candidates_all if s not in headed] or candidates_all
                place_by_content(span, others)
                for i in range(start, first_heading):
                    region[i] = "body"
    else:
        # free-form: the strategy proper starts at its first heading-shaped block
        # after a front matter that ends with a table of contents, if any
        start = _past_title_lines(blocks, body_ids, _free_form_start(blocks, body_ids, body_size), body_size, cfg)
        annex_start = next((i for i in body_ids if i > start and is_annex_heading(blocks[i])), None)
        span = [i for i in body_ids if i >= start and (annex_start is None or i < annex_start)]
        place_by_content(span, candidates_all)
        for i in range(n):
            if i >= start:
                region[i] = "body"
            if annex_start is not None and i >= annex_start:
                region[i] = "annex"

    # own headings over text placed by content: Annex headings when their title agrees
    titled = _confirm_titles(blocks, title_candidates, free, section_of, confidence, template.section_ids(), cfg,
                             {s for h in headings for s in h.section_ids})
    if titled:
        headings = sorted([*headings, *titled], key=lambda h: h.index)
        heading_at = {h.index: h for h in headings}

    # template text inside the body, in every part and every document length
    lexical, cosine, best_ref = _template_scores(blocks, section_of, refs, encoder, template, free)
    is_template = _decide_template(blocks, section_of, heading_at, lexical, cosine, cfg, free)
    is_template = _question_reproduced_once(blocks, is_template, lexical, cosine, best_ref, refs, cfg)
    # a template piece found in a part placed by content names its own section
    for i in free:
        j = best_ref[i]
        if is_template[i] and j >= 0:
            section_of[i] = refs.section_ids[j]

    roles: list[Role] = []
    key_elements: list[str | None] = []
    for i, b in enumerate(blocks):
        ke: str | None = None
        if b.kind == "header_footer":
            role: Role = "header_footer"
        elif b.kind == "footnote":
            role = "footnote"
        elif region[i] == "front":
            role = "front_matter"
        elif region[i] == "annex":
            role = "annex"
        elif i in heading_at:
            role = "section_heading"
        elif is_template[i]:
            j = best_ref[i]
            kind = refs.kinds[j] if j >= 0 else "question"
            if _starts_with_dash(b.text) or _question_form(b.text):
                kind = "question"
            role = "template_question" if kind == "question" else "template_instruction"
            ke = _template_key_element(template, section_of[i], refs, j, role)
        elif _heading_shaped(b, body_size) and not _list_item(b):
            role = "answer_heading"
        elif _list_item(b):
            role = "answer_list_item"
        else:
            role = "answer"
        roles.append(role)
        key_elements.append(ke)

    seg_blocks = tuple(
        SegmentedBlock(
            block=b,
            section_id=section_of[i] if roles[i] not in ("front_matter", "annex", "header_footer", "footnote") else None,
            role=roles[i],
            key_element_id=key_elements[i],
            confidence=float(min(1.0, max(0.0, confidence[i]))),
        )
        for i, b in enumerate(blocks)
    )
    return Segmentation(
        doc_id=doc.doc_id,
        blocks=seg_blocks,
        sections=_summarise(seg_blocks, template, headings, blocks),
        follows_template=follows_template,
    )


def _headings_content_agrees(
    blocks: Sequence[Block],
    headings: list[_Heading],
    template: Template,
    refs: _TemplateRefs,
    encoder: Encoder,
    cfg: SegmentConfig,
    body_size: float,
    doc_id: str,
    title_candidates: dict[int, tuple[np.ndarray, bool]],
) -> list[_Heading]:
    """Keep the few Annex headings of a partial document that the text below them bears out.

    With fewer than ``cfg.min_numbered_sections`` headings, one stray match
    (a free-form document's own "1. Context" or "2. Goals") would pull
    everything after it into one section. The body is placed by content
    once; a heading whose span (to the next heading) holds at least
    ``cfg.heading_check_words`` words of which less than
    ``cfg.min_heading_agreement`` are placed in its section (or its parent or
    children) is dropped. Shorter spans are kept: too little text to judge.
    """
    body = [i for i, b in enumerate(blocks) if not _is_furniture(b) and i > headings[0].index and i not in {h.index for h in headings}]
    if not body:
        return headings
    candidates = [s.id for s in template.sections if s.key_elements]
    breaks = {i for i, (_, labelled) in title_candidates.items() if labelled}
    placed, _ = _align_by_content(blocks, body, candidates, template, refs, encoder, cfg, body_size, doc_id, breaks)
    kept: list[_Heading] = []
    for k, h in enumerate(headings):
        end = headings[k + 1].index if k + 1 < len(headings) else len(blocks)
        span = [i for i in body if h.index < i < end]
        words = sum(count_words(blocks[i].text) for i in span)
        if words < cfg.heading_check_words:
            kept.append(h)
            continue
        family = set(h.section_ids)
        for sid in h.section_ids:
            sec = template.section(sid)
            if sec.parent_id:
                family.add(sec.parent_id)
            family.update(s.id for s in template.sections if s.parent_id == sid)
        agree = sum(count_words(blocks[i].text) for i in span if placed.get(i) in family)
        if agree >= cfg.min_heading_agreement * words:
            kept.append(h)
        else:
            logger.debug("heading %r dropped: %d of %d words agree", blocks[h.index].text[:40], agree, words)
    return kept


def _confirm_titles(
    blocks: Sequence[Block],
    title_candidates: dict[int, tuple[np.ndarray, bool]],
    free: set[int],
    section_of: list[str | None],
    confidence: list[float],
    order: Sequence[str],
    cfg: SegmentConfig,
    headed: set[str] = frozenset(),
) -> list[_Heading]:
    """Headings of the document's own (renumbered, relabelled or unnumbered) that name an Annex section.

    For a candidate standing in a part placed by content, the section of the
    text below it (up to the next candidate; most words) is compared with its
    title: when that section is among the ``cfg.title_rank_labelled`` (with a
    numbering label) or ``cfg.title_rank_plain`` (without) closest Annex
    headings to the title, the block is that section's heading (method
    ``"title"``) and its chapter goes to that section as a whole. Modifies
    ``section_of`` and ``confidence`` in place.

    Returns:
        The confirmed headings, in document order.
    """
    col_of = {s: c for c, s in enumerate(order)}
    cands = sorted(i for i in title_candidates if i in free)
    out: list[_Heading] = []
    used: set[str] = set(headed)  # a section with an Annex heading keeps it
    for k, i in enumerate(cands):
        end = cands[k + 1] if k + 1 < len(cands) else len(blocks)
        chapter = [j for j in range(i + 1, end) if j in free]
        votes: dict[str, int] = {}
        for j in chapter:
            if section_of[j] is not None:
                votes[section_of[j]] = votes.get(section_of[j], 0) + count_words(blocks[j].text)
        if not votes:
            continue
        sec = max(votes, key=votes.get)
        row, labelled = title_candidates[i]
        rank = int((row > row[col_of[sec]]).sum()) + 1
        if sec in used or rank > (cfg.title_rank_labelled if labelled else cfg.title_rank_plain):
            continue
        used.add(sec)
        share = votes[sec] / sum(votes.values())
        conf = float(np.mean([confidence[j] for j in chapter])) * share / rank
        for j in (i, *chapter):
            section_of[j] = sec
        confidence[i] = conf
        out.append(_Heading(i, (sec,), blocks[i].text, rank, False, "title", min(1.0, max(0.0, conf))))
    return out


def _past_title_lines(blocks: Sequence[Block], ids: Sequence[int], start: int, body_size: float, cfg: SegmentConfig) -> int:
    """Move ``start`` down a run of short heading-shaped lines: the document's title sits above its first heading."""
    nxt = [i for i in ids if i > start]
    while nxt and _heading_shaped(blocks[nxt[0]], body_size) and count_words(blocks[nxt[0]].text) <= cfg.max_title_words:
        start, nxt = nxt[0], nxt[1:]
    return start


def _free_form_start(blocks: Sequence[Block], body_ids: Sequence[int], body_size: float) -> int:
    """Index of the first block of the strategy proper in a free-form document."""
    toc_end = -1
    for i in body_ids[: max(10, len(body_ids) // 5)]:
        if is_toc_like(blocks[i].text):
            toc_end = i
    for i in body_ids:
        if i > toc_end and _heading_shaped(blocks[i], body_size) and count_words(blocks[i].text) >= 1:
            # the title page's lines are heading-shaped too: require body text soon after
            nxt = [j for j in body_ids if j > i][:3]
            if any(count_words(blocks[j].text) >= 25 for j in nxt):
                return i
    return body_ids[0] if body_ids else 0


def otsu_split(values: np.ndarray) -> tuple[float, float, int, float]:
    """Two-class split of 1-D values (Otsu's method) and its separation.

    Returns:
        (threshold, ashman_d, n_high, gap): the cut between the classes,
        Ashman's D = |μ₁ − μ₂| / √((σ₁² + σ₂²) / 2) (D > 2 means clearly
        bimodal; Ashman, Bird & Zepf 1994), the size of the upper class and
        the difference of the class means (μ₂ − μ₁, in the values' unit).
    """
    xs = np.sort(np.asarray(values, dtype=np.float64))
    n = len(xs)
    if n < 6:
        return float("inf"), 0.0, 0, 0.0
    best_v, best_k = -1.0, 3
    for k in range(3, n - 2):
        lo, hi = xs[:k], xs[k:]
        v = k * (n - k) * (hi.mean() - lo.mean()) ** 2
        if v > best_v:
            best_v, best_k = v, k
    lo, hi = xs[:best_k], xs[best_k:]
    d = abs(hi.mean() - lo.mean()) / max(math.sqrt((lo.var() + hi.var()) / 2), 1e-9)
    return float((xs[best_k - 1] + xs[best_k]) / 2), float(d), n - best_k, float(hi.mean() - lo.mean())


def _decide_template(
    blocks: Sequence[Block],
    section_of: Sequence[str | None],
    heading_at: dict[int, _Heading],
    lexical: np.ndarray,
    cosine: np.ndarray,
    cfg: SegmentConfig,
    free: set[int] | frozenset[int] = frozenset(),
) -> list[bool]:
    """Which body blocks reproduce template wording.

    A block is template text when its wording matches the template's in a known
    language (``lexical`` ≥ ``cfg.template_lexical``), or when its cosine to the
    closest template wording of its section falls in the upper class of a
    clearly bimodal distribution over the document's blocks. A reproduced
    question is a translation of a known one and scores like one (≈0.9 for
    e5), well above answers on the same topic; documents that reproduce no
    template show one mode only, and then nothing is taken by cosine. The
    split is made per document, so the language's offset cancels out.
    """
    n = len(blocks)
    body = [i for i in range(n) if section_of[i] is not None and i not in heading_at and not _is_furniture(blocks[i])]
    result = [False] * n
    if not body:
        return result
    # the split is made separately for the numbered and the free parts: a
    # block placed by content is compared with all the wording, which lifts its cosine
    bimodal_in: dict[bool, tuple[bool, float]] = {}
    shape_only: dict[bool, bool] = {}
    for is_free in (False, True):
        part = [i for i in body if (i in free) == is_free]
        if not is_free and len(part) < 4:
            part = body  # a numbered part of two or three blocks: split with the rest of the document
        threshold, separation, n_high, gap = otsu_split(cosine[part]) if part else (float("inf"), 0.0, 0, 0.0)
        # a reproduced question scores like a translation of the template (≈0.9+),
        # answers on its topic ≈0.85: the two modes must also lie apart in cosine
        ok = separation >= cfg.template_separation and n_high >= 3 and gap >= cfg.template_gap
        small = False
        if not ok and 0 < len(part) < cfg.small_sample_blocks:
            threshold, ok = _small_sample_split(cosine[part], cfg)
            small = ok
        bimodal_in[is_free] = (ok, threshold)
        # few blocks placed by content: only a question-shaped block (dash-led
        # or ending in "?") above the cut is taken for template text
        shape_only[is_free] = small and is_free
        logger.debug("template cosine split %.3f, Ashman D %.2f, gap %.3f, %d high", threshold, separation, gap, n_high)
    cos = cosine[body]
    bimodal_at = np.array([bimodal_in[i in free][0] for i in body], dtype=bool)
    threshold_at = np.array([bimodal_in[i in free][1] for i in body], dtype=np.float32)
    for row, i in enumerate(body):
        by_cosine = bimodal_at[row] and cos[row] > threshold_at[row]
        if by_cosine and shape_only[i in free]:
            by_cosine = _starts_with_dash(blocks[i].text) or _question_form(blocks[i].text)
        if lexical[i] >= cfg.template_lexical or by_cosine:
            result[i] = True
    # layout consistency: when the document sets its template text apart in
    # italics (most found blocks are italic), a non-italic block that only
    # paraphrases the template is the member state's answer
    found = [i for i in body if result[i]]
    if len(found) >= 5 and sum(blocks[i].italic for i in found) >= cfg.italic_share * len(found):
        for i in found:
            if not blocks[i].italic and lexical[i] < cfg.template_lexical:
                result[i] = False
    return result


def _small_sample_split(values: np.ndarray, cfg: SegmentConfig) -> tuple[float, bool]:
    """Split of a few cosines (a chapter or an excerpt): at their widest gap.

    Too few blocks for Otsu's split and Ashman's D: the values are cut at the
    largest gap between neighbours when that gap is at least
    ``cfg.small_sample_gap`` and wider than ``cfg.small_sample_ratio`` times the
    spread inside each side (a reproduced template piece stands apart from the
    answers, which lie close together).

    Returns:
        (threshold, found): the cut, and whether there is one.
    """
    xs = np.sort(np.asarray(values, dtype=np.float64))
    if len(xs) < 4:
        return float("inf"), False
    gaps = np.diff(xs)
    gaps[0] = -1.0  # at least two blocks stay below the cut: the answers
    k = int(np.argmax(gaps))
    lo, hi = xs[: k + 1], xs[k + 1 :]
    spread = max(float(lo.max() - lo.min()), float(hi.max() - hi.min()), 1e-3)
    found = gaps[k] >= cfg.small_sample_gap and gaps[k] >= cfg.small_sample_ratio * spread
    return float((xs[k] + xs[k + 1]) / 2), bool(found)


def _question_reproduced_once(
    blocks: Sequence[Block],
    is_template: Sequence[bool],
    lexical: np.ndarray,
    cosine: np.ndarray,
    best_ref: Sequence[int],
    refs: _TemplateRefs,
    cfg: SegmentConfig,
) -> list[bool]:
    """Give back to the answers a block that only paraphrases a question another block reproduces.

    A strategy reproduces each Annex question once. When two blocks are taken
    for template text by cosine alone (no lexical match) and their closest
    template wording is the same key element's question, the one further from
    it is the member state's answer restating the question ("The strategic
    objective is that every authority … has stable staffing and funding"
    under "— How is the availability of human, material and financial
    resources best ensured …"), unless it is shaped like a question itself
    (dash-led or ending in "?"), as a question repeated before its answer is,
    or copies a stretch of the closer block's wording (the same question cut
    short or relabelled, :func:`_shares_wording`), or is a note line ("(1)
    Directive 2008/115/EC …", the Annex's own footnote in a text file), which
    stays out of the passages.
    """
    out = list(is_template)
    claimed: dict[str, int] = {}  # key element → the block closest to its question
    for i, taken in enumerate(is_template):
        j = best_ref[i]
        if taken and j >= 0 and refs.kinds[j] == "question" and refs.key_element_ids[j]:
            kid = refs.key_element_ids[j]
            if kid not in claimed or cosine[i] > cosine[claimed[kid]]:
                claimed[kid] = i
    for i, taken in enumerate(is_template):
        j = best_ref[i]
        if not taken or j < 0 or refs.kinds[j] != "question" or lexical[i] >= cfg.template_lexical:
            continue
        text = blocks[i].text
        if _starts_with_dash(text) or _question_form(text) or _NOTE_LINE_RE.match(text):
            continue
        c = claimed.get(refs.key_element_ids[j] or "")
        if c is None or c == i or cosine[c] < cosine[i] + cfg.restated_question_margin:
            continue
        if _shares_wording(text, blocks[c].text):
            continue  # the same question again, cut or relabelled ("Question 5: How can …", "— How can the …")
        out[i] = False
    return out


def _shares_wording(a: str, b: str) -> bool:
    """Whether half of the shorter of two texts (normalised) is one stretch of the longer: a copy, cut or framed."""
    x, y = normalise(a).rstrip("….: "), normalise(b).rstrip("….: ")
    if not x or not y:
        return False
    match = difflib.SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    return match.size >= 0.5 * min(len(x), len(y))


def _template_key_element(template: Template, section_id: str | None, refs: _TemplateRefs, ref: int, role: str) -> str | None:
    if section_id is None:
        return None
    section = template.section(section_id)
    if role == "template_instruction":
        return next((k.id for k in section.key_elements if k.letter == "p"), None)
    if ref >= 0 and refs.key_element_ids[ref] and refs.section_ids[ref] == section_id:
        return refs.key_element_ids[ref]
    return None


def _summarise(
    seg_blocks: Sequence[SegmentedBlock],
    template: Template,
    headings: Sequence[_Heading],
    blocks: Sequence[Block],
) -> dict[str, SectionInfo]:
    """Per section: presence, heading, pages, answer words, and how it was found.

    ``method`` is ``"numbered"`` (an Annex number confirmed by its title),
    ``"title"`` (a heading named by its title alone) or ``"content"`` (blocks
    placed by meaning, no heading); ``confidence`` is the heading's (1 for an
    Annex number ranked first, lower further down; for titles from how far the
    title stands out) or, for content, the mean placement confidence of the
    section's answer blocks. Absent sections have neither.
    """
    found_by: dict[str, _Heading] = {}
    for h in headings:
        for s in h.section_ids:
            found_by.setdefault(s, h)
    out: dict[str, SectionInfo] = {}
    for sec in template.section_ids():
        mine = [sb for sb in seg_blocks if sb.section_id == sec]
        answers = [sb for sb in mine if sb.role in ("answer", "answer_heading", "answer_list_item")]
        answer_words = sum(count_words(sb.block.text) for sb in answers)
        pages = tuple(sorted({sb.block.page for sb in mine}))
        h = found_by.get(sec)
        present = bool(h is not None or answer_words)
        method: str | None = None
        conf: float | None = None
        if h is not None:
            method, conf = h.method, h.confidence
        elif answers:
            method = "content"
            conf = float(np.mean([sb.confidence for sb in answers]))
        out[sec] = SectionInfo(
            section_id=sec,
            present=present,
            heading=blocks[h.index].text if h is not None else None,
            pages=pages,
            answer_words=answer_words,
            method=method,
            confidence=None if conf is None else round(min(1.0, max(0.0, conf)), 3),
        )
    return out
