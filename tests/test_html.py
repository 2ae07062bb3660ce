"""HTML reports (analyser.output.html): content, anchors, evidence pages, highlighting and escaping.

The analysis dicts come from the real pipeline run with the deterministic
hashing encoder (no model) over three documents:

* ``xb-2025`` — a German corpus PDF (8 pages, some key elements absent);
* ``xc-2025`` — a French text strategy with its own chapter structure;
* ``xs-2025`` — the English ``xa-2025`` text with a script / onerror payload
  appended to its answer paragraphs: the reports must show it as text only.

The pipeline run is shared by this module and ``test_browser.py`` (one run per
pytest session, see :func:`analysed`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from markupsafe import escape

from analyser.output.html import comparison_html, corpus_html, document_html, write_html
from analyser.output.markdown import comparison_markdown

REPO = Path(__file__).parents[1]
PDF = REPO / "corpus" / "xb-2025.word.pdf"
FREE_FORM = REPO / "tests" / "data" / "dev" / "xc-2025.txt"
BASE_TXT = REPO / "tests" / "data" / "dev" / "xa-2025.txt"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
PAYLOAD = f" Note {SCRIPT} and {IMG} end."
INJECTED = "xs-2025"

_RUNS: dict[str, tuple[Path, dict[str, dict]]] = {}


def injected_text() -> str:
    """``xa-2025.txt`` with the payload appended to every long non-heading paragraph."""
    paras = BASE_TXT.read_text(encoding="utf-8").split("\n\n")
    out = [p + PAYLOAD if len(p) > 120 and not p[:1].isdigit() else p for p in paras]
    return "\n\n".join(out)


def analysed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    """Run the pipeline (hashing encoder) once per session; returns (out_dir, {doc_id: analysis dict})."""
    if "run" not in _RUNS:
        import json

        from analyser.embed import HashingEncoder
        from analyser.pipeline import analyse_corpus

        src = tmp_path_factory.mktemp("html_inputs")
        (src / f"{INJECTED}.txt").write_text(injected_text(), encoding="utf-8")
        out = tmp_path_factory.mktemp("html_out")
        results = analyse_corpus([PDF, FREE_FORM, src / f"{INJECTED}.txt"], out=out, encoder=HashingEncoder())
        assert all(r.status == "success" for r in results), results
        docs = {r.doc_id: json.loads((Path(r.out_dir) / "analysis.json").read_text(encoding="utf-8")) for r in results}
        _RUNS["run"] = (out, docs)
    return _RUNS["run"]


def corpus_frames(analyses: Mapping[str, Mapping]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(documents, coverage, similarity, evidence) DataFrames built from analysis dicts.

    Stand-in for the store's builder: similarity is the cosine of per-section
    centroids of the hashing-encoder vectors of each document's answer blocks.
    """
    from analyser.embed import HashingEncoder

    docs, cov, ev = [], [], []
    for a in analyses.values():
        labels = [c["label"] for c in a["coverage"].values()]
        docs.append({"doc_id": a["doc_id"], "language": a["language"], "pages": a["source"]["pages"],
                     "follows_template": a["follows_template"], "n_addressed": labels.count("addressed"),
                     "n_partial": labels.count("partial"), "n_absent": labels.count("absent")})
        for kid, c in a["coverage"].items():
            cov.append({"doc_id": a["doc_id"], "language": a["language"], "section": kid.rsplit(".", 1)[0],
                        "key_element": kid, "label": c["label"], "score": c["score"],
                        "misplaced": c["misplaced"], "reviewed": bool(c.get("reviewed", False))})
            for rank, e in enumerate(c["evidence"], 1):
                ev.append({"doc_id": a["doc_id"], "language": a["language"], "key_element": kid, "rank": rank,
                           "page": e["page"], "section": e["section"], "similarity": e["similarity"],
                           "sentence": e["sentence"], "text": e["text"]})
    enc = HashingEncoder()
    cents: dict[str, dict[str, np.ndarray]] = {}
    for a in analyses.values():
        blocks = [b for b in a["blocks"] if b["role"] in ("answer", "answer_list_item") and b["section"]]
        vecs = enc.encode([b["text"] for b in blocks], kind="passage")
        secs = np.array([b["section"] for b in blocks])
        unit = lambda v: v / (np.linalg.norm(v) or 1.0)  # noqa: E731
        cents[a["doc_id"]] = {"all": unit(vecs.mean(axis=0))} | {s: unit(vecs[secs == s].mean(axis=0)) for s in set(secs)}
    sim = []
    for da in cents:
        for db in cents:
            if da != db:
                for sid in sorted(set(cents[da]) & set(cents[db])):
                    sim.append({"section": sid, "doc_a": da, "doc_b": db,
                                "similarity": float(cents[da][sid] @ cents[db][sid])})
    return pd.DataFrame(docs), pd.DataFrame(cov), pd.DataFrame(sim), pd.DataFrame(ev)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analysed(tmp_path_factory)


