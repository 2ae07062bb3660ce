"""Writes the inputs of tests/data/fresh5 (fresh-eyes tester, eighth session).

Run: /work/main/.venv/bin/python tests/data/fresh5/make_inputs.py  (reportlab, pillow, DejaVu fonts)

Written for this test, never tuned on; unlike the development corpus and tests/data/fresh..fresh4 (README here says
what each file is, what an analyst expects and what the analyser gave):

- ga-2026.justified-hyphen.pdf: an Irish strategy, justified, words hyphenated at line ends, running header and footer.
- ro-2026.landscape-footnotes.pdf: a Romanian strategy on landscape pages in two columns with footnotes.
- hu-2026.form-fields.pdf: a Hungarian strategy whose answers are typed into PDF form fields (AcroForm).
- pt-2026.long.pdf: a Portuguese strategy of 150 pages (every Annex section, many pages each).
- da-2026.reordered.txt: a Danish strategy whose sections come in another order than the Annex (2.6 first).
- lb-2026.fr-de-mixed.txt: a Luxembourg strategy, Luxembourgish headings, paragraphs alternating French and German.
- ga-en-2026.alternating.pdf: an Irish/English strategy, each paragraph in Irish then in English.
- ro-2026.bullets-only.txt: a Romanian strategy answering every section with bullet lists only.
- hu-2026.own-numbering.txt: a Hungarian strategy with its own numbering 1-6 that collides with the Annex numbers.
- da-2026.scanned-page.pdf: a Danish strategy whose second page is a scan (a picture, no text layer).
- pt-2026.owner-password.pdf: a Portuguese strategy encrypted with an owner password only (opens without one).
- pt-2026.user-password.pdf: the same, encrypted with a user password ("asilo").
- Non-strategies: ro-tax-form.pdf (a tax return form with fields), pt-parliament-debate.txt (a plenary debate on
  migration), da-ngo-asylum-report.txt (an NGO report on asylum), fr-commune-reception-plan.txt (a Luxembourg
  commune's reception plan), en-commission-communication.txt (a Commission communication on the Pact's
  implementation, naming every area of the Annex).
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, SimpleDocTemplate

HERE = Path(__file__).resolve().parent
rl_config.invariant = 1  # byte-identical PDFs on every run
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def _styles(size: float = 10, name: str = "") -> tuple[ParagraphStyle, ParagraphStyle]:
    body = ParagraphStyle(f"b{size}{name}", fontName="DVS", fontSize=size, leading=size * 1.3, spaceAfter=5,
                          alignment=TA_JUSTIFY)
    head = ParagraphStyle(f"h{size}{name}", fontName="DVSB", fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                          spaceBefore=6, spaceAfter=4)
    return body, head


def _flow(items, body, head) -> list:
    """``items``: ("h", text) headings and ("p", text) paragraphs → reportlab flowables."""
    return [Paragraph(t, head if k == "h" else body) for k, t in items]


# ------------------------------------------------------------------------------------------------ Irish, hyphenated
GA = [
    ("h", "Straitéis Náisiúnta um Bainistíocht Tearmainn agus Imirce 2026–2030"),
    ("h", "1. Comhthéacs na bainistíochta náisiúnta tearmainn agus imirce"),
    ("p", "In 2025 rinne 18 400 duine iarratas ar chosaint idirnáisiúnta in Éirinn, méadú 22 faoin gcéad ar an "
          "mbliain roimhe. Tháinig an chuid is mó acu trí Thuaisceart Éireann agus tríd an Aerfort i mBaile Átha "
          "Cliath. Léiríonn anailís riosca na Roinne Dlí agus Cirt go bhfanfaidh líon na n-iarratas ard go dtí 2028."),
    ("h", "2.1.2. An ghné inmheánach"),
    ("p", "Cuirfear 1 200 duine nach bhfuil ceart fanachta acu ar ais gach bliain. Tabharfar tús áite d'fhilleadh "
          "deonach le cúnamh athimeasctha, agus leathnófar an t-ionad coinneála i gCorcaigh go 60 áit faoi 2027."),
    ("h", "2.3.3. Córas láidir glactha"),
    ("p", "Méadófar líon na n-áiteanna cóiríochta stáit do iarratasóirí ó 9 000 go 14 000 faoi 2028. Osclófar "
          "ceithre ionad fáiltithe nua i Luimneach, i nGaillimh, i bPort Láirge agus i Sligeach, agus déanfaidh "
          "an tSeirbhís Iniúchta monatóireacht ar chaighdeáin na n-ionad gach sé mhí."),
    ("h", "2.6. Acmhainn leordhóthanach chun an straitéis a chur i bhfeidhm"),
    ("p", "Caithfear 410 milliún euro ar an straitéis thar chúig bliana, 95 milliún euro díobh ó Chiste um "
          "Thearmann, Imirce agus Lánpháirtiú. Earcófar 150 oifigeach cásanna breise agus nascfar na córais "
          "náisiúnta le Eurodac agus leis an gCóras Dul Isteach/Imeachta."),
]


def _hyphenate(text: str, every: int = 7) -> str:
    """Soft hyphens inside every ``every``-th long word, so reportlab may break and hyphenate them."""
    out = []
    for i, w in enumerate(text.split(" ")):
        if len(w) > 9 and i % 3 == 0:
            out.append(w[:5] + "\u00ad" + w[5:])
        else:
            out.append(w)
    return " ".join(out)


def ga_justified_hyphen() -> None:
    body, head = _styles(10.5, "ga")
    body.hyphenationLang = ""
    items = [(k, _hyphenate(t) if k == "p" else t) for k, t in GA]

    def furniture(c, doc) -> None:  # noqa: ANN001
        c.saveState()
        c.setFont("DV", 8)
        c.drawString(2.5 * cm, A4[1] - 1.4 * cm, "An Roinn Dlí agus Cirt — Straitéis Tearmainn 2026–2030")
        c.drawRightString(A4[0] - 2.5 * cm, 1.2 * cm, f"Leathanach {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(HERE / "ga-2026.justified-hyphen.pdf"), pagesize=A4, leftMargin=5.5 * cm,
                            rightMargin=5.5 * cm, topMargin=2.5 * cm, bottomMargin=2.5 * cm)
    doc.build(_flow(items, body, head), onFirstPage=furniture, onLaterPages=furniture)


# ------------------------------------------------------------------------------------------------ Romanian, landscape
RO = [
    ("h", "Strategia națională privind gestionarea azilului și a migrației 2026–2030"),
    ("h", "1. Contextul gestionării naționale a azilului și migrației"),
    ("p", "În anul 2025, Inspectoratul General pentru Imigrări a înregistrat 11 300 de cereri de protecție "
          "internațională¹, cu 35% mai multe decât în 2024. Majoritatea solicitanților au intrat pe la frontiera "
          "cu Serbia și Ucraina, iar analiza de risc arată o presiune constantă pe ruta Balcanilor de Vest."),
    ("h", "2.3.1. Acces la proceduri de azil echitabile și eficiente"),
    ("p", "Durata medie a procedurii în primă instanță va scădea de la 240 la 120 de zile până în 2028. Vor fi "
          "angajați 60 de ofițeri de azil și 12 interpreți, iar instanțele vor primi 8 judecători specializați²."),
    ("h", "2.3.3. Un sistem de primire robust"),
    ("p", "Capacitatea celor șase centre regionale de proceduri și cazare va crește de la 1 100 la 2 000 de "
          "locuri. Centrul de la Galați va fi renovat, iar standardele de primire vor fi verificate anual."),
    ("h", "2.4. Pregătire și planificare pentru situații neprevăzute"),
    ("p", "Planul de contingență pentru aflux masiv prevede 5 000 de locuri temporare în 72 de ore, stocuri de "
          "urgență și exerciții anuale cu Inspectoratul General pentru Situații de Urgență."),
]
RO_NOTES = ["¹ Date IGI, raportul statistic anual 2025.", "² Hotărârea Guvernului nr. 412/2025."]


def ro_landscape_footnotes() -> None:
    body, head = _styles(10, "ro")
    note = ParagraphStyle("ronote", fontName="DVS", fontSize=7, leading=9)
    w, h = landscape(A4)
    gap = 1 * cm
    colw = (w - 4 * cm - gap) / 2
    frames = [Frame(2 * cm, 3 * cm, colw, h - 5 * cm, id="l"), Frame(2 * cm + colw + gap, 3 * cm, colw, h - 5 * cm,
                                                                     id="r")]

    def notes(c, doc) -> None:  # noqa: ANN001
        if doc.page == 1:
            c.saveState()
            c.line(2 * cm, 2.6 * cm, 6 * cm, 2.6 * cm)
            y = 2.2 * cm
            for n in RO_NOTES:
                p = Paragraph(n, note)
                p.wrapOn(c, w - 4 * cm, 1 * cm)
                p.drawOn(c, 2 * cm, y)
                y -= 0.4 * cm
            c.restoreState()

    doc = BaseDocTemplate(str(HERE / "ro-2026.landscape-footnotes.pdf"), pagesize=(w, h))
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=notes)])
    doc.build(_flow(RO, body, head))


# ------------------------------------------------------------------------------------------------ Hungarian, form
HU_FORM = [
    ("1. A nemzeti menekültügyi és migrációkezelés háttere",
     "2025-ben 4 900 nemzetközi védelem iránti kérelmet nyújtottak be, főként a szerb–magyar határon. A kockázat"
     "elemzés szerint a nyugat-balkáni útvonalon a nyomás 2027-ig tartósan magas marad."),
    ("2.1.2. Belső dimenzió",
     "Évente 1 500 jogellenesen tartózkodó harmadik országbeli állampolgár kiutasítását hajtjuk végre, "
     "elsősorban önkéntes visszatéréssel és visszailleszkedési támogatással."),
    ("2.3.3. Megbízható befogadási rendszer",
     "A befogadó állomások férőhelyeit 1 200-ról 2 500-ra bővítjük 2028-ig Vámosszabadiban és Balassagyarmaton."),
    ("2.6. Elegendő kapacitás a stratégia végrehajtásához",
     "A stratégia öt év alatt 38 milliárd forintba kerül; ebből 9 milliárd az AMIF-ből származik. 80 új "
     "menekültügyi ügyintézőt veszünk fel, és a rendszereket összekapcsoljuk az Eurodackal."),
]


def hu_form_fields() -> None:
    c = canvas.Canvas(str(HERE / "hu-2026.form-fields.pdf"), pagesize=A4)
    c.setFont("DVB", 13)
    c.drawString(2 * cm, A4[1] - 2 * cm, "Nemzeti menekültügyi és migrációkezelési stratégia 2026–2030")
    c.setFont("DV", 8)
    c.drawString(2 * cm, A4[1] - 2.6 * cm, "Kitöltendő űrlap — a mezőket a Belügyminisztérium tölti ki")
    y = A4[1] - 4 * cm
    form = c.acroForm
    for i, (label, value) in enumerate(HU_FORM):
        c.setFont("DVB", 10)
        c.drawString(2 * cm, y, label)
        value = value.translate(str.maketrans("őűŐŰ–", "öüÖÜ-"))  # the standard fonts of form fields are Latin-1
        form.textfield(name=f"f{i}", value=value, x=2 * cm, y=y - 3.6 * cm, width=A4[0] - 4 * cm, height=3.2 * cm,
                       fontName="Helvetica", fontSize=9, fieldFlags="multiline", borderWidth=0.5)
        y -= 5 * cm
    c.save()


# ------------------------------------------------------------------------------------------------ Portuguese, 150 pages
PT_SECTIONS = [
    ("1. Contexto da gestão nacional do asilo e da migração",
     ["Em 2025 foram apresentados {n} pedidos de proteção internacional em Portugal, sobretudo em Lisboa e no "
      "Porto; a análise de risco da AIMA prevê que a pressão migratória se mantenha elevada até 2029.",
      "A posição geográfica de Portugal, na fronteira atlântica da União, expõe o país a chegadas por via aérea "
      "e marítima, em especial nos Açores e na Madeira, onde foram registadas {n} chegadas irregulares."]),
    ("2.1.1. Dimensão externa",
     ["Portugal celebrará {n} acordos de parceria com países de origem e de trânsito na África Ocidental e "
      "na CPLP, incluindo vias legais de migração laboral e o reinstalamento de refugiados.",
      "O programa de parcerias de talentos abrangerá {n} trabalhadores por ano de Cabo Verde e de Marrocos."]),
    ("2.1.2. Dimensão interna",
     ["Serão executados {n} afastamentos coercivos e regressos voluntários por ano, com apoio à reintegração "
      "nos países de origem e cooperação com a Frontex.",
      "A inspeção do trabalho realizará {n} ações por ano contra o emprego ilegal de nacionais de países "
      "terceiros em situação irregular, com sanções aos empregadores."]),
    ("2.2. Gestão eficaz das fronteiras externas da UE",
     ["O controlo das fronteiras externas nos aeroportos de Lisboa, Faro e Porto será reforçado com {n} "
      "inspetores e a triagem prevista no Regulamento (UE) 2024/1356.",
      "O procedimento de fronteira será aplicado em {n} lugares nos aeroportos, com garantias para menores."]),
    ("2.3.1. Procedimentos de asilo justos e eficientes",
     ["O prazo médio de decisão em primeira instância passará para {n} dias; a AIMA contratará oficiais de "
      "asilo e os tribunais administrativos receberão juízes especializados.",
      "A qualidade das decisões será acompanhada pela EUAA e por um painel interno que reverá {n} casos por ano."]),
    ("2.3.3. Um sistema de acolhimento robusto",
     ["A capacidade de acolhimento passará de 2 800 para {n} lugares até 2028, com novos centros em Loures, "
      "Coimbra e Beja, e as condições serão verificadas semestralmente.",
      "Os requerentes vulneráveis terão {n} lugares em casas de acolhimento especializadas."]),
    ("2.3.4. Condições para uma integração precoce",
     ["Os beneficiários de proteção terão cursos de português, reconhecimento de qualificações e acesso à "
      "habitação; {n} pessoas por ano frequentarão o programa Português Língua de Acolhimento.",
      "Os municípios receberão apoio para integrar {n} famílias por ano no mercado de trabalho."]),
    ("2.4. Preparação e planos de contingência",
     ["O plano de contingência prevê {n} lugares temporários em 72 horas em caso de chegadas em massa por via "
      "marítima, e exercícios anuais com a Proteção Civil.",
      "Em caso de instrumentalização de migrantes, serão mobilizados {n} agentes de reforço."]),
    ("2.5. Abordagem integrada",
     ["Uma comissão interministerial coordenará a estratégia; reunirá {n} vezes por ano com os municípios, "
      "o ACNUR, a OIM e as organizações da sociedade civil.",
      "A cooperação com os outros Estados-Membros e a troca de informação serão asseguradas por {n} pontos "
      "de contacto."]),
    ("2.6. Capacidade suficiente para executar a estratégia",
     ["A estratégia custará {n} milhões de euros em cinco anos, dos quais 140 milhões do FAMI; serão contratados "
      "400 funcionários e os sistemas nacionais ligados ao Eurodac e ao EES.",
      "O apoio operacional da EUAA e da Frontex cobrirá {n} destacamentos por ano."]),
]


def pt_long() -> None:
    body, head = _styles(10.5, "pt")
    rnd = random.Random(5)
    items: list = [("h", "Estratégia Nacional de Gestão do Asilo e da Migração 2026–2030")]
    for title, paras in PT_SECTIONS:
        items.append(("h", title))
        for k in range(170):  # ~15 pages per section → ~150 pages
            if k % 8 == 0:
                items.append(("p", f"<b>Medida {k + 1}.</b>"))
            items.append(("p", paras[k % 2].format(n=rnd.randint(100, 9000))))
    doc = SimpleDocTemplate(str(HERE / "pt-2026.long.pdf"), pagesize=A4, leftMargin=5 * cm, rightMargin=5 * cm,
                            topMargin=4 * cm, bottomMargin=4 * cm)
    doc.build(_flow(items, body, head), onLaterPages=lambda c, d: (c.setFont("DV", 8),
                                                                     c.drawCentredString(A4[0] / 2, 1.5 * cm,
                                                                                         str(d.page))))


# ------------------------------------------------------------------------------------------------ Danish
DA_REORDERED = """National strategi for asyl- og migrationsforvaltning 2026–2030

