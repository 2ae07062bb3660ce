"""Cross-document comparison on stored passage vectors."""

from __future__ import annotations

import numpy as np
import pytest

from analyser.compare import ALL, compare_documents, passage_pairs, section_centroids, similarity_table
from analyser.store import PassageVectors


def _pv(doc_id, sections, vectors):
    v = np.asarray(vectors, np.float32)
    v = v / np.linalg.norm(v, axis=1, keepdims=True)
    n = len(sections)
    return PassageVectors(doc_id, tuple(f"{doc_id}:P{i:04d}" for i in range(n)), tuple(sections),
                          tuple(range(1, n + 1)), tuple(f"text {doc_id} {i}" for i in range(n)), v)


A = _pv("a", ["1", "1", "2.4"], [[1, 0, 0, 0], [1, 0.2, 0, 0], [0, 0, 1, 0]])
B = _pv("b", ["1", "2.4", "2.6"], [[1, 0.1, 0, 0], [0, 0, 1, 0.1], [0, 1, 0, 0]])


def test_centroids_per_section_and_overall():
    c = section_centroids(A)
    assert sorted(c) == ["1", "2.4", ALL]
    np.testing.assert_allclose(np.linalg.norm(c["1"]), 1.0, rtol=1e-6)
    np.testing.assert_allclose(c["2.4"], [0, 0, 1, 0], atol=1e-6)


def test_similarity_table_is_symmetric_and_only_on_shared_sections():
    sim = similarity_table({"a": A, "b": B})
    assert set(sim["section"]) == {"1", "2.4", ALL}
    assert len(sim) == 6 and not (sim["doc_a"] == sim["doc_b"]).any()
    s = sim.set_index(["section", "doc_a", "doc_b"])["similarity"]
    assert s["2.4", "a", "b"] == pytest.approx(s["2.4", "b", "a"])
    assert s["2.4", "a", "b"] == pytest.approx(1 / np.sqrt(1.01), rel=1e-5)
    assert similarity_table({"a": A, "a2": A}).similarity.min() == pytest.approx(1.0, rel=1e-6)


def test_background_centring_changes_the_scale():
    bg = np.array([0.5, 0.5, 0.5, 0.0], np.float32)
    raw = similarity_table({"a": A, "b": B}).set_index(["section", "doc_a", "doc_b"])["similarity"]
    cen = similarity_table({"a": A, "b": B}, bg).set_index(["section", "doc_a", "doc_b"])["similarity"]
    assert cen[ALL, "a", "b"] < raw[ALL, "a", "b"]


def test_passage_pairs_are_distinct_and_best_first():
    pairs = passage_pairs(A, B, ALL, top=3, min_words=0)
    assert [p["a_passage"] for p in pairs] == ["a:P0001", "a:P0002", "a:P0000"]  # 0.9952 > 0.9950 > 0
    assert [p["b_passage"] for p in pairs] == ["b:P0000", "b:P0001", "b:P0002"]
    assert pairs[0]["similarity"] >= pairs[1]["similarity"] >= pairs[2]["similarity"]
    assert passage_pairs(A, B, "2.6", min_words=0) == []
    assert passage_pairs(A, B, ALL) == []  # the test texts are three-word stubs


def test_compare_documents_lists_what_only_one_covers(template):
    labels_a = {k.id: "addressed" for k in template.key_elements()}
    labels_b = dict(labels_a)
    labels_a["2.4.a"] = "absent"
    labels_b["2.6.b"] = "absent"
    labels_b["2.6.c"] = "partial"
    comp = compare_documents(A, B, labels_a, labels_b, template, languages=("nl", "el"))
    by = {s["section"]: s for s in comp["sections"]}
    assert [s["section"] for s in comp["sections"]] == [s.id for s in template.sections]
    assert by["2.4"]["only_b"] == ["2.4.a"] and by["2.4"]["only_a"] == []
    assert by["2.6"]["only_a"] == ["2.6.b"] and "2.6.c" in by["2.6"]["both"]
    assert by["2.6"]["similarity"] is None and by["2.4"]["similarity"] == pytest.approx(0.995, abs=1e-3)
    assert comp["a"] == {"doc_id": "a", "language": "nl"}


def test_comparison_with_a_document_that_is_not_a_strategy_says_so(fake_run, tmp_path):
    """`analyser compare abstract-en el-2025` (a scientific abstract, out of scope, W601) printed an overall
    similarity and section similarities as for two strategies and no word that one is not a strategy, although
    the corpus report and the similarity matrices leave such a document out (fresh-eyes trial)."""
    import json
    import shutil

    import analyser
    from analyser.output.html import comparison_html
    from analyser.output.markdown import comparison_markdown

    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    path = out / "xd-2025" / "analysis.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(in_scope=False, in_scope_score=0.11)
    path.write_text(json.dumps(data), encoding="utf-8")
    res = analyser.load(out)
    comp = res.compare("xa-2025", "xd-2025")
    assert comp["a"]["in_scope"] is True and comp["b"]["in_scope"] is False
    assert comp["overall_similarity"] is None
    assert all(s["similarity"] is None and s["pairs"] == [] for s in comp["sections"])
    md = comparison_markdown(comp, res.template)
    banner = "> **xd-2025 is not an asylum and migration strategy** (in-scope score 0.11): its coverage was not assessed and it is not compared for similarity."
    assert banner in md.splitlines()
    html = comparison_html(comp, res.template)
    assert "is not an asylum and migration strategy" in html and "xd-2025" in html
    assert res.compare("xa-2025", "xo-2025")["overall_similarity"] is not None
