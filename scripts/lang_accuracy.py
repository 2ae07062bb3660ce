"""Language detection accuracy on short texts in the 24 EU languages and in languages outside them.

The texts below were written for this check (two short sentences on asylum
and migration per language, none taken from the development corpus). For
each EU language the detector must answer its ISO 639-1 code; for the other
languages it must answer a code outside the 24 (so that the analysis warns,
W111) and never one of them.

Usage::

    PYTHONPATH=src python scripts/lang_accuracy.py

Prints one line per language (right/total and what was answered when wrong)
and the overall accuracy; exits 1 when any EU language is missed.
"""

from __future__ import annotations

import sys

EU_TEXTS: dict[str, list[str]] = {
    "bg": ["Правителството ще увеличи капацитета на приемните центрове до края на годината.",
           "Молбите за международна закрила се разглеждат в срок от шест месеца."],
    "cs": ["Vláda do konce roku zvýší kapacitu přijímacích středisek pro žadatele o azyl.",
           "Žádosti o mezinárodní ochranu se vyřizují do šesti měsíců od podání."],
    "da": ["Regeringen vil øge kapaciteten på modtagecentrene inden udgangen af året.",
           "Ansøgninger om international beskyttelse behandles inden for seks måneder."],
    "de": ["Die Regierung erhöht bis Jahresende die Kapazität der Aufnahmeeinrichtungen.",
           "Anträge auf internationalen Schutz werden innerhalb von sechs Monaten entschieden."],
    "el": ["Η κυβέρνηση θα αυξήσει τη χωρητικότητα των κέντρων υποδοχής έως το τέλος του έτους.",
           "Οι αιτήσεις διεθνούς προστασίας εξετάζονται εντός έξι μηνών."],
    "en": ["The government will increase the capacity of reception centres by the end of the year.",
           "Applications for international protection are decided within six months."],
    "es": ["El Gobierno aumentará la capacidad de los centros de acogida antes de fin de año.",
           "Las solicitudes de protección internacional se resuelven en un plazo de seis meses."],
    "et": ["Valitsus suurendab aasta lõpuks vastuvõtukeskuste mahutavust.",
           "Rahvusvahelise kaitse taotlused lahendatakse kuue kuu jooksul."],
    "fi": ["Hallitus lisää vastaanottokeskusten kapasiteettia vuoden loppuun mennessä.",
           "Kansainvälistä suojelua koskevat hakemukset ratkaistaan kuuden kuukauden kuluessa."],
    "fr": ["Le gouvernement augmentera la capacité des centres d'accueil d'ici la fin de l'année.",
           "Les demandes de protection internationale sont traitées dans un délai de six mois."],
    "ga": ["Méadóidh an Rialtas acmhainn na n-ionad fáiltithe faoi dheireadh na bliana.",
           "Déantar cinneadh ar iarratais ar chosaint idirnáisiúnta laistigh de shé mhí."],
    "hr": ["Vlada će do kraja godine povećati kapacitet prihvatnih centara za tražitelje azila.",
           "O zahtjevima za međunarodnu zaštitu odlučuje se u roku od šest mjeseci."],
    "hu": ["A kormány az év végéig növeli a befogadó központok kapacitását.",
           "A nemzetközi védelem iránti kérelmekről hat hónapon belül döntenek."],
    "it": ["Il governo aumenterà la capacità dei centri di accoglienza entro la fine dell'anno.",
           "Le domande di protezione internazionale sono decise entro sei mesi."],
    "lt": ["Vyriausybė iki metų pabaigos padidins priėmimo centrų pajėgumus.",
           "Prašymai suteikti tarptautinę apsaugą išnagrinėjami per šešis mėnesius."],
    "lv": ["Valdība līdz gada beigām palielinās uzņemšanas centru ietilpību.",
           "Starptautiskās aizsardzības pieteikumus izskata sešu mēnešu laikā."],
    "mt": ["Il-Gvern se jżid il-kapaċità taċ-ċentri tal-akkoljenza sal-aħħar tas-sena.",
           "L-applikazzjonijiet għall-protezzjoni internazzjonali jiġu deċiżi fi żmien sitt xhur."],
    "nl": ["De regering vergroot voor het einde van het jaar de capaciteit van de opvangcentra.",
           "Aanvragen om internationale bescherming worden binnen zes maanden beslist."],
    "pl": ["Rząd do końca roku zwiększy pojemność ośrodków recepcyjnych dla cudzoziemców.",
           "Wnioski o udzielenie ochrony międzynarodowej rozpatruje się w ciągu sześciu miesięcy."],
    "pt": ["O Governo vai aumentar a capacidade dos centros de acolhimento até ao final do ano.",
           "Os pedidos de proteção internacional são decididos no prazo de seis meses."],
    "ro": ["Guvernul va crește capacitatea centrelor de primire până la sfârșitul anului.",
           "Cererile de protecție internațională sunt soluționate în termen de șase luni."],
    "sk": ["Vláda do konca roka zvýši kapacitu prijímacích zariadení pre žiadateľov o azyl.",
           "O žiadostiach o medzinárodnú ochranu sa rozhoduje do šiestich mesiacov."],
    "sl": ["Vlada bo do konca leta povečala zmogljivost sprejemnih centrov za prosilce za azil.",
           "O prošnjah za mednarodno zaščito se odloči v šestih mesecih."],
    "sv": ["Regeringen ska öka kapaciteten på mottagningscentren före årets slut.",
           "Ansökningar om internationellt skydd avgörs inom sex månader."],
}