2.6. Tilstrækkelig kapacitet til at gennemføre strategien

Strategien koster 2,1 mia. kr. over fem år, heraf 480 mio. kr. fra Asyl-, Migrations- og Integrationsfonden. Udlændingestyrelsen ansætter 120 nye sagsbehandlere, og de nationale systemer forbindes med Eurodac og EES.

2.3.3. Et robust modtagelsessystem

Kapaciteten på asylcentrene øges fra 3 000 til 4 500 pladser inden 2028, med nye centre i Sandholm og Thisted. Modtageforholdene kontrolleres to gange om året af Rigsrevisionen.

1. Rammerne for den nationale asyl- og migrationsforvaltning

I 2025 søgte 2 600 personer om international beskyttelse i Danmark, de fleste via Tyskland. Risikoanalysen fra Rigspolitiet peger på et stabilt, men højt pres frem mod 2028.

2.1.2. Den interne dimension

Hjemrejsestyrelsen skal gennemføre 1 800 udsendelser om året af udlændinge uden lovligt ophold, med vægt på frivillig hjemrejse og reintegrationsstøtte. Udrejsecenter Kærshovedgård udvides med 100 pladser.

2.4. Beredskab og beredskabsplanlægning

Beredskabsplanen sikrer 8 000 midlertidige pladser inden for 72 timer ved massetilstrømning og en årlig øvelse med Beredskabsstyrelsen og kommunerne.
"""

DA_SCAN_P1 = [
    ("h", "National strategi for asyl- og migrationsforvaltning 2026–2030"),
    ("h", "1. Rammerne for den nationale asyl- og migrationsforvaltning"),
    ("p", "I 2025 søgte 2 600 personer om international beskyttelse i Danmark, de fleste via Tyskland. "
          "Risikoanalysen fra Rigspolitiet peger på et stabilt, men højt pres frem mod 2028."),
    ("h", "2.3.3. Et robust modtagelsessystem"),
    ("p", "Kapaciteten på asylcentrene øges fra 3 000 til 4 500 pladser inden 2028, med nye centre i Sandholm og "
          "Thisted. Modtageforholdene kontrolleres to gange om året."),
]
DA_SCAN_P2 = ["2.6. Tilstrækkelig kapacitet til at gennemføre strategien",
              "Strategien koster 2,1 mia. kr. over fem år, heraf 480 mio. kr. fra",
              "Asyl-, Migrations- og Integrationsfonden. Udlændingestyrelsen ansætter",
              "120 nye sagsbehandlere, og systemerne forbindes med Eurodac og EES."]


def _scan_png(lines: list[str]) -> ImageReader:
    img = Image.new("L", (1240, 1754), 250)  # A4 at 150 dpi
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 26)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 28)
    y = 200
    for i, line in enumerate(lines):
        d.text((150, y), line, fill=20, font=bold if i == 0 else font)
        y += 60 if i == 0 else 40
    rnd = random.Random(7)
    for _ in range(3000):  # scanner speckle
        img.putpixel((rnd.randrange(1240), rnd.randrange(1754)), rnd.randrange(90, 200))
    img = img.rotate(0.8, fillcolor=250).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return ImageReader(buf)


def da_scanned_page() -> None:
    body, head = _styles(10.5, "da")
    c = canvas.Canvas(str(HERE / "da-2026.scanned-page.pdf"), pagesize=A4)
    f = Frame(2.5 * cm, 2.5 * cm, A4[0] - 5 * cm, A4[1] - 5 * cm)
    f.addFromList(_flow(DA_SCAN_P1, body, head), c)
    c.showPage()
    c.drawImage(_scan_png(DA_SCAN_P2), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------------ Irish / English
GA_EN = [
    ("h", "Straitéis Náisiúnta Tearmainn agus Imirce 2026–2030 / National Asylum and Migration Strategy 2026–2030"),
    ("h", "1. Comhthéacs / Context"),
    ("p", "In 2025 rinne 18 400 duine iarratas ar chosaint idirnáisiúnta in Éirinn, méadú 22 faoin gcéad."),
    ("p", "In 2025, 18,400 people applied for international protection in Ireland, an increase of 22 per cent."),
    ("h", "2.3.1. Nósanna imeachta tearmainn / Asylum procedures"),
    ("p", "Laghdófar an t-am próiseála ar an gcéad chéim go sé mhí faoi 2027, agus earcófar 90 oifigeach cásanna."),
    ("p", "First-instance processing time will fall to six months by 2027, and 90 case officers will be recruited."),
    ("h", "2.3.3. Córas glactha / Reception system"),
    ("p", "Méadófar líon na n-áiteanna cóiríochta stáit ó 9 000 go 14 000 faoi 2028."),
    ("p", "State accommodation for applicants will grow from 9,000 to 14,000 places by 2028."),
    ("h", "2.4. Ullmhacht / Preparedness"),
    ("p", "Cuirfidh an plean teagmhais 3 000 leaba éigeandála ar fáil laistigh de 72 uair i gcás teacht ollmhór."),
    ("p", "The contingency plan provides 3,000 emergency beds within 72 hours in the event of mass arrivals."),
]


def ga_en_alternating() -> None:
    body, head = _styles(10.5, "gaen")
    en = ParagraphStyle("en", parent=body, fontName="DV", textColor="#333333")
    flow = []
    lang_en = False
    for k, t in GA_EN:
        if k == "h":
            flow.append(Paragraph(t, head))
            lang_en = False
        else:
            flow.append(Paragraph(t, en if lang_en else body))
            lang_en = not lang_en
    SimpleDocTemplate(str(HERE / "ga-en-2026.alternating.pdf"), pagesize=A4).build(flow)


# ------------------------------------------------------------------------------------------------ encrypted
PT_SHORT = [
    ("h", "Estratégia Nacional de Gestão do Asilo e da Migração 2026–2030"),
    ("h", "2.1.2. Dimensão interna"),
    ("p", "Serão executados 2 400 afastamentos coercivos e regressos voluntários por ano, com apoio à "
          "reintegração nos países de origem e cooperação com a Frontex."),
    ("h", "2.3.3. Um sistema de acolhimento robusto"),
    ("p", "A capacidade de acolhimento passará de 2 800 para 4 600 lugares até 2028, com novos centros em Loures, "
          "Coimbra e Beja, e as condições serão verificadas semestralmente."),
]


def pt_encrypted() -> None:
    body, head = _styles(10.5, "ptenc")
    for name, user in (("pt-2026.owner-password.pdf", ""), ("pt-2026.user-password.pdf", "asilo")):
        enc = StandardEncryption(user, ownerPassword="dono-2026", canPrint=1, canModify=0, canCopy=0,
                                 canAnnotate=0, strength=128)
        SimpleDocTemplate(str(HERE / name), pagesize=A4, encrypt=enc).build(_flow(PT_SHORT, body, head))


# ------------------------------------------------------------------------------------------------ Romanian tax form
RO_TAX = [("Cod de identificare fiscală (CNP/NIF)", "1850312400123"), ("Nume și prenume", "Popescu Ion"),
          ("Venituri din salarii realizate în anul 2025 (lei)", "84 000"),
          ("Venituri din cedarea folosinței bunurilor (lei)", "12 000"),
          ("Contribuția de asigurări sociale de sănătate datorată (CASS)", "1 980"),
          ("Impozit pe venit datorat (10%)", "1 200"),
          ("Cont IBAN pentru restituirea impozitului plătit în plus", "RO49AAAA1B31007593840000")]


def ro_tax_form() -> None:
    c = canvas.Canvas(str(HERE / "ro-tax-form.pdf"), pagesize=A4)
    c.setFont("DVB", 12)
    c.drawString(2 * cm, A4[1] - 2 * cm, "DECLARAȚIE UNICĂ privind impozitul pe venit și contribuțiile sociale")
    c.setFont("DV", 8)
    c.drawString(2 * cm, A4[1] - 2.5 * cm, "Formular 212 — Agenția Națională de Administrare Fiscală (ANAF)")
    c.drawString(2 * cm, A4[1] - 2.9 * cm, "Se completează de persoanele fizice rezidente și nerezidente, "
                                          "inclusiv cetățenii statelor terțe cu drept de ședere în România.")
    y = A4[1] - 4 * cm
    for i, (label, value) in enumerate(RO_TAX):
        c.setFont("DV", 9)
        c.drawString(2 * cm, y, f"{i + 1}. {label}")
        c.acroForm.textfield(name=f"r{i}", value=value, x=2 * cm, y=y - 0.9 * cm, width=10 * cm, height=0.7 * cm,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 1.6 * cm
    c.setFont("DV", 8)
    c.drawString(2 * cm, y - 0.5 * cm, "Sub sancțiunile aplicate faptei de fals în declarații, declar că datele "
                                       "sunt corecte și complete.")
    c.save()


# ------------------------------------------------------------------------------------------------ text files
LB_MIXED = """Nationale Strategie fir d'Asyl- a Migratiounsmanagement 2026–2030

