"""Writes the inputs of tests/data/fresh6 (fresh-eyes tester, ninth session).

Run: /work/main/.venv/bin/python tests/data/fresh6/make_inputs.py  (reportlab, pillow, python-docx, DejaVu fonts)

Written for this test before any run of the analyser on them, never tuned on (README here: what each file is, what
a correct analysis says, what the analyser gave). Byte-identical on every run (reportlab ``invariant``, fixed docx
core properties and zip times).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                SimpleDocTemplate, Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_fixed import save_docx_fixed  # noqa: E402
from pdf_fixed import FONT_DIR, dejavu  # noqa: E402

dejavu()


def _styles(size: float = 10, name: str = "") -> tuple[ParagraphStyle, ParagraphStyle]:
    body = ParagraphStyle(f"b{size}{name}", fontName="DVS", fontSize=size, leading=size * 1.3, spaceAfter=5,
                          alignment=TA_JUSTIFY)
    head = ParagraphStyle(f"h{size}{name}", fontName="DVSB", fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                          spaceBefore=6, spaceAfter=4)
    return body, head


def _flow(items, body, head) -> list:
    return [Paragraph(t, head if k == "h" else body) for k, t in items]


def _soft(text: str) -> str:
    """Soft hyphens in long words so the justified columns break words at line ends."""
    out = []
    for i, w in enumerate(text.split(" ")):
        out.append(w[:5] + "\u00ad" + w[5:] if len(w) > 9 and i % 2 == 0 else w)
    return " ".join(out)


# --------------------------------------------------------------------------------------- 1 Bulgarian, two columns
BG = [
    ("h", "Национална стратегия за управление на убежището и миграцията 2026–2030"),
    ("h", "1. Контекст на националното управление на убежището и миграцията"),
    ("p", "През 2025 г. Държавната агенция за бежанците регистрира 14 600 молби за международна закрила, с 18 "
          "на сто повече от 2024 г. Според анализа на риска на Гранична полиция натискът по сухопътната граница с "
          "Турция ще остане висок до 2028 г., а вторичните движения към Сърбия и Румъния ще нарастват."),
    ("p", "България охранява 259 километра външна сухопътна граница на Съюза с Турция и морската граница в "
          "Черно море; това географско положение прави страната първа държава на влизане по източносредиземноморския "
          "и балканския маршрут."),
    ("h", "2.1.2. Вътрешно измерение"),
    ("p", "Всяка година ще бъдат връщани 2 500 незаконно пребиваващи граждани на трети страни. Приоритет "
          "получава доброволното връщане с помощ за реинтеграция; принудителното връщане се извършва при пълно "
          "зачитане на достойнството и на Директива 2008/115/ЕО, с наблюдение от омбудсмана на всеки полет."),
    ("p", "Процедурите по Регламента за определяне на отговорната държава ще приключват за 60 дни, а "
          "трансферите ще се изпълняват в шестмесечния срок; злоупотребата с повторни молби се ограничава."),
    ("h", "2.3.3. Стабилна система за приемане"),
    ("p", "Капацитетът на регистрационно-приемателните центрове в София, Харманли и Баня ще се увеличи от "
          "5 100 на 6 500 места. Всеки кандидат получава настаняване, храна, здравна помощ и парично "
          "подпомагане; условията се проверяват на всеки три месеца, а за непридружените деца има отделни зони."),
    ("h", "2.6. Достатъчен капацитет за изпълнение на стратегията"),
    ("p", "Стратегията ще струва 310 милиона лева за пет години, от които 95 милиона идват от фонд "
          "„Убежище, миграция и интеграция“ и от Инструмента за управление на границите и визите. Агенцията ще "
          "назначи 120 нови служители, а националните системи ще бъдат свързани с Евродак и със Системата за "
          "влизане/излизане."),
]


def bg_twocol() -> None:
    body, head = _styles(9.5, "bg")
    w, h = A4
    gap = 0.8 * cm
    colw = (w - 4 * cm - gap) / 2
    frames = [Frame(2 * cm, 2.5 * cm, colw, h - 5 * cm, id="l"),
              Frame(2 * cm + colw + gap, 2.5 * cm, colw, h - 5 * cm, id="r")]

    def furniture(c, doc) -> None:  # noqa: ANN001
        c.saveState()
        c.setFont("DV", 7.5)
        c.drawString(2 * cm, h - 1.5 * cm, "Министерство на вътрешните работи • Стратегия 2026–2030")
        c.drawRightString(w - 2 * cm, 1.4 * cm, f"Стр. {doc.page}")
        c.restoreState()

    items = [(k, _soft(t) if k == "p" else t) for k, t in BG]
    doc = BaseDocTemplate(str(HERE / "bg-2026.twocol-hyphen.pdf"), pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=furniture)])
    doc.build(_flow(items, body, head))


# --------------------------------------------------------------------------------------- 2 Czech, table of measures
CS_PROSE = [
    ("h", "Národní strategie řízení azylu a migrace na období 2026–2030"),
    ("h", "1. Kontext vnitrostátního řízení azylu a migrace"),
    ("p", "V roce 2025 podalo žádost o mezinárodní ochranu v České republice 1 900 osob; dočasnou ochranu má "
          "stále 390 000 osob z Ukrajiny. Analýza rizik Ministerstva vnitra očekává mírný nárůst sekundárních "
          "pohybů přes Slovensko a Rakousko."),
    ("h", "2.3.1. Včasný a účinný přístup ke spravedlivým a efektivním azylovým řízením"),
    ("p", "Odbor azylové a migrační politiky přijme 45 nových rozhodovacích referentů a krajské soudy "
          "posílí o 6 specializovaných soudců, aby průměrná délka řízení v první instanci klesla ze 170 na 90 dnů."),
    ("h", "2.3.3. Robustní systém přijímání"),
    ("p", "Přijímací středisko Zastávka a pobytová střediska Kostelec nad Orlicí a Havířov nabídnou celkem "
          "1 600 míst; žadatelé dostanou ubytování, stravu, zdravotní péči a kapesné, zranitelné osoby "
          "oddělené ubytování."),
    ("h", "2.6. Dostatečná kapacita a schopnost provádět národní strategii"),
    ("p", "Opatření, jejich gestory, termíny a rozpočet uvádí následující akční plán."),
]
CS_TABLE = [
    ["Opatření", "Gestor", "Termín", "Rozpočet (mil. Kč)", "Zdroj"],
    ["Nábor 45 rozhodovacích referentů OAMP", "MV", "2027", "210", "státní rozpočet"],
    ["Rekonstrukce přijímacího střediska Zastávka", "SUZ", "2028", "380", "AMIF 75 %"],
    ["Propojení národního informačního systému s Eurodac a EES", "MV / Policie ČR", "2026", "140", "BMVI"],
    ["Školení soudců a tlumočníků ve spolupráci s EUAA", "MSp", "2026–2030", "35", "AMIF"],
    ["Rezerva pro hromadný příliv (1 000 dočasných míst)", "HZS", "2027", "120", "státní rozpočet"],
]


def cs_measures_table() -> None:
    body, head = _styles(10, "cs")
    cell = ParagraphStyle("cscell", fontName="DV", fontSize=9, leading=11)
    portrait = PageTemplate(id="p", frames=[Frame(2.5 * cm, 2.5 * cm, A4[0] - 5 * cm, A4[1] - 5 * cm)],
                            pagesize=A4)
    lw, lh = landscape(A4)
    land = PageTemplate(id="l", frames=[Frame(2 * cm, 2 * cm, lw - 4 * cm, lh - 4 * cm)], pagesize=(lw, lh))
    doc = BaseDocTemplate(str(HERE / "cs-2026.measures-table.pdf"), pagesize=A4)
    doc.addPageTemplates([portrait, land])
    rows = [[Paragraph(c, cell) for c in r] for r in CS_TABLE]
    t = Table(rows, colWidths=[9 * cm, 3.5 * cm, 2.5 * cm, 3.5 * cm, 4 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story = _flow(CS_PROSE, body, head) + [NextPageTemplate("l"), PageBreak(),
                                           Paragraph("Akční plán 2026–2030", head), t]
    doc.build(story)


# --------------------------------------------------------------------------------------- 3 Slovak, Word headings
SK = [
    ("title", "Národná stratégia riadenia azylu a migrácie 2026 – 2030"),
    ("h1", "Kontext vnútroštátneho riadenia azylu a migrácie"),
    ("p", "V roku 2025 požiadalo na Slovensku o medzinárodnú ochranu 210 osôb a Úrad hraničnej a cudzineckej "
          "polície zadržal 2 300 neregulárnych migrantov, prevažne na hranici s Maďarskom. Analýza rizík "
          "predpokladá, že tranzitná migrácia po západobalkánskej trase zostane hlavnou výzvou."),
    ("h1", "Vonkajší rozmer"),
    ("p", "Slovensko uzavrie partnerstvá so Srbskom, Severným Macedónskom a Gruzínskom o readmisii a boji proti "
          "prevádzačstvu; v rámci programu presídľovania Únie prijme v rokoch 2026 – 2027 100 utečencov."),
    ("h1", "Vnútorný rozmer"),
    ("p", "Návraty neoprávnene sa zdržiavajúcich štátnych príslušníkov tretích krajín sa zrýchlia: rozhodnutie "
          "o návrate sa vydá spolu so zamietnutím žiadosti a dobrovoľný návrat podporí Medzinárodná organizácia "
          "pre migráciu."),
    ("table", [["Opatrenie", "Zodpovedný", "Termín"],
               ["Dublinské transfery do 6 mesiacov", "Migračný úrad MV SR", "2026"],
               ["Kontroly nelegálneho zamestnávania a sankcie voči zamestnávateľom", "Národný inšpektorát práce",
                "2027"]]),
    ("h1", "Uplatňovanie integrovaného prístupu"),
    ("p", "Medzirezortná koordinačná skupina pod vedením ministra vnútra sa schádza štvrťročne; zúčastňujú sa "
          "na nej ministerstvá zahraničných vecí, práce a školstva, Migračný úrad a mimovládne organizácie."),
]


def _docx_fixed(doc, path: Path) -> None:
    """Save ``doc`` byte-identically (:func:`docx_fixed.save_docx_fixed`, author "fresh6")."""
    save_docx_fixed(doc, path, "fresh6")


def sk_docx() -> None:
    import docx

    d = docx.Document()
    for kind, val in SK:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        else:
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, v in enumerate(row):
                    t.cell(r, c).text = v
    _docx_fixed(d, HERE / "sk-2026.word-headings.docx")


# --------------------------------------------------------------------------------------- 4 Latvian, long (40+ pages)
LV_REGIONS = ["Rīgā", "Kurzemē", "Zemgalē", "Vidzemē", "Latgalē", "Pierīgā", "Jelgavā", "Daugavpilī", "Liepājā",
              "Ventspilī", "Rēzeknē"]
LV_SECTIONS = [
    ("1. Nacionālās patvēruma un migrācijas pārvaldības konteksts",
     ["{y}. gadā {r} reģistrēti {n} starptautiskās aizsardzības pieteikumi; Valsts robežsardzes riska analīze "
      "paredz, ka spiediens uz austrumu robežu ar Baltkrieviju un Krieviju saglabāsies augsts.",
      "Latvijas ģeogrāfiskais stāvoklis pie Savienības ārējās sauszemes robežas nozīmē, ka {r} izvietotās "
      "robežapsardzības nodaļas {y}. gadā apkalpos {n} robežšķērsošanas gadījumus."]),
    ("2.1.1. Ārējā dimensija",
     ["Latvija {y}. gadā noslēgs vienošanos par atpakaļuzņemšanu ar vēl vienu izcelsmes valsti un kopā ar "
      "Uzbekistānu un Tadžikistānu īstenos projektu par {n} atgriezto personu reintegrāciju.",
      "Legālās migrācijas ceļi: {y}. gadā {r} uzņēmumi varēs pieņemt darbā {n} kvalificētu speciālistu no "
      "trešajām valstīm, un Latvija piedalīsies Savienības pārmitināšanas programmā."]),
    ("2.1.2. Iekšējā dimensija",
     ["{y}. gadā no Latvijas tiks izraidīti {n} nelikumīgi uzturējušies trešo valstu valstspiederīgie; "
      "priekšroka tiek dota brīvprātīgai atgriešanai, ievērojot Direktīvu 2008/115/EK.",
      "Dublinas procedūras {r} tiks pabeigtas 60 dienās, un {y}. gadā plānoti {n} pārsūtījumi."]),
    ("2.3.1. Savlaicīga un efektīva piekļuve taisnīgām un efektīvām patvēruma procedūrām",
     ["Pilsonības un migrācijas lietu pārvalde {y}. gadā pieņems darbā {n} jaunus lēmumu pieņēmējus {r}, un "
      "Administratīvā rajona tiesa saņems divus papildu tiesnešus patvēruma lietām."]),
    ("2.3.3. Stabila uzņemšanas sistēma",
     ["Patvēruma meklētāju izmitināšanas centrā {r} {y}. gadā būs {n} vietas; pieteikuma iesniedzēji saņem "
      "mājokli, ēdienu, veselības aprūpi un pabalstu, un apstākļi tiek pārbaudīti reizi ceturksnī."]),
    ("2.3.4. Nosacījumi sekmīgai un agrīnai integrācijai",
     ["{y}. gadā {r} latviešu valodas kursos piedalīsies {n} starptautiskās aizsardzības saņēmēju; "
      "Nodarbinātības valsts aģentūra piedāvās darba meklēšanas atbalstu un sociālo dzīvokli."]),
    ("2.4. Gatavība un ārkārtas situāciju plānošana",
     ["Ārkārtas rīcības plāns masveida ieplūdumam paredz {n} pagaidu vietas {r} 72 stundu laikā; {y}. gadā "
      "notiks mācības par migrantu instrumentalizāciju uz Baltkrievijas robežas."]),
    ("2.5. Integrētās pieejas īstenošana",
     ["Starpinstitūciju koordinācijas padome, ko vada Iekšlietu ministrija, {y}. gadā sanāks {n} reizes; tajā "
      "piedalās Ārlietu, Labklājības un Izglītības ministrija un nevalstiskās organizācijas no {r}."]),
    ("2.6. Pietiekama spēja īstenot valsts stratēģiju",
     ["{y}. gadā stratēģijai piešķirti {n} tūkstoši eiro, no tiem trešdaļa no Patvēruma, migrācijas un "
      "integrācijas fonda; sistēmas {r} tiks savienotas ar Eurodac un Ieceļošanas/izceļošanas sistēmu."]),
]


def lv_long() -> None:
    body, head = _styles(10, "lv")
    items = [("h", "Nacionālā patvēruma un migrācijas pārvaldības stratēģija 2026.–2030. gadam")]
    for title, tmpls in LV_SECTIONS:
        items.append(("h", title))
        k = 0
        for y in range(2026, 2031):
            for r in LV_REGIONS:
                for t in tmpls:
                    k += 1
                    items.append(("p", t.format(y=y, r=r, n=100 + 37 * k)))

    def furniture(c, doc) -> None:  # noqa: ANN001
        c.saveState()
        c.setFont("DV", 8)
        c.drawString(2.5 * cm, A4[1] - 1.4 * cm, "Iekšlietu ministrija — Stratēģija 2026–2030")
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"{doc.page}. lpp.")
        c.restoreState()

    doc = SimpleDocTemplate(str(HERE / "lv-2026.long.pdf"), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.5 * cm)
    doc.build(_flow(items, body, head), onFirstPage=furniture, onLaterPages=furniture)


# --------------------------------------------------------------------------------------- 7 Finnish, OCR text layer
FI_PAGES = [
    ["Kansallinen turvapaikka- ja maahanmuuttostrategia 2026–2030",
     "",
     "1. Kansallisen turvapaikka- ja maahanmuuton hallinnan tausta",
     "Vuonna 2025 Suomeen jätettiin 5 800 kansainvälistä suojelua koskevaa",
     "hakemusta. Rajavartiolaitoksen riskianalyysin mukaan painetta itärajalla",
     "Venäjän vastaisella rajalla on odotettavissa koko strategiakauden ajan.",
     "",
     "2.1.2. Sisäinen ulottuvuus",
     "Maassa laittomasti oleskelevien palauttamista tehostetaan: vuosittain",
     "palautetaan 2 000 henkilöä, ensisijaisesti vapaaehtoisen paluun ja",
     "paluuavustuksen avulla paluudirektiivin 2008/115/EY mukaisesti."],
    ["2.3.3. Vahva vastaanottojärjestelmä",
     "Vastaanottokeskusten kapasiteetti pidetään 9 000 paikassa, ja",
     "hakijoille turvataan majoitus, ateria, terveydenhuolto ja",
     "vastaanottoraha. Maahanmuuttovirasto valvoo keskusten oloja",
     "kahdesti vuodessa.",
     "",
     "2.6. Riittävät voimavarat strategian toteuttamiseen",
     "Strategian toteuttamiseen varataan 420 miljoonaa euroa viideksi",
     "vuodeksi, josta 110 miljoonaa euroa turvapaikka-, maahanmuutto-",
     "ja kotouttamisrahastosta. Järjestelmät liitetään Eurodaciin."],
]


def _page_png(lines: list[str]) -> Image.Image:
    img = Image.new("L", (1240, 1754), 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 26)
    y = 180
    for ln in lines:
        d.text((150, y), ln, fill=30, font=f)
        y += 44
    return img


def fi_ocr_layer() -> None:
    """Every page a picture of its text with an invisible text layer over it (render mode 3), as OCR leaves them."""
    c = canvas.Canvas(str(HERE / "fi-2026.ocr-layer.pdf"), pagesize=A4)
    sx = A4[0] / 1240
    for lines in FI_PAGES:
        img = _page_png(lines)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=A4[0], height=A4[1])
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont("DVS", 26 * sx)
        y = A4[1] - 180 * sx - 22 * sx
        for ln in lines:
            t.setTextOrigin(150 * sx, y)
            t.textOut(ln)
            y -= 44 * sx
        c.drawText(t)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------------------- 9 Lithuanian, layout table
LT = [
    ("1. Nacionalinio prieglobsčio ir migracijos valdymo kontekstas",
     "2025 m. Lietuvoje pateikti 1 700 prašymų suteikti tarptautinę apsaugą. Valstybės sienos apsaugos tarnybos "
     "rizikos analizė rodo, kad spaudimas pasienyje su Baltarusija išliks didelis, nes Baltarusijos režimas "
     "instrumentalizuoja migrantus."),
    ("2.1.2. Vidaus dimensija",
     "Kasmet iš Lietuvos bus grąžinama 1 000 neteisėtai esančių trečiųjų šalių piliečių; pirmenybė teikiama "
     "savanoriškam grįžimui su reintegracijos parama pagal Direktyvą 2008/115/EB."),
    ("2.3.3. Tvirta priėmimo sistema",
     "Užsieniečių registracijos centre Pabradėje ir Pabėgėlių priėmimo centre Rukloje bus 2 400 vietų; "
     "prašytojai gauna būstą, maitinimą, sveikatos priežiūrą ir pašalpą, pažeidžiami asmenys – atskiras patalpas."),
    ("2.4. Pasirengimas ir nenumatytų atvejų planavimas",
     "Masinio antplūdžio atvejo planas numato 3 000 laikinų vietų per 72 valandas; kasmet vyksta pratybos dėl "
     "migrantų instrumentalizavimo pasienyje su Baltarusija."),
    ("2.6. Pakankami pajėgumai strategijai įgyvendinti",
     "Strategijai skiriama 160 mln. eurų per penkerius metus, iš jų 48 mln. eurų iš Prieglobsčio, migracijos ir "
     "integracijos fondo; priimami 70 nauji migracijos pareigūnai."),
]


def lt_layout_table() -> None:
    """A Word document laid out as one two-column table: the section title left, the answer right."""
    import docx

    d = docx.Document()
    d.add_paragraph("Nacionalinė prieglobsčio ir migracijos valdymo strategija 2026–2030 m.")
    t = d.add_table(rows=len(LT), cols=2)
    for r, (title, text) in enumerate(LT):
        t.cell(r, 0).text = title
        t.cell(r, 1).text = text
    _docx_fixed(d, HERE / "lt-2026.layout-table.docx")


# --------------------------------------------------------------------------------------- 10 Greek, own letters, notes
EL = [
    ("h", "Εθνική Στρατηγική για τη Διαχείριση του Ασύλου και της Μετανάστευσης 2026–2030"),
    ("h", "Α΄. Το εθνικό πλαίσιο"),
    ("p", "Το 2025 υποβλήθηκαν στην Ελλάδα 62 000 αιτήσεις διεθνούς προστασίας¹. Η ανάλυση κινδύνου της "
          "Ελληνικής Αστυνομίας προβλέπει σταθερά υψηλές αφίξεις στα νησιά του ανατολικού Αιγαίου και στην Κρήτη "
          "από τη Λιβύη, λόγω της γεωγραφικής θέσης της χώρας στα εξωτερικά θαλάσσια σύνορα."),
    ("h", "Β΄. Επιστροφές"),
    ("p", "Κάθε χρόνο θα επιστρέφονται 12 000 παράνομα διαμένοντες υπήκοοι τρίτων χωρών· προτεραιότητα έχει η "
          "εθελοντική επιστροφή με επανένταξη, ενώ οι αναγκαστικές επιστροφές παρακολουθούνται από τον Συνήγορο "
          "του Πολίτη σύμφωνα με την Οδηγία 2008/115/ΕΚ²."),
    ("h", "Γ΄. Υποδοχή αιτούντων"),
    ("p", "Οι Κλειστές Ελεγχόμενες Δομές στα νησιά και οι δομές φιλοξενίας στην ηπειρωτική χώρα θα διαθέτουν "
          "30 000 θέσεις· οι αιτούντες λαμβάνουν στέγη, σίτιση, υγειονομική περίθαλψη και οικονομική συνδρομή, "
          "και τα ασυνόδευτα παιδιά φιλοξενούνται σε ειδικές δομές."),
    ("h", "Δ΄. Πόροι"),
    ("p", "Η στρατηγική θα κοστίσει 1,9 δισ. ευρώ σε πέντε χρόνια, εκ των οποίων 800 εκατ. ευρώ από το Ταμείο "
          "Ασύλου, Μετανάστευσης και Ένταξης· προσλαμβάνονται 400 χειριστές υποθέσεων."),
]
EL_NOTES = ["¹ Στοιχεία Υπουργείου Μετανάστευσης και Ασύλου, 2025.", "² Ν. 5078/2023, άρθρο 12."]


def el_letters_notes() -> None:
    body, head = _styles(10, "el")
    note = ParagraphStyle("elnote", fontName="DVS", fontSize=7, leading=9)

    def furniture(c, doc) -> None:  # noqa: ANN001
        c.saveState()
        c.setFont("DV", 8)
        c.drawString(2.5 * cm, A4[1] - 1.4 * cm, "Υπουργείο Μετανάστευσης και Ασύλου")
        c.drawRightString(A4[0] - 2.5 * cm, 1.0 * cm, f"Σελίδα {doc.page}")
        if doc.page == 1:
            c.line(2.5 * cm, 2.6 * cm, 6 * cm, 2.6 * cm)
            y = 2.2 * cm
            for n in EL_NOTES:
                p = Paragraph(n, note)
                p.wrapOn(c, A4[0] - 5 * cm, 1 * cm)
                p.drawOn(c, 2.5 * cm, y)
                y -= 0.4 * cm
        c.restoreState()

    doc = SimpleDocTemplate(str(HERE / "el-2026.letters-footnotes.pdf"), pagesize=A4, leftMargin=2.5 * cm,
                            rightMargin=2.5 * cm, topMargin=2.5 * cm, bottomMargin=3 * cm)
    doc.build(_flow(EL, body, head), onFirstPage=furniture, onLaterPages=furniture)


# --------------------------------------------------------------------------------------- 13 Latvian statistics bulletin
LV_STATS = [
    ["Valstspiederība", "Pieteikumi", "Bēgļa statuss", "Alternatīvais statuss", "Atteikumi", "Izraidīti"],
    ["Afganistāna", "412", "96", "140", "118", "21"],
    ["Sīrija", "288", "171", "62", "20", "3"],
    ["Irāka", "231", "12", "30", "160", "88"],
    ["Indija", "190", "0", "2", "171", "120"],
    ["Krievija", "176", "48", "15", "77", "9"],
    ["Kopā", "1 297", "327", "249", "546", "241"],
]


def lv_stats_bulletin() -> None:
    body, head = _styles(10, "lvs")
    cell = ParagraphStyle("lvcell", fontName="DV", fontSize=9, leading=11)
    story = [Paragraph("Pilsonības un migrācijas lietu pārvalde", head),
             Paragraph("Statistikas biļetens Nr. 4/2025: patvērums un atgriešana, 2025. gada 4. ceturksnis", head),
             Paragraph("Biļetenā apkopoti dati par starptautiskās aizsardzības pieteikumiem, pieņemtajiem "
                       "lēmumiem un izraidīšanu. Dati ir provizoriski un var tikt precizēti. Metodoloģija atbilst "
                       "Regulai (EK) Nr. 862/2007 par Kopienas statistiku migrācijas un starptautiskās aizsardzības "
                       "jomā.", body),
             Paragraph("1. tabula. Pieteikumi un lēmumi pēc valstspiederības", head)]
    rows = [[Paragraph(c, cell) for c in r] for r in LV_STATS]
    t = Table(rows, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story += [t, Paragraph("2. Galvenās tendences", head),
              Paragraph("Salīdzinājumā ar 2024. gada 4. ceturksni pieteikumu skaits pieauga par 14 %. Vidējais "
                        "lēmuma pieņemšanas laiks bija 94 dienas. Patvēruma meklētāju izmitināšanas centrā "
                        "“Mucenieki” ceturkšņa beigās uzturējās 318 personas (noslodze 79 %). Brīvprātīgi "
                        "atgriezās 64 personas, piespiedu kārtā izraidītas 177 personas.", body),
              Paragraph("Nākamais biļetens tiks publicēts 2026. gada aprīlī. Kontakti: statistika@pmlp.gov.lv", body)]
    SimpleDocTemplate(str(HERE / "lv-statistics-bulletin.pdf"), pagesize=A4).build(story)


# --------------------------------------------------------------------------------------- 14 Finnish benefit form (docx)
FI_FORM = [
    ["Hakijan tiedot", ""],
    ["Sukunimi ja etunimet", ""],
    ["Asiakasnumero (Maahanmuuttovirasto)", ""],
    ["Vastaanottokeskus", ""],
    ["Haen vastaanottorahaa ajalle", "__.__.2026 – __.__.2026"],
    ["Tulot (palkka, muut etuudet) €/kk", ""],
    ["Pankkitilin numero (IBAN)", ""],
    ["Onko sinulla oikeus tehdä työtä turvapaikkamenettelyn aikana?", "☐ kyllä  ☐ ei"],
    ["Allekirjoitus ja päiväys", ""],
]


def fi_benefit_form() -> None:
    import docx

    d = docx.Document()
    d.add_heading("Vastaanottorahahakemus", level=1)
    d.add_paragraph("Kansainvälistä suojelua hakevan vastaanotosta annetun lain (746/2011) 19 §:n mukainen "
                    "hakemus. Palauta lomake vastaanottokeskuksen sosiaalityöntekijälle. Vastaanottoraha "
                    "myönnetään kuukaudeksi kerrallaan, ja siihen vaikuttavat hakijan tulot ja varat.")
    t = d.add_table(rows=len(FI_FORM), cols=2)
    t.style = "Table Grid"
    for r, (a, b) in enumerate(FI_FORM):
        t.cell(r, 0).text = a
        t.cell(r, 1).text = b
    d.add_paragraph("Täyttöohje: Ilmoita kaikki tulosi. Jos tietoja ei ilmoiteta, vastaanottorahaa voidaan "
                    "alentaa. Lisätietoja: migri.fi/vastaanottoraha.")
    _docx_fixed(d, HERE / "fi-reception-allowance-form.docx")


def main() -> None:
    bg_twocol()
    cs_measures_table()
    sk_docx()
    lv_long()
    fi_ocr_layer()
    lt_layout_table()
    el_letters_notes()
    lv_stats_bulletin()
    fi_benefit_form()
    bg = (HERE / "bg-2026.cp1251.utf8").read_text(encoding="utf-8")
    (HERE / "bg-2026.cp1251.txt").write_bytes(bg.encode("cp1251"))


if __name__ == "__main__":
    main()
