"""Writes the inputs and gold of tests/data/recall13 (thirteenth session, recall13): a held-out set only.

Run: /work/main/.venv/bin/python tests/data/recall13/make_inputs.py

Written before any run and before any change of the recall13 branch, and never tuned on: run once with main's code
at the branch's start and once after the change was chosen. Short strategies in languages rarely used so far (ga,
mt, lv, et, sl, hr, sk, da) whose answers take the shapes of the open recall xfails (Irish and Maltese sentences with
figures, a one-passage strategy whose other sections refer to other documents, a table of measures with a funding
column, answers next to a sibling key element), and six near-miss negatives that talk about migration without
answering any key element (a plan to plan, an overview of EU law, a statistics bulletin, an NGO's annual report, a
research call, a press release). Writes ``heldout/<doc_id>.txt`` and ``gold.yaml``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from recall_inputs import write_recall_set  # noqa: E402
ABSENT5 = ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.2.1.b"]

# doc_id -> (language, in_scope, text, covered {key element: start of the answering sentence or row}, absent)
DOCS: dict[str, tuple[str, bool, str, dict[str, str], list[str] | str]] = {
    "ga-2026.short": ("ga", True, """Straitéis Náisiúnta um Bainistiú Tearmainn agus Imirce 2026–2030

1. Comhthéacs náisiúnta

Níl teorainn talún ag Éire ach le Tuaisceart Éireann; tagann formhór na n-iarratasóirí trí Aerfort Bhaile Átha Cliath nó thar an teorainn talún ón Ríocht Aontaithe, laistigh den Limistéar Taistil Coiteann.

2.1.2. An ghné inmheánach

Cuirfear 800 duine ar ais gach bliain faoi 2028; tairgfear filleadh deonach cuidithe le deontas athimeasctha suas le 2 000 euro, agus déanfar an t-ordú díbeartha a fhorghníomhú laistigh de shé seachtaine tar éis an chinnidh dheiridh.

2.3.3. Córas fáiltithe láidir

Osclófar trí ionad fáiltithe nua i gCorcaigh, i Luimneach agus i nGaillimh le 4 500 leaba; gheobhaidh iarratasóirí lóistín, béilí, cúram sláinte agus liúntas seachtainiúil 38.80 euro.

2.6. Acmhainneachtaí leordhóthanacha

Cuirfidh an Ciste Tearmainn, Imirce agus Lánpháirtíochta (AMIF) 45 milliún euro agus an Ionstraim um Bainistiú Teorann agus Víosaí (BMVI) 30 milliún euro le buiséad na Roinne Dlí agus Cirt.
""", {"1.c": "Níl teorainn talún ag Éire ach le Tuaisceart Éireann",
      "2.1.2.c": "Cuirfear 800 duine ar ais gach bliain faoi 2028",
      "2.3.3.a": "Osclófar trí ionad fáiltithe nua i gCorcaigh",
      "2.6.d": "Cuirfidh an Ciste Tearmainn, Imirce agus Lánpháirtíochta"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.4.e"]),
    "mt-2026.short": ("mt", True, """Strateġija Nazzjonali għall-Ġestjoni tal-Asil u l-Migrazzjoni 2026–2030

2.3.1. Aċċess f'waqtu għall-proċeduri

L-Aġenzija għall-Protezzjoni Internazzjonali se tnaqqas iż-żmien medju tad-deċiżjoni minn 180 għal 90 jum billi timpjega 20 uffiċjal tal-każijiet ġodda, u t-Tribunal tal-Appelli dwar il-Protezzjoni Internazzjonali jiżdied b'żewġ bordijiet.

2.4. Tħejjija u ppjanar ta' kontinġenza

F'każ ta' żbark tal-massa wara salvataġġ fil-baħar, il-pjan ta' kontinġenza jipprevedi 1 500 post ta' emerġenza f'Ħal Far fi żmien 48 siegħa, skrinjar mediku fil-moll u rinforz mill-Forzi Armati ta' Malta.

2.6. Kapaċitajiet suffiċjenti

Is-sistema nazzjonali tal-immigrazzjoni se tiġi konnessa mal-Eurodac, mas-Sistema ta' Dħul/Ħruġ u mal-ETIAS sal-2026, u l-uffiċjali se jużaw tablets biex jieħdu l-marki tas-swaba' fil-moll.
""", {"2.3.1.b": "L-Aġenzija għall-Protezzjoni Internazzjonali se tnaqqas",
      "2.4.d": "F'każ ta' żbark tal-massa wara salvataġġ fil-baħar",
      "2.6.b": "Is-sistema nazzjonali tal-immigrazzjoni se tiġi konnessa mal-Eurodac"}, ABSENT5),
    "lv-2026.short": ("lv", True, """Latvijas Republikas Nacionālā patvēruma un migrācijas pārvaldības stratēģija 2026.–2030. gadam

