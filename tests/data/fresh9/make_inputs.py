"""Writes the inputs of tests/data/fresh9 (fresh-eyes tester, twelfth session).

Run: /work/main/.venv/bin/python tests/data/fresh9/make_inputs.py  (reportlab, matplotlib, python-docx, DejaVu fonts)

Written for this test before any run of the analyser on them, never tuned on (README here: what each file is, what
a correct analysis says, what the analyser gave). Byte-identical on every run (reportlab ``invariant``, matplotlib
without a creation date, fixed docx core properties, comment dates and zip times).
"""

from __future__ import annotations

import io
import os
import re
import sys
import zipfile
from pathlib import Path

os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_fixed import save_docx_fixed  # noqa: E402

rl_config.invariant = 1
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
W, H = A4


def _write(name: str, text: str) -> None:
    (HERE / name).write_text(text, encoding="utf-8", newline="\n")


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


# ------------------------------------------------------------------ 1 Dutch strategy, PDF text in Type3 fonts
NL = [
    ("h", "Nationale strategie voor asiel- en migratiebeheer 2026-2031"),
    ("p", "Ministerie van Asiel en Migratie, Den Haag, juni 2026"),
    ("h", "1. Context van het nationale asiel- en migratiebeheer"),
    ("p", "In 2025 dienden 31 800 personen een eerste asielaanvraag in, 17 procent minder dan in 2024; 6 400 "
          "vreemdelingen vertrokken aantoonbaar. De risicoanalyse van de Koninklijke Marechaussee en de "
          "operationele beoordeling van de IND verwachten tot 2028 een aanhoudende druk via de Oost-Middellandse "
          "Zeeroute en secundaire bewegingen vanuit België en Duitsland."),
    ("p", "Nederland heeft geen landbuitengrens; Schiphol en de zeehavens van Rotterdam en Amsterdam zijn de "
          "buitengrenzen. Die ligging bepaalt de prioriteiten: grenscontroles op Schiphol en samenwerking met de "
          "buurlanden tegen secundaire migratie."),
    ("h", "2.1.2. Interne dimensie"),
    ("p", "Terugkeer: jaarlijks moeten 9 000 vreemdelingen zonder verblijfsrecht vertrekken. Vrijwillige terugkeer "
          "met herintegratiesteun gaat voor; gedwongen terugkeer gebeurt met respect voor de waardigheid en de "
          "Terugkeerrichtlijn 2008/115/EG en wordt onafhankelijk gemonitord."),
    ("h", "2.3.3. Een robuust opvangsysteem"),
    ("p", "Het COA biedt 64 000 opvangplaatsen in 180 opvanglocaties; aanvragers krijgen huisvesting, maaltijden, "
          "gezondheidszorg en een wekelijkse toelage volgens Richtlijn (EU) 2024/1346."),
    ("h", "2.6. Voldoende capaciteit en vermogen"),
    ("p", "Voor 2026-2031 is 7,4 miljard euro begroot; de IND groeit met 900 voltijdbanen. Het AMIF-programma "
          "(412 miljoen euro) en het BMVI (190 miljoen euro) vullen de nationale middelen aan, zonder "
          "dubbele financiering."),
]


def nl_type3() -> None:
    """Two A4 pages drawn with matplotlib's PDF backend, whose fonts are Type 3 (``pdf.fonttype`` 3)."""
    import textwrap
    from matplotlib.backends.backend_pdf import PdfPages

    plt.rcParams["pdf.fonttype"] = 3
    plt.rcParams["font.family"] = "DejaVu Serif"
    path = HERE / "nl-2026.type3.pdf"
    with PdfPages(path, metadata={"CreationDate": None, "ModDate": None, "Creator": "fresh9",
                                   "Producer": "fresh9"}) as pdf:
        pages = [NL[:5], NL[5:]]
        for items in pages:
            fig = plt.figure(figsize=(8.27, 11.69))
            y = 0.93
            for kind, text in items:
                size = 12 if kind == "h" else 10
                lines = textwrap.wrap(text, 88 if kind == "p" else 70)
                for ln in lines:
                    fig.text(0.1, y, ln, fontsize=size, weight="bold" if kind == "h" else "normal")
                    y -= 0.018
                y -= 0.014
            pdf.savefig(fig)
            plt.close(fig)


