"""Low-severity defects (session 5): each reproduced with a small input, the exact error asserted.

Hashing encoder only (the session's ``fake_run`` copied by the ``out`` fixture).
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from typer.testing import CliRunner

from analyser.cli import app
from analyser.store import AnalysisStore

from conftest import REPO, cli_output, fill_disk

SRC = REPO / "src"
PY = sys.executable
runner = CliRunner()




def _hold(path, read_only: bool = True) -> subprocess.Popen:
    """A foreign process (not an analyser command) that holds the DuckDB file until killed."""
    code = ("import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'ro'); "
            "print('held', flush=True); time.sleep(300)")
    proc = subprocess.Popen([PY, "-c", code, str(path), "ro" if read_only else "rw"], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


# ------------------------------------------------------------------ 1. report and a foreign holder of the store


def test_report_fails_fast_when_a_notebook_holds_the_store(out):
    store = out / "analysis.duckdb"
    before = store.read_bytes()
    holder = _hold(store, read_only=True)
    try:
        t0 = time.monotonic()
        result = runner.invoke(app, ["report", str(out), "--no-images"])
        elapsed = time.monotonic() - t0
    finally:
        holder.kill()
        holder.wait()
    text = cli_output(result)
    assert result.exit_code == 2, text
    assert (f"[E511] {store}: the analysis store is held by process {holder.pid} ("
            in text), text
    assert "close other connections to it (e.g. a notebook's duckdb.connect) and try again" in text
    assert "Traceback" not in text
    assert elapsed < 15, elapsed  # was ~120 s (WRITE_TIMEOUT) before
    assert store.read_bytes() == before  # nothing written, nothing lost
    result = runner.invoke(app, ["report", str(out), "--no-images"])  # the holder gone: report works
    assert result.exit_code == 0, cli_output(result)


def test_a_foreign_writer_makes_readers_fail_fast_too(out):
    holder = _hold(out / "analysis.duckdb", read_only=False)
    try:
        t0 = time.monotonic()
        try:
            AnalysisStore(out, read_only=True)
        except Exception as exc:  # noqa: BLE001 - asserted below
            err = exc
        elapsed = time.monotonic() - t0
    finally:
        holder.kill()
        holder.wait()
    assert getattr(err, "code", None) == "E511", err
    assert str(err).startswith(f"[E511] {out / 'analysis.duckdb'}: the analysis store is held by process {holder.pid} (")
    assert elapsed < 10, elapsed  # was READ_TIMEOUT (30 s)


# ------------------------------------------------------------------ 2. a full disk at the start of a run


def _disk_full(monkeypatch, folder) -> None:  # noqa: ANN001
    """Every file opened for writing under ``folder`` (but the run lock) is created, gets half of what is written, then ENOSPC."""
    import analyser.io as aio
    import analyser.runstate as runstate

    folder = str(folder)
    fill_disk(monkeypatch, (aio, runstate), lambda name, mode: any(c in mode for c in "wax+")
              and name.startswith(folder) and not name.endswith(".analyse.lock"))


def test_disk_full_at_the_start_of_a_run_keeps_the_previous_run_json(out, monkeypatch):
    import json

    from analyser.runstate import JOURNAL_NAME

    before = (out / "run.json").read_bytes()
    assert json.loads(before)["counts"]["success"] == 3
    _disk_full(monkeypatch, out)
    result = runner.invoke(app, ["analyse", str(REPO / "tests" / "data" / "dev" / "xa-2025.txt"), "--out", str(out),
                                 "--model", "hashing", "--force", "--quiet", "--no-images"])
    text = cli_output(result)
    monkeypatch.undo()
    assert result.exit_code == 2, text
    assert (f"[E513] {out / JOURNAL_NAME}: cannot write the run journal; nothing was analysed and the earlier "
            "outputs are kept (No space left on device)") in text, text
    assert "Traceback" not in text
    assert not (out / JOURNAL_NAME).exists()
    assert (out / "run.json").read_bytes() == before
    result = runner.invoke(app, ["report", str(out), "--no-images"])  # the disk has room again: nothing to recover
    assert result.exit_code == 0, cli_output(result)
    assert (out / "run.json").read_bytes() == before  # was replaced by an empty "killed" run before


def test_a_journal_cut_short_before_any_document_keeps_run_json(out):
    """A kill -9 (or full disk) while the journal's first line was written: no document finished, run.json stays."""
    from analyser.runstate import JOURNAL_NAME

    before = (out / "run.json").read_bytes()
    (out / JOURNAL_NAME).write_text('{"run_info": {"analyser_ver', encoding="utf-8")
    result = runner.invoke(app, ["report", str(out), "--no-images"])
    assert result.exit_code == 0, cli_output(result)
    assert not (out / JOURNAL_NAME).exists()
    assert (out / "run.json").read_bytes() == before


