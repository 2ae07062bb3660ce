"""Corpus exports: ``summary.csv``, ``coverage.parquet``, ``similarity.parquet``, the corpus
``report.html`` and ``run.json``, all built from the store (:class:`analyser.store.AnalysisStore`).

File layout under the output folder (JSON Schemas of the JSON files in ``docs/schemas/``)::

    <out>/<doc_id>/analysis.json   # the machine's analysis (analyser.output.analysis)
    <out>/<doc_id>/report.md       # gap report per section, evidence quoted with pages
    <out>/<doc_id>/report.html     # the same, self-contained HTML with a summary chart and page crops
    <out>/<doc_id>/crops.json      # cache of the page crops (analyser.output.crops)
    <out>/summary.csv              # one row per document × key element (reviews applied)
    <out>/coverage.parquet         # the same as Parquet, with the machine label (raw values)
    <out>/coverage.xlsx            # per Annex section: member state × key element, coloured by label
    <out>/aspects.csv              # one row per document × aspect: covered, score, evidence (formula-safe)
    <out>/aspects.parquet          # the same, raw values
    <out>/similarity.parquet       # section × document pair similarity
    <out>/report.html              # corpus report: heatmap, similarity, evidence side by side
    <out>/run.json                 # status of every input of the latest run (docs/schemas/run.schema.json)
    <out>/analysis.duckdb          # everything above, queryable (analyser.store)

Every file goes through :mod:`analyser.io`, so a reader never sees a half-written file.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from ..io import atomic_path, write_bytes_atomic, write_text_atomic
from ..errors import AnalyserError
from ..schema import RunResult, load_analysis
from ..store import AnalysisStore, read_aspects
from ..template import Template
from .facts import is_true, lacking_aspect_rows, scope_decided_by
from .html import corpus_html

SUMMARY_FIELDS = ("doc_id", "language", "section", "key_element", "label", "score", "misplaced", "reviewed",
                  "machine_label", "evidence_pages", "evidence_blocks", "in_scope", "machine_in_scope", "scope_reviewed")
"""The columns of ``summary.csv`` / ``coverage.parquet``; the last three are the document's scope decision:
``in_scope`` the one in force (an analyst's scope review applied), ``machine_in_scope`` the machine's,
``scope_reviewed`` whether an analyst reviewed it (``analyser review DOC scope in|out``)."""


def summary_frame(store: AnalysisStore, template: Template, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per stored document × key element (Annex order), reviews applied; columns :data:`SUMMARY_FIELDS`.

    ``documents``: the store's documents table with its scope columns filled (:func:`with_scope`); None: read
    from the store (documents stored before the scope columns count as in scope, unreviewed).
    """
    docs = documents if documents is not None else store.table("documents")
    scope = {str(r["doc_id"]): r for r in docs.to_dict("records")} if len(docs) else {}

    def flag(did: object, col: str, default: bool) -> bool:
        v = scope.get(str(did), {}).get(col)
        return default if v is None or v != v else bool(v)

    cov = store.table("coverage")
    cov = cov.assign(in_scope=[flag(d, "in_scope", True) for d in cov["doc_id"]],
                     machine_in_scope=[flag(d, "machine_in_scope", flag(d, "in_scope", True)) for d in cov["doc_id"]],
                     scope_reviewed=[flag(d, "scope_reviewed", False) for d in cov["doc_id"]])
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

    ``summary.csv`` (formula-safe, see :func:`spreadsheet_safe`),
    ``coverage.parquet`` (the summary columns, raw values), ``similarity.parquet``
    (section, doc_a, doc_b, similarity), ``coverage.xlsx``
    (:func:`write_coverage_xlsx`) and the corpus ``report.html`` cover every
    document in the store.
    """
    documents = with_scope(store.table("documents"), out)
    summary = summary_frame(store, template, documents)
    write_text_atomic(out / "summary.csv", spreadsheet_safe(summary).to_csv(index=False))
    _write_parquet(out / "coverage.parquet", summary)  # raw values: Parquet cells are never evaluated
    similarity = store.table("similarity")
    _write_parquet(out / "similarity.parquet", similarity)
    evidence = store.table("evidence")
    coverage = store.table("coverage")
    aspects = aspect_summary_frame(store, template)
    write_text_atomic(out / "aspects.csv", spreadsheet_safe(aspects).to_csv(index=False))
    _write_parquet(out / "aspects.parquet", aspects)
    write_coverage_xlsx(out / "coverage.xlsx", summary, documents, template, aspects)
    write_text_atomic(out / "report.html", corpus_html(documents, coverage, similarity, evidence, template,
                                                      aspects=aspects))


def aspect_summary_frame(store: AnalysisStore, template: Template) -> pd.DataFrame:
    """One row per stored document × aspect (Annex order): the store's ``aspects`` table.

    Columns :data:`analyser.store.ASPECT_COLUMNS` (doc_id, language, section, key_element,
    key_element_label, aspect, descriptor, covered, score, evidence_page, evidence_sentence,
    machine_covered, reviewed, review_note): ``covered`` and ``key_element_label`` with the
    analysts' reviews applied, ``machine_covered`` the machine's value.
    """
    a = read_aspects(store)
    order = {ke.id: i for i, ke in enumerate(template.key_elements())}
    a = a.assign(_o=a["key_element"].map(order), _n=range(len(a))).sort_values(["doc_id", "_o", "_n"])
    return a.drop(columns=["_o", "_n"]).reset_index(drop=True)


def write_run(out: Path, results: Sequence[RunResult], run_info: Mapping) -> None:
    """Write ``run.json``: the run's settings, every input's result and the status counts."""
    run = dict(run_info)
    run["documents"] = [r.model_dump(mode="json") for r in results]
    run["counts"] = {s: sum(r.status == s for r in results) for s in ("success", "partial", "failed", "skipped")}
    run["reused"] = sum(r.reused for r in results)
    write_text_atomic(out / "run.json", json.dumps(run, ensure_ascii=False, indent=1))


def _write_parquet(path: Path, frame: pd.DataFrame) -> None:
    with atomic_path(path) as tmp:
        frame.to_parquet(tmp, index=False)


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection)."""


def cell_safe(value: object) -> object:
    """``value`` with a leading single quote when it is a string a spreadsheet would run as a formula.

    OWASP's CSV-injection rule: a text cell starting with ``=``, ``+``, ``-``,
    ``@``, tab or carriage return is prefixed with ``'``; anything else
    (numbers, booleans, other text) is returned unchanged.
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with :func:`cell_safe` applied to every text (object / string) column."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(cell_safe)
    return out


def with_scope(documents: pd.DataFrame, out: Path) -> pd.DataFrame:
    """``documents`` with the scope columns of the store (:data:`analyser.store.SCOPE_COLUMNS`: ``in_scope``,
    ``in_scope_score``, ``machine_in_scope``, ``scope_reviewed``, ``scope_review_note``, ``scope_reviewer``) filled.

    Rows the store has them for keep them (an analyst's scope review applied). Rows without (a store
    written before the scope columns, opened read-only) take them from ``OUT/<doc_id>/analysis.json``
    with the scope review of ``OUT/reviews.csv`` applied. Analyses written before the scope check have
    no such fields: they count as in scope (``in_scope`` True, score None). An unreadable
    ``analysis.json`` or reviews file counts as in scope, unreviewed (the corpus report then still
    shows the document).
    """
    from ..review import SCOPE_TARGET, load_reviews, reviews_path
    from ..store import SCOPE_COLUMNS

    if not len(documents):
        return documents.assign(**{c: pd.Series(dtype=object) for c in SCOPE_COLUMNS if c not in documents.columns})
    have = documents["in_scope"].notna().tolist() if "in_scope" in documents.columns else [False] * len(documents)
    if all(have):
        return documents
    try:
        reviews = load_reviews(reviews_path(out))
    except AnalyserError:
        reviews = {}
    cols: dict[str, list] = {c: (documents[c].tolist() if c in documents.columns else [None] * len(documents))
                             for c in SCOPE_COLUMNS}
    for i, did in enumerate(documents["doc_id"]):
        if have[i]:
            continue
        rev = reviews.get((str(did), SCOPE_TARGET))
        try:
            a = load_analysis(out / str(did) / "analysis.json")
            machine = a.in_scope
            score = a.in_scope_score if "in_scope_score" in a.model_fields_set else None
        except AnalyserError:
            machine, score, rev = True, None, None
        values = {"in_scope": rev.label == "in" if rev else machine, "in_scope_score": score, "machine_in_scope": machine,
                  "scope_reviewed": rev is not None, "scope_review_note": rev.note if rev else None,
                  "scope_reviewer": rev.reviewer if rev else None}
        for c in SCOPE_COLUMNS:
            cols[c][i] = values[c]
    return documents.assign(**cols)


LABEL_FILL = {"addressed": "C6EFCE", "partial": "FFEB9C", "absent": "FFC7CE"}
"""Cell colours of coverage.xlsx by label (Excel's good / neutral / bad styles)."""
LABEL_FONT = {"addressed": "006100", "partial": "9C5700", "absent": "9C0006"}


def _sheet_title(text: str, used: set[str]) -> str:
    title = "".join("_" if ch in "[]:*?/\\" else ch for ch in text)[:31].rstrip()
    base, n = title, 2
    while title in used:
        title = f"{base[:28]}~{n}"
        n += 1
    used.add(title)
    return title


def coverage_workbook(summary: pd.DataFrame, documents: pd.DataFrame | None, template: Template,  # noqa: ANN201
                      aspects: pd.DataFrame | None = None):
    """The ``coverage.xlsx`` workbook (openpyxl ``Workbook``) of a corpus.

    Args:
        summary: :func:`summary_frame` (one row per document × key element).
        documents: the store's documents table with optional ``in_scope`` /
            ``in_scope_score`` (see :func:`with_scope`), or None.
        template: the Annex template (sheet order, titles, descriptors).

    Returns:
        A workbook with sheets: "About" (legend, one row per document with its
        counts); one sheet per Annex section that has key elements (title
        "<id> <title>", ≤ 31 characters): member states as rows, key elements as
        columns, each cell the label, filled green / yellow / red, with a
        comment "score 0.73 · evidence p. 4, 9" (and the review); "Absent"
        (one row per member state × absent key element); "Out of scope" when
        some document is not a strategy (those are left out of the other
        sheets); "Aspects missing" when ``aspects`` (:func:`aspect_summary_frame`) is given: one
        row per member state × aspect not covered of a partial key element (what it lacks), with
        "yes (machine: covered)" in its last column when an analyst reviewed the aspect.
        Every text cell goes through :func:`cell_safe`.
    """
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    used: set[str] = set()
    wb = Workbook()
    about = wb.active
    about.title = _sheet_title("About", used)
    scope: dict[str, dict] = {}
    if documents is not None and len(documents):
        for r in documents.to_dict("records"):
            scope[str(r["doc_id"])] = r
    excluded = {d for d, r in scope.items() if r.get("in_scope") is False}
    rows = summary[~summary["doc_id"].astype(str).isin(excluded)]
    doc_ids = list(dict.fromkeys(rows["doc_id"].astype(str)))
    language = {str(r["doc_id"]): r["language"] for r in rows[["doc_id", "language"]].drop_duplicates().to_dict("records")}
    cells = {(str(r["doc_id"]), str(r["key_element"])): r for r in rows.to_dict("records")}

    def put(ws, row: int, col: int, value: object, **style: object):  # noqa: ANN001, ANN202
        c = ws.cell(row=row, column=col, value=cell_safe(value))
        for k, v in style.items():
            setattr(c, k, v)
        return c

    put(about, 1, 1, "Coverage of the Annex key elements of Implementing Decision (EU) 2025/503 per member state",
        font=Font(bold=True, size=13))
    put(about, 2, 1, "Cells: label (addressed / partial / absent) coloured green / yellow / red; "
                     "the cell comment gives the calibrated score and the evidence pages. Machine estimates unless reviewed.")
    for j, h in enumerate(("document", "language", "addressed", "partial", "absent"), 1):
        put(about, 4, j, h, font=bold)
    for i, did in enumerate(doc_ids, 5):
        labels = [str(r["label"]) for (d, _), r in cells.items() if d == did]
        for j, v in enumerate((did, language.get(did), labels.count("addressed"), labels.count("partial"),
                               labels.count("absent")), 1):
            put(about, i, j, v)
    about.column_dimensions["A"].width = 24

    absent_rows = []
    for section in template.sections:
        if not section.key_elements:
            continue
        ws = wb.create_sheet(_sheet_title(f"{section.id} {section.en}", used))
        put(ws, 1, 1, f"{section.id} {section.en}", font=Font(bold=True, size=12))
        put(ws, 2, 1, "member state", font=bold)
        put(ws, 2, 2, "language", font=bold)
        for j, ke in enumerate(section.key_elements, 3):
            c = put(ws, 2, j, ke.id, font=bold, alignment=Alignment(horizontal="center"))
            c.comment = Comment(str(cell_safe(ke.en)), "analyser")
            ws.column_dimensions[get_column_letter(j)].width = 11
        ws.column_dimensions["A"].width = 22
        for i, did in enumerate(doc_ids, 3):
            put(ws, i, 1, did, font=bold)
            put(ws, i, 2, language.get(did))
            for j, ke in enumerate(section.key_elements, 3):
                r = cells.get((did, ke.id))
                if r is None:
                    put(ws, i, j, "not analysed")
                    continue
                label = str(r["label"])
                c = put(ws, i, j, label, alignment=Alignment(horizontal="center"),
                        fill=PatternFill("solid", start_color=LABEL_FILL.get(label, "FFFFFF")),
                        font=Font(color=LABEL_FONT.get(label, "000000")))
                pages = str(r.get("evidence_pages") or "").split()
                note = f"score {float(r['score']):.2f}" + (f" · evidence p. {', '.join(pages)}" if pages else " · no evidence")
                if bool(r.get("reviewed")):
                    note += f" · reviewed (machine: {r.get('machine_label')})"
                c.comment = Comment(note, "analyser")
                if label == "absent":
                    absent_rows.append((did, language.get(did), section.id, ke.id, ke.en))
        ws.freeze_panes = "C3"

    ws = wb.create_sheet(_sheet_title("Absent", used))
    for j, h in enumerate(("member state", "language", "section", "key element", "descriptor"), 1):
        put(ws, 1, j, h, font=bold)
    for i, row in enumerate(absent_rows, 2):
        for j, v in enumerate(row, 1):
            put(ws, i, j, v)
    ws.column_dimensions["E"].width = 90
    ws.freeze_panes = "A2"
    if aspects is not None and len(aspects):
        ws = wb.create_sheet(_sheet_title("Aspects missing", used))
        heads = ("member state", "language", "key element", "aspect", "descriptor", "score", "reviewed")
        for j, h in enumerate(heads, 1):
            put(ws, 1, j, h, font=bold)
        lacking = lacking_aspect_rows(aspects)
        lacking = lacking[~lacking["doc_id"].astype(str).isin(excluded)]
        for i, r in enumerate(lacking.to_dict("records"), 2):
            reviewed = ""
            if str(r.get("reviewed")) == "True":  # an analyst's value beside the machine's (None/NA: not reviewed)
                reviewed = f"yes (machine: {'covered' if r.get('machine_covered') else 'missing'})"
            for j, v in enumerate((r["doc_id"], r["language"], r["key_element"], r["aspect"], r["descriptor"],
                                   round(float(r["score"]), 3), reviewed), 1):
                put(ws, i, j, v)
        ws.column_dimensions["E"].width = 90
        ws.freeze_panes = "A2"
    if excluded:
        ws = wb.create_sheet(_sheet_title("Out of scope", used))
        put(ws, 1, 1, "Not asylum and migration strategies: coverage not assessed, left out of the other sheets", font=bold)
        for j, h in enumerate(("document", "in-scope score", "decided by"), 1):
            put(ws, 2, j, h, font=bold)
        for i, did in enumerate(sorted(excluded), 3):
            put(ws, i, 1, did)
            score = scope[did].get("in_scope_score")
            put(ws, i, 2, None if score is None or score != score else round(float(score), 3))
            put(ws, i, 3, scope_decided_by(scope[did]))
    reviewed_in = sorted(d for d, r in scope.items() if r.get("in_scope") is not False and is_true(r.get("scope_reviewed")))
    if reviewed_in:  # in the other sheets, but the analyst's decision against or beside the machine's is said
        put(about, len(doc_ids) + 6, 1, "Scope reviewed by an analyst (in scope):", font=bold)
        for i, did in enumerate(reviewed_in, len(doc_ids) + 7):
            put(about, i, 1, did)
            put(about, i, 2, scope_decided_by(scope[did]))
    return wb


def write_coverage_xlsx(path: Path, summary: pd.DataFrame, documents: pd.DataFrame | None, template: Template,
                        aspects: pd.DataFrame | None = None) -> Path:
    """Write :func:`coverage_workbook` to ``path`` atomically; returns the path."""
    buf = io.BytesIO()
    coverage_workbook(summary, documents, template, aspects).save(buf)
    return write_bytes_atomic(path, buf.getvalue())
