"""Writes the inputs of tests/data/fresh15 (fresh-eyes tester, fifteenth session).

Run: /work/main/.venv/bin/python tests/data/fresh15/make_inputs.py  (reportlab, python-docx, Pillow, DejaVu fonts)

Written before any run of the analyser on them, never tuned on (README here: what each file is, what a correct
analysis says, what the analyser gave). Byte-identical on every run (reportlab ``invariant``, fixed docx properties,
PNGs written by Pillow without time stamps).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
from PIL import Image, ImageDraw, ImageFont  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.utils import ImageReader, simpleSplit  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

HERE = Path(os.environ.get("FRESH15_OUT", Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from docx_fixed import save_docx_fixed  # noqa: E402
from pdf_fixed import FONT_DIR, dejavu, dejavu_styles  # noqa: E402

dejavu()
BODY, HEAD, CELL, CELLH = dejavu_styles()
W, H = A4


def _write(name: str, text: str) -> None:
    (HERE / name).write_text(text, encoding="utf-8")


def _sections(text: str) -> list[tuple[str, list[str]]]:
    """``[(heading, [paragraph, …]), …]`` of a text whose headings are lines starting with '#'."""
    out: list[tuple[str, list[str]]] = []
    for para in [p.strip() for p in text.strip().split("\n\n")]:
        if para.startswith("#"):
            out.append((para.lstrip("# "), []))
        else:
            out[-1][1].append(para)
    return out


# ---------------------------------------------------------------------------------------------------------------
# 1. Maltese strategy laid out as ONE landscape table: Section | Answer | Measures and deadlines.
MT = [
    ("1. Is-sitwazzjoni nazzjonali",
     "Fl-2025 Malta rċeviet 2 150 applikazzjoni għall-ażil, 12 % aktar mill-2024; l-analiżi tar-riskju tal-Aġenzija "
     "għall-Protezzjoni Internazzjonali għall-2026–2028 tistenna aktar wasliet bil-baħar mil-Libja.",
     "Aġġornament tal-analiżi tar-riskju kull sitt xhur."),
    ("1. Pożizzjoni ġeografika",
     "Malta hija gżira fiċ-ċentru tal-Mediterran b'żona kbira ta' tfittxija u salvataġġ; għalhekk il-prijorità hija "
     "s-sorveljanza marittima u l-iżbark ordnat.",
     "Żewġ inġenji ġodda tal-patrol sal-2027."),
    ("2.1.2. Ritorn",
     "Kull sena jirritornaw madwar 600 persuna; ir-ritorn volontarju bl-għajnuna tal-IOM jingħata prijorità fuq "
     "ir-ritorn furzat, li jsir b'dinjità u taħt monitoraġġ skont id-Direttiva 2008/115/KE.",
     "Programm ta' ritorn volontarju assistit sal-2031."),
    ("2.3.3. Kundizzjonijiet ta' akkoljenza",
     "Iċ-ċentri ta' akkoljenza joffru 1 800 post b'akkomodazzjoni, ikel, kura tas-saħħa u allowance ta' kuljum; "
     "il-persuni vulnerabbli u l-minorenni mhux akkumpanjati jitqiegħdu f'faċilitajiet separati.",
     "Ċentru ġdid f'Ħal Far sal-2028."),
    ("2.6. Riżorsi",
     "Għall-2026–2031 il-baġit nazzjonali jipprevedi EUR 180 miljun u 120 impjegat ġdid għall-aġenziji tal-ażil u "
     "tal-akkoljenza. Mill-AMIF Malta tirċievi EUR 45 miljun u mill-BMVI EUR 60 miljun; l-awtorità tal-verifika "
     "tevita l-finanzjament doppju.",
     "Rapport annwali lill-Kummissjoni."),
]


def maltese_landscape_table() -> None:
    doc = SimpleDocTemplate(str(HERE / "mt-2026.landscape-table.pdf"), pagesize=landscape(A4), leftMargin=40,
                            rightMargin=40, topMargin=40, bottomMargin=40, title="", author="", subject="")
    rows = [[Paragraph("Taqsima", CELLH), Paragraph("Tweġiba tal-Istat Membru", CELLH),
             Paragraph("Miżuri u skadenzi", CELLH)]]
    rows += [[Paragraph(a, CELL), Paragraph(b, CELL), Paragraph(c, CELL)] for a, b, c in MT]
    t = Table(rows, colWidths=[150, 430, 180], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#555555"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), "#dddddd")]))
    doc.build([Paragraph("Strateġija Nazzjonali għall-Ġestjoni tal-Ażil u l-Migrazzjoni ta' Malta 2026–2031", HEAD),
               Spacer(1, 8), t])


# ---------------------------------------------------------------------------------------------------------------
# 2. Latvian strategy whose headings are IMAGES (no text layer for them); body text is text.
LV = """
# 1. Valsts situācija

2025. gadā Latvija saņēma 1 850 patvēruma pieteikumus, par 40 % vairāk nekā 2024. gadā; Pilsonības un migrācijas lietu pārvaldes riska analīze 2026.–2028. gadam paredz turpmāku instrumentalizētas migrācijas spiedienu no Baltkrievijas.