1. Nacionālais konteksts

Latvijai ir 173 km gara ārējā robeža ar Baltkrieviju un 284 km gara robeža ar Krieviju; lielākā daļa neatļauto robežas šķērsojumu notiek Latgales mežos un purvos.

2.3.3. Stabila uzņemšanas sistēma

Patvēruma meklētāju izmitināšanas centrā "Mucenieki" ir 400 vietas; patvēruma meklētāji saņem izmitināšanu, ēdināšanu, veselības aprūpi un dienas naudu 3 eiro apmērā.

2.4. Sagatavotība un ārkārtas situāciju plānošana

Ja Baltkrievija atkal izmantos migrantus kā ieroci, Valsts robežsardze 24 stundu laikā izvietos uz robežas papildu 300 robežsargus, Nacionālie bruņotie spēki atbalstīs robežas uzraudzību, un personām tiks nodrošināta piekļuve patvēruma procedūrai.
""", {"1.c": "Latvijai ir 173 km gara ārējā robeža ar Baltkrieviju",
      "2.3.3.a": "Patvēruma meklētāju izmitināšanas centrā",
      "2.4.e": "Ja Baltkrievija atkal izmantos migrantus kā ieroci"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.6.d"]),
    "et-2026.table": ("et", True, """Eesti riiklik varjupaiga- ja rändehalduse strateegia 2026–2030

1. Riiklik olukord

2025. aastal esitati Eestis 4 100 rahvusvahelise kaitse taotlust, enamik neist Ukraina kodanikelt, ning Venemaa piiril tuvastati 310 ebaseaduslikku piiriületust.

2. Meetmed

Meede | Vastutaja | Tähtaeg | Rahastus
Lahkumisettekirjutus tehakse koos negatiivse varjupaigaotsusega; 300 sunniviisilist tagasisaatmist aastas | Politsei- ja Piirivalveamet | 2026–2030 | riigieelarve
Vao ja Vägeva majutuskeskustes 600 kohta; majutus, toit, tervishoid ja taskuraha | Sotsiaalkindlustusamet | 2026 | AMIF 75 %
Taotluste menetlusaeg lüheneb kuuelt kuult kolmele; 15 uut menetlejat | Politsei- ja Piirivalveamet | 2027 | riigieelarve
""", {"1.a": "2025. aastal esitati Eestis 4 100 rahvusvahelise kaitse taotlust",
      "2.1.2.c": "Lahkumisettekirjutus tehakse koos negatiivse varjupaigaotsusega",
      "2.3.3.a": "Vao ja Vägeva majutuskeskustes 600 kohta",
      "2.3.1.b": "Taotluste menetlusaeg lüheneb kuuelt kuult kolmele"},
        ["2.1.2.b", "2.1.1.b", "2.3.4.a", "2.5.c", "2.4.e"]),
    "sl-2026.lone-passage": ("sl", True, """Republika Slovenija – Nacionalna strategija upravljanja azila in migracij 2026–2030

1. Nacionalne okoliščine

Glej Letno poročilo Ministrstva za notranje zadeve za leto 2025, poglavje 4.

2.1.2. Notranja razsežnost

Glej Akcijski načrt za vračanje 2025–2028.

2.3.3. Trden sistem sprejema

Glej Uredbo o načinih in pogojih za zagotavljanje pravic prosilcem za mednarodno zaščito.

2.4. Pripravljenost in načrtovanje za izredne razmere

Ob množičnem prihodu migrantov prek meje s Hrvaško Urad vlade za oskrbo in integracijo migrantov v 72 urah odpre nastanitvene zmogljivosti za 3 000 oseb v Logatcu in Postojni, policija pa okrepi registracijo na mejnih prehodih.

2.6. Zadostne zmogljivosti

Glej Program Sklada za azil, migracije in vključevanje 2021–2027.
""", {"2.4.d": "Ob množičnem prihodu migrantov prek meje s Hrvaško"},
        ["2.1.2.c", "2.3.3.a", "2.6.d", "2.3.4.a", "2.5.c"]),
    "hr-2026.short": ("hr", True, """Republika Hrvatska – Nacionalna strategija upravljanja azilom i migracijama 2026.–2030.

2.1.2. Unutarnja dimenzija

