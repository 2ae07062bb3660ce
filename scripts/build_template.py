#!/usr/bin/env python
"""Build the template packs ``src/analyser/data/templates/{nl,en}.json``.

The Dutch pack holds the official Dutch wording of the Annex ("model") of
Commission Implementing Decision (EU) 2025/503 (OJ L, 20.3.2025). It is
extracted from the repository's seed text only
(``src/analyser/data/seed/nl-annex-seed.txt``): the Decision as printed in the
Official Journal, with the Dutch national strategy's answers written *into* the
Annex, so the Annex wording is interleaved with the member state's own text.

How template text is told apart from answers (structural cues only):

* the Annex part runs from the line ``BIJLAGE`` to ``BIJLAGE 1 – ORGANISATIES``
  (the strategy's own annexes);
* page furniture is dropped: the running header ``NL PB L van ...``, the
  ``ELI: .../dec_impl/2025/503/oj`` line, page numbers (``20``, ``/10``), the
  Decision's footnotes (``(5) Verordening ...`` up to the line ending in
  ``oj).``) and the strategy's footnotes (``4 Tweede Kamer ...``);
* lines are joined into paragraphs: a line continues the previous paragraph
  when it starts in lower case, when the previous line does not end a sentence,
  or when no blank line separates them; a new paragraph starts at a blank line
  after a sentence end, at a dash bullet ``—`` and at a heading;
* headings are found in the order of ``key_elements.yaml`` (``2.1.1.`` at the
  start of a line; top-level headings are in capitals); a heading wraps onto
  following lines that start in lower case;
* after a heading come the instruction paragraph(s), then the dash-bullet
  questions. Template paragraphs are typeset in the Official Journal's wide
  measure (lines of up to ~135 characters) while the strategy's text uses a
  narrower one (at most ~107): an unbulleted paragraph after a heading is an
  instruction only if its longest line is at least :data:`WIDE_LINE` wide;
* the template of a section ends at the first paragraph that is neither an
  instruction (before the questions) nor a question. One exception: an
  unbulleted, wide paragraph between two dash bullets is a question whose
  bullet was lost in the PDF (2.6, second question).

Questions are mapped, in order, to the YAML's non-``p`` key elements of the
section; ``<section>.p`` gets the section's instruction paragraph(s). Section 1
has no bullets: 1.a is the first sentence of its instruction, 1.b the main
clause of the second sentence and 1.c that sentence's clause "rekening houdend
met de specifieke situatie van de lidstaten ..." (Annex, section 1).

Line-end hyphens are undone as in the gold annotations: a hyphen is kept
(without space) after a capital or digit, before a capital, or after a prefix
written with a hyphen ("niet-"); it is kept with a space before a conjunction
("asiel- en"); otherwise it is a syllable break and dropped ("onafhanke- lijkheid").

The English pack is built from the YAML's ``en`` descriptors only; it is a
project-written paraphrase, marked ``"official": false``.

Usage::

    python scripts/build_template.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "analyser" / "data"
SEED = DATA / "seed" / "nl-annex-seed.txt"
YAML_PATH = DATA / "key_elements.yaml"
OUT_DIR = DATA / "templates"

TEMPLATE_ID = "eu-2025-503"
WIDE_LINE = 110
"""Longest line (characters) at or above which a paragraph is in the OJ's wide measure."""

BULLET = "—"
ANNEX_START = re.compile(r"^\s*BIJLAGE\s*$")
ANNEX_END = re.compile(r"^\s*BIJLAGE\s+1\b")
HEADING = re.compile(r"^\s*(\d+(?:\.\d+)*)\.\s+(\S.*)$")
FURNITURE = [
    re.compile(r"^\s*NL\s+PB\s+L\b"),
    re.compile(r"^\s*ELI:\s*http://data\.europa\.eu/eli/dec_impl/"),
    re.compile(r"^\s*/\d+\s*$"),
    re.compile(r"^\s*\d{1,3}\s*$"),
]
TEMPLATE_FOOTNOTE = re.compile(r"^\s*\(\d+\)\s+[A-Z]")
TEMPLATE_FOOTNOTE_END = re.compile(r"oj\)\.\s*$")
ANSWER_FOOTNOTE = re.compile(r"^\d{1,2} [A-Z“‘\"]")
SENTENCE_END = re.compile(r"[.?!:;]\s*$")
CONJUNCTIONS = {"en", "of", "tot", "noch", "and", "or"}
HYPHEN_PREFIXES = {"niet", "ex", "non", "anti", "co"}
SECTION1_SPLIT = {"nl": ", rekening houdend met "}


