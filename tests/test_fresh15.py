"""Hostile use by the fresh-eyes tester of the fifteenth session (fast tests: hashing encoder, CLI).

Inputs and findings: ``tests/data/fresh15/README.md``; the real-model findings are in ``tests/test_fresh15_model.py``.
The hostile files (a 0-byte PDF, a password-protected PDF, a page of 76 500 characters, names with spaces, Greek
letters, "#", "[", "%" and a leading dash) are written here, into ``tmp_path``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from reportlab.lib import pdfencrypt
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from analyser.cli import app
from conftest import cli_output

FRESH15 = Path(__file__).parent / "data" / "fresh15"
runner = CliRunner()


def _hostile(d: Path) -> None:
    """The hostile inputs of the README, in the folder ``d``."""
    d.mkdir()
    text = (FRESH15 / "sk-2026.renumbered-chapters.txt").read_text(encoding="utf-8")
    shutil.copy(FRESH15 / "sk-2026.renumbered-chapters.txt", d / "Stratégia azylu 2026 (návrh č. 3).txt")
    shutil.copy(FRESH15 / "ga-2026.two-columns.pdf", d / "Στρατηγική ασύλου 2026 τελικό.pdf")
    shutil.copy(FRESH15 / "ga-2026.two-columns.pdf", d / "plan #2 [50%] final.pdf")
    shutil.copy(FRESH15 / "bg-2026.partial-return.txt", d / "-draft.txt")
    (d / "empty strategy.pdf").write_bytes(b"")
    c = canvas.Canvas(str(d / "locked.pdf"), encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="owner"),
                      invariant=1)
    c.drawString(50, 700, "1. Nacionalne razmere. Slovenija je prejela 5 900 prosenj.")
    c.showPage()
    c.save()
    c = canvas.Canvas(str(d / "huge-page.pdf"), pagesize=(14400, 14400), invariant=1)
    c.setFont("Helvetica", 10)
    y = 14300.0
    for line in simpleSplit(" ".join(text.split()) * 60, "Helvetica", 10, 14000):
        c.drawString(50, y, line)
        y -= 12
    c.showPage()
    c.save()


def test_hostile_files_fail_alone_with_one_line_naming_them(tmp_path) -> None:
    """A 0-byte PDF, an encrypted PDF and a page past the character limit fail with one coded line naming the file;
    the files named with spaces, Greek letters, "#", "[", "%" and a leading dash are analysed, and the reports' links
    to their pages are percent-encoded (a raw "#" or space would break the Markdown link)."""
    _hostile(tmp_path / "in")
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyse", str(tmp_path / "in"), "--out", str(out), "--model", "hashing", "--quiet",
                                 "--no-images"])
    assert result.exit_code == 1
    lines = " ".join(cli_output(result).split())
    for line in (f"[E102] {tmp_path}/in/empty strategy.pdf: empty file (0 bytes)",
                 f"[E105] {tmp_path}/in/locked.pdf: encrypted PDF; give the password with --password",
                 f"[E133] {tmp_path}/in/huge-page.pdf: page 1 holds"):
        assert line in lines, lines
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    status = {d["doc_id"]: d["status"] for d in run["documents"]}
    assert status == {"-draft": "success", "Stratégia azylu 2026 (návrh č. 3)": "success", "empty strategy": "failed",
                      "huge-page": "failed", "locked": "failed", "plan #2 [50%] final": "success",
                      "Στρατηγική ασύλου 2026 τελικό": "success"}
    md = (out / "plan #2 [50%] final" / "report.md").read_text(encoding="utf-8")
    assert "(../../in/plan%20%232%20%5B50%25%5D%20final.pdf#page=1)" in md
    assert not (out / "empty strategy").exists() and not (out / "huge-page").exists()

    wrong = runner.invoke(app, ["analyse", str(tmp_path / "in" / "locked.pdf"), "--password", "wrong", "--out",
                                str(out), "--model", "hashing", "--quiet", "--no-images"])
    assert wrong.exit_code == 1
    assert f"[E106] {tmp_path}/in/locked.pdf: wrong password for encrypted PDF" in " ".join(cli_output(wrong).split())
    right = runner.invoke(app, ["analyse", str(tmp_path / "in" / "locked.pdf"), "--password", "secret", "--out",
                                str(out), "--model", "hashing", "--quiet", "--no-images"])
    assert right.exit_code == 0, cli_output(right)
    assert (out / "Stratégia azylu 2026 (návrh č. 3)" / "analysis.json").is_file()  # the earlier documents stay


def test_section_answer_measures_table_answers_are_not_template_questions(tmp_path) -> None:
    """fresh15 #2: ``mt-2026.landscape-table.pdf`` ("Taqsima | Tweġiba tal-Istat Membru | Miżuri u skadenzi": section,
    answer, measures) was read as a "section | question | answer" table and every answer cell forced to
    ``template_question`` (real model: 1.a, 1.c, 2.1.2.c, 2.3.3.a, 2.6.d absent). The answers state the member state's
    own figures (2 150 applications, 600 returns, 1 800 places, EUR 180 million), which the Annex never states: now
    that column is answers."""
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyse", str(FRESH15 / "mt-2026.landscape-table.pdf"), "--out", str(out),
                                 "--model", "hashing", "--quiet", "--no-images"])
    assert result.exit_code == 0, cli_output(result)
    a = json.loads((out / "mt-2026.landscape-table" / "analysis.json").read_text(encoding="utf-8"))
    figures = ("Fl-2025 Malta", "Kull sena", "Iċ-ċentri", "Għall-2026")
    assert [b["role"] for b in a["blocks"] if b["text"].startswith(figures)] == ["answer"] * 4
