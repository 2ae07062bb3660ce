"""Wording of the paraphrased-title segmentation documents of the seventh session (issue 14, segpara2).

Written before the segpara2 session changed any code: titles of our own that paraphrase
Annex sections 2.2.2, 2.3.3 and 2.6 (not the official wording, and phrased otherwise than
the earlier ``paraphr`` sets), two titles of the document's own (2.1.2, 2.3.4) and
invented answers (no agency, law or figure is real), with the keys of
:mod:`segment_docs_text`. ``TEXT_PARA3_TUNE`` (Croatian, Lithuanian, Slovak, Danish)
is the tuning set; ``TEXT_PARA3_HELD`` (Bulgarian, Greek, Maltese) is held out and never
looked at while tuning.
"""

TEXT_PARA3_TUNE: dict[str, dict] = {
    "hr": {
        "title": "Nacionalna strategija upravljanja azilom i migracijama 2026.–2030. – radna verzija za savjetovanje",
        "para": {"2.2.2": "Zaštita dostupna već na granici", "2.3.3": "Smještaj i skrb za podnositelje zahtjeva",
                 "2.6": "Ljudi i sredstva za provedbu"},
        "own": {"2.1.2": "Odlazak onih koji nemaju pravo ostati", "2.3.4": "Novi početak: jezik, posao i zajednica"},
        "ans": {
            "2.1.2": [
                "Od 2026. služba za povratak u roku od tri tjedna od pravomoćne negativne odluke poziva osobu na razgovor o odlasku. Tko ne otputuje dobrovoljno, prati ga zajednički tim policije i službe za strance.",
                "Sredstva za potpomognuti dobrovoljni povratak rastu na 4 milijuna eura godišnje, a ponovnu integraciju u zemlji podrijetla prate partnerske organizacije.",
            ],
            "2.2.2": [
                "U prihvatnim točkama u Gornjem Polju i Maloj Rijeci granični postupak traje najviše dvanaest tjedana; svaki podnositelj prvi dan dobiva besplatnog pravnog savjetnika i liječnički pregled.",
                "Upravni sudovi određuju stalne dane za granične predmete kako bi se žalbe riješile u četiri tjedna, a odluka o vraćanju slijedi odmah nakon odbijanja zahtjeva.",
            ],
            "2.3.3": [
                "Broj mjesta u prihvatnim centrima raste na 2 500 do 2028., u objektima od najviše 150 mjesta u svakoj županiji; pričuva od 400 mjesta pokriva nagle dolaske.",
                "Djeca bez pratnje žive u malim obiteljskim domovima sa stalnim odgajateljem, a ranjivim osobama zdravstveno i psihološko stanje procjenjuje se u prva dva dana.",
            ],
            "2.3.4": [
                "Osobe kojima je odobrena zaštita počinju tečaj hrvatskog jezika i procjenu vještina već u prihvatnom centru; gradovi dobivaju paušalni iznos po osobi za pomoć pri zapošljavanju.",
                "U roku od šest mjeseci od useljenja u stan svaka osoba ima osobni plan integracije i mentora iz susjedstva.",
            ],
            "2.6": [
                "Nadležna tijela do 2030. dobivaju dodatnih 25 milijuna eura godišnje i zapošljavaju 180 službenika, od toga 60 donositelja odluka s dvogodišnjim programom osposobljavanja.",
                "Novi sustav za vođenje predmeta povezuje prihvat, postupak i povratak; spajanje s Eurodacom i Schengenskim informacijskim sustavom dovršava se 2026.",
            ],
        },
    },
    "lt": {
        "title": "Nacionalinė prieglobsčio ir migracijos valdymo strategija 2026–2030 m. – projektas viešajai konsultacijai",
        "para": {"2.2.2": "Prieglobstis prie valstybės sienos", "2.3.3": "Kur ir kaip gyvena prieglobsčio prašytojai",
                 "2.6": "Darbuotojai ir lėšos strategijai įgyvendinti"},
        "own": {"2.1.2": "Išvykimas po neigiamo sprendimo", "2.3.4": "Kalba, darbas ir kaimynai"},
        "ans": {
            "2.1.2": [
                "Nuo 2026 m. grąžinimo tarnyba per tris savaites po galutinio neigiamo sprendimo pakviečia asmenį į pokalbį dėl išvykimo. Neišvykusius savanoriškai prižiūri bendra policijos ir migracijos tarnybos komanda.",
                "Savanoriško grįžimo paramai skiriama 3 milijonai eurų per metus, o reintegraciją kilmės šalyse lydi partnerių organizacijos.",
            ],
            "2.2.2": [
                "Atvykimo centruose Beržynėje ir Akmenaičiuose pasienio procedūra baigiama per dvylika savaičių; kiekvienas prašytojas pirmą dieną gauna nemokamą teisinę konsultaciją ir sveikatos patikrinimą.",
                "Administraciniai teismai pasienio byloms skiria nuolatines posėdžių dienas, kad skundai būtų išnagrinėti per keturias savaites, o sprendimas grąžinti priimamas iš karto po atmetimo.",
            ],
            "2.3.3": [
                "Apgyvendinimo vietų skaičius iki 2028 m. padidinamas iki 3 000, centruose, kuriuose ne daugiau kaip 150 vietų kiekvienoje apskrityje; 500 vietų rezervas skirtas staigiems atvykimų šuoliams.",
                "Nelydimi nepilnamečiai gyvena mažuose šeimynos tipo namuose su nuolatiniu auklėtoju, o pažeidžiamų asmenų sveikata ir psichologinė būklė įvertinama per pirmas dvi dienas.",
            ],
            "2.3.4": [
                "Apsaugą gavę asmenys lietuvių kalbos kursus ir įgūdžių vertinimą pradeda dar apgyvendinimo centre; savivaldybės gauna fiksuotą sumą vienam asmeniui už pagalbą ieškant darbo.",
                "Per šešis mėnesius nuo persikėlimo į būstą kiekvienas turi asmeninį integracijos planą ir mentorių iš kaimynystės.",
            ],
            "2.6": [
                "Atsakingos institucijos iki 2030 m. kasmet gauna papildomus 20 milijonų eurų ir įdarbina 150 darbuotojų, iš jų 50 sprendimus priimančių pareigūnų, kuriems taikoma dvejų metų mokymo programa.",
                "Nauja bylų valdymo sistema sujungia priėmimą, procedūrą ir grąžinimą; prisijungimas prie Eurodac ir Šengeno informacinės sistemos baigiamas 2026 m.",
            ],
        },
    },
    "sk": {
        "title": "Národná stratégia riadenia azylu a migrácie na roky 2026 – 2030 – návrh na pripomienkovanie",
        "para": {"2.2.2": "Prístup k ochrane priamo na hranici", "2.3.3": "Ubytovanie a starostlivosť o žiadateľov",
                 "2.6": "Ľudia, technika a peniaze na realizáciu"},
        "own": {"2.1.2": "Keď niekto nemá právo zostať", "2.3.4": "Jazyk, práca a bývanie po udelení ochrany"},
        "ans": {
            "2.1.2": [
                "Od roku 2026 úrad pre návraty do troch týždňov od právoplatného zamietavého rozhodnutia pozve osobu na rozhovor o odchode. Tých, ktorí neodídu dobrovoľne, sleduje spoločný tím polície a cudzineckej služby.",
                "Rozpočet na asistovaný dobrovoľný návrat sa zvyšuje na 3,5 milióna eur ročne a reintegráciu v krajinách pôvodu sprevádzajú partnerské organizácie.",
            ],
            "2.2.2": [
                "V prijímacích bodoch v Hornej Lúke a v Kamennom Brode sa hraničné konanie skončí do dvanástich týždňov; každý žiadateľ dostane v prvý deň bezplatnú právnu pomoc a lekársku prehliadku.",
                "Správne súdy vyhradia pre hraničné veci pevné pojednávacie dni, aby sa odvolania vybavili do štyroch týždňov a rozhodnutie o návrate nasledovalo hneď po zamietnutí.",
            ],
            "2.3.3": [
                "Počet miest v pobytových zariadeniach sa do roku 2028 zvýši na 2 800 v zariadeniach s najviac 150 miestami v každom kraji; rezerva 400 miest pokryje náhle nárasty príchodov.",
                "Maloletí bez sprievodu bývajú v malých domovoch rodinného typu so stálym vychovávateľom a zraniteľným osobám sa zdravotný a psychický stav posúdi do dvoch dní.",
            ],
            "2.3.4": [
                "Osoby s udelenou ochranou začínajú kurz slovenčiny a posúdenie zručností už v pobytovom zariadení; obce dostávajú paušálnu sumu na osobu za pomoc pri hľadaní práce.",
                "Do šiestich mesiacov od presťahovania do bytu má každý osobný integračný plán a mentora zo susedstva.",
            ],
            "2.6": [
                "Zodpovedné orgány dostávajú do roku 2030 ročne dodatočných 22 miliónov eur a prijmú 170 zamestnancov, z toho 55 rozhodovateľov s dvojročným vzdelávacím programom.",
                "Nový systém správy spisov prepája prijímanie, konanie a návraty; pripojenie k Eurodacu a Schengenskému informačnému systému sa dokončí v roku 2026.",
            ],
        },
    },
    "da": {
        "title": "National strategi for asyl- og migrationsstyring 2026-2030 – udkast til høring",
        "para": {"2.2.2": "Adgang til beskyttelse allerede ved grænsen", "2.3.3": "Bolig og omsorg under sagsbehandlingen",
                 "2.6": "Medarbejdere, systemer og økonomi"},
        "own": {"2.1.2": "Udrejse efter afslag", "2.3.4": "Fra flygtning til kollega og nabo"},
        "ans": {
            "2.1.2": [
                "Fra 2026 indkalder hjemrejsekontoret til en obligatorisk udrejsesamtale senest tre uger efter et endeligt afslag. Personer, der ikke rejser frivilligt, følges af et fælles team fra politiet og udlændingeservicen.",
                "Midlerne til støttet frivillig hjemrejse stiger til 30 millioner kroner om året, og partnerorganisationer følger reintegrationen i hjemlandet.",
            ],
            "2.2.2": [
                "I ankomstcentrene i Nørreskov og Vesterby afsluttes grænseproceduren inden for tolv uger; hver ansøger får den første dag gratis juridisk rådgivning og en helbredsundersøgelse.",
                "Domstolene afsætter faste retsdage til grænsesager, så klager afgøres inden for fire uger, og en afgørelse om tilbagesendelse følger straks efter afslaget.",
            ],
            "2.3.3": [
                "Antallet af pladser på asylcentre øges til 4 000 inden 2028 i centre med højst 200 pladser i hver region; en reserve på 600 pladser dækker pludselige stigninger i ankomster.",
                "Uledsagede mindreårige bor i små bofællesskaber med en fast pædagog, og sårbare personers helbred og psykiske tilstand vurderes inden for de første to dage.",
            ],
            "2.3.4": [
                "Personer med beskyttelse begynder på danskundervisning og kompetenceafklaring allerede på asylcentret; kommunerne får et fast beløb pr. person til hjælp med at finde job.",
                "Senest seks måneder efter indflytning i egen bolig har alle en personlig integrationsplan og en mentor fra lokalområdet.",
            ],
            "2.6": [
                "De ansvarlige myndigheder får frem til 2030 ekstra 300 millioner kroner om året og ansætter 220 medarbejdere, heraf 70 sagsbehandlere med et toårigt uddannelsesforløb.",
                "Et nyt sagsbehandlingssystem forbinder modtagelse, asylsag og hjemrejse; forbindelsen til Eurodac og Schengeninformationssystemet er færdig i 2026.",
            ],
        },
    },
}

