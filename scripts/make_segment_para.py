"""Tuning documents of the ``paraphr2`` shape of issue 14 (segpara session): Slovenian, Estonian, English.

Usage: ``python scripts/make_segment_para.py`` (from the repository root). A whole
free-form strategy without Annex numbers, five chapters under titles of its own
that paraphrase Annex sections (other sections and another order than ``paraphr``
of :mod:`make_segment_docs`: 2.1.1 partners abroad, 2.3.1 asylum procedure, 2.4
preparedness, 2.5 coordination, 2.6 staff and money), wording written for this
session in languages not used for paraphrased titles before. Written to
``tests/data/segment_docs`` (tuning).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, build_set, own_chapters  # noqa: E402

ORDER = ("2.3.1", "2.1.1", "2.6", "2.4", "2.5")

TEXT: dict[str, dict] = {
    "sl": {
        "title": "Nacionalna strategija upravljanja azila in migracij 2026–2030 – povzetek",
        "2.3.1": ("Hitrejše odločanje o prošnjah za zaščito",
                  ["Prošnje za mednarodno zaščito se vložijo v sprejemnem centru v Ljubljani v treh dneh po prihodu; prvi razgovor opravi odločevalec v enem tednu.",
                   "Povprečni čas do odločitve na prvi stopnji se do leta 2028 skrajša s štirinajstih na šest mesecev, zadeve iz varnih izvornih držav se obravnavajo v pospešenem postopku."]),
        "2.1.1": ("Sodelovanje z državami izvora in tranzita",
                  ["Slovenija sklene partnerstva z Bosno in Hercegovino ter Srbijo o upravljanju meja, izmenjavi podatkov in ponovnem sprejemu.",
                   "Razvojna pomoč v višini 12 milijonov evrov letno podpira zaposlovanje mladih v državah izvora in varne zakonite poti za sezonske delavce."]),
        "2.6": ("Kadri, oprema in denar za izvedbo",
                ["Pristojni organi zaposlijo 120 novih uslužbencev, od tega 40 odločevalcev, in prejmejo dodatnih 18 milijonov evrov letno do leta 2030.",
                 "Nov informacijski sistem poveže policijo, urad za oskrbo in integracijo migrantov ter sodišča; povezava z Eurodacom bo delovala junija 2026."]),
        "2.4": ("Ko pride več ljudi, kot smo pričakovali",
                ["Načrt ukrepov ob povečanem prihodu predvideva 3 000 rezervnih mest v šotorskih naseljih in vojašnicah, ki jih je mogoče odpreti v 72 urah.",
                 "Vsako leto vlada izvede vajo s civilno zaščito, občinami in nevladnimi organizacijami; kazalniki zgodnjega opozarjanja se spremljajo tedensko."]),
        "2.5": ("Kdo kaj usklajuje",
                ["Medresorska delovna skupina pod vodstvom ministrstva za notranje zadeve se sestaja mesečno in spremlja izvajanje vseh ukrepov strategije.",
                 "Občine, socialni partnerji in nevladne organizacije sodelujejo v posvetovalnem svetu, ki enkrat letno oceni napredek in predlaga spremembe."]),
    },
    "et": {
        "title": "Riiklik varjupaiga- ja rändehalduse strateegia 2026–2030 – lühikokkuvõte",
        "2.3.1": ("Kiirem otsus kaitsetaotlustele",
                  ["Rahvusvahelise kaitse taotlus esitatakse Vao keskuses kolme päeva jooksul pärast saabumist ja esimene vestlus toimub ühe nädala jooksul.",
                   "Esimese astme menetluse keskmine kestus lüheneb 2028. aastaks kümnelt kuult viiele; turvalistest päritoluriikidest pärit taotlused vaadatakse läbi kiirmenetluses."]),
        "2.1.1": ("Koostöö päritolu- ja transiidiriikidega",
                  ["Eesti sõlmib Gruusia ja Moldovaga kokkulepped piirihalduse, andmevahetuse ja tagasivõtmise kohta.",
                   "Arenguabi 4 miljonit eurot aastas toetab noorte tööhõivet päritoluriikides ja seaduslikke töörände võimalusi hooajatöötajatele."]),
        "2.6": ("Inimesed, tehnika ja raha elluviimiseks",
                ["Vastutavad asutused võtavad tööle 60 uut töötajat, sealhulgas 25 menetlejat, ja saavad 2030. aastani lisaks 7 miljonit eurot aastas.",
                 "Uus infosüsteem ühendab politsei, sotsiaalkindlustusameti ja kohtud; ühendus Eurodaciga valmib 2026. aasta juuniks."]),
        "2.4": ("Kui saabub rohkem inimesi, kui ootasime",
                ["Massilise sisserände plaan näeb ette 1 500 reservkohta telklaagrites ja kasarmutes, mis avatakse 72 tunni jooksul.",
                 "Igal aastal korraldab valitsus õppuse Päästeameti, omavalitsuste ja vabaühendustega; varajase hoiatamise näitajaid jälgitakse iga nädal."]),
        "2.5": ("Kes mida koordineerib",
                ["Siseministeeriumi juhitud ministeeriumidevaheline töörühm koguneb kord kuus ja jälgib kõigi strateegia meetmete elluviimist.",
                 "Omavalitsused, sotsiaalpartnerid ja vabaühendused osalevad nõuandekogus, mis hindab kord aastas edusamme ja teeb ettepanekuid muudatusteks."]),
    },
    "en": {
        "title": "National asylum and migration management strategy 2026–2030 – summary for Parliament",
        "2.3.1": ("Faster decisions on protection claims",
                  ["Applications for international protection are lodged at the Northgate centre within three days of arrival; the first interview takes place within one week.",
                   "The average time to a first-instance decision falls from fourteen to six months by 2028; claims from safe countries of origin are examined in an accelerated procedure."]),
        "2.1.1": ("Working with countries of origin and transit",
                  ["We conclude partnerships with two countries of transit on border management, exchange of data and readmission.",
                   "Development aid of EUR 20 million a year supports youth employment in countries of origin and safe legal pathways for seasonal workers."]),
        "2.6": ("People, tools and money to deliver",
                ["The responsible authorities hire 300 new staff, 90 of them caseworkers, and receive an extra EUR 40 million a year until 2030.",
                 "A new case-management system links the police, the reception agency and the courts; the connection to Eurodac is live in June 2026."]),
        "2.4": ("When more people arrive than expected",
                ["The surge plan keeps 5 000 reserve places in tents and barracks that can be opened within 72 hours.",
                 "Every year the government runs an exercise with civil protection, municipalities and NGOs; early-warning indicators are monitored weekly."]),
        "2.5": ("Who coordinates what",
                ["An interministerial working group chaired by the Home Office meets monthly and monitors the implementation of every measure of the strategy.",
                 "Municipalities, social partners and NGOs sit on an advisory council that assesses progress once a year and proposes changes."]),
    },
}


def paraphr2(d: Doc, t: dict) -> None:
    """Five own unnumbered titles paraphrasing Annex sections, in an order of the document's own, no template text."""
    own_chapters(d, t, ORDER)


def build() -> list[Path]:
    """Write every document; returns the gold paths written."""
    return build_set(TEXT, {"paraphr2": paraphr2}, held=False)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