1. Kontext vum nationalen Asyl- a Migratiounsmanagement

En 2025, le Grand-Duché a enregistré 2 400 demandes de protection internationale, soit 18 % de plus qu'en 2024. La plupart des demandeurs arrivent par la Belgique, la France et l'Allemagne, et l'analyse de risque de la Direction générale de l'immigration prévoit une pression stable jusqu'en 2028.

Die geografische Lage Luxemburgs im Herzen der Schengen-Zone ohne eigene Außengrenze bedeutet, dass fast alle Antragsteller über Binnengrenzen einreisen.

2.3.3. E robust Opnamesystem

L'Office national de l'accueil portera la capacité des structures d'hébergement de 6 500 à 8 000 lits d'ici 2028, avec deux nouveaux centres à Mersch et à Differdange.

Die Aufnahmebedingungen werden zweimal jährlich vom Ombudsman kontrolliert, und besonders schutzbedürftige Antragsteller erhalten 300 Plätze in spezialisierten Einrichtungen.

2.1.2. Déi intern Dimensioun

Le Luxembourg exécutera 500 retours par an de ressortissants de pays tiers en séjour irrégulier, en privilégiant le retour volontaire avec une aide à la réintégration.

Das Abschiebezentrum in Findel wird um 40 Plätze erweitert; Familien mit Kindern werden dort nicht festgehalten.

