"""Extract a template pack from the text of Decision (EU) 2025/503 in any language.

Given the text of Commission Implementing Decision (EU) 2025/503 (or of a
national strategy that reproduces its Annex), :func:`extract_template_pack`
finds the Annex and returns a template pack in the format documented in
:mod:`analyser.template`: headings, guidance paragraphs ("instructions") and
dash-bullet questions per section, and the wording per key element.

How the Annex is read (structural cues only, no language knowledge needed):

* the Annex starts after a line that is only the Annex title (``ANNEX``,
  ``BIJLAGE``, ``ANHANG``, ``ANNEXE``, ``ALLEGATO``, ``ПРИЛОЖЕНИЕ``,
  ``MELLÉKLET``, ``ANEXA`` ...) and is followed later by a ``2.1.1`` heading;
  without such a line, at the first line numbered ``1.``. It ends at a
  numbered annex of the strategy (``BIJLAGE 1 – ...``, ``Annex I – ...``);
* page furniture is dropped: running headers (``NL PB L van ...``,
  ``EN OJ L, ...``), ELI lines, page numbers, the Decision's footnotes
  (``(1) ...`` up to the line ending in ``oj).``) and, in line-wrapped text,
  a strategy's own footnotes (``4 Tweede Kamer ...``);
* headings are found in the order of ``key_elements.yaml`` (``2.1.1.`` at the
  start of a line, capitalised; top-level headings in capitals, with a relaxed
  second pass); table-of-contents lines (dot leaders, page numbers) are
  ignored; a heading wraps onto following lines starting in lower case;
* lines are joined into paragraphs (a paragraph continues when the next line
  starts in lower case, the previous line does not end a sentence, or no blank
  line separates them; a dash bullet and a heading always start a paragraph);
* after a heading come the instruction paragraph(s) (at most as many as the
  Annex has in that section), then the dash-bullet questions (``—``, ``–``,
  ``-``), assigned in order to the section's non-``p`` key elements. In a
  line-wrapped text whose template paragraphs are set in a wider measure than
  the rest (the Official Journal's layout around a strategy's own text, as in
  the Dutch seed) an unbulleted paragraph is template text only if it is in the
  wide measure;
* the first unbulleted paragraph that is not an instruction is an answer.
  Collection of the section's instructions stops there. Questions may still
  follow when the strategy answers each question in turn (answers interleaved
  between the template's bullets): a later dash bullet is a question only if it
  uses the same bullet character as the document's template questions, the
  paragraph before it does not introduce a list (does not end in ``:``) and the
  section still has key elements left.

Section 1 has no bullets; its key elements 1.a-1.c are taken from the sentences
of its instruction (1.a the first sentence, 1.b the second, 1.c the second
sentence's "taking into account ..." clause where the clause marker is known
for the language, see :data:`SECTION1_SPLIT`).

Usage::

    from pathlib import Path
    from analyser.template import load_template
    from analyser.template_extract import extract_template_file, write_pack

    pack = extract_template_file(Path("decision-2025-503-de.pdf"), "de")
    path = write_pack(pack, Path("packs"))          # packs/de.json
    tpl = load_template(packs_dir=Path("packs"))
    tpl.section("2.1.1").headings["de"]

Command line (wired by :mod:`analyser.cli`)::

    analyser template extract decision-de.pdf --lang de --out packs/
"""

from __future__ import annotations

import html.parser
import json
import re
import statistics
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from analyser.errors import Errors, TemplateError
from analyser.lexicon import (
    ANNEX_WORDS,
    APPENDIX_WORDS,
    CLAUSE_END_PUNCT,
    CONJUNCTIONS,
    HYPHEN_PREFIXES,
    OJ_NAMES,
    SECTION1_SPLIT,
    SENTENCE_END_PUNCT,
)
from analyser.io import write_text_atomic

TEMPLATE_ID = "eu-2025-503"
MIN_HEADINGS = 5