@pytest.fixture(scope="module")
def analyses(run) -> dict[str, dict]:
    return run[1]


def _between(html: str, start: str, end: str) -> str:
    i = html.index(start)
    return html[i:html.index(end, i + len(start))]


def _article(html: str, kid: str) -> str:
    return _between(html, f'id="ke-{kid}"', "</article>")


def _norm(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- document report


def test_document_html_summary_and_sections(analyses, template):
    a = analyses["xb-2025"]
    html = document_html(a, template)
    assert html.startswith("<!DOCTYPE html>")
    assert "<h1>Gap report: <span class=\"mono\">xb-2025</span></h1>" in html
    summary = _between(html, '<section id="summary">', "</section>")
    labels = [c["label"] for c in a["coverage"].values()]
    for lab in ("addressed", "partial", "absent"):
        assert f"{labels.count(lab)} {lab}" in summary
    assert '<dt>Language</dt><dd id="language"><span class="mono">de</span> German</dd>' in summary
    assert f"<dt>Pages</dt><dd>{a['source']['pages']}</dd>" in summary
    present = sum(s["present"] for s in a["sections"].values())
    assert f"{present} of 17" in summary
    # table of contents and one h2 anchor per Annex section, in Annex order
    toc = _between(html, '<nav class="toc"', "</nav>")
    positions = []
    for section in template.sections:
        assert f'href="#sec-{section.id}"' in toc
        m = re.search(rf'<h2 id="sec-{re.escape(section.id)}" class="section depth-{section.depth}">', html)
        assert m, section.id
        positions.append(m.start())
    assert positions == sorted(positions) and len(positions) == 17
    # the chart: one bar row per section, linked to its anchor
    chart = _between(html, '<figure class="chart" id="coverage-chart">', "</figure>")
    assert chart.count('<g class="row">') == 17
    assert chart.count('class="seg absent"') == sum(
        1 for s in template.sections if any(a["coverage"][k.id]["label"] == "absent" for k in s.key_elements))
    # sections not found are said so
    for sid, info in a["sections"].items():
        block = _between(html, f'<h2 id="sec-{sid}"', "</section>")
        assert ("Section not found in the document" in block) == (not info["present"])
        if info["heading"]:
            assert str(escape(_norm(info["heading"]))) in _norm(block)


def test_document_html_absent_list(analyses, template):
    a = analyses["xb-2025"]
    html = document_html(a, template)
    absent = [k for k, c in a["coverage"].items() if c["label"] == "absent"]
    assert absent, "the fixture document should have absent key elements"
    block = _between(html, '<section id="absent">', "</section>")
    assert re.findall(r'href="#ke-([^"]+)"', block) == absent
    for kid in absent:
        assert str(escape(template.key_element(kid).en)) in block
        assert "Missing: no passage" in _article(html, kid)


def test_document_html_evidence_pages_and_marks(analyses, template):
    a = analyses["xb-2025"]
    html = document_html(a, template)
    n_checked = 0
    for kid, c in a["coverage"].items():
        art = _article(html, kid)
        assert f'<span class="badge {c["label"]}">' in art
        assert f"score {c['score']:.2f}" in art
        pages = [int(p) for p in re.findall(r'<span class="pg">(\d+)</span>', art)]
        assert pages == [e["page"] for e in c["evidence"]], kid
        assert ("evidence outside its own section" in art) == bool(c["misplaced"])
        marks = re.findall(r"<mark>(.*?)</mark>", art, flags=re.S)
        for e in c["evidence"]:
            assert str(escape(_norm(e["sentence"]))) in marks
            n_checked += 1
    assert n_checked > 30
    assert max(e["page"] for c in a["coverage"].values() for e in c["evidence"]) > 1  # a multi-page document
    # evidence by page: every evidence page has a row linking its key elements
    for c_kid, c in a["coverage"].items():
        for e in c["evidence"]:
            row = _between(html, f'<tr id="page-{e["page"]}">', "</tr>")
            assert f'href="#ke-{c_kid}"' in row


def test_document_html_escapes_pdf_text(analyses, template):
    a = analyses[INJECTED]
    texts = [e["text"] for c in a["coverage"].values() for e in c["evidence"]]
    assert any(SCRIPT in t for t in texts), "the payload should reach the evidence"
    html = document_html(a, template)
    assert SCRIPT not in html and IMG not in html
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html


def test_document_html_review_badge(analyses, template):
    a = {**analyses["xb-2025"]}
    a["coverage"] = {k: dict(c) for k, c in a["coverage"].items()}
    kid = next(k for k, c in a["coverage"].items() if c["label"] == "absent")
    a["coverage"][kid].update(label="partial", reviewed=True, machine_label="absent",
                              review_note=f"see annex {SCRIPT}", reviewer="M. Analyst")
    html = document_html(a, template)
    art = _article(html, kid)
    assert "✔ reviewed" in art
    assert "overrides the machine label" in art and '<span class="badge absent">' in art
    assert '<span class="badge partial">' in art
    assert "M. Analyst" in art and "see annex &lt;script&gt;" in art and SCRIPT not in html
    # unreviewed entries have no badge; a missing coverage entry does not break the page
    other = next(k for k in a["coverage"] if k != kid)
    assert "reviewed" not in _article(html, other)
    del a["coverage"][other]
    assert "not analysed" in _article(document_html(a, template), other)


# --------------------------------------------------------------------------- corpus report


def test_corpus_html(analyses, template):
    documents, coverage, similarity, evidence = corpus_frames(analyses)
    html = corpus_html(documents, coverage, similarity, evidence, template)
    assert SCRIPT not in html and "<img" not in html.lower() and "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # heatmap: one row per document, one cell per key element with its label letter
    heat = _between(html, '<table class="heatmap" id="heatmap-table">', "</table>")
    kids = [k.id for k in template.key_elements()]
    for a in analyses.values():
        row = _between(heat, f'<th class="doc"><span class="mono">{a["doc_id"]}</span>', "</tr>")
        cells = re.findall(r'<td class="cell (\w+)[^"]*"[^>]*title="[^"·]*· ([\d.a-z]+) ·[^"]*">(.)</td>', row)
        assert [c[1] for c in cells] == kids
        assert [c[0] for c in cells] == [a["coverage"][k]["label"] for k in kids]
        assert [c[2] for c in cells] == [{"addressed": "A", "partial": "P", "absent": "–"}[a["coverage"][k]["label"]] for k in kids]
    for s in template.sections:
        if s.key_elements:
            assert f'title="{s.id} {escape(s.en)}">{s.id}</th>' in heat
    assert 'id="heatmap-legend"' in html
    # similarity: anchors list with "all" first, one matrix per section, values shown
    anchors = re.findall(r'<li><a href="#sim-([^"]+)">', html)
    assert anchors[0] == "all" and set(anchors) == set(similarity["section"])
    for sid in anchors:
        assert f'<div class="matrix" id="sim-{sid}">' in html
    mat = _between(html, '<div class="matrix" id="sim-all">', "</table>")
    r = similarity[similarity.section == "all"].iloc[0]
    row = _between(mat, f'<tr><th class="mono">{r.doc_a}</th>', "</tr>")
    assert f"{r.similarity:.2f}" in row and '<td class="diag">—</td>' in row
    # evidence side by side: the best sentence of every document, in its own language, with page and label
    for kid in kids:
        block = _between(html, f'<div class="kev" id="ev-{kid}">', '<div class="kev"' if kid != kids[-1] else "</section>")
        for a in analyses.values():
            c = a["coverage"][kid]
            card = next(x for x in block.split('<div class="card ')[1:] if f'<span class="who mono">{a["doc_id"]}</span>' in x)
            assert f'<span class="badge {c["label"]}">' in card
            if c["evidence"]:
                best = c["evidence"][0]
                assert f'lang="{a["language"]}"><mark>{escape(_norm(best["sentence"]))}</mark>' in card
                assert f'p. <span class="pg">{best["page"]}</span>' in card
            else:
                assert "no evidence" in card


def test_corpus_html_without_similarity_or_evidence(analyses, template):
    documents, coverage, _, _ = corpus_frames(analyses)
    html = corpus_html(documents, coverage, None, pd.DataFrame(columns=["doc_id", "key_element", "rank"]), template)
    assert "No similarity figures available." in html
    assert html.count('<td class="cell ') == len(analyses) * 44


# --------------------------------------------------------------------------- comparison


def _comparison(a: Mapping, b: Mapping, template) -> dict:
    def covered(x, k):
        return x["coverage"][k]["label"] != "absent"

    sections = []
    for s in template.sections:
        kids = [k.id for k in s.key_elements]
        ea = [e for c in a["coverage"].values() for e in c["evidence"] if e["section"] == s.id][:2]
        eb = [e for c in b["coverage"].values() for e in c["evidence"] if e["section"] == s.id][:2]
        sections.append({
            "section": s.id, "similarity": 0.5 if ea and eb else None,
            "only_a": [k for k in kids if covered(a, k) and not covered(b, k)],
            "only_b": [k for k in kids if covered(b, k) and not covered(a, k)],
            "both": [k for k in kids if covered(a, k) and covered(b, k)],
            "neither": [k for k in kids if not covered(a, k) and not covered(b, k)],
            "pairs": [{"a_text": x["text"], "a_page": x["page"], "b_text": y["text"], "b_page": y["page"],
                       "similarity": 0.42} for x, y in zip(ea, eb)],
        })
    return {"a": {"doc_id": a["doc_id"], "language": a["language"]},
            "b": {"doc_id": b["doc_id"], "language": b["language"]},
            "overall_similarity": 0.6134, "sections": sections}


def test_comparison_html_and_markdown(analyses, template):
    comp = _comparison(analyses[INJECTED], analyses["xb-2025"], template)
    assert any(p["a_text"].count("<script>") for s in comp["sections"] for p in s["pairs"])
    html = comparison_html(comp, template)
    assert SCRIPT not in html and "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "0.61" in html
    for s in comp["sections"]:
        block = _between(html, f'<h2 id="sec-{s["section"]}"', "</section>")
        for kid in s["only_a"] + s["only_b"]:
            assert f"<strong>{kid}</strong>" in block
        pages = [int(p) for p in re.findall(r'<span class="pg">(\d+)</span>', block)]
        assert pages == [x for p in s["pairs"] for x in (p["a_page"], p["b_page"])]
        if s["similarity"] is None:
            assert "similarity –" in block
    md = comparison_markdown(comp, template)
    assert md.startswith(f"# Comparison: {INJECTED} (en) and xb-2025 (de)")
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "| section | similarity |" in md
    only = [k for s in comp["sections"] for k in s["only_b"]]
    for kid in only:
        assert f"**{kid}** only in xb-2025" in md
    for line in md.splitlines():
        if line.startswith("| p. "):
            assert line.count(" | ") == 2  # pipes in passages are escaped: the table keeps 3 columns


# --------------------------------------------------------------------------- writing


def test_write_html_is_atomic(tmp_path, analyses, template):
    path = write_html(tmp_path / "sub" / "report.html", document_html(analyses["xc-2025"], template))
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in path.parent.iterdir()] == ["report.html"]
    html = path.read_text(encoding="utf-8")
    free_form = not analyses["xc-2025"]["follows_template"]
    assert ("no — blocks placed by content" in html) == free_form
    assert 'lang="fr"' in html


