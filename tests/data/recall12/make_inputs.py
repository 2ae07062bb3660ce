"""Writes the inputs and gold of tests/data/recall12 (twelfth session, recall12).

Run: /work/main/.venv/bin/python tests/data/recall12/make_inputs.py

Written before any run and before any change of the recall12 branch. Short strategies in languages under-represented
so far (ga, mt, hu, fi, cs, lt, el, pt, ro) with answers in the shapes that fail: a lone answer passage among
sections that only refer to other documents, rows of a table of measures, short concrete sentences with figures;
and near-miss negatives (on topic, no answer: a plan to plan, a description of EU law, another policy area with
places, EU funds and IT systems). Split: ``tune`` (6 strategies, 3 negatives; looked at while choosing the rule) and
``heldout`` (6 strategies, 3 negatives; run once at the start and once after the rule was chosen).
Writes ``<split>/<doc_id>.txt`` and ``gold.yaml``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from recall_inputs import write_recall_set  # noqa: E402
ABSENT5 = ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.2.1.b"]

# doc_id -> (split, language, in_scope, text, covered {key element: start of the answering sentence or row}, absent)
DOCS: dict[str, tuple[str, str, bool, str, dict[str, str], list[str] | str]] = {
    # ------------------------------------------------------------------ tune (seen while choosing the rule)
    "pt-2026.lone-reception": ("tune", "pt", True, """República Portuguesa – Estratégia Nacional de Gestão do Asilo e da Migração 2026–2030

1. Enquadramento nacional

Ver o Relatório de Imigração, Fronteiras e Asilo 2025 da AIMA, capítulos 2 e 3.

2.1.2. Dimensão interna

Ver o Plano de Ação para o Retorno 2025–2029, medidas 1 a 12.

2.3.3. Sistema de acolhimento sólido

O Centro Português para os Refugiados e os centros de acolhimento temporário de Lisboa e Porto terão 1 400 lugares até 2027; os requerentes recebem alojamento, alimentação, cuidados de saúde e um subsídio mensal de 150 euros, e os menores não acompanhados ficam numa unidade própria.

2.4. Preparação e planeamento de contingência

Ver o Plano de Contingência para Fluxos Migratórios Massivos (Resolução do Conselho de Ministros n.º 41/2024).

2.6. Capacidades suficientes

Ver o Programa do Fundo para o Asilo, a Migração e a Integração 2021–2027 e o Orçamento do Estado para 2026.
""", {"2.3.3.a": "O Centro Português para os Refugiados e os centros de acolhimento"},
        ["2.1.2.c", "2.4.d", "2.6.d", "2.3.4.a", "2.5.c"]),
    "fi-2026.measures-table": ("tune", "fi", True, """Suomen kansallinen turvapaikka- ja muuttoliikkeen hallinnan strategia 2026–2030

1. Kansallinen tilannekuva

Suomeen saapui vuonna 2025 noin 5 200 turvapaikanhakijaa, ja itärajan sulkeminen on siirtänyt tulijat lentoasemille ja satamiin.

2. Toimenpiteet

Toimenpide | Vastuu | Aikataulu | Rahoitus
Paluupäätös annetaan kielteisen turvapaikkapäätöksen yhteydessä; 1 500 avustettua vapaaehtoista paluuta vuodessa | Maahanmuuttovirasto, poliisi | 2026–2030 | valtion talousarvio
Vastaanottokeskuksissa 8 000 majoituspaikkaa; majoitus, ateriat, terveydenhuolto ja vastaanottoraha | Maahanmuuttovirasto | 2026 | valtion talousarvio
Turvapaikka-, maahanmuutto- ja kotouttamisrahaston (AMIF) 60 milj. euroa ja rajaturvallisuus- ja viisumivälineen (BMVI) 95 milj. euroa täydentävät kansallista rahoitusta | Sisäministeriö | 2026–2027 | EU 75 %, valtio 25 %
""", {"2.1.2.c": "Paluupäätös annetaan kielteisen turvapaikkapäätöksen yhteydessä",
      "2.3.3.a": "Vastaanottokeskuksissa 8 000 majoituspaikkaa",
      "2.6.d": "Turvapaikka-, maahanmuutto- ja kotouttamisrahaston (AMIF)"},
        ["2.1.2.b", "2.2.2.b", "2.3.4.a", "2.5.c", "2.4.e"]),
    "hu-2026.short": ("tune", "hu", True, """Magyarország Nemzeti Menekültügyi és Migrációkezelési Stratégiája 2026–2030

