"""Write the qagrid inputs: strategies filled in as a question | answer table, and answers in endnotes.

Run ``python tests/data/qagrid/make_inputs.py`` (byte-identical files on every run). Written before any run of the
analyser on them (README: gold, which are held-out).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_fixed import save_docx_fixed  # noqa: E402
from pdf_fixed import dejavu, dejavu_styles  # noqa: E402

dejavu()
BODY, HEAD, CELL, CELLH = dejavu_styles()


def _docx_fixed(doc, path: Path) -> None:  # noqa: ANN001
    """Save ``doc`` byte-identically (:func:`docx_fixed.save_docx_fixed`, author "qagrid")."""
    save_docx_fixed(doc, path, "qagrid")


# (section, template question or section title (answer None), answer; "" left empty)
PL_QA = [
    ("1", "Kontekst krajowego zarządzania azylem i migracją", None),
    ("1", "Szczegółowe podsumowanie obecnej sytuacji krajowej w dziedzinie azylu i migracji, oparte na analizach "
          "ryzyka i ocenach sytuacji operacyjnej.",
     "W 2025 r. Urząd do Spraw Cudzoziemców przyjął 15 200 wniosków o ochronę międzynarodową, o 11 % więcej niż w "
     "2024 r. Analiza ryzyka Straży Granicznej przewiduje utrzymującą się presję na granicy z Białorusią do 2028 r."),
    ("1", "Szczególna sytuacja krajowa, w szczególności położenie geograficzne państwa członkowskiego.",
     "Polska strzeże 1 185 kilometrów zewnętrznej granicy lądowej Unii z Białorusią, Ukrainą i Rosją; to położenie "
     "czyni ją państwem pierwszego wjazdu na szlaku wschodnim."),
    ("2.1.2", "Wymiar wewnętrzny", None),
    ("2.1.2", "Skuteczne zarządzanie powrotami nielegalnie przebywających obywateli państw trzecich, w tym ich "
              "skuteczny i godny powrót.",
     "Co roku zostanie zawróconych 8 000 nielegalnie przebywających obywateli państw trzecich. Pierwszeństwo ma "
     "powrót dobrowolny z pomocą reintegracyjną; powroty przymusowe odbywają się z poszanowaniem godności."),
    ("2.1.2", "Zwalczanie wyzysku i ograniczanie nielegalnego zatrudnienia nielegalnie przebywających obywateli "
              "państw trzecich.", ""),
    ("2.3.3", "Solidny system przyjmowania", None),
    ("2.3.3", "Dostęp wnioskodawców do odpowiednich warunków przyjmowania zgodnie z dyrektywą (UE) 2024/1346.",
     "Ośrodki dla cudzoziemców w Białej Podlaskiej, Dębaku i Grotnikach zapewnią 3 000 miejsc; wnioskodawcy "
     "otrzymują zakwaterowanie, wyżywienie, opiekę medyczną i kieszonkowe."),
    ("2.6", "Wystarczające zdolności do wdrożenia strategii krajowej", None),
    ("2.6", "Efektywne wykorzystanie wsparcia finansowego Unii uzupełniającego zasoby krajowe.",
     "Z Funduszu Azylu, Migracji i Integracji pochodzi 520 mln zł na lata 2026–2030, które uzupełniają 2,4 mld zł "
     "z budżetu państwa bez podwójnego finansowania."),
]
PL_TITLE = "Krajowa strategia zarządzania azylem i migracją na lata 2026–2030"

CS_QA = [
    ("1", "Kontext vnitrostátního řízení azylu a migrace", None),
    ("1", "Podrobné shrnutí současné vnitrostátní situace v oblasti azylu a migrace na základě analýz rizik a "
          "posouzení operativní situace.",
     "V roce 2025 podalo 1 900 osob žádost o mezinárodní ochranu, o 12 % více než v roce 2024. Analýza rizik "
     "Ředitelství cizinecké policie očekává do roku 2028 trvalý tlak sekundárních pohybů přes Slovensko."),
    ("1", "Konkrétní vnitrostátní situace, zejména zeměpisná poloha členského státu.",
     "Česká republika je vnitrozemský stát bez vnější pozemní hranice Unie; vnější hranicí je pouze letiště "
     "Václava Havla v Praze, proto se priority soustředí na tranzitní trasy a spolupráci se sousedy."),
    ("2.1.2", "Vnitřní rozměr", None),
    ("2.1.2", "Účinné řízení návratů neoprávněně pobývajících státních příslušníků třetích zemí, včetně jejich "
              "účinného a důstojného návratu.",
     "Ročně má zemi opustit 2 500 neoprávněně pobývajících cizinců. Přednost má dobrovolný návrat s podporou "
     "reintegrace; nucené návraty probíhají důstojně a pod dohledem veřejného ochránce práv."),
    ("2.3.3", "Spolehlivý systém přijímání", None),
    ("2.3.3", "Přístup žadatelů k přiměřeným podmínkám přijetí v souladu se směrnicí (EU) 2024/1346.",
     "Přijímací středisko Zastávka a pobytová střediska Kostelec nad Orlicí a Havířov nabízejí 1 200 míst; žadatelé "
     "dostávají ubytování, stravu, zdravotní péči a kapesné."),
    ("2.4", "Připravenost a pohotovostní plánování", None),
    ("2.4", "Připravenost na hromadný příchod státních příslušníků třetích zemí a reakce na něj.", "—"),
    ("2.6", "Dostatečná kapacita pro provádění vnitrostátní strategie", None),
    ("2.6", "Účinné využívání finanční podpory Unie doplňující vnitrostátní zdroje.",
     "Z Azylového, migračního a integračního fondu plyne na období 2026–2030 95 milionů EUR, které doplňují "
     "vnitrostátní prostředky ve výši 4,1 miliardy Kč bez dvojího financování."),
]
CS_TITLE = "Národní strategie řízení azylu a migrace České republiky 2026–2030"

IT_QA = [
    ("1", "Contesto della gestione nazionale dell'asilo e della migrazione", None),
    ("1", "Sintesi dettagliata dell'attuale situazione nazionale in materia di asilo e migrazione, basata sulle "
          "analisi dei rischi e sulle valutazioni operative.",
     "Nel 2025 le Commissioni territoriali hanno ricevuto 151 000 domande di protezione internazionale, il 13 % in "
     "meno rispetto al 2024. L'analisi dei rischi del Viminale prevede una pressione costante sulla rotta del "
     "Mediterraneo centrale fino al 2028."),
    ("1", "Situazione nazionale specifica, in particolare la posizione geografica dello Stato membro.",
     "L'Italia ha 7 500 chilometri di coste e Lampedusa dista 113 chilometri dalla Tunisia: come Stato di primo "
     "ingresso via mare concentra le sue priorità su sbarchi, soccorso e identificazione."),
    ("2.1.2", "Dimensione interna", None),
    ("2.1.2", "Gestione efficace del rimpatrio dei cittadini di paesi terzi il cui soggiorno è irregolare, "
              "compreso un rimpatrio efficace e dignitoso.",
     "Ogni anno saranno rimpatriati 6 000 cittadini di paesi terzi in posizione irregolare. È prioritario il "
     "rimpatrio volontario assistito con sostegno alla reintegrazione; i rimpatri forzati si svolgono nel rispetto "
     "della dignità sotto il controllo del Garante nazionale."),
    ("2.3.3", "Un sistema di accoglienza solido", None),
    ("2.3.3", "Accesso dei richiedenti a condizioni di accoglienza adeguate in conformità della direttiva (UE) "
              "2024/1346.",
     "Il Sistema di accoglienza e integrazione offrirà 40 000 posti; i richiedenti ricevono alloggio, vitto, "
     "assistenza sanitaria e un contributo giornaliero."),
    ("2.6", "Capacità sufficiente per attuare la strategia nazionale", None),
    ("2.6", "Disponibilità delle risorse umane, materiali e finanziarie e delle infrastrutture necessarie nel "
            "quinquennio.", ""),
    ("2.6", "Uso efficiente del sostegno finanziario dell'Unione a complemento delle risorse nazionali.",
     "Dal Fondo Asilo, migrazione e integrazione provengono 610 milioni di euro per il periodo 2026-2030, che "
     "integrano 3,2 miliardi di euro di risorse nazionali senza doppio finanziamento."),
]
IT_TITLE = "Strategia nazionale di gestione dell'asilo e della migrazione 2026-2030"

FR_QA = [
    ("1", "Contexte", None),
    ("1", "Résumé détaillé de la situation nationale actuelle en matière d'asile et de migration, fondé sur les "
          "analyses de risques et les évaluations opérationnelles.",
     "En 2025, l'Office des étrangers a enregistré 39 600 demandes de protection internationale, 9 % de plus qu'en "
     "2024. L'analyse de risques de la police fédérale prévoit une pression durable des mouvements secondaires "
     "jusqu'en 2028."),
    ("1", "Situation nationale spécifique, en particulier la situation géographique de l'État membre.",
     "La Belgique n'a pas de frontière terrestre extérieure de l'Union ; ses frontières extérieures sont les ports "
     "d'Anvers et de Zeebruges et l'aéroport de Bruxelles, ce qui oriente ses priorités vers le transit vers le "
     "Royaume-Uni."),
    ("2.1.2", "Dimension intérieure", None),
    ("2.1.2", "Gestion efficace du retour des ressortissants de pays tiers en séjour irrégulier, y compris un "
              "retour effectif et digne.",
     "Chaque année, 7 000 ressortissants de pays tiers en séjour irrégulier quitteront le territoire. Le retour "
     "volontaire avec aide à la réintégration est prioritaire ; les éloignements forcés se font dans la dignité, "
     "sous le contrôle d'un organe indépendant."),
    ("2.1.2", "Lutte contre l'exploitation et réduction de l'emploi illégal des ressortissants de pays tiers en "
              "séjour irrégulier.", ""),
    ("2.3.3", "Un système d'accueil solide", None),
    ("2.3.3", "Accès des demandeurs à des conditions d'accueil adéquates conformément à la directive (UE) "
              "2024/1346.",
     "Fedasil et ses partenaires offriront 35 000 places ; les demandeurs reçoivent un hébergement, la nourriture, "
     "des soins médicaux et une allocation hebdomadaire."),
    ("2.6", "Capacités suffisantes", None),
    ("2.6", "Utilisation efficace du soutien financier de l'Union en complément des ressources nationales.",
     "Le Fonds « Asile, migration et intégration » apporte 180 millions d'euros pour 2026-2030, en complément de "
     "1,9 milliard d'euros de crédits nationaux, sans double financement."),
]
FR_TITLE = "Stratégie nationale de gestion de l'asile et de la migration du Royaume de Belgique 2026-2030"


def docx_qa(rows: list, title: str, header: list[str], path: Path, *, section_column: bool) -> None:
    """A Word Q&A table: with ``section_column`` three columns (number | question | answer, no heading rows), else two
    columns under bold heading rows ("2.1.2. Title" in the first cell, the second empty)."""
    import docx

    d = docx.Document()
    d.add_heading(title, level=0)
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        c.text = h
    for sec, q, a in rows:
        if a is None:
            if section_column:
                continue
            r = t.add_row().cells
            r[0].text = f"{sec}. {q}"
            r[0].paragraphs[0].runs[0].bold = True
            continue
        r = t.add_row().cells
        cells = [sec, q, a] if section_column else [q, a]
        for c, v in zip(r, cells):
            c.text = v
    _docx_fixed(d, path)


def pdf_qa(rows: list, title: str, header: list[str], path: Path, *, section_column: bool) -> None:
    """A ruled PDF grid: with ``section_column`` number | question | answer, else question | answer under heading
    rows spanning both columns."""
    data = [[Paragraph(h, CELLH) for h in header]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    for sec, q, a in rows:
        if a is None:
            if section_column:
                continue
            data.append([Paragraph(f"{sec}. {q}", CELLH), ""])
            style.append(("SPAN", (0, len(data) - 1), (1, len(data) - 1)))
            continue
        data.append([Paragraph(v, CELL) for v in ([sec, q, a] if section_column else [q, a])])
    widths = [1.8 * cm, 6.2 * cm, 8.5 * cm] if section_column else [7 * cm, 9.5 * cm]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="", leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build([Paragraph(title, HEAD), Spacer(1, 6), t])


# Dutch: the body is the template's wording, the answers are endnotes under "Noten" at the end.
NL_BODY = [
    ("h", "Nationale strategie voor asiel- en migratiebeheer 2026-2030"),
    ("h", "1. Context van het nationale asiel- en migratiebeheer"),
    ("p", "Gedetailleerde samenvatting van de huidige nationale situatie op het gebied van asiel en migratie, op "
          "basis van risicoanalyses en operationele beoordelingen.<super>i</super>"),
    ("h", "2.1.2. Interne dimensie"),
    ("p", "Doeltreffend beheer van de terugkeer van illegaal verblijvende onderdanen van derde landen, met inbegrip "
          "van een doeltreffende en waardige terugkeer.<super>ii</super>"),
    ("h", "2.3.3. Een robuust opvangsysteem"),
    ("p", "Toegang van verzoekers tot adequate opvangvoorzieningen overeenkomstig Richtlijn (EU) 2024/1346."
          "<super>iii</super>"),
    ("h", "2.6. Voldoende capaciteit om de nationale strategie uit te voeren"),
    ("p", "Efficiënt gebruik van de financiële steun van de Unie ter aanvulling van de nationale middelen."
          "<super>iv</super>"),
    ("h", "Noten"),
]
NL_NOTES = [
    "<super>i</super> In 2025 registreerde de Immigratie- en Naturalisatiedienst 44 000 asielaanvragen, 12 % minder "
    "dan in 2024. De risicoanalyse van de Koninklijke Marechaussee verwacht tot 2028 aanhoudende secundaire "
    "bewegingen via België en Duitsland.",
    "<super>ii</super> Jaarlijks keren 11 000 illegaal verblijvende vreemdelingen terug. Zelfstandige terugkeer met "
    "herintegratiesteun heeft voorrang; gedwongen terugkeer gebeurt waardig en onder onafhankelijk toezicht.",
    "<super>iii</super> Het Centraal Orgaan opvang asielzoekers biedt 65 000 opvangplaatsen; verzoekers krijgen "
    "onderdak, voeding, medische zorg en een wekelijkse toelage.",
    "<super>iv</super> Uit het Fonds voor asiel, migratie en integratie komt 240 miljoen euro voor 2026-2030, als "
    "aanvulling op 2,8 miljard euro nationale middelen, zonder dubbele financiering.",
]


def nl_endnotes() -> None:
    """The Dutch strategy: the template's wording with endnote markers i-iv, the answers as endnotes in 8 pt."""
    note = ParagraphStyle("nln", fontName="DVS", fontSize=8, leading=10, alignment=TA_JUSTIFY, spaceAfter=3)
    flow = [Paragraph(t, HEAD if k == "h" else BODY) for k, t in NL_BODY] + [Paragraph(n, note) for n in NL_NOTES]
    doc = SimpleDocTemplate(str(HERE / "nl-2026.answers-in-endnotes.pdf"), pagesize=A4, title="",
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.5 * cm, bottomMargin=2.5 * cm)
    doc.build(flow)


def main() -> None:
    docx_qa(PL_QA, PL_TITLE, ["Sekcja", "Pytanie wzoru", "Odpowiedź Polski"], HERE / "pl-2026.qa-table.docx",
            section_column=True)
    pdf_qa(IT_QA, IT_TITLE, ["Domanda del modello", "Risposta dell'Italia"], HERE / "it-2026.qa-grid.pdf",
           section_column=False)
    nl_endnotes()
    # held-out
    docx_qa(CS_QA, CS_TITLE, ["Otázka vzoru", "Odpověď České republiky"], HERE / "heldout" / "cs-2026.qa-table.docx",
            section_column=False)
    pdf_qa(FR_QA, FR_TITLE, ["Section", "Question du modèle", "Réponse de la Belgique"],
           HERE / "heldout" / "fr-2026.qa-grid.pdf", section_column=True)


if __name__ == "__main__":
    main()
