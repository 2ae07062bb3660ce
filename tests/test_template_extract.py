"""Tests for analyser.template_extract (template packs extracted from Decision/strategy texts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyser.errors import TemplateError
from analyser.template import load_template
from analyser.template_extract import extract_template_file, extract_template_pack, html_to_text, write_pack

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "analyser" / "data"
SEED = DATA / "seed" / "nl-annex-seed.txt"
NL_PACK = DATA / "templates" / "nl.json"
DEV = ROOT / "tests" / "data" / "dev"
GOLD = ROOT / "tests" / "data" / "gold"

SECTION_IDS = ["1", "2", "2.1", "2.1.1", "2.1.2", "2.1.3", "2.2", "2.2.1", "2.2.2",
               "2.3", "2.3.1", "2.3.2", "2.3.3", "2.3.4", "2.4", "2.5", "2.6"]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _gold(doc: str) -> dict:
    return json.loads((GOLD / f"{doc}.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nl_extracted() -> dict:
    return extract_template_pack(SEED.read_text(encoding="utf-8"), "nl", source="seed")


def test_seed_matches_builtin_nl_pack(nl_extracted: dict) -> None:
    expected = json.loads(NL_PACK.read_text(encoding="utf-8"))
    assert list(nl_extracted["sections"]) == SECTION_IDS
    for sid, sec in expected["sections"].items():
        got = nl_extracted["sections"][sid]
        assert got["heading"] == sec["heading"], sid
        assert got["title"] == sec["title"], sid
        assert got["instructions"] == sec["instructions"], sid
        assert got["questions"] == sec["questions"], sid
    n_questions = sum(len(s["questions"]) for s in nl_extracted["sections"].values())
    assert n_questions == 33
    assert nl_extracted["key_elements"] == expected["key_elements"]


@pytest.mark.parametrize(("doc", "lang"), [("xa-2025", "en"), ("xm-2025", "hu")])
def test_strategy_reproducing_template_matches_gold(doc: str, lang: str) -> None:
    pack = extract_template_file(DEV / f"{doc}.txt", lang)
    gold = _gold(doc)
    gold_headings = {b["section"]: _norm(b["text"]) for b in gold["blocks"] if b["role"] == "section_heading"}
    gold_questions = {b["key_element"]: _norm(b["text"]) for b in gold["blocks"] if b["role"] == "template_question"}
    assert len(gold_headings) == 17 and len(gold_questions) == 33

    assert list(pack["sections"]) == SECTION_IDS
    for sid, heading in gold_headings.items():
        assert _norm(pack["sections"][sid]["heading"]) == heading, sid

    got = {k: _norm(v) for sec in pack["sections"].values() for k, v in sec["questions"].items()}
    equal = sum(got.get(ke) == text for ke, text in gold_questions.items())
    assert equal >= 30, f"{equal}/33 questions equal"
    # Answers (paragraphs after the questions) never become template text.
    gold_answers = {_norm(b["text"]) for b in gold["blocks"] if b["role"].startswith("answer")}
    extracted = set(got.values()) | {_norm(p) for s in pack["sections"].values() for p in s["instructions"]}
    assert not extracted & gold_answers


def test_instructions_and_p_key_elements_xa() -> None:
    pack = extract_template_file(DEV / "xa-2025.txt", "en")
    gold = _gold("xa-2025")
    gold_instr: dict[str, list[str]] = {}
    for b in gold["blocks"]:
        if b["role"] == "template_instruction":
            gold_instr.setdefault(b["section"], []).append(_norm(b["text"]))
    for sid, paras in gold_instr.items():
        assert [_norm(p) for p in pack["sections"][sid]["instructions"]] == paras, sid
    assert pack["key_elements"]["2.1.1.p"] == "\n\n".join(pack["sections"]["2.1.1"]["instructions"])
    assert "1.p" not in pack["key_elements"]
    assert pack["key_elements"]["1.a"].startswith("Provide a detailed summary")
    assert pack["key_elements"]["1.c"].startswith("taking into account")


def test_toc_and_numbered_lists_are_not_headings() -> None:
    pack = extract_template_file(DEV / "xa-2025.txt", "en")
    # The contents page lists "2.1. Effective management ... ........ 5"; the Annex heading is the real one.
    assert "...." not in pack["sections"]["2.1"]["heading"]
    # Section 1 contains a numbered list "1. Reduce ...", "2. Decide ..."; heading 2 is the capitals one.
    assert pack["sections"]["2"]["heading"].startswith("2. STRATEGIC OBJECTIVES")


def test_written_pack_loads(tmp_path: Path) -> None:
    pack = extract_template_file(DEV / "xm-2025.txt", "hu")
    path = write_pack(pack, tmp_path)
    assert path == tmp_path / "hu.json"
    assert [p.name for p in tmp_path.iterdir()] == ["hu.json"]  # no temporary file left behind
    tpl = load_template(packs_dir=tmp_path)
    assert "hu" in tpl.languages()
    assert tpl.section("2.1.1").headings["hu"] == pack["sections"]["2.1.1"]["heading"]
    assert tpl.key_element("2.4.f").texts["hu"] == pack["key_elements"]["2.4.f"]
    kinds = [kind for kind, *_ in tpl.template_texts("hu")]
    assert kinds.count("heading") == 17 and kinds.count("question") == 33


def test_html_input(tmp_path: Path) -> None:
    paras = [p for p in (DEV / "xa-2025.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
    markup = "<html><head><title>x</title><style>p{}</style></head><body>" + "".join(
        f"<p>{p.replace('&', '&amp;')}</p>" for p in paras) + "</body></html>"
    src = tmp_path / "decision.html"
    src.write_text(markup, encoding="utf-8")
    assert "p{}" not in html_to_text(markup)
    pack = extract_template_file(src, "en")
    assert list(pack["sections"]) == SECTION_IDS
    assert sum(len(s["questions"]) for s in pack["sections"].values()) == 33


def test_text_without_annex_raises_e201(tmp_path: Path) -> None:
    text = "NATIONAL STRATEGY\n\n1. Introduction\n\nSome text.\n\n2. Goals\n\nMore text.\n"
    with pytest.raises(TemplateError) as err:
        extract_template_pack(text, "en")
    assert err.value.code == "E201"
    src = tmp_path / "plain.txt"
    src.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        extract_template_file(src, "en")
    assert err.value.code == "E201"
    assert "no Annex headings found" in str(err.value)
