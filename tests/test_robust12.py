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
