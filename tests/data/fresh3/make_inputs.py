"""Writes the inputs of tests/data/fresh3 (fresh-eyes tester, sixth session).

Run: /work/main/.venv/bin/python tests/data/fresh3/make_inputs.py  (reportlab, pyphen, pillow, DejaVu fonts)

Written for this test, never tuned on. Languages and shapes unlike the development corpus (bg cs da de en fi fr hu
lt nl pl pt ro), tests/data/fresh and tests/data/fresh2:

- et-2026.twocol.pdf: an Estonian strategy typeset in two justified, hyphenated columns, a table of contents that
  lists all 17 Annex sections while the body answers only 1, 2.1.2, 2.3.1, 2.3.3, 2.3.4 and 2.6.
- sl-2026.threecol-landscape.pdf: a Slovene excerpt (2.2, 2.4) on landscape pages in three justified columns.
- sk-2026.action-table.pdf: a Slovak action plan whose answers sit in a ruled table (measure | key element |
  responsible | deadline | budget), no prose.
- hr-2026.footnotes.pdf: a Croatian excerpt (2.1.1, 2.3.2) where footnotes fill about half of each page.
- cs-2026.en-annex.pdf: a Czech strategy (1, 2.3.1, 2.3.3) with an English annex "correspondence table" that
  names every Annex section and says of the missing ones "not covered; to follow".
- ga-2026.scan-with-header.pdf: a scanned strategy (pages are pictures) whose running header and page numbers are a
  text layer: the only readable text is furniture.
- sv-2026.rotated.pdf: a Swedish excerpt on pages turned with /Rotate 90 (a landscape scan saved sideways).
- et-2026.renumbered.txt: an Estonian chapter numbered on its own ("2.2 Vastuvõtt" = reception, Annex 2.2 = borders).
- ro-judgment-asylum.txt: a Romanian court judgment on an asylum appeal (Romanian has a development strategy).
- cs-parl-question.txt: a Czech interpellation and the minister's written answer listing planned measures.
- en-eu-implementation-plan.txt: an EU-level implementation plan of the Pact (Commission style, not a member state's).
- sk-budget-table.pdf: a budget chapter of a ministry (line items and figures only).
- hr-security-strategy.txt: a national security strategy with one migration paragraph among defence, cyber, energy.
- lv-2026.password.pdf: an encrypted copy of a short Latvian excerpt (password "riga2026").
- sl-2026.watermark.pdf: a Slovene draft (2.3.3, 2.3.4) with a grey diagonal watermark "OSNUTEK" on each page.
- et-2026.tracked.docx: an Estonian Word draft with a tracked deletion and insertion, an answer in a content
  control (w:sdt) and a key measure in a text box.
- wrong-extension/: a PDF named .txt, a text named .pdf, a Word file named .pdf, an upper-case .PDF.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib import pdfencrypt
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Table, TableStyle

HERE = Path(__file__).resolve().parent
rl_config.invariant = 1  # byte-identical PDFs on every run (no time stamp, fixed document id)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def _styles(lang: str, size: float = 9.5) -> tuple[ParagraphStyle, ParagraphStyle]:
    body = ParagraphStyle(f"b{lang}{size}", fontName="DVS", fontSize=size, leading=size * 1.3, spaceAfter=5,
                          alignment=TA_JUSTIFY, hyphenationLang=lang, embeddedHyphenation=1, uriWasteReduce=0.3)
    head = ParagraphStyle(f"h{lang}{size}", fontName="DVSB", fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                          spaceBefore=4, spaceAfter=4)
    return body, head


def _flow_columns(path: Path, lang: str, items: list[tuple[str, str]], ncols: int, pagesize, header: str,
                  size: float = 9.5, front: list[tuple[str, str]] | None = None) -> None:
    """Items ("h"|"p", text) flowed through ``ncols`` justified columns per page, page after page."""
    body, head = _styles(lang, size)
    w, h = pagesize
    c = canvas.Canvas(str(path), pagesize=pagesize)
    page = 1

    def furniture() -> None:
        c.setFont("DV", 7.5)
        c.drawString(2 * cm, h - 1.1 * cm, header)
        c.drawCentredString(w / 2, 0.9 * cm, str(page))

    if front:
        furniture()
        fr = Frame(2 * cm, 2 * cm, w - 4 * cm, h - 4 * cm)
        fr.addFromList([Paragraph(t, head if k == "h" else body) for k, t in front], c)
        c.showPage()
        page += 1
    flow = [Paragraph(t, head if k == "h" else body) for k, t in items]
    gap = 0.7 * cm
    colw = (w - 4 * cm - gap * (ncols - 1)) / ncols
    while flow:
        furniture()
        for i in range(ncols):
            fr = Frame(2 * cm + i * (colw + gap), 1.8 * cm, colw, h - 3.6 * cm, leftPadding=0, rightPadding=0)
            fr.addFromList(flow, c)
            if not flow:
                break
        c.showPage()
        page += 1
    c.save()


# --------------------------------------------------------------------------------------------- Estonian, 2 columns
ET_TOC = [
    ("h", "Rahvusvahelise kaitse ja rändehalduse riiklik strateegia 2026–2030"),
    ("p", "Siseministeerium, Tallinn 2026"),
    ("h", "Sisukord"),
] + [("p", f"{n} {t} ........ {p}") for n, t, p in [
    ("1.", "Riikliku varjupaiga- ja rändehalduse kontekst", 2),
    ("2.", "Strateegilised eesmärgid ja peamised meetmed", 2),
    ("2.1.1.", "Välismõõde", 2), ("2.1.2.", "Sisemõõde", 2), ("2.1.3.", "Tõhus toetus teistele liikmesriikidele", 3),
    ("2.2.1.", "ELi välispiiride tõhus haldamine", 3), ("2.2.2.", "Tõhus juurdepääs rahvusvahelisele kaitsele välispiiril", 3),
    ("2.3.1.", "Õiglane ja tõhus varjupaigamenetlus", 3), ("2.3.2.", "Menetluslikud tagatised ja põhiõigused", 3),
    ("2.3.3.", "Töökindel vastuvõtusüsteem", 3), ("2.3.4.", "Eduka ja varajase lõimumise tingimused", 4),
    ("2.4.", "Valmisolek ja situatsiooniplaneerimine", 4), ("2.5.", "Integreeritud poliitikakujundus", 4),
    ("2.6.", "Piisav suutlikkus strateegia elluviimiseks", 4)]]

ET_BODY = [
    ("h", "1. Riikliku varjupaiga- ja rändehalduse kontekst"),
    ("p", "Eestisse saabus 2025. aastal 4 100 rahvusvahelise kaitse taotlejat, neist 3 200 Ukrainast ajutise kaitse "
          "alusel ning 900 muudest riikidest, peamiselt Afganistanist, Süüriast ja Venemaalt. Taotluste arv on viie "
          "aastaga kolmekordistunud. Politsei- ja Piirivalveameti riskianalüüs hindab, et idapiiril püsib "
          "hübriidrünnakute oht ning Venemaa ja Valgevene võivad rändajaid taas ära kasutada."),
    ("p", "Eesti asub Euroopa Liidu välispiiril: maismaapiir Venemaaga on 338 kilomeetrit pikk, millest suurem osa "
          "kulgeb mööda Narva jõge ja Peipsi järve. Väikese riigina on meie vastuvõtu- ja menetlussuutlikkus "
          "piiratud, mistõttu peame valmistuma järskudeks muutusteks ja tegema tihedat koostööd naaberriikidega."),
    ("h", "2.1.2. Sisemõõde"),
    ("p", "Lahkumisettekirjutuse saanud välismaalaste tagasisaatmine peab olema kiire ja inimväärne ning vastama "
          "direktiivile 2008/115/EÜ. Eelistame vabatahtlikku lahkumist: Politsei- ja Piirivalveamet pakub "
          "tagasipöördujatele nõustamist ja Frontexi taasintegreerimisabi. Sunniviisilise tagasisaatmise määr "
          "peab 2030. aastaks tõusma 40 protsendilt 70 protsendini. Dublini üleandmiste menetlus lühendatakse "
          "kuuelt kuult kolmele."),
    ("p", "Ebaseadusliku töötamise vastu tugevdame tööinspektsiooni kontrolle ehitus- ja põllumajandussektoris ning "
          "karmistame tööandjate sanktsioone direktiivi 2009/52/EÜ kohaselt."),
    ("h", "2.3.1. Õiglane ja tõhus varjupaigamenetlus"),
    ("p", "Esimese astme otsused tehakse keskmiselt kuue kuu jooksul. Politsei- ja Piirivalveamet võtab 2026. aastal "
          "tööle 25 uut menetlejat, kes läbivad EUAA koolitusmoodulid. Halduskohtute koormuse vähendamiseks "
          "luuakse varjupaigaasjadele spetsialiseerunud kohtunike kogu ning otsuste kvaliteeti hinnatakse igal "
          "aastal EUAA kvaliteedimaatriksi alusel vastavalt määrustele (EL) 2024/1348 ja 2024/1347."),
    ("h", "2.3.3. Töökindel vastuvõtusüsteem"),
    ("p", "Vao ja Vägeva majutuskeskustes on kokku 600 kohta; kriisi korral saab kolme päevaga lisada 1 500 "
          "ajutist kohta. Taotlejad saavad majutuse, toitlustuse, tervishoiuteenused ja lapsed käivad koolis "
          "direktiivi (EL) 2024/1346 kohaselt. Saatjata alaealised majutatakse eraldi perekodudes."),
    ("h", "2.3.4. Eduka ja varajase lõimumise tingimused"),
    ("p", "Rahvusvahelise kaitse saajad läbivad kohanemisprogrammi ja saavad 300 tundi tasuta eesti keele õpet. "
          "Töötukassa pakub tööotsingu nõustamist, kohalikud omavalitsused aitavad leida eluaseme ning "
          "kaitse saajad on ravikindlustatud ja sotsiaalkindlustatud samadel alustel kui Eesti elanikud."),
    ("h", "2.6. Piisav suutlikkus strateegia elluviimiseks"),
    ("p", "Strateegia elluviimiseks eraldatakse riigieelarvest viie aasta jooksul 48 miljonit eurot, lisaks "
          "Varjupaiga-, Rände- ja Integratsioonifondist 21 miljonit eurot. Politsei- ja Piirivalveameti "
          "rändevaldkonna töötajate arv suureneb 140 inimese võrra ning biomeetriliste andmete süsteem liidestatakse "
          "Eurodaci ja riiki sisenemise/riigist lahkumise süsteemiga."),
]


# --------------------------------------------------------------------------------------- Slovene, 3 columns landscape
SL_BODY = [
    ("h", "Nacionalna strategija upravljanja azila in migracij – izvleček"),
    ("h", "2.2. Učinkovito upravljanje zunanjih meja EU"),
    ("p", "Slovenija varuje 670 kilometrov schengenske zunanje meje s Hrvaško, ki je od leta 2023 notranja meja, "
          "zato se nadzor seli na letališče Ljubljana in v pristanišče Koper. Policija uvaja sistem vstopa/izstopa "
          "in sistem ETIAS ter izvaja preverjanja pred vstopom po uredbi o preverjanju v 48 urah."),
    ("p", "Nacionalna strategija evropskega integriranega upravljanja meja je usklajena s to strategijo. Obveznosti "
          "do oseb, rešenih na morju, izvaja Uprava za pomorstvo skupaj s policijo."),
    ("h", "2.2.2. Učinkovit dostop do mednarodne zaščite na zunanjih mejah"),
    ("p", "Na letališču Ljubljana se vzpostavi mejni postopek s 120 mesti v tranzitnem območju. Prosilci dobijo "
          "pravno svetovanje v 24 urah, tolmača in zdravniški pregled; mejni postopek se zaključi v dvanajstih "
          "tednih, kot določata uredbi (EU) 2024/1348 in 2024/1349."),
    ("h", "2.4. Pripravljenost in načrtovanje ukrepov za nepredvidljive razmere"),
    ("p", "Vlada sprejme načrt ukrepov ob množičnem prihodu migrantov, ki ga vsako leto posodobi na podlagi analize "
          "tveganj Urada vlade za oskrbo in integracijo migrantov in poročil Komisije v okviru načrta za "
          "pripravljenost na migracije in krize. Ob množičnem prihodu se v 72 urah odpre 3 000 začasnih mest "
          "v športnih dvoranah in vojašnicah."),
    ("p", "Za primer instrumentalizacije migrantov s strani tretjih držav se uporabijo pravila uredbe (EU) 2024/1359; "
          "pri tem se spoštujejo temeljne pravice, zlasti načelo nevračanja. Za višjo silo, na primer naravne "
          "nesreče, imamo rezervne lokacije za registracijo v Mariboru in Novem mestu."),
]


# ------------------------------------------------------------------------------------------- Slovak action table
SK_ROWS = [
    ["Opatrenie", "Cieľ stratégie", "Zodpovedný", "Termín", "Rozpočet (mil. €)"],
    ["Skrátenie konania o azyle na šesť mesiacov; 40 nových rozhodovateľov vyškolených modulmi EUAA",
     "Spravodlivé a rýchle azylové konanie", "Migračný úrad MV SR", "2027", "6,2"],
    ["Rozšírenie ubytovacích kapacít v zariadeniach Humenné a Opatovce na 1 400 miest; strava, zdravotná "
     "starostlivosť a školská dochádzka detí podľa smernice (EÚ) 2024/1346", "Odolný systém prijímania",
     "Migračný úrad MV SR", "2028", "14,0"],
    ["Bezplatné kurzy slovenčiny (400 hodín), uznávanie kvalifikácií a sprostredkovanie zamestnania pre držiteľov "
     "medzinárodnej ochrany", "Včasná integrácia", "MPSVR SR, ÚPSVR", "2026–2030", "9,5"],
    ["Dobrovoľné návraty s reintegračnou pomocou Frontexu; nútené návraty charterovými letmi; cieľ 60 % návratov",
     "Účinné návraty podľa smernice 2008/115/ES", "ÚHCP PPZ", "priebežne", "4,1"],
    ["Pohotovostný plán pre hromadný príchod: 5 000 dočasných miest do 72 hodín, cvičenie raz ročne",
     "Pripravenosť na krízy", "MV SR, Správa štátnych hmotných rezerv", "2026", "3,0"],
    ["Prepojenie národných systémov s Eurodacom, EES a ETIAS", "Moderné digitálne nástroje", "MV SR, sekcia IT",
     "2027", "7,8"],
]


# ------------------------------------------------------------------------------------------- Croatian footnotes
HR_PAGES = [
    ([("h", "2.1.1. Vanjska dimenzija"),
      ("p", "Hrvatska sklapa partnerstva s Bosnom i Hercegovinom, Srbijom i Turskom o povratu i ponovnom prihvatu¹, "
            "financira obuku graničnih policija zapadnog Balkana² i sudjeluje u Zajedničkoj platformi za suzbijanje "
            "krijumčarenja migranata³. Za zakonite putove Vlada godišnje izdaje 5 000 dozvola sezonskim radnicima "
            "iz Filipina i Nepala⁴ te preseljava 150 izbjeglica iz Turske u okviru Unijina okvira za preseljenje⁵.")],
     ["¹ Sporazum između Vlade Republike Hrvatske i Vijeća ministara Bosne i Hercegovine o predaji i prihvatu "
      "osoba čiji je ulazak ili boravak nezakonit, Narodne novine – Međunarodni ugovori, br. 4/2012; Protokol o "
      "provedbi Sporazuma, NN-MU 7/2013; Sporazum sa Srbijom, NN-MU 2/2010.",
      "² Projekt »IBM Western Balkans II«, financiran iz Instrumenta za susjedstvo, razvoj i međunarodnu suradnju "
      "(NDICI), odluka Komisije C(2023) 1234 od 21. veljače 2023., ukupno 4,5 milijuna eura, trajanje 2023.–2026.",
      "³ Zajednička izjava o Globalnom savezu za suzbijanje krijumčarenja migranata, Bruxelles, 28. studenoga 2023.; "
      "vidjeti također Akcijski plan EU-a protiv krijumčarenja migranata 2021.–2025., COM(2021) 591 final.",
      "⁴ Zakon o strancima, NN 133/20, 114/22, 151/22, 40/25, članci 97.–104.; Odluka o godišnjoj kvoti, NN 12/2026.",
      "⁵ Uredba (EU) 2024/1350 Europskog parlamenta i Vijeća od 14. svibnja 2024. o uspostavi Unijina okvira za "
      "preseljenje i humanitarni prihvat, SL L, 2024/1350, 22.5.2024."]),
    ([("h", "2.3.2. Postupovna jamstva i temeljna prava"),
      ("p", "Svaki tražitelj dobiva besplatnu pravnu pomoć u prvom stupnju⁶. Pravobraniteljica prati poštivanje "
            "temeljnih prava na granici kroz neovisni mehanizam praćenja⁷, a djeca bez pratnje dobivaju posebnog "
            "skrbnika u roku od 24 sata⁸. Zadržavanje je posljednja mjera, najdulje tri mjeseca, s redovitim "
            "sudskim nadzorom⁹.")],
     ["⁶ Zakon o međunarodnoj i privremenoj zaštiti, NN 70/15, 127/17, 33/23, članak 60.; Zakon o besplatnoj pravnoj "
      "pomoći, NN 143/13, 98/19.",
      "⁷ Sporazum o suradnji Ministarstva unutarnjih poslova i Pučke pravobraniteljice o neovisnom mehanizmu nadzora "
      "postupanja policijskih službenika, lipanj 2021.; članak 10. Uredbe (EU) 2024/1356 o preporukama.",
      "⁸ Zakon o socijalnoj skrbi, NN 18/22, 46/22, 119/22, članak 120.; Pravilnik o skrbništvu nad djecom bez "
      "pratnje, NN 52/2024.",
      "⁹ Presuda Ustavnog suda U-III-4865/2018 od 16. travnja 2021.; presuda Europskog suda za ljudska prava "
      "M.H. i drugi protiv Hrvatske, zahtjevi br. 15670/18 i 43115/18, 18. studenoga 2021."]),
]


# ------------------------------------------------------------------------------- Czech strategy + English annex
CS_BODY = [
    ("h", "Národní strategie řízení azylu a migrace České republiky 2026–2030"),
    ("h", "1. Kontext národního řízení azylu a migrace"),
    ("p", "Česká republika v roce 2025 evidovala 1 400 žádostí o mezinárodní ochranu a 390 000 držitelů dočasné "
          "ochrany z Ukrajiny, nejvíce na obyvatele v Unii. Analýza rizik Ministerstva vnitra počítá s dalším "
          "sekundárním pohybem po balkánské trase a s tlakem na trh s bydlením ve velkých městech."),
    ("h", "2.3.1. Včasný a účinný přístup ke spravedlivému a efektivnímu azylovému řízení"),
    ("p", "Odbor azylové a migrační politiky rozhodne v prvním stupni do šesti měsíců; přijme 30 nových "
          "rozhodovatelů vyškolených moduly EUAA. Krajské soudy získají specializované senáty pro azylové věci "
          "a kvalita rozhodování se bude hodnotit každý rok podle nařízení (EU) 2024/1348."),
    ("h", "2.3.3. Odolný systém přijímání"),
    ("p", "Přijímací středisko Zastávka a pobytová střediska Kostelec nad Orlicí a Havířov nabídnou 1 100 míst; "
          "žadatelé dostanou ubytování, stravu, zdravotní péči a děti chodí do školy podle směrnice (EU) 2024/1346."),
]
CS_ANNEX = [
    ("h", "Annex II – Correspondence table with the template of Implementing Decision (EU) 2025/503"),
    ("p", "This table is provided in English for the European Commission. It maps each section of the template to "
          "the chapters of this strategy."),
    ("p", "1. Context – Chapter 1."),
    ("p", "2.1.1. External dimension – not covered in this strategy; to follow in the foreign-policy concept 2027."),
    ("p", "2.1.2. Internal dimension (Dublin, illegal employment, return) – not covered; a separate return "
          "strategy will be adopted in 2027."),
    ("p", "2.1.3. Support to other Member States (solidarity contributions) – not covered."),
    ("p", "2.2. Management of the external borders – not applicable: the Czech Republic has no external land border."),
    ("p", "2.3.1. Asylum procedures – Chapter 2.3.1."),
    ("p", "2.3.2. Procedural guarantees and fundamental rights – not covered."),
    ("p", "2.3.3. Reception – Chapter 2.3.3."),
    ("p", "2.3.4. Integration – not covered; see the Integration Policy Concept (to be revised)."),
    ("p", "2.4. Preparedness and contingency planning for mass arrivals, instrumentalisation and force majeure – "
          "not covered; the contingency plan is being drafted."),
    ("p", "2.5. Integrated policymaking, coordination and stakeholders – not covered."),
    ("p", "2.6. Capacity, human and financial resources, digital systems, EU funding – not covered."),
]


# --------------------------------------------------------------------------------------------- texts (.txt)
TEXTS = {
"et-2026.renumbered.txt": """Varjupaiga ja rände riiklik tegevuskava, II peatükk

