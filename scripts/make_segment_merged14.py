"""Merged-chapter segmentation documents of the fourteenth session (issue 14, seg14m): the ``merged14`` shape.

Usage: ``python scripts/make_segment_merged14.py`` (from the repository root). A free-form
strategy excerpt without Annex numbers: own unnumbered chapters whose titles paraphrase the
Annex's, most of them MERGING two sections (each paragraph keeps its own section in the
gold, the heading the first's): border guarding + screening/border procedure (2.2.1+2.2.2,
either order), return + partner countries (2.1.2+2.1.1, either order), reception +
integration (2.3.3+2.3.4), preparedness + capacity (2.4+2.6, either order). Languages
not used by ``paraphr10``/``paraphr11``: Czech, Spanish, Polish (tuning: the rule is chosen
on them) and Danish, Finnish (held out: not looked at until the rule is chosen).

- ``cs``: 1, 2.2.1+2.2.2, 2.3.1, 2.3.3+2.3.4, 2.1.2+2.1.1, 2.4+2.6, 2.5;
- ``es``: 1, 2.1.1+2.1.2, 2.2.1+2.2.2, 2.3.2, 2.3.3+2.3.4, 2.6+2.4, 2.1.3;
- ``pl``: 1, 2.2.2+2.2.1, 2.3.3+2.3.4, 2.3.1, 2.1.2+2.1.1, 2.4+2.6, 2.5;
- ``da`` (held out): 1, 2.2.1+2.2.2, 2.3.2, 2.3.3+2.3.4, 2.1.2+2.1.1, 2.4+2.6;
- ``fi`` (held out): 1, 2.5, 2.1.1+2.1.2, 2.3.1, 2.2.1+2.2.2, 2.3.3+2.3.4, 2.4+2.6.

Written before the session changed any code; all to ``tests/data/segment_heldout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import build_set, chapter_list  # noqa: E402

# A chapter: (its title, [(Annex section, paragraph), ...]); the heading's gold section is its first paragraph's.
DOCS: dict[str, dict] = {
    "cs": {
        "title": "Národní strategie řízení azylu a migrace 2026–2030 – návrh k připomínkovému řízení",
        "chapters": [
            ("Kde dnes stojíme", [
                ("1", "V roce 2025 požádalo v České republice o mezinárodní ochranu 2 400 osob, většina z nich přicestovala letecky nebo přes Slovensko."),
                ("1", "Česká republika má vnější hranici Unie pouze na mezinárodních letištích a leží na trase sekundárních pohybů do Německa.")]),
            ("Ochrana hranice a první kontrola příchozích", [
                ("2.2.1", "Cizinecká policie přijme 250 nových policistů, vybaví letiště Václava Havla biometrickými branami a zapojí se do společných operací agentury Frontex."),
                ("2.2.1", "Hlídky na letištích budou posíleny a každá osoba zadržená po nedovoleném vstupu bude do 72 hodin zaevidována a budou jí sejmuty otisky prstů."),
                ("2.2.2", "Prověrka osob, které vstoupí bez povolení, proběhne v přijímacím středisku na letišti do sedmi dnů a zahrnuje kontrolu totožnosti, zdraví a bezpečnosti."),
                ("2.2.2", "Řízení na hranici skončí nejpozději do dvanácti týdnů, rodiny s dětmi jsou z něj vyňaty a nezávislý orgán sleduje dodržování základních práv během prověrky.")]),
            ("Rozhodovat rychle a spravedlivě", [
                ("2.3.1", "Odbor azylové a migrační politiky rozhodne v prvním stupni do šesti měsíců a přijme 60 nových rozhodovatelů."),
                ("2.3.1", "Krajské soudy získají specializované senáty pro azylové věci a informace o zemích původu budou aktualizovány každé čtvrtletí.")]),
            ("Od ubytování k samostatnému životu", [
                ("2.3.3", "Přijímací a pobytová střediska nabídnou 4 000 míst, nejvýše 200 obyvatel v jednom zařízení a lékaře v každém z nich."),
                ("2.3.3", "Rodiny s dětmi bydlí v samostatných bytových jednotkách s kuchyní a dostávají měsíční příspěvek na běžné výdaje."),
                ("2.3.3", "Žadatelé mohou po šesti měsících řízení pracovat a děti chodí do školy v obci, kde středisko stojí."),
                ("2.3.4", "Kdo získá ochranu, absolvuje 400 hodin bezplatné výuky češtiny a dostane pomoc při hledání práce a bydlení."),
                ("2.3.4", "Zahraniční vzdělání se uzná do tří měsíců a regionální integrační centra doprovázejí nové obyvatele během prvního roku.")]),
            ("Návraty a spolupráce se zeměmi původu", [
                ("2.1.2", "Kdo nemá právo pobytu, dostane poradenství k dobrovolnému návratu a podporu při reintegraci; nucené návraty provádí zvláštní útvar policie."),
                ("2.1.2", "Přemístění do odpovědného členského státu proběhne do šesti měsíců a inspekce práce provede ročně 300 dalších kontrol nelegálního zaměstnávání."),
                ("2.1.1", "Se třemi zeměmi původu uzavřeme partnerství pro mobilitu: 2 000 pracovních povolení ročně výměnou za spolupráci při zpětném přebírání."),
                ("2.1.1", "Zemím, které hostí uprchlíky v blízkosti jejich domovů, poskytneme 20 milionů eur rozvojové pomoci a vyškolíme pohraniční policisty ve dvou tranzitních zemích.")]),
            ("Připraveni na nápor: lidé, plány a peníze", [
                ("2.4", "Pohotovostní plán umožní do dvou týdnů ubytovat 15 000 lidí ve sportovních halách a nouzových kapacitách krajů."),
                ("2.4", "Plán určuje, kdo jej aktivuje a které záložní síly se povolají, a každý rok se procvičuje se složkami integrovaného záchranného systému."),
                ("2.6", "Do roku 2028 přijmeme 500 nových pracovníků v policii a v azylové správě a postavíme dvě nová střediska."),
                ("2.6", "Informační systémy budou napojeny na Eurodac a systém vstupu/výstupu a Azylový, migrační a integrační fond doplní státní rozpočet.")]),
            ("Kdo na strategii spolupracuje", [
                ("2.5", "Meziresortní pracovní skupina pod vedením Ministerstva vnitra se schází čtvrtletně s ministerstvy práce, školství a zdravotnictví."),
                ("2.5", "Kraje, obce, nevládní organizace a sdružení migrantů jsou každoročně konzultovány o provádění strategie.")]),
        ],
    },
    "es": {
        "title": "Estrategia nacional de gestión del asilo y la migración 2026–2030 – borrador para consulta pública",
        "chapters": [
            ("Punto de partida", [
                ("1", "En 2025 se presentaron en España 160 000 solicitudes de protección internacional, la mayoría en Madrid y en las ciudades de llegada por mar."),
                ("1", "España tiene fronteras exteriores marítimas y terrestres en Ceuta y Melilla y se encuentra en las rutas del Mediterráneo occidental y del Atlántico.")]),
            ("Socios fuera de Europa y regreso de quienes no pueden quedarse", [
                ("2.1.1", "Firmaremos asociaciones de movilidad con cuatro países de origen: 8 000 visados de trabajo de temporada al año a cambio de cooperación en la readmisión."),
                ("2.1.1", "Los países que acogen refugiados cerca de sus hogares recibirán 60 millones de euros de ayuda al desarrollo, y formaremos a guardias de fronteras en dos países de tránsito."),
                ("2.1.2", "Quien no tenga derecho a permanecer recibirá asesoramiento sobre el retorno voluntario y ayuda a la reintegración; los retornos forzosos los ejecuta una unidad central de la Policía."),
                ("2.1.2", "Los traslados al Estado miembro responsable se harán en seis meses, y la Inspección de Trabajo realizará 2 000 controles adicionales al año contra el empleo irregular.")]),
            ("Vigilar la frontera y examinar a quien llega", [
                ("2.2.1", "La Guardia Civil y la Policía Nacional incorporarán 900 agentes, renovarán los radares de vigilancia costera y participarán en las operaciones conjuntas de Frontex."),
                ("2.2.1", "Los puestos fronterizos de Ceuta y Melilla contarán con lectores biométricos y patrullas reforzadas las veinticuatro horas."),
                ("2.2.1", "Toda persona interceptada tras un cruce irregular será registrada y se le tomarán las huellas en un plazo de 72 horas."),
                ("2.2.2", "El control de las personas que llegan sin autorización se realiza en centros de primera acogida en un máximo de siete días, con comprobación de identidad, salud y seguridad."),
                ("2.2.2", "El procedimiento en frontera terminará en doce semanas como máximo; las familias con niños quedan exentas y un mecanismo independiente vigila los derechos fundamentales.")]),
            ("Las garantías de cada persona", [
                ("2.3.2", "Cada solicitante dispone de asistencia jurídica gratuita desde el registro y de un intérprete en cada entrevista."),
                ("2.3.2", "Los menores no acompañados tienen un tutor en 24 horas, y las víctimas de trata o tortura son identificadas desde el primer contacto.")]),
            ("Acoger y después integrar", [
                ("2.3.3", "El sistema de acogida tendrá 30 000 plazas, con un máximo de 250 residentes por centro y atención sanitaria en cada uno."),
                ("2.3.3", "Las familias con hijos viven en pisos independientes con cocina y reciben una asignación mensual para gastos corrientes."),
                ("2.3.4", "Quien obtenga protección seguirá 300 horas de clases gratuitas de español y recibirá ayuda para encontrar empleo y vivienda."),
                ("2.3.4", "Los títulos extranjeros se homologarán en tres meses, y los niños se escolarizarán en el mes siguiente a su llegada al municipio.")]),
            ("Medios y capacidad de reacción", [
                ("2.6", "Hasta 2028 se contratarán 1 200 empleados en las oficinas de asilo y extranjería y se construirán tres nuevos centros."),
                ("2.6", "Los sistemas informáticos se conectarán a Eurodac y al Sistema de Entradas y Salidas, y el Fondo de Asilo, Migración e Integración completará el presupuesto del Estado."),
                ("2.4", "El plan de contingencia permite alojar a 20 000 personas en dos semanas en pabellones y alojamientos de emergencia de las comunidades autónomas."),
                ("2.4", "El plan fija quién lo activa y qué personal de reserva se moviliza, y se ensaya cada año con Protección Civil.")]),
            ("Solidaridad con los demás Estados miembros", [
                ("2.1.3", "España contribuirá a la solidaridad reubicando a 2 000 personas al año o con contribuciones financieras equivalentes."),
                ("2.1.3", "Cuando otro Estado miembro esté bajo presión, enviaremos expertos en asilo y equipos de registro.")]),
        ],
    },
    "pl": {
        "title": "Krajowa strategia zarządzania azylem i migracją na lata 2026–2030 – projekt do konsultacji",
        "chapters": [
            ("Sytuacja wyjściowa", [
                ("1", "W 2025 roku w Polsce złożono 9 000 wniosków o ochronę międzynarodową, głównie przez osoby, które przekroczyły granicę z Białorusią."),
                ("1", "Polska strzeże jednego z najdłuższych lądowych odcinków zewnętrznej granicy Unii i leży na szlaku wschodnim.")]),
            ("Pierwszy kontakt i strzeżenie granicy", [
                ("2.2.2", "Kontrola przesiewowa osób, które wjechały bez zezwolenia, odbywa się w ośrodkach przy granicy w ciągu siedmiu dni i obejmuje tożsamość, zdrowie i bezpieczeństwo."),
                ("2.2.2", "Procedura graniczna kończy się w ciągu dwunastu tygodni, rodziny z dziećmi są z niej zwolnione, a niezależny organ monitoruje przestrzeganie praw podstawowych."),
                ("2.2.1", "Straż Graniczna zatrudni 1 000 funkcjonariuszy, rozbuduje system kamer i czujników na granicy wschodniej i weźmie udział we wspólnych operacjach Frontexu."),
                ("2.2.1", "Każda osoba zatrzymana po nielegalnym przekroczeniu granicy jest rejestrowana, a jej odciski palców są pobierane w ciągu 72 godzin.")]),
            ("Przyjęcie i integracja", [
                ("2.3.3", "Ośrodki dla cudzoziemców zapewnią 6 000 miejsc, najwyżej 200 mieszkańców w jednym ośrodku i opiekę lekarską na miejscu."),
                ("2.3.3", "Rodziny z dziećmi mieszkają w samodzielnych mieszkaniach z kuchnią i otrzymują miesięczne świadczenie na bieżące wydatki."),
                ("2.3.4", "Osoby objęte ochroną uczestniczą w 400 godzinach bezpłatnej nauki języka polskiego i otrzymują pomoc w znalezieniu pracy i mieszkania."),
                ("2.3.4", "Zagraniczne dyplomy są uznawane w ciągu trzech miesięcy, a dzieci zaczynają naukę w szkole w ciągu miesiąca od przyjazdu do gminy.")]),
            ("Sprawna procedura", [
                ("2.3.1", "Urząd do Spraw Cudzoziemców rozstrzygnie w pierwszej instancji w ciągu sześciu miesięcy i zatrudni 120 nowych orzeczników."),
                ("2.3.1", "Rada do Spraw Uchodźców otrzyma dodatkowe składy orzekające, a informacje o krajach pochodzenia będą aktualizowane co kwartał.")]),
            ("Powroty i partnerzy", [
                ("2.1.2", "Osoby bez prawa pobytu otrzymują doradztwo w sprawie dobrowolnego powrotu i wsparcie reintegracyjne; powroty przymusowe prowadzi Straż Graniczna."),
                ("2.1.2", "Przekazania do odpowiedzialnego państwa członkowskiego odbywają się w ciągu sześciu miesięcy, a Państwowa Inspekcja Pracy przeprowadzi 500 dodatkowych kontroli nielegalnego zatrudnienia rocznie."),
                ("2.1.1", "Z trzema krajami pochodzenia zawrzemy partnerstwa na rzecz mobilności: 4 000 zezwoleń na pracę sezonową rocznie w zamian za współpracę przy readmisji."),
                ("2.1.1", "Krajom przyjmującym uchodźców blisko ich domów przekażemy 25 milionów euro pomocy rozwojowej i przeszkolimy funkcjonariuszy granicznych w dwóch krajach tranzytowych.")]),
            ("Gotowość i zasoby", [
                ("2.4", "Plan awaryjny pozwala w ciągu dwóch tygodni zakwaterować 30 000 osób w halach sportowych i obiektach zastępczych województw."),
                ("2.4", "Plan określa, kto go uruchamia i jakie rezerwy kadrowe są powoływane, i jest co roku ćwiczony z Państwową Strażą Pożarną."),
                ("2.6", "Do 2028 roku zatrudnimy 1 500 nowych pracowników w Straży Granicznej i w Urzędzie do Spraw Cudzoziemców oraz zbudujemy dwa nowe ośrodki."),
                ("2.6", "Systemy informatyczne zostaną połączone z Eurodakiem i systemem wjazdu/wyjazdu, a Fundusz Azylu, Migracji i Integracji uzupełni budżet państwa.")]),
            ("Współpraca instytucji", [
                ("2.5", "Międzyresortowy zespół pod przewodnictwem Ministerstwa Spraw Wewnętrznych i Administracji spotyka się co kwartał z ministerstwami pracy, edukacji i zdrowia."),
                ("2.5", "Województwa, gminy, organizacje pozarządowe i stowarzyszenia migrantów są co roku konsultowane w sprawie realizacji strategii.")]),
        ],
    },
    "da": {
        "title": "National strategi for asyl- og migrationsstyring 2026–2030 – udkast til høring",
        "chapters": [
            ("Udgangspunktet", [
                ("1", "I 2025 søgte 4 500 personer asyl i Danmark, de fleste indrejst over den tyske grænse."),
                ("1", "Danmark har en ydre grænse for Unionen i lufthavne og havne og ligger på ruten mod Sverige og Norge.")]),
            ("Grænsen: bevogtning og screening", [
                ("2.2.1", "Politiet ansætter 200 nye betjente ved grænsen, indfører automatiske paskontroller i Københavns Lufthavn og deltager i Frontex' fælles operationer."),
                ("2.2.1", "Enhver, der pågribes efter en ulovlig indrejse, registreres, og der tages fingeraftryk inden for 72 timer."),
                ("2.2.2", "Screeningen af personer, der rejser ind uden tilladelse, sker i et center ved lufthavnen inden for syv dage og omfatter identitet, helbred og sikkerhed."),
                ("2.2.2", "Grænseproceduren afsluttes inden for tolv uger, børnefamilier er undtaget, og et uafhængigt organ overvåger de grundlæggende rettigheder.")]),
            ("Den enkeltes rettigheder", [
                ("2.3.2", "Hver ansøger får gratis juridisk rådgivning fra første dag og tolk ved hver samtale."),
                ("2.3.2", "Uledsagede børn får en repræsentant inden for 24 timer, og ofre for tortur og menneskehandel identificeres ved første kontakt.")]),
            ("Hjem, skole og arbejde", [
                ("2.3.3", "Asylsystemet får 8 000 pladser med højst 250 beboere pr. center og en sundhedsklinik på hvert center."),
                ("2.3.3", "Børnefamilier bor i egne lejligheder med køkken og får et månedligt beløb til daglige udgifter."),
                ("2.3.4", "Den, der får beskyttelse, deltager i 400 timers gratis danskundervisning og får hjælp til at finde arbejde og bolig."),
                ("2.3.4", "Udenlandske uddannelser vurderes inden for tre måneder, og børn begynder i skole inden for en måned efter ankomsten til kommunen.")]),
            ("Hjemrejse og samarbejde med oprindelseslande", [
                ("2.1.2", "Den, der ikke har ret til ophold, får rådgivning om frivillig hjemrejse og støtte til reintegration; tvangsmæssige udsendelser varetages af Hjemrejsestyrelsen og politiet."),
                ("2.1.2", "Overførsler til den ansvarlige medlemsstat sker inden for seks måneder, og Arbejdstilsynet gennemfører 300 ekstra kontroller af sort arbejde om året."),
                ("2.1.1", "Vi indgår mobilitetspartnerskaber med tre oprindelseslande: 1 500 arbejdstilladelser om året mod samarbejde om tilbagetagelse."),
                ("2.1.1", "Lande, der modtager flygtninge tæt på deres hjem, får 40 millioner euro i udviklingsbistand, og vi uddanner grænsebetjente i to transitlande.")]),
            ("Beredskab og kapacitet", [
                ("2.4", "Beredskabsplanen gør det muligt at indkvartere 10 000 personer inden for to uger i idrætshaller og kommunernes nødboliger."),
                ("2.4", "Planen fastlægger, hvem der aktiverer den, og hvilket reservepersonale der indkaldes, og den øves hvert år med Beredskabsstyrelsen."),
                ("2.6", "Frem til 2028 ansættes 400 nye medarbejdere i Udlændingestyrelsen og politiet, og der bygges to nye centre."),
                ("2.6", "It-systemerne kobles til Eurodac og ind- og udrejsesystemet, og Asyl-, Migrations- og Integrationsfonden supplerer statens budget.")]),
        ],
    },
    "fi": {
        "title": "Kansallinen turvapaikka- ja maahanmuuttostrategia 2026–2030 – lausuntoversio",
        "chapters": [
            ("Lähtökohdat", [
                ("1", "Vuonna 2025 Suomessa jätettiin 5 000 turvapaikkahakemusta, suurin osa itärajan ja Helsinki-Vantaan lentoaseman kautta."),
                ("1", "Suomi vartioi Unionin pitkää ulkorajaa Venäjän kanssa ja sijaitsee pohjoisen reitin varrella.")]),
            ("Näin strategia syntyi", [
                ("2.5", "Strategian valmisteli sisäministeriön johtama ministeriöiden välinen työryhmä, joka kokoontuu neljännesvuosittain työ-, opetus- ja sosiaali- ja terveysministeriön kanssa."),
                ("2.5", "Hyvinvointialueita, kuntia, järjestöjä ja maahanmuuttajajärjestöjä kuullaan vuosittain strategian toimeenpanosta.")]),
            ("Kumppanit ja paluu", [
                ("2.1.1", "Solmimme liikkuvuuskumppanuudet kolmen lähtömaan kanssa: 2 000 työlupaa vuodessa vastineeksi yhteistyöstä takaisinotossa."),
                ("2.1.1", "Pakolaisia lähellä heidän kotejaan vastaanottavat maat saavat 30 miljoonaa euroa kehitysapua, ja koulutamme rajavartijoita kahdessa kauttakulkumaassa."),
                ("2.1.2", "Henkilö, jolla ei ole oleskeluoikeutta, saa neuvontaa vapaaehtoiseen paluuseen ja tukea uudelleenkotoutumiseen; poliisin erillinen yksikkö hoitaa pakkopalautukset."),
                ("2.1.2", "Siirrot vastuussa olevaan jäsenvaltioon tehdään kuudessa kuukaudessa, ja työsuojeluviranomainen tekee vuosittain 300 lisätarkastusta pimeän työn torjumiseksi.")]),
            ("Nopeat ja oikeudenmukaiset päätökset", [
                ("2.3.1", "Maahanmuuttovirasto ratkaisee hakemukset ensimmäisessä asteessa kuudessa kuukaudessa ja palkkaa 80 uutta ratkaisijaa."),
                ("2.3.1", "Hallinto-oikeudet saavat turvapaikka-asioihin erikoistuneet kokoonpanot, ja maatiedot päivitetään neljännesvuosittain.")]),
            ("Rajan valvonta ja tulijoiden seulonta", [
                ("2.2.1", "Rajavartiolaitos palkkaa 400 uutta rajavartijaa, rakentaa itärajalle valvontakameroita ja osallistuu Frontexin yhteisoperaatioihin."),
                ("2.2.1", "Jokainen luvattoman rajanylityksen jälkeen tavattu henkilö rekisteröidään ja hänen sormenjälkensä otetaan 72 tunnin kuluessa."),
                ("2.2.2", "Luvatta saapuneiden seulonta tehdään rajan läheisessä keskuksessa seitsemässä päivässä, ja se kattaa henkilöllisyyden, terveyden ja turvallisuuden."),
                ("2.2.2", "Rajamenettely päättyy viimeistään kahdessatoista viikossa, lapsiperheet vapautetaan siitä, ja riippumaton elin valvoo perusoikeuksien toteutumista.")]),
            ("Vastaanotosta kotoutumiseen", [
                ("2.3.3", "Vastaanottokeskuksissa on 10 000 paikkaa, enintään 250 asukasta keskusta kohden ja terveydenhoitaja jokaisessa keskuksessa."),
                ("2.3.3", "Lapsiperheet asuvat omissa asunnoissa, joissa on keittiö, ja saavat kuukausittaisen vastaanottorahan päivittäisiin menoihin."),
                ("2.3.4", "Suojelua saava osallistuu 400 tunnin maksuttomaan suomen kielen opetukseen ja saa apua työn ja asunnon löytämiseen."),
                ("2.3.4", "Ulkomaiset tutkinnot arvioidaan kolmessa kuukaudessa, ja lapset aloittavat koulun kuukauden kuluessa kuntaan saapumisesta.")]),
            ("Valmius ja voimavarat", [
                ("2.4", "Valmiussuunnitelma mahdollistaa 20 000 ihmisen majoittamisen kahdessa viikossa urheiluhalleihin ja hyvinvointialueiden hätämajoitukseen."),
                ("2.4", "Suunnitelmassa määrätään, kuka sen käynnistää ja mikä varahenkilöstö kutsutaan, ja sitä harjoitellaan vuosittain pelastustoimen kanssa."),
                ("2.6", "Vuoteen 2028 mennessä palkataan 600 uutta työntekijää Maahanmuuttovirastoon ja Rajavartiolaitokselle ja rakennetaan kaksi uutta keskusta."),
                ("2.6", "Tietojärjestelmät liitetään Eurodaciin ja rajanylitystietojärjestelmään, ja turvapaikka-, maahanmuutto- ja kotouttamisrahasto täydentää valtion talousarviota.")]),
        ],
    },
}

#: The documents kept apart until the rule is chosen.
HELD_OUT = ("da", "fi")


def build() -> list[Path]:
    """Write every document to tests/data/segment_heldout (own chapters, :func:`make_segment_docs.chapter_list`: a
    chapter's heading takes the gold section of its first paragraph, each paragraph keeps its own); returns the gold
    paths written."""
    return build_set(DOCS, {"merged14": chapter_list}, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
