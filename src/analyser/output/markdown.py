"""Markdown reports: the per-document gap report and the two-document comparison.

Markdown is read in viewers that render HTML and follow links, so document
text is never trusted: it is escaped by :func:`_md` before it is written (no
link, image, autolink or HTML tag from a strategy survives).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from textwrap import shorten
from typing import Any

from ..schema import Analysis, CoverageRecord, SectionRecord, as_analysis
from ..template import Template
from .facts import (LANGUAGE_NAMES, covered_aspects, document_warnings, label_rule, lacking_aspects, reading_key, review_mark,
                    reviewed_aspects, scope_review_line, template_use, unread_pages_note)
from .html import comparison_context, fmt_num

LABEL_MARK = {"addressed": "✅ addressed", "partial": "◐ partial", "absent": "❌ absent"}

#: The label cell of a key element of a document that is out of scope (``in_scope`` false): its "absent" means not
#: assessed, and "❌ absent 0.00" 44 times read as 44 confident absences of a strategy read as no strategy
#: (fresh-eyes, sixth session: a Slovak action plan set as a table).
NOT_ASSESSED_MARK = "– absent (not assessed)"


_MD_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*[]|"} | {"<": "&lt;", ">": "&gt;"})


def _md(text: Any) -> str:
    """Document text for one Markdown line, inert in any Markdown renderer.

    Whitespace is collapsed; the backslash, ``*`` and `` ` `` (emphasis, code),
    ``[`` and ``]`` (links and images: ``[x](javascript:…)`` and ``![x](url)``
    cannot form) and ``|`` (tables) are backslash-escaped; ``<`` and ``>``
    become entities, so no autolink (``<javascript:…>``) or raw HTML survives.
    Parentheses, ``#`` and ``_`` stay readable: without brackets they start
    nothing harmful inside a line.
    """
    return " ".join(str(text).split()).translate(_MD_ESCAPES)


def markdown_report(analysis: Analysis | Mapping, template: Template, *,
                    page_link: Callable[[Any], str | None] | None = None) -> str:
    """Gap report per section: key elements covered / missing, evidence quoted with pages.

    Args:
        analysis: the document's :class:`~analyser.schema.Analysis` (reviews applied or
            not; an ``analysis.json`` object is validated first).
        template: the Annex template.
        page_link: page number -> URL of that page of the source (e.g.
            ``../../corpus/x.pdf#page=14``) or None; evidence pages become links.

    The document's language and its warnings (code and message) come first,
    with a banner when ``analysis.in_scope`` is false. The matching sentence
    of each evidence passage is shown in bold. Every piece of document text
    (doc id, file name, headings, passages, review notes) is escaped by
    :func:`_md`.

    Raises:
        ScoreError: ``E403`` when a dict given is not an analysis.
    """
    a = as_analysis(analysis)
    cov = a.coverage
    lines = [f"# Gap report: {_md(a.doc_id)}", ""]
    scope_line = scope_review_line(a)
    if not a.in_scope and scope_line:
        lines += ["> **Reviewed as not an asylum and migration strategy — coverage not assessed.** "
                  f"{_md(scope_line)}; every key element is shown as absent, without evidence.", ""]
    elif not a.in_scope:
        lines += ["> **Not an asylum and migration strategy — coverage not assessed.** This document does not read as a "
                  "national asylum and migration management strategy"
                  f" (in-scope score {a.in_scope_score:.2f} of 1)"
                  "; every key element is shown as absent, without evidence.", ""]
    elif scope_line:
        lines += [f"> **Scope reviewed by a person.** {_md(scope_line)}"
                  + ("; its key elements are assessed as those of a strategy." if not a.machine_in_scope else "."), ""]
    n = {lab: sum(1 for c in cov.values() if c.label == lab) for lab in ("addressed", "partial", "absent")}
    language = a.language or "und"
    name = LANGUAGE_NAMES.get(language) or "not one of the 24 official EU languages"
    lines += [
        f"- Source: {_md(Path(a.source.path).name)} ({a.source.pages} page{'' if a.source.pages == 1 else 's'})",
        f"- Language: {_md(language)} ({name})",
        f"- Follows the template's numbering: {template_use(a, short=True)}",
        (f"- Key elements: {n['addressed']} addressed, {n['partial']} partial, {n['absent']} absent (of {len(cov)})"
         if a.in_scope else
         f"- Key elements: not assessed (not a strategy); {n['absent']} of {len(cov)} shown as absent"
         + (f", {n['addressed'] + n['partial']} covered by a review" if n['addressed'] + n['partial'] else "")),
        f"- Model: {a.model.name}; analyser {a.analyser_version}",
        f"- {label_rule(a)}",
    ]
    if key := reading_key(a):
        lines.append(f"- {key}")
    warnings = document_warnings(a)
    if warnings:
        lines.append(f"- Warnings ({len(warnings)}):")
        lines += [f"  - **{_md(w['code'] or '–')}** {_md(w['message'])}" for w in warnings]
    lines.append("")
    def reviewed(c: CoverageRecord) -> str:  # an analyst's label says so in the summary too, not only in its section
        if not c.reviewed:
            return ""
        note = f", note: {_md(c.review_note)}" if c.review_note else ""
        return f"; reviewed by a person, machine: {c.machine_label or '–'}{note}"

    absent = [k for k, c in cov.items() if c.label == "absent" and (a.in_scope or c.reviewed)]
    if not a.in_scope and (unassessed := sum(1 for c in cov.values() if c.label == "absent" and not c.reviewed)):
        lines += [f"**Not assessed (out of scope):** {unassessed} key element{'' if unassessed == 1 else 's'}, "
                  + ("shown as absent (reviewed out of scope; scores as the machine gave them)." if a.scope_reviewed
                     and a.machine_in_scope else "shown as absent with a score scaled by the in-scope score."), ""]
    if absent:
        lines += ["**Absent key elements:** " + ", ".join(
            f"{k} ({shorten(template.key_element(k).en, 60, placeholder='…')}{reviewed(cov[k])})" for k in absent), ""]
        if unread := unread_pages_note(a):
            lines += [f"*{unread}*", ""]
    partial = [(k, lacking_aspects(c)) for k, c in cov.items() if c.label == "partial"]
    if partial:
        lines += ["**Partly addressed:** " + ", ".join(
            f"{k} ({shorten(template.key_element(k).en, 60, placeholder='…')}"
            + (f"; lacks: {_md('; '.join(lacks))}" if lacks else "") + reviewed(cov[k]) + ")" for k, lacks in partial), ""]
    for section in template.sections:
        info = a.sections.get(section.id) or SectionRecord(present=False)
        lines += [f"## {section.id} {section.en}", ""]
        if info.heading:
            lines.append(f"Heading in the document: *{_md(info.heading)}*  ")
        status = "present" if info.present else "**not found**"
        pages = ", ".join(map(str, info.pages or [])) or "–"
        lines += [f"Section {status}; answer words: {info.answer_words}; pages: {pages}", ""]
        if not section.key_elements:
            continue
        lines += ["| key element | label | score | evidence pages |", "|---|---|---|---|"]
        for ke in section.key_elements:
            c = cov[ke.id]
            pages = ", ".join(str(p) for p in sorted({e.page for e in c.evidence})) or "–"
            flag = " (elsewhere)" if c.misplaced and c.label != "absent" else ""
            if c.reviewed:
                flag += f" · {review_mark(c)} (machine: {c.machine_label})"
            mark = NOT_ASSESSED_MARK if not a.in_scope and c.label == "absent" and not c.reviewed else LABEL_MARK[c.label]
            lines.append(f"| {ke.id} {_md(shorten(ke.en, 70, placeholder='…'))} | {mark}{flag} | {c.score:.2f} | {pages} |")
        lines.append("")
        for ke in section.key_elements:
            c = cov[ke.id]
            review = ""
            if c.reviewed and review_mark(c) == "aspects reviewed":
                review = f" — label from reviewed aspects (machine: {c.machine_label})"
            elif c.reviewed:
                review = f" — reviewed{' by ' + _md(c.reviewer) if c.reviewer else ''} (machine: {c.machine_label})"
                if c.review_note:
                    review += f": {_md(c.review_note)}"
            for ra in reviewed_aspects(c):
                lines.append(f"- **{ke.id}** aspect {_md(ra['id'])} ({_md(ra['text'])}): "
                             f"{'covered' if ra['covered'] else 'missing'} — reviewed"
                             f"{' by ' + _md(ra['reviewer']) if ra['reviewer'] else ''}"
                             f" (machine: {'covered' if ra['machine_covered'] else 'missing'})"
                             + (f": {_md(ra['note'])}" if ra["note"] else ""))
            if c.label == "absent":
                said = "not assessed" if not a.in_scope and not c.reviewed else "missing"
                lines.append(f"- **{ke.id}** {said}{review}: {_md(ke.en)}")
                continue
            if review:
                lines.append(f"- **{ke.id}** {c.label}{review}")
            outside = c.misplaced and bool(c.evidence)
            headed = False  # a partial key element's aspects and evidence stand under one bullet, not two of the same id
            if c.label == "partial":
                lacks, covers = lacking_aspects(c), covered_aspects(c)
                if lacks or covers:
                    lines.append(f"- **{ke.id}** partial (score {c.score:.2f}{'; evidence outside its own section' if outside else ''})"
                                 f" — aspects missing: {_md('; '.join(lacks)) or '–'}")
                    lines += [f"  - covers: {_md(x['text'])}" + (f" (p. {x['page']}: {_md(shorten(x['sentence'] or '', 200, placeholder='…'))})" if x["page"] else "")
                              for x in covers]
                    headed = True
            if not c.evidence:
                continue
            if not headed:
                lines.append(f"- **{ke.id}** {c.label} (score {c.score:.2f}){' — evidence outside its own section' if c.misplaced else ''}:")
            for e in c.evidence:
                href = page_link(e.page) if page_link else None
                link = f", [open p. {e.page} of the source]({href})" if href else ""
                lines.append(f"  - p. {e.page}, section {e.section or '–'}{link}: {_highlight(e.text, e.sentence)}")
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
    for d in ctx["out_of_scope"]:
        lines += [f"> **{_md(d['doc_id'])} is not an asylum and migration strategy** (in-scope score "
                  f"{fmt_num(d['in_scope_score'])}): its coverage was not assessed and it is not compared for similarity.", ""]
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
