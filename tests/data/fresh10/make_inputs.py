"""Writes the inputs of tests/data/fresh10 (fresh-eyes tester, thirteenth session).

Run: /work/main/.venv/bin/python tests/data/fresh10/make_inputs.py  (reportlab, matplotlib, python-docx, DejaVu fonts)

Written before any run of the analyser on them, never tuned on (README here: what each file is, what a correct
analysis says, what the analyser gave). Byte-identical on every run (reportlab ``invariant``, fixed docx properties).
"""

from __future__ import annotations

import copy
import os
import sys
from pathlib import Path

os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import PathPatch  # noqa: E402
from matplotlib.textpath import TextPath  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,  # noqa: E402
                                TableStyle)
from reportlab.lib import colors  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_fixed import save_docx_fixed  # noqa: E402

from pdf_fixed import FONT_DIR, dejavu  # noqa: E402

dejavu(sans=False)
W, H = A4
BODY = ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=12, alignment=TA_JUSTIFY, hyphenationLang=None)
HEAD = ParagraphStyle("h", fontName="DVSB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)


def _write(name: str, text: str) -> None:
    (HERE / name).write_text(text, encoding="utf-8", newline="\n")


# Each strategy: (heading, paragraphs) in the Annex's order; the default answers of README.md.
SL = [
    ("Nacionalna strategija za upravljanje azila in migracij Republike Slovenije 2026–2031", []),
    ("1. Nacionalne razmere", [
        "Leta 2025 je Slovenija prejela 7 450 prošenj za mednarodno zaščito, kar je 18 % manj kot leto prej; "
        "policija je obravnavala 41 000 nezakonitih prehodov meje. Analiza tveganj Ministrstva za notranje zadeve "
        "za obdobje 2026–2028 pričakuje nadaljnji pritisk na zahodnobalkanski poti.",
        "Slovenija leži na zunanji schengenski meji s Hrvaško; zato ima prednost nadzor meje in hitra registracija "
        "ob vstopu, saj je država predvsem tranzitna država za sekundarna gibanja proti Avstriji in Italiji."]),
    ("2.1.2. Vračanje", [
        "Vsako leto bomo izvedli 1 800 vračanj, pri čemer ima prostovoljno vračanje prednost pred prisilnim; "
        "povratniki prejmejo svetovanje in pomoč pri reintegraciji. Prisilna vračanja potekajo dostojanstveno, "
        "ob spremljanju varuha človekovih pravic, v skladu z Direktivo 2008/115/ES o vračanju."]),
    ("2.3.3. Pogoji za sprejem", [
        "Azilni dom v Ljubljani in izpostava v Logatcu imata skupaj 1 100 mest. Prosilci prejmejo nastanitev, "
        "hrano, nujno zdravstveno oskrbo in mesečni žepnino 18 EUR; ranljive osebe so nastanjene ločeno."]),
    ("2.6. Zmogljivosti", [
        "Za izvajanje strategije v letih 2026–2031 je namenjenih 96 milijonov EUR iz državnega proračuna; "
        "Urad za oskrbo in integracijo migrantov bo zaposlil 60 novih uslužbencev.",
        "Iz Sklada za azil, migracije in vključevanje (AMIF) Slovenija prejme 41 milijonov EUR, iz Instrumenta za "
        "upravljanje meja in vizumsko politiko (BMVI) 58 milijonov EUR; dvojno financiranje preprečuje skupni "
        "organ upravljanja."]),
]

HR_AB = (
    "Izvadak iz Nacionalne strategije upravljanja azilom i migracijama Republike Hrvatske 2026. – 2031.\n\n"
    "(Poglavlja A. i B. dostavljena Europskoj komisiji; ostala poglavlja slijede.)\n\n"
    "A. Vraćanje\n\n"
    "Hrvatska će godišnje provesti 3 200 vraćanja državljana trećih zemalja bez prava boravka. Dobrovoljni "
    "povratak ima prednost: povratnici dobivaju savjetovanje i potporu za reintegraciju u suradnji s IOM-om. "
    "Prisilno udaljavanje provodi se dostojanstveno i uz nadzor pučke pravobraniteljice, u skladu s Direktivom "
    "2008/115/EZ.\n\n"
    "B. Uvjeti prihvata\n\n"
    "Prihvatilišta za tražitelje međunarodne zaštite u Zagrebu i Kutini imaju 1 200 mjesta. Tražitelji dobivaju "
    "smještaj, prehranu, zdravstvenu zaštitu i novčanu pomoć od 100 EUR mjesečno; djeca pohađaju školu, a "
    "ranjive osobe imaju poseban smještaj.\n"
)

DEBATE = """Dáil Éireann debate — Thursday, 12 March 2026
National Asylum and Migration Management Strategy: Statements

Minister for Justice (Deputy A. Byrne): Ceann Comhairle, I welcome the opportunity to make statements on the draft strategy. As Deputies know, Article 7 of the Asylum and Migration Management Regulation obliges every member state to adopt one by December 2026. Last year 18,500 people applied for international protection here. The draft proposes 4,000 returns a year, voluntary return first, and 12,000 reception places by 2028.

Deputy C. Murphy: The Minister talks of 12,000 places but the International Protection Accommodation Service cannot house the people it has now. Tents on Mount Street are not reception conditions. Will the Minister publish the risk analysis the draft relies on?

Deputy M. O'Sullivan: I want to raise resettlement. Ireland pledged 800 places under the EU framework and met fewer than half. Where is that in the draft?

Minister for Justice (Deputy A. Byrne): The Deputy will see the resettlement numbers when the final text comes to the House. On funding, we expect €60 million from AMIF over the period.

Deputy C. Murphy: Expect? The Minister should tell the House what the Exchequer will pay, not what Brussels might.

An Ceann Comhairle: We must move on. The Deputy has had four minutes.

Deputy P. Kelly: Integration happens in communities, in schools, in GAA clubs. None of it is in this draft. I ask the Minister to consult local authorities before the text goes to Brussels.

Question put and agreed to. The Dáil adjourned at 6.45 p.m.
"""

SK_NAME = 'SK stratégia 2026 "návrh" \'v2\' (finálna).txt'
SK = """Národná stratégia riadenia azylu a migrácie Slovenskej republiky na roky 2026 – 2031

1. Národná situácia

V roku 2025 požiadalo o medzinárodnú ochranu na Slovensku 2 900 osôb a polícia zadržala 9 800 osôb pri nelegálnom prekročení hranice. Analýza rizík Ministerstva vnútra na roky 2026 – 2028 očakáva pokračujúci tlak na západobalkánskej trase a z Ukrajiny.

Slovensko má vonkajšiu schengenskú hranicu s Ukrajinou; preto má prednosť ochrana tejto hranice a rýchla registrácia pri vstupe.

2.1.2. Návrat

Ročne vykonáme 1 500 návratov, pričom dobrovoľný návrat má prednosť; navrátilci dostanú poradenstvo a reintegračnú pomoc. Nútené návraty prebiehajú dôstojne a pod dohľadom, v súlade so smernicou 2008/115/ES.

2.3.3. Podmienky prijímania

Záchytný tábor v Humennom a pobytové tábory v Opatovskej Novej Vsi a Rohovciach majú spolu 1 300 miest. Žiadatelia dostávajú ubytovanie, stravu, zdravotnú starostlivosť a vreckové 40 EUR mesačne.

2.6. Kapacity

Na vykonávanie stratégie v rokoch 2026 – 2031 je vyčlenených 110 miliónov EUR zo štátneho rozpočtu a Migračný úrad prijme 70 nových zamestnancov. Z fondu AMIF Slovensko dostane 48 miliónov EUR a z nástroja BMVI 61 miliónov EUR; dvojitému financovaniu zabraňuje spoločný riadiaci orgán.
"""

# German Annex questions (the analyst's own rendering of the Decision's Annex, sections and dash questions).
DE_ANNEX = [
    ("Anhang – Muster für die nationalen Strategien", [
        "Die Mitgliedstaaten berücksichtigen bei der Ausarbeitung ihrer nationalen Strategien die folgenden "
        "Elemente. Jeder Abschnitt ist mit den Maßnahmen des Mitgliedstaats auszufüllen."]),
    ("1. Nationale Lage", [
        "– Wie stellt sich die aktuelle Migrationslage im Mitgliedstaat dar, einschließlich der Zahl der Anträge "
        "auf internationalen Schutz und einer Risikoanalyse?",
        "– Welche Herausforderungen ergeben sich aus der geografischen Lage des Mitgliedstaats?"]),
    ("2.1.1. Externe Dimension", [
        "– Wie arbeitet der Mitgliedstaat mit Herkunfts- und Transitländern zusammen?",
        "– Welche legalen Zugangswege (Neuansiedlung, humanitäre Aufnahme, Talentpartnerschaften) werden angeboten?"]),
    ("2.1.2. Rückkehr", [
        "– Welche Maßnahmen ergreift der Mitgliedstaat, um wirksame Rückkehr sicherzustellen, einschließlich der "
        "Förderung der freiwilligen Rückkehr und der Reintegration?",
        "– Wie wird illegale Beschäftigung bekämpft?"]),
    ("2.3.3. Aufnahmebedingungen", [
        "– Wie stellt der Mitgliedstaat angemessene Aufnahmebedingungen sicher, einschließlich Unterbringung, "
        "Verpflegung, Gesundheitsversorgung und Geldleistungen?"]),
    ("2.3.4. Integration", [
        "– Welche Maßnahmen zur Integration von Personen mit internationalem Schutz sind vorgesehen (Sprache, "
        "Beschäftigung, Wohnraum)?"]),
    ("2.4. Notfallplanung", [
        "– Wie bereitet sich der Mitgliedstaat auf einen plötzlichen Anstieg der Ankünfte vor (Notfallplan, "
        "zusätzliche Aufnahmeplätze)?"]),
    ("2.6. Kapazitäten", [
        "– Welche finanziellen und personellen Ressourcen werden für die Umsetzung der Strategie bereitgestellt?",
        "– Wie werden die Mittel aus AMIF und BMVI eingesetzt und Doppelfinanzierungen vermieden?"]),
]

RO = [
    ("1. Situația națională", [
        "În 2025, România a înregistrat 10 200 de cereri de protecție internațională, cu 12 % mai multe decât în "
        "2024, iar Poliția de Frontieră a depistat 6 100 de treceri ilegale. Analiza de risc a Inspectoratului "
        "General pentru Imigrări pentru 2026–2028 anticipează presiune crescută la frontiera cu Serbia.",
        "România are cea mai lungă frontieră externă terestră a Uniunii; de aceea supravegherea frontierei și "
        "înregistrarea rapidă la intrare au prioritate în această strategie.",
        "Capitolul de față descrie pe larg contextul, tendințele pe cinci ani și cooperarea dintre instituții. " * 6]),
    ("2.1.2. Returnarea", [
        "Vom efectua anual 2 400 de returnări, returnarea voluntară având prioritate; returnații primesc "
        "consiliere și sprijin pentru reintegrare. Îndepărtările forțate se desfășoară cu demnitate, sub "
        "monitorizare independentă, în conformitate cu Directiva 2008/115/CE.",
        "Detaliile procedurale, termenele și rolul fiecărei instituții sunt descrise în continuare. " * 8]),
    ("2.3.3. Condițiile de primire", [
        "Cele șase centre regionale au 1 100 de locuri. Solicitanții primesc cazare, hrană, asistență medicală "
        "și o alocație lunară de 80 de lei; persoanele vulnerabile sunt cazate separat.",
        "Centrele sunt administrate de Inspectoratul General pentru Imigrări în parteneriat cu organizații "
        "neguvernamentale. " * 8]),
    ("2.6. Capacități", [
        "Pentru punerea în aplicare a strategiei în perioada 2026–2031 sunt alocate 140 de milioane EUR de la "
        "bugetul de stat, iar Inspectoratul va angaja 150 de funcționari noi.",
        "Din Fondul pentru azil, migrație și integrare (AMIF) România primește 62 de milioane EUR, iar din "
        "instrumentul BMVI 170 de milioane EUR; dubla finanțare este evitată printr-o autoritate de management "
        "comună."]),
]

ET_TABLE = [
    ("1. Riiklik olukord", "Mida näitavad arvud ja riskianalüüs?",
     "2025. aastal esitati Eestis 3 900 rahvusvahelise kaitse taotlust. Siseministeeriumi riskianalüüs aastateks "
     "2026–2028 ootab survet Venemaa ja Valgevene piiril. Eesti on ELi välispiiril; seepärast on esikohal piiri "
     "valve ja kiire registreerimine."),
    ("2.1.2. Tagasipöördumine", "Kuidas tagatakse tõhus tagasipöördumine?",
     "Igal aastal korraldame 900 tagasipöördumist; vabatahtlik tagasipöördumine on eelistatud ja "
     "tagasipöördujad saavad nõustamist ja taasintegreerimise toetust. Sunniviisiline väljasaatmine toimub "
     "väärikalt ja õiguskantsleri järelevalve all, kooskõlas direktiiviga 2008/115/EÜ."),
    ("2.3.3. Vastuvõtutingimused", "Millised on vastuvõtutingimused?",
     "Vao ja Vägeva keskustes on kokku 600 kohta. Taotlejad saavad majutuse, toidu, tervishoiuteenused ja "
     "igakuise toetuse; haavatavad isikud majutatakse eraldi."),
    ("2.6. Suutlikkus", "Millised rahalised ja inimressursid on ette nähtud?",
     "Strateegia elluviimiseks aastatel 2026–2031 on riigieelarvest ette nähtud 58 miljonit eurot ning "
     "Politsei- ja Piirivalveamet võtab tööle 80 uut ametnikku. AMIF-ist saab Eesti 27 miljonit eurot ja "
     "BMVI-st 66 miljonit eurot; topeltrahastamist välditakse ühise korraldusasutusega."),
]

EL = [
    ("1. Εθνική κατάσταση", "Το 2025 η Ελλάδα δέχθηκε 68 000 αιτήσεις διεθνούς προστασίας. Η ανάλυση κινδύνου "
     "του Υπουργείου Μετανάστευσης για το 2026–2028 προβλέπει αυξημένες αφίξεις από τη Λιβύη προς την Κρήτη."),
    ("2.1.2. Επιστροφή", "Θα πραγματοποιούμε 12 000 επιστροφές ετησίως· η εθελοντική επιστροφή έχει "
     "προτεραιότητα, με συμβουλευτική και στήριξη επανένταξης, σύμφωνα με την Οδηγία 2008/115/ΕΚ."),
    ("2.3.3. Συνθήκες υποδοχής", "Οι δομές υποδοχής διαθέτουν 32 000 θέσεις με στέγαση, σίτιση, υγειονομική "
     "περίθαλψη και μηνιαίο επίδομα."),
    ("2.6. Ικανότητες", "Για το 2026–2031 διατίθενται 900 εκατ. ευρώ από τον κρατικό προϋπολογισμό και "
     "410 εκατ. ευρώ από το AMIF· η διπλή χρηματοδότηση αποκλείεται."),
]

PL_SECTIONS = {
    3: ("1. Sytuacja krajowa",
        "W 2025 r. w Polsce złożono 15 200 wniosków o ochronę międzynarodową. Analiza ryzyka Straży Granicznej na "
        "lata 2026–2028 przewiduje dalszą presję na granicy z Białorusią; ochrona tej granicy i szybka rejestracja "
        "mają pierwszeństwo."),
    40: ("2.1.2. Powroty",
         "Co roku przeprowadzimy 6 000 powrotów; powroty dobrowolne mają pierwszeństwo, a powracający otrzymują "
         "doradztwo i wsparcie reintegracyjne. Przymusowe wydalenia odbywają się z poszanowaniem godności, zgodnie "
         "z dyrektywą 2008/115/WE."),
    150: ("2.3.3. Warunki przyjmowania",
          "Dziesięć ośrodków Urzędu do Spraw Cudzoziemców ma 2 000 miejsc. Cudzoziemcy otrzymują zakwaterowanie, "
          "wyżywienie, opiekę medyczną i miesięczne kieszonkowe."),
    290: ("2.4. Planowanie awaryjne",
          "Plan awaryjny przewiduje uruchomienie 20 000 dodatkowych miejsc w ciągu 72 godzin w razie nagłego "
          "napływu, z szybką rejestracją w punktach granicznych i przesunięciem 500 funkcjonariuszy."),
    318: ("2.6. Zdolności",
          "Na realizację strategii w latach 2026–2031 przeznaczono 520 mln EUR z budżetu państwa. Z AMIF Polska "
          "otrzyma 160 mln EUR, a z BMVI 310 mln EUR; podwójnemu finansowaniu zapobiega wspólna instytucja "
          "zarządzająca."),
}


def sl_twocol() -> None:
    """Slovenian strategy: two columns, justified, hyphenated words split at line ends, running header repeating
    the Annex title, a footnote on every page."""
    out = HERE / "sl-2026.twocol-annex-header.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=70, bottomMargin=90,
                          title="Strategija", author="MNZ", creator="fresh10", producer="fresh10")
    fw = (W - 100 - 18) / 2
    frames = [Frame(50, 90, fw, H - 160, id="l"), Frame(50 + fw + 18, 90, fw, H - 160, id="r")]

    def furniture(c: canvas.Canvas, d: BaseDocTemplate) -> None:
        c.setFont("DVS", 7.5)
        c.drawString(50, H - 45, "Priloga k Izvedbenemu sklepu Komisije (EU) 2025/503 – Predloga nacionalne "
                                 "strategije – 2.6. Zmogljivosti")
        c.line(50, H - 50, W - 50, H - 50)
        c.line(50, 75, 160, 75)
        c.drawString(50, 64, f"{d.page} Uredba (EU) 2024/1351 Evropskega parlamenta in Sveta z dne 14. maja 2024 o "
                             "upravljanju azila in migracij, UL L 2024/1351.")
        c.drawRightString(W - 50, 40, f"Stran {d.page}")

    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=furniture)])
    style = ParagraphStyle("sb", parent=BODY, hyphenationLang="sl_SI", embeddedHyphenation=1, uriWasteReduce=0.3)
    story = []
    for i, (head, paras) in enumerate(SL):
        story.append(Paragraph(head, HEAD if i else ParagraphStyle("t", parent=HEAD, fontSize=13, leading=16)))
        for p in paras:
            # hyphenate long words by hand (soft break with a visible hyphen at line ends is what typesetters do)
            story.append(Paragraph(p, style))
            story.append(Spacer(1, 4))
        story.append(Paragraph("Besedilo poglavja se nadaljuje z opisom ukrepov in odgovornih organov. " * 9,
                               style))
    doc.build(story)