2.3.1. Időben történő hozzáférés az eljárásokhoz

A menedékjogi kérelmek elbírálásának átlagos idejét 150 napról 60 napra csökkentjük; az Országos Idegenrendészeti Főigazgatóság 35 új ügyintézőt vesz fel, a Fővárosi Törvényszék pedig két új tanácsot kap.

2.3.3. Szilárd befogadási rendszer

A vámosszabadi és a balassagyarmati befogadó állomáson összesen 900 férőhely áll rendelkezésre; a kérelmezők szállást, étkezést, egészségügyi ellátást és havi zsebpénzt kapnak.

2.4. Felkészültség és vészhelyzeti tervezés

Tömeges beáramlás esetén a déli határon a vészhelyzeti terv 72 órán belül 4 000 ideiglenes férőhelyet és a rendőrség megerősítését irányozza elő.
""", {"2.3.1.b": "A menedékjogi kérelmek elbírálásának átlagos idejét",
      "2.3.3.a": "A vámosszabadi és a balassagyarmati befogadó állomáson",
      "2.4.d": "Tömeges beáramlás esetén a déli határon"}, ABSENT5),
    "ga-2026.short": ("tune", "ga", True, """Straitéis Náisiúnta na hÉireann um Bainistiú Tearmainn agus Imirce 2026–2030

1. Comhthéacs náisiúnta

Is oileán é Éire ar imeall thiar an Aontais agus níl teorainn talún aici ach le Tuaisceart Éireann; tagann formhór na n-iarratasóirí trí Aerfort Bhaile Átha Cliath.

2.1.2. An ghné inmheánach

Eiseofar cinneadh fillte in éineacht le diúltú iarratais ar chosaint idirnáisiúnta. Cuirfear 1 500 duine nach bhfuil ceart fanachta acu ar ais gach bliain, agus tabharfar tús áite don fhilleadh deonach.

2.3.3. Córas láidir glactha

Beidh 12 000 áit chóiríochta sna hionaid fáiltithe faoi 2027; gheobhaidh iarratasóirí lóistín, béilí, cúram sláinte agus liúntas seachtainiúil de 38.80 euro.
""", {"1.c": "Is oileán é Éire ar imeall thiar an Aontais",
      "2.1.2.c": "Eiseofar cinneadh fillte in éineacht le diúltú",
      "2.3.3.a": "Beidh 12 000 áit chóiríochta sna hionaid fáiltithe"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.4.e"]),
    "cs-2026.table": ("tune", "cs", True, """Česká republika – Národní strategie řízení azylu a migrace 2026–2030

2.4. Připravenost a plánování pro nepředvídané události

Pohotovostní plán pro případ hromadného přílivu zajistí do 48 hodin 3 000 nouzových míst v areálech Ministerstva vnitra a posílení cizinecké policie o 500 policistů.

2.6. Dostatečné kapacity

Opatření | Gestor | Termín | Náklady (mil. Kč) | Financování
Rozšíření přijímacího střediska Vyšní Lhoty o 200 míst | SUZ | 2027 | 240 | AMIF 75 %
Propojení informačního systému azylového řízení s Eurodac a EES | MV ČR | 2026 | 90 | BMVI 75 %
Nasazení podpůrných týmů agentury EUAA na registraci žádostí | OAMP | 2026 | — | EUAA
""", {"2.4.d": "Pohotovostní plán pro případ hromadného přílivu",
      "2.6.b": "Propojení informačního systému azylového řízení s Eurodac a EES",
      "2.6.c": "Nasazení podpůrných týmů agentury EUAA",
      "2.6.d": "Rozšíření přijímacího střediska Vyšní Lhoty o 200 míst"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.4.e"]),
    "el-2026.short": ("tune", "el", True, """Ελληνική Δημοκρατία – Εθνική Στρατηγική Διαχείρισης Ασύλου και Μετανάστευσης 2026–2030

