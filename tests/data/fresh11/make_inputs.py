"""Writes the inputs of tests/data/fresh11 (fresh-eyes tester, fourteenth session).

Run: /work/main/.venv/bin/python tests/data/fresh11/make_inputs.py  (reportlab, python-docx, DejaVu fonts)

Written before any run of the analyser on them, never tuned on (README here: what each file is, what a correct
analysis says, what the analyser gave). Byte-identical on every run (reportlab ``invariant``, fixed docx properties).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
from reportlab import rl_config  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer  # noqa: E402

HERE = Path(os.environ.get("FRESH11_OUT", Path(__file__).resolve().parent))
sys.path.insert(0, str(HERE.parent))
from docx_fixed import save_docx_fixed  # noqa: E402

rl_config.invariant = 1
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
W, H = A4
BODY = ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=12, alignment=TA_JUSTIFY, hyphenationLang=None)
HEAD = ParagraphStyle("h", fontName="DVSB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)


def _write(name: str, text: str, newline: str = "\n") -> None:
    (HERE / name).write_text(text, encoding="utf-8", newline=newline)


# 1. Dutch strategy with its OWN decimal numbering (LibreOffice outline numbering typed out): chapter 2 is
# reception, so "2.1.1 Opleiding van personeel" is NOT the Annex's 2.1.1 (external dimension).
NL = """Nationale strategie voor asiel- en migratiebeheer 2026–2031

1 Inleiding

1.1 Cijfers en risico's

In 2025 ontving Nederland 38 400 asielaanvragen, 9 % meer dan in 2024; de risicoanalyse van de IND en de Koninklijke Marechaussee voor 2026–2028 verwacht een aanhoudend hoge instroom via de Balkanroute en secundaire migratie uit andere lidstaten.

1.2 Ligging

Nederland heeft geen landbuitengrens van de Unie, maar Schiphol en de zeehavens van Rotterdam zijn buitengrenzen; de prioriteit ligt daarom bij grenscontrole op luchthavens en bij snelle registratie van secundaire migratie.

2 Opvang

2.1 Personeel

2.1.1 Opleiding van personeel

Alle medewerkers van het Centraal Orgaan opvang asielzoekers (COA) volgen de EUAA-opleiding over opvang en kwetsbaarheid; in 2026 worden 1 200 medewerkers opgeleid.

2.1.2 Werving

Het COA werft in 2026 en 2027 samen 600 nieuwe medewerkers voor de opvanglocaties.

2.2 Opvangvoorzieningen

De opvang biedt 52 000 plaatsen; asielzoekers krijgen onderdak, maaltijden of leefgeld van 65 euro per week, medische zorg via de Regeling Medische zorg Asielzoekers en begeleiding; kwetsbare personen worden apart gehuisvest.

3 Terugkeer

3.1 Vrijwillige en gedwongen terugkeer

Jaarlijks keren 7 000 mensen terug; vrijwillige terugkeer met ondersteuning van de Dienst Terugkeer en Vertrek gaat voor gedwongen terugkeer, die waardig en met toezicht plaatsvindt, in overeenstemming met Richtlijn 2008/115/EG.

4 Middelen

4.1 Begroting en personeel

Voor 2026–2031 is 2,4 miljard euro uit de rijksbegroting voorzien; IND en COA krijgen samen 900 extra voltijdsbanen.

4.2 EU-fondsen

Uit het AMIF ontvangt Nederland 310 miljoen euro en uit het BMVI 270 miljoen euro; een gezamenlijke auditautoriteit voorkomt dubbele financiering.
"""

# 2. Croatian form: the Annex questions (Croatian wording) each answered only "Da." / "Ne."
HR_YES = """Nacionalna strategija upravljanja azilom i migracijama Republike Hrvatske 2026. – 2031.

1. Nacionalna situacija

— Koji su trendovi migracija i azila u državi članici i koja je analiza rizika provedena?

Da.

— Kakav je geografski položaj države članice i kako utječe na prioritete?

