"""Writes the inputs of tests/data/fresh4 (fresh-eyes tester, seventh session).

Run: /work/main/.venv/bin/python tests/data/fresh4/make_inputs.py  (reportlab, pillow, python-docx, DejaVu fonts)

Written for this test, never tuned on; unlike the development corpus, tests/data/fresh, fresh2 and fresh3 (see the
README here for what each file is and what an analyst expects):

- pl-2026.booklet.pdf: a Polish strategy set as A5 pages printed two-up on landscape A4 sheets (reading spreads).
- de-2026.softhyphen.pdf: a German strategy, justified, with soft hyphens (U+00AD) in the text and ligature
  characters (U+FB01 "fi", U+FB02 "fl") in the body.
- bg-2026.no-tounicode.pdf: a Bulgarian excerpt whose embedded fonts have no ToUnicode map (glyph ids only).
- it-2026.image-headings.pdf: an Italian strategy whose section headings are pictures; the text below is typed.
- pt-2026.margin-notes.pdf: a Portuguese excerpt with small margin notes beside the paragraphs.
- lt-2026.long-table.pdf: a Lithuanian excerpt whose 2.6 answer is a table of measures over three pages, its header
  row repeated on each page.
- fi-2026.stats-annex.pdf: a Finnish excerpt followed by an annex of statistical tables.
- el-2026.bookmarks.pdf: a Greek strategy with PDF bookmarks (an outline) and unnumbered bold headings.
- es-2026.out-of-order.pdf: a Spanish strategy whose pages are stored out of order (printed page numbers 3, 1, 2).
- fr-nl-2026.bilingual.pdf: a Belgian bilingual strategy, French left column, Dutch right column, same content.
- mt-2026.en-quotes.txt: a Maltese strategy quoting the Pact and the Commission in English.
- Non-strategies close to the topic: fr-regulation-recitals.txt (recitals of an EU regulation), de-house-rules.txt
  (house rules of a reception centre), pl-visa-faq.txt (a ministry's FAQ on visas), en-unhcr-report.txt (a UNHCR
  country report), lt-integration-strategy.txt (a national labour-market integration strategy of foreigners, not
  about asylum management).
"""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
rl_config.invariant = 1  # byte-identical PDFs on every run
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def _styles(size: float = 10, lang: str = "") -> tuple[ParagraphStyle, ParagraphStyle]:
    body = ParagraphStyle(f"b{size}{lang}", fontName="DVS", fontSize=size, leading=size * 1.3, spaceAfter=5,
                          alignment=TA_JUSTIFY)
    head = ParagraphStyle(f"h{size}{lang}", fontName="DVSB", fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                          spaceBefore=5, spaceAfter=4)
    return body, head


def _flow(items, body, head):
    return [Paragraph(t, head if k == "h" else body) for k, t in items]


# ------------------------------------------------------------------------------------------------ Polish, booklet
PL = [
    ("h", "Krajowa strategia zarządzania azylem i migracją na lata 2026–2030"),
    ("p", "Ministerstwo Spraw Wewnętrznych i Administracji, Warszawa 2026"),
    ("h", "1. Krajowy kontekst zarządzania azylem i migracją"),
    ("p", "W 2025 r. o ochronę międzynarodową w Polsce wystąpiło 11 300 osób, głównie obywatele Białorusi, Rosji, "
          "Ukrainy i Afganistanu; ochroną czasową objętych jest nadal ponad 950 000 obywateli Ukrainy. Granica z "
          "Białorusią pozostaje głównym kierunkiem presji: Straż Graniczna odnotowała 29 000 prób nielegalnego "
          "przekroczenia, w dużej części organizowanych przez służby państwa trzeciego."),
    ("h", "2.1.2. Wymiar wewnętrzny"),
    ("p", "Powroty cudzoziemców zobowiązanych do opuszczenia terytorium będą szybkie i godne, zgodnie z dyrektywą "
          "2008/115/WE. Priorytetem pozostaje powrót dobrowolny: Straż Graniczna zapewnia doradztwo i pomoc "
          "reintegracyjną Frontexu. Do 2030 r. wskaźnik skutecznych powrotów wzrośnie z 35 do 60 procent, a "
          "postępowania dublińskie zostaną skrócone do trzech miesięcy."),
    ("h", "2.3.3. Sprawny system przyjmowania"),
    ("p", "Urząd do Spraw Cudzoziemców prowadzi dziewięć ośrodków z 2 400 miejscami; do 2028 r. powstaną dwa nowe "
          "ośrodki z 800 miejscami, w tym ośrodek dla małoletnich bez opieki. Wnioskodawcy otrzymują "
          "zakwaterowanie, wyżywienie, opiekę medyczną i naukę języka polskiego zgodnie z dyrektywą (UE) 2024/1346. "
          "Standardy przyjmowania są kontrolowane co roku przez zespół wizytujący z udziałem organizacji "
          "pozarządowych."),
    ("h", "2.3.4. Warunki skutecznej i wczesnej integracji"),
    ("p", "Osoby objęte ochroną międzynarodową uczestniczą w dwuletnim programie integracyjnym powiatowych centrów "
          "pomocy rodzinie: kurs języka polskiego, doradztwo zawodowe, pomoc w znalezieniu mieszkania. Dzieci są "
          "przyjmowane do szkół w ciągu trzech miesięcy od złożenia wniosku."),
    ("h", "2.6. Odpowiednie zdolności do realizacji strategii"),
    ("p", "Na realizację strategii przeznaczono 1,2 mld zł w latach 2026–2030, w tym 380 mln zł z Funduszu Azylu, "
          "Migracji i Integracji. Urząd do Spraw Cudzoziemców zatrudni 120 nowych pracowników, a systemy Eurodac "
          "i EES zostaną połączone z krajowym rejestrem cudzoziemców do czerwca 2026 r."),
]


