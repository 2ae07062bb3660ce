"""The DuckDB store: per-document transactions, incremental re-runs, interruption."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from analyser.errors import AnalyserError
from analyser.pipeline import analyse_corpus
from analyser.store import TABLES, AnalysisStore

from conftest import FAKE_RUN_DOCS, REPO

DEV = REPO / "tests" / "data" / "dev"


def _analysis(out, doc_id):
    return json.loads((out / doc_id / "analysis.json").read_text(encoding="utf-8"))


def test_store_holds_every_table_per_document(fake_run, fake_encoder):
    out, _ = fake_run
    with AnalysisStore(out, read_only=True) as store:
        assert store.doc_ids() == sorted(FAKE_RUN_DOCS)
        for doc_id in FAKE_RUN_DOCS:
            data = _analysis(out, doc_id)
            assert len(store.table("blocks", [doc_id])) == len(data["blocks"])
            assert len(store.table("passages", [doc_id])) == len(data["passages"])
            assert len(store.table("coverage", [doc_id])) == 44
            n_ev = sum(len(c["evidence"]) for c in data["coverage"].values())
            assert len(store.table("evidence", [doc_id])) == n_ev
            sec = store.table("sections", [doc_id]).set_index("section")
            assert sec.loc["2.1.1", "answer_words"] == data["sections"]["2.1.1"]["answer_words"]
            pv = store.passage_vectors(doc_id)
            assert pv.vectors.shape == (len(data["passages"]), fake_encoder.dim)
            np.testing.assert_allclose(np.linalg.norm(pv.vectors, axis=1), 1.0, atol=1e-5)
        assert set(TABLES) == {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def test_put_document_is_one_transaction(fake_run, tmp_path):
    out, _ = fake_run
    shutil.copytree(out, tmp_path / "out")
    data = _analysis(tmp_path / "out", "xa-2025")
    with AnalysisStore(tmp_path / "out") as store:
        before = len(store.table("blocks", ["xa-2025"]))
        vecs = store.passage_vectors("xa-2025").vectors
        with pytest.raises(ValueError, match="passages but vectors of shape"):
            store.put_document(data, vecs[:-1], fingerprint="x")
        bad = json.loads(json.dumps(data))
        bad["coverage"]["1.a"]["score"] = "not a number"  # the insert fails after the deletes
        with pytest.raises(Exception):
            store.put_document(bad, vecs, fingerprint="x")
        assert len(store.table("blocks", ["xa-2025"])) == before  # rolled back, nothing lost
        assert store.is_current("xa-2025", data["source"]["sha256"], "x") is False


def test_store_error_names_the_file(tmp_path):
    bad = tmp_path / "analysis.duckdb"
    bad.write_text("not a database", encoding="utf-8")
    with pytest.raises(AnalyserError, match=r"^\[E504\] .*analysis\.duckdb: cannot open the analysis store"):
        AnalysisStore(bad)
    with pytest.raises(AnalyserError, match=r"\[E504\] .*missing.*no such file"):
        AnalysisStore(tmp_path / "missing", read_only=True)


def test_rerun_reuses_unchanged_documents_and_recomputes_changed_ones(fake_run, tmp_path, fake_encoder):
    out, _ = fake_run
    shutil.copytree(out, tmp_path / "out")
    docs = tmp_path / "docs"
    docs.mkdir()
    for d in FAKE_RUN_DOCS:
        shutil.copy(DEV / f"{d}.txt", docs / f"{d}.txt")
    stamp = (tmp_path / "out" / "xa-2025" / "analysis.json").stat().st_mtime_ns
    res = analyse_corpus([docs], out=tmp_path / "out", encoder=fake_encoder)
    assert [(r.doc_id, r.status, r.reused) for r in res] == [(d, "success", True) for d in FAKE_RUN_DOCS]
    assert (tmp_path / "out" / "xa-2025" / "analysis.json").stat().st_mtime_ns == stamp
    run = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert run["reused"] == 3

    with open(docs / "xo-2025.txt", "a", encoding="utf-8") as fh:
        fh.write("\nДопълнителен параграф за капацитета за приемане.\n")
    res = analyse_corpus([docs], out=tmp_path / "out", encoder=fake_encoder)
    assert {r.doc_id: r.reused for r in res} == {"xa-2025": True, "xd-2025": True, "xo-2025": False}
    assert "капацитета за приемане" in (tmp_path / "out" / "xo-2025" / "analysis.json").read_text(encoding="utf-8")


def test_interrupted_run_keeps_finished_documents(tmp_path, fake_encoder):
    out = tmp_path / "out"
    paths = [DEV / f"{d}.txt" for d in ("xa-2025", "xo-2025")]

    def interrupt(res):
        raise KeyboardInterrupt  # Ctrl-C right after the first document was committed

    with pytest.raises(KeyboardInterrupt):
        analyse_corpus(paths, out=out, encoder=fake_encoder, on_document=interrupt)
    with AnalysisStore(out, read_only=True) as store:
        assert store.doc_ids() == ["xa-2025"]
    assert not list(out.rglob("*.part"))
    res = analyse_corpus(paths, out=out, encoder=fake_encoder)
    assert [(r.doc_id, r.reused) for r in res] == [("xa-2025", True), ("xo-2025", False)]


def test_failed_document_leaves_the_batch_and_the_store_consistent(tmp_path, fake_encoder):
    out = tmp_path / "out"
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    res = analyse_corpus([DEV / "xa-2025.txt", bad], out=out, encoder=fake_encoder)
    assert [(r.doc_id, r.status) for r in res] == [("xa-2025", "success"), ("broken", "failed")]
    assert res[1].errors[0].code == "E104"
    with AnalysisStore(out, read_only=True) as store:
        assert store.doc_ids() == ["xa-2025"]
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["counts"] == {"success": 1, "partial": 0, "failed": 1, "skipped": 0}