@dataclass
class Paragraph:
    """Consecutive seed lines read as one paragraph (1-based line numbers)."""

    lines: list[str] = field(default_factory=list)
    first_line: int = 0

    @property
    def text(self) -> str:
        return join_lines(self.lines)

    @property
    def width(self) -> int:
        return max((len(line.strip()) for line in self.lines), default=0)

    @property
    def bulleted(self) -> bool:
        return self.lines[0].lstrip().startswith(BULLET)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into one string, undoing line-end hyphenation."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if out.endswith("-") and not out.endswith(" -"):
            head = re.search(r"(\S+)-$", out)
            prefix = head.group(1) if head else ""
            nxt = line.split()[0]
            if nxt.lower() in CONJUNCTIONS:
                out = out + " " + line
            elif (prefix and (prefix[-1].isupper() or prefix[-1].isdigit()
                              or prefix.lower() in HYPHEN_PREFIXES)) or nxt[:1].isupper():
                out = out + line
            else:
                out = out[:-1] + line
        else:
            out = out + " " + line
    return re.sub(r"\s+", " ", out).strip()


def annex_lines(seed_text: str) -> list[tuple[int, str]]:
    """The Annex part of the seed as (line number, text), page furniture removed.

    Blank lines are kept (as ``""``) because they help delimit paragraphs.
    """
    lines = seed_text.split("\n")
    start = next(i for i, line in enumerate(lines) if ANNEX_START.match(line))
    end = next(i for i, line in enumerate(lines) if i > start and ANNEX_END.match(line))
    out: list[tuple[int, str]] = []
    i = start + 1
    while i < end:
        line = lines[i].rstrip()
        if any(p.match(line) for p in FURNITURE):
            i += 1
            continue
        if TEMPLATE_FOOTNOTE.match(line):
            # The Decision's own footnote: runs to the line ending with its ELI "...oj)."
            while i < end and lines[i].strip() and not TEMPLATE_FOOTNOTE_END.search(lines[i]):
                i += 1
            i += 1
            continue
        if ANSWER_FOOTNOTE.match(line):
            # The strategy's footnote: runs to a blank line or a page-continuation line
            # (the text layer starts the next page's first line with a space).
            i += 1
            while i < end and lines[i].strip() and not lines[i].startswith(" ") \
                    and not any(p.match(lines[i]) for p in FURNITURE) and not ANSWER_FOOTNOTE.match(lines[i]):
                i += 1
            continue
        out.append((i + 1, line.strip()))
        i += 1
    return out


def load_sections(yaml_path: Path = YAML_PATH) -> list[dict]:
    """The YAML's sections in Annex order."""
    return yaml.safe_load(yaml_path.read_text(encoding="utf-8"))["sections"]


def _is_heading(line: str, section_id: str) -> bool:
    m = HEADING.match(line)
    if not m or m.group(1) != section_id:
        return False
    first_word = m.group(2).split()[0]
    if "." not in section_id:
        # Top-level Annex headings are printed in capitals ("1. CONTEXT ...").
        return len(first_word) >= 3 and first_word.isupper()
    return first_word[:1].isupper()


def paragraphs(lines: list[tuple[int, str]], section_ids: list[str]) -> list[tuple[str | None, Paragraph]]:
    """Group annex lines into paragraphs; headings are tagged with their section id.

    Returns:
        (section id if the paragraph is a heading else None, paragraph) in order.
    """
    out: list[tuple[str | None, Paragraph]] = []
    expected = list(section_ids)
    current: Paragraph | None = None
    current_heading: str | None = None
    blank = False
    for number, line in lines:
        if not line:
            blank = True
            continue
        if expected and _is_heading(line, expected[0]):
            current_heading = expected.pop(0)
            current = Paragraph([line], number)
            out.append((current_heading, current))
            blank = False
            continue
        starts_lower = line[:1].islower()
        if current is not None and current_heading is not None:
            # Headings wrap only onto lines starting in lower case.
            if starts_lower and not current.lines[-1].rstrip().endswith(":"):
                current.lines.append(line)
                blank = False
                continue
        elif current is not None and not line.startswith(BULLET):
            prev = current.lines[-1]
            if starts_lower or not SENTENCE_END.search(prev) or not blank:
                current.lines.append(line)
                blank = False
                continue
        current = Paragraph([line], number)
        current_heading = None
        out.append((None, current))
        blank = False
    if expected:
        raise SystemExit(f"headings not found in seed: {expected}")
    return out