def pl_booklet() -> None:
    """A5 pages laid two-up on landscape A4 sheets: each sheet holds two consecutive pages side by side."""
    body, head = _styles(9.5)
    flow = _flow(PL, body, head)
    aw, ah = A5
    pages = []  # each page is a list of flowables laid in its own A5 frame; rendered twice: measure, then draw
    c = canvas.Canvas(str(HERE / "pl-2026.booklet.pdf"), pagesize=landscape(A4))
    page_no = 0
    while flow:
        for half in (0, 1):
            if not flow:
                break
            page_no += 1
            x0 = half * aw
            fr = Frame(x0 + 1.5 * cm, 1.8 * cm, aw - 3 * cm, ah - 3.4 * cm, leftPadding=0, rightPadding=0)
            fr.addFromList(flow, c)
            c.setFont("DV", 7)
            c.drawCentredString(x0 + aw / 2, 0.9 * cm, str(page_no))
            c.drawString(x0 + 1.5 * cm, ah - 1.0 * cm, "Strategia azylowa 2026–2030")
            pages.append(page_no)
        c.setLineWidth(0.2)
        c.setDash(2, 2)
        c.line(aw, 0.5 * cm, aw, ah - 0.5 * cm)  # fold line
        c.setDash()
        c.showPage()
    c.save()


# --------------------------------------------------------------------------------- German, soft hyphens, ligatures
DE = [
    ("h", "Nationale Strategie für Asyl- und Migrationsmanagement 2026–2030"),
    ("h", "2.3.1. Faire und effiziente Asylverfahren"),
    ("p", "Das Bundes\xadamt für Migration und Flücht\xadlinge ent\xadscheidet Erst\xadanträge künftig "
          "inner\xadhalb von sechs Monaten. Dafür werden 600 zusätzliche Ent\xadscheider\xadinnen und "
          "Ent\xadscheider einge\xadstellt und nach den Schulungs\xadmodulen der EUAA quali\xad\ufb01ziert. Die "
          "Quali\xadtäts\xadsicherung prüft jährlich eine Stich\xadprobe von 5 Prozent der Bescheide."),
    ("h", "2.3.3. Funktionierendes Aufnahmesystem"),
    ("p", "Die Länder halten in den Erst\xadaufnahme\xadeinrichtungen 95 000 Plätze vor; eine "
          "Re\xadserve von 20 000 Plätzen kann binnen 14 Tagen akti\xadviert werden. Unter\xadkunft, "
          "Verp\ufb02egung, medizinische Versorgung und Schul\xadbesuch der Kinder werden nach der Richt\xadlinie "
          "(EU) 2024/1346 gewährleistet. Unbegleitete Minder\xadjährige werden von den Jugend\xadämtern in "
          "Ob\xadhut genommen; die Aufnahme\xadbedingungen werden zweimal jährlich über\xadprüft."),
    ("h", "2.1.2. Interne Dimension"),
    ("p", "Aus\xadreise\xadp\ufb02ichtige Personen ohne Bleibe\xadrecht sollen das Bundes\xadgebiet zügig und "
          "würdig verlassen. Vorrang hat die frei\xadwillige Rückkehr mit den Programmen REAG/GARP und der "
          "Reintegrations\xadhilfe von Frontex; die Zahl der Rück\xadführungen soll bis 2030 um 30 Prozent "
          "steigen. Dublin-Über\xadstellungen werden in zentralen Zentren gebündelt."),
    ("h", "2.6. Angemessene Kapazitäten zur Umsetzung der Strategie"),
    ("p", "Der Bund stellt für die Umsetzung 2,4 Milliarden Euro über fünf Jahre bereit, ergänzt durch 310 "
          "Millionen Euro aus dem Asyl-, Migrations- und Integrations\xadfonds. Die Anbindung an Eurodac und "
          "das Ein- und Ausreisesystem erfolgt bis Juni 2026."),
]


def de_softhyphen() -> None:
    body, head = _styles(10, "de")
    doc = SimpleDocTemplate(str(HERE / "de-2026.softhyphen.pdf"), pagesize=A4, leftMargin=5 * cm,
                            rightMargin=5 * cm)  # narrow measure: many soft hyphens break lines
    doc.build(_flow(DE, body, head))


# ---------------------------------------------------------------------------------- Bulgarian, fonts w/o ToUnicode
BG = [
    ("h", "Национална стратегия за управление на убежището и миграцията 2026–2030 (извадка)"),
    ("h", "2.3.3. Надеждна система за приемане"),
    ("p", "Държавната агенция за бежанците поддържа шест регистрационно-приемателни центъра с 5 100 места. До 2028 г. "
          "ще бъдат обновени центровете в Харманли и Баня, а за непридружените деца ще бъдат открити две защитени "
          "зони със 120 места. Кандидатите получават настаняване, храна, медицинска помощ и психологическа подкрепа."),
    ("h", "2.3.4. Условия за успешна и ранна интеграция"),
    ("p", "Лицата с предоставена международна закрила сключват споразумение за интеграция с общината: курс по "
          "български език от 600 часа, професионално ориентиране и помощ за жилище в рамките на дванадесет месеца."),
]