# ------------------------------------------------------------------ 2 Swedish strategy, text layer in reverse order
SV = [
    ("h", "Nationell strategi för asyl- och migrationshantering 2026–2031"),
    ("h", "1. Sammanhang för den nationella asyl- och migrationshanteringen"),
    ("p", "År 2025 sökte 11 200 personer asyl i Sverige, 22 procent färre än 2024. Migrationsverkets och "
          "Polismyndighetens riskanalys förutser ett fortsatt tryck via Östersjöns färjelinjer och sekundära "
          "förflyttningar från Danmark och Finland."),
    ("h", "2.1.2. Inre dimension"),
    ("p", "Varje år ska 7 500 personer utan uppehållsrätt återvända. Frivilligt återvändande med "
          "återetableringsstöd har företräde; verkställighet sker med respekt för värdigheten och "
          "återvändandedirektivet 2008/115/EG."),
    ("h", "2.3.3. Ett robust mottagningssystem"),
    ("p", "Migrationsverket har 21 000 platser i 40 mottagningscentrum; sökande får boende, mat, hälso- och "
          "sjukvård och dagersättning enligt direktiv (EU) 2024/1346."),
    ("h", "2.4. Beredskap och beredskapsplanering"),
    ("p", "Vid en massiv tillströmning aktiveras inom 48 timmar 15 000 evakueringsplatser i kommunernas "
          "sporthallar, med snabbregistrering i Malmö och Göteborg och bevarade grundläggande rättigheter."),
    ("h", "2.6. Tillräcklig kapacitet och förmåga"),
    ("p", "För 2026–2031 avsätts 38 miljarder kronor; Migrationsverket anställer 600 handläggare. AMIF "
          "(1,1 miljarder kronor) och BMVI kompletterar de nationella medlen utan dubbelfinansiering."),
]


def sv_reversed() -> None:
    """One A4 page whose content stream draws the lines bottom to top and every line glyph by glyph from its
    right end to its left: read on the page the text is normal, in stream order it is reversed."""
    c = canvas.Canvas(str(HERE / "sv-2026.reversed-stream.pdf"), pagesize=A4)
    c.setTitle("Nationell strategi")
    placed: list[tuple[float, float, str, str, float]] = []
    y = H - 2.5 * 72 / 2.54
    for kind, text in SV:
        font, size = ("DVSB", 11.5) if kind == "h" else ("DVS", 10)
        for ln in _wrap(c, text, font, size, W - 5 * 72 / 2.54):
            placed.append((2.5 * 72 / 2.54, y, ln, font, size))
            y -= size * 1.35
        y -= 6
    for x0, y0, ln, font, size in reversed(placed):
        xs, x = [], x0
        for ch in ln:
            xs.append(x)
            x += c.stringWidth(ch, font, size)
        for ch, xc in reversed(list(zip(ln, xs))):
            c.setFont(font, size)
            c.drawString(xc, y0, ch)
    c.showPage()
    c.save()


# ------------------------------------------------------------------ 3 French strategy, tracked changes printed
# (kind, [(text, mark)]) mark: "" kept, "del" struck through (red), "ins" underlined (blue)
FR = [
    ("h", [("Stratégie nationale de gestion de l'asile et de la migration 2026-2031 (projet, modifications "
            "apparentes)", "")]),
    ("h", [("1. Contexte de la gestion nationale de l'asile et de la migration", "")]),
    ("p", [("En 2025, l'OFPRA a enregistré 131 000 demandes d'asile, 8 % de moins qu'en 2024. L'analyse des "
            "risques de la DGEF et de la police aux frontières prévoit ", ""),
           ("une forte baisse des arrivées", "del"),
           ("une pression durable par la Méditerranée centrale et des mouvements secondaires depuis l'Italie", "ins"),
           (" d'ici 2028.", "")]),
    ("h", [("2.1.1. Dimension extérieure", "del")]),
    ("p", [("La France réinstallera 3 000 réfugiés par an dans le cadre de l'Union et ouvrira un partenariat "
            "de talents avec le Maroc et la Tunisie pour 5 000 travailleurs qualifiés.", "del")]),
    ("h", [("2.1.2. Dimension intérieure", "")]),
    ("p", [("Chaque année, ", ""), ("40 000", "del"), ("25 000", "ins"),
           (" étrangers en situation irrégulière doivent quitter le territoire; le retour volontaire avec aide à la "
            "réinsertion est prioritaire et l'éloignement respecte la dignité et la directive 2008/115/CE.", "")]),
    ("h", [("2.3.3. Un système d'accueil robuste", "")]),
    ("p", [("Le dispositif national d'accueil compte ", ""), ("130 000", "del"), ("112 000", "ins"),
           (" places; les demandeurs reçoivent hébergement, nourriture, soins de santé et l'allocation pour "
            "demandeur d'asile conformément à la directive (UE) 2024/1346.", "")]),
    ("h", [("2.4. Préparation et planification d'urgence", "del")]),
    ("p", [("En cas d'afflux massif, 20 000 places d'urgence sont mobilisées en 72 heures dans les gymnases et "
            "les centres de vacances, avec un enregistrement accéléré à Calais et à Menton.", "del")]),
    ("h", [("2.6. Capacités suffisantes", "")]),
    ("p", [("Le budget 2026-2031 s'élève à 11 milliards d'euros; l'OFPRA recrute 300 officiers de protection. "
            "Le FAMI (1,2 milliard d'euros) et l'IGFV complètent les crédits nationaux sans double financement.",
            "")]),
]


