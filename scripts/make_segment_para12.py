"""Paraphrased-title segmentation documents of the fourteenth session (issue 14, para12 audit): the ``paraphr12`` shape.

Usage: ``python scripts/make_segment_para12.py`` (from the repository root). A free-form
strategy excerpt without Annex numbers: own unnumbered chapters whose titles paraphrase
the Annex's in words of their own, new wording and invented figures, in six languages
not used by ``paraphr10``/``paraphr11``: Polish, Czech, Danish, Finnish, Romanian and
Spanish. As ``paraphr11``, some chapters merge two sections (each paragraph keeps its own
section in the gold, the heading the first's), a section is split over two chapters, the
orders differ from the Annex's, and each document has a chapter of rights and guarantees
(2.3.2), one of context (1) and one of preparedness (2.4):

- ``pl``, ``cs``: 1, 2.4, 2.3.2, 2.1.1+2.1.3 merged (partners, then solidarity), 2.3.3, 2.3.4 split (language and
  work / housing and school), 2.2.1, 2.6;
- ``da``, ``fi``: 1, 2.2.2, 2.3.1+2.3.2 merged (procedure, then rights), 2.3.3 split (places / health and money),
  2.1.2, 2.4, 2.5;
- ``ro``, ``es``: 2.6 before 1, 2.3.4, 2.3.2, 2.4 split (the plan / exercises and reserves), 2.2.1+2.2.2 merged
  (guarding, then screening and border procedure), 2.1.2, 2.3.1.

Written by the para12 audit before any measurement, never tuned on (the session's unseen measure: other helpers must
not look at it); all to ``tests/data/segment_heldout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, chapter_list, write_doc  # noqa: E402

# A chapter: (its title, [(Annex section, paragraph), ...]); the heading's gold section is its first paragraph's.
HELD: dict[str, dict] = {
    "pl": {
        "title": "Krajowa strategia zarządzania azylem i migracją na lata 2026–2030 – wersja do konsultacji",
        "chapters": [
            ("Punkt wyjścia", [
                ("1", "W 2025 r. w Polsce złożono 16 000 wniosków o ochronę międzynarodową, głównie na granicy z Białorusią i na lotnisku w Warszawie."),
                ("1", "Polska strzeże jednego z najdłuższych odcinków lądowej granicy zewnętrznej Unii i przyjęła ponad milion osób uciekających z Ukrainy.")]),
            ("Gotowi na nagły napływ", [
                ("2.4", "Plan awaryjny pozwala w ciągu dziesięciu dni zakwaterować 40 000 osób w halach sportowych i obiektach wojewodów."),
                ("2.4", "Plan określa progi jego uruchomienia i listę rezerwowego personelu, a co roku jest sprawdzany w ćwiczeniu z udziałem straży pożarnej.")]),
            ("Gwarancje dla każdego wnioskodawcy", [
                ("2.3.2", "Każdy wnioskodawca od pierwszego dnia otrzymuje bezpłatną pomoc prawną i tłumacza podczas każdego przesłuchania."),
                ("2.3.2", "Małoletni bez opieki otrzymują kuratora w ciągu 24 godzin, a przeszkolony personel rozpoznaje ofiary tortur i handlu ludźmi już przy pierwszym kontakcie.")]),
            ("Partnerzy za granicą i wspólna odpowiedzialność w Unii", [
                ("2.1.1", "Z trzema państwami pochodzenia zawieramy partnerstwa na rzecz mobilności: 3 000 zezwoleń na pracę sezonową rocznie w zamian za współpracę przy readmisji."),
                ("2.1.1", "Państwa przyjmujące uchodźców blisko ich domów otrzymają 40 mln euro pomocy rozwojowej, a straż graniczna szkoli funkcjonariuszy w dwóch państwach tranzytowych."),
                ("2.1.3", "W ramach mechanizmu solidarności Polska przekaże wkład finansowy lub przejmie 800 osób rocznie od państw członkowskich pod presją."),
                ("2.1.3", "Gdy inne państwo członkowskie jest przeciążone, wysyłamy ekspertów ds. azylu i zespoły do rejestracji.")]),
            ("Dach nad głową w czasie procedury", [
                ("2.3.3", "Ośrodki dla cudzoziemców będą miały 6 000 miejsc, w każdym najwyżej 200 mieszkańców i gabinet lekarski."),
                ("2.3.3", "Rodziny z dziećmi mieszkają w oddzielnych mieszkaniach z kuchnią i otrzymują miesięczne świadczenie na bieżące wydatki.")]),
            ("Język i praca", [
                ("2.3.4", "Osoby objęte ochroną uczestniczą w 300 godzinach bezpłatnego kursu języka polskiego i otrzymują pomoc urzędu pracy."),
                ("2.3.4", "Zagraniczne dyplomy są uznawane w ciągu trzech miesięcy, a pracodawcy zatrudniający uchodźców otrzymują dopłaty do szkoleń.")]),
            ("Mieszkanie i szkoła", [
                ("2.3.4", "Gminy pomagają znaleźć mieszkanie na wynajem, a przez pierwszy rok część czynszu pokrywa program rządowy."),
                ("2.3.4", "Dzieci rozpoczynają naukę w szkole w ciągu miesiąca od przybycia i mają dodatkowe lekcje języka polskiego.")]),
            ("Ochrona granicy", [
                ("2.2.1", "Straż Graniczna zatrudni 1 000 funkcjonariuszy, rozbuduje system kamer termowizyjnych i weźmie udział we wspólnych operacjach Frontexu."),
                ("2.2.1", "Każda osoba zatrzymana po nielegalnym przekroczeniu granicy jest rejestrowana, a jej odciski palców są pobierane w ciągu 72 godzin.")]),
            ("Ludzie, sprzęt i pieniądze", [
                ("2.6", "Do 2028 r. zatrudnimy 900 nowych pracowników w Urzędzie do Spraw Cudzoziemców i Straży Granicznej oraz zbudujemy dwa nowe ośrodki."),
                ("2.6", "Systemy informatyczne zostaną połączone z Eurodac i systemem wjazdu/wyjazdu, a Fundusz Azylu, Migracji i Integracji uzupełni budżet państwa.")]),
        ],
    },
    "cs": {
        "title": "Národní strategie řízení azylu a migrace na léta 2026–2030 – návrh k připomínkám",
        "chapters": [
            ("Výchozí stav", [
                ("1", "V roce 2025 podalo v Česku žádost o mezinárodní ochranu 2 400 osob, většina z nich na letišti v Praze."),
                ("1", "Česká republika nemá vnější pozemní hranici Unie, ale hostí přes 350 000 lidí s dočasnou ochranou z Ukrajiny.")]),
            ("Když přijde mnoho lidí najednou", [
                ("2.4", "Krizový plán umožňuje do deseti dnů ubytovat 30 000 osob ve sportovních halách a krajských nouzových zařízeních."),
                ("2.4", "Plán stanoví, kdo ho spouští a kteří záložní pracovníci se povolávají, a každý rok se procvičuje s hasičským záchranným sborem.")]),
            ("Záruky pro každého žadatele", [
                ("2.3.2", "Každý žadatel dostane od prvního dne bezplatnou právní pomoc a tlumočníka u každého pohovoru."),
                ("2.3.2", "Nezletilí bez doprovodu dostanou opatrovníka do 24 hodin a vyškolený personál pozná oběti mučení a obchodu s lidmi už při prvním kontaktu.")]),
            ("Partneři v zahraničí a sdílená odpovědnost v Unii", [
                ("2.1.1", "Se třemi zeměmi původu uzavřeme partnerství pro mobilitu: 2 000 povolení k sezónní práci ročně výměnou za spolupráci při zpětném přebírání."),
                ("2.1.1", "Země, které přijímají uprchlíky blízko jejich domova, dostanou 20 milionů eur rozvojové pomoci a cizinecká policie školí pohraničníky ve dvou tranzitních zemích."),
                ("2.1.3", "V rámci mechanismu solidarity Česko poskytne finanční příspěvek nebo převezme 500 osob ročně od členských států pod tlakem."),
                ("2.1.3", "Když je jiný členský stát přetížen, vysíláme odborníky na azyl a registrační týmy.")]),
            ("Střecha nad hlavou během řízení", [
                ("2.3.3", "Pobytová střediska budou mít 3 000 míst, v každém nejvýše 150 obyvatel a ordinaci lékaře."),
                ("2.3.3", "Rodiny s dětmi bydlí v samostatných bytech s kuchyní a dostávají měsíční příspěvek na běžné výdaje.")]),
            ("Jazyk a práce", [
                ("2.3.4", "Osoby s ochranou absolvují 300 hodin bezplatné výuky češtiny a dostanou pomoc úřadu práce."),
                ("2.3.4", "Zahraniční diplomy se uznávají do tří měsíců a zaměstnavatelé, kteří přijmou uprchlíky, dostanou příspěvek na zaškolení.")]),
            ("Bydlení a škola", [
                ("2.3.4", "Obce pomáhají najít nájemní byt a během prvního roku hradí část nájemného státní program."),
                ("2.3.4", "Děti nastoupí do školy do měsíce od příchodu a mají hodiny češtiny navíc.")]),
            ("Ostraha hranic", [
                ("2.2.1", "Policie přijme 300 policistů pro hraniční kontroly, zavede automatické brány na letištích a zapojí se do společných operací agentury Frontex."),
                ("2.2.1", "Každá osoba zadržená po nelegálním překročení hranice se zaregistruje a do 72 hodin se jí sejmou otisky prstů.")]),
            ("Lidé, technika a peníze", [
                ("2.6", "Do roku 2028 přijmeme 400 nových zaměstnanců odboru azylové a migrační politiky a policie a postavíme dvě nová střediska."),
                ("2.6", "Informační systémy budou propojeny s Eurodac a systémem vstupu/výstupu a Azylový, migrační a integrační fond doplní státní rozpočet.")]),
        ],
    },
    "da": {
        "title": "National strategi for asyl- og migrationsforvaltning 2026–2030 – høringsudkast",
        "chapters": [
            ("Hvor vi står", [
                ("1", "I 2025 søgte 4 000 personer asyl i Danmark, de fleste kom over landegrænsen til Tyskland."),
                ("1", "Danmark har kun en ydre grænse for Unionen i lufthavne og havne og deltager i det fælles asylsystem på særlige vilkår.")]),
            ("Adgang til beskyttelse ved ankomsten", [
                ("2.2.2", "Den, der indrejser uden tilladelse, screenes ved grænsen med identitets-, helbreds- og sikkerhedstjek inden for syv dage."),
                ("2.2.2", "Ansøgninger i Københavns Lufthavn behandles i en grænseprocedure på højst tolv uger, og børnefamilier er undtaget.")]),
            ("Sagsbehandling og retssikkerhed", [
                ("2.3.1", "Udlændingestyrelsen træffer afgørelse i første instans inden for seks måneder og ansætter 80 nye sagsbehandlere."),
                ("2.3.1", "Flygtningenævnet får flere medlemmer, og oplysningerne om oprindelseslandene opdateres hvert kvartal."),
                ("2.3.2", "Hver ansøger får gratis advokatbistand fra første dag og tolk ved hver samtale."),
                ("2.3.2", "Uledsagede børn får en repræsentant inden for 24 timer, og ofre for tortur og menneskehandel identificeres ved første kontakt.")]),
            ("Pladser til dem, der venter", [
                ("2.3.3", "Indkvarteringen får 5 000 pladser med højst 200 beboere pr. center."),
                ("2.3.3", "Børnefamilier bor i egne boliger med køkken.")]),
            ("Hverdagen på centret", [
                ("2.3.3", "Hvert center har en sundhedsklinik, og ansøgerne har ret til lægehjælp fra registreringen."),
                ("2.3.3", "En ugentlig ydelse dækker de daglige udgifter, og transport til aftaler er gratis.")]),
            ("Når man ikke må blive", [
                ("2.1.2", "Overførsler til den ansvarlige medlemsstat gennemføres inden for seks måneder af en særlig enhed i politiet."),
                ("2.1.2", "Den, der ikke har ret til ophold, får rådgivning om frivillig udrejse og støtte til reintegration; Arbejdstilsynet gennemfører 200 flere kontroller af sort arbejde om året.")]),
            ("Klar til de store tal", [
                ("2.4", "Beredskabsplanen gør det muligt inden for to uger at indkvartere 15 000 personer i idrætshaller og kommunale nødboliger."),
                ("2.4", "Planen øves hvert år med kommunerne og Beredskabsstyrelsen, og erfaringerne indarbejdes inden for tre måneder.")]),
            ("Sammen om opgaven", [
                ("2.5", "En tværministeriel styregruppe under Udlændinge- og Integrationsministeriet mødes hvert kvartal med ministerierne for beskæftigelse, børn og sundhed."),
                ("2.5", "Kommuner, regioner, civilsamfundet og migrantforeninger høres hvert år om gennemførelsen af strategien.")]),
        ],
    },
    "fi": {
        "title": "Kansallinen turvapaikka- ja maahanmuuttohallinnon strategia 2026–2030 – lausuntoluonnos",
        "chapters": [
            ("Lähtötilanne", [
                ("1", "Vuonna 2025 Suomessa jätettiin 5 000 turvapaikkahakemusta, suurin osa Helsinki-Vantaan lentoasemalla."),
                ("1", "Suomella on unionin pisin ulkoraja Venäjää vastaan, ja rajanylityspaikat ovat olleet suljettuina vuodesta 2023.")]),
            ("Suojelun hakeminen rajalla", [
                ("2.2.2", "Luvatta maahan tulleet seulotaan rajalla henkilöllisyyden, terveyden ja turvallisuuden osalta seitsemän päivän kuluessa."),
                ("2.2.2", "Lentoasemalla jätetyt hakemukset käsitellään rajamenettelyssä enintään kahdessatoista viikossa, eikä lapsiperheitä oteta menettelyyn.")]),
            ("Päätökset ja oikeusturva", [
                ("2.3.1", "Maahanmuuttovirasto tekee ensimmäisen asteen päätöksen kuudessa kuukaudessa ja palkkaa 90 uutta esittelijää."),
                ("2.3.1", "Hallinto-oikeuksiin perustetaan turvapaikka-asioiden jaostot, ja lähtömaatiedot päivitetään neljännesvuosittain."),
                ("2.3.2", "Jokainen hakija saa maksutonta oikeusapua ensimmäisestä päivästä alkaen ja tulkin jokaiseen puhutteluun."),
                ("2.3.2", "Ilman huoltajaa tulleet lapset saavat edustajan 24 tunnissa, ja kidutuksen ja ihmiskaupan uhrit tunnistetaan ensikontaktissa.")]),
            ("Paikkoja odottaville", [
                ("2.3.3", "Vastaanottokeskuksissa on 7 000 paikkaa, kussakin enintään 250 asukasta."),
                ("2.3.3", "Lapsiperheet asuvat omissa asunnoissa, joissa on keittiö.")]),
            ("Arki keskuksessa", [
                ("2.3.3", "Jokaisessa keskuksessa on terveydenhoitaja, ja hakijat saavat terveyspalveluja rekisteröinnistä lähtien."),
                ("2.3.3", "Vastaanottoraha kattaa päivittäiset menot, ja matkat asiointikäynneille ovat maksuttomia.")]),
            ("Kun maahan ei saa jäädä", [
                ("2.1.2", "Siirrot vastuussa olevaan jäsenvaltioon toteutetaan kuudessa kuukaudessa poliisin erityisyksikön toimesta."),
                ("2.1.2", "Oleskeluoikeudettomat saavat neuvontaa vapaaehtoisesta paluusta ja tukea uudelleenkotoutumiseen; työsuojeluviranomainen tekee vuosittain 150 lisätarkastusta pimeän työn torjumiseksi.")]),
            ("Varautuminen suuriin saapujamääriin", [
                ("2.4", "Valmiussuunnitelman avulla voidaan kahdessa viikossa majoittaa 20 000 ihmistä urheiluhalleihin ja kuntien hätämajoitukseen."),
                ("2.4", "Suunnitelmaa harjoitellaan vuosittain kuntien ja pelastuslaitosten kanssa, ja opit viedään suunnitelmaan kolmessa kuukaudessa.")]),
            ("Yhdessä tekeminen", [
                ("2.5", "Sisäministeriön johtama ministeriöiden välinen ohjausryhmä kokoontuu neljännesvuosittain työ-, opetus- ja terveysministeriöiden kanssa."),
                ("2.5", "Kuntia, hyvinvointialueita, järjestöjä ja maahanmuuttajayhdistyksiä kuullaan vuosittain strategian toteutuksesta.")]),
        ],
    },
    "ro": {
        "title": "Strategia națională de gestionare a azilului și migrației 2026–2030 – proiect supus consultării",
        "chapters": [
            ("Oameni, echipamente și bani", [
                ("2.6", "Până în 2028 vom angaja 600 de noi angajați la Inspectoratul General pentru Imigrări și la Poliția de Frontieră și vom construi două centre noi."),
                ("2.6", "Sistemele informatice vor fi conectate la Eurodac și la sistemul de intrare/ieșire, iar Fondul pentru azil, migrație și integrare va completa bugetul de stat.")]),
            ("De unde pornim", [
                ("1", "În 2025, în România au fost depuse 9 000 de cereri de azil, majoritatea la frontiera cu Serbia și la aeroportul Otopeni."),
                ("1", "România păzește o frontieră externă lungă a Uniunii la Marea Neagră și pe Dunăre și a primit peste 150 000 de persoane din Ucraina.")]),
            ("Un loc în societate", [
                ("2.3.4", "Beneficiarii de protecție urmează 300 de ore de curs gratuit de limba română și primesc sprijin de la agenția pentru ocuparea forței de muncă."),
                ("2.3.4", "Diplomele străine sunt recunoscute în trei luni, iar copiii încep școala într-o lună de la sosire.")]),
            ("Garanții pentru fiecare solicitant", [
                ("2.3.2", "Fiecare solicitant primește asistență juridică gratuită din prima zi și un interpret la fiecare interviu."),
                ("2.3.2", "Minorii neînsoțiți primesc un reprezentant în 24 de ore, iar victimele torturii și ale traficului de persoane sunt identificate la primul contact.")]),
            ("Planul pentru situații de criză", [
                ("2.4", "Planul de urgență permite cazarea a 25 000 de persoane în două săptămâni în săli de sport și în spațiile de urgență ale prefecturilor."),
                ("2.4", "Planul stabilește pragurile de declanșare și cine îl activează.")]),
            ("Exerciții și rezerve", [
                ("2.4", "În fiecare an planul este exersat împreună cu Inspectoratul pentru Situații de Urgență, iar concluziile sunt introduse în plan în trei luni."),
                ("2.4", "O rezervă de 300 de angajați instruiți poate fi chemată în 48 de ore, iar stocurile de paturi și pături sunt verificate trimestrial.")]),
            ("La frontieră", [
                ("2.2.1", "Poliția de Frontieră va angaja 800 de polițiști, va extinde supravegherea cu camere termice și va participa la operațiunile comune Frontex."),
                ("2.2.1", "Orice persoană prinsă după trecerea ilegală a frontierei este înregistrată, iar amprentele îi sunt prelevate în 72 de ore."),
                ("2.2.2", "Persoanele sosite fără autorizație sunt supuse triajului la frontieră, iar procedura la frontieră se încheie în cel mult douăsprezece săptămâni."),
                ("2.2.2", "Un mecanism independent monitorizează respectarea drepturilor fundamentale în timpul triajului, iar familiile cu copii sunt scutite de procedura la frontieră.")]),
            ("Cei care trebuie să plece", [
                ("2.1.2", "Transferurile către statul membru responsabil se efectuează în șase luni de o unitate specială a Poliției."),
                ("2.1.2", "Persoanele fără drept de ședere primesc consiliere pentru întoarcere voluntară și sprijin pentru reintegrare; inspecția muncii efectuează anual 300 de controale suplimentare împotriva muncii la negru.")]),
            ("Decizii rapide și corecte", [
                ("2.3.1", "Autoritatea competentă decide în primă instanță în șase luni și angajează 60 de noi ofițeri de decizie."),
                ("2.3.1", "Instanțele au complete specializate în azil, iar informațiile despre țările de origine sunt actualizate trimestrial.")]),
        ],
    },
    "es": {
        "title": "Estrategia nacional de gestión del asilo y la migración 2026–2030 – borrador para consulta",
        "chapters": [
            ("Personas, medios y dinero", [
                ("2.6", "Hasta 2028 se incorporarán 1 200 nuevos empleados a la Oficina de Asilo y Refugio y a la Policía Nacional, y se construirán tres centros nuevos."),
                ("2.6", "Los sistemas informáticos se conectarán con Eurodac y el Sistema de Entradas y Salidas, y el Fondo de Asilo, Migración e Integración completará el presupuesto del Estado.")]),
            ("De dónde partimos", [
                ("1", "En 2025 se presentaron en España 160 000 solicitudes de protección internacional, sobre todo en Madrid y en las ciudades de Ceuta y Melilla."),
                ("1", "España tiene fronteras exteriores terrestres en África y marítimas en el Mediterráneo y el Atlántico, con llegadas crecientes a Canarias.")]),
            ("Un lugar en la sociedad", [
                ("2.3.4", "Los beneficiarios de protección siguen 300 horas de clases gratuitas de español y reciben apoyo de los servicios públicos de empleo."),
                ("2.3.4", "Los títulos extranjeros se homologan en tres meses y los niños empiezan la escuela en el mes siguiente a su llegada.")]),
            ("Garantías para cada solicitante", [
                ("2.3.2", "Cada solicitante recibe asistencia jurídica gratuita desde el primer día y un intérprete en cada entrevista."),
                ("2.3.2", "Los menores no acompañados reciben un representante en 24 horas y las víctimas de tortura y de trata se identifican en el primer contacto.")]),
            ("El plan para las crisis", [
                ("2.4", "El plan de contingencia permite alojar a 60 000 personas en dos semanas en pabellones deportivos y en los dispositivos de emergencia de las comunidades autónomas."),
                ("2.4", "El plan fija los umbrales de activación y quién lo activa.")]),
            ("Simulacros y reservas", [
                ("2.4", "Cada año el plan se ensaya con Protección Civil, y las conclusiones se incorporan al plan en tres meses."),
                ("2.4", "Una reserva de 500 empleados formados puede movilizarse en 48 horas, y las existencias de camas y mantas se revisan cada trimestre.")]),
            ("En la frontera", [
                ("2.2.1", "La Guardia Civil incorporará 1 500 agentes, ampliará la vigilancia con cámaras térmicas y participará en las operaciones conjuntas de Frontex."),
                ("2.2.1", "Toda persona interceptada tras un cruce irregular se registra y se le toman las huellas dactilares en 72 horas."),
                ("2.2.2", "Las personas llegadas sin autorización pasan el triaje en la frontera, y el procedimiento fronterizo termina en doce semanas como máximo."),
                ("2.2.2", "Un mecanismo independiente vigila el respeto de los derechos fundamentales durante el triaje, y las familias con niños quedan exentas del procedimiento fronterizo.")]),
            ("Quienes deben marcharse", [
                ("2.1.2", "Los traslados al Estado miembro responsable se realizan en seis meses por una unidad especial de la Policía Nacional."),
                ("2.1.2", "Quien no tiene derecho a quedarse recibe asesoramiento para el retorno voluntario y ayuda a la reintegración; la Inspección de Trabajo hará 1 000 controles más al año contra el empleo irregular.")]),
            ("Decidir rápido y bien", [
                ("2.3.1", "La autoridad competente resuelve en primera instancia en seis meses y contrata a 150 nuevos instructores."),
                ("2.3.1", "La Audiencia Nacional contará con secciones especializadas en asilo, y la información sobre países de origen se actualizará cada trimestre.")]),
        ],
    },
}


def build() -> list[Path]:
    """Write every document (held out, unseen); returns the gold paths written."""
    written = []
    for lang, t in HELD.items():
        d = Doc(f"seg-{lang}-paraphr12", lang)
        chapter_list(d, t)
        written.append(write_doc(d, "paraphr12", held=True))
    return written


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