TEXT_PARA3_HELD: dict[str, dict] = {
    "bg": {
        "title": "Национална стратегия за управление на убежището и миграцията 2026–2030 г. – проект за обществено обсъждане",
        "para": {"2.2.2": "Достъп до закрила още на границата", "2.3.3": "Настаняване на търсещите закрила",
                 "2.6": "Служители, техника и финансиране"},
        "own": {"2.1.2": "Напускане след отказ", "2.3.4": "Нов живот: език, работа, съседи"},
        "ans": {
            "2.1.2": [
                "От 2026 г. службата за връщане в срок от три седмици след окончателен отказ кани лицето на разговор за напускане. Който не напусне доброволно, се наблюдава от съвместен екип на полицията и службата за чужденци.",
                "Средствата за подпомогнато доброволно връщане нарастват на 2 милиона евро годишно, а реинтеграцията в страните на произход се подкрепя от партньорски организации.",
            ],
            "2.2.2": [
                "В приемателните пунктове в Горно поле и Каменен брод граничната процедура приключва за дванадесет седмици; всеки кандидат получава още първия ден безплатна правна помощ и медицински преглед.",
                "Административните съдилища определят постоянни съдебни дни за граничните дела, така че жалбите се решават за четири седмици, а решението за връщане следва веднага след отказа.",
            ],
            "2.3.3": [
                "Броят на местата в приемателните центрове се увеличава до 5 000 до 2028 г., в центрове с не повече от 200 места във всяка област; резерв от 700 места покрива внезапни пикове на пристигания.",
                "Непридружените непълнолетни живеят в малки домове от семеен тип с постоянен възпитател, а здравословното и психическото състояние на уязвимите лица се оценява в първите два дни.",
            ],
            "2.3.4": [
                "Лицата с предоставена закрила започват курс по български език и оценка на уменията още в центъра; общините получават фиксирана сума на човек за помощ при търсене на работа.",
                "До шест месеца след настаняване в жилище всеки има личен план за интеграция и ментор от квартала.",
            ],
            "2.6": [
                "Отговорните органи получават до 2030 г. допълнително по 15 милиона евро годишно и назначават 200 служители, от които 70 интервюиращи органи с двугодишна програма за обучение.",
                "Нова система за управление на преписките свързва приема, процедурата и връщането; връзката с Евродак и Шенгенската информационна система се завършва през 2026 г.",
            ],
        },
    },
    "el": {
        "title": "Εθνική στρατηγική διαχείρισης ασύλου και μετανάστευσης 2026–2030 – σχέδιο για δημόσια διαβούλευση",
        "para": {"2.2.2": "Πρόσβαση στο άσυλο ήδη στα σύνορα", "2.3.3": "Στέγαση και φροντίδα των αιτούντων",
                 "2.6": "Προσωπικό, εξοπλισμός και πόροι"},
        "own": {"2.1.2": "Αναχώρηση μετά από απόρριψη", "2.3.4": "Γλώσσα, δουλειά και γειτονιά"},
        "ans": {
            "2.1.2": [
                "Από το 2026 η υπηρεσία επιστροφών καλεί τον ενδιαφερόμενο σε συνέντευξη αναχώρησης εντός τριών εβδομάδων από την τελεσίδικη απόρριψη. Όσοι δεν αναχωρούν οικειοθελώς παρακολουθούνται από κοινή ομάδα της αστυνομίας και της υπηρεσίας αλλοδαπών.",
                "Τα κονδύλια για την υποβοηθούμενη εθελοντική επιστροφή αυξάνονται στα 5 εκατομμύρια ευρώ ετησίως και η επανένταξη στις χώρες καταγωγής συνοδεύεται από οργανώσεις-εταίρους.",
            ],
            "2.2.2": [
                "Στα κέντρα υποδοχής στο Άνω Πεδίο και στη Πετρόβρυση η διαδικασία στα σύνορα ολοκληρώνεται σε δώδεκα εβδομάδες· κάθε αιτών λαμβάνει την πρώτη ημέρα δωρεάν νομική συνδρομή και ιατρικό έλεγχο.",
                "Τα διοικητικά δικαστήρια ορίζουν σταθερές ημέρες εκδίκασης για τις υποθέσεις των συνόρων, ώστε οι προσφυγές να κρίνονται σε τέσσερις εβδομάδες και η απόφαση επιστροφής να ακολουθεί αμέσως την απόρριψη.",
            ],
            "2.3.3": [
                "Οι θέσεις φιλοξενίας αυξάνονται σε 9 000 έως το 2028, σε δομές έως 250 θέσεων σε κάθε περιφέρεια· απόθεμα 1 000 θέσεων καλύπτει τις αιφνίδιες αυξήσεις αφίξεων.",
                "Οι ασυνόδευτοι ανήλικοι διαμένουν σε μικρές δομές οικογενειακού τύπου με μόνιμο παιδαγωγό, ενώ η υγεία και η ψυχική κατάσταση των ευάλωτων αξιολογείται τις δύο πρώτες ημέρες.",
            ],
            "2.3.4": [
                "Οι δικαιούχοι προστασίας ξεκινούν μαθήματα ελληνικών και αξιολόγηση δεξιοτήτων ήδη στη δομή φιλοξενίας· οι δήμοι λαμβάνουν κατ' αποκοπήν ποσό ανά άτομο για τη στήριξη στην αναζήτηση εργασίας.",
                "Εντός έξι μηνών από τη μετακόμιση σε κατοικία κάθε άτομο έχει ατομικό σχέδιο ένταξης και μέντορα από τη γειτονιά.",
            ],
            "2.6": [
                "Οι αρμόδιες αρχές λαμβάνουν έως το 2030 επιπλέον 40 εκατομμύρια ευρώ ετησίως και προσλαμβάνουν 350 υπαλλήλους, εκ των οποίων 120 χειριστές υποθέσεων με διετές πρόγραμμα κατάρτισης.",
                "Νέο σύστημα διαχείρισης υποθέσεων συνδέει την υποδοχή, τη διαδικασία και την επιστροφή· η σύνδεση με το Eurodac και το Σύστημα Πληροφοριών Σένγκεν ολοκληρώνεται το 2026.",
            ],
        },
    },
    "mt": {
        "title": "Strateġija Nazzjonali għall-Immaniġġjar tal-Ażil u l-Migrazzjoni 2026–2030 – abbozz għall-konsultazzjoni pubblika",
        "para": {"2.2.2": "Aċċess għall-protezzjoni mal-fruntiera", "2.3.3": "Akkomodazzjoni u kura għall-applikanti",
                 "2.6": "Persunal, tagħmir u flus għall-implimentazzjoni"},
        "own": {"2.1.2": "It-tluq wara ċaħda", "2.3.4": "Lingwa, xogħol u komunità"},
        "ans": {
            "2.1.2": [
                "Mill-2026 l-uffiċċju tar-ritorn jistieden lill-persuna għal intervista dwar it-tluq fi żmien tliet ġimgħat minn ċaħda finali. Min ma jitlaqx volontarjament jiġi segwit minn tim konġunt tal-pulizija u tas-servizz tal-barranin.",
                "Il-fondi għar-ritorn volontarju assistit jiżdiedu għal 1.5 miljun ewro fis-sena, u r-riintegrazzjoni fil-pajjiżi tal-oriġini tiġi akkumpanjata minn organizzazzjonijiet sħab.",
            ],
            "2.2.2": [
                "Fiċ-ċentri tal-wasla f'Ħal Qadim u fil-port il-ġdid il-proċedura fil-fruntiera tintemm fi żmien tnax-il ġimgħa; kull applikant jirċievi fl-ewwel jum għajnuna legali b'xejn u eżami mediku.",
                "It-tribunali amministrattivi jirriżervaw jiem fissi għall-każijiet tal-fruntiera, sabiex l-appelli jiġu deċiżi f'erba' ġimgħat u d-deċiżjoni ta' ritorn issegwi minnufih iċ-ċaħda.",
            ],
            "2.3.3": [
                "In-numru ta' postijiet fiċ-ċentri miftuħa jiżdied għal 1 500 sal-2028, f'ċentri ta' mhux aktar minn 150 post; riżerva ta' 300 post tkopri żidiet f'daqqa fil-waslet.",
                "Il-minorenni mhux akkumpanjati jgħixu f'djar żgħar tat-tip familjari b'edukatur permanenti, u s-saħħa u l-istat psikoloġiku tal-persuni vulnerabbli jiġu evalwati fl-ewwel jumejn.",
            ],
            "2.3.4": [
                "Il-benefiċjarji tal-protezzjoni jibdew korsijiet tal-Malti u evalwazzjoni tal-ħiliet diġà fiċ-ċentru; il-kunsilli lokali jirċievu somma fissa għal kull persuna biex jgħinu fit-tfittxija tax-xogħol.",
                "Fi żmien sitt xhur mit-trasferiment għal dar, kull persuna għandha pjan individwali ta' integrazzjoni u mentor mil-lokalità.",
            ],
            "2.6": [
                "L-awtoritajiet responsabbli jirċievu sal-2030 10 miljun ewro addizzjonali kull sena u jimpjegaw 90 persuna, fosthom 30 uffiċjal li jieħdu d-deċiżjonijiet bi programm ta' taħriġ ta' sentejn.",
                "Sistema ġdida għall-immaniġġjar tal-każijiet tgħaqqad l-akkoljenza, il-proċedura u r-ritorn; il-konnessjoni mal-Eurodac u mas-Sistema ta' Informazzjoni ta' Schengen titlesta fl-2026.",
            ],
        },
    },
}
