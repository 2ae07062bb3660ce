"""Writes the inputs and gold of tests/data/recall11 (eleventh session, recall11).

Run: /work/main/.venv/bin/python tests/data/recall11/make_inputs.py

Written before any run and before any change of the recall11 branch. Short strategies in languages rarely used so far
(sk, sl, lv, lt, et, bg, hr, da, mt, ga), each section answering one or two named key elements concretely (figures,
named instruments: AMIF, BMVI, Eurodac, EES, Frontex, EUAA, readmission, reception places), and near-miss negatives
(the same words in a news item, a statistics table, an NGO report, a budget of another policy). Split: ``tune``
(6 strategies, 2 negatives; looked at while choosing the rule) and ``heldout`` (8 strategies, 4 negatives; run once
after the rule was chosen). Writes ``<split>/<doc_id>.txt`` and ``gold.yaml``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from recall_inputs import write_recall_set  # noqa: E402
ABSENT5 = ["2.1.2.b", "2.2.2.b", "2.3.4.a", "2.4.e", "2.5.c"]

# doc_id -> (split, language, in_scope, text, covered {key element: start of the answering sentence}, absent)
DOCS: dict[str, tuple[str, str, bool, str, dict[str, str], list[str] | str]] = {
    # ------------------------------------------------------------------ tune (seen while choosing the rule)
    "sk-2026.return-funds": ("tune", "sk", True, """Slovenská republika – Národná stratégia riadenia azylu a migrácie na roky 2026 – 2030

1. Kontext

Slovensko je tranzitnou krajinou na západobalkánskej trase; v roku 2025 bolo zadržaných 4 100 neregulárnych migrantov a podaných 380 žiadostí o azyl.

2.1.1 Vonkajší rozmer

Ministerstvo vnútra uzavrie do roku 2027 readmisné dohody a vykonávacie protokoly s Gruzínskom, Moldavskom a Uzbekistanom. Partnerstvá zahŕňajú výmenu styčných dôstojníkov a spoločné kampane proti prevádzačstvu.

2.1.2 Vnútorný rozmer

Rozhodnutie o administratívnom vyhostení sa vydá spolu so zamietnutím žiadosti o azyl. Ročne plánujeme 900 návratov, z toho najmenej polovicu dobrovoľných s podporou IOM; útvar policajného zaistenia pre cudzincov v Sečovciach rozšírime na 200 miest.

2.6 Dostatočné kapacity

Opatrenia spolufinancuje Fond pre azyl, migráciu a integráciu (AMIF) sumou 48 miliónov eur a Nástroj pre finančnú podporu riadenia hraníc a vízovej politiky (BMVI) sumou 31 miliónov eur; štátny rozpočet dopĺňa 25 %.
""", {"2.1.1.a": "Ministerstvo vnútra uzavrie do roku 2027 readmisné dohody",
      "2.1.2.c": "Rozhodnutie o administratívnom vyhostení sa vydá",
      "2.6.d": "Opatrenia spolufinancuje Fond pre azyl, migráciu a integráciu (AMIF)"}, ABSENT5),
    "sl-2026.reception": ("tune", "sl", True, """Republika Slovenija – Nacionalna strategija upravljanja azila in migracij 2026–2030

2.3.1 Pravočasen dostop do postopkov

Povprečni čas odločanja o prošnji za mednarodno zaščito bomo skrajšali s 180 na 90 dni. Ministrstvo za notranje zadeve bo zaposlilo 25 novih uradnikov za odločanje, Upravno sodišče pa dobi dva dodatna senata.

2.3.3 Trden sistem sprejema

Azilni dom v Ljubljani in izpostava na Kotnikovi bosta imela skupaj 1 100 nastanitvenih mest. Prosilci prejmejo hrano, obleko, nujno zdravstveno varstvo in mesečno žepnino v višini 18 evrov.

2.6 Zadostne zmogljivosti