1. Sissejuhatus

Käesolev peatükk kirjeldab, kuidas Eesti korraldab rahvusvahelise kaitse taotlejate menetlust ja vastuvõttu aastatel 2026–2030.

2. Varjupaik

2.1 Menetlus

Politsei- ja Piirivalveamet teeb esimese astme otsuse kuue kuu jooksul. Ametisse võetakse 25 uut menetlejat, kes läbivad EUAA koolitusmoodulid, ning halduskohtutes luuakse varjupaigaasjadele spetsialiseerunud kohtunike kogu.

2.2 Vastuvõtt

Vao ja Vägeva majutuskeskustes on kokku 600 kohta. Taotlejad saavad majutuse, toitlustuse ja tervishoiuteenused ning lapsed käivad koolis direktiivi (EL) 2024/1346 kohaselt. Saatjata alaealised elavad perekodudes.

2.3 Lõimumine

Kaitse saajad saavad 300 tundi tasuta eesti keele õpet, Töötukassa tööotsingu nõustamist ning kohalikud omavalitsused aitavad leida eluaseme.

3. Tagasisaatmine

Lahkumisettekirjutuse saanud välismaalased saadetakse tagasi kiiresti ja inimväärselt direktiivi 2008/115/EÜ kohaselt; eelistatakse vabatahtlikku lahkumist Frontexi taasintegreerimisabiga.
""",

"ro-judgment-asylum.txt": """ROMÂNIA
CURTEA DE APEL BUCUREȘTI
SECȚIA A VIII-A CONTENCIOS ADMINISTRATIV ȘI FISCAL

