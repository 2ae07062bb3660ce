"""Wording of held-out segmentation test documents in Finnish and Hungarian (issue 14, own-numbered and free shapes).

Written before any tuning of the fifth session's placement changes and never looked at
while tuning: our own translations of the Annex titles and questions and invented
answers (no agency, law or figure is real), with the keys of :mod:`segment_docs_text`.
``PARENT_FIHU``: the Annex's parent sections 2.1, 2.2 and 2.3. Only the shapes of
``FIHU_KINDS`` are built in these languages (own chapters, lettered and roman
sub-chapters, mixed numbered/free documents, paraphrased titles).
"""

FIHU_KINDS = ("romansub", "chapletters", "paraphr", "mixed", "mixedown")

PARENT_FIHU: dict[str, dict[str, str]] = {
    "fi": {"2.1": "Turvapaikka- ja muuttoliikejärjestelmän tehokas hallinta muuttopaineen vähentämiseksi",
           "2.2": "EU:n ulkorajojen tehokas hallinta", "2.3": "Oikeudenmukainen turvapaikka- ja kotoutumisjärjestelmä"},
    "hu": {"2.1": "A menekültügyi és migrációs rendszer hatékony kezelése a migrációs nyomás csökkentése érdekében",
           "2.2": "Az EU külső határainak hatékony igazgatása", "2.3": "Méltányos menekültügyi és integrációs rendszer"},
}

