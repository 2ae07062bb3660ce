"""The other shapes of issue 14's "Done when", in four languages rarely used here (para12 audit): ``*14`` documents.

Usage: ``python scripts/make_segment_shapes14.py`` (from the repository root). Greek, Latvian,
Estonian and Maltese, each in six shapes, with the Annex's headings, guidance and questions in
a translation of our own (no template pack has these languages; the wording is not the official
one) and invented answers (no agency, law or figure is real):

- ``chapter14``: a single chapter sent for consultation: the numbered 2.6 heading, its guidance paragraph and three
  questions (2.6.a, 2.6.b, 2.6.c), each followed by an answer paragraph;
- ``excerpt14``: a three-section excerpt: 2.2.2, 2.3.3 and 2.4 with their numbered headings, two questions each
  (2.2.2.a/b, 2.3.3.a/b, 2.4.d/f) and two answer paragraphs;
- ``heads14``: three numbered Annex headings only (2.1.2, 2.3.3, 2.4), one question (2.3.3.a);
- ``mixed14``: two numbered Annex sections (2.2.2 with question 2.2.2.a, 2.3.3) followed by a free part of three own
  unnumbered chapters (return 2.1.2, living and working 2.3.4, mass arrivals 2.4);
- ``roman14``: the Annex's chapters renumbered "I.", "II.", "III." (2.2, 2.3, 2.6) with lettered sub-sections "A.",
  "B." (2.2.2; 2.3.3, 2.3.4), question 2.3.3.b under 2.3.3;
- ``toc14``: a table of contents (Greek and Maltese with page numbers, Greek with dot leaders) before the numbered
  headings 2.2.2, 2.3.4, 2.4 (question 2.4.d) and 2.6.

Written by the para12 audit before any measurement, never tuned on (unseen: other helpers must not look at it); all to
``tests/data/segment_heldout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, build_set  # noqa: E402

SHAPES14: dict[str, dict] = {
    "el": {
        "title": "Εθνική στρατηγική διαχείρισης ασύλου και μετανάστευσης 2026–2030 – απόσπασμα για δημόσια διαβούλευση",
        "toc": "Περιεχόμενα",
        "toc_pages": True, "toc_dots": True,
        "parent": {"2.2": "Αποτελεσματική διαχείριση των εξωτερικών συνόρων της ΕΕ",
                   "2.3": "Ένα δίκαιο σύστημα ασύλου και ένταξης"},
        "heading": {
            "2.1.2": "Εσωτερική διάσταση",
            "2.2.2": "Αποτελεσματική πρόσβαση στη διεθνή προστασία στα εξωτερικά σύνορα",
            "2.3.3": "Ένα ισχυρό σύστημα υποδοχής",
            "2.3.4": "Προϋποθέσεις για επιτυχή και έγκαιρη ένταξη",
            "2.4": "Ετοιμότητα και σχεδιασμός έκτακτης ανάγκης",
            "2.6": "Επαρκής ικανότητα και δυνατότητες για την εφαρμογή της εθνικής στρατηγικής",
        },
        "q": {
            "2.2.2.a": "Πώς μπορεί να διασφαλιστεί καλύτερα η ταχεία και αποτελεσματική πρόσβαση σε δίκαιη και αποτελεσματική διαδικασία διεθνούς προστασίας στα εξωτερικά σύνορα, στις ζώνες διέλευσης και στα χωρικά ύδατα της ΕΕ;",
            "2.2.2.b": "Πώς μπορεί να διασφαλιστεί η συνεχής και αποτελεσματική εφαρμογή της διαδικασίας στα σύνορα, σύμφωνα με τους κανονισμούς (ΕΕ) 2024/1348 και 2024/1349, με προστασία του δικαιώματος ασύλου και εξορθολογισμό των διαδικασιών ασύλου και επιστροφής μετά την απόρριψη, συμπεριλαμβανομένου του δικαστικού σταδίου;",
            "2.3.3.a": "Η στρατηγική σας προσέγγιση ώστε το σύστημα υποδοχής να παρέχει στους αιτούντες πρόσβαση σε επαρκείς συνθήκες υποδοχής σύμφωνα με την οδηγία (ΕΕ) 2024/1346 του Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου.",
            "2.3.3.b": "Άλλα μέτρα που μπορούν να διευκολύνουν τους στρατηγικούς σας στόχους στον τομέα αυτό, όπως μέτρα για βιώσιμο, ανθεκτικό και επαρκές σύστημα υποδοχής, παρακολούθηση των συνθηκών υποδοχής, περιορισμό των καταχρήσεων του συστήματος υποδοχής και κάλυψη των αναγκών των ασυνόδευτων ανηλίκων και των ευάλωτων προσώπων.",
            "2.4.d": "Πώς διασφαλίζεται η ετοιμότητα και η αντίδραση σε καταστάσεις μαζικών αφίξεων υπηκόων τρίτων χωρών ή απάτριδων από ξηρά, αέρα ή θάλασσα, συμπεριλαμβανομένων των προσώπων που αποβιβάζονται μετά από επιχειρήσεις έρευνας και διάσωσης, με προστασία των θεμελιωδών δικαιωμάτων;",
            "2.4.f": "Πώς διασφαλίζεται η ετοιμότητα και η αντίδραση σε καταστάσεις ανωτέρας βίας, με προστασία των δικαιωμάτων των αιτούντων και των δικαιούχων διεθνούς προστασίας;",
            "2.6.a": "Πώς μπορεί να διασφαλιστεί καλύτερα η διαθεσιμότητα των αναγκαίων ανθρώπινων, υλικών και οικονομικών πόρων και υποδομών για την αποτελεσματική εφαρμογή της παρούσας στρατηγικής, δεδομένου ότι εφαρμόζεται σε περίοδο πέντε ετών;",
            "2.6.b": "Πώς διασφαλίζονται σύγχρονα ψηφιακά εργαλεία διαχείρισης δεδομένων και επικοινωνίας, συμπεριλαμβανομένων των συστημάτων ΤΠ μεγάλης κλίμακας της ΕΕ που διαχειρίζεται ο eu-LISA;",
            "2.6.c": "Πώς χρησιμοποιούνται, ή θα μπορούσαν να χρησιμοποιηθούν, τα εργαλεία επιχειρησιακής στήριξης που έχουν θεσπιστεί σε επίπεδο Ένωσης, όπως αυτά του Οργανισμού της Ευρωπαϊκής Ένωσης για το Άσυλο και του Frontex ή η μόνιμη εργαλειοθήκη της ΕΕ για τη στήριξη της μετανάστευσης, για ένα αποτελεσματικό σύστημα διαχείρισης ασύλου και μετανάστευσης;",
        },
        "instr": {"2.6": "Λαμβάνοντας υπόψη τις τρέχουσες και μελλοντικές προκλήσεις και ανάγκες που έχουν εντοπιστεί, περιγράψτε τους στρατηγικούς στόχους πολιτικής σας για τη διασφάλιση επαρκών ανθρώπινων πόρων, καθώς και υλικής και οικονομικής ικανότητας, για την εφαρμογή των διαφόρων σκελών της στρατηγικής."},
        "own": {"2.1.2": "Όσοι δεν έχουν δικαίωμα παραμονής", "2.3.4": "Ζωή και εργασία στον δήμο", "2.4": "Όταν φτάνουν πολλοί μαζί"},
        "ans": {
            "2.1.2": ["Η Υπηρεσία Επιστροφών διεξάγει υποχρεωτική συνέντευξη επιστροφής εντός τριών εβδομάδων από την απορριπτική απόφαση, και όποιος δεν αναχωρεί οικειοθελώς παρακολουθείται από κοινό κλιμάκιο αστυνομίας και υπηρεσίας αλλοδαπών.",
                      "Ο προϋπολογισμός για την υποβοηθούμενη οικειοθελή επιστροφή αυξάνεται σε 7 εκατ. ευρώ ετησίως, και οι μεταφορές Δουβλίνου εκτελούνται εντός έξι μηνών."],
            "2.2.2": ["Στα κέντρα υποδοχής και ταυτοποίησης της Λέρου και του Φυλακίου η διαδικασία στα σύνορα ολοκληρώνεται σε δώδεκα εβδομάδες, και κάθε αιτών συναντά δικηγόρο ήδη την πρώτη ημέρα.",
                      "Τα διοικητικά δικαστήρια ορίζουν σταθερές ημέρες ακρόασης για τις υποθέσεις των συνόρων, ώστε οι προσφυγές να κρίνονται σε τέσσερις εβδομάδες."],
            "2.3.3": ["Ο αριθμός των θέσεων υποδοχής αυξάνεται σε 12 000 έως το 2028, σε δομές με το πολύ 300 θέσεις, και ένα αποθεματικό 1 000 θέσεων απορροφά τις αιχμές.",
                      "Οι ασυνόδευτοι ανήλικοι ζουν σε μικρές δομές φιλοξενίας με μόνιμο επόπτη, και η υγεία των ευάλωτων ατόμων αξιολογείται εντός δύο ημερών από την άφιξη."],
            "2.3.4": ["Οι δικαιούχοι προστασίας παρακολουθούν 250 ώρες δωρεάν μαθημάτων ελληνικών και λαμβάνουν βοήθεια από τη δημόσια υπηρεσία απασχόλησης για την εύρεση εργασίας.",
                      "Οι δήμοι προσφέρουν επιδότηση ενοικίου για τον πρώτο χρόνο, και τα παιδιά εγγράφονται στο σχολείο εντός ενός μήνα."],
            "2.4": ["Το σχέδιο έκτακτης ανάγκης επιτρέπει τη στέγαση 30 000 ατόμων μέσα σε δύο εβδομάδες σε αθλητικές εγκαταστάσεις και προσωρινές δομές των περιφερειών.",
                    "Το σχέδιο δοκιμάζεται κάθε χρόνο σε άσκηση με την Πολιτική Προστασία, και ένα απόθεμα 200 εκπαιδευμένων υπαλλήλων μπορεί να κινητοποιηθεί σε 48 ώρες."],
            "2.6": ["Οι αρμόδιες υπηρεσίες λαμβάνουν έως το 2030 επιπλέον 20 εκατ. ευρώ ετησίως και προσλαμβάνουν 250 υπαλλήλους, εκ των οποίων 80 χειριστές υποθέσεων.",
                    "Ένα νέο σύστημα διαχείρισης υποθέσεων συνδέει τα δεδομένα υποδοχής, διαδικασίας και επιστροφής και συνδέεται με το Eurodac και το Σύστημα Πληροφοριών Σένγκεν το 2027.",
                    "Ζητούμε την υποστήριξη του Οργανισμού της ΕΕ για το Άσυλο για την εκπαίδευση των χειριστών, και ομάδες του Frontex συνδράμουν στις επιχειρήσεις επιστροφής."],
        },
    },
    "lv": {
        "title": "Valsts patvēruma un migrācijas pārvaldības stratēģija 2026–2030 – daļa saskaņošanai ar ministrijām",
        "toc": "Saturs",
        "toc_pages": False, "toc_dots": False,
        "parent": {"2.2": "Efektīva ES ārējo robežu pārvaldība", "2.3": "Taisnīga patvēruma un integrācijas sistēma"},
        "heading": {
            "2.1.2": "Iekšējā dimensija",
            "2.2.2": "Efektīva piekļuve starptautiskajai aizsardzībai pie ārējām robežām",
            "2.3.3": "Noturīga uzņemšanas sistēma",
            "2.3.4": "Priekšnoteikumi sekmīgai un agrīnai integrācijai",
            "2.4": "Gatavība un ārkārtas situāciju plānošana",
            "2.6": "Pietiekama kapacitāte un spējas valsts stratēģijas īstenošanai",
        },
        "q": {
            "2.2.2.a": "Kā vislabāk nodrošināt ātru un efektīvu piekļuvi taisnīgai un efektīvai starptautiskās aizsardzības procedūrai pie ārējām robežām, tranzīta zonās un ES teritoriālajos ūdeņos?",
            "2.2.2.b": "Kā nodrošināt robežprocedūras nepārtrauktu un efektīvu piemērošanu saskaņā ar Regulām (ES) 2024/1348 un 2024/1349, aizsargājot tiesības uz patvērumu un racionalizējot patvēruma un atgriešanas procedūras pēc atteikuma, tostarp tiesas posmā?",
            "2.3.3.a": "Jūsu stratēģiskā pieeja, lai uzņemšanas sistēma nodrošinātu pieteikuma iesniedzējiem piekļuvi pienācīgiem uzņemšanas apstākļiem saskaņā ar Eiropas Parlamenta un Padomes Direktīvu (ES) 2024/1346.",
            "2.3.3.b": "Citi pasākumi, kas var sekmēt jūsu stratēģiskos mērķus šajā jomā, piemēram, pasākumi ilgtspējīgai, noturīgai un atbilstīgai uzņemšanas sistēmai, uzņemšanas apstākļu uzraudzībai, uzņemšanas sistēmas ļaunprātīgas izmantošanas ierobežošanai un nepavadītu nepilngadīgo un neaizsargātu personu vajadzību apmierināšanai.",
            "2.4.d": "Kā nodrošināt gatavību un reaģēšanu uz trešo valstu valstspiederīgo vai bezvalstnieku masveida ierašanos pa sauszemi, gaisu vai jūru, tostarp personu, kas izsēdinātas krastā pēc meklēšanas un glābšanas operācijām, vienlaikus aizsargājot pamattiesības?",
            "2.4.f": "Kā nodrošināt gatavību un reaģēšanu nepārvaramas varas situācijās, vienlaikus aizsargājot pieteikuma iesniedzēju un starptautiskās aizsardzības saņēmēju tiesības?",
            "2.6.a": "Kā vislabāk nodrošināt, ka ir pieejami cilvēkresursi, materiālie un finanšu resursi un infrastruktūra, kas vajadzīgi šīs stratēģijas efektīvai īstenošanai, ņemot vērā, ka tā tiek īstenota piecu gadu laikposmā?",
            "2.6.b": "Kā nodrošināt modernus digitālos datu pārvaldības un saziņas rīkus, tostarp eu-LISA pārvaldītās ES lielapjoma IT sistēmas?",
            "2.6.c": "Kā tiek vai varētu tikt izmantoti Savienības līmenī izveidotie operatīvā atbalsta rīki, piemēram, Eiropas Savienības Patvēruma aģentūras un Frontex rīki vai pastāvīgais ES migrācijas atbalsta rīkkopums, lai nodrošinātu efektīvu patvēruma un migrācijas pārvaldības sistēmu?",
        },
        "instr": {"2.6": "Ņemot vērā apzinātās pašreizējās un turpmākās problēmas un vajadzības, aprakstiet savus stratēģiskos politikas mērķus, lai nodrošinātu pietiekamus cilvēkresursus, kā arī materiālās un finanšu spējas stratēģijas dažādo komponentu īstenošanai."},
        "own": {"2.1.2": "Tie, kam jāaizbrauc", "2.3.4": "Dzīve un darbs pašvaldībā", "2.4": "Kad ierodas daudzi uzreiz"},
        "ans": {
            "2.1.2": ["Atgriešanas nodaļa trīs nedēļu laikā pēc atteikuma lēmuma rīko obligātas pārrunas par atgriešanos, un tos, kas neizbrauc brīvprātīgi, uzrauga kopīga policijas un migrācijas dienesta grupa.",
                      "Budžets brīvprātīgas atgriešanās atbalstam pieaug līdz 2 miljoniem eiro gadā, un Dublinas pārsūtīšanas notiek sešu mēnešu laikā."],
            "2.2.2": ["Robežkontroles punktos Silenē un Terehovā robežprocedūra noslēdzas divpadsmit nedēļās, un katrs pieteikuma iesniedzējs jau pirmajā dienā tiekas ar juristu.",
                      "Administratīvā rajona tiesa nosaka pastāvīgas sēžu dienas robežas lietām, lai pārsūdzības izskatītu četrās nedēļās."],
            "2.3.3": ["Uzņemšanas vietu skaits līdz 2028. gadam pieaug līdz 1 200 centros ar ne vairāk kā 200 vietām, un 300 vietu rezerve uzņem ierašanās maksimumus.",
                      "Bērni bez pavadības dzīvo atsevišķos dzīvokļos kopā ar sociālo darbinieku, un ārsts apskata katru ieradušos personu 48 stundu laikā."],
            "2.3.4": ["Starptautiskās aizsardzības saņēmēji apgūst 250 stundu bezmaksas latviešu valodas kursu un saņem Nodarbinātības valsts aģentūras palīdzību darba meklēšanā.",
                      "Pašvaldības pirmo gadu sedz daļu īres maksas, un bērni sāk mācības skolā mēneša laikā."],
            "2.4": ["Ārkārtas rīcības plāns ļauj divu nedēļu laikā izmitināt 8 000 cilvēku sporta hallēs un pašvaldību pagaidu mītnēs.",
                    "Plānu katru gadu pārbauda mācībās kopā ar Valsts ugunsdzēsības un glābšanas dienestu, un 100 apmācītu darbinieku rezervi var izsaukt 48 stundās."],
            "2.6": ["Atbildīgās iestādes līdz 2030. gadam saņem papildu 6 miljonus eiro gadā un pieņem darbā 90 darbiniekus, no tiem 30 lietu izskatītājus.",
                    "Jauna lietu vadības sistēma apvieno uzņemšanas, procedūras un atgriešanas datus un 2027. gadā tiek savienota ar Eurodac un Šengenas informācijas sistēmu.",
                    "Mēs lūdzam ES Patvēruma aģentūras atbalstu lietu izskatītāju apmācībai, un Frontex komandas palīdz atgriešanas operācijās."],
        },
    },
    "et": {
        "title": "Riiklik varjupaiga- ja rändehalduse strateegia 2026–2030 – väljavõte avalikuks konsultatsiooniks",
        "toc": "Sisukord",
        "toc_pages": False, "toc_dots": False,
        "parent": {"2.2": "ELi välispiiride tõhus haldamine", "2.3": "Õiglane varjupaiga- ja lõimumissüsteem"},
        "heading": {
            "2.1.2": "Sisemõõde",
            "2.2.2": "Tõhus juurdepääs rahvusvahelisele kaitsele välispiiridel",
            "2.3.3": "Tugev vastuvõtusüsteem",
            "2.3.4": "Eeldused edukaks ja varajaseks lõimumiseks",
            "2.4": "Valmisolek ja hädaolukordade planeerimine",
            "2.6": "Piisav suutlikkus ja võimekus riikliku strateegia elluviimiseks",
        },
        "q": {
            "2.2.2.a": "Kuidas kõige paremini tagada kiire ja tõhus juurdepääs õiglasele ja tõhusale rahvusvahelise kaitse menetlusele ELi välispiiridel, transiiditsoonides ja territoriaalvetes?",
            "2.2.2.b": "Kuidas tagada piirimenetluse pidev ja tõhus kohaldamine kooskõlas määrustega (EL) 2024/1348 ja 2024/1349, kaitstes õigust varjupaigale ning ühtlustades varjupaiga- ja tagasisaatmismenetlusi pärast taotluse rahuldamata jätmist, sealhulgas kohtumenetluse etapis?",
            "2.3.3.a": "Teie strateegiline lähenemisviis, et vastuvõtusüsteem tagaks taotlejatele juurdepääsu piisavatele vastuvõtutingimustele kooskõlas Euroopa Parlamendi ja nõukogu direktiiviga (EL) 2024/1346.",
            "2.3.3.b": "Muud meetmed, mis võivad aidata saavutada teie strateegilisi eesmärke selles valdkonnas, näiteks meetmed kestliku, vastupidava ja piisava vastuvõtusüsteemi jaoks, vastuvõtutingimuste järelevalve, vastuvõtusüsteemi kuritarvitamise piiramine ning saatjata alaealiste ja haavatavate isikute vajaduste rahuldamine.",
            "2.4.d": "Kuidas tagada valmisolek ja reageerimine kolmandate riikide kodanike või kodakondsuseta isikute massilisele saabumisele maa, õhu või mere kaudu, sealhulgas otsingu- ja päästeoperatsioonide järel maale toodud isikute puhul, kaitstes samal ajal põhiõigusi?",
            "2.4.f": "Kuidas tagada valmisolek ja reageerimine vääramatu jõu olukordades, kaitstes samal ajal taotlejate ja rahvusvahelise kaitse saajate õigusi?",
            "2.6.a": "Kuidas kõige paremini tagada käesoleva strateegia tõhusaks elluviimiseks vajalike inim-, materiaal- ja finantsressursside ning taristu olemasolu, arvestades, et strateegiat rakendatakse viie aasta jooksul?",
            "2.6.b": "Kuidas tagada kaasaegsed digitaalsed andmehaldus- ja sidevahendid, sealhulgas eu-LISA hallatavad ELi suuremahulised IT-süsteemid?",
            "2.6.c": "Kuidas kasutatakse või võiks kasutada liidu tasandil loodud operatiivtoe vahendeid, näiteks Euroopa Liidu Varjupaigaameti ja Frontexi vahendeid või ELi alalist rände toetamise töövahendite kogumit, et tagada tõhus varjupaiga- ja rändehalduse süsteem?",
        },
        "instr": {"2.6": "Võttes arvesse kindlaks tehtud praeguseid ja tulevasi probleeme ja vajadusi, kirjeldage oma strateegilisi poliitikaeesmärke, et tagada strateegia eri osade elluviimiseks piisavad inimressursid ning materiaalne ja rahaline suutlikkus."},
        "own": {"2.1.2": "Need, kes peavad lahkuma", "2.3.4": "Elu ja töö omavalitsuses", "2.4": "Kui korraga saabub palju inimesi"},
        "ans": {
            "2.1.2": ["Tagasisaatmise talitus korraldab kolme nädala jooksul pärast eitavat otsust kohustusliku vestluse tagasipöördumise kohta, ja neid, kes vabatahtlikult ei lahku, jälgib politsei ja migratsiooniameti ühine meeskond.",
                      "Vabatahtliku tagasipöördumise toetuse eelarve kasvab 1,5 miljoni euroni aastas, ja Dublini üleandmised viiakse läbi kuue kuu jooksul."],
            "2.2.2": ["Narva ja Luhamaa piiripunktides lõpeb piirimenetlus kaheteistkümne nädalaga, ja iga taotleja kohtub juristiga juba esimesel päeval.",
                      "Halduskohus määrab piiriasjadele kindlad istungipäevad, et kaebused lahendataks nelja nädalaga."],
            "2.3.3": ["Vastuvõtukohtade arv kasvab 2028. aastaks 1 500-ni keskustes, kus on kuni 200 kohta, ja 300 kohaga reserv võtab vastu saabumiste tipud.",
                      "Saatjata lapsed elavad eraldi korterites koos sotsiaaltöötajaga, ja arst vaatab iga saabunu läbi 48 tunni jooksul."],
            "2.3.4": ["Rahvusvahelise kaitse saajad läbivad 250-tunnise tasuta eesti keele kursuse ja saavad töötukassalt abi töö leidmisel.",
                      "Omavalitsused katavad esimesel aastal osa üürist, ja lapsed alustavad kooliteed kuu aja jooksul."],
            "2.4": ["Hädaolukorra plaan võimaldab kahe nädala jooksul majutada 10 000 inimest spordihallides ja omavalitsuste ajutistes majutuskohtades.",
                    "Plaani harjutatakse igal aastal koos Päästeametiga, ja 120 koolitatud töötaja reservi saab kutsuda 48 tunniga."],
            "2.6": ["Vastutavad asutused saavad 2030. aastani igal aastal lisaks 5 miljonit eurot ja võtavad tööle 70 töötajat, neist 25 menetlejat.",
                    "Uus menetlusinfosüsteem ühendab vastuvõtu, menetluse ja tagasisaatmise andmed ning liidetakse 2027. aastal Eurodaci ja Schengeni infosüsteemiga.",
                    "Palume ELi Varjupaigaameti tuge menetlejate koolitamisel, ja Frontexi meeskonnad aitavad tagasisaatmisoperatsioonidel."],
        },
    },
    "mt": {
        "title": "Strateġija nazzjonali għall-ġestjoni tal-ażil u l-migrazzjoni 2026–2030 – silta għall-konsultazzjoni pubblika",
        "toc": "Werrej",
        "toc_pages": True, "toc_dots": False,
        "parent": {"2.2": "Ġestjoni effettiva tal-fruntieri esterni tal-UE", "2.3": "Sistema ġusta tal-ażil u tal-integrazzjoni"},
        "heading": {
            "2.1.2": "Dimensjoni interna",
            "2.2.2": "Aċċess effettiv għall-protezzjoni internazzjonali fil-fruntieri esterni",
            "2.3.3": "Sistema ta' akkoljenza robusta",
            "2.3.4": "Kundizzjonijiet għal integrazzjoni b'suċċess u bikrija",
            "2.4": "Tħejjija u ppjanar ta' kontinġenza",
            "2.6": "Kapaċità u kapabbiltà suffiċjenti għall-implimentazzjoni tal-istrateġija nazzjonali",
        },
        "q": {
            "2.2.2.a": "Kif l-aħjar jiġi żgurat aċċess rapidu u effettiv għal proċedura ġusta u effiċjenti għall-protezzjoni internazzjonali fil-fruntieri esterni, fiż-żoni ta' tranżitu u fl-ibħra territorjali tal-UE?",
            "2.2.2.b": "Kif tiġi żgurata l-implimentazzjoni kontinwa u effettiva tal-proċedura fil-fruntiera, f'konformità mar-Regolamenti (UE) 2024/1348 u 2024/1349, filwaqt li jiġi protett id-dritt għall-ażil u jiġu simplifikati l-proċeduri tal-ażil u tar-ritorn wara ċ-ċaħda, inkluż l-istadju ġudizzjarju?",
            "2.3.3.a": "L-approċċ strateġiku tagħkom biex is-sistema ta' akkoljenza tagħti lill-applikanti aċċess għal kundizzjonijiet ta' akkoljenza adegwati f'konformità mad-Direttiva (UE) 2024/1346 tal-Parlament Ewropew u tal-Kunsill.",
            "2.3.3.b": "Miżuri oħra li jistgħu jiffaċilitaw l-għanijiet strateġiċi tagħkom f'dan il-qasam, bħal miżuri għal sistema ta' akkoljenza sostenibbli, reżiljenti u adegwata, il-monitoraġġ tal-kundizzjonijiet ta' akkoljenza, il-limitazzjoni tal-abbuż tas-sistema ta' akkoljenza u l-indirizzar tal-ħtiġijiet tal-minorenni mhux akkumpanjati u tal-persuni vulnerabbli.",
            "2.4.d": "Kif jiġu żgurati t-tħejjija għal u r-rispons għal sitwazzjonijiet ta' wasliet tal-massa ta' ċittadini ta' pajjiżi terzi jew persuni apolidi bl-art, bl-ajru jew bil-baħar, inklużi persuni żbarkati wara operazzjonijiet ta' tiftix u salvataġġ, filwaqt li jiġu protetti d-drittijiet fundamentali?",
            "2.4.f": "Kif jiġu żgurati t-tħejjija għal u r-rispons għal sitwazzjonijiet ta' forza maġġuri, filwaqt li jiġu protetti d-drittijiet tal-applikanti u tal-benefiċjarji tal-protezzjoni internazzjonali?",
            "2.6.a": "Kif l-aħjar tiġi żgurata d-disponibbiltà tar-riżorsi umani, materjali u finanzjarji u tal-infrastruttura meħtieġa għall-implimentazzjoni effettiva ta' din l-istrateġija, meta jitqies li din tiġi implimentata fuq perjodu ta' ħames snin?",
            "2.6.b": "Kif jiġu żgurati għodod diġitali moderni għall-ġestjoni tad-data u għall-komunikazzjoni, inklużi s-sistemi tal-IT fuq skala kbira tal-UE ġestiti mill-eu-LISA?",
            "2.6.c": "Kif jintużaw, jew jistgħu jintużaw, l-għodod ta' appoġġ operazzjonali stabbiliti fil-livell tal-Unjoni, bħal dawk tal-Aġenzija tal-Unjoni Ewropea għall-Ażil u tal-Frontex jew is-sett permanenti ta' għodod tal-UE għall-appoġġ tal-migrazzjoni, għal sistema effettiva ta' ġestjoni tal-ażil u l-migrazzjoni?",
        },
        "instr": {"2.6": "Filwaqt li tqisu l-isfidi u l-ħtiġijiet attwali u futuri identifikati, iddeskrivu l-għanijiet strateġiċi ta' politika tagħkom biex jiġu żgurati riżorsi umani suffiċjenti, kif ukoll kapaċità materjali u finanzjarja, għall-implimentazzjoni tal-komponenti differenti tal-istrateġija."},
        "own": {"2.1.2": "Dawk li jridu jitilqu", "2.3.4": "Ħajja u xogħol fil-komunità", "2.4": "Meta jaslu ħafna f'daqqa"},
        "ans": {
            "2.1.2": ["L-Uffiċċju tar-Ritorn iżomm intervista obbligatorja dwar ir-ritorn fi żmien tliet ġimgħat mid-deċiżjoni negattiva, u min ma jitlaqx volontarjament jiġi segwit minn tim konġunt tal-pulizija u tal-aġenzija tal-immigrazzjoni.",
                      "Il-baġit għar-ritorn volontarju assistit jiżdied għal 3 miljun ewro fis-sena, u t-trasferimenti ta' Dublin isiru fi żmien sitt xhur."],
            "2.2.2": ["Fiċ-ċentru tal-ewwel akkoljenza f'Ħal Far il-proċedura fil-fruntiera tintemm fi żmien tnax-il ġimgħa, u kull applikant jiltaqa' ma' avukat fl-ewwel jum.",
                      "It-tribunal tal-appelli jirriżerva jiem fissi ta' smigħ għall-każijiet tal-fruntiera, sabiex l-appelli jiġu deċiżi f'erba' ġimgħat."],
            "2.3.3": ["In-numru ta' postijiet ta' akkoljenza jiżdied għal 2 500 sal-2028, f'ċentri b'mhux aktar minn 250 post, u riżerva ta' 400 post tilqa' l-quċċata tal-wasliet.",
                      "It-tfal mhux akkumpanjati jgħixu f'appartamenti separati ma' ħaddiem soċjali, u tabib jeżamina lil kull min jasal fi żmien 48 siegħa."],
            "2.3.4": ["Il-benefiċjarji tal-protezzjoni jattendu 250 siegħa ta' lezzjonijiet b'xejn tal-Malti u tal-Ingliż u jirċievu għajnuna mill-aġenzija tal-impjiegi biex isibu xogħol.",
                      "Il-kunsilli lokali jħallsu parti mill-kera għall-ewwel sena, u t-tfal jibdew l-iskola fi żmien xahar."],
            "2.4": ["Il-pjan ta' emerġenza jippermetti li fi żmien ġimgħatejn jiġu akkomodati 5 000 persuna f'swali sportivi u f'akkomodazzjoni temporanja tal-gvern.",
                    "Il-pjan jiġi eżerċitat kull sena mad-Dipartiment tal-Protezzjoni Ċivili, u riżerva ta' 80 impjegat imħarreġ tista' tissejjaħ fi żmien 48 siegħa."],
            "2.6": ["L-awtoritajiet responsabbli jirċievu sal-2030 4 miljun ewro addizzjonali kull sena u jimpjegaw 60 persuna, fosthom 20 uffiċjal tal-każijiet.",
                    "Sistema ġdida għall-ġestjoni tal-każijiet tgħaqqad id-data tal-akkoljenza, tal-proċedura u tar-ritorn u tiġi konnessa mal-Eurodac u mas-Sistema ta' Informazzjoni ta' Schengen fl-2027.",
                    "Nitolbu l-appoġġ tal-Aġenzija tal-UE għall-Ażil għat-taħriġ tal-uffiċjali tal-każijiet, u timijiet tal-Frontex jgħinu fl-operazzjonijiet tar-ritorn."],
        },
    },
}


def _head(d: Doc, t: dict, sec: str, label: str | None = None) -> None:
    """A numbered Annex heading ("2.3.3. Title", or ``label`` in its place)."""
    d.add("section_heading", sec, f"{label or sec + '.'} {t['heading'][sec]}")


def _q(d: Doc, t: dict, ke: str) -> None:
    d.add("template_question", ke.rsplit(".", 1)[0], "— " + t["q"][ke], ke)


def _ans(d: Doc, t: dict, sec: str, which=(0, 1)) -> None:
    for k in which:
        d.add("answer", sec, t["ans"][sec][k])


def chapter14(d: Doc, t: dict) -> None:
    """A single chapter (2.6): heading, guidance, three questions each answered."""
    d.add("front_matter", None, t["title"])
    _head(d, t, "2.6")
    d.add("template_instruction", "2.6", t["instr"]["2.6"], "2.6.p")
    for k, ke in enumerate(("2.6.a", "2.6.b", "2.6.c")):
        _q(d, t, ke)
        _ans(d, t, "2.6", (k,))


def excerpt14(d: Doc, t: dict) -> None:
    """Three sections (2.2.2, 2.3.3, 2.4): numbered heading, two questions, two answers each."""
    d.add("front_matter", None, t["title"])
    for sec, qs in (("2.2.2", ("2.2.2.a", "2.2.2.b")), ("2.3.3", ("2.3.3.a", "2.3.3.b")), ("2.4", ("2.4.d", "2.4.f"))):
        _head(d, t, sec)
        for ke in qs:
            _q(d, t, ke)
        _ans(d, t, sec)


def heads14(d: Doc, t: dict) -> None:
    """Three numbered Annex headings (2.1.2, 2.3.3, 2.4), one question (2.3.3.a)."""
    d.add("front_matter", None, t["title"])
    for sec in ("2.1.2", "2.3.3", "2.4"):
        _head(d, t, sec)
        if sec == "2.3.3":
            _q(d, t, "2.3.3.a")
        _ans(d, t, sec)


def mixed14(d: Doc, t: dict) -> None:
    """Numbered 2.2.2 (question 2.2.2.a) and 2.3.3, then own unnumbered chapters for 2.1.2, 2.3.4 and 2.4."""
    d.add("front_matter", None, t["title"])
    _head(d, t, "2.2.2")
    _q(d, t, "2.2.2.a")
    _ans(d, t, "2.2.2")
    _head(d, t, "2.3.3")
    _ans(d, t, "2.3.3")
    for sec in ("2.1.2", "2.3.4", "2.4"):
        d.add("answer_heading", sec, t["own"][sec])
        _ans(d, t, sec)


def roman14(d: Doc, t: dict) -> None:
    """Chapters "I."–"III." (2.2, 2.3, 2.6) with lettered sub-sections (2.2.2; 2.3.3, 2.3.4), question 2.3.3.b."""
    d.add("front_matter", None, t["title"])
    d.add("section_heading", "2.2", f"I. {t['parent']['2.2']}")
    _head(d, t, "2.2.2", "A.")
    _ans(d, t, "2.2.2")
    d.add("section_heading", "2.3", f"II. {t['parent']['2.3']}")
    _head(d, t, "2.3.3", "A.")
    _q(d, t, "2.3.3.b")
    _ans(d, t, "2.3.3")
    _head(d, t, "2.3.4", "B.")
    _ans(d, t, "2.3.4")
    _head(d, t, "2.6", "III.")
    _ans(d, t, "2.6", (0, 1))


def toc14(d: Doc, t: dict) -> None:
    """A table of contents (entries front matter), then numbered headings 2.2.2, 2.3.4, 2.4 (question 2.4.d), 2.6."""
    d.add("front_matter", None, t["title"])
    d.add("front_matter", None, t["toc"])
    secs = ("2.2.2", "2.3.4", "2.4", "2.6")
    for page, sec in enumerate(secs, start=3):
        entry = f"{sec}. {t['heading'][sec]}"
        if t["toc_pages"]:
            entry += (" " + "." * 12 + " " if t["toc_dots"] else " ") + str(page)
        d.add("front_matter", None, entry)
    for sec in secs:
        _head(d, t, sec)
        if sec == "2.4":
            _q(d, t, "2.4.d")
        _ans(d, t, sec)


KINDS14 = {f.__name__: f for f in (chapter14, excerpt14, heads14, mixed14, roman14, toc14)}


def build() -> list[Path]:
    """Write every document (held out, unseen); returns the gold paths written."""
    return build_set(SHAPES14, KINDS14, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
