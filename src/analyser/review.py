"""Analyst reviews: confirmed or overridden coverage labels of key elements and of their aspects.

An analyst who knows a strategy better than the machine records a review per
document × key element, or per document × aspect (the separate asks of a key
element, ``data/aspects.yaml``), in a CSV file (default ``<out>/reviews.csv``)::

    doc_id,key_element,label,reviewer,note,reviewed_at
    nl-2025,2.1.2.c,addressed,A. Analyst,"return policy in §4.2",2026-11-30T10:12:00+00:00
    nl-2025,2.1.1.b/resettlement,covered,A. Analyst,"§3.1",2026-11-30T10:14:00+00:00

The ``key_element`` column names the reviewed item: a key element (labels
addressed / partial / absent) or an aspect id ``<key element>/<slug>`` (labels
covered / missing). A key element none of whose own reviews exists shows the
label its aspects give once one of them is reviewed (all covered: addressed,
some: partial, none: absent); a review of the key element itself wins over its
aspects. Reviews of aspects join the next aspect calibration as extra gold
(:func:`aspect_review_examples`).

The target ``scope`` (:data:`SCOPE_TARGET`, labels ``in`` / ``out``) reviews the
scope decision itself (:mod:`analyser.scope`: is the document an asylum and
migration strategy at all?)::

    xx-2026,scope,in,A. Analyst,"the ministry's strategy; its title page names only the ministry",2026-12-06T22:00:00+00:00

A document reviewed ``in`` that the machine found out of scope shows the
coverage the run scored for it as if in scope (``analysis.json``
``coverage_if_in_scope``: every run scores both for a document out of scope,
so no re-analysis is needed); a document reviewed ``out`` shows every key
element absent, not assessed, as the machine shows a document out of scope.
Reviews of key elements and aspects apply on top of either.

A review whose label equals the machine's is a confirmation; otherwise an
override. Reviews change what analysts read — the reports, ``summary.csv``,
``coverage.parquet`` and the store show the reviewed label, flagged as
reviewed, with the machine label kept beside it — and :mod:`analyser.calibrate`
uses them as extra gold labels. ``analysis.json`` keeps the machine's output.

The file is rewritten atomically (temporary file, then :func:`os.replace`)
under a lock (:func:`reviews_lock`), so concurrent reviews all land; the last
review of a (doc_id, key element) pair wins. Quoting is the spreadsheet
standard, never guessed from the file: notes with quotes, commas and line
breaks round-trip exactly. Free-text cells (doc_id, reviewer, note) that a
spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` …) are written
with a leading ``'`` (OWASP CSV injection) and read back without it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .errors import AnalyserError, Errors, ReviewError
from .schema import Analysis, WarningItem, as_analysis, load_analysis

REVIEW_FIELDS = ("doc_id", "key_element", "label", "reviewer", "note", "reviewed_at")
LABELS = ("addressed", "partial", "absent")
ASPECT_LABELS = ("covered", "missing")
SCOPE_TARGET = "scope"
"""The ``key_element`` of a review of the document's scope decision (labels :data:`SCOPE_LABELS`)."""
SCOPE_LABELS = ("in", "out")
REVIEWS_NAME = "reviews.csv"


@dataclass(frozen=True)
class Review:
    """One analyst decision on one key element of one document.

    Attributes:
        doc_id: the document (as in ``analysis.json``).
        key_element: canonical key-element id, e.g. ``"2.1.2.c"``, an aspect id
            ``"2.1.1.b/resettlement"`` (see :attr:`is_aspect`) or ``"scope"`` (:attr:`is_scope`).
        label: addressed / partial / absent for a key element; covered / missing for an aspect;
            in / out for the scope.
        reviewer: who decided (free text, may be empty).
        note: why (free text, may be empty).
        reviewed_at: ISO 8601 timestamp, UTC.
    """

    doc_id: str
    key_element: str
    label: str
    reviewer: str = ""
    note: str = ""
    reviewed_at: str = ""

    @property
    def confirms_coverage(self) -> bool:
        """True when the review says the item is covered: addressed / partial, or an aspect covered."""
        return self.label in ("addressed", "partial", "covered")

    @property
    def is_aspect(self) -> bool:
        """True when the review names an aspect (``"<key element>/<slug>"``), not a key element."""
        return is_aspect_id(self.key_element)

    @property
    def is_scope(self) -> bool:
        """True when the review is of the document's scope decision (target ``"scope"``, label in / out)."""
        return self.key_element == SCOPE_TARGET

    @property
    def covered(self) -> bool:
        """For an aspect review: the reviewed value (label ``covered``). Meaningless for a key element."""
        return self.label == "covered"