Latvijai ir 173 km gara Savienības ārējā sauszemes robeža ar Baltkrieviju un 283 km ar Krieviju; tāpēc prioritāte ir robežuzraudzība, žogs un ātra robežprocedūra.

# 2.1.2. Atgriešana

Katru gadu tiek atgriezti aptuveni 900 cilvēku; brīvprātīgai atgriešanai ar SMO atbalstu ir priekšroka pār piespiedu izraidīšanu, kas notiek cieņpilni un uzraudzīti saskaņā ar Direktīvu 2008/115/EK.

# 2.3.3. Uzņemšanas apstākļi

Patvēruma meklētāju izmitināšanas centros "Mucenieki" un "Jaunmuktupāvels" ir 600 vietu ar dzīvesvietu, ēdināšanu, veselības aprūpi un dienas naudu; neaizsargātas personas un nepavadīti nepilngadīgie tiek izmitināti atsevišķi.

# 2.6. Resursi

2026.–2031. gadam valsts budžetā paredzēti 95 miljoni euro un 140 jaunas štata vietas. No AMIF Latvija saņem 30 miljonus euro un no BMVI 110 miljonus euro; revīzijas iestāde novērš dubultu finansēšanu.
"""


def _heading_png(text: str) -> ImageReader:
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 44)
    left, top, right, bottom = font.getbbox(text)
    img = Image.new("L", (right + 20, bottom + 16), 255)
    ImageDraw.Draw(img).text((10, 6), text, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return ImageReader(buf)


def latvian_image_headings() -> None:
    c = canvas.Canvas(str(HERE / "lv-2026.image-headings.pdf"), pagesize=A4, invariant=1)
    y = H - 60
    c.drawImage(_heading_png("Nacionālā patvēruma un migrācijas pārvaldības stratēģija 2026–2031"), 50, y - 16,
                width=495, height=16 * 1.0)
    y -= 40
    for head, paras in _sections(LV):
        img = _heading_png(head)
        iw, ih = img.getSize()
        c.drawImage(img, 50, y - ih / 4, width=iw / 4, height=ih / 4)
        y -= ih / 4 + 10
        for p in paras:
            for line in simpleSplit(p, "DVS", 10, W - 100):
                c.setFont("DVS", 10)
                c.drawString(50, y, line)
                y -= 13
            y -= 7
        y -= 6
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 3. Estonian strategy with footnotes everywhere (superscript markers; footnote text at the page foot).
ET = [
    ("1. Riiklik olukord", [
        ("2025. aastal esitati Eestis 4 100 rahvusvahelise kaitse taotlust¹, 15 % rohkem kui 2024. aastal; "
         "Politsei- ja Piirivalveameti riskianalüüs² aastateks 2026–2028 ootab Venemaa ja Valgevene piiril "
         "instrumentaliseeritud rände survet."),
        ("Eestil on 338 km pikkune liidu välismaismaapiir Venemaaga³; seetõttu on prioriteediks idapiiri "
         "väljaehitamine, piirivalve ja kiire piirimenetlus.")]),
    ("2.1.2. Tagasisaatmine", [
        ("Igal aastal saadetakse tagasi umbes 1 200 inimest⁴; vabatahtlik tagasipöördumine IOM-i toel on eelistatud "
         "sunniviisilisele väljasaatmisele, mis toimub inimväärikalt ja järelevalve all kooskõlas direktiiviga "
         "2008/115/EÜ⁵.")]),
    ("2.3.3. Vastuvõtutingimused", [
        ("Vao ja Vägeva majutuskeskustes on 900 kohta, kus tagatakse majutus, toitlustus, tervishoid ja päevaraha⁶; "
         "haavatavad isikud ja saatjata alaealised majutatakse eraldi.")]),
    ("2.6. Ressursid", [
        ("Aastateks 2026–2031 on riigieelarves ette nähtud 160 miljonit eurot ja 210 uut ametikohta⁷. AMIF-ist saab "
         "Eesti 28 miljonit eurot ja BMVI-st 95 miljonit eurot⁸; auditeeriv asutus välistab topeltrahastamise.")]),
]
ET_NOTES = [
    "¹ Siseministeeriumi statistika, 15.01.2026, tabel 3; vt ka EUAA varajase hoiatamise aruanne.",
    "² PPA riskianalüüs 2026–2028, kinnitatud 12.12.2025, lk 14–19.",
    "³ Eesti-Vene piirileping, RT II 2014, 5, 7; ratifitseerimata.",
    "⁴ PPA aastaraamat 2025, lk 41; sisaldab Dublini üleandmisi.",
    "⁵ Euroopa Parlamendi ja nõukogu direktiiv 2008/115/EÜ, ELT L 348, 24.12.2008, lk 98.",
    "⁶ Välismaalasele rahvusvahelise kaitse andmise seadus, § 32; päevaraha 2026. aastal 4,10 eurot.",
    "⁷ Riigieelarve strateegia 2026–2029, lisa 2.",
    "⁸ Programmid CCI 2021EE65AMPR001 ja 2021EE65BVPR001; muudetud 2025.",
]


def estonian_footnotes() -> None:
    c = canvas.Canvas(str(HERE / "et-2026.footnotes.pdf"), pagesize=A4, invariant=1)
    title = "Riiklik varjupaiga- ja rändehalduse strateegia 2026–2031"
    notes_per_page = [ET_NOTES[:4], ET_NOTES[4:]]
    groups = [ET[:2], ET[2:]]
    for page, (secs, notes) in enumerate(zip(groups, notes_per_page), start=1):
        y = H - 60
        if page == 1:
            c.setFont("DVSB", 14)
            c.drawString(50, y, title)
            y -= 30
        for head, paras in secs:
            c.setFont("DVSB", 11.5)
            c.drawString(50, y, head)
            y -= 18
            for p in paras:
                c.setFont("DVS", 10)
                for line in simpleSplit(p, "DVS", 10, W - 100):
                    c.drawString(50, y, line)
                    y -= 13
                y -= 8
            y -= 4
        fy = 60 + 11 * len(notes)
        c.setLineWidth(0.5)
        c.line(50, fy + 6, 200, fy + 6)
        c.setFont("DVS", 7.5)
        for n in notes:
            c.drawString(50, fy - 4, n)
            fy -= 11
        c.setFont("DVS", 8)
        c.drawCentredString(W / 2, 30, str(page))
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 4. Slovenian strategy "scanned": each page an image, with an invisible OCR text layer (render mode 3) that has OCR
# errors (l/1, rn/m, broken hyphenation, stray characters).
SL_IMAGE = """Nacionalna strategija upravljanja azila in migracij 2026-2031