def test_reports_tolerate_missing_values(analyses, template):
    """Unreadable pages, missing sentences, NaN / NA cells and unknown rows render without error."""
    a = {**analyses["xb-2025"], "pages": [{"number": 3, "flags": ["scanned"]}]}
    a["coverage"] = {k: {**c, "evidence": [{**e, "sentence": None} for e in c["evidence"]]} for k, c in a["coverage"].items()}
    html = document_html(a, template)
    assert "p. 3 (scanned)" in html
    kid = next(k for k, c in a["coverage"].items() if c["evidence"])
    assert "<mark>" not in _article(html, kid)

    documents, coverage, similarity, evidence = corpus_frames(analyses)
    coverage = coverage.astype({"reviewed": "boolean"})
    coverage.loc[0, "reviewed"] = pd.NA
    coverage.loc[1, "score"] = float("nan")
    coverage = coverage.drop(index=2)  # one document × key element not analysed
    evidence.loc[0, "sentence"] = None
    absent = coverage.index[coverage.label == "absent"][0]
    evidence = pd.concat([evidence, pd.DataFrame([{**evidence.iloc[1].to_dict(), "doc_id": coverage.loc[absent, "doc_id"],
                                                  "key_element": coverage.loc[absent, "key_element"], "rank": 1}])])
    html = corpus_html(documents, coverage, similarity, evidence, template)
    assert "not analysed" in html and "closest passage (below the threshold)" in html
    assert html.count('<td class="cell ') == len(analyses) * 44 - 1


