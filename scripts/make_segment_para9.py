"""Paraphrased-title segmentation documents of the eleventh session (issue 14, segpara7): the ``paraphr9`` shape.

Usage: ``python scripts/make_segment_para9.py`` (from the repository root). A free-form
strategy excerpt without Annex numbers: own unnumbered chapters whose titles paraphrase
the Annex's in words of their own, new wording and invented figures, in five languages
not used by the ``paraphr7`` (hu/fi/sl/et/fr) and ``paraphr8`` (cs/de/lv/pt/sv) shapes:
Romanian, Slovak, Danish, Polish and Spanish. Unlike ``paraphr8`` the chapters are not
one per Annex section: some chapters merge two sections (rights *and* reception in one
chapter; each paragraph keeps its own section in the gold, the heading the first's),
some sections are split over two chapters (integration as "language and work" and
"housing and school"), and the orders differ from the Annex's and from each other:

- ``ro``, ``sk``: 1, 2.1.2 return, 2.2.2 border procedure, 2.3.1, 2.3.2+2.3.3 merged, 2.3.4, 2.5;
- ``da``, ``pl``: 1, 2.3.4 split in two chapters, 2.3.1, 2.3.3, 2.3.2, 2.1.1, 2.4;
- ``es``: 1, 2.1.1, 2.1.3 solidarity, 2.3.3, 2.3.1+2.3.2 merged, 2.6, 2.4.

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
    "ro": {
        "title": "Strategia națională de gestionare a azilului și migrației 2026–2030 – proiect supus consultării publice",
        "chapters": [
            ("Punctul de plecare", [
                ("1", "În 2025 au fost depuse în România 12 000 de cereri de azil, majoritatea la frontiera cu Serbia și în aeroportul din Otopeni."),
                ("1", "Ca stat de la frontiera estică a Uniunii, România se învecinează cu Ucraina și Republica Moldova, iar războiul din regiune influențează direct fluxurile de persoane.")]),
            ("Plecarea celor care nu au drept de ședere", [
                ("2.1.2", "Transferurile către statul membru responsabil vor avea loc în cel mult șase luni, iar Inspectoratul General pentru Imigrări va înființa un birou dedicat transferurilor."),
                ("2.1.2", "Străinii fără drept de ședere primesc consiliere pentru întoarcerea voluntară și sprijin de reintegrare; inspectorii muncii vor face 400 de controale suplimentare pe an la angajatorii care folosesc muncă nedeclarată.")]),
            ("Cererile depuse la punctele de trecere", [
                ("2.2.2", "Cererile de protecție făcute la frontieră sunt înregistrate pe loc, iar procedura la frontieră se încheie în cel mult douăsprezece săptămâni."),
                ("2.2.2", "Centrul de tranzit de la Timișoara va avea 300 de locuri, un avocat de serviciu și monitorizarea independentă a drepturilor fundamentale.")]),
            ("O decizie corectă, luată la timp", [
                ("2.3.1", "Decizia în primă instanță se ia în termen de șase luni, iar direcția de azil angajează 45 de ofițeri de caz noi."),
                ("2.3.1", "Tribunalele primesc complete specializate în azil, iar informațiile despre țările de origine sunt actualizate trimestrial pentru decizii coerente.")]),
            ("Garanții și condiții de viață pentru solicitanți", [
                ("2.3.2", "Fiecare solicitant are acces gratuit la consiliere juridică din prima zi și la un interpret la fiecare interviu."),
                ("2.3.2", "Minorii neînsoțiți primesc un reprezentant legal în 24 de ore, iar personal instruit identifică persoanele vulnerabile încă de la primul contact."),
                ("2.3.3", "Cele șase centre regionale vor avea împreună 1 800 de locuri, cu cel mult 250 de rezidenți în fiecare centru."),
                ("2.3.3", "Fiecare centru are un cabinet medical, iar familiile cu copii locuiesc în apartamente separate cu bucătărie proprie.")]),
            ("Un loc în comunitate", [
                ("2.3.4", "Beneficiarii de protecție urmează 300 de ore gratuite de limba română și primesc ajutor pentru găsirea primei locuințe închiriate."),
                ("2.3.4", "Agențiile de ocupare oferă recalificare și recunoașterea diplomelor, iar copiii merg la școală în cel mult trei luni.")]),
            ("Cum lucrăm împreună", [
                ("2.5", "Un comitet interministerial condus de Ministerul Afacerilor Interne se reunește trimestrial și coordonează ministerele muncii, educației și sănătății."),
                ("2.5", "Prefecturile, primăriile, organizațiile neguvernamentale și asociațiile de migranți sunt consultate anual asupra punerii în aplicare a strategiei.")]),
        ],
    },
    "sk": {
        "title": "Národná stratégia riadenia azylu a migrácie na roky 2026 – 2030 – návrh na medzirezortné pripomienkové konanie",
        "chapters": [
            ("Kde začíname", [
                ("1", "V roku 2025 požiadalo na Slovensku o medzinárodnú ochranu 900 ľudí, väčšina z nich prišla cez Maďarsko alebo z Ukrajiny."),
                ("1", "Slovensko má vonkajšiu hranicu Únie s Ukrajinou a je pre väčšinu migrantov tranzitnou krajinou na ceste na západ.")]),
            ("Návrat ľudí bez oprávnenia na pobyt", [
                ("2.1.2", "Odovzdania do zodpovedného členského štátu sa uskutočnia do šiestich mesiacov a cudzinecká polícia zriadi osobitný odbor pre odovzdávanie."),
                ("2.1.2", "Cudzincom bez pobytového oprávnenia ponúkneme poradenstvo k dobrovoľnému návratu a pomoc pri reintegrácii; inšpektoráty práce vykonajú ročne 250 ďalších kontrol u zamestnávateľov.")]),
            ("Žiadosti podané priamo na hranici", [
                ("2.2.2", "Žiadosti o ochranu podané na hraničnom priechode sa zaevidujú na mieste a konanie na hranici sa skončí najneskôr do dvanástich týždňov."),
                ("2.2.2", "Záchytný tábor pri Vyšnom Nemeckom bude mať 200 miest, službukonajúceho advokáta a nezávislé monitorovanie základných práv.")]),
            ("Spravodlivé rozhodnutie bez prieťahov", [
                ("2.3.1", "Migračný úrad rozhodne v prvom stupni do šiestich mesiacov a prijme 30 nových rozhodovačov."),
                ("2.3.1", "Krajské súdy dostanú špecializované senáty pre azylové veci a informácie o krajinách pôvodu sa budú aktualizovať každý štvrťrok.")]),
            ("Práva žiadateľov a ich ubytovanie", [
                ("2.3.2", "Každý žiadateľ má od prvého dňa nárok na bezplatnú právnu pomoc a na tlmočníka pri každom pohovore."),
                ("2.3.2", "Maloletým bez sprievodu súd ustanoví opatrovníka do 24 hodín a vyškolený personál rozpozná zraniteľné osoby už pri prvom kontakte."),
                ("2.3.3", "Pobytové tábory budú mať spolu 1 000 miest, v jednom tábore bude bývať najviac 200 ľudí."),
                ("2.3.3", "V každom tábore je ambulancia lekára a rodiny s deťmi bývajú v samostatných bytových jednotkách.")]),
            ("Domov na Slovensku", [
                ("2.3.4", "Osoby s udelenou ochranou dostanú 300 hodín bezplatného kurzu slovenčiny a pomoc pri hľadaní prvého nájomného bývania."),
                ("2.3.4", "Úrady práce ponúknu rekvalifikáciu a uznávanie dokladov o vzdelaní a deti nastúpia do školy najneskôr do troch mesiacov.")]),
            ("Spolupráca naprieč úradmi", [
                ("2.5", "Medzirezortná komisia pod vedením ministerstva vnútra zasadá štvrťročne a koordinuje rezorty práce, školstva a zdravotníctva."),
                ("2.5", "Samosprávne kraje, obce, mimovládne organizácie a združenia migrantov sa raz ročne vyjadrujú k plneniu stratégie.")]),
        ],
    },
    "da": {
        "title": "National strategi for asyl- og migrationsstyring 2026–2030 – udkast til offentlig høring",
        "chapters": [
            ("Udgangspunktet", [
                ("1", "I 2025 søgte 2 400 personer asyl i Danmark, de fleste ankom over den dansk-tyske grænse eller med fly til Kastrup."),
                ("1", "Danmark har ingen ydre landgrænse til tredjelande, men mærker de sekundære bevægelser gennem Tyskland mod Sverige.")]),
            ("Sprog og arbejde fra første dag", [
                ("2.3.4", "Personer med beskyttelse får 400 timers gratis danskundervisning og et virksomhedsrettet forløb i jobcentret."),
                ("2.3.4", "Udenlandske uddannelser vurderes inden for to måneder, og kommunerne tilbyder erhvervsrettet opkvalificering.")]),
            ("Bolig og skole", [
                ("2.3.4", "Kommunerne anviser en permanent bolig inden for tre måneder efter boligplaceringen."),
                ("2.3.4", "Børnene begynder i skole eller modtageklasse senest tre måneder efter ankomsten til kommunen.")]),
            ("Hurtig og korrekt sagsbehandling", [
                ("2.3.1", "Udlændingestyrelsen træffer afgørelse i første instans inden for seks måneder og ansætter 50 nye sagsbehandlere."),
                ("2.3.1", "Flygtningenævnet får flere medlemmer, og landeoplysningerne opdateres hvert kvartal for at sikre ensartede afgørelser.")]),
            ("Indkvartering mens sagen behandles", [
                ("2.3.3", "Asylcentrene får i alt 2 000 pladser med højst 250 beboere på hvert center."),
                ("2.3.3", "Hvert center har en sundhedsklinik, og familier med børn bor i egne lejligheder med køkken.")]),
            ("Ansøgernes retssikkerhed", [
                ("2.3.2", "Alle ansøgere har ret til gratis juridisk rådgivning fra første dag og til tolk ved hver samtale."),
                ("2.3.2", "Uledsagede mindreårige får en repræsentant inden for 24 timer, og uddannet personale identificerer sårbare personer ved den første samtale.")]),
            ("Samarbejde med lande uden for Europa", [
                ("2.1.1", "Med Marokko, Tunesien og Irak indgår vi aftaler om tilbagetagelse og åbner samtidig 1 000 arbejdsvisa om året som lovlige veje."),
                ("2.1.1", "Vi afsætter 150 millioner kroner til lande, der huser mange flygtninge i Mellemøsten, og uddanner grænsepoliti i Libanon.")]),
            ("Hvis mange kommer på én gang", [
                ("2.4", "Beredskabsplanen gør det muligt at indkvartere 25 000 personer inden for to uger i idrætshaller og kommunale nødcentre."),
                ("2.4", "Planen øves hvert år med Beredskabsstyrelsen og omfatter også tredjelandes brug af migranter som pressionsmiddel.")]),
        ],
    },
    "pl": {
        "title": "Krajowa strategia zarządzania azylem i migracją na lata 2026–2030 – projekt do konsultacji społecznych",
        "chapters": [
            ("Sytuacja wyjściowa", [
                ("1", "W 2025 roku w Polsce złożono 9 000 wniosków o ochronę międzynarodową, głównie na granicy z Białorusią i w Warszawie."),
                ("1", "Polska strzeże najdłuższego odcinka lądowej granicy zewnętrznej Unii z Białorusią i Rosją, co wystawia ją na presję ze wschodu.")]),
            ("Język i praca", [
                ("2.3.4", "Osoby objęte ochroną otrzymają 300 godzin bezpłatnej nauki polskiego i indywidualny plan zatrudnienia w powiatowym urzędzie pracy."),
                ("2.3.4", "Dyplomy zagraniczne będą uznawane w ciągu dwóch miesięcy, a urzędy pracy zaoferują przekwalifikowanie.")]),
            ("Mieszkanie i szkoła", [
                ("2.3.4", "Gminy pomogą znaleźć pierwsze mieszkanie na wynajem w ciągu trzech miesięcy od przyznania ochrony."),
                ("2.3.4", "Dzieci rozpoczną naukę w szkole lub w oddziale przygotowawczym najpóźniej trzy miesiące po przybyciu.")]),
            ("Sprawne i rzetelne rozpatrywanie wniosków", [
                ("2.3.1", "Urząd do Spraw Cudzoziemców wyda decyzję w pierwszej instancji w ciągu sześciu miesięcy i zatrudni 60 nowych orzeczników."),
                ("2.3.1", "Rada do Spraw Uchodźców otrzyma dodatkowe składy orzekające, a informacje o krajach pochodzenia będą aktualizowane co kwartał.")]),
            ("Gdzie mieszkają cudzoziemcy w trakcie procedury", [
                ("2.3.3", "Ośrodki dla cudzoziemców będą miały łącznie 2 500 miejsc, w jednym ośrodku zamieszka najwyżej 300 osób."),
                ("2.3.3", "Każdy ośrodek ma gabinet lekarski, a rodziny z dziećmi mieszkają w oddzielnych mieszkaniach z własną kuchnią.")]),
            ("Gwarancje dla wnioskodawców", [
                ("2.3.2", "Każdy wnioskodawca ma od pierwszego dnia prawo do bezpłatnej pomocy prawnej i do tłumacza podczas każdego przesłuchania."),
                ("2.3.2", "Małoletni bez opieki otrzymują kuratora w ciągu 24 godzin, a przeszkolony personel rozpoznaje osoby szczególnie wrażliwe przy pierwszym kontakcie.")]),
            ("Partnerzy poza Unią", [
                ("2.1.1", "Z Gruzją, Uzbekistanem i Indiami zawrzemy umowy o readmisji, otwierając jednocześnie 3 000 miejsc w programach legalnej pracy rocznie."),
                ("2.1.1", "Przeznaczymy 40 milionów złotych na wsparcie państw przyjmujących wielu uchodźców i szkolenie straży granicznej w Mołdawii.")]),
            ("Gotowość na nagły napływ", [
                ("2.4", "Plan awaryjny pozwala zakwaterować 30 000 osób w ciągu dwóch tygodni w halach sportowych i wojewódzkich centrach kryzysowych."),
                ("2.4", "Plan jest ćwiczony co roku ze strażą pożarną i wojewodami i obejmuje także instrumentalizację migrantów przez Białoruś.")]),
        ],
    },
    "es": {
        "title": "Estrategia nacional de gestión del asilo y la migración 2026–2030 – borrador para audiencia pública",
        "chapters": [
            ("Dónde estamos", [
                ("1", "En 2025 se presentaron en España 160 000 solicitudes de protección internacional, la mayoría en Madrid y en las costas de Canarias."),
                ("1", "España es frontera exterior marítima de la Unión y sus ciudades de Ceuta y Melilla tienen la única frontera terrestre de la Unión con África.")]),
            ("Alianzas con los países de origen y tránsito", [
                ("2.1.1", "Con Mauritania, Senegal y Gambia firmaremos acuerdos de migración circular con 5 000 contratos en origen al año y cláusulas de readmisión."),
                ("2.1.1", "Destinaremos 30 millones de euros a los países del Sahel que acogen refugiados y formaremos guardacostas en Senegal.")]),
            ("Arrimar el hombro con otros Estados miembros", [
                ("2.1.3", "España aportará su contribución solidaria mediante la reubicación de 1 000 personas al año o contribuciones financieras equivalentes."),
                ("2.1.3", "Cuando otro Estado miembro sufra presión, enviaremos expertos en asilo y equipos de registro a través de la caja de herramientas de la Unión.")]),
            ("Un techo durante la espera", [
                ("2.3.3", "La red de acogida pasará a 14 000 plazas, con un máximo de 400 residentes por centro."),
                ("2.3.3", "Cada centro tiene atención sanitaria y las familias con niños viven en pisos independientes.")]),
            ("Procedimiento ágil y con garantías", [
                ("2.3.1", "La Oficina de Asilo y Refugio resolverá en primera instancia en seis meses e incorporará 200 nuevos instructores."),
                ("2.3.1", "La Audiencia Nacional contará con secciones reforzadas para asuntos de asilo."),
                ("2.3.2", "Cada solicitante tiene derecho a asistencia jurídica gratuita desde el primer día y a un intérprete en cada entrevista."),
                ("2.3.2", "Los menores no acompañados reciben un representante legal en 24 horas, y personal formado identifica a las personas vulnerables en el primer contacto.")]),
            ("Medios humanos, materiales y económicos", [
                ("2.6", "Hasta 2028 se incorporarán 1 500 efectivos a las oficinas de extranjería y a la Policía Nacional, y se construirán tres nuevos centros de recepción."),
                ("2.6", "Los sistemas informáticos se conectarán con Eurodac y el Sistema de Entradas y Salidas, y el Fondo de Asilo, Migración e Integración complementará los presupuestos generales.")]),
            ("Preparados para llegadas masivas", [
                ("2.4", "El plan de contingencia permite alojar a 40 000 personas en dos semanas en pabellones y centros de emergencia autonómicos."),
                ("2.4", "El plan se ensaya cada año con protección civil y las comunidades autónomas e incluye la llegada masiva de cayucos a Canarias.")]),
        ],
    },
}


def build() -> list[Path]:
    """Write every document (held out) with :func:`make_segment_docs.chapter_list`; returns the gold paths written."""
    return build_set(HELD, {"paraphr9": chapter_list}, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