DECIZIA CIVILĂ NR. 1842
Ședința publică din 14 martie 2026

Pe rol se află soluționarea recursului declarat de recurentul-reclamant A. M., cetățean afgan, împotriva sentinței civile nr. 903 din 12 noiembrie 2025 pronunțate de Judecătoria Sectorului 4 București, în contradictoriu cu intimatul-pârât Inspectoratul General pentru Imigrări – Direcția Azil și Integrare.

CURTEA,

1. Prin cererea înregistrată la 3 iunie 2025, reclamantul a solicitat acordarea unei forme de protecție internațională, susținând că a fost amenințat de talibani din cauza activității sale de interpret pentru o organizație internațională.

2. Prin hotărârea din 18 august 2025, Inspectoratul General pentru Imigrări a respins cererea, reținând că declarațiile reclamantului sunt contradictorii cu privire la data plecării din Afganistan și la traseul urmat prin Iran și Turcia.

3. Instanța de fond a menținut hotărârea administrativă, apreciind că reclamantul nu a dovedit existența unei temeri bine întemeiate de persecuție în sensul art. 1 din Convenția de la Geneva din 1951.

4. În recurs, reclamantul critică sentința pentru nesocotirea informațiilor din țara de origine ale Agenției Uniunii Europene pentru Azil și pentru lipsa unui interpret de limba paștună la interviul preliminar.