# --------------------------------------------------------------------------- reading order, scope, warnings (issues 19, 12)


def test_document_html_reading_order_and_collapsed_evidence(analyses, template):
    a = analyses["xb-2025"]
    html = document_html(a, template)
    order = [html.index(f'<section id="{s}">') for s in ("summary", "absent", "partial", "covered", "coverage", "pages")]
    assert order == sorted(order)
    assert order[-1] < html.index('<h2 id="sec-1"')
    for label, block_id in (("partial", "partial"), ("addressed", "covered")):
        block = _between(html, f'<section id="{block_id}">', "</section>")
        want = [k.id for k in template.key_elements() if a["coverage"][k.id]["label"] == label]
        assert want, label
        assert re.findall(r'href="#ke-([^"]+)"', block) == want
    partial = _between(html, '<section id="partial">', "</section>")
    # the pipeline scores aspects: every partial key element says what it lacks (issue 13)
    n_partial = sum(1 for c in a["coverage"].values() if c["label"] == "partial")
    assert partial.count('class="lacks"') == n_partial and 'id="lacks-note"' not in partial
    old = {**a, "coverage": {k: {f: v for f, v in c.items() if f != "aspects"} for k, c in a["coverage"].items()}}
    partial = _between(document_html(old, template), '<section id="partial">', "</section>")
    assert 'class="lacks"' not in partial and 'id="lacks-note"' in partial  # an analysis without aspects
    # every key element's evidence is collapsed: <details> without "open"
    for kid, c in a["coverage"].items():
        art = _article(html, kid)
        if c["evidence"]:
            assert art.count('<details class="ev">') == 1 and "<details class=\"ev\" open" not in art
            assert _between(art, '<details class="ev">', "<ol") .count(f"{len(c['evidence'])} passage") == 1
        else:
            assert '<details class="ev">' not in art