def is_aspect_id(target: str) -> bool:
    """True for an aspect id (``"2.1.1.b/resettlement"``), False for a key-element id (``"2.1.1.b"``)."""
    return "/" in target


def labels_for(target: str) -> tuple[str, ...]:
    """The labels a review of ``target`` may have: :data:`SCOPE_LABELS` for ``"scope"``, :data:`ASPECT_LABELS`
    for an aspect, else :data:`LABELS`."""
    if target == SCOPE_TARGET:
        return SCOPE_LABELS
    return ASPECT_LABELS if is_aspect_id(target) else LABELS


def _kind(target: str) -> tuple[str, str]:
    """(kind, target) as the E509 message names them: "the key element 2.1.2.c", "the document's scope"."""
    if target == SCOPE_TARGET:
        return "document's", SCOPE_TARGET
    return ("aspect" if is_aspect_id(target) else "key element"), target


def _aspect_ids() -> set[str]:
    from .aspects import load_aspects

    return set(load_aspects().ids)


def check_review(target: str, label: str, key_elements: Iterable[str] | None = None,
                 aspect_ids: Iterable[str] | None = None) -> str:
    """Validate one review's target and label; returns the label, lower-cased.

    Args:
        target: a key-element id, an aspect id, or ``"scope"`` (labels in / out).
        label: its label (case-insensitive).
        key_elements: the valid key-element ids (checked when given).
        aspect_ids: the valid aspect ids (default, when ``key_elements`` is given: those of the
            shipped ``data/aspects.yaml``).

    Raises:
        ReviewError: E508 for an unknown key element or aspect (or a target that is not a string),
            E509 for a label the target cannot have (``None`` or any other non-string included:
            there is no "remove the review", as on the command line).
    """
    if not isinstance(target, str):
        from .aspects import default_path

        raise ReviewError(Errors.E508, target=target, path=default_path().name)
    if not isinstance(label, str):
        allowed = labels_for(target)
        kind, named = _kind(target)
        raise ReviewError(Errors.E509, label=label, allowed=", ".join(allowed), kind=kind, target=named)
    label = label.strip().lower()
    aspect = is_aspect_id(target)
    if target != SCOPE_TARGET and (key_elements is not None or aspect_ids is not None):
        if aspect:
            valid = set(aspect_ids) if aspect_ids is not None else _aspect_ids()
        else:
            valid = set(key_elements) if key_elements is not None else set()
        if target not in valid:
            from .aspects import default_path

            raise ReviewError(Errors.E508, target=target, path=default_path().name)
    allowed = labels_for(target)
    if label not in allowed:
        kind, named = _kind(target)
        raise ReviewError(Errors.E509, label=label, allowed=", ".join(allowed), kind=kind, target=named)
    return label


ReviewKey = tuple[str, str]


def reviews_path(out: str | os.PathLike[str]) -> Path:
    """The default reviews file of an output folder: ``<out>/reviews.csv``."""
    return Path(out) / REVIEWS_NAME


def _first_line(last_line: int, row: Mapping[str | None, Any]) -> int:
    """The physical line (1-based, as an editor shows it) where a CSV record starts.

    ``last_line`` is the reader's ``line_num`` after the record (its last
    physical line); the line breaks inside its quoted cells (a note of several
    lines) are counted back.
    """
    cells = [v for v in row.values() if isinstance(v, str)]
    cells += [x for v in row.values() if isinstance(v, list) for x in v if isinstance(x, str)]
    breaks = sum(c.count("\n") + c.count("\r") - c.count("\r\n") for c in cells)
    return last_line - breaks


def _unclosed_quote_line(text: str, delimiter: str) -> int | None:
    """The physical line (1-based) where a record whose quote is never closed starts, else ``None``.

    A reviews file edited by hand with a stray ``"`` in a note ("ok, see "annex) made the tolerant CSV reader take
    every later line into that note: the reviews below were dropped without a word (fresh8). Other quoting slips
    (``"x"y``) the tolerant reader reads as a spreadsheet does, so only the quote left open to the end counts.
    """
    reader = csv.reader(io.StringIO(text, newline=""), dialect=csv.excel, delimiter=delimiter, strict=True)
    start = 1
    try:
        for _ in reader:
            start = reader.line_num + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            return start
    return None