def fr_tracked() -> None:
    """One A4 page printed from a word processor with "show changes": deleted words struck through in red,
    inserted words underlined in blue. Sections 2.1.1 and 2.4 are deleted whole."""
    c = canvas.Canvas(str(HERE / "fr-2026.tracked-strikethrough.pdf"), pagesize=A4)
    c.setTitle("Stratégie nationale (projet)")
    left, right = 2.5 * 72 / 2.54, W - 2.5 * 72 / 2.54
    y = H - 2.5 * 72 / 2.54
    for kind, runs in FR:
        font, size = ("DVSB", 11.5) if kind == "h" else ("DVS", 10)
        x = left
        for text, mark in runs:
            for i, word in enumerate(re.findall(r"\S+\s*", text)):
                w = c.stringWidth(word.rstrip(), font, size)
                if x + w > right:
                    x, y = left, y - size * 1.4
                col = {"del": colors.red, "ins": colors.blue}.get(mark, colors.black)
                c.setFillColor(col)
                c.setFont(font, size)
                c.drawString(x, y, word.rstrip())
                if mark:
                    c.setStrokeColor(col)
                    c.setLineWidth(0.6)
                    ly = y + size * 0.3 if mark == "del" else y - 1.5
                    c.line(x, ly, x + w, ly)
                x += c.stringWidth(word, font, size)
        y -= size * 1.4 + 8
    c.showPage()
    c.save()


# ------------------------------------------------------------------ 4 Irish strategy (English), Word review comments
EN_IE = [
    ("Heading 1", "National Asylum and Migration Management Strategy 2026-2031 (draft for Government)", []),
    ("Heading 1", "1. Context of national asylum and migration management", []),
    ("Normal", "In 2025 the International Protection Office received 18 600 applications, 22 per cent fewer than in "
               "2024. The risk analysis of the Garda National Immigration Bureau expects sustained arrivals through "
               "the Common Travel Area land border and Dublin Airport until 2028.",
     [("18 600", "DOJ (MK): check against the IPO year-end figure; the Minister's speech said 18 900.")]),
    ("Normal", "Ireland is an island at the western edge of the Union with one land border, with Northern Ireland, "
               "inside the Common Travel Area; that position, not sea arrivals, shapes the priorities of this "
               "strategy.", []),
    ("Heading 1", "2.1.2. Internal dimension", []),
    ("Normal", "Each year 3 000 people with no right to remain should leave the State. Voluntary return with "
               "reintegration support comes first; deportations respect dignity and the Return Directive and are "
               "monitored by an independent observer.",
     [("Return Directive", "DFA: Ireland has not opted in to Directive 2008/115/EC - rephrase as 'the standards of "
                           "the Return Directive'? Also: do we commit to forced returns by charter flight from "
                           "Dublin Airport with Frontex support, 400 a year?")]),
    ("Heading 1", "2.3.3. A robust reception system", []),
    ("Normal", "IPAS provides 32 000 places in 300 centres; applicants receive accommodation, meals, health care and "
               "a daily expenses allowance under Directive (EU) 2024/1346.", []),
    ("Heading 1", "2.4. Preparedness and contingency planning", []),
    ("Normal", "[Text to follow from the Department of Children.]",
     [("Text to follow", "DCEDIY (AO'B): proposed text - in a mass arrival, 5 000 emergency beds in Mosney, "
                         "Gormanston and the Citywest campus are activated within 72 hours, with emergency "
                         "registration at Dublin Airport and Rosslare Europort, protecting fundamental rights.")]),
    ("Heading 1", "2.6. Sufficient capacity and capability", []),
    ("Normal", "The strategy is costed at EUR 6.2 billion over 2026-2031; the IPO will add 250 caseworkers. AMIF "
               "(EUR 160 million) and BMVI complement national funds without double funding.",
     [("EUR 6.2 billion", "D/PER: not agreed. Delete the figure until the Estimates are settled.")]),
]