2.6. Genuch Kapazitéit fir d'Strategie ëmzesetzen

La stratégie coûtera 190 millions d'euros sur cinq ans, dont 28 millions du Fonds Asile, Migration et Intégration. 60 agents supplémentaires seront recrutés.
"""

RO_BULLETS = """Strategia națională privind gestionarea azilului și a migrației 2026–2030

1. Contextul gestionării naționale a azilului și migrației
• 11 300 de cereri de azil în 2025 (+35% față de 2024)
• intrări principale: frontiera cu Serbia și cu Ucraina
• risc: presiune constantă pe ruta Balcanilor de Vest până în 2028

2.1.2. Dimensiunea internă
• 2 000 de returnări pe an ale străinilor cu ședere ilegală
• prioritate: returnarea voluntară, cu sprijin pentru reintegrare
• centrul de custodie publică Otopeni: +80 de locuri

2.3.1. Proceduri de azil echitabile și eficiente
• durata procedurii în primă instanță: de la 240 la 120 de zile până în 2028
• 60 de ofițeri de azil și 12 interpreți noi
• 8 judecători specializați în instanțe

2.3.3. Un sistem de primire robust
• capacitate de cazare: de la 1 100 la 2 000 de locuri
• renovarea centrului de la Galați
• verificarea anuală a standardelor de primire

