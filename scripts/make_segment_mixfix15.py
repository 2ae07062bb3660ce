"""Mixed-document checks of the mixfix15 helper (issue 14): sub-titles inside the last numbered section, and own
chapters after the numbered part with return and preparedness chapters.

Usage: ``python scripts/make_segment_mixfix15.py`` (from the repository root). All wording is new and invented (no
agency, law or figure is real), written with its gold before any change to ``segment/`` (2026-12-07):

- ``seg-{de,fr,pl,es,it,nl,pt}-subtitle15``: a numbered strategy (fewer than six Annex sections) whose LAST numbered section
  has a plain-text sub-title inside it ("Zuständigkeiten", "Financement" + "Répartition des responsabilités",
  "Odpowiedzialność", "Reparto de competencias", "Ripartizione delle responsabilità", "Verantwoordelijkheden",
  "Responsabilidades") over a list of who does what: all of it stays in that section (the
  debate13 government statement's trap). de/fr/pl/it/nl/pt tuned on (seen; it/nl/pt added after
  de/pl did not reproduce the trap, before any change); es held out until the rule was chosen.
- ``seg-{sk,fr,sv,sl,hr}-mixfix15``: two numbered Annex sections, then two or three of the document's own chapters
  (return 2.1.2, preparedness 2.4, integration 2.3.4) under bare or sentence-like titles: the own chapters close the
  numbered section and are placed by content. sk/fr/sv tuned on (seen); sl/hr held out until the rules were chosen.

Output: ``tests/data/segment_heldout/seg-*-{subtitle15,mixfix15}`` (.txt and .gold.json).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, write_doc  # noqa: E402

#: (doc id, language, title, [(role, section, text), ...]); "H" = numbered section heading, "T" = own title, "A" = answer.
DOCS: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    ("seg-de-subtitle15", "de", "Nationale Strategie für das Asyl- und Migrationsmanagement 2026–2031 – Erklärung der Landesregierung", [
        ("H", "1", "1. Kontext des nationalen Asyl- und Migrationsmanagements"),
        ("A", "1", "Im Jahr 2025 stellten 41.200 Menschen einen Antrag auf internationalen Schutz, 14 % weniger als im Vorjahr; "
                   "zwei Drittel reisten über die Landgrenze im Süden ein. Die Risikoanalyse vom Mai 2026 nennt die "
                   "Weiterwanderung und die knappen Unterkünfte als größte Herausforderungen."),
        ("H", "2.1.2", "2.1.2. Rückkehr"),
        ("A", "2.1.2", "Bis 2028 sollen jährlich 6.500 Rückführungen erfolgen. Vorrang hat die freiwillige Ausreise: Wer eine "
                       "Rückkehrentscheidung erhält, wird innerhalb von zehn Tagen zur Rückkehrberatung eingeladen."),
        ("H", "2.3.3", "2.3.3. Aufnahmebedingungen"),
        ("A", "2.3.3", "Die Erstaufnahme verfügt bis 2028 über 9.000 Plätze in Einrichtungen mit höchstens 400 Plätzen; "
                       "jede antragstellende Person erhält Unterkunft, Verpflegung, Gesundheitsversorgung und ein Taschengeld."),
        ("H", "2.6", "2.6. Ausreichende Kapazitäten zur Umsetzung der nationalen Strategie"),
        ("A", "2.6", "Für die Umsetzung stehen bis 2031 Landesmittel von 840 Mio. Euro und 280 zusätzliche Stellen im "
                     "Landesamt für Migration bereit; der Asyl-, Migrations- und Integrationsfonds ergänzt sie mit 48 Mio. Euro."),
        ("T", "2.6", "Zuständigkeiten"),
        ("A", "2.6", "Ministerium des Innern: Gesamtkoordinierung der Strategie und jährlicher Bericht an den Landtag.\n"
                     "Ministerium für Soziales: Aufnahme und Integration.\n"
                     "Staatskanzlei: Zusammenarbeit mit den Herkunftsländern bei der Rückübernahme."),
    ]),
    ("seg-fr-subtitle15", "fr", "Stratégie nationale de gestion de l'asile et de la migration 2026-2031 – Déclaration du gouvernement", [
        ("H", "2.2.2", "2.2.2. Accès effectif à la protection internationale aux frontières extérieures"),
        ("A", "2.2.2", "Aux points de passage frontaliers, chaque personne qui demande l'asile est enregistrée le jour même et "
                       "reçoit une information écrite sur la procédure dans une langue qu'elle comprend."),
        ("H", "2.3.3", "2.3.3. Un système d'accueil solide"),
        ("A", "2.3.3", "Le dispositif national d'accueil passe à 11 000 places d'ici 2028, dans des centres de 250 places au plus; "
                       "les mineurs non accompagnés sont hébergés dans de petites unités encadrées par des éducateurs."),
        ("H", "2.6", "2.6. Des capacités suffisantes pour mettre en œuvre la stratégie nationale"),
        ("A", "2.6", "Les services chargés de l'asile recrutent 320 agents supplémentaires d'ici 2029, dont 90 officiers de "
                     "protection, et un nouveau logiciel de gestion des dossiers relie l'accueil, l'instruction et l'éloignement."),
        ("T", "2.6", "Financement"),
        ("A", "2.6", "La stratégie est financée par 610 millions d'euros du budget de l'État sur 2026-2031, complétés par 52 "
                     "millions d'euros du Fonds « Asile, migration et intégration »; l'autorité de gestion vérifie l'absence de double financement."),
        ("T", "2.6", "Répartition des responsabilités"),
        ("A", "2.6", "Ministère de l'intérieur : pilotage d'ensemble de la stratégie et rapport annuel au Parlement.\n"
                     "Ministère des solidarités : accueil et intégration.\n"
                     "Ministère des affaires étrangères : coopération en matière de réadmission avec les pays d'origine."),
    ]),
    ("seg-pl-subtitle15", "pl", "Krajowa strategia zarządzania azylem i migracją na lata 2026–2031 – stanowisko Rady Ministrów", [
        ("H", "1", "1. Kontekst krajowego zarządzania azylem i migracją"),
        ("A", "1", "W 2025 r. o ochronę międzynarodową wystąpiło 9 800 osób, o 30% więcej niż rok wcześniej; większość przybyła "
                   "przez granicę wschodnią. Analiza ryzyka z kwietnia 2026 r. wskazuje presję na tej granicy jako główne zagrożenie."),
        ("H", "2.1.2", "2.1.2. Powroty"),
        ("A", "2.1.2", "Do 2028 r. Straż Graniczna ma wykonywać 5 000 powrotów rocznie; każda osoba, wobec której wydano decyzję "
                       "o zobowiązaniu do powrotu, otrzymuje najpierw ofertę dobrowolnego powrotu z pomocą reintegracyjną."),
        ("H", "2.3.4", "2.3.4. Warunki skutecznej i wczesnej integracji"),
        ("A", "2.3.4", "Osoby objęte ochroną uczą się języka polskiego w wymiarze 300 godzin, a urzędy pracy przygotowują dla "
                       "każdej z nich indywidualny plan wejścia na rynek pracy w ciągu trzech miesięcy."),
        ("H", "2.6", "2.6. Wystarczające zdolności do wdrożenia strategii krajowej"),
        ("A", "2.6", "Na realizację strategii przeznacza się 1,9 mld zł z budżetu państwa w latach 2026–2031 oraz 210 "
                     "dodatkowych etatów w Urzędzie do Spraw Cudzoziemców; środki unijne uzupełniają finansowanie krajowe."),
        ("T", "2.6", "Odpowiedzialność"),
        ("A", "2.6", "Minister Spraw Wewnętrznych: koordynacja całej strategii i coroczne sprawozdanie dla Rady Ministrów.\n"
                     "Minister Rodziny: przyjmowanie i integracja.\n"
                     "Minister Spraw Zagranicznych: współpraca z państwami pochodzenia w sprawie readmisji."),
    ]),
    ("seg-es-subtitle15", "es", "Estrategia nacional de gestión del asilo y la migración 2026-2031 – Declaración del Gobierno", [
        ("H", "1", "1. Contexto de la gestión nacional del asilo y la migración"),
        ("A", "1", "En 2025 solicitaron protección internacional 63 000 personas, un 8 % menos que en 2024; la mitad llegó por "
                   "vía marítima a las islas. El análisis de riesgos de marzo de 2026 señala las llegadas por mar como el principal reto."),
        ("H", "2.2.1", "2.2.1. Gestión de las fronteras exteriores"),
        ("A", "2.2.1", "La vigilancia costera se refuerza con cuatro patrulleras y un sistema de radar que cubre todo el litoral "
                       "atlántico; el control en frontera se coordina con Frontex."),
        ("H", "2.3.3", "2.3.3. Un sistema de acogida sólido"),
        ("A", "2.3.3", "La red de acogida alcanzará 15 000 plazas en 2028 en centros de tamaño medio, con atención sanitaria y "
                       "psicológica desde el primer día y plazas específicas para personas vulnerables."),
        ("H", "2.6", "2.6. Capacidad suficiente para aplicar la estrategia nacional"),
        ("A", "2.6", "La estrategia dispone de 1 100 millones de euros de los Presupuestos Generales del Estado para 2026-2031 y "
                     "de 400 nuevos puestos en la Oficina de Asilo y Refugio y en la Policía Nacional."),
        ("T", "2.6", "Reparto de competencias"),
        ("A", "2.6", "Ministerio del Interior: coordinación general de la estrategia e informe anual a las Cortes.\n"
                     "Ministerio de Inclusión: acogida e integración.\n"
                     "Ministerio de Asuntos Exteriores: cooperación en materia de readmisión con los países de origen."),
    ]),
    ("seg-it-subtitle15", "it", "Strategia nazionale di gestione dell'asilo e della migrazione 2026-2031 – Dichiarazione del Governo", [
        ("H", "2.2.2", "2.2.2. Accesso effettivo alla protezione internazionale alle frontiere esterne"),
        ("A", "2.2.2", "Nei valichi di frontiera e nei porti di sbarco la domanda di asilo è registrata lo stesso giorno e ogni "
                       "richiedente riceve un'informativa scritta sulla procedura in una lingua che comprende."),
        ("H", "2.3.3", "2.3.3. Un sistema di accoglienza solido"),
        ("A", "2.3.3", "I posti del sistema di accoglienza salgono a 40 000 entro il 2028, in centri di dimensioni medie, con "
                       "assistenza sanitaria dal primo giorno e posti dedicati alle persone vulnerabili."),
        ("H", "2.6", "2.6. Capacità sufficienti per attuare la strategia nazionale"),
        ("A", "2.6", "Per l'attuazione sono stanziati 1,4 miliardi di euro del bilancio dello Stato per il periodo 2026-2031 e "
                     "600 nuove unità di personale nelle commissioni territoriali e nelle questure."),
        ("T", "2.6", "Ripartizione delle responsabilità"),
        ("A", "2.6", "Ministero dell'Interno: coordinamento generale della strategia e relazione annuale al Parlamento.\n"
                     "Ministero del Lavoro: accoglienza e integrazione.\n"
                     "Ministero degli Affari esteri: cooperazione in materia di riammissione con i paesi di origine."),
    ]),
    ("seg-nl-subtitle15", "nl", "Nationale strategie voor asiel- en migratiebeheer 2026-2031 – Verklaring van de regering", [
        ("H", "2.2.2", "2.2.2. Daadwerkelijke toegang tot internationale bescherming aan de buitengrenzen"),
        ("A", "2.2.2", "Op de luchthaven en in de zeehavens wordt een asielaanvraag dezelfde dag geregistreerd en krijgt iedere "
                       "aanvrager schriftelijke uitleg over de procedure in een taal die hij begrijpt."),
        ("H", "2.3.3", "2.3.3. Een robuust opvangsysteem"),
        ("A", "2.3.3", "Het aantal opvangplaatsen groeit tot 2028 naar 60 000, in locaties van hoogstens 300 plaatsen, met "
                       "medische zorg vanaf de eerste dag en aparte plaatsen voor kwetsbare personen."),
        ("H", "2.6", "2.6. Voldoende capaciteit om de nationale strategie uit te voeren"),
        ("A", "2.6", "Voor de uitvoering is tot en met 2031 2,1 miljard euro uit de rijksbegroting beschikbaar en komen er 700 "
                     "extra formatieplaatsen bij de Immigratie- en Naturalisatiedienst."),
        ("T", "2.6", "Verantwoordelijkheden"),
        ("A", "2.6", "Minister van Asiel en Migratie: coördinatie van de hele strategie en jaarlijkse rapportage aan het parlement.\n"
                     "Minister van Sociale Zaken: opvang en integratie.\n"
                     "Minister van Buitenlandse Zaken: samenwerking met landen van herkomst bij terugname."),
    ]),
    ("seg-pt-subtitle15", "pt", "Estratégia nacional de gestão do asilo e da migração 2026-2031 – Declaração do Governo", [
        ("H", "2.1.2", "2.1.2. Regresso"),
        ("A", "2.1.2", "Até 2028 o país pretende executar 2 000 regressos por ano; quem recebe uma decisão de regresso é primeiro "
                       "convidado para uma entrevista e recebe uma oferta de regresso voluntário assistido."),
        ("H", "2.3.3", "2.3.3. Um sistema de acolhimento robusto"),
        ("A", "2.3.3", "A rede de acolhimento chega a 5 000 lugares em 2028, em centros de média dimensão, com cuidados de saúde "
                       "desde o primeiro dia e lugares próprios para pessoas vulneráveis."),
        ("H", "2.6", "2.6. Capacidade suficiente para executar a estratégia nacional"),
        ("A", "2.6", "A estratégia conta com 380 milhões de euros do Orçamento do Estado para 2026-2031 e com 150 novos "
                     "trabalhadores na Agência para a Integração, Migrações e Asilo."),
        ("T", "2.6", "Responsabilidades"),
        ("A", "2.6", "Ministério da Administração Interna: coordenação geral da estratégia e relatório anual à Assembleia da República.\n"
                     "Ministério do Trabalho: acolhimento e integração.\n"
                     "Ministério dos Negócios Estrangeiros: cooperação em matéria de readmissão com os países de origem."),
    ]),
    ("seg-sk-mixfix15", "sk", "Národná stratégia riadenia azylu a migrácie 2026 – 2031 – výťah na verejné pripomienkovanie", [
        ("H", "2.2.2", "2.2.2. Účinný prístup k medzinárodnej ochrane na vonkajších hraniciach"),
        ("A", "2.2.2", "Na hraničných priechodoch s Ukrajinou sa žiadosť o azyl zaeviduje v ten istý deň a každý žiadateľ "
                       "dostane písomné poučenie o konaní v jazyku, ktorému rozumie."),
        ("A", "2.2.2", "Konanie na hraniciach trvá najviac dvanásť týždňov a žiadatelia majú od prvého dňa prístup k bezplatnej "
                       "právnej pomoci."),
        ("H", "2.3.3", "2.3.3. Spoľahlivý systém prijímania"),
        ("A", "2.3.3", "Počet miest v záchytných a pobytových táboroch sa do roku 2028 zvýši na 3 500 v zariadeniach s najviac "
                       "250 miestami; rezerva 500 miest pokryje výkyvy."),
        ("A", "2.3.3", "Maloletí bez sprievodu bývajú v malých skupinách so stálym vychovávateľom a zraniteľné osoby sú lekársky "
                       "vyšetrené do dvoch dní od príchodu."),
        ("T", "2.1.2", "Návraty"),
        ("A", "2.1.2", "Úrad hraničnej a cudzineckej polície vedie do troch týždňov od zamietavého rozhodnutia povinný rozhovor "
                       "o návrate a ponúkne asistovaný dobrovoľný návrat s podporou reintegrácie."),
        ("A", "2.1.2", "Kto neodíde dobrovoľne, toho polícia vyhostí; nútené návraty sleduje verejný ochranca práv a zaistenie "
                       "sa používa len ako posledná možnosť."),
        ("T", "2.4", "Keď príde veľa ľudí naraz"),
        ("A", "2.4", "Pohotovostný plán umožňuje do dvoch týždňov ubytovať 10 000 ľudí v športových halách a dočasných "
                     "zariadeniach krajov, ak by hromadný príchod prevýšil bežné kapacity."),
        ("A", "2.4", "Plán sa každý rok preveruje na cvičení s civilnou ochranou a záloha 150 vyškolených zamestnancov sa dá "
                     "povolať do 48 hodín."),
        ("T", "2.3.4", "Život a práca v obci"),
        ("A", "2.3.4", "Osoby s medzinárodnou ochranou absolvujú 300 hodín bezplatného kurzu slovenčiny a úrad práce im pomáha "
                       "nájsť zamestnanie."),
        ("A", "2.3.4", "Obce poskytujú príspevok na nájomné počas prvého roka a deti sa zapíšu do školy do jedného mesiaca."),
    ]),
    ("seg-fr-mixfix15", "fr", "Stratégie nationale de gestion de l'asile et de la migration 2026-2031 – extrait soumis à consultation", [
        ("H", "2.2.2", "2.2.2. Accès effectif à la protection internationale aux frontières extérieures"),
        ("A", "2.2.2", "Dans les zones d'attente des aéroports, la demande d'asile est enregistrée le jour même et un avocat est "
                       "joignable dès la première heure."),
        ("A", "2.2.2", "La procédure à la frontière est achevée en douze semaines au plus, recours compris."),
        ("H", "2.6", "2.6. Des capacités suffisantes pour mettre en œuvre la stratégie nationale"),
        ("A", "2.6", "Les services chargés de l'asile reçoivent 140 millions d'euros supplémentaires par an jusqu'en 2030 et "
                     "recrutent 500 agents, dont 160 officiers de protection."),
        ("A", "2.6", "Un système d'information unique relie l'accueil, l'instruction et l'éloignement, et la connexion à Eurodac "
                     "et au système d'information Schengen est modernisée."),
        ("T", "2.1.2", "Éloignements et départs volontaires"),
        ("A", "2.1.2", "Toute personne déboutée est convoquée à un entretien de retour dans les trois semaines suivant la décision "
                       "et se voit proposer une aide au retour volontaire et à la réinsertion."),
        ("A", "2.1.2", "À défaut de départ volontaire, l'éloignement est exécuté par la police aux frontières; la rétention n'est "
                       "utilisée qu'en dernier recours et les vols de retour sont observés par le Défenseur des droits."),
        ("T", "2.4", "Si beaucoup de personnes arrivent en même temps"),
        ("A", "2.4", "Le plan de contingence permet d'héberger 20 000 personnes en deux semaines dans des gymnases et des "
                     "structures temporaires mises à disposition par les préfectures en cas d'arrivées massives."),
        ("A", "2.4", "Le plan est testé chaque année lors d'un exercice avec la sécurité civile, et une réserve de 250 agents "
                     "formés peut être mobilisée en 48 heures."),
        ("T", "2.3.4", "Vivre et travailler dans la commune"),
        ("A", "2.3.4", "Les bénéficiaires d'une protection suivent 400 heures de cours de français gratuits et France Travail les "
                       "accompagne dans la recherche d'un emploi."),
        ("A", "2.3.4", "Les communes versent une aide au logement la première année et les enfants sont scolarisés dans le mois."),
    ]),
    ("seg-sv-mixfix15", "sv", "Nationell strategi för asyl- och migrationshantering 2026–2031 – utdrag för remiss", [
        ("H", "2.3.3", "2.3.3. Ett robust mottagningssystem"),
        ("A", "2.3.3", "Antalet platser i mottagandet ökar till 12 000 till 2028, i boenden med högst 300 platser, och en reserv "
                       "på 1 000 platser tar hand om toppar."),
        ("A", "2.3.3", "Ensamkommande barn bor i små boenden med en fast kontaktperson, och sårbara personers hälsa bedöms inom "
                       "två dagar efter ankomsten."),
        ("H", "2.3.4", "2.3.4. Förutsättningar för en framgångsrik och tidig integration"),
        ("A", "2.3.4", "Personer med skydd läser 300 timmar svenska redan under mottagandet, och Arbetsförmedlingen gör en "
                       "kompetenskartläggning inom två månader."),
        ("A", "2.3.4", "Kommunerna erbjuder bostad och en egen integrationsplan inom sex månader efter beslutet."),
        ("T", "2.1.2", "De som måste lämna landet"),
        ("A", "2.1.2", "Migrationsverket håller ett obligatoriskt återvändandesamtal inom tre veckor efter ett avslag, och den "
                       "som inte reser frivilligt överlämnas till polisen för verkställighet."),
        ("A", "2.1.2", "Stödet till självmant återvändande och återetablering höjs till 60 miljoner kronor per år, och "
                       "förvar används endast som sista utväg."),
        ("T", "2.4", "När många kommer samtidigt"),
        ("A", "2.4", "Beredskapsplanen gör det möjligt att inom två veckor ge 15 000 personer tak över huvudet i sporthallar och "
                     "tillfälliga boenden som länsstyrelserna ställer i ordning vid ett massinflöde."),
        ("A", "2.4", "Planen övas varje år tillsammans med Myndigheten för civilt försvar, och en reserv på 200 utbildade "
                     "handläggare kan kallas in inom 48 timmar."),
    ]),
    ("seg-sl-mixfix15", "sl", "Nacionalna strategija upravljanja azila in migracij 2026–2031 – izvleček za javno obravnavo", [
        ("H", "2.2.2", "2.2.2. Učinkovit dostop do mednarodne zaščite na zunanjih mejah"),
        ("A", "2.2.2", "Na mejnih prehodih s Hrvaško se prošnja za azil evidentira isti dan, vsak prosilec pa prejme pisno "
                       "obvestilo o postopku v jeziku, ki ga razume."),
        ("A", "2.2.2", "Postopek na meji se konča v dvanajstih tednih, prosilci pa imajo od prvega dne dostop do brezplačne "
                       "pravne pomoči."),
        ("H", "2.3.3", "2.3.3. Trden sistem sprejema"),
        ("A", "2.3.3", "Število mest v azilnem domu in njegovih izpostavah se do leta 2028 poveča na 2 400, rezerva 300 mest pa "
                       "pokrije nihanja."),
        ("A", "2.3.3", "Mladoletniki brez spremstva živijo v majhnih stanovanjskih skupinah s stalnim vzgojiteljem, ranljive "
                       "osebe pa zdravnik pregleda v dveh dneh po prihodu."),
        ("T", "2.1.2", "Vračanje"),
        ("A", "2.1.2", "Policija v treh tednih po zavrnilni odločbi opravi obvezen razgovor o vrnitvi in ponudi podprto "
                       "prostovoljno vrnitev s pomočjo pri ponovnem vključevanju."),
        ("A", "2.1.2", "Kdor ne odide prostovoljno, je odstranjen; prisilne vrnitve spremlja varuh človekovih pravic, pridržanje "
                       "pa je zadnja možnost."),
        ("T", "2.4", "Ko jih pride veliko hkrati"),
        ("A", "2.4", "Načrt za izredne razmere omogoča, da se v dveh tednih v športnih dvoranah in začasnih objektih občin "
                     "nastani 6 000 ljudi, če množični prihodi presežejo redne zmogljivosti."),
        ("A", "2.4", "Načrt se vsako leto preizkusi na vaji s civilno zaščito, rezervo 80 usposobljenih uslužbencev pa je "
                     "mogoče vpoklicati v 48 urah."),
        ("T", "2.3.4", "Življenje in delo v občini"),
        ("A", "2.3.4", "Osebe z mednarodno zaščito obiskujejo 300 ur brezplačnega tečaja slovenščine, zavod za zaposlovanje pa "
                       "jim pomaga najti delo."),
        ("A", "2.3.4", "Občine prvo leto plačujejo del najemnine, otroci pa se v šolo vpišejo v enem mesecu."),
    ]),
    ("seg-hr-mixfix15", "hr", "Nacionalna strategija upravljanja azilom i migracijama 2026. – 2031. – izvadak za javno savjetovanje", [
        ("H", "2.3.3", "2.3.3. Pouzdan sustav prihvata"),
        ("A", "2.3.3", "Broj mjesta u prihvatilištima za tražitelje međunarodne zaštite do 2028. raste na 2 800, a pričuva od 400 "
                       "mjesta pokriva vršna opterećenja."),
        ("A", "2.3.3", "Djeca bez pratnje žive u malim stambenim zajednicama sa stalnim odgojiteljem, a ranjive osobe liječnik "
                       "pregleda u roku od dva dana od dolaska."),
        ("H", "2.6", "2.6. Dostatni kapaciteti za provedbu nacionalne strategije"),
        ("A", "2.6", "Nadležna tijela dobivaju dodatnih 45 milijuna eura godišnje do 2030. i zapošljavaju 260 službenika, od "
                     "kojih 70 donositelja odluka."),
        ("A", "2.6", "Novi sustav za vođenje predmeta povezuje prihvat, postupak i povratak, a veza s Eurodacom i Schengenskim "
                     "informacijskim sustavom se modernizira."),
        ("T", "2.1.2", "Povratak"),
        ("A", "2.1.2", "Policija u roku od tri tjedna od odbijajuće odluke provodi obvezni razgovor o povratku i nudi potpomognuti "
                       "dobrovoljni povratak s potporom za reintegraciju."),
        ("A", "2.1.2", "Tko ne ode dobrovoljno, bit će udaljen; prisilne povratke prati pučka pravobraniteljica, a zadržavanje je "
                       "krajnja mjera."),
        ("T", "2.4", "Kad ih dođe mnogo odjednom"),
        ("A", "2.4", "Plan za izvanredne situacije omogućuje da se u dva tjedna u sportskim dvoranama i privremenim objektima "
                     "županija smjesti 8 000 ljudi ako masovni dolasci premaše redovne kapacitete."),
        ("A", "2.4", "Plan se svake godine provjerava na vježbi s civilnom zaštitom, a pričuva od 100 osposobljenih službenika "
                     "može se pozvati u roku od 48 sati."),
        ("T", "2.3.4", "Integracija u lokalnoj zajednici"),
        ("A", "2.3.4", "Osobe pod međunarodnom zaštitom pohađaju 300 sati besplatnog tečaja hrvatskoga jezika, a zavod za "
                       "zapošljavanje pomaže im pronaći posao."),
        ("A", "2.3.4", "Gradovi prve godine plaćaju dio najamnine, a djeca se upisuju u školu u roku od mjesec dana."),
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