def load_reviews(path: str | os.PathLike[str], key_elements: Iterable[str] | None = None,
                 aspect_ids: Iterable[str] | None = None) -> dict[ReviewKey, Review]:
    """Read a reviews CSV; a missing file is no reviews.

    Args:
        path: the CSV file (columns :data:`REVIEW_FIELDS`; reviewer, note and
            reviewed_at may be missing; comma, semicolon or tab separated, as
            spreadsheets save it). An empty file is no reviews.
        key_elements: the valid key-element ids (checked when given; aspect ids are then checked
            against ``aspect_ids``, by default those of the shipped ``data/aspects.yaml``).
        aspect_ids: the valid aspect ids.

    Returns:
        ``{(doc_id, key_element): Review}``. A blank row (every cell empty, as a spreadsheet leaves a cleared row)
        is skipped; a row repeating an earlier one's decision (label, reviewer and note) is one review, the
        later line's date kept.

    Raises:
        AnalyserError: E505 when the file cannot be read or lacks a column;
            E507 naming the line of an unknown label or key element, or of a second, different review of a
            document's key element, aspect or scope (naming the first line too).
    """
    path = Path(path)
    if not path.exists():
        return {}
    try:
        raw = path.read_bytes()
        # no newline translation: notes keep their line breaks; Excel's "Unicode Text" is UTF-16 with a byte-order
        # mark and tabs (before: E505 "'utf-8' codec can't decode byte 0xff")
        text = raw.decode("utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise AnalyserError(Errors.E505, path=str(path), reason=str(exc)) from None
    if not text.strip():
        return {}
    delimiter = _delimiter(text)
    unclosed = _unclosed_quote_line(text, delimiter)
    if unclosed is not None:  # the tolerant reader would take every line below into one cell: reviews lost silently
        raise AnalyserError(Errors.E507, path=str(path), line=unclosed,
                            reason="a quote (\") opened in this record is never closed, so every line below it "
                                   "would be read as part of one cell; close or remove the quote")
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=csv.excel, delimiter=delimiter)
    missing = {"doc_id", "key_element", "label"} - set(reader.fieldnames or ())
    if missing:
        raise AnalyserError(Errors.E505, path=str(path), reason=f"missing column(s) {', '.join(sorted(missing))}")
    valid = set(key_elements) if key_elements is not None else None
    valid_aspects = set(aspect_ids) if aspect_ids is not None else None
    reviews: dict[ReviewKey, Review] = {}
    lines: dict[ReviewKey, int] = {}
    for row in reader:
        line = _first_line(reader.line_num, row)
        if not any(_cells(row)):  # a blank row (";;;;;" where a spreadsheet cleared one): no review, no error
            continue
        label = (row.get("label") or "").strip().lower()
        kid = (row.get("key_element") or "").strip()
        doc_id = _unescape_cell((row.get("doc_id") or "").strip())
        if not doc_id:
            raise AnalyserError(Errors.E507, path=str(path), line=line, reason="empty doc_id")
        allowed = labels_for(kid)
        if label not in allowed:
            raise AnalyserError(Errors.E507, path=str(path), line=line, reason=f"label {label!r} is not one of {', '.join(allowed)}")
        if is_aspect_id(kid):
            if valid is not None and valid_aspects is None:
                valid_aspects = _aspect_ids()
            if valid_aspects is not None and kid not in valid_aspects:
                raise AnalyserError(Errors.E507, path=str(path), line=line, reason=f"unknown aspect {kid!r}")
        elif valid is not None and kid not in valid and kid != SCOPE_TARGET:
            raise AnalyserError(Errors.E507, path=str(path), line=line, reason=f"unknown key element {kid!r}")
        rev = Review(doc_id, kid, label, _unescape_cell(row.get("reviewer") or ""),
                     _unescape_cell(row.get("note") or ""), (row.get("reviewed_at") or "").strip())
        earlier = reviews.get((doc_id, kid))
        if earlier is not None and (earlier.label, earlier.reviewer, earlier.note) != (rev.label, rev.reviewer, rev.note):
            # two different decisions on one target (a row copied and changed in a spreadsheet): which one holds is
            # the analyst's to say; taking one would drop the other at the next save (robust12)
            raise AnalyserError(Errors.E507, path=str(path), line=line, reason=(
                f"{doc_id} {kid} is reviewed again, differently from line {lines[(doc_id, kid)]} "
                f"({earlier.label!r} by {earlier.reviewer or 'no reviewer'}, {earlier.reviewed_at or 'no date'}; "
                f"here {rev.label!r} by {rev.reviewer or 'no reviewer'}, {rev.reviewed_at or 'no date'}); "
                "keep the one that holds and delete the other line"))
        if earlier is None:
            lines[(doc_id, kid)] = line
        reviews[(doc_id, kid)] = rev
    return reviews


