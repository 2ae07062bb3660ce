"""Facts about a document shown at the top of both gap reports (HTML and Markdown).

The language's name, the document's warnings as ``(code, message)`` and, for a
partially covered key element, the aspects it lacks. Each takes the typed
record (:class:`~analyser.schema.Analysis`, :class:`~analyser.schema.CoverageRecord`)
or, defensively, an ``analysis.json`` object: fields written by later analyser
versions (``warnings``, ``in_scope``, ``aspects``) may be missing from older analyses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..errors import Warnings
from ..schema import Analysis, AspectRecord, CoverageRecord

if TYPE_CHECKING:
    import pandas as pd

LANGUAGE_NAMES = {
    "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fi": "Finnish", "fr": "French", "ga": "Irish", "hr": "Croatian",
    "hu": "Hungarian", "it": "Italian", "lt": "Lithuanian", "lv": "Latvian", "mt": "Maltese", "nl": "Dutch",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "sk": "Slovak", "sl": "Slovenian", "sv": "Swedish",
}
"""The 24 official EU languages by ISO 639-1 code (English names, for display)."""

UNREADABLE_PAGE_FLAGS = ("scanned", "cid_garbage")
"""Page flags (``analysis.pages``) of pages whose text could not be read: not analysed (W101)."""

_CODED = re.compile(r"^\s*\[?([EW]\d{3})\]?[:\s]\s*(.*)$", re.S)


def _num(x: float) -> str:
    """A threshold as printed: at most three decimals, no trailing zeros (0.531, 0.5)."""
    return f"{x:.3f}".rstrip("0").rstrip(".") if x % 1 else f"{x:.1f}"


def label_rule(analysis: Analysis) -> str:
    """How the labels were decided, with the decision thresholds of the calibration the run used.

    Reads ``analysis.calibration`` (:class:`~analyser.schema.CalibrationInfo`): the covered threshold
    (score below it: absent) and the aspect threshold (an aspect at or above it is covered; all
    covered: addressed, some: partial). One English sentence or two, for the method line of both
    gap reports. An analysis without a calibration, or written before the thresholds were recorded,
    says so instead of printing a number.
    """
    cal = analysis.calibration
    if cal is None:
        return "Labels: no coverage calibration is recorded in this analysis."
    name = f"{cal.model} {cal.version}" + (f", fitted on {len(cal.fitted_on)} documents" if cal.fitted_on else ", uncalibrated prior")
    if cal.covered_threshold is None:
        return (f"Labels: from the calibration {name}; its decision threshold is not recorded in this analysis "
                "(written by an earlier version; `analyser analyse --force` records it).")
    rule = (f"Labels: a key element is absent when its score is below {_num(cal.covered_threshold)}, the decision "
            f"threshold of the calibration used ({name}); a covered one is addressed")
    if cal.aspect_threshold is None:
        return rule + " or partial by the calibration's second model."
    return (rule + f" when every aspect it bundles is covered (aspect score at least {_num(cal.aspect_threshold)}, "
            "and a sentence nearer to the aspect than to the other aspects of its key element) and partial when only some are.")


def reading_key(analysis: Analysis, *, html: bool = False) -> str | None:
    """What the numbers and marks of a gap report mean, for the method lines of both reports; None out of scope.

    The score (calibrated probability, 0–1, that the key element is addressed at least partially); in the
    Markdown report the mark "(elsewhere)" when a covered key element's best evidence stands outside its own
    section (the HTML report says it on the badge); "(stated not done)" when a missing aspect is one the document
    says is not done; in the HTML report the "similarity" of an evidence passage (a cosine on the model's own
    scale, which shifts with the language). Each mark is explained only when the report shows it; the HTML wording
    has no "Reading:" in front (its row is named so). A document
    out of scope gets None: its "not assessed" lines say what its scores are. Before, the reports printed these
    terms and numbers without a word on them (an analyst's reading of the development corpus, eleventh session).
    """
    if not analysis.in_scope:
        return None
    parts = [("A score" if html else "Reading: a score") + " is the calibrated probability (0 to 1) that the strategy "
             "addresses the key element at least partially"]
    covered = [c for c in analysis.coverage.values() if c.label != "absent"]
    if not html and any(c.misplaced for c in covered):
        parts.append("“(elsewhere)”: the best evidence stands outside the key element's own section "
                     "(coverage in another place, still coverage)")
    if any(STATED_NOT_DONE_MARK.strip() in x for c in covered for x in lacking_aspects(c)):
        parts.append(f"“{STATED_NOT_DONE_MARK.strip()}”: a missing aspect the document says is not done")
    if html and any(c.evidence for c in covered):
        parts.append("an evidence passage's “similarity” is its cosine to the key element's wording on the "
                     "embedding model's own scale, which shifts with the language: it orders passages, it is not a probability")
    return "; ".join(parts) + "."


def unread_pages_note(analysis: Analysis) -> str | None:
    """The caveat under the absent key elements when pages could not be read, else None.

    "Page 6 could not be read (scanned): a key element answered only there is reported absent." An analyst
    reading the list of absent key elements of a strategy with a scanned page took 2.3.3 and 2.3.4 as
    missing although the table of contents put them on that page (fresh-eyes, Danish PDF).
    """
    pages = [p.number for p in analysis.pages if set(p.flags) & set(UNREADABLE_PAGE_FLAGS)]
    if not pages or not any(c.label == "absent" for c in analysis.coverage.values()):
        return None
    flags = sorted({f for p in analysis.pages if p.number in pages for f in p.flags if f in UNREADABLE_PAGE_FLAGS})
    what = ("Page " if len(pages) == 1 else "Pages ") + ", ".join(str(n) for n in pages)
    return f"{what} could not be read ({', '.join(flags)}): a key element answered only there is reported absent."


def headings_found(analysis: Analysis) -> list[str]:
    """Ids of the sections the document opens with an Annex heading (``method`` numbered or title), in Annex order."""
    return [sid for sid, sec in analysis.sections.items() if sec.present and sec.method in ("numbered", "title")]


def template_use(analysis: Analysis, *, short: bool = False) -> str:
    """How the document follows the Annex, as the gap reports say it.

    "yes — segmented by the Annex numbering" (``follows_template``); for a document
    with fewer Annex headings (a chapter, an excerpt) the sections its headings open,
    "no — 3 sections found by their Annex headings (2.1.2, 2.3.3, 2.3.4), the other
    blocks placed by content"; "no — blocks placed by content (free-form document)"
    when there is none. ``short`` gives the Markdown wording ("yes", "no (…)").
    Before, every document below the threshold was called free-form, even a chapter
    whose every section was found by its number.
    """
    if analysis.follows_template:
        return "yes" if short else "yes — segmented by the Annex numbering"
    found = headings_found(analysis)
    if not found:
        return "no (placed by content)" if short else "no — blocks placed by content (free-form document)"
    n = len(found)
    what = f"{n} section{'' if n == 1 else 's'} found by {'its' if n == 1 else 'their'} Annex heading{'' if n == 1 else 's'}"
    return f"no ({what}: {', '.join(found)}; other blocks placed by content)" if short \
        else f"no — {what} ({', '.join(found)}), the other blocks placed by content"


def document_warnings(analysis: Analysis | Mapping) -> list[dict]:
    """The document's warnings as ``[{"code": str | None, "message": str}]``.

    Reads ``analysis.warnings`` (an :class:`~analyser.schema.Analysis`) or ``analysis["warnings"]``
    in either shape: items ``{"code", "message"}`` (as :class:`analyser.schema.ErrorItem`) or
    strings such as ``[W601] message``; a code in front of the message moves to ``code``.
    Pages flagged unreadable (:data:`UNREADABLE_PAGE_FLAGS`) add W101 ("page N unreadable (scanned);
    not analysed"). Missing or empty: ``[]``.
    """
    items = ([{"code": w.code, "message": w.message} for w in analysis.warnings] if isinstance(analysis, Analysis)
             else analysis.get("warnings") or [])
    out = []
    for w in items:
        if isinstance(w, Mapping):
            code, message = w.get("code"), str(w.get("message") or "")
            m = _CODED.match(message)
            if m and (code is None or m.group(1) == code):
                code, message = m.group(1), m.group(2)
        else:
            m = _CODED.match(str(w))
            code, message = (m.group(1), m.group(2)) if m else (None, str(w))
        out.append({"code": code, "message": " ".join(message.split())})
    # pages the parser could not read were not analysed: said at the top, where the absent key elements are read
    pages = analysis.pages if isinstance(analysis, Analysis) else analysis.get("pages") or []
    for p in pages:
        number, flags = (p.number, p.flags) if not isinstance(p, Mapping) else (p.get("number"), p.get("flags") or ())
        for flag in UNREADABLE_PAGE_FLAGS:
            if flag in flags and not any(w["code"] == Warnings.W101.code and f"page {number} " in str(w["message"]) for w in out):
                out.append({"code": Warnings.W101.code, "message": Warnings.W101.text(page=number, flag=flag)})
    return out


def _aspect_text(aspect: AspectRecord) -> str:
    """An aspect as shown: its English text (``en``, an extra field of hand-made analyses), descriptor, or id."""
    return str((aspect.model_extra or {}).get("en") or aspect.descriptor or aspect.id)


STATED_NOT_DONE_MARK = " (stated not done)"
"""Appended to a missing aspect whose evidence says the ask is not done (``stated_not_done`` of the aspect item,
:mod:`analyser.aspects_stated`)."""


def lacking_aspects(coverage: CoverageRecord | Mapping) -> list[str]:
    """What a key element lacks: its aspects not covered, as descriptors (or ids), each with
    :data:`STATED_NOT_DONE_MARK` when the document says the ask is not done.

    ``coverage`` is a :class:`~analyser.schema.CoverageRecord`, or a dict whose ``"aspects"``
    may be a list of ``{"id", "covered": bool, "en" | "descriptor", "stated_not_done"?}`` or a mapping
    ``aspect id -> bool | {"covered", ...}``; absent (no aspects analysed yet): ``[]``.
    """
    if isinstance(coverage, CoverageRecord):
        return [_aspect_text(x) + (STATED_NOT_DONE_MARK if (x.model_extra or {}).get("stated_not_done") else "")
                for x in coverage.aspects or () if not x.covered]
    aspects = coverage.get("aspects")
    if not aspects:
        return []
    items = aspects.items() if isinstance(aspects, Mapping) else [(a.get("id"), a) for a in aspects if isinstance(a, Mapping)]
    out = []
    for aid, a in items:
        covered = a if isinstance(a, bool) else (a.get("covered", a.get("label") not in (None, "absent")))
        if not covered:
            text = a.get("en") or a.get("descriptor") if isinstance(a, Mapping) else None
            stated = isinstance(a, Mapping) and bool(a.get("stated_not_done"))
            out.append(str(text or aid) + (STATED_NOT_DONE_MARK if stated else ""))
    return out


def lacking_aspect_rows(aspects: pd.DataFrame) -> pd.DataFrame:
    """The rows of an aspect table that say what a partial key element lacks: the rule of the gap reports.

    One rule for every table of missing aspects (the sheet "Aspects missing" of ``coverage.xlsx``,
    ``Results.missing``), the same as :func:`lacking_aspects` in the gap reports: an aspect is
    missing when it is not covered and its key element is ``partial``, both with the analysts'
    reviews applied (a reviewed aspect's value wins; a key element's own review wins over its
    aspects). An absent key element is missing as a whole, not aspect by aspect.

    Args:
        aspects: rows with at least ``covered`` (bool, reviewed value) and ``key_element_label``
            (reviewed label), e.g. the store's ``aspects`` table (:data:`analyser.store.ASPECT_COLUMNS`).

    Returns:
        Those rows of ``aspects`` (same columns, same order, same index).
    """
    return aspects[(aspects["key_element_label"] == "partial") & ~aspects["covered"].astype(bool)]


def covered_aspects(coverage: CoverageRecord | Mapping) -> list[dict]:
    """What a key element covers: its covered aspects with their best evidence.

    Returns ``[{"id", "text" (descriptor or id), "page" (int | None), "sentence" (str | None)}]`` in
    the order of ``coverage["aspects"]`` (a list of ``analysis.json`` aspect items); ``[]`` when the
    analysis has no aspects (older analyses) or the aspects come as a mapping without evidence.
    ``coverage``: a :class:`~analyser.schema.CoverageRecord` or its dict.
    """
    if isinstance(coverage, CoverageRecord):
        return [{"id": x.id, "text": _aspect_text(x), "page": x.evidence.page if x.evidence else None,
                 "sentence": x.evidence.sentence if x.evidence else None}
                for x in coverage.aspects or () if x.covered]
    aspects = coverage.get("aspects")
    if not aspects or isinstance(aspects, Mapping):
        return []
    out = []
    for a in aspects:
        if not isinstance(a, Mapping) or not a.get("covered"):
            continue
        ev = a.get("evidence")
        if not isinstance(ev, Mapping):
            ev = {}
        out.append({"id": a.get("id"), "text": str(a.get("en") or a.get("descriptor") or a.get("id")),
                    "page": ev.get("page"), "sentence": ev.get("sentence")})
    return out


def reviewed_aspects(coverage: CoverageRecord | Mapping) -> list[dict]:
    """The aspects of a key element an analyst reviewed, beside the machine's value.

    Returns ``[{"id", "text" (descriptor or id), "covered" (the reviewed value), "machine_covered",
    "reviewer", "note"}]`` in the order of ``coverage["aspects"]`` (items with ``reviewed`` true, as
    :func:`analyser.review.apply_reviews` marks them); ``[]`` without reviewed aspects.
    """
    if isinstance(coverage, CoverageRecord):
        return [{"id": a.id, "text": a.descriptor or a.id, "covered": a.covered,
                 "machine_covered": a.covered if a.machine_covered is None else a.machine_covered,
                 "reviewer": a.reviewer or "", "note": a.review_note or ""}
                for a in coverage.aspects or () if a.reviewed]
    aspects = coverage.get("aspects")
    if not aspects or isinstance(aspects, Mapping):
        return []
    return [{"id": a.get("id"), "text": str(a.get("en") or a.get("descriptor") or a.get("id")),
             "covered": bool(a.get("covered")), "machine_covered": bool(a.get("machine_covered", a.get("covered"))),
             "reviewer": a.get("reviewer") or "", "note": a.get("review_note") or ""}
            for a in aspects if isinstance(a, Mapping) and a.get("reviewed")]


def review_mark(coverage: CoverageRecord | Mapping) -> str:
    """The short mark of a reviewed key element: ``"reviewed"`` (its own review), ``"aspects reviewed"``
    (its label follows from reviewed aspects), ``""`` when not reviewed."""
    if isinstance(coverage, CoverageRecord):
        reviewed, source = coverage.reviewed, coverage.review_source
    else:
        reviewed, source = coverage.get("reviewed"), coverage.get("review_source")
    if not reviewed:
        return ""
    return "aspects reviewed" if source == "aspects" else "reviewed"


def scope_review_line(analysis: Analysis) -> str | None:
    """One line on an analyst's review of the document's scope, None when nobody reviewed it.

    E.g. "Reviewed in scope by A. Analyst: the ministry's strategy; machine: out of scope (its title page names
    another kind of document … (title 0.11))". Set by :func:`analyser.review.apply_scope_review`; plain text
    (escape it for Markdown or HTML).
    """
    if not analysis.scope_reviewed:
        return None
    why = f" ({analysis.machine_scope_reason})" if analysis.machine_scope_reason else ""
    phrase = _scope_review_phrase(analysis.in_scope, analysis.scope_reviewer, analysis.scope_review_note,
                                  "in scope" if analysis.machine_in_scope else "out of scope")
    return f"R{phrase[1:]}{why}"


def _scope_review_phrase(in_scope: bool, reviewer: object, note: object, machine: str) -> str:
    """The words shared by :func:`scope_review_line` and :func:`scope_decided_by`: "reviewed in scope by A. Analyst:
    note; machine: <machine>". ``reviewer`` and ``note`` are left out unless non-empty strings (a store cell may hold
    None or NaN)."""
    said = "in scope" if in_scope else "out of scope"
    who = f" by {reviewer}" if isinstance(reviewer, str) and reviewer else ""
    text = f": {note}" if isinstance(note, str) and note else ""
    return f"reviewed {said}{who}{text}; machine: {machine}"


def is_true(value: object) -> bool:
    """A store flag that is True (None, NaN and pandas' NA: False)."""
    try:
        return bool(value) and value == value
    except (TypeError, ValueError):  # pd.NA
        return False


def scope_decided_by(row: Mapping) -> str:
    """Who decided a document's scope, from its row of the store's ``documents`` table (scope columns), for a
    table cell: "machine", or e.g. "reviewed in scope by A. Analyst: note; machine: out"."""
    if not is_true(row.get("scope_reviewed")):
        return "machine"
    return _scope_review_phrase(row.get("in_scope") is not False, row.get("scope_reviewer"),
                                row.get("scope_review_note"), "in" if is_true(row.get("machine_in_scope")) else "out")