def _strip_tounicode(data: bytes) -> bytes:
    """Blank every ``/ToUnicode n 0 R`` entry (same length: xref offsets stay valid)."""
    return re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), data)


def bg_no_tounicode() -> None:
    body, head = _styles(10)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=0)
    fr = Frame(2.5 * cm, 2.5 * cm, A4[0] - 5 * cm, A4[1] - 5 * cm)
    fr.addFromList(_flow(BG, body, head), c)
    c.showPage()
    c.save()
    (HERE / "bg-2026.no-tounicode.pdf").write_bytes(_strip_tounicode(buf.getvalue()))


# ------------------------------------------------------------------------------------------ Italian, image headings
IT = [
    ("2.1.2. Dimensione interna",
     "I rimpatri dei cittadini di paesi terzi destinatari di una decisione di rimpatrio saranno rapidi e dignitosi, "
     "nel rispetto della direttiva 2008/115/CE. Si privilegia il rimpatrio volontario assistito con il sostegno alla "
     "reintegrazione di Frontex; entro il 2030 il tasso di rimpatrio effettivo salirà dal 20 al 45 per cento."),
    ("2.3.1. Procedure di asilo eque ed efficienti",
     "Le Commissioni territoriali decideranno le domande entro sei mesi. Saranno assunti 250 nuovi funzionari "
     "istruttori, formati con i moduli dell'EUAA, e la qualità delle decisioni sarà verificata ogni anno."),
    ("2.3.3. Sistema di accoglienza efficiente",
     "Il sistema di accoglienza e integrazione conta 38 000 posti; entro il 2027 saranno aperti 6 000 posti "
     "aggiuntivi, di cui 1 500 per minori stranieri non accompagnati. I richiedenti ricevono alloggio, vitto, "
     "assistenza sanitaria e corsi di lingua italiana ai sensi della direttiva (UE) 2024/1346."),
    ("2.4. Preparazione e pianificazione di emergenza",
     "Il piano nazionale di emergenza, aggiornato ogni anno sulla base dell'analisi del rischio, prevede 10 000 posti "
     "attivabili entro 72 ore in caso di arrivi di massa via mare e hub regionali di primo soccorso in Sicilia e "
     "Calabria."),
]


def _heading_png(text: str) -> ImageReader:
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 44)
    img = Image.new("RGB", (1500, 80), (20, 60, 120))
    ImageDraw.Draw(img).text((20, 12), text, font=font, fill=(255, 255, 255))
    out = io.BytesIO()
    img.save(out, format="PNG")
    out.seek(0)
    return ImageReader(out)


def it_image_headings() -> None:
    body, _ = _styles(10.5)
    c = canvas.Canvas(str(HERE / "it-2026.image-headings.pdf"), pagesize=A4)
    c.setFont("DVB", 15)
    c.drawString(2.5 * cm, A4[1] - 2.5 * cm, "Strategia nazionale di gestione dell'asilo e della migrazione")
    y = A4[1] - 4 * cm
    for title, text in IT:
        c.drawImage(_heading_png(title), 2.5 * cm, y - 0.8 * cm, width=15 * cm, height=0.8 * cm)
        p = Paragraph(text, body)
        _, ph = p.wrap(A4[0] - 5 * cm, 20 * cm)
        p.drawOn(c, 2.5 * cm, y - 1.1 * cm - ph)
        y -= 1.6 * cm + ph
    c.showPage()
    c.save()


# -------------------------------------------------------------------------------------- Portuguese, margin notes
PT = [
    ("2.2.1. Gestão eficaz das fronteiras externas da UE",
     "A Polícia de Segurança Pública e a Guarda Nacional Republicana reforçarão a vigilância das fronteiras marítimas "
     "com 14 novas embarcações e radares costeiros nos Açores e na Madeira. Todos os nacionais de países terceiros "
     "que atravessem a fronteira de forma irregular serão submetidos a triagem no prazo de sete dias, incluindo "
     "controlos sanitários e de segurança, nos termos do Regulamento (UE) 2024/1356.",
     ["Meta: 2027", "Ver Anexo II"]),
    ("2.3.2. Garantias processuais e direitos fundamentais",
     "Cada requerente recebe informação escrita na sua língua, acesso gratuito a aconselhamento jurídico e a um "
     "intérprete. O mecanismo independente de monitorização dos direitos fundamentais, confiado à Provedoria de "
     "Justiça, publica um relatório anual.",
     ["Provedoria de Justiça", "cf. art. 10.º"]),
    ("2.5. Elaboração integrada de políticas",
     "Um grupo interministerial coordenado pelo Ministério da Administração Interna reúne-se trimestralmente com as "
     "autarquias, o ACNUR, a OIM e as organizações de migrantes para acompanhar a execução da estratégia.",
     ["Trimestral", "Relatório anual em março"]),
]


