"""Data safety and the CLI's rough edges (robust12): one process's threads at one store, where ``calibrate`` writes,
hostile inputs (reviews files from Excel, kills, full disks). Fast: hashing encoder."""

from __future__ import annotations

import threading
import time

import pytest

from analyser.errors import AnalyserError
from analyser.store import AnalysisStore


def test_a_writer_thread_waits_for_another_threads_reader(out) -> None:
    """DuckDB keeps one database instance per file and process: a writable connection opened while another thread
    of the process reads the store failed at once with E511 "held by this process". Now it waits its turn."""
    reader = AnalysisStore(out, read_only=True)
    opened: list[float] = []

    def write() -> None:
        with AnalysisStore(out, timeout=10) as store:
            opened.append(time.monotonic())
            store.doc_ids()

    t = threading.Thread(target=write)
    t.start()
    time.sleep(0.4)
    assert not opened  # still waiting for the reader
    closed = time.monotonic()
    reader.close()
    t.join(10)
    assert opened and opened[0] >= closed


def test_a_reader_thread_waits_for_another_threads_writer_and_readers_share(out) -> None:
    writer = AnalysisStore(out)
    got: list[list[str]] = []

    def read() -> None:
        with AnalysisStore(out, read_only=True, timeout=10) as a, AnalysisStore(out, read_only=True) as b:
            got.append(a.doc_ids() + b.doc_ids())

    t = threading.Thread(target=read)
    t.start()
    time.sleep(0.3)
    assert not got
    writer.close()
    t.join(10)
    assert got == [["xa-2025", "xd-2025", "xo-2025"] * 2]


def test_one_thread_holding_both_kinds_is_told_at_once_and_a_wait_ends_with_e511(out) -> None:
    with AnalysisStore(out, read_only=True):
        start = time.monotonic()
        with pytest.raises(AnalyserError, match=r"\[E511\] .*this thread holds a read-only connection"):
            AnalysisStore(out, timeout=10)
        assert time.monotonic() - start < 1
        errors: list[str] = []

        def write() -> None:
            try:
                AnalysisStore(out, timeout=0.5)
            except AnalyserError as exc:
                errors.append(str(exc))

        t = threading.Thread(target=write)
        t.start()
        t.join(10)
        assert len(errors) == 1 and "[E511]" in errors[0] and "another thread of this process" in errors[0]
    with AnalysisStore(out, timeout=1) as store:  # every turn given back
        assert store.doc_ids() == ["xa-2025", "xd-2025", "xo-2025"]


# ------------------------------------------------------------------ calibrate writes into OUT by default


def _shipped_calibrations() -> dict[str, str]:
    import hashlib
    from pathlib import Path

    import analyser

    folder = Path(analyser.__file__).parent / "data" / "calibration"
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_calibrate_without_output_writes_into_out_and_leaves_the_shipped_calibration_alone(out) -> None:
    """Before, ``analyser calibrate OUT --gold G`` overwrote the calibration shipped in the package (the product of
    every user of the installation) with a fit on the analyst's documents. Now it writes OUT/calibration.json and
    OUT/calibration.aspects.json and says how to use them; ``--ship`` is the maintainers' way to the shipped file."""
    import json

    from typer.testing import CliRunner

    from analyser.cli import app
    from conftest import GOLD_DIR, cli_output

    shipped = _shipped_calibrations()
    result = CliRunner().invoke(app, ["calibrate", str(out), "--gold", str(GOLD_DIR)])
    text = " ".join(cli_output(result).split())
    assert result.exit_code == 0, text[-800:]
    assert _shipped_calibrations() == shipped
    cal, aspects = out / "calibration.json", out / "calibration.aspects.json"
    assert isinstance(json.loads(cal.read_text(encoding="utf-8")), dict)
    assert isinstance(json.loads(aspects.read_text(encoding="utf-8")), dict)
    assert f"calibration written to {cal} and {aspects}" in text
    assert "the shipped one is unchanged" in text