1. Nacionalne razmere

Leta 2025 je Slovenija prejela 5 900 prošenj za mednarodno zaščito, 8 % manj kot leta 2024; analiza tveganj Policije za obdobje 2026-2028 pričakuje nadaljnji pritisk po zahodnobalkanski poti.

Slovenija ima 670 km dolgo schengensko zunanjo mejo s Hrvaško, ki je od leta 2023 notranja; zato je prednostna naloga nadzor na zahodnobalkanski poti in sodelovanje s Hrvaško in Italijo.

2.1.2. Vračanje

Vsako leto se vrne približno 1 400 oseb; prostovoljno vračanje s pomočjo IOM ima prednost pred prisilnim odstranjevanjem, ki poteka dostojanstveno in pod nadzorom v skladu z Direktivo 2008/115/ES.

2.3.3. Pogoji za sprejem

Azilni dom v Ljubljani in izpostave imajo 1 200 mest z nastanitvijo, prehrano, zdravstvenim varstvom in denarnim dodatkom; ranljive osebe in mladoletniki brez spremstva so nastanjeni ločeno.

2.6. Viri

Za obdobje 2026-2031 državni proračun predvideva 210 milijonov evrov in 160 novih zaposlitev. Iz AMIF Slovenija prejme 40 milijonov evrov in iz BMVI 75 milijonov evrov; revizijski organ preprečuje dvojno financiranje.
"""
OCR_SUBS = [("l", "1", 7), ("rn", "m", 1), ("č", "c", 3), ("ž", "z", 4), ("e", "c", 23), ("i", "í", 29)]


def _ocr(line: str, seed: int) -> str:
    out = []
    for i, ch in enumerate(line):
        for src, dst, every in OCR_SUBS:
            if len(src) == 1 and ch == src and (i + seed) % every == 0 and every > 1:
                ch = dst
                break
        out.append(ch)
    return "".join(out)


def slovenian_scan() -> None:
    c = canvas.Canvas(str(HERE / "sl-2026.ocr-scan.pdf"), pagesize=A4, invariant=1)
    scale = 2.0
    img = Image.new("L", (int(W * scale), int(H * scale)), 250)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), int(10 * scale))
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), int(11 * scale))
    placed: list[tuple[float, float, str, float]] = []
    y = 60.0
    for n, para in enumerate([p.strip() for p in SL_IMAGE.strip().split("\n\n")]):
        is_head = len(para) < 70
        f, size = (bold, 11) if is_head else (font, 10)
        lines = [para] if is_head else simpleSplit(para, "DVS", 10, W - 110)
        for k, line in enumerate(lines):
            # a slight skew: each line 0.3 pt further right, as a page fed askew
            x = 52 + 0.3 * (len(placed) % 9)
            draw.text((x * scale, y * scale), line, font=f, fill=20)
            ocr = _ocr(line, n + k)
            if k < len(lines) - 1 and not is_head and line[-1].isalpha():
                # hyphenation the OCR made up: the last word split with "- "
                words = ocr.split(" ")
                if len(words[-1]) > 6:
                    words[-1] = words[-1][:3] + "- " + words[-1][3:]
                ocr = " ".join(words)
            placed.append((x, H - y - size, ocr, size))
            y += 13 if not is_head else 18
        y += 8
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), 0, 0, width=W, height=H)
    for x, yy, text, size in placed:
        t = c.beginText(x, yy)
        t.setTextRenderMode(3)
        t.setFont("DVS", size)
        t.textLine(text)
        c.drawText(t)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 5. Hungarian strategy as a Word draft WITH tracked changes: a deleted resettlement paragraph (w:del), a budget
# figure replaced (deleted 150, inserted 175), an inserted sentence on AMIF/BMVI (w:ins).
HU_TITLE = "Nemzeti menekültügyi és migrációkezelési stratégia 2026–2031 (tervezet, követett változtatásokkal)"
HU = [
    ("1. Nemzeti helyzet", [
        "2025-ben Magyarországon 3 100 menedékjog iránti kérelmet nyújtottak be, 20 %-kal többet, mint 2024-ben; az "
        "Országos Idegenrendészeti Főigazgatóság 2026–2028-as kockázatelemzése a nyugat-balkáni útvonalon tartós "
        "nyomással számol.",
        "Magyarországnak 175 km hosszú uniós külső szárazföldi határa van Szerbiával és 100 km Ukrajnával; ezért a "
        "prioritás a határőrizet és a határeljárás."]),
    ("2.1.1. Külső dimenzió", [
        "DEL:Magyarország 2026-ban és 2027-ben 200 menekült áttelepítését vállalja az uniós áttelepítési keretből."]),
    ("2.1.2. Visszatérés", [
        "Évente mintegy 2 000 személy tér vissza; az IOM támogatásával történő önkéntes visszatérés elsőbbséget élvez "
        "a kényszerrel történő kitoloncolással szemben, amely méltóságteljesen és ellenőrzés mellett, a 2008/115/EK "
        "irányelvvel összhangban történik."]),
    ("2.3.3. Befogadási feltételek", [
        "A vámosszabadi és a balassagyarmati befogadó állomás 1 000 férőhelyén szállást, étkezést, egészségügyi "
        "ellátást és napi zsebpénzt biztosítunk; a sérülékeny személyeket és a kísérő nélküli kiskorúakat külön "
        "helyezzük el."]),
    ("2.6. Erőforrások", [
        "BUDGET",
        "INS:Az AMIF-ből Magyarország 60 millió eurót, a BMVI-ből 120 millió eurót kap; az ellenőrző hatóság kizárja a "
        "kettős finanszírozást."]),
]


def _tracked_run(kind: str, text: str, rid: int):  # noqa: ANN202 - an lxml element
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    wrap = OxmlElement("w:del" if kind == "del" else "w:ins")
    wrap.set(qn("w:id"), str(rid))
    wrap.set(qn("w:author"), "Belügyminisztérium")
    wrap.set(qn("w:date"), "2026-01-01T00:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    wrap.append(r)
    return wrap


def hungarian_tracked_docx() -> None:
    import docx
    d = docx.Document()
    d.add_heading(HU_TITLE, level=0)
    rid = 1
    for head, paras in HU:
        d.add_heading(head, level=1)
        for p in paras:
            if p == "BUDGET":
                par = d.add_paragraph("A 2026–2031-es időszakra a központi költségvetés ")
                par._p.append(_tracked_run("del", "150", rid))
                par._p.append(_tracked_run("ins", "175", rid + 1))
                rid += 2
                par.add_run(" millió eurót és 180 új álláshelyet irányoz elő.")
            elif p.startswith(("DEL:", "INS:")):
                par = d.add_paragraph()
                par._p.append(_tracked_run(p[:3].lower(), p[4:], rid))
                rid += 1
            else:
                d.add_paragraph(p)
    save_docx_fixed(d, HERE / "hu-2026.tracked-changes.docx", "Belügyminisztérium")


# ---------------------------------------------------------------------------------------------------------------
# 6. Slovak strategy RENUMBERED: its own chapters "Kapitola I … IV" in another order (resources first, then
# reception, return, situation), sub-points lettered.
SK = """Národná stratégia riadenia azylu a migrácie Slovenskej republiky na roky 2026 – 2031