def pt_margin_notes() -> None:
    body, head = _styles(10)
    note = ParagraphStyle("note", fontName="DV", fontSize=7, leading=8.5)
    c = canvas.Canvas(str(HERE / "pt-2026.margin-notes.pdf"), pagesize=A4)
    c.setFont("DVB", 14)
    c.drawString(2 * cm, A4[1] - 2.2 * cm, "Estratégia Nacional de Gestão do Asilo e da Migração 2026–2030")
    y = A4[1] - 3.5 * cm
    for title, text, notes in PT:
        h = Paragraph(title, head)
        _, hh = h.wrap(13 * cm, 5 * cm)
        h.drawOn(c, 2 * cm, y - hh)
        y -= hh + 4
        p = Paragraph(text, body)
        _, ph = p.wrap(13 * cm, 20 * cm)
        p.drawOn(c, 2 * cm, y - ph)
        ny = y
        for n in notes:  # the margin: right of the text column
            q = Paragraph(n, note)
            _, qh = q.wrap(3.3 * cm, 5 * cm)
            q.drawOn(c, 15.8 * cm, ny - qh)
            ny -= qh + 6
        y -= ph + 14
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------------- Lithuanian, long table 2.6
LT_INTRO = [
    ("h", "Nacionalinė prieglobsčio ir migracijos valdymo strategija 2026–2030 m. (ištrauka)"),
    ("h", "2.3.3. Patikima priėmimo sistema"),
    ("p", "Užsieniečių registracijos centras Pabradėje ir Pabėgėlių priėmimo centras Rukloje turi 1 400 vietų. Iki 2028 m. "
          "bus įrengta 400 papildomų vietų, iš jų 60 – nelydimiems nepilnamečiams. Prieglobsčio prašytojams "
          "užtikrinamas apgyvendinimas, maitinimas, sveikatos priežiūra ir lietuvių kalbos kursai."),
    ("h", "2.6. Tinkami pajėgumai strategijai įgyvendinti"),
    ("p", "Strategijai įgyvendinti skiriama 160 mln. eurų; priemonės, atsakingos institucijos ir lėšos nurodytos lentelėje."),
]
LT_ROWS = [
    ("Migracijos departamento darbuotojų skaičiaus didinimas", "Migracijos departamentas", "2026", "4,2"),
    ("Prieglobsčio bylų nagrinėtojų mokymai pagal EUAA modulius", "Migracijos departamentas", "2026–2030", "0,8"),
    ("Eurodac sistemos prijungimas prie nacionalinio registro", "Informatikos ir ryšių departamentas", "2026", "3,1"),
    ("Atvykimo ir išvykimo sistemos (EES) diegimas pasienio punktuose", "VSAT", "2026", "5,6"),
    ("Priėmimo centro Rukloje rekonstrukcija", "Socialinės apsaugos ministerija", "2027", "12,0"),
    ("Vietos nelydimiems nepilnamečiams", "Pabėgėlių priėmimo centras", "2027", "3,4"),
    ("Vertėjų tinklo sukūrimas", "Migracijos departamentas", "2026", "1,1"),
    ("Teisinės pagalbos prieglobsčio prašytojams finansavimas", "Valstybės garantuojamos teisinės pagalbos tarnyba",
     "2026–2030", "2,5"),
    ("Savanoriško grįžimo programa su IOM", "Migracijos departamentas", "2026–2030", "6,0"),
    ("Pasienio stebėjimo sistemos prie Baltarusijos sienos", "VSAT", "2026–2028", "48,0"),
]