def test_partial_lists_the_aspects_it_lacks(analyses, template):
    from analyser.output.facts import lacking_aspects

    a = {**analyses["xb-2025"], "coverage": {k: dict(c) for k, c in analyses["xb-2025"]["coverage"].items()}}
    kid = next(k for k, c in a["coverage"].items() if c["label"] == "partial")
    a["coverage"][kid]["aspects"] = [{"id": f"{kid}/a", "covered": True, "score": 0.8, "en": "Covered aspect.",
                                      "evidence": {"passage_id": "p1", "page": 7, "sentence": "We resettle <i>500</i>."}},
                                     {"id": f"{kid}/b", "covered": False, "score": 0.2, "en": "Resettlement <b>pledges</b>."},
                                     {"id": f"{kid}/c", "covered": False, "score": 0.1}]
    assert lacking_aspects(a["coverage"][kid]) == ["Resettlement <b>pledges</b>.", f"{kid}/c"]
    assert lacking_aspects({"aspects": {"x/a": True, "x/b": {"covered": False}}}) == ["x/b"]
    block = _between(document_html(a, template), '<section id="partial">', "</section>")
    item = _between(block, f'href="#ke-{kid}"', "</li>")
    assert f"Lacks: Resettlement &lt;b&gt;pledges&lt;/b&gt;.; {kid}/c" in item
    covers = _between(block[block.index(f'href="#ke-{kid}"'):], '<ul class="covers small">', "</ul>")
    assert covers.count("<li>") == 1
    assert "Covers: Covered aspect. <span class=\"muted\">(p. 7: “We resettle &lt;i&gt;500&lt;/i&gt;.”)</span>" in covers
    assert 'id="lacks-note"' not in block
    assert block.count('class="lacks"') == sum(1 for c in a["coverage"].values() if c["label"] == "partial")


