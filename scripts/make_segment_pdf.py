"""Renders issue-14 shape documents into typeset PDFs: tests/data/segment_pdf (PDFs + word-aligned gold).

Run from the repository root::

    /work/main/.venv/bin/python scripts/make_segment_pdf.py

Each entry of :data:`DOCS` takes one plain-text shape document (``tests/data/segment_docs`` = tuning,
``tests/data/segment_heldout`` = held-out) and prints its gold blocks, in reading order, with a set of layout
features; the gold is the source gold with a new ``doc_id`` (the PDF's stem), ``source`` and ``layout``, so
``analyser eval OUT --gold tests/data/segment_pdf`` scores the PDF analysis by word alignment against the very
same text. Features (``layout`` string, "+"-joined):

- ``twocol``: two columns on A4 (the title spans both on the first page); ``threecol``: three.
- ``hyph``: justified, line-end hyphenation (pyphen via reportlab's ``hyphenationLang``).
- ``fakebold``: headings set in the regular face printed twice 0.4 pt apart (no bold font name).
- ``furn``: a running header (document title) and footer (ministry, "page n") on every page.
- ``toc``: the gold's table-of-contents entries on a page of their own, with dot leaders and page numbers;
  ``toc+`` synthesises those entries (front_matter blocks) from the section headings when the source has none.
- ``newpage``: every section heading opens a new page.
- ``rotated``: the second section is printed sideways (text running upwards) on a portrait page.
- ``landscape``: the second section stands on a landscape page in two columns.
- ``bottomhead``: every own chapter heading (``answer_heading``) after the first, and the last numbered section
  heading of a document without own chapters, is pushed to the foot of its column (white space above it), so
  its paragraphs start at the top of the next column or page.
- ``plainhead``: headings set like the body (same size, bold, justified and hyphenated, little space around),
  so a long title wraps over several lines that differ from the paragraphs only by their weight.
- ``fn``: a footnote (superscript marker after the first sentence of the first answer paragraph, note at the page
  foot); the note is recorded in the gold's ``footnotes``, its text is in no block.

Byte-identical output on every run (``rl_config.invariant``).
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "segment_pdf"
rl_config.invariant = 1
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))

TUNE, HELD = "segment_docs", "segment_heldout"

#: (source folder, source doc id, layout). Decided before any PDF was analysed: the first eight (sources from the
#: tuning set) are tuning, the next eight (sources from the held-out set) are held-out; the last ten (``heldout2``)
#: were added after the fixes their held-out figures had shown, and analysed once.
DOCS: list[tuple[str, str, str]] = [
    (TUNE, "seg-de-toc", "toc+twocol+hyph+furn"),
    (TUNE, "seg-fr-excerpt3", "hyph+fakebold+furn+newpage"),
    (TUNE, "seg-es-roman", "twocol+fn+furn"),
    (TUNE, "seg-it-mixed", "rotated+furn+hyph"),
    (TUNE, "seg-nl-excerpt3", "landscape+hyph+furn"),
    (TUNE, "seg-lt-titleonly", "fakebold+fn+furn+newpage"),
    (TUNE, "seg-pt-chapter1", "twocol+fakebold+hyph"),
    (TUNE, "seg-mt-letters", "toc++furn+newpage"),
    (HELD, "seg-el-letters", "twocol+hyph+furn"),
    (HELD, "seg-bg-romansub", "fakebold+hyph+fn+furn"),
    (HELD, "seg-pl-toc", "toc+hyph+furn+newpage"),
    (HELD, "seg-cs-excerpt3", "rotated+hyph+furn"),
    (HELD, "seg-hu-paraphr", "landscape+furn"),
    (HELD, "seg-ro-chapletters", "twocol+fakebold+hyph+furn"),
    (HELD, "seg-fi-mixed", "fakebold+fn+furn+newpage"),
    (HELD, "seg-sv-chapter", "toc++twocol+hyph+furn"),
    # heldout2: written after the fixes of the segpdf session, analysed once (sources from the held-out set)
    (HELD, "seg-pl-excerpt3", "threecol+hyph+furn"),
    (HELD, "seg-hr-roman5", "landscape+fakebold+fn+furn"),
    (HELD, "seg-sk-ownletters", "toc++hyph+furn"),
    (HELD, "seg-lv-numbered4", "rotated+fakebold+furn"),
    (HELD, "seg-da-romansub", "twocol+fn+hyph+furn+newpage"),
    (HELD, "seg-cs-mixedown", "toc++fakebold+hyph+furn"),
    (HELD, "seg-el-titleonly", "twocol+fakebold+furn"),
    (HELD, "seg-bg-titleonly5", "landscape+hyph+fn+furn"),
    (HELD, "seg-fi-chapter1", "rotated+fn+furn"),
    (HELD, "seg-hu-chapletters", "threecol+fakebold+furn"),
]
#: Documents of the second held-out set (``split: heldout2``).
HELDOUT2 = {"seg-pl-excerpt3", "seg-hr-roman5", "seg-sk-ownletters", "seg-lv-numbered4", "seg-da-romansub",
            "seg-cs-mixedown", "seg-el-titleonly", "seg-bg-titleonly5", "seg-fi-chapter1", "seg-hu-chapletters"}

#: pyphen dictionaries (reportlab ``hyphenationLang``) by document language; absent: no hyphenation.
HYPH = {"de": "de_DE", "fr": "fr", "es": "es", "it": "it_IT", "nl": "nl_NL", "lt": "lt", "pt": "pt_PT",
        "el": "el_GR", "bg": "bg_BG", "pl": "pl_PL", "cs": "cs_CZ", "hu": "hu_HU", "ro": "ro_RO", "sv": "sv",
        "hr": "hr_HR", "sk": "sk_SK", "lv": "lv_LV", "da": "da_DK"}
#: Running footer text ("ministry", "page") by language.
FOOT = {"de": ("Bundesministerium des Innern", "Seite"), "fr": ("Ministère de l'Intérieur", "Page"),
        "es": ("Ministerio del Interior", "Página"), "it": ("Ministero dell'Interno", "Pagina"),
        "nl": ("Ministerie van Justitie en Veiligheid", "Pagina"), "lt": ("Vidaus reikalų ministerija", "Puslapis"),
        "pt": ("Ministério da Administração Interna", "Página"), "mt": ("Ministeru għall-Intern", "Paġna"),
        "el": ("Υπουργείο Μετανάστευσης και Ασύλου", "Σελίδα"), "bg": ("Министерство на вътрешните работи", "Страница"),
        "pl": ("Ministerstwo Spraw Wewnętrznych i Administracji", "Strona"), "cs": ("Ministerstvo vnitra", "Strana"),
        "hu": ("Belügyminisztérium", "Oldal"), "ro": ("Ministerul Afacerilor Interne", "Pagina"),
        "fi": ("Sisäministeriö", "Sivu"), "sv": ("Justitiedepartementet", "Sida"),
        "hr": ("Ministarstvo unutarnjih poslova", "Stranica"), "sk": ("Ministerstvo vnútra", "Strana"),
        "lv": ("Iekšlietu ministrija", "Lappuse"), "da": ("Udlændinge- og Integrationsministeriet", "Side")}
#: Table-of-contents title for synthesised tables (``toc+``).
TOC_TITLE = {"mt": "Werrej", "sv": "Innehåll", "sk": "Obsah", "cs": "Obsah"}
#: Footnote text by language (``fn``).
NOTE = {"es": "Datos del Ministerio del Interior, informe anual 2025.", "lt": "Migracijos departamento duomenys, 2025 m.",
        "bg": "Данни на Държавната агенция за бежанците, 2025 г.", "fi": "Maahanmuuttoviraston tilastot 2025.",
        "hr": "Podaci Ministarstva unutarnjih poslova, 2025.", "da": "Tal fra Udlændingestyrelsen, 2025."}

HEADING_ROLES = {"section_heading", "answer_heading"}
TOC_ENTRY_RE = re.compile(r"^(.*\S)\s+(\d{1,3})$")


class FakeBold(Paragraph):
    """A paragraph printed twice, 0.4 pt apart: bold to the eye, the regular font to a PDF reader."""

    def draw(self) -> None:  # noqa: D102
        super().draw()
        self.canv.saveState()
        self.canv.translate(0.4, 0)
        super().draw()
        self.canv.restoreState()


class Noted(Paragraph):
    """A paragraph holding footnote markers: records the page it is drawn on in ``registry``."""

    def __init__(self, text: str, style: ParagraphStyle, notes: list[str], registry: dict) -> None:
        super().__init__(text, style)
        self._notes, self._registry = notes, registry

    def draw(self) -> None:  # noqa: D102
        self._registry.setdefault(self.canv.getPageNumber(), []).extend(self._notes)
        super().draw()

    def split(self, availWidth, availHeight):  # noqa: ANN001, ANN201, D102, N803
        parts = super().split(availWidth, availHeight)
        if parts:  # the note belongs to the part holding its marker (the first sentence: the first part)
            first = parts[0]
            first.__class__ = Noted
            first._notes, first._registry = self._notes, self._registry
        return parts


class ToBottom(Flowable):
    """White space filling its column down to where ``head`` (the next flowable) just fits at the column foot."""

    def __init__(self, head: Paragraph) -> None:
        super().__init__()
        self.head = head

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803, D102
        _, hh = self.head.wrap(availWidth, availHeight)
        need = hh + self.head.style.spaceBefore + self.head.style.spaceAfter + 2
        self._h = max(0.0, availHeight - need) if availHeight > need + 30 else 0.0
        return availWidth, self._h

    def draw(self) -> None:  # noqa: D102
        pass


class Sideways(Flowable):
    """Its flowables printed rotated by 90° (text running upwards) on a page of their own."""

    def __init__(self, flowables: list) -> None:
        super().__init__()
        self.flowables = flowables

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803, D102
        self._w, self._h = availWidth, availHeight - 1
        return self._w, self._h

    def draw(self) -> None:  # noqa: D102
        c = self.canv
        c.saveState()
        c.translate(self._w, 0)
        c.rotate(90)
        Frame(0, 0, self._h, self._w, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0).addFromList(
            list(self.flowables), c)
        c.restoreState()


class TocLine(Flowable):
    """One table-of-contents entry: title at the left, page number at the right, dot leaders between."""

    def __init__(self, title: str, page: str, font: str = "DVS", size: float = 10.5) -> None:
        super().__init__()
        self.title, self.page, self.font, self.size = title, page, font, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803, D102
        self._w = availWidth
        return availWidth, self.size * 1.9

    def draw(self) -> None:  # noqa: D102
        c = self.canv
        c.setFont(self.font, self.size)
        title = self.title
        limit = self._w - 2.5 * cm
        while pdfmetrics.stringWidth(title, self.font, self.size) > limit:  # long titles wrap onto a second line
            cut = title.rfind(" ", 0, int(len(title) * limit / pdfmetrics.stringWidth(title, self.font, self.size)))
            c.drawString(0, self.size * 0.9, title[:cut])
            title = title[cut + 1:]
            self.canv.translate(0, -self.size * 1.2)
        c.drawString(0, self.size * 0.9, title)
        c.drawRightString(self._w, self.size * 0.9, self.page)
        x0 = pdfmetrics.stringWidth(title + "  ", self.font, self.size)
        x1 = self._w - pdfmetrics.stringWidth("  " + self.page, self.font, self.size)
        dot = pdfmetrics.stringWidth(". ", self.font, self.size)
        x = x0
        while x + dot < x1:
            c.drawString(x, self.size * 0.9, ".")
            x += dot


def _styles(lang: str, features: set[str], landscape_page: bool = False) -> dict[str, ParagraphStyle]:
    size = 10.5
    hy = HYPH.get(lang, "") if "hyph" in features else ""
    just = TA_JUSTIFY if features & {"hyph", "twocol", "threecol"} else TA_LEFT
    body = ParagraphStyle(f"body-{lang}", fontName="DVS", fontSize=size, leading=size * 1.35, spaceAfter=6,
                          alignment=just, hyphenationLang=hy, embeddedHyphenation=1, uriWasteReduce=0.3)
    fake = "fakebold" in features
    head = ParagraphStyle(f"head-{lang}", fontName="DVS" if fake else "DVSB", fontSize=size + 2,
                          leading=(size + 2) * 1.3, spaceBefore=10, spaceAfter=6, alignment=TA_LEFT)
    if "plainhead" in features:
        head = ParagraphStyle(f"head-{lang}", parent=body, fontName="DVS" if fake else "DVSB", spaceBefore=3,
                              spaceAfter=3)
    sub = ParagraphStyle(f"sub-{lang}", parent=head, fontSize=size + 0.5, leading=(size + 0.5) * 1.3)
    if "plainhead" in features:
        sub = head
    title = ParagraphStyle(f"title-{lang}", fontName="DVS" if fake else "DVSB", fontSize=16, leading=20,
                           spaceAfter=14, alignment=TA_LEFT)
    quest = ParagraphStyle(f"q-{lang}", parent=body, leftIndent=0.8 * cm, firstLineIndent=-0.4 * cm)
    instr = ParagraphStyle(f"i-{lang}", parent=body, fontName="DVS")
    item = ParagraphStyle(f"li-{lang}", parent=body, leftIndent=0.8 * cm, firstLineIndent=-0.4 * cm)
    return {"body": body, "head": head, "sub": sub, "title": title, "q": quest, "i": instr, "li": item}


def _synth_toc(gold: dict) -> None:
    """Insert table-of-contents front_matter blocks (title + one entry per section heading) after the title."""
    heads = [b for b in gold["blocks"] if b["role"] == "section_heading"]
    lang = gold["language"]
    entries = [{"id": "t0000", "role": "front_matter", "section": None, "key_element": None,
                "text": TOC_TITLE.get(lang, "Contents")}]
    for k, b in enumerate(heads):
        entries.append({"id": f"t{k + 1:04d}", "role": "front_matter", "section": None, "key_element": None,
                        "text": f"{b['text']} {k + 2}"})
    gold["blocks"][1:1] = entries


def _render(gold: dict, features: set[str], path: Path) -> None:
    lang = gold["language"]
    st = _styles(lang, features)
    notes: dict[int, list[str]] = {}
    footnotes: list[dict] = []
    ministry, page_word = FOOT[lang]
    title = gold["blocks"][0]["text"]

    def furniture(c, doc) -> None:  # noqa: ANN001
        if "furn" not in features:
            return
        w, h = c._pagesize
        c.saveState()
        c.setFont("DV", 8)
        c.drawString(2 * cm, h - 1.3 * cm, title[:90])
        c.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
        c.drawString(2 * cm, 1.0 * cm, ministry)
        c.drawRightString(w - 2 * cm, 1.0 * cm, f"{page_word} {doc.page}")
        c.restoreState()

    def page_notes(c, doc) -> None:  # noqa: ANN001
        texts = notes.get(c.getPageNumber(), [])
        if not texts:
            return
        c.saveState()
        c.line(2.5 * cm, 2.55 * cm, 7 * cm, 2.55 * cm)
        c.setFont("DVS", 7.5)
        y = 2.2 * cm
        for t in texts:
            c.drawString(2.5 * cm, y, t)
            y -= 0.35 * cm
        c.restoreState()

    w, h = A4
    lw, lh = landscape(A4)
    gap = 0.8 * cm
    bottom = 3.0 * cm
    col = (w - 4.5 * cm - gap) / 2
    if "twocol" in features:
        first = [Frame(2.25 * cm, h - 5 * cm, w - 4.5 * cm, 2.8 * cm, id="title"),
                 Frame(2.25 * cm, bottom, col, h - 5 * cm - bottom, id="l1"),
                 Frame(2.25 * cm + col + gap, bottom, col, h - 5 * cm - bottom, id="r1")]
        later = [Frame(2.25 * cm, bottom, col, h - 2.2 * cm - bottom, id="l"),
                 Frame(2.25 * cm + col + gap, bottom, col, h - 2.2 * cm - bottom, id="r")]
    elif "threecol" in features:
        col3 = (w - 4 * cm - 2 * gap) / 3
        first = [Frame(2 * cm, h - 5 * cm, w - 4 * cm, 2.8 * cm, id="title")] + [
            Frame(2 * cm + k * (col3 + gap), bottom, col3, h - 5 * cm - bottom, id=f"c{k}1") for k in range(3)]
        later = [Frame(2 * cm + k * (col3 + gap), bottom, col3, h - 2.2 * cm - bottom, id=f"c{k}") for k in range(3)]
    else:
        first = [Frame(3 * cm, bottom, w - 6 * cm, h - 2.2 * cm - bottom, id="one1")]
        later = [Frame(3 * cm, bottom, w - 6 * cm, h - 2.2 * cm - bottom, id="one")]
    lcol = (lw - 4 * cm - gap) / 2
    land = [Frame(2 * cm, bottom, lcol, lh - 2.2 * cm - bottom, id="ll"),
            Frame(2 * cm + lcol + gap, bottom, lcol, lh - 2.2 * cm - bottom, id="lr")]
    templates = [PageTemplate(id="first", frames=first, onPage=furniture, onPageEnd=page_notes, pagesize=A4,
                              autoNextPageTemplate="later"),
                 PageTemplate(id="later", frames=later, onPage=furniture, onPageEnd=page_notes, pagesize=A4),
                 PageTemplate(id="plain", frames=[Frame(2.25 * cm, bottom, w - 4.5 * cm, h - 2.2 * cm - bottom)],
                              onPage=furniture, onPageEnd=page_notes, pagesize=A4),
                 PageTemplate(id="land", frames=land, onPage=furniture, onPageEnd=page_notes,
                              pagesize=landscape(A4))]
    doc = BaseDocTemplate(str(path), pagesize=A4, title=title, author=ministry)
    doc.addPageTemplates(templates)

    story: list = []
    blocks = gold["blocks"]
    n_sections = 0
    noted = False
    sideways: list | None = None
    in_toc = False
    # sections open at the section headings (the answer headings of a document without any)
    opener = "section_heading" if any(b["role"] == "section_heading" for b in blocks) else "answer_heading"
    own = [k for k, b in enumerate(blocks) if b["role"] == "answer_heading"]
    numbered = [k for k, b in enumerate(blocks) if b["role"] == "section_heading"]
    to_foot = set(own[1:]) if own else set(numbered[-1:])
    for k, b in enumerate(blocks):
        text, role = b["text"], b["role"]
        if k == 0:
            story.append((FakeBold if "fakebold" in features else Paragraph)(escape(text), st["title"]))
            if "twocol" in features or "threecol" in features:
                story.append(FrameBreak())
            continue
        toc_entry = role == "front_matter" and TOC_ENTRY_RE.match(text)
        if role == "front_matter" and "toc" in features and not in_toc and k + 1 < len(blocks) \
                and TOC_ENTRY_RE.match(blocks[k + 1]["text"]) and blocks[k + 1]["role"] == "front_matter":
            in_toc = True  # the TOC title: the table stands on a page of its own
            if features & {"twocol", "threecol"}:
                story.append(NextPageTemplate("plain"))
            story.extend([PageBreak(), Paragraph(escape(text), st["head"])])
            continue
        if in_toc and toc_entry:
            story.append(TocLine(toc_entry.group(1), toc_entry.group(2)))
            continue
        if in_toc:
            in_toc = False
            if features & {"twocol", "threecol"}:
                story.append(NextPageTemplate("later"))
            story.append(PageBreak())
        if role == opener and blocks[k - 1]["role"] != opener:
            n_sections += 1
            if sideways is not None:  # the sideways section ends here
                story.append(Sideways(sideways))
                story.append(PageBreak())
                sideways = None
            if n_sections == 2 and "rotated" in features:
                story.append(PageBreak())
                sideways = []
            elif n_sections == 2 and "landscape" in features:
                story.extend([NextPageTemplate("land"), PageBreak()])
            elif n_sections == 3 and "landscape" in features:
                story.extend([NextPageTemplate("later"), PageBreak()])
            elif n_sections > 1 and "newpage" in features:
                story.append(PageBreak())
        if role in HEADING_ROLES:
            style = st["head"] if role == "section_heading" else st["sub"]
            fl = (FakeBold if "fakebold" in features else Paragraph)(escape(text), style)
        elif role == "template_question":
            fl = Paragraph(escape(text), st["q"])
        elif role == "template_instruction":
            fl = Paragraph(escape(text), st["i"])
        elif role == "answer_list_item":
            fl = Paragraph(escape(text), st["li"])
        elif role == "answer" and "fn" in features and not noted and ". " in text:
            noted = True
            cut = text.index(". ") + 1
            marked = escape(text[:cut]) + "<super>1</super>" + escape(text[cut:])
            note = f"1 {NOTE[lang]}"
            fl = Noted(marked, st["body"], [note], notes)
            footnotes.append({"id": "fn-a1", "origin": "answer", "marker": "1", "block": b["id"], "text": NOTE[lang]})
        else:
            fl = Paragraph(escape(text), st["body"])
        if "bottomhead" in features and role in HEADING_ROLES and k in to_foot:
            story.append(ToBottom(fl))
        (sideways if sideways is not None else story).append(fl)
    if sideways is not None:
        story.append(Sideways(sideways))
    doc.build(story)
    gold["footnotes"] = footnotes


def main() -> None:
    """Write every PDF of :data:`DOCS` and its gold into ``tests/data/segment_pdf``."""
    OUT.mkdir(parents=True, exist_ok=True)
    for folder, src, layout in DOCS:
        gold = json.loads((ROOT / "tests" / "data" / folder / f"{src}.gold.json").read_text(encoding="utf-8"))
        features = set(layout.split("+"))
        if "" in features:  # "toc++…": synthesise a table of contents
            features.discard("")
            _synth_toc(gold)
        doc_id = "pdf-" + src[len("seg-"):]
        gold = {"doc_id": doc_id, "source": f"{folder}/{src}", "split": "tuning" if folder == TUNE else "heldout2" if src in HELDOUT2 else "heldout",
                "layout": layout.replace("++", "+synth+"), **{k: v for k, v in gold.items() if k != "doc_id"}}
        _render(gold, features, OUT / f"{doc_id}.pdf")
        (OUT / f"{doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(doc_id, layout)


if __name__ == "__main__":
    main()
