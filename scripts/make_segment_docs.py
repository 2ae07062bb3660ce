"""Build the segmentation test documents of issue 14 (gold JSON + plain text).

Usage: ``python scripts/make_segment_docs.py`` (from the repository root). Writes
``tests/data/segment_docs/<doc_id>.gold.json`` (tuning set: nl, de, fr, it, es) and
``tests/data/segment_heldout/<doc_id>.gold.json`` (held out from tuning: pl, sv and
the Dutch title-only document), each with a ``.txt`` rendering (blocks separated by
blank lines) that ``analyser analyse`` reads. Gold format: ``tests/data/gold/SCHEMA.md``.

Document kinds (``KINDS``): three-section excerpt with template wording, single
chapter, roman-numbered, chapter-numbered ("Kapitel 2: …") with paraphrased titles,
lettered, table of contents before the headings, mixed free/numbered, own numbering
colliding with the Annex's ("2.1 Staff" under Annex 2.6), titles without number.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from segment_docs_text import TEXT  # noqa: E402
from segment_docs_text_fihu import FIHU_KINDS, PARENT_FIHU, TEXT_FIHU  # noqa: E402
from segment_docs_text_more import PARENT, TEXT_MORE  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PACK = json.loads((ROOT / "src/analyser/data/templates/nl.json").read_text(encoding="utf-8"))
HELDOUT_LANGS = ("pl", "sv", "cs", "fi", "hu")
LANGS = {**TEXT, **TEXT_MORE, **TEXT_FIHU}
PARENT = {**PARENT, **PARENT_FIHU}
# languages built in a few shapes only (held out: own chapters and free parts)
ONLY_KINDS = {lang: FIHU_KINDS for lang in TEXT_FIHU}
ROMAN = ("I", "II", "III", "IV")


def lang_text(lang: str) -> dict:
    """The wording of one language; Dutch template text from the official pack."""
    t = dict(LANGS[lang])
    t["parent"] = PARENT.get(lang, {})
    if lang == "nl":
        secs = PACK["sections"]
        t["parent"] = {s: secs[s]["title"].rstrip(":").split(" (")[0] for s in ("2.1", "2.2", "2.3")}
        t["heading"] = {s: secs[s]["title"].rstrip(":") for s in ("2.1.2", "2.2.2", "2.3.3", "2.3.4", "2.6")}
        t["q"] = {k: v.lstrip("—– ").strip() for s in ("2.2.2", "2.3.3", "2.6") for k, v in secs[s]["questions"].items()}
        t["instr"] = {"2.6": secs["2.6"]["instructions"][0]}
    return t


class Doc:
    def __init__(self, doc_id: str, lang: str):
        self.doc_id, self.lang, self.blocks = doc_id, lang, []

    def add(self, role: str, section: str | None, text: str, ke: str | None = None) -> None:
        self.blocks.append({"id": f"b{len(self.blocks) + 1:04d}", "role": role, "section": section, "key_element": ke, "text": text})

    def answers(self, t: dict, sec: str, which=(0, 1)) -> None:
        for k in which:
            self.add("answer", sec, t["ans"][sec][k])

    def question(self, t: dict, ke: str) -> None:
        sec = ke.rsplit(".", 1)[0]
        self.add("template_question", sec, "— " + t["q"][ke], ke)

    def gold(self, kind: str) -> dict:
        return {
            "doc_id": self.doc_id, "country": "XZ", "language": self.lang, "template": "eu-2025-503",
            "title": self.blocks[0]["text"], "kind": kind, "blocks": self.blocks, "footnotes": [], "coverage": {},
        }


def excerpt3(d: Doc, t: dict) -> None:
    d.add("front_matter", None, t["title"])
    for sec, qs in (("2.2.2", ["2.2.2.a"]), ("2.3.3", ["2.3.3.a", "2.3.3.b"]), ("2.6", ["2.6.a", "2.6.c"])):
        d.add("section_heading", sec, f"{sec}. {t['heading'][sec]}")
        if sec in t["instr"]:
            d.add("template_instruction", sec, t["instr"][sec], "2.6.p")
        for q in qs:
            d.question(t, q)
        d.answers(t, sec)


def chapter1(d: Doc, t: dict) -> None:
    d.add("front_matter", None, t["title"])
    d.add("section_heading", "2.6", f"2.6. {t['heading']['2.6']}")
    d.add("template_instruction", "2.6", t["instr"]["2.6"], "2.6.p")
    d.question(t, "2.6.a")
    d.answers(t, "2.6", (0,))
    d.question(t, "2.6.c")
    d.answers(t, "2.6", (1,))


def roman(d: Doc, t: dict) -> None:
    d.add("front_matter", None, t["title"])
    d.add("section_heading", "2.2.2", f"I. {t['heading']['2.2.2']}")
    d.answers(t, "2.2.2")
    d.add("section_heading", "2.3.3", f"II. {t['para']['2.3.3']}")
    d.question(t, "2.3.3.a")
    d.answers(t, "2.3.3")
    d.add("section_heading", "2.6", f"III. {t['heading']['2.6']}")
    d.answers(t, "2.6")


def chapter(d: Doc, t: dict) -> None:
    d.add("front_matter", None, t["title"])
    for k, sec in enumerate(("2.2.2", "2.3.3", "2.6"), start=1):
        title = t["para"][sec] if sec != "2.3.3" else t["heading"][sec]
        d.add("section_heading", sec, f"{t['chapter']} {k}: {title}")
        if sec == "2.6":
            d.question(t, "2.6.a")
        d.answers(t, sec)


def letters(d: Doc, t: dict) -> None:
    d.add("front_matter", None, t["title"])
    for k, sec in zip("ABC", ("2.3.3", "2.3.4", "2.6")):
        d.add("section_heading", sec, f"{k}. {t['heading'][sec]}")
        d.answers(t, sec)


def toc(d: Doc, t: dict) -> None:
    d.add("front_matter", None, t["title"])
    d.add("front_matter", None, t["toc"])
    with_pages = d.lang in ("de", "it", "sv")
    for k, sec in enumerate(("2.1.2", "2.3.3", "2.6"), start=2):
        d.add("front_matter", None, f"{sec}. {t['heading'][sec]}" + (f" {k}" if with_pages else ""))
    for sec in ("2.1.2", "2.3.3", "2.6"):
        d.add("section_heading", sec, f"{sec}. {t['heading'][sec]}")
        if sec == "2.3.3":
            d.question(t, "2.3.3.b")
        d.answers(t, sec)


def mixed(d: Doc, t: dict) -> None:
    d.add("front_matter", None, t["title"])
    for sec in ("2.1.2", "2.3.4"):
        d.add("answer_heading", sec, t["own"][sec])
        d.answers(t, sec)
    d.add("section_heading", "2.3.3", f"2.3.3. {t['heading']['2.3.3']}")
    d.question(t, "2.3.3.a")
    d.answers(t, "2.3.3")
    d.add("section_heading", "2.6", f"2.6. {t['heading']['2.6']}")
    d.answers(t, "2.6")


def collide(d: Doc, t: dict) -> None:
    d.add("front_matter", None, t["title"])
    d.add("section_heading", "2.3.3", f"2.3.3. {t['heading']['2.3.3']}")
    d.answers(t, "2.3.3")
    d.add("section_heading", "2.6", f"2.6. {t['heading']['2.6']}")
    d.question(t, "2.6.a")
    d.add("answer_heading", "2.6", t["own"]["staff"])
    d.answers(t, "2.6", (0,))
    d.add("answer_heading", "2.6", t["own"]["it"])
    d.answers(t, "2.6", (1,))


def titleonly(d: Doc, t: dict) -> None:
    d.add("front_matter", None, t["title"])
    for sec in ("2.2.2", "2.3.3", "2.6"):
        d.add("section_heading", sec, t["heading"][sec])
        d.answers(t, sec)


def _bare(title: str) -> str:
    """An own sub-heading without its "2.1 " number."""
    return title.split(" ", 1)[1] if title[:1].isdigit() else title


def romansub(d: Doc, t: dict) -> None:
    """The Annex's chapters numbered I.–IV. with sub-sections "I.1", "III.2" (paraphrased or own titles)."""
    d.add("front_matter", None, t["title"])
    d.add("section_heading", "2.1", f"I. {t['parent']['2.1']}")
    d.add("section_heading", "2.1.2", f"I.1 {t['own']['2.1.2']}")
    d.answers(t, "2.1.2")
    d.add("section_heading", "2.2", f"II. {t['parent']['2.2']}")
    d.add("section_heading", "2.2.2", f"II.1 {t['para']['2.2.2']}")
    d.answers(t, "2.2.2")
    d.add("section_heading", "2.3", f"III. {t['parent']['2.3']}")
    d.add("section_heading", "2.3.3", f"III.1 {t['para']['2.3.3']}")
    d.question(t, "2.3.3.a")
    d.answers(t, "2.3.3")
    d.add("section_heading", "2.3.4", f"III.2 {t['own']['2.3.4']}")
    d.answers(t, "2.3.4")
    d.add("section_heading", "2.6", f"IV. {t['para']['2.6']}")
    d.answers(t, "2.6")