5. Curtea constată că, potrivit art. 10 din Legea nr. 122/2006 privind azilul în România, interviul se desfășoară în limba pe care solicitantul o înțelege. Din procesul-verbal rezultă că interviul s-a desfășurat în limba dari, pe care reclamantul nu o vorbește fluent.

6. De asemenea, instanța de fond nu a analizat ghidul EUAA privind Afganistanul din mai 2024, care arată că foștii colaboratori ai organizațiilor internaționale constituie un profil de risc.

7. Pentru aceste motive, Curtea va admite recursul, va casa sentința și va trimite cauza spre rejudecare aceleiași instanțe, care va dispune reaudierea reclamantului cu un interpret de limba paștună.

PENTRU ACESTE MOTIVE
ÎN NUMELE LEGII
DECIDE:

Admite recursul declarat de recurentul-reclamant A. M. Casează sentința civilă nr. 903 din 12 noiembrie 2025 și trimite cauza spre rejudecare. Definitivă.

Pronunțată în ședință publică, azi, 14 martie 2026.

PREȘEDINTE, JUDECĂTOR, JUDECĂTOR, GREFIER
""",

"cs-parl-question.txt": """Poslanecká sněmovna Parlamentu České republiky
Písemná interpelace č. 412 poslankyně Mgr. Jany Novákové na ministra vnitra ve věci připravenosti azylového systému

