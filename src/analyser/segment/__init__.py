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
  (:mod:`.outline`: the document's own outline — "I." above "I.1", "Kapitel 2" above
  "A." — mapped to Annex sections by title and content together, siblings in the
  Annex's order, children inside their parent's section). Blocks inherit the
  section of the heading above; an own chapter goes to its section as a whole.
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

Modules: :mod:`.core` (:func:`segment`, the section summary), :mod:`.config`
(:class:`SegmentConfig`), :mod:`.headings` (Annex numbers, own numbering,
titles, table-of-contents runs), :mod:`.template_text` (template text versus
answers), :mod:`.placement` (parts placed by content: k-NN vote, Viterbi),
:mod:`.outline` (the own outline mapped to Annex sections),
:mod:`.exemplars` (the k-NN bank), :mod:`.common` (patterns, layout cues,
template references).
"""

from __future__ import annotations

from .common import HeadingMatch, is_annex_heading, is_toc_like, match_heading_number, match_relabelled_heading
from .config import SegmentConfig
from .core import segment
from .exemplars import EXEMPLAR_ROLES, SectionExemplars, build_exemplars, exemplar_path, load_exemplars
from .placement import _viterbi
from .template_text import otsu_split

__all__ = [
    "EXEMPLAR_ROLES",
    "HeadingMatch",
    "SectionExemplars",
    "SegmentConfig",
    "_viterbi",
    "build_exemplars",
    "exemplar_path",
    "is_annex_heading",
    "is_toc_like",
    "load_exemplars",
    "match_heading_number",
    "match_relabelled_heading",
    "otsu_split",
    "segment",
]