Da.

2.1.2. Vraćanje

— Koje mjere država članica poduzima za učinkovito vraćanje, uključujući dobrovoljni povratak?

Da.

2.3.3. Uvjeti prihvata

— Kako država članica osigurava odgovarajuće uvjete prihvata i kapacitete?

Da.

2.6. Kapaciteti

— Koji su financijski i ljudski resursi predviđeni za provedbu strategije?

Da.

— Koriste li se sredstva Unije (AMIF, BMVI) i kako se sprječava dvostruko financiranje?

Ne.
"""

# 3. Commission staff working document assessing the member states' strategies (negative).
SWD = """EUROPEAN COMMISSION

Brussels, 14.10.2026
SWD(2026) 411 final

COMMISSION STAFF WORKING DOCUMENT

Assessment of the national asylum and migration management strategies submitted under Article 7 of Regulation (EU) 2024/1351

Accompanying the document REPORT FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT AND THE COUNCIL on the first European Annual Asylum and Migration Report

1. Introduction

Article 7 of Regulation (EU) 2024/1351 requires each Member State to adopt a national strategy setting out its strategic approach to asylum and migration management. Commission Implementing Decision (EU) 2025/503 established a template. By 12 September 2026, 24 Member States had submitted their strategies. This staff working document summarises the Commission services' assessment.

2. Overall findings

2.1 External dimension and return

Most strategies describe cooperation with third countries of origin and transit. Eleven Member States give return figures; seven indicate that assisted voluntary return takes precedence over forced return. Only four explain how the dignity of returnees is ensured during removal operations.

2.2 Reception conditions

Reception capacity reported by Member States ranges from 300 to 95 000 places. Several strategies do not specify how material reception conditions such as housing, food, health care and daily allowances are provided, nor how vulnerable applicants are identified.

2.3 Capacity and funding

Nineteen strategies quantify national budgets for the period 2026–2031; fourteen quantify staff. All Member States refer to AMIF and BMVI programmes, but only nine describe measures to avoid double funding.

3. Next steps

The Commission services invite Member States to complete the missing elements when updating their strategies and will take the findings into account in the European Annual Asylum and Migration Report. This document does not constitute a strategy and does not bind the Commission.
"""

# 4. Bulgarian state budget law, interior ministry part (negative, Cyrillic).
BG_BUDGET = """ЗАКОН
за държавния бюджет на Република България за 2026 г.

Глава първа
ОБЩИ ПОЛОЖЕНИЯ

Чл. 1. (1) Приема държавния бюджет на Република България за 2026 г. по приходите и помощите, разходите, бюджетните взаимоотношения и трансферите.

Чл. 2. Приема бюджетите на първостепенните разпоредители с бюджет по показатели съгласно приложение № 1.

Глава втора
БЮДЖЕТ НА МИНИСТЕРСТВОТО НА ВЪТРЕШНИТЕ РАБОТИ

Чл. 27. (1) Приема бюджета на Министерството на вътрешните работи за 2026 г., както следва:
1. Разходи – 2 184 600 000 лв.;
2. в т.ч. за политика в областта на граничния контрол и миграцията – 312 400 000 лв.

(2) Разходите на Държавната агенция за бежанците при Министерския съвет са в размер на 41 800 000 лв., в т.ч. за издръжка на регистрационно-приемателните центрове – 18 300 000 лв.

(3) Средствата по Фонд „Убежище, миграция и интеграция“ и Инструмента за финансова подкрепа за управлението на границите и визовата политика се отчитат по сметките за средства от Европейския съюз.

Чл. 28. Министърът на финансите може да извършва компенсирани промени между разходите по ал. 1 и 2.

Заключителни разпоредби

§ 1. Законът влиза в сила от 1 януари 2026 г.

Законът е приет от 51-вото Народно събрание на 18 декември 2025 г. и е подпечатан с официалния печат на Народното събрание.
"""

# 5. French government press release announcing the strategy (negative: a 1-page announcement).
FR_PRESS = """COMMUNIQUÉ DE PRESSE

