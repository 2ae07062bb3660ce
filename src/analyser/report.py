"""Write the results: ``analysis.json`` per document, Markdown gap reports, corpus CSV/JSON.

File layout under the output folder::

    <out>/<doc_id>/analysis.json   # contracts/analysis.schema.json (data/analysis.schema.json)
    <out>/<doc_id>/report.md       # gap report per section, evidence quoted with pages
    <out>/summary.csv              # one row per document × key element
    <out>/run.json                 # status of every input (success / partial / failed)

Every file is written to a temporary name first and moved into place, so a
reader never sees a half-written file.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from . import __version__
from .match import Matches
from .schema import Coverage, Document, RunResult, Segmentation
from .score import Calibration
from .template import Template

SCHEMA_VERSION = "1.0"
LABEL_MARK = {"addressed": "✅ addressed", "partial": "◐ partial", "absent": "❌ absent"}


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


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
            }
            for sb in seg.blocks
        ],
        "sections": {
            sid: {
                "present": info.present,
                "heading": info.heading,
                "pages": list(info.pages),
                "answer_words": info.answer_words,
            }
            for sid, info in seg.sections.items()
        },
        "passages": [
            {"id": p.id, "blocks": list(p.block_ids), "section": p.section_id, "page": p.page,
             "n_tokens": p.n_tokens, "truncated": p.truncated}
            for p in matches.passages
        ],
        "coverage": {
            kid: {
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
        lines += ["**Absent key elements:** " + ", ".join(f"{k} ({template.key_element(k).en[:60]}…)" for k in absent), ""]
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
            flag = " (elsewhere)" if c.get("misplaced") else ""
            lines.append(f"| {ke.id} {_md(ke.en[:70])} | {LABEL_MARK[c['label']]}{flag} | {c['score']:.2f} | {pages} |")
        lines.append("")
        for ke in section.key_elements:
            c = cov[ke.id]
            if c["label"] == "absent":
                lines.append(f"- **{ke.id}** missing: {_md(ke.en)}")
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


def write_document_outputs(
    out: Path,
    doc: Document,
    seg: Segmentation,
    matches: Matches,
    coverage: Mapping[str, Coverage],
    template: Template,
    *,
    model: Mapping[str, object],
    calibration: Calibration | None = None,
) -> Path:
    """Write ``analysis.json`` and ``report.md`` for one document; returns its folder."""
    folder = out / doc.doc_id
    data = analysis_dict(doc, seg, matches, coverage, template, model=model, calibration=calibration)
    _write_atomic(folder / "analysis.json", json.dumps(data, ensure_ascii=False, indent=1))
    _write_atomic(folder / "report.md", markdown_report(data, template))
    return folder


SUMMARY_FIELDS = ("doc_id", "language", "section", "key_element", "label", "score", "misplaced", "evidence_pages", "evidence_blocks")


def summary_rows(out: Path, results: Sequence[RunResult], template: Template) -> list[dict]:
    """One row per successfully analysed document × key element."""
    rows = []
    for r in results:
        if r.status not in ("success", "partial") or not r.out_dir:
            continue
        data = json.loads((Path(r.out_dir) / "analysis.json").read_text(encoding="utf-8"))
        for kid, c in data["coverage"].items():
            rows.append({
                "doc_id": data["doc_id"],
                "language": data["language"],
                "section": template.key_element(kid).section_id,
                "key_element": kid,
                "label": c["label"],
                "score": c["score"],
                "misplaced": c.get("misplaced", False),
                "evidence_pages": " ".join(sorted({str(e["page"]) for e in c["evidence"]}, key=int)),
                "evidence_blocks": " ".join(e["block"] for e in c["evidence"]),
            })
    return rows


def write_corpus_outputs(out: Path, results: Sequence[RunResult], template: Template, run_info: Mapping) -> None:
    """Write ``summary.csv`` and ``run.json`` for a batch."""
    rows = summary_rows(out, results, template)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=SUMMARY_FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    _write_atomic(out / "summary.csv", buf.getvalue())
    run = dict(run_info)
    run["documents"] = [r.model_dump(mode="json") for r in results]
    run["counts"] = {s: sum(r.status == s for r in results) for s in ("success", "partial", "failed", "skipped")}
    _write_atomic(out / "run.json", json.dumps(run, ensure_ascii=False, indent=1))
