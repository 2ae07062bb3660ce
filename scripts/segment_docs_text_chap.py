"""Wording of held-out segmentation documents in Romanian, Bulgarian and Danish (issue 14, own chapters of whole documents).

Written by the segchap session before it changed anything and never tuned on: our own
translations of the Annex's parent titles and of two questions, own and paraphrased
chapter titles and invented answers (no agency, place, law or figure is meant as real),
with the keys of :mod:`segment_docs_text`. Only the shapes ``romansub`` and
``chapletters`` are built (:mod:`make_segment_chap`).
"""

TEXT_CHAP: dict[str, dict] = {
    "ro": {
        "title": "Strategia națională de gestionare a azilului și migrației – extras pentru consultare publică",
        "chapter": "Capitolul",
        "parent": {"2.1": "Gestionarea eficace a sistemului de azil și migrație pentru reducerea presiunii migratorii",
                   "2.2": "Gestionarea eficace a frontierelor externe ale UE", "2.3": "Un sistem de azil și integrare echitabil"},
        "para": {"2.2.2": "Procedura de azil la frontieră", "2.3.3": "Cazarea solicitanților de azil",
                 "2.6": "Personal, mijloace și buget pentru punerea în aplicare"},
        "q": {
            "2.3.3.a": "Abordarea dumneavoastră strategică pentru a garanta că sistemul de primire asigură solicitanților condiții de primire adecvate, în conformitate cu Directiva (UE) 2024/1346 a Parlamentului European și a Consiliului.",
            "2.6.a": "Cum se asigură cel mai bine disponibilitatea resurselor umane, materiale și financiare și a infrastructurii necesare pentru punerea în aplicare eficace a acestei strategii, ținând seama de faptul că strategia se desfășoară pe o perioadă de cinci ani?",
        },
        "own": {"2.1.2": "Returnare și plecare voluntară", "2.3.4": "Locuință și muncă în comunitate",
                "staff": "2.1 Personal și instruire", "it": "2.2 Instrumente digitale"},
        "ans": {
            "2.1.2": [
                "Din 2026, Inspectoratul pentru Imigrări organizează un interviu obligatoriu de returnare în termen de trei săptămâni de la decizia negativă. Persoanele care nu pleacă voluntar sunt urmărite de o echipă comună a poliției și a inspectoratului.",
                "Bugetul pentru returnarea voluntară asistată crește la 3 milioane de euro pe an, iar organizațiile partenere sprijină reintegrarea în țările de origine.",
            ],
            "2.2.2": [
                "În centrele de sosire de la Valea Mare și Crișeni, procedura la frontieră se încheie în cel mult douăsprezece săptămâni. Fiecare solicitant primește din prima zi consiliere juridică gratuită și un examen medical.",
                "Instanțele administrative rezervă zile fixe de ședință pentru cauzele de la frontieră, astfel încât căile de atac sunt soluționate în patru săptămâni, iar decizia de returnare urmează imediat respingerii.",
            ],
            "2.3.3": [
                "Numărul locurilor de primire crește la 3 500 până în 2028, repartizate în centre de mărime medie de cel mult 250 de locuri în toate regiunile. O rezervă de 600 de locuri acoperă creșterile bruște ale sosirilor.",
                "Minorii neînsoțiți locuiesc în case de tip familial cu o persoană de referință permanentă; persoanele vulnerabile sunt evaluate medical și psihologic în cel mult două zile de la sosire.",
            ],
            "2.3.4": [
                "Beneficiarii de protecție încep cursurile de limba română și evaluarea competențelor încă din centrul de primire. Primăriile primesc o sumă fixă pe persoană pentru însoțirea spre un loc de muncă și spre formare profesională.",
                "În termen de șase luni de la mutarea într-o locuință, fiecare persoană are un plan individual de integrare și un mentor din cartier.",
            ],
            "2.6": [
                "Autoritățile responsabile primesc până în 2030 câte 40 de milioane de euro în plus pe an și angajează 220 de persoane, dintre care 80 de ofițeri de decizie cu un program de formare de doi ani.",
                "Un nou sistem de gestionare a dosarelor leagă primirea, procedura și returnarea; conectarea la Eurodac și la Sistemul de Informații Schengen se finalizează în 2026.",
            ],
        },
    },
    "bg": {
        "title": "Национална стратегия за управление на убежището и миграцията – извадка за обществено обсъждане",
        "chapter": "Глава",
        "parent": {"2.1": "Ефективно управление на системата за убежище и миграция с цел намаляване на миграционния натиск",
                   "2.2": "Ефективно управление на външните граници на ЕС", "2.3": "Справедлива система за убежище и интеграция"},
        "para": {"2.2.2": "Процедура за убежище на границата", "2.3.3": "Настаняване на търсещите закрила",
                 "2.6": "Персонал, средства и бюджет за изпълнението"},
        "q": {
            "2.3.3.a": "Вашият стратегически подход за гарантиране, че системата за приемане осигурява на кандидатите подходящи условия на приемане в съответствие с Директива (ЕС) 2024/1346 на Европейския парламент и на Съвета.",
            "2.6.a": "Как най-добре да се осигури наличието на човешките, материалните и финансовите ресурси и на инфраструктурата, необходими за ефективното изпълнение на настоящата стратегия, като се има предвид, че стратегията се изпълнява в продължение на пет години?",
        },
        "own": {"2.1.2": "Връщане и доброволно напускане", "2.3.4": "Жилище и работа в общината",
                "staff": "2.1 Персонал и обучение", "it": "2.2 Цифрови инструменти"},
        "ans": {
            "2.1.2": [
                "От 2026 г. агенцията за бежанците провежда задължително интервю за връщане в срок от три седмици след отказа. Лицата, които не напуснат доброволно, се проследяват от съвместен екип на полицията и агенцията.",
                "Бюджетът за подпомогнато доброволно връщане нараства до 2 милиона евро годишно, а партньорски организации подкрепят реинтеграцията в държавите на произход.",
            ],
            "2.2.2": [
                "В центровете за пристигане в Лозница и Бяло поле граничната процедура приключва в рамките на дванадесет седмици. Всеки кандидат получава още в първия ден безплатна правна консултация и медицински преглед.",
                "Административните съдилища определят постоянни дни за заседания по гранични дела, така че жалбите се решават в рамките на четири седмици, а решението за връщане следва непосредствено отказа.",
            ],
            "2.3.3": [
                "Броят на местата за приемане нараства до 5 000 до 2028 г., разпределени в центрове със среден размер до 300 места във всички области. Резерв от 800 места поема внезапните увеличения на пристиганията.",
                "Непридружените непълнолетни живеят в малки жилищни групи с постоянно лице за контакт; уязвимите лица преминават медицинска и психологическа оценка до два дни след пристигането.",
            ],
            "2.3.4": [
                "Лицата с предоставена закрила започват курсове по български език и оценка на уменията още в центъра за настаняване. Общините получават фиксирана сума на човек за съдействие при търсене на работа и професионално обучение.",
                "До шест месеца след преместването в жилище всеки има личен план за интеграция и наставник от квартала.",
            ],
            "2.6": [
                "Отговорните органи получават до 2030 г. по 30 милиона евро допълнително годишно и назначават 180 служители, от които 60 интервюиращи органи с двегодишна програма за обучение.",
                "Нова система за управление на преписките свързва приемането, процедурата и връщането; връзката с Евродак и Шенгенската информационна система се завършва през 2026 г.",
            ],
        },
    },
    "da": {
        "title": "National strategi for asyl- og migrationsstyring – uddrag til høring",
        "chapter": "Kapitel",
        "parent": {"2.1": "Effektiv forvaltning af asyl- og migrationssystemet for at mindske migrationspresset",
                   "2.2": "Effektiv forvaltning af EU's ydre grænser", "2.3": "Et retfærdigt asyl- og integrationssystem"},
        "para": {"2.2.2": "Asylprocedure ved grænsen", "2.3.3": "Indkvartering af asylansøgere",
                 "2.6": "Personale, midler og budget til gennemførelsen"},
        "q": {
            "2.3.3.a": "Jeres strategiske tilgang til at sikre, at modtagelsessystemet giver ansøgerne passende modtagelsesforhold i overensstemmelse med Europa-Parlamentets og Rådets direktiv (EU) 2024/1346.",
            "2.6.a": "Hvordan sikres det bedst, at de menneskelige, materielle og finansielle ressourcer og den infrastruktur, der er nødvendig for en effektiv gennemførelse af denne strategi, er til rådighed, idet strategien gennemføres over en periode på fem år?",
        },
        "own": {"2.1.2": "Hjemsendelse og udrejse", "2.3.4": "Bolig og arbejde i kommunen",
                "staff": "2.1 Personale og uddannelse", "it": "2.2 Digitale værktøjer"},
        "ans": {
            "2.1.2": [
                "Fra 2026 holder Hjemrejsestyrelsen en obligatorisk udrejsesamtale senest tre uger efter det endelige afslag. Personer, der ikke rejser frivilligt, følges af et fælles hold fra politiet og styrelsen.",
                "Budgettet for assisteret frivillig hjemrejse stiger til 40 millioner kroner om året, og partnerorganisationer støtter reintegrationen i hjemlandene.",
            ],
            "2.2.2": [
                "I ankomstcentrene i Søndermark og Holmby afsluttes grænseproceduren inden for tolv uger. Hver ansøger får allerede på første dag gratis juridisk rådgivning og en lægeundersøgelse.",
                "Forvaltningsdomstolene afsætter faste retsdage til grænsesager, så klager afgøres inden for fire uger, og afgørelsen om udsendelse følger straks efter afslaget.",
            ],
            "2.3.3": [
                "Antallet af modtagelsespladser øges til 6 000 i 2028, fordelt på mellemstore centre med højst 250 pladser i alle regioner. En reserve på 900 pladser tager højde for pludselige stigninger i antallet af ankomster.",
                "Uledsagede mindreårige bor i små bofællesskaber med en fast kontaktperson; sårbare personer undersøges lægeligt og psykologisk senest to dage efter ankomsten.",
            ],
            "2.3.4": [
                "Personer med beskyttelse begynder på danskuddannelse og kompetenceafklaring allerede på asylcentret. Kommunerne får et fast beløb pr. person til at støtte vejen til job og uddannelse.",
                "Senest seks måneder efter at have fået en bolig har hver person en personlig integrationsplan og en mentor fra nabolaget.",
            ],
            "2.6": [
                "De ansvarlige myndigheder får frem til 2030 hvert år 350 millioner kroner ekstra og ansætter 260 medarbejdere, heraf 90 sagsbehandlere med et toårigt uddannelsesforløb.",
                "Et nyt sagsbehandlingssystem forbinder modtagelse, procedure og hjemsendelse; tilslutningen til Eurodac og Schengeninformationssystemet afsluttes i 2026.",
            ],
        },
    },
}