2.6. Capacitate suficientă pentru punerea în aplicare a strategiei
• buget: 95 de milioane de euro pe cinci ani
• din care 30 de milioane din FAMI
• conectarea sistemelor naționale la Eurodac și EES
"""

HU_OWN = """Nemzeti menekültügyi és migrációkezelési stratégia 2026–2030

1. Bevezetés

Ez a stratégia a 2024/1351/EU rendelet 7. cikke alapján készült, és a Belügyminisztérium irányításával valósul meg.

2. Befogadás

2.1. Férőhelyek

A befogadó állomások férőhelyeit 1 200-ról 2 500-ra bővítjük 2028-ig Vámosszabadiban és Balassagyarmaton, és a befogadási feltételeket félévente ellenőrizzük.

2.2. Kiszolgáltatott kérelmezők

A kísérő nélküli kiskorúak számára 150 férőhelyet biztosítunk a fóti gyermekotthonban.

3. Visszaküldés

3.1. Kiutasítás

Évente 1 500 jogellenesen tartózkodó harmadik országbeli állampolgár kiutasítását hajtjuk végre, elsősorban önkéntes visszatéréssel és visszailleszkedési támogatással.

4. Menekültügyi eljárás

4.1. Az eljárás időtartama

Az elsőfokú eljárás átlagos időtartamát 180 napról 90 napra csökkentjük, és 40 új menekültügyi ügyintézőt veszünk fel.

