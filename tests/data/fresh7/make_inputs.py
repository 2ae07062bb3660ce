"""Writes the inputs of tests/data/fresh7 (fresh-eyes tester, tenth session).

Run: /work/main/.venv/bin/python tests/data/fresh7/make_inputs.py  (reportlab, python-docx, DejaVu fonts)

Written for this test before any run of the analyser on them, never tuned on (README here: what each file is, what
a correct analysis says, what the analyser gave). Byte-identical on every run (reportlab ``invariant``, fixed docx
core properties and zip times).
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_fixed import save_docx_fixed  # noqa: E402
from pdf_fixed import dejavu, dejavu_styles  # noqa: E402

dejavu(sans=False)
BODY, HEAD, CELL, CELLH = dejavu_styles("DVS")


def _txt(name: str, items: list[tuple[str, str]]) -> str:
    return "\n\n".join(t for _, t in items) + "\n"


def _write(name: str, text: str) -> None:
    (HERE / name).write_text(text, encoding="utf-8", newline="\n")


def _docx_fixed(doc, path: Path) -> None:  # noqa: ANN001
    """Save ``doc`` byte-identically (:func:`docx_fixed.save_docx_fixed`, author "fresh7")."""
    save_docx_fixed(doc, path, "fresh7")


# ------------------------------------------------------------------ 1 Maltese | English in parallel columns (PDF)
MT_EN = [
    ("h", "Strateġija Nazzjonali dwar il-Ġestjoni tal-Asil u l-Migrazzjoni 2026–2030",
     "National Asylum and Migration Management Strategy 2026–2030"),
    ("h", "1. Kuntest tal-ġestjoni nazzjonali tal-asil u l-migrazzjoni",
     "1. Context of national asylum and migration management"),
    ("p", "Fl-2025 l-Aġenzija għall-Protezzjoni Internazzjonali rċeviet 2 900 applikazzjoni għall-protezzjoni "
          "internazzjonali, 12 fil-mija anqas mill-2024. L-analiżi tar-riskju tal-Forzi Armati u tal-Pulizija "
          "tistenna li l-wasliet bil-baħar mil-Libja jibqgħu l-ogħla riskju sal-2028.",
     "In 2025 the International Protection Agency received 2 900 applications for international protection, 12 per "
     "cent fewer than in 2024. The risk analysis of the Armed Forces and the Police expects sea arrivals from Libya "
     "to remain the highest risk until 2028."),
    ("p", "Malta hija l-iżgħar Stat Membru u tinsab fin-nofs tar-rotta taċ-Ċentru tal-Mediterran; iż-żona ta' "
          "tfittxija u salvataġġ tagħha hija ta' 250 000 kilometru kwadru, ħafna akbar mit-territorju tagħha.",
     "Malta is the smallest Member State and lies in the middle of the Central Mediterranean route; its search and "
     "rescue region covers 250 000 square kilometres, far larger than its territory."),
    ("h", "2.1.2. Id-dimensjoni interna", "2.1.2. Internal dimension"),
    ("p", "Kull sena se jintbagħtu lura 600 ċittadin ta' pajjiżi terzi li qegħdin Malta illegalment. Nagħtu "
          "prijorità lir-ritorn volontarju b'għajnuna għar-riintegrazzjoni; ir-ritorn furzat isir b'dinjità, "
          "b'monitoraġġ indipendenti ta' kull titjira.",
     "Every year 600 illegally staying third-country nationals will be returned. We give priority to voluntary "
     "return with reintegration assistance; forced return is carried out with dignity, with independent monitoring "
     "of every flight."),
    ("h", "2.3.3. Sistema ta' akkoljenza robusta", "2.3.3. A robust reception system"),
    ("p", "Iċ-ċentri miftuħa ta' Ħal Far u Ħal Safi se jkollhom 1 400 post. Kull applikant jingħata akkomodazzjoni, "
          "ikel, kura tas-saħħa u allowance ta' kuljum; it-tfal mhux akkumpanjati jgħixu f'djar separati.",
     "The open centres of Ħal Far and Ħal Safi will have 1 400 places. Every applicant receives accommodation, food, "
     "health care and a daily allowance; unaccompanied children live in separate homes."),
    ("h", "2.6. Kapaċità suffiċjenti biex tiġi implimentata l-istrateġija",
     "2.6. Sufficient capacity to implement the strategy"),
    ("p", "L-istrateġija se tiswa EUR 95 miljun fuq ħames snin, li minnhom EUR 40 miljun mill-Fond għall-Asil, "
          "il-Migrazzjoni u l-Integrazzjoni. L-Aġenzija se tieħu 60 uffiċjal ġdid.",
     "The strategy will cost EUR 95 million over five years, of which EUR 40 million from the Asylum, Migration "
     "and Integration Fund. The Agency will recruit 60 new officers."),
]


def mt_en_parallel() -> None:
    rows = []
    for kind, mt, en in MT_EN:
        st = CELLH if kind == "h" else CELL
        rows.append([Paragraph(mt, st), Paragraph(en, st)])
    t = Table(rows, colWidths=[8.3 * cm, 8.3 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    SimpleDocTemplate(str(HERE / "mt-en-2026.parallel.pdf"), pagesize=A4, title="").build([t])


# ------------------------------------------------------------------ 2 Irish, then the same in English (text)
GA = [
    ("h", "Straitéis Náisiúnta um Bainistiú Tearmainn agus Imirce 2026–2030"),
    ("h", "1. Comhthéacs an bhainistithe náisiúnta tearmainn agus imirce"),
    ("p", "In 2025 fuair an Oifig um Chosaint Idirnáisiúnta 18 500 iarratas ar chosaint idirnáisiúnta, méadú 9 faoin "
          "gcéad ar 2024. Léiríonn anailís riosca an Gharda Síochána go dtagann an chuid is mó d'iarratasóirí trí "
          "Thuaisceart Éireann tar éis dóibh teacht isteach sa Limistéar Taistil Choiteann."),
    ("h", "2.1.2. An ghné inmheánach"),
    ("p", "Gach bliain cuirfear 1 200 náisiúnach tríú tír atá ag fanacht go neamhdhleathach ar ais. Tugtar tosaíocht "
          "don fhilleadh deonach le cúnamh athimeasctha; déantar filleadh éigeantach le dínit agus faoi mhonatóireacht."),
    ("h", "2.3.3. Córas láidir glactha"),
    ("p", "Méadóidh an Stát líon na n-áiteanna cóiríochta faoi úinéireacht an Stáit ó 4 000 go 14 000 faoi 2028. "
          "Faigheann gach iarratasóir lóistín, bia, cúram sláinte agus liúntas seachtainiúil."),
    ("h", "2.6. Acmhainn leordhóthanach chun an straitéis a chur i bhfeidhm"),
    ("p", "Cosnóidh an straitéis EUR 1.1 billiún thar cúig bliana, lena n-áirítear EUR 150 milliún ón gCiste Tearmainn, "
          "Imirce agus Lánpháirtíochta. Earcóidh an Oifig 200 oifigeach nua."),
]
GA_EN = [
    ("h", "English version"),
    ("h", "National Asylum and Migration Management Strategy 2026–2030"),
    ("h", "1. Context of national asylum and migration management"),
    ("p", "In 2025 the International Protection Office received 18 500 applications for international protection, "
          "an increase of 9 per cent on 2024. The risk analysis of An Garda Síochána shows that most applicants "
          "arrive through Northern Ireland after entering the Common Travel Area."),
    ("h", "2.1.2. Internal dimension"),
    ("p", "Every year 1 200 illegally staying third-country nationals will be returned. Priority is given to "
          "voluntary return with reintegration assistance; forced return is carried out with dignity and monitored."),
    ("h", "2.3.3. A robust reception system"),
    ("p", "The State will raise the number of State-owned accommodation places from 4 000 to 14 000 by 2028. "
          "Every applicant receives accommodation, food, health care and a weekly allowance."),
    ("h", "2.6. Sufficient capacity to implement the strategy"),
    ("p", "The strategy will cost EUR 1.1 billion over five years, including EUR 150 million from the Asylum, "
          "Migration and Integration Fund. The Office will recruit 200 new officers."),
]


# ------------------------------------------------------------------ 3 Hungarian answers under the English template
HU_EN = [
    ("h", "Magyarország nemzeti menekültügyi és migrációkezelési stratégiája 2026–2030"),
    ("h", "1. Context of national asylum and migration management"),
    ("q", "— Provide a detailed summary of the current national asylum and migration situation, based on risk "
          "analyses and operational assessments."),
    ("p", "2025-ben az Országos Idegenrendészeti Főigazgatósághoz 29 menedékkérelem érkezett, a déli határon pedig "
          "a rendőrség 41 000 jogellenes határátlépési kísérletet akadályozott meg. A kockázatelemzés szerint a "
          "nyomás a szerb határszakaszon 2028-ig magas marad."),
    ("h", "2.1.2. Internal dimension"),
    ("q", "— How is return of illegally staying third-country nationals effectively managed, including voluntary "
          "return and reintegration?"),
    ("p", "Évente 3 000 jogellenesen tartózkodó harmadik országbeli állampolgárt küldünk vissza. Elsőbbséget kap "
          "az önkéntes visszatérés és a visszailleszkedési támogatás; a kitoloncolást független megfigyelő kíséri."),
    ("h", "2.3.3. A robust reception system"),
    ("q", "— How is access of applicants to adequate reception conditions ensured?"),
    ("p", "A vámosszabadi és a balassagyarmati befogadó állomás összesen 1 100 férőhelyet biztosít; a kérelmezők "
          "szállást, étkezést, egészségügyi ellátást és zsebpénzt kapnak, a kísérő nélküli kiskorúak Fóton élnek."),
    ("h", "2.6. Sufficient capacity and capability to implement the national strategy"),
    ("q", "— How is efficient use of EU financial support complementing national resources ensured?"),
    ("p", "A Menekültügyi, Migrációs és Integrációs Alapból 2026 és 2030 között 62 millió euró, a Határigazgatási és "
          "Vízumeszközből 180 millió euró egészíti ki a 95 milliárd forintos hazai forrást."),
]


# ------------------------------------------------------------------ 4 Romanian strategy with a long statistical annex
RO = [
    ("h", "Strategia națională privind gestionarea azilului și a migrației 2026–2030"),
    ("h", "1. Contextul gestionării naționale a azilului și a migrației"),
    ("p", "În 2025 Inspectoratul General pentru Imigrări a înregistrat 10 300 de cereri de protecție internațională, "
          "cu 15 % mai multe decât în 2024. Analiza de risc a Poliției de Frontieră arată o presiune crescută la "
          "frontiera cu Serbia și pe Dunăre."),
    ("p", "România administrează 2 070 de kilometri de frontieră externă a Uniunii, cu Ucraina, Republica Moldova, "
          "Serbia și la Marea Neagră; poziția geografică face din țară un stat de intrare pe ruta balcanică."),
    ("h", "2.1.2. Dimensiunea internă"),
    ("p", "Anual vor fi returnați 4 000 de cetățeni ai țărilor terțe aflați în situație de ședere ilegală. Prioritatea "
          "este returnarea voluntară cu sprijin pentru reintegrare; returnarea forțată se face cu demnitate."),
    ("h", "2.3.3. Un sistem de primire robust"),
    ("p", "Cele șase centre regionale de la București, Galați, Rădăuți, Maramureș, Timișoara și Giurgiu vor oferi "
          "2 600 de locuri; solicitanții primesc cazare, hrană, asistență medicală și o alocație zilnică."),
    ("h", "Anexa 1. Date statistice"),
]


def _ro_annex() -> list[tuple[str, str]]:
    out = []
    nats = ["Siria", "Afganistan", "Bangladesh", "Pakistan", "Nepal", "Maroc", "Irak", "Turcia", "Egipt", "India",
            "Sri Lanka", "Iran", "Eritreea", "Somalia", "Nigeria"]
    for t in range(1, 13):
        year = 2013 + t
        out.append(("h", f"Tabelul {t}. Cereri de protecție internațională pe cetățenii, {year}"))
        lines = ["Cetățenie\tCereri\tAdmise\tRespinse\tÎn curs"]
        for i, n in enumerate(nats):
            a = (t * 137 + i * 61) % 900 + 40
            lines.append(f"{n}\t{a}\t{a // 3}\t{a // 2}\t{a - a // 3 - a // 2}")
        lines.append(f"Total\t{sum((t * 137 + i * 61) % 900 + 40 for i in range(15))}\t–\t–\t–")
        out.append(("t", "\n".join(lines)))
    return out


# ------------------------------------------------------------------ 5 Czech: Annex numbers, wrong (shifted) titles
CS = [
    ("h", "Národní strategie řízení azylu a migrace 2026–2030"),
    ("h", "1. Účinná podpora ostatních členských států"),
    ("p", "V roce 2025 podalo v České republice žádost o mezinárodní ochranu 1 700 osob a dočasnou ochranu má "
          "380 000 osob z Ukrajiny. Analýza rizik Ministerstva vnitra a Policie očekává nárůst sekundárních pohybů "
          "přes Slovensko a Rakousko."),
    ("h", "2.1.2. Účinná podpora ostatních členských států"),
    ("p", "Ročně bude navráceno 1 500 neoprávněně pobývajících státních příslušníků třetích zemí. Přednost má "
          "dobrovolný návrat s reintegrační podporou; nucený návrat probíhá důstojně a pod dohledem ombudsmana. "
          "Dublinské transfery budou provedeny do šesti měsíců."),
    ("h", "2.3.3. Podmínky pro úspěšnou a včasnou integraci"),
    ("p", "Přijímací středisko Zastávka a pobytová střediska Kostelec nad Orlicí a Havířov nabídnou 1 600 míst. "
          "Žadatelé dostanou ubytování, stravu, zdravotní péči a kapesné; zranitelné osoby mají oddělené ubytování."),
    ("h", "2.4. Vnější rozměr"),
    ("p", "Pohotovostní plán pro hromadný příliv počítá s 5 000 dočasnými místy do 72 hodin; plán se každý rok "
          "prověřuje cvičením a aktualizuje podle analýzy rizik. Pro případ instrumentalizace migrantů třetí zemí "
          "je připravena posílená ostraha hranic."),
]


# ------------------------------------------------------------------ 6 Swedish: an amendment to the strategy
SV = [
    ("h", "Regeringsbeslut 2027-03-14 Ju2027/01234"),
    ("h", "Ändring av den nationella strategin för asyl- och migrationshantering 2026–2030"),
    ("p", "Regeringen beslutar att den nationella strategin för asyl- och migrationshantering, som regeringen "
          "antog den 10 december 2025, ska ändras enligt följande."),
    ("p", "1. I avsnitt 2.3.3 ska andra stycket ersättas med följande:"),
    ("p", "”Migrationsverket ska senast 2028 ha 12 000 platser i statliga ankomst- och asylboenden. Varje sökande "
          "får boende, mat, hälso- och sjukvård och dagersättning; ensamkommande barn bor i särskilda boenden.”"),
    ("p", "2. I avsnitt 2.6 ska följande stycke läggas till efter första stycket:"),
    ("p", "”Strategins genomförande finansieras med 4,2 miljarder kronor 2027–2030, varav 900 miljoner kronor från "
          "Asyl-, migrations- och integrationsfonden. Migrationsverket anställer 300 nya handläggare.”"),
    ("p", "3. Avsnitt 2.4.3 ska utgå."),
    ("p", "Skälen för regeringens beslut: Antalet asylsökande har ökat och mottagningskapaciteten behöver "
          "anpassas. Ändringarna träder i kraft den 1 april 2027. På regeringens vägnar, Justitiedepartementet."),
]


# ------------------------------------------------------------------ 7 Finnish: table of measures spanning pages (PDF)
FI_PROSE = [
    ("h", "Kansallinen turvapaikka- ja muuttoliikkeen hallinnan strategia 2026–2030"),
    ("h", "1. Kansallisen turvapaikka- ja muuttoliikkeen hallinnan toimintaympäristö"),
    ("p", "Vuonna 2025 Suomessa haki kansainvälistä suojelua 5 800 henkilöä. Rajavartiolaitoksen riskianalyysin "
          "mukaan itärajan tilanne pysyy epävakaana, ja Venäjä voi edelleen ohjata siirtolaisia rajalle."),
    ("h", "2. Strategiset tavoitteet ja keskeiset toimenpiteet"),
    ("p", "Toimenpiteet, vastuutahot, aikataulu ja rahoitus esitetään seuraavassa taulukossa."),
]
FI_ROWS = [
    ("Palautukset", "Maasta poistamisen tehostaminen: 2 500 palautusta vuodessa, etusijalla vapaaehtoinen paluu ja "
     "paluuavustus", "Poliisi, Migri", "2026–2030", "AMIF"),
    ("Palautukset", "Säilöönottoyksikön paikkamäärän nosto Joutsenossa 30 paikalla", "Migri", "2027", "valtio"),
    ("Dublin", "Dublin-siirrot toteutetaan kuuden kuukauden määräajassa", "Migri", "2026", "valtio"),
    ("Vastaanotto", "Vastaanottokeskusten paikkamäärä 9 000 paikkaan, majoitus, ateria, terveydenhuolto ja "
     "vastaanottoraha kaikille hakijoille", "Migri", "2026–2028", "AMIF"),
    ("Vastaanotto", "Ilman huoltajaa tulleiden lasten ryhmäkodit, 400 paikkaa", "Migri", "2027", "valtio"),
    ("Kotoutuminen", "Suomen kielen kurssit ja työvoimapalvelut suojelua saaneille 12 kuukauden sisällä",
     "TEM, kunnat", "2026–2030", "ESR+"),
    ("Rajat", "Itärajan esteaidan rakentaminen 200 kilometrin matkalle", "Raja", "2026–2027", "BMVI"),
    ("Varautuminen", "Valmiussuunnitelma joukkomaahantulon varalle: 10 000 hätämajoituspaikkaa 72 tunnissa",
     "SM, Migri", "2026", "valtio"),
    ("Digitalisaatio", "UMA-järjestelmän liittäminen Eurodaciin ja EES-järjestelmään", "Migri, Raja", "2026",
     "BMVI"),
    ("Henkilöstö", "150 uutta turvapaikkapuhuttajaa ja päätöksentekijää", "Migri", "2026", "valtio"),
]


def fi_long_table() -> None:
    head = ["Teema", "Toimenpide", "Vastuu", "Aikataulu", "Rahoitus"]
    rows = [[Paragraph(h, CELLH) for h in head]]
    for k in range(4):  # the table runs over pages: the same measures per year group, as real plans list them
        for r in FI_ROWS:
            rows.append([Paragraph(r[0], CELL), Paragraph(f"{r[1]} (vaihe {k + 1})", CELL), Paragraph(r[2], CELL),
                         Paragraph(r[3], CELL), Paragraph(r[4], CELL)])
    t = Table(rows, colWidths=[2.4 * cm, 8.2 * cm, 2.4 * cm, 2.0 * cm, 1.8 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story = [Paragraph(t_, HEAD if k == "h" else BODY) for k, t_ in FI_PROSE] + [Spacer(1, 6), t]
    SimpleDocTemplate(str(HERE / "fi-2026.page-spanning-table.pdf"), pagesize=A4, title="").build(story)


# ------------------------------------------------------------------ 8 Luxembourg: French then German, Word headings
LU = [
    ("title", "Stratégie nationale de gestion de l'asile et de la migration 2026–2030 / Nationale Strategie für "
              "Asyl- und Migrationsmanagement 2026–2030"),
    ("h1", "Version française"),
    ("h2", "1. Contexte de la gestion nationale de l'asile et de la migration"),
    ("p", "En 2025, la Direction générale de l'immigration a enregistré 2 100 demandes de protection internationale. "
          "L'analyse des risques prévoit une hausse des mouvements secondaires depuis la Belgique et la France."),
    ("h2", "2.1.2. Dimension interne"),
    ("p", "Chaque année, 400 ressortissants de pays tiers en séjour irrégulier seront éloignés. Le retour volontaire "
          "avec aide à la réintégration est prioritaire; le retour forcé se fait dans la dignité, sous contrôle."),
    ("h2", "2.3.3. Un système d'accueil solide"),
    ("p", "L'Office national de l'accueil portera sa capacité de 7 000 à 8 500 lits d'ici 2028; chaque demandeur "
          "reçoit logement, nourriture, soins de santé et une allocation mensuelle."),
    ("h1", "Deutsche Fassung"),
    ("h2", "1. Kontext des nationalen Asyl- und Migrationsmanagements"),
    ("p", "Im Jahr 2025 registrierte die Generaldirektion Einwanderung 2 100 Anträge auf internationalen Schutz. "
          "Die Risikoanalyse erwartet mehr Sekundärbewegungen aus Belgien und Frankreich."),
    ("h2", "2.1.2. Interne Dimension"),
    ("p", "Jedes Jahr werden 400 illegal aufhältige Drittstaatsangehörige rückgeführt. Die freiwillige Rückkehr mit "
          "Reintegrationshilfe hat Vorrang; die zwangsweise Rückführung erfolgt würdevoll und überwacht."),
    ("h2", "2.3.3. Ein robustes Aufnahmesystem"),
    ("p", "Das Nationale Aufnahmeamt erhöht seine Kapazität bis 2028 von 7 000 auf 8 500 Betten; jeder Antragsteller "
          "erhält Unterkunft, Verpflegung, Gesundheitsversorgung und eine monatliche Zulage."),
]


def lu_docx() -> None:
    import docx

    d = docx.Document()
    for kind, val in LU:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        else:
            d.add_paragraph(val)
    _docx_fixed(d, HERE / "lu-fr-de-2026.sequential.docx")


# ------------------------------------------------------------------ 9 Croatian strategy, UTF-16 LE with BOM and CRLF
HR = [
    ("h", "Nacionalna strategija upravljanja azilom i migracijama 2026. – 2030."),
    ("h", "1. Kontekst nacionalnog upravljanja azilom i migracijama"),
    ("p", "U 2025. godini Ministarstvo unutarnjih poslova zaprimilo je 2 300 zahtjeva za međunarodnu zaštitu. "
          "Analiza rizika granične policije predviđa trajno visok pritisak na granici s Bosnom i Hercegovinom."),
    ("p", "Hrvatska čuva 1 350 kilometara vanjske kopnene granice Unije, najdulju među državama članicama; takav "
          "zemljopisni položaj čini je prvom državom ulaska na zapadnobalkanskoj ruti."),
    ("h", "2.1.2. Unutarnja dimenzija"),
    ("p", "Godišnje ćemo vratiti 3 000 državljana trećih zemalja koji nezakonito borave. Prednost ima dobrovoljni "
          "povratak uz pomoć za reintegraciju; prisilni povratak provodi se dostojanstveno, uz neovisni nadzor."),
    ("h", "2.3.3. Snažan sustav prihvata"),
    ("p", "Prihvatilišta u Zagrebu i Kutini imat će 1 500 mjesta; tražitelji dobivaju smještaj, hranu, zdravstvenu "
          "skrb i novčanu pomoć, a djeca bez pratnje borave u posebnim ustanovama."),
    ("h", "2.6. Dostatni kapaciteti za provedbu strategije"),
    ("p", "Strategija će stajati 180 milijuna eura u pet godina, od čega 70 milijuna eura iz Fonda za azil, migracije "
          "i integraciju. Ministarstvo će zaposliti 90 novih službenika."),
]


# ------------------------------------------------------------------ 10 Portuguese strategy, PDF with a broken xref
PT = [
    ("h", "Estratégia Nacional de Gestão do Asilo e da Migração 2026–2030"),
    ("h", "1. Contexto da gestão nacional do asilo e da migração"),
    ("p", "Em 2025 a Agência para a Integração, Migrações e Asilo registou 2 700 pedidos de proteção internacional, "
          "mais 20 % do que em 2024. A análise de risco prevê o aumento das chegadas por via aérea."),
    ("h", "2.1.2. Dimensão interna"),
    ("p", "Todos os anos serão afastados 1 000 nacionais de países terceiros em situação irregular. O regresso "
          "voluntário com apoio à reintegração é prioritário; o afastamento coercivo respeita a dignidade."),
    ("h", "2.3.3. Um sistema de acolhimento robusto"),
    ("p", "Os centros de acolhimento de Lisboa, Porto e Faro terão 1 800 lugares; os requerentes recebem alojamento, "
          "alimentação, cuidados de saúde e um subsídio mensal."),
    ("h", "2.6. Capacidade suficiente para executar a estratégia"),
    ("p", "A estratégia custará 240 milhões de euros em cinco anos, dos quais 85 milhões do Fundo para o Asilo, a "
          "Migração e a Integração. A Agência contratará 110 novos técnicos."),
]


def pt_broken_xref() -> None:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="").build([Paragraph(t, HEAD if k == "h" else BODY) for k, t in PT])
    data = buf.getvalue()
    # every xref offset off by 7 bytes and startxref pointing into the middle of an object: a file a careless
    # editor or a broken upload leaves; viewers repair it by scanning for "n 0 obj"
    data = re.sub(rb"(\d{10}) 00000 n", lambda m: b"%010d 00000 n" % (int(m.group(1)) + 7), data)
    data = re.sub(rb"startxref\n(\d+)", lambda m: b"startxref\n%d" % (int(m.group(1)) - 50), data)
    (HERE / "pt-2026.broken-xref.pdf").write_bytes(data)


# ------------------------------------------------------------------ non-strategies
FR_COUNCIL = [
    ("h", "DÉCISION D'EXÉCUTION (UE) 2026/1187 DU CONSEIL du 15 décembre 2026 établissant la réserve annuelle de "
          "solidarité pour l'année 2027"),
    ("p", "LE CONSEIL DE L'UNION EUROPÉENNE, vu le traité sur le fonctionnement de l'Union européenne, vu le "
          "règlement (UE) 2024/1351 du Parlement européen et du Conseil du 14 mai 2024 relatif à la gestion de "
          "l'asile et de la migration, et notamment son article 57, vu la proposition de la Commission européenne,"),
    ("p", "considérant ce qui suit:"),
    ("p", "(1) Le rapport européen annuel sur l'asile et la migration a constaté que la Grèce, Chypre, l'Espagne et "
          "l'Italie sont soumises à une pression migratoire, compte tenu des arrivées par la mer et du nombre de "
          "demandes de protection internationale."),
    ("p", "(2) Il convient de fixer le nombre de relocalisations à 30 000 et les contributions financières à "
          "600 millions d'euros, conformément à l'article 12 du règlement (UE) 2024/1351."),
    ("p", "A ADOPTÉ LA PRÉSENTE DÉCISION:"),
    ("p", "Article premier — La réserve annuelle de solidarité pour l'année 2027 comprend 30 000 relocalisations et "
          "des contributions financières de 600 millions d'euros."),
    ("p", "Article 2 — Les engagements des États membres figurant à l'annexe sont confirmés. Les mesures de "
          "solidarité alternatives, y compris le renforcement des capacités d'accueil et de retour dans les pays "
          "tiers, sont comptabilisées selon l'article 56."),
    ("p", "Article 3 — La présente décision entre en vigueur le jour de sa publication au Journal officiel de "
          "l'Union européenne. Les destinataires de la présente décision sont les États membres."),
    ("p", "Fait à Bruxelles, le 15 décembre 2026. Par le Conseil, le président."),
]
IT_PROJECT = [
    ("h", "Relazione finale del progetto «Accoglienza in rete – Sicilia orientale»"),
    ("p", "Progetto cofinanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027 – Obiettivo specifico 1 "
          "Asilo – Codice progetto PROG-4211. Capofila: Consorzio Solidarietà Catania; partner: Comune di Siracusa, "
          "Università di Catania. Periodo di attuazione: 1 marzo 2024 – 28 febbraio 2026."),
    ("h", "1. Obiettivi del progetto"),
    ("p", "Il progetto intendeva migliorare la qualità dell'accoglienza dei richiedenti asilo nei centri di "
          "accoglienza straordinaria della provincia di Catania, con l'attivazione di 12 sportelli di orientamento "
          "legale e di un servizio di mediazione linguistico-culturale."),
    ("h", "2. Attività realizzate"),
    ("p", "Sono stati presi in carico 1 340 richiedenti asilo, di cui 210 minori stranieri non accompagnati. Sono "
          "state erogate 4 800 ore di mediazione e 900 ore di corsi di lingua italiana; 85 operatori hanno "
          "partecipato alla formazione sull'individuazione delle persone vulnerabili."),
    ("h", "3. Risultati e indicatori"),
    ("p", "Indicatore 1.1: beneficiari raggiunti 1 340 su 1 200 previsti (112 %). Indicatore 1.2: operatori formati "
          "85 su 80 (106 %). Indicatore 2.1: tempo medio di accesso all'assistenza sanitaria ridotto da 21 a 9 giorni."),
    ("h", "4. Rendicontazione finanziaria"),
    ("p", "Budget approvato 1 480 000 euro, spesa rendicontata 1 402 350 euro (94,8 %), di cui 75 % a carico del FAMI "
          "e 25 % di cofinanziamento nazionale. Le economie derivano dal minor costo degli affitti."),
    ("h", "5. Criticità e lezioni apprese"),
    ("p", "Il turn-over degli operatori e i ritardi nei trasferimenti dai porti di sbarco hanno rallentato le "
          "attività. Si raccomanda all'Autorità responsabile di prevedere tempi più lunghi per i progetti futuri."),
]
SV_INTEGRATION = [
    ("h", "Nationell strategi för integration 2026–2030"),
    ("p", "Regeringens mål för integrationspolitiken är att fler utrikes födda ska försörja sig själva, lära sig "
          "svenska och delta i samhällslivet. Strategin riktar sig till alla nyanlända, arbetskraftsinvandrare och "
          "anhöriga, inte enbart till personer som fått skydd."),
    ("h", "1. Arbete och försörjning"),
    ("p", "Etableringsprogrammet vid Arbetsförmedlingen förkortas till 18 månader och kopplas till yrkesutbildning. "
          "Sysselsättningsgraden bland utrikes födda kvinnor ska öka från 62 till 70 procent till 2030."),
    ("h", "2. Svenska språket"),
    ("p", "Svenska för invandrare blir obligatorisk för alla nyanlända med försörjningsstöd; kommunerna får 1,2 "
          "miljarder kronor per år för fler lärare och kvällskurser."),
    ("h", "3. Boende och segregation"),
    ("p", "Kommunerna ska motverka trångboddhet och boendesegregation; 45 utsatta områden får särskilda insatser "
          "för skola, trygghet och föreningsliv."),
    ("h", "4. Uppföljning"),
    ("p", "Statistiska centralbyrån följer upp strategin med årliga indikatorer om sysselsättning, utbildning och "
          "boende. Strategin finansieras inom ramen för statsbudgetens utgiftsområde 13."),
]
CS_SYLLABUS = [
    ("h", "Univerzita Karlova, Právnická fakulta — Sylabus předmětu HP1742 Azylové a migrační právo EU"),
    ("p", "Garant: doc. JUDr. Jana Novotná, Ph.D. Rozsah: 2/0, 4 ECTS, zimní semestr 2026/2027. Zakončení: zkouška "
          "(písemný test 60 %, ústní část 40 %). Prerekvizity: Evropské právo I."),
    ("h", "Cíle předmětu"),
    ("p", "Studenti se seznámí s Paktem o migraci a azylu, se společným evropským azylovým systémem a s jejich "
          "provedením v českém právu; naučí se řešit modelové případy řízení o mezinárodní ochraně."),
    ("h", "Harmonogram"),
    ("p", "1. týden: Vývoj společného evropského azylového systému. 2. týden: Nařízení (EU) 2024/1351 o řízení azylu "
          "a migrace, dublinská pravidla a solidarita. 3. týden: Řízení na hranicích a screening. 4. týden: "
          "Podmínky přijímání podle směrnice (EU) 2024/1346. 5. týden: Návratová směrnice a zajištění. 6. týden: "
          "Vnější rozměr, readmisní dohody. 7. týden: Národní strategie podle článku 7 a šablona prováděcího "
          "rozhodnutí (EU) 2025/503. 8. týden: Judikatura SDEU a ESLP. 9. týden: Opakování."),
    ("h", "Povinná literatura"),
    ("p", "Peers, S.: EU Justice and Home Affairs Law, 5. vyd. Oxford 2025. Jílek, D.: Azylové právo, Praha 2024. "
          "Hailbronner, K., Thym, D.: EU Immigration and Asylum Law, 4. vyd. 2026."),
    ("h", "Hodnocení"),
    ("p", "Písemný test obsahuje 30 otázek; k ústní zkoušce postupuje student s nejméně 18 body. Docházka na "
          "semináře je povinná, povoleny jsou dvě absence."),
]


def main() -> None:
    mt_en_parallel()
    _write("ga-en-2026.sequential.txt", _txt("", GA + GA_EN))
    _write("hu-2026.en-template.txt", _txt("", HU_EN))
    _write("ro-2026.stats-annex.txt", _txt("", RO + _ro_annex()))
    _write("cs-2026.mislabelled.txt", _txt("", CS))
    _write("sv-2026.amendment.txt", _txt("", SV))
    fi_long_table()
    lu_docx()
    (HERE / "hr-2026.utf16-crlf.txt").write_bytes(_txt("", HR).replace("\n", "\r\n").encode("utf-16"))
    pt_broken_xref()
    _write("fr-council-decision.txt", _txt("", FR_COUNCIL))
    _write("it-amif-project-report.txt", _txt("", IT_PROJECT))
    _write("sv-integration-strategy.txt", _txt("", SV_INTEGRATION))
    _write("cs-law-syllabus.txt", _txt("", CS_SYLLABUS))


if __name__ == "__main__":
    main()
