"""Short Annex titles under their numbers, and short numbered own sub-points (issue 14, heads15 helper).

Usage: ``python scripts/make_segment_heads15.py`` (from the repository root). All wording is new and invented (no
agency, law or figure is real), written with its gold before any change to ``segment/`` (2026-12-07):

- ``seg-{fr,it,pl,sv,hu,lt}-heads15``: a plain-text numbered strategy whose Annex numbers stand in the Annex's order;
  some of its Annex sections carry a one- or two-word title of their own ("2.1.2. Retour", "2.3.3. Accoglienza",
  "2.4. Gotowość") instead of the official one: each is an Annex heading. fr/it/pl/sv tuned on (seen); hu/lt held out.
- ``seg-{en,nl}-heads15trap``: a short number + word that is NOT an Annex heading: en, an own list of budget lines
  "2.1 Budget" / "2.2 Staff" inside the answer of section 1 (seen); nl, an own sub-point "2.4 Personeel" (staff)
  inside the answer of 2.3.3 before 2.6 (seen). Both stay in their section as answer headings.

Output: ``tests/data/segment_heldout/seg-*-{heads15,heads15trap}`` (.txt and .gold.json).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, write_doc  # noqa: E402

#: (doc id, language, title, [(role, section, text), ...]); "H" = numbered section heading, "T" = own title, "A" = answer.
DOCS: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    ("seg-fr-heads15", "fr", "Stratégie nationale de gestion de l'asile et de la migration 2026-2030", [
        ("H", "1", "1. Contexte de la gestion nationale de l'asile et de la migration"),
        ("A", "1", "En 2025, 38 400 personnes ont demandé une protection internationale, soit 6 % de plus qu'en 2024; la moitié "
                   "sont arrivées par la frontière terrestre de l'est. L'analyse des risques de février 2026 retient la saturation de l'hébergement."),
        ("H", "2.1.2", "2.1.2. Retour"),
        ("A", "2.1.2", "D'ici 2028, 7 200 retours par an sont visés. Toute personne faisant l'objet d'une décision de retour est "
                       "convoquée sous huit jours à un entretien sur l'aide au retour volontaire."),
        ("H", "2.3.3", "2.3.3. Accueil"),
        ("A", "2.3.3", "Le parc d'hébergement compte 12 500 places en 2028, dans des centres de 300 places au plus, avec un "
                       "repérage des vulnérabilités dès l'arrivée."),
        ("H", "2.6", "2.6. Des capacités suffisantes pour mettre en œuvre la stratégie nationale"),
        ("A", "2.6", "La mise en œuvre mobilise 720 millions d'euros de crédits nationaux d'ici 2030 et 260 postes supplémentaires "
                     "dans les préfectures et à l'office chargé de l'asile."),
    ]),
    ("seg-it-heads15", "it", "Strategia nazionale di gestione dell'asilo e della migrazione 2026-2030", [
        ("H", "1", "1. Contesto della gestione nazionale dell'asilo e della migrazione"),
        ("A", "1", "Nel 2025 hanno chiesto protezione internazionale 52 000 persone, in calo del 9 % rispetto al 2024; tre "
                   "quarti sono arrivate via mare. L'analisi dei rischi di gennaio 2026 indica gli sbarchi estivi come sfida principale."),
        ("H", "2.2.1", "2.2.1. Gestione europea integrata delle frontiere"),
        ("A", "2.2.1", "La sorveglianza marittima si rafforza con sei nuove motovedette e un centro di coordinamento unico per le "
                       "frontiere marittime e aeree."),
        ("H", "2.3.3", "2.3.3. Accoglienza"),
        ("A", "2.3.3", "I posti di accoglienza salgono a 38 000 entro il 2028 in strutture di piccole dimensioni, con visita medica "
                       "all'arrivo e posti riservati ai minori non accompagnati."),
        ("H", "2.6", "2.6. Capacità sufficienti per attuare la strategia nazionale"),
        ("A", "2.6", "Sono stanziati 1,1 miliardi di euro del bilancio dello Stato per il periodo 2026-2030 e 450 nuove unità di "
                     "personale nelle questure e nelle commissioni territoriali."),
    ]),
    ("seg-pl-heads15", "pl", "Krajowa strategia zarządzania azylem i migracją na lata 2026–2030", [
        ("H", "1", "1. Kontekst krajowego zarządzania azylem i migracją"),
        ("A", "1", "W 2025 r. o ochronę międzynarodową wystąpiło 11 200 osób; większość przybyła przez granicę wschodnią. "
                   "Analiza ryzyka z marca 2026 r. wskazuje presję migracyjną na tej granicy jako główne wyzwanie."),
        ("H", "2.1.2", "2.1.2. Powroty"),
        ("A", "2.1.2", "Do 2028 r. planuje się 5 500 powrotów rocznie, z pierwszeństwem dla powrotów dobrowolnych wspieranych "
                       "pomocą reintegracyjną w kraju pochodzenia."),
        ("H", "2.4", "2.4. Gotowość"),
        ("A", "2.4", "Plan awaryjny pozwala w ciągu dwóch tygodni uruchomić 6 000 dodatkowych miejsc zakwaterowania w razie "
                     "nagłego napływu osób; plan jest co roku sprawdzany podczas ćwiczeń z obroną cywilną."),
        ("H", "2.6", "2.6. Wystarczające zdolności do wdrożenia strategii krajowej"),
        ("A", "2.6", "Na realizację strategii przeznacza się 2,1 mld zł z budżetu państwa w latach 2026–2030 oraz 180 dodatkowych "
                     "etatów w Urzędzie do Spraw Cudzoziemców."),
    ]),
    ("seg-sv-heads15", "sv", "Nationell strategi för asyl- och migrationshantering 2026–2030", [
        ("H", "1", "1. Sammanhanget för den nationella asyl- och migrationshanteringen"),
        ("A", "1", "Under 2025 ansökte 17 300 personer om internationellt skydd, 11 % färre än året innan. Riskanalysen från "
                   "april 2026 pekar på sekundära förflyttningar som den största utmaningen."),
        ("H", "2.1.2", "2.1.2. Återvändande"),
        ("A", "2.1.2", "Till 2028 ska 4 000 återvändanden genomföras per år; den som fått ett beslut om återvändande erbjuds "
                       "inom en vecka ett samtal om frivilligt återvändande och stöd till återintegrering."),
        ("H", "2.3.4", "2.3.4. Integration"),
        ("A", "2.3.4", "Personer med skydd får 400 timmars svenskundervisning och en individuell plan för arbete eller studier "
                       "inom tre månader från beslutet."),
        ("H", "2.6", "2.6. Tillräcklig kapacitet för att genomföra den nationella strategin"),
        ("A", "2.6", "Genomförandet finansieras med 3,2 miljarder kronor ur statsbudgeten 2026–2030 och 150 nya tjänster vid "
                     "den myndighet som prövar asylärenden."),
    ]),
    ("seg-hu-heads15", "hu", "Nemzeti menekültügyi és migrációkezelési stratégia 2026–2030", [
        ("H", "1", "1. A nemzeti menekültügyi és migrációkezelés háttere"),
        ("A", "1", "2025-ben 4 100 személy kért nemzetközi védelmet, 12 %-kal több, mint egy évvel korábban; többségük a déli "
                   "szárazföldi határon érkezett. A 2026. márciusi kockázatelemzés a továbbutazást nevezi meg fő kihívásként."),
        ("H", "2.1.2", "2.1.2. Visszatérés"),
        ("A", "2.1.2", "2028-ig évente 2 500 visszatérést kell végrehajtani; a kiutasító határozatot kapott személyeket nyolc "
                       "napon belül behívják a támogatott önkéntes hazatérésről szóló tanácsadásra."),
        ("H", "2.3.3", "2.3.3. Befogadás"),
        ("A", "2.3.3", "A befogadó állomások férőhelyeinek száma 2028-ig 3 000-re nő; minden kérelmező szállást, ellátást, "
                       "egészségügyi ellátást és zsebpénzt kap."),
        ("H", "2.6", "2.6. Elegendő kapacitás a nemzeti stratégia végrehajtásához"),
        ("A", "2.6", "A végrehajtásra 2030-ig 96 milliárd forint állami forrás és 140 új álláshely áll rendelkezésre az "
                     "idegenrendészeti hatóságnál."),
    ]),
    ("seg-lt-heads15", "lt", "Nacionalinė prieglobsčio ir migracijos valdymo strategija 2026–2030 m.", [
        ("H", "1", "1. Nacionalinio prieglobsčio ir migracijos valdymo aplinkybės"),
        ("A", "1", "2025 m. tarptautinės apsaugos paprašė 3 900 asmenų, 15 % daugiau nei ankstesniais metais; dauguma atvyko per "
                   "rytinę sieną. 2026 m. vasario rizikos analizėje pagrindiniu iššūkiu įvardijamas spaudimas šiai sienai."),
        ("H", "2.2.1", "2.2.1. Sienų valdymas"),
        ("A", "2.2.1", "Rytinė siena iki 2028 m. visoje jos ilgyje bus stebima vaizdo sistema, o pasieniečių skaičius padidės 300."),
        ("H", "2.4", "2.4. Pasirengimas"),
        ("A", "2.4", "Nenumatytų atvejų planas leidžia per dvi savaites parengti 5 000 papildomų apgyvendinimo vietų, jei "
                     "atvykstančiųjų skaičius staiga išaugtų; planas kasmet išbandomas pratybose."),
        ("H", "2.6", "2.6. Pakankami pajėgumai nacionalinei strategijai įgyvendinti"),
        ("A", "2.6", "Strategijai įgyvendinti iki 2030 m. skiriama 310 mln. eurų valstybės biudžeto lėšų ir 120 naujų etatų "
                     "Migracijos departamente."),
    ]),
    ("seg-en-heads15trap", "en", "National asylum and migration management strategy 2026-2030", [
        ("H", "1", "1. Context of national asylum and migration management"),
        ("A", "1", "In 2025, 21 700 people applied for international protection, 4 % fewer than in 2024. The plan that "
                   "preceded this strategy rested on two budget lines, summarised below."),
        ("T", "1", "2.1 Budget"),
        ("A", "1", "EUR 35 million a year was spent under the previous plan, most of it on emergency accommodation."),
        ("T", "1", "2.2 Staff"),
        ("A", "1", "The previous plan added 80 posts, of which 30 remained vacant at the end of 2025."),
        ("H", "2.3.3", "2.3.3. A robust reception system"),
        ("A", "2.3.3", "Reception capacity rises to 14 000 places by 2028 in centres of at most 300 places, with a health "
                       "check on arrival and separate places for unaccompanied children."),
        ("H", "2.6", "2.6. Sufficient capacity to implement the national strategy"),
        ("A", "2.6", "Implementation is funded with EUR 640 million of national funds up to 2030 and 210 additional posts in the "
                     "asylum service."),
    ]),
    ("seg-nl-heads15trap", "nl", "Nationale strategie voor asiel- en migratiebeheer 2026-2030", [
        ("H", "1", "1. Context van het nationale asiel- en migratiebeheer"),
        ("A", "1", "In 2025 vroegen 29 600 mensen om internationale bescherming, 7 % minder dan in 2024; de helft kwam via "
                   "andere lidstaten binnen. De risicoanalyse van maart 2026 noemt het tekort aan opvangplaatsen."),
        ("H", "2.3.3", "2.3.3. Een robuust opvangsysteem"),
        ("A", "2.3.3", "De opvang groeit tot 2028 naar 40 000 plaatsen op locaties van ten hoogste 500 plaatsen; elke "
                       "aanvrager krijgt onderdak, maaltijden, medische zorg en leefgeld."),
        ("T", "2.3.3", "2.4 Personeel"),
        ("A", "2.3.3", "Op elke opvanglocatie werken vanaf 2027 ten minste twee begeleiders per vijftig bewoners."),
        ("H", "2.6", "2.6. Voldoende capaciteit om de nationale strategie uit te voeren"),
        ("A", "2.6", "Voor de uitvoering is tot 2030 2,4 miljard euro uit de rijksbegroting beschikbaar, met 350 extra "
                     "formatieplaatsen bij de immigratiedienst."),
    ]),
]

ROLE = {"H": "section_heading", "T": "answer_heading", "A": "answer"}


def build() -> list[Path]:
    """Write every document of :data:`DOCS`; returns the gold paths written."""
    paths = []
    for doc_id, lang, title, body in DOCS:
        d = Doc(doc_id, lang)
        d.add("front_matter", None, title)
        for kind, sec, text in body:
            d.add(ROLE[kind], sec, text)
        paths.append(write_doc(d, doc_id.rsplit("-", 1)[1], held=True))
    return paths


if __name__ == "__main__":
    print(f"{len(build())} documents written")