5. Finanszírozás

A stratégia öt év alatt 38 milliárd forintba kerül; ebből 9 milliárd a Menekültügyi, Migrációs és Integrációs Alapból származik.
"""

PT_DEBATE = """Diário da Assembleia da República — I Série, Número 47, Reunião plenária de 12 de março de 2026

O Sr. Presidente: — Srs. Deputados, vamos iniciar o debate de urgência sobre a política de migração e asilo, requerido pelo Grupo Parlamentar do PSD. Tem a palavra o Sr. Deputado Hugo Carneiro.

O Sr. Hugo Carneiro (PSD): — Sr. Presidente, Srs. Deputados: o Governo anunciou 4 600 lugares de acolhimento até 2028, mas onde estão os centros? Em Loures ninguém foi consultado. Exigimos que a estratégia nacional seja apresentada a este Parlamento antes de ser enviada a Bruxelas.

Aplausos do PSD.

O Sr. Presidente: — Tem a palavra a Sr.ª Ministra da Administração Interna.

A Sr.ª Ministra da Administração Interna: — Sr. Presidente, Srs. Deputados, a AIMA decidiu 22 000 pedidos no último ano e o prazo médio de decisão desceu para 180 dias. Os afastamentos coercivos aumentaram 30 %. Não aceitamos lições de quem deixou 400 000 processos pendentes.