Kapitola I – Zdroje

A) Na roky 2026 – 2031 štátny rozpočet vyčleňuje 230 miliónov eur a 190 nových pracovných miest pre Migračný úrad a cudzineckú políciu.

B) Z fondu AMIF Slovensko dostane 35 miliónov eur a z nástroja BMVI 80 miliónov eur; orgán auditu zabraňuje dvojitému financovaniu.

Kapitola II – Prijímanie žiadateľov

A) Záchytný tábor v Humennom a pobytové tábory v Opatovskej Novej Vsi a Rohovciach majú 1 100 miest s ubytovaním, stravou, zdravotnou starostlivosťou a vreckovým; zraniteľné osoby a maloletí bez sprievodu sú ubytovaní oddelene.

Kapitola III – Návraty

A) Každoročne sa vráti približne 1 500 osôb; dobrovoľný návrat s podporou IOM má prednosť pred nútenými návratmi, ktoré prebiehajú dôstojne a pod dohľadom v súlade so smernicou 2008/115/ES.

Kapitola IV – Východiská

A) V roku 2025 Slovensko prijalo 420 žiadostí o azyl, ale polícia zadržala 9 800 neregulárnych migrantov v tranzite; analýza rizík Prezídia Policajného zboru na roky 2026 – 2028 očakáva pokračujúci tlak na západobalkánskej trase.

B) Slovensko má 98 km dlhú vonkajšiu pozemnú hranicu Únie s Ukrajinou; preto je prioritou ochrana hranice s Ukrajinou a spolupráca s Maďarskom na južnej trase.
"""

# 7. Bulgarian PARTIAL strategy: only the return chapter (2.1.2), Cyrillic.
BG = """Национална стратегия за управление на убежището и миграцията 2026–2031

Извадка: глава 2.1.2 (Връщане), приета от Министерския съвет на 10.03.2026 г.