def lt_long_table() -> None:
    body, head = _styles(10)
    cell = ParagraphStyle("cell", fontName="DVS", fontSize=9, leading=11.5)
    rows = [[Paragraph(t, cell) for t in ("Priemonė", "Atsakinga institucija", "Terminas", "Lėšos, mln. Eur")]]
    for i in range(4):  # the ten measures four times over (each year's tranche): a table of forty rows
        for m, who, when, eur in LT_ROWS:
            rows.append([Paragraph(f"{m} ({i + 1} etapas)", cell), Paragraph(who, cell), Paragraph(when, cell),
                         Paragraph(eur, cell)])
    table = Table(rows, colWidths=[7.5 * cm, 4.5 * cm, 2.3 * cm, 2.3 * cm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, (0, 0, 0)),
                               ("BACKGROUND", (0, 0), (-1, 0), (0.85, 0.85, 0.85)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(HERE / "lt-2026.long-table.pdf"), pagesize=A4)
    doc.build(_flow(LT_INTRO, body, head) + [table])


# ------------------------------------------------------------------------------------- Finnish, statistics annex
FI = [
    ("h", "Kansallinen turvapaikka- ja maahanmuuton hallinnan strategia 2026–2030 (ote)"),
    ("h", "2.3.1. Oikeudenmukaiset ja tehokkaat turvapaikkamenettelyt"),
    ("p", "Maahanmuuttovirasto ratkaisee turvapaikkahakemukset keskimäärin kuudessa kuukaudessa. Virasto palkkaa 80 "
          "uutta ratkaisijaa, jotka koulutetaan EUAA:n koulutusmoduuleilla, ja päätösten laatu arvioidaan vuosittain."),
    ("h", "2.3.3. Toimiva vastaanottojärjestelmä"),
    ("p", "Vastaanottokeskuksissa on 9 000 paikkaa ja 1 500 paikan varakapasiteetti voidaan ottaa käyttöön kahdessa "
          "viikossa. Hakijoille järjestetään majoitus, ateriat, terveydenhuolto ja lasten koulunkäynti."),
    ("h", "Liite 1. Tilastot"),
    ("p", "Taulukko 1. Turvapaikanhakijat kansalaisuuden mukaan 2021–2025"),
]
FI_STATS = [["Kansalaisuus", "2021", "2022", "2023", "2024", "2025"],
            ["Irak", "412", "388", "502", "617", "540"], ["Somalia", "301", "295", "350", "410", "388"],
            ["Venäjä", "120", "1 240", "980", "760", "690"], ["Syyria", "210", "260", "315", "290", "270"],
            ["Afganistan", "390", "520", "610", "480", "455"], ["Turkki", "180", "210", "240", "265", "230"],
            ["Muut", "1 140", "1 320", "1 410", "1 530", "1 480"], ["Yhteensä", "2 753", "4 233", "4 407", "4 352", "4 053"]]
FI_STATS2 = [["Vastaanottokeskus", "Paikat", "Käyttöaste %"], ["Helsinki", "1 200", "91"], ["Oulu", "800", "87"],
             ["Tampere", "950", "93"], ["Joutseno", "600", "78"], ["Vaasa", "450", "84"], ["Kuopio", "500", "88"]]


def fi_stats_annex() -> None:
    body, head = _styles(10)
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, (0, 0, 0)), ("FONTNAME", (0, 0), (-1, -1), "DVS"),
                        ("FONTSIZE", (0, 0), (-1, -1), 9), ("ALIGN", (1, 1), (-1, -1), "RIGHT")])
    t1 = Table(FI_STATS)
    t1.setStyle(style)
    t2 = Table(FI_STATS2)
    t2.setStyle(style)
    doc = SimpleDocTemplate(str(HERE / "fi-2026.stats-annex.pdf"), pagesize=A4)
    doc.build(_flow(FI, body, head) + [t1, Spacer(1, 12),
                                        Paragraph("Taulukko 2. Vastaanottokeskusten paikat 31.12.2025", body), t2])


# ------------------------------------------------------------------------------------------- Greek, bookmarks
EL = [
    ("Εθνικό πλαίσιο", "Το 2025 υποβλήθηκαν στην Ελλάδα 68 000 αιτήσεις διεθνούς προστασίας, κυρίως από υπηκόους "
     "Αφγανιστάν, Πακιστάν και Αιγύπτου. Τα νησιά του ανατολικού Αιγαίου και η Κρήτη δέχονται τις περισσότερες "
     "αφίξεις δια θαλάσσης, ενώ ο Έβρος παραμένει το κύριο χερσαίο σημείο εισόδου."),
    ("Διαδικασίες ασύλου", "Η Υπηρεσία Ασύλου εκδίδει πρωτοβάθμιες αποφάσεις εντός τριών μηνών. Θα προσληφθούν 300 "
     "χειριστές υποθέσεων, εκπαιδευμένοι με τις ενότητες του EUAA, και η ποιότητα των αποφάσεων θα ελέγχεται ετησίως."),
    ("Υποδοχή", "Οι δομές υποδοχής διαθέτουν 32 000 θέσεις. Έως το 2027 θα δημιουργηθούν 2 000 θέσεις για ασυνόδευτους "
     "ανηλίκους. Οι αιτούντες λαμβάνουν στέγαση, σίτιση, ιατρική περίθαλψη και εκπαίδευση των παιδιών."),
    ("Επιστροφές", "Οι επιστροφές όσων δεν δικαιούνται προστασία θα είναι ταχείες και αξιοπρεπείς σύμφωνα με την οδηγία "
     "2008/115/ΕΚ· προτεραιότητα έχει η εθελοντική επιστροφή με στήριξη επανένταξης από τον Frontex."),
    ("Ετοιμότητα", "Το εθνικό σχέδιο έκτακτης ανάγκης, που επικαιροποιείται κάθε χρόνο, προβλέπει 15 000 θέσεις "
     "διαθέσιμες εντός 72 ωρών σε περίπτωση μαζικών αφίξεων και μέτρα για την εργαλειοποίηση των μεταναστών."),
]


