"""Writes the inputs and gold of tests/data/heads13 (headings of unusual shape, thirteenth session, issue 14).

Run: /work/main/.venv/bin/python tests/data/heads13/make_inputs.py

Written with their gold before any change to the analyser, in languages none of the failing inputs use (fresh9 it,
fresh8 mt/en, segfix11 sk/da): three shapes, half tuning (seen while fixing), half held-out (measured once after the
fixes; ``split`` in each gold):

* ``runin`` — a one-page strategy, one line per Annex section: the Annex number and (short) title run into the
  answer on the same line ("2.3.3 Aufnahme – 62 000 Plätze …"), as fresh9 #2. Gold: each line an ``answer`` of
  its section. de, fr tuning; pl, sv held-out.
* ``paras`` — a strategy numbered paragraph by paragraph ("1." … "N." across the whole document) under the Annex
  headings "1.", "2.1.2.", "2.3.3.", "2.6." (the paragraph numbers collide with the Annex's "1." and "2."), with many
  paragraphs of implementation detail, as fresh8 #5. es tuning; cs held-out.
* ``ownannex`` — own chapters "1." – "4." whose first is an Annex title ("1. Dimension externe" = 2.1.1), the
  others own titles with own sub-numbers that are Annex numbers ("2.1 Plaatsen" under "2. Opvang"), as segfix11
  sk-mislabelled / da-ownintro. nl tuning; ro held-out.

Gold: one block per line/paragraph (``role``, ``section``, ``text``); the .txt separates blocks by blank lines.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _write(doc_id: str, lang: str, split: str, shape: str, items: list[tuple[str, str | None, str]], folder: Path = HERE) -> None:
    """Write ``items`` ((role, section, text) per block) as ``folder/<doc_id>.txt`` (blocks apart by a blank line) and
    its gold ``<doc_id>.gold.json`` (also used by tests/data/heads14/make_inputs.py)."""
    (folder / f"{doc_id}.txt").write_text("\n\n".join(t for _, _, t in items) + "\n", encoding="utf-8", newline="\n")
    g = {"doc_id": doc_id, "split": split, "shape": shape, "country": "XZ", "language": lang,
         "template": "eu-2025-503", "title": items[0][2], "kind": shape, "footnotes": [], "coverage": {},
         "blocks": [{"id": f"b{i:04d}", "role": r, "section": s, "key_element": None, "text": t}
                    for i, (r, s, t) in enumerate(items, 1)]}
    (folder / f"{doc_id}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------------------ run-in, one line each
RUNIN = {
    ("de", "tuning", " – ", False): ("Nationale Asyl- und Migrationsstrategie 2026–2031 (Kurzfassung auf einer Seite)", [
        ("1", "Kontext", "2025 wurden 251 000 Asylanträge gestellt (−24 %); die Risikoanalyse des BAMF erwartet anhaltenden Druck über die Balkanroute und die zentrale Mittelmeerroute."),
        ("2", "Strategische Ziele", "die irreguläre Sekundärmigration bis 2031 halbieren und die Verfahren auf drei Monate verkürzen."),
        ("2.1", "Umfassender Ansatz", "Migrationsabkommen mit Herkunfts- und Transitstaaten verbinden Rückübernahme und legale Wege."),
        ("2.1.1", "Externe Dimension", "Abkommen mit Georgien, Moldau und Kenia; 6 500 Resettlement-Plätze pro Jahr."),
        ("2.1.2", "Interne Dimension", "30 000 Rückführungen pro Jahr, Vorrang für freiwillige Rückkehr mit Reintegrationshilfe, Abschiebungen nach der Richtlinie 2008/115/EG."),
        ("2.1.3", "Unterstützung anderer Mitgliedstaaten", "Solidaritätsbeiträge über den jährlichen Solidaritätspool und Experten für die EUAA."),
        ("2.2", "Außengrenzen", "integriertes Grenzmanagement gemeinsam mit Frontex an den Flughäfen."),
        ("2.2.1", "Grenzmanagement", "Kontrollen an den Flughäfen Frankfurt, München und Berlin mit Eurodac-Abgleich binnen 72 Stunden."),
        ("2.2.2", "Zugang zum Schutz an der Grenze", "das Grenzverfahren am Flughafen dauert höchstens zwölf Wochen, mit unabhängiger Rechtsberatung."),
        ("2.3", "Faires Asyl- und Integrationssystem", "schnelle und faire Entscheidungen."),
        ("2.3.1", "Asylverfahren", "das BAMF entscheidet in sechs Monaten, 1 200 zusätzliche Entscheiderstellen."),
        ("2.3.2", "Verfahrensgarantien", "kostenlose Rechtsberatung und Vormundschaft für unbegleitete Minderjährige ab dem ersten Tag."),
        ("2.3.3", "Aufnahme", "62 000 Plätze in Aufnahmeeinrichtungen der Länder mit Unterkunft, Verpflegung und Gesundheitsversorgung."),
        ("2.3.4", "Integration", "Integrationskurse, Arbeitsmarktzugang nach drei Monaten und Anerkennung von Berufsabschlüssen."),
        ("2.4", "Notfallplanung", "20 000 Notfallplätze binnen 48 Stunden bei einem Massenzustrom."),
        ("2.5", "Integrierter Ansatz", "ein Koordinierungsstab im Bundesinnenministerium mit Ländern und Kommunen."),
        ("2.6", "Ausreichende Kapazitäten", "7,4 Milliarden Euro bis 2031 und 2 000 neue Stellen; AMIF (820 Mio. Euro) und BMVI ergänzen den Bundeshaushalt."),
    ]),
    ("fr", "tuning", " : ", True): ("Stratégie nationale de gestion de l'asile et de la migration 2026-2031 – synthèse", [
        ("1", "Contexte", "en 2025, 131 000 demandes d'asile (+3 %) ; l'analyse des risques de la DGEF prévoit une pression durable sur la Manche et les Alpes."),
        ("2.1.1", "Dimension extérieure", "accords de réadmission avec le Maroc et le Sénégal, 3 000 places de réinstallation par an."),
        ("2.1.2", "Dimension intérieure", "25 000 retours par an, priorité à l'aide au retour volontaire avec réinsertion, éloignements conformes à la directive 2008/115/CE."),
        ("2.2.1", "Gestion des frontières extérieures", "contrôles renforcés aux aéroports de Roissy et d'Orly et filtrage sous 7 jours."),
        ("2.2.2", "Accès à la protection aux frontières", "procédure à la frontière en zone d'attente, avec l'accès d'un avocat et de l'ANAFÉ."),
        ("2.3.1", "Procédures d'asile", "l'OFPRA statue en quatre mois ; 200 officiers de protection supplémentaires."),
        ("2.3.2", "Garanties procédurales", "interprétariat gratuit, entretien individuel enregistré, administrateur ad hoc pour les mineurs."),
        ("2.3.3", "Accueil", "120 000 places d'hébergement dans le dispositif national d'accueil, allocation pour demandeur d'asile et suivi médical."),
        ("2.3.4", "Intégration", "contrat d'intégration républicaine, 600 heures de français, accès à l'emploi dès six mois."),
        ("2.4", "Préparation et plans d'urgence", "10 000 places d'urgence mobilisables en 72 heures en cas d'afflux massif."),
        ("2.5", "Approche intégrée", "un comité interministériel présidé par le Premier ministre associe préfectures et collectivités."),
        ("2.6", "Capacités suffisantes", "6,1 milliards d'euros sur cinq ans, 900 recrutements ; le FAMI (650 millions) et l'IGFV complètent le budget de l'État."),
    ]),
    ("pl", "heldout", ". ", True): ("Krajowa strategia zarządzania azylem i migracją na lata 2026–2031 (streszczenie)", [
        ("1", "Kontekst", "w 2025 r. złożono 16 000 wniosków o ochronę międzynarodową; analiza ryzyka Straży Granicznej przewiduje presję na granicy z Białorusią."),
        ("2", "Cele strategiczne", "ograniczenie nielegalnych przekroczeń granicy o połowę do 2031 r."),
        ("2.1.1", "Wymiar zewnętrzny", "umowy o readmisji z Gruzją i Wietnamem, 500 miejsc przesiedleń rocznie."),
        ("2.1.2", "Wymiar wewnętrzny", "8 000 powrotów rocznie, pierwszeństwo dobrowolnych powrotów z pomocą reintegracyjną, powroty przymusowe zgodnie z dyrektywą 2008/115/WE."),
        ("2.1.3", "Wsparcie dla innych państw członkowskich", "wkłady solidarnościowe w ramach rocznej puli solidarności."),
        ("2.2.1", "Zarządzanie granicami zewnętrznymi", "zapora i system nadzoru elektronicznego na 400 km granicy, kontrole przesiewowe w 7 dni."),
        ("2.2.2", "Dostęp do ochrony na granicy", "procedura graniczna w strzeżonych ośrodkach w Białej Podlaskiej i Przemyślu trwa najwyżej 12 tygodni."),
        ("2.3.1", "Procedury azylowe", "Urząd do Spraw Cudzoziemców wydaje decyzje w ciągu sześciu miesięcy."),
        ("2.3.3", "Przyjmowanie", "4 500 miejsc w ośrodkach dla cudzoziemców z zakwaterowaniem, wyżywieniem i opieką medyczną."),
        ("2.3.4", "Integracja", "kursy języka polskiego, doradztwo zawodowe i pomoc w znalezieniu mieszkania dla osób objętych ochroną."),
        ("2.4", "Gotowość i planowanie awaryjne", "3 000 miejsc awaryjnych uruchamianych w ciągu 72 godzin w razie masowego napływu."),
        ("2.6", "Wystarczające zdolności", "2,3 mld zł do 2031 r. i 400 nowych etatów; FAMI (280 mln euro) i BMVI uzupełniają budżet państwa."),
    ]),
    ("sv", "heldout", ": ", False): ("Nationell strategi för asyl- och migrationshantering 2026–2031 i korthet", [
        ("1", "Sammanhang", "2025 söktes 9 600 asylansökningar (−16 %); Migrationsverkets omvärldsanalys förutser ett stabilt men osäkert läge."),
        ("2", "Strategiska mål", "kortare handläggningstider och fler återvändanden till 2031."),
        ("2.1", "Ett övergripande tillvägagångssätt", "partnerskap med ursprungs- och transitländer."),
        ("2.1.1", "Extern dimension", "återtagandeavtal med Irak och Somalia, 900 vidarebosättningsplatser per år."),
        ("2.1.2", "Intern dimension", "6 000 återvändanden per år, i första hand frivilligt med återetableringsstöd, tvångsvis enligt direktiv 2008/115/EG."),
        ("2.2", "Yttre gränser", "Polismyndigheten kontrollerar de yttre gränserna vid flygplatser och hamnar."),
        ("2.2.2", "Tillgång till skydd vid gränsen", "gränsförfarandet på Arlanda avgörs inom tolv veckor med offentligt biträde."),
        ("2.3.1", "Asylförfaranden", "Migrationsverket fattar beslut inom sex månader."),
        ("2.3.2", "Rättssäkerhetsgarantier", "tolk, offentligt biträde och god man för ensamkommande barn från första dagen."),
        ("2.3.3", "Mottagande", "14 000 platser i Migrationsverkets boenden med logi, dagersättning och hälso- och sjukvård."),
        ("2.3.4", "Integration", "svenska för invandrare, etableringsprogram och validering av yrkeskunskaper."),
        ("2.5", "Integrerat arbetssätt", "en samordningsgrupp under Justitiedepartementet med kommuner och regioner."),
        ("2.6", "Tillräcklig kapacitet", "11 miljarder kronor till 2031 och 500 nya tjänster; AMIF (160 miljoner euro) och BMVI kompletterar statsbudgeten."),
    ]),
}


def runin_docs() -> None:
    for (lang, split, sep, dotted), (title, lines) in RUNIN.items():
        items = [("front_matter", None, title)]
        for num, head, ans in lines:
            lead = num + ("." if dotted else "")
            text = ans[0].upper() + ans[1:] if sep == ". " else ans  # a sentence after "Kontekst."
            items.append(("answer", num, f"{lead} {head}{sep}{text}"))
        _write(f"h13-{lang}-runin", lang, split, "one line per Annex section: run-in heading and answer", items)


# ------------------------------------------------------------------------------------------ numbered paragraphs
PARAS = {
    "es": ("tuning", "Estrategia nacional de gestión del asilo y la migración de España 2026-2030", [
        ("1", "1. CONTEXTO DE LA GESTIÓN NACIONAL DEL ASILO Y LA MIGRACIÓN", [
            "En 2025 la Oficina de Asilo y Refugio registró 167 000 solicitudes de protección internacional, un 12 % menos que en 2024.",
            "El análisis de riesgos de la Guardia Civil prevé llegadas sostenidas por la ruta atlántica hacia Canarias.",
            "España es frontera exterior marítima y terrestre de la Unión, con Ceuta y Melilla en el continente africano.",
        ], "La Secretaría de Estado de Migraciones revisa el indicador {k} del cuadro de mando cada trimestre con las comunidades autónomas."),
        ("2.1.2", "2.1.2. DIMENSIÓN INTERNA", [
            "Cada año se ejecutarán 12 000 retornos de nacionales de terceros países en situación irregular.",
            "Se da prioridad al retorno voluntario con ayudas a la reintegración gestionadas con la OIM.",
            "El retorno forzoso respeta la dignidad de las personas y la Directiva 2008/115/CE, con supervisión independiente.",
        ], "La sesión informativa {k} sobre retorno se celebra en los centros de acogida con un intérprete."),
        ("2.3.3", "2.3.3. UN SISTEMA DE ACOGIDA SÓLIDO", [
            "La red de acogida alcanzará 40 000 plazas en 2028, con alojamiento, manutención y atención sanitaria.",
            "Los menores no acompañados viven en centros separados con tutores designados por las comunidades autónomas.",
            "Las condiciones de acogida se inspeccionan dos veces al año.",
        ], "El centro de acogida {k} informa cada mes de su ocupación a la Dirección General de Protección Internacional."),
        ("2.6", "2.6. CAPACIDAD SUFICIENTE PARA APLICAR LA ESTRATEGIA NACIONAL", [
            "La estrategia costará 3 200 millones de euros entre 2026 y 2030 con cargo a los presupuestos generales.",
            "El FAMI (540 millones de euros) y el IGFV complementan la financiación nacional sin doble financiación.",
            "Se contratarán 700 funcionarios para asilo, acogida y retorno.",
        ], None),
    ], 10),
    "cs": ("heldout", "Národní strategie řízení azylu a migrace České republiky 2026–2030", [
        ("1", "1. KONTEXT VNITROSTÁTNÍHO ŘÍZENÍ AZYLU A MIGRACE", [
            "V roce 2025 podalo žádost o mezinárodní ochranu 1 400 osob, o 9 % méně než v roce 2024.",
            "Analýza rizik Policie České republiky očekává tranzitní migraci přes Slovensko a Rakousko.",
            "Česká republika nemá vnější pozemní hranici Unie; vnější hranicí jsou letiště Václava Havla v Praze.",
        ], "Ministerstvo vnitra vyhodnocuje ukazatel {k} každé čtvrtletí s krajskými úřady."),
        ("2.1.2", "2.1.2. VNITŘNÍ ROZMĚR", [
            "Každý rok bude navráceno 1 500 neoprávněně pobývajících státních příslušníků třetích zemí.",
            "Přednost má dobrovolný návrat s pomocí při reintegraci.",
            "Nucený návrat probíhá důstojně a v souladu se směrnicí 2008/115/ES, pod nezávislým dohledem.",
        ], "Informační schůzka {k} o návratu se koná v přijímacím středisku za účasti tlumočníka."),
        ("2.3.3", "2.3.3. ODOLNÝ PŘIJÍMACÍ SYSTÉM", [
            "Správa uprchlických zařízení provozuje 2 200 míst s ubytováním, stravou a zdravotní péčí.",
            "Nezletilí bez doprovodu žijí v oddělených zařízeních s ustanoveným opatrovníkem.",
            "Podmínky přijímání se kontrolují dvakrát ročně.",
        ], "Pobytové středisko {k} hlásí každý měsíc svou obsazenost Správě uprchlických zařízení."),
        ("2.6", "2.6. DOSTATEČNÁ KAPACITA K PROVÁDĚNÍ NÁRODNÍ STRATEGIE", [
            "Strategie bude v letech 2026–2030 stát 6 miliard korun ze státního rozpočtu.",
            "AMIF (95 milionů eur) a BMVI doplňují vnitrostátní prostředky bez dvojího financování.",
            "Ministerstvo vnitra přijme 120 nových zaměstnanců pro azyl, přijímání a návraty.",
        ], None),
    ], 12),
}


def paras_items(title: str, chapters: list, filler: int) -> list[tuple[str, str | None, str]]:
    """A strategy numbered paragraph by paragraph (1.–N.) under headings: ``chapters`` = [(section, heading, answers,
    extra)], ``extra`` (with ``{k}``) repeated ``filler`` times after the answers when given (also heads14's)."""
    items: list[tuple[str, str | None, str]] = [("front_matter", None, title)]
    n = 0
    for sec, head, answers, extra in chapters:
        items.append(("section_heading", sec, head))
        for a in answers:
            n += 1
            items.append(("answer", sec, f"{n}. {a}"))
        for k in range(1, filler + 1 if extra else 1):
            n += 1
            items.append(("answer", sec, f"{n}. {extra.format(k=k)}"))
    return items


def paras_docs() -> None:
    for lang, (split, title, chapters, filler) in PARAS.items():
        items = paras_items(title, chapters, filler)
        _write(f"h13-{lang}-paras", lang, split, "numbered paragraph by paragraph under the Annex headings", items)


# ------------------------------------------------------------------------------------------ Annex title as own "1."
OWNANNEX = {
    "nl": ("tuning", [
        ("front_matter", None, "Nationale strategie voor asiel- en migratiebeheer 2026–2030"),
        ("answer_heading", "2.1.1", "1. Externe dimensie"),
        ("answer", "2.1.1", "Nederland sluit migratiepartnerschappen met Marokko, Tunesië en Nigeria over terugname en legale arbeidsmigratie."),
        ("answer", "2.1.1", "Via hervestiging neemt Nederland jaarlijks 900 vluchtelingen op uit Libanon en Kenia, in samenwerking met UNHCR."),
        ("answer_heading", "2.3.3", "2. Opvang"),
        ("answer_heading", "2.3.3", "2.1 Plaatsen"),
        ("answer", "2.3.3", "Het COA breidt de opvangcapaciteit uit van 64 000 naar 75 000 plaatsen in 2028, met huisvesting, maaltijden en medische zorg."),
        ("answer_heading", "2.3.3", "2.2 Kwaliteit"),
        ("answer", "2.3.3", "De Inspectie Justitie en Veiligheid controleert de opvangvoorwaarden twee keer per jaar; alleenstaande minderjarigen wonen in kleinschalige voorzieningen."),
        ("answer_heading", "2.1.2", "3. Terugkeer"),
        ("answer", "2.1.2", "Jaarlijks keren 8 000 afgewezen asielzoekers terug, bij voorkeur zelfstandig met herintegratiesteun van de DTenV; gedwongen terugkeer volgt Richtlijn 2008/115/EG."),
        ("answer_heading", "2.6", "4. Middelen"),
        ("answer", "2.6", "De strategie kost 4,2 miljard euro tot 2030; AMIF (310 miljoen euro) en BMVI vullen de rijksbegroting aan, en de IND krijgt 600 extra medewerkers."),
    ]),
    "ro": ("heldout", [
        ("front_matter", None, "Strategia națională de gestionare a azilului și migrației 2026–2030"),
        ("answer_heading", "2.1.1", "1. Dimensiunea externă"),
        ("answer", "2.1.1", "România încheie parteneriate cu Republica Moldova, Georgia și Pakistan privind readmisia și migrația legală pentru muncă."),
        ("answer", "2.1.1", "Prin relocare, România primește anual 200 de refugiați din Turcia, în cooperare cu ICNUR."),
        ("answer_heading", "2.3.3", "2. Primirea"),
        ("answer_heading", "2.3.3", "2.1 Locuri"),
        ("answer", "2.3.3", "Inspectoratul General pentru Imigrări extinde capacitatea centrelor regionale de la 1 100 la 1 600 de locuri până în 2028, cu cazare, hrană și asistență medicală."),
        ("answer_heading", "2.3.3", "2.2 Calitate"),
        ("answer", "2.3.3", "Condițiile de primire sunt verificate de două ori pe an, iar minorii neînsoțiți locuiesc în centre separate cu un reprezentant legal."),
        ("answer_heading", "2.1.2", "3. Returnarea"),
        ("answer", "2.1.2", "În fiecare an sunt returnați 2 500 de resortisanți ai țărilor terțe aflați în situație neregulamentară, cu prioritate returnarea voluntară asistată; returnarea forțată respectă Directiva 2008/115/CE."),
        ("answer_heading", "2.6", "4. Resurse"),
        ("answer", "2.6", "Strategia costă 900 de milioane de lei până în 2030; AMIF (120 de milioane de euro) și BMVI completează bugetul de stat, iar IGI angajează 250 de persoane."),
    ]),
}


def ownannex_docs() -> None:
    for lang, (split, items) in OWNANNEX.items():
        _write(f"h13-{lang}-ownannex", lang, split, "own chapters: an Annex title as own '1.', own sub-numbers that are Annex numbers", items)


if __name__ == "__main__":
    runin_docs()
    paras_docs()
    ownannex_docs()
