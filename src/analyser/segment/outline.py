"""The document's own outline mapped to Annex sections (renumbered, relabelled and paraphrased chapters).

A document that numbers the Annex's chapters in a scheme of its own ("I.", "II.1",
"Kapitel 3" + "A.", "B.") or heads them with titles of its own is read as an
outline: the labels' styles give the levels ("II" above "II.1", "Kapitel 2" above
"A."), and every own heading is mapped to the Annex section that its title and
the content below it name together, consistently across the document:

* siblings follow the Annex's order (a sibling that goes back, or into the
  previous sibling's sub-sections, pays ``cfg.own_order_penalty``), so once
  "II" ↔ 2.2 is clear the next sibling looks after 2.2's subtree; two
  siblings in a row never take the same section (a Dutch integration
  sub-chapter "B. Meedoen in de gemeente" read as reception, 2.3.3, after
  "A. Opvang van asielzoekers" had taken it);
* a child lies inside its parent's section, or is the document's own
  sub-division of it ("A. Staff" under "Kapitel 3 – Capacity" ↔ 2.6);
* a chapter is mapped together with its sub-chapters (the best mapping of
  the children given each section of the parent adds to the parent's score):
  a Finnish chapter "Luku 2" with the Annex's 2.3 title, whose title the
  encoder ranks nearer 2.3.3, is 2.3 when its sub-chapters answer 2.3.3 and
  2.3.4;
* evidence is relative, never a fixed cosine: the title's cosines to the 17
  Annex headings and the content's section scores are each standardised over
  the sections (margins against the other sections), then added.

A heading is taken as its section's heading when its title or the content
agrees well enough by rank (``cfg.own_title_rank_*``, ``cfg.own_content_rank``);
then the text directly below it (up to the next own heading) goes to that
section as one unit. Headings not taken leave their text to the placement by
content (:mod:`.placement`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
import logging
import re
from dataclasses import dataclass

import numpy as np

from ..lexicon import INTRODUCTION_TITLES
from ..schema import Block
from ..text import count_words
from .common import match_heading_number, match_relabelled_heading, own_label_style
from .config import SegmentConfig
from .headings import _Heading

logger = logging.getLogger(__name__)

_NEVER = 1e6  # a transition the outline never takes (finite: sums stay comparable)


@dataclass
class _Node:
    index: int  # block index of the heading
    level: int
    labelled: bool
    parent: int | None = None  # position of the parent node in the outline
    unit: tuple[int, ...] = ()  # free blocks directly below it
    span: tuple[int, ...] = ()  # free blocks of its whole subtree


def _style(text: str, labelled: bool, valid: Sequence[str]) -> str:
    if labelled:
        relabel = match_relabelled_heading(text)
        if relabel is not None:
            return own_label_style(relabel[0])
        hm = match_heading_number(text, valid)
        if hm is not None:
            return ".".join("1" for _ in hm.section_ids[0].split("."))
    return "plain"


def _outline(blocks: Sequence[Block], cands: Sequence[int], labelled: Mapping[int, bool], free: AbstractSet[int], order: Sequence[str]) -> list[_Node]:
    """Levels from the labels' styles (first appearance; "II.1" one below "II"), parents, units and spans."""
    styles = [_style(blocks[i].text, labelled[i], order) for i in cands]
    # chapter words ("Kapitel 2") stand above roman numerals, roman numerals above numbers and
    # letters (these by first appearance); "II.1" one below "II"; unlabelled headings lowest
    level_of: dict[str, int] = {}
    n_other = 0
    for st in styles:
        if st in level_of:
            continue
        keyword, _, number = st.rpartition(" ")
        comps = number.split(".")
        head = f"{keyword} {comps[0]}" if keyword else comps[0]
        if st == "plain":
            level_of[st] = 1000 if any(x != "plain" for x in styles) else 0
        elif len(comps) > 1 and head in level_of:
            level_of[st] = level_of[head] + len(comps) - 1
        elif keyword:
            level_of[st] = 10 * (len(comps) - 1)
        elif comps[0] == "R":
            level_of[st] = 100 + 10 * (len(comps) - 1)
        else:
            level_of[st] = 200 + 100 * n_other + 10 * (len(comps) - 1)
            n_other += 1
    nodes: list[_Node] = []
    stack: list[int] = []
    for k, (i, st) in enumerate(zip(cands, styles)):
        lvl = level_of[st]
        while stack and nodes[stack[-1]].level >= lvl:
            stack.pop()
        nodes.append(_Node(i, lvl, labelled[i], stack[-1] if stack else None))
        stack.append(k)
    last = max(free, default=-1) + 1
    for k, node in enumerate(nodes):
        nxt = cands[k + 1] if k + 1 < len(cands) else last
        node.unit = tuple(j for j in range(node.index + 1, nxt) if j in free)
        end = next((cands[m] for m in range(k + 1, len(cands)) if nodes[m].level <= node.level), last)
        node.span = tuple(j for j in range(node.index + 1, end) if j in free and j not in cands)
    return nodes


def _in_scheme(text: str) -> bool:
    """A heading numbered in a scheme of the document's own: roman numerals, letters or a chapter word."""
    relabel = match_relabelled_heading(text)
    if relabel is None:
        return False
    style = own_label_style(relabel[0])
    return " " in style or "R" in style or "A" in style or "a" in style


def _decimal(text: str, labelled: bool, order: Sequence[str]) -> bool:
    """A heading labelled with a plain decimal number ("3.", "2.1", "4.2.1")."""
    return labelled and set(_style(text, labelled, order)) <= {"1", "."} and _style(text, labelled, order) != "plain"


def _own_decimals(blocks: Sequence[Block], labelled: Sequence[int], order: Sequence[str]) -> bool:
    """Whether the headings ``labelled`` (block indices, in document order) number in decimals of the document's own.

    True when they make a decimal outline of two levels (a chapter "2." with a
    sub-chapter "2.1" below it) and at least one number is none of the Annex's
    ("3." after "2.", "1.1", "4.2"): the document's "2.2 Vastuvõtt" is then its
    own 2.2, not the Annex's, and its chapters are mapped by the outline (title
    and content) as roman numerals are. Flat lists of numbered chapters ("1." …
    "6." of a municipal plan) keep their chapters named by their placed text (several
    may serve one section); an excerpt in the Annex's own numbering ("2.1.2",
    "2.3.3") has no foreign number.
    """
    numbers: list[str] = []
    foreign = False
    for i in labelled:
        if not _decimal(blocks[i].text, True, order):
            continue
        relabel = match_relabelled_heading(blocks[i].text)
        hm = match_heading_number(blocks[i].text, order)
        number = relabel[0] if relabel is not None else hm.section_ids[0] if hm is not None else None
        if number is None:
            continue
        numbers.append(number)
        foreign = foreign or number not in order
    two_levels = any("." in n and n.rpartition(".")[0] in numbers[:k] for k, n in enumerate(numbers))
    return foreign and two_levels