def el_bookmarks() -> None:
    body, head = _styles(10.5)
    c = canvas.Canvas(str(HERE / "el-2026.bookmarks.pdf"), pagesize=A4)
    c.setTitle("Εθνική στρατηγική διαχείρισης ασύλου και μετανάστευσης 2026–2030")
    c.setFont("DVB", 14)
    c.drawString(2.5 * cm, A4[1] - 2.5 * cm, "Εθνική στρατηγική διαχείρισης ασύλου και μετανάστευσης")
    y = A4[1] - 4 * cm
    for i, (title, text) in enumerate(EL):
        key = f"s{i}"
        c.bookmarkHorizontal(key, 0, y + 10)
        c.addOutlineEntry(title, key, level=0)
        h = Paragraph(title, head)
        _, hh = h.wrap(A4[0] - 5 * cm, 5 * cm)
        h.drawOn(c, 2.5 * cm, y - hh)
        y -= hh + 4
        p = Paragraph(text, body)
        _, ph = p.wrap(A4[0] - 5 * cm, 20 * cm)
        p.drawOn(c, 2.5 * cm, y - ph)
        y -= ph + 16
    c.showOutline()
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------------- Spanish, pages out of order
ES_PAGES = [
    [("h", "Estrategia nacional de gestión del asilo y la migración 2026–2030"),
     ("h", "1. Contexto nacional de la gestión del asilo y la migración"),
     ("p", "En 2025 España recibió 165 000 solicitudes de protección internacional, sobre todo de nacionales de "
           "Venezuela, Colombia y Malí. Las llegadas irregulares por la ruta atlántica hacia Canarias alcanzaron "
           "46 000 personas, mientras Ceuta y Melilla siguen bajo presión constante.")],
    [("h", "2.3.3. Sistema de acogida eficaz"),
     ("p", "El sistema estatal de acogida dispone de 48 000 plazas; hasta 2028 se crearán 8 000 plazas nuevas, 2 000 de "
           "ellas en centros para menores no acompañados. Los solicitantes reciben alojamiento, manutención, "
           "asistencia sanitaria y escolarización conforme a la Directiva (UE) 2024/1346.")],
    [("h", "2.4. Preparación y planificación de contingencias"),
     ("p", "El plan nacional de contingencia, actualizado cada año, prevé 12 000 plazas de emergencia activables en 72 "
           "horas ante llegadas masivas a Canarias y un mecanismo de reubicación hacia la península.")],
]


def es_out_of_order() -> None:
    body, head = _styles(10.5)
    c = canvas.Canvas(str(HERE / "es-2026.out-of-order.pdf"), pagesize=A4)
    for number in (3, 1, 2):  # the printed page numbers; the file's page order is 3, 1, 2
        fr = Frame(2.5 * cm, 2.5 * cm, A4[0] - 5 * cm, A4[1] - 5 * cm)
        fr.addFromList(_flow(ES_PAGES[number - 1], body, head), c)
        c.setFont("DV", 8)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"— {number} —")
        c.showPage()
    c.save()


# ------------------------------------------------------------------------------------ Belgian fr | nl two columns
FRNL = [
    ("2.3.1. Procédures d'asile équitables et efficaces", "2.3.1. Eerlijke en efficiënte asielprocedures",
     "Le Commissariat général aux réfugiés et aux apatrides statuera en première instance dans un délai de six mois. "
     "Il recrutera 120 officiers de protection formés avec les modules de l'AUEA.",
     "Het Commissariaat-generaal voor de Vluchtelingen en de Staatlozen beslist in eerste aanleg binnen zes maanden. "
     "Het werft 120 protection officers aan die met de modules van het EUAA worden opgeleid."),
    ("2.3.3. Système d'accueil performant", "2.3.3. Efficiënt opvangsysteem",
     "Fedasil et ses partenaires gèrent 35 000 places d'accueil; 4 000 places supplémentaires, dont 600 pour mineurs "
     "non accompagnés, seront ouvertes d'ici 2027. Les demandeurs reçoivent hébergement, repas, soins médicaux et "
     "accompagnement social.",
     "Fedasil en zijn partners beheren 35 000 opvangplaatsen; tegen 2027 komen er 4 000 plaatsen bij, waarvan 600 voor "
     "niet-begeleide minderjarigen. Verzoekers krijgen huisvesting, maaltijden, medische zorg en maatschappelijke "
     "begeleiding."),
    ("2.1.2. Dimension interne", "2.1.2. Interne dimensie",
     "Les retours des personnes en séjour irrégulier seront rapides et dignes, conformément à la directive "
     "2008/115/CE. Le retour volontaire avec l'aide à la réintégration de Frontex reste prioritaire.",
     "De terugkeer van personen zonder verblijfsrecht verloopt snel en waardig, overeenkomstig richtlijn 2008/115/EG. "
     "Vrijwillige terugkeer met re-integratiesteun van Frontex blijft de voorrang hebben."),
]


