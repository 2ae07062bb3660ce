"""The per-document ``analysis.json``: the machine's analysis of one strategy.

:func:`build_analysis` makes the typed :class:`analyser.schema.Analysis` from the
records of the stages (:class:`analyser.schema.Document`,
:class:`~analyser.schema.Segmentation`, :class:`analyser.match.Matches`,
:class:`~analyser.schema.Coverage`); :func:`write_analysis` writes it. Its JSON
Schema is ``data/analysis.schema.json`` (also in ``docs/schemas/``). Every later
reader (reports, store, review, compare, calibrate) takes the :class:`Analysis`
(:func:`analyser.schema.load_analysis` reads the file back).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from .._version import __version__
from ..aspects_stated import STATED_RULE_VERSION
from ..io import write_text_atomic
from ..match import Matches
from ..non_answer import NonAnswer
from ..schema import (Analysis, AspectRecord, BlockRecord, CalibrationInfo, Coverage, CoverageRecord, Document,
                      EvidenceRecord, ModelInfo, PageFlags, PassageRecord, SectionRecord, Segmentation, SourceInfo,
                      WarningItem)
from ..scope import ScopeDecision, scope_warning
from ..score import Calibration
from ..template import Template
from ..text import NEIGHBOUR_LANGUAGES, is_supported_language, neighbour_language
from ..errors import Warnings, split_warning

SCHEMA_VERSION = "1.0"


def build_analysis(
    doc: Document,
    seg: Segmentation,
    matches: Matches,
    coverage: Mapping[str, Coverage],
    template: Template,
    *,
    model: Mapping[str, object],
    calibration: Calibration | None = None,
    aspects: Mapping[str, list[dict]] | None = None,
    scope: ScopeDecision | None = None,
    covered_threshold: float | None = None,
    aspect_threshold: float | None = None,
    coverage_if_in_scope: Mapping[str, Coverage] | None = None,
    aspects_if_in_scope: Mapping[str, list[dict]] | None = None,
) -> Analysis:
    """The typed per-document analysis (``analysis.json``, see ``data/analysis.schema.json``).

    The stages' records in, one frozen :class:`~analyser.schema.Analysis` out: ``doc`` (parse:
    pages with problems, the column bounds of pages read in columns, blocks' text and kind),
    ``seg`` (segment: each block's role and section, the sections found), ``matches`` (match:
    the passages), ``coverage`` (score, then aspects: label, calibrated score 0–1, evidence with
    pages and cosines). Nothing is computed here but the record's layout.

    Raises:
        UnknownIdError: E203 for a key element of ``coverage`` that ``template`` does not have.
        pydantic.ValidationError: an aspect item that is not an ``analysis.json`` aspect object.

    ``model``: ``{"name": str, "dim": int}`` of the encoder. ``aspects``: key element id -> its
    aspect coverage (``{id, covered, score, evidence, features, descriptor}`` items,
    :func:`analyser.aspect_score.apply_aspects`), stored as ``coverage[<ke>].aspects``; left out
    when None (with them, ``aspects_stated_rule`` records the stated-not-done rule's version). ``scope`` (:func:`analyser.scope.assess_scope`) gives ``in_scope``,
    ``in_scope_score`` and, out of scope, the W601 warning in ``warnings`` (a text in a language
    outside the 24 EU languages adds W111 there; the parser's warnings ``doc.warnings`` come last: W103 struck-through
    text or W104 tracked deletions left out, W102 any other). ``covered_threshold`` (None: the calibration's
    ``covered_threshold``) and ``aspect_threshold`` (the aspect calibration's, None without aspects)
    are the decision thresholds the run used, stored in ``calibration`` for the reports' legend.
    ``coverage_if_in_scope`` / ``aspects_if_in_scope``: for a document out of scope, the coverage and
    aspects scored as if it were in scope, stored as ``coverage_if_in_scope`` (shown only when an analyst
    reviews its scope as in, :func:`analyser.review.apply_reviews`); ignored in scope.
    """
    scope = scope or ScopeDecision(True, 1.0, "scope not assessed", assessed=False)
    warnings = [] if scope.in_scope else [WarningItem(code=Warnings.W601.code, message=scope_warning(scope))]
    if matches.non_answers:
        warnings.append(WarningItem(code=Warnings.W602.code, message=non_answer_warning(matches.non_answers)))
    if not is_supported_language(doc.language):
        warnings.append(WarningItem(code=Warnings.W111.code,
                                    message=Warnings.W111.text(path=doc.source_path, language=doc.language)))
    body = " ".join(b.text for b in doc.blocks if b.kind not in ("header_footer", "footnote"))
    if (other := neighbour_language(body, doc.language)) is not None:  # Catalan read as Spanish (fresh9)
        warnings.append(WarningItem(code=Warnings.W112.code, message=Warnings.W112.text(
            path=doc.source_path, other=other, name=NEIGHBOUR_LANGUAGES[other], language=doc.language)))
    for text in doc.warnings:  # the parser's: W103 struck text, W104 tracked deletions left out, W102 any other
        code, message = split_warning(text)
        warnings.append(WarningItem(code=code, message=message))
    return Analysis(
        schema_version=SCHEMA_VERSION,
        analyser_version=__version__,
        doc_id=doc.doc_id,
        source=SourceInfo(path=doc.source_path, sha256=doc.sha256, pages=doc.n_pages),
        language=doc.language,
        template=template.id,
        model=ModelInfo.model_validate(dict(model)),
        calibration=None if calibration is None else CalibrationInfo(
            model=calibration.model, version=calibration.version, fitted_on=tuple(calibration.fitted_on),
            covered_threshold=calibration.covered_threshold if covered_threshold is None else covered_threshold,
            aspect_threshold=aspect_threshold if aspects is not None else None),
        aspects_stated_rule=STATED_RULE_VERSION if aspects is not None else None,
        follows_template=seg.follows_template,
        in_scope=scope.in_scope,
        in_scope_score=scope.score,
        in_scope_genre=scope.genre,
        warnings=tuple(warnings),
        pages=tuple(PageFlags(number=p.number, flags=p.flags) for p in doc.pages if p.flags),
        columns=doc.columns or None,
        blocks=tuple(
            BlockRecord(id=sb.block.id, page=sb.block.page, role=sb.role, section=sb.section_id,
                        key_element=sb.key_element_id, kind=sb.block.kind, confidence=round(sb.confidence, 4),
                        text=sb.block.text, language=sb.block.language or None)
            for sb in seg.blocks),
        sections={
            sid: SectionRecord(present=info.present, heading=info.heading, pages=info.pages,
                               answer_words=info.answer_words, method=info.method, confidence=info.confidence,
                               heading_source=info.heading_source, heading_rank=info.heading_rank)
            for sid, info in seg.sections.items()},
        passages=tuple(
            PassageRecord(id=p.id, blocks=p.block_ids, section=p.section_id, page=p.page, n_tokens=p.n_tokens,
                          truncated=p.truncated, text=p.text)
            for p in matches.passages),
        coverage=_coverage_records(coverage, template, aspects),
        coverage_if_in_scope=(_coverage_records(coverage_if_in_scope, template, aspects_if_in_scope)
                              if coverage_if_in_scope is not None and not scope.in_scope else None),
    )


def non_answer_warning(non_answers: Sequence[NonAnswer], max_items: int = 12) -> str:
    """The W602 text: each placeholder or bare reference the match stage left out of the passages
    (:attr:`analyser.match.Matches.non_answers`), as ``section <id> <kind>: "<sentence>"`` (sentences cut at 120
    characters; past ``max_items`` the rest counted), so an analyst sees that only a placeholder or a reference
    stands where an answer should."""
    items = []
    for na in non_answers[:max_items]:
        text = na.sentence if len(na.sentence) <= 120 else na.sentence[:119] + "…"
        items.append(f"section {na.section_id or '(none)'} {na.kind}: \"{text}\"")
    if len(non_answers) > max_items:
        items.append(f"and {len(non_answers) - max_items} more")
    return Warnings.W602.text(n=len(non_answers), items="; ".join(items))


def _coverage_records(coverage: Mapping[str, Coverage], template: Template,
                      aspects: Mapping[str, list[dict]] | None) -> dict[str, CoverageRecord]:
    """The ``analysis.json`` coverage entries of the score stage's :class:`Coverage` (and aspect items), by key element id."""
    return {
        kid: CoverageRecord(
            section=template.key_element(kid).section_id, label=c.label, score=c.score, misplaced=c.misplaced,
            evidence=tuple(
                EvidenceRecord(block=e.block_id, passage=e.passage_id, page=e.page, section=e.section_id,
                               text=e.text, sentence=e.sentence, similarity=e.similarity)
                for e in c.evidence),
            features=c.features,
            aspects=None if aspects is None else tuple(AspectRecord.model_validate(a) for a in aspects.get(kid, [])))
        for kid, c in coverage.items()}


def write_analysis(folder: Path, analysis: Analysis) -> Path:
    """Write ``<folder>/analysis.json`` atomically (:meth:`Analysis.to_json`); returns its path."""
    path = folder / "analysis.json"
    write_text_atomic(path, analysis.to_json())
    return path