# ------------------------------------------------------------------ 3. unknown ids in the notebook API


KE_IDS = ("1.a, 1.b, 1.c, 2.p, 2.1.1.p, 2.1.1.a, 2.1.1.b, 2.1.1.c, 2.1.2.p, 2.1.2.a, 2.1.2.b, 2.1.2.c, 2.1.2.d, "
          "2.1.3.a, 2.2.p, 2.2.1.a, 2.2.1.b, 2.2.1.c, 2.2.2.a, 2.2.2.b, 2.3.p, 2.3.1.a, 2.3.1.b, 2.3.2.a, 2.3.3.a, "
          "2.3.3.b, 2.3.4.a, 2.4.p, 2.4.a, 2.4.b, 2.4.c, 2.4.d, 2.4.e, 2.4.f, 2.5.p, 2.5.a, 2.5.b, 2.5.c, 2.5.d, "
          "2.6.p, 2.6.a, 2.6.b, 2.6.c, 2.6.d")


def _raised(call):  # noqa: ANN001, ANN202
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - the caller asserts what it is
        return exc
    raise AssertionError("no error raised")


def test_unknown_key_element_section_and_document_in_the_api_are_catalogue_errors(fake_run):
    import analyser
    from analyser.errors import TemplateError, UnknownIdError

    res = analyser.load(fake_run[0])
    want = f"[E203] '9.9.z' is not a key element id of the template; valid ids: {KE_IDS}"
    for call in (lambda: res.missing("9.9.z"), lambda: res.evidence_for("9.9.z"),
                 lambda: res.drill_down("xa-2025", "9.9.z"), lambda: res.aspects("xa-2025", "9.9.z")):
        err = _raised(call)
        assert isinstance(err, UnknownIdError) and isinstance(err, TemplateError) and isinstance(err, KeyError)
        assert (err.code, str(err)) == ("E203", want)  # was a bare KeyError("unknown key element '9.9.z'")
    err = _raised(lambda: res.missing("2.1.1.z"))
    assert str(err) == (f"[E203] '2.1.1.z' is not a key element id of the template (did you mean '2.1.1.p', '2.1.1.c', "
                        f"'2.1.1.b'?); valid ids: {KE_IDS}")
    for call in (lambda: res.similarity_matrix("9.9"), lambda: res.plot_similarity("9.9")):
        err = _raised(call)
        assert (err.code, str(err)) == ("E204", "[E204] '9.9' is not a section id of the template; valid ids: all, 1, 2, "
                                        "2.1, 2.1.1, 2.1.2, 2.1.3, 2.2, 2.2.1, 2.2.2, 2.3, 2.3.1, 2.3.2, 2.3.3, 2.3.4, "
                                        "2.4, 2.5, 2.6")
    known = "xa-2025, xd-2025, xo-2025"
    for call in (lambda: res.gaps("nope"), lambda: res.drill_down("nope", "1.a"), lambda: res.report_path("nope"),
                 lambda: res.analysis("nope"), lambda: res.compare("xa-2025", "nope"), lambda: res.aspects("nope"),
                 lambda: res.plot_section_coverage("nope")):
        err = _raised(call)
        assert (err.code, str(err)) == ("E506", f"[E506] 'nope': no such document in {fake_run[0]} (analysed: {known})")


