"""Tests for analyser.template and the packs built by scripts/build_template.py.

The Dutch pack is checked against the gold annotation of the Dutch strategy
(tests/data/gold/nl-2025.gold.json), whose template blocks reproduce the
official Dutch wording of the Annex of Decision (EU) 2025/503.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
import yaml

from analyser.errors import TemplateError
from analyser.template import KeyElement, Section, Template, load_template, normalise

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold" / "nl-2025.gold.json"
YAML_PATH = ROOT / "src" / "analyser" / "data" / "key_elements.yaml"
TEMPLATE_ROLES = {"section_heading": "heading", "template_instruction": "instruction", "template_question": "question"}


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def template() -> Template:
    return load_template()


@pytest.fixture(scope="module")
def yaml_sections() -> list[dict]:
    return yaml.safe_load(YAML_PATH.read_text(encoding="utf-8"))["sections"]


@pytest.fixture(scope="module")
def gold_template_blocks() -> list[dict]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [b for b in gold["blocks"] if b["role"] in TEMPLATE_ROLES]


def test_structure_matches_yaml(template: Template, yaml_sections: list[dict]) -> None:
    assert template.id == "eu-2025-503"
    assert template.section_ids() == [s["id"] for s in yaml_sections]
    assert len(template.section_ids()) == 17
    expected = [k["id"] for s in yaml_sections for k in s["key_elements"]]
    assert [ke.id for ke in template.key_elements()] == expected
    assert len(expected) == 44


def test_section_fields(template: Template) -> None:
    s = template.section("2.1.1")
    assert (s.parent_id, s.depth) == ("2.1", 3)
    assert template.section("2.1").parent_id == "2" and template.section("2.1").depth == 2
    assert template.section("1").parent_id is None and template.section("1").depth == 1
    assert s.headings["nl"] == "2.1.1. Elementen van de externe dimensie:"
    assert s.titles["nl"] == "Elementen van de externe dimensie"
    assert len(s.instructions["nl"]) == 2
    assert s.instructions["nl"][1].startswith("Beschrijf welke van de volgende belangrijke elementen")
    ke = template.key_element("2.1.1.a")
    assert isinstance(ke, KeyElement) and (ke.section_id, ke.letter) == ("2.1.1", "a")
    assert ke.texts["nl"].startswith("— Hoe kunnen op maat gesneden")


def test_models_are_frozen(template: Template) -> None:
    s: Section = template.section("2")
    with pytest.raises(Exception):
        s.id = "3"  # type: ignore[misc]


def test_every_key_element_has_dutch_text(template: Template) -> None:
    for ke in template.key_elements():
        assert ke.texts.get("nl"), ke.id
        assert ke.texts.get("en") == ke.en
    p = template.key_element("2.1.1.p").texts["nl"]
    assert _ws(p) == _ws(" ".join(template.section("2.1.1").instructions["nl"]))
    section1 = _ws(template.section("1").instructions["nl"][0])
    for kid in ("1.a", "1.b", "1.c"):
        assert _ws(template.key_element(kid).texts["nl"]) in section1


def test_dutch_pack_equals_gold(template: Template, gold_template_blocks: list[dict]) -> None:
    """Every template block of the gold is found, verbatim up to whitespace, in the nl pack."""
    texts = {
        (kind, sid, kid): _ws(text)
        for kind, sid, kid, text in template.template_texts("nl")
        if kind != "instruction"
    }
    instructions = {sid: [_ws(t) for t in sec.instructions.get("nl", ())] for sid in template.section_ids()
                    for sec in [template.section(sid)]}
    counts = {"heading": 0, "instruction": 0, "question": 0}
    for block in gold_template_blocks:
        kind = TEMPLATE_ROLES[block["role"]]
        counts[kind] += 1
        if kind == "instruction":
            assert _ws(block["text"]) in instructions[block["section"]], block["id"]
        else:
            key = (kind, block["section"], block["key_element"])
            assert texts.get(key) == _ws(block["text"]), block["id"]
    assert counts == {"heading": 17, "instruction": 16, "question": 33}
    # and nothing extra in the pack
    pack = template.template_texts("nl")
    assert sum(k == "heading" for k, *_ in pack) == 17
    assert sum(k == "instruction" for k, *_ in pack) == 16
    assert sum(k == "question" for k, *_ in pack) == 33
    assert len({sid for k, sid, *_ in pack if k == "instruction"}) == 9


def test_instruction_key_elements_follow_gold(template: Template, gold_template_blocks: list[dict]) -> None:
    pieces = {(sid, _ws(text)): kid for kind, sid, kid, text in template.template_texts("nl") if kind == "instruction"}
    for block in gold_template_blocks:
        if block["role"] == "template_instruction":
            assert pieces[(block["section"], _ws(block["text"]))] == block["key_element"], block["id"]


def test_languages_and_english_pack(template: Template) -> None:
    assert template.languages() == ["en", "nl"]
    en = template.template_texts("en")
    assert not [t for t in en if t[0] == "instruction"]
    assert ("question", "2.4", "2.4.e", template.key_element("2.4.e").en) in en


def test_missing_section_is_e202(template: Template) -> None:
    with pytest.raises(TemplateError) as err:
        template.section("3.1")
    assert err.value.code == "E202"


def test_invalid_json_pack_is_e201(tmp_path: Path) -> None:
    bad = tmp_path / "xx.json"
    bad.write_text('{"template": "eu-2025-503", "language": ', encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        load_template(tmp_path)
    assert err.value.code == "E201"
    assert "xx.json" in str(err.value)


def test_pack_with_unknown_id_is_e201(tmp_path: Path) -> None:
    pack = {"template": "eu-2025-503", "language": "fr", "sections": {"9.9": {"heading": "9.9. X"}}}
    (tmp_path / "fr.json").write_text(json.dumps(pack), encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        load_template(tmp_path)
    assert err.value.code == "E201" and "fr.json" in str(err.value)


def test_user_pack_adds_language(tmp_path: Path) -> None:
    pack = {
        "template": "eu-2025-503",
        "language": "fr",
        "official": False,
        "source": "test",
        "sections": {
            "2.1.1": {
                "heading": "2.1.1. Éléments de la dimension extérieure:",
                "title": "Éléments de la dimension extérieure",
                "instructions": ["Décrivez ..."],
                "questions": {"2.1.1.a": "— Comment ..."},
            }
        },
        "key_elements": {"2.1.1.p": "Décrivez ..."},
    }
    (tmp_path / "fr.json").write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    tpl = load_template(tmp_path)
    assert tpl.languages() == ["en", "fr", "nl"]
    assert tpl.section("2.1.1").titles["fr"] == "Éléments de la dimension extérieure"
    assert tpl.key_element("2.1.1.a").texts["fr"] == "— Comment ..."
    assert ("question", "2.1.1", "2.1.1.a", "— Comment ...") in tpl.template_texts("fr")
    assert "fr" not in load_template().languages()  # the cached default is untouched


def test_env_packs_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = {"template": "eu-2025-503", "language": "nl", "sections": {"1": {"heading": "1. X", "title": "X"}}}
    (tmp_path / "nl.json").write_text(json.dumps(pack), encoding="utf-8")
    monkeypatch.setenv("ANALYSER_TEMPLATES", str(tmp_path))
    tpl = load_template()
    assert tpl.section("1").headings["nl"] == "1. X"
    assert "nl" not in tpl.section("2").headings


def test_normalise() -> None:
    assert normalise("— Hoe  kunnen\nLEGALE  migratie") == "hoe kunnen legale migratie"
    assert normalise("2.1.1. Elementen van de externe dimensie:") == "elementen van de externe dimensie:"
    assert normalise("• a) niet-toegestane – verplaatsingen") == "niet-toegestane verplaatsingen"
    assert normalise("ﬁ") == "fi"


def test_packs_are_up_to_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """The committed packs are what scripts/build_template.py builds from the seed."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_template", ROOT / "scripts" / "build_template.py")
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_template", builder)  # dataclasses look the module up
    spec.loader.exec_module(builder)
    packs = ROOT / "src" / "analyser" / "data" / "templates"
    assert builder.build_nl() == json.loads((packs / "nl.json").read_text(encoding="utf-8"))
    assert builder.build_en() == json.loads((packs / "en.json").read_text(encoding="utf-8"))


