"""Writes the PDF and DOCX inputs of tests/data/compact/heldout4 (tenth session, compact4).

Run: /work/main/.venv/bin/python tests/data/compact/heldout4/make_inputs.py  (reportlab, python-docx, DejaVu fonts)

Written before any change of the compact4 branch; the gold is gold.yaml here.

- ro-2026.action-table.pdf: a Romanian action plan as one ruled table (measure | objective | responsible | budget).
- de-2026.action-table.pdf: a German action plan as one ruled table on a landscape page.
- cs-2026.action-table.docx: a Czech action plan as one Word table.
- Negatives: cs-statistics-table.pdf (a ruled table of monthly asylum statistics), fi-procurement-table.docx (a
  reception centre's procurement table: lots, services, estimated values).
"""

from __future__ import annotations

from pathlib import Path

import docx
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
rl_config.invariant = 1  # byte-identical PDFs on every run
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
BODY = ParagraphStyle("b", fontName="DV", fontSize=9, leading=11.5)
HEAD = ParagraphStyle("h", fontName="DVB", fontSize=13, leading=17, spaceAfter=8)
CELLHEAD = ParagraphStyle("ch", fontName="DVB", fontSize=9, leading=11.5)

RO_TITLE = ["GUVERNUL ROMÂNIEI — Ministerul Afacerilor Interne",
            "Strategia națională de gestionare a azilului și migrației 2026–2030: plan de acțiune"]
RO = [
    ["Măsură", "Obiectiv", "Responsabil", "Buget"],
    ["Decizia de returnare se emite odată cu respingerea cererii de protecție, iar returnarea forțată se face sub "
     "monitorizarea Avocatului Poporului, conform Directivei 2008/115/CE", "Returnare eficientă și demnă",
     "Inspectoratul General pentru Imigrări", "95 mil. lei"],
    ["Controale ale Inspecției Muncii la angajatorii din construcții și agricultură și sancțiuni pentru angajarea "
     "străinilor fără drept de ședere, conform Directivei 2009/52/CE", "Reducerea muncii nedeclarate și a exploatării",
     "Inspecția Muncii", "30 mil. lei"],
    ["Centrele regionale de cazare asigură solicitanților de azil cazare, hrană, asistență medicală și consiliere "
     "juridică; capacitatea crește la 2 500 de locuri", "Condiții de primire adecvate pentru toți solicitanții",
     "Inspectoratul General pentru Imigrări", "410 mil. lei"],
    ["Plan de contingență pentru sosiri în masă la frontiera cu Ucraina și Republica Moldova: 20 000 de locuri "
     "temporare în 72 de ore", "Pregătire pentru situații de criză", "Departamentul pentru Situații de Urgență",
     "150 mil. lei"],
    ["Cofinanțare din Fondul pentru azil, migrație și integrare și din Instrumentul pentru managementul frontierelor "
     "și vize, alături de bugetul de stat", "Utilizarea eficientă a fondurilor UE", "Ministerul Afacerilor Interne",
     "620 mil. lei"],
]

DE_TITLE = ["BUNDESMINISTERIUM DES INNERN",
            "Nationale Strategie für Asyl- und Migrationsmanagement 2026–2030 – Maßnahmenplan"]
DE = [
    ["Maßnahme", "Ziel", "Zuständig", "Mittel"],
    ["Aufnahme von 6 500 Schutzbedürftigen über das Resettlement-Programm der Union und humanitäre "
     "Aufnahmeprogramme", "Sichere und legale Zugangswege", "BMI, BAMF", "180 Mio. €"],
    ["Rückkehrentscheidung zusammen mit dem ablehnenden Asylbescheid; Abschiebungen unter Beachtung der Richtlinie "
     "2008/115/EG und mit unabhängiger Abschiebungsbeobachtung", "Wirksame und würdige Rückkehr",
     "Länder, Bundespolizei", "240 Mio. €"],
    ["Integrationskurse mit 700 Stunden Deutschunterricht, Anerkennung ausländischer Berufsabschlüsse und "
     "Wohnungsvermittlung für anerkannte Schutzberechtigte", "Frühe Integration in Arbeit und Gesellschaft",
     "BAMF, Bundesagentur für Arbeit, Kommunen", "1,2 Mrd. €"],
    ["Bund-Länder-Arbeitsgruppe und jährliche Konferenz mit den kommunalen Spitzenverbänden zur Verteilung "
     "und Unterbringung", "Abstimmung zwischen Bund, Ländern und Kommunen", "BMI, Innenministerkonferenz", "–"],
    ["2 300 zusätzliche Stellen beim BAMF und an den Verwaltungsgerichten, neue Liegenschaften und Haushaltsmittel "
     "für den gesamten Fünfjahreszeitraum", "Ausreichende personelle und finanzielle Ressourcen", "BMI, BMF",
     "3,4 Mrd. €"],
]

CS_TITLE = ["MINISTERSTVO VNITRA ČESKÉ REPUBLIKY",
            "Národní strategie řízení azylu a migrace 2026–2030: akční plán"]