def test_calibrate_ship_and_output_together_is_one_line_exit_2(out, tmp_path) -> None:
    from typer.testing import CliRunner

    from analyser.cli import app
    from conftest import GOLD_DIR, cli_output

    result = CliRunner().invoke(app, ["calibrate", str(out), "--gold", str(GOLD_DIR), "--ship",
                                      "--output", str(tmp_path / "c.json")])
    text = cli_output(result)
    assert result.exit_code == 2
    assert "[E520] invalid setting --ship=True: --ship writes the shipped calibration, --output another file" in " ".join(text.split())
    assert "Traceback" not in text and not (tmp_path / "c.json").exists()


# ------------------------------------------------------------------ reviews.csv from a spreadsheet


def _cli(*args: str):
    from typer.testing import CliRunner

    from analyser.cli import app
    from conftest import cli_output

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, " ".join(cli_output(result).split())


def test_blank_rows_a_spreadsheet_leaves_are_no_reviews(out) -> None:
    """Excel saving a sheet whose rows were cleared writes ``;;;;;`` lines (BOM, semicolons, CRLF). Before, such a
    row was E507 "empty doc_id", and every ``report``/``review``/``load().refresh()`` failed until it was deleted
    by hand."""
    from analyser.review import load_reviews

    (out / "reviews.csv").write_bytes(
        b"\xef\xbb\xbfdoc_id;key_element;label;reviewer;note;reviewed_at\r\n;;;;;\r\n"
        b"xa-2025;2.4.a;absent;A. Analyst;only a plan;2026-12-07\r\n;;;;;\r\n;;;;;\r\n")
    code, text = _cli("report", str(out))
    assert code == 0, text
    assert [(k, r.label, r.note) for k, r in load_reviews(out / "reviews.csv").items()] == [
        (("xa-2025", "2.4.a"), "absent", "only a plan")]
    assert "only a plan" in (out / "xa-2025" / "report.md").read_text(encoding="utf-8")
    code, text = _cli("review", "xa-2025", "1.a", "partial", "--out", str(out))
    assert code == 0, text
    assert sorted(load_reviews(out / "reviews.csv")) == [("xa-2025", "1.a"), ("xa-2025", "2.4.a")]


def test_a_review_repeated_differently_is_one_line_naming_both_lines_and_nothing_is_dropped(out) -> None:
    """A row copied and changed in a spreadsheet: two different decisions on one key element. Before, the lower
    line won silently (here the older review over the newer one) and the next ``review`` saved the file without
    the other line: a review lost without a word. Now E507 names both lines and the file is left as it is; a row
    repeated with the same decision is one review."""
    body = ("doc_id,key_element,label,reviewer,note,reviewed_at\n"
            "xa-2025,2.4.a,absent,A. Analyst,only a plan,2026-12-07T10:00:00+00:00\n"
            "xd-2025,1.a,partial,B,,2026-12-02\n"
            "xa-2025,2.4.a,addressed,B,,2026-12-01T09:00:00+00:00\n")
    (out / "reviews.csv").write_text(body, encoding="utf-8")
    for args in (("report", str(out)), ("review", "xd-2025", "1.b", "absent", "--out", str(out))):
        code, text = _cli(*args)
        assert code == 2, text
        assert ("[E507] " + str(out / "reviews.csv") + ": line 4: xa-2025 2.4.a is reviewed again, differently "
                "from line 2 ('absent' by A. Analyst, 2026-12-07T10:00:00+00:00; here 'addressed' by B, "
                "2026-12-01T09:00:00+00:00); keep the one that holds and delete the other line") in text, text
        assert "Traceback" not in text
        assert (out / "reviews.csv").read_text(encoding="utf-8") == body
    (out / "reviews.csv").write_text(body.replace("addressed,B,,2026-12-01", "absent,A. Analyst,only a plan,2026-12-09"),
                                     encoding="utf-8")
    code, text = _cli("review", "xd-2025", "1.b", "absent", "--out", str(out))
    assert code == 0, text
    from analyser.review import load_reviews

    reviews = load_reviews(out / "reviews.csv")
    assert sorted(reviews) == [("xa-2025", "2.4.a"), ("xd-2025", "1.a"), ("xd-2025", "1.b")]
    assert reviews[("xa-2025", "2.4.a")].reviewed_at == "2026-12-09T09:00:00+00:00"


