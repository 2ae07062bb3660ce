"""Aspect definitions (data/aspects.yaml), their loader, derive_label and the gold aspect labels."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from analyser.aspects import derive_label, load_aspects, load_gold_aspects, load_gold_aspects_dir
from analyser.errors import ScoreError, TemplateError

GOLD = Path(__file__).parent / "data" / "gold"

# Addressed key elements whose gold note names a missing ask (tests/data/gold/MANIFEST.md,
# "Aspect labels"): the label derived from the aspects is partial.
EXCEPTIONS = {
    ("nl-2025", "1.a"),
    ("nl-2025", "2.1.2.d"),
    ("nl-2025", "2.1.3.a"),
    ("nl-2025", "2.2.1.a"),
    ("nl-2025", "2.3.4.a"),
}


@pytest.fixture(scope="module")
def aspects():
    return load_aspects()


def test_every_key_element_has_aspects_with_unique_prefixed_ids(aspects, template):
    kes = [k.id for k in template.key_elements()]
    assert list(aspects.key_element_ids) == kes
    assert len(kes) == 44
    assert len(aspects) == 118
    assert len(set(aspects.ids)) == len(aspects)
    for a in aspects:
        assert a.id == f"{a.key_element}/{a.slug}"
        assert a.descriptor.endswith(".")
    counts = Counter(a.key_element for a in aspects)
    assert set(counts) == set(kes)
    assert min(counts.values()) == 1 and max(counts.values()) == 5
    assert [a.id for a in aspects.for_key_element("2.1.1.b")] == [
        "2.1.1.b/legal-migration", "2.1.1.b/talent-partnerships", "2.1.1.b/resettlement"]
    assert aspects.get("2.1.1.b/resettlement").wording["nl"] == "aan het Uniekader voor hervestiging"
    with pytest.raises(KeyError) as err:  # UnknownIdError, E203: one line naming the id and the valid ones
        aspects.for_key_element("9.9")
    assert str(err.value).startswith("[E203] '9.9' is not a key element id of the template; valid ids: 1.a, 1.b, 1.c, 2.p, ")
    with pytest.raises(KeyError) as err:
        aspects.for_key_element("2.1.1.z")
    assert str(err.value).startswith("[E203] '2.1.1.z' is not a key element id of the template (did you mean '2.1.1.p', '2.1.1.c', '2.1.1.b'?)")


def test_dutch_wording_is_cut_from_the_official_text(aspects, repo_root):
    pack = json.loads((repo_root / "src/analyser/data/templates/nl.json").read_text(encoding="utf-8"))
    official = pack["key_elements"]
    with_nl = [a for a in aspects if "nl" in a.wording]
    assert len(with_nl) == len(aspects)  # every aspect has a Dutch fragment
    for a in with_nl:
        assert a.wording["nl"] in official[a.key_element], a.id


def test_queries_give_descriptor_then_wording(aspects):
    a = aspects.get("2.5.b/judiciary")
    assert a.queries() == [("en", a.descriptor), ("nl", "samenwerking tussen de regering en de rechterlijke macht")]
    assert a.queries(["de"]) == [("en", a.descriptor)]


@pytest.mark.parametrize(
    ("flags", "label"),
    [([True], "addressed"), ([True, True, True], "addressed"), ([True, False], "partial"),
     ([False, True, False], "partial"), ([False], "absent"), ([False, False], "absent")],
)
def test_derive_label(flags, label):
    assert derive_label(flags) == label


def test_derive_label_needs_an_aspect():
    with pytest.raises(ValueError, match="at least one aspect"):
        derive_label([])


GOOD = """template: eu-2025-503
key_elements:
  "1.a":
    - {slug: one, en: First ask.}
  "1.b":
    - {slug: two, en: Second ask., wording: {nl: "tweede"}}