2.1.2. Връщане

Всяка година от България се връщат около 2 300 граждани на трети страни; доброволното връщане с подкрепата на МОМ има предимство пред принудителното връщане, което се извършва достойно и под наблюдение в съответствие с Директива 2008/115/ЕО.

Дирекция „Миграция“ ще сключи нови споразумения за обратно приемане с Ирак, Пакистан и Мароко и ще използва Европейската гранична и брегова охрана за съвместни полети за връщане.

Неуспешните молители за убежище получават решение за връщане заедно с отказа; правото на ефективна правна защита е гарантирано, а задържането е крайна мярка с максимален срок от 6 месеца.
"""

# 8. Swedish Migration Agency annual report (negative).
SV = """Migrationsverket – Årsredovisning 2025

Generaldirektörens kommentar

År 2025 var ett år av omställning. Antalet asylsökande fortsatte att minska och myndigheten avvecklade 14 boenden. Handläggningstiderna för förstagångsansökningar om asyl sjönk till i genomsnitt 142 dagar.

Resultatredovisning

Under 2025 registrerades 9 650 asylansökningar, 18 procent färre än 2024. 62 procent av de prövade ärendena avgjordes inom sex månader. Andelen bifall var 27 procent.

Mottagning

Vid årets slut var 11 200 personer inskrivna i mottagningssystemet, varav 4 300 i Migrationsverkets anläggningsboenden. Kostnaden per inskriven och dygn uppgick till 412 kronor.

Återvändande

Under året lämnade 5 100 personer Sverige självmant efter avslag och 1 900 överlämnades till Polismyndigheten för verkställighet.

Ekonomisk redovisning

Resultaträkning: Intäkter av anslag 6 842 miljoner kronor. Kostnader för personal 3 115 miljoner kronor. Årets kapitalförändring 0 kronor. Anslagsredovisning enligt bilaga 2.

Intern styrning och kontroll

Migrationsverkets ledning bedömer att den interna styrningen och kontrollen har varit betryggande under 2025.
"""

# 9. Danish parliamentary debate transcript (Folketinget) on asylum (negative).
DA = """Folketingstidende F, Folketinget 2025-26, Møde nr. 42, torsdag den 15. januar 2026 kl. 13.00

1) Forespørgsel nr. F 18:
Forespørgsel til udlændinge- og integrationsministeren om regeringens gennemførelse af EU's pagt om migration og asyl.

Formanden (Søren Gade):
Forhandlingen er åbnet. Først får ordføreren for forespørgerne ordet for en begrundelse.

Begrundelse

(Ordfører for forespørgerne)
Rosa Lund (EL):
Tak. Regeringen skal senest i december sende en national strategi til Kommissionen. Vi vil gerne vide, hvor mange modtagepladser der er planlagt, og om børnefamilier fortsat skal bo på Sjælsmark.

Formanden:
Tak. Så er det udlændinge- og integrationsministeren.

Besvarelse

Udlændinge- og integrationsministeren (Kaare Dybvad Bek):
Tak for det. Danmark har forbehold på området for retlige og indre anliggender, så pagten gælder kun for os gennem Dublin- og Eurodac-reglerne. Vi har i 2025 modtaget 2 300 asylansøgninger, det laveste tal i over 30 år. Udsendelsescenter Kærshovedgård har plads til 400 personer. (Uro i salen).

Formanden:
Jeg skal bede om ro i salen.

Mikkel Bjørn (DF):
Vil ministeren garantere, at der ikke kommer én eneste kvoteflygtning til Danmark i 2026?

Udlændinge- og integrationsministeren (Kaare Dybvad Bek):
Regeringen har ingen planer om at modtage kvoteflygtninge i 2026.

Formanden:
Forhandlingen er sluttet. Afstemningen om de fremsatte forslag til vedtagelse vil foregå torsdag den 22. januar.
"""

# 10. Portuguese national integration action plan (negative: integration of migrants, not the asylum & migration
# management strategy).
PT = """Plano de Ação Nacional para a Integração de Migrantes 2026–2028

Resolução do Conselho de Ministros n.º 12/2026

Eixo 1 – Acolhimento e informação

Medida 1.1: Reforçar a rede de Centros Locais de Apoio à Integração de Migrantes (CLAIM) com 40 novos centros em municípios do interior. Entidade responsável: AIMA, I.P. Indicador: número de atendimentos. Meta: 250 000 atendimentos por ano.

Eixo 2 – Língua portuguesa

Medida 2.1: Alargar os cursos «Português Língua de Acolhimento» a 60 000 formandos por ano, com horários pós-laborais. Entidade responsável: IEFP, I.P.

Eixo 3 – Emprego e formação profissional

Medida 3.1: Reconhecimento acelerado de qualificações estrangeiras em 90 dias. Medida 3.2: Programa de empreendedorismo migrante com microcrédito.

Eixo 4 – Habitação

Medida 4.1: Integração dos migrantes no Programa de Arrendamento Acessível e combate à sobrelotação habitacional.

Eixo 5 – Saúde e educação

Medida 5.1: Inscrição no Serviço Nacional de Saúde no ato de autorização de residência. Medida 5.2: Mediadores interculturais em 300 agrupamentos escolares.