def chapletters(d: Doc, t: dict) -> None:
    """Chapters "Kapitel 1–3" with lettered sub-sections; under 2.6 the letters are the document's own sub-division."""
    d.add("front_matter", None, t["title"])
    d.add("section_heading", "2.2", f"{t['chapter']} 1 – {t['parent']['2.2']}")
    d.add("section_heading", "2.2.2", f"A. {t['para']['2.2.2']}")
    d.answers(t, "2.2.2")
    d.add("section_heading", "2.3", f"{t['chapter']} 2 – {t['parent']['2.3']}")
    d.add("section_heading", "2.3.3", f"A. {t['para']['2.3.3']}")
    d.answers(t, "2.3.3")
    d.add("section_heading", "2.3.4", f"B. {t['own']['2.3.4']}")
    d.answers(t, "2.3.4")
    d.add("section_heading", "2.6", f"{t['chapter']} 3 – {t['para']['2.6']}")
    d.question(t, "2.6.a")
    d.add("answer_heading", "2.6", f"A. {_bare(t['own']['staff'])}")
    d.answers(t, "2.6", (0,))
    d.add("answer_heading", "2.6", f"B. {_bare(t['own']['it'])}")
    d.answers(t, "2.6", (1,))


def paraphr(d: Doc, t: dict) -> None:
    """Unnumbered own headings that paraphrase the Annex titles, not in the Annex's order, no template text."""
    d.add("front_matter", None, t["title"])
    for sec, title in (("2.3.3", t["para"]["2.3.3"]), ("2.2.2", t["para"]["2.2.2"]), ("2.6", t["para"]["2.6"]),
                       ("2.3.4", t["own"]["2.3.4"]), ("2.1.2", t["own"]["2.1.2"])):
        d.add("answer_heading", sec, title)
        d.answers(t, sec)