def test_user_templates_dir_is_read_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Packs written to the default user folder (as by `analyser template extract`) are loaded."""
    import analyser.template as tmod
    from analyser.template_extract import extract_template_file, write_pack

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("ANALYSER_TEMPLATES", raising=False)
    assert tmod.user_templates_dir() == tmp_path / "analyser" / "templates"
    write_pack(extract_template_file(ROOT / "tests" / "data" / "dev" / "xm-2025.txt", "hu"), tmod.user_templates_dir())
    tmod._load_default.cache_clear()
    try:
        template = load_template()
        assert "hu" in template.languages()
        assert template.key_element("2.1.1.a").texts["hu"].startswith("— Hogyan")
    finally:
        tmod._load_default.cache_clear()


def test_title_sections_maps_pack_titles_of_every_language(template):
    titles = template.title_sections()
    assert titles["een robuust opvangsysteem"] == "2.3.3"
    assert titles["a robust reception system"] == "2.3.3"
    # the heading as printed (number dropped by normalise, trailing colon removed)
    assert titles["elementen van de interne dimensie"] == "2.1.2"


def test_wording_index_finds_official_question_verbatim(template):
    index = template.wording_index()
    q = "— Hoe wordt de beschikbaarheid van de nodige personele, materiële en financiële middelen"
    hits = [v for k, v in index.items() if k.startswith(normalise(q))]
    assert hits == [("question", "2.6", "2.6.a")]
    assert all(k == k.rstrip(" .:;?") for k in index)