def _cells(row: Mapping[str | None, Any]) -> list[str]:
    """The non-blank cells of a CSV record (surplus cells of a row longer than the header included)."""
    cells = [v for v in row.values() if isinstance(v, str)]
    cells += [x for v in row.values() if isinstance(v, list) for x in v if isinstance(x, str)]
    return [c for c in cells if c.strip()]


_FREE_TEXT = ("doc_id", "reviewer", "note")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def _escape_cell(value: str) -> str:
    """CSV-injection escape (OWASP): a cell that a spreadsheet could run as a formula gets a leading ``'``.

    A value starting with ``'`` gets one too, so that :func:`_unescape_cell`
    gives back exactly what was written.
    """
    return "'" + value if value.startswith(_FORMULA_START) else value


def _unescape_cell(value: str) -> str:
    """The inverse of :func:`_escape_cell`: one leading ``'`` removed."""
    return value[1:] if value.startswith("'") else value


def _delimiter(text: str) -> str:
    """The field separator of a reviews file: the one of , ; TAB the header line holds most (comma on a tie).

    Only the separator is taken from the file; quoting is always the
    spreadsheet standard (``"`` doubled inside quoted fields, RFC 4180), so
    notes with quotes, commas and line breaks round-trip exactly. Free-text cells (doc_id, reviewer, note) that a
spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` …) are written
with a leading ``'`` (OWASP CSV injection) and read back without it.
    """
    header = text.split("\n", 1)[0].rstrip("\r")
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