BULLETS = ("—", "–", "-")
_ANNEX_ALT = "|".join(re.escape(w) for w in ANNEX_WORDS + APPENDIX_WORDS)
ANNEX_START = re.compile(rf"^\s*(?:{_ANNEX_ALT})\s*$", re.IGNORECASE)
ANNEX_END = re.compile(
    rf"^\s*(?:(?:{_ANNEX_ALT})\s+(?:\d+|[IVX]+)\b|\d+\.\s*(?:{_ANNEX_ALT})\b)", re.IGNORECASE
)
HEADING = re.compile(r"^\s*(?:([^\W\d_][\w]*)\s+)?(\d+(?:\.\d+)*)(\.?)\s+(?:([—–-])\s+)?(\S.*)$")
"""``[word] number[.] [dash] title``: ``2.1.1. Elements ...`` or ``Secțiunea 2.1.1 — Elemente ...``."""
HAS_211 = re.compile(r"^\s*(?:[^\W\d_]\w*\s+)?2\.1\.1\.?\s")
TOC_LINE = re.compile(r"(?:\.\s*){4,}|…{2,}|\s\d{1,3}\s*$")
FURNITURE = [
    re.compile(rf"^\s*[A-Z]{{2}}\s+(?:{'|'.join(OJ_NAMES)})\s+L\b"),
    re.compile(r"^\s*ELI:\s*\S*eli/dec_impl/"),
    re.compile(r"^\s*/\d+\s*$"),
    re.compile(r"^\s*\d{1,3}\s*$"),
]
TEMPLATE_FOOTNOTE = re.compile(r"^\s*\(\d+\)\s+\S")
TEMPLATE_FOOTNOTE_END = re.compile(r"oj\)?\.\s*$")
ANSWER_FOOTNOTE = re.compile(r"^\d{1,2} [A-Z“‘\"]")
SENTENCE_END = re.compile(rf"[{re.escape(SENTENCE_END_PUNCT + CLAUSE_END_PUNCT)}]\s*$")

ANNEX_INSTRUCTIONS = {"1": 1, "2": 1, "2.1.1": 2, "2.1.2": 2, "2.2": 2, "2.3": 2, "2.4": 2, "2.5": 2, "2.6": 2}
"""Number of guidance paragraphs per section in the Annex (language-independent structure)."""

WIDE_FACTOR = 0.82
"""An unbulleted paragraph is in the template's wide measure when its longest line reaches this share
of the median width of the document's dash-bullet paragraphs (line-wrapped input only)."""


@dataclass
class Paragraph:
    """Consecutive lines read as one paragraph."""

    lines: list[str] = field(default_factory=list)
    heading: str | None = None

    @property
    def text(self) -> str:
        """The lines joined into one text (:func:`join_lines`)."""
        return join_lines(self.lines)

    @property
    def width(self) -> int:
        """Characters in the longest line (the measure the paragraph is set in)."""
        return max((len(line.strip()) for line in self.lines), default=0)

    @property
    def bullet(self) -> str | None:
        """The bullet opening the first line (one of :data:`BULLETS`), or None."""
        first = self.lines[0].lstrip()
        for b in BULLETS:
            if first.startswith(b) and (len(first) == len(b) or first[len(b)].isspace()):
                return b
        return None


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


def _yaml_sections() -> list[dict]:
    ref = resources.files("analyser").joinpath("data", "key_elements.yaml")
    return yaml.safe_load(ref.read_text(encoding="utf-8"))["sections"]