Ministère de l'Intérieur et des Outre-mer
Paris, le 3 décembre 2026

Le Gouvernement adopte la stratégie nationale de gestion de l'asile et de la migration 2026–2031

Le Conseil des ministres a adopté ce mercredi la stratégie nationale prévue par le règlement (UE) 2024/1351. « Cette stratégie donne à la France les moyens d'un système d'asile plus rapide et plus humain », a déclaré le ministre.

La stratégie prévoit notamment 5 000 places d'hébergement supplémentaires pour les demandeurs d'asile, le renforcement des retours volontaires et une hausse de 12 % des moyens de l'OFPRA.

Le texte intégral sera transmis à la Commission européenne et publié sur le site du ministère.

Contact presse : service de presse du ministère, 01 49 27 38 28.
"""

# 6. Irish-language partial strategy: reception only.
GA = """Straitéis Náisiúnta um Bainistiú Tearmainn agus Imirce 2026–2031 — Caibidil 2.3 (cuid)

Tá an chaibidil seo curtha isteach roimh na caibidlí eile; leanfaidh an chuid eile den straitéis.

2.3.3. Coinníollacha glactha

Tá 26 000 áit chóiríochta ag an Stát d'iarratasóirí ar chosaint idirnáisiúnta in ionaid ghlactha ar fud na tíre. Faigheann iarratasóirí cóiríocht, béilí, cúram sláinte trí sheirbhísí poiblí sláinte agus liúntas laethúil de 38.80 euro in aghaidh na seachtaine; cuirtear daoine leochaileacha, mar leanaí gan tionlacan, i gcóiríocht ar leith.

Déanfar measúnú leochaileachta ar gach iarratasóir laistigh de 30 lá óna theacht agus cuirfear seirbhísí síceolaíocha ar fáil dóibh siúd a bhfuil gá acu leo.
"""

# 7. Romanian strategy with Roman-numeral numbering (I., II.1.2, II.3.3, II.6).
RO_ROMAN = """Strategia națională privind gestionarea azilului și migrației 2026–2031

I. Situația națională

În 2025 România a primit 10 300 de cereri de azil, cu 14 % mai mult decât în 2024; analiza de risc a Inspectoratului General pentru Imigrări pentru 2026–2028 anticipează presiune sporită la frontiera cu Ucraina și Republica Moldova.

România are cea mai lungă frontieră externă terestră a Uniunii din sud-estul Europei; de aceea prioritatea este supravegherea frontierei și înregistrarea rapidă la intrare.

II. Obiective strategice

II.1.2. Returnarea

Anual vor fi efectuate 2 500 de returnări; returnarea voluntară are prioritate față de cea forțată, iar returnările forțate se desfășoară cu demnitate, sub monitorizarea Avocatului Poporului, în conformitate cu Directiva 2008/115/CE.

II.3.3. Condițiile de primire

Cele șase centre regionale au 3 500 de locuri; solicitanții primesc cazare, hrană, asistență medicală și o alocație zilnică de 10 lei; persoanele vulnerabile sunt cazate separat.

II.6. Capacități

Pentru 2026–2031 sunt alocate 410 milioane lei de la bugetul de stat, iar IGI va angaja 350 de funcționari noi. Din AMIF România primește 95 de milioane de euro, iar din BMVI 160 de milioane de euro; autoritatea de management comună previne dubla finanțare.
"""

# 8. Finnish strategy saved with old-Mac CR-only line endings.
FI_CR = """Kansallinen turvapaikka- ja muuttoliikkeen hallinnan strategia 2026–2031

1. Kansallinen tilanne

Vuonna 2025 Suomi vastaanotti 5 200 turvapaikkahakemusta, 11 % edellisvuotta vähemmän; Maahanmuuttoviraston ja Rajavartiolaitoksen riskianalyysi vuosille 2026–2028 ennakoi painetta itärajalla.