def en_comments() -> None:
    """A .docx draft with Word review comments (comments.xml) anchored on words of the body; one comment holds
    the only text of section 2.4 (a proposed answer), the body says "[Text to follow …]"."""
    from docx import Document

    doc = Document()
    for style, text, comments in EN_IE:
        if not comments:
            doc.add_paragraph(text, style=style)
            continue
        p = doc.add_paragraph(style=style)
        rest = text
        for anchor, note in comments:
            before, _, rest = rest.partition(anchor)
            if before:
                p.add_run(before)
            run = p.add_run(anchor)
            author, _, body = note.partition(": ")
            doc.add_comment(run, text=body, author=author.split(" (")[0], initials=author[:3])
        if rest:
            p.add_run(rest)
    buf = io.BytesIO()
    save_docx_fixed(doc, HERE / "tmp.docx", "fresh9")
    src = zipfile.ZipFile(HERE / "tmp.docx")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-01T00:00:00Z"', data)
            zi = zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    src.close()
    (HERE / "tmp.docx").unlink()
    (HERE / "en-2026.review-comments.docx").write_bytes(buf.getvalue())


# ------------------------------------------------------------------ 5 Catalan, 6 Luxembourgish (not EU official languages)
CA = """Estratègia nacional de gestió de l'asil i la migració 2026-2031

Ministeri de l'Interior - versió en català

1. Context de la gestió nacional de l'asil i la migració

L'any 2025 es van presentar 158 000 sol·licituds de protecció internacional, un 11 % menys que el 2024. L'anàlisi de riscos de la Policia Nacional i de Frontex preveu una pressió sostinguda per la ruta atlàntica cap a les illes Canàries i per la Mediterrània occidental fins al 2028.

Espanya té fronteres exteriors terrestres a Ceuta i Melilla i una llarga frontera marítima; aquesta situació geogràfica fa de la vigilància marítima i del salvament la primera prioritat d'aquesta estratègia.

2.1.2. Dimensió interior

Cada any han de sortir del territori 14 000 nacionals de tercers països en situació irregular. El retorn voluntari amb ajuda a la reintegració té prioritat; les expulsions respecten la dignitat i la Directiva 2008/115/CE i les supervisa el Defensor del Poble.

2.3.3. Un sistema d'acollida sòlid

El sistema nacional d'acollida ofereix 42 000 places en 400 centres; els sol·licitants reben allotjament, manutenció, assistència sanitària i una assignació mensual d'acord amb la Directiva (UE) 2024/1346.

2.6. Capacitat suficient

El pressupost 2026-2031 és de 9.300 milions d'euros; l'Oficina d'Asil i Refugi incorpora 450 tramitadors. El FAMI (690 milions d'euros) i l'IGFV completen els recursos nacionals sense doble finançament.
"""

LB = """Nationall Strategie fir d'Gestioun vun Asyl a Migratioun 2026-2031

Ministère des Affaires intérieures - Lëtzebuerger Versioun

1. Kontext vun der nationaler Gestioun vun Asyl a Migratioun

Am Joer 2025 hunn 2 600 Persounen zu Lëtzebuerg en Ufro op internationale Schutz gestallt, 9 Prozent manner wéi 2024. D'Risikoanalyse vun der Police grand-ducale an dem Office national de l'accueil rechent bis 2028 mat engem konstanten Drock duerch Sekundärbewegungen aus der Belsch, Frankräich an Däitschland.

Lëtzebuerg ass e Bannestaat ouni EU-Baussegrenz; eenzeg Baussegrenz ass de Flughafen Findel. Dës Lag mécht d'Zesummenaarbecht mat den Nopeschlänner zur éischter Prioritéit vun dëser Strategie.

2.1.2. Intern Dimensioun

All Joer sollen 900 Drëttstaatsangehöreger ouni Openthaltsrecht d'Land verloossen. Fräiwëlleg Réckkéier mat Hëllef fir d'Reintegratioun huet Virrang; Ausweisunge respektéieren d'Dignitéit an d'Réckféierungsrichtlinn 2008/115/EG.

2.3.3. E robust Opnamsystem

D'ONA bitt 6 500 Plazen a 60 Strukturen; d'Ufroer kréien Ënnerdaach, Iessen, Gesondheetsversuergung an e monatlecht Täschegeld no der Direktiv (EU) 2024/1346.

2.6. Genuch Kapazitéit

De Budget 2026-2031 läit bei 780 Milliounen Euro; d'Direktioun vun der Immigratioun stellt 60 Leit an. Den AMIF (28 Milliounen Euro) an de BMVI ergänzen déi national Mëttelen ouni duebel Finanzéierung.
"""


