"""Paraphrased-title segmentation documents of the fifteenth session (issue 14, para15 audit): ``paraphr15``, ``mixed15``.

Usage: ``python scripts/make_segment_para15.py`` (from the repository root). Written by the para15 audit before any
measurement, never tuned on (the session's unseen measure: other helpers must not look at them); new wording,
invented figures; all to ``tests/data/segment_heldout``.

``paraphr15``: free-form strategy excerpts without Annex numbers, own unnumbered chapters whose titles paraphrase the
Annex's in words of their own, in six languages little or not used by earlier paraphr sets (Slovak, Slovenian, Greek,
Latvian, Estonian, Maltese). Each has a context chapter (1), a rights chapter (2.3.2), a preparedness chapter (2.4)
and a border chapter (2.2.1 or 2.2.2); a merged chapter (two sections: each paragraph keeps its own section in the
gold, the heading the first's), a section split over two consecutive chapters, and an order not the Annex's:

- ``sk``: 1, 2.3.2, 2.3.3+2.3.4 merged (housing, then integration), 2.2.1, 2.4, 2.3.1 split (authority / courts),
  2.1.2, 2.5;
- ``sl``: 2.4 first, 2.2.1 split (surveillance / registration and visas), 1, 2.1.1+2.1.2 merged (partners, then
  return), 2.3.2, 2.3.3, 2.6;
- ``el``: 1, 2.2.2, 2.3.2+2.3.3 merged (rights, then reception), 2.1.2 split (voluntary / forced return), 2.4, 2.3.4,
  2.1.3;
- ``lv``: 2.6 first, 2.2.1, 1, 2.4+2.1.3 merged (preparedness, then solidarity), 2.3.2, 2.3.4 split (language and
  work / housing and school), 2.3.1;
- ``et``: 1, 2.5+2.6 merged (coordination, then staff and IT), 2.2.1, 2.3.2, 2.4 split (the plan / exercises and
  reserves), 2.3.3, 2.1.1;
- ``mt``: 1, 2.2.1+2.1.2 merged (sea rescue, then return), 2.3.2, 2.4, 2.3.3 split (centres / health and money),
  2.3.4, 2.1.3.

``mixed15``: two numbered Annex sections (the Annex headings of ``segment_docs_text*.py``, new answers, one reproduced
question in hr/hu/pt), then own unnumbered chapters placed by content in the gold, in Croatian, Bulgarian, Hungarian
and Portuguese:

- ``hr``: 2.2.2, 2.6 (question 2.6.a); own 2.3.2, 2.4, 2.1.1+2.1.2 merged, 1 (context last);
- ``bg``: 2.1.2, 2.3.4; own 1, 2.2.1, 2.3.2, 2.4, 2.3.3;
- ``hu``: 2.3.3 (question 2.3.3.a), 2.6; own 2.2.1+2.2.2 merged, 2.3.2, 2.4, 2.1.3;
- ``pt``: 2.2.2 (question 2.2.2.a), 2.3.4; own 1, 2.3.1, 2.3.2, 2.4 split (plan / exercises), 2.1.1.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, chapter_list, write_doc  # noqa: E402
from segment_docs_text_eu import TEXT_EU  # noqa: E402
from segment_docs_text_fihu import TEXT_FIHU  # noqa: E402
from segment_docs_text_more import TEXT_MORE  # noqa: E402
from segment_docs_text_tmpl import TEXT_SEG3  # noqa: E402

# A chapter: (its title, [(Annex section, paragraph), ...]); the heading's gold section is its first paragraph's.
#: Free-form documents (``paraphr15``), part one: Slovak, Slovenian, Greek.
FREE_A: dict[str, dict] = {
    "sk": {
        "title": "Národná stratégia riadenia azylu a migrácie na roky 2026 – 2030 – pracovný návrh",
        "chapters": [
            ("Súčasný stav a výhľad", [
                ("1", "V roku 2025 požiadalo na Slovensku o medzinárodnú ochranu 1 100 osôb, väčšina na hraničnom priechode s Ukrajinou a na letisku v Bratislave."),
                ("1", "Slovensko leží na trase z Balkánu do západnej Európy a poskytuje dočasné útočisko viac ako 130 000 ľuďom z Ukrajiny; očakávame, že tlak na východnej hranici bude rásť.")]),
            ("Práva žiadateľa od prvého dňa", [
                ("2.3.2", "Každý žiadateľ má od začiatku konania nárok na bezplatné právne poradenstvo a tlmočníka pri každom pohovore."),
                ("2.3.2", "Maloletým bez sprievodu súd ustanoví opatrovníka do 48 hodín a zaistenie rodín s deťmi sa nepoužíva; dodržiavanie práv sleduje nezávislý ombudsman.")]),
            ("Ubytovanie a začlenenie", [
                ("2.3.3", "Záchytné a pobytové tábory budú mať spolu 2 500 miest, najviac 250 v jednom zariadení, s ambulanciou a priestormi pre deti."),
                ("2.3.3", "Žiadatelia dostávajú vreckové a stravu, zraniteľné osoby sú ubytované oddelene a kvalitu podmienok raz ročne kontroluje inšpekcia."),
                ("2.3.4", "Osoby s priznanou ochranou absolvujú 250 hodín bezplatného kurzu slovenčiny a úrad práce im pomáha nájsť zamestnanie."),
                ("2.3.4", "Obce dostanú príspevok na nájomné byty pre utečencov a deti nastúpia do školy do jedného mesiaca od príchodu.")]),
            ("Strážime vonkajšiu hranicu", [
                ("2.2.1", "Hraničná polícia prijme 400 policajtov, rozšíri kamerový systém s termovíziou na celý úsek hranice a zapojí sa do spoločných operácií Frontexu."),
                ("2.2.1", "Pri udeľovaní víz sa vykonávajú bezpečnostné previerky a každá osoba zadržaná po nelegálnom prechode je zaregistrovaná a daktyloskopovaná do 72 hodín.")]),
            ("Keď príde veľa ľudí naraz", [
                ("2.4", "Krízový plán umožňuje do desiatich dní ubytovať 20 000 osôb v telocvičniach a v zariadeniach krajov."),
                ("2.4", "Plán určuje, kto ho spúšťa, počíta aj s prípadmi, keď tretia krajina zneužíva migrantov na nátlak, a každý rok sa precvičuje s hasičským a záchranným zborom.")]),
            ("Rozhodovanie na úrade", [
                ("2.3.1", "Migračný úrad rozhodne v prvom stupni do šiestich mesiacov a prijme 60 nových rozhodovacích referentov."),
                ("2.3.1", "Informácie o krajinách pôvodu sa aktualizujú každý štvrťrok a rozhodnutia prechádzajú internou kontrolou kvality.")]),
            ("Rozhodovanie na súdoch", [
                ("2.3.1", "Krajské súdy vytvoria špecializované senáty pre azylové veci, ktoré rozhodnú o žalobe do troch mesiacov."),
                ("2.3.1", "Sudcovia absolvujú školenia Agentúry Európskej únie pre azyl a počet sudcov sa plánuje podľa očakávaného počtu žalôb.")]),
            ("Kto musí odísť", [
                ("2.1.2", "Transfery do zodpovedného členského štátu vykoná osobitný útvar cudzineckej polície do šiestich mesiacov."),
                ("2.1.2", "Kto nemá právo zostať, dostane poradenstvo k dobrovoľnému návratu a pomoc pri reintegrácii; inšpektoráty práce vykonajú o 500 kontrol nelegálneho zamestnávania viac.")]),
            ("Spolupráca rezortov", [
                ("2.5", "Medzirezortná koordinačná skupina pod vedením ministerstva vnútra sa schádza každý mesiac a zahŕňa aj ministerstvo zahraničných vecí a ministerstvo práce."),
                ("2.5", "Kraje a obce majú v skupine stále miesto, aby sa vnútorné a vonkajšie opatrenia navzájom dopĺňali.")]),
        ],
    },
    "sl": {
        "title": "Nacionalna strategija upravljanja azila in migracij 2026–2030 – osnutek za javno razpravo",
        "chapters": [
            ("Pripravljeni na izredne razmere", [
                ("2.4", "Načrt za izredne razmere omogoča, da v desetih dneh nastanimo 15 000 ljudi v športnih dvoranah in začasnih objektih občin."),
                ("2.4", "Načrt se posodablja na podlagi stalne analize tveganj, vsako leto ga preizkusimo na vaji s civilno zaščito, rezerva 150 usposobljenih uslužbencev pa je na voljo v 48 urah.")]),
            ("Nadzor meje", [
                ("2.2.1", "Policija bo zaposlila 300 novih policistov, na odsekih zunanje meje s Hrvaško namestila termovizijske kamere in sodelovala v skupnih operacijah Frontexa."),
                ("2.2.1", "Skupne patrulje s sosednjimi državami bodo potekale vsak teden, naprave za nadzor pa bodo povezane z nacionalnim koordinacijskim centrom.")]),
            ("Evidentiranje ob prihodu", [
                ("2.2.1", "Vsaka oseba, prijeta po nezakonitem prehodu meje, je evidentirana, njeni prstni odtisi pa so vneseni v Eurodac v 72 urah."),
                ("2.2.1", "Pred izdajo vizumov se izvajajo varnostna preverjanja, zlorabe brezvizumskega režima pa sporočamo Evropski komisiji.")]),
            ("Izhodišče", [
                ("1", "Leta 2025 je v Sloveniji za mednarodno zaščito zaprosilo 6 500 oseb, skoraj vse po prihodu prek zahodnobalkanske poti."),
                ("1", "Slovenija varuje 670 kilometrov zunanje kopenske meje schengenskega območja, večina prosilcev pa državo zapusti, preden je postopek končan.")]),
            ("Partnerji in vrnitve", [
                ("2.1.1", "S štirimi državami Zahodnega Balkana sklepamo sporazume o sodelovanju pri upravljanju meja in vračanju ter financiramo usposabljanje njihove policije."),
                ("2.1.1", "Za delavce iz treh tretjih držav odpiramo zakonite poti za sezonsko delo, 1 000 dovoljenj na leto."),
                ("2.1.2", "Kdor nima pravice ostati, dobi svetovanje za prostovoljno vrnitev in pomoč pri reintegraciji, prisilne vrnitve pa izvaja posebna enota policije."),
                ("2.1.2", "Predaje odgovorni državi članici opravimo v šestih mesecih, inšpekcija za delo pa bo opravila 400 dodatnih nadzorov nezakonitega zaposlovanja.")]),
            ("Jamstva in temeljne pravice", [
                ("2.3.2", "Vsak prosilec ima od prvega dne pravico do brezplačne pravne pomoči in tolmača pri vsakem razgovoru."),
                ("2.3.2", "Mladoletniki brez spremstva dobijo zakonitega zastopnika v 24 urah, usposobljeno osebje pa žrtve mučenja prepozna že ob prvem stiku.")]),
            ("Streha nad glavo", [
                ("2.3.3", "Azilni dom in njegove izpostave bodo imeli 1 800 mest, največ 200 v posameznem objektu, z ambulanto in prostori za otroke."),
                ("2.3.3", "Družine z otroki živijo v ločenih enotah s kuhinjo, prosilci pa dobijo mesečno denarno pomoč za osebne potrebe.")]),
            ("Kadri, oprema in denar", [
                ("2.6", "Do leta 2028 bomo na ministrstvu za notranje zadeve in v policiji zaposlili 350 novih uslužbencev in zgradili dva nova nastanitvena centra."),
                ("2.6", "Informacijski sistemi bodo povezani z Eurodacom in sistemom vstopa/izstopa, Sklad za azil, migracije in vključevanje pa bo dopolnil državni proračun.")]),
        ],
    },
    "el": {
        "title": "Εθνική στρατηγική διαχείρισης ασύλου και μετανάστευσης 2026–2030 – σχέδιο του Υπουργείου",
        "chapters": [
            ("Η εικόνα σήμερα", [
                ("1", "Το 2025 υποβλήθηκαν στην Ελλάδα 68 000 αιτήσεις διεθνούς προστασίας, κυρίως στα νησιά του ανατολικού Αιγαίου και στον Έβρο."),
                ("1", "Η Ελλάδα έχει τα μακρύτερα θαλάσσια εξωτερικά σύνορα της Ένωσης, και οι αφίξεις από τη Λιβύη προς την Κρήτη αυξάνονται.")]),
            ("Στα σύνορα", [
                ("2.2.2", "Όσοι φτάνουν χωρίς άδεια περνούν από έλεγχο διαλογής στα κέντρα υποδοχής, και η διαδικασία στα σύνορα ολοκληρώνεται το πολύ σε δώδεκα εβδομάδες."),
                ("2.2.2", "Ένας ανεξάρτητος μηχανισμός παρακολουθεί τον σεβασμό των θεμελιωδών δικαιωμάτων κατά τη διαλογή, και οι οικογένειες με παιδιά εξαιρούνται από τη διαδικασία των συνόρων.")]),
            ("Δικαιώματα και φιλοξενία", [
                ("2.3.2", "Κάθε αιτών έχει από την πρώτη ημέρα δωρεάν νομική συνδρομή και διερμηνέα σε κάθε συνέντευξη."),
                ("2.3.2", "Οι ασυνόδευτοι ανήλικοι αποκτούν επίτροπο εντός 24 ωρών, και τα θύματα βασανιστηρίων και εμπορίας ανθρώπων αναγνωρίζονται ήδη στην πρώτη επαφή."),
                ("2.3.3", "Οι δομές φιλοξενίας στην ενδοχώρα θα διαθέτουν 25 000 θέσεις, με ιατρείο και χώρους για παιδιά σε κάθε δομή."),
                ("2.3.3", "Οι αιτούντες λαμβάνουν μηνιαίο οικονομικό βοήθημα μέσω κάρτας, και οι συνθήκες διαβίωσης ελέγχονται κάθε τρίμηνο.")]),
            ("Εθελοντική αναχώρηση", [
                ("2.1.2", "Όσοι δεν έχουν δικαίωμα παραμονής λαμβάνουν συμβουλευτική για την εθελοντική επιστροφή και βοήθεια επανένταξης έως 2 000 ευρώ."),
                ("2.1.2", "Το πρόγραμμα εθελοντικής επιστροφής θα καλύψει 5 000 άτομα τον χρόνο σε συνεργασία με τον Frontex.")]),
            ("Όταν η αναχώρηση δεν είναι εθελοντική", [
                ("2.1.2", "Οι αναγκαστικές επιστροφές εκτελούνται από ειδική μονάδα της αστυνομίας, και κάθε πτήση συνοδεύεται από ανεξάρτητο παρατηρητή."),
                ("2.1.2", "Οι μεταφορές στο υπεύθυνο κράτος μέλος γίνονται εντός έξι μηνών, και η επιθεώρηση εργασίας θα κάνει 1 000 περισσότερους ελέγχους για την αδήλωτη απασχόληση.")]),
            ("Σχέδιο για τις κρίσεις", [
                ("2.4", "Το σχέδιο έκτακτης ανάγκης επιτρέπει τη φιλοξενία 30 000 ατόμων μέσα σε δύο εβδομάδες σε προσωρινές δομές των περιφερειών."),
                ("2.4", "Το σχέδιο προβλέπει τι γίνεται όταν τρίτη χώρα χρησιμοποιεί μετανάστες ως μέσο πίεσης, και δοκιμάζεται κάθε χρόνο σε άσκηση με την πολιτική προστασία.")]),
            ("Μια θέση στην κοινωνία", [
                ("2.3.4", "Οι δικαιούχοι προστασίας παρακολουθούν 300 ώρες δωρεάν μαθημάτων ελληνικών και λαμβάνουν βοήθεια από τη δημόσια υπηρεσία απασχόλησης."),
                ("2.3.4", "Τα παιδιά εγγράφονται στο σχολείο εντός ενός μηνός, και οι δήμοι προσφέρουν επιδότηση ενοικίου για τον πρώτο χρόνο.")]),
            ("Αλληλεγγύη με τους εταίρους στην Ένωση", [
                ("2.1.3", "Όταν άλλο κράτος μέλος βρίσκεται υπό πίεση, η Ελλάδα αποστέλλει ειδικούς ασύλου και ομάδες καταγραφής."),
                ("2.1.3", "Στον μηχανισμό αλληλεγγύης η Ελλάδα θα ζητήσει μετεγκαταστάσεις και θα συνεισφέρει επιχειρησιακή υποστήριξη αντί για χρήματα.")]),
        ],
    },
}

#: Free-form documents (``paraphr15``), part two: Latvian, Estonian, Maltese.
FREE_B: dict[str, dict] = {
    "lv": {
        "title": "Nacionālā patvēruma un migrācijas pārvaldības stratēģija 2026.–2030. gadam – projekts apspriešanai",
        "chapters": [
            ("Cilvēki, tehnika un finansējums", [
                ("2.6", "Līdz 2028. gadam Pilsonības un migrācijas lietu pārvaldē un Valsts robežsardzē pieņemsim darbā 250 jaunus darbiniekus un uzbūvēsim vienu jaunu izmitināšanas centru."),
                ("2.6", "Informācijas sistēmas tiks savienotas ar Eurodac un ieceļošanas/izceļošanas sistēmu, un Patvēruma, migrācijas un integrācijas fonds papildinās valsts budžetu.")]),
            ("Robežas apsardze", [
                ("2.2.1", "Valsts robežsardze pieņems darbā 500 robežsargus, visā robežas posmā ar Baltkrieviju uzstādīs termokameras un piedalīsies Frontex kopīgajās operācijās."),
                ("2.2.1", "Katra persona, kas aizturēta pēc nelikumīgas robežas šķērsošanas, tiek reģistrēta, un tās pirkstu nospiedumi tiek noņemti 72 stundu laikā.")]),
            ("No kā mēs sākam", [
                ("1", "2025. gadā Latvijā starptautisko aizsardzību lūdza 1 800 personu, lielākā daļa pēc robežas šķērsošanas no Baltkrievijas."),
                ("1", "Latvija sargā 400 kilometrus Savienības ārējās sauszemes robežas, un Baltkrievija kopš 2021. gada izmanto migrantus kā spiediena līdzekli.")]),
            ("Gatavība krīzei un palīdzība partneriem", [
                ("2.4", "Ārkārtas rīcības plāns ļauj desmit dienu laikā izmitināt 8 000 cilvēku sporta hallēs un pašvaldību pagaidu telpās."),
                ("2.4", "Plāns nosaka, kas to iedarbina, ja trešā valsts instrumentalizē migrantus, un katru gadu to pārbauda mācībās kopā ar Valsts ugunsdzēsības un glābšanas dienestu."),
                ("2.1.3", "Solidaritātes mehānismā Latvija sniegs finansiālu ieguldījumu vai uzņems 150 personu gadā no dalībvalstīm, kuras ir pakļautas spiedienam."),
                ("2.1.3", "Kad cita dalībvalsts ir pārslogota, mēs nosūtām patvēruma ekspertus un reģistrācijas komandas.")]),
            ("Garantijas ikvienam patvēruma meklētājam", [
                ("2.3.2", "Katrs patvēruma meklētājs no pirmās dienas saņem bezmaksas juridisko palīdzību un tulku katrā intervijā."),
                ("2.3.2", "Nepilngadīgie bez pavadības 24 stundu laikā saņem aizbildni, un apmācīts personāls jau pirmajā kontaktā atpazīst spīdzināšanas un cilvēku tirdzniecības upurus.")]),
            ("Valoda un darbs", [
                ("2.3.4", "Personas ar starptautisko aizsardzību apmeklē 240 stundas bezmaksas latviešu valodas kursu un saņem Nodarbinātības valsts aģentūras atbalstu."),
                ("2.3.4", "Ārvalstu diplomi tiek atzīti trīs mēnešu laikā, un darba devēji, kas nodarbina bēgļus, saņem atbalstu apmācībai.")]),
            ("Mājoklis un skola", [
                ("2.3.4", "Pašvaldības palīdz atrast īres dzīvokli, un pirmo gadu daļu īres maksas sedz valsts programma."),
                ("2.3.4", "Bērni sāk mācības skolā mēneša laikā pēc ierašanās un saņem papildu latviešu valodas stundas.")]),
            ("Ātri un taisnīgi lēmumi", [
                ("2.3.1", "Pilsonības un migrācijas lietu pārvalde pirmajā instancē lemj sešu mēnešu laikā un pieņem darbā 20 jaunus lēmēju."),
                ("2.3.1", "Administratīvajā rajona tiesā būs specializēti tiesneši patvēruma lietās, un informācija par izcelsmes valstīm tiek atjaunota reizi ceturksnī.")]),
        ],
    },
    "et": {
        "title": "Varjupaiga- ja rändehalduse riiklik strateegia aastateks 2026–2030 – kooskõlastamiseks",
        "chapters": [
            ("Lähtekoht", [
                ("1", "2025. aastal taotles Eestis rahvusvahelist kaitset 900 inimest, enamik neist Tallinna lennujaamas ja idapiiril."),
                ("1", "Eesti valvab 300 kilomeetrit liidu välismaismaapiiri Venemaaga ja on andnud ajutise kaitse 40 000 inimesele Ukrainast.")]),
            ("Koostöö ja inimesed", [
                ("2.5", "Siseministeeriumi juhitav ministeeriumidevaheline töörühm koguneb kord kuus ning sinna kuuluvad ka välisministeerium ja sotsiaalministeerium."),
                ("2.5", "Omavalitsustel on töörühmas alaline koht, et sise- ja välismeetmed üksteist täiendaksid."),
                ("2.6", "2028. aastaks võtab Politsei- ja Piirivalveamet tööle 200 uut töötajat ning valmib üks uus majutuskeskus."),
                ("2.6", "Infosüsteemid ühendatakse Eurodaci ning riiki sisenemise ja riigist lahkumise süsteemiga, ja Varjupaiga-, Rände- ja Integratsioonifond täiendab riigieelarvet.")]),
            ("Piiri valvamine", [
                ("2.2.1", "Piirivalve võtab tööle 250 piirivalvurit, paigaldab kogu idapiirile soojuskaamerad ja osaleb Frontexi ühisoperatsioonides."),
                ("2.2.1", "Iga pärast ebaseaduslikku piiriületust kinni peetud isik registreeritakse ja tema sõrmejäljed võetakse 72 tunni jooksul.")]),
            ("Taotleja õigused", [
                ("2.3.2", "Iga taotleja saab esimesest päevast tasuta õigusabi ja tõlgi igal vestlusel."),
                ("2.3.2", "Saatjata alaealised saavad eestkostja 24 tunni jooksul ning koolitatud töötajad tunnevad piinamise ja inimkaubanduse ohvrid ära juba esimesel kokkupuutel.")]),
            ("Valmisolek kriisiks", [
                ("2.4", "Hädaolukorra plaan võimaldab kümne päeva jooksul majutada 5 000 inimest spordihoonetes ja omavalitsuste ajutistes ruumides."),
                ("2.4", "Plaan määrab, kes selle käivitab ja millal, ning arvestab olukorraga, kus naaberriik kasutab rändajaid survevahendina.")]),
            ("Õppused ja reservid", [
                ("2.4", "Igal aastal harjutatakse plaani koos Päästeametiga ning järeldused viiakse plaani kolme kuu jooksul."),
                ("2.4", "120 koolitatud töötajast koosnev reserv on 48 tunni jooksul kasutatav ning voodite ja tekkide varusid kontrollitakse igas kvartalis.")]),
            ("Majutus menetluse ajal", [
                ("2.3.3", "Vao ja Vägeva keskuses on kokku 600 kohta, kummaski arstikabinet ja lasteruum."),
                ("2.3.3", "Lastega pered elavad eraldi korterites, ja taotlejad saavad igakuist toetust isiklikeks kuludeks.")]),
            ("Partnerid väljaspool liitu", [
                ("2.1.1", "Kolme päritoluriigiga sõlmime rändepartnerlused: 500 hooajatöö luba aastas vastutasuks koostöö eest tagasivõtmisel."),
                ("2.1.1", "Põgenikke vastuvõtvatele riikidele anname 5 miljonit eurot arenguabi, ja piirivalve koolitab ametnikke kahes transiidiriigis.")]),
        ],
    },
    "mt": {
        "title": "Strateġija nazzjonali għall-ġestjoni tal-ażil u l-migrazzjoni 2026–2030 – abbozz għall-konsultazzjoni",
        "chapters": [
            ("Fejn qegħdin illum", [
                ("1", "Fl-2025 saru f'Malta 1 200 applikazzjoni għall-protezzjoni internazzjonali, il-biċċa l-kbira minn persuni li waslu bid-dgħajsa mil-Libja."),
                ("1", "Malta hija l-iżgħar Stat Membru u għandha fruntiera esterna marittima fin-nofs taċ-ċentru tal-Mediterran, fejn iż-żona tat-tfittxija u s-salvataġġ tagħha hija kbira ħafna.")]),
            ("Il-baħar, is-salvataġġ u r-ritorn", [
                ("2.2.1", "Il-Forzi Armati ta' Malta jżidu żewġ bastimenti tal-għassa, jissorveljaw il-baħar bl-ajruplani mingħajr bdot u jieħdu sehem fl-operazzjonijiet konġunti ta' Frontex."),
                ("2.2.1", "Kull persuna salvata fil-baħar titniżżel f'port sikur, tiġi rreġistrata u jittieħdulha l-marki tas-swaba' fi żmien 72 siegħa."),
                ("2.1.2", "Min m'għandux dritt jibqa' jirċievi pariri dwar ir-ritorn volontarju u għajnuna għar-riintegrazzjoni, u r-ritorni sfurzati jsiru minn unità speċjali tal-pulizija."),
                ("2.1.2", "It-trasferimenti lejn l-Istat Membru responsabbli jsiru fi żmien sitt xhur, u l-ispettorat tax-xogħol se jagħmel 300 spezzjoni oħra kontra x-xogħol illegali.")]),
            ("Il-garanziji ta' kull applikant", [
                ("2.3.2", "Kull applikant jirċievi għajnuna legali b'xejn u interpretu f'kull intervista mill-ewwel jum."),
                ("2.3.2", "Il-minorenni mhux akkumpanjati jingħataw gwardjan fi żmien 24 siegħa, u l-vittmi tat-tortura u tat-traffikar jiġu identifikati mill-ewwel kuntatt.")]),
            ("Lesti għal emerġenza", [
                ("2.4", "Il-pjan ta' kontinġenza jippermetti li fi żmien għaxart ijiem jiġu akkomodati 3 000 persuna f'swali tal-isport u f'tined temporanji."),
                ("2.4", "Il-pjan jiġi ttestjat kull sena f'eżerċizzju mad-Dipartiment tal-Protezzjoni Ċivili, u riżerva ta' 80 impjegat imħarreġ tista' tissejjaħ fi żmien 48 siegħa.")]),
            ("Iċ-ċentri tal-akkoljenza", [
                ("2.3.3", "Iċ-ċentri miftuħa se jkollhom 1 500 post, mhux aktar minn 300 f'kull ċentru, b'klinika u spazju għat-tfal."),
                ("2.3.3", "Il-familji bit-tfal jgħixu f'appartamenti separati b'kċina.")]),
            ("Is-saħħa u l-flus tal-applikanti", [
                ("2.3.3", "Kull applikant jgħaddi minn eżami mediku fl-ewwel ġimgħa, u l-persuni vulnerabbli jiġu segwiti minn ħaddiem soċjali."),
                ("2.3.3", "L-applikanti jirċievu allowance ta' kull xahar għall-ispejjeż personali, u l-kundizzjonijiet jiġu mmonitorjati kull tliet xhur.")]),
            ("Ħajja ġdida fil-komunità", [
                ("2.3.4", "Il-benefiċjarji tal-protezzjoni jattendu 200 siegħa ta' lezzjonijiet b'xejn tal-Malti u tal-Ingliż u jirċievu għajnuna minn Jobsplus biex isibu xogħol."),
                ("2.3.4", "It-tfal jibdew l-iskola fi żmien xahar minn meta jaslu, u l-kunsilli lokali jgħinu biex jinstab appartament għall-kiri.")]),
            ("Solidarjetà bejn l-Istati Membri", [
                ("2.1.3", "Malta se titlob rilokazzjonijiet permezz tal-mekkaniżmu ta' solidarjetà meta l-wasliet bil-baħar ikunu għoljin."),
                ("2.1.3", "Meta Stat Membru ieħor ikun taħt pressjoni, nibagħtu esperti tal-ażil u tim għar-reġistrazzjoni.")]),
        ],
    },
}

#: Mixed documents (``mixed15``): numbered sections ((section, reproduced question or None, [answers])), then own
#: chapters as above.
MIXED: dict[str, dict] = {
    "hr": {
        "title": "Nacionalna strategija upravljanja azilom i migracijama 2026.–2030. – nacrt za savjetovanje",
        "numbered": [
            ("2.2.2", None, [
                "Granični postupak provodi se u prihvatnom centru kod Tovarnika i završava u najviše dvanaest tjedana, a svaki tražitelj prvog dana razgovara s odvjetnikom.",
                "Upravni sudovi određuju stalne dane za ročišta u graničnim predmetima, kako bi se tužbe riješile u četiri tjedna."]),
            ("2.6", "2.6.a", [
                "Do 2028. Ministarstvo unutarnjih poslova zaposlit će 400 novih službenika i izgraditi dva nova prihvatilišta.",
                "Informacijski sustavi povezat će se s Eurodacom i sustavom ulaska/izlaska, a Fond za azil, migracije i integraciju dopunit će državni proračun."]),
        ],
        "own": [
            ("Prava i jamstva tražitelja", [
                ("2.3.2", "Svaki tražitelj od prvog dana ima pravo na besplatnu pravnu pomoć i tumača na svakom razgovoru."),
                ("2.3.2", "Djeca bez pratnje dobivaju posebnog skrbnika u 24 sata, a osposobljeno osoblje već pri prvom kontaktu prepoznaje žrtve mučenja i trgovanja ljudima.")]),
            ("Kad dođe mnogo ljudi odjednom", [
                ("2.4", "Plan za izvanredne situacije omogućuje da se u deset dana smjesti 12 000 ljudi u sportskim dvoranama i privremenim objektima županija."),
                ("2.4", "Plan se svake godine uvježbava s Ravnateljstvom civilne zaštite, a pričuva od 150 osposobljenih djelatnika može se pozvati u 48 sati.")]),
            ("Partneri i povratak", [
                ("2.1.1", "S tri zemlje podrijetla sklapamo partnerstva za mobilnost: 2 000 dozvola za sezonski rad godišnje u zamjenu za suradnju pri ponovnom prihvatu."),
                ("2.1.1", "Granična policija osposobljava službenike u dvjema zemljama tranzita na Zapadnom Balkanu."),
                ("2.1.2", "Tko nema pravo ostati, dobiva savjetovanje za dobrovoljni povratak i pomoć pri reintegraciji, a prisilne povratke provodi posebna jedinica policije."),
                ("2.1.2", "Transferi u odgovornu državu članicu obavljaju se u šest mjeseci, a inspekcija rada obavit će 500 nadzora više nad nezakonitim zapošljavanjem.")]),
            ("Polazište", [
                ("1", "U 2025. u Hrvatskoj je zatraženo 9 000 zahtjeva za međunarodnu zaštitu, gotovo sve nakon ulaska s Bosnom i Hercegovinom i Srbijom."),
                ("1", "Hrvatska čuva 1 350 kilometara vanjske kopnene granice Unije, a većina tražitelja napusti zemlju prije kraja postupka.")]),
        ],
    },
    "bg": {
        "title": "Национална стратегия за управление на убежището и миграцията 2026–2030 г. – проект за обществено обсъждане",
        "numbered": [
            ("2.1.2", None, [
                "Прехвърлянията към отговорната държава членка се извършват в срок от шест месеца от специално звено на Гранична полиция.",
                "Който няма право да остане, получава консултация за доброволно връщане и помощ за реинтеграция, а инспекцията по труда ще извършва 600 проверки повече годишно срещу незаконната заетост."]),
            ("2.3.4", None, [
                "Лицата с предоставена закрила посещават 300 часа безплатен курс по български език и получават помощ от бюрата по труда.",
                "Общините помагат за намиране на жилище под наем, а децата тръгват на училище до един месец след пристигането си."]),
        ],
        "own": [
            ("Откъде тръгваме", [
                ("1", "През 2025 г. в България са подадени 14 000 молби за международна закрила, повечето след преминаване на границата с Турция."),
                ("1", "България охранява 260 километра външна сухопътна граница на Съюза и се намира на основния маршрут от Близкия изток към Западна Европа.")]),
            ("Охраната на границата", [
                ("2.2.1", "Гранична полиция ще назначи 700 служители, ще разшири системата от термовизионни камери по цялата граница с Турция и ще участва в съвместните операции на Фронтекс."),
                ("2.2.1", "Всяко лице, задържано след незаконно преминаване, се регистрира, а пръстовите му отпечатъци се снемат в рамките на 72 часа.")]),
            ("Гаранции за всеки кандидат", [
                ("2.3.2", "Всеки кандидат получава безплатна правна помощ от първия ден и преводач на всяко интервю."),
                ("2.3.2", "Непридружените деца получават представител в рамките на 24 часа, а обученият персонал разпознава жертвите на изтезания и трафик още при първия контакт.")]),
            ("Готовност за кризи", [
                ("2.4", "Планът за извънредни ситуации позволява за десет дни да бъдат настанени 20 000 души в спортни зали и временни обекти на областите."),
                ("2.4", "Планът определя кой го задейства и се проверява всяка година в учение с Главна дирекция „Пожарна безопасност и защита на населението“.")]),
            ("Подслон по време на процедурата", [
                ("2.3.3", "Регистрационно-приемателните центрове ще разполагат с 5 000 места, с лекарски кабинет и стая за децата във всеки център."),
                ("2.3.3", "Семействата с деца живеят в отделни помещения, а кандидатите получават месечна помощ за лични разходи.")]),
        ],
    },
    "hu": {
        "title": "Nemzeti menekültügyi és migrációkezelési stratégia 2026–2030 – társadalmi egyeztetésre",
        "numbered": [
            ("2.3.3", "2.3.3.a", [
                "A befogadó állomásokon 3 000 férőhely lesz, állomásonként legfeljebb 250, orvosi rendelővel és gyermeksarokkal.",
                "A gyermekes családok külön lakóegységekben élnek, a kérelmezők pedig havi költőpénzt kapnak személyes kiadásaikra."]),
            ("2.6", None, [
                "2028-ig az Országos Idegenrendészeti Főigazgatóság és a rendőrség 600 új munkatársat vesz fel, és két új befogadó állomás épül.",
                "Az informatikai rendszereket összekapcsoljuk az Eurodaccal és a határregisztrációs rendszerrel, a Menekültügyi, Migrációs és Integrációs Alap pedig kiegészíti a költségvetést."]),
        ],
        "own": [
            ("Őrizet a határon és az első lépések", [
                ("2.2.1", "A rendőrség 800 határvadászt állít szolgálatba, a déli határszakaszon hőkamerákat telepít, és részt vesz a Frontex közös műveleteiben."),
                ("2.2.1", "A vízumkiadás előtt biztonsági ellenőrzést végzünk, és a szomszédos országokkal hetente közös járőrözés folyik."),
                ("2.2.2", "Az engedély nélkül érkezők átvilágításon esnek át, és a határeljárás legfeljebb tizenkét hét alatt lezárul."),
                ("2.2.2", "Független mechanizmus figyeli az alapvető jogok tiszteletben tartását az átvilágítás során, és a gyermekes családok mentesülnek a határeljárás alól.")]),
            ("Jogok és biztosítékok", [
                ("2.3.2", "Minden kérelmező az első naptól ingyenes jogi segítséget és tolmácsot kap minden meghallgatáson."),
                ("2.3.2", "A kísérő nélküli kiskorúak 24 órán belül gyámot kapnak, és a képzett személyzet már az első találkozáskor felismeri a kínzás és az emberkereskedelem áldozatait.")]),
            ("Ha egyszerre sokan érkeznek", [
                ("2.4", "A vészhelyzeti terv lehetővé teszi, hogy tíz napon belül 15 000 embert helyezzünk el sportcsarnokokban és a vármegyék ideiglenes épületeiben."),
                ("2.4", "A terv rögzíti, ki indítja el, számol azzal, ha egy harmadik ország nyomásgyakorlásra használja a migránsokat, és minden évben gyakorlaton próbáljuk ki.")]),
            ("Szolidaritás az Unióban", [
                ("2.1.3", "A szolidaritási mechanizmusban Magyarország pénzügyi hozzájárulást vagy operatív támogatást nyújt a nyomás alatt álló tagállamoknak."),
                ("2.1.3", "Ha egy másik tagállam túlterhelt, menekültügyi szakértőket és nyilvántartási csoportokat küldünk.")]),
        ],
    },
    "pt": {
        "title": "Estratégia nacional de gestão do asilo e da migração 2026–2030 – versão para consulta pública",
        "numbered": [
            ("2.2.2", "2.2.2.a", [
                "No aeroporto de Lisboa o procedimento de fronteira termina em doze semanas, e cada requerente fala com um advogado logo no primeiro dia.",
                "Os tribunais administrativos fixam dias de audiência para os processos de fronteira, para que os recursos sejam decididos em quatro semanas."]),
            ("2.3.4", None, [
                "Os beneficiários de proteção frequentam 300 horas de aulas gratuitas de português e recebem apoio do instituto de emprego.",
                "As câmaras municipais ajudam a encontrar casa para arrendar e as crianças entram na escola no mês seguinte à chegada."]),
        ],
        "own": [
            ("Ponto de partida", [
                ("1", "Em 2025 foram apresentados em Portugal 3 000 pedidos de proteção internacional, sobretudo no aeroporto de Lisboa."),
                ("1", "Portugal tem fronteiras externas marítimas no Atlântico e recebe cada vez mais pessoas chegadas por via aérea com vistos de curta duração.")]),
            ("Decidir depressa e bem", [
                ("2.3.1", "A autoridade competente decide em primeira instância em seis meses e contrata 40 novos instrutores."),
                ("2.3.1", "Os tribunais administrativos terão juízes especializados em asilo, e a informação sobre os países de origem é atualizada todos os trimestres.")]),
            ("Direitos de quem pede proteção", [
                ("2.3.2", "Cada requerente tem apoio jurídico gratuito desde o primeiro dia e um intérprete em cada entrevista."),
                ("2.3.2", "Os menores não acompanhados recebem um representante em 24 horas, e as vítimas de tortura e de tráfico são identificadas no primeiro contacto.")]),
            ("Preparados para o imprevisto", [
                ("2.4", "O plano de contingência permite alojar 5 000 pessoas em duas semanas em pavilhões desportivos e instalações temporárias dos municípios."),
                ("2.4", "O plano define os limiares de ativação e quem o ativa.")]),
            ("Exercícios e reservas", [
                ("2.4", "Todos os anos o plano é testado num exercício com a Proteção Civil, e as conclusões entram no plano em três meses."),
                ("2.4", "Uma reserva de 80 funcionários formados pode ser mobilizada em 48 horas, e os stocks de camas e cobertores são verificados todos os trimestres.")]),
            ("Parceiros fora da Europa", [
                ("2.1.1", "Com três países de origem celebramos parcerias de mobilidade: 1 500 autorizações de trabalho sazonal por ano em troca de cooperação na readmissão."),
                ("2.1.1", "Os países que acolhem refugiados perto de casa recebem 10 milhões de euros de ajuda ao desenvolvimento.")]),
        ],
    },
}

#: The Annex headings and template questions of the numbered parts (our own translations, segment_docs_text*.py).
BASE = {"hr": TEXT_EU["hr"], "bg": TEXT_SEG3["bg"], "hu": TEXT_FIHU["hu"], "pt": TEXT_MORE["pt"]}


def mixed15(d: Doc, lang: str) -> None:
    """Numbered Annex sections first (heading, optional question, two answers), then the own chapters."""
    spec, base = MIXED[lang], BASE[lang]
    d.add("front_matter", None, spec["title"])
    for sec, q, answers in spec["numbered"]:
        d.add("section_heading", sec, f"{sec}. {base['heading'][sec]}")
        if q:
            d.question(base, q)
        for text in answers:
            d.add("answer", sec, text)
    for title, paragraphs in spec["own"]:
        d.add("answer_heading", paragraphs[0][0], title)
        for sec, text in paragraphs:
            d.add("answer", sec, text)


def build() -> list[Path]:
    """Write every document (held out, unseen); returns the gold paths written."""
    written = []
    for lang, t in {**FREE_A, **FREE_B}.items():
        d = Doc(f"seg-{lang}-paraphr15", lang)
        chapter_list(d, t)
        written.append(write_doc(d, "paraphr15", held=True))
    for lang in MIXED:
        d = Doc(f"seg-{lang}-mixed15", lang)
        mixed15(d, lang)
        written.append(write_doc(d, "mixed15", held=True))
    return written


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