def de_annex_blank() -> None:
    out = HERE / "de-annex-template-blank.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    y = H - 60
    for head, paras in DE_ANNEX:
        c.setFont("DVSB", 11)
        c.drawString(60, y, head)
        y -= 18
        for p in paras:
            c.setFont("DVS", 9.5)
            for line in _wrap(c, p, "DVS", 9.5, W - 130):
                c.drawString(70, y, line)
                y -= 12
            y -= 4
        c.setFont("DVS", 9.5)
        c.drawString(70, y, "Antwort des Mitgliedstaats: ______________________________________________")
        y -= 24
        if y < 120:
            c.showPage()
            y = H - 60
    c.save()


def _wrap(c: canvas.Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def et_table() -> None:
    """Estonian strategy that is one ruled table: Jagu | Küsimus | Vastus, on one page, no prose outside it."""
    out = HERE / "et-2026.one-table.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=50,
                          title="Strateegia", creator="fresh10", producer="fresh10")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(40, 50, W - 80, H - 100)])])
    cell = ParagraphStyle("c", fontName="DVS", fontSize=9, leading=11)
    rows = [[Paragraph("<b>Jagu</b>", cell), Paragraph("<b>Küsimus</b>", cell), Paragraph("<b>Vastus</b>", cell)]]
    for sec, q, a in ET_TABLE:
        rows.append([Paragraph(sec, cell), Paragraph(q, cell), Paragraph(a, cell)])
    t = Table(rows, colWidths=[90, 140, W - 80 - 230], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([t])


def encrypted() -> None:
    out = HERE / 'Strategija 2026 – "osnutek" (šifrirano).pdf'
    enc = StandardEncryption("geslo", ownerPassword="lastnik", canPrint=1, strength=128)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1, encrypt=enc)
    y = H - 60
    for head, paras in SL:
        c.setFont("DVSB", 11)
        c.drawString(60, y, head[:90])
        y -= 16
        for p in paras:
            for line in _wrap(c, p, "DVS", 9.5, W - 120):
                c.setFont("DVS", 9.5)
                c.drawString(60, y, line)
                y -= 12
            y -= 4
    c.save()