@contextlib.contextmanager
def reviews_lock(path: str | os.PathLike[str]) -> Iterator[None]:
    """Hold an exclusive lock on ``<path>.lock`` (``fcntl.flock``) for a read-modify-write of the reviews file.

    Two ``review`` commands at once then both land: the second waits for the
    first to write, then reads the file again. Released when the process
    ends, even by kill -9. On systems without ``fcntl`` no lock is taken.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(path.with_name(path.name + ".lock"), "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def save_reviews(path: str | os.PathLike[str], reviews: Mapping[ReviewKey, Review]) -> Path:
    """Write all reviews, sorted by doc_id and key element, atomically; returns the path."""
    path = Path(path)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=REVIEW_FIELDS, lineterminator="\n")
    writer.writeheader()
    for key in sorted(reviews):
        row = asdict(reviews[key])
        writer.writerow({k: (_escape_cell(v) if k in _FREE_TEXT else v) for k, v in row.items()})
    from .io import write_text_atomic

    return write_text_atomic(path, buf.getvalue())


def add_review(
    path: str | os.PathLike[str],
    doc_id: str,
    key_element: str,
    label: str,
    *,
    reviewer: str = "",
    note: str = "",
    key_elements: Iterable[str] | None = None,
    aspect_ids: Iterable[str] | None = None,
) -> Review:
    """Record one review (replacing an earlier one of the same pair) and save the file.

    ``key_element`` is a key-element id (label addressed / partial / absent), an aspect id
    ``"<key element>/<slug>"`` (label covered / missing) or ``"scope"`` (label in / out).

    Raises:
        ReviewError (a ValueError): E509 for a label the key element or aspect cannot have; E508
            for an unknown key element (when ``key_elements`` is given) or an unknown aspect (checked
            against ``aspect_ids``, by default ``data/aspects.yaml``, when either is given).
    """
    key_element = key_element.strip() if isinstance(key_element, str) else key_element
    label = check_review(key_element, label, key_elements, aspect_ids)
    review = Review(doc_id, key_element, label, reviewer, note,
                    datetime.now(timezone.utc).replace(microsecond=0).isoformat())
    with reviews_lock(path):  # read, add and write as one step against other review commands
        reviews = load_reviews(path)
        reviews[(doc_id, key_element)] = review
        save_reviews(path, reviews)
    return review


def review_examples(out: str | os.PathLike[str], reviews: Mapping[ReviewKey, Review]) -> list[tuple[dict[str, float], str]]:
    """Reviews as labelled calibration examples: (features of the key element, reviewed label).

    Features are those the machine stored in ``<out>/<doc_id>/analysis.json``
    (``coverage[k]["features"]``). Reviews of documents without an analysis in
    ``out`` are skipped (logged); reviews of aspects are left to
    :func:`aspect_review_examples`.

    Returns:
        One (features, label) pair per usable review, sorted by doc_id and key element.

    Raises:
        ScoreError: ``E403`` for an ``analysis.json`` that cannot be read.
    """
    import logging

    examples = []
    cache: dict[str, Analysis | None] = {}
    for (doc_id, kid) in sorted(reviews):
        if is_aspect_id(kid) or kid == SCOPE_TARGET:  # aspect reviews join the aspect calibration; scope reviews no fit yet
            continue
        if doc_id not in cache:
            path = Path(out) / doc_id / "analysis.json"
            cache[doc_id] = load_analysis(path) if path.exists() else None
        data = cache[doc_id]
        if data is None or kid not in data.coverage:
            logging.getLogger(__name__).warning("review of %s %s skipped: no analysis in %s", doc_id, kid, out)
            continue
        examples.append((dict(data.coverage[kid].features), reviews[(doc_id, kid)].label))
    return examples


def aspect_review_examples(out: str | os.PathLike[str], reviews: Mapping[ReviewKey, Review]) -> list[tuple[str, str, dict[str, float], bool]]:
    """Reviews of aspects as aspect-calibration examples: (doc_id, aspect id, features, covered).

    Features are those the machine stored with the aspect in ``<out>/<doc_id>/analysis.json``
    (``coverage[<ke>].aspects[].features``, the inputs of the aspect calibration). Reviews of key
    elements, of documents without an analysis in ``out`` and of aspects the analysis lacks
    (an analysis from before aspects) are skipped (logged).

    Returns:
        One example per usable aspect review, sorted by doc_id and aspect id; the shape of the
        rows of :func:`analyser.aspect_calibration.fit_aspect_calibration`.
    Raises:
        ScoreError: ``E403`` when an ``analysis.json`` is not an analysis.
    """
    import logging

    examples = []
    cache: dict[str, Analysis | None] = {}
    for (doc_id, aid) in sorted(reviews):
        if not is_aspect_id(aid):
            continue
        if doc_id not in cache:
            path = Path(out) / doc_id / "analysis.json"
            cache[doc_id] = load_analysis(path) if path.exists() else None
        data = cache[doc_id]
        cov = data.coverage.get(aid.split("/", 1)[0]) if data is not None else None
        item = next((a for a in (cov.aspects or ()) if a.id == aid), None) if cov is not None else None
        if item is None or not item.features:
            logging.getLogger(__name__).warning("review of %s %s skipped: no aspect analysis in %s", doc_id, aid, out)
            continue
        examples.append((doc_id, aid, {k: float(v) for k, v in item.features.items()}, reviews[(doc_id, aid)].covered))
    return examples


def out_of_scope_notice(analysis: Analysis, reviews: Iterable[Review]) -> WarningItem | None:
    """The W515 warning when reviews confirm coverage on a document that is out of scope.

    A document the scope stage found not to be an asylum and migration strategy, or an analyst
    reviewed out of scope (``analysis.in_scope`` false; pass the analysis with its reviews
    applied, so that a document reviewed in scope raises nothing), has every key element absent
    without assessment; a
    review that says a key element is addressed or partial (or an aspect covered) on it is
    kept and applied, but the analyst is told. Only reviews of ``analysis.doc_id`` count.

    Returns:
        The warning (code ``"W515"``, message naming the reviewed targets, sorted; print it as
        ``f"[{w.code}] {w.message}"``), or None when the document is in scope or no review of
        it confirms coverage.
    """
    from .errors import Warnings

    if analysis.in_scope is not False:
        return None
    targets = sorted(f"{r.key_element} ({r.label})" for r in reviews
                     if r.doc_id == analysis.doc_id and r.confirms_coverage and not r.is_scope)
    if not targets:
        return None
    many = len(targets) > 1
    return WarningItem(code=Warnings.W515.code,
                       message=Warnings.W515.text(doc_id=analysis.doc_id, targets=", ".join(targets),
                                                  s="s" if many else "", verb="" if many else "s"))


def _not_assessed(coverage: Mapping[str, Any]) -> dict[str, Any]:
    """Coverage entries as the machine shows a document out of scope: every key element absent, no
    evidence, not misplaced, every aspect not covered; scores and features stay."""
    return {kid: c.model_copy(update={
        "label": "absent", "evidence": (), "misplaced": False,
        "aspects": None if c.aspects is None else tuple(x.model_copy(update={"covered": False}) for x in c.aspects)})
        for kid, c in coverage.items()}


def _scope_reason(w601_message: str) -> str:
    """The scope stage's reason inside a W601 message ("not an asylum and migration strategy: REASON; coverage not
    assessed" → "REASON"); the message as it is when it does not have that shape."""
    from .errors import Warnings

    head, tail = Warnings.W601.text(reason="\0").split("\0")
    if w601_message.startswith(head) and w601_message.endswith(tail) and len(w601_message) > len(head) + len(tail):
        return w601_message[len(head):len(w601_message) - len(tail)]
    return w601_message