def frnl_bilingual() -> None:
    body, head = _styles(9.5)
    c = canvas.Canvas(str(HERE / "fr-nl-2026.bilingual.pdf"), pagesize=A4)
    c.setFont("DVB", 12)
    c.drawString(2 * cm, A4[1] - 2 * cm, "Stratégie nationale asile et migration / Nationale strategie asiel en migratie")
    colw = (A4[0] - 4.7 * cm) / 2
    y = A4[1] - 3.2 * cm
    for hf, hn, tf, tn in FRNL:
        heights = []
        for x, h, t in ((2 * cm, hf, tf), (2.7 * cm + colw, hn, tn)):
            hp = Paragraph(h, head)
            _, hh = hp.wrap(colw, 5 * cm)
            hp.drawOn(c, x, y - hh)
            p = Paragraph(t, body)
            _, ph = p.wrap(colw, 20 * cm)
            p.drawOn(c, x, y - hh - 4 - ph)
            heights.append(hh + ph + 4)
        y -= max(heights) + 14
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------- text documents
MT = """Strateġija Nazzjonali għall-Ġestjoni tal-Ażil u l-Migrazzjoni 2026–2030

1. Kuntest nazzjonali

Fl-2025 Malta rċeviet 2 400 applikazzjoni għall-protezzjoni internazzjonali, il-biċċa l-kbira minn ċittadini tal-Bangladesh, tas-Sirja u tal-Eritrea. Il-wasliet bil-baħar mil-Libja jibqgħu l-isfida ewlenija. Kif qalet il-Kummissjoni: "Malta is at the frontline of the Central Mediterranean route and faces disproportionate pressure relative to its size."

2.3.1. Proċeduri tal-ażil ġusti u effiċjenti

L-Aġenzija għall-Protezzjoni Internazzjonali se tiddeċiedi l-applikazzjonijiet fi żmien sitt xhur. Se jiġu impjegati 40 uffiċjal ġdid imħarrġa bil-moduli tal-EUAA. Il-Patt jistabbilixxi li "the asylum border procedure shall be as short as possible and shall not exceed twelve weeks", u Malta se tapplika din ir-regola mill-2026.

2.3.3. Sistema ta' akkoljenza effiċjenti

L-Aġenzija għall-Protezzjoni Internazzjonali tmexxi erba' ċentri miftuħa b'1 100 post; sal-2027 se jinfetħu 300 post ġdid għal minorenni mhux akkumpanjati. L-applikanti jirċievu akkomodazzjoni, ikel, kura medika u skola għat-tfal skont id-Direttiva (UE) 2024/1346.

2.1.2. Dimensjoni interna

Ir-ritorn ta' min m'għandux dritt jibqa' jkun effettiv u dinjituż skont id-Direttiva 2008/115/KE. Nagħtu prijorità lir-ritorn volontarju bl-għajnuna tar-riintegrazzjoni ta' Frontex, u sal-2030 ir-rata ta' ritorn effettiv se tiżdied minn 25 għal 50 fil-mija.
"""

FR_RECITALS = """RÈGLEMENT (UE) 2024/1351 DU PARLEMENT EUROPÉEN ET DU CONSEIL du 14 mai 2024 relatif à la gestion de l'asile et de la migration

LE PARLEMENT EUROPÉEN ET LE CONSEIL DE L'UNION EUROPÉENNE,

vu le traité sur le fonctionnement de l'Union européenne, et notamment son article 78, paragraphe 2, points e) et g), et son article 79, paragraphe 2, points a), b), c) et d),

considérant ce qui suit:

(1) L'Union a pour objectif de constituer un espace de liberté, de sécurité et de justice. Elle devrait développer une politique commune en matière d'asile, d'immigration et de contrôle des frontières extérieures, fondée sur la solidarité entre États membres.

(2) Une approche globale de la gestion de la migration et de l'asile est nécessaire pour renforcer la confiance mutuelle entre les États membres et assurer une répartition équitable des responsabilités.

(3) Chaque État membre devrait établir une stratégie nationale exposant son approche de la gestion de l'asile et de la migration, y compris les mesures de préparation et de planification d'urgence, les capacités d'accueil et les procédures de retour.

(4) La Commission devrait adopter une stratégie européenne à long terme de gestion de l'asile et de la migration, qui définit l'approche stratégique de l'Union et tient compte des stratégies nationales des États membres.

(5) Afin de garantir la solidarité, un mécanisme permanent de solidarité devrait permettre aux États membres sous pression migratoire de bénéficier de relocalisations, de contributions financières ou de mesures de solidarité alternatives.

(6) Les États membres devraient disposer de capacités suffisantes, en personnel et en moyens financiers, pour mettre en œuvre efficacement le présent règlement.

(7) Le présent règlement respecte les droits fondamentaux et observe les principes reconnus par la Charte des droits fondamentaux de l'Union européenne.

ONT ADOPTÉ LE PRÉSENT RÈGLEMENT:
"""

DE_HOUSE_RULES = """Hausordnung der Erstaufnahmeeinrichtung Bamberg

Willkommen in der Erstaufnahmeeinrichtung. Diese Hausordnung gilt für alle Bewohnerinnen und Bewohner, Besucher und Beschäftigten.

1. Ruhezeiten
Von 22:00 Uhr bis 6:00 Uhr gilt Nachtruhe. Musik und laute Gespräche sind in dieser Zeit in den Fluren und Zimmern nicht erlaubt.

2. Essen
Die Mahlzeiten werden in der Kantine ausgegeben: Frühstück 7:00 bis 9:00 Uhr, Mittagessen 12:00 bis 14:00 Uhr, Abendessen 18:00 bis 19:30 Uhr. Das Kochen in den Zimmern ist aus Brandschutzgründen verboten.

3. Besuch
Besuch ist täglich von 10:00 bis 20:00 Uhr erlaubt und muss an der Pforte angemeldet werden. Besucher dürfen nicht übernachten.

4. Sauberkeit
Jede Bewohnerin und jeder Bewohner hält das eigene Zimmer sauber. Der Reinigungsplan für Küche und Sanitärräume hängt im Flur aus.

5. Medizinische Versorgung
Die Sanitätsstation ist montags bis freitags von 8:00 bis 16:00 Uhr geöffnet. In Notfällen wenden Sie sich an den Sicherheitsdienst.

6. Post und Termine
Post des Bundesamts wird an der Poststelle ausgegeben. Bitte prüfen Sie täglich, ob Sie einen Termin zur Anhörung haben.

7. Verstöße
Wer gegen die Hausordnung verstößt, kann verwarnt werden. Bei schweren Verstößen kann ein Hausverbot ausgesprochen werden.

Die Leitung der Einrichtung
"""

