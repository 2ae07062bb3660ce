"""What the gap reports and the corpus report say their numbers and marks mean (analyst's reading, eleventh session).

Before, the gap reports printed "score 0.74", "(elsewhere)", "(stated not done)" and an evidence passage's
"similarity 0.818" without a word on them, the HTML report's section view showed a partial key element without
what it lacks (only the summary at the top did), and the corpus report called its centred similarities plain
cosines, so "-0.51" between two strategies read as "opposite". The analyses are the reference outputs of the
hashing encoder (``tests/data/reference``, rebuilt by ``scripts/diff_outputs.py --update``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from analyser.output.facts import lacking_aspects, reading_key
from analyser.output.html import comparison_html, corpus_html, document_html
from analyser.output.markdown import markdown_report
from analyser.schema import load_analysis

REFERENCE = Path(__file__).parent / "data" / "reference"
SCORE = "Reading: a score is the calibrated probability (0 to 1) that the strategy addresses the key element at least partially"
ELSEWHERE = ("“(elsewhere)”: the best evidence stands outside the key element's own section "
             "(coverage in another place, still coverage)")
STATED = "“(stated not done)”: a missing aspect the document says is not done"
SIMILARITY = ("an evidence passage's “similarity” is its cosine to the key element's wording on the embedding model's "
              "own scale, which shifts with the language: it orders passages, it is not a probability")


def _xl():
    return load_analysis(REFERENCE / "xl-2025" / "analysis.json")


def test_markdown_gap_report_says_what_score_and_elsewhere_mean(template):
    """xl-2025 (hashing): 10 covered key elements with evidence elsewhere, no aspect stated not done."""
    a = _xl()
    assert sum(c.misplaced for c in a.coverage.values() if c.label != "absent") == 10
    lines = markdown_report(a, template).splitlines()
    assert lines[lines.index(next(x for x in lines if x.startswith("- Labels: "))) + 1] == f"- {SCORE}; {ELSEWHERE}."
    assert any(" (elsewhere) |" in x for x in lines)


def test_reading_key_names_stated_not_done_only_when_shown(template):
    """A missing aspect marked ``stated_not_done`` adds its mark to the key (and to "Lacks"); none: no mark explained."""
    a = _xl()
    kid = next(k for k, c in a.coverage.items() if c.label == "partial" and lacking_aspects(c))
    c = a.coverage[kid]
    missing = next(x for x in c.aspects if not x.covered)
    stated = missing.model_copy(update={"stated_not_done": True})
    aspects = [stated if x is missing else x for x in c.aspects]
    b = a.model_copy(update={"coverage": {**a.coverage, kid: c.model_copy(update={"aspects": aspects})}})
    assert reading_key(a) == f"{SCORE}; {ELSEWHERE}."
    assert reading_key(b) == f"{SCORE}; {ELSEWHERE}; {STATED}."
    assert f"- {SCORE}; {ELSEWHERE}; {STATED}." in markdown_report(b, template).splitlines()


def test_reading_key_is_left_out_for_a_document_out_of_scope(template):
    """Out of scope, the scores are not assessed: the "not assessed" lines speak, not the key."""
    a = _xl().model_copy(update={"in_scope": False, "in_scope_score": 0.2})
    assert reading_key(a) is None and reading_key(a, html=True) is None
    md = markdown_report(a, template)
    assert "Reading:" not in md
    assert "**Not assessed (out of scope):** 28 key elements" in md  # the copy keeps its labels: 28 absent
    assert 'id="reading-key"' not in document_html(a, template)


def test_html_gap_report_explains_score_and_similarity_and_shows_what_a_partial_lacks(template):
    """The HTML report's method list has the key (the ⚑ badge names "outside its own section" itself, so no
    "(elsewhere)"); every partial key element's own article says what it lacks, as the Markdown report does."""
    a = _xl()
    html = document_html(a, template)
    key = SCORE.replace("Reading: a score", "A score")
    assert f'<dt>Reading</dt><dd id="reading-key">{key}; {SIMILARITY}.</dd>'.replace("'", "&#39;") in html
    partial = [k for k, c in a.coverage.items() if c.label == "partial"]
    assert len(partial) == 7  # the hashing reference of xl-2025 since mixfix15/interact15 (4 before)
    for kid in partial:
        article = html[html.index(f'id="ke-{kid}"'):]
        article = article[:article.index("</article>")]
        lacks = lacking_aspects(a.coverage[kid])
        assert lacks, kid
        assert f'<p class="lacks">Lacks: {"; ".join(lacks)}</p>'.replace("'", "&#39;") in article
    addressed = next(k for k, c in a.coverage.items() if c.label == "addressed")
    article = html[html.index(f'id="ke-{addressed}"'):]
    assert '<p class="lacks">' not in article[:article.index("</article>")]
    assert len(re.findall(r'<span title="cosine of the passage and the key element\'s wording, on the model\'s own '
                          r'scale \(not a probability\)">similarity \d\.\d{3}</span>', html)) == sum(
        len(c.evidence) for c in a.coverage.values())