def apply_scope_review(analysis: Analysis, review: Review | None) -> Analysis:
    """A copy of a machine analysis with an analyst's scope review applied (None: no review).

    Sets ``machine_in_scope`` (the machine's decision), ``scope_reviewed``, ``scope_review_note``,
    ``scope_reviewer`` and ``machine_scope_reason`` (the machine's reason out of scope, as its W601
    message gives it, e.g. "its title page names another kind of document … (title 0.11)"; else
    "in-scope score 0.87"), and ``in_scope`` to the analyst's decision. A document the machine
    found out of scope and reviewed ``in`` gets the coverage its run scored as if in scope
    (``coverage_if_in_scope``) and loses its W601 warning (the reason stays in
    ``machine_scope_reason``); an analysis written before that coverage was stored keeps its
    coverage not assessed and gets warning W518 instead. A document the machine found in scope
    and reviewed ``out`` shows every key element absent without evidence, not assessed (scores
    stay). Coverage entries then have the machine's labels under the scope in force (the
    reviews of key elements and aspects apply on top, :func:`apply_reviews`).
    """
    from .errors import Warnings

    machine_in = analysis.in_scope if analysis.machine_in_scope is None else analysis.machine_in_scope
    w601 = next((w for w in analysis.warnings if w.code == Warnings.W601.code), None)
    reason = _scope_reason(w601.message) if w601 is not None else f"in-scope score {analysis.in_scope_score:.2f}"
    update: dict[str, Any] = {"machine_in_scope": machine_in, "scope_reviewed": review is not None,
                              "machine_scope_reason": reason}
    if review is None:
        return analysis.model_copy(update=update)
    reviewed_in = review.label == "in"
    update.update(in_scope=reviewed_in, scope_review_note=review.note, scope_reviewer=review.reviewer)
    if reviewed_in and not machine_in:
        if analysis.coverage_if_in_scope is not None:
            update["coverage"] = dict(analysis.coverage_if_in_scope)
            update["warnings"] = tuple(w for w in analysis.warnings if w.code != Warnings.W601.code)
        else:
            update["warnings"] = (*analysis.warnings, WarningItem(code=Warnings.W518.code, message=Warnings.W518.text(
                doc_id=analysis.doc_id, version=analysis.analyser_version or "unknown")))
    elif machine_in and not reviewed_in:
        update["coverage"] = _not_assessed(analysis.coverage)
    return analysis.model_copy(update=update)


