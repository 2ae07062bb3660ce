"""Analyst reviews: confirmed or overridden coverage labels.

An analyst who knows a strategy better than the machine records a review per
document × key element in a CSV file (default ``<out>/reviews.csv``)::

    doc_id,key_element,label,reviewer,note,reviewed_at
    nl-2025,2.1.2.c,addressed,A. Analyst,"return policy in §4.2",2026-11-30T10:12:00+00:00

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

from .errors import AnalyserError, Errors
from .schema import Analysis, as_analysis, load_analysis

REVIEW_FIELDS = ("doc_id", "key_element", "label", "reviewer", "note", "reviewed_at")
LABELS = ("addressed", "partial", "absent")
REVIEWS_NAME = "reviews.csv"


@dataclass(frozen=True)
class Review:
    """One analyst decision on one key element of one document.

    Attributes:
        doc_id: the document (as in ``analysis.json``).
        key_element: canonical key-element id, e.g. ``"2.1.2.c"``.
        label: addressed / partial / absent.
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


ReviewKey = tuple[str, str]


def reviews_path(out: str | os.PathLike[str]) -> Path:
    """The default reviews file of an output folder: ``<out>/reviews.csv``."""
    return Path(out) / REVIEWS_NAME


def load_reviews(path: str | os.PathLike[str], key_elements: Iterable[str] | None = None) -> dict[ReviewKey, Review]:
    """Read a reviews CSV; a missing file is no reviews.

    Args:
        path: the CSV file (columns :data:`REVIEW_FIELDS`; reviewer, note and
            reviewed_at may be missing; comma, semicolon or tab separated, as
            spreadsheets save it). An empty file is no reviews.
        key_elements: the valid key-element ids (checked when given).

    Returns:
        ``{(doc_id, key_element): Review}``, the last line of a pair winning.

    Raises:
        AnalyserError: E505 when the file cannot be read or lacks a column;
            E507 naming the line of an unknown label or key element.
    """
    path = Path(path)
    if not path.exists():
        return {}
    try:
        text = path.read_bytes().decode("utf-8-sig")  # no newline translation: notes keep their line breaks
    except (OSError, UnicodeDecodeError) as exc:
        raise AnalyserError(Errors.E505, path=str(path), reason=str(exc)) from None
    if not text.strip():
        return {}
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=csv.excel, delimiter=_delimiter(text))
    missing = {"doc_id", "key_element", "label"} - set(reader.fieldnames or ())
    if missing:
        raise AnalyserError(Errors.E505, path=str(path), reason=f"missing column(s) {', '.join(sorted(missing))}")
    valid = set(key_elements) if key_elements is not None else None
    reviews: dict[ReviewKey, Review] = {}
    for line, row in enumerate(reader, start=2):
        label = (row.get("label") or "").strip().lower()
        kid = (row.get("key_element") or "").strip()
        doc_id = _unescape_cell((row.get("doc_id") or "").strip())
        if not doc_id:
            raise AnalyserError(Errors.E507, path=str(path), line=line, reason="empty doc_id")
        if label not in LABELS:
            raise AnalyserError(Errors.E507, path=str(path), line=line, reason=f"label {label!r} is not one of {', '.join(LABELS)}")
        if valid is not None and kid not in valid:
            raise AnalyserError(Errors.E507, path=str(path), line=line, reason=f"unknown key element {kid!r}")
        reviews[(doc_id, kid)] = Review(doc_id, kid, label, _unescape_cell(row.get("reviewer") or ""),
                                        _unescape_cell(row.get("note") or ""), (row.get("reviewed_at") or "").strip())
    return reviews


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
) -> Review:
    """Record one review (replacing an earlier one of the same pair) and save the file.

    Raises:
        ValueError: for a label that is not addressed / partial / absent, or
            an unknown key element when ``key_elements`` is given.
    """
    label = label.strip().lower()
    if label not in LABELS:
        raise ValueError(f"label {label!r} is not one of {', '.join(LABELS)}")
    if key_elements is not None and key_element not in set(key_elements):
        raise ValueError(f"unknown key element {key_element!r}")
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
    ``out`` are skipped (logged).

    Returns:
        One (features, label) pair per usable review, sorted by doc_id and key element.

    Raises:
        ScoreError: ``E403`` for an ``analysis.json`` that cannot be read.
    """
    import logging

    examples = []
    cache: dict[str, Analysis | None] = {}
    for (doc_id, kid) in sorted(reviews):
        if doc_id not in cache:
            path = Path(out) / doc_id / "analysis.json"
            cache[doc_id] = load_analysis(path) if path.exists() else None
        data = cache[doc_id]
        if data is None or kid not in data.coverage:
            logging.getLogger(__name__).warning("review of %s %s skipped: no analysis in %s", doc_id, kid, out)
            continue
        examples.append((dict(data.coverage[kid].features), reviews[(doc_id, kid)].label))
    return examples


def apply_reviews(analysis: Analysis | Mapping, reviews: Mapping[ReviewKey, Review]) -> Analysis:
    """A copy of a per-document analysis with its reviews applied.

    Every coverage entry gets ``machine_label`` (the machine's label) and
    ``reviewed`` (bool); a reviewed entry gets the reviewed ``label``,
    ``review_note`` and ``reviewer``. Score and evidence stay the machine's.
    The input is not modified (an ``analysis.json`` object is validated first).

    Raises:
        ScoreError: ``E403`` when a dict given is not an analysis.
    """
    a = as_analysis(analysis)
    coverage = {}
    for kid, cov in a.coverage.items():
        machine = cov.machine_label or cov.label
        review = reviews.get((a.doc_id, kid))
        coverage[kid] = cov.model_copy(update={
            "machine_label": machine, "reviewed": review is not None, "label": review.label if review else machine,
            "review_note": review.note if review else None, "reviewer": review.reviewer if review else None})
    return a.with_coverage(coverage)