1. Εθνικό πλαίσιο

Λόγω της γεωγραφικής θέσης της χώρας στα εξωτερικά θαλάσσια σύνορα της Ένωσης, με περισσότερα από 6 000 νησιά και 16 000 χιλιόμετρα ακτογραμμής, η Ελλάδα δέχεται τις περισσότερες αφίξεις στην ανατολική Μεσόγειο.

2.1.2. Εσωτερική διάσταση

Η απόφαση επιστροφής εκδίδεται μαζί με την απορριπτική απόφαση ασύλου. Κάθε χρόνο πραγματοποιούνται 6 000 επιστροφές, κατά προτεραιότητα εθελοντικές με τη στήριξη του ΔΟΜ.

2.3.3. Ισχυρό σύστημα υποδοχής

Οι δομές υποδοχής στα νησιά και στην ενδοχώρα διαθέτουν 25 000 θέσεις· οι αιτούντες λαμβάνουν στέγη, σίτιση, ιατρική περίθαλψη και μηνιαίο επίδομα 75 ευρώ.
""", {"1.c": "Λόγω της γεωγραφικής θέσης της χώρας",
      "2.1.2.c": "Η απόφαση επιστροφής εκδίδεται μαζί",
      "2.3.3.a": "Οι δομές υποδοχής στα νησιά"}, ABSENT5),
    "pt-plan-to-plan": ("tune", "pt", False, """Estratégia Nacional de Gestão do Asilo e da Migração – documento de orientação

1. Enquadramento nacional

O Governo criará em 2026 um grupo de trabalho interministerial encarregado de preparar a estratégia nacional. O grupo de trabalho apresentará um diagnóstico da situação até ao final do primeiro semestre.

2.1.2. Dimensão interna

As medidas em matéria de retorno serão definidas numa fase posterior, após consulta das entidades competentes.

2.3.3. Sistema de acolhimento sólido

A capacidade de acolhimento necessária será avaliada por um estudo a encomendar em 2026; as conclusões serão integradas numa versão futura da estratégia.

2.6. Capacidades suficientes

Os recursos financeiros, incluindo eventuais fundos da União, serão determinados quando a estratégia for aprovada.
""", {}, "all"),
    "cs-eu-law-description": ("tune", "cs", False, """Pakt o migraci a azylu: přehled nových předpisů EU

Nařízení (EU) 2024/1351 o řízení azylu a migrace stanoví pravidla pro určení členského státu příslušného k posouzení žádosti a zavádí mechanismus solidarity. Členské státy mohou přispět relokací, finančními příspěvky nebo jinými opatřeními.

Směrnice (EU) 2024/1346 stanoví normy pro přijímání žadatelů o mezinárodní ochranu: členské státy zajistí ubytování, stravu, oblečení a zdravotní péči a mohou omezit materiální podmínky přijetí při zneužití.

Nařízení (EU) 2024/1348 zavádí společné řízení o mezinárodní ochraně, včetně hraničního řízení, které nemá trvat déle než 12 týdnů. Nařízení o prověrce ukládá kontrolu totožnosti, zdraví a bezpečnosti do sedmi dnů.

Nařízení se použijí od 12. června 2026. Komise do 12. prosince 2024 předložila společný prováděcí plán.
""", {}, "all"),
    "hu-health-capacity": ("tune", "hu", False, """Nemzeti Egészségügyi Kapacitásfejlesztési Stratégia 2026–2030

1. Helyzetértékelés