def extract(seed_text: str, sections: list[dict]) -> dict[str, dict]:
    """Extract heading, instructions and questions per section from the seed.

    Returns:
        section id -> {"heading", "instructions": [...], "questions": [...], "lines": [...]}
    """
    ids = [s["id"] for s in sections]
    paras = paragraphs(annex_lines(seed_text), ids)
    result: dict[str, dict] = {}
    state = "answer"
    sec: dict | None = None
    for k, (heading_id, para) in enumerate(paras):
        if heading_id is not None:
            sec = {"heading": para.text, "instructions": [], "questions": [], "lines": [para.first_line]}
            result[heading_id] = sec
            state = "instructions"
            continue
        if sec is None or state == "answer":
            continue
        if para.bulleted:
            sec["questions"].append(para.text)
            sec["lines"].append(para.first_line)
            state = "questions"
        elif state == "instructions" and para.width >= WIDE_LINE:
            sec["instructions"].append(para.text)
            sec["lines"].append(para.first_line)
        elif state == "questions" and para.width >= WIDE_LINE and k + 1 < len(paras) \
                and paras[k + 1][0] is None and paras[k + 1][1].bulleted:
            # A question whose dash bullet was lost (Annex section 2.6, second bullet).
            sec["questions"].append(para.text)
            sec["lines"].append(para.first_line)
        else:
            state = "answer"
    return result


def split_sentences(text: str) -> list[str]:
    """Split at sentence ends followed by a capital (enough for the Annex's prose)."""
    return [s for s in re.split(r"(?<=[.?!])\s+(?=[A-Z])", text) if s]


def title_of(heading: str) -> str:
    """Heading without its number and trailing punctuation."""
    m = HEADING.match(heading)
    body = m.group(2) if m else heading
    return body.rstrip(" :.;").strip()


def build_nl(seed_path: Path = SEED, yaml_path: Path = YAML_PATH) -> dict:
    """Build the Dutch pack (see :mod:`analyser.template` for the format)."""
    seed_text = seed_path.read_text(encoding="utf-8")
    sections = load_sections(yaml_path)
    found = extract(seed_text, sections)
    pack_sections: dict[str, dict] = {}
    key_elements: dict[str, str] = {}
    for s in sections:
        sid = s["id"]
        got = found[sid]
        kes = [k["id"] for k in s["key_elements"]]
        p_ids = [k for k in kes if k.endswith(".p")]
        q_ids = [k for k in kes if not k.endswith(".p")]
        questions: dict[str, str] = {}
        if got["questions"]:
            if len(got["questions"]) != len(q_ids):
                raise SystemExit(f"section {sid}: {len(got['questions'])} questions, YAML has {q_ids}")
            questions = dict(zip(q_ids, got["questions"]))
            key_elements.update(questions)
        elif q_ids:
            # Section 1: no bullets; its key elements are the requests of its paragraph.
            sentences = split_sentences(" ".join(got["instructions"]))
            if len(q_ids) != 3 or len(sentences) != 2:
                raise SystemExit(f"section {sid}: cannot split instruction into {q_ids}")
            main, clause = sentences[1].split(SECTION1_SPLIT["nl"], 1)
            key_elements.update(dict(zip(q_ids, [sentences[0], main, SECTION1_SPLIT["nl"].lstrip(", ") + clause])))
        if p_ids:
            if not got["instructions"]:
                raise SystemExit(f"section {sid}: no instruction paragraph for {p_ids[0]}")
            key_elements[p_ids[0]] = "\n\n".join(got["instructions"])
        pack_sections[sid] = {
            "heading": got["heading"],
            "title": title_of(got["heading"]),
            "instructions": got["instructions"],
            "questions": questions,
        }
        print(f"{sid:6} lines {got['lines']}", file=sys.stderr)
    order = [k["id"] for s in sections for k in s["key_elements"]]
    return {
        "template": TEMPLATE_ID,
        "language": "nl",
        "official": True,
        "source": (
            "Annex to Commission Implementing Decision (EU) 2025/503 of 18 March 2025 (OJ L, 20.3.2025, "
            "ELI: http://data.europa.eu/eli/dec_impl/2025/503/oj), Dutch version, as reproduced in the Dutch "
            "national asylum and migration management strategy; extracted by scripts/build_template.py from "
            f"src/analyser/data/seed/nl-annex-seed.txt (sha256 {hashlib.sha256(seed_text.encode()).hexdigest()})"
        ),
        "sections": pack_sections,
        "key_elements": {k: key_elements[k] for k in order},
    }


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
