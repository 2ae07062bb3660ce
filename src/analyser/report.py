"""Write the results: ``analysis.json`` per document, gap reports, corpus exports.

File layout under the output folder (JSON Schemas of the JSON files in ``docs/schemas/``)::

    <out>/<doc_id>/analysis.json   # the machine's analysis (docs/schemas/analysis.schema.json)
    <out>/<doc_id>/report.md       # gap report per section, evidence quoted with pages
    <out>/<doc_id>/report.html     # the same, self-contained HTML with a summary chart
    <out>/summary.csv              # one row per document × key element (reviews applied)
    <out>/coverage.parquet         # the same as Parquet, with the machine label
    <out>/similarity.parquet       # section × document pair similarity
    <out>/report.html              # corpus report: heatmap, similarity, evidence side by side
    <out>/run.json                 # status of every input of the latest run (docs/schemas/run.schema.json)
    <out>/analysis.duckdb          # everything above, queryable (analyser.store)

Every file is written to a temporary name first and moved into place, so a
reader never sees a half-written file.
"""

from __future__ import annotations

import json
import os
from textwrap import shorten
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from . import __version__
from .match import Matches
from .schema import Coverage, Document, RunResult, Segmentation
from .score import Calibration
from .store import AnalysisStore
from .template import Template

SCHEMA_VERSION = "1.0"
LABEL_MARK = {"addressed": "✅ addressed", "partial": "◐ partial", "absent": "❌ absent"}


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write UTF-8 ``text`` to ``path`` atomically (``<name>.part`` then :func:`os.replace`); returns the path.

    Parent folders are created. A reader, or a run interrupted mid-write,
    never leaves a half-written file behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def analysis_dict(
    doc: Document,
    seg: Segmentation,
    matches: Matches,
    coverage: Mapping[str, Coverage],
    template: Template,
    *,
    model: Mapping[str, object],
    calibration: Calibration | None = None,
) -> dict:
    """The per-document JSON (see ``data/analysis.schema.json``)."""
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
            }
            for kid, c in coverage.items()
        },
    }


def markdown_report(analysis: Mapping, template: Template) -> str:
    """Gap report per section: key elements covered / missing, evidence quoted with pages.

    The matching sentence of each evidence passage is shown in bold.
    """
    cov = analysis["coverage"]
    lines = [f"# Gap report: {analysis['doc_id']}", ""]
    n = {lab: sum(1 for c in cov.values() if c["label"] == lab) for lab in ("addressed", "partial", "absent")}
    lines += [
        f"- Source: `{Path(analysis['source']['path']).name}` ({analysis['source']['pages']} pages), language `{analysis['language']}`",
        f"- Follows the template's numbering: {'yes' if analysis['follows_template'] else 'no (placed by content)'}",
        f"- Key elements: {n['addressed']} addressed, {n['partial']} partial, {n['absent']} absent (of {len(cov)})",
        f"- Model: {analysis['model']['name']}; analyser {analysis['analyser_version']}",
        "",
    ]
    absent = [k for k, c in cov.items() if c["label"] == "absent"]
    if absent:
        lines += ["**Absent key elements:** " + ", ".join(f"{k} ({shorten(template.key_element(k).en, 60, placeholder='…')})" for k in absent), ""]
    for section in template.sections:
        info = analysis["sections"].get(section.id, {})
        lines += [f"## {section.id} {section.en}", ""]
        if info.get("heading"):
            lines.append(f"Heading in the document: *{_md(info['heading'])}*  ")
        status = "present" if info.get("present") else "**not found**"
        pages = ", ".join(map(str, info.get("pages") or [])) or "–"
        lines += [f"Section {status}; answer words: {info.get('answer_words', 0)}; pages: {pages}", ""]
        if not section.key_elements:
            continue
        lines += ["| key element | label | score | evidence pages |", "|---|---|---|---|"]
        for ke in section.key_elements:
            c = cov[ke.id]
            pages = ", ".join(str(p) for p in sorted({e["page"] for e in c["evidence"]})) or "–"
            flag = " (elsewhere)" if c.get("misplaced") and c["label"] != "absent" else ""
            if c.get("reviewed"):
                flag += f" · reviewed (machine: {c['machine_label']})"
            lines.append(f"| {ke.id} {_md(shorten(ke.en, 70, placeholder='…'))} | {LABEL_MARK[c['label']]}{flag} | {c['score']:.2f} | {pages} |")
        lines.append("")
        for ke in section.key_elements:
            c = cov[ke.id]
            review = ""
            if c.get("reviewed"):
                review = f" — reviewed{' by ' + _md(c['reviewer']) if c.get('reviewer') else ''} (machine: {c['machine_label']})"
                if c.get("review_note"):
                    review += f": {_md(c['review_note'])}"
            if c["label"] == "absent":
                lines.append(f"- **{ke.id}** missing{review}: {_md(ke.en)}")
                continue
            if review:
                lines.append(f"- **{ke.id}** {c['label']}{review}")
            if not c["evidence"]:
                continue
            lines.append(f"- **{ke.id}** {c['label']} (score {c['score']:.2f}){' — evidence outside its own section' if c.get('misplaced') else ''}:")
            for e in c["evidence"]:
                lines.append(f"  - p. {e['page']}, section {e['section'] or '–'}: {_highlight(e['text'], e.get('sentence'))}")
        lines.append("")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|").replace("*", "\\*").replace("<", "&lt;").replace(">", "&gt;")


