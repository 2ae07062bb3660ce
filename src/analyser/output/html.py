"""Self-contained HTML reports: per-document gap report, corpus overview, two-document comparison.

Every page is a single HTML file with inline CSS, inline SVG and page crops as
``data:`` URIs (lazy ``<img>``, see :mod:`analyser.output.crops`): no external
resources, no JavaScript, so it can be mailed, archived or opened from disk.
Links to the source PDF's pages (``file.pdf#page=14``) are relative to the report.
Pages are rendered with jinja2 templates shipped in ``data/html/`` and
**autoescape on**: every piece of text that comes from a strategy (headings,
passages, sentences, doc ids, review notes, …) is HTML-escaped, so a PDF that
contains ``<script>`` or ``<img onerror=…>`` is shown as text and never runs.
A Content-Security-Policy ``<meta>`` (no scripts, no remote loads) is a
second line of defence. The matching sentence of an evidence passage is
highlighted with ``<mark>`` by splitting the (escaped) text around it, never by
inserting markup into it.

Functions:

* :func:`document_html` — from one :class:`~analyser.schema.Analysis` (see :mod:`analyser.output.analysis`);
* :func:`corpus_html` — from the corpus tables (pandas DataFrames) of the store;
* :func:`comparison_html` — from :func:`analyser.compare.compare_documents`
  (its Markdown twin is :func:`analyser.output.markdown.comparison_markdown`,
  built from the same :func:`comparison_context`);
* :func:`write_html` — atomic write (:func:`analyser.io.write_text_atomic`).
"""

from __future__ import annotations

import functools
import math
import numbers
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2

from ..io import write_text_atomic
from ..schema import Analysis, EvidenceRecord, SectionRecord, as_analysis
from ..template import Template
from .crops import EvidenceSources, crop_key
from .facts import (LANGUAGE_NAMES, covered_aspects, document_warnings, is_true, label_rule, lacking_aspect_rows, lacking_aspects, reading_key,
                    reviewed_aspects, scope_decided_by, scope_review_line, template_use, unread_pages_note)

LABELS = ("addressed", "partial", "absent")
LABEL_SYMBOL = {"addressed": "✓", "partial": "◐", "absent": "✗"}
LABEL_LETTER = {"addressed": "A", "partial": "P", "absent": "–"}
ALL_SECTIONS = "all"
"""Pseudo section id of whole-document similarity."""

EXCERPT_CONTEXT = 280
"""Characters of passage text shown either side of the matching sentence before "… (full passage)"."""

# Colour scales (ColorBrewer "Blues" for coverage scores, "Purples" for similarity): light → dark.
_BLUES = ("#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b")
_PURPLES = ("#fcfbfd", "#dadaeb", "#9e9ac8", "#6a51a3", "#3f007d")


# --------------------------------------------------------------------------- helpers


UNREADABLE_FLAGS = frozenset({"scanned", "cid_garbage"})
"""Page flags meaning the page's text could not be read (other flags, e.g. toc or rotated, are notes)."""


@functools.lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("analyser", "data/html"),
        autoescape=True,  # every {{ value }} is HTML-escaped, in every template
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = fmt_num
    env.globals.update(symbol=LABEL_SYMBOL, letter=LABEL_LETTER, labels=LABELS)
    return env


def _render(name: str, **context: Any) -> str:
    return _env().get_template(name).render(**context)


