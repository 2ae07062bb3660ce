"""Paraphrased-title segmentation documents of the tenth session (issue 14, segpara6): the ``paraphr7`` shape.

Usage: ``python scripts/make_segment_para7.py`` (from the repository root). A free-form
strategy excerpt without Annex numbers: six own unnumbered chapters (1 the national
situation, 2.2.1 guarding the external border, 2.2.2 asking for protection at the
border and the border procedure, 2.3.2 rights and guarantees, 2.3.3 reception, 2.5 joined-up government)
whose titles paraphrase the Annex's in words of their own, two answers each, new
wording and invented figures. Languages not used for the ``paraphr4``–``paraphr6``
shapes: Hungarian, Finnish, Slovenian, Estonian and French. Written before the
session changed any code and not looked at until its rule was chosen (the session's
unseen measure); all to ``tests/data/segment_heldout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, build_set, own_chapters  # noqa: E402

ORDER = ("1", "2.2.1", "2.2.2", "2.3.2", "2.3.3", "2.5")

HELD: dict[str, dict] = {
    "hu": {
        "title": "Nemzeti menekültügyi és migrációkezelési stratégia 2026–2030 – kivonat társadalmi egyeztetésre",
        "1": ("Honnan indulunk",
              ["2025-ben 4 300 menedékkérelmet nyújtottak be Magyarországon, háromszor annyit, mint 2022-ben; a kérelmezők többsége a nyugat-balkáni útvonalon érkezett.",
               "Az ország a schengeni térség külső határán fekszik, ezért a tranzitmigráció és a szomszédos országokban kialakuló válságok közvetlenül érintik."]),
        "2.2.1": ("A külső határ őrzése",
                  ["A rendőrség 60 új járőrautót és hőkamerás megfigyelőtornyokat kap a szerb és ukrán határszakaszra, az adatok az EUROSUR nemzeti koordinációs központjába futnak be.",
                   "A határátkelőhelyeken minden belépőt ellenőriznek a Schengeni Információs Rendszerben, és a Frontex állandó állományának 40 tisztje segíti a határforgalom-ellenőrzést."]),
        "2.2.2": ("Menedékkérés a határon",
                  ["Aki egy határátkelőhelyen vagy a tranzitzónában nemzetközi védelmet kér, azt 24 órán belül nyilvántartásba veszik, és a menekültügyi hatóság munkatársa meghallgatja.",
                   "A határon folytatott eljárás a fellebbezéssel együtt legfeljebb tizenkét hétig tart; az elutasított kérelmezők kiutasítása közvetlenül a határon folytatott visszaküldési eljárásban történik."]),
        "2.3.2": ("Tisztességes eljárás mindenkinek",
                  ["Minden kérelmező az első naptól ingyenes jogi tanácsadást kap, és minden meghallgatáson tolmács van jelen.",
                   "A kísérő nélküli kiskorúak 24 órán belül gyámot kapnak, a sérülékeny személyeket képzett munkatársak azonosítják."]),
        "2.3.3": ("Fedél és ellátás az eljárás alatt",
                  ["A befogadó állomások férőhelyeit 2 000-re növeljük, legfeljebb 250 lakóval állomásonként.",
                   "Minden állomáson orvosi rendelő működik, és a gyermekes családok külön épületszárnyban laknak."]),
        "2.5": ("Egy irányba húzó kormányzat",
                ["Egy tárcaközi munkacsoport havonta ülésezik a Belügyminisztérium vezetésével, és a megyei kormányhivatalok is részt vesznek benne.",
                 "A minisztériumok közös adatcserét vezetnek be, és évente közös jelentést készítenek az Országgyűlésnek."]),
    },
    "fi": {
        "title": "Kansallinen turvapaikka- ja maahanmuuton hallinnan strategia 2026–2030 – ote lausuntokierrokselle",
        "1": ("Lähtötilanne",
              ["Vuonna 2025 Suomeen jätettiin 5 100 turvapaikkahakemusta, ja suurin osa hakijoista saapui Venäjän vastaisen rajan kautta tai lentoteitse.",
               "Suomen itäraja on EU:n pisin maaraja Venäjän kanssa, joten tilanne naapurimaassa vaikuttaa suoraan maahantuloon."]),
        "2.2.1": ("Ulkorajan valvonta",
                  ["Rajavartiolaitos rakentaa 200 kilometriä esteaitaa kameroineen itärajalle ja liittää valvontatiedot EUROSUR-järjestelmään.",
                   "Rajanylityspaikoilla jokainen matkustaja tarkastetaan Schengenin tietojärjestelmästä, ja Frontexin pysyvän joukon virkamiehet avustavat rajatarkastuksissa."]),
        "2.2.2": ("Turvapaikan hakeminen rajalla",
                  ["Rajanylityspaikalla tai kauttakulkualueella kansainvälistä suojelua pyytävä rekisteröidään 24 tunnin kuluessa, ja Maahanmuuttoviraston virkailija haastattelee hänet.",
                   "Rajamenettely kestää valituksineen enintään kaksitoista viikkoa; kielteisen päätöksen saaneiden palauttaminen hoidetaan suoraan rajalla tapahtuvassa palautusmenettelyssä."]),
        "2.3.2": ("Oikeudenmukainen kohtelu hakijoille",
                  ["Jokainen hakija saa maksutonta oikeusapua ensimmäisestä päivästä alkaen, ja jokaisessa puhuttelussa on tulkki.",
                   "Ilman huoltajaa tulleelle lapselle nimetään edustaja 24 tunnin kuluessa, ja koulutettu henkilöstö tunnistaa haavoittuvassa asemassa olevat."]),
        "2.3.3": ("Asuminen ja arki hakemuksen käsittelyn aikana",
                  ["Vastaanottokeskusten paikkamäärä nostetaan 6 000:een, ja yhdessä keskuksessa asuu enintään 200 ihmistä.",
                   "Jokaisessa keskuksessa on terveydenhoitaja, ja lapsiperheet asuvat omissa asunnoissaan keskuksen yhteydessä."]),
        "2.5": ("Koko valtionhallinto samaan suuntaan",
                ["Sisäministeriön johtama ministeriöiden välinen työryhmä kokoontuu kuukausittain, ja hyvinvointialueet ja kunnat osallistuvat siihen.",
                 "Viranomaiset ottavat käyttöön yhteisen tilannekuvan ja raportoivat eduskunnalle vuosittain."]),
    },
    "sl": {
        "title": "Nacionalna strategija upravljanja azila in migracij 2026–2030 – izvleček za javno obravnavo",
        "1": ("Kje smo danes",
              ["Leta 2025 je bilo v Sloveniji vloženih 7 200 prošenj za mednarodno zaščito, večina prosilcev pa je prišla po zahodnobalkanski poti.",
               "Slovenija leži na zunanji schengenski meji s Hrvaško, zato se spremembe na poti skozi Balkan hitro pokažejo pri nas."]),
        "2.2.1": ("Varovanje zunanje meje",
                  ["Policija dobi 50 novih patruljnih vozil in termovizijske kamere za južno mejo, podatki pa se stekajo v nacionalni koordinacijski center EUROSUR.",
                   "Na mejnih prehodih se vsak potnik preveri v schengenskem informacijskem sistemu, pri mejni kontroli pa pomagajo uradniki stalne enote Frontexa."]),
        "2.2.2": ("Prošnja za zaščito na meji",
                  ["Kdor na mejnem prehodu ali v tranzitnem območju zaprosi za mednarodno zaščito, je evidentiran v 24 urah, uradnik urada za azil pa ga zasliši.",
                   "Postopek na meji s pritožbo vred traja največ dvanajst tednov; zavrnjeni prosilci so vrnjeni neposredno v postopku vračanja na meji."]),
        "2.3.2": ("Pošten postopek za vsakogar",
                  ["Vsak prosilec ima od prvega dne pravico do brezplačnega pravnega svetovanja, na vsakem zaslišanju je prisoten tolmač.",
                   "Mladoletnik brez spremstva dobi zakonitega zastopnika v 24 urah, usposobljeno osebje pa prepozna ranljive osebe."]),
        "2.3.3": ("Streha in oskrba med postopkom",
                  ["Zmogljivost azilnega doma in njegovih izpostav se poveča na 1 500 mest, v vsaki izpostavi živi največ 200 ljudi.",
                   "Vsaka izpostava ima ambulanto, družine z otroki pa živijo v ločenem delu stavbe."]),
        "2.5": ("Vsa vlada v isto smer",
                ["Medresorska delovna skupina pod vodstvom Ministrstva za notranje zadeve se sestaja vsak mesec, sodelujejo tudi občine.",
                 "Ministrstva uvedejo skupno izmenjavo podatkov in vsako leto pripravijo skupno poročilo za državni zbor."]),
    },
    "et": {
        "title": "Riiklik varjupaiga- ja rändehalduse strateegia 2026–2030 – väljavõte kooskõlastamiseks",
        "1": ("Kust me alustame",
              ["2025. aastal esitati Eestis 3 900 rahvusvahelise kaitse taotlust, enamik taotlejaid saabus Venemaa piiri kaudu või lennuga.",
               "Eesti kagupiir on Euroopa Liidu välispiir Venemaaga, mistõttu mõjutab naaberriigi olukord otse meie rändesurvet."]),
        "2.2.1": ("Välispiiri valvamine",
                  ["Politsei- ja Piirivalveamet ehitab kagupiirile 120 kilomeetrit tõket koos kaameratega ja ühendab valveandmed EUROSURi süsteemiga.",
                   "Piiripunktides kontrollitakse iga reisijat Schengeni infosüsteemis ning Frontexi alalise korpuse ametnikud aitavad piirikontrolli teha."]),
        "2.2.2": ("Kaitse taotlemine piiril",
                  ["Kes piiripunktis või transiitalal rahvusvahelist kaitset palub, registreeritakse 24 tunni jooksul ja teda küsitleb varjupaigaametnik.",
                   "Piirimenetlus koos kaebusega kestab kõige rohkem kaksteist nädalat; eitava otsuse saanud taotlejad saadetakse tagasi otse piiril toimuvas tagasisaatmismenetluses."]),
        "2.3.2": ("Õiglane menetlus igaühele",
                  ["Iga taotleja saab esimesest päevast tasuta õigusabi ja igal intervjuul on tõlk.",
                   "Saatjata alaealisele määratakse esindaja 24 tunni jooksul ning koolitatud töötajad tuvastavad haavatavad inimesed."]),
        "2.3.3": ("Katus pea kohal ja hoolitsus menetluse ajal",
                  ["Majutuskeskuste kohtade arv tõuseb 1 200-ni ja ühes keskuses elab kuni 150 inimest.",
                   "Igas keskuses on õde ja lastega pered elavad eraldi tiivas."]),
        "2.5": ("Kogu valitsus ühes suunas",
                ["Siseministeeriumi juhitud ministeeriumidevaheline töörühm koguneb igal kuul ja selles osalevad ka omavalitsused.",
                 "Asutused võtavad kasutusele ühise olukorrapildi ja annavad Riigikogule igal aastal aru."]),
    },
    "fr": {
        "title": "Stratégie nationale de gestion de l'asile et de la migration 2026–2030 – extrait soumis à concertation",
        "1": ("D'où nous partons",
              ["En 2025, 142 000 demandes d'asile ont été enregistrées en France, dont un tiers par des personnes déjà enregistrées dans un autre État membre.",
               "Avec ses frontières maritimes en Méditerranée, dans la Manche et outre-mer, la France est à la fois pays de destination et de transit vers le Royaume-Uni."]),
        "2.2.1": ("Surveiller la frontière extérieure",
                  ["La police aux frontières reçoit 80 véhicules de patrouille et des drones pour le littoral et les aéroports, reliés au centre national de coordination EUROSUR.",
                   "Aux points de passage frontaliers, chaque voyageur est vérifié dans le système d'information Schengen, et des agents du contingent permanent de Frontex renforcent les contrôles."]),
        "2.2.2": ("Demander l'asile à la frontière",
                  ["Toute personne qui demande une protection internationale à un point de passage ou en zone d'attente est enregistrée dans les 24 heures et entendue par un officier de protection.",
                   "La procédure à la frontière dure au plus douze semaines recours compris ; les demandeurs déboutés sont éloignés directement dans le cadre de la procédure de retour à la frontière."]),
        "2.3.2": ("Une procédure équitable pour chacun",
                  ["Chaque demandeur bénéficie d'un conseil juridique gratuit dès le premier jour et d'un interprète à chaque entretien.",
                   "Un mineur non accompagné reçoit un représentant dans les 24 heures, et un personnel formé repère les personnes vulnérables."]),
        "2.3.3": ("Un toit et un accompagnement pendant la procédure",
                  ["Le dispositif national d'accueil passe à 120 000 places, dans des centres de 200 personnes au plus.",
                   "Chaque centre dispose d'une infirmerie, et les familles avec enfants sont logées dans des appartements séparés."]),
        "2.5": ("Tout le gouvernement dans la même direction",
                ["Un comité interministériel présidé par le ministère de l'Intérieur se réunit chaque mois avec les préfets et les collectivités.",
                 "Les administrations partagent un tableau de bord commun et remettent chaque année un rapport conjoint au Parlement."]),
    },
}


def paraphr7(d: Doc, t: dict) -> None:
    """Six own unnumbered chapters whose titles paraphrase Annex sections (``ORDER``), no template text."""
    own_chapters(d, t, ORDER)


def build() -> list[Path]:
    """Write every document (held out); returns the gold paths written."""
    return build_set(HELD, {"paraphr7": paraphr7}, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