# ------------------------------------------------------------------ names in the output folder


def test_a_document_named_like_an_output_file_fails_alone(out, tmp_path) -> None:
    """``summary.csv.txt`` (a file saved as text by a browser), ``reviews.csv.txt``, ``analysis.duckdb.txt``: the
    document's folder ``OUT/<doc_id>/`` would stand where the analyser writes that file. Before, ``summary.csv``
    became a folder, the run ended with E513 at the exports (no run.json, no exports, a journal of a "killed" run)
    and so did every later command of the folder; ``reviews.csv`` as a folder left no place for reviews. Now each
    such file fails alone with E525, the others are analysed and the exports written."""
    import json
    import shutil

    from conftest import REPO

    inp = tmp_path / "in"
    inp.mkdir()
    for name in ("summary.csv.txt", "Reviews.CSV.txt", "analysis.duckdb.txt", "compare-a-b.html.txt", "xb-2025.txt"):
        shutil.copy(REPO / "tests" / "data" / "dev" / "xb-2025.txt", inp / name)
    code, text = _cli("analyse", str(inp), "--out", str(out), "--model", "hashing")
    assert code == 1, text
    for did, name in (("summary.csv", "summary.csv"), ("Reviews.CSV", "Reviews.CSV"), ("analysis.duckdb", "analysis.duckdb"),
                      ("compare-a-b.html", "compare-a-b.html")):
        assert (f"[E525] {inp / (did + '.txt')}: the document id {did!r} is the name of a file the analyser writes "
                f"into the output folder ({out / name}); its folder would stand in that file's place; rename the file") in text
    assert (out / "summary.csv").is_file() and (out / "analysis.duckdb").is_file() and not (out / "Reviews.CSV").exists()
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert {d["doc_id"]: d["status"] for d in run["documents"]} == {
        "summary.csv": "failed", "Reviews.CSV": "failed", "analysis.duckdb": "failed", "compare-a-b.html": "failed",
        "xb-2025": "success"}
    assert "xb-2025" in (out / "summary.csv").read_text(encoding="utf-8")


def test_prune_drops_a_folder_holding_only_a_temporary_a_kill_left(out) -> None:
    """kill -9 while a report is written leaves the atomic writer's ``.report.html.<random>.part``. Before, ``--prune``
    took it for an analyst's file: the dropped document's folder stayed, with a warning, and an empty ``.staging``
    folder was left; an analyst's own file is still kept."""
    from conftest import REPO

    (out / "xo-2025" / ".report.html.k2j3h4.part").write_text("half a page", encoding="utf-8")
    (out / "xd-2025" / ".notes.part").write_text("mine", encoding="utf-8")
    code, text = _cli("analyse", str(REPO / "tests" / "data" / "dev" / "xa-2025.txt"), "--out", str(out),
                      "--model", "hashing", "--prune")
    assert code == 0, text
    assert not (out / "xo-2025").exists() and not (out / ".staging").exists()
    assert [p.name for p in (out / "xd-2025").iterdir()] == [".notes.part"]


# ------------------------------------------------------------------ a full disk


class _FullDiskConnection:
    """A DuckDB connection whose COMMIT fails as on a full disk: DuckDB ends the transaction, then raises."""

    def __init__(self, con) -> None:
        self._con = con

    def __getattr__(self, name):
        return getattr(self._con, name)

    def commit(self):
        import duckdb

        self._con.rollback()
        raise duckdb.TransactionException('TransactionContext Error: Failed to commit: Could not write file '
                                          '"out/analysis.duckdb.wal": No space left on device')


def test_a_commit_on_a_full_disk_is_an_oserror_naming_the_store_and_the_store_is_as_before(out) -> None:
    """Before, ``_transaction`` answered the failed COMMIT with ROLLBACK, which raised "cannot rollback - no
    transaction is active" over the real error: a traceback of that from ``analyse``, ``report``, ``review``.
    Now the caller gets ENOSPC naming the store (E513 in the CLI) and the store holds what it held."""
    import errno

    import pandas as pd

    with AnalysisStore(out) as store:
        before = store.table("similarity")
        real = store.con
        store.con = _FullDiskConnection(real)
        try:
            with pytest.raises(OSError) as caught:
                store.put_similarity(pd.DataFrame({"section": ["all"], "doc_a": ["a"], "doc_b": ["b"], "similarity": [1.0]}))
        finally:
            store.con = real
        assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(out / "analysis.duckdb")
        assert store.table("similarity").equals(before)


