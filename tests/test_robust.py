"""Nothing lost, ever (issue 16): crashed workers, concurrent reviews, readers during a run,
SIGTERM, kill -9, a damaged store, hostile input, write errors.

Every test reproduces one defect with a small input (hashing encoder, dev texts).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import duckdb
import numpy as np
import pytest
from typer.testing import CliRunner

from analyser.cli import app
from analyser.embed import HashingEncoder
from analyser.errors import AnalyserError
from analyser.guard import Limits, check_file, sniff_utf16
from analyser.pipeline import AnalyserConfig, analyse_corpus
from analyser.review import add_review, load_reviews
from analyser.runstate import JOURNAL_NAME, STAGING_NAME, RunLock
from analyser.store import AnalysisStore

from conftest import REPO, cli_output, fill_disk

DEV = REPO / "tests" / "data" / "dev"
SRC = REPO / "src"
PY = sys.executable
runner = CliRunner()
MARKER = "CRASHTHEWORKERNOW"




def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(REPO / "tests"), env.get("PYTHONPATH", "")])
    env["HF_HUB_OFFLINE"] = "1"
    return env


def _cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([PY, "-m", "analyser.cli", *args], env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _journal_docs(out: Path) -> int:
    try:
        return len((out / JOURNAL_NAME).read_text(encoding="utf-8").splitlines()) - 1
    except OSError:
        return 0


def _wait(cond, timeout: float = 300.0, step: float = 0.1) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(step)
    return False


def _stored(out: Path) -> list[str]:
    with AnalysisStore(out, read_only=True) as store:
        return store.doc_ids()


def _docs(tmp_path: Path, names=("xa-2025", "xo-2025", "xd-2025")) -> Path:
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    for n in names:
        shutil.copy(DEV / f"{n}.txt", src / f"{n}.txt")
    return src


class CrashingEncoder(HashingEncoder):
    """The hashing encoder, except that a text holding :data:`MARKER` kills its process (like the OOM killer)."""

    def encode(self, texts, **kw):  # noqa: ANN001, ANN003
        if any(MARKER in t for t in texts):
            os.kill(os.getpid(), signal.SIGKILL)
        return super().encode(texts, **kw)


# ------------------------------------------------------------------ workers


def test_a_killed_worker_loses_nothing_and_its_documents_are_redone(tmp_path, fake_encoder):
    src = _docs(tmp_path)
    out = tmp_path / "out"
    analyse_corpus([src], out=out, encoder=fake_encoder)
    before = {d: (out / d / "analysis.json").read_text(encoding="utf-8") for d in _stored(out)}
    killed = []

    def kill_a_worker(res):
        import multiprocessing

        if not killed:
            for proc in multiprocessing.active_children():
                os.kill(proc.pid, signal.SIGKILL)  # kill -9 the workers while documents are pending
                killed.append(proc.pid)

    res = analyse_corpus([src], out=out, encoder=fake_encoder, workers=2, force=True, on_document=kill_a_worker)
    assert killed
    assert [(r.doc_id, r.status) for r in res] == [("xa-2025", "success"), ("xd-2025", "success"), ("xo-2025", "success")]
    assert _stored(out) == ["xa-2025", "xd-2025", "xo-2025"]
    for d, text in before.items():
        assert json.loads((out / d / "analysis.json").read_text(encoding="utf-8"))["coverage"] == json.loads(text)["coverage"]


def test_a_document_that_kills_its_worker_fails_and_keeps_its_earlier_analysis(tmp_path, fake_encoder):
    src = _docs(tmp_path)
    out = tmp_path / "out"
    analyse_corpus([src], out=out, encoder=fake_encoder)
    old = (out / "xo-2025" / "analysis.json").read_text(encoding="utf-8")
    with open(src / "xo-2025.txt", "a", encoding="utf-8") as fh:  # the new bytes kill whoever embeds them
        fh.write(f"\n\n2.6 Capacity\n\nThe {MARKER} paragraph about reception capacity.\n")
    with open(src / "xd-2025.txt", "a", encoding="utf-8") as fh:  # changed too: two documents for the workers
        fh.write("\n\nOne more harmless paragraph about reception capacity.\n")
    res = analyse_corpus([src], out=out, encoder=CrashingEncoder(), workers=2)
    by = {r.doc_id: r for r in res}
    assert by["xo-2025"].status == "failed"
    assert [e.code for e in by["xo-2025"].errors] == ["E512"]
    assert by["xo-2025"].errors[0].message.startswith(f"[E512] {src / 'xo-2025.txt'}: the worker process analysing it died (")
    assert "its earlier analysis is kept" in by["xo-2025"].errors[0].message
    assert by["xa-2025"].reused and by["xd-2025"].status == "success" and not by["xd-2025"].reused
    assert _stored(out) == ["xa-2025", "xd-2025", "xo-2025"]  # 3 stored documents stay 3
    assert (out / "xo-2025" / "analysis.json").read_text(encoding="utf-8") == old
    with AnalysisStore(out, read_only=True) as store:
        assert len(store.table("coverage", ["xo-2025"])) == 44


def test_api_with_workers_in_a_script_without_main_guard(tmp_path, fake_encoder):
    src = _docs(tmp_path, ("xa-2025", "xd-2025"))
    out = tmp_path / "out"
    analyse_corpus([src / "xa-2025.txt"], out=out, encoder=fake_encoder)
    script = tmp_path / "notebook_script.py"
    script.write_text(textwrap.dedent(f"""
        import analyser
        res = analyser.analyse_corpus({str(src)!r}, out={str(out)!r}, model="hashing", workers=2, force=True)
        print("DOCS", ",".join(res.doc_ids))
    """), encoding="utf-8")
    proc = subprocess.run([PY, str(script)], env=_env(), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "DOCS xa-2025,xd-2025" in proc.stdout  # not an empty corpus
    assert "E517" in proc.stderr  # each spawned worker says why it cannot start
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["counts"]["success"] == 2
    assert len(run["warnings"]) == 1 and run["warnings"][0].startswith("[W510] worker processes could not start")
    assert 'if __name__ == "__main__":' in run["warnings"][0]


def test_a_killed_parent_leaves_no_worker_running(tmp_path):
    import psutil

    src = _docs(tmp_path, ("xa-2025", "xo-2025", "xd-2025", "xb-2025"))
    out = tmp_path / "out"
    proc = _cli("analyse", str(src), "--out", str(out), "--model", "hashing", "--workers", "2", "--quiet")
    parent = psutil.Process(proc.pid)
    assert _wait(lambda: len(parent.children()) >= 2, timeout=300)
    workers = parent.children(recursive=True)  # the workers (and multiprocessing's resource tracker)
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)  # maybe while the workers still import: they must notice when ready
    proc.wait()
    gone, alive = psutil.wait_procs(workers, timeout=120)
    assert alive == []


# ------------------------------------------------------------------ reviews


def test_reviews_round_trip_quotes_commas_and_line_breaks(tmp_path):
    path = tmp_path / "reviews.csv"
    note = 'He said "no", then\nleft; see "§4.2",\ttab'
    reviewer = 'O"Brien, J.'
    first = add_review(path, "nl-2025", "2.1.2.c", "addressed", reviewer=reviewer, note=note)
    for kid in ("2.4.a", "1.a", "2.2.1.a"):  # each review rewrites the file: nothing may drift
        add_review(path, "nl-2025", kid, "partial", reviewer='"quoted"', note='x "y" z')
    got = load_reviews(path)[("nl-2025", "2.1.2.c")]
    assert (got.reviewer, got.note, got.reviewed_at) == (reviewer, note, first.reviewed_at)
    assert load_reviews(path)[("nl-2025", "1.a")].note == 'x "y" z'


def test_formula_cells_in_reviews_are_escaped_and_read_back(tmp_path):
    import csv

    path = tmp_path / "reviews.csv"
    values = {"1.a": ('=HYPERLINK("http://x","y")', "+1 see"), "2.4.a": ("@SUM(A1)", "-2"), "2.1.2.c": ("'quoted", "\tTab")}
    for kid, (reviewer, note) in values.items():
        add_review(path, "=cmd", kid, "partial", reviewer=reviewer, note=note)
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    for row in rows:
        for col in ("doc_id", "reviewer", "note"):
            assert not row[col].startswith(("=", "+", "-", "@", "\t")), row
    assert {r["reviewer"] for r in rows} == {"'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(A1)", "''quoted"}
    got = load_reviews(path)
    assert {k: (r.reviewer, r.note) for (d, k), r in got.items() if d == "=cmd"} == values


def test_two_review_commands_at_once_both_land(tmp_path):
    path = tmp_path / "reviews.csv"
    kids = ["1.a", "2.1.1.a", "2.1.2.c", "2.4.a", "2.2.1.a", "2.3.3.a"]
    code = textwrap.dedent("""
        import sys
        from analyser.review import add_review
        who, kids = sys.argv[1], sys.argv[2].split(",")
        for k in kids:
            for _ in range(5):
                add_review(sys.argv[3], who, k, "partial", reviewer=who, note="n")
    """)
    procs = [subprocess.Popen([PY, "-c", code, who, ",".join(kids), str(path)], env=_env()) for who in ("d1", "d2", "d3")]
    assert [p.wait(timeout=300) for p in procs] == [0, 0, 0]
    assert len(load_reviews(path)) == 18


def test_review_saved_while_a_notebook_holds_a_read_only_connection(fake_run, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    holder = subprocess.Popen([PY, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
                               "print('held', flush=True); time.sleep(120)", str(out / "analysis.duckdb")],
                              env=_env(), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setattr("analyser.cli.REVIEW_STORE_WAIT", 1.0)
        result = runner.invoke(app, ["review", "xa-2025", "2.4.a", "absent", "--out", str(out), "--note", "n"])
        text = cli_output(result)
        assert result.exit_code == 0, text
        assert "error" not in text.lower()
        assert "xa-2025 2.4.a: absent (reviewed)" in text
        assert "[W511]" in text and f"run `analyser report {out}` later" in text
        assert load_reviews(out / "reviews.csv")[("xa-2025", "2.4.a")].label == "absent"
    finally:
        holder.kill()
        holder.wait()
    result = runner.invoke(app, ["report", str(out)])
    assert result.exit_code == 0, cli_output(result)
    with AnalysisStore(out, read_only=True) as store:
        row = store.table("coverage", ["xa-2025"]).set_index("key_element").loc["2.4.a"]
    assert (row["label"], bool(row["reviewed"])) == ("absent", True)


# ------------------------------------------------------------------ readers, signals, kill -9


def test_readers_during_a_run_and_a_second_run_is_refused(tmp_path):
    src = _docs(tmp_path, ("xa-2025", "xo-2025", "xd-2025", "xb-2025", "xc-2025"))
    out = tmp_path / "out"
    analyse_corpus([src / "xa-2025.txt"], out=out, encoder=HashingEncoder())
    proc = _cli("analyse", str(src), "--out", str(out), "--model", "hashing", "--force", "--quiet")
    import analyser

    seen, errors = [], []
    try:
        assert _wait(lambda: (out / JOURNAL_NAME).exists(), timeout=300)
        second = runner.invoke(app, ["analyse", str(src), "--out", str(out), "--model", "/no/such/model"])
        assert second.exit_code == 2
        assert f"[E510] {out}: an analyse run is in progress (pid {proc.pid})" in cli_output(second)  # before loading the model
        while proc.poll() is None:
            try:
                seen.append(len(analyser.load(out).doc_ids))
                con = duckdb.connect(str(out / "analysis.duckdb"), read_only=True)  # retried briefly by nobody: must not fail often
                con.close()
            except duckdb.IOException:
                pass  # a raw connection may meet a commit; analyser.load() retries and may not fail
            except AnalyserError as exc:
                errors.append(str(exc))
            time.sleep(0.2)
    finally:
        proc.wait(timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert errors == []
    assert len(seen) >= 3 and min(seen) >= 1
    result = runner.invoke(app, ["review", "xa-2025", "2.4.a", "partial", "--out", str(out)])
    assert result.exit_code == 0


def test_sigterm_is_handled_like_ctrl_c(tmp_path):
    src = _docs(tmp_path, ("xa-2025", "xo-2025", "xd-2025", "xb-2025", "xc-2025"))
    out = tmp_path / "out"
    proc = _cli("analyse", str(src), "--out", str(out), "--model", "hashing", "--quiet")
    assert _wait(lambda: _journal_docs(out) >= 1 or proc.poll() is not None, timeout=300)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 143, err
    assert "terminated:" in err
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["interrupted"] is True
    done = sorted(d["doc_id"] for d in run["documents"] if d["status"] == "success")
    assert 1 <= len(done) < 5
    assert _stored(out) == done
    summary = (out / "summary.csv").read_text(encoding="utf-8")
    assert all(d in summary for d in done)
    assert not (out / JOURNAL_NAME).exists() and not (out / STAGING_NAME).exists()
    assert not list(out.rglob("*.part"))


def test_after_kill_9_the_next_command_brings_everything_up_to_date(tmp_path):
    src = _docs(tmp_path, ("xa-2025", "xo-2025", "xd-2025", "xb-2025", "xc-2025"))
    out = tmp_path / "out"
    proc = _cli("analyse", str(src), "--out", str(out), "--model", "hashing", "--quiet")
    assert _wait(lambda: _journal_docs(out) >= 2 or proc.poll() is not None, timeout=300)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (out / JOURNAL_NAME).exists() and not (out / "run.json").exists()
    stored = _stored(out)
    journaled = sorted(json.loads(line)["doc_id"] for line in (out / JOURNAL_NAME).read_text(encoding="utf-8").splitlines()[1:])
    assert set(journaled) <= set(stored) and len(journaled) >= 2
    # what a kill in the middle of a commit leaves: a staged analysis never committed
    stage = out / STAGING_NAME / "xz-2025"
    stage.mkdir(parents=True, exist_ok=True)
    (stage / "analysis.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["report", str(out)])  # any command, not only analyse
    assert result.exit_code == 0, cli_output(result)
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["interrupted"] is True and run["killed"] is True
    assert sorted(d["doc_id"] for d in run["documents"] if d["status"] == "success") == journaled
    assert sorted(set(__import__("pandas").read_csv(out / "summary.csv")["doc_id"])) == _stored(out)
    folders = sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))
    assert folders == _stored(out)  # no orphan folder
    assert not (out / JOURNAL_NAME).exists() and not (out / STAGING_NAME).exists()
    res = analyse_corpus([src], out=out, encoder=HashingEncoder())  # the next run does the rest
    assert sum(r.reused for r in res) == len(stored) and _stored(out) == sorted(p.stem for p in src.iterdir())


def test_a_committed_stage_is_published_and_an_uncommitted_one_dropped(fake_run, tmp_path):
    from analyser.pipeline import recover_output
    from analyser.runstate import RunJournal, write_marker

    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    with AnalysisStore(out, read_only=True) as store:
        row = store.document_rows()["xa-2025"]
    good = out / STAGING_NAME / "xa-2025"
    good.mkdir(parents=True)
    (good / "report.md").write_text("# the committed new report\n", encoding="utf-8")
    write_marker(good, row["sha256"], row["fingerprint"])
    stale = out / STAGING_NAME / "xd-2025"
    stale.mkdir()
    (stale / "report.md").write_text("# never committed\n", encoding="utf-8")
    write_marker(stale, row["sha256"], "another-fingerprint")
    gone = out / STAGING_NAME / "xo-2025.removed"  # moved aside for removal, store rows still there
    os.replace(out / "xo-2025", gone)
    RunJournal(out, {"model": "hashing-fake"})
    assert recover_output(out) is True
    assert (out / "xa-2025" / "report.md").read_text(encoding="utf-8") == "# the committed new report\n"
    assert (out / "xd-2025" / "report.md").read_text(encoding="utf-8") != "# never committed\n"
    assert (out / "xo-2025" / "analysis.json").exists()
    assert not (out / STAGING_NAME).exists()


# ------------------------------------------------------------------ damaged store


def test_a_damaged_store_names_the_rebuild_command_which_rebuilds_it(fake_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    with AnalysisStore(out, read_only=True) as store:
        vectors = store.passage_vectors("xo-2025").vectors
        coverage = store.table("coverage").sort_values(["doc_id", "key_element"]).reset_index(drop=True)
    (out / "analysis.duckdb").write_bytes(b"\x00garbage" * 1000)
    result = runner.invoke(app, ["report", str(out)])
    assert result.exit_code == 2
    assert f"rebuild it from the analysis.json files with `analyser store rebuild {out}`" in cli_output(result)
    result = runner.invoke(app, ["store", "rebuild", str(out)])
    assert result.exit_code == 0, cli_output(result)
    assert "store rebuilt from 3 analyses" in cli_output(result)
    assert len(list(out.glob("analysis.duckdb.damaged-*"))) == 1
    with AnalysisStore(out, read_only=True) as store:
        assert store.doc_ids() == ["xa-2025", "xd-2025", "xo-2025"]
        np.testing.assert_allclose(store.passage_vectors("xo-2025").vectors, vectors, atol=1e-6)
        again = store.table("coverage").sort_values(["doc_id", "key_element"]).reset_index(drop=True)
    assert again[["label", "score"]].equals(coverage[["label", "score"]])
    res = analyse_corpus([DEV / "xa-2025.txt"], out=out, encoder=HashingEncoder())
    assert res[0].reused


def test_store_rebuild_after_a_kill_keeps_the_killed_runs_documents_reusable(fake_run, tmp_path):
    """kill -9 of a first run, then `store rebuild`: the rebuild read the fingerprint from run.json, which a killed
    run has not written (its journal holds it), so every finished document was stored as "rebuilt" and the next
    run recomputed all of them (minutes per document with the real model; fresh-eyes trial)."""
    from analyser.runstate import RunJournal

    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    (out / "run.json").unlink()  # what a killed first run leaves: a journal, no run.json
    journal = RunJournal(out, {k: run[k] for k in ("analyser_version", "model", "fingerprint", "calibration")})
    for d in run["documents"]:
        journal.add(d)
    result = runner.invoke(app, ["store", "rebuild", str(out)])
    assert result.exit_code == 0, cli_output(result)
    res = analyse_corpus([DEV / f"{d['doc_id']}.txt" for d in run["documents"]], out=out, encoder=HashingEncoder())
    assert [(r.doc_id, r.reused) for r in res] == [(d["doc_id"], True) for d in run["documents"]]


# ------------------------------------------------------------------ hostile input


def test_zip_bomb_docx_fails_alone(tmp_path, fake_encoder):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w") as fh:
            for _ in range(40):
                fh.write(b"\0" * (1 << 20))  # 40 MB of zeros in about 40 KB
    res = analyse_corpus([bomb, DEV / "xa-2025.txt"], out=tmp_path / "out", encoder=fake_encoder)
    assert [(r.doc_id, r.status) for r in res] == [("bomb", "failed"), ("xa-2025", "success")]
    [err] = res[0].errors
    assert err.code == "E131" and err.message.startswith(f"[E131] {bomb}: Word file expands to 41943048 bytes of content (")
    assert err.message.endswith("limits 314572800 bytes and 100×): zip bomb?")


def test_a_50_mb_one_line_text_file_fails_at_once(tmp_path, fake_encoder):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        for _ in range(50):
            fh.write(b"a" * (1 << 20))
    t0 = time.perf_counter()
    res = analyse_corpus([big, DEV / "xa-2025.txt"], out=tmp_path / "out", encoder=fake_encoder)
    assert time.perf_counter() - t0 < 120
    assert [(r.doc_id, r.status) for r in res] == [("big", "failed"), ("xa-2025", "success")]
    assert res[0].errors[0].message == f"[E134] {big}: more than 13107200 characters of text (the limit is 3000000)"


def test_text_limit_after_parsing_and_pdf_pages_and_chars(tmp_path, fake_encoder):
    pdf = REPO / "corpus" / "xb-2025.word.pdf"
    with pytest.raises(AnalyserError, match=r"^\[E132\] .*xb-2025\.word\.pdf: \d+ pages \(the limit is 2\)$"):
        check_file(pdf, Limits(max_pages=2))
    with pytest.raises(AnalyserError, match=r"^\[E133\] .*xb-2025\.word\.pdf: page 1 holds \d+ characters \(the limit is 100 per page\)$"):
        check_file(pdf, Limits(max_page_chars=100))
    check_file(pdf)  # a real strategy passes
    cfg = AnalyserConfig(limits=Limits(max_chars=5000))
    [res] = analyse_corpus([DEV / "xa-2025.txt"], out=tmp_path / "out", config=cfg, encoder=fake_encoder)
    assert res.status == "failed" and res.errors[0].code == "E134"
    assert res.errors[0].message.endswith("characters of text (the limit is 5000)")


def test_pdf_decompression_bomb_fails_alone_in_bounded_memory(tmp_path, fake_encoder):
    """A 300 KB PDF whose content stream inflates to 450 MB is refused before PDFium or pdfplumber inflate it."""
    import resource
    import zlib

    from analyser.guard import pdf_inflated_bytes

    comp = zlib.compressobj(9)
    stream = b"".join(comp.compress(b" " * (1 << 20)) for _ in range(450)) + comp.flush()
    body = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            + f"4 0 obj << /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
            + stream + b"\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(body)
    assert len(body) < 1_000_000
    assert pdf_inflated_bytes(body, 10**12) == 450 * (1 << 20)  # counted exactly when the budget allows
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(AnalyserError, match=r"^\[E135\] .*bomb\.pdf: its compressed streams expand to more than 419430400 bytes"):
        check_file(bomb)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss < 100_000  # KB: far below the 450 MB it holds
    check_file(REPO / "corpus" / "nl-2025.word.pdf")  # a real strategy passes
    results = analyse_corpus([bomb, DEV / "xa-2025.txt"], out=tmp_path / "out", encoder=fake_encoder)
    assert [(r.status, r.errors[0].code if r.errors else None) for r in results] == [("failed", "E135"), ("success", None)]


@pytest.mark.parametrize("doc,enc", [("xa-2025", "utf-16-le"), ("xo-2025", "utf-16-be")])
def test_utf16_without_bom_is_read_as_text(tmp_path, doc, enc):
    from analyser.parse import parse

    text = (DEV / f"{doc}.txt").read_text(encoding="utf-8")
    path = tmp_path / f"{doc}.txt"
    path.write_bytes(text.encode(enc))
    assert sniff_utf16(path.read_bytes()) == enc
    assert sniff_utf16(text.encode("utf-8")) is None
    got = parse(path)
    want = parse(DEV / f"{doc}.txt")
    assert [b.text for b in got.blocks] == [b.text for b in want.blocks]
    assert not any("\x00" in b.text for b in got.blocks)


def test_memory_cap_makes_a_worker_fail_with_memory_error():
    code = ("from analyser.guard import limit_memory\nassert limit_memory(300)\n"
            "try:\n    b = bytearray(800 * 1024 * 1024)\nexcept MemoryError:\n    print('MemoryError')\n")
    proc = subprocess.run([PY, "-c", code], env=_env(), capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "MemoryError", proc.stderr


# ------------------------------------------------------------------ template packs


def test_template_extract_validates_the_language_and_writes_readable_packs(tmp_path):
    src = DEV / "xm-2025.txt"
    for bad in ("/ABSX", "xx", "HUN", "../hu"):
        result = runner.invoke(app, ["template", "extract", str(src), "--lang", bad, "--out", str(tmp_path)])
        assert result.exit_code == 2
        assert f"[E514] {bad!r}: not a language code" in cli_output(result)
    assert not Path("/ABSX.json").exists() and list(tmp_path.iterdir()) == []
    result = runner.invoke(app, ["template", "extract", str(src), "--lang", "HU", "--out", str(tmp_path)])
    assert result.exit_code == 0, cli_output(result)  # any case: the code is lower-cased
    assert [p.name for p in tmp_path.iterdir()] == ["hu.json"]
    assert json.loads((tmp_path / "hu.json").read_text(encoding="utf-8"))["language"] == "hu"
    assert (tmp_path / "hu.json").stat().st_mode & 0o777 == 0o644


# ------------------------------------------------------------------ write errors


def test_write_errors_are_one_line_and_leave_no_part_files(fake_run, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = runner.invoke(app, ["compare", "xa-2025", "xd-2025", "--out", str(out), "--html", str(folder)])
    text = cli_output(result)
    assert result.exit_code == 2
    assert f"[E513] {folder}: cannot write the HTML comparison (Is a directory)" in text
    assert "Traceback" not in text and not list(tmp_path.rglob("*.part"))
    result = runner.invoke(app, ["compare", "xa-2025", "xd-2025", "--out", str(out), "--json", "/proc/x/comparison.json"])
    assert result.exit_code == 2
    assert "[E513] /proc/x/comparison.json: cannot write the JSON comparison (" in cli_output(result)
    _disk_full(monkeypatch)
    result = runner.invoke(app, ["report", str(out)])
    text = cli_output(result)
    assert result.exit_code == 2
    assert "cannot write the reports (No space left on device)" in text and "[E513]" in text
    assert len(text.strip().splitlines()) == 1
    assert not list(out.rglob("*.part"))
    result = runner.invoke(app, ["eval", str(out), "--gold", str(REPO / "tests" / "data" / "gold"), "--no-lodo",
                                 "--json", str(tmp_path / "eval.json")])
    assert result.exit_code == 2 and "cannot write the evaluation JSON (No space left on device)" in cli_output(result)
    assert not list(tmp_path.rglob("*.part"))


def test_run_lock_is_checked_before_the_model_is_loaded(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with RunLock(out):
        result = runner.invoke(app, ["analyse", str(DEV / "xa-2025.txt"), "--out", str(out), "--model", "/no/such/model"])
    assert result.exit_code == 2
    assert f"[E510] {out}: an analyse run is in progress (pid {os.getpid()})" in cli_output(result)
    # the one error line and nothing else: no empty "documents 0/1" progress bar drawn before the refusal
    assert cli_output(result).splitlines() == [
        f"error: [E510] {out}: an analyse run is in progress (pid {os.getpid()}); wait for it to finish (or stop it) and try again"]


def test_disk_full_during_analyse_keeps_earlier_analyses_and_is_one_line_per_error(fake_run, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    before = (out / "xa-2025" / "analysis.json").read_text(encoding="utf-8")
    _disk_full(monkeypatch)
    result = runner.invoke(app, ["analyse", str(DEV / "xa-2025.txt"), "--out", str(out), "--model", "hashing", "--force", "--quiet"])
    text = cli_output(result)
    assert result.exit_code == 2, text
    assert "Traceback" not in text
    assert f"[E515] {DEV / 'xa-2025.txt'}: the analysis could not be committed to the store (No space left on device); its earlier analysis is kept" in text
    assert f"[E513] {out}: cannot write the corpus exports and run.json (No space left on device)" in text
    monkeypatch.undo()
    assert (out / "xa-2025" / "analysis.json").read_text(encoding="utf-8") == before
    assert _stored(out) == ["xa-2025", "xd-2025", "xo-2025"]
    assert not list(out.rglob("*.part")) and not (out / STAGING_NAME).exists()
    result = runner.invoke(app, ["report", str(out)])  # the disk has room again: the next command catches up
    assert result.exit_code == 0, cli_output(result)
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["killed"] is True


def _disk_full(monkeypatch) -> None:  # noqa: ANN001
    """Every write to a temporary ``.part`` file of the atomic writer (:mod:`analyser.io`) writes half, then fails with ENOSPC.

    The run journal's first line (written atomically when a run starts) still fits: the disk fills
    during the run. A disk full before the run starts: ``tests/test_defects.py``.
    """
    import analyser.io as aio

    fill_disk(monkeypatch, (aio,), lambda name, mode: name.endswith(".part") and "w" in mode
              and not Path(name).name.startswith(f".{JOURNAL_NAME}."))