Eixo 6 – Combate ao racismo e à discriminação

Medida 6.1: Campanha nacional «Portugal de Todos» e formação de 5 000 funcionários públicos.

Monitorização

O plano é acompanhado por uma comissão interministerial que apresenta um relatório anual à Assembleia da República. Orçamento indicativo: 85 milhões de euros, dos quais 30 milhões do Fundo para o Asilo, a Migração e a Integração.
"""

# 11. Greek text of an EU regulation (articles; negative: an EU legal act, not a national strategy).
EL = """ΚΑΝΟΝΙΣΜΟΣ (ΕΕ) 2024/1351 ΤΟΥ ΕΥΡΩΠΑΪΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ ΚΑΙ ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ

της 14ης Μαΐου 2024

για τη διαχείριση του ασύλου και της μετανάστευσης

ΤΟ ΕΥΡΩΠΑΪΚΟ ΚΟΙΝΟΒΟΥΛΙΟ ΚΑΙ ΤΟ ΣΥΜΒΟΥΛΙΟ ΤΗΣ ΕΥΡΩΠΑΪΚΗΣ ΕΝΩΣΗΣ,

Έχοντας υπόψη τη Συνθήκη για τη λειτουργία της Ευρωπαϊκής Ένωσης, και ιδίως το άρθρο 78 παράγραφος 2 στοιχείο ε),

ΕΞΕΔΩΣΑΝ ΤΟΝ ΠΑΡΟΝΤΑ ΚΑΝΟΝΙΣΜΟ:

Άρθρο 6

Διακυβέρνηση σε εθνικό επίπεδο

1. Κάθε κράτος μέλος διασφαλίζει ότι διαθέτει ικανότητα αποτελεσματικής εφαρμογής του παρόντος κανονισμού.

2. Τα κράτη μέλη θεσπίζουν κατάλληλες διαδικασίες για την παρακολούθηση της συμμόρφωσης με τις υποχρεώσεις τους.

Άρθρο 7

Εθνικές στρατηγικές

1. Κάθε κράτος μέλος διαθέτει εθνική στρατηγική που καθορίζει τη στρατηγική προσέγγισή του για τη διασφάλιση επαρκούς ικανότητας εφαρμογής αποτελεσματικού συστήματος διαχείρισης του ασύλου και της μετανάστευσης.

2. Οι εθνικές στρατηγικές περιλαμβάνουν τουλάχιστον σχέδια έκτακτης ανάγκης, πληροφορίες για την εφαρμογή των αρχών της καλής διακυβέρνησης και τα αποτελέσματα της παρακολούθησης.

3. Η Επιτροπή, μέσω εκτελεστικών πράξεων, θεσπίζει υπόδειγμα για τις εθνικές στρατηγικές.

4. Τα κράτη μέλη θεσπίζουν τις εθνικές τους στρατηγικές το αργότερο στις 12 Δεκεμβρίου 2025 και τις κοινοποιούν στην Επιτροπή.

Άρθρο 8

Ευρωπαϊκή ετήσια έκθεση για το άσυλο και τη μετανάστευση

1. Η Επιτροπή εκδίδει ετήσια έκθεση για το άσυλο και τη μετανάστευση.
"""

# 12. Croatian Administrative Court judgment on an asylum case (negative).
HR = """REPUBLIKA HRVATSKA
UPRAVNI SUD U ZAGREBU
Avenija Dubrovnik 6 i 8

Poslovni broj: 10 UsIl-1234/2025-8

U I M E  R E P U B L I K E  H R V A T S K E

P R E S U D A

Upravni sud u Zagrebu, po sutkinji toga suda Ani Horvat, uz sudjelovanje zapisničarke Maje Kovač, u upravnom sporu tužitelja A. B., državljanina Afganistana, zastupanog po odvjetniku C. D., protiv tuženika Ministarstva unutarnjih poslova Republike Hrvatske, radi međunarodne zaštite, 12. siječnja 2026.

p r e s u d i o   j e

I. Poništava se rješenje Ministarstva unutarnjih poslova, klasa: UP/I-217-01/25-01/1234, od 3. listopada 2025. i predmet se vraća tuženiku na ponovni postupak.

II. Odbija se zahtjev tužitelja za naknadu troškova upravnog spora.

Obrazloženje

1. Tužitelj je podnio zahtjev za međunarodnu zaštitu 14. svibnja 2025. u Prihvatilištu za tražitelje međunarodne zaštite u Zagrebu. Tuženik je zahtjev odbio kao neosnovan jer je smatrao da tužitelju u zemlji podrijetla ne prijeti proganjanje.

2. Sud je ocijenio da tuženik nije pribavio aktualna izvješća o stanju u zemlji podrijetla, osobito izvješća EUAA iz 2025., niti je ocijenio ranjivost tužitelja kao maloljetnika bez pratnje u trenutku ulaska.

3. Prema članku 4. stavku 3. Direktive 2011/95/EU i članku 28. Zakona o međunarodnoj i privremenoj zaštiti, svaki se zahtjev ocjenjuje pojedinačno, uzimajući u obzir sve relevantne činjenice.

Uputa o pravnom lijeku: Protiv ove presude dopuštena je žalba Visokom upravnom sudu Republike Hrvatske u roku od 15 dana od dostave.

