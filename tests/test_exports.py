"""Corpus exports (analyser.output.exports): formula-safe summary.csv and coverage.xlsx, raw Parquet, scope.

A document whose file name makes a spreadsheet formula (``=HYPERLINK(…)``,
``@SUM…``, ``-2+3``) is analysed by the real pipeline (hashing encoder); its
doc_id must reach ``summary.csv`` and ``coverage.xlsx`` as inert text (OWASP:
a leading ``'``) and ``coverage.parquet`` / the store unchanged.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from analyser.output.exports import LABEL_FILL, cell_safe, coverage_workbook, spreadsheet_safe, with_scope

REPO = Path(__file__).parents[1]
TEXT = REPO / "tests" / "data" / "dev" / "xa-2025.txt"
HOSTILE = ("=HYPERLINK(x)", "@SUM(1+1)")


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """Two copies of an English strategy named like formulas, analysed into one output folder."""
    from analyser.embed import HashingEncoder
    from analyser.pipeline import analyse_corpus

    src = tmp_path_factory.mktemp("hostile_in")
    paths = []
    for name in HOSTILE:
        p = src / f"{name}.txt"
        p.write_text(TEXT.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(p)
    out = tmp_path_factory.mktemp("hostile_out")
    results = analyse_corpus(paths, out=out, encoder=HashingEncoder())
    assert [r.doc_id for r in results] == list(HOSTILE) and all(r.status == "success" for r in results)
    return out


def test_cell_safe_follows_owasp():
    for bad in ("=1+2", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert cell_safe(bad) == "'" + bad
    for ok in ("1.a", "nl-2025", "", "a=b", 0.5, -1.0, True, None):
        assert cell_safe(ok) == ok
    frame = pd.DataFrame({"doc_id": ["=x", "y"], "score": [-0.5, 0.25]})
    assert spreadsheet_safe(frame).to_dict("list") == {"doc_id": ["'=x", "y"], "score": [-0.5, 0.25]}
    assert frame["doc_id"].tolist() == ["=x", "y"]  # the input is not changed


def test_summary_csv_is_formula_safe_and_parquet_raw(hostile_run):
    rows = list(csv.DictReader(io.StringIO((hostile_run / "summary.csv").read_text(encoding="utf-8"))))
    assert {r["doc_id"] for r in rows} == {"'" + h for h in HOSTILE}
    assert len(rows) == 2 * 44
    for r in rows:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in r.values()), r
    parquet = pd.read_parquet(hostile_run / "coverage.parquet")
    assert set(parquet["doc_id"]) == set(HOSTILE)


def test_coverage_xlsx_sheets_colours_comments(hostile_run, template):
    path = hostile_run / "coverage.xlsx"
    wb = load_workbook(path)
    sections = [s for s in template.sections if s.key_elements]
    # the pipeline scores aspects, so the last sheet lists the aspects partial key elements miss (issue 13)
    assert wb.sheetnames[0] == "About" and wb.sheetnames[-2:] == ["Absent", "Aspects missing"]
    assert len(wb.sheetnames) == len(sections) + 3
    assert all(len(n) <= 31 for n in wb.sheetnames)
    summary = pd.read_parquet(hostile_run / "coverage.parquet")
    label = {(r.doc_id, r.key_element): r for r in summary.itertuples()}
    n_cells = 0
    for s, name in zip(sections, wb.sheetnames[1:-2]):
        assert name.startswith(s.id + " ")
        ws = wb[name]
        header = [c.value for c in ws[2]]
        assert header == ["member state", "language"] + [k.id for k in s.key_elements]
        for row in ws.iter_rows(min_row=3):
            doc = row[0].value
            assert doc in {"'" + h for h in HOSTILE}
            for ke, cell in zip(s.key_elements, row[2:]):
                r = label[(doc[1:], ke.id)]
                assert cell.value == r.label
                assert cell.fill.fgColor.rgb[-6:] == LABEL_FILL[r.label]
                assert cell.comment.text.startswith(f"score {r.score:.2f}")
                pages = r.evidence_pages.split()
                assert (f"evidence p. {', '.join(pages)}" in cell.comment.text) == bool(pages)
                n_cells += 1
    assert n_cells == 2 * 44
    absent = wb["Absent"]
    got = [(r[0].value, r[3].value) for r in absent.iter_rows(min_row=2)]
    want = [("'" + r.doc_id, r.key_element) for r in summary.itertuples() if r.label == "absent"]
    assert sorted(got) == sorted(want) and got
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert not (isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@"))), (ws.title, cell.coordinate)
                assert cell.data_type != "f"


def test_report_command_rewrites_the_xlsx(hostile_run):
    from typer.testing import CliRunner

    from analyser.cli import app

    path = hostile_run / "coverage.xlsx"
    path.unlink()
    result = CliRunner().invoke(app, ["report", str(hostile_run), "--no-images"])
    assert result.exit_code == 0, result.output
    assert "coverage.xlsx" in result.output
    assert load_workbook(path).sheetnames[0] == "About"


def test_out_of_scope_documents_apart(tmp_path, template):
    """analysis.json "in_scope": false (issue 12) -> own sheet, left out of the section sheets; missing = in scope."""
    kids = [k.id for k in template.key_elements()]
    summary = pd.DataFrame([{"doc_id": d, "language": "en", "section": k.rsplit(".", 1)[0], "key_element": k,
                             "label": "absent", "score": 0.01, "misplaced": False, "reviewed": False,
                             "machine_label": "absent", "evidence_pages": "", "evidence_blocks": ""}
                            for d in ("strategy", "tax-form") for k in kids])
    for d in ("strategy", "tax-form"):
        (tmp_path / d).mkdir()
    def analysis(doc_id: str, **scope) -> str:
        return json.dumps({"schema_version": "1.0", "doc_id": doc_id, "source": {"path": f"{doc_id}.pdf", "sha256": "", "pages": 1},
                           "language": "en", "template": "eu-2025-503", "model": {"name": "hashing-fake"},
                           "blocks": [], "sections": {}, "coverage": {}, **scope})

    (tmp_path / "strategy" / "analysis.json").write_text(analysis("strategy"))  # an older analysis, no scope fields
    (tmp_path / "tax-form" / "analysis.json").write_text(analysis("tax-form", in_scope=False, in_scope_score=0.04))
    documents = with_scope(pd.DataFrame({"doc_id": ["strategy", "tax-form"]}), tmp_path)
    assert documents["in_scope"].tolist() == [True, False]
    wb = coverage_workbook(summary, documents, template)
    assert wb.sheetnames[-1] == "Out of scope"
    assert [c.value for c in wb["Out of scope"]["A"]][2:] == ["tax-form"]
    assert wb["Out of scope"]["B3"].value == 0.04
    assert [c.value for c in wb.worksheets[1]["A"]][2:] == ["strategy"]
