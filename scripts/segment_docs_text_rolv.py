"""Wording of held-out segmentation documents in Romanian and Latvian (issue 14, segtitle2 session).

Written before the segtitle2 session tuned anything and never looked at while tuning:
our own translations of the Annex titles, guidance and questions (not the official
wording; no template pack holds these languages) and invented answers (no agency,
law or figure is real). Keys as in :mod:`segment_docs_text` and
:mod:`segment_docs_text_eu`: ``heading`` (Annex titles), ``para`` (paraphrased titles),
``own`` (titles of the document's own), ``q`` / ``instr`` (translated guidance and
questions of 2.6), ``ans`` (two answers per section).
"""

TEXT_ROLV: dict[str, dict] = {
    "ro": {
        "title": "Strategia națională de gestionare a azilului și a migrației – extras pentru consultare publică",
        "heading": {
            "2.1.1": "Dimensiunea externă",
            "2.1.2": "Dimensiunea internă",
            "2.2.2": "Acces efectiv la protecție internațională la frontierele externe ale UE",
            "2.3.3": "Un sistem de primire robust",
            "2.3.4": "Condiții pentru o integrare reușită și timpurie",
            "2.6": "Asigurarea unei capacități și a unor mijloace suficiente pentru punerea în aplicare efectivă a strategiei naționale",
        },
        "para": {"2.2.2": "Procedura de azil la punctele de trecere a frontierei", "2.3.3": "Cazarea solicitanților de azil",
                 "2.6": "Personal, echipamente și buget pentru implementare"},
        "own": {"2.1.2": "Întoarcerea și plecarea", "2.3.4": "A trăi și a munci în comunitate"},
        "q": {
            "2.6.a": "Cum se asigură cel mai bine disponibilitatea resurselor umane, materiale și financiare și a infrastructurii necesare pentru punerea în aplicare efectivă a strategiei, având în vedere că aceasta se desfășoară pe o perioadă de cinci ani?",
            "2.6.c": "Cum sunt sau ar putea fi utilizate instrumentele de sprijin operațional create la nivelul Uniunii, precum sprijinul Agenției Uniunii Europene pentru Azil și al Frontex sau setul permanent de instrumente al UE pentru sprijinirea migrației, în favoarea unui sistem eficient de gestionare a azilului și a migrației?",
        },
        "instr": {"2.6": "Descrieți, ținând seama de provocările și nevoile actuale și viitoare identificate, obiectivele strategice de politică prin care asigurați resurse umane suficiente, precum și capacitatea materială și financiară pentru punerea în aplicare a diferitelor componente ale strategiei."},
        "ans": {
            "2.1.1": [
                "În 2025 au fost semnate acorduri de readmisie cu trei țări de origine, iar programele de formare pentru polițiștii de frontieră din țările de tranzit sunt finanțate în continuare.",
                "Ofițeri de legătură pentru imigrație lucrează în patru ambasade și facilitează obținerea documentelor de călătorie pentru persoanele returnate.",
            ],
            "2.1.2": [
                "Din 2026, Direcția pentru Returnare organizează un interviu obligatoriu de plecare în termen de patru săptămâni de la o decizie negativă. Cine nu pleacă de bunăvoie este urmărit de o echipă comună a poliției și a serviciului pentru străini.",
                "Bugetul pentru returnarea voluntară asistată crește la 6 milioane de euro pe an, iar reintegrarea în țările de origine este însoțită de organizații partenere.",
            ],
            "2.2.2": [
                "În centrele de sosire de la Valea Mare și Podu Vechi, procedura la frontieră se încheie în douăsprezece săptămâni. Fiecare solicitant primește în prima zi consiliere juridică gratuită și un control medical.",
                "Instanțele de contencios administrativ rezervă zile fixe de judecată pentru cauzele de frontieră, astfel încât căile de atac se soluționează în patru săptămâni, iar decizia de returnare urmează imediat respingerii.",
            ],
            "2.3.3": [
                "Numărul locurilor de cazare crește la 7 000 până în 2028, în centre de cel mult 200 de locuri în fiecare regiune. O rezervă flexibilă de 900 de locuri preia vârfurile de sosiri.",
                "Minorii neînsoțiți locuiesc în case mici de tip familial cu un educator permanent, iar persoanele vulnerabile sunt evaluate medical și psihologic în primele două zile de la sosire.",
            ],
            "2.3.4": [
                "Beneficiarii de protecție încep cursurile de limba română și evaluarea competențelor încă din centrul de cazare. Primăriile primesc o sumă fixă pe persoană pentru sprijinul în găsirea unui loc de muncă și a unui curs de calificare.",
                "În cel mult șase luni de la mutarea într-o locuință, fiecare persoană are un plan individual de integrare și un mentor din cartier.",
            ],
            "2.6": [
                "Autoritățile responsabile primesc anual, până în 2030, încă 50 de milioane de euro și angajează 260 de persoane, dintre care 90 de funcționari decidenți cu un program de formare de doi ani.",
                "Un nou sistem de gestionare a dosarelor leagă primirea, procedura și returnarea; conectarea la Eurodac și la Sistemul de Informații Schengen se finalizează în 2026.",
            ],
        },
    },
    "lv": {
        "title": "Valsts patvēruma un migrācijas pārvaldības stratēģija – izvilkums sabiedriskajai apspriešanai",
        "heading": {
            "2.1.1": "Ārējā dimensija",
            "2.1.2": "Iekšējā dimensija",
            "2.2.2": "Efektīva piekļuve starptautiskajai aizsardzībai pie ES ārējām robežām",
            "2.3.3": "Stabila uzņemšanas sistēma",
            "2.3.4": "Nosacījumi sekmīgai un agrīnai integrācijai",
            "2.6": "Pietiekamu spēju un resursu nodrošināšana valsts stratēģijas efektīvai īstenošanai",
        },
        "para": {"2.2.2": "Patvēruma procedūra uz robežas", "2.3.3": "Patvēruma meklētāju izmitināšana",
                 "2.6": "Darbinieki, līdzekļi un budžets īstenošanai"},
        "own": {"2.1.2": "Atgriešanās un izbraukšana", "2.3.4": "Dzīve un darbs pašvaldībā"},
        "q": {
            "2.6.a": "Kā vislabāk nodrošināt stratēģijas efektīvai īstenošanai nepieciešamo cilvēkresursu, materiālo un finanšu resursu un infrastruktūras pieejamību, ņemot vērā, ka stratēģiju īsteno piecu gadu laikā?",
            "2.6.c": "Kā tiek vai varētu tikt izmantoti Savienības līmenī izveidotie operatīvā atbalsta rīki, piemēram, Eiropas Savienības Patvēruma aģentūras un Frontex atbalsts vai ES pastāvīgais migrācijas atbalsta rīkkopums, lai veidotu efektīvu patvēruma un migrācijas pārvaldības sistēmu?",
        },
        "instr": {"2.6": "Ņemot vērā apzinātos pašreizējos un nākotnes izaicinājumus un vajadzības, aprakstiet savus stratēģiskos politikas mērķus, ar kuriem nodrošināt pietiekamus cilvēkresursus, kā arī materiālās un finansiālās spējas stratēģijas dažādo daļu īstenošanai."},
        "ans": {
            "2.1.1": [
                "2025. gadā parakstīti atpakaļuzņemšanas nolīgumi ar trim izcelsmes valstīm, un tranzīta valstu robežsargu apmācības projekti tiek finansēti arī turpmāk.",
                "Imigrācijas sadarbības koordinatori strādā četrās vēstniecībās un palīdz iegūt ceļošanas dokumentus atgriežamajām personām.",
            ],
            "2.1.2": [
                "No 2026. gada Atgriešanas birojs četru nedēļu laikā pēc noraidoša lēmuma rīko obligātu izbraukšanas sarunu. Tos, kuri neizbrauc brīvprātīgi, uzrauga policijas un ārzemnieku dienesta kopīga komanda.",
                "Atbalstītas brīvprātīgas atgriešanās budžets pieaug līdz 2 miljoniem eiro gadā, un reintegrāciju izcelsmes valstīs pavada partnerorganizācijas.",
            ],
            "2.2.2": [
                "Ierašanās centros Krastmalā un Priedainē robežas procedūra noslēdzas divpadsmit nedēļās. Katrs pieteikuma iesniedzējs jau pirmajā dienā saņem bezmaksas juridisko konsultāciju un medicīnisko pārbaudi.",
                "Administratīvās tiesas rezervē noteiktas sēžu dienas robežas lietām, lai pārsūdzības izskatītu četrās nedēļās un atgriešanas lēmums sekotu tūlīt pēc atteikuma.",
            ],
            "2.3.3": [
                "Uzņemšanas vietu skaits līdz 2028. gadam pieaug līdz 2 500 centros ar ne vairāk kā 150 vietām katrā reģionā. Elastīga 400 vietu rezerve uzņem pieplūduma maksimumus.",
                "Nepavadīti nepilngadīgie dzīvo mazās grupu mājās ar pastāvīgu audzinātāju, un neaizsargātu personu veselību novērtē divu dienu laikā pēc ierašanās.",
            ],
            "2.3.4": [
                "Starptautiskās aizsardzības saņēmēji jau uzņemšanas centrā sāk latviešu valodas kursus un iziet prasmju novērtējumu. Pašvaldības saņem noteiktu summu par katru personu atbalstam darba un izglītības meklēšanā.",
                "Sešu mēnešu laikā pēc pārcelšanās uz mājokli katrai personai ir savs integrācijas plāns un mentors no apkaimes.",
            ],
            "2.6": [
                "Atbildīgās iestādes līdz 2030. gadam katru gadu saņem papildu 15 miljonus eiro un pieņem darbā 120 darbiniekus, no tiem 40 lēmumu pieņēmējus ar divu gadu apmācības programmu.",
                "Jauna lietu pārvaldības sistēma savieno uzņemšanas, procedūras un atgriešanas datus; savienojums ar Eurodac un Šengenas informācijas sistēmu tiek pabeigts 2026. gadā.",
            ],
        },
    },
}