def _mount_tmpfs(path, size: str) -> bool:
    import subprocess

    path.mkdir(exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


def test_analyse_into_a_full_disk_is_one_line_and_the_next_run_completes(tmp_path) -> None:
    """A real full disk (a 6 MB tmpfs; skipped where mounting is not allowed): the store's commit of the similarity
    table fails. Before: a traceback ("cannot rollback - no transaction is active"). Now: the document whose commit
    failed E515, the run E513, one line each, exit 2; with room again the next run completes the folder, the
    documents committed before reused."""
    import subprocess

    import duckdb

    from conftest import REPO

    disk = tmp_path / "tiny"
    if not _mount_tmpfs(disk, "6m"):
        pytest.skip("cannot mount a tmpfs here")
    try:
        docs = [str(REPO / "tests" / "data" / "dev" / f"{d}.txt") for d in ("xa-2025", "xd-2025", "xo-2025")]
        code, text = _cli("analyse", *docs, "--out", str(disk / "out"), "--model", "hashing")
        assert code == 2, text
        assert "Traceback" not in text and "no transaction is active" not in text
        assert "No space left on device" in text and "[E513]" in text
        subprocess.run(["mount", "-o", "remount,size=40m", str(disk)], check=True)
        code, text = _cli("analyse", *docs, "--out", str(disk / "out"), "--model", "hashing")
        assert code == 0, text
        assert "3 of 3 documents analysed" in text
        con = duckdb.connect(str(disk / "out" / "analysis.duckdb"), read_only=True)
        try:
            assert con.execute("SELECT doc_id, count(*) FROM coverage GROUP BY 1 ORDER BY 1").fetchall() == [
                ("xa-2025", 44), ("xd-2025", 44), ("xo-2025", 44)]
        finally:
            con.close()
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


def test_review_with_a_damaged_store_is_kept_and_the_rebuild_applies_it(out) -> None:
    """A damaged ``analysis.duckdb`` (cut short by a copy, a crash of the disk): before, ``review`` said E504 and the
    analyst's review was lost, while a store held by a notebook (E511) kept it. Now it is checked against the
    analysed folders and saved with W511 naming the damage; ``analyser store rebuild`` then shows it."""
    from analyser.review import load_reviews

    store = out / "analysis.duckdb"
    store.write_bytes(store.read_bytes()[:100_000])
    code, text = _cli("review", "xa-2025", "2.4.a", "absent", "--out", str(out), "--note", "only a plan")
    assert code == 0, text
    assert f"xa-2025 2.4.a: absent (reviewed) → {out / 'reviews.csv'}" in text
    assert f"[W511] {out / 'reviews.csv'}: review saved, but the store and corpus exports were not refreshed ([E504]" in text
    assert "Traceback" not in text
    assert load_reviews(out / "reviews.csv")[("xa-2025", "2.4.a")].note == "only a plan"
    code, text = _cli("review", "zz-2025", "2.4.a", "absent", "--out", str(out))
    assert code == 2 and "[E506] 'zz-2025': no such document" in text
    code, text = _cli("store", "rebuild", str(out), "--model", "hashing")
    assert code == 0, text
    with AnalysisStore(out, read_only=True) as s:
        row = s.table("coverage", ["xa-2025"]).set_index("key_element").loc["2.4.a"]
    assert (row["label"], bool(row["reviewed"]), row["review_note"]) == ("absent", True, "only a plan")


def test_a_rebuild_cut_short_leaves_the_old_store_in_place(out, monkeypatch) -> None:
    """``analyser store rebuild`` killed mid-way (here: interrupted at its second document). Before, the old store
    had been moved aside first: an empty or partial store stood in its place, and the next ``report`` said
    "0 documents re-rendered" and emptied every export, without a word. Now the store is built beside it
    (``analysis.duckdb.rebuilding``) and moved into place when complete."""
    from analyser.pipeline import maintenance
    from analyser.store import AnalysisStore as Store

    before = (out / "analysis.duckdb").read_bytes()
    calls = []
    real = Store.put_document

    def cut_short(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "put_document", cut_short)
    with pytest.raises(KeyboardInterrupt):
        maintenance.rebuild_store(out, model="hashing")
    assert (out / "analysis.duckdb").read_bytes() == before
    assert not list(out.glob("analysis.duckdb.damaged-*"))
    monkeypatch.setattr(Store, "put_document", real)
    done, kept = maintenance.rebuild_store(out, model="hashing")
    assert done == ["xa-2025", "xd-2025", "xo-2025"] and kept is not None and kept.read_bytes() == before
    assert not (out / "analysis.duckdb.rebuilding").exists() and not (out / "analysis.duckdb.wal").exists()
    with Store(out, read_only=True) as store:
        assert store.doc_ids() == ["xa-2025", "xd-2025", "xo-2025"]


def test_the_output_folder_caught_by_a_shell_pattern_is_no_input_folder(tmp_path) -> None:
    """``analyse in/* --out in/out``: the pattern gives the output folder as one more input folder. Before, it was
    read as one, and a note the analyst kept in it (``notes.txt``) became a document "notes" in every table. Now
    W520 says it is left out (CLI and API); given alone (inputs and outputs in one folder) it is read as before."""
    import json
    import shutil
    import warnings

    import analyser
    from analyser.config import RunConfig
    from conftest import REPO

    inp = tmp_path / "in"
    out = inp / "out"
    out.mkdir(parents=True)
    for d in ("xa-2025", "xd-2025"):
        shutil.copy(REPO / "tests" / "data" / "dev" / f"{d}.txt", inp / f"{d}.txt")
    (out / "notes.txt").write_text("Call the ministry on Monday about the reception figures.\n", encoding="utf-8")
    code, text = _cli("analyse", *sorted(str(p) for p in inp.iterdir()), "--out", str(out), "--model", "hashing")
    assert code == 0, text
    assert (f"[W520] {out}: the output folder, given as an input folder beside other inputs (a shell pattern such as "
            "in/* catching it), is not read for documents; give it alone to analyse files kept in it") in text
    assert "2 of 2 documents analysed" in text and not (out / "notes").exists()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = analyser.analyse_corpus([inp / "xa-2025.txt", out], out=out, config=RunConfig(model="hashing"))
    assert list(res.documents["doc_id"]) == ["xa-2025", "xd-2025"]
    assert any("[W520]" in w for w in json.loads((out / "run.json").read_text(encoding="utf-8"))["warnings"])
    code, text = _cli("analyse", str(inp), "--out", str(inp), "--model", "hashing")  # one folder for both: read
    assert code == 0 and "2 of 2 documents analysed" in text, text


def test_reviews_saved_as_unicode_text_by_excel_are_read(out) -> None:
    """Excel's "Unicode Text (*.txt)" save, renamed back to reviews.csv: UTF-16 LE with a byte-order mark, tabs,
    CRLF. Before: E505 "'utf-8' codec can't decode byte 0xff"; now read, and the next review writes UTF-8 again."""
    from analyser.review import load_reviews

    text = ("doc_id\tkey_element\tlabel\treviewer\tnote\treviewed_at\r\n"
            "xa-2025\t2.4.a\tabsent\tA. Analyst\tnur ein Plan; später\t2026-12-07\r\n")
    (out / "reviews.csv").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    assert load_reviews(out / "reviews.csv")[("xa-2025", "2.4.a")].note == "nur ein Plan; später"
    code, said = _cli("review", "xd-2025", "1.a", "partial", "--out", str(out))
    assert code == 0, said
    assert sorted(load_reviews(out / "reviews.csv")) == [("xa-2025", "2.4.a"), ("xd-2025", "1.a")]
    assert (out / "reviews.csv").read_bytes().startswith(b"doc_id,key_element,label")