# ------------------------------------------------------------------ 7 Portuguese, headings only in the table of contents
PT_TOC = [
    ("1. Contexto da gestão nacional do asilo e da migração", "3"),
    ("2.1.2. Dimensão interna", "4"),
    ("2.3.3. Um sistema de acolhimento robusto", "5"),
    ("2.6. Capacidade e meios suficientes", "6"),
]
PT_BODY = [
    ("Situação nacional.", " Em 2025 foram apresentados 4 900 pedidos de proteção internacional, mais 12 % do que "
     "em 2024. A análise de risco da AIMA e da PSP prevê até 2028 uma pressão sustentada pelos aeroportos de Lisboa "
     "e Faro e pela rota marítima do Atlântico."),
    ("Posição geográfica.", " Portugal tem fronteiras externas marítimas e aéreas, com os Açores e a Madeira no "
     "Atlântico; essa posição orienta as prioridades para o controlo dos aeroportos e a vigilância costeira."),
    ("Regresso.", " Todos os anos 2 500 nacionais de países terceiros em situação irregular devem abandonar o "
     "território. O regresso voluntário com apoio à reintegração tem prioridade; o afastamento coercivo respeita a "
     "dignidade e a Diretiva 2008/115/CE."),
    ("Acolhimento.", " A rede nacional oferece 3 200 lugares em 25 centros; os requerentes recebem alojamento, "
     "alimentação, cuidados de saúde e um subsídio mensal nos termos da Diretiva (UE) 2024/1346."),
    ("Recursos.", " O orçamento 2026-2031 é de 610 milhões de euros; a AIMA contrata 300 técnicos. O FAMI "
     "(95 milhões de euros) e o IGFV complementam os recursos nacionais sem duplo financiamento."),
]


def pt_toc_runin() -> None:
    """A .docx whose only numbered headings are the lines of its "Índice" (table of contents, with a tab and a
    page number); the body has no heading, each answer opens with a bold run-in head ("Regresso.")."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("Estratégia Nacional de Gestão do Asilo e da Migração 2026-2031", style="Title")
    doc.add_paragraph("Índice")
    for title, page in PT_TOC:
        doc.add_paragraph(f"{title}\t{page}")
    doc.add_page_break()
    for head, body in PT_BODY:
        p = doc.add_paragraph()
        p.add_run(head).bold = True
        p.add_run(body)
    save_docx_fixed(doc, HERE / "pt-2026.toc-run-in.docx", "fresh9")


# ------------------------------------------------------------------ 8 Italian, one line per Annex section
IT = """Strategia nazionale di gestione dell'asilo e della migrazione 2026-2031 (sintesi di una pagina)
1. Contesto: nel 2025 130 000 domande d'asilo (-15 %); l'analisi dei rischi del Viminale prevede pressione dalla rotta del Mediterraneo centrale; l'Italia, con 8 000 km di coste, è il primo paese di sbarco.
2. Obiettivi strategici: ridurre gli arrivi irregolari del 30 % entro il 2031 tenendo conto dei risultati del monitoraggio dell'EUAA e di Frontex.
2.1. Gestione efficace: approccio globale con i paesi di origine e di transito.
2.1.1. Dimensione esterna: partenariati con Tunisia e Libia sui rimpatri, 10 000 ingressi legali all'anno con i corridoi umanitari e il reinsediamento.
2.1.2. Dimensione interna: 20 000 rimpatri all'anno, volontari con reintegrazione o forzati nel rispetto della dignità e della direttiva 2008/115/CE.
2.1.3. Sostegno ad altri Stati membri: contributi di solidarietà tramite il pool annuale di solidarietà.
2.2. Frontiere esterne: gestione europea integrata delle frontiere con la Guardia costiera.
2.2.1. Gestione delle frontiere esterne: controlli e accertamenti nei 12 punti di sbarco.
2.2.2. Accesso alla protezione alle frontiere: procedura di frontiera a Lampedusa e Pozzallo in 12 settimane.
2.3. Sistema di asilo e integrazione equo: accesso rapido alla procedura.
2.3.1. Procedure di asilo: 40 commissioni territoriali decidono entro sei mesi.
2.3.2. Garanzie procedurali: assistenza legale gratuita e tutori per i minori non accompagnati.
2.3.3. Accoglienza: 95 000 posti nei CAS e nel SAI con alloggio, vitto, assistenza sanitaria e pocket money.
2.3.4. Integrazione: corsi di italiano, inserimento lavorativo, assistenza sanitaria, alloggio e assistenza sociale per i titolari di protezione.
2.4. Preparazione e piani di emergenza: 15 000 posti di emergenza attivabili in 72 ore in caso di arrivi massicci via mare.
2.5. Approccio integrato: cabina di regia a Palazzo Chigi con ministeri, regioni e comuni.
2.6. Capacità sufficienti: 9 miliardi di euro nel quinquennio, 1 200 assunzioni; AMIF (700 milioni) e BMVI integrano le risorse nazionali.
"""


# ------------------------------------------------------------------ 9 Cypriot strategy in English, written in Markdown
MD = """# National Asylum and Migration Management Strategy 2026-2031