def _weighted_z(per_block: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Standardised word-weighted mean over blocks (rows) per section (columns); NaN: no score (filled with the minimum)."""
    have = ~np.isnan(per_block)
    mean = np.array([np.nansum(per_block[:, c] * w) / w[have[:, c]].sum() if have[:, c].any() else np.nan for c in range(per_block.shape[1])])
    mean = np.where(np.isnan(mean), np.nanmin(mean) if (~np.isnan(mean)).any() else 0.0, mean)
    return _standardise(mean)


def _standardise(row: np.ndarray) -> np.ndarray:
    sd = float(row.std())
    return (row - row.mean()) / sd if sd > 1e-9 else np.zeros_like(row)


_NUMBER_LABEL = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?|[IVXLCDM]+[.)]|[A-Za-z][.)])\s")


def _unnumbered(text: str, labelled: bool) -> bool:
    """A heading without any label: no number ("3.1", "8"), roman numeral, letter or chapter word before its title."""
    return not labelled and match_relabelled_heading(text) is None and _NUMBER_LABEL.match(text) is None


def _text_rejects_placement(title_z: np.ndarray, content_z: np.ndarray, placed: int, content_rank: int,
                            excluded: AbstractSet[int] = frozenset(), text_first: bool = False,
                            name_rank: int | None = None) -> int | None:
    """The section that title and pooled text name together for a chapter whose text rejects its placement, if any.

    An own title without an Annex number heads a chapter whose blocks were placed by
    content; in a whole document that is the plain k-NN vote, whose nearest answers
    come from the strategy in the chapter's language. Its pooled text, read with the
    language-corrected vote, may reject that placement: a Portuguese "Pessoal, meios
    e orçamento para a execução" placed in preparedness, 2.4 (the title too ranks
    2.4 first; the pooled text ranks 2.4 ninth and 2.6 first), a Lithuanian
    "Prieglobstis prie valstybės sienos" (asylum at the border) placed in 2.3.1 (the
    pooled text ranks 2.3.1 fourth), "Kalba, darbas ir kaimynai" (language, work and
    neighbours) placed in 2.4. The placement is rejected when the pooled text ranks
    the placed section below ``content_rank``; the section then taken is the one
    first by title and text together (standardised scores added, as
    :func:`_map_own_headings` weighs own chapters) among those not ``excluded``,
    when it scores above the placed section and the pooled text alone ranks it
    within ``content_rank`` (the text must name it too, not a title alone: 2.3.3,
    the text's first for the integration chapter, was already taken by the
    reception chapter before it; 2.3.4 is second).

    Args:
        title_z: (n_sections,) standardised title evidence of the chapter's heading.
        content_z: (n_sections,) standardised pooled content evidence of its chapter.
        placed: column of the section its blocks were placed in.
        content_rank: rank of the pooled text at or above which a section counts as named by it
            (``SegmentConfig.own_content_rank``).
        excluded: columns already taken by other headings, or holding the text of another
            own chapter (never named again).
        text_first: the section taken must also be the pooled text's first among those not
            ``excluded`` (asked when the title itself ranks the placed section first: an
            English "Faster decisions on protection claims" placed in 2.3.1, whose text
            ranks 2.3 first and 2.3.1 below third, stays; title and text together would
            name 2.2.2).
        name_rank: rank within which the pooled text must place the section taken (default
            ``content_rank``; stricter when the title does not name the placed section either:
            "Faster decisions on protection claims", its text placed in 2.3.1, which the text
            ranks below third, and ranked "1", 2.3 and 2.2.2 first, stays in 2.3.1).

    Returns:
        The column of the section named instead, or None (the placement stands).
    """
    def text_rank(c: int) -> int:
        return int((content_z > content_z[c]).sum()) + 1

    if text_rank(placed) <= content_rank:
        return None
    total = title_z + content_z
    cols = [c for c in range(len(total)) if c != placed and c not in excluded]
    if not cols:
        return None
    best = max(cols, key=lambda c: float(total[c]))
    if total[best] <= total[placed] or text_rank(best) > (content_rank if name_rank is None else name_rank):
        return None
    if text_first and best != max(cols, key=lambda c: float(content_z[c])):
        return None
    return best


def _narrowed_to_subsection(total: np.ndarray, placed: int, subsections: Sequence[int]) -> int | None:
    """The sub-section that title and text together name above the parent section a chapter was placed in, if any.

    A parent section of the Annex whose sub-sections are leaves (2.3 over 2.3.1–2.3.4)
    holds the introduction to them; its wording is general ("a fair asylum and
    integration system") and draws the pooled text of a chapter on one of its
    topics (a Slovenian "Hitrejše odločanje o prošnjah za zaščito" on the time to
    a decision: its text ranks 2.3 first). When the title does not name the parent,
    the sub-section with the highest title-plus-content score is taken if that score
    is above the parent's.

    Args:
        total: (n_sections,) title and content evidence added (standardised).
        placed: column of the parent section the chapter's blocks were placed in.
        subsections: columns of its sub-sections (leaves).

    Returns:
        The column of the sub-section, or None (the parent stands).
    """
    best = max(subsections, key=lambda c: float(total[c]))
    return best if total[best] > total[placed] else None


def _narrowed_by_hub(corrected: np.ndarray, leaves: Sequence[int], excluded: AbstractSet[int], narrower: int) -> int:
    """The sub-section a chapter placed in a parent section goes to, read on the hub-corrected evidence.

    :func:`_narrowed_to_subsection` decides that text placed in a parent section (2.3,
    whose general wording draws any chapter's pooled text) answers one of its leaves;
    which leaf it names on the uncorrected title-plus-text evidence, where the
    language's hubs lead (reception, 2.3.3, for Czech and German chapter texts). A
    rights chapter then took the hub, or a leaf another chapter holds: a Czech
    "Spravedlivé zacházení s každým žadatelem" (legal aid, interpreters) went to
    reception, 2.3.3, its hub-corrected evidence naming 2.3.2 first by 0.5; a Bulgarian
    "Адвокат и преводач за всеки" to the asylum procedure, 2.3.1, which the procedure
    chapter before it holds by 2.84 against 1.09 (2.3.2 next, 0.97). Here the leaf is the
    one first on the hub-corrected evidence among the leaves no heading and no other own
    chapter's text holds (each leaf once, as siblings take sections).

    Args:
        corrected: (n_sections,) the chapter's hub-corrected title-plus-text evidence (:func:`_hub_corrected`).
        leaves: columns of the parent's sub-sections (leaves).
        excluded: columns taken by headings or holding most of another own chapter's text.
        narrower: the leaf named on the uncorrected evidence (kept when every leaf is excluded).

    Returns:
        The column of the leaf.
    """
    open_leaves = [c for c in leaves if c not in excluded]
    if not open_leaves:
        return narrower
    best = max(open_leaves, key=lambda c: float(corrected[c]))
    if best != narrower:
        logger.debug("narrowed by hub: column %d instead of %d (corrected %.2f vs %.2f)", best, narrower,
                     float(corrected[best]), float(corrected[narrower]))
    return best


def _hub_corrected(title_z: np.ndarray, content_z: np.ndarray, rows: Sequence[int], min_rows: int) -> np.ndarray | None:
    """Title-plus-text evidence of own chapters with each section's mean over the chapters ``rows`` taken off.

    The encoder reads some languages with hubs: sections that every text of the
    language lands near, whatever its topic. Irish, Portuguese and Maltese chapter
    titles all rank preparedness (2.4) among their first sections, Irish and
    Maltese chapter text the context (1); a German staff chapter's text ranks
    reception (2.3.3) second because every chapter of the document does. A
    section all the document's chapters rank high tells no chapter apart: its mean
    over the chapters is no evidence for any one of them, as cross-lingual
    retrieval corrects hubs by each target's mean similarity to its neighbours
    (CSLS). The correction needs several chapters of different topics: with fewer
    than ``min_rows`` it is not made.

    Args:
        title_z: (n_nodes, n_sections) standardised title evidence of every own heading.
        content_z: (n_nodes, n_sections) standardised pooled content evidence of their chapters.
        rows: the nodes whose chapters estimate the hubs (unlabelled own titles over text).
        min_rows: fewest such chapters for an estimate.

    Returns:
        (n_nodes, n_sections) corrected title-plus-text evidence (only the ``rows``
        are meaningful), or None when there are fewer than ``min_rows`` chapters.
    """
    if len(rows) < min_rows:
        return None
    total = title_z + content_z
    return total - total[list(rows)].mean(axis=0)


def _hub_rejects_placement(corrected: np.ndarray, placed: int, excluded: AbstractSet[int], margin: float) -> int | None:
    """The section an own chapter's hub-corrected title and text name over its placement, if any.

    A chapter whose blocks the k-NN vote placed in one section is moved only
    when, on the evidence of :func:`_hub_corrected`, another section leads the
    placed one by at least ``margin`` standardised units and leads every other
    section too: a German "Personal, Technik und Geld" whose staff and case-file
    text was placed in the asylum procedure (2.3.1) is 2.6, first by 2.4 units
    once reception (every chapter's second) and preparedness (every title's
    first) are corrected. A section already taken, or holding most of another
    own chapter's text (``excluded``), is never named: the placement then stands;
    nor does the caller take a section with sub-sections named here (it holds their
    introduction; on the issue-14 tuning and held-out documents none is ever named).

    Args:
        corrected: (n_sections,) hub-corrected title-plus-text evidence of the chapter.
        placed: column of the section its blocks were placed in.
        excluded: columns taken by other headings or other chapters' text.
        margin: lead over the placed section required (``SegmentConfig.own_hub_margin``).

    Returns:
        The column of the section named instead, or None (the placement stands).
    """
    cols = [c for c in range(len(corrected)) if c != placed]
    if not cols:
        return None
    best = max(cols, key=lambda c: float(corrected[c]))
    if best in excluded or float(corrected[best] - corrected[placed]) < margin:
        return None
    return best


def _hub_mutual_choice(corrected: np.ndarray, k: int, rows: Sequence[int], content_z: np.ndarray, placed: int,
                       excluded: AbstractSet[int], margin: float, content_rank: int,
                       parent: Callable[[int], bool] = lambda c: False) -> int | None:
    """The section an own chapter's hub-corrected evidence names over its placement by a narrow lead, if all agree.

    :func:`_hub_rejects_placement` moves a chapter only by a wide lead; in languages
    the encoder reads poorly the right section often leads by less (a Lithuanian
    chapter on those who must leave, its text placed in integration, 2.3.4, leads
    with return, 2.1.2, by 0.8 units; a Portuguese "Um teto e cuidados enquanto o
    pedido é analisado" placed in preparedness, 2.4, the hub of Portuguese titles,
    leads with reception, 2.3.3, by 0.8). A narrow lead is taken only when three
    readings agree, each relative (ranks and margins, no cosine): the section leads
    every other on the chapter's corrected evidence by at least ``margin``; the
    chapter's pooled text alone ranks it within ``content_rank`` and above the
    placed section (the text names it, not the title only: a Romanian preparedness
    chapter whose corrected evidence leads with reception, 2.3.3, but whose text
    ranks preparedness first, stays); it is a leaf, no section with sub-sections of
    its own (those hold only the introduction to them: an English "Faster decisions
    on protection claims" placed in 2.3.1 is not moved up to 2.3, and a Greek
    one-paragraph chapter "Διαδικασίες ασύλου και διαδικασία στα σύνορα" placed in
    2.2.2 not to 2.3, where its title then read as the Annex heading and the other
    chapters' answers as template questions); and among the document's own chapters ``rows`` this
    chapter is the one whose corrected evidence for it is highest (mutual rank: a
    Portuguese return chapter whose corrected evidence leads with the border
    procedure, 2.2.2, stays, since the border chapter reads as 2.2.2 more). A section
    already taken, or holding most of another chapter's text (``excluded``), is
    never named. A chapter placed in a section with sub-sections (2.3, whose general
    wording draws any chapter's pooled text) is asked the same, with its text's rank
    of the leader read among the leaves and not against the placed section: a
    Maltese "Aċċess għall-protezzjoni mal-fruntiera" whose text was placed in 2.3
    (ranked first) leads with 2.2.2 by 1.6 corrected units, its text ranking 2.2.2
    second among the leaves after the context (1), the Maltese texts' hub. The
    caller asks it only when title and text do not narrow the chapter to one of
    the placed section's own sub-sections (:func:`_narrowed_to_subsection`: a
    Slovenian "Hitrejše odločanje o prošnjah za zaščito" placed in 2.3 is 2.3.1,
    not the corrected leader 2.2.2).

    Args:
        corrected: (n_nodes, n_sections) hub-corrected title-plus-text evidence (:func:`_hub_corrected`).
        k: the chapter's node.
        rows: the nodes whose chapters were corrected (unlabelled own titles over text); includes ``k``.
        content_z: (n_sections,) standardised pooled content evidence of the chapter.
        placed: column of the section its blocks were placed in.
        excluded: columns taken by other headings or other chapters' text.
        margin: lead over the placed section required (``SegmentConfig.own_hub_mutual_margin``).
        content_rank: rank within which the pooled text must place the section
            (``SegmentConfig.own_hub_mutual_content_rank``).
        parent: whether a column is a section with sub-sections of its own (never named; when ``placed`` is one,
            the text's rank is read among the sections without sub-sections).

    Returns:
        The column of the section named instead, or None (the placement stands).
    """
    row = corrected[k]
    cols = [c for c in range(len(row)) if c != placed]
    if not cols:
        return None
    best = max(cols, key=lambda c: float(row[c]))
    if best in excluded or float(row[best] - row[placed]) < margin or parent(best):
        return None
    if parent(placed):
        # a parent section holds only the introduction to its sub-sections: its general wording draws any chapter's
        # pooled text, so there the text ranks the leader among the leaves, not against the parent
        leaves = [c for c in range(len(content_z)) if not parent(c)]
        if int((content_z[leaves] > content_z[best]).sum()) + 1 > content_rank:
            return None
    elif int((content_z > content_z[best]).sum()) + 1 > content_rank or content_z[best] <= content_z[placed]:
        return None
    if max(rows, key=lambda m: float(corrected[m, best])) != k:
        return None
    return best


def _second_topic_blocks(unit: Sequence[tuple[int, Mapping[str, float]]], sec: str, siblings: Sequence[str],
                         blocked: AbstractSet[str], lead: float) -> dict[int, str]:
    """Blocks of an own chapter mapped to a leaf section that answer one sibling leaf of it instead.

    A chapter of the document's own outline is mapped as one unit; a title naming
    two topics ("Κεφάλαιο Ε΄. Υποδοχή και ένταξη", reception and integration)
    heads text on both, and the whole chapter went to the one its title reads as
    (2.3.4), its reception paragraph with it. Narrowly: a block whose content ranks
    a sibling leaf first, by at least ``lead`` standardised units over the chapter's
    own section, goes there when every such block names the same sibling, the
    chapter keeps a block that ranks its own section first, and the sibling is free
    (no heading took it, no text outside the chapter is in it: ``blocked``). The
    lead keeps a reception chapter's paragraph on unaccompanied minors, as near
    to 2.3.2 as to 2.3.3 (Spanish "II. El alojamiento …"), in its chapter; the
    Greek reception paragraph leads 2.3.4 by 1.4.

    Args:
        unit: (block index, standardised content score per section) of the chapter's text directly below its heading.
        sec: the leaf section the chapter was mapped to.
        siblings: the other leaves under the same parent section.
        blocked: sections taken by headings or holding text outside the chapter.
        lead: margin of the sibling over the chapter's own section (``SegmentConfig.own_split_lead``).

    Returns:
        Block index → sibling section, for the blocks moved (empty: the chapter stays one unit).
    """
    firsts = {j: max(scores, key=lambda x: scores[x]) for j, scores in unit if scores}
    if sec not in firsts.values():
        return {}
    scores = dict(unit)
    moves = {j: s for j, s in firsts.items() if s != sec and s in siblings
             and scores[j][s] - scores[j].get(sec, min(scores[j].values())) >= lead}
    if len(set(moves.values())) != 1 or next(iter(moves.values())) in blocked:
        return {}
    return moves


def _second_run_blocks(unit: Sequence[tuple[int, Mapping[str, float]]], sec: str, siblings: Sequence[str],
                       blocked: AbstractSet[str], lead: float, min_blocks: int) -> dict[int, str]:
    """The second topic's run of a bare own chapter (title without a label) that merges two sibling sections.

    A bare own chapter is mapped as one unit (its title taken for one section, or
    the section most of its text was placed in), so a chapter that merges two
    sibling sections ("Garanții și condiții de viață pentru solicitanți": rights,
    2.3.2, then reception, 2.3.3) went whole to one of them. A merged chapter takes
    its topics one after the other, so its text is read for one change point: a run
    of paragraphs at its start or at its end that reads a free sibling leaf against
    the chapter's section (per paragraph, the sibling's standardised content score
    less the section's: its lead) clearly more than the rest of the chapter does.
    Each paragraph of the run ranks the sibling first among all sections and leads
    by at least ``lead``, and the run's mean lead exceeds the rest's by ``lead`` (a
    chapter whose text reads another section throughout is not split: that is a
    placement question, not a second topic). Of the runs that qualify, the one of
    the largest such contrast is taken. Unlike :func:`_second_topic_blocks` (own
    numbering schemes) the rest need not rank the chapter's section first: the
    Slovak "Práva žiadateľov a ich ubytovanie" rights paragraphs read 2.3 and
    reception nearly as well as rights, but far less than its two reception
    paragraphs do (lead 0.6–1.2 against 2.9–3.0).

    Args:
        unit: (block index, standardised content score per section) of the chapter's text, in document order.
        sec: the leaf section the chapter stands in.
        siblings: the other leaves under the same parent section.
        blocked: sections taken by headings or holding text outside the chapter (never a target).
        lead: margin required of each moved paragraph, and of the run's mean over the rest's
            (``SegmentConfig.own_split_lead``).
        min_blocks: fewest blocks of text in the chapter (``SegmentConfig.own_bare_split_min_blocks``; 0: never).

    Returns:
        Block index → sibling section, for the blocks moved (empty: the chapter stays one unit).
    """
    n = len(unit)
    if min_blocks <= 0 or n < max(min_blocks, 2):
        return {}
    best: tuple[float, list[int], str] | None = None
    for sib in siblings:
        if sib in blocked:
            continue
        leads, firsts = [], []
        for _, scores in unit:
            low = min(scores.values()) if scores else 0.0
            leads.append(scores.get(sib, low) - scores.get(sec, low))
            firsts.append(bool(scores) and max(scores, key=lambda x: scores[x]) == sib)
        for m in range(1, n):
            for run in (list(range(m)), list(range(n - m, n))):
                rest = [r for r in range(n) if r not in run]
                if not all(firsts[r] and leads[r] >= lead for r in run):
                    continue
                contrast = float(np.mean([leads[r] for r in run]) - np.mean([leads[r] for r in rest]))
                if contrast >= lead and (best is None or contrast > best[0]):
                    best = (contrast, run, sib)
    if best is None:
        return {}
    return {unit[r][0]: best[2] for r in best[1]}


@dataclass(frozen=True)
class _TwoRunSplit:
    """The best change point of a bare own chapter read as two topics (:func:`_best_two_run`)."""

    section: str  # the leaf the run's paragraphs go to
    run: tuple[int, ...]  # block indices of the run (the chapter's first or last paragraphs)
    contrast: float  # the run's mean lead less the rest's mean lead (standardised units)
    run_lead: float  # the run's mean lead: the target's score less the chapter's section's
    min_lead: float  # the smallest lead of a paragraph of the run


def _best_two_run(unit: Sequence[tuple[int, Mapping[str, float]]], sec: str, targets: Sequence[str],
                  min_blocks: int) -> _TwoRunSplit | None:
    """The run of paragraphs at the start or end of a bare own chapter that reads another leaf most, against the rest.

    :func:`_second_run_blocks` asks each moved paragraph to rank its sibling first
    by ``own_split_lead``; a merged chapter whose first topic the exemplar bank
    reads poorly never qualifies (the guarding paragraphs of a merged border
    chapter read 2.6 or 2.2.2 before 2.2.1: the bank has no 2.2.1 answer on
    guarding the border; a preparedness run reads 2.6 and 2.3 as much as 2.4).
    This reads the chapter for one change point only, by contrast: per paragraph
    the lead of a target leaf over the chapter's section, and the run whose mean
    lead exceeds the rest's most. The caller gives the free leaves under the
    section's parent, 2.4–2.6 included (they stand under 2 beside sections with
    sub-sections, so :func:`_second_run_blocks` never reads them); against every
    free leaf, border chapters' guarding runs read 2.4, 2.1.2 or 2.3.4 best. Both
    parts keep at least two paragraphs.

    Args:
        unit: (block index, standardised content score per section) of the chapter's text, in document order.
        sec: the leaf section the chapter stands in.
        targets: the leaves the run may go to (free: no heading, no text outside the chapter).
        min_blocks: fewest blocks of text in the chapter (``SegmentConfig.own_two_run_min_blocks``; 0: never).

    Returns:
        The split of the largest contrast, or None (fewer blocks, no target).
    """
    n = len(unit)
    if min_blocks <= 0 or n < max(min_blocks, 4):
        return None
    best: _TwoRunSplit | None = None
    for tgt in targets:
        if tgt == sec:
            continue
        leads = []
        for _, scores in unit:
            low = min(scores.values()) if scores else 0.0
            leads.append(scores.get(tgt, low) - scores.get(sec, low))
        for m in range(2, n - 1):
            for run in (tuple(range(m)), tuple(range(n - m, n))):
                rest = [r for r in range(n) if r not in run]
                run_lead = float(np.mean([leads[r] for r in run]))
                contrast = run_lead - float(np.mean([leads[r] for r in rest]))
                if best is None or contrast > best.contrast:
                    best = _TwoRunSplit(tgt, tuple(unit[r][0] for r in run), contrast, run_lead,
                                        float(min(leads[r] for r in run)))
    return best


def _split_two_runs(nodes: Sequence[_Node], bare_titles: Sequence[int], content_z: Mapping[int, Mapping[str, float]],
                    section_of: list[str | None], out: list[_Heading], family: Sequence[Sequence[int]],
                    order: Sequence[str], named: AbstractSet[str], cfg: SegmentConfig, blocks: Sequence[Block]) -> None:
    """Split the bare own chapters that read two topics in two runs (:func:`_best_two_run`), in place.

    A chapter still whole in one leaf section (after :func:`_second_run_blocks`) gives
    its first or last run of paragraphs to a free leaf when the run's contrast is at
    least ``cfg.own_two_run_contrast``, or at least ``cfg.own_two_run_titled_contrast``
    when the chapter's title (read as text) ranks the target among its first
    ``cfg.own_two_run_title_rank`` sections; a first run takes the heading along. The
    targets are the free leaves under the chapter's section's parent (2.2.1 for a
    chapter in 2.2.2; 2.4 and 2.5 for one in 2.6).
    """
    pos = {s: k for k, s in enumerate(order)}
    leaves = [s for s in order if len(family[pos[s]]) == 1]
    for k in bare_titles:
        unit_k = [j for j in nodes[k].unit if j in content_z]
        head_sec = section_of[nodes[k].index]
        if not unit_k or head_sec is None or head_sec not in pos or len(family[pos[head_sec]]) != 1:
            continue
        if any(section_of[j] != head_sec for j in unit_k):
            continue
        inside_chapter = {nodes[k].index, *nodes[k].unit}
        blocked = set(named) | {b for j, b in enumerate(section_of) if j not in inside_chapter and b is not None}
        parent = head_sec.rpartition(".")[0]
        targets = [s for s in leaves if s not in blocked and s != head_sec and s.rpartition(".")[0] == parent]
        found = _best_two_run([(j, content_z[j]) for j in unit_k], head_sec, targets, cfg.own_two_run_min_blocks)
        if found is None or found.contrast < cfg.own_two_run_titled_contrast:
            continue
        if found.contrast < cfg.own_two_run_contrast:
            # a weaker contrast is taken when the title names the second topic too: it ranks the target among its
            # first own_two_run_title_rank sections (read as text)
            title = content_z.get(nodes[k].index) or {}
            if found.section not in title or sum(v > title[found.section] for v in title.values()) >= cfg.own_two_run_title_rank:
                continue
        logger.debug("bare own chapter %r (%s): run %s on %s (contrast %.2f, run's lead %.2f)",
                     blocks[nodes[k].index].text[:40], head_sec, found.run, found.section, found.contrast, found.run_lead)
        for j in found.run:
            section_of[j] = found.section
        if unit_k[0] in found.run:
            section_of[nodes[k].index] = found.section
            for i, h in enumerate(out):
                if h.index == nodes[k].index:
                    out[i] = _Heading(h.index, (found.section,), h.text, h.rank, h.styled, h.method, h.confidence,
                                      own=h.own, rendered=h.rendered)


def _joint_value(evidence: np.ndarray, ks: Sequence[int], cols: Sequence[int], penalty: float, base: Sequence[int]) -> float:
    """Summed evidence of chapters ``ks`` (document order) in sections ``cols``, less ``penalty`` per new step back.

    A step back is a neighbouring pair of chapters in descending Annex order that
    stood in ascending order in ``base`` (the one-by-one sections): where the document
    does not follow the Annex, nothing is gained by making it.
    """
    value = float(sum(evidence[k, c] for k, c in zip(ks, cols)))
    steps = zip(cols, cols[1:], base, base[1:])
    return value - penalty * sum(1 for a, b, a0, b0 in steps if b < a and not b0 < a0)


def _lone_moves_in_order(evidence: np.ndarray, ks: Sequence[int], cols: Sequence[int], targets: Sequence[int],
                         margin: float, min_ordered: int) -> list[int]:
    """The sections of bare own chapters after the lone moves the document's Annex order supports.

    :func:`_reassign_jointly` keeps trades only: a chapter moving alone, to a section
    none of the chapters holds, gains summed evidence as often where it is wrong as
    where it is right (on the issue-14 documents: a Slovenian "Pošten postopek za
    vsakogar", the rights chapter placed in preparedness, 2.4, would go to 2.3.2 by
    1.76 standardised units and a Finnish one from reception, 2.3.3, to 2.3.2 by 0.70;
    but an English "Faster decisions on protection claims" would leave its right 2.3.1
    for 2.3.2 by 0.95 and a Greek preparedness chapter go to 2.6 by 0.72). What tells
    them apart is the document's own order: where the other chapters stand in the
    Annex's order, a chapter between two of them answers a section between theirs.
    A chapter moves alone only when (a) it has a chapter on either side, (b) the
    other chapters, at least ``min_ordered`` of them, stand in strictly ascending
    Annex order, (c) the target lies strictly between its two neighbours' sections,
    and (d) its evidence there leads its own section's by at least ``margin``. The
    Finnish and Slovenian rights chapters stand between the border-procedure (2.2.2)
    and the reception or coordination chapters; the English and Greek chapters
    stand first, or among chapters out of the Annex's order, and stay. On the issue-14
    tuning and held-out documents no wrong lone move meets (a)-(c) with a gain above
    0.05 (two three-chapter mixed documents); every right one gains 0.30 or more.
    Moves are made one at a time, the largest gain first, until none is left.

    Args:
        evidence: (n_nodes, n_sections) hub-corrected title-plus-text evidence (:func:`_hub_corrected`).
        ks: the chapters' nodes in document order.
        cols: their section columns now (columns follow the Annex's order).
        targets: columns a chapter may move to: leaf sections no heading or other text holds (those some chapter
            holds in ``cols`` are skipped).
        margin: lead over the chapter's own section required (``SegmentConfig.own_lone_margin``; > 0).
        min_ordered: fewest other chapters in ascending order (``SegmentConfig.own_lone_min_ordered``).

    Returns:
        The chapters' section columns after the moves (``cols`` unchanged when none is made).
    """
    cols = list(cols)
    while True:
        move: tuple[float, int, int] | None = None  # (gain, chapter position, target)
        for a in range(1, len(cols) - 1):
            others = cols[:a] + cols[a + 1:]
            if len(others) < min_ordered or any(x >= y for x, y in zip(others, others[1:])):
                continue
            for c in targets:
                if c in cols or not cols[a - 1] < c < cols[a + 1]:
                    continue
                gain = float(evidence[ks[a], c] - evidence[ks[a], cols[a]])
                if gain >= margin and gain > 0 and (move is None or gain > move[0]):
                    move = (gain, a, c)
        if move is None:
            return cols
        cols[move[1]] = move[2]


def _joins_neighbour(evidence: np.ndarray, content: np.ndarray, ks: Sequence[int], cols: Sequence[int], margin: float,
                     content_rank: int) -> list[int]:
    """The sections of bare own chapters after the joins of one section split over two neighbouring chapters.

    Two sibling chapters never take one section one by one ("once each"), so a
    section the document divides into two chapters of its own (integration as
    "Sprog og arbejde fra første dag" and "Bolig og skole") kept one chapter and
    sent the other to the next section free (Danish reception, 2.3.3; Polish
    resources, 2.6). A chapter joins its neighbour's section when (a) the
    neighbour stands directly before or after it among the bare chapters, (b) the
    neighbour's section is the leader of both chapters' hub-corrected evidence (the
    neighbour holds it by its own reading, and the chapter reads it best too),
    (c) the chapter's evidence there leads its own section's by at least ``margin``,
    and (d) the chapter's pooled text ranks that section within ``content_rank`` and
    above its own section (both halves of a split section speak of its topic: a
    Swedish "Snabba och rättssäkra beslut", procedure, whose title reads the
    neighbouring rights chapter's 2.3.2 by 0.27 over 2.3.1, has text ranking 2.3.2
    far below 2.3.1 and stays). Joins are made one at a time, the largest lead
    first; a chapter that joined is not joined by another.

    Args:
        evidence: (n_nodes, n_sections) hub-corrected title-plus-text evidence (:func:`_hub_corrected`).
        content: (n_nodes, n_sections) standardised content evidence of each chapter's pooled text.
        ks: the chapters' nodes in document order.
        cols: their section columns now.
        margin: lead required over the chapter's own section (``SegmentConfig.own_join_margin``; > 0).
        content_rank: worst rank of the section by the chapter's text (``SegmentConfig.own_hub_mutual_content_rank``).

    Returns:
        The chapters' section columns after the joins (``cols`` unchanged when none is made).
    """
    cols = list(cols)
    leader = [int(np.argmax(evidence[k])) for k in ks]
    joined: set[int] = set()
    while True:
        move: tuple[float, int, int] | None = None  # (lead, chapter position, target)
        for a in range(len(cols)):
            if a in joined or leader[a] == cols[a]:
                continue
            for b in (a - 1, a + 1):
                if not 0 <= b < len(cols) or b in joined or cols[b] != leader[a] or leader[b] != cols[b]:
                    continue
                text = content[ks[a]]
                if int((text > text[cols[b]]).sum()) + 1 > content_rank or text[cols[b]] <= text[cols[a]]:
                    continue
                gain = float(evidence[ks[a], cols[b]] - evidence[ks[a], cols[a]])
                if gain >= margin and gain > 0 and (move is None or gain > move[0]):
                    move = (gain, a, cols[b])
        if move is None:
            return cols
        logger.debug("join: chapter %d joins its neighbour's section (lead %.2f)", ks[move[1]], move[0])
        cols[move[1]] = move[2]
        joined.add(move[1])


def _text_clear_moves(content: np.ndarray, evidence: np.ndarray, ks: Sequence[int], cols: Sequence[int],
                      targets: Sequence[int], leaves: Sequence[int], lead: float) -> list[int]:
    """The sections of bare own chapters after the moves to a free leaf their text alone names clearly.

    The title-plus-text evidence the chapters are assigned by is a sum: a title that
    reads another topic can outweigh a text that reads one section far above every
    other (seg13, paraphr7 hu: "Fedél és ellátás az eljárás alatt", roof and care
    during the procedure, whose title reads the procedure, 2.3.1, and whose text
    ranks reception, 2.3.3, first at 2.90 against 1.20 for the next leaf; the
    hub-corrected sum sent it to integration, 2.3.4, 2.3.3 left to nobody). Here the
    text is read alone, corrected for the language's hubs as the sum is (each
    section's mean over the chapters ``ks`` taken off, :func:`_hub_corrected`: a
    section every chapter's text reads, the German reception hub, names none of
    them). A chapter moves when (a) its corrected text ranks one leaf first by at
    least ``lead`` over its second leaf, (b) its uncorrected text ranks that leaf
    first among the leaves too, (c) the leaf is a target (no heading or text outside
    the chapters holds it) and no chapter holds it now, (d) it is not the chapter's
    section already, and (e) the chapter has a bare chapter on either side (as for
    :func:`_lone_moves_in_order`, a first or last chapter stays: a Slovenian
    procedure chapter standing first, "Hitrejše odločanje o prošnjah za zaščito",
    has text leading with the border procedure, 2.2.2, by 0.91). Moves are made one
    at a time, the largest lead first; a chapter moves once. Measured on every such
    move of the issue-14 tuning and held-out documents with a probe lead of 0.3
    (``scripts/text_clear_moves.py``): right moves of a middle chapter lead by
    0.68-1.21 (hu/ro-paraphr7/9 reception and integration, it-paraphr10 rights),
    wrong ones by 0.38-0.53, so ``lead`` is 0.6.

    Args:
        content: (n_nodes, n_sections) standardised content evidence of each chapter's pooled text.
        evidence: (n_nodes, n_sections) hub-corrected title-plus-text evidence (:func:`_hub_corrected`; logged).
        ks: the chapters' nodes in document order (at least three: fewer estimate no hub).
        cols: their section columns now.
        targets: columns a chapter may move to (leaf sections no heading or other text holds).
        leaves: columns of the sections without sub-sections.
        lead: margin of the first leaf over the second (``SegmentConfig.own_text_clear_lead``; > 0).

    Returns:
        The chapters' section columns after the moves (``cols`` unchanged when none is made).
    """
    cols = list(cols)
    if len(ks) < 3 or not leaves:
        return cols
    raw = content[list(ks)][:, list(leaves)]
    corrected = raw - raw.mean(axis=0)
    if logger.isEnabledFor(logging.DEBUG):
        for a in range(len(ks)):
            top = np.argsort(-corrected[a])[:3]
            logger.debug("text clear? chapter %d in %d: %s", ks[a], cols[a],
                         ", ".join(f"{leaves[t]} {corrected[a, t]:.2f} (raw {raw[a, t]:.2f})" for t in top))
    moved: set[int] = set()
    while True:
        move: tuple[float, int, int] | None = None  # (lead, chapter position, target)
        for a in range(1, len(ks) - 1):  # a first or last chapter stays (sl-paraphr2: the procedure chapter first)
            if a in moved:
                continue
            order_a = np.argsort(-corrected[a])
            first, second = int(order_a[0]), int(order_a[1]) if len(order_a) > 1 else None
            c = leaves[first]
            gap = float(corrected[a, first] - corrected[a, second]) if second is not None else float("inf")
            if (gap < lead or int(np.argmax(raw[a])) != first or c == cols[a] or c in cols or c not in targets):
                continue
            if move is None or gap > move[0]:
                move = (gap, a, c)
        if move is None:
            return cols
        logger.debug("text clear: chapter %d takes column %d, the leaf its text names (lead %.2f, evidence %+.2f)",
                     ks[move[1]], move[2], move[0], float(evidence[ks[move[1]], move[2]] - evidence[ks[move[1]], cols[move[1]]]))
        cols[move[1]] = move[2]
        moved.add(move[1])


def _chapter_means(nodes: Sequence[_Node], blocks: Sequence[Block], per_block: Mapping[int, float]) -> np.ndarray:
    """(n_nodes,) word-weighted mean of ``per_block`` over the text directly below each own heading (its unit; NaN
    where none of it is read)."""
    out = np.full(len(nodes), np.nan)
    for k, node in enumerate(nodes):
        rows = [(per_block[j], max(1, count_words(blocks[j].text))) for j in node.unit if j in per_block]
        if rows:
            out[k] = sum(v * w for v, w in rows) / sum(w for _, w in rows)
    return out


def _context_moves(descriptive: np.ndarray, evidence: np.ndarray, ks: Sequence[int], cols: Sequence[int],
                   context: int | None, free_context: bool, least: float, rank: int,
                   content: np.ndarray, text_rank: int) -> list[int]:
    """The sections of bare own chapters after the move of the document's descriptive chapter to the context (1).

    The context section's answers describe the national situation (figures of the
    past years, trends, borders and routes); every other section's answers announce
    measures. The section evidence reads a context chapter poorly in some languages:
    its figures and borders draw the border procedure (2.2.2) or the external
    dimension (2.1.1), and the context is a hub of the language's chapter texts, so the
    hub correction lowers it for every chapter (paraphr11 hr "Polazište": text ranks
    the context first, hub-corrected third after 2.2.2 and 2.2; paraphr10 pt "O ponto
    de partida" and paraphr7 hu "Honnan indulunk": second, after 2.2.2 / 2.1.1). The
    other reading is how descriptive the chapter's text is
    (:func:`.descriptive.descriptive_contrast`, word-weighted over its paragraphs): a
    chapter moves to the context when (a) no heading, placed text or bare chapter
    holds the context, (b) the chapter is the document's most descriptive bare
    chapter, (c) its contrast is at least ``least`` (it describes more than it
    announces: an absolute reading, never the document's "best" alone; on the issue-14
    paraphrased-title documents every context chapter is above 0, the median other
    chapter at -0.017), and (d) its hub-corrected title-plus-text evidence ranks the
    context within ``rank`` (the section reading agrees, if not first). One move at
    most: the context is one section.

    Args:
        descriptive: (n_nodes,) word-weighted descriptive contrast of each chapter's text (NaN: not read).
        evidence: (n_nodes, n_sections) hub-corrected title-plus-text evidence (:func:`_hub_corrected`).
        ks: the bare chapters' nodes in document order.
        cols: their section columns now.
        context: the column of the context section (None: the template has none).
        free_context: whether no heading or text outside the bare chapters holds the context.
        least: smallest contrast of the chapter moved (``SegmentConfig.own_context_descriptive``).
        rank: worst rank of the context by the chapter's corrected evidence (``SegmentConfig.own_context_rank``).

    Returns:
        The chapters' section columns after the move (``cols`` unchanged when none is made).
    """
    cols = list(cols)
    if context is None or not free_context or context in cols or len(ks) < 2:
        return cols
    values = [float(descriptive[k]) for k in ks]
    if any(np.isnan(v) for v in values):
        return cols
    a = int(np.argmax(values))
    second = max((v for b, v in enumerate(values) if b != a), default=float("-inf"))
    row = evidence[ks[a]]
    r = int((row > row[context]).sum()) + 1
    t = int((content[ks[a]] > content[ks[a], context]).sum()) + 1
    logger.debug("context? chapter %d in %d: descriptive %.3f (next %.3f), corrected rank of the context %d, text rank %d",
                 ks[a], cols[a], values[a], second, r, t)
    if values[a] < least or r > rank or t > text_rank:
        return cols
    cols[a] = context
    return cols


def _hands_leaders_on(trial: Sequence[int], cur: Sequence[int], leader: Sequence[int],
                      reads_first: Sequence[AbstractSet[int]]) -> bool:
    """Whether every chapter that leaves its leading section in ``trial`` hands it to a chapter that reads it first.

    The joint assignment (:func:`_reassign_jointly`) sums the chapters' hub-corrected
    evidence, so a chapter placed one by one in a section it barely reads gains much by
    taking any neighbour's, and the neighbour is traded away from the section its own
    evidence names first: a Czech rights chapter "Záruky pro každého žadatele", narrowed to
    2.3.2 (hub-corrected 2.06, its first), was traded to 2.3.3 (1.91) with the integration
    chapter "Jazyk a práce", placed in 2.3.3 (0.23) and reading 2.3.2 at 1.60 but 2.3.4 at
    2.37 first, the section the next chapter holds (gain 1.23), and its pooled text reading
    2.3.4 first as well. A section a chapter reads first is given up only to a chapter whose
    hub-corrected evidence or whose pooled text alone reads it first (the Dutch chain of
    paraphr6: the integration chapter, in 2.3.3 by its first reading, hands it to the reception
    chapter "Waar asielzoekers wonen", whose hub-corrected evidence leads with the context, 1,
    1.42, but whose text reads 2.3.3 first at 2.73).

    Args:
        trial: the chapters' section columns tried (document order).
        cur: their one-by-one section columns.
        leader: per chapter, the column its hub-corrected evidence ranks first.
        reads_first: per chapter, the columns it reads first (its ``leader``, and the first of its pooled text).

    Returns:
        False when a chapter now in its leading section leaves it and the chapter taking it (if any) does not
        read it first.
    """
    for a, (c_old, c_new) in enumerate(zip(cur, trial)):
        if c_old != leader[a] or c_new == c_old:
            continue
        if not any(trial[b] == c_old and c_old in reads_first[b] for b in range(len(trial)) if b != a):
            return False
    return True


def _context_swap(descriptive: np.ndarray, evidence: np.ndarray, content: np.ndarray, ks: Sequence[int],
                  cols: Sequence[int], context: int | None, free_context: bool, least: float, rank: int,
                  text_rank: int, join_margin: float, join_content_rank: int) -> list[int]:
    """The sections of bare own chapters after the descriptive chapter takes the context from a chapter of measures.

    :func:`_context_moves` moves the document's most descriptive chapter to the context
    (1) only when no chapter holds it. A chapter of measures can hold it by its placed
    text (paraphr12 es: "Simulacros y reservas", exercises and a staff reserve, the
    second preparedness chapter, whose text reads 1 at 1.62 and 2.4 at 1.36), and the
    context chapter, whose title pulls elsewhere ("De dónde partimos": hub-corrected
    2.1.1 2.70, 1 1.93; text 1 2.11, 2.1.1 1.48), then keeps the section its title
    names. Here the two trade when (a) no heading or text outside the bare chapters
    holds the context, (b) the context is held by a bare chapter whose text does not
    read descriptive (contrast below ``least``: it announces measures), (c) the
    document's most descriptive bare chapter is another, with contrast at least
    ``least``, (d) that chapter's hub-corrected evidence ranks the context within
    ``rank`` and its pooled text ranks it within ``text_rank`` (the conditions of
    :func:`_context_moves`). The displaced chapter takes the section the descriptive
    one leaves, then joins its neighbour's section where :func:`_joins_neighbour`'s
    conditions hold for it (the preparedness chapter split in two: "El plan para
    las crisis" holds 2.4). No per-language rule, no cosine threshold: the
    descriptive contrast's sign and ranks only.

    Args:
        descriptive: (n_nodes,) word-weighted descriptive contrast of each chapter's text (NaN: not read).
        evidence: (n_nodes, n_sections) hub-corrected title-plus-text evidence (:func:`_hub_corrected`).
        content: (n_nodes, n_sections) standardised content evidence of each chapter's pooled text.
        ks: the bare chapters' nodes in document order.
        cols: their section columns now.
        context: the column of the context section (None: the template has none).
        free_context: whether no heading or text outside the bare chapters holds the context.
        least, rank, text_rank: as :func:`_context_moves` (``SegmentConfig.own_context_*``).
        join_margin, join_content_rank: as :func:`_joins_neighbour` (``SegmentConfig.own_join_margin``,
            ``own_hub_mutual_content_rank``).

    Returns:
        The chapters' section columns after the trade (``cols`` unchanged when none is made).
    """
    cols = list(cols)
    if context is None or not free_context or context not in cols or len(ks) < 3:
        return cols
    values = [float(descriptive[k]) for k in ks]
    if any(np.isnan(v) for v in values):
        return cols
    a = int(np.argmax(values))
    b = cols.index(context)
    if a == b or values[a] < least or values[b] >= least:
        return cols
    row = evidence[ks[a]]
    r = int((row > row[context]).sum()) + 1
    t = int((content[ks[a]] > content[ks[a], context]).sum()) + 1
    logger.debug("context swap? chapter %d in %d: descriptive %.3f, holder %d %.3f, corrected rank %d, text rank %d",
                 ks[a], cols[a], values[a], ks[b], values[b], r, t)
    if r > rank or t > text_rank:
        return cols
    cols[a], cols[b] = context, cols[a]
    if join_margin >= 0:
        joined = _joins_neighbour(evidence, content, ks, cols, join_margin, join_content_rank)
        cols[b] = joined[b]
    return cols


def _reassign_jointly(nodes: Sequence[_Node], taken: dict[int, str], hub_total: np.ndarray,
                      out: list[_Heading], section_of: list[str | None], family: Sequence[Sequence[int]],
                      order: Sequence[str], headed: AbstractSet[str], cfg: SegmentConfig, settled: set[int],
                      blocks: Sequence[Block], content: np.ndarray | None = None,
                      descriptive: np.ndarray | None = None) -> None:
    """Re-read the sections of the bare own chapters taken one by one as one assignment (in place).

    :func:`_map_own_headings` settles the document's bare own chapters (unlabelled,
    unnumbered titles over text) one at a time: a chapter's text is placed block by
    block, its title takes the placed section or one the hub-corrected evidence names,
    and nothing afterwards asks whether two chapters should trade. Chapters that
    stand side by side on neighbouring topics are then read alike (paraphr7 fr: the
    rights chapter takes 2.3.3, which its evidence reads at 2.07 against 2.09 for
    2.3.2, and the reception chapter, whose evidence reads 2.3.3 at 2.47, is left
    2.3.4). Here the chapters are assigned together: starting from the one-by-one
    sections, single moves (a chapter to a section no other heading or placed text
    holds, sections without sub-sections only) and swaps are made while they raise
    the summed evidence less ``cfg.own_order_penalty`` per step back in the Annex
    order between neighbouring chapters that the one-by-one sections did not step back
    (local search, at most n² moves per round). With ``cfg.own_joint_chains`` a step
    may also be a chain: a chapter moves to a free section that is its own runner-up
    leaf by its evidence, and another chapter takes the section it leaves (seg12,
    paraphr6 nl: the integration chapter "Een bestaan opbouwen" holds 2.3.3, 2.21
    against 2.3.4 1.96, and the reception chapter sits in coordination, 2.5; neither
    a swap nor a single move gains, the chain gains 0.87). Only trades are kept: a chapter
    that would move alone (to a section none of them held, its own left to none) is
    the hub rules' question and stays. The new assignment is taken when it gains at
    least ``cfg.own_joint_margin`` standardised units over the one-by-one sections,
    else nothing moves (paraphr7 fr: the rights chapter to 2.3.2, +0.02, the
    reception chapter to the 2.3.3 it leaves, +0.72). Then single chapters move
    alone where the document's own order of chapters supports it
    (:func:`_lone_moves_in_order`), a chapter joins its neighbour's section
    (:func:`_joins_neighbour`), and a chapter whose text alone names a free leaf
    clearly takes it (:func:`_text_clear_moves`).

    Args:
        nodes: the own outline's nodes.
        taken: node → its section now (the bare own chapters: the ones taken by
            title, and the ones left with their text's placement, whose majority
            section is given); rewritten sections only, not this mapping.
        hub_total: (n_nodes, n_sections) hub-corrected title-plus-text evidence
            (standardised units, :func:`_hub_corrected`).
        out: own headings taken so far; a moved chapter's heading is rewritten, or
            added when its title was not taken.
        section_of: per block; a moved chapter's heading and unit are rewritten.
        family: per section column, the columns of its subtree.
        order: the template's section ids in Annex order.
        headed: sections with Annex headings (never a target).
        cfg: stage settings.
        settled: blocks settled under own headings; a moved chapter's are added.
        blocks: the document's blocks.
        content: (n_nodes, n_sections) standardised content evidence of each chapter's pooled text; without it no
            chapter joins its neighbour's section (:func:`_joins_neighbour`).
        descriptive: (n_nodes,) word-weighted descriptive contrast of each chapter's text; without it no chapter
            moves to the context (:func:`_context_moves`).
    """
    pos = {s: c for c, s in enumerate(order)}
    ks = sorted(taken)
    mine = {j for k in ks for j in (nodes[k].index, *nodes[k].unit)}
    blocked = set(headed) | {h.section_ids[0] for h in out if h.index not in mine}
    blocked |= {sec for j, sec in enumerate(section_of) if j not in mine and sec is not None}
    cur = [pos[taken[k]] for k in ks]
    free = [c for c, s in enumerate(order) if len(family[c]) == 1 and s not in blocked and c not in cur]
    evidence = hub_total
    logger.debug("joint: chapters %s in %s, free %s", [nodes[k].index for k in ks], [order[c] for c in cur], [order[c] for c in free])
    best = list(cur)
    best_v = _joint_value(evidence, ks, best, cfg.own_order_penalty, cur)
    start_v = best_v
    leader = [int(np.argmax(evidence[k])) for k in ks]
    # a chapter may take another's leading section when its evidence or its pooled text alone reads that section first
    reads_first = [{leader[a]} | ({int(np.argmax(content[k]))} if content is not None else set()) for a, k in enumerate(ks)]

    def value(trial: list[int]) -> float:
        """The trial's joint value; -inf when it takes a chapter's leading section to a chapter not leading with it."""
        if cfg.own_joint_keep_leader and not _hands_leaders_on(trial, cur, leader, reads_first):
            return float("-inf")
        return _joint_value(evidence, ks, trial, cfg.own_order_penalty, cur)

    def runner_up(a: int, c_now: int) -> int:
        """Chapter a's best leaf section other than ``c_now`` by its evidence."""
        leaves = [c for c in range(len(order)) if len(family[c]) == 1 and c != c_now]
        return max(leaves, key=lambda c: float(evidence[ks[a], c]))

    improved = True
    while improved:
        improved = False
        cand_v, cand = best_v, best
        for a in range(len(ks)):
            for b in range(a + 1, len(ks)):
                trial = list(best)
                trial[a], trial[b] = trial[b], trial[a]
                v = value(trial)
                if v > cand_v + 1e-9:
                    cand_v, cand = v, trial
            for c in (*free, *cur):
                if c in best:
                    continue
                trial = list(best)
                trial[a] = c
                v = value(trial)
                if v > cand_v + 1e-9:
                    cand_v, cand = v, trial
                if not cfg.own_joint_chains or c != runner_up(a, best[a]):
                    continue
                # a chain: chapter a moves to the free section, its own runner-up, and another chapter takes the one
                # it leaves
                for b in range(len(ks)):
                    if b == a:
                        continue
                    chain = list(trial)
                    chain[b] = best[a]
                    v = value(chain)
                    if v > cand_v + 1e-9:
                        cand_v, cand = v, chain
        if cand is not best:
            best_v, best = cand_v, cand
            improved = True
    # chapters trade sections: a chapter that moves alone, to a section none of them held and leaving its own to
    # none, is the hub rules' question (:func:`_hub_rejects_placement`, :func:`_hub_mutual_choice`), not this one's
    for a in range(len(ks)):
        if best[a] != cur[a] and best[a] not in cur and cur[a] not in best:
            best[a] = cur[a]
    best_v = _joint_value(evidence, ks, best, cfg.own_order_penalty, cur)
    logger.debug("joint: best %s gain %.2f", [order[c] for c in best], best_v - start_v)
    traded = best if best != cur and best_v - start_v >= cfg.own_joint_margin else cur
    # then single chapters, where the document's own order of chapters names a free section between its neighbours'
    targets = [c for c in (*free, *cur) if len(family[c]) == 1 and order[c] not in blocked]
    lone = (_lone_moves_in_order(evidence, ks, traded, targets, cfg.own_lone_margin, cfg.own_lone_min_ordered)
            if cfg.own_lone_margin >= 0 else traded)
    # then a section the document splits over two neighbouring chapters: the chapter left out joins its neighbour's
    joined = (_joins_neighbour(evidence, content, ks, lone, cfg.own_join_margin, cfg.own_hub_mutual_content_rank)
              if cfg.own_join_margin >= 0 and content is not None else lone)
    # then a chapter whose text alone names a free leaf clearly, against a title that reads another topic
    leaves = [c for c in range(len(order)) if len(family[c]) == 1]
    final = (_text_clear_moves(content, evidence, ks, joined, targets, leaves, cfg.own_text_clear_lead)
             if cfg.own_text_clear_lead >= 0 and content is not None else joined)
    # then the document's most descriptive chapter, when the context is free and its evidence ranks the context high
    c1 = pos.get("1")
    described = (_context_moves(descriptive, evidence, ks, final, c1, c1 is not None and order[c1] not in blocked,
                                cfg.own_context_descriptive, cfg.own_context_rank, content, cfg.own_context_text_rank)
                 if descriptive is not None and content is not None and cfg.own_context_rank > 0 else final)
    if descriptive is not None and content is not None and cfg.own_context_rank > 0 and cfg.own_context_swap:
        described = _context_swap(descriptive, evidence, content, ks, described, c1,
                                  c1 is not None and order[c1] not in blocked, cfg.own_context_descriptive,
                                  cfg.own_context_rank, cfg.own_context_text_rank, cfg.own_join_margin,
                                  cfg.own_hub_mutual_content_rank)
    final_clear, final = final, described
    if final == cur:
        return
    for k, c_old, c_traded, c_lone, c_joined, c_clear, c_new in zip(ks, cur, traded, lone, joined, final_clear, final):
        if c_old == c_new:
            continue
        sec = order[c_new]
        why = ("the most descriptive chapter takes the context (or trades with its holder)" if c_new != c_clear
               else f"joint assignment, gain {best_v - start_v:.2f}" if c_new == c_traded
               else "lone move in the Annex's order" if c_new == c_lone
               else "joins its neighbour's section" if c_new == c_joined else "its text names the leaf clearly")
        logger.debug("own title %r: %s -> %s (%s)", nodes[k].index, order[c_old], sec, why)
        for j in (nodes[k].index, *nodes[k].unit):
            section_of[j] = sec
        heads = [i for i, h in enumerate(out) if h.index == nodes[k].index]
        for i in heads:
            h = out[i]
            out[i] = _Heading(h.index, (sec,), h.text, h.rank, h.styled, h.method, h.confidence, own=h.own, rendered=h.rendered)
        if not heads:
            out.append(_Heading(nodes[k].index, (sec,), blocks[nodes[k].index].text, 1, False, "title", 0.5, own=True))
            settled.update((nodes[k].index, *nodes[k].unit))


def _is_introduction(text: str) -> bool:
    """Whether a heading's title, its own label ("1.", "I.", "Kapitel 1") taken off, is an introduction's
    (:data:`analyser.lexicon.INTRODUCTION_TITLES`)."""
    relabel = match_relabelled_heading(text)
    title = relabel[1] if relabel is not None else re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+", "", text)
    return title.strip().rstrip(" .:").casefold() in INTRODUCTION_TITLES


def _map_own_headings(
    blocks: Sequence[Block],
    title_candidates: Mapping[int, tuple[np.ndarray, bool]],
    free: AbstractSet[int],
    content_z: Mapping[int, Mapping[str, float]],
    section_of: list[str | None],
    confidence: list[float],
    order: Sequence[str],
    cfg: SegmentConfig,
    headed: AbstractSet[str] = frozenset(),
    within: Mapping[int, str] | None = None,
    anchors: Mapping[int, str] | None = None,
    rendered: Mapping[int, str] | None = None,
    descriptive: Mapping[int, float] | None = None,
) -> tuple[list[_Heading], set[int]]:
    """Map the own headings standing in parts placed by content to Annex sections.

    Args:
        blocks: the document's blocks.
        title_candidates: block index → (cosine of its title to each section's
            Annex heading, in ``order``; carries a numbering label).
        free: blocks placed by content.
        content_z: per free block, the standardised content score of each
            candidate section (:func:`.placement._align_by_content`).
        section_of, confidence: per block; the units of accepted headings are
            rewritten in place.
        order: the template's section ids in Annex order.
        cfg: stage settings.
        headed: sections that already have an Annex heading (not mapped again).
        within: blocks of own sub-chapters standing under an Annex heading →
            that heading's section; their headings are mapped among its sub-sections.
        anchors: blocks that reproduce an Annex question → its section
            (:func:`.template_text._reproduced_questions`); a heading with such a
            block directly below it gets ``cfg.question_anchor_weight`` added to
            that section's content score.
        rendered: headings without a label whose title renders one Annex title
            → its section (:func:`.template_text._rendered_sections`): the
            title names its chapter's section, whatever the chapter's text was
            placed in by content.
        descriptive: per free block, how descriptive it reads
            (:func:`.descriptive.descriptive_contrast`); the bare chapter that reads most
            descriptive may take a free context section (:func:`_context_moves`).

    Returns:
        The own headings taken as Annex headings (method ``"title"``, own), in
        document order, and the blocks now settled under them (headings of
        sub-divisions and units included).
    """
    cands = sorted(i for i in title_candidates if i in free)
    settled: set[int] = set()
    if not cands:
        return [], settled
    labelled = {i: title_candidates[i][1] for i in cands}
    nodes = _outline(blocks, cands, labelled, free, order)
    # the outline is read where the document numbers in a scheme of its own (roman numerals,
    # letters, chapter words); plain numbers ("2 Border security", "7.1.") collide with the
    # Annex's and unlabelled headings are weak cues: those name their chapter by its placed text
    scheme = [_in_scheme(blocks[node.index].text) for node in nodes]
    if not any(scheme) and _own_decimals(blocks, [node.index for node in nodes if node.labelled], order):
        # a decimal numbering of the document's own ("1. Sissejuhatus", "2.1 Menetlus", "3. Tagasisaatmine") and no
        # other: its chapters are an outline too (under roman chapters, "8.2." numbers sub-chapters: as before)
        scheme = [sc or _decimal(blocks[node.index].text, node.labelled, order) for sc, node in zip(scheme, nodes)]
    pos = {s: k for k, s in enumerate(order)}
    n_sec = len(order)

    def inside(a: str, b: str) -> bool:  # b lies in a's subtree (or is a)
        return b == a or b.startswith(a + ".")

    family = [[pos[t] for t in order if inside(s, t)] for s in order]
    zt = np.vstack([_standardise(np.asarray(title_candidates[node.index][0], dtype=np.float64)) for node in nodes])
    # the title read as text (against every section's wording and the annotated answers, as the
    # placement reads it) adds to its cosines to the Annex headings: paraphrased titles name topics
    for k, node in enumerate(nodes):
        own_row = content_z.get(node.index)
        if own_row:
            row = np.full(n_sec, np.nan)
            for s, v in own_row.items():
                if s in pos:
                    row[pos[s]] = v
            if (~np.isnan(row)).sum() > 1:
                row = np.where(np.isnan(row), np.nanmin(row), row)
                zt[k] = (zt[k] + _standardise(row)) / 2
    zc = np.zeros((len(nodes), n_sec))  # the content of a heading's whole chapter (sub-chapters included)
    zu = np.zeros((len(nodes), n_sec))  # the content of the text directly below it (its unit)
    for k, node in enumerate(nodes):
        rows = [(j, content_z[j]) for j in node.span if j in content_z]
        if not rows:
            continue
        w = np.array([max(1, count_words(blocks[j].text)) for j, _ in rows], dtype=np.float64)
        per_block = np.full((len(rows), n_sec), np.nan)
        for r, (_, scores) in enumerate(rows):
            for s, v in scores.items():
                if s in pos:
                    per_block[r, pos[s]] = v
        # text directly below the heading speaks for the section itself; the text of its
        # sub-chapters for the section or any of its sub-sections
        fam = per_block.copy()
        below = np.array([j not in node.unit for j, _ in rows])
        if below.any():
            for c in range(n_sec):
                sub = per_block[below][:, family[c]]
                ok = ~np.all(np.isnan(sub), axis=1)
                col = fam[below, c]
                col[ok] = np.nanmax(sub[ok], axis=1)
                fam[below, c] = col
        zc[k] = _weighted_z(fam, w)
        if not below.all():
            zu[k] = _weighted_z(per_block[~below], w[~below])

    for k, node in enumerate(nodes):
        for j in node.unit:
            sec_j = (anchors or {}).get(j)
            if sec_j is not None and sec_j in pos:
                zc[k, pos[sec_j]] += cfg.question_anchor_weight
                zu[k, pos[sec_j]] += cfg.question_anchor_weight
    # the document's first own chapter titled as an introduction ("1. Bevezetés", "1. Indledning": the legal basis,
    # the lead ministry) introduces the strategy: the Annex's context, whatever sections its few words read
    # (fresh5 #8: the Hungarian one's text read 2.4 and went to 2.1.2)
    if "1" in pos and "1" not in headed:
        first_top = next((k for k, node in enumerate(nodes) if node.parent is None), None)
        if first_top is not None and _is_introduction(blocks[nodes[first_top].index].text):
            c1 = pos["1"]
            zt[first_top, c1] = zt[first_top].max() + 1.0
            zc[first_top, c1] = zc[first_top].max() + 1.0
            zu[first_top, c1] = zu[first_top].max() + 1.0
    if logger.isEnabledFor(logging.DEBUG):
        for k, node in enumerate(nodes):
            best = np.argsort(-(zt[k] + zc[k]))[:4]
            logger.debug("own heading %r level %d: %s", blocks[node.index].text[:40], node.level,
                         ", ".join(f"{order[c]} t={zt[k, c]:.2f} c={zc[k, c]:.2f}" for c in best))
    # hubs of the encoder in the document's language, estimated over its unlabelled own chapter titles
    bare_titles = [k for k, node in enumerate(nodes)
                   if not scheme[k] and node.span and _unnumbered(blocks[node.index].text, node.labelled)
                   and (rendered or {}).get(node.index) is None]
    hub_total = _hub_corrected(zt, zc, bare_titles, cfg.own_hub_min_chapters)
    if hub_total is not None and logger.isEnabledFor(logging.DEBUG):
        for k in bare_titles:
            best = np.argsort(-hub_total[k])[:5]
            logger.debug("hub-corrected %r: %s", blocks[nodes[k].index].text[:40],
                         ", ".join(f"{order[c]} {hub_total[k, c]:.2f} (c {zc[k, c]:.2f})" for c in best))
    allowed_top = [s for s in order if s not in headed]
    choice: dict[int, str | None] = {}  # node → section (None: not mapped)
    sub_of: dict[int, str] = {}  # node → its parent's section, as the document's own sub-division

    def frame(state: str | None, parent_sec: str | None) -> tuple[list[str], str | None]:
        """The sections a node's children may take, and their parent's section, given the node's state."""
        if state is None:  # the node is its parent's own sub-division: so are its children
            return [], parent_sec
        return [t for t in order if t != state and t not in headed], state

    kids_of = {k: [m for m, node in enumerate(nodes) if node.parent == k and scheme[m]] for k in range(len(nodes))}
    solved: dict[tuple[int, str | None, str | None], float] = {}

    def children_value(k: int, state: str | None, parent_sec: str | None) -> float:
        """Score of the best mapping of node k's sub-chapters when k takes ``state``."""
        key = (k, state, parent_sec)
        if key not in solved:
            solved[key] = solve(kids_of[k], *frame(state, parent_sec))[0] if kids_of[k] else 0.0
        return solved[key]

    def solve(group: list[int], allowed: list[str], parent_sec: str | None) -> tuple[float, list[str | None]]:
        """Best states of sibling nodes ``group`` (Viterbi in document order) with their sub-chapters' best mappings.

        A chapter is judged with its sub-chapters: a chapter whose title and text lean to one
        sub-section (2.3.3) but whose sub-chapters answer two (2.3.3, 2.3.4) is their parent (2.3).
        """
        states: list[str | None] = [*allowed, *([None] if parent_sec is not None else [])]
        if not group or not states:
            return 0.0, []
        emis = np.zeros((len(group), len(states)))
        for g, k in enumerate(group):
            for c, s in enumerate(states):
                if s is None:
                    assert parent_sec is not None
                    emis[g, c] = zc[k, pos[parent_sec]] - (cfg.own_subdivision_penalty if allowed else 0.0)
                else:
                    # a chapter with sub-chapters: its own text here, theirs in their own mappings (children_value)
                    emis[g, c] = zt[k, pos[s]] + (zu[k, pos[s]] if kids_of[k] else zc[k, pos[s]])
                    if parent_sec is not None and not inside(parent_sec, s):
                        emis[g, c] -= cfg.own_order_penalty  # an own sub-chapter may serve another section, when its content says so
                emis[g, c] += children_value(k, s, parent_sec)
        trans = np.zeros((len(states), len(states)))
        for a, sa in enumerate(states):
            for b, sb in enumerate(states):
                if sa is not None and sb is not None and sa == sb:
                    # two sibling chapters never answer one section: a section the document divides
                    # in chapters of its own is their parent's (state None), not one sibling's
                    trans[a, b] = -_NEVER
                elif sa is not None and sb is not None and not (pos[sb] > pos[sa] and not inside(sa, sb)):
                    trans[a, b] = -cfg.own_order_penalty
        score = emis[0].copy()
        back = np.zeros((len(group), len(states)), dtype=np.int64)
        for g in range(1, len(group)):
            cand = score[:, None] + trans
            back[g] = cand.argmax(axis=0)
            score = cand.max(axis=0) + emis[g]
        path = [int(score.argmax())]
        for g in range(len(group) - 1, 0, -1):
            path.append(int(back[g, path[-1]]))
        path.reverse()
        return float(score.max()), [states[c] for c in path]

    def assign(group: list[int], allowed: list[str], parent_sec: str | None) -> None:
        group = [k for k in group if scheme[k]]
        _, states = solve(group, allowed, parent_sec)
        for k, s in zip(group, states):
            if s is None:
                assert parent_sec is not None
                sub_of[k] = parent_sec
            else:
                choice[k] = s
            assign(kids_of[k], *frame(s, parent_sec))

    within = within or {}
    tops = [k for k, node in enumerate(nodes) if node.parent is None]
    assign([k for k in tops if nodes[k].index not in within], allowed_top, None)
    for sid in dict.fromkeys(within[nodes[k].index] for k in tops if nodes[k].index in within):
        group = [k for k in tops if within.get(nodes[k].index) == sid]
        assign(group, [t for t in order if t != sid and t not in headed], sid)

    out: list[_Heading] = []
    taken: set[int] = set()
    used: set[str] = set(headed)  # sections named by a plain-numbered or unlabelled heading: once each

    def occupied(k: int) -> set[int]:
        """Columns of the sections taken by headings, or holding most of another own chapter's text (not node k's)."""
        cols = {pos[u] for u in used if u in pos}
        for m, other in enumerate(nodes):
            words: dict[str, int] = {}
            for j in other.unit:
                placed = section_of[j]
                if m != k and placed is not None and placed in pos:
                    words[placed] = words.get(placed, 0) + count_words(blocks[j].text)
            if words:
                cols.add(pos[max(words, key=lambda x: words[x])])
        return cols

    def take_title(k: int, sec: str, t_rank: int, conf: float, rendered_title: bool = False) -> None:
        """Take ``sec`` for the chapter of node k's own title: its heading and the text directly below it go there
        (``rendered_title``: the title renders the section's Annex title)."""
        node = nodes[k]
        used.add(sec)
        taken.add(k)
        settled.update((node.index, *node.unit))
        for j in (node.index, *node.unit):
            section_of[j] = sec
        confidence[node.index] = conf
        out.append(_Heading(node.index, (sec,), blocks[node.index].text, t_rank, False, "title", min(1.0, max(0.0, conf)), own=True,
                            rendered=rendered_title))
        if not scheme[k] and not rendered_title and k in bare_titles:
            bare_taken[k] = sec

    bare_taken: dict[int, str] = {}  # node → section, for the bare own titles taken chapter by chapter below

    for k, node in enumerate(nodes):
        sec = choice.get(k) if scheme[k] else None
        # the section most of its chapter's words were placed in by content (before this mapping)
        votes: dict[str, int] = {}
        for j in node.unit:
            placed = section_of[j]
            if placed is not None:
                votes[placed] = votes.get(placed, 0) + count_words(blocks[j].text)
        voted = max(votes, key=lambda x: votes[x]) if votes else None
        if not scheme[k]:
            raw = np.asarray(title_candidates[node.index][0])
            named = (rendered or {}).get(node.index) if not node.labelled else None
            if named is not None and voted is not None and voted.startswith(named + "."):
                named = voted  # the title names the family ("2.2" for a 2.2.2 title), the placed text the section in it
            rendered_title = named is not None and named not in used and bool(node.unit)
            if rendered_title:
                # the title renders an Annex title: it names the section, the text below follows it
                assert named is not None
                t_rank = int((raw > raw[pos[named]]).sum()) + 1
                sec = named
                share = votes.get(sec, 0) / sum(votes.values()) if votes else 0.0
                conf = float(np.mean([confidence[j] for j in node.unit])) * max(share, 0.5)
            else:
                if voted is None or voted in used or votes[voted] < cfg.own_title_min_share * sum(votes.values()):
                    continue
                hub = (_hub_rejects_placement(hub_total[k], pos[voted], occupied(k), cfg.own_hub_margin)
                       if hub_total is not None and k in bare_titles else None)
                sub_leaves = [c for c in family[pos[voted]][1:] if len(family[c]) == 1]
                # text placed in a parent section whose sub-sections are leaves, and that title and text together
                # narrow to one of them, is narrowed below (the sub-section before any other section)
                narrowable = (len(family[pos[voted]]) > 1 and not node.labelled and bool(node.span)
                              and len(sub_leaves) == len(family[pos[voted]]) - 1
                              and _narrowed_to_subsection(zt[k] + zc[k], pos[voted], sub_leaves) is not None)
                if hub is not None and len(family[hub]) > 1:
                    hub = None  # a section with sub-sections holds their introduction, never a chapter moved there
                if hub is None and hub_total is not None and k in bare_titles and not narrowable:
                    hub = _hub_mutual_choice(hub_total, k, bare_titles, zc[k], pos[voted], occupied(k),
                                             cfg.own_hub_mutual_margin, cfg.own_hub_mutual_content_rank,
                                             lambda c: len(family[c]) > 1)
                if hub is not None and hub_total is not None:
                    # once the language's hub sections are corrected, title and text together lead the placed section
                    # by a wide margin: the chapter is the one they name
                    t_rank = int((raw > raw[hub]).sum()) + 1
                    lead = float(hub_total[k, hub] - hub_total[k, pos[voted]])
                    logger.debug("own title %r: %s (placed) -> %s (hub-corrected title and text, lead %.2f)",
                                 blocks[node.index].text[:40], voted, order[hub], lead)
                    take_title(k, order[hub], t_rank, float(1.0 / (1.0 + np.exp(-lead))) / t_rank)
                    continue
                t_rank = int((raw > raw[pos[voted]]).sum()) + 1
                if t_rank > (cfg.own_title_rank_labelled - 1 if node.labelled else cfg.own_title_rank_plain):
                    leaves = [c for c in family[pos[voted]][1:] if len(family[c]) == 1]
                    narrower = None
                    if not node.labelled and node.span and leaves and len(leaves) == len(family[pos[voted]]) - 1:
                        narrower = _narrowed_to_subsection(zt[k] + zc[k], pos[voted], leaves)
                    if narrower is not None and hub_total is not None and k in bare_titles and cfg.own_narrow_hub:
                        narrower = _narrowed_by_hub(hub_total[k], leaves, occupied(k) | {pos[u] for u in used if u in pos},
                                                    narrower)
                    if narrower is not None and order[narrower] in used:
                        continue
                    if narrower is None:
                        rejected = (_text_rejects_placement(zt[k], zc[k], pos[voted], cfg.own_content_rank, occupied(k),
                                                            name_rank=cfg.own_content_rank - 1)
                                    if node.span and _unnumbered(blocks[node.index].text, node.labelled) else None)
                        if rejected is None:
                            continue
                        # the title does not name the section its text was placed in, and the pooled text rejects it:
                        # the section title and text name together, that the text also ranks high, is the chapter's
                        sec = order[rejected]
                        t_rank = int((raw > raw[rejected]).sum()) + 1
                        total = zt[k] + zc[k]
                        rest = [total[c] for c in range(n_sec) if c != rejected and order[c] not in used]
                        conf = float(1.0 / (1.0 + np.exp(-(total[rejected] - max(rest, default=0.0))))) / t_rank
                        logger.debug("own title %r: %s (placed) -> %s (title and text; the text rejects the placement)",
                                     blocks[node.index].text[:40], voted, sec)
                        take_title(k, sec, t_rank, conf)
                        continue
                    # text placed in a section that holds only the introduction to its sub-sections, under a
                    # title that does not name it: title and text together name the sub-section it answers
                    sec = order[narrower]
                    t_rank = int((raw > raw[narrower]).sum()) + 1
                    total = zt[k] + zc[k]
                    conf = float(1.0 / (1.0 + np.exp(-(total[narrower] - total[pos[voted]])))) / t_rank
                    logger.debug("own title %r: %s (placed) -> %s (its sub-section)", blocks[node.index].text[:40], voted, sec)
                    take_title(k, sec, t_rank, conf)
                    continue
                sec = voted
                conf = float(np.mean([confidence[j] for j in node.unit])) * votes[sec] / sum(votes.values()) / t_rank
                # (numbered own chapters, "3.1 Käsittelyajat ja henkilöstö", keep the text's first of all sections:
                # the development corpus's free-form xl moved, and its neighbours' leave-one-out figures with it)
                bare = _unnumbered(blocks[node.index].text, node.labelled)
                other = (_text_rejects_placement(zt[k], zc[k], pos[voted], cfg.own_content_rank,
                                                 occupied(k) if bare else frozenset(), text_first=True)
                         if node.span else None)
                if other is not None and order[other] not in used:
                    # the pooled text under the title rejects the section its blocks were placed in, and
                    # names another one that is first with the title: the title is a paraphrase of that one's
                    sec = order[other]
                    t_rank = int((raw > raw[other]).sum()) + 1
                    total = zt[k] + zc[k]
                    margin = float(total[other] - np.sort(total)[-2])
                    conf = float(1.0 / (1.0 + np.exp(-margin))) / t_rank
                    logger.debug("own title %r: %s (placed) -> %s (pooled text with the title)", blocks[node.index].text[:40], voted, sec)
            take_title(k, sec, t_rank, conf, rendered_title=rendered_title)
            continue
        if sec is not None:
            c = pos[sec]
            t_rank = int((zt[k] > zt[k, c]).sum()) + 1
            not_above = [m for m in range(n_sec) if not inside(order[m], sec)]
            c_rank = int((zc[k, not_above] > zc[k, c]).sum()) + 1 if node.span else n_sec
            limit = cfg.own_title_rank_labelled if node.labelled else cfg.own_title_rank_plain
            parent_sec = choice.get(node.parent) if node.parent is not None and node.parent in taken else within.get(node.index)
            if parent_sec is not None and inside(parent_sec, sec):
                ok = True  # inside an established chapter: the outline has narrowed the choice to its sub-sections
            elif parent_sec is not None:
                ok = voted == sec  # a sub-chapter leaves its chapter's section only when its placed text does too
            else:
                ok = t_rank <= limit or c_rank <= cfg.own_content_rank
            if not ok:
                continue
            margin = float(zt[k, c] + zc[k, c] - np.sort(zt[k] + zc[k])[-2]) if n_sec > 1 else 1.0
            conf = float(1.0 / (1.0 + np.exp(-margin))) / t_rank
        elif k in sub_of and node.parent is not None and node.parent in taken:
            sec = sub_of[k]
            conf = confidence[nodes[node.parent].index]
        else:
            continue
        taken.add(k)
        settled.update((node.index, *node.unit))
        for j in (node.index, *node.unit):
            section_of[j] = sec
            confidence[j] = conf
        if k not in sub_of:
            out.append(_Heading(node.index, (sec,), blocks[node.index].text, t_rank, False, "title", min(1.0, max(0.0, conf)), own=True))
    if cfg.own_joint_margin >= 0 and hub_total is not None:
        # every bare own chapter, taken by its title above or left with its text's placement: its section now
        for k in bare_titles:
            if k in bare_taken or not nodes[k].unit:
                continue
            words: dict[str, int] = {}
            for j in nodes[k].unit:
                placed_j = section_of[j]
                if placed_j is not None:
                    words[placed_j] = words.get(placed_j, 0) + count_words(blocks[j].text)
            if words:
                top = max(words, key=lambda x: words[x])
                if top in pos and words[top] >= cfg.own_title_min_share * sum(words.values()):
                    bare_taken[k] = top
    if len(bare_taken) > 1 and cfg.own_joint_margin >= 0 and hub_total is not None:
        _reassign_jointly(nodes, bare_taken, hub_total, out, section_of, family, order, headed, cfg, settled, blocks,
                          content=zc, descriptive=_chapter_means(nodes, blocks, descriptive) if descriptive else None)
        out.sort(key=lambda h: h.index)
    # a chapter of the own scheme mapped to a leaf whose title names two topics: the paragraphs on a free sibling leaf go there
    named_now = {h.section_ids[0] for h in out} | set(headed)

    def _split_candidates(k: int, leaf: str) -> tuple[list[str], set[str]] | None:
        """The sibling leaves of node k's leaf section and the sections blocked for its paragraphs (None: the leaf
        has no parent whose sub-sections are all leaves)."""
        par = leaf.rpartition(".")[0]
        sib_leaves = [t for t in order if t != leaf and t.rpartition(".")[0] == par and len(family[pos[t]]) == 1]
        if not par or par not in pos or len(family[pos[leaf]]) != 1 or len(sib_leaves) != len(family[pos[par]]) - 2:
            return None
        inside_chapter = {nodes[k].index, *nodes[k].unit}
        return sib_leaves, named_now | {b for j, b in enumerate(section_of) if j not in inside_chapter and b is not None}

    if hub_total is not None:
        # a bare own chapter merging two sibling sections: its second topic's run of paragraphs goes to its own section
        for k in bare_titles:
            unit_k = [j for j in nodes[k].unit if j in content_z]
            head_sec = section_of[nodes[k].index]
            if not unit_k or head_sec is None or head_sec not in pos or any(section_of[j] != head_sec for j in unit_k):
                continue
            split = _split_candidates(k, head_sec)
            if split is None:
                continue
            sib_leaves, blocked = split
            unit = [(j, content_z[j]) for j in unit_k]
            run = _second_run_blocks(unit, head_sec, sib_leaves, blocked, cfg.own_split_lead,
                                     cfg.own_bare_split_min_blocks)
            for j, sib in run.items():
                logger.debug("bare own chapter %r (%s): block %d on %s", blocks[nodes[k].index].text[:40], head_sec, j, sib)
                section_of[j] = sib
            if unit_k[0] in run:
                # the run moved is the chapter's first topic: its heading introduces it and goes with it
                sib = run[unit_k[0]]
                section_of[nodes[k].index] = sib
                for i, h in enumerate(out):
                    if h.index == nodes[k].index:
                        out[i] = _Heading(h.index, (sib,), h.text, h.rank, h.styled, h.method, h.confidence, own=h.own,
                                          rendered=h.rendered)
    if hub_total is not None and cfg.own_two_run_min_blocks > 0:
        _split_two_runs(nodes, bare_titles, content_z, section_of, out, family, order, named_now, cfg, blocks)
    for k in sorted(taken):
        if not scheme[k] or k not in choice or k in sub_of or kids_of[k]:
            continue
        leaf = choice[k]
        if leaf is None:
            continue
        split = _split_candidates(k, leaf)
        if split is None:
            continue
        sib_leaves, blocked = split
        unit = [(j, content_z[j]) for j in nodes[k].unit if j in content_z]
        for j, sib in _second_topic_blocks(unit, leaf, sib_leaves, blocked, cfg.own_split_lead).items():
            logger.debug("own chapter %r (%s): block %d on %s", blocks[nodes[k].index].text[:40], leaf, j, sib)
            section_of[j] = sib
    return out, settled


def _mislabelled_annex_numbers(
    blocks: Sequence[Block],
    title_candidates: Mapping[int, tuple[np.ndarray, bool]],
    free: AbstractSet[int],
    content_z: Mapping[int, Mapping[str, float]],
    section_of: list[str | None],
    confidence: list[float],
    order: Sequence[str],
    taken: AbstractSet[str],
) -> tuple[list[_Heading], set[int]]:
    """Annex numbers set over another section's Annex title: the number or the title, as the text below decides.

    A heading "2.3.3. Podmínky pro úspěšnou a včasnou integraci" (2.3.4's title) over a reception text, or "1.
    Účinná podpora ostatních členských států" (2.1.3's) over the national context (fresh7 #4): the title did not
    confirm the number, so the heading was read as an own chapter, by title and text over all sections (the
    context read 2, the reception text 2.4). The rule: number and title agree → the number (found before this);
    they disagree → the text below decides (its content scores, words weighted: ``content_z``): when it reads the
    number's section first of all sections → the number, flagged with confidence 0.5; otherwise (title and text
    agree, or the text reads a third section) the own-heading mapping decides, as before. Never in a document
    numbering on its own (two or more numbered headings the Annex does not have: "3.1", "4.1"), nor for a
    number whose section already has a heading (``taken``) or claimed by two headings.

    Rewrites ``section_of`` and ``confidence`` of the heading and its text (the free blocks up to the next heading
    candidate) in place; returns the headings taken (method ``numbered``, confidence 0.5), in document order, and
    the blocks settled under them (headings included).
    """
    pos = {s: k for k, s in enumerate(order)}
    foreign = sum(1 for b in blocks if (r := match_relabelled_heading(b.text)) is not None
                  and re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,2}", r[0]) and r[0] not in pos)
    if foreign >= 2:
        return [], set()
    claims: dict[str, list[int]] = {}
    for i in sorted(title_candidates):
        hm = match_heading_number(blocks[i].text, order) if i in free and title_candidates[i][1] else None
        # bare numbers only: "Capítulo 1", "Kapitel 2" number the document's own chapters (seg-pt-chapter)
        if hm is not None and len(hm.section_ids) == 1 and hm.keyword is None:
            claims.setdefault(hm.section_ids[0], []).append(i)
    # a unit ends at the next heading candidate or Annex number (a numbered heading found, then set aside)
    starts = sorted(set(title_candidates) | {j for j, b in enumerate(blocks) if match_heading_number(b.text, order) is not None})
    out: list[_Heading] = []
    settled: set[int] = set()
    for num, idx in claims.items():
        if len(idx) != 1 or num in taken:
            continue
        i = idx[0]
        row = np.asarray(title_candidates[i][0])
        named = order[int(np.argmax(row))]
        if named == num:
            continue
        end = next((j for j in starts if j > i), len(blocks))
        unit = [j for j in range(i + 1, end) if j in free and j in content_z]
        if not unit:
            continue
        w = np.array([max(1, count_words(blocks[j].text)) for j in unit], dtype=np.float64)
        z_num = float(np.average([content_z[j].get(num, -np.inf) for j in unit], weights=w))
        z_named = float(np.average([content_z[j].get(named, -np.inf) for j in unit], weights=w))
        pooled = {s: float(np.average([content_z[j].get(s, -np.inf) for j in unit], weights=w)) for s in content_z[unit[0]]}
        # the text reads the number's section first of all (not only above the title's)
        if not z_num > z_named or any(v > z_num for v in pooled.values()):
            continue
        logger.debug("Annex number %s over %s's title %r: the text reads %s first (%.2f; the title's %.2f)", num, named,
                     blocks[i].text[:40], num, z_num, z_named)
        for j in [i, *range(i + 1, end)]:
            if j == i or j in free:
                section_of[j] = num
                confidence[j] = min(confidence[j], 0.5)
                settled.add(j)
        out.append(_Heading(i, (num,), blocks[i].text, int((row > row[pos[num]]).sum()) + 1, False, "numbered", 0.5))
    return sorted(out, key=lambda h: h.index), settled
