"""Markdown reports: the per-document gap report and the two-document comparison.

Markdown is read in viewers that render HTML and follow links, so document
text is never trusted: it is escaped by :func:`_md` before it is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from textwrap import shorten
from typing import Any

from ..template import Template
from .html import comparison_context, fmt_num

LABEL_MARK = {"addressed": "✅ addressed", "partial": "◐ partial", "absent": "❌ absent"}


def _md(text: Any) -> str:
    """Document text for one Markdown line: whitespace collapsed; ``|``, ``*``, ``<``, ``>`` escaped."""
    return (" ".join(str(text).split()).replace("|", "\\|").replace("*", "\\*")
            .replace("<", "&lt;").replace(">", "&gt;"))


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


def comparison_markdown(comparison: Mapping, template: Template, excerpt: int = 300) -> str:
    """The comparison of :func:`comparison_html` as Markdown.

    Passage texts are shortened to ``excerpt`` characters; ``|``, ``*``, ``<``
    and ``>`` in document text are escaped so a passage cannot break the tables
    or inject HTML into a Markdown renderer.
    """
    ctx = comparison_context(comparison, template)
    a, b = ctx["a"], ctx["b"]

    def ids(items: list[dict]) -> str:
        return ", ".join(i["id"] for i in items) or "–"

    def short(t: str) -> str:
        return _md(t[:excerpt] + ("…" if len(t) > excerpt else ""))

    lines = [f"# Comparison: {_md(a['doc_id'])} ({_md(a['language'])}) and {_md(b['doc_id'])} ({_md(b['language'])})", ""]
    lines += [f"- Overall similarity: {fmt_num(ctx['overall'])}",
              f"- Key elements covered (addressed or partial) only by {_md(a['doc_id'])}: {ctx['totals']['only_a']}; "
              f"only by {_md(b['doc_id'])}: {ctx['totals']['only_b']}; by both: {ctx['totals']['both']}; "
              f"by neither: {ctx['totals']['neither']}", ""]
    lines += [f"| section | similarity | only {_md(a['doc_id'])} | only {_md(b['doc_id'])} | both | neither |",
              "|---|---|---|---|---|---|"]
    for s in ctx["sections"]:
        lines.append(f"| {_md(shorten(str(s['title']), 70, placeholder='…'))} | {fmt_num(s['similarity'])} | {ids(s['only_a'])} | {ids(s['only_b'])} "
                     f"| {ids(s['both'])} | {ids(s['neither'])} |")
    lines.append("")
    for s in ctx["sections"]:
        if not (s["only_a"] or s["only_b"] or s["pairs"]):
            continue
        lines += [f"## {_md(s['title'])}", "", f"Similarity: {fmt_num(s['similarity'])}", ""]
        for key, who in (("only_a", a["doc_id"]), ("only_b", b["doc_id"])):
            for ke in s[key]:
                lines.append(f"- **{ke['id']}** only in {_md(who)}: {_md(ke['en'])}")
        if s["only_a"] or s["only_b"]:
            lines.append("")
        if s["pairs"]:
            lines += [f"| {_md(a['doc_id'])} | {_md(b['doc_id'])} | similarity |", "|---|---|---|"]
            for p in s["pairs"]:
                lines.append(f"| p. {p['a_page']}: {short(p['a_text'])} | p. {p['b_page']}: {short(p['b_text'])} "
                             f"| {fmt_num(p['similarity'])} |")
            lines.append("")
    return "\n".join(lines) + "\n"