*Republic of Cyprus - Ministry of Interior - [www.moi.gov.cy](https://www.moi.gov.cy/strategy)*

## 1. Context of national asylum and migration management

In 2025 the **Asylum Service** registered **7 900** applications, 40 % fewer than in 2024. The risk analysis of the
Cyprus Police and the *Deputy Ministry of Migration* expects sustained pressure across the **Green Line** and by sea
from Lebanon and Syria until 2028.

| Year | Applications | Returns |
|------|-------------:|--------:|
| 2023 | 11 600 | 6 900 |
| 2024 | 13 200 | 8 100 |
| 2025 | 7 900 | 10 300 |

Cyprus is an island on the Union's south-eastern edge; the Green Line, which is not an external border, is the main
crossing, so its surveillance comes first in this strategy.

## 2. Strategic objectives

### 2.1.2 Internal dimension

- **Return:** 10 000 returns a year, voluntary with reintegration support first; removals respect dignity and the
  Return Directive 2008/115/EC.
- **Absconding:** reporting duties for applicants in the border procedure.

### 2.3.3 A robust reception system

- **Pournara** and **Kofinou**: 2 400 places; applicants receive housing, food, health care and a monthly
  allowance under Directive (EU) 2024/1346.

### 2.6 Sufficient capacity

> Budget 2026-2031: EUR 540 million; 150 new caseworkers. AMIF (EUR 90 million) and BMVI complement national funds
> without double funding.

---
See also: [Integration action plan](integration.md) · [Annex](#annex)
"""


# ------------------------------------------------------------------ 10 Croatian strategy saved from a web page (HTML named .pdf), 11 Slovak .html
HR_HTML = """<!DOCTYPE html>
<html lang="hr"><head><meta charset="utf-8"><title>Nacionalna strategija upravljanja azilom i migracijama 2026.-2031. - MUP</title>
<style>body{font-family:sans-serif} nav{display:none}</style><script>window.dataLayer=[];</script></head>
<body><nav><a href="/">Naslovnica</a> | <a href="/vijesti">Vijesti</a> | <a href="/kontakt">Kontakt</a></nav>
<h1>Nacionalna strategija upravljanja azilom i migracijama 2026.-2031.</h1>
<h2>1. Kontekst nacionalnog upravljanja azilom i migracijama</h2>
<p>U 2025. podneseno je 2 100 zahtjeva za međunarodnu zaštitu, 30 % manje nego 2024. Analiza rizika Ravnateljstva policije predviđa stalan pritisak na vanjsku kopnenu granicu s Bosnom i Hercegovinom i Srbijom do 2028.</p>
<h2>2.1.2. Unutarnja dimenzija</h2>
<p>Svake godine 6 000 nezakonito boravećih državljana trećih zemalja mora napustiti Hrvatsku; dobrovoljni povratak s potporom za reintegraciju ima prednost, a prisilni povratak poštuje dostojanstvo i Direktivu 2008/115/EZ.</p>
<h2>2.3.3. Čvrst sustav prihvata</h2>
<p>Prihvatilišta u Zagrebu i Kutini imaju 1 100 mjesta; tražitelji dobivaju smještaj, hranu, zdravstvenu zaštitu i novčanu pomoć prema Direktivi (EU) 2024/1346.</p>
<h2>2.6. Dostatni kapaciteti</h2>
<p>Proračun 2026.-2031. iznosi 420 milijuna eura; AMIF (110 milijuna eura) i BMVI dopunjuju nacionalna sredstva bez dvostrukog financiranja.</p>
<footer>&copy; 2026 Ministarstvo unutarnjih poslova | <a href="/kolacici">Kolačići</a></footer>
</body></html>
"""

SK_HTML = """<!DOCTYPE html>
<html lang="sk"><head><meta charset="utf-8"><title>Národná stratégia riadenia azylu a migrácie 2026 - 2031</title></head>
<body><h1>Národná stratégia riadenia azylu a migrácie 2026 - 2031</h1>
<h2>1. Kontext vnútroštátneho riadenia azylu a migrácie</h2>
<p>V roku 2025 požiadalo o azyl 180 osôb; analýza rizík Úradu hraničnej a cudzineckej polície predpokladá tlak na vonkajšiu hranicu s Ukrajinou do roku 2028.</p>
<h2>2.3.3. Robustný systém prijímania</h2>
<p>Migračný úrad prevádzkuje 700 miest v troch zariadeniach; žiadatelia dostávajú ubytovanie, stravu, zdravotnú starostlivosť a vreckové podľa smernice (EÚ) 2024/1346.</p>
</body></html>
"""


# ------------------------------------------------------------------ 12 Latvian strategy as OpenDocument text (.odt)
LV_ODT_PARAS = [
    ("h", "Nacionālā patvēruma un migrācijas pārvaldības stratēģija 2026.-2031. gadam"),
    ("h", "1. Valsts patvēruma un migrācijas pārvaldības konteksts"),
    ("p", "2025. gadā patvērumu lūdza 1 400 personas; Valsts robežsardzes riska analīze paredz pastāvīgu spiedienu "
          "uz ārējo sauszemes robežu ar Baltkrieviju līdz 2028. gadam."),
    ("h", "2.3.3. Stabila uzņemšanas sistēma"),
    ("p", "Mucenieku centrā ir 500 vietu; patvēruma meklētāji saņem izmitināšanu, uzturu, veselības aprūpi un "
          "pabalstu saskaņā ar Direktīvu (ES) 2024/1346."),
]


def lv_odt() -> None:
    """A minimal OpenDocument text file (mimetype stored first, content.xml, manifest), as LibreOffice saves."""
    body = "".join(
        f'<text:h text:outline-level="1">{t}</text:h>' if k == "h" else f"<text:p>{t}</text:p>"
        for k, t in LV_ODT_PARAS)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in [("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                                 ("content.xml", content, zipfile.ZIP_DEFLATED),
                                 ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)]:
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = comp
            z.writestr(zi, data)
    (HERE / "lv-2026.odt").write_bytes(buf.getvalue())


# ------------------------------------------------------------------ 13-15 non-strategies
EUAA = """European Union Agency for Asylum - Asylum Report 2026

Chapter 4. Access to the asylum procedure

4.1 Overview

In 2025, EU+ countries received about 910 000 applications for international protection, 14 % fewer than in 2024. Germany, Spain, Italy and France together received 61 % of all applications. The recognition rate at first instance fell to 38 %.

4.2 Developments in Member States

Several Member States adjusted their reception systems in view of the Pact on Migration and Asylum. Belgium opened 2 000 additional reception places and Ireland continued to face a shortage of accommodation for international protection applicants. The Netherlands prepared a new distribution law for reception places across municipalities.

Member States also prepared their national strategies under Article 7 of Regulation (EU) 2024/1351. By the end of the year, 19 Member States had shared drafts with the Commission; most drafts follow the template of Implementing Decision (EU) 2025/503.

Returns remained a priority: Sweden and Denmark increased assisted voluntary return grants, and Austria expanded return counselling in reception centres. Frontex supported 54 000 returns, a record.

4.3 Preparedness

Contingency planning was strengthened in Poland, Finland and the Baltic states after instrumentalisation at the external border with Belarus and Russia. Greece and Cyprus kept emergency reception capacity for mass arrivals by sea.

4.4 EU funding

AMIF and BMVI mid-term reviews reallocated EUR 1.3 billion to reception and border procedure infrastructure.

Sources: EUAA Early warning and Preparedness System (EPS) data; information provided by Member States; UNHCR; civil society contributions. Data as of 31 March 2026.
"""

NL_IND = """Immigratie- en Naturalisatiedienst

Jaarverslag 2025

Voorwoord van de directeur-generaal

2025 was voor de IND een jaar van herstel. We hebben de achterstanden in de asielbehandeling met een derde verminderd en onze medewerkers hebben ruim 180 000 beslissingen genomen. Ik dank alle collega's voor hun inzet.

1. De IND in cijfers

In 2025 ontving de IND 31 800 eerste asielaanvragen, 9 400 nareisaanvragen en 64 000 aanvragen voor arbeids- en kennismigratie. De gemiddelde beslistermijn in de algemene asielprocedure daalde van 62 naar 41 weken. Het inwilligingspercentage bedroeg 68 %.

2. Organisatie en medewerkers

De IND telde eind 2025 7 850 fte, 640 meer dan een jaar eerder. Het ziekteverzuim daalde naar 6,1 %. Er zijn 420 nieuwe hoor- en beslismedewerkers opgeleid.

3. Financiën

De totale lasten bedroegen 790 miljoen euro; de leges leverden 310 miljoen euro op. Uit het AMIF ontving de IND 14 miljoen euro voor de digitalisering van het dossier.

4. Klanttevredenheid en bezwaar

Klanten gaven de IND gemiddeld een 7,1. Er werden 12 300 bezwaarschriften ingediend, waarvan 18 % gegrond.

5. Vooruitblik 2026

In 2026 bereidt de IND zich voor op de toepassing van het Migratiepact per 12 juni 2026: nieuwe grensprocedure, screening en Eurodac. Het COA en de Dienst Terugkeer en Vertrek zijn onze ketenpartners.
"""

DE_KOA = """Koalitionsvertrag 2025-2029 zwischen den Parteien A, B und C

Kapitel 7: Migration und Integration

Wir ordnen, steuern und begrenzen Migration. Humanität und Ordnung gehören für uns zusammen.

Asyl

Wir setzen das Gemeinsame Europäische Asylsystem zügig um und richten an den Flughäfen Grenzverfahren ein. Die Asylverfahren sollen in sechs Monaten abgeschlossen sein. Wir stärken das Bundesamt für Migration und Flüchtlinge personell.

Rückführungen

Wir starten eine Rückführungsoffensive. Wer kein Bleiberecht hat, muss Deutschland verlassen. Wir schaffen zusätzliche Abschiebungshaftplätze und schließen Migrationsabkommen mit Herkunftsstaaten.

Aufnahme

Die Kommunen werden bei der Unterbringung von Geflüchteten dauerhaft unterstützt; der Bund beteiligt sich mit 3 Milliarden Euro jährlich.

Integration und Fachkräfte

Integrationskurse werden ausgebaut, Arbeitsverbote abgeschafft. Wir schaffen eine digitale Agentur für Fachkräfteeinwanderung.

Die Koalitionspartner verständigen sich, die nationale Strategie nach Artikel 7 der Verordnung (EU) 2024/1351 bis Ende 2026 vorzulegen.
"""


def main() -> None:
    nl_type3()
    sv_reversed()
    fr_tracked()
    en_comments()
    _write("ca-2026.catalan.txt", CA)
    _write("lb-2026.letzebuergesch.txt", LB)
    pt_toc_runin()
    _write("it-2026.one-line-per-section.txt", IT)
    _write("cy-2026.markdown.txt", MD)
    _write("hr-2026.web-page.pdf", HR_HTML)
    _write("sk-2026.web-page.html", SK_HTML)
    lv_odt()
    _write("en-euaa-asylum-report-chapter.txt", EUAA)
    _write("nl-ind-annual-report.txt", NL_IND)
    _write("de-coalition-agreement-migration.txt", DE_KOA)


if __name__ == "__main__":
    main()
