"""Writes the inputs and gold of tests/data/segfix11 (segmentation/parse shapes of the eleventh session).

Run: /work/main/.venv/bin/python tests/data/segfix11/make_inputs.py  (reportlab, DejaVu fonts)

Eight documents in the shapes of fresh7 #3/#4, fresh5 #8 and the chrome_pdf cs-chapter/de-toc defects, in other
languages, written with their gold before any change to the analyser. Four are tuning (seen while fixing), four
held-out (measured once after the fixes; ``split`` in each gold). Byte-identical on every run (reportlab
``invariant``). Gold: one block per paragraph, heading, table row or TOC entry (``role``, ``section``, ``text``),
scored word-aligned by ``evaluate.score_document`` (``scripts/segfix11_eval.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
rl_config.invariant = 1
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
BODY = ParagraphStyle("b", fontName="DVS", fontSize=10, leading=13, spaceAfter=5, alignment=TA_JUSTIFY)
HEAD = ParagraphStyle("h", fontName="DVSB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
TITLE = ParagraphStyle("t", fontName="DVSB", fontSize=15, leading=19, spaceAfter=10)
CELL = ParagraphStyle("c", fontName="DVS", fontSize=9, leading=11.5)
CELLH = ParagraphStyle("ch", fontName="DVSB", fontSize=9, leading=11.5)
COLB = ParagraphStyle("cb", fontName="DVS", fontSize=9, leading=11.5, spaceAfter=4)
COLH = ParagraphStyle("chd", fontName="DVSB", fontSize=11, leading=14, spaceAfter=5)

# an item: (role, section, text); role "title" = front matter set as the title, "h" answer/section heading
Item = tuple[str, "str | None", str]


def _gold(doc_id: str, lang: str, split: str, shape: str, blocks: list[dict]) -> None:
    g = {"doc_id": doc_id, "split": split, "shape": shape, "country": "XZ", "language": lang,
         "template": "eu-2025-503", "title": blocks[0]["text"], "kind": shape, "footnotes": [], "coverage": {},
         "blocks": [{"id": f"b{i:04d}", **b} for i, b in enumerate(blocks, 1)]}
    (HERE / f"{doc_id}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _b(role: str, section: str | None, text: str) -> dict:
    return {"role": role, "section": section, "key_element": None, "text": text}


def _txt_doc(doc_id: str, lang: str, split: str, shape: str, items: list[tuple[str, str | None, str]]) -> None:
    (HERE / f"{doc_id}.txt").write_text("\n\n".join(t for _, _, t in items) + "\n", encoding="utf-8", newline="\n")
    _gold(doc_id, lang, split, shape, [_b(r, s, t) for r, s, t in items])


# ------------------------------------------------------------------ tables of measures under a one-digit heading
def _table_doc(doc_id: str, lang: str, split: str, prose: list[tuple[str, str | None, str]], head: list[str],
               rows: list[tuple[str, ...]], phase: str, phases: int) -> None:
    """Prose (title, "1." heading and context, "2." heading, a lead-in), then a ruled table over two pages."""
    trows = [[Paragraph(h, CELLH) for h in head]]
    gold = [_b(r, s, t) for r, s, t in prose]
    for k in range(phases):
        for r in rows:
            cells = [r[0], f"{r[1]} ({phase} {k + 1})", *r[2:]]
            trows.append([Paragraph(c, CELL) for c in cells])
            gold.append(_b("answer", "2", " ".join(cells)))
    t = Table(trows, colWidths=[2.6 * cm, 8.0 * cm, 2.4 * cm, 2.0 * cm, 1.8 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story = [Paragraph(x, TITLE if r == "front_matter" else HEAD if r.endswith("heading") else BODY)
             for r, _, x in prose] + [Spacer(1, 6), t]
    SimpleDocTemplate(str(HERE / f"{doc_id}.pdf"), pagesize=A4, title="").build(story)
    _gold(doc_id, lang, split, "one-digit heading over a table of measures (two pages)", gold)


SV_PROSE = [
    ("front_matter", None, "Nationell strategi för asyl- och migrationshantering 2026–2030"),
    ("section_heading", "1", "1. Sammanhanget för den nationella asyl- och migrationshanteringen"),
    ("answer", "1", "Under 2025 sökte 9 400 personer internationellt skydd i Sverige, en minskning med 15 procent "
                    "jämfört med 2024. Migrationsverkets och Polisens riskanalys förutser fler sekundära förflyttningar "
                    "från Danmark och Finland och ett fortsatt högt antal återvändandeärenden."),
    ("answer", "1", "Sverige har en lång landgräns mot Norge och Finland men ingen yttre landgräns mot ett "
                    "tredjeland; de yttre gränserna är hamnarna och flygplatserna Arlanda och Landvetter."),
    ("section_heading", "2", "2. Strategiska mål och centrala åtgärder"),
    ("answer", "2", "Åtgärderna, ansvariga myndigheter, tidsplan och finansiering framgår av tabellen nedan."),
]
SV_HEAD = ["Område", "Åtgärd", "Ansvar", "Tidsplan", "Finansiering"]
SV_ROWS = [
    ("Återvändande", "3 000 verkställda avvisningsbeslut per år, i första hand frivilligt återvändande med "
     "återetableringsstöd", "Polisen, MV", "2026–2030", "AMIF"),
    ("Återvändande", "Förvarsplatserna i Märsta och Flen utökas med 80 platser", "MV", "2027", "staten"),
    ("Dublin", "Dublinöverföringar genomförs inom sex månader", "MV", "2026", "staten"),
    ("Mottagande", "Mottagningsenheterna får 12 000 platser med boende, mat, hälso- och sjukvård och "
     "dagersättning för alla sökande", "MV", "2026–2028", "AMIF"),
    ("Mottagande", "Särskilda boenden för ensamkommande barn, 500 platser", "MV, kommuner", "2027", "staten"),
    ("Gränser", "Gränskontroll och screening vid Arlanda och Landvetter med 120 nya gränspoliser", "Polisen",
     "2026–2027", "BMVI"),
    ("Beredskap", "Beredskapsplan för massinflöde: 15 000 tillfälliga platser inom 72 timmar", "MV, MSB",
     "2026", "staten"),
    ("Digitalisering", "Anslutning av ärendesystemet till Eurodac och in- och utresesystemet EES",
     "MV, Polisen", "2026", "BMVI"),
    ("Personal", "200 nya handläggare och beslutsfattare i asylprövningen", "MV", "2026", "staten"),
]

PL_PROSE = [
    ("front_matter", None, "Krajowa strategia zarządzania azylem i migracją na lata 2026–2030"),
    ("section_heading", "1", "1. Kontekst krajowego zarządzania azylem i migracją"),
    ("answer", "1", "W 2025 r. o ochronę międzynarodową w Polsce ubiegało się 11 200 osób, a ochronę czasową ma "
                    "950 000 obywateli Ukrainy. Analiza ryzyka Straży Granicznej przewiduje dalszą presję "
                    "migracyjną na granicy z Białorusią."),
    ("answer", "1", "Polska strzeże najdłuższego odcinka zewnętrznej granicy lądowej Unii, 1 185 kilometrów z "
                    "Białorusią, Rosją i Ukrainą."),
    ("section_heading", "2", "2. Cele strategiczne i kluczowe działania"),
    ("answer", "2", "Działania, instytucje odpowiedzialne, harmonogram i finansowanie przedstawia poniższa tabela."),
]
PL_HEAD = ["Obszar", "Działanie", "Odpowiada", "Termin", "Źródło"]
PL_ROWS = [
    ("Powroty", "4 000 wykonanych decyzji o zobowiązaniu do powrotu rocznie, w pierwszej kolejności powroty "
     "dobrowolne ze wsparciem reintegracyjnym", "SG, UdSC", "2026–2030", "FAMI"),
    ("Powroty", "Rozbudowa strzeżonego ośrodka w Lesznowoli o 60 miejsc", "SG", "2027", "budżet"),
    ("Dublin", "Przekazania dublińskie realizowane w terminie sześciu miesięcy", "UdSC", "2026", "budżet"),
    ("Przyjmowanie", "Ośrodki dla cudzoziemców: 3 500 miejsc z zakwaterowaniem, wyżywieniem, opieką medyczną i "
     "kieszonkowym dla wszystkich wnioskodawców", "UdSC", "2026–2028", "FAMI"),
    ("Przyjmowanie", "Placówki dla małoletnich bez opieki, 200 miejsc", "UdSC, powiaty", "2027", "budżet"),
    ("Granice", "Bariera na granicy z Białorusią i 600 nowych funkcjonariuszy Straży Granicznej", "SG",
     "2026–2027", "IZGW"),
    ("Gotowość", "Plan awaryjny na wypadek masowego napływu: 20 000 miejsc tymczasowych w 72 godziny",
     "MSWiA, UdSC", "2026", "budżet"),
    ("Cyfryzacja", "Podłączenie systemu Pobyt do Eurodac i systemu wjazdu/wyjazdu EES", "UdSC, SG", "2026",
     "IZGW"),
    ("Kadry", "150 nowych urzędników orzekających w sprawach azylowych", "UdSC", "2026", "budżet"),
]

# ------------------------------------------------------------------ Annex numbers over other sections' titles (txt)
RO_MIS = [
    ("front_matter", None, "Strategia națională de gestionare a azilului și migrației 2026–2030"),
    ("section_heading", "1", "1. Sprijin eficace pentru alte state membre"),
    ("answer", "1", "În 2025, 9 800 de persoane au solicitat protecție internațională în România, iar 180 000 de "
                    "ucraineni beneficiază de protecție temporară. Analiza de risc a Poliției de Frontieră prevede "
                    "o creștere a tranzitului pe ruta Balcanilor de Vest."),
    ("section_heading", "2.1.2", "2.1.2. Dimensiunea internă"),
    ("answer", "2.1.2", "Anual vor fi returnați 2 000 de resortisanți ai țărilor terțe aflați în situație de "
                        "ședere ilegală. Returnarea voluntară cu sprijin pentru reintegrare are prioritate; "
                        "returnarea forțată se face cu demnitate, sub monitorizare independentă."),
    ("section_heading", "2.3.3", "2.3.3. Condiții pentru o integrare reușită și timpurie"),
    ("answer", "2.3.3", "Centrele regionale de proceduri și cazare de la Timișoara, Galați și Rădăuți vor avea 2 400 "
                        "de locuri. Solicitanții primesc cazare, hrană, asistență medicală și o alocație zilnică; "
                        "persoanele vulnerabile sunt cazate separat."),
    ("section_heading", "2.4", "2.4. Pregătire și planificare pentru situații de urgență"),
    ("answer", "2.4", "Planul de urgență pentru un aflux masiv prevede 10 000 de locuri temporare în 72 de ore; "
                      "planul este testat anual printr-un exercițiu și actualizat după analiza de risc."),
]
SK_MIS = [
    ("front_matter", None, "Národná stratégia riadenia azylu a migrácie na roky 2026 – 2030"),
    ("section_heading", "1", "1. Vonkajší rozmer"),
    ("answer", "1", "V roku 2025 požiadalo na Slovensku o medzinárodnú ochranu 420 osôb a dočasné útočisko má "
                    "130 000 ľudí z Ukrajiny. Analýza rizík Úradu hraničnej a cudzineckej polície očakáva nárast "
                    "sekundárnych pohybov cez Maďarsko a Rakúsko."),
    ("section_heading", "2.1.2", "2.1.2. Vnútorný rozmer"),
    ("answer", "2.1.2", "Ročne bude vrátených 900 neoprávnene sa zdržiavajúcich štátnych príslušníkov tretích "
                        "krajín. Prednosť má dobrovoľný návrat s reintegračnou podporou; nútený návrat prebieha "
                        "dôstojne a pod nezávislým monitorovaním."),
    ("section_heading", "2.3.3", "2.3.3. Podmienky úspešnej a včasnej integrácie"),
    ("answer", "2.3.3", "Záchytný tábor Humenné a pobytové tábory Opatovská Nová Ves a Rohovce ponúknu 1 100 miest. "
                        "Žiadatelia dostanú ubytovanie, stravu, zdravotnú starostlivosť a vreckové; zraniteľné "
                        "osoby majú oddelené ubytovanie."),
    ("section_heading", "2.6", "2.6. Dostatočná kapacita a spôsobilosť na vykonávanie národnej stratégie"),
    ("answer", "2.6", "Stratégia bude stáť 60 miliónov eur počas piatich rokov, z toho 25 miliónov eur z Fondu pre "
                      "azyl, migráciu a integráciu. Migračný úrad prijme 30 nových rozhodovateľov."),
]

# ------------------------------------------------------------------ an own introduction chapter (own numbering, txt)
DA_INTRO = [
    ("front_matter", None, "National strategi for asyl- og migrationsstyring 2026–2030"),
    ("answer_heading", "1", "1. Indledning"),
    ("answer", "1", "Denne strategi er udarbejdet i henhold til artikel 7 i forordning (EU) 2024/1351 og "
                    "gennemføres under ledelse af Udlændinge- og Integrationsministeriet."),
    ("answer_heading", "2.3.3", "2. Modtagelse"),
    ("answer_heading", "2.3.3", "2.1. Pladser"),
    ("answer", "2.3.3", "Antallet af pladser på asylcentrene øges fra 3 000 til 4 200 inden 2028, og "
                        "modtageforholdene kontrolleres hvert halve år."),
    ("answer_heading", "2.3.3", "2.2. Sårbare ansøgere"),
    ("answer", "2.3.3", "Uledsagede mindreårige får 120 pladser i små bofællesskaber med fast personale."),
    ("answer_heading", "2.1.2", "3. Udsendelse"),
    ("answer_heading", "2.1.2", "3.1. Tvangsmæssig og frivillig udrejse"),
    ("answer", "2.1.2", "Hvert år udsendes 1 200 tredjelandsstatsborgere uden lovligt ophold, først og fremmest ved "
                        "frivillig udrejse med reintegrationsstøtte."),
    ("answer_heading", "2.3.1", "4. Asylsagsbehandling"),
    ("answer_heading", "2.3.1", "4.1. Sagsbehandlingstid"),
    ("answer", "2.3.1", "Den gennemsnitlige sagsbehandlingstid i første instans nedbringes fra 200 til 100 dage, og "
                        "der ansættes 30 nye sagsbehandlere."),
    ("answer_heading", "2.6", "5. Økonomi"),
    ("answer", "2.6", "Strategien koster 1,2 mia. kr. over fem år, heraf 300 mio. kr. fra Asyl-, Migrations- og "
                      "Integrationsfonden."),
]
ET_INTRO = [
    ("front_matter", None, "Riiklik varjupaiga- ja rändehalduse strateegia 2026–2030"),
    ("answer_heading", "1", "1. Sissejuhatus"),
    ("answer", "1", "Strateegia on koostatud määruse (EL) 2024/1351 artikli 7 alusel ning selle elluviimist juhib "
                    "Siseministeerium koostöös Politsei- ja Piirivalveametiga."),
    ("answer_heading", "2.1.2", "2. Tagasisaatmine"),
    ("answer", "2.1.2", "Igal aastal saadetakse riigist välja 400 ebaseaduslikult viibivat kolmanda riigi "
                        "kodanikku, eelistades vabatahtlikku lahkumist ja taasintegreerimise toetust."),
    ("answer_heading", "2.3.3", "3. Vastuvõtt"),
    ("answer_heading", "2.3.3", "3.1. Majutuskohad"),
    ("answer", "2.3.3", "Vao ja Vägeva majutuskeskuste kohtade arv suureneb 2028. aastaks 600-lt 900-le ning "
                        "vastuvõtutingimusi kontrollitakse kaks korda aastas."),
    ("answer_heading", "2.3.1", "4. Menetlus"),
    ("answer", "2.3.1", "Esimese astme menetluse keskmine kestus lüheneb 150 päevalt 90 päevale ning tööle võetakse "
                        "15 uut menetlejat."),
    ("answer_heading", "2.6", "5. Rahastamine"),
    ("answer", "2.6", "Strateegia maksab viie aasta jooksul 40 miljonit eurot, millest 15 miljonit tuleb Varjupaiga-, "
                      "Rände- ja Integratsioonifondist."),
]


# ------------------------------------------------------------------ TOC with wrapped entries + three-column pages
def _columns_doc(doc_id: str, lang: str, split: str, title: str, toc_head: str,
                 toc: list[tuple[str, str]], sections: list[tuple[str, str, list[str]]]) -> None:
    """Page 1: title and a TOC (two-cell rows: a long title wrapping over two lines, its page number top-aligned,
    i.e. on the first line). Then each section on a page of three 9 cm columns, its heading (long: 5-6 lines in a
    column) first in the left column, the text running on into the middle and right columns."""
    doc = BaseDocTemplate(str(HERE / f"{doc_id}.pdf"), pagesize=A4, title="", leftMargin=2 * cm,
                          rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    w, h = A4
    one = Frame(2 * cm, 2 * cm, w - 4 * cm, h - 4 * cm, id="one")
    colw = (w - 4 * cm - 2 * 0.6 * cm) / 3
    cols = [Frame(2 * cm + i * (colw + 0.6 * cm), h - 2 * cm - 9 * cm, colw, 9 * cm, id=f"c{i}") for i in range(3)]
    doc.addPageTemplates([PageTemplate(id="first", frames=[one]), PageTemplate(id="cols", frames=cols)])
    gold = [_b("front_matter", None, title), _b("front_matter", None, toc_head)]
    trows = []
    for t, p in toc:
        trows.append([Paragraph(t, BODY), Paragraph(p, BODY)])
        gold.append(_b("front_matter", None, f"{t} {p}"))
    tt = Table(trows, colWidths=[9.0 * cm, 1.2 * cm])
    tt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    story = [Paragraph(title, TITLE), Paragraph(toc_head, HEAD), tt, NextPageTemplate("cols"), PageBreak()]
    for k, (sec, head, paras) in enumerate(sections):
        if k:
            story.append(PageBreak())
        story.append(Paragraph(head, COLH))
        gold.append(_b("section_heading", sec, head))
        for p in paras:
            story.append(Paragraph(p, COLB))
            gold.append(_b("answer", sec, p))
    doc.build(story)
    _gold(doc_id, lang, split, "TOC with wrapped entries; three-column pages opening with a multi-line heading", gold)


ES_SECTIONS = [
    ("2.1.2", "2.1.2. Dimensión interna: retorno efectivo de los nacionales de terceros países en situación irregular", [
        "Cada año se ejecutarán 6 000 decisiones de retorno de nacionales de terceros países en situación irregular, "
        "con prioridad para el retorno voluntario acompañado de ayudas a la reintegración en el país de origen.",
        "El retorno forzoso se realizará con dignidad y bajo la supervisión independiente del Defensor del Pueblo, "
        "que observará cada vuelo de repatriación y publicará un informe anual.",
        "Los traslados en virtud del Reglamento de Dublín se efectuarán en un plazo de seis meses; la Comisaría "
        "General de Extranjería y Fronteras contará con 90 agentes más para esta tarea.",
        "Los centros de internamiento de extranjeros de Madrid y Algeciras se renovarán antes de 2028 y ofrecerán "
        "asistencia jurídica gratuita a todas las personas internadas.",
        "Se firmarán acuerdos de readmisión con tres países de origen de África occidental y se reforzará la "
        "cooperación con Frontex en las operaciones conjuntas de retorno."]),
    ("2.3.3", "2.3.3. Un sistema de acogida sólido para los solicitantes de protección internacional", [
        "La red estatal de acogida pasará de 9 000 a 12 000 plazas en 2028; cada solicitante recibirá alojamiento, "
        "manutención, atención sanitaria y una asignación mensual.",
        "Los menores no acompañados serán acogidos en centros pequeños con personal especializado, y las personas "
        "vulnerables serán identificadas en los primeros siete días de su llegada.",
        "Las condiciones de acogida se inspeccionarán dos veces al año y los resultados se publicarán en la página "
        "del Ministerio de Inclusión, Seguridad Social y Migraciones.",
        "Se abrirán centros de primera acogida en Canarias y Ceuta con 2 500 plazas de emergencia y equipos "
        "sanitarios permanentes.",
        "Las entidades sociales que gestionan plazas recibirán financiación plurianual para asegurar la estabilidad "
        "del personal."]),
]
ES_TOC = [
    ("2.1.2. Dimensión interna: retorno efectivo de los nacionales de terceros países en situación irregular y "
     "cooperación con los países de origen", "2"),
    ("2.3.3. Un sistema de acogida sólido para los solicitantes de protección internacional y para las personas "
     "vulnerables", "3"),
]
IT_SECTIONS = [
    ("2.1.2", "2.1.2. Dimensione interna: rimpatri effettivi dei cittadini di paesi terzi il cui soggiorno è irregolare", [
        "Ogni anno saranno eseguite 5 000 decisioni di rimpatrio di cittadini di paesi terzi il cui soggiorno è "
        "irregolare, dando priorità al rimpatrio volontario assistito con sostegno alla reintegrazione.",
        "Il rimpatrio forzato avverrà nel rispetto della dignità e sotto il monitoraggio indipendente del Garante "
        "nazionale dei diritti delle persone private della libertà personale.",
        "I trasferimenti Dublino saranno eseguiti entro sei mesi; la Direzione centrale dell'immigrazione disporrà "
        "di 80 funzionari in più.",
        "I centri di permanenza per il rimpatrio di Torino e Bari saranno ristrutturati entro il 2028 e "
        "garantiranno assistenza legale gratuita.",
        "Saranno conclusi accordi di riammissione con tre paesi di origine e rafforzata la cooperazione con "
        "Frontex nelle operazioni congiunte di rimpatrio."]),
    ("2.3.3", "2.3.3. Un sistema di accoglienza solido per i richiedenti protezione internazionale", [
        "Il sistema di accoglienza e integrazione passerà da 35 000 a 40 000 posti entro il 2028; ogni "
        "richiedente riceverà alloggio, vitto, assistenza sanitaria e un contributo giornaliero.",
        "I minori stranieri non accompagnati saranno accolti in piccole strutture con personale specializzato e le "
        "persone vulnerabili saranno individuate entro sette giorni dall'arrivo.",
        "Le condizioni di accoglienza saranno ispezionate due volte l'anno dalle prefetture e i risultati saranno "
        "pubblicati dal Ministero dell'Interno.",
        "Saranno aperti hotspot a Lampedusa e Pozzallo con 2 000 posti di emergenza e presidi sanitari permanenti.",
        "Gli enti gestori riceveranno finanziamenti pluriennali per garantire la stabilità del personale."]),
]
IT_TOC = [
    ("2.1.2. Dimensione interna: rimpatri effettivi dei cittadini di paesi terzi il cui soggiorno è irregolare e "
     "cooperazione con i paesi di origine", "2"),
    ("2.3.3. Un sistema di accoglienza solido per i richiedenti protezione internazionale e per le persone "
     "vulnerabili", "3"),
]

def main() -> None:
    _table_doc("sf11-sv-table", "sv", "tuning", SV_PROSE, SV_HEAD, SV_ROWS, "etapp", 3)
    _table_doc("sf11-pl-table", "pl", "heldout", PL_PROSE, PL_HEAD, PL_ROWS, "etap", 3)
    _txt_doc("sf11-ro-mislabelled", "ro", "tuning", "Annex numbers over other sections' titles", RO_MIS)
    _txt_doc("sf11-sk-mislabelled", "sk", "heldout", "Annex numbers over other sections' titles", SK_MIS)
    _txt_doc("sf11-da-ownintro", "da", "tuning", "own numbering with an introduction chapter", DA_INTRO)
    _txt_doc("sf11-et-ownintro", "et", "heldout", "own numbering with an introduction chapter", ET_INTRO)
    _columns_doc("sf11-es-columns-toc", "es", "tuning", "Estrategia nacional de gestión del asilo y la migración "
                 "2026–2030", "Índice", ES_TOC, ES_SECTIONS)
    _columns_doc("sf11-it-columns-toc", "it", "heldout", "Strategia nazionale di gestione dell'asilo e della "
                 "migrazione 2026–2030", "Indice", IT_TOC, IT_SECTIONS)


if __name__ == "__main__":
    main()