Vážený pane ministře,

v souvislosti s uplatňováním Paktu o migraci a azylu od června 2026 se Vás táži: Kolik míst v přijímacích střediscích bude k dispozici? Jak ministerstvo zkrátí délku azylového řízení? Jaký je plán pro případ hromadného příchodu migrantů? Kolik prostředků z fondu AMIF čerpáme?

Děkuji za odpověď.

Odpověď ministra vnitra ze dne 20. února 2026

Vážená paní poslankyně,

k Vaší interpelaci uvádím následující. Ministerstvo vnitra rozšíří kapacitu přijímacích středisek na 1 500 míst, z toho 300 míst pro zranitelné osoby. Délka řízení v prvním stupni se zkrátí na šest měsíců díky 30 novým rozhodovatelům. Pro hromadný příchod připravujeme pohotovostní plán se 4 000 dočasnými místy, který vláda projedná v dubnu. Z Azylového, migračního a integračního fondu čerpáme v letech 2021–2027 celkem 62 milionů eur.

Národní strategii řízení azylu a migrace předloží ministerstvo vládě do konce roku 2026.

S pozdravem
ministr vnitra
""",

"en-eu-implementation-plan.txt": """EUROPEAN COMMISSION
Brussels, 12.6.2024

COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT, THE COUNCIL, THE EUROPEAN ECONOMIC AND SOCIAL COMMITTEE AND THE COMMITTEE OF THE REGIONS

Common Implementation Plan for the Pact on Migration and Asylum

1. Introduction

The Pact on Migration and Asylum was adopted on 14 May 2024. Its legislative acts apply from June 2026. This Common Implementation Plan sets out the key steps that the Commission, the EU agencies and the Member States need to take together over the next two years so that the new system works on day one.

2. Building blocks

Building block 1: a common EU system for managing migration. Eurodac will be upgraded so that it registers applicants, irregular arrivals and persons disembarked after search and rescue; eu-LISA will deliver the new system by June 2026 and Member States must connect their national systems.

Building block 2: new procedures at the external borders. Member States will screen every third-country national who crosses the external border irregularly, identify vulnerabilities and refer them to the asylum or return procedure. The border procedure becomes mandatory for applicants from countries with a recognition rate below 20 per cent; the Union-wide adequate capacity is 30 000 places.

Building block 3: reception. Member States must ensure adequate reception conditions in line with the recast Reception Conditions Directive, including contingency planning for reception.

Building block 4: fair, efficient and convergent asylum procedures. The EUAA will support Member States with guidance, training and its monitoring mechanism.