def _highlight(text: str, sentence: str | None, limit: int = 600) -> str:
    t = " ".join(text.split())
    if sentence and sentence in t:
        start = t.index(sentence)
        lo = max(0, start - 150)
        hi = min(len(t), start + len(sentence) + 150)
        before, after = _md(t[lo:start]), _md(t[start + len(sentence):hi])
        parts = [("…" if lo else "") + before, f"**{_md(sentence)}**", after + ("…" if hi < len(t) else "")]
        return " ".join(p for p in parts if p)
    return _md(t[:limit]) + ("…" if len(t) > limit else "")


def write_analysis(folder: Path, analysis: Mapping) -> Path:
    """Write ``<folder>/analysis.json`` atomically; returns its path."""
    path = folder / "analysis.json"
    write_text_atomic(path, json.dumps(analysis, ensure_ascii=False, indent=1))
    return path


def write_reports(folder: Path, analysis: Mapping, template: Template) -> None:
    """Write ``report.md`` and ``report.html`` of one document (reviews applied to ``analysis`` or not)."""
    from .html import document_html

    write_text_atomic(folder / "report.md", markdown_report(analysis, template))
    write_text_atomic(folder / "report.html", document_html(analysis, template))


SUMMARY_FIELDS = ("doc_id", "language", "section", "key_element", "label", "score", "misplaced", "reviewed",
                  "machine_label", "evidence_pages", "evidence_blocks")


def summary_frame(store: AnalysisStore, template: Template) -> pd.DataFrame:
    """One row per stored document × key element (Annex order), reviews applied; columns :data:`SUMMARY_FIELDS`."""
    cov = store.table("coverage")
    ev = store.table("evidence")
    if len(ev):
        ev = ev.sort_values(["doc_id", "key_element", "rank"])
        pages = ev.groupby(["doc_id", "key_element"])["page"].agg(lambda p: " ".join(map(str, sorted(set(p)))))
        blocks = ev.groupby(["doc_id", "key_element"])["block_id"].agg(" ".join)
        cov = cov.join(pages.rename("evidence_pages"), on=["doc_id", "key_element"])
        cov = cov.join(blocks.rename("evidence_blocks"), on=["doc_id", "key_element"])
    for col in ("evidence_pages", "evidence_blocks"):
        if col not in cov:
            cov[col] = ""
        cov[col] = cov[col].fillna("")
    order = {ke.id: i for i, ke in enumerate(template.key_elements())}
    cov = cov.assign(_o=cov["key_element"].map(order)).sort_values(["doc_id", "_o"])
    return cov[list(SUMMARY_FIELDS)].reset_index(drop=True)


def write_corpus_outputs(out: Path, store: AnalysisStore, template: Template) -> None:
    """Write the corpus exports from the store.

    ``summary.csv``, ``coverage.parquet`` (the summary columns), ``similarity.parquet``
    (section, doc_a, doc_b, similarity) and the corpus ``report.html`` cover
    every document in the store.
    """
    from .html import corpus_html

    summary = summary_frame(store, template)
    write_text_atomic(out / "summary.csv", summary.to_csv(index=False))
    _write_parquet(out / "coverage.parquet", summary)
    similarity = store.table("similarity")
    _write_parquet(out / "similarity.parquet", similarity)
    documents = store.table("documents")
    evidence = store.table("evidence")
    coverage = store.table("coverage")
    write_text_atomic(out / "report.html", corpus_html(documents, coverage, similarity, evidence, template))


def write_run(out: Path, results: Sequence[RunResult], run_info: Mapping) -> None:
    """Write ``run.json``: the run's settings, every input's result and the status counts."""
    run = dict(run_info)
    run["documents"] = [r.model_dump(mode="json") for r in results]
    run["counts"] = {s: sum(r.status == s for r in results) for s in ("success", "partial", "failed", "skipped")}
    run["reused"] = sum(r.reused for r in results)
    write_text_atomic(out / "run.json", json.dumps(run, ensure_ascii=False, indent=1))


def _write_parquet(path: Path, frame: pd.DataFrame) -> None:
    tmp = path.with_name(path.name + ".part")
    frame.to_parquet(tmp, index=False)
    os.replace(tmp, path)
