"""Low-severity defects (session 5): each reproduced with a small input, the exact error asserted.

Hashing encoder only (the session's ``fake_run`` copied by the ``out`` fixture).
"""

from __future__ import annotations

import subprocess
import sys
import time

from typer.testing import CliRunner

from analyser.cli import app
from analyser.store import AnalysisStore

from conftest import REPO

SRC = REPO / "src"
PY = sys.executable
runner = CliRunner()


def _output(result) -> str:
    text = result.output
    try:
        err = result.stderr
    except (ValueError, AttributeError):
        err = ""
    return text + ("" if err and err in text else err)


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
    text = _output(result)
    assert result.exit_code == 2, text
    assert (f"[E511] {store}: the analysis store is held by process {holder.pid} ("
            in text), text
    assert "close other connections to it (e.g. a notebook's duckdb.connect) and try again" in text
    assert "Traceback" not in text
    assert elapsed < 15, elapsed  # was ~120 s (WRITE_TIMEOUT) before
    assert store.read_bytes() == before  # nothing written, nothing lost
    result = runner.invoke(app, ["report", str(out), "--no-images"])  # the holder gone: report works
    assert result.exit_code == 0, _output(result)


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
    """Every file opened for writing under ``folder`` (but the run lock) is created, gets half of what is written, then ENOSPC.

    What a full disk does to a plain ``open(…, "w")``: the file is truncated before the write fails.
    """
    import builtins
    import errno

    import analyser.io as aio
    import analyser.runstate as runstate

    real_open = builtins.open
    folder = str(folder)

    class Full:
        def __init__(self, fh) -> None:  # noqa: ANN001
            self.fh = fh

        def __enter__(self) -> "Full":
            return self

        def __exit__(self, *exc: object) -> bool:
            self.fh.close()
            return False

        def __getattr__(self, name: str):  # noqa: ANN204
            return getattr(self.fh, name)

        def write(self, data):  # noqa: ANN001, ANN201
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

    def fake_open(file, mode="r", *a, **kw):  # noqa: ANN001, ANN002, ANN003
        fh = real_open(file, mode, *a, **kw)
        name = str(file)
        writing = any(c in mode for c in "wax+")
        return Full(fh) if writing and name.startswith(folder) and not name.endswith(".analyse.lock") else fh

    monkeypatch.setattr(aio, "open", fake_open, raising=False)
    monkeypatch.setattr(runstate, "open", fake_open, raising=False)


def test_disk_full_at_the_start_of_a_run_keeps_the_previous_run_json(out, monkeypatch):
    import json

    from analyser.runstate import JOURNAL_NAME

    before = (out / "run.json").read_bytes()
    assert json.loads(before)["counts"]["success"] == 3
    _disk_full(monkeypatch, out)
    result = runner.invoke(app, ["analyse", str(REPO / "tests" / "data" / "dev" / "xa-2025.txt"), "--out", str(out),
                                 "--model", "hashing", "--force", "--quiet", "--no-images"])
    text = _output(result)
    monkeypatch.undo()
    assert result.exit_code == 2, text
    assert (f"[E513] {out / JOURNAL_NAME}: cannot write the run journal; nothing was analysed and the earlier "
            "outputs are kept (No space left on device)") in text, text
    assert "Traceback" not in text
    assert not (out / JOURNAL_NAME).exists()
    assert (out / "run.json").read_bytes() == before
    result = runner.invoke(app, ["report", str(out), "--no-images"])  # the disk has room again: nothing to recover
    assert result.exit_code == 0, _output(result)
    assert (out / "run.json").read_bytes() == before  # was replaced by an empty "killed" run before


def test_a_journal_cut_short_before_any_document_keeps_run_json(out):
    """A kill -9 (or full disk) while the journal's first line was written: no document finished, run.json stays."""
    from analyser.runstate import JOURNAL_NAME

    before = (out / "run.json").read_bytes()
    (out / JOURNAL_NAME).write_text('{"run_info": {"analyser_ver', encoding="utf-8")
    result = runner.invoke(app, ["report", str(out), "--no-images"])
    assert result.exit_code == 0, _output(result)
    assert not (out / JOURNAL_NAME).exists()
    assert (out / "run.json").read_bytes() == before
