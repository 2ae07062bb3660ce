"""Paraphrased-title documents of the fourteenth session (issue 14, seg14r): the ``rights14`` shape.

Usage: ``python scripts/make_segment_rights14.py`` (from the repository root). A free-form
strategy excerpt without Annex numbers: own unnumbered chapters whose titles paraphrase the
Annex's in words of their own, invented figures, in five languages not used by ``paraphr10``
or ``paraphr11``: Czech, Danish, Spanish (tuning), Finnish and Greek (held out until the rule
was chosen). Each has a context chapter (1: figures, trends, geography, institutional set-up)
and one or two chapters of rights and guarantees (2.3.2: procedural guarantees, legal aid,
interpreters; vulnerable persons, children, guardians), in orders in and out of the Annex's:

- ``cs``: 1, 2.2.2, 2.3.2 (guarantees), 2.3.1, 2.3.2 (vulnerable persons), 2.3.3, 2.1.2, 2.6;
- ``da``: 2.1.1, 1 (figures and trends, second), 2.3.1, 2.3.2, 2.3.3, 2.3.4, 2.4;
- ``es``: 1, 2.3.2 (legal aid), 2.3.2 (children), 2.3.1, 2.2.2, 2.3.3, 2.4, 2.6;
- ``fi`` (held out): 1, 2.6, 2.3.1, 2.3.2 (rights), 2.3.2 (vulnerable persons), 2.1.2, 2.4;
- ``el`` (held out): 2.2.1, 1 (institutions and figures, second), 2.3.2, 2.3.1, 2.3.3, 2.1.3, 2.5.

Written before the session changed any code; all to ``tests/data/segment_heldout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import build_set, chapter_list  # noqa: E402

# A chapter: (its title, [(Annex section, paragraph), ...]); the heading's gold section is its first paragraph's.
DOCS: dict[str, dict] = {
    "cs": {
        "title": "Národní strategie řízení azylu a migrace na léta 2026–2030 – návrh k připomínkám",
        "chapters": [
            ("Kde dnes stojíme", [
                ("1", "V roce 2025 podalo v České republice žádost o mezinárodní ochranu 1 900 osob, o třetinu více než v roce 2023; nejvíce žadatelů pocházelo z Ukrajiny, Uzbekistánu a Turecka."),
                ("1", "Česká republika nemá vnější pozemní hranici Unie; vnější hranicí je jen letiště Václava Havla, a většina žadatelů přichází přes Rakousko a Slovensko."),
                ("1", "Podle analýzy rizik poroste v příštích letech sekundární pohyb ze sousedních států a počet osob s dočasnou ochranou zůstane kolem 350 000.")]),
            ("Řízení na letišti", [
                ("2.2.2", "Prověrka osob zadržených na letišti proběhne do sedmi dnů v přijímacím středisku v tranzitním prostoru."),
                ("2.2.2", "Hraniční řízení bude ukončeno do dvanácti týdnů a rodiny s dětmi do něj nebudou zařazovány.")]),
            ("Spravedlivé zacházení s každým žadatelem", [
                ("2.3.2", "Každý žadatel má od podání žádosti nárok na bezplatné právní poradenství a na tlumočníka při každém pohovoru."),
                ("2.3.2", "Informace o průběhu řízení a o právech a povinnostech žadatele dostane písemně v jazyce, kterému rozumí.")]),
            ("Rychlé a kvalitní rozhodování", [
                ("2.3.1", "Odbor azylové a migrační politiky rozhodne v prvním stupni do šesti měsíců a přijme 40 nových rozhodovatelů."),
                ("2.3.1", "Krajské soudy získají specializované senáty a informace o zemích původu se budou aktualizovat každé čtvrtletí.")]),
            ("Ti, kdo potřebují víc ochrany", [
                ("2.3.2", "Nezletilým bez doprovodu bude do 24 hodin ustanoven opatrovník a jejich věk se posoudí šetrnou metodou."),
                ("2.3.2", "Oběti mučení a obchodování s lidmi budou rozpoznány při prvním kontaktu a dostanou psychologickou péči.")]),
            ("Střecha nad hlavou", [
                ("2.3.3", "Přijímací a pobytová střediska nabídnou 3 000 míst, nejvýše 150 obyvatel na středisko."),
                ("2.3.3", "Žadatelé dostanou stravu, měsíční kapesné a zdravotní péči v rozsahu veřejného pojištění.")]),
            ("Odchod těch, kdo nemají nárok zůstat", [
                ("2.1.2", "Rozhodnutí o návratu se vydá spolu se zamítnutím žádosti a dobrovolný návrat podpoříme poradenstvím a příspěvkem na reintegraci."),
                ("2.1.2", "Inspektorát práce provede ročně o 500 kontrol více u zaměstnavatelů cizinců bez oprávnění k pobytu.")]),
            ("Lidé, peníze a technika", [
                ("2.6", "Do roku 2028 přijmeme 250 nových zaměstnanců policie a ministerstva vnitra a zmodernizujeme dvě střediska."),
                ("2.6", "Informační systémy propojíme s Eurodacem a Fond pro azyl, migraci a integraci doplní státní rozpočet.")]),
        ],
    },
    "da": {
        "title": "National strategi for asyl- og migrationsstyring 2026–2030 – udkast til høring",
        "chapters": [
            ("Samarbejde ud over Europas grænser", [
                ("2.1.1", "Danmark indgår partnerskaber med Rwanda, Marokko og Irak om tilbagetagelse, grænseforvaltning og bekæmpelse af menneskesmugling."),
                ("2.1.1", "Vi genbosætter 500 flygtninge om året gennem EU's genbosætningsramme og støtter værtslande i Mellemøsten.")]),
            ("Tal og tendenser", [
                ("1", "I 2025 søgte 2 400 personer asyl i Danmark, det laveste antal i ti år, mens 38 000 ukrainere har midlertidig beskyttelse."),
                ("1", "De fleste ankommer over landegrænsen til Tyskland eller med færge fra Sverige; Danmark har en ydre grænse i lufthavne og havne."),
                ("1", "Risikoanalyserne forventer stigende sekundære bevægelser og et pres fra ruten over Østersøen.")]),
            ("Hurtige og grundige afgørelser", [
                ("2.3.1", "Udlændingestyrelsen træffer afgørelse i første instans inden for seks måneder og ansætter 60 nye sagsbehandlere."),
                ("2.3.1", "Flygtningenævnet får flere medlemmer, og landeoplysningerne opdateres hvert kvartal.")]),
            ("Retssikkerhed og særlige behov", [
                ("2.3.2", "Alle ansøgere får gratis juridisk rådgivning fra registreringen og en tolk ved hver samtale."),
                ("2.3.2", "Uledsagede mindreårige får en repræsentant inden for 24 timer, og torturofre identificeres ved den første kontakt.")]),
            ("Et sted at bo under sagen", [
                ("2.3.3", "Asylcentrene får 4 000 pladser, og familier med børn bor i egne lejligheder med køkken."),
                ("2.3.3", "Ansøgerne får kost, en månedlig ydelse og sundhedspleje gennem Røde Kors.")]),
            ("Sprog, job og nye naboer", [
                ("2.3.4", "Den, der får beskyttelse, begynder på danskundervisning og et integrationsprogram med virksomhedspraktik inden for en måned."),
                ("2.3.4", "Kommunerne anviser bolig, og frivillige foreninger hjælper nye naboer ind i lokalsamfundet.")]),
            ("Når mange kommer på én gang", [
                ("2.4", "Beredskabsplanen gør det muligt at modtage 15 000 personer på to uger i idrætshaller og kaserner."),
                ("2.4", "Planen øves hvert år med kommunerne og Beredskabsstyrelsen.")]),
        ],
    },
    "es": {
        "title": "Estrategia nacional de gestión del asilo y la migración 2026-2030 – borrador para consulta pública",
        "chapters": [
            ("El punto de partida", [
                ("1", "En 2025 se presentaron en España 165 000 solicitudes de protección internacional, la mitad de ellas de nacionales de Venezuela y Colombia."),
                ("1", "España tiene fronteras exteriores terrestres en Ceuta y Melilla y una extensa costa en la ruta atlántica hacia Canarias y la ruta del Mediterráneo occidental."),
                ("1", "Las llegadas por mar a Canarias se triplicaron entre 2022 y 2024, y los análisis de riesgo prevén que la presión siga alta.")]),
            ("Asistencia jurídica en todas las fases", [
                ("2.3.2", "Cada solicitante recibe asistencia jurídica gratuita desde el registro y un intérprete en cada entrevista."),
                ("2.3.2", "La información sobre el procedimiento y sobre sus derechos se entrega por escrito en veinte idiomas.")]),
            ("Los niños primero", [
                ("2.3.2", "Los menores no acompañados tienen un tutor en 24 horas, y su edad se determina con un método multidisciplinar."),
                ("2.3.2", "Las víctimas de trata y de tortura se identifican en el primer contacto y reciben atención especializada.")]),
            ("Resolver con rapidez y con rigor", [
                ("2.3.1", "La Oficina de Asilo y Refugio resolverá en primera instancia en seis meses y contratará 300 instructores."),
                ("2.3.1", "La Audiencia Nacional contará con secciones especializadas, y la información sobre países de origen se actualizará cada trimestre.")]),
            ("Llegadas por mar y aeropuertos", [
                ("2.2.2", "El control de las personas llegadas sin autorización se hace en los centros de atención temporal en un máximo de siete días."),
                ("2.2.2", "El procedimiento fronterizo concluye en doce semanas, y las familias con niños quedan exentas.")]),
            ("Un techo mientras se decide", [
                ("2.3.3", "El sistema de acogida contará con 30 000 plazas, con un máximo de 250 residentes por centro."),
                ("2.3.3", "Los solicitantes reciben manutención, una ayuda mensual y asistencia sanitaria desde el registro.")]),
            ("Preparados para lo imprevisto", [
                ("2.4", "El plan de contingencia permite acoger a 20 000 personas en dos semanas en pabellones y instalaciones militares."),
                ("2.4", "El plan se ensaya cada año con las comunidades autónomas y Protección Civil.")]),
            ("Personal, medios y presupuesto", [
                ("2.6", "Hasta 2028 se incorporarán 1 200 agentes y funcionarios y se construirán cuatro centros nuevos."),
                ("2.6", "Los sistemas informáticos se conectarán a Eurodac, y el Fondo de Asilo, Migración e Integración completará el presupuesto.")]),
        ],
    },
    "fi": {
        "title": "Kansallinen turvapaikka- ja muuttoliikkeen hallinnan strategia 2026–2030 – lausuntoluonnos",
        "chapters": [
            ("Lähtötilanne", [
                ("1", "Vuonna 2025 Suomessa jätettiin 4 500 turvapaikkahakemusta, ja tilapäistä suojelua saa yhä 60 000 ukrainalaista."),
                ("1", "Suomella on unionin pisin ulkoinen maaraja Venäjän kanssa; raja on ollut suljettuna vuodesta 2023."),
                ("1", "Riskianalyysien mukaan välineellistetty maahantulo on suurin uhka, ja hakemusten määrä vaihtelee voimakkaasti.")]),
            ("Ihmiset, välineet ja rahoitus", [
                ("2.6", "Vuoteen 2028 mennessä palkataan 300 uutta työntekijää poliisiin, Rajavartiolaitokseen ja Maahanmuuttovirastoon."),
                ("2.6", "Tietojärjestelmät liitetään Eurodaciin, ja turvapaikka-, maahanmuutto- ja kotouttamisrahasto täydentää valtion budjettia.")]),
            ("Nopeat ja huolelliset ratkaisut", [
                ("2.3.1", "Maahanmuuttovirasto ratkaisee hakemukset ensimmäisessä asteessa kuudessa kuukaudessa ja palkkaa 80 uutta ratkaisijaa."),
                ("2.3.1", "Hallinto-oikeuksiin perustetaan turvapaikka-asioiden jaostot, ja maatiedot päivitetään neljännesvuosittain.")]),
            ("Oikeus tulla kuulluksi", [
                ("2.3.2", "Jokainen hakija saa maksutonta oikeusapua rekisteröinnistä alkaen ja tulkin jokaiseen puhutteluun."),
                ("2.3.2", "Tiedot menettelystä sekä hakijan oikeuksista ja velvollisuuksista annetaan kirjallisesti kielellä, jota hän ymmärtää.")]),
            ("Haavoittuvassa asemassa olevat", [
                ("2.3.2", "Ilman huoltajaa tulleille lapsille määrätään edustaja 24 tunnin kuluessa."),
                ("2.3.2", "Kidutuksen ja ihmiskaupan uhrit tunnistetaan ensimmäisessä tapaamisessa, ja he saavat psykologista tukea.")]),
            ("Paluu ja lähtö maasta", [
                ("2.1.2", "Palauttamispäätös annetaan kielteisen päätöksen yhteydessä, ja vapaaehtoista paluuta tuetaan neuvonnalla ja uudelleenkotoutumisavulla."),
                ("2.1.2", "Siirrot vastuussa olevaan jäsenvaltioon toteutetaan kuudessa kuukaudessa.")]),
            ("Valmiina äkillisiin tilanteisiin", [
                ("2.4", "Valmiussuunnitelman avulla voidaan kahdessa viikossa majoittaa 10 000 ihmistä väliaikaisiin tiloihin."),
                ("2.4", "Suunnitelmaa harjoitellaan vuosittain kuntien ja aluehallintovirastojen kanssa.")]),
        ],
    },
    "el": {
        "title": "Εθνική στρατηγική διαχείρισης ασύλου και μετανάστευσης 2026–2030 – σχέδιο για διαβούλευση",
        "chapters": [
            ("Φύλαξη των συνόρων μας", [
                ("2.2.1", "Η Ελληνική Αστυνομία και το Λιμενικό θα προσλάβουν 1 000 συνοριοφύλακες και θα συμμετέχουν στις κοινές επιχειρήσεις του Frontex."),
                ("2.2.1", "Κάθε πρόσωπο που εντοπίζεται μετά από παράτυπη διέλευση καταγράφεται και δακτυλοσκοπείται εντός 72 ωρών.")]),
            ("Η εικόνα σήμερα", [
                ("1", "Το 2025 υποβλήθηκαν στην Ελλάδα 62 000 αιτήσεις διεθνούς προστασίας, οι περισσότερες στα νησιά του ανατολικού Αιγαίου και στην Κρήτη."),
                ("1", "Η Ελλάδα έχει εκτεταμένα θαλάσσια εξωτερικά σύνορα και χερσαία σύνορα με την Τουρκία, και βρίσκεται στη διαδρομή της ανατολικής Μεσογείου."),
                ("1", "Αρμόδια είναι το Υπουργείο Μετανάστευσης και Ασύλου, η Υπηρεσία Ασύλου και η Υπηρεσία Υποδοχής και Ταυτοποίησης.")]),
            ("Εγγυήσεις για κάθε αιτούντα", [
                ("2.3.2", "Κάθε αιτών λαμβάνει δωρεάν νομική συνδρομή από την καταγραφή και διερμηνέα σε κάθε συνέντευξη."),
                ("2.3.2", "Στους ασυνόδευτους ανηλίκους ορίζεται επίτροπος εντός 24 ωρών, και τα θύματα βασανιστηρίων αναγνωρίζονται από την πρώτη επαφή.")]),
            ("Ταχείες και δίκαιες αποφάσεις", [
                ("2.3.1", "Η Υπηρεσία Ασύλου θα αποφασίζει σε πρώτο βαθμό μέσα σε έξι μήνες και θα προσλάβει 150 χειριστές."),
                ("2.3.1", "Οι Επιτροπές Προσφυγών θα ενισχυθούν, και οι πληροφορίες για τις χώρες καταγωγής θα επικαιροποιούνται κάθε τρίμηνο.")]),
            ("Στέγη και φροντίδα", [
                ("2.3.3", "Οι δομές φιλοξενίας θα διαθέτουν 25 000 θέσεις, και οι οικογένειες με παιδιά θα στεγάζονται σε διαμερίσματα."),
                ("2.3.3", "Οι αιτούντες λαμβάνουν σίτιση, μηνιαίο επίδομα και ιατρική περίθαλψη από την καταγραφή.")]),
            ("Αλληλεγγύη προς τους εταίρους", [
                ("2.1.3", "Όταν άλλο κράτος μέλος βρίσκεται υπό πίεση, στέλνουμε εμπειρογνώμονες ασύλου και κλιμάκια καταγραφής."),
                ("2.1.3", "Η Ελλάδα θα συνεισφέρει στον μηχανισμό αλληλεγγύης με οικονομικές συνεισφορές ή μέτρα εναλλακτικής αλληλεγγύης.")]),
            ("Ποιος κάνει τι", [
                ("2.5", "Μια διυπουργική επιτροπή υπό τον Υπουργό Μετανάστευσης συντονίζει την εφαρμογή της στρατηγικής και συνεδριάζει κάθε μήνα."),
                ("2.5", "Οι περιφέρειες, οι δήμοι και οι οργανώσεις της κοινωνίας των πολιτών συμμετέχουν σε ένα φόρουμ διαβούλευσης.")]),
        ],
    },
}


def build() -> list[Path]:
    """Write every document to tests/data/segment_heldout (own chapters, :func:`make_segment_docs.chapter_list`: a
    chapter's heading takes the gold section of its first paragraph, each paragraph keeps its own); returns the gold
    paths written."""
    return build_set(DOCS, {"rights14": chapter_list}, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
