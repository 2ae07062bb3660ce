"""Paraphrased own chapters of the fifteenth session (issue 14, segcs15): the ``rights15``/``border15`` shapes.

Usage: ``python scripts/make_segment_segcs15.py`` (from the repository root). Free-form strategy excerpts without
Annex numbers, own unnumbered chapters with paraphrased titles, in four languages not used by ``paraphr12``
(Slovak, Slovenian, Hungarian, Italian), written by the segcs15 helper before any measurement or tuning, with the
two traps of paraphr12's cs and ro documents:

- ``rights15`` (``sk``, ``hu``): a rights-and-guarantees chapter (2.3.2) next to an integration chapter (2.3.4) and a
  reception chapter (2.3.3), plus context (1), preparedness (2.4), return (2.1.2) and a merged partners-and-solidarity
  chapter (2.1.1 then 2.1.3);
- ``border15`` (``sl``, ``it``): a merged border chapter (2.2.1 guarding, then 2.2.2 screening and border procedure),
  and a merged procedure-and-reception chapter (2.3.1 then 2.3.3), plus resources (2.6), context (1), rights (2.3.2),
  integration (2.3.4) and return (2.1.2).

``sk`` and ``sl`` are the tuning documents of the segcs15 change; ``hu`` and ``it`` are held out (measured once after
the rule was chosen). All to ``tests/data/segment_heldout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, chapter_list, write_doc  # noqa: E402

# A chapter: (its title, [(Annex section, paragraph), ...]); the heading's gold section is its first paragraph's.
RIGHTS15: dict[str, dict] = {
    "sk": {
        "title": "Národná stratégia riadenia azylu a migrácie na roky 2026 – 2030 – návrh na pripomienkovanie",
        "chapters": [
            ("Kde sa nachádzame", [
                ("1", "V roku 2025 požiadalo na Slovensku o medzinárodnú ochranu 1 800 osôb, väčšina na hranici s Ukrajinou a na letisku v Bratislave."),
                ("1", "Slovensko stráži úsek vonkajšej pozemnej hranice Únie s Ukrajinou a poskytuje dočasné útočisko viac ako 120 000 ľuďom.")]),
            ("Partnerstvá so svetom a solidarita v Únii", [
                ("2.1.1", "S dvoma krajinami pôvodu uzavrieme partnerstvá pre mobilitu: 1 000 povolení na sezónnu prácu ročne výmenou za spoluprácu pri readmisii."),
                ("2.1.1", "Krajinám, ktoré hostia utečencov v blízkosti ich domova, poskytneme 15 miliónov eur rozvojovej pomoci."),
                ("2.1.3", "V rámci mechanizmu solidarity Slovensko prispeje finančne alebo prevezme 300 osôb ročne od členských štátov pod tlakom."),
                ("2.1.3", "Ak je iný členský štát preťažený, vyšleme mu odborníkov na azyl a tímy na registráciu.")]),
            ("Práva, ktoré má každý žiadateľ", [
                ("2.3.2", "Každý žiadateľ má od prvého dňa nárok na bezplatnú právnu pomoc a tlmočníka pri každom pohovore."),
                ("2.3.2", "Maloletí bez sprievodu dostanú opatrovníka do 24 hodín a vyškolení pracovníci rozpoznajú obete mučenia a obchodovania s ľuďmi pri prvom kontakte.")]),
            ("Slovenčina a zamestnanie", [
                ("2.3.4", "Osoby s priznanou ochranou absolvujú 250 hodín bezplatného kurzu slovenčiny a dostanú podporu úradu práce."),
                ("2.3.4", "Zahraničné diplomy sa uznávajú do troch mesiacov a deti nastúpia do školy do jedného mesiaca od príchodu.")]),
            ("Bývanie počas konania", [
                ("2.3.3", "Pobytové tábory budú mať 2 500 miest, v každom najviac 150 obyvateľov a ambulanciu lekára."),
                ("2.3.3", "Rodiny s deťmi bývajú v samostatných bytoch s kuchyňou a dostávajú mesačný príspevok na bežné výdavky.")]),
            ("Keď niekto nesmie zostať", [
                ("2.1.2", "Odovzdania do zodpovedného členského štátu vykoná špeciálny útvar policajného zboru do šiestich mesiacov."),
                ("2.1.2", "Osoby bez práva na pobyt dostanú poradenstvo o dobrovoľnom návrate a podporu pri opätovnej integrácii v krajine pôvodu.")]),
            ("Pripravení na náhly príliv", [
                ("2.4", "Krízový plán umožňuje do desiatich dní ubytovať 15 000 osôb v športových halách a v zariadeniach okresných úradov."),
                ("2.4", "Plán určuje, kto ho spúšťa a ktorí záložní pracovníci sa povolávajú, a každý rok sa precvičuje s hasičským a záchranným zborom.")]),
        ],
    },
    "hu": {
        "title": "Nemzeti menekültügyi és migrációkezelési stratégia 2026–2030 – társadalmi egyeztetésre szánt tervezet",
        "chapters": [
            ("Honnan indulunk", [
                ("1", "2025-ben Magyarországon 900 nemzetközi védelem iránti kérelmet nyújtottak be, többségüket a belgrádi és kijevi nagykövetségen."),
                ("1", "Magyarország az Unió külső szárazföldi határának hosszú szakaszát őrzi Szerbia felé, és több mint 60 000 ukrajnai menekültnek nyújt átmeneti védelmet.")]),
            ("Ha sokan érkeznek egyszerre", [
                ("2.4", "A vészhelyzeti terv tíz napon belül 20 000 ember elszállásolását teszi lehetővé sportcsarnokokban és megyei létesítményekben."),
                ("2.4", "A terv rögzíti, ki indítja el és mely tartalék munkatársakat hívják be, és évente gyakorlatot tartanak a katasztrófavédelemmel.")]),
            ("Nyelv és munka", [
                ("2.3.4", "A védelemben részesülők 300 órás ingyenes magyar nyelvtanfolyamon vesznek részt, és a munkaügyi hivatal segíti őket."),
                ("2.3.4", "A külföldi okleveleket három hónapon belül elismerik, a gyerekek pedig egy hónapon belül iskolába járnak.")]),
            ("Minden kérelmezőt megillető biztosítékok", [
                ("2.3.2", "Minden kérelmező az első naptól ingyenes jogi segítséget és tolmácsot kap minden meghallgatáson."),
                ("2.3.2", "A kísérő nélküli kiskorúak 24 órán belül gyámot kapnak, a képzett személyzet pedig már az első találkozáskor felismeri a kínzás és az emberkereskedelem áldozatait.")]),
            ("Fedél a fejünk felett az eljárás alatt", [
                ("2.3.3", "A befogadó állomásokon 1 500 férőhely lesz, mindegyikben legfeljebb 200 lakó és orvosi rendelő."),
                ("2.3.3", "A gyermekes családok külön lakrészben, konyhával laknak, és havi ellátást kapnak a napi kiadásokra.")]),
            ("Külföldi partnerek és közös felelősség az Unióban", [
                ("2.1.1", "Három származási országgal mobilitási partnerséget kötünk: évi 1 500 idénymunka-engedély a visszafogadási együttműködésért cserébe."),
                ("2.1.1", "A menekülteket otthonukhoz közel befogadó országok 10 millió euró fejlesztési támogatást kapnak."),
                ("2.1.3", "A szolidaritási mechanizmus keretében Magyarország pénzügyi hozzájárulást fizet vagy évi 200 embert vesz át a nyomás alatt álló tagállamoktól."),
                ("2.1.3", "Ha egy másik tagállam túlterhelt, menekültügyi szakértőket és nyilvántartásba vételi csoportokat küldünk.")]),
            ("Akiknek távozniuk kell", [
                ("2.1.2", "A felelős tagállamba történő átadásokat a rendőrség különleges egysége hat hónapon belül végrehajtja."),
                ("2.1.2", "A tartózkodási jog nélküli személyek tanácsadást kapnak az önkéntes hazatérésről és támogatást a visszailleszkedéshez.")]),
        ],
    },
}

BORDER15: dict[str, dict] = {
    "sl": {
        "title": "Nacionalna strategija upravljanja azila in migracij 2026–2030 – osnutek za javno obravnavo",
        "chapters": [
            ("Ljudje, oprema in denar", [
                ("2.6", "Do leta 2028 bomo na policiji in v uradu za oskrbo in integracijo migrantov zaposlili 400 novih delavcev in zgradili nov sprejemni center."),
                ("2.6", "Informacijski sistemi bodo povezani z Eurodacom in sistemom vstopa/izstopa, Sklad za azil, migracije in vključevanje pa bo dopolnil državni proračun.")]),
            ("Izhodišče", [
                ("1", "Leta 2025 je v Sloveniji za mednarodno zaščito zaprosilo 7 000 oseb, večina na meji s Hrvaško."),
                ("1", "Slovenija je po vstopu Hrvaške v schengensko območje tranzitna država na balkanski poti in je sprejela 10 000 oseb iz Ukrajine.")]),
            ("Na meji", [
                ("2.2.1", "Policija bo zaposlila 300 novih policistov, okrepila nadzor z droni in termovizijskimi kamerami ter sodelovala v skupnih operacijah Frontexa."),
                ("2.2.1", "Vsaka oseba, prijeta po nedovoljenem prestopu meje, je registrirana, njeni prstni odtisi pa so odvzeti v 72 urah."),
                ("2.2.2", "Preverjanje ob prihodu, z varnostnim in zdravstvenim pregledom ter ugotavljanjem istovetnosti, traja največ sedem dni."),
                ("2.2.2", "Prošnje, vložene na letališču, se obravnavajo v mejnem postopku v največ dvanajstih tednih, družine z otroki pa so iz postopka izvzete.")]),
            ("Pravice vsakega prosilca", [
                ("2.3.2", "Vsak prosilec ima od prvega dne pravico do brezplačne pravne pomoči in tolmača pri vsakem razgovoru."),
                ("2.3.2", "Mladoletniki brez spremstva dobijo zakonitega zastopnika v 24 urah, usposobljeno osebje pa žrtve mučenja in trgovine z ljudmi prepozna ob prvem stiku.")]),
            ("Odločanje in namestitev", [
                ("2.3.1", "Ministrstvo za notranje zadeve bo o prošnjah na prvi stopnji odločalo v šestih mesecih in zaposlilo 40 novih odločevalcev."),
                ("2.3.1", "Informacije o izvornih državah se posodabljajo vsako četrtletje, upravno sodišče pa dobi poseben oddelek za azil."),
                ("2.3.3", "Azilni dom in njegove izpostave bodo imeli 1 200 mest, vsaka enota z ambulanto."),
                ("2.3.3", "Družine z otroki bivajo v ločenih stanovanjih s kuhinjo in prejemajo mesečno denarno pomoč za vsakdanje stroške.")]),
            ("Jezik, delo in šola", [
                ("2.3.4", "Osebe z mednarodno zaščito obiskujejo 300 ur brezplačnega tečaja slovenščine in dobijo pomoč zavoda za zaposlovanje."),
                ("2.3.4", "Tuje diplome se priznajo v treh mesecih, otroci pa začnejo hoditi v šolo v enem mesecu po prihodu.")]),
            ("Tisti, ki morajo oditi", [
                ("2.1.2", "Predaje odgovorni državi članici izvede posebna policijska enota v šestih mesecih."),
                ("2.1.2", "Osebe brez pravice do prebivanja dobijo svetovanje o prostovoljnem vračanju in podporo pri ponovnem vključevanju v izvorni državi.")]),
        ],
    },
    "it": {
        "title": "Strategia nazionale per la gestione dell'asilo e della migrazione 2026–2030 – bozza per la consultazione",
        "chapters": [
            ("Da dove partiamo", [
                ("1", "Nel 2025 in Italia sono state presentate 150 000 domande di protezione internazionale, per lo più dopo sbarchi a Lampedusa e in Calabria."),
                ("1", "L'Italia presidia una lunga frontiera marittima esterna dell'Unione nel Mediterraneo centrale e ha accolto oltre 170 000 persone dall'Ucraina.")]),
            ("Persone, mezzi e risorse", [
                ("2.6", "Entro il 2028 assumeremo 2 000 nuovi addetti nelle questure, nelle commissioni territoriali e nella polizia di frontiera e apriremo tre nuovi centri."),
                ("2.6", "I sistemi informatici saranno collegati a Eurodac e al sistema di ingressi/uscite, e il Fondo Asilo, migrazione e integrazione integrerà il bilancio dello Stato.")]),
            ("Dall'esame all'accoglienza", [
                ("2.3.1", "Le commissioni territoriali decideranno in primo grado entro sei mesi e saranno rafforzate con 250 nuovi funzionari istruttori."),
                ("2.3.1", "Le informazioni sui paesi di origine sono aggiornate ogni trimestre e i tribunali avranno sezioni specializzate in materia di asilo."),
                ("2.3.3", "I centri di accoglienza avranno 60 000 posti, ciascuno con al massimo 300 ospiti e un presidio sanitario."),
                ("2.3.3", "Le famiglie con bambini vivono in appartamenti separati con cucina e ricevono un contributo mensile per le spese quotidiane.")]),
            ("Tutele per ogni richiedente", [
                ("2.3.2", "Ogni richiedente riceve dal primo giorno assistenza legale gratuita e un interprete a ogni colloquio."),
                ("2.3.2", "I minori non accompagnati ricevono un tutore entro 24 ore e il personale formato riconosce le vittime di tortura e di tratta al primo contatto.")]),
            ("Alle frontiere esterne", [
                ("2.2.1", "La Guardia di finanza e la Guardia costiera potenzieranno la sorveglianza marittima con radar e droni e parteciperanno alle operazioni congiunte di Frontex."),
                ("2.2.1", "Ogni persona fermata dopo un attraversamento irregolare della frontiera è registrata e le sue impronte digitali sono rilevate entro 72 ore."),
                ("2.2.2", "Gli accertamenti all'arrivo, con controlli di sicurezza e sanitari e identificazione, durano al massimo sette giorni negli hotspot."),
                ("2.2.2", "Le domande presentate in porto sono esaminate con la procedura di frontiera in dodici settimane al massimo, e le famiglie con bambini ne sono escluse.")]),
            ("Lingua e lavoro", [
                ("2.3.4", "I titolari di protezione seguono 300 ore di corso gratuito di italiano e ricevono l'aiuto dei centri per l'impiego."),
                ("2.3.4", "I titoli di studio esteri sono riconosciuti in tre mesi e i bambini iniziano la scuola entro un mese dall'arrivo.")]),
            ("Chi deve partire", [
                ("2.1.2", "I trasferimenti verso lo Stato membro competente sono eseguiti entro sei mesi da un'unità speciale della polizia."),
                ("2.1.2", "Le persone senza diritto di soggiorno ricevono consulenza sul rimpatrio volontario e sostegno al reinserimento nel paese di origine.")]),
        ],
    },
}


def build() -> list[Path]:
    """Write every document to tests/data/segment_heldout; returns the gold paths written."""
    written = []
    for kind, texts in (("rights15", RIGHTS15), ("border15", BORDER15)):
        for lang, t in texts.items():
            d = Doc(f"seg-{lang}-{kind}", lang)
            chapter_list(d, t)
            written.append(write_doc(d, kind, held=True))
    return written


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
