"""Markdown gap report (analyser.output.markdown): hostile text stays inert, language and warnings first.

The report is rendered with markdown-it (CommonMark + tables, as GitHub and
most viewers do) and the resulting HTML is checked: no link, image or tag
planted in a strategy's doc id or text may survive.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from analyser.output.markdown import _md, markdown_report
from analyser.errors import Warnings

REPO = Path(__file__).parents[1]
HOSTILE_ID = "x](javascript:alert(1))<b onmouseover=alert(4)>`code`|"
LINK = "[click here](javascript:alert(document.cookie))"
IMAGE = "![pixel](https://evil.example/t.png)"
AUTOLINK = "<javascript:alert(2)>"
TAG = "<img src=x onerror=alert(3)>"


def _render(md: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(md)


@pytest.fixture(scope="module")
def analysis(template) -> dict:
    """A small analysis dict: two key elements with evidence carrying the payloads, the rest absent."""
    kids = [k.id for k in template.key_elements()]
    payload = f"The plan {LINK} and {IMAGE} then {AUTOLINK} or {TAG} *ends* here."
    cov = {k: {"label": "absent", "score": 0.05, "misplaced": False, "evidence": []} for k in kids}
    cov[kids[0]] = {"label": "addressed", "score": 0.91, "misplaced": False, "evidence": [
        {"block": "b1", "page": 3, "section": "1", "text": payload, "sentence": f"The plan {LINK} and {IMAGE} then {AUTOLINK} or {TAG} *ends* here.",
         "similarity": 0.8}]}
    cov[kids[1]] = {"label": "partial", "score": 0.5, "misplaced": False, "evidence": [
        {"block": "b2", "page": 4, "section": "1", "text": payload, "sentence": None, "similarity": 0.6}]}
    return {"schema_version": "1.0", "template": "eu-2025-503",
            "doc_id": HOSTILE_ID, "source": {"path": f"/in/{HOSTILE_ID}.pdf", "pages": 9, "sha256": ""},
            "language": "de", "follows_template": True, "model": {"name": "hashing-fake"}, "analyser_version": "0",
            "blocks": [],  # required by the schema (no block text needed here)
            "sections": {"1": {"present": True, "heading": f"Kontext {LINK}", "pages": [3], "answer_words": 40}},
            "coverage": cov}


def test_md_escape_is_inert():
    html = _render(f"x {_md(LINK)} {_md(IMAGE)} {_md(AUTOLINK)} {_md(TAG)} {_md('`a` *b* |c')}")
    assert "<a " not in html and "<img" not in html and "<code>" not in html and "<em>" not in html
    assert "[click here](javascript:alert(document.cookie))" in html  # shown as text
    assert "&lt;img src=x onerror=alert(3)&gt;" in html


def test_markdown_report_neutralises_links_and_html(analysis, template):
    md = markdown_report(analysis, template)
    html = _render(md)
    assert 'href="javascript' not in html and "<a " not in html
    assert "<img" not in html and "<b " not in html and 'src="https://evil' not in html
    title = html.splitlines()[0]
    assert title == "<h1>Gap report: x](javascript:alert(1))&lt;b onmouseover=alert(4)&gt;`code`|</h1>"
    assert md.splitlines()[0] == "# Gap report: x\\](javascript:alert(1))&lt;b onmouseover=alert(4)&gt;\\`code\\`\\|"
    source = next(line for line in md.splitlines() if line.startswith("- Source:"))
    assert source == "- Source: x\\](javascript:alert(1))&lt;b onmouseover=alert(4)&gt;\\`code\\`\\|.pdf (9 pages)"
    # the evidence is still there, as text, the sentence in bold
    assert "<strong>The plan [click here](javascript:alert(document.cookie)) and ![pixel](https://evil.example/t.png)" in html


def test_markdown_report_language_warnings_banner_and_page_links(analysis, template):
    md = markdown_report(analysis, template)
    assert "- Language: de (German)" in md and "Not an asylum" not in md and "Warnings" not in md
    off = {**analysis, "language": "uk", "in_scope": False, "in_scope_score": 0.031,
           "warnings": [{"code": Warnings.W601.code, "message": "not an asylum and migration strategy: a tax form; coverage not assessed"},
                        "[W102] odd [font](javascript:x)"]}
    md = markdown_report(off, template, page_link=lambda p: f"../../in/doc.pdf#page={p}")
    lines = md.splitlines()
    assert lines[2].startswith("> **Not an asylum and migration strategy — coverage not assessed.**")
    assert "(in-scope score 0.03 of 1)" in lines[2]
    assert "- Language: uk (not one of the 24 official EU languages)" in md
    assert "- Warnings (2):" in md
    assert "  - **W601** not an asylum and migration strategy: a tax form; coverage not assessed" in md
    assert "  - **W102** odd \\[font\\](javascript:x)" in md
    assert "  - p. 3, section 1, [open p. 3 of the source](../../in/doc.pdf#page=3): " in md
    html = _render(md)
    assert html.count('<a href="../../in/doc.pdf#page=') == 2 and "<a " not in html.replace('<a href="../../in/doc.pdf#page=', "")


def test_markdown_report_lists_partial_with_what_they_lack(analysis, template):
    kids = [k.id for k in template.key_elements()]
    a = {**analysis, "coverage": {**analysis["coverage"]}}
    a["coverage"][kids[1]] = {**a["coverage"][kids[1]], "aspects": [{"id": f"{kids[1]}/x", "covered": False, "score": 0.2, "en": "Risk *analysis*."}]}
    md = markdown_report(a, template)
    line = next(x for x in md.splitlines() if x.startswith("**Partly addressed:**"))
    assert line.startswith(f"**Partly addressed:** {kids[1]} (") and line.endswith("; lacks: Risk \\*analysis\\*.)")
    assert md.index("**Absent key elements:**") < md.index("**Partly addressed:**") < md.index("## 1 ")


def test_markdown_summary_says_when_a_label_is_an_analysts(analysis, template):
    """An addressed key element an analyst set to partial was listed under "Partly addressed" with no "lacks"
    and no word of the review (fresh-eyes trial)."""
    kids = [k.id for k in template.key_elements()]
    a = {**analysis, "coverage": {**analysis["coverage"]}}
    a["coverage"][kids[0]] = {**a["coverage"][kids[0]], "label": "partial", "reviewed": True,
                              "machine_label": "addressed", "review_note": "only *the* vision"}
    md = markdown_report(a, template)
    line = next(x for x in md.splitlines() if x.startswith("**Partly addressed:**"))
    assert f"{kids[0]} (" in line and "; reviewed by a person, machine: addressed, note: only \\*the\\* vision)" in line
    absent = next(x for x in md.splitlines() if x.startswith("**Absent key elements:**"))
    assert "reviewed" not in absent


def test_reports_warn_of_pages_that_were_not_read(analysis, template):
    """A PDF whose page 2 is a scan: run.json and the CLI said "[W101] page 2 unreadable (scanned); not analysed",
    but the gap report said nothing (the HTML only at its very end), so an absent key element could sit on a
    page nobody read (fresh-eyes trial). Both reports now list it with the warnings at the top."""
    from analyser.output.facts import document_warnings
    from analyser.output.html import document_html

    a = {**analysis, "pages": [{"number": 2, "flags": ["scanned"]}, {"number": 3, "flags": ["rotated"]}]}
    assert document_warnings(a) == [{"code": "W101", "message": "page 2 unreadable (scanned); not analysed"}]
    md = markdown_report(a, template)
    assert "- Warnings (1):\n  - **W101** page 2 unreadable (scanned); not analysed" in md
    html = document_html(a, template)
    assert html.index("page 2 unreadable (scanned); not analysed") < html.index('id="absent"')


def test_source_line_says_one_page_not_one_pages():
    """A one-page source (every text file) said "(1 pages)" (fresh-eyes trial)."""
    from pathlib import Path

    line = next(ln for ln in (Path(__file__).parent / "data" / "reference" / "ho-sport-fr" / "report.md")
                .read_text(encoding="utf-8").splitlines() if ln.startswith("- Source:"))
    assert line == "- Source: ho-sport-fr.txt (1 page)"
