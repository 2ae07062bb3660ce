"""Paraphrased-title segmentation documents of the tenth session (issue 14, segjoint): the ``paraphr8`` shape.

Usage: ``python scripts/make_segment_para8.py`` (from the repository root). A free-form
strategy excerpt without Annex numbers: own unnumbered chapters whose titles paraphrase
the Annex's in words of their own, two answers each, new wording and invented figures.
Two chapter orders: Czech, Portuguese and Swedish follow the Annex (``ORDER_A``: 1 the
national situation, 2.1.1 partners abroad, 2.3.1 the asylum procedure, 2.3.2 rights and
guarantees, 2.3.3 reception, 2.3.4 integration, 2.4 preparedness); German and Latvian do
not (``ORDER_B``: 1, 2.1.2 onward movement and return, 2.3.3 reception *before* 2.3.2
rights, 2.3.4 integration, 2.6 capacity). Languages not used for the ``paraphr7`` shape.
Written before the session changed any code and not looked at until its rule was chosen
(the session's unseen measure); all to ``tests/data/segment_heldout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, build_set, own_chapters  # noqa: E402

ORDER_A = ("1", "2.1.1", "2.3.1", "2.3.2", "2.3.3", "2.3.4", "2.4")
ORDER_B = ("1", "2.1.2", "2.3.3", "2.3.2", "2.3.4", "2.6")

HELD: dict[str, dict] = {
    "cs": {
        "order": ORDER_A,
        "title": "Národní strategie řízení azylu a migrace 2026–2030 – pracovní verze pro meziresortní připomínky",
        "1": ("Jak na tom jsme",
              ["V roce 2025 podalo v Česku žádost o mezinárodní ochranu 1 800 lidí, většina z nich přicestovala letecky nebo přes Rakousko a Slovensko.",
               "Česká republika nemá vnější pozemní hranici Unie, ale jako tranzitní země pociťuje sekundární pohyby ze sousedních států."]),
        "2.1.1": ("Spolupráce se zeměmi původu a tranzitu",
                  ["S Vietnamem, Uzbekistánem a Mongolskem uzavřeme dohody o zpětném přebírání a zároveň otevřeme pracovní programy pro 3 000 lidí ročně.",
                   "Na podporu uprchlíků v Jordánsku a v Libanonu vyčleníme 10 milionů eur a budeme školit pohraniční policii v Moldavsku."]),
        "2.3.1": ("Rychlé a spolehlivé rozhodování o žádostech",
                  ["Odbor azylové politiky rozhodne v prvním stupni do šesti měsíců a přijme 40 nových rozhodovatelů.",
                   "Žádosti s vysokou mírou uznání projdou zrychleným posouzením a krajské soudy dostanou posílené senáty pro azylové věci."]),
        "2.3.2": ("Práva každého žadatele",
                  ["Každý žadatel má od prvního dne nárok na bezplatnou právní pomoc od nevládní organizace a tlumočníka při každém pohovoru.",
                   "Nezletilým bez doprovodu ustanoví soud opatrovníka do 24 hodin a zranitelné osoby rozpozná vyškolený personál při vstupním pohovoru."]),
        "2.3.3": ("Kde žadatelé bydlí a co dostávají",
                  ["Kapacita pobytových středisek vzroste na 1 400 lůžek, v jednom středisku bude bydlet nejvýše 250 lidí.",
                   "Každé středisko má ordinaci lékaře a rodiny s dětmi bydlí v oddělených bytových jednotkách s vlastní kuchyní."]),
        "2.3.4": ("Nový začátek v české společnosti",
                  ["Osoby s udělenou ochranou dostanou 400 hodin kurzů češtiny zdarma a pomoc s hledáním prvního nájemního bydlení.",
                   "Úřady práce nabídnou rekvalifikace a uznávání diplomů, děti nastoupí do školy nejpozději do tří měsíců."]),
        "2.4": ("Když přijde náhlý příliv",
                  ["Pohotovostní plán počítá s ubytováním 20 000 lidí během dvou týdnů v tělocvičnách a krajských záchytných centrech.",
                   "Plán každý rok ověří cvičení s hasiči a kraji a zohlední i použití migrantů jako nátlakového prostředku ze strany třetích zemí."]),
    },
    "pt": {
        "order": ORDER_A,
        "title": "Estratégia nacional de gestão do asilo e da migração 2026–2030 – documento para consulta pública",
        "1": ("O ponto de partida",
              ["Em 2025 foram apresentados em Portugal 3 600 pedidos de proteção internacional, sobretudo por pessoas chegadas por via aérea a Lisboa.",
               "Portugal é sobretudo um país de destino de migração laboral, com fortes laços com os países de língua portuguesa."]),
        "2.1.1": ("Parcerias para além das nossas fronteiras",
                  ["Com Cabo Verde, a Guiné-Bissau e o Senegal celebraremos acordos de mobilidade que incluem a readmissão e 2 500 vistos de trabalho por ano.",
                   "Apoiaremos com 8 milhões de euros os países que acolhem refugiados no Sahel e formaremos guardas de fronteira na Mauritânia."]),
        "2.3.1": ("Decidir depressa e bem",
                  ["A agência responsável pelo asilo decidirá em primeira instância no prazo de seis meses e contratará 35 novos instrutores.",
                   "Os pedidos de nacionalidades com taxas de reconhecimento elevadas seguem uma tramitação prioritária, e os tribunais administrativos recebem juízes adicionais."]),
        "2.3.2": ("Direitos garantidos a quem pede proteção",
                  ["Cada requerente tem direito a apoio jurídico gratuito desde o primeiro dia e a um intérprete em todas as entrevistas.",
                   "Os menores não acompanhados recebem um representante legal em 24 horas, e pessoal formado identifica as pessoas vulneráveis logo no primeiro contacto."]),
        "2.3.3": ("Um lugar para viver enquanto se espera",
                  ["A rede de centros de acolhimento passa a 2 200 lugares, com um máximo de 180 residentes por centro.",
                   "Cada centro tem um posto de enfermagem e as famílias com crianças ficam em apartamentos separados."]),
        "2.3.4": ("Construir uma vida em Portugal",
                  ["Os beneficiários de proteção têm acesso a 300 horas de português gratuito e a apoio na procura da primeira casa arrendada.",
                   "O serviço de emprego oferece formação profissional e reconhecimento de qualificações, e as crianças entram na escola em três meses."]),
        "2.4": ("Estar prontos para o imprevisto",
                  ["O plano de contingência prevê alojar 15 000 pessoas em duas semanas em pavilhões e centros municipais de emergência.",
                   "O plano é testado todos os anos com a proteção civil e inclui a resposta a chegadas em massa por mar nas ilhas."]),
    },
    "sv": {
        "order": ORDER_A,
        "title": "Nationell strategi för asyl- och migrationshantering 2026–2030 – remissversion",
        "1": ("Där vi står i dag",
              ["Under 2025 sökte 11 000 personer asyl i Sverige, de flesta kom via andra medlemsstater eller med flyg.",
               "Sverige har ingen yttre landgräns mot tredjeland utom Norge men påverkas starkt av sekundära förflyttningar inom unionen."]),
        "2.1.1": ("Samarbete med länder längs vägen",
                  ["Med Irak, Somalia och Afghanistans grannländer sluter vi avtal om återtagande och öppnar samtidigt 2 000 arbetstillstånd per år för lagliga vägar.",
                   "Vi avsätter 300 miljoner kronor till länder som tar emot många flyktingar i Afrikas horn och utbildar gränspolis i Georgien."]),
        "2.3.1": ("Snabba och rättssäkra beslut",
                  ["Migrationsverket fattar beslut i första instans inom sex månader och anställer 120 nya handläggare.",
                   "Ärenden från länder med hög skyddsgrad prövas i ett snabbspår och migrationsdomstolarna får fler domare."]),
        "2.3.2": ("Den sökandes rättigheter",
                  ["Varje sökande har rätt till kostnadsfri juridisk rådgivning från första dagen och tolk vid varje intervju.",
                   "Ensamkommande barn får en god man inom 24 timmar och utbildad personal identifierar sårbara personer vid första kontakten."]),
        "2.3.3": ("Tak över huvudet under väntetiden",
                  ["Antalet platser på Migrationsverkets boenden ökas till 8 000, med högst 300 boende per anläggning.",
                   "Varje anläggning har sjuksköterska och barnfamiljer bor i egna lägenheter."]),
        "2.3.4": ("Att bli en del av Sverige",
                  ["Den som fått skydd får 400 timmar svenska för invandrare och stöd att hitta sin första hyresbostad.",
                   "Arbetsförmedlingen erbjuder yrkesutbildning och validering av utbildning, och barnen börjar skolan inom tre månader."]),
        "2.4": ("Redo för det oväntade",
                  ["Beredskapsplanen gör det möjligt att inkvartera 30 000 personer inom två veckor i sporthallar och kommunala evakueringsplatser.",
                   "Planen övas varje år tillsammans med länsstyrelserna och omfattar även instrumentalisering av migranter vid gränsen."]),
    },
    "de": {
        "order": ORDER_B,
        "title": "Nationale Strategie für Asyl- und Migrationsmanagement 2026–2030 – Entwurf zur Verbändeanhörung",
        "1": ("Wo wir heute stehen",
              ["Im Jahr 2025 wurden in Deutschland 210 000 Asylerstanträge gestellt, ein Drittel davon von Personen, die bereits in einem anderen Mitgliedstaat registriert waren.",
               "Deutschland liegt in der Mitte der Union ohne eigene Außengrenze zu Lande und ist vor allem Zielland der Weiterwanderung."]),
        "2.1.2": ("Weiterwanderung verhindern und Ausreisen durchsetzen",
                  ["Überstellungen in den zuständigen Mitgliedstaat sollen binnen sechs Monaten erfolgen; dafür richten Bund und Länder gemeinsame Überstellungszentren ein.",
                   "Ausreisepflichtige werden zur freiwilligen Rückkehr beraten und erhalten Reintegrationshilfe; gegen Arbeitgeber, die Menschen ohne Aufenthaltsrecht beschäftigen, wird der Zoll 500 zusätzliche Kontrollen im Jahr durchführen."]),
        "2.3.3": ("Ein Dach über dem Kopf während des Verfahrens",
                  ["Die Erstaufnahmeeinrichtungen der Länder werden auf 90 000 Plätze ausgebaut, mit höchstens 500 Bewohnern je Standort.",
                   "Jede Einrichtung hat eine Krankenstation, und Familien mit Kindern wohnen in abgeschlossenen Wohneinheiten."]),
        "2.3.2": ("Was jedem Antragsteller zusteht",
                  ["Jeder Antragsteller erhält ab dem ersten Tag unentgeltliche Rechtsberatung und bei jeder Anhörung einen Dolmetscher.",
                   "Unbegleitete Minderjährige bekommen binnen 24 Stunden einen Vormund, und geschultes Personal erkennt besonders schutzbedürftige Personen beim Erstgespräch."]),
        "2.3.4": ("Ankommen und mitmachen",
                  ["Schutzberechtigte erhalten 600 Stunden Integrationskurs und Unterstützung bei der Suche nach der ersten Mietwohnung.",
                   "Die Jobcenter bieten Weiterbildung und Anerkennung ausländischer Abschlüsse an, und Kinder gehen spätestens nach drei Monaten zur Schule."]),
        "2.6": ("Genug Personal, Geld und Technik",
                ["Das Bundesamt stellt bis 2028 1 200 zusätzliche Beschäftigte ein, und die Länder finanzieren 3 000 neue Stellen in den Ausländerbehörden.",
                 "Die Fachverfahren werden an Eurodac und das Einreise-/Ausreisesystem angebunden; Mittel aus dem Asyl-, Migrations- und Integrationsfonds ergänzen den Bundeshaushalt."]),
    },
    "lv": {
        "order": ORDER_B,
        "title": "Nacionālā patvēruma un migrācijas pārvaldības stratēģija 2026–2030 – projekts sabiedriskajai apspriešanai",
        "1": ("No kurienes mēs sākam",
              ["2025. gadā Latvijā tika iesniegti 1 100 patvēruma pieteikumi, lielākā daļa pieteicēju ieradās pāri Baltkrievijas robežai.",
               "Latvijas austrumu robeža ir Eiropas Savienības ārējā robeža ar Krieviju un Baltkrieviju, tāpēc kaimiņvalstu rīcība tieši ietekmē migrācijas spiedienu."]),
        "2.1.2": ("Neatļautas pārvietošanās novēršana un izraidīšana",
                  ["Personas, par kurām atbildīga cita dalībvalsts, tiks nodotas sešu mēnešu laikā, un Pilsonības un migrācijas lietu pārvalde izveidos atsevišķu nodošanas nodaļu.",
                   "Personām bez uzturēšanās tiesībām piedāvās brīvprātīgas atgriešanās konsultācijas un reintegrācijas atbalstu, bet Valsts darba inspekcija veiks 200 papildu pārbaudes darba devējiem gadā."]),
        "2.3.3": ("Pajumte un aprūpe procedūras laikā",
                  ["Patvēruma meklētāju izmitināšanas centru vietu skaits pieaugs līdz 900, vienā centrā dzīvos ne vairāk kā 150 cilvēku.",
                   "Katrā centrā ir medmāsa, un ģimenes ar bērniem dzīvo atsevišķos dzīvokļos."]),
        "2.3.2": ("Katra pieteicēja tiesības",
                  ["Katrs pieteicējs no pirmās dienas saņem bezmaksas juridisko palīdzību un tulku katrā intervijā.",
                   "Nepilngadīgajiem bez pavadības 24 stundu laikā ieceļ pārstāvi, un apmācīts personāls jau pirmajā sarunā atpazīst neaizsargātas personas."]),
        "2.3.4": ("Jauns sākums Latvijā",
                  ["Personas ar piešķirtu aizsardzību saņem 300 stundu bezmaksas latviešu valodas kursu un palīdzību pirmā īres dzīvokļa atrašanā.",
                   "Nodarbinātības valsts aģentūra piedāvā pārkvalifikāciju un diplomu atzīšanu, un bērni sāk mācības skolā trīs mēnešu laikā."]),
        "2.6": ("Pietiekami cilvēki, līdzekļi un tehnoloģijas",
                ["Līdz 2028. gadam Pilsonības un migrācijas lietu pārvalde pieņems darbā 80 jaunus darbiniekus, un Valsts robežsardze saņems 40 papildu amata vietas.",
                 "Informācijas sistēmas tiks savienotas ar Eurodac un ieceļošanas/izceļošanas sistēmu, un Patvēruma, migrācijas un integrācijas fonda līdzekļi papildinās valsts budžetu."]),
    },
}


def paraphr8(d: Doc, t: dict) -> None:
    """Own unnumbered chapters whose titles paraphrase Annex sections (``t["order"]``), no template text."""
    own_chapters(d, t, t["order"])


def build() -> list[Path]:
    """Write every document (held out); returns the gold paths written."""
    return build_set(HELD, {"paraphr8": paraphr8}, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