Informacijski sistem za azil bo do konca leta 2026 povezan z Eurodacom in sistemom vstopa/izstopa (EES).
""", {"2.3.1.b": "Povprečni čas odločanja o prošnji",
      "2.3.3.a": "Azilni dom v Ljubljani in izpostava na Kotnikovi",
      "2.6.b": "Informacijski sistem za azil bo do konca leta 2026 povezan z Eurodacom"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.4.d", "2.5.c"]),
    "lv-2026.borders": ("tune", "lv", True, """Latvijas Republika – Nacionālā patvēruma un migrācijas pārvaldības stratēģija 2026.–2030. gadam

2.1.2 Iekšējā dimensija

Personām bez uzturēšanās tiesībām izdod atgriešanās lēmumu vienlaikus ar patvēruma atteikumu. Valsts robežsardze ik gadu organizē 700 piespiedu izraidīšanas, priekšroku dodot brīvprātīgai atgriešanai.

2.4 Sagatavotība un ārkārtas rīcības plānošana

Masveida ieceļošanas gadījumā uz austrumu robežas ārkārtas rīcības plāns paredz 3 000 pagaidu izmitināšanas vietu 48 stundu laikā un robežsardzes papildspēkus.

2.6 Pietiekamas spējas

Pasākumus līdzfinansē Patvēruma, migrācijas un integrācijas fonds (AMIF) ar 22 miljoniem eiro un Robežu pārvaldības un vīzu politikas instruments (BMVI) ar 40 miljoniem eiro.
""", {"2.1.2.c": "Personām bez uzturēšanās tiesībām izdod atgriešanās lēmumu",
      "2.4.d": "Masveida ieceļošanas gadījumā uz austrumu robežas",
      "2.6.d": "Pasākumus līdzfinansē Patvēruma, migrācijas un integrācijas fonds (AMIF)"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.3.1.a"]),
    "da-2026.short": ("tune", "da", True, """Danmarks nationale strategi for asyl- og migrationsstyring 2026-2030

2.1.1 Den eksterne dimension

Danmark indgår tilbagetagelsesaftaler med Marokko og Irak og styrker samarbejdet med Ghana om hurtig identifikation og udstedelse af rejsedokumenter.

2.3.3 Et robust modtagelsessystem

Udlændingestyrelsen råder over 4 500 pladser på asylcentre. Ansøgere får kost, sundhedsbehandling og undervisning af børn fra første dag.

2.6 Tilstrækkelig kapacitet

Danmark anmoder Frontex om to hold til tvangsmæssige udsendelser og anvender EUAA's tolkepulje ved spidsbelastninger.
""", {"2.1.1.a": "Danmark indgår tilbagetagelsesaftaler med Marokko og Irak",
      "2.3.3.a": "Udlændingestyrelsen råder over 4 500 pladser på asylcentre",
      "2.6.c": "Danmark anmoder Frontex om to hold"},
        ["2.1.2.b", "2.2.2.b", "2.3.4.a", "2.4.e", "2.5.b"]),
    "bg-2026.short": ("tune", "bg", True, """Република България – Национална стратегия за управление на убежището и миграцията 2026–2030

2.3.1 Своевременен достъп до процедури

Държавната агенция за бежанците ще назначи 35 нови интервюиращи органи и ще съкрати срока на производството от 6 на 3 месеца.

2.4 Готовност и планиране при извънредни ситуации

При масово пристигане на границата с Турция планът за действие предвижда разкриване на 4 000 временни места в рамките на 72 часа.

2.6 Достатъчен капацитет

Фонд „Убежище, миграция и интеграция“ осигурява 60 милиона евро, а Инструментът за управление на границите и визите – 95 милиона евро; националното съфинансиране е 25 %.
""", {"2.3.1.b": "Държавната агенция за бежанците ще назначи 35 нови интервюиращи органи",
      "2.4.d": "При масово пристигане на границата с Турция",
      "2.6.d": "Фонд „Убежище, миграция и интеграция“ осигурява 60 милиона евро"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.2.1.b"]),
    "hr-2026.short": ("tune", "hr", True, """Republika Hrvatska – Nacionalna strategija upravljanja azilom i migracijama 2026.–2030.

