"""Render each development document in a second layout and measure what the parser keeps of its answers.

The second layout (reportlab platypus, unlike the Word exports of the corpus):
justified text hyphenated at line ends in the document's language (pyphen
through reportlab's ``hyphenationLang``), two columns, the title as a running
header on every page and "page N" as a footer, bold headings, dash list items,
footnote markers as superscripts and the footnotes gathered as endnotes under a
"Notes" title at the end.

Measures, per document, against the gold blocks (``tests/data/gold``):

* answer-word recall: the share of the words of the gold answer blocks
  (``answer``, ``answer_list_item``, ``answer_heading``; multiset of
  lower-cased words stripped of punctuation) found in the parsed body blocks
  (running headers/footers and footnotes left out);
* split words: parsed words that are a gold word cut in two, either kept
  with the hyphen ("migra-tie" where only "migratie" is a gold word) or as
  two words ("migra tie").

Usage::

    PYTHONPATH=src python scripts/layout_recall.py [--out DIR] [DOC_ID ...]

Prints one line per document and the overall figures; exits 1 when the
overall recall is below 0.995 or any word is split.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "gold"
ANSWER_ROLES = ("answer", "answer_list_item", "answer_heading")
HEADING_ROLES = ("section_heading", "answer_heading")
PYPHEN_LANG = {
    "bg": "bg_BG", "cs": "cs_CZ", "da": "da_DK", "de": "de_DE", "el": "el_GR", "en": "en_GB", "es": "es_ES",
    "et": "et_EE", "fi": "fi_FI", "fr": "fr_FR", "ga": "ga_IE", "hr": "hr_HR", "hu": "hu_HU", "it": "it_IT",
    "lt": "lt_LT", "lv": "lv_LV", "mt": "mt_MT", "nl": "nl_NL", "pl": "pl_PL", "pt": "pt_PT", "ro": "ro_RO",
    "sk": "sk_SK", "sl": "sl_SI", "sv": "sv_SE",
}
_STRIP = ".,;:!?()[]{}\"'«»„“”‘’*/…"


def norm_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` with surrounding punctuation removed (empty ones dropped)."""
    out = []
    for tok in text.split():
        tok = tok.strip(_STRIP).lower()
        if tok and any(ch.isalnum() for ch in tok):
            out.append(tok)
    return out


def hyphenation_language(lang: str) -> str:
    """The pyphen dictionary for an ISO 639-1 code: its own, else a related one (fi -> et), else "" (none)."""
    import pyphen

    for code in (PYPHEN_LANG.get(lang, ""), {"fi": "et_EE"}.get(lang, "")):
        if code and pyphen.language_fallback(code):
            return code
    return ""


def _fonts() -> tuple[str, str]:
    """DejaVu Sans (regular, bold) for every script; Helvetica when not installed."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    base = Path("/usr/share/fonts/truetype/dejavu")
    if (base / "DejaVuSans.ttf").exists() and (base / "DejaVuSans-Bold.ttf").exists():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(base / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(base / "DejaVuSans-Bold.ttf")))
        from reportlab.lib.fonts import addMapping

        addMapping("DejaVuSans", 0, 0, "DejaVuSans")
        addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
        addMapping("DejaVuSans", 0, 1, "DejaVuSans")
        addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")
        return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def render(gold: dict, path: Path) -> None:
    """Write the gold document as a justified, hyphenated, two-column PDF with endnotes and a running header."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    regular, bold = _fonts()
    lang = hyphenation_language(gold.get("language", ""))
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=11.5, alignment=TA_JUSTIFY,
                          hyphenationLang=lang, embeddedHyphenation=1, uriWasteReduce=0.3, spaceAfter=5)
    head = ParagraphStyle("head", parent=body, fontName=bold, fontSize=10.5, leading=13, alignment=0,
                          hyphenationLang="", spaceBefore=4, spaceAfter=4)
    item = ParagraphStyle("item", parent=body, leftIndent=10, firstLineIndent=-10, spaceAfter=2)
    note = ParagraphStyle("note", parent=body, fontSize=8, leading=10, spaceAfter=2)
    title = gold.get("title") or gold["doc_id"]
    width, height = A4
    margin, gap = 56.0, 18.0
    col_w = (width - 2 * margin - gap) / 2
    frames = [Frame(margin, margin, col_w, height - 2 * margin - 10, id="left"),
              Frame(margin + col_w + gap, margin, col_w, height - 2 * margin - 10, id="right")]

    def furniture(canv, doc) -> None:  # noqa: ANN001 - reportlab callback
        canv.saveState()
        canv.setFont(regular, 8)
        canv.drawString(margin, height - margin + 12, title[:110])
        canv.drawRightString(width - margin, margin - 24, f"{doc.page}")
        canv.restoreState()

    notes_by_block: dict[str, list[tuple[int, dict]]] = {}
    for n, fn in enumerate(gold.get("footnotes", []), start=1):
        notes_by_block.setdefault(fn.get("block") or "", []).append((n, fn))
    story = []
    for blk in gold["blocks"]:
        text = blk["text"].strip()
        if not text:
            continue
        markup = "<br/>".join(escape(line) for line in text.split("\n"))
        for n, _fn in notes_by_block.get(blk["id"], []):
            markup += f"<super>{n}</super>"
        if blk["role"] in HEADING_ROLES:
            story.append(Paragraph(markup, head))
        elif blk["role"] == "answer_list_item" or re.match(r"^[—–\-•] ", text):
            story.append(Paragraph(markup, item))
        else:
            story.append(Paragraph(markup, body))
    if gold.get("footnotes"):
        story.append(Paragraph("Notes", head))
        for n, fn in enumerate(gold["footnotes"], start=1):
            story.append(Paragraph(f"{n} {escape(fn['text'])}", note))
    doc = BaseDocTemplate(str(path), pagesize=A4, title=title)
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=furniture)])
    doc.build(story)