Protestos do CH.

O Sr. Pedro Pinto (CH): — É uma vergonha! As fronteiras estão abertas e os portugueses pagam a fatura!

O Sr. Presidente: — Peço silêncio, Srs. Deputados. Tem a palavra a Sr.ª Deputada Joana Mortágua.

A Sr.ª Joana Mortágua (BE): — Sr. Presidente, o Bloco de Esquerda lembra que o direito de asilo não é uma concessão. Os centros de instalação temporária no aeroporto de Lisboa violam os direitos das crianças, como já disse a Provedora de Justiça.

O Sr. Presidente: — Está encerrado o debate. A próxima reunião plenária realiza-se amanhã, às 15 horas.
"""

DA_NGO = """Asyl i Danmark 2026 — Årsrapport fra Dansk Flygtningehjælp

Sammenfatning

I 2025 søgte 2 600 personer asyl i Danmark, og anerkendelsesprocenten i første instans faldt til 38 %. Dansk Flygtningehjælp har rådgivet 1 900 asylansøgere og fulgt 420 sager ved Flygtningenævnet.

Vores observationer

Forholdene på udrejsecentrene Kærshovedgård og Avnstrup er fortsat kritisable. Børn opholder sig i gennemsnit 2,5 år på centrene, og 40 % af de interviewede familier beskriver mistrivsel. Vi har dokumenteret 12 tilfælde, hvor torturofre ikke blev screenet.