Building block 5: efficient and fair return procedures. Return decisions will be issued together with negative asylum decisions; the Commission will appoint a Return Coordinator and Frontex will support reintegration.

Building block 6: fair and effective responsibility sharing. The Solidarity Pool will be set up each year; Member States may relocate, pay financial contributions or provide alternative solidarity measures.

Building block 7: preparedness, contingency planning and crisis response. Member States should prepare contingency plans for mass arrivals and situations of instrumentalisation, using the Migration Preparedness and Crisis Blueprint.

Building block 8: new safeguards for asylum seekers and vulnerable persons, including an independent monitoring mechanism of fundamental rights.

Building block 9: resettlement, inclusion and integration. The Union Resettlement Framework will provide legal pathways; Member States are encouraged to invest in early integration.

Building block 10: the external dimension. Comprehensive partnerships with countries of origin and transit, Talent Partnerships and the fight against migrant smuggling.

3. Next steps

By 12 December 2024, each Member State should prepare a national implementation plan setting out gaps and operational steps. The Commission will provide financial support of EUR 3.7 billion through the Asylum, Migration and Integration Fund and the Border Management and Visa Instrument.
""",

"hr-security-strategy.txt": """STRATEGIJA NACIONALNE SIGURNOSTI REPUBLIKE HRVATSKE 2026.–2035.

Uvod

Strategija nacionalne sigurnosti određuje ciljeve i instrumente kojima Republika Hrvatska štiti svoje građane, teritorij i vrijednosti u razdoblju do 2035. Sigurnosno okruženje obilježeno je ratom u Ukrajini, hibridnim prijetnjama, klimatskim promjenama i tehnološkim natjecanjem velikih sila.

Obrana

Hrvatska će do 2030. izdvajati najmanje 2,5 posto bruto domaćeg proizvoda za obranu, modernizirati kopnenu vojsku nabavom borbenih vozila i jačati doprinos savezničkoj odvraćajućoj prisutnosti NATO-a na istočnom krilu.

Kibernetička sigurnost

Nacionalni centar za kibernetičku sigurnost štitit će ključnu infrastrukturu; provodi se Direktiva NIS2 i uvode se obvezne vježbe za energetski, financijski i zdravstveni sektor.

Energetska sigurnost

Terminal za ukapljeni prirodni plin na Krku proširuje se na 6,1 milijardu kubnih metara godišnje, a udio obnovljivih izvora u proizvodnji električne energije raste na 70 posto.

Migracije i granice

Nezakonite migracije duž zapadnobalkanske rute ostaju sigurnosni izazov. Granična policija nadzire 1 350 kilometara vanjske granice Unije uz tehničku zaštitu i potporu Frontexa, a sustav azila i povratka provodi se u skladu s Paktom o migracijama i azilu.

Civilna zaštita

Sustav civilne zaštite priprema se za potrese, poplave i požare raslinja; do 2028. uspostavlja se jedinstveni sustav ranog upozoravanja putem mobilnih mreža.

Provedba

