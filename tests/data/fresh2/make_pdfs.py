"""Writes the PDF inputs of tests/data/fresh2 (fresh-eyes session 5).

Run: /work/main/.venv/bin/python tests/data/fresh2/make_pdfs.py  (needs reportlab, pillow, DejaVu fonts)

- da-2026.layout.pdf: a Danish strategy under Annex numbering with a cover page, a table of contents,
  running headers/footers, footnotes, a landscape page, an image-only (scanned) page in the middle and
  a two-column typeset page.
- pt-2026.qa-table.pdf: a Portuguese partial strategy that reproduces the Annex questions in a
  two-column table (question | answer); one answer "Não aplicável.", one empty.
- pt-2026.qa-table.docx: the same answer table in a Word file (heading rows as merged cells).
- images-only.pdf: two pages that are pictures of text (no text layer).
- zero-byte.pdf: empty file. truncated.pdf: the first half of a valid PDF.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Frame, Paragraph, Table, TableStyle
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))

BODY = ParagraphStyle("body", fontName="DV", fontSize=10.5, leading=14, spaceAfter=8)
HEAD = ParagraphStyle("head", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=6)
FOOT = ParagraphStyle("foot", fontName="DV", fontSize=7.5, leading=9)
CELL = ParagraphStyle("cell", fontName="DV", fontSize=9, leading=11.5)
CELLB = ParagraphStyle("cellb", fontName="DVB", fontSize=9, leading=11.5)


def _flow(c: canvas.Canvas, items: list, x: float, y: float, w: float, h: float) -> None:
    frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    rest = frame.addFromList(items, c)
    assert not items, f"text does not fit: {items[:1]}"
    del rest


def _header_footer(c: canvas.Canvas, page: int, size: tuple[float, float]) -> None:
    w, h = size
    c.setFont("DV", 8)
    c.drawString(2 * cm, h - 1.2 * cm, "Nationale strategi for asyl- og migrationsstyring 2026–2030")
    c.drawRightString(w - 2 * cm, h - 1.2 * cm, "Udlændinge- og Integrationsministeriet")
    c.line(2 * cm, h - 1.35 * cm, w - 2 * cm, h - 1.35 * cm)
    c.drawCentredString(w / 2, 1.0 * cm, f"Side {page}")


def _text_image(lines: list[str], width: int = 1240, height: int = 1754) -> Image.Image:
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 26)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 30)
    y = 140
    for line in lines:
        f = bold if line.startswith("#") else font
        draw.text((120, y), line.lstrip("#"), fill=20, font=f)
        y += 44
    return img.rotate(0.6, fillcolor=250)


SCANNED_DA = [
    "#2.3.3. Et robust modtagelsessystem",
    "Asylcentrene skal have 7 500 pladser fordelt på 24 centre.",
    "Ansøgerne får kost, sundhedsbehandling og undervisning af",
    "børn i overensstemmelse med direktiv (EU) 2024/1346.",
    "Uledsagede mindreårige bor på særlige børnecentre med",
    "pædagogisk personale døgnet rundt.",
    "#2.3.4. Betingelser for en vellykket og tidlig integration",
    "Flygtninge deltager i et treårigt integrationsprogram med",
    "danskundervisning, virksomhedspraktik og bolig anvist af",
    "kommunen. Målet er, at 60 % er i job efter tre år.",
]


def make_danish(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Nationale strategi for asyl- og migrationsstyring 2026-2030")
    w, h = A4
    # 1 cover
    c.setFillColorRGB(0.1, 0.2, 0.45)
    c.rect(0, h - 9 * cm, w, 9 * cm, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DVB", 26)
    c.drawString(2 * cm, h - 5 * cm, "Nationale strategi for")
    c.drawString(2 * cm, h - 6.2 * cm, "asyl- og migrationsstyring")
    c.setFont("DV", 16)
    c.drawString(2 * cm, h - 7.5 * cm, "2026–2030")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DV", 12)
    c.drawString(2 * cm, 4 * cm, "Udlændinge- og Integrationsministeriet")
    c.drawString(2 * cm, 3.3 * cm, "December 2025")
    c.showPage()
    # 2 table of contents
    _header_footer(c, 2, A4)
    c.setFont("DVB", 16)
    c.drawString(2 * cm, h - 3.5 * cm, "Indholdsfortegnelse")
    toc = [
        ("1. Den nationale asyl- og migrationsstyrings kontekst", 3),
        ("2. Strategiske mål og centrale foranstaltninger", 3),
        ("2.1.1. Den eksterne dimension", 3),
        ("2.1.2. Den interne dimension", 4),
        ("2.2. Effektiv forvaltning af EU's ydre grænser", 4),
        ("2.6. Tilstrækkelig kapacitet (budgetoversigt)", 5),
        ("2.3.3. Et robust modtagelsessystem", 6),
        ("2.4. Beredskab og beredskabsplanlægning", 7),
        ("2.5. Den integrerede tilgang", 7),
    ]
    y = h - 5 * cm
    c.setFont("DV", 11)
    for title, page in toc:
        c.drawString(2 * cm, y, title)
        c.drawRightString(w - 2 * cm, y, str(page))
        tw = pdfmetrics.stringWidth(title, "DV", 11)
        dots = "." * int((w - 4.6 * cm - tw) / pdfmetrics.stringWidth(".", "DV", 11))
        c.drawString(2 * cm + tw + 4, y, dots)
        y -= 0.8 * cm
    c.showPage()
    # 3 portrait with footnotes
    _header_footer(c, 3, A4)
    items = [
        Paragraph("1. Den nationale asyl- og migrationsstyrings kontekst", HEAD),
        Paragraph("Danmark modtog 2 400 asylansøgninger i 2025, det laveste tal i et årti.<super>1</super> "
                  "Flest ansøgere kom fra Syrien, Eritrea og Afghanistan. Risikoanalysen fra Rigspolitiet "
                  "peger på, at presset over Østersøen og fra Tyskland vil stige moderat frem mod 2030, "
                  "mens behovet for udenlandsk arbejdskraft i pleje og byggeri vokser.", BODY),
        Paragraph("Som land med landgrænse til Tyskland og færgeforbindelser til Sverige og Polen er Danmark "
                  "især berørt af sekundære bevægelser inden for Schengen.", BODY),
        Paragraph("2. Strategiske mål og centrale foranstaltninger", HEAD),
        Paragraph("Strategien bygger på resultaterne af EUAA's og Frontex' overvågning og af Schengenevalueringen "
                  "fra 2024<super>2</super> og hænger sammen med den nationale strategi for integreret "
                  "grænseforvaltning og beredskabsplanen for massetilstrømning.", BODY),
        Paragraph("2.1.1. Den eksterne dimension", HEAD),
        Paragraph("Regeringen indgår partnerskaber med Rwanda, Tunesien og Marokko om tilbagetagelse, "
                  "genindrejseforbud og lovlig arbejdsmigration. Danmark deltager i EU's genbosættelsesramme "
                  "med 200 kvotflygtninge om året og i EU-talentpartnerskabet med Marokko.", BODY),
        Paragraph("Danmark støtter værtslande i Mellemøsten og Østafrika, bekæmper menneskesmugling med "
                  "Europol og beskytter ofre for menneskehandel gennem Center mod Menneskehandel.", BODY),
    ]
    _flow(c, items, 2 * cm, 4.2 * cm, w - 4 * cm, h - 6.2 * cm)
    c.line(2 * cm, 3.7 * cm, 7 * cm, 3.7 * cm)
    _flow(c, [Paragraph("<super>1</super> Udlændingestyrelsen, Tal og fakta på udlændingeområdet 2025, s. 12.", FOOT),
              Paragraph("<super>2</super> Rådets gennemførelsesafgørelse om Schengenevalueringen af Danmark, 2024.", FOOT)],
          2 * cm, 2.0 * cm, w - 4 * cm, 1.6 * cm)
    c.showPage()
    # 4 portrait
    _header_footer(c, 4, A4)
    items = [
        Paragraph("2.1.2. Den interne dimension", HEAD),
        Paragraph("Alle ansøgere registreres i Eurodac inden for 72 timer. Dublinoverførsler gennemføres "
                  "inden for seks måneder af Rigspolitiets Nationale Udlændingecenter, og anmodninger om "
                  "overtagelse og tilbagetagelse besvares rettidigt.", BODY),
        Paragraph("Arbejdstilsynet og politiet gennemfører fælles kontroller i landbrug og rengøring, og "
                  "arbejdsgivere, der beskæftiger ulovligt opholdende, straffes med bøde efter direktiv 2009/52/EF.", BODY),
        Paragraph("Udsendelse af afviste asylansøgere sker hurtigt og værdigt efter direktiv 2008/115/EF. "
                  "Hjemrejsestyrelsen tilbyder reintegrationsstøtte via Frontex, og målet er, at 70 % af de "
                  "afviste er udrejst inden for et år.<super>3</super>", BODY),
        Paragraph("2.2. Effektiv forvaltning af EU's ydre grænser", HEAD),
        Paragraph("Danmark har kun ydre grænser i lufthavnene og havnene. Politiet screener alle ankomne "
                  "uden visum efter screeningsforordningen og tager imod asylansøgninger ved grænsen; "
                  "grænseproceduren gennemføres i Københavns Lufthavn.", BODY),
    ]
    _flow(c, items, 2 * cm, 4.2 * cm, w - 4 * cm, h - 6.2 * cm)
    c.line(2 * cm, 3.7 * cm, 7 * cm, 3.7 * cm)
    _flow(c, [Paragraph("<super>3</super> Hjemrejsestyrelsens resultatkontrakt 2026.", FOOT)],
          2 * cm, 2.6 * cm, w - 4 * cm, 1.0 * cm)
    c.showPage()
    # 5 landscape budget table
    c.setPageSize(landscape(A4))
    lw, lh = landscape(A4)
    _header_footer(c, 5, landscape(A4))
    _flow(c, [Paragraph("2.6. Tilstrækkelig kapacitet til at gennemføre den nationale strategi", HEAD),
              Paragraph("De nødvendige menneskelige, materielle og finansielle ressourcer sikres over "
                        "femårsperioden som vist i tabellen (mio. kr.). Udlændingestyrelsen ansætter 150 "
                        "sagsbehandlere, og IT-systemerne forbindes med EES, ETIAS og Eurodac, som eu-LISA driver.", BODY)],
          2 * cm, lh - 6 * cm, lw - 4 * cm, 4 * cm)
    data = [["Område", "2026", "2027", "2028", "2029", "2030"],
            ["Asylsagsbehandling", "410", "420", "430", "440", "450"],
            ["Modtagelse", "1 200", "1 150", "1 100", "1 100", "1 050"],
            ["Hjemrejse", "310", "320", "330", "330", "340"],
            ["IT og digitalisering", "95", "120", "80", "60", "60"]]
    t = Table(data, colWidths=[7 * cm] + [3 * cm] * 5)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 10), ("FONT", (0, 0), (-1, 0), "DVB", 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    tw, th = t.wrap(lw, lh)
    t.drawOn(c, 2 * cm, lh - 7 * cm - th)
    c.showPage()
    # 6 scanned page (image only)
    c.setPageSize(A4)
    img = _text_image(SCANNED_DA)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), 0, 0, w, h)
    c.showPage()
    # 7 two-column typeset
    _header_footer(c, 7, A4)
    col = ParagraphStyle("col", parent=BODY, fontSize=9.5, leading=12.5, alignment=4)
    left = [
        Paragraph("2.4. Beredskab og beredskabsplanlægning", HEAD),
        Paragraph("Beredskabsplanen for massetilstrømning indgår i regeringens samlede krisestyring. Den tager "
                  "højde for forpligtelserne i forordning (EU) 2024/1359 og (EU) 2019/1896 og opdateres hvert "
                  "år på grundlag af Rigspolitiets risikoanalyse og Kommissionens rapporter under "
                  "migrationsberedskabs- og krisestyringsplanen.", col),
        Paragraph("Ved massetilstrømning over land, luft eller vand kan Udlændingestyrelsen oprette 10 000 "
                  "midlertidige pladser på fire uger. Hvis et tredjeland instrumentaliserer migranter, kan "
                  "grænsekontrollen skærpes, men adgangen til asyl og retten til non-refoulement respekteres. "
                  "Force majeure-situationer håndteres efter en særskilt plan.", col),
    ]
    right = [
        Paragraph("2.5. Den integrerede tilgang", HEAD),
        Paragraph("Regeringens udlændingeudvalg under Udlændinge- og Integrationsministeren koordinerer "
                  "Udenrigsministeriet, Justitsministeriet, Beskæftigelsesministeriet og Forsvaret. "
                  "Kommunerne og regionerne deltager i det nationale integrationsforum, og domstolenes "
                  "uafhængighed respekteres i Flygtningenævnets arbejde.", col),
        Paragraph("UNHCR, Dansk Flygtningehjælp, Røde Kors, arbejdsmarkedets parter og migrantforeninger "
                  "høres to gange om året. Danmark udveksler oplysninger med de øvrige medlemsstater og "
                  "deltager i Det Europæiske Asylagenturs netværk.", col),
    ]
    colw = (w - 4 * cm - 0.8 * cm) / 2
    _flow(c, left, 2 * cm, 2 * cm, colw, h - 4 * cm)
    _flow(c, right, 2 * cm + colw + 0.8 * cm, 2 * cm, colw, h - 4 * cm)
    c.showPage()
    c.save()


PT_ROWS = [
    ("2.1.2. Elementos da dimensão interna", None),
    ("— Como assegurar a aplicação correta e célere das regras relativas ao Estado-Membro responsável, "
     "incluindo as transferências e os procedimentos de retomada e tomada a cargo?",
     "A Unidade Dublin da AIMA passa a ter 40 técnicos e executa as transferências no prazo de seis meses. "
     "Os pedidos de retomada a cargo são respondidos em duas semanas."),
    ("— Como combater a exploração e reduzir o emprego ilegal de nacionais de países terceiros em situação "
     "irregular (Diretiva 2009/52/CE)?",
     "Não aplicável."),
    ("— Como assegurar a gestão eficaz do regresso dos nacionais de países terceiros em situação irregular, "
     "um regresso eficaz e digno (Diretiva 2008/115/CE)?",
     "A decisão de regresso é emitida com a decisão negativa de asilo. Damos prioridade ao regresso "
     "voluntário com apoio à reintegração da Frontex; os afastamentos coercivos são acompanhados pela "
     "Inspeção-Geral da Administração Interna. Meta: 35 % de regressos executados até 2030."),
    ("— Outras medidas de regresso: cooperação entre atores, planeamento estratégico da capacidade, "
     "instrumentos da Frontex, apoio à reintegração.", ""),
    ("2.3.3. Um sistema de acolhimento robusto", None),
    ("— A sua abordagem estratégica para garantir que o sistema de acolhimento proporciona aos requerentes "
     "o acesso a condições de acolhimento adequadas, em conformidade com a Diretiva (UE) 2024/1346.",
     "O Centro Português para os Refugiados e os centros de acolhimento temporário terão 3 000 lugares, "
     "com alojamento, alimentação, cuidados de saúde e escolaridade das crianças. Os menores não "
     "acompanhados são acolhidos em casas de acolhimento da Segurança Social."),
    ("— Outras medidas: acolhimento sustentável e resiliente, monitorização das condições de acolhimento, "
     "limitação dos abusos.",
     "A Provedoria de Justiça visita anualmente todos os centros e publica as suas conclusões."),
    ("2.3.4. Condições para uma integração bem-sucedida e precoce", None),
    ("— Como assegurar a integração dos beneficiários de proteção internacional: educação, cursos de língua, "
     "emprego, cuidados de saúde, habitação, segurança social?",
     "Os beneficiários frequentam o programa Português Língua de Acolhimento (150 horas), inscrevem-se no "
     "IEFP e têm acesso ao Serviço Nacional de Saúde e ao apoio ao arrendamento durante 18 meses."),
]


def make_portuguese(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    title = [Paragraph("REPÚBLICA PORTUGUESA — Ministério da Administração Interna", HEAD),
             Paragraph("Estratégia Nacional de Gestão do Asilo e da Migração 2026–2030: respostas ao modelo "
                       "(excerto: capítulos 2.1.2, 2.3.3 e 2.3.4)", BODY)]
    _flow(c, title, 2 * cm, h - 5 * cm, w - 4 * cm, 3 * cm)
    data = [[Paragraph("Pergunta do modelo", CELLB), Paragraph("Resposta de Portugal", CELLB)]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), (0.85, 0.85, 0.85))]
    for q, a in PT_ROWS:
        if a is None:
            data.append([Paragraph(q, CELLB), ""])
            style.append(("SPAN", (0, len(data) - 1), (1, len(data) - 1)))
        else:
            data.append([Paragraph(q, CELL), Paragraph(a, CELL)])
    t = Table(data, colWidths=[7.5 * cm, (w - 4 * cm) - 7.5 * cm], repeatRows=1)
    t.setStyle(TableStyle(style))
    parts = t.split(w - 4 * cm, h - 7.5 * cm)
    y_top = h - 5.3 * cm
    for i, part in enumerate(parts):
        pw, ph = part.wrap(w - 4 * cm, h)
        part.drawOn(c, 2 * cm, y_top - ph)
        if i < len(parts) - 1:
            c.showPage()
            y_top = h - 2 * cm
    c.showPage()
    c.save()


def make_images_only(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    for lines in (SCANNED_DA, SCANNED_DA[::-1]):
        img = _text_image(lines)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def make_portuguese_docx(path: Path) -> None:
    import datetime

    import docx  # python-docx

    d = docx.Document()
    d.add_heading("Estratégia Nacional de Gestão do Asilo e da Migração 2026–2030: respostas ao modelo", 1)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Pergunta do modelo", "Resposta de Portugal"
    for q, a in PT_ROWS:
        r = t.add_row()
        if a is None:
            r.cells[0].merge(r.cells[1]).text = q
        else:
            r.cells[0].text, r.cells[1].text = q, a
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 12, 1)
    d.save(str(path))


def main() -> None:
    make_danish(HERE / "da-2026.layout.pdf")
    make_portuguese(HERE / "pt-2026.qa-table.pdf")
    make_portuguese_docx(HERE / "pt-2026.qa-table.docx")
    make_images_only(HERE / "images-only.pdf")
    (HERE / "zero-byte.pdf").write_bytes(b"")
    whole = (HERE / "pt-2026.qa-table.pdf").read_bytes()
    (HERE / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    for name in ("da-2026.layout.pdf", "pt-2026.qa-table.pdf", "images-only.pdf", "truncated.pdf"):
        print(name, os.path.getsize(HERE / name))


if __name__ == "__main__":
    main()