Ministarstvo unutarnjih poslova provodit će dublinske transfere u roku od šest mjeseci, a zahtjeve drugih država članica za prihvat i ponovni prihvat rješavat će u roku od dva tjedna; za to se osniva posebna jedinica s 12 službenika.

2.2. Integrirano upravljanje vanjskim granicama

Hrvatska štiti 1 350 km vanjske kopnene granice s Bosnom i Hercegovinom, Srbijom i Crnom Gorom; do 2028. granična policija dobit će 500 novih službenika, termovizijske kamere i dronove, u skladu s nacionalnom strategijom integriranog upravljanja granicama.

2.3.4. Integracija

Osobe kojima je odobrena međunarodna zaštita pohađat će 280 sati tečaja hrvatskog jezika, Hrvatski zavod za zapošljavanje uključit će ih u programe zapošljavanja, a djeca se upisuju u školu u roku od 30 dana.
""", {"2.1.2.a": "Ministarstvo unutarnjih poslova provodit će dublinske transfere",
      "2.2.1.a": "Hrvatska štiti 1 350 km vanjske kopnene granice",
      "2.3.4.a": "Osobe kojima je odobrena međunarodna zaštita pohađat će"},
        ["2.1.2.b", "2.1.1.b", "2.5.c", "2.6.d", "2.4.e"]),
    "sk-2026.short": ("sk", True, """Slovenská republika – Národná stratégia riadenia azylu a migrácie 2026 – 2030

1. Vnútroštátny kontext

Slovensko má 98 km vonkajšej hranice s Ukrajinou a od roku 2022 poskytlo dočasné útočisko viac ako 130 000 ľuďom.

2.3.1. Včasný prístup ku konaniam

Migračný úrad prijme 25 nových rozhodovateľov a skráti priemernú dĺžku azylového konania zo 180 na 90 dní; krajské súdy v Bratislave a Košiciach dostanú po dvoch sudcov pre azylové veci.

2.6. Dostatočné kapacity

Agentúra Európskej únie pre azyl (EUAA) podľa operačného plánu vyšle na Slovensko 15 expertov na registráciu a tlmočenie a Frontex poskytne 40 príslušníkov stáleho zboru na hranicu s Ukrajinou.
""", {"1.c": "Slovensko má 98 km vonkajšej hranice s Ukrajinou",
      "2.3.1.b": "Migračný úrad prijme 25 nových rozhodovateľov",
      "2.6.c": "Agentúra Európskej únie pre azyl (EUAA) podľa operačného plánu"}, ABSENT5),
    "da-2026.short": ("da", True, """Danmarks nationale strategi for asyl- og migrationsstyring 2026–2030

2.1.1. Den eksterne dimension

Danmark indgår partnerskaber med Marokko og Irak om tilbagetagelse, grænsekapacitet og reintegration; partnerskabet med Marokko omfatter 150 mio. kr. til grænseforvaltning og oplysningskampagner.

2.1.2. Den interne dimension

Hjemrejsestyrelsen gennemfører 1 200 tvangsmæssige udsendelser om året og tilbyder støttet frivillig hjemrejse med op til 20 000 kr. pr. person; udrejsecenter Kærshovedgård har 600 pladser.

2.5. Integreret politikudformning

En tværministeriel styregruppe under Udlændinge- og Integrationsministeriet med Justitsministeriet, Udenrigsministeriet og Rigspolitiet mødes hver måned og følger strategiens gennemførelse.
""", {"2.1.1.a": "Danmark indgår partnerskaber med Marokko og Irak",
      "2.1.2.c": "Hjemrejsestyrelsen gennemfører 1 200 tvangsmæssige udsendelser",
      "2.5.a": "En tværministeriel styregruppe under Udlændinge- og Integrationsministeriet"},
        ["2.1.2.b", "2.3.4.a", "2.5.c", "2.6.d", "2.4.e"]),
    # ------------------------------------------------------------------ near-miss negatives (no answer)
    "lv-plan-to-plan": ("lv", False, """Nacionālās patvēruma un migrācijas pārvaldības stratēģijas izstrādes plāns

1. Nacionālais konteksts

Šo sadaļu sagatavos starpinstitūciju darba grupa līdz 2026. gada jūnijam, kad būs pieejami jaunākie dati.

2.1.2. Iekšējā dimensija

Pasākumi tiks noteikti vēlāk pēc apspriešanās ar atbildīgajām iestādēm.

2.3.3. Stabila uzņemšanas sistēma

Par šo jautājumu lems darba grupa nākamajā sanāksmē.

2.6. Pietiekamas spējas