Sagsbehandlingstiden ved Udlændingestyrelsen steg til 310 dage i andet halvår. Mange ansøgere venter uden adgang til danskundervisning eller arbejde.

Anbefalinger

Vi anbefaler regeringen at lukke udrejsecentrene for børnefamilier, at indføre uafhængig screening af sårbare asylansøgere og at sikre gratis advokatbistand fra første dag. Danmark bør deltage i EU's genbosætningsprogram med mindst 500 kvoteflygtninge om året.

Om Dansk Flygtningehjælp

Dansk Flygtningehjælp er en privat, humanitær organisation grundlagt i 1956. Rapporten er finansieret af private donationer.
"""

FR_COMMUNE = """Commune de Differdange — Plan communal d'accueil des demandeurs de protection internationale 2026–2028

Adopté par le conseil communal le 14 janvier 2026

1. Objet du plan

Le présent plan organise l'accueil, sur le territoire de la commune, des demandeurs de protection internationale hébergés dans la structure de l'Office national de l'accueil (ONA) rue Pierre Gansen, qui comptera 320 lits à partir de juin 2026.

2. Logement et infrastructures

La commune met à disposition un terrain de 1,2 hectare pour des unités modulaires. Les services techniques assurent le raccordement à l'eau, l'électricité et la collecte des déchets. Une navette relie la structure à la gare de Differdange toutes les trente minutes.

3. Scolarisation et petite enfance

Les 85 enfants attendus seront scolarisés dans les écoles fondamentales Woiwer et Fousbann ; deux classes d'accueil sont créées, avec des cours intensifs de luxembourgeois et de français.

4. Vie locale et bénévolat

Le service à l'égalité des chances coordonne les bénévoles, les associations sportives et le café des langues du vendredi. Le club de football offre 40 licences gratuites.

5. Budget communal

Le plan coûte 640 000 euros à la commune sur trois ans ; l'État rembourse 60 % des frais de scolarisation.
"""

EN_COM = """EUROPEAN COMMISSION
Brussels, 12.6.2026 COM(2026) 310 final

COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT, THE COUNCIL, THE EUROPEAN ECONOMIC AND SOCIAL COMMITTEE AND THE COMMITTEE OF THE REGIONS

First report on the implementation of the Pact on Migration and Asylum

1. Introduction

The Pact on Migration and Asylum applies from 12 June 2026. This Communication takes stock of the progress made by the Member States and the Union since the adoption of the Common Implementation Plan in June 2024, and sets out the next steps.

2. State of play across the Union

In 2025 the Union received 912 000 applications for international protection, 11 % fewer than in 2024. Irregular border crossings fell by 38 %, with the Central Mediterranean and Western Balkan routes most affected.

3. Progress in the building blocks of the Pact

Twenty-three Member States have submitted their national implementation plans. The Commission welcomes progress on Eurodac, where the central system entered into operation in May 2026, and on the screening and border procedures: 19 Member States have designated locations for the border procedure with a combined adequate capacity of 30 000 places.

Reception capacity across the Union reached 1.1 million places. The Commission calls on Member States to finalise their contingency plans for reception and to ensure that vulnerable applicants are identified early.

The Commission has mobilised EUR 1.8 billion under the Asylum, Migration and Integration Fund and the Border Management and Visa Instrument to support implementation, and the European Union Agency for Asylum has deployed 1 400 staff in 13 Member States.

4. Solidarity and the first annual cycle

On the basis of the European Annual Asylum and Migration Report, the Council adopted the first Annual Solidarity Pool of 30 000 relocations and EUR 600 million in financial contributions.

5. Next steps

The Commission will assess the national strategies that Member States adopt under Article 7 of Regulation (EU) 2024/1351 and report on them in 2027. It invites the European Parliament and the Council to endorse the approach set out in this Communication.
"""


def texts() -> None:
    for name, text in (("da-2026.reordered.txt", DA_REORDERED), ("lb-2026.fr-de-mixed.txt", LB_MIXED),
                       ("ro-2026.bullets-only.txt", RO_BULLETS), ("hu-2026.own-numbering.txt", HU_OWN),
                       ("pt-parliament-debate.txt", PT_DEBATE), ("da-ngo-asylum-report.txt", DA_NGO),
                       ("fr-commune-reception-plan.txt", FR_COMMUNE), ("en-commission-communication.txt", EN_COM)):
        (HERE / name).write_text(text, encoding="utf-8")


def main() -> None:
    texts()
    ga_justified_hyphen()
    ro_landscape_footnotes()
    hu_form_fields()
    pt_long()
    da_scanned_page()
    ga_en_alternating()
    pt_encrypted()
    ro_tax_form()


if __name__ == "__main__":
    main()