A kórházi ágyak kihasználtsága 2025-ben átlagosan 72 % volt; a sürgősségi osztályokon a várakozási idő négy óra.

2. Intézkedések

A megyei kórházakban 2028-ig 1 200 új rehabilitációs ágyat alakítunk ki, és 350 új ápolót veszünk fel. A fejlesztéseket az Európai Regionális Fejlesztési Alap 65 milliárd forinttal társfinanszírozza. Az Elektronikus Egészségügyi Szolgáltatási Tér összeköti a háziorvosokat és a kórházakat.

Tömeges balesetek esetére a katasztrófavédelmi terv 48 órán belül 500 tartalékágyat biztosít.
""", {}, "all"),
    # ------------------------------------------------------------------ heldout (run at the start and once at the end)
    "ro-2026.lone-return": ("heldout", "ro", True, """România – Strategia națională de gestionare a azilului și migrației 2026–2030

1. Contextul național

A se vedea Raportul anual al Inspectoratului General pentru Imigrări pentru anul 2025, capitolele 2–4.

2.1.2. Dimensiunea internă

Decizia de returnare se emite odată cu respingerea cererii de azil. Inspectoratul General pentru Imigrări va efectua anual 2 000 de returnări, cu prioritate pentru returnarea voluntară asistată de OIM, iar centrul de cazare în regim de custodie publică de la Otopeni va avea 150 de locuri.

2.3.3. Sistem de primire solid

A se vedea Planul de măsuri pentru centrele regionale de proceduri și cazare 2025–2028.

2.6. Capacități suficiente

A se vedea Programul național pentru Fondul pentru azil, migrație și integrare 2021–2027.
""", {"2.1.2.c": "Decizia de returnare se emite odată cu respingerea"},
        ["1.a", "2.3.3.a", "2.6.d", "2.3.4.a", "2.5.c"]),
    "mt-2026.short": ("heldout", "mt", True, """Strateġija Nazzjonali ta' Malta għall-Immaniġġjar tal-Ażil u l-Migrazzjoni 2026–2030

1. Il-kuntest nazzjonali

Malta hija l-iżgħar Stat Membru, gżira fin-nofs tal-Mediterran ċentrali, u l-persuni salvati fiż-żona ta' tfittxija u salvataġġ tagħha jiżbarkaw fil-portijiet Maltin.

2.3.3. Sistema ta' akkoljenza robusta

Iċ-ċentri ta' akkoljenza ta' Ħal Far u Ħal Safi se jkollhom 1 800 post; l-applikanti jirċievu akkomodazzjoni, ikel, kura tas-saħħa u allowance ta' kull ġimgħa.

2.4. Tħejjija u ppjanar ta' kontinġenza

F'każ ta' wasla f'daqqa ta' aktar minn 500 persuna bil-baħar, il-pjan ta' kontinġenza jipprevedi 1 000 post temporanju fi żmien 24 siegħa u skrinjar mediku fil-port.
""", {"1.c": "Malta hija l-iżgħar Stat Membru",
      "2.3.3.a": "Iċ-ċentri ta' akkoljenza ta' Ħal Far u Ħal Safi",
      "2.4.d": "F'każ ta' wasla f'daqqa ta' aktar minn 500 persuna"}, ABSENT5),
    "lt-2026.table": ("heldout", "lt", True, """Lietuvos Respublikos nacionalinė prieglobsčio ir migracijos valdymo strategija 2026–2030 m.

2. Priemonių planas