PL_VISA_FAQ = """Wizy – najczęściej zadawane pytania

Ministerstwo Spraw Zagranicznych

Jak długo trwa rozpatrzenie wniosku o wizę Schengen?
Konsul rozpatruje wniosek w ciągu 15 dni kalendarzowych od dnia jego złożenia. W uzasadnionych przypadkach termin może zostać przedłużony do 45 dni.

Ile kosztuje wiza krajowa?
Opłata konsularna za wizę krajową typu D wynosi 80 euro. Dzieci do 6 lat są zwolnione z opłaty.

Jakie dokumenty muszę dołączyć do wniosku?
Do wniosku należy dołączyć ważny paszport, zdjęcie, ubezpieczenie podróżne na kwotę co najmniej 30 000 euro oraz dokumenty potwierdzające cel podróży i środki utrzymania.

Czy mogę pracować na podstawie wizy turystycznej?
Nie. Wiza wydana w celu turystycznym nie uprawnia do wykonywania pracy. Do pracy potrzebna jest wiza w celu wykonywania pracy oraz zezwolenie na pracę lub oświadczenie pracodawcy.

Co zrobić, gdy otrzymam decyzję odmowną?
Od decyzji o odmowie wydania wizy przysługuje wniosek o ponowne rozpatrzenie sprawy, który składa się do konsula w terminie 14 dni od doręczenia decyzji.

Gdzie mogę złożyć wniosek?
Wnioski składa się w konsulacie właściwym dla miejsca zamieszkania albo w punkcie przyjmowania wniosków zewnętrznego usługodawcy.
"""

EN_UNHCR = """UNHCR Country Operation Update: Southern Europe, October 2026

Operational context
Sea arrivals to Southern Europe reached 142,000 by the end of October 2026, 12 per cent more than in the same period of 2025. Most people departed from Libya and Tunisia; the main countries of origin were Bangladesh, Syria, Egypt and Eritrea. An estimated 1,900 people are dead or missing in the Mediterranean this year.

Protection monitoring
UNHCR teams conducted 3,400 protection monitoring interviews at disembarkation points. Respondents reported detention, extortion and violence in transit countries. Unaccompanied children made up 14 per cent of arrivals.

Reception conditions
Reception centres on the islands operated above capacity for most of the summer; UNHCR supported the authorities with 600 additional beds, interpreters and psychosocial staff. UNHCR recommends that States expand reception capacity and ensure access to legal counselling for all asylum-seekers.

Asylum procedures
UNHCR advocates for fair and efficient procedures under the Pact on Migration and Asylum and continues to train national asylum officers. UNHCR calls on States to ensure that the border procedure respects the right to an effective remedy.

Funding
The operation is 48 per cent funded. UNHCR thanks its donors and appeals for USD 36 million to cover the needs until the end of the year.
"""

LT_INTEGRATION = """Užsieniečių integracijos į darbo rinką strategija 2026–2032

Socialinės apsaugos ir darbo ministerija

1. Įvadas
Lietuvoje gyvena 220 000 užsieniečių, iš jų 120 000 dirba pagal darbo sutartis, daugiausia transporto, statybos ir apdirbamosios pramonės sektoriuose. Darbdaviai nurodo, kad trūksta 40 000 darbuotojų, ypač vairuotojų, suvirintojų ir slaugytojų.

2. Tikslai
Strategijos tikslas – padidinti užsieniečių užimtumą ir kvalifikacijų panaudojimą, sumažinti nelegalų darbą ir užtikrinti, kad užsieniečiai turėtų tokias pat darbo sąlygas kaip Lietuvos piliečiai.

3. Priemonės
Užimtumo tarnyba steigs vieno langelio konsultavimo centrus Vilniuje, Kaune ir Klaipėdoje. Bus finansuojami 400 valandų lietuvių kalbos kursai darbuotojams ir jų šeimoms. Kvalifikacijų pripažinimo procedūra sutrumpės nuo šešių iki dviejų mėnesių. Valstybinė darbo inspekcija atliks 1 500 patikrinimų per metus įmonėse, įdarbinančiose užsieniečius.

4. Finansavimas ir stebėsena
Strategijai įgyvendinti skiriama 45 mln. eurų iš valstybės biudžeto ir Europos socialinio fondo plius. Pažanga vertinama kasmet pagal užimtumo ir darbo užmokesčio rodiklius.
"""


def texts() -> None:
    for name, text in (("mt-2026.en-quotes.txt", MT), ("fr-regulation-recitals.txt", FR_RECITALS),
                       ("de-house-rules.txt", DE_HOUSE_RULES), ("pl-visa-faq.txt", PL_VISA_FAQ),
                       ("en-unhcr-report.txt", EN_UNHCR), ("lt-integration-strategy.txt", LT_INTEGRATION)):
        (HERE / name).write_text(text, encoding="utf-8")


def main() -> None:
    random.seed(4)
    pl_booklet()
    de_softhyphen()
    bg_no_tounicode()
    it_image_headings()
    pt_margin_notes()
    lt_long_table()
    fi_stats_annex()
    el_bookmarks()
    es_out_of_order()
    frnl_bilingual()
    texts()


if __name__ == "__main__":
    main()