def _missing(value: Any) -> bool:
    """None, NaN (float or numpy), pandas NA / NaT."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    return isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral) and math.isnan(value)


def _clean(value: Any) -> Any:
    return None if _missing(value) else value


def fmt_num(value: Any, digits: int = 2) -> str:
    """A float with ``digits`` decimals, "–" when missing (None, NaN, pandas NA)."""
    if _missing(value):
        return "–"
    return f"{float(value):.{digits}f}"


def _bool(value: Any) -> bool:
    return False if _missing(value) else bool(value)


def _ramp(value: float, stops: tuple[str, ...]) -> tuple[str, str]:
    """Background and text colour for ``value`` in [0, 1] on a light→dark colour ramp."""
    v = min(1.0, max(0.0, float(value)))
    pos = v * (len(stops) - 1)
    i = min(int(pos), len(stops) - 2)
    frac = pos - i
    a, b = (tuple(int(s[k:k + 2], 16) for k in (1, 3, 5)) for s in (stops[i], stops[i + 1]))
    rgb = tuple(round(x + (y - x) * frac) for x, y in zip(a, b))
    return "#{:02x}{:02x}{:02x}".format(*rgb), ("#ffffff" if v >= 0.55 else "#111111")


def _highlight(text: Any, sentence: Any, context: int | None = None) -> dict:
    """Split a passage around its matching sentence (whitespace collapsed).

    Returns a dict ``{before, mark, after, cut_start, cut_end, found}``; the
    template escapes each part and wraps ``mark`` in ``<mark>``. With
    ``context``, at most that many characters are kept either side (cut at a
    word boundary). When the sentence is not inside the text, ``mark`` is the
    sentence and ``before`` the (shortened) text.
    """
    t = " ".join(str(_clean(text) or "").split())
    s = " ".join(str(_clean(sentence) or "").split())
    if s and s in t:
        i = t.index(s)
        before, after, found = t[:i], t[i + len(s):], True
    else:
        before, after, found = t, "", False
    cut_start = cut_end = False
    if context is not None:
        if found and len(before) > context:
            before = before[-context:]
            before = before[before.find(" ") + 1:] if " " in before else before
            cut_start = True
        limit = context if found else 2 * context
        target = "after" if found else "before"
        part = after if found else before
        if len(part) > limit:
            part = part[:limit]
            part = part[:part.rfind(" ")] if " " in part else part
            cut_end = True
            if target == "after":
                after = part + " "
            else:
                before = part + " "
    return {"before": before, "mark": s, "after": after, "cut_start": cut_start, "cut_end": cut_end, "found": found}


def _evidence_view(e: EvidenceRecord, own_section: str, sources: EvidenceSources | None = None) -> dict:
    text = " ".join(e.text.split())
    excerpt = _highlight(text, e.sentence, EXCERPT_CONTEXT)
    shortened = excerpt["cut_start"] or excerpt["cut_end"]
    section, page = e.section, e.page
    crop = context = href = crop_href = None
    if sources is not None:
        crop = sources.crops.get(crop_key(page, e.sentence, text))
        href = sources.page_link(page)
        crop_href = sources.page_link(crop.page) if crop is not None else None
        if sources.context is not None:
            context = sources.context(e.block)
    return {
        "page": page,
        "section": section,
        "similarity": _clean(e.similarity),
        "outside": section != own_section,
        "excerpt": excerpt,
        "full": _highlight(text, e.sentence) if shortened else None,
        "crop": crop, "href": href, "crop_href": crop_href, "context": context,
    }


def _sec_anchor(section_id: str) -> str:
    return f"sec-{section_id}"


# --------------------------------------------------------------------------- document report


def _chart(sections: list[dict], width: int = 820) -> dict:
    """Geometry of the stacked-bar SVG: one row per section, share of key elements by label."""
    label_w, bar_w, row_h, top = 340, 320, 24, 26
    rows = []
    for i, sec in enumerate(sections):
        n = sum(sec["counts"].values())
        segs, x = [], label_w
        for lab in LABELS:
            c = sec["counts"][lab]
            if not c:
                continue
            w = bar_w * c / n
            segs.append({"label": lab, "count": c, "x": round(x, 1), "w": round(w, 1)})
            x += w
        suffix = "" if sec["present"] else " (not found)"
        text, room = f"{sec['id']} {sec['en']}", 50 - 2 * sec["depth"] - len(suffix)
        text = text if len(text) <= room else text[:room - 1].rstrip() + "…"
        rows.append({**sec, "n": n, "y": top + i * row_h, "segments": segs, "text": text + suffix})
    return {"width": width, "height": top + len(sections) * row_h + 8, "label_w": label_w, "bar_w": bar_w,
            "row_h": row_h, "rows": rows, "text_x": label_w + bar_w + 10}


def _document_context(analysis: Analysis, template: Template, sources: EvidenceSources | None = None) -> dict:
    cov = analysis.coverage
    counts = {lab: sum(1 for c in cov.values() if c.label == lab) for lab in LABELS}

    sections: list[dict] = []
    absent: list[dict] = []
    by_page: dict[int, list[dict]] = {}
    for section in template.sections:
        info = analysis.sections.get(section.id) or SectionRecord(present=False)
        kes: list[dict] = []
        for ke in section.key_elements:
            c = cov.get(ke.id)
            if c is None:
                kes.append({"id": ke.id, "en": ke.en, "label": None, "score": None, "misplaced": False,
                            "evidence": [], "reviewed": False})
                continue
            label = c.label
            if label == "absent":
                absent.append({"id": ke.id, "en": ke.en, "section": section.id, "reviewed": bool(c.reviewed),
                               "machine_label": c.machine_label, "review_note": c.review_note})
            evidence = [_evidence_view(e, section.id, sources) for e in c.evidence]
            for e in evidence:
                if e["page"] is not None:
                    by_page.setdefault(e["page"], []).append({"id": ke.id, "label": label})
            kes.append({
                "id": ke.id, "en": ke.en, "label": label, "score": c.score,
                "misplaced": c.misplaced, "evidence": evidence,
                "reviewed": bool(c.reviewed),
                "machine_label": c.machine_label,
                "review_note": c.review_note, "reviewer": c.reviewer,
                "review_source": c.review_source, "reviewed_aspects": reviewed_aspects(c),
                "lacks": lacking_aspects(c),
                "covers": covered_aspects(c),
                "pages": sorted({e["page"] for e in evidence if e["page"] is not None}),
            })
        scored = [k for k in kes if k["label"]]
        sec_counts = {lab: sum(1 for k in scored if k["label"] == lab) for lab in LABELS}
        sections.append({
            "id": section.id, "en": section.en, "depth": section.depth, "anchor": _sec_anchor(section.id),
            "present": info.present, "heading": info.heading,
            "pages": list(info.pages or []), "answer_words": info.answer_words,
            "key_elements": kes, "counts": sec_counts,
            "mean_score": (sum(float(k["score"]) for k in scored) / len(scored)) if scored else None,
        })
    pages = [{"page": p, "items": sorted({(i["id"], i["label"]) for i in items}, key=lambda x: _ke_order(template, x[0]))}
             for p, items in sorted(by_page.items())]
    language = analysis.language or "und"
    by_label = {lab: [{**k, "section": s["id"]} for s in sections for k in s["key_elements"] if k["label"] == lab]
                for lab in LABELS}
    flagged: list[dict[str, Any]] = [{"number": p.number, "flags": list(p.flags)} for p in analysis.pages]
    return {
        "title": f"Gap report: {analysis.doc_id}",
        "language_name": LANGUAGE_NAMES.get(language),
        "warnings": document_warnings(analysis),
        "in_scope": analysis.in_scope, "in_scope_score": _clean(analysis.in_scope_score),
        "scope_review": scope_review_line(analysis), "machine_in_scope": analysis.machine_in_scope,
        "partial": by_label["partial"], "addressed": by_label["addressed"],
        "doc_id": analysis.doc_id,
        "source_name": Path(analysis.source.path).name,
        "sha256": analysis.source.sha256,
        "n_pages": analysis.source.pages,
        "language": analysis.language,
        "follows_template": analysis.follows_template,
        "template_use": template_use(analysis),
        "unread_note": unread_pages_note(analysis),
        "counts": counts, "n_total": len(cov),
        "n_reviewed": sum(1 for c in cov.values() if c.reviewed),
        "n_sections": len(template.sections),
        "n_present": sum(1 for s in sections if s["present"]),
        "model_name": analysis.model.name, "analyser_version": analysis.analyser_version,
        "label_rule": label_rule(analysis), "reading_key": reading_key(analysis, html=True),
        "page_flags": [p for p in flagged if set(p["flags"]) & UNREADABLE_FLAGS],
        "page_notes": [p for p in flagged if p["flags"] and not set(p["flags"]) & UNREADABLE_FLAGS],
        "sections": sections, "absent": absent, "by_page": pages,
        "chart": _chart(sections),
    }


def _ke_order(template: Template, kid: str) -> int:
    ids = [k.id for k in template.key_elements()]
    return ids.index(kid) if kid in ids else len(ids)


def document_html(analysis: Analysis | Mapping, template: Template, sources: EvidenceSources | None = None) -> str:
    """Self-contained HTML gap report for one document.

    Args:
        analysis: the document's :class:`~analyser.schema.Analysis` (an ``analysis.json``
            object is validated first). Coverage entries may carry the optional review
            fields ``reviewed``, ``machine_label``, ``review_note`` and ``reviewer``
            (see :mod:`analyser.review`).
        template: the Annex template (section order, titles, key elements).
        sources: page crops, the link to the source file and text context
            shown with each evidence passage (see :class:`EvidenceSources`);
            None: passages only.

    Returns:
        One HTML page in reading order: the document (language, warnings
        with their codes, a banner when ``analysis["in_scope"]`` is false), the
        counts, what is missing (absent key elements, then partial ones with
        the aspects they lack), what is covered, a stacked-bar SVG of key
        elements addressed / partial / absent per section, evidence by page;
        then one ``<h2 id="sec-<id>">`` per Annex
        section with the heading found in the document, its pages and each key
        element (``id="ke-<id>"``) with label, score, review badge, misplaced
        flag and its evidence collapsed (``<details>``): passages with page
        numbers, the matching sentence in ``<mark>``, the page crop (lazy
        ``<img>``) and the link to the page of the source. All document text (headings, passages, sentences, doc id,
        source name, review notes) is HTML-escaped.

    Raises:
        ScoreError: ``E403`` when a dict given is not an analysis.
    """
    return _render("document.html.j2", **_document_context(as_analysis(analysis), template, sources))


# --------------------------------------------------------------------------- corpus report


def _records(frame: Any) -> list[dict]:
    if frame is None:
        return []
    return [{k: _clean(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _section_order(template: Template, ids: Iterable[str]) -> list[str]:
    ids = set(ids)
    order = [ALL_SECTIONS] if ALL_SECTIONS in ids else []
    order += [s for s in template.section_ids() if s in ids]
    return order + sorted(ids - set(order))


def _corpus_context(documents: Any, coverage: Any, similarity: Any, evidence: Any, template: Template) -> dict:
    doc_fields = ("doc_id", "language", "pages", "follows_template", "n_addressed", "n_partial", "n_absent")
    docs = [{k: d.get(k) for k in doc_fields} for d in _records(documents)]
    cov_rows = _records(coverage)
    doc_ids = [str(d["doc_id"]) for d in docs]
    for r in cov_rows:  # documents with coverage but no documents row still get a heatmap row
        if str(r["doc_id"]) not in doc_ids:
            doc_ids.append(str(r["doc_id"]))
            docs.append({k: r.get(k) for k in doc_fields})
    lang = {str(d["doc_id"]): d.get("language") or "und" for d in docs}
    cov = {(str(r["doc_id"]), str(r["key_element"])): r for r in cov_rows}
    # documents that are not strategies (analysis.json "in_scope": false) are listed apart:
    # not in the heatmap, the similarity matrices or the evidence side by side
    scope = {str(d.get("doc_id")): d for d in _records(documents)}
    out_of_scope = [{"doc_id": did, "language": lang.get(did, "und"),
                     "score": _clean(scope.get(did, {}).get("in_scope_score")),
                     "decided_by": scope_decided_by(scope.get(did, {}))}
                    for did in doc_ids if scope.get(did, {}).get("in_scope") is False]
    # documents an analyst reviewed in scope (or confirmed): in the heatmap, the decision said apart
    scope_reviewed = [{"doc_id": did, "language": lang.get(did, "und"), "decided_by": scope_decided_by(scope[did])}
                      for did in doc_ids if did in scope and scope[did].get("in_scope") is not False
                      and is_true(scope[did].get("scope_reviewed"))]
    excluded = {d["doc_id"] for d in out_of_scope}
    docs = [d for d in docs if str(d["doc_id"]) not in excluded]
    doc_ids = [did for did in doc_ids if did not in excluded]

    # heatmap
    groups: list[dict[str, Any]] = [{"id": s.id, "en": s.en, "key_elements": [{"id": k.id, "letter": k.letter, "en": k.en} for k in s.key_elements]}
              for s in template.sections if s.key_elements]
    heat_rows = []
    for d in docs:
        did = str(d["doc_id"])
        cells = []
        for g in groups:
            for ke in g["key_elements"]:
                row = cov.get((did, ke["id"]))
                if row is None:
                    cells.append({"ke": ke["id"], "label": None, "first": ke is g["key_elements"][0]})
                    continue
                score = row.get("score")
                bg, fg = _ramp(score if score is not None else 0.0, _BLUES)
                cells.append({"ke": ke["id"], "label": row.get("label"), "score": score, "bg": bg, "fg": fg,
                              "misplaced": _bool(row.get("misplaced")), "reviewed": _bool(row.get("reviewed")),
                              "machine_label": row.get("machine_label"), "first": ke is g["key_elements"][0]})
        heat_rows.append({"doc_id": did, "language": lang[did], "cells": cells,
                          "counts": {lab: d.get(f"n_{lab}") for lab in LABELS}})
    legend = [{"value": v, "bg": _ramp(v, _BLUES)[0], "fg": _ramp(v, _BLUES)[1]} for v in (0.0, 0.25, 0.5, 0.75, 1.0)]

    # similarity matrices, "all" first, then Annex order
    sim_rows = [r for r in _records(similarity) if str(r["doc_a"]) not in excluded and str(r["doc_b"]) not in excluded]
    sim_ids = list(doc_ids)
    for r in sim_rows:
        for k in ("doc_a", "doc_b"):
            if str(r[k]) not in sim_ids:
                sim_ids.append(str(r[k]))
    by_section: dict[str, dict[tuple[str, str], float]] = {}
    for r in sim_rows:
        if r.get("similarity") is not None:
            by_section.setdefault(str(r["section"]), {})[(str(r["doc_a"]), str(r["doc_b"]))] = float(r["similarity"])
    matrices = []
    for sid in _section_order(template, by_section):
        vals = by_section[sid]
        ids = [d for d in sim_ids if any(d in pair for pair in vals)]
        lo, hi = min(vals.values()), max(vals.values())
        rows = []
        for a in ids:
            cells = []
            for b in ids:
                v = vals.get((a, b), vals.get((b, a))) if a != b else None
                if a == b or v is None:
                    cells.append({"doc": b, "value": None, "diag": a == b})
                else:
                    bg, fg = _ramp((v - lo) / (hi - lo) if hi > lo else 0.5, _PURPLES)
                    cells.append({"doc": b, "value": v, "bg": bg, "fg": fg, "diag": False})
            rows.append({"doc": a, "cells": cells})
        title = "Whole document" if sid == ALL_SECTIONS else _section_title(template, sid)
        matrices.append({"section": sid, "anchor": f"sim-{sid}", "title": title, "ids": ids, "rows": rows,
                         "lo": lo, "hi": hi})

    # evidence side by side: best-ranked evidence per document × key element
    best: dict[tuple[str, str], dict] = {}
    for r in _records(evidence):
        key = (str(r["doc_id"]), str(r["key_element"]))
        rank = r.get("rank")
        rank = float(rank) if rank is not None else math.inf
        if key not in best or rank < best[key]["_rank"]:
            best[key] = {**r, "_rank": rank}
    ev_sections = []
    for s in template.sections:
        kes = []
        for ke in s.key_elements:
            cards = []
            for did in doc_ids:
                c = cov.get((did, ke.id), {})
                e = best.get((did, ke.id))
                cards.append({
                    "doc_id": did, "language": (e or {}).get("language") or lang.get(did, "und"),
                    "label": c.get("label"), "score": c.get("score"), "reviewed": _bool(c.get("reviewed")),
                    "evidence": None if e is None else {
                        "page": e.get("page"), "section": e.get("section"),
                        "outside": e.get("section") != s.id, "similarity": e.get("similarity"),
                        "sentence": " ".join(str(e.get("sentence") or "").split()) or None,
                        "context": _highlight(e.get("text"), e.get("sentence"), EXCERPT_CONTEXT),
                    },
                })
            kes.append({"id": ke.id, "en": ke.en, "anchor": f"ev-{ke.id}", "cards": cards})
        if kes:
            ev_sections.append({"id": s.id, "en": s.en, "key_elements": kes})

    return {
        "title": "Corpus report: national asylum and migration management strategies",
        "documents": docs, "out_of_scope": out_of_scope, "scope_reviewed": scope_reviewed, "groups": groups, "heat_rows": heat_rows, "legend": legend,
        "n_key_elements": sum(len(g["key_elements"]) for g in groups),
        "matrices": matrices, "ev_sections": ev_sections,
    }


def _section_title(template: Template, sid: str) -> str:
    try:
        return f"{sid} {template.section(sid).en}"
    except Exception:  # noqa: BLE001 - an unknown section id is shown as is
        return sid


def _aspect_gap_context(aspects: Any, doc_ids: list[str], template: Template) -> list[dict]:
    """Which member states miss which aspect, by the rule of the gap reports and ``res.missing()``.

    Per key element (Annex order) that some document among ``doc_ids`` answers in part: its aspects
    that such a document lacks (:func:`analyser.output.facts.lacking_aspect_rows`: not covered, the
    key element ``partial``, reviews applied), each ``{id, descriptor, missing: [doc_id], n_docs}``
    (``n_docs``: documents with the aspect), and, apart, ``absent: [doc_id]``, the documents that miss
    the key element as a whole (label ``absent``, reviews applied). ``aspects`` is the store's
    ``aspects`` table (columns doc_id, key_element, key_element_label, aspect, descriptor, covered).
    """
    keep = set(doc_ids)
    rows = [r for r in _records(aspects) if str(r.get("doc_id")) in keep]
    if not rows:
        return []
    lacking = [r for r in _records(lacking_aspect_rows(aspects)) if str(r.get("doc_id")) in keep]
    by_aspect: dict[str, dict] = {}
    absent: dict[str, set[str]] = {}
    for r in rows:
        a = by_aspect.setdefault(str(r["aspect"]), {"id": str(r["aspect"]), "ke": str(r["key_element"]),
                                                    "descriptor": r.get("descriptor") or "", "missing": [], "n_docs": 0})
        a["n_docs"] += 1
        if r.get("key_element_label") == "absent":
            absent.setdefault(str(r["key_element"]), set()).add(str(r["doc_id"]))
    for r in lacking:
        by_aspect[str(r["aspect"])]["missing"].append(str(r["doc_id"]))
    out = []
    for ke in template.key_elements():
        items = [a for a in by_aspect.values() if a["ke"] == ke.id and a["missing"]]
        if items:
            out.append({"id": ke.id, "en": ke.en, "absent": sorted(absent.get(ke.id, ())),
                        "aspects": [{**a, "missing": sorted(a["missing"])} for a in items]})
    return out


def corpus_html(documents: Any, coverage: Any, similarity: Any, evidence: Any, template: Template,
                aspects: Any = None) -> str:
    """Self-contained HTML overview of a corpus of strategies.

    Args:
        documents: DataFrame, one row per document: doc_id, language, pages,
            follows_template, n_addressed, n_partial, n_absent (row order is
            the display order); optional ``in_scope`` (bool, missing = True)
            and ``in_scope_score``: documents with ``in_scope`` False are
            listed apart ("not strategies") and left out of the heatmap, the
            similarity matrices and the evidence side by side.
        coverage: DataFrame, one row per document × key element: doc_id,
            language, section, key_element, label, score, misplaced, reviewed
            (optional: machine_label).
        similarity: DataFrame section, doc_a, doc_b, similarity (cosine in
            [-1, 1]; both orders, no diagonal; section ``"all"`` = whole document).
            May be empty or None.
        evidence: DataFrame doc_id, language, key_element, rank, page, section,
            similarity, sentence, text (rank 1 = best). May be empty or None.
        template: the Annex template.
        aspects: DataFrame doc_id, key_element, key_element_label, aspect, descriptor, covered
            (the store's ``aspects`` table, reviews applied); None or empty: no aspect view. The
            view lists the aspects a partial answer lacks (the rule of the gap reports), and apart
            the member states where the key element is absent as a whole.

    Returns:
        One HTML page: documents table; coverage heatmap (member state × key
        element, grouped by section, cell colour = score, letter = label, legend);
        one similarity matrix per section (``id="sim-<section>"``, ``"all"``
        first) with an anchor list; for each key element (``id="ev-<id>"``)
        every document's best evidence sentence side by side in its own
        language (``lang`` attribute), with page and label. All document text
        is HTML-escaped.
    """
    context = _corpus_context(documents, coverage, similarity, evidence, template)
    in_scope = [h["doc_id"] for h in context.get("heat_rows", [])]
    context["aspect_gaps"] = _aspect_gap_context(aspects, in_scope, template) if aspects is not None else []
    return _render("corpus.html.j2", **context)


# --------------------------------------------------------------------------- comparison


def comparison_context(comparison: Mapping, template: Template) -> dict:
    """The view of a comparison shared by the HTML and Markdown renderings.

    Returns ``{title, a: {doc_id, language}, b, overall, sections: [{id, title,
    anchor, similarity, only_a, only_b, both, neither: [{id, en}], pairs:
    [{a_text, a_page, b_text, b_page, similarity}]}], totals: {only_a, only_b,
    both, neither}: int, out_of_scope: [{doc_id, in_scope_score}] (the sides whose ``in_scope`` is False)}``;
    passage text has its whitespace collapsed.
    """
    a, b = comparison.get("a", {}), comparison.get("b", {})

    def kes(ids: Iterable[str]) -> list[dict]:
        out = []
        for kid in ids:
            try:
                out.append({"id": kid, "en": template.key_element(kid).en})
            except Exception:  # noqa: BLE001 - unknown id: shown without descriptor
                out.append({"id": kid, "en": ""})
        return out

    sections = []
    for s in comparison.get("sections", []):
        sid = str(s.get("section"))
        sim = _clean(s.get("similarity"))
        sections.append({
            "id": sid, "title": _section_title(template, sid), "anchor": _sec_anchor(sid), "similarity": sim,
            "only_a": kes(s.get("only_a", [])), "only_b": kes(s.get("only_b", [])),
            "both": kes(s.get("both", [])), "neither": kes(s.get("neither", [])),
            "pairs": [{"a_text": " ".join(str(p.get("a_text") or "").split()), "a_page": p.get("a_page"),
                       "b_text": " ".join(str(p.get("b_text") or "").split()), "b_page": p.get("b_page"),
                       "similarity": _clean(p.get("similarity"))} for p in s.get("pairs", [])],
        })
    totals = {k: sum(len(s[k]) for s in sections) for k in ("only_a", "only_b", "both", "neither")}
    return {
        "title": f"Comparison: {a.get('doc_id', 'A')} and {b.get('doc_id', 'B')}",
        "a": {"doc_id": a.get("doc_id", "A"), "language": a.get("language") or "und"},
        "b": {"doc_id": b.get("doc_id", "B"), "language": b.get("language") or "und"},
        "out_of_scope": [{"doc_id": d.get("doc_id", n), "in_scope_score": _clean(d.get("in_scope_score"))}
                         for n, d in (("A", a), ("B", b)) if d.get("in_scope") is False],
        "overall": _clean(comparison.get("overall_similarity")),
        "sections": sections, "totals": totals,
    }


def comparison_html(comparison: Mapping, template: Template) -> str:
    """Self-contained HTML page comparing two strategies section by section.

    Args:
        comparison: the dict of :func:`analyser.compare.compare_documents`:
            ``{"a": {doc_id, language}, "b": {...}, "overall_similarity": float | None,
            "sections": [{"section", "similarity": float | None, "only_a", "only_b",
            "both", "neither" (key element ids), "pairs": [{a_text, a_page, b_text,
            b_page, similarity}]}]}``.
        template: the Annex template (titles of sections and key elements).

    Returns:
        One HTML page: overall similarity, a summary table per section, then per
        section (``id="sec-<id>"``) the key elements only one document covers and
        the most similar passage pairs side by side, each in its own language.
        All document text is HTML-escaped.
    """
    return _render("comparison.html.j2", **comparison_context(comparison, template))


# --------------------------------------------------------------------------- output


def write_html(path: str | os.PathLike[str], html: str) -> Path:
    """Write ``html`` to ``path`` atomically (``<name>.part`` then :func:`os.replace`); returns the path.

    Parent folders are created. A reader never sees a half-written page.
    """
    return write_text_atomic(path, html)
