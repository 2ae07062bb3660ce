"""Writes the inputs and gold of tests/data/heads14 (headings of every shape, fourteenth session, issue 14).

Run: /work/main/.venv/bin/python tests/data/heads14/make_inputs.py

Written with their gold before any change to the analyser, in languages none of the open defects' inputs use (sv, cs,
nl, ro, sk, da, sl, fi, et): four shapes of the open defects, one document tuning (seen while fixing) and one held-out
(measured once after the rules were chosen; ``split`` in each gold):

* ``runin`` — one line per Annex section, number without a full stop, a short own title and the answer after a colon
  ("1 Contexto: …", "2.1 Abordagem global: …"), as heads13 sv-runin. pt tuning; hu held-out.
* ``paras`` — a strategy numbered paragraph by paragraph (1.–N.) under upper-case Annex headings whose wording is the
  document's own ("2.3.3. UN SISTEMA DI ACCOGLIENZA RESILIENTE"), as heads13 cs-paras. it tuning; lt held-out.
* ``ownorder`` — own chapters "1."–"4." in the document's own order (reception before return), an Annex title as own
  "1.", own sub-numbers that are Annex numbers ("2.1 Kapaciteti" under "2. Prihvat"), as heads13 nl/ro-ownannex and
  segfix11 da-ownintro. hr tuning; lv held-out.
* ``mislabelled`` — "1." under 2.1.1's title over the national context, before the first confirmed Annex heading, then
  "2.1.2.", "2.3.3.", "2.6." right, as segfix11 sk-mislabelled. bg tuning; el held-out.

Gold: one block per line/paragraph (``role``, ``section``, ``text``); the .txt separates blocks by blank lines.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
# heads13's writer and paragraph numbering (its make_inputs.py, loaded by path: both files are named make_inputs)
_SPEC = importlib.util.spec_from_file_location("heads13_make_inputs", HERE.parent / "heads13" / "make_inputs.py")
assert _SPEC is not None and _SPEC.loader is not None
_H13 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_H13)
paras_items = _H13.paras_items


def _write(doc_id: str, lang: str, split: str, shape: str, items: list[tuple[str, str | None, str]]) -> None:
    _H13._write(doc_id, lang, split, shape, items, folder=HERE)


# ------------------------------------------------------------------------------------------ run-in, short own titles
RUNIN = {
    ("pt", "tuning"): ("Estratégia nacional de gestão do asilo e da migração 2026–2030 em resumo", [
        ("1", "Contexto", "em 2025 foram apresentados 2 700 pedidos de asilo (+8 %); a análise de risco da AIMA prevê chegadas estáveis por via aérea."),
        ("2", "Metas", "decisões mais rápidas e mais regressos até 2030."),
        ("2.1", "Abordagem global", "parcerias com países de origem e de trânsito."),
        ("2.1.1", "Dimensão externa", "acordos de readmissão com Cabo Verde e a Guiné-Bissau, 400 lugares de reinstalação por ano."),
        ("2.1.2", "Dimensão interna", "1 800 regressos por ano, de preferência voluntários com apoio à reintegração, afastamentos nos termos da Diretiva 2008/115/CE."),
        ("2.2", "Fronteiras", "a PSP controla as fronteiras externas nos aeroportos de Lisboa, Porto e Faro."),
        ("2.3.1", "Procedimentos", "a AIMA decide os pedidos de proteção internacional em seis meses."),
        ("2.3.3", "Acolhimento", "1 500 lugares nos centros de acolhimento do CPR com alojamento, alimentação e cuidados de saúde."),
        ("2.3.4", "Integração", "cursos de português, acesso ao emprego e reconhecimento de qualificações."),
        ("2.5", "Coordenação", "uma comissão interministerial junto do Ministério da Administração Interna com os municípios."),
        ("2.6", "Meios", "420 milhões de euros até 2030 e 150 novos técnicos; o FAMI (90 milhões de euros) e o IGFV completam o Orçamento do Estado."),
    ]),
    ("hu", "heldout"): ("Nemzeti menekültügyi és migrációkezelési stratégia 2026–2030 röviden", [
        ("1", "Háttér", "2025-ben 30 menedékkérelmet nyújtottak be; az Országos Idegenrendészeti Főigazgatóság kockázatelemzése tartós nyomással számol a szerb határon."),
        ("2", "Célok", "gyorsabb eljárások és több visszatérés 2030-ig."),
        ("2.1", "Átfogó megközelítés", "partnerségek a származási és tranzitországokkal."),
        ("2.1.1", "Külső dimenzió", "visszafogadási megállapodások Szerbiával és Pakisztánnal, évi 100 áttelepítési hely."),
        ("2.1.2", "Belső dimenzió", "évi 3 000 kiutasítás, elsősorban önkéntes visszatérés reintegrációs támogatással, a 2008/115/EK irányelv szerint."),
        ("2.2", "Határok", "a rendőrség ellenőrzi a külső határt Röszkénél és Tompánál."),
        ("2.3.1", "Eljárások", "a főigazgatóság hat hónapon belül dönt a nemzetközi védelem iránti kérelmekről."),
        ("2.3.3", "Befogadás", "800 férőhely a befogadó állomásokon szállással, ellátással és egészségügyi ellátással."),
        ("2.3.4", "Beilleszkedés", "magyar nyelvtanfolyamok, munkaerőpiaci tanácsadás és lakhatási segítség a védelemben részesülőknek."),
        ("2.5", "Összehangolás", "tárcaközi munkacsoport a Belügyminisztériumban az önkormányzatokkal."),
        ("2.6", "Források", "90 milliárd forint 2030-ig és 200 új álláshely; az AMIF (60 millió euró) és a BMVI egészíti ki a költségvetést."),
    ]),
}


def runin_docs() -> None:
    for (lang, split), (title, lines) in RUNIN.items():
        items = [("front_matter", None, title)]
        items += [("answer", num, f"{num} {head}: {ans}") for num, head, ans in lines]
        _write(f"h14-{lang}-runin", lang, split, "one line per Annex section: number, short own title, colon, answer", items)


# ------------------------------------------------------------------------------------------ numbered paragraphs
PARAS = {
    "it": ("tuning", "Strategia nazionale di gestione dell'asilo e della migrazione 2026-2030", [
        ("1", "1. IL QUADRO NAZIONALE", [
            "Nel 2025 la Commissione nazionale per il diritto di asilo ha registrato 151 000 domande di protezione internazionale.",
            "L'analisi dei rischi del Ministero dell'Interno prevede arrivi sostenuti lungo la rotta del Mediterraneo centrale.",
            "L'Italia è frontiera esterna marittima dell'Unione, con Lampedusa e la Sicilia come principali punti di sbarco.",
        ], "Il Dipartimento per le libertà civili e l'immigrazione verifica l'indicatore {k} ogni trimestre con le prefetture."),
        ("2.1.2", "2.1.2. RIMPATRI E RIAMMISSIONI", [
            "Ogni anno saranno eseguiti 9 000 rimpatri di cittadini di paesi terzi in posizione irregolare.",
            "È data priorità al rimpatrio volontario assistito con sostegno alla reintegrazione.",
            "Il rimpatrio forzato rispetta la dignità delle persone e la direttiva 2008/115/CE, con un garante indipendente.",
        ], "La sessione informativa {k} sul rimpatrio si tiene nei centri con un mediatore culturale."),
        ("2.3.3", "2.3.3. UN SISTEMA DI ACCOGLIENZA RESILIENTE", [
            "La rete SAI raggiungerà 50 000 posti nel 2028, con alloggio, vitto e assistenza sanitaria.",
            "I minori stranieri non accompagnati vivono in strutture dedicate con un tutore volontario.",
            "Le condizioni di accoglienza sono ispezionate due volte l'anno dalle prefetture.",
        ], "Il centro {k} comunica ogni mese la propria occupazione alla prefettura competente."),
        ("2.6", "2.6. LE RISORSE", [
            "La strategia costerà 4 100 milioni di euro tra il 2026 e il 2030 a carico del bilancio dello Stato.",
            "Il FAMI (610 milioni di euro) e lo strumento BMVI integrano il finanziamento nazionale senza doppio finanziamento.",
            "Saranno assunti 800 funzionari per asilo, accoglienza e rimpatri.",
        ], None),
    ], 11),
    "lt": ("heldout", "Nacionalinė prieglobsčio ir migracijos valdymo strategija 2026–2030 m.", [
        ("1", "1. NACIONALINĖ PADĖTIS", [
            "2025 m. prieglobsčio Lietuvoje paprašė 450 asmenų, 14 % mažiau nei 2024 m.",
            "Valstybės sienos apsaugos tarnybos rizikos analizė numato spaudimą pasienyje su Baltarusija.",
            "Lietuva saugo 679 km Europos Sąjungos išorės sausumos sienos.",
        ], "Vidaus reikalų ministerija kas ketvirtį su savivaldybėmis vertina rodiklį {k}."),
        ("2.1.2", "2.1.2. GRĄŽINIMAS", [
            "Kasmet bus grąžinta 1 200 neteisėtai šalyje esančių trečiųjų šalių piliečių.",
            "Pirmenybė teikiama savanoriškam grįžimui su reintegracijos parama.",
            "Priverstinis grąžinimas vykdomas oriai ir pagal Direktyvą 2008/115/EB, prižiūrint nepriklausomam stebėtojui.",
        ], "Informacinis susitikimas {k} apie grįžimą vyksta užsieniečių registracijos centre su vertėju."),
        ("2.3.3", "2.3.3. ATSPARI PRIĖMIMO SISTEMA", [
            "Pabėgėlių priėmimo centras ir užsieniečių registracijos centras turės 1 800 vietų su apgyvendinimu, maitinimu ir sveikatos priežiūra.",
            "Nelydimi nepilnamečiai gyvena atskirose patalpose su paskirtu globėju.",
            "Priėmimo sąlygos tikrinamos du kartus per metus.",
        ], "Priėmimo centras {k} kas mėnesį praneša apie savo užimtumą Migracijos departamentui."),
        ("2.6", "2.6. IŠTEKLIAI", [
            "Strategija 2026–2030 m. kainuos 210 milijonų eurų iš valstybės biudžeto.",
            "AMIF (70 milijonų eurų) ir BMVI papildo nacionalinį finansavimą be dvigubo finansavimo.",
            "Migracijos departamentas priims 90 naujų darbuotojų prieglobsčiui, priėmimui ir grąžinimui.",
        ], None),
    ], 12),
}


def paras_docs() -> None:
    for lang, (split, title, chapters, filler) in PARAS.items():
        items = paras_items(title, chapters, filler)
        _write(f"h14-{lang}-paras", lang, split, "numbered paragraph by paragraph under own upper-case Annex headings", items)


# ------------------------------------------------------------------------------------------ own order, own sub-numbers
OWNORDER = {
    "hr": ("tuning", [
        ("front_matter", None, "Nacionalna strategija upravljanja azilom i migracijama 2026. – 2030."),
        ("answer_heading", "2.1.1", "1. Vanjska dimenzija"),
        ("answer", "2.1.1", "Hrvatska sklapa partnerstva s Bosnom i Hercegovinom, Srbijom i Turskom o ponovnom prihvatu i zakonitim putovima za radnike."),
        ("answer", "2.1.1", "Preseljenjem Hrvatska svake godine prima 150 izbjeglica iz Turske u suradnji s UNHCR-om."),
        ("answer_heading", "2.3.3", "2. Prihvat"),
        ("answer_heading", "2.3.3", "2.1 Kapaciteti"),
        ("answer", "2.3.3", "Prihvatilišta za tražitelje međunarodne zaštite u Zagrebu i Kutini proširuju se s 700 na 1 100 mjesta do 2028., sa smještajem, prehranom i zdravstvenom skrbi."),
        ("answer_heading", "2.3.3", "2.2 Kvaliteta"),
        ("answer", "2.3.3", "Uvjeti prihvata provjeravaju se dvaput godišnje, a djeca bez pratnje žive u posebnim jedinicama s posebnim skrbnikom."),
        ("answer_heading", "2.1.2", "3. Povratak"),
        ("answer", "2.1.2", "Svake godine vraća se 2 000 državljana trećih zemalja koji nezakonito borave, prvenstveno dobrovoljnim povratkom uz potporu za reintegraciju; prisilni povratak poštuje Direktivu 2008/115/EZ."),
        ("answer_heading", "2.6", "4. Sredstva"),
        ("answer", "2.6", "Strategija stoji 180 milijuna eura do 2030.; AMIF (75 milijuna eura) i BMVI dopunjuju državni proračun, a Ministarstvo unutarnjih poslova zapošljava 120 službenika."),
    ]),
    "lv": ("heldout", [
        ("front_matter", None, "Nacionālā patvēruma un migrācijas pārvaldības stratēģija 2026.–2030. gadam"),
        ("answer_heading", "2.1.1", "1. Ārējā dimensija"),
        ("answer", "2.1.1", "Latvija slēdz partnerības ar Uzbekistānu, Indiju un Gruziju par atpakaļuzņemšanu un likumīgu darbaspēka migrāciju."),
        ("answer", "2.1.1", "Pārmitināšanas ceļā Latvija katru gadu uzņem 50 bēgļus no Turcijas sadarbībā ar UNHCR."),
        ("answer_heading", "2.3.3", "2. Uzņemšana"),
        ("answer_heading", "2.3.3", "2.1 Vietas"),
        ("answer", "2.3.3", "Patvēruma meklētāju izmitināšanas centrs Muceniekos paplašinās no 300 līdz 500 vietām līdz 2028. gadam, nodrošinot mājokli, uzturu un veselības aprūpi."),
        ("answer_heading", "2.3.3", "2.2 Kvalitāte"),
        ("answer", "2.3.3", "Uzņemšanas apstākļus pārbauda divreiz gadā, un nepavadīti nepilngadīgie dzīvo atsevišķās telpās ar aizbildni."),
        ("answer_heading", "2.1.2", "3. Atgriešana"),
        ("answer", "2.1.2", "Katru gadu tiek atgriezti 1 000 trešo valstu valstspiederīgo, kas uzturas nelikumīgi, galvenokārt brīvprātīgi ar reintegrācijas atbalstu; piespiedu atgriešana atbilst Direktīvai 2008/115/EK."),
        ("answer_heading", "2.6", "4. Resursi"),
        ("answer", "2.6", "Stratēģija izmaksās 95 miljonus eiro līdz 2030. gadam; AMIF (40 miljoni eiro) un BMVI papildina valsts budžetu, un Pilsonības un migrācijas lietu pārvalde pieņems 60 darbiniekus."),
    ]),
}


def ownorder_docs() -> None:
    for lang, (split, items) in OWNORDER.items():
        _write(f"h14-{lang}-ownorder", lang, split, "own chapters in own order: an Annex title as own '1.', own sub-numbers that are Annex numbers", items)


# ------------------------------------------------------------------------------------------ mislabelled first heading
MISLABELLED = {
    "bg": ("tuning", [
        ("front_matter", None, "Национална стратегия за управление на убежището и миграцията 2026–2030 г."),
        ("section_heading", "1", "1. Външно измерение"),
        ("answer", "1", "През 2025 г. в България са подадени 12 000 молби за международна закрила, с 20 % по-малко от 2024 г.; рисковият анализ на Гранична полиция очаква натиск по границата с Турция."),
        ("answer", "1", "България охранява 259 km от външната сухопътна граница на Съюза с Турция."),
        ("section_heading", "2.1.2", "2.1.2. Вътрешно измерение"),
        ("answer", "2.1.2", "Всяка година ще бъдат връщани 2 500 незаконно пребиваващи граждани на трети държави, с предимство на доброволното връщане с помощ за реинтеграция."),
        ("section_heading", "2.3.3", "2.3.3. Стабилна система за приемане"),
        ("answer", "2.3.3", "Държавната агенция за бежанците поддържа 5 000 места в регистрационно-приемателните центрове с подслон, храна и медицинска помощ."),
        ("section_heading", "2.6", "2.6. Достатъчен капацитет за изпълнение на националната стратегия"),
        ("answer", "2.6", "Стратегията ще струва 300 милиона лева за пет години, от които 70 милиона евро от Фонд „Убежище, миграция и интеграция“."),
    ]),
    "el": ("heldout", [
        ("front_matter", None, "Εθνική στρατηγική διαχείρισης ασύλου και μετανάστευσης 2026–2030"),
        ("section_heading", "1", "1. Εξωτερική διάσταση"),
        ("answer", "1", "Το 2025 υποβλήθηκαν στην Ελλάδα 70 000 αιτήσεις διεθνούς προστασίας, 15 % λιγότερες από το 2024· η ανάλυση κινδύνου του Λιμενικού προβλέπει συνεχείς αφίξεις στα νησιά του ανατολικού Αιγαίου."),
        ("answer", "1", "Η Ελλάδα είναι θαλάσσιο και χερσαίο εξωτερικό σύνορο της Ένωσης, με τον Έβρο και τα νησιά."),
        ("section_heading", "2.1.2", "2.1.2. Εσωτερική διάσταση"),
        ("answer", "2.1.2", "Κάθε χρόνο θα επιστρέφονται 8 000 υπήκοοι τρίτων χωρών χωρίς νόμιμη διαμονή, κατά προτεραιότητα με εθελούσια επιστροφή και στήριξη επανένταξης."),
        ("section_heading", "2.3.3", "2.3.3. Ένα ανθεκτικό σύστημα υποδοχής"),
        ("answer", "2.3.3", "Οι δομές υποδοχής του Υπουργείου Μετανάστευσης διαθέτουν 30 000 θέσεις με στέγαση, σίτιση και ιατρική περίθαλψη."),
        ("section_heading", "2.6", "2.6. Επαρκής ικανότητα για την εφαρμογή της εθνικής στρατηγικής"),
        ("answer", "2.6", "Η στρατηγική θα κοστίσει 1,2 δισεκατομμύρια ευρώ σε πέντε χρόνια, εκ των οποίων 450 εκατομμύρια ευρώ από το Ταμείο Ασύλου, Μετανάστευσης και Ένταξης."),
    ]),
}


def mislabelled_docs() -> None:
    for lang, (split, items) in MISLABELLED.items():
        _write(f"h14-{lang}-mislabelled", lang, split, "'1.' under 2.1.1's title over the context before the Annex headings", items)


if __name__ == "__main__":
    runin_docs()
    paras_docs()
    ownorder_docs()
    mislabelled_docs()