2.1.2 Unutarnja dimenzija

Rješenje o povratku donosi se zajedno s odbijanjem zahtjeva za azil. Godišnje planiramo 1 500 prisilnih i dobrovoljnih povrataka; prihvatni centar za strance u Ježevu proširit ćemo na 150 mjesta.

2.5 Provedba integriranog pristupa

Međuresorna radna skupina pod vodstvom Ministarstva unutarnjih poslova, s ministarstvima rada, zdravstva i vanjskih poslova, sastaje se svaka dva mjeseca.

2.6 Dostatni kapaciteti

Sustav za azil povezat ćemo s Eurodacom, sustavom ulaska/izlaska (EES) i ETIAS-om do kraja 2026.
""", {"2.1.2.c": "Rješenje o povratku donosi se zajedno s odbijanjem",
      "2.5.a": "Međuresorna radna skupina pod vodstvom Ministarstva unutarnjih poslova",
      "2.6.b": "Sustav za azil povezat ćemo s Eurodacom"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.4.d", "2.5.c"]),
    "sk-news-return": ("tune", "sk", False, """Správy | Bratislava, 14. marca 2026

Charterový let so 40 Gruzíncami odletel v stredu z Bratislavy, uviedol hovorca polície. Podľa neho ide o tretí tohtoročný návratový let, ktorý spolufinancoval fond AMIF.

Mimovládne organizácie kritizovali, že niektorí z vrátených mali maloleté deti. Ministerstvo vnútra na otázky redakcie do uzávierky neodpovedalo.

Minulý rok polícia podľa štatistík vrátila 620 cudzincov, o sto viac ako v roku 2024.
""", {}, "all"),
    "lv-statistics-reception": ("tune", "lv", False, """Centrālās statistikas pārvaldes biļetens: patvērums un uzņemšana 2025. gadā

Mēnesis | Patvēruma pieteikumi | Aizņemtās vietas Muceniekos | Eurodac atbilstības | Atgriešanas lēmumi
Janvāris | 41 | 212 | 9 | 15
Februāris | 37 | 220 | 7 | 12
Marts | 52 | 241 | 11 | 18
Aprīlis | 48 | 236 | 10 | 16

Avots: Pilsonības un migrācijas lietu pārvalde, Valsts robežsardze. Dati ir provizoriski.
""", {}, "all"),
    # ------------------------------------------------------------------ heldout (run once after the rule was chosen)
    "lt-2026.short": ("heldout", "lt", True, """Lietuvos Respublikos nacionalinė prieglobsčio ir migracijos valdymo strategija 2026–2030 m.

2.1.2 Vidaus dimensija

Sprendimas grąžinti priimamas kartu su atsisakymu suteikti prieglobstį. Kasmet numatoma grąžinti 1 000 neteisėtai esančių užsieniečių, pirmenybę teikiant savanoriškam grįžimui.

2.3.3 Tvirta priėmimo sistema

Užsieniečių registracijos centras Pabradėje ir Ruklos pabėgėlių priėmimo centras turės 1 800 vietų; prašytojams užtikrinamas maitinimas, sveikatos priežiūra ir mėnesinė pašalpa.

2.6 Pakankami pajėgumai

Priemones bendrai finansuoja Prieglobsčio, migracijos ir integracijos fondas (AMIF) – 35 mln. eurų.
""", {"2.1.2.c": "Sprendimas grąžinti priimamas kartu su atsisakymu",
      "2.3.3.a": "Užsieniečių registracijos centras Pabradėje",
      "2.6.d": "Priemones bendrai finansuoja Prieglobsčio, migracijos ir integracijos fondas"}, ABSENT5),
    "et-2026.short": ("heldout", "et", True, """Eesti varjupaiga- ja rändehalduse riiklik strateegia 2026–2030