def apply_reviews(analysis: Analysis | Mapping, reviews: Mapping[ReviewKey, Review]) -> Analysis:
    """A copy of a per-document analysis with its reviews applied.

    Every coverage entry gets ``machine_label`` (the machine's label) and
    ``reviewed`` (bool); a reviewed entry gets the reviewed ``label``,
    ``review_note`` and ``reviewer``. Every aspect item
    (``coverage[<ke>].aspects[]``) gets ``machine_covered`` and ``reviewed``;
    a reviewed aspect gets the reviewed ``covered``, ``review_note`` and
    ``reviewer``. A key element with reviewed aspects and no review of its own
    takes the label its aspects now give (:func:`analyser.aspects.derive_label`),
    is ``reviewed`` and lists them in ``reviewed_aspects``; a review of the key
    element itself wins; ``review_source`` says which decided (``"key
    element"`` or ``"aspects"``). Scores and evidence stay the machine's. A
    review of the document's scope (target ``"scope"``) is applied first
    (:func:`apply_scope_review`: the coverage shown, ``in_scope`` and the
    ``machine_in_scope`` / ``scope_reviewed`` fields). On a
    document out of scope (the machine's decision, or the analyst's), reviews that confirm coverage add the warning W515
    (:func:`out_of_scope_notice`) to ``warnings``, so the reports show it. The
    input is not modified (an ``analysis.json`` object is validated first).

    Raises:
        ScoreError: ``E403`` when a dict given is not an analysis.
    """
    from .aspects import derive_label

    a = apply_scope_review(as_analysis(analysis), reviews.get((as_analysis(analysis).doc_id, SCOPE_TARGET)))
    coverage = {}
    for kid, cov in a.coverage.items():
        machine = cov.machine_label or cov.label
        items = []
        reviewed_ids = []
        for x in cov.aspects or ():
            machine_covered = x.covered if x.machine_covered is None else x.machine_covered
            ar = reviews.get((a.doc_id, x.id))
            if ar is not None:
                reviewed_ids.append(x.id)
            items.append(x.model_copy(update={
                "machine_covered": machine_covered, "reviewed": ar is not None,
                "covered": ar.covered if ar is not None else machine_covered,
                "review_note": ar.note if ar is not None else None, "reviewer": ar.reviewer if ar is not None else None}))
        review = reviews.get((a.doc_id, kid))
        label = derive_label([x.covered for x in items]) if reviewed_ids else machine
        reviewed = review is not None or bool(reviewed_ids)
        coverage[kid] = cov.model_copy(update={
            "machine_label": machine, "reviewed": reviewed, "label": review.label if review else label,
            "aspects": tuple(items) if cov.aspects is not None else None,
            "reviewed_aspects": tuple(reviewed_ids) or None,
            "review_source": ("key element" if review else "aspects") if reviewed else None,
            "review_note": review.note if review else None, "reviewer": review.reviewer if review else None})
    result = a.with_coverage(coverage)
    notice = out_of_scope_notice(a, [r for (d, k), r in reviews.items() if d == a.doc_id
                                     and (k in a.coverage or any(x.id == k for c in a.coverage.values() for x in c.aspects or ()))])
    if notice is None:
        return result
    return result.model_copy(update={"warnings": (*result.warnings, notice)})


def orphan_reviews(reviews: Mapping[ReviewKey, Review], analyses: Mapping[str, Analysis | None]) -> list[tuple[Review, str]]:
    """The reviews that name nothing in the output (orphans): they are kept, never deleted, and applied to nothing.

    Args:
        reviews: as :func:`load_reviews` gives them.
        analyses: doc_id → the document's analysis; None for a document that is
            there but whose analysis cannot be read (its reviews are not judged).

    Returns:
        (review, reason) per orphan, sorted by doc_id and key element; the reason is
        ``"no document in the output"``, ``"a key element its analysis lacks"`` or
        ``"an aspect its analysis lacks"``.
    """
    orphans = []
    for key in sorted(reviews):
        rev = reviews[key]
        if rev.doc_id not in analyses:
            orphans.append((rev, "no document in the output"))
            continue
        analysis = analyses[rev.doc_id]
        if analysis is None:
            continue
        if rev.is_aspect:
            cov = analysis.coverage.get(rev.key_element.split("/", 1)[0])
            if cov is None or not any(x.id == rev.key_element for x in cov.aspects or ()):
                orphans.append((rev, "an aspect its analysis lacks"))
        elif rev.key_element not in analysis.coverage and not rev.is_scope:
            orphans.append((rev, "a key element its analysis lacks"))
    return orphans


def split_reviews(reviews: Mapping[ReviewKey, Review]) -> tuple[dict[ReviewKey, Review], dict[ReviewKey, Review]]:
    """(reviews of key elements, reviews of aspects), each keyed like ``reviews``; scope reviews are in neither
    (:func:`scope_reviews`)."""
    kes = {k: r for k, r in reviews.items() if not r.is_aspect and not r.is_scope}
    return kes, {k: r for k, r in reviews.items() if r.is_aspect}


def scope_reviews(reviews: Mapping[ReviewKey, Review]) -> dict[str, Review]:
    """doc_id → the review of its scope decision (target ``"scope"``), for the documents that have one."""
    return {r.doc_id: r for r in reviews.values() if r.is_scope}
