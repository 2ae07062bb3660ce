"""Defects found by the fresh-eyes tester of the eleventh session (fast tests: parse only, hashing encoder, CLI).

Inputs and findings: ``tests/data/fresh8/README.md``; the binaries are written by ``tests/data/fresh8/make_inputs.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analyser.errors import AnalyserError, ParseError
from analyser.parse import doc_id_of, parse, readable_path
from analyser.review import load_reviews

FRESH8 = Path(__file__).parent / "data" / "fresh8"
FRESH7 = Path(__file__).parent / "data" / "fresh7"
SRC = Path(__file__).resolve().parents[1] / "src"
HEADER = "doc_id,key_element,label,reviewer,note,reviewed_at\n"


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "analyser", *args], capture_output=True, text=True, env=env,
                          timeout=600)


# ------------------------------------------------------------------------------------------------ fixed
def test_doc_id_of_a_name_that_is_not_utf8() -> None:
    """Bytes the file system cannot decode (Python's surrogate escapes) are read as Windows-1252; "_" for a byte
    that code page leaves undefined; UTF-8 names unchanged."""
    assert doc_id_of(os.fsdecode(b"strat\xe9gie-\xff.txt")) == "stratégie-ÿ"
    assert doc_id_of(os.fsdecode(b"a\x81b\xc3\xa9c.pdf")) == "a_béc"
    assert doc_id_of("nl-2025.word.pdf") == "nl-2025"
    assert readable_path("/x/stratégie.txt") == "/x/stratégie.txt"


def test_file_name_not_utf8_fails_alone(tmp_path: Path) -> None:
    """Before (fresh8 #10): a file named in Windows-1252 bytes (``strat\\xe9gie.txt``, as a zip made on Windows
    unpacks) crashed every run of its folder with a traceback, ``UnicodeEncodeError: 'utf-8' codec can't encode
    character '\\udce9'`` (the run journal, then ``run.json``), and the next run said W512 "killed" and crashed again.
    Now it fails alone with E523 naming a readable path and a name to give it; the other documents are analysed."""
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(FRESH7 / "hr-2026.utf16-crlf.txt", inp / "hr-2026.utf16-crlf.txt")
    (Path(os.fsdecode(bytes(inp))) / os.fsdecode(b"strat\xe9gie.txt")).write_bytes(
        (FRESH7 / "ro-2026.stats-annex.txt").read_bytes())
    out = tmp_path / "out"
    for _ in range(2):  # the second run neither crashes nor reports a killed run
        r = _cli("analyse", str(inp), "--out", str(out), "--model", "hashing")
        assert r.returncode == 1, r.stderr[-2000:]
        said = " ".join((r.stdout + r.stderr).split())
        assert "Traceback" not in said and "W512" not in said
        assert "[E523]" in said and "stratégie.txt" in said
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    status = {d["doc_id"]: d["status"] for d in run["documents"]}
    assert status == {"hr-2026.utf16-crlf": "success", "stratégie": "failed"}


def test_reviews_csv_with_a_quote_never_closed(tmp_path: Path) -> None:
    """Before (fresh8 #11): a note edited by hand with a stray quote (``"ok,…``) made the CSV reader take every later
    line into that note: the review below it was lost, exit 0, no word. Now E507 names the line of the record."""
    p = tmp_path / "reviews.csv"
    p.write_text(HEADER + 'hr-2026,2.3.3.a,partial,,"ok,2026-12-07T10:00:22+00:00\n'
                 "hr-2026,2.1.2.c,absent,,ok,2026-12-07T10:00:22+00:00\n", encoding="utf-8")
    with pytest.raises(AnalyserError, match=r"\[E507\] .*reviews.csv: line 2: a quote .* is never closed"):
        load_reviews(p)
    # a note of two lines, quoted and closed, stays one review among two
    p.write_text(HEADER + 'hr-2026,2.3.3.a,partial,,"two\nlines",2026-12-07T10:00:22+00:00\n'
                 "hr-2026,2.1.2.c,absent,,ok,2026-12-07T10:00:22+00:00\n", encoding="utf-8")
    got = load_reviews(p)
    assert got[("hr-2026", "2.3.3.a")].note == "two\nlines" and got[("hr-2026", "2.1.2.c")].label == "absent"


def test_folder_holding_inputs_only_in_subfolders(tmp_path: Path) -> None:
    """Before (fresh8 #13): ``analyse corpus/`` of a corpus kept one folder per member state said only "no input
    documents found". Now E501 says that subfolders are not searched and names the one that holds files."""
    sub = tmp_path / "corpus" / "by-country" / "hr"
    sub.mkdir(parents=True)
    shutil.copy(FRESH7 / "hr-2026.utf16-crlf.txt", sub / "hr-2026.txt")
    r = _cli("analyse", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--model", "hashing")
    assert r.returncode == 2
    line = " ".join((r.stdout + r.stderr).split())
    assert "[E501]" in line and "not searched in their subfolders" in line and "by-country/hr" in line


# ------------------------------------------------------------------------------------------------ guards
def test_reviews_csv_saved_by_a_spreadsheet(tmp_path: Path) -> None:
    """Semicolons, a byte-order mark and CRLF (a European spreadsheet's "CSV UTF-8"): read as written. The same in
    Windows-1252: E505 naming the byte, not a review read with mojibake."""
    p = tmp_path / "reviews.csv"
    text = (HEADER + "hr-2026,2.3.3.a,partial,,vérifié,2026-12-07T10:00:22+00:00\n").replace(",", ";")
    p.write_bytes(("\ufeff" + text).replace("\n", "\r\n").encode("utf-8"))
    assert load_reviews(p)[("hr-2026", "2.3.3.a")].note == "vérifié"
    p.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    with pytest.raises(AnalyserError, match=r"\[E505\] .*reviews.csv: cannot read reviews .*0xe9"):
        load_reviews(p)


def test_latin2_text_is_one_coded_error() -> None:
    """A Hungarian strategy in ISO-8859-2: E109 naming the file and asking for UTF-8 (never mojibake)."""
    with pytest.raises(ParseError, match=r"\[E109\] .*hu-2026.latin2.txt: .*not UTF-8 or UTF-16 text; save it as UTF-8"):
        parse(FRESH8 / "hu-2026.latin2.txt")


# ------------------------------------------------------------------------------------------------ open (parse)
def test_qa_grid_pdf_rows_are_read_apart() -> None:
    """Before (fresh8 #4): the ruled landscape grid "Abschnitt | Frage der Vorlage | Antwort" was ONE table block of
    8 rows (section 1 only, out of scope 0.42). Now each row's cells are blocks: the section number a heading where
    it changes, the question and the answer paragraphs; the empty answer of 2.1.2.b is no block."""
    doc = parse(FRESH8 / "de-2026.qa-grid-print.pdf")
    got = [(b.kind, b.text[:24]) for b in doc.blocks]
    assert got[1] == ("table", "Abschnitt | Frage der Vo")
    assert [t for k, t in got if k == "heading"][1:] == ["1", "2.1.2", "2.3.3", "2.4", "2.6"]
    assert got[7:11] == [("heading", "2.1.2"), ("paragraph", "Wie wird die Rückkehr il"),
                         ("paragraph", "Jährlich sollen 12 000 a"), ("paragraph", "Wie werden illegale Besc")]
    assert len(doc.blocks) == 21


def test_qa_table_docx_rows_are_read_apart() -> None:
    """Before (fresh8 #7): each section's rows of the Word Q&A table were one table block "question | answer".
    Now the bold section rows are headings and each question and each non-empty answer a paragraph."""
    doc = parse(FRESH8 / "de-2026.qa-grid.docx")
    kinds = [b.kind for b in doc.blocks]
    assert kinds.count("heading") == 6 and kinds.count("table") == 1 and kinds.count("paragraph") == 15
    texts = [b.text for b in doc.blocks]
    i = texts.index("Wie werden illegale Beschäftigung und Ausbeutung irregulär aufhältiger Drittstaatsangehöriger "
                    "bekämpft?")
    assert texts[i + 1] == "2.3.3. Ein robustes Aufnahmesystem"  # the unanswered row: no answer block


def test_body_and_footnotes_of_the_spanish_page() -> None:
    """Before (fresh8 #3): the body paragraphs above four 7.5 pt footnotes were `heading` blocks (the notes outweigh
    the body, and the body's size was measured with them), and footnote 4 was cut in two at "1" + "900 millones"
    (the "900" lost as a marker). Now the body is paragraphs and the four notes whole."""
    doc = parse(FRESH8 / "es-2026.answers-in-footnotes.pdf")
    body = [b for b in doc.blocks if b.text.startswith(("Resumen detallado", "Gestión eficaz", "Acceso de"))]
    assert body and all(b.kind == "paragraph" for b in body)
    notes = [b for b in doc.blocks if b.kind == "footnote"]
    assert [b.footnote_markers for b in notes] == [("1",), ("2",), ("3",), ("4",)]
    assert notes[3].text.endswith("que complementan 1 900 millones del presupuesto nacional sin doble financiación.")


def test_compare_of_two_long_document_ids(tmp_path: Path) -> None:
    """Before (fresh8 #14): ``compare`` of two documents whose file names are long titles (200 characters each) printed
    the Markdown comparison, then failed with "[E513] …/compare-aaa…-bbb….html: cannot write the HTML comparison (File
    name too long)", exit 2. Now the default name is cut with a hash of the pair and fits a file system's 255 bytes."""
    from analyser.cli import compare_html_name

    inp = tmp_path / "in"
    inp.mkdir()
    a, b = "a" * 200, "b" * 200
    shutil.copy(FRESH7 / "hu-2026.en-template.txt", inp / f"{a}.txt")
    shutil.copy(FRESH7 / "cs-2026.mislabelled.txt", inp / f"{b}.txt")
    out = tmp_path / "out"
    assert _cli("analyse", str(inp), "--out", str(out), "--model", "hashing").returncode == 0
    r = _cli("compare", a, b, "--out", str(out))
    assert r.returncode == 0, r.stdout[-500:] + r.stderr[-500:]
    page = out / compare_html_name(a, b)
    assert page.is_file() and len(page.name.encode()) <= 200
    assert compare_html_name("nl-2025", "xb-2025") == "compare-nl-2025-xb-2025.html"  # short ids: the name as before
    assert compare_html_name(a, b) != compare_html_name(a, b[:-1] + "c")
    assert len(compare_html_name("α" * 150, "β" * 150).encode()) <= 200
