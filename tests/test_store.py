"""The DuckDB store: per-document transactions, incremental re-runs, interruption."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import duckdb
import numpy as np
import pytest
from typer.testing import CliRunner

from analyser.cli import app
from analyser.errors import AnalyserError
from analyser.pipeline import analyse_corpus
from analyser.schema import as_analysis
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
        bad["coverage"]["1.a"]["score"] = "not a number"  # an analysis.json object is validated first: E403
        with pytest.raises(AnalyserError, match=r"^\[E403\] .*coverage\.1\.a\.score: Input should be a valid number"):
            store.put_document(bad, vecs, fingerprint="x")
        a = as_analysis(data)  # a record changed without validation: the insert fails after the deletes
        broken = a.with_coverage({**a.coverage, "1.a": a.coverage["1.a"].model_copy(update={"score": "not a number"})})
        with pytest.raises(Exception):
            store.put_document(broken, vecs, fingerprint="x")
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


def test_failed_reanalysis_removes_the_stale_outputs_and_says_so(tmp_path, fake_encoder):
    out = tmp_path / "out"
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(DEV / "xa-2025.txt", src / "xa-2025.txt")
    analyse_corpus([src / "xa-2025.txt"], out=out, encoder=fake_encoder)
    (src / "xa-2025.txt").write_bytes(b"")  # the file got broken
    [res] = analyse_corpus([src / "xa-2025.txt"], out=out, encoder=fake_encoder)
    assert res.status == "failed"
    assert [e.code for e in res.errors] == ["E102", "W504"]
    assert res.errors[1].message == f"{src / 'xa-2025.txt'}: the earlier analysis of {src / 'xa-2025.txt'} was removed from {out}"
    assert not (out / "xa-2025").exists()
    with AnalysisStore(out, read_only=True) as store:
        assert store.doc_ids() == []


def test_another_file_with_a_stored_doc_id_is_reported(tmp_path, fake_encoder):
    out = tmp_path / "out"
    analyse_corpus([DEV / "xa-2025.txt"], out=out, encoder=fake_encoder)
    other = tmp_path / "xa-2025.word.txt"
    shutil.copy(DEV / "xb-2025.txt", other)
    [res] = analyse_corpus([other], out=out, encoder=fake_encoder)
    assert res.status == "success" and [e.code for e in res.errors] == ["W503"]
    assert f"replaces the earlier analysis of {DEV / 'xa-2025.txt'}" in res.errors[0].message


def test_prune_removes_store_rows_and_folders(fake_run, tmp_path, fake_encoder):
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    analyse_corpus([DEV / "xa-2025.txt"], out=out, encoder=fake_encoder, prune=True)
    with AnalysisStore(out, read_only=True) as store:
        assert store.doc_ids() == ["xa-2025"]
    assert sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")) == ["xa-2025"]


def test_unwritable_output_folder_is_a_one_line_error(tmp_path, fake_encoder):
    with pytest.raises(AnalyserError, match=r"^\[E502\] /proc/analyser-out: cannot write output \(.+\)$"):
        analyse_corpus([DEV / "xa-2025.txt"], out="/proc/analyser-out", encoder=fake_encoder)


def test_interrupt_with_workers_stops_them(tmp_path, fake_encoder):
    import multiprocessing
    import time

    from analyser.pipeline import AnalyserConfig, _run_in_workers

    todo = [(i, DEV / f"{d}.txt") for i, d in enumerate(("xa-2025", "xo-2025", "xd-2025", "xc-2025"))]
    done = []

    def commit(i, da):
        done.append(da.result.doc_id)
        raise KeyboardInterrupt  # Ctrl-C while the other worker is busy

    t0 = time.perf_counter()
    with pytest.raises(KeyboardInterrupt):
        _run_in_workers(todo, AnalyserConfig(cache_dir=tmp_path / "cache"), fake_encoder, 2, commit)
    assert len(done) == 1
    time.sleep(0.5)
    assert multiprocessing.active_children() == []
    assert time.perf_counter() - t0 < 120


# ------------------------------------------------------------------ defects a fresh user found (were in test_fresh_findings.py)


runner = CliRunner()
DOC = "xa-2025"



def _truncate(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")


def _store_docs(out: Path) -> set[str]:
    con = duckdb.connect(str(out / "analysis.duckdb"), read_only=True)
    try:
        return {row[0] for row in con.sql("SELECT doc_id FROM documents").fetchall()}
    finally:
        con.close()


def test_store_rebuild_does_not_drop_a_document_whose_analysis_json_is_damaged(out):
    """`store rebuild` on a healthy store with one truncated analysis.json printed E403, exited 0
    and rebuilt the store without the document; the next `report` silently dropped it from
    summary.csv, coverage.xlsx and report.html, and `review` then answered E506 for it."""
    _truncate(out / DOC / "analysis.json")
    result = runner.invoke(app, ["store", "rebuild", str(out)])
    assert DOC in _store_docs(out) or result.exit_code != 0
    runner.invoke(app, ["report", str(out)])
    with open(out / "summary.csv", encoding="utf-8") as fh:
        docs = {row["doc_id"] for row in csv.DictReader(fh)}
    assert DOC in docs


def test_store_rebuild_reads_each_analysis_json_once(out, fake_encoder, monkeypatch):
    """`store rebuild` read and validated every analysis.json twice (the check that none is damaged, then
    the rebuild); the check's records are now kept for the rebuild (up to REBUILD_KEEP_BYTES of JSON,
    beyond that a file is read again), and the rebuilt store holds the same documents and passages."""
    import analyser.pipeline.maintenance as maintenance
    from analyser.pipeline import rebuild_store

    with AnalysisStore(out, read_only=True) as store:
        before = store.table("passages").sort_values("passage_id").reset_index(drop=True)
    read: list[str] = []
    real = maintenance.load_analysis
    monkeypatch.setattr(maintenance, "load_analysis", lambda p: read.append(Path(p).parent.name) or real(p))
    done, kept = rebuild_store(out, encoder=fake_encoder)
    assert sorted(done) == sorted(FAKE_RUN_DOCS) and kept is not None
    assert sorted(read) == sorted(FAKE_RUN_DOCS)  # once each
    with AnalysisStore(out, read_only=True) as store:
        assert store.doc_ids() == sorted(FAKE_RUN_DOCS)
        after = store.table("passages").sort_values("passage_id").reset_index(drop=True)
    assert after.equals(before)

    read.clear()
    monkeypatch.setattr(maintenance, "REBUILD_KEEP_BYTES", 1)  # nothing kept: read twice, still rebuilt
    monkeypatch.setattr(maintenance._check_analyses, "__defaults__", (1,))
    assert sorted(rebuild_store(out, encoder=fake_encoder)[0]) == sorted(FAKE_RUN_DOCS)
    assert sorted(read) == sorted(FAKE_RUN_DOCS * 2)