U Zagrebu 12. siječnja 2026.

Sutkinja
Ana Horvat, v. r.
"""

# 13. Lithuanian income tax return form (PDF, boxes and labels; negative far from the topic but with numbers).
LT_FORM = [
    ("VALSTYBINĖ MOKESČIŲ INSPEKCIJA PRIE LIETUVOS RESPUBLIKOS FINANSŲ MINISTERIJOS", "DVSB", 10),
    ("GYVENTOJO (NUOLATINIO LIETUVOS GYVENTOJO) METINĖ PAJAMŲ DEKLARACIJA", "DVSB", 12),
    ("Forma GPM311, 2025 m. mokestinis laikotarpis", "DVS", 10),
    ("1. Asmens kodas  [ | | | | | | | | | | ]", "DVS", 10),
    ("2. Vardas  ____________________    3. Pavardė  ____________________", "DVS", 10),
    ("4. Gyvenamoji vieta  ______________________________________________", "DVS", 10),
    ("5. Telefono Nr.  ____________  6. El. paštas  ______________________", "DVS", 10),
    ("A. PAJAMOS, IŠ KURIŲ IŠSKAIČIUOTAS GPM", "DVSB", 10),
    ("7. Darbo užmokestis (kodas 01)          EUR  ____________", "DVS", 10),
    ("8. Ligos išmoka (kodas 32)              EUR  ____________", "DVS", 10),
    ("B. PAJAMOS, IŠ KURIŲ NEIŠSKAIČIUOTAS GPM", "DVSB", 10),
    ("9. Individualios veiklos pajamos        EUR  ____________", "DVS", 10),
    ("10. Turto pardavimo pajamos             EUR  ____________", "DVS", 10),
    ("C. LENGVATOS", "DVSB", 10),
    ("11. Išlaidos gyvybės draudimui          EUR  ____________", "DVS", 10),
    ("12. Išlaidos studijoms                  EUR  ____________", "DVS", 10),
    ("13. Paramai skiriama GPM dalis (1,2 %)  Gavėjo kodas [ | | | | | | | | ]", "DVS", 10),
    ("Patvirtinu, kad deklaracijoje pateikti duomenys yra teisingi.   Parašas ________   Data ________", "DVS", 9),
]


def lithuanian_tax_form() -> None:
    c = canvas.Canvas(str(HERE / "lt-gpm311-tax-form.pdf"), pagesize=A4, invariant=1)
    y = H - 60
    for text, font, size in LT_FORM:
        c.setFont(font, size)
        c.drawString(45, y, text)
        y -= size * 2.2
    c.rect(40, y + 10, W - 80, H - 60 - y, stroke=1, fill=0)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 14. Irish strategy in TWO columns with a running header and footer on every page.
GA = """
# 1. An staid náisiúnta

In 2025 fuair Éire 18 500 iarratas ar chosaint idirnáisiúnta, 40 % níos mó ná in 2024; tá anailís riosca na Roinne Dlí agus Cirt do 2026–2028 ag súil le brú leanúnach ó ghluaiseacht thánaisteach tríd an Limistéar Taistil Comhchoiteann.

Níl aon teorainn talún sheachtrach den Aontas ag Éirinn ach tá an teorainn le Tuaisceart Éireann oscailte; dá bhrí sin is é tosaíocht an rialtais ná seiceálacha ag aerfoirt agus calafoirt agus comhar leis an Ríocht Aontaithe.

# 2.1.2. Filleadh

Gach bliain filleann timpeall 1 600 duine; tugtar tosaíocht don fhilleadh deonach le tacaíocht IOM thar aistriú éigeantach, a dhéantar le dínit agus faoi mhonatóireacht de réir Threoir 2008/115/CE.

# 2.3.3. Coinníollacha glactha

Tá 32 000 áit i gcóiríocht an IPAS le lóistín, bia, cúram sláinte agus liúntas laethúil; cuirtear daoine leochaileacha agus mionaoisigh gan tionlacan i gcóiríocht ar leith.

# 2.6. Acmhainní

Do 2026–2031 tá 1,9 billiún euro sa bhuiséad náisiúnta agus 700 post nua don Roinn agus don tSeirbhís Cosanta Idirnáisiúnta. Ón AMIF faigheann Éire 90 milliún euro agus ón BMVI 40 milliún euro; seachnaíonn an t-údarás iniúchóireachta maoiniú dúbailte.
"""


def irish_two_columns() -> None:
    def furniture(c, doc) -> None:  # noqa: ANN001
        c.setFont("DVS", 8)
        c.drawString(40, H - 30, "Straitéis Náisiúnta um Bainistíocht Tearmainn agus Imirce 2026–2031")
        c.drawRightString(W - 40, 25, f"Leathanach {doc.page}")

    doc = BaseDocTemplate(str(HERE / "ga-2026.two-columns.pdf"), pagesize=A4, title="", author="", subject="")
    cw = (W - 80 - 18) / 2
    frames = [Frame(40, 50, cw, H - 110, id="l"), Frame(40 + cw + 18, 50, cw, H - 110, id="r")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=furniture)])
    story = [Paragraph("Straitéis Náisiúnta um Bainistíocht Tearmainn agus Imirce 2026–2031", HEAD)]
    for head, paras in _sections(GA):
        story.append(Paragraph(head, HEAD))
        story += [Paragraph(p, BODY) for p in paras]
    doc.build(story)


# ---------------------------------------------------------------------------------------------------------------
# 15. Swedish national strategy with the ANNEX questions kept as the headings (template reproduced), answers in the
# second person plural "vi" and one question left unanswered ("Ej aktuellt.").
SV_STRAT = """Nationell strategi för asyl- och migrationshantering 2026–2031