# ------------------------------------------------------------------ 4. a damaged analysis.json among the negatives


def _negatives_with_a_damaged_analysis(fake_run, tmp_path):  # noqa: ANN001, ANN202
    """The session's three analyses taken as negatives, one of them cut short."""
    import shutil

    neg = tmp_path / "neg"
    shutil.copytree(fake_run[0], neg)
    damaged = neg / "xo-2025" / "analysis.json"
    damaged.write_text('{"doc_id": "xo-20', encoding="utf-8")
    return neg, damaged


def test_eval_skips_a_damaged_negative_analysis_with_a_warning_and_goes_on(out, fake_run, tmp_path):
    neg, damaged = _negatives_with_a_damaged_analysis(fake_run, tmp_path)
    result = runner.invoke(app, ["eval", str(out), "--gold", str(REPO / "tests" / "data" / "gold"), "--negatives", str(neg)])
    text = cli_output(result)
    assert "Traceback" not in text
    assert (f"[W410] {damaged}: cannot read this negative document's analysis (Unterminated string starting at: "
            "line 1 column 12 (char 11)); skipped, the figures go on without it") in " ".join(text.split())
    assert "leave-one-document-out coverage figures not available" not in text  # was: the whole LODO dropped (E403)
    assert "(2 negative documents, mean score" in text  # the two readable negatives are counted, the damaged one not
    assert "skipped: 1 damaged analyses (xo-2025 (negative))" in text
    assert result.exit_code == 1, text


def test_calibrate_skips_a_damaged_negative_analysis_and_writes_the_calibration(out, fake_run, tmp_path):
    neg, damaged = _negatives_with_a_damaged_analysis(fake_run, tmp_path)
    cal = tmp_path / "cal.json"
    result = runner.invoke(app, ["calibrate", str(out), "--gold", str(REPO / "tests" / "data" / "gold"),
                                 "--negatives", str(neg), "--output", str(cal)])
    text = cli_output(result)
    assert "Traceback" not in text
    assert f"[W410] {damaged}: cannot read this negative document's analysis" in " ".join(text.split())
    assert cal.exists()
    assert result.exit_code == 1, text


# ------------------------------------------------------------------ 5. calibrate reads the banks as a run does


def test_calibrate_refuses_a_bank_pair_that_does_not_match_its_manifest(out, tmp_path, monkeypatch):
    import json

    import analyser.bundle as bundle
    import analyser.match as match_mod
    import analyser.segment.exemplars as exemplars_mod

    banks = tmp_path / "banks"
    gold = tmp_path / "gold"
    gold.mkdir()
    for d in ("xa-2025", "xd-2025"):
        (gold / f"{d}.gold.json").write_bytes((REPO / "tests" / "data" / "gold" / f"{d}.gold.json").read_bytes())
    assert runner.invoke(app, ["banks", "build", "--gold", str(gold), "--model", "hashing", "--out", str(banks)]).exit_code == 0
    # the package's banks of the hashing encoder are these (there are none shipped)
    monkeypatch.setattr(match_mod, "evidence_bank_path", lambda model: banks / f"{model}.evidence.npz")
    monkeypatch.setattr(bundle, "evidence_bank_path", lambda model: banks / f"{model}.evidence.npz")
    monkeypatch.setattr(bundle, "exemplar_path", lambda model: banks / f"{model}.npz")
    monkeypatch.setattr(exemplars_mod, "exemplar_path", lambda model: banks / f"{model}.npz")
    manifest = banks / "hashing-fake.banks.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["files"]["hashing-fake.evidence.npz"] = "0" * 64  # what a build killed between its two files leaves
    manifest.write_text(json.dumps(data), encoding="utf-8")
    cal = tmp_path / "cal.json"
    result = runner.invoke(app, ["calibrate", str(out), "--gold", str(gold), "--output", str(cal)])
    text = cli_output(result)
    assert result.exit_code == 2, text  # was 0: the half-replaced pair was read as if it were one
    assert (f"[E413] {banks}: the bank files of hashing-fake do not match their manifest (hashing-fake.evidence.npz "
            "differ(s) from hashing-fake.banks.json): a bank build was interrupted; run `analyser banks build` again"
            ) in " ".join(text.split())
    assert not cal.exists()