OTHER_TEXTS: dict[str, list[str]] = {
    "ar": ["ستزيد الحكومة قدرة مراكز الاستقبال بحلول نهاية العام.",
           "يتم البت في طلبات الحماية الدولية في غضون ستة أشهر."],
    "zh": ["政府将在年底前提高接待中心的容量。", "国际保护申请将在六个月内作出决定。"],
    "ru": ["Правительство увеличит вместимость центров приёма беженцев до конца года.",
           "Заявления о международной защите рассматриваются в течение шести месяцев."],
    "uk": ["Уряд збільшить місткість центрів прийому біженців до кінця року.",
           "Заяви про міжнародний захист розглядаються протягом шести місяців."],
    "tr": ["Hükümet yıl sonuna kadar kabul merkezlerinin kapasitesini artıracak.",
           "Uluslararası koruma başvuruları altı ay içinde karara bağlanır."],
    "ja": ["政府は年末までに受け入れセンターの収容能力を拡大する。", "国際的保護の申請は六か月以内に決定される。"],
    "hi": ["सरकार वर्ष के अंत तक स्वागत केंद्रों की क्षमता बढ़ाएगी।", "अंतर्राष्ट्रीय संरक्षण के आवेदनों पर छह महीने के भीतर निर्णय लिया जाता है।"],
    "he": ["הממשלה תגדיל את קיבולת מרכזי הקליטה עד סוף השנה.", "בקשות להגנה בינלאומית מוכרעות בתוך שישה חודשים."],
    "fa": ["دولت تا پایان سال ظرفیت مراکز پذیرش را افزایش می‌دهد.", "درخواست‌های حمایت بین‌المللی ظرف شش ماه بررسی می‌شوند."],
}


def main() -> int:
    from analyser.text import EU_LANGUAGES, detect_language

    missed = 0
    total = right = 0
    for code, texts in {**EU_TEXTS, **OTHER_TEXTS}.items():
        answers = [detect_language(t) for t in texts]
        ok = [a == code if code in EU_TEXTS else (a not in EU_LANGUAGES and a != "und") for a in answers]
        total += len(ok)
        right += sum(ok)
        if code in EU_TEXTS and not all(ok):
            missed += 1
        wrong = [a for a, good in zip(answers, ok) if not good]
        print(f"{code}{'' if code in EU_TEXTS else ' (outside EU)'}: {sum(ok)}/{len(ok)}" + (f"  answered {wrong}" if wrong else ""))
    print(f"overall: {right}/{total} = {right / total:.3f}; EU languages missed: {missed}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