2.1.1 Välismõõde

Eesti sõlmib 2027. aastaks tagasivõtulepingud Vietnami ja Usbekistaniga ning lähetab rändeohvitseri Taškenti.

2.3.1 Õiglane ja tõhus menetlus

Politsei- ja Piirivalveamet võtab tööle 20 uut menetlejat, et rahvusvahelise kaitse taotlused lahendataks 90 päevaga.

2.6 Piisav suutlikkus

Menetlussüsteem ühendatakse 2026. aastal Eurodaci ning riiki sisenemise ja riigist lahkumise süsteemiga (EES).
""", {"2.1.1.a": "Eesti sõlmib 2027. aastaks tagasivõtulepingud",
      "2.3.1.b": "Politsei- ja Piirivalveamet võtab tööle 20 uut menetlejat",
      "2.6.b": "Menetlussüsteem ühendatakse 2026. aastal Eurodaci"},
        ["2.1.2.b", "2.2.2.b", "2.3.4.a", "2.4.d", "2.5.c"]),
    "mt-2026.short": ("heldout", "mt", True, """Repubblika ta' Malta – Strateġija Nazzjonali għall-Ġestjoni tal-Ażil u l-Migrazzjoni 2026–2030

2.3.3 Sistema ta' akkoljenza robusta

Iċ-ċentru miftuħ ta' Ħal Far se jkollu 1 200 post; l-applikanti jirċievu akkomodazzjoni, ikel, kura tas-saħħa u allowance ta' kuljum.

2.4 Tħejjija u ppjanar ta' kontinġenza

F'każ ta' wasliet bil-massa bil-baħar wara operazzjonijiet ta' tiftix u salvataġġ, il-pjan ta' kontinġenza jipprevedi 800 post temporanju fi 48 siegħa.

2.6 Kapaċità suffiċjenti

Il-Fond għall-Ażil, il-Migrazzjoni u l-Integrazzjoni (AMIF) jikkofinanzja l-miżuri b'EUR 18-il miljun.
""", {"2.3.3.a": "Iċ-ċentru miftuħ ta' Ħal Far se jkollu 1 200 post",
      "2.4.d": "F'każ ta' wasliet bil-massa bil-baħar",
      "2.6.d": "Il-Fond għall-Ażil, il-Migrazzjoni u l-Integrazzjoni (AMIF) jikkofinanzja"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.2.1.b"]),
    "ga-2026.short": ("heldout", "ga", True, """Straitéis Náisiúnta um Bainistiú Tearmainn agus Imirce 2026–2030

2.1.2 An ghné inmheánach

Eiseofar cinneadh fillte in éineacht le diúltú an iarratais ar thearmann. Cuirfear 800 duine ar ais gach bliain, le tús áite d'fhilleadh deonach.

2.3.3 Córas glactha láidir

Beidh 6 000 áit chóiríochta ag na hionaid fáiltithe; gheobhaidh iarratasóirí bia, cúram sláinte agus liúntas seachtainiúil.

2.6 Acmhainn leordhóthanach

Cómhaoineofar na bearta ó Chiste Tearmainn, Imirce agus Lánpháirtíochta an AE (AMIF) le EUR 30 milliún.
""", {"2.1.2.c": "Eiseofar cinneadh fillte in éineacht le diúltú",
      "2.3.3.a": "Beidh 6 000 áit chóiríochta ag na hionaid fáiltithe",
      "2.6.d": "Cómhaoineofar na bearta ó Chiste Tearmainn, Imirce agus Lánpháirtíochta"}, ABSENT5),
    "sk-2026.capacity": ("heldout", "sk", True, """Národná stratégia riadenia azylu a migrácie Slovenskej republiky 2026 – 2030

2.3.1 Včasný prístup ku konaniam

