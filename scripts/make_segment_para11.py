"""Paraphrased-title segmentation documents of the thirteenth session (issue 14, seg13): the ``paraphr11`` shape.

Usage: ``python scripts/make_segment_para11.py`` (from the repository root). A free-form
strategy excerpt without Annex numbers: own unnumbered chapters whose titles paraphrase
the Annex's in words of their own, new wording and invented figures, in five languages
not used by ``paraphr10``: French, Dutch, German, Croatian and Swedish. As ``paraphr10``,
some chapters merge two sections (each paragraph keeps its own section in the gold, the
heading the first's), some sections are split over two chapters, the orders differ from
the Annex's, each document has a chapter of rights and guarantees (2.3.2) and one of
context (1):

- ``fr``, ``nl``: 1, 2.2.1+2.2.2 merged, 2.3.2, 2.3.1, 2.3.3 split (places / daily life), 2.1.3, 2.6;
- ``de``, ``hr``: 1, 2.6, 2.3.1, 2.3.2 split (rights and information / vulnerable persons), 2.1.2+2.1.1 merged
  (return first), 2.4, 2.5;
- ``sv``: 2.5 (how the strategy was prepared) before 1, 2.1.1, 2.3.3+2.3.4 merged, 2.3.2, 2.2.2 split
  (screening / border procedure), 2.2.1, 2.1.2, 2.4.

Written before the session changed any code and not looked at until its rule was chosen
(the session's unseen measure); all to ``tests/data/segment_heldout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import build_set, chapter_list  # noqa: E402

# A chapter: (its title, [(Annex section, paragraph), ...]); the heading's gold section is its first paragraph's.
HELD: dict[str, dict] = {
    "fr": {
        "title": "Stratégie nationale de gestion de l'asile et de la migration 2026–2030 – projet soumis à consultation",
        "chapters": [
            ("Notre situation", [
                ("1", "En 2025, 150 000 demandes d'asile ont été déposées en France, principalement en Île-de-France et dans les départements frontaliers."),
                ("1", "La France a des frontières extérieures maritimes et aériennes, et terrestres outre-mer, et se trouve au bout de plusieurs routes migratoires.")]),
            ("Aux portes du pays", [
                ("2.2.1", "La police aux frontières recrutera 600 agents, équipera les points de passage de lecteurs biométriques et participera aux opérations conjointes de Frontex."),
                ("2.2.1", "Toute personne interpellée après un franchissement irrégulier est enregistrée et ses empreintes sont relevées dans les 72 heures."),
                ("2.2.2", "Le filtrage des personnes arrivées sans autorisation a lieu dans les zones d'attente, et la procédure à la frontière s'achève en douze semaines au plus."),
                ("2.2.2", "Un mécanisme indépendant contrôle le respect des droits fondamentaux pendant le filtrage, et les familles avec enfants sont exemptées de la procédure à la frontière.")]),
            ("Les droits de chacun", [
                ("2.3.2", "Chaque demandeur bénéficie d'une assistance juridique gratuite dès l'enregistrement et d'un interprète lors de chaque entretien."),
                ("2.3.2", "Les mineurs non accompagnés se voient désigner un représentant dans les 24 heures, et les victimes de traite ou de torture sont repérées dès le premier contact.")]),
            ("Statuer vite, statuer juste", [
                ("2.3.1", "L'Office chargé de la protection statuera en première instance en six mois et recrutera 200 officiers de protection."),
                ("2.3.1", "La Cour nationale du droit d'asile disposera de chambres supplémentaires, et l'information sur les pays d'origine sera mise à jour chaque trimestre.")]),
            ("Un toit pendant l'attente", [
                ("2.3.3", "Le dispositif national d'accueil comptera 120 000 places, avec au plus 200 résidents par centre."),
                ("2.3.3", "Les familles avec enfants sont hébergées dans des logements autonomes avec cuisine.")]),
            ("Vivre au quotidien dans les centres", [
                ("2.3.3", "Chaque centre dispose d'une permanence médicale, et les demandeurs sont affiliés à l'assurance maladie dès l'enregistrement."),
                ("2.3.3", "Une allocation mensuelle couvre les dépenses courantes, et les transports vers les rendez-vous sont gratuits.")]),
            ("Solidaires de nos partenaires européens", [
                ("2.1.3", "La France contribuera à la solidarité en relocalisant 3 000 personnes par an ou par des contributions financières équivalentes."),
                ("2.1.3", "Lorsqu'un autre État membre est sous pression, nous envoyons des experts de l'asile et des équipes d'enregistrement.")]),
            ("Des moyens à la hauteur", [
                ("2.6", "D'ici 2028, 1 500 agents supplémentaires seront recrutés en préfecture et à l'Office, et trois nouveaux centres seront construits."),
                ("2.6", "Les systèmes informatiques seront reliés à Eurodac et au système d'entrée/sortie, et le Fonds « Asile, migration et intégration » complétera le budget de l'État.")]),
        ],
    },
    "nl": {
        "title": "Nationale strategie voor asiel- en migratiebeheer 2026–2030 – ontwerp voor consultatie",
        "chapters": [
            ("Waar we staan", [
                ("1", "In 2025 werden in Nederland 38 000 asielaanvragen ingediend, de meeste in het aanmeldcentrum Ter Apel."),
                ("1", "Nederland heeft een buitengrens op Schiphol en in de zeehavens en ligt aan het eind van routes door de Balkan en België.")]),
            ("Bij de grens", [
                ("2.2.1", "De Koninklijke Marechaussee neemt 300 extra medewerkers aan, plaatst biometrische poortjes op Schiphol en doet mee aan gezamenlijke operaties van Frontex."),
                ("2.2.1", "Wie irregulier binnenkomt, wordt binnen 72 uur geregistreerd en van wie worden de vingerafdrukken afgenomen."),
                ("2.2.2", "De screening van wie zonder toestemming binnenkomt vindt plaats in het grenscentrum, en de grensprocedure duurt ten hoogste twaalf weken."),
                ("2.2.2", "Een onafhankelijk mechanisme houdt toezicht op de grondrechten tijdens de screening, en gezinnen met kinderen doorlopen de grensprocedure niet.")]),
            ("Ieders rechten", [
                ("2.3.2", "Elke aanvrager krijgt vanaf de aanmelding gratis rechtsbijstand en bij elk gehoor een tolk."),
                ("2.3.2", "Alleenstaande minderjarigen krijgen binnen 24 uur een voogd, en slachtoffers van mensenhandel of marteling worden bij het eerste contact herkend.")]),
            ("Snel en zorgvuldig beslissen", [
                ("2.3.1", "De Immigratie- en Naturalisatiedienst beslist in eerste aanleg binnen zes maanden en neemt 250 nieuwe beslismedewerkers aan."),
                ("2.3.1", "De rechtbanken krijgen gespecialiseerde asielkamers, en de informatie over landen van herkomst wordt elk kwartaal bijgewerkt.")]),
            ("Een dak boven het hoofd", [
                ("2.3.3", "De opvang krijgt 60 000 plaatsen, met hoogstens 300 bewoners per locatie."),
                ("2.3.3", "Gezinnen met kinderen wonen in zelfstandige woonunits met een eigen keuken.")]),
            ("Het dagelijks leven op de locatie", [
                ("2.3.3", "Op elke locatie is een huisartsenpost, en aanvragers zijn vanaf de registratie verzekerd voor zorg."),
                ("2.3.3", "Een wekelijkse toelage dekt de dagelijkse uitgaven, en het vervoer naar afspraken is gratis.")]),
            ("Solidair met andere lidstaten", [
                ("2.1.3", "Nederland draagt bij aan solidariteit door 1 500 mensen per jaar over te nemen of door een gelijkwaardige financiële bijdrage."),
                ("2.1.3", "Staat een andere lidstaat onder druk, dan sturen wij asieldeskundigen en registratieteams.")]),
            ("Mensen en middelen", [
                ("2.6", "Tot 2028 worden 900 extra medewerkers aangenomen bij de IND en de marechaussee en worden drie nieuwe locaties gebouwd."),
                ("2.6", "De informatiesystemen worden gekoppeld aan Eurodac en het inreis-uitreissysteem, en het Fonds voor asiel, migratie en integratie vult de rijksbegroting aan.")]),
        ],
    },
    "de": {
        "title": "Nationale Strategie für das Asyl- und Migrationsmanagement 2026–2030 – Entwurf zur Konsultation",
        "chapters": [
            ("Ausgangslage", [
                ("1", "Im Jahr 2025 wurden in Deutschland 230 000 Asylerstanträge gestellt, die meisten von Menschen, die über Österreich und Polen eingereist sind."),
                ("1", "Deutschland hat nur an Flughäfen und Seehäfen eine Außengrenze der Union, ist aber Ziel vieler Wanderungsbewegungen innerhalb Europas.")]),
            ("Personal, Technik und Geld", [
                ("2.6", "Bis 2028 stellen Bund und Länder 2 000 zusätzliche Beschäftigte in den Ausländerbehörden und im Bundesamt ein und bauen vier neue Aufnahmeeinrichtungen."),
                ("2.6", "Die IT-Systeme werden an Eurodac und das Einreise-/Ausreisesystem angebunden, und der Asyl-, Migrations- und Integrationsfonds ergänzt den Bundeshaushalt.")]),
            ("Schnell und sorgfältig entscheiden", [
                ("2.3.1", "Das Bundesamt entscheidet in erster Instanz innerhalb von sechs Monaten und stellt 400 neue Entscheiderinnen und Entscheider ein."),
                ("2.3.1", "Die Verwaltungsgerichte erhalten spezialisierte Asylkammern, und die Herkunftsländerinformationen werden jedes Quartal aktualisiert.")]),
            ("Rechte und Information", [
                ("2.3.2", "Jede antragstellende Person erhält vom ersten Tag an eine kostenlose unabhängige Asylverfahrensberatung und bei jeder Anhörung einen Dolmetscher."),
                ("2.3.2", "Informationen über das Verfahren werden schriftlich in 25 Sprachen ausgehändigt und bei der Ankunft mündlich erklärt.")]),
            ("Besonderer Schutz für Schutzbedürftige", [
                ("2.3.2", "Unbegleitete Minderjährige erhalten innerhalb von 24 Stunden einen Vormund."),
                ("2.3.2", "Geschultes Personal erkennt Opfer von Folter und Menschenhandel schon beim ersten Kontakt und vermittelt sie an Fachberatungsstellen.")]),
            ("Rückkehr und Zusammenarbeit mit Herkunftsländern", [
                ("2.1.2", "Überstellungen in den zuständigen Mitgliedstaat erfolgen innerhalb von sechs Monaten durch zentrale Stellen der Länder."),
                ("2.1.2", "Wer kein Aufenthaltsrecht hat, wird zur freiwilligen Rückkehr beraten und erhält Reintegrationshilfe; der Zoll führt jährlich 1 000 zusätzliche Kontrollen gegen Schwarzarbeit durch."),
                ("2.1.1", "Mit vier Herkunftsländern schließen wir Migrationsabkommen: 5 000 Visa für Fachkräfte und Saisonarbeit im Jahr gegen Zusammenarbeit bei der Rückübernahme."),
                ("2.1.1", "Aufnahmeländer nahe den Krisenregionen erhalten 100 Millionen Euro Entwicklungshilfe, und wir bilden Grenzbeamte in zwei Transitstaaten aus.")]),
            ("Wenn plötzlich viele kommen", [
                ("2.4", "Der Notfallplan erlaubt es, binnen zwei Wochen 50 000 Menschen in Messehallen und Notunterkünften der Länder unterzubringen."),
                ("2.4", "Der Plan legt fest, wer ihn auslöst und welches Reservepersonal einberufen wird, und er wird jedes Jahr in einer Übung mit dem Katastrophenschutz geprobt.")]),
            ("Gemeinsam handeln", [
                ("2.5", "Ein Lenkungskreis unter Vorsitz des Bundesministeriums des Innern tagt vierteljährlich mit den Ministerien für Arbeit, Bildung und Gesundheit und den Ländern."),
                ("2.5", "Kommunen, Wohlfahrtsverbände und Migrantenorganisationen werden jährlich zur Umsetzung der Strategie angehört.")]),
        ],
    },
    "hr": {
        "title": "Nacionalna strategija upravljanja azilom i migracijama 2026. – 2030. – nacrt za javno savjetovanje",
        "chapters": [
            ("Polazište", [
                ("1", "U 2025. u Hrvatskoj je podneseno 12 000 zahtjeva za međunarodnu zaštitu, uglavnom od osoba koje su ušle preko granice s Bosnom i Hercegovinom."),
                ("1", "Hrvatska čuva najdužu vanjsku kopnenu granicu Unije i nalazi se na zapadnobalkanskoj ruti.")]),
            ("Ljudi, oprema i novac", [
                ("2.6", "Do 2028. zaposlit ćemo 700 novih djelatnika u policiji i službi za azil te izgraditi dva nova prihvatilišta."),
                ("2.6", "Informacijski sustavi bit će povezani s Eurodacom i sustavom ulaska/izlaska, a Fond za azil, migracije i integraciju dopunjavat će državni proračun.")]),
            ("Brza i pravedna odluka", [
                ("2.3.1", "Služba za azil odlučivat će u prvom stupnju u roku od šest mjeseci i zaposliti 50 novih službenika za intervjue."),
                ("2.3.1", "Upravni sudovi imat će specijalizirana vijeća za azil, a informacije o zemljama podrijetla ažurirat će se svakog tromjesečja.")]),
            ("Prava i informacije", [
                ("2.3.2", "Svaki tražitelj od prvog dana dobiva besplatnu pravnu pomoć i tumača na svakom intervjuu."),
                ("2.3.2", "Informacije o postupku daju se pisano na dvadeset jezika i usmeno se objašnjavaju po dolasku.")]),
            ("Posebna skrb za ranjive", [
                ("2.3.2", "Djeca bez pratnje dobivaju posebnog skrbnika u roku od 24 sata."),
                ("2.3.2", "Osposobljeno osoblje prepoznaje žrtve mučenja i trgovanja ljudima već pri prvom kontaktu i upućuje ih specijaliziranim službama.")]),
            ("Povratak i suradnja sa zemljama podrijetla", [
                ("2.1.2", "Transferi u odgovornu državu članicu provodit će se u roku od šest mjeseci preko posebnog odjela Ravnateljstva policije."),
                ("2.1.2", "Osobe bez prava boravka dobivaju savjetovanje o dobrovoljnom povratku i pomoć pri reintegraciji; inspekcija rada provest će 400 dodatnih nadzora godišnje."),
                ("2.1.1", "S tri zemlje podrijetla sklopit ćemo partnerstva za mobilnost: 2 000 dozvola za sezonski rad godišnje u zamjenu za suradnju pri ponovnom prihvatu."),
                ("2.1.1", "Zemljama koje primaju izbjeglice blizu njihovih domova dodijelit ćemo 15 milijuna eura razvojne pomoći i osposobljavati granične službenike u dvjema tranzitnim zemljama.")]),
            ("Kad iznenada stigne mnogo ljudi", [
                ("2.4", "Plan za nepredviđene situacije omogućuje smještaj 20 000 ljudi u roku od dva tjedna u sportskim dvoranama i hitnim smještajnim kapacitetima županija."),
                ("2.4", "Plan određuje tko ga aktivira i koje se pričuvno osoblje poziva, a svake se godine provjerava vježbom s civilnom zaštitom.")]),
            ("Zajedničko djelovanje", [
                ("2.5", "Međuresorna radna skupina pod vodstvom Ministarstva unutarnjih poslova sastaje se svaka tri mjeseca s ministarstvima rada, obrazovanja i zdravstva."),
                ("2.5", "Županije, gradovi, organizacije civilnog društva i udruge migranata savjetuju se svake godine o provedbi strategije.")]),
        ],
    },
    "sv": {
        "title": "Nationell strategi för asyl- och migrationshantering 2026–2030 – remissversion",
        "chapters": [
            ("Så har strategin tagits fram", [
                ("2.5", "Strategin har tagits fram av en interdepartemental arbetsgrupp under Justitiedepartementet, som fortsätter att mötas varje kvartal med departementen för arbete, utbildning och hälsa."),
                ("2.5", "Regioner, kommuner, civilsamhället och migrantorganisationer har hörts och hörs varje år om genomförandet.")]),
            ("Läget i dag", [
                ("1", "Under 2025 sökte 11 000 personer asyl i Sverige, de flesta kom via Danmark och Tyskland."),
                ("1", "Sverige har en yttre gräns för unionen endast vid flygplatser och hamnar och är slutmål för många som rör sig inom unionen.")]),
            ("Samarbete med ursprungs- och transitländer", [
                ("2.1.1", "Vi ingår partnerskap för rörlighet med tre ursprungsländer: 1 500 arbetstillstånd per år mot samarbete om återtagande."),
                ("2.1.1", "Länder som tar emot flyktingar nära deras hem får 30 miljoner euro i utvecklingsbistånd, och vi utbildar gränspoliser i två transitländer.")]),
            ("Från boende till eget liv", [
                ("2.3.3", "Mottagandet får 15 000 platser med högst 250 boende per anläggning och en vårdmottagning på varje."),
                ("2.3.3", "Barnfamiljer bor i egna lägenheter med kök och får en dagersättning för vardagliga utgifter."),
                ("2.3.4", "Den som får skydd deltar i 400 timmar avgiftsfri svenskundervisning och får hjälp att hitta arbete och bostad."),
                ("2.3.4", "Utländska examina bedöms inom tre månader, och barn börjar skolan inom en månad efter ankomsten till kommunen.")]),
            ("Var och ens rättigheter", [
                ("2.3.2", "Varje sökande får kostnadsfritt offentligt biträde från första dagen och tolk vid varje samtal."),
                ("2.3.2", "Ensamkommande barn får en god man inom 24 timmar, och utbildad personal identifierar offer för tortyr och människohandel vid första kontakten.")]),
            ("Kontroll vid ankomsten", [
                ("2.2.2", "Den som reser in utan tillstånd genomgår screening vid gränsen med identitets-, hälso- och säkerhetskontroll inom sju dagar."),
                ("2.2.2", "Ett oberoende organ övervakar att de grundläggande rättigheterna respekteras under screeningen.")]),
            ("Snabba avgöranden vid gränsen", [
                ("2.2.2", "Ansökningar som görs vid Arlanda prövas i ett gränsförfarande som avslutas inom tolv veckor."),
                ("2.2.2", "Ett nytt center vid flygplatsen får 100 platser, och barnfamiljer undantas från gränsförfarandet.")]),
            ("Gränsen och dess bevakning", [
                ("2.2.1", "Polisen anställer 200 gränspoliser, inför automatiska passkontroller vid flygplatserna och deltar i Frontex gemensamma insatser."),
                ("2.2.1", "Varje person som påträffas efter en irreguljär inresa registreras, och fingeravtryck tas inom 72 timmar.")]),
            ("Den som inte får stanna", [
                ("2.1.2", "Överföringar till den ansvariga medlemsstaten genomförs inom sex månader av en särskild enhet inom polisen."),
                ("2.1.2", "Den som saknar rätt att vistas här får rådgivning om frivilligt återvändande och stöd till återintegrering; Arbetsmiljöverket gör 300 fler kontroller av svartarbete per år.")]),
            ("Beredskap för stora ankomster", [
                ("2.4", "Beredskapsplanen gör det möjligt att inom två veckor ta emot 20 000 personer i idrottshallar och regionernas evakueringsboenden."),
                ("2.4", "Planen övas varje år tillsammans med kommunerna och Myndigheten för samhällsskydd och beredskap, och erfarenheterna förs in i planen inom tre månader.")]),
        ],
    },
}


def build() -> list[Path]:
    """Write every document to tests/data/segment_heldout (own chapters, :func:`make_segment_docs.chapter_list`: a
    chapter's heading takes the gold section of its first paragraph, each paragraph keeps its own); returns the gold
    paths written."""
    return build_set(HELD, {"paraphr11": chapter_list}, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