def measure(gold: dict, blocks: list) -> tuple[float, list[str]]:
    """Answer-word recall of parsed ``blocks`` against ``gold``, and the split words found.

    Returns:
        (recall in 0-1, split words as "left|right" strings).
    """
    want: Counter[str] = Counter()
    for blk in gold["blocks"]:
        if blk["role"] in ANSWER_ROLES:
            want.update(norm_words(blk["text"]))
    vocab = {w for blk in gold["blocks"] for w in norm_words(blk["text"])}
    vocab |= {w for fn in gold.get("footnotes", []) for w in norm_words(fn["text"])}
    got_words: list[str] = []
    for b in blocks:
        if b.kind in ("header_footer", "footnote"):
            continue
        got_words.extend(norm_words(b.text))
    got = Counter(got_words)
    found = sum(min(k, got[w]) for w, k in want.items())
    recall = found / max(1, sum(want.values()))
    splits: list[str] = []
    for w in set(got_words):
        if w not in vocab and "-" in w and w.replace("-", "") in vocab:
            splits.append(w.replace("-", "|", 1))
    for a, b in zip(got_words, got_words[1:]):
        if a not in vocab and (a + b) in vocab:
            splits.append(f"{a}|{b}")
    return recall, sorted(set(splits))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("doc_ids", nargs="*", help="documents to render (default: every gold document)")
    ap.add_argument("--out", type=Path, help="keep the rendered PDFs in this folder")
    args = ap.parse_args(argv)
    from analyser.parse import parse

    out = args.out or Path(tempfile.mkdtemp(prefix="layout-recall-"))
    out.mkdir(parents=True, exist_ok=True)
    paths = sorted(GOLD.glob("*.gold.json"))
    if args.doc_ids:
        paths = [p for p in paths if p.name.split(".")[0] in args.doc_ids]
    total_found = total_want = 0.0
    all_splits = 0
    for p in paths:
        gold = json.loads(p.read_text(encoding="utf-8"))
        pdf = out / f"{gold['doc_id']}.typeset.pdf"
        render(gold, pdf)
        t0 = time.perf_counter()
        doc = parse(pdf)
        secs = time.perf_counter() - t0
        recall, splits = measure(gold, list(doc.blocks))
        n_want = sum(len(norm_words(b["text"])) for b in gold["blocks"] if b["role"] in ANSWER_ROLES)
        total_found += recall * n_want
        total_want += n_want
        all_splits += len(splits)
        print(f"{gold['doc_id']} {gold.get('language', '?')}: {doc.n_pages} pages, recall {recall:.4f}, "
              f"split words {len(splits)} {splits[:8]} ({secs:.1f} s)")
    overall = total_found / max(1.0, total_want)
    print(f"overall: recall {overall:.4f} over {int(total_want)} answer words, split words {all_splits}; PDFs in {out}")
    return 0 if overall >= 0.995 and all_splits == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
