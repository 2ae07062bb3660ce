"""Wording of title-only and letter-numbered segmentation documents in Lithuanian, Estonian, Bulgarian and Slovenian.

Issue 14, segtitle3 session; written before that session tuned anything. Our own
translations of the Annex titles (not the official wording; no template pack holds
these languages) and invented answers (no agency, law, place or figure is real).
Keys as in :mod:`segment_docs_text_rolv`: ``title`` (the document's title), ``heading``
(Annex titles of the sections used by the ``titleonly``, ``titleonly5`` and ``letters``
shapes), ``ans`` (two answers per section). Lithuanian and Estonian are tuning
documents; Bulgarian and Slovenian are held out (never looked at while tuning).
"""

TEXT_SEG3: dict[str, dict] = {
    "lt": {
        "title": "Nacionalinė prieglobsčio ir migracijos valdymo strategija – ištrauka viešajai konsultacijai",
        "heading": {
            "2.1.2": "Vidaus dimensija",
            "2.2.2": "Veiksmingos galimybės gauti tarptautinę apsaugą prie ES išorės sienų",
            "2.3.3": "Tvirta priėmimo sistema",
            "2.3.4": "Sėkmingos ir ankstyvos integracijos sąlygos",
            "2.6": "Pakankamų pajėgumų ir išteklių užtikrinimas siekiant veiksmingai įgyvendinti nacionalinę strategiją",
        },
        "ans": {
            "2.1.2": [
                "Nuo 2026 metų Grąžinimo tarnyba per keturias savaites po neigiamo sprendimo rengia privalomą pokalbį dėl išvykimo. Savanoriškai neišvykstančius asmenis prižiūri bendra policijos ir užsieniečių tarnybos komanda.",
                "Remiamo savanoriško grįžimo biudžetas didėja iki 3 milijonų eurų per metus, o reintegraciją kilmės šalyse lydi partnerės organizacijos.",
            ],
            "2.2.2": [
                "Atvykimo centruose Pakrantėje ir Šilėnuose pasienio procedūra baigiama per dvylika savaičių. Kiekvienas prašytojas pirmąją dieną gauna nemokamą teisinę konsultaciją ir sveikatos patikrinimą.",
                "Administraciniai teismai pasienio byloms skiria nustatytas posėdžių dienas, todėl skundai išnagrinėjami per keturias savaites, o grąžinimo sprendimas priimamas iškart po atsisakymo.",
            ],
            "2.3.3": [
                "Iki 2028 metų apgyvendinimo vietų skaičius padidės iki 3 000 centruose, kuriuose kiekviename regione būtų ne daugiau kaip 150 vietų. Lankstus 500 vietų rezervas priima atvykimo piko laikotarpius.",
                "Nelydimi nepilnamečiai gyvena mažuose grupiniuose namuose su nuolatiniu auklėtoju, o pažeidžiamų asmenų sveikata įvertinama per dvi dienas nuo atvykimo.",
            ],
            "2.3.4": [
                "Tarptautinės apsaugos gavėjai lietuvių kalbos kursus ir gebėjimų vertinimą pradeda dar priėmimo centre. Savivaldybės už kiekvieną asmenį gauna fiksuotą sumą paramai ieškant darbo ir mokymosi vietos.",
                "Per šešis mėnesius po persikėlimo į būstą kiekvienas asmuo turi savo integracijos planą ir mentorių iš kaimynystės.",
            ],
            "2.6": [
                "Atsakingos institucijos iki 2030 metų kasmet gauna papildomus 18 milijonų eurų ir įdarbina 130 darbuotojų, iš jų 45 sprendimus priimančius pareigūnus su dvejų metų mokymo programa.",
                "Nauja bylų valdymo sistema sujungia priėmimo, procedūros ir grąžinimo duomenis; jungtis su Eurodac ir Šengeno informacine sistema bus baigta 2026 metais.",
            ],
        },
    },
    "et": {
        "title": "Riiklik varjupaiga- ja rändehalduse strateegia – väljavõte avalikuks konsultatsiooniks",
        "heading": {
            "2.1.2": "Sisemõõde",
            "2.2.2": "Tõhus juurdepääs rahvusvahelisele kaitsele ELi välispiiridel",
            "2.3.3": "Töökindel vastuvõtusüsteem",
            "2.3.4": "Eduka ja varajase lõimumise tingimused",
            "2.6": "Piisava suutlikkuse ja vahendite tagamine riikliku strateegia tõhusaks rakendamiseks",
        },
        "ans": {
            "2.1.2": [
                "Alates 2026. aastast korraldab tagasisaatmisbüroo nelja nädala jooksul pärast eitavat otsust kohustusliku lahkumisvestluse. Vabatahtlikult mitte lahkuvaid isikuid jälgib politsei ja välismaalaste teenistuse ühine meeskond.",
                "Toetatud vabatahtliku tagasipöördumise eelarve kasvab 2 miljonile eurole aastas ja taasintegreerumist päritoluriikides saadavad partnerorganisatsioonid.",
            ],
            "2.2.2": [
                "Rannaküla ja Männiku saabumiskeskustes lõpeb piirimenetlus kaheteistkümne nädalaga. Iga taotleja saab esimesel päeval tasuta õigusnõustamise ja tervisekontrolli.",
                "Halduskohtud jätavad piirikohtuasjadele kindlad istungipäevad, nii et kaebused lahendatakse nelja nädalaga ja tagasisaatmisotsus järgneb kohe keeldumisele.",
            ],
            "2.3.3": [
                "Majutuskohtade arv kasvab 2028. aastaks 1 800-ni keskustes, kus on igas piirkonnas kuni 120 kohta. Paindlik 300 koha suurune reserv võtab vastu saabumiste tipud.",
                "Saatjata alaealised elavad väikestes grupikodudes alalise kasvatajaga ning haavatavate isikute tervist hinnatakse kahe päeva jooksul pärast saabumist.",
            ],
            "2.3.4": [
                "Rahvusvahelise kaitse saajad alustavad eesti keele kursusi ja oskuste hindamist juba vastuvõtukeskuses. Omavalitsused saavad iga isiku kohta kindla summa töö- ja õppekoha otsimise toetamiseks.",
                "Kuue kuu jooksul pärast eluruumi kolimist on igal inimesel oma lõimumiskava ja mentor naabruskonnast.",
            ],
            "2.6": [
                "Vastutavad asutused saavad kuni 2030. aastani igal aastal täiendavalt 12 miljonit eurot ja võtavad tööle 90 töötajat, neist 30 otsustajat kaheaastase koolitusprogrammiga.",
                "Uus toimikuhaldussüsteem ühendab vastuvõtu, menetluse ja tagasisaatmise andmed; ühendus Eurodaci ja Schengeni infosüsteemiga valmib 2026. aastal.",
            ],
        },
    },
    "bg": {
        "title": "Национална стратегия за управление на убежището и миграцията – извадка за обществено обсъждане",
        "heading": {
            "2.1.2": "Вътрешно измерение",
            "2.2.2": "Ефективен достъп до международна закрила на външните граници на ЕС",
            "2.3.3": "Стабилна система за приемане",
            "2.3.4": "Условия за успешна и ранна интеграция",
            "2.6": "Осигуряване на достатъчен капацитет и ресурси за ефективното изпълнение на националната стратегия",
        },
        "ans": {
            "2.1.2": [
                "От 2026 г. Службата за връщане провежда задължително интервю за напускане в срок от четири седмици след отрицателно решение. Лицата, които не напускат доброволно, се проследяват от съвместен екип на полицията и службата за чужденци.",
                "Бюджетът за подпомогнато доброволно връщане нараства до 4 милиона евро годишно, а реинтеграцията в държавите на произход се придружава от партньорски организации.",
            ],
            "2.2.2": [
                "В центровете за пристигане в Брегово поле и Боров дол граничната процедура приключва в рамките на дванадесет седмици. Всеки кандидат получава още в първия ден безплатна правна консултация и медицински преглед.",
                "Административните съдилища определят постоянни съдебни дни за граничните дела, така че жалбите се решават в рамките на четири седмици, а решението за връщане следва веднага след отказа.",
            ],
            "2.3.3": [
                "Броят на местата за настаняване нараства до 4 000 до 2028 г. в центрове с не повече от 180 места във всеки регион. Гъвкав резерв от 600 места поема пиковете на пристигания.",
                "Непридружените непълнолетни живеят в малки групови домове с постоянен възпитател, а здравето на уязвимите лица се оценява в рамките на два дни след пристигането им.",
            ],
            "2.3.4": [
                "Лицата с международна закрила започват курсове по български език и оценка на уменията още в центъра за настаняване. Общините получават фиксирана сума на човек за подкрепа при търсене на работа и обучение.",
                "В рамките на шест месеца след преместването в жилище всеки човек има собствен план за интеграция и ментор от квартала.",
            ],
            "2.6": [
                "Отговорните органи получават до 2030 г. ежегодно допълнително 22 милиона евро и назначават 170 служители, от които 60 служители, вземащи решения, с двугодишна програма за обучение.",
                "Нова система за управление на преписките свързва данните за приемането, процедурата и връщането; връзката с Евродак и Шенгенската информационна система се завършва през 2026 г.",
            ],
        },
    },
    "sl": {
        "title": "Nacionalna strategija za upravljanje azila in migracij – izvleček za javno posvetovanje",
        "heading": {
            "2.1.2": "Notranja razsežnost",
            "2.2.2": "Učinkovit dostop do mednarodne zaščite na zunanjih mejah EU",
            "2.3.3": "Trden sistem sprejema",
            "2.3.4": "Pogoji za uspešno in zgodnje vključevanje",
            "2.6": "Zagotavljanje zadostnih zmogljivosti in virov za učinkovito izvajanje nacionalne strategije",
        },
        "ans": {
            "2.1.2": [
                "Od leta 2026 urad za vračanje v štirih tednih po negativni odločbi opravi obvezen razgovor o odhodu. Osebe, ki ne odidejo prostovoljno, spremlja skupna ekipa policije in službe za tujce.",
                "Proračun za podprto prostovoljno vrnitev se poveča na 2,5 milijona evrov na leto, reintegracijo v državah izvora pa spremljajo partnerske organizacije.",
            ],
            "2.2.2": [
                "V sprejemnih centrih v Obrežju pri Logu in Borovju se mejni postopek konča v dvanajstih tednih. Vsak prosilec že prvi dan prejme brezplačno pravno svetovanje in zdravniški pregled.",
                "Upravna sodišča za mejne zadeve določijo stalne dneve obravnav, tako da se pritožbe rešijo v štirih tednih, odločba o vrnitvi pa sledi takoj po zavrnitvi.",
            ],
            "2.3.3": [
                "Število nastanitvenih mest se do leta 2028 poveča na 1 500 v centrih z največ 100 mesti v vsaki regiji. Prilagodljiva rezerva 250 mest prestreže vrhove prihodov.",
                "Mladoletniki brez spremstva živijo v majhnih stanovanjskih skupinah s stalnim vzgojiteljem, zdravje ranljivih oseb pa se oceni v dveh dneh po prihodu.",
            ],
            "2.3.4": [
                "Upravičenci do mednarodne zaščite že v sprejemnem centru začnejo tečaje slovenščine in ocenjevanje znanj. Občine za vsako osebo prejmejo pavšalni znesek za podporo pri iskanju dela in izobraževanja.",
                "V šestih mesecih po selitvi v stanovanje ima vsaka oseba svoj načrt vključevanja in mentorja iz soseske.",
            ],
            "2.6": [
                "Pristojni organi do leta 2030 vsako leto prejmejo dodatnih 9 milijonov evrov in zaposlijo 70 uslužbencev, med njimi 25 odločevalcev z dvoletnim programom usposabljanja.",
                "Nov sistem za upravljanje zadev povezuje podatke o sprejemu, postopku in vračanju; povezava z Eurodacom in schengenskim informacijskim sistemom bo dokončana leta 2026.",
            ],
        },
    },
}
