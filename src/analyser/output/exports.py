"""Corpus exports: ``summary.csv``, ``coverage.parquet``, ``similarity.parquet``, the corpus
``report.html`` and ``run.json``, all built from the store (:class:`analyser.store.AnalysisStore`).

File layout under the output folder (JSON Schemas of the JSON files in ``docs/schemas/``)::

    <out>/<doc_id>/analysis.json   # the machine's analysis (analyser.output.analysis)
    <out>/<doc_id>/report.md       # gap report per section, evidence quoted with pages
    <out>/<doc_id>/report.html     # the same, self-contained HTML with a summary chart
    <out>/summary.csv              # one row per document × key element (reviews applied)
    <out>/coverage.parquet         # the same as Parquet, with the machine label
    <out>/similarity.parquet       # section × document pair similarity
    <out>/report.html              # corpus report: heatmap, similarity, evidence side by side
    <out>/run.json                 # status of every input of the latest run (docs/schemas/run.schema.json)
    <out>/analysis.duckdb          # everything above, queryable (analyser.store)

Every file goes through :mod:`analyser.io`, so a reader never sees a half-written file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from ..io import atomic_path, write_text_atomic
from ..schema import RunResult
from ..store import AnalysisStore
from ..template import Template
from .html import corpus_html

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
    with atomic_path(path) as tmp:
        frame.to_parquet(tmp, index=False)