Migračný úrad prijme 30 nových rozhodovateľov a skráti priemernú dĺžku konania zo 180 na 90 dní; krajské súdy posilníme o šesť sudcov pre azylové veci.

2.4 Pripravenosť a krízové plánovanie

Pohotovostný plán pre hromadný príchod migrantov cez hranicu s Maďarskom počíta so 4 000 dočasnými miestami do 72 hodín.

2.6 Dostatočné kapacity

Informačný systém migračného úradu prepojíme s Eurodacom a Systémom vstup/výstup (EES) do roku 2026.
""", {"2.3.1.b": "Migračný úrad prijme 30 nových rozhodovateľov",
      "2.4.d": "Pohotovostný plán pre hromadný príchod migrantov",
      "2.6.b": "Informačný systém migračného úradu prepojíme s Eurodacom"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.1.2.c"]),
    "sl-2026.external": ("heldout", "sl", True, """Nacionalna strategija Republike Slovenije za upravljanje azila in migracij 2026–2030

2.1.1 Zunanja razsežnost

Slovenija bo sklenila sporazume o ponovnem sprejemu s Kosovom ter Bosno in Hercegovino in okrepila partnerstvo s Severno Makedonijo v boju proti tihotapljenju.

2.1.2 Notranja razsežnost

Odločba o vrnitvi se izda skupaj z zavrnitvijo prošnje. Letno načrtujemo 600 vrnitev, prednost ima prostovoljna vrnitev.

2.6 Zadostne zmogljivosti

Policija bo za prisilne vrnitve uporabljala skupne lete Frontexa, Urad za oskrbo in integracijo migrantov pa operativno podporo agencije EUAA.
""", {"2.1.1.a": "Slovenija bo sklenila sporazume o ponovnem sprejemu",
      "2.1.2.c": "Odločba o vrnitvi se izda skupaj z zavrnitvijo prošnje",
      "2.6.c": "Policija bo za prisilne vrnitve uporabljala skupne lete Frontexa"},
        ["2.1.2.b", "2.2.2.b", "2.3.4.a", "2.4.d", "2.5.c"]),
    "lv-2026.reception": ("heldout", "lv", True, """Nacionālā patvēruma un migrācijas pārvaldības stratēģija 2026.–2030. gadam

2.3.1 Savlaicīga piekļuve procedūrām

Pilsonības un migrācijas lietu pārvalde pieņems darbā 15 jaunus lēmumu pieņēmējus, lai lēmumu pieņemšanas termiņu samazinātu līdz trim mēnešiem.

2.3.3 Stabila uzņemšanas sistēma

Patvēruma meklētāju izmitināšanas centrā "Mucenieki" būs 600 vietu; pieteikuma iesniedzēji saņem ēdināšanu, veselības aprūpi un pabalstu 3 eiro dienā.
""", {"2.3.1.b": "Pilsonības un migrācijas lietu pārvalde pieņems darbā 15 jaunus",
      "2.3.3.a": "Patvēruma meklētāju izmitināšanas centrā"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.4.d", "2.5.c", "2.6.d"]),
    "da-2026.funds": ("heldout", "da", True, """National strategi for asyl- og migrationsstyring 2026-2030 (Danmark)

2.4 Beredskab og beredskabsplanlægning

Ved massetilstrømning over den dansk-tyske grænse sikrer beredskabsplanen 2 000 midlertidige indkvarteringspladser inden for 48 timer.

2.6 Tilstrækkelig kapacitet

Tiltagene medfinansieres af Instrumentet for finansiel støtte til grænseforvaltning og visumpolitik (BMVI) med 45 mio. euro. Udlændingestyrelsens sagsbehandlingssystem tilsluttes Eurodac og ind- og udrejsesystemet (EES) i 2026.
""", {"2.4.d": "Ved massetilstrømning over den dansk-tyske grænse",
      "2.6.d": "Tiltagene medfinansieres af Instrumentet for finansiel støtte",
      "2.6.b": "Udlændingestyrelsens sagsbehandlingssystem tilsluttes Eurodac"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.2.2.b"]),
    "lt-ngo-reception-report": ("heldout", "lt", False, """Žmogaus teisių stebėjimo instituto ataskaita: apsilankymai užsieniečių registracijos centruose 2025 m.