W601 = "not an asylum and migration strategy: a tax form; coverage not assessed"


def test_document_html_language_warnings_and_scope_banner(analyses, template):
    a = analyses["xb-2025"]
    html = document_html(a, template)
    assert 'id="scope-banner"' not in html and 'id="warnings"' not in html  # today's analyses: no fields
    off = {**a, "language": "uk", "in_scope": False, "in_scope_score": 0.07,
           "warnings": [{"stage": "scope", "code": "W601", "message": W601}, "[W102] p. 3: <b>odd</b> font"]}
    html = document_html(off, template)
    summary = _between(html, '<section id="summary">', "</section>")
    banner = _between(summary, '<div class="banner out-of-scope" id="scope-banner" role="alert">', "</div>")
    assert "Not an asylum and migration strategy — coverage not assessed." in banner
    assert "in-scope score 0.07 of 1" in banner
    assert summary.index("scope-banner") < summary.index('<dl class="facts">')
    warnings = _between(summary, '<div class="warnings" id="warnings">', "</div>")
    assert "Warnings (2)" in warnings
    assert f'<li><code class="code">W601</code> {W601}</li>' in warnings
    assert '<li><code class="code">W102</code> p. 3: &lt;b&gt;odd&lt;/b&gt; font</li>' in warnings
    assert '<span class="mono">uk</span> <span class="missing-note">not one of the 24 official EU languages</span>' in summary


def test_corpus_html_lists_out_of_scope_documents_apart(analyses, template):
    documents, coverage, similarity, evidence = corpus_frames(analyses)
    documents = documents.assign(in_scope=[d != "xc-2025" for d in documents["doc_id"]],
                                 in_scope_score=[0.9 if d != "xc-2025" else 0.12 for d in documents["doc_id"]])
    html = corpus_html(documents, coverage, similarity, evidence, template)
    apart = _between(html, '<section id="out-of-scope">', "</section>")
    assert '<a href="xc-2025/report.html">xc-2025</a>' in apart and '<td class="num">0.12</td>' in apart
    heat = _between(html, '<table class="heatmap" id="heatmap-table">', "</table>")
    assert "xc-2025" not in heat and "xb-2025" in heat
    assert "xc-2025" not in _between(html, '<section id="similarity">', "</section>")
    assert "xc-2025" not in _between(html, '<section id="evidence">', "</section>")
    assert f"{len(analyses) - 1} national asylum" in html
    # without the column every document is a strategy, as before
    assert 'id="out-of-scope"' not in corpus_html(*corpus_frames(analyses), template)


# --------------------------------------------------------------------------- page crops and links (issue 19)


def test_pipeline_report_has_page_crops_and_links(run, analyses, template):
    """The report the pipeline wrote for the PDF: a crop per evidence sentence found, each with a page link."""
    import base64
    import io as _io

    from PIL import Image

    out, _ = run
    html = (out / "xb-2025" / "report.html").read_text(encoding="utf-8")
    a = analyses["xb-2025"]
    n_evidence = sum(len(c["evidence"]) for c in a["coverage"].values())
    imgs = re.findall(r'<img src="(data:image/webp;base64,[^"]+)" width="(\d+)" height="(\d+)" loading="lazy"', html)
    assert len(imgs) >= 0.8 * n_evidence, (len(imgs), n_evidence)
    links = re.findall(r'<a class="source" href="([^"]+)#page=(\d+)"', html)
    assert len(links) == n_evidence
    target = (out / "xb-2025" / links[0][0]).resolve()
    assert target == PDF.resolve()
    for kid, c in a["coverage"].items():
        art = _article(html, kid)
        assert [int(p) for _, p in re.findall(r'<a class="source" href="([^"]+)#page=(\d+)"', art)] == [e["page"] for e in c["evidence"]]
    sizes = []
    for src, w, h in imgs:
        data = base64.b64decode(src.split(",", 1)[1])
        sizes.append(len(data))
        im = Image.open(_io.BytesIO(data)).convert("RGB")
        assert im.size == (int(w), int(h)) and im.width <= 680
        yellow = _yellow_pixels(im)
        assert yellow > 200, "the highlight is painted on the crop"
    assert max(sizes) < 60_000 and sum(sizes) / len(sizes) < 35_000
    assert (out / "xb-2025" / "crops.json").exists()
    md = (out / "xb-2025" / "report.md").read_text(encoding="utf-8")
    assert re.search(rf"^  - p\. (\d+), section [^,]+, \[open p\. \1 of the source\]\({re.escape(links[0][0])}#page=\1\): ", md, re.M)


