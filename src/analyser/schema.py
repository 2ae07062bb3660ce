"""The typed data model passed between pipeline stages.

Every stage takes and returns these immutable pydantic models; embeddings stay
out of them (numpy arrays keyed by passage id, see :mod:`analyser.embed`).

Coordinates are PDF points with a top-left origin, as pdfplumber reports them.
Section and key-element ids are those of ``data/key_elements.yaml`` (the Annex
of Commission Implementing Decision (EU) 2025/503).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points, top-left origin."""

BlockKind = Literal["paragraph", "heading", "list_item", "footnote", "header_footer", "table"]
"""Layout kind of a parsed block, decided by the parse stage from layout alone."""

Role = Literal[
    "front_matter",
    "section_heading",
    "template_instruction",
    "template_question",
    "answer",
    "answer_heading",
    "answer_list_item",
    "annex",
    "footnote",
    "header_footer",
]
"""Role of a block in the strategy (gold/SCHEMA.md plus footnote and header_footer)."""

TEMPLATE_ROLES: frozenset[str] = frozenset({"section_heading", "template_instruction", "template_question"})
ANSWER_ROLES: frozenset[str] = frozenset({"answer", "answer_heading", "answer_list_item"})

Label = Literal["addressed", "partial", "absent"]
RunStatus = Literal["success", "partial", "failed", "skipped"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Block(_Frozen):
    """One text block of a document in reading order.

    Attributes:
        id: ``"p0003-b012"`` style id, unique within the document.
        page: 1-based page number where the block starts.
        bbox: union of the block's lines on its first page, PDF points.
        text: cleaned text (hyphenation undone, ligatures expanded, footnote
            markers removed); lines of one block are joined by spaces, except in
            headings and front matter where ``"\\n"`` keeps the visual lines.
        kind: layout kind decided by the parser.
        bold, italic: True when most characters of the block are bold / italic.
        size: median font size in points.
        indent: x0 of the first line minus the page's body left margin, points.
        bullet: the list marker that opened the block ("—", "•", "1.", "a)" ...)
            or None; symbol-font bullets are normalised to "•".
        footnote_markers: footnote markers removed from the text (e.g. ["1"]).
        page_starts: for a block running over a page break, one
            ``(char offset in text, page number)`` pair per later page: the
            text from that offset on stands on that page (a sentence starting
            at offset ``o`` is on the page of the last pair with offset <= o,
            else on ``page``). Empty for one-page blocks.
        language: ISO 639-1 language of the block when it differs from the
            document's (a document mixing languages), else None.
    """

    id: str
    page: int = Field(ge=1)
    bbox: BBox = (0.0, 0.0, 0.0, 0.0)
    text: str
    kind: BlockKind = "paragraph"
    bold: bool = False
    italic: bool = False
    size: float = Field(default=0.0, ge=0)
    indent: float = 0.0
    bullet: str | None = None
    footnote_markers: tuple[str, ...] = ()
    language: str | None = None
    page_starts: tuple[tuple[int, int], ...] = ()

    def page_at(self, offset: int) -> int:
        """The page of the text at character ``offset`` of ``text`` (see ``page_starts``)."""
        page = self.page
        for start, number in self.page_starts:
            if offset >= start:
                page = number
        return page


class PageInfo(_Frozen):
    """Per-page facts found while parsing.

    Attributes:
        number: 1-based page number.
        width, height: page size in points.
        flags: problems found: ``"scanned"`` (no text layer), ``"cid_garbage"``
            (unmapped glyphs), ``"rotated"``, ``"toc"`` (table of contents).
    """

    number: int = Field(ge=1)
    width: float = 0.0
    height: float = 0.0
    flags: tuple[str, ...] = ()


class Document(_Frozen):
    """A parsed strategy document: output of :func:`analyser.parse.parse`.

    Attributes:
        warnings: problems that did not stop parsing (e.g. an encrypted PDF
            opened with the empty user password), one message each.
    """

    doc_id: str
    source_path: str
    sha256: str
    language: str = "und"
    pages: tuple[PageInfo, ...] = ()
    blocks: tuple[Block, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def n_pages(self) -> int:
        return len(self.pages)

    @property
    def language_supported(self) -> bool:
        """False when ``language`` is known and outside the 24 EU languages ("ar", "zh" ...; see W111)."""
        from analyser.lexicon import EU_LANGUAGES

        return self.language in ("und", "") or self.language in EU_LANGUAGES


class SegmentedBlock(_Frozen):
    """A block with its place in the template: output of the segment stage.

    Attributes:
        block: the parsed block.
        section_id: Annex section id ("2.1.1") or None (front matter, annex, furniture).
        role: one of :data:`Role`.
        key_element_id: for template text, the key element it reproduces.
        confidence: in [0, 1], how sure the segmenter is of ``section_id``.
    """

    block: Block
    section_id: str | None
    role: Role
    key_element_id: str | None = None
    confidence: float = Field(default=1.0, ge=0, le=1)


class SectionInfo(_Frozen):
    """What the document holds for one Annex section.

    Attributes:
        method: how the section was found: ``"numbered"`` (Annex number
            confirmed by its title), ``"title"`` (title alone, renumbered or
            unnumbered heading), ``"content"`` (blocks placed by meaning); None
            when absent.
        confidence: 0–1 confidence of that finding; None when absent.
    """

    section_id: str
    present: bool
    heading: str | None = None
    pages: tuple[int, ...] = ()
    answer_words: int = Field(default=0, ge=0)
    method: Literal["numbered", "title", "content"] | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)


class Segmentation(_Frozen):
    """Output of :func:`analyser.segment.segment`: every block placed in the template."""

    doc_id: str
    blocks: tuple[SegmentedBlock, ...]
    sections: dict[str, SectionInfo]
    follows_template: bool = True


class Passage(_Frozen):
    """A span of member-state answer text that gets embedded.

    Attributes:
        id: ``"<doc_id>:P0001"``.
        block_ids: the blocks the passage was built from, in order.
        section_id: the Annex section of its first block.
        page: page where its first sentence stands.
        text: whole sentences, at most the model's token limit.
        n_tokens: token count with the model's tokenizer (or a word count
            when the encoder exposes no tokenizer).
        truncated: True when a single sentence had to be cut at the limit.
        page_starts: for a passage whose sentences stand on more than one
            page, one ``(char offset in text, page number)`` pair per later
            page: the sentences from that offset on start on that page (as
            :attr:`Block.page_starts`, at sentence starts). Empty when all
            its sentences start on ``page``.
    """

    id: str
    block_ids: tuple[str, ...]
    section_id: str | None
    page: int = Field(ge=1)
    text: str
    n_tokens: int = Field(default=0, ge=0)
    truncated: bool = False
    page_starts: tuple[tuple[int, int], ...] = ()

    def page_at(self, offset: int) -> int:
        """The page of the sentence starting at character ``offset`` of ``text`` (see ``page_starts``)."""
        page = self.page
        for start, number in self.page_starts:
            if offset >= start:
                page = number
        return page


class Evidence(_Frozen):
    """One passage supporting a key element; ``similarity`` is a cosine in [-1, 1]."""

    passage_id: str
    block_id: str
    page: int
    section_id: str | None
    text: str
    similarity: float
    sentence: str | None = None


class Coverage(_Frozen):
    """How far one key element is addressed.

    Attributes:
        key_element_id: e.g. ``"2.1.2.c"``.
        label: addressed / partial / absent.
        score: calibrated probability in [0, 1] that the element is at least
            partially addressed.
        evidence: up to three passages, best first; empty when absent.
        misplaced: True when the best evidence lies outside the element's own section.
        features: the raw signals the score was computed from (for audit).
    """

    key_element_id: str
    label: Label
    score: float = Field(ge=0, le=1)
    evidence: tuple[Evidence, ...] = ()
    misplaced: bool = False
    features: dict[str, float] = Field(default_factory=dict)


class ErrorItem(_Frozen):
    """One problem met while processing a document (captured, not raised)."""

    stage: str
    code: str
    message: str
    page: int | None = None


class RunResult(_Frozen):
    """Outcome of analysing one input file.

    Attributes:
        status: success / partial (some pages unreadable) / failed / skipped
            (duplicate doc_id).
        reused: True when the document was unchanged since the stored run and
            its analysis was reused instead of recomputed.
        out_dir: the document's output folder (None when failed or skipped).
    """

    doc_id: str
    source_path: str
    status: RunStatus
    errors: tuple[ErrorItem, ...] = ()
    out_dir: str | None = None
    reused: bool = False