Per 2025 m. lankėmės Pabradės užsieniečių registracijos centre ir Ruklos pabėgėlių priėmimo centre. Pabradėje 1 800 vietų centre gyveno 640 žmonių, tačiau kai kuriuose kambariuose buvo apgyvendinta po dešimt asmenų.

Kalbinti prašytojai skundėsi maitinimo kokybe ir tuo, kad sveikatos priežiūra prieinama tik darbo dienomis. Mėnesinė pašalpa nebuvo indeksuota nuo 2019 m.

Rekomenduojame Vidaus reikalų ministerijai pagerinti maitinimą, užtikrinti nuolatinę medicininę pagalbą ir kasmet peržiūrėti pašalpos dydį.
""", {}, "all"),
    "et-budget-roads": ("heldout", "et", False, """Majandus- ja Kommunikatsiooniministeeriumi 2026. aasta eelarve: transport ja taristu

Rida | Tegevus | Summa | Rahastus
1 | Via Baltica neljarealiseks ehitamine | 120 mln eurot | Euroopa Ühendamise Rahastu 85 %, riigieelarve 15 %
2 | Narva piiripunkti juurdepääsutee remont | 6 mln eurot | Ühtekuuluvusfond 75 %
3 | Ühistranspordi piletisüsteemi ühendamine riikliku infosüsteemiga | 4 mln eurot | Taaste- ja vastupidavusrahastu
4 | Maanteeameti 30 uue ametikoha loomine | 1,8 mln eurot | riigieelarve

Kokku 131,8 mln eurot. Eelarve kinnitatakse Riigikogus 2025. aasta detsembris.
""", {}, "all"),
    "hr-news-frontex": ("heldout", "hr", False, """Vijesti | Zagreb, 3. kolovoza 2026.

Na graničnom prijelazu Bajakovo od ponedjeljka radi 40 službenika Frontexa, potvrdili su iz policije. Dolazak je dio zajedničke operacije koja traje do kraja rujna.

Istodobno je na Lastovo u nedjelju pristalo 300 migranata, što su mještani opisali kao najveći dolazak u posljednjih deset godina. Načelnik općine rekao je da otok nema dovoljno smještaja i da je ljude zbrinula Crvena križ.

Ministarstvo unutarnjih poslova nije odgovorilo na upit hoće li se otvoriti privremeni prihvatni centar.
""", {}, "all"),
    "da-statistics-return": ("heldout", "da", False, """Danmarks Statistik: Udsendelser, Dublin-overførsler og tilbagetagelser 2025

Kvartal | Udsendte i alt | Heraf tvangsmæssigt | Dublin-overførsler | Tilbagetagelser efter aftale | Frivillige hjemrejser
1. kvartal | 312 | 140 | 88 | 21 | 63
2. kvartal | 298 | 131 | 79 | 25 | 63
3. kvartal | 341 | 155 | 92 | 30 | 64
4. kvartal | 305 | 138 | 81 | 27 | 59

Kilde: Udlændingestyrelsen og Rigspolitiet. Tallene er foreløbige.
""", {}, "all"),
}


def main() -> None:
    """Write every document into its split's folder and the gold (``gold.yaml``)."""
    header = ("# Gold of tests/data/recall11 (eleventh session, recall11), written by make_inputs.py before any run.\n"
              "# covered: key elements the text answers (must not be absent), each with the start of its sentence;\n"
              "# absent: key elements it does not answer (must stay absent); negatives: absent 'all' (out of scope or\n"
              "# nothing covered). split: tune (looked at) or heldout (run once after the rule was chosen).\n")
    write_recall_set(HERE, DOCS, header)


if __name__ == "__main__":
    main()