def test_crop_highlights_the_right_words(analyses):
    """The highlight boxes sit on the words of the evidence sentence (checked against pdfplumber's words)."""
    import pdfplumber

    from analyser.output.crops import _find_words, _norm, pdf_crops

    a = analyses["xb-2025"]
    items = [e for c in a["coverage"].values() for e in c["evidence"] if e.get("sentence")][:6]
    crops = pdf_crops(PDF, items)
    assert len(crops) >= 4
    with pdfplumber.open(PDF) as pdf:
        for e in items:
            words = pdf.pages[e["page"] - 1].extract_words()
            hits = _find_words(words, _norm(e["sentence"]))
            if hits:
                found = _norm("".join(w["text"] for w in hits))
                assert _norm(e["sentence"])[:30] in found or found[:30] in _norm(e["sentence"])


def test_crops_need_the_same_file_and_text_inputs_get_context(tmp_path, analyses, template, caplog):
    from analyser.output import write_reports
    from analyser.output.crops import evidence_sources, text_context

    a = analyses["xb-2025"]
    changed = tmp_path / "xb-2025.word.pdf"
    changed.write_bytes(PDF.read_bytes() + b"\n% changed\n")
    moved = {**a, "source": {**a["source"], "path": str(changed)}}
    folder = tmp_path / "out" / "xb-2025"
    folder.mkdir(parents=True)
    sources = evidence_sources(folder, moved)
    assert sources.href is None and not sources.crops
    assert "[W541]" in caplog.text and "sha256 differs" in caplog.text
    # --no-images: links, no crops, no cache
    write_reports(folder, a, template, images=False)
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert "<img" not in html and 'class="source" href=' in html and not (folder / "crops.json").exists()
    # a text input: the passage between its neighbouring paragraphs
    t = analyses["xc-2025"]
    kid, e = next((k, c["evidence"][0]) for k, c in t["coverage"].items() if c["evidence"])
    ids = [b["id"] for b in t["blocks"]]
    i = ids.index(e["block"])
    ctx = text_context(t, e["block"])
    assert ctx["before"] == [_norm(t["blocks"][i - 1]["text"])[:500].rsplit(" ", 1)[0] + " …"
                             if len(_norm(t["blocks"][i - 1]["text"])) > 500 else _norm(t["blocks"][i - 1]["text"])]
    folder = tmp_path / "out" / "xc-2025"
    write_reports(folder, t, template)
    art = _article((folder / "report.html").read_text(encoding="utf-8"), kid)
    assert '<p class="ctx" lang="fr">' in art and "<img" not in art and 'class="source"' not in art


def _yellow_pixels(image) -> int:
    """Pixels of the highlight colour (translucent yellow over white or text) in a PIL RGB image."""
    rgb = np.asarray(image.convert("RGB")).astype(int)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return int(((r > 220) & (g > 180) & (g < 245) & (b < 170)).sum())