Suomella on unionin pisin ulkoinen maaraja Venäjän kanssa; siksi etusijalla ovat rajavalvonta ja välineellistetyn maahantulon torjunta.

2.1.2. Paluu

Vuosittain toteutetaan 1 500 paluuta; vapaaehtoinen paluu on ensisijainen pakkopalautukseen nähden, ja pakkopalautukset tehdään ihmisarvoa kunnioittaen yhdenvertaisuusvaltuutetun valvonnassa paluudirektiivin 2008/115/EY mukaisesti.

2.3.3. Vastaanotto-olosuhteet

Vastaanottokeskuksissa on 9 000 paikkaa; hakijat saavat majoituksen, ruoan, terveydenhuollon ja vastaanottorahaa 290 euroa kuukaudessa; haavoittuvassa asemassa olevat majoitetaan erikseen.

2.6. Valmiudet

Strategian toteuttamiseen varataan vuosille 2026–2031 valtion talousarviosta 780 miljoonaa euroa ja 240 uutta henkilötyövuotta. AMIF-rahastosta Suomi saa 120 miljoonaa euroa ja BMVI-välineestä 190 miljoonaa euroa; yhteinen hallintoviranomainen estää päällekkäisen rahoituksen.
"""

# 9. Lithuanian strategy, unnumbered ALL-CAPS headings.
LT_CAPS = """NACIONALINĖ PRIEGLOBSČIO IR MIGRACIJOS VALDYMO STRATEGIJA 2026–2031

NACIONALINĖ PADĖTIS

2025 m. Lietuva gavo 2 900 prieglobsčio prašymų, 6 % mažiau nei 2024 m.; Migracijos departamento ir Valstybės sienos apsaugos tarnybos rizikos analizė 2026–2028 m. numato instrumentalizuotos migracijos spaudimą pasienyje su Baltarusija.

Lietuva turi išorinę Sąjungos sieną su Baltarusija ir Rusijos Kaliningrado sritimi; todėl prioritetas – sienos apsauga ir greita registracija.

GRĄŽINIMAS

Kasmet bus įvykdyta 1 100 grąžinimų; savanoriškas grįžimas turi pirmenybę prieš priverstinį, o priverstinis grąžinimas vykdomas oriai, stebint Seimo kontrolieriams, pagal Direktyvą 2008/115/EB.

PRIĖMIMO SĄLYGOS

Užsieniečių registracijos centras turi 1 600 vietų; prašytojai gauna apgyvendinimą, maitinimą, sveikatos priežiūrą ir 60 eurų mėnesinę pašalpą; pažeidžiami asmenys apgyvendinami atskirai.

PAJĖGUMAI IR IŠTEKLIAI

2026–2031 m. strategijai įgyvendinti skiriama 150 mln. eurų iš valstybės biudžeto ir 120 naujų pareigybių. Iš AMIF Lietuva gauna 45 mln. eurų, iš BMVI – 210 mln. eurų; bendra vadovaujančioji institucija užkerta kelią dvigubam finansavimui.
"""

# 10. Spanish table of contents only (dotted leaders, page numbers, Annex numbering): no answers at all.
ES_TOC = """Estrategia nacional de gestión del asilo y la migración 2026–2031

Índice

1. Situación nacional .................................................. 3
2. Objetivos estratégicos ............................................. 7
2.1. Enfoque integral ................................................. 7
2.1.1. Dimensión exterior ............................................. 8
2.1.2. Retorno ........................................................ 12
2.2. Gobernanza ...................................................... 15
2.3. Acogida e integración ............................................ 18
2.3.3. Condiciones de acogida ......................................... 21
2.4. Preparación y contingencia ....................................... 25
2.5. Derechos fundamentales .......................................... 28
2.6. Capacidades y recursos: presupuesto nacional, personal, fondos AMIF y BMVI ........ 31
Anexo estadístico ..................................................... 35
"""

# 11. Portuguese evaluation of the previous plan (negative: retrospective evaluation, past tense).
PT_EVAL = """Relatório final de avaliação do Plano Estratégico para as Migrações 2015–2020

