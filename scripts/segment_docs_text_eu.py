"""Wording of the segmentation documents of the segtitle session (issue 14): our own translations and answers.

Languages the first generators do not use: Finnish, Hungarian, Greek and Croatian (held
out from tuning: written before the segment stage was tuned on titles and letters),
Slovak, Irish and Maltese (tuning). Every Annex title, question and guidance paragraph
is our own rendering of the Annex (not the official wording, and no template pack holds
these languages), so it is recognised by meaning only. Answers are invented (no agency,
law or figure is real). Keys as in ``segment_docs_text.py``; Irish adds ``2.1.1``
(external dimension) and Maltese ``2.1.2`` (internal dimension) for their longer documents.
"""

TEXT_EU: dict[str, dict] = {
    "fi": {
        "title": "Kansallinen turvapaikka- ja muuttoliikkeen hallinnan strategia – ote lausuntokierrosta varten",
        "heading": {
            "2.2.2": "Tehokas pääsy kansainvälisen suojelun piiriin EU:n ulkorajoilla",
            "2.3.3": "Vakaa vastaanottojärjestelmä",
            "2.3.4": "Edellytykset onnistuneelle ja varhaiselle kotoutumiselle",
            "2.6": "Riittävien valmiuksien ja voimavarojen varmistaminen kansallisen strategian tehokasta täytäntöönpanoa varten",
        },
        "q": {
            "2.6.a": "Miten strategian tehokkaan täytäntöönpanon edellyttämien henkilöresurssien, aineellisten ja taloudellisten resurssien sekä infrastruktuurin saatavuus varmistetaan parhaiten, kun otetaan huomioon, että strategia toteutetaan viiden vuoden aikana?",
            "2.6.c": "Miten unionin tasolla perustettuja operatiivisen tuen välineitä, kuten EU:n turvapaikkaviraston ja Frontexin tukea tai EU:n pysyvää muuttoliikkeen tukivälineistöä, käytetään tai voitaisiin käyttää tehokkaan turvapaikka- ja muuttoliikkeen hallintajärjestelmän hyväksi?",
        },
        "instr": {"2.6": "Kuvatkaa havaitut nykyiset ja tulevat haasteet ja tarpeet huomioon ottaen strategiset poliittiset tavoitteenne, joilla varmistetaan riittävät henkilöresurssit sekä aineelliset ja taloudelliset valmiudet strategian eri osien täytäntöönpanoa varten."},
        "own": {"staff": "2.1 Henkilöstö ja koulutus", "it": "2.2 Digitaaliset järjestelmät"},
        "ans": {
            "2.2.2": [
                "Saapumiskeskuksissa Pohjoissatamassa ja Rajalassa rajamenettely saatetaan päätökseen kahdentoista viikon kuluessa. Jokainen hakija saa ensimmäisenä päivänä maksutonta oikeudellista neuvontaa ja terveystarkastuksen.",
                "Hallinto-oikeudet varaavat kiinteät istuntopäivät rajamenettelyasioille, jotta valitukset ratkaistaan neljässä viikossa ja palauttamispäätös seuraa välittömästi kielteistä päätöstä.",
            ],
            "2.3.3": [
                "Vastaanottopaikkojen määrä kasvaa 9 000:een vuoteen 2028 mennessä, ja ne jaetaan enintään 250 paikan keskuksiin kaikissa maakunnissa. Joustava 1 000 paikan puskuri tasaa ruuhkahuippuja.",
                "Ilman huoltajaa olevat alaikäiset asuvat pienissä ryhmäkodeissa, joissa on vakituinen ohjaaja, ja haavoittuvassa asemassa olevien terveydentila arvioidaan kahden päivän kuluessa saapumisesta.",
            ],
            "2.3.4": [
                "Kansainvälistä suojelua saavat aloittavat suomen tai ruotsin kielen opinnot jo vastaanottokeskuksessa ja saavat ammatillisen osaamisen kartoituksen.",
                "Kunnat saavat kiinteän korvauksen jokaisesta henkilöstä työhön, koulutukseen ja asuntoon ohjaamista varten, ja jokaisella on kuuden kuukauden kuluessa henkilökohtainen kotoutumissuunnitelma.",
            ],
            "2.6": [
                "Maahanmuuttovirasto saa vuoteen 2030 asti vuosittain 45 miljoonaa euroa lisärahoitusta ja palkkaa 220 uutta ratkaisijaa, joille järjestetään kaksivuotinen koulutusohjelma.",
                "Uusi asianhallintajärjestelmä yhdistää vastaanoton, menettelyn ja palauttamisen tiedot; liittyminen Eurodaciin ja Schengenin tietojärjestelmään valmistuu vuonna 2026.",
            ],
        },
    },
    "hu": {
        "title": "Nemzeti menekültügyi és migrációkezelési stratégia – kivonat konzultációra",
        "heading": {
            "2.2.2": "Hatékony hozzáférés a nemzetközi védelemhez az EU külső határain",
            "2.3.3": "Szilárd befogadási rendszer",
            "2.3.4": "A sikeres és korai integráció feltételei",
            "2.6": "Elegendő kapacitás és képesség biztosítása a nemzeti stratégia hatékony végrehajtásához",
        },
        "q": {
            "2.6.a": "Hogyan biztosítható a legjobban a stratégia hatékony végrehajtásához szükséges emberi, anyagi és pénzügyi erőforrások és infrastruktúra rendelkezésre állása, figyelembe véve, hogy a stratégiát ötéves időszak alatt hajtják végre?",
            "2.6.c": "Hogyan használják vagy használhatnák fel az uniós szinten létrehozott operatív támogatási eszközöket, például az EU Menekültügyi Ügynökségének és a Frontexnek a támogatását vagy az állandó uniós migrációs támogatási eszköztárat egy hatékony menekültügyi és migrációkezelési rendszer érdekében?",
        },
        "instr": {"2.6": "Ismertesse a feltárt jelenlegi és jövőbeli kihívások és szükségletek figyelembevételével azokat a stratégiai szakpolitikai célkitűzéseket, amelyekkel biztosítja a megfelelő emberi erőforrásokat, valamint az anyagi és pénzügyi kapacitásokat a stratégia különböző részeinek végrehajtásához."},
        "own": {"staff": "2.1 Személyzet és képzés", "it": "2.2 Digitális rendszerek"},
        "ans": {
            "2.2.2": [
                "A Keleti és a Déli érkeztető központban a határeljárást tizenkét héten belül lezárják. Minden kérelmező az első napon ingyenes jogi tanácsadást és orvosi vizsgálatot kap.",
                "A közigazgatási bíróságok állandó tárgyalási napokat jelölnek ki a határeljárási ügyekre, így a jogorvoslati kérelmekről négy héten belül döntenek, és a kiutasító határozat közvetlenül követi az elutasítást.",
            ],
            "2.3.3": [
                "A befogadási férőhelyek száma 2028-ig 7 500-ra nő, legfeljebb 200 férőhelyes központokban, minden régióban. Egy 800 férőhelyes rugalmas tartalék kezeli a csúcsidőszakokat.",
                "A kísérő nélküli kiskorúak kis lakóotthonokban élnek állandó nevelővel, a kiszolgáltatott személyek egészségi állapotát pedig az érkezést követő két napon belül felmérik.",
            ],
            "2.3.4": [
                "A védelemben részesülők már a befogadó központban megkezdik a magyar nyelvtanfolyamot, és felmérik szakmai készségeiket.",
                "Az önkormányzatok személyenként rögzített összeget kapnak a munkába, oktatásba és lakhatásba való elhelyezés támogatására; hat hónapon belül mindenkinek egyéni beilleszkedési terve van.",
            ],
            "2.6": [
                "A menekültügyi hatóság 2030-ig évente 35 millió euró többletforrást kap, és 160 új ügyintézőt vesz fel kétéves képzési programmal.",
                "Egy új ügykezelő rendszer összekapcsolja a befogadás, az eljárás és a visszatérés aktáit; az Eurodachoz és a Schengeni Információs Rendszerhez való csatlakozás 2026-ban zárul.",
            ],
        },
    },
    "el": {
        "title": "Εθνική στρατηγική για τη διαχείριση του ασύλου και της μετανάστευσης – απόσπασμα για διαβούλευση",
        "heading": {
            "2.2.2": "Αποτελεσματική πρόσβαση στη διεθνή προστασία στα εξωτερικά σύνορα της ΕΕ",
            "2.3.3": "Ένα ισχυρό σύστημα υποδοχής",
            "2.3.4": "Προϋποθέσεις για επιτυχή και έγκαιρη ένταξη",
            "2.6": "Διασφάλιση επαρκών ικανοτήτων και μέσων για την αποτελεσματική εφαρμογή της εθνικής στρατηγικής",
        },
        "q": {
            "2.6.a": "Πώς διασφαλίζεται καλύτερα η διαθεσιμότητα των αναγκαίων ανθρώπινων, υλικών και οικονομικών πόρων και υποδομών για την αποτελεσματική εφαρμογή της στρατηγικής, λαμβανομένου υπόψη ότι η στρατηγική θα εφαρμοστεί σε περίοδο πέντε ετών;",
            "2.6.c": "Πώς χρησιμοποιούνται ή θα μπορούσαν να χρησιμοποιηθούν τα εργαλεία επιχειρησιακής στήριξης που έχουν θεσπιστεί σε επίπεδο Ένωσης, όπως ο Οργανισμός της ΕΕ για το Άσυλο, ο Frontex ή η μόνιμη εργαλειοθήκη της ΕΕ για τη στήριξη της μετανάστευσης;",
        },
        "instr": {"2.6": "Περιγράψτε, λαμβάνοντας υπόψη τις τρέχουσες και μελλοντικές προκλήσεις και ανάγκες που έχουν εντοπιστεί, τους στρατηγικούς στόχους πολιτικής σας για τη διασφάλιση επαρκών ανθρώπινων πόρων και υλικών και οικονομικών ικανοτήτων για την εφαρμογή των διαφόρων μερών της στρατηγικής."},
        "own": {"staff": "2.1 Προσωπικό και κατάρτιση", "it": "2.2 Ψηφιακά συστήματα"},
        "ans": {
            "2.2.2": [
                "Στα κέντρα υποδοχής και ταυτοποίησης της Βόρειας Ακτής και του Νότιου Λιμένα η διαδικασία στα σύνορα ολοκληρώνεται εντός δώδεκα εβδομάδων. Κάθε αιτών λαμβάνει την πρώτη ημέρα δωρεάν νομική συνδρομή και ιατρικό έλεγχο.",
                "Τα διοικητικά δικαστήρια ορίζουν σταθερές ημέρες συνεδρίασης για υποθέσεις συνόρων, ώστε οι προσφυγές να κρίνονται εντός τεσσάρων εβδομάδων και η απόφαση επιστροφής να ακολουθεί αμέσως την απόρριψη.",
            ],
            "2.3.3": [
                "Οι θέσεις υποδοχής αυξάνονται σε 11 000 έως το 2028, σε δομές έως 300 θέσεων σε όλες τις περιφέρειες. Ένα ευέλικτο απόθεμα 1 500 θέσεων καλύπτει τις αιχμές.",
                "Οι ασυνόδευτοι ανήλικοι διαμένουν σε μικρές δομές φιλοξενίας με μόνιμο εκπαιδευτή, και οι ευάλωτοι αιτούντες αξιολογούνται ιατρικά εντός δύο ημερών από την άφιξη.",
            ],
            "2.3.4": [
                "Οι δικαιούχοι διεθνούς προστασίας ξεκινούν μαθήματα ελληνικής γλώσσας ήδη στη δομή υποδοχής και λαμβάνουν αξιολόγηση των επαγγελματικών τους δεξιοτήτων.",
                "Οι δήμοι λαμβάνουν σταθερό ποσό ανά άτομο για τη στήριξη στην εύρεση εργασίας, εκπαίδευσης και στέγης· εντός έξι μηνών κάθε δικαιούχος έχει ατομικό σχέδιο ένταξης.",
            ],
            "2.6": [
                "Η Υπηρεσία Ασύλου λαμβάνει έως το 2030 επιπλέον 50 εκατομμύρια ευρώ ετησίως και προσλαμβάνει 250 νέους χειριστές υποθέσεων με διετές πρόγραμμα κατάρτισης.",
                "Ένα νέο σύστημα διαχείρισης υποθέσεων συνδέει τους φακέλους υποδοχής, διαδικασίας και επιστροφής· η σύνδεση με το Eurodac και το Σύστημα Πληροφοριών Σένγκεν ολοκληρώνεται το 2026.",
            ],
        },
    },
    "hr": {
        "title": "Nacionalna strategija upravljanja azilom i migracijama – izvadak za savjetovanje",
        "heading": {
            "2.2.2": "Učinkovit pristup međunarodnoj zaštiti na vanjskim granicama EU-a",
            "2.3.3": "Otporan sustav prihvata",
            "2.3.4": "Uvjeti za uspješnu i ranu integraciju",
            "2.6": "Osiguravanje dostatnih kapaciteta i sposobnosti za učinkovitu provedbu nacionalne strategije",
        },
        "q": {
            "2.6.a": "Kako najbolje osigurati dostupnost potrebnih ljudskih, materijalnih i financijskih resursa te infrastrukture za učinkovitu provedbu strategije, uzimajući u obzir da se strategija provodi tijekom razdoblja od pet godina?",
            "2.6.c": "Kako se upotrebljavaju ili bi se mogli upotrebljavati alati operativne potpore uspostavljeni na razini Unije, kao što su potpora Agencije EU-a za azil i Frontexa ili stalni EU-ov paket za potporu u području migracija, za učinkovit sustav upravljanja azilom i migracijama?",
        },
        "instr": {"2.6": "Opišite, uzimajući u obzir utvrđene sadašnje i buduće izazove i potrebe, svoje strateške ciljeve politike kojima se osiguravaju dostatni ljudski resursi te materijalni i financijski kapaciteti za provedbu različitih dijelova strategije."},
        "own": {"staff": "2.1 Osoblje i osposobljavanje", "it": "2.2 Digitalni sustavi"},
        "ans": {
            "2.2.2": [
                "U prihvatnim centrima Sjeverna Luka i Gornje Polje granični postupak završava se u roku od dvanaest tjedana. Svaki podnositelj zahtjeva prvog dana dobiva besplatno pravno savjetovanje i liječnički pregled.",
                "Upravni sudovi određuju stalne dane rasprava za granične predmete, tako da se o žalbama odlučuje u roku od četiri tjedna, a odluka o povratku izravno slijedi odbijanje.",
            ],
            "2.3.3": [
                "Broj prihvatnih mjesta raste na 4 500 do 2028., u centrima od najviše 200 mjesta u svim županijama. Fleksibilna pričuva od 600 mjesta pokriva vršna razdoblja.",
                "Maloljetnici bez pratnje žive u malim stambenim zajednicama sa stalnim odgajateljem, a ranjive osobe prolaze zdravstvenu procjenu u roku od dva dana od dolaska.",
            ],
            "2.3.4": [
                "Korisnici međunarodne zaštite već u prihvatnom centru započinju tečaj hrvatskog jezika i dobivaju procjenu stručnih vještina.",
                "Gradovi i općine dobivaju fiksni iznos po osobi za potporu pri zapošljavanju, obrazovanju i stanovanju; u roku od šest mjeseci svatko ima osobni plan integracije.",
            ],
            "2.6": [
                "Ministarstvo unutarnjih poslova do 2030. godišnje dobiva dodatnih 25 milijuna eura i zapošljava 140 novih službenika uz dvogodišnji program osposobljavanja.",
                "Novi sustav za upravljanje predmetima povezuje spise prihvata, postupka i povratka; povezivanje s Eurodacom i Schengenskim informacijskim sustavom dovršava se 2026.",
            ],
        },
    },
    "sk": {
        "title": "Národná stratégia riadenia azylu a migrácie – výňatok na pripomienkovanie",
        "heading": {
            "2.2.2": "Účinný prístup k medzinárodnej ochrane na vonkajších hraniciach EÚ",
            "2.3.3": "Odolný systém prijímania",
            "2.3.4": "Podmienky úspešnej a včasnej integrácie",
            "2.6": "Zabezpečenie dostatočných kapacít a spôsobilostí na účinné vykonávanie národnej stratégie",
        },
        "q": {
            "2.6.a": "Ako sa najlepšie zabezpečí dostupnosť potrebných ľudských, materiálnych a finančných zdrojov a infraštruktúry na účinné vykonávanie stratégie vzhľadom na to, že stratégia sa vykonáva počas piatich rokov?",
            "2.6.c": "Ako sa využívajú alebo by sa mohli využívať nástroje operačnej podpory zriadené na úrovni Únie, napríklad podpora Agentúry EÚ pre azyl a agentúry Frontex alebo stály súbor nástrojov EÚ na podporu migrácie, v prospech účinného systému riadenia azylu a migrácie?",
        },
        "instr": {"2.6": "Opíšte so zreteľom na zistené súčasné a budúce výzvy a potreby svoje strategické politické ciele, ktorými sa zabezpečia dostatočné ľudské zdroje a materiálne a finančné kapacity na vykonávanie jednotlivých častí stratégie."},
        "own": {"staff": "2.1 Personál a odborná príprava", "it": "2.2 Digitálne systémy"},
        "own2": {"staff": "2.1 Ľudia", "it": "2.2 Počítače"},
        "ans": {
            "2.2.2": [
                "V prijímacích centrách Severná Brána a Dolný Brod sa hraničné konanie ukončí do dvanástich týždňov. Každý žiadateľ dostane v prvý deň bezplatnú právnu pomoc a lekárske vyšetrenie.",
                "Správne súdy vyhradia pevné pojednávacie dni pre hraničné veci, aby sa o odvolaniach rozhodlo do štyroch týždňov a rozhodnutie o návrate priamo nadväzovalo na zamietnutie.",
            ],
            "2.3.3": [
                "Počet miest v zariadeniach na prijímanie sa do roku 2028 zvýši na 3 000, v centrách s najviac 150 miestami vo všetkých krajoch. Pružná rezerva 400 miest pokryje nárazové obdobia.",
                "Maloletí bez sprievodu bývajú v malých skupinových domovoch so stálym vychovávateľom a zraniteľné osoby absolvujú zdravotné posúdenie do dvoch dní od príchodu.",
            ],
            "2.3.4": [
                "Osoby s medzinárodnou ochranou začínajú kurz slovenského jazyka už v prijímacom centre a dostanú posúdenie svojich odborných zručností.",
                "Obce dostávajú pevnú sumu na osobu na podporu pri hľadaní práce, vzdelávania a bývania; do šiestich mesiacov má každý osobný integračný plán.",
            ],
            "2.6": [
                "Migračný úrad dostane do roku 2030 ročne o 20 miliónov eur viac a prijme 90 nových rozhodovacích pracovníkov s dvojročným vzdelávacím programom.",
                "Nový systém správy spisov prepojí údaje o prijímaní, konaní a návrate; pripojenie k Eurodacu a Schengenskému informačnému systému sa dokončí v roku 2026.",
            ],
        },
    },
    "ga": {
        "title": "Straitéis náisiúnta um bainistiú tearmainn agus imirce – sliocht le haghaidh comhairliúcháin",
        "heading": {
            "2.1.1": "An ghné sheachtrach",
            "2.2.2": "Rochtain éifeachtach ar chosaint idirnáisiúnta ag teorainneacha seachtracha an Aontais",
            "2.3.3": "Córas láidir glactha",
            "2.3.4": "Coinníollacha le haghaidh lánpháirtiú rathúil agus luath",
            "2.6": "Acmhainn agus cumas leordhóthanach a áirithiú chun an straitéis náisiúnta a chur chun feidhme go héifeachtach",
        },
        "q": {
            "2.6.a": "Conas is fearr a áirithítear go mbeidh na hacmhainní daonna, ábhartha agus airgeadais agus an bonneagar is gá ar fáil chun an straitéis a chur chun feidhme go héifeachtach, ag cur san áireamh go gcuirfear an straitéis chun feidhme thar thréimhse cúig bliana?",
            "2.6.c": "Conas a úsáidtear nó conas a d'fhéadfaí na huirlisí tacaíochta oibríochtúla a bunaíodh ar leibhéal an Aontais a úsáid, amhail tacaíocht ó Ghníomhaireacht an Aontais Eorpaigh um Thearmann agus ó Frontex nó an bosca uirlisí buan de chuid an Aontais um thacaíocht imirce?",
        },
        "instr": {"2.6": "Déan cur síos, ag cur san áireamh na dúshláin agus na riachtanais reatha agus amach anseo a sainaithníodh, ar na cuspóirí straitéiseacha beartais atá agat chun acmhainní daonna leordhóthanacha agus acmhainn ábhartha agus airgeadais a áirithiú chun na codanna éagsúla den straitéis a chur chun feidhme."},
        "own": {"staff": "2.1 Foireann agus oiliúint", "it": "2.2 Córais dhigiteacha"},
        "ans": {
            "2.1.1": [
                "Síníodh comhaontuithe athligin le trí thír thionscnaimh in 2025, agus maoinítear tionscadail oiliúna do phóilíní teorann sna tíortha idirthurais sin.",
                "Tá oifigigh idirchaidrimh imirce lonnaithe i gceithre ambasáid chun comhar a éascú maidir le doiciméid taistil agus aisfhilleadh.",
            ],
            "2.2.2": [
                "Sna hionaid fáiltithe i mBaile an Chalaidh agus i gCnoc na Teorann, críochnaítear nós imeachta na teorann laistigh de dhá sheachtain déag. Faigheann gach iarratasóir comhairle dlí saor in aisce agus scrúdú leighis ar an gcéad lá.",
                "Socraíonn na cúirteanna laethanta seasta éisteachta do chásanna teorann, ionas go gcinntear achomhairc laistigh de cheithre seachtaine agus go leanann an cinneadh fillte díreach ar an diúltú.",
            ],
            "2.3.3": [
                "Méadófar líon na n-áiteanna glactha go 6 000 faoi 2028, in ionaid nach mó ná 200 áit i ngach réigiún. Clúdaíonn cúlchiste solúbtha de 700 áit na buaicthréimhsí.",
                "Cónaíonn mionaoisigh neamhthionlactha i dtithe beaga grúpa le heochairoibrí buan, agus déantar measúnú sláinte ar dhaoine leochaileacha laistigh de dhá lá ón teacht.",
            ],
            "2.3.4": [
                "Tosaíonn tairbhithe cosanta idirnáisiúnta ar ranganna Béarla agus Gaeilge san ionad glactha cheana féin, agus déantar measúnú ar a scileanna gairmiúla.",
                "Faigheann na húdaráis áitiúla suim sheasta in aghaidh an duine chun tacú le fostaíocht, oideachas agus tithíocht; laistigh de sé mhí tá plean pearsanta lánpháirtíochta ag gach duine.",
            ],
            "2.6": [
                "Faigheann an tSeirbhís Imirce 28 milliún euro breise in aghaidh na bliana go dtí 2030 agus earcaíonn sí 150 oifigeach cásanna nua le clár oiliúna dhá bhliain.",
                "Nascann córas nua bainistíochta cásanna comhaid ghlactha, nós imeachta agus fillte; beidh an nasc le Eurodac agus le Córas Faisnéise Schengen críochnaithe in 2026.",
            ],
        },
    },
    "mt": {
        "title": "Strateġija nazzjonali għall-ġestjoni tal-ażil u l-migrazzjoni – silta għall-konsultazzjoni",
        "heading": {
            "2.1.2": "Id-dimensjoni interna",
            "2.2.2": "Aċċess effettiv għall-protezzjoni internazzjonali fil-fruntieri esterni tal-UE",
            "2.3.3": "Sistema ta' akkoljenza robusta",
            "2.3.4": "Kundizzjonijiet għal integrazzjoni b'suċċess u bikrija",
            "2.6": "Li tiġi żgurata kapaċità u kapabbiltà suffiċjenti għall-implimentazzjoni effettiva tal-istrateġija nazzjonali",
        },
        "q": {
            "2.6.a": "Kif l-aħjar tiġi żgurata d-disponibbiltà tar-riżorsi umani, materjali u finanzjarji u l-infrastruttura meħtieġa għall-implimentazzjoni effettiva tal-istrateġija, meta jitqies li l-istrateġija tiġi implimentata fuq perjodu ta' ħames snin?",
            "2.6.c": "Kif jintużaw jew jistgħu jintużaw l-għodod ta' appoġġ operazzjonali stabbiliti fil-livell tal-Unjoni, bħall-appoġġ mill-Aġenzija tal-UE għall-Ażil u mill-Frontex jew is-sett permanenti ta' għodod tal-UE għall-appoġġ tal-migrazzjoni?",
        },
        "instr": {"2.6": "Iddeskrivi, filwaqt li tqis l-isfidi u l-ħtiġijiet attwali u futuri identifikati, l-għanijiet strateġiċi ta' politika tiegħek biex tiżgura riżorsi umani suffiċjenti u kapaċità materjali u finanzjarja għall-implimentazzjoni tal-partijiet differenti tal-istrateġija."},
        "own": {"staff": "2.1 Persunal u taħriġ", "it": "2.2 Sistemi diġitali"},
        "own2": {"staff": "2.1 In-nies", "it": "2.2 Il-kompjuters"},
        "ans": {
            "2.1.2": [
                "L-Aġenzija għar-Ritorn twettaq intervista obbligatorja dwar ir-ritorn fi żmien erba' ġimgħat minn deċiżjoni negattiva, u min ma jitlaqx volontarjament jiġi segwit f'konferenza tal-każ mal-pulizija.",
                "Il-baġit għar-ritorn volontarju assistit jiżdied għal 3 miljun ewro fis-sena, b'pakketti ta' riintegrazzjoni segwiti minn organizzazzjonijiet sħab fil-pajjiżi ta' oriġini.",
            ],
            "2.2.2": [
                "Fiċ-ċentru tal-wasla f'Ħal Far il-proċedura fil-fruntiera titlesta fi żmien tnax-il ġimgħa. Kull applikant jirċievi parir legali b'xejn u eżami mediku fl-ewwel jum.",
                "It-Tribunal tal-Appelli jiffissa jiem ta' seduta għal każijiet tal-fruntiera, sabiex l-appelli jiġu deċiżi fi żmien erba' ġimgħat u d-deċiżjoni ta' ritorn issegwi mill-ewwel iċ-ċaħda.",
            ],
            "2.3.3": [
                "In-numru ta' postijiet ta' akkoljenza jiżdied għal 1 800 sal-2028, f'ċentri ta' mhux aktar minn 150 post. Riżerva flessibbli ta' 300 post tlaħħaq mal-perjodi ta' pressjoni.",
                "Il-minorenni mhux akkumpanjati jgħixu f'djar żgħar tal-grupp ma' edukatur fiss, u l-persuni vulnerabbli jiġu vvalutati medikament fi żmien jumejn mill-wasla.",
            ],
            "2.3.4": [
                "Il-benefiċjarji ta' protezzjoni internazzjonali jibdew korsijiet tal-Malti u tal-Ingliż diġà fiċ-ċentru ta' akkoljenza, u jirċievu valutazzjoni tal-ħiliet professjonali tagħhom.",
                "Il-kunsilli lokali jirċievu ammont fiss għal kull persuna biex jappoġġaw is-sejba ta' xogħol, edukazzjoni u akkomodazzjoni; fi żmien sitt xhur kulħadd għandu pjan personali ta' integrazzjoni.",
            ],
            "2.6": [
                "L-Aġenzija għall-Protezzjoni Internazzjonali tirċievi 12-il miljun ewro addizzjonali fis-sena sal-2030 u tirrekluta 70 uffiċjal ġdid tal-każijiet bi programm ta' taħriġ ta' sentejn.",
                "Sistema ġdida ta' ġestjoni tal-każijiet tgħaqqad il-fajls tal-akkoljenza, tal-proċedura u tar-ritorn; il-konnessjoni mal-Eurodac u mas-Sistema ta' Informazzjoni ta' Schengen titlesta fl-2026.",
            ],
        },
    },
}
