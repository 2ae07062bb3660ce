"""The parser's warnings reach ``analysis.json`` and the reports (mend14).

W103 (struck-through text of a PDF left out) and W104 (a Word file's tracked deletions left out) were said on the
command line and in ``run.json`` only: ``analysis.json`` (``warnings``), the HTML and the Markdown report of the
document did not carry them, so a reader of the report could not know the analysis read an accepted draft. Now every
parse warning is a ``warnings`` entry of its document (code and message, as the schema says), shown in both reports
under the document's warnings, and a later run reusing the analysis repeats it in ``run.json`` as stage ``parse``.
Real inputs: ``tests/data/fresh9/fr-2026.tracked-strikethrough.pdf`` (W103) and
``tests/data/fresh10/cs-2026.moved-tracked.docx`` (W104); the test encoder (no model needed).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import jsonschema
import pytest

from analyser.embed import HashingEncoder
from analyser.pipeline import analyse_corpus

DATA = Path(__file__).parent / "data"
PDF = DATA / "fresh9" / "fr-2026.tracked-strikethrough.pdf"
DOCX = DATA / "fresh10" / "cs-2026.moved-tracked.docx"
WANT = {
    "fr-2026.tracked-strikethrough": ("W103", f"{PDF}: 387 struck-through character(s) on page(s) 1 were left out as "
                                      "deleted text (a draft printed with its tracked changes?); check the analysis "
                                      "against the final text"),
    "cs-2026.moved-tracked": ("W104", f"{DOCX}: the Word file holds tracked changes; 121 deleted character(s) "
                              "(2 deletion(s)) were left out and the insertions read, as if every change were accepted "
                              "(a draft?); check the analysis against the final text"),
}


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("parse-warnings")
    results = analyse_corpus([PDF, DOCX], out=out, encoder=HashingEncoder())
    assert sorted((r.doc_id, r.status) for r in results) == sorted((d, "success") for d in WANT)
    return out


@pytest.mark.parametrize("doc_id", sorted(WANT))
def test_parse_warning_is_in_analysis_json(out, doc_id, analysis_schema):
    data = json.loads((out / doc_id / "analysis.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, analysis_schema)
    code, message = WANT[doc_id]
    assert {"code": code, "message": message} in data["warnings"]
    assert [w["code"] for w in data["warnings"]].count(code) == 1


@pytest.mark.parametrize("doc_id", sorted(WANT))
def test_parse_warning_is_in_both_reports(out, doc_id):
    code, message = WANT[doc_id]
    md = (out / doc_id / "report.md").read_text(encoding="utf-8")
    assert f"  - **{code}** " in md and message in " ".join(md.replace("\\", "").split())
    page = " ".join(html.unescape((out / doc_id / "report.html").read_text(encoding="utf-8")).split())
    assert code in page and message in page


def test_a_reused_analysis_repeats_the_parse_warning_in_run_json(out):
    results = analyse_corpus([PDF, DOCX], out=out, encoder=HashingEncoder())
    assert all(r.reused for r in results)
    for r in results:
        code, message = WANT[r.doc_id]
        assert [(e.stage, e.code, e.message) for e in r.errors if e.code == code] == [("parse", code, message)]
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    text = json.dumps(run, ensure_ascii=False)
    assert all(json.dumps(m, ensure_ascii=False)[1:-1] in text for _, m in WANT.values())
