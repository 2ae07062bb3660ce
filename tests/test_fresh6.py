"""Defects found by the fresh-eyes tester of the ninth session (fast tests: parse only, hashing encoder, CLI).

Inputs and findings: ``tests/data/fresh6/README.md``; the binaries are written by ``tests/data/fresh6/make_inputs.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analyser.errors import ParseError
from analyser.parse import doc_id_of, parse
from analyser.parse.tables import layout_table

FRESH6 = Path(__file__).parent / "data" / "fresh6"
SRC = Path(__file__).resolve().parents[1] / "src"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return env


# ------------------------------------------------------------------------------------------------ python -m analyser
def test_python_dash_m_analyser_runs_the_cli() -> None:
    """Before: ``python -m analyser analyse …`` (what an analyst without the venv's bin on PATH types) failed with
    "No module named analyser.__main__; 'analyser' is a package and cannot be directly executed", exit 1."""
    p = subprocess.run([sys.executable, "-m", "analyser", "--help"], capture_output=True, text=True, env=_env(),
                       timeout=120)
    assert p.returncode == 0, p.stderr
    assert "analyse" in p.stdout and "review" in p.stdout and "Usage: analyser" in p.stdout


# ------------------------------------------------------------------------------------------------ doc ids
def test_doc_id_leaves_out_bidi_controls_and_zero_width_characters() -> None:
    """Before: "\\u200fstrategija\\u202e-2026 🇸🇮 ȩ́.txt" gave an id holding a right-to-left mark and a right-to-left
    override: printed reversed in summary.csv, the reports and error lines, and ``review strategija-2026 …`` typed on
    a keyboard was E506 (the id listed beside it looked the same). Emoji and combining marks stay."""
    assert doc_id_of("/x/\u200fstrategija\u202e-2026 🇸🇮 e\u0301\u0327.txt") == "strategija-2026 🇸🇮 " + "ȩ́"
    assert doc_id_of("sl\u200b-2026\u2066.word.pdf") == "sl-2026"
    assert doc_id_of("\ufeffnl-2025.txt") == "nl-2025"
    assert doc_id_of("nl-2025.word.pdf") == "nl-2025"


# ------------------------------------------------------------------------------------------------ Word layout tables
def test_word_layout_table_is_read_as_headings_and_paragraphs() -> None:
    """Before: a Lithuanian strategy typed into one two-column Word table (section title | its text) was one
    ``table`` block: one section (1) found, 2.1.2.c, 2.3.3.a, 2.4.d, 2.6.d absent (real model: 2 key elements
    covered; after: 10, sections 1, 2.1.2, 2.3.3, 2.4, 2.6 by number; tests/test_fresh6_model.py)."""
    doc = parse(FRESH6 / "lt-2026.layout-table.docx")
    kinds = [(b.kind, b.text.split()[0]) for b in doc.blocks]
    assert kinds == [("paragraph", "Nacionalinė"), ("heading", "1."), ("paragraph", "2025"), ("heading", "2.1.2."),
                     ("paragraph", "Kasmet"), ("heading", "2.3.3."), ("paragraph", "Užsieniečių"),
                     ("heading", "2.4."), ("paragraph", "Masinio"), ("heading", "2.6."), ("paragraph", "Strategijai")]


def test_tables_of_measures_and_questions_stay_tables() -> None:
    """The layout rule leaves alone a table of measures (numbered measures, owner, date), a question | answer table
    and the Slovak strategy's table of measures inside a section."""
    assert not layout_table([["1. Nábor 45 referentů", "MV", "2027"], ["2. Rekonstrukce střediska", "SUZ", "2028"]])
    assert not layout_table([["Kako se osigurava prihvat?", "Prihvatilišta u Zagrebu i Kutini imaju 1 300 mjesta i "
                                                            "podnositelji dobivaju smještaj, hranu i skrb."]] * 2)
    assert not layout_table([["2.1.2. Vidaus dimensija", "Kasmet iš Lietuvos bus grąžinama 1 000 neteisėtai esančių "
                                                         "trečiųjų šalių piliečių pagal direktyvą."]])  # one row
    doc = parse(FRESH6 / "sk-2026.word-headings.docx")
    tables = [b.text for b in doc.blocks if b.kind == "table"]
    assert tables == ["Opatrenie | Zodpovedný | Termín\nDublinské transfery do 6 mesiacov | Migračný úrad MV SR | 2026\n"
                      "Kontroly nelegálneho zamestnávania a sankcie voči zamestnávateľom | Národný inšpektorát práce "
                      "| 2027"]


# ------------------------------------------------------------------------------------------------ wide line spacing
def test_wide_line_spacing_keeps_paragraphs() -> None:
    """Before: a Finnish strategy set with 1.5 line spacing (here an OCR'd scan: page pictures under an invisible
    text layer) was cut into one block per line, lines read as ``answer_heading``: 18 blocks, 1.a absent 0.09,
    2.1.2.c partial 0.63 (real model). After: 9 blocks, each heading apart from its paragraph; 1.a addressed 1.00,
    2.1.2.c addressed 0.99."""
    doc = parse(FRESH6 / "fi-2026.ocr-layer.pdf")
    texts = [b.text for b in doc.blocks]
    assert len(texts) == 9
    assert texts[1] == "1. Kansallisen turvapaikka- ja maahanmuuton hallinnan tausta"
    assert texts[2].startswith("Vuonna 2025 Suomeen jätettiin 5 800 kansainvälistä suojelua koskevaa hakemusta. ")
    assert texts[2].endswith("koko strategiakauden ajan.")
    assert texts[6] == ("Vastaanottokeskusten kapasiteetti pidetään 9 000 paikassa, ja hakijoille turvataan majoitus, "
                        "ateria, terveydenhuolto ja vastaanottoraha. Maahanmuuttovirasto valvoo keskusten oloja "
                        "kahdesti vuodessa.")


def test_single_spaced_two_columns_unchanged() -> None:
    """A single-spaced page is not touched by the line-spacing rule: the Bulgarian two-column strategy keeps its
    paragraphs, its hyphenated words joined."""
    doc = parse(FRESH6 / "bg-2026.twocol-hyphen.pdf")
    body = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert any(t.startswith("Капацитетът на регистрационно-приемателните центрове в София, Харманли и Баня") for t in body)
    assert not any("регист-рационно" in t or "\u00ad" in t for t in body)


# ------------------------------------------------------------------------------------------------ encodings, bad files
def test_windows_1251_text_is_one_coded_error() -> None:
    """A Bulgarian text file in Windows-1251 (not UTF-8/16): E109 naming the file and asking for UTF-8 (never
    mojibake analysed)."""
    with pytest.raises(ParseError) as e:
        parse(FRESH6 / "bg-2026.cp1251.txt")
    assert e.value.code == "E109"
    assert "bg-2026.cp1251.txt" in str(e.value) and "save it as UTF-8" in str(e.value)


def test_hostile_files_fail_alone_with_one_line_each(tmp_path: Path) -> None:
    """A zero-byte file, a truncated PDF, a PDF with no page tree and a strategy whose name holds bidi controls and
    an emoji, analysed together (hashing encoder): one coded line per bad file, the good one analysed under a
    typeable id, exit 1. The PDF without a page tree was E107 "no readable text (empty, scanned pages or unmapped
    fonts)"; it is damaged: E104."""
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "empty.txt").write_bytes(b"")
    (inp / "truncated.pdf").write_bytes((FRESH6 / "bg-2026.twocol-hyphen.pdf").read_bytes()[:3000])
    (inp / "malformed.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                                        b"trailer << /Root 1 0 R >>\n%%EOF\n")
    (inp / "\u200fstrategija\u202e-2026 🇸🇮.txt").write_bytes((FRESH6 / "sl-2026.partial-scope.txt").read_bytes())
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, "-m", "analyser", "analyse", str(inp), "--out", str(out), "--model", "hashing"],
                       capture_output=True, text=True, env=_env(), timeout=600)
    assert p.returncode == 1, p.stderr
    lines = [ln for ln in (p.stdout + p.stderr).splitlines() if "[E" in ln]
    assert sorted(ln.split("]")[0].split("[")[-1] + " " + ln.split(":")[0] for ln in lines) == [
        "E102 empty", "E104 malformed", "E104 truncated"]
    assert "malformed.pdf: damaged or truncated PDF (no pages: the page tree is missing or empty)" in p.stdout + p.stderr
    assert (out / "strategija-2026 🇸🇮" / "analysis.json").is_file()
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert {d["doc_id"]: d["status"] for d in run["documents"]} == {
        "empty": "failed", "truncated": "failed", "malformed": "failed", "strategija-2026 🇸🇮": "success"}