CS = [
    ["Opatření", "Cíl", "Gestor", "Termín"],
    ["Dohody o readmisi a spolupráci s Gruzií, Uzbekistánem a Vietnamem, včetně projektů na podporu návratů "
     "a legálního zaměstnání", "Partnerství se třetími zeměmi původu a tranzitu", "MV, MZV", "2027"],
    ["Plán personálních kapacit odboru azylové a migrační politiky a krajských soudů podle očekávaného počtu žádostí "
     "s ohledem na nařízení (EU) 2024/1348", "Dostatečná správní a soudní kapacita pro azylové řízení", "MV, MSp",
     "2026"],
    ["Kurzy češtiny, uznávání kvalifikací, pomoc s bydlením a zdravotním pojištěním pro osoby s mezinárodní "
     "ochranou ve Státním integračním programu", "Rychlá integrace osob s ochranou", "MV, SUZ, obce", "2026–2030"],
    ["Pravidelné konzultace s nevládními organizacemi, UNHCR, odbory a organizacemi migrantů při přípravě "
     "a hodnocení opatření", "Zapojení zúčastněných stran", "MV", "průběžně"],
    ["Podpora Agentury Evropské unie pro azyl při registraci a odborné přípravě a nasazení týmů Frontexu na letišti "
     "Praha", "Využití operační podpory EU", "MV, Policie ČR", "2026–2028"],
]

NEG_CS_TITLE = ["ČESKÝ STATISTICKÝ ÚŘAD", "Žádosti o mezinárodní ochranu a rozhodnutí v roce 2025 podle měsíců"]
NEG_CS = [["Měsíc", "Žádosti", "Udělení azylu", "Doplňková ochrana", "Zamítnutí", "Zastavení řízení"]] + [
    [m, str(a), str(b), str(c), str(d), str(e)] for m, a, b, c, d, e in [
        ("leden", 112, 4, 9, 61, 22), ("únor", 98, 3, 11, 55, 19), ("březen", 130, 6, 8, 70, 25),
        ("duben", 121, 5, 12, 66, 21), ("květen", 117, 2, 10, 59, 30), ("červen", 109, 4, 7, 63, 18),
        ("červenec", 126, 7, 13, 72, 24), ("srpen", 133, 5, 9, 68, 27), ("září", 119, 3, 11, 60, 20),
        ("říjen", 124, 6, 10, 65, 23), ("listopad", 115, 4, 8, 62, 19), ("prosinec", 101, 2, 6, 54, 17)]]

FI_TITLE = ["Maahanmuuttovirasto — Joutsan vastaanottokeskus",
            "Hankintailmoitus: vastaanottokeskuksen palvelut 2026–2028"]
FI_PROC = [
    ["Osa", "Palvelu", "Arvioitu arvo (alv 0 %)", "Sopimuskausi"],
    ["1", "Ateriapalvelut: aamiainen, lounas ja päivällinen enintään 250 asukkaalle, erityisruokavaliot", "410 000 €",
     "1.3.2026–28.2.2028"],
    ["2", "Siivous- ja kiinteistöhuoltopalvelut, jätehuolto ja lumityöt", "260 000 €", "1.3.2026–28.2.2028"],
    ["3", "Vartiointi- ja turvallisuuspalvelut ympäri vuorokauden, kulunvalvonta", "380 000 €", "1.3.2026–28.2.2028"],
    ["4", "Tulkkaus- ja käännöspalvelut (arabia, dari, somali, venäjä)", "95 000 €", "1.3.2026–28.2.2028"],
    ["5", "Pyykkipalvelut ja liinavaatteiden vuokraus", "70 000 €", "1.3.2026–28.2.2028"],
]
FI_NOTE = ("Tarjoukset on jätettävä Hilma-palvelun kautta 15.1.2026 klo 12 mennessä. Valintaperusteena on "
           "kokonaistaloudellisesti edullisin tarjous (hinta 60 %, laatu 40 %).")


def _ruled_pdf(path: Path, title: list[str], rows: list[list[str]], widths: list[float], pagesize=A4) -> None:
    """One ruled table (grid lines, bold header row) under a title, DejaVu Sans."""
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title[-1])
    data = [[Paragraph(c, CELLHEAD if i == 0 else BODY) for c in r] for i, r in enumerate(rows)]
    table = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([Paragraph(t, HEAD) for t in title] + [Spacer(1, 0.4 * cm), table])


def _docx_table(path: Path, title: list[str], rows: list[list[str]], note: str = "") -> None:
    """One Word table (style 'Table Grid') under a title."""
    d = docx.Document()
    d.core_properties.title = title[-1]
    for i, t in enumerate(title):
        d.add_heading(t, level=1 if i else 0)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            table.cell(i, j).text = c
    if note:
        d.add_paragraph(note)
    d.save(str(path))


def main() -> None:
    _ruled_pdf(HERE / "ro-2026.action-table.pdf", RO_TITLE, RO, [7.0, 3.6, 3.4, 2.0])
    _ruled_pdf(HERE / "de-2026.action-table.pdf", DE_TITLE, DE, [10.5, 6.0, 5.5, 2.5], landscape(A4))
    _docx_table(HERE / "cs-2026.action-table.docx", CS_TITLE, CS)
    _ruled_pdf(HERE / "cs-statistics-table.pdf", NEG_CS_TITLE, NEG_CS, [2.8, 2.4, 2.6, 3.0, 2.4, 3.0])
    _docx_table(HERE / "fi-procurement-table.docx", FI_TITLE, FI_PROC, FI_NOTE)


if __name__ == "__main__":
    main()
