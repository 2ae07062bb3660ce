"""Write the qagrid13 held-out inputs: question | answer tables whose question column paraphrases the Annex.

Run ``python tests/data/qagrid/make_heldout13.py`` (byte-identical files on every run). Written, with their gold
(README "Held-out 13"), before any run of the analyser on them and before the code change of qagrid13 (#14):
question cells that neither ask ("?") nor reproduce the Annex's wording must still be template text.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_inputs import docx_qa, pdf_qa  # noqa: E402

# (section, question cell paraphrasing the Annex (a section title when the answer is None), answer; "" left empty)
DE_QA = [
    ("1", "Ausgangslage", None),
    ("1", "Wie stellt sich die derzeitige Lage bei Asyl und Migration dar, gestützt auf Risikoanalysen und "
          "Lagebewertungen?",
     "Im Jahr 2025 stellten 229 000 Personen beim Bundesamt für Migration und Flüchtlinge einen Erstantrag, 30 % "
     "weniger als 2024. Die Risikoanalyse der Bundespolizei erwartet bis 2028 anhaltende Sekundärbewegungen über "
     "Österreich und Polen."),
    ("1", "Besonderheiten der nationalen Lage, namentlich die geografische Lage des Landes",
     "Deutschland hat keine EU-Außenlandgrenze, ist aber von neun Nachbarstaaten umgeben; Außengrenzen sind die "
     "Flughäfen Frankfurt und München sowie die Seehäfen an Nord- und Ostsee."),
    ("2.1.2", "Innere Dimension", None),
    ("2.1.2", "Rückkehr ausreisepflichtiger Drittstaatsangehöriger wirksam und menschenwürdig gestalten",
     "Jährlich sollen 30 000 ausreisepflichtige Personen das Bundesgebiet verlassen. Die geförderte freiwillige "
     "Ausreise mit Reintegrationshilfe hat Vorrang; Abschiebungen werden von unabhängigen Beobachtern begleitet."),
    ("2.1.2", "Bekämpfung von Ausbeutung und illegaler Beschäftigung von Personen ohne Aufenthaltsrecht", ""),
    ("2.3.3", "Aufnahmesystem", None),
    ("2.3.3", "Welchen Zugang haben Antragsteller zu angemessenen Aufnahmebedingungen nach der Richtlinie (EU) "
              "2024/1346?",
     "Die Länder halten in ihren Erstaufnahmeeinrichtungen 110 000 Plätze vor; Antragsteller erhalten Unterkunft, "
     "Verpflegung, medizinische Versorgung und einen monatlichen Geldbetrag."),
    ("2.6", "Kapazitäten", None),
    ("2.6", "Einsatz der EU-Finanzmittel zur Ergänzung der nationalen Haushaltsmittel",
     "Aus dem Asyl-, Migrations- und Integrationsfonds fließen 2026–2030 rund 760 Mio. Euro, die 21 Mrd. Euro aus "
     "Bundes- und Landeshaushalten ergänzen, ohne Doppelförderung."),
]
DE_TITLE = "Nationale Strategie für Asyl- und Migrationsmanagement der Bundesrepublik Deutschland 2026–2030"

PL_QA = [
    ("1", "Opis aktualnej sytuacji w zakresie azylu i migracji w kraju na podstawie analiz ryzyka",
     "W 2025 r. Urząd do Spraw Cudzoziemców zarejestrował 14 800 wniosków o ochronę międzynarodową. Analiza ryzyka "
     "Straży Granicznej przewiduje do 2028 r. stałą presję instrumentalizowanej migracji na granicy z Białorusią."),
    ("1", "Jakie jest szczególne położenie geograficzne Polski?",
     "Polska ma 1 185 kilometrów zewnętrznej granicy lądowej UE z Białorusią, Ukrainą i Rosją i jest państwem "
     "pierwszego wjazdu na szlaku wschodnim."),
    ("2.1.2", "Powroty osób przebywających nielegalnie – skuteczne i z poszanowaniem godności",
     "Każdego roku kraj opuści 7 500 cudzoziemców przebywających nielegalnie; pierwszeństwo mają powroty dobrowolne "
     "z pomocą reintegracyjną, a powroty przymusowe monitoruje Rzecznik Praw Obywatelskich."),
    ("2.3.3", "Warunki przyjmowania wnioskodawców zgodne z dyrektywą (UE) 2024/1346",
     "Dziesięć ośrodków dla cudzoziemców zapewnia 2 800 miejsc; wnioskodawcy otrzymują zakwaterowanie, wyżywienie, "
     "opiekę medyczną i świadczenie pieniężne."),
    ("2.4", "Gotowość na masowy napływ obywateli państw trzecich i reagowanie na niego", ""),
    ("2.6", "W jaki sposób środki unijne uzupełniają zasoby krajowe?",
     "Fundusz Azylu, Migracji i Integracji zapewnia 520 mln zł na lata 2026–2030, uzupełniając 2,1 mld zł z "
     "budżetu państwa bez podwójnego finansowania."),
]
PL_TITLE = "Strategia zarządzania azylem i migracją Rzeczypospolitej Polskiej 2026–2030"

SV_QA = [
    ("1", "Nationellt sammanhang", None),
    ("1", "Sammanfattning av den nuvarande situationen för asyl och migration i Sverige, grundad på riskanalyser",
     "År 2025 registrerade Migrationsverket 9 600 asylsökande, 15 % färre än 2024. Polisens riskanalys förutser "
     "fortsatta sekundära förflyttningar via Danmark fram till 2028."),
    ("1", "Sveriges särskilda läge, framför allt det geografiska",
     "Sverige har ingen yttre landgräns mot tredjeland; de yttre gränserna är hamnarna i Göteborg och Trelleborg "
     "samt flygplatsen Arlanda."),
    ("2.1.2", "Inre dimension", None),
    ("2.1.2", "Hur säkerställs ett effektivt och värdigt återvändande för tredjelandsmedborgare utan "
              "uppehållsrätt?",
     "Varje år ska 12 000 personer utan uppehållstillstånd lämna landet. Självmant återvändande med "
     "återetableringsstöd har företräde; tvångsvisa avlägsnanden följs av en oberoende granskare."),
    ("2.3.3", "Mottagande", None),
    ("2.3.3", "Tillgång till lämpliga mottagningsvillkor för sökande enligt direktiv (EU) 2024/1346",
     "Migrationsverkets boenden erbjuder 14 000 platser; sökande får boende, mat, hälso- och sjukvård och "
     "dagersättning."),
    ("2.6", "Kapacitet", None),
    ("2.6", "Utnyttjande av EU:s finansiering som komplement till nationella medel", "–"),
]
SV_TITLE = "Sveriges nationella strategi för asyl- och migrationshantering 2026–2030"


def main() -> None:
    out = HERE / "heldout13"
    pdf_qa(DE_QA, DE_TITLE, ["Frage der Vorlage", "Antwort Deutschlands"], out / "de-2026.qa-grid.pdf",
           section_column=False)
    docx_qa(PL_QA, PL_TITLE, ["Nr", "Zagadnienie", "Odpowiedź"], out / "pl-2026.qa-paraphrase.docx",
            section_column=True)
    docx_qa(SV_QA, SV_TITLE, ["Fråga", "Svar"], out / "sv-2026.qa-table.docx", section_column=False)


if __name__ == "__main__":
    main()
