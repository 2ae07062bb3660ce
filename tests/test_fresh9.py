"""Defects found by the fresh-eyes tester of the twelfth session (fast tests: parse only, hashing encoder, CLI).

Inputs and findings: ``tests/data/fresh9/README.md``; the binaries are written by ``tests/data/fresh9/make_inputs.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from analyser.errors import ParseError
from analyser.parse import parse
from analyser.pipeline import find_inputs, unread_files_note

FRESH9 = Path(__file__).parent / "data" / "fresh9"
SRC = Path(__file__).resolve().parents[1] / "src"


def _cli(*args: str, env_over: dict[str, str] | None = None, drop: tuple[str, ...] = (),
         cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(env_over or {})
    for k in drop:
        env.pop(k, None)
    return subprocess.run([sys.executable, "-m", "analyser", *args], capture_output=True, text=True, env=env,
                          timeout=600, cwd=cwd, errors="backslashreplace")


def _said(r: subprocess.CompletedProcess) -> str:
    return " ".join((r.stdout + r.stderr).split())


# ------------------------------------------------------------------------------------------------ fixed
def test_files_of_a_folder_that_are_not_read_are_named(tmp_path: Path) -> None:
    """Before (fresh9 #6): ``analyse tests/data/fresh9`` said "12 of 13 documents analysed" and nothing of
    ``lv-2026.odt`` and ``sk-2026.web-page.html``: a strategy saved as OpenDocument or as a web page was left out
    without a word. Now W519 names them (hidden files, subfolders, a README.md or a script not); a folder holding only
    such files says W519 then E501."""
    inp = tmp_path / "in"
    inp.mkdir()
    for name in ("lv-2026.odt", "sk-2026.web-page.html", "ca-2026.catalan.txt"):
        shutil.copy(FRESH9 / name, inp / name)
    (inp / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (inp / "README.md").write_text("# corpus\n", encoding="utf-8")  # notes and scripts beside the documents: not named
    (inp / "make_inputs.py").write_text("pass\n", encoding="utf-8")
    (inp / "sub").mkdir()
    note = unread_files_note([inp])
    assert note == (f"[W519] 2 file(s) in the folder(s) given are not read (only .pdf, .docx and .txt files are): "
                    f"{inp / 'lv-2026.odt'}, {inp / 'sk-2026.web-page.html'}; save a strategy among them as PDF, "
                    ".docx or UTF-8 .txt (give a file by name to see why it cannot be read)")
    assert unread_files_note([inp / "ca-2026.catalan.txt"]) == ""  # a file given by name is an input of its own
    r = _cli("analyse", str(inp), "--out", str(tmp_path / "out"), "--model", "hashing")
    assert r.returncode == 0, r.stderr[-2000:]
    assert "[W519] 2 file(s)" in _said(r) and "lv-2026.odt" in _said(r)
    (inp / "ca-2026.catalan.txt").unlink()
    r = _cli("analyse", str(inp), "--out", str(tmp_path / "out2"), "--model", "hashing")
    assert r.returncode == 2 and "[W519]" in _said(r) and "[E501]" in _said(r)


def test_api_names_the_files_it_does_not_read(tmp_path: Path) -> None:
    """The same in a notebook: :func:`analyser.analyse_corpus` issues a ``RunProblemWarning`` with W519."""
    import analyser
    from analyser.api import RunProblemWarning

    inp = tmp_path / "in"
    inp.mkdir()
    for name in ("lv-2026.odt", "ca-2026.catalan.txt"):
        shutil.copy(FRESH9 / name, inp / name)
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        analyser.analyse_corpus(inp, out=tmp_path / "out", model="hashing")
    said = [str(w.message) for w in got if issubclass(w.category, RunProblemWarning)]
    assert any(s.startswith("[W519] 1 file(s)") and "lv-2026.odt" in s for s in said), said


@pytest.mark.parametrize(("name", "tail"), [
    ("hr-2026.web-page.pdf", "; it is an HTML page (saved from a web site): print it to PDF or save its text as UTF-8 .txt"),
    ("lv-2026.odt", "; it is an OpenDocument file (.odt): save it as .docx or PDF"),
])
def test_a_web_page_or_odt_named_pdf_says_what_it_is(tmp_path: Path, name: str, tail: str) -> None:
    """Before (fresh9 #6): the ministry's web page saved as ``hr-2026.web-page.pdf`` was "[E103] …: not a PDF (starts
    with b'<!DOCTYP')"; now the line says it is an HTML page and what to do (an OpenDocument file the same)."""
    path = tmp_path / (Path(name).stem + ".pdf")
    shutil.copy(FRESH9 / name, path)
    with pytest.raises(ParseError) as exc:
        parse(path)
    head = path.read_bytes()[:8]
    assert str(exc.value) == f"[E103] {path}: not a PDF (starts with {head!r}){tail}"


def test_utf8_file_name_under_an_ascii_locale(tmp_path: Path) -> None:
    """Before (fresh9 #10): with ``LANG=C LC_ALL=C PYTHONUTF8=0`` (file names read as ASCII) a UTF-8 name
    "lëtzebuergesch-stratégie.txt" was refused with E523 "the file name is not UTF-8 text … rename the file (e.g. to
    'lëtzebuergesch-stratégie.txt')" — its own name. Now E524 says the name is UTF-8 and how to run Python."""
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(FRESH9 / "lb-2026.letzebuergesch.txt", inp / "lëtzebuergesch-stratégie.txt")
    r = _cli("analyse", str(inp), "--out", str(tmp_path / "out"), "--model", "hashing",
             env_over={"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"})
    assert r.returncode == 1, r.stderr[-2000:]
    said = _said(r)
    assert "[E524]" in said and "reads file names as ascii" in said and "PYTHONUTF8=1 or LANG=C.UTF-8" in said
    assert "[E523]" not in said and "Traceback" not in said
    r = _cli("analyse", str(inp), "--out", str(tmp_path / "out"), "--model", "hashing",
             env_over={"LANG": "C", "LC_ALL": "C"})  # the C locale alone: Python's UTF-8 mode, read
    assert r.returncode == 0, r.stderr[-2000:]


def test_catalan_and_luxembourgish_are_named(tmp_path: Path) -> None:
    """Before (fresh9 #7): a Catalan strategy was "Language: es (Spanish)" in its report, in ``compare`` and in
    ``summary.csv``, a Luxembourgish one "de (German)", without a word. Now W112 says the text reads as Catalan /
    Luxembourgish, not one of the 24, and is analysed as its EU neighbour (the run's line, ``analysis.json``, the gap
    report); a Portuguese strategy gets none."""
    from analyser.text import neighbour_language

    ca = (FRESH9 / "ca-2026.catalan.txt").read_text(encoding="utf-8")
    assert neighbour_language(ca, "es") == "ca" and neighbour_language(ca[:900], "es") is None
    assert neighbour_language((FRESH9 / "lb-2026.letzebuergesch.txt").read_text(encoding="utf-8"), "de") == "lb"
    inputs = [FRESH9 / n for n in ("ca-2026.catalan.txt", "lb-2026.letzebuergesch.txt", "pt-2026.toc-run-in.docx")]
    r = _cli("analyse", *map(str, inputs), "--out", str(tmp_path / "out"), "--model", "hashing")
    assert r.returncode == 0, r.stderr[-2000:]
    assert (f"ca-2026.catalan: [W112] {inputs[0]}: the text reads as 'ca' (Catalan), not one of the 24 EU languages; "
            "it is analysed as 'es', its EU neighbour, and the template matching and coverage scores are not "
            "calibrated for it") in _said(r)
    warned = {d: [w["code"] for w in json.loads((tmp_path / "out" / d / "analysis.json").read_text(encoding="utf-8"))["warnings"]]
              for d in ("ca-2026.catalan", "lb-2026.letzebuergesch", "pt-2026.toc-run-in")}
    assert warned == {"ca-2026.catalan": ["W112"], "lb-2026.letzebuergesch": ["W112"], "pt-2026.toc-run-in": []}
    assert "**W112**" in (tmp_path / "out" / "ca-2026.catalan" / "report.md").read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------------ guards
def test_mixed_case_suffixes_are_read(tmp_path: Path) -> None:
    """``.TXT``, ``.Docx``, ``.Pdf`` in a folder are inputs (fresh3 had ``.PDF`` only)."""
    for src, dst in (("ca-2026.catalan.txt", "ca.TXT"), ("pt-2026.toc-run-in.docx", "pt.Docx"),
                     ("sv-2026.reversed-stream.pdf", "sv.Pdf")):
        shutil.copy(FRESH9 / src, tmp_path / dst)
    assert [p.name for p in find_inputs([tmp_path])] == ["ca.TXT", "pt.Docx", "sv.Pdf"]
    assert unread_files_note([tmp_path]) == ""


def test_no_home_and_another_working_directory(tmp_path: Path) -> None:
    """Without ``HOME`` (a service account, a container) and from another working directory with relative paths:
    analysed, outputs where asked."""
    shutil.copy(FRESH9 / "ca-2026.catalan.txt", tmp_path / "ca.txt")
    r = _cli("analyse", "ca.txt", "--out", "out", "--model", "hashing", drop=("HOME",), cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    assert (tmp_path / "out" / "ca" / "analysis.json").is_file()


def test_out_is_a_file_and_a_quoted_glob(tmp_path: Path) -> None:
    """``--out`` naming an existing file: one line E502, exit 2. A glob the shell did not expand (quoted, or typed in
    a notebook): E101 naming it, exit 1 (noted, low: no word that globs are not expanded)."""
    (tmp_path / "outfile").write_text("x", encoding="utf-8")
    shutil.copy(FRESH9 / "ca-2026.catalan.txt", tmp_path / "ca.txt")
    r = _cli("analyse", str(tmp_path / "ca.txt"), "--out", str(tmp_path / "outfile"), "--model", "hashing")
    assert r.returncode == 2 and _said(r) == f"error: [E502] {tmp_path / 'outfile'}: cannot write output (exists and is not a folder)"
    r = _cli("analyse", str(tmp_path / "*.txt"), "--out", str(tmp_path / "o"), "--model", "hashing")
    assert r.returncode == 1 and f"[E101] {tmp_path / '*.txt'}: file not found" in _said(r)


def test_review_comments_of_a_docx_are_not_text() -> None:
    """Word review comments (comments.xml) are not read as the strategy's text; the body's placeholder stays."""
    doc = parse(FRESH9 / "en-2026.review-comments.docx")
    text = " ".join(b.text for b in doc.blocks)
    assert "[Text to follow from the Department of Children.]" in text
    assert "Mosney" not in text and "not agreed" not in text and "year-end figure" not in text


def test_reversed_content_stream_reads_in_page_order() -> None:
    """A page whose content stream draws the lines bottom to top, each glyph by glyph from the right: read in page
    order, words whole."""
    doc = parse(FRESH9 / "sv-2026.reversed-stream.pdf")
    text = " ".join(b.text for b in doc.blocks)
    assert text.index("1. Sammanhang") < text.index("2.1.2. Inre dimension") < text.index("2.6. Tillräcklig")
    assert "aktiveras inom 48 timmar 15 000 evakueringsplatser" in text


# ------------------------------------------------------------------------ fixed by parse13 (were strict xfails)
def test_struck_through_text_is_not_the_strategys() -> None:
    """Fixed (parse/pdf._drop_struck, parse13): struck-through words of a draft printed with tracked changes are left
    out ('40 000' struck, '25 000' inserted; sections 2.1.1 and 2.4 deleted whole), with the W103 warning."""
    doc = parse(FRESH9 / "fr-2026.tracked-strikethrough.pdf")
    text = " ".join(b.text for b in doc.blocks)
    assert "réinstallera 3 000 réfugiés" not in text and "une forte baisse des arrivées" not in text
    assert "25 000" in text and "40 000" not in text
    assert "2.1.1. Dimension extérieure" not in text and "2.4. Préparation" not in text
    assert [w[:6] for w in doc.warnings] == ["[W103]"] and "387 struck-through character(s) on page(s) 1" in doc.warnings[0]


def test_type3_page_paragraphs_are_whole() -> None:
    """Fixed (parse/blocks._spacing_gaps, parse13): lines placed one by one at a 1.5 × size pitch (gap 0.52 font sizes,
    one continuation line in lower case) are measured by the page's long unpunctuated lines: 2 paragraphs, not 7."""
    doc = parse(FRESH9 / "nl-2026.type3.pdf")
    p1 = [b.text for b in doc.blocks if b.page == 1]
    assert any(t.startswith("In 2025 dienden") and t.endswith("België en Duitsland.") for t in p1), p1
    assert [b.kind for b in doc.blocks if b.page == 1] == ["heading", "paragraph", "heading", "paragraph", "paragraph"]


def test_progress_is_told_when_stderr_is_no_terminal(tmp_path):
    """fresh9 #9: into a log file, `nohup` or CI (stderr not a terminal) rich draws no bar, and a run of 500 files said
    nothing for eleven minutes. Now one plain line per document finished and one when the corpus exports begin."""
    inp = tmp_path / "in"
    inp.mkdir()
    for name in ("ca-2026.catalan.txt", "lb-2026.letzebuergesch.txt"):
        shutil.copy(FRESH9 / name, inp / name)
    out = tmp_path / "out"
    r = _cli("analyse", str(inp), "--out", str(out), "--model", "hashing")
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    assert "documents 1/2: ca-2026.catalan success" in lines and "documents 2/2: lb-2026.letzebuergesch success" in lines
    assert f"writing the corpus exports (summary, store, corpus report) of {out}" in lines
    assert lines.index(f"writing the corpus exports (summary, store, corpus report) of {out}") > lines.index(
        "documents 2/2: lb-2026.letzebuergesch success")
    r = _cli("analyse", str(inp), "--out", str(out), "--model", "hashing")  # nothing changed: reused
    assert "documents 1/2: ca-2026.catalan reused (unchanged)" in r.stderr.splitlines()
    r = _cli("analyse", str(inp), "--out", str(out), "--model", "hashing", "--quiet")
    assert "documents 1/2" not in r.stderr and "writing the corpus exports" not in r.stderr