# ------------------------------------------------------------------ hostile file names: a doc_id starting with a dot


def test_a_file_name_starting_with_a_dot_never_writes_into_the_output_folder_itself(tmp_path):
    """``..txt`` gave doc_id "." (OUT/. is OUT: its analysis.json and report.html landed in the output folder's
    root, over the corpus report), ``...txt`` gave ".." (the folder above OUT), ``.cache.txt`` the embedding cache."""
    import json

    dev = REPO / "tests" / "data" / "dev"
    src = tmp_path / "src"
    src.mkdir()
    (src / "xd-2025.txt").write_bytes((dev / "xd-2025.txt").read_bytes())
    (src / "._xd-2025.txt").write_bytes(b"\x00\x05\x16\x07 Mac OS X resource fork")  # skipped in a folder
    hostile = {"..txt": ".", "...txt": "..", ".cache.txt": ".cache", ".staging.txt": ".staging"}
    for name in hostile:
        (tmp_path / name).write_bytes((dev / "xa-2025.txt").read_bytes())
    out = tmp_path / "work" / "out"
    result = runner.invoke(app, ["analyse", str(src), *[str(tmp_path / n) for n in hostile], "--out", str(out),
                                 "--model", "hashing", "--quiet", "--no-images"])
    text = " ".join(cli_output(result).split())
    assert result.exit_code == 1, text
    for name, did in hostile.items():
        assert (f"[E519] {tmp_path / name}: a file name starting with a dot gives no usable document id ({did!r} would "
                "be a hidden folder of the output folder or outside it); rename the file") in text
    assert not (out / "analysis.json").exists() and not (out / "report.md").exists()
    assert not (out.parent / "analysis.json").exists()
    assert not (out / ".cache" / "analysis.json").exists() and not (out / ".staging").exists()
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert {d["doc_id"]: d["status"] for d in run["documents"]} == {
        "xd-2025": "success", ".": "failed", "..": "failed", ".cache": "failed", ".staging": "failed"}
    assert sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")) == ["xd-2025"]


def test_a_named_pipe_or_a_device_is_refused_not_read_forever(tmp_path):
    """A named pipe given as input blocked the run for ever (its sha256 was read before anything else);
    ``/dev/zero`` was "file not found"."""
    import os

    fifo = tmp_path / "strategy.txt"
    os.mkfifo(fifo)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([PY, "-m", "analyser.cli", "analyse", str(fifo), "/dev/zero",
                           str(REPO / "tests" / "data" / "dev" / "xa-2025.txt"), "--out", str(out), "--model", "hashing",
                           "--quiet", "--no-images"], env=env, capture_output=True, text=True, timeout=120)
    text = " ".join((proc.stdout + proc.stderr).split())
    assert proc.returncode == 1, text
    assert (f"[E111] {fifo}: not a regular file (a named pipe); give a PDF, DOCX or TXT file, or a folder of them"
            in text)
    assert "[E111] /dev/zero: not a regular file (a device); give a PDF, DOCX or TXT file, or a folder of them" in text
    assert "1 of 3 documents analysed" in text and (out / "xa-2025" / "analysis.json").exists()