Vijeće za nacionalnu sigurnost prati provedbu strategije i svake dvije godine izvješćuje Hrvatski sabor.
""",
}


def et_twocol() -> None:
    _flow_columns(HERE / "et-2026.twocol.pdf", "et_EE", ET_BODY, 2, A4,
                  "Rahvusvahelise kaitse ja rändehalduse riiklik strateegia 2026–2030", front=ET_TOC)


def sl_threecol() -> None:
    _flow_columns(HERE / "sl-2026.threecol-landscape.pdf", "sl_SI", SL_BODY, 3, landscape(A4),
                  "Ministrstvo za notranje zadeve – Strategija 2026–2030", size=9)


def sk_action_table() -> None:
    body, head = _styles("sk_SK", 8.5)
    c = canvas.Canvas(str(HERE / "sk-2026.action-table.pdf"), pagesize=landscape(A4))
    w, h = landscape(A4)
    title = Paragraph("Akčný plán k Národnej stratégii riadenia azylu a migrácie 2026–2030", head)
    data = [[Paragraph(x, body) for x in row] for row in SK_ROWS]
    t = Table(data, colWidths=[9 * cm, 5 * cm, 4.5 * cm, 2.5 * cm, 3 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), "#dddddd")]))
    fr = Frame(2 * cm, 1.5 * cm, w - 4 * cm, h - 3 * cm)
    fr.addFromList([title, t], c)
    c.showPage()
    c.save()


def hr_footnotes() -> None:
    body, head = _styles("hr_HR", 10)
    foot = ParagraphStyle("foot", fontName="DVS", fontSize=7, leading=8.5, spaceAfter=2, alignment=TA_JUSTIFY)
    w, h = A4
    c = canvas.Canvas(str(HERE / "hr-2026.footnotes.pdf"), pagesize=A4)
    c.setTitle("Nacionalna strategija upravljanja azilom i migracijama – izvadak")
    for page, (items, notes) in enumerate(HR_PAGES, start=1):
        c.setFont("DV", 7.5)
        c.drawString(2 * cm, h - 1.1 * cm, "Ministarstvo unutarnjih poslova – Nacionalna strategija 2026.–2030.")
        c.drawCentredString(w / 2, 0.9 * cm, str(page))
        Frame(2 * cm, 13 * cm, w - 4 * cm, h - 15 * cm).addFromList(
            [Paragraph(t, head if k == "h" else body) for k, t in items], c)
        c.line(2 * cm, 12.6 * cm, 7 * cm, 12.6 * cm)
        Frame(2 * cm, 1.6 * cm, w - 4 * cm, 10.9 * cm).addFromList([Paragraph(n, foot) for n in notes], c)
        c.showPage()
    c.save()


def cs_en_annex() -> None:
    _flow_columns(HERE / "cs-2026.en-annex.pdf", "cs_CZ", CS_BODY + [("h", " ")] + CS_ANNEX, 1, A4,
                  "Ministerstvo vnitra – Národní strategie 2026–2030", size=10.5)


def _text_image(lines: list[str], size: tuple[int, int]) -> Image.Image:
    img = Image.new("L", size, 250)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 26)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 30)
    y = 180
    for line in lines:
        draw.text((120, y), line.lstrip("#"), fill=20, font=bold if line.startswith("#") else font)
        y += 44
    return img.rotate(0.4, fillcolor=250)


GA_SCAN = [
    ["#2.3.3. Córas fáiltithe láidir",
     "Tá 2 400 áit i lárionaid fáiltithe an Stáit. Faigheann iarratasóirí",
     "lóistín, bia, cúram sláinte agus oideachas do leanaí de réir",
     "Threoir (AE) 2024/1346."],
    ["#2.3.4. Comhtháthú luath",
     "Cuirtear 300 uair an chloig de theagasc Béarla ar fáil saor in aisce,",
     "chomh maith le tacaíocht fostaíochta agus tithíochta."],
]


def ga_scan_with_header() -> None:
    w, h = A4
    c = canvas.Canvas(str(HERE / "ga-2026.scan-with-header.pdf"), pagesize=A4)
    for page, lines in enumerate(GA_SCAN, start=1):
        buf = io.BytesIO()
        _text_image(lines, (1240, 1754)).save(buf, format="PNG")
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.setFont("DV", 8)
        c.drawString(2 * cm, h - 1.1 * cm, "An Straitéis Náisiúnta um Bainistíocht Tearmainn agus Imirce 2026–2030")
        c.drawCentredString(w / 2, 0.9 * cm, f"Leathanach {page}")
        c.showPage()
    c.save()


SV_ROT = [
    ("h", "2.1.2. Den inre dimensionen"),
    ("p", "Personer som fått ett lagakraftvunnet avvisnings- eller utvisningsbeslut ska återvända snabbt och värdigt "
          "enligt direktiv 2008/115/EG. Migrationsverket erbjuder återvändarstöd och Frontex återintegreringsstöd; "
          "andelen genomförda återvändanden ska öka från 45 till 70 procent till 2030."),
    ("h", "2.3.3. Ett robust mottagningssystem"),
    ("p", "Migrationsverkets mottagningscenter har 12 000 platser. Sökande får boende, mat, hälso- och sjukvård och "
          "barnen går i skolan enligt direktiv (EU) 2024/1346."),
]


def sv_rotated() -> None:
    """Portrait text on pages that carry /Rotate 90 (a viewer shows them sideways)."""
    path = HERE / "sv-2026.rotated.pdf"
    body, head = _styles("sv_SE", 10.5)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setPageRotation(90)
    Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm).addFromList(
        [Paragraph(t, head if k == "h" else body) for k, t in SV_ROT], c)
    c.showPage()
    c.save()


def sk_budget() -> None:
    body, head = _styles("sk_SK", 9)
    c = canvas.Canvas(str(HERE / "sk-budget-table.pdf"), pagesize=A4)
    rows = [["Program / podprogram", "2025 skutočnosť", "2026 rozpočet", "2027 návrh", "2028 návrh"],
            ["06G Azyl a migrácia", "48 210", "51 600", "53 100", "54 900"],
            ["06G01 Konanie o azyle", "9 120", "9 800", "10 200", "10 500"],
            ["06G02 Ubytovacie zariadenia", "22 400", "24 100", "24 900", "25 700"],
            ["06G03 Integrácia", "6 300", "6 900", "7 100", "7 400"],
            ["06G04 Návraty", "5 890", "6 200", "6 300", "6 500"],
            ["06G05 Informačné systémy (Eurodac, EES)", "4 500", "4 600", "4 600", "4 800"],
            ["Spolu kapitola MV SR (tis. €)", "1 912 400", "1 987 300", "2 011 000", "2 040 600"]]
    t = Table([[Paragraph(x, body) for x in r] for r in rows], colWidths=[6.5 * cm] + [2.6 * cm] * 4)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm).addFromList(
        [Paragraph("Návrh rozpočtu verejnej správy na roky 2026 až 2028 – kapitola Ministerstvo vnútra SR", head),
         Paragraph("Tabuľka 14: Výdavky programu 06G v tis. eur", body), t], c)
    c.showPage()
    c.save()


LV_TEXT = [
    ("h", "2.3.3. Stabila uzņemšanas sistēma"),
    ("p", "Patvēruma meklētāju izmitināšanas centrā “Mucenieki” ir 400 vietu; patvēruma meklētāji saņem "
          "izmitināšanu, uzturu, veselības aprūpi, un bērni apmeklē skolu saskaņā ar Direktīvu (ES) 2024/1346."),
]


def lv_password() -> None:
    body, head = _styles("lv_LV", 10.5)
    enc = pdfencrypt.StandardEncryption("riga2026", canPrint=1)
    c = canvas.Canvas(str(HERE / "lv-2026.password.pdf"), pagesize=A4, encrypt=enc)
    Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm).addFromList(
        [Paragraph(t, head if k == "h" else body) for k, t in LV_TEXT], c)
    c.showPage()
    c.save()


def _fixed(name: str) -> zipfile.ZipInfo:
    """A zip entry with a fixed time stamp (byte-identical files on every run)."""
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 10, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def wrong_extensions() -> None:
    d = HERE / "wrong-extension"
    d.mkdir(exist_ok=True)
    shutil.copyfile(HERE / "sl-2026.threecol-landscape.pdf", d / "sl-pdf-named.txt")
    (d / "et-text-named.pdf").write_text(TEXTS["et-2026.renumbered.txt"], encoding="utf-8")
    shutil.copyfile(HERE / "sl-2026.threecol-landscape.pdf", d / "sl-upper.PDF")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:  # a minimal valid Word file
        z.writestr(_fixed("[Content_Types].xml"), '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
                   'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/'
                   'xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr(_fixed("_rels/.rels"), '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        paras = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in
                        TEXTS["et-2026.renumbered.txt"].split("\n\n"))
        z.writestr(_fixed("word/document.xml"), '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
                   f'openxmlformats.org/wordprocessingml/2006/main"><w:body>{paras}</w:body></w:document>')
    (d / "et-docx-named.pdf").write_bytes(buf.getvalue())


def et_tracked_docx() -> None:
    """A Word draft: tracked changes, a content control and a text box around answers (python-docx, then XML)."""
    import re

    import docx

    d = docx.Document()
    d.add_heading("2.3.3. Töökindel vastuvõtusüsteem", level=2)
    d.add_paragraph("Vao ja Vägeva majutuskeskustes elavad rahvusvahelise kaitse taotlejad.")
    for ph in ("PLACEHOLDER_TRACKED", "PLACEHOLDER_SDT", "PLACEHOLDER_TXBX"):
        d.add_paragraph(ph)
    d.add_paragraph("Lapsed käivad koolis direktiivi (EL) 2024/1346 kohaselt.")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(buf)
    xml = src.read("word/document.xml").decode()
    stamp = 'w:author="Siseministeerium" w:date="2026-01-05T10:00:00Z"'
    parts = {
        "PLACEHOLDER_TRACKED": (
            '<w:p><w:r><w:t xml:space="preserve">Keskustes on </w:t></w:r>'
            f'<w:del w:id="1" {stamp}><w:r><w:delText>5 000 kohta ja tasuta bussisõit</w:delText></w:r></w:del>'
            f'<w:ins w:id="2" {stamp}><w:r><w:t>600 kohta, toitlustus ja tervishoiuteenused</w:t></w:r></w:ins>'
            '<w:r><w:t>.</w:t></w:r></w:p>'),
        "PLACEHOLDER_SDT": (
            '<w:sdt><w:sdtPr><w:alias w:val="Vastus"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Saatjata alaealised '
            'majutatakse perekodudes ja neile määratakse eestkostja 24 tunni jooksul.</w:t></w:r></w:p></w:sdtContent>'
            '</w:sdt>'),
        "PLACEHOLDER_TXBX": (
            '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r>'
            '<w:t>Põhimeede: kriisi korral lisatakse kolme päevaga 1 500 ajutist kohta.</w:t></w:r></w:p>'
            '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'),
    }
    for ph, rep in parts.items():
        xml = re.sub(r"<w:p>(?:(?!<w:p>).)*?" + ph + r".*?</w:p>", rep, xml, count=1, flags=re.S)
    with zipfile.ZipFile(HERE / "et-2026.tracked.docx", "w") as out:
        for info in src.infolist():  # fixed time stamps: byte-identical on every run
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 10, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, xml if info.filename == "word/document.xml" else src.read(info.filename))


SL_WATERMARK = [
    [("h", "2.3.3. Robusten sistem sprejema"),
     ("p", "Azilni dom v Ljubljani in njegova izpostava v Logatcu imata skupaj 1 100 mest. Prosilci dobijo nastanitev, "
           "hrano, zdravstveno oskrbo, otroci pa obiskujejo šolo v skladu z Direktivo (EU) 2024/1346. Urad vlade za "
           "oskrbo in integracijo migrantov vsako leto preveri pogoje sprejema in o tem poroča vladi."),
     ("p", "Mladoletniki brez spremstva bivajo v posebnih stanovanjskih skupnostih z vzgojitelji, ki so na voljo ves "
           "dan; zakoniti zastopnik je določen v 24 urah.")],
    [("h", "2.3.4. Pogoji za uspešno in zgodnje vključevanje"),
     ("p", "Osebe z mednarodno zaščito obiskujejo 300 ur tečaja slovenščine, Zavod za zaposlovanje jim pomaga pri "
           "iskanju dela, občine pa zagotavljajo stanovanja za prvo leto. Upravičeni so do zdravstvenega in socialnega "
           "zavarovanja pod enakimi pogoji kot državljani."),
     ("p", "Vlada vsako leto pripravi poročilo o vključevanju in ga objavi na svojih spletnih straneh.")],
]


def sl_watermark() -> None:
    """Two pages under a grey diagonal watermark (drawn first, 90 pt, turned 45°)."""
    body, head = _styles("sl_SI", 10.5)
    c = canvas.Canvas(str(HERE / "sl-2026.watermark.pdf"), pagesize=A4)
    for items in SL_WATERMARK:
        c.saveState()
        c.setFillGray(0.85)
        c.setFont("DVB", 90)
        c.translate(A4[0] / 2, A4[1] / 2)
        c.rotate(45)
        c.drawCentredString(0, 0, "OSNUTEK")
        c.restoreState()
        Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm).addFromList(
            [Paragraph(t, head if k == "h" else body) for k, t in items], c)
        c.showPage()
    c.save()


def main() -> None:
    for name, text in TEXTS.items():
        (HERE / name).write_text(text, encoding="utf-8")
    et_twocol()
    sl_threecol()
    sk_action_table()
    hr_footnotes()
    cs_en_annex()
    ga_scan_with_header()
    sv_rotated()
    sk_budget()
    lv_password()
    wrong_extensions()
    et_tracked_docx()
    sl_watermark()


if __name__ == "__main__":
    main()