def test_partial_list_says_when_a_label_is_an_analysts(analyses, template):
    """An addressed key element an analyst set to partial stood in "Partly addressed, and what they lack" with
    no "Lacks" and no word of the review (only in its collapsed evidence): the analyst saw a partial label
    lacking nothing (fresh-eyes trial). The summary lists now say who decided and what the machine said."""
    a = {**analyses["xb-2025"]}
    a["coverage"] = {k: dict(c) for k, c in a["coverage"].items()}
    kid = next(k for k, c in a["coverage"].items() if c["label"] == "addressed")
    a["coverage"][kid].update(label="partial", reviewed=True, machine_label="addressed", review_note="only the vision")
    html = document_html(a, template)
    partial = re.search(r'<section id="partial">(.*?)</section>', html, re.S).group(1)
    item = re.search(rf'<li><a href="#ke-{re.escape(kid)}">.*?</li>', partial, re.S).group(0)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", item))
    assert "reviewed by a person (machine: addressed; note: “only the vision”)" in text
    absent = re.search(r'<section id="absent">(.*?)</section>', html, re.S).group(1)
    assert "reviewed by a person" not in absent


def test_corpus_aspect_view_lists_what_partial_answers_lack_and_absent_key_elements_apart(analyses, template):
    """Issue 13: "which member states miss which aspect" follows the rule of the gap reports and ``res.missing()``
    (aspects not covered of a partial key element, reviews applied); a member state where the key element is absent
    is named apart, never under its aspects; an aspect an analyst reviewed as covered is not missing."""
    documents, coverage, similarity, evidence = corpus_frames(analyses)
    docs = list(documents["doc_id"])  # xb-2025, xc-2025, xs-2025
    a, b, c = docs[0], docs[1], docs[2]
    rows = [
        # 2.1.1.b: a partial (resettlement only), b absent (nothing covered), c addressed
        (a, "2.1.1.b", "partial", "legal-migration", False), (a, "2.1.1.b", "partial", "talent-partnerships", False),
        (a, "2.1.1.b", "partial", "resettlement", True),
        (b, "2.1.1.b", "absent", "legal-migration", False), (b, "2.1.1.b", "absent", "talent-partnerships", False),
        (b, "2.1.1.b", "absent", "resettlement", False),
        (c, "2.1.1.b", "addressed", "legal-migration", True), (c, "2.1.1.b", "addressed", "talent-partnerships", True),
        (c, "2.1.1.b", "addressed", "resettlement", True),
        # 2.1.1.a: only absent in b, nobody answers it in part: not listed
        (a, "2.1.1.a", "addressed", "partnerships", True), (b, "2.1.1.a", "absent", "partnerships", False),
        # 1.c: a reviewed its missing aspect as covered, so the key element reads addressed: nothing missing
        (a, "1.c", "addressed", "geography", True), (a, "1.c", "addressed", "consequences", True),
        (b, "1.c", "partial", "geography", True), (b, "1.c", "partial", "consequences", False),
    ]
    aspects = pd.DataFrame([{"doc_id": d, "language": "xx", "section": k.rsplit(".", 1)[0], "key_element": k,
                             "key_element_label": lab, "aspect": f"{k}/{s}", "descriptor": f"ask {s}", "covered": cov}
                            for d, k, lab, s, cov in rows])
    html = corpus_html(documents, coverage, similarity, evidence, template, aspects=aspects)
    view = _between(html, '<section id="aspect-gaps">', "</section>")
    row = _between(view, 'id="asp-2.1.1.b-legal-migration"', "</tr>")
    assert f'<td class="mono">{a} <span class="muted small">(1 of 3)</span></td>' in row
    assert f'id="absent-2.1.1.b">{b}</td>' in row  # absent as a whole, apart
    assert 'id="asp-2.1.1.b-talent-partnerships"' in view and 'id="asp-2.1.1.b-resettlement"' not in view
    assert 'id="asp-2.1.1.a-partnerships"' not in view and 'id="absent-2.1.1.a"' not in view
    row = _between(view, 'id="asp-1.c-consequences"', "</tr>")
    assert f'<td class="mono">{b} <span class="muted small">(1 of 2)</span></td>' in row and 'id="absent-1.c">–</td>' in row
    assert 'id="asp-1.c-geography"' not in view
    # key elements in Annex order
    assert view.index('id="asp-1.c-consequences"') < view.index('id="asp-2.1.1.b-legal-migration"')
    # documents out of scope are left out of the view
    out_scope = documents.assign(in_scope=[d != b for d in docs])
    view = _between(corpus_html(out_scope, coverage, similarity, evidence, template, aspects=aspects),
                    '<section id="aspect-gaps">', "</section>")
    assert 'id="asp-1.c-consequences"' not in view and 'id="absent-2.1.1.b">–</td>' in view