Finansējuma apjoms tiks precizēts pēc valsts budžeta pieņemšanas.
""", {}, "all"),
    "sk-eu-law-overview": ("sk", False, """Prehľad: Pakt o migrácii a azyle – nové nariadenia Európskej únie

Pakt o migrácii a azyle prijali Európsky parlament a Rada v máji 2024 a uplatňuje sa od júna 2026.

Nariadenie (EÚ) 2024/1351 o riadení azylu a migrácie nahrádza dublinské nariadenie a zavádza mechanizmus solidarity, v ktorom si členské štáty vyberajú medzi premiestnením, finančným príspevkom a inými opatreniami.

Nariadenie (EÚ) 2024/1348 ustanovuje spoločné azylové konanie vrátane konania na hraniciach, ktoré má trvať najviac dvanásť týždňov.

Smernica (EÚ) 2024/1346 stanovuje normy pre prijímanie žiadateľov o medzinárodnú ochranu, najmä pokiaľ ide o ubytovanie, stravu a zdravotnú starostlivosť.

Nariadenie (EÚ) 2024/1359 upravuje krízové situácie a situácie vyššej moci.
""", {}, "all"),
    "da-migration-statistics": ("da", False, """Tal og fakta på udlændingeområdet 2025

Tabel 1. Asylansøgninger efter nationalitet
Nationalitet | 2023 | 2024 | 2025
Syrien | 610 | 540 | 480
Eritrea | 350 | 310 | 290
Afghanistan | 290 | 270 | 260

I 2025 blev der meddelt 1 180 opholdstilladelser på asylområdet, heraf 430 efter udlændingelovens § 7, stk. 1.

Tabel 2. Opholdstilladelser til arbejde og studier
Kategori | 2024 | 2025
Beløbsordningen | 4 900 | 5 200
Studerende | 9 800 | 10 100

Kilde: Udlændingestyrelsen og Danmarks Statistik.
""", {}, "all"),
    "hr-ngo-annual-report": ("hr", False, """Godišnje izvješće o radu za 2025. godinu – Udruga za pravnu pomoć izbjeglicama

Udruga je u 2025. pružila besplatno pravno savjetovanje 1 200 tražitelja međunarodne zaštite u Zagrebu i Kutini.

Održali smo 35 radionica o pravima i obvezama tražitelja azila te osposobili 40 volontera za prevođenje.

Naš rad financirali su Grad Zagreb, dvije privatne zaklade i pojedinačni donatori; ukupni prihodi iznosili su 185 000 eura.

Zahvaljujemo svim volonterima i partnerima na suradnji.
""", {}, "all"),
    "et-research-call": ("et", False, """Eesti Teadusagentuur – rändeuuringute taotlusvoor 2026

Taotlusvoor toetab uurimisprojekte, mis käsitlevad rännet, rahvusvahelist kaitset ja uussisserändajate kohanemist Eestis.

Toetatavad teemad: rändeprotsesside demograafilised mõjud, sisserändajate tööturukäitumine ja avaliku arvamuse kujunemine.

Voore eelarve on 1,2 miljonit eurot; ühe projekti toetus on kuni 200 000 eurot ja kestus kuni kolm aastat.

Taotlused tuleb esitada Eesti Teadusinfosüsteemis hiljemalt 15. märtsiks 2026.
""", {}, "all"),
    "sl-press-release": ("sl", False, """Sporočilo za javnost: minister za notranje zadeve na zasedanju Sveta EU za pravosodje in notranje zadeve

Minister za notranje zadeve se je danes v Bruslju udeležil zasedanja Sveta EU za pravosodje in notranje zadeve.

Ministri so razpravljali o izvajanju pakta o migracijah in azilu ter o razmerah na zahodnobalkanski poti.

Minister je poudaril, da Slovenija podpira skupne evropske rešitve in dobro sodelovanje s sosednjimi državami.

Ob robu zasedanja se je sestal s kolegi iz Hrvaške in Avstrije.
""", {}, "all"),
}


def main() -> None:
    """Write every document into ``heldout/`` and the gold (``gold.yaml``)."""
    header = ("# Gold of tests/data/recall13 (thirteenth session, recall13), written by make_inputs.py before any run;\n"
              "# held-out only (never tuned on). covered: key elements the text answers (must not be absent), each\n"
              "# with the start of its sentence or table row; absent: key elements it does not answer (must stay\n"
              "# absent); negatives: absent 'all' (out of scope or nothing covered).\n")
    write_recall_set(HERE, {d: ("heldout", *v) for d, v in DOCS.items()}, header)


if __name__ == "__main__":
    main()