"""


def _yaml(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "aspects.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_small_valid_file(tmp_path):
    s = load_aspects(_yaml(tmp_path, GOOD), ["1.a", "1.b"])
    assert s.ids == ["1.a/one", "1.b/two"]
    assert s.get("1.b/two").wording == {"nl": "tweede"}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (GOOD.replace("eu-2025-503", "other"), "template 'other' is not 'eu-2025-503'"),
        (GOOD + '  "9.z":\n    - {slug: x, en: X.}\n', "unknown key element '9.z'"),
        (GOOD.replace('  "1.b":\n    - {slug: two, en: Second ask., wording: {nl: "tweede"}}\n', ""), "key element '1.b' has no aspects"),
        (GOOD.replace("slug: two", "slug: one").replace('"1.b"', '"1.a"'), "key element '1.b' has no aspects"),
        (GOOD.replace("slug: two", "slug: Two Words"), "key element '1.b': bad slug 'Two Words'"),
        (GOOD.replace("en: First ask.", "en: ''"), "aspect '1.a/one': empty English descriptor"),
        (GOOD.replace('{nl: "tweede"}', '{dutch: "tweede"}'), "aspect '1.b/two': wording must map ISO 639-1 codes to text"),
        ("key_elements: [", "ParserError: while parsing a flow node"),
        ("- a\n- b\n", "expected a mapping with 'template' and 'key_elements'"),
    ],
)
def test_invalid_definitions_give_e420(tmp_path, text, reason):
    p = _yaml(tmp_path, text)
    with pytest.raises(TemplateError) as err:
        load_aspects(p, ["1.a", "1.b"])
    assert err.value.code == "E420"
    assert str(err.value).startswith(f"[E420] {p}: invalid aspect definitions (")
    assert reason in str(err.value)


def test_duplicate_aspect_id_gives_e420(tmp_path):
    p = _yaml(tmp_path, GOOD.replace("- {slug: one, en: First ask.}", "- {slug: one, en: First ask.}\n    - {slug: one, en: Again.}"))
    with pytest.raises(TemplateError, match=r"duplicate aspect id '1.a/one'"):
        load_aspects(p, ["1.a", "1.b"])


def test_missing_file_gives_e420(tmp_path):
    with pytest.raises(TemplateError, match=r"\[E420\] .*nope.yaml: invalid aspect definitions \(FileNotFoundError"):
        load_aspects(tmp_path / "nope.yaml")


# --------------------------------------------------------------------------- gold


def test_gold_aspects_cover_every_document(aspects, gold):
    ga = load_gold_aspects_dir(GOLD, aspects)
    assert sorted(ga) == sorted(gold) and len(ga) == 13
    for d, g in ga.items():
        assert set(g.covered) == set(aspects.ids)


def test_gold_aspects_agree_with_key_element_gold(aspects, gold):
    """Label derived from the aspects == gold key-element label, except the listed exceptions."""
    ga = load_gold_aspects_dir(GOLD, aspects)
    mismatches = set()
    for d, g in ga.items():
        for ke in aspects.key_element_ids:
            want = gold[d]["coverage"][ke]["label"]
            got = g.label(ke, aspects)
            if got != want:
                mismatches.add((d, ke))
                assert (want, got) == ("addressed", "partial"), (d, ke)
    assert mismatches == EXCEPTIONS


def test_gold_partials_name_what_is_missing(aspects, gold):
    ga = load_gold_aspects_dir(GOLD, aspects)
    n_partial = 0
    for d, g in ga.items():
        for ke, cov in gold[d]["coverage"].items():
            flags = [g.covered[a.id] for a in aspects.for_key_element(ke)]
            if cov["label"] == "partial":
                n_partial += 1
                assert any(flags) and not all(flags), (d, ke)
            if cov["label"] == "absent":
                assert not any(flags), (d, ke)
    assert n_partial == 67
    nl = ga["nl-2025"]
    assert nl.covered["2.1.1.b/resettlement"] is True
    assert nl.covered["2.1.1.b/talent-partnerships"] is False
    assert nl.covered["2.1.1.b/legal-migration"] is False
    assert "resettlement" in nl.notes["2.1.1.b"]


def _gold_file(tmp_path: Path, mutate) -> Path:
    data = json.loads((GOLD / "xa-2025.aspects.json").read_text(encoding="utf-8"))
    mutate(data)
    p = tmp_path / "xa-2025.aspects.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda d: d["key_elements"]["1.a"]["aspects"].pop("1.a/situation"), "1.a: aspect '1.a/situation' not labelled"),
        (lambda d: d["key_elements"]["1.a"]["aspects"].update({"1.a/situation": "yes"}), "1.a/situation: expected true or false, got 'yes'"),
        (lambda d: d["key_elements"]["1.a"]["aspects"].update({"1.b/vision": True}), "1.a: unknown aspect '1.b/vision'"),
        (lambda d: d["key_elements"].pop("2.6.d"), "key element '2.6.d' missing or without 'aspects'"),
        (lambda d: d["key_elements"].update({"7.x": {"aspects": {}}}), "unknown key element '7.x'"),
    ],
)
def test_invalid_gold_gives_e421(tmp_path, aspects, mutate, reason):
    p = _gold_file(tmp_path, mutate)
    with pytest.raises(ScoreError) as err:
        load_gold_aspects(p, aspects)
    assert err.value.code == "E421"
    assert str(err.value) == f"[E421] {p}: cannot read aspect gold ({reason})"


def test_gold_dir_without_files_gives_e421(tmp_path, aspects):
    with pytest.raises(ScoreError, match=r"\[E421\] .*no \*\.aspects\.json files"):
        load_gold_aspects_dir(tmp_path, aspects)
