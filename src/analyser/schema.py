"""The typed data model passed between pipeline stages.

Every stage takes and returns these immutable pydantic models; embeddings stay
out of them (numpy arrays keyed by passage id, see :mod:`analyser.embed`).

Coordinates are PDF points with a top-left origin, as pdfplumber reports them.
Section and key-element ids are those of ``data/key_elements.yaml`` (the Annex
of Commission Implementing Decision (EU) 2025/503).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_serializer

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points, top-left origin."""

BlockKind = Literal["paragraph", "heading", "list_item", "footnote", "header_footer", "table"]
TableCell = Literal["question", "answer"]
"""The column of a question | answer table a block was read from (:func:`analyser.parse.tables.qa_cells`)."""
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


def _page_at(page: int, page_starts: tuple[tuple[int, int], ...], offset: int) -> int:
    """The page of character ``offset`` of a text starting on ``page`` with ``(offset, page)`` pairs ``page_starts``."""
    for start, number in page_starts:
        if offset >= start:
            page = number
    return page


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
        table_cell: ``"question"`` / ``"answer"`` for a cell of a template filled in as a question | answer
            table, read as a block of its own (the parser tells the columns apart,
            :func:`analyser.parse.tables.qa_cells`; a table of measures or figures is never such a table); None
            for every other block. The segmenter reads a question cell as template text (issue #14).
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
    table_cell: TableCell | None = None

    def page_at(self, offset: int) -> int:
        """The page of the text at character ``offset`` of ``text`` (see ``page_starts``)."""
        return _page_at(self.page, self.page_starts, offset)


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


class PageColumns(BaseModel):
    """The text columns of one page read in columns, as the parse stage found them.

    Kept in :class:`Document` and in ``analysis.json`` (``columns``) so that later stages (the
    page crops of :mod:`analyser.output.crops`) show a sentence's column without searching
    the page for columns again.

    Attributes:
        page: 1-based page number.
        columns: the columns left to right, each ``(x0, x1)``: the horizontal
            extent of its text in PDF points from the page's left edge (as
            pdfplumber reports the displayed page), 2 decimals; two or more.
        method: how they were found: ``"gutter"``, vertical strips the page's
            body rows leave empty (:func:`analyser.parse.columns.column_groups`).
    """

    model_config = ConfigDict(frozen=True, extra="allow")
    page: int = Field(ge=1)
    columns: tuple[tuple[float, float], ...] = Field(min_length=2)
    method: Literal["gutter"] = "gutter"


class Document(_Frozen):
    """A parsed strategy document: output of :func:`analyser.parse.parse`.

    Attributes:
        warnings: problems that did not stop parsing (e.g. an encrypted PDF
            opened with the empty user password), one message each.
        columns: the pages read in two or more columns, in page order
            (:class:`PageColumns`); a page not listed was read as one column
            (always so for text and Word files).
    """

    doc_id: str
    source_path: str
    sha256: str
    language: str = "und"
    pages: tuple[PageInfo, ...] = ()
    blocks: tuple[Block, ...] = ()
    warnings: tuple[str, ...] = ()
    columns: tuple[PageColumns, ...] = ()

    @property
    def n_pages(self) -> int:
        """Number of pages (PDF pages; form-feed pages of a text file; page breaks of a Word file)."""
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
        template_rows: for a table block of the answer ("question | answer"
            rows, :func:`analyser.text.table_rows`): the 0-based rows whose first
            cell reproduces an Annex question; that cell is template text, the
            row's other cells the answer (an empty one: no answer).
    """

    block: Block
    section_id: str | None
    role: Role
    key_element_id: str | None = None
    confidence: float = Field(default=1.0, ge=0, le=1)
    template_rows: tuple[int, ...] = ()


class SectionInfo(_Frozen):
    """What the document holds for one Annex section.

    Attributes:
        method: how the section was found: ``"numbered"`` (Annex number
            confirmed by its title), ``"title"`` (title alone, renumbered or
            unnumbered heading), ``"content"`` (blocks placed by meaning); None
            when absent.
        confidence: 0–1 confidence of that finding; None when absent.
        heading_source: what the heading is, for a section with one (None without a heading,
            and in analyses written before the field): ``"annex_number"`` (the Annex's number,
            confirmed by its title), ``"annex_title"`` (the Annex's title, rendered in any
            language, or a listing of the Annex's titles, or an own heading of a document that
            reproduces the template) or ``"own_title"`` (the document's own chapter title, mapped
            to the section by the outline, its chapter's placed text or the hub correction of
            ``segment/outline.py``).
        heading_rank: for an ``"own_title"``, the rank of the section among all Annex headings
            by the title's own likeness to them (1: its words name this section first, e.g.
            "Reception" for 2.3.3 "A robust reception system"; 3: two other sections' headings
            are nearer, the section came from its text or the hub correction); None otherwise.
    """

    section_id: str
    present: bool
    heading: str | None = None
    pages: tuple[int, ...] = ()
    answer_words: int = Field(default=0, ge=0)
    method: Literal["numbered", "title", "content"] | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    heading_source: Literal["annex_number", "annex_title", "own_title"] | None = None
    heading_rank: int | None = Field(default=None, ge=1)


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
        return _page_at(self.page, self.page_starts, offset)


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


# --------------------------------------------------------------------------- the analysis record


class _Record(BaseModel):
    """Base of the parts of :class:`Analysis`: frozen; unknown fields kept (the JSON Schema allows them).

    Fields named in ``omit_if_none`` are left out of the JSON when None, as
    ``analysis.json`` has them only when they apply; every other field is
    always written, null included. Field order is the JSON key order.
    """

    model_config = ConfigDict(frozen=True, extra="allow")
    omit_if_none: ClassVar[frozenset[str]] = frozenset()

    @model_serializer(mode="wrap")
    def _omit(self, handler: Any) -> Any:
        data = handler(self)
        for name in self.omit_if_none:
            if data.get(name, 0) is None:
                del data[name]
        return data


class SourceInfo(_Record):
    """The analysed file: ``path`` as given, ``sha256`` of its bytes, ``pages`` (0 for text files without pages)."""

    path: str
    sha256: str
    pages: int = Field(ge=0)


class ModelInfo(_Record):
    """The embedding model: ``name`` (``"multilingual-e5-small"``, ``"hashing-fake"``) and vector ``dim``."""

    omit_if_none = frozenset({"dim"})
    name: str
    dim: int | None = None


class CalibrationInfo(_Record):
    """The coverage calibration used: its ``model``, ``version`` and the doc_ids it was ``fitted_on``.

    ``covered_threshold``: the score (0–1) below which a key element is absent, as the run used it
    (the calibration's, or the run's override); ``aspect_threshold``: the aspect score at or above
    which an aspect counts as covered (the aspect calibration's). Both None in older analyses.
    """

    omit_if_none = frozenset({"covered_threshold", "aspect_threshold"})
    model: str
    version: str
    fitted_on: tuple[str, ...] = ()
    covered_threshold: float | None = Field(default=None, ge=0, le=1)
    aspect_threshold: float | None = Field(default=None, ge=0, le=1)


class WarningItem(_Record):
    """A warning about the whole document: ``code`` (e.g. W601; None in old analyses) and ``message``."""

    code: str | None = None
    message: str


class PageFlags(_Record):
    """A page with problems: 1-based ``number`` and ``flags`` (see :class:`PageInfo`)."""

    number: int
    flags: tuple[str, ...] = ()


class BlockRecord(_Record):
    """One block of ``analysis.json`` ``blocks``: a :class:`SegmentedBlock` flattened.

    ``section``/``key_element`` are Annex ids or None; ``confidence`` is the
    placement confidence (0–1, 4 decimals); ``language`` is there only for a
    block in another language than the document's.
    """

    omit_if_none = frozenset({"language"})
    id: str
    page: int = Field(ge=1)
    role: Role
    section: str | None
    key_element: str | None = None
    kind: BlockKind = "paragraph"
    confidence: float = 1.0
    text: str
    language: str | None = None


class SectionRecord(_Record):
    """What the document holds for one Annex section (:class:`SectionInfo` without its id).

    ``heading_source`` and ``heading_rank`` are left out of the file when None (no heading, or an
    ``heading_rank`` of a heading that is not an own title), and are None in analyses written before them.
    """

    omit_if_none = frozenset({"heading_source", "heading_rank"})
    present: bool
    heading: str | None = None
    pages: tuple[int, ...] | None = ()
    answer_words: int = Field(default=0, ge=0)
    method: Literal["numbered", "title", "content"] | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    heading_source: Literal["annex_number", "annex_title", "own_title"] | None = None
    heading_rank: int | None = Field(default=None, ge=1)


class PassageRecord(_Record):
    """One embedded passage (:class:`Passage`): ``blocks`` are block ids; ``section`` its first block's section."""

    id: str
    blocks: tuple[str, ...]
    section: str | None
    page: int
    n_tokens: int = 0
    truncated: bool = False
    text: str


class EvidenceRecord(_Record):
    """One evidence passage of a key element (:class:`Evidence`): ``similarity`` is a cosine in [-1, 1]."""

    block: str
    passage: str | None = None
    page: int
    section: str | None = None
    text: str
    sentence: str | None = None
    similarity: float


class AspectEvidenceRecord(_Record):
    """The sentence nearest to an aspect (:class:`analyser.aspect_score.AspectEvidence`)."""

    passage_id: str
    page: int
    section_id: str | None = None
    sentence: str
    similarity: float | None = None


class AspectRecord(_Record):
    """One aspect of a key element (``data/aspects.yaml``): ``id`` ``"<key element>/<slug>"``, ``covered``,
    calibrated ``score`` in [0, 1], its nearest sentence (None without answer text), the ``features`` behind
    the score and its English ``descriptor``. Once reviews are applied (:func:`analyser.review.apply_reviews`,
    never in ``analysis.json`` as written by ``analyse``): ``covered`` is the analyst's value,
    ``machine_covered`` the machine's, ``reviewed``, ``review_note`` and ``reviewer`` the review."""

    omit_if_none = frozenset({"machine_covered", "reviewed", "review_note", "reviewer"})
    id: str
    covered: bool
    score: float = Field(ge=0, le=1)
    evidence: AspectEvidenceRecord | None = None
    features: dict[str, float] = Field(default_factory=dict)
    descriptor: str | None = None
    machine_covered: bool | None = None
    reviewed: bool | None = None
    review_note: str | None = None
    reviewer: str | None = None


class CoverageRecord(_Record):
    """How far one key element is addressed (:class:`Coverage`), plus its aspects and, once reviewed, the review.

    Attributes:
        section: the key element's Annex section.
        label: the machine's label, or the analyst's once reviews are applied
            (:func:`analyser.review.apply_reviews`).
        score: calibrated probability in [0, 1] that the element is at least partially addressed.
        aspects: the key element's aspects in Annex order; None in analyses made without them.
        machine_label, reviewed, review_note, reviewer: set by ``apply_reviews``
            (never in ``analysis.json`` as written by ``analyse``).
        reviewed_aspects: ids of the aspects an analyst reviewed (set by ``apply_reviews``).
        review_source: what decided a reviewed label: ``"key element"`` (its own review) or
            ``"aspects"`` (the label its reviewed aspects give).
    """

    omit_if_none = frozenset({"aspects", "machine_label", "reviewed", "review_note", "reviewer",
                              "reviewed_aspects", "review_source"})
    section: str | None = None
    label: Label
    score: float = Field(ge=0, le=1)
    misplaced: bool = False
    evidence: tuple[EvidenceRecord, ...] = ()
    features: dict[str, float] = Field(default_factory=dict)
    aspects: tuple[AspectRecord, ...] | None = None
    machine_label: Label | None = None
    reviewed: bool | None = None
    review_note: str | None = None
    reviewer: str | None = None
    reviewed_aspects: tuple[str, ...] | None = None
    review_source: Literal["key element", "aspects"] | None = None


class Analysis(_Record):
    """The machine's analysis of one document, as written to ``<out>/<doc_id>/analysis.json``.

    Built by :func:`analyser.output.build_analysis` from the stages' records and
    read by every later module (reports, exports, store, review, compare,
    evaluate, calibrate, API). Its JSON contract is ``data/analysis.schema.json``;
    :meth:`to_json` gives the file's exact text. Field order is the key order of
    the file. The schema's required fields (``blocks``, ``sections`` and
    ``coverage`` among them) have no default: a file without one is refused
    (E403 naming the field); the other fields have defaults, so that analyses
    of earlier versions load.

    Attributes:
        sections: section id -> :class:`SectionRecord`, every section of the template.
        coverage: key element id -> :class:`CoverageRecord`, every key element of the template.
        in_scope, in_scope_score: the scope decision (:mod:`analyser.scope`).
        in_scope_genre: the genre model's word-weighted probability that the answer text is written as a
            strategy (plans, measures) rather than a paper, report, press release or judgment; None when
            the model has no genre set (:data:`analyser.scope.GENRE_THRESHOLD`).
        warnings: document warnings (W601 out of scope, W111 unsupported language, the parser's W102–W104).
        coverage_if_in_scope: written only for a document the scope stage found out of scope: the coverage it
            would have in scope (labels, scores, evidence, aspects), computed in the same run and shown only when an
            analyst reviews its scope as in (:func:`analyser.review.apply_reviews`). None otherwise.
        machine_in_scope, scope_reviewed, scope_review_note, scope_reviewer, machine_scope_reason: set by
            :func:`analyser.review.apply_reviews` (never in ``analysis.json`` as ``analyse`` writes it): the
            machine's scope decision, whether an analyst reviewed it (``in_scope`` is then the analyst's), the
            review's note and reviewer, and the machine's reason in one line (out of scope the reason its
            W601 message gives, e.g. "its title page names another kind of document … (title 0.11)"; in
            scope "in-scope score 0.87").
        columns: the pages the parse stage read in columns (:class:`PageColumns`); None (left out of the
            file) when it read every page as one column, and in analyses written before columns were recorded.
        aspects_stated_rule: the version of the stated-not-done rule applied to the aspects
            (:data:`analyser.aspects_stated.STATED_RULE_VERSION`): their ``stated_not_done`` flags, written only
            when true, are then complete. None (left out of the file) without aspects and in analyses written
            before the field (their flags are read again by :func:`analyser.aspect_fit.read_aspect_data`).
    """

    omit_if_none = frozenset({"columns", "coverage_if_in_scope", "aspects_stated_rule", "machine_in_scope", "scope_reviewed",
                              "scope_review_note", "scope_reviewer", "machine_scope_reason"})

    schema_version: str
    analyser_version: str | None = None
    doc_id: str
    source: SourceInfo
    language: str
    template: str
    model: ModelInfo
    calibration: CalibrationInfo | None = None
    aspects_stated_rule: int | None = None
    follows_template: bool = True
    in_scope: bool = True
    in_scope_score: float = Field(default=1.0, ge=0, le=1)
    in_scope_genre: float | None = Field(default=None, ge=0, le=1)
    machine_in_scope: bool | None = None
    scope_reviewed: bool | None = None
    scope_review_note: str | None = None
    scope_reviewer: str | None = None
    machine_scope_reason: str | None = None
    warnings: tuple[WarningItem, ...] = ()
    pages: tuple[PageFlags, ...] = ()
    columns: tuple[PageColumns, ...] | None = None
    blocks: tuple[BlockRecord, ...]
    sections: dict[str, SectionRecord]
    passages: tuple[PassageRecord, ...] = ()
    coverage: dict[str, CoverageRecord]
    coverage_if_in_scope: dict[str, CoverageRecord] | None = None

    @field_validator("warnings", mode="before")
    @classmethod
    def _coded_strings(cls, value: Any) -> Any:
        """Old analyses wrote warnings as strings (code in brackets, then the message): read them as items without code."""
        if isinstance(value, (list, tuple)):
            return tuple({"message": w} if isinstance(w, str) else w for w in value)
        return value

    def to_dict(self) -> dict[str, Any]:
        """The ``analysis.json`` object (plain dicts, lists, str, float, bool, None)."""
        return self.model_dump(mode="json")

    def to_json(self) -> str:
        """The exact text of ``analysis.json`` (UTF-8 kept, indent 1)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)

    def with_coverage(self, coverage: dict[str, CoverageRecord]) -> Analysis:
        """A copy with ``coverage`` replaced (e.g. reviews applied); this record is unchanged."""
        return self.model_copy(update={"coverage": coverage})


def load_analysis(path: str | os.PathLike[str]) -> Analysis:
    """Read an ``analysis.json`` into an :class:`Analysis`.

    Raises:
        ScoreError: ``E403`` naming ``path`` when the file cannot be read, is not
            JSON, or is not an analysis (a required field missing or of the wrong type).
    """
    from .errors import Errors, ScoreError

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScoreError(Errors.E403, path=str(path), reason=getattr(exc, "strerror", None) or type(exc).__name__) from None
    return parse_analysis(text, path)


def as_analysis(analysis: Analysis | Mapping[str, Any]) -> Analysis:
    """``analysis`` as an :class:`Analysis`: a record as it is, an ``analysis.json`` object validated.

    The boundary for callers holding the JSON object (notebooks, older code).

    Raises:
        ScoreError: ``E403`` when the object is not an analysis.
    """
    if isinstance(analysis, Analysis):
        return analysis
    return parse_analysis(dict(analysis))


def parse_analysis(data: str | Mapping[str, Any], path: str | os.PathLike[str] = "<analysis>") -> Analysis:
    """An :class:`Analysis` from the text or the parsed object of an ``analysis.json``.

    JSON values are validated strictly (no coercion): a hand-edited
    ``"covered": "yes"`` or a score ``"0.5"`` is refused, not read as True or
    0.5. An object holding values JSON cannot hold (numpy scalars) is validated
    as Python values instead.

    Raises:
        ScoreError: ``E403`` naming ``path`` and the first problem (not JSON, or the field that is wrong).
    """
    from .errors import Errors, ScoreError

    try:
        obj = json.loads(data) if isinstance(data, str) else data
        if not isinstance(obj, Mapping):
            raise ValueError("not a JSON object")
        try:
            text = data if isinstance(data, str) else json.dumps(dict(obj), ensure_ascii=False)
        except TypeError:
            return Analysis.model_validate(dict(obj))
        return Analysis.model_validate_json(text, strict=True)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "top level"
        raise ScoreError(Errors.E403, path=str(path), reason=f"{where}: {err['msg']}") from None
    except ValueError as exc:
        raise ScoreError(Errors.E403, path=str(path), reason=str(exc).splitlines()[0] or "not JSON") from None
