"""Template text in a language no template pack holds: absolute, cross-lingual evidence.

Only the en and nl packs ship; a member state reproduces the Annex in its own
language. The split of :func:`.template_text._decide_template` is relative to
the document (two classes of cosines per document, "each question is
reproduced once"), so a document made only of reproduced template text (a
blank Annex) or one that reproduces questions it leaves unanswered has nothing
to contrast with. The rules here need no contrast:

- **asking**: a block that asks (ends in "?", opens with "¿", Greek ";") and
  reads like a translation of an Annex piece (:func:`.common.translation_likeness`
  ≥ ``cfg.xling_question``). Answers do not ask: no answer block of the
  development corpus (1 322 blocks, 13 languages) is shaped as a question.
- **dash item in the template's stretch**: a dash-led item whose likeness to an
  Annex question reaches ``cfg.xling_item`` (a translation: the item renders
  the question, not its topic) and that stands where the Annex's questions
  stand: right under a section heading or another template block, or closing
  its section.
- **instruction**: the paragraph right under a section heading whose likeness
  reaches ``cfg.xling_instruction``, when the block after it in the section is
  template text found by the two rules above (the Annex's guidance before its
  questions, "Beskriv de strategiska målen …"). Before questions found by the
  document-relative split, likeness alone does not tell it: an answer opening a
  section before reproduced questions reads as Annex-like as the guidance
  (likeness up to 1.02 on the development corpus, "A preparação para crises é
  parte integrante desta estratégia …"). There the paragraph is guidance when
  its closest Annex piece of all is its own section's guidance (at
  ``cfg.xling_instruction`` or more): every answer opening a section on the
  development corpus stands closer to a question or another section's wording
  (by 0.011 to 0.05), every reproduced guidance paragraph of the issue-14
  documents and the corpus within 0.006 of its own ("Tendo em conta os desafios
  … descreva os vossos objetivos …": 0.975, its own guidance first).

The scale of the likeness is each piece's own translation agreement between the
packs, so no cosine is fixed. Table blocks ("question | answer" rows) are left
to :func:`template_table_rows`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np

from ..embed import Encoder
from ..schema import Block
from ..text import count_words, table_rows
from .common import _DASHES, _TemplateRefs, _is_furniture, _starts_with_dash, reads_across_languages, translation_likeness
from .config import SegmentConfig
from .headings import _Heading

_GREEK_RE = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def asks(text: str) -> bool:
    """Whether ``text`` is shaped as a question, in any EU language.

    Ends in "?" (also before a closing bracket or quote), opens with the
    Spanish "¿" (after a dash or bullet), or, in Greek text, ends in the Greek
    question mark (";" or U+037E).

    >>> asks("— Hur säkerställs en effektiv hantering av återvändandet?")
    True
    >>> asks("— ¿Cómo se garantiza el retorno efectivo")
    True
    >>> asks("— Πώς διασφαλίζεται η επιστροφή;")
    True
    >>> asks("— item of an answer list;")
    False
    """
    t = unicodedata.normalize("NFC", text).strip().rstrip(")]»”\"' ")
    if not t:
        return False
    if t.endswith("?"):
        return True
    head = t.lstrip("".join(_DASHES) + "•▪◦●*· \t")
    if head.startswith("¿"):
        return True
    return t.endswith((";", "\u037e")) and bool(_GREEK_RE.search(t))


def _sentence_like(text: str, min_words: int = 8) -> bool:
    """A paragraph of guidance, not a title: ``min_words`` words or more, ending in "." or ":"."""
    t = text.strip()
    return len(t.split()) >= min_words and t.endswith((".", ":"))


def _body(blocks: Sequence[Block], section_of: Sequence[str | None], heading_at: dict[int, _Heading]) -> list[int]:
    return [i for i in range(len(blocks)) if section_of[i] is not None and i not in heading_at and not _is_furniture(blocks[i])]


NOTE_ANSWER_MIN_WORDS = 8
"""Fewest words of a footnote or endnote that answers the template text carrying its marker."""


def translated_template(
    blocks: Sequence[Block],
    section_of: Sequence[str | None],
    heading_at: dict[int, _Heading],
    is_template: Sequence[bool],
    best_ref: Sequence[int],
    refs: _TemplateRefs,
    encoder: Encoder,
    cfg: SegmentConfig,
    answers: set[int] | frozenset[int] = frozenset(),
) -> tuple[list[bool], list[int]]:
    """Add the blocks that translate an Annex piece to the template text found so far.

    Args:
        blocks: the document's blocks in reading order.
        section_of: each block's section id (None outside the body).
        heading_at: block index → the heading that opens a section there.
        is_template: the template decision so far (:func:`.template_text._decide_template`).
        best_ref: per block, index into ``refs`` of its closest template piece (-1: none).
        refs: the embedded template wording of every pack.
        encoder: the encoder ``refs`` were embedded with.
        cfg: ``xling_question``, ``xling_item``, ``xling_instruction`` (likeness levels).
        answers: blocks known to be answers, never taken: those with figures of their own
            (:func:`.template_text.blocks_with_own_figures`; "- Return: effective and dignified return of 1 400 …"
            first under its heading reads like the translation of 2.1.2.c's question, fresh9 #4).

    Returns:
        (is_template, best_ref): the decision with the blocks found here added
        (never removed), and ``best_ref`` pointing each added block to the
        piece it translates (an instruction of its section when a pack has
        one, for an added instruction).
    """
    out = list(is_template)
    ref_out = list(best_ref)
    body = _body(blocks, section_of, heading_at)
    cand = [i for i in body if not out[i] and i not in answers and table_rows(blocks[i].text) is None]
    if not cand or not len(refs.texts):
        return out, ref_out
    cols = np.flatnonzero(np.array(refs.kinds) != "heading")
    if not cols.size or not reads_across_languages(refs, cols):
        return out, ref_out
    vecs = encoder.encode([blocks[i].text for i in cand], kind="query")
    like = translation_likeness(vecs @ refs.vectors[cols].T, _TemplateRefs(agreement=refs.agreement[cols]))
    kinds = np.array(refs.kinds)[cols]
    sections = np.array(refs.section_ids)[cols]
    row_of = {i: r for r, i in enumerate(cand)}

    def best(i: int, kind: str | None = None, own: bool = False) -> tuple[float, int]:
        mask = np.ones(cols.size, dtype=bool)
        if kind:
            mask &= kinds == kind
        if own:
            sec = section_of[i] or ""
            mask &= np.array([s == sec or sec.startswith(s + ".") or s.startswith(sec + ".") for s in sections])
        if not mask.any():
            return 0.0, -1
        r = row_of[i]
        c = np.flatnonzero(mask)
        k = int(c[np.argmax(like[r, c])])
        return float(like[r, k]), int(cols[k])

    added: set[int] = set()

    def take(i: int, ref: int) -> None:
        out[i] = True
        added.add(i)
        if ref >= 0:
            ref_out[i] = ref

    # asking blocks that translate a piece
    for i in cand:
        if asks(blocks[i].text):
            value, ref = best(i)
            if value >= cfg.xling_question:
                take(i, ref)
    # dash items in the template's stretch (forward: a run under a heading continues)
    pos = {i: k for k, i in enumerate(body)}

    def prev_is_template_or_heading(i: int) -> bool:
        k = pos[i]
        if k == 0 or section_of[body[k - 1]] != section_of[i]:
            return True  # first body block of its section: a heading (or the body's start) stands before it
        p = body[k - 1]
        return out[p] or any(h in heading_at for h in range(p + 1, i))

    def next_closes_or_template(i: int) -> bool:
        k = pos[i]
        if k + 1 >= len(body):
            return True
        nx = body[k + 1]
        return section_of[nx] != section_of[i] or any(h in heading_at for h in range(i + 1, nx)) or out[nx]

    def next_question_after(i: int, ref: int) -> bool:
        """The previous block is a template dash item of the same section whose key element comes before ``ref``'s."""
        k = pos[i]
        if k == 0 or ref < 0:
            return False
        p = body[k - 1]
        if not (out[p] and _starts_with_dash(blocks[p].text)) or section_of[p] != section_of[i] or ref_out[p] < 0:
            return False
        a, b = refs.key_element_ids[ref_out[p]], refs.key_element_ids[ref]
        return bool(a and b and refs.section_ids[ref_out[p]] == refs.section_ids[ref] and a < b)

    for i in cand:
        if out[i] or not _starts_with_dash(blocks[i].text):
            continue
        value, ref = best(i, "question", own=True)
        if value >= cfg.xling_item and (prev_is_template_or_heading(i) or next_closes_or_template(i)):
            take(i, ref)
        elif value >= cfg.xling_question and next_question_after(i, ref):
            take(i, ref)  # the next Annex question in a run of reproduced ones
    # closing items of a section after an answer: checked again once the forward pass has run
    for i in reversed(cand):
        if out[i] or not _starts_with_dash(blocks[i].text):
            continue
        value, ref = best(i, "question", own=True)
        if value >= cfg.xling_item and next_closes_or_template(i):
            take(i, ref)
    # the guidance paragraph between a section heading and the reproduced questions
    for i in cand:
        if out[i] or _starts_with_dash(blocks[i].text) or asks(blocks[i].text):
            continue
        k = pos[i]
        opens = k == 0 or section_of[body[k - 1]] != section_of[i] or any(h in heading_at for h in range(body[k - 1] + 1, i))
        if not opens or k + 1 >= len(body):
            continue
        nx = body[k + 1]
        if section_of[nx] != section_of[i] or not out[nx] or any(h in heading_at for h in range(i + 1, nx)):
            continue
        if not _sentence_like(blocks[i].text):
            continue
        value, ref = best(i)
        inst_value, inst_ref = best(i, "instruction", own=True)
        if nx in added and value >= cfg.xling_instruction:
            take(i, inst_ref if inst_ref >= 0 else ref)
        elif inst_ref >= 0 and inst_value >= cfg.xling_instruction and inst_value >= value:
            # before questions found by the document's own contrast: the paragraph translates its section's
            # guidance more closely than any other Annex piece (an answer opening a section reads closer to a
            # question or to another section's wording: 0.011 to 0.05 above the guidance on the development corpus)
            take(i, inst_ref)
    # the template's wording answered in notes: a paragraph alone in its section that reads like an Annex piece and
    # carries the marker of a note of NOTE_ANSWER_MIN_WORDS words or more ("Resumen detallado de la situación …¹",
    # the answer in footnote 1; fresh8 #3); the note becomes the answer (core._answers_in_notes)
    # — only when every paragraph left outside the template, two or more, is such a piece (a body of answers with
    # a long source note, xb-2025, stays answers)
    notes = {m: j for j, b in enumerate(blocks) if b.kind == "footnote" for m in b.footnote_markers}
    noted: list[tuple[int, int]] = []
    for i in cand:
        if out[i]:
            continue
        if i not in row_of or not blocks[i].footnote_markers or _starts_with_dash(blocks[i].text):
            noted = []
            break
        js = [notes[m] for m in blocks[i].footnote_markers if notes.get(m, -1) > i]
        k = pos[i]
        opens = k == 0 or section_of[body[k - 1]] != section_of[i] or any(h in heading_at for h in range(body[k - 1] + 1, i))
        closes = k + 1 >= len(body) or section_of[body[k + 1]] != section_of[i] or any(h in heading_at for h in range(i + 1, body[k + 1]))
        value, ref = best(i)
        if not (js and max(count_words(blocks[j].text) for j in js) >= NOTE_ANSWER_MIN_WORDS and opens and closes
                and _sentence_like(blocks[i].text) and value >= cfg.xling_instruction):
            noted = []
            break
        noted.append((i, ref))
    if len(noted) >= 2:
        for i, ref in noted:
            take(i, ref)
    # a blank Annex: when the only text left outside the template is one paragraph alone under each of some
    # section headings (the guidance of "2." or "2.2", followed by a sub-section's heading), that reads like
    # an Annex piece, those paragraphs are the Annex's guidance too: there is no answer to tell them from
    rest = [i for i in body if not out[i]]
    if rest and sum(out[i] for i in body) >= 2 * len(rest):
        alone = []
        for i in rest:
            k = pos[i]
            opens = k == 0 or section_of[body[k - 1]] != section_of[i] or any(h in heading_at for h in range(body[k - 1] + 1, i))
            closes = k + 1 >= len(body) or section_of[body[k + 1]] != section_of[i] or any(h in heading_at for h in range(i + 1, body[k + 1]))
            plain = not _starts_with_dash(blocks[i].text) and i in row_of and _sentence_like(blocks[i].text)
            if not (opens and closes and plain and best(i)[0] >= cfg.xling_instruction):
                break
            alone.append(i)
        else:
            for i in alone:
                inst_value, inst_ref = best(i, "instruction", own=True)
                take(i, inst_ref if inst_ref >= 0 else best(i)[1])
    return out, ref_out


def template_table_rows(
    blocks: Sequence[Block],
    candidates: Sequence[int],
    refs: _TemplateRefs,
    encoder: Encoder,
    cfg: SegmentConfig,
) -> dict[int, tuple[int, ...]]:
    """Rows of "question | answer" tables whose first cell reproduces an Annex question.

    A table block (:func:`analyser.text.table_rows`, or a parsed table of one
    row) whose rows open with the
    Annex's questions in the member state's language: the first cell of such a
    row is template text, the other cells the answer. A first cell is taken when
    it asks (:func:`asks`) or is dash-led, and its translation likeness to an
    Annex question or guidance piece reaches ``cfg.xling_question`` (asking) or
    ``cfg.xling_item`` (dash-led), or ``cfg.xling_question`` for a dash-led cell
    in a table where two or more first cells are taken (a column of questions);
    a first cell that is neither asking nor dash-led is never taken (a table of
    figures, "Year | 2026 | 2027").

    Returns:
        block index → the 0-based indices (into ``table_rows``) of those rows;
        blocks without such rows are left out.
    """
    cells: list[tuple[int, int, str]] = []
    for i in candidates:
        rows = table_rows(blocks[i].text)
        if rows is None and blocks[i].kind == "table" and "|" in blocks[i].text:
            # a parsed table of one row, or whose answer cells are all empty ("— Q? |")
            rows = [" ".join(line.split()) for line in blocks[i].text.split("\n") if line.strip()]
        if rows is None:
            continue
        for r, row in enumerate(rows):
            first = row.split("|")[0].strip()
            if first and (asks(first) or _starts_with_dash(first)):
                cells.append((i, r, first))
    if not cells or not len(refs.texts):
        return {}
    cols = np.flatnonzero(np.array(refs.kinds) != "heading")
    if not cols.size or not reads_across_languages(refs, cols):
        return {}
    vecs = encoder.encode([c[2] for c in cells], kind="query")
    like = translation_likeness(vecs @ refs.vectors[cols].T, _TemplateRefs(agreement=refs.agreement[cols])).max(axis=1)
    out: dict[int, list[int]] = {}
    for (i, r, first), value in zip(cells, like):
        level = cfg.xling_question if asks(first) else cfg.xling_item
        if value >= level:
            out.setdefault(i, []).append(r)
    # a column of questions: when at least two of a table's question-shaped first cells are taken, the others
    # that read like an Annex piece at the asking level are the column's other questions ("— Outras medidas …")
    for (i, r, first), value in zip(cells, like):
        taken = out.get(i, [])
        if len(taken) >= 2 and r not in taken and value >= cfg.xling_question:
            taken.append(r)
    return {i: tuple(sorted(rs)) for i, rs in out.items()}
