"""Paraphrased-title segmentation documents of the twelfth session (issue 14, seg12): the ``paraphr10`` shape.

Usage: ``python scripts/make_segment_para10.py`` (from the repository root). A free-form
strategy excerpt without Annex numbers: own unnumbered chapters whose titles paraphrase
the Annex's in words of their own, new wording and invented figures, in five languages
not used by ``paraphr9`` and little by ``paraphr7``/``paraphr8``: Italian, Bulgarian,
English, Lithuanian and Portuguese. As ``paraphr9``, some chapters merge two sections
(each paragraph keeps its own section in the gold, the heading the first's), some
sections are split over two chapters, and the orders differ from the Annex's:

- ``it``, ``bg``: 1, 2.3.1, 2.3.2 split (legal aid / vulnerable persons), 2.3.3+2.3.4 merged, 2.1.2, 2.5, 2.6;
- ``en``, ``lt``: 1, 2.1.1, 2.2.1+2.2.2 merged, 2.3.4, 2.3.3, 2.3.1, 2.4 split (plan / exercises), 2.6;
- ``pt``: 1, 2.6, 2.1.2, 2.3.3 split (centres / health and daily life), 2.3.1+2.3.2 merged, 2.1.3, 2.5.

Written before the session changed any code and not looked at until its rule was chosen
(the session's unseen measure); all to ``tests/data/segment_heldout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import build_set, chapter_list  # noqa: E402

# A chapter: (its title, [(Annex section, paragraph), ...]); the heading's gold section is its first paragraph's.
HELD: dict[str, dict] = {
    "it": {
        "title": "Strategia nazionale per la gestione dell'asilo e della migrazione 2026–2030 – bozza per la consultazione",
        "chapters": [
            ("Da dove partiamo", [
                ("1", "Nel 2025 in Italia sono state presentate 130 000 domande di protezione, in gran parte da persone sbarcate a Lampedusa e in Calabria."),
                ("1", "L'Italia è frontiera esterna marittima dell'Unione e la rotta del Mediterraneo centrale resta la più pericolosa d'Europa.")]),
            ("Decidere presto e bene", [
                ("2.3.1", "Le commissioni territoriali decideranno in primo grado entro sei mesi e assumeranno 250 nuovi funzionari istruttori."),
                ("2.3.1", "Le sezioni specializzate dei tribunali avranno giudici dedicati alla protezione internazionale e le informazioni sui paesi di origine saranno aggiornate ogni trimestre.")]),
            ("Un avvocato e un interprete per tutti", [
                ("2.3.2", "Ogni richiedente riceve gratuitamente consulenza legale dal primo giorno e un interprete a ogni colloquio."),
                ("2.3.2", "Le informazioni sulla procedura sono fornite per iscritto in venti lingue e spiegate oralmente all'arrivo.")]),
            ("Attenzione a chi è più fragile", [
                ("2.3.2", "I minori stranieri non accompagnati ricevono un tutore entro 24 ore dall'identificazione."),
                ("2.3.2", "Personale formato riconosce le vittime di tortura e di tratta già al primo contatto e le indirizza a servizi specialistici.")]),
            ("Dall'accoglienza alla vita autonoma", [
                ("2.3.3", "La rete di accoglienza avrà 60 000 posti, con al massimo 150 ospiti per centro e un presidio sanitario in ciascuno."),
                ("2.3.3", "Le famiglie con bambini sono alloggiate in appartamenti separati e ricevono un contributo mensile per le spese quotidiane."),
                ("2.3.4", "Chi ottiene la protezione frequenta 400 ore gratuite di lingua italiana e viene accompagnato nella ricerca di un lavoro e di una casa."),
                ("2.3.4", "I titoli di studio esteri sono riconosciuti entro tre mesi e i bambini vanno a scuola entro un mese dall'arrivo nel comune.")]),
            ("Chi non può restare", [
                ("2.1.2", "I trasferimenti verso lo Stato membro competente avverranno entro sei mesi e le questure avranno uffici dedicati."),
                ("2.1.2", "Chi non ha diritto di soggiorno riceve consulenza per il rimpatrio volontario e un aiuto al reinserimento; l'Ispettorato del lavoro farà 800 controlli in più all'anno sul lavoro nero.")]),
            ("Una regia comune", [
                ("2.5", "Un tavolo interministeriale presieduto dal Ministero dell'Interno si riunisce ogni tre mesi con i ministeri del lavoro, dell'istruzione e della salute."),
                ("2.5", "Regioni, comuni, terzo settore e associazioni di migranti sono consultati ogni anno sull'attuazione della strategia.")]),
            ("Con quali persone e quali soldi", [
                ("2.6", "Entro il 2028 saranno assunti 1 200 operatori negli uffici immigrazione e nelle commissioni, e si costruiranno due nuovi centri."),
                ("2.6", "I sistemi informatici saranno collegati a Eurodac e al sistema di ingressi e uscite, e il Fondo Asilo, Migrazione e Integrazione integrerà il bilancio dello Stato.")]),
        ],
    },
    "bg": {
        "title": "Национална стратегия за управление на убежището и миграцията 2026–2030 г. – проект за обществено обсъждане",
        "chapters": [
            ("Отправна точка", [
                ("1", "През 2025 г. в България са подадени 20 000 молби за закрила, повечето от хора, влезли през границата с Турция."),
                ("1", "България е външна сухопътна граница на Съюза и основна транзитна държава по западнобалканския маршрут.")]),
            ("Бързо и справедливо решение", [
                ("2.3.1", "Държавната агенция за бежанците ще решава на първа инстанция в срок от шест месеца и ще назначи 40 нови интервюиращи служители."),
                ("2.3.1", "Административните съдилища ще имат специализирани състави за делата за закрила, а информацията за държавите на произход ще се обновява всяко тримесечие.")]),
            ("Адвокат и преводач за всеки", [
                ("2.3.2", "Всеки търсещ закрила получава безплатна правна помощ от първия ден и преводач на всяко интервю."),
                ("2.3.2", "Информацията за процедурата се дава писмено на петнадесет езика и се обяснява устно при пристигането.")]),
            ("Грижа за най-уязвимите", [
                ("2.3.2", "Непридружените деца получават представител в рамките на 24 часа след установяването им."),
                ("2.3.2", "Обучени служители разпознават жертвите на изтезания и трафик още при първия контакт и ги насочват към специализирани услуги.")]),
            ("От центъра до собствен дом", [
                ("2.3.3", "Регистрационно-приемателните центрове ще разполагат общо с 5 000 места, с най-много 300 души в един център и медицински кабинет във всеки."),
                ("2.3.3", "Семействата с деца се настаняват в отделни стаи с кухня и получават месечна помощ за ежедневни разходи."),
                ("2.3.4", "Лицата със закрила посещават 300 часа безплатни курсове по български език и получават помощ при търсене на работа и жилище."),
                ("2.3.4", "Чуждестранните дипломи се признават в срок от три месеца, а децата тръгват на училище до един месец след пристигането в общината.")]),
            ("Когато няма право на престой", [
                ("2.1.2", "Прехвърлянията към отговорната държава членка ще се извършват в срок от шест месеца от специализиран отдел на Дирекция „Миграция“."),
                ("2.1.2", "Чужденците без право на пребиваване получават съвет за доброволно връщане и помощ за реинтеграция; инспекцията по труда ще прави 300 допълнителни проверки годишно.")]),
            ("Обща координация", [
                ("2.5", "Междуведомствен съвет под ръководството на Министерството на вътрешните работи заседава всяко тримесечие с министерствата на труда, образованието и здравеопазването."),
                ("2.5", "Областите, общините, неправителствените организации и общностите на мигрантите се консултират всяка година за изпълнението на стратегията.")]),
            ("Хора, техника и пари", [
                ("2.6", "До 2028 г. ще бъдат назначени 600 служители в миграционните служби и в агенцията, и ще бъдат построени два нови центъра."),
                ("2.6", "Информационните системи ще бъдат свързани с Евродак и със Системата за влизане и излизане, а фонд „Убежище, миграция и интеграция“ ще допълва държавния бюджет.")]),
        ],
    },
    "en": {
        "title": "National Asylum and Migration Management Strategy 2026–2030 – draft for public consultation",
        "chapters": [
            ("Where we stand", [
                ("1", "In 2025 some 9 000 people applied for international protection here, most of them arriving by air or across the land border in the east."),
                ("1", "Our country has a long external land border of the Union and lies on the route many people take towards the north of Europe.")]),
            ("Working with countries of origin and transit", [
                ("2.1.1", "We will conclude mobility partnerships with three countries of origin, offering 2 000 seasonal work permits a year in exchange for cooperation on readmission."),
                ("2.1.1", "Development funding of 25 million euros will go to countries hosting refugees near their homes, and we will train border officials in two transit countries.")]),
            ("Guarding the frontier and hearing claims there", [
                ("2.2.1", "The border guard will add 400 officers, thermal cameras and drones along the eastern border and take part in joint patrols with the European Border and Coast Guard Agency."),
                ("2.2.1", "Every person crossing irregularly is registered and fingerprinted within 72 hours."),
                ("2.2.2", "Claims made at a crossing point are screened on the spot, and the border procedure ends within twelve weeks."),
                ("2.2.2", "A new facility near the main crossing point will hold 250 places, with a duty lawyer and independent monitoring of fundamental rights.")]),
            ("Building a life here", [
                ("2.3.4", "People granted protection receive 350 hours of free language tuition and help with finding their first rented home."),
                ("2.3.4", "Job centres offer retraining and recognition of qualifications, and children start school within three months.")]),
            ("A roof over one's head while waiting", [
                ("2.3.3", "The reception network will grow to 4 000 places, with no more than 200 residents in any centre."),
                ("2.3.3", "Every centre has a doctor's surgery, and families with children live in self-contained flats with their own kitchen.")]),
            ("Fair decisions without delay", [
                ("2.3.1", "The asylum office will decide at first instance within six months and will recruit 60 new caseworkers."),
                ("2.3.1", "Specialised chambers of the administrative court will hear protection appeals, and country-of-origin information will be updated every quarter.")]),
            ("A plan for sudden large arrivals", [
                ("2.4", "The contingency plan allows 15 000 people to be housed within two weeks in sports halls and emergency sites run by the regions."),
                ("2.4", "The plan sets out who decides to activate it, which reserve staff are called up and how extra interpreters are found.")]),
            ("Rehearsing the plan", [
                ("2.4", "Each year the plan is tested in an exercise with civil protection, the regions and the border guard."),
                ("2.4", "After every exercise the lessons learnt are written into the plan within three months.")]),
            ("Staff, systems and money", [
                ("2.6", "By 2028 we will hire 500 staff for the immigration service and the asylum office and build two new reception centres."),
                ("2.6", "IT systems will be connected to Eurodac and the Entry/Exit System, and the Asylum, Migration and Integration Fund will complement the national budget.")]),
        ],
    },
    "lt": {
        "title": "Nacionalinė prieglobsčio ir migracijos valdymo strategija 2026–2030 m. – projektas viešajai konsultacijai",
        "chapters": [
            ("Kur esame dabar", [
                ("1", "2025 m. Lietuvoje prieglobsčio paprašė 3 000 žmonių, dauguma jų atvyko per sieną su Baltarusija."),
                ("1", "Lietuva saugo ilgą Sąjungos išorės sausumos sieną su Baltarusija ir Rusijos Kaliningrado sritimi.")]),
            ("Bendradarbiavimas su kilmės ir tranzito šalimis", [
                ("2.1.1", "Su trimis kilmės šalimis sudarysime judumo partnerystes: 1 000 sezoninio darbo leidimų per metus mainais į bendradarbiavimą dėl readmisijos."),
                ("2.1.1", "Šalims, priimančioms pabėgėlius netoli jų namų, skirsime 10 milijonų eurų paramos vystymuisi ir mokysime pasieniečius dviejose tranzito šalyse.")]),
            ("Sienos apsauga ir prašymai pasienyje", [
                ("2.2.1", "Valstybės sienos apsaugos tarnyba priims 300 naujų pareigūnų, įrengs termovizines kameras ir dronus bei dalyvaus bendruose patruliuose su Europos sienų ir pakrančių apsaugos agentūra."),
                ("2.2.1", "Kiekvienas neteisėtai sieną kirtęs asmuo užregistruojamas ir jo pirštų atspaudai paimami per 72 valandas."),
                ("2.2.2", "Prašymai, pateikti pasienio kontrolės punkte, patikrinami vietoje, o procedūra pasienyje baigiama per dvylika savaičių."),
                ("2.2.2", "Naujas centras prie Medininkų turės 200 vietų, budintį advokatą ir nepriklausomą pagrindinių teisių stebėseną.")]),
            ("Gyvenimas Lietuvoje", [
                ("2.3.4", "Prieglobstį gavę asmenys lanko 300 valandų nemokamų lietuvių kalbos kursų ir gauna pagalbą ieškant pirmojo nuomojamo būsto."),
                ("2.3.4", "Užimtumo tarnyba siūlo perkvalifikavimą ir diplomų pripažinimą, o vaikai pradeda lankyti mokyklą per tris mėnesius.")]),
            ("Stogas virš galvos laukiant", [
                ("2.3.3", "Užsieniečių registracijos centrai turės iš viso 2 000 vietų, viename centre gyvens ne daugiau kaip 300 žmonių."),
                ("2.3.3", "Kiekviename centre veikia medicinos punktas, o šeimos su vaikais gyvena atskiruose butuose su savo virtuve.")]),
            ("Teisingi sprendimai be delsimo", [
                ("2.3.1", "Migracijos departamentas pirmąja instancija spręs per šešis mėnesius ir priims 35 naujus bylų tyrėjus."),
                ("2.3.1", "Administraciniame teisme veiks specializuotos kolegijos, o kilmės šalių informacija bus atnaujinama kas ketvirtį.")]),
            ("Planas staigiam dideliam atvykimui", [
                ("2.4", "Nenumatytų atvejų planas leidžia per dvi savaites apgyvendinti 10 000 žmonių sporto salėse ir savivaldybių avarinėse vietose."),
                ("2.4", "Plane nustatyta, kas sprendžia jį aktyvuoti, kokie rezerviniai darbuotojai šaukiami ir kaip randami papildomi vertėjai.")]),
            ("Plano išbandymas", [
                ("2.4", "Kasmet planas išbandomas pratybose kartu su civiline sauga, savivaldybėmis ir pasieniečiais."),
                ("2.4", "Po kiekvienų pratybų išmoktos pamokos per tris mėnesius įrašomos į planą.")]),
            ("Žmonės, sistemos ir pinigai", [
                ("2.6", "Iki 2028 m. migracijos tarnybose bus įdarbinta 250 darbuotojų ir pastatyti du nauji centrai."),
                ("2.6", "Informacinės sistemos bus sujungtos su Eurodac ir atvykimo ir išvykimo sistema, o Prieglobsčio, migracijos ir integracijos fondas papildys valstybės biudžetą.")]),
        ],
    },
    "pt": {
        "title": "Estratégia Nacional de Gestão do Asilo e da Migração 2026–2030 – projeto para consulta pública",
        "chapters": [
            ("O ponto de partida", [
                ("1", "Em 2025 foram apresentados em Portugal 4 500 pedidos de proteção internacional, sobretudo no aeroporto de Lisboa."),
                ("1", "Portugal é fronteira externa marítima e aérea da União e recebe cada vez mais pessoas vindas da África Ocidental.")]),
            ("Pessoas, equipamentos e dinheiro", [
                ("2.6", "Até 2028 serão contratados 400 trabalhadores para a agência de migrações e asilo, e serão construídos dois novos centros."),
                ("2.6", "Os sistemas informáticos serão ligados ao Eurodac e ao Sistema de Entrada/Saída, e o Fundo para o Asilo, a Migração e a Integração completará o Orçamento do Estado.")]),
            ("Quem não pode ficar", [
                ("2.1.2", "As transferências para o Estado-Membro responsável serão feitas no prazo de seis meses por uma unidade dedicada."),
                ("2.1.2", "Quem não tem direito de permanência recebe aconselhamento para o regresso voluntário e apoio à reintegração; a Autoridade para as Condições do Trabalho fará mais 200 inspeções por ano.")]),
            ("Os centros de acolhimento", [
                ("2.3.3", "A rede de acolhimento passará a ter 3 000 lugares, com no máximo 150 residentes por centro."),
                ("2.3.3", "As famílias com crianças ficam em apartamentos independentes com cozinha própria.")]),
            ("Saúde e dia a dia durante a espera", [
                ("2.3.3", "Cada centro tem um posto de saúde e os requerentes têm acesso ao Serviço Nacional de Saúde desde o registo."),
                ("2.3.3", "Os requerentes recebem um subsídio mensal para as despesas diárias e transporte gratuito para as consultas.")]),
            ("Um processo justo, com garantias", [
                ("2.3.1", "A agência decidirá em primeira instância no prazo de seis meses e contratará 30 novos técnicos de instrução."),
                ("2.3.1", "Os tribunais administrativos terão juízes especializados em asilo e a informação sobre os países de origem será atualizada todos os trimestres."),
                ("2.3.2", "Cada requerente tem direito a apoio jurídico gratuito desde o primeiro dia e a um intérprete em cada entrevista."),
                ("2.3.2", "Os menores não acompanhados recebem um representante legal em 24 horas, e pessoal formado identifica as pessoas vulneráveis no primeiro contacto.")]),
            ("Dar a mão aos outros Estados-Membros", [
                ("2.1.3", "Portugal contribuirá para a solidariedade através da recolocação de 500 pessoas por ano ou de contribuições financeiras equivalentes."),
                ("2.1.3", "Quando outro Estado-Membro estiver sob pressão, enviaremos peritos em asilo e equipas de registo através da caixa de ferramentas da União.")]),
            ("Trabalhar em conjunto", [
                ("2.5", "Uma comissão interministerial presidida pelo Ministério da Administração Interna reúne trimestralmente com os ministérios do trabalho, da educação e da saúde."),
                ("2.5", "Municípios, organizações da sociedade civil e associações de imigrantes são consultados todos os anos sobre a execução da estratégia.")]),
        ],
    },
}


def build() -> list[Path]:
    """Write every document (held out) with :func:`make_segment_docs.chapter_list`; returns the gold paths written."""
    return build_set(HELD, {"paraphr10": chapter_list}, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
