#!/usr/bin/env python
"""Build the template packs ``src/analyser/data/templates/{nl,en}.json``.

The Dutch pack holds the official Dutch wording of the Annex ("model") of
Commission Implementing Decision (EU) 2025/503 (OJ L, 20.3.2025). It is
extracted from the repository's seed text only
(``src/analyser/data/seed/nl-annex-seed.txt``): the Decision as printed in the
Official Journal, with the Dutch national strategy's answers written *into* the
Annex. The extraction rules (Annex boundaries, page furniture, the Official
Journal's wide measure that sets template paragraphs apart from the strategy's
answers, questions mapped in order to the key elements) live in
:mod:`analyser.template_extract`, the same code behind
``analyser template extract``.

The English pack is built from the YAML's ``en`` descriptors only; it is a
project-written paraphrase, marked ``"official": false``.

Usage::

    python scripts/build_template.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import yaml

from analyser.template_extract import extract_template_pack

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "analyser" / "data"
SEED = DATA / "seed" / "nl-annex-seed.txt"
YAML_PATH = DATA / "key_elements.yaml"
OUT_DIR = DATA / "templates"
TEMPLATE_ID = "eu-2025-503"


def load_sections(yaml_path: Path = YAML_PATH) -> list[dict]:
    """The sections of ``key_elements.yaml`` (ids, descriptors, key elements)."""
    return yaml.safe_load(yaml_path.read_text(encoding="utf-8"))["sections"]


def build_nl(seed_path: Path = SEED) -> dict:
    """Build the Dutch pack from the seed with :func:`analyser.template_extract.extract_template_pack`."""
    seed_text = seed_path.read_text(encoding="utf-8")
    source = (
        "Annex to Commission Implementing Decision (EU) 2025/503 of 18 March 2025 (OJ L, 20.3.2025, "
        "ELI: http://data.europa.eu/eli/dec_impl/2025/503/oj), Dutch version, as reproduced in the Dutch "
        "national asylum and migration management strategy; extracted by scripts/build_template.py from "
        f"src/analyser/data/seed/nl-annex-seed.txt (sha256 {hashlib.sha256(seed_text.encode()).hexdigest()})"
    )
    return extract_template_pack(seed_text, "nl", source=source)


def build_en(yaml_path: Path = YAML_PATH) -> dict:
    """Build the English pack from the YAML's project-written ``en`` descriptors."""
    sections = load_sections(yaml_path)
    pack_sections = {}
    key_elements = {}
    for s in sections:
        q = {k["id"]: k["en"] for k in s["key_elements"] if not k["id"].endswith(".p")}
        pack_sections[s["id"]] = {
            "heading": f"{s['id']}. {s['en']}",
            "title": s["en"],
            "instructions": [],
            "questions": q,
        }
        key_elements.update({k["id"]: k["en"] for k in s["key_elements"]})
    return {
        "template": TEMPLATE_ID,
        "language": "en",
        "official": False,
        "source": (
            "Project-written English descriptors from src/analyser/data/key_elements.yaml "
            "(not the official wording)"
        ),
        "sections": pack_sections,
        "key_elements": key_elements,
    }


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for lang, pack in (("nl", build_nl()), ("en", build_en())):
        path = OUT_DIR / f"{lang}.json"
        path.write_text(json.dumps(pack, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}: {len(pack['sections'])} sections, "
              f"{len(pack['key_elements'])} key elements", file=sys.stderr)


if __name__ == "__main__":
    main()
