"""Writes the inputs of tests/data/fresh8 (fresh-eyes tester, eleventh session).

Run: /work/main/.venv/bin/python tests/data/fresh8/make_inputs.py  (reportlab, python-docx, DejaVu fonts)

Written for this test before any run of the analyser on them, never tuned on (README here: what each file is, what
a correct analysis says, what the analyser gave). Byte-identical on every run (reportlab ``invariant``, fixed docx
core properties and zip times).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_fixed import save_docx_fixed  # noqa: E402
from pdf_fixed import dejavu, dejavu_styles  # noqa: E402

dejavu()
BODY, HEAD, CELL, CELLH = dejavu_styles()


def _txt(items: list[tuple[str, str]]) -> str:
    return "\n\n".join(t for _, t in items) + "\n"


def _write(name: str, text: str) -> None:
    (HERE / name).write_text(text, encoding="utf-8", newline="\n")


def _flow(items: list[tuple[str, str]], body: ParagraphStyle = BODY, head: ParagraphStyle = HEAD) -> list:
    return [Paragraph(t, head if k == "h" else body) for k, t in items]


def _docx_fixed(doc, path: Path) -> None:  # noqa: ANN001
    """Save ``doc`` byte-identically (:func:`docx_fixed.save_docx_fixed`, author "fresh8")."""
    save_docx_fixed(doc, path, "fresh8")


# ------------------------------------------------------------------ 1+2 Austrian German Q&A table (docx, PDF)
# (section, question of the template, answer). "" answer: left empty.
DE_QA = [
    ("1", "Kontext des nationalen Asyl- und Migrationsmanagements", None),
    ("1", "Geben Sie eine detaillierte Zusammenfassung der aktuellen nationalen Lage im Bereich Asyl und Migration "
          "auf der Grundlage von Risikoanalysen und Bewertungen der operativen Lage.",
     "2025 wurden beim Bundesamt für Fremdenwesen und Asyl 24 900 Anträge auf internationalen Schutz gestellt, "
     "28 Prozent weniger als 2024. Die Risikoanalyse des Bundesministeriums für Inneres erwartet bis 2028 einen "
     "anhaltenden Druck über die Westbalkanroute und Sekundärbewegungen aus Ungarn und Slowenien."),
    ("1", "Beschreiben Sie die spezifische nationale Lage, insbesondere die geografische Lage des Mitgliedstaats.",
     "Österreich ist ein Binnenstaat ohne EU-Landaußengrenze; Außengrenze ist nur der Flughafen Wien-Schwechat. "
     "Als Zielland am Ende der Westbalkanroute richtet Österreich seine Prioritäten auf Binnengrenzkontrollen und "
     "die Zusammenarbeit mit den Nachbarstaaten aus."),
    ("2.1.2", "Interne Dimension", None),
    ("2.1.2", "Wie wird die Rückkehr illegal aufhältiger Drittstaatsangehöriger wirksam gesteuert, einschließlich "
              "ihrer wirksamen und würdevollen Rückkehr?",
     "Jährlich sollen 12 000 ausreisepflichtige Drittstaatsangehörige das Land verlassen. Vorrang hat die "
     "freiwillige Rückkehr mit Rückkehr- und Reintegrationshilfe; Abschiebungen erfolgen unter Achtung der Würde "
     "und der Rückführungsrichtlinie und werden von einer unabhängigen Menschenrechtsbeobachtung begleitet."),
    ("2.1.2", "Wie werden illegale Beschäftigung und Ausbeutung irregulär aufhältiger Drittstaatsangehöriger "
              "bekämpft?", ""),
    ("2.3.3", "Ein robustes Aufnahmesystem", None),
    ("2.3.3", "Wie wird der Zugang der Antragsteller zu angemessenen Aufnahmebedingungen gemäß der Richtlinie (EU) "
              "2024/1346 sichergestellt?",
     "Die Bundesbetreuungseinrichtungen in Traiskirchen, Thalham und Schwechat bieten 6 000 Plätze; "
     "Antragsteller erhalten Unterkunft, Verpflegung, Krankenversicherung und ein monatliches Taschengeld, "
     "unbegleitete Minderjährige werden in eigenen Einrichtungen betreut."),
    ("2.4", "Vorsorge und Notfallplanung", None),
    ("2.4", "Wie bereitet sich der Mitgliedstaat auf einen Massenzustrom von Drittstaatsangehörigen vor und wie "
            "reagiert er darauf?",
     "Wird derzeit im Rahmen des nationalen Notfallplans ausgearbeitet."),
    ("2.6", "Ausreichende Kapazitäten zur Umsetzung der nationalen Strategie", None),
    ("2.6", "Wie wird sichergestellt, dass die finanzielle Unterstützung der Union die nationalen Mittel effizient "
            "ergänzt?",
     "Aus dem Asyl-, Migrations- und Integrationsfonds fließen 2026–2030 110 Mio. EUR und aus dem Instrument für "
     "Grenzmanagement und Visa 65 Mio. EUR; sie ergänzen nationale Mittel von 1,4 Mrd. EUR ohne "
     "Doppelfinanzierung."),
    ("2.6", "Wie wird die Verfügbarkeit der erforderlichen personellen, materiellen und finanziellen Ressourcen "
            "über den Fünfjahreszeitraum sichergestellt?", "—"),
]
DE_TITLE = "Nationale Strategie für Asyl- und Migrationsmanagement der Republik Österreich 2026–2030"


def de_qa_docx() -> None:
    import docx

    d = docx.Document()
    d.add_heading(DE_TITLE, level=0)
    d.add_paragraph("Antworten Österreichs auf die Fragen des Anhangs des Durchführungsbeschlusses (EU) 2025/503.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Frage der Vorlage"
    t.rows[0].cells[1].text = "Antwort Österreichs"
    for sec, q, a in DE_QA:
        r = t.add_row().cells
        if a is None:  # a heading row: the section number and title in the first cell, the second empty
            r[0].text = f"{sec}. {q}"
            r[0].paragraphs[0].runs[0].bold = True
        else:
            r[0].text = q
            r[1].text = a
    _docx_fixed(d, HERE / "de-2026.qa-grid.docx")


def de_qa_pdf() -> None:
    rows = [[Paragraph("Abschnitt", CELLH), Paragraph("Frage der Vorlage", CELLH),
             Paragraph("Antwort Österreichs", CELLH)]]
    for sec, q, a in DE_QA:
        if a is None:
            continue  # no heading rows: the section number stands in the first column of each row
        rows.append([Paragraph(sec, CELL), Paragraph(q, CELL), Paragraph(a, CELL)])
    t = Table(rows, colWidths=[2.2 * cm, 9.5 * cm, 13.5 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    doc = SimpleDocTemplate(str(HERE / "de-2026.qa-grid-print.pdf"), pagesize=landscape(A4), title="",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build([Paragraph(DE_TITLE, HEAD), Spacer(1, 6), t])


# ------------------------------------------------------------------ 3 French slide deck exported to PDF
FR_SLIDES = [
    ("Stratégie nationale de gestion de l'asile et de la migration 2026-2030",
     ["Ministère de l'Intérieur", "Comité interministériel — présentation du 12 mars 2026"]),
    ("Sommaire",
     ["1. Contexte", "2.1.1 Dimension extérieure", "2.1.2 Dimension intérieure", "2.3.3 Accueil",
      "2.4 Préparation et plans d'urgence", "2.6 Capacités"]),
    ("1. Contexte de la gestion nationale de l'asile et de la migration",
     ["2025 : 158 000 demandes d'asile (+6 % / 2024)", "Analyse de risque DGEF-OFPRA : pression durable Méditerranée "
      "centrale + mouvements secondaires", "Frontières extérieures : ports, aéroports, Guyane, Mayotte",
      "Pays de destination et de transit vers le Royaume-Uni → priorité au littoral de la Manche"]),
    ("2.1.1 Dimension extérieure",
     ["Réinstallation : 3 000 réfugiés / an (cadre de l'Union pour la réinstallation)",
      "Partenariat de talents avec le Maroc et la Tunisie (2027)", "Voies légales : visas de travail « métiers en "
      "tension »"]),
    ("2.1.2 Dimension intérieure",
     ["Objectif : 30 000 retours / an d'ici 2028", "Priorité : retour volontaire + aide à la réintégration (OFII)",
      "Éloignements forcés : dignité, contrôleur indépendant sur chaque vol"]),
    ("2.3.3 Un système d'accueil solide",
     ["Dispositif national d'accueil : 120 000 places en 2028", "Hébergement, allocation pour demandeur d'asile "
      "(ADA), santé", "Mineurs non accompagnés : structures dédiées"]),
    ("2.4 Préparation et plans d'urgence",
     ["Plan d'afflux massif : 5 000 places d'urgence mobilisables en 72 h"]),
    ("2.6 Capacités suffisantes",
     ["Budget : 2,1 Md€ sur 5 ans", "OFPRA : +300 agents", "FAMI 2021-2027 : 560 M€ ; IGFV : 240 M€ en "
      "complément des crédits nationaux"]),
    ("Questions ?", ["Merci de votre attention"]),
]


def fr_slides() -> None:
    w, h = 33.867 * cm, 19.05 * cm  # 16:9 slide
    c = canvas.Canvas(str(HERE / "fr-2026.slides.pdf"), pagesize=(w, h), invariant=1)
    c.setTitle("")
    n = len(FR_SLIDES)
    for i, (title, bullets) in enumerate(FR_SLIDES, start=1):
        c.setFillColor(colors.HexColor("#000091"))
        c.rect(0, h - 3.2 * cm, w, 3.2 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DVB", 26 if i > 1 else 30)
        c.drawString(1.8 * cm, h - 2.2 * cm, title if len(title) < 60 else title[:58])
        if len(title) >= 60:
            c.setFont("DVB", 20)
            c.drawString(1.8 * cm, h - 2.9 * cm, title[58:])
        c.setFillColor(colors.black)
        c.setFont("DV", 20)
        y = h - 5.2 * cm
        for b in bullets:
            c.drawString(2.2 * cm, y, "•")
            c.drawString(3.0 * cm, y, b)
            y -= 1.6 * cm
        c.setFont("DV", 10)
        c.setFillColor(colors.grey)
        c.drawString(1.8 * cm, 0.8 * cm, "Ministère de l'Intérieur — Stratégie nationale asile et migration 2026-2030")
        c.drawRightString(w - 1.8 * cm, 0.8 * cm, f"{i}/{n}")
        c.showPage()
    c.save()


# ------------------------------------------------------------------ 4 Maltese (English) strategy, numbered paragraphs
MT_SECTIONS = [
    ("1. CONTEXT OF NATIONAL ASYLUM AND MIGRATION MANAGEMENT", [
        "In 2025 the International Protection Agency received 2 900 applications for international protection, "
        "12 per cent fewer than in 2024; 71 per cent were decided within six months.",
        "The risk analysis of the Armed Forces of Malta and the Malta Police Force expects sea arrivals from Libya "
        "and Tunisia to remain the main risk until 2028, with peaks between May and October.",
        "Malta is the smallest Member State and lies in the middle of the Central Mediterranean route; its search "
        "and rescue region covers 250 000 square kilometres, far larger than its territory, which is why the "
        "priorities set out in paragraphs 9 to 14 and in section 2.3.3 concern disembarkation and reception.",
        "Population density, the highest in the Union, limits the land available for reception and detention "
        "facilities (see paragraph 21).",
    ]),
    ("2.1.2. INTERNAL DIMENSION", [
        "Every year 600 illegally staying third-country nationals will be returned, against 410 in 2025.",
        "Priority is given to voluntary return with reintegration assistance, for which the Agency will double "
        "the number of return counsellors (see paragraph 30).",
        "Forced return is carried out with dignity, in line with Directive 2008/115/EC, with independent "
        "monitoring of every flight by the Office of the Ombudsman.",
        "Return decisions are issued together with the negative asylum decision, as set out in paragraph 2.3.1 "
        "of the Regulation's implementing plan, so that no separate procedure delays departure.",
    ]),
    ("2.3.3. A ROBUST RECEPTION SYSTEM", [
        "The open centres of Ħal Far and Ħal Safi will have 1 400 places by 2027 and the Initial Reception Centre "
        "at Marsa 300 places.",
        "Every applicant receives accommodation, food, health care and a daily allowance of EUR 4.66, raised to "
        "EUR 6 in 2027.",
        "Unaccompanied children live in separate homes run by the Agency for the Welfare of Asylum Seekers; "
        "paragraph 4 explains why no new site will be built.",
    ]),
    ("2.6. SUFFICIENT CAPACITY AND CAPABILITY TO IMPLEMENT THE NATIONAL STRATEGY", [
        "The strategy will cost EUR 95 million over the five years 2026 to 2030.",
        "Of that amount EUR 40 million come from the Asylum, Migration and Integration Fund and EUR 18 million "
        "from the Border Management and Visa Instrument, complementing the national budget without double "
        "funding.",
        "The Agency will recruit 60 new officers, 20 of them caseworkers (see paragraph 6).",
    ]),
]


def mt_numbered() -> None:
    flow = [Paragraph("National Asylum and Migration Management Strategy of Malta 2026–2030", HEAD)]
    n = 0
    # Commission style: every paragraph numbered 1., 2., 3. … across the whole document; each section's answer
    # paragraphs are followed by paragraphs of implementation detail, so the numbering runs past 150.
    fill = {
        "1": "The Ministry for Home Affairs, Security and Employment reviews these figures every quarter with the "
             "Agency and the Police (review {k}).",
        "2": "Return counselling session {k} of the programme is held in the Initial Reception Centre with an "
             "interpreter and a written record.",
        "3": "Reception site inspection {k} checks the fire safety, sanitary facilities and the food served, and its "
             "report is published.",
        "4": "Budget line {k} of the strategy is monitored by the Ministry of Finance and reported to the House of "
             "Representatives each year.",
    }
    for j, (head, paras) in enumerate(MT_SECTIONS, start=1):
        flow.append(Paragraph(head, HEAD))
        for p in paras:
            n += 1
            flow.append(Paragraph(f"{n}.&nbsp;&nbsp;{p}", BODY))
        for k in range(1, 37):
            n += 1
            flow.append(Paragraph(f"{n}.&nbsp;&nbsp;" + fill[str(j)].format(k=k), BODY))
    doc = SimpleDocTemplate(str(HERE / "mt-2026.numbered-paragraphs.pdf"), pagesize=A4, title="",
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm)
    doc.build(flow)


def mt_numbered_compact() -> None:
    """The same strategy without the implementation lines: 14 numbered paragraphs. Written AFTER the first run (a
    probe of finding #5, not held-out)."""
    flow = [Paragraph("National Asylum and Migration Management Strategy of Malta 2026–2030", HEAD)]
    n = 0
    for head, paras in MT_SECTIONS:
        flow.append(Paragraph(head, HEAD))
        for p in paras:
            n += 1
            flow.append(Paragraph(f"{n}.&nbsp;&nbsp;{p}", BODY))
    doc = SimpleDocTemplate(str(HERE / "mt-2026.numbered-compact.pdf"), pagesize=A4, title="",
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm)
    doc.build(flow)


# ------------------------------------------------------------------ 5 Lithuanian strategy: every answer "to be determined"
LT = [
    ("h", "Nacionalinė prieglobsčio ir migracijos valdymo strategija 2026–2030 (projektas)"),
    ("h", "1. Nacionalinio prieglobsčio ir migracijos valdymo kontekstas"),
    ("p", "Bus nustatyta vėliau."),
    ("p", "Rizikos analizė šiuo metu rengiama; duomenys bus pateikti 2027 m."),
    ("h", "2.1.1. Išorės dimensija"),
    ("p", "Rengiama. Informacija bus papildyta."),
    ("h", "2.1.2. Vidaus dimensija"),
    ("p", "Grąžinimo priemonės bus nustatytos atskirame veiksmų plane, kuris šiuo metu rengiamas."),
    ("h", "2.3.3. Tvirta priėmimo sistema"),
    ("p", "Bus nustatyta vėliau, atsižvelgiant į 2026 m. biudžetą."),
    ("h", "2.3.4. Sėkmingos ir ankstyvos integracijos sąlygos"),
    ("p", "Rengiama."),
    ("h", "2.4. Pasirengimas ir nenumatytų atvejų planavimas"),
    ("p", "Nenumatytų atvejų planas šiuo metu atnaujinamas; jo nuostatos bus įtrauktos vėliau."),
    ("h", "2.6. Pakankami pajėgumai strategijai įgyvendinti"),
    ("p", "Finansavimo poreikis bus nustatytas vėliau. Bus papildyta."),
]


# ------------------------------------------------------------------ 6 Slovenian strategy answering by references only
SL = [
    ("h", "Nacionalna strategija upravljanja azila in migracij 2026–2030"),
    ("h", "1. Okvir nacionalnega upravljanja azila in migracij"),
    ("p", "Glej Letno poročilo Ministrstva za notranje zadeve za leto 2025, poglavje 3, in Analizo tveganja "
          "Policije 2025."),
    ("h", "2.1.2. Notranja razsežnost"),
    ("p", "Glej Načrt ukrepov za vračanje 2025–2029, točke 3.1 do 3.4."),
    ("h", "2.3.3. Zanesljiv sistem sprejema"),
    ("p", "Azilni dom v Ljubljani in izpostavi v Logatcu in Kotnikovi ulici bodo do leta 2027 imeli 1 200 mest; "
          "prosilci prejmejo nastanitev, hrano, zdravstveno oskrbo in mesečno denarno pomoč, mladoletniki brez "
          "spremstva bivajo v posebni enoti."),
    ("h", "2.3.4. Pogoji za uspešno in zgodnje vključevanje"),
    ("p", "Glej Nacionalni program vključevanja 2024–2030, poglavje 4."),
    ("h", "2.4. Pripravljenost in načrtovanje za izredne razmere"),
    ("p", "Glej Načrt ukrepov ob množičnem prihodu migrantov (Vlada RS, 2024)."),
    ("h", "2.6. Zadostne zmogljivosti za izvajanje strategije"),
    ("p", "Glej Program Sklada za azil, migracije in vključevanje 2021–2027 ter proračun za leti 2026 in 2027."),
]


# ------------------------------------------------------------------ 7 Spanish strategy with the answers in footnotes
ES_BODY = [
    ("h", "Estrategia Nacional de Gestión del Asilo y la Migración 2026-2030"),
    ("h", "1. Contexto de la gestión nacional del asilo y la migración"),
    ("p", "Resumen detallado de la situación nacional actual en materia de asilo y migración, basado en los "
          "análisis de riesgos y en las evaluaciones de la situación operativa.<super>1</super>"),
    ("h", "2.1.2. Dimensión interior"),
    ("p", "Gestión eficaz del retorno de los nacionales de terceros países en situación irregular, incluido su "
          "retorno eficaz y digno.<super>2</super>"),
    ("h", "2.3.3. Un sistema de acogida sólido"),
    ("p", "Acceso de los solicitantes a unas condiciones de acogida adecuadas de conformidad con la Directiva (UE) "
          "2024/1346.<super>3</super>"),
    ("h", "2.6. Capacidad suficiente para aplicar la estrategia nacional"),
    ("p", "Uso eficiente de la ayuda financiera de la Unión como complemento de los recursos nacionales."
          "<super>4</super>"),
]
ES_NOTES = [
    "<super>1</super> En 2025 la Oficina de Asilo y Refugio registró 167 000 solicitudes de protección internacional, "
    "un 8 % menos que en 2024. El análisis de riesgos de la Guardia Civil prevé que la ruta atlántica hacia "
    "Canarias siga siendo la principal presión hasta 2028.",
    "<super>2</super> Cada año se retornará a 9 000 nacionales de terceros países en situación irregular. Se da "
    "prioridad al retorno voluntario con ayuda a la reintegración; el retorno forzoso se realiza con dignidad y "
    "bajo la supervisión del Defensor del Pueblo.",
    "<super>3</super> Los centros de acogida de Madrid, Valencia, Sevilla y Canarias ofrecerán 12 000 plazas; los "
    "solicitantes reciben alojamiento, manutención, asistencia sanitaria y una asignación mensual.",
    "<super>4</super> Del Fondo de Asilo, Migración e Integración proceden 290 millones de euros para 2026-2030, "
    "que complementan 1 900 millones del presupuesto nacional sin doble financiación.",
]


def es_footnotes() -> None:
    body = ParagraphStyle("esb", parent=BODY)
    note = ParagraphStyle("esn", fontName="DVS", fontSize=7.5, leading=9.5, alignment=TA_JUSTIFY)

    def notes(c, doc) -> None:  # noqa: ANN001
        c.saveState()
        c.line(2.5 * cm, 7.4 * cm, 7 * cm, 7.4 * cm)
        y = 7.0 * cm
        for n in ES_NOTES:
            p = Paragraph(n, note)
            _, ph = p.wrap(A4[0] - 5 * cm, 4 * cm)
            p.drawOn(c, 2.5 * cm, y - ph)
            y -= ph + 0.15 * cm
        c.setFont("DV", 8)
        c.drawRightString(A4[0] - 2.5 * cm, 1.2 * cm, "1")
        c.restoreState()

    doc = SimpleDocTemplate(str(HERE / "es-2026.answers-in-footnotes.pdf"), pagesize=A4, title="",
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.5 * cm, bottomMargin=8 * cm)
    doc.build(_flow(ES_BODY, body), onFirstPage=notes)


# ------------------------------------------------------------------ 8 Polish strategy, 160 pages (annexes)
PL = [
    ("h", "Krajowa strategia zarządzania azylem i migracją na lata 2026–2030"),
    ("h", "1. Kontekst krajowego zarządzania azylem i migracją"),
    ("p", "W 2025 r. Urząd do Spraw Cudzoziemców przyjął 15 200 wniosków o ochronę międzynarodową, o 11 % więcej niż "
          "w 2024 r. Analiza ryzyka Straży Granicznej przewiduje utrzymującą się presję na granicy z Białorusią do "
          "2028 r."),
    ("p", "Polska strzeże 1 185 kilometrów zewnętrznej granicy lądowej Unii z Białorusią, Ukrainą i Rosją; to "
          "położenie geograficzne czyni ją państwem pierwszego wjazdu na szlaku wschodnim."),
    ("h", "2.1.2. Wymiar wewnętrzny"),
    ("p", "Co roku zostanie zawróconych 8 000 nielegalnie przebywających obywateli państw trzecich. Pierwszeństwo "
          "ma powrót dobrowolny z pomocą reintegracyjną; powroty przymusowe odbywają się z poszanowaniem godności i "
          "pod niezależnym nadzorem."),
    ("h", "2.3.3. Solidny system przyjmowania"),
    ("p", "Ośrodki dla cudzoziemców w Białej Podlaskiej, Dębaku, Grotnikach i Czerwonym Borze zapewnią 3 000 "
          "miejsc; wnioskodawcy otrzymują zakwaterowanie, wyżywienie, opiekę medyczną i kieszonkowe."),
    ("h", "2.6. Wystarczające zdolności do wdrożenia strategii"),
    ("p", "Strategia będzie kosztować 2,4 mld zł w ciągu pięciu lat, z czego 520 mln zł pochodzi z Funduszu Azylu, "
          "Migracji i Integracji. Urząd zatrudni 150 nowych pracowników."),
]
PL_VOIV = ["dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie", "małopolskie", "mazowieckie",
           "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie", "świętokrzyskie",
           "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie"]


def pl_long() -> None:
    flow = _flow(PL)
    cell = ParagraphStyle("plc", fontName="DV", fontSize=8.5, leading=10.5)
    for a, voiv in enumerate(PL_VOIV, start=1):
        flow.append(PageBreak())
        flow.append(Paragraph(f"Załącznik nr {a}. Sprawozdanie wojewody – województwo {voiv}", HEAD))
        for page in range(10):
            rows = [["Powiat", "Wnioski", "Decyzje", "Miejsca", "Obłożenie"]]
            for r in range(30):
                v = (a * 97 + page * 31 + r * 7) % 400
                rows.append([f"powiat nr {page * 30 + r + 1}", str(v), str(v // 2), str(v + 40), f"{v % 100} %"])
            t = Table([[Paragraph(x, cell) for x in row] for row in rows], colWidths=[5 * cm] + [2.8 * cm] * 4)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
            flow.append(t)
            if page < 9:
                flow.append(PageBreak())
    doc = SimpleDocTemplate(str(HERE / "pl-2026.long-annexes.pdf"), pagesize=A4, title="")
    doc.build(flow)


# ------------------------------------------------------------------ 9 Hungarian strategy in ISO-8859-2
HU = [
    ("h", "Magyarország nemzeti menekültügyi és migrációkezelési stratégiája 2026–2030"),
    ("h", "1. A nemzeti menekültügyi és migrációkezelés háttere"),
    ("p", "2025-ben az Országos Idegenrendészeti Főigazgatósághoz 29 menedékkérelem érkezett, a déli határon pedig "
          "a rendőrség 41 000 jogellenes határátlépési kísérletet akadályozott meg. A kockázatelemzés szerint a "
          "nyomás a szerb határszakaszon 2028-ig magas marad."),
    ("h", "2.1.2. Belső dimenzió"),
    ("p", "Évente 3 000 jogellenesen tartózkodó harmadik országbeli állampolgárt küldünk vissza. Elsőbbséget kap "
          "az önkéntes visszatérés és a visszailleszkedési támogatás; a kitoloncolást független megfigyelő kíséri."),
    ("h", "2.3.3. Megbízható befogadási rendszer"),
    ("p", "A vámosszabadi és a balassagyarmati befogadó állomás összesen 1 100 férőhelyet biztosít; a kérelmezők "
          "szállást, étkezést, egészségügyi ellátást és zsebpénzt kapnak."),
    ("h", "2.6. Elegendő kapacitás a stratégia végrehajtásához"),
    ("p", "A Menekültügyi, Migrációs és Integrációs Alapból 2026 és 2030 között 62 millió euró egészíti ki a "
          "95 milliárd forintos hazai forrást; a hivatal 80 új ügyintézőt vesz fel."),
]
# "–" (en dash) is not in ISO-8859-2: the file writes "-" as a typist's Latin-2 editor would.


# ------------------------------------------------------------------ 10 Estonian .docx: headings by direct formatting
ET = [
    ("t", "Eesti varjupaiga- ja rändehalduse riiklik strateegia 2026–2030"),
    ("h", "Riikliku varjupaiga- ja rändehalduse kontekst"),
    ("p", "2025. aastal esitati Politsei- ja Piirivalveametile 4 100 rahvusvahelise kaitse taotlust, neist 3 200 "
          "Ukraina kodanikelt. Riskianalüüs näeb kuni 2028. aastani ette kõrget survet idapiiril."),
    ("p", "Eesti idapiir Venemaaga on 338 kilomeetrit pikk ja on ühtlasi Euroopa Liidu välispiir; see asukoht "
          "määrab strateegia prioriteedid piirivalves ja valmisolekus."),
    ("h", "Välismõõde"),
    ("p", "Eesti võtab liidu ümberasustamisraamistiku alusel igal aastal vastu 80 pagulast Türgist ja Jordaaniast."),
    ("h", "Sisemõõde"),
    ("p", "Igal aastal saadetakse tagasi 1 000 ebaseaduslikult riigis viibivat kolmanda riigi kodanikku. Eelistatakse "
          "vabatahtlikku tagasipöördumist koos taasintegreerimise toetusega; sunniviisiline tagasisaatmine toimub "
          "väärikalt ja õiguskantsleri järelevalve all."),
    ("h", "Tugev vastuvõtusüsteem"),
    ("p", "Vao ja Vägeva majutuskeskused pakuvad 700 kohta; taotlejad saavad majutuse, toidu, tervishoiuteenused ja "
          "igakuise toetuse."),
    ("h", "Eduka ja varajase lõimumise tingimused"),
    ("p", "Rahvusvahelise kaitse saajad osalevad kohanemisprogrammis ja eesti keele kursustel ning Töötukassa aitab "
          "neil tööd leida."),
]


def et_docx() -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    for kind, val in ET:
        p = d.add_paragraph()
        r = p.add_run(val)
        if kind in ("t", "h"):  # a heading by direct formatting: Normal style, bold, larger
            r.bold = True
            r.font.size = Pt(16 if kind == "t" else 13)
    _docx_fixed(d, HERE / "et-2026.bold-headings.docx")


# ------------------------------------------------------------------ 11 Frontex-style risk analysis (not a strategy)
FX = [
    ("h", "Risk Analysis for 2026"),
    ("p", "European Border and Coast Guard Agency — Risk Analysis Unit. Warsaw, March 2026."),
    ("h", "1. Key findings"),
    ("p", "In 2025, detections of illegal border-crossings at the external borders of the European Union fell to "
          "239 000, 38 per cent fewer than in 2024. The Central Mediterranean route remained the most active, "
          "followed by the Eastern Mediterranean and the Western African routes."),
    ("p", "Migrant smuggling networks adapted quickly to enforcement: larger boats left eastern Libya for Crete, "
          "and departures from Mauritania to the Canary Islands rose by 60 per cent."),
    ("h", "2. Situation at the external borders"),
    ("p", "At the eastern land borders, the instrumentalisation of migrants by Belarus continued, with 17 000 "
          "attempts to cross into Poland, Lithuania and Latvia. Member States reinforced physical barriers and "
          "surveillance."),
    ("p", "Returns coordinated or supported by Frontex reached 56 000 persons, of whom 42 per cent departed "
          "voluntarily; charter operations to Western Balkan and North African countries increased."),
    ("h", "3. Outlook for 2026"),
    ("p", "Pressure on the Central Mediterranean and Western African routes is expected to stay high. Secondary "
          "movements from first-entry Member States will continue to shape the situation at internal borders. "
          "Member States should keep contingency capacity for sudden increases in arrivals."),
    ("h", "Annex: detections of illegal border-crossings by route, 2021–2025"),
]
FX_TABLE = [["Route", "2021", "2022", "2023", "2024", "2025"],
            ["Central Mediterranean", "67 700", "105 100", "157 600", "66 800", "64 300"],
            ["Eastern Mediterranean", "20 600", "43 000", "60 100", "69 400", "51 200"],
            ["Western Balkans", "61 700", "145 600", "99 100", "21 500", "11 000"],
            ["Western African", "23 000", "15 500", "40 400", "46 800", "38 600"],
            ["Eastern land borders", "8 200", "6 100", "14 400", "17 000", "17 100"],
            ["Total", "199 900", "331 600", "380 200", "239 000", "199 400"]]


def fx_pdf() -> None:
    t = Table([[Paragraph(x, CELLH if i == 0 else CELL) for x in row] for i, row in enumerate(FX_TABLE)])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    doc = SimpleDocTemplate(str(HERE / "en-frontex-risk-analysis.pdf"), pagesize=A4, title="")
    doc.build(_flow(FX) + [t])


# ------------------------------------------------------------------ 12 EUAA country guidance (not a strategy)
EUAA = [
    ("h", "Country Guidance: Syria"),
    ("p", "Common analysis and guidance note. European Union Agency for Asylum, June 2026. This guidance assists "
          "Member States' case officers in the examination of applications for international protection by "
          "nationals of Syria."),
    ("h", "1. Actors of persecution or serious harm"),
    ("p", "The caretaker authorities, remnants of the former government's forces, the Islamic State and armed "
          "groups in the north-east are actors of persecution within the meaning of Article 6 of the "
          "Qualification Regulation."),
    ("h", "2. Refugee status: profiles"),
    ("p", "Persons perceived to have supported the former government, members of religious minorities and women "
          "and girls in certain areas may have a well-founded fear of persecution; the assessment is individual."),
    ("h", "3. Subsidiary protection"),
    ("p", "Indiscriminate violence reaches a high level in parts of the governorates of Idlib and Deir ez-Zor; "
          "elsewhere a higher level of individual elements is required."),
    ("h", "4. Internal protection alternative"),
    ("p", "The internal protection alternative may apply in Damascus city for single able-bodied men with a "
          "support network; it does not apply to unaccompanied children."),
    ("h", "5. Exclusion"),
    ("p", "Case officers should consider exclusion for persons involved in serious crimes during the conflict, "
          "including members of the former security services."),
]


# ------------------------------------------------------------------ 13 Italian budget law, Interior ministry chapter
IT = [
    ("h", "LEGGE 30 dicembre 2025, n. 207"),
    ("p", "Bilancio di previsione dello Stato per l'anno finanziario 2026 e bilancio pluriennale per il triennio "
          "2026-2028."),
    ("h", "Art. 9. (Stato di previsione del Ministero dell'interno)"),
    ("p", "1. Sono autorizzati l'impegno e il pagamento delle spese del Ministero dell'interno, per l'anno "
          "finanziario 2026, in conformità all'annesso stato di previsione (Tabella n. 8)."),
    ("p", "2. Per la missione «Immigrazione, accoglienza e garanzia dei diritti», programma «Flussi migratori, "
          "garanzia dei diritti e interventi per lo sviluppo della coesione sociale», è autorizzata la spesa di "
          "1 780 milioni di euro per l'anno 2026, destinata ai centri di accoglienza per richiedenti protezione "
          "internazionale e al Sistema di accoglienza e integrazione."),
    ("p", "3. Per le spese relative ai rimpatri e ai centri di permanenza per il rimpatrio è autorizzata la spesa di "
          "120 milioni di euro per ciascuno degli anni 2026, 2027 e 2028."),
    ("p", "4. Il Ministro dell'economia e delle finanze è autorizzato ad apportare, con propri decreti, le "
          "variazioni di bilancio connesse alla quota nazionale di cofinanziamento del Fondo Asilo, migrazione e "
          "integrazione 2021-2027."),
    ("p", "5. Il presente articolo entra in vigore il 1° gennaio 2026."),
    ("h", "Tabella n. 8 – Ministero dell'interno (milioni di euro)"),
    ("p", "Missione 27 Immigrazione, accoglienza e garanzia dei diritti\t2026: 1 903,4\t2027: 1 850,0\t2028: 1 820,5"),
    ("p", "Missione 7 Ordine pubblico e sicurezza\t2026: 9 411,2\t2027: 9 380,7\t2028: 9 402,3"),
]


# ------------------------------------------------------------------ 14 Finnish AMIF call for proposals (.docx)
FI = [
    ("t", "Hakuilmoitus: Turvapaikka-, maahanmuutto- ja kotouttamisrahasto (AMIF) 2021–2027, haku 1/2026"),
    ("p", "Sisäministeriö julistaa haettavaksi rahaston valtionavustuksia hankkeisiin, jotka toteutetaan "
          "1.9.2026–31.8.2029. Haettavana on yhteensä 14 miljoonaa euroa."),
    ("h", "Tuettavat toimet"),
    ("p", "Rahoitusta voidaan myöntää vastaanottokeskusten haavoittuvassa asemassa olevien hakijoiden "
          "tunnistamiseen, kotoutumista edistävään kielikoulutukseen sekä vapaaehtoisen paluun neuvontaan."),
    ("h", "Hakijat"),
    ("p", "Avustusta voivat hakea kunnat, hyvinvointialueet, yliopistot ja rekisteröidyt yhdistykset. Yritykset "
          "eivät voi hakea avustusta."),
    ("h", "Hakemuksen arviointi"),
    ("p", "Hakemukset arvioidaan seuraavin perustein: hankkeen tarve ja vaikuttavuus (40 pistettä), kustannusten "
          "kohtuullisuus (30 pistettä) ja hakijan kyky toteuttaa hanke (30 pistettä)."),
    ("h", "Määräaika"),
    ("p", "Hakemukset on jätettävä sähköisesti 15.5.2026 klo 16.15 mennessä. Lisätietoja antaa rahastoyksikkö."),
]


def fi_docx() -> None:
    import docx

    d = docx.Document()
    for kind, val in FI:
        if kind == "t":
            d.add_heading(val, level=0)
        elif kind == "h":
            d.add_heading(val, level=1)
        else:
            d.add_paragraph(val)
    _docx_fixed(d, HERE / "fi-amif-call-for-proposals.docx")


def main() -> None:
    de_qa_docx()
    de_qa_pdf()
    fr_slides()
    mt_numbered()
    mt_numbered_compact()
    _write("lt-2026.to-be-determined.txt", _txt(LT))
    _write("sl-2026.references-only.txt", _txt(SL))
    es_footnotes()
    pl_long()
    (HERE / "hu-2026.latin2.txt").write_bytes(_txt(HU).replace("–", "-").encode("iso-8859-2"))
    et_docx()
    fx_pdf()
    _write("en-euaa-country-guidance.txt", _txt(EUAA))
    _write("it-budget-law-interior.txt", _txt(IT))
    fi_docx()


if __name__ == "__main__":
    main()