def pl_long() -> None:
    """A 320-page Polish strategy: short strategy sections on pages 3, 40, 150, 290 and 318; the rest annex pages
    of a statistical table (one short line each)."""
    out = HERE / "pl-2026.320-pages.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    for page in range(1, 321):
        c.setFont("DVS", 8)
        c.drawRightString(W - 50, 30, f"Strona {page} z 320")
        if page == 1:
            c.setFont("DVSB", 14)
            c.drawString(60, H - 80, "Krajowa strategia zarządzania azylem i migracją 2026–2031")
        elif page in PL_SECTIONS:
            head, text = PL_SECTIONS[page]
            c.setFont("DVSB", 11)
            c.drawString(60, H - 70, head)
            y = H - 90
            for line in _wrap(c, text, "DVS", 10, W - 120):
                c.setFont("DVS", 10)
                c.drawString(60, y, line)
                y -= 13
        else:
            c.setFont("DVS", 9)
            c.drawString(60, H - 70, f"Załącznik statystyczny – tabela {page}: liczba decyzji w powiecie nr {page}")
            c.drawString(60, H - 84, f"Powiat {page}: {page * 7 % 300} decyzji, {page * 3 % 90} odwołań.")
        c.showPage()
    c.save()


def el_outlines() -> None:
    """Greek strategy whose text is drawn as vector outlines (no text layer, no image)."""
    fig = plt.figure(figsize=(8.27, 11.69))
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_xlim(0, 595)
    ax.set_ylim(0, 842)
    ax.axis("off")
    fp = FontProperties(fname=str(FONT_DIR / "DejaVuSerif.ttf"))
    fb = FontProperties(fname=str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    y = 790
    import textwrap
    for head, text in EL:
        ax.add_patch(PathPatch(TextPath((50, y), head, size=11, prop=fb), color="black", lw=0))
        y -= 18
        for line in textwrap.wrap(text, 90):
            ax.add_patch(PathPatch(TextPath((50, y), line, size=9, prop=fp), color="black", lw=0))
            y -= 13
        y -= 10
    fig.savefig(HERE / "el-2026.text-as-outlines.pdf", metadata={"CreationDate": None, "Creator": "fresh10"})
    plt.close(fig)


def ro_headers() -> None:
    """Romanian strategy with a running header naming an Annex section: the section that *opens* on the page, or
    the last one opened (dictionary style), while the page's body begins inside the previous section."""
    out = HERE / "ro-2026.section-running-header.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    lines: list[tuple[str, str, str]] = []  # (kind, text, section)
    lines.append(("title", "Strategia națională de gestionare a azilului și migrației 2026–2031", "1."))
    for head, paras in RO:
        sec = head.split()[0]
        lines.append(("head", head, sec))
        for p in paras:
            for ln in _wrap(c, p, "DVS", 10, W - 120):
                lines.append(("body", ln, sec))
            lines.append(("gap", "", sec))
    per_page = 26
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    last = "1. Situația națională"
    for pg in pages:
        opened = [t for k, t, _ in pg if k == "head"]
        header = opened[-1] if opened else last
        last = header
        c.setFont("DVS", 8)
        c.drawString(60, H - 40, f"Strategia națională 2026–2031 — {header}")
        c.line(60, H - 44, W - 60, H - 44)
        y = H - 80
        for kind, text, _ in pg:
            if kind == "title":
                c.setFont("DVSB", 13)
            elif kind == "head":
                c.setFont("DVSB", 11)
            else:
                c.setFont("DVS", 10)
            c.drawString(60, y, text)
            y -= 18 if kind in ("head", "title") else (6 if kind == "gap" else 13)
        c.showPage()
    c.save()


def _docx_texts():
    from docx import Document
    return Document


def cs_moved_tracked() -> None:
    """Czech .docx with tracked changes: w:del, w:ins, and a paragraph moved (w:moveFrom / w:moveTo). The whole
    answer of 2.4 is deleted; the return figure 2 000 is deleted and 1 500 inserted."""
    from docx import Document
    from docx.oxml.ns import qn
    from lxml import etree
    doc = Document()
    W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(text: str, style: str | None = None):
        return doc.add_paragraph(text, style=style)

    def tracked(p, parts):
        # parts: list of (kind, text) kind in plain/del/ins/moveFrom/moveTo
        for r in list(p._p):
            if r.tag == qn("w:r"):
                p._p.remove(r)
        for i, (kind, text) in enumerate(parts):
            r = etree.SubElement(p._p, qn("w:r")) if kind == "plain" else None
            if kind == "plain":
                t = etree.SubElement(r, qn("w:t"))
                t.text = text
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                continue
            wrap = etree.SubElement(p._p, qn(f"w:{kind}"))
            wrap.set(qn("w:id"), str(100 + i + len(p._p)))
            wrap.set(qn("w:author"), "Recenzent")
            wrap.set(qn("w:date"), "2026-01-05T10:00:00Z")
            r = etree.SubElement(wrap, qn("w:r"))
            tag = "w:delText" if kind in ("del", "moveFrom") else "w:t"
            t = etree.SubElement(r, qn(tag))
            t.text = text
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    doc.add_heading("Národní strategie řízení azylu a migrace České republiky 2026–2031 (návrh se změnami)", 0)
    doc.add_heading("1. Vnitrostátní situace", 1)
    para("V roce 2025 požádalo v Česku o mezinárodní ochranu 1 400 osob. Analýza rizik Ministerstva vnitra na "
         "roky 2026–2028 očekává tlak na balkánské trase; Česko nemá vnější schengenskou hranici, a proto má "
         "přednost kontrola sekundárního pohybu a spolupráce se sousedy.")
    doc.add_heading("2.1.2. Návraty", 1)
    p = para("")
    tracked(p, [("plain", "Ročně provedeme "), ("del", "2 000"), ("ins", "1 500"),
                ("plain", " návratů; dobrovolný návrat má přednost a navrátilci dostávají poradenství a "
                          "reintegrační podporu. Nucené návraty probíhají důstojně, v souladu se směrnicí "
                          "2008/115/ES.")])
    p = para("")
    tracked(p, [("moveFrom", "Zařízení pro zajištění cizinců v Bělé-Jezové má 270 míst.")])
    doc.add_heading("2.3.3. Podmínky přijímání", 1)
    p = para("")
    tracked(p, [("moveTo", "Přijímací středisko Zastávka a pobytová střediska mají 1 000 míst. "),
                ("plain", "Žadatelé dostávají ubytování, stravu, zdravotní péči a kapesné 30 EUR měsíčně.")])
    doc.add_heading("2.4. Pohotovostní plánování", 1)
    p = para("")
    tracked(p, [("del", "Pohotovostní plán počítá s 10 000 nouzových míst do 72 hodin při náhlém nárůstu "
                        "příchodů a s přesunem 300 policistů.")])
    doc.add_heading("2.6. Kapacity", 1)
    para("Na provádění strategie v letech 2026–2031 je vyčleněno 75 milionů EUR ze státního rozpočtu a 40 nových "
         "úředníků. Z fondu AMIF Česko obdrží 36 milionů EUR a z nástroje BMVI 48 milionů EUR; dvojímu "
         "financování brání společný řídicí orgán.")
    # settings: trackRevisions on
    settings = doc.settings.element
    etree.SubElement(settings, qn("w:trackRevisions"))
    save_docx_fixed(doc, HERE / "cs-2026.moved-tracked.docx", "fresh10")


FI = [
    ("Kansallinen tilanne", 0, [
        "Vuonna 2025 Suomeen jätettiin 5 100 kansainvälistä suojelua koskevaa hakemusta.",
        "Sisäministeriön riskianalyysi vuosille 2026–2028 ennakoi painetta itärajalla.",
        "Suomella on EU:n pisin ulkoraja Venäjän kanssa; rajavalvonta ja nopea rekisteröinti ovat etusijalla."]),
    ("Strategiset tavoitteet", 0, []),
    ("Paluu", 2, [
        "Vuosittain 2 200 palautusta; vapaaehtoinen paluu ensisijainen.",
        "Paluuneuvonta ja uudelleenkotoutumisen tuki kaikille palaajille.",
        "Maasta poistaminen ihmisarvoa kunnioittaen, paluudirektiivin 2008/115/EY mukaisesti."]),
    ("Vastaanotto-olosuhteet", 2, [
        "Vastaanottokeskuksissa 6 000 paikkaa.",
        "Majoitus, ruoka, terveydenhuolto ja vastaanottoraha kaikille hakijoille.",
        "Haavoittuvassa asemassa olevat majoitetaan erikseen."]),
    ("Valmiudet", 1, [
        "Talousarviosta 240 miljoonaa euroa vuosille 2026–2031.",
        "Maahanmuuttovirastoon 120 uutta virkailijaa.",
        "AMIF-rahoitus 70 miljoonaa euroa ja BMVI-rahoitus 150 miljoonaa euroa; päällekkäinen rahoitus estetään "
        "yhteisellä hallintoviranomaisella."]),
]


def fi_autonumber() -> None:
    """Finnish .docx: headings numbered by Word itself (numbering.xml, "1." / "2.1.2." not in the text) and
    answers as Word bullet lists only (List Bullet style, no bullet character in the text)."""
    from docx import Document
    from docx.oxml.ns import qn
    from lxml import etree
    doc = Document()
    numbering = doc.part.numbering_part.element
    absn = etree.SubElement(numbering, qn("w:abstractNum"))
    absn.set(qn("w:abstractNumId"), "90")
    for lvl, fmt in enumerate(["%1.", "%1.%2.", "%1.%2.%3."]):
        l = etree.SubElement(absn, qn("w:lvl"))
        l.set(qn("w:ilvl"), str(lvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", fmt)):
            e = etree.SubElement(l, qn(tag))
            e.set(qn("w:val"), val)
    # abstractNum must precede num elements
    numbering.remove(absn)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = etree.SubElement(numbering, qn("w:num"))
    num.set(qn("w:numId"), "90")
    a = etree.SubElement(num, qn("w:abstractNumId"))
    a.set(qn("w:val"), "90")
    doc.add_heading("Kansallinen turvapaikka- ja muuttoliikkeen hallinnan strategia 2026–2031", 0)
    # levels: 1 (lvl0), 2 (lvl0), 2.1 (lvl1, hidden "Yhteinen kehys"), 2.1.2 (lvl2)...
    # Word numbering: lvl0 "Kansallinen tilanne" = 1., "Strategiset tavoitteet" = 2., then lvl1 = 2.1.,
    # we add lvl1 "Ulkoinen ulottuvuus ja paluu" = 2.1., lvl2 "Ulkoinen ulottuvuus"... keep the Annex numbers:
    plan = [
        ("Kansallinen tilanne", 0, FI[0][2]),                  # 1.
        ("Strategiset tavoitteet", 0, []),                      # 2.
        ("Kokonaisvaltainen lähestymistapa", 1, []),            # 2.1.
        ("Ulkoinen ulottuvuus", 2, ["Suomi ei tässä vaiheessa esitä uusia toimia."]),  # 2.1.1.
        ("Paluu", 2, FI[2][2]),                                 # 2.1.2.
        ("Hallinnointi", 1, []),                                # 2.2.  (text: nothing)
        ("Vastaanotto ja kotoutuminen", 1, []),                 # 2.3.
        ("Ensimmäinen vaihe", 2, []),                           # 2.3.1.
        ("Menettelyt", 2, []),                                  # 2.3.2.
        ("Vastaanotto-olosuhteet", 2, FI[3][2]),                # 2.3.3.
        ("Valmius", 1, []),                                     # 2.4.
        ("Oikeudet", 1, []),                                    # 2.5.
        ("Valmiudet ja resurssit", 1, FI[4][2]),                # 2.6.
    ]
    for title, lvl, bullets in plan:
        h = doc.add_heading(title, 1 if lvl == 0 else 2 if lvl == 1 else 3)
        pPr = h._p.get_or_add_pPr()
        numPr = etree.SubElement(pPr, qn("w:numPr"))
        il = etree.SubElement(numPr, qn("w:ilvl"))
        il.set(qn("w:val"), str(lvl))
        ni = etree.SubElement(numPr, qn("w:numId"))
        ni.set(qn("w:val"), "90")
        for b in bullets:
            doc.add_paragraph(b, style="List Bullet")
    save_docx_fixed(doc, HERE / "fi-2026.autonumber-bullets.docx", "fresh10")


def main() -> None:
    _write("hr-2026.excerpt-A-B.txt", HR_AB)
    _write("en-ie-dail-debate.txt", DEBATE)
    _write(SK_NAME, SK)
    (HERE / "zero-byte.docx").write_bytes(b"")
    (HERE / "bom-only.txt").write_bytes(b"\xef\xbb\xbf\n \n\t\n")
    # a PNG named .txt (what a mis-saved screenshot looks like)
    import zlib
    import struct
    raw = b"".join(b"\x00" + bytes([(x * y) % 256 for x in range(64)]) for y in range(64))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    (HERE / "lt-2026.screenshot.txt").write_bytes(png)
    sl_twocol()
    de_annex_blank()
    et_table()
    encrypted()
    pl_long()
    el_outlines()
    ro_headers()
    cs_moved_tracked()
    fi_autonumber()


if __name__ == "__main__":
    main()