def test_corpus_and_comparison_reports_say_the_similarity_is_centred():
    """-0.51 between two strategies means less alike than strategies in general, not opposite."""
    from analyser.template import load_template

    template = load_template()
    docs = [json.loads((REFERENCE / d / "analysis.json").read_text(encoding="utf-8")) for d in ("xl-2025", "ho-sport-fr")]
    documents = pd.DataFrame([{"doc_id": d["doc_id"], "language": d["language"], "pages": d["source"]["pages"],
                               "follows_template": d["follows_template"], "n_addressed": 0, "n_partial": 0, "n_absent": 44}
                              for d in docs])
    coverage = pd.DataFrame([{"doc_id": d["doc_id"], "language": d["language"], "section": k.rsplit(".", 1)[0],
                              "key_element": k, "label": c["label"], "score": c["score"], "misplaced": c["misplaced"],
                              "reviewed": False} for d in docs for k, c in d["coverage"].items()])
    similarity = pd.DataFrame([{"section": "all", "doc_a": "xl-2025", "doc_b": "ho-sport-fr", "similarity": -0.51},
                               {"section": "all", "doc_a": "ho-sport-fr", "doc_b": "xl-2025", "similarity": -0.51}])
    html = corpus_html(documents, coverage, similarity, pd.DataFrame(columns=["doc_id", "key_element", "rank"]), template)
    assert ("Similarity of the documents&#39; answer text per Annex section (“all”: the whole document): a cosine "
            "from −1 to 1 taken after the mean answer text of many strategies is subtracted, so 0 means no more alike "
            "than strategies in general, above 0 more alike, below 0 less alike.") in html.replace("'", "&#39;")
    comparison = {"a": {"doc_id": "xl-2025", "language": "fi", "in_scope": True},
                  "b": {"doc_id": "ho-sport-fr", "language": "fr", "in_scope": True},
                  "overall": -0.51, "sections": []}
    assert ("(cosine of the whole documents' answer text, −1 to 1, after the mean answer text of many strategies is "
            "subtracted: 0 is no more alike than strategies in general)").replace("'", "&#39;") in \
        comparison_html(comparison, template).replace("'", "&#39;")


def test_markdown_gives_a_partial_key_element_one_bullet(template):
    """Before, a partial key element had two bullets of the same id ("2.1.1.p partial — aspects missing: …", then
    "2.1.1.p partial (score 0.63) — evidence outside its own section:"); now one, with its covers and evidence under it."""
    lines = markdown_report(_xl(), template).splitlines()
    i = next(k for k, x in enumerate(lines) if x.startswith("- **2.1.1.p** "))
    assert lines[i] == ("- **2.1.1.p** partial (score 0.68; evidence outside its own section) — aspects missing: "
                        "Strategic policy objectives and measures that address those migration routes.")
    assert lines[i + 1].startswith("  - covers: The relevant migration routes towards the member state. (p. 1: ")
    assert [x[:14] for x in lines[i + 2:i + 5]] == ["  - p. 5, sect", "  - p. 2, sect", "  - p. 5, sect"]
    assert not lines[i + 5].startswith("  - ") and sum(x.startswith("- **2.1.1.p** ") for x in lines) == 1
