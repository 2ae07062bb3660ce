"""Defects found by the fresh-eyes tester of the eighth session (fast tests, hashing encoder or parse only).

Inputs and findings: ``tests/data/fresh5/README.md``; the inputs are written by ``tests/data/fresh5/make_inputs.py``.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyser.cli import app
from conftest import cli_output

FRESH5 = Path(__file__).parent / "data" / "fresh5"
runner = CliRunner()

_WRITABLE_HOLDER = """
import duckdb, sys, time
con = duckdb.connect(sys.argv[1])   # a notebook's writable connection
con.sql("SELECT 1")
print("open", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _hold_store(out: Path, seconds: float) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", _WRITABLE_HOLDER, str(out / "analysis.duckdb"), str(seconds)],
                         stdout=subprocess.PIPE, text=True)
    assert p.stdout is not None and p.stdout.readline().strip() == "open"
    return p


def test_review_is_kept_while_another_process_holds_the_store(out: Path) -> None:
    """Finding 1 (high, nothing is ever lost). A notebook holds ``analysis.duckdb`` with a writable connection; the
    analyst runs ``analyser review``. Before: "[E511] … the analysis store is held by process …", exit 2, and no
    ``reviews.csv``: the review was refused though it is a CSV apart from the store (the README promised "review keeps
    the review and says W511"). Now the review is saved, W511 says the reports were not refreshed, and the next
    ``report`` shows it."""
    holder = _hold_store(out, 30)
    try:
        t0 = time.monotonic()
        res = runner.invoke(app, ["review", "xa-2025", "2.1.2.c", "partial", "--out", str(out), "--note", "held"])
        took = time.monotonic() - t0
        text = cli_output(res)
        bad = runner.invoke(app, ["review", "nosuch-2025", "2.1.2.c", "partial", "--out", str(out)])
        wrong = runner.invoke(app, ["review", "xa-2025", "2.1.2.c", "maybe", "--out", str(out)])
    finally:
        holder.kill()
        holder.wait()
    assert res.exit_code == 0, text
    assert "xa-2025 2.1.2.c: partial (reviewed)" in text
    assert "[W511]" in text and "review saved, but the store and corpus exports were not refreshed" in text
    assert took < 60
    rows = list(csv.DictReader((out / "reviews.csv").open(encoding="utf-8")))
    assert [(r["doc_id"], r["key_element"], r["label"], r["note"]) for r in rows] == [("xa-2025", "2.1.2.c", "partial",
                                                                                        "held")]
    # the same checks as with the store: an unknown document, a wrong label
    assert bad.exit_code == 2 and "[E506] 'nosuch-2025': no such document" in cli_output(bad)
    assert wrong.exit_code == 2 and "[E509]" in cli_output(wrong)
    # the store released: `report` applies the review
    rep = runner.invoke(app, ["report", str(out)])
    assert rep.exit_code == 0, cli_output(rep)
    summary = {(r["doc_id"], r["key_element"]): r for r in csv.DictReader((out / "summary.csv").open(encoding="utf-8"))}
    assert summary[("xa-2025", "2.1.2.c")]["label"] == "partial"
    assert summary[("xa-2025", "2.1.2.c")]["reviewed"] == "True"