Priemonė | Atsakinga institucija | Terminas | Finansavimas
Sprendimas grąžinti priimamas kartu su prieglobsčio nesuteikimu; per metus 800 grąžinimų, pirmenybė savanoriškam grįžimui | Migracijos departamentas, VSAT | 2026–2030 | valstybės biudžetas
Užsieniečių registracijos centre Pabradėje ir Pabėgėlių priėmimo centre Rukloje 1 200 apgyvendinimo vietų; maitinimas, sveikatos priežiūra, mėnesinė pašalpa | Socialinės apsaugos ir darbo ministerija | 2027 | AMIF 75 %
Pasienio stebėjimo sistemos modernizavimas ir prijungimas prie EES ir ETIAS | VSAT | 2026 | BMVI 40 mln. eurų
""", {"2.1.2.c": "Sprendimas grąžinti priimamas kartu su prieglobsčio",
      "2.3.3.a": "Užsieniečių registracijos centre Pabradėje",
      "2.6.b": "Pasienio stebėjimo sistemos modernizavimas"},
        ["2.1.2.b", "2.2.2.b", "2.3.4.a", "2.5.c", "2.4.e"]),
    "fi-2026.short": ("heldout", "fi", True, """Suomen kansallinen turvapaikka- ja muuttoliikkeen hallinnan strategia 2026–2030

2.3.1. Oikea-aikainen pääsy menettelyihin

Turvapaikkapäätösten keskimääräinen käsittelyaika lyhennetään 240 päivästä 120 päivään; Maahanmuuttovirasto palkkaa 60 uutta ratkaisijaa ja hallinto-oikeuksiin perustetaan kaksi uutta jaostoa.

2.3.3. Vahva vastaanottojärjestelmä

Vastaanottokeskuksissa on 7 500 majoituspaikkaa, ja hakijat saavat majoituksen, ateriat, terveydenhuollon ja vastaanottorahan.

2.6. Riittävät valmiudet

Ulkomaalaisrekisteri liitetään Eurodaciin ja rajanylityspaikkojen järjestelmät EES-järjestelmään vuoden 2026 loppuun mennessä.
""", {"2.3.1.b": "Turvapaikkapäätösten keskimääräinen käsittelyaika",
      "2.3.3.a": "Vastaanottokeskuksissa on 7 500 majoituspaikkaa",
      "2.6.b": "Ulkomaalaisrekisteri liitetään Eurodaciin"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.4.d", "2.5.c"]),
    "cs-2026.short": ("heldout", "cs", True, """Česká republika – Národní strategie řízení azylu a migrace 2026–2030

2.1.2. Vnitřní rozměr

Rozhodnutí o návratu se vydává současně se zamítnutím žádosti o mezinárodní ochranu. Policie ročně zajistí 1 200 návratů, přednostně dobrovolných s podporou IOM.

2.3.1. Včasný přístup k řízení

Průměrná délka řízení o mezinárodní ochraně se zkrátí ze 150 na 90 dní; odbor azylové a migrační politiky přijme 30 nových rozhodovatelů a krajské soudy posílí o čtyři soudce.

2.4. Připravenost a plánování pro nepředvídané události

Při hromadném příchodu cizinců zajistí Správa uprchlických zařízení do 72 hodin 5 000 nouzových lůžek a krajské úřady vyčlení tělocvičny a ubytovny.
""", {"2.1.2.c": "Rozhodnutí o návratu se vydává současně",
      "2.3.1.b": "Průměrná délka řízení o mezinárodní ochraně",
      "2.4.d": "Při hromadném příchodu cizinců"}, ABSENT5),
    "ga-2026.lone-procedure": ("heldout", "ga", True, """Straitéis Náisiúnta um Bainistiú Tearmainn agus Imirce 2026–2030

1. Comhthéacs náisiúnta

Féach Tuarascáil Bhliantúil na Seirbhíse Ionad Fáiltithe agus Tearmainn 2025.

2.3.1. Rochtain thráthúil ar nósanna imeachta

Laghdófar an meántréimhse próiseála d'iarratais ar chosaint idirnáisiúnta ó 18 mí go 6 mhí; earcóidh an Oifig Cosanta Idirnáisiúnta 100 oifigeach cásanna breise agus beidh 20 ball nua ag an mBinse Achomhairc.

2.4. Ullmhacht agus pleanáil teagmhasach

Féach Plean Teagmhasach na Roinne Dlí agus Cirt 2024.

2.6. Acmhainní leordhóthanacha