1. Nationell situation

— Vilka är tendenserna i fråga om migration och asyl och vilken riskanalys har gjorts?

Under 2025 registrerades 9 650 asylansökningar i Sverige, 18 procent färre än 2024; Migrationsverkets och Polismyndighetens gemensamma riskanalys för 2026–2028 bedömer att sekundära förflyttningar från andra medlemsstater är den största risken.

— Hur påverkar medlemsstatens geografiska läge prioriteringarna?

Sverige har ingen yttre landgräns mot tredjeland men en lång kust och hamnar mot Östersjön; därför prioriterar vi gränskontroll i hamnar och på Arlanda samt informationsutbyte med Finland och Danmark.

2.1.2. Återvändande

— Vilka åtgärder vidtar medlemsstaten för ett effektivt återvändande?

Varje år återvänder omkring 7 000 personer; självmant återvändande med återetableringsstöd går före tvångsvis verkställighet, som genomförs värdigt och under oberoende övervakning i enlighet med direktiv 2008/115/EG.

2.3.3. Mottagningsvillkor

— Hur säkerställer medlemsstaten adekvata mottagningsvillkor?

Migrationsverket har 15 000 platser i anläggningsboenden med boende, mat, hälso- och sjukvård och dagersättning; sårbara personer och ensamkommande barn placeras separat.

2.4. Beredskap

— Vilken beredskapsplan finns?

Ej aktuellt.

2.6. Kapacitet

— Vilka finansiella och mänskliga resurser planeras?

För 2026–2031 avsätts 24 miljarder kronor i statsbudgeten och 800 nya tjänster. Från AMIF får Sverige 150 miljoner euro och från BMVI 90 miljoner euro; revisionsmyndigheten förhindrar dubbelfinansiering.
"""

# 16. Lithuanian strategy written as ONE long paragraph per page-like chunk with footnote-style numbered references
# inline "[1]" and the section numbers only in the running text ("2.1.2 punkte nurodyta …").
LT = """Nacionalinė prieglobsčio ir migracijos valdymo strategija 2026–2031 m.

Pirma, apie nacionalinę padėtį: 2025 m. Lietuvoje pateikti 1 950 prieglobsčio prašymų, 30 % daugiau nei 2024 m. [1]; Valstybės sienos apsaugos tarnybos 2026–2028 m. rizikos analizė numato tolesnį instrumentalizuotos migracijos spaudimą iš Baltarusijos [2]. Lietuva turi 679 km Sąjungos išorės sausumos sieną su Baltarusija ir 274 km su Rusijos Kaliningrado sritimi, todėl prioritetas yra fizinis barjeras, sienos stebėjimas ir pasienio procedūra. Antra, dėl grąžinimo: kasmet grąžinama apie 1 100 asmenų [3]; savanoriškam grįžimui su TMO parama teikiama pirmenybė prieš priverstinį išsiuntimą, kuris vykdomas oriai ir stebimas pagal Direktyvą 2008/115/EB. Trečia, dėl priėmimo sąlygų: Pabėgėlių priėmimo centre ir Užsieniečių registracijos centre yra 1 400 vietų su apgyvendinimu, maitinimu, sveikatos priežiūra ir dienpinigiais; pažeidžiami asmenys ir nelydimi nepilnamečiai apgyvendinami atskirai [4]. Ketvirta, dėl išteklių: 2026–2031 m. valstybės biudžete numatyta 150 mln. eurų ir 230 naujų etatų; iš AMIF Lietuva gauna 35 mln. eurų, iš BMVI – 160 mln. eurų, o audito institucija užkerta kelią dvigubam finansavimui [5].

[1] Migracijos departamento statistika, 2026-01-10. [2] VSAT rizikos analizė, 2025-12-01. [3] VSAT metinė ataskaita 2025. [4] Socialinės apsaugos ir darbo ministerijos duomenys. [5] Finansų ministerijos 2025-11-20 raštas Nr. 5K-123.
"""


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    maltese_landscape_table()
    latvian_image_headings()
    estonian_footnotes()
    slovenian_scan()
    hungarian_tracked_docx()
    _write("sk-2026.renumbered-chapters.txt", SK)
    _write("bg-2026.partial-return.txt", BG)
    _write("sv-migrationsverket-arsredovisning-2025.txt", SV)
    _write("da-folketinget-debatte-2026.txt", DA)
    _write("pt-plano-integracao-migrantes.txt", PT)
    _write("el-regulation-2024-1351.txt", EL)
    _write("hr-upravni-sud-presuda.txt", HR)
    lithuanian_tax_form()
    irish_two_columns()
    _write("sv-2026.template-questions-kept.txt", SV_STRAT)
    _write("lt-2026.one-run-on-paragraph.txt", LT)


if __name__ == "__main__":
    main()