def _annex_lines(text: str) -> list[str]:
    """The Annex part of the text, page furniture and the Decision's footnotes removed ("" = blank)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = None
    for i, line in enumerate(lines):
        if ANNEX_START.match(line) and any(HAS_211.match(ln) for ln in lines[i + 1:]):
            start = i + 1
            break
    if start is None:
        for i, line in enumerate(lines):
            if re.match(r"^\s*(?:[^\W\d_]\w*\s+)?1(?:\.|\s+[—–-])\s+\S", line) and not TOC_LINE.search(line) \
                    and any(HAS_211.match(ln) for ln in lines[i + 1:]):
                start = i
                break
    if start is None:
        return []
    end = next((i for i in range(start, len(lines)) if ANNEX_END.match(lines[i])), len(lines))
    body = [ln for ln in lines[start:end] if ln.strip()]
    pairs = sum(1 for a, b in zip(lines[start:end], lines[start + 1:end]) if a.strip() and b.strip())
    wrapped = len(body) > 20 and pairs > 0.3 * len(body)
    out: list[str] = []
    i = start
    while i < end:
        line = lines[i].rstrip()
        if any(p.match(line) for p in FURNITURE):
            i += 1
            continue
        if TEMPLATE_FOOTNOTE.match(line):
            # The Decision's own footnote: runs to the line ending with its ELI "...oj)."
            j = i
            while j < end and lines[j].strip() and not TEMPLATE_FOOTNOTE_END.search(lines[j]):
                j += 1
            if j < end and lines[j].strip() and j - i < 6:
                i = j + 1
                continue
        if wrapped and ANSWER_FOOTNOTE.match(line):
            # A strategy's own footnote in a line-wrapped text layer: runs to a blank line or to a
            # page-continuation line (the text layer starts the next page's first line with a space).
            i += 1
            while i < end and lines[i].strip() and not lines[i].startswith(" ") \
                    and not any(p.match(lines[i]) for p in FURNITURE) and not ANSWER_FOOTNOTE.match(lines[i]):
                i += 1
            continue
        out.append(line.strip())
        i += 1
    return out


def _heading_match(line: str, section_id: str, strict: bool) -> bool:
    m = HEADING.match(line)
    if not m or m.group(2) != section_id or TOC_LINE.search(line):
        return False
    if m.group(1) and not (m.group(1)[:1].isupper() and m.group(4)):
        return False  # a word before the number only as in "Section 2.1 — Title"
    if "." not in section_id and not (m.group(3) or m.group(4)):
        return False
    words = m.group(5).split()
    first = words[0]
    if not first[:1].isupper():
        return False
    if "." not in section_id:
        if strict:
            # Top-level Annex headings are printed in capitals ("1. CONTEXT ...").
            return sum(c.isalpha() for c in first) >= 2 and first.isupper()
        return not line.rstrip().endswith(".") and len(line) < 250
    return True


def _paragraphs(lines: list[str], section_ids: list[str], strict: bool) -> list[Paragraph]:
    """Group annex lines into paragraphs; heading paragraphs carry their section id."""
    out: list[Paragraph] = []
    expected = list(section_ids)
    current: Paragraph | None = None
    blank = False
    for line in lines:
        if not line:
            blank = True
            continue
        hit = next((k for k, sid in enumerate(expected[:3]) if _heading_match(line, sid, strict)), None)
        if hit is not None:
            sid = expected[hit]
            del expected[: hit + 1]
            current = Paragraph([line], heading=sid)
            out.append(current)
            blank = False
            continue
        starts_lower = line[:1].islower()
        bullet = Paragraph([line]).bullet is not None
        if current is not None and current.heading is not None:
            # Headings wrap only onto lines starting in lower case.
            if starts_lower and not current.lines[-1].rstrip().endswith(":"):
                current.lines.append(line)
                blank = False
                continue
        elif current is not None and not bullet:
            prev = current.lines[-1]
            if starts_lower or not SENTENCE_END.search(prev) or not blank:
                current.lines.append(line)
                blank = False
                continue
        current = Paragraph([line])
        out.append(current)
        blank = False
    return out


def _extract(paras: list[Paragraph], q_counts: dict[str, int]) -> dict[str, dict]:
    """Heading, instructions and questions per section found in the paragraphs."""
    wrapped = any(len(p.lines) > 1 for p in paras if p.heading is None)
    bullet_widths = [p.width for p in paras if p.bullet and len(p.lines) > 1]
    wide = WIDE_FACTOR * statistics.median(bullet_widths) if wrapped and bullet_widths else 0.0
    bullets = [p.bullet for p in paras if p.bullet]
    qbullet = max(set(bullets), key=lambda b: (b == "—", bullets.count(b))) if bullets else None
    # The document's template bullet: the first bullet right after a heading or an instruction.
    result: dict[str, dict] = {}
    sec: dict | None = None
    sid = ""
    state = "answer"
    prev: Paragraph | None = None
    for k, para in enumerate(paras):
        if para.heading is not None:
            sid = para.heading
            sec = {"heading": para.text, "instructions": [], "questions": []}
            result[sid] = sec
            state = "instructions"
            prev = para
            continue
        if sec is None:
            prev = para
            continue
        full = len(sec["questions"]) >= q_counts.get(sid, 0)
        is_wide = not wide or para.width >= wide
        if para.bullet:
            if not full and para.bullet == qbullet and is_wide and (
                    state != "answer" or (prev is not None and not prev.text.rstrip().endswith(":")
                                          and not prev.bullet)):
                sec["questions"].append(para.text)
                state = "questions"
            elif state == "instructions":
                state = "answer"
        elif state == "instructions" and is_wide and len(sec["instructions"]) < ANNEX_INSTRUCTIONS.get(sid, 0):
            sec["instructions"].append(para.text)
        elif state == "questions" and wide and is_wide and not full and k + 1 < len(paras) \
                and paras[k + 1].heading is None and paras[k + 1].bullet:
            # A question whose dash bullet was lost in the PDF text layer (between two bullets).
            sec["questions"].append(para.text)
        else:
            state = "answer"
        prev = para
    return result


def _split_sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſА-ЯΑ-Ω])", text) if s]


def _title_of(heading: str) -> str:
    m = HEADING.match(heading)
    body = m.group(5) if m else heading
    return body.rstrip(" :.;").strip()


def extract_template_pack(text: str, language: str, *, source: str = "") -> dict:
    """Extract the Annex template pack from a text of Decision (EU) 2025/503 (any language).

    Args:
        text: the Decision's text (or a strategy reproducing the Annex); plain
            text with paragraphs separated by blank lines or wrapped lines.
        language: ISO 639-1 code of the text (the pack's ``language``).
        source: free text recorded as the pack's ``source``.

    Returns:
        A template pack (see :mod:`analyser.template`), ``"official": True``,
        with every section whose heading was found.

    Raises:
        TemplateError: E201 when fewer than 5 Annex headings are found.
    """
    sections = _yaml_sections()
    ids = [s["id"] for s in sections]
    q_ids = {s["id"]: [k["id"] for k in s["key_elements"] if not k["id"].endswith(".p")] for s in sections}
    lines = _annex_lines(text)
    best: list[Paragraph] = []
    for strict in (True, False):
        paras = _paragraphs(lines, ids, strict)
        if sum(p.heading is not None for p in paras) > sum(p.heading is not None for p in best):
            best = paras
        if sum(p.heading is not None for p in best) == len(ids):
            break
    n_headings = sum(p.heading is not None for p in best)
    if n_headings < MIN_HEADINGS:
        raise TemplateError(Errors.E201, path=source or "<text>", reason="no Annex headings found")
    # Sections 1's key elements have no bullets: they are not counted as questions.
    q_counts = {sid: len(q) for sid, q in q_ids.items() if sid != "1"}
    found = _extract(best, q_counts)

    pack_sections: dict[str, dict] = {}
    key_elements: dict[str, str] = {}
    for s in sections:
        sid = s["id"]
        if sid not in found:
            continue
        got = found[sid]
        kes = [k["id"] for k in s["key_elements"]]
        p_ids = [k for k in kes if k.endswith(".p")]
        questions = dict(zip(q_ids[sid], got["questions"]))
        key_elements.update(questions)
        if sid == "1" and q_ids[sid] and got["instructions"]:
            sentences = _split_sentences(" ".join(got["instructions"]))
            if len(sentences) >= 2:
                key_elements[q_ids[sid][0]] = sentences[0]
                marker = SECTION1_SPLIT.get(language)
                rest = " ".join(sentences[1:])
                if marker and marker in rest and len(q_ids[sid]) >= 3:
                    main, clause = rest.split(marker, 1)
                    key_elements[q_ids[sid][1]] = main
                    key_elements[q_ids[sid][2]] = marker.lstrip(", ") + clause
                else:
                    key_elements[q_ids[sid][1]] = rest
        if p_ids and got["instructions"]:
            key_elements[p_ids[0]] = "\n\n".join(got["instructions"])
        pack_sections[sid] = {
            "heading": got["heading"],
            "title": _title_of(got["heading"]),
            "instructions": got["instructions"],
            "questions": questions,
        }
    order = [k["id"] for s in sections for k in s["key_elements"]]
    return {
        "template": TEMPLATE_ID,
        "language": language,
        "official": True,
        "source": source,
        "sections": pack_sections,
        "key_elements": {k: key_elements[k] for k in order if k in key_elements},
    }


class _HTMLText(html.parser.HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
             "article", "ul", "ol", "dd", "dt", "blockquote", "hr"}
    SKIP = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        raw = "".join(self.parts)
        paras = [p.strip() for p in re.split(r"\n\s*\n", raw)]
        return "\n\n".join(p for p in paras if p)


def html_to_text(markup: str) -> str:
    """Text of an HTML page: tags stripped, block elements as paragraphs separated by blank lines."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    return parser.text()


def extract_template_file(path: Path | str, language: str) -> dict:
    """Extract a template pack from a ``.txt``, ``.pdf`` or ``.html`` file of Decision (EU) 2025/503.

    Raises:
        TemplateError: E514 for a language that is not a known ISO 639-1
            code (checked first); E201 when the file cannot be read or has no Annex headings.
        ParseError: from :func:`analyser.parse.parse` for unreadable PDFs.
    """
    language = check_language(language)
    p = Path(path)
    suffix = p.suffix.lower()
    try:
        if suffix == ".pdf":
            from analyser.parse import parse

            doc = parse(p)
            text = "\n\n".join(b.text for b in doc.blocks if b.kind not in ("header_footer", "footnote"))
        elif suffix in (".html", ".htm", ".xhtml"):
            text = html_to_text(p.read_text(encoding="utf-8", errors="replace"))
        else:
            text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(Errors.E201, path=p, reason=str(exc)) from exc
    source = f"Annex to Commission Implementing Decision (EU) 2025/503, extracted from {p.name}"
    try:
        return extract_template_pack(text, language, source=source)
    except TemplateError as exc:
        if exc.code == Errors.E201.code:
            raise TemplateError(Errors.E201, path=p, reason="no Annex headings found") from None
        raise


def check_language(language: str) -> str:
    """The language code of a template pack, validated and lower-cased: two letters, one of the EU languages.

    Any case is accepted (``"IT"`` gives ``"it"``).

    Raises:
        TemplateError: E514 for anything else (a path such as ``/ABSX`` never becomes a file name).
    """
    from analyser.text import EU_LANGUAGES

    code = language.strip().lower() if isinstance(language, str) else ""
    if not re.fullmatch(r"[a-z]{2}", code):
        raise TemplateError(Errors.E514, path=repr(language), reason="expected two letters (ISO 639-1), e.g. 'it'")
    if code not in EU_LANGUAGES:
        raise TemplateError(Errors.E514, path=repr(language), reason=f"not one of the EU languages {', '.join(EU_LANGUAGES)}")
    return code


def write_pack(pack: dict, out_dir: Path | str) -> Path:
    """Write ``<out_dir>/<language>.json`` atomically, readable by all (mode 0644, :mod:`analyser.io`).

    Raises:
        TemplateError: E514 when ``pack["language"]`` is not a known language code.
    """
    language = check_language(pack["language"])
    target = Path(out_dir) / f"{language}.json"
    write_text_atomic(target, json.dumps(pack, ensure_ascii=False, indent=2) + "\n")
    return target
