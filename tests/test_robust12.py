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
