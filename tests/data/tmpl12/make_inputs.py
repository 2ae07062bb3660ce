"""Writes the inputs of tests/data/tmpl12 (twelfth session, helper ``tmpl12``): fresh9's defects #4 and #5 in other languages.

Run: /work/main/.venv/bin/python tests/data/tmpl12/make_inputs.py (python-docx). Byte-identical on every run.

Written before the fixes were made; ``HELD_OUT`` files were never run before the fix was final (README here).

* ``short-*.gold.json`` (fresh9 #4): short strategies (4 numbered sections) whose first answer under each heading
  is figure-rich and echoes the Annex's words ("Rückkehr: jedes Jahr 12 000 Rückführungen, freiwillig …"). Gold: every
  body block is an ``answer`` of its section; no template text. Read by ``scripts/dev_segment.py --gold``.
* ``*-toc-runin.docx`` (fresh9 #5): numbered headings only in the table of contents (title, tab, page number), the
  body's paragraphs open with a bold run-in head. ``sv-toc-headed.docx``: the same contents list before a body with
  its own numbered headings (the headings, not the contents, open the sections).
``cy-2026.markdown.txt``, ``nl-2026.type3.pdf``, ``pt-2026.toc-run-in.docx``: copied from fresh9's branch (its #4, #5).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_fixed import save_docx_fixed  # noqa: E402

#: never run before the fixes were final (measured once, after)
HELD_OUT = ("short-el", "short-cs", "short-nl", "pl-toc-runin.docx")

SHORT = {
    "de": ("Nationale Strategie für Asyl- und Migrationsmanagement 2026–2031", [
        ("1. Kontext des nationalen Asyl- und Migrationsmanagements", [
            "Im Jahr 2025 stellten 229 000 Personen einen Erstantrag auf Asyl, 30 Prozent weniger als 2024; die Risikoanalyse der Bundespolizei und des BAMF erwartet bis 2028 anhaltenden Druck über die Balkanroute.",
            "Deutschland hat keine EU-Landaußengrenze; die Flughäfen Frankfurt und München sind die wichtigsten Außengrenzen.",
        ]),
        ("2.1.2. Interne Dimension", [
            "Rückkehr: jedes Jahr 16 000 Rückführungen und 12 000 freiwillige Ausreisen; freiwillige Rückkehr mit Reintegrationshilfe hat Vorrang, Abschiebungen achten die Würde und die Rückführungsrichtlinie.",
            "Untertauchen: Meldepflichten für Antragsteller im Grenzverfahren.",
        ]),
        ("2.3.3. Ein robustes Aufnahmesystem", [
            "Aufnahme: 190 000 Plätze in 1 400 Einrichtungen der Länder; Unterkunft, Verpflegung, Gesundheitsversorgung und ein monatlicher Geldbetrag nach der Richtlinie (EU) 2024/1346.",
        ]),
        ("2.6. Ausreichende Kapazitäten und Fähigkeiten", [
            "Haushalt 2026–2031: 21 000 Millionen Euro; 1 500 neue Entscheiderinnen und Entscheider. AMIF (1 100 Millionen Euro) und BMVI ergänzen die nationalen Mittel ohne Doppelfinanzierung.",
        ]),
    ]),
    "pl": ("Krajowa strategia zarządzania azylem i migracją na lata 2026–2031", [
        ("1. Kontekst krajowego zarządzania azylem i migracją", [
            "W 2025 r. 13 400 osób złożyło wniosek o ochronę międzynarodową, o 20 % więcej niż w 2024 r.; analiza ryzyka Straży Granicznej przewiduje do 2028 r. stałą presję na granicy z Białorusią.",
            "Polska ma najdłuższy odcinek lądowej granicy zewnętrznej UE; ochrona tej granicy jest pierwszym priorytetem strategii.",
        ]),
        ("2.1.2. Wymiar wewnętrzny", [
            "Powroty: co roku 9 500 powrotów, przede wszystkim dobrowolnych z pomocą reintegracyjną; powroty przymusowe z poszanowaniem godności i dyrektywy powrotowej.",
        ]),
        ("2.3.3. Solidny system przyjmowania", [
            "Przyjmowanie: 2 100 miejsc w 10 ośrodkach Urzędu do Spraw Cudzoziemców; zakwaterowanie, wyżywienie, opieka zdrowotna i comiesięczne świadczenie zgodnie z dyrektywą (UE) 2024/1346.",
        ]),
        ("2.6. Wystarczające zdolności i możliwości", [
            "Budżet 2026–2031: 4 200 mln zł; 350 nowych etatów. AMIF (510 mln zł) i BMVI uzupełniają środki krajowe bez podwójnego finansowania.",
        ]),
    ]),
    "sv": ("Nationell strategi för asyl- och migrationshantering 2026–2031", [
        ("1. Sammanhang för den nationella asyl- och migrationshanteringen", [
            "År 2025 sökte 9 600 personer asyl i Sverige, 18 procent färre än 2024; Migrationsverkets riskanalys förutser till 2028 ett fortsatt tryck via sekundära förflyttningar.",
        ]),
        ("2.1.2. Inre dimension", [
            "Återvändande: varje år 7 000 återvändanden, i första hand frivilliga med återetableringsstöd; verkställighet med respekt för värdigheten och återvändandedirektivet.",
            "Avvikande: anmälningsplikt för sökande i gränsförfarandet.",
        ]),
        ("2.3.3. Ett robust mottagningssystem", [
            "Mottagande: 16 000 platser i 30 mottagningscentrum; boende, mat, hälso- och sjukvård och dagersättning enligt direktiv (EU) 2024/1346.",
        ]),
        ("2.6. Tillräcklig kapacitet och förmåga", [
            "Budget 2026–2031: 31 000 miljoner kronor; 500 nya handläggare. AMIF (900 miljoner kronor) och BMVI kompletterar de nationella medlen utan dubbelfinansiering.",
        ]),
    ]),
    "el": ("Εθνική στρατηγική διαχείρισης ασύλου και μετανάστευσης 2026–2031", [
        ("1. Πλαίσιο της εθνικής διαχείρισης ασύλου και μετανάστευσης", [
            "Το 2025 υποβλήθηκαν 57 000 αιτήσεις διεθνούς προστασίας, 12 % περισσότερες από το 2024· η ανάλυση κινδύνου της Ελληνικής Αστυνομίας προβλέπει έως το 2028 συνεχή πίεση στα νησιά του Αιγαίου.",
        ]),
        ("2.1.2. Εσωτερική διάσταση", [
            "Επιστροφές: κάθε χρόνο 12 000 επιστροφές, κατά προτεραιότητα εθελοντικές με στήριξη επανένταξης· οι απομακρύνσεις σέβονται την αξιοπρέπεια και την οδηγία για την επιστροφή.",
        ]),
        ("2.3.3. Ένα ισχυρό σύστημα υποδοχής", [
            "Υποδοχή: 30 000 θέσεις σε 35 δομές· στέγαση, σίτιση, υγειονομική περίθαλψη και μηνιαίο επίδομα σύμφωνα με την οδηγία (ΕΕ) 2024/1346.",
        ]),
        ("2.6. Επαρκής ικανότητα και δυνατότητες", [
            "Προϋπολογισμός 2026–2031: 2 400 εκατ. ευρώ· 600 νέοι χειριστές. Το ΤΑΜΕ (1 000 εκατ. ευρώ) και το ΜΔΣΘ συμπληρώνουν τους εθνικούς πόρους χωρίς διπλή χρηματοδότηση.",
        ]),
    ]),
    "cs": ("Národní strategie řízení azylu a migrace na léta 2026–2031", [
        ("1. Kontext vnitrostátního řízení azylu a migrace", [
            "V roce 2025 podalo žádost o mezinárodní ochranu 1 600 osob, o 10 % méně než v roce 2024; analýza rizik Policie ČR očekává do roku 2028 sekundární pohyby ze Slovenska a Rakouska.",
        ]),
        ("2.1.2. Vnitřní rozměr", [
            "Návraty: každý rok 1 200 návratů, především dobrovolných s podporou reintegrace; nucené návraty s respektem k důstojnosti a směrnici o navracení.",
            "Skrývání: povinnost hlásit se pro žadatele v hraničním řízení.",
        ]),
        ("2.3.3. Robustní systém přijímání", [
            "Přijímání: 1 100 míst v 6 střediscích Správy uprchlických zařízení; ubytování, strava, zdravotní péče a měsíční příspěvek podle směrnice (EU) 2024/1346.",
        ]),
        ("2.6. Dostatečná kapacita a schopnosti", [
            "Rozpočet 2026–2031: 3 900 mil. Kč; 120 nových rozhodovatelů. AMIF (700 mil. Kč) a BMVI doplňují národní zdroje bez dvojího financování.",
        ]),
    ]),
    "en": ("National Asylum and Migration Management Strategy of Malta 2026-2031", [
        ("1. Context of national asylum and migration management", [
            "Current national asylum and migration situation: 2 900 applications in 2025, 35 per cent fewer than in 2024, according to the risk analyses and operational assessments of the International Protection Agency.",
            "Geography: Malta is the Union's smallest member state and lies 300 km from the Libyan coast; its search and rescue region of 250 000 km2 shapes every priority of this strategy.",
            "Vision: 1 000 fewer irregular arrivals a year by 2031 through cooperation with Libya and Tunisia.",
        ]),
        ("2.1.2. Internal dimension", [
            "- Return: effective and dignified return of 1 400 illegally staying third-country nationals a year, voluntary with reintegration support first, under Directive 2008/115/EC.",
            "Detention: at most 300 places, used only as a last resort.",
            "Absconding is prevented by reporting duties.",
        ]),
        ("2.3.3. A robust reception system", [
            "- Reception: 1 800 places give applicants access to adequate reception conditions (housing, food, health care, a daily allowance) in line with Directive (EU) 2024/1346.",
            "Vulnerable applicants are identified at arrival by a multidisciplinary team.",
        ]),
        ("2.6. Sufficient capacity and capability", [
            "Resources: EUR 160 million of human, material and financial resources and infrastructure over the five-year period, with 120 new staff.",
            "AMIF (EUR 42 million) and BMVI complement national funds without double funding.",
            "The Ministry reports to Parliament every year on how the money is spent.",
        ]),
    ]),
    "nl": ("Nationale strategie voor asiel- en migratiebeheer van België 2026-2031", [
        ("1. Context van het nationale asiel- en migratiebeheer", [
            "Situatie: in 2025 werden 35 000 verzoeken om internationale bescherming ingediend, 6 procent minder dan in 2024; de risicoanalyse van de Federale Politie verwacht tot 2028 aanhoudende secundaire bewegingen.",
            "Ligging: België heeft geen landbuitengrens; de luchthavens van Zaventem en Charleroi en de haven van Zeebrugge zijn de buitengrenzen.",
            "Visie: 4 000 opvangplaatsen minder nodig in 2031 dankzij snellere procedures.",
        ]),
        ("2.1.2. Interne dimensie", [
            "- Terugkeer: een doeltreffende en waardige terugkeer van 8 000 illegaal verblijvende onderdanen van derde landen per jaar, bij voorkeur vrijwillig met herintegratiesteun, overeenkomstig Richtlijn 2008/115/EG.",
            "Bewaring: 1 100 plaatsen in gesloten centra, enkel als laatste middel.",
            "Onderduiken wordt voorkomen met een meldplicht.",
        ]),
        ("2.3.3. Een robuust opvangsysteem", [
            "- Opvang: het opvangsysteem biedt verzoekers met 33 000 plaatsen toegang tot passende opvangvoorzieningen overeenkomstig Richtlijn (EU) 2024/1346.",
            "Kwetsbare verzoekers worden bij aankomst geïdentificeerd.",
        ]),
        ("2.6. Voldoende capaciteit en vermogen", [
            "Middelen: de beschikbaarheid van de nodige personele, materiële en financiële middelen over een periode van vijf jaar: 3 100 miljoen euro en 450 nieuwe medewerkers.",
            "AMIF (280 miljoen euro) en BMVI vullen de nationale middelen aan zonder dubbele financiering.",
            "De minister brengt jaarlijks verslag uit aan de Kamer.",
        ]),
    ]),
}


def short_golds() -> None:
    for lang, (title, sections) in SHORT.items():
        blocks = [{"role": "front_matter", "section": None, "text": title}]
        for heading, answers in sections:
            sid = heading.split(" ")[0].rstrip(".")
            blocks.append({"role": "section_heading", "section": sid, "text": heading})
            blocks += [{"role": "answer_list_item" if a.startswith("- ") else "answer", "section": sid, "text": a}
                       for a in answers]
        gold = {"doc_id": f"short-{lang}", "country": "XZ", "language": lang, "template": "eu-2025-503", "title": title,
                "kind": "short-figures", "footnotes": [], "coverage": {},
                "blocks": [{"id": f"b{k + 1:04d}", "key_element": None, **b} for k, b in enumerate(blocks)]}
        (HERE / f"short-{lang}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


#: (file, language, document title, contents title, [(numbered title, page)], [(run-in head, text)], body headings?)
TOC_DOCS = [
    ("de-toc-runin.docx", "Nationale Strategie für Asyl- und Migrationsmanagement 2026–2031", "Inhaltsverzeichnis",
     [("1. Kontext des nationalen Asyl- und Migrationsmanagements", "3"), ("2.1.2. Interne Dimension", "4"),
      ("2.3.3. Ein robustes Aufnahmesystem", "5"), ("2.6. Ausreichende Kapazitäten und Fähigkeiten", "6")],
     [("Lage.", " Im Jahr 2025 stellten 229 000 Personen einen Erstantrag auf Asyl; die Risikoanalyse der "
       "Bundespolizei erwartet bis 2028 anhaltenden Druck über die Balkanroute."),
      ("Rückkehr.", " Jedes Jahr sollen 28 000 Ausreisepflichtige das Land verlassen; freiwillige Rückkehr mit "
       "Reintegrationshilfe hat Vorrang, Abschiebungen achten die Würde und die Richtlinie 2008/115/EG."),
      ("Aufnahme.", " Die Länder bieten 190 000 Plätze; Antragsteller erhalten Unterkunft, Verpflegung, "
       "Gesundheitsversorgung und einen monatlichen Geldbetrag nach der Richtlinie (EU) 2024/1346."),
      ("Mittel.", " Der Haushalt 2026–2031 beträgt 21 Milliarden Euro; das BAMF stellt 1 500 Personen ein. AMIF "
       "(1,1 Milliarden Euro) und BMVI ergänzen die nationalen Mittel ohne Doppelfinanzierung.")], False),
    ("pl-toc-runin.docx", "Krajowa strategia zarządzania azylem i migracją na lata 2026–2031", "Spis treści",
     [("1. Kontekst krajowego zarządzania azylem i migracją", "2"), ("2.1.2. Wymiar wewnętrzny", "3"),
      ("2.3.3. Solidny system przyjmowania", "4"), ("2.6. Wystarczające zdolności i możliwości", "5")],
     [("Sytuacja.", " W 2025 r. 13 400 osób złożyło wniosek o ochronę międzynarodową; analiza ryzyka Straży "
       "Granicznej przewiduje do 2028 r. stałą presję na granicy z Białorusią."),
      ("Powroty.", " Co roku 9 500 cudzoziemców bez prawa pobytu powinno opuścić terytorium; powroty dobrowolne z "
       "pomocą reintegracyjną mają pierwszeństwo, a przymusowe szanują godność i dyrektywę 2008/115/WE."),
      ("Przyjmowanie.", " Urząd do Spraw Cudzoziemców zapewnia 2 100 miejsc; wnioskodawcy otrzymują zakwaterowanie, "
       "wyżywienie, opiekę zdrowotną i świadczenie zgodnie z dyrektywą (UE) 2024/1346."),
      ("Zasoby.", " Budżet 2026–2031 wynosi 4,2 mld zł; Straż Graniczna zatrudni 350 osób. AMIF (510 mln zł) i "
       "BMVI uzupełniają środki krajowe bez podwójnego finansowania.")], False),
    ("sv-toc-headed.docx", "Nationell strategi för asyl- och migrationshantering 2026–2031", "Innehåll",
     [("1. Sammanhang för den nationella asyl- och migrationshanteringen", "2"), ("2.1.2. Inre dimension", "3"),
      ("2.3.3. Ett robust mottagningssystem", "4"), ("2.6. Tillräcklig kapacitet och förmåga", "5")],
     [("", "År 2025 sökte 9 600 personer asyl i Sverige; Migrationsverkets riskanalys förutser till 2028 ett "
       "fortsatt tryck via sekundära förflyttningar."),
      ("", "Varje år ska 7 000 personer utan uppehållsrätt återvända; frivilligt återvändande med återetableringsstöd "
       "har företräde och verkställighet sker med respekt för värdigheten och direktiv 2008/115/EG."),
      ("", "Migrationsverket har 16 000 platser; sökande får boende, mat, hälso- och sjukvård och dagersättning "
       "enligt direktiv (EU) 2024/1346."),
      ("", "För 2026–2031 avsätts 31 miljarder kronor; 500 nya handläggare. AMIF (900 miljoner kronor) och BMVI "
       "kompletterar de nationella medlen utan dubbelfinansiering.")], True),
]


def toc_docs() -> None:
    from docx import Document

    for name, title, toc_title, entries, body, headed in TOC_DOCS:
        doc = Document()
        doc.add_paragraph(title, style="Title")
        doc.add_paragraph(toc_title)
        for entry, page in entries:
            doc.add_paragraph(f"{entry}\t{page}")
        doc.add_page_break()
        for (entry, _), (head, text) in zip(entries, body):
            if headed:
                doc.add_paragraph(entry, style="Heading 1")
            p = doc.add_paragraph()
            if head:
                p.add_run(head).bold = True
            p.add_run(text)
        save_docx_fixed(doc, HERE / name, "tmpl12")


if __name__ == "__main__":
    short_golds()
    toc_docs()