Féach Clár Náisiúnta an Chiste Tearmainn, Imirce agus Lánpháirtíochta 2021–2027.
""", {"2.3.1.b": "Laghdófar an meántréimhse próiseála"},
        ["1.a", "2.4.d", "2.6.d", "2.3.4.a", "2.5.c"]),
    "ro-working-group-order": ("heldout", "ro", False, """Ordin privind constituirea grupului de lucru pentru elaborarea Strategiei naționale de gestionare a azilului și migrației

Art. 1. Se constituie grupul de lucru interinstituțional pentru elaborarea Strategiei naționale de gestionare a azilului și migrației 2026–2030.

Art. 2. Grupul de lucru analizează capacitatea de primire, procedurile de azil, returnarea și utilizarea fondurilor europene și propune măsuri până la 31 martie 2026.

Art. 3. Secretariatul grupului de lucru este asigurat de Inspectoratul General pentru Imigrări. Membrii grupului nu primesc indemnizație.

Art. 4. Prezentul ordin se publică în Monitorul Oficial al României, Partea I.
""", {}, "all"),
    "el-eu-law-note": ("heldout", "el", False, """Ενημερωτικό σημείωμα: το δίκαιο της Ένωσης για την επιστροφή και την υποδοχή

Η οδηγία 2008/115/ΕΚ ορίζει κοινούς κανόνες για την επιστροφή υπηκόων τρίτων χωρών που διαμένουν παράνομα. Η απόφαση επιστροφής προβλέπει προθεσμία εθελοντικής αναχώρησης από επτά έως τριάντα ημέρες, και η κράτηση δεν μπορεί να υπερβαίνει τους έξι μήνες, με δυνατότητα παράτασης έως δεκαοκτώ μήνες.

Η οδηγία (ΕΕ) 2024/1346 ορίζει ότι οι αιτούντες έχουν πρόσβαση σε στέγαση, τροφή, ένδυση και υγειονομική περίθαλψη. Τα κράτη μέλη πρέπει να εκπονήσουν σχέδια έκτακτης ανάγκης για την υποδοχή.

Το Ταμείο Ασύλου, Μετανάστευσης και Ένταξης χρηματοδοτεί δράσεις των κρατών μελών σύμφωνα με τον κανονισμό (ΕΕ) 2021/1147.
""", {}, "all"),
    "fi-elderly-care-programme": ("heldout", "fi", False, """Ikääntyneiden asumisen ja hoivan kehittämisohjelma 2026–2030

1. Lähtötilanne

Yli 75-vuotiaiden määrä kasvaa vuoteen 2030 mennessä 150 000 hengellä, ja tehostetun palveluasumisen jonot ovat pidentyneet.

2. Toimenpiteet

Hyvinvointialueet lisäävät tehostetun palveluasumisen paikkoja 9 000:lla vuoteen 2028 mennessä; asukkaat saavat asunnon, ateriat, hoivan ja terveydenhuollon. Euroopan sosiaalirahasto plus rahoittaa hoitajien koulutusta 40 miljoonalla eurolla. Kanta-palvelut yhdistetään kotihoidon toiminnanohjausjärjestelmiin.

Helleaaltojen ja epidemioiden varalle laaditaan valmiussuunnitelma, jossa varataan 2 000 väistötilapaikkaa 72 tunnin kuluessa.
""", {}, "all"),
}


def main() -> None:
    """Write every document into its split's folder and the gold (``gold.yaml``)."""
    header = ("# Gold of tests/data/recall12 (twelfth session, recall12), written by make_inputs.py before any run.\n"
              "# covered: key elements the text answers (must not be absent), each with the start of its sentence or\n"
              "# table row; absent: key elements it does not answer (must stay absent); negatives: absent 'all' (out of\n"
              "# scope or nothing covered). split: tune (looked at) or heldout (run at the start and once at the end).\n")
    write_recall_set(HERE, DOCS, header)


if __name__ == "__main__":
    main()