TEXT_FIHU: dict[str, dict] = {
    "fi": {
        "title": "Kansallinen turvapaikka- ja maahanmuuttostrategia – ote lausuntokierrosta varten",
        "toc": "Sisällys",
        "chapter": "Luku",
        "heading": {
            "2.1.2": "Sisäisen ulottuvuuden osatekijät",
            "2.2.2": "Tehokas pääsy kansainväliseen suojeluun EU:n ulkorajoilla",
            "2.3.3": "Kestävä vastaanottojärjestelmä",
            "2.3.4": "Edellytykset onnistuneelle ja varhaiselle kotoutumiselle",
            "2.6": "Riittävien voimavarojen ja valmiuksien varmistaminen kansallisen strategian tehokkaaksi toteuttamiseksi",
        },
        "para": {"2.2.2": "Rajamenettely turvapaikka-asioissa", "2.3.3": "Turvapaikanhakijoiden majoitus", "2.6": "Henkilöstö, välineet ja määrärahat toteutukseen"},
        "q": {
            "2.2.2.a": "Miten voidaan parhaiten varmistaa nopea ja tosiasiallinen pääsy oikeudenmukaiseen ja tehokkaaseen kansainvälisen suojelun menettelyyn ulkorajoilla, kauttakulkualueilla ja EU:n aluevesillä?",
            "2.3.3.a": "Strateginen lähestymistapanne sen varmistamiseksi, että vastaanottojärjestelmä tarjoaa hakijoille asianmukaiset vastaanotto-olosuhteet Euroopan parlamentin ja neuvoston direktiivin (EU) 2024/1346 mukaisesti.",
            "2.3.3.b": "Muut toimenpiteet, jotka voivat edistää strategisia tavoitteitanne tällä alalla, kuten toimet kestävän ja riittävän vastaanottojärjestelmän puolesta, vastaanotto-olosuhteiden seuranta ja ilman huoltajaa olevien alaikäisten ja haavoittuvassa asemassa olevien erityistarpeet.",
            "2.6.a": "Miten voidaan parhaiten varmistaa tämän strategian tehokkaaseen toteuttamiseen tarvittavien henkilöstö-, aineellisten ja taloudellisten voimavarojen sekä infrastruktuurin saatavuus, kun strategia toteutetaan viiden vuoden aikana?",
            "2.6.c": "Miten unionin tasolla perustettuja operatiivisen tuen välineitä, kuten Euroopan unionin turvapaikkaviraston ja Frontexin välineitä tai EU:n pysyvää muuttoliikkeen tukivälineistöä, käytetään tai voitaisiin käyttää tehokkaan turvapaikka- ja muuttoliikejärjestelmän hyväksi?",
        },
        "instr": {
            "2.6": "Kuvatkaa tunnistetut nykyiset ja tulevat haasteet ja tarpeet huomioon ottaen strategiset poliittiset tavoitteenne riittävien henkilöstövoimavarojen sekä aineellisten ja taloudellisten valmiuksien varmistamiseksi strategian eri osien toteuttamiseen.",
        },
        "own": {"2.1.2": "Paluu ja maasta lähtö", "2.3.4": "Asuminen ja työ kunnassa", "staff": "2.1 Henkilöstö ja koulutus", "it": "2.2 Digitaaliset työkalut"},
        "ans": {
            "2.1.2": [
                "Vuodesta 2026 Paluuvirasto käy pakollisen paluukeskustelun neljän viikon kuluessa kielteisestä päätöksestä. Niitä, jotka eivät lähde vapaaehtoisesti, seuraa poliisin ja ulkomaalaisviraston yhteinen ryhmä.",
                "Avustetun vapaaehtoisen paluun määrärahat nousevat 5 miljoonaan euroon vuodessa, ja kumppanijärjestöt tukevat uudelleenkotoutumista lähtömaissa.",
            ],
            "2.2.2": [
                "Saapumiskeskuksissa Kivirannassa ja Harjulassa rajamenettely päättyy kahdessatoista viikossa. Jokainen hakija tapaa jo ensimmäisenä päivänä avustajan ja pääsee lääkärintarkastukseen.",
                "Hallinto-oikeudet varaavat kiinteät istuntopäivät rajatapauksille, jotta valitukset ratkaistaan neljässä viikossa ja palautuspäätös seuraa heti kielteistä päätöstä.",
            ],
            "2.3.3": [
                "Vastaanottopaikkojen määrä kasvaa 8 000:een vuoteen 2028 mennessä, ja ne jaetaan keskikokoisiin, enintään 200 paikan keskuksiin kaikissa maakunnissa. 1 200 paikan varanto kattaa äkilliset saapumispiikit.",
                "Ilman huoltajaa olevat alaikäiset asuvat pienissä ryhmäkodeissa, joissa on pysyvä yhteyshenkilö; haavoittuvassa asemassa olevien terveys ja psyykkinen tila arvioidaan kahden päivän kuluessa saapumisesta.",
            ],
            "2.3.4": [
                "Suojelua saaneet aloittavat suomen kielen opinnot ja osaamiskartoituksen jo vastaanottokeskuksessa. Kunnat saavat kiinteän henkilökohtaisen korvauksen työnhaun ja koulutuksen tukemiseen.",
                "Kuuden kuukauden kuluessa asuntoon muutosta jokaisella on oma kotoutumissuunnitelma ja mentori naapurustosta.",
            ],
            "2.6": [
                "Vastuuviranomaiset saavat vuoteen 2030 asti vuosittain 60 miljoonaa euroa lisää ja palkkaavat 300 työntekijää, joista 100 on päätöksentekijöitä kaksivuotisessa koulutusohjelmassa.",
                "Uusi asianhallintajärjestelmä yhdistää vastaanoton, menettelyn ja paluun; yhteys Eurodaciin ja Schengenin tietojärjestelmään valmistuu vuonna 2026.",
            ],
        },
    },
    "hu": {
        "title": "Nemzeti menekültügyi és migrációkezelési stratégia – kivonat társadalmi egyeztetésre",
        "toc": "Tartalomjegyzék",
        "chapter": "Fejezet",
        "heading": {
            "2.1.2": "A belső dimenzió elemei",
            "2.2.2": "A nemzetközi védelemhez való tényleges hozzáférés az EU külső határain",
            "2.3.3": "Ellenálló befogadási rendszer",
            "2.3.4": "A sikeres és korai integráció feltételei",
            "2.6": "Elegendő kapacitás és képességek biztosítása a nemzeti stratégia hatékony végrehajtásához",
        },
        "para": {"2.2.2": "Határeljárás menedékkérelmek esetén", "2.3.3": "A menedékkérők elszállásolása", "2.6": "Személyzet, eszközök és költségvetés a végrehajtáshoz"},
        "q": {
            "2.2.2.a": "Hogyan biztosítható a legjobban a tisztességes és hatékony nemzetközi védelmi eljáráshoz való gyors és tényleges hozzáférés a külső határokon, a tranzitzónákban és az EU felségvizein?",
            "2.3.3.a": "Az Ön stratégiai megközelítése annak biztosítására, hogy a befogadási rendszer a kérelmezők számára megfelelő befogadási feltételekhez való hozzáférést nyújtson az (EU) 2024/1346 európai parlamenti és tanácsi irányelvvel összhangban.",
            "2.3.3.b": "Egyéb intézkedések, amelyek elősegíthetik stratégiai céljait ezen a területen, például a fenntartható, ellenálló és megfelelő befogadási rendszerre irányuló intézkedések, a befogadási feltételek nyomon követése és a kísérő nélküli kiskorúak és a kiszolgáltatott személyek különleges szükségletei.",
            "2.6.a": "Hogyan biztosítható a legjobban a stratégia hatékony végrehajtásához szükséges emberi, anyagi és pénzügyi erőforrások és infrastruktúra rendelkezésre állása, figyelembe véve, hogy a stratégiát öt év alatt hajtják végre?",
            "2.6.c": "Hogyan használják vagy használhatnák az uniós szinten létrehozott operatív támogatási eszközöket, például az Európai Unió Menekültügyi Ügynökségének és a Frontexnek az eszközeit vagy az EU állandó migrációs támogatási eszköztárát egy hatékony menekültügyi és migrációkezelési rendszer érdekében?",
        },
        "instr": {
            "2.6": "A feltárt jelenlegi és jövőbeli kihívásokra és szükségletekre tekintettel ismertesse stratégiai szakpolitikai céljait az elegendő emberi erőforrás, valamint anyagi és pénzügyi kapacitás biztosítására a stratégia egyes elemeinek végrehajtásához.",
        },
        "own": {"2.1.2": "Visszatérés és kiutazás", "2.3.4": "Élet és munka a településen", "staff": "2.1 Személyzet és képzés", "it": "2.2 Digitális eszközök"},
        "ans": {
            "2.1.2": [
                "2026-tól a Visszatérési Hivatal az elutasító határozatot követő négy héten belül kötelező visszatérési interjút folytat. Akik nem távoznak önként, azokat a rendőrség és az idegenrendészeti hatóság közös csoportja követi nyomon.",
                "A támogatott önkéntes visszatérés költségvetése évi 4 millió euróra nő, a származási országokban partnerszervezetek segítik a visszailleszkedést.",
            ],
            "2.2.2": [
                "Kőhegy és Nádasd érkeztető központjaiban a határeljárás tizenkét hét alatt lezárul. Minden kérelmező már az első napon találkozik egy jogi képviselővel, és orvosi vizsgálaton vesz részt.",
                "A közigazgatási bíróságok állandó tárgyalási napokat tartanak fenn a határügyekre, hogy a jogorvoslatokról négy héten belül döntsenek, és a kiutasító határozat közvetlenül kövesse az elutasítást.",
            ],
            "2.3.3": [
                "A befogadó helyek száma 2028-ig 7 000-re nő, az ország minden megyéjében legfeljebb 200 férőhelyes, közepes méretű központokban. Egy 1 000 helyes tartalék fedezi az érkezések hirtelen növekedését.",
                "A kísérő nélküli kiskorúak kis csoportos lakóotthonokban élnek állandó kapcsolattartóval; a kiszolgáltatott személyek orvosi és pszichológiai felmérése az érkezést követő két napon belül megtörténik.",
            ],
            "2.3.4": [
                "A védelemben részesülők már a befogadó állomáson megkezdik a magyar nyelv tanulását és a készségfelmérést. Az önkormányzatok személyenként rögzített összeget kapnak a munkakeresés és a képzés támogatására.",
                "A lakásba költözést követő hat hónapon belül mindenkinek saját integrációs terve és a szomszédságból származó mentora van.",
            ],
            "2.6": [
                "A felelős hatóságok 2030-ig évente további 50 millió eurót kapnak, és 280 munkatársat vesznek fel, köztük 90 döntéshozót kétéves képzési programmal.",
                "Egy új ügykezelő rendszer összekapcsolja a befogadást, az eljárást és a visszatérést; az Eurodachoz és a Schengeni Információs Rendszerhez való csatlakozás 2026-ban valósul meg.",
            ],
        },
    },
}
