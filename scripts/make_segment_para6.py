"""Paraphrased-title segmentation documents of the ninth session (issue 14, segpara5), second batch: ``paraphr6``.

Usage: ``python scripts/make_segment_para6.py`` (from the repository root). A free-form
strategy excerpt without Annex numbers: six own unnumbered chapters (2.3.1 the asylum
procedure, 2.3.3 reception, 2.3.4 integration, 2.1.2 return out of the Annex's order,
2.4 preparedness, 2.6 staff and money) whose titles paraphrase the Annex's in words
of their own, two answers each, new wording and invented figures. Written after the
session's change to the outline (:func:`analyser.segment.outline._hub_mutual_choice`)
was fixed, as a check nobody tuned on: Italian, Polish, Danish and Dutch, all to
``tests/data/segment_heldout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, build_set, own_chapters  # noqa: E402

ORDER = ("2.3.1", "2.3.3", "2.3.4", "2.1.2", "2.4", "2.6")

HELD: dict[str, dict] = {
    "it": {
        "title": "Strategia nazionale per la gestione dell'asilo e della migrazione 2026–2030 – estratto per la Conferenza unificata",
        "2.3.1": ("Decidere presto e bene sulle domande",
                  ["Le commissioni territoriali passano da 20 a 32 e ogni domanda riceve un colloquio entro trenta giorni dalla registrazione in questura.",
                   "Entro il 2028 il tempo medio di decisione in primo grado scende da quindici a sei mesi; le domande manifestamente infondate seguono una procedura accelerata."]),
        "2.3.3": ("Dove vivono i richiedenti",
                  ["I centri di accoglienza straordinaria vengono sostituiti da 12 000 posti nel sistema di accoglienza e integrazione, in strutture da non più di 80 persone.",
                   "Ogni centro offre assistenza sanitaria di base, supporto psicologico e un'équipe che segue le donne sole e i nuclei con bambini piccoli."]),
        "2.3.4": ("Costruire una vita qui",
                  ["I titolari di protezione frequentano 400 ore di italiano e di educazione civica; i centri per l'impiego valutano le competenze entro due mesi.",
                   "I comuni che ospitano ricevono un contributo per ogni persona inserita in un tirocinio o in un alloggio autonomo entro un anno."]),
        "2.1.2": ("Chi non ha titolo a restare",
                  ["Dopo il diniego definitivo la prefettura convoca la persona entro quindici giorni per proporre il rimpatrio volontario; il trattenimento nei centri per il rimpatrio resta l'ultima misura.",
                   "Il rimpatrio volontario assistito prevede fino a 2 000 euro per persona e un accompagnamento al reinserimento nel paese di origine."]),
        "2.4": ("Quando gli arrivi aumentano all'improvviso",
                ["Un piano con tre livelli di allerta permette di aprire 3 000 posti temporanei in caserme dismesse entro 72 ore.",
                 "La protezione civile e le regioni svolgono ogni anno un'esercitazione comune e un cruscotto settimanale segnala l'aumento degli sbarchi."]),
        "2.6": ("Persone, strumenti e risorse",
                ["Il Ministero dell'interno assume 250 funzionari entro il 2029 e stanzia 60 milioni di euro l'anno in più per le commissioni e le prefetture.",
                 "Un fascicolo digitale unico collega questure, commissioni e tribunali e sarà collegato a Eurodac dal 2026."]),
    },
    "pl": {
        "title": "Krajowa strategia zarządzania azylem i migracją na lata 2026–2030 – wyciąg do konsultacji międzyresortowych",
        "2.3.1": ("Szybkie i rzetelne rozpatrywanie wniosków",
                  ["Liczba urzędników orzekających w Urzędzie do Spraw Cudzoziemców wzrośnie z 60 do 110, a każdy wnioskodawca zostanie przesłuchany w ciągu miesiąca od złożenia wniosku.",
                   "Do 2028 roku średni czas wydania decyzji w pierwszej instancji skróci się z dwunastu do sześciu miesięcy; wnioski oczywiście bezzasadne trafiają do trybu przyspieszonego."]),
        "2.3.3": ("Gdzie mieszkają cudzoziemcy w trakcie postępowania",
                  ["Liczba miejsc w ośrodkach dla cudzoziemców wzrośnie do 2 500, w obiektach liczących najwyżej 150 mieszkańców.",
                   "W każdym ośrodku działa punkt medyczny i psycholog, a samotne kobiety i rodziny z małymi dziećmi mieszkają w oddzielnych skrzydłach."]),
        "2.3.4": ("Budowanie życia w Polsce",
                  ["Osoby objęte ochroną uczą się polskiego przez 300 godzin, a powiatowe urzędy pracy oceniają ich kwalifikacje w ciągu dwóch miesięcy.",
                   "Gminy przyjmujące otrzymują dopłatę za każdą osobę, która w ciągu roku podejmie pracę lub wynajmie samodzielne mieszkanie."]),
        "2.1.2": ("Ci, którzy nie mają prawa zostać",
                  ["Po prawomocnej decyzji odmownej Straż Graniczna wzywa cudzoziemca w ciągu dwóch tygodni na rozmowę o dobrowolnym wyjeździe; umieszczenie w strzeżonym ośrodku jest ostatecznością.",
                   "Wspierany dobrowolny powrót obejmuje do 8 000 złotych na osobę i pomoc w reintegracji w kraju pochodzenia."]),
        "2.4": ("Gdy przyjeżdża nagle więcej osób",
                ["Plan z trzema poziomami gotowości pozwala w ciągu 72 godzin otworzyć 3 000 tymczasowych miejsc w dawnych koszarach.",
                 "Co roku wojewodowie i straż pożarna przeprowadzają wspólne ćwiczenia, a cotygodniowy raport sygnalizuje wzrost liczby przekroczeń granicy."]),
        "2.6": ("Ludzie, narzędzia i pieniądze",
                ["Do 2029 roku urzędy zatrudnią 200 nowych pracowników, a budżet na postępowania i ośrodki wzrośnie o 150 milionów złotych rocznie.",
                 "Jedna elektroniczna teczka sprawy połączy Straż Graniczną, urząd i sądy administracyjne i zostanie podłączona do Eurodac w 2026 roku."]),
    },
    "da": {
        "title": "National strategi for asyl- og migrationsstyring 2026–2030 – uddrag til høring",
        "2.3.1": ("Hurtige og grundige afgørelser",
                  ["Udlændingestyrelsen ansætter 70 sagsbehandlere mere, og alle ansøgere får en samtale senest en måned efter registreringen i Sandholm.",
                   "Inden 2028 falder den gennemsnitlige sagsbehandlingstid i første instans fra ti til fem måneder; åbenbart grundløse sager behandles i en hurtig procedure."]),
        "2.3.3": ("Hvor ansøgerne bor",
                  ["Antallet af pladser på asylcentre øges til 4 000 i centre med højst 200 beboere, og kommunerne driver dem efter aftale med staten.",
                   "Hvert center har sygeplejerske og psykolog, og enlige kvinder og familier med små børn bor i særskilte afsnit."]),
        "2.3.4": ("At bygge et liv i Danmark",
                  ["Personer med beskyttelse får 300 timers danskundervisning, og jobcentret afklarer deres kompetencer inden for to måneder.",
                   "Kommunerne modtager et tilskud for hver person, der inden for et år kommer i job eller får egen bolig."]),
        "2.1.2": ("Dem, der ikke må blive",
                  ["Efter et endeligt afslag indkalder Hjemrejsestyrelsen personen inden for fjorten dage til en samtale om frivillig udrejse; frihedsberøvelse er sidste udvej.",
                   "Støtten til frivillig hjemrejse er op til 15 000 kroner pr. person, og en partnerorganisation hjælper med genetableringen i hjemlandet."]),
        "2.4": ("Når flere kommer på kort tid",
                ["En plan med tre beredskabsniveauer gør det muligt at åbne 3 000 midlertidige pladser i tidligere kaserner inden for 72 timer.",
                 "Hvert år holder regionerne og beredskabet en fælles øvelse, og en ugentlig oversigt viser, om antallet af indrejser stiger."]),
        "2.6": ("Folk, værktøjer og penge",
                ["Inden 2029 ansætter myndighederne 150 nye medarbejdere, og bevillingen til sagsbehandling og centre øges med 300 millioner kroner om året.",
                 "En fælles elektronisk sagsmappe forbinder politiet, styrelsen og nævnet og kobles til Eurodac i 2026."]),
    },
    "nl": {
        "title": "Nationale strategie voor asiel- en migratiebeheer 2026–2030 – uittreksel voor het interbestuurlijk overleg",
        "2.3.1": ("Snel en zorgvuldig beslissen",
                  ["De IND neemt 300 extra beslismedewerkers aan en iedere aanvrager krijgt binnen een maand na de aanmelding in Ter Apel een gehoor.",
                   "In 2028 is de gemiddelde beslistermijn in eerste aanleg teruggebracht van vijftien naar zes maanden; kennelijk ongegronde aanvragen volgen een versnelde procedure."]),
        "2.3.3": ("Waar asielzoekers wonen",
                  ["Het aantal plaatsen bij het COA groeit naar 60 000, op locaties met ten hoogste 300 bewoners, verdeeld over alle provincies.",
                   "Op elke locatie zijn een huisartsenpraktijk en een psycholoog aanwezig, en alleenstaande vrouwen en gezinnen met jonge kinderen wonen in aparte vleugels."]),
        "2.3.4": ("Een bestaan opbouwen",
                  ["Statushouders volgen vanaf de eerste maand taallessen, en het UWV brengt binnen twee maanden hun werkervaring en diploma's in kaart.",
                   "Gemeenten krijgen een vergoeding voor iedere statushouder die binnen een jaar werk of een eigen woning heeft."]),
        "2.1.2": ("Wie niet mag blijven",
                  ["Na een onherroepelijke afwijzing nodigt de Dienst Terugkeer en Vertrek de vreemdeling binnen twee weken uit voor een vertrekgesprek; vreemdelingenbewaring is het laatste middel.",
                   "De ondersteuning bij zelfstandig vertrek bedraagt tot 2 000 euro per persoon, en een partnerorganisatie begeleidt de herstart in het land van herkomst."]),
        "2.4": ("Als er plotseling veel meer mensen komen",
                ["Een draaiboek met drie fasen maakt het mogelijk om binnen 72 uur 5 000 noodplaatsen in voormalige kazernes te openen.",
                 "Jaarlijks oefenen de veiligheidsregio's en het COA samen, en een wekelijks overzicht laat zien of de instroom stijgt."]),
        "2.6": ("Mensen, middelen en geld",
                ["Tot 2029 komen er 500 nieuwe medewerkers bij de uitvoeringsorganisaties, en het budget stijgt met 90 miljoen euro per jaar.",
                 "Eén digitaal dossier verbindt politie, IND en rechtspraak en wordt in 2026 gekoppeld aan Eurodac."]),
    },
}


def paraphr6(d: Doc, t: dict) -> None:
    """Six own unnumbered chapters whose titles paraphrase Annex sections (``ORDER``), no template text."""
    own_chapters(d, t, ORDER)


def build() -> list[Path]:
    """Write every document (held out); returns the gold paths written."""
    return build_set(HELD, {"paraphr6": paraphr6}, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