Elaborado pela Inspeção-Geral da Administração Interna a pedido do Alto Comissariado para as Migrações

Sumário executivo

O presente relatório avalia a execução do Plano Estratégico para as Migrações 2015–2020. Das 106 medidas previstas, 71 foram executadas integralmente, 22 parcialmente e 13 não foram executadas.

1. Metodologia

A avaliação baseou-se em 48 entrevistas, na análise documental e nos indicadores de execução reportados pelas entidades responsáveis entre 2016 e 2021.

2. Resultados por eixo

No eixo da integração, os centros locais de apoio à integração de migrantes passaram de 98 para 143. No eixo do acolhimento de requerentes de proteção internacional, a capacidade do centro de acolhimento de Lisboa manteve-se em 80 lugares, insuficiente face aos 1 700 pedidos de 2019. No eixo do retorno, foram realizados em média 250 retornos voluntários por ano com apoio da OIM.

3. Recomendações

Recomenda-se que o próximo instrumento estratégico defina metas quantificadas, um orçamento plurianual e um mecanismo de monitorização independente.
"""

# 12. Greek strategy, two-column typeset PDF.
EL = [
    ("Εθνική στρατηγική διαχείρισης ασύλου και μετανάστευσης 2026–2031", []),
    ("1. Εθνική κατάσταση", [
        "Το 2025 η Ελλάδα δέχθηκε 68 000 αιτήσεις ασύλου, 12 % λιγότερες από το 2024· η ανάλυση κινδύνου του "
        "Υπουργείου Μετανάστευσης και Ασύλου για την περίοδο 2026–2028 προβλέπει αυξημένες αφίξεις από τη Λιβύη "
        "προς την Κρήτη.",
        "Η Ελλάδα έχει τα μακρύτερα θαλάσσια εξωτερικά σύνορα της Ένωσης στο Αιγαίο· γι' αυτό προτεραιότητα έχουν "
        "η επιτήρηση των θαλάσσιων συνόρων και η ταχεία καταγραφή στα νησιά."]),
    ("2.1.2. Επιστροφή", [
        "Κάθε χρόνο θα πραγματοποιούνται 9 000 επιστροφές· η εθελούσια επιστροφή έχει προτεραιότητα έναντι της "
        "αναγκαστικής, και οι αναγκαστικές επιστροφές γίνονται με σεβασμό στην αξιοπρέπεια, υπό την παρακολούθηση "
        "του Συνηγόρου του Πολίτη, σύμφωνα με την Οδηγία 2008/115/ΕΚ."]),
    ("2.3.3. Συνθήκες υποδοχής", [
        "Οι δομές υποδοχής διαθέτουν 32 000 θέσεις· οι αιτούντες λαμβάνουν στέγαση, σίτιση, υγειονομική περίθαλψη "
        "και μηνιαίο επίδομα 75 ευρώ· οι ευάλωτοι φιλοξενούνται χωριστά."]),
    ("2.6. Ικανότητες", [
        "Για την περίοδο 2026–2031 διατίθενται 1,9 δισ. ευρώ από τον κρατικό προϋπολογισμό και 1 100 νέες θέσεις "
        "προσωπικού.",
        "Από το AMIF η Ελλάδα λαμβάνει 760 εκατ. ευρώ και από το BMVI 490 εκατ. ευρώ· κοινή αρχή διαχείρισης "
        "αποτρέπει τη διπλή χρηματοδότηση."]),
]

# 13. Czech strategy on ONE tall page (595 x 6000 pt).
CS = [
    ("Národní strategie řízení azylu a migrace 2026–2031", []),
    ("1. Národní situace", [
        "V roce 2025 Česko obdrželo 1 400 žádostí o mezinárodní ochranu, o 9 % méně než v roce 2024; analýza rizik "
        "Ministerstva vnitra na období 2026–2028 očekává sekundární pohyby ze sousedních států.",
        "Česko nemá vnější pozemní hranici Unie; prioritou je proto letištní hranice v Praze a spolupráce se "
        "Slovenskem a Rakouskem při kontrolách na vnitřních hranicích."]),
    ("2.1.2. Návraty", [
        "Ročně bude provedeno 900 návratů; dobrovolný návrat má přednost před nuceným a nucené návraty probíhají "
        "důstojně pod dohledem veřejného ochránce práv v souladu se směrnicí 2008/115/ES."]),
    ("2.3.3. Podmínky přijetí", [
        "Přijímací a pobytová střediska mají 1 200 míst; žadatelé dostávají ubytování, stravu, zdravotní péči a "
        "kapesné 1 200 Kč měsíčně; zranitelné osoby jsou ubytovány odděleně."]),
    ("2.6. Kapacity", [
        "Na provádění strategie je v letech 2026–2031 vyčleněno 3,1 miliardy Kč ze státního rozpočtu a 140 nových "
        "míst. Z AMIF Česko obdrží 38 milionů EUR a z BMVI 44 milionů EUR; společný řídicí orgán brání dvojímu "
        "financování."]),
]

# 14. Slovak strategy as RTF.
SK_RTF_TEXT = [
    "Národná stratégia riadenia azylu a migrácie 2026 – 2031",
    "1. Národná situácia",
    "V roku 2025 Slovensko prijalo 420 žiadostí o azyl; analýza rizík Ministerstva vnútra na roky 2026 – 2028 "
    "očakáva tlak na hranici s Ukrajinou.",
    "2.1.2. Návrat",
    "Ročne sa uskutoční 600 návratov; dobrovoľný návrat má prednosť pred núteným.",
    "2.6. Kapacity",
    "Na roky 2026 – 2031 je vyčlenených 120 miliónov eur zo štátneho rozpočtu; z AMIF 30 miliónov eur.",
]

# 15. German strategy whose answers stand in Word text boxes (w:txbxContent), headings in body text.
DE = [
    ("1. Nationale Lage", [
        "2025 gingen in Deutschland 229 000 Asylerstanträge ein, 30 % weniger als 2024; die Risikoanalyse des BAMF "
        "und der Bundespolizei für 2026–2028 erwartet anhaltende Sekundärmigration über die Binnengrenzen.",
        "Deutschland hat keine Landaußengrenze der Union; Vorrang haben daher die Flughäfen als Außengrenze und die "
        "Zusammenarbeit mit den Nachbarstaaten bei Binnengrenzkontrollen."]),
    ("2.1.2. Rückkehr", [
        "Jährlich werden 25 000 Rückführungen durchgeführt; die freiwillige Rückkehr hat Vorrang vor der "
        "Abschiebung, Abschiebungen erfolgen würdevoll und unter Beobachtung, im Einklang mit der Richtlinie "
        "2008/115/EG."]),
    ("2.3.3. Aufnahmebedingungen", [
        "Die Erstaufnahmeeinrichtungen der Länder haben 120 000 Plätze; Antragsteller erhalten Unterkunft, "
        "Verpflegung, Gesundheitsversorgung und einen monatlichen Barbetrag von 196 Euro; schutzbedürftige "
        "Personen werden gesondert untergebracht."]),
    ("2.6. Kapazitäten", [
        "Für 2026–2031 stellt der Bund 9,8 Milliarden Euro bereit; BAMF und Bundespolizei erhalten 2 000 neue "
        "Stellen. Aus dem AMIF erhält Deutschland 1,1 Milliarden Euro und aus dem BMVI 800 Millionen Euro; eine "
        "gemeinsame Verwaltungsbehörde verhindert Doppelförderung."]),
]


def el_twocol() -> None:
    out = HERE / "el-2026.twocol.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=60, bottomMargin=60,
                          title="Στρατηγική", author="ΥΜΑ", creator="fresh11", producer="fresh11")
    fw = (W - 100 - 18) / 2
    frames = [Frame(50, 60, fw, H - 120, id="l"), Frame(50 + fw + 18, 60, fw, H - 120, id="r")]

    def furniture(c: canvas.Canvas, d: BaseDocTemplate) -> None:
        c.setFont("DVS", 8)
        c.drawCentredString(W / 2, 35, f"— {d.page} —")

    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=furniture)])
    story = []
    for i, (head, paras) in enumerate(EL):
        story.append(Paragraph(head, HEAD if i else ParagraphStyle("t", parent=HEAD, fontSize=13, leading=16)))
        for p in paras:
            story.append(Paragraph(p, BODY))
            story.append(Spacer(1, 4))
        if i:
            story.append(Paragraph("Οι λεπτομέρειες των μέτρων και οι αρμόδιοι φορείς περιγράφονται στο "
                                   "παράρτημα της παρούσας στρατηγικής. " * 6, BODY))
    doc.build(story)


def cs_tall() -> None:
    out = HERE / "cs-2026.one-tall-page.pdf"
    tall = 6000
    doc = BaseDocTemplate(str(out), pagesize=(W, tall), leftMargin=60, rightMargin=60, topMargin=60,
                          bottomMargin=60, title="Strategie", author="MV", creator="fresh11", producer="fresh11")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(60, 60, W - 120, tall - 120, id="f")])])
    story = []
    for i, (head, paras) in enumerate(CS):
        story.append(Paragraph(head, HEAD))
        for p in paras:
            story.append(Paragraph(p, BODY))
            story.append(Spacer(1, 6))
        if i:
            for _ in range(8):
                story.append(Paragraph("Podrobnosti opatření a odpovědné orgány jsou popsány v příloze strategie; "
                                       "jejich plnění se vyhodnocuje každoročně. " * 4, BODY))
                story.append(Spacer(1, 6))
    doc.build(story)


def sk_rtf() -> None:
    def esc(s: str) -> str:
        return "".join(c if ord(c) < 128 and c not in "\\{}" else (f"\\{c}" if c in "\\{}" else f"\\u{ord(c)}?")
                       for c in s)
    body = "".join(("{\\b " + esc(p) + "}\\par\n" if len(p) < 40 else esc(p) + "\\par\n") for p in SK_RTF_TEXT)
    (HERE / "sk-2026.rtf").write_text("{\\rtf1\\ansi\\ansicpg1250\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
                                      "\\f0\\fs24\n" + body + "}\n", encoding="ascii", newline="\n")


def de_textboxes() -> None:
    from docx import Document
    from lxml import etree
    W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    doc = Document()
    doc.add_heading("Nationale Strategie für Asyl- und Migrationsmanagement 2026–2031", 0)
    for head, paras in DE:
        doc.add_heading(head, 1)
        inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paras)
        xml = (f'<w:p xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
               '<v:shape id="tb" style="width:450pt;height:120pt" type="#_x0000_t202"><v:textbox>'
               f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
        doc.element.body.insert(len(doc.element.body) - 1, etree.fromstring(xml))
    save_docx_fixed(doc, HERE / "de-2026.textboxes.docx", "fresh11")


def main() -> None:
    _write("nl-2026.own-decimal-numbering.txt", NL)
    _write("hr-2026.yes-no-answers.txt", HR_YES)
    _write("en-commission-swd-assessment.txt", SWD)
    _write("bg-state-budget-law-2026.txt", BG_BUDGET)
    _write("fr-press-release-strategy.txt", FR_PRESS)
    _write("ga-2026.partial-reception.txt", GA)
    _write("ro-2026.roman-numbering.txt", RO_ROMAN)
    _write("fi-2026.cr-only.txt", FI_CR, newline="\r")
    _write("lt-2026.caps-headings.txt", LT_CAPS)
    _write("es-2026.toc-only.txt", ES_TOC)
    _write("pt-plan-evaluation-2015-2020.txt", PT_EVAL)
    el_twocol()
    cs_tall()
    sk_rtf()
    de_textboxes()


if __name__ == "__main__":
    main()