def mixedown(d: Doc, t: dict) -> None:
    """A free part of three own unnumbered chapters, then two Annex-numbered sections."""
    d.add("front_matter", None, t["title"])
    for sec, title in (("2.1.2", t["own"]["2.1.2"]), ("2.2.2", t["para"]["2.2.2"]), ("2.3.4", t["own"]["2.3.4"])):
        d.add("answer_heading", sec, title)
        d.answers(t, sec)
    d.add("section_heading", "2.3.3", f"2.3.3. {t['heading']['2.3.3']}")
    d.answers(t, "2.3.3")
    d.add("section_heading", "2.6", f"2.6. {t['heading']['2.6']}")
    d.question(t, "2.6.a")
    d.answers(t, "2.6")


KINDS = {f.__name__: f for f in (excerpt3, chapter1, roman, chapter, letters, toc, mixed, collide, titleonly,
                                 romansub, chapletters, paraphr, mixedown)}


def build() -> list[Path]:
    """Write every document; returns the gold paths written."""
    written = []
    for lang in LANGS:
        t = lang_text(lang)
        for kind, fn in KINDS.items():
            if lang in ONLY_KINDS and kind not in ONLY_KINDS[lang]:
                continue
            doc_id = f"seg-{lang}-{kind}"
            d = Doc(doc_id, lang)
            fn(d, t)
            written.append(write_doc(d, kind, held=lang in HELDOUT_LANGS or (lang == "nl" and kind == "titleonly")))
    return written


def own_chapters(d: Doc, t: dict, order: tuple[str, ...]) -> None:
    """The ``paraphr2``…``paraphr8`` shapes: a title, then one own unnumbered chapter per Annex section of ``order``
    (``t[section]`` = (a title paraphrasing the Annex's, its answers)), no template text."""
    d.add("front_matter", None, t["title"])
    for sec in order:
        title, answers = t[sec]
        d.add("answer_heading", sec, title)
        for a in answers:
            d.add("answer", sec, a)


def chapter_list(d: Doc, t: dict) -> None:
    """The ``paraphr9``/``paraphr10`` shapes: a title, then own unnumbered chapters (``t["chapters"]``: a list of
    (a title paraphrasing Annex sections, [(Annex section, paragraph), ...])) that may merge two sections or split
    one, in any order, no template text; a chapter's heading takes the gold section of its first paragraph, each
    paragraph keeps its own."""
    d.add("front_matter", None, t["title"])
    for title, paragraphs in t["chapters"]:
        d.add("answer_heading", paragraphs[0][0], title)
        for sec, text in paragraphs:
            d.add("answer", sec, text)


def write_doc(d: Doc, kind: str, held: bool) -> Path:
    """Write ``d`` as ``<doc_id>.txt`` and ``<doc_id>.gold.json`` under tests/data/segment_heldout (``held``) or
    segment_docs; returns the gold path."""
    folder = ROOT / "tests/data" / ("segment_heldout" if held else "segment_docs")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{d.doc_id}.gold.json"
    path.write_text(json.dumps(d.gold(kind), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (folder / f"{d.doc_id}.txt").write_text("\n\n".join(b["text"] for b in d.blocks) + "\n", encoding="utf-8")
    return path


def build_set(texts: dict, kinds: dict, held: bool) -> list[Path]:
    """Write one document per language of ``texts`` and shape of ``kinds`` (name → builder) with :func:`write_doc`;
    returns the gold paths written."""
    written = []
    for lang, t in texts.items():
        for kind, fn in kinds.items():
            d = Doc(f"seg-{lang}-{kind}", lang)
            fn(d, t)
            written.append(write_doc(d, kind, held=held))
    return written


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