@pytest.mark.parametrize("command", ["eval", "calibrate"])
@pytest.mark.parametrize("kind", ["missing", "file", "folder"])
def test_negatives_that_are_not_an_output_folder_fail_before_any_work(out, tmp_path, command, kind):
    """``eval --negatives nope`` printed every figure but the false-coverage rate and exited 0."""
    neg = {"missing": tmp_path / "nope", "file": tmp_path / "neg.txt", "folder": tmp_path / "negdir"}[kind]
    if kind == "file":
        neg.write_text("x", encoding="utf-8")
    elif kind == "folder":
        neg.mkdir()
    reason = {"missing": "no such folder", "file": "a file, not an output folder",
              "folder": "no run.json: analyse the negative documents into this folder first"}[kind]
    result = runner.invoke(app, [command, str(out), "--gold", str(REPO / "tests" / "data" / "gold"), "--negatives", str(neg),
                                 "--output" if command == "calibrate" else "--json", str(tmp_path / "x.json")])
    text = " ".join(cli_output(result).split())
    assert result.exit_code == 2, text
    assert text == f"error: [E410] {neg}: no analysed negative documents found ({reason})"
    assert not (tmp_path / "x.json").exists()


def test_a_file_where_a_document_folder_should_be_fails_that_document_only(out):
    """A file at OUT/<doc_id> made publishing fail after the store commit: the whole run stopped (E513) and every
    later command failed to finish the staged analysis."""
    import json

    (out / "xd-2025").rename(out / "xd-2025.moved")
    (out / "xd-2025").write_text("notes", encoding="utf-8")
    dev = REPO / "tests" / "data" / "dev"
    result = runner.invoke(app, ["analyse", str(dev / "xa-2025.txt"), str(dev / "xd-2025.txt"), "--out", str(out),
                                 "--model", "hashing", "--force", "--quiet", "--no-images"])
    text = " ".join(cli_output(result).split())
    assert result.exit_code == 1, text
    assert (f"[E515] {dev / 'xd-2025.txt'}: the analysis could not be committed to the store ({out / 'xd-2025'} is a "
            "file, not the document's folder; move it away); its earlier analysis is kept") in text
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert {d["doc_id"]: d["status"] for d in run["documents"]} == {"xa-2025": "success", "xd-2025": "failed"}
    assert (out / "xd-2025").read_text(encoding="utf-8") == "notes"
    assert not (out / ".staging").exists()


def test_an_unreadable_pdf_is_not_called_damaged(tmp_path, monkeypatch):
    """A PDF the user may not read was "[E104] damaged or truncated PDF (PermissionError …)"."""
    import builtins
    import errno
    import json
    import shutil

    pdf = tmp_path / "xa-2025.pdf"
    shutil.copy(REPO / "corpus" / "xa-2025.word.pdf", pdf)
    real_open = builtins.open

    def denied(file, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202 - what open() does without read permission
        if str(file) == str(pdf):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", denied)
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyse", str(pdf), "--out", str(out), "--model", "hashing", "--quiet", "--no-images"])
    monkeypatch.undo()
    text = " ".join(cli_output(result).split())
    assert result.exit_code == 1, text
    assert f"[E112] {pdf}: cannot read the file (Permission denied)" in text
    assert "E104" not in text
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert [(d["status"], [e["code"] for e in d["errors"]]) for d in run["documents"]] == [("failed", ["E112"])]


def test_only_analyser_commands_are_waited_for_long(out):
    """Who holds the store decides how long a command waits: the analyse run of the folder and analyser commands
    (short transactions) up to the full timeout, anyone else (a notebook, the duckdb shell) only FOREIGN_TIMEOUT."""
    import os

    from analyser.runstate import RunLock
    from analyser.store import _is_analyser_process

    sleeper = "import time; time.sleep(60)"
    notebook = subprocess.Popen([PY, "-c", sleeper])
    command = subprocess.Popen([PY, "-c", sleeper, "analyser.cli", "report", str(out)])  # argv as `python -m analyser.cli`
    try:
        time.sleep(0.5)
        assert _is_analyser_process(notebook.pid, out) is False
        assert _is_analyser_process(command.pid, out) is True
        assert _is_analyser_process(None, out) is False
        assert _is_analyser_process(os.getpid(), out) is False
        with RunLock(out):  # this process runs `analyse` into out
            assert _is_analyser_process(os.getpid(), out) is True
    finally:
        for p in (notebook, command):
            p.kill()
            p.wait()
