"""The per-document ``analysis.json``: the machine's analysis of one strategy.

Built from the typed records of the stages (:class:`analyser.schema.Document`,
:class:`~analyser.schema.Segmentation`, :class:`analyser.match.Matches`,
:class:`~analyser.schema.Coverage`); its JSON Schema is
``data/analysis.schema.json`` (also in ``docs/schemas/``). Every later reader
(reports, store, review, compare, calibrate) reads this dict.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from .._version import __version__
from ..io import write_text_atomic
from ..match import Matches
from ..schema import Coverage, Document, Segmentation
from ..scope import ScopeDecision, scope_warning
from ..score import Calibration
from ..template import Template
from ..text import is_supported_language
from ..errors import Warnings

SCHEMA_VERSION = "1.0"


def analysis_dict(
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
) -> dict:
    """The per-document JSON (see ``data/analysis.schema.json``).

    ``aspects``: key element id -> its aspect coverage (``{id, descriptor, covered, score,
    evidence, features}`` items, :func:`analyser.aspect_score.apply_aspects`), stored as
    ``coverage[<ke>].aspects``; left out when None. ``scope``
    (:func:`analyser.scope.assess_scope`) gives ``in_scope``, ``in_scope_score`` and, out of
    scope, the W601 warning in ``warnings`` (a text in a language outside the 24 EU languages
    adds W111 there).
    """
    scope = scope or ScopeDecision(True, 1.0, "scope not assessed", assessed=False)
    warnings = [] if scope.in_scope else [{"code": Warnings.W601.code, "message": scope_warning(scope)}]
    if not is_supported_language(doc.language):
        warnings.append({"code": Warnings.W111.code, "message": Warnings.W111.text(path=doc.source_path, language=doc.language)})
    return {
        "schema_version": SCHEMA_VERSION,
        "analyser_version": __version__,
        "doc_id": doc.doc_id,
        "source": {"path": doc.source_path, "sha256": doc.sha256, "pages": doc.n_pages},
        "language": doc.language,
        "template": template.id,
        "model": dict(model),
        "calibration": None if calibration is None else {
            "model": calibration.model, "version": calibration.version, "fitted_on": list(calibration.fitted_on)},
        "follows_template": seg.follows_template,
        "in_scope": scope.in_scope,
        "in_scope_score": scope.score,
        "warnings": warnings,
        "pages": [{"number": p.number, "flags": list(p.flags)} for p in doc.pages if p.flags],
        "blocks": [
            {
                "id": sb.block.id,
                "page": sb.block.page,
                "role": sb.role,
                "section": sb.section_id,
                "key_element": sb.key_element_id,
                "kind": sb.block.kind,
                "confidence": round(sb.confidence, 4),
                "text": sb.block.text,
                **({"language": sb.block.language} if sb.block.language else {}),
            }
            for sb in seg.blocks
        ],
        "sections": {
            sid: {
                "present": info.present,
                "heading": info.heading,
                "pages": list(info.pages),
                "answer_words": info.answer_words,
                "method": info.method,
                "confidence": info.confidence,
            }
            for sid, info in seg.sections.items()
        },
        "passages": [
            {"id": p.id, "blocks": list(p.block_ids), "section": p.section_id, "page": p.page,
             "n_tokens": p.n_tokens, "truncated": p.truncated, "text": p.text}
            for p in matches.passages
        ],
        "coverage": {
            kid: {
                "section": template.key_element(kid).section_id,
                "label": c.label,
                "score": c.score,
                "misplaced": c.misplaced,
                "evidence": [
                    {"block": e.block_id, "passage": e.passage_id, "page": e.page, "section": e.section_id,
                     "text": e.text, "sentence": e.sentence, "similarity": e.similarity}
                    for e in c.evidence
                ],
                "features": c.features,
                **({"aspects": list(aspects.get(kid, []))} if aspects is not None else {}),
            }
            for kid, c in coverage.items()
        },
    }


def write_analysis(folder: Path, analysis: Mapping) -> Path:
    """Write ``<folder>/analysis.json`` atomically; returns its path."""
    path = folder / "analysis.json"
    write_text_atomic(path, json.dumps(analysis, ensure_ascii=False, indent=1))
    return path